import type { Evidence, MatchGroup, Suggestion, SuggestionCandidate } from '../domain/reconciliation.js';
import type { LedgerIndex, PartyIndex } from './candidate-index.js';
import type { KeyTable } from './key-table.js';
import type { MatchOptions } from './options.js';
import type { PreparedBank, PreparedLedger } from './prepared.js';
import type { Rule } from './rules.js';
import { HELD_OFFERED } from './thresholds.js';
import type { PairScore } from './scoring.js';

/** A bank line and an open ledger entry that could be the same money, with the evidence for it. */
export interface Pair {
  b: PreparedBank;
  l: PreparedLedger;
  s: PairScore;
}

const NO_PAIRS: readonly Pair[] = Object.freeze([]);
const NO_ITEMS: readonly PreparedLedger[] = Object.freeze([]);

/** Ids in code-unit order (not the locale's): the order every output is sorted in. */
export const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const byScoreThenIds = (x: Pair, y: Pair) =>
  y.s.strength - x.s.strength || x.b.order - y.b.order || x.l.order - y.l.order;

/** Opens the items again (used 0) and drops their parties' filtered open lists, which dropped them; empties `items`. */
function reopen<T extends { order: number }>(
  items: T[],
  used: Uint8Array,
  partyOf: Int32Array,
  parties: ReadonlyArray<PartyItems<T>>,
  claims: Int32Array,
): void {
  for (const t of items) {
    used[t.order] = 0;
    const k = partyOf[t.order]!;
    if (k) {
      parties[k - 1]!.open = null;
      claims[k - 1]!++;
    }
  }
  items.length = 0;
}

/**
 * The one state every pass reads and writes: which lines and entries are still open, the groups confirmed so far and
 * the candidates found for a person. A pass may only claim what is open, so evidence found by an earlier (stronger)
 * pass is never overridden by a later (weaker) one.
 */
export class AssignmentState {
  readonly matches: MatchGroup[] = [];
  /** suggestions spanning several bank lines (part payments), added by the split pass */
  readonly groupSuggestions: Suggestion[] = [];
  /** candidates for one open bank line found outside the pair list (splits, settlements, rules), by bank order */
  readonly extraCandidates = new Map<PreparedBank, SuggestionCandidate[]>();
  /** open entries of the opposite sign a bank line quotes by reference: credit notes against what it pays */
  readonly creditNotesOf = new Map<PreparedBank, PreparedLedger[]>();
  /**
   * lines no pass may confirm, each with the reason a person must decide (holdForPerson): a group a pass would confirm
   * with one is offered instead, its reason added, and its lines and entries kept from every other pass until the
   * suggestion pass (releaseHeld)
   */
  readonly heldForPerson = new Map<PreparedBank, Evidence>();
  /** the lines and entries of groups offered instead of confirmed (heldForPerson), closed until releaseHeld */
  private readonly heldBanks: PreparedBank[] = [];
  private readonly heldLedgers: PreparedLedger[] = [];
  /** the rule that explains a bank-only line (chosen before matching: it may also name the counterparty) */
  readonly ruleOf = new Map<PreparedBank, Rule>();
  /** the run's keys and the items' key ids (openState's) */
  keyTable: KeyTable | null = null;
  /** by key id, 1 when some entry carries it, noted by the candidate search (see dropLineOnlyKeys) */
  keysOnEntries: Uint8Array | null = null;
  /**
   * by key id, 1 for a year-less serial one open document of each direction carries (a customer's invoice 452 and a
   * supplier's bill 452): evidence only with the party named too (openState's)
   */
  crossedSerials: Uint8Array | null = null;
  /** the entries by party as the candidate search indexed them (gatherCandidates leaves it for the passes) */
  partyIndex: PartyIndex | null = null;
  /**
   * The candidate pairs, all in one array in the order they were added (by bank line): line b's pairs are
   * pairs[bankStart[b.order] .. bankStart[b.order + 1]). The same pairs by entry are laid out once all are added
   * (entryStart, byEntry). No array per line or per entry: a million lines cost a few flat arrays.
   */
  private readonly pairs: Pair[] = [];
  private readonly bankStart: Int32Array;
  /** bank lines whose start is set: bankStart[0 .. startedBanks] */
  private startedBanks = 0;
  /** each pair's entry order, by pair number: laying pairs out by entry then reads no pair object */
  private entryOfPair = new Int32Array(1024);
  private entryStart: Int32Array | null = null;
  private byEntry: Pair[] | null = null;
  /** each pair's bank order, in byEntry's layout */
  private bankOfEntryPair: Int32Array | null = null;
  private readonly usedBank: Uint8Array;
  private readonly usedLedger: Uint8Array;
  private readonly ledgerByParty = new Map<string, PartyItems<PreparedLedger>>();
  private readonly bankByParty = new Map<string, PartyItems<PreparedBank>>();
  /** the parties by number (their `id`) */
  private readonly ledgerParties: PartyItems<PreparedLedger>[] = [];
  private readonly bankParties: PartyItems<PreparedBank>[] = [];
  /**
   * each entry's (line's) party number + 1, by order (0: none), and how many members of each party were claimed: a
   * claim marks its party's open list stale with no look-up and no party object read
   */
  private readonly partyOfLedger: Int32Array;
  private readonly partyOfBank: Int32Array;
  private readonly ledgerClaims: Int32Array;
  private readonly bankClaims: Int32Array;

