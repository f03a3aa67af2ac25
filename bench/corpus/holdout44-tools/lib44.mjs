// Shared helpers of the holdout44 generator: a seeded PRNG, money in integer minor units, calendar, CSV, XLSX,
// Prettier JSON and the evidence rule. Nothing here is imported by the validator.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import * as XLSX from 'xlsx';

/** mulberry32 over a 32-bit seed: the same seed gives the same month. */
export function rng(seed) {
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
  const digits = (n) => {
    let s = String(int(3, 9));
    while (s.length < n) s += String(int(0, 9));
    return s;
  };
  /** a draw of `k` distinct items, order kept random */
  const sample = (xs, k) => {
    const pool = [...xs];
    const out = [];
    while (out.length < k && pool.length) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
    return out;
  };
  return { next, int, pick, digits, sample };
}

// ---- money (integer minor units only) ----

/** minor units → "-1234.56" */
export function dec(minor) {
  const neg = minor < 0;
  const m = Math.abs(minor);
  const s = `${Math.floor(m / 100)}.${String(m % 100).padStart(2, '0')}`;
  return neg ? `-${s}` : s;
}

/** minor units (unsigned) → grouped text, e.g. grouped(123456789, ',', '.') = "1,234,567.89" */
export function grouped(minor, thousands, decimal) {
  const m = Math.abs(minor);
  const whole = String(Math.floor(m / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  return `${whole}${decimal}${String(m % 100).padStart(2, '0')}`;
}

/** round a minor amount to whole major units of `step` (e.g. step 5000 naira = 500000 minor) */
export const roundTo = (minor, stepMinor) => Math.round(minor / stepMinor) * stepMinor;

/** a share of an amount in minor units, by basis points, rounded half up */
export const bp = (minor, basisPoints) => Math.floor((minor * basisPoints + 5000) / 10000);

// ---- calendar ----

export function daysOf(year, month) {
  const n = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const out = [];
  for (let d = 1; d <= n; d++) out.push(`${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  return out;
}
export const weekday = (iso) => new Date(`${iso}T00:00:00Z`).getUTCDay();
export function workingDays(year, month, holidays) {
  return daysOf(year, month).filter((d) => weekday(d) !== 0 && weekday(d) !== 6 && !holidays.includes(d));
}
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export function fmtDate(iso, style) {
  const [y, m, d] = iso.split('-');
  switch (style) {
    case 'dd/mm/yyyy':
      return `${d}/${m}/${y}`;
    case 'mm/dd/yyyy':
      return `${m}/${d}/${y}`;
    case 'dd Mon yyyy':
      return `${d} ${MON[Number(m) - 1]} ${y}`;
    case 'dd-MON-yyyy':
      return `${d}-${MON[Number(m) - 1].toUpperCase()}-${y}`;
    default:
      throw new Error(`unknown date style ${style}`);
  }
}

// ---- files ----

function ensureDir(path) {
  mkdirSync(dirname(path), { recursive: true });
}

const csvCell = (v, delim) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /["\r\n]/.test(s) || s.includes(delim) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** rows of cells → CSV with CRLF line ends; optional UTF-8 BOM */
export function writeCsv(path, rows, { delim = ',', bom = false } = {}) {
  ensureDir(path);
  const text = rows.map((r) => r.map((c) => csvCell(c, delim)).join(delim)).join('\r\n') + '\r\n';
  writeFileSync(path, (bom ? '\ufeff' : '') + text, 'utf8');
}

/** serial day number of an ISO date in Excel's 1900 system */
export function serial(iso) {
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86400000);
}

/**
 * rows of cells → one-sheet XLSX. A cell is a string, a number, null, or { date: iso, z: format } /
 * { n: number, z: format }. A fixed document date keeps the bytes the same from run to run.
 */
export function writeXlsx(path, sheetName, rows, widths) {
  ensureDir(path);
  const ws = {};
  let maxC = 0;
  rows.forEach((r, ri) => {
    r.forEach((c, ci) => {
      maxC = Math.max(maxC, ci);
      if (c === null || c === undefined || c === '') return;
      const addr = XLSX.utils.encode_cell({ r: ri, c: ci });
      if (typeof c === 'string') ws[addr] = { t: 's', v: c };
      else if (typeof c === 'number') ws[addr] = { t: 'n', v: c };
      else if (c.date) ws[addr] = { t: 'n', v: serial(c.date), z: c.z };
      else ws[addr] = { t: 'n', v: c.n, z: c.z };
    });
  });
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length - 1, c: maxC } });
  if (widths) ws['!cols'] = widths.map((wch) => ({ wch }));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  wb.Props = { Title: sheetName, CreatedDate: new Date(Date.UTC(2030, 0, 2, 9, 0, 0)) };
  const buf = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
  writeFileSync(path, buf);
}

let prettierOptions;
export async function writeJson(path, value) {
  ensureDir(path);
  // the repository's settings wherever the files go (`--out /tmp/…` too), so the bytes do not depend on the folder
  prettierOptions ??= { ...((await prettier.resolveConfig(fileURLToPath(import.meta.url))) ?? {}), parser: 'json' };
  writeFileSync(path, await prettier.format(JSON.stringify(value), prettierOptions));
}

// ---- evidence: what the mapped cells mechanically share ----

// words that say what kind of movement a line is, not who or which document: never evidence
export const GENERIC = new Set(
  (
    'from with transfer trf payment paymt deposit cash lodgement lodgment charge charges fees receipt received ' +
    'being bank account acct rent rents service levy stamp duty commission vat excise reversal reversed return ' +
    'returned settlement merchant mobile money momo mpesa pesalink rtgs eft nip gip ghipss trf inward outward ' +
    'salary salaries payroll bulk sept september august october november month monthly week weekly sunday ' +
    'offering offerings tithe tithes harvest fund general building welfare member members deposits shares loan ' +
    'loans repayment disbursement checkoff check interest credit debit purchase purchaser seller buyer ' +
    'guarantee guaranteed transfer duty rates clearance trust matter deposit client clients agent agency legal ' +
    'caution refund flat block estate road street close avenue phase lekki ikate chevron osapa admiralty ' +
    'balance opening closing mobile channel online internet banking branch teller cheque chq paid pays ' +
    'invoice inv ref reference sms alert alerts maintenance mtce token electricity prepaid water annual part ' +
    'first second final contribution contributions pledge pledges collection collections sacco society staff ' +
    'allowance allowances board premium insurance remittance remit landlord landlords tenant tenants lease ' +
    'statement stmt facility amount schedule paybill till customer supplier limited ltd plc inc nig nigeria ' +
    'ghana kenya africa south repairs repair works proof costs advance trans transaction batch ' +
    'january february march april june july august october november december'
  ).split(/\s+/),
);

const fold = (s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** numbers: maximal digit runs, leading zeros dropped, 3+ digits, a 19xx/20xx year left out; and codes */
export function numbersOf(text) {
  const out = new Set();
  for (const m of String(text).matchAll(/\d+/g)) {
    const raw = m[0];
    if (raw.length === 4 && /^(19|20)\d\d$/.test(raw)) continue;
    const n = raw.replace(/^0+/, '');
    if (n.length >= 3) out.add(n);
  }
  // codes of letters and digits together (an M-PESA receipt, a payout id), six characters or more, whole
  for (const m of String(text).matchAll(/[A-Za-z0-9]+/g))
    if (m[0].length >= 6 && /\d/.test(m[0]) && /[A-Za-z]/.test(m[0])) out.add(m[0].toUpperCase());
  return out;
}
/** words: runs of 4+ Latin letters, accents folded, generic words left out */
export function wordsOf(text) {
  const out = new Set();
  for (const m of fold(String(text)).matchAll(/[a-z]+/g)) if (m[0].length >= 4 && !GENERIC.has(m[0])) out.add(m[0]);
  return out;
}
const meets = (a, b) => [...a].some((x) => b.has(x));
/** 'reference' | 'counterparty' | 'amount' for bank cells against book cells */
export function evidenceOf(bankCells, bookCells) {
  const bt = bankCells.join(' ');
  const lt = bookCells.join(' ');
  if (meets(numbersOf(bt), numbersOf(lt))) return 'reference';
  if (meets(wordsOf(bt), wordsOf(lt))) return 'counterparty';
  return 'amount';
}
export const sharesWord = (bankCells, bookCells) => meets(wordsOf(bankCells.join(' ')), wordsOf(bookCells.join(' ')));
