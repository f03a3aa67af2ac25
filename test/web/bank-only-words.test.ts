import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './support/harness.js';
import { get, post, signIn } from './support/session.js';

// A line explained as bank-only read "Matched by hand by rita … Writes off ₦15,000.00 to Bank charges", as if it had
// been matched to the books and a difference written off, and the undo offered "Matched by hand". It says what was
// done: explained, to which account.

describe('a line explained as bank-only', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(async () => h?.close());

  it('says so on its row, after the decision and on the queue', async () => {
    const rita = await signIn(h.app, 'rita');
    const line = h.bank[6]!;
    const done = await post(h.app, rita, `/accounts/${h.accountId}/lines/${line}/bank-only`, {
      line,
      account: 'Bank charges',
    });
    expect(done.statusCode).toBe(200);
    const queue = (await get(h.app, rita, `/accounts/${h.accountId}/review?view=matched`)).body;
    for (const body of [done.body, queue]) {
      const row = body.slice(body.indexOf(`id="line-${line}"`));
      const words = row.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');
      expect(words).toContain('Explained as bank-only by Rita');
      expect(words).toContain('To the ledger account Bank charges');
      expect(words.slice(0, words.indexOf('Unmatch'))).not.toMatch(/Matched by hand|Writes off/);
    }
    expect(queue.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ')).toContain(
      'Your last decision: Explained a line as bank-only',
    );
  });
});
