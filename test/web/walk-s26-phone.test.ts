import { describe, expect, it } from 'vitest';
import { browserHarness, chromiumAvailable } from './support/browser.js';
import { signInInBrowser } from './support/session.js';

// Session 26's walk through the review app in Chromium at a phone's width: each test is a defect found on the walk,
// named by what the app should do.

const available = await chromiumAvailable();

describe.runIf(available)('walk s26: the statement checkpoint on a phone', () => {
  const t = browserHarness({ page: false });

  it('shows every summary figure, the cleared difference included, inside a 390 px wide window', async () => {
    // Sees: figures spilling out of one row of cards, the cleared difference off screen. Should: the cards wrap to fit.
    const { h, browser, base } = t;
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await signInInBrowser(page, `${base}/accounts/${h.accountId}/statement?end=2026-10-31`, 'rita');
    await page.locator('.summary').waitFor();
    const cards = await page.evaluate<Array<{ label: string; right: number; overflows: boolean }>>(
      `[...document.querySelectorAll('.summary > div')].map((d) => ({
        label: d.firstChild.textContent.trim(),
        right: Math.round(d.getBoundingClientRect().right),
        overflows: d.scrollWidth > d.clientWidth,
      }))`,
    );
    expect(cards.map((c) => c.label)).toContain('Cleared difference');
    expect(cards.filter((c) => c.right > 390 || c.overflows)).toEqual([]);
    await page.close();
  });

  it('keeps the accounts and the audit trail inside a 390 px wide window, their tables scrolling in place', async () => {
    // Sees: the whole page scrolling sideways (1,225 and 1,141 px wide). Should: only the table's own box scrolls.
    const { browser, base } = t;
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await signInInBrowser(page, `${base}/`, 'rita');
    for (const path of ['/', '/audit']) {
      await page.goto(`${base}${path}`);
      await page.locator('main table').first().waitFor();
      expect(await page.evaluate<number>('document.documentElement.scrollWidth'), path).toBeLessThanOrEqual(390);
    }
    await page.close();
  });
});
