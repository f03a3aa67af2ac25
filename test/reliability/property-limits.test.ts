import fc from 'fast-check';
import { describe, expect, inject, it } from 'vitest';

// The global fast-check configuration (test/setup/fast-check-seed.ts) pins the seed and bounds every property by its
// test's timeout. These tests run properties that hang or run long under short test timeouts and check that each
// ends as a failure that carries the pinned seed, well before vitest would kill the test.

const seed = inject('fastCheckSeed');

describe('property tests are pinned and time-limited', () => {
  it('uses the pinned (printed) seed unless a test passes its own', () => {
    expect(Number.isSafeInteger(seed)).toBe(true);
    expect(fc.readConfigureGlobal()).toMatchObject({ seed, markInterruptAsFailure: true });
    const pinned = fc.check(
      fc.property(fc.nat(), () => true),
      { numRuns: 5 },
    );
    expect(pinned.seed).toBe(seed);
    const own = fc.check(
      fc.property(fc.nat(), () => true),
      { numRuns: 5, seed: 20241125 },
    );
    expect(own.seed).toBe(20241125);
    // Same seed, same values: a failure seen in CI replays locally.
    expect(fc.sample(fc.nat(), { numRuns: 5 })).toEqual(fc.sample(fc.nat(), { numRuns: 5, seed }));
  });

  it('a run that never settles fails with the seed instead of hanging', async () => {
    const started = Date.now();
    const details = await fc.check(fc.asyncProperty(fc.nat(), () => new Promise<boolean>(() => {})));
    expect(details.failed).toBe(true);
    expect(details.seed).toBe(seed);
    expect(String(details.errorInstance)).toMatch(/timeout/i);
    expect(Date.now() - started).toBeLessThan(8_000);
  }, 6_000);

  it('a property that runs past its budget is interrupted and counted as a failure', async () => {
    const details = await fc.check(
      fc.asyncProperty(fc.nat(), async () => {
        await new Promise((r) => setTimeout(r, 100));
        return true;
      }),
      { numRuns: 10_000 },
    );
    expect(details.interrupted).toBe(true);
    expect(details.failed).toBe(true);
    expect(details.seed).toBe(seed);
    expect(details.numRuns).toBeLessThan(10_000);
  }, 4_000);

  it('fc.assert reports the seed in its failure message', async () => {
    await expect(fc.assert(fc.asyncProperty(fc.nat(), () => new Promise<boolean>(() => {})))).rejects.toThrow(
      new RegExp(`seed: ${seed}`),
    );
  }, 4_000);
});
