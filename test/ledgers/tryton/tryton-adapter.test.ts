import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLedgerAdapter } from '../../../adapters/ledger/registry.js';
import { LedgerAuthError, LedgerPartialWriteError } from '../../../adapters/ledger/oauth/errors.js';
import type { LedgerSettlement, SettlesEntries } from '../../../adapters/ledger/oauth/settlement.js';
import { TrytonDate } from '../../../adapters/ledger/tryton/tryton-json.js';
import { TrytonRpc } from '../../../adapters/ledger/tryton/tryton-rpc.js';
import type { LedgerAdapter } from '../../../adapters/ledger/types.js';
import { Decimal } from '../../../domain/money.js';
import type { CliContext } from '../../../worker/cli-context.js';
import { testSourceCommand } from '../../../worker/commands/ledger-commands.js';
import { requireComponent } from '../../support/components.js';
import { startTryton, trytonAvailable, type RunningTryton } from '../../support/tryton-server.js';

// Fixed days inside the fiscal year the books are built around; July is closed.
const TODAY = '2026-11-20';
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
    today: TODAY,
    closePeriodOf: '2026-07-15',
    invoices: [
      { type: 'out', party: 'Adaeze Foods Ltd', amount: '150000.00', date: '2026-11-02', reference: 'PO-881' },
      { type: 'out', party: 'Kwame Traders', amount: '82500.50', date: '2026-11-03' },
      { type: 'in', party: 'Lagos Power Supplies', amount: '43000.00', date: '2026-11-04', reference: 'LPS-2231' },
      {
        type: 'out',
        party: 'Adaeze Foods Ltd',
        amount: '-12000.00',
        date: '2026-11-05',
        description: 'returned goods',
      },
      { type: 'out', party: 'Kwame Traders', amount: '64000.00', date: '2026-11-06' },
      { type: 'out', party: 'Nairobi Fresh', amount: '5000.00', date: '2026-11-07' },
      { type: 'in', party: 'Accra Office Supplies', amount: '9000.00', date: '2026-11-09', reference: 'AOS-77' },
    ],
  });
}, 240_000);

afterAll(async () => {
  await tryton?.stop();
});

function source(extra: Record<string, unknown> = {}) {
  return {
    id: 'books',
    kind: 'tryton',
    url: tryton!.url,
    database: tryton!.database,
    login: tryton!.login,
    password: tryton!.password,
    bankJournal: 'GTBank current account',
    currency: 'NGN',
    ...extra,
  };
}

function adapter(extra: Record<string, unknown> = {}): LedgerAdapter & SettlesEntries {
  return createLedgerAdapter(source(extra), { baseDir: '.' }) as LedgerAdapter & SettlesEntries;
}

/** Reads back over Tryton's API as the same limited user, independent of the adapter's code. */
function userRpc(): TrytonRpc {
  return new TrytonRpc({
    url: tryton!.url,
    database: tryton!.database,
    login: tryton!.login,
    password: tryton!.password,
    timeoutMs: 30_000,
  });
}

async function readInvoices(ids: number[]) {
  const rpc = userRpc();
  const ctx = { company: tryton!.books.companyId, companies: [tryton!.books.companyId] };
  const rows = await rpc.call<Array<{ id: number; state: string; amount_to_pay: Decimal }>>(
    'model.account.invoice.read',
    [ids, ['state', 'amount_to_pay'], ctx],
  );
  const lines = await rpc.call<Array<{ number: string }>>('model.account.statement.line.search_read', [
    [],
    0,
    null,
    null,
    ['number'],
    ctx,
  ]);
  await rpc.close();
  return { invoices: new Map(rows.map((r) => [r.id, r])), lineNumbers: lines.map((l) => l.number) };
}

const period = { from: '2026-06-01', to: '2026-12-31' };
let firstCursor: string | null = null;

