// holdout37 — shared helpers: PRNG, money in minor units, dates, CSV/XLSX writers, Prettier JSON, the evidence rule.
// Money is integer minor units everywhere; decimal strings are built from digits (never toFixed/parseFloat).
import { Buffer } from 'node:buffer';
import * as prettier from 'prettier';
import * as XLSX from 'xlsx';

// ---------------------------------------------------------------- PRNG (mulberry32 seeded through cyrb53)

function cyrb53(str, seed = 0) {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0) ^ (h1 >>> 0);
}

export function makeRng(seed) {
  let a = cyrb53(`holdout37:${seed}`) >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng = {
    float: next,
    /** integer in [lo, hi] */
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
    shuffle: (arr) => {
      const a2 = arr.slice();
      for (let i = a2.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [a2[i], a2[j]] = [a2[j], a2[i]];
      }
      return a2;
    },
    digits: (n, { lead = '123456789' } = {}) => {
      let s = lead[Math.floor(next() * lead.length)];
      for (let i = 1; i < n; i++) s += String(Math.floor(next() * 10));
      return s;
    },
  };
  return rng;
}

// ---------------------------------------------------------------- money

const pad = (s, n) => (s.length >= n ? s : '0'.repeat(n - s.length) + s);

/** minor units → "-1234.56" */
export function dec(minor) {
  if (!Number.isSafeInteger(minor)) throw new Error(`not an integer amount: ${minor}`);
  const neg = minor < 0;
  const s = pad(String(Math.abs(minor)), 3);
  return `${neg ? '-' : ''}${s.slice(0, -2)}.${s.slice(-2)}`;
}

/** minor units → grouped magnitude or signed, e.g. "1,234,567.89" / "1.234.567,89" / "1 234 567.89" */
export function grouped(minor, { group = ',', point = '.', sign = true } = {}) {
  const neg = minor < 0;
  const s = pad(String(Math.abs(minor)), 3);
  const int = s.slice(0, -2);
  let out = '';
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) out += group;
    out += int[i];
  }
  return `${neg && sign ? '-' : ''}${out}${point}${s.slice(-2)}`;
}

/** minor units → "1234,56" (decimal comma, no grouping) */
export const decComma = (minor) => dec(minor).replace('.', ',');

/** round(minor × num / den), half away from zero, integers only */
export function share(minor, num, den) {
  const neg = minor < 0 !== num < 0;
  const a = Math.abs(minor) * Math.abs(num);
  const q = Math.floor(a / den);
  const r = a - q * den;
  const v = r * 2 >= den ? q + 1 : q;
  return neg ? -v : v;
}

/** major units given as an integer → minor units */
export const major = (n) => n * 100;

/** a spreadsheet number for a minor amount: exact to the cent (n/100 is the nearest double, as Excel stores it) */
export const cellNumber = (minor) => minor / 100;

// ---------------------------------------------------------------- dates (ISO strings)

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_LONG = [
  'JANUARY',
  'FEBRUARY',
  'MARCH',
  'APRIL',
  'MAY',
  'JUNE',
  'JULY',
  'AUGUST',
  'SEPTEMBER',
  'OCTOBER',
  'NOVEMBER',
  'DECEMBER',
];
export const ymd = (iso) => iso.split('-').map((x) => Number(x));
const utc = (iso) => {
  const [y, m, d] = ymd(iso);
  return Date.UTC(y, m - 1, d);
};
export const isoOf = (ms) => new Date(ms).toISOString().slice(0, 10);
export const addDays = (iso, n) => isoOf(utc(iso) + n * 86400000);
export const weekday = (iso) => new Date(utc(iso)).getUTCDay(); // 0 Sunday
export const daysBetween = (a, b) => Math.round((utc(b) - utc(a)) / 86400000);
export const excelSerial = (iso) => (utc(iso) - Date.UTC(1899, 11, 30)) / 86400000;
export const monShort = (m) => MON[m - 1];
export const monLong = (m) => MONTH_LONG[m - 1];
export function fmtDate(iso, style) {
  const [y, m, d] = ymd(iso);
  const dd = pad(String(d), 2);
  const mm = pad(String(m), 2);
  switch (style) {
    case 'dd/mm/yyyy':
      return `${dd}/${mm}/${y}`;
    case 'mm/dd/yyyy':
      return `${mm}/${dd}/${y}`;
    case 'dd-mm-yyyy':
      return `${dd}-${mm}-${y}`;
    case 'dd Mon yyyy':
      return `${dd} ${MON[m - 1]} ${y}`;
    case 'dd-Mon-yyyy':
      return `${dd}-${MON[m - 1]}-${y}`;
    case 'iso':
      return iso;
    default:
      throw new Error(`unknown date style ${style}`);
  }
}
export function monthDays(from, to) {
  const out = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

// ---------------------------------------------------------------- CSV

const CP1252_EXTRA = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

export function encode1252(text) {
  const out = Buffer.alloc(text.length);
  let i = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0);
    if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) out[i++] = c;
    else if (CP1252_EXTRA[ch] !== undefined) out[i++] = CP1252_EXTRA[ch];
    else throw new Error(`character ${JSON.stringify(ch)} has no Windows-1252 byte`);
  }
  return out.subarray(0, i);
}

/**
 * rows: arrays of strings (null/undefined = empty). quote: 'needed' | 'all'. CRLF line ends.
 * encoding: 'utf8' | 'windows-1252'.
 */
