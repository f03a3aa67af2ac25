import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  finishStatementReconciliation,
  reopenStatementReconciliation,
} from '../../activities/statement-checkpoints.js';
import { createReconciliationService } from '../../activities/reconciliation-service.js';
import { lockedLineMessage } from '../../activities/statement-locks.js';
import { escapeHtml } from '../../web/html.js';
import { seedBank, seedLedger } from '../reconciliation/seed.js';
import { databaseKinds } from '../support/databases.js';
import { createHarness, type Harness } from './support/harness.js';
import { decideEverything } from './support/decisions.js';
import { post, signIn } from './support/session.js';

const kinds = (await databaseKinds()).map((k) => k.name);
const OPTIONS = { autoConfirmThreshold: 1, autoConfirmByCounterparty: false, tolerance: { underPercent: '2' } };

it('refuses a decision on a locked line in words naming the line, its date, the reconciliation and its end', () => {
  expect(
    lockedLineMessage({
      id: 42,
      businessDate: '2026-10-03',
      amountMinor: -537_500,
      currency: 'NGN',
      narration: 'NIP TRF TO OKON FREIGHT',
      lock: { checkpointId: 7, through: '2026-10-31' },
    }),
  ).toBe(
    'the bank line of 2026-10-03, NIP TRF TO OKON FREIGHT -₦5,375.00, is in reconciliation #7 finished to 2026-10-31; an admin must unlock it first',
  );
});

