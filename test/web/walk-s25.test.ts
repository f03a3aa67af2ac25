import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createReconciliationService } from '../../activities/reconciliation-service.js';
import { browserHarness, chromiumAvailable, openPanel } from './support/browser.js';
import { booksBalance, decideEverything, typed } from './support/decisions.js';
import type { Harness } from './support/harness.js';
import { signInInBrowser } from './support/session.js';

// Session 25's walk through the review app in Chromium, as an accountant uses it: each test is a defect found on
// the walk, named by what the app should do.

const available = await chromiumAvailable();

const groupStatus = async (h: Harness, id: number) =>
  (await h.db.db.selectFrom('match_groups').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;

/** The queue's first two lines and the first candidate of each. */
async function firstTwoLines(page: Page) {
  const lines = page.locator('.line');
  const ids = [await lines.nth(0).getAttribute('data-line'), await lines.nth(1).getAttribute('data-line')];
  const groups = await Promise.all(
    ids.map(async (id) => Number(await page.locator(`#line-${id} .cand`).first().getAttribute('data-group'))),
  );
  return { ids: ids as string[], groups };
}

// a and r act on the highlighted line (.line.focus), which only j/k and a click move: a Tab into another line left
// the highlight behind, so a screen reader announced one line's candidate and a decided another.
describe.runIf(available)('walk s25: keyboard', () => {
  const t = browserHarness();

  it('a accepts the line that holds the keyboard focus, not the line highlighted when the page loaded', async () => {
    const { h, page, base } = t;
    await signInInBrowser(page, `${base}/accounts/${h.accountId}/review?view=suggested`, 'rita');
    const { ids, groups } = await firstTwoLines(page);
    // Tab through the page, as a keyboard user does, to the second line's Reject (its candidate named by the label).
    const target = `line-${ids[1]}|reject`;
    let at = '';
    for (let i = 0; i < 80 && at !== target; i++) {
      await page.keyboard.press('Tab');
      at = await page.evaluate<string>(
        "(document.activeElement.closest('.line')?.id ?? '') + '|' + (document.activeElement.getAttribute('data-key') ?? '')",
      );
    }
    expect(at).toBe(target);
    await page.keyboard.press('a');
    await expect.poll(() => groupStatus(h, groups[1]!), { timeout: 5_000 }).toBe('confirmed');
    expect(await groupStatus(h, groups[0]!)).toBe('suggested');
  });
});

// A decision swaps its row alone: the tabs kept the counts of the page load, one more awaiting review per decision.
describe.runIf(available)('walk s25: the queue counts', () => {
  const t = browserHarness();

  it('after a line is accepted in place, the Awaiting review and Matched tabs count it where it now is', async () => {
    const { h, page, base } = t;
    await signInInBrowser(page, `${base}/accounts/${h.accountId}/review?view=suggested`, 'rita');
    const count = async (view: string) =>
      Number((await page.locator(`.tabs a[href*="view=${view}"] .sub`).innerText()).replace(/\D/g, ''));
    const awaiting = await count('suggested');
    const matched = await count('matched');
    const { ids } = await firstTwoLines(page);
    await page.click(`#line-${ids[0]} button[data-key=accept]`);
    await page.locator(`#line-${ids[0]} .notice.ok`).waitFor();
    await expect.poll(() => count('suggested'), { timeout: 5_000 }).toBe(awaiting - 1);
    expect(await count('matched')).toBe(matched + 1);
  });
});

// The queue's own Undo is a plain form until htmx replaces it: refused as stale, it landed on an error page reading
// "undo: audit entry 19 was already undone by entry 21", with one link, to the accounts.
describe.runIf(available)('walk s25: a stale Undo', () => {
  const t = browserHarness({ page: false });

  it('Undo of a decision already undone in another tab keeps the person on the queue with a notice, not a Conflict page', async () => {
    const { h, browser, base } = t;
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const queue = `${base}/accounts/${h.accountId}/review?view=suggested`;
    const first = await context.newPage();
    await signInInBrowser(first, queue, 'rita');
    const { ids } = await firstTwoLines(first);
    await first.click(`#line-${ids[0]} button[data-key=accept]`);
    await first.locator(`#line-${ids[0]} .notice.ok`).waitFor();
    // A second tab opened now offers the same decision as "Your last decision … Undo" (the u key presses it).
    const second = await context.newPage();
    await second.goto(queue);
    await second.locator('#last-undo button').waitFor();
    // The first tab undoes it in place.
    await first.click(`#line-${ids[0]} .undo-inline button`);
    await first.locator(`#line-${ids[0]} .notice.ok`, { hasText: 'Undone' }).waitFor();
    await second.click('#last-undo button');
    await second.waitForLoadState();
    // The queue, not an error page whose only link goes to the accounts.
    await expect(second.locator('h1').first().innerText()).resolves.not.toBe('Conflict');
    expect(await second.locator('#queue').count()).toBe(1);
    await expect(second.locator('.notice').allInnerTexts()).resolves.toEqual([expect.stringMatching(/undone/i)]);
    await context.close();
  });
});

// Finish is a plain form: refused because the period changed since the page was loaded, it showed a bare Conflict
// page, the statement and the books' balance typed for it gone.
describe.runIf(available)('walk s25: a stale Finish', () => {
  const t = browserHarness();

  it('Finish on a statement page another person made stale shows the statement with the reason and the figures typed, not a Conflict page', async () => {
    const { h, page, base } = t;
    await decideEverything(h);
    const books = typed(await booksBalance(h));
    await signInInBrowser(page, `${base}/accounts/${h.accountId}/statement?end=2026-10-31&books=${books}`, 'rita');
    const finish = page.locator('button:has-text("Finish reconciliation to 2026-10-31")');
    await finish.waitFor();
    // Meanwhile another person unmatches one of the period's matches.
    const confirmed = await h.db.db
      .selectFrom('match_groups')
      .select('id')
      .where('account_id', '=', h.accountId)
      .where('status', '=', 'confirmed')
      .executeTakeFirstOrThrow();
    await createReconciliationService({ db: h.db.db }).unmatch(Number(confirmed.id), 'ada');
    await finish.click();
    await page.waitForLoadState();
    await expect(page.locator('h1').first().innerText()).resolves.toContain('Statement checkpoint');
    await expect(page.locator('input[name=books]').inputValue({ timeout: 2_000 })).resolves.toBe(books);
    expect(await h.db.db.selectFrom('statement_reconciliations').select('id').execute()).toEqual([]);
  });
});

// The rule form posts into its panel: a refusal took the panel's place, and the rule typed in it went with it.
describe.runIf(available)('walk s25: the rule form', () => {
  const t = browserHarness();

  it('a rule the server refuses on Save keeps its form, as typed, with the reason', async () => {
    const { h, page, base } = t;
    await signInInBrowser(page, `${base}/accounts/${h.accountId}/review?view=unmatched`, 'ada');
    // The POS subscription line: nothing in the books for it.
    const line = h.bank[6]!;
    await openPanel(page, line, 'Create rule');
    const id = page.locator(`#panel-${line} input[name=id]`);
    await id.waitFor();
    await id.fill('pos-annual-subscription');
    await page.fill(`#panel-${line} input[name=min]`, '20000');
    await page.fill(`#panel-${line} input[name=max]`, '15000');
    // the account is not prefilled (session 26): named, so that only the amounts are what the server refuses
    await page.fill(`#panel-${line} input[name=ledgerAccount]`, 'Subscriptions');
    await page.click(`#panel-${line} button:has-text("Save rule")`);
    await page.locator(`#panel-${line} .notice`, { hasText: 'is above Max amount' }).waitFor();
    await expect(id.inputValue({ timeout: 2_000 })).resolves.toBe('pos-annual-subscription');
    await expect(page.locator(`#panel-${line} input[name=min]`).inputValue({ timeout: 2_000 })).resolves.toBe('20000');
  });
});

// The bind form has no write-back field, and saving it wrote writeBack: false: write-back turned off unseen.
describe.runIf(available)('walk s25: binding an account to its books', () => {
  const t = browserHarness();

  it('Bind to books… keeps the write-back the account is bound with when the admin saves the form as shown', async () => {
    const { h, page, base } = t;
    const binding = async () =>
      JSON.parse(
        (
          await h.db.db
            .selectFrom('accounts')
            .select('ledger_binding')
            .where('id', '=', h.otherAccountId)
            .executeTakeFirstOrThrow()
        ).ledger_binding!,
      ) as { sourceId: string; ledgerAccount: string; writeBack?: boolean };
    // Bound with write-back on (`bankfeed accounts bind … --write-back`, or the ledger configuration).
    await h.db.db
      .updateTable('accounts')
      .set({ ledger_binding: JSON.stringify({ ...(await binding()), writeBack: true }) })
      .where('id', '=', h.otherAccountId)
      .execute();
    await signInInBrowser(page, `${base}/accounts/${h.accountId}/review`, 'ada');
    await page.goto(`${base}/`);
    const panel = `#msg-${h.otherAccountId}`;
    await page.click(`button[hx-get="/accounts/${h.otherAccountId}/bind"]`);
    await page.locator(`${panel} form`).waitFor();
    await page.click(`${panel} button:has-text("Bind")`);
    await page.locator(`${panel} .notice.ok`).waitFor();
    expect(await binding()).toEqual({ sourceId: `books-${h.otherAccountId}`, ledgerAccount: '1010', writeBack: true });
  });
});

// The page declares a device-width viewport, but below about 700px the queue's candidates ran out of their line and
// off the screen, and the header's Sign out left its dark bar (light text on the light page).
describe.runIf(available)('walk s25: a phone-width window', () => {
  const t = browserHarness({ page: false });

  const phone = async () => {
    const { h, browser, base } = t;
    const page = await (await browser.newContext({ viewport: { width: 375, height: 740 } })).newPage();
    await signInInBrowser(page, `${base}/accounts/${h.accountId}/review?view=suggested`, 'rita');
    return page;
  };

  it('keeps a line’s Accept inside its line and on the screen', async () => {
    const page = await phone();
    const { ids } = await firstTwoLines(page);
    const line = (await page.locator(`#line-${ids[0]}`).boundingBox())!;
    const accept = (await page.locator(`#line-${ids[0]} button[data-key=accept]`).boundingBox())!;
    expect(accept.x + accept.width).toBeLessThanOrEqual(line.x + line.width);
    expect(accept.x + accept.width).toBeLessThanOrEqual(375);
    await page.context().close();
  });

  it('keeps Sign out on the dark header bar, where its light text can be read', async () => {
    const page = await phone();
    const header = (await page.locator('header.top').boundingBox())!;
    const signOut = (await page.locator('header.top button:has-text("Sign out")').boundingBox())!;
    expect(signOut.x + signOut.width).toBeLessThanOrEqual(header.x + header.width);
    expect(signOut.y + signOut.height).toBeLessThanOrEqual(header.y + header.height);
    await page.context().close();
  });
});
