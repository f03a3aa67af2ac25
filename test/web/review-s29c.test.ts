/**
 * Third review of session 29's statement changes (d938ae4..844b67e): residuals and write-offs a finished reconciliation
 * carried, and the books' entries posting them, over three and four consecutive finished months. Each test is a
 * defect, named by what the app should do; its comment says what it does now and where. SQLite by default, PostgreSQL
 * when BANKFEED_TEST_PG_URL is set.
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
const KIND = process.env.BANKFEED_TEST_PG_URL ? 'postgres' : 'sqlite';

let h: Harness;
let rita: Session;
beforeEach(async () => {
  h = await createHarness({}, KIND);
  await h.db.db.updateTable('accounts').set({ synced_through: '2027-02-28' }).where('id', '=', h.accountId).execute();
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

/** Book entries of the bound ledger account (1010), recorded at `recordedAt` (the seed's old instant by default). */
async function books(entries: Parameters<typeof seedLedger>[2], recordedAt?: string): Promise<number[]> {
  const ids = await seedLedger(h.db.db, `books-${h.accountId}`, entries);
  await h.db.db
    .updateTable('ledger_entries')
    .set({ ledger_account: '1010', ...(recordedAt ? { created_at: recordedAt } : {}) })
    .where('id', 'in', ids)
    .execute();
  return ids;
}

/** A bank line with its running balance, matched by hand to book entries (with a write-off account, when given). */
async function lineMatchedTo(
  line: { date: string; amountMinor: number; narration: string; balanceMinor: number },
  ledgerIds: number[],
  writeOffAccount?: string,
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
    ...(writeOffAccount ? { writeOffAccount, writeOffOverride: { reason: 'review-s29c' } } : {}),
  });
  return id!;
}

describe('a residual a finished reconciliation carried, posted by its own match’s entries (activities/report-builder.ts)', () => {
  it('sets a carried residual against its match’s entries when the books post it in two parts', async () => {
    // Now: November's payment to Okon Freight (₦50.00) is matched to BILL-770 (5 Nov, ₦25.00) and to BILL-771 and
    // BILL-772 (3 and 4 Dec, ₦12.50 each); November, finished, carries ₦25.00 as the match's residual. December's
    // adjustments loop (adapters/reports/statement.ts buildStatement) looks among the residual's own entries
    // (report-builder.ts laterEntriesOf) for ONE of the residual's whole amount: none is, so the residual stays a debit
    // not in the books and BILL-771 and BILL-772 are listed as unpresented payments though the bank paid them in
    // November (the difference is ₦0.00 only because the two wrong items cancel). Finished so, January's
    // clearedBefore (report-builder.ts) drops BILL-771 and BILL-772 (cleared by a November line, dated before
    // January) though December carried them as outstanding, while the residual is carried again with no entry left to
    // post it: January's difference is ₦25.00 with the books and the bank in agreement. Should: the two entries
    // together post the residual; December lists neither, and January balances.
    await octoberFinished();
    const bills = await books([
      { date: '2026-11-05', amountMinor: -2_500, reference: 'BILL-770', description: 'Okon Freight' },
      { date: '2026-12-03', amountMinor: -1_250, reference: 'BILL-771', description: 'Okon Freight' },
      { date: '2026-12-04', amountMinor: -1_250, reference: 'BILL-772', description: 'Okon Freight' },
    ]);
    await lineMatchedTo(
      {
        date: '2026-11-12',
        amountMinor: -5_000,
        narration: 'NIP TRF TO OKON FREIGHT BILL-770',
        balanceMinor: OCTOBER_CLOSE - 5_000,
      },
      bills,
    );
    const november = await statementPage('2026-11-30', OCTOBER_CLOSE - 5_000);
    expect(figure(november, 'difference')).toBe('₦0.00');
    expect(await finish('2026-11-30', OCTOBER_CLOSE - 5_000)).toContain('Reconciliation #2 to 2026-11-30 finished');
    const december = await statementPage('2026-12-31', OCTOBER_CLOSE - 5_000);
    expect.soft(pageText(december)).not.toContain('BILL-771');
    expect.soft(figure(december, 'unpresented-payments')).toBe('₦0.00');
    expect(figure(december, 'difference')).toBe('₦0.00');
    expect(await finish('2026-12-31', OCTOBER_CLOSE - 5_000)).toContain('Reconciliation #3 to 2026-12-31 finished');
    const january = await statementPage('2027-01-31', OCTOBER_CLOSE - 5_000);
    expect(figure(january, 'difference')).toBe('₦0.00');
  });
});

