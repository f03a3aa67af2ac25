// holdout31 — shared helpers of the generator: PRNG, money in minor units, working days, date writings, CSV and XLSX
// writers, Prettier JSON and the mechanical "evidence" a row's cells carry. The validator has its own copies.
import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import * as prettier from 'prettier';

// ---------------------------------------------------------------------------------------------------------------
// PRNG: splitmix32 seeds sfc32.
function splitmix32(a) {
  return () => {
    a |= 0;
    a = (a + 0x9e3779b9) | 0;
    let t = a ^ (a >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    return (t ^ (t >>> 15)) >>> 0;
  };
}

export function rngOf(seed) {
  const sm = splitmix32(seed);
  let a = sm(),
    b = sm(),
    c = sm(),
    d = sm();
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  const r = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
    digits: (n) => {
      let s = '';
      for (let i = 0; i < n; i++) s += String(Math.floor(next() * 10));
      return s;
    },
    /** a money amount in minor units between lo and hi major units, rounded to `step` major units */
    money: (lo, hi, step = 1) => {
      const steps = Math.floor((hi - lo) / step);
      return (lo + r.int(0, steps) * step) * 100;
    },
    /** an amount with cents, between lo and hi major units */
    cents: (lo, hi) => r.int(lo * 100, hi * 100),
    shuffle: (arr) => {
      const a = arr.slice();
      for (let i = a.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [a[i], a[j]] = [a[j], a[i]];
      }
      return a;
    },
  };
  return r;
}

// ---------------------------------------------------------------------------------------------------------------
// Money: integer minor units only; the decimal string is built from digits.
export function major(minor) {
  if (!Number.isSafeInteger(minor)) throw new Error(`not an integer amount: ${minor}`);
  const neg = minor < 0;
  const abs = Math.abs(minor);
  const s = `${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
  return neg ? `-${s}` : s;
}

/** 1250000 minor → "12,500.00" (unsigned; callers add the sign they need) */
export function grouped(minor) {
  const [int, frac] = major(Math.abs(minor)).split('.');
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
}

/** percentage of an amount in minor units, rounded half up: pct given as [numerator, denominator] */
export function share(minor, num, den) {
  return Math.floor((minor * num * 2 + den) / (den * 2));
}

// ---------------------------------------------------------------------------------------------------------------
// Dates: ISO strings, UTC arithmetic only.
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const MONTHS = MON;
export const MONTH_NAMES = [
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

export function addDays(iso, n) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
export const weekday = (iso) => new Date(`${iso}T00:00:00Z`).getUTCDay();
export function workingDays(from, to, holidays) {
  const out = [];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const w = weekday(d);
    if (w !== 0 && w !== 6 && !holidays.includes(d)) out.push(d);
  }
  return out;
}
const [y, m, d] = [(s) => s.slice(0, 4), (s) => s.slice(5, 7), (s) => s.slice(8, 10)];
export const dmySlash = (iso) => `${d(iso)}/${m(iso)}/${y(iso)}`;
export const dmyDash = (iso) => `${d(iso)}-${m(iso)}-${y(iso)}`;
export const ymdSlash = (iso) => `${y(iso)}/${m(iso)}/${d(iso)}`;
export const dMonY = (iso) => `${d(iso)}-${MON[Number(m(iso)) - 1]}-${y(iso)}`;
export const dMonYSpace = (iso) => `${d(iso)} ${MON[Number(m(iso)) - 1]} ${y(iso)}`;
export const monUpper = (iso) => MON[Number(m(iso)) - 1].toUpperCase();
export const monthName = (iso) => MONTH_NAMES[Number(m(iso)) - 1];
/** Excel serial day number (1900 system) of an ISO date */
export function serialOf(iso) {
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86400000);
}

// ---------------------------------------------------------------------------------------------------------------
// Files.
function csvCell(v, quoteAll) {
  const s = v === null || v === undefined ? '' : String(v);
  if (quoteAll || /[",\r\n;]/.test(s)) return `"${s.replace(/"/g, '""')}"`;
  return s;
}
/** CSV text: CRLF line ends, optional BOM, optional quoting of every non-empty cell, any delimiter */
export function csvText(rows, { bom = false, quoteAll = false, delimiter = ',' } = {}) {
  const body = rows
    .map((r) => r.map((c) => (c === '' || c === null ? '' : csvCell(c, quoteAll))).join(delimiter))
    .join('\r\n');
  return (bom ? '\ufeff' : '') + body + '\r\n';
}

