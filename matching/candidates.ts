import type { AssignmentState, Pair } from './assignment.js';
import { byScoreThenIds } from './assignment.js';
import { PartyIndex, ReferenceIndex } from './candidate-index.js';
import { MAX_FIXED_DEDUCTION, fixedDeductions, largestDueWithheld } from './deductions.js';
import { paysWithin } from './groups.js';
import { insertionSort } from './small-sort.js';
import { saysPartPayment } from './part-payment-words.js';
import { type PreparedBank, type PreparedLedger, daysOutside, partyKeyOf } from './prepared.js';
import {
  PartyFinder,
  type ScoredPair,
  type ScoringContext,
  fitOf,
  fitOfAmount,
  narrationWords,
  partyWeightOf,
  scoreWithFit,
} from './scoring.js';
import {
  AMOUNT_CANDIDATES_PER_LINE,
  AMOUNT_LOOKBACK_DAYS,
  PARTY_POOL,
  PAYER_ITEM_SHORT_RATIO,
  PAYER_ITEM_OVER_RATIO,
} from './thresholds.js';
import { type AmountFit, overAllowance, underAllowance } from './tolerance.js';

/**
 * Gathers every bank line's candidate pairs through the indexes, never all pairs: entries sharing a reference key (any
 * date), entries of a party the line names (any date the party could pay them), and entries whose amount fits (exact,
 * within tolerance, or short by a plausible deduction). An amount alone counts only inside the date window: without a
 * reference or a named party an old entry of the same amount is a coincidence, not a candidate.
 */
export function gatherCandidates(state: AssignmentState): void {
  if (!state.keyTable) throw new Error('engine defect: the state has no key table (openState makes it)');
  const references = new ReferenceIndex(state.ledgers, state.banks, state.keyTable);
  const parties = new PartyIndex(state.ledgers, state.ledgerPartyNumbers());
  state.partyIndex = parties;
  const gatherer = new CandidateGatherer(state, references, parties);
  // an indexed loop: this function runs once, and a for-of would step an iterator object per line until optimized
  for (let i = 0; i < state.banks.length; i++) gatherer.gather(state.banks[i]!);
  state.keysOnEntries = references.keysOnEntries();
}

/**
 * The per-line search, written as one object whose scratch space is allocated once for the whole run: "seen" is a
 * stamp per ledger entry (the line's order + 1) rather than a set, and the candidate lists are reused, so a line
 * allocates only the pairs it keeps. An amount that cannot fit ends a candidate before anything else is scored.
 */
class CandidateGatherer {
  private readonly seenBy: Int32Array;
  /**
   * The line's candidates are refPairs[0 .. refCount) and others[0 .. otherCount): each line writes over the last
   * line's, as emptying a list (`length = 0`) is a call into the runtime, twice for every line.
   */
  private readonly refPairs: Pair[] = [];
  private refCount = 0;
  private readonly others: Pair[] = [];
  private otherCount = 0;
  private readonly ctx: ScoringContext;
  private b: PreparedBank | null = null;
  private stamp = 0;
  /** the line says it pays a part: its payer's larger items are candidates too */
  private part = false;
  private readonly partiesByNarration = new Map<string, readonly number[]>();
  /** by party id, the stamp of the line that last named it: a narration naming a party twice reads its items once */
  private readonly namedBy: Int32Array;
  private readonly gapsByCurrency = new Map<string, readonly number[]>();
  /**
   * by the lines' party number (AssignmentState.bankPartyNumber), the entries' party of that key + 2 (1: none, 0: not
   * yet looked up): a payer's key is looked up once, not once per line
   */
  private readonly entryPartyOfLineParty: Int32Array;
  private targets = new Float64Array(8);
  /** by entry order, each entry's currency and direction (LedgerIndex.sideAt), and the line's (−1: no entry's) */
  private readonly sideAt: Int32Array;
  private lineSide = -1;
  private readonly visitReference = (order: number) => this.onReference(order);
  private readonly visitAmount = (order: number) => this.onAmount(order);

