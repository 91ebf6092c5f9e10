/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  setupFiles: ['<rootDir>/test/setup-env.ts', 'reflect-metadata'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
  // The shared package is compiled from source so tests never run against a stale build.
  moduleNameMapper: { '^@clientele/shared$': '<rootDir>/../shared/src/index.ts' },
  testTimeout: 30000,
  // After the usual report, the ten slowest files: where this layer's time goes.
  reporters: ['default', '<rootDir>/../../scripts/jest-slowest-files.cjs'],
};
