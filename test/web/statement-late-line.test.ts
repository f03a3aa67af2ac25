import { afterEach, beforeEach, expect, it } from 'vitest';
import { seedBank } from '../reconciliation/seed.js';
import { createHarness, type Harness } from './support/harness.js';
import { booksBalance, decideEverything } from './support/decisions.js';
import { get, post, signIn } from './support/session.js';

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
  expect(page.body).toContain('1 bank line(s) dated on or before 2026-10-31 arrived after reconciliation #1');
  expect(page.body).toContain('LATE POSTED CHARGE -₦50.00');
  expect(page.body).toContain('an admin must reopen #1');
  const refused = await post(
    h.app,
    rita,
    `/accounts/${h.accountId}/statement/finish`,
    { end: '2026-11-30', balance: '1.00', books: '1.00' },
    false,
  );
  expect(refused.statusCode).toBe(409);
  expect(refused.body).toContain('arrived after reconciliation #1 was finished');
});
