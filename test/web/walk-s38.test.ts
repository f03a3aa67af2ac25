/**
 * Session 38's walk, as an accountant on the demo: seeded with `BANKFEED_DATA_DIR=/tmp/walk38 npx bankfeed start
 * --once --no-web`, the review app started in-process over that data directory (`startWebApp` with the composition
 * root's running settings), signed in as the demo admin in Debian's Chromium at 1400 px and at 375 px. Walked: the
 * accounts list, Adebayo Foods Ltd's queue (Confidence and Rule filters on each tab; accept, reject, find & match
 * with a write-off, accept a suggestion with an overridden write-off, one accept with the keyboard only: j, a, Tab,
 * Space, typed reason, Enter), its statement at 2026-11-20 and 2026-10-31, the Excel workbook and the JSON. What an
 * accountant would not accept is reproduced here on the test harness, each with what was done, seen and expected.
 *
 * What held: the statement foots from what it shows (Adebayo at 2026-10-31: ₦2,534,445.73 + 69,206,503.00 −
 * 11,969,653.32 + 29,737,188.88 = 89,508,484.29 adjusted bank; 53,793,466.04 + 2,945,988.83 − 9,954,936.47 +
 * 28,174,931.08 = 74,959,449.48 adjusted books; difference 14,549,034.81, explained in its note by 39 book entries
 * dated before the period, net the same figure) and the workbook's Summary carries the same figures. The queue's tab
 * counts follow every decision (59/55/2,810 → 58/55/2,811 after a write-off accept) and the filters; the keyboard
 * flow works end to end and the focus moves on to the next line. The demo has no returned cheque, so the "came back
 * unpaid" evidence was read on the harness instead. Wall time in Chromium: queue 0.3–1.0 s, statement 1.3–1.6 s.
 */
import { chromium } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createReconciliationService } from '../../activities/reconciliation-service.js';
import { seedBank, seedLedger } from '../reconciliation/seed.js';
import { CHROMIUM, chromiumAvailable } from './support/browser.js';
import { createHarness, type Harness } from './support/harness.js';
import { get, pageText, signIn, signInInBrowser } from './support/session.js';

const available = await chromiumAvailable();

/** The harness's engine run again, over what the test added. */
async function reconcileAgain(h: Harness) {
  await createReconciliationService({ db: h.db.db }).reconcileAccount({
    accountId: h.accountId,
    ledgerSourceId: `books-${h.accountId}`,
    period: { from: '2026-09-01', to: '2026-10-31' },
    trigger: 'manual',
    options: { autoConfirmThreshold: 1, autoConfirmByCounterparty: false, tolerance: { underPercent: '2' } },
  });
}

/** A cheque deposit, its return three days later and the receipt in the books: the deposit is held for a person. */
async function seedReturnedCheque(h: Harness): Promise<number[]> {
  const ids = await seedBank(h.db.db, h.accountId, [
    {
      date: '2026-10-09',
      amountMinor: 12_100_000,
      narration: 'CHQ DEP 100284 DR IDDRISU MAHAMA',
      reference: '100284',
    },
    {
      date: '2026-10-12',
      amountMinor: -12_100_000,
      narration: 'RETURNED CHQ 100284 REFER TO DRAWER',
      reference: '100284',
    },
  ]);
  await seedLedger(h.db.db, `books-${h.accountId}`, [
    {
      date: '2026-10-09',
      amountMinor: 12_100_000,
      party: 'Dr Iddrisu Mahama',
      description: 'Borehole and hand pump, Lamashegu — cheque 100284',
      reference: 'OR 3391',
    },
  ]);
  await h.db.db.updateTable('ledger_entries').set({ ledger_account: '1010' }).execute();
  await reconcileAgain(h);
  return ids;
}

const ruleOptions = (body: string) =>
  [
    ...(/<select name="rule">([\s\S]*?)<\/select>/.exec(body)?.[1] ?? '').matchAll(
      /<option[^>]*>([\s\S]*?)<\/option>/g,
    ),
  ].map((m) => pageText(m[1]!).trim());

