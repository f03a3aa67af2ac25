// Shared helpers of the holdout62 generator: seeded draws, money and date text, CSV and XLSX writers, and the
// numbers a text carries (for the generator's own checks of the evidence it claims).
import * as XLSX from 'xlsx';

/** mulberry32: small, seedable, the same sequence on every platform. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const digits = (n) => Array.from({ length: n }, () => String(int(0, 9))).join('');
  const pick = (xs) => xs[int(0, xs.length - 1)];
  return { next, int, digits, pick };
}

/** "1,480,000.00" / "-50.00" / "(50.00)" → integer minor units (two decimals). */
export function toMinor(text) {
  let s = String(text).trim().replace(/,/g, '');
  let neg = false;
  if (s.startsWith('(') && s.endsWith(')')) {
    neg = true;
    s = s.slice(1, -1);
  }
  if (s.startsWith('-')) {
    neg = true;
    s = s.slice(1);
  }
  if (s.startsWith('+')) s = s.slice(1);
  if (!/^\d+(\.\d{1,2})?$/.test(s)) throw new Error(`not an amount: ${text}`);
  const [whole, frac = ''] = s.split('.');
  const minor = Number(whole) * 100 + Number((frac + '00').slice(0, 2));
  return neg ? -minor : minor;
}

/** Minor units → "-1480000.00" (the reconcile JSON and truth writing). */
export function major(minor) {
  const neg = minor < 0;
  const m = Math.abs(minor);
  return `${neg ? '-' : ''}${Math.floor(m / 100)}.${String(m % 100).padStart(2, '0')}`;
}

/** Minor units → "1,480,000.00" (unsigned unless asked), as statements print them. */
export function grouped(minor, { signed = false } = {}) {
  const m = Math.abs(minor);
  const whole = String(Math.floor(m / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${signed && minor < 0 ? '-' : ''}${whole}.${String(m % 100).padStart(2, '0')}`;
}

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DOW = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function parts(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return { y, m, d };
}
export function weekday(iso) {
  const { y, m, d } = parts(iso);
  return DOW[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
}
export function addDays(iso, n) {
  const { y, m, d } = parts(iso);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}
export function daysBetween(a, b) {
  const pa = parts(a);
  const pb = parts(b);
  return (Date.UTC(pb.y, pb.m - 1, pb.d) - Date.UTC(pa.y, pa.m - 1, pa.d)) / 86400000;
}

/** Date text in a few layouts statements and exports use. */
export function dateText(iso, layout) {
  const { y, m, d } = parts(iso);
  const dd = String(d).padStart(2, '0');
  const mm = String(m).padStart(2, '0');
  switch (layout) {
    case 'DD/MM/YYYY':
      return `${dd}/${mm}/${y}`;
    case 'DD-MMM-YYYY':
      return `${dd}-${MON[m - 1]}-${y}`;
    case 'DD MMM YYYY':
      return `${dd} ${MON[m - 1]} ${y}`;
    case 'YYYY-MM-DD':
      return iso;
    case 'MMM YYYY':
      return `${MON[m - 1]} ${y}`;
    default:
      throw new Error(`date layout ${layout}`);
  }
}

/** Spreadsheet serial of a date (1900 system), so XLSX files hold real date cells. */
export function serial(iso) {
  const { y, m, d } = parts(iso);
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;
}

/** One CSV record; a cell is quoted when it must be, or always with `quoteAll`. */
export function csvRecord(cells, { delimiter = ',', quoteAll = false } = {}) {
  return cells
    .map((c) => {
      const s = c === null || c === undefined ? '' : String(c);
      if (quoteAll || s.includes(delimiter) || s.includes('"') || s.includes('\n')) return `"${s.replace(/"/g, '""')}"`;
      return s;
    })
    .join(delimiter);
}

/** A workbook of one sheet from rows of plain values or cell objects ({ t, v, z }). */
export function xlsxBuffer(sheetName, rows, { cols } = {}) {
  const ws = XLSX.utils.aoa_to_sheet(rows);
  if (cols) ws['!cols'] = cols.map((wch) => ({ wch }));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
}
export const dateCell = (iso, z = 'dd/mm/yyyy') => ({ t: 'n', v: serial(iso), z });
export const moneyCell = (minor) => ({ t: 'n', v: minor / 100, z: '#,##0.00' });

/**
 * The numbers a text carries that could serve as a reference: digit runs inside tokens (separators such as / - .
 * and spaces between a prefix and its digits kept apart), leading zeros dropped, three digits or more, years and
 * amounts aside. Used only to check the generator's own `evidence` claims.
 */
export function numbersOf(text, { ignore = [] } = {}) {
  const out = new Set();
  for (const run of String(text ?? '').match(/\d+/g) ?? []) {
    const n = run.replace(/^0+/, '');
    if (n.length < 3) continue;
    if (/^20(2[3-6])$/.test(n)) continue;
    if (ignore.includes(n)) continue;
    out.add(n);
  }
  return out;
}
