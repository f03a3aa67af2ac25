import { randomBytes } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyFormbody from '@fastify/formbody';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySession from '@fastify/session';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { ReconciliationError } from '../activities/reconciliation-errors.js';
import type { MonoDirectPay } from '../adapters/mono/index.js';
import { getAccount } from '../db/account-repository.js';
import type { Database } from '../db/schema.js';
import { createUserRepository } from '../db/user-repository.js';
import { createWebSessionRepository } from '../db/web-session-repository.js';
import { DEFAULT_MATCH_OPTIONS, type Tolerance } from '../matching/options.js';
import type { LedgerSourceKind, RunningSettings } from '../worker/running-settings.js';
import { redirectToSignIn, SESSION_COOKIE } from './auth/access.js';
import { type BulkJobs, createBulkJobs } from './bulk-jobs.js';
import { createDbSessionStore, DEFAULT_SESSION_LIMITS, type SessionLimits } from './auth/session-store.js';
import { html } from './html.js';
import { refusedWrite } from './refused-write.js';
import { isStaticAsset, registerStaticAssets } from './static-assets.js';
import { registerAccountRoutes } from './routes/account-routes.js';
import { registerAuditRoutes } from './routes/audit-routes.js';
import { registerAuthRoutes } from './routes/auth-routes.js';
import { registerMatchRoutes } from './routes/match-routes.js';
import { registerMonoDataRoutes } from './routes/mono-data-routes.js';
import { registerReviewRoutes } from './routes/review-routes.js';
import { registerSettingsRoutes } from './routes/settings-routes.js';
import { registerStatementRoutes } from './routes/statement-routes.js';
import { registerStatementStartRoutes } from './routes/statement-start-routes.js';
import { registerUserRoutes } from './routes/user-routes.js';
import { layout, notice } from './views/layout.js';

/** Feed actions the overview offers; built by worker/web-feed-actions.ts for the process that runs the app. */
export interface WebFeedActions {
  /** Asks the account's feed to sync now. */
  syncNow(accountId: string, requestedBy: string): Promise<void>;
  /** Issues a fresh re-authorisation link for an account the bank paused, and stores it. */
  freshReauthLink(accountId: string): Promise<string>;
  /**
   * A hosted Mono Connect link for a new account. `returnTo` is this app's page Mono sends the holder back to when no
   * redirect URL is configured (the demo's sandbox; Mono refuses a link without one).
   */
  linkAccount(customer: { name: string; email: string }, returnTo: string): Promise<string>;
  /**
   * Fetches the account holder's identity from Mono and stores it (BVN cut to its last four digits); false when Mono
   * has no holder name for the account yet. Absent where the process has no Mono.
   */
  fetchIdentity?(accountId: string, requestedBy: string): Promise<boolean>;
}

export interface WebAppDeps {
  db: Kysely<Database>;
  logger?: Logger;
  feed?: WebFeedActions | null;
  /**
   * What the running process works with (the composition root's, from web/web-process.ts): shown on the Settings
   * page, and the write-off tolerance and default account of the forms unless `matching` overrides them.
   */
  settings?: RunningSettings | null;
  /** The write-off tolerance and default write-off account the forms apply (default: `settings.matching`'s). */
  matching?: { tolerance?: Tolerance; writeOffAccount?: string };
  /** Ledger sources a person may bind an account to (from the ledger configuration). */
  ledgerSources?: string[];
  /** What each of them is (kind, export layout), by id: the overview and the Bind panel say it in words. */
  ledgerSourceKinds?: Record<string, LedgerSourceKind>;
  now?: () => Date;
  session?: Partial<SessionLimits>;
  /** Cookies marked Secure: on behind HTTPS (BANKFEED_WEB_SECURE_COOKIES=1), off on plain loopback HTTP. */
  secureCookies?: boolean;
  signInRateLimit?: { max: number; timeWindowMs: number };
  /** Mono DirectPay for the "Collect by DirectPay" button; absent without a Mono secret key. */
  directPay?: Pick<MonoDirectPay, 'initiate' | 'verify'> | null;
  /**
   * A second connection to the same SQLite file for bulk jobs' long transactions, so pages and progress polls are
   * served while one runs (PostgreSQL's pool needs none). The caller opens and closes it.
   */
  jobDb?: Kysely<Database> | null;
  /** Groups a bulk job decides between two progress reports (default 250). */
  bulkChunkSize?: number;
  /** Told of each chunk a bulk job decides, inside its transaction (tests). */
  bulkObserver?: (jobId: number, p: { done: number; total: number }) => Promise<void>;
}

