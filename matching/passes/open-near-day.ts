import type { AssignmentState } from '../assignment.js';
import type { PreparedLedger } from '../prepared.js';

/**
 * The open entries of one currency and direction (a side) nearest a day, for the split pass's date-window pools. The
 * rule, which the pools have always followed: a side's entries, claimed or not, sorted by (day, order), are examined
 * from the day outwards (those on or after it upwards, those before it downwards, the nearer first and the later side on
 * equal distance), the accepted open ones kept, until `limit` are kept or `20 × limit` entries were examined, so a busy
 * day cannot make one line cost O(n). By the split pass most entries near a date are claimed, and in a large run each
 * entry read is a cache miss: here no claimed entry is read. A side's entries are counted per distinct day once, the
 * open ones listed by (day, order), and how many entries the rule would examine up to each open one is worked out from
 * the counts. Built for one state whose claims do not change while it is read (the split pass only suggests).
 */
export class OpenNearDay {
  /** per currency: the side ids of [debits, credits] (−1: no entries) */
  private readonly sideIds = new Map<string, [number, number]>();
  private readonly sides: OpenSide[] = [];

  constructor(private readonly state: AssignmentState) {
    const { ledgers } = state;
    // each entry's side counted, then the sides' lists made at their size: lists grown by pushing a million numbers
    // leave their outgrown copies, long enough alive to reach the old generation, for a full collection
    const sideOf = new Int32Array(ledgers.length);
    const sizes: number[] = [];
    for (let i = 0; i < ledgers.length; i++) {
      const l = ledgers[i]!;
      let ids = this.sideIds.get(l.entry.currency);
      if (!ids) this.sideIds.set(l.entry.currency, (ids = [-1, -1]));
      const at = l.sign > 0 ? 1 : 0;
      if (ids[at] < 0) {
        ids[at] = sizes.length;
        sizes.push(0);
      }
      sideOf[i] = ids[at];
      sizes[ids[at]]!++;
    }
    const members = sizes.map((size) => new Int32Array(size));
    const filled = new Int32Array(sizes.length);
    for (let i = 0; i < sideOf.length; i++) members[sideOf[i]!]![filled[sideOf[i]!]!++] = i;
    for (const side of members) this.sides.push(buildSide(state, side));
  }

  /** The open entries dated fromDay..toDay that `accept` takes, nearest `day` first, by the rule above. */
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
      // the rule stops once `cap` entries were examined, open or not (and when both directions run out)
      if (Math.min(r, l) > cap) break;
      const e = this.state.ledgers[orders[r < l ? right++ : left--]!]!;
      if (accept(e)) out.push(e);
    }
    return out;
  }
}

/** One side: its open entries by (day, order), and how many of all its entries fall before each of its days. */
class OpenSide {
  constructor(
    /** the open entries' days and orders, sorted by (day, order) */
    readonly days: Int32Array,
    readonly orders: Int32Array,
    /** each open entry's place among all the side's entries of its day, by order */
    private readonly rankInDay: Int32Array,
    /** the distinct days of the side's entries, ascending (not every day of their span: a stray year costs nothing) */
    private readonly dayList: Int32Array,
    /** before[j]: how many of the side's entries fall before dayList[j]; before[dayList.length]: all of them */
    private readonly before: Int32Array,
  ) {}

  /** how many of the side's entries fall before day d */
  private entriesBefore(d: number): number {
    return this.before[lowerBound(this.dayList, d)]!;
  }

  /** how many of the side's entries fall on days lo..hi */
  private count(lo: number, hi: number): number {
    return hi < lo ? 0 : this.entriesBefore(hi + 1) - this.entriesBefore(lo);
  }

  /**
   * Where the rule examines the open entry at i, counting from 1: after the entries before it on its own side, and
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

/**
 * A side from its entries' orders: all of them sorted by (day, order) once, for the counts and each one's rank. Each
 * entry's day is read once, in entry order; after the sort, its day and order come from its sort key and whether it is
 * open from the state's flags by order, so no entry is read in day order (at 1M each such read was a cache miss).
 */
function buildSide(state: AssignmentState, members: Int32Array): OpenSide {
  const { ledgers } = state;
  const n = ledgers.length;
  // as numbers (day × n + order, exact in a double for any real book): a sort without a comparator
  const keys = new Float64Array(members.length);
  for (let j = 0; j < members.length; j++) keys[j] = ledgers[members[j]!]!.day * n + members[j]!;
  keys.sort();
  const dayList: number[] = [];
  const before: number[] = [];
  let open = 0;
  const sorted = new Int32Array(keys.length);
  const sortedDay = new Int32Array(keys.length);
  const rank = new Int32Array(keys.length);
  for (let j = 0; j < keys.length; j++) {
    const k = keys[j]!;
    const day = Math.floor(k / n);
    const o = k - day * n;
    sorted[j] = o;
    sortedDay[j] = day;
    if (dayList.length === 0 || dayList[dayList.length - 1] !== day) {
      dayList.push(day);
      before.push(j);
      rank[j] = 0;
    } else rank[j] = rank[j - 1]! + 1;
    if (state.ledgerOpenAt(o)) open++;
  }
  before.push(keys.length);
  const days = new Int32Array(open);
  const orders = new Int32Array(open);
  const rankInDay = new Int32Array(open);
  for (let j = 0, at = 0; j < sorted.length; j++) {
    const o = sorted[j]!;
    if (!state.ledgerOpenAt(o)) continue;
    orders[at] = o;
    days[at] = sortedDay[j]!;
    rankInDay[at++] = rank[j]!;
  }
  return new OpenSide(days, orders, rankInDay, Int32Array.from(dayList), Int32Array.from(before));
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
