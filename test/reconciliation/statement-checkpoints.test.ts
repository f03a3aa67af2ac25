import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  finishStatementReconciliation,
  reopenStatementReconciliation,
  StatementCheckpointError,
} from '../../activities/statement-checkpoints.js';
import { createStatementRepository } from '../../db/statement-repository.js';
import { databaseKinds, type TestDb } from '../support/databases.js';

const kinds = await databaseKinds();

describe.each(kinds)('statement checkpoints on $name', ({ open }) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(async () => db.dispose());

  const base = {
    accountId: 'acc-1',
    ledgerAccount: '1010',
    periodFrom: '2026-10-01',
    periodEnd: '2026-10-31',
    currency: 'NGN',
    statementBalanceMinor: 150_000_00,
    bookBalanceMinor: 140_000_00,
    bookBalanceSource: 'ledger-closing' as const,
    differenceMinor: 0,
    items: [
      {
        side: 'ledger' as const,
        id: 'row:12',
        date: '2026-10-30',
        reference: 'CHQ-0042',
        description: 'Cheque to Okon Freight',
        amountMinor: -10_000_00,
      },
    ],
    finishedBy: 'ada@acme.ng',
  };

  it('refuses a statement that does not balance or whose book balance is assumed', async () => {
    await expect(finishStatementReconciliation(db.db, { ...base, differenceMinor: 5 })).rejects.toThrow(
      StatementCheckpointError,
    );
    await expect(finishStatementReconciliation(db.db, { ...base, bookBalanceSource: 'assumed' })).rejects.toThrow(
      /not known/,
    );
    expect(await createStatementRepository(db.db).latest('acc-1')).toBeNull();
  });

  it('keeps a finished reconciliation with its items, audits it, and refuses to finish the same period twice', async () => {
    const saved = await finishStatementReconciliation(db.db, base);
    const repo = createStatementRepository(db.db);
    const latest = await repo.latest('acc-1');
    expect(latest).toMatchObject({
      id: saved.id,
      bookBalanceMinor: 140_000_00,
      statementBalanceMinor: 150_000_00,
      items: base.items,
      finishedBy: 'ada@acme.ng',
    });
    await expect(finishStatementReconciliation(db.db, base)).rejects.toThrow(/already has a finished/);
    const audit = await db.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_type', '=', 'statement_reconciliation')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['statement.finish']);
    expect(await repo.latest('acc-1', '2026-10-30')).toBeNull();
  });

  it('reopening drops a checkpoint from the carry-forward (audited), latest first', async () => {
    const nov = await finishStatementReconciliation(db.db, {
      ...base,
      periodFrom: '2026-11-01',
      periodEnd: '2026-11-30',
      items: [],
    });
    const repo = createStatementRepository(db.db);
    const oct = (await repo.list('acc-1')).find((c) => c.periodEnd === '2026-10-31')!;
    await expect(reopenStatementReconciliation(db.db, { id: oct.id, by: 'admin', reason: 'x' })).rejects.toThrow(
      /reopen that one first/,
    );
    await reopenStatementReconciliation(db.db, { id: nov.id, by: 'admin', reason: 'bank corrected a line' });
    expect((await repo.latest('acc-1'))?.id).toBe(oct.id);
    await expect(reopenStatementReconciliation(db.db, { id: nov.id, by: 'admin', reason: 'x' })).rejects.toThrow(
      /already reopened/,
    );
  });
});
