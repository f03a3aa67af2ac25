import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { REAUTH_MESSAGE, startSandbox, type Sandbox } from '../../sandbox/server.js';
import { call, receiver, START, waitFor } from './helpers.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function setup(opts: Parameters<typeof startSandbox>[0] = {}, failFirst = 0) {
  const hook = await receiver(failFirst);
  const sb: Sandbox = await startSandbox({
    startTime: START,
    webhookUrl: hook.url,
    webhookRetry: { baseMs: 1000, factor: 2, maxMs: 60_000, maxAttempts: 5 },
    ...opts,
  });
  cleanups.push(hook.close, () => sb.close());
  return { sb, hook };
}
const events = (hook: Awaited<ReturnType<typeof receiver>>, name: string) =>
  hook.received.filter((r) => r.body.event === name);

describe('real-time refresh', () => {
  it('returns job headers, enforces one refresh per 5 minutes (breach counted) and reports the job by webhook', async () => {
    const { sb, hook } = await setup({ accounts: [{ id: 'rt1', historyDays: 30 }] });
    const first = await call(sb, '/v2/accounts/rt1/transactions', { headers: { 'x-realtime': 'true' } });
    expect(first.status).toBe(200);
    const jobId = first.headers.get('x-job-id');
    expect(jobId).toMatch(/^[0-9a-f]{24}$/);
    expect(first.headers.get('x-job-status')).toBe('processing');
    expect(first.headers.get('x-has-new-data')).toBe('false');
    sb.advance(60_000);
    const inside = await call(sb, '/v2/accounts/rt1/balance', { headers: { 'x-real-time': 'true' } });
    expect(inside.headers.get('x-job-id')).toBe(jobId);
    expect(sb.counters().limitBreaches).toBe(1);
    expect(sb.counters().breaches[0]).toMatchObject({ accountId: 'rt1', kind: 'realtime_window' });
    await waitFor(() => events(hook, 'mono.events.account_updated').some((e) => e.body.data.meta.job_id === jobId));
    const jobs = events(hook, 'mono.accounts.jobs.update');
    expect(jobs[0]!.body.data).toMatchObject({
      account: 'rt1',
      id: jobId,
      status: 'finished',
      name: 'jobs.accounts.sync_statement',
    });
    const updated = events(hook, 'mono.events.account_updated').find((e) => e.body.data.meta.job_id === jobId)!;
    expect(updated.body.data.meta).toMatchObject({
      sync_status: 'SUCCESSFUL',
      has_new_data: false,
      data_status: 'AVAILABLE',
    });
    expect(updated.body.data.account._id).toBe('rt1');
    expect(updated.body.data.account.accountNumber).toMatch(/^\d{10}$/);
    const job = await call(sb, `/v2/accounts/rt1/jobs/${jobId}`);
    expect(job.json.data).toMatchObject({ id: jobId, status: 'finished' });
    // after the window a new job runs, and new rows since the last refresh are flagged
    sb.advance(5 * 60_000);
    sb.addTransactions('rt1', 2, { type: 'credit', amount: 150_000 });
    const again = await call(sb, '/v2/accounts/rt1/transactions', { headers: { 'x-realtime': 'true' } });
    expect(again.headers.get('x-job-id')).not.toBe(jobId);
    expect(again.headers.get('x-has-new-data')).toBe('true');
    expect(sb.counters().limitBreaches).toBe(1);
  });

  it('new transactions appear as sandbox time passes, on both the wire and the truth', async () => {
    const { sb } = await setup({ accounts: [{ id: 'grow', historyDays: 5, txnsPerDay: 40 }] });
    const before = sb.truth('grow').length;
    sb.advance(12 * 3_600_000);
    const after = sb.truth('grow');
    expect(after.length).toBeGreaterThan(before);
    const wire = await call(sb, '/v2/accounts/grow/transactions?paginate=false');
    expect(wire.json.data.length).toBe(after.length);
  });

  it('legacy sync: SYNC_SUCCESSFUL, one call per 2 minutes (breach counted), SYNC_ERROR and INCOMPLETE_STATEMENT_ERROR', async () => {
    const { sb } = await setup({
      accounts: [
        { id: 'v1' },
        { id: 'v1bad', syncFailure: 'INCOMPLETE_STATEMENT_ERROR' },
        { id: 'v1down', dataStatus: 'UNAVAILABLE' },
      ],
    });
    const ok = await call(sb, '/accounts/v1/sync', { method: 'POST' });
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ status: 'successful', code: 'SYNC_SUCCESSFUL', hasNewData: false });
    const tooSoon = await call(sb, '/accounts/v1/sync', { method: 'POST' });
    expect(tooSoon.status).toBe(429);
    expect(sb.counters().breaches).toMatchObject([{ accountId: 'v1', kind: 'legacy_sync_window' }]);
    sb.advance(120_000);
    expect((await call(sb, '/accounts/v1/sync', { method: 'POST' })).status).toBe(200);
    const inc = await call(sb, '/accounts/v1bad/sync', { method: 'POST' });
    expect(inc.json.code).toBe('INCOMPLETE_STATEMENT_ERROR');
    sb.advance(120_000);
    expect((await call(sb, '/accounts/v1bad/sync?allow_incomplete_statement=true', { method: 'POST' })).json.code).toBe(
      'SYNC_SUCCESSFUL',
    );
    expect((await call(sb, '/accounts/v1down/sync', { method: 'POST' })).json.code).toBe('SYNC_ERROR');
  });
});

