import { MockActivityEnvironment } from '@temporalio/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFeedActivities, type SyncOutcome } from '../../activities/feed-activities.js';
import type { MonoTransaction } from '../../adapters/mono/index.js';
import { createLogger } from '../../worker/logger.js';
import { openSqliteTestDb, type TestDb } from '../support/databases.js';
import { syncInput } from '../support/feed-harness.js';
import { daily, monoServing, statement, type Line } from '../support/line-book.js';
import { accountOnRecord } from '../support/webhook-outbox.js';

/**
 * An incremental sync widens to the history window when the earliest already-stored line it re-read comes back with
 * another running balance (the bank posted something before it), and only then. Books written line by line here (a Mono whose
 * statement the test holds), so each case is exactly the one named: a stored line without a balance just before the
 * sync's days, stamps out of posting order there, a back-dated reversal that brings the balance back to one the
 * account had before, and a plain back-dated debit.
 */
const NOW = '2026-11-30T12:00:00.000Z';
const HOUR = 3_600_000;
const ACCOUNT = 'acc_chain';

let db: TestDb;
beforeEach(async () => {
  db = await openSqliteTestDb();
  await accountOnRecord(db.db, ACCOUNT, 'chain', NOW);
});
afterEach(async () => {
  await db.dispose();
});

/** Backfills `before`, then serves `after` and runs one incremental sync; returns it and the store against Mono. */
async function backfillThenSync(before: MonoTransaction[], after: MonoTransaction[]) {
  let served = before;
  const acts = createFeedActivities({
    db: db.db,
    mono: monoServing(ACCOUNT, () => served),
    logger: createLogger({ silent: true }),
    notifier: { reauthRequired: async () => {} },
    clock: () => new Date(NOW),
  });
  const env = () => new MockActivityEnvironment();
  const backfill: SyncOutcome = await env().run(acts.syncAccount, syncInput(ACCOUNT, 30));
  expect(backfill.complete).toBe(true);
  served = after;
  const sync: SyncOutcome = await env().run(
    acts.syncAccount,
    syncInput(ACCOUNT, 30, {
      mode: 'auto',
      watermark: backfill.newestRowAt,
      lastFullScanAt: new Date(Date.parse(NOW) - HOUR).toISOString(),
    }),
  );
  const stored = await db.db
    .selectFrom('bank_transactions')
    .select(['provider_txn_id', 'amount_minor', 'balance_minor'])
    .where('account_id', '=', ACCOUNT)
    .where('status', '!=', 'removed')
    .execute();
  const key = (id: string, amount: number, balance: number | null) => `${id}|${amount}|${balance}`;
  return {
    sync,
    have: stored.map((r) => key(r.provider_txn_id, r.amount_minor, r.balance_minor)).sort(),
    want: after.map((t) => key(t.id, t.type === 'credit' ? t.amountMinor : -t.amountMinor, t.balanceMinor)).sort(),
  };
}

/** A complete sync, widened or not as said, after which the store holds exactly what Mono serves. */
function expectSynced(r: Awaited<ReturnType<typeof backfillThenSync>>, o: { widened: boolean }) {
  expect(r.sync).toMatchObject({ complete: true, widened: o.widened, full: o.widened });
  expect(r.have).toEqual(r.want);
}

const newLine: Line = { id: 'new', at: '2026-11-30T09:00:00.000Z', amount: 77_700 };

