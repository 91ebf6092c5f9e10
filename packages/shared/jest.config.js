/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testTimeout: 30_000,
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  // After the usual report, the ten slowest files: where this layer's time goes.
  reporters: ['default', '<rootDir>/../../scripts/jest-slowest-files.cjs'],
};
