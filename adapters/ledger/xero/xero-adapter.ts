import type { Account, BankTransaction, CreditNote, Invoice, Payment } from 'xero-node';
import type { LedgerEntry } from '../../../domain/ledger.js';
import type { VendorBookBalance } from '../oauth/book-balance.js';
import { readSecret } from '../oauth/credentials.js';
import { refuseOtherBankAccount, type AccountNames } from '../oauth/bound-account.js';
import { LedgerAuthError, LedgerPartialWriteError, LedgerRejectedError } from '../oauth/errors.js';
import { OAuthLedgerSource, oauthSourceFactory, type OAuthAdapterDeps } from '../oauth/oauth-source.js';
import type { LedgerSettlement, LedgerSettlementResult } from '../oauth/settlement.js';
import { tokenEndpointGrant } from '../oauth/token-endpoint.js';
import { knownCurrency, minorToVendorAmount, vendorAmountToMinor } from '../oauth/vendor-amount.js';
import { batchKey, vendorReference } from '../oauth/write-keys.js';
import { batches, outsideCapNote, outsideInTurn } from '../oauth/outside-postings.js';
import type {
  LedgerCloseReason,
  LedgerAdapterFactory,
  LedgerPosting,
  LedgerPullQuery,
  LedgerPullResult,
} from '../types.js';
import { XERO, XeroApi } from './xero-api.js';
import { xeroConfigSchema, type XeroConfig } from './xero-config.js';
import {
  bankTransactionEntry,
  creditNoteEntry,
  entryIdOf,
  invoiceEntry,
  parseEntryId,
  paymentEntry,
  reconciledBeforePeriod,
  XERO_CLOSING_STATUSES,
  xeroClosedReason,
  xeroInstant,
} from './xero-entries.js';

interface XeroCursor {
  v: 1;
  tenant: string;
  /** Latest UpdatedDateUTC seen per collection: the next pull sends it as If-Modified-Since. */
  invoices: string | null;
  creditNotes: string | null;
  bankTransactions: string | null;
  /** Absent in a cursor written before payments were pulled (see parseCursor). */
  payments?: string | null;
  /**
   * The last of the postings stored outside the period that this pull read again by id, when there were more than a
   * pull reads (outsidePostingsPerPull): the next pull goes on after it. Absent or null when every one was read.
   */
  outside?: string | null;
}

/** Writes per request: Xero takes up to 50 payments in one PUT; 25 keeps a refused batch cheap to retry. */
const WRITE_CHUNK = 25;
/** How far back a write-back looks for documents an interrupted earlier attempt already created. */
const RECENT_WRITES_MS = 14 * 24 * 3600_000;
/**
 * Ids in one `where` of alternatives (`PaymentID==Guid("…") OR …`): about 1.5 kB of query string, and few enough
 * that Xero's advice to keep filters simple (long ones can time out) holds.
 */
const IDS_PER_REQUEST = 25;

export type XeroAdapterDeps = OAuthAdapterDeps;

/** The ways a binding may name a Xero bank account: its AccountID, Code, Name. */
const accountNames = (a: Account): AccountNames => [a.accountID, a.code, a.name];

export class XeroAdapter extends OAuthLedgerSource<XeroConfig> {
  readonly kind = 'xero';
  readonly api: XeroApi;
  private tenant: string | null = null;
  private bank: Account | null = null;

  constructor(config: XeroConfig, deps: XeroAdapterDeps) {
    const custom = config.connection === 'custom-connection';
    super(config, deps, {
      vendor: XERO,
      kind: custom ? 'client_credentials' : 'refresh_token',
      // Secrets are read when a token is first needed, so a source can be validated without them.
      grant: (refreshToken) =>
        tokenEndpointGrant({
          vendor: XERO,
          tokenUrl: config.tokenUrl,
          clientId: readSecret(XERO, config.clientIdEnv, deps.env),
          clientSecret: readSecret(XERO, config.clientSecretEnv, deps.env),
          clientAuth: 'basic',
          grant: custom ? 'client_credentials' : 'refresh_token',
          ...(custom ? { scope: config.scopes } : {}),
          timeoutMs: config.timeoutMs,
        })(refreshToken),
    });
    this.api = new XeroApi({
      apiUrl: config.apiUrl,
      connectionsUrl: config.connectionsUrl,
      session: this.session,
      timeoutMs: config.timeoutMs,
      retry: config.retry,
      minuteWindowMs: config.minuteWindowMs,
      ...(deps.sleep ? { sleep: deps.sleep } : {}),
    });
  }

