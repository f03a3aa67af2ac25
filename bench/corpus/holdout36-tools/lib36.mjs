// holdout36 — shared helpers: a seeded PRNG, money in minor units, dates, CSV/XLSX writers, JSON, the evidence rule.
// Written for this corpus only; nothing here is taken from another holdout's tools.
import * as XLSX from 'xlsx';
import * as prettier from 'prettier';
import { readFileSync } from 'node:fs';

// ---------- PRNG: xorshift128+ style over 32-bit halves, seeded by an FNV-1a hash of the seed text ----------

export function makeRng(seed) {
  let h = 2166136261 >>> 0;
  for (const ch of `holdout36:${seed}`) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 16777619) >>> 0;
  }
  let a = h || 1;
  let b = Math.imul(h ^ 0x9e3779b9, 0x85ebca6b) >>> 0 || 2;
  let c = Math.imul(h ^ 0x7f4a7c15, 0xc2b2ae35) >>> 0 || 3;
  let d = (h + 0x6d2b79f5) >>> 0 || 4;
  const next32 = () => {
    // xoshiro128** (public-domain algorithm by Blackman and Vigna)
    const r = Math.imul(rotl(Math.imul(b, 5) >>> 0, 7), 9) >>> 0;
    const t = (b << 9) >>> 0;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return r;
  };
  for (let i = 0; i < 16; i++) next32();
  const rng = {
    /** an integer in [lo, hi] */
    int(lo, hi) {
      return lo + (next32() % (hi - lo + 1));
    },
    chance(p) {
      return next32() / 4294967296 < p;
    },
    pick(arr) {
      return arr[next32() % arr.length];
    },
    shuffle(arr) {
      const out = [...arr];
      for (let i = out.length - 1; i > 0; i--) {
        const j = next32() % (i + 1);
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
    digits(n) {
      let s = String(1 + (next32() % 9));
      while (s.length < n) s += String(next32() % 10);
      return s;
    },
    letters(n) {
      let s = '';
      while (s.length < n) s += 'ABCDEFGHJKLMNPQRSTUVWXYZ'[next32() % 24];
      return s;
    },
  };
  return rng;
}
const rotl = (x, k) => ((x << k) | (x >>> (32 - k))) >>> 0;

// ---------- money: integer minor units, strings built from digits ----------

/** "-1234.56" (major units, two decimals) from minor units */
export function dec(minor) {
  if (!Number.isSafeInteger(minor)) throw new Error(`not an integer amount: ${minor}`);
  const neg = minor < 0;
  const abs = String(Math.abs(minor)).padStart(3, '0');
  return `${neg ? '-' : ''}${abs.slice(0, -2)}.${abs.slice(-2)}`;
}

/** magnitude with thousands grouped by `sep` ("1,234.56"), optional sign */
export function grouped(minor, sep = ',', signed = false) {
  const neg = minor < 0;
  const abs = String(Math.abs(minor)).padStart(3, '0');
  let whole = abs.slice(0, -2);
  let out = '';
  while (whole.length > 3) {
    out = sep + whole.slice(-3) + out;
    whole = whole.slice(0, -3);
  }
  return `${signed && neg ? '-' : ''}${whole}${out}.${abs.slice(-2)}`;
}

/** a spreadsheet number cell value from minor units (exact for cents below 2^53 / 100) */
export const num = (minor) => Number(dec(minor));

/** per mille or percent of an amount, rounded half up, in minor units */
export const share = (minor, numerator, denominator) =>
  Math.sign(minor) * Math.floor((Math.abs(minor) * numerator * 2 + denominator) / (denominator * 2));

// ---------- dates (ISO strings, UTC arithmetic) ----------

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const MONTHS = [
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
export const iso = (y, m, d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
export const parts = (d) => d.split('-').map(Number);
export function addDays(d, n) {
  const [y, m, dd] = parts(d);
  const t = new Date(Date.UTC(y, m - 1, dd + n));
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}
export const weekday = (d) => {
  const [y, m, dd] = parts(d);
  return new Date(Date.UTC(y, m - 1, dd)).getUTCDay();
};
export const dmy = (d, sep = '/') => {
  const [y, m, dd] = parts(d);
  return `${String(dd).padStart(2, '0')}${sep}${String(m).padStart(2, '0')}${sep}${y}`;
};
export const dMonY = (d, sep = '-') => {
  const [y, m, dd] = parts(d);
  return `${String(dd).padStart(2, '0')}${sep}${MON[m - 1]}${sep}${y}`;
};
/** Excel 1900-system serial of a date */
export const serial = (d) => {
  const [y, m, dd] = parts(d);
  return Date.UTC(y, m - 1, dd) / 86400000 + 25569;
};
export function daysOfMonth(y, m) {
  const out = [];
  for (let d = iso(y, m, 1); parts(d)[1] === m; d = addDays(d, 1)) out.push(d);
  return out;
}

// ---------- CSV ----------

/** rows of strings → CRLF text; quote 'all' or 'needed'; optional BOM; delimiter */
export function csv(rows, { quote = 'needed', bom = false, delimiter = ',' } = {}) {
  const cell = (v) => {
    const s = v === null || v === undefined ? '' : String(v);
    if (quote === 'all' || s.includes(delimiter) || s.includes('"') || /[\r\n]/.test(s)) {
      return `"${s.replaceAll('"', '""')}"`;
    }
    return s;
  };
  return (bom ? '\uFEFF' : '') + rows.map((r) => r.map(cell).join(delimiter)).join('\r\n') + '\r\n';
}

// ---------- XLSX ----------

/** cells: null | string | { n: number, z?: string } | { date: iso, z: string } */
export function xlsx(sheetName, rows, { widths = [] } = {}) {
  const ws = {};
  let maxC = 0;
  rows.forEach((r, ri) => {
    r.forEach((v, ci) => {
      if (v === null || v === undefined || v === '') return;
      const addr = XLSX.utils.encode_cell({ r: ri, c: ci });
      if (typeof v === 'string') ws[addr] = { t: 's', v };
      else if ('date' in v) ws[addr] = { t: 'n', v: serial(v.date), z: v.z };
      else ws[addr] = { t: 'n', v: v.n, z: v.z ?? '#,##0.00' };
      maxC = Math.max(maxC, ci);
    });
  });
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length - 1, c: maxC } });
  ws['!cols'] = widths.map((w) => ({ wch: w }));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  const fixed = new Date(Date.UTC(2026, 11, 31, 12, 0, 0));
  wb.Props = { Title: sheetName, Author: 'holdout36', CreatedDate: fixed, ModifiedDate: fixed };
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
}

