import type { AssignmentState } from '../assignment.js';
import type { EntriesByDay } from '../candidate-index.js';
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
    // the ledger index has each side's entries sorted by (day, order) already: no entry is read again here
    for (const [currency, debits, credits] of state.index.byDay()) {
      const ids: [number, number] = [-1, -1];
      if (debits) ids[0] = this.sides.push(buildSide(state, debits)) - 1;
      if (credits) ids[1] = this.sides.push(buildSide(state, credits)) - 1;
      this.sideIds.set(currency, ids);
    }
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
 * A side from its entries sorted by (day, order), as the ledger index sorted them: the counts and each one's rank.
 * Whether an entry is open comes from the state's flags by order, so no entry is read in day order (at 1M each such
 * read was a cache miss).
 */
function buildSide(state: AssignmentState, byDay: EntriesByDay): OpenSide {
  const { orders: sorted, days: sortedDay } = byDay;
  const dayList: number[] = [];
  const before: number[] = [];
  let open = 0;
  const rank = new Int32Array(sorted.length);
  for (let j = 0; j < sorted.length; j++) {
    const day = sortedDay[j]!;
    if (dayList.length === 0 || dayList[dayList.length - 1] !== day) {
      dayList.push(day);
      before.push(j);
      rank[j] = 0;
    } else rank[j] = rank[j - 1]! + 1;
    if (state.ledgerOpenAt(sorted[j]!)) open++;
  }
  before.push(sorted.length);
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