/**
 * An XLSX workbook as bytes. Cells: strings, numbers, `{ date: iso, fmt }` (a real date cell) or
 * `{ num: minor, fmt }` (money from minor units), null for empty. The document date is fixed so the bytes repeat.
 */
export function xlsxBytes(sheets, { created }) {
  const wb = XLSX.utils.book_new();
  for (const { name, rows, widths } of sheets) {
    const ws = {};
    let maxC = 0;
    rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (cell === null || cell === undefined || cell === '') return;
        maxC = Math.max(maxC, c);
        const addr = XLSX.utils.encode_cell({ r, c });
        if (typeof cell === 'string') ws[addr] = { t: 's', v: cell };
        else if (typeof cell === 'number') ws[addr] = { t: 'n', v: cell };
        else if (cell.date) ws[addr] = { t: 'n', v: serialOf(cell.date), z: cell.fmt ?? 'dd/mm/yyyy' };
        else if (cell.num !== undefined)
          ws[addr] = { t: 'n', v: Number(major(cell.num)), z: cell.fmt ?? '#,##0.00;-#,##0.00' };
        else throw new Error(`bad cell ${JSON.stringify(cell)}`);
      });
    });
    ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length - 1, c: maxC } });
    if (widths) ws['!cols'] = widths.map((wch) => ({ wch }));
    XLSX.utils.book_append_sheet(wb, ws, name);
  }
  wb.Props = { Title: sheets[0].name, Author: 'bankfeed holdout31', CreatedDate: new Date(`${created}T08:00:00Z`) };
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
}

let prettierOptions;
export async function prettyJson(obj) {
  if (!prettierOptions) {
    const rc = JSON.parse(readFileSync(new URL('../../../.prettierrc.json', import.meta.url), 'utf8'));
    prettierOptions = { ...rc, parser: 'json' };
  }
  return prettier.format(JSON.stringify(obj), prettierOptions);
}

// ---------------------------------------------------------------------------------------------------------------
// Evidence: what the cells mechanically carry (the validator recomputes it with its own copy of these rules).
const YEAR = /^20[0-3]\d$/;
/** number tokens of a text: runs of 3+ digits (leading zeros dropped), runs joined over one - / . or space,
 * four-digit years alone left out, and a long token opening with a year also without that year */
export function numberTokens(text) {
  const out = new Set();
  const add = (t) => {
    const s = t.replace(/^0+/, '');
    if (s.length >= 3 && !YEAR.test(t)) out.add(s);
    if (/^20[0-3]\d\d{3,}$/.test(t)) {
      const rest = t.slice(4).replace(/^0+/, '');
      if (rest.length >= 3) out.add(rest);
    }
  };
  for (const mt of String(text ?? '').matchAll(/\d+(?:[-/. ]\d+)*/g)) {
    const parts = mt[0].split(/[-/. ]/);
    for (const p of parts) add(p);
    if (parts.length > 1) add(parts.join(''));
  }
  return out;
}
export const STOP = new Set(
  (
    'LIMITED LTD PLC PTY COMPANY NIGERIA GHANA KENYA AFRICA SOUTH PAYMENT PAYMENTS RECEIPT RECEIVED INVOICE ' +
    'INVOICES TRANSFER FROM BEING WITH THAT THIS SALES SUPPLY SUPPLIES CHARGE CHARGES BANK ACCOUNT MOBILE ' +
    'INWARD OUTWARD CREDIT DEBIT ONLINE INSTANT FUNDS TRANSFERS REF REFERENCE NUMBER ' +
    'JANUARY FEBRUARY MARCH APRIL JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER DECEMBER ' +
    'SEPT PART BALANCE FULL SETTLEMENT CUSTOMER SUPPLIER VENDOR CASH LESS AGAINST'
  ).split(' '),
);
export function nameWords(text) {
  return new Set(
    (
      String(text ?? '')
        .toUpperCase()
        .match(/[A-Z]{4,}/g) ?? []
    ).filter((w) => !STOP.has(w)),
  );
}
/** reference | counterparty | amount for a bank line's cells against its book rows' cells */
export function evidenceOf(bankCells, bookCellsList) {
  const bt = numberTokens(bankCells.join(' '));
  const bw = nameWords(bankCells.join(' '));
  let best = 'amount';
  for (const cells of bookCellsList) {
    const lt = numberTokens(cells.join(' '));
    for (const t of lt) if (bt.has(t)) return 'reference';
    for (const w of nameWords(cells.join(' '))) if (bw.has(w)) best = 'counterparty';
  }
  return best;
}