  /** The organisation: the configured one (which the grant must reach), else the grant's only organisation. */
  async tenantId(): Promise<string> {
    if (this.tenant !== null) return this.tenant;
    const tenants = (await this.api.tenants()).filter((t) => t.tenantType === 'ORGANISATION' || t.tenantType === '');
    if (this.config.tenantId) {
      if (!tenants.some((t) => t.tenantId === this.config.tenantId))
        throw new LedgerAuthError(
          XERO,
          `the grant does not reach the configured organisation ${this.config.tenantId} (it reaches: ${tenants.map((t) => `${t.tenantName} ${t.tenantId}`).join(', ') || 'none'}); reconnect and pick that organisation`,
        );
      this.tenant = this.config.tenantId;
    } else if (tenants.length === 1) {
      this.tenant = tenants[0]!.tenantId;
    } else if (tenants.length === 0 && this.config.connection === 'custom-connection') {
      // A custom connection is bound to one organisation and needs no tenant header.
      this.tenant = '';
    } else {
      throw new LedgerAuthError(
        XERO,
        tenants.length === 0
          ? 'the grant reaches no organisation: reconnect and pick one'
          : `the grant reaches ${tenants.length} organisations; set tenantId to one of: ${tenants.map((t) => `${t.tenantId} (${t.tenantName})`).join(', ')}`,
      );
    }
    return this.tenant;
  }

  /** The bound bank account, looked up by AccountID or Code among the organisation's BANK accounts. */
  async bankAccount(): Promise<Account> {
    if (this.bank) return this.bank;
    const tenant = await this.tenantId();
    const r = await this.api.call('GET /Accounts', (a) => a.getAccounts(tenant, undefined, 'Type=="BANK"'));
    const all = r.body.accounts ?? [];
    const want = this.config.bankAccount;
    const found = all.find((a) => a.accountID === want || (a.code ?? '') === want);
    if (!found?.accountID)
      throw new LedgerAuthError(
        XERO,
        `bank account "${want}" is not among the organisation's bank accounts (${all.map((a) => a.code || a.name).join(', ') || 'none'}): set bankAccount to its AccountID or Code`,
      );
    this.bank = found;
    this.bankNames = all.map(accountNames);
    return found;
  }

  private bankNames: ReadonlyArray<AccountNames> = [];

  /**
   * The bound bank account's closing balance on `asOf` as Xero's books state it: the Bank Summary report for that
   * day (its last column is the closing balance), so the statement's book side never comes from the bank.
   */
  async bookBalance(q: { ledgerAccount?: string | null; asOf: string }): Promise<VendorBookBalance | null> {
    const tenant = await this.tenantId();
    const bank = await this.bankAccount();
    const currency = knownCurrency(bank.currencyCode);
    if (!currency) return null;
    const r = await this.api.call('GET /Reports/BankSummary', (a) => a.getReportBankSummary(tenant, q.asOf, q.asOf));
    for (const report of r.body.reports ?? [])
      for (const section of report.rows ?? [])
        for (const row of section.rows ?? []) {
          const cells = row.cells ?? [];
          const id = cells[0]?.attributes?.find((x) => x.id?.toLowerCase() === 'accountid')?.value;
          if (id !== bank.accountID || cells.length < 2) continue;
          const closing = String(cells[cells.length - 1]!.value ?? '').replace(/,/g, '');
          return {
            balanceMinor: vendorAmountToMinor(closing, currency, `Xero Bank Summary ${q.asOf} closing balance`),
            currency,
            asOf: q.asOf,
            detail: `Xero Bank Summary report, closing balance of ${bank.code ?? ''} "${bank.name ?? ''}" on ${q.asOf}`,
          };
        }
    return null;
  }

  /** `bankfeed ledgers test`: the grant, the organisation, the bank account, and read access to invoices. */
  protected sourceChecks(): Array<[string, () => Promise<string>]> {
    return [
      [
        'credentials',
        async () => {
          const n = (await this.api.tenants()).length;
          return `the grant is valid (${this.config.connection}) and reaches ${n} organisation${n === 1 ? '' : 's'}`;
        },
      ],
      ['organisation', async () => `organisation ${(await this.tenantId()) || '(custom connection)'}`],
      [
        'bank account',
        async () => {
          const b = await this.bankAccount();
          return `bank account ${b.code ?? ''} "${b.name ?? ''}" in ${String(b.currencyCode ?? '?')}`;
        },
      ],
      [
        'read invoices',
        async () => {
          const tenant = await this.tenantId();
          const r = await this.api.call('GET /Invoices', (a) =>
            a.getInvoices(
              tenant,
              undefined,
              undefined,
              undefined,
              undefined,
              undefined,
              undefined,
              ['AUTHORISED'],
              1,
              false,
              undefined,
              undefined,
              true,
              1,
            ),
          );
          return `${r.body.pagination?.itemCount ?? r.body.invoices?.length ?? 0} authorised invoices and bills visible`;
        },
      ],
    ];
  }

