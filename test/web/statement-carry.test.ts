/**
 * What a finished reconciliation hands the next period: its outstanding items, its matched groups' residuals until the
 * books post them, and the book entries recorded after it was finished though dated inside it (a month-end journal, a
 * cheque posted late), which it never saw and so never cleared.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedLedger } from '../reconciliation/seed.js';
import { booksBalance, decideEverything, typed } from './support/decisions.js';
import { createHarness, type Harness } from './support/harness.js';
import { follow, get, post, signIn, type Session } from './support/session.js';

let h: Harness;
let rita: Session;
let books: number;

beforeEach(async () => {
  h = await createHarness();
  // October decided: the ₦100.00 short receipt from Okon Ventures accepted within tolerance (a residual).
  await decideEverything(h);
  books = await booksBalance(h);
  rita = await signIn(h.app, 'rita');
  const done = await post(
    h.app,
    rita,
    `/accounts/${h.accountId}/statement/finish`,
    { end: '2026-10-31', balance: '372846.25', books: typed(books) },
    false,
  );
  expect((await follow(h.app, rita, done)).body).toContain('Reconciliation #1 to 2026-10-31 finished');
});
afterEach(async () => h?.close());

/** A book entry on the bank's ledger account, recorded now (after October was finished). */
async function postedNow(date: string, amountMinor: number, description: string) {
  const [id] = await seedLedger(h.db.db, `books-${h.accountId}`, [{ date, amountMinor, description }]);
  await h.db.db
    .updateTable('ledger_entries')
    .set({ ledger_account: '1010', created_at: new Date(Date.now() + 1000).toISOString() })
    .where('id', '=', id!)
    .execute();
}

const november = async (booksMinor: number) =>
  (
    await get(
      h.app,
      rita,
      `/accounts/${h.accountId}/statement?end=2026-11-30&balance=372846.25&books=${typed(booksMinor)}`,
    )
  ).body;

const difference = (page: string) =>
  /data-figure="difference"[^>]*>\s*(?:<[^>]+>\s*)*(-?₦[\d,]+\.\d{2})/.exec(page)?.[1];

describe('the period after a finished reconciliation', () => {
  it('carries the residual the books still lack: a quiet month balances', async () => {
    const page = await november(books);
    expect(difference(page)).toBe('₦0.00');
    expect(page.replace(/<[^>]+>/g, ' ')).toMatch(/residual/i);
  });

  it('drops the residual once the books post its write-off, dated back into the finished month', async () => {
    await postedNow('2026-10-31', -10_000, 'Short payment written off');
    const page = await november(books - 10_000);
    expect(difference(page)).toBe('₦0.00');
  });

  it('shows a payment recorded after the finish but dated inside it as unpresented, not as cleared', async () => {
    await postedNow('2026-10-20', -250_000, 'Cheque 000451 to Kano Millers, posted late');
    const page = await november(books - 250_000);
    expect(page).toContain('Cheque 000451 to Kano Millers, posted late');
    expect(difference(page)).toBe('₦0.00');
  });
});
