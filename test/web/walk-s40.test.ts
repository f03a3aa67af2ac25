/**
 * Session 40's walk, as an accountant at a Lagos SME doing a month end on the demo: `BANKFEED_DATA_DIR=/tmp/walk40/data
 * BANKFEED_WEB_PORT=18840 BANKFEED_WEBHOOK_PORT=18841 npx bankfeed start` (the Mono sandbox, its five accounts and
 * demo books), signed in as the demo admin and, in a second browser, as a reviewer added with `bankfeed users add`,
 * driven in Debian's Chromium at 1400 px and 390 px. Walked on Adebayo Foods Ltd: the accounts list; the queue (accept,
 * reject, Accept… with an overridden write-off, Find & match of two part payments to one invoice and of one Paystack
 * settlement to two invoices, unmatch, undo, bank-only, Create rule… with its preview and save); the statement (the
 * books' balance typed as ten good and bad figures, its Excel workbook and JSON); the Matched tab's reversal pairs;
 * keyboard only (j k a r u / ?); every page at 390 px; two people confirming and rejecting the same line at once; a
 * <script> and an <img onerror> in a write-off account and a reason; every POST form for its CSRF token; the log.
 *
 * What held: each decision moved the statement by exactly its amount and left the difference as it was (accept
 * ₦42,000.00, reject ₦49,000.00, a ₦26.05 write-off, two part payments of ₦961,863.00 with ₦3,847.45 written off,
 * ₦439,504.96 to two invoices with ₦12.96 written off, unmatched and undone again); the workbook's Summary agrees with
 * the page figure for figure; bad amounts (20 digits, 1e309, 12,50, <script>) are refused in words; script typed into
 * any field is shown as text; the second person's press is refused with who did it, nothing written twice; every
 * POST form carries the token; no page is wider than a phone; the log holds no link or account number; every page
 * answered within 1.6 s on a loaded machine. What an accountant would not accept is reproduced here on the test
 * harness, each an `it.fails` whose comment says what was done and seen in the demo, what it should be and where.
 * Screenshots: /tmp/walk40/shots/.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createReconciliationService } from '../../activities/reconciliation-service.js';
import { seedBank, seedLedger } from '../reconciliation/seed.js';
import { browserHarness, chromiumAvailable, openPanel } from './support/browser.js';
import { createHarness, type Harness, suggestions } from './support/harness.js';
import { get, pageText, post, signIn, signInInBrowser } from './support/session.js';

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

/** Entries added to the harness's books, on the bank's own GL account. */
async function bookEntries(h: Harness, entries: Parameters<typeof seedLedger>[2]): Promise<number[]> {
  const ids = await seedLedger(h.db.db, `books-${h.accountId}`, entries);
  await h.db.db.updateTable('ledger_entries').set({ ledger_account: '1010' }).where('id', 'in', ids).execute();
  return ids;
}

/** The statement page's innermost rows (its items), as the accountant reads them with every section opened. */
const rows = (body: string) =>
  [...body.matchAll(/<tr>((?:(?!<tr>)[\s\S])*?)<\/tr>/g)].map((m) => pageText(m[1]!).replace(/\s+/g, ' ').trim());