export interface WebAppContext {
  deps: WebAppDeps;
  db: Kysely<Database>;
  now: () => Date;
  bulkJobs: BulkJobs;
  /**
   * The write-off tolerance and default account every form applies, and the Settings page shows; the tolerance's
   * fixed amounts are in `currency` when it is set (other accounts get its percentages only), else in each account's.
   */
  writeOff: { tolerance: Tolerance; account: string; currency?: string };
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The app's bulk jobs (their progress, and waiting for one to end). */
    bulkJobs: BulkJobs;
  }
}

const PUBLIC = new Set(['/sign-in', '/healthz']);

const ERROR_WORDS: Record<number, string> = {
  400: 'invalid_input',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  500: 'internal',
  503: 'unavailable',
};

function statusOf(err: unknown): number {
  if (refusedWrite(err)) return 503;
  if (err instanceof ReconciliationError)
    return { invalid_input: 400, not_found: 404, invalid_state: 409, conflict: 409 }[err.code];
  const code = (err as { statusCode?: number }).statusCode;
  return typeof code === 'number' && code >= 400 && code < 600 ? code : 500;
}

/** Builds the review web app on a database and the services it acts through; `listen` is the caller's. */
export async function createWebApp(deps: WebAppDeps): Promise<FastifyInstance> {
  const now = deps.now ?? (() => new Date());
  const app = Fastify({
    ...(deps.logger ? { loggerInstance: deps.logger.child({ process: 'web' }) } : { logger: false }),
    // Narrations can be long, but no form here carries more than a bulk filter or a split's ids.
    bodyLimit: 256 * 1024,
    trustProxy: false,
  }) as unknown as FastifyInstance;
  const limits = { ...DEFAULT_SESSION_LIMITS, ...deps.session };
  const secret = await createWebSessionRepository(deps.db).key(
    'session-cookie',
    () => randomBytes(32).toString('hex'),
    now().toISOString(),
  );

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'same-origin' },
  });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifyFormbody);
  await app.register(fastifyCookie);
  await app.register(fastifySession, {
    secret,
    cookieName: SESSION_COOKIE,
    store: createDbSessionStore(deps.db, limits, now),
    saveUninitialized: false,
    rolling: true,
    cookie: {
      httpOnly: true,
      sameSite: 'strict',
      secure: deps.secureCookies ?? false,
      path: '/',
      maxAge: limits.absoluteMs,
    },
  });
  await app.register(fastifyCsrf, {
    sessionPlugin: '@fastify/session',
    getToken: (req: FastifyRequest) =>
      ((req.body as Record<string, unknown> | undefined)?._csrf as string | undefined) ??
      (req.headers['x-csrf-token'] as string | undefined),
  });

  const users = createUserRepository(deps.db);
  // Who is signed in: the session names a user id; a disabled person or a deleted one is signed out on the spot.
  app.addHook('preHandler', async (request, reply) => {
    const path = request.url.split('?')[0]!;
    if (isStaticAsset(path)) return;
    const userId = request.session.get('userId');
    if (userId !== undefined) {
      const user = await users.byId(userId);
      if (user && !user.disabledAt) request.user = user;
      else await request.session.destroy();
    }
    if (!request.user && !PUBLIC.has(path)) return redirectToSignIn(request, reply);
    // Every state change carries the session's CSRF token (form field or htmx header); sign-in included.
    if (request.method === 'POST')
      await new Promise<void>((resolve, reject) => {
        app.csrfProtection(request, reply, (err?: Error) => (err ? reject(err) : resolve()));
      });
  });

  // Pages carry balances, holders' details and one-time passwords: no-store keeps them out of the browser's caches,
  // so Back after "Sign out" on a shared office computer asks the app again (and gets the sign-in page).
  app.addHook('onSend', async (request, reply, payload) => {
    if (!isStaticAsset(request.url.split('?')[0]!)) reply.header('cache-control', 'no-store');
    return payload;
  });

  registerStaticAssets(app);
  app.get('/healthz', async () => ({ ok: true }));

  const bulkJobs = createBulkJobs({
    db: deps.db,
    jobDb: deps.jobDb ?? null,
    now,
    logger: deps.logger,
    ...(deps.bulkChunkSize ? { chunkSize: deps.bulkChunkSize } : {}),
    ...(deps.bulkObserver ? { observe: deps.bulkObserver } : {}),
  });
  // A running bulk job ends (commits or rolls back) before the app and its database close.
  app.addHook('onClose', async () => bulkJobs.close());
  app.decorate('bulkJobs', bulkJobs);
  const toleranceCurrency = deps.matching?.tolerance ? undefined : deps.settings?.toleranceCurrency;
  const writeOff = {
    tolerance: deps.matching?.tolerance ?? deps.settings?.matching.tolerance ?? DEFAULT_MATCH_OPTIONS.tolerance,
    account:
      deps.matching?.writeOffAccount ??
      deps.settings?.matching.writeOffAccount ??
      DEFAULT_MATCH_OPTIONS.writeOffAccount,
    ...(toleranceCurrency ? { currency: toleranceCurrency } : {}),
  };
  const ctx: WebAppContext = { deps, db: deps.db, now, bulkJobs, writeOff };
  registerAuthRoutes(app, ctx);
  registerAccountRoutes(app, ctx);
  registerReviewRoutes(app, ctx);
  registerMatchRoutes(app, ctx);
  registerStatementRoutes(app, ctx);
  registerStatementStartRoutes(app, ctx);
  registerAuditRoutes(app, ctx);
  registerUserRoutes(app, ctx);
  registerMonoDataRoutes(app, ctx);
  registerSettingsRoutes(app, ctx);

  const send = (request: FastifyRequest, reply: FastifyReply, status: number, message: string) =>
    sendError(deps.db, request, reply, status, message);
  app.setNotFoundHandler((request, reply) => send(request, reply, 404, 'No such page.'));
  app.setErrorHandler((err, request, reply) => {
    const status = statusOf(err);
    const csrf = (err as { code?: string }).code?.startsWith('FST_CSRF');
    const refused = refusedWrite(err);
    const message = csrf
      ? // the token is the app's business: the person needs to know nothing was saved, and what to do
        'Not saved: this form was open from before you last signed in, or was sent from outside bankfeed, so nothing was changed. Go back, reload the page and do it again.'
      : refused
        ? // the disk's refusal is said in words (never the database's address or the driver's message)
          refused
        : // A 5xx says only "on our side", unless its words are the person's to read (`expose`: Mono's refusal).
          status >= 500 && !(err as { expose?: boolean }).expose
          ? 'Something went wrong on our side; nothing was changed. Try again, and tell your administrator if it persists.'
          : err instanceof Error
            ? err.message
            : String(err);
    if (status >= 500) request.log.error({ err }, 'web request failed');
    return send(request, reply, csrf ? 403 : status, message);
  });
  return app;
}

