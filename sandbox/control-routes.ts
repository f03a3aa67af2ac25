/** /__sandbox/* : the programmatic controls over HTTP, for processes that do not hold the Sandbox object. */
import { z } from 'zod';
import { HttpError, type Reply } from './http-kit.js';
import type { Route, RouteRequest } from './mono-routes.js';
import type { Sandbox } from './types.js';

const specSchema = z
  .object({
    id: z
      .string()
      .regex(/^[A-Za-z0-9_-]+$/)
      .optional(),
    name: z.string().min(1).optional(),
    institution: z.string().min(1).optional(),
    currency: z.enum(['NGN', 'GHC', 'KSH', 'ZAR']).optional(),
    kind: z.enum(['business', 'personal']).optional(),
    historyDays: z.number().int().min(0).max(20_000).optional(),
    txnsPerDay: z.number().min(0).max(100_000).optional(),
    mfa: z.object({ reauthAfterRefreshes: z.number().int().min(0) }).optional(),
    dataStatus: z.enum(['AVAILABLE', 'PROCESSING', 'PARTIAL', 'UNAVAILABLE', 'FAILED']).optional(),
    processingMs: z.number().min(0).optional(),
    syncFailure: z.enum(['SYNC_ERROR', 'INCOMPLETE_STATEMENT_ERROR']).optional(),
  })
  .strict();

const txnSchema = z
  .object({
    count: z.number().int().min(1).max(10_000),
    narration: z.string().min(1).optional(),
    amount: z.number().int().positive().optional(),
    type: z.enum(['debit', 'credit']).optional(),
  })
  .strict();

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const r = schema.safeParse(body);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new HttpError(400, `Invalid ${issue.path.join('.') || 'body'}: ${issue.message}`);
  }
  return r.data;
}

function ok(data: unknown): Reply {
  return { status: 200, body: data };
}

/** Turns the Sandbox object's thrown errors (unknown account, bad values) into 4xx answers. */
async function guarded(fn: () => unknown): Promise<Reply> {
  try {
    return ok((await fn()) ?? { ok: true });
  } catch (err) {
    if (err instanceof HttpError) throw err;
    const msg = (err as Error).message;
    throw new HttpError(/unknown account|no linked account/.test(msg) ? 404 : 400, msg);
  }
}

export function controlRoutes(sb: () => Sandbox): Route[] {
  const ID = '([A-Za-z0-9_-]+)';
  const r = (method: string, path: string, handle: (req: RouteRequest) => Promise<Reply> | Reply): Route => ({
    method,
    pattern: new RegExp(`^/__sandbox${path}$`),
    endpoint: `${method} /__sandbox${path.replace(ID, ':id')}`,
    auth: true,
    data: false,
    handle: (req) => handle(req),
  });
  return [
    r('GET', `/truth/${ID}`, (req) => guarded(() => sb().truth(req.params[0]!))),
    r('GET', `/invoices/${ID}`, (req) => guarded(() => sb().invoicesFor(req.params[0]!))),
    r('GET', '/counters', () => ok(sb().counters())),
    r('POST', '/counters/reset', () => guarded(() => sb().resetCounters())),
    r('GET', '/accounts', () => ok(sb().accounts())),
    r('POST', '/accounts', async (req) => {
      const spec = parse(specSchema, await req.body());
      return guarded(async () => ({ id: await sb().linkAccount(spec) }));
    }),
    r('POST', `/accounts/${ID}/transactions`, async (req) => {
      const b = parse(txnSchema, await req.body());
      const { count, ...opts } = b;
      return guarded(() => sb().addTransactions(req.params[0]!, count, opts));
    }),
    r('POST', `/accounts/${ID}/require-reauth`, (req) => guarded(() => sb().requireReauth(req.params[0]!))),
    r('POST', `/accounts/${ID}/complete-reauth`, (req) => guarded(() => sb().completeReauth(req.params[0]!))),
    r('POST', `/accounts/${ID}/unlink`, (req) => guarded(() => sb().unlink(req.params[0]!))),
    r('POST', '/advance', async (req) => {
      const b = parse(z.object({ ms: z.number().min(0) }), await req.body());
      return guarded(() => {
        sb().advance(b.ms);
        return { now: sb().now().toISOString() };
      });
    }),
    r('GET', '/now', () => ok({ now: sb().now().toISOString() })),
    r('PUT', '/webhook-url', async (req) => {
      const b = parse(z.object({ url: z.string().url().nullable() }), await req.body());
      return guarded(() => sb().setWebhookUrl(b.url));
    }),
    r('PUT', '/faults', async (req) => {
      const b = parse(z.record(z.string(), z.union([z.number(), z.boolean()])), await req.body());
      return guarded(() => sb().setFaults(b));
    }),
    r('PUT', '/quirks', async (req) => {
      const b = parse(
        z.union([
          z.literal('all'),
          z.array(z.string()),
          z.object({ quirks: z.union([z.literal('all'), z.array(z.string())]) }),
        ]),
        await req.body(),
      );
      const q = typeof b === 'object' && !Array.isArray(b) ? b.quirks : b;
      return guarded(() => sb().setQuirks(q as never));
    }),
    r('POST', '/webhooks', async (req) => {
      const b = parse(z.object({ event: z.string().min(1), data: z.unknown() }), await req.body());
      return guarded(async () => ({ event_id: await sb().emitWebhook(b.event, b.data) }));
    }),
  ];
}
