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

  // Walk s43: the Accept… and Bank-only… panels had no Close, and Escape did nothing; the panel stayed until a reload.
  it('puts the panel away on Escape, from its field, and leaves the focus on its line', async () => {
    const { h, page, base } = t;
    // signed in by the test above (the suite shares its page)
    await page.goto(`${base}/accounts/${h.accountId}/review`);
    for (const open of ['button[data-panel][data-key="accept"]', 'button:text-is("Bank-only…")']) {
      const button = page.locator(open).first();
      const line = await button.evaluate((b) => b.closest('.line')!.id);
      await button.focus();
      await page.keyboard.press('Enter');
      await page.locator(`#${line} .panel input[name="account"]`).waitFor();
      await expect.poll(focused).toBe(`${line.replace('line', 'panel')} account`);
      await page.keyboard.press('Escape');
      await page.locator(`#${line} .panel input[name="account"]`).waitFor({ state: 'detached' });
      await expect.poll(() => page.evaluate<string>('document.activeElement.closest(".line")?.id ?? ""')).toBe(line);
    }
  });
});