  /** `banks` and `ledgers` are sorted by id, each at its order */
  constructor(
    readonly opts: MatchOptions,
    readonly banks: readonly PreparedBank[],
    readonly ledgers: readonly PreparedLedger[],
    readonly index: LedgerIndex,
    private readonly rejected: ReadonlySet<string>,
  ) {
    this.usedBank = new Uint8Array(banks.length);
    this.usedLedger = new Uint8Array(ledgers.length);
    this.bankStart = new Int32Array(banks.length + 1);
    this.partyOfLedger = new Int32Array(ledgers.length);
    for (let i = 0; i < ledgers.length; i++) {
      const l = ledgers[i]!;
      if (l.partyKey) this.partyOfLedger[i] = addToParty(this.ledgerByParty, this.ledgerParties, l.partyKey, l) + 1;
    }
    this.partyOfBank = new Int32Array(banks.length);
    for (let i = 0; i < banks.length; i++) {
      const b = banks[i]!;
      if (b.partyKey) this.partyOfBank[i] = addToParty(this.bankByParty, this.bankParties, b.partyKey, b) + 1;
    }
    this.ledgerClaims = new Int32Array(this.ledgerParties.length);
    this.bankClaims = new Int32Array(this.bankParties.length);
  }

  /**
   * The entries' parties as numbered here (in order of first appearance among the entries): party + 1 by entry order,
   * 0 for none, and how many. The candidate search's party index numbers them the same way, so it reads these rather
   * than looking every entry's key up in a map of its own.
   */
  ledgerPartyNumbers(): { partyOf: Int32Array; count: number } {
    return { partyOf: this.partyOfLedger, count: this.ledgerParties.length };
  }

  /** The entry's party as numbered among the entries (the party index's id), or −1 for none. */
  ledgerPartyNumber(l: PreparedLedger): number {
    return this.partyOfLedger[l.order]! - 1;
  }

  /** The bank line's party as numbered among the lines (−1: none), and how many there are (bankPartyCount). */
  bankPartyNumber(b: PreparedBank): number {
    return this.partyOfBank[b.order]! - 1;
  }

  get bankPartyCount(): number {
    return this.bankParties.length;
  }

  private newest: number | undefined;

  /** The newest day the bank lines reach (how far past a day the data runs), found once. */
  get newestBankDay(): number {
    if (this.newest === undefined) {
      let newest = -Infinity;
      for (let i = 0; i < this.banks.length; i++) if (this.banks[i]!.day > newest) newest = this.banks[i]!.day;
      this.newest = newest;
    }
    return this.newest;
  }

  bankOpen(b: PreparedBank): boolean {
    return this.usedBank[b.order] === 0;
  }

