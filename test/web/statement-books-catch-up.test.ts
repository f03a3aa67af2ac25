/**
 * The books catching up with a line a finished reconciliation carried (its entry dated after that period, or a charge
 * they post after it), and the books closing an entry an agreed start held as settled: each moves the next statement
 * once, by what the books did, and leaves no difference nothing names.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createReconciliationService } from '../../activities/reconciliation-service.js';
import { syncLedgerEntries } from '../../db/ledger-sync-repository.js';
import { seedBank, seedLedger } from '../reconciliation/seed.js';
import { decideEverything } from './support/decisions.js';
import { validateReportDocument } from '../reports/report-schema.js';
import { typed } from './support/decisions.js';
import { createHarness, type Harness } from './support/harness.js';
import { figure, Months, OCTOBER_CLOSE } from './support/months.js';
import { get, pageText, post, type Session, signIn } from './support/session.js';

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

/** A November payment matched by hand to the supplier's bills, which the books date as given. */
async function novemberPaymentFor(bills: Array<{ date: string; amountMinor: number }>): Promise<number> {
  const ids = await seedLedger(
    h.db.db,
    `books-${h.accountId}`,
    bills.map((b, i) => ({ ...b, reference: `BILL-77${i}`, description: 'Okon Freight' })),
  );
  const paid = bills.reduce((s, b) => s + b.amountMinor, 0);
  const [line] = await seedBank(h.db.db, h.accountId, [
    { date: '2026-11-12', amountMinor: paid, narration: 'NIP TRF TO OKON FREIGHT BILL-770' },
  ]);
  await h.db.db
    .updateTable('bank_transactions')
    .set({ balance_minor: OCTOBER_CLOSE + paid })
    .where('id', '=', line!)
    .execute();
  await createReconciliationService({ db: h.db.db }).manualMatch({
    accountId: h.accountId,
    bankIds: [line!],
    ledgerIds: ids,
    actor: 'rita',
  });
  return line!;
}

describe('a line carried as recorded later, once the books date its entry', () => {
  it('is counted once in the period the entry is dated in', async () => {
    await octoberFinished();
    await novemberPaymentFor([{ date: '2026-12-03', amountMinor: -80_000 }]);
    const november = await statementPage('2026-11-30', OCTOBER_CLOSE - 80_000);
    // the books lack the bill at 30 November: the line is a debit not in the books
    expect(pageText(november)).toContain('NIP TRF TO OKON FREIGHT BILL-770 (booked later) ₦800.00');
    expect(figure(november, 'difference')).toBe('₦0.00');
    expect(await finish('2026-11-30', OCTOBER_CLOSE - 80_000)).toContain('Reconciliation #2 to 2026-11-30 finished');

    // December: the books hold the bill now, and the line is no longer carried
    const december = await statementPage('2026-12-31', OCTOBER_CLOSE - 80_000);
    expect(pageText(december)).not.toContain('OKON FREIGHT');
    expect(figure(december, 'difference')).toBe('₦0.00');
  });

  it('leaves what the books still lack as a residual until they date the rest', async () => {
    await octoberFinished();
    await novemberPaymentFor([
      { date: '2026-12-03', amountMinor: -2_500 },
      { date: '2027-01-05', amountMinor: -2_500 },
    ]);
    expect(await finish('2026-11-30', OCTOBER_CLOSE - 5_000)).toContain('Reconciliation #2 to 2026-11-30 finished');

    // December: one bill is the books', the other still ahead of them
    const december = await statementPage('2026-12-31', OCTOBER_CLOSE - 5_000);
    expect(pageText(december)).toContain('residual: NIP TRF TO OKON FREIGHT BILL-770 (residual of a match) ₦25.00');
    expect(figure(december, 'difference')).toBe('₦0.00');
    // January (December not finished): both are
    const january = await statementPage('2027-01-31', OCTOBER_CLOSE - 5_000);
    expect(pageText(january)).not.toContain('OKON FREIGHT');
    expect(figure(january, 'difference')).toBe('₦0.00');
  });
});