// ---------- JSON through Prettier with the repository's settings ----------

const prettierConfig = JSON.parse(readFileSync(new URL('../../../.prettierrc.json', import.meta.url), 'utf8'));
export const prettyJson = (obj) => prettier.format(JSON.stringify(obj), { ...prettierConfig, parser: 'json' });

// ---------- the evidence rule (what the cells mechanically share) ----------

const GENERIC = new Set(
  `payment payments transfer transfers invoice invoices receipt receipts from with bank limited nigeria ghana kenya
  south africa services service company credit debit settlement charge charges account accounts online instant
  inward outward deposit cash salary salaries being part balance total this that their ltd plc group trading
  international enterprises enterprise holdings global limited supplies supply general ventures solutions
  payout refund customer supplier order fatura tahsilat odeme havale gelen giden banka islem fisi acompte
  reglement facture virement recu emis paie frais cheque inwd outwd lodgement bill bills`
    .split(/\s+/)
    .filter(Boolean),
);

export const fold = (s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .toLowerCase();

/** number tokens: digit runs and every chain of runs joined over one - / . or space; leading zeros dropped */
export function numberTokens(text) {
  const out = new Set();
  const s = fold(text);
  const re = /\d+(?:[-/. ]\d+)*/g;
  let m;
  while ((m = re.exec(s))) {
    const runs = m[0].split(/[-/. ]/);
    for (let i = 0; i < runs.length; i++) {
      for (let j = i; j < runs.length; j++) add(out, runs.slice(i, j + 1).join(''));
    }
  }
  return out;
}
function add(out, digits) {
  let t = digits;
  if (/^(19|20)\d\d$/.test(t)) return; // a year alone
  if (t.length > 4 && /^20[23]\d/.test(t)) t = t.slice(4); // 2026001418 → 001418
  t = t.replace(/^0+/, '');
  if (t.length >= 3) out.add(t);
}
export function wordTokens(text) {
  const out = new Set();
  for (const w of fold(text).split(/[^a-z]+/)) if (w.length >= 4 && !GENERIC.has(w)) out.add(w);
  return out;
}
const meets = (a, b) => [...a].some((x) => b.has(x));

/** 'reference' | 'counterparty' | 'amount' for bank cells against book rows' cells */
export function evidenceOf(bankCells, rowsCells) {
  const bank = bankCells.filter(Boolean).join(' | ');
  const books = rowsCells.flat().filter(Boolean).join(' | ');
  if (meets(numberTokens(bank), numberTokens(books))) return 'reference';
  if (meets(wordTokens(bank), wordTokens(books))) return 'counterparty';
  return 'amount';
}
