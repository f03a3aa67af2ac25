/**
 * The seeded bank behind the sandbox: a deterministic, lazily computed statement per account.
 *
 * Each local business day's rows come from a PRNG seeded by (seed, account, date), so any day can be rebuilt alone.
 * Only two numbers per day are kept (row count, opening balance), never the rows, so memory stays flat for millions
 * of rows. Rows are ordered by their posting instant and every balance is the previous balance ± amount.
 *
 * Use it without the server to derive a test corpus:
 *   const g = new AccountGenerator({ seed: 42, accountId: 'acc1', institution: findInstitution('058'), kind: 'business',
 *     historyDays: 400, txnsPerDay: 6, linkedAt: Date.parse('2026-01-01T00:00:00Z') });
 *   g.truth(Date.parse('2026-01-01T00:00:00Z'));      // every posted row, oldest first
 *   g.invoices(Date.parse('2026-01-01T00:00:00Z'));   // the customer invoices the credits pay (for a matching ledger)
 */
import { Decimal } from 'decimal.js';
import type { Institution, MonoCurrency } from './institutions.js';
import { COMPANIES } from './names.js';
import { hexId, Rng, unit } from './prng.js';
import {
  EMPLOYERS,
  airtime,
  betting,
  cardPurchase,
  cardSettlement,
  cashWithdrawal,
  invoicePayment,
  monthEndCharges,
  payroll,
  personTransferIn,
  personTransferOut,
  reversedTransfer,
  salaryIn,
  supplierPayment,
  treasuryRemittance,
  utilityBill,
  type DraftRow,
  type InvoiceRef,
  type LineContext,
} from './statement-lines.js';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

export interface GeneratorSpec {
  seed: number;
  accountId: string;
  institution: Institution;
  kind: 'business' | 'personal';
  historyDays: number;
  txnsPerDay: number;
  /** Link instant (ms); history starts historyDays before it; rows after it may be "pending then posted". */
  linkedAt: number;
  /** Probability that a row authorised at this instant first shows as pending (default: never). */
  pendingProbabilityAt?: (authAt: number) => number;
  /**
   * Back-dated postings: this share of rows carries a date up to `maxLagHours` before the bank makes it visible
   * (the bank recomputes later running balances, so the chain stays continuous at every moment).
   */
  backdated?: { probability: number; maxLagHours: number };
  /** Share of rows whose timestamp is stamped a few seconds after the next posted row (posting order ≠ timestamps). */
  stampJitter?: number;
}

export interface BankRow {
  key: string; // stable identity of the bank transaction
  authAt: number; // when it first appears (pending or posted)
  postAt: number; // when it posts; equals authAt unless pending first
  amount: number; // posted amount, minor units, positive
  pendingAmount: number | null; // amount shown while pending (differs from the posted amount)
  type: 'debit' | 'credit';
  narration: string;
  category: string;
  balance: number; // ledger balance right after this row posts
  balanceAtAuth: number; // ledger balance when it was authorised (what a pending row is served with)
  /** The timestamp served as `date`: postAt, or a few seconds after the next posted row under stamp jitter. */
  stampAt: number;
  /** When the bank first shows the posted row: postAt, or later for a back-dated posting. */
  visibleAt: number;
  /** Position in the account's posting order (day, then place in the day): ties in postAt are common for extras. */
  ord: number;
  invoice?: InvoiceRef;
}

export interface ServedRow {
  row: BankRow;
  pending: boolean;
  /** The running balance served with it (pending rows show the balance at authorisation). */
  balance: number;
}

export interface CustomerInvoice {
  number: string; // canonical "INV-2024-0012"
  customer: string;
  issueDate: string; // YYYY-MM-DD
  dueDate: string;
  amount: number; // minor units
  currency: MonoCurrency;
  status: 'paid' | 'short_paid' | 'part_paid' | 'open';
  /** The posted bank credits that pay it (key = TruthTransaction.key), with the reference as the payer wrote it. */
  payments: Array<{ key: string; amount: number; date: string; written: string }>;
}

interface ExtraRow {
  key: string;
  at: number;
  amount: number;
  type: 'debit' | 'credit';
  narration: string;
  category: string;
}

