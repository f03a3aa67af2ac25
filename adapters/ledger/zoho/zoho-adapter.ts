import type { LedgerEntry } from '../../../domain/ledger.js';
import { currentBalanceApplies, type VendorBookBalance } from '../oauth/book-balance.js';
import { readSecret } from '../oauth/credentials.js';
import { LedgerAuthError, LedgerPartialWriteError, LedgerRejectedError } from '../oauth/errors.js';
import { OAuthLedgerSource, oauthSourceFactory, type OAuthAdapterDeps } from '../oauth/oauth-source.js';
import type { LedgerSettlement, LedgerSettlementResult } from '../oauth/settlement.js';
import { tokenEndpointGrant } from '../oauth/token-endpoint.js';
import { knownCurrency, minorToVendorAmount, vendorAmountToMinor } from '../oauth/vendor-amount.js';
import { vendorReference } from '../oauth/write-keys.js';
import type { LedgerAdapterFactory, LedgerPosting, LedgerPullQuery, LedgerPullResult } from '../types.js';
import { hasMorePages, ZOHO, ZohoApi, type ZohoEnvelope } from './zoho-api.js';
import { zohoConfigSchema, zohoUrls, type ZohoConfig } from './zoho-config.js';

type Doc = Record<string, unknown>;

interface ZohoCursor {
  v: 1;
  org: string;
  invoices: string | null;
  bills: string | null;
}

const CLOSED = new Set(['draft', 'void', 'paid']);

function str(v: unknown): string | null {
  return typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : null;
}

/** Zoho ids are long digit strings; the categorise operations declare them integers, so they must be exact. */
function numericId(id: string, what: string): number {
  const n = Number(id);
  if (!/^\d+$/.test(id) || !Number.isSafeInteger(n))
    throw new LedgerRejectedError(ZOHO, what, 0, `id ${id} cannot be sent as the integer Zoho's API expects`);
  return n;
}

export function parseZohoEntryId(id: string): { kind: 'invoice' | 'bill'; docId: string; partyId: string } | null {
  const m = /^(invoice|bill):(\d+):(\d+)$/.exec(id);
  return m ? { kind: m[1] as 'invoice' | 'bill', docId: m[2]!, partyId: m[3]! } : null;
}

export type ZohoAdapterDeps = OAuthAdapterDeps;

export class ZohoBooksAdapter extends OAuthLedgerSource<ZohoConfig> {
  readonly kind = 'zoho-books';
  readonly api: ZohoApi;
  private bank: Doc | null = null;

  constructor(config: ZohoConfig, deps: ZohoAdapterDeps) {
    const urls = zohoUrls(config);
    super(config, deps, {
      vendor: ZOHO,
      // Zoho keeps the refresh token: the grant never rotates it.
      grant: (rt) =>
        tokenEndpointGrant({
          vendor: ZOHO,
          tokenUrl: urls.token,
          clientId: readSecret(ZOHO, config.clientIdEnv, deps.env),
          clientSecret: readSecret(ZOHO, config.clientSecretEnv, deps.env),
          clientAuth: 'body',
          grant: 'refresh_token',
          timeoutMs: config.timeoutMs,
        })(rt),
    });
    this.api = new ZohoApi({
      apiUrl: urls.api,
      organizationId: config.organizationId,
      session: this.session,
      timeoutMs: config.timeoutMs,
      retry: config.retry,
      ...(deps.sleep ? { sleep: deps.sleep } : {}),
    });
  }

  async bankAccount(): Promise<Doc> {
    if (this.bank) return this.bank;
    const body = await this.api.call('GET', '/bankaccounts', { filter_by: 'Status.Active' });
    const all = (body.bankaccounts as Doc[] | undefined) ?? [];
    const want = this.config.bankAccount;
    const found = all.find((a) => str(a.account_id) === want || str(a.account_code) === want);
    if (!found)
      throw new LedgerAuthError(
        ZOHO,
        `bank account "${want}" is not among the organisation's bank accounts (${all.map((a) => str(a.account_code) ?? str(a.account_name)).join(', ') || 'none'}): set bankAccount to its account_id or account code`,
      );
    this.bank = found;
    return found;
  }

