import { afterEach, beforeEach, expect, it } from 'vitest';
import { seedBank } from '../reconciliation/seed.js';
import { createHarness, type Harness } from './support/harness.js';
import { booksBalance, decideEverything } from './support/decisions.js';
import { follow, get, post, signIn } from './support/session.js';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

it('names a line the bank reported after its period was finished, and refuses to finish the next period over it', async () => {
  await decideEverything(h);
  const books = await booksBalance(h);
  const rita = await signIn(h.app, 'rita');
  const done = await post(
    h.app,
    rita,
    `/accounts/${h.accountId}/statement/finish`,
    { end: '2026-10-31', books: (books / 100).toFixed(2) },
    false,
  );
  expect(done.statusCode).toBe(303);
  // A charge back-dated into October arrives in November: locked, and dated before the next period starts.
  await seedBank(h.db.db, h.accountId, [{ date: '2026-10-15', amountMinor: -5_000, narration: 'LATE POSTED CHARGE' }]);
  const page = await get(h.app, rita, `/accounts/${h.accountId}/statement?end=2026-11-30&balance=1.00&books=1.00`);
  expect(page.statusCode).toBe(200);
  expect(page.body).toContain('1 bank line dated on or before 2026-10-31 arrived after reconciliation #1');
  expect(page.body).toContain('LATE POSTED CHARGE -₦50.00');
  expect(page.body).toContain('an admin must reopen #1');
  const refused = await post(
    h.app,
    rita,
    `/accounts/${h.accountId}/statement/finish`,
    { end: '2026-11-30', balance: '1.00', books: '1.00' },
    false,
  );
  expect(refused.statusCode).toBe(303);
  expect((await follow(h.app, rita, refused)).body).toContain('arrived after reconciliation #1 was finished');
});

it('offers no decision on a line of a finished period, and says why rather than "decided elsewhere"', async () => {
  await decideEverything(h);
  const books = await booksBalance(h);
  const rita = await signIn(h.app, 'rita');
  const queueBefore = await get(h.app, rita, `/accounts/${h.accountId}/review?view=matched`);
  const stale = /action="([^"]+\/unmatch)"/.exec(queueBefore.body)![1]!;
  await post(
    h.app,
    rita,
    `/accounts/${h.accountId}/statement/finish`,
    { end: '2026-10-31', books: (books / 100).toFixed(2) },
    false,
  );
  const [late] = await seedBank(h.db.db, h.accountId, [
    { date: '2026-10-15', amountMinor: -5_000, narration: 'LATE POSTED CHARGE' },
  ]);
  const unmatched = await get(h.app, rita, `/accounts/${h.accountId}/review?view=unmatched`);
  const row = new RegExp(`id="line-${late}"[\\s\\S]*?id="panel-${late}"`).exec(unmatched.body)![0].replace(/\s+/g, ' ');
  expect(row).toContain('In reconciliation #1 finished to 2026-10-31 (the bank reported it after)');
  expect(row).not.toContain('Bank-only');
  expect(row).not.toContain('No candidate in the books');
  const matched = await get(h.app, rita, `/accounts/${h.accountId}/review?view=matched`);
  expect(matched.body).not.toContain('/unmatch');
  // A page from before the finish still offers Unmatch: refused in words naming the lock, not a lost race.
  const refused = await post(h.app, rita, stale, {});
  expect(refused.statusCode).toBe(409);
  expect(refused.body).toContain('an admin must unlock it first');
  expect(refused.body).not.toContain('decided elsewhere');
});
