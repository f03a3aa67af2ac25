import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finishStatementReconciliation } from '../../activities/statement-checkpoints.js';
import { createHarness, type Harness } from './support/harness.js';
import { get, post, signIn } from './support/session.js';

// The audit trail is where an auditor reads why a signed reconciliation was unlocked and what was signed: the
// unlock's reason and the finished figures belong on the row, not only in the database.

describe('statement rows of the audit trail', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(async () => h?.close());

  it("shows what was finished and the unlock's reason, on the page and in the CSV", async () => {
    const saved = await finishStatementReconciliation(h.db.db, {
      accountId: h.accountId,
      ledgerAccount: '1010',
      periodFrom: '2026-10-01',
      periodEnd: '2026-10-31',
      currency: 'NGN',
      statementBalanceMinor: 123_456_78,
      bookBalanceMinor: 123_400_00,
      bookBalanceSource: 'stated',
      differenceMinor: 0,
      items: [],
      finishedBy: 'rita',
    });
    const ada = await signIn(h.app, 'ada');
    const reopened = await post(
      h.app,
      ada,
      `/accounts/${h.accountId}/statement/${saved.id}/reopen`,
      { reason: 'bank corrected the 3 Oct line' },
      false,
    );
    expect(reopened.statusCode).toBe(303);
    const page = (await get(h.app, ada, `/audit?account=${h.accountId}`)).body;
    expect(page).toContain('reason: bank corrected the 3 Oct line');
    expect(page).toContain('to 2026-10-31; statement ₦123,456.78; books ₦123,400.00 (as entered)');
    const csv = (await get(h.app, ada, `/audit.csv?account=${h.accountId}`)).body;
    expect(csv).toContain('reason: bank corrected the 3 Oct line');
  });
});