  /**
   * The stored cursor, and whether it was written before payments were pulled and invoices were documents (no
   * `payments`): such a pull reads the open documents and the period's postings in full once besides its increment, so
   * what the store holds of them is re-stated with its kind and nothing the books hold on the account is missed.
   */
  private parseCursor(raw: string | null | undefined, tenant: string): { cursor: XeroCursor; upgrade: boolean } {
    const empty: XeroCursor = {
      v: 1,
      tenant,
      invoices: null,
      creditNotes: null,
      bankTransactions: null,
      payments: null,
    };
    if (!raw?.startsWith('xero:v1:')) return { cursor: empty, upgrade: false };
    try {
      const c = JSON.parse(raw.slice('xero:v1:'.length)) as XeroCursor;
      if (c.v !== 1 || c.tenant !== tenant) return { cursor: empty, upgrade: false };
      return { cursor: { ...c, payments: c.payments ?? null }, upgrade: c.payments === undefined };
    } catch {
      return { cursor: empty, upgrade: false };
    }
  }

  /**
   * Pages through one collection until Xero's pagination says the last page was served (a short page before that is
   * a partial page, not the end). Items repeated across pages are kept once.
   *
   * A collection ordered by UpdatedDateUTC (`byUpdate`) is followed by where each page ended (If-Modified-Since just
   * before its newest item, page 1), not by page number: a document the books change while we page moves to the end
   * of the list, and page numbers would skip the one that slid back onto a page already read. Documents of one
   * instant are followed by number; if the list changes meanwhile (its item count moves, or a document read comes
   * back changed), that instant is read again from its first page, at most three times.
   */
  private async pageAll<T>(
    label: string,
    fetchPage: (
      page: number,
      since: Date | undefined,
    ) => Promise<{ items: T[]; pageCount: number | null; itemCount?: number | null }>,
    each: (item: T) => void,
    byUpdate?: { from: string | null; stamp: (item: T) => string | null; id: (item: T) => string | undefined },
  ): Promise<void> {
    let since = byUpdate?.from ?? null;
    let newest = since;
    let page = 1;
    let count: number | null = null;
    let restarts = 0;
    const seen = new Map<string, string | null>();
    for (let asked = 0; asked < 100_000; asked++) {
      const { items, pageCount, itemCount = null } = await fetchPage(page, since ? new Date(since) : undefined);
      let shifted = page > 1 && count !== null && itemCount !== null && itemCount !== count;
      count = itemCount;
      let pageNewest: string | null = null;
      for (const item of items) {
        each(item);
        if (!byUpdate) continue;
        const stamp = byUpdate.stamp(item);
        const id = byUpdate.id(item);
        if (stamp && (!pageNewest || stamp > pageNewest)) pageNewest = stamp;
        if (id === undefined) continue;
        if (page > 1 && seen.has(id) && seen.get(id) !== stamp) shifted = true;
        seen.set(id, stamp);
      }
      if (shifted && restarts < 3) {
        restarts++;
        page = 1;
        continue;
      }
      const last = pageCount !== null ? page >= pageCount : items.length < this.config.pageSize;
      if (last) return;
      if (pageNewest && (!newest || pageNewest > newest)) {
        newest = pageNewest;
        // If-Modified-Since is "after": a millisecond before, so documents of that same instant are read too
        since = new Date(Date.parse(pageNewest) - 1).toISOString();
        page = 1;
      } else page++;
    }
    throw new Error(`Xero ${label}: more than 100000 pages`);
  }

