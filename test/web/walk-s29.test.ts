/**
 * Session 29's walk through three consecutive months of one account (October finished, then November, then
 * December), as a finance team reconciles in Xero or QuickBooks: the books catching up late, entries the books change
 * after a month was finished, and months reopened while a later one is in progress. Each test is a defect found on
 * the walk, named by what the app should do; each fails on the code as walked, for the reason in its comment.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { read, utils, type WorkBook } from 'xlsx';
import { createReconciliationService } from '../../activities/reconciliation-service.js';
import { seedBank, seedLedger } from '../reconciliation/seed.js';
import { booksBalance } from './support/decisions.js';
import { createHarness, type Harness } from './support/harness.js';
import { booksNowSay as sayOf, figure, Months, OCTOBER_CLOSE } from './support/months.js';
import { follow, get, pageText, post, type Session, signIn } from './support/session.js';

const text = pageText;

let h: Harness;
let m: Months;
let ada: Session;
let rita: Session;
beforeEach(async () => {
  h = await createHarness({}, 'sqlite');
  await h.db.db.updateTable('accounts').set({ synced_through: '2027-01-31' }).where('id', '=', h.accountId).execute();
  ada = await signIn(h.app, 'ada');
  rita = await signIn(h.app, 'rita');
  m = new Months(h, rita);
});
afterEach(async () => h?.close());

const statementPage = (end: string, balanceMinor?: number) => m.page(end, balanceMinor);

const finish = (end: string, balanceMinor?: number, books?: number) => m.finish(end, balanceMinor, books);

const octoberFinished = () => m.octoberFinished();

/** A cheque of 20 October the bank has not paid by the end of October (or November). */
async function chequeOfOctober(): Promise<number> {
  const [cheque] = await seedLedger(h.db.db, `books-${h.accountId}`, [
    { date: '2026-10-20', amountMinor: -250_000, reference: 'CHQ 000470', description: 'Kano Millers' },
  ]);
  await h.db.db.updateTable('ledger_entries').set({ ledger_account: '1010' }).where('id', '=', cheque!).execute();
  return cheque!;
}

/** Book entries of the bank's ledger account (1010), recorded at `recordedAt` (the seed's old date by default). */
async function booksPost(
  entries: Array<{ date: string; amountMinor: number; reference: string; description: string }>,
  recordedAt?: string,
): Promise<number[]> {
  const ids = await seedLedger(h.db.db, `books-${h.accountId}`, entries);
  await h.db.db
    .updateTable('ledger_entries')
    .set({ ledger_account: '1010', ...(recordedAt ? { created_at: recordedAt } : {}) })
    .where('id', 'in', ids)
    .execute();
  return ids;
}

/** What the books' next pull says of an entry already stored: the same id, with its date or amount changed. */
const booksNowSay = async (id: number, change: { date?: string; amountMinor?: number }) => {
  await sayOf(h, id, change);
};

const entryId = async (reference: string): Promise<number> =>
  Number(
    (
      await h.db.db
        .selectFrom('ledger_entries')
        .select('id')
        .where('reference', '=', reference)
        .executeTakeFirstOrThrow()
    ).id,
  );

const workbook = async (id: number): Promise<WorkBook> => {
  const res = await get(h.app, rita, `/accounts/${h.accountId}/statement/${id}/report.xlsx`);
  expect(res.statusCode).toBe(200);
  return read(res.rawPayload);
};
const sheet = (wb: WorkBook, name: string): string[][] =>
  utils.sheet_to_json<string[]>(wb.Sheets[name]!, { header: 1, raw: false, defval: '' });
const summaryRow = (wb: WorkBook, label: string): string[] => sheet(wb, 'Summary').find((r) => r[0] === label) ?? [];