export function csvBytes(rows, { delimiter = ',', quote = 'needed', bom = false, encoding = 'utf8' } = {}) {
  const cell = (v) => {
    const s = v === null || v === undefined ? '' : String(v);
    if (/[\r\n]/.test(s)) throw new Error(`CSV cell spans lines: ${s}`);
    const needs = s.includes(delimiter) || s.includes('"');
    if (quote === 'all' || needs) return `"${s.replace(/"/g, '""')}"`;
    return s;
  };
  const text = rows.map((r) => r.map(cell).join(delimiter)).join('\r\n') + '\r\n';
  if (encoding === 'windows-1252') return encode1252(text);
  return Buffer.from((bom ? '\ufeff' : '') + text, 'utf8');
}

// ---------------------------------------------------------------- XLSX

export const S = (v) => (v === null || v === undefined || v === '' ? null : { t: 's', v: String(v) });
export const N = (v, z) => ({ t: 'n', v, ...(z ? { z } : {}) });
export const D = (iso, z, minutes = 0) => ({ t: 'n', v: excelSerial(iso) + minutes / 1440, z });

/** sheets: [{ name, rows: cell[][], widths?: number[], rtl?: boolean }] */
export function xlsxBytes(sheets, { created }) {
  const wb = { SheetNames: [], Sheets: {}, Props: { CreatedDate: created, ModifiedDate: created }, Workbook: {} };
  const views = [];
  for (const sh of sheets) {
    const ws = {};
    let maxC = 0;
    sh.rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (!cell) return;
        ws[XLSX.utils.encode_cell({ r, c })] = cell;
        if (c > maxC) maxC = c;
      });
    });
    ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, sh.rows.length - 1), c: maxC } });
    if (sh.widths) ws['!cols'] = sh.widths.map((wch) => ({ wch }));
    wb.SheetNames.push(sh.name);
    wb.Sheets[sh.name] = ws;
    views.push({ RTL: !!sh.rtl });
  }
  if (views.some((v) => v.RTL)) wb.Workbook.Views = views;
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
}

// ---------------------------------------------------------------- JSON through Prettier

export async function prettyJson(obj, fileForConfig) {
  const config = (await prettier.resolveConfig(fileForConfig)) ?? {};
  return prettier.format(JSON.stringify(obj), { ...config, parser: 'json' });
}

// ---------------------------------------------------------------- the evidence rule

/**
 * Numbers a cell carries: every run of digits and every chain of runs joined over one "-", "/", "." or space, each
 * contiguous part of a chain counted; leading zeros dropped; a four-digit year 19xx/20xx alone left out; 202x/203x
 * dropped from the front of a longer number; three digits or more.
 */
export function numbersOf(text) {
  const out = new Set();
  if (!text) return out;
  const chains = String(text).match(/\d+(?:[-/. ]\d+)*/g) ?? [];
  for (const chain of chains) {
    const runs = chain.split(/[-/. ]/);
    for (let i = 0; i < runs.length; i++) {
      for (let j = i; j < runs.length; j++) {
        let n = runs.slice(i, j + 1).join('');
        n = n.replace(/^0+/, '');
        if (n.length > 4 && /^20[23]\d/.test(n)) n = n.slice(4).replace(/^0+/, '');
        if (n.length === 4 && /^(19|20)\d\d$/.test(n)) continue;
        if (n.length >= 3) out.add(n);
      }
    }
  }
  return out;
}

/** Generic words a bank or a ledger writes about anyone: never evidence of who paid. */
export const GENERIC_WORDS = new Set(
  (
    'from with that this their ltd limited plc company nigeria ghana kenya africa african south account accounts acct ' +
    'bank banks deposit deposited cash settlement settlements salary salaries charge charges commission fees levy ' +
    'service services payment payments paymt receipt receipts invoice invoices transfer transfers trf instant inward ' +
    'outward credit debit reversal reversed supplies supply goods sales purchase purchases refund total transaction ' +
    'online mobile money international group holdings trading enterprises enterprise global store stores general ' +
    'office branch balance month being part full final advance against ref reference number batch bulk pmt pymt pymnt ' +
    'lagos ikeja accra somanya nairobi johannesburg germiston street road industrial area county city state federal ' +
    'january february march april june july august september october november december sept octo ' +
    'customer supplier vendor client order orders partial other more less plus note notes through into onto ' +
    'nigerian ghanaian kenyan kenya' +
    ' proprietary prop pty incorporated corp corporation co-operative cooperative society sacco ' +
    'naira cedis shillings rand amount value paid pays pay payable receivable opening closing period'
  )
    .split(/\s+/)
    .filter(Boolean),
);

export function foldText(text) {
  return String(text ?? '')
    .replace(/ı/g, 'i')
    .replace(/İ/g, 'I')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export function wordsOf(text) {
  const out = new Set();
  for (const w of foldText(text).match(/[a-z]+/g) ?? []) if (w.length >= 4 && !GENERIC_WORDS.has(w)) out.add(w);
  return out;
}

/**
 * evidence of one bank line against one book row: bank cells (text, reference, party) against book cells
 * (reference, description, party). 'reference' | 'counterparty' | 'amount'.
 */
export function evidenceOf(bankCells, bookCells) {
  const bn = new Set();
  const bw = new Set();
  for (const c of bankCells) {
    for (const n of numbersOf(c)) bn.add(n);
    for (const w of wordsOf(c)) bw.add(w);
  }
  let words = false;
  for (const c of bookCells) {
    for (const n of numbersOf(c)) if (bn.has(n)) return 'reference';
    for (const w of wordsOf(c)) if (bw.has(w)) words = true;
  }
  return words ? 'counterparty' : 'amount';
}

const RANK = { reference: 3, counterparty: 2, amount: 1 };
export const strongest = (list) => list.reduce((a, b) => (RANK[b] > RANK[a] ? b : a), 'amount');
