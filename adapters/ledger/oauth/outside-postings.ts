/**
 * Which of the postings stored outside a pull's period (LedgerPullQuery.openPostingsOutside) the pull reads again by
 * id: every one while they are at most `cap`; past it, `cap` of them in turn (in the order of their ids), starting
 * after the one the last pull read last (`after`, kept in the cursor), so that each is read again within a few pulls
 * and no pull's cost grows with the store. `last` is what the next pull starts after (null when every one was read);
 * `left` how many wait for a later pull.
 */
export function outsideInTurn(
  ids: readonly string[],
  cap: number,
  after: string | null | undefined,
): { ids: string[]; last: string | null; left: number } {
  const all = [...new Set(ids)].sort();
  if (all.length <= cap) return { ids: all, last: null, left: 0 };
  const next = after ? all.findIndex((id) => id > after) : 0;
  const start = next < 0 ? 0 : next;
  const turn = [...all.slice(start, start + cap), ...all.slice(0, Math.max(0, start + cap - all.length))];
  return { ids: turn, last: turn[turn.length - 1] ?? null, left: all.length - turn.length };
}

/** The log line of a pull that read again only part of the postings stored outside its period. */
export function outsideCapNote(vendor: string, read: number, left: number, setting: string): string {
  return (
    `${vendor}: ${read} of the ${read + left} postings stored outside the pull's period read again this pull ` +
    `(${setting}); the other ${left} in the next pulls, in turn. Until then a deletion of one of them in the books ` +
    'is not yet seen.'
  );
}

/** Splits a list into runs of at most `size` (a request's worth). */
export function batches<T>(xs: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}
