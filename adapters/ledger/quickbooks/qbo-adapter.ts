import { createHash } from 'node:crypto';
import type { CurrencyCode } from '../../../domain/currency.js';
import type { LedgerEntry } from '../../../domain/ledger.js';
import { currentBalanceApplies, type VendorBookBalance } from '../oauth/book-balance.js';
import { readSecret } from '../oauth/credentials.js';
import { LedgerAuthError, LedgerPartialWriteError, LedgerRejectedError, type WriteRefusal } from '../oauth/errors.js';
import { OAuthLedgerSource, oauthSourceFactory, type OAuthAdapterDeps } from '../oauth/oauth-source.js';
import type { LedgerSettlement, LedgerSettlementResult } from '../oauth/settlement.js';
import type { SourceCheckContext } from '../oauth/source-check.js';
import { knownCurrency, minorToVendorAmount, vendorAmountToMinor } from '../oauth/vendor-amount.js';
import { vendorReference } from '../oauth/write-keys.js';
import { batches, outsideCapNote, outsideInTurn } from '../oauth/outside-postings.js';
import type { LedgerAdapterFactory, LedgerPosting, LedgerPullQuery, LedgerPullResult } from '../types.js';
import { checkQboAccountMap, checkQboRuleAccounts, qboAccountFor } from './qbo-account-map.js';
import { QboApi } from './qbo-api.js';
import { qboApiBase, qboConfigSchema, type QboConfig } from './qbo-config.js';
import {
  isQboDocument,
  parseQboEntryId,
  QBO_DOCUMENTS,
  QBO_POSTINGS,
  qboClosed,
  qboEntry,
  qboOtherParties,
  qboPostingClosed,
  qboPostingId,
  type QboDocumentKind,
  type QboEntryKind,
  type QboPostingKind,
} from './qbo-entries.js';
import { intuitGrant, QBO } from './qbo-oauth.js';
import { addBusinessDays } from '../../../domain/dates.js';
import { refuseOtherBankAccount, type AccountNames } from '../oauth/bound-account.js';

/** The starts of the ids of QuickBooks' documents (stored entries under them are documents, whatever their state). */
const QBO_DOCUMENT_ID_PREFIXES = QBO_DOCUMENTS.map((e) => `${e.kind}:`);

type Doc = Record<string, any>;

interface QboCursor {
  /**
   * 2 since invoices and bills are documents and the bank account's transactions postings: a cursor of version 1
   * pulls everything again once, so every open document stored before is listed (and stored) as one.
   */
  v: 2;
  realm: string;
  /** QuickBooks' own clock (the `time` of an answer) when the last pull began: the next pull's changedSince. */
  since: string;
  /**
   * The earliest start of a period the pulls of this cursor's line read the bank account's postings over: a posting
   * reported changed since is listed when dated on or after it, whatever the pull's own period (one dated before it
   * no full pull lists either). Absent from cursors written before session 33: the pull's period start then.
   */
  from?: string;
  /**
   * The last of the postings stored outside the period that this pull read again by Id, when there were more than a
   * pull reads (outsidePostingsPerPull): the next pull goes on after it. Absent when every one was read.
   */
  outside?: string;
}

/** Change Data Capture looks back 30 days at most; older cursors pull everything again. */
const CDC_MAX_AGE_MS = 29 * 24 * 3600_000;
/**
 * CDC returns at most 1000 objects in an answer (Intuit: "a maximum of 1,000 objects"; per answer or per entity, it is
 * read as the stricter): an answer that size may be cut anywhere, so the pull falls back to queries for every entity.
 */
const CDC_LIMIT = 1000;
/**
 * Ids in one `where Id IN (…)` query: a GET's query string stays near 1.5 kB (Intuit documents no bound on IN; long
 * queries are safer short), and the answer within one page (MAXRESULTS is at most 1000).
 */
const IDS_PER_QUERY = 100;

/** Intuit's requestid (≤ 50 chars): the same id makes QuickBooks answer the first request's result again. */
function requestId(key: string): string {
  return `bf-${createHash('sha256').update(key).digest('hex').slice(0, 40)}`;
}

export type QboAdapterDeps = OAuthAdapterDeps;

export class QuickBooksAdapter extends OAuthLedgerSource<QboConfig> {
  readonly kind = 'quickbooks-online';
  readonly api: QboApi;
  private bank: { id: string; currency: CurrencyCode; names: AccountNames } | null = null;

