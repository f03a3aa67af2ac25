// Helpers for make-holdout59.mjs: draws, money and date text, CSV/XLSX writers, the numbers a text carries.
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

export const digits = (rng, n) => Array.from({ length: n }, () => Math.floor(rng() * 10)).join('');

// ---- money: amounts are written by hand as decimal strings and held as integer minor units ----

export function toMinor(s) {
  if (!/^-?\d+\.\d{2}$/.test(s)) throw new Error(`amount "${s}" is not a decimal string with two decimals`);
  const neg = s.startsWith('-');
  const [i, f] = s.replace('-', '').split('.');
  const v = Number(i) * 100 + Number(f);
  return neg ? -v : v;
}

/** "-1470.85" from -147085 */
export function major(minor) {
  const neg = minor < 0;
  const a = Math.abs(minor);
  return `${neg ? '-' : ''}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}

/** "1,470.85" (unsigned, thousands separated) */
export function grouped(minor) {
  const a = Math.abs(minor);
  const i = String(Math.floor(a / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${i}.${String(a % 100).padStart(2, '0')}`;
}

// ---- dates: ISO strings, computed in UTC so the machine's zone never moves a day ----

const MON = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const parts = (iso) => iso.split('-').map(Number);
export const weekday = (iso) => {
  const [y, m, d] = parts(iso);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
};
export const dmy = (iso, sep = '/') => {
  const [y, m, d] = iso.split('-');
  return `${d}${sep}${m}${sep}${y}`;
};
export const mdy = (iso) => {
  const [y, m, d] = iso.split('-');
  return `${m}/${d}/${y}`;
};
export const ymd = (iso, sep = '/') => iso.split('-').join(sep);
/** 03-MAR-2008 */
export const dMonY = (iso) => {
  const [y, m, d] = parts(iso);
  return `${String(d).padStart(2, '0')}-${MON[m - 1]}-${y}`;
};
/** spreadsheet serial (1900 system) of a date */
export const serial = (iso) => {
  const [y, m, d] = parts(iso);
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;
};
export const isBusinessDay = (iso, holidays) => {
  const wd = weekday(iso);
  return wd !== 0 && wd !== 6 && !holidays.includes(iso);
};

// ---- writers ----

const needsQuote = (s) => /[",\r\n]/.test(s) || /^\s|\s$/.test(s);
export function csv(rows, eol = '\r\n') {
  return (
    rows
      .map((r) =>
        r
          .map((c) => {
            const s = c === null || c === undefined ? '' : String(c);
            return needsQuote(s) ? `"${s.replace(/"/g, '""')}"` : s;
          })
          .join(','),
      )
      .join(eol) + eol
  );
}

/**
 * One-sheet workbook from rows of cells. A cell is a string, null, or { n: number, z: format } for a number or a
 * date serial with its display format. Written without document properties, so the bytes depend on the rows only.
 */
export function xlsx(sheetName, rows, colWidths) {
  const ws = {};
  let maxC = 0;
  rows.forEach((r, ri) => {
    r.forEach((c, ci) => {
      if (c === null || c === undefined || c === '') return;
      const addr = XLSX.utils.encode_cell({ r: ri, c: ci });
      ws[addr] = typeof c === 'object' ? { t: 'n', v: c.n, z: c.z } : { t: 's', v: String(c) };
      maxC = Math.max(maxC, ci);
    });
  });
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length - 1, c: maxC } });
  if (colWidths) ws['!cols'] = colWidths.map((wch) => ({ wch }));
  const wb = { SheetNames: [sheetName], Sheets: { [sheetName]: ws } };
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
}

// ---- the numbers a text carries ----

const isYear = (s) => /^(19[89]\d|20[01]\d)$/.test(s);

/**
 * Numbers of three digits or more a reader could take as a reference: each digit run with its leading zeros removed,
 * and runs joined across the separators people write inside numbers ("2008-0417", "EH 2008 0231", "0411-230-877").
 * A year standing alone ("MAR 2008") is no reference.
 */
export function numbersIn(text) {
  const out = new Set();
  const add = (s) => {
    const t = s.replace(/^0+/, '');
    if (t.length >= 3 && !isYear(s)) out.add(t);
  };
  for (const m of text.matchAll(/\d+/g)) add(m[0]);
  for (const m of text.matchAll(/\d+(?:[-/. ]\d+)+/g)) add(m[0].replace(/[-/. ]/g, ''));
  return out;
}
