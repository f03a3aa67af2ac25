import { afterAll, beforeAll, expect, it } from 'vitest';
import { createHarness, type Harness } from './support/harness.js';
import { get, signIn } from './support/session.js';

// statement.json is read by programs: a day that does not exist answered the HTML error page meant for a person. It
// answers a JSON 400 naming the query's field, and any other refusal on a .json address is JSON too.

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  await h.db.db.updateTable('accounts').set({ synced_through: '2026-10-31' }).where('id', '=', h.accountId).execute();
});
afterAll(async () => h?.close());

it('answers a JSON 400 naming end for a day not on the calendar', async () => {
  const s = await signIn(h.app, 'rita');
  const res = await get(h.app, s, `/accounts/${h.accountId}/statement.json?end=2026-02-30`);
  expect(res.statusCode).toBe(400);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  expect(JSON.parse(res.body)).toEqual({
    error: 'invalid_input',
    message: 'end: "2026-02-30" is not a day on the calendar; give it as YYYY-MM-DD',
    fields: { end: '"2026-02-30" is not a day on the calendar; give it as YYYY-MM-DD' },
  });
});

it('names every field typed wrong, each by its query name', async () => {
  const s = await signIn(h.app, 'rita');
  const res = await get(h.app, s, `/accounts/${h.accountId}/statement.json?end=2026-10-31&balance=abc&books=12%2C50`);
  expect(res.statusCode).toBe(400);
  const body = JSON.parse(res.body) as { fields: Record<string, string> };
  expect(Object.keys(body.fields).sort()).toEqual(['balance', 'books']);
  expect(body.fields.books).toBe('"12,50" is not an amount such as -1,250.00 or (1,250.00)');
});

it('still answers the document for a good query, and JSON for an account that does not exist', async () => {
  const s = await signIn(h.app, 'rita');
  const ok = await get(h.app, s, `/accounts/${h.accountId}/statement.json?end=2026-10-31`);
  expect(ok.statusCode).toBe(200);
  expect(JSON.parse(ok.body)).toHaveProperty('statements');
  const missing = await get(h.app, s, `/accounts/no-such-account/statement.json`);
  expect(missing.statusCode).toBe(404);
  expect(missing.headers['content-type']).toMatch(/^application\/json/);
  expect(JSON.parse(missing.body)).toMatchObject({ error: 'not_found' });
});

it('keeps the HTML page, with the form label, for a person', async () => {
  const s = await signIn(h.app, 'rita');
  const res = await get(h.app, s, `/accounts/${h.accountId}/statement?end=2026-02-30`);
  expect(res.statusCode).toBe(400);
  expect(res.headers['content-type']).toMatch(/^text\/html/);
  expect(res.body).toContain('Statement ending date: &quot;2026-02-30&quot;');
});
