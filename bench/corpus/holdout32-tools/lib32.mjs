// holdout32 — shared helpers of the generator: PRNG, money in minor units, dates, CSV/XLSX writers, Prettier JSON and
// the mechanical evidence rule. Nothing here knows about the matching engine.
import * as XLSX from 'xlsx';
import * as prettier from 'prettier';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** sfc32 seeded through splitmix32: the same seed gives the same sequence on every platform. */
export function makeRng(seed) {
  let s = seed >>> 0;
  const split = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split(),
    b = split(),
    c = split(),
    d = split();
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) next();
  const rng = {
    u32: next,
    /** integer in [lo, hi] */
    int: (lo, hi) => lo + (next() % (hi - lo + 1)),
    pick: (arr) => arr[next() % arr.length],
    digits: (n) => {
      let out = String(1 + (next() % 9));
      while (out.length < n) out += String(next() % 10);
      return out;
    },
    shuffle: (arr) => {
      const a2 = arr.slice();
      for (let i = a2.length - 1; i > 0; i--) {
        const j = next() % (i + 1);
        [a2[i], a2[j]] = [a2[j], a2[i]];
      }
      return a2;
    },
  };
  return rng;
}

/** minor units → "1234.56" (signed, no grouping); digits only, never floating point. */
export function major(minor, decimals = 2) {
  if (!Number.isSafeInteger(minor)) throw new Error(`not an integer minor amount: ${minor}`);
  const neg = minor < 0;
  const s = String(Math.abs(minor)).padStart(decimals + 1, '0');
  return `${neg ? '-' : ''}${s.slice(0, s.length - decimals)}.${s.slice(s.length - decimals)}`;
}
/** minor units → "1,234.56" (unsigned magnitude, grouped) */
export function grouped(minor) {
  const [i, f] = major(Math.abs(minor)).split('.');
  return `${i.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${f}`;
}
/** minor units → a JS number for an XLSX numeric cell (exact: built from the decimal string). */
export function cellNumber(minor) {
  return Number(major(minor));
}

const MON = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
export const monthName = (m) => MON[m - 1];
export const pad2 = (n) => String(n).padStart(2, '0');
export const iso = (y, m, d) => `${y}-${pad2(m)}-${pad2(d)}`;
export const weekday = (isoDate) => new Date(`${isoDate}T00:00:00Z`).getUTCDay();
export const daysIn = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
export function addDays(isoDate, n) {
  const t = new Date(`${isoDate}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}
/** date writings */
export const dmy = (d, sep = '/') => `${d.slice(8, 10)}${sep}${d.slice(5, 7)}${sep}${d.slice(0, 4)}`;
export const mdy = (d) => `${d.slice(5, 7)}/${d.slice(8, 10)}/${d.slice(0, 4)}`;
export const dMonY = (d, upper = true) => {
  const m = MON[Number(d.slice(5, 7)) - 1];
  return `${d.slice(8, 10)}-${upper ? m : m[0] + m.slice(1).toLowerCase()}-${d.slice(0, 4)}`;
};
/** an XLSX date cell: the 1900-system serial of the day (no time, no zone). */
export function dateSerial(isoDate) {
  const ms = Date.parse(`${isoDate}T00:00:00Z`) - Date.parse('1899-12-30T00:00:00Z');
  return ms / 86400000;
}

/** CSV: CRLF lines; a cell is quoted when it must be (or always, with quoteAll). */
export function csv(rows, { quoteAll = false, bom = false, delimiter = ',' } = {}) {
  const q = (v) => {
    const s = v === null || v === undefined ? '' : String(v);
    if (quoteAll || s.includes(delimiter) || s.includes('"') || /[\r\n]/.test(s)) return `"${s.replace(/"/g, '""')}"`;
    return s;
  };
  return (bom ? '\ufeff' : '') + rows.map((r) => r.map(q).join(delimiter)).join('\r\n') + '\r\n';
}

/**
 * XLSX bytes from rows of cells: strings, numbers, { date: 'YYYY-MM-DD', fmt } or { n, fmt }. A fixed document date
 * keeps the bytes the same from run to run.
 */