  constructor(config: QboConfig, deps: QboAdapterDeps) {
    super(config, deps, {
      vendor: QBO,
      // Intuit's own client (intuit-oauth) refreshes; it rotates the refresh token, which the session stores.
      grant: intuitGrant({
        clientId: () => readSecret(QBO, config.clientIdEnv, deps.env),
        clientSecret: () => readSecret(QBO, config.clientSecretEnv, deps.env),
        environment: config.environment,
        ...(config.tokenUrl ? { tokenUrl: config.tokenUrl } : {}),
      }),
    });
    this.api = new QboApi({
      base: qboApiBase(config),
      minorVersion: config.minorVersion,
      session: this.session,
      timeoutMs: config.timeoutMs,
      retry: config.retry,
      ...(deps.sleep ? { sleep: deps.sleep } : {}),
    });
  }

  async bankAccount(): Promise<{ id: string; currency: CurrencyCode; names: AccountNames }> {
    if (this.bank) return this.bank;
    const all: Doc[] = [];
    await this.api.queryAll('Account', "AccountType = 'Bank'", this.config.pageSize, (a) => all.push(a));
    const want = this.config.bankAccount;
    const found = all.find((a) => a.Id === want || a.Name === want);
    const currency = knownCurrency(found?.CurrencyRef?.value);
    if (!found || !currency)
      throw new LedgerAuthError(
        QBO,
        found
          ? `bank account "${want}" is kept in ${String(found.CurrencyRef?.value)}, a currency bankfeed does not handle`
          : `bank account "${want}" is not among the company's bank accounts (${all.map((a) => a.Name).join(', ') || 'none'}): set bankAccount to its Id or Name`,
      );
    this.bank = { id: String(found.Id), currency, names: [String(found.Id), found.Name, found.AcctNum] };
    this.bankNames = all.map((a) => [String(a.Id), a.Name, a.AcctNum]);
    return this.bank;
  }

  private bankNames: ReadonlyArray<AccountNames> = [];

  /** QuickBooks states a bank account's CurrentBalance: the books' balance for today, none for a past date. */
  async bookBalance(q: { ledgerAccount?: string | null; asOf: string }): Promise<VendorBookBalance | null> {
    const day = currentBalanceApplies(q.asOf);
    if (!day) return null;
    const bank = await this.bankAccount();
    const r = await this.api.call('GET', `/account/${bank.id}`);
    const a = r.Account as Doc | undefined;
    if (!a || a.CurrentBalance === undefined) return null;
    return {
      balanceMinor: vendorAmountToMinor(
        a.CurrentBalance,
        bank.currency,
        `QuickBooks account ${bank.id} CurrentBalance`,
      ),
      currency: bank.currency,
      asOf: day,
      detail: `QuickBooks Online CurrentBalance of bank account "${String(a.Name)}" on ${day}`,
    };
  }

  /**
   * `bankfeed ledgers test`: the grant, the company (realm), the bank account, read access to invoices, and the
   * `accounts` map against the company's active accounts and the accounts the rules post to.
   */
  protected sourceChecks(ctx: SourceCheckContext = {}): Array<[string, () => Promise<string>]> {
    let chart: Set<string> | undefined;
    return [
      [
        'credentials',
        async () => (await this.session.accessToken(), `access token valid (${this.config.environment})`),
      ],
      [
        'bank account',
        async () => {
          const b = await this.bankAccount();
          return `company ${this.config.realmId}: bank account ${b.id} in ${b.currency}`;
        },
      ],
      [
        'read invoices',
        async () => {
          const r = await this.api.call('GET', '/query', { query: "select count(*) from Invoice where Balance > '0'" });
          return `${String((r.QueryResponse as Doc | undefined)?.totalCount ?? 0)} open invoices visible`;
        },
      ],
      ['accounts map', async () => checkQboAccountMap(this.config.accounts, (chart ??= await this.activeAccountIds()))],
      [
        'rule accounts mapped',
        async () =>
          checkQboRuleAccounts(
            this.config.accounts,
            (chart ??= await this.activeAccountIds()),
            (await this.bankAccount()).currency,
            ctx.postingAccounts,
          ),
      ],
    ];
  }

