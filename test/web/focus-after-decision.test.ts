import { describe, expect, it } from 'vitest';
import { browserHarness, chromiumAvailable } from './support/browser.js';
import { signInInBrowser } from './support/session.js';

// A decision swaps its row whole, the pressed button with it: the keyboard focus fell to the page itself, so the
// next Tab started again at the top of the page, far from the line just decided and its Undo.

const available = await chromiumAvailable();

describe.runIf(available)('the focus after a decision in Chromium', () => {
  const t = browserHarness();

  it('stays on the decided line, and Tab goes on within it', async () => {
    const { h, page, base } = t;
    await signInInBrowser(page, `${base}/accounts/${h.accountId}/review`, 'rita');
    const row = page
      .locator('.line')
      .filter({ has: page.locator('button:text-is("Reject")') })
      .first();
    const id = await row.getAttribute('id');
    const reject = page.locator(`#${id} button:text-is("Reject")`).first();
    // As a keyboard user presses it: focused, then Enter.
    await reject.focus();
    await page.keyboard.press('Enter');
    await page.locator(`#${id} .notice.ok`).waitFor();
    // Read in the page as strings: the DOM types are not in this project's lib.
    await expect.poll(() => page.evaluate<string>('document.activeElement.id')).toBe(id);
    await page.keyboard.press('Tab');
    expect(await page.evaluate<string>("document.activeElement.closest('.line')?.id ?? ''")).toBe(id);
  });
});
