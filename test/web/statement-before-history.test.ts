import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { money } from '../../web/format.js';
import { createHarness, type Harness } from './support/harness.js';
import { get, signIn } from './support/session.js';

// A statement ending before the feed's first line has no line to take a running balance from. The account's
// balance is today's, moved by every line since: shown as the ending balance of an earlier date it misleads, so the
// statement says the bank's balance at that date is unknown instead.

const TODAY_MINOR = 987_654_321;

describe('a statement ending before the feed history', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
    await h.db.db.updateTable('accounts').set({ balance_minor: TODAY_MINOR }).where('id', '=', h.accountId).execute();
  });
  afterAll(async () => h?.close());

  it("shows no ending balance rather than today's", async () => {
    const rita = await signIn(h.app, 'rita');
    const page = (await get(h.app, rita, `/accounts/${h.accountId}/statement?end=2026-09-01`)).body;
    expect(page).not.toContain(money(TODAY_MINOR, 'NGN'));
    expect(page).toMatch(/data-figure="balance-per-bank">—</);
    expect(page).toContain('Balance per bank unknown');
    const json = JSON.parse((await get(h.app, rita, `/accounts/${h.accountId}/statement.json?end=2026-09-01`)).body);
    expect(json.statements[0].statement.balancePerBank).toMatchObject({ amountMinor: null, source: 'unknown' });
  });

  it("still takes the account's balance when no line of the feed is dated after the end", async () => {
    // The feed's lines carry no running balance here: the current balance is the only figure, and no line since moved it.
    await h.db.db
      .updateTable('bank_transactions')
      .set({ balance_minor: null })
      .where('account_id', '=', h.accountId)
      .execute();
    const rita = await signIn(h.app, 'rita');
    const json = JSON.parse((await get(h.app, rita, `/accounts/${h.accountId}/statement.json?end=2026-12-31`)).body);
    expect(json.statements[0].statement.balancePerBank).toMatchObject({
      amountMinor: TODAY_MINOR,
      source: 'mono-account-balance',
    });
  });
});
