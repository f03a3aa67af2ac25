/**
 * Review of the carried books' balance that holds a finished reconciliation's outstanding entries as kept
 * (7d2e78c..d323bfb), the late lines after an agreed start, and the finished statement's CSV opening row. Each test
 * fails on the code as reviewed, for the reason in its comment.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createReconciliationService } from '../../activities/reconciliation-service.js';
import { syncLedgerEntries } from '../../db/ledger-sync-repository.js';
import { seedBank, seedLedger } from '../reconciliation/seed.js';
import { booksBalance, decideEverything, typed } from './support/decisions.js';
import { booksNowSay as sayOf } from './support/months.js';
import { createHarness, type Harness } from './support/harness.js';
import { follow, get, pageText, post, type Session, signIn } from './support/session.js';

const text = pageText;
const figure = (page: string, name: string) =>
  new RegExp(`data-figure="${name}"[^>]*>\\s*(?:<[^>]+>\\s*)*(-?₦[\\d,]+\\.\\d{2})`).exec(page)?.[1];
/** The bank's balance at the end of October (the harness's lines from ₦100,000.00). */
const OCTOBER_CLOSE = 37_284_625;

let h: Harness;
let ada: Session;
let rita: Session;
beforeEach(async () => {
  h = await createHarness({}, 'sqlite');
  await h.db.db.updateTable('accounts').set({ synced_through: '2026-12-31' }).where('id', '=', h.accountId).execute();
  ada = await signIn(h.app, 'ada');
  rita = await signIn(h.app, 'rita');
});
afterEach(async () => h?.close());

const statementPage = async (end: string, extra = '') =>
  (await get(h.app, rita, `/accounts/${h.accountId}/statement?end=${end}${extra}`)).body;

/** What the books' next pull says of an entry already stored: the same id, with its date, amount or account changed. */
async function booksNowSay(id: number, change: { date?: string; amountMinor?: number; account?: string }) {
  const { before, after } = await sayOf(h, id, change);
  expect(after.created_at).toBe(before.created_at);
  if (change.account) expect(after.ledger_account).toBe(change.account);
  if (change.date) expect(after.entry_date).toBe(change.date);
}

/** A bank line after October, with the running balance the bank reports. */
async function lineAfterOctober(date: string, amountMinor: number, narration: string, balanceMinor: number) {
  const [id] = await seedBank(h.db.db, h.accountId, [{ date, amountMinor, narration }]);
  await h.db.db.updateTable('bank_transactions').set({ balance_minor: balanceMinor }).where('id', '=', id!).execute();
  return id!;
}

/** A cheque of 20 October the bank has not paid, left outstanding by October's finished reconciliation (#1). */
async function octoberFinishedWithAChequeOut(): Promise<number> {
  const [cheque] = await seedLedger(h.db.db, `books-${h.accountId}`, [
    { date: '2026-10-20', amountMinor: -250_000, reference: 'CHQ 000470', description: 'Kano Millers' },
  ]);
  await h.db.db.updateTable('ledger_entries').set({ ledger_account: '1010' }).execute();
  await decideEverything(h);
  const done = await post(
    h.app,
    rita,
    `/accounts/${h.accountId}/statement/finish`,
    { end: '2026-10-31', balance: typed(OCTOBER_CLOSE), books: typed(await booksBalance(h)) },
    false,
  );
  expect(text((await follow(h.app, rita, done)).body)).toContain('Reconciliation #1 to 2026-10-31 finished');
  expect(figure(await statementPage('2026-11-30', `&balance=${typed(OCTOBER_CLOSE)}`), 'difference')).toBe('₦0.00');
  return cheque!;
}

