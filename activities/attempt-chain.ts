import { postingOrder } from '../adapters/mono/index.js';
import { findBalanceBreaks, type BalanceBreak } from '../domain/transactions.js';

interface ChainedLine {
  providerTxnId: string;
  amountMinor: number;
  balanceMinor: number | null;
  bookedAt: string;
}

/**
 * A line Mono dropped may be stamped a little after lines posted after it (a levy stamped seconds after the next
 * item): a stored row stamped this close to a break in the chain is never taken for one the bank withdrew.
 */
const BREAK_MARGIN_MS = 3_600_000;

/**
 * How far a line's stamp may lie from where it was posted and still count as stamp jitter (a fee stamped seconds
 * before the transfer it belongs to): such a line between a row's stamp neighbours in the chain does not stop the
 * balance over them proving the row gone. A line stamped further away could be one the chain jumped to.
 */
const STAMP_JITTER_MS = 60_000;

/** Chain positions [from, to] of lines the balance runs on unbroken over. */
interface Span {
  from: number;
  to: number;
}

/** Which stored rows, stamped where, the attempt's answers prove the bank no longer has. */
export interface RemovalCheck {
  /** Breaks anywhere in the chain over all the windows. */
  breaks: BalanceBreak[];
  /** For each stored row no window served, whether the answers prove it gone. */
  provenGone(rows: ReadonlyArray<{ bookedAt: string; amountMinor: number }>): boolean[];
}

/** Rows of both signs sharing one gap are checked for a subset netting to zero up to this many (more: all kept). */
const MAX_ROWS_IN_A_GAP = 16;

/**
 * Every line one sync attempt reads, across all its windows, as one running-balance chain, and what it proves.
 *
 * A stored row Mono no longer serves is gone only where the served lines around it prove it: the two lines stamped
 * either side of it follow each other in the chain (rebuilt in posting order over every window, so a window's edge
 * is no seam; lines between them stamped at most STAMP_JITTER_MS outside them are taken in) and the balance runs on
 * unbroken from the one before them to the one after. Anything else keeps the
 * row: a gap between two windows' lines (quiet days at a window's edge, a quiet span longer than a window on a dormant
 * account), nothing served on one side (the newest or oldest line, an empty answer), a chain that reaches the row's
 * time only by jumping over lines served elsewhere, a break nearby or one its amount may have gone missing into, a
 * zero amount, rows missing together that net to zero. Only what that needs is kept per line (not raw bodies).
 */
export class AttemptChain {
  /** Each window's lines not already held, newest window first, each in Mono's order (oldest first). */
  private readonly segments: ChainedLine[][] = [];
  private readonly ids = new Set<string>();
  /** Each served line's UTC day. */
  private readonly dayOf = new Map<string, string>();
  /** The stored line just before the oldest day the attempt asked for: where the chain must start from. */
  private anchor: ChainedLine | null = null;

  /** The next window read (windows go newest first), its lines in Mono's order, oldest first. */
  addOlderWindow(lines: readonly ChainedLine[]): void {
    const fresh: ChainedLine[] = [];
    for (const l of lines) {
      if (this.ids.has(l.providerTxnId)) continue;
      this.ids.add(l.providerTxnId);
      this.dayOf.set(l.providerTxnId, l.bookedAt.slice(0, 10));
      fresh.push({
        providerTxnId: l.providerTxnId,
        amountMinor: l.amountMinor,
        balanceMinor: l.balanceMinor,
        bookedAt: l.bookedAt,
      });
    }
    this.segments.push(fresh);
  }

  /**
   * The stored line just before the oldest day asked for: the first served line must continue its balance for the
   * rows before that line to be proven gone (the bank withdrew a line: the lines after it moved by its amount).
   */
  anchorAt(line: ChainedLine | null): void {
    // A stored line the bank re-dated into the days asked for is served there, and chains there.
    this.anchor = line && line.balanceMinor !== null && !this.ids.has(line.providerTxnId) ? line : null;
  }

  /** Every line served, in Mono's order (oldest first): the older windows' lines come first. */
  private inMonoOrder(): ChainedLine[] {
    const all: ChainedLine[] = [];
    for (let s = this.segments.length - 1; s >= 0; s--) for (const l of this.segments[s]!) all.push(l);
    return all;
  }

  /** Every provider id the attempt was served. */
  get served(): ReadonlySet<string> {
    return this.ids;
  }

