import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseMonoWebhook } from '../../adapters/mono/webhook-events.js';
import { verifyMonoWebhook } from '../../adapters/mono/webhook-verify.js';
import { MonoClient } from '../../adapters/mono/client.js';
import { startSandbox, type Sandbox } from '../../sandbox/server.js';

// Webhooks as the sandbox delivers them (static secret or HMAC quirk, unlinked `_id`, mis-named update event):
// each must verify and parse into an id-only event.

interface Delivery {
  raw: Buffer;
  headers: Record<string, string | string[] | undefined>;
}

let sandbox: Sandbox;
let client: MonoClient;
let receiver: Server;
const deliveries: Delivery[] = [];

async function until(pred: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!pred()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

function parsedOf(d: Delivery) {
  return parseMonoWebhook(d.raw);
}

function eventsFor(accountId: string) {
  return deliveries.map(parsedOf).filter((p) => 'accountId' in p.event && p.event.accountId === accountId);
}

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      deliveries.push({ raw: Buffer.concat(chunks), headers: req.headers });
      res.statusCode = 200;
      res.end('ok');
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  const { port } = receiver.address() as AddressInfo;
  sandbox = await startSandbox({
    seed: 5,
    startTime: '2026-03-01T12:00:00Z',
    webhookUrl: `http://127.0.0.1:${port}/webhooks/mono`,
  });
  client = new MonoClient({ baseUrl: sandbox.url, secretKey: sandbox.secretKey });
});
afterAll(async () => {
  await client.close();
  await sandbox.close();
  receiver.closeAllConnections();
  await new Promise<void>((r) => receiver.close(() => r()));
});
beforeEach(() => {
  sandbox.setQuirks([]);
});

describe('sandbox webhooks', () => {
  it('static secret: connected, updated, job update, reauthorised, income, unlinked — all verify and parse to ids only', async () => {
    const id = await sandbox.linkAccount({
      institution: '058',
      historyDays: 5,
      dataStatus: 'PROCESSING',
      processingMs: 1000,
    });
    sandbox.advance(2000);
    await until(() => eventsFor(id).some((e) => e.event.type === 'account_updated'), 'account_updated');
    const job = await client.refresh(id);
    sandbox.advance(5 * 60_000);
    await until(() => eventsFor(id).some((e) => e.event.type === 'job_update'), 'job update');
    sandbox.requireReauth(id);
    await sandbox.completeReauth(id);
    await client.requestIncome(id);
    sandbox.advance(10 * 60_000);
    await sandbox.unlink(id);
    await until(() => eventsFor(id).some((e) => e.event.type === 'account_unlinked'), 'account_unlinked');
    await until(() => eventsFor(id).some((e) => e.event.type === 'account_income'), 'account_income');

    for (const d of deliveries) {
      expect(verifyMonoWebhook({ rawBody: d.raw, headers: d.headers, secret: sandbox.webhookSecret })).toEqual({
        ok: true,
      });
      expect(verifyMonoWebhook({ rawBody: d.raw, headers: d.headers, secret: 'whsec_other' }).ok).toBe(false);
    }
    const events = eventsFor(id);
    const types = events.map((e) => e.event.type);
    for (const t of [
      'account_connected',
      'account_updated',
      'job_update',
      'account_reauthorized',
      'account_income',
      'account_unlinked',
    ])
      expect(types).toContain(t);
    expect(events.find((e) => e.event.type === 'account_connected')!.event).toMatchObject({ dataStatus: 'PROCESSING' });
    expect(events.some((e) => e.event.type === 'account_updated' && e.event.dataStatus === 'AVAILABLE')).toBe(true);
    expect(events.find((e) => e.event.type === 'job_update')!.event).toMatchObject({
      jobId: job.jobId,
      status: 'finished',
    });
    for (const e of events) {
      expect(e.eventId).toBeTruthy();
      expect(e.key).toBe(e.eventId);
      // Ids, statuses and flags only: no 10-digit account numbers, BVNs or names reach workflow history.
      expect(JSON.stringify(e.event)).not.toMatch(/\d{10}/);
    }
  });

  it('hmac_webhook_signature, unlinked_underscore_id and realtime_misnamed_event quirks', async () => {
    sandbox.setQuirks(['hmac_webhook_signature', 'unlinked_underscore_id', 'realtime_misnamed_event']);
    const from = deliveries.length;
    const id = await sandbox.linkAccount({ institution: 'GCB', historyDays: 5 });
    await client.refresh(id);
    sandbox.advance(5 * 60_000);
    await until(
      () => eventsFor(id).some((e) => e.eventName === 'mono.accounts.account_updated'),
      'mis-named account_updated',
    );
    await sandbox.unlink(id);
    await until(() => eventsFor(id).some((e) => e.event.type === 'account_unlinked'), 'account_unlinked');
    const fresh = deliveries.slice(from);
    expect(fresh.length).toBeGreaterThan(2);
    for (const d of fresh) {
      expect(
        verifyMonoWebhook({ rawBody: d.raw, headers: d.headers, secret: sandbox.webhookSecret, mode: 'hmac' }).ok,
      ).toBe(true);
      expect(
        verifyMonoWebhook({ rawBody: d.raw, headers: d.headers, secret: sandbox.webhookSecret, mode: 'either' }).ok,
      ).toBe(true);
      expect(
        verifyMonoWebhook({ rawBody: d.raw, headers: d.headers, secret: sandbox.webhookSecret, mode: 'static' }).ok,
      ).toBe(false);
    }
    const unlinked = fresh.map(parsedOf).find((p) => p.event.type === 'account_unlinked')!;
    expect(unlinked.event).toEqual({ type: 'account_unlinked', accountId: id });
    expect(
      JSON.parse(fresh.find((d) => parsedOf(d).event.type === 'account_unlinked')!.raw.toString()).data.account._id,
    ).toBe(id);
  });
});