  constructor(
    private readonly state: AssignmentState,
    private readonly references: ReferenceIndex,
    private readonly parties: PartyIndex,
  ) {
    this.seenBy = new Int32Array(state.ledgers.length);
    this.namedBy = new Int32Array(parties.count);
    this.entryPartyOfLineParty = new Int32Array(state.bankPartyCount);
    this.sideAt = state.index.sideAt;
    const { opts } = state;
    this.ctx = {
      tolerance: opts.tolerance,
      windowDays: opts.dateWindowDays,
      writeOffAccount: opts.writeOffAccount,
      sameName: new Map(),
      party: new PartyFinder(),
    };
  }

  gather(b: PreparedBank): void {
    const { state, refPairs, others } = this;
    const { opts, index } = state;
    const tol = opts.tolerance;
    const w = opts.dateWindowDays;
    this.b = b;
    this.stamp = b.order + 1;
    this.refCount = 0;
    this.otherCount = 0;
    this.lineSide = index.sideOf(b.line.currency, b.sign);
    this.references.setLine(b.order);
    this.references.byLineKeys(this.visitReference);
    // the payer's own open items: over-payments, deductions and late payments are found through the name. Only
    // amounts that could fit are scored: paid at most a tenth more, or short by at most a plausible deduction or the
    // currency's largest statutory withholding.
    const lowest = Math.floor(b.abs / PAYER_ITEM_OVER_RATIO) - overAllowance(b.abs, tol) - 1;
    // a payment saying it pays a part ("… /PART PYMT") may be any part of one of the payer's larger items
    this.part = saysPartPayment(b.line.narration);
    const highest = this.part
      ? Number.MAX_SAFE_INTEGER
      : Math.max(Math.ceil(b.abs * PAYER_ITEM_SHORT_RATIO), largestDueWithheld(b.line.currency, b.abs)) +
        underAllowance(b.abs * 2, tol) +
        MAX_FIXED_DEDUCTION;
    if (b.partyKey) this.partyPool(this.entryPartyOf(b, b.partyKey), lowest, highest);
    else {
      const named = this.partiesNamed(b);
      for (let k = 0; k < named.length; k++) this.partyPool(named[k]!, lowest, highest);
    }
    const over = overAllowance(b.abs, tol);
    const under = underAllowance(b.abs, tol);
    // a receipt short by a known levy or fee (the ₦50 EMTL, a transfer fee): the entry is that much larger. Only the
    // fixed amounts are looked up here; a percentage charge is found through the reference or the payer. They are
    // looked up in ascending order, after the amounts within tolerance (all below them), which changes nothing: the
    // candidates are sorted by score and ids in the end.
    const currency = b.line.currency;
    const gaps = this.ascendingGaps(currency);
    let targets = 0;
    for (let g = 0; g < gaps.length; g++) if (gaps[g]! > under) this.targets[targets++] = b.abs + gaps[g]!;
    const fromDay = b.day - w - AMOUNT_LOOKBACK_DAYS;
    const lo = Math.max(1, b.abs - over);
    index.byAmount(currency, b.sign, lo, b.abs + under, fromDay, b.day + w, this.visitAmount, this.targets, targets);
    const { refCount, otherCount } = this;
    if (otherCount > 1) insertionSort(others, byScoreThenIds, otherCount);
    for (let i = 0; i < refCount; i++) {
      const p = refPairs[i]!;
      if (p.s.fit !== 'none' || p.s.referenceHit) state.addPair(p);
    }
    const kept = Math.min(otherCount, AMOUNT_CANDIDATES_PER_LINE);
    for (let i = 0; i < kept; i++) state.addPair(others[i]!);
    this.b = null;
  }

  /** parties.idOf(key) for line b's own party key, looked up once per payer. */
  private entryPartyOf(b: PreparedBank, key: string): number {
    const k = this.state.bankPartyNumber(b);
    if (k < 0) return this.parties.idOf(key);
    let id = this.entryPartyOfLineParty[k]! - 2;
    if (id === -2) this.entryPartyOfLineParty[k] = (id = this.parties.idOf(key)) + 2;
    return id;
  }

