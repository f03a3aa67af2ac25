import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MonoClient } from '../../adapters/mono/client.js';
import { MonoError } from '../../adapters/mono/errors.js';
import { startSandbox, type Sandbox } from '../../sandbox/server.js';

// The client against the real sandbox: every endpoint, every wire quirk the sandbox serves, every error status.

const START = '2026-03-01T12:00:00Z';
let sandbox: Sandbox;
let client: MonoClient;
let acc: string;
const logs: string[] = [];
const logger = {
  debug: (obj: Record<string, unknown>, msg: string) => logs.push(JSON.stringify({ obj, msg })),
  info: (obj: Record<string, unknown>, msg: string) => logs.push(JSON.stringify({ obj, msg })),
  warn: (obj: Record<string, unknown>, msg: string) => logs.push(JSON.stringify({ obj, msg })),
};

async function failure(p: Promise<unknown>): Promise<MonoError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(MonoError);
    return e as MonoError;
  }
  throw new Error('expected a MonoError');
}

/** Walks the hosted link page like a user would and returns the code Mono puts on the redirect. */
async function completeHostedLink(monoUrl: string, form: Record<string, string> = {}): Promise<string> {
  const res = await fetch(monoUrl, { method: 'POST', body: new URLSearchParams(form), redirect: 'manual' });
  expect(res.status).toBe(302);
  const code = new URL(res.headers.get('location')!).searchParams.get('code');
  expect(code).toMatch(/^code_/);
  return code!;
}

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 11, startTime: START });
  client = new MonoClient({ baseUrl: sandbox.url, secretKey: sandbox.secretKey, timeoutMs: 5000, logger });
  acc = await sandbox.linkAccount({ institution: '058', kind: 'business', historyDays: 40, txnsPerDay: 5 });
});
afterEach(() => {
  sandbox.setQuirks([]);
  sandbox.setFaults({
    rate429: 0,
    burst503Every: 0,
    truncatedJson: 0,
    slowMs: 0,
    slowProbability: 0,
    overlappingPages: false,
  });
});
afterAll(async () => {
  await client.close();
  await sandbox.close();
  const all = logs.join('\n');
  expect(all).not.toContain(sandbox.secretKey);
  expect(logs.length).toBeGreaterThan(10);
});

describe('linking', () => {
  it('initiateLink → hosted link → exchangeToken, enveloped and bare (bare_token quirk)', async () => {
    for (const quirks of [[], ['bare_token']] as const) {
      sandbox.setQuirks([...quirks]);
      const session = await client.initiateLink({
        customer: { name: 'Ada Obi', email: 'ada@example.com' },
        ref: `ref-${quirks.length}`,
        redirectUrl: 'https://app.example/cb',
      });
      expect(session.scope).toBe('auth');
      expect(session.ref).toBe(`ref-${quirks.length}`);
      expect(session.customerId).toBeTruthy();
      const code = await completeHostedLink(session.monoUrl, { institution: '058', kind: 'business' });
      const { accountId } = await client.exchangeToken(code);
      expect(sandbox.accounts()).toContain(accountId);
      // A code is single-use: the second exchange is a bad request naming the parameter.
      const again = await failure(client.exchangeToken(code));
      expect([again.kind, again.param]).toEqual(['bad_request', 'code']);
    }
  });

  it('a refused initiate names the parameter (redirect_url is required for scope auth)', async () => {
    const e = await failure(client.initiateLink({ customer: { id: 'cus_1' } }));
    expect([e.kind, e.status, e.param]).toEqual(['bad_request', 400, 'redirect_url']);
  });

  it('re-authorisation: data calls fail as reauth_required until the reauth link is completed', async () => {
    const id = await sandbox.linkAccount({ institution: 'Kuda', historyDays: 5 });
    sandbox.requireReauth(id);
    expect((await failure(client.listTransactions(id))).kind).toBe('reauth_required');
    expect((await failure(client.getBalance(id))).kind).toBe('reauth_required');
    expect(await client.legacySync(id)).toEqual({ code: 'REAUTHORISATION_REQUIRED', hasNewData: false });
    const session = await client.initiateReauth(id, { ref: 'reauth-1', redirectUrl: 'https://app.example/cb' });
    expect(session).toMatchObject({ scope: 'reauth', accountId: id, ref: 'reauth-1' });
    await completeHostedLink(session.monoUrl);
    expect((await client.getBalance(id)).balanceMinor).toEqual(expect.any(Number));
  });
});

