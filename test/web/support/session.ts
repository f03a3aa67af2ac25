/**
 * Signing in to the review app, the one way every web test, the screenshots and bench:web do it: through the sign-in
 * form, as a person does (in-process with `inject`, or in Chromium), so CSRF and the session cookie are the real ones.
 */
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';

export const PASSWORD = 'correct horse battery staple';

export interface Session {
  cookie: string;
  csrf: string;
}

function cookieOf(setCookie: string | string[] | undefined, prev = ''): string {
  const list = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const found = list.map((c) => c.split(';')[0]!).find((c) => c.startsWith('bankfeed_session='));
  return found ?? prev;
}

export function csrfFrom(body: string): string {
  const m = /name="_csrf" value="([^"]+)"/.exec(body) ?? /"x-csrf-token":"([^"]+)"/.exec(body.replace(/&quot;/g, '"'));
  if (!m) throw new Error('no CSRF token on the page');
  return m[1]!;
}

/** Signs in through the form with `inject` and returns the session cookie and a CSRF token. */
export async function signIn(app: FastifyInstance, username: string, password = PASSWORD): Promise<Session> {
  const page = await app.inject({ method: 'GET', url: '/sign-in' });
  let cookie = cookieOf(page.headers['set-cookie']);
  const res = await app.inject({
    method: 'POST',
    url: '/sign-in',
    headers: { cookie },
    payload: { username, password, _csrf: csrfFrom(page.body), next: '/' },
  });
  if (res.statusCode !== 303)
    throw new Error(`sign-in as ${username} failed: ${res.statusCode} ${res.body.slice(0, 300)}`);
  cookie = cookieOf(res.headers['set-cookie'], cookie);
  const home = await app.inject({ method: 'GET', url: '/', headers: { cookie } });
  return { cookie: cookieOf(home.headers['set-cookie'], cookie), csrf: csrfFrom(home.body) };
}

/**
 * Signs in through the form in a browser tab. Starting from `url` (a page behind sign-in), the app sends the person
 * to the form and back to `url` after it; returns once the tab has left the sign-in page.
 */
export async function signInInBrowser(page: Page, url: string, username: string, password = PASSWORD): Promise<void> {
  await page.goto(url);
  if (new URL(page.url()).pathname !== '/sign-in') throw new Error(`${url} did not ask for a sign-in`);
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', password);
  await page.click('button.primary');
  await page.waitForURL((u) => u.pathname !== '/sign-in');
}

export async function post(
  app: FastifyInstance,
  s: Session,
  url: string,
  payload: Record<string, unknown>,
  htmx = true,
) {
  return app.inject({
    method: 'POST',
    url,
    headers: { cookie: s.cookie, ...(htmx ? { 'hx-request': 'true' } : {}) },
    payload: { _csrf: s.csrf, ...payload },
  });
}

export async function get(app: FastifyInstance, s: Session, url: string) {
  return app.inject({ method: 'GET', url, headers: { cookie: s.cookie } });
}

/** The page a 303 leads to, read with the session as the redirect left it (a notice rides in the session cookie). */
export async function follow(
  app: FastifyInstance,
  s: Session,
  res: { headers: Record<string, string | string[] | number | undefined> },
) {
  const cookie = cookieOf(res.headers['set-cookie'] as string | string[] | undefined, s.cookie);
  return app.inject({ method: 'GET', url: String(res.headers.location), headers: { cookie } });
}

/** A page's words as a person reads them: tags dropped, the entities the views write put back, spaces run together. */
export const pageText = (html: string): string =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