  /**
   * Reads the books' side of the bound bank account: the open documents (invoices, bills, credit notes: `document`,
   * match candidates only) and the bank account's own transactions (payments, spend and receive money: `posting`,
   * the money the books hold on it; isBooksPosting says which). Each collection follows Xero's UpdatedDateUTC (the
   * cursor); an incremental pull reads every status, so what was listed and is paid, voided, deleted or moved to
   * another bank account since is closed. A posting Xero has reconciled since stays as it was stored, open until a bank
   * line's match takes it (reconciledBeforePeriod).
   *
   * And the postings bankfeed stores outside the period (`openPostingsOutside`) that the reads above did not list or
   * close are read again by id (`where=PaymentID==Guid(…) OR …`, and so for BankTransactionID), whatever their date,
   * Xero's reconciliation of them, or the cursor: one still on the bound account is listed with its changes, one
   * voided is closed `voided`, one deleted, moved to another bank account or no longer found `gone`. So what an
   * increment cannot tell (a pull with no cursor of its own, the change of a posting Xero reconciled before the
   * period) follows the books too.
   */
  async pullOpenEntries(q: LedgerPullQuery): Promise<LedgerPullResult> {
    const tenant = await this.tenantId();
    const bank = await this.bankAccount();
    const account = q.ledgerAccount ?? this.config.bankAccount;
    refuseOtherBankAccount('xero', account, accountNames(bank), this.bankNames);
    const { cursor, upgrade } = this.parseCursor(q.cursor, tenant);
    const next: XeroCursor = { ...cursor };
    const byId = new Map<string, LedgerEntry>();
    const closed = new Map<string, LedgerCloseReason>();
    // Every open document, whatever its date: one dated past the period is read once (the cursor moves past it) and
    // is the books' all the same (a post-dated invoice, or one dated tomorrow in another time zone).
    const keep = (e: LedgerEntry | null) => {
      if (e) byId.set(e.id, e);
    };
    // Incremental pulls read every status, so what was pulled open and is paid, voided or deleted since is closed.
    const settle = (id: string | undefined, status: unknown, open: LedgerEntry | null) => {
      const reason = open ? null : xeroClosedReason(String(status));
      if (id && reason) closed.set(id, reason);
    };
    // A posting (payment, spend or receive money) of the bound account: listed, or closed when the books deleted or
    // voided it; one Xero reconciled that is dated before the period is neither (reconciledBeforePeriod): a stored
    // one stays open for the bank line that clears it, one never stored is not taken in.
    const settlePosting = (
      id: string | undefined,
      p: { status?: unknown; isReconciled?: boolean; date?: unknown },
      open: LedgerEntry | null,
    ) => {
      if (!open && reconciledBeforePeriod(p, q.period.from)) return;
      settle(id, p.status, open);
    };
    const later = (a: string | null | undefined, b: unknown) => {
      const t = xeroInstant(b);
      return t && (!a || t > a) ? t : (a ?? null);
    };
    const size = this.config.pageSize;
    const paging = (p: { pageCount?: number; itemCount?: number } | undefined) => ({
      pageCount: typeof p?.pageCount === 'number' ? p.pageCount : null,
      itemCount: typeof p?.itemCount === 'number' ? p.itemCount : null,
    });
    /**
     * The reads of one collection: the increment since the cursor (every status); with no cursor, or once after an
     * upgrade, the full reads (`full`) too.
     */
    const reads = <W>(
      since: string | null | undefined,
      full: W[],
      increment: W,
    ): Array<{ from: string | null; w: W }> => [
      ...(since ? [{ from: since, w: increment }] : []),
      ...(!since || upgrade ? full.map((w) => ({ from: null, w })) : []),
    ];
    // Postings (see isBooksPosting): the bound account's unreconciled ones of any date, and those dated in the period
    // Xero has reconciled. The increment reads every bank account's changes: one moved off the bound account is closed.
    const [y, m, d] = q.period.from.split('-');
    const postingsWhere = (field: string, full: boolean) =>
      full
        ? [
            `${field}==Guid("${bank.accountID}") AND Status=="AUTHORISED" AND IsReconciled==false`,
            `${field}==Guid("${bank.accountID}") AND Status=="AUTHORISED" AND IsReconciled==true AND Date>=DateTime(${y},${m},${d})`,
          ]
        : [
            // after an upgrade the unreconciled ones are stored already; the reconciled ones of the period were not
            `${field}==Guid("${bank.accountID}") AND Status=="AUTHORISED" AND IsReconciled==true AND Date>=DateTime(${y},${m},${d})`,
          ];

    for (const read of reads(cursor.invoices, [['AUTHORISED']], [...XERO_CLOSING_STATUSES, 'AUTHORISED'])) {
      await this.pageAll<Invoice>(
        'GET /Invoices',
        async (page, since) => {
          const r = await this.api.call(`GET /Invoices page ${page}`, (a) =>
            a.getInvoices(
              tenant,
              since,
              undefined,
              'UpdatedDateUTC ASC',
              undefined,
              undefined,
              undefined,
              read.w,
              page,
              false,
              undefined,
              undefined,
              undefined,
              size,
            ),
          );
          return { items: r.body.invoices ?? [], ...paging(r.body.pagination) };
        },
        (inv) => {
          next.invoices = later(next.invoices, inv.updatedDateUTC);
          const e = invoiceEntry(inv, account);
          keep(e);
          settle(inv.invoiceID && entryIdOf('invoice', inv.invoiceID), inv.status, e);
        },
        { from: read.from, stamp: (inv) => xeroInstant(inv.updatedDateUTC), id: (inv) => inv.invoiceID },
      );
    }
    if (this.config.include.creditNotes) {
      for (const read of reads<string | undefined>(cursor.creditNotes, ['Status=="AUTHORISED"'], undefined)) {
        await this.pageAll<CreditNote>(
          'GET /CreditNotes',
          async (page, since) => {
            const r = await this.api.call(`GET /CreditNotes page ${page}`, (a) =>
              a.getCreditNotes(tenant, since, read.w, 'UpdatedDateUTC ASC', page, undefined, size),
            );
            return { items: r.body.creditNotes ?? [], ...paging(r.body.pagination) };
          },
          (cn) => {
            next.creditNotes = later(next.creditNotes, cn.updatedDateUTC);
            const e = creditNoteEntry(cn, account);
            keep(e);
            settle(cn.creditNoteID && entryIdOf('creditnote', cn.creditNoteID), cn.status, e);
          },
          { from: read.from, stamp: (cn) => xeroInstant(cn.updatedDateUTC), id: (cn) => cn.creditNoteID },
        );
      }
    }
    if (this.config.include.bankTransactions) {
      const full = postingsWhere('BankAccount.AccountID', !cursor.bankTransactions);
      for (const read of reads<string | undefined>(cursor.bankTransactions, full, undefined)) {
        await this.pageAll<BankTransaction>(
          'GET /BankTransactions',
          async (page, since) => {
            const r = await this.api.call(`GET /BankTransactions page ${page}`, (a) =>
              a.getBankTransactions(tenant, since, read.w, 'UpdatedDateUTC ASC', page, undefined, size),
            );
            return { items: r.body.bankTransactions ?? [], ...paging(r.body.pagination) };
          },
          (bt) => {
            next.bankTransactions = later(next.bankTransactions, bt.updatedDateUTC);
            const id = bt.bankTransactionID && entryIdOf('banktxn', bt.bankTransactionID);
            if (bt.bankAccount?.accountID !== bank.accountID) {
              // on another bank account (moved there, or never ours): not an entry of this one
              if (id) closed.set(id, 'gone');
              return;
            }
            const e = bankTransactionEntry(bt, account, q.period.from);
            keep(e);
            settlePosting(id, bt, e);
          },
          {
            from: read.from,
            stamp: (bt) => xeroInstant(bt.updatedDateUTC),
            id: (bt) => bt.bankTransactionID,
          },
        );
      }
    }
    // Payments (of invoices, bills, credit notes) into or out of the bound account: bankfeed's write-backs read back
    // under the id settleEntries reports, and the payments the team records in Xero by hand.
    for (const read of reads<string | undefined>(
      cursor.payments,
      postingsWhere('Account.AccountID', true),
      undefined,
    )) {
      await this.pageAll<Payment>(
        'GET /Payments',
        async (page, since) => {
          const r = await this.api.call(`GET /Payments page ${page}`, (a) =>
            a.getPayments(tenant, since, read.w, 'UpdatedDateUTC ASC', page, size),
          );
          return { items: r.body.payments ?? [], ...paging(r.body.pagination) };
        },
        (p) => {
          next.payments = later(next.payments, p.updatedDateUTC);
          const id = p.paymentID && entryIdOf('payment', p.paymentID);
          if (p.account?.accountID !== bank.accountID) {
            if (id) closed.set(id, 'gone');
            return;
          }
          const e = paymentEntry(p, account, bank.currencyCode, q.period.from);
          keep(e);
          settlePosting(id, p, e);
        },
        { from: read.from, stamp: (p) => xeroInstant(p.updatedDateUTC), id: (p) => p.paymentID },
      );
    }
    const notes: string[] = [];
    const cap = this.config.outsidePostingsPerPull;
    if (cap > 0) {
      const turn = outsideInTurn(
        (q.openPostingsOutside ?? []).filter((id) => {
          const t = parseEntryId(id);
          return (t?.kind === 'payment' || t?.kind === 'banktxn') && !byId.has(id) && !closed.has(id);
        }),
        cap,
        cursor.outside,
      );
      await this.readAgain({ tenant, currency: bank.currencyCode, account, ids: turn.ids }, (id, p) => {
        if (!p) closed.set(id, 'gone');
        else if (p.account !== bank.accountID) closed.set(id, 'gone');
        else if (p.entry) byId.set(p.entry.id, p.entry);
        else closed.set(id, p.status === 'VOIDED' ? 'voided' : 'gone');
      });
      next.outside = turn.last;
      if (turn.left > 0)
        notes.push(outsideCapNote('Xero', turn.ids.length, turn.left, `outsidePostingsPerPull: ${cap}`));
    }
    return {
      entries: [...byId.values()],
      closed: [...closed].map(([id, reason]) => ({ id, reason })),
      documentIdPrefixes: [entryIdOf('invoice', ''), entryIdOf('creditnote', '')],
      cursor: `xero:v1:${JSON.stringify(next)}`,
      ...(notes.length > 0 ? { notes } : {}),
    };
  }