  /** Zoho states a bank account's current book balance (`balance`; `bank_balance` is the bank's side): today's only. */
  async bookBalance(q: { ledgerAccount?: string | null; asOf: string }): Promise<VendorBookBalance | null> {
    const day = currentBalanceApplies(q.asOf);
    if (!day) return null;
    this.bank = null; // the balance moves: read the account afresh
    const b = await this.bankAccount();
    const currency = knownCurrency(b.currency_code);
    if (!currency || b.balance === undefined || b.balance === null) return null;
    return {
      balanceMinor: vendorAmountToMinor(b.balance, currency, `Zoho bank account ${str(b.account_id)} balance`),
      currency,
      asOf: day,
      detail: `Zoho Books balance of bank account ${str(b.account_code) ?? ''} "${str(b.account_name) ?? ''}" on ${day}`,
    };
  }

  /** `bankfeed ledgers test`: the grant (in its data centre), the organisation's bank account, invoices and bills. */
  protected sourceChecks(): Array<[string, () => Promise<string>]> {
    return [
      [
        'credentials',
        async () => (await this.session.accessToken(), `access token valid (data centre ${this.config.dataCentre})`),
      ],
      [
        'bank account',
        async () => {
          const b = await this.bankAccount();
          return `organisation ${this.config.organizationId}: bank account ${str(b.account_code) ?? ''} "${str(b.account_name) ?? ''}" in ${str(b.currency_code) ?? '?'}`;
        },
      ],
      [
        'read invoices and bills',
        async () => {
          const inv = await this.api.call('GET', '/invoices', { page: 1, per_page: 1 });
          const bills = await this.api.call('GET', '/bills', { page: 1, per_page: 1 });
          const n = (b: ZohoEnvelope, k: string) => ((b[k] as unknown[] | undefined) ?? []).length;
          return `invoices and bills readable (${n(inv, 'invoices') + n(bills, 'bills') > 0 ? 'some on file' : 'none on file yet'})`;
        },
      ],
    ];
  }

  /** Pages until Zoho says there is no more (or, where it does not say, until a short page). Repeats kept once. */
  private async listAll(path: string, key: string, query: Record<string, string | undefined>, each: (d: Doc) => void) {
    for (let page = 1; page <= 100_000; page++) {
      const body: ZohoEnvelope = await this.api.call('GET', path, { ...query, page, per_page: this.config.perPage });
      const items = (body[key] as Doc[] | undefined) ?? [];
      items.forEach(each);
      const more = hasMorePages(body);
      if (more === false || (more === null && items.length < this.config.perPage)) return;
    }
  }

  private parseCursor(raw: string | null | undefined): ZohoCursor {
    const empty: ZohoCursor = { v: 1, org: this.config.organizationId, invoices: null, bills: null };
    if (!raw?.startsWith('zoho:v1:')) return empty;
    try {
      const c = JSON.parse(raw.slice(8)) as ZohoCursor;
      return c.v === 1 && c.org === this.config.organizationId ? c : empty;
    } catch {
      return empty;
    }
  }

  async pullOpenEntries(q: LedgerPullQuery): Promise<LedgerPullResult> {
    await this.bankAccount();
    const account = q.ledgerAccount ?? this.config.bankAccount;
    const cursor = this.parseCursor(q.cursor);
    const next = { ...cursor };
    const byId = new Map<string, LedgerEntry>();
    const later = (a: string | null, b: unknown) => {
      const s = str(b);
      return s &&
        (!a ||
          Date.parse(s.replace(/([+-]\d\d)(\d\d)$/, '$1:$2')) > Date.parse(a.replace(/([+-]\d\d)(\d\d)$/, '$1:$2')))
        ? s
        : a;
    };
    const closed: NonNullable<LedgerPullResult['closed']> = [];
    const open = (kind: 'invoice' | 'bill', d: Doc) => {
      const currency = knownCurrency(d.currency_code);
      const id = str(d[`${kind}_id`]);
      const party = str(d[kind === 'invoice' ? 'customer_id' : 'vendor_id']);
      const date = str(d.date);
      if (!currency || !id || !party || !date) return;
      const status = String(d.status);
      const balance = CLOSED.has(status) ? 0 : vendorAmountToMinor(d.balance, currency, `Zoho ${kind} ${id} balance`);
      // Read again since the last pull (every status is listed) and no longer open: paid, voided, back to draft.
      if (balance <= 0) {
        const reason = status === 'void' ? 'voided' : status === 'draft' ? 'cancelled' : 'paid';
        closed.push({ id: `${kind}:${id}:${party}`, reason });
        return;
      }
      if (date < q.period.from || date > q.period.to) return;
      const number = str(d[`${kind}_number`]);
      byId.set(`${kind}:${id}:${party}`, {
        id: `${kind}:${id}:${party}`,
        date,
        dueDate: str(d.due_date),
        amountMinor: kind === 'invoice' ? balance : -balance,
        currency,
        reference: number ?? str(d.reference_number),
        description: [kind === 'invoice' ? 'Invoice' : 'Bill', number, str(d.reference_number)]
          .filter(Boolean)
          .join(' '),
        party: str(d[kind === 'invoice' ? 'customer_name' : 'vendor_name']),
        account,
      });
    };
    const common = { filter_by: 'Status.All', sort_column: 'last_modified_time' };
    await this.listAll(
      '/invoices',
      'invoices',
      { ...common, last_modified_time: cursor.invoices ?? undefined },
      (d) => {
        next.invoices = later(next.invoices, d.last_modified_time);
        open('invoice', d);
      },
    );
    await this.listAll('/bills', 'bills', { ...common, last_modified_time: cursor.bills ?? undefined }, (d) => {
      next.bills = later(next.bills, d.last_modified_time);
      open('bill', d);
    });
    const full = cursor.invoices === null && cursor.bills === null;
    return {
      entries: [...byId.values()],
      // An incremental pull names what closed; a full one lists every open item of the period (deletions included).
      ...(full ? { complete: { from: q.period.from, to: q.period.to, ledgerAccount: account } } : { closed }),
      cursor: `zoho:v1:${JSON.stringify(next)}`,
    };
  }

