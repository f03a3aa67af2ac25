// Small constructors for a month's events (amounts in minor units, money in positive).
export const L = (d, amt, text, ref = null, vd = null) => ({ d, amt, text, ref, vd });
export const R = (d, amt, ref, desc, party = null, type = null) => ({ d, amt, ref, desc, party, type });
export const auto = (lines, rows, evidence, traits = [], more = {}) => ({
  decision: 'auto',
  lines: [lines].flat(),
  rows: [rows].flat(),
  evidence,
  traits,
  ...more,
});
export const suggest = (lines, rows, evidence, mustNotAuto, traits = [], more = {}) => ({
  decision: 'suggest',
  lines: [lines].flat(),
  rows: [rows].flat(),
  evidence,
  mustNotAuto,
  traits,
  ...more,
});
export const bankOnly = (line, kind, traits = []) => ({ decision: 'bank-only', lines: [line], rows: [], kind, traits });
export const none = (line, traits = [], more = {}) => ({ decision: 'none', lines: [line], rows: [], traits, ...more });
export const pair = (a, b, traits = []) => ({ decision: 'reversal-pair', lines: [a, b], rows: [], traits });
export const ledgerOnly = (row, why) => ({ decision: 'ledger-only', lines: [], rows: [row], why });
