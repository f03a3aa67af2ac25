import type { Kysely } from 'kysely';
import {
  recordAccountRelinkedByConnection,
  recordAccountRelinkEnded,
  recordBankReauthRequired,
} from './account-repository.js';
import type { Database } from './schema.js';

/** A webhook as the receiver commits it to the outbox. */
export interface NewWebhookEvent {
  key: string;
  event: string;
  accountId: string | null;
  /** The redacted body (audit and replay). */
  body: string;
  /** What the relay hands to the account's feed (JSON), or null when the event is for no feed. */
  feedEvent: string | null;
  now: string;
  /** Mono says the account's bank wants re-authorisation (recorded on the account with the event). */
  bankReauthRequired?: boolean;
}

const MAX_ROWS_PER_INSERT = 400;

/**
 * Commits a batch of deliveries in one transaction (one fsync for many requests: group commit) and says, per key,
 * whether it was new. A duplicate (same event key) is dropped by the unique constraint, not by a prior read, so two
 * concurrent deliveries of one event cannot both win.
 */
export async function recordWebhookEvents(db: Kysely<Database>, events: NewWebhookEvent[]): Promise<Set<string>> {
  const inserted = new Set<string>();
  if (events.length === 0) return inserted;
  await db.transaction().execute(async (tx) => {
    for (let i = 0; i < events.length; i += MAX_ROWS_PER_INSERT) {
      const rows = await tx
        .insertInto('webhook_events')
        .values(
          events.slice(i, i + MAX_ROWS_PER_INSERT).map((e) => ({
            event_key: e.key,
            event: e.event,
            account_id: e.accountId,
            received_at: e.now,
            status: 'received',
            handed_off_at: null,
            body: e.body,
            feed_event: e.feedEvent,
          })),
        )
        .onConflict((oc) => oc.column('event_key').doNothing())
        .returning('event_key')
        .execute();
      for (const r of rows) inserted.add(r.event_key);
    }
    // On record from the moment Mono's 200 goes back, not from when the relay signals the feed: an activity starting
    // in between finds it and makes no bank call. A redelivery (not new) records nothing.
    for (const e of events)
      if (e.bankReauthRequired && e.accountId && inserted.has(e.key))
        await recordBankReauthRequired(tx, e.accountId, e.now);
  });
  return inserted;
}

export interface PendingWebhookEvent {
  id: number;
  key: string;
  accountId: string | null;
  feedEvent: string | null;
  /** The account's state when it is on record (an unlinked account's feed has ended). */
  accountState: string | null;
  /** When the account was last unlinked, when it is on record. */
  accountUnlinkedAt: string | null;
  /** When a person last linked the account on record again from a widget code (its feed started directly). */
  accountRelinkedAt: string | null;
  receivedAt: string;
}

/** The oldest events not yet handed off, in commit order, skipping accounts the relay is backing off from. */
export async function pendingWebhookEvents(
  db: Kysely<Database>,
  opts: { limit: number; skipAccounts?: readonly string[] },
): Promise<PendingWebhookEvent[]> {
  let q = db
    .selectFrom('webhook_events as w')
    .leftJoin('accounts as a', 'a.id', 'w.account_id')
    .select([
      'w.id',
      'w.event_key',
      'w.account_id',
      'w.feed_event',
      'w.received_at',
      'a.state as account_state',
      'a.unlinked_at as account_unlinked_at',
      'a.relinked_at as account_relinked_at',
    ])
    .where('w.status', '=', 'received')
    .orderBy('w.id')
    .limit(opts.limit);
  if (opts.skipAccounts && opts.skipAccounts.length > 0) {
    const skip = [...opts.skipAccounts];
    q = q.where((eb) => eb.or([eb('w.account_id', 'is', null), eb('w.account_id', 'not in', skip)]));
  }
  const rows = await q.execute();
  return rows.map((r) => ({
    id: Number(r.id),
    key: r.event_key,
    accountId: r.account_id,
    feedEvent: r.feed_event,
    accountState: r.account_state ?? null,
    accountUnlinkedAt: r.account_unlinked_at ?? null,
    accountRelinkedAt: r.account_relinked_at ?? null,
    receivedAt: r.received_at,
  }));
}

/**
 * What the relay decided for an event: 'signalled' to a feed, 'ignored' (no feed to hand it to), or 'unknown-account'
 * (for an account neither on record nor known to Mono: kept, nothing started).
 */
export type RelayOutcome = 'signalled' | 'ignored' | 'unknown-account';

/** Marks events handed off with their outcome. */
export async function markWebhookEventsHandedOff(
  db: Kysely<Database>,
  ids: readonly number[],
  outcome: RelayOutcome,
  now: string,
): Promise<void> {
  for (let i = 0; i < ids.length; i += 500) {
    await db
      .updateTable('webhook_events')
      .set({ status: 'handed_off', handed_off_at: now, relay_outcome: outcome, relay_error: null })
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
  }
}

/**
 * What a round's hand-off changed about the link of an account recorded UNLINKED: a new connection went to its feed
 * (`relinkedAt`, recordAccountRelinkedByConnection), or an unlink ended the relink recorded at `relinkEnded`
 * (recordAccountRelinkEnded).
 */
