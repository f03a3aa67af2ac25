// Shared helpers for the holdout21 generator and validator: seeded PRNG, money, dates, CSV and XLSX writers.
import XLSX from 'xlsx';

export const DEFAULT_SEED = 20262121;

export function seedFromEnv() {
  const s = process.env.BANKFEED_CORPUS_SEED;
  if (s === undefined || s === '') return DEFAULT_SEED;
  const n = Number.parseInt(s, 10);
  if (!Number.isFinite(n)) throw new Error(`BANKFEED_CORPUS_SEED must be an integer, got ${s}`);
  return n >>> 0;
}

/** mulberry32 */
export function makeRng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
    shuffle: (arr) => {
      const a2 = arr.slice();
      for (let i = a2.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [a2[i], a2[j]] = [a2[j], a2[i]];
      }
      return a2;
    },
    /** an amount in minor units between lo and hi major units, with cents unless round */
    money: (lo, hi, round = false) => {
      const major = Math.floor(lo) + Math.floor(next() * (Math.floor(hi) - Math.floor(lo)));
      if (round) return Math.round(major / 500) * 500 * 100;
      return major * 100 + Math.floor(next() * 100);
    },
  };
  return rng;
}

// ---- money (integer minor units) ----
export function dec(minor) {
  const neg = minor < 0;
  const a = Math.abs(minor);
  return `${neg ? '-' : ''}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}
export function thousands(minor) {
  const neg = minor < 0;
  const a = Math.abs(minor);
  const int = String(Math.floor(a / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${int}.${String(a % 100).padStart(2, '0')}`;
}
/** spreadsheet number from integer minor units (exact to the cent when read back to 15 digits) */
export const num = (minor) => Number(dec(minor));
export const parseMinor = (s) => {
  if (s === undefined || s === null || s === '') return 0;
  if (typeof s === 'number') return Math.round(s * 100);
  let t = String(s).trim().replace(/,/g, '');
  let neg = false;
  if (/^\(.*\)$/.test(t)) {
    neg = true;
    t = t.slice(1, -1);
  }
  if (t.startsWith('-')) {
    neg = !neg;
    t = t.slice(1);
  }
  if (!/^\d+(\.\d{1,2})?$/.test(t)) throw new Error(`not an amount: ${s}`);
  const [i, f = ''] = t.split('.');
  const v = Number(i) * 100 + Number((f + '00').slice(0, 2));
  return neg ? -v : v;
};

// ---- dates (ISO strings, UTC arithmetic) ----
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const MONTHS = MON;
export function addDays(iso, n) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
export const weekday = (iso) => new Date(`${iso}T00:00:00Z`).getUTCDay();
export const isWorkingDay = (iso) => weekday(iso) !== 0 && weekday(iso) !== 6;
export function monthDays(from, to) {
  const out = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}
export function prevWorkingDay(iso, n = 1) {
  let d = iso;
  for (let i = 0; i < n;) {
    d = addDays(d, -1);
    if (isWorkingDay(d)) i++;
  }
  return d;
}
export function nextWorkingDay(iso, n = 1) {
  let d = iso;
  for (let i = 0; i < n;) {
    d = addDays(d, 1);
    if (isWorkingDay(d)) i++;
  }
  return d;
}
export const dmy = (iso, sep = '/') => `${iso.slice(8, 10)}${sep}${iso.slice(5, 7)}${sep}${iso.slice(0, 4)}`;
export const dMonY = (iso, sep = ' ') =>
  `${iso.slice(8, 10)}${sep}${MON[Number(iso.slice(5, 7)) - 1]}${sep}${iso.slice(0, 4)}`;
export const ymdCompact = (iso) => iso.replace(/-/g, '');
/** Excel 1900-system serial of an ISO date */
export const excelSerial = (iso) => Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86400000);
export const fromExcelSerial = (n) => new Date(Date.UTC(1899, 11, 30) + n * 86400000).toISOString().slice(0, 10);

// ---- writers ----
function csvCell(v, delim) {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return s.includes(delim) || s.includes('"') || /[\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
/** rows: arrays of cells; every row written as one CRLF line */
export function toCsv(rows, delim = ',', quoteAll = false) {
  return (
    rows
      .map((r) =>
        r
          .map((c) =>
            quoteAll && c !== '' && c !== null && c !== undefined
              ? `"${String(c).replace(/"/g, '""')}"`
              : csvCell(c, delim),
          )
          .join(delim),
      )
      .join('\r\n') + '\r\n'
  );
}

/** cell helpers for XLSX: { date: iso } → a real date cell; numbers → numeric cells; strings → text */
export const xDate = (iso, fmt = 'dd/mm/yyyy') => ({ t: 'n', v: excelSerial(iso), z: fmt });
export const xNum = (minor) => ({ t: 'n', v: num(minor), z: '#,##0.00' });

export function toXlsx(sheetName, rows, colWidths) {
  const ws = {};
  let maxC = 0;
  rows.forEach((r, ri) => {
    r.forEach((c, ci) => {
      if (c === null || c === undefined || c === '') return;
      const addr = XLSX.utils.encode_cell({ r: ri, c: ci });
      ws[addr] = typeof c === 'object' ? { ...c } : typeof c === 'number' ? { t: 'n', v: c } : { t: 's', v: String(c) };
      maxC = Math.max(maxC, ci);
    });
  });
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length - 1, c: maxC } });
  if (colWidths) ws['!cols'] = colWidths.map((w) => ({ wch: w }));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  const fixed = new Date(Date.UTC(2026, 0, 1, 0, 0, 0));
  wb.Props = { Title: sheetName, Author: 'bankfeed corpus', CreatedDate: fixed, ModifiedDate: fixed };
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
}

export function cmpRows(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
