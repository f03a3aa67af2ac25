import type { KeyHolder, KeyTable } from './key-table.js';
import type { PreparedLedger } from './prepared.js';
import { MAX_ENTRIES_PER_KEY } from './thresholds.js';

/**
 * One currency and direction of the open entries, as typed arrays rather than an object per amount: the entries
 * sorted by amount, then day, then order; `amounts` the distinct amounts ascending, and bucket i spans entries
 * buckets[2i] .. buckets[2i + 2]. A million entries cost a few flat arrays, not a million objects. What one bucket's
 * search reads lies side by side (a bucket's start, span and the next start; an entry's days and order), so that a
 * line's few buckets cost a few cache misses, not one per array.
 */
interface CurrencySide {
  amounts: Float64Array;
  /**
   * where each of equal spans of the amounts' range begins in `amounts` (built on the first search): a search reads
   * two neighbouring numbers here and then the few amounts of one span, rather than probing large arrays at a dozen
   * far-apart places (see AmountSpans)
   */
  amountSpans: AmountSpans | null;
  /**
   * bucket i's first entry at [2i] and its longest open span at [2i + 1] (so a date lower bound can be found by binary
   * search); [2 × amounts.length] is the number of entries
   */
  buckets: Int32Array;
  /** entry j's day at [3j], last open day at [3j + 1] and order at [3j + 2] */
  cells: Int32Array;
  /** the side's entries by day then order, and their days (kept for the split pass's OpenNearDay, which needs them) */
  byDay: Int32Array;
  days: Int32Array;
}

/** One currency and direction's entries sorted by day, then order: their orders, and their days in the same layout. */
export interface EntriesByDay {
  orders: Int32Array;
  days: Int32Array;
}

const NO_TARGETS = new Float64Array(0);

/** First index in sorted[from, to) whose value is ≥ value. */
function lowerBound(sorted: ArrayLike<number>, value: number, from: number, to: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The entries' amounts and days as columns indexed by order, read once in entry order: the index's sorts then read
 * these few flat arrays in sort order, where reading each entry object in that order was a cache miss per entry at 1M.
 */
interface EntryColumns {
  /** the number of entries (orders are 0 .. n − 1) */
  n: number;
  abs: Float64Array;
  day: Int32Array;
  endDay: Int32Array;
}

function columnsOf(entries: readonly PreparedLedger[]): EntryColumns {
  const n = entries.length;
  const abs = new Float64Array(n);
  const day = new Int32Array(n);
  const endDay = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const e = entries[i]!;
    abs[i] = e.abs;
    day[i] = e.day;
    endDay[i] = e.endDay;
  }
  return { n, abs, day, endDay };
}

/**
 * The members sorted by day, then order. Sorted as numbers (day × n + order, exact in a double for any real book)
 * without a comparator, which is many times faster than a comparator sort.
 */
function byDayThenOrder(columns: EntryColumns, members: readonly number[]): EntriesByDay {
  const { n, day } = columns;
  const keys = new Float64Array(members.length);
  for (let i = 0; i < members.length; i++) keys[i] = day[members[i]!]! * n + members[i]!;
  keys.sort();
  const orders = new Int32Array(members.length);
  const days = new Int32Array(members.length);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    days[i] = Math.floor(k / n);
    orders[i] = k - days[i]! * n;
  }
  return { orders, days };
}

/**
 * Entries sorted by day then order (`byDay`), re-sorted by amount: by amount, then day, then order. As numbers (amount
 * × n + rank by day) when that is exact in a double; otherwise (amounts beyond any real book's) by a comparator.
 */
function byAmountThenDay(columns: EntryColumns, byDay: Int32Array): Int32Array {
  const { abs, day } = columns;
  const n = byDay.length;
  let maxAbs = 0;
  for (let i = 0; i < n; i++) maxAbs = Math.max(maxAbs, abs[byDay[i]!]!);
  if (maxAbs * n + n > Number.MAX_SAFE_INTEGER)
    return Int32Array.from(Array.from(byDay).sort((a, b) => abs[a]! - abs[b]! || day[a]! - day[b]! || a - b));
  const keys = new Float64Array(n);
  for (let rank = 0; rank < n; rank++) keys[rank] = abs[byDay[rank]!]! * n + rank;
  keys.sort();
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const k = keys[i]!;
    out[i] = byDay[k - Math.floor(k / n) * n]!;
  }
  return out;
}