describe('an incremental sync where its days meet the stored lines', () => {
  it('joins across a stored line without a balance just before its days: no widening', async () => {
    // The sync reads from November 25th (watermark the 29th, 3 days' overlap, a day's margin); the fee on the 24th
    // carries no balance, so the stored chain ends at the balance before it plus its amount.
    const lines = daily(29);
    lines.splice(24, 0, { id: 'fee', at: '2026-11-24T23:00:00.000Z', amount: -5_000, withBalance: false });
    const r = await backfillThenSync(statement(lines), statement([...lines, newLine]));
    expectSynced(r, { widened: false });
  });

  it('joins across stamps out of posting order just before its days: no widening', async () => {
    // Posted a then b, but b is stamped seconds before a: the stored chain ends at b, not at the newest stamp.
    const lines = daily(29, (d) => d === 24);
    lines.splice(23, 0, { id: 'a', at: '2026-11-24T10:00:05.000Z', amount: -200_000 });
    lines.splice(24, 0, { id: 'b', at: '2026-11-24T10:00:01.000Z', amount: 100_000 });
    const r = await backfillThenSync(statement(lines), statement([...lines, newLine]));
    expectSynced(r, { widened: false });
  });

  it('joins across a levy without a balance stamped after the line posted after it: no widening', async () => {
    // Posted d19, the levy, d20; the levy is stamped five seconds after d20. Its amount is inside d20's balance.
    const lines = daily(29);
    const at = lines.findIndex((l) => l.id === 'd20');
    lines.splice(at, 0, { id: 'levy', at: '2026-11-20T10:00:05.000Z', amount: -5_000, withBalance: false });
    const r = await backfillThenSync(statement(lines), statement([...lines, newLine]));
    expectSynced(r, { widened: false });
  });

  it('joins across a stored line stamped a day early but posted after the first line the sync reads', async () => {
    // Posted d24, d25a, x, d25b, with x stamped on the 24th: the sync (from the 25th) reads d25a and d25b, and x,
    // stored before them by stamp, follows d25a in the chain.
    const lines = daily(29, (d) => d === 25);
    const at = lines.findIndex((l) => l.id === 'd26');
    lines.splice(
      at,
      0,
      { id: 'd25a', at: '2026-11-25T08:00:00.000Z', amount: 31_000 },
      { id: 'x', at: '2026-11-24T12:00:00.000Z', amount: -4_200 },
      { id: 'd25b', at: '2026-11-25T10:00:00.000Z', amount: 9_900 },
    );
    const r = await backfillThenSync(statement(lines), statement([...lines, newLine]));
    expectSynced(r, { widened: false });
  });

  // The first line the sync reads (the 25th, 01:00) carries no balance: the chain opens before its amount.
  const chargeFirst = () => {
    const lines = daily(29);
    lines.splice(
      lines.findIndex((l) => l.id === 'd25'),
      0,
      { id: 'charge', at: '2026-11-25T01:00:00.000Z', amount: -7_500, withBalance: false },
    );
    return lines;
  };

  it('joins where the first line it reads has no balance: no widening', async () => {
    const lines = chargeFirst();
    const r = await backfillThenSync(statement(lines), statement([...lines, newLine]));
    expectSynced(r, { widened: false });
  });

  it('widens where the first line it reads has no balance, after a back-dated debit', async () => {
    const lines = chargeFirst();
    const later = [...lines];
    later.splice(10, 0, { id: 'late-debit', at: '2026-11-11T07:00:00.000Z', amount: -3_000 });
    const r = await backfillThenSync(statement(lines), statement([...later, newLine]));
    expectSynced(r, { widened: true });
  });

  it('widens for a back-dated reversal that brings the balance back to one the account had', async () => {
    // A transfer on the 20th, nothing until the 26th; its reversal, back-dated to the 21st, appears later. The
    // sync's oldest line now opens at the balance before the transfer, which a stored line does carry: only the
    // chain's stored end (after the transfer) tells it moved.
    const quiet = (d: number) => d >= 20 && d <= 25;
    const lines = daily(29, quiet);
    const at = lines.findIndex((l) => l.id === 'd26');
    lines.splice(at, 0, { id: 'transfer', at: '2026-11-20T10:00:00.000Z', amount: -500_000 });
    const later = [...lines];
    later.splice(at + 1, 0, { id: 'reversal', at: '2026-11-21T08:00:00.000Z', amount: 500_000 });
    const r = await backfillThenSync(statement(lines), statement([...later, newLine]));
    expectSynced(r, { widened: true });
  });

  it('widens for a fee back-dated before its days and reversed inside them (the balance comes back)', async () => {
    // The sync's days open with the reversal of a fee the bank back-dated to the 20th: after the reversal the
    // balance is the one stored before, but every line between the fee and the reversal moved.
    const lines = daily(29);
    const later = [...lines];
    later.splice(19, 0, { id: 'fee', at: '2026-11-20T06:00:00.000Z', amount: -4_000 });
    const at = later.findIndex((l) => l.id === 'd26');
    later.splice(at, 0, { id: 'fee-reversal', at: '2026-11-26T06:00:00.000Z', amount: 4_000 });
    const r = await backfillThenSync(statement(lines), statement([...later, newLine]));
    expectSynced(r, { widened: true });
  });

  it('widens for a fee back-dated before its days and reversed as the first line it reads', async () => {
    // The reversal, on the margin day before d25, brings the balance back: d25 itself is unchanged, but the reversal
    // is new and moved nothing it can see, so the fee it reverses lies before the sync's days.
    const lines = daily(29);
    const later = [...lines];
    later.splice(19, 0, { id: 'fee', at: '2026-11-20T06:00:00.000Z', amount: -4_000 });
    const at = later.findIndex((l) => l.id === 'd25');
    later.splice(at, 0, { id: 'fee-reversal', at: '2026-11-25T06:00:00.000Z', amount: 4_000 });
    const r = await backfillThenSync(statement(lines), statement([...later, newLine]));
    expectSynced(r, { widened: true });
  });

  it('does not widen for a posting back-dated before the first stored line it reads: it moved that line', async () => {
    const lines = daily(29);
    const later = [...lines];
    later.splice(
      later.findIndex((l) => l.id === 'd25'),
      0,
      { id: 'late-margin', at: '2026-11-25T05:00:00.000Z', amount: -1_700 },
    );
    const r = await backfillThenSync(statement(lines), statement([...later, newLine]));
    expectSynced(r, { widened: false });
  });

  // A quiet account: lines on November 1–5 and one on the 10th (the watermark). The sync covers the 7th to the 30th
  // in four windows, newest first; the window of the 10th–16th re-reads the 9th–17th and rewrites the line of the
  // 10th, which the oldest window (7th–9th, read 6th–10th) then re-reads as well.
  const quiet = () => [...daily(5), { id: 'd10', at: '2026-11-10T10:00:00.000Z', amount: 42_000 }];

  it('widens across windows: a newer window rewrote the line the oldest one re-reads', async () => {
    const lines = quiet();
    const later = [...lines];
    later.splice(3, 0, { id: 'z', at: '2026-11-03T12:00:00.000Z', amount: -12_345 });
    const r = await backfillThenSync(statement(lines), statement([...later, newLine]));
    expectSynced(r, { widened: true });
  });

  it('stores a posting back-dated into the oldest of several windows', async () => {
    // Widening here is one re-scan more than needed (the newer window sees the line of the 10th move, the oldest
    // window may no longer compare it); what must hold is the store.
    const lines = quiet();
    const later = [...lines];
    later.splice(5, 0, { id: 'x', at: '2026-11-08T12:00:00.000Z', amount: 1_111 });
    const r = await backfillThenSync(statement(lines), statement([...later, newLine]));
    expect(r.sync.complete).toBe(true);
    expect(r.have).toEqual(r.want);
  });

  it('widens for a line the bank re-dated (same id) from its days to before them, and stores it there', async () => {
    // The sync covers the 26th–30th and reads from the 25th, on which nothing is posted. The bank moves d26 back to
    // the 18th: d27 keeps its balance, but d26 is gone from the sync's days and every line between moved.
    const lines = daily(29, (d) => d === 25);
    const later = lines.filter((l) => l.id !== 'd26');
    const d26 = lines.find((l) => l.id === 'd26')!;
    later.splice(later.findIndex((l) => l.id === 'd18') + 1, 0, { ...d26, at: '2026-11-18T12:00:00.000Z' });
    const r = await backfillThenSync(statement(lines), statement([...later, newLine]));
    expectSynced(r, { widened: true });
  });

  it('does not widen for a line the bank withdrew inside its days: the lines after it moved by its amount', async () => {
    // Nothing on the 25th: the withdrawn d26 is the first line of the sync's days, before the first one it compares.
    const lines = daily(29, (d) => d === 25);
    const later = lines.filter((l) => l.id !== 'd26');
    const r = await backfillThenSync(statement(lines), statement([...later, newLine]));
    expectSynced(r, { widened: false });
  });

  it('does not widen for a posting back-dated inside its days: the lines before it kept their balances', async () => {
    const lines = daily(29);
    const later = [...lines];
    later.splice(
      later.findIndex((l) => l.id === 'd28'),
      0,
      { id: 'late-in-window', at: '2026-11-27T20:00:00.000Z', amount: -2_500 },
    );
    const r = await backfillThenSync(statement(lines), statement([...later, newLine]));
    expectSynced(r, { widened: false });
  });

  it('widens for a plain back-dated debit before its days, and corrects every balance it moved', async () => {
    const lines = daily(29);
    const later = [...lines];
    later.splice(14, 0, { id: 'late-debit', at: '2026-11-15T07:00:00.000Z', amount: -12_345 });
    const r = await backfillThenSync(statement(lines), statement([...later, newLine]));
    expectSynced(r, { widened: true });
  });
});

describe('a line Mono leaves out of a window', () => {
  it('breaks the window: the sync is incomplete and nothing is removed', async () => {
    // Mono stops serving d27 (its total too), though the balances after it still count it.
    const full = statement([...daily(29), newLine]);
    const r = await backfillThenSync(
      full.filter((t) => t.id !== 'new'),
      full.filter((t) => t.id !== 'd27'),
    );
    expect(r.sync).toMatchObject({ complete: false, removed: 0 });
    expect(r.sync.balanceBreaks).toBeGreaterThan(0);
    expect(r.have.some((k) => k.startsWith('d27|'))).toBe(true);
  });
});