  /** The currency's fixed deductions, ascending (and room for a line's amounts plus each). */
  private ascendingGaps(currency: string): readonly number[] {
    let gaps = this.gapsByCurrency.get(currency);
    if (!gaps) {
      gaps = [...fixedDeductions(currency)].sort((x, y) => x - y);
      this.gapsByCurrency.set(currency, gaps);
      if (gaps.length > this.targets.length) this.targets = new Float64Array(gaps.length);
    }
    return gaps;
  }

  /**
   * The parties a line without a counterparty names, as party ids: partyKeysOf(b) without the keys no entry has, in
   * the same order. It reads the narration's words only: a bank's fee and levy lines repeat one narration thousands of
   * times, so the ids are kept by narration (a bounded number of them).
   */
  private partiesNamed(b: PreparedBank): readonly number[] {
    const text = b.line.narration ?? '';
    let ids = this.partiesByNarration.get(text);
    if (!ids) {
      if (this.partiesByNarration.size >= NARRATIONS_KEPT) this.partiesByNarration.clear();
      this.partiesByNarration.set(text, (ids = this.partiesIn(this.ctx.party.wordsOf(b))));
    }
    return ids;
  }

  /** partyKeysOf's reading of narration words (see there), looked up without making a key for most words. */
  private partiesIn(words: readonly string[]): number[] {
    const { parties } = this;
    const ids: number[] = [];
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      if (!isCapitals(word)) continue;
      if (word.length >= 5) this.addNamed(ids, parties.idOf(word));
      if (i + 1 < words.length) this.addNamed(ids, parties.idOfPair(word, words[i + 1]!));
    }
    return ids;
  }

  /**
   * Adds a party id (none when −1) to the line's named parties, once. A method rather than a closure in partiesIn: a
   * closure would be made (and, as the bench runs the code, named by a defineProperty call) for every line.
   */
  private addNamed(ids: number[], id: number): void {
    if (id < 0 || this.namedBy[id] === this.stamp) return;
    this.namedBy[id] = this.stamp;
    ids.push(id);
  }

  /**
   * The payer's open items under one party (its id; none when −1), at most PARTY_POOL kept: those whose amount could
   * fit, found by binary search in the items sorted by amount. When no more of them than the pool takes, the order they are read in changes
   * nothing (the kept candidates are sorted by score); otherwise they are read in list order, as the pool has always
   * been filled.
   */
  private partyPool(party: number, lowest: number, highest: number): void {
    const { parties } = this;
    if (party < 0) return;
    const from = parties.firstAtLeast(party, lowest);
    // a party of no more items than the pool takes (nearly every one) is read up to its first amount above highest
    // (takeParty stops there) rather than found by a second search
    const to =
      parties.end(party) - parties.first(party) <= PARTY_POOL
        ? parties.end(party)
        : parties.firstAtLeast(party, highest + 1);
    if (to - from <= PARTY_POOL) this.takeParty(null, from, to, lowest, highest);
    else {
      const positions = parties.inOrder(party);
      this.takeParty(positions, parties.firstOf(party), parties.firstOf(party + 1), lowest, highest);
    }
  }

  /**
   * The party index's entries at positions [from, to) (or at positions[from .. to)), read in that order. What can be
   * decided from the index's numbers (amount, seen, side, the days the payer could pay in) is decided before the entry
   * itself is read.
   */
  private takeParty(positions: Int32Array | null, from: number, to: number, lowest: number, highest: number): void {
    const { state, ctx, parties } = this;
    const b = this.b!;
    const side = parties.sideOf(b.line.currency, b.sign);
    let taken = 0;
    for (let i = from; i < to && taken < PARTY_POOL; i++) {
      const at = positions ? positions[i]! : i;
      const abs = parties.abs[at]!;
      // read by amount (no positions), none after an amount above highest fits either
      if (abs > highest && !positions) break;
      if (abs < lowest || abs > highest) continue;
      const order = parties.order[at]!;
      if (this.seenBy[order] === this.stamp || parties.side[at] !== side) continue;
      if (!paysWithin(b.day, parties.day[at]!, parties.endDay[at]!, ctx.windowDays)) continue;
      // not this payer after all (or no fitting amount): the amount search may still find it
      const fit = fitOfAmount(b, abs, ctx);
      if (fit === 'none' || (fit === 'partial' && !this.part)) continue;
      const l = state.ledgers[order]!;
      if (!state.allowed(b, l) || partyWeightOf(b, l, ctx) <= 0) continue;
      this.seenBy[order] = this.stamp;
      taken++;
      this.others[this.otherCount++] = this.score(l, fit, true, this.references.sharedKeyOfUnlisted(l));
    }
  }

  /**
   * `key`: the first key the line and entry share. An entry met through the line's keys is scored with the key found
   * by comparing them; one met through the payer or the amount was not given by byLineKeys (it would have been seen),
   * so only a crowded key can be shared with it (ReferenceIndex.sharedKeyOfUnlisted).
   */
  private score(l: PreparedLedger, fit: AmountFit, partyFound: boolean, key: number): ScoredPair {
    return scoreWithFit(this.b!, l, fit, this.ctx, key, partyFound);
  }

  /**
   * An entry sharing a reference key (by its order): a candidate on the same side, a credit note against it on the
   * other. Side and seen are read by order: most entries met here are passed over without being read.
   */
  private onReference(order: number): void {
    const { state } = this;
    const b = this.b!;
    const side = this.sideAt[order]!;
    if (side !== this.lineSide) {
      // the line's currency, the other direction
      if (side === (this.lineSide ^ 1)) this.onCreditNote(state.ledgers[order]!);
      return;
    }
    if (this.seenBy[order] === this.stamp) return;
    const l = state.ledgers[order]!;
    if (!state.allowed(b, l)) return;
    this.seenBy[order] = this.stamp;
    this.refPairs[this.refCount++] = this.score(l, fitOf(b, l, this.ctx), false, this.references.sharedKeyOf(l));
  }

  /** An entry of the other direction the line quotes: a credit note against what it pays. */
  private onCreditNote(l: PreparedLedger): void {
    const { state } = this;
    const b = this.b!;
    if (!state.allowed(b, l)) return;
    const list = state.creditNotesOf.get(b);
    if (!list) state.creditNotesOf.set(b, [l]);
    else if (!list.includes(l)) list.push(l);
  }

  /** An entry whose amount fits: kept when its amount fits and, without reference or party, inside the window. */
  private onAmount(order: number): void {
    const b = this.b!;
    if (this.seenBy[order] === this.stamp) return;
    const l = this.state.ledgers[order]!;
    if (!this.state.allowed(b, l)) return;
    this.seenBy[l.order] = this.stamp;
    const { ctx } = this;
    const fit = fitOf(b, l, ctx);
    if (fit === 'none' || fit === 'partial') return;
    const key = this.references.sharedKeyOfUnlisted(l);
    // an amount alone is evidence only inside the window; a named party may pay weeks late. Most entries met by amount
    // alone at a large book's density are such coincidences: they are dropped before a score is made for them.
    const outside = key < 0 && daysOutside(b, l) > ctx.windowDays;
    if (outside && partyWeightOf(b, l, ctx) <= 0) return;
    this.others[this.otherCount++] = this.score(l, fit, outside, key);
  }
}

const NARRATIONS_KEPT = 1024;

/** /^[A-Z]{2,}$/: a word that can begin a party's name in a narration (not a number). */
function isCapitals(word: string): boolean {
  if (word.length < 2) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/**
 * The party keys a bank line names: its counterparty field, or, without one, any two narration words in a row. Each
 * once: a narration repeating a name must not make the payer's items be read once per repetition.
 */
export function partyKeysOf(b: PreparedBank): string[] {
  if (b.partyKey) return [b.partyKey];
  const words = narrationWords(b);
  const keys = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    if (!isCapitals(words[i]!)) continue;
    // a one-word party ("DANGOTE") is keyed by that word alone
    if (words[i]!.length >= 5) keys.add(words[i]!);
    if (i + 1 < words.length) keys.add(partyKeyOf([words[i]!, words[i + 1]!])!);
  }
  return [...keys];
}
