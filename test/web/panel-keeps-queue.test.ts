import { afterEach, beforeEach, expect, it } from 'vitest';
import { createHarness, type Harness } from './support/harness.js';
import { signIn } from './support/session.js';

// A panel opened from a filtered queue (a tab, dates, a search) sends its form back to that queue, not to the
// unfiltered Awaiting tab: the accountant keeps their place (walk-s27's observation).
let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => h?.close());

it('carries the queue it was opened from as the place to go back to', async () => {
  const rita = await signIn(h.app, 'rita');
  const queue = `/accounts/${h.accountId}/review?view=unmatched&from=2026-10-01&to=2026-10-31&q=KANO`;
  const panel = await h.app.inject({
    method: 'GET',
    url: `/accounts/${h.accountId}/lines/${h.bank[0]}/bank-only`,
    headers: { cookie: rita.cookie, 'hx-request': 'true', 'hx-current-url': `http://127.0.0.1:8788${queue}` },
  });
  expect(panel.statusCode).toBe(200);
  const back = /name="back"\s+value="([^"]*)"/.exec(panel.body)?.[1]?.replace(/&amp;/g, '&');
  expect(back).toBe(queue);
  // another page's address is not taken as the queue
  const elsewhere = await h.app.inject({
    method: 'GET',
    url: `/accounts/${h.accountId}/lines/${h.bank[0]}/bank-only`,
    headers: { cookie: rita.cookie, 'hx-request': 'true', 'hx-current-url': 'http://127.0.0.1:8788/audit?account=x' },
  });
  expect(/name="back"\s+value="([^"]*)"/.exec(elsewhere.body)?.[1]).toContain(
    `/accounts/${h.accountId}/review?view=suggested`,
  );
});