  /** The Ids of the company's active accounts (a query lists active ones only unless asked otherwise). */
  private async activeAccountIds(): Promise<Set<string>> {
    const ids = new Set<string>();
    await this.api.queryAll('Account', '', this.config.pageSize, (a) => {
      if (typeof a.Id === 'string' && a.Active !== false) ids.add(a.Id);
    });
    return ids;
  }

  /** The last pull's cursor, whether Change Data Capture still reaches back to it (`fresh`) or not. */
  private parseCursor(
    raw: string | null | undefined,
  ): { since: string; from: string | null; outside: string | null; fresh: boolean } | null {
    if (!raw?.startsWith('qbo:v2:')) return null;
    try {
      const c = JSON.parse(raw.slice(7)) as QboCursor;
      const at = Date.parse(c.since);
      if (c.v !== 2 || c.realm !== this.config.realmId || !Number.isFinite(at) || c.since.includes("'")) return null;
      const from = typeof c.from === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(c.from) ? c.from : null;
      const outside = typeof c.outside === 'string' ? c.outside : null;
      return { since: c.since, from, outside, fresh: Date.now() - at < CDC_MAX_AGE_MS };
    } catch {
      return null;
    }
  }

  /**
   * The open documents (invoices, bills, credit memos: `kind: 'document'`) and the bound bank account's own
   * transactions (`kind: 'posting'`).
   *
   * Documents: every open one whatever its date on a full pull (one dated past the period is not read again once the
   * cursor passes it), then what Change Data Capture reports changed.
   *
   * Postings: queried over the whole period on every pull, so they are complete there (a payment deleted, voided,
   * re-dated out of the period or moved to another account leaves the store) whatever CDC's limits (30 days, 1000
   * objects an entity) and whatever the bank-account ref a change leaves behind; they are what the statement's books
   * side and the books' balance are made of, so a missed change would stay on every statement after. And those that
   * changed since the last pull, whatever their date (CDC, or queries by LastUpdatedTime when CDC cannot answer): one
   * on the bank account is listed (a cheque entered late, dated in a period pulled before), one voided, deleted or
   * moved off it is closed, so an earlier period's posting follows the books too. The period's query is read after
   * the changes: what it says of a transaction is the newest word on it.
   *
   * And the postings bankfeed stores outside the period (`openPostingsOutside`) that neither listed, read again by Id
   * (`select * from <Entity> where Id IN (…)`), whatever their date and whatever CDC could tell: one still on the bank
   * account is listed with its changes, one voided is closed `voided`, one deleted (a query no longer finds it) or
   * moved to another account `gone`. So a deletion is learnt however long no pull ran, beyond CDC's 30 days.
   */
  async pullOpenEntries(q: LedgerPullQuery): Promise<LedgerPullResult> {
    const bank = await this.bankAccount();
    const account = q.ledgerAccount ?? this.config.bankAccount;
    refuseOtherBankAccount('quickbooks', account, bank.names, this.bankNames);
    const byId = new Map<string, LedgerEntry>();
    const closed: NonNullable<LedgerPullResult['closed']> = [];
    const take = (kind: QboEntryKind, d: Doc): boolean => {
      const e = qboEntry(kind, d, bank.id, bank.currency, account);
      if (e) byId.set(e.id, e);
      return e !== null;
    };
    const prior = this.parseCursor(q.cursor);
    // the start of what the pulls of this cursor's line have read the bank account's postings from
    const from = prior?.from && prior.from < q.period.from ? prior.from : q.period.from;
    // the postings bankfeed holds from pulls over other dates
    const storedOutside = new Set(q.openPostingsOutside ?? []);
    /** A transaction of the bank account's kinds that changed since the last pull, whatever its date. */
    const changed = (kind: QboPostingKind, d: Doc): void => {
      const e = qboEntry(kind, d, bank.id, bank.currency, account);
      // one stored already is the books' whatever its date: it stays, with its changes
      if (e && (e.date >= from || storedOutside.has(e.id))) byId.set(e.id, e);
      else {
        // voided, deleted, moved to another account, or re-dated before anything pulled: no posting of the period's
        const c = e ? { id: e.id, reason: 'gone' as const } : qboPostingClosed(kind, d);
        if (c) closed.push(c);
      }
    };
    /** The period's transactions: the newest word on each, so one a change listed and no longer on it is closed. */
    const inPeriod = (kind: QboPostingKind, d: Doc): void => {
      if (take(kind, d) || typeof d.Id !== 'string' || !byId.delete(qboPostingId(kind, d.Id))) return;
      const c = qboPostingClosed(kind, d);
      if (c) closed.push(c);
    };

    // QuickBooks' own clock when this pull began reading: the next pull's changedSince
    let time: string;
    let documentsRead = false;
    if (prior?.fresh) {
      const body = await this.api.call('GET', '/cdc', {
        entities: [...QBO_DOCUMENTS, ...QBO_POSTINGS].map((e) => e.entity).join(','),
        changedSince: prior.since,
      });
      time = String(body.time ?? new Date().toISOString());
      const groups = ((body.CDCResponse as Doc[] | undefined)?.[0]?.QueryResponse as Doc[] | undefined) ?? [];
      const rows = (entity: string): Doc[] => groups.flatMap((g) => (g[entity] as Doc[] | undefined) ?? []);
      const served = [...QBO_DOCUMENTS, ...QBO_POSTINGS].reduce((n, e) => n + rows(e.entity).length, 0);
      const cut = served >= CDC_LIMIT;
      // an answer of CDC's limit may be cut short anywhere: the documents are then read again in full below
      if (!cut) {
        documentsRead = true;
        for (const e of QBO_DOCUMENTS)
          for (const d of rows(e.entity)) {
            // A changed document that is no longer an open item was paid, voided or deleted since; one still open
            // closes what it was open as under another party (the customer changed).
            const c = take(e.kind, d) ? qboOtherParties(e.kind, d) : qboClosed(e.kind, d);
            if (c) closed.push(c);
          }
      }
      for (const e of QBO_POSTINGS) {
        const list = rows(e.entity);
        for (const d of list) changed(e.kind, d);
        // cut short: the rest of the changes by query (a deletion among them is learnt by reading the ids again)
        if (cut) await this.changedSince(e.entity, prior.since, (d) => changed(e.kind, d));
      }
    } else {
      const started = await this.api.call('GET', '/query', {
        query: "select count(*) from Account where AccountType = 'Bank'",
      });
      time = String(started.time ?? new Date().toISOString());
      // CDC reaches back 30 days; queries reach the changes of an older cursor (not what was deleted meanwhile)
      if (prior)
        for (const e of QBO_POSTINGS) await this.changedSince(e.entity, prior.since, (d) => changed(e.kind, d));
    }
    if (!documentsRead)
      for (const e of QBO_DOCUMENTS) {
        const where =
          e.kind === 'creditmemo' ? `TxnDate >= '${q.period.from}' AND TxnDate <= '${q.period.to}'` : "Balance > '0'";
        await this.api.queryAll(e.entity, where, this.config.pageSize, (d) => take(e.kind, d));
        // the invoices and bills of the last year paid (or voided) since: closed as such, not as gone, so a payment
        // the team recorded by hand is known for the one that paid them (activities/books-payments.ts)
        if (e.kind !== 'creditmemo')
          await this.api.queryAll(
            e.entity,
            `Balance = '0' AND TxnDate >= '${addBusinessDays(q.period.from, -365)}'`,
            this.config.pageSize,
            (d) => {
              const c = qboClosed(e.kind, d);
              if (c) closed.push(c);
            },
          );
      }
    await this.postings(q.period, inPeriod);
    const notes: string[] = [];
    const cap = this.config.outsidePostingsPerPull;
    // what the changes and the period's query said of is known: the rest of the stored postings outside the period
    const told = new Set(closed.map((c) => c.id));
    const turn = outsideInTurn(
      [...storedOutside].filter((id) => {
        const t = parseQboEntryId(id);
        return t !== null && !isQboDocument(t.kind) && !byId.has(id) && !told.has(id);
      }),
      cap,
      prior?.outside,
    );
    if (cap > 0) {
      await this.readAgain(
        turn.ids,
        (kind, d) => {
          const e = qboEntry(kind, d, bank.id, bank.currency, account);
          if (e) byId.set(e.id, e);
          else {
            // voided, moved to another account (or no longer a movement of it)
            const c = qboPostingClosed(kind, d);
            if (c) closed.push(c);
          }
        },
        (id) => closed.push({ id, reason: 'gone' }),
      );
      if (turn.left > 0)
        notes.push(outsideCapNote('QuickBooks Online', turn.ids.length, turn.left, `outsidePostingsPerPull: ${cap}`));
    }
    return {
      entries: [...byId.values()],
      closed,
      // Every posting of the period was read, and on a full read every open document too: what the store holds open
      // there and this pull lacks (and does not name as paid or voided) is gone. A posting listed because it changed
      // is dated anywhere: outside the period no scope closes it, and inside it the period's query lists it too.
      complete: documentsRead
        ? [{ from: q.period.from, to: q.period.to, ledgerAccount: account, kind: 'posting' }]
        : { from: q.period.from, to: q.period.to, ledgerAccount: account },
      documentIdPrefixes: QBO_DOCUMENT_ID_PREFIXES,
      cursor: this.cursorAt(time, from, cap > 0 ? turn.last : (prior?.outside ?? null)),
      ...(notes.length > 0 ? { notes } : {}),
    };
  }

