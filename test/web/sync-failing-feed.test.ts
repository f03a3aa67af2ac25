import { ApplicationFailure } from '@temporalio/common';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { longFailureNote } from '../../activities/long-failure-note.js';
import { createHarness, type Harness } from './support/harness.js';
import { recordingFeed } from './support/recording-feed.js';
import { follow, get, pageText, post, signIn } from './support/session.js';

// "Sync now" on an account whose feed Mono had refused for an hour (the long-failure note on the account's record)
// answered "Sync requested …; new lines appear after the feed's next pass", as for a healthy feed: the person was not
// told the feed was failing, since when, or that it retries by itself. And on an account waiting for
// re-authorisation, the refusal did not say since when. Both now say it, at the account's clock.

const FAILING_SINCE = '2026-12-06T11:35:00.000Z';
const OUTAGE = longFailureNote(
  'sync',
  ApplicationFailure.create({ type: 'Mono_unavailable', message: 'unavailable (HTTP 503)' }),
  { attempt: 7, scheduledTimestampMs: Date.parse('2026-12-06T09:00:00Z'), failingSinceMs: Date.parse(FAILING_SINCE) },
  'Africa/Lagos',
)!;

describe('Sync now on a feed that is failing', () => {
  let h: Harness;
  let synced: string[];
  beforeEach(async () => {
    synced = [];
    h = await createHarness({ feed: recordingFeed(synced) });
    await h.db.db
      .updateTable('accounts')
      .set({
        name: 'Adebayo Foods Ltd',
        timezone: 'Africa/Lagos',
        state: 'SYNCING',
        last_error: OUTAGE,
        feed_failing_since: FAILING_SINCE,
      })
      .where('id', '=', h.accountId)
      .execute();
  });
  afterEach(async () => h?.close());

  it('takes the request and says the feed is failing, since when, why and that it retries by itself', async () => {
    const rita = await signIn(h.app, 'rita');
    const res = await post(h.app, rita, `/accounts/${h.accountId}/sync`, {});
    expect(res.statusCode).toBe(200);
    const text = pageText(res.body);
    expect(text).toContain('failing and has been since 2026-12-06 12:35 Lagos time');
    expect(text).toContain('retries by itself');
    expect(text).toContain('Mono said: unavailable');
    expect(text).not.toContain("new lines appear after the feed's next pass");
    expect(synced).toEqual([h.accountId]);
  });

  it('says it in the notice of the page a plain form post leads to', async () => {
    const rita = await signIn(h.app, 'rita');
    const res = await post(h.app, rita, `/accounts/${h.accountId}/sync`, {}, false);
    expect(res.statusCode).toBe(303);
    const text = pageText((await follow(h.app, rita, res)).body);
    expect(text).toContain("Adebayo Foods Ltd's feed is failing and has been since 2026-12-06 12:35 Lagos time");
    expect(text).toContain('retries by itself');
  });

  it('says since when the bank has asked for re-authorisation, and asks the feed for nothing', async () => {
    await h.db.db
      .updateTable('accounts')
      .set({ state: 'REAUTH_REQUIRED', last_error: null, bank_reauth_required_at: '2026-12-05T07:00:00.000Z' })
      .where('id', '=', h.accountId)
      .execute();
    const res = await post(h.app, await signIn(h.app, 'rita'), `/accounts/${h.accountId}/sync`, {});
    expect(res.statusCode).toBe(409);
    const text = pageText(res.body);
    expect(text).toContain('since 2026-12-05 08:00 Lagos time');
    expect(text).toContain('a sync fetches nothing until they re-authorise');
    expect(text).toContain('re-authorisation link');
    expect(synced).toEqual([]);
  });

  it('a healthy feed is answered as before', async () => {
    const rita = await signIn(h.app, 'rita');
    const res = await post(h.app, rita, `/accounts/${h.otherAccountId}/sync`, {});
    expect(pageText(res.body)).toContain("new lines appear after the feed's next pass");
    expect(pageText(res.body)).not.toContain('failing');
    // the failing account's Feed cell still shows its error on the list
    expect(pageText((await get(h.app, rita, '/')).body)).toContain('Mono said: unavailable');
  });
});
