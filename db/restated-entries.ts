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
}

const words = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().toUpperCase();

/**
 * Stored entries a complete pull no longer lists, paired with the entries it lists for the first time that re-state
 * them: an export whose ids are hashes of its rows gives a row a new id when anything in it moves (a corrected
 * amount, a re-dated journal, or only the running balance after a row above it was deleted). Paired, the stored
 * entry takes the new id and the books' new figures, as an API source's entry would, rather than being closed as
 * gone beside a new one (a match holding it would keep it open, counted twice). First the same entry word for word
 * (its date, amount, account, reference, description and party), then the one entry each side with a reference
 * no other shares, in the same account and on the same side (money in or out); anything else stays gone and new.
 */
export function pairRestated<R extends StatedRow>(
  gone: readonly R[],
  fresh: readonly LedgerEntry[],
): Array<[R, LedgerEntry]> {
  const pairs: Array<[R, LedgerEntry]> = [];
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
  const paired = new Set<R>();
  const left: LedgerEntry[] = [];
  for (const e of fresh) {
    const r = waiting
      .get(same(e.account ?? null, e.date, e.amountMinor, e.reference ?? null, e.description ?? null, e.party ?? null))
      ?.shift();
    if (r) {
      pairs.push([r, e]);
      paired.add(r);
    } else left.push(e);
  }
  const byRef = <T>(xs: readonly T[], ref: (x: T) => string) => {
    const m = new Map<string, T[]>();
    for (const x of xs) if (ref(x)) m.set(ref(x), [...(m.get(ref(x)) ?? []), x]);
    return m;
  };
  // the same document on the same side of the account: a refund reusing its invoice's number is another entry
  const sideRef = (ref: string | null, account: string | null, amount: number) =>
    words(ref) && `${words(ref)}\u001f${account ?? ''}\u001f${Math.sign(amount)}`;
  const goneByRef = byRef(
    gone.filter((r) => !paired.has(r)),
    (r) => sideRef(r.reference, r.ledger_account, r.amount_minor),
  );
  for (const [ref, es] of byRef(left, (e) => sideRef(e.reference ?? null, e.account ?? null, e.amountMinor))) {
    const rs = goneByRef.get(ref);
    if (es.length === 1 && rs?.length === 1) pairs.push([rs[0]!, es[0]!]);
  }
  return pairs;
}
