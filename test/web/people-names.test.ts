import { afterAll, beforeAll, expect, it } from 'vitest';
import { createHarness, type Harness, suggestions } from './support/harness.js';
import { get, post, signIn } from './support/session.js';

// A decision's notice named the person by their display name ("Accepted by Rita") while the row beside it, and the
// audit trail, named them by their username ("Accepted by rita"). Pages name people one way: their display name.

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h?.close());

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

it('names the person who decided by their display name on the row, in the notice and in the audit trail', async () => {
  const s = await signIn(h.app, 'rita');
  const g = (await suggestions(h)).find((x) => x.differenceMinor === 0)!;
  const line = g.bankIds[0]!;
  const res = await post(h.app, s, `/accounts/${h.accountId}/groups/${g.id}/confirm`, { line });
  expect(res.statusCode).toBe(200);
  expect(text(res.body)).toContain('Accepted by Rita ·');
  expect(text(res.body)).toContain('Accepted by Rita.');
  expect(text(res.body)).not.toContain('by rita');

  const trail = (await get(h.app, s, `/audit?account=${h.accountId}`)).body;
  const rows = text(trail.split('<tbody>')[1]!);
  expect(rows).toMatch(/Lagos time Rita Accepted a suggestion/);
  expect(rows).not.toMatch(/ rita /);
  // The filter still sends the username; it shows the name.
  expect(trail).toMatch(/<option value="rita"\s*>Rita<\/option>/);
  // bankfeed's own work is named in words, not by its code.
  expect(rows).not.toMatch(/\bsystem\b/);
});
