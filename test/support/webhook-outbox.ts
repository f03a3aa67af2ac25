import { Client, Connection, type WorkflowClientInterceptor } from '@temporalio/client';
import type { Kysely } from 'kysely';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { updateAccount, upsertAccount } from '../../db/account-repository.js';
import type { Database } from '../../db/schema.js';
import { openSqliteTestDb, type TestDb } from './databases.js';
import { pendingWebhookEvents, recordWebhookEvents } from '../../db/webhook-event-repository.js';
import { createLogger } from '../../worker/logger.js';
import { startWebhookRelay, type WebhookRelay, type WebhookRelayOptions } from '../../worker/webhook-relay.js';
import {
  accountFeedWorkflowId,
  unpackFeedEvents,
  type FeedEvent,
  type FeedEventBatch,
} from '../../workflows/messages.js';

// The set-up the webhook outbox and relay tests share: a client of the tests' Temporal server, accounts on record,
// events committed to the outbox, and the signals a feed's history shows. No worker polls the tests' task queues,
// so a feed's history is exactly the signals the relay sent.

/** Mono's account_updated webhook for `account`, as the receiver takes it (a JSON body once stringified). */
export function accountUpdatedWebhook(key: string, account: string, hasNewData = true) {
  return {
    event: 'mono.events.account_updated',
    event_id: key,
    data: { account: { _id: account }, meta: { data_status: 'AVAILABLE', has_new_data: hasNewData } },
  };
}

/** A client of the Temporal server the test run started (test/setup/global-temporal.ts). */
export async function connectTestTemporal(
  interceptors: WorkflowClientInterceptor[] = [],
): Promise<{ connection: Connection; client: Client }> {
  const connection = await Connection.connect({ address: inject('temporalAddress') });
  const client = new Client({
    connection,
    namespace: inject('temporalNamespace'),
    ...(interceptors.length > 0 ? { interceptors: { workflow: interceptors } } : {}),
  });
  return { connection, client };
}

/** Puts an account on record as linking it does (the relay hands a known account's events on without asking Mono). */
export async function accountOnRecord(db: Kysely<Database>, id: string, name: string, at = new Date().toISOString()) {
  await upsertAccount(
    db,
    {
      id,
      name,
      institutionName: null,
      institutionCode: null,
      accountNumberMasked: null,
      currency: 'NGN',
      timezone: 'Africa/Lagos',
      accountType: null,
      customerId: null,
      dataStatus: 'AVAILABLE',
      balanceMinor: null,
      balanceAsOf: null,
    },
    at,
  );
}

/**
 * Commits feed events for one account to the outbox, as the receiver does; received now, or at `receivedAt` (a
 * webhook received earlier that reaches the outbox only now).
 */
export async function commitFeedEvents(
  db: Kysely<Database>,
  accountId: string,
  events: FeedEvent[],
  receivedAt?: string,
): Promise<void> {
  await recordWebhookEvents(
    db,
    events.map((e) => ({
      key: e.key,
      event: `mono.events.${e.type}`,
      accountId,
      body: '{}',
      feedEvent: JSON.stringify(e),
      now: receivedAt ?? new Date().toISOString(),
    })),
  );
}

/** Mono's account_updated with new data, as a feed event. */
export const accountUpdatedEvent = (key: string): FeedEvent => ({
  key,
  type: 'account_updated',
  dataStatus: 'AVAILABLE',
  syncStatus: null,
  hasNewData: true,
  jobId: null,
});

/** Puts on record an account whose feed ended at an unlink recorded at `at`. */
export async function unlinkedAccountOnRecord(
  db: Kysely<Database>,
  id: string,
  name: string,
  at = new Date().toISOString(),
): Promise<void> {
  await accountOnRecord(db, id, name, at);
  await updateAccount(db, id, { state: 'UNLINKED', unlinked_at: at });
}

/** The account's committed events with the relay's outcome for each, in commit order. */
export async function relayOutcomes(db: Kysely<Database>, accountId: string) {
  return db
    .selectFrom('webhook_events')
    .select(['event_key', 'relay_outcome'])
    .where('account_id', '=', accountId)
    .orderBy('id')
    .execute();
}

/** The signals in the account's feed history, in order: each signal's name and the events it carried. */
export async function feedSignals(
  client: Client,
  accountId: string,
): Promise<Array<{ name: string; events: FeedEvent[] }>> {
  const history = await client.workflow.getHandle(accountFeedWorkflowId(accountId)).fetchHistory();
  const out: Array<{ name: string; events: FeedEvent[] }> = [];
  for (const e of history.events ?? []) {
    const s = e.workflowExecutionSignaledEventAttributes;
    if (!s) continue;
    const data = s.input?.payloads?.[0]?.data;
    out.push({
      name: s.signalName ?? '',
      events: data ? unpackFeedEvents(JSON.parse(Buffer.from(data).toString('utf8')) as FeedEventBatch) : [],
    });
  }
  return out;
}

