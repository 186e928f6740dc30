/**
 * Mutation testing of the code that moves money or guards it (`npm run mutate`): the draft claim
 * and limits, every adapter's payment path, the PIN lock and hash and the state stores, with the
 * tests that reach them without starting the whole skill; per-test coverage runs for each mutant
 * only the tests that reach it: a first run took 42 minutes on a busy two-core machine, later
 * runs reuse the results of unchanged mutants and tests and take about a minute.
 * The transfer's execution is only reached through the whole skill: `MUTATE_SKILL=1` mutates it
 * alone, with those tests.
 */
// The tests that reach this code without starting the whole skill: a mutant then costs a second
// or two, not the half-minute a skill-wide test file takes on a busy two-core machine.
const tests = [
  'test/unit/money-paths/limits.test.ts',
  'test/unit/money-paths/pin.test.ts',
  'test/unit/money-paths/draft-claim.test.ts',
  'test/unit/money-paths/memory-store.test.ts',
  'test/unit/money-paths/sandbox-transfers.test.ts',
  'test/unit/money-paths/berlin-group-payments.test.ts',
  'test/unit/money-paths/redis-store.test.ts',
  'test/unit/money-paths/kept-apart.test.ts',
  'test/contract/memory-store.contract.test.ts',
  'test/contract/redis-store.contract.test.ts',
  'test/unit/bounded-store.test.ts',
  'test/berlin-group/faults.test.ts',
  'test/berlin-group/contract.test.ts',
];
/** `MUTATE_SKILL=1 npm run mutate`: the execution, with the tests that go through the whole skill. */
const wholeSkill = process.env.MUTATE_SKILL === '1';
const skillTests = ['test/unit/money-paths/transfer-outcomes.test.ts', 'test/unit/money-paths/transfer-execution.test.ts', 'test/http/transfer.safety.test.ts', 'test/http/stored-state.test.ts', 'test/mcp/transfer.safety.test.ts'];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  jest: {
    projectType: 'custom',
    configFile: 'jest.config.js',
    config: { testMatch: (wholeSkill ? [...tests, ...skillTests] : tests).map((glob) => `<rootDir>/${glob}`), roots: ['<rootDir>/test'] },
    enableFindRelatedTests: false,
  },
  coverageAnalysis: 'perTest',
  // A mutant in code that runs when a module loads would need every test file again: skipped.
  ignoreStatic: true,
  mutate: wholeSkill ? ['fulfillment/transfers/execute.ts'] : [
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
  incrementalFile: `reports/stryker-incremental${wholeSkill ? '-skill' : ''}.json`,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