describe('review s28c: an entry left outstanding at a finished reconciliation', () => {
  it('leaves the carried balance when the books move it to another ledger account', async () => {
    const cheque = await octoberFinishedWithAChequeOut();
    // the cheque was posted to the wrong bank: the books move it to account 1020, out of this bank's account
    await booksNowSay(cheque, { account: '1020' });
    const page = await statementPage('2026-11-30', `&balance=${typed(OCTOBER_CLOSE)}`);
    // no longer an unpresented payment of this account (the balance's note names it as gone)
    expect(figure(page, 'unpresented-payments')).toBe('₦0.00');
    // report-builder.ts outstandingNow reads the entry by id whatever its ledger account, and outstandingChanges
    // counts it as still held (not void, dated in range): the carried balance keeps -₦2,500.00 the bank's account no
    // longer holds, while the statement (listLedgerEntriesThrough, account 1010) no longer lists it
    expect(figure(page, 'difference')).toBe('₦0.00');
  });

  // an entry dated after the period its line is matched in was counted by the next period's carried balance and its
  // carried line alike (fixed in session 29: report-builder.ts caughtUpInPeriod)
  it('is counted once when re-dated past the next period and cleared by a line of it, in the period after', async () => {
    const cheque = await octoberFinishedWithAChequeOut();
    // the books re-date the cheque to the day they handed it over (5 December); the bank pays it on 10 November
    await booksNowSay(cheque, { date: '2026-12-05' });
    const paid = await lineAfterOctober('2026-11-10', -250_000, 'CHQ 000470 PAID', OCTOBER_CLOSE - 250_000);
    await createReconciliationService({ db: h.db.db }).manualMatch({
      accountId: h.accountId,
      bankIds: [paid],
      ledgerIds: [cheque],
      actor: 'rita',
    });
    const november = `&balance=${typed(OCTOBER_CLOSE - 250_000)}`;
    expect(figure(await statementPage('2026-11-30', november), 'difference')).toBe('₦0.00');
    const done = await post(
      h.app,
      rita,
      `/accounts/${h.accountId}/statement/finish`,
      { end: '2026-11-30', balance: typed(OCTOBER_CLOSE - 250_000) },
      false,
    );
    expect(text((await follow(h.app, rita, done)).body)).toContain('Reconciliation #2 to 2026-11-30 finished');

    // December: no line; the cheque is dated in it now, and November's line that paid it was carried as a debit the
    // books recorded later
    const page = await statementPage('2026-12-31', november);
    // report-builder-books.ts `since` adds the cheque (dated after #2's end, not one of #2's ledger items) to #2's
    // balance, and adapters/reports/statement.ts still lists #2's carried bank line (its match is not the period's):
    // -₦2,500.00 counted twice, a ₦2,500.00 difference no item names (so too for any entry dated after the period of
    // the line it is matched to: the 'recorded-later' line is carried and the entry counted since)
    expect(figure(page, 'difference')).toBe('₦0.00');
  });
});

describe("review s28c: a finished statement's CSV opening row", () => {
  it('names the starting point the statement opened from, not one set after it was reopened', async () => {
    const START = '2026-10-04';
    const agreed = { date: START, balance: '348,000.00', books: '₦358,000.00', reason: 'Reconciled to 4 Oct in Sage' };
    expect((await post(h.app, ada, `/accounts/${h.accountId}/statement/start`, agreed, false)).statusCode).toBe(303);
    await decideEverything(h, 'rita', START);
    const done = await post(h.app, rita, `/accounts/${h.accountId}/statement/finish`, { end: '2026-10-31' }, false);
    expect(text((await follow(h.app, rita, done)).body)).toContain('Reconciliation #2 to 2026-10-31 finished by Rita');
    const csv = async () => (await get(h.app, rita, `/accounts/${h.accountId}/statement/2/report.csv`)).body;
    const opens = (body: string) =>
      body.split(/\r?\n/).find((r) => r.startsWith('Opens from the agreed starting point'));
    expect(opens(await csv())).toContain('#1');

    // October is reopened, then the start undone and set again a day earlier with other balances
    for (const id of [2, 1])
      expect(
        (await post(h.app, ada, `/accounts/${h.accountId}/statement/${id}/reopen`, { reason: 'wrong day' }, false))
          .statusCode,
      ).toBe(303);
    const again = { date: '2026-10-03', balance: '305,000.00', books: '₦310,000.00', reason: 'Sage, to 3 Oct' };
    expect((await post(h.app, ada, `/accounts/${h.accountId}/statement/start`, again, false)).statusCode).toBe(303);
    // web/routes/statement-routes.ts agreedStartBefore reads the account's latest start now (#3, set after #2 was
    // reopened), not the one #2 opened from: #2's CSV says it opened from #3 at 2026-10-03 with #3's balances
    expect(opens(await csv())).toContain('#1');
  });
});

