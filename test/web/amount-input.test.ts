import { afterAll, beforeAll, expect, it } from 'vitest';
import { createHarness, type Harness } from './support/harness.js';
import { get, signIn } from './support/session.js';

// Amounts as accountants type or paste them from a bank statement.

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h?.close());

const statement = async (balance: string) => {
  const s = await signIn(h.app, 'rita');
  return get(h.app, s, `/accounts/${h.accountId}/statement?end=2026-10-31&balance=${encodeURIComponent(balance)}`);
};

it('takes a balance pasted with the account currency symbol and spaces', async () => {
  const res = await statement('₦ 1,250,000.50');
  expect(res.statusCode).toBe(200);
  expect(res.body).toContain('₦1,250,000.50');
});

it('refuses a decimal comma rather than reading "12,50" as 1,250.00', async () => {
  const res = await statement('12,50');
  expect(res.statusCode).toBe(400);
  expect(res.body).toContain('is not an amount');
  expect(res.body).not.toContain('₦1,250.00');
});

it('searches the books by an amount pasted with its symbol', async () => {
  const s = await signIn(h.app, 'rita');
  const res = await get(
    h.app,
    s,
    `/accounts/${h.accountId}/lines/${h.bank[0]}/find?amount=${encodeURIComponent('₦125,000.00')}`,
  );
  expect(res.statusCode).toBe(200);
  expect(res.body).not.toContain('is not an amount');
});

it('keeps a mistyped figure on the statement screen, named, in the form to correct, and finishes nothing on it', async () => {
  const s = await signIn(h.app, 'rita');
  const res = await get(h.app, s, `/accounts/${h.accountId}/statement?end=2026-10-31&balance=&books=12%2C50`);
  expect(res.statusCode).toBe(400);
  expect(res.body).toContain('Bank reconciliation statement at 2026-10-31');
  expect(res.body).toContain('Balance per books: &quot;12,50&quot; is not an amount');
  expect(res.body).toMatch(/name="books"\s+value="12,50"/);
  expect(res.body).not.toContain('Finish reconciliation');
  // the statement shown is the one without the refused figure, and so is its JSON
  const json = /href="([^"]*statement\.json[^"]*)"/.exec(res.body)![1]!.replace(/&amp;/g, '&');
  expect(json).not.toContain('12%2C50');
  const doc = await get(h.app, s, json);
  expect(doc.statusCode).toBe(200);
});

it('names the two differences apart: the cleared one and the statement’s unexplained one', async () => {
  const s = await signIn(h.app, 'rita');
  const res = await get(h.app, s, `/accounts/${h.accountId}/statement?end=2026-10-31`);
  const text = res.body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  expect(text).toContain('Cleared difference');
  expect(text).toContain('Unexplained difference');
  expect(text).not.toMatch(/(?<!Cleared |Unexplained )Difference /);
});

it('writes a debit with the same minus on the review page as everywhere else, and reads either minus back', async () => {
  const s = await signIn(h.app, 'rita');
  const review = await get(h.app, s, `/accounts/${h.accountId}/review?view=all`);
  expect(review.body).toMatch(/-₦[\d,]+\.\d{2}/);
  expect(review.body).not.toMatch(/\u2212[^\s<]*\d/);
  for (const typed of ['-₦1,250.00', '\u2212₦1,250.00', '\u22121250']) {
    const res = await statement(typed);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('-₦1,250.00');
  }
});
