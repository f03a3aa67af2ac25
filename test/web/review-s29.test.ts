/**
 * Review of session 29's statement changes (d938ae4..76d5abf): the carried-line pairing, a line carried as recorded
 * later caught up by the books, and what a finished statement carries. Each test is a defect, named by what the app
 * should do; its comment says what it does now and where.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedLedger } from '../reconciliation/seed.js';
import { createHarness, type Harness } from './support/harness.js';
import { figure, Months, OCTOBER_CLOSE } from './support/months.js';
import { pageText, type Session, signIn } from './support/session.js';

let h: Harness;
let m: Months;
let rita: Session;
beforeEach(async () => {
  h = await createHarness({}, 'sqlite');
  await h.db.db.updateTable('accounts').set({ synced_through: '2027-01-31' }).where('id', '=', h.accountId).execute();
  rita = await signIn(h.app, 'rita');
  m = new Months(h, rita);
});
afterEach(async () => h?.close());

const statementPage = (end: string, balanceMinor?: number) => m.page(end, balanceMinor);

const finish = (end: string, balanceMinor?: number, books?: number) => m.finish(end, balanceMinor, books);

const octoberFinished = () => m.octoberFinished();

const books = (entries: Parameters<typeof seedLedger>[2]) => m.books(entries);

const lineMatchedTo = (...a: Parameters<Months['lineMatchedTo']>) => m.lineMatchedTo(...a);

/** A November payment to Okon Freight matched by hand to its bills, dated by the books as given. */
async function novemberPaymentFor(bills: Array<{ date: string; amountMinor: number }>): Promise<number[]> {
  const ids = await books(bills.map((b, i) => ({ ...b, reference: `BILL-77${i}`, description: 'Okon Freight' })));
  const paid = bills.reduce((t, b) => t + b.amountMinor, 0);
  await lineMatchedTo(
    {
      date: '2026-11-12',
      amountMinor: paid,
      narration: 'NIP TRF TO OKON FREIGHT BILL-770',
      balanceMinor: OCTOBER_CLOSE + paid,
    },
    ids,
  );
  return ids;
}

describe('a carried bank line and the entry posting it (adapters/reports/carried-postings.ts)', () => {
  it('never takes an entry the bank clears with another line as the posting of a carried charge', async () => {
    // Now: buildStatement (adapters/reports/statement.ts) hands takeCarriedPostings every entry in `up`, including
    // one matched to a bank line dated after the period end (an unpresented cheque the bank pays on 2 December).
    // Sharing the word TRANS(FER) and the amount, the cheque is taken as the books' posting of October's NIP TRANSFER
    // FEE: November lists neither and says the fee was posted by the cheque. Once November is finished the fee is
    // gone for good and December lists the cheque's own bank line as a debit not in the books, though the books hold
    // it and it is matched. Should: an entry matched to another line is never a carried line's posting; the fee
    // stays a debit not in the books and the cheque an unpresented payment.
    await octoberFinished();
    const [cheque] = await books([
      { date: '2026-11-20', amountMinor: -5_375, reference: 'CHQ 000481', description: 'Transfer to Ade savings' },
    ]);
    await lineMatchedTo(
      { date: '2026-12-02', amountMinor: -5_375, narration: 'CHQ 000481 ADE', balanceMinor: OCTOBER_CLOSE - 5_375 },
      [cheque!],
    );
    const november = await statementPage('2026-11-30', OCTOBER_CLOSE);
    expect(pageText(november)).not.toContain('posted by the books since');
    expect(figure(november, 'unpresented-payments')).toBe('-₦53.75');
    expect(pageText(november)).toContain('NIP TRANSFER FEE');
    expect(figure(november, 'difference')).toBe('₦0.00');
  });

  it('never takes another entry as the posting of a line carried as recorded later with its own entry', async () => {
    // Now: a line November carried as recorded later (matched to BILL-770, which the books date 5 January) is a
    // carried debit in December like any charge, and takeCarriedPostings pairs it with December's unpresented cheque
    // to the same supplier of the same amount (the words OKON FREIG, the amount): December lists neither. Finished so,
    // January's books take in BILL-770 (report-builder-books.ts `since`) while nothing lists the line or the cheque:
    // a difference of ₦800.00 that nothing names. Should: a line matched to an entry is cleared only by that entry
    // (caughtUpInPeriod); December keeps the line as recorded later and the cheque as an unpresented payment.
    await octoberFinished();
    await novemberPaymentFor([{ date: '2027-01-05', amountMinor: -80_000 }]);
    expect(await finish('2026-11-30', OCTOBER_CLOSE - 80_000)).toContain('Reconciliation #2 to 2026-11-30 finished');
    await books([{ date: '2026-12-10', amountMinor: -80_000, reference: 'CHQ 000480', description: 'Okon Freight' }]);
    const december = await statementPage('2026-12-31', OCTOBER_CLOSE - 80_000);
    expect(pageText(december)).not.toContain('posted by the books since');
    expect(figure(december, 'unpresented-payments')).toBe('-₦800.00');
    expect(pageText(december)).toContain('NIP TRF TO OKON FREIGHT BILL-770');
    expect(await finish('2026-12-31', OCTOBER_CLOSE - 80_000)).toContain('Reconciliation #3 to 2026-12-31 finished');
    expect(figure(await statementPage('2027-01-31', OCTOBER_CLOSE - 80_000), 'difference')).toBe('₦0.00');
  });
});

