import type { Evidence } from '../domain/reconciliation.js';
import type { AssignmentState, Pair } from './assignment.js';
import { evidenceOf, evidenceSum, pairGroup } from './groups.js';
import { type PreparedBank, daysOutside } from './prepared.js';

// What the passes that confirm on an amount alone (unique amount, own transfers) check around a pair.

/** A cheque, as banks and books write it. */
export const CHEQUE = /\b(CHQ|CHEQUE|CHECK)\b/i;

/** A document's word or prefix, and the number's label after it. */
const DOCUMENT_WORD = String.raw`\b(INV|INVOICE|BILL|SI|SINV|PINV|PO|LPO|CN|QUO|QUOTE|ORDER|RCT|RECEIPT|PV)[\s.#:/-]*(NO\b[\s.:#]*)?`;
/** An ERP's series ("ACC-SINV-2025-00012"). */
const ERP_SERIES = String.raw`\b[A-Z]{2,}-[A-Z]{2,}-\d{4}-\d+`;

/**
 * A document number as payers write one: a document word or prefix, then digits ("INV-001999", "bill 4471",
 * "INVOICE NO: 1042", "LPO 4471"), or an ERP's series ("ACC-SINV-2025-00012").
 */
export const DOCUMENT = new RegExp(`${DOCUMENT_WORD}\\d{2,}|${ERP_SERIES}`, 'i');

/**
 * A document quoted, with the number groups its reference runs on with ("INV-2026-0452", "INV/2026/00452"), and the
 * series letters some write between the word and the number ("INV NMS/3391"): not what makes a text a document's
 * (DOCUMENT: "Payment of invoice OOM-1029 (Hubtel)" stays takings), what a line quoting one quotes.
 */
const DOCUMENTS = new RegExp(`(?:${DOCUMENT_WORD}(?:[A-Z]{2,5}[/-])?\\d{2,}|${ERP_SERIES})(?:[/-]\\d+)*`, 'gi');

/**
 * The serials of the documents a text quotes ("INV 1115", "invoice no 2257", "INV-2026-0452": its last group, 452),
 * without leading zeros.
 */
export function quotedSerials(text: string): string[] {
  return (text.match(DOCUMENTS) ?? []).map((m) => (m.match(/\d+/g) ?? ['']).pop()!.replace(/^0+/, ''));
}

/** Whether a text (an entry's reference and description) writes one of the serials ("1115" for INV 1115). */
export function writesSerial(serials: readonly string[], text: string): boolean {
  return (text.match(/\d+/g) ?? []).some((n) => serials.includes(n.replace(/^0+/, '')));
}

/**
 * The open entries and bank lines of the candidates' amounts (sign and currency too), by day: one scan of each side
 * for the few amounts asked about, not an index of every amount.
 */
export class SameAmounts {
  private readonly entryDays = new Map<string, number[]>();
  private readonly lineDays = new Map<string, number[]>();

  constructor(state: AssignmentState, asked: readonly Pair[]) {
    for (const p of asked) {
      this.entryDays.set(keyOf(p.l.entry.currency, p.l.sign, p.l.abs), []);
      this.lineDays.set(keyOf(p.b.line.currency, p.b.sign, p.b.abs), []);
    }
    for (let li = 0; li < state.ledgers.length; li++) {
      if (!state.ledgerOpenAt(li)) continue;
      const l = state.ledgers[li]!;
      this.entryDays.get(keyOf(l.entry.currency, l.sign, l.abs))?.push(l.day);
    }
    for (let bi = 0; bi < state.banks.length; bi++) {
      if (!state.bankOpenAt(bi)) continue;
      const b = state.banks[bi]!;
      this.lineDays.get(keyOf(b.line.currency, b.sign, b.abs))?.push(b.day);
    }
  }

  /** open entries of the pair's amount within `days` of its bank line (the pair's own counted) */
  entriesNear(p: Pair, days: number): number {
    return near(this.entryDays.get(keyOf(p.l.entry.currency, p.l.sign, p.l.abs))!, p.b.day, days);
  }

  /** open bank lines of the pair's amount within `days` of its entry (the pair's own counted) */
  linesNear(p: Pair, days: number): number {
    return near(this.lineDays.get(keyOf(p.b.line.currency, p.b.sign, p.b.abs))!, p.l.day, days);
  }
}

const keyOf = (currency: string, sign: number, abs: number) => `${currency}|${sign * abs}`;

function near(days: readonly number[], day: number, within: number): number {
  let n = 0;
  for (const d of days) if (Math.abs(d - day) <= within) n++;
  return n;
}

/**
 * The line's one open candidate of exactly its amount (dated within `withinDays` of it, when given), or null: none,
 * several, or a candidate sharing a reference with it (the document it quotes decides, not an amount).
 */
export function soleExactPair(state: AssignmentState, b: PreparedBank, withinDays: number | null): Pair | null {
  let only: Pair | null = null;
  for (let i = state.firstPairOf(b), to = state.endPairOf(b); i < to; i++) {
    const p = state.pairAt(i);
    if (p.s.referenceHit) return null;
    if (!state.pairEntryOpen(i) || p.s.fit !== 'exact') continue;
    if (withinDays !== null && daysOutside(b, p.l) > withinDays) continue;
    if (only !== null) return null;
    only = p;
  }
  return only;
}

/**
 * Passes 5b, 5c and 5e's last step: each pair is confirmed, with `evidence` beside its own, when no other open entry
 * and no other bank line carries its amount (sign included) within `days` either side, nothing `unless` says stands in
 * the way, and the evidence reaches the threshold.
 */
export function claimUniqueAmounts(
  state: AssignmentState,
  strong: readonly Pair[],
  days: number,
  evidence: Evidence,
  unless: (p: Pair) => boolean = () => false,
): void {
  if (strong.length === 0) return;
  const others = new SameAmounts(state, strong);
  for (const p of strong) {
    if (!state.bankOpen(p.b) || !state.ledgerOpen(p.l)) continue;
    if (others.entriesNear(p, days) > 1 || others.linesNear(p, days) > 1 || unless(p)) continue;
    const ev = evidenceOf(p, evidence);
    const confidence = evidenceSum(ev);
    if (confidence < state.opts.autoConfirmThreshold) continue;
    state.claimPair(pairGroup(p.b, p.l, 'exact', confidence, ev, state.opts), p.b, p.l);
  }
}
