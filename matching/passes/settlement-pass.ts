import type { Evidence } from '../../domain/reconciliation.js';
import type { AssignmentState } from '../assignment.js';
import { evidenceSum, group } from '../groups.js';
import type { PreparedBank, PreparedLedger } from '../prepared.js';
import { round4 } from '../scoring.js';
import { terminalIdOf, writtenDayOf } from '../settlement-keys.js';
import { SETTLEMENT_MAX_DAYS, WEIGHTS } from '../thresholds.js';
import { amountFit } from '../tolerance.js';

interface Settlement {
  b: PreparedBank;
  tid: string;
  /** the sales day the narration names, or null (then the entry's date must fall in the days before the credit) */
  salesDay: number | null;
}

/**
 * Pass 4 — terminal and settlement evidence. A settlement credit that names a terminal id and a sales day, against the
 * one open entry carrying the same terminal id for that day, is the same money: confirmed when the amount settles it
 * (exact or within tolerance) and nothing else competes; a settlement net of a charge beyond tolerance is suggested
 * with the gap. Without a written sales day the entry must be dated in the few days before the credit, and be the only
 * one there.
 */
export function settlementPass(state: AssignmentState): void {
  const settlements: Settlement[] = [];
  for (const b of state.banks) {
    if (!state.bankOpen(b) || b.sign < 0) continue;
    const text = `${b.line.narration ?? ''} ${b.line.reference ?? ''}`;
    const tid = terminalIdOf(text);
    if (tid) settlements.push({ b, tid, salesDay: writtenDayOf(text) });
  }
  if (settlements.length === 0) return;
  const tids = new Set(settlements.map((s) => s.tid));
  const entriesOf = new Map<string, PreparedLedger[]>();
  for (const l of state.ledgers) {
    if (!state.ledgerOpen(l) || l.sign < 0) continue;
    const text = `${l.entry.reference ?? ''} ${l.entry.description ?? ''}`.toUpperCase();
    const tid = terminalIdOf(text) ?? text.split(/[^A-Z0-9]+/).find((w) => tids.has(w)) ?? null;
    if (!tid || !tids.has(tid)) continue;
    const list = entriesOf.get(`${l.entry.currency}|${tid}`);
    if (list) list.push(l);
    else entriesOf.set(`${l.entry.currency}|${tid}`, [l]);
  }
  const dayOf = (l: PreparedLedger) => writtenDayOf(`${l.entry.description ?? ''} ${l.entry.reference ?? ''}`) ?? l.day;
  const claimsOf = new Map<PreparedLedger, number>();
  const found = settlements.map((s) => {
    const pool = entriesOf.get(`${s.b.line.currency}|${s.tid}`) ?? [];
    const same = pool.filter((l) =>
      s.salesDay !== null
        ? dayOf(l) === s.salesDay
        : s.b.day - dayOf(l) >= 0 && s.b.day - dayOf(l) <= SETTLEMENT_MAX_DAYS,
    );
    for (const l of same) claimsOf.set(l, (claimsOf.get(l) ?? 0) + 1);
    return same;
  });
  const { opts } = state;
  settlements.forEach((s, i) => {
    const same = found[i]!;
    if (same.length !== 1) return; // none, or two entries for one terminal and day: a person decides
    const l = same[0]!;
    if (!state.allowed(s.b, l) || !state.ledgerOpen(l)) return;
    const fit = amountFit(s.b.abs, l.abs, opts.tolerance, s.b.line.currency);
    const gap = s.b.abs - l.abs;
    const ev: Evidence[] = [
      {
        kind: 'reference',
        detail: `terminal ${s.tid} and sales day ${s.salesDay !== null ? 'named in both' : 'just before the credit'}`,
        weight: s.salesDay !== null ? WEIGHTS.settlement : round4(WEIGHTS.settlement - WEIGHTS.date),
      },
    ];
    if (fit === 'exact') ev.push({ kind: 'amount_exact', detail: 'same amount', weight: WEIGHTS.amountExact });
    else if (fit === 'under_within' || fit === 'over_within')
      ev.push({
        kind: 'amount_within_tolerance',
        detail: `${gap < 0 ? 'short' : 'over'} by ${Math.abs(gap)} minor units, within tolerance`,
        weight: WEIGHTS.amountWithinTolerance,
      });
    else if (fit === 'short')
      ev.push({
        kind: 'amount_within_tolerance',
        detail: `net of a charge of ${-gap} minor units, outside the tolerance: confirming writes it off to ${opts.writeOffAccount}`,
        weight: WEIGHTS.amountShortDeduction,
      });
    else return;
    ev.push({ kind: 'date', detail: 'settled within days of the sales day', weight: WEIGHTS.date });
    const confidence = evidenceSum(ev);
    const unique = claimsOf.get(l) === 1;
    if (unique && fit !== 'short' && confidence >= opts.autoConfirmThreshold) {
      state.claim(group([s.b], [l], 'reference', confidence, ev, opts), [s.b], [l]);
      return;
    }
    state.addCandidate(s.b, {
      ledgerIds: [l.entry.id],
      confidence,
      differenceMinor: s.b.line.amountMinor - l.entry.amountMinor,
      evidence: unique
        ? ev
        : [...ev, { kind: 'tie', detail: 'another settlement names the same terminal and day', weight: 0 }],
      ...(fit === 'short' ? { writeOff: { account: opts.writeOffAccount, amountMinor: -gap } } : {}),
    });
  });
}
