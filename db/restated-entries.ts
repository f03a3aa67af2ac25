import type { LedgerEntry } from '../domain/ledger.js';

/** What a stored entry says, as far as telling it again in a re-stated export goes. */
export interface StatedRow {
  external_id: string;
  entry_date: string;
  amount_minor: number;
  ledger_account: string | null;
  reference: string | null;
  description: string | null;
  party: string | null;
  /** The source's key of the entry that outlives a change of its words (LedgerEntry.restateKey); null: none. */
  restate_key?: string | null;
}

const words = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().toUpperCase();

/**
 * Stored entries a complete pull no longer lists, paired with the entries it lists for the first time that re-state
 * them: an export whose ids are hashes of its rows gives a row a new id when anything in it moves (a corrected
 * amount, a re-dated journal, or only the running balance after a row above it was deleted), and hledger-web's id
 * hashes a posting's description, so a re-worded one is listed under a new id. Paired, the stored entry takes the
 * new id and the books' new figures, as an API source's entry would, rather than being closed as gone beside a new
 * one (a match holding it would keep it open, counted twice). In turn, each step taking only what the ones before
 * left:
 *  1. the same entry word for word (its date, amount, account, reference, description and party), twins one to one;
 *  2. the one entry each side with a reference no other shares, in the same account and on the same side (money in
 *     or out): a corrected amount or date;
 *  3. the one entry each side with a key the source gave (`restateKey`: all it says of the entry but its words) no
 *     other shares, in the same account and on the same side: re-worded.
 * Anything else, and whatever two or more share, stays gone and new: a genuinely different entry is never re-keyed
 * on a guess.
 */
export function pairRestated<R extends StatedRow>(
  gone: readonly R[],
  fresh: readonly LedgerEntry[],
): Array<[R, LedgerEntry]> {
  const pairs: Array<[R, LedgerEntry]> = [];
  const paired = new Set<R>();
  const taken = new Set<LedgerEntry>();
  const pair = (r: R, e: LedgerEntry) => {
    pairs.push([r, e]);
    paired.add(r);
    taken.add(e);
  };
  const same = (
    account: string | null,
    date: string,
    amount: number,
    ref: string | null,
    d: string | null,
    p: string | null,
  ) => [date, amount, account ?? '', words(ref), words(d), words(p)].join('\u001f');
  const waiting = new Map<string, R[]>();
  for (const r of gone) {
    const k = same(r.ledger_account, r.entry_date, r.amount_minor, r.reference, r.description, r.party);
    waiting.set(k, [...(waiting.get(k) ?? []), r]);
  }
  for (const e of fresh) {
    const r = waiting
      .get(same(e.account ?? null, e.date, e.amountMinor, e.reference ?? null, e.description ?? null, e.party ?? null))
      ?.shift();
    if (r) pair(r, e);
  }
  const byKey = <T>(xs: readonly T[], key: (x: T) => string) => {
    const m = new Map<string, T[]>();
    for (const x of xs) if (key(x)) m.set(key(x), [...(m.get(key(x)) ?? []), x]);
    return m;
  };
  // the same key on the same side of the same account: a refund reusing its invoice's number is another entry
  const onSide = (key: string, account: string | null, amount: number) =>
    key && `${key}\u001f${account ?? ''}\u001f${Math.sign(amount)}`;
  // one on each side, each the only one with its key, or none
  const pairUnique = (goneKey: (r: R) => string, freshKey: (e: LedgerEntry) => string) => {
    const rsByKey = byKey(
      gone.filter((r) => !paired.has(r)),
      goneKey,
    );
    for (const [k, es] of byKey(
      fresh.filter((e) => !taken.has(e)),
      freshKey,
    )) {
      const rs = rsByKey.get(k);
      if (es.length === 1 && rs?.length === 1) pair(rs[0]!, es[0]!);
    }
  };
  pairUnique(
    (r) => onSide(words(r.reference), r.ledger_account, r.amount_minor),
    (e) => onSide(words(e.reference), e.account ?? null, e.amountMinor),
  );
  pairUnique(
    (r) => onSide(r.restate_key ?? '', r.ledger_account, r.amount_minor),
    (e) => onSide(e.restateKey ?? '', e.account ?? null, e.amountMinor),
  );
  return pairs;
}
