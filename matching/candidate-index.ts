import type { PreparedLedger } from './prepared.js';
import { MAX_ENTRIES_PER_KEY } from './thresholds.js';

/**
 * One currency and direction of the open entries, as parallel typed arrays rather than an object per amount: `items`
 * holds ledger orders sorted by amount, then day, then order; `amounts` the distinct amounts ascending, and bucket i
 * spans items[bucketStart[i] .. bucketStart[i + 1]). A million entries cost a few flat arrays, not a million objects.
 */
interface CurrencySide {
  amounts: Float64Array;
  bucketStart: Int32Array;
  /** the longest open span in each bucket, so a date lower bound can be found by binary search */
  bucketMaxSpan: Int32Array;
  items: Int32Array;
  itemDay: Int32Array;
  itemEndDay: Int32Array;
  /** every entry of the side sorted by day then order, for date-window pools, and those days */
  byDay: Int32Array;
  byDayDay: Int32Array;
}

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
 * The members sorted by day, then order. Sorted as numbers (day × n + order, exact in a double for any real book)
 * without a comparator, which is many times faster than a comparator sort.
 */
function byDayThenOrder(entries: readonly PreparedLedger[], members: readonly number[]): Int32Array {
  const n = entries.length;
  const keys = new Float64Array(members.length);
  for (let i = 0; i < members.length; i++) keys[i] = entries[members[i]!]!.day * n + members[i]!;
  keys.sort();
  const out = new Int32Array(members.length);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    out[i] = k - Math.floor(k / n) * n;
  }
  return out;
}

/**
 * Entries sorted by day then order (`byDay`), re-sorted by amount: by amount, then day, then order. As numbers (amount
 * × n + rank by day) when that is exact in a double; otherwise (amounts beyond any real book's) by a comparator.
 */
function byAmountThenDay(entries: readonly PreparedLedger[], byDay: Int32Array): Int32Array {
  const n = byDay.length;
  let maxAbs = 0;
  for (let i = 0; i < n; i++) maxAbs = Math.max(maxAbs, entries[byDay[i]!]!.abs);
  if (maxAbs * n + n > Number.MAX_SAFE_INTEGER)
    return Int32Array.from(
      Array.from(byDay).sort((a, b) => {
        const x = entries[a]!;
        const y = entries[b]!;
        return x.abs - y.abs || x.day - y.day || x.order - y.order;
      }),
    );
  const keys = new Float64Array(n);
  for (let rank = 0; rank < n; rank++) keys[rank] = entries[byDay[rank]!]!.abs * n + rank;
  keys.sort();
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const k = keys[i]!;
    out[i] = byDay[k - Math.floor(k / n) * n]!;
  }
  return out;
}

function buildSide(entries: readonly PreparedLedger[], members: readonly number[]): CurrencySide {
  const n = members.length;
  const byDay = byDayThenOrder(entries, members);
  const items = byAmountThenDay(entries, byDay);
  const itemDay = new Int32Array(n);
  const itemEndDay = new Int32Array(n);
  let distinct = 0;
  for (let i = 0; i < n; i++) {
    const e = entries[items[i]!]!;
    itemDay[i] = e.day;
    itemEndDay[i] = e.endDay;
    if (i === 0 || e.abs !== entries[items[i - 1]!]!.abs) distinct++;
  }
  const amounts = new Float64Array(distinct);
  const bucketStart = new Int32Array(distinct + 1);
  const bucketMaxSpan = new Int32Array(distinct);
  let k = -1;
  for (let i = 0; i < n; i++) {
    const e = entries[items[i]!]!;
    if (k < 0 || e.abs !== amounts[k]) {
      k++;
      amounts[k] = e.abs;
      bucketStart[k] = i;
    }
    bucketMaxSpan[k] = Math.max(bucketMaxSpan[k]!, e.endDay - e.day);
  }
  bucketStart[distinct] = n;
  const byDayDay = new Int32Array(n);
  for (let i = 0; i < n; i++) byDayDay[i] = entries[byDay[i]!]!.day;
  return { amounts, bucketStart, bucketMaxSpan, items, itemDay, itemEndDay, byDay, byDayDay };
}