  /**
   * Transactions on the bank account's kinds read again by their entry ids (`payment:<Id>`, …), one query per entity
   * and 100 Ids: `each` gets every one QuickBooks still has, `missing` the entry id of every one it no longer finds
   * (a deleted transaction is not returned by a query).
   */
  private async readAgain(
    ids: readonly string[],
    each: (kind: QboPostingKind, d: Doc) => void,
    missing: (id: string) => void,
  ): Promise<void> {
    const byKind = new Map<QboPostingKind, string[]>();
    for (const id of ids) {
      const t = parseQboEntryId(id);
      if (!t || isQboDocument(t.kind)) continue;
      byKind.set(t.kind, [...(byKind.get(t.kind) ?? []), t.txnId]);
    }
    for (const e of QBO_POSTINGS)
      for (const chunk of batches(byKind.get(e.kind) ?? [], IDS_PER_QUERY)) {
        // Ids are digits (parseQboEntryId): quoted as they are
        const list = chunk.map((id) => `'${id}'`).join(', ');
        const body = await this.api.call('GET', '/query', {
          query: `select * from ${e.entity} where Id IN (${list}) MAXRESULTS ${chunk.length}`,
        });
        const rows = ((body.QueryResponse as Doc | undefined)?.[e.entity] as Doc[] | undefined) ?? [];
        const found = new Set<string>();
        for (const d of rows) {
          if (typeof d.Id !== 'string' || !chunk.includes(d.Id)) continue;
          found.add(d.Id);
          each(e.kind, d);
        }
        for (const id of chunk) if (!found.has(id)) missing(qboPostingId(e.kind, id));
      }
  }

