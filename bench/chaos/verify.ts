import type { Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Sandbox } from '../../sandbox/server.js';
import { accountFeedWorkflowId, statusQuery, syncNowUpdate } from '../../workflows/messages.js';
import type { ChaosOptions } from './options.js';
import type { ReauthCompleter } from './reauth-completer.js';
import { scanHistories, scanTree, type Needle, type SecretHit } from './secret-scan.js';
import { compareAccount } from './store-vs-truth.js';
import type { WebhookStream } from './webhook-stream.js';
import { checkOutbox, type OutboxCheck } from './outbox-check.js';
import type { WorkerProcess } from './worker-process.js';

export interface RunContext {
  o: ChaosOptions;
  sandbox: Sandbox;
  db: Kysely<Database>;
  client: Client;
  worker: WorkerProcess;
  stream: WebhookStream;
  reauth: ReauthCompleter;
  ids: string[];
  unlinked: Set<string>;
  mfaIds: string[];
  reauthIds: string[];
  needles: Needle[];
  dataDir: string;
  log: (msg: string) => void;
  unacked: Array<{ key: string }>;
  startedAt: number;
  /** The sandbox's time when the first account was linked: only rows authorised after it can have been pending. */
  sandboxStartIso: string;
  /** Event ids the sandbox emitted while Temporal was down. */
  sentWhileDown: string[];
  /** Accounts whose Mono data was days old at link (issue 19). */
  staleIds?: string[];
}

export interface RunResult {
  ok: boolean;
  seconds: number;
  accounts: { linked: number; late: number; mfa: number; unlinked: number; live: number };
  txns: {
    expected: number;
    stored: number;
    missing: number;
    duplicated: number;
    unexpected: number;
    repeatedIds: number;
  };
  unlinked: {
    duplicated: number;
    unexpected: number;
    pendingWhenUnlinked: number;
    balanceMovedAfterUnlink: number;
    ended: number;
  };
  /** Issue 19: stored balances that differ from Mono's, and windows stored with a running-balance break. */
  feedData: { balancesChecked: number; balancesStale: number; windowsWithBreaks: number; staleAtLink: number };
  finalSync: { succeeded: number; failed: string[]; syncedAgain: number };
  webhooks: WebhookStream['stats'] & { duplicateShare: number; lost: number; hostileStored: number };
  sandboxWebhooks: {
    sent: number;
    delivered: number;
    failedAttempts: number;
    lost: number;
    sentWhileDown: number;
    handedOffLater: number;
    notHandedOff: number;
  };
  kills: number;
  workerStarts: number;
  unexpectedExits: number;
  /** Outbox: every committed event handed off; none lost or processed twice between the outbox and the feeds. */
  outbox: OutboxCheck;
  medianStartMs: number;
  breaches: number;
  /** Data calls after the sandbox had answered (or webhooked) that re-authorisation is required: must be 0. */
  dataCallsAfterReauthAnswered: number;
  dataCallsWhileReauth: number;
  reauth: { completed: number; handled: number };
  secrets: { files: number; histories: number; events: number; needles: number; hits: SecretHit[] };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * syncNow on one live account until it succeeds, waiting out re-authorisation (the completer handles it). Returns
 * Mono's last fetch of the account as it stood just before the sync that succeeded (undefined when none did).
 */
async function syncOne(
  ctx: RunContext,
  id: string,
  deadline: number,
): Promise<{ fetchedAt: string | null } | undefined> {
  const handle = ctx.client.workflow.getHandle(accountFeedWorkflowId(id));
  while (Date.now() < deadline) {
    try {
      const s = await handle.query(statusQuery);
      if (!s.backfilled || s.state === 'REAUTH_REQUIRED' || s.state === 'LINKING' || s.state === 'BACKFILLING') {
        await sleep(1_000);
        continue;
      }
      const before = ctx.sandbox.dataView(id).fetchedAt;
      const r = await handle.executeUpdate(syncNowUpdate, { args: [{ reason: 'chaos final sync' }] });
      if (r.status === 'succeeded' && r.errors.length === 0) return { fetchedAt: before };
    } catch {
      /* the update can race a re-authorisation or a continue-as-new: ask again */
    }
    await sleep(1_000);
  }
  return undefined;
}

/** syncOne over many accounts, a few at a time; fills `fetchedBefore` for each that succeeded. */
async function syncAll(
  ctx: RunContext,
  ids: string[],
  deadline: number,
  fetchedBefore: Map<string, string | null>,
): Promise<string[]> {
  const failed: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: 12 }, async () => {
      while (next < ids.length) {
        const id = ids[next++]!;
        const r = await syncOne(ctx, id, deadline);
        if (r) fetchedBefore.set(id, r.fetchedAt);
        else failed.push(id);
      }
    }),
  );
  return failed;
}

