import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, suggestions } from './support/harness.js';

// A session that ends while a reviewer works the queue (30 minutes idle): after signing in again they are back on
// the queue they were working, filter and all, not on the accounts overview or on a bare fragment of a panel.

describe('an expired session in the middle of the queue', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(async () => h?.close());

  const queue = () => `/accounts/${h.accountId}/review?view=unmatched&q=okon`;
  const signInFor = (next: string) => `/sign-in?next=${encodeURIComponent(next)}`;

  it('sends a decision (htmx POST) back to the page it was made on', async () => {
    const [g] = await suggestions(h);
    const res = await h.app.inject({
      method: 'POST',
      url: `/accounts/${h.accountId}/groups/${g!.id}/confirm`,
      headers: { 'hx-request': 'true', 'hx-current-url': `http://127.0.0.1:8788${queue()}` },
      payload: {},
    });
    expect(res.statusCode).toBe(401);
    expect(res.headers['hx-redirect']).toBe(signInFor(queue()));
  });

  it('sends a panel opened with htmx (GET of a fragment) back to the page, not to the fragment', async () => {
    const res = await h.app.inject({
      method: 'GET',
      url: `/accounts/${h.accountId}/lines/${h.bank[4]}/find`,
      headers: { 'hx-request': 'true', 'hx-current-url': `http://127.0.0.1:8788${queue()}` },
    });
    expect(res.headers['hx-redirect']).toBe(signInFor(queue()));
  });

  it('sends a plain form post (Finish on the statement) back to the page the form was on', async () => {
    const statement = `/accounts/${h.accountId}/statement?end=2026-10-31&books=1.00`;
    const res = await h.app.inject({
      method: 'POST',
      url: `/accounts/${h.accountId}/statement/finish`,
      headers: { referer: `http://127.0.0.1:8788${statement}` },
      payload: { end: '2026-10-31' },
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(signInFor(statement));
  });

  it('takes only the path of the page (never another host) and falls back to the overview', async () => {
    const elsewhere = await h.app.inject({
      method: 'GET',
      url: `/accounts/${h.accountId}/lines/${h.bank[4]}/find`,
      headers: { 'hx-request': 'true', 'hx-current-url': 'https://evil.example/accounts/x/review' },
    });
    expect(elsewhere.headers['hx-redirect']).toBe(signInFor('/accounts/x/review'));
    const none = await h.app.inject({
      method: 'GET',
      url: `/accounts/${h.accountId}/lines/${h.bank[4]}/find`,
      headers: { 'hx-request': 'true' },
    });
    expect(none.headers['hx-redirect']).toBe(signInFor('/'));
  });
});
