import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReconciliationError } from '../../activities/reconciliation-errors.js';
import { createReconciliationService } from '../../activities/reconciliation-service.js';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { databaseKinds } from '../support/databases.js';
import { seedAccount, seedBank, seedLedger, tableCounts } from './seed.js';

const kinds = await databaseKinds();
const ACCOUNT = 'acc-prop';
const SOURCE = 'books-prop';
const PERIOD = { from: '2024-03-01', to: '2024-03-31' };
const PEOPLE = ['ada', 'kofi', 'wanjiru'];

// Few distinct amounts and references so that exact pairs, ties, splits and reference hits all occur.
const amount = fc.constantFrom(10_000, 20_000, 30_000, 50_000, 60_000);
const day = fc.integer({ min: 1, max: 28 }).map((d) => `2024-03-${String(d).padStart(2, '0')}`);
const ref = fc.option(fc.constantFrom('INV-0001', 'INV-0002', 'INV-0003'), { nil: null });
const month = fc.record({
  bank: fc.array(fc.record({ date: day, amount, ref, debit: fc.boolean() }), { minLength: 1, maxLength: 10 }),
  ledger: fc.array(fc.record({ date: day, amount, ref, debit: fc.boolean() }), { minLength: 1, maxLength: 10 }),
  actions: fc.array(
    fc.record({
      op: fc.constantFrom('confirm', 'reject', 'unmatch', 'manual', 'undo', 'run', 'void'),
      pick: fc.nat(),
      pick2: fc.nat(),
      person: fc.constantFrom(...PEOPLE),
    }),
    { maxLength: 12 },
  ),
});

async function personDecisions(db: Kysely<Database>) {
  return db
    .selectFrom('match_groups')
    .select(['id', 'status', 'decided_by'])
    .where('decided_by', 'in', PEOPLE)
    .orderBy('id')
    .execute();
}

describe.each(kinds)('decisions under random months and random decisions on $name', ({ name, open }) => {
  it('re-runs are idempotent, never override a person, never re-propose a rejected pair; every change is audited', async () => {
    await fc.assert(
      fc.asyncProperty(month, async (m) => {
        const h = await open();
        try {
          const db = h.db;
          await seedAccount(db, ACCOUNT);
          const bankIds = await seedBank(
            db,
            ACCOUNT,
            m.bank.map((b) => ({
              date: b.date,
              amountMinor: b.debit ? -b.amount : b.amount,
              narration: b.ref ? `PAYMENT ${b.ref}` : 'TRANSFER',
            })),
          );
          const ledgerIds = await seedLedger(
            db,
            SOURCE,
            m.ledger.map((l) => ({ date: l.date, amountMinor: l.debit ? -l.amount : l.amount, reference: l.ref })),
          );
          const svc = createReconciliationService({ db });
          const run = () =>
            svc.reconcileAccount({ accountId: ACCOUNT, ledgerSourceId: SOURCE, period: PERIOD, trigger: 'sync' });
          let decisions = 0;

          await run();
          for (const a of m.actions) {
            if (a.op === 'void') {
              // the books change under the engine: a voided entry drops out of the next run's input
              await db
                .updateTable('ledger_entries')
                .set({ status: 'void' })
                .where('id', '=', ledgerIds[a.pick % ledgerIds.length]!)
                .execute();
              continue;
            }
            if (a.op === 'run') {
              const before = await personDecisions(db);
              await run();
              expect(await personDecisions(db)).toEqual(before);
              continue;
            }
            const groups = await svc.listGroups(ACCOUNT, { includeStale: true });
            const audit = await db
              .selectFrom('audit_log')
              .select('id')
              .where('actor', 'in', PEOPLE)
              .orderBy('id')
              .execute();
            try {
              if (a.op === 'manual') {
                await svc.manualMatch({
                  accountId: ACCOUNT,
                  actor: a.person,
                  bankIds: [bankIds[a.pick % bankIds.length]!],
                  ledgerIds: [ledgerIds[a.pick2 % ledgerIds.length]!],
                  writeOffAccount: 'Suspense',
                });
              } else if (a.op === 'undo') {
                if (audit.length === 0) continue;
                await svc.undo(Number(audit[a.pick % audit.length]!.id), a.person);
              } else {
                if (groups.length === 0) continue;
                await svc[a.op](groups[a.pick % groups.length]!.id, a.person);
              }
              decisions++;
            } catch (err) {
              // refusals are part of the game (line taken, wrong state); anything else is a defect
              if (!(err instanceof ReconciliationError)) throw err;
            }
          }

          // a run after the decisions, then another: the second writes nothing and both keep every decision
          const before = await personDecisions(db);
          await run();
          const counts = await tableCounts(db);
          await run();
          expect(await tableCounts(db)).toEqual(counts);
          expect(await personDecisions(db)).toEqual(before);

          // every successful decision left exactly one audit row by a person
          const byPeople = await db.selectFrom('audit_log').select('id').where('actor', 'in', PEOPLE).execute();
          expect(byPeople).toHaveLength(decisions);

          // a line sits in at most one active group
          const active = await db
            .selectFrom('match_items')
            .select(['side', 'item_id'])
            .where('active', '=', 1)
            .execute();
          expect(new Set(active.map((r) => `${r.side}:${r.item_id}`)).size).toBe(active.length);

          // only suggestions are ever superseded, and nothing superseded is brought back to life
          const zombies = await db
            .selectFrom('match_groups')
            .select(['id', 'status'])
            .where('superseded_run_id', 'is not', null)
            .where('status', '!=', 'suggested')
            .execute();
          expect(zombies).toEqual([]);

          // after a run, no live suggestion pairs what a person rejected or broke up
          const ruledOut = new Set<string>();
          for (const g of await svc.listGroups(ACCOUNT, { status: ['rejected', 'undone'], includeStale: true })) {
            if (g.kind === 'manual') continue;
            for (const b of g.bankIds) for (const l of g.ledgerIds) ruledOut.add(`${b}:${l}`);
          }
          const live = (await svc.listGroups(ACCOUNT, { status: ['suggested'], includeStale: true })).filter(
            (g) => g.supersededRunId === null,
          );
          for (const g of live) {
            const pairs = g.bankIds.flatMap((b) => g.ledgerIds.map((l) => `${b}:${l}`));
            expect(pairs.filter((p) => ruledOut.has(p))).toEqual([]);
          }
        } finally {
          await h.dispose();
        }
      }),
      { numRuns: name === 'sqlite' ? 40 : 8, seed: 20241125 },
    );
  }, 240_000);
});