  /** The transactions of one entity QuickBooks changed after `since` (deleted ones are not listed by a query). */
  private async changedSince(entity: string, since: string, each: (d: Doc) => void): Promise<void> {
    await this.api.queryAll(entity, `MetaData.LastUpdatedTime > '${since}'`, this.config.pageSize, each);
  }

  /**
   * The transactions dated in the period, each kept when it moves the bound bank account (QuickBooks' query language
   * cannot filter on the account refs, so that is read from each row): see QBO_POSTINGS.
   */
  private async postings(
    period: { from: string; to: string },
    each: (kind: QboPostingKind, d: Doc) => void,
  ): Promise<void> {
    const range = `TxnDate >= '${period.from}' AND TxnDate <= '${period.to}'`;
    for (const e of QBO_POSTINGS)
      await this.api.queryAll(e.entity, range, this.config.pageSize, (d) => each(e.kind, d));
  }

  private cursorAt(time: string, from: string, outside: string | null): string {
    const c: QboCursor = { v: 2, realm: this.config.realmId, since: time, from, ...(outside ? { outside } : {}) };
    return `qbo:v2:${JSON.stringify(c)}`;
  }

  /** Creates one document; a refusal is returned as the vendor's message, anything else propagates (retried later). */
  private async create(entity: string, key: string, body: Doc): Promise<{ id: string } | { rejected: string }> {
    try {
      const r = await this.api.call('POST', `/${entity.toLowerCase()}`, { requestid: requestId(key) }, body);
      const doc = r[entity] as Doc | undefined;
      if (!doc?.Id) return { rejected: `QuickBooks answered without a ${entity} Id` };
      return { id: String(doc.Id) };
    } catch (err) {
      if (err instanceof LedgerRejectedError) return { rejected: err.vendorMessage };
      throw err;
    }
  }