  /**
   * Payments and spend or receive money read again by their entry ids (`payment:<PaymentID>`, `banktxn:<…>`), 25 to a
   * request: `each` gets every id with what Xero holds of it now (its bank account, status, and the posting it is of
   * the bound account whatever its date and reconciliation), or null when Xero no longer finds it.
   */
  private async readAgain(
    o: { tenant: string; currency: unknown; account: string; ids: readonly string[] },
    each: (id: string, held: { account: string | undefined; status: string; entry: LedgerEntry | null } | null) => void,
  ): Promise<void> {
    const { tenant, currency, account, ids } = o;
    for (const kind of ['payment', 'banktxn'] as const) {
      const wanted = ids.map(parseEntryId).filter((t) => t?.kind === kind);
      for (const chunk of batches(wanted, IDS_PER_REQUEST)) {
        const byXeroId = new Map(chunk.map((t) => [t!.xeroId.toLowerCase(), entryIdOf(kind, t!.xeroId)]));
        const field = kind === 'payment' ? 'PaymentID' : 'BankTransactionID';
        const where = chunk.map((t) => `${field}==Guid("${t!.xeroId}")`).join(' OR ');
        const seen = new Set<string>();
        const found = (xeroId: string | undefined, held: Parameters<typeof each>[1]) => {
          const id = xeroId ? byXeroId.get(xeroId.toLowerCase()) : undefined;
          if (!id || seen.has(id)) return;
          seen.add(id);
          each(id, held);
        };
        // '' as the period's start: the posting whatever its date and whether Xero reconciled it (isBooksPosting)
        if (kind === 'payment')
          await this.pageAll<Payment>(
            'GET /Payments by id',
            async (page) => {
              const r = await this.api.call(`GET /Payments by id page ${page}`, (a) =>
                a.getPayments(tenant, undefined, where, undefined, page, this.config.pageSize),
              );
              return { items: r.body.payments ?? [], pageCount: r.body.pagination?.pageCount ?? null };
            },
            (p) =>
              found(p.paymentID, {
                account: p.account?.accountID,
                status: String(p.status),
                entry: paymentEntry(p, account, currency, ''),
              }),
          );
        else
          await this.pageAll<BankTransaction>(
            'GET /BankTransactions by id',
            async (page) => {
              const r = await this.api.call(`GET /BankTransactions by id page ${page}`, (a) =>
                a.getBankTransactions(tenant, undefined, where, undefined, page, undefined, this.config.pageSize),
              );
              return { items: r.body.bankTransactions ?? [], pageCount: r.body.pagination?.pageCount ?? null };
            },
            (bt) =>
              found(bt.bankTransactionID, {
                account: bt.bankAccount?.accountID,
                status: String(bt.status),
                entry: bankTransactionEntry(bt, account, ''),
              }),
          );
        for (const id of byXeroId.values()) if (!seen.has(id)) each(id, null);
      }
    }
  }