/**
 * The range [min, max] of a side's distinct amounts (ascending, at least one) cut into as many equal spans as there
 * are amounts: amounts[starts[k] .. starts[k + 1]) are those in span k. spanOf is non-decreasing in the amount, so the
 * first amount at least v lies in [starts[spanOf(v)], starts[spanOf(v) + 1]]: amounts before the first bound are in
 * earlier spans, hence below v; those from the second on are in later spans, hence above it. Real amounts are not
 * spread evenly, but a crowded span is still searched by halving: never worse than a search of the whole array.
 */
interface AmountSpans {
  starts: Int32Array;
  min: number;
  /** spans per unit of amount */
  scale: number;
  /** the last span's number */
  last: number;
}

function spanOf(spans: AmountSpans, value: number): number {
  // (a product by a positive constant, then floor and min: each non-decreasing, so the whole is)
  return Math.min(Math.floor((value - spans.min) * spans.scale), spans.last);
}

function spansOf(amounts: Float64Array): AmountSpans {
  const n = amounts.length;
  const min = amounts[0]!;
  const spans: AmountSpans = {
    starts: new Int32Array(n + 1),
    min,
    scale: n / (amounts[n - 1]! - min + 1),
    last: n - 1,
  };
  const { starts } = spans;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const span = spanOf(spans, amounts[i]!);
    while (k <= span) starts[k++] = i;
  }
  while (k <= n) starts[k++] = n;
  return spans;
}

/** lowerBound(side.amounts, value, 0, side.amounts.length), found through the spans. */
function firstAmountAtLeast(side: CurrencySide, value: number): number {
  const { amounts } = side;
  const spans = (side.amountSpans ??= spansOf(amounts));
  // at most the least amount (or NaN, which lowerBound also puts first): the first
  if (!(value > spans.min)) return 0;
  const k = spanOf(spans, value);
  return lowerBound(amounts, value, spans.starts[k]!, spans.starts[k + 1]!);
}

function buildSide(columns: EntryColumns, members: readonly number[]): CurrencySide {
  const { abs, day, endDay } = columns;
  const n = members.length;
  const byDay = byDayThenOrder(columns, members);
  const items = byAmountThenDay(columns, byDay.orders);
  const cells = new Int32Array(3 * n);
  let distinct = 0;
  for (let i = 0; i < n; i++) {
    const o = items[i]!;
    cells[3 * i] = day[o]!;
    cells[3 * i + 1] = endDay[o]!;
    cells[3 * i + 2] = o;
    if (i === 0 || abs[o] !== abs[items[i - 1]!]) distinct++;
  }
  const amounts = new Float64Array(distinct);
  const buckets = new Int32Array(2 * distinct + 1);
  let k = -1;
  for (let i = 0; i < n; i++) {
    const o = items[i]!;
    if (k < 0 || abs[o] !== amounts[k]) {
      k++;
      amounts[k] = abs[o]!;
      buckets[2 * k] = i;
    }
    buckets[2 * k + 1] = Math.max(buckets[2 * k + 1]!, endDay[o]! - day[o]!);
  }
  buckets[2 * distinct] = n;
  return { amounts, amountSpans: null, buckets, cells, byDay: byDay.orders, days: byDay.days };
}

/**
 * Open ledger entries indexed by currency and direction, then amount, then date, so each bank line looks at
 * O(log n + k) entries rather than all of them. Entries are addressed by their order (their position in
 * the id-sorted input), which is also their index in `entries`.
 */
export class LedgerIndex {
  /** per currency: [debits, credits] */
  private readonly sides = new Map<string, [CurrencySide | null, CurrencySide | null]>();
  /** the currencies numbered in order of first appearance (see sideOf) */
  private readonly currencyNumbers = new Map<string, number>();
  /**
   * By entry order, the entry's currency and direction as one number (sideOf's): a search passes over an entry of
   * another currency or direction without reading the entry itself.
   */
  readonly sideAt: Int32Array;

