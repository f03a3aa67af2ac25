import type { Evidence } from '../domain/reconciliation.js';
import { tokenSimilarity } from './counterparty.js';
import type { Tolerance } from './options.js';
import { type PreparedBank, type PreparedLedger, daysOutside, digitTextOf, narrationWordsOf } from './prepared.js';
import { describeKey } from './references.js';
import { type AmountFit, amountFit } from './tolerance.js';

/**
 * Evidence weights; a pair's confidence is their sum (capped at 1). A reference hit with the exact amount reaches
 * the default auto-confirm threshold (0.9) on its own; nothing without a reference can, so only reference-backed pairs
 * are ever confirmed without a person (Odoo, ERPNext).
 */
export const WEIGHTS = {
  reference: 0.6,
  amountExact: 0.3,
  amountWithinTolerance: 0.28,
  amountOver: 0.25,
  amountPartial: 0.05,
  counterpartyAccount: 0.15,
  counterpartyName: 0.12,
  date: 0.1,
  splitSum: 0.25,
  counterpartyConflict: -0.2,
} as const;

export const MIN_NAME_SIMILARITY = 0.8;
const CONFLICT_BELOW = 0.5;

export interface PairScore {
  confidence: number;
  evidence: Evidence[];
  fit: AmountFit;
  referenceHit: boolean;
  /** counterparty evidence weight, for split pools */
  partyWeight: number;
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

export function partyEvidence(b: PreparedBank, l: PreparedLedger): Evidence | null {
  if (b.account && digitTextOf(l).includes(b.account)) {
    return { kind: 'counterparty_account', detail: 'counterparty account number found on the ledger entry', weight: WEIGHTS.counterpartyAccount };
  }
  if (l.partyTokens.length === 0) return null;
  const direct = tokenSimilarity(b.nameTokens, l.partyTokens);
  let sim = direct;
  let where = 'counterparty name';
  // no usable counterparty field: look for the party's whole name among the narration's words
  if (sim < MIN_NAME_SIMILARITY && l.partyTokens.every((t) => narrationWordsOf(b).includes(t))) {
    sim = 0.9;
    where = 'party named in narration';
  }
  if (sim < MIN_NAME_SIMILARITY) {
    // a named payer who is clearly someone else: a reference typo or a look-alike number, not proof
    if (b.nameTokens.length > 0 && direct < CONFLICT_BELOW) {
      return { kind: 'counterparty_name', detail: `counterparty differs from "${l.entry.party}"`, weight: WEIGHTS.counterpartyConflict };
    }
    return null;
  }
  return {
    kind: 'counterparty_name',
    detail: `${where} similar to "${l.entry.party}" (${Math.round(sim * 100)}%)`,
    weight: round4(WEIGHTS.counterpartyName * sim),
  };
}

export function dateEvidence(b: PreparedBank, l: PreparedLedger, windowDays: number): Evidence | null {
  const outside = daysOutside(b, l);
  if (outside > windowDays) return null;
  const weight = round4(WEIGHTS.date * (1 - outside / (windowDays + 1)));
  const detail = outside === 0 ? 'date within the entry\'s date and due date' : `date ${outside} day(s) from the entry`;
  return { kind: 'date', detail, weight };
}

export function scorePair(b: PreparedBank, l: PreparedLedger, tolerance: Tolerance, windowDays: number): PairScore {
  const evidence: Evidence[] = [];
  const key = sharedKey(b.keys, l.keys);
  if (key) evidence.push({ kind: 'reference', detail: `reference ${describeKey(key)} in bank text and ledger entry`, weight: WEIGHTS.reference });
  const fit = amountFit(b.abs, l.abs, tolerance);
  const diff = b.abs - l.abs;
  switch (fit) {
    case 'exact':
      evidence.push({ kind: 'amount_exact', detail: 'same amount', weight: WEIGHTS.amountExact });
      break;
    case 'under_within':
      evidence.push({ kind: 'amount_within_tolerance', detail: `short by ${-diff} minor units, within tolerance`, weight: WEIGHTS.amountWithinTolerance });
      break;
    case 'over_within':
    case 'over':
      evidence.push({ kind: 'amount_within_tolerance', detail: `over-paid by ${diff} minor units, kept as a residual`, weight: WEIGHTS.amountOver });
      break;
    case 'partial':
      evidence.push({ kind: 'amount_within_tolerance', detail: `part payment: short by ${-diff} minor units`, weight: WEIGHTS.amountPartial });
      break;
    case 'none':
      break;
  }
  const party = partyEvidence(b, l);
  if (party) evidence.push(party);
  const date = dateEvidence(b, l, windowDays);
  if (date) evidence.push(date);
  const total = evidence.reduce((s, e) => s + e.weight, 0);
  return { confidence: round4(Math.max(0, Math.min(1, total))), evidence, fit, referenceHit: key !== null, partyWeight: party?.weight ?? 0 };
}