export function xlsxBytes(sheetName, rows, colWidths) {
  const ws = {};
  let maxC = 0;
  rows.forEach((r, ri) => {
    r.forEach((v, ci) => {
      if (v === null || v === undefined || v === '') return;
      const addr = XLSX.utils.encode_cell({ r: ri, c: ci });
      if (typeof v === 'string') ws[addr] = { t: 's', v };
      else if (typeof v === 'number') ws[addr] = { t: 'n', v, z: '#,##0.00' };
      else if (v.date) ws[addr] = { t: 'n', v: dateSerial(v.date), z: v.fmt ?? 'dd/mm/yyyy' };
      else if (v.n !== undefined) ws[addr] = { t: 'n', v: v.n, z: v.fmt ?? '#,##0.00' };
      maxC = Math.max(maxC, ci);
    });
  });
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(rows.length - 1, 0), c: maxC } });
  if (colWidths) ws['!cols'] = colWidths.map((w) => ({ wch: w }));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  wb.Props = { Title: sheetName, Author: 'export', CreatedDate: new Date(Date.UTC(2026, 0, 5, 9, 0, 0)) };
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
}

const repoRoot = new URL('../../../', import.meta.url).pathname;
let prettierOptions;
export async function prettyJson(value, file) {
  if (!prettierOptions) {
    const cfg = JSON.parse(readFileSync(join(repoRoot, '.prettierrc.json'), 'utf8'));
    prettierOptions = { ...cfg, parser: 'json' };
  }
  return prettier.format(JSON.stringify(value), { ...prettierOptions, filepath: file });
}

// ---- the evidence rule: what the cells mechanically carry ----

const GENERIC = new Set(
  (
    'PAYMENT PAYMENTS TRANSFER TRANSFERS INVOICE INVOICES RECEIPT RECEIPTS FROM LIMITED LTD PLC CHARGE CHARGES ' +
    'BANK ACCOUNT FEES BEING SETTLEMENT DEPOSIT INWARD OUTWARD CREDIT DEBIT WITH BILL BILLS SUPPLIER CUSTOMER ' +
    'REFUND FUNDS INTERNET ONLINE MONTH PART FULL BALANCE SALES SERVICES SERVICE SUPPLY SUPPLIES PAID PAYEE ' +
    'COMPANY ENTERPRISES NIGERIA GHANA KENYA AFRICA SOUTH HOLDINGS GROUP TRADING JOURNAL ENTRY DEPOSITS ' +
    'ACCOUNTS BULK ORDER AGAINST TOWARDS REFERENCE CASH LESS NOTE INST INSTALMENT'
  ).split(' '),
);
/** number tokens: digit runs of 3+ digits joined over single separators, leading zeros dropped, years left out */
export function numberTokens(text) {
  const out = new Set();
  const s = String(text ?? '').toUpperCase();
  for (const m of s.matchAll(/\d+(?:[-/. ]\d+)*/g)) {
    const parts = m[0].split(/[-/. ]/);
    const add = (t) => {
      const u = t.replace(/^0+/, '');
      if (u.length >= 3 && !/^(19|20)\d\d$/.test(t)) out.add(u);
    };
    for (const p of parts) {
      add(p);
      if (p.length > 6 && /^20\d\d/.test(p)) add(p.slice(4));
    }
    const joined = parts.filter((p) => !/^(19|20)\d\d$/.test(p) || parts.length === 1).join('');
    if (parts.length > 1) add(joined);
  }
  return out;
}
export function wordTokens(text) {
  const out = new Set();
  for (const m of String(text ?? '')
    .toUpperCase()
    .matchAll(/[A-Z]{4,}/g))
    if (!GENERIC.has(m[0])) out.add(m[0]);
  return out;
}
/** 'reference' | 'counterparty' | 'amount' for a bank text against the book rows' texts */
export function evidenceOf(bankText, rowTexts) {
  const bn = numberTokens(bankText);
  const bw = wordTokens(bankText);
  let best = 'amount';
  for (const rt of rowTexts) {
    const rn = numberTokens(rt);
    for (const t of bn) if (rn.has(t)) return 'reference';
    const rw = wordTokens(rt);
    for (const w of bw) if (rw.has(w)) best = 'counterparty';
  }
  return best;
}
