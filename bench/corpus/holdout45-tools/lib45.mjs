// Shared pieces of the holdout45 generator: PRNG, money in integer minor units, dates, CSV/XLSX writing, the
// evidence rule. The validator restates what it needs on its own and imports nothing from here.
import { writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import * as XLSX from 'xlsx';

/** mulberry32: small, seedable, the same on every machine. */
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
    pick: (xs) => xs[Math.floor(next() * xs.length)],
    /** n digits, the first never 0–2 (so a number never reads as a year or loses leading zeros) */
    digits: (n) => {
      let s = String(int(3, 9));
      while (s.length < n) s += String(int(0, 9));
      return s;
    },
    /** a major-unit amount between lo and hi in steps of `step` major units, returned in minor units */
    major: (lo, hi, step = 1) => int(Math.ceil(lo / step), Math.floor(hi / step)) * step * 100,
  };
}

/** minor units → "-1234.56" */
export function dec(minor) {
  const neg = minor < 0;
  const m = Math.abs(minor);
  const s = `${Math.floor(m / 100)}.${String(m % 100).padStart(2, '0')}`;
  return neg ? `-${s}` : s;
}

/** minor units → "1,234.56" (unsigned) */
export function grouped(minor, sep = ',') {
  const m = Math.abs(minor);
  const int = String(Math.floor(m / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return `${int}.${String(m % 100).padStart(2, '0')}`;
}

/** basis points of an amount, rounded half up, in minor units */
export const bp = (minor, points) => Math.floor((minor * points + 5000) / 10000);

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const parts = (iso) => iso.split('-').map(Number);
export const pad = (n) => String(n).padStart(2, '0');
export function addDays(iso, n) {
  const [y, m, d] = parts(iso);
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}
export const weekday = (iso) => {
  const [y, m, d] = parts(iso);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
};
export const isWorkingDay = (iso, holidays = []) => ![0, 6].includes(weekday(iso)) && !holidays.includes(iso);
export function workingDays(year, month, holidays = []) {
  const out = [];
  for (let d = 1; d <= 31; d++) {
    const iso = `${year}-${pad(month)}-${pad(d)}`;
    if (parts(addDays(iso, 0))[1] !== month) break;
    if (isWorkingDay(iso, holidays)) out.push(iso);
  }
  return out;
}
export const fmt = {
  dmy: (iso) => {
    const [y, m, d] = parts(iso);
    return `${pad(d)}/${pad(m)}/${y}`;
  },
  dMonY: (iso) => {
    const [y, m, d] = parts(iso);
    return `${pad(d)}-${MON[m - 1]}-${y}`;
  },
  ymd: (iso) => iso,
  compact: (iso) => iso.replaceAll('-', ''),
};
/** spreadsheet serial of a date (1900 system) */
export const serial = (iso) => {
  const [y, m, d] = parts(iso);
  return Date.UTC(y, m - 1, d) / 86400000 + 25569;
};

/** CSV with CRLF, quoting only cells that need it */
export function writeCsv(path, rows) {
  const cell = (v) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  writeFileSync(path, rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n');
}

/**
 * XLSX from rows of cells: a cell is a string, a number, null, or { date: iso, z } / { num: minor } (money written as
 * a spreadsheet does: the minor value ÷ 100 with a number format).
 */
export function writeXlsx(path, sheetName, rows, widths) {
  const ws = {};
  let maxC = 0;
  rows.forEach((r, ri) => {
    r.forEach((v, ci) => {
      if (v === null || v === undefined || v === '') return;
      const addr = XLSX.utils.encode_cell({ r: ri, c: ci });
      if (typeof v === 'object' && 'date' in v) ws[addr] = { t: 'n', v: serial(v.date), z: v.z ?? 'dd/mm/yyyy' };
      else if (typeof v === 'object' && 'num' in v) ws[addr] = { t: 'n', v: v.num / 100, z: '#,##0.00' };
      else if (typeof v === 'number') ws[addr] = { t: 'n', v };
      else ws[addr] = { t: 's', v: String(v) };
      maxC = Math.max(maxC, ci);
    });
  });
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length - 1, c: maxC } });
  if (widths) ws['!cols'] = widths.map((wch) => ({ wch }));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  wb.Props = { CreatedDate: new Date(Date.UTC(2031, 0, 5, 9, 0, 0)), Author: 'holdout45' };
  writeFileSync(path, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }));
}

export async function writeJson(path, value) {
  const text = await prettier.format(JSON.stringify(value), {
    parser: 'json',
    singleQuote: true,
    printWidth: 120,
    trailingComma: 'all',
  });
  writeFileSync(path, text);
}

// ---- the evidence rule (what the mapped cells mechanically share) ----
const GENERIC = new Set(
  `TRANSFER TRANSFERS TRF FROM PAYMENT PAYMENTS PMNT RECEIPT RECEIPTS BANK LIMITED INVOICE INVOICES DEPOSIT DEPOSITS
  CREDIT DEBIT CHARGE CHARGES FEES LEVY REVERSAL REVERSED BEING SETTLEMENT SETTLE ACCOUNT ACCT BALANCE CASH CHEQUE
  ONLINE MOBILE INWARD OUTWARD FUNDS BULK BATCH WITH THIS THAT FOR THE AND PLUS LESS PART FULL FINAL REFUND PAID PAYEE
  PAYER PREMIUM PREMIUMS POLICY CLIENT CLIENTS MONTH MONTHLY WEEK WEEKLY JANUARY FEBRUARY MARCH APRIL JUNE JULY AUGUST
  SEPTEMBER OCTOBER NOVEMBER DECEMBER SEPT SERVICE SERVICES DUTY DUTIES SALES SALE VEHICLE VEHICLES WORKSHOP REPAIR
  REPAIRS PARTS TAKINGS CARD CARDS ORDER ORDERS AGENCY LOAN LOANS SALARY SALARIES WAGES WAGE STAFF REMITTANCE REMIT
  TRADING SOLUTIONS ENTERPRISES ENTERPRISE GROUP COMPANY HOLDINGS INTERNATIONAL NIGERIA GHANA KENYA AFRICA SOUTH
  LAGOS ACCRA MOMBASA PRETORIA CENTURION NAIROBI COMMISSION CLAIM CLAIMS NOTE NOTES DEBITNOTE JOB JOBS FILE CONTAINER
  CUSTOMS PORT FREIGHT CLEARING GUARDING GUARDS SECURITY SITE SITES RELIEF SHIFT SHIFTS OVERTIME EXCESS STATEMENT BORDEREAU
  PROFORMA TRANSPORT TRIP IMMEDIATE PAYSHAP INSTANT DIRECT NAEDO COLLECTION COLLECTIONS UNPAID RETURNED MOTOR MOTORS
  INSURANCE ASSURANCE INSURERS BROKERS BROKER GENERAL`.split(/\s+/),
);
export function tokens(cells) {
  const text = cells
    .filter(Boolean)
    .join(' ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase();
  const refs = new Set();
  const words = new Set();
  for (const run of text.match(/\d+/g) ?? []) {
    const n = run.replace(/^0+/, '');
    if (n.length < 3) continue;
    if (n.length === 4 && /^(19|20)/.test(n)) continue;
    refs.add(n);
  }
  for (const tok of text.split(/[^A-Z0-9]+/)) {
    if (tok.length >= 6 && /[A-Z]/.test(tok) && /\d/.test(tok)) refs.add(tok);
    if (/^[A-Z]{4,}$/.test(tok) && !GENERIC.has(tok)) words.add(tok);
  }
  return { refs, words };
}
export const shares = (a, b) => [...a].some((x) => b.has(x));
