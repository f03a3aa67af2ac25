import { randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import { startSandbox, type Sandbox } from '../../sandbox/server.js';
import { listAccounts } from '../../db/account-repository.js';
import { countLiveBankTransactionsByAccount } from '../../db/bank-transaction-repository.js';
import { createMatchRepository } from '../../db/match-repository.js';
import { accountFeedWorkflowId, statusQuery, type FeedStatus } from '../../workflows/messages.js';
import type { NightlyResult } from '../../workflows/nightly.js';
import { applyConfiguredBindings, startStack } from '../composition-root.js';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { acquireDataDirLock } from '../data-dir-lock.js';
import { DEMO_ACCOUNTS, DEMO_CLOCK_START, DEMO_SEED } from '../demo/demo-accounts.js';
import { requestSync, startAccountFeed } from '../feed-client.js';
import { databaseProgress, trackStep, waitForFirstPass } from '../first-pass-progress.js';
import { DEFAULT_FEED_CONFIG } from '../../workflows/feed-config.js';
import { ensureNightlySchedule } from '../nightly-schedule.js';
import type { BankfeedSettings } from '../settings.js';
import { signalExitCode, watchShutdown } from '../shutdown.js';
import { databaseWhere, storageWriteErrorOf, type StorageWriteError } from '../storage-errors.js';
import { formatTable } from '../table.js';
import { liveReauthLink, reissueExpiredReauthLinks } from './reauth-links.js';
import { linksShownOn } from '../logger.js';

const examplesDir = resolve(fileURLToPath(new URL('../../examples/', import.meta.url)));

export interface StartOptions {
  once?: boolean;
  /** Optional processes not to run (`--no-web` → ['web']). */
  disabled?: readonly string[];
  timeoutMs?: number;
  /** Resolves when the log cannot be written (a full disk): everything stops in order and the command fails. */
  storageFailed?: Promise<StorageWriteError>;
  /** Where a feed activity reports the disk refusing the database a write (the same watch as storageFailed's). */
  onStorageRefused?: (err: StorageWriteError) => void;
}

/**
 * `bankfeed start`: the whole product on one machine. The embedded Temporal server (or the configured cluster), the
 * database, the Mono sandbox when no Mono key is configured (with the five demo accounts and the demo books), the
 * worker and the webhook receiver; backfill, reconcile, write the reports, print a summary, then keep running
 * (webhooks, polls, the nightly schedule) until Ctrl-C. `--once` stops after the first pass.
 */
export async function runStartCommand(
  settings: BankfeedSettings,
  logger: Logger,
  opts: StartOptions = {},
): Promise<number> {
  const print = (s: string) => process.stdout.write(s);
  const cleanup: Array<() => Promise<void>> = [];
  const stopAll = async () => {
    for (const c of cleanup.splice(0).reverse())
      await c().catch((e: unknown) => logger.error({ err: String(e) }, 'shutdown step failed'));
  };
  // Ctrl-C at any moment (first pass included) stops everything in order and exits 130; a second one forces it.
  const shutdown = watchShutdown();
  const run = runStart(settings, logger, opts, print, cleanup, stopAll, shutdown.signal);
  // A failure after the command gave up on the run (a signal, a full disk) is not an unhandled rejection.
  run.catch(() => undefined);
  const storageFailed = (opts.storageFailed ?? new Promise<never>(() => undefined)).then((e) => {
    throw e;
  });
  try {
    const done = await Promise.race([run, shutdown.requested.then(() => null), storageFailed]);
    if (done !== null) {
      shutdown.stopping();
      return done;
    }
    logger.info({ signal: shutdown.signal() }, 'stopping');
    await stopAll();
    // A step still starting when the signal came (the embedded server, a sandbox) adds its cleanup late: give it a
    // moment to finish or fail, then stop whatever it started.
    await Promise.race([run.catch(() => undefined), new Promise((r) => setTimeout(r, 5_000).unref())]);
    await stopAll();
    return signalExitCode(shutdown.signal()!);
  } catch (e) {
    shutdown.stopping();
    await stopAll();
    // As after a signal: a step still starting adds its cleanup late.
    await Promise.race([run.catch(() => undefined), new Promise((r) => setTimeout(r, 5_000).unref())]);
    await stopAll();
    throw storageWriteErrorOf(e, databaseWhere(settings.databaseUrl)) ?? e;
  } finally {
    shutdown.dispose();
  }
}

async function runStart(
  settings: BankfeedSettings,
  logger: Logger,
  opts: StartOptions,
  print: (s: string) => void,
  cleanup: Array<() => Promise<void>>,
  stopAll: () => Promise<void>,
  stopSignal: () => NodeJS.Signals | null,
): Promise<number> {
  // First, before anything starts or prints: a second `start` on this data directory refuses alone (walk-ops-s34)
  const lock = acquireDataDirLock(settings.dataDir, 'start');
  cleanup.push(async () => lock.release());
  let sandbox: Sandbox | null = null;
  let mono: { baseUrl: string; secretKey: string; webhookSecret: string };
  // the demo's accounts this run links (in the sandbox, before the worker starts) and feeds
  let demoAccounts: DemoAccount[] = [];
  if (settings.mono.mode === 'sandbox') {
    // The demo signs its webhooks with MONO_WEBHOOK_SECRET when one is set, so a tool replaying them can use it.
    const webhookSecret = settings.env.MONO_WEBHOOK_SECRET;
    sandbox = await startSandbox({
      seed: DEMO_SEED,
      startTime: DEMO_CLOCK_START,
      ...(webhookSecret ? { webhookSecret } : {}),
    });
    cleanup.push(() => sandbox!.close());
    mono = { baseUrl: sandbox.url, secretKey: sandbox.secretKey, webhookSecret: sandbox.webhookSecret };
    print(
      `Mono sandbox (no MONO_SECRET_KEY set): ${sandbox.url} — the demo bank's clock starts at ${DEMO_CLOCK_START}\n` +
        `Webhook secret (header mono-webhook-secret): ${sandbox.webhookSecret}${webhookSecret ? ' (MONO_WEBHOOK_SECRET)' : ''}\n`,
    );
  } else {
    mono = settings.mono;
  }
  // The same composition root as `bankfeed worker`; the demo only adds the sandbox, its clock and its books.
  const stack = await startStack(settings, logger, {
    mono,
    command: 'start',
    lock,
    ...(sandbox
      ? {
          clock: () => sandbox!.now(),
          // Any free port unless BANKFEED_WEBHOOK_PORT asks for one (the demo must not fight over 8787).
          webhookPort: process.env.BANKFEED_WEBHOOK_PORT ? settings.webhook.port : 0,
          defaultLedgerConfig: join(examplesDir, 'bankfeed.ledger.json'),
        }
      : {}),
    ...(opts.disabled ? { disabled: opts.disabled } : {}),
    ...(opts.onStorageRefused ? { onStorageRefused: opts.onStorageRefused } : {}),
    // A feed resumed from an earlier run asks the bank for its account at once: the restarted sandbox must know it
    // by then, or its first answer is "not found" and the feed ends as unlinked (walk-ops-s34).
    ...(sandbox
      ? {
          beforeWorker: async (db: Kysely<Database>) => {
            demoAccounts = await liveDemoAccounts(db);
            for (const a of demoAccounts) await sandbox!.linkAccount(a.spec);
          },
        }
      : {}),
  });
  cleanup.push(() => stack.shutdown());
  const temporal = stack.runtime;
  const db = stack.services.dbHandle;
  const ledger = stack.ledger;
  const w = stack.worker;
  sandbox?.setWebhookUrl(w.receiver!.url);
  await ensureNightlySchedule(w.client, {
    cron: settings.nightly.cron,
    timezone: settings.nightly.timezone,
    taskQueue: temporal.taskQueue,
    syncWaitMs: settings.nightly.syncWaitMs,
  });

  if (sandbox)
    for (const a of demoAccounts) await startAccountFeed(w.client, temporal.taskQueue, a.spec.id, settings.feed);
  // Feeds still waiting for re-authorisation from an earlier run: a link that expired is issued again, and under the
  // demo every earlier link is dead (the sandbox that issued it is gone), so each gets a fresh one from this sandbox.
  await reissueExpiredReauthLinks({
    db: db.db,
    mono: w.mono,
    logger,
    ...(settings.reauthRedirectUrl ? { redirectUrl: settings.reauthRedirectUrl } : {}),
    ...(settings.reauthLinkTtlMs ? { ttlMs: settings.reauthLinkTtlMs } : {}),
    ...(sandbox ? { stale: () => true } : {}),
  });
  const deadline = Date.now() + (opts.timeoutMs ?? 15 * 60_000);
  // Once Ctrl-C came the waits below end at their next tick instead of polling a stack that is shutting down.
  const stopIfAsked = () => {
    if (stopSignal()) throw new Error(`stopped by ${stopSignal()}`);
  };
  const status = async (id: string): Promise<FeedStatus | null> => {
    stopIfAsked();
    try {
      return await w.client.workflow.getHandle(accountFeedWorkflowId(id)).query(statusQuery);
    } catch {
      return null;
    }
  };
  // Progress until every feed has finished its first pass (in live mode accounts keep arriving meanwhile).
  const liveIds = async () => (await listAccounts(db.db)).filter((a) => a.state !== 'UNLINKED').map((a) => a.id);
  const feedIds = await waitForFirstPass({
    listIds: async () => {
      stopIfAsked();
      return sandbox ? demoAccounts.map((a) => a.spec.id) : liveIds();
    },
    status,
    // Rows stored and windows committed, counted in the database the feeds write to.
    progress: databaseProgress(db.db, { ...DEFAULT_FEED_CONFIG, ...settings.feed }),
    deadline,
  });

  // The demo accounts exist only now: bind them as the ledger configuration says.
  await applyConfiguredBindings(db.db, ledger);

  // A first refresh of every feed: the Access account's bank asks for re-authorisation here (MFA).
  await Promise.all(
    feedIds.map((id) => requestSync(w.client.workflow.getHandle(accountFeedWorkflowId(id)), 'start').catch(() => null)),
  );
  // Reconciliation runs after each feed's backfill; wait for it on every account that has books bound, counting the
  // feeds that report a finished reconciliation.
  const toReconcile = (all: Array<FeedStatus | null>) =>
    all.filter((s) => s && s.state !== 'REAUTH_REQUIRED' && s.state !== 'UNLINKED' && ledger);
  const reconciling = trackStep({
    label: 'reconciling',
    total: toReconcile(await Promise.all(feedIds.map(status))).length,
    done: async () => toReconcile(await Promise.all(feedIds.map(status))).filter((s) => s!.lastReconciliation).length,
  });
  try {
    for (;;) {
      const pending = toReconcile(await Promise.all(feedIds.map(status))).filter((s) => !s!.lastReconciliation);
      if (pending.length === 0) break;
      if (Date.now() > deadline) throw new Error('reconciliation did not finish in time');
      await new Promise((r) => setTimeout(r, 500));
    }
  } finally {
    await reconciling();
  }

  print('Reconciling and writing reports…\n');
  // The nightly run reconciles and writes a report per linked account: its progress is the count of its finished
  // reconcile runs in the database (rows after the newest one before it started).
  const runs = createMatchRepository(db.db);
  const before = await runs.lastRunId();
  const reporting = trackStep({
    label: 'reports',
    total: (await listAccounts(db.db)).filter((a) => a.state !== 'UNLINKED' && a.ledger_binding).length,
    done: () => runs.countFinishedRunsAfter(before, 'nightly'),
  });
  let nightly: NightlyResult;
  try {
    nightly = (await w.client.workflow.execute('nightlyRun', {
      taskQueue: temporal.taskQueue,
      workflowId: `nightly-start-${randomUUID()}`,
      // The run waits for its feeds' syncs at most this long (it goes on as soon as they have synced): an account
      // whose feed has not by then is reported as not synced tonight.
      args: [{ settleMs: settings.nightly.syncWaitMs ?? 60_000 }],
    })) as NightlyResult;
  } finally {
    await reporting();
  }

  const rows = await listAccounts(db.db);
  const counts = await countLiveBankTransactionsByAccount(db.db);
  const latest = await runs.latestRunPerAccount();
  const table = rows.map((a) => {
    const stats = latest.get(a.id)?.stats
      ? (JSON.parse(latest.get(a.id)!.stats!) as { matchedPercent: string; suggested: number; unmatchedBank: number })
      : null;
    return [
      a.name,
      a.institution_name,
      a.currency,
      a.state,
      counts.get(a.id) ?? 0,
      stats ? `${stats.matchedPercent}%` : 'not reconciled',
      stats?.suggested ?? '-',
      stats?.unmatchedBank ?? '-',
    ];
  });
  print(
    `\n${formatTable(['ACCOUNT', 'BANK', 'CCY', 'STATE', 'TRANSACTIONS', 'MATCHED', 'SUGGESTIONS', 'UNMATCHED'], table)}`,
  );
  for (const a of rows.filter((r) => r.state === 'REAUTH_REQUIRED')) {
    const link = liveReauthLink(a, new Date(), settings.reauthLinkTtlMs);
    const where = `\n${a.name} needs re-authorisation at ${a.institution_name}:`;
    print(
      !link
        ? `${where} its link expired; \`bankfeed reauth ${a.id} --new\` issues a fresh one\n`
        : linksShownOn(process.stdout)
          ? `${where} ${link.url} (works until ${link.expiresAt})\n`
          : `${where} its link is not shown on a non-terminal console (it grants access); \`bankfeed reauth ${a.id}\` shows it\n`,
    );
  }
  const summary = nightly.reports?.files.find((f) => f.endsWith('reconciliation.xlsx'));
  const notWritten = reportsNotWritten(nightly);
  const why = nightly.reports?.summaryNotWritten;
  print(`\nReports: ${summary ?? (why ? `(summary not written: ${why})` : '(none written)')}\n`);
  if (notWritten) print(`${notWritten}\n`);
  print(`Temporal UI: ${temporal.uiUrl ?? '(external cluster)'}\n`);
  print(`Webhooks: POST ${w.receiver?.url}\n`);
  for (const p of stack.processes) if (p.url) print(`${p.label ?? p.name}: ${p.url}\n`);

  if (opts.once) {
    await stopAll();
    return summary && !notWritten ? 0 : 1;
  }
  print('\nRunning: webhooks, polls and the nightly schedule. Ctrl-C stops everything.\n');
  await w.running;
  const sig = stopSignal();
  logger.info({ signal: sig ?? 'worker stopped' }, 'stopping');
  await stopAll();
  return sig ? signalExitCode(sig) : 0;
}

/**
 * What the night's reports lack because the report folder was full, in words (null when nothing): `--once` then
 * exits 1, as for any failure, and `bankfeed status` names each account whose workbook was not written.
 */
export function reportsNotWritten(nightly: NightlyResult): string | null {
  const r = nightly.reports;
  const said: string[] = [];
  if (r?.notWritten) said.push(`${r.notWritten} account workbook${r.notWritten === 1 ? ' was' : 's were'} not written`);
  if (r?.unlisted) said.push(`the summary lacks ${r.unlisted} account${r.unlisted === 1 ? '' : 's'}`);
  if (said.length === 0) return null;
  return `Reports not written: ${said.join(', and ')}: the report folder is full (\`bankfeed status\` names the accounts)`;
}

type DemoAccount = (typeof DEMO_ACCOUNTS)[number];

/** The demo's accounts but those someone unlinked: those stay unlinked across restarts, their feeds not restarted. */
async function liveDemoAccounts(db: Kysely<Database>): Promise<DemoAccount[]> {
  const unlinked = new Set((await listAccounts(db)).filter((a) => a.state === 'UNLINKED').map((a) => a.id));
  return DEMO_ACCOUNTS.filter((a) => !unlinked.has(a.spec.id));
}