  /** Our documents of one kind created lately, by the reference bankfeed wrote on them. */
  private async recentReferences(kind: 'Payments' | 'BankTransactions'): Promise<Map<string, string>> {
    const tenant = await this.tenantId();
    const found = new Map<string, string>();
    const sinceDate = new Date(Date.now() - RECENT_WRITES_MS);
    const where = 'Reference!=null AND Reference.StartsWith("bf:")';
    await this.pageAll<Payment | BankTransaction>(
      `GET /${kind}`,
      async (page) => {
        if (kind === 'Payments') {
          const r = await this.api.call(`GET /Payments page ${page}`, (a) =>
            a.getPayments(tenant, sinceDate, where, undefined, page, this.config.pageSize),
          );
          return { items: r.body.payments ?? [], pageCount: r.body.pagination?.pageCount ?? null };
        }
        const r = await this.api.call(`GET /BankTransactions page ${page}`, (a) =>
          a.getBankTransactions(tenant, sinceDate, where, undefined, page, undefined, this.config.pageSize),
        );
        return { items: r.body.bankTransactions ?? [], pageCount: r.body.pagination?.pageCount ?? null };
      },
      (d) => {
        const status = String(d.status);
        if (status === 'DELETED' || status === 'VOIDED' || !d.reference) return;
        const id = 'paymentID' in d ? d.paymentID : (d as BankTransaction).bankTransactionID;
        if (id) found.set(d.reference, id);
      },
    );
    return found;
  }