  ledgerOpen(l: PreparedLedger): boolean {
    return this.usedLedger[l.order] === 0;
  }

  /** ledgerOpen of the entry of this order, without reading the entry (an index reading many in sort order) */
  ledgerOpenAt(order: number): boolean {
    return this.usedLedger[order] === 0;
  }

  /**
   * bankOpen of the line of this order (its place in `banks`), without reading the line: a pass scanning every line
   * for the few still open reads only those (in a large run each line read is a cache miss)
   */
  bankOpenAt(order: number): boolean {
    return this.usedBank[order] === 0;
  }

  /** Whether the bank line with this id is open (lines are sorted by id: found by binary search, no map of ids). */
  bankOpenById(id: string): boolean {
    const i = indexOfId(this.banks, id, (b) => b.line.id);
    return i >= 0 && this.bankOpen(this.banks[i]!);
  }

  /** The bank line with this id, or null (found as bankOpenById finds it). */
  bankById(id: string): PreparedBank | null {
    const i = indexOfId(this.banks, id, (b) => b.line.id);
    return i >= 0 ? this.banks[i]! : null;
  }

  /** The ledger entry with this id, or null (found as ledgerOpenById finds it). */
  ledgerById(id: string): PreparedLedger | null {
    const i = indexOfId(this.ledgers, id, (l) => l.entry.id);
    return i >= 0 ? this.ledgers[i]! : null;
  }

  ledgerOpenById(id: string): boolean {
    const i = indexOfId(this.ledgers, id, (l) => l.entry.id);
    return i >= 0 && this.ledgerOpen(this.ledgers[i]!);
  }

  /** A person rejected this pair before: no pass may propose it again. */
  allowed(b: PreparedBank, l: PreparedLedger): boolean {
    return this.rejected.size === 0 || !this.rejected.has(`${b.line.id}\u0000${l.entry.id}`);
  }

  /**
   * Line b's candidate pairs are pairAt(i) for firstPairOf(b) <= i < endPairOf(b): the passes read them in place, as
   * slicing an array per line would make a million short-lived arrays.
   */
  firstPairOf(b: PreparedBank): number {
    return b.order < this.startedBanks ? this.bankStart[b.order]! : this.pairs.length;
  }

  endPairOf(b: PreparedBank): number {
    if (b.order >= this.startedBanks) return this.pairs.length;
    return b.order + 1 < this.startedBanks ? this.bankStart[b.order + 1]! : this.pairs.length;
  }

  pairAt(i: number): Pair {
    return this.pairs[i]!;
  }

  /**
   * Whether pairAt(i)'s entry is still open, read from the pair's entry order: neither the pair nor the entry object is
   * read (in a large run each is a cache miss of its own, and most pairs a pass skips are skipped for this).
   */
  pairEntryOpen(i: number): boolean {
    return this.usedLedger[this.entryOfPair[i]!] === 0;
  }

  /** Entry l's candidate pairs are entryPairAt(i) for firstPairOfEntry(l) <= i < endPairOfEntry(l), as added. */
  firstPairOfEntry(l: PreparedLedger): number {
    if (!this.entryStart) this.layOutByEntry();
    return this.entryStart![l.order]!;
  }

  endPairOfEntry(l: PreparedLedger): number {
    if (!this.entryStart) this.layOutByEntry();
    return this.entryStart![l.order + 1]!;
  }

  entryPairAt(i: number): Pair {
    return this.byEntry![i]!;
  }

  /** Whether entryPairAt(i)'s bank line is still open, without reading the pair or the line (as pairEntryOpen). */
  entryPairBankOpen(i: number): boolean {
    return this.usedBank[this.bankOfEntryPair![i]!] === 0;
  }

  /** The line's candidate pairs (a fresh array the caller may keep). */
  pairsOf(b: PreparedBank): readonly Pair[] {
    if (b.order >= this.startedBanks) return NO_PAIRS;
    const from = this.bankStart[b.order]!;
    const to = b.order + 1 < this.startedBanks ? this.bankStart[b.order + 1]! : this.pairs.length;
    return from === to ? NO_PAIRS : this.pairs.slice(from, to);
  }

