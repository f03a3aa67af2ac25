import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createReviewDecisions } from '../../activities/review-decisions.js';
import { finishStatementReconciliation } from '../../activities/statement-checkpoints.js';
import { databaseKinds, type TestDb } from '../support/databases.js';
import { seedPendingSuggestions } from './support/pending-suggestions.js';

const kinds = await databaseKinds();

/**
 * A statement finished between the count a person confirmed and the bulk action's run locks lines the selection
 * holds: the action is refused whole, under the account's lock, as every single decision is.
 */
describe.each(kinds)('a bulk action against a statement finished meanwhile, on $name', ({ open }) => {
  let db: TestDb;
  beforeEach(async () => {
    db = await open();
    await seedPendingSuggestions(db.db, 'bulklock', 40);
  });
  afterEach(async () => {
    await (db.dispose ?? db.close)();
  });

  it('is refused and changes nothing', async () => {
    const decisions = createReviewDecisions({ db: db.db });
    const filter = { view: 'suggested' as const };
    const preview = await decisions.preview('bulklock', filter, 'confirm');
    expect(preview.groupIds.length).toBeGreaterThan(0);
    await finishStatementReconciliation(db.db, {
      accountId: 'bulklock',
      ledgerAccount: '1010',
      periodFrom: '2026-01-01',
      periodEnd: '2026-12-31',
      currency: 'NGN',
      statementBalanceMinor: 0,
      bookBalanceMinor: 0,
      bookBalanceSource: 'stated',
      differenceMinor: 0,
      items: [],
      finishedBy: 'rita',
    });
    await expect(
      decisions.run({
        accountId: 'bulklock',
        filter,
        action: 'confirm',
        expectedGroups: preview.groupIds.length,
        actor: 'rita',
      }),
    ).rejects.toThrow(/bulk confirm: the bank line of .* is in reconciliation #\d+ finished to 2026-12-31/);
    const confirmed = await db.db.selectFrom('match_groups').select('id').where('status', '=', 'confirmed').execute();
    expect(confirmed).toEqual([]);
  });
});
