import { afterAll, beforeAll, expect, it } from 'vitest';
import { createHarness, type Harness } from './support/harness.js';
import { get, signIn } from './support/session.js';

// A date that has the shape but no day (30 February) is refused wherever a person types one.

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h?.close());

it('refuses a statement ending on a day that does not exist', async () => {
  const s = await signIn(h.app, 'rita');
  const res = await get(h.app, s, `/accounts/${h.accountId}/statement?end=2026-02-30`);
  expect(res.statusCode).toBe(400);
  expect(res.body).toContain('Statement ending date: &quot;2026-02-30&quot; is not a day on the calendar');
});

it('refuses it in the queue filter and in find-and-match', async () => {
  const s = await signIn(h.app, 'rita');
  const queue = await get(h.app, s, `/accounts/${h.accountId}/review?from=2026-02-30`);
  expect(queue.statusCode).toBe(400);
  expect(queue.body).toContain('from: expected a date');
  const find = await get(h.app, s, `/accounts/${h.accountId}/lines/${h.bank[0]}/find?amount=&from=2026-04-31`);
  expect(find.statusCode).toBe(400);
  expect(find.body).toContain('from: expected a date');
});
