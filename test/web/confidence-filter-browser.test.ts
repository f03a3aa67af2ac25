import { describe, expect, it } from 'vitest';
import { browserHarness, chromiumAvailable } from './support/browser.js';
import { signInInBrowser } from './support/session.js';

// The Confidence filter in Chromium, as a person uses it: chosen in the toolbar, it narrows and counts every tab, stays
// chosen across the tabs, and the tabs counted again after a decision made in place keep it.

const available = await chromiumAvailable();

describe.runIf(available)('the Confidence filter in Chromium', () => {
  const t = browserHarness();
  const errors: string[] = [];
  const tabs = async () => (await t.page.locator('#queue-tabs').innerText()).replace(/\s+/g, ' ').trim();

  it('narrows and counts every tab, and stays chosen on each', async () => {
    const { h, page, base } = t;
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await signInInBrowser(page, `${base}/accounts/${h.accountId}/review`, 'rita');
    // the run's suggestions are below 50%; the NIP fee its preset posted is at 100%
    await page.selectOption('select[name=min]', '50');
    await page.click('form.toolbar button:has-text("Filter")');
    await page.waitForURL((u) => u.searchParams.get('min') === '50');
    expect(await tabs()).toBe('Awaiting review 0 Unmatched 0 Matched 1');
    await page.click('#queue-tabs a[href*="view=matched"]');
    await page.waitForURL((u) => u.searchParams.get('view') === 'matched');
    expect(new URL(page.url()).searchParams.get('min')).toBe('50');
    expect(await page.locator('select[name=min]').inputValue()).toBe('50');
    expect(await page.locator('.line').count()).toBe(1);
    await expect(page.locator('#confidence-note').innerText()).resolves.toContain('Confidence ≥ 50%');
    expect(await tabs()).toBe('Awaiting review 0 Unmatched 0 Matched 1');
    await page.click('#queue-tabs a[href*="view=unmatched"]');
    await page.waitForURL((u) => u.searchParams.get('view') === 'unmatched');
    expect(await page.locator('select[name=min]').inputValue()).toBe('50');
    await expect(page.locator('#queue').innerText()).resolves.toContain('nothing on this tab carries a confidence');
  });

  it('counts the tabs again under the filter after a line is accepted in place', async () => {
    const { h, page, base } = t;
    // a figure of no choice of the list, typed into the address: the list shows it chosen
    await page.goto(`${base}/accounts/${h.accountId}/review?view=suggested&min=45`);
    expect(await page.locator('select[name=min]').inputValue()).toBe('45');
    expect(await tabs()).toBe('Awaiting review 3 Unmatched 0 Matched 1');
    const first = await page.locator('.line').first().getAttribute('data-line');
    await page.keyboard.press('a');
    await page.locator(`#line-${first} .notice.ok`).waitFor();
    // accepted at the engine's 49.5%: it leaves Awaiting review and is counted under Matched at ≥ 45%
    await expect.poll(tabs).toBe('Awaiting review 2 Unmatched 0 Matched 2');
    expect(errors).toEqual([]);
  });
});
