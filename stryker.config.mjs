// Mutation testing of the pure code (the core and every lab section's model): `npm run test:mutation`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'tests/core/vitest.mutation.config.ts', related: false },
  // static mutants (module-level constants) would rerun every test; they are few and low-value
  ignoreStatic: true,
  mutate: ['src/core/**/*.ts', 'src/labs/*/model/**/*.ts', 'src/progress/challenges/**/*.ts'],
  coverageAnalysis: 'perTest',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: 80 },
  tempDirName: '.stryker-tmp',
  concurrency: 2,
  timeoutMS: 20000,
  // the TypeScript checker is not used: tests, not the compiler, decide whether a mutant survives
  checkers: [],
};
