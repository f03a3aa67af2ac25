import { describe, expect, it } from 'vitest';
import { browserHarness, chromiumAvailable, openPanel } from './support/browser.js';
import { signInInBrowser } from './support/session.js';

// The review screen read by a screen reader: every candidate's buttons were named just "Accept" and "Reject", the
// ledger entries to tick in find & match had unnamed checkboxes, and the line j/k moved to was only highlighted, so
// nothing said which line a and r would decide. Found by role and accessible name, as assistive technology does.

const available = await chromiumAvailable();

describe.runIf(available)('the review screen to assistive technology', () => {
  const t = browserHarness();

  it("names each candidate's buttons by the candidate", async () => {
    const { h, page, base } = t;
    await signInInBrowser(page, `${base}/accounts/${h.accountId}/review?view=suggested`, 'rita');
    const accept = page.getByRole('button', {
      name: /^Accept: 2026-09-30 SI-1001 Adebayo Stores Ltd \+₦125,000\.00 \(\d+% confidence\)$/,
    });
    await expect(accept.count()).resolves.toBe(1);
    await expect(
      page.getByRole('button', { name: /^Reject: 2026-09-30 SI-1001 Adebayo Stores Ltd/ }).count(),
    ).resolves.toBe(1);
    // A candidate whose amounts differ opens the write-off, and says so.
    await expect(
      page.getByRole('button', { name: /^Accept with a write-off: .*SI-1004 Okon Ventures/ }).count(),
    ).resolves.toBe(1);
  });

  it('moves the keyboard focus with j to the line, named by its date, amount and narration', async () => {
    const { page } = t;
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('j');
    const focused = (await page.locator(':focus').getAttribute('aria-label')) ?? '';
    const highlighted = await page.locator('.line.focus').getAttribute('aria-label');
    expect(focused).toMatch(/^Bank line \d{4}-\d{2}-\d{2} [+-]₦[\d,]+\.\d{2} /);
    expect(focused).toBe(highlighted);
    await expect(page.getByRole('group', { name: focused }).count()).resolves.toBe(1);
  });

  it('names the entries to tick in find & match', async () => {
    const { h, page, base } = t;
    await page.goto(`${base}/accounts/${h.accountId}/review?view=suggested&q=lekki`);
    const line = `#line-${h.bank[5]}`;
    await openPanel(page, h.bank[5]!, 'Find & match');
    await page.fill(`${line} input[name=amount]`, '');
    await page.fill(`${line} input[name=text]`, 'Lekki');
    await page.click(`${line} button:has-text("Search")`);
    const part2 = page.getByRole('checkbox', {
      name: /^Match 2026-10-06 CS-2 Lekki Branch Cash sales part 2 \+₦12,000\.00$/,
    });
    await part2.check();
    await expect(page.locator(`${line} input[name=ledger][value="${h.ledger[5]}"]`).isChecked()).resolves.toBe(true);
  });
});