/**
 * Open ledger entries indexed by currency and direction, then amount, then date, so each bank line looks at
 * O(log n + k) entries rather than all of them. Entries are addressed by their order (their position in
 * the id-sorted input), which is also their index in `entries`.
 */
export class LedgerIndex {
  /** per currency: [debits, credits] */
  private readonly sides = new Map<string, [CurrencySide | null, CurrencySide | null]>();

  constructor(private readonly entries: readonly PreparedLedger[]) {
    const members = new Map<string, [number[], number[]]>();
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i]!;
      if (e.order !== i) throw new Error(`engine defect: ledger entry ${e.entry.id} is not at its order`);
      let bySign = members.get(e.entry.currency);
      if (!bySign) members.set(e.entry.currency, (bySign = [[], []]));
      bySign[e.sign > 0 ? 1 : 0].push(i);
    }
    for (const [currency, [debits, credits]] of members) {
      const side = (orders: number[]) => (orders.length > 0 ? buildSide(entries, orders) : null);
      this.sides.set(currency, [side(debits), side(credits)]);
    }
  }

  private side(currency: string, sign: number): CurrencySide | null {
    const bySign = this.sides.get(currency);
    return bySign ? bySign[sign > 0 ? 1 : 0] : null;
  }

  /** Entries with |amount| in [minAbs, maxAbs] whose open span touches [fromDay, toDay], by amount then date. */
  byAmount(
    currency: string,
    sign: number,
    minAbs: number,
    maxAbs: number,
    fromDay: number,
    toDay: number,
    visit: (e: PreparedLedger) => void,
  ): void {
    const side = this.side(currency, sign);
    if (!side) return;
    const { amounts, bucketStart, bucketMaxSpan, items, itemDay, itemEndDay } = side;
    for (let a = lowerBound(amounts, minAbs, 0, amounts.length); a < amounts.length; a++) {
      if (amounts[a]! > maxAbs) break;
      const end = bucketStart[a + 1]!;
      for (let j = lowerBound(itemDay, fromDay - bucketMaxSpan[a]!, bucketStart[a]!, end); j < end; j++) {
        if (itemDay[j]! > toDay) break;
        if (itemEndDay[j]! >= fromDay) visit(this.entries[items[j]!]!);
      }
    }
  }

  /** Entries whose date lies in [fromDay, toDay], nearest to `day` first, stopping after `limit` accepted ones. */
  nearDay(
    currency: string,
    sign: number,
    day: number,
    fromDay: number,
    toDay: number,
    limit: number,
    accept: (e: PreparedLedger) => boolean,
  ): PreparedLedger[] {
    const side = this.side(currency, sign);
    const out: PreparedLedger[] = [];
    if (!side) return out;
    const { byDay, byDayDay } = side;
    let right = lowerBound(byDayDay, day, 0, byDayDay.length);
    let left = right - 1;
    let examined = 0;
    // examine at most a few times the limit so a busy day cannot make one line cost O(n)
    while (out.length < limit && examined < limit * 20) {
      const r = right < byDay.length && byDayDay[right]! <= toDay;
      const l = left >= 0 && byDayDay[left]! >= fromDay;
      if (!r && !l) break;
      let pick: PreparedLedger;
      if (r && (!l || byDayDay[right]! - day <= day - byDayDay[left]!)) pick = this.entries[byDay[right++]!]!;
      else pick = this.entries[byDay[left--]!]!;
      examined++;
      if (accept(pick)) out.push(pick);
    }
    return out;
  }
}

/**
 * Open entries by reference key, for the candidate search only (it is dropped when the search ends). Entries are
 * addressed by their order, which is also their index in `entries`.
 */
export class ReferenceIndex {
  /**
   * Every reference key of an entry gets a small number (its id), so that comparing two writings' keys is comparing
   * integers. keyEntry[id] is the one entry's order (≥ 0), or −1 − i for the i-th list in `keyLists` when several
   * share it: most keys name one document, so most keys cost no array at all.
   */
  private readonly idOf = new Map<string, number>();
  private readonly keyEntry: Int32Array;
  private readonly keyLists: number[][] = [];
  /** each entry's key ids: entryKeyIds[entryKeyStart[i] .. entryKeyStart[i + 1]) */
  private readonly entryKeyStart: Int32Array;
  private readonly entryKeyIds: Int32Array;

