// holdout33 — shared helpers: seeded PRNG, money in integer minor units, dates, CSV/XLSX writers, Prettier JSON,
// the evidence rule. Money is never a float: decimal strings are built from digits.
import { writeFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import * as prettier from 'prettier';
import { fileURLToPath } from 'node:url';

/** splitmix32 → four words → sfc32. */
export function makeRng(seed) {
  let s = seed >>> 0;
  const mix = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = mix(),
    b = mix(),
    c = mix(),
    d = mix();
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) next();
  const int = (lo, hi) => lo + (next() % (hi - lo + 1));
  return {
    next,
    int,
    pick: (arr) => arr[int(0, arr.length - 1)],
    shuffle(arr) {
      const out = arr.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(0, i);
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
  };
}

// ---- money (integer minor units, 2 decimals for NGN/GHS/KES/ZAR) ----
/** "-1234.50" from -123450 (no grouping). */
export function dec(minor) {
  const neg = minor < 0;
  const a = Math.abs(minor);
  const units = Math.floor(a / 100);
  const cents = a % 100;
  return `${neg ? '-' : ''}${units}.${cents < 10 ? '0' : ''}${cents}`;
}
/** "1,234,567.50" (unsigned, grouped by `sep`). */
export function grouped(minor, sep = ',') {
  const [u, c] = dec(Math.abs(minor)).split('.');
  let out = '';
  for (let i = 0; i < u.length; i++) {
    if (i > 0 && (u.length - i) % 3 === 0) out += sep;
    out += u[i];
  }
  return `${out}.${c}`;
}
/** exact number for an XLSX cell: minor / 100 is exact enough to 15 significant digits and is written by SheetJS. */
export const cellNumber = (minor) => Number(dec(minor));

// ---- dates (ISO strings, computed in UTC days) ----
const DAY = 86400000;
export const isoOf = (y, m, d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
export const parts = (iso) => iso.split('-').map(Number);
export const dow = (iso) => {
  const [y, m, d] = parts(iso);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
};
export function daysOfMonth(y, m) {
  const n = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return Array.from({ length: n }, (_, i) => isoOf(y, m, i + 1));
}
export function addDays(iso, k) {
  const [y, m, d] = parts(iso);
  const t = new Date(Date.UTC(y, m - 1, d) + k * DAY);
  return isoOf(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}
/** Excel 1900-system serial of an ISO date. */
export function serialOf(iso) {
  const [y, m, d] = parts(iso);
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / DAY);
}
const MON = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
export const monName = (m) => MON[m - 1];
export const dmy = (iso, sep = '/') => {
  const [y, m, d] = iso.split('-');
  return `${d}${sep}${m}${sep}${y}`;
};
export const ymdSlash = (iso) => iso.replaceAll('-', '/');

// ---- CSV ----
export function csvText(rows, { bom = false, quoteAll = false } = {}) {
  const q = (v) => {
    const s = v === null || v === undefined ? '' : String(v);
    return quoteAll || /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return (bom ? '\ufeff' : '') + rows.map((r) => r.map(q).join(',')).join('\r\n') + '\r\n';
}
export const writeCsv = (path, rows, opts) => writeFileSync(path, csvText(rows, opts), 'utf8');

// ---- XLSX ---- cells: string | null | { n: minor } (money) | { d: iso, z } (date) | { v: number }
const FIXED = new Date(Date.UTC(2026, 0, 15, 9, 0, 0));
export function writeXlsx(path, sheetName, rows, widths = []) {
  const ws = {};
  let maxC = 0;
  rows.forEach((r, ri) => {
    r.forEach((c, ci) => {
      if (c === null || c === undefined || c === '') return;
      const addr = XLSX.utils.encode_cell({ r: ri, c: ci });
      if (typeof c === 'string') ws[addr] = { t: 's', v: c };
      else if ('n' in c) ws[addr] = { t: 'n', v: cellNumber(c.n), z: '#,##0.00' };
      else if ('d' in c) ws[addr] = { t: 'n', v: serialOf(c.d), z: c.z ?? 'dd/mm/yyyy' };
      else ws[addr] = { t: 'n', v: c.v };
      maxC = Math.max(maxC, ci);
    });
  });
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length - 1, c: maxC } });
  ws['!cols'] = widths.map((w) => ({ wch: w }));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  wb.Props = { Title: sheetName, Author: 'bankfeed corpus', CreatedDate: FIXED, ModifiedDate: FIXED };
  const buf = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
  writeFileSync(path, buf);
}

// ---- JSON through Prettier with the repository's settings ----
export async function writeJson(path, obj) {
  // the repository's settings, wherever the file is written (--out /tmp/…)
  const cfg = (await prettier.resolveConfig(fileURLToPath(import.meta.url))) ?? {};
  writeFileSync(path, await prettier.format(JSON.stringify(obj, null, 2), { ...cfg, parser: 'json' }));
}

// ---- the evidence rule ----
export const GENERIC = new Set(
  (
    'from transfer transfers trf payment payments invoice invoices receipt receipts bank charge charges settlement ' +
    'with limited account deposit credit debit online inward outward being paid part full refund fees bill bills ' +
    'total ltd pty company enterprise ventures nigeria ghana kenya south africa services service monthly month ' +
    'cash cheque direct order orders instant pay payout against supplies supply your balance other general ' +
    'december november october september goods trading contractors transport'
  ).split(' '),
);
/** numbers of 3+ digits (leading zeros dropped, runs joined over one - / . or space, years left out). */
export function numberTokens(text) {
  const out = new Set();
  for (const m of String(text ?? '').matchAll(/\d+(?:[-/. ]\d+)*/g)) {
    let t = m[0].replace(/[-/. ]/g, '');
    if (/^(19|20)\d\d$/.test(t)) continue;
    if (t.length > 4 && /^20[2-3]\d/.test(t)) t = t.slice(4);
    t = t.replace(/^0+/, '');
    if (t.length >= 3) out.add(t);
  }
  return out;
}
export function wordTokens(text) {
  const out = new Set();
  for (const m of String(text ?? '').matchAll(/[A-Za-z]{4,}/g)) {
    const w = m[0].toLowerCase();
    if (!GENERIC.has(w)) out.add(w);
  }
  return out;
}
/** what the cells carry: 'reference' | 'counterparty' | 'amount'. */
export function evidenceOf(bankTexts, rowTexts) {
  const bn = numberTokens(bankTexts.join(' | '));
  const rn = numberTokens(rowTexts.join(' | '));
  for (const t of bn) if (rn.has(t)) return 'reference';
  const bw = wordTokens(bankTexts.join(' '));
  const rw = wordTokens(rowTexts.join(' '));
  for (const w of bw) if (rw.has(w)) return 'counterparty';
  return 'amount';
}
