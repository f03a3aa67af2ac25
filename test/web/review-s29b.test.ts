/**
 * Second review of session 29's statement changes (d938ae4..309be7b): carried lines cleared by the books' postings, a
 * residual set against the entry posting it, an agreed start with bank lines, over consecutive finished months. Each
 * test is a defect, named by what the app should do; its comment says what it does now and where.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createReconciliationService } from '../../activities/reconciliation-service.js';
import { runningBalanceAt } from '../../db/bank-transaction-repository.js';
import { syncLedgerEntries } from '../../db/ledger-sync-repository.js';
import { seedLedger } from '../reconciliation/seed.js';
import { decideEverything, typed } from './support/decisions.js';
import { createHarness, type Harness } from './support/harness.js';
import { figure, Months, OCTOBER_CLOSE } from './support/months.js';
import { follow, get, pageText, post, type Session, signIn } from './support/session.js';

let h: Harness;
let m: Months;
let rita: Session;
beforeEach(async () => {
  h = await createHarness({}, 'sqlite');
  await h.db.db.updateTable('accounts').set({ synced_through: '2027-02-28' }).where('id', '=', h.accountId).execute();
  rita = await signIn(h.app, 'rita');
  m = new Months(h, rita);
});
afterEach(async () => h?.close());

const statementPage = (end: string, balanceMinor?: number) => m.page(end, balanceMinor);

const finish = (end: string, balanceMinor?: number, books?: number) => m.finish(end, balanceMinor, books);

const octoberFinished = () => m.octoberFinished();

const books = (entries: Parameters<typeof seedLedger>[2]) => m.books(entries);

const lineMatchedTo = (...a: Parameters<Months['lineMatchedTo']>) => m.lineMatchedTo(...a);

describe('a residual a finished reconciliation carried, once the books post it (adapters/reports/statement.ts)', () => {
  it('sets the residual against the entry of its own match, not an unpresented cheque of the same amount', async () => {
    // Now: November's payment to Okon Freight (₦50.00) is matched to BILL-770 and BILL-771; December, finished, carries
    // ₦25.00 as the match's residual (BILL-771 dated 5 January). January keeps BILL-771 as the residual's posting
    // (report-builder.ts postsResidual), but buildStatement's carried-adjustments loop sets the residual against the
    // first outstanding entry of its amount, whatever it is: here CHQ 000490 of 2 January (an unrelated cheque not yet
    // presented). January lists BILL-771, the supplier's bill matched in November, as an unpresented payment and
    // hides the cheque. Finished so, February opens with the cheque settled at January's cut: when the bank pays it
    // the line is listed as a debit "recorded later" (its entry clearedEarlier), BILL-771 drops out unseen, and the
    // difference is ₦25.00 with nothing naming it. Should: the residual is set against its own match's entry
    // (BILL-771), the cheque is January's unpresented payment and February balances once the bank pays it.
    await octoberFinished();
    const bills = await books([
      { date: '2026-12-03', amountMinor: -2_500, reference: 'BILL-770', description: 'Okon Freight' },
      { date: '2027-01-05', amountMinor: -2_500, reference: 'BILL-771', description: 'Okon Freight' },
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
    expect(await finish('2026-11-30', OCTOBER_CLOSE - 5_000)).toContain('Reconciliation #2 to 2026-11-30 finished');
    expect(await finish('2026-12-31', OCTOBER_CLOSE - 5_000)).toContain('Reconciliation #3 to 2026-12-31 finished');
    const [cheque] = await books([
      { date: '2027-01-02', amountMinor: -2_500, reference: 'CHQ 000490', description: 'Ade stationery' },
    ]);
    const january = await statementPage('2027-01-31', OCTOBER_CLOSE - 5_000);
    expect.soft(pageText(january)).not.toContain('BILL-771');
    expect.soft(pageText(january)).toContain('CHQ 000490');
    expect(figure(january, 'difference')).toBe('₦0.00');
    expect(await finish('2027-01-31', OCTOBER_CLOSE - 5_000)).toContain('Reconciliation #4 to 2027-01-31 finished');
    await lineMatchedTo(
      { date: '2027-02-03', amountMinor: -2_500, narration: 'CHQ 000490 ADE', balanceMinor: OCTOBER_CLOSE - 7_500 },
      [cheque!],
    );
    const february = await statementPage('2027-02-28', OCTOBER_CLOSE - 7_500);
    expect.soft(pageText(february)).not.toContain('CHQ 000490 ADE');
    expect(figure(february, 'difference')).toBe('₦0.00');
  });
});

describe('a carried line posted by the books, then the posting voided (adapters/reports/carried-postings.ts)', () => {
  // the pairs are kept with the finished statement (its postings, the document's postedByBooks): a posting the books
  // void later brings its line back (report-builder.ts unposted)
  it('balances the month after, when the books void the journal that posted a carried charge and post it again', async () => {
    // Now: November pairs October's NIP TRANSFER FEE with the books' JNL-10 (takeCarriedPostings) and, finished, carries
    // neither: JNL-10 is settled at November's cut and the fee line is gone for good. In December the books void
    // JNL-10 and post the fee again as JNL-11. report-builder.ts (listClosedSince) takes JNL-10 out of the carried
    // balance (+₦53.75, named) and JNL-11 in (-₦53.75), but the fee line is no longer carried, so JNL-11 has nothing
    // to pair with and is listed as an unpresented payment the bank will never clear: December's difference is
    // -₦53.75 and cannot be finished. Should: the line the voided posting cleared is not in the books again (carried
    // until the books post it), JNL-11 posts it, and December balances.
    await octoberFinished();
    const [jnl10] = await books([
      { date: '2026-11-03', amountMinor: -5_375, reference: 'JNL-10', description: 'NIP transfer fee Oct' },
    ]);
    const november = await statementPage('2026-11-30', OCTOBER_CLOSE);
    expect(pageText(november)).toContain('by 2026-11-03 JNL-10 NIP transfer fee Oct');
    expect(await finish('2026-11-30', OCTOBER_CLOSE)).toContain('Reconciliation #2 to 2026-11-30 finished');
    const row = await h.db.db
      .selectFrom('ledger_entries')
      .select(['external_id', 'source_id'])
      .where('id', '=', jnl10!)
      .executeTakeFirstOrThrow();
    await syncLedgerEntries(h.db.db, {
      sourceId: row.source_id,
      label: 'review-s29b',
      entries: [],
      closed: [{ id: row.external_id, reason: 'voided' }],
    });
    await books([
      { date: '2026-12-02', amountMinor: -5_375, reference: 'JNL-11', description: 'NIP transfer fee Oct (again)' },
    ]);
    const december = await statementPage('2026-12-31', OCTOBER_CLOSE);
    expect(figure(december, 'unpresented-payments')).toBe('₦0.00');
    expect(figure(december, 'difference')).toBe('₦0.00');
  });
});

describe('an agreed starting point with a line the books recorded after it (activities/statement-starting-point.ts)', () => {
  const START = '2026-10-05';
  it('never takes another entry as the posting of a line ticked at the start whose own entry is still to come', async () => {
    // Now: the fee of 5 October is matched to the books' NIP transfer fee entry dated 10 November (bankLinesOpenAt:
    // "recorded it on 2026-11-10, after the start") and ticked at the start. outstandingItems (statement-starting-
    // point.ts) keeps it without a group, so buildStatement carries it as 'unexplained', not 'recorded-later', and
    // takeCarriedPostings pairs it with October's unpresented transfer to Ade savings of the same amount (word
    // TRANS(FER)): October lists neither and says the fee was posted by the transfer. Finished so, the transfer is
    // settled at October's cut though the bank has not paid it, the fee is carried no further, and in November its own
    // entry (JNL-20, 10 November) counts among the book entries since with nothing listed against it: November's
    // difference is ₦53.75 and nothing names it. Should: a line ticked at the start that is matched to a later entry
    // is carried as recorded later and waits for that entry (as review-s29's second test for a finished month): the
    // transfer stays October's unpresented payment, and November balances.
    const ada = await signIn(h.app, 'ada');
    const idOf = async (table: 'bank_transactions' | 'ledger_entries', column: 'narration' | 'reference', v: string) =>
      (await h.db.db.selectFrom(table).select('id').where(column, '=', v).executeTakeFirstOrThrow()).id;
    const fee = Number(await idOf('bank_transactions', 'narration', 'NIP TRANSFER FEE'));
    const [feeEntry] = await books([
      { date: '2026-11-10', amountMinor: -5_375, reference: 'JNL-20', description: 'NIP transfer fee 5 Oct' },
    ]);
    // the fee's rule match (no entry) undone, and the fee matched to the books' entry of 10 November
    const service = createReconciliationService({ db: h.db.db });
    const [rule] = await service.listGroups(h.accountId, { bankId: fee });
    if (rule) await service.unmatch(rule.id, 'ada');
    await service.manualMatch({
      accountId: h.accountId,
      bankIds: [fee],
      ledgerIds: [feeEntry!],
      actor: 'ada',
    });
    const bank = (await runningBalanceAt(h.db.db, h.accountId, START))!.balanceMinor;
    const si1004 = String(await idOf('ledger_entries', 'reference', 'SI-1004'));
    const form = pageText(
      (await get(h.app, ada, `/accounts/${h.accountId}/statement/start?date=${START}&books=${typed(bank)}`)).body,
    );
    expect(form).toContain('recorded it on 2026-11-10, after the start');
    const set = await post(
      h.app,
      ada,
      `/accounts/${h.accountId}/statement/start`,
      {
        date: START,
        books: typed(bank + 1_000_000 + 5_375),
        reason: 'Sage, to 5 Oct',
        listed: START,
        outstanding: [si1004],
        outstandingLines: [String(fee)],
      },
      false,
    );
    expect(set.statusCode).toBe(303);
    await decideEverything(h, 'ada', START);
    await books([
      { date: '2026-10-20', amountMinor: -5_375, reference: 'TRF-31', description: 'Transfer to Ade savings' },
    ]);
    const october = pageText((await get(h.app, ada, `/accounts/${h.accountId}/statement?end=2026-10-31`)).body);
    expect.soft(october).not.toContain('posted by the books since');
    expect.soft(october).toContain('TRF-31');
    // October balances either way; finished, November should too once the fee's entry is the books'
    const done = await post(h.app, ada, `/accounts/${h.accountId}/statement/finish`, { end: '2026-10-31' }, false);
    expect(pageText((await follow(h.app, ada, done)).body)).toContain('Reconciliation #2 to 2026-10-31 finished');
    const november = (
      await get(h.app, ada, `/accounts/${h.accountId}/statement?end=2026-11-30&balance=${typed(OCTOBER_CLOSE)}`)
    ).body;
    expect(figure(november, 'difference')).toBe('₦0.00');
  });
});

describe('the print page of a finished statement (web/routes/statement-routes.ts)', () => {
  it("keeps the statement's own note on where the balance per books came from among the notes as signed", async () => {
    // Now: the report kept at the finish is built with asSigned (statement-routes.ts reportAsSigned), and bookBalanceOf
    // (activities/report-builder-books.ts) returns no notes for a signed balance; the print page lists
    // buildStatement(kept).notes, so it says only "Balances as signed in reconciliation #2 …". November's statement, as
    // finished, said the books were carried forward from October with SI-1003's amount changed since (₦43,000.00 →
    // ₦43,500.00), which is why its balance per books is not October's plus November's entries; the signed print drops
    // it. Should: the print's notes (and the kept report) say where the balance per books came from, as the statement
    // said when it was signed.
    await octoberFinished();
    await h.db.db
      .updateTable('ledger_entries')
      .set({ amount_minor: 4_350_000 })
      .where('reference', '=', 'SI-1003')
      .execute();
    const november = pageText(await statementPage('2026-11-30', OCTOBER_CLOSE));
    expect(november).toContain('whose amount the books have changed since (2026-10-02 SI-1003');
    expect(await finish('2026-11-30', OCTOBER_CLOSE)).toContain('Reconciliation #2 to 2026-11-30 finished');
    const print = pageText((await get(h.app, rita, `/accounts/${h.accountId}/statement/2/print`)).body);
    expect(print).toContain('whose amount the books have changed since (2026-10-02 SI-1003');
  });
});