describe('walk s40 over HTTP', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(async () => h?.close());

  /*
   * Did: on Adebayo Foods Ltd, explained "2025-12-15 POS/WEB PMT 5399********1099 NETFLIX.COM −₦60,892.79" as bank-only
   * to Subscriptions:Netflix, then opened the statement and "Less: debits not in the books (1289)". Saw: 100 rows of
   * ₦50.00 levies and ₦53.75 transfer fees from 2025-11-20 to 2025-12-14 in date order, then "and 1,189 more, not
   * listed here: every item is in the statement's Excel workbook" (/tmp/walk40/shots/23-statement-books-typed.png).
   * The Netflix line, the write-offs to Bank charges (₦26.05, ₦3,847.45) and every other decision a person made are
   * among the 1,189: the page says nothing of them, not even a subtotal, while the workbook's Summary does ("by rule
   * “NIP transfer fee ₦53.75 (VAT inclusive)” (438), …, not explained (N)"). The ₦9.9M on the page cannot be read
   * for what a person must post. Should be: the section broken down by kind (each rule, bank-only to each account,
   * each write-off, not explained) with a count and a subtotal, the items a person decided or nobody explained listed
   * first (or each kind foldable), as the workbook's note groups them. Where: web/views/statement-view.ts (items listed
   * in the statement's order, cut at 100). Severity: medium (a material item is hidden behind a hundred ₦50 levies).
   * Fixed: the two lines are broken down by kind, the document's `byKind` that the Summary counts, each kind with its
   * count and subtotal; a person's decisions and what nobody explained first and listed, a rule's charges folded
   * (test/web/statement-by-kind.test.ts).
   */
  it('shows a bank-only line among a year of levies on the statement page, not only in the workbook', async () => {
    const fees = await seedBank(
      h.db.db,
      h.accountId,
      Array.from({ length: 120 }, (_, i) => ({
        date: `2026-10-${String(10 + (i % 19)).padStart(2, '0')}`,
        amountMinor: -5_375,
        narration: `NIP TRANSFER FEE ${i}`,
      })),
    );
    const [netflix] = await seedBank(h.db.db, h.accountId, [
      { date: '2026-10-30', amountMinor: -6_089_279, narration: 'POS/WEB PMT 5399********1099 NETFLIX.COM' },
    ]);
    await reconcileAgain(h);
    const service = createReconciliationService({ db: h.db.db });
    // the fees explained as bank charges (those the presets left), as on the demo; the Netflix card payment by a person
    const held = new Set(
      (
        await h.db.db
          .selectFrom('match_items')
          .select('item_id')
          .where('side', '=', 'bank')
          .where('active', '=', 1)
          .execute()
      ).map((r) => Number(r.item_id)),
    );
    for (const id of fees.filter((f) => !held.has(f)))
      await service.manualMatch({
        accountId: h.accountId,
        bankIds: [id],
        ledgerIds: [],
        actor: 'rita',
        writeOffAccount: 'Bank charges',
      });
    await service.manualMatch({
      accountId: h.accountId,
      bankIds: [netflix!],
      ledgerIds: [],
      actor: 'rita',
      writeOffAccount: 'Subscriptions:Netflix',
    });
    const rita = await signIn(h.app, 'rita');
    const page = await get(h.app, rita, `/accounts/${h.accountId}/statement?end=2026-10-31&balance=&books=`);
    expect(page.statusCode).toBe(200);
    const text = pageText(page.body);
    expect(text).toMatch(/Less: debits not in the books \(12\d\)/);
    // the line itself, or at least its kind with its count and subtotal
    expect(text).toMatch(/NETFLIX|Subscriptions:Netflix[^.]{0,80}60,892\.79/);
  });

  /*
   * Did: in Find & match on "2026-05-07 PAYSTACK SETTLEMENT PSTK_20828467 +₦439,504.96", searched 2026-05-18 to
   * 2026-05-27 and ticked INV-2026-1801 (Sunrise Pharmacy) and INV-2026-1750 (Kano Agro Allied), then Match selected.
   * Saw: the entries listed with nothing beside them, and after the match the lines "2026-06-29 …SUNRISE PHARMACY
   * LTD/PAYMT FOR INV1801" and "2026-06-24 …KANO AGRO ALLIED/inv-2026-1750 settlement", whose suggestions those two
   * invoices were, dropped silently to Unmatched with "No candidate in the books" (the statement's bank lines awaiting
   * review fell by ₦439,422.11). Nothing on the panel said the invoices were the engine's answer for two other lines.
   * Should be: an entry the engine suggested for another line says so on the panel ("suggested for 2026-06-29 NIP/TRF/…
   * SUNRISE PHARMACY LTD/PAYMT FOR INV1801"), so the person sees what taking it undoes. Where: web/views/panels-view.ts
   * findPanel, db/review-repository.ts searchLedger (open entries with no active match; suggestions not read).
   * Severity: medium (a wrong split takes the right answer away from the line it belonged to, without a word).
   */
  it('says on Find & match that an entry is the suggestion of another bank line', async () => {
    const kano = (await suggestions(h)).find((g) => g.bankIds.includes(h.bank[1]!));
    expect(kano?.ledgerIds).toEqual([h.ledger[1]]);
    const rita = await signIn(h.app, 'rita');
    // from the cash deposit's line, searching the books for Kano Traders' invoice
    const panel = await get(
      h.app,
      rita,
      `/accounts/${h.accountId}/lines/${h.bank[5]}/find?amount=&text=SI-1002&from=&to=`,
    );
    expect(panel.statusCode).toBe(200);
    const row = rows(panel.body).find((r) => r.includes('SI-1002'));
    expect(row).toBeDefined();
    expect(row).toMatch(/TRF FROM KANO TRADERS/);
  });

  /*
   * Did: two people on Adebayo Foods Ltd's queue, both on "2026-01-02 ATM WDL SANDTON 9236"; the demo admin pressed
   * Accept, the reviewer pressed Accept a moment later. Saw on the reviewer's screen (/tmp/walk40/shots/28-two-tabs-
   * tunde.png): "Not done: since this page was loaded, this suggestion was accepted by Demo Admin (2026-12-07 01:35
   * UTC)." and right under it "✓ Accepted by Demo Admin · 2026-12-07 02:35 Lagos time": one decision at two clocks an
   * hour apart, so it reads as two decisions. Should be: the account's clock, as every other time of a decision on the
   * page ("2026-12-07 02:35 Lagos time"). Where: web/stale-line.ts `by` (calls `when(at)` without the account's time
   * zone). Severity: low.
   */
  it("gives the other person's decision at the account's clock when a second press is refused", async () => {
    const [g] = (await suggestions(h)).filter((s) => s.bankIds.includes(h.bank[0]!));
    const rita = await signIn(h.app, 'rita');
    const ada = await signIn(h.app, 'ada');
    const first = await post(h.app, rita, `/accounts/${h.accountId}/groups/${g!.id}/confirm`, { line: h.bank[0] });
    expect(first.statusCode).toBe(200);
    const second = await post(h.app, ada, `/accounts/${h.accountId}/groups/${g!.id}/confirm`, { line: h.bank[0] });
    expect(second.statusCode).toBe(409);
    const notice = /Not done:[^<]*/.exec(second.body)?.[0] ?? '';
    expect(notice).toContain('accepted by Rita');
    expect(notice).toContain('Lagos time');
    expect(notice).not.toContain('UTC');
  });

  /*
   * Did: opened Adebayo Foods Ltd's first statement (nothing finished, no books' balance typed: "Books (assumed)").
   * Saw, in the note under the difference: "Reversed by the bank, so neither bank line is an item, but the books
   * recorded the payment undone and still hold it (listed among the book items as not clearing): 2025-11-21 …ARIK
   * LOGISTICS LTD/PO 1370 (-₦1,091,638.00) …; 2025-11-21 …FATIMA ABUBAKAR (-₦38,738.00) …". Neither payment (both
   * dated 2025-11-19, the day before the statement's first line) is listed among the book items, nor anywhere on the
   * page or in the workbook; typing the books' balance made both appear as unpresented payments "(dated before the
   * period)" and moved the difference by ₦1,130,376.00. Should be: the note names as listed only what is listed; with
   * the books assumed, it says these payments are before the period and come in once the books' own balance is given
   * (or lists them). Where: adapters/reports/reversed-lines.ts (the note's words), adapters/reports/statement.ts (with
   * an assumed balance, entries before the period are left out). Severity: low (the note sends the accountant looking
   * for items that are not there). Fixed: the note says "listed among the book items" of a pair only when its entry is
   * listed; with the books assumed it names the entry itself (date, words, amount) and says it is listed as an
   * unpresented payment, not clearing, once the books' own balance is given.
   */
  it('names in the note the reversed payments a statement whose books are assumed does not list', async () => {
    await seedBank(h.db.db, h.accountId, [
      {
        date: '2026-10-03',
        amountMinor: -11_702_400,
        narration: 'NIP/TRF/000058261003072650814563276921/IBRAHIM MUSA',
      },
      {
        date: '2026-10-03',
        amountMinor: 11_702_400,
        narration: 'REVERSAL: NIP/TRF/000058261003072650814563276921/IBRAHIM MUSA',
      },
    ]);
    // the books recorded the payment two days before the bank's first line of the statement
    await bookEntries(h, [
      {
        date: '2026-09-30',
        amountMinor: -11_702_400,
        party: 'Ibrahim Musa',
        description: 'Payment to IBRAHIM MUSA',
        reference: '000058261003072650814563276921',
      },
    ]);
    await reconcileAgain(h);
    const rita = await signIn(h.app, 'rita');
    const page = await get(h.app, rita, `/accounts/${h.accountId}/statement?end=2026-10-31&balance=&books=`);
    expect(page.statusCode).toBe(200);
    const text = pageText(page.body);
    // not sent looking for an item the page does not list
    expect(rows(page.body).find((r) => r.includes('Payment to IBRAHIM MUSA'))).toBeUndefined();
    expect(text).not.toMatch(/listed among the book items as not clearing\)?:[^.]*IBRAHIM MUSA/);
    // the note names the entry, and what brings it onto the statement
    expect(text).toMatch(
      /dated before the period: with the books' balance assumed they are taken as settled at the opening and not listed here; they are listed as unpresented payments, not clearing, once the books' own balance is given: 2026-10-03 [^;]*IBRAHIM MUSA \(-₦117,024\.00\) by 2026-10-03 REVERSAL[^;]*, in the books as 2026-09-30 Payment to IBRAHIM MUSA \(-₦117,024\.00\)\./,
    );
    // the books' balance typed: the entry is listed, not clearing, and the note says so
    const typed = await get(h.app, rita, `/accounts/${h.accountId}/statement?end=2026-10-31&balance=&books=400000`);
    const row = rows(typed.body).find((r) => r.includes('Payment to IBRAHIM MUSA'));
    expect(row).toMatch(/the bank reversed this on 2026-10-03, so it will not clear/);
    expect(pageText(typed.body)).toMatch(/listed among the book items as not clearing\): 2026-10-03 [^;]*IBRAHIM MUSA/);
    expect(pageText(typed.body)).not.toContain('in the books as 2026-09-30');
  });
});

