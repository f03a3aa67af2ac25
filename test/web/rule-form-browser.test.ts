import { describe, expect, it } from 'vitest';
import { browserHarness, chromiumAvailable, openPanel } from './support/browser.js';
import { signInInBrowser } from './support/session.js';

// The rule form's id field checks its shape in the browser before a round trip. Chromium compiles a `pattern`
// with the `v` flag, where an unescaped "-" in a class is a syntax error: the check was dropped, with a console error.

const available = await chromiumAvailable();

describe.runIf(available)('the rule form in Chromium', () => {
  const t = browserHarness();

  it('refuses a rule id with capitals or spaces before posting it, and the page logs no error', async () => {
    const { h, page, base } = t;
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await signInInBrowser(page, `${base}/accounts/${h.accountId}/review?view=unmatched`, 'ada');
    const row = page
      .locator('.line')
      .filter({ has: page.locator('button:has-text("Create rule")') })
      .first();
    const id = await row.getAttribute('data-line');
    await openPanel(page, id!, 'Create rule');
    const field = page.locator(`#line-${id} input[name=id]`);
    await field.waitFor();
    // The field's validity as the browser sees it (the DOM types are not in this project's lib).
    const validity = () =>
      field.evaluate((el) => {
        const v = (el as unknown as { validity: { valid: boolean; patternMismatch: boolean } }).validity;
        return { valid: v.valid, patternMismatch: v.patternMismatch };
      });
    await field.fill('Bad Id');
    expect(await validity()).toEqual({ valid: false, patternMismatch: true });
    await field.fill('pos-subscription');
    expect(await validity()).toEqual({ valid: true, patternMismatch: false });
    expect(errors).toEqual([]);
  });
});
