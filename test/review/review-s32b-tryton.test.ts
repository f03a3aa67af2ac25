/**
 * Review of session 32's Tryton adapter (f77d593, 230b06d, 780ba49, 4587de6) against a real Tryton 8.2
 * (BANKFEED_REQUIRE_COMPONENTS=1 makes a missing .tools/tryton a failure). Each test is a defect found (it failed on
 * the code as reviewed) and says what the product should do; the comment says Did / Saw / Where. All three were left
 * `it.fails` in session 32 and fixed in session 33.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLedgerAdapter } from '../../adapters/ledger/registry.js';
import { TrytonDate } from '../../adapters/ledger/tryton/tryton-json.js';
import { TrytonRpc } from '../../adapters/ledger/tryton/tryton-rpc.js';
import type { LedgerAdapter } from '../../adapters/ledger/types.js';
import { settleHeldMatches } from '../../activities/ledger-settlements.js';
import { joinWrittenPostings } from '../../activities/written-postings.js';
import { listOpenLedgerEntries } from '../../db/ledger-repository.js';
import { createLogger } from '../../worker/logger.js';
import { seedAccount, seedBank, seedWriteOffMatch } from '../reconciliation/seed.js';
import { Decimal } from '../../domain/money.js';
import { requireComponent } from '../support/components.js';
import { openSqliteTestDb, type TestDb } from '../support/databases.js';
import { startTryton, trytonAvailable, type RunningTryton } from '../support/tryton-server.js';
import { pullInto } from '../ledgers/saas/test-adapters.js';

const OCTOBER = { from: '2026-10-01', to: '2026-10-31' };
const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };
let tryton: RunningTryton | undefined;
let available = false;
let h: TestDb | undefined;

beforeAll(async () => {
  available = await requireComponent(
    'tryton',
    trytonAvailable,
    'Tryton 8.2 in .tools/tryton (scripts/provision-tryton.mjs)',
  );
  if (!available) return;
  tryton = await startTryton({
    today: '2026-11-20',
    invoices: [{ type: 'out', party: 'Kumasi Cocoa Ltd', amount: '100000.00', date: '2026-11-02', reference: 'PO-5' }],
  });
  h = await openSqliteTestDb();
}, 240_000);

afterAll(async () => {
  await h?.dispose();
  await tryton?.stop();
});

function userRpc(): TrytonRpc {
  return new TrytonRpc({
    url: tryton!.url,
    database: tryton!.database,
    login: tryton!.login,
    password: tryton!.password,
    timeoutMs: 30_000,
  });
}

function adapter(): LedgerAdapter {
  return createLedgerAdapter(
    {
      id: 'books',
      kind: 'tryton',
      url: tryton!.url,
      database: tryton!.database,
      login: tryton!.login,
      password: tryton!.password,
      bankJournal: 'GTBank current account',
      currency: 'NGN',
    },
    { baseDir: '.' },
  );
}

describe('review s32b: Tryton', () => {
  // fixed in session 33; was: known, left (session 32): a run pulls from 90 days before the account's first line, so
  // this bites only a move dated before that. Each pull now reads again by id the open postings stored outside its
  // period (LedgerPullQuery.openPostingsOutside) and closes those Tryton no longer holds on the account
  it('closes a draft cheque of an earlier period the team deletes in Tryton afterwards', async (ctx) => {
    // Did: a cheque of ₦650.00 entered in Tryton as a draft move dated 20 October on the bank journal's account
    // (1.1.1) against expenses; the October pull stores move-line:<id> as a posting (an unpresented payment: draft
    // moves are counted, as Tryton's balance counts them). In November the team deletes the draft (the cheque was
    // never sent). The November pull follows (incremental cursor).
    // Saw: move-line:<id> stays open at −₦650.00: postings are read, and complete, over the pull's period only
    // (November), so the October journal item is never read again. Every later statement lists an unpresented
    // cheque Tryton's balance no longer holds. Draft moves make this common: Tryton lets them be deleted, and a
    // statement cancelled in Tryton deletes its (draft) moves the same way.
    // Where: adapters/ledger/tryton/tryton-pull.ts:171-177 (complete: [posting scope of o.period]) and :189-198
    // (bankAccountPostings reads date within o.period).
    if (!available) return ctx.skip();
    const rpc = new TrytonRpc({
      url: tryton!.url,
      database: tryton!.database,
      login: tryton!.login,
      password: tryton!.password,
      timeoutMs: 30_000,
    });
    const c = { company: tryton!.books.companyId, companies: [tryton!.books.companyId] };
    const day = new TrytonDate('2026-10-20');
    const [journal] = await rpc.call<Array<{ id: number }>>('model.account.journal.search_read', [
      [['code', '=', 'CASH']],
      0,
      1,
      null,
      ['id'],
      c,
    ]);
    const [period] = await rpc.call<Array<{ id: number }>>('model.account.period.search_read', [
      [
        ['start_date', '<=', day],
        ['end_date', '>=', day],
        ['type', '=', 'standard'],
      ],
      0,
      1,
      null,
      ['id'],
      c,
    ]);
    const [moveId] = await rpc.call<number[]>('model.account.move.create', [
      [
        {
          journal: journal!.id,
          period: period!.id,
          date: day,
          description: 'Cheque 000452 to Apapa Ink Supplies',
          lines: [
            [
              'create',
              [
                { account: tryton!.books.cashAccount.id, debit: new Decimal(0), credit: new Decimal('650.00') },
                { account: tryton!.books.expenseAccount.id, debit: new Decimal('650.00'), credit: new Decimal(0) },
              ],
            ],
          ],
        },
      ],
      c,
    ]);
    const a = adapter();
    const q = { sourceId: 'books', ledgerAccount: tryton!.books.cashAccount.code };
    const cheque = async () =>
      (await listOpenLedgerEntries(h!.db, 'books', { from: '2000-01-01', to: '2099-12-31' })).filter(
        (e) => e.id.startsWith('move-line:') && e.description === 'Cheque 000452 to Apapa Ink Supplies',
      );
    const cursor = await pullInto(h!.db, a, { ...q, period: OCTOBER, cursor: null });
    expect((await cheque()).map((e) => e.amountMinor)).toEqual([-65_000]);
    await rpc.call('model.account.move.delete', [[moveId], c]);
    await rpc.close();
    await pullInto(h!.db, a, { ...q, period: NOVEMBER, cursor });
    expect(await cheque()).toEqual([]);
  });

  // fixed in session 33; was: known, left (session 32): writes recorded as statement-line:<id> before 230b06d need the
  // adapter to name their journal item; the paid invoice now closes as paid, but a payment beside a write-off is no
  // whole-amount posting joinBooksPayments can take. A journal item a statement line booked is now named by it
  // (restateKey statement-line:<id>), and a write is found by that name when no entry has its id
  it('joins to its match the payment and write-off line bankfeed wrote into Tryton before the upgrade', async (ctx) => {
    // Did: a short payment (₦99,250.00 for PO-5's ₦100,000.00) matched with a ₦750.00 write-off and written back
    // into Tryton by the version before 230b06d, which reported each write as the statement line it created
    // (`statement-line:<id>`, tryton-statements.ts before 230b06d) and never listed statement-made journal items.
    // Modelled: written back by this version, then the audit rows' externalId set to the statement line of the
    // journal item this version reported. The first pull after the upgrade (a v1 cursor: a full pull) lists both
    // journal items of the bank account (move-line:<id>, postings); the run joins written postings.
    // Saw: neither joins its match: joinWrittenPostings looks the settlement up by the recorded id, and its
    // fallback for ids written before a source named its postings' kind (listOpenPostingsIdentifiedAs, "<kind>:<id>")
    // cannot map a statement line to its move's journal item. The statement lists the ₦100,000.00 payment as a
    // deposit in transit and the ₦750.00 write-off as an unpresented payment, beside the bank line as a credit
    // "not in the books" — for every write-back of the period written before the upgrade (the walk's f77d593
    // failures, back for old writes). The invoice, paid in Tryton, is closed `gone` by that full pull, so
    // joinBooksPayments (closed `paid` only) does not rescue the payment either.
    // Where: activities/written-postings.ts:113-120 (settlementEntry); adapters/ledger/tryton/tryton-pull.ts:62-66
    // (v1 cursors dropped without mapping what v1 wrote).
    if (!available) return ctx.skip();
    const t = await openSqliteTestDb();
    try {
      const a = adapter();
      const q = { sourceId: 'erp', ledgerAccount: tryton!.books.cashAccount.code };
      await pullInto(t.db, a, { ...q, period: NOVEMBER, cursor: null });
      const entry = await t.db
        .selectFrom('ledger_entries')
        .select('id')
        .where('external_id', 'like', 'invoice:%')
        .where('amount_minor', '=', 10_000_000)
        .executeTakeFirstOrThrow();
      await seedAccount(t.db, 'acc_up');
      const [bankId] = await seedBank(t.db, 'acc_up', [
        { date: '2026-11-12', amountMinor: 9_925_000, narration: 'TRF FROM KUMASI COCOA PO-5' },
      ]);
      const groupId = await seedWriteOffMatch(t.db, {
        accountId: 'acc_up',
        bankId: bankId!,
        bankMinor: 9_925_000,
        entryId: Number(entry.id),
        dueMinor: 10_000_000,
        account: tryton!.books.expenseAccount.code,
      });
      const logger = createLogger({ silent: true });
      const input = { accountId: 'acc_up', sourceId: 'erp', bankAccount: q.ledgerAccount, adapter: a };
      expect(await settleHeldMatches({ db: t.db, logger }, input)).toMatchObject({ written: 1, writtenOff: 1 });
      // as the version before 230b06d recorded them: the statement line each write created
      const rpc = userRpc();
      const c = { company: tryton!.books.companyId, companies: [tryton!.books.companyId] };
      for (const row of await t.db
        .selectFrom('audit_log')
        .select(['id', 'detail'])
        .where('action', 'in', ['ledger.settle', 'ledger.post'])
        .execute()) {
        const detail = JSON.parse(row.detail ?? '{}') as { externalId?: string };
        const m = /^move-line:(\d+)$/.exec(detail.externalId ?? '');
        if (!m) continue;
        const [ml] = await rpc.call<Array<{ move: number }>>('model.account.move.line.read', [[+m[1]!], ['move'], c]);
        const [sl] = await rpc.call<Array<{ id: number }>>('model.account.statement.line.search_read', [
          [['move', '=', ml!.move]],
          0,
          1,
          null,
          ['id'],
          c,
        ]);
        detail.externalId = `statement-line:${sl!.id}`;
        await t.db
          .updateTable('audit_log')
          .set({ detail: JSON.stringify(detail) })
          .where('id', '=', row.id)
          .execute();
      }
      await rpc.close();
      await pullInto(t.db, a, { ...q, period: NOVEMBER, cursor: 'tryton-v1:2026-11-13T09:00:00.000000' });
      await joinWrittenPostings(t.db, { accountId: 'acc_up', sourceId: 'erp' });
      const held = await t.db
        .selectFrom('match_items as i')
        .innerJoin('ledger_entries as e', 'e.id', 'i.item_id')
        .select(['e.external_id', 'e.amount_minor'])
        .where('i.group_id', '=', groupId)
        .where('i.side', '=', 'ledger')
        .where('i.active', '=', 1)
        .where('e.external_id', 'like', 'move-line:%')
        .execute();
      expect(held.map((r) => Number(r.amount_minor)).sort((x, y) => x - y)).toEqual([-75_000, 10_000_000]);
      await a.close?.();
    } finally {
      await t.dispose();
    }
  }, 240_000);
});

describe('review s32b: Tryton, a bank journal kept in another currency than the company’s', () => {
  let usd: RunningTryton | undefined;
  beforeAll(async () => {
    if (!available) return;
    // an NGN company's dollar account at Stanbic: ₦1,500.00 to the dollar
    usd = await startTryton({
      today: '2026-11-20',
      journalName: 'Stanbic USD account',
      journalCurrency: 'USD',
      journalRate: '1500',
    });
  }, 240_000);
  afterAll(async () => {
    await usd?.stop();
  });

  // fixed in session 33; was: known, left (session 32): a bank journal in another currency than the company's states
  // its items in the company's. Its items are now stated in the journal's currency (amount_second_currency), and so
  // is Tryton's balance of the account (the account's amount_second_currency)
  it('states a dollar account’s journal items in dollars, as they moved the account', async (ctx) => {
    // Did: a company kept in NGN with a statement journal in USD (Stanbic USD; bankfeed source currency USD, which
    // resolveBooks accepts: it checks the journal's currency only). A cheque of USD 100.00 booked on the account at
    // ₦1,500.00 to the dollar (debit/credit ₦150,000.00, amount_second_currency −100.00 USD), as a statement line or a
    // payment in dollars books it. The pull.
    // Saw: the posting is −15,000,000 minor "USD" (USD 150,000.00): debit − credit, which Tryton keeps in the
    // company's currency, taken as the journal's. Every posting of a foreign-currency bank account is overstated by
    // the rate; the bank line (USD 100.00) finds no posting and the statement lists USD 150,000.00 outstanding.
    // 4587de6 saw the currencies differ for the balance (and states none) but not for the postings.
    // Where: adapters/ledger/tryton/tryton-pull.ts:244 (`signed = l.debit.minus(l.credit)`) and :199-210 (no
    // amount_second_currency / second_currency read); the write-back's read-back (move-line:<id>) the same.
    if (!available) return ctx.skip();
    const rpc = new TrytonRpc({
      url: usd!.url,
      database: usd!.database,
      login: usd!.login,
      password: usd!.password,
      timeoutMs: 30_000,
    });
    const c = { company: usd!.books.companyId, companies: [usd!.books.companyId] };
    const day = new TrytonDate('2026-11-08');
    const find = async (model: string, domain: unknown[]) =>
      (await rpc.call<Array<{ id: number }>>(`model.${model}.search_read`, [domain, 0, 1, null, ['id'], c]))[0]!.id;
    const dollar = await find('currency.currency', [['code', '=', 'USD']]);
    const journal = await find('account.journal', [['code', '=', 'CASH']]);
    const period = await find('account.period', [
      ['start_date', '<=', day],
      ['end_date', '>=', day],
      ['type', '=', 'standard'],
    ]);
    await rpc.call<number[]>('model.account.move.create', [
      [
        {
          journal,
          period,
          date: day,
          description: 'Cheque 000077 to Houston Imports LLC',
          lines: [
            [
              'create',
              [
                {
                  account: usd!.books.cashAccount.id,
                  debit: new Decimal(0),
                  credit: new Decimal('150000.00'),
                  amount_second_currency: new Decimal('-100.00'),
                  second_currency: dollar,
                },
                { account: usd!.books.expenseAccount.id, debit: new Decimal('150000.00'), credit: new Decimal(0) },
              ],
            ],
          ],
        },
      ],
      c,
    ]);
    await rpc.close();
    const a = createLedgerAdapter(
      {
        id: 'books',
        kind: 'tryton',
        url: usd!.url,
        database: usd!.database,
        login: usd!.login,
        password: usd!.password,
        bankJournal: 'Stanbic USD account',
        currency: 'USD',
      },
      { baseDir: '.' },
    );
    const r = await a.pullOpenEntries({ period: NOVEMBER, cursor: null });
    await a.close?.();
    expect(r.entries.filter((e) => e.id.startsWith('move-line:')).map((e) => [e.currency, e.amountMinor])).toEqual([
      ['USD', -10_000],
    ]);
  });
});
