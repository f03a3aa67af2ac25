/**
 * Review of session 29's statement changes (d938ae4..76d5abf): the carried-line pairing, a line carried as recorded
 * later caught up by the books, and what a finished statement carries. Each test is a defect, named by what the app
 * should do; its comment says what it does now and where.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createReconciliationService } from '../../activities/reconciliation-service.js';
import { seedBank, seedLedger } from '../reconciliation/seed.js';
import { booksBalance, decideEverything, typed } from './support/decisions.js';
import { createHarness, type Harness } from './support/harness.js';
import { follow, get, pageText, post, type Session, signIn } from './support/session.js';

const figure = (page: string, name: string) =>
  new RegExp(`data-figure="${name}"[^>]*>\\s*(?:<[^>]+>\\s*)*(-?₦[\\d,]+\\.\\d{2})`).exec(page)?.[1];
/** The bank's balance at the end of October (the harness's lines from ₦100,000.00). */
const OCTOBER_CLOSE = 37_284_625;

let h: Harness;
let rita: Session;
beforeEach(async () => {
  h = await createHarness({}, 'sqlite');
  await h.db.db.updateTable('accounts').set({ synced_through: '2027-01-31' }).where('id', '=', h.accountId).execute();
  rita = await signIn(h.app, 'rita');
});
afterEach(async () => h?.close());

const statementPage = async (end: string, balanceMinor: number) =>
  (await get(h.app, rita, `/accounts/${h.accountId}/statement?end=${end}&balance=${typed(balanceMinor)}`)).body;

async function finish(end: string, balanceMinor: number, books?: number): Promise<string> {
  const done = await post(
    h.app,
    rita,
    `/accounts/${h.accountId}/statement/finish`,
    { end, balance: typed(balanceMinor), ...(books === undefined ? {} : { books: typed(books) }) },
    false,
  );
  return pageText((await follow(h.app, rita, done)).body);
}

/** October decided and finished (#1): its transfer fee and POS subscription carried as debits not in the books. */
async function octoberFinished(): Promise<void> {
  await decideEverything(h);
  expect(await finish('2026-10-31', OCTOBER_CLOSE, await booksBalance(h))).toContain(
    'Reconciliation #1 to 2026-10-31 finished',
  );
}

/** Book entries of the bound ledger account (1010). */
async function books(entries: Parameters<typeof seedLedger>[2]): Promise<number[]> {
  const ids = await seedLedger(h.db.db, `books-${h.accountId}`, entries);
  await h.db.db.updateTable('ledger_entries').set({ ledger_account: '1010' }).where('id', 'in', ids).execute();
  return ids;
}

/** A bank line with its running balance, matched by hand to book entries. */
async function lineMatchedTo(
  line: { date: string; amountMinor: number; narration: string; balanceMinor: number },
  ledgerIds: number[],
): Promise<number> {
  const [id] = await seedBank(h.db.db, h.accountId, [line]);
  await h.db.db
    .updateTable('bank_transactions')
    .set({ balance_minor: line.balanceMinor })
    .where('id', '=', id!)
    .execute();
  await createReconciliationService({ db: h.db.db }).manualMatch({
    accountId: h.accountId,
    bankIds: [id!],
    ledgerIds,
    actor: 'rita',
  });
  return id!;
}

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
