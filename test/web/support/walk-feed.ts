/**
 * What the month walks share (walk-s31-accra, walk-s31b-lagos): the bank lines a feed would have stored, with the
 * running balance the bank reports, and the walk's clock put back on what a run stamps with the machine's.
 */
import { MockActivityEnvironment } from '@temporalio/testing';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { createReconcileActivities, type ReconcileActivities } from '../../../activities/reconcile-activities.js';
import type { LedgerConfig } from '../../../adapters/ledger/config.js';
import { createWebApp } from '../../../web/app.js';
import { addPeople } from './harness.js';
import { sql } from 'kysely';
import type { TestDb } from '../../support/databases.js';

/** The walk's linked account, synced through 2 November (October's lines in), as the feed leaves it. */
export async function seedWalkAccount(
  db: TestDb,
  a: { id: string; name: string; currency: string; timezone: string; institution: string; lastSyncedAt: string },
): Promise<void> {
  await db.db
    .insertInto('accounts')
    .values({
      id: a.id,
      name: a.name,
      currency: a.currency,
      timezone: a.timezone,
      state: 'ACTIVE',
      linked_at: '2026-10-01T06:00:00.000Z',
      updated_at: '2026-10-01T06:00:00.000Z',
    })
    .execute();
  await db.db
    .updateTable('accounts')
    .set({ institution_name: a.institution, synced_through: '2026-11-02', last_synced_at: a.lastSyncedAt })
    .where('id', '=', a.id)
    .execute();
}

/** A bank statement line as a walk writes it. */
export interface Line {
  date: string;
  amountMinor: number;
  narration: string;
  counterpartyName?: string | null;
  reference?: string | null;
}

/**
 * Stores lines as the feed would for one account, in order, each with the bank's running balance from `opening`;
 * ids are `<prefix>-<n>`, booked at `bookedAt` (a time of day, UTC) on their date.
 */
export function lineFeeder(
  db: TestDb,
  account: { id: string; currency: string; prefix: string; opening: number; bookedAt: string },
) {
  let seq = 0;
  let running = account.opening;
  return async (lines: readonly Line[], now: Date): Promise<number[]> => {
    const ids: number[] = [];
    for (const l of lines) {
      seq++;
      running += l.amountMinor;
      const at = now.toISOString();
      const row = await db.db
        .insertInto('bank_transactions')
        .values({
          account_id: account.id,
          provider_txn_id: `${account.prefix}-${seq}`,
          fingerprint: `${account.prefix}-fp-${seq}`,
          amount_minor: l.amountMinor,
          currency: account.currency,
          direction: l.amountMinor >= 0 ? 'credit' : 'debit',
          business_date: l.date,
          booked_at: `${l.date}T${account.bookedAt}.000Z`,
          narration: l.narration,
          reference: l.reference ?? null,
          counterparty_name: l.counterpartyName ?? null,
          balance_minor: running,
          status: 'posted',
          first_seen_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.push(Number(row.id));
    }
    return ids;
  };
}

/**
 * A run stamps what it stores with the machine's clock; every later time is put back to the walk's, so that nothing
 * looks recorded after a statement the walk signed earlier (in production the two clocks are one).
 */
export async function atTheWalksClock(db: TestDb, now: Date): Promise<void> {
  const at = now.toISOString();
  const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(db.db);
  for (const { name } of tables.rows) {
    if (name.startsWith('sqlite_') || name === 'bank_transactions') continue;
    const cols = await sql<{ name: string }>`select name from pragma_table_info(${name})`.execute(db.db);
    for (const c of cols.rows)
      if (c.name === 'at' || c.name.endsWith('_at'))
        await sql`update ${sql.table(name)} set ${sql.ref(c.name)} = ${at} where ${sql.ref(c.name)} > ${at}`.execute(
          db.db,
        );
  }
}

/** One run of the account's feed reconciliation, as a sync or Run does (`reconcileAccountFeed`), at the walk's clock. */
export async function runFeed(
  db: TestDb,
  acts: Pick<ReconcileActivities, 'reconcileAccountFeed'>,
  accountId: string,
  now: Date,
): Promise<void> {
  await new MockActivityEnvironment().run(acts.reconcileAccountFeed, { accountId, trigger: 'manual' as const });
  await atTheWalksClock(db, now);
}

/** The account's feed synced through `day` (its lines to then all in), as of the walk's clock. */
export async function markSynced(db: TestDb, accountId: string, day: string, now: Date): Promise<void> {
  await db.db
    .updateTable('accounts')
    .set({ synced_through: day, last_synced_at: now.toISOString() })
    .where('id', '=', accountId)
    .execute();
}

type MatchOptionsGiven = Parameters<typeof createReconcileActivities>[0]['matchOptions'];

/** The running product of a walk against an accounting system's fake: the web app, the feed's runs and the clock. */
export interface WalkStack {
  app: FastifyInstance;
  /** the walk's bank lines, in the order stored */
  bank: number[];
  /** the walk's clock set to `iso` */
  at(iso: string): void;
  /** one feed reconciliation run at the walk's clock */
  run(): Promise<void>;
  /** the run's activities made again (a worker restarted, or the ledger configuration changed) */
  restart(): void;
  lines(lines: readonly Line[]): Promise<number[]>;
  synced(day: string): Promise<void>;
  /** the app, then `closeAlso` (the fake and its environment), then the database */
  close(): Promise<void>;
}

/**
 * The web app and the reconcile activities over one walk account, on one clock starting at `start`, as the walks of
 * Zoho, Xero and QuickBooks (walk-s32-*) and the Lagos walk build them; `config` is read each time the activities are
 * made, so a walk may change its ledger configuration and restart.
 */
export async function walkStack(
  db: TestDb,
  o: {
    accountId: string;
    start: string;
    dataDir: string;
    config: () => LedgerConfig;
    matching: MatchOptionsGiven;
    people: Parameters<typeof addPeople>[1];
    feed: ReturnType<typeof lineFeeder>;
    closeAlso: () => Promise<void>;
  },
): Promise<WalkStack> {
  let now = new Date(o.start);
  const activities = () =>
    createReconcileActivities({
      db: db.db,
      logger: pino({ level: 'silent' }),
      dataDir: o.dataDir,
      ledger: { config: o.config(), baseDir: o.dataDir },
      clock: () => now,
      matchOptions: o.matching,
    });
  let acts = activities();
  await addPeople(db, o.people);
  const app = await createWebApp({ db: db.db, now: () => now, matching: o.matching });
  const bank: number[] = [];
  return {
    app,
    bank,
    at(iso) {
      now = new Date(iso);
    },
    async run() {
      await runFeed(db, acts, o.accountId, now);
    },
    restart() {
      acts = activities();
    },
    async lines(lines) {
      const ids = await o.feed(lines, now);
      bank.push(...ids);
      return ids;
    },
    async synced(day) {
      await markSynced(db, o.accountId, day, now);
    },
    async close() {
      await app.close();
      await o.closeAlso();
      await db.dispose();
    },
  };
}