  /**
   * The chain in posting order, from the stored line before it, or else from the opening balance of the first line
   * Mono lists: without an opening, recurring balances could start it at a line whose predecessor is missing.
   */
  private inPostingOrder(): ChainedLine[] {
    const all = this.inMonoOrder();
    if (this.anchor) return [this.anchor, ...postingOrder(all, this.anchor.balanceMinor)];
    const first = all.find((l) => l.balanceMinor !== null);
    return postingOrder(all, first ? first.balanceMinor! - first.amountMinor : null);
  }

  /**
   * Breaks of the chain over all the windows at a line stamped on the days [cover.from, cover.to] (on the outer
   * margin days the chain runs on past the query's edge).
   */
  breaksOn(cover: { from: string; to: string }): number {
    return findBalanceBreaks(this.inPostingOrder()).filter((b) => {
      const d = this.dayOf.get(b.atProviderTxnId)!;
      return d >= cover.from && d <= cover.to;
    }).length;
  }

  removalCheck(): RemovalCheck {
    const chain = this.inPostingOrder();
    const at = new Map(chain.map((l, i) => [l.providerTxnId, i]));
    const breaks = findBalanceBreaks(chain);
    const broken = new Set(breaks.map((b) => b.atProviderTxnId));
    // linked[i]: the balance proves nothing was posted between chain lines i and i + 1 (a balanced line at or before
    // i runs on unbroken to one after). Lines before the first balanced line or after the last prove nothing.
    const linked = new Array<boolean>(chain.length).fill(false);
    let lastBalanced = -1;
    chain.forEach((l, j) => {
      if (l.balanceMinor === null) return;
      if (lastBalanced >= 0 && !broken.has(l.providerTxnId)) linked.fill(true, lastBalanced, j);
      lastBalanced = j;
    });
    const stampOf = (l: ChainedLine) => Date.parse(l.bookedAt);
    const byStamp = chain.map((l, i) => ({ t: stampOf(l), i })).sort((a, b) => a.t - b.t || a.i - b.i);
    const breakStamps = breaks
      .flatMap((b) => [stampOf(chain[at.get(b.atProviderTxnId)!]!), stampOf(chain[at.get(b.afterProviderTxnId)!]!)])
      .sort((a, b) => a - b);
    // What each break is short by: the sum of the lines dropped there.
    const shortBy = breaks.map((b) => b.actualMinor - b.expectedMinor);
    const nearBreak = (t: number) => {
      const i = firstAbove(breakStamps, t - BREAK_MARGIN_MS - 1, (s) => s);
      return i < breakStamps.length && breakStamps[i]! <= t + BREAK_MARGIN_MS;
    };
    // A bank that gives no running balances proves nothing by them: the windows' row counts decide, as for any bank
    // before the chain (a row still needs served lines either side of it).
    const noBalances = lastBalanced === -1;
    /**
     * The chain positions [from, to] of the unbroken run of lines the row lies between, or null when nothing proves
     * it gone. Usually two lines that follow each other (to = from + 1); lines posted between them but stamped at
     * most STAMP_JITTER_MS outside them (a line stamped seconds before the line posted before it) are taken in, when
     * the balance runs on unbroken over every one of them: the row had no place anywhere in that run.
     */
    const spanOf = ({ bookedAt, amountMinor }: { bookedAt: string; amountMinor: number }): Span | null => {
      // A zero-amount line (a card check) breaks no balance when dropped.
      if (amountMinor === 0) return null;
      const t = Date.parse(bookedAt);
      if (Number.isNaN(t) || nearBreak(t)) return null;
      // The last line stamped at or before the row, and the first after it.
      const lo = firstAbove(byStamp, t, (s) => s.t);
      const before = byStamp[lo - 1];
      const after = byStamp[lo];
      if (!before || !after) return null;
      const from = Math.min(before.i, after.i);
      const to = Math.max(before.i, after.i);
      if (noBalances) return to - from === 1 ? { from, to } : null;
      for (let k = from; k < to; k++) if (!linked[k]) return null;
      for (let k = from + 1; k < to; k++) {
        // Stamped outside [before, after] (their stamp neighbours), else it would be one of them.
        const s = stampOf(chain[k]!);
        if (s < before.t - STAMP_JITTER_MS || s > after.t + STAMP_JITTER_MS) return null;
      }
      return { from, to };
    };
    return {
      breaks,
      provenGone(rows) {
        const gaps = groupOverlapping(rows.map(spanOf));
        // A row that may be one of the lines a break is short by, wherever it is stamped (a value-dated row, rows of
        // both signs dropped together, recurring balances that moved the break away from it).
        const amounts = rows.map((r) => r.amountMinor);
        for (const i of mayMakeUp(amounts, shortBy)) gaps[i] = -1;
        // A transfer and its reversal both missing net to zero and break nothing, whatever gaps they are stamped in.
        const opposite = new Map<number, number>();
        for (const r of rows) opposite.set(r.amountMinor, (opposite.get(r.amountMinor) ?? 0) + 1);
        rows.forEach((r, i) => {
          if (opposite.get(-r.amountMinor)) gaps[i] = -1;
        });
        // An unbroken balance across a gap proves the rows missing there gone only as a whole: several dropped rows
        // that net to zero (a transfer and its reversal) break nothing. Such a gap keeps all its rows.
        const inGap = new Map<number, number[]>();
        gaps.forEach((g, r) => {
          if (g < 0) return;
          const members = inGap.get(g);
          if (members) members.push(r);
          else inGap.set(g, [r]);
        });
        for (const members of inGap.values())
          if (members.length > 1 && netsToZero(members.map((r) => rows[r]!.amountMinor)))
            for (const r of members) gaps[r] = -1;
        return gaps.map((g) => g >= 0);
      },
    };
  }
}