  constructor(private readonly entries: readonly PreparedLedger[]) {
    let total = 0;
    for (let i = 0; i < entries.length; i++) total += entries[i]!.keys.length;
    this.keyEntry = new Int32Array(total);
    this.entryKeyIds = new Int32Array(total);
    this.entryKeyStart = new Int32Array(entries.length + 1);
    let at = 0;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i]!;
      if (e.order !== i) throw new Error(`engine defect: ledger entry ${e.entry.id} is not at its order`);
      this.entryKeyStart[i] = at;
      const keys = e.keys;
      for (let k = 0; k < keys.length; k++) {
        let id = this.idOf.get(keys[k]!);
        if (id === undefined) {
          id = this.idOf.size;
          this.idOf.set(keys[k]!, id);
          this.keyEntry[id] = i;
        } else {
          const first = this.keyEntry[id]!;
          if (first >= 0) {
            this.keyEntry[id] = -1 - this.keyLists.length;
            this.keyLists.push([first, i]);
          } else this.keyLists[-1 - first]!.push(i);
        }
        this.entryKeyIds[at++] = id;
      }
    }
    this.entryKeyStart[entries.length] = at;
  }

  // the current line's keys, by id: which line (its stamp) and where in its key list; sized once the ids are known
  private lineStamp = new Int32Array(0);
  private lineKeyAt = new Int32Array(0);
  private stamp = 0;
  private lineKeys: readonly string[] = [];
  private lineIds = new Int32Array(16);
  private lineCount = 0;

  /**
   * Makes `keys` the current line's: the first `limit` of them are looked up once, for byLineKeys and sharedKeyOf. A
   * line quoting thousands of documents is read only that far, so no line can cost more than its limit.
   */
  setLine(keys: readonly string[], limit: number): void {
    if (this.lineStamp.length !== this.idOf.size) {
      this.lineStamp = new Int32Array(this.idOf.size);
      this.lineKeyAt = new Int32Array(this.idOf.size);
    }
    const count = Math.min(keys.length, limit);
    if (count > this.lineIds.length) this.lineIds = new Int32Array(count * 2);
    this.stamp++;
    this.lineKeys = keys;
    this.lineCount = count;
    for (let k = 0; k < count; k++) {
      const id = this.idOf.get(keys[k]!) ?? -1;
      this.lineIds[k] = id;
      if (id < 0 || this.lineStamp[id] === this.stamp) continue;
      this.lineStamp[id] = this.stamp;
      this.lineKeyAt[id] = k;
    }
  }

  /** Entries sharing any of the current line's keys (same currency and direction checked by the caller). */
  byLineKeys(visit: (e: PreparedLedger) => void): void {
    for (let k = 0; k < this.lineCount; k++) {
      const id = this.lineIds[k]!;
      if (id < 0) continue;
      const at = this.keyEntry[id]!;
      if (at >= 0) {
        visit(this.entries[at]!);
        continue;
      }
      const list = this.keyLists[-1 - at]!;
      // a key shared by very many entries (a customer's account number written in every description) says nothing
      if (list.length <= MAX_ENTRIES_PER_KEY) for (let i = 0; i < list.length; i++) visit(this.entries[list[i]!]!);
    }
  }

  /**
   * The first (in sort order) of the current line's keys the entry also carries, or null: sharedKey(keys, entry.keys)
   * through the entry's few key ids, so a line with many keys costs no more per entry than one with few.
   */
  sharedKeyOf(l: PreparedLedger): string | null {
    const to = this.entryKeyStart[l.order + 1]!;
    let best: string | null = null;
    for (let j = this.entryKeyStart[l.order]!; j < to; j++) {
      const id = this.entryKeyIds[j]!;
      if (this.lineStamp[id] !== this.stamp) continue;
      const key = this.lineKeys[this.lineKeyAt[id]!]!;
      if (best === null || key < best) best = key;
    }
    return best;
  }
}
