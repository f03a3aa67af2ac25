import { describe, expect, it } from 'vitest';
import { browserHarness, chromiumAvailable } from './support/browser.js';
import { signInInBrowser } from './support/session.js';

// Session 27's walk through the review app in Chromium at a phone's width: each test is a defect found on the walk,
// named by what the app should do.

const available = await chromiumAvailable();

describe.runIf(available)('walk s27: the statement checkpoint on a phone', () => {
  const t = browserHarness({ page: false });

  it('keeps each summary figure whole on one line at 390 px, never split between two digits', async () => {
    // Sees: "KSh1,010,562.0" on one line and "7" on the next under Cleared difference (and "-" alone above
    // "KSh1,546,498.5" / "6"); here a ₦123 million balance takes three lines. A figure read off its first line is
    // wrong. Should: each figure on one line.
    const { h, browser, base } = t;
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await signInInBrowser(
      page,
      `${base}/accounts/${h.accountId}/statement?end=2026-10-31&balance=-123456789.01`,
      'rita',
    );
    await page.locator('.summary').waitFor();
    const figures = await page.evaluate<Array<{ figure: string; lines: number; right: number }>>(
      `[...document.querySelectorAll('.summary b')].map((b) => {
        // the text's own boxes, one per line it takes (the figure is a block: its element has one box)
        const range = document.createRange();
        range.selectNodeContents(b);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        return { figure: b.textContent.trim(), lines: tops.size, right: Math.round(b.getBoundingClientRect().right) };
      })`,
    );
    expect(figures.map((f) => f.figure)).toContain('-₦123,456,789.01');
    expect(figures.filter((f) => f.lines !== 1)).toEqual([]);
    expect(figures.filter((f) => f.right > 390)).toEqual([]);
    await page.close();
  });
});
