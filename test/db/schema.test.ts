import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Kysely, Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest, openDb } from '../../db/connection.js';
import { migrations } from '../../db/migrations/index.js';
import type { Database, NewBankTransaction } from '../../db/schema.js';
import { databaseKinds, type TestDb } from '../support/databases.js';

// Constraint failures as each driver words them: the test asserts the kind, on both databases.
const VIOLATION = {
  unique: /UNIQUE constraint failed|duplicate key value violates unique constraint/,
  check: /CHECK constraint failed|violates check constraint/,
  foreignKey: /FOREIGN KEY constraint failed|violates foreign key constraint/,
  notNull: /NOT NULL constraint failed|violates not-null constraint/,
};

const NOW = '2024-03-01T23:30:00.123Z';
let seq = 0;
const uid = (p: string) => `${p}_${process.pid}_${++seq}`;

async function addAccount(db: Kysely<Database>, id = uid('acc')): Promise<string> {
  await db
    .insertInto('accounts')
    .values({
      id,
      name: 'Operating account',
      currency: 'NGN',
      timezone: 'Africa/Lagos',
      state: 'ACTIVE',
      linked_at: NOW,
      updated_at: NOW,
    })
    .execute();
  return id;
}

function bankLine(accountId: string, over: Partial<NewBankTransaction> = {}): NewBankTransaction {
  return {
    account_id: accountId,
    provider_txn_id: uid('txn'),
    fingerprint: uid('fp'),
    amount_minor: -147085,
    currency: 'NGN',
    direction: 'debit',
    business_date: '2024-03-02',
    booked_at: NOW,
    narration: 'TRANSFER TO ADEBAYO',
    status: 'posted',
    first_seen_at: NOW,
    updated_at: NOW,
    ...over,
  };
}

