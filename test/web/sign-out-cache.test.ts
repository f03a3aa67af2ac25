import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserHarness, chromiumAvailable } from './support/browser.js';
import { createHarness, type Harness } from './support/harness.js';
import { get, signIn, signInInBrowser } from './support/session.js';

// Back after "Sign out" on a shared computer must not show the last person's accounts from the browser's cache.

describe('pages after sign-out', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(async () => h?.close());

  it('are sent no-store (the app scripts and styles may be cached)', async () => {
    const s = await signIn(h.app, 'vera');
    expect((await get(h.app, s, '/')).headers['cache-control']).toBe('no-store');
    expect((await get(h.app, s, `/accounts/${h.accountId}/review`)).headers['cache-control']).toBe('no-store');
    expect((await get(h.app, s, '/assets/app.js')).headers['cache-control']).toContain('max-age');
  });
});

const available = await chromiumAvailable();

describe.runIf(available)('Back after sign-out in Chromium', () => {
  const t = browserHarness({ page: false });

  it('shows the sign-in page, not the accounts of the person who left', async () => {
    const { h, browser, base } = t;
    const page = await browser.newPage();
    await signInInBrowser(page, `${base}/accounts/${h.accountId}/review`, 'vera');
    await page.goto(`${base}/`);
    await expect(page.locator('main').innerText()).resolves.toContain('Accounts');
    await Promise.all([page.waitForURL(/\/sign-in/), page.click('form[action="/sign-out"] button')]);
    await page.goBack();
    await page.waitForLoadState();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await expect(page.locator('main').innerText()).resolves.toContain('Sign in to bankfeed');
  });
});
