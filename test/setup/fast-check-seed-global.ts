import type { TestProject } from 'vitest/node';

/** The seed every property test uses unless BANKFEED_FC_SEED names another (an integer, or "random"). */
const PINNED_SEED = 20261202;

export function setup(project: TestProject): void {
  const raw = process.env.BANKFEED_FC_SEED?.trim();
  let seed = PINNED_SEED;
  if (raw === 'random') seed = (Math.random() * 0x7fffffff) | 0;
  else if (raw) {
    seed = Number(raw);
    if (!Number.isSafeInteger(seed)) throw new Error(`BANKFEED_FC_SEED must be an integer or "random"; got "${raw}"`);
  }
  console.log(
    `fast-check seed ${seed} (BANKFEED_FC_SEED=${seed} reproduces this run; BANKFEED_FC_SEED=random explores)`,
  );
  project.provide('fastCheckSeed', seed);
}