  /**
   * A confirmed match becomes a Payment on the bound bank account against the invoice, bill or credit note, reported
   * as `payment:<PaymentID>`, the id the next pull lists it under (activities/written-postings.ts joins it to its
   * match by that id). A match of a posting already in Xero (a payment recorded by hand, spend or receive money)
   * needs no write. Each payment carries our reference (found again on a retry) and each request an Idempotency-Key
   * (Xero replays its answer instead of paying twice).
   */
  async settleEntries(settlements: LedgerSettlement[]): Promise<LedgerSettlementResult[]> {
    const results = new Map<string, LedgerSettlementResult>();
    const pending: Array<{ s: LedgerSettlement; ref: string; payment: Payment }> = [];
    if (settlements.length === 0) return [];
    const tenant = await this.tenantId();
    const bank = await this.bankAccount();
    const existing = await this.recentReferences('Payments');
    for (const s of settlements) {
      const target = parseEntryId(s.entryId);
      const reject = (vendorMessage: string) =>
        results.set(s.idempotencyKey, { idempotencyKey: s.idempotencyKey, status: 'rejected', vendorMessage });
      if (!target) {
        reject(`"${s.entryId}" is not an entry pulled from Xero`);
        continue;
      }
      if (!Number.isSafeInteger(s.amountMinor) || s.amountMinor === 0 || !/^\d{4}-\d{2}-\d{2}$/.test(s.date)) {
        reject(`settlement ${s.idempotencyKey}: amount must be whole non-zero minor units and date YYYY-MM-DD`);
        continue;
      }
      // A match of a posting Xero already holds on the bank account (a payment the team recorded by hand, spend or
      // receive money): nothing to write, the books have it.
      if (target.kind === 'banktxn' || target.kind === 'payment') {
        results.set(s.idempotencyKey, {
          idempotencyKey: s.idempotencyKey,
          status: 'written',
          externalId: s.entryId,
          created: false,
        });
        continue;
      }
      const ref = vendorReference(s.idempotencyKey, 255);
      const already = existing.get(ref);
      if (already) {
        results.set(s.idempotencyKey, {
          idempotencyKey: s.idempotencyKey,
          status: 'written',
          externalId: entryIdOf('payment', already),
          created: false,
        });
        continue;
      }
      // An over-payment pays the document as far as it is due: Xero refuses a payment above the amount outstanding.
      // The rest stays on the statement as not in the books until the team records it (an overpayment, a credit).
      const applied =
        s.dueMinor !== undefined && Math.abs(s.dueMinor) < Math.abs(s.amountMinor) ? s.dueMinor : s.amountMinor;
      const payment: Payment = {
        account: { accountID: bank.accountID },
        date: s.date,
        // Xero's JSON takes amounts as numbers: the decimal text of a 2-decimal amount round-trips exactly.
        amount: Number(minorToVendorAmount(applied, s.currency)),
        reference: ref,
        ...(target.kind === 'invoice'
          ? { invoice: { invoiceID: target.xeroId } }
          : { creditNote: { creditNoteID: target.xeroId } }),
      };
      pending.push({ s, ref, payment });
    }
    for (let i = 0; i < pending.length; i += WRITE_CHUNK) {
      const chunk = pending.slice(i, i + WRITE_CHUNK);
      const key = batchKey(chunk.map((c) => c.ref));
      const r = await this.api.call(`PUT /Payments (${chunk.length})`, (a) =>
        a.createPayments(tenant, { payments: chunk.map((c) => c.payment) }, false, key),
      );
      const answered = r.body.payments ?? [];
      chunk.forEach((c, j) => {
        const p = answered.find((x) => x.reference === c.ref) ?? answered[j];
        const errors = (p?.validationErrors ?? []).map((v) => v.message).filter(Boolean);
        if (!p || String(p.statusAttributeString ?? 'OK') === 'ERROR' || errors.length > 0 || !p.paymentID) {
          results.set(c.s.idempotencyKey, {
            idempotencyKey: c.s.idempotencyKey,
            status: 'rejected',
            vendorMessage: errors.join('; ') || 'Xero did not create the payment and gave no reason',
          });
        } else {
          results.set(c.s.idempotencyKey, {
            idempotencyKey: c.s.idempotencyKey,
            status: 'written',
            externalId: entryIdOf('payment', p.paymentID),
            created: true,
          });
        }
      });
    }
    return settlements.map((s) => results.get(s.idempotencyKey)!);
  }

