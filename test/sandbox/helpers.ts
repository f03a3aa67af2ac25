import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Sandbox } from '../../sandbox/server.js';

export const START = '2026-11-25T08:00:00.000Z';

export async function call(
  sb: Sandbox,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: unknown } = {},
) {
  const res = await fetch(`${sb.url}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      'mono-sec-key': sb.secretKey,
      ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...init.headers,
    },
    body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
    redirect: 'manual',
  });
  const text = await res.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = null; // truncated or HTML bodies
  }
  return { status: res.status, headers: res.headers, text, json };
}

export interface Received {
  headers: Record<string, string | string[] | undefined>;
  raw: string;
  body: any;
}

/** A tiny webhook receiver; `failFirst` answers 500 to the first N deliveries. */
export async function receiver(
  failFirst = 0,
): Promise<{ url: string; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  let seen = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      received.push({ headers: req.headers, raw, body: JSON.parse(raw) });
      seen++;
      res.writeHead(seen <= failFirst ? 500 : 200).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhooks/mono`,
    received,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

export async function waitFor(cond: () => boolean, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > until) throw new Error('timed out waiting for condition');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Follows every page of a transactions query (reading only the page number from meta.next), newest first. */
export async function allPages(sb: Sandbox, accountId: string, query: string): Promise<any[]> {
  const rows: any[] = [];
  let page = 1;
  for (;;) {
    const r = await call(sb, `/v2/accounts/${accountId}/transactions?${query}&page=${page}`);
    if (r.status !== 200) throw new Error(`page ${page}: ${r.status} ${r.text}`);
    if (r.json.data === null) return rows;
    rows.push(...r.json.data);
    if (!r.json.meta.next) return rows;
    page = Number(new URL(r.json.meta.next).searchParams.get('page'));
  }
}