describe('walk s38 over HTTP', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(async () => h?.close());

  /*
   * Did: on Adebayo Foods Ltd's statement at 2026-10-31, clicked "Excel workbook", then did the same for Chiamaka
   * Okafor's. Saw: both downloads are named "statement-2026-10-31.xlsx" (the browser saves the second as
   * "statement-2026-10-31 (1).xlsx"); nothing in the file's name says whose statement it is, so a month end's five
   * workbooks in one folder cannot be told apart without opening each. Should be: the file name names the account
   * (its name, or at least its id, as the finished reconciliation's "reconciliation-<id>-<date>.xlsx" does with its
   * number). Where: web/routes/statement-routes.ts (`statement-${f.period.to}.xlsx`). Severity: low.
   */
  it('names the account in the statement workbook’s file name', async () => {
    const rita = await signIn(h.app, 'rita');
    const res = await get(h.app, rita, `/accounts/${h.accountId}/statement.xlsx?end=2026-10-31&balance=&books=`);
    expect(res.statusCode).toBe(200);
    const disposition = String(res.headers['content-disposition']);
    expect(disposition).toMatch(/attachment; filename=".*(Account acc-main|acc-main).*2026-10-31\.xlsx"/);
  });

  /*
   * Did: on Adebayo Foods Ltd's Matched tab, opened the Rule filter to list the lines the bank reversed (84 of them
   * in the demo). Saw: every other rule by its name ("NIP transfer fee ₦53.75 (VAT inclusive) (438)") and this one as
   * "reversal-pair (84)", an identifier, not words. Should be: a name in words, e.g. "Reversed by the bank (84)",
   * as the statement's note calls them ("Reversed by the bank, so neither is an item"). Where: web/rule-filter.ts
   * (a rule of no known name is shown by its id; the engine's own reversal pass has no name). Severity: low.
   */
  it('names the reversal pairs in words in the Matched tab’s Rule filter', async () => {
    await seedBank(h.db.db, h.accountId, [
      { date: '2026-10-09', amountMinor: -630_000, narration: 'NIP TRF TO AMA OWUSU FT26100999812' },
      { date: '2026-10-09', amountMinor: 630_000, narration: 'REVERSAL NIP TRF TO AMA OWUSU FT26100999812' },
    ]);
    await reconcileAgain(h);
    const rita = await signIn(h.app, 'rita');
    const page = await get(h.app, rita, `/accounts/${h.accountId}/review?view=matched`);
    const options = ruleOptions(page.body);
    const reversal = options.find((o) => /revers/i.test(o));
    expect(reversal).toBeDefined();
    expect(reversal).not.toMatch(/^reversal-pair\b/);
  });

  /*
   * Did: on Adebayo Foods Ltd's statement at 2026-10-31, read the note "Reversed by the bank, so neither is an item
   * (…)" to tick the pairs off the bank statement. Saw: the pairs in no order a person can follow: 2026-08-21,
   * 2026-08-25, 2026-09-01, 2026-07-23, 2026-07-28, … 2026-10-12, … 2025-11-21 last (the same in the workbook's
   * Summary note). Should be: in date order, as a bank statement reads. Where: the statement's reversed-pairs note
   * (web statement view and adapters/reports). Severity: low.
   */
  it('lists the bank’s reversed pairs in date order in the statement’s note', async () => {
    // the later pair first, as the demo's feed delivers pages newest first
    await seedBank(h.db.db, h.accountId, [
      { date: '2026-10-20', amountMinor: -420_000, narration: 'NIP TRF TO KOFI MENSAH FT26102000001' },
      { date: '2026-10-20', amountMinor: 420_000, narration: 'REVERSAL NIP TRF TO KOFI MENSAH FT26102000001' },
      { date: '2026-10-09', amountMinor: -630_000, narration: 'NIP TRF TO AMA OWUSU FT26100999812' },
      { date: '2026-10-09', amountMinor: 630_000, narration: 'REVERSAL NIP TRF TO AMA OWUSU FT26100999812' },
    ]);
    await reconcileAgain(h);
    const rita = await signIn(h.app, 'rita');
    const page = pageText((await get(h.app, rita, `/accounts/${h.accountId}/statement?end=2026-10-31`)).body);
    const at = page.indexOf('Reversed by the bank');
    expect(at).toBeGreaterThan(-1);
    const note = page.slice(at, at + 600);
    expect(note).toContain('KOFI MENSAH');
    expect(note.indexOf('2026-10-09')).toBeGreaterThan(-1);
    expect(note.indexOf('2026-10-09')).toBeLessThan(note.indexOf('2026-10-20'));
  });

  /*
   * Did: looked for a suggestion whose evidence says "the cheque came back unpaid on …" (a deposit held for a
   * person); the demo has none, so a cheque deposit, its return and the receipt were added to the harness's account.
   * Saw: "the cheque came back unpaid on 2026-10-12 (bank line 12): confirm the deposit …": "bank line 12" is the
   * database's row number, which the page shows nowhere, so the accountant cannot find the line it means. Should be:
   * the return named as the queue names lines: its date, amount and narration ("RETURNED CHQ 100284 REFER TO DRAWER
   * −₦121,000.00"). Where: matching/passes/reversal-pairs.ts chequeReturned (`bank line ${m.line.id}`). Severity: low.
   */
  it('names the returned cheque’s bank line by what the page shows, not its row number', async () => {
    const [deposit, returned] = await seedReturnedCheque(h);
    const rita = await signIn(h.app, 'rita');
    const page = await get(h.app, rita, `/accounts/${h.accountId}/review?view=suggested`);
    const row = pageText(
      new RegExp(`id="line-${deposit}"[\\s\\S]*?(?=<div class="line"|$)`).exec(page.body)?.[0] ?? '',
    );
    expect(row).toContain('the cheque came back unpaid on 2026-10-12');
    expect(row).not.toContain(`bank line ${returned}`);
    expect(row).toContain('RETURNED CHQ 100284');
  });
  /*
   * Did: on the same account (a cheque deposit, its return three days later, the receipt in the books), chose
   * Confidence "≥ 99%" on Awaiting review and opened "Accept all matching…", to clear the sure ones in one go. Saw: the
   * held deposit is listed at 100 % and is taken by the bulk accept with the rest, though its own evidence says the
   * cheque came back unpaid and a person must decide (book the return, or pair the two bank lines); accepting it
   * clears a deposit that never reached the bank. Should be: a deposit held because its cheque came back is never
   * taken by "Accept all matching…" (and is not scored 100 %), so only a person who read why accepts it.
   * Where: db/review-repository.ts / web/routes/match-routes.ts bulk preview (min filter only), the reversal pass's
   * hold scoring. Severity: medium (a wrong clearance reachable in bulk).
   */
  it('keeps a deposit whose cheque came back out of “Accept all matching…” at ≥ 99 %', async () => {
    const rita = await signIn(h.app, 'rita');
    const bulk = `/accounts/${h.accountId}/bulk?action=confirm&min=99`;
    const before = pageText((await get(h.app, rita, bulk)).body);
    const [deposit] = await seedReturnedCheque(h);
    // the bulk accept takes what it took before the cheque was added, the held deposit not among it
    expect(pageText((await get(h.app, rita, bulk)).body)).toBe(before);
    const queue = await get(h.app, rita, `/accounts/${h.accountId}/review?view=suggested&min=99`);
    expect(queue.body).not.toContain(`id="line-${deposit}"`);
  });
});

