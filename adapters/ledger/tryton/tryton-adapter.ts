import type { z } from 'zod';
import { Decimal, majorToMinor, minorToMajorString } from '../../../domain/money.js';
import { LedgerAuthError, LedgerPartialWriteError } from '../oauth/errors.js';
import type { LedgerSettlement, LedgerSettlementResult, SettlesEntries } from '../oauth/settlement.js';
import { vendorReference } from '../oauth/write-keys.js';
import type {
  LedgerAdapter,
  LedgerAdapterFactory,
  LedgerBookBalance,
  LedgerPosting,
  LedgerPullQuery,
  LedgerPullResult,
} from '../types.js';
import { resolveBooks, type TrytonBooks } from './tryton-books.js';
import { trytonConfigSchema, type TrytonConfig } from './tryton-config.js';
import { TrytonDate } from './tryton-json.js';
import { parseEntryId, pullTrytonEntries } from './tryton-pull.js';
import { TrytonRpc, VENDOR } from './tryton-rpc.js';
import { writeStatementLines, type LineOutcome, type StatementLineSpec } from './tryton-statements.js';

/** Tryton's Char fields have no length limit, but people read `number` in lists: keep it short. */
const NUMBER_MAX = 64;

/** One finding of `bankfeed ledgers test`: what was checked, whether it holds, and in words what to do if not. */
export interface SourceCheck {
  check: string;
  ok: boolean;
  detail: string;
}

class TrytonAdapter implements LedgerAdapter, SettlesEntries {
  readonly kind = 'tryton';
  private rpcClient: TrytonRpc | null = null;
  private books: Promise<TrytonBooks> | null = null;

  constructor(private readonly config: TrytonConfig) {}

  private rpc(): TrytonRpc {
    if (this.rpcClient) return this.rpcClient;
    const password = this.config.password ?? process.env[this.config.passwordEnv!];
    if (!password)
      throw new LedgerAuthError(
        VENDOR,
        `environment variable ${this.config.passwordEnv} (the source's passwordEnv) is not set; the password for login "${this.config.login}" is missing`,
      );
    this.rpcClient = new TrytonRpc({
      url: this.config.url,
      database: this.config.database,
      login: this.config.login,
      password,
      timeoutMs: this.config.timeoutMs,
    });
    return this.rpcClient;
  }

  private booksOnce(): Promise<TrytonBooks> {
    if (!this.books) {
      this.books = resolveBooks(this.rpc(), this.config);
      // A failure (server down, wrong password) is not remembered: the next call tries again.
      this.books.catch(() => (this.books = null));
    }
    return this.books;
  }

  async pullOpenEntries(q: LedgerPullQuery): Promise<LedgerPullResult> {
    const books = await this.booksOnce();
    return pullTrytonEntries(this.rpc(), {
      books,
      currency: this.config.currency,
      invoiceReference: this.config.invoiceReference,
      period: q.period,
      cursor: q.cursor,
      overlapSeconds: this.config.cursorOverlapSeconds,
      openPostingsOutside: q.openPostingsOutside,
    });
  }

  /**
   * Tryton's own balance of the bank journal's account at the end of `asOf` (the account's `balance` with the date in
   * the context: every move of the fiscal year up to that day, draft ones included as Tryton counts them, on top of
   * the earlier years' balance). A journal kept in another currency than the company's has its account's balance in
   * that currency: the account's `amount_second_currency`, counted the same way, which Tryton states when the
   * account's second currency is the journal's. Null when no fiscal year of the company holds the day, or when Tryton
   * states no balance in the journal's currency (a foreign-currency journal whose account has no such second
   * currency).
   */
  async bookBalance(q: { ledgerAccount?: string | null; asOf: string }): Promise<LedgerBookBalance | null> {
    const books = await this.booksOnce();
    const day = new TrytonDate(q.asOf);
    const years = await this.rpc().call<number>('model.account.fiscalyear.search_count', [
      [
        ['company', '=', books.companyId],
        ['start_date', '<=', day],
        ['end_date', '>=', day],
      ],
      books.context,
    ]);
    if (years === 0) return null;
    const [row] = await this.rpc().call<
      Array<{
        balance: Decimal;
        amount_second_currency: Decimal | null;
        'currency.': { code: string } | null;
        'second_currency.': { code: string } | null;
      }>
    >('model.account.account.read', [
      [books.journal.accountId],
      ['balance', 'currency.code', 'amount_second_currency', 'second_currency.code'],
      { ...books.context, date: day },
    ]);
    if (!row) return null;
    // `balance` is in the company's currency; a bank journal kept in another one is stated in its own, or not at all
    const balance =
      row['currency.']?.code === this.config.currency
        ? row.balance
        : row['second_currency.']?.code === this.config.currency
          ? (row.amount_second_currency ?? new Decimal(0))
          : null;
    if (balance === null) return null;
    return {
      balanceMinor: majorToMinor(balance, this.config.currency),
      currency: this.config.currency,
      asOf: q.asOf,
      detail: `Tryton's balance of account ${books.journal.accountCode} (statement journal "${books.journal.name}") at ${q.asOf}`,
    };
  }

