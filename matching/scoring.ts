import type { Evidence } from '../domain/reconciliation.js';
import { tokenSimilarity } from './counterparty.js';
import type { Tolerance } from './options.js';
import { type PreparedBank, type PreparedLedger, daysOutside, digitTextOf, narrationWordsOf } from './prepared.js';
import { describeKey, isSerialKey } from './references.js';
import { deductionAccount, deductionFor } from './deductions.js';
import { CONFLICT_BELOW, MIN_NAME_SIMILARITY, WEIGHTS } from './thresholds.js';
import { type AmountFit, amountFit } from './tolerance.js';

export { WEIGHTS } from './thresholds.js';
export { MIN_NAME_SIMILARITY } from './thresholds.js';

export interface PairScore {
  /** the evidence weights summed and capped to 0..1, as shown to people */
  readonly confidence: number;
  /** the same sum uncapped: orders candidates and decides ties (two pairs capped at 1 need not be equal) */
  readonly strength: number;
  /** the reference key the two sides share (the smallest, for determinism), or null */
  readonly key: string | null;
  /** built on demand: the explanation of the confidence, weights summing to it */
  readonly evidence: Evidence[];
  readonly fit: AmountFit;
  readonly referenceHit: boolean;
  /** the only shared reference is a year-less serial: short, so it may not carry an over-payment on its own */
  readonly serialOnly: boolean;
  /** counterparty evidence weight (negative for a conflicting payer), for split pools */
  readonly partyWeight: number;
  readonly partyKind: PartyKind | null;
}

export function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

/** The first (in sort order, for determinism) key two writings share, or null. Key lists are short. */
export function sharedKey(a: readonly string[], b: readonly string[]): string | null {
  let best: string | null = null;
  for (const k of a) if ((best === null || k < best) && b.includes(k)) best = k;
  return best;
}

export type PartyKind = 'account' | 'name' | 'narration' | 'description' | 'conflict';

interface PartyFinding {
  kind: PartyKind;
  sim: number;
  weight: number;
}

/** Counterparty evidence as numbers (cheap: it runs for every candidate pair); words come only when explained. */
function partyFinding(b: PreparedBank, l: PreparedLedger): PartyFinding | null {
  if (b.account && digitTextOf(l).includes(b.account))
    return { kind: 'account', sim: 1, weight: WEIGHTS.counterpartyAccount };
  if (l.partyTokens.length === 0) {
    // a general-ledger line whose description names the payee in one of its parts ("Fuel - MRS Ikorodu"), or is the
    // bank's own wording copied by the bookkeeper
    const words = narrationWordsOf(b);
    if (l.descriptionSegments.some((seg) => nameInNarration(seg, words)))
      return { kind: 'description', sim: 0.9, weight: round4(WEIGHTS.counterpartyName * 0.9) };
    return null;
  }
  // the same name written the same way (the common case) needs no fuzzy comparison
  const direct =
    b.nameTokens.length > 0 && b.nameTokens.join(' ') === l.partyKeyFull
      ? 1
      : tokenSimilarity(b.nameTokens, l.partyTokens);
  if (direct >= MIN_NAME_SIMILARITY)
    return { kind: 'name', sim: direct, weight: round4(WEIGHTS.counterpartyName * direct) };
  // no usable counterparty field: look for the party's name among the narration's words ("NIP TRF TO OKON FREIGHT")
  if (nameInNarration(l.partyTokens, narrationWordsOf(b)))
    return { kind: 'narration', sim: 0.9, weight: round4(WEIGHTS.counterpartyName * 0.9) };
  // the party's trading name as the description writes it ("Kenya Power" booked as "Electricity - KPLC prepaid")
  if (l.descriptionSegments.length > 0) {
    const words = narrationWordsOf(b);
    if (l.descriptionSegments.some((seg) => nameInNarration(seg, words)))
      return { kind: 'description', sim: 0.9, weight: round4(WEIGHTS.counterpartyName * 0.9) };
  }
  // a named payer who is clearly someone else: a reference typo or a look-alike number, not proof
  if (b.nameTokens.length > 0 && direct < CONFLICT_BELOW)
    return { kind: 'conflict', sim: direct, weight: WEIGHTS.counterpartyConflict };
  return null;
}

