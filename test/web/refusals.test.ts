import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserHarness, chromiumAvailable } from './support/browser.js';
import { createHarness, type Harness } from './support/harness.js';
import { post, signIn, signInInBrowser } from './support/session.js';

// What an accountant sees when the app refuses an action: the reason in money and words, and the line still there.

describe('a refused write-off', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(async () => h?.close());

  it('names the amounts in the currency, not in minor units', async () => {
    const s = await signIn(h.app, 'rita');
    // 1,000,000 against 1,200,000 is far beyond the tolerance: refused without an override and a reason.
    const res = await post(h.app, s, `/accounts/${h.accountId}/match`, {
      line: h.bank[1],
      ledger: [h.ledger[4]],
      writeOffAccount: 'Sundry',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('writing off ₦');
    expect(res.body).not.toContain('minor units');
  });
});

const available = await chromiumAvailable();

describe.runIf(available)('a refused action in Chromium', () => {
  const t = browserHarness();

  it('keeps the line and its form, with the reason in its panel', async () => {
    const { h, page, base } = t;
    await signInInBrowser(page, `${base}/accounts/${h.accountId}/review?view=suggested`, 'rita');
    const row = page
      .locator('.line')
      .filter({ has: page.locator('button:has-text("Bank-only")') })
      .first();
    const id = await row.getAttribute('data-line');
    await row.locator('button:has-text("Bank-only")').click();
    const account = page.locator(`#line-${id} input[name=account]`);
    await account.waitFor();
    // Blanks pass the browser's `required`; the server trims them and refuses with 400.
    await account.fill('   ');
    await page.locator(`#line-${id} button:has-text("Mark as bank-only")`).click();
    await page.locator(`#line-${id} .panel .notice.error`).waitFor({ timeout: 10_000 });
    await expect(page.locator(`#line-${id} .panel .notice.error`).innerText()).resolves.toContain(
      'name the ledger account',
    );
    await expect(page.locator(`#line-${id} button:has-text("Find & match")`).count()).resolves.toBe(1);
    await expect(page.locator(`#line-${id} input[name=account]`).count()).resolves.toBe(1);

    // A second refusal replaces the first notice rather than stacking another.
    await page.locator(`#line-${id} button:has-text("Mark as bank-only")`).click();
    await expect
      .poll(async () => page.locator(`#line-${id} .panel .notice.error`).count(), { timeout: 10_000 })
      .toBe(1);
    expect(await h.db.db.selectFrom('match_groups').select('id').where('status', '=', 'manual').execute()).toEqual([]);
  });
});
