// Shared helpers of the holdout23 generator: PRNG, money in integer minor units, dates, CSV/XLSX/JSON writers.
import { writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import * as XLSX from 'xlsx';

/** mulberry32: small, fast and the same on every platform, so a seed always gives the same month. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (xs) => xs[Math.floor(next() * xs.length)],
    chance: (p) => next() < p,
    shuffle: (xs) => {
      const out = [...xs];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
  };
}

/** "1234.50" from 123450 (signed). */
export function dec(minor) {
  const s = minor < 0 ? '-' : '';
  const a = Math.abs(minor);
  return `${s}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}

/** "1,234.50" from 123450 (unsigned magnitude). */
export function commas(minor) {
  const a = Math.abs(minor);
  const whole = String(Math.floor(a / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${whole}.${String(a % 100).padStart(2, '0')}`;
}

/** A spreadsheet number written from the integer, so 0.1 + 0.2 never creeps in. */
export function num(minor) {
  return Number(dec(minor));
}

/** Round half up to a whole minor unit. */
export function round(x) {
  return Math.round(x + 1e-9);
}

export const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function ymd(y, m, d) {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function parts(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return { y, m, d };
}

export function addDays(iso, n) {
  const { y, m, d } = parts(iso);
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return ymd(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

export function weekday(iso) {
  const { y, m, d } = parts(iso);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export function isWorkday(iso) {
  const w = weekday(iso);
  return w !== 0 && w !== 6;
}

/** The working day n working days before (n < 0) or after (n > 0) iso. */
export function workdays(iso, n) {
  let out = iso;
  const step = n < 0 ? -1 : 1;
  for (let i = 0; i < Math.abs(n); i++) {
    do out = addDays(out, step);
    while (!isWorkday(out));
  }
  return out;
}

export function daysInMonth(y, m) {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Excel serial of a date (1900 system), for real date cells. */
export function serial(iso) {
  const { y, m, d } = parts(iso);
  return Date.UTC(y, m - 1, d) / 86400000 + 25569;
}

function csvCell(v, quoteAll) {
  const s = v === null || v === undefined ? '' : String(v);
  if (quoteAll || /[",\r\n;]/.test(s)) return `"${s.replace(/"/g, '""')}"`;
  return s;
}

/** CSV with CRLF line ends; `sep` for the semicolon exports; `quoteAll` for exports that quote every cell. */
export function writeCsv(path, rows, { sep = ',', quoteAll = false } = {}) {
  const text = rows
    .map((r) => r.map((c) => (quoteAll && (c === '' || c === null) ? '' : csvCell(c, quoteAll))).join(sep))
    .join('\r\n');
  writeFileSync(path, `${text}\r\n`);
}

/**
 * XLSX from rows of cells: a cell is a string, a number, null, or { date: iso, fmt } / { n: number, fmt }.
 * The workbook's document properties carry a fixed date so the same seed gives the same bytes.
 */
export function writeXlsx(path, sheetName, rows, { widths } = {}) {
  const ws = {};
  let maxC = 0;
  rows.forEach((r, ri) => {
    r.forEach((c, ci) => {
      if (c === null || c === undefined || c === '') return;
      const addr = XLSX.utils.encode_cell({ r: ri, c: ci });
      if (typeof c === 'string') ws[addr] = { t: 's', v: c };
      else if (typeof c === 'number') ws[addr] = { t: 'n', v: c, z: '#,##0.00' };
      else if (c.date) ws[addr] = { t: 'n', v: serial(c.date), z: c.fmt ?? 'dd/mm/yyyy' };
      else ws[addr] = { t: 'n', v: c.n, z: c.fmt ?? '#,##0.00' };
      maxC = Math.max(maxC, ci);
    });
  });
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length - 1, c: maxC } });
  if (widths) ws['!cols'] = widths.map((w) => ({ wch: w }));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  wb.Props = { Title: sheetName, Author: 'export', CreatedDate: new Date(Date.UTC(2026, 0, 1)) };
  const buf = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
  writeFileSync(path, buf);
}

/** JSON formatted with the repository's Prettier settings, so `prettier --check` passes on regenerated files. */
export async function writeJson(path, value) {
  const options = (await prettier.resolveConfig(path)) ?? {};
  const text = await prettier.format(JSON.stringify(value), { ...options, filepath: path });
  writeFileSync(path, text);
}
