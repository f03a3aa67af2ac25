import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { waitForFirstPass } from '../../worker/first-pass-progress.js';
import type { FeedStatus } from '../../workflows/messages.js';

const feed = (state: FeedStatus['state'], backfilled: boolean, inserted = 0) =>
  ({ state, backfilled, counts: { inserted } }) as unknown as FeedStatus;

function sink() {
  const lines: string[] = [];
  const out = new Writable({
    write(chunk, _enc, cb) {
      lines.push(String(chunk));
      cb();
    },
  }) as unknown as NodeJS.WriteStream;
  return { out, lines };
}

describe('start: progress until the first pass is done (live mode)', () => {
  it('waits for accounts that arrive while it waits, and for each to finish backfilling', async () => {
    const t0 = Date.now();
    const at = (ms: number) => Date.now() - t0 >= ms;
    // A fresh data dir: no account at first; two arrive (link webhooks), one later needs re-authorisation.
    const listIds = async () => (at(300) ? ['a', 'b'] : at(100) ? ['a'] : []);
    const status = async (id: string) =>
      id === 'a'
        ? at(600)
          ? feed('ACTIVE', true, 120)
          : feed('BACKFILLING', false, 40)
        : at(500)
          ? feed('REAUTH_REQUIRED', false)
          : feed('LINKING', false);
    const { out, lines } = sink();
    const ids = await waitForFirstPass({
      listIds,
      status,
      deadline: t0 + 10_000,
      tickMs: 50,
      settleMs: 200,
      lineEveryMs: 0,
      out,
    });
    expect(ids).toEqual(['a', 'b']);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(600);
    expect(lines.some((l) => /0\/1 accounts done, 40 transactions stored \(1 BACKFILLING\)/.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/2\/2 accounts done, 120 transactions stored/);
  });

  it('fails with the feeds still pending when the deadline passes', async () => {
    await expect(
      waitForFirstPass({
        listIds: async () => ['a'],
        status: async () => feed('LINKING', false),
        deadline: Date.now() + 200,
        tickMs: 50,
        out: sink().out,
      }),
    ).rejects.toThrow(/0\/1 accounts \(1 LINKING\)/);
  });
});
