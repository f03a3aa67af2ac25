/**
 * The service behind an agreed starting point (the web app's and any other caller's): what it refuses, and that the
 * engine leaves the lines before it alone, as it leaves a signed period's.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createReconciliationService } from '../../activities/reconciliation-service.js';
import { reopenStatementReconciliation } from '../../activities/statement-checkpoints.js';
import { setStartingPoint } from '../../activities/statement-starting-point.js';
import { createHarness, type Harness } from '../web/support/harness.js';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => h?.close());

const input = () => ({
  accountId: h.accountId,
  ledgerAccount: '1010',
  ledgerSourceId: `books-${h.accountId}`,
  date: '2026-10-04',
  statementBalanceMinor: 34_800_000,
  bookBalanceMinor: 35_800_000,
  reason: 'agreed with the auditors',
  by: 'ada',
});

it('stores an opening with no items, the bank balance labelled as the feed’s, and locks the lines before it', async () => {
  const saved = await setStartingPoint(h.db.db, input());
  expect(saved).toMatchObject({
    kind: 'opening',
    periodFrom: '2026-10-02',
    periodEnd: '2026-10-04',
    statementBalanceSource: 'mono-running-balance',
    bookBalanceSource: 'stated',
    items: [],
    adjustments: [],
  });
  const service = createReconciliationService({ db: h.db.db });
  await expect(
    service.manualMatch({
      accountId: h.accountId,
      bankIds: [h.bank[2]!],
      ledgerIds: [],
      actor: 'rita',
      writeOffAccount: 'Suspense',
    }),
  ).rejects.toThrow(
    /manualMatch: the bank line of 2026-10-04, .* is before the agreed starting point #1 at 2026-10-04/,
  );
  // a run over the whole feed suggests nothing new on them and supersedes none of their suggestions
  const live = async () =>
    (
      await h.db.db
        .selectFrom('match_groups as g')
        .innerJoin('match_items as i', 'i.group_id', 'g.id')
        .innerJoin('bank_transactions as b', 'b.id', 'i.item_id')
        .select(['g.id'])
        .where('i.side', '=', 'bank')
        .where('b.business_date', '<=', '2026-10-04')
        .where('g.superseded_run_id', 'is', null)
        .execute()
    ).map((r) => Number(r.id));
  const before = await live();
  await service.reconcileAccount({
    accountId: h.accountId,
    ledgerSourceId: `books-${h.accountId}`,
    period: { from: '2026-09-01', to: '2026-10-31' },
    trigger: 'manual',
    options: { autoConfirmThreshold: 1, autoConfirmByCounterparty: false, tolerance: { underPercent: '2' } },
  });
  expect(await live()).toEqual(before);
  // undone, the lines are the reviewers' again
  await reopenStatementReconciliation(h.db.db, { id: saved.id, by: 'ada', reason: 'wrong day' });
  await expect(
    service.manualMatch({
      accountId: h.accountId,
      bankIds: [h.bank[2]!],
      ledgerIds: [],
      actor: 'rita',
      writeOffAccount: 'Suspense',
    }),
  ).resolves.toBeDefined();
});

it('refuses without a reason, before the feed’s first line, or once the account has a finished reconciliation', async () => {
  await expect(setStartingPoint(h.db.db, { ...input(), reason: ' ' })).rejects.toThrow('say why');
  await expect(
    setStartingPoint(h.db.db, { ...input(), accountId: h.otherAccountId, date: '2026-10-01' }),
  ).rejects.toThrow("before the feed's first line (2026-10-02)");
  await setStartingPoint(h.db.db, input());
  await expect(
    setStartingPoint(h.db.db, { ...input(), date: '2026-10-05', statementBalanceMinor: 34_794_625 }),
  ).rejects.toThrow('starting point #1 at 2026-10-04 is finished already');
});
