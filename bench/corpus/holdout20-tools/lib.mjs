// holdout20 — shared helpers: seeded PRNG, money and dates, CSV and XLSX writers.
import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from 'xlsx';

export const DEFAULT_SEED = 20262020;

export function seedFromEnv() {
  const raw = process.env.BANKFEED_CORPUS_SEED;
  if (raw === undefined || raw === '') return DEFAULT_SEED;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`BANKFEED_CORPUS_SEED must be a non-negative integer, got ${raw}`);
  return n;
}

/** mulberry32: a small, fast, well-mixed 32-bit PRNG. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function makeRng(seed) {
  const next = mulberry32(seed);
  const rng = {
    next,
    int(lo, hi) {
      return lo + Math.floor(next() * (hi - lo + 1));
    },
    pick(list) {
      return list[Math.floor(next() * list.length)];
    },
    chance(p) {
      return next() < p;
    },
    shuffle(list) {
      const out = list.slice();
      for (let i = out.length - 1; i > 0; i -= 1) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
    digits(n) {
      let s = '';
      for (let i = 0; i < n; i += 1) s += String(Math.floor(next() * 10));
      return s;
    },
    /** an amount in minor units between lo and hi major units; `round` = multiple of that many major units */
    amount(lo, hi, round = 0) {
      if (round > 0) return rng.int(Math.ceil(lo / round), Math.floor(hi / round)) * round * 100;
      return rng.int(lo * 100, hi * 100);
    },
  };
  return rng;
}

// ---------------------------------------------------------------- money (integer minor units)

/** 123456 → "1234.56"; -5 → "-0.05" */
export function dec(minor) {
  const neg = minor < 0;
  const abs = Math.abs(minor);
  const s = `${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
  return neg ? `-${s}` : s;
}

/** 123456 → "1,234.56" (magnitude) */
export function grouped(minor, sep = ',') {
  const abs = Math.abs(minor);
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return `${whole}.${String(abs % 100).padStart(2, '0')}`;
}

/** the spreadsheet number for a minor amount (exact to the cent when read back to 15 digits) */
export function num(minor) {
  return Number(dec(minor));
}

export function pct(minor, percent) {
  return Math.round((minor * percent) / 100);
}

// ---------------------------------------------------------------- dates (ISO strings, UTC arithmetic)

export function iso(y, m, d) {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function addDays(isoDate, n) {
  const t = Date.UTC(+isoDate.slice(0, 4), +isoDate.slice(5, 7) - 1, +isoDate.slice(8, 10)) + n * 86400000;
  return new Date(t).toISOString().slice(0, 10);
}

export function daysInMonth(y, m) {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function weekday(isoDate) {
  return new Date(`${isoDate}T00:00:00Z`).getUTCDay(); // 0 Sunday
}

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const monthAbbr = (m) => MON[m - 1];

export function fmtDate(isoDate, style) {
  const y = isoDate.slice(0, 4);
  const m = isoDate.slice(5, 7);
  const d = isoDate.slice(8, 10);
  switch (style) {
    case 'DMY/':
      return `${d}/${m}/${y}`;
    case 'MDY/':
      return `${m}/${d}/${y}`;
    case 'D-Mon-Y':
      return `${d}-${MON[+m - 1]}-${y}`;
    case 'D Mon Y':
      return `${d} ${MON[+m - 1]} ${y}`;
    case 'ISO':
      return isoDate;
    case 'Y/M/D':
      return `${y}/${m}/${d}`;
    default:
      throw new Error(`unknown date style ${style}`);
  }
}

/** a Date for an XLSX date cell (UTC midnight; written with a fixed 1900 serial) */
export function cellDate(isoDate) {
  return new Date(`${isoDate}T00:00:00Z`);
}

// ---------------------------------------------------------------- writers

function csvCell(v) {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** rows: arrays of cells; CRLF line ends (as Windows exports write them) unless eol given */
export function writeCsv(file, rows, { eol = '\r\n', bom = false } = {}) {
  const text = rows.map((r) => r.map(csvCell).join(',')).join(eol) + eol;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, (bom ? '\ufeff' : '') + text);
}

/**
 * rows: arrays of cells; a cell may be { d: 'YYYY-MM-DD', z: 'dd/mm/yyyy' } (a real date cell),
 * { n: number, z: '#,##0.00' } (a formatted number) or a plain string/number/null.
 */
export function writeXlsx(file, sheetName, rows, { cols, fixedDate = '2026-01-01T00:00:00Z' } = {}) {
  const ws = {};
  let maxC = 0;
  rows.forEach((r, ri) => {
    r.forEach((v, ci) => {
      if (v === null || v === undefined || v === '') return;
      const addr = XLSX.utils.encode_cell({ r: ri, c: ci });
      if (typeof v === 'object' && 'd' in v) {
        // 1900 date system serial of the calendar day
        const serial = Date.UTC(+v.d.slice(0, 4), +v.d.slice(5, 7) - 1, +v.d.slice(8, 10)) / 86400000 + 25569;
        ws[addr] = { t: 'n', v: serial, z: v.z ?? 'dd/mm/yyyy' };
      } else if (typeof v === 'object' && 'n' in v) {
        ws[addr] = { t: 'n', v: v.n, z: v.z ?? '#,##0.00' };
      } else if (typeof v === 'number') {
        ws[addr] = { t: 'n', v };
      } else {
        ws[addr] = { t: 's', v: String(v) };
      }
      maxC = Math.max(maxC, ci);
    });
  });
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(rows.length - 1, 0), c: maxC } });
  if (cols) ws['!cols'] = cols.map((wch) => ({ wch }));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  const when = new Date(fixedDate);
  wb.Props = { Title: sheetName, Author: 'bankfeed corpus', CreatedDate: when, ModifiedDate: when };
  const buf = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, buf);
}

export function writeJson(file, value) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}
