import { MockActivityEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeedActivities } from '../../activities/feed-activities.js';
import { MonoClient } from '../../adapters/mono/index.js';
import { createLogger } from '../../worker/logger.js';
import { openSqliteTestDb, type TestDb } from '../support/databases.js';
import { BankAccount, hexId, rng, type AccountSpec } from './independent-mono/bank.js';
import { IndependentMono } from './independent-mono/server.js';

// The question the feed asks before a Mono unlink ends it (confirmUnlinkedAtMono), against the independent Mono
// (written from Mono's documented contract, not from sandbox/ or the client): a linked account, one whose bank wants
// re-authorisation, one unlinked at Mono, and one Mono never knew.

const SPEC: AccountSpec = {
  name: 'Adaeze Textiles Ltd',
  currency: 'NGN',
  bank: { name: 'GTBank', code: '058', type: 'BUSINESS_BANKING' },
  needsReauth: false,
  linkBy: 'code',
};

let mono: IndependentMono;
let db: TestDb;
let client: MonoClient;
const r = rng(3131);

beforeAll(async () => {
  mono = new IndependentMono({
    accounts: [],
    secretKey: 'live_sk_unlink_check_independent',
    webhookSecret: 'whsec-unlink-check',
    jobDelayMs: 1_000,
    rand: r,
  });
  await mono.listen();
  db = await openSqliteTestDb();
  client = new MonoClient({ baseUrl: mono.url, secretKey: 'live_sk_unlink_check_independent' });
});
afterAll(async () => {
  await mono?.close();
  await db?.close();
});

async function linkedAccount(): Promise<string> {
  const a = new BankAccount({
    spec: SPEC,
    r,
    now: Date.now(),
    historyDays: 5,
    staleDays: 1,
    liveMs: 0,
    liveEveryMs: 5_000,
  });
  mono.add(a);
  const { accountId } = await client.exchangeToken(mono.issueCode(a.id));
  return accountId;
}

const confirm = (accountId: string) => {
  const acts = createFeedActivities({
    db: db.db,
    mono: client,
    logger: createLogger({ silent: true }),
    notifier: { reauthRequired: async () => {} },
  });
  return new MockActivityEnvironment().run(acts.confirmUnlinkedAtMono, accountId);
};

describe('asking the independent Mono whether an account is still linked', () => {
  it('answers linked for a linked account, and unlinked once it is unlinked at Mono', async () => {
    const id = await linkedAccount();
    expect(await confirm(id)).toBe('linked');
    await client.unlink(id);
    expect(await confirm(id)).toBe('unlinked');
  });

  it('answers reauth_required (still linked) for an account whose bank wants re-authorisation', async () => {
    const id = await linkedAccount();
    mono.flagReauthOnNextData(id);
    expect(await confirm(id)).toBe('reauth_required');
  });

  it('answers unlinked for an account Mono never knew', async () => {
    expect(await confirm(hexId(r))).toBe('unlinked');
  });
});
