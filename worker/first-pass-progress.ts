import cliProgress from 'cli-progress';
import type { FeedStatus } from '../workflows/messages.js';

export interface FirstPassOptions {
  /** The feeds to wait for, re-read on every tick: in live mode accounts arrive while we wait (link webhooks). */
  listIds: () => Promise<string[]>;
  status: (id: string) => Promise<FeedStatus | null>;
  /** Wall-clock deadline (ms since epoch); past it the wait fails. */
  deadline: number;
  /** With no account at all, how long to wait for one to arrive before printing an empty summary. */
  emptyGraceMs?: number;
  /** How long every feed must have finished, with no new account appearing, before the first pass counts as done. */
  settleMs?: number;
  tickMs?: number;
  out?: NodeJS.WriteStream;
  /** Plain progress lines (no TTY) at most this often. */
  lineEveryMs?: number;
}

/** A feed has finished its first pass when it has backfilled, or cannot (it needs re-authorisation, or ended). */
export function firstPassDone(s: FeedStatus | null): boolean {
  return !!s && (s.backfilled || s.state === 'REAUTH_REQUIRED' || s.state === 'UNLINKED');
}

/**
 * Waits until every feed has finished its first pass, showing progress (a bar on a terminal, a line every few
 * seconds otherwise), and returns the feeds it waited for. `start` prints its summary only then, so a fresh live
 * data dir does not show accounts still LINKING with no transactions.
 */
export async function waitForFirstPass(o: FirstPassOptions): Promise<string[]> {
  const out = o.out ?? process.stdout;
  const tick = o.tickMs ?? 500;
  const settle = o.settleMs ?? 2_000;
  const emptyGrace = o.emptyGraceMs ?? 30_000;
  const lineEvery = o.lineEveryMs ?? 5_000;
  const started = Date.now();
  const bar = out.isTTY
    ? new cliProgress.SingleBar(
        { format: 'first pass {bar} {value}/{total} accounts | {txns} transactions | {states}', hideCursor: true },
        cliProgress.Presets.shades_classic,
      )
    : null;
  let barStarted = false;
  let lastLine = 0;
  let doneSince: number | null = null;
  let lastIds = '';
  try {
    for (;;) {
      const ids = await o.listIds();
      const all = await Promise.all(ids.map(o.status));
      const done = all.filter(firstPassDone).length;
      const txns = all.reduce((n, s) => n + (s?.counts.inserted ?? 0), 0);
      const byState = new Map<string, number>();
      for (const s of all) byState.set(s?.state ?? 'STARTING', (byState.get(s?.state ?? 'STARTING') ?? 0) + 1);
      const states = [...byState].map(([k, v]) => `${v} ${k}`).join(', ');
      if (bar) {
        if (!barStarted) bar.start(ids.length, done, { txns, states });
        else bar.setTotal(ids.length);
        barStarted = true;
        bar.update(done, { txns, states });
      } else if (Date.now() - lastLine >= lineEvery) {
        out.write(
          `first pass: ${done}/${ids.length} accounts done, ${txns} transactions stored (${states || 'none yet'})\n`,
        );
        lastLine = Date.now();
      }
      const key = ids.join(',');
      const allDone = ids.length > 0 ? done === ids.length : Date.now() - started >= emptyGrace;
      if (allDone && key === lastIds) {
        doneSince ??= Date.now();
        if (Date.now() - doneSince >= (ids.length > 0 ? settle : 0)) return ids;
      } else {
        doneSince = null;
      }
      lastIds = key;
      if (Date.now() > o.deadline)
        throw new Error(`the first pass did not finish in time: ${done}/${ids.length} accounts (${states})`);
      await new Promise((r) => setTimeout(r, tick));
    }
  } finally {
    if (barStarted) bar?.stop();
  }
}