  private major(minor: number): Decimal {
    return new Decimal(minorToMajorString(minor, this.config.currency));
  }

  private checkAmount(key: string, minor: number, currency: string): void {
    if (currency !== this.config.currency)
      throw new Error(
        `write "${key}": currency ${currency}, but this Tryton source is kept in ${this.config.currency}`,
      );
    if (!Number.isSafeInteger(minor) || minor === 0)
      throw new Error(`write "${key}": amount must be a non-zero whole number of minor units`);
  }

  /**
   * A confirmed match becomes a statement line related to its invoice; validating the statement pays the invoice
   * (in full, or partly: Tryton keeps the rest as amount to pay) and books a move whose journal item on the bank
   * account is what each result reports (`move-line:<id>`, the id the next pull lists it under). A journal item of the
   * bank account pulled from the books (a payment recorded by hand, a cheque) is already there: settling one writes
   * nothing and reports the item itself (Tryton keeps no cleared flag on it to set).
   */
  async settleEntries(settlements: LedgerSettlement[]): Promise<LedgerSettlementResult[]> {
    const books = await this.booksOnce();
    const rpc = this.rpc();
    const results = new Map<string, LedgerSettlementResult>();
    const invoiceIds = new Set<number>();
    for (const s of settlements) {
      this.checkAmount(s.idempotencyKey, s.amountMinor, s.currency);
      const ref = parseEntryId(s.entryId);
      if (!ref) throw new Error(`settlement "${s.idempotencyKey}": "${s.entryId}" is not a Tryton entry id`);
      if (ref.model === 'invoice') invoiceIds.add(ref.id);
    }
    const invoices = new Map(
      (
        await rpc.call<
          Array<{
            id: number;
            number: string | null;
            state: string;
            party: number;
            account: number;
            'currency.': { code: string };
          }>
        >('model.account.invoice.read', [
          [...invoiceIds],
          ['number', 'state', 'party', 'account', 'currency.code'],
          books.context,
        ])
      ).map((i) => [i.id, i]),
    );
    const specs: StatementLineSpec[] = [];
    const seen = new Set<string>();
    for (const s of settlements) {
      if (seen.has(s.idempotencyKey)) continue;
      seen.add(s.idempotencyKey);
      const ref = parseEntryId(s.entryId)!;
      if (ref.model === 'move-line') {
        results.set(s.idempotencyKey, {
          idempotencyKey: s.idempotencyKey,
          status: 'written',
          externalId: s.entryId,
          created: false,
        });
        continue;
      }
      const inv = invoices.get(ref.id);
      const number = vendorReference(s.idempotencyKey, NUMBER_MAX);
      specs.push({
        key: s.idempotencyKey,
        number,
        date: s.date,
        amount: this.major(s.amountMinor),
        accountId: inv?.account ?? 0,
        partyId: inv?.party ?? null,
        invoiceId: ref.id,
        description: `bankfeed: ${inv?.number ?? s.entryId}${s.reference ? ` ${s.reference}` : ''}`,
      });
    }
    // Written earlier (found by number) counts even if the invoice is paid by now; otherwise it must still be open.
    const outcomes = await writeStatementLines(
      rpc,
      books,
      specs.filter((sp) => {
        const inv = invoices.get(sp.invoiceId!);
        return inv !== undefined;
      }),
      this.config.writeBatchSize,
      (sp) => {
        const inv = invoices.get(sp.invoiceId!)!;
        if (inv.state !== 'posted') return `invoice ${inv.number ?? inv.id} is ${inv.state} in Tryton, not open`;
        if (inv['currency.'].code !== this.config.currency)
          return `invoice ${inv.number ?? inv.id} is in ${inv['currency.'].code}, the bank journal in ${this.config.currency}`;
        return null;
      },
    );
    for (const sp of specs) {
      const o = outcomes.get(sp.key);
      results.set(
        sp.key,
        o
          ? toSettlementResult(o)
          : {
              idempotencyKey: sp.key,
              status: 'rejected',
              vendorMessage: `invoice ${sp.invoiceId} does not exist in Tryton (deleted, or the user may not read it)`,
            },
      );
    }
    return settlements.map((s) => results.get(s.idempotencyKey)!);
  }