export type RelayLinkNote = { accountId: string; relinkedAt: string } | { accountId: string; relinkEnded: string };

/**
 * Marks a relay round's events handed off, and notes its failed hand-offs and the links they changed, only while
 * `holder` still holds the outbox lease, in one transaction that first renews the lease (its first statement takes
 * the lease row's write lock, so no other relay can take the lease until the marks commit). False, with nothing
 * written, when another relay has taken it: the events stay pending for the new holder, which hands them off again
 * (the feed drops the repeated keys) and notes their links then, and a hand-off the lost lease cut short is no
 * failure to note on them. An expired lease nobody took is still ours, as in acquireOutboxLease.
 */
export async function markHandedOffWhileLeased(
  db: Kysely<Database>,
  lease: { name: string; holder: string; expiresAt: string },
  marks: ReadonlyArray<{ outcome: RelayOutcome; ids: readonly number[] }>,
  now: string,
  failures: ReadonlyArray<{ ids: readonly number[]; error: string }> = [],
  links: readonly RelayLinkNote[] = [],
): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    const renewed = await tx
      .updateTable('outbox_leases')
      .set({ expires_at: lease.expiresAt })
      .where('name', '=', lease.name)
      .where('holder', '=', lease.holder)
      .executeTakeFirst();
    if (Number(renewed.numUpdatedRows) === 0) return false;
    for (const m of marks) if (m.ids.length > 0) await markWebhookEventsHandedOff(tx, m.ids, m.outcome, now);
    for (const f of failures) await recordWebhookRelayFailure(tx, f.ids, f.error);
    for (const l of links) {
      if ('relinkedAt' in l) await recordAccountRelinkedByConnection(tx, l.accountId, l.relinkedAt);
      else await recordAccountRelinkEnded(tx, l.accountId, l.relinkEnded);
    }
    return true;
  });
}

/** Notes a failed hand-off attempt; the events stay pending. */
export async function recordWebhookRelayFailure(
  db: Kysely<Database>,
  ids: readonly number[],
  error: string,
): Promise<void> {
  for (let i = 0; i < ids.length; i += 500) {
    await db
      .updateTable('webhook_events')
      .set((eb) => ({ relay_attempts: eb('relay_attempts', '+', 1), relay_error: error.slice(0, 500) }))
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
  }
}

/**
 * Takes or renews the named lease for `holder` until `expiresAt`; true when `holder` has it. One statement: the row
 * changes hands only when its holder is the caller or its lease ran out, so two processes cannot both hold it.
 */
export async function acquireOutboxLease(
  db: Kysely<Database>,
  lease: { name: string; holder: string; now: string; expiresAt: string },
): Promise<boolean> {
  await db
    .insertInto('outbox_leases')
    .values({ name: lease.name, holder: lease.holder, expires_at: lease.expiresAt })
    .onConflict((oc) =>
      oc
        .column('name')
        .doUpdateSet({ holder: lease.holder, expires_at: lease.expiresAt })
        .where((eb) =>
          eb.or([eb('outbox_leases.holder', '=', lease.holder), eb('outbox_leases.expires_at', '<', lease.now)]),
        ),
    )
    .execute();
  const row = await db.selectFrom('outbox_leases').select('holder').where('name', '=', lease.name).executeTakeFirst();
  return row?.holder === lease.holder;
}

/** Gives the lease up (on shutdown) so another process need not wait for it to expire. */
export async function releaseOutboxLease(db: Kysely<Database>, name: string, holder: string): Promise<void> {
  await db.deleteFrom('outbox_leases').where('name', '=', name).where('holder', '=', holder).execute();
}

/** Outbox depth: events waiting for the relay and when the oldest of them was received. */
export async function outboxBacklog(
  db: Kysely<Database>,
): Promise<{ pending: number; oldestReceivedAt: string | null }> {
  const r = await db
    .selectFrom('webhook_events')
    .select([(eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.min('received_at').as('oldest')])
    .where('status', '=', 'received')
    .executeTakeFirstOrThrow();
  return { pending: Number(r.n), oldestReceivedAt: (r.oldest as string | null) ?? null };
}

export async function countWebhookEvents(db: Kysely<Database>): Promise<{ received: number; handedOff: number }> {
  const rows = await db
    .selectFrom('webhook_events')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute();
  const get = (s: string) => Number(rows.find((r) => r.status === s)?.n ?? 0);
  return { received: get('received'), handedOff: get('handed_off') };
}

/** Seconds between receipt and hand-off over the events handed off since `sinceIso` (for the webhook bench). */
export async function handOffDelays(db: Kysely<Database>, sinceIso: string): Promise<number[]> {
  const rows = await db
    .selectFrom('webhook_events')
    .select(['received_at', 'handed_off_at'])
    .where('status', '=', 'handed_off')
    .where('received_at', '>=', sinceIso)
    .execute();
  return rows.map((r) => (Date.parse(r.handed_off_at!) - Date.parse(r.received_at)) / 1000);
}
