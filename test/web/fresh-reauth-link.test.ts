import type { Client } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAccount, updateAccount, upsertAccount } from '../../db/account-repository.js';
import { startSandbox, type Sandbox } from '../../sandbox/server.js';
import { liveReauthLink } from '../../worker/commands/reauth-links.js';
import { sharedRetryAfterHold } from '../../worker/shared-retry-after-hold.js';
import { createFeedActions } from '../../worker/web-feed-actions.js';
import { openSqliteTestDb, type TestDb } from '../support/databases.js';

// The review app's "fresh re-authorisation link" button: the link it issues must be recorded as the feed's and
// `bankfeed reauth --new` record theirs (issue time and expiry), or `bankfeed status`, `bankfeed reauth` and the
// reminders still judge the new link by the expired one's issue time and hide it.

const ACCOUNT = '6600000000000000000f2626';
const OLD_LINK = 'http://127.0.0.1:1/expired-reauth-session';
const MONTH_AGO = new Date(Date.now() - 30 * 86_400_000).toISOString();
let sandbox: Sandbox;
let db: TestDb;

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 2626 });
  await sandbox.linkAccount({ id: ACCOUNT, institution: 'Access', kind: 'business', historyDays: 5, txnsPerDay: 1 });
  db = await openSqliteTestDb();
  await upsertAccount(
    db.db,
    {
      id: ACCOUNT,
      name: 'Tema Fisheries',
      institutionName: 'Access Bank',
      institutionCode: '044',
      accountNumberMasked: '******2626',
      currency: 'NGN',
      timezone: 'Africa/Lagos',
      accountType: null,
      customerId: null,
      dataStatus: 'AVAILABLE',
      balanceMinor: null,
      balanceAsOf: null,
    },
    MONTH_AGO,
  );
  await updateAccount(db.db, ACCOUNT, {
    state: 'REAUTH_REQUIRED',
    reauth_url: OLD_LINK,
    reauth_required_at: MONTH_AGO,
    reauth_expires_at: new Date(Date.parse(MONTH_AGO) + 86_400_000).toISOString(),
  });
}, 60_000);

afterAll(async () => {
  await db?.dispose();
  await sandbox?.close();
});

describe('the web app’s fresh re-authorisation link', () => {
  it('is recorded with its issue time and expiry, so every reader shows it as live', async () => {
    const ttlMs = 6 * 3_600_000;
    const actions = createFeedActions({
      client: {} as Client, // not used by a link request
      db: db.db,
      mono: { baseUrl: sandbox.url, secretKey: sandbox.secretKey },
      retryAfterHold: sharedRetryAfterHold(db.db),
      reauthRedirectUrl: 'https://books.example.com/reauthorised',
      reauthLinkTtlMs: ttlMs,
    });
    const before = Date.now();
    const url = await actions.freshReauthLink(ACCOUNT);
    expect(url).not.toBe(OLD_LINK);

    const row = (await getAccount(db.db, ACCOUNT))!;
    expect(row.reauth_url).toBe(url);
    expect(Date.parse(row.reauth_required_at!)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(row.reauth_expires_at!) - Date.parse(row.reauth_required_at!)).toBe(ttlMs);
    // What `bankfeed status`, `bankfeed reauth` and the reminders read.
    expect(liveReauthLink(row, new Date(), ttlMs)?.url).toBe(url);
    // Still waiting for the person: issuing a link does not change the feed's state.
    expect(row.state).toBe('REAUTH_REQUIRED');
  });
});