interface DayDrafts {
  rows: Array<DraftRow & { at: number }>;
  openInvoices: InvoiceRef[];
}

const BUSINESS_EVENTS: Array<[number, (ctx: LineContext) => DraftRow[]]> = [
  [0.1, cardSettlement],
  [0.2, supplierPayment],
  [0.08, personTransferOut],
  [0.05, personTransferIn],
  [0.12, cardPurchase],
  [0.05, airtime],
  [0.06, utilityBill],
  [0.04, cashWithdrawal],
  [0.03, reversedTransfer],
  [0.05, treasuryRemittance],
];
const PERSONAL_EVENTS: Array<[number, (ctx: LineContext) => DraftRow[]]> = [
  [0.16, personTransferIn],
  [0.2, personTransferOut],
  [0.26, cardPurchase],
  [0.1, airtime],
  [0.07, utilityBill],
  [0.08, cashWithdrawal],
  [0.06, betting],
  [0.03, reversedTransfer],
];
/** Share of business events that are customers paying invoices. */
const INVOICE_SHARE = 0.27;
/** Events yield ~1.35 rows on average (fees, levies, reversals); scale so txnsPerDay means rows. */
const ROWS_PER_EVENT = 1.35;
const MAX_INVOICE_PAYMENTS_PER_DAY = 8;

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function addDays(date: string, days: number): string {
  return isoDate(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS);
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

export class AccountGenerator {
  readonly spec: GeneratorSpec;
  readonly currency: MonoCurrency;
  /** UTC ms of local midnight of day 0. */
  private readonly day0: number;
  private readonly offsetMs: number;
  private readonly genCount: number[] = [];
  private readonly genOpening: number[] = [];
  private readonly extras: ExtraRow[] = [];
  private readonly cache = new Map<number, BankRow[]>();
  private readonly idGeneration = new Map<string, number>();

  constructor(spec: GeneratorSpec) {
    this.spec = spec;
    this.currency = spec.institution.currency;
    this.offsetMs = spec.institution.utcOffsetMinutes * MINUTE_MS;
    const linkLocalMidnight = Math.floor((spec.linkedAt + this.offsetMs) / DAY_MS) * DAY_MS - this.offsetMs;
    this.day0 = linkLocalMidnight - spec.historyDays * DAY_MS;
    const rng = new Rng(spec.seed, spec.accountId, 'opening');
    const opening = spec.kind === 'business' ? rng.int(2_500_000, 25_000_000) : rng.int(50_000, 800_000);
    this.genOpening[0] = new Decimal(opening).mul(SIZE_OPENING[this.currency]).mul(100).toDecimalPlaces(0).toNumber();
  }

  dayIndexOf(ms: number): number {
    return Math.floor((ms - this.day0) / DAY_MS);
  }
  dayStart(day: number): number {
    return this.day0 + day * DAY_MS;
  }
  /** The local business date (YYYY-MM-DD) of a day index. */
  localDate(day: number): string {
    return isoDate(this.dayStart(day) + this.offsetMs);
  }
  /** The local business date of an instant. */
  businessDateOf(ms: number): string {
    return isoDate(ms + this.offsetMs);
  }
  /** Day index of a local business date. */
  dayOfDate(date: string): number {
    return Math.round((Date.parse(`${date}T00:00:00Z`) - this.offsetMs - this.day0) / DAY_MS);
  }

  /** Forget cached days (call when the pending-probability schedule changes). */
  invalidate(fromDay = 0): void {
    for (const d of [...this.cache.keys()]) if (d >= fromDay) this.cache.delete(d);
  }

  /** Provider id currently used for a row (changes under id churn). */
  currentId(key: string): string {
    const gen = this.idGeneration.get(key) ?? 0;
    return gen === 0 ? hexId(this.spec.seed, key) : hexId(this.spec.seed, key, 'churn', gen);
  }
  pendingId(key: string): string {
    return hexId(this.spec.seed, key, 'pending');
  }
  /** The bank re-keys a row: it is served from now on under a new provider id. */
  churn(key: string): void {
    this.idGeneration.set(key, (this.idGeneration.get(key) ?? 0) + 1);
  }

  /** Appends rows dated `at` (a manual "something just happened at the bank"). */
  addExtra(at: number, rows: Array<Omit<ExtraRow, 'key' | 'at'>>): string[] {
    const keys: string[] = [];
    for (const r of rows) {
      const key = `${this.spec.accountId}/x/${this.extras.length + 1}`;
      this.extras.push({ ...r, key, at });
      keys.push(key);
    }
    this.extras.sort((a, b) => a.at - b.at);
    this.invalidate(this.dayIndexOf(at));
    return keys;
  }

  private extrasNetBefore(ms: number): number {
    let net = 0;
    for (const e of this.extras) {
      if (e.at >= ms) break;
      net += e.type === 'credit' ? e.amount : -e.amount;
    }
    return net;
  }

  private extrasOfDay(day: number): ExtraRow[] {
    const start = this.dayStart(day);
    const end = start + DAY_MS;
    return this.extras.filter((e) => e.at >= start && e.at < end);
  }

  /** Makes sure counts and opening balances are known for days 0..day (sequential: amounts depend on the opening). */
  private ensureComputed(day: number): void {
    for (let d = this.genCount.length; d <= day; d++) {
      const opening = this.genOpening[d]!;
      const drafts = this.drafts(d, opening);
      let net = 0;
      for (const r of drafts.rows) net += r.type === 'credit' ? r.amount : -r.amount;
      this.genCount[d] = drafts.rows.length;
      this.genOpening[d + 1] = opening + net;
    }
  }

  private drafts(day: number, opening: number): DayDrafts {
    const { spec } = this;
    const date = this.localDate(day);
    const rng = new Rng(spec.seed, spec.accountId, 'day', date);
    const [year, month, dom] = date.split('-').map(Number) as [number, number, number];
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    const weekend = weekday === 0 || weekday === 6;
    const factor = weekend ? (spec.kind === 'business' ? 0.45 : 0.85) : 1.1;
    const events = rng.poisson((spec.txnsPerDay * factor) / ROWS_PER_EVENT);
    const minutes: number[] = [];
    // ~8% in the first local hour: for Lagos that is 23:00–23:59 UTC of the previous date.
    for (let i = 0; i < events; i++) minutes.push(rng.chance(0.08) ? rng.int(0, 59) : rng.int(420, 1379));
    minutes.sort((a, b) => a - b);
    const monthLabel = `${MONTHS[month - 1]} ${year}`;
    const lastDom = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const ctx: LineContext = {
      rng,
      institution: spec.institution,
      currency: this.currency,
      localDate: date,
      minuteOfDay: 0,
      debitBudget: Math.floor((opening * 6) / 10),
    };
    const out: DayDrafts = { rows: [], openInvoices: [] };
    let invoiceSlot = 0;
    const emit = (minute: number, rows: DraftRow[]): void => {
      let at = this.dayStart(day) + minute * MINUTE_MS + rng.int(0, 59_999);
      for (const r of rows) {
        at = Math.min(at, this.dayStart(day) + DAY_MS - 1);
        out.rows.push({ ...r, at });
        if (r.type === 'debit') ctx.debitBudget -= r.amount;
        else ctx.debitBudget += Math.floor((r.amount * 6) / 10);
        at += rng.int(1_000, 40_000);
      }
    };
    const slotFor = (seq: number) => {
      const issue = addDays(date, -rng.int(3, 45));
      const issueDate = issue < `${year}-01-01` ? `${year}-01-01` : issue;
      return { year, seq, issueDate, dueDate: addDays(issueDate, 30) };
    };
    // Specials join the day's timeline so balances only ever fund debits that come after them.
    const timeline: Array<[number, 'event' | 'salary' | 'month_end']> = minutes.map((m) => [m, 'event']);
    if (dom === 25) timeline.push([spec.kind === 'personal' ? 540 : 600, 'salary']);
    if (dom === lastDom) timeline.push([1410, 'month_end']);
    timeline.sort((a, b) => a[0] - b[0]);
    for (const [minute, what] of timeline) {
      ctx.minuteOfDay = minute;
      if (what === 'salary') {
        emit(
          minute,
          spec.kind === 'personal'
            ? salaryIn(ctx, monthLabel, rng.pick(EMPLOYERS[spec.institution.country]))
            : payroll(ctx, monthLabel),
        );
        continue;
      }
      if (what === 'month_end') {
        emit(minute, monthEndCharges(ctx, monthLabel));
        continue;
      }
      if (spec.kind === 'business' && rng.chance(INVOICE_SHARE) && invoiceSlot < MAX_INVOICE_PAYMENTS_PER_DAY) {
        const seq = (dayOfYear(date) * 10 + invoiceSlot) % 10_000;
        invoiceSlot++;
        emit(minute, invoicePayment(ctx, slotFor(seq)));
        continue;
      }
      const table = spec.kind === 'business' ? BUSINESS_EVENTS : PERSONAL_EVENTS;
      emit(minute, pickWeighted(rng, table)(ctx));
    }
    if (spec.kind === 'business' && !weekend && rng.chance(0.25)) {
      // An invoice issued today that no credit in the statement pays (yet): the ledger's open receivable.
      const seq = (dayOfYear(date) * 10 + 9) % 10_000;
      const naira = rng.int(30_000, 2_030_000);
      const amount = Math.max(
        100,
        new Decimal(naira).mul(SIZE_OPENING[this.currency]).toDecimalPlaces(0).toNumber() * 100,
      );
      out.openInvoices.push({
        number: `INV-${year}-${String(seq).padStart(4, '0')}`,
        written: '',
        customer: rng.pick(COMPANIES[spec.institution.country]),
        invoiceAmount: amount,
        issueDate: date,
        dueDate: addDays(date, 30),
        part: 'open',
      });
    }
    return out;
  }

  /** All rows of a day in posting order, with running balances. */
  rowsOfDay(day: number): BankRow[] {
    const cached = this.cache.get(day);
    if (cached) return cached;
    if (day < 0) return [];
    this.ensureComputed(day);
    const drafts = this.drafts(day, this.genOpening[day]!);
    const { spec } = this;
    const date = this.localDate(day);
    const dayEnd = this.dayStart(day) + DAY_MS - 1;
    const rows: BankRow[] = drafts.rows.map((d, i) => {
      const key = `${spec.accountId}/${date}/${i + 1}`;
      let postAt = d.at;
      let pendingAmount: number | null = null;
      const p = d.at >= spec.linkedAt && spec.pendingProbabilityAt ? spec.pendingProbabilityAt(d.at) : 0;
      if (p > 0 && unit(spec.seed, key, 'pending') < p) {
        const delay = Math.min(Math.floor((20 + unit(spec.seed, key, 'delay') * 160) * MINUTE_MS), dayEnd - d.at);
        if (delay >= MINUTE_MS) {
          postAt = d.at + delay;
          // Pending holds differ from what finally posts (FX, tips, fee adjustments): ±0.5–5%.
          const sign = unit(spec.seed, key, 'sign') < 0.5 ? -1 : 1;
          const pct = new Decimal(unit(spec.seed, key, 'pct')).mul('0.045').add('0.005').mul(sign);
          const changed = new Decimal(d.amount).mul(pct.add(1)).toDecimalPlaces(0).toNumber();
          pendingAmount = changed === d.amount ? d.amount + 1 : Math.max(1, changed);
        }
      }
      return {
        key,
        authAt: d.at,
        postAt,
        amount: d.amount,
        pendingAmount,
        type: d.type,
        narration: d.narration,
        category: d.category,
        balance: 0,
        balanceAtAuth: 0,
        stampAt: postAt,
        visibleAt: postAt,
        ord: 0,
        ...(d.invoice ? { invoice: d.invoice } : {}),
      };
    });
    for (const e of this.extrasOfDay(day)) {
      rows.push({
        key: e.key,
        authAt: e.at,
        postAt: e.at,
        amount: e.amount,
        pendingAmount: null,
        type: e.type,
        narration: e.narration,
        category: e.category,
        balance: 0,
        balanceAtAuth: 0,
        stampAt: e.at,
        visibleAt: e.at,
        ord: 0,
      });
    }
    // Stable: generation order breaks ties, extras (appended last) come after generated rows at the same instant.
    const order = new Map(rows.map((r, i) => [r, i]));
    rows.sort((a, b) => a.postAt - b.postAt || order.get(a)! - order.get(b)!);
    let balance = this.genOpening[day]! + this.extrasNetBefore(this.dayStart(day));
    const opening = balance;
    for (const r of rows) {
      balance += r.type === 'credit' ? r.amount : -r.amount;
      r.balance = balance;
    }
    for (const r of rows) {
      if (r.postAt === r.authAt) {
        r.balanceAtAuth = r.balance;
        continue;
      }
      let before = opening;
      for (const o of rows) {
        if (o.postAt > r.authAt) break;
        before = o.balance;
      }
      r.balanceAtAuth = before;
    }
    rows.forEach((r, i) => (r.ord = day * 1_000_000 + i));
    this.lagAndStamp(rows, dayEnd);
    if (this.cache.size >= 64) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(day, rows);
    return rows;
  }

  /** Back-dated visibility and timestamp jitter, drawn per row key so any day rebuilds identically. */
  private lagAndStamp(rows: BankRow[], dayEnd: number): void {
    const { seed, backdated, stampJitter } = this.spec;
    for (const [i, r] of rows.entries()) {
      if (r.postAt !== r.authAt) continue;
      if (backdated && backdated.probability > 0 && unit(seed, r.key, 'backdate') < backdated.probability) {
        r.visibleAt = r.postAt + Math.floor((0.05 + 0.95 * unit(seed, r.key, 'lag')) * backdated.maxLagHours * HOUR_MS);
      }
      const next = rows[i + 1];
      if (stampJitter && next && next.postAt === next.authAt && unit(seed, r.key, 'stamp') < stampJitter) {
        r.stampAt = Math.min(dayEnd, next.postAt + 1_000 + Math.floor(unit(seed, r.key, 'stamp-s') * 20_000));
      }
    }
  }

  /** Longest back-dating lag (ms): rows posted longer ago than this are visible whatever their key drew. */
  private get maxLagMs(): number {
    const b = this.spec.backdated;
    return b && b.probability > 0 ? b.maxLagHours * HOUR_MS : 0;
  }

  /** Is a row on the statement at `view` (authorised, and posted rows visible)? */
  private shown(r: BankRow, view: number): boolean {
    return r.authAt <= view && (r.postAt > view || r.visibleAt <= view);
  }

  /** Posted rows the bank has not shown yet at `view` (back-dated postings), oldest first, as [ord, net]. */
  hiddenAt(view: number): Array<[number, number]> {
    const lag = this.maxLagMs;
    if (lag === 0) return [];
    const out: Array<[number, number]> = [];
    for (let d = Math.max(0, this.dayIndexOf(view - lag)); d <= this.dayIndexOf(view); d++) {
      for (const r of this.rowsOfDay(d)) {
        if (r.postAt <= view && r.visibleAt > view) out.push([r.ord, r.type === 'credit' ? r.amount : -r.amount]);
      }
    }
    return out;
  }

  /** The running balance the bank shows for a row at `view`: without the back-dated rows it has not shown yet. */
  shownBalance(r: BankRow, hidden: Array<[number, number]>, balance = r.balance): number {
    let net = 0;
    for (const [ord, n] of hidden) if (ord <= r.ord) net += n;
    return balance - net;
  }

  private openInvoicesOfDay(day: number): InvoiceRef[] {
    this.ensureComputed(day);
    return this.drafts(day, this.genOpening[day]!).openInvoices;
  }

  /** Rows shown on the statement at `now` in one day whose stamp lies in [fromMs, toMs). */
  private visibleCount(day: number, now: number, fromMs: number, toMs: number): number {
    if (day < 0 || this.dayStart(day) > now) return 0;
    const inside = this.dayStart(day) >= fromMs && this.dayStart(day) + DAY_MS <= toMs;
    if (inside && this.dayStart(day) + DAY_MS + this.maxLagMs <= now) {
      this.ensureComputed(day);
      return this.genCount[day]! + this.extrasOfDay(day).length;
    }
    return this.rowsOfDay(day).filter((r) => this.shown(r, now) && r.stampAt >= fromMs && r.stampAt < toMs).length;
  }

  /** Shown rows of a day, newest posting first, each posted or pending as of `now`, with the balance shown then. */
  private servedOfDay(
    day: number,
    now: number,
    fromMs: number,
    toMs: number,
    hidden: Array<[number, number]>,
  ): ServedRow[] {
    const served = this.rowsOfDay(day)
      .filter((r) => this.shown(r, now) && r.stampAt >= fromMs && r.stampAt < toMs)
      .map((row) => {
        const pending = row.postAt > now;
        return { row, pending, balance: this.shownBalance(row, hidden, pending ? row.balanceAtAuth : row.balance) };
      });
    // Mono lists in the bank's posting order, newest first; stamps may disagree with it (stamp jitter).
    const at = (s: ServedRow) => (s.pending ? s.row.authAt : s.row.postAt);
    return served.reverse().sort((a, b) => at(b) - at(a));
  }

  todayIndex(now: number): number {
    return this.dayIndexOf(now);
  }

  /**
   * A page of the statement, newest first, of the rows whose timestamp lies in [fromMs, toMs) (UTC instants: Mono
   * filters start/end by UTC day). Without text/type filters only the days the page touches are generated.
   */
  list(
    now: number,
    opts: {
      fromMs?: number;
      toMs?: number;
      type?: 'debit' | 'credit';
      narration?: string;
      offset: number;
      limit: number | null;
    },
  ): { total: number; rows: ServedRow[] } {
    const today = this.dayIndexOf(now);
    const fromMs = opts.fromMs ?? Number.MIN_SAFE_INTEGER;
    const toMs = opts.toMs ?? Number.MAX_SAFE_INTEGER;
    const from = Math.max(0, opts.fromMs === undefined ? 0 : this.dayIndexOf(fromMs));
    const to = Math.min(today, opts.toMs === undefined ? today : this.dayIndexOf(toMs - 1));
    if (to < from) return { total: 0, rows: [] };
    const hidden = this.hiddenAt(now);
    const limit = opts.limit ?? Number.MAX_SAFE_INTEGER;
    const rows: ServedRow[] = [];
    if (!opts.type && !opts.narration) {
      let total = 0;
      const counts: number[] = [];
      for (let d = to; d >= from; d--) {
        const c = this.visibleCount(d, now, fromMs, toMs);
        counts.push(c);
        total += c;
      }
      let skip = opts.offset;
      for (let i = 0, d = to; d >= from && rows.length < limit; i++, d--) {
        const c = counts[i]!;
        if (skip >= c) {
          skip -= c;
          continue;
        }
        const day = this.servedOfDay(d, now, fromMs, toMs, hidden).slice(skip, skip + (limit - rows.length));
        skip = 0;
        rows.push(...day);
      }
      return { total, rows };
    }
    const needle = opts.narration?.toLowerCase();
    let total = 0;
    for (let d = to; d >= from; d--) {
      for (const s of this.servedOfDay(d, now, fromMs, toMs, hidden)) {
        if (opts.type && s.row.type !== opts.type) continue;
        if (needle && !s.row.narration.toLowerCase().includes(needle)) continue;
        if (total >= opts.offset && rows.length < limit) rows.push(s);
        total++;
      }
    }
    return { total, rows };
  }

  /** Every posted row shown at `now`, oldest first (the ground truth), with the balance shown then. */
  truth(now: number): BankRow[] {
    const out: BankRow[] = [];
    this.forEachPosted(now, (r) => out.push(r));
    return out;
  }

  /**
   * Visits every posted row shown at `now`, oldest first, without holding them all (for large accounts). The row
   * passed carries the balance the bank shows at `now` (it differs only while back-dated postings are hidden).
   */
  forEachPosted(now: number, fn: (row: BankRow) => void): void {
    const today = this.dayIndexOf(now);
    const hidden = this.hiddenAt(now);
    for (let d = 0; d <= today; d++)
      for (const r of this.rowsOfDay(d))
        if (r.postAt <= now && this.shown(r, now))
          fn(hidden.length ? { ...r, balance: this.shownBalance(r, hidden) } : r);
  }

  /** Ledger balance shown at `now` (after the last posted row, without hidden back-dated rows). */
  balanceAt(now: number): number {
    const today = Math.max(0, this.dayIndexOf(now));
    let balance = this.genOpeningOf(today) + this.extrasNetBefore(this.dayStart(today));
    for (const r of this.rowsOfDay(today)) if (r.postAt <= now) balance = r.balance;
    for (const [, net] of this.hiddenAt(now)) balance -= net;
    return balance;
  }

  private genOpeningOf(day: number): number {
    this.ensureComputed(day);
    return this.genOpening[day]!;
  }

  /** Latest authorisation instant visible at `now` (to tell whether a refresh found new data). */
  latestActivity(now: number): number {
    const today = this.dayIndexOf(now);
    for (let d = today; d >= Math.max(0, today - 7); d--) {
      const rows = this.rowsOfDay(d).filter((r) => r.authAt <= now || r.postAt <= now);
      if (rows.length) return Math.max(...rows.map((r) => Math.max(r.authAt, r.postAt <= now ? r.postAt : 0)));
    }
    return 0;
  }

  /**
   * The customer invoices a business account's credits pay, as a ledger would hold them: paid (in full, short by
   * the payer's bank charge, or in instalments) by posted credits up to `now`, plus invoices still open.
   */
  invoices(now: number): CustomerInvoice[] {
    const byNumber = new Map<string, CustomerInvoice>();
    const today = this.dayIndexOf(now);
    for (let d = 0; d <= today; d++) {
      for (const r of this.rowsOfDay(d)) {
        if (!r.invoice || r.postAt > now) continue;
        const inv = r.invoice;
        let entry = byNumber.get(inv.number);
        if (!entry) {
          const status = inv.part === 'full' ? 'paid' : inv.part === 'short' ? 'short_paid' : 'part_paid';
          entry = {
            number: inv.number,
            customer: inv.customer,
            issueDate: inv.issueDate,
            dueDate: inv.dueDate,
            amount: inv.invoiceAmount,
            currency: this.currency,
            status,
            payments: [],
          };
          byNumber.set(inv.number, entry);
        }
        entry.payments.push({
          key: r.key,
          amount: r.amount,
          date: this.businessDateOf(r.postAt),
          written: inv.written,
        });
        if (inv.part === 'instalment' && entry.payments.reduce((s, p) => s + p.amount, 0) === entry.amount)
          entry.status = 'paid';
      }
      if (this.dayStart(d) <= now) {
        for (const inv of this.openInvoicesOfDay(d)) {
          byNumber.set(inv.number, {
            number: inv.number,
            customer: inv.customer,
            issueDate: inv.issueDate,
            dueDate: inv.dueDate,
            amount: inv.invoiceAmount,
            currency: this.currency,
            status: 'open',
            payments: [],
          });
        }
      }
    }
    return [...byNumber.values()].sort(
      (a, b) => a.issueDate.localeCompare(b.issueDate) || a.number.localeCompare(b.number),
    );
  }
}

/** Opening balances are drawn in Naira-sized units and scaled per currency. */
const SIZE_OPENING: Record<MonoCurrency, string> = { NGN: '1', GHC: '0.0095', KSH: '0.085', ZAR: '0.0115' };

function dayOfYear(date: string): number {
  const ms = Date.parse(`${date}T00:00:00Z`);
  return Math.floor((ms - Date.UTC(new Date(ms).getUTCFullYear(), 0, 1)) / DAY_MS) + 1;
}

function pickWeighted<T>(rng: Rng, table: Array<[number, T]>): T {
  const total = table.reduce((s, [w]) => s + w, 0);
  let x = rng.next() * total;
  for (const [w, v] of table) {
    x -= w;
    if (x < 0) return v;
  }
  return table[table.length - 1]![1];
}