  /** The entry's candidate pairs, in the order they were added (a fresh array the caller may keep). */
  pairsOfEntry(l: PreparedLedger): readonly Pair[] {
    if (!this.entryStart) this.layOutByEntry();
    const from = this.entryStart![l.order]!;
    const to = this.entryStart![l.order + 1]!;
    return from === to ? NO_PAIRS : this.byEntry!.slice(from, to);
  }

  /** Adds a candidate pair; pairs come line by line in bank order, all before the first look by entry. */
  addPair(p: Pair): void {
    const o = p.b.order;
    if (this.entryStart || o + 1 < this.startedBanks)
      throw new Error(`engine defect: pair for bank line ${p.b.line.id} added out of order`);
    while (this.startedBanks <= o) this.bankStart[this.startedBanks++] = this.pairs.length;
    const n = this.pairs.length;
    if (n === this.entryOfPair.length) {
      const grown = new Int32Array(n * 2);
      grown.set(this.entryOfPair);
      this.entryOfPair = grown;
    }
    this.entryOfPair[n] = p.l.order;
    this.pairs.push(p);
  }

  /** The pairs by entry, by a counting sort that keeps the order they were added in. */
  private layOutByEntry(): void {
    const { pairs, entryOfPair } = this;
    const start = new Int32Array(this.ledgers.length + 1);
    for (let i = 0; i < pairs.length; i++) start[entryOfPair[i]! + 1]!++;
    for (let i = 0; i < this.ledgers.length; i++) start[i + 1]! += start[i]!;
    const next = start.slice(0, this.ledgers.length);
    const byEntry = new Array<Pair>(pairs.length);
    const bankOf = new Int32Array(pairs.length);
    // pairs come by bank line: the line of pair i is the one whose run holds i
    let b = 0;
    for (let i = 0; i < pairs.length; i++) {
      while (b + 1 < this.startedBanks && this.bankStart[b + 1]! <= i) b++;
      const at = next[entryOfPair[i]!]!++;
      byEntry[at] = pairs[i]!;
      bankOf[at] = b;
    }
    this.entryStart = start;
    this.byEntry = byEntry;
    this.bankOfEntryPair = bankOf;
  }

  /** Open items booked to a party (by its coarse key: the first two words of its name). */
  partyItems(key: string | null): readonly PreparedLedger[] {
    return key ? (this.ledgerByParty.get(key)?.items ?? NO_ITEMS) : NO_ITEMS;
  }

  /**
   * A party's items still open, in id order (a subset of partyItems, which readers filter for open ones anyway):
   * most items are claimed early, so later passes read a few instead of all. Filtered again after any claim since.
   */
  openPartyItems(key: string | null): readonly PreparedLedger[] {
    const party = key ? this.ledgerByParty.get(key) : undefined;
    return party ? this.stillOpen(party, this.ledgerClaims, (l) => this.ledgerOpen(l)) : NO_ITEMS;
  }

  /** openPartyItems(l.partyKey), the party found by the entry's order rather than by its key. */
  openItemsOfParty(l: PreparedLedger): readonly PreparedLedger[] {
    const k = this.partyOfLedger[l.order]!;
    return k ? this.stillOpen(this.ledgerParties[k - 1]!, this.ledgerClaims, (x) => this.ledgerOpen(x)) : NO_ITEMS;
  }

  /** A party's lines still open, in id order, as openPartyItems. */
  openPartyLines(key: string | null): readonly PreparedBank[] {
    const party = key ? this.bankByParty.get(key) : undefined;
    return party ? this.stillOpen(party, this.bankClaims, (b) => this.bankOpen(b)) : [];
  }

