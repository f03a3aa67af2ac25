import { Command, InvalidArgumentError } from 'commander';

export interface ChaosOptions {
  seed: number;
  accounts: number;
  late: number;
  mfa: number;
  reauth: number;
  unlink: number;
  chaosSeconds: number;
  kills: number;
  temporalRestarts: number;
  temporalDownSeconds: number;
  rate: number;
  burstSize: number;
  burstEverySeconds: number;
  historyDays: number;
  txnsPerDay: number;
  deadlineMinutes: number;
  keep: boolean;
}

function int(name: string, min: number, max: number) {
  return (v: string) => {
    const n = Number(v);
    if (!Number.isSafeInteger(n) || n < min || n > max)
      throw new InvalidArgumentError(`${name} must be an integer from ${min} to ${max}`);
    return n;
  };
}

/** The flags of `npm run chaos`; defaults keep a run under about four minutes on two cores. */
export function parseChaosOptions(argv: string[]): ChaosOptions {
  const p = new Command()
    .name('chaos')
    .description(
      'bankfeed under faults: worker kills, Temporal restarts, a hostile webhook stream, then a check against the ground truth',
    )
    .option('--seed <n>', 'seed for every random choice (printed; replay a run with it)', int('--seed', 1, 2 ** 31 - 1))
    .option('--accounts <n>', 'accounts linked before the run', int('--accounts', 1, 2_000), 40)
    .option('--late <n>', 'accounts linked during the run', int('--late', 0, 2_000), 12)
    .option('--mfa <n>', 'MFA accounts: their first refresh asks for re-authorisation', int('--mfa', 0, 2_000), 6)
    .option('--reauth <n>', 'other accounts told to need re-authorisation mid-run', int('--reauth', 0, 2_000), 3)
    .option('--unlink <n>', 'accounts unlinked mid-run', int('--unlink', 0, 2_000), 4)
    .option('--chaos-seconds <n>', 'length of the fault phase', int('--chaos-seconds', 20, 86_400), 100)
    .option('--kills <n>', 'worker SIGKILLs during the fault phase', int('--kills', 0, 10_000), 5)
    .option(
      '--temporal-restarts <n>',
      'Temporal dev server restarts during the fault phase',
      int('--temporal-restarts', 0, 100),
      1,
    )
    .option(
      '--temporal-down-seconds <n>',
      'how long Temporal stays down at each restart',
      int('--temporal-down-seconds', 1, 600),
      8,
    )
    .option('--rate <n>', 'webhook stream: events per second', int('--rate', 1, 1_000), 4)
    .option('--burst-size <n>', 'webhook stream: events per burst', int('--burst-size', 0, 10_000), 25)
    .option(
      '--burst-every-seconds <n>',
      'webhook stream: seconds between bursts',
      int('--burst-every-seconds', 1, 3_600),
      15,
    )
    .option('--history-days <n>', 'history each account backfills', int('--history-days', 1, 3_650), 45)
    .option('--txns-per-day <n>', 'sandbox transactions per account per day', int('--txns-per-day', 1, 10_000), 8)
    .option(
      '--deadline-minutes <n>',
      'hard stop: the run fails if it is still going after this',
      int('--deadline-minutes', 1, 1_440),
      15,
    )
    .option('--keep', 'keep the run folder (always kept when the run fails)', false)
    .exitOverride();
  p.parse(argv, { from: 'user' });
  const o = p.opts<Omit<ChaosOptions, 'seed'> & { seed?: number }>();
  const seed = o.seed ?? 1 + Math.floor(Math.random() * (2 ** 31 - 2));
  if (o.mfa + o.reauth + o.unlink > o.accounts)
    throw new InvalidArgumentError('--mfa + --reauth + --unlink must not exceed --accounts');
  return { ...o, seed };
}