/** The event keys the account's feed was signalled with, in history order. */
export async function signalledKeys(client: Client, accountId: string): Promise<string[]> {
  return (await feedSignals(client, accountId)).flatMap((s) => s.events.map((e) => e.key));
}

/** True once the relay has handed off every committed event. */
export async function outboxDrained(db: Kysely<Database>): Promise<boolean> {
  return (await pendingWebhookEvents(db, { limit: 1 })).length === 0;
}

/** Ends the feeds a test started (a feed never started is no error). */
export async function terminateFeeds(client: Client | undefined, accountIds: readonly string[]): Promise<void> {
  for (const id of accountIds)
    await client?.workflow
      .getHandle(accountFeedWorkflowId(id))
      .terminate('test over')
      .catch(() => undefined);
}

export interface RelayTestDb {
  /** A client of the tests' Temporal server; set before this file's tests. */
  readonly client: Client;
  /** A fresh SQLite test database; set before this file's tests. */
  readonly db: TestDb;
  /** Accounts whose feeds end after this file's tests. */
  readonly accounts: string[];
  /** A relay over the test database that hands off through the client, logging nothing. */
  startRelay(o: Omit<WebhookRelayOptions, 'db' | 'temporal' | 'logger'>): WebhookRelay;
}

/**
 * Before this file's tests, a client of the tests' Temporal server and a fresh SQLite test database; after them all,
 * the accounts' feeds ended, the database disposed of and the connection closed.
 */
export function useRelayTestDb(): RelayTestDb {
  let connection: Connection | undefined;
  let client: Client | undefined;
  let db: TestDb | undefined;
  const accounts: string[] = [];
  const logger = createLogger({ silent: true });
  beforeAll(async () => {
    ({ connection, client } = await connectTestTemporal());
    db = await openSqliteTestDb();
  });
  afterAll(async () => {
    await terminateFeeds(client, accounts);
    await db?.dispose();
    await connection?.close();
  });
  return {
    get client() {
      if (!client) throw new Error('the Temporal client is set in beforeAll');
      return client;
    },
    get db() {
      if (!db) throw new Error('the test database is set in beforeAll');
      return db;
    },
    accounts,
    startRelay(o) {
      return startWebhookRelay({ db: this.db.db, temporal: () => client ?? null, logger, ...o });
    },
  };
}

export interface GatedTemporal {
  /** The client, its signal-with-start calls held at the gate; set before this file's tests. */
  readonly client: Client;
  /** Accounts whose feeds end after this file's tests. */
  readonly accounts: string[];
  /** Holds the signal-with-start calls for `workflowId`; resolves once one of them waits at the gate. */
  hold(workflowId: string): Promise<void>;
  /** Lets the waiting call through and holds no more. */
  open(): void;
  /** A relay over `db` that hands off through this client, logging nothing unless given a logger. */
  startRelay(
    db: Kysely<Database>,
    o: Pick<WebhookRelayOptions, 'taskQueue' | 'leaseMs' | 'concurrency'> &
      Partial<Pick<WebhookRelayOptions, 'logger'>>,
  ): WebhookRelay;
}

/**
 * A client of the tests' Temporal server whose signal-with-start calls wait, for the workflow ids a test holds, until
 * the test opens the gate: a relay's hand-off stalled where the test wants it. Connects before this file's tests,
 * holds nothing after each, and ends the accounts' feeds and closes after them all.
 */
export function useGatedTemporal(): GatedTemporal {
  const gated = new Set<string>();
  let entered: (() => void) | null = null;
  let openGate: (() => void) | null = null;
  const gate: WorkflowClientInterceptor = {
    async signalWithStart(input, next) {
      if (gated.has(input.options.workflowId)) {
        await new Promise<void>((resolve) => {
          openGate = resolve;
          entered?.();
        });
      }
      return next(input);
    },
  };
  let connection: Connection | undefined;
  let client: Client | undefined;
  const accounts: string[] = [];
  const logger = createLogger({ silent: true });
  beforeAll(async () => {
    ({ connection, client } = await connectTestTemporal([gate]));
  });
  afterEach(() => gated.clear());
  afterAll(async () => {
    await terminateFeeds(client, accounts);
    await connection?.close();
  });
  return {
    get client() {
      if (!client) throw new Error('the gated Temporal client is set in beforeAll');
      return client;
    },
    accounts,
    hold(workflowId) {
      gated.add(workflowId);
      return new Promise<void>((r) => (entered = r));
    },
    open() {
      gated.clear();
      openGate?.();
    },
    startRelay(db, o) {
      return startWebhookRelay({ db, temporal: () => client ?? null, logger, ...o });
    },
  };
}
