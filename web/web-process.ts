import { MonoDirectPay } from '../adapters/mono/index.js';
import { isPostgresUrl, openDb } from '../db/connection.js';
import type { StackContext, StackProcess } from '../worker/stack-processes.js';
import { createFeedActions } from '../worker/web-feed-actions.js';
import { startWebApp } from './app.js';
import { createUserAdmin } from './auth/user-admin.js';

/**
 * The review web app as a process of the stack (`bankfeed start`, `bankfeed worker`; `--no-web` leaves it out).
 * Under the demo (no Mono key) a demo admin is created once and its password printed; otherwise, while nobody can
 * sign in, the way to create the first admin is printed.
 */
export async function startWebProcess(ctx: StackContext): Promise<StackProcess | null> {
  const web = ctx.settings.web ?? { host: '127.0.0.1', port: 8788, secureCookies: false };
  const admin = createUserAdmin({ db: ctx.db });
  if (ctx.settings.mono.mode === 'sandbox') {
    const demo = await admin.ensureDemoAdmin();
    process.stdout.write(
      demo
        ? `Review app demo sign-in: ${demo.username} / ${demo.password} (shown once; reset with \`bankfeed users reset ${demo.username}\`)\n`
        : 'Review app demo sign-in: demo-admin (its password was printed on the first run; `bankfeed users reset demo-admin` issues a new one)\n',
    );
  } else if ((await admin.count()) === 0) {
    process.stdout.write(
      'Review app: nobody can sign in yet. Create the first admin: bankfeed users add <username> --role admin\n',
    );
  }
  const mono = ctx.settings.mono;
  // DirectPay for the "Collect by DirectPay" button: only against a real (or sandbox-URL) Mono with a secret key.
  const directPay =
    mono.mode === 'real'
      ? new MonoDirectPay({ baseUrl: mono.baseUrl, secretKey: mono.secretKey, retryAfterHold: ctx.retryAfterHold })
      : null;
  // Bulk jobs' transactions get their own connection to a SQLite file, so the app keeps answering while one runs.
  const url = ctx.settings.databaseUrl;
  const jobDb = isPostgresUrl(url) || url === ':memory:' ? null : await openDb({ url, migrate: false });
  let running: Awaited<ReturnType<typeof startWebApp>>;
  try {
    running = await startWebApp({
      db: ctx.db,
      logger: ctx.logger,
      host: web.host,
      port: web.port,
      secureCookies: web.secureCookies,
      ledgerSources: ctx.running.ledgerSources,
      ledgerSourceKinds: ctx.running.ledgerSourceKinds,
      // What the Settings page shows, and the write-off default and tolerance the forms apply: the worker's own.
      settings: ctx.running,
      directPay,
      jobDb: jobDb?.db ?? null,
      feed: ctx.mono
        ? createFeedActions({
            client: ctx.temporal.client,
            db: ctx.db,
            mono: ctx.mono,
            retryAfterHold: ctx.retryAfterHold,
            ...(ctx.settings.reauthRedirectUrl ? { reauthRedirectUrl: ctx.settings.reauthRedirectUrl } : {}),
            ...(ctx.settings.reauthLinkTtlMs ? { reauthLinkTtlMs: ctx.settings.reauthLinkTtlMs } : {}),
            linkReturnsToApp: mono.mode === 'sandbox',
          })
        : null,
    });
  } catch (err) {
    await directPay?.close();
    await jobDb?.close();
    // Several workers on one host share the default port: the feeds matter more than a second copy of the app, so
    // a taken port leaves this process without it (loudly) instead of stopping the worker.
    if ((err as { code?: string }).code !== 'EADDRINUSE') throw err;
    const where = `${web.host}:${web.port}`;
    ctx.logger.warn({ where }, 'review app not started: its address is in use');
    process.stdout.write(
      `Review app not started: ${where} is in use (another bankfeed process serving it?). Set BANKFEED_WEB_PORT, or --no-web.\n`,
    );
    return null;
  }
  return {
    name: 'web',
    label: 'Review',
    url: running.url,
    stop: async () => {
      await running.close();
      await directPay?.close();
      await jobDb?.close();
    },
  };
}
