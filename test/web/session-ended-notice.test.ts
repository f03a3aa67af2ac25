import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, suggestions } from './support/harness.js';
import { signIn } from './support/session.js';

// A session that ended while a reviewer worked the queue sent them to a bare sign-in form: no word of why, nor of
// whether the Accept they had just pressed was saved. The form says the session ended and that the action was not.

describe('the sign-in page after a session ended', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(async () => h?.close());

  const queue = () => `/accounts/${h.accountId}/review?view=suggested`;

  it('says the session ended and a button just pressed was not saved', async () => {
    const rita = await signIn(h.app, 'rita');
    await h.db.db.deleteFrom('web_sessions').execute();
    const [g] = await suggestions(h);
    const decided = await h.app.inject({
      method: 'POST',
      url: `/accounts/${h.accountId}/groups/${g!.id}/confirm`,
      headers: { cookie: rita.cookie, 'hx-request': 'true', 'hx-current-url': `http://127.0.0.1:8788${queue()}` },
      payload: { _csrf: rita.csrf, line: String(g!.bankIds[0]) },
    });
    expect(decided.statusCode).toBe(401);
    const to = decided.headers['hx-redirect'] as string;
    expect(to).toBe(`/sign-in?next=${encodeURIComponent(queue())}&ended=1`);
    const page = await h.app.inject({ method: 'GET', url: to, headers: { cookie: rita.cookie } });
    expect(page.body).toContain('Your session has ended');
    expect(page.body).toContain('it was not saved');
    expect(page.body).toContain(`name="next" value="${queue().replace(/&/g, '&amp;')}"`);
  });

  it('says nothing of the kind to someone who was not signed in', async () => {
    const res = await h.app.inject({ method: 'GET', url: queue() });
    expect(res.headers.location).toBe(`/sign-in?next=${encodeURIComponent(queue())}`);
    const page = await h.app.inject({ method: 'GET', url: res.headers.location as string });
    expect(page.body).not.toContain('session has ended');
  });
});
