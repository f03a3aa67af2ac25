import type { Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Sandbox, TruthTransaction } from '../../sandbox/server.js';
import { requestSync } from '../../worker/feed-client.js';
import { accountFeedWorkflowId, statusQuery } from '../../workflows/messages.js';
import { DEFAULT_FEED_CONFIG } from '../../workflows/feed-config.js';
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
  reauth: { completed: number; handled: number; unhandled: number };
  secrets: { files: number; histories: number; events: number; needles: number; hits: SecretHit[] };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The sandbox's transient transport faults, off: Mono's own behaviour (overlapping pages, id churn) stays. */
const TRANSIENT_FAULTS_OFF = {
  rate429: 0,
  burst503Every: 0,
  slowProbability: 0,
  truncatedJson: 0,
  duplicatePages: 0,
} as const;

/**
 * Mono's last fetch of an account and the feed's sync count right after its final sync, and what Mono served just
 * before that sync began: every one of those rows must be stored (rows that appear later may not be, yet).
 */
type AfterFinal = { fetchedAt: string | null; syncs: number; servedBefore: TruthTransaction[] };

/** What the final sync leaves for the comparison. */
export interface FinalSync {
  succeeded: number;
  failed: string[];
  syncedAgain: number;
  servedBefore: Map<string, TruthTransaction[]>;
}

/** syncNow on one live account until it succeeds, waiting out re-authorisation (the completer handles it). */
async function syncOne(
  ctx: RunContext,
  id: string,
  deadline: number,
  pauseMs = 1_000,
): Promise<AfterFinal | undefined> {
  const handle = ctx.client.workflow.getHandle(accountFeedWorkflowId(id));
  while (Date.now() < deadline) {
    try {
      const s = await handle.query(statusQuery);
      if (!s.backfilled || s.state === 'REAUTH_REQUIRED' || s.state === 'LINKING' || s.state === 'BACKFILLING') {
        await sleep(1_000);
        continue;
      }
      const servedBefore = ctx.sandbox.truth(id);
      const r = await requestSync(handle, 'chaos final sync', { giveUpAfterMs: Math.max(0, deadline - Date.now()) });
      if (r.status === 'succeeded' && r.errors.length === 0) {
        const fetchedAt = ctx.sandbox.dataView(id).fetchedAt;
        return { fetchedAt, syncs: (await handle.query(statusQuery)).counts.syncs, servedBefore };
      }
    } catch {
      /* the update can race a re-authorisation or a continue-as-new: ask again */
    }
    await sleep(pauseMs);
  }
  return undefined;
}

/**
 * The final sync of every live account. Then, for each account whose Mono data moved after its final sync (a
 * refresh whose answer the feed never got, a truncated body, still ran at Mono and landed later), the feed itself
 * must notice (the job's webhook, which is not one it waits for, asks for a sync) and sync again: the check waits
 * for that sync rather than asking for one, so a feed that ignored the webhook fails the comparison that follows.
 */
export async function finalSync(ctx: RunContext): Promise<FinalSync> {
  const live = ctx.sandbox.accounts().filter((id) => !ctx.unlinked.has(id));
  ctx.log(`final sync of ${live.length} live accounts`);
  const deadline = Date.now() + 150_000;
  const after = new Map<string, AfterFinal>();
  const failed: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: 12 }, async () => {
      while (next < live.length) {
        const id = live[next++]!;
        const r = await syncOne(ctx, id, deadline);
        if (r) after.set(id, r);
        else failed.push(id);
      }
    }),
  );
  if (failed.length > 0) {
    // A final refresh that drew an injected fault leaves Mono's view where it was (a pending row it no longer
    // should serve, a window whose running balance still breaks) and the feed waits out Mono's refresh window
    // before asking again. The faults are over now: stop injecting them and give each such account that window
    // and a margin for a complete sync. A row the feed never removes is still compared, and still unexpected.
    ctx.sandbox.setFaults(TRANSIENT_FAULTS_OFF);
    const retry = [...failed];
    failed.length = 0;
    const until = Date.now() + DEFAULT_FEED_CONFIG.refreshMinIntervalMs + 60_000;
    ctx.log(
      `final sync failed for ${retry.length} account(s) under faults; faults off, waiting up to ${Math.round((until - Date.now()) / 1000)} s for a complete sync`,
    );
    await Promise.all(
      retry.map(async (id) => {
        const r = await syncOne(ctx, id, until, 15_000);
        if (r) after.set(id, r);
        else failed.push(id);
      }),
    );
  }
  // Refresh jobs still running move Mono's data when they finish: wait for them and their webhooks.
  const settle = Date.now() + 30_000;
  while (Date.now() < settle && live.some((id) => ctx.sandbox.dataView(id).refreshing)) await sleep(250);
  await waitSandboxWebhooks(ctx.sandbox, Date.now() + 30_000);
  const moved = [...after].filter(([id, a]) => ctx.sandbox.dataView(id).fetchedAt !== a.fetchedAt);
  for (const [id, a] of moved) {
    ctx.log(
      `account ${id}: Mono fetched from the bank at ${ctx.sandbox.dataView(id).fetchedAt} after its final sync (data then as of ${a.fetchedAt}); waiting for the feed's own sync`,
    );
    // A stale account's view moves only when Mono fetches: what it serves now is what the next sync must hold.
    a.servedBefore = ctx.sandbox.truth(id);
    const handle = ctx.client.workflow.getHandle(accountFeedWorkflowId(id));
    const until = Date.now() + 90_000;
    let synced = false;
    while (!synced && Date.now() < until) {
      synced = await handle.query(statusQuery).then(
        (s) => s.counts.syncs > a.syncs && s.state === 'ACTIVE',
        () => false,
      );
      if (!synced) await sleep(500);
    }
    if (!synced) {
      ctx.log(`account ${id}: the feed did not sync again after Mono's data moved`);
      failed.push(id);
    }
  }
  const servedBefore = new Map([...after].map(([id, a]) => [id, a.servedBefore]));
  return { succeeded: live.length - failed.length, failed, syncedAgain: moved.length, servedBefore };
}

