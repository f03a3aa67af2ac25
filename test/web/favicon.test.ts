import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserHarness, chromiumAvailable } from './support/browser.js';
import { booksBalance, decideEverything } from './support/decisions.js';
import { createHarness, type Harness } from './support/harness.js';
import { get, post, signIn, signInInBrowser } from './support/session.js';

// Every page asked the browser for /favicon.ico, which answered 404 (or a redirect to sign-in) into the log and the
// devtools. The pages name a small SVG icon, and /favicon.ico answers it too for documents that name none.

const ICON = '<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />';

describe('the icon, served', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(async () => h?.close());

  it('answers /favicon.ico and the linked icon to anyone, cached, without starting a session', async () => {
    for (const url of ['/favicon.ico', '/assets/favicon.svg']) {
      const res = await h.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type'], url).toBe('image/svg+xml');
      expect(res.body, url).toMatch(/^<svg [^>]*viewBox="0 0 32 32"/);
      expect(res.headers['cache-control'], url).toMatch(/^public, max-age=\d+$/);
      expect(res.headers['set-cookie'], url).toBeUndefined();
    }
    const s = await signIn(h.app, 'rita');
    expect((await get(h.app, s, '/favicon.ico')).statusCode).toBe(200);
  });

  it('is named in the head of every page: sign-in, the app, an error, the print of a finished statement', async () => {
    const signInPage = await h.app.inject({ method: 'GET', url: '/sign-in' });
    expect(signInPage.body).toContain(ICON);
    const s = await signIn(h.app, 'rita');
    for (const url of ['/', `/accounts/${h.accountId}/review`, `/accounts/${h.accountId}/statement`, '/no-such-page'])
      expect((await get(h.app, s, url)).body, url).toContain(ICON);

    await decideEverything(h);
    const books = ((await booksBalance(h)) / 100).toFixed(2);
    const done = await post(h.app, s, `/accounts/${h.accountId}/statement/finish`, { end: '2026-10-31', books }, false);
    expect(done.statusCode).toBe(303);
    const saved = await h.db.db.selectFrom('statement_reconciliations').select('id').executeTakeFirstOrThrow();
    const print = await get(h.app, s, `/accounts/${h.accountId}/statement/${saved.id}/print`);
    expect(print.statusCode).toBe(200);
    expect(print.body).toContain(ICON);
  });
});

// Headless Chromium never fetches a tab's icon itself, so the test loads both addresses as images in the page: they
// must decode, under the page's own content security policy.
const available = await chromiumAvailable();

describe.runIf(available)('the icon in Chromium', () => {
  const t = browserHarness();

  it('decodes the linked icon and /favicon.ico on a signed-in page, with no console error', async () => {
    const errors: string[] = [];
    t.page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await signInInBrowser(t.page, `${t.base}/accounts/${t.h.accountId}/review`, 'rita');
    const link = t.page.locator('link[rel=icon]');
    const href = await link.getAttribute('href');
    expect(href).toBe('/assets/favicon.svg');
    const sizes = await link.evaluate(
      async (el, urls) => {
        const out: Array<[number, number]> = [];
        for (const url of urls) {
          const img = el.ownerDocument.createElement('img');
          img.src = url;
          await img.decode();
          out.push([img.naturalWidth, img.naturalHeight]);
        }
        return out;
      },
      [href!, '/favicon.ico'],
    );
    expect(sizes).toHaveLength(2);
    expect(sizes.every(([w, hgt]) => w > 0 && w === hgt)).toBe(true);
    expect(errors).toEqual([]);
  });
});
