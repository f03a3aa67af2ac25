import fc from 'fast-check';
import { beforeEach, inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    fastCheckSeed: number;
  }
}

// Every property test in the repository runs with one pinned seed (chosen and printed by the global setup
// fast-check-seed-global.ts, overridable with BANKFEED_FC_SEED) and inside its test's time budget, so a failure or a
// hang is reported by fast-check with the seed and counterexample rather than killed by vitest's timeout without one.
// A test that passes its own `seed` or limits to fc.assert keeps them: local parameters win over global ones.

const seed = inject('fastCheckSeed');

beforeEach((ctx) => {
  const budget = ctx.task.timeout > 0 ? ctx.task.timeout : 60_000;
  fc.configureGlobal({
    seed,
    // Stop generating new runs at 70% of the test's timeout and report that as a failure (with the seed);
    // an asynchronous run that never settles fails on its own after half of it.
    interruptAfterTimeLimit: Math.floor(budget * 0.7),
    markInterruptAsFailure: true,
    timeout: Math.floor(budget * 0.5),
  });
});