  /**
   * The Zoho statement line for one bank line: one bankfeed already wrote (by its reference), else an uncategorised
   * feed line of the same date, direction and amount, else the line imported now through /bankstatements with our
   * reference (so a retry finds it instead of importing it twice).
   */
  private async statementLine(w: {
    date: string;
    amountMinor: number;
    currency: string;
    ref: string;
    payee: string;
    description: string;
  }): Promise<Doc> {
    const bank = await this.bankAccount();
    const accountId = str(bank.account_id)!;
    const byRef = await this.api.call('GET', '/banktransactions', { account_id: accountId, reference_number: w.ref });
    const ours = ((byRef.banktransactions as Doc[] | undefined) ?? []).find((t) => str(t.reference_number) === w.ref);
    if (ours) return ours;
    const direction = w.amountMinor > 0 ? 'credit' : 'debit';
    const amount = minorToVendorAmount(w.amountMinor, w.currency as never);
    const feed = await this.api.call('GET', '/banktransactions', {
      account_id: accountId,
      filter_by: 'Status.Uncategorized',
      date: w.date,
    });
    const same = ((feed.banktransactions as Doc[] | undefined) ?? []).find(
      (t) =>
        str(t.debit_or_credit) === direction &&
        sameMinor(t.amount, w.currency as never, Math.abs(w.amountMinor)) &&
        str(t.date) === w.date,
    );
    if (same) return same;
    await this.api.call(
      'POST',
      '/bankstatements',
      {},
      {
        account_id: accountId,
        start_date: w.date,
        end_date: w.date,
        transactions: [
          {
            date: w.date,
            debit_or_credit: direction,
            amount: Number(amount),
            payee: w.payee,
            description: w.description,
            reference_number: w.ref,
          },
        ],
      },
    );
    const again = await this.api.call('GET', '/banktransactions', { account_id: accountId, reference_number: w.ref });
    const imported = ((again.banktransactions as Doc[] | undefined) ?? []).find(
      (t) => str(t.reference_number) === w.ref,
    );
    if (!imported)
      throw new LedgerRejectedError(
        ZOHO,
        'POST /bankstatements',
        0,
        'the imported statement line does not show up in the bank account',
      );
    return imported;
  }

  private isDone(line: Doc): boolean {
    const s = String(line.status ?? '');
    return s !== '' && s !== 'uncategorized';
  }

