import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireComponent } from '../support/components.js';
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

const CHROMIUM = process.env.BANKFEED_CHROMIUM ?? '/usr/bin/chromium';
const available = await requireComponent('chromium', () => existsSync(CHROMIUM), `Chromium at ${CHROMIUM}`);

describe.runIf(available)('Back after sign-out in Chromium', () => {
  let h: Harness;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    h = await createHarness();
    await h.app.listen({ host: '127.0.0.1', port: 0 });
    const addr = h.app.server.address();
    base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  });
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  it('shows the sign-in page, not the accounts of the person who left', async () => {
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
