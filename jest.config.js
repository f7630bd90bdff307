/** Type checking is `tsc --noEmit` (part of `npm test`); jest only transpiles, which keeps the suite fast. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
  testTimeout: 60000,
  // Two workers on the 2-core build machines (jest's default there is one: cores - 1): 0.73x the wall time on an
  // idle machine. Each worker loads the bindings once, so two cost about 25% more CPU: on a busy, shared machine,
  // pass --maxWorkers=1.
  maxWorkers: 2,
};