/**
 * The rows (by index) that some subset of the amounts summing to one of the shortfalls includes: exactly for up to
 * MAX_ROWS_IN_A_GAP rows; past that, bounded (the other rows could make up the rest), keeping more than it must.
 */
function mayMakeUp(amounts: readonly number[], shortfalls: readonly number[]): number[] {
  const wanted = [...new Set(shortfalls.filter((s) => s !== 0))];
  if (wanted.length === 0) return [];
  const n = amounts.length;
  const found: number[] = [];
  if (n <= MAX_ROWS_IN_A_GAP) {
    const sums = new Array<number>(1 << n).fill(0);
    const wantedSums = new Set(wanted);
    let union = 0;
    for (let mask = 1; mask < 1 << n; mask++) {
      const low = mask & -mask;
      sums[mask] = sums[mask ^ low]! + amounts[31 - Math.clz32(low)]!;
      if (wantedSums.has(sums[mask]!)) union |= mask;
    }
    for (let i = 0; i < n; i++) if (union & (1 << i)) found.push(i);
    return found;
  }
  let plus = 0;
  let minus = 0;
  for (const a of amounts)
    if (a > 0) plus += a;
    else minus += a;
  amounts.forEach((a, i) => {
    const [p, m] = a > 0 ? [plus - a, minus] : [plus, minus - a];
    if (wanted.some((s) => s - a >= m && s - a <= p)) found.push(i);
  });
  return found;
}

/**
 * One gap number per row (−1: not proven) such that rows whose spans share a link of the chain share a number: rows
 * that could have been posted in the same place are proven gone only together.
 */
function groupOverlapping(spans: ReadonlyArray<Span | null>): number[] {
  const gaps = spans.map(() => -1);
  const order = spans
    .map((s, r) => ({ s, r }))
    .filter((x): x is { s: Span; r: number } => x.s !== null)
    .sort((a, b) => a.s.from - b.s.from);
  let group = -1;
  let reach = -1;
  for (const { s, r } of order) {
    if (s.from >= reach) group++;
    reach = Math.max(reach, s.to);
    gaps[r] = group;
  }
  return gaps;
}

/** Whether some two or more of the amounts sum to zero (too many of both signs to tell: true). */
function netsToZero(amounts: readonly number[]): boolean {
  if (amounts.every((a) => a > 0) || amounts.every((a) => a < 0)) return false;
  if (amounts.length > MAX_ROWS_IN_A_GAP) return true;
  for (let mask = 1; mask < 1 << amounts.length; mask++) {
    if ((mask & (mask - 1)) === 0) continue;
    let sum = 0;
    for (let i = 0; i < amounts.length; i++) if (mask & (1 << i)) sum += amounts[i]!;
    if (sum === 0) return true;
  }
  return false;
}

/** The index of the first item whose value is above `x`, in items ascending by value. */
function firstAbove<T>(items: readonly T[], x: number, valueOf: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (valueOf(items[mid]!) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
