import { describe, expect, it } from 'vitest';
import type { MonoTransaction } from '../../adapters/mono/index.js';
import { daily, monoServing, statement, type Line } from '../support/line-book.js';
import { bookAccount } from '../support/book-account.js';

/** Value-dated pairs, the stored line an incremental sync's chain starts from, a rescan that changes nothing. */
const ACCOUNT = 'acc_scan_anchor';

const { db, activities, run, statusOf } = bookAccount(ACCOUNT);
const without = (book: MonoTransaction[], ...ids: string[]) => book.filter((t) => !ids.includes(t.id));
function postedAfter(lines: Line[], after: string, ...ins: Line[]): Line[] {
  const out = [...lines];
  out.splice(out.findIndex((l) => l.id === after) + 1, 0, ...ins);
  return out;
}

describe('two value-dated rows posted together, both left out of one answer', () => {
  it('the break is short by their sum, neither amount: neither is marked removed', async () => {
    // Posted after d27, dated Nov 5 and Nov 12 (stamps far from the break, between chain-adjacent lines there).
    const v1: Line = { id: 'v1', at: '2026-11-05T06:00:00.000Z', amount: -3_000 };
    const v2: Line = { id: 'v2', at: '2026-11-12T06:00:00.000Z', amount: -1_700 };
    const book = statement(postedAfter(daily(29), 'd27', v1, v2));
    let served = book;
    const acts = activities(monoServing(ACCOUNT, () => served));
    expect(await run(acts)).toMatchObject({ complete: true });
    served = without(book, 'v1', 'v2');
    const second = await run(acts);
    expect({ complete: second.complete, v1: await statusOf('v1'), v2: await statusOf('v2') }).toEqual({
      complete: false,
      v1: 'posted',
      v2: 'posted',
    });
  });
});

describe('the anchor of an incremental sync is a stored row Mono no longer serves', () => {
  it('an incremental sync after a full scan: a row kept after a drop anchors; nothing served is removed', async () => {
    const book = statement(daily(29));
    let served = book;
    const acts = activities(monoServing(ACCOUNT, () => served));
    const first = await run(acts);
    expect(first.complete).toBe(true);
    // d24 dropped (kept or removed by a full scan), then an incremental sync from Nov 26 (watermark Nov 29): its
    // oldest asked day is Nov 25; lastLiveLineBefore is d24 when kept.
    served = without(book, 'd24');
    const inc = await run(acts, {
      mode: 'auto',
      watermark: '2026-11-29T10:00:00.000Z',
      lastFullScanAt: '2026-11-30T11:00:00.000Z',
    });
    const live = await db()
      .selectFrom('bank_transactions')
      .select('provider_txn_id')
      .where('account_id', '=', ACCOUNT)
      .where('status', '=', 'removed')
      .execute();
    expect(live.map((r) => r.provider_txn_id).filter((id) => id !== 'd24')).toEqual([]);
    expect(inc.removed).toBe(0);
  });
});

describe('incremental syncs and a value-dated posting older than their days', () => {
  it('idempotent: a second full scan of an unchanged book with a value-dated line updates nothing', async () => {
    const vd: Line = { id: 'vd', at: '2026-11-20T06:00:00.000Z', amount: -3_000 };
    const book = statement(postedAfter(daily(29), 'd27', vd));
    const acts = activities(monoServing(ACCOUNT, () => book));
    await run(acts);
    const again = await run(acts);
    expect({
      inserted: again.inserted,
      updated: again.updated,
      removed: again.removed,
      widened: again.widened,
    }).toEqual({ inserted: 0, updated: 0, removed: 0, widened: false });
  });
});
