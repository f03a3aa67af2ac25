import { describe, expect, it } from 'vitest';
import { browserHarness, chromiumAvailable } from './support/browser.js';
import { signInInBrowser } from './support/session.js';

// The write-off panel took the keyboard focus into its field; "Bank-only…" left it on the button, so a keyboard
// user had to find the panel's field by tabbing. Every panel opened takes the focus to its first field.

const available = await chromiumAvailable();

describe.runIf(available)('the focus when a panel opens in Chromium', () => {
  const t = browserHarness();
  // Read in the page as strings: the DOM types are not in this project's lib.
  const focused = () =>
    t.page.evaluate<string>(
      "(document.activeElement.closest('.panel')?.id ?? '') + ' ' + (document.activeElement.getAttribute('name') ?? '')",
    );

  it('goes to the ledger account of the Bank-only… panel, as to the write-off account of Accept…', async () => {
    const { h, page, base } = t;
    await signInInBrowser(page, `${base}/accounts/${h.accountId}/review`, 'rita');

    const accept = page.locator('button[data-panel][data-key="accept"]').first();
    const acceptLine = await accept.evaluate((b) => b.closest('.line')!.id);
    await accept.focus();
    await page.keyboard.press('Enter');
    await page.locator(`#${acceptLine} .panel input[name="account"]`).waitFor();
    await expect.poll(focused).toBe(`${acceptLine.replace('line', 'panel')} account`);

    const bankOnly = page.locator('button:text-is("Bank-only…")').nth(1);
    const bankOnlyLine = await bankOnly.evaluate((b) => b.closest('.line')!.id);
    await bankOnly.focus();
    await page.keyboard.press('Enter');
    await page.locator(`#${bankOnlyLine} .panel input[name="account"]`).waitFor();
    await expect.poll(focused).toBe(`${bankOnlyLine.replace('line', 'panel')} account`);
  });
});