  /**
   * Rule-classified bank lines (charges, levies, interest) and write-off lines become SPEND (or RECEIVE) bank
   * transactions on the bound bank account, coded to the rule's account, reported as `banktxn:<BankTransactionID>`
   * (the id the next pull lists them under). Refusals come back together in a LedgerPartialWriteError.
   */
  async postEntries(
    postings: LedgerPosting[],
  ): Promise<Array<{ idempotencyKey: string; externalId: string; created: boolean }>> {
    if (postings.length === 0) return [];
    const tenant = await this.tenantId();
    const bank = await this.bankAccount();
    const existing = await this.recentReferences('BankTransactions');
    const written = new Map<string, { idempotencyKey: string; externalId: string; created: boolean }>();
    const rejected: Array<{ idempotencyKey: string; vendorMessage: string }> = [];
    const pending: Array<{ p: LedgerPosting; ref: string; txn: BankTransaction }> = [];
    for (const p of postings) {
      if (!Number.isSafeInteger(p.amountMinor) || p.amountMinor === 0 || !/^\d{4}-\d{2}-\d{2}$/.test(p.date))
        throw new LedgerRejectedError(
          XERO,
          `posting ${p.idempotencyKey}`,
          0,
          'amount must be whole non-zero minor units and date YYYY-MM-DD',
        );
      const ref = vendorReference(p.idempotencyKey, 255);
      const already = existing.get(ref);
      if (already) {
        written.set(p.idempotencyKey, {
          idempotencyKey: p.idempotencyKey,
          externalId: entryIdOf('banktxn', already),
          created: false,
        });
        continue;
      }
      pending.push({
        p,
        ref,
        txn: {
          // String values of the SDK's enums: importing the enums would load the whole SDK at start-up.
          type: (p.amountMinor < 0 ? 'SPEND' : 'RECEIVE') as unknown as BankTransaction['type'],
          bankAccount: { accountID: bank.accountID },
          contact: { name: p.description.slice(0, 255) || 'Bank' },
          date: p.date,
          reference: ref,
          currencyCode: p.currency as never,
          lineAmountTypes: 'NoTax' as unknown as BankTransaction['lineAmountTypes'],
          lineItems: [
            {
              description: p.description.slice(0, 4000) || 'bank line',
              quantity: 1,
              unitAmount: Number(minorToVendorAmount(p.amountMinor, p.currency)),
              accountCode: p.contraAccount,
            },
          ],
        },
      });
    }
    for (let i = 0; i < pending.length; i += WRITE_CHUNK) {
      const chunk = pending.slice(i, i + WRITE_CHUNK);
      const r = await this.api.call(`PUT /BankTransactions (${chunk.length})`, (a) =>
        a.createBankTransactions(
          tenant,
          { bankTransactions: chunk.map((c) => c.txn) },
          false,
          undefined,
          batchKey(chunk.map((c) => c.ref)),
        ),
      );
      const answered = r.body.bankTransactions ?? [];
      chunk.forEach((c, j) => {
        const t = answered.find((x) => x.reference === c.ref) ?? answered[j];
        const errors = (t?.validationErrors ?? []).map((v) => v.message).filter(Boolean);
        if (!t?.bankTransactionID || String(t.statusAttributeString ?? 'OK') === 'ERROR' || errors.length > 0)
          rejected.push({
            idempotencyKey: c.p.idempotencyKey,
            vendorMessage: errors.join('; ') || 'Xero did not create the bank transaction',
          });
        else
          written.set(c.p.idempotencyKey, {
            idempotencyKey: c.p.idempotencyKey,
            externalId: entryIdOf('banktxn', t.bankTransactionID),
            created: true,
          });
      });
    }
    if (rejected.length > 0) throw new LedgerPartialWriteError(XERO, [...written.values()], rejected);
    const reported = new Set<string>();
    return postings.map((p) => {
      const w = written.get(p.idempotencyKey)!;
      const first = !reported.has(p.idempotencyKey);
      reported.add(p.idempotencyKey);
      return { ...w, created: w.created && first };
    });
  }
}

export const xeroLedgerAdapter: LedgerAdapterFactory<XeroConfig> = oauthSourceFactory(
  'xero',
  xeroConfigSchema,
  (config: XeroConfig, deps) => new XeroAdapter(config, deps),
);
