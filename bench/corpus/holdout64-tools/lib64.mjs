// Shared helpers for the holdout64 generator: seeded draws, money and date text, CSV and XLSX writers, and the
// decision constructors the set files use. Amounts are integer minor units throughout.
import * as XLSX from 'xlsx';

export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const digits = (rng, n) => Array.from({ length: n }, () => Math.floor(rng() * 10)).join('');
export const letters = (rng, n, alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') =>
  Array.from({ length: n }, () => alphabet[Math.floor(rng() * alphabet.length)]).join('');

/** major-unit number (as written by hand in the set files) to minor units */
export const minor = (major) => Math.round(major * 100);

/** signed decimal string, e.g. -1470.85 → "-1470.85" */
export const dec = (m) => {
  const s = m < 0 ? '-' : '';
  const a = Math.abs(m);
  return `${s}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
};
/** unsigned with thousands separators: 1240000.5 → "1,240,000.50" */
export const grouped = (m) => {
  const a = Math.abs(m);
  const whole = String(Math.floor(a / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${whole}.${String(a % 100).padStart(2, '0')}`;
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const parts = (iso) => iso.split('-').map(Number);
export const dmy = (iso, sep = '/') => {
  const [y, m, d] = parts(iso);
  return `${String(d).padStart(2, '0')}${sep}${String(m).padStart(2, '0')}${sep}${y}`;
};
export const dMonY = (iso) => {
  const [y, m, d] = parts(iso);
  return `${String(d).padStart(2, '0')}-${MONTHS[m - 1]}-${y}`;
};
export const weekday = (iso) => {
  const [y, m, d] = parts(iso);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
};
/** spreadsheet serial (1900 system) of a business date */
export const serial = (iso) => {
  const [y, m, d] = parts(iso);
  return Date.UTC(y, m - 1, d) / 86400000 + 25569;
};

export function csv(rows, { quoteAll = false, eol = '\n', delimiter = ',' } = {}) {
  const cell = (v) => {
    const s = v === null || v === undefined ? '' : String(v);
    return quoteAll || /[",\n\r]/.test(s) || s.includes(delimiter) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(cell).join(delimiter)).join(eol) + eol;
}

/** rows of cells: strings, numbers, or { date: iso } / { money: minor } objects */
export function xlsx(rows, sheetName) {
  const ws = {};
  let maxC = 0;
  rows.forEach((r, ri) => {
    r.forEach((v, ci) => {
      if (v === null || v === undefined || v === '') return;
      const addr = XLSX.utils.encode_cell({ r: ri, c: ci });
      if (typeof v === 'object' && 'date' in v) ws[addr] = { t: 'n', v: serial(v.date), z: 'dd/mm/yyyy' };
      else if (typeof v === 'object' && 'money' in v) ws[addr] = { t: 'n', v: v.money / 100, z: '#,##0.00' };
      else if (typeof v === 'number') ws[addr] = { t: 'n', v };
      else ws[addr] = { t: 's', v: String(v) };
      maxC = Math.max(maxC, ci);
    });
  });
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length - 1, c: maxC } });
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
}

// The one decision a bank line carries (see bench/corpus/README.md, real-layout truth).
/** confirmed without a person: `ledger` keys, the evidence the narration carries, traits */
export const A = (ledger, evidence, traits = [], extra = {}) => ({ d: 'auto', ledger, evidence, traits, ...extra });
/** a person decides: `must` = an auto-confirmation is wrong even with the right rows */
export const S = (ledger, evidence, must, traits = [], extra = {}) => ({
  d: 'suggest',
  ledger,
  evidence,
  must,
  traits,
  ...extra,
});
/** the bank's own charge, levy, tax or interest: no book row */
export const O = (kind, traits = []) => ({ d: 'bank-only', kind, traits });
/** a failed payment or its reversal; `partner` is the other line's label */
export const R = (partner, traits = []) => ({ d: 'reversal-pair', partner, traits });
/** a genuine line the books do not hold; `decoy` says which book row it must not take, or null */
export const N = (why, decoy = null, traits = []) => ({ d: 'none', why, decoy, traits });
