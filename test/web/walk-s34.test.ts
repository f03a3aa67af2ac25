/**
 * Session 34's first-contact walk, as a new finance-team user: `npx bankfeed start` (the Mono sandbox demo, five
 * accounts and the demo books of examples/), signed in as the demo admin in Debian's Chromium, at desktop width and
 * at a phone's (390×844). The accounts overview, each review queue, the statement page and the nightly workbooks
 * were walked on the running demo; what an accountant would not accept is reproduced here on the test harness, each
 * as a test whose comment says what was seen in the demo and what it should be; each was an `it.fails` until fixed.
 *
 * Screenshots of the demo (docs/screenshots/walk-s34/) were taken by hand on the walk.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReconciliationService } from '../../activities/reconciliation-service.js';
import { seedBank, seedLedger } from '../reconciliation/seed.js';
import { browserHarness, chromiumAvailable } from './support/browser.js';
import { OPENING_MINOR, type Harness } from './support/harness.js';
import { signInInBrowser } from './support/session.js';

const available = await chromiumAvailable();

/**
 * The demo's GTBank account (Adebayo Foods Ltd) as walked: airtime bought for several phones on the 9mobile network
 * over the year, each posted in the books on its day with the bank's own words (examples/ledger's
 * adebayo-foods-general-ledger.csv). Seeded on the harness's second account, with its running balances, and
 * reconciled as the demo's feeds are (the engine's default options, the Nigerian presets on).
 */
async function airtimeYear(h: Harness): Promise<{ november: number; july1: number; july7: number }> {
  const id = h.otherAccountId;
  const [november, july1, july7] = await seedBank(h.db.db, id, [
    { date: '2025-11-21', amountMinor: -180_000, narration: 'AIRTIME PURCHASE 9MOBILE 0849*****34' },
    { date: '2026-07-01', amountMinor: -220_000, narration: 'AIRTIME PURCHASE 9MOBILE 0817*****82' },
    { date: '2026-07-07', amountMinor: -220_000, narration: 'AIRTIME PURCHASE 9MOBILE 0886*****90' },
  ]);
  await seedLedger(h.db.db, `books-${id}`, [
    { date: '2026-07-01', amountMinor: -220_000, description: 'AIRTIME PURCHASE 9MOBILE 0817*****82' },
    { date: '2026-07-06', amountMinor: -220_000, description: 'AIRTIME PURCHASE 9MOBILE 0886*****90' },
  ]);
  await h.db.db.updateTable('ledger_entries').set({ ledger_account: '1010' }).execute();
  await h.db.db
    .updateTable('accounts')
    .set({ synced_through: '2026-11-20', name: 'Adebayo Foods Ltd' })
    .where('id', '=', id)
    .execute();
  await createReconciliationService({ db: h.db.db }).reconcileAccount({
    accountId: id,
    ledgerSourceId: `books-${id}`,
    period: { from: '2025-11-01', to: '2026-07-31' },
    trigger: 'sync',
  });
  return { november: november!, july1: july1!, july7: july7! };
}