  constructor(private readonly entries: readonly PreparedLedger[]) {
    const members = new Map<string, [number[], number[]]>();
    const sideAt = (this.sideAt = new Int32Array(entries.length));
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i]!;
      if (e.order !== i) throw new Error(`engine defect: ledger entry ${e.entry.id} is not at its order`);
      const currency = e.entry.currency;
      let bySign = members.get(currency);
      if (!bySign) {
        members.set(currency, (bySign = [[], []]));
        this.currencyNumbers.set(currency, this.currencyNumbers.size);
      }
      bySign[e.sign > 0 ? 1 : 0].push(i);
      sideAt[i] = this.sideOf(currency, e.sign);
    }
    const columns = columnsOf(entries);
    for (const [currency, [debits, credits]] of members) {
      const side = (orders: number[]) => (orders.length > 0 ? buildSide(columns, orders) : null);
      this.sides.set(currency, [side(debits), side(credits)]);
    }
  }

  /**
   * A number for a currency and direction, as sideAt gives each entry's: equal for two writings exactly when both are
   * (the other direction's is this one's ^ 1); −1 for a currency no entry has.
   */
  sideOf(currency: string, sign: number): number {
    const number = this.currencyNumbers.get(currency);
    return number === undefined ? -1 : number * 2 + (sign > 0 ? 1 : 0);
  }

  /**
   * Each currency's entries by day then order, [debits, credits] (null: none), as the index sorted them: the split
   * pass's OpenNearDay starts from these rather than sorting every entry and reading each one again.
   */
  byDay(): Array<[string, EntriesByDay | null, EntriesByDay | null]> {
    const out: Array<[string, EntriesByDay | null, EntriesByDay | null]> = [];
    const of = (side: CurrencySide | null) => (side ? { orders: side.byDay, days: side.days } : null);
    for (const [currency, [debits, credits]] of this.sides) out.push([currency, of(debits), of(credits)]);
    return out;
  }

  private side(currency: string, sign: number): CurrencySide | null {
    const bySign = this.sides.get(currency);
    return bySign ? bySign[sign > 0 ? 1 : 0] : null;
  }

  /**
   * Entries with |amount| in [minAbs, maxAbs] whose open span touches [fromDay, toDay], by amount then date, given by
   * their order: a caller that has seen an entry already skips it without reading the entry itself. Then, the same
   * for each of `count` exact amounts in `targets`, ascending and all above maxAbs (a line's amount plus each fixed levy
   * or fee): each found by galloping on from the last, a few neighbouring reads rather than a search of the whole side.
   */
  byAmount(
    currency: string,
    sign: number,
    minAbs: number,
    maxAbs: number,
    fromDay: number,
    toDay: number,
    visit: (order: number) => void,
    targets: Float64Array = NO_TARGETS,
    count = 0,
  ): void {
    const side = this.side(currency, sign);
    if (!side) return;
    const { amounts } = side;
    let a = firstAmountAtLeast(side, minAbs);
    for (; a < amounts.length && amounts[a]! <= maxAbs; a++) this.visitBucket(side, a, fromDay, toDay, visit);
    if (count > 0) this.visitExact(side, a, targets, count, fromDay, toDay, visit);
  }

  /** The exact amounts' buckets, from bucket `a` on (no amount before it is a target). */
  private visitExact(
    side: CurrencySide,
    a: number,
    targets: Float64Array,
    count: number,
    fromDay: number,
    toDay: number,
    visit: (order: number) => void,
  ): void {
    const { amounts } = side;
    for (let t = 0; t < count; t++) {
      const target = targets[t]!;
      let step = 1;
      let hi = a;
      while (hi < amounts.length && amounts[hi]! < target) {
        a = hi + 1;
        hi += step;
        step *= 2;
      }
      a = lowerBound(amounts, target, a, Math.min(hi, amounts.length));
      if (a < amounts.length && amounts[a] === target) this.visitBucket(side, a, fromDay, toDay, visit);
    }
  }

  private visitBucket(side: CurrencySide, a: number, fromDay: number, toDay: number, visit: (o: number) => void): void {
    const { buckets, cells } = side;
    const end = buckets[2 * a + 2]!;
    // the first entry whose day is ≥ fromDay − the bucket's longest span: none before it can reach fromDay
    const earliest = fromDay - buckets[2 * a + 1]!;
    let lo = buckets[2 * a]!;
    let hi = end;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cells[3 * mid]! < earliest) lo = mid + 1;
      else hi = mid;
    }
    for (let j = lo; j < end; j++) {
      if (cells[3 * j]! > toDay) break;
      if (cells[3 * j + 1]! >= fromDay) visit(cells[3 * j + 2]!);
    }
  }
}

/**
 * Open entries by reference key, for the candidate search only (it is dropped when the search ends). Entries are
 * addressed by their order, which is also their index in `entries`; keys by their ids in the run's key table, so that
 * comparing two writings' keys is comparing integers and no key is hashed again. Every entry key is one some line
 * writes (the sealed key table drops the others as entries are prepared).
 */