async function sendError(
  db: Kysely<Database>,
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  message: string,
) {
  // A .json address is read by a program: an HTML error page there is unreadable to it.
  if (request.url.split('?')[0]!.endsWith('.json'))
    return reply
      .code(status)
      .type('application/json; charset=utf-8')
      .send(JSON.stringify({ error: ERROR_WORDS[status] ?? 'error', message }));
  reply.code(status).type('text/html; charset=utf-8');
  if (request.headers['hx-request']) return reply.send(notice(status === 409 ? 'warn' : 'error', message).value);
  const token = (() => {
    try {
      return reply.generateCsrf();
    } catch {
      return '';
    }
  })();
  return reply.send(
    layout(
      { user: request.user, csrfToken: token, section: 'none' },
      `Error ${status}`,
      html`<h1>
          ${status === 404 ? 'Not found' : status === 403 ? 'Not allowed' : status === 409 ? 'Not done' : 'Error'}
        </h1>
        ${notice(status === 409 ? 'warn' : 'error', message)}
        <p>${await backLink(db, request.url)}</p>`,
    ).value,
  );
}

/**
 * Back to the queue of the account a refused address was about (where its forms are), else to the accounts: an
 * address naming no account (a mistyped id) would only lead to another "Not found".
 */
async function backLink(db: Kysely<Database>, url: string) {
  const segment = /^\/accounts\/([^/?#]+)\//.exec(url)?.[1];
  const id = segment === undefined ? null : safeDecode(segment);
  // a database that is failing (the 500 being answered) leaves the link to the accounts
  const known = id !== null && (await getAccount(db, id).catch(() => undefined)) !== undefined;
  return known
    ? html`<a href="/accounts/${encodeURIComponent(id)}/review">Back to the account's queue</a>`
    : html`<a href="/">Back to the accounts</a>`;
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

export interface RunningWebApp {
  app: FastifyInstance;
  url: string;
  close(): Promise<void>;
}

/** Builds the app and listens; `port` 0 picks a free one. Expired sessions are pruned every few minutes. */
export async function startWebApp(deps: WebAppDeps & { host: string; port: number }): Promise<RunningWebApp> {
  const app = await createWebApp(deps);
  try {
    await app.listen({ host: deps.host, port: deps.port });
  } catch (err) {
    await app.close();
    throw err;
  }
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : deps.port;
  const store = createDbSessionStore(
    deps.db,
    { ...DEFAULT_SESSION_LIMITS, ...deps.session },
    deps.now ?? (() => new Date()),
  );
  const timer = setInterval(() => void store.prune().catch(() => undefined), 5 * 60_000);
  timer.unref();
  const host = deps.host.includes(':') ? `[${deps.host}]` : deps.host;
  return {
    app,
    url: `http://${host}:${port}/`,
    close: async () => {
      clearInterval(timer);
      await app.close();
    },
  };
}