describe('accounts', () => {
  it('getAccount with REST ids and with the underscore_id and lowercase_data_status quirks', async () => {
    const plain = await client.getAccount(acc);
    expect(plain).toMatchObject({
      id: acc,
      currency: 'NGN',
      dataStatus: 'AVAILABLE',
      institution: { bankCode: '058', type: 'BUSINESS_BANKING' },
    });
    expect(plain.bvnLast4).toMatch(/^\d{4}$/);
    expect(plain.accountNumber).toMatch(/^\d{10}$/);
    sandbox.setQuirks(['underscore_id', 'lowercase_data_status']);
    expect(await client.getAccount(acc)).toEqual(plain);
  });

  it('maps Mono’s GHC and KSH to GHS and KES', async () => {
    const gh = await sandbox.linkAccount({ institution: 'GCB', historyDays: 3 });
    const ke = await sandbox.linkAccount({ institution: 'Equity', historyDays: 3 });
    expect((await client.getAccount(gh)).currency).toBe('GHS');
    expect((await client.getAccount(ke)).currency).toBe('KES');
    expect((await client.getBalance(ke)).currency).toBe('KES');
  });

  it('a PROCESSING account becomes AVAILABLE; until then transactions are empty', async () => {
    const id = await sandbox.linkAccount({
      institution: '058',
      historyDays: 5,
      dataStatus: 'PROCESSING',
      processingMs: 60_000,
    });
    expect((await client.getAccount(id)).dataStatus).toBe('PROCESSING');
    expect(await client.listTransactions(id)).toMatchObject({ transactions: [], nextPage: null });
    sandbox.advance(61_000);
    expect((await client.getAccount(id)).dataStatus).toBe('AVAILABLE');
  });

  it('listAccounts lists linked accounts without full account numbers; unlink removes one', async () => {
    const id = await sandbox.linkAccount({ institution: 'FNB', historyDays: 2 });
    const before = await client.listAccounts();
    expect(before.map((a) => a.id)).toContain(id);
    expect(JSON.stringify(before)).not.toMatch(/\d{10}/);
    await client.unlink(id);
    expect((await client.listAccounts()).map((a) => a.id)).not.toContain(id);
    const e = await failure(client.getAccount(id));
    expect([e.kind, e.status, e.retryable]).toEqual(['not_found', 404, false]);
  });

  it('getIdentity returns the identity (for storage only)', async () => {
    const identity = await client.getIdentity(acc);
    expect(identity.fullName).toBeTruthy();
    expect(identity.bvn).toMatch(/^\d{11}$/);
  });
});