export class ReferenceIndex {
  /** by key id, 1 when some entry carries it */
  private readonly carried: Uint8Array;
  /**
   * keyEntry[id] is the one entry's order (≥ 0), or −1 − i for the i-th list in `keyLists` when several share it, for
   * a carried key: most keys name one document, so most keys cost no array at all
   */
  private readonly keyEntry: Int32Array;
  private readonly keyLists: number[][] = [];
  private readonly table: KeyTable;

  constructor(
    private readonly entries: readonly PreparedLedger[],
    private readonly lines: readonly KeyHolder[],
    table: KeyTable,
  ) {
    this.table = table;
    const count = table.count;
    const carried = (this.carried = new Uint8Array(count));
    const keyEntry = (this.keyEntry = new Int32Array(count));
    const { keyLists } = this;
    const ids = table.ids;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i]!;
      if (e.order !== i) throw new Error(`engine defect: ledger entry ${e.entry.id} is not at its order`);
      if (e.keyTable !== table) throw new Error(`engine defect: ledger entry ${e.entry.id}'s keys are another run's`);
      for (let k = e.keyAt, end = e.keyAt + e.keyCount; k < end; k++) {
        const id = ids[k]!;
        if (carried[id] === 0) {
          carried[id] = 1;
          keyEntry[id] = i;
          continue;
        }
        const first = keyEntry[id]!;
        if (first >= 0) {
          keyEntry[id] = -1 - keyLists.length;
          keyLists.push([first, i]);
        } else keyLists[-1 - first]!.push(i);
      }
    }
  }

  // The current line's keys: their ids in its order (−1: no entry carries it) and, for a line with many, by id which
  // line (its stamp) and where in its key list; sized once a line has many.
  private lineStamp = new Int32Array(0);
  private lineKeyAt = new Int32Array(0);
  private stamp = 0;
  private lineIds = new Int32Array(16);
  private lineCount = 0;
  /** whether one of the current line's keys is carried by more than MAX_ENTRIES_PER_KEY entries (see byLineKeys) */
  private lineCrowded = false;

  /**
   * Makes the keys of lines[line] (the line of that order) the current line's, for byLineKeys and sharedKeyOf. Every
   * key is read: the line's own reference field comes last, after the narration's, and must never be cut off. A line
   * quoting thousands of documents stays linear because a line with many keys finds the one an entry shares through
   * the entry's few keys.
   */
  setLine(line: number): void {
    const b = this.lines[line]!;
    if (b.keyTable !== this.table) throw new Error(`engine defect: line ${line}'s keys are another run's`);
    const count = b.keyCount;
    if (count > this.lineIds.length) this.lineIds = new Int32Array(count * 2);
    const { lineIds, carried } = this;
    const ids = this.table.ids;
    this.lineCount = count;
    let crowded = false;
    for (let k = 0; k < count; k++) {
      const id = ids[b.keyAt + k]!;
      lineIds[k] = carried[id] === 1 ? id : -1;
      if (carried[id] === 1 && this.crowded(id)) crowded = true;
    }
    this.lineCrowded = crowded;
    if (count <= FEW_KEYS) return;
    if (this.lineStamp.length !== carried.length) {
      this.lineStamp = new Int32Array(carried.length);
      this.lineKeyAt = new Int32Array(carried.length);
    }
    this.stamp++;
    for (let k = 0; k < count; k++) {
      const id = lineIds[k]!;
      if (id < 0 || this.lineStamp[id] === this.stamp) continue;
      this.lineStamp[id] = this.stamp;
      this.lineKeyAt[id] = k;
    }
  }

  /** By key id, 1 when some entry carries it (see dropLineOnlyKeys). */
  keysOnEntries(): Uint8Array {
    return this.carried;
  }

  /**
   * Entries sharing any of the current line's keys, given by their order (same currency and direction checked by the
   * caller): a caller passes over most of them (seen already, another side) without reading the entry itself.
   */
  byLineKeys(visit: (order: number) => void): void {
    for (let k = 0; k < this.lineCount; k++) {
      const id = this.lineIds[k]!;
      if (id < 0) continue;
      const at = this.keyEntry[id]!;
      if (at >= 0) {
        visit(at);
        continue;
      }
      // a key shared by very many entries (a customer's account number written in every description) says nothing
      if (this.crowded(id)) continue;
      const list = this.keyLists[-1 - at]!;
      for (let i = 0; i < list.length; i++) visit(list[i]!);
    }
  }

  /** Whether more than MAX_ENTRIES_PER_KEY entries carry the key (id of a carried key). */
  private crowded(id: number): boolean {
    const at = this.keyEntry[id]!;
    return at < 0 && this.keyLists[-1 - at]!.length > MAX_ENTRIES_PER_KEY;
  }

  /**
   * sharedKeyOf for an entry byLineKeys did not give for the current line. Such an entry can share only a crowded key
   * (one byLineKeys passes over), so for a line without one (nearly every line) it shares none and no key is compared.
   */
  sharedKeyOfUnlisted(l: PreparedLedger): number {
    return this.lineCrowded ? this.sharedKeyOf(l) : -1;
  }

  /**
   * The id of the first (in sort order) of the current line's keys the entry also carries, or −1: sharedKeyIdOf(line,
   * entry) by comparing ids. A line with few keys compares them with the entry's few; one with many finds each of the
   * entry's ids by its stamp, so that it costs no more per entry than a line with few (a stamp is one more read far
   * away, which the common line does without).
   */
  sharedKeyOf(l: PreparedLedger): number {
    const from = l.keyAt;
    const to = from + l.keyCount;
    const { lineIds, table } = this;
    const ids = table.ids;
    let best = -1;
    if (this.lineCount <= FEW_KEYS) {
      for (let k = 0; k < this.lineCount; k++) {
        const id = lineIds[k]!;
        if (id < 0) continue;
        for (let j = from; j < to; j++)
          if (ids[j] === id) {
            if (best < 0 || table.before(id, best)) best = id;
            break;
          }
      }
      return best;
    }
    for (let j = from; j < to; j++) {
      const id = ids[j]!;
      if (this.lineStamp[id] !== this.stamp) continue;
      if (best < 0 || table.before(id, best)) best = id;
    }
    return best;
  }
}

