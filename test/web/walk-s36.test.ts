/**
 * Session 36's walk, as an accountant at a Lagos SME: `BANKFEED_DATA_DIR=/tmp/walk36 BANKFEED_WEB_PORT=8836 npx
 * bankfeed start` (the Mono sandbox demo, its books general-ledger exports), signed in as the demo admin in Debian's
 * Chromium at desktop width and at a phone's (390×844). Walked: the accounts list, Sync now on a healthy feed and on
 * one Mono kept refusing (PUT /__sandbox/faults {"burst503Every":1,"burst503Length":100000}), the account details page
 * and its expected-holder form, Adebayo Foods Ltd's review queue (accept and reject by keyboard, a write-off with an
 * override and a reason, a split of two part payments against one invoice by Find & match), its statement before and
 * after, the audit trail. What an accountant would not accept is reproduced here on the test harness, each with a
 * comment saying what was done and seen in the demo, what it should be and where.
 *
 * What held: Sync now on the failing feed said it is failing, since 15:28 Lagos time, Mono's answer and that bankfeed
 * retries by itself; the accounts list said the same in words. The statement foots: accepting the ₦37,527.95
 * BLUEWAVE receipt with its ₦26.05 write-off moved the cleared figure and the cleared difference by exactly ₦37,527.95
 * and "book entries awaiting review" by ₦37,554.00, put the ₦26.05 among the debits not in the books, and left the
 * unexplained difference (₦14,549,034.81, itself explained by the 39 book entries dated before the period) as it was.
 * The write-off beyond the tolerance was refused without the override and a reason and audited with the reason.
 * Not reached in the demo: "Open invoices" (every demo book is a general-ledger export, so the page says in words
 * that such books hold receipts, not invoices; supplier credit notes are covered by open-invoices-supplier-credit),
 * and the print view (only a finished reconciliation has one, and none can be finished without the books' balance).
 * Left to matching/ then (others were changing it): the engine offered each of two part payments alone against the
 * whole invoice ("part payment: short by ₦580,965.45", Accept… would write that off with an override) and never the
 * pair; since session 37 it offers the pair with its gap (test/matching/short-part-payments.test.ts).
 * Screenshots: docs/screenshots/walk-s36/.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createReconciliationService } from '../../activities/reconciliation-service.js';
import type { WebFeedActions } from '../../web/app.js';
import { seedBank, seedLedger } from '../reconciliation/seed.js';
import { browserHarness, chromiumAvailable, openPanel } from './support/browser.js';
import { createHarness, type Harness } from './support/harness.js';
import { follow, get, pageText, post, signIn, signInInBrowser } from './support/session.js';

const available = await chromiumAvailable();

async function reconcile(h: Harness, accountId: string, from: string, to: string): Promise<void> {
  await createReconciliationService({ db: h.db.db }).reconcileAccount({
    accountId,
    ledgerSourceId: `books-${accountId}`,
    period: { from, to },
    trigger: 'sync',
  });
}

describe('walk s36 over HTTP: Find & match, the statement and the account details', () => {
  let h: Harness;
  let fetched: string[];
  beforeEach(async () => {
    fetched = [];
    const feed: WebFeedActions = {
      syncNow: async () => {},
      freshReauthLink: async () => 'http://mono.example/reauth',
      linkAccount: async () => 'http://mono.example/link',
      // the bank's identity of the holder, as Mono's GET /v2/accounts/{id}/identity gives it
      fetchIdentity: async (accountId: string) => {
        fetched.push(accountId);
        await h.db.db
          .insertInto('account_identities')
          .values({
            account_id: accountId,
            full_name: 'ADEBAYO FOODS LTD',
            bvn_last4: null,
            email: null,
            phone: null,
            gender: null,
            dob: null,
            address: null,
            expected_holder: null,
            fetched_at: '2026-12-06T14:40:00.000Z',
            fetched_by: 'ada',
          })
          .execute();
        return true;
      },
    } as WebFeedActions;
    h = await createHarness({ feed });
  });
  afterEach(async () => h?.close());

  /*
   * Did: on Adebayo Foods Ltd's queue, the line 2026-05-19 +₦384,745.00 "NIP/TRF/…/KANO AGRO ALLIED/PART PAYMENT
   * INVOICE NO 2026-1390", suggested against INV-2026-1390 of 2026-04-18 (+₦965,710.45); the customer paid it in two
   * parts, so I opened Find & match to match both bank lines with the invoice. Saw: "No open entry matches the search";
   * clearing the amount and typing 1390 still found nothing. The panel's From field was 2026-04-19, a month before the
   * line: the invoice the engine itself had suggested, dated a day earlier, was outside it (an invoice on 30-day terms
   * paid a day late, the commonest case). Only typing an earlier From found it. Should be: the first search reaches
   * back far enough for what a receipt settles, and at least to the entries the engine offers for the line. Where:
   * web/routes/match-routes.ts (GET …/lines/:lineId/find, `from: shiftDate(line.business_date, -30)`). Fixed: the
   * first search reaches three months back (FIND_DAYS_BEFORE).
   */
  it('finds the invoice the engine suggested when it is dated more than a month before the payment', async () => {
    const id = h.otherAccountId;
    const [line] = await seedBank(h.db.db, id, [
      {
        date: '2026-10-20',
        amountMinor: 38_474_500,
        narration: 'NIP/TRF/000058261020112724703914253931/KANO AGRO ALLIED/PART PAYMENT INVOICE NO 2026-1390',
      },
    ]);
    await seedLedger(h.db.db, `books-${id}`, [
      {
        date: '2026-09-18',
        amountMinor: 96_571_045,
        reference: 'INV-2026-1390',
        party: 'KANO AGRO ALLIED',
        description: 'Invoice INV-2026-1390 - KANO AGRO ALLIED',
      },
    ]);
    const rita = await signIn(h.app, 'rita');
    // as the person does: opened, the amount cleared and the invoice's number typed, the dates left as they came
    const opened = await get(h.app, rita, `/accounts/${id}/lines/${line}/find`);
    const field = (name: string) => new RegExp(`name="${name}"[^>]*value="([^"]*)"`).exec(opened.body)?.[1] ?? '';
    const typed = await get(
      h.app,
      rita,
      `/accounts/${id}/lines/${line}/find?amount=&text=1390&from=${field('from')}&to=${field('to')}`,
    );
    expect(typed.statusCode).toBe(200);
    expect(pageText(typed.body)).toContain('INV-2026-1390');
  });

  /*
   * Did: opened Adebayo Foods Ltd's statement and unfolded "Less: debits not in the books (1289)" to check them. Saw
   * the first 100 and "and 1,189 more, not listed here: every item is in the statement's JSON"; the page's only
   * download is that JSON ("also as JSON"). A print, a CSV and a workbook exist only for a finished reconciliation,
   * and one cannot be finished before its items are checked: an accountant cannot open JSON, so 1,189 items cannot be
   * read at all. Xero's and QuickBooks' reconciliation reports are printable and exportable while the work is open.
   * Should be: the statement as it stands, every item, in a workbook (the same writers as the nightly one), linked
   * where the page points to the JSON. Where: web/views/statement-view.ts (moreRow, "also as JSON"),
   * web/routes/statement-routes.ts (only GET statement.json for the open statement). Fixed: GET
   * /accounts/<id>/statement.xlsx, linked as "Excel workbook" beside the JSON and under each cut list.
   */
  it('offers the open statement, every item, as an Excel workbook, not only as JSON', async () => {
    const rita = await signIn(h.app, 'rita');
    const page = await get(h.app, rita, `/accounts/${h.accountId}/statement?end=2026-10-31`);
    expect(page.statusCode).toBe(200);
    const href = /href="(\/accounts\/[^"]+\/statement\.xlsx\?[^"]*)"/.exec(page.body)?.[1];
    expect(href).toBeDefined();
    const book = await get(h.app, rita, href!.replace(/&amp;/g, '&'));
    expect(book.statusCode).toBe(200);
    expect(String(book.headers['content-type'])).toContain('spreadsheetml');
    expect(book.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  /*
   * Did: opened "Holder and open invoices" of Adebayo Foods Ltd, an account linked and synced minutes before, to record
   * the expected account holder with this session's new form. Saw: "No identity on record yet: bankfeed fetches it from
   * the bank after the account is linked" and "You can record the company or person here once bankfeed has the
   * holder's identity from the bank" — and no form, on all five demo accounts, still an hour later: the identity is
   * fetched only when Mono's account_connected webhook arrives (worker/mono-data-process.ts), which the demo's linking
   * never sends, and otherwise only by `bankfeed accounts show --refresh`, folded away "for operators". The new form
   * cannot be reached, and the page promises what does not happen. Should be: a reviewer or administrator can fetch
   * the holder's identity from the bank on the page, after which the administrator's form is there. Where:
   * web/views/mono-data-view.ts (identitySection), web/routes/mono-data-routes.ts, web/app.ts WebFeedActions. Fixed:
   * "Fetch the holder's identity from the bank" (POST …/identity/fetch, WebFeedActions.fetchIdentity).
   */
  it("lets an administrator fetch the holder's identity from the bank on the page, then record the expected holder", async () => {
    const ada = await signIn(h.app, 'ada');
    const details = `/accounts/${h.accountId}/details`;
    const before = await get(h.app, ada, details);
    const action = /action="(\/accounts\/[^"]+\/identity\/fetch)"/.exec(before.body)?.[1];
    expect(action).toBeDefined();
    const res = await post(h.app, ada, action!, {}, false);
    expect(res.statusCode).toBe(303);
    expect(fetched).toEqual([h.accountId]);
    const after = await follow(h.app, ada, res);
    expect(pageText(after.body)).toContain('ADEBAYO FOODS LTD');
    expect(after.body).toContain('name="expectedHolder"');
  });
});

