import { afterAll, beforeAll, expect, it } from 'vitest';
import { createHarness, type Harness } from './support/harness.js';
import { booksBalance, decideEverything } from './support/decisions.js';
import { get, post, signIn } from './support/session.js';

// Each person's role on the Users page was a select with no name for a screen reader ("combo box, admin"), beside a
// "Set", a "Disable" and a "Reset password" that did not say whose; the statement history's unlock reason had only
// a placeholder. Every field has a name, and each row's buttons say whose they are.

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  await h.db.db.updateTable('accounts').set({ synced_through: '2026-10-31' }).where('id', '=', h.accountId).execute();
});
afterAll(async () => h?.close());

/** The fields of a page that neither sit in a <label> nor carry an aria-label. */
function unnamedFields(body: string): string[] {
  const withoutLabels = body.replace(/<label[\s\S]*?<\/label\s*>/g, '');
  return [...withoutLabels.matchAll(/<(input|select|textarea)\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => !/type="hidden"/.test(tag) && !/aria-label="[^"]+"/.test(tag));
}

it('names every field of the Users page, and says whose each button is', async () => {
  const ada = await signIn(h.app, 'ada');
  const page = (await get(h.app, ada, '/users')).body;
  expect(unnamedFields(page)).toEqual([]);
  expect(page).toMatch(/<select name="role" aria-label="Role of [^"]+">/);
  expect(page).toMatch(/aria-label="Set the role of [^"]+"/);
  expect(page).toMatch(/aria-label="Reset the password of [^"]+"/);
});

it('names the unlock reason of a finished reconciliation', async () => {
  await decideEverything(h);
  const books = ((await booksBalance(h)) / 100).toFixed(2);
  const rita = await signIn(h.app, 'rita');
  const done = await post(
    h.app,
    rita,
    `/accounts/${h.accountId}/statement/finish`,
    { end: '2026-10-31', books },
    false,
  );
  expect(done.statusCode).toBe(303);
  const ada = await signIn(h.app, 'ada');
  const page = (await get(h.app, ada, `/accounts/${h.accountId}/statement?end=2026-10-31`)).body;
  expect(page).toContain('aria-label="Why reconciliation #1 is unlocked (kept in the audit log)"');
  expect(unnamedFields(page)).toEqual([]);
});