  /**
   * A confirmed match: the bank line's statement line in Zoho is categorised as the customer's payment of the invoice
   * (or the vendor payment of the bill), which records the payment and reconciles the line in one step.
   */
  async settleEntries(settlements: LedgerSettlement[]): Promise<LedgerSettlementResult[]> {
    const out: LedgerSettlementResult[] = [];
    if (settlements.length === 0) return out;
    const bank = await this.bankAccount();
    for (const s of settlements) {
      const target = parseZohoEntryId(s.entryId);
      if (!target) {
        out.push({
          idempotencyKey: s.idempotencyKey,
          status: 'rejected',
          vendorMessage: `"${s.entryId}" is not an entry pulled from Zoho Books`,
        });
        continue;
      }
      const ref = vendorReference(s.idempotencyKey, 50);
      const amount = Number(minorToVendorAmount(s.amountMinor, s.currency));
      try {
        const line = await this.statementLine({
          date: s.date,
          amountMinor: target.kind === 'invoice' ? Math.abs(s.amountMinor) : -Math.abs(s.amountMinor),
          currency: s.currency,
          ref,
          payee: '',
          description: s.reference ?? ref,
        });
        const lineId = str(line.transaction_id)!;
        if (this.isDone(line)) {
          out.push({ idempotencyKey: s.idempotencyKey, status: 'written', externalId: lineId, created: false });
          continue;
        }
        if (target.kind === 'invoice') {
          await this.api.call(
            'POST',
            `/banktransactions/uncategorized/${lineId}/categorize/customerpayments`,
            {},
            {
              customer_id: target.partyId,
              invoices: [
                { invoice_id: numericId(target.docId, 'categorise as customer payment'), amount_applied: amount },
              ],
              payment_mode: 'banktransfer',
              amount,
              date: s.date,
              reference_number: ref,
              account_id: str(bank.account_id)!,
            },
          );
        } else {
          await this.api.call(
            'POST',
            `/banktransactions/uncategorized/${lineId}/categorize/vendorpayments`,
            {},
            {
              vendor_id: target.partyId,
              bills: [{ bill_id: target.docId, amount_applied: amount }],
              payment_mode: 'banktransfer',
              amount,
              date: s.date,
              reference_number: ref,
              paid_through_account_id: str(bank.account_id)!,
            },
          );
        }
        out.push({ idempotencyKey: s.idempotencyKey, status: 'written', externalId: lineId, created: true });
      } catch (err) {
        if (!(err instanceof LedgerRejectedError)) throw err;
        out.push({ idempotencyKey: s.idempotencyKey, status: 'rejected', vendorMessage: err.vendorMessage });
      }
    }
    return out;
  }

  /** Rule-classified bank lines: a charge is categorised as an expense on its account; money in as interest income. */
  async postEntries(
    postings: LedgerPosting[],
  ): Promise<Array<{ idempotencyKey: string; externalId: string; created: boolean }>> {
    const written: Array<{ idempotencyKey: string; externalId: string; created: boolean }> = [];
    const rejected: Array<{ idempotencyKey: string; vendorMessage: string }> = [];
    if (postings.length === 0) return written;
    const bank = await this.bankAccount();
    const bankId = str(bank.account_id)!;
    for (const p of postings) {
      const ref = vendorReference(p.idempotencyKey, 50);
      const amount = Number(minorToVendorAmount(p.amountMinor, p.currency));
      try {
        const line = await this.statementLine({
          date: p.date,
          amountMinor: p.amountMinor,
          currency: p.currency,
          ref,
          payee: '',
          description: p.description,
        });
        const lineId = str(line.transaction_id)!;
        if (this.isDone(line)) {
          written.push({ idempotencyKey: p.idempotencyKey, externalId: lineId, created: false });
          continue;
        }
        if (p.amountMinor < 0) {
          await this.api.call(
            'POST',
            `/banktransactions/uncategorized/${lineId}/categorize/expenses`,
            {},
            {
              account_id: p.contraAccount,
              paid_through_account_id: bankId,
              date: p.date,
              amount,
              reference_number: ref,
              description: p.description.slice(0, 100),
            },
          );
        } else {
          await this.api.call(
            'POST',
            `/banktransactions/uncategorized/${lineId}/categorize`,
            {},
            {
              transaction_type: 'interest_income',
              from_account_id: p.contraAccount,
              to_account_id: bankId,
              amount,
              date: p.date,
              reference_number: ref,
              description: p.description.slice(0, 100),
            },
          );
        }
        written.push({ idempotencyKey: p.idempotencyKey, externalId: lineId, created: true });
      } catch (err) {
        if (!(err instanceof LedgerRejectedError)) throw err;
        rejected.push({ idempotencyKey: p.idempotencyKey, vendorMessage: err.vendorMessage });
      }
    }
    if (rejected.length > 0) throw new LedgerPartialWriteError(ZOHO, written, rejected);
    return written;
  }
}

export const zohoBooksLedgerAdapter: LedgerAdapterFactory<ZohoConfig> = oauthSourceFactory(
  'zoho-books',
  zohoConfigSchema,
  (config: ZohoConfig, deps) => new ZohoBooksAdapter(config, deps),
);

/** Whether a feed line's amount is these minor units; a line whose amount cannot be read is simply not ours. */
function sameMinor(value: unknown, currency: Parameters<typeof vendorAmountToMinor>[1], minor: number): boolean {
  try {
    return vendorAmountToMinor(value, currency, 'banktransactions[].amount') === minor;
  } catch {
    return false;
  }
}
