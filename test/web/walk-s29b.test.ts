/**
 * Session 29b's walk, in Chromium, through the agreed starting point's form (now with the bank lines the books lacked
 * at the date) and the print of the first statement finished after it, as an accountant taking over an account
 * reconciled elsewhere to 5 October. Each test is a defect found on the walk, named by what the app should do; each
 * fails on the code as walked, for the reason in its comment. (Ticks kept by Show and by a refusal, the summary's
 * count of both kinds, the set notice, the tab order and the print's Notes and "carried forward from reconciliation
 * #2" were as they should be.) The defects are checked on the pages as served, without a browser: neither needs one.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runningBalanceAt } from '../../db/bank-transaction-repository.js';
import { seedBank } from '../reconciliation/seed.js';
import { decideEverything, typed } from './support/decisions.js';
import { idOf as rowId } from './support/months.js';
import { createHarness, type Harness } from './support/harness.js';
import { Months, OCTOBER_CLOSE } from './support/months.js';
import { get, pageText, post, type Session, signIn } from './support/session.js';

const START = '2026-10-05';

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

describe('walk s29b: the agreed starting point with bank lines, and the print after it', () => {
  it('prints a bank line ticked at the agreed starting point as not in the books at it, not as "not explained"', async () => {
    // Did: set the start at 5 October with SI-1004 in transit and the NIP transfer fee ticked under "Bank lines not
    // in the books" (the agreed reconciliation listed it), decided October, finished it, opened its Print / PDF.
    // Saw: "2026-10-05 · NIP TRANSFER FEE (not explained) -₦53.75" under the debits not in the books, where the
    // statement page says "(carried forward)" and the print's own heading says the start listed it. The start keeps
    // a ticked line with no group (activities/statement-starting-point.ts, the bank items pushed without `group`
    // unless booked later), and the statement falls back to `it.group ?? 'unexplained'` for carried lines
    // (adapters/reports/statement.ts), which the print, workbook and CSV word as "not explained".
    // Should: the line the accountant explained at the start is not printed as unexplained on the signed statement.
    const bank = (await runningBalanceAt(h.db.db, h.accountId, START))!.balanceMinor;
    const fee = await idOf('bank_transactions', 'narration', 'NIP TRANSFER FEE');
    const si1004 = await idOf('ledger_entries', 'reference', 'SI-1004');
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
        outstandingLines: [fee],
      },
      false,
    );
    expect(set.statusCode).toBe(303);
    await decideEverything(h, 'ada', START);
    expect(await new Months(h, ada).finish('2026-10-31', OCTOBER_CLOSE)).toContain(
      'Reconciliation #2 to 2026-10-31 finished',
    );
    const print = pageText((await get(h.app, ada, `/accounts/${h.accountId}/statement/2/print`)).body);
    expect(print).toContain('1 bank line not in the books');
    const feeRow = /2026-10-05 · NIP TRANSFER FEE \(([^)]*)\)/.exec(print);
    expect(feeRow).not.toBeNull();
    expect(feeRow![1]).not.toBe('not explained');
  });

  it("labels each bank line's tick box so that two lines of a day with the same narration can be told apart", async () => {
    // Did: on the starting point's form at 5 October, with the bank's two SMS alert charges of that day (₦4.00 and
    // ₦8.00, both "SMS ALERT CHARGES"), moved through the tick boxes with the keyboard, as a screen reader reads them.
    // Saw: both boxes are labelled "Not in the books at 2026-10-05: SMS ALERT CHARGES of 2026-10-05": the label has
    // the narration and the date only (web/views/statement-start-view.ts, linesNotInBooks' aria-label), never the
    // amount, so a person who cannot see the table cannot tell which one they tick. Bank charges of one narration
    // on one day are the commonest lines of this list.
    // Should: each box's label names the line's amount too (or otherwise differs), as the row shows it.
    await seedBank(h.db.db, h.accountId, [
      { date: START, amountMinor: -400, narration: 'SMS ALERT CHARGES' },
      { date: START, amountMinor: -800, narration: 'SMS ALERT CHARGES' },
    ]);
    const form = (await get(h.app, ada, `/accounts/${h.accountId}/statement/start?date=${START}`)).body;
    const labels = [...form.matchAll(/<input[^>]*name="outstandingLines"[^>]*>/g)]
      .map((m) => /aria-label="([^"]*)"/.exec(m[0])?.[1] ?? '')
      .filter((l) => l.includes('SMS ALERT CHARGES'));
    expect(labels).toHaveLength(2);
    expect(new Set(labels).size).toBe(2);
  });
});