/** A bank word for a party word: the same, or an abbreviation of it ("MNT" for MOUNTAIN, "SUPERMKT" for SUPERMARKET). */
function wordFits(bank: string, party: string): 'exact' | 'short' | null {
  if (bank === party) return 'exact';
  if (bank.length < 2 || bank.length >= party.length || bank[0] !== party[0]) return null;
  let j = 0;
  for (let i = 0; i < party.length && j < bank.length; i++) if (party[i] === bank[j]) j++;
  return j === bank.length ? 'short' : null;
}

// Letters of the party's words the narration must write in full, so that abbreviations alone never make a name; a
// name recognised by its leading words only needs a little more.
const MIN_EXACT_LETTERS = 7;
const MIN_LEADING_LETTERS = 8;

/**
 * Whether a narration names the party: all its words anywhere; or its words in a row, some abbreviated ("TABLE MNT
 * TOURS" for Table Mountain Tours) and the first perhaps an initial; or its first two words or more in a row with the
 * rest cut off (banks truncate narrations at 20–35 characters, so "OKON FREIGHT" stands for "Okon Freight Services").
 */
export function nameInNarration(party: readonly string[], words: readonly string[]): boolean {
  if (party.length === 0 || words.length === 0) return false;
  if (party.every((t) => words.includes(t))) return true;
  for (let i = 0; i < words.length; i++) {
    // a given name written as its initial ("S DLAMINI DESIGN" for Sipho Dlamini Design), as banks and payers do
    const initial = party.length >= 2 && words[i]!.length === 1 && party[0]!.startsWith(words[i]!);
    if (!initial && !wordFits(words[i]!, party[0]!)) continue;
    let n = 0;
    let exactLetters = 0;
    while (n < party.length && i + n < words.length) {
      const fit = n === 0 && initial ? 'short' : wordFits(words[i + n]!, party[n]!);
      if (!fit) break;
      if (fit === 'exact') exactLetters += party[n]!.length;
      n++;
    }
    if (exactLetters < MIN_EXACT_LETTERS) continue;
    if (n === party.length && n >= 2) return true;
    // the leading words of a longer name, written in full: banks cut names short or drop their last word
    if (party.length >= 3 && n >= 2 && exactLetters >= MIN_LEADING_LETTERS) return true;
  }
  return false;
}

const partyLabel = (l: PreparedLedger) =>
  l.partyFromDescription ? `"${l.partyName}" (from the entry's description)` : `"${l.partyName}"`;

function partyEvidenceOf(f: PartyFinding, l: PreparedLedger): Evidence {
  switch (f.kind) {
    case 'account':
      return {
        kind: 'counterparty_account',
        detail: 'counterparty account number found on the ledger entry',
        weight: f.weight,
      };
    case 'description':
      return {
        kind: 'counterparty_name',
        detail: `the entry's description "${l.entry.description}" is in the narration`,
        weight: f.weight,
      };
    case 'conflict':
      return { kind: 'counterparty_name', detail: `counterparty differs from ${partyLabel(l)}`, weight: f.weight };
    default: {
      const where = f.kind === 'name' ? 'counterparty name' : 'party named in narration';
      return {
        kind: 'counterparty_name',
        detail: `${where} similar to ${partyLabel(l)} (${Math.round(f.sim * 100)}%)`,
        weight: f.weight,
      };
    }
  }
}

export function partyEvidence(b: PreparedBank, l: PreparedLedger): Evidence | null {
  const f = partyFinding(b, l);
  return f ? partyEvidenceOf(f, l) : null;
}

function dateWeight(outside: number, windowDays: number): number {
  return outside > windowDays ? 0 : round4(WEIGHTS.date * (1 - outside / (windowDays + 1)));
}

export function dateEvidence(b: PreparedBank, l: PreparedLedger, windowDays: number): Evidence | null {
  const outside = daysOutside(b, l);
  if (outside > windowDays) return null;
  const detail = outside === 0 ? "date within the entry's date and due date" : `date ${outside} day(s) from the entry`;
  return { kind: 'date', detail, weight: dateWeight(outside, windowDays) };
}