  /**
   * A confirmed match of documents: a customer Payment deposited to the bound bank account with a line linked to each
   * invoice it pays, or a BillPayment from that account (PayType Check) with a line linked to each bill. One bank line
   * paying several documents of one party (LedgerSettlement.paymentKey) is one Payment or BillPayment, as the bank
   * shows one movement. A customer's over-payment applies at most what the invoice is due (dueMinor): QuickBooks keeps
   * the rest unapplied, as the customer's credit. Each settlement reports the transaction written as
   * `payment:<Id>` / `billpayment:<Id>`, the id the next pull lists it under as a posting, so the run joins it to its
   * match. A match holding a posting only (a payment, deposit, purchase, transfer or journal the team recorded in
   * QuickBooks, which the engine matched to the bank line) writes nothing: the books have it.
   */
  async settleEntries(settlements: LedgerSettlement[]): Promise<LedgerSettlementResult[]> {
    const out: LedgerSettlementResult[] = [];
    if (settlements.length === 0) return out;
    const bank = await this.bankAccount();
    const batches = new Map<
      string,
      Array<LedgerSettlement & { kind: QboDocumentKind; txnId: string; partyId: string }>
    >();
    for (const s of settlements) {
      const t = parseQboEntryId(s.entryId);
      const rejected = (vendorMessage: string) =>
        out.push({ idempotencyKey: s.idempotencyKey, status: 'rejected', vendorMessage });
      if (!t) {
        rejected(`"${s.entryId}" is not an entry pulled from QuickBooks Online`);
        continue;
      }
      if (!isQboDocument(t.kind)) {
        out.push({ idempotencyKey: s.idempotencyKey, status: 'written', externalId: s.entryId, created: false });
        continue;
      }
      if (t.kind === 'creditmemo') {
        rejected(
          'refunds of credit memos are not written back to QuickBooks by bankfeed: record the refund receipt in QuickBooks',
        );
        continue;
      }
      const key = `${s.paymentKey ?? s.idempotencyKey}\n${t.kind}\n${t.partyId ?? ''}`;
      const batch = batches.get(key) ?? [];
      batch.push({ ...s, kind: t.kind, txnId: t.txnId, partyId: t.partyId ?? '' });
      batches.set(key, batch);
    }
    for (const batch of batches.values()) {
      const first = batch[0]!;
      // the payment's key: what QuickBooks replays the first answer for when the request is sent again
      const key = first.paymentKey ?? first.idempotencyKey;
      const vendor = (minor: number) => Number(minorToVendorAmount(minor, first.currency));
      const total = batch.reduce((t, s) => t + Math.abs(s.amountMinor), 0);
      const line = batch.map((s) => ({
        Amount: vendor(
          s.dueMinor === undefined ? s.amountMinor : Math.min(Math.abs(s.amountMinor), Math.abs(s.dueMinor)),
        ),
        LinkedTxn: [{ TxnId: s.txnId, TxnType: s.kind === 'invoice' ? 'Invoice' : 'Bill' }],
      }));
      const ref = vendorReference(key, 21);
      const note = `bankfeed ${key}`.slice(0, 4000);
      const r =
        first.kind === 'invoice'
          ? await this.create('Payment', key, {
              CustomerRef: { value: first.partyId },
              TotalAmt: vendor(total),
              TxnDate: first.date,
              DepositToAccountRef: { value: bank.id },
              PaymentRefNum: ref,
              PrivateNote: note,
              Line: line,
            })
          : await this.create('BillPayment', key, {
              VendorRef: { value: first.partyId },
              PayType: 'Check',
              CheckPayment: { BankAccountRef: { value: bank.id } },
              TotalAmt: vendor(total),
              TxnDate: first.date,
              DocNumber: ref,
              PrivateNote: note,
              Line: line,
            });
      for (const s of batch)
        out.push(
          'rejected' in r
            ? { idempotencyKey: s.idempotencyKey, status: 'rejected', vendorMessage: r.rejected }
            : {
                idempotencyKey: s.idempotencyKey,
                status: 'written',
                externalId: qboPostingId(first.kind === 'invoice' ? 'payment' : 'billpayment', r.id),
                created: true,
              },
        );
    }
    // in the order asked
    const order = new Map(settlements.map((s, i) => [s.idempotencyKey, i]));
    return out.sort((a, b) => order.get(a.idempotencyKey)! - order.get(b.idempotencyKey)!);
  }

