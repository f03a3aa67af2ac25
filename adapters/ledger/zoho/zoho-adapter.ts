import type { LedgerEntry } from '../../../domain/ledger.js';
import { currentBalanceApplies, type VendorBookBalance } from '../oauth/book-balance.js';
import { refuseOtherBankAccount } from '../oauth/bound-account.js';
import { readSecret } from '../oauth/credentials.js';
import { LedgerAuthError, LedgerPartialWriteError, LedgerRejectedError, type WriteRefusal } from '../oauth/errors.js';
import { OAuthLedgerSource, oauthSourceFactory, type OAuthAdapterDeps } from '../oauth/oauth-source.js';
import type { LedgerSettlement, LedgerSettlementResult } from '../oauth/settlement.js';
import type { SourceCheckContext } from '../oauth/source-check.js';
import { tokenEndpointGrant } from '../oauth/token-endpoint.js';
import { knownCurrency, minorToVendorAmount, vendorAmountToMinor } from '../oauth/vendor-amount.js';
import { vendorReference } from '../oauth/write-keys.js';
import { outsideCapNote } from '../oauth/outside-postings.js';
import type { LedgerAdapterFactory, LedgerPosting, LedgerPullQuery, LedgerPullResult } from '../types.js';
import { checkAccountMap, checkRuleAccounts, zohoAccountFor } from './zoho-account-map.js';
import { hasMorePages, ZOHO, ZohoApi, type ZohoEnvelope } from './zoho-api.js';
import { zohoConfigSchema, zohoUrls, type ZohoConfig } from './zoho-config.js';

type Doc = Record<string, unknown>;

type Kind = 'invoice' | 'bill';

interface ZohoCursor {
  v: 1;
  org: string;
  /** The newest last_modified_time seen of each collection (Zoho's form, whole seconds). */
  invoices: string | null;
  bills: string | null;
  /** Where the next step of the deletion sweep starts (a date); absent or null: at the period's start. */
  sweep?: string | null;
  /** Days a sweep window asks for, grown or halved so one page holds it. */
  span?: number;
  /**
   * Where the next pull's re-reading of the postings stored outside the period starts (the first date of a window of
   * theirs it did not finish); absent or null: at the earliest.
   */
  outside?: string | null;
}

const CLOSED = new Set(['draft', 'void', 'paid']);

/** A bank-account transaction's status when the books hold it (categorised, added by hand, matched to one). */
const BOOKED = new Set(['categorized', 'manually_added', 'matched']);

/** The entry id of a transaction on the bank account: what a write-back reports writing, and a pull lists. */
export const zohoTxnId = (transactionId: string): string => `txn:${transactionId}`;

/** Days one listing of the bank account asks for when it re-reads stored postings' dates: a month at most. */
const OUTSIDE_WINDOW_DAYS = 31;

/** Zoho's times ("2026-11-20T10:00:00+0100"): milliseconds, and back in UTC. */
function zohoMs(t: unknown): number {
  return typeof t === 'string' ? Date.parse(t.replace(/([+-]\d\d)(\d\d)$/, '$1:$2')) : Number.NaN;
}

function zohoTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}+0000`;
}

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

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

/**
 * A transaction of the bound bank account as the books' posting (`txn:<transaction_id>`, credit money in), when the
 * books hold it (categorised, added by hand, matched to one); null for a statement line the books do not (uncategorised,
 * excluded) or one bankfeed cannot state.
 */
function postingOf(t: Doc, bank: Doc, account: string): LedgerEntry | null {
  const id = str(t.transaction_id);
  const date = str(t.date);
  const status = str(t.status) ?? '';
  const currency = knownCurrency(t.currency_code ?? bank.currency_code);
  if (!id || !date || !currency || !BOOKED.has(status)) return null;
  const minor = vendorAmountToMinor(t.amount, currency, `Zoho bank transaction ${id} amount`);
  return {
    id: zohoTxnId(id),
    date,
    amountMinor: str(t.debit_or_credit) === 'debit' ? -minor : minor,
    currency,
    reference: str(t.reference_number),
    description: [str(t.transaction_type)?.replace(/_/g, ' '), str(t.description)].filter(Boolean).join(': '),
    party: str(t.payee),
    account,
    kind: 'posting',
  };
}

/**
 * Settlements grouped by the payment they belong to: one batch per `paymentKey` when every settlement of it is a
 * document of the same kind and party (one customer's invoices, one supplier's bills) on one day; each settlement
 * alone otherwise, and when it names no payment.
 */
export function paymentBatches(settlements: readonly LedgerSettlement[]): LedgerSettlement[][] {
  const byPayment = new Map<string, LedgerSettlement[]>();
  const batches: LedgerSettlement[][] = [];
  for (const s of settlements) {
    if (!s.paymentKey) {
      batches.push([s]);
      continue;
    }
    const same = byPayment.get(s.paymentKey);
    if (same) same.push(s);
    else {
      const batch = [s];
      byPayment.set(s.paymentKey, batch);
      batches.push(batch);
    }
  }
  return batches.flatMap((batch) => {
    if (batch.length === 1) return [batch];
    const targets = batch.map((s) => parseZohoEntryId(s.entryId));
    const one =
      targets.every((t) => t && t.kind === targets[0]!.kind && t.partyId === targets[0]!.partyId) &&
      batch.every((s) => s.date === batch[0]!.date && s.currency === batch[0]!.currency);
    return one ? [batch] : batch.map((s) => [s]);
  });
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

  /** Refuses a binding naming another of the organisation's bank accounts than the source's (bound-account.ts). */
  private async refuseOtherBankAccount(name: string, bank: Doc): Promise<void> {
    const names = (a: Doc) => [a.account_id, a.account_code, a.account_name].map(str);
    if (names(bank).includes(name)) return;
    const body = await this.api.call('GET', '/bankaccounts', { filter_by: 'Status.Active' });
    refuseOtherBankAccount(
      'zoho-books',
      name,
      names(bank),
      ((body.bankaccounts as Doc[] | undefined) ?? []).map(names),
    );
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

  /**
   * `bankfeed ledgers test`: the grant (in its data centre), the organisation's bank account, invoices and bills, and
   * the `accounts` map against the chart of accounts and the accounts the rules post to.
   */
  protected sourceChecks(ctx: SourceCheckContext): Array<[string, () => Promise<string>]> {
    let chart: Set<string> | undefined;
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
      [
        // the books' side of the statement: what Zoho holds on the bank account
        'read bank transactions',
        async () => {
          const b = await this.bankAccount();
          const body = await this.api.call('GET', '/banktransactions', {
            account_id: str(b.account_id)!,
            filter_by: 'Status.All',
            page: 1,
            per_page: 1,
          });
          const any = ((body.banktransactions as unknown[] | undefined) ?? []).length > 0;
          return `bank transactions of ${str(b.account_code) ?? str(b.account_id) ?? ''} readable (${any ? 'some on file' : 'none on file yet'})`;
        },
      ],
      ['accounts map', async () => checkAccountMap(this.config.accounts, (chart ??= await this.activeAccountIds()))],
      [
        'rule accounts mapped',
        async () =>
          checkRuleAccounts(
            this.config.accounts,
            (chart ??= await this.activeAccountIds()),
            str((await this.bankAccount()).currency_code),
            ctx.postingAccounts,
          ),
      ],
    ];
  }

  /** The account_ids of the organisation's active accounts (what a charge can be categorised to). */
  private async activeAccountIds(): Promise<Set<string>> {
    const ids = new Set<string>();
    await this.listAll('/chartofaccounts', 'chartofaccounts', { filter_by: 'AccountType.Active' }, (a) => {
      const id = str(a.account_id);
      if (id) ids.add(id);
    });
    return ids;
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

  /**
   * One step of the deletion sweep: the period read window by window from where the last pull's step stopped, each
   * window one page of invoices and one of bills (one answer each, so nothing shifts under page numbers), every
   * status. Returns the dates read in full: every open document dated there is among what was read, so a stored
   * entry dated there that is not is gone. A window a page cannot hold is halved; a single day it cannot hold is
   * left out of the sweep.
   */
  private async sweep(
    period: { from: string; to: string },
    cursor: ZohoCursor,
    next: ZohoCursor,
    read: (kind: Kind, d: Doc) => void,
  ): Promise<{ from: string; to: string } | null> {
    const per = this.config.perPage;
    let start = cursor.sweep && cursor.sweep >= period.from && cursor.sweep <= period.to ? cursor.sweep : period.from;
    let span = cursor.span ?? daysFrom(period.from, period.to) + 1;
    let from = start;
    let to: string | null = null;
    let calls = 0;
    const window = async (path: string, key: string, end: string): Promise<Doc[] | null> => {
      calls++;
      const body = await this.api.call('GET', path, {
        filter_by: 'Status.All',
        date_start: start,
        date_end: end,
        page: 1,
        per_page: per,
      });
      const items = (body[key] as Doc[] | undefined) ?? [];
      const more = hasMorePages(body);
      return more === true || (more === null && items.length >= per) ? null : items;
    };
    while (start <= period.to && calls + 2 <= this.config.sweepCallsPerPull) {
      const end = addDays(start, span - 1) < period.to ? addDays(start, span - 1) : period.to;
      const invoices = await window('/invoices', 'invoices', end);
      const bills = invoices && (await window('/bills', 'bills', end));
      if (!invoices || !bills) {
        if (span > 1) {
          span = Math.ceil(span / 2);
          continue;
        }
        // One day holds more than a page: it cannot be read at once, so it is not claimed.
        start = addDays(start, 1);
        if (to !== null) break;
        from = start;
        continue;
      }
      invoices.forEach((d) => read('invoice', d));
      bills.forEach((d) => read('bill', d));
      to = end;
      start = addDays(end, 1);
      if (Math.max(invoices.length, bills.length) * 4 < per) span = Math.min(span * 2, 1_024);
    }
    next.sweep = start > period.to ? null : start;
    next.span = span;
    return to === null ? null : { from, to };
  }

  async pullOpenEntries(q: LedgerPullQuery): Promise<LedgerPullResult> {
    const bank = await this.bankAccount();
    const account = q.ledgerAccount ?? this.config.bankAccount;
    await this.refuseOtherBankAccount(account, bank);
    const cursor = this.parseCursor(q.cursor);
    const full = cursor.invoices === null && cursor.bills === null;
    const next: ZohoCursor = { ...cursor };
    // Each document once, as last modified: the sweep, the catch-up and the increment can each read it.
    const docs = new Map<string, { kind: Kind; doc: Doc; changed: boolean }>();
    const read = (changed: boolean) => (kind: Kind, d: Doc) => {
      const id = str(d[`${kind}_id`]);
      if (!id) return;
      const had = docs.get(`${kind}:${id}`);
      const newer = !had || !(zohoMs(d.last_modified_time) < zohoMs(had.doc.last_modified_time));
      docs.set(`${kind}:${id}`, { kind, doc: newer ? d : had.doc, changed: changed || (had?.changed ?? false) });
    };

    const swept = full ? null : await this.sweep(q.period, cursor, next, read(false));

    const common = { filter_by: 'Status.All', sort_column: 'last_modified_time' };
    const after = (t: string | null) =>
      t === null || Number.isNaN(zohoMs(t))
        ? (t ?? undefined)
        : zohoTime(zohoMs(t) - this.config.cursorOverlapSeconds * 1000);
    const later = (a: string | null, b: unknown) => {
      const s = str(b);
      return s && (!a || zohoMs(s) > zohoMs(a)) ? s : a;
    };
    await this.listAll('/invoices', 'invoices', { ...common, last_modified_time: after(cursor.invoices) }, (d) => {
      next.invoices = later(next.invoices, d.last_modified_time);
      read(cursor.invoices !== null)('invoice', d);
    });
    await this.listAll('/bills', 'bills', { ...common, last_modified_time: after(cursor.bills) }, (d) => {
      next.bills = later(next.bills, d.last_modified_time);
      read(cursor.bills !== null)('bill', d);
    });

    if (full) {
      // The sweep's first window: as many days as half a page of the busier collection holds, at this period's pace.
      const dated = { invoice: 0, bill: 0 };
      for (const { kind, doc } of docs.values()) {
        const date = str(doc.date);
        if (date && date >= q.period.from && date <= q.period.to) dated[kind]++;
      }
      const days = daysFrom(q.period.from, q.period.to) + 1;
      const busiest = Math.max(dated.invoice, dated.bill);
      next.span = Math.max(
        1,
        busiest * 2 <= this.config.perPage ? days : Math.floor((days * this.config.perPage) / (2 * busiest)),
      );
    }

    const entries: LedgerEntry[] = [];
    const closed: NonNullable<LedgerPullResult['closed']> = [];
    for (const { kind, doc: d, changed } of docs.values()) {
      const currency = knownCurrency(d.currency_code);
      const id = str(d[`${kind}_id`]);
      const party = str(d[kind === 'invoice' ? 'customer_id' : 'vendor_id']);
      const date = str(d.date);
      if (!currency || !id || !party || !date) continue;
      const entryId = `${kind}:${id}:${party}`;
      // The party is part of the id: a document read because it changed closes every id it had but the one it has
      // now (its customer or vendor may have changed). What the sweep reads closes only its own id.
      const ids = changed ? { id: `${kind}:${id}:`, prefix: true } : { id: entryId };
      const status = String(d.status);
      const balance = CLOSED.has(status) ? 0 : vendorAmountToMinor(d.balance, currency, `Zoho ${kind} ${id} balance`);
      // No longer open: paid, voided, back to draft.
      if (balance <= 0) {
        closed.push({ ...ids, reason: status === 'void' ? 'voided' : status === 'draft' ? 'cancelled' : 'paid' });
        continue;
      }
      // Kept whatever its date: one dated past the period would not be read again once the cursor passed it.
      const number = str(d[`${kind}_number`]);
      entries.push({
        id: entryId,
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
        kind: 'document',
        partyRole: kind === 'invoice' ? 'customer' : 'supplier',
      });
      // Listed open under its id now, so the sync keeps that one and closes the others.
      if (changed) closed.push({ ...ids, reason: 'gone' });
    }
    const postings = await this.postings(q.period, account);
    entries.push(...postings);
    // The postings stored by pulls over other dates, read again on those dates: listed while the books hold them on
    // the account, closed once they do not.
    const notes: string[] = [];
    const gone: NonNullable<LedgerPullResult['closed']> = [];
    const cap = this.config.outsideCallsPerPull;
    if (cap > 0) {
      const listed = new Set(postings.map((e) => e.id));
      const outside = [...new Set(q.openPostingsOutside ?? [])].filter(
        (id) => id.startsWith('txn:') && !listed.has(id),
      );
      const dated = outside.flatMap((id) => {
        const date = q.openPostingDates?.[id];
        return date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? [{ id, date }] : [];
      });
      const again = await this.readAgain(dated, account, cursor.outside);
      entries.push(...again.entries);
      gone.push(...again.gone.map((id) => ({ id, reason: 'gone' as const })));
      next.outside = again.next;
      if (again.left > 0)
        notes.push(outsideCapNote('Zoho Books', again.read, again.left, `outsideCallsPerPull: ${cap}`));
      if (dated.length < outside.length)
        notes.push(
          `Zoho Books: ${outside.length - dated.length} postings stored outside the pull's period came without the date they are stored under, and were not read again`,
        );
    }
    // A full pull lists every open item of the period; an incremental one names what closed, and is complete over
    // the dates its sweep read in full (deletions included). The bank account's postings are read over the whole
    // period each time, so they are complete there.
    const scope = full ? q.period : swept;
    return {
      entries,
      ...(full ? (gone.length > 0 ? { closed: gone } : {}) : { closed: [...closed, ...gone] }),
      ...(notes.length > 0 ? { notes } : {}),
      complete: full
        ? { from: q.period.from, to: q.period.to, ledgerAccount: account }
        : [
            ...(scope ? [{ from: scope.from, to: scope.to, ledgerAccount: account, kind: 'document' as const }] : []),
            { from: q.period.from, to: q.period.to, ledgerAccount: account, kind: 'posting' as const },
          ],
      documentIdPrefixes: ['invoice:', 'bill:'],
      cursor: `zoho:v1:${JSON.stringify(next)}`,
    };
  }

  /**
   * What Zoho's books hold on the bound bank account, dated in the period: payments recorded there (by hand or by
   * bankfeed's write-back), statement lines categorised, transactions added by hand. These are the books' side of the
   * statement; an uncategorised or excluded statement line is the bank's, not the books'.
   */
  private async postings(period: { from: string; to: string }, account: string): Promise<LedgerEntry[]> {
    const bank = await this.bankAccount();
    const out = new Map<string, LedgerEntry>();
    const query = {
      account_id: str(bank.account_id)!,
      filter_by: 'Status.All',
      date_start: period.from,
      date_end: period.to,
      sort_column: 'date',
    };
    await this.listAll('/banktransactions', 'banktransactions', query, (t) => {
      const e = postingOf(t, bank, account);
      if (e) out.set(e.id, e);
    });
    return [...out.values()];
  }

  /**
   * The postings bankfeed stores outside the period (`ids`, with the date each is stored under) read again: the bank
   * account's transactions listed over windows of those dates (a month at most each, `Status.All`, paged), as many as
   * `outsideCallsPerPull` calls allow, starting where the last pull stopped (`after`). One the lists show booked is
   * listed with its changes (wherever its date now is among the windows read); one they show uncategorised or
   * excluded, or that no window holds although its date's window was read in full (deleted, moved to another account),
   * is closed `gone`. Those whose windows were not read wait for the next pull.
   */
  private async readAgain(
    ids: ReadonlyArray<{ id: string; date: string }>,
    account: string,
    after: string | null | undefined,
  ): Promise<{ entries: LedgerEntry[]; gone: string[]; read: number; left: number; next: string | null }> {
    const bank = await this.bankAccount();
    const dates = [...new Set(ids.map((i) => i.date))].sort();
    const windows: Array<{ from: string; to: string }> = [];
    for (const d of dates) {
      const last = windows[windows.length - 1];
      if (last && d <= addDays(last.from, OUTSIDE_WINDOW_DAYS - 1)) last.to = d;
      else windows.push({ from: d, to: d });
    }
    // in turn: the windows from where the last pull stopped, then those before it
    const start = after ? windows.findIndex((w) => w.to >= after) : 0;
    const turn = start > 0 ? [...windows.slice(start), ...windows.slice(0, start)] : windows;
    const seen = new Map<string, Doc>();
    const done: Array<{ from: string; to: string }> = [];
    let calls = 0;
    let next: string | null = null;
    reading: for (const w of turn) {
      for (let page = 1; ; page++) {
        if (calls >= this.config.outsideCallsPerPull) {
          next = w.from;
          break reading;
        }
        calls++;
        const body = await this.api.call('GET', '/banktransactions', {
          account_id: str(bank.account_id)!,
          filter_by: 'Status.All',
          date_start: w.from,
          date_end: w.to,
          sort_column: 'date',
          page,
          per_page: this.config.perPage,
        });
        const items = (body.banktransactions as Doc[] | undefined) ?? [];
        for (const t of items) {
          const id = str(t.transaction_id);
          if (id) seen.set(zohoTxnId(id), t);
        }
        const more = hasMorePages(body);
        if (more === false || (more === null && items.length < this.config.perPage)) break;
      }
      done.push(w);
    }
    const entries: LedgerEntry[] = [];
    const gone: string[] = [];
    let read = 0;
    for (const { id, date } of ids) {
      const t = seen.get(id);
      const e = t ? postingOf(t, bank, account) : null;
      if (e) entries.push(e);
      else if (t || done.some((w) => date >= w.from && date <= w.to)) gone.push(id);
      else continue;
      read++;
    }
    return { entries, gone, read, left: ids.length - read, next };
  }

  /**
   * The Zoho statement line for one bank line: one bankfeed already wrote (by its reference), else an uncategorised
   * feed line of the same date, direction and amount, else the line imported now through /bankstatements with our
   * reference (so a retry finds it instead of importing it twice).
   */
  private async statementLine(
    w: {
      date: string;
      amountMinor: number;
      currency: string;
      ref: string;
      payee: string;
      description: string;
    },
    mayImport = true,
  ): Promise<Doc | null> {
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
    if (!mayImport) return null;
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
   * (or the vendor payment of the bill), which records the payment and reconciles the line in one step. The
   * settlements of one payment (`paymentKey`: one match's bank line paying several documents of one party) are one
   * statement line and one payment applied to each document, as the bank moved the money once.
   */
  async settleEntries(settlements: LedgerSettlement[]): Promise<LedgerSettlementResult[]> {
    const out: LedgerSettlementResult[] = [];
    if (settlements.length === 0) return out;
    const bank = await this.bankAccount();
    for (const batch of paymentBatches(settlements)) {
      // a payment the books already hold on the bank account (recorded by hand, or written before): nothing to write
      if (batch[0]!.entryId.startsWith(zohoTxnId(''))) {
        for (const s of batch)
          out.push({ idempotencyKey: s.idempotencyKey, status: 'written', externalId: s.entryId, created: false });
        continue;
      }
      const target = parseZohoEntryId(batch[0]!.entryId);
      if (!target) {
        out.push({
          idempotencyKey: batch[0]!.idempotencyKey,
          status: 'rejected',
          vendorMessage: `"${batch[0]!.entryId}" is not an entry pulled from Zoho Books`,
        });
        continue;
      }
      const first = batch[0]!;
      const ref = vendorReference(batch.length > 1 ? first.paymentKey! : first.idempotencyKey, 50);
      const totalMinor = batch.reduce((t, s) => t + s.amountMinor, 0);
      const amount = Number(minorToVendorAmount(totalMinor, first.currency));
      // an over-payment pays the document in full and Zoho keeps the rest as the party's unused credit
      const applied = (s: LedgerSettlement) =>
        Number(
          minorToVendorAmount(
            s.dueMinor !== undefined && Math.abs(s.dueMinor) < Math.abs(s.amountMinor) ? s.dueMinor : s.amountMinor,
            s.currency,
          ),
        );
      const written = (lineId: string, created: boolean) => {
        for (const s of batch)
          out.push({ idempotencyKey: s.idempotencyKey, status: 'written', externalId: lineId, created });
      };
      try {
        // a document the books closed since bankfeed read it (a payment recorded there by hand, a void) is paid
        // again only by a line already there: importing one Zoho then refuses would leave it uncategorised
        const closed = batch.some((s) => s.closedInBooks);
        const line = await this.statementLine(
          {
            date: first.date,
            amountMinor: target.kind === 'invoice' ? Math.abs(totalMinor) : -Math.abs(totalMinor),
            currency: first.currency,
            ref,
            payee: '',
            description: first.reference ?? ref,
          },
          !closed,
        );
        if (line === null) {
          for (const s of batch)
            out.push({
              idempotencyKey: s.idempotencyKey,
              status: 'rejected',
              vendorMessage: `${target.kind} ${target.docId} was closed in Zoho Books since bankfeed matched it (paid or voided there): not paid again`,
            });
          continue;
        }
        const lineId = str(line.transaction_id)!;
        if (this.isDone(line)) {
          written(zohoTxnId(lineId), false);
          continue;
        }
        if (target.kind === 'invoice') {
          await this.api.call(
            'POST',
            `/banktransactions/uncategorized/${lineId}/categorize/customerpayments`,
            {},
            {
              customer_id: target.partyId,
              invoices: batch.map((s) => ({
                invoice_id: numericId(parseZohoEntryId(s.entryId)!.docId, 'categorise as customer payment'),
                amount_applied: applied(s),
              })),
              payment_mode: 'banktransfer',
              amount,
              date: first.date,
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
              bills: batch.map((s) => ({ bill_id: parseZohoEntryId(s.entryId)!.docId, amount_applied: applied(s) })),
              payment_mode: 'banktransfer',
              amount,
              date: first.date,
              reference_number: ref,
              paid_through_account_id: str(bank.account_id)!,
            },
          );
        }
        written(zohoTxnId(lineId), true);
      } catch (err) {
        if (!(err instanceof LedgerRejectedError)) throw err;
        for (const s of batch)
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
    const rejected: WriteRefusal[] = [];
    if (postings.length === 0) return written;
    const bank = await this.bankAccount();
    const bankId = str(bank.account_id)!;
    for (const p of postings) {
      const ref = vendorReference(p.idempotencyKey, 50);
      const amount = Number(minorToVendorAmount(p.amountMinor, p.currency));
      const contra = zohoAccountFor(this.config.accounts, p.contraAccount);
      if (contra === undefined) {
        // refused before the line is imported, so no uncategorised copy of it is left in Zoho's bank account; our
        // refusal, not Zoho's, so it is offered again once the map has the account
        rejected.push({
          idempotencyKey: p.idempotencyKey,
          vendorMessage: `no Zoho account for "${p.contraAccount}": map it to a Zoho account_id under "accounts" in the source's configuration`,
          reason: 'unmapped-account',
        });
        continue;
      }
      try {
        const line = (await this.statementLine({
          date: p.date,
          amountMinor: p.amountMinor,
          currency: p.currency,
          ref,
          payee: '',
          description: p.description,
        }))!;
        const lineId = str(line.transaction_id)!;
        if (this.isDone(line)) {
          written.push({ idempotencyKey: p.idempotencyKey, externalId: zohoTxnId(lineId), created: false });
          continue;
        }
        if (p.amountMinor < 0) {
          await this.api.call(
            'POST',
            `/banktransactions/uncategorized/${lineId}/categorize/expenses`,
            {},
            {
              account_id: contra,
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
              from_account_id: contra,
              to_account_id: bankId,
              amount,
              date: p.date,
              reference_number: ref,
              description: p.description.slice(0, 100),
            },
          );
        }
        written.push({ idempotencyKey: p.idempotencyKey, externalId: zohoTxnId(lineId), created: true });
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
