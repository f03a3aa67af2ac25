/**
 * Review s30c of the re-keying of a file source's re-stated rows (db/restated-entries.ts pairRestated, used by
 * db/ledger-sync-repository.ts syncLedgerEntries when a complete pull no longer lists a stored entry). Each test is a
 * defect found in review, named by what the product should do; each fails on the code as reviewed, for the reason in
 * its comment.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncLedgerEntries } from '../../db/ledger-sync-repository.js';
import type { LedgerEntry } from '../../domain/ledger.js';
import { openSqliteTestDb, type TestDb } from '../support/databases.js';
import { confirmMatchOn } from './held-matches.js';

const BANK = '1100';
const entry = (id: string, over: Partial<LedgerEntry>): LedgerEntry => ({
  id,
  date: '2026-03-02',
  amountMinor: 100_000,
  currency: 'ZAR',
  account: BANK,
  reference: 'INV-7',
  description: 'Receipt Soweto Traders',
  party: 'Soweto Traders',
  ...over,
});

describe('review s30c: a stored entry paired with a new one by its reference', () => {
  let h: TestDb;
  beforeEach(async () => {
    h = await openSqliteTestDb();
  });
  afterEach(async () => {
    await h.dispose();
  });

  const pull = (entries: LedgerEntry[], from: string, to: string, ledgerAccount: string | null = BANK) =>
    syncLedgerEntries(h.db, { sourceId: 'books', label: 'csv', entries, complete: { from, to, ledgerAccount } });
  const row = (externalId: string) =>
    h.db
      .selectFrom('ledger_entries')
      .select(['id', 'status', 'amount_minor', 'entry_date', 'ledger_account', 'closed_reason'])
      .where('external_id', '=', externalId)
      .executeTakeFirst();

  it('closes a matched receipt the books deleted, not re-keys it to a refund that reuses its invoice number', async () => {
    // Saw: the bank-account export lists a receipt R ZAR 1,000.00 "INV-7" on 2 March, matched (held) to the bank's
    // credit. The accountant deletes it (posted to the wrong customer) and, in the same export, books a refund of
    // ZAR -1,000.00 also referenced "INV-7" on 5 March. pairRestated (db/restated-entries.ts, the by-reference step)
    // pairs the one gone "INV-7" with the one new "INV-7" although the sign says they are different documents: the
    // held receipt's row is re-keyed to the refund's id and amended to -1,000.00 (a held change +1,000 → -1,000 in
    // ledger_entry_changes, moving the statement's carried balance per books by -2,000.00), and the refund is not
    // stored as an entry of its own. The receipt should be noted gone (its match stands) and the refund be a new entry.
    // (a row on 1 March the books keep, so both exports span the month's first days)
    const kept = entry('k', { date: '2026-03-01', amountMinor: 5_000, reference: 'DEP-1', description: 'Deposit' });
    await pull([kept, entry('r', {})], '2026-03-01', '2026-03-02');
    await confirmMatchOn(h.db, ['r']);
    const refund = entry('refund', { date: '2026-03-05', amountMinor: -100_000, description: 'Refund Soweto Traders' });
    const r = await pull([kept, refund], '2026-03-01', '2026-03-05');
    expect(r.restated).toBe(0);
    expect(await row('r')).toMatchObject({ amount_minor: 100_000, entry_date: '2026-03-02', closed_reason: 'gone' });
    expect(await row('refund')).toMatchObject({ amount_minor: -100_000, status: 'open' });
  });
});
