import type { PreparedLedger } from './prepared.js';

interface AmountBucket {
  /** entries of one signed amount, sorted by day then order */
  items: PreparedLedger[];
  /** the longest open span in the bucket, so a date lower bound can be found by binary search */
  maxSpan: number;
}

interface CurrencySide {
  /** distinct absolute amounts, ascending */
  amounts: number[];
  buckets: Map<number, AmountBucket>;
  /** every entry sorted by day then order, for date-window pools */
  byDay: PreparedLedger[];
}

function lowerBound<T>(arr: readonly T[], value: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(arr[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const byDayThenOrder = (a: PreparedLedger, b: PreparedLedger) => a.day - b.day || a.order - b.order;

/**
 * Open ledger entries indexed by currency and direction, then amount, then date, and by reference key, so each bank
 * line looks at O(log n + k) entries rather than all of them.
 */
export class LedgerIndex {
  private readonly sides = new Map<string, CurrencySide>();
  private readonly byKey = new Map<string, PreparedLedger[]>();

  constructor(entries: readonly PreparedLedger[]) {
    for (const e of entries) {
      const sideKey = `${e.entry.currency}${e.sign}`;
      let side = this.sides.get(sideKey);
      if (!side) {
        side = { amounts: [], buckets: new Map(), byDay: [] };
        this.sides.set(sideKey, side);
      }
      let bucket = side.buckets.get(e.abs);
      if (!bucket) {
        bucket = { items: [], maxSpan: 0 };
        side.buckets.set(e.abs, bucket);
      }
      bucket.items.push(e);
      bucket.maxSpan = Math.max(bucket.maxSpan, e.endDay - e.day);
      side.byDay.push(e);
      for (const k of e.keys) {
        const list = this.byKey.get(k);
        if (list) list.push(e);
        else this.byKey.set(k, [e]);
      }
    }
    for (const side of this.sides.values()) {
      side.amounts = [...side.buckets.keys()].sort((a, b) => a - b);
      for (const bucket of side.buckets.values()) bucket.items.sort(byDayThenOrder);
      side.byDay.sort(byDayThenOrder);
    }
  }

  /** Entries sharing any reference key with the given keys (same currency and direction checked by the caller). */
  byReference(keys: Iterable<string>, visit: (e: PreparedLedger) => void): void {
    for (const k of keys) {
      const list = this.byKey.get(k);
      // a key shared by very many entries (a customer's account number written in every description) says nothing
      if (list && list.length <= 50) for (const e of list) visit(e);
    }
  }

  /** Entries with |amount| in [minAbs, maxAbs] whose open span touches [fromDay, toDay]; at most `limit` amounts. */
  byAmount(
    currency: string,
    sign: number,
    minAbs: number,
    maxAbs: number,
    fromDay: number,
    toDay: number,
    visit: (e: PreparedLedger) => void,
  ): void {
    const side = this.sides.get(`${currency}${sign}`);
    if (!side) return;
    for (let i = lowerBound(side.amounts, minAbs, (a) => a); i < side.amounts.length; i++) {
      const amount = side.amounts[i]!;
      if (amount > maxAbs) break;
      const bucket = side.buckets.get(amount)!;
      for (let j = lowerBound(bucket.items, fromDay - bucket.maxSpan, (e) => e.day); j < bucket.items.length; j++) {
        const e = bucket.items[j]!;
        if (e.day > toDay) break;
        if (e.endDay >= fromDay) visit(e);
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
    const side = this.sides.get(`${currency}${sign}`);
    const out: PreparedLedger[] = [];
    if (!side) return out;
    const arr = side.byDay;
    let right = lowerBound(arr, day, (e) => e.day);
    let left = right - 1;
    let examined = 0;
    // examine at most a few times the limit so a busy day cannot make one line cost O(n)
    while (out.length < limit && examined < limit * 20) {
      const r = right < arr.length && arr[right]!.day <= toDay ? arr[right]! : null;
      const l = left >= 0 && arr[left]!.day >= fromDay ? arr[left]! : null;
      if (!r && !l) break;
      let pick: PreparedLedger;
      if (r && (!l || r.day - day <= day - l.day)) {
        pick = r;
        right++;
      } else {
        pick = l!;
        left--;
      }
      examined++;
      if (accept(pick)) out.push(pick);
    }
    return out;
  }
}
