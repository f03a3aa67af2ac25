import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './support/harness.js';
import { csrfFrom, PASSWORD } from './support/session.js';

// Every sign-in counted toward the limit of 10 a minute, the ones that succeeded too: a person who signed in and out
// a few times (a shared office computer, a second browser) was locked out with "Too many sign-in attempts". Only
// failed attempts count; every attempt counts toward a far higher limit, which stops guesses sent all at once.

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** A sign-in form's session cookie and token, as a browser has them on the page. */
async function signInForm(app: FastifyInstance) {
  const page = await app.inject({ method: 'GET', url: '/sign-in' });
  return { cookie: String(page.headers['set-cookie']).split(';')[0]!, csrf: csrfFrom(page.body) };
}

async function attempt(app: FastifyInstance, password: string) {
  const form = await signInForm(app);
  return app.inject({
    method: 'POST',
    url: '/sign-in',
    headers: { cookie: form.cookie },
    payload: { username: 'rita', password, _csrf: form.csrf, next: '/' },
  });
}

describe('the sign-in limit', () => {
  it('lets a person sign in and out again and again', async () => {
    h = await createHarness();
    const codes: number[] = [];
    for (let i = 0; i < 15; i++) {
      const res = await attempt(h.app, PASSWORD);
      codes.push(res.statusCode);
      const cookie = String(res.headers['set-cookie']).split(';')[0]!;
      const home = await h.app.inject({ method: 'GET', url: '/', headers: { cookie } });
      await h.app.inject({
        method: 'POST',
        url: '/sign-out',
        headers: { cookie },
        payload: { _csrf: csrfFrom(home.body) },
      });
    }
    expect(codes).toEqual(Array(15).fill(303));
  });

  it('still refuses, after ten wrong passwords, the right one too, with the form and when to try again', async () => {
    h = await createHarness();
    for (let i = 0; i < 10; i++) expect((await attempt(h.app, 'wrong password here')).statusCode).toBe(401);
    const refused = await attempt(h.app, PASSWORD);
    expect(refused.statusCode).toBe(429);
    expect(refused.body).toContain('Too many sign-in attempts from here');
    expect(refused.body).toContain('name="password"');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('checks no more than five times the limit of guesses sent all at once', async () => {
    h = await createHarness({ signInRateLimit: { max: 2, timeWindowMs: 60_000 } });
    const forms = await Promise.all(Array.from({ length: 14 }, () => signInForm(h!.app)));
    const codes = (
      await Promise.all(
        forms.map((form) =>
          h!.app.inject({
            method: 'POST',
            url: '/sign-in',
            headers: { cookie: form.cookie },
            payload: { username: 'rita', password: 'wrong password here', _csrf: form.csrf },
          }),
        ),
      )
    ).map((r) => r.statusCode);
    expect(codes.filter((c) => c === 401).length).toBeLessThanOrEqual(10);
    expect(codes.filter((c) => c === 429).length).toBeGreaterThanOrEqual(4);
  });
});
