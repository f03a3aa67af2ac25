import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MonoClient } from '../../adapters/mono/client.js';
import { MonoError } from '../../adapters/mono/errors.js';
import { json, scriptedServer } from './scripted-server.js';

const SECRET = 'test_sk_wire_secret_ABC123';
const ACC = '66141b98aaa34e17e8cfdb76';
const txn = (n: number, extra: Record<string, unknown> = {}) => ({
  id: `t${n}`,
  narration: `N${n}`,
  amount: 500 + n,
  type: 'debit',
  balance: 1500,
  date: '2023-12-14T00:02:00.500Z',
  category: 'unknown',
  ...extra,
});
const ok = (data: unknown, meta?: unknown) => ({
  status: 'successful',
  message: 'Request was succesfully completed',
  timestamp: '2024-04-12T06:18:17.117Z',
  data,
  ...(meta === undefined ? {} : { meta }),
});

let server: Awaited<ReturnType<typeof scriptedServer>>;
let client: MonoClient;
const logs: Array<{ level: string; obj: unknown; msg: string }> = [];
const logger = {
  debug: (obj: Record<string, unknown>, msg: string) => logs.push({ level: 'debug', obj, msg }),
  info: (obj: Record<string, unknown>, msg: string) => logs.push({ level: 'info', obj, msg }),
  warn: (obj: Record<string, unknown>, msg: string) => logs.push({ level: 'warn', obj, msg }),
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

beforeAll(async () => {
  server = await scriptedServer();
  client = new MonoClient({ baseUrl: server.url, secretKey: SECRET, timeoutMs: 1000, logger });
});
afterAll(async () => {
  await client.close();
  await server.close();
  // Whatever happened in this file, the key never reached a log line.
  expect(JSON.stringify(logs)).not.toContain(SECRET);
  expect(logs.length).toBeGreaterThan(0);
});
beforeEach(() => {
  server.seen.length = 0;
});

/**
 * A 429 with Retry-After holds every call of the process to its host (adapters/mono/http.ts): asserted on a server of
 * its own, so the shared one stays open to the file's other tests.
 */
async function onOwnHost<T>(run: (own: Awaited<ReturnType<typeof scriptedServer>>, c: MonoClient) => Promise<T>) {
  const own = await scriptedServer();
  const c = new MonoClient({ baseUrl: own.url, secretKey: SECRET, timeoutMs: 1000, logger });
  try {
    return await run(own, c);
  } finally {
    await c.close();
    await own.close();
  }
}

describe('transactions on the wire', () => {
  it('sends the key and DD-MM-YYYY dates, follows only the page number of meta.next and re-sends its own filters', async () => {
    server.handle((req, res) => {
      const page = Number(req.query.get('page') ?? '1');
      // The documented next link omits /accounts/ and drops the filters.
      const next = page < 3 ? `https://api.withmono.com/v2/${ACC}/transactions?page=${page + 1}` : null;
      json(res, 200, ok([txn(page * 2), txn(page * 2 + 1)], { total: 6, page, previous: null, next }));
    });
    const pages = [];
    for await (const p of client.iterateTransactions(ACC, {
      start: '2024-01-05',
      end: '2024-02-29',
      type: 'debit',
      narration: 'POS',
      limit: 2,
    }))
      pages.push(p);
    expect(pages.map((p) => p.page)).toEqual([1, 2, 3]);
    expect(pages.flatMap((p) => p.transactions.map((t) => t.id))).toEqual(['t2', 't3', 't4', 't5', 't6', 't7']);
    expect(server.seen).toHaveLength(3);
    for (const r of server.seen) {
      expect(r.path).toBe(`/v2/accounts/${ACC}/transactions`);
      expect(r.headers['mono-sec-key']).toBe(SECRET);
      expect(Object.fromEntries(r.query)).toMatchObject({
        start: '05-01-2024',
        end: '29-02-2024',
        type: 'debit',
        narration: 'POS',
        limit: '2',
      });
      expect(r.headers['x-realtime']).toBeUndefined();
    }
  });

  it('maps items: _id, GHC → GHS, upper-case type, missing balance/category', async () => {
    server.handle((_req, res) =>
      json(
        res,
        200,
        ok([{ _id: 'x1', narration: null, amount: 0, type: 'CREDIT', date: '2024-01-01T10:00:00Z', currency: 'GHC' }], {
          total: 1,
          page: 1,
          next: null,
        }),
      ),
    );
    const page = await client.listTransactions(ACC);
    expect(page).toEqual({
      transactions: [
        {
          id: 'x1',
          narration: '',
          amountMinor: 0,
          type: 'credit',
          balanceMinor: null,
          date: '2024-01-01T10:00:00Z',
          category: null,
          currency: 'GHS',
        },
      ],
      total: 1,
      page: 1,
      nextPage: null,
    });
  });

  it('reads the v1 leftover data.paging shape', async () => {
    server.handle((req, res) => {
      const page = Number(req.query.get('page') ?? '1');
      json(
        res,
        200,
        ok({
          transactions: [txn(page)],
          paging: {
            total: 2,
            page,
            previous: null,
            next: page === 1 ? `${server.url}/v2/accounts/${ACC}/transactions?page=2` : null,
          },
        }),
      );
    });
    const ids = [];
    for await (const p of client.iterateTransactions(ACC, { limit: 1 })) ids.push(...p.transactions.map((t) => t.id));
    expect(ids).toEqual(['t1', 't2']);
  });

  it('data: null, meta: null means no transactions', async () => {
    server.handle((_req, res) =>
      json(res, 200, {
        status: 'successful',
        message: 'No transactions found for the provided date filter, please try again with different date',
        data: null,
        meta: null,
      }),
    );
    expect(await client.listTransactions(ACC, { start: '2024-01-01', end: '2024-01-02' })).toEqual({
      transactions: [],
      total: 0,
      page: 1,
      nextPage: null,
    });
  });

  it('sends x-realtime on the first page only and reports the job headers', async () => {
    server.handle((req, res) => {
      const page = Number(req.query.get('page') ?? '1');
      json(res, 200, ok([txn(page)], { total: 2, page, next: page === 1 ? '?page=2' : null }), {
        'x-job-id': 'job_7',
        'x-job-status': 'FINISHED',
        'x-has-new-data': 'true',
      });
    });
    const pages = [];
    for await (const p of client.iterateTransactions(ACC, { realtime: true })) pages.push(p);
    expect(server.seen.map((r) => r.headers['x-realtime'])).toEqual(['true', undefined]);
    expect(pages[0]!.realtime).toEqual({ jobId: 'job_7', jobStatus: 'finished', hasNewData: true });
  });

  it('refuses bad filters before calling Mono', async () => {
    await expect(client.listTransactions(ACC, { start: '2024-02-30' })).rejects.toThrow(/no such calendar day/);
    await expect(client.listTransactions(ACC, { start: '01-02-2024' })).rejects.toThrow(/YYYY-MM-DD/);
    await expect(client.listTransactions(ACC, { start: '2024-03-01', end: '2024-02-01' })).rejects.toThrow(/after end/);
    await expect(client.listTransactions(ACC, { limit: 0 })).rejects.toThrow(/limit/);
    expect(server.seen).toHaveLength(0);
  });

  it('a next link without a page number, or one that goes backwards, is a protocol error', async () => {
    server.handle((_req, res) =>
      json(res, 200, ok([txn(1)], { total: 2, page: 1, next: 'https://api.withmono.com/v2/x/transactions' })),
    );
    expect((await failure(client.listTransactions(ACC))).message).toMatch(/meta\.next/);
    server.handle((_req, res) => json(res, 200, ok([txn(1)], { total: 2, page: 1, next: '?page=1' })));
    const it = client.iterateTransactions(ACC);
    await it.next();
    const e = await failure(it.next());
    expect(e.kind).toBe('protocol');
  });

  it('a schema mismatch names the JSON path and not the value', async () => {
    server.handle((_req, res) =>
      json(res, 200, ok([txn(1), txn(2, { amount: -250 }), txn(3)], { total: 3, page: 1, next: null })),
    );
    const e = await failure(client.listTransactions(ACC));
    expect([e.kind, e.retryable]).toEqual(['protocol', true]);
    expect(e.message).toMatch(/data\[1\]\.amount/);
    expect(e.message).not.toContain('250');
    server.handle((_req, res) => json(res, 200, ok([txn(1, { amount: 12.5 })], { total: 1, page: 1, next: null })));
    expect((await failure(client.listTransactions(ACC))).message).toMatch(/data\[0\]\.amount/);
  });
});

describe('accounts and linking on the wire', () => {
  it('exchangeToken reads an enveloped data.id or a bare id/_id', async () => {
    for (const body of [ok({ id: ACC }), { id: ACC }, { _id: ACC }, ok({ _id: ACC })]) {
      server.handle((_req, res) => json(res, 200, body));
      expect(await client.exchangeToken('code_1')).toEqual({ accountId: ACC });
    }
    expect(JSON.parse(server.seen[0]!.body)).toEqual({ code: 'code_1' });
    server.handle((_req, res) => json(res, 200, ok({})));
    expect((await failure(client.exchangeToken('code_1'))).kind).toBe('protocol');
  });

  it('getAccount reads snake_case REST and camelCase webhook-style accounts alike', async () => {
    const snake = ok({
      account: {
        id: ACC,
        name: 'Samuel Olamide',
        account_number: '1234567890',
        currency: 'KSH',
        balance: 73573,
        type: 'SAVINGS',
        bvn: '6115',
        institution: { name: 'Equity', bank_code: '068', type: 'PERSONAL_BANKING' },
      },
      customer: { id: 'cus_1' },
      meta: {
        data_status: 'available',
        auth_method: 'internet_banking',
        retrieved_data: ['identity', 'balance'],
        ref: 'r1',
      },
    });
    const camel = ok({
      account: {
        _id: ACC,
        name: 'Samuel Olamide',
        accountNumber: '1234567890',
        currency: 'KES',
        balance: 73573,
        type: 'SAVINGS',
        bvn: '6115',
        authMethod: 'internet_banking',
        institution: { name: 'Equity', bankCode: '068', type: 'PERSONAL_BANKING' },
        customer: 'cus_1',
      },
      meta: { data_status: 'Available', retrieved_data: ['identity', 'balance'], ref: 'r1' },
    });
    const expected = {
      id: ACC,
      name: 'Samuel Olamide',
      accountNumber: '1234567890',
      currency: 'KES',
      balanceMinor: 73573,
      type: 'SAVINGS',
      bvnLast4: '6115',
      institution: { name: 'Equity', bankCode: '068', type: 'PERSONAL_BANKING' },
      customerId: 'cus_1',
      dataStatus: 'AVAILABLE',
      authMethod: 'internet_banking',
      retrievedData: ['identity', 'balance'],
      ref: 'r1',
    };
    for (const body of [snake, camel]) {
      server.handle((_req, res) => json(res, 200, body));
      expect(await client.getAccount(ACC)).toEqual(expected);
    }
  });

  it('initiateLink and initiateReauth send Mono’s body and read the session', async () => {
    server.handle((req, res) => {
      const b = JSON.parse(req.body);
      json(
        res,
        200,
        ok({
          mono_url: 'https://link.mono.co/ABC',
          customer: 'cus_1',
          meta: b.meta,
          scope: b.scope,
          redirect_url: b.redirect_url,
          created_at: '2026-01-01T00:00:00Z',
          ...(b.account ? { account: b.account } : {}),
        }),
      );
    });
    const s = await client.initiateLink({
      customer: { name: 'Ada', email: 'ada@example.com' },
      ref: 'ref-1',
      redirectUrl: 'https://app/cb',
      institution: { id: 'inst_1', authMethod: 'mobile_banking' },
    });
    expect(JSON.parse(server.seen[0]!.body)).toEqual({
      customer: { name: 'Ada', email: 'ada@example.com' },
      scope: 'auth',
      meta: { ref: 'ref-1' },
      redirect_url: 'https://app/cb',
      institution: { id: 'inst_1', auth_method: 'mobile_banking' },
    });
    expect(s).toMatchObject({ monoUrl: 'https://link.mono.co/ABC', customerId: 'cus_1', ref: 'ref-1', scope: 'auth' });
    const r = await client.initiateReauth(ACC, { ref: 'ref-2' });
    expect(JSON.parse(server.seen[1]!.body)).toEqual({ account: ACC, scope: 'reauth', meta: { ref: 'ref-2' } });
    expect(r).toMatchObject({ scope: 'reauth', accountId: ACC, ref: 'ref-2' });
  });

  it('legacySync returns Mono’s codes (SYNCED_SUCCESSFUL is success) and posts to the unversioned path', async () => {
    const answers: Array<[number, unknown, string, boolean]> = [
      [
        200,
        { status: 'successful', hasNewData: true, code: 'SYNC_SUCCESSFUL', message: null },
        'SYNC_SUCCESSFUL',
        true,
      ],
      [200, { status: 'successful', hasNewData: false, code: 'SYNCED_SUCCESSFUL' }, 'SYNC_SUCCESSFUL', false],
      [
        400,
        { status: 'failed', hasNewData: false, code: 'REAUTHORISATION_REQUIRED', message: 'needs reauth' },
        'REAUTHORISATION_REQUIRED',
        false,
      ],
      [
        200,
        { status: 'failed', hasNewData: false, code: 'INCOMPLETE_STATEMENT_ERROR' },
        'INCOMPLETE_STATEMENT_ERROR',
        false,
      ],
      [400, { status: 'failed', code: 'SYNC_ERROR', message: 'not enabled' }, 'SYNC_ERROR', false],
    ];
    for (const [status, body, code, hasNewData] of answers) {
      server.handle((_req, res) => json(res, status, body));
      expect(await client.legacySync(ACC, { allowIncompleteStatement: true })).toEqual({ code, hasNewData });
    }
    expect(server.seen[0]!.path).toBe(`/accounts/${ACC}/sync`);
    expect(server.seen[0]!.query.get('allow_incomplete_statement')).toBe('true');
    const e = await onOwnHost((own, c) => {
      own.handle((_req, res) => json(res, 429, { status: 'failed', message: 'Too many' }, { 'retry-after': '120' }));
      return failure(c.legacySync(ACC));
    });
    expect([e.kind, e.retryAfterMs]).toEqual(['rate_limited', 120_000]);
  });

  it('getSpending is a typed "unsupported" on 404', async () => {
    server.handle((_req, res) => json(res, 404, { status: 'failed', message: 'Cannot GET', data: null }));
    expect(await client.getSpending(ACC, 'last6months')).toMatchObject({ supported: false });
  });
});

describe('failures on the wire', () => {
  it('classifies statuses and envelopes', async () => {
    const cases: Array<[number, unknown, string, Record<string, string>?]> = [
      [401, { status: 'failed', message: 'Unauthorized request.', data: null }, 'invalid_key'],
      [404, { status: 'failed', message: 'Account not found', data: null }, 'not_found'],
      [400, { status: 'failed', message: '"end" must be a valid date', data: null }, 'bad_request'],
      [402, { status: 'failed', message: 'Insufficient wallet balance', data: null }, 'payment_required'],
      [503, '<html>Service Unavailable</html>', 'unavailable'],
      [200, { status: 'failed', message: 'Something broke', data: null }, 'protocol'],
      [400, { status: 'failed', message: 'This account requires reauthorisation' }, 'reauth_required'],
    ];
    for (const [status, body, kind, headers] of cases) {
      server.handle((_req, res) => json(res, status, body, headers));
      const e = await failure(client.getBalance(ACC));
      expect(e.kind).toBe(kind);
      expect(e.endpoint).toBe('GET /v2/accounts/{id}/balance');
      if (kind === 'bad_request') expect(e.param).toBe('end');
    }
    const limited = await onOwnHost((own, c) => {
      own.handle((_req, res) =>
        json(res, 429, { status: 'failed', message: 'Too many requests' }, { 'retry-after': '3' }),
      );
      return failure(c.getBalance(ACC));
    });
    expect([limited.kind, limited.endpoint, limited.retryAfterMs]).toEqual([
      'rate_limited',
      'GET /v2/accounts/{id}/balance',
      3000,
    ]);
  });

  it('a truncated body is a retryable protocol error', async () => {
    server.handle((_req, res) =>
      json(res, 200, JSON.stringify(ok({ id: ACC, balance: 1, currency: 'NGN' })).slice(0, 40)),
    );
    const e = await failure(client.getBalance(ACC));
    expect([e.kind, e.retryable]).toEqual(['protocol', true]);
  });

  it('a slow answer times out (retryable)', async () => {
    server.handle((_req, res) => {
      setTimeout(() => json(res, 200, ok({ id: ACC, balance: 1, currency: 'NGN' })), 1500);
    });
    const e = await failure(client.getBalance(ACC));
    expect([e.kind, e.retryable]).toEqual(['timeout', true]);
  });

  it('a refused connection is unavailable (retryable)', async () => {
    const dead = new MonoClient({ baseUrl: 'http://127.0.0.1:1', secretKey: SECRET, logger });
    const e = await failure(dead.getAccount(ACC));
    expect([e.kind, e.retryable]).toEqual(['unavailable', true]);
    await dead.close();
  });

  it('never puts the secret key in an error, even when the server echoes it', async () => {
    server.handle((req, res) =>
      json(res, 400, {
        status: 'failed',
        message: `invalid key ${String(req.headers['mono-sec-key'])} for 0131883461`,
      }),
    );
    const e = await failure(client.getAccount(ACC));
    expect(`${e.message} ${JSON.stringify(e)} ${e.stack ?? ''}`).not.toContain(SECRET);
    expect(e.message).not.toContain('0131883461');
  });
});