describe('MFA re-authorisation', () => {
  it('fails the refresh after N, blocks data calls with a classifiable 400, and recovers through the reauth link', async () => {
    const { sb, hook } = await setup({ accounts: [{ id: 'mfa', mfa: { reauthAfterRefreshes: 1 }, historyDays: 20 }] });
    expect((await call(sb, '/v2/accounts/mfa/balance', { headers: { 'x-realtime': 'true' } })).status).toBe(200);
    sb.advance(5 * 60_000);
    const failed = await call(sb, '/v2/accounts/mfa/transactions', { headers: { 'x-realtime': 'true' } });
    expect(failed.status).toBe(400);
    expect(failed.json).toMatchObject({ status: 'failed', data: null, message: REAUTH_MESSAGE });
    expect(failed.json.message).toMatch(/re-authorise/);
    expect(failed.json.message).toMatch(/reauthorisation required/);
    expect(failed.headers.get('x-job-status')).toBe('failed');
    await waitFor(() =>
      events(hook, 'mono.events.account_updated').some(
        (e) => e.body.data.meta.sync_status === 'REAUTHORISATION_REQUIRED',
      ),
    );
    const before = sb.counters().dataCallsWhileReauthRequired;
    expect((await call(sb, '/v2/accounts/mfa/transactions')).status).toBe(400);
    expect((await call(sb, '/v2/accounts/mfa/balance')).status).toBe(400);
    const sync = await call(sb, '/accounts/mfa/sync', { method: 'POST' });
    expect(sync.json.code).toBe('REAUTHORISATION_REQUIRED');
    expect(sb.counters().dataCallsWhileReauthRequired).toBe(before + 3);
    // the reauth link
    const init = await call(sb, '/v2/accounts/initiate', {
      method: 'POST',
      body: { scope: 'reauth', account: 'mfa', meta: { ref: 'reauth-1' }, redirect_url: 'https://app.example/done' },
    });
    expect(init.status).toBe(200);
    expect(init.json.data).toMatchObject({ scope: 'reauth', account: 'mfa' });
    const page = await fetch(init.json.data.mono_url);
    expect(await page.text()).toContain('<form method="post"');
    const done = await fetch(init.json.data.mono_url, {
      method: 'POST',
      body: new URLSearchParams({ username: 'u', password: 'p' }),
      redirect: 'manual',
    });
    expect(done.status).toBe(302);
    const loc = new URL(done.headers.get('location')!);
    expect(loc.searchParams.get('status')).toBe('linked');
    expect(loc.searchParams.get('reference')).toBe('reauth-1');
    await waitFor(() => events(hook, 'mono.events.account_reauthorized').length === 1);
    expect(events(hook, 'mono.events.account_reauthorized')[0]!.body.data.account._id).toBe('mfa');
    expect((await call(sb, '/v2/accounts/mfa/transactions')).status).toBe(200);
  });
});