/**
 * A scored pair. The numbers are computed for every candidate; the evidence (with its sentences) is built only when
 * someone reads it — for the pairs that reach the output — which keeps large runs light on memory.
 */
class ScoredPair implements PairScore {
  readonly confidence: number;
  readonly strength: number;
  readonly referenceHit: boolean;
  readonly serialOnly: boolean;
  readonly partyWeight: number;
  readonly partyKind: PartyKind | null;
  constructor(
    private readonly b: PreparedBank,
    private readonly l: PreparedLedger,
    readonly key: string | null,
    readonly fit: AmountFit,
    private readonly party: PartyFinding | null,
    private readonly windowDays: number,
    strength: number,
    private readonly writeOffAccount: string,
  ) {
    this.strength = strength;
    this.confidence = round4(Math.max(0, Math.min(1, strength)));
    this.referenceHit = key !== null;
    // sharedKey returns the smallest shared key and "S:" sorts after every other kind, so S means no other key is shared
    this.serialOnly = key !== null && isSerialKey(key);
    this.partyWeight = party?.weight ?? 0;
    this.partyKind = party?.kind ?? null;
  }

  get evidence(): Evidence[] {
    const ev: Evidence[] = [];
    if (this.key)
      ev.push({
        kind: 'reference',
        detail: `reference ${describeKey(this.key)} in bank text and ledger entry`,
        weight: WEIGHTS.reference,
      });
    const diff = this.b.abs - this.l.abs;
    switch (this.fit) {
      case 'exact':
        ev.push({ kind: 'amount_exact', detail: 'same amount', weight: WEIGHTS.amountExact });
        break;
      case 'under_within':
        ev.push({
          kind: 'amount_within_tolerance',
          detail: `short by ${-diff} minor units, within tolerance`,
          weight: WEIGHTS.amountWithinTolerance,
        });
        break;
      case 'over_within':
      case 'over':
        ev.push({
          kind: 'amount_within_tolerance',
          detail: `over-paid by ${diff} minor units, kept as a residual`,
          weight: WEIGHTS.amountOver,
        });
        break;
      case 'short': {
        const d = deductionFor(this.b.line.currency, this.l.abs, -diff);
        ev.push({
          kind: 'amount_within_tolerance',
          detail: `short by ${-diff} minor units, outside the tolerance: ${d?.label ?? 'a deduction'}? confirming writes it off to ${(d && deductionAccount(d, this.b.sign)) ?? this.writeOffAccount}`,
          weight: WEIGHTS.amountShortDeduction,
        });
        break;
      }
      case 'partial':
        ev.push({
          kind: 'amount_within_tolerance',
          detail: `part payment: short by ${-diff} minor units`,
          weight: WEIGHTS.amountPartial,
        });
        break;
      case 'none':
        break;
    }
    if (this.party) ev.push(partyEvidenceOf(this.party, this.l));
    const date = dateEvidence(this.b, this.l, this.windowDays);
    if (date) ev.push(date);
    return ev;
  }
}

const AMOUNT_WEIGHT: Record<AmountFit, number> = {
  exact: WEIGHTS.amountExact,
  under_within: WEIGHTS.amountWithinTolerance,
  over_within: WEIGHTS.amountOver,
  over: WEIGHTS.amountOver,
  short: WEIGHTS.amountShortDeduction,
  partial: WEIGHTS.amountPartial,
  none: 0,
};

export function scorePair(
  b: PreparedBank,
  l: PreparedLedger,
  tolerance: Tolerance,
  windowDays: number,
  writeOffAccount = 'Bank charges',
): PairScore {
  const key = sharedKey(b.keys, l.keys);
  const fit = amountFit(b.abs, l.abs, tolerance, b.line.currency);
  const party = partyFinding(b, l);
  const total =
    (key ? WEIGHTS.reference : 0) +
    AMOUNT_WEIGHT[fit] +
    (party?.weight ?? 0) +
    dateWeight(daysOutside(b, l), windowDays);
  return new ScoredPair(b, l, key, fit, party, windowDays, round4(total), writeOffAccount);
}
