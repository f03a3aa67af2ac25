import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MonoClient } from '../../adapters/mono/client.js';
import { MonoError } from '../../adapters/mono/errors.js';
import { json, scriptedServer } from './scripted-server.js';

// Mono (2023–Apr 2024) flags re-authorisation with `x-reauth-required: true`, on a 200 with a failed job too: the
// client must stop there, whatever the body says.
const ok = (data: unknown) => ({ status: 'successful', message: 'ok', timestamp: '2024-04-12T06:18:17.117Z', data });
let server: Awaited<ReturnType<typeof scriptedServer>>;
let client: MonoClient;
beforeAll(async () => {
  server = await scriptedServer();
  client = new MonoClient({ baseUrl: server.url, secretKey: 'test_sk_reauthheader', timeoutMs: 1000 });
});
afterAll(async () => {
  await client.close();
  await server.close();
});

async function kindOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'no error';
  } catch (e) {
    expect(e).toBeInstanceOf(MonoError);
    return (e as MonoError).kind;
  }
}

describe('x-reauth-required', () => {
  it.each([
    [
      'a 200 refresh with a failed job',
      200,
      { 'x-job-status': 'failed', 'x-job-id': 'j1', 'x-reauth-required': 'true' },
    ],
    ['a 200 in upper case', 200, { 'x-reauth-required': 'TRUE' }],
    ['a 400', 400, { 'x-reauth-required': 'true' }],
  ])('%s is reauth_required', async (_label, status, headers) => {
    server.handle((_req, res) => json(res, status, ok({ id: 'a1', balance: 100, currency: 'NGN' }), headers));
    expect(await kindOf(client.refresh('a1'))).toBe('reauth_required');
    expect(await kindOf(client.listTransactions('a1', { start: '2024-01-01', end: '2024-01-02' }))).toBe(
      'reauth_required',
    );
  });

  it('false (or absent) changes nothing', async () => {
    server.handle((_req, res) =>
      json(res, 200, ok({ id: 'a1', balance: 100, currency: 'NGN' }), {
        'x-reauth-required': 'false',
        'x-job-status': 'finished',
        'x-job-id': 'j2',
      }),
    );
    expect(await client.refresh('a1')).toEqual({ jobId: 'j2', jobStatus: 'finished', hasNewData: null });
  });
});
