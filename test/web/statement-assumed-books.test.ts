import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, OPENING_MINOR, type Harness } from './support/harness.js';
import { booksBalance, decideEverything } from './support/decisions.js';
import { get, signIn } from './support/session.js';

// The statement's figures, read off the rendered page, must add up on each side when the books' balance is not
// given and is assumed: opening + movements = closing for the bank and for the books, the adjusted balances the sums
// of their rows, and a difference that is the real one (what the books' own balance would correct), not one that the
// assumption makes zero whatever happens.

/** "₦1,234.56", "-₦53.75", "−₦1.00" as signed minor units (no floats). */
function minorOf(text: string): number {
  const m = /^([-−]?)₦([\d,]+)\.(\d{2})$/.exec(text.trim());
  if (!m) throw new Error(`not an amount: "${text}"`);
  const minor = Number(m[2]!.replace(/,/g, '')) * 100 + Number(m[3]);
  return m[1] ? -minor : minor;
}

/** Every figure the page marks with data-figure, as minor units. */
function figures(page: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of page.matchAll(/data-figure="([a-z-]+)"[^>]*>\s*(?:<[^>]+>\s*)*([-−]?₦[\d,]+\.\d{2})/g))
    out[m[1]!] = minorOf(m[2]!);
  return out;
}

describe('the statement when the books balance is assumed', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(async () => h?.close());

  const periodEntries = async () =>
    (
      await h.db.db
        .selectFrom('ledger_entries')
        .select('amount_minor')
        .where('source_id', '=', `books-${h.accountId}`)
        .where('entry_date', '>=', '2026-10-02')
        .where('entry_date', '<=', '2026-10-31')
        .execute()
    ).reduce((t, r) => t + Number(r.amount_minor), 0);

  const check = async () => {
    const s = await signIn(h.app, 'rita');
    const page = (await get(h.app, s, `/accounts/${h.accountId}/statement?end=2026-10-31`)).body;
    const f = figures(page);
    // The books' balance is assumed: the bank's opening plus the period's book entries, whatever has been decided.
    expect(f['balance-per-books']).toBe(OPENING_MINOR + (await periodEntries()));
    // Each side rolls forward: opening + movements = closing.
    expect(f['bank-opening']! + f['bank-movements']!).toBe(f['bank-closing']);
    expect(f['books-opening']! + f['books-movements']!).toBe(f['books-closing']);
    expect(f['bank-closing']).toBe(f['balance-per-bank']);
    expect(f['books-closing']).toBe(f['balance-per-books']);
    expect(f['books-movements']).toBe(await periodEntries());
    // The page says which figure is assumed.
    const books = page.slice(page.indexOf('data-figure="books-opening"'));
    expect(books.slice(0, books.indexOf('</td>'))).toMatch(/assumed/i);
    // The statement's rows add up to its adjusted balances, and the difference is theirs.
    expect(
      f['balance-per-bank']! + f['deposits-in-transit']! + f['unpresented-payments']! + f['awaiting-review-ledger']!,
    ).toBe(f['adjusted-bank']);
    expect(
      f['balance-per-books']! + f['credits-not-in-books']! + f['debits-not-in-books']! + f['awaiting-review-bank']!,
    ).toBe(f['adjusted-book']);
    expect(f['adjusted-bank']! - f['adjusted-book']!).toBe(f['difference']);
    return { f, page };
  };

  it('ties on both sides before and after review, with the real difference, marked not verified', async () => {
    const before = await check();
    await decideEverything(h);
    const after = await check();
    // Review does not move the books' balance.
    expect(after.f['balance-per-books']).toBe(before.f['balance-per-books']);
    // The real difference: exactly what the books' own balance corrects (the entries dated before the period that
    // the period's lines clear: the books did not open at the bank's opening), the same before and after review.
    const own = await booksBalance(h);
    expect(after.f['difference']).toBe(own - after.f['balance-per-books']!);
    expect(before.f['difference']).toBe(after.f['difference']);
    expect(after.f['difference']).not.toBe(0);
    expect(after.page).toContain('not verified');
    // With the books' own balance stated, the same page balances.
    const s = await signIn(h.app, 'rita');
    const stated = figures(
      (await get(h.app, s, `/accounts/${h.accountId}/statement?end=2026-10-31&books=${(own / 100).toFixed(2)}`)).body,
    );
    expect(stated['difference']).toBe(0);
    expect(stated['books-opening']! + stated['books-movements']!).toBe(stated['books-closing']);
  });
});