describe('a line carried as recorded later, once the books date its entry (activities/report-builder.ts)', () => {
  it('clears the residual it leaves once the books date the rest, after the month with the residual is finished', async () => {
    // Now: December takes the caught-up match into the period (caughtUpInPeriod) and lists what the books still lack
    // (₦25.00, BILL-771 dated 5 January) as the match's residual; finishing December stores it as an adjustment
    // (carry-forward.ts carryOf). In January BILL-771 counts among the book entries since (bookBalanceOf `since`), but
    // it is left out of the ledger entries (clearedBefore: its group's line is dated before January), so the carried
    // adjustment finds no entry posting it (buildStatement, cf.adjustments) and stays a debit not in the books: the
    // ₦25.00 counts twice, a difference of ₦25.00. (statement-books-catch-up.test.ts checks January only with December
    // not finished.) Should: January balances, neither the residual nor BILL-771 listed.
    await octoberFinished();
    await novemberPaymentFor([
      { date: '2026-12-03', amountMinor: -2_500 },
      { date: '2027-01-05', amountMinor: -2_500 },
    ]);
    expect(await finish('2026-11-30', OCTOBER_CLOSE - 5_000)).toContain('Reconciliation #2 to 2026-11-30 finished');
    expect(await finish('2026-12-31', OCTOBER_CLOSE - 5_000)).toContain('Reconciliation #3 to 2026-12-31 finished');
    const january = await statementPage('2027-01-31', OCTOBER_CLOSE - 5_000);
    expect(pageText(january)).not.toContain('OKON FREIGHT');
    expect(figure(january, 'difference')).toBe('₦0.00');
  });

  it('clears the line when the books re-date its entry back into the finished month', async () => {
    // Now: November carried the line as recorded later (BILL-770 dated 3 December); a pull then re-dates BILL-770 in
    // place to 28 November (ledger-sync-repository updates entry_date, created_at stays). December's caughtUpInPeriod
    // takes the group in (dated on or before the end), but buildStatement drops the entry as clearedEarlier (dated in
    // the finished month, not its item) and lists the line as recorded later again; bookBalanceOf counts it nowhere
    // (not an item kept, dated in the month, recorded before the finish). The line is listed for good and the balance
    // per books stays ₦388,000.00 while the books hold ₦387,200.00. Should: the line is cleared, and the carried balance
    // moves by the entry the books moved into the finished month, named in its note.
    await octoberFinished();
    const [bill] = await novemberPaymentFor([{ date: '2026-12-03', amountMinor: -80_000 }]);
    expect(await finish('2026-11-30', OCTOBER_CLOSE - 80_000)).toContain('Reconciliation #2 to 2026-11-30 finished');
    await h.db.db.updateTable('ledger_entries').set({ entry_date: '2026-11-28' }).where('id', '=', bill!).execute();
    const december = await statementPage('2026-12-31', OCTOBER_CLOSE - 80_000);
    expect(pageText(december)).not.toContain('OKON FREIGHT');
    expect(figure(december, 'balance-per-books')).toBe('₦387,200.00');
    expect(figure(december, 'difference')).toBe('₦0.00');
  });
});