/**
 * The final sync of every live account, then one more for each account whose Mono data moved (a refresh job landed,
 * a re-authorisation) after its final sync began, until none did. The guarantee is that every row Mono serves is
 * requested at least once after it becomes visible: a refresh whose answer the feed never got (a truncated body)
 * still runs at Mono and lands seconds after the feed, having heard nothing, read the older data. Rows that refresh
 * reveals become visible after that read, so only a sync that starts after Mono's last fetch must hold them; the
 * comparison with Mono's data waits for it. Accounts whose data keeps moving after five rounds count as failed.
 */
export async function finalSync(
  ctx: RunContext,
): Promise<{ succeeded: number; failed: string[]; syncedAgain: number }> {
  const live = ctx.sandbox.accounts().filter((id) => !ctx.unlinked.has(id));
  ctx.log(`final sync of ${live.length} live accounts`);
  const deadline = Date.now() + 150_000;
  const fetchedBefore = new Map<string, string | null>();
  const failed = await syncAll(ctx, live, deadline, fetchedBefore);
  let syncedAgain = 0;
  let moved: string[] = [];
  for (let round = 0; round < 5; round++) {
    // Refresh jobs still running will move Mono's data when they finish: wait for them and their webhooks.
    const settle = Date.now() + 30_000;
    while (Date.now() < settle && live.some((id) => ctx.sandbox.dataView(id).refreshing)) await sleep(250);
    await waitSandboxWebhooks(ctx.sandbox, Date.now() + 30_000);
    moved = [...fetchedBefore].filter(([id, at]) => ctx.sandbox.dataView(id).fetchedAt !== at).map(([id]) => id);
    if (moved.length === 0) break;
    for (const id of moved)
      ctx.log(
        `account ${id}: Mono fetched from the bank at ${ctx.sandbox.dataView(id).fetchedAt} after its final sync began (data then as of ${fetchedBefore.get(id)}); syncing it again`,
      );
    syncedAgain += moved.length;
    failed.push(...(await syncAll(ctx, moved, Date.now() + 60_000, fetchedBefore)));
  }
  if (moved.length > 0) {
    ctx.log(`Mono's data kept moving after five rounds of syncs: ${moved.join(', ')}`);
    failed.push(...moved.filter((id) => !failed.includes(id)));
  }
  const failedOnce = [...new Set(failed)];
  return { succeeded: live.length - failedOnce.length, failed: failedOnce, syncedAgain };
}

async function waitSandboxWebhooks(sandbox: Sandbox, deadline: number): Promise<void> {
  while (sandbox.counters().webhooks.pending > 0 && Date.now() < deadline) await sleep(500);
}