describe('balance, real-time and legacy sync', () => {
  it('refresh starts a job (x-realtime), the 5-minute window returns the same job, getJob follows it', async () => {
    const id = await sandbox.linkAccount({ institution: '058', historyDays: 3 });
    const first = await client.refresh(id);
    expect(first.jobId).toBeTruthy();
    expect(first.jobStatus).toBe('processing');
    expect(typeof first.hasNewData).toBe('boolean');
    expect((await client.refresh(id)).jobId).toBe(first.jobId);
    sandbox.advance(60_000);
    sandbox.setQuirks(['uppercase_job_status']);
    expect(await client.getJob(id, first.jobId!)).toMatchObject({ id: first.jobId, status: 'finished', accountId: id });
    sandbox.advance(5 * 60_000);
    const b = await client.getBalance(id, { realtime: true });
    expect(b.realtime?.jobId).not.toBe(first.jobId);
    expect(b.realtime?.jobStatus).toBe('processing');
    expect(Number.isSafeInteger(b.balanceMinor)).toBe(true);
  });

  it('under the x_real_time_header quirk only a client configured for x-real-time starts a job', async () => {
    const id = await sandbox.linkAccount({ institution: '058', historyDays: 3 });
    sandbox.setQuirks(['x_real_time_header']);
    expect(await client.refresh(id)).toEqual({ jobId: null, jobStatus: null, hasNewData: null });
    const alt = new MonoClient({ baseUrl: sandbox.url, secretKey: sandbox.secretKey, realtimeHeader: 'x-real-time' });
    expect((await alt.refresh(id)).jobId).toBeTruthy();
    await alt.close();
  });

  it('a refresh that needs re-authorisation is reauth_required', async () => {
    const id = await sandbox.linkAccount({ institution: '058', historyDays: 3, mfa: { reauthAfterRefreshes: 0 } });
    expect((await failure(client.refresh(id))).kind).toBe('reauth_required');
  });

  it('legacySync codes: success (both spellings), SYNC_ERROR, INCOMPLETE_STATEMENT_ERROR, 2-minute window', async () => {
    const id = await sandbox.linkAccount({ institution: '058', historyDays: 3 });
    expect((await client.legacySync(id)).code).toBe('SYNC_SUCCESSFUL');
    const limited = await failure(client.legacySync(id));
    expect([limited.kind, limited.status, limited.retryable]).toEqual(['rate_limited', 429, true]);
    sandbox.advance(121_000);
    sandbox.setQuirks(['sync_code_synced_successful']);
    expect((await client.legacySync(id)).code).toBe('SYNC_SUCCESSFUL');
    const broken = await sandbox.linkAccount({ institution: '058', historyDays: 3, syncFailure: 'SYNC_ERROR' });
    expect(await client.legacySync(broken)).toEqual({ code: 'SYNC_ERROR', hasNewData: false });
    const shrunk = await sandbox.linkAccount({
      institution: '058',
      historyDays: 3,
      syncFailure: 'INCOMPLETE_STATEMENT_ERROR',
    });
    expect((await client.legacySync(shrunk)).code).toBe('INCOMPLETE_STATEMENT_ERROR');
    sandbox.advance(121_000);
    expect((await client.legacySync(shrunk, { allowIncompleteStatement: true })).code).toBe('SYNC_SUCCESSFUL');
  });
});

describe('transactions', () => {
  const truthIds = (from: string, to: string) =>
    sandbox
      .truth(acc)
      .filter((t) => {
        // Sandbox windows are Lagos business dates (UTC+1, no DST).
        const d = new Date(Date.parse(t.date) + 3_600_000).toISOString().slice(0, 10);
        return d >= from && d <= to;
      })
      .map((t) => t.id)
      .sort();

  async function collect(filters: Parameters<MonoClient['iterateTransactions']>[1]) {
    const ids: string[] = [];
    for await (const p of client.iterateTransactions(acc, filters)) ids.push(...p.transactions.map((t) => t.id));
    return ids;
  }

  it('pages through a window: every row once, with the default shape and with paging_in_data + next_without_accounts_segment', async () => {
    const expected = truthIds('2026-02-01', '2026-02-20');
    expect(expected.length).toBeGreaterThan(20);
    expect((await collect({ start: '2026-02-01', end: '2026-02-20', limit: 7 })).sort()).toEqual(expected);
    sandbox.setQuirks(['paging_in_data', 'next_without_accounts_segment']);
    expect((await collect({ start: '2026-02-01', end: '2026-02-20', limit: 7 })).sort()).toEqual(expected);
  });

  it('paginate=false returns the whole window in one page', async () => {
    const page = await client.listTransactions(acc, { start: '2026-02-01', end: '2026-02-20', paginate: false });
    expect(page.nextPage).toBeNull();
    expect(page.transactions.map((t) => t.id).sort()).toEqual(truthIds('2026-02-01', '2026-02-20'));
  });

  it('type and narration filters are re-sent on every page', async () => {
    const debits = await collect({ start: '2026-02-01', end: '2026-02-27', type: 'debit', limit: 5 });
    const truthDebits = sandbox
      .truth(acc)
      .filter((t) => t.type === 'debit')
      .map((t) => t.id);
    expect(debits.length).toBeGreaterThan(5);
    expect(debits.every((id) => truthDebits.includes(id))).toBe(true);
    const word = sandbox.truth(acc)[0]!.narration.split(/[\s/]+/)[0]!;
    const narrated = await collect({ start: '2026-01-20', end: '2026-02-27', narration: word, limit: 3 });
    expect(narrated.length).toBeGreaterThan(0);
  });

  it('a window with no rows is an empty page (data: null)', async () => {
    expect(await client.listTransactions(acc, { start: '2020-01-01', end: '2020-01-31' })).toEqual({
      transactions: [],
      total: 0,
      page: 1,
      nextPage: null,
    });
  });

  it('overlapping pages still cover every row (duplicates are the upsert’s job)', async () => {
    sandbox.setFaults({ overlappingPages: true });
    const ids = await collect({ start: '2026-02-01', end: '2026-02-20', limit: 12 });
    expect(new Set(ids).size).toBeLessThan(ids.length);
    expect([...new Set(ids)].sort()).toEqual(truthIds('2026-02-01', '2026-02-20'));
  });

  it('getStatement returns last month’s rows; income analysis lands in income-records', async () => {
    const rows = await client.getStatement(acc, 1);
    expect(rows.length).toBeGreaterThan(0);
    const truth = new Set(sandbox.truth(acc).map((t) => t.id));
    expect(rows.every((r) => truth.has(r.id))).toBe(true);
    expect(await client.requestIncome(acc, 1)).toEqual({ status: 'processing' });
    sandbox.advance(10 * 60_000);
    const records = await client.listIncomeRecords(acc);
    expect(records.length).toBe(1);
    expect(records[0]!.id).toBeTruthy();
  });

  it('getSpending is unsupported (404) and says so', async () => {
    expect(await client.getSpending(acc, 'last3months')).toMatchObject({ supported: false });
  });
});