describe.runIf(available)('walk s36 in Chromium: the review queue by keyboard, Find & match and a phone', () => {
  const t = browserHarness({ page: false });
  let lines: { chioma: number; cash: number };

  /** The queue's tab that shows the line (where the engine left it). */
  async function viewOf(lineId: number): Promise<string> {
    const group = await t.h.db.db
      .selectFrom('match_items')
      .innerJoin('match_groups', 'match_groups.id', 'match_items.group_id')
      .select('match_groups.status')
      .where('match_items.side', '=', 'bank')
      .where('match_items.item_id', '=', lineId)
      .where('match_groups.superseded_run_id', 'is', null)
      .where('match_groups.status', 'in', ['suggested', 'auto', 'confirmed', 'manual'])
      .executeTakeFirst();
    return group?.status === 'suggested' ? 'suggested' : group ? 'matched' : 'unmatched';
  }

  async function tab(path: string, viewport = { width: 1400, height: 900 }): Promise<Page> {
    const context = await t.browser.newContext({ viewport, timezoneId: 'Africa/Lagos' });
    const page = await context.newPage();
    await signInInBrowser(page, `${t.base}${path}`, 'ada');
    return page;
  }

  beforeAll(async () => {
    const id = t.h.otherAccountId;
    // A transfer to a person whose book entry carries the NIP session id as its reference (as the demo's books do).
    const ids = await seedBank(t.h.db.db, id, [
      {
        date: '2026-10-20',
        amountMinor: -4_393_700,
        narration: 'NIP/TRF/000058261020091733547398353308/CHIOMA OKONKWO',
      },
    ]);
    await seedLedger(t.h.db.db, `books-${id}`, [
      {
        date: '2026-10-18',
        amountMinor: -4_393_700,
        reference: '000058261018143651516959447846',
        description: 'Payment to CHIOMA OKONKWO',
      },
    ]);
    await t.h.db.db.updateTable('accounts').set({ synced_through: '2026-10-31' }).where('id', '=', id).execute();
    await reconcile(t.h, id, '2026-10-01', '2026-10-31');
    lines = { chioma: ids[0]!, cash: t.h.bank[5]! };
  }, 60_000);

  /*
   * Did: on Adebayo Foods Ltd's "Awaiting review", moved with j to "2026-01-02 -₦49,000.00 ATM WDL WUSE 8624", pressed
   * a (accepted: "Accepted by Demo Admin. Undo"), then r to reject the next line's suggestion. Saw: "Unmatched by Demo
   * Admin" on the line just accepted (docs/screenshots/walk-s36/10-review-after-reject-key.png): the highlight had
   * stayed on the decided line, where r is Unmatch, while the keyboard focus had moved on; a then r undid the accept
   * instead of rejecting the next suggestion. Should be: after a keyboard decision the highlight (what a and r act on)
   * moves to the next line with the focus. Where: web/static/app.js, htmx:afterSettle: the accept answers with the row
   * and the Undo bar out of band, and afterSettle runs for each; the second put the highlight back on the decided row
   * after the first had moved on; and the tabs' refresh, swapped between the row's swap and its settle, forgot the
   * line, so the advance went to the first line. Fixed: only the request's own settle acts, and the line is forgotten
   * once used.
   */
  it('moves the highlight to the next line after a keyboard accept, so r rejects that one, not the accept', async () => {
    const page = await tab(`/accounts/${t.h.accountId}/review?view=suggested`);
    const first = page.locator('.line:has(button[data-key=accept]:not([data-panel]))').first();
    const id = (await first.getAttribute('id'))!;
    await first.focus();
    await page.keyboard.press('a');
    await page.locator(`#${id} .notice.ok`).waitFor();
    // the row settles after it is swapped in, and the advance with it (the Undo bar settles as well)
    await expect.poll(() => page.evaluate<string>("document.querySelector('.line.focus')?.id ?? ''")).not.toBe('');
    await page.waitForTimeout(500);
    const highlighted = await page.evaluate<string>("document.querySelector('.line.focus')?.id ?? ''");
    const focused = await page.evaluate<string>("document.activeElement.closest('.line')?.id ?? ''");
    await page.context().close();
    expect(highlighted).not.toBe(id);
    expect(highlighted).toBe(focused);
  });

  /*
   * Did: Find & match on the KANO AGRO ALLIED part payment (+₦384,745.00), ticked INV-2026-1390 (+₦965,710.45) and the
   * other part payment (+₦577,118.00). Saw: no total anywhere; "Match selected" answered "writing off ₦3,847.45 is
   * beyond the tolerance" — the first the person learnt of a difference. Xero's Find & Match shows the selected totals
   * and by how much they are out as you tick. Should be: the panel says what is ticked on each side and the difference
   * (bank minus books) as the boxes are ticked. Where: web/views/panels-view.ts findPanel (no total), web/static/app.js.
   * Fixed: "Ticked: bank … · books … · difference … (bank minus books)", kept up to date as boxes are ticked.
   */
  it('shows the ticked totals and their difference in Find & match before Match selected', async () => {
    const page = await tab(`/accounts/${t.h.accountId}/review?view=${await viewOf(lines.cash)}`);
    await openPanel(page, lines.cash, 'Find & match');
    const panel = page.locator(`#panel-${lines.cash}`);
    await panel.locator('input[name=amount]').fill('');
    await panel.locator('input[name=text]').fill('Cash sales');
    await panel.locator('button:has-text("Search")').click();
    await panel.locator('input[name=ledger]').nth(1).waitFor();
    await panel.locator('input[name=ledger]').first().check();
    const one = (await panel.innerText()).replace(/\s+/g, ' ');
    await panel.locator('input[name=ledger]').nth(1).check();
    const both = (await panel.innerText()).replace(/\s+/g, ' ');
    await page.context().close();
    expect(one).toMatch(/difference \+?₦12,000\.00/);
    expect(both).toMatch(/difference ₦0\.00/);
  });

  /*
   * Did: opened Adebayo Foods Ltd's queue on a phone (390×844). Saw the page scroll sideways, 504 px wide
   * (docs/screenshots/walk-s36/22-phone-review-overflow.png): a candidate "2026-08-12 000058260812143651516959447846 ·
   * Payment to CHIOMA OKONKWO -₦41,107.00", whose reference is the 30-digit NIP session id, one word that does not
   * wrap, pushed its amount off the screen. Should be: the queue fits the phone's width, as the statement does since
   * session 35. Where: web/static/app.css (.entries li: the entry's text has no overflow-wrap). Fixed: it wraps.
   */
  it('fits the queue on a phone when a candidate has a 30-digit reference', async () => {
    const view = await viewOf(lines.chioma);
    const page = await tab(`/accounts/${t.h.otherAccountId}/review?view=${view}`, { width: 390, height: 844 });
    expect(await page.locator(`#line-${lines.chioma} .entries`).count()).toBe(1);
    const width = await page.evaluate<number>('document.documentElement.scrollWidth');
    await page.context().close();
    expect(width).toBeLessThanOrEqual(390);
  });
  /*
   * Did: opened Accounts on a phone (390×844) (docs/screenshots/walk-s36/19-phone-accounts.png). Saw the first screen
   * hold three accounts' names, banks, currencies and "Active" and nothing else: each row 280 px tall (the Books column
   * wrapped to a word a line), and the balance, lines awaiting review, unmatched, the statement difference and Sync now
   * all to the right, off the screen, in a table that scrolls sideways in its box (1,244 px wide). Nothing on the
   * screen says there is more to the right. Should be: on a phone each account reads as a card, every figure labelled
   * and on the screen, as the queue's lines do. Where: web/views/accounts-view.ts (a 12-column table) and
   * web/static/app.css (a wide table scrolls in its own box at ≤ 720 px). Fixed: a card per account, each figure
   * after its column's name (docs/screenshots/walk-s36/27-phone-accounts-cards.png).
   */
  it("shows each account's figures on a phone without scrolling sideways", async () => {
    const page = await tab('/', { width: 390, height: 844 });
    const cell = page.locator(`a[href="/accounts/${t.h.accountId}/review?view=suggested"]`);
    const box = await cell.boundingBox();
    // the column's name, written before the figure on a phone (a pseudo-element: not in innerText)
    const label = await page.evaluate<string>(
      `getComputedStyle(document.querySelector('a[href="/accounts/${t.h.accountId}/review?view=suggested"]').closest('td'), '::before').content`,
    );
    await page.context().close();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    expect(label).toContain('Awaiting review');
  });
});