describe.runIf(available)('walk s34 in Chromium: a new finance-team user on first contact with the demo', () => {
  const t = browserHarness({ page: false });

  /** Ada (admin) signed in, at the given width, on `path`. */
  async function tab(path: string, viewport = { width: 1400, height: 900 }): Promise<Page> {
    const context = await t.browser.newContext({ viewport, timezoneId: 'Africa/Lagos' });
    const page = await context.newPage();
    await signInInBrowser(page, `${t.base}${path}`, 'ada');
    return page;
  }
  /** A line's block in the queue, its words run together as read. */
  const rowText = async (page: Page, id: number): Promise<string> =>
    (await page.locator(`#line-${id}`).innerText()).replace(/\s+/g, ' ');

  describe('the review queue', () => {
    let lines: Awaited<ReturnType<typeof airtimeYear>>;
    let page: Page;
    beforeAll(async () => {
      lines = await airtimeYear(t.h);
      page = await tab(`/accounts/${t.h.otherAccountId}/review?view=suggested`);
    }, 60_000);
    afterAll(async () => page?.context().close());

    /*
     * Did: opened Adebayo Foods Ltd's queue (Awaiting review, first page). Saw, first row: 2025-11-21
     * -₦1,800.00 "AIRTIME PURCHASE 9MOBILE 0849*****34" suggested at 76% against two book entries of July 2026
     * (-₦2,200.00, "AIRTIME PURCHASE 9MOBILE 0817*****82" and "… 0886*****90"), with "reference code 9MOBILE in bank
     * text and ledger entry" and "part payment: short by ₦400.00" (docs/screenshots/walk-s34/02-queue-9mobile.png).
     * 9MOBILE is the telephone network's name, in every 9mobile airtime line, not a reference; an airtime purchase
     * of ₦1,800 for one phone is no part payment of ₦2,200 of airtime for another phone seven months later. Fixed: a
     * word whose one digit opens it, letters after, is a name, not a payment code (matching/references.ts, isCode), so
     * the line is unmatched, with no candidate, and awaits no review.
     */
    it('suggests nothing for November airtime from a July entry on the strength of the network name 9MOBILE', async () => {
      expect(await page.locator(`#line-${lines.november}`).count()).toBe(0);
      const unmatched = await tab(`/accounts/${t.h.otherAccountId}/review?view=unmatched`);
      const row = await rowText(unmatched, lines.november);
      expect(row).toContain('0849*****34');
      expect(row).not.toContain('9MOBILE in bank text');
      expect(row).not.toContain('2026-07-01');
      expect(row).not.toContain('part payment');
      await unmatched.context().close();
    });

    /*
     * Did: on the same queue's first page, read the row of 2026-07-01 -₦2,200.00 "AIRTIME PURCHASE 9MOBILE
     * 0817*****82". Saw two candidates, both at 100%, both "another candidate is equally good: not decided": the
     * entry of the same day with the very same words and phone number (0817*****82), and the entry of 2026-07-06 for
     * another phone (0886*****90); the 2026-07-07 line for 0886*****90 likewise. An accountant expects the entry with
     * the same day and the same phone number first, with a higher confidence, and no "equally good". Fixed with the
     * network's name no longer a reference: the same-day entry ranks first on its date.
     */
    it('matches the same-day entry for the same phone, or suggests it ahead of another phone’s entry', async () => {
      // since session 36 each purchase is matched to the entry of its own phone (its masked number told apart from the
      // other's, matching/masked-numbers.ts), and the July line awaits no review: its match must be that entry
      if ((await page.locator(`#line-${lines.july1}`).count()) === 0) {
        const matched = await tab(`/accounts/${t.h.otherAccountId}/review?view=matched`);
        const row = await rowText(matched, lines.july1);
        await matched.context().close();
        expect(row).toContain('0817*****82');
        expect(row).not.toContain('0886*****90');
        return;
      }
      const row = await rowText(page, lines.july1);
      expect(row).not.toContain('another candidate is equally good');
      const first = page.locator(`#line-${lines.july1} .cand`).first();
      expect((await first.innerText()).replace(/\s+/g, ' ')).toContain('0817*****82');
      expect(row).not.toMatch(/100%[^%]*100%/);
    });
  });

  describe('the statement page', () => {
    /*
     * Did: opened "Statement checkpoint" for an account with no finished reconciliation (every demo account on first
     * contact). Saw in "Opening to closing, each side": "Opening, before 2025-11-20 ₦13,815,464.00 the first line's
     * running balance". The first line's running balance in the feed (and on the bank's own statement) is
     * ₦11,900,996.00 (after its -₦1,914,468.00); the figure shown is the balance before it. An accountant who ticks the
     * opening against the statement's first line finds another figure under a caption that says it is that line's.
     * Expected: a caption that says what the figure is, e.g. "the first line's running balance less its amount" or
     * "the balance before the first line". Where: web/views/statement-roll-forward-view.ts:55.
     */
    it("names the opening it shows for what it is, not as the first line's running balance", async () => {
      const page = await tab(`/accounts/${t.h.accountId}/statement?end=2026-10-31`);
      const opening = (await page.locator('[data-figure="bank-opening"]').first().innerText()).replace(/\s+/g, ' ');
      // the harness's first line (+₦125,000.00 on 2026-10-02) runs the balance from ₦100,000.00 to ₦225,000.00
      expect(opening).toContain('₦100,000.00');
      expect(OPENING_MINOR).toBe(10_000_000);
      const cell = (await page.locator('tr', { hasText: 'Opening, before' }).first().innerText()).replace(/\s+/g, ' ');
      expect(cell).not.toContain("the first line's running balance");
      await page.context().close();
    });

    /*
     * Did: opened the statement page on a phone (390×844). Saw "Bank reconciliation statement" with its labels and no
     * amounts: every figure (balance per bank, adjusted bank balance, balance per books, the difference) sits right of
     * the screen's edge, reachable only by swiping the table sideways, with nothing saying so; "Opening to closing,
     * each side" likewise shows only the start of its Bank column and none of its Books column; in the demo the page
     * itself also scrolled sideways (467px wide at 390). docs/screenshots/walk-s34/05-phone-statement.png. The queue
     * and the overview fit. Expected: on a phone the statement's figures are on screen beside (or under) their labels,
     * as the "Cleared difference" cards above are. Where: web/views/statement-view.ts (table.grid.narrow.statement)
     * and web/views/statement-roll-forward-view.ts (table.grid.narrow.rollforward): their labels and captions do not
     * wrap, and the tables scroll inside their box (overflow-x: auto) instead of fitting.
     */
    it("shows the statement's figures on a phone's screen, not off its right edge", async () => {
      const page = await tab(`/accounts/${t.h.accountId}/statement?end=2026-10-31`, { width: 390, height: 844 });
      // (a string: the test's own code has no DOM types)
      const offScreen = await page.evaluate<string[]>(`
        ['balance-per-bank', 'adjusted-bank', 'balance-per-books', 'adjusted-book', 'difference'].filter((name) => {
          const el = document.querySelector('[data-figure="' + name + '"]');
          return !el || el.getBoundingClientRect().right > document.documentElement.clientWidth;
        })`);
      expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      if (process.env.BANKFEED_WALK_SCREENSHOTS === '1')
        await page.screenshot({
          path: new URL('../../docs/screenshots/walk-s34/06-phone-statement-fixed.png', import.meta.url).pathname,
          fullPage: true,
        });
      await page.context().close();
      expect(offScreen).toEqual([]);
    });
  });

  describe('the accounts overview', () => {
    /*
     * Did: opened the accounts overview (the first page after sign-in). Saw Lekki Logistics Ltd's feed state,
     * "Needs re-authorisation", the one state that asks someone to act, in 11px bold brown (#9a6200) on light orange
     * (#fdeed5): a contrast of 4.46:1, under the 4.5:1 WCAG AA asks of text that size (the other badges pass).
     * docs/screenshots/walk-s34/01-overview.png. Expected: at least 4.5:1 (a darker --warn on that background, e.g.
     * #8a5800). Where: web/static/app.css, .state.REAUTH_REQUIRED / .state.FAILING (~151) with --warn.
     */
    it('shows "Needs re-authorisation" with the contrast small text needs (4.5:1)', async () => {
      await t.h.db.db
        .updateTable('accounts')
        .set({ state: 'REAUTH_REQUIRED' })
        .where('id', '=', t.h.accountId)
        .execute();
      const page = await tab('/');
      const ratio = await page.evaluate<number>(`(() => {
        const badge = document.querySelector('.state.REAUTH_REQUIRED');
        const lum = (c) => {
          const [r, g, b] = (c.match(/\\d+(\\.\\d+)?/g) ?? []).map(Number).map((v) => {
            const x = v / 255;
            return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const s = getComputedStyle(badge);
        const [a, b] = [lum(s.color), lum(s.backgroundColor)];
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      })()`);
      await t.h.db.db.updateTable('accounts').set({ state: 'ACTIVE' }).where('id', '=', t.h.accountId).execute();
      await page.context().close();
      expect(ratio).toBeGreaterThanOrEqual(4.5);
    });
  });
});