async function insertLine(db: Kysely<Database>, line: NewBankTransaction): Promise<number> {
  const row = await db.insertInto('bank_transactions').values(line).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

const EXPECTED_TABLES = [
  'accounts',
  'bank_transactions',
  'bank_transaction_aliases',
  'ledger_imports',
  'ledger_entries',
  'reconcile_runs',
  'match_groups',
  'match_items',
  'sync_runs',
  'webhook_events',
  'audit_log',
];

const kinds = await databaseKinds();

describe.each(kinds)('schema on $name', ({ name, open }) => {
  let h: TestDb;
  beforeAll(async () => {
    h = await open();
  });
  afterAll(async () => {
    await h?.dispose();
  });

  describe('migrations', () => {
    it('create every table and record every migration', async () => {
      const tables = (await h.db.introspection.getTables()).map((t) => t.name);
      for (const t of EXPECTED_TABLES) expect(tables).toContain(t);
      const migrator = new Migrator({ db: h.db, provider: { getMigrations: async () => migrations } });
      const status = await migrator.getMigrations();
      expect(status.map((m) => m.name)).toEqual(Object.keys(migrations));
      for (const m of status) expect(m.executedAt, m.name).toBeInstanceOf(Date);
    });

    it('re-run is a no-op that keeps the data', async () => {
      const acc = await addAccount(h.db);
      await migrateToLatest(h.db);
      const migrator = new Migrator({ db: h.db, provider: { getMigrations: async () => migrations } });
      const { error, results } = await migrator.migrateToLatest();
      expect(error).toBeUndefined();
      expect(results).toEqual([]);
      expect(await h.db.selectFrom('accounts').select('id').where('id', '=', acc).execute()).toEqual([{ id: acc }]);
    });
  });

  describe('bank_transactions invariants', () => {
    it('one row per (account_id, provider_txn_id); the same provider id in another account is fine', async () => {
      const a = await addAccount(h.db);
      const b = await addAccount(h.db);
      await insertLine(h.db, bankLine(a, { provider_txn_id: 'txn_1' }));
      await expect(insertLine(h.db, bankLine(a, { provider_txn_id: 'txn_1' }))).rejects.toThrow(VIOLATION.unique);
      await insertLine(h.db, bankLine(b, { provider_txn_id: 'txn_1' }));
      const count = await h.db
        .selectFrom('bank_transactions')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('provider_txn_id', '=', 'txn_1')
        .where('account_id', 'in', [a, b])
        .executeTakeFirstOrThrow();
      expect(count.n).toBe(2);
    });

    it('the sign of the amount agrees with the direction', async () => {
      const acc = await addAccount(h.db);
      await insertLine(h.db, bankLine(acc, { direction: 'credit', amount_minor: 500 }));
      await insertLine(h.db, bankLine(acc, { direction: 'debit', amount_minor: -500 }));
      await insertLine(h.db, bankLine(acc, { direction: 'credit', amount_minor: 0 }));
      await expect(insertLine(h.db, bankLine(acc, { direction: 'debit', amount_minor: 147085 }))).rejects.toThrow(
        VIOLATION.check,
      );
      await expect(insertLine(h.db, bankLine(acc, { direction: 'credit', amount_minor: -1 }))).rejects.toThrow(
        VIOLATION.check,
      );
      await expect(insertLine(h.db, bankLine(acc, { direction: 'sideways' }))).rejects.toThrow(VIOLATION.check);
      await expect(insertLine(h.db, bankLine(acc, { status: 'maybe' }))).rejects.toThrow(VIOLATION.check);
    });

    it('needs an existing account, and an account with lines cannot be deleted', async () => {
      await expect(insertLine(h.db, bankLine('acc_that_does_not_exist'))).rejects.toThrow(VIOLATION.foreignKey);
      const acc = await addAccount(h.db);
      await insertLine(h.db, bankLine(acc));
      await expect(h.db.deleteFrom('accounts').where('id', '=', acc).execute()).rejects.toThrow(VIOLATION.foreignKey);
    });

    it('aliases point at a stored line, once per provider id', async () => {
      const acc = await addAccount(h.db);
      const id = await insertLine(h.db, bankLine(acc));
      await h.db
        .insertInto('bank_transaction_aliases')
        .values({ account_id: acc, provider_txn_id: 'old', transaction_id: id, seen_at: NOW })
        .execute();
      await expect(
        h.db
          .insertInto('bank_transaction_aliases')
          .values({ account_id: acc, provider_txn_id: 'old', transaction_id: id, seen_at: NOW })
          .execute(),
      ).rejects.toThrow(VIOLATION.unique);
      await expect(
        h.db
          .insertInto('bank_transaction_aliases')
          .values({ account_id: acc, provider_txn_id: 'new', transaction_id: 987_654_321, seen_at: NOW })
          .execute(),
      ).rejects.toThrow(VIOLATION.foreignKey);
    });

    it('required fields are required', async () => {
      const acc = await addAccount(h.db);
      const { narration: _n, ...withoutNarration } = bankLine(acc);
      await expect(
        h.db
          .insertInto('bank_transactions')
          .values(withoutNarration as NewBankTransaction)
          .execute(),
      ).rejects.toThrow(VIOLATION.notNull);
    });

    it('a failing row rolls back its whole batch: nothing half-written', async () => {
      const acc = await addAccount(h.db);
      await expect(
        h.db.transaction().execute(async (trx) => {
          await insertLine(trx, bankLine(acc, { provider_txn_id: 'batch_1' }));
          await insertLine(trx, bankLine(acc, { provider_txn_id: 'batch_1' }));
        }),
      ).rejects.toThrow(VIOLATION.unique);
      expect(await h.db.selectFrom('bank_transactions').select('id').where('account_id', '=', acc).execute()).toEqual(
        [],
      );
    });
  });

  describe('other invariants', () => {
    it('a webhook event key is recorded once', async () => {
      const row = {
        event_key: uid('evt'),
        event: 'mono.events.account_updated',
        received_at: NOW,
        status: 'received',
        body: '{}',
      };
      await h.db.insertInto('webhook_events').values(row).execute();
      await expect(h.db.insertInto('webhook_events').values(row).execute()).rejects.toThrow(VIOLATION.unique);
      await expect(
        h.db
          .insertInto('webhook_events')
          .values({ ...row, event_key: uid('evt'), status: 'lost' })
          .execute(),
      ).rejects.toThrow(VIOLATION.check);
    });

    it('a ledger file is imported once per source (unique file hash), and entries once per external id', async () => {
      const source = uid('src');
      const imp = {
        source_id: source,
        file_name: 'ledger.csv',
        file_hash: 'sha256:abc',
        row_count: 3,
        imported_at: NOW,
      };
      const { id: importId } = await h.db
        .insertInto('ledger_imports')
        .values(imp)
        .returning('id')
        .executeTakeFirstOrThrow();
      await expect(
        h.db
          .insertInto('ledger_imports')
          .values({ ...imp, file_name: 'renamed.csv' })
          .execute(),
      ).rejects.toThrow(VIOLATION.unique);
      await h.db
        .insertInto('ledger_imports')
        .values({ ...imp, source_id: uid('src') })
        .execute();

      const entry = {
        source_id: source,
        external_id: 'JE-1',
        entry_date: '2024-03-01',
        amount_minor: 147085,
        currency: 'NGN',
        status: 'open',
        row_fingerprint: 'rf',
        import_id: importId,
        created_at: NOW,
        updated_at: NOW,
      };
      await h.db.insertInto('ledger_entries').values(entry).execute();
      await expect(h.db.insertInto('ledger_entries').values(entry).execute()).rejects.toThrow(VIOLATION.unique);
      await expect(
        h.db
          .insertInto('ledger_entries')
          .values({ ...entry, external_id: 'JE-2', import_id: 987_654_321 })
          .execute(),
      ).rejects.toThrow(VIOLATION.foreignKey);
      await expect(
        h.db
          .insertInto('ledger_entries')
          .values({ ...entry, external_id: 'JE-3', status: 'paid' })
          .execute(),
      ).rejects.toThrow(VIOLATION.check);
    });

    it('match items belong to a group, go with it, and a line sits in at most one active group', async () => {
      const acc = await addAccount(h.db);
      const line = await insertLine(h.db, bankLine(acc));
      const group = (status: string) =>
        h.db
          .insertInto('match_groups')
          .values({
            account_id: acc,
            kind: 'exact',
            status,
            confidence: 0.9,
            currency: 'NGN',
            difference_minor: 0,
            evidence: '{}',
            created_at: NOW,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
      const g1 = await group('confirmed');
      const g2 = await group('suggested');
      const g3 = await group('auto');
      await h.db
        .insertInto('match_items')
        .values({ group_id: g1.id, side: 'bank', item_id: line, amount_minor: -147085, active: 1 })
        .execute();
      await h.db
        .insertInto('match_items')
        .values({ group_id: g2.id, side: 'bank', item_id: line, amount_minor: -147085, active: 0 })
        .execute();
      await expect(
        h.db
          .insertInto('match_items')
          .values({ group_id: g3.id, side: 'bank', item_id: line, amount_minor: -147085, active: 1 })
          .execute(),
      ).rejects.toThrow(VIOLATION.unique);
      await expect(
        h.db
          .insertInto('match_items')
          .values({ group_id: 987_654_321, side: 'bank', item_id: line, amount_minor: 1 })
          .execute(),
      ).rejects.toThrow(VIOLATION.foreignKey);
      await expect(group('maybe')).rejects.toThrow(VIOLATION.check);
      // A confidence ratio reads back as written (not 0.8999999761 from a 4-byte float).
      const conf = await h.db
        .selectFrom('match_groups')
        .select('confidence')
        .where('id', '=', g1.id)
        .executeTakeFirstOrThrow();
      expect(conf.confidence).toBe(0.9);

      await h.db.deleteFrom('match_groups').where('id', '=', g1.id).execute();
      const left = await h.db
        .selectFrom('match_items')
        .select('group_id')
        .where('item_id', '=', line)
        .where('side', '=', 'bank')
        .execute();
      expect(left).toEqual([{ group_id: g2.id }]);
    });

    it('account state is one of the known states', async () => {
      await expect(
        h.db
          .insertInto('accounts')
          .values({
            id: uid('acc'),
            name: 'x',
            currency: 'NGN',
            timezone: 'Africa/Lagos',
            state: 'DORMANT',
            linked_at: NOW,
            updated_at: NOW,
          })
          .execute(),
      ).rejects.toThrow(VIOLATION.check);
    });
  });

  describe('types across the wire', () => {
    it('bigints come back as numbers, exact up to the safe-integer limit', async () => {
      const acc = await addAccount(h.db);
      const big = Number.MAX_SAFE_INTEGER;
      const id = await insertLine(h.db, bankLine(acc, { direction: 'credit', amount_minor: big, balance_minor: -big }));
      expect(typeof id).toBe('number');
      const row = await h.db
        .selectFrom('bank_transactions')
        .select(['id', 'amount_minor', 'balance_minor'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ id, amount_minor: big, balance_minor: -big });
      expect(typeof row.amount_minor).toBe('number');
      // count(*) is int8 in PostgreSQL; a sum of bigints is numeric there, so it is cast back to bigint to stay a number.
      const agg = await h.db
        .selectFrom('bank_transactions')
        .select([(eb) => eb.fn.countAll<number>().as('n'), sql<number>`cast(sum(amount_minor) as bigint)`.as('total')])
        .where('account_id', '=', acc)
        .executeTakeFirstOrThrow();
      expect(agg).toEqual({ n: 1, total: big });
    });

    it.runIf(name === 'postgres')('a bigint beyond the safe range is refused, never rounded', async () => {
      await expect(sql<{ v: number }>`select cast(9007199254740993 as bigint) as v`.execute(h.db)).rejects.toThrow(
        /exceeds the safe integer range/,
      );
    });

    it('ISO text timestamps and business dates round-trip exactly and sort chronologically', async () => {
      const acc = await addAccount(h.db);
      const stamps = ['2024-03-01T23:30:00.123Z', '2024-02-29T00:00:00.000Z', '2023-12-14T00:02:00.500Z'];
      for (const [i, booked_at] of stamps.entries()) {
        await insertLine(
          h.db,
          bankLine(acc, {
            booked_at,
            business_date: booked_at.slice(0, 10),
            first_seen_at: booked_at,
            narration: `n${i}`,
          }),
        );
      }
      const rows = await h.db
        .selectFrom('bank_transactions')
        .select(['booked_at', 'business_date', 'first_seen_at'])
        .where('account_id', '=', acc)
        .where('business_date', '>=', '2024-01-01')
        .orderBy('booked_at')
        .execute();
      expect(rows).toEqual([
        { booked_at: stamps[1], business_date: '2024-02-29', first_seen_at: stamps[1] },
        { booked_at: stamps[0], business_date: '2024-03-01', first_seen_at: stamps[0] },
      ]);
      for (const r of rows) expect(typeof r.booked_at).toBe('string');
    });
  });
});

describe('SQLite file database', () => {
  it('opens with WAL and foreign keys on, and re-opening migrates nothing and keeps the data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bankfeed-db-test-'));
    try {
      const file = join(dir, 'nested', 'bankfeed.db');
      const first = await openDb({ url: file });
      const journal = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(first.db);
      const fks = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(first.db);
      expect(journal.rows[0]?.journal_mode).toBe('wal');
      expect(fks.rows[0]?.foreign_keys).toBe(1);
      const acc = await addAccount(first.db);
      await first.close();

      const second = await openDb({ url: file });
      try {
        const migrator = new Migrator({ db: second.db, provider: { getMigrations: async () => migrations } });
        expect((await migrator.migrateToLatest()).results).toEqual([]);
        expect(await second.db.selectFrom('accounts').select('id').execute()).toEqual([{ id: acc }]);
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
