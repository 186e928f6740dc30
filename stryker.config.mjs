/**
 * Mutation testing of the code that moves money or guards it (`npm run mutate`): the transfer's
 * execution, draft claim and limits, every adapter's payment path, the PIN lock and the state
 * stores. Only the tests that exercise them run, and per-test coverage runs for each mutant only
 * the tests that reach it, so a run fits in about a quarter of an hour on a two-core machine.
 */
const tests = [
  'test/unit/money-paths/*.test.ts',
  'test/contract/memory-store.contract.test.ts',
  'test/contract/redis-store.contract.test.ts',
  'test/contract/sandbox.contract.test.ts',
  'test/http/transfer.safety.test.ts',
  'test/berlin-group/transfer.test.ts',
];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  jest: {
    projectType: 'custom',
    configFile: 'jest.config.js',
    config: { testMatch: tests.map((glob) => `<rootDir>/${glob}`), roots: ['<rootDir>/test'] },
    enableFindRelatedTests: false,
  },
  coverageAnalysis: 'perTest',
  // A mutant in code that runs when a module loads would need every test file again: skipped.
  ignoreStatic: true,
  mutate: [
    'fulfillment/transfers/execute.ts',
    'fulfillment/transfers/draft.ts',
    'fulfillment/transfers/limits.ts',
    'fulfillment/transfers/pin.ts',
    'fulfillment/records/pin-hash.ts',
    'fulfillment/banks/berlin-group/payments.ts',
    'fulfillment/banks/sandbox/transfers.ts',
    'fulfillment/state/*.ts',
  ],
  checkers: [],
  // Two runners on two cores: a run then takes about half as long, at the cost of a busy machine.
  concurrency: 2,
  // Results of mutants whose code and tests did not change are kept from the last run.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
