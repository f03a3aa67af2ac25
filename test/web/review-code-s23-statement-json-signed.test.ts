import { afterAll, beforeAll, expect, it } from 'vitest';
import { createHarness, type Harness } from './support/harness.js';
import { booksBalance, decideEverything } from './support/decisions.js';
import { get, post, signIn } from './support/session.js';

// A finished period asked for without balances is shown with the balances it was signed with; the page then links
// "the same statement ... also as JSON", but the JSON address (the page's query, balances empty) answered the period
// with its books assumed: another balance per books and a difference the page did not show.

let h: Harness;
let books: string;
beforeAll(async () => {
  h = await createHarness();
  await h.db.db.updateTable('accounts').set({ synced_through: '2026-10-31' }).where('id', '=', h.accountId).execute();
  await decideEverything(h);
  books = ((await booksBalance(h)) / 100).toFixed(2);
});
afterAll(async () => h?.close());

interface Doc {
  statements: Array<{ statement: { balancePerBooks: { amountMinor: number }; difference: { amountMinor: number } } }>;
}

it("answers a finished period's JSON link with the statement the page shows: as signed, difference zero", async () => {
  const s = await signIn(h.app, 'rita');
  const done = await post(h.app, s, `/accounts/${h.accountId}/statement/finish`, { end: '2026-10-31', books }, false);
  expect(done.statusCode).toBe(303);
  const page = (await get(h.app, s, done.headers.location as string)).body;
  expect(page).not.toContain('NOT VERIFIED');
  const href = /href="(\/accounts\/[^"]+\/statement\.json\?[^"]+)"/.exec(page)?.[1]?.replace(/&amp;/g, '&');
  expect(href).toBeDefined();
  const res = await get(h.app, s, href!);
  expect(res.statusCode).toBe(200);
  const st = (JSON.parse(res.body) as Doc).statements[0]!.statement;
  expect(st.balancePerBooks.amountMinor).toBe(Math.round(Number(books) * 100));
  expect(st.difference.amountMinor).toBe(0);
});