  /**
   * Rule-classified lines and write-off lines: a charge becomes a Purchase from the bank account, money in a Deposit
   * to it, reported as `purchase:<Id>` / `deposit:<Id>` (the id the next pull lists it under).
   */
  async postEntries(
    postings: LedgerPosting[],
  ): Promise<Array<{ idempotencyKey: string; externalId: string; created: boolean }>> {
    const written: Array<{ idempotencyKey: string; externalId: string; created: boolean }> = [];
    const rejected: WriteRefusal[] = [];
    if (postings.length === 0) return written;
    const bank = await this.bankAccount();
    for (const p of postings) {
      const contra = qboAccountFor(this.config.accounts, p.contraAccount);
      if (contra === undefined) {
        // our refusal, not QuickBooks': offered again once the map has the account
        rejected.push({
          idempotencyKey: p.idempotencyKey,
          vendorMessage: `no QuickBooks account for "${p.contraAccount}": map it to a QuickBooks account Id under "accounts" in the source's configuration`,
          reason: 'unmapped-account',
        });
        continue;
      }
      const amount = Number(minorToVendorAmount(p.amountMinor, p.currency));
      const ref = vendorReference(p.idempotencyKey, 21);
      const description = p.description.slice(0, 4000);
      const r =
        p.amountMinor < 0
          ? await this.create('Purchase', p.idempotencyKey, {
              PaymentType: 'Cash',
              AccountRef: { value: bank.id },
              TxnDate: p.date,
              DocNumber: ref,
              PrivateNote: `bankfeed ${p.idempotencyKey}`,
              Line: [
                {
                  Amount: amount,
                  Description: description,
                  DetailType: 'AccountBasedExpenseLineDetail',
                  AccountBasedExpenseLineDetail: { AccountRef: { value: contra } },
                },
              ],
            })
          : await this.create('Deposit', p.idempotencyKey, {
              DepositToAccountRef: { value: bank.id },
              TxnDate: p.date,
              PrivateNote: `bankfeed ${p.idempotencyKey}`,
              Line: [
                {
                  Amount: amount,
                  Description: description,
                  DetailType: 'DepositLineDetail',
                  DepositLineDetail: { AccountRef: { value: contra } },
                },
              ],
            });
      if ('rejected' in r) rejected.push({ idempotencyKey: p.idempotencyKey, vendorMessage: r.rejected });
      else
        written.push({
          idempotencyKey: p.idempotencyKey,
          // the id the next pull lists it under, so the run joins it to the rule's group
          externalId: qboPostingId(p.amountMinor < 0 ? 'purchase' : 'deposit', r.id),
          created: true,
        });
    }
    if (rejected.length > 0) throw new LedgerPartialWriteError(QBO, written, rejected);
    return written;
  }

  /**
   * QuickBooks' API cannot tick a line in its reconcile screen; bankfeed notes the match on the transaction on the
   * bank account instead (a sparse update of PrivateNote). Updates need the current SyncToken: when someone else changed
   * the document meanwhile (a stale-object refusal), it is read again and the update retried.
   */
  async markReconciled(externalIds: string[]): Promise<void> {
    for (const id of externalIds) {
      const t = parseQboEntryId(id);
      const entity = t ? QBO_POSTINGS.find((e) => e.kind === t.kind)?.entity : undefined;
      if (!t || !entity) continue;
      for (let attempt = 1; ; attempt++) {
        const current = (await this.api.call('GET', `/${entity.toLowerCase()}/${t.txnId}`))[entity] as Doc;
        const note = String(current.PrivateNote ?? '');
        if (note.includes('[bankfeed: reconciled]')) break;
        try {
          await this.api.call(
            'POST',
            `/${entity.toLowerCase()}`,
            {},
            {
              Id: current.Id,
              SyncToken: current.SyncToken,
              sparse: true,
              PrivateNote: `${note} [bankfeed: reconciled]`.trim().slice(0, 4000),
            },
          );
          break;
        } catch (err) {
          if (!(err instanceof LedgerRejectedError) || !/stale object/i.test(err.vendorMessage) || attempt >= 3)
            throw err;
        }
      }
    }
  }
}

export const quickBooksLedgerAdapter: LedgerAdapterFactory<QboConfig> = oauthSourceFactory(
  'quickbooks-online',
  qboConfigSchema,
  (config: QboConfig, deps) => new QuickBooksAdapter(config, deps),
);