describe('walk s29: October’s bank charges, which the books post after October was finished', () => {
  it('clears two carried charges with the one journal the books post for the month’s charges', async () => {
    // Saw: October finished with NIP TRANSFER FEE (-₦53.75) and POS TERMINAL ANNUAL SUBSCRIPTION (-₦15,000.00) as
    // debits not in the books. On 2 November the books post one journal for October's charges, -₦15,053.75, naming
    // both. November's statement lists the journal as an unpresented payment (-₦15,053.75) and still lists both
    // charges as debits not in the books: the difference is ₦0.00 only because the two cancel, November is finished
    // so, and December carries all three again, for good: the journal is no payment any bank line will ever clear.
    // adapters/reports/carried-postings.ts takeCarriedPostings pairs one entry with one line of its exact amount
    // ("each entry posts one line"), so a journal for a month of charges pairs nothing.
    await octoberFinished();
    await booksPost([
      {
        date: '2026-11-02',
        amountMinor: -1_505_375,
        reference: 'JNL-20',
        description: 'October bank charges: NIP transfer fee, POS terminal subscription',
      },
    ]);
    const november = await statementPage('2026-11-30');
    expect(figure(november, 'difference')).toBe('₦0.00');
    // the journal is not a payment waiting for the bank, and the charges are in the books now
    expect(figure(november, 'unpresented-payments')).toBe('₦0.00');
    expect(figure(november, 'debits-not-in-books')).toBe('-₦100.00'); // Okon's short payment's residual alone
  });

  it('clears a carried charge with the journal the books date back to the last day of the finished month', async () => {
    // Saw: October finished (#1) with NIP TRANSFER FEE -₦53.75 as a debit not in the books. In November the
    // accountant journals it as most firms do, dated 31 October (the month it belongs to), recorded after #1 was
    // finished. November's statement lists "2026-10-31 JNL-31 NIP transfer fee Oct (carried forward)" as an
    // unpresented payment of ₦53.75 and still lists the fee as a debit not in the books: both carried for good,
    // cancelling. Dated 3 November the same journal pairs with the fee. activities/report-builder.ts puts an entry
    // dated in the finished period but recorded after it among carriedForward.items, and
    // adapters/reports/carried-postings.ts takeCarriedPostings only pairs an entry that is not itself carried.
    await octoberFinished();
    await booksPost(
      [{ date: '2026-10-31', amountMinor: -5_375, reference: 'JNL-31', description: 'NIP transfer fee Oct' }],
      new Date(Date.now() + 60_000).toISOString(),
    );
    const november = await statementPage('2026-11-30');
    expect(figure(november, 'difference')).toBe('₦0.00');
    expect(figure(november, 'unpresented-payments')).toBe('₦0.00');
    // the POS subscription and Okon's residual are still not in the books; the transfer fee is
    expect(figure(november, 'debits-not-in-books')).toBe('-₦15,100.00');
    expect(text(november)).toContain('2026-10-05 NIP TRANSFER FEE (-₦53.75) by 2026-10-31 JNL-31');
  });
});

describe('walk s29: an entry October cleared whose amount the books change after October was finished', () => {
  it('moves the carried balance per books by the change, and names it', async () => {
    // Saw: SI-1002 (Kano Traders, ₦80,000.00) was cleared in October by TRF FROM KANO TRADERS ₦80,000.00 and
    // October finished (#1) with the books at ₦388,000.00. In November the books' pull says SI-1002 is ₦79,000.00
    // (a credit note netted into the invoice). November's balance per books stays "carried forward" at ₦388,000.00
    // with "0 book entries since", the difference ₦0.00: the books now hold ₦387,000.00, and the ₦1,000.00 the bank
    // received beyond what the books say appears nowhere. Voided, the same entry would move the balance (a note
    // names it); changed in amount, or re-dated past the period end, it does not. activities/report-builder-books.ts
    // bookBalanceOf follows only the checkpoint's outstanding entries (outstandingChanges) and settled ones the books
    // close (settledClosed, from db/ledger-repository.ts listClosedSince), never a settled entry changed in place.
    await octoberFinished();
    await booksNowSay(await entryId('SI-1002'), { amountMinor: 7_900_000 });
    const november = await statementPage('2026-11-30');
    // Fixed: db/ledger-sync-repository.ts takes a matched entry's change beyond its own write-back's echo and keeps
    // the before and after (ledger_entry_changes); bookBalanceOf moves the carried balance by it.
    expect(figure(november, 'balance-per-books')).toBe('₦387,000.00');
    expect(text(november)).toContain(
      'with 1 entry it held as settled that the books have changed since (2026-10-01 SI-1002: ₦80,000.00 → ₦79,000.00)',
    );
    // the bank received ₦1,000.00 more than the books now say: a real difference, not hidden
    expect(figure(november, 'difference')).toBe('₦1,000.00');
  });

  it('holds an entry October cleared once when the books re-date it into November', async () => {
    await octoberFinished();
    await booksNowSay(await entryId('SI-1002'), { date: '2026-11-03' });
    const november = await statementPage('2026-11-30');
    // in October's balance already: not a book entry of November as well
    expect(figure(november, 'balance-per-books')).toBe('₦388,000.00');
    expect(figure(november, 'difference')).toBe('₦0.00');
  });

  it('takes an entry October cleared out of the carried balance when the books re-date it past the period end', async () => {
    await octoberFinished();
    await booksNowSay(await entryId('SI-1002'), { date: '2026-12-03' });
    const november = await statementPage('2026-11-30');
    expect(figure(november, 'balance-per-books')).toBe('₦308,000.00');
    expect(text(november)).toContain('(2026-10-01 SI-1002: ₦80,000.00 → dated 2026-12-03)');
  });
});