describe('review s28c: an entry settled at an agreed starting point that the books void after it', () => {
  // only a start's ticked entries were followed; a settled one the books void later left the agreed balance as it was
  // (fixed in session 29: listClosedSince, report-builder-books.ts settledChange)
  it('moves the carried balance, as the books move', async () => {
    const START = '2026-10-04';
    // the books at 4 October: ₦100,000.00 and the four invoices dated up to it, all settled (none ticked)
    const agreed = { date: START, balance: '348,000.00', books: '₦358,000.00', reason: 'Reconciled to 4 Oct in Sage' };
    expect((await post(h.app, ada, `/accounts/${h.accountId}/statement/start`, agreed, false)).statusCode).toBe(303);
    await decideEverything(h, 'rita', START);
    const before = await statementPage('2026-10-31');
    expect(figure(before, 'balance-per-books')).toBe('₦388,000.00');

    // the books cancel SI-1001 (30 September, ₦125,000.00), which the agreed ₦358,000.00 held
    const si1001 = await h.db.db
      .selectFrom('ledger_entries')
      .select('external_id')
      .where('reference', '=', 'SI-1001')
      .executeTakeFirstOrThrow();
    await syncLedgerEntries(h.db.db, {
      sourceId: `books-${h.accountId}`,
      label: 'review-s28c',
      entries: [],
      closed: [{ id: si1001.external_id, reason: 'voided' }],
    });
    const page = await statementPage('2026-10-31');
    // report-builder-books.ts: only the start's ticked entries are followed (outstandingChanges); a settled one the
    // books void is neither an entry since nor a change, so the balance per books stays ₦388,000.00 while the books
    // now hold ₦263,000.00, and the difference hides the ₦125,000.00 the books no longer agree with the bank on
    expect(figure(page, 'balance-per-books')).toBe('₦263,000.00');
    // and the balance's note names it
    expect(text(page)).toContain(
      'less 1 entry it held as settled that the books have voided or deleted since (2026-09-30 SI-1001: ₦125,000.00)',
    );
  });
});

describe('review s28c: a line dated before the agreed start that arrives after the statement after it was finished', () => {
  it('can be decided once the reconciliation the blocker names is reopened', async () => {
    const START = '2026-10-04';
    const agreed = { date: START, balance: '348,000.00', books: '₦358,000.00', reason: 'Reconciled to 4 Oct in Sage' };
    expect((await post(h.app, ada, `/accounts/${h.accountId}/statement/start`, agreed, false)).statusCode).toBe(303);
    await decideEverything(h, 'rita', START);
    const done = await post(h.app, rita, `/accounts/${h.accountId}/statement/finish`, { end: '2026-10-31' }, false);
    expect(text((await follow(h.app, rita, done)).body)).toContain('Reconciliation #2 to 2026-10-31 finished by Rita');
    const [late] = await seedBank(h.db.db, h.accountId, [
      { date: '2026-10-03', amountMinor: -7_700, narration: 'SMS ALERT CHARGES SEPT' },
    ]);
    await h.db.db
      .updateTable('bank_transactions')
      .set({ first_seen_at: new Date(Date.now() + 60_000).toISOString() })
      .where('id', '=', late!)
      .execute();
    const words = text(await statementPage('2026-11-30'));
    // both steps named: the statement after the start reopened, then the start itself unlocked
    expect(words).toContain(
      'dated on or before the agreed starting point #1 at 2026-10-04 arrived after reconciliation #2 was finished (2026-10-03 SMS ALERT CHARGES SEPT',
    );
    expect(words).toContain('an admin must reopen #2, then unlock the starting point #1 and set it again');
    const named = '2';

    // the admin does as told
    const re = await post(
      h.app,
      ada,
      `/accounts/${h.accountId}/statement/${named}/reopen`,
      { reason: 'late line' },
      false,
    );
    expect(re.statusCode).toBe(303);
    const undo = await post(h.app, ada, `/accounts/${h.accountId}/statement/1/reopen`, { reason: 'late line' }, false);
    expect(undo.statusCode).toBe(303);
    // both done as told, the line can be decided
    await expect(
      createReconciliationService({ db: h.db.db }).manualMatch({
        accountId: h.accountId,
        bankIds: [late!],
        ledgerIds: [],
        actor: 'rita',
        writeOffAccount: 'Suspense',
      }),
    ).resolves.toBeDefined();
  });
});
