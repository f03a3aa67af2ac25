// Shared helpers for the holdout56 generator: seeded draws, money held as integer minor units, date text, CSV/XLSX.
import * as XLSX from 'xlsx';

/** mulberry32: small, seedable, the same stream on every platform. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
export const digits = (r, n) => Array.from({ length: n }, () => Math.floor(r() * 10)).join('');
export const letters = (r, n) =>
  Array.from({ length: n }, () => 'ABCDEFGHJKLMNPQRSTUVWXYZ'[Math.floor(r() * 24)]).join('');

/** "-1,386,000.00" → -138600000; money never goes through a float. */
export function minor(s) {
  const m = /^(-)?(\d+)(?:\.(\d{2}))?$/.exec(String(s).replace(/,/g, ''));
  if (!m) throw new Error(`bad amount ${s}`);
  const v = Number(m[2]) * 100 + Number(m[3] ?? 0);
  return m[1] ? -v : v;
}
/** minor units → "1234.50" (signed, no separators) */
export function major(v) {
  const s = v < 0 ? '-' : '';
  const a = Math.abs(v);
  return `${s}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}
/** minor units → "1,234.50" (unsigned, with a thousands separator) */
export function grouped(v, sep = ',', dec = '.') {
  const a = Math.abs(v);
  const int = String(Math.floor(a / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return `${int}${dec}${String(a % 100).padStart(2, '0')}`;
}

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const parts = (iso) => iso.split('-').map(Number);
export const dmy = (iso, sep = '/') => {
  const [y, m, d] = parts(iso);
  return `${String(d).padStart(2, '0')}${sep}${String(m).padStart(2, '0')}${sep}${y}`;
};
export const mdy = (iso) => {
  const [y, m, d] = parts(iso);
  return `${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}/${y}`;
};
export const dMonY = (iso, sep = '-') => {
  const [y, m, d] = parts(iso);
  return `${String(d).padStart(2, '0')}${sep}${MON[m - 1]}${sep}${y}`;
};
export const ymdSlash = (iso) => iso.replace(/-/g, '/');
export const weekday = (iso) => new Date(`${iso}T12:00:00Z`).getUTCDay();
export const addDays = (iso, n) => {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
/** Excel's 1900-system serial of a calendar date (no time zone involved). */
export const serial = (iso) => {
  const [y, m, d] = parts(iso);
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
};

const cell = (v, sep) => {
  const s = v === null || v === undefined ? '' : String(v);
  return s.includes(sep) || s.includes('"') || s.includes('\n') ? `"${s.replace(/"/g, '""')}"` : s;
};
/** rows of cells → CSV text (CRLF, as Windows exports are), optional BOM */
export function csv(rows, { sep = ',', bom = false, eol = '\r\n' } = {}) {
  return (bom ? '\ufeff' : '') + rows.map((r) => r.map((c) => cell(c, sep)).join(sep)).join(eol) + eol;
}

/**
 * rows of cells → an XLSX buffer. A cell given as { date: 'YYYY-MM-DD' } becomes a real date cell, { n, z } a number
 * with a format; strings and numbers are written as they are.
 */
export function xlsx(sheetName, rows, widths = []) {
  const ws = {};
  let maxC = 0;
  rows.forEach((r, ri) => {
    r.forEach((v, ci) => {
      if (v === null || v === undefined || v === '') return;
      const addr = XLSX.utils.encode_cell({ r: ri, c: ci });
      if (typeof v === 'object' && v.date) ws[addr] = { t: 'n', v: serial(v.date), z: 'dd/mm/yyyy' };
      else if (typeof v === 'object' && 'n' in v) ws[addr] = { t: 'n', v: v.n, z: v.z ?? '#,##0.00' };
      else if (typeof v === 'number') ws[addr] = { t: 'n', v };
      else ws[addr] = { t: 's', v: String(v) };
      maxC = Math.max(maxC, ci);
    });
  });
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length - 1, c: maxC } });
  ws['!cols'] = widths.map((wch) => ({ wch }));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
}