export async function verifyRun(
  ctx: RunContext,
  finals: { succeeded: number; failed: string[]; syncedAgain: number },
): Promise<RunResult> {
  const { sandbox, db, stream } = ctx;
  await waitSandboxWebhooks(sandbox, Date.now() + 60_000);
  const outbox = await checkOutbox(
    db,
    ctx.client,
    sandbox.accounts().filter((id) => !ctx.unlinked.has(id)),
    Date.now() + 120_000,
  );
  const live = sandbox.accounts().filter((id) => !ctx.unlinked.has(id));
  const txns = { expected: 0, stored: 0, missing: 0, duplicated: 0, unexpected: 0, repeatedIds: 0 };
  for (const id of live) {
    const c = await compareAccount(db, id, sandbox.truth(id));
    txns.expected += c.expected;
    txns.stored += c.stored;
    txns.missing += c.missing;
    txns.duplicated += c.duplicated;
    txns.unexpected += c.unexpected;
    txns.repeatedIds += c.repeatedIds;
    if (c.missing + c.duplicated + c.unexpected + c.repeatedIds > 0) ctx.log(`account ${id}: ${JSON.stringify(c)}`);
  }
  // The stored balance follows every sync: after the final one it is the bank's (newest running balance).
  let balancesChecked = 0;
  let balancesStale = 0;
  for (const id of live) {
    const truth = sandbox.truth(id);
    if (truth.length === 0) continue;
    const row = await db.selectFrom('accounts').select('balance_minor').where('id', '=', id).executeTakeFirst();
    balancesChecked++;
    if (row?.balance_minor === null || Number(row?.balance_minor) !== truth[truth.length - 1]!.balance) {
      balancesStale++;
      ctx.log(`account ${id}: stored balance ${row?.balance_minor} ≠ Mono's ${truth[truth.length - 1]!.balance}`);
    }
  }
  const windowsWithBreaks = Number(
    (
      await db
        .selectFrom('sync_runs')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('error', 'like', 'running balance%')
        .executeTakeFirstOrThrow()
    ).n,
  );

  // An unlinked account keeps what was stored, as it was when its feed ended: a row still pending then stays as it
  // was (the bank posted it later, under another id and amount). Nothing else may be doubled or invented.
  const unlinked = { duplicated: 0, unexpected: 0, pendingWhenUnlinked: 0, balanceMovedAfterUnlink: 0, ended: 0 };
  for (const id of ctx.unlinked) {
    const c = await compareAccount(db, id, sandbox.truth(id));
    unlinked.duplicated += c.duplicated + c.repeatedIds;
    const pending = c.unexpectedBookedAt.filter((at) => at >= ctx.sandboxStartIso).length;
    unlinked.pendingWhenUnlinked += pending;
    // A back-dated posting the bank showed after the feed ended moves later running balances: such a row is the
    // bank's own row (same id and amount) as it stood when the feed ended, not an invented one.
    const truthRows = sandbox.truth(id);
    const byId = new Map(truthRows.map((t) => [t.id, t.type === 'credit' ? t.amount : -t.amount]));
    const tuples = new Set(truthRows.map((t) => `${t.type === 'credit' ? t.amount : -t.amount}|${t.balance}`));
    const stored = await db
      .selectFrom('bank_transactions')
      .select(['provider_txn_id', 'amount_minor', 'balance_minor'])
      .where('account_id', '=', id)
      .where('status', '!=', 'removed')
      .execute();
    const moved = stored.filter(
      (r) =>
        !tuples.has(`${Number(r.amount_minor)}|${r.balance_minor === null ? null : Number(r.balance_minor)}`) &&
        byId.get(r.provider_txn_id) === Number(r.amount_minor),
    ).length;
    unlinked.balanceMovedAfterUnlink += moved;
    unlinked.unexpected += Math.max(0, c.unexpected - pending - moved);
    const d = await ctx.client.workflow.getHandle(accountFeedWorkflowId(id)).describe();
    if (d.status.name === 'COMPLETED') unlinked.ended++;
  }

  // Every acknowledged event must be on record as handed off; no hostile one may be on record at all.
  const acked = stream.events.filter((e) => e.acked).map((e) => e.key);
  let notHandedOff = 0;
  for (let i = 0; i < acked.length; i += 500) {
    const chunk = acked.slice(i, i + 500);
    const rows = await db
      .selectFrom('webhook_events')
      .select(['event_key', 'status'])
      .where('event_key', 'in', chunk)
      .execute();
    const handed = new Set(rows.filter((r) => r.status === 'handed_off').map((r) => r.event_key));
    notHandedOff += chunk.filter((k) => !handed.has(k)).length;
  }
  const hostile = [...stream.hostileKeys];
  let hostileStored = 0;
  for (let i = 0; i < hostile.length; i += 500) {
    hostileStored += (
      await db
        .selectFrom('webhook_events')
        .select('event_key')
        .where('event_key', 'in', hostile.slice(i, i + 500))
        .execute()
    ).length;
  }
  // The sandbox's events sent while Temporal was down: refused then (recorded, not handed off), delivered by a retry.
  let handedOffLater = 0;
  let downNotHandedOff = 0;
  if (ctx.sentWhileDown.length > 0) {
    const rows = await db
      .selectFrom('webhook_events')
      .select(['event_key', 'status', 'received_at', 'handed_off_at'])
      .where('event_key', 'in', ctx.sentWhileDown)
      .execute();
    downNotHandedOff = ctx.sentWhileDown.length - rows.filter((r) => r.status === 'handed_off').length;
    handedOffLater = rows.filter(
      (r) => r.handed_off_at !== null && Date.parse(r.handed_off_at) - Date.parse(r.received_at) > 1_000,
    ).length;
  }
  const s = stream.stats;
  const sent = s.validEvents + s.duplicatesSent + s.wrongSecretSent + s.malformedSent;
  const counters = sandbox.counters();
  const sw = counters.webhooks;

  let handled = 0;
  for (const id of [...ctx.mfaIds, ...ctx.reauthIds]) {
    try {
      handled += (await ctx.client.workflow.getHandle(accountFeedWorkflowId(id)).query(statusQuery)).counts
        .reauthorisations;
    } catch {
      /* an unlinked feed that ended before answering */
    }
  }

  const tree = scanTree(ctx.dataDir, ctx.needles);
  const hist = await scanHistories(ctx.client, ctx.ids.map(accountFeedWorkflowId), ctx.needles);
  const starts = [...ctx.worker.startMs].sort((a, b) => a - b);

  const result: RunResult = {
    ok: false,
    outbox,
    seconds: Math.round((Date.now() - ctx.startedAt) / 1000),
    accounts: {
      linked: ctx.ids.length,
      late: ctx.o.late,
      mfa: ctx.mfaIds.length,
      unlinked: ctx.unlinked.size,
      live: live.length,
    },
    txns,
    unlinked,
    feedData: { balancesChecked, balancesStale, windowsWithBreaks, staleAtLink: ctx.staleIds?.length ?? 0 },
    finalSync: finals,
    webhooks: {
      ...s,
      duplicateShare: sent ? Math.round((s.duplicatesSent / sent) * 1000) / 10 : 0,
      lost: ctx.unacked.length + notHandedOff,
      hostileStored,
    },
    sandboxWebhooks: {
      sent: sw.sent,
      delivered: sw.delivered,
      failedAttempts: sw.failedAttempts,
      lost: sw.sent - sw.delivered + downNotHandedOff,
      sentWhileDown: ctx.sentWhileDown.length,
      handedOffLater,
      notHandedOff: downNotHandedOff,
    },
    kills: ctx.worker.kills,
    workerStarts: ctx.worker.starts,
    unexpectedExits: ctx.worker.unexpectedExits,
    medianStartMs: starts[Math.floor(starts.length / 2)] ?? 0,
    breaches: counters.limitBreaches,
    dataCallsWhileReauth: counters.dataCallsWhileReauthRequired,
    dataCallsAfterReauthAnswered: counters.dataCallsAfterReauthAnswered,
    reauth: { completed: ctx.reauth.completed, handled },
    secrets: {
      files: tree.files,
      histories: hist.histories,
      events: hist.events,
      needles: ctx.needles.length,
      hits: [...tree.hits, ...hist.hits],
    },
  };
  result.ok =
    txns.missing === 0 &&
    txns.duplicated === 0 &&
    txns.unexpected === 0 &&
    txns.repeatedIds === 0 &&
    balancesStale === 0 &&
    result.dataCallsAfterReauthAnswered === 0 &&
    unlinked.duplicated === 0 &&
    unlinked.unexpected === 0 &&
    unlinked.ended === ctx.unlinked.size &&
    finals.failed.length === 0 &&
    result.webhooks.lost === 0 &&
    result.sandboxWebhooks.lost === 0 &&
    s.wronglyAccepted === 0 &&
    hostileStored === 0 &&
    result.breaches === 0 &&
    result.secrets.hits.length === 0 &&
    result.reauth.handled >= result.reauth.completed &&
    outbox.pending === 0 &&
    outbox.processedTwice === 0 &&
    outbox.lostInFeeds === 0;
  return result;
}
