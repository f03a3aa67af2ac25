import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserHarness, chromiumAvailable, openPanel } from './support/browser.js';
import { booksBalance, explainTheRest, typed } from './support/decisions.js';
import { type Harness, suggestions } from './support/harness.js';
import { signInInBrowser } from './support/session.js';
import { resolveRunningSettings } from '../../worker/running-settings.js';
import { loadSettings } from '../../worker/settings.js';

const available = await chromiumAvailable();

describe.runIf(available)('the review app in Chromium', () => {
  const t = browserHarness({
    deps: { settings: resolveRunningSettings(loadSettings({ BANKFEED_DATA_DIR: '/tmp/bankfeed-browser' }), null) },
  });
  let h: Harness;
  let page: Page;
  let base: string;
  const consoleErrors: string[] = [];

  beforeAll(() => {
    ({ h, page, base } = t);
    // A CSP violation or a script error would mean the page is broken for its users: the last test fails on either.
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    // The console names no request; this says which one failed, so a failure here can be read from the log alone.
    page.on('response', (r) => {
      if (r.status() >= 400) consoleErrors.push(`${r.status()} ${r.request().method()} ${new URL(r.url()).pathname}`);
    });
  });

  const groupStatus = async (id: number) =>
    await h.db.db
      .selectFrom('match_groups')
      .select(['status', 'decided_by'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();

  it('signs in', async () => {
    await signInInBrowser(page, `${base}/accounts/${h.accountId}/review`, 'rita');
    expect(page.url()).toBe(`${base}/accounts/${h.accountId}/review`);
    await expect(page.locator('header .who').innerText()).resolves.toContain('Rita');
  });

  it('accepts the focused line with the keyboard, in place, as the signed-in person', async () => {
    const first = await page.locator('.line').first().getAttribute('data-line');
    const group = Number(await page.locator(`#line-${first} .cand`).first().getAttribute('data-group'));
    await page.keyboard.press('a');
    await page.locator(`#line-${first} .notice.ok`).waitFor();
    await expect(page.locator(`#line-${first}`).innerText()).resolves.toContain('Accepted by Rita');
    expect(await groupStatus(group)).toEqual({ status: 'confirmed', decided_by: 'rita' });
  });

  it('undoes the last decision with u', async () => {
    const confirmed = await h.db.db
      .selectFrom('match_groups')
      .select('id')
      .where('status', '=', 'confirmed')
      .executeTakeFirstOrThrow();
    await page.keyboard.press('u');
    await expect
      .poll(async () => (await groupStatus(Number(confirmed.id))).status, { timeout: 15_000 })
      .toBe('suggested');
    // the undo answers in place, or (a click before htmx has taken the new form over) as a form posted and the queue
    // loaded again: let that load finish, or it cuts the next test's navigation short
    await page.waitForLoadState('networkidle');
    const undo = await h.db.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'undo')
      .executeTakeFirstOrThrow();
    expect(undo.actor).toBe('rita');
  });

  it('matches a split: one bank line against two book entries, picked in find-and-match', async () => {
    await page.goto(`${base}/accounts/${h.accountId}/review?view=suggested&q=lekki`);
    const line = `#line-${h.bank[5]}`;
    await openPanel(page, h.bank[5]!, 'Find & match');
    await page.fill(`${line} input[name=amount]`, '');
    await page.fill(`${line} input[name=text]`, 'Lekki');
    const searched = page.waitForResponse((r) => r.url().includes('/find?'));
    await page.click(`${line} button:has-text("Search")`);
    expect((await searched).status()).toBe(200);
    await page.locator(`${line} td:has-text("Cash sales part 2")`).waitFor();
    await page.check(`${line} input[name=ledger][value="${h.ledger[4]}"]`);
    await page.check(`${line} input[name=ledger][value="${h.ledger[5]}"]`);
    await page.click(`${line} button:has-text("Match selected")`);
    await page.locator(`${line} .notice.ok`).waitFor();
    const manual = await h.db.db
      .selectFrom('match_groups')
      .selectAll()
      .where('kind', '=', 'manual')
      .executeTakeFirstOrThrow();
    expect(manual.decided_by).toBe('rita');
    const items = await h.db.db
      .selectFrom('match_items')
      .select(['side', 'item_id'])
      .where('group_id', '=', manual.id)
      .execute();
    expect(
      items
        .filter((i) => i.side === 'ledger')
        .map((i) => Number(i.item_id))
        .sort(),
    ).toEqual([h.ledger[4], h.ledger[5]]);
  });

  it('bulk-accepts every remaining suggestion after showing the count', async () => {
    await page.goto(`${base}/accounts/${h.accountId}/review?view=suggested`);
    const pending = (await suggestions(h)).length;
    expect(pending).toBeGreaterThan(1);
    await page.click('button:has-text("Accept all matching")');
    const button = page.locator('#bulk-panel button[data-bulk]');
    await button.waitFor();
    const label = await button.innerText();
    expect(label).toMatch(/^Accept \d+$/);
    await button.click();
    // The app's notice, from the session after the job's redirect.
    await page.locator('.notice.ok', { hasText: /Accepted \d+ suggestions?/ }).waitFor();
    const confirmed = await h.db.db
      .selectFrom('match_groups')
      .select('decided_by')
      .where('status', '=', 'confirmed')
      .execute();
    expect(confirmed.length).toBe(Number(label.replace(/\D/g, '')));
    expect(confirmed.every((g) => g.decided_by === 'rita')).toBe(true);
  });

  it('finishes a statement checkpoint once every line is decided and the books agree', async () => {
    // The lines nothing was suggested for are explained as bank-only, as a reviewer would.
    await explainTheRest(h);
    const books = typed(await booksBalance(h));

    await page.goto(`${base}/accounts/${h.accountId}/statement`);
    await page.fill('input[name=end]', '2026-10-31');
    await page.fill('input[name=books]', books);
    await page.click('button:has-text("Update")');
    // finishing locks the period: the page asks once more, naming what it locks
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (d) => {
        resolve(d.message());
        void d.accept();
      }),
    );
    await page.locator('button:has-text("Finish reconciliation to 2026-10-31")').click();
    expect(await asked).toMatch(/^Finish the reconciliation to 2026-10-31 and lock its [\d,]+ bank lines\?/);
    await page.locator('.notice.ok', { hasText: 'finished by Rita' }).waitFor();
    const saved = await h.db.db.selectFrom('statement_reconciliations').selectAll().executeTakeFirstOrThrow();
    expect(saved.finished_by).toBe('rita');
  });

  it('shows the audit trail with the person on every decision', async () => {
    await page.goto(`${base}/audit?account=${h.accountId}&actor=rita`);
    const rows = await page.locator('table.grid tbody tr').allInnerTexts();
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.every((r) => r.includes('Rita'))).toBe(true);
    expect(rows.some((r) => r.includes('Finished a reconciliation'))).toBe(true);
    expect(rows.some((r) => r.includes('Matched by hand'))).toBe(true);
  });

  it('opens the settings the app runs with from the navigation', async () => {
    await page.click('header nav a:has-text("Settings")');
    await page.waitForURL(`${base}/settings`);
    await expect(page.locator('h1').innerText()).resolves.toBe('Settings');
    await expect(page.locator('[data-setting="Default write-off account"]').innerText()).resolves.toBe('Bank charges');
    await expect(page.locator('[data-setting="Nightly run"]').innerText()).resolves.toBe(
      'every day at 02:00 (Africa/Lagos)',
    );
  });

  it('ran without a script error or a Content-Security-Policy violation', () => {
    expect(consoleErrors).toEqual([]);
  });
});
