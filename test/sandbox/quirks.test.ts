import { afterEach, describe, expect, it } from 'vitest';
import { startSandbox, type Quirk, type Sandbox } from '../../sandbox/server.js';
import { call, receiver, START, waitFor } from './helpers.js';

const open: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (open.length) await open.pop()!();
});
async function withQuirks(quirks: Quirk[] | 'all') {
  const hook = await receiver();
  const sb: Sandbox = await startSandbox({
    startTime: START,
    timeScale: 1e-6,
    quirks,
    webhookUrl: hook.url,
    accounts: [{ id: 'q1', historyDays: 10 }],
  });
  open.push(hook.close, () => sb.close());
  return { sb, hook };
}

async function linkViaHostedPage(sb: Sandbox): Promise<string> {
  const init = await call(sb, '/v2/accounts/initiate', {
    method: 'POST',
    body: { scope: 'auth', customer: { id: 'c1' }, redirect_url: 'https://app.example/cb' },
  });
  const post = await fetch(init.json.data.mono_url, {
    method: 'POST',
    body: new URLSearchParams({ institution: '044' }),
    redirect: 'manual',
  });
  return new URL(post.headers.get('location')!).searchParams.get('code')!;
}

describe('quirks (one per contradiction in mono-api.md §14)', () => {
  it('bare_token: the code exchange answers a bare {id}', async () => {
    const { sb } = await withQuirks(['bare_token']);
    const ex = await call(sb, '/v2/accounts/auth', { method: 'POST', body: { code: await linkViaHostedPage(sb) } });
    expect(Object.keys(ex.json)).toEqual(['id']);
  });

  it('underscore_id and lowercase_data_status reshape REST objects', async () => {
    const { sb } = await withQuirks(['underscore_id', 'lowercase_data_status']);
    const d = await call(sb, '/v2/accounts/q1');
    expect(d.json.data.account._id).toBe('q1');
    expect(d.json.data.account.id).toBeUndefined();
    expect(d.json.data.meta.data_status).toBe('available');
    const t = await call(sb, '/v2/accounts/q1/transactions?limit=3');
    expect(t.json.data[0]._id).toMatch(/^[0-9a-f]{24}$/);
  });

  it('x_real_time_header: only the x-real-time spelling triggers a refresh', async () => {
    const { sb } = await withQuirks(['x_real_time_header']);
    expect(
      (await call(sb, '/v2/accounts/q1/balance', { headers: { 'x-realtime': 'true' } })).headers.get('x-job-id'),
    ).toBeNull();
    expect(
      (await call(sb, '/v2/accounts/q1/balance', { headers: { 'x-real-time': 'true' } })).headers.get('x-job-id'),
    ).toMatch(/^[0-9a-f]{24}$/);
  });

  it('sync_code_synced_successful and uppercase_job_status', async () => {
    const { sb } = await withQuirks(['sync_code_synced_successful', 'uppercase_job_status']);
    expect((await call(sb, '/accounts/q1/sync', { method: 'POST' })).json.code).toBe('SYNCED_SUCCESSFUL');
    expect(
      (await call(sb, '/v2/accounts/q1/balance', { headers: { 'x-realtime': 'true' } })).headers.get('x-job-status'),
    ).toBe('PROCESSING');
  });

  it('paging_in_data and next_without_accounts_segment move and reshape the paging links', async () => {
    const { sb } = await withQuirks(['paging_in_data', 'next_without_accounts_segment']);
    const r = await call(sb, '/v2/accounts/q1/transactions?limit=5&start=01-11-2026');
    expect(r.json.meta).toBeUndefined();
    expect(r.json.data.transactions).toHaveLength(5);
    expect(r.json.data.paging).toMatchObject({ page: 1, previous: null });
    expect(r.json.data.paging.next).toBe(`${sb.url}/v2/q1/transactions?page=2`);
  });

  it('unlinked_underscore_id and realtime_misnamed_event reshape webhooks', async () => {
    const { sb, hook } = await withQuirks(['unlinked_underscore_id', 'realtime_misnamed_event']);
    await call(sb, '/v2/accounts/q1/balance', { headers: { 'x-realtime': 'true' } });
    sb.advance(5_000);
    await waitFor(() =>
      hook.received.some((r) => r.body.event === 'mono.accounts.account_updated' && r.body.data.meta.job_id),
    );
    await sb.unlink('q1');
    await waitFor(() => hook.received.some((r) => r.body.event === 'mono.events.account_unlinked'));
    expect(hook.received.find((r) => r.body.event === 'mono.events.account_unlinked')!.body.data.account).toEqual({
      _id: 'q1',
    });
  });

  it('dd_mm_yyyy_only: ISO start/end answer 400 naming the parameter; DD-MM-YYYY still works', async () => {
    const { sb } = await withQuirks(['dd_mm_yyyy_only']);
    const iso = await call(sb, '/v2/accounts/q1/transactions?start=2026-11-20&end=2026-11-24');
    expect(iso.status).toBe(400);
    expect(iso.json.message).toContain('start');
    expect((await call(sb, '/v2/accounts/q1/transactions?start=20-11-2026&end=24-11-2026')).status).toBe(200);
  });

  it('"all" turns every quirk on; unknown quirks are refused by name', async () => {
    const { sb } = await withQuirks('all');
    expect((await call(sb, '/v2/accounts/q1')).json.data.account._id).toBe('q1');
    expect(() => sb.setQuirks(['no_such_quirk' as Quirk])).toThrow(/no_such_quirk/);
    const r = await call(sb, '/__sandbox/quirks', { method: 'PUT', body: ['bare_token'] });
    expect(r.status).toBe(200);
    expect((await call(sb, '/v2/accounts/q1')).json.data.account.id).toBe('q1');
  });
});