describe('walk s29: a finished month’s workbook stays as signed', () => {
  it('keeps the amount and the balance it was signed with when the books change an outstanding cheque later', async () => {
    // Saw: October finished (#1) with CHQ 000470 -₦2,500.00 unpresented, difference ₦0.00, and November (#2) with it
    // still unpresented. In December the books' pull says the cheque is -₦2,600.00. Both finished months' workbooks,
    // downloaded again, now say "Less: unpresented payments -₦2,600.00" and "Difference -₦100.00 NOT BALANCED:
    // investigate", while their print pages and CSVs say -₦2,500.00 and ₦0.00. web/routes/statement-routes.ts
    // report.xlsx rebuilds with buildAccountReport's asOf cut (activities/report-builder.ts), which leaves out rows
    // recorded after the finish (created_at) but reads every kept row's amount, date and status as the books hold
    // them today (db/ledger-sync-repository.ts syncLedgerEntries updates a row in place).
    const cheque = await chequeOfOctober();
    await octoberFinished();
    expect(await finish('2026-11-30')).toContain('Reconciliation #2 to 2026-11-30 finished by Rita');
    await booksNowSay(cheque, { amountMinor: -260_000 });
    for (const id of [1, 2]) {
      const wb = await workbook(id);
      expect(summaryRow(wb, 'Less: unpresented payments')[2]).toBe('-₦2,500.00');
      expect(summaryRow(wb, 'Difference')[2]).toBe('₦0.00');
    }
  });

  it('keeps the items it was signed with after it is reopened and the month decided again', async () => {
    // Saw: October (#1) and November (#2) finished with SI-1003 ₦43,000.00 a deposit in transit and the line of
    // 4 October (₦43,000.00) a credit not in the books, explained as bank-only. In December the admin reopens #2 and
    // #1, the reviewer undoes the bank-only and matches the line to SI-1003, and October and November are finished
    // again (#3, #4). History still lists #1 and #2 ("reopened by Ada"), and their print pages and CSVs still list
    // both items; their workbooks list neither ("Add: deposits in transit 0 ₦0.00", adjusted balances ₦372,846.25 where
    // #1 was signed at ₦415,846.25). activities/report-builder.ts buildAccountReport reads today's match groups
    // (repo.listGroups) whatever asOf says, and carries #2's period from #3 (the statement repository's latest()
    // skips reopened ones), not from #1 it was signed after.
    await octoberFinished();
    expect(await finish('2026-11-30')).toContain('Reconciliation #2 to 2026-11-30 finished by Rita');
    const before = (await workbook(1)).Sheets;
    expect(summaryRow({ Sheets: before } as WorkBook, 'Adjusted bank balance')[2]).toBe('₦415,846.25');
    for (const id of [2, 1]) {
      const res = await post(
        h.app,
        ada,
        `/accounts/${h.accountId}/statement/${id}/reopen`,
        { reason: 'SI-1003 was the line of 4 October' },
        false,
      );
      expect(res.statusCode).toBe(303);
    }
    const service = createReconciliationService({ db: h.db.db });
    const held = await h.db.db
      .selectFrom('match_items')
      .select('group_id')
      .where('side', '=', 'bank')
      .where('item_id', '=', h.bank[2]!)
      .where('active', '=', 1)
      .executeTakeFirstOrThrow();
    const decided = await h.db.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'manual_match')
      .where('entity_id', '=', String(held.group_id))
      .executeTakeFirstOrThrow();
    await service.undo(Number(decided.id), 'rita');
    await service.manualMatch({
      accountId: h.accountId,
      bankIds: [h.bank[2]!],
      ledgerIds: [await entryId('SI-1003')],
      actor: 'rita',
    });
    expect(await finish('2026-10-31', OCTOBER_CLOSE, await booksBalance(h))).toContain('Reconciliation #3');
    expect(await finish('2026-11-30')).toContain('Reconciliation #4');

    // the print page of #1 still lists the deposit in transit it was signed with; its workbook must too
    expect(text((await get(h.app, rita, `/accounts/${h.accountId}/statement/1/print`)).body)).toContain(
      '2026-10-02 · SI-1003',
    );
    const wb = await workbook(1);
    expect(summaryRow(wb, 'Add: deposits in transit').slice(1, 3)).toEqual(['1', '₦43,000.00']);
    expect(summaryRow(wb, 'Adjusted bank balance')[2]).toBe('₦415,846.25');
    expect(sheet(wb, 'Reconciling items').some((r) => r[0] === 'Deposit in transit' && r[3] === 'SI-1003')).toBe(true);
  });

  it('keeps the cheque it left outstanding on its Unmatched ledger sheet once a later month’s line pays it', async () => {
    // Saw: October (#1) and November (#2) finished with CHQ 000470 unpresented; the bank pays it on 10 December and
    // the reviewer matches it. Both workbooks downloaded again: "Unmatched ledger entries 1" where they said 2, and
    // CHQ 000470 gone from their Unmatched ledger sheet, while their Reconciling items sheet and print page still
    // list it as unpresented. activities/report-builder.ts buildAccountReport: unmatchedLedger leaves out every entry
    // any active group holds (matchedLedger, over all groups whenever decided), not cut at asOf.
    const cheque = await chequeOfOctober();
    await octoberFinished();
    expect(await finish('2026-11-30')).toContain('Reconciliation #2 to 2026-11-30 finished by Rita');
    const [paid] = await seedBank(h.db.db, h.accountId, [
      { date: '2026-12-10', amountMinor: -250_000, narration: 'CHQ 000470 PAID' },
    ]);
    await h.db.db
      .updateTable('bank_transactions')
      .set({ balance_minor: OCTOBER_CLOSE - 250_000, first_seen_at: new Date(Date.now() + 60_000).toISOString() })
      .where('id', '=', paid!)
      .execute();
    await createReconciliationService({ db: h.db.db }).manualMatch({
      accountId: h.accountId,
      bankIds: [paid!],
      ledgerIds: [cheque],
      actor: 'rita',
    });
    for (const id of [1, 2]) {
      const wb = await workbook(id);
      expect(summaryRow(wb, 'Unmatched ledger entries')[1]).toBe('2');
      expect(sheet(wb, 'Unmatched ledger').some((r) => r.includes('CHQ 000470'))).toBe(true);
    }
  });

  it('has in its Audit trail sheet nothing done after it was finished', async () => {
    // Saw: October's workbook (#1), downloaded after November was finished, lists "Rita · Finished a reconciliation ·
    // reconciliation #2" first, and after a December decision "Matched by hand · match #9" too: the audit trail of
    // the signed month grows with every later month. activities/report-builder.ts buildAccountReport reads
    // listRecentForAccount from the period's first day with no end, whatever asOf says.
    await octoberFinished();
    expect(await finish('2026-11-30')).toContain('Reconciliation #2 to 2026-11-30 finished by Rita');
    const finishedAt = (
      await h.db.db
        .selectFrom('statement_reconciliations')
        .select('finished_at')
        .where('id', '=', 1)
        .executeTakeFirstOrThrow()
    ).finished_at;
    const audit = sheet(await workbook(1), 'Audit trail').slice(1);
    expect(audit.length).toBeGreaterThan(0);
    expect(audit.filter((r) => r[0]! > String(finishedAt)).map((r) => `${r[2]} ${r[3]}`)).toEqual([]);
  });
});