  /**
   * Rule-classified bank lines (charges, levies, interest) and write-off lines become statement lines on their
   * account, each reported by the journal item its move booked on the bank account (`move-line:<id>`).
   */
  async postEntries(
    postings: LedgerPosting[],
  ): Promise<Array<{ idempotencyKey: string; externalId: string; created: boolean }>> {
    const books = await this.booksOnce();
    const rpc = this.rpc();
    for (const p of postings) this.checkAmount(p.idempotencyKey, p.amountMinor, p.currency);
    const accountIds = await this.accountIds(
      books,
      postings.map((p) => p.contraAccount),
    );
    const specs = postings.map((p): StatementLineSpec => ({
      key: p.idempotencyKey,
      number: vendorReference(p.idempotencyKey, NUMBER_MAX),
      date: p.date,
      amount: this.major(p.amountMinor),
      accountId: accountIds.get(p.contraAccount) ?? 0,
      partyId: null,
      invoiceId: null,
      description: p.description,
    }));
    const outcomes = await writeStatementLines(rpc, books, specs, this.config.writeBatchSize, (sp) =>
      sp.accountId === 0
        ? `no account with code or name "${postings.find((p) => p.idempotencyKey === sp.key)!.contraAccount}" in company "${books.companyName}"`
        : null,
    );
    const written: Array<{ idempotencyKey: string; externalId: string; created: boolean }> = [];
    const rejected: Array<{ idempotencyKey: string; vendorMessage: string }> = [];
    for (const p of postings) {
      const o = outcomes.get(p.idempotencyKey)!;
      if (o.status === 'written') written.push({ idempotencyKey: o.key, externalId: o.externalId, created: o.created });
      else rejected.push({ idempotencyKey: o.key, vendorMessage: o.vendorMessage });
    }
    if (rejected.length > 0) throw new LedgerPartialWriteError(VENDOR, written, rejected);
    return written;
  }

  private async accountIds(books: TrytonBooks, names: string[]): Promise<Map<string, number>> {
    const wanted = [...new Set(names)];
    if (wanted.length === 0) return new Map();
    const rows = await this.rpc().call<Array<{ id: number; code: string | null; name: string }>>(
      'model.account.account.search_read',
      [
        [
          ['company', '=', books.companyId],
          ['closed', '!=', true],
          ['type', '!=', null],
          ['OR', ['code', 'in', wanted], ['name', 'in', wanted]],
        ],
        0,
        null,
        [['id', 'ASC']],
        ['code', 'name'],
        books.context,
      ],
    );
    const out = new Map<string, number>();
    for (const w of wanted) {
      const hit = rows.find((r) => r.code === w) ?? rows.find((r) => r.name === w);
      if (hit) out.set(w, hit.id);
    }
    return out;
  }

  /** `bankfeed ledgers test`: credentials, reachability, company, journal, and read access to what pulls need. */
  async checkSource(): Promise<SourceCheck[]> {
    const checks: SourceCheck[] = [];
    let books: TrytonBooks;
    try {
      books = await this.booksOnce();
    } catch (err) {
      checks.push({ check: 'login, company and bank journal', ok: false, detail: (err as Error).message });
      return checks;
    }
    checks.push({
      check: 'login',
      ok: true,
      detail: `logged in as "${this.config.login}" on database "${this.config.database}"`,
    });
    checks.push({ check: 'company', ok: true, detail: `company "${books.companyName}"` });
    checks.push({
      check: 'bank journal',
      ok: true,
      detail: `statement journal "${books.journal.name}" on account ${books.journal.accountCode}, ${books.journal.currency}, validated by ${books.journal.validation}`,
    });
    if (books.journal.currency !== books.companyCurrency) {
      const [account] = await this.rpc().call<Array<{ 'second_currency.': { code: string } | null }>>(
        'model.account.account.read',
        [[books.journal.accountId], ['second_currency.code'], books.context],
      );
      const second = account?.['second_currency.']?.code ?? null;
      checks.push({
        check: 'bank account currency',
        ok: second === books.journal.currency,
        detail:
          second === books.journal.currency
            ? `account ${books.journal.accountCode} keeps its items in ${second} (second currency), the journal's currency; the company's is ${books.companyCurrency}`
            : `the journal is kept in ${books.journal.currency} but the company in ${books.companyCurrency}, and account ${books.journal.accountCode} has ${second ? `${second} as` : 'no'} second currency: set its Second Currency to ${books.journal.currency} (Tryton then keeps every item of it in ${books.journal.currency} and states its balance in it)`,
      });
    }
    for (const [model, what] of [
      ['account.invoice', 'invoices'],
      ['account.move.line', 'journal items'],
      ['account.statement', 'statements'],
    ] as const) {
      try {
        const n = await this.rpc().call<number>(`model.${model}.search_count`, [
          [['company', '=', books.companyId]],
          books.context,
        ]);
        checks.push({ check: `read ${what}`, ok: true, detail: `${n} ${what} visible` });
      } catch (err) {
        checks.push({ check: `read ${what}`, ok: false, detail: (err as Error).message });
      }
    }
    return checks;
  }

  async close(): Promise<void> {
    await this.rpcClient?.close();
  }
}

function toSettlementResult(o: LineOutcome): LedgerSettlementResult {
  return o.status === 'written'
    ? { idempotencyKey: o.key, status: 'written', externalId: o.externalId, created: o.created }
    : { idempotencyKey: o.key, status: 'rejected', vendorMessage: o.vendorMessage };
}

export const trytonLedgerAdapter: LedgerAdapterFactory<TrytonConfig> = {
  kind: 'tryton',
  configSchema: trytonConfigSchema as unknown as z.ZodType<TrytonConfig>,
  create: (config) => new TrytonAdapter(config),
};
