import { afterAll, beforeAll, expect, it } from 'vitest';
import { createHarness, type Harness } from './support/harness.js';
import { get, signIn } from './support/session.js';

// A statement asked for to a day that does not exist answered with an error page whose only link went to the
// accounts. It stays on the statement form: the field and the value named, the rest as typed, a 400, nothing saved.

let h: Harness;
// The statement asked for without a date ends on the last day the feed is synced through.
const defaultEnd = '2026-10-31';
beforeAll(async () => {
  h = await createHarness();
  await h.db.db.updateTable('accounts').set({ synced_through: defaultEnd }).where('id', '=', h.accountId).execute();
});
afterAll(async () => h?.close());

const counts = async () => ({
  statements: (await h.db.db.selectFrom('statement_reconciliations').select('id').execute()).length,
  audit: (await h.db.db.selectFrom('audit_log').select('id').execute()).length,
});

it.each(['2026-02-30', '2026-13-01', 'garbage', '2026-10-311'])(
  're-shows the statement form naming "%s" as the ending date, with 400',
  async (end) => {
    const s = await signIn(h.app, 'rita');
    const before = await counts();
    const res = await get(
      h.app,
      s,
      `/accounts/${h.accountId}/statement?end=${encodeURIComponent(end)}&balance=${encodeURIComponent('₦ 1,250.00')}&books=999.50`,
    );
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain(
      `Statement ending date: &quot;${end}&quot; is not a day on the calendar; give it as YYYY-MM-DD.`,
    );
    // Still the statement screen, its form as typed to be corrected.
    expect(res.body).toContain('<h1>Statement checkpoint');
    expect(res.body).toContain(`name="end" value="${end}"`);
    expect(res.body).toMatch(/name="balance"\s+value="₦ 1,250.00"/);
    expect(res.body).toMatch(/name="books"\s+value="999.50"/);
    // The statement shown is the default day's, the balances typed for another day not applied, and it says so.
    expect(res.body).toContain(`Bank reconciliation statement at ${defaultEnd}`);
    expect(res.body).toContain(
      `The statement below is at ${defaultEnd}, without the balances typed, until it is corrected.`,
    );
    expect(res.body).not.toContain('₦1,250.00');
    expect(res.body).not.toContain('Finish reconciliation');
    expect(res.body).not.toContain('Back to the accounts');
    expect(await counts()).toEqual(before);
  },
);

it('names a mistyped balance in the same answer as the date', async () => {
  const s = await signIn(h.app, 'rita');
  const res = await get(h.app, s, `/accounts/${h.accountId}/statement?end=2026-02-30&books=12%2C50`);
  expect(res.statusCode).toBe(400);
  expect(res.body).toContain('Statement ending date: &quot;2026-02-30&quot;');
  expect(res.body).toContain('Balance per books: &quot;12,50&quot; is not an amount');
});

it('escapes what was typed', async () => {
  const s = await signIn(h.app, 'rita');
  const res = await get(h.app, s, `/accounts/${h.accountId}/statement?end=${encodeURIComponent('<b>x</b>')}`);
  expect(res.statusCode).toBe(400);
  expect(res.body).toContain('Statement ending date: &quot;&lt;b&gt;x&lt;/b&gt;&quot;');
  expect(res.body).not.toContain('<b>x</b>');
});
