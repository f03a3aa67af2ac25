import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './support/harness.js';
import { get, signIn } from './support/session.js';

// The overview showed each feed's state as the workflow's code ("REAUTH_REQUIRED", "BACKFILLING"); an accountant
// reads what it means. The code stays the badge's class (its colour).

describe("the accounts overview's feed state", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
    await h.db.db.updateTable('accounts').set({ state: 'REAUTH_REQUIRED' }).where('id', '=', h.accountId).execute();
    await h.db.db.updateTable('accounts').set({ state: 'BACKFILLING' }).where('id', '=', h.otherAccountId).execute();
  });
  afterAll(async () => h?.close());

  it('is in words', async () => {
    const vera = await signIn(h.app, 'vera');
    const page = (await get(h.app, vera, '/')).body;
    expect(page).toContain('<span class="state REAUTH_REQUIRED">Needs re-authorisation<');
    expect(page).toContain('<span class="state BACKFILLING">Fetching history<');
    const words = page.replace(/<[^>]*>/g, ' ');
    expect(words).not.toMatch(/REAUTH_REQUIRED|BACKFILLING/);
  });
});