describe('errors from the sandbox', () => {
  it('a wrong key is invalid_key and the key appears nowhere', async () => {
    const wrongKey = 'test_sk_wrong_key_987654';
    const bad = new MonoClient({ baseUrl: sandbox.url, secretKey: wrongKey, logger });
    const e = await failure(bad.getAccount(acc));
    expect([e.kind, e.status, e.retryable]).toEqual(['invalid_key', 401, false]);
    expect(`${e.message}${JSON.stringify(e)}${e.stack}${logs.join('')}`).not.toContain(wrongKey);
    await bad.close();
  });

  it('an unknown account is not_found', async () => {
    expect((await failure(client.listTransactions('aaaaaaaaaaaaaaaaaaaaaaaa'))).kind).toBe('not_found');
  });

  it('429 with Retry-After, 503 bursts, truncated JSON, slow answers', async () => {
    sandbox.setFaults({ rate429: 1, retryAfterSec: 1 });
    const limited = await failure(client.getBalance(acc));
    expect([limited.kind, limited.retryAfterMs, limited.retryable]).toEqual(['rate_limited', 1000, true]);
    // every call to the sandbox's host waits out the Retry-After (the client's gate; walk-ops-s38)
    await new Promise((r) => setTimeout(r, 1_100));
    sandbox.setFaults({ rate429: 0, burst503Every: 1, burst503Length: 1 });
    const down = await failure(client.listTransactions(acc));
    expect([down.kind, down.status, down.retryable]).toEqual(['unavailable', 503, true]);
    sandbox.setFaults({ burst503Every: 0, truncatedJson: 1 });
    const cut = await failure(client.listTransactions(acc, { start: '2026-02-01', end: '2026-02-05' }));
    expect([cut.kind, cut.retryable]).toEqual(['protocol', true]);
    sandbox.setFaults({ truncatedJson: 0, slowMs: 800, slowProbability: 1 });
    const impatient = new MonoClient({ baseUrl: sandbox.url, secretKey: sandbox.secretKey, timeoutMs: 200, logger });
    const slow = await failure(impatient.getBalance(acc));
    expect([slow.kind, slow.retryable]).toEqual(['timeout', true]);
    await impatient.close();
  });
});