/** Lines with at most this many keys compare them with an entry's directly (see sharedKeyOf). */
const FEW_KEYS = 32;

/**
 * Open entries by party key (the entries AssignmentState.partyItems lists), for the candidate search only: each
 * party's entries sorted by amount then order, laid out one party after another with what the search tests first
 * (amount, days, side) in typed arrays beside them. A payer's items that cannot be candidates are passed over by
 * reading these few neighbouring numbers, never the entries themselves.
 */
export class PartyIndex {
  private readonly ids = new Map<string, number>();
  /** the words before the first space of keys that have one: a pair of words can be a key only if its first is one */
  private readonly firstWords = new Set<string>();
  private readonly currencies = new Map<string, number>();
  /** party p's entries are at positions start[p] .. start[p + 1) */
  private readonly start: Int32Array;
  /** by position: the entry's order, amount, first and last open day, and side (sideOf its currency and sign) */
  readonly order: Int32Array;
  readonly abs: Float64Array;
  readonly day: Int32Array;
  readonly endDay: Int32Array;
  readonly side: Int32Array;

  /**
   * `numbers`: the entries' parties numbered by first appearance (AssignmentState.ledgerPartyNumbers: party + 1 by
   * entry order, 0 for none), which the index's ids are; only each party's first entry's key is then looked at.
   */
  constructor(entries: readonly PreparedLedger[], numbers: { partyOf: Int32Array; count: number }) {
    const { partyOf, count } = numbers;
    const counts = new Int32Array(count);
    for (let i = 0; i < entries.length; i++) {
      const id = partyOf[i]! - 1;
      if (id < 0) continue;
      if (counts[id]!++ === 0) {
        const key = entries[i]!.partyKey!;
        this.ids.set(key, id);
        const space = key.indexOf(' ');
        if (space >= 0) this.firstWords.add(key.slice(0, space));
      }
    }
    const start = (this.start = new Int32Array(count + 1));
    for (let p = 0; p < count; p++) start[p + 1] = start[p]! + counts[p]!;
    const n = start[count]!;
    this.order = new Int32Array(n);
    this.abs = new Float64Array(n);
    this.day = new Int32Array(n);
    this.endDay = new Int32Array(n);
    this.side = new Int32Array(n);
    // entries in order, so each party's come out in order: sorting by amount (stably) gives amount then order
    const next = start.slice(0, count);
    for (let i = 0; i < entries.length; i++) {
      const id = partyOf[i]! - 1;
      if (id < 0) continue;
      const e = entries[i]!;
      const at = next[id]!++;
      this.order[at] = i;
      this.abs[at] = e.abs;
      this.day[at] = e.day;
      this.endDay[at] = e.endDay;
      this.side[at] = this.sideOf(e.entry.currency, e.sign, true);
    }
    for (let p = 0; p < count; p++) this.sortByAmount(start[p]!, start[p + 1]!);
  }