describe('tryton ledger adapter against a real Tryton 8.2', () => {
  it('pulls posted invoices with an amount to pay, signed as they will hit the bank, then only what changed', async (ctx) => {
    if (!available) ctx.skip();
    // A cheque the books recorded straight on the bank account, not through a statement: an open book-side item.
    const rpc = userRpc();
    const c = { company: tryton!.books.companyId, companies: [tryton!.books.companyId] };
    const day = { __class__: 'date', year: 2026, month: 11, day: 8 };
    const [journal] = await rpc.call<Array<{ id: number }>>('model.account.journal.search_read', [
      [['code', '=', 'CASH']],
      0,
      1,
      null,
      ['id'],
      c,
    ]);
    const [periodRow] = await rpc.call<Array<{ id: number }>>('model.account.period.search_read', [
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
          period: periodRow!.id,
          date: day,
          description: 'Cheque 000123 to Ikeja Stationers',
          lines: [
            [
              'create',
              [
                { account: tryton!.books.cashAccount.id, debit: new Decimal(0), credit: new Decimal('2500.00') },
                { account: tryton!.books.expenseAccount.id, debit: new Decimal('2500.00'), credit: new Decimal(0) },
              ],
            ],
          ],
        },
      ],
      c,
    ]);
    await rpc.call('model.account.move.post', [[moveId], c]);
    await rpc.close();

    const a = adapter();
    const first = await a.pullOpenEntries({ period, cursor: null });
    const cheque = first.entries.filter((e) => e.id.startsWith('move-line:'));
    expect(cheque).toEqual([
      expect.objectContaining({
        date: '2026-11-08',
        amountMinor: -250_000,
        description: 'Cheque 000123 to Ikeja Stationers',
        account: '1.1.1',
        kind: 'posting',
      }),
    ]);
    // invoices are documents: what a bank line may pay, not money on the bank account
    expect(first.entries.filter((e) => e.id.startsWith('invoice:')).every((e) => e.kind === 'document')).toBe(true);
    // a full pull lists every open invoice and every journal item of the bank account in the period
    expect(first.complete).toEqual([
      { ...period, ledgerAccount: '1.1.1', kind: 'document' },
      { ...period, ledgerAccount: '1.1.1', kind: 'posting' },
    ]);
    const byParty = first.entries
      .filter((e) => e.id.startsWith('invoice:'))
      .map((e) => [e.party, e.amountMinor])
      .sort();
    expect(byParty).toEqual(
      [
        ['Adaeze Foods Ltd', 15_000_000],
        ['Kwame Traders', 8_250_050],
        ['Lagos Power Supplies', -4_300_000],
        ['Adaeze Foods Ltd', -1_200_000],
        ['Kwame Traders', 6_400_000],
        ['Nairobi Fresh', 500_000],
        ['Accra Office Supplies', -900_000],
      ].sort(),
    );
    const supplier = first.entries.find((e) => e.party === 'Lagos Power Supplies')!;
    expect(supplier.description).toContain('LPS-2231');
    // whose each invoice is: a supplier invoice ('in') the supplier's, whichever its sign (a supplier's credit note
    // comes in positive), a customer invoice or credit note ('out') the customer's
    const suppliers = new Set(['Lagos Power Supplies', 'Accra Office Supplies']);
    for (const e of first.entries.filter((x) => x.id.startsWith('invoice:')))
      expect(e.partyRole).toBe(suppliers.has(e.party ?? '') ? 'supplier' : 'customer');
    expect(first.entries.every((e) => e.currency === 'NGN')).toBe(true);
    expect(first.cursor).toMatch(/^tryton-v2:/);
    firstCursor = first.cursor;
    // Nothing changed since: with the default overlap every recent invoice comes back again (deduplicated by id on
    // import); without it, none does. The bank account's journal items are read over the whole period each time, so
    // the pull is complete for them (one deleted in Tryton leaves bankfeed too).
    const again = await adapter({ cursorOverlapSeconds: 0 }).pullOpenEntries({ period, cursor: first.cursor });
    expect(again.entries.map((e) => e.id)).toEqual(cheque.map((e) => e.id));
    expect(again.complete).toEqual([{ ...period, ledgerAccount: '1.1.1', kind: 'posting' }]);
    expect(again.cursor).toBe(first.cursor);
    // A cursor of the adapter before invoices were documents is not read: the pull is a full one.
    const upgraded = await a.pullOpenEntries({ period, cursor: 'tryton-v1:2099-01-01T00:00:00.000000' });
    expect(upgraded.entries.map((e) => e.id).sort()).toEqual(first.entries.map((e) => e.id).sort());
    await a.close?.();
  });

  it('settles a confirmed match as a validated statement line: paid in full, or partly with the rest to pay', async (ctx) => {
    if (!available) ctx.skip();
    const a = adapter();
    const [full, partial] = [tryton!.invoices[0]!, tryton!.invoices[1]!];
    const settlements: LedgerSettlement[] = [
      {
        idempotencyKey: 'test-full-1',
        entryId: `invoice:${full.id}`,
        date: '2026-11-10',
        amountMinor: 15_000_000,
        currency: 'NGN',
        bankAccount: '1.1.1',
      },
      {
        idempotencyKey: 'test-part-1',
        entryId: `invoice:${partial.id}`,
        date: '2026-11-11',
        amountMinor: 5_000_000,
        currency: 'NGN',
        bankAccount: '1.1.1',
      },
    ];
    const r = await a.settleEntries(settlements);
    expect(r.map((x) => [x.idempotencyKey, x.status, x.status === 'written' && x.created])).toEqual([
      ['test-full-1', 'written', true],
      ['test-part-1', 'written', true],
    ]);
    // Each is reported by the journal item its statement line booked on the bank account: what the next pull lists
    const written = r.map((x) => (x.status === 'written' ? x.externalId : ''));
    expect(written.every((id) => /^move-line:\d+$/.test(id))).toBe(true);
    const back = await readInvoices([full.id, partial.id]);
    expect(back.invoices.get(full.id)!.state).toBe('paid');
    expect(back.invoices.get(partial.id)!.state).toBe('posted');
    expect(back.invoices.get(partial.id)!.amount_to_pay.toFixed(2)).toBe('32500.50');

    // A retry (our record of the first answer was lost) finds both lines by their number and writes nothing.
    const retry = await a.settleEntries(settlements);
    expect(retry.every((x) => x.status === 'written' && !x.created)).toBe(true);
    expect(retry.map((x) => (x.status === 'written' ? x.externalId : ''))).toEqual(written);
    const after = await readInvoices([full.id, partial.id]);
    expect(after.lineNumbers.filter((n) => n.includes('test-full-1'))).toHaveLength(1);
    expect(after.lineNumbers.filter((n) => n.includes('test-part-1'))).toHaveLength(1);
    expect(after.invoices.get(partial.id)!.amount_to_pay.toFixed(2)).toBe('32500.50');
    // The paid invoice is no longer an open item; an incremental pull brings back only the invoice that changed.
    const open = await a.pullOpenEntries({ period, cursor: null });
    expect(open.entries.find((e) => e.id === `invoice:${full.id}`)).toBeUndefined();
    expect(open.entries.find((e) => e.id === `invoice:${partial.id}`)!.amountMinor).toBe(3_250_050);
    // The money the two lines brought is on the bank account: two postings under the ids the write reported, with
    // the line's number (bf:<key>) as reference and the invoice's party
    expect(
      written.map((id) => {
        const e = open.entries.find((x) => x.id === id);
        return [e?.kind, e?.date, e?.amountMinor, e?.reference, e?.party];
      }),
    ).toEqual([
      ['posting', '2026-11-10', 15_000_000, 'bf:test-full-1', 'Adaeze Foods Ltd'],
      ['posting', '2026-11-11', 5_000_000, 'bf:test-part-1', 'Kwame Traders'],
    ]);
    const changed = await adapter({ cursorOverlapSeconds: 0 }).pullOpenEntries({ period, cursor: firstCursor });
    expect(changed.entries.filter((e) => e.kind === 'document').map((e) => [e.id, e.amountMinor])).toEqual([
      [`invoice:${partial.id}`, 3_250_050],
    ]);
    // ...and says the one paid in full is closed, so the store stops offering it as a candidate.
    expect(changed.closed).toEqual([{ id: `invoice:${full.id}`, reason: 'paid' }]);
    await a.close?.();
  });

  it('an incremental pull reports an invoice cancelled in Tryton since the last pull as closed', async (ctx) => {
    if (!available) ctx.skip();
    const inv = tryton!.invoices[6]!;
    const a = adapter({ cursorOverlapSeconds: 0 });
    const before = await a.pullOpenEntries({ period, cursor: null });
    expect(before.entries.find((e) => e.id === `invoice:${inv.id}`)?.amountMinor).toBe(-900_000);
    // Tryton stamps write_date with the transaction's start at second precision or finer: step past the cursor.
    await new Promise((r) => setTimeout(r, 1100));
    const rpc = userRpc();
    const c = { company: tryton!.books.companyId, companies: [tryton!.books.companyId] };
    await rpc.call('model.account.invoice.cancel', [[inv.id], c]);
    const [state] = await rpc.call<Array<{ state: string }>>('model.account.invoice.read', [[inv.id], ['state'], c]);
    await rpc.close();
    expect(state!.state).toBe('cancelled');
    const after = await a.pullOpenEntries({ period, cursor: before.cursor });
    expect(after.entries.find((e) => e.id === `invoice:${inv.id}`)).toBeUndefined();
    // (Invoices paid before the first pull may be reported closed again: the full pull's cursor never saw them.)
    expect(after.closed).toContainEqual({ id: `invoice:${inv.id}`, reason: 'cancelled' });
    expect(after.closed!.filter((x) => x.reason === 'cancelled')).toHaveLength(1);
    await a.close?.();
  });

  it('records Tryton refusing a line dated in a closed period with its message, and writes the rest of the batch', async (ctx) => {
    if (!available) ctx.skip();
    const a = adapter();
    const [supplier, other] = [tryton!.invoices[2]!, tryton!.invoices[4]!];
    const r = await a.settleEntries([
      {
        idempotencyKey: 'test-closed-1',
        entryId: `invoice:${supplier.id}`,
        date: '2026-07-20',
        amountMinor: -4_300_000,
        currency: 'NGN',
        bankAccount: '1.1.1',
      },
      {
        idempotencyKey: 'test-open-1',
        entryId: `invoice:${other.id}`,
        date: '2026-11-12',
        amountMinor: 6_400_000,
        currency: 'NGN',
        bankAccount: '1.1.1',
      },
    ]);
    expect(r[0]).toMatchObject({ idempotencyKey: 'test-closed-1', status: 'rejected' });
    expect(r[0]!.status === 'rejected' && r[0]!.vendorMessage).toMatch(/period/i);
    expect(r[1]).toMatchObject({ idempotencyKey: 'test-open-1', status: 'written', created: true });
    const back = await readInvoices([supplier.id, other.id]);
    expect(back.invoices.get(supplier.id)!.state).toBe('posted');
    expect(back.invoices.get(other.id)!.state).toBe('paid');
    // The refused line left nothing behind: no draft statement holds it.
    expect(back.lineNumbers.filter((n) => n.includes('test-closed-1'))).toHaveLength(0);
    // An invoice paid since is refused in words, not written twice.
    const twice = await a.settleEntries([
      {
        idempotencyKey: 'test-open-2',
        entryId: `invoice:${other.id}`,
        date: '2026-11-13',
        amountMinor: 6_400_000,
        currency: 'NGN',
        bankAccount: '1.1.1',
      },
    ]);
    expect(twice[0]!.status === 'rejected' && twice[0]!.vendorMessage).toMatch(/is paid in Tryton/);
    await a.close?.();
  });

  it('finishes a write an interrupted attempt left as a draft statement, once', async (ctx) => {
    if (!available) ctx.skip();
    const inv = tryton!.invoices[5]!;
    const rpc = new TrytonRpc({
      url: tryton!.url,
      database: tryton!.database,
      login: tryton!.login,
      password: tryton!.password,
      timeoutMs: 30_000,
    });
    const c = { company: tryton!.books.companyId, companies: [tryton!.books.companyId] };
    const [party] = await rpc.call<Array<{ party: number; account: number }>>('model.account.invoice.read', [
      [inv.id],
      ['party', 'account'],
      c,
    ]);
    // What a crash between "create" and "validate" leaves: a draft bankfeed statement holding the keyed line.
    await rpc.call('model.account.statement.create', [
      [
        {
          name: 'bankfeed 2026-11-14 bf:test-draft-1',
          company: c.company,
          journal: tryton!.books.bankJournalId,
          date: { __class__: 'date', year: 2026, month: 11, day: 14 },
          start_balance: new Decimal(0),
          end_balance: new Decimal(0),
          lines: [
            [
              'create',
              [
                {
                  number: 'bf:test-draft-1',
                  date: { __class__: 'date', year: 2026, month: 11, day: 14 },
                  amount: new Decimal('5000'),
                  account: party!.account,
                  party: party!.party,
                  related_to: `account.invoice,${inv.id}`,
                },
              ],
            ],
          ],
        },
      ],
      c,
    ]);
    await rpc.close();
    const a = adapter();
    const r = await a.settleEntries([
      {
        idempotencyKey: 'test-draft-1',
        entryId: `invoice:${inv.id}`,
        date: '2026-11-14',
        amountMinor: 500_000,
        currency: 'NGN',
        bankAccount: '1.1.1',
      },
    ]);
    expect(r[0]).toMatchObject({ status: 'written', created: true });
    const back = await readInvoices([inv.id]);
    expect(back.invoices.get(inv.id)!.state).toBe('paid');
    expect(back.lineNumbers.filter((n) => n === 'bf:test-draft-1')).toHaveLength(1);
    await a.close?.();
  });

  it('books rule-classified charges on their account; an unknown account is refused by name', async (ctx) => {
    if (!available) ctx.skip();
    const a = adapter();
    const posting = {
      date: '2026-11-15',
      description: 'Electronic money transfer levy',
      amountMinor: -5_000,
      currency: 'NGN' as const,
      bankAccount: '1.1.1',
    };
    const ok = await a.postEntries!([
      { ...posting, idempotencyKey: 'test-levy-1', contraAccount: tryton!.books.expenseAccount.code },
    ]);
    expect(ok).toEqual([expect.objectContaining({ idempotencyKey: 'test-levy-1', created: true })]);
    const again = await a.postEntries!([
      { ...posting, idempotencyKey: 'test-levy-1', contraAccount: tryton!.books.expenseAccount.code },
    ]);
    expect(again[0]!.created).toBe(false);
    // reported by the journal item the line booked on the bank account, listed by the next pull under that id
    expect(ok[0]!.externalId).toMatch(/^move-line:\d+$/);
    expect(again[0]!.externalId).toBe(ok[0]!.externalId);
    const pulled = await a.pullOpenEntries({ period, cursor: null });
    expect(pulled.entries.find((e) => e.id === ok[0]!.externalId)).toMatchObject({
      kind: 'posting',
      date: '2026-11-15',
      amountMinor: -5_000,
      reference: 'bf:test-levy-1',
      description: 'Electronic money transfer levy',
    });
    // Tryton's own balance of the bank account: these books have no opening, so every journal item on it so far
    const postings = pulled.entries.filter((e) => e.kind === 'posting' && e.date <= '2026-11-30');
    expect(await a.bookBalance!({ asOf: '2026-11-30' })).toMatchObject({
      balanceMinor: postings.reduce((t, e) => t + e.amountMinor, 0),
      currency: 'NGN',
      asOf: '2026-11-30',
    });
    // a day no fiscal year holds: Tryton states no balance
    expect(await a.bookBalance!({ asOf: '2031-01-31' })).toBeNull();
    const err = await a.postEntries!([
      { ...posting, idempotencyKey: 'test-levy-2', contraAccount: 'Expenses:No such account' },
    ]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LedgerPartialWriteError);
    expect((err as LedgerPartialWriteError).rejected[0]!.vendorMessage).toMatch(/no account .*No such account/);
    await a.close?.();
  });

  it('says clearly when the credentials are wrong or missing, and checks a source in words', async (ctx) => {
    if (!available) ctx.skip();
    const wrong = adapter({ password: 'not-the-password' });
    const err = await wrong.pullOpenEntries({ period, cursor: null }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LedgerAuthError);
    expect((err as Error).message).toMatch(/login "bankfeed" .* was refused/);
    expect((err as Error).message).not.toContain('not-the-password');

    const unset = createLedgerAdapter(
      { ...source(), password: undefined, passwordEnv: 'BANKFEED_TEST_TRYTON_PASSWORD_UNSET' },
      { baseDir: '.' },
    );
    await expect(unset.pullOpenEntries({ period, cursor: null })).rejects.toThrow(
      /BANKFEED_TEST_TRYTON_PASSWORD_UNSET .* not set/,
    );

    const good = adapter() as unknown as {
      checkSource(): Promise<Array<{ check: string; ok: boolean; detail: string }>>;
    };
    const checks = await good.checkSource();
    expect(checks.every((c) => c.ok)).toBe(true);
    expect(checks.map((c) => c.detail).join('\n')).toMatch(/GTBank current account.*1\.1\.1/);
    const badJournal = adapter({ bankJournal: 'Zenith' }) as unknown as typeof good;
    const bad = await badJournal.checkSource();
    expect(bad[0]).toMatchObject({ ok: false });
    expect(bad[0]!.detail).toMatch(/no statement journal named "Zenith"/);
  });

  it('bankfeed ledgers test: ready with the right password; refused login in words, exit 1', async (ctx) => {
    if (!available) ctx.skip();
    const dir = mkdtempSync(join(tmpdir(), 'bankfeed-ltest-'));
    const cfg = join(dir, 'ledger.json');
    const { password: _p, ...rest } = source();
    writeFileSync(
      cfg,
      JSON.stringify({
        sources: [{ ...rest, passwordEnv: 'BANKFEED_TEST_TRYTON_PW' }],
        bindings: [{ accountId: 'acct-1', sourceId: 'books', ledgerAccount: '1.1.1', writeBack: true }],
      }),
    );
    const cli = { settings: { ledgerConfigPath: cfg } } as unknown as CliContext;
    const run = async (pw: string) => {
      process.env.BANKFEED_TEST_TRYTON_PW = pw;
      let text = '';
      const spy = vi.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => {
        text += String(c);
        return true;
      });
      try {
        return { code: await testSourceCommand(cli, 'books', {}), text };
      } finally {
        spy.mockRestore();
        delete process.env.BANKFEED_TEST_TRYTON_PW;
      }
    };
    const good = await run(tryton!.password);
    expect(good.code).toBe(0);
    expect(good.text).toMatch(/GTBank current account/);
    expect(good.text).toMatch(/acct-1 → 1\.1\.1 \(write-back on\)/);
    expect(good.text).toMatch(/source "books" is ready/);
    const bad = await run('wrong-password-123');
    expect(bad.code).toBe(1);
    expect(bad.text).toMatch(/FAILED/);
    expect(bad.text).toMatch(/was refused/);
    expect(bad.text).not.toContain('wrong-password-123');
    rmSync(dir, { recursive: true, force: true });
  });

  it('logs in again once when Tryton refuses an expired session, and goes on', async (ctx) => {
    if (!available) ctx.skip();
    const a = adapter();
    await a.pullOpenEntries({ period, cursor: null });
    // What an expired or revoked session looks like to the client: a token the server no longer knows.
    const rpc = (a as unknown as { rpcClient: { session: string | null } }).rpcClient;
    const stale = 'Session ' + Buffer.from(`${tryton!.login}:${tryton!.books.userId}:expired-token`).toString('base64');
    rpc.session = stale;
    const again = await a.pullOpenEntries({ period, cursor: null });
    expect(again.entries.length).toBeGreaterThan(0);
    // A new session replaced the refused one.
    expect(rpc.session).toMatch(/^Session /);
    expect(rpc.session).not.toBe(stale);
    await a.close?.();
  });
});

