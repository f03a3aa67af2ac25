import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createReconciliationService } from '../../activities/reconciliation-service.js';
import { finishStatementReconciliation } from '../../activities/statement-checkpoints.js';
import { lockedLineMessage } from '../../activities/statement-locks.js';
import { escapeHtml } from '../../web/html.js';
import { createHarness, type Harness } from './support/harness.js';
import { decideEverything } from './support/decisions.js';
import { post, signIn } from './support/session.js';

// A decision on a line a finished statement holds is refused in the same words by the web app and by the services
// the CLI uses (which name the operation first): one function writes them.

describe('the words refusing a decision on a locked line', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it('name the line, its date, the reconciliation and its end', () => {
    expect(
      lockedLineMessage({ id: 42, businessDate: '2026-10-03', lock: { checkpointId: 7, through: '2026-10-31' } }),
    ).toBe('bank line 42 (2026-10-03) is in reconciliation #7 finished to 2026-10-31; an admin must unlock it first');
  });

  it('are the same from the web app and from the service', async () => {
    await decideEverything(h);
    const checkpoint = await finishStatementReconciliation(h.db.db, {
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
    // A confirmed group whose first bank line (by id) the statement holds.
    const held = await h.db.db
      .selectFrom('match_groups as g')
      .innerJoin('match_items as i', 'i.group_id', 'g.id')
      .innerJoin('bank_transactions as b', 'b.id', 'i.item_id')
      .select(['g.id as groupId', 'b.id as bankId', 'b.business_date as businessDate'])
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
});
