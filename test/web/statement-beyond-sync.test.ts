import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './support/harness.js';
import { booksBalance, decideEverything } from './support/decisions.js';
import { follow, get, post, signIn } from './support/session.js';

// A feed paused for re-authorisation (or simply not synced yet) holds the bank's lines only through its last sync.
// A statement ending after that would be signed, and its period locked, over lines nobody has seen: with the
// ending balance left to the feed's running balance everything "balances". It waits for the feed instead.

describe('a statement ending after the feed last synced', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
    await decideEverything(h);
    await h.db.db.updateTable('accounts').set({ synced_through: '2026-10-20' }).where('id', '=', h.accountId).execute();
  });
  afterAll(async () => h?.close());

  it('names the date the feed has lines through and refuses to finish', async () => {
    const books = ((await booksBalance(h)) / 100).toFixed(2);
    const rita = await signIn(h.app, 'rita');
    const page = await get(h.app, rita, `/accounts/${h.accountId}/statement?end=2026-10-31&books=${books}`);
    expect(page.body).toContain('the feed has the bank’s lines only through 2026-10-20');
    const finish = await post(
      h.app,
      rita,
      `/accounts/${h.accountId}/statement/finish`,
      { end: '2026-10-31', books },
      false,
    );
    // refused: back to the statement with the reason, nothing saved
    expect(finish.statusCode).toBe(303);
    expect((await follow(h.app, rita, finish)).body).toContain('Not finished: ');
    expect(await h.db.db.selectFrom('statement_reconciliations').select('id').execute()).toEqual([]);
  });

  it('says nothing of it for an ending date the feed covers', async () => {
    const rita = await signIn(h.app, 'rita');
    const page = await get(h.app, rita, `/accounts/${h.accountId}/statement?end=2026-10-20`);
    expect(page.body).not.toContain('lines only through');
  });
});
