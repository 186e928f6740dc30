/** Jest runs the TypeScript sources through ts-jest; type errors are caught by `npm run typecheck`. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/fulfillment', '<rootDir>/skill', '<rootDir>/models'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
    // oidc-provider and jose ship ES modules only, which jest on Node 20 cannot require: compile them to CommonJS.
    '^.+/node_modules/(oidc-provider|jose)/.+\\.js$': ['ts-jest', { tsconfig: 'tsconfig.jest-esm.json' }],
    // PGlite's CommonJS build still calls import(): see test/setup/pglite-cjs-transform.js.
    '^.+/node_modules/@electric-sql/pglite/dist/.+\\.cjs$': '<rootDir>/test/setup/pglite-cjs-transform.js',
  },
  transformIgnorePatterns: ['/node_modules/(?!(oidc-provider|jose|@electric-sql/pglite)/)'],
  setupFiles: ['<rootDir>/test/setup/env.ts'],
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  // Tests that train the local understanding first spend 10 to 20 s on it inside jest's module
  // sandbox on a busy two-core machine, and once more than 20 s: they get room to finish.
  // jest gives the same time to hooks: finite, so that a hung opening ends and its afterAll closes what it held.
  testTimeout: 60000,
  // Half the cores (one on the two-core machines the suite runs on): the other half is left for the
  // servers, browsers and bank stand-ins that tests start, so that their timings are not a test's.
  maxWorkers: '50%',
  // One worker running every file in turn keeps what each file leaves on its heap (about 25 MB a
  // file): late in the run, garbage collection took as long as the tests, and the conversation
  // scripts ran 2.5 times slower than alone. A worker past this much after a file is replaced by a
  // fresh one. (With a limit set, jest runs the files in a worker process even with one worker.)
  workerIdleMemoryLimit: '800MB',
};