  // A list may have lost a member only if one of its members was claimed since it was filtered. The first filtering
  // copies the party's list (partyItems reads it whole); later ones close up that copy in place rather than make a new
  // list per claim, which a large payer's many claims made into old-generation garbage. So a list returned is read
  // before the next claim (every caller does: none claims while it reads one).
  private stillOpen<T>(party: PartyItems<T>, claims: Int32Array, open: (t: T) => boolean): readonly T[] {
    if (party.openAt !== claims[party.id]) {
      if (party.open === null) party.open = party.items.filter(open);
      else keepOnly(party.open, open);
      party.openAt = claims[party.id]!;
    }
    return party.open!;
  }

  addCandidate(b: PreparedBank, c: SuggestionCandidate): void {
    const list = this.extraCandidates.get(b);
    if (list) list.push(c);
    else this.extraCandidates.set(b, [c]);
  }

  /**
   * for each match, the order of its first bank line (its bankIds[0]), or −1: the output is sorted by it. Typed and
   * sized once for a match per line (grown only past that): a list grown by pushing left its outgrown copies in the
   * old generation at a million matches
   */
  private firstBankOf = new Int32Array(0);
  /** whether some match's first bank line is not its first id (sortedMatches then sorts) */
  private unplaced = false;

  /** claim(group, [b], [l]) without the lists: most groups are one line and one entry. */
  claimPair(group: MatchGroup, b: PreparedBank, l: PreparedLedger): void {
    const why = this.heldForPerson.size > 0 ? this.heldForPerson.get(b) : undefined;
    if (why) return this.offer(group, [b], [l], why);
    this.closeBank(b);
    this.closeLedger(l);
    this.record(group, b);
  }

  /** Records a confirmed group and closes its lines and entries; every claim goes through here or claimPair. */
  claim(group: MatchGroup, bs: readonly PreparedBank[], ls: readonly PreparedLedger[]): void {
    const why = this.heldAmong(bs);
    if (why) return this.offer(group, bs, ls, why);
    for (let i = 0; i < bs.length; i++) this.closeBank(bs[i]!);
    for (let j = 0; j < ls.length; j++) this.closeLedger(ls[j]!);
    this.record(group, bs[0]);
  }

  /** Marks a line whose groups a person must decide, with why (see heldForPerson). */
  holdForPerson(b: PreparedBank, why: Evidence): void {
    this.heldForPerson.set(b, why);
  }

  /** Opens the held groups' lines and entries again, for suggestions only (their parties' open lists made afresh). */
  releaseHeld(): void {
    reopen(this.heldBanks, this.usedBank, this.partyOfBank, this.bankParties, this.bankClaims);
    reopen(this.heldLedgers, this.usedLedger, this.partyOfLedger, this.ledgerParties, this.ledgerClaims);
  }

  /** Whether a group of these lines must be offered, not confirmed (a line of it is held for a person). */
  private heldAmong(bs: readonly PreparedBank[]): Evidence | undefined {
    if (this.heldForPerson.size === 0) return undefined;
    for (let i = 0; i < bs.length; i++) {
      const why = this.heldForPerson.get(bs[i]!);
      if (why) return why;
    }
    return undefined;
  }

  /** The group a pass found for a held line, offered with why; its lines and entries closed until releaseHeld. */
  private offer(group: MatchGroup, bs: readonly PreparedBank[], ls: readonly PreparedLedger[], why: Evidence): void {
    const candidate: SuggestionCandidate = {
      ledgerIds: group.ledgerIds,
      confidence: Math.min(group.confidence, HELD_OFFERED),
      differenceMinor: group.differenceMinor,
      evidence: group.evidence.concat(why),
    };
    if (group.ruleId) candidate.ruleId = group.ruleId;
    if (group.proposed) candidate.proposed = group.proposed;
    if (group.writeOff) candidate.writeOff = group.writeOff;
    if (bs.length === 1) this.addCandidate(bs[0]!, candidate);
    else this.groupSuggestions.push({ bankIds: group.bankIds, candidates: [candidate] });
    for (let i = 0; i < bs.length; i++) {
      this.closeBank(bs[i]!);
      this.heldBanks.push(bs[i]!);
    }
    for (let j = 0; j < ls.length; j++) {
      this.closeLedger(ls[j]!);
      this.heldLedgers.push(ls[j]!);
    }
  }

