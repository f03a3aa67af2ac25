import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './support/harness.js';
import { get, post, signIn } from './support/session.js';

// A notice is what the app itself says after an action: a link someone crafted must not put words in its mouth.

describe('notices (flash)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(async () => h?.close());

  const notices = (body: string) => [...body.matchAll(/<div class="notice ok"[^>]*>([^<]*)<\/div>/g)].map((m) => m[1]);

  it('shows nothing from a crafted ?flash= link, on any page', async () => {
    const s = await signIn(h.app, 'rita');
    const spoof = encodeURIComponent('Reconciliation approved');
    for (const url of [
      `/?flash=${spoof}`,
      `/accounts/${h.accountId}/review?view=suggested&flash=${spoof}`,
      `/accounts/${h.accountId}/statement?end=2026-10-31&flash=${spoof}`,
    ]) {
      const page = await get(h.app, s, url);
      expect(page.statusCode, url).toBe(200);
      expect(page.body, url).not.toContain('Reconciliation approved');
    }
  });

  it("shows a real action's notice once, to the person who acted", async () => {
    const ada = await signIn(h.app, 'ada');
    const done = await post(
      h.app,
      ada,
      `/accounts/${h.accountId}/bind`,
      { sourceId: `books-${h.accountId}`, ledgerAccount: '1010' },
      false,
    );
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).not.toContain('flash');
    // Someone else's page does not carry it.
    const rita = await signIn(h.app, 'rita');
    expect(notices((await get(h.app, rita, done.headers.location as string)).body)).toEqual([]);
    const first = await get(h.app, ada, done.headers.location as string);
    expect(notices(first.body)).toEqual([expect.stringContaining('now reconciles against')]);
    // One-shot: a reload shows it no more.
    expect(notices((await get(h.app, ada, done.headers.location as string)).body)).toEqual([]);
  });
});
