/**
 * Review s30b of the carried balance per books moved by an entry a finished reconciliation held as settled whose
 * figures the books changed since (activities/report-builder-books.ts bookBalanceOf, settledChanges). Each test is a
 * defect found in review, named by what the product should do; it fails on the code as reviewed, for the reason in
 * its comment.
 */
import { describe, expect, it } from 'vitest';
import { bookBalanceOf } from '../../activities/report-builder-books.js';
import type { LedgerEntryRow } from '../../db/schema.js';

const FINISHED_AT = '2026-11-01T09:00:00.000Z';

/** SI-1002 as stored now: dated in October, recorded before October was finished, ₦79,000.00 since a credit note. */
const si1002 = (over: Partial<LedgerEntryRow>): LedgerEntryRow => ({
  id: 2,
  source_id: 'books',
  external_id: 'invoice:si-1002',
  ledger_account: '1010',
  entry_date: '2026-10-01',
  due_date: null,
  amount_minor: 7_900_000,
  currency: 'NGN',
  reference: 'SI-1002',
  description: 'Kano Traders',
  party: 'Kano Traders',
  status: 'open',
  row_fingerprint: 'x',
  import_id: null,
  raw: null,
  created_at: '2026-10-01T08:00:00.000Z',
  updated_at: '2026-11-05T08:00:00.000Z',
  closed_reason: null,
  closed_at: null,
  books_amount_minor: null,
  books_seen_at: null,
  restate_key: null,
  kind: 'posting',
  party_role: null,
  ...over,
});

const november = (row: LedgerEntryRow) =>
  bookBalanceOf({
    period: { from: '2026-11-01', to: '2026-11-30' },
    // listLedgerEntriesThrough reads no void entry
    ledgerRows: row.status === 'void' ? [] : [row],
    stated: null,
    api: null,
    checkpoint: {
      periodEnd: '2026-10-31',
      bookBalanceMinor: 38_800_000,
      finishedBy: 'Rita',
      finishedAt: FINISHED_AT,
      // a balance agreed at October's end: SI-1002 held as settled in it, at ₦80,000.00
      agreedStart: true,
      outstanding: [],
      settledClosed: [],
      changedSince: [{ row, then: { date: '2026-10-01', amountMinor: 8_000_000, inAccount: true }, inAccount: true }],
    },
    bankOpeningMinor: null,
  });

describe('review s30b: an entry held as settled, changed by the books after the finish, then paid', () => {
  it('keeps the books’ change of a settled entry in the carried balance once the books close the entry as paid', () => {
    // Saw: the agreed start at 2026-10-31 held SI-1002 at ₦80,000.00; after it the books netted a ₦1,000.00 credit
    // note into it (a pull kept 80,000 → 79,000 in ledger_entry_changes): November's carried balance is ₦387,000.00.
    // Then the books close SI-1002 as paid (status void, closed_reason paid): November's balance goes back to
    // ₦388,000.00 and the note no longer names the change. An entry closed as paid is not among listClosedSince's
    // (db/ledger-repository.ts: "its amount is still the books'"), and activities/report-builder-books.ts
    // settledChanges skips every void row (`if (c.row.status === 'void') continue;`), so the credit note the books
    // still hold is dropped from the carried balance as soon as the invoice is paid.
    const open = november(si1002({}));
    expect(open.minor).toBe(38_700_000);
    const paid = november(si1002({ status: 'void', closed_reason: 'paid', closed_at: '2026-11-10T08:00:00.000Z' }));
    expect(paid.minor).toBe(38_700_000);
    expect(paid.notes.join(' ')).toContain('SI-1002: ₦80,000.00 → ₦79,000.00');
  });
});