  private closeBank(b: PreparedBank): void {
    if (this.usedBank[b.order]) throw new Error(`engine defect: bank line ${b.line.id} claimed twice`);
    this.usedBank[b.order] = 1;
    const k = this.partyOfBank[b.order]!;
    if (k) this.bankClaims[k - 1]!++;
  }

  private closeLedger(l: PreparedLedger): void {
    if (this.usedLedger[l.order]) throw new Error(`engine defect: ledger entry ${l.entry.id} claimed twice`);
    this.usedLedger[l.order] = 1;
    const k = this.partyOfLedger[l.order]!;
    if (k) this.ledgerClaims[k - 1]!++;
  }

  private record(group: MatchGroup, first: PreparedBank | undefined): void {
    const n = this.matches.length;
    if (n === this.firstBankOf.length) {
      const grown = new Int32Array(Math.max(this.banks.length, 2 * n, 16));
      grown.set(this.firstBankOf);
      this.firstBankOf = grown;
    }
    const o = first !== undefined && first.line.id === group.bankIds[0] ? first.order : -1;
    if (o < 0) this.unplaced = true;
    this.firstBankOf[n] = o;
    this.matches.push(group);
  }

  /**
   * The matches in the order of their first bank line's id, then their first entry's id. Lines are numbered in id
   * order and each is claimed once, so this is a placement by number, not a sort (a sort only if a group's first id is
   * not its first line, which no pass makes).
   */
  sortedMatches(): MatchGroup[] {
    const { matches, firstBankOf } = this;
    if (this.unplaced) {
      return [...matches].sort(
        (x, y) =>
          compareIds(x.bankIds[0] ?? '', y.bankIds[0] ?? '') || compareIds(x.ledgerIds[0] ?? '', y.ledgerIds[0] ?? ''),
      );
    }
    const at = new Int32Array(this.banks.length).fill(-1);
    for (let i = 0; i < matches.length; i++) at[firstBankOf[i]!] = i;
    // one match per first line: the list is sized once (a million pushes would copy it as it grows)
    const out = new Array<MatchGroup>(matches.length);
    let k = 0;
    for (let o = 0; o < at.length; o++) if (at[o]! >= 0) out[k++] = matches[at[o]!]!;
    return out;
  }
}

/** 1 at the order of each bank line a rule explains (a look-up by number, not by the line object). */
export function linesWithRules(state: AssignmentState, autoConfirmOnly = false): Uint8Array {
  const out = new Uint8Array(state.banks.length);
  state.ruleOf.forEach((rule, b) => {
    if (!autoConfirmOnly || rule.then.autoConfirm) out[b.order] = 1;
  });
  return out;
}

/** The position of the item with this id in items sorted by id, or −1. */
function indexOfId<T>(items: readonly T[], id: string, idOf: (t: T) => string): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (idOf(items[mid]!) < id) lo = mid + 1;
    else hi = mid;
  }
  return lo < items.length && idOf(items[lo]!) === id ? lo : -1;
}

/** Removes from `list`, in place and keeping its order, the members `keep` refuses. */
function keepOnly<T>(list: T[], keep: (t: T) => boolean): void {
  let kept = 0;
  for (let i = 0; i < list.length; i++) if (keep(list[i]!)) list[kept++] = list[i]!;
  list.length = kept;
}

/** A party's lines or items; those by amount and those still open are kept once asked for. */
interface PartyItems<T> {
  items: T[];
  open: T[] | null;
  /** its number: where its claims are counted */
  id: number;
  /** the count of its members claimed when `open` was filtered (−1: never) */
  openAt: number;
}

/** Adds t to its party (made and numbered on first use); the party's number. */
function addToParty<T>(m: Map<string, PartyItems<T>>, all: PartyItems<T>[], key: string, t: T): number {
  let party = m.get(key);
  if (party) party.items.push(t);
  else {
    m.set(key, (party = { items: [t], id: all.length, open: null, openAt: -1 }));
    all.push(party);
  }
  return party.id;
}