describe.skipIf(!available)('walk s38 in Chromium at 375 px', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(async () => h?.close());

  /*
   * Did: on a phone (375 px wide), opened Adebayo Foods Ltd's Matched tab. Saw: the Rule filter's list is as wide as
   * its longest option ("Electronic money transfer levy: ₦50 on receipts of ₦10,000 or more (683)"), 463 px, so it
   * sticks out of the filter box and the whole page scrolls sideways (scrollWidth 463 at 375). Should be: the list
   * fits the screen (max-width 100 %), the page no wider than the phone. Where: web/static CSS for the filter's
   * select. Severity: low.
   */
  it('keeps the Matched tab as wide as a 375 px phone when a rule has a long name', async () => {
    // the NIP fee line (h.bank[3]) explained by the levy preset, whose name is the demo's longest
    await h.db.db
      .updateTable('match_groups')
      .set({ rule_id: 'ng-emtl' })
      .where('rule_id', 'is not', null)
      .where('account_id', '=', h.accountId)
      .execute();
    await h.app.listen({ host: '127.0.0.1', port: 0 });
    const addr = h.app.server.address();
    const base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
      await signInInBrowser(page, `${base}/accounts/${h.accountId}/review?view=matched`, 'rita');
      const options = await page.locator('select[name=rule] option').allTextContents();
      expect(options.join(' ')).toContain('Electronic money transfer levy');
      const width = await page.evaluate<number>('document.documentElement.scrollWidth');
      expect(width).toBeLessThanOrEqual(375);
    } finally {
      await browser.close();
    }
  });
});
