/** Jest runs the TypeScript sources through ts-jest; type errors are caught by `npm run typecheck`. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/fulfillment', '<rootDir>/skill', '<rootDir>/models'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  setupFiles: ['<rootDir>/test/setup/env.ts'],
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  // Tests that train the local understanding first spend 10 to 20 s on it inside jest's module
  // sandbox on a busy two-core machine, and once more than 20 s: they get room to finish.
  testTimeout: 60000,
};