describe.runIf(available)('walk s40 in Chromium: Find & match', () => {
  const t = browserHarness({ page: false });
  let part: number[];
  let zaria: { line: number; entries: number[] };

  async function tab(path: string): Promise<Page> {
    const context = await t.browser.newContext({ viewport: { width: 1400, height: 900 }, timezoneId: 'Africa/Lagos' });
    const page = await context.newPage();
    await signInInBrowser(page, `${t.base}${path}`, 'rita');
    return page;
  }

  beforeAll(async () => {
    const h = t.h;
    // Two part payments of one invoice (Kano Agro Allied's INV-2026-1390 on the demo), and a settlement paying two
    // invoices of different references.
    part = await seedBank(h.db.db, h.accountId, [
      { date: '2026-10-20', amountMinor: 3_847_450, narration: 'NIP/TRF/IBADAN FOODS/PART PAYMENT INV-3001' },
      { date: '2026-10-20', amountMinor: 5_771_180, narration: 'NIP/TRF/IBADAN FOODS/PART PAYMENT INV 3001' },
    ]);
    const [line] = await seedBank(h.db.db, h.accountId, [
      { date: '2026-10-25', amountMinor: 2_300_000, narration: 'PAYSTACK SETTLEMENT PSTK_20828467' },
    ]);
    await bookEntries(h, [
      {
        date: '2026-10-15',
        amountMinor: 9_657_104,
        party: 'Ibadan Foods',
        description: 'Invoice',
        reference: 'INV-3001',
      },
    ]);
    const entries = await bookEntries(h, [
      {
        date: '2026-10-22',
        amountMinor: 1_500_000,
        party: 'Zaria Mills',
        description: 'Invoice',
        reference: 'INV-4001',
      },
      { date: '2026-10-23', amountMinor: 800_000, party: 'Sokoto Agro', description: 'Invoice', reference: 'INV-4002' },
    ]);
    zaria = { line: line!, entries };
    await reconcileAgain(h);
  });

  /*
   * Did: on Adebayo Foods Ltd's queue, Find & match on "2026-05-19 …KANO AGRO ALLIED/PART PAYMENT INVOICE NO
   * 2026-1390 +₦384,745.00", searched "1390", ticked INV-2026-1390 and the other part payment "2026-05-19 …PART PAYMENT
   * inv 2026/1390 +₦577,118.00" under "Other undecided bank lines", beyond tolerance with a reason, Match selected.
   * Saw (/tmp/walk40/shots/14-matched-2to1.png): the first line swapped to "Matched by hand", the tabs' counts fell by
   * two, and the second line stayed on the page as before, awaiting review, with its two candidates (76 % and 65 %)
   * and their Accept… and Reject buttons, though it is now in the match; only a reload took it away. Accepting a
   * split suggestion of two bank lines leaves the other line the same way. Should be: every bank line of the match
   * shown as matched (or taken off the list) when the match is made. Where: web/routes/match-routes.ts POST
   * /accounts/:id/match (answerDecision swaps #line-<line> only); the same for /groups/:id/confirm of a group of
   * several lines. Severity: medium (the page offers decisions on a line already decided; j/a would act on it).
   */
  it('shows both bank lines of a match made by hand as matched, not the second still awaiting review', async () => {
    const [first, second] = part;
    const h = t.h;
    const pending = await h.db.db
      .selectFrom('match_items as mi')
      .innerJoin('match_groups as g', 'g.id', 'mi.group_id')
      .select('mi.item_id')
      .where('mi.side', '=', 'bank')
      .where('g.status', '=', 'suggested')
      .where('g.superseded_run_id', 'is', null)
      .execute();
    const view = pending.some((r) => Number(r.item_id) === second) ? 'suggested' : 'unmatched';
    const page = await tab(`/accounts/${h.accountId}/review?view=${view}&q=IBADAN`);
    expect(await page.locator(`#line-${second}`).count()).toBe(1);
    await openPanel(page, first!, 'Find & match');
    await page.fill(`#panel-${first} input[name=amount]`, '');
    await page.fill(`#panel-${first} input[name=text]`, '3001');
    await page.click(`#panel-${first} button:has-text("Search")`);
    const entry = page.locator(`#panel-${first} input[name=ledger]`).first();
    await entry.waitFor();
    await entry.check();
    await page.check(`#panel-${first} input[name=bank][value="${second}"]`);
    await page.click(`#panel-${first} button:has-text("Match selected")`);
    await page.locator(`#line-${first}`, { hasText: 'Matched by hand' }).waitFor();
    // the other part payment: no candidate's Accept or Reject left on it (a candidate is a .cand of a group; the
    // match's own Unmatch, bound to the r key as on every matched line, is no offer)
    const other = page.locator(`#line-${second}`);
    const offers = await other
      .locator('.cand[data-group] button[data-key="accept"], .cand[data-group] button[data-key="reject"]')
      .count();
    const words = (await other.count()) ? await other.innerText() : 'Matched';
    await page.context().close();
    expect(offers).toBe(0);
    expect(words).toMatch(/Matched/);
  });

  /*
   * Did: Find & match on "PAYSTACK SETTLEMENT PSTK_20828467 +₦439,504.96", searched "INV-2026-1801" and ticked it,
   * then searched "INV-2026-1750" for the other invoice the settlement pays. Saw (/tmp/walk40/shots/15-find-second-
   * search.png): the second search's result alone, INV-2026-1801 gone and unticked, "Ticked: bank +₦439,504.96 · books
   * ₦0.00": the first tick lost without a word. A settlement or a payment of two invoices of different references can
   * be matched only by finding a search that lists both at once (a date range), which the panel does not suggest.
   * Should be: entries ticked stay ticked and listed (above the new results) across searches, the Ticked line adding
   * them up. Where: web/views/panels-view.ts findPanel (the search form's hx-target is the whole panel, the ticks
   * are not sent with it). Severity: medium (a split of one line to several entries is the panel's stated use).
   */
  it('keeps an entry ticked in Find & match when the person searches again for the next one', async () => {
    const h = t.h;
    const { line, entries } = zaria;
    const view = (await suggestions(h)).some((g) => g.bankIds.includes(line)) ? 'suggested' : 'unmatched';
    const page = await tab(`/accounts/${h.accountId}/review?view=${view}&q=PSTK_20828467`);
    await openPanel(page, line, 'Find & match');
    const search = async (text: string) => {
      await page.fill(`#panel-${line} input[name=amount]`, '');
      await page.fill(`#panel-${line} input[name=text]`, text);
      await page.click(`#panel-${line} button:has-text("Search")`);
      await page.locator(`#panel-${line} tbody tr`, { hasText: text }).first().waitFor();
    };
    await search('INV-4001');
    await page.check(`#panel-${line} input[name=ledger][value="${entries[0]}"]`);
    await search('INV-4002');
    const kept = await page.locator(`#panel-${line} input[name=ledger][value="${entries[0]}"]:checked`).count();
    const ticked = await page.locator(`#panel-${line} [data-selection]`).innerText();
    await page.context().close();
    expect(kept).toBe(1);
    expect(ticked).toContain('books +₦15,000.00');
  });
});