describe('a write-off a finished reconciliation carried (adapters/reports/statement.ts)', () => {
  it('never takes an unrelated cheque of the write-off’s amount as its posting', async () => {
    // Now: November's payment to Okon Freight (₦50.00) is matched to BILL-780 (₦40.00), ₦10.00 written off to Bank
    // charges; November, finished, carries the write-off. In December the books have not posted it, but an unrelated
    // cheque, CHQ 000491 to Ade stationery (₦10.00), is not yet presented. buildStatement's adjustments loop
    // (statement.ts), finding no own entry, sets the write-off against any free entry of its amount: the cheque.
    // December lists neither the write-off nor the cheque (an amount alone, which takeCarriedPostings refuses as
    // evidence: "a cheque of a fee's amount is not the fee"). Finished so, the cheque is settled at December's cut and
    // the write-off is no longer carried; when the bank pays the cheque in January its line is listed as a debit
    // not in the books (statement.ts: its entry clearedEarlier) though the books hold it, and stays so; January's
    // difference is ₦0.00 only because that line stands in for the lost write-off. Should: December lists the
    // cheque as an unpresented payment and the write-off as a debit not in the books; January lists the write-off
    // still, not the cheque's line.
    await octoberFinished();
    const [bill] = await books([
      { date: '2026-11-03', amountMinor: -4_000, reference: 'BILL-780', description: 'Okon Freight' },
    ]);
    await lineMatchedTo(
      {
        date: '2026-11-12',
        amountMinor: -5_000,
        narration: 'NIP TRF TO OKON FREIGHT BILL-780',
        balanceMinor: OCTOBER_CLOSE - 5_000,
      },
      [bill!],
      'Bank charges',
    );
    const november = await statementPage('2026-11-30', OCTOBER_CLOSE - 5_000);
    expect(figure(november, 'difference')).toBe('₦0.00');
    expect(await finish('2026-11-30', OCTOBER_CLOSE - 5_000)).toContain('Reconciliation #2 to 2026-11-30 finished');
    const [cheque] = await books([
      { date: '2026-12-02', amountMinor: -1_000, reference: 'CHQ 000491', description: 'Ade stationery' },
    ]);
    const december = await statementPage('2026-12-31', OCTOBER_CLOSE - 5_000);
    expect.soft(pageText(december)).toContain('CHQ 000491');
    expect.soft(figure(december, 'unpresented-payments')).toBe('-₦10.00');
    expect(figure(december, 'difference')).toBe('₦0.00');
    expect(await finish('2026-12-31', OCTOBER_CLOSE - 5_000)).toContain('Reconciliation #3 to 2026-12-31 finished');
    await lineMatchedTo(
      { date: '2027-01-06', amountMinor: -1_000, narration: 'CHQ 000491 ADE', balanceMinor: OCTOBER_CLOSE - 6_000 },
      [cheque!],
    );
    const january = await statementPage('2027-01-31', OCTOBER_CLOSE - 6_000);
    expect.soft(pageText(january)).not.toContain('CHQ 000491 ADE');
    expect.soft(pageText(january)).toContain('write-off to Bank charges');
    expect(figure(january, 'difference')).toBe('₦0.00');
  });
});
