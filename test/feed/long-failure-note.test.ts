import { ApplicationFailure, CancelledFailure } from '@temporalio/common';
import { MockActivityEnvironment } from '@temporalio/testing';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FeedActivities } from '../../activities/feed-activities.js';
import { MonoClient } from '../../adapters/mono/index.js';
import { longFailureNote } from '../../activities/long-failure-note.js';
import { clockText } from '../../domain/dates.js';
import { getAccount } from '../../db/account-repository.js';
import { startSandbox, type Sandbox } from '../../sandbox/server.js';
import type { TestDb } from '../support/databases.js';
import { sandboxFeedActivities, syncInput } from '../support/feed-harness.js';

// A Mono outage was never on record (walk-ops-s34): the feed retries its reads without limit and records a failure
// only once an activity gives up, so `status` showed no error and exited 0 for as long as Mono answered 503. The read
// now puts its failure and since when on the account's record from its third failed attempt in a row, and its
// success clears it. The whole path through a real feed and `status`: test/ops/walk-ops-s34.test.ts.

const SINCE = Date.parse('2026-12-06T07:45:30Z');

describe('longFailureNote', () => {
  const unavailable = ApplicationFailure.create({
    type: 'Mono_unavailable',
    message: 'Mono GET /v2/accounts/{id}/transactions: unavailable (HTTP 503)',
  });

  it('says what keeps failing, since when and how often, from the third attempt', () => {
    expect(longFailureNote('sync', unavailable, { attempt: 2, scheduledTimestampMs: SINCE })).toBeNull();
    expect(longFailureNote('sync', unavailable, { attempt: 3, scheduledTimestampMs: SINCE }, 'Africa/Lagos')).toBe(
      "Mono has not sent this account's transactions since 2026-12-06 08:45 Lagos time; bankfeed keeps trying. " +
        'Mono said: unavailable',
    );
    // an account not stored yet has no clock of its own
    expect(longFailureNote('account', unavailable, { attempt: 3, scheduledTimestampMs: SINCE })).toBe(
      'Mono has not answered for this account since 2026-12-06 07:45 UTC; bankfeed keeps trying. Mono said: unavailable',
    );
  });

  it('says since the first failed attempt when it is known, not when the first attempt was scheduled', () => {
    const failedAt = Date.parse('2026-12-06T09:10:00Z');
    expect(
      longFailureNote('sync', unavailable, { attempt: 3, scheduledTimestampMs: SINCE, failingSinceMs: failedAt }),
    ).toBe(
      "Mono has not sent this account's transactions since 2026-12-06 09:10 UTC; bankfeed keeps trying. " +
        'Mono said: unavailable',
    );
  });

  it('leaves out what the feed handles itself, and a cancellation', () => {
    const info = { attempt: 9, scheduledTimestampMs: SINCE };
    const notFound = ApplicationFailure.create({ type: 'MonoNotFound', message: 'not found', nonRetryable: true });
    const handled = ApplicationFailure.create({ type: 'ReauthRequired', message: 'reauth' });
    expect(longFailureNote('sync', notFound, info)).toBeNull();
    expect(longFailureNote('sync', handled, info)).toBeNull();
    expect(longFailureNote('sync', new CancelledFailure('cancelled'), info)).toBeNull();
    // a call the Retry-After hold kept back (nothing sent): the feed waits its turn, Mono refused nothing
    const held = ApplicationFailure.create({
      type: 'MonoRateLimited',
      message: 'rate_limited: not sent',
      details: [{ kind: 'rate_limited', held: true, retryAfterMs: 20_000 }],
    });
    expect(longFailureNote('sync', held, info)).toBeNull();
    const refused = ApplicationFailure.create({ type: 'MonoRateLimited', message: 'rate_limited (HTTP 429)' });
    expect(longFailureNote('sync', refused, info)).not.toBeNull();
  });

  it('never carries an account number or a secret key the failure did', () => {
    const note = longFailureNote('sync', new Error('account 0123456789 refused with key live_sk_abcDEF123'), {
      attempt: 3,
      scheduledTimestampMs: SINCE,
    });
    expect(note).toContain('6789');
    for (const secret of ['0123456789', 'live_sk_abcDEF123']) expect(note).not.toContain(secret);
  });
});