describe('hosted linking', () => {
  it('initiate → link page → redirect with code and reference → exchange code for the account id; account_connected sent', async () => {
    const { sb, hook } = await setup();
    const init = await call(sb, '/v2/accounts/initiate', {
      method: 'POST',
      body: {
        scope: 'auth',
        customer: { name: 'Ada Obi', email: 'ada@example.com' },
        meta: { ref: 'ref-42' },
        redirect_url: 'https://app.example/linked',
      },
    });
    expect(init.json.data.mono_url).toMatch(new RegExp(`^${sb.url}/link/`));
    const html = await (await fetch(init.json.data.mono_url)).text();
    expect(html).toContain('Zenith Bank');
    const post = await fetch(init.json.data.mono_url, {
      method: 'POST',
      body: new URLSearchParams({ institution: '057', kind: 'personal', username: 'u', password: 'p' }),
      redirect: 'manual',
    });
    const loc = new URL(post.headers.get('location')!);
    expect(loc.origin + loc.pathname).toBe('https://app.example/linked');
    expect(loc.searchParams.get('reference')).toBe('ref-42');
    const code = loc.searchParams.get('code')!;
    const ex = await call(sb, '/v2/accounts/auth', { method: 'POST', body: { code } });
    expect(ex.status).toBe(200);
    const id = ex.json.data.id;
    expect(sb.accounts()).toContain(id);
    expect((await call(sb, '/v2/accounts/auth', { method: 'POST', body: { code } })).status).toBe(400); // single use
    await waitFor(() => events(hook, 'mono.events.account_connected').length === 1);
    expect(events(hook, 'mono.events.account_connected')[0]!.body.data).toMatchObject({
      id,
      meta: { data_status: 'PROCESSING', ref: 'ref-42' },
    });
    // data becomes AVAILABLE after processing, with account_updated
    expect((await call(sb, `/v2/accounts/${id}/transactions`)).json.data).toBeNull();
    sb.advance(30_000);
    await waitFor(() =>
      events(hook, 'mono.events.account_updated').some((e) => e.body.data.meta.data_status === 'AVAILABLE'),
    );
    expect((await call(sb, `/v2/accounts/${id}/transactions`)).json.data.length).toBeGreaterThan(0);
  });

  it('expires exchange codes after 10 sandbox minutes and names bad initiate fields', async () => {
    const { sb } = await setup();
    const bad = await call(sb, '/v2/accounts/initiate', {
      method: 'POST',
      body: { scope: 'auth', customer: { name: 'x', email: 'x@example.com' } },
    });
    expect(bad.status).toBe(400);
    expect(bad.json.message).toContain('redirect_url');
    const init = await call(sb, '/v2/accounts/initiate', {
      method: 'POST',
      body: { scope: 'auth', customer: { id: 'cust1' }, redirect_url: 'https://app.example/x' },
    });
    const post = await fetch(init.json.data.mono_url, {
      method: 'POST',
      body: new URLSearchParams({ institution: '058' }),
      redirect: 'manual',
    });
    const code = new URL(post.headers.get('location')!).searchParams.get('code')!;
    sb.advance(10 * 60_000 + 1);
    const ex = await call(sb, '/v2/accounts/auth', { method: 'POST', body: { code } });
    expect(ex.status).toBe(400);
    expect(ex.json.message).toContain('code');
  });

  it('unlink answers 404 afterwards and emits account_unlinked', async () => {
    const { sb, hook } = await setup({ accounts: [{ id: 'gone' }] });
    expect((await call(sb, '/v2/accounts/gone/unlink', { method: 'POST' })).status).toBe(200);
    expect((await call(sb, '/v2/accounts/gone/transactions')).status).toBe(404);
    await waitFor(() => events(hook, 'mono.events.account_unlinked').length === 1);
    expect(events(hook, 'mono.events.account_unlinked')[0]!.body.data.account).toEqual({ id: 'gone' });
  });
});

