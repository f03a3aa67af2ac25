// Helpers for make-holdout58.mjs: seeded draws, money in integer minor units, date text, CSV/XLSX writers.
import { writeFileSync } from 'node:fs';
import XLSX from 'xlsx';

/** mulberry32: a small seeded generator, so the same seed writes the same bytes. */
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
export const digits = (rnd, n) => Array.from({ length: n }, () => Math.floor(rnd() * 10)).join('');

/** "-1,234.50" or "1234.50" → minor units; refuses more than two decimals (money is never a float). */
export function minor(s) {
  const m = /^(-?)(\d+)(?:\.(\d{2}))?$/.exec(s.replace(/,/g, ''));
  if (!m) throw new Error(`bad amount ${s}`);
  const v = Number(m[2]) * 100 + Number(m[3] ?? '0');
  return m[1] ? -v : v;
}
/** minor units → "1234.50" (signed). */
export function major(v) {
  const sign = v < 0 ? '-' : '';
  const a = Math.abs(v);
  return `${sign}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}
/** minor units (magnitude) → "1,234.50". */
export function grouped(v) {
  const a = Math.abs(v);
  const whole = String(Math.floor(a / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${whole}.${String(a % 100).padStart(2, '0')}`;
}

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const parts = (iso) => iso.split('-').map(Number);
export const dmy = (iso) => {
  const [y, m, d] = parts(iso);
  return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
};
export const dMonY = (iso) => {
  const [y, m, d] = parts(iso);
  return `${String(d).padStart(2, '0')}-${MON[m - 1]}-${y}`;
};
export const mdyShort = (iso) => {
  const [y, m, d] = parts(iso);
  return `${m}/${d}/${y}`;
};
export const mdy = (iso) => {
  const [y, m, d] = parts(iso);
  return `${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}/${y}`;
};
export const dotted = (iso) => {
  const [y, m, d] = parts(iso);
  return `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`;
};
/** Spreadsheet serial (1900 system) of a business date, computed in UTC so no time zone moves it. */
export const serial = (iso) => {
  const [y, m, d] = parts(iso);
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
};
export const weekday = (iso) => {
  const [y, m, d] = parts(iso);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
};

const cell = (v) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
export function writeCsv(path, rows, eol = '\r\n') {
  writeFileSync(path, rows.map((r) => r.map(cell).join(',')).join(eol) + eol);
}

/** rows of plain values or { t, v, z } cells → one-sheet workbook with fixed properties (same bytes each run). */
export function writeXlsx(path, sheetName, rows) {
  const ws = {};
  let maxC = 0;
  rows.forEach((r, ri) => {
    r.forEach((v, ci) => {
      if (v === null || v === undefined || v === '') return;
      const c = typeof v === 'object' ? v : typeof v === 'number' ? { t: 'n', v } : { t: 's', v: String(v) };
      ws[XLSX.utils.encode_cell({ r: ri, c: ci })] = c;
      maxC = Math.max(maxC, ci);
    });
  });
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length - 1, c: maxC } });
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  wb.Props = { CreatedDate: new Date(Date.UTC(2009, 11, 1)), ModifiedDate: new Date(Date.UTC(2009, 11, 1)) };
  const buf = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
  writeFileSync(path, buf);
}

/** Numbers of three digits or more a text carries, leading zeros aside, separators removed. */
export function numbersIn(text) {
  const out = new Set();
  for (const m of String(text).matchAll(/\d[\d\s/-]*\d|\d/g)) {
    for (const piece of [m[0].replace(/[\s/-]/g, ''), ...m[0].split(/[\s/-]+/)]) {
      const n = piece.replace(/^0+/, '');
      if (n.length >= 3) out.add(n);
    }
  }
  return out;
}