describe.each(kinds)('a finished reconciliation against engine re-runs, on %s', (kind) => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness({}, kind);
  });
  afterEach(async () => {
    await h.close();
  });

  const groups = () => h.db.db.selectFrom('match_groups').selectAll().orderBy('id').execute();
  const items = () => h.db.db.selectFrom('match_items').selectAll().orderBy('id').execute();
  const rerun = (to = '2026-11-30') =>
    createReconciliationService({ db: h.db.db }).reconcileAccount({
      accountId: h.accountId,
      ledgerSourceId: `books-${h.accountId}`,
      period: { from: '2026-09-01', to },
      trigger: 'manual',
      options: OPTIONS,
    });

  /** October finished and signed by rita: its lines are locked. */
  const finishOctober = () =>
    finishStatementReconciliation(h.db.db, {
      accountId: h.accountId,
      ledgerAccount: '1010',
      periodFrom: '2026-10-01',
      periodEnd: '2026-10-31',
      currency: 'NGN',
      statementBalanceMinor: 0,
      bookBalanceMinor: 0,
      bookBalanceSource: 'stated',
      differenceMinor: 0,
      items: [],
      finishedBy: 'rita',
    });

  it('leaves every line of the locked period as it was signed when the books change, and acts after it', async () => {
    await decideEverything(h);
    // Suggestions left behind by the decisions (siblings of an accepted one): a run would otherwise supersede them.
    const leftOver = (await groups()).filter((g) => g.status === 'suggested' && g.superseded_run_id === null);
    expect(leftOver.length).toBeGreaterThan(0);
    const checkpoint = await finishOctober();
    const before = { groups: await groups(), items: await items() };

    // The books change under the signed period: a new invoice that pays a line the bank reported late (dated inside
    // the period), one for a line after it, and a better candidate for a line already decided.
    const [late, after] = await seedBank(h.db.db, h.accountId, [
      { date: '2026-10-20', amountMinor: 2_222_200, narration: 'TRF FROM ZARIA MILLS INV-7001', reference: 'INV-7001' },
      { date: '2026-11-03', amountMinor: 3_333_300, narration: 'TRF FROM JOS FARMS INV-7002', reference: 'INV-7002' },
    ]);
    await seedLedger(h.db.db, `books-${h.accountId}`, [
      { date: '2026-10-18', amountMinor: 2_222_200, reference: 'INV-7001', party: 'Zaria Mills' },
      { date: '2026-11-01', amountMinor: 3_333_300, reference: 'INV-7002', party: 'Jos Farms' },
      { date: '2026-10-02', amountMinor: 12_500_000, reference: 'SI-2001', party: 'Adebayo Stores Ltd' },
    ]);
    await h.db.db.updateTable('ledger_entries').set({ ledger_account: '1010' }).execute();

    const run = await rerun();
    expect(run.changes.suggestionsSuperseded).toBe(0);
    const now = { groups: await groups(), items: await items() };
    // Every stored group and item is exactly as it was: nothing re-decided, unmatched or superseded.
    expect(now.groups.slice(0, before.groups.length)).toEqual(before.groups);
    expect(now.items.filter((i) => before.groups.some((g) => g.id === i.group_id))).toEqual(before.items);
    // The new groups touch only the line after the period.
    const added = now.groups.slice(before.groups.length);
    const addedBank = now.items
      .filter((i) => i.side === 'bank' && added.some((g) => g.id === i.group_id))
      .map((i) => Number(i.item_id));
    expect(addedBank.length).toBeGreaterThan(0);
    expect([...new Set(addedBank)]).toEqual([after]);

    // Reopened by an admin, the period is the engine's again: the late line gets its match.
    await reopenStatementReconciliation(h.db.db, { id: checkpoint.id, by: 'ada', reason: 'late line' });
    await rerun();
    const lateGroups = await h.db.db
      .selectFrom('match_items')
      .select('group_id')
      .where('side', '=', 'bank')
      .where('item_id', '=', late!)
      .execute();
    expect(lateGroups.length).toBeGreaterThan(0);
  });

  it('refuses a decision on a locked line in the same words from the web app and from the service (CLI)', async () => {
    await decideEverything(h);
    const checkpoint = await finishOctober();
    // A confirmed group whose first bank line (by id) the statement holds.
    const held = await h.db.db
      .selectFrom('match_groups as g')
      .innerJoin('match_items as i', 'i.group_id', 'g.id')
      .innerJoin('bank_transactions as b', 'b.id', 'i.item_id')
      .select([
        'g.id as groupId',
        'b.id as bankId',
        'b.business_date as businessDate',
        'b.amount_minor as amountMinor',
        'b.currency',
        'b.narration',
      ])
      .where('g.status', '=', 'confirmed')
      .where('g.account_id', '=', h.accountId)
      .where('i.side', '=', 'bank')
      .where('b.business_date', '<=', '2026-10-31')
      .orderBy('g.id')
      .orderBy('b.id')
      .executeTakeFirstOrThrow();
    const words = lockedLineMessage({
      id: Number(held.bankId),
      businessDate: held.businessDate,
      amountMinor: Number(held.amountMinor),
      currency: held.currency,
      narration: held.narration,
      lock: { checkpointId: checkpoint.id, through: '2026-10-31' },
    });
    const rita = await signIn(h.app, 'rita');
    const refused = await post(h.app, rita, `/accounts/${h.accountId}/groups/${held.groupId}/unmatch`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain(escapeHtml(words));
    await expect(
      createReconciliationService({ db: h.db.db }).unmatch(Number(held.groupId), 'cli-user'),
    ).rejects.toThrow(`unmatch: ${words}`);
  });

  it('a run over the locked period alone writes nothing, whatever the bank and the books add to it', async () => {
    await decideEverything(h);
    await finishOctober();
    await h.db.db
      .updateTable('ledger_entries')
      .set({ amount_minor: 8_000_100 })
      .where('reference', '=', 'SI-1002')
      .execute();
    await seedBank(h.db.db, h.accountId, [
      {
        date: '2026-10-25',
        amountMinor: 4_444_400,
        narration: 'TRF FROM ABA TEXTILES INV-7003',
        reference: 'INV-7003',
      },
    ]);
    await seedLedger(h.db.db, `books-${h.accountId}`, [
      { date: '2026-10-24', amountMinor: 4_444_400, reference: 'INV-7003', party: 'Aba Textiles' },
    ]);
    const before = { groups: await groups(), items: await items() };
    const run = await rerun('2026-10-31');
    expect(run.changes).toEqual({ groupsInserted: 0, suggestionsSuperseded: 0, autoMatchesDropped: 0 });
    expect({ groups: await groups(), items: await items() }).toEqual(before);
  });
});