  /** A number for a currency and direction: equal for two writings exactly when both are; −1 for an unknown currency. */
  sideOf(currency: string, sign: number, add = false): number {
    let id = this.currencies.get(currency);
    if (id === undefined) {
      if (!add) return -1;
      this.currencies.set(currency, (id = this.currencies.size));
    }
    return id * 2 + (sign > 0 ? 1 : 0);
  }

  /** The party's id, or −1 when no entry has this key. */
  idOf(key: string): number {
    return this.ids.get(key) ?? -1;
  }

  /** idOf(`${first} ${second}`), without making the text for a first word no key starts with (most of them). */
  idOfPair(first: string, second: string): number {
    return this.firstWords.has(first) ? this.idOf(`${first} ${second}`) : -1;
  }

  /** The number of parties (ids are 0 .. count − 1). */
  get count(): number {
    return this.start.length - 1;
  }

  first(party: number): number {
    return this.start[party]!;
  }

  end(party: number): number {
    return this.start[party + 1]!;
  }

  /** The first position in the party's entries whose amount is ≥ abs. */
  firstAtLeast(party: number, abs: number): number {
    return lowerBound(this.abs, abs, this.start[party]!, this.start[party + 1]!);
  }

  /**
   * Positions in entry order (a party's entries as partyItems lists them), for the rare long read: party p's are at
   * [firstOf(p), firstOf(p + 1)) of the array returned. Each party's are sorted once, on its first long read: a payer
   * with thousands of open items is read this way by each of its thousands of lines.
   */
  inOrder(party: number): Int32Array {
    this.byOrder ??= new Int32Array(this.order.length);
    this.byOrderBuilt ??= new Uint8Array(this.start.length - 1);
    if (this.byOrderBuilt[party] === 0) {
      const from = this.start[party]!;
      const to = this.start[party + 1]!;
      const positions = this.byOrder.subarray(from, to);
      for (let i = 0; i < positions.length; i++) positions[i] = from + i;
      positions.sort((x, y) => this.order[x]! - this.order[y]!);
      this.byOrderBuilt[party] = 1;
    }
    return this.byOrder;
  }

  /** Where party p's entries begin among the positions (those of p + 1 begin where p's end). */
  firstOf(party: number): number {
    return this.start[party]!;
  }

  private byOrder: Int32Array | null = null;
  private byOrderBuilt: Uint8Array | null = null;

  /**
   * Positions [from, to), in entry order, sorted stably by amount (so equal amounts stay in entry order): a party has a
   * few dozen entries, sorted in place; a very large one is sorted through a list of its positions.
   */
  private sortByAmount(from: number, to: number): void {
    if (to - from > 32) return this.sortLarge(from, to);
    const { order, abs, day, endDay, side } = this;
    for (let i = from + 1; i < to; i++) {
      const a = abs[i]!;
      if (abs[i - 1]! <= a) continue;
      const o = order[i]!;
      const d = day[i]!;
      const e = endDay[i]!;
      const s = side[i]!;
      let j = i - 1;
      for (; j >= from && abs[j]! > a; j--) {
        order[j + 1] = order[j]!;
        abs[j + 1] = abs[j]!;
        day[j + 1] = day[j]!;
        endDay[j + 1] = endDay[j]!;
        side[j + 1] = side[j]!;
      }
      order[j + 1] = o;
      abs[j + 1] = a;
      day[j + 1] = d;
      endDay[j + 1] = e;
      side[j + 1] = s;
    }
  }

  private sortLarge(from: number, to: number): void {
    const { abs } = this;
    const positions = Array.from({ length: to - from }, (_, i) => from + i);
    // Array.prototype.sort is stable: equal amounts keep their entry order
    positions.sort((x, y) => abs[x]! - abs[y]!);
    for (const column of [this.order, this.abs, this.day, this.endDay, this.side]) {
      const copy = column.slice(from, to);
      for (let i = 0; i < positions.length; i++) column[from + i] = copy[positions[i]! - from]!;
    }
  }
}
