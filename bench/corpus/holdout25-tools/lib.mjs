// Shared helpers of the holdout25 generator: a seeded PRNG, integer money, business dates, and writers for CSV,
// XLSX and JSON that give the same bytes for the same input (so a regeneration leaves the committed files as they are).
import * as XLSX from 'xlsx';
import * as prettier from 'prettier';

// ---------------------------------------------------------------- random

/** A small counter-based generator (splitmix32): cheap, seedable, and the same sequence on every platform. */
export function makeRng(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return ((z ^ (z >>> 16)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (arr) => arr[Math.floor(next() * arr.length)];
  const shuffle = (arr) => {
    const out = [...arr];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
  const digits = (n) => Array.from({ length: n }, () => String(int(0, 9))).join('');
  // an identifier's number never starts with 0, so that it keeps all its digits however it is written
  const num = (n) => String(int(1, 9)) + digits(n - 1);
  return { next, int, pick, shuffle, digits, num, chance: (p) => next() < p };
}

// ---------------------------------------------------------------- money (integer minor units throughout)

/** "-1234.56" from -123456. */
export function dec(minor) {
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** "1,234.56" (always unsigned: callers put the sign where the layout wants it). */
export function commas(minor) {
  const abs = Math.abs(minor);
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${whole}.${String(abs % 100).padStart(2, '0')}`;
}

/** The spreadsheet number of an amount, taken from its decimal text so that no float arithmetic enters. */
export const num = (minor) => Number(dec(minor));

/** round(minor × numerator / denominator), half away from zero, in integers. */
export function part(minor, numerator, denominator) {
  const sign = minor < 0 ? -1 : 1;
  const abs = Math.abs(minor) * numerator;
  return sign * Math.floor((abs + Math.floor(denominator / 2)) / denominator);
}

/** "1 234,56"-free parse of the generator's own decimal text back to minor units (used by checks). */
export function minorOf(text) {
  const m = /^(-)?(\d+)\.(\d{2})$/.exec(String(text).replace(/,/g, ''));
  if (!m) throw new Error(`not a two-decimal amount: ${text}`);
  return (m[1] ? -1 : 1) * (Number(m[2]) * 100 + Number(m[3]));
}

// ---------------------------------------------------------------- dates (ISO strings, computed in UTC)

const DAY = 86400000;
const toMs = (iso) => Date.parse(`${iso}T00:00:00Z`);
const fromMs = (ms) => new Date(ms).toISOString().slice(0, 10);
export const addDays = (iso, n) => fromMs(toMs(iso) + n * DAY);
export const weekday = (iso) => new Date(toMs(iso)).getUTCDay();
export const daysBetween = (a, b) => Math.round((toMs(b) - toMs(a)) / DAY);
export const isWorking = (iso, holidays) => weekday(iso) !== 0 && weekday(iso) !== 6 && !holidays.includes(iso);

export function workingDays(from, to, holidays) {
  const out = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (isWorking(d, holidays)) out.push(d);
  return out;
}

/** The working day n working days after (n > 0) or before (n < 0) iso. */
export function shiftWorking(iso, n, holidays) {
  let d = iso;
  let left = Math.abs(n);
  while (left > 0) {
    d = addDays(d, n > 0 ? 1 : -1);
    if (isWorking(d, holidays)) left--;
  }
  return d;
}

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Formats an ISO date: tokens YYYY, YY, MMM (Jan), MON (JAN), MM, DD. */
export function fmtDate(iso, pattern) {
  const [y, m, d] = iso.split('-');
  const mon = MON[Number(m) - 1];
  return pattern.replace(/YYYY|YY|MMM|MON|MM|DD/g, (t) =>
    t === 'YYYY'
      ? y
      : t === 'YY'
        ? y.slice(2)
        : t === 'MMM'
          ? mon
          : t === 'MON'
            ? mon.toUpperCase()
            : t === 'MM'
              ? m
              : d,
  );
}
export const monthName = (iso) => MON[Number(iso.slice(5, 7)) - 1];

/** The spreadsheet serial of a date (1900 system, as Excel writes it). */
export const excelSerial = (iso) => Math.round((toMs(iso) - Date.UTC(1899, 11, 30)) / DAY);

// ---------------------------------------------------------------- writers

/** CSV text: CRLF line ends, cells quoted when they hold a comma, quote or line end, or always when asked. */
export function csvText(rows, { quoteAll = false, bom = false } = {}) {
  const cell = (v) => {
    const s = v === null || v === undefined ? '' : String(v);
    return quoteAll || /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return (bom ? '\ufeff' : '') + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/**
 * An XLSX workbook of one or more sheets. A cell is a string, a number, null (empty), or an object: { date: iso,
 * z } for a real date cell, { n: minor, z } for money. Document dates are fixed so that the bytes do not change.
 */
export function xlsxBuffer(sheets, { created }) {
  const wb = XLSX.utils.book_new();
  for (const { name, rows, widths } of sheets) {
    const ws = {};
    let maxC = 0;
    rows.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v === null || v === undefined || v === '') return;
        const addr = XLSX.utils.encode_cell({ r, c });
        if (typeof v === 'string') ws[addr] = { t: 's', v };
        else if (typeof v === 'number') ws[addr] = { t: 'n', v };
        else if (v.date) ws[addr] = { t: 'n', v: excelSerial(v.date), z: v.z ?? 'dd/mm/yyyy' };
        else if (v.n !== undefined) ws[addr] = { t: 'n', v: num(v.n), z: v.z ?? '#,##0.00' };
        else throw new Error(`bad cell ${JSON.stringify(v)}`);
        maxC = Math.max(maxC, c);
      });
    });
    ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(rows.length - 1, 0), c: maxC } });
    if (widths) ws['!cols'] = widths.map((wch) => ({ wch }));
    XLSX.utils.book_append_sheet(wb, ws, name);
  }
  const at = new Date(`${created}Z`);
  wb.Props = { CreatedDate: at, ModifiedDate: at };
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
}

let prettierOptions;
/** JSON formatted as the repository's Prettier settings format it, so `prettier --check` passes on the output. */
export async function prettyJson(value, fileForConfig) {
  prettierOptions ??= (await prettier.resolveConfig(fileForConfig)) ?? {};
  return prettier.format(JSON.stringify(value), { ...prettierOptions, parser: 'json' });
}
