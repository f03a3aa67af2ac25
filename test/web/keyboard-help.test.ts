import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserHarness, chromiumAvailable } from './support/browser.js';
import { createHarness, type Harness } from './support/harness.js';
import { get, signIn, signInInBrowser } from './support/session.js';

describe('an empty queue', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(async () => h?.close());

  it('says the filter matched nothing, not that every suggestion is decided', async () => {
    const s = await signIn(h.app, 'rita');
    const page = await get(h.app, s, `/accounts/${h.accountId}/review?view=suggested&q=no-such-narration`);
    expect(page.body).toContain('No line of this tab matches the filter');
    expect(page.body).not.toContain('every suggestion is decided');
  });
});

const available = await chromiumAvailable();

describe.runIf(available)('the keyboard help in Chromium', () => {
  const t = browserHarness();

  it('decides nothing while the help is open; the keys work again once it is closed', async () => {
    const { h, page, base } = t;
    await signInInBrowser(page, `${base}/accounts/${h.accountId}/review`, 'rita');
    const first = await page.locator('.line.focus').getAttribute('data-line');
    await page.keyboard.press('?');
    await expect(page.locator('#help').getAttribute('open')).resolves.not.toBeNull();
    await page.keyboard.press('a');
    await page.keyboard.press('j');
    await page.keyboard.press('Escape');
    await expect(page.locator('#help').getAttribute('open')).resolves.toBeNull();
    // Nothing was sent while the help was open: no decision, and the focus did not move.
    const decided = await h.db.db
      .selectFrom('match_groups')
      .select('id')
      .where('status', 'in', ['confirmed', 'rejected'])
      .execute();
    expect(decided).toEqual([]);
    expect(await page.locator('.line.focus').getAttribute('data-line')).toBe(first);
    await page.keyboard.press('a');
    await page.locator(`#line-${first} .notice.ok`).waitFor({ timeout: 10_000 });
  });
});