describe('tryton ledger adapter: postings stored outside the period, and what names a written one', () => {
  const c = () => ({ company: tryton!.books.companyId, companies: [tryton!.books.companyId] });

  /** A cheque entered as a draft move on the bank account against expenses; its bank-account journal item's id. */
  async function draftCheque(rpc: TrytonRpc, date: string, description: string, amount: string) {
    const day = new TrytonDate(date);
    const [journal] = await rpc.call<Array<{ id: number }>>('model.account.journal.search_read', [
      [['code', '=', 'CASH']],
      0,
      1,
      null,
      ['id'],
      c(),
    ]);
    const [p] = await rpc.call<Array<{ id: number }>>('model.account.period.search_read', [
      [
        ['start_date', '<=', day],
        ['end_date', '>=', day],
        ['type', '=', 'standard'],
      ],
      0,
      1,
      null,
      ['id'],
      c(),
    ]);
    const [move] = await rpc.call<number[]>('model.account.move.create', [
      [
        {
          journal: journal!.id,
          period: p!.id,
          date: day,
          description,
          lines: [
            [
              'create',
              [
                { account: tryton!.books.cashAccount.id, debit: new Decimal(0), credit: new Decimal(amount) },
                { account: tryton!.books.expenseAccount.id, debit: new Decimal(amount), credit: new Decimal(0) },
              ],
            ],
          ],
        },
      ],
      c(),
    ]);
    const [line] = await rpc.call<Array<{ id: number }>>('model.account.move.line.search_read', [
      [
        ['move', '=', move],
        ['account', '=', tryton!.books.cashAccount.id],
      ],
      0,
      1,
      null,
      ['id'],
      c(),
    ]);
    return { move: move!, line: line!.id, entryId: `move-line:${line!.id}` };
  }

  it('reads again by id the postings stored outside the period: lists those Tryton holds, closes the rest', async (ctx) => {
    if (!available) ctx.skip();
    const rpc = userRpc();
    const kept = await draftCheque(rpc, '2026-09-14', 'Cheque 000501 to Yaba Printers', '400.00');
    const deleted = await draftCheque(rpc, '2026-09-15', 'Cheque 000502 to Yaba Printers', '500.00');
    const moved = await draftCheque(rpc, '2026-09-16', 'Cheque 000503 to Yaba Printers', '600.00');
    const ids = [kept, deleted, moved].map((m) => m.entryId);
    const a = adapter();
    const september = await a.pullOpenEntries({ period: { from: '2026-09-01', to: '2026-09-30' }, cursor: null });
    expect(september.entries.filter((e) => ids.includes(e.id)).map((e) => e.amountMinor)).toEqual([
      -40_000, -50_000, -60_000,
    ]);
    // In Tryton: one draft deleted (the cheque was never sent), one booked on the wrong account and corrected there.
    await rpc.call('model.account.move.delete', [[deleted.move], c()]);
    await rpc.call('model.account.move.line.write', [[moved.line], { account: tryton!.books.revenueAccount.id }, c()]);
    const november = { from: '2026-11-01', to: '2026-11-30' };
    const r = await a.pullOpenEntries({
      period: november,
      cursor: september.cursor,
      // what bankfeed stores open outside November: these, an invoice (not read by id) and an id Tryton never had
      openPostingsOutside: [...ids, `invoice:${tryton!.invoices[4]!.id}`, 'move-line:987654321'],
    });
    expect(r.entries.filter((e) => ids.includes(e.id))).toEqual([
      expect.objectContaining({
        id: kept.entryId,
        date: '2026-09-14',
        amountMinor: -40_000,
        description: 'Cheque 000501 to Yaba Printers',
        kind: 'posting',
      }),
    ]);
    expect(r.closed!.filter((x) => x.id.startsWith('move-line:'))).toEqual([
      { id: deleted.entryId, reason: 'gone' },
      { id: moved.entryId, reason: 'gone' },
      { id: 'move-line:987654321', reason: 'gone' },
    ]);
    // the pull is still complete over its own period only: what it read by id is listed or closed by name
    expect(r.complete).toEqual([{ ...november, ledgerAccount: '1.1.1', kind: 'posting' }]);
    await rpc.call('model.account.move.delete', [[kept.move, moved.move], c()]);
    await rpc.close();
    await a.close?.();
  });

  it('names a journal item a statement booked by that statement line, and one booked by hand by none', async (ctx) => {
    if (!available) ctx.skip();
    const a = adapter();
    const pulled = await a.pullOpenEntries({ period, cursor: null });
    await a.close?.();
    const rpc = userRpc();
    const [levy] = await rpc.call<Array<{ id: number }>>('model.account.statement.line.search_read', [
      [['number', '=', 'bf:test-levy-1']],
      0,
      1,
      null,
      ['id'],
      c(),
    ]);
    await rpc.close();
    // the id the version before 230b06d reported the write under: written-postings finds the item by it
    expect(pulled.entries.find((e) => e.reference === 'bf:test-levy-1')?.restateKey).toBe(`statement-line:${levy!.id}`);
    expect(pulled.entries.find((e) => e.description === 'Cheque 000123 to Ikeja Stationers')?.restateKey).toBeNull();
  });
});
