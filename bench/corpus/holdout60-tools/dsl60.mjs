// A bank line and a book row, as the set files write them by hand.
import { toMinor } from './lib60.mjs';

/**
 * L(key, date, amount, text, decision): one bank statement line. The decision is exactly one of
 *   auto: [rowKeys]           confirmed without a person (difference allowed only for an explained over-payment)
 *   suggest: [rowKeys]        left to a person, the right rows ranked first
 *   twins: [[rowKeys], …]     indistinguishable twins: any one of the sets is right (auto)
 *   bankOnly: kind            charge | levy | tax | fee-vat | interest
 *   reversal: lineKey         a failed transfer and its return
 *   none: why                 a genuine line the books have not recorded (decoys among them)
 * with evidence (reference | counterparty | amount), group (lines paying one set of rows together), traits, ref
 * (the statement's reference cell) and, for decoys, decoy: what the line resembles.
 * R(key, date, amount, fields): one book row; ledgerOnly: why (a row no line of the month pays).
 */
export function makeDsl() {
  const rows = [];
  const lines = [];
  const R = (key, date, amount, fields = {}) => {
    if (rows.some((r) => r.key === key)) throw new Error(`row ${key} twice`);
    rows.push({ key, date, minor: toMinor(amount), ...fields });
    return key;
  };
  const L = (key, date, amount, text, decision = {}) => {
    if (lines.some((l) => l.key === key)) throw new Error(`line ${key} twice`);
    lines.push({ key, date, minor: toMinor(amount), text, traits: [], ...decision });
    return key;
  };
  return { R, L, rows, lines };
}

/** The decision a line carries, checked to be exactly one. */
export function decisionOf(line) {
  const kinds = ['auto', 'suggest', 'twins', 'bankOnly', 'reversal', 'none'].filter((k) => line[k] !== undefined);
  if (kinds.length !== 1) throw new Error(`line ${line.key} has ${kinds.length} decisions (${kinds.join(', ')})`);
  return kinds[0];
}
