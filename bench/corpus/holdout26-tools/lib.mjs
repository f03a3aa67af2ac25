// Shared helpers of the holdout26 generator: a seeded PRNG, integer money, business dates, CSV/XLSX/JSON writers.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as prettier from 'prettier';
import XLSX from 'xlsx';

/** mulberry32: small, fast and the same on every platform (integer arithmetic only). */
export function makeRng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (xs) => xs[Math.floor(next() * xs.length)];
  const shuffle = (xs) => {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
  return { next, int, pick, shuffle };
}

// ---- money: integers of minor units (2 decimals for NGN, GHS, KES, ZAR) ----

/** "-1234.50" from -123450. */
export function dec(minor) {
  const neg = minor < 0;
  const abs = Math.abs(minor);
  const s = `${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
  return neg ? `-${s}` : s;
}

/** "1,234.50" from 123450 (magnitude). */
export function commas(minor) {
  const [w, f] = dec(Math.abs(minor)).split('.');
  return `${w.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${f}`;
}

/** a share of an amount, rounded half up, in integers: part(x, 75, 1000) = 7.5 % of x. */
export function part(minor, num, den) {
  return Math.floor((minor * num * 2 + den) / (den * 2));
}

/** A spreadsheet number cell from the integer's decimal text (never float arithmetic on money). */
export function num(minor) {
  return Number(dec(minor));
}

// ---- dates (ISO strings, UTC arithmetic) ----

export const iso = (y, m, d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
export const parts = (s) => s.split('-').map(Number);
export function addDays(s, n) {
  const [y, m, d] = parts(s);
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}
export const weekday = (s) => {
  const [y, m, d] = parts(s);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
};
export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const MONTHS_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The business calendar of one month: working days (no weekends, no holidays). */
export function calendar(year, month, holidays) {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const all = [];
  for (let d = 1; d <= last; d++) all.push(iso(year, month, d));
  const isWorking = (s) => weekday(s) !== 0 && weekday(s) !== 6 && !holidays.includes(s);
  const working = all.filter(isWorking);
  const prevWorking = (s, n = 1) => {
    let t = s;
    for (let k = 0; k < n;) {
      t = addDays(t, -1);
      if (isWorking(t)) k++;
    }
    return t;
  };
  const nextWorking = (s, n = 1) => {
    let t = s;
    for (let k = 0; k < n;) {
      t = addDays(t, 1);
      if (isWorking(t)) k++;
    }
    return t;
  };
  return { from: all[0], to: all[all.length - 1], working, isWorking, prevWorking, nextWorking };
}

/** Date cell for XLSX: a UTC midnight Date (SheetJS writes it as a serial with the given format). */
export function dateCell(s) {
  const [y, m, d] = parts(s);
  return new Date(Date.UTC(y, m - 1, d));
}

// ---- writers ----

function ensureDir(path) {
  mkdirSync(dirname(path), { recursive: true });
}

/** CSV with CRLF, every cell quoted only when it needs it (or when `quoteAll`). */
export function writeCsv(path, rows, { quoteAll = false } = {}) {
  const cell = (v) => {
    const s = v === null || v === undefined ? '' : String(v);
    return quoteAll || /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  ensureDir(path);
  writeFileSync(path, rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n');
}

/**
 * XLSX of one sheet. `rows` cells: string, number, null, { d: 'YYYY-MM-DD', z: format } for a real date cell, or
 * { n: number, z: format } for a formatted number. A fixed document date keeps the bytes stable.
 */
export function writeXlsx(path, sheetName, rows, { colWidths = [] } = {}) {
  const ws = {};
  let maxC = 0;
  rows.forEach((r, ri) => {
    r.forEach((v, ci) => {
      if (v === null || v === undefined || v === '') return;
      const addr = XLSX.utils.encode_cell({ r: ri, c: ci });
      if (typeof v === 'number') ws[addr] = { t: 'n', v, z: '#,##0.00' };
      else if (typeof v === 'string') ws[addr] = { t: 's', v };
      else if (v.d) {
        const [y, m, d] = parts(v.d);
        // Excel serial of the day (1900 system), written as a number with a date format
        const serial = Date.UTC(y, m - 1, d) / 86400000 + 25569;
        ws[addr] = { t: 'n', v: serial, z: v.z ?? 'dd/mm/yyyy' };
      } else ws[addr] = { t: 'n', v: v.n, z: v.z ?? '#,##0.00' };
      maxC = Math.max(maxC, ci);
    });
  });
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length - 1, c: maxC } });
  if (colWidths.length) ws['!cols'] = colWidths.map((w) => ({ wch: w }));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  const fixed = new Date(Date.UTC(2026, 0, 15, 9, 0, 0));
  wb.Props = { Title: sheetName, Author: 'export', CreatedDate: fixed, ModifiedDate: fixed };
  ensureDir(path);
  writeFileSync(path, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }));
}

/** JSON as the repository's Prettier writes it, so `prettier --write` leaves the file as generated. */
export async function writeJson(path, value) {
  const text = await prettier.format(JSON.stringify(value), {
    parser: 'json',
    singleQuote: true,
    printWidth: 120,
    trailingComma: 'all',
  });
  ensureDir(path);
  writeFileSync(path, text);
}
