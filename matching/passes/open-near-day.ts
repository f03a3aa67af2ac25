import type { AssignmentState } from '../assignment.js';
import type { PreparedLedger } from '../prepared.js';

/**
 * The open entries LedgerIndex.nearDay finds when its `accept` refuses every claimed entry: the same entries, in the same
 * order, under the same cap on entries examined, without reading a claimed entry. nearDay reads every entry it passes,
 * and by the split pass most entries near a date are claimed; in a large run each read is a cache miss. Here the
 * entries of one currency and direction (a side) are counted by day once, the open ones listed by day, and how many
 * entries nearDay would examine up to each open one is worked out from the counts.
 *
 * nearDay examines a side's entries sorted by (day, order) from the line's day outwards: those on or after the day
 * upwards, those before it downwards, the nearer first and the later side on equal distance. Built for one state whose
 * claims do not change while it is read (the split pass only suggests).
 */
export class OpenNearDay {
  /** per currency: the side ids of [debits, credits] (−1: no entries) */
  private readonly sideIds = new Map<string, [number, number]>();
  private readonly sides: OpenSide[] = [];

  constructor(private readonly state: AssignmentState) {
    const { ledgers } = state;
    const sideOf = new Int32Array(ledgers.length);
    const firstDay: number[] = [];
    const lastDay: number[] = [];
    for (let i = 0; i < ledgers.length; i++) {
      const l = ledgers[i]!;
      let ids = this.sideIds.get(l.entry.currency);
      if (!ids) this.sideIds.set(l.entry.currency, (ids = [-1, -1]));
      const at = l.sign > 0 ? 1 : 0;
      if (ids[at] < 0) {
        ids[at] = firstDay.length;
        firstDay.push(l.day);
        lastDay.push(l.day);
      }
      const k = ids[at];
      sideOf[i] = k;
      if (l.day < firstDay[k]!) firstDay[k] = l.day;
      if (l.day > lastDay[k]!) lastDay[k] = l.day;
    }
    // each entry's place among its side's entries of its day, by order; the open ones by side
    const seen = firstDay.map((d, k) => new Int32Array(lastDay[k]! - d + 1));
    const rank = new Int32Array(ledgers.length);
    const open: number[][] = firstDay.map(() => []);
    for (let i = 0; i < ledgers.length; i++) {
      const k = sideOf[i]!;
      const l = ledgers[i]!;
      rank[i] = seen[k]![l.day - firstDay[k]!]!++;
      if (state.ledgerOpen(l)) open[k]!.push(i);
    }
    for (let k = 0; k < firstDay.length; k++)
      this.sides.push(buildSide(ledgers, open[k]!, rank, firstDay[k]!, seen[k]!));
  }

  /** As state.index.nearDay(currency, sign, day, fromDay, toDay, limit, l => state.ledgerOpen(l) && accept(l)). */
  near(
    currency: string,
    sign: number,
    day: number,
    fromDay: number,
    toDay: number,
    limit: number,
    accept: (l: PreparedLedger) => boolean,
  ): PreparedLedger[] {
    const out: PreparedLedger[] = [];
    const id = this.sideIds.get(currency)?.[sign > 0 ? 1 : 0] ?? -1;
    if (id < 0) return out;
    const side = this.sides[id]!;
    const { days, orders } = side;
    const cap = limit * 20;
    let right = lowerBound(days, day);
    let left = right - 1;
    while (out.length < limit) {
      const r = right < days.length && days[right]! <= toDay ? side.examinedAt(right, day, fromDay, toDay) : Infinity;
      const l = left >= 0 && days[left]! >= fromDay ? side.examinedAt(left, day, fromDay, toDay) : Infinity;
      // nearDay stops once it has examined `cap` entries, open or not (and when both directions run out)
      if (Math.min(r, l) > cap) break;
      const e = this.state.ledgers[orders[r < l ? right++ : left--]!]!;
      if (accept(e)) out.push(e);
    }
    return out;
  }
}

/** One side: its open entries by (day, order), and the count of all its entries by day. */
class OpenSide {
  constructor(
    /** the open entries' days and orders, sorted by (day, order) */
    readonly days: Int32Array,
    readonly orders: Int32Array,
    /** each open entry's place among all the side's entries of its day, by order */
    private readonly rankInDay: Int32Array,
    private readonly firstDay: number,
    /** before[d − firstDay]: how many of the side's entries fall before day d */
    private readonly before: Int32Array,
  ) {}

  /** how many of the side's entries fall on days lo..hi */
  private count(lo: number, hi: number): number {
    const a = Math.max(lo, this.firstDay) - this.firstDay;
    const b = Math.min(hi + 1 - this.firstDay, this.before.length - 1);
    return b > a ? this.before[b]! - this.before[a]! : 0;
  }

  /**
   * Where nearDay examines the open entry at i, counting from 1: after the entries before it on its own side, and
   * those on the other side nearer to `day` (for an entry before the day, also those as near: the later side goes
   * first on equal distance).
   */
  examinedAt(i: number, day: number, fromDay: number, toDay: number): number {
    const d = this.days[i]!;
    if (d >= day) {
      const own = this.count(day, d - 1) + this.rankInDay[i]!;
      return own + this.count(Math.max(day - (d - day) + 1, fromDay), day - 1) + 1;
    }
    const own = this.count(d + 1, day - 1) + (this.count(d, d) - 1 - this.rankInDay[i]!);
    return own + this.count(day, Math.min(day + (day - d), toDay)) + 1;
  }
}

/** A side from its open entries (ascending order), every entry's rank within its day, and its entries per day. */
function buildSide(
  ledgers: readonly PreparedLedger[],
  open: readonly number[],
  rank: Int32Array,
  firstDay: number,
  perDay: Int32Array,
): OpenSide {
  const before = new Int32Array(perDay.length + 1);
  for (let k = 0; k < perDay.length; k++) before[k + 1] = before[k]! + perDay[k]!;
  const n = ledgers.length;
  const keys = new Float64Array(open.length);
  for (let j = 0; j < open.length; j++) keys[j] = ledgers[open[j]!]!.day * n + open[j]!;
  keys.sort();
  const days = new Int32Array(keys.length);
  const orders = new Int32Array(keys.length);
  const rankInDay = new Int32Array(keys.length);
  for (let j = 0; j < keys.length; j++) {
    const k = keys[j]!;
    const o = k - Math.floor(k / n) * n;
    orders[j] = o;
    days[j] = ledgers[o]!.day;
    rankInDay[j] = rank[o]!;
  }
  return new OpenSide(days, orders, rankInDay, firstDay, before);
}

function lowerBound(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
