// Helpers of the holdout24 generator: a seeded PRNG, money in integer minor units, business dates, and the CSV,
// XLSX and JSON writers. Nothing here knows about a bank or a package.
import * as XLSX from 'xlsx';
import * as prettier from 'prettier';

/** mulberry32: small, fast and the same on every platform, so one seed always gives the same month. */
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
  return {
    next,
    int,
    pick: (arr) => arr[int(0, arr.length - 1)],
    shuffle: (arr) => {
      const out = [...arr];
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(0, i);
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
    digits: (n) => Array.from({ length: n }, () => String(int(0, 9))).join(''),
  };
}

// ---- money: integers of minor units (kobo, pesewas, cents) everywhere; text only at the edges ----

/** "-1234.56" — the reconcile JSON and truth writing. */
export function dec(minor) {
  if (!Number.isSafeInteger(minor)) throw new Error(`not an integer amount: ${minor}`);
  const neg = minor < 0;
  const abs = Math.abs(minor);
  const s = `${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
  return neg ? `-${s}` : s;
}

/** "1,234.56" (unsigned unless signed is asked for). */
export function commas(minor, { signed = false } = {}) {
  const neg = minor < 0;
  const [whole, frac] = dec(Math.abs(minor)).split('.');
  const w = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${signed && neg ? '-' : ''}${w}.${frac}`;
}

/** A spreadsheet number for an amount: the double nearest the decimal, built from the integer's text. */
export function cellNumber(minor) {
  return Number(dec(minor));
}

/** Rounded share of an amount: minor * num / den, half up, in integers only. */
export function share(minor, num, den) {
  const n = BigInt(minor) * BigInt(num);
  const d = BigInt(den);
  const q = n / d;
  const r = n % d;
  return Number(r * 2n >= d ? q + 1n : q);
}

// ---- business dates (YYYY-MM-DD strings, computed in UTC so no local zone can shift them) ----

const asDate = (iso) => new Date(`${iso}T00:00:00Z`);
const asIso = (d) => d.toISOString().slice(0, 10);
export const addDays = (iso, n) => asIso(new Date(asDate(iso).getTime() + n * 86400000));
export const weekday = (iso) => asDate(iso).getUTCDay(); // 0 Sunday … 6 Saturday
export function monthDays(month) {
  const out = [];
  for (let d = `${month}-01`; d.startsWith(month); d = addDays(d, 1)) out.push(d);
  return out;
}
export function workingDays(month, holidays = []) {
  return monthDays(month).filter((d) => weekday(d) !== 0 && weekday(d) !== 6 && !holidays.includes(d));
}
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const [y, m, d] = [(iso) => iso.slice(0, 4), (iso) => iso.slice(5, 7), (iso) => iso.slice(8, 10)];
export const dmySlash = (iso) => `${d(iso)}/${m(iso)}/${y(iso)}`;
export const dMonY = (iso, sep = '-') => `${d(iso)}${sep}${MON[Number(m(iso)) - 1]}${sep}${y(iso)}`;
export const dMONY = (iso) => dMonY(iso).toUpperCase();
export const monthName = (iso) => MON[Number(m(iso)) - 1];
export const longMonth = (iso) =>
  [
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
  ][Number(m(iso)) - 1];
/** Days since 1899-12-30: the spreadsheet serial of a date, an integer. */
export const serial = (iso) => Math.round((asDate(iso).getTime() - Date.UTC(1899, 11, 30)) / 86400000);

// ---- writers ----

/** CSV as spreadsheet programs write it: CRLF, a cell quoted only when it must be (or always, if asked). */
export function toCsv(rows, { delimiter = ',', quoteAll = false } = {}) {
  const cell = (v) => {
    const s = v === null || v === undefined ? '' : String(v);
    const must = s.includes(delimiter) || s.includes('"') || s.includes('\n') || s.includes('\r');
    return must || (quoteAll && s !== '') ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(cell).join(delimiter)).join('\r\n') + '\r\n';
}

/**
 * XLSX from arrays of cells. A cell is a string, a number, null, or { date: iso, z } (a real date cell, its serial)
 * or { n: number, z } (a formatted number). The document date is fixed so the same month gives the same bytes.
 */
export function toXlsx(sheets, { title }) {
  const wb = XLSX.utils.book_new();
  for (const { name, rows, widths } of sheets) {
    const ws = {};
    let maxC = 0;
    rows.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v === null || v === undefined || v === '') return;
        const ref = XLSX.utils.encode_cell({ r, c });
        if (typeof v === 'string') ws[ref] = { t: 's', v };
        else if (typeof v === 'number') ws[ref] = { t: 'n', v, z: '#,##0.00' };
        else if (v.date) ws[ref] = { t: 'n', v: serial(v.date), z: v.z ?? 'dd/mm/yyyy' };
        else ws[ref] = { t: 'n', v: v.n, z: v.z ?? 'General' };
        maxC = Math.max(maxC, c);
      });
    });
    ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length - 1, c: maxC } });
    if (widths) ws['!cols'] = widths.map((wch) => ({ wch }));
    XLSX.utils.book_append_sheet(wb, ws, name);
  }
  const fixed = new Date(Date.UTC(2025, 11, 1, 8, 0, 0));
  wb.Props = { Title: title, Author: 'bankfeed corpus', CreatedDate: fixed, ModifiedDate: fixed };
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
}

/** JSON formatted as the repository's Prettier settings would, so a later `prettier --write` changes nothing. */
export async function prettyJson(value) {
  return prettier.format(JSON.stringify(value), {
    parser: 'json',
    singleQuote: true,
    printWidth: 120,
    trailingComma: 'all',
  });
}

/** The month before, as "2025-08". */
export const prevMonth = (month) => addDays(`${month}-01`, -1).slice(0, 7);
/** "AUG 2025" style label of a month. */
export const monLabel = (month) => `${monthName(`${month}-01`).toUpperCase()} ${month.slice(0, 4)}`;
/** "250912" from "2025-09-12". */
export const yymmdd = (iso) => iso.slice(2).replace(/-/g, '');
