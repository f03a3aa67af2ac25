import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { requireComponent } from '../../support/components.js';
import type { WebAppDeps } from '../../../web/app.js';
import { createHarness, type Harness } from './harness.js';

// Debian's Chromium, never a downloaded browser build.
export const CHROMIUM = process.env.BANKFEED_CHROMIUM ?? '/usr/bin/chromium';

/** Whether Chromium is there (skips the suite, or fails the run when components are required). */
export const chromiumAvailable = (): Promise<boolean> =>
  requireComponent('chromium', () => existsSync(CHROMIUM), `Chromium at ${CHROMIUM}`);

export interface BrowserHarness {
  h: Harness;
  browser: Browser;
  /** A 1400×900 page, opened unless `page: false` was asked for. */
  page: Page;
  /** http://127.0.0.1:<port> of the listening app. */
  base: string;
}

/**
 * Registers beforeAll/afterAll hooks in the calling describe: a harness whose app listens on a free port, and
 * Chromium. The returned object's fields are set once beforeAll has run: read them inside tests and hooks.
 */
export function browserHarness(options: { page?: boolean; deps?: Partial<WebAppDeps> } = {}): BrowserHarness {
  const t = {} as BrowserHarness;
  beforeAll(async () => {
    t.h = await createHarness(options.deps);
    await t.h.app.listen({ host: '127.0.0.1', port: 0 });
    const addr = t.h.app.server.address();
    t.base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    t.browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    if (options.page !== false) t.page = await t.browser.newPage({ viewport: { width: 1400, height: 900 } });
  });
  afterAll(async () => {
    await t.browser?.close();
    await t.h?.close();
  });
  return t;
}

/**
 * Opens a line's panel (Find & match, Create rule…, Bank-only…) and waits until htmx has settled it: the app then puts
 * the focus in its first field. Typing and clicking before that can reach a form htmx has not taken over yet, which
 * a click submits as a plain form (the page navigates away): under load, a test doing so failed now and then.
 */
export async function openPanel(page: Page, lineId: number | string, button: string): Promise<void> {
  await page.click(`#line-${lineId} button:has-text("${button}")`);
  // a locator, not waitForFunction: a function polled while the panel loads is evaluated by the page, which the app's
  // content security policy (no 'unsafe-eval') refuses — the clean-clone CI's failure on 12b8014
  await page.locator(`#panel-${lineId} :focus`).waitFor();
}