describe('webhook delivery', () => {
  it('retries non-200 with backoff on the sandbox clock, keeping the same event_id, and counts it', async () => {
    const { sb, hook } = await setup({ timeScale: 1e-6 }, 2); // sandbox clock nearly frozen: only advance() moves it
    const eventId = await sb.emitWebhook('mono.events.account_updated', { account: { _id: 'x' } });
    // The next attempt is scheduled when the sandbox has read the refusal, a moment after the hook received it:
    // wait for the sandbox's count before moving its clock, or the retry is scheduled from the moved clock.
    await waitFor(() => hook.received.length === 1 && sb.counters().webhooks.failedAttempts === 1);
    expect(sb.counters().webhooks).toMatchObject({ sent: 1, delivered: 0, failedAttempts: 1, pending: 1 });
    sb.advance(1000); // first retry after baseMs
    await waitFor(() => hook.received.length === 2 && sb.counters().webhooks.failedAttempts === 2);
    sb.advance(1999);
    await new Promise((r) => setTimeout(r, 50));
    expect(hook.received.length).toBe(2); // second retry waits base×factor
    sb.advance(1);
    await waitFor(() => sb.counters().webhooks.delivered === 1);
    expect(hook.received.map((r) => r.body.event_id)).toEqual([eventId, eventId, eventId]);
    expect(hook.received[0]!.headers['mono-webhook-secret']).toBe(sb.webhookSecret);
    expect(sb.counters().webhooks).toMatchObject({ sent: 1, delivered: 1, failedAttempts: 2, pending: 0 });
  });

  it('signs with HMAC-SHA512 of the raw body under the hmac quirk', async () => {
    const { sb, hook } = await setup({ quirks: ['hmac_webhook_signature'] });
    await sb.emitWebhook('mono.events.account_updated', { a: 1 });
    await waitFor(() => hook.received.length === 1);
    const r = hook.received[0]!;
    expect(r.headers['mono-webhook-secret']).toBe(createHmac('sha512', sb.webhookSecret).update(r.raw).digest('hex'));
  });
});

describe('identity, statement and income', () => {
  it('serves identity with the full BVN, a JSON statement for lastNmonths, and income by webhook then income-records', async () => {
    const { sb, hook } = await setup({
      timeScale: 1e-6,
      accounts: [{ id: 'emp', kind: 'personal', institution: 'Zenith', historyDays: 200 }],
    });
    const id = await call(sb, '/v2/accounts/emp/identity');
    expect(id.json.data.bvn).toMatch(/^\d{11}$/);
    expect((await call(sb, '/v2/accounts/emp')).json.data.account.bvn).toBe(id.json.data.bvn.slice(-4));
    const st = await call(sb, '/v2/accounts/emp/statement?period=last3months&output=json');
    expect(st.status).toBe(200);
    // three calendar months back from 2026-11-25 is the Lagos business date 2026-08-25, which starts at 23:00 UTC the day before
    expect(st.json.data.length).toBe(sb.truth('emp').filter((t) => t.date >= '2026-08-24T23:00:00.000Z').length);
    expect((await call(sb, '/v2/accounts/emp/statement?period=last13months')).json.message).toContain('period');
    // PDF statements are a job (the sandbox builds them since the statements issue), not a refusal.
    expect((await call(sb, '/v2/accounts/emp/statement?period=last1months&output=pdf')).json.message).toMatch(
      /Statement is being generated/,
    );
    const inc = await call(sb, '/v2/accounts/emp/income?period=6');
    expect(inc.json).toMatchObject({ status: 'successful', data: null });
    expect(inc.json.message).toMatch(/currently being processed/);
    sb.advance(5_000);
    await waitFor(() => events(hook, 'mono.events.account_income').length === 1);
    const income = events(hook, 'mono.events.account_income')[0]!.body.data;
    expect(income.account).toBe('emp');
    expect(income.income_streams[0]).toMatchObject({ income_type: 'SALARY', frequency: 'MONTHLY' });
    expect(income.monthly_income).toBeGreaterThan(0);
    const records = await call(sb, '/v2/accounts/emp/income-records');
    expect(records.json.data).toHaveLength(1);
    expect(records.json.meta).toMatchObject({ total: 1, next: null });
  });
});