describe('a line carried as not in the books, once the books post it', () => {
  it('is cleared with the entry posting it, named in a note, and carried no further', async () => {
    await octoberFinished();
    // October's transfer fee and POS subscription were debits not in the books; the books post them in November
    await seedLedger(h.db.db, `books-${h.accountId}`, [
      {
        date: '2026-11-03',
        amountMinor: -1_500_000,
        reference: 'JNL-9',
        description: 'POS terminal annual subscription',
      },
      { date: '2026-11-03', amountMinor: -5_375, reference: 'JNL-10', description: 'NIP transfer fee Oct' },
    ]);
    await h.db.db.updateTable('ledger_entries').set({ ledger_account: '1010' }).execute();
    const november = await statementPage('2026-11-30', OCTOBER_CLOSE);
    // neither the journals as unpresented payments nor the lines as debits not in the books
    expect(figure(november, 'unpresented-payments')).toBe('₦0.00');
    expect(figure(november, 'debits-not-in-books')).toBe('-₦100.00');
    expect(figure(november, 'difference')).toBe('₦0.00');
    expect(pageText(november)).toContain(
      'Carried forward and posted by the books since, so neither is an item: 2026-10-05 NIP TRANSFER FEE (-₦53.75) by 2026-11-03 JNL-10 NIP transfer fee Oct; 2026-10-08 POS TERMINAL ANNUAL SUBSCRIPTION (-₦15,000.00) by 2026-11-03 JNL-9 POS terminal annual subscription.',
    );
    // the report document keeps each pair, valid against its schema, so that a posting voided later brings its line back
    const doc = JSON.parse(
      (await get(h.app, rita, `/accounts/${h.accountId}/statement.json?end=2026-11-30&balance=${typed(OCTOBER_CLOSE)}`))
        .body,
    ) as { statements: Array<{ statement: { postedByBooks?: Array<{ description: string; postedBy: string }> } }> };
    validateReportDocument(doc);
    expect(doc.statements[0]!.statement.postedByBooks?.map((i) => i.description)).toEqual([
      'NIP TRANSFER FEE',
      'POS TERMINAL ANNUAL SUBSCRIPTION',
    ]);
    expect(await finish('2026-11-30', OCTOBER_CLOSE)).toContain('Reconciliation #2 to 2026-11-30 finished');
    // the signed print says why October's charges are no longer listed
    const print = pageText((await get(h.app, rita, `/accounts/${h.accountId}/statement/2/print`)).body);
    expect(print).toContain('Notes');
    expect(print).toContain('Carried forward and posted by the books since, so neither is an item');
    const december = await statementPage('2026-12-31', OCTOBER_CLOSE);
    expect(pageText(december)).not.toContain('POS TERMINAL');
    expect(pageText(december)).not.toContain('JNL-9');
    expect(figure(december, 'difference')).toBe('₦0.00');
  });
});

describe('an entry an agreed starting point held as settled, closed by the books after it', () => {
  const START = '2026-10-04';
  /** The start agreed at 4 October with every entry up to it settled, its later lines decided. */
  async function agreedStart(): Promise<void> {
    const ada = await signIn(h.app, 'ada');
    const agreed = { date: START, balance: '348,000.00', books: '₦358,000.00', reason: 'Reconciled to 4 Oct in Sage' };
    expect((await post(h.app, ada, `/accounts/${h.accountId}/statement/start`, agreed, false)).statusCode).toBe(303);
    await decideEverything(h, 'rita', START);
  }
  /** The books' pull closes SI-1001 (30 September, ₦125,000.00), which the agreed ₦358,000.00 held. */
  async function booksClose(reason: 'gone' | 'paid'): Promise<void> {
    const row = await h.db.db
      .selectFrom('ledger_entries')
      .select(['external_id', 'source_id'])
      .where('reference', '=', 'SI-1001')
      .executeTakeFirstOrThrow();
    await syncLedgerEntries(h.db.db, {
      sourceId: row.source_id,
      label: 'books-catch-up',
      entries: [],
      closed: [{ id: row.external_id, reason }],
    });
  }
  const booksAtOctober = async () =>
    figure((await get(h.app, rita, `/accounts/${h.accountId}/statement?end=2026-10-31`)).body, 'balance-per-books');

  it('moves the carried balance when the books delete it', async () => {
    await agreedStart();
    expect(await booksAtOctober()).toBe('₦388,000.00');
    await booksClose('gone');
    expect(await booksAtOctober()).toBe('₦263,000.00');
  });

  it('leaves it when the books close it as paid (its amount is still theirs)', async () => {
    await agreedStart();
    await booksClose('paid');
    expect(await booksAtOctober()).toBe('₦388,000.00');
  });
});