describe('HTTP controls under /__sandbox', () => {
  it('link, add transactions, read truth and counters, advance, reset — all behind mono-sec-key', async () => {
    const { sb } = await withQuirks([]);
    expect((await call(sb, '/__sandbox/counters', { headers: { 'mono-sec-key': 'nope' } })).status).toBe(401);
    const made = await call(sb, '/__sandbox/accounts', {
      method: 'POST',
      body: { institution: 'M-Pesa', kind: 'personal', historyDays: 5 },
    });
    const id = made.json.id;
    expect((await call(sb, '/__sandbox/accounts')).json).toContain(id);
    const added = await call(sb, `/__sandbox/accounts/${id}/transactions`, {
      method: 'POST',
      body: { count: 2, amount: 12345, type: 'credit', narration: 'TEST CREDIT' },
    });
    expect(added.json).toHaveLength(2);
    const truth = (await call(sb, `/__sandbox/truth/${id}`)).json;
    expect(truth.slice(-2).map((t: any) => [t.amount, t.narration, t.currency])).toEqual([
      [12345, 'TEST CREDIT', 'KSH'],
      [12345, 'TEST CREDIT', 'KSH'],
    ]);
    const before = sb.now().getTime();
    await call(sb, '/__sandbox/advance', { method: 'POST', body: { ms: 60_000 } });
    expect(sb.now().getTime() - before).toBeGreaterThanOrEqual(60_000);
    expect((await call(sb, '/__sandbox/counters')).json.requests).toBeGreaterThan(3);
    await call(sb, '/__sandbox/counters/reset', { method: 'POST' });
    expect((await call(sb, '/__sandbox/counters')).json.requests).toBe(1);
    expect(
      (await call(sb, '/__sandbox/accounts', { method: 'POST', body: { institution: 'Nowhere Bank' } })).status,
    ).toBe(400);
    expect((await call(sb, '/__sandbox/truth/unknown')).status).toBe(404);
    expect((await call(sb, '/__sandbox/faults', { method: 'PUT', body: { rate429: 2 } })).json.message).toContain(
      'rate429',
    );
  });
});