describe('a feed read Mono keeps refusing (real activities, the sandbox answering 503)', () => {
  let sb: Sandbox;
  let db: TestDb;
  let acts: FeedActivities;
  let id: string;
  beforeAll(async () => {
    sb = await startSandbox({ seed: 3535, webhookUrl: null });
  });
  afterAll(async () => {
    await sb?.close();
  });
  beforeEach(async () => {
    ({ db, acts, id } = await sandboxFeedActivities(sb));
  });
  afterEach(async () => {
    sb.setFaults({ burst503Every: 0 });
    await db.dispose();
  });

  const attempt = (n: number) => new MockActivityEnvironment({ attempt: n, scheduledTimestampMs: SINCE });
  const lastError = async () => (await getAccount(db.db, id))!.last_error;
  // Every data call answers 503 (a burst of one each time, so turning it off ends it at once).
  const outage = () => sb.setFaults({ burst503Every: 1, burst503Length: 1 });

  it('a sync: on record from the third failed attempt, cleared by the attempt that succeeds', async () => {
    outage();
    await expect(attempt(2).run(acts.syncAccount, syncInput(id, 5))).rejects.toThrow(/503/);
    expect(await lastError()).toBeNull();
    await expect(attempt(3).run(acts.syncAccount, syncInput(id, 5))).rejects.toThrow(/503/);
    // since the first failed attempt this process saw (the second: the first may have died with its worker), at the
    // account's clock; this said the schedule's minute (:45), so it held only when run at a quarter to the hour
    const row = (await getAccount(db.db, id))!;
    expect(await lastError()).toMatch(/^Mono has not sent this account's transactions since /);
    expect(await lastError()).toContain(
      `since ${clockText(row.feed_failing_since!, row.timezone)}; bankfeed keeps trying. Mono said: `,
    );

    sb.setFaults({ burst503Every: 0 });
    await attempt(4).run(acts.syncAccount, syncInput(id, 5));
    expect(await lastError()).toBeNull();
  }, 60_000);

  // A re-scan's first attempt read for hours before Mono began refusing: the note said the feed had been failing
  // since that attempt was scheduled (SINCE), hours before anything failed. It says since the first failed attempt.
  it("a sync: since is the first attempt's failure, not its schedule; a good read clears it", async () => {
    outage();
    const before = new Date();
    await expect(attempt(1).run(acts.syncAccount, syncInput(id, 5))).rejects.toThrow(/503/);
    const after = new Date();
    const since = (await getAccount(db.db, id))!.feed_failing_since!;
    expect(Date.parse(since)).toBeGreaterThanOrEqual(before.getTime());
    expect(Date.parse(since)).toBeLessThanOrEqual(after.getTime());
    await expect(attempt(2).run(acts.syncAccount, syncInput(id, 5))).rejects.toThrow(/503/);
    await expect(attempt(3).run(acts.syncAccount, syncInput(id, 5))).rejects.toThrow(/503/);
    // the first failure stands through the later attempts
    expect((await getAccount(db.db, id))!.feed_failing_since).toBe(since);
    const tz = (await getAccount(db.db, id))!.timezone;
    expect(await lastError()).toContain(`since ${clockText(since, tz)};`);
    expect(await lastError()).not.toContain(clockText(new Date(SINCE), tz));

    sb.setFaults({ burst503Every: 0 });
    await attempt(4).run(acts.syncAccount, syncInput(id, 5));
    expect((await getAccount(db.db, id))!.feed_failing_since).toBeNull();
  }, 60_000);

  it("a new read's first failed attempt starts the failing afresh; an error the feed records keeps the first", async () => {
    const old = '2026-12-01T10:00:00.000Z';
    await db.db.updateTable('accounts').set({ feed_failing_since: old }).where('id', '=', id).execute();
    outage();
    await expect(attempt(1).run(acts.describeAccount, id)).rejects.toThrow(/503/);
    const since = (await getAccount(db.db, id))!.feed_failing_since!;
    expect(since > old).toBe(true);
    await acts.recordFeedState({ accountId: id, state: 'ACTIVE', lastError: 'the bank refresh job failed' });
    expect((await getAccount(db.db, id))!.feed_failing_since).toBe(since);
    await acts.recordFeedState({ accountId: id, state: 'ACTIVE', lastError: null });
    expect((await getAccount(db.db, id))!.feed_failing_since).toBeNull();
  });

  it('reading the account (a new link during an outage): on record, cleared once Mono answers', async () => {
    outage();
    await expect(attempt(3).run(acts.describeAccount, id)).rejects.toThrow(/503/);
    expect(await lastError()).toMatch(/^Mono has not answered for this account since .*; bankfeed keeps trying/);

    sb.setFaults({ burst503Every: 0 });
    await attempt(4).run(acts.describeAccount, id);
    expect(await lastError()).toBeNull();
  });
});

// A read the client's Retry-After hold keeps back (another account's 429, or another process's: nothing is sent) was
// counted as a failed attempt like Mono's own refusal: a feed that only waited its turn went on record as failing
// ("Mono has not sent this account's transactions since …") once the hold outlasted three attempts.
describe("a feed read the Retry-After hold keeps back (real activities, another account's 429)", () => {
  let sb: Sandbox;
  let db: TestDb;
  let acts: FeedActivities;
  let id: string;
  beforeAll(async () => {
    sb = await startSandbox({ seed: 3536, webhookUrl: null });
    ({ db, acts, id } = await sandboxFeedActivities(sb));
  });
  afterAll(async () => {
    await db?.dispose();
    await sb?.close();
  });

  it('is not on record however many attempts it waits', async () => {
    const other = await sb.linkAccount({ institution: 'Kuda', kind: 'personal', historyDays: 3, txnsPerDay: 1 });
    const elsewhere = new MonoClient({ baseUrl: sb.url, secretKey: sb.secretKey });
    sb.setFaults({ rate429: 1, retryAfterSec: 30 });
    await expect(elsewhere.getBalance(other)).rejects.toThrow(/rate_limited/);
    sb.setFaults({ rate429: 0 });
    await elsewhere.close();
    for (const n of [1, 2, 3, 4]) {
      const env = new MockActivityEnvironment({ attempt: n, scheduledTimestampMs: SINCE });
      await expect(env.run(acts.syncAccount, syncInput(id, 5))).rejects.toThrow(/not sent/);
    }
    const row = (await getAccount(db.db, id))!;
    expect([row.last_error, row.feed_failing_since]).toEqual([null, null]);
  }, 60_000);
});
