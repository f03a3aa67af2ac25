/**
 * The Mono v2 sandbox server: startSandbox() listens on loopback and serves Mono's financial-data endpoints over a
 * seeded, lazily generated bank (see generator.ts), with webhooks, real-time jobs, scenarios, faults and quirks.
 * It imports nothing from the rest of bankfeed: it is the other side of the wire.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ReauthRequiredError, SandboxBank } from './bank.js';
import { SandboxClock } from './clock.js';
import { controlRoutes } from './control-routes.js';
import { Counters } from './counters.js';
import { FaultInjector } from './faults.js';
import type { ExchangeCode, LinkSession } from './hosted-link.js';
import { failure, HttpError, parseJson, readBody, send, type Reply } from './http-kit.js';
import { MONO_ROUTES, reauthReply, type MonoContext, type Route } from './mono-routes.js';
import {
  ALL_QUIRKS,
  type AccountSpec,
  type FaultProfile,
  type Quirk,
  type Sandbox,
  type SandboxOptions,
} from './types.js';
import { DEFAULT_RETRY, WebhookEmitter } from './webhooks.js';
import { withStatementPdf } from './statement-jobs.js';
import { directPayRoutes } from './directpay-routes.js';

export * from './types.js';
export { AccountGenerator, type CustomerInvoice } from './generator.js';
export { REAUTH_MESSAGE } from './mono-routes.js';

const UNAUTHORIZED = JSON.stringify({ status: 'failed', message: 'Unauthorized request.', data: null });

function quirkList(q: Quirk[] | 'all'): Set<Quirk> {
  if (q === 'all') return new Set(ALL_QUIRKS);
  if (!Array.isArray(q)) throw new Error('quirks must be an array of quirk names or "all"');
  for (const name of q)
    if (!ALL_QUIRKS.includes(name))
      throw new Error(`unknown quirk "${String(name)}" (known: ${ALL_QUIRKS.join(', ')})`);
  return new Set(q);
}

export async function startSandbox(opts: SandboxOptions = {}): Promise<Sandbox> {
  const host = opts.host ?? '127.0.0.1';
  const secretKey = opts.secretKey ?? 'test_sk_bankfeed_sandbox';
  if (!secretKey.startsWith('test_sk_'))
    throw new Error('secretKey must start with test_sk_ (the sandbox never accepts live keys)');
  const webhookSecret = opts.webhookSecret ?? 'whsec_bankfeed_sandbox';
  const seed = opts.seed ?? 42;
  const startMs = opts.startTime ? Date.parse(opts.startTime) : Date.now();
  if (Number.isNaN(startMs)) throw new Error(`startTime "${opts.startTime}" is not an ISO date-time`);
  if (opts.webhookUrl) new URL(opts.webhookUrl); // a malformed URL fails here, not on every delivery
  const clock = new SandboxClock(startMs, opts.timeScale ?? 1);
  let quirks = quirkList(opts.quirks ?? []);
  const quirk = (q: Quirk) => quirks.has(q);
  const counters = new Counters();
  const faults = new FaultInjector(seed);
  faults.set(opts.faults ?? {});
  // pendingThenPosted applies to rows authorised after it was set, so changing it never rewrites posted history.
  const pendingEpochs: Array<{ from: number; p: number }> = [{ from: -Infinity, p: faults.profile.pendingThenPosted }];
  const pendingProbabilityAt = (authAt: number) => {
    let p = 0;
    for (const e of pendingEpochs) if (e.from <= authAt) p = e.p;
    return p;
  };
  const webhooks = new WebhookEmitter(
    clock,
    webhookSecret,
    opts.webhookUrl ?? null,
    { ...DEFAULT_RETRY, ...opts.webhookRetry },
    () => quirk('hmac_webhook_signature'),
  );
  const bank = new SandboxBank({ seed, clock, counters, webhooks, quirk, pendingProbabilityAt });
  let baseUrl = '';
  let fetchSeq = 0;
  const ctx: MonoContext = {
    seed,
    baseUrl: () => baseUrl,
    clock,
    bank,
    counters,
    faults,
    quirk,
    sessions: new Map<string, LinkSession>(),
    codes: new Map<string, ExchangeCode>(),
    nextFetch: () => ++fetchSeq,
    duplicateNext: new Map(),
  };

  const sandbox: Sandbox = {
    url: '',
    secretKey,
    webhookSecret,
    now: () => new Date(clock.now()),
    advance: (ms) => clock.advance(ms),
    linkAccount: async (spec?: AccountSpec) => bank.link(spec ?? {}).id,
    accounts: () =>
      bank
        .all()
        .filter((a) => a.linked)
        .map((a) => a.id),
    setWebhookUrl: (url) => {
      if (url !== null) new URL(url); // throws on a malformed URL
      webhooks.url = url;
    },
    truth: (id) => bank.truth(id),
    dataView: (id) => bank.dataView(id),
    addTransactions: (id, count, o) => bank.addTransactions(id, count, o),
    requireReauth: (id) => bank.requireReauth(id),
    completeReauth: async (id) => bank.completeReauth(id),
    unlink: async (id) => bank.unlink(id),
    emitWebhook: async (event, data) => webhooks.emit(event, data),
    setFaults: (f: Partial<FaultProfile>) => {
      faults.set(f);
      if (f.pendingThenPosted !== undefined) {
        pendingEpochs.push({ from: clock.now(), p: f.pendingThenPosted });
        for (const a of bank.all()) a.gen.invalidate(a.gen.dayIndexOf(clock.now()));
      }
    },
    setQuirks: (q) => {
      quirks = quirkList(q);
    },
    counters: () => ({
      requests: counters.requests,
      byEndpoint: { ...counters.byEndpoint },
      dataCallsByAccount: { ...counters.dataCallsByAccount },
      dataCallsWhileReauthRequired: counters.dataCallsWhileReauthRequired,
      dataCallsAfterReauthAnswered: counters.dataCallsAfterReauthAnswered,
      limitBreaches: counters.breaches.length,
      breaches: [...counters.breaches],
      webhooks: { ...webhooks.stats },
    }),
    resetCounters: () => {
      counters.reset();
      webhooks.stats = { sent: 0, delivered: 0, failedAttempts: 0, pending: webhooks.stats.pending };
    },
    invoicesFor: (id) => {
      const a = bank.any(id);
      if (!a) throw new Error(`unknown account ${id}`);
      return a.gen.invoices(clock.now());
    },
    close: async () => {
      clock.close();
      await webhooks.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };

  const routes: Route[] = [
    ...withStatementPdf(MONO_ROUTES).routes,
    ...directPayRoutes({ seed, clock, bank, webhooks, baseUrl: () => baseUrl }).routes,
    ...controlRoutes(() => sandbox),
  ];
  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      console.error('[sandbox] request failed:', err);
      if (!res.headersSent) send(res, 500, JSON.stringify(failure(clock.now(), 'Internal sandbox error')), {});
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', baseUrl);
    const method = req.method ?? 'GET';
    let params: string[] = [];
    const route = routes.find((r) => {
      if (r.method !== method) return false;
      const m = r.pattern.exec(url.pathname);
      if (m) params = m.slice(1);
      return Boolean(m);
    });
    counters.request(route ? route.endpoint : `${method} (no route)`);
    if (!route) {
      send(res, 404, JSON.stringify(failure(clock.now(), `Cannot ${method} ${url.pathname}`)), {});
      return;
    }
    if (route.auth) {
      const key = req.headers['mono-sec-key'];
      if (typeof key !== 'string' || key !== secretKey) {
        send(res, 401, UNAUTHORIZED, {});
        return;
      }
    }
    const faultable = route.data || route.endpoint === 'GET /v2/accounts/:id' || route.endpoint === 'GET /v2/accounts';
    let seq = 0;
    if (route.data) {
      const a = bank.linked(params[0]!);
      if (a) counters.dataCall(a.id, a.reauthRequired, a.reauthAnswered);
    }
    if (faultable) {
      const f = faults.next();
      seq = f.seq;
      if (f.outcome.kind === '429') {
        send(res, 429, JSON.stringify(failure(clock.now(), 'Too many requests, please retry later.')), {
          'retry-after': String(f.outcome.retryAfterSec),
        });
        return;
      }
      if (f.outcome.kind === '503') {
        send(res, 503, JSON.stringify(failure(clock.now(), 'Service temporarily unavailable.')), {});
        return;
      }
    }
    let reply: Reply;
    try {
      reply = await route.handle(
        {
          method,
          url,
          params,
          headers: req.headers,
          body: async () => parseJson(await readBody(req)),
          form: async () => new URLSearchParams(await readBody(req)),
        },
        ctx,
      );
    } catch (err) {
      if (err instanceof ReauthRequiredError) reply = reauthReply(ctx, err);
      else if (err instanceof HttpError)
        reply = { status: err.status, body: failure(clock.now(), err.message), headers: err.headers };
      else throw err;
    }
    // The client has now been told (header, or the legacy code): every later data call before re-authorisation counts.
    if (route.data && (reply.headers?.['x-reauth-required'] === 'true' || isReauthCode(reply.body))) {
      const told = bank.linked(params[0]!);
      if (told) told.reauthAnswered = true;
    }
    const slow = faultable ? faults.slowFor(seq) : 0;
    if (slow > 0) await new Promise((r) => setTimeout(r, slow));
    if (reply.file !== undefined) {
      res.writeHead(reply.status, {
        'content-type': reply.file.type,
        'content-length': String(reply.file.data.length),
      });
      res.end(reply.file.data);
      return;
    }
    if (reply.html !== undefined) {
      send(res, reply.status, reply.html, reply.headers ?? {}, 'text/html; charset=utf-8');
      return;
    }
    let text = JSON.stringify(reply.body);
    if (reply.faultable && reply.status === 200 && faults.truncate(seq))
      text = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
    send(res, reply.status, text, reply.headers ?? {});
  }

  try {
    // Accounts are linked before listening so a bad spec fails start-up without leaving a server behind.
    for (const spec of opts.accounts ?? []) bank.link(spec);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(opts.port ?? 0, host, () => resolve());
    });
  } catch (err) {
    clock.close();
    await webhooks.close();
    throw err;
  }
  const addr = server.address() as AddressInfo;
  baseUrl = `http://${host.includes(':') ? `[${host}]` : host}:${addr.port}`;
  sandbox.url = baseUrl;
  return sandbox;
}

function isReauthCode(body: unknown): boolean {
  return !!body && typeof body === 'object' && (body as { code?: unknown }).code === 'REAUTHORISATION_REQUIRED';
}
