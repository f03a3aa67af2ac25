import { postingOrder } from '../adapters/mono/index.js';
import { findBalanceBreaks, type BalanceBreak } from '../domain/transactions.js';

interface ChainedLine {
  providerTxnId: string;
  amountMinor: number;
  balanceMinor: number | null;
  bookedAt: string;
}

/**
 * Every line one sync attempt reads, across all its windows, as one running-balance chain.
 *
 * Each window checks the chain on its own days, but a line Mono drops between two lines that no single window holds
 * together breaks none of them: quiet days before a window's edge with the line stamped on the newer window's days,
 * or a quiet span longer than a window (a dormant account). It breaks this chain, and the feed marks nothing removed
 * until this chain checks out. Only what a removal needs is kept (not the rows' raw bodies).
 */
export class AttemptChain {
  /** Each window's lines not already held, newest window first, each in Mono's order (oldest first). */
  private readonly segments: ChainedLine[][] = [];
  private readonly ids = new Set<string>();

  /** The next window read (windows go newest first), its lines in Mono's order, oldest first. */
  addOlderWindow(lines: readonly ChainedLine[]): void {
    const fresh: ChainedLine[] = [];
    for (const l of lines) {
      if (this.ids.has(l.providerTxnId)) continue;
      this.ids.add(l.providerTxnId);
      fresh.push({
        providerTxnId: l.providerTxnId,
        amountMinor: l.amountMinor,
        balanceMinor: l.balanceMinor,
        bookedAt: l.bookedAt,
      });
    }
    this.segments.push(fresh);
  }

  /** Every provider id the attempt was served. */
  get served(): ReadonlySet<string> {
    return this.ids;
  }

  /** The UTC days the lines (by provider id) are stamped on. */
  daysOf(ids: readonly string[]): string[] {
    const wanted = new Set(ids);
    const days: string[] = [];
    for (const seg of this.segments)
      for (const l of seg) if (wanted.has(l.providerTxnId)) days.push(l.bookedAt.slice(0, 10));
    return days;
  }

  /**
   * Breaks of the whole chain, rebuilt in posting order (the older windows' lines come first in Mono's order), at a
   * line of the UTC days the windows cover: on the outer margin days the chain runs on past the query's edge.
   */
  breaks(cover: { from: string; to: string }): BalanceBreak[] {
    const all: ChainedLine[] = [];
    const day = new Map<string, string>();
    for (let s = this.segments.length - 1; s >= 0; s--)
      for (const l of this.segments[s]!) {
        all.push(l);
        day.set(l.providerTxnId, l.bookedAt.slice(0, 10));
      }
    return findBalanceBreaks(postingOrder(all)).filter((b) => {
      const d = day.get(b.atProviderTxnId)!;
      return d >= cover.from && d <= cover.to;
    });
  }
}
