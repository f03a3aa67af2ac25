/**
 * Review of session 36's product half: the long failure's "since" kept on the account (6a9346d,
 * accounts.feed_failing_since, recordFeedFailing), "Sync now" on a feed in trouble (d4ed2ad, activities/feed-trouble.ts),
 * the expected account holder's form (4e38b64) and whose document a ledger entry is (e5e572f, party_role). Each
 * `it.fails` was a defect found on the code as reviewed: its comment says what happened, what should, and where. The
 * repository cases run on SQLite and, when a server answers, PostgreSQL.
 */
import { MockActivityEnvironment } from '@temporalio/testing';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FeedActivities } from '../../activities/feed-activities.js';
import { feedTrouble } from '../../activities/feed-trouble.js';
import { createIdentityActivities } from '../../activities/identity-activities.js';
import { MonoClient } from '../../adapters/mono/index.js';
import { createAuditRepository } from '../../db/audit-repository.js';
import { getAccount, recordFeedFailing, updateAccount, upsertAccount } from '../../db/account-repository.js';
import { listOpenInvoices, listOpenInvoicesByReference } from '../../db/ledger-repository.js';
import { syncLedgerEntries } from '../../db/ledger-sync-repository.js';
import type { LedgerEntry } from '../../domain/ledger.js';
import { startSandbox, type Sandbox } from '../../sandbox/server.js';
import { databaseKinds, type TestDb } from '../support/databases.js';
import { sandboxFeedActivities, syncInput } from '../support/feed-harness.js';
import { createHarness, type Harness } from '../web/support/harness.js';
import { follow, get, post, signIn } from '../web/support/session.js';

const kinds = await databaseKinds();