async function waitSandboxWebhooks(sandbox: Sandbox, deadline: number): Promise<void> {
  while (sandbox.counters().webhooks.pending > 0 && Date.now() < deadline) await sleep(500);
}

export async function verifyRun(ctx: RunContext, finals: FinalSync): Promise<RunResult> {
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
  // The store must equal what Mono served when the final sync began, or what it serves now (the feed synced again
  // since): new activity after a sync is not a loss, while anything a sync should have read is.
  const served = (id: string) => [finals.servedBefore.get(id), sandbox.truth(id)].filter((t) => t !== undefined);
  const viewNames = (id: string) => [
    ...(finals.servedBefore.has(id) ? ['served before the final sync'] : []),
    'served now',
  ];
  for (const id of live) {
    const candidates = await Promise.all(served(id).map((t) => compareAccount(db, id, t)));
    const wrong = (x: (typeof candidates)[number]) => x.missing + x.duplicated + x.unexpected + x.repeatedIds;
    // With no exact match, the closest view is counted: its differences are the store's, not Mono's newer activity.
    const c = candidates.reduce((best, x) => (wrong(x) < wrong(best) ? x : best));
    txns.expected += c.expected;
    txns.stored += c.stored;
    txns.missing += c.missing;
    txns.duplicated += c.duplicated;
    txns.unexpected += c.unexpected;
    txns.repeatedIds += c.repeatedIds;
    if (wrong(c) > 0)
      ctx.log(`account ${id}: ${candidates.map((x, i) => `${viewNames(id)[i]} ${JSON.stringify(x)}`).join('; ')}`);
  }
  // The stored balance follows every sync: after the final one it is the bank's (newest running balance).
  let balancesChecked = 0;
  let balancesStale = 0;
  for (const id of live) {
    const balances = served(id)
      .filter((t) => t.length > 0)
      .map((t) => t[t.length - 1]!.balance);
    if (balances.length === 0) continue;
    const row = await db.selectFrom('accounts').select('balance_minor').where('id', '=', id).executeTakeFirst();
    balancesChecked++;
    if (row?.balance_minor === null || !balances.includes(Number(row?.balance_minor))) {
      balancesStale++;
      ctx.log(`account ${id}: stored balance ${row?.balance_minor} ≠ Mono's ${balances.join(' or ')}`);
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
    const handle = ctx.client.workflow.getHandle(accountFeedWorkflowId(id));
    const d = await handle.describe();
    if (d.status.name === 'COMPLETED') unlinked.ended++;
    else {
      // Named with what it was doing, so a feed that did not end can be read in its history after the run.
      const state = await handle.query(statusQuery).then(
        (st) => st.state,
        () => 'no answer',
      );
      ctx.log(
        `account ${id}: unlinked at the sandbox, its feed still ${d.status.name} (state ${state}); see its history: temporal workflow show -w ${accountFeedWorkflowId(id)}`,
      );
    }
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

  // Per account: every wait of the feed the completer ended (it completes only a link the feed itself is waiting
  // on) must have been counted by the feed. A feed that ignores account_reauthorized counts nothing and fails here.
  let handled = 0;
  let unhandled = 0;
  for (const id of [...ctx.mfaIds, ...ctx.reauthIds]) {
    let n = 0;
    try {
      n = (await ctx.client.workflow.getHandle(accountFeedWorkflowId(id)).query(statusQuery)).counts.reauthorisations;
    } catch {
      /* a feed that cannot answer handled nothing we can see */
    }
    handled += n;
    const completed = ctx.reauth.completedBy.get(id) ?? 0;
    if (n < completed) {
      unhandled += completed - n;
      ctx.log(`account ${id}: re-authorised at the sandbox ${completed} time(s) while its feed waited; counted ${n}`);
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
    reauth: { completed: ctx.reauth.completed, handled, unhandled },
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
    result.reauth.unhandled === 0 &&
    outbox.pending === 0 &&
    outbox.processedTwice === 0 &&
    outbox.lostInFeeds === 0;
  return result;
}
