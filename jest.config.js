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
  // Two workers, both cores of the two-core machines the suite runs on. One worker left a core to
  // the servers, browsers and bank stand-ins that tests start, but on 2026-12-05 (3,614 tests, 2
  // AMD EPYC cores) it took 725 s of jest, close to CI's 15 minutes; two took 340 s on the same
  // machine. The tests are written to pass on a busy machine: none bounds a time near its target.
  maxWorkers: 2,
  // One worker running every file in turn keeps what each file leaves on its heap (about 25 MB a
  // file): late in the run, garbage collection took as long as the tests, and the conversation
  // scripts ran 2.5 times slower than alone. A worker past this much after a file is replaced by a
  // fresh one. (With a limit set, jest runs the files in a worker process even with one worker.)
  workerIdleMemoryLimit: '800MB',
};