describe('1. the failing on record ends with the feed and with a good read of the account (feed-activities.ts recordFeedState, describeAccount)', () => {
  let sb: Sandbox;
  let db: TestDb;
  let acts: FeedActivities;
  let id: string;
  beforeAll(async () => {
    sb = await startSandbox({ seed: 3636, webhookUrl: null });
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

  // What: an account unlinked while its reads were failing kept the failure on record (last_error: "Mono has not
  // sent this account's transactions since 1 November …; bankfeed keeps trying", feed_failing_since). Linked again
  // weeks later, the new feed reads the account while the row is still UNLINKED (describeAccount's clear skips an
  // unlinked row), then records BACKFILLING: through the whole backfill the accounts list said "Fetching history ·
  // failing" with the old note, "Sync now" said the feed "has been failing since 1 Nov", and the new feed's first
  // recorded error was dated by the old link's outage (recordFeedState keeps the instant on record).
  // Should: the feed's end clears its failure, as it clears the bank's re-authorisation request
  // (feed-activities.ts recordFeedState, the UNLINKED branch).
  it("a relink does not start out failing since the ended link's outage", async () => {
    const old = '2026-11-01T09:00:00.000Z';
    await updateAccount(db.db, id, {
      state: 'ACTIVE',
      feed_failing_since: old,
      last_error:
        "Mono has not sent this account's transactions since 2026-11-01 10:00 Lagos time; bankfeed keeps trying.",
    });
    await acts.recordFeedState({ accountId: id, state: 'UNLINKED' });
    // linked again: the new feed reads the account, then starts its backfill
    await new MockActivityEnvironment({ attempt: 1 }).run(acts.describeAccount, id);
    await acts.recordFeedState({ accountId: id, state: 'BACKFILLING', dataStatus: 'AVAILABLE' });
    const row = (await getAccount(db.db, id))!;
    expect([row.last_error, row.feed_failing_since, feedTrouble(row)]).toEqual([null, null, null]);
    await acts.recordFeedState({ accountId: id, state: 'ACTIVE', lastError: 'the bank refresh job failed' });
    expect((await getAccount(db.db, id))!.feed_failing_since! > old).toBe(true);
  });

  // What: a backfill whose sync ended failing without a good read (its first attempt's 503 put the instant on record,
  // a later one met not found, which the feed handles and goes on) is run again: its read of the account succeeds at
  // the first attempt and left the instant in place (only an attempt after the first cleared it), so the next error
  // recorded was dated by the earlier read. Should: a good read of the bank ends the failing at any attempt, as the
  // sync's does (feed-activities.ts describeAccount, the clear under `attempt > 1`).
  it('a good first attempt of reading the account clears the instant an earlier read left', async () => {
    const old = '2026-11-01T09:00:00.000Z';
    await updateAccount(db.db, id, { state: 'BACKFILLING', feed_failing_since: old });
    await new MockActivityEnvironment({ attempt: 1 }).run(acts.describeAccount, id);
    expect((await getAccount(db.db, id))!.feed_failing_since).toBeNull();
  });

  // What: recordFeedFailing told an ended read's instant from this read's by the attempt number alone: the first
  // attempt's failure put its own instant in place, every later one kept what was on record. (a) Worker restart: the
  // first attempt died with its worker (a timeout, never seen by noteLongFailure), so the second attempt's failure
  // kept an instant an earlier, ended read left (weeks old), and the note said the feed had failed since then.
  // (b) Two attempts at once: a first attempt stuck on a hung worker is timed out and retried; the retry fails and
  // records its instant; the stuck attempt's failure comes later and, being a first attempt, replaced the instant with
  // its own, later one. Should: an instant older than this read's first schedule belongs to an ended read and is
  // replaced; one since then is this read's and stands, whichever attempt fails (feed-activities.ts noteLongFailure,
  // account-repository.ts recordFeedFailing).
  it("after a worker restart, the second attempt does not keep an ended read's instant", async () => {
    const old = '2026-11-01T09:00:00.000Z';
    await updateAccount(db.db, id, { feed_failing_since: old });
    sb.setFaults({ burst503Every: 1, burst503Length: 1 });
    const began = Date.now() - 60_000;
    await expect(
      new MockActivityEnvironment({ attempt: 2, scheduledTimestampMs: began }).run(acts.describeAccount, id),
    ).rejects.toThrow(/503/);
    expect(Date.parse((await getAccount(db.db, id))!.feed_failing_since!)).toBeGreaterThanOrEqual(began);
  });

  it("a first attempt that fails after its retry does not move the retry's instant later", async () => {
    sb.setFaults({ burst503Every: 1, burst503Length: 1 });
    const began = Date.now() - 60_000;
    const read = (n: number) =>
      new MockActivityEnvironment({ attempt: n, scheduledTimestampMs: began }).run(acts.describeAccount, id);
    await expect(read(2)).rejects.toThrow(/503/);
    const since = (await getAccount(db.db, id))!.feed_failing_since;
    await new Promise((r) => setTimeout(r, 5));
    await expect(read(1)).rejects.toThrow(/503/);
    expect((await getAccount(db.db, id))!.feed_failing_since).toBe(since);
  });

  it('a sync that fails at once and then succeeds leaves no failing on record (the existing rule, kept)', async () => {
    sb.setFaults({ burst503Every: 1, burst503Length: 1 });
    await expect(new MockActivityEnvironment({ attempt: 1 }).run(acts.syncAccount, syncInput(id, 5))).rejects.toThrow(
      /503/,
    );
    expect((await getAccount(db.db, id))!.feed_failing_since).not.toBeNull();
    sb.setFaults({ burst503Every: 0 });
    await new MockActivityEnvironment({ attempt: 2 }).run(acts.syncAccount, syncInput(id, 5));
    const row = (await getAccount(db.db, id))!;
    expect([row.feed_failing_since, row.last_error, feedTrouble(row)]).toEqual([null, null, null]);
  }, 60_000);
});

const account = (id: string) => ({
  id,
  name: 'Zenith Current',
  institutionName: 'Zenith',
  institutionCode: null,
  accountNumberMasked: null,
  currency: 'NGN',
  timezone: 'Africa/Lagos',
  accountType: null,
  customerId: null,
  dataStatus: 'AVAILABLE',
  balanceMinor: null,
  balanceAsOf: null,
});

describe.each(kinds)('2. the failing instant and whose document, on $name', ({ open }) => {
  let h: TestDb;
  beforeEach(async () => {
    h = await open();
  });
  afterEach(async () => {
    await h.dispose();
  });

  it('recordFeedFailing: the first failure stands, a read begun after it starts afresh, an unlinked account is left', async () => {
    await upsertAccount(h.db, account('acc-1'), '2026-12-06T08:00:00.000Z');
    const since = async () => (await getAccount(h.db, 'acc-1'))!.feed_failing_since;
    await recordFeedFailing(h.db, 'acc-1', '2026-12-06T09:00:00.000Z');
    expect(await since()).toBe('2026-12-06T09:00:00.000Z');
    await recordFeedFailing(h.db, 'acc-1', '2026-12-06T09:05:00.000Z');
    // a read that began after the instant on record: that one was an ended read's; one that began before keeps it
    await recordFeedFailing(h.db, 'acc-1', '2026-12-06T09:06:00.000Z', { readBegan: '2026-12-06T08:59:00.000Z' });
    expect(await since()).toBe('2026-12-06T09:00:00.000Z');
    expect(await since()).toBe('2026-12-06T09:00:00.000Z');
    await recordFeedFailing(h.db, 'acc-1', '2026-12-06T10:00:00.000Z', { readBegan: '2026-12-06T09:30:00.000Z' });
    expect(await since()).toBe('2026-12-06T10:00:00.000Z');
    await updateAccount(h.db, 'acc-1', { state: 'UNLINKED', feed_failing_since: null });
    await recordFeedFailing(h.db, 'acc-1', '2026-12-06T11:00:00.000Z', { readBegan: '2026-12-06T10:30:00.000Z' });
    expect(await since()).toBeNull();
  });

  it("lists a customer's open invoice and one whose source does not say, never a supplier's credit note", async () => {
    const doc = (id: string, reference: string, amountMinor: number, partyRole?: 'customer' | 'supplier') =>
      ({
        id,
        date: '2026-10-22',
        amountMinor,
        currency: 'NGN',
        reference,
        description: reference,
        party: null,
        account: '090',
        kind: 'document',
        ...(partyRole ? { partyRole } : {}),
      }) satisfies LedgerEntry;
    await syncLedgerEntries(h.db, {
      sourceId: 'books',
      label: 'books',
      entries: [
        doc('invoice:1', 'INV-1', 100_000, 'customer'),
        doc('creditnote:2', 'CN-2', 20_000, 'supplier'),
        doc('plugin:3', 'PLG-3', 30_000),
      ],
    });
    expect((await listOpenInvoices(h.db, 'books', 10)).map((e) => e.reference)).toEqual(['INV-1', 'PLG-3']);
    expect(await listOpenInvoicesByReference(h.db, 'cn-2')).toEqual([]);
    expect(await listOpenInvoicesByReference(h.db, 'plg-3')).toHaveLength(1);
  });
});

describe('3. the expected holder a person types is shown as text everywhere (4e38b64)', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
    await createIdentityActivities({
      db: h.db.db,
      mono: {
        getIdentity: async () =>
          ({
            fullName: 'ADEBAYO FOODS LTD',
            bvn: '22212345678',
            email: null,
            phone: null,
            gender: null,
            dob: null,
            addressLine1: null,
            addressLine2: null,
          }) as unknown as Awaited<ReturnType<MonoClient['getIdentity']>>,
      },
    }).fetchIdentity({ accountId: h.accountId, requestedBy: 'test' });
  });
  afterEach(async () => h?.close());

  it('a script in the name is escaped on the page, in the notice (both ways) and on the audit page', async () => {
    const name = `<script>alert("x")</script> & 'Co'`;
    const ada = await signIn(h.app, 'ada');
    const action = `/accounts/${h.accountId}/expected-holder`;
    const plain = await post(h.app, ada, action, { expectedHolder: name }, false);
    const page = (await follow(h.app, ada, plain)).body;
    const byHtmx = (await post(h.app, ada, action, { expectedHolder: name })).body;
    const audit = (await get(h.app, ada, '/audit')).body;
    for (const body of [page, byHtmx, audit]) {
      expect(body).not.toContain('<script>alert');
      expect(body).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39;');
    }
    // the form's value too, and no BVN beyond its last four anywhere the name went
    expect((await get(h.app, ada, `/accounts/${h.accountId}/details`)).body).toContain(
      'value="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39;"',
    );
    const trail = await createAuditRepository(h.db.db).listForEntity('account', h.accountId);
    expect(JSON.stringify(trail)).not.toContain('22212345678');
  });

  // What: `bankfeed accounts show <account> --expect NAME` records the expected holder through the identity service
  // (identity-activities.ts setExpectedHolder), which wrote it with no audit entry; the web's form audits it, but
  // writes it through the repository itself, beside the service, with a copy of its rules (trimmed, at most 200).
  // Should: the one service records it, audited with who and the name it replaced, for the command line and the web.
  it('the command line records it through the service that audits it, with who and what it replaced', async () => {
    const identity = createIdentityActivities({
      db: h.db.db,
      mono: { getIdentity: () => Promise.reject(new Error('unused')) },
    });
    expect(
      await identity.setExpectedHolder({ accountId: h.accountId, name: ' Adebayo Foods Ltd ', actor: 'kemi' }),
    ).toBe(true);
    const trail = await createAuditRepository(h.db.db).listForEntity('account', h.accountId);
    expect(
      trail.filter((e) => e.action === 'account.expected_holder').map((e) => [e.actor, e.before, e.after]),
    ).toEqual([['kemi', { expectedHolder: null }, { expectedHolder: 'Adebayo Foods Ltd' }]]);
  });
});
