/**
 * Unit tests run in jsdom, compiled by ts-jest per file (no type check here:
 * `pnpm typecheck` does that), with the same `@/` and `@clientele/shared`
 * aliases as Vite.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'jsdom',
  // jsdom asks packages for their browser builds, which are ES modules Jest cannot run untransformed.
  testEnvironmentOptions: { customExportConditions: ['require', 'node', 'default'] },
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/src/$1',
    '^@clientele/shared$': '<rootDir>/../shared/src/index.ts',
    '\\.css$': '<rootDir>/src/test/style-stub.cjs',
  },
  transform: {
    '^.+\\.tsx?$': [
      'ts-jest',
      {
        tsconfig: {
          isolatedModules: true,
          jsx: 'react-jsx',
          module: 'commonjs',
          moduleResolution: 'node',
          esModuleInterop: true,
          resolveJsonModule: true,
          target: 'ES2022',
        },
      },
    ],
  },
  setupFilesAfterEnv: ['<rootDir>/src/test/setup.ts'],
  // Generous: a test waits on what the screen shows (see setup.ts), never races a tight limit under load.
  testTimeout: 60_000,
  // After the usual report, the ten slowest files: where this layer's time goes.
  reporters: ['default', '<rootDir>/../../scripts/jest-slowest-files.cjs'],
};