describe('walk s29: the print page of a month carried forward from the one before', () => {
  it('names the reconciliation its books were carried forward from', async () => {
    // Saw: November's print page (#2) reads "Balance per books (carried forward from the last finished
    // reconciliation, with the book entries since)". October (#1) was reopened and finished again as #3 with other
    // items; "the last finished reconciliation" is now #3, which #2 never saw, and nothing on the signed page says
    // #1 to 2026-10-31 (the statement page's roll-forward does: "reconciliation #1 to 2026-10-31"). A month opening
    // from an agreed start names it (#n, date, balances). web/views/statement-view.ts statementPrint words the books'
    // source alone (bookBalanceSourceText, adapters/reports/report-words.ts), not the checkpoint it came from.
    await octoberFinished();
    expect(await finish('2026-11-30')).toContain('Reconciliation #2 to 2026-11-30 finished by Rita');
    const print = text((await get(h.app, rita, `/accounts/${h.accountId}/statement/2/print`)).body);
    expect(print).toContain('reconciliation #1 to 2026-10-31');
  });
});

describe('walk s29: refusals an accountant reads', () => {
  it('refuses an Unlock without a reason on the statement page, in words', async () => {
    // Saw: History's Unlock sent with the reason left empty answers a bare "Error 400" page: "Error unlock: reason:
    // say why the reconciliation is reopened · Back to the accounts", leaving the statement and its History. A
    // Finish or a starting point refused comes back to the statement with the reason as a notice.
    // web/routes/statement-routes.ts, the reopen route throws ReconciliationError('invalid_input', 'unlock: reason: …')
    // where the Finish route sets a notice and goes back (refuse).
    await octoberFinished();
    const res = await post(h.app, ada, `/accounts/${h.accountId}/statement/1/reopen`, { reason: '' }, false);
    const page = text(res.statusCode === 303 ? (await follow(h.app, ada, res)).body : res.body);
    expect(page).not.toContain('unlock: reason:');
    expect(page).toContain('History');
    expect(page).toMatch(/reason/i);
  });
});
