import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browserHarness, chromiumAvailable } from './support/browser.js';
import { formatMoney } from '../../domain/money.js';
import { booksBalance, decideEverything, typed } from './support/decisions.js';
import { createHarness, type Harness } from './support/harness.js';
import { follow, get, post, type Session, signIn, signInInBrowser } from './support/session.js';

// Finish posted copies of the balances as the page was drawn: a statement balance typed over them and not updated
// was finished over, unseen, with the old figures. Finish now submits the fields as they stand; the server applies a
// changed balance, checked as Update checks it, and says so, or refuses.

const END = '2026-10-31';
const saved = (h: Harness) => h.db.db.selectFrom('statement_reconciliations').selectAll().execute();

/** The ready statement page, as the person has it before editing a field. */
async function readyPage(h: Harness, s: Session) {
  const books = typed(await booksBalance(h));
  const page = await get(h.app, s, `/accounts/${h.accountId}/statement?end=${END}&books=${books}`);
  expect(page.body).toContain(`Finish reconciliation to ${END}`);
  return { books, body: page.body };
}

/**
 * Presses Finish on a page as a browser would: the button's form (by its `form` attribute), that form's fields as
 * the page drew them with the person's edits over them, posted to the button's `formaction`.
 */
async function pressFinish(h: Harness, s: Session, body: string, edits: Record<string, string>) {
  const button = /<button[^>]*formaction="([^"]+)"[^>]*>\s*Finish reconciliation/.exec(body);
  if (!button) throw new Error('Finish does not submit the statement fields');
  expect(button[0]).toContain('form="statement-fields"');
  expect(button[0]).toContain('formmethod="post"');
  const form = /<form id="statement-fields"[\s\S]*?<\/form>/.exec(body)![0];
  const fields = Object.fromEntries(
    [...form.matchAll(/<input[^>]*name="(\w+)"[^>]*value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]),
  );
  return post(h.app, s, button[1]!.replace(/&amp;/g, '&'), { ...fields, ...edits }, false);
}

/** The statement balance the page shows (the feed's, none typed), as a person types it from the bank's statement. */
async function feedBalance(h: Harness, s: Session, books: string): Promise<number> {
  const doc = await get(h.app, s, `/accounts/${h.accountId}/statement.json?end=${END}&books=${books}`);
  return (JSON.parse(doc.body) as { statements: Array<{ statement: { balancePerBank: { amountMinor: number } } }> })
    .statements[0]!.statement.balancePerBank.amountMinor;
}

describe('Finish with a balance typed and not updated', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
    await decideEverything(h);
  });
  afterEach(async () => h.close());

  it('keeps no copy of the balances in a form of its own', async () => {
    const rita = await signIn(h.app, 'rita');
    const { body } = await readyPage(h, rita);
    expect(body).not.toMatch(/type="hidden"\s+name="balance"/);
    expect(body).not.toMatch(/type="hidden"\s+name="books"/);
  });

  it('applies a wrong statement balance typed and refuses the finish, saying which figure it took', async () => {
    const rita = await signIn(h.app, 'rita');
    const { body } = await readyPage(h, rita);
    const res = await pressFinish(h, rita, body, { balance: '1.00' });
    expect(res.statusCode).toBe(303);
    expect(await saved(h)).toEqual([]);
    const page = (await follow(h.app, rita, res)).body;
    expect(page).toContain(
      'Not finished: the figures typed and not updated were applied (ending balance per statement 1.00), and',
    );
    expect(page).toContain('the statement balance and the cleared lines differ');
    // The statement below is the one with the balance typed, the field holding it.
    expect(page).toMatch(/name="balance"\s+value="1.00"/);
  });

  it('refuses a balance Update would refuse, in Update’s own words', async () => {
    const rita = await signIn(h.app, 'rita');
    const { body, books } = await readyPage(h, rita);
    const res = await pressFinish(h, rita, body, { balance: '12,3x' });
    expect(res.statusCode).toBe(303);
    expect(await saved(h)).toEqual([]);
    const page = (await follow(h.app, rita, res)).body;
    const update = await get(
      h.app,
      rita,
      `/accounts/${h.accountId}/statement?end=${END}&balance=12%2C3x&books=${books}`,
    );
    const reason = 'Ending balance per statement: &quot;12,3x&quot; is not an amount such as -1,250.00 or (1,250.00)';
    expect(update.body).toContain(reason);
    expect(page).toContain(reason);
    expect(page).toContain('Not finished: a figure typed is not one the statement can take');
  });

  it('finishes with a right statement balance typed and not updated, and says it took it', async () => {
    const rita = await signIn(h.app, 'rita');
    const { body, books } = await readyPage(h, rita);
    const bank = await feedBalance(h, rita, books);
    // typed as the bank's statement prints it, with separators
    const printed = formatMoney({ minor: bank, currency: 'NGN' }, { symbol: false });
    const res = await pressFinish(h, rita, body, { balance: printed });
    expect(res.statusCode).toBe(303);
    const [c] = await saved(h);
    expect(Number(c!.statement_balance_minor)).toBe(bank);
    expect((await follow(h.app, rita, res)).body).toContain(
      `finished by Rita with the figures typed and not updated (ending balance per statement ${printed})`,
    );
  });

  it('shows, rather than finishes, a statement to another ending date typed and not updated', async () => {
    const rita = await signIn(h.app, 'rita');
    const { body } = await readyPage(h, rita);
    const res = await pressFinish(h, rita, body, { end: '2026-10-30' });
    expect(await saved(h)).toEqual([]);
    const page = (await follow(h.app, rita, res)).body;
    expect(page).toContain('Not finished: the statement ending date was changed to 2026-10-30 and not updated');
    expect(page).toContain('Bank reconciliation statement at 2026-10-30');
  });
});

const available = await chromiumAvailable();

describe.runIf(available)('Finish with a balance typed and not updated, in Chromium', () => {
  const t = browserHarness();

  it('takes the balance in the field, not the one the page was drawn with', async () => {
    const { h, page, base } = t;
    await decideEverything(h);
    const books = typed(await booksBalance(h));
    await signInInBrowser(page, `${base}/accounts/${h.accountId}/statement?end=${END}&books=${books}`, 'rita');
    await page.fill('input[name=balance]', '1.00');
    page.once('dialog', (d) => void d.accept());
    await page.click(`button:has-text("Finish reconciliation to ${END}")`);
    await page.locator('.notice.warn', { hasText: 'ending balance per statement 1.00' }).waitFor();
    await expect(page.locator('input[name=balance]').inputValue()).resolves.toBe('1.00');
    expect(await saved(h)).toEqual([]);
    // Update (Enter in a field) is still a plain look at the statement: no token in the address.
    await page.fill('input[name=balance]', '');
    await page.press('input[name=balance]', 'Enter');
    await page.locator(`button:has-text("Finish reconciliation to ${END}")`).waitFor();
    expect(page.url()).not.toContain('_csrf');
    expect(await saved(h)).toEqual([]);
  });
});
