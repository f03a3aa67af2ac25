import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MonoClient } from '../../adapters/mono/index.js';
import { until } from '../support/until.js';

// A cancelled activity's bank call ends at once: the request is aborted (the server sees its connection close long
// before the client's own timeout) and the call rejects with the canceller's reason, not a Mono error. The client it
// came from carries no signal and keeps working.

let server: Server;
let base = '';
const held: IncomingMessage[] = [];
let closed = 0;

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.url?.includes('hang')) {
      held.push(req);
      res.on('close', () => closed++);
      return; // never answers
    }
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ status: 'successful', data: { id: 'acc_ok', balance: 1234, currency: 'NGN' } }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

describe('a Mono request under a cancellation signal', () => {
  it('is aborted when the signal aborts, rejecting with its reason; the unsignalled client is untouched', async () => {
    const client = new MonoClient({ baseUrl: base, secretKey: 'test_sk', timeoutMs: 60_000 });
    try {
      const controller = new AbortController();
      const call = client.withSignal(controller.signal).getBalance('hang/acc_1');
      await until(async () => held.length === 1, 10_000);
      const reason = new Error('activity cancelled');
      controller.abort(reason);
      await expect(call).rejects.toBe(reason);
      await until(async () => closed === 1, 10_000);
      // The client itself has no signal: its calls go on as before.
      expect((await client.getBalance('acc_ok')).balanceMinor).toBe(1234);
    } finally {
      await client.close();
    }
  });

  it('makes no request at all when the signal has already aborted', async () => {
    const client = new MonoClient({ baseUrl: base, secretKey: 'test_sk', timeoutMs: 60_000 });
    try {
      const before = held.length;
      const controller = new AbortController();
      const reason = new Error('cancelled before the call');
      controller.abort(reason);
      await expect(client.withSignal(controller.signal).refresh('hang/acc_2')).rejects.toBe(reason);
      await new Promise((r) => setTimeout(r, 100));
      expect(held.length).toBe(before);
    } finally {
      await client.close();
    }
  });
});
