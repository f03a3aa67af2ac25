import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLedgerAdapter } from '../../../adapters/ledger/registry.js';
import { TrytonDate } from '../../../adapters/ledger/tryton/tryton-json.js';
import { TrytonRpc } from '../../../adapters/ledger/tryton/tryton-rpc.js';
import type { LedgerAdapter } from '../../../adapters/ledger/types.js';
import { Decimal, majorToMinor } from '../../../domain/money.js';
import { requireComponent } from '../../support/components.js';
import { startTryton, trytonAvailable, type RunningTryton } from '../../support/tryton-server.js';

// A company kept in NGN with a dollar account at Stanbic: its statement journal (and the account's second currency)
// in USD, ₦1,500.00 to the dollar. Tryton keeps each journal item's debit and credit in naira and its amount in
// dollars beside them (amount_second_currency): bankfeed states the account in dollars, as the bank does.

let tryton: RunningTryton | undefined;
let available = false;

beforeAll(async () => {
  available = await requireComponent(
    'tryton',
    trytonAvailable,
    'Tryton 8.2 in .tools/tryton (scripts/provision-tryton.mjs)',
  );
  if (!available) return;
  tryton = await startTryton({
    today: '2026-11-20',
    journalName: 'Stanbic USD account',
    journalCurrency: 'USD',
    journalRate: '1500',
  });
}, 240_000);

afterAll(async () => {
  await tryton?.stop();
});

function adapter(): LedgerAdapter & { checkSource(): Promise<Array<{ check: string; ok: boolean; detail: string }>> } {
  return createLedgerAdapter(
    {
      id: 'usd',
      kind: 'tryton',
      url: tryton!.url,
      database: tryton!.database,
      login: tryton!.login,
      password: tryton!.password,
      bankJournal: 'Stanbic USD account',
      currency: 'USD',
    },
    { baseDir: '.' },
  ) as LedgerAdapter & { checkSource(): Promise<Array<{ check: string; ok: boolean; detail: string }>> };
}

function userRpc(): TrytonRpc {
  return new TrytonRpc({
    url: tryton!.url,
    database: tryton!.database,
    login: tryton!.login,
    password: tryton!.password,
    timeoutMs: 30_000,
  });
}

describe('tryton: a bank journal kept in another currency than the company’s', () => {
  it('states what bankfeed wrote and what the team booked in dollars, and Tryton’s balance of the account too', async (ctx) => {
    if (!available) ctx.skip();
    const a = adapter();
    // written back: a bank charge and interest, as statement lines in dollars (Tryton books them in naira too)
    const written = await a.postEntries!([
      {
        idempotencyKey: 'usd-charge-1',
        date: '2026-11-05',
        description: 'Wire transfer fee',
        amountMinor: -500,
        currency: 'USD',
        bankAccount: '1.1.1',
        contraAccount: tryton!.books.expenseAccount.code,
      },
      {
        idempotencyKey: 'usd-interest-1',
        date: '2026-11-06',
        description: 'Interest on the dollar account',
        amountMinor: 25_000,
        currency: 'USD',
        bankAccount: '1.1.1',
        contraAccount: tryton!.books.revenueAccount.code,
      },
    ]);
    // booked by hand: a cheque of USD 100.00 at ₦1,500.00 to the dollar
    const rpc = userRpc();
    const c = { company: tryton!.books.companyId, companies: [tryton!.books.companyId] };
    const day = new TrytonDate('2026-11-08');
    const find = async (model: string, domain: unknown[]) =>
      (await rpc.call<Array<{ id: number }>>(`model.${model}.search_read`, [domain, 0, 1, null, ['id'], c]))[0]!.id;
    await rpc.call<number[]>('model.account.move.create', [
      [
        {
          journal: await find('account.journal', [['code', '=', 'CASH']]),
          period: await find('account.period', [
            ['start_date', '<=', day],
            ['end_date', '>=', day],
            ['type', '=', 'standard'],
          ]),
          date: day,
          description: 'Cheque 000078 to Houston Imports LLC',
          lines: [
            [
              'create',
              [
                {
                  account: tryton!.books.cashAccount.id,
                  debit: new Decimal(0),
                  credit: new Decimal('150000.00'),
                  amount_second_currency: new Decimal('-100.00'),
                  second_currency: await find('currency.currency', [['code', '=', 'USD']]),
                },
                { account: tryton!.books.expenseAccount.id, debit: new Decimal('150000.00'), credit: new Decimal(0) },
              ],
            ],
          ],
        },
      ],
      c,
    ]);
    // Tryton's own figures of the account: naira in debit/credit, dollars beside them
    const [own] = await rpc.call<Array<{ balance: Decimal; amount_second_currency: Decimal }>>(
      'model.account.account.read',
      [
        [tryton!.books.cashAccount.id],
        ['balance', 'amount_second_currency'],
        { ...c, date: new TrytonDate('2026-11-30') },
      ],
    );
    await rpc.close();
    expect(majorToMinor(own!.balance, 'NGN')).toBe(-(500 - 25_000 + 10_000) * 1500);

    const r = await a.pullOpenEntries({ period: { from: '2026-11-01', to: '2026-11-30' }, cursor: null });
    const postings = r.entries.filter((e) => e.kind === 'posting');
    expect(postings.map((e) => [e.id, e.currency, e.amountMinor, e.description])).toEqual([
      [written[0]!.externalId, 'USD', -500, 'Wire transfer fee'],
      [written[1]!.externalId, 'USD', 25_000, 'Interest on the dollar account'],
      [expect.stringMatching(/^move-line:\d+$/), 'USD', -10_000, 'Cheque 000078 to Houston Imports LLC'],
    ]);
    // the balance per books in dollars: Tryton's amount of the account in its second currency, as the items add up
    const balance = await a.bookBalance!({ asOf: '2026-11-30' });
    expect(balance).toMatchObject({ balanceMinor: 14_500, currency: 'USD', asOf: '2026-11-30' });
    expect(balance!.balanceMinor).toBe(majorToMinor(own!.amount_second_currency, 'USD'));
    expect(balance!.balanceMinor).toBe(postings.reduce((t, e) => t + e.amountMinor, 0));
    // `bankfeed ledgers test` says the account keeps its items in the journal's currency
    const checks = await a.checkSource();
    expect(checks.find((x) => x.check === 'bank account currency')).toMatchObject({ ok: true });
    expect(checks.every((x) => x.ok)).toBe(true);
    await a.close?.();
  });
});
