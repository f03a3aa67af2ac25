/**
 * An agreed starting point whose gap is partly on the bank's side: a line dated up to the start that the books did not
 * hold then (a transfer fee of the start's own day). Ticked, it is carried as not in the books until the books post
 * it. The harness's bank runs 2 – 8 October; the fee is of 5 October, SI-1004 the deposit in transit at it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runningBalanceAt } from '../../db/bank-transaction-repository.js';
import { seedLedger } from '../reconciliation/seed.js';
import { decideEverything, typed } from './support/decisions.js';
import { idOf as rowId } from './support/months.js';
import { createHarness, type Harness } from './support/harness.js';
import { follow, get, post, signIn, type Session, pageText } from './support/session.js';

const START = '2026-10-05';
const figure = (page: string, name: string) =>
  new RegExp(`data-figure="${name}"[^>]*>\\s*(?:<[^>]+>\\s*)*(-?₦[\\d,]+\\.\\d{2})`).exec(page)?.[1];
/** A line's tick box on the starting point's form: absent, ticked or not. */
const lineTick = (page: string, id: number | string) => {
  const box = new RegExp(`<input[^>]*name="outstandingLines"[^>]*value="${id}"[^>]*>`).exec(page)?.[0];
  return box === undefined ? 'absent' : /\schecked\b/.test(box) ? 'ticked' : 'not ticked';
};

let h: Harness;
let ada: Session;
beforeEach(async () => {
  h = await createHarness({}, 'sqlite');
  await h.db.db.updateTable('accounts').set({ synced_through: '2026-11-30' }).where('id', '=', h.accountId).execute();
  ada = await signIn(h.app, 'ada');
});
afterEach(async () => h?.close());

const idOf = (table: 'bank_transactions' | 'ledger_entries', column: 'narration' | 'reference', value: string) =>
  rowId(h, table, column, value);

describe('an agreed starting point with a bank line the books lacked at it', () => {
  it('lists the line to tick; ticked with the deposit in transit, they explain the gap and the line is carried', async () => {
    const bank = (await runningBalanceAt(h.db.db, h.accountId, START))!.balanceMinor;
    const fee = await idOf('bank_transactions', 'narration', 'NIP TRANSFER FEE');
    const si1004 = await idOf('ledger_entries', 'reference', 'SI-1004');
    // the books at 5 October: the bank, plus SI-1004 in transit, less the fee they had not posted
    const books = bank + 1_000_000 + 5_375;
    const form = (await get(h.app, ada, `/accounts/${h.accountId}/statement/start?date=${START}&books=${typed(books)}`))
      .body;
    expect(pageText(form)).toContain(`Bank lines not in the books at ${START}`);
    expect(lineTick(form, fee)).toBe('not ticked');
    // the fee alone leaves SI-1004's ₦10,000.00 unexplained, and the refusal says so in both words
    const part = await post(
      h.app,
      ada,
      `/accounts/${h.accountId}/statement/start`,
      { date: START, books: typed(books), reason: 'Sage, to 5 Oct', listed: START, outstandingLines: [fee] },
      false,
    );
    expect(pageText(part.body)).toContain(
      "Not set: the entries and lines ticked outstanding come to ₦53.75, the books' balance less the statement's to ₦10,053.75: they differ by ₦10,000.00",
    );
    expect(lineTick(part.body, fee)).toBe('ticked');

    const set = await post(
      h.app,
      ada,
      `/accounts/${h.accountId}/statement/start`,
      {
        date: START,
        books: typed(books),
        reason: 'Sage, to 5 Oct',
        listed: START,
        outstanding: [si1004],
        outstandingLines: [fee],
      },
      false,
    );
    expect(set.statusCode).toBe(303);
    expect(pageText((await follow(h.app, ada, set)).body)).toContain(
      'Outstanding at it: 1 book entry and 1 bank line not in the books, listed by the next statements until cleared.',
    );
    // the audit trail names the line, as it names the entry
    const audit = pageText((await get(h.app, ada, `/audit?account=${h.accountId}&action=statement.start`)).body);
    expect(audit).toContain('not in the books at it: 2026-10-05 -₦53.75 NIP TRANSFER FEE');
    await decideEverything(h, 'ada', START);
    const october = (await get(h.app, ada, `/accounts/${h.accountId}/statement?end=2026-10-31`)).body;
    expect(pageText(october)).toContain(
      '2026-10-05 NIP TRANSFER FEE (not in the books at the agreed start) (carried forward) ₦53.75',
    );
    const difference = figure(october, 'difference');

    // the books post the fee on 20 October: the line and the journal are the same money, neither listed
    await seedLedger(h.db.db, `books-${h.accountId}`, [
      { date: '2026-10-20', amountMinor: -5_375, reference: 'JNL-12', description: 'NIP transfer fee 5 Oct' },
    ]);
    await h.db.db.updateTable('ledger_entries').set({ ledger_account: '1010' }).execute();
    const posted = (await get(h.app, ada, `/accounts/${h.accountId}/statement?end=2026-10-31`)).body;
    expect(pageText(posted)).not.toContain('2026-10-05 NIP TRANSFER FEE (not in the books at the agreed start)');
    expect(pageText(posted)).toContain('2026-10-05 NIP TRANSFER FEE (-₦53.75) by 2026-10-20 JNL-12');
    // the journal moved the books by the fee, and took the fee off the books' side: the difference is as it was
    expect(figure(posted, 'difference')).toBe(difference);
  });

  it('refuses a line the books held at the start, naming it', async () => {
    const bank = (await runningBalanceAt(h.db.db, h.accountId, START))!.balanceMinor;
    const after = await idOf('bank_transactions', 'narration', 'POS TERMINAL ANNUAL SUBSCRIPTION');
    const refused = await post(
      h.app,
      ada,
      `/accounts/${h.accountId}/statement/start`,
      { date: START, books: typed(bank), reason: 'Sage', listed: START, outstandingLines: [after] },
      false,
    );
    expect(pageText(refused.body)).toContain(
      `Not set: bank line ${after} is not a line of the account dated on or before ${START} that the books lacked then`,
    );
  });
});
