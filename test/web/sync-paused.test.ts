import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './support/harness.js';
import { recordingFeed } from './support/recording-feed.js';
import { get, post, signIn } from './support/session.js';

// "Sync now" on an account whose bank asks the holder to sign in again answered "Sync requested …; new lines appear
// after the feed's next pass": a paused feed fetches nothing until the holder re-authorises, so no line came. It is
// not offered there, and asked for anyway it says why and what to do.

describe('Sync now on a paused account', () => {
  let h: Harness;
  const synced: string[] = [];
  beforeAll(async () => {
    h = await createHarness({ feed: recordingFeed(synced) });
    await h.db.db.updateTable('accounts').set({ state: 'REAUTH_REQUIRED' }).where('id', '=', h.accountId).execute();
  });
  afterAll(async () => h?.close());

  it('is not offered; the active account still offers it', async () => {
    const page = (await get(h.app, await signIn(h.app, 'rita'), '/')).body;
    expect(page).not.toContain(`action="/accounts/${h.accountId}/sync"`);
    expect(page).toContain(`action="/accounts/${h.otherAccountId}/sync"`);
  });

  it('says a sync fetches nothing until the holder re-authorises, and asks the feed for nothing', async () => {
    const rita = await signIn(h.app, 'rita');
    const res = await post(h.app, rita, `/accounts/${h.accountId}/sync`, {});
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain('a sync fetches nothing until they re-authorise');
    expect(res.body).not.toContain('new lines appear');
    expect(synced).toEqual([]);
    expect((await post(h.app, rita, `/accounts/${h.otherAccountId}/sync`, {})).statusCode).toBe(200);
    expect(synced).toEqual([h.otherAccountId]);
  });
});
