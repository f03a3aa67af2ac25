// holdout35 — shared helpers of the generator: PRNG, money, dates, file writers, the evidence rule and the Month.
// Money is integer minor units everywhere; decimal strings are built from digits.
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import * as XLSX from 'xlsx';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = join(here, '..', '..', '..');

// ---------- PRNG: splitmix32 seeds sfc32 ----------

function splitmix32(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function makeRng(seed) {
  const sm = splitmix32(seed);
  let a = sm();
  let b = sm();
  let c = sm();
  let d = sm();
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t >>> 0;
  };
  for (let i = 0; i < 16; i++) next();
  const rng = {
    u32: next,
    /** integer in [lo, hi] */
    int(lo, hi) {
      return lo + (next() % (hi - lo + 1));
    },
    pick(arr) {
      return arr[next() % arr.length];
    },
    chance(p) {
      return next() / 4294967296 < p;
    },
    shuffle(arr) {
      const out = arr.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = next() % (i + 1);
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
    digits(n) {
      let s = String(1 + (next() % 9));
      while (s.length < n) s += String(next() % 10);
      return s;
    },
    alnum(n) {
      const cs = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
      let s = '';
      while (s.length < n) s += cs[next() % cs.length];
      return s;
    },
  };
  return rng;
}

// ---------- money ----------

/** minor units → "1234.56" (or grouped "1,234.56"); sign "-" for negatives unless unsigned */
export function money(minor, { group = '', dec = '.', unsigned = false, plus = false } = {}) {
  if (!Number.isSafeInteger(minor)) throw new Error(`money: not an integer ${minor}`);
  const neg = minor < 0;
  const abs = neg ? -minor : minor;
  const whole = String(Math.floor(abs / 100));
  const cents = String(abs % 100).padStart(2, '0');
  let w = whole;
  if (group) {
    const parts = [];
    for (let i = whole.length; i > 0; i -= 3) parts.unshift(whole.slice(Math.max(0, i - 3), i));
    w = parts.join(group);
  }
  const sign = neg && !unsigned ? '-' : plus && !neg ? '+' : '';
  return `${sign}${w}${dec}${cents}`;
}

/** minor units → a JS number of major units for a spreadsheet cell (exact for 2-decimal values below 2^53/100) */
export function cellNumber(minor) {
  return Number(money(minor));
}

// ---------- dates (ISO strings, UTC arithmetic) ----------

export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const MONTHS_LONG = [
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

export function iso(y, m, d) {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
export function parts(isoDate) {
  const [y, m, d] = isoDate.split('-').map((x) => Number(x));
  return { y, m, d };
}
export function dow(isoDate) {
  const { y, m, d } = parts(isoDate);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}
export function addDays(isoDate, n) {
  const { y, m, d } = parts(isoDate);
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}
export function daysInMonth(y, m) {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
export const dmy = (s, sep = '/') => {
  const { y, m, d } = parts(s);
  return `${String(d).padStart(2, '0')}${sep}${String(m).padStart(2, '0')}${sep}${y}`;
};
export const dMonY = (s, sep = ' ') => {
  const { y, m, d } = parts(s);
  return `${String(d).padStart(2, '0')}${sep}${MONTHS[m - 1]}${sep}${y}`;
};
export const ymd = (s, sep = '/') => s.split('-').join(sep);

// ---------- writers ----------

const WIN1252 = new Map([
  [0x20ac, 0x80],
  [0x2013, 0x96],
  [0x2014, 0x97],
  [0x2018, 0x91],
  [0x2019, 0x92],
  [0x201c, 0x93],
  [0x201d, 0x94],
]);

/** rows of string cells → CSV bytes; CRLF always */
export function csvBytes(rows, { delimiter = ',', quoteAll = false, bom = false, encoding = 'utf8' } = {}) {
  const q = (c) => {
    const s = c === null || c === undefined ? '' : String(c);
    if (s.includes('\n') || s.includes('\r')) throw new Error(`csv: a cell spans lines: ${s}`);
    if (quoteAll || s.includes(delimiter) || s.includes('"')) return `"${s.replaceAll('"', '""')}"`;
    return s;
  };
  const text = rows.map((r) => r.map(q).join(delimiter)).join('\r\n') + '\r\n';
  if (encoding === 'windows-1252') {
    const out = [];
    for (const ch of text) {
      const cp = ch.codePointAt(0);
      if (cp < 0x80 || (cp >= 0xa0 && cp <= 0xff)) out.push(cp);
      else if (WIN1252.has(cp)) out.push(WIN1252.get(cp));
      else throw new Error(`csv: ${ch} has no Windows-1252 byte`);
    }
    return Buffer.from(out);
  }
  const body = Buffer.from(text, 'utf8');
  return bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

const FIXED_DOC_DATE = new Date(Date.UTC(2026, 9, 1, 8, 0, 0));

/**
 * rows of cells → XLSX bytes. A cell is a string, a number, null, or { date: 'YYYY-MM-DD', fmt } for a real date
 * cell, or { n: number, fmt } for a formatted number.
 */
export function xlsxBytes(sheetName, rows, { cols } = {}) {
  const ws = {};
  let maxC = 0;
  rows.forEach((r, ri) => {
    r.forEach((c, ci) => {
      if (c === null || c === undefined || c === '') return;
      const addr = XLSX.utils.encode_cell({ r: ri, c: ci });
      if (typeof c === 'string') ws[addr] = { t: 's', v: c };
      else if (typeof c === 'number') ws[addr] = { t: 'n', v: c, z: '#,##0.00' };
      else if (c.date) {
        const { y, m, d } = parts(c.date);
        // the 1900 date system's serial: days since 1899-12-30
        const serial = Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
        ws[addr] = { t: 'n', v: serial, z: c.fmt ?? 'dd/mm/yyyy' };
      } else if (c.n !== undefined) ws[addr] = { t: 'n', v: c.n, z: c.fmt ?? '#,##0.00' };
      else throw new Error('xlsx: unknown cell');
      maxC = Math.max(maxC, ci);
    });
  });
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, rows.length - 1), c: maxC } });
  if (cols) ws['!cols'] = cols.map((w) => ({ wch: w }));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  wb.Props = {
    Title: sheetName,
    Author: 'bankfeed holdout35',
    CreatedDate: FIXED_DOC_DATE,
    ModifiedDate: FIXED_DOC_DATE,
  };
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
}

let prettierOptions;
export async function prettyJson(obj) {
  if (!prettierOptions) prettierOptions = JSON.parse(readFileSync(join(repoRoot, '.prettierrc.json'), 'utf8'));
  return prettier.format(JSON.stringify(obj), { ...prettierOptions, parser: 'json' });
}

// ---------- the evidence rule ----------

/** generic words that never count as a shared name */
export const GENERIC_WORDS = new Set(
  `limited ltd plc company nigeria ghana kenya africa south lagos accra nairobi johannesburg kumasi payment payments
  transfer trf from invoice invoices receipt receipts bank account current with this that being paid part full
  balance settlement settle charge charges services service supplies supply general trading enterprise enterprises
  international group holdings stores store school schools foods food july june september august month monthly
  salary salaries refund reversal nip pesalink outward inward credit debit cash deposit deposits others fees amount
  your thanks order ordem pagamento recebimento fatura fornecedor cliente transferencia transferência conta via
  online internet mobile money wallet number ref reference details`
    .split(/\s+/)
    .filter(Boolean),
);

function fold(s) {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase();
}

/** number tokens: runs of digits joined over one -, /, . or space; leading zeros dropped; years left out */
export function numberTokens(text) {
  const out = new Set();
  if (!text) return out;
  const re = /\d+(?:[-/. ]\d+)*/g;
  for (const m of text.matchAll(re)) {
    let d = m[0].replace(/[-/. ]/g, '');
    if (/^(19|20)\d\d$/.test(d)) continue;
    if (d.length > 4 && /^20[23]\d/.test(d)) d = d.slice(4);
    d = d.replace(/^0+/, '');
    if (d.length >= 3) out.add(d);
  }
  return out;
}

export function wordTokens(text) {
  const out = new Set();
  if (!text) return out;
  for (const w of fold(text).split(/[^a-z]+/)) if (w.length >= 4 && !GENERIC_WORDS.has(w)) out.add(w);
  return out;
}

/** 'reference' | 'counterparty' | 'amount' for a bank line's cells against one book row's cells */
export function evidenceOf(bankTexts, rowTexts) {
  const bn = new Set();
  const bw = new Set();
  for (const t of bankTexts) {
    for (const x of numberTokens(t)) bn.add(x);
    for (const x of wordTokens(t)) bw.add(x);
  }
  const rn = new Set();
  const rw = new Set();
  for (const t of rowTexts) {
    for (const x of numberTokens(t)) rn.add(x);
    for (const x of wordTokens(t)) rw.add(x);
  }
  for (const x of bn) if (rn.has(x)) return 'reference';
  for (const x of bw) if (rw.has(x)) return 'counterparty';
  return 'amount';
}
const RANK = { reference: 2, counterparty: 1, amount: 0 };
export const strongest = (list) => list.reduce((a, b) => (RANK[b] > RANK[a] ? b : a), 'amount');

// ---------- the month ----------

export class Month {
  constructor(def, rng) {
    this.def = def;
    this.rng = rng;
    this.lines = [];
    this.rows = [];
    this.used = new Set();
    this.groupN = 0;
    const { year, month, holidays } = def;
    this.days = [];
    for (let d = 1; d <= daysInMonth(year, month); d++) {
      const s = iso(year, month, d);
      const w = dow(s);
      if (w !== 0 && w !== 6 && !holidays.includes(s)) this.days.push(s);
    }
    this.first = this.days[0];
    this.last = this.days[this.days.length - 1];
  }
  /** working day by index (negative counts from the end) */
  day(i) {
    return i < 0 ? this.days[this.days.length + i] : this.days[Math.min(i, this.days.length - 1)];
  }
  /** the working day n working days after date (inside the month, clamped) */
  after(date, n) {
    const i = this.days.indexOf(date);
    if (i < 0) throw new Error(`not a working day ${date}`);
    return this.days[Math.max(0, Math.min(this.days.length - 1, i + n))];
  }
  anyDay(lo = 0, hi = this.days.length - 1) {
    return this.days[this.rng.int(lo, Math.min(hi, this.days.length - 1))];
  }
  /** a fresh amount (minor units, positive) in [lo, hi] major units, on a step of `step` minor units */
  fresh(lo, hi, step = 100) {
    for (let k = 0; k < 1000; k++) {
      const n = this.rng.int(Math.ceil((lo * 100) / step), Math.floor((hi * 100) / step)) * step;
      if (!this.used.has(n)) {
        this.used.add(n);
        return n;
      }
    }
    throw new Error('fresh: no unused amount');
  }
  claim(n) {
    this.used.add(Math.abs(n));
    return n;
  }
  group() {
    this.groupN += 1;
    return `g${String(this.groupN).padStart(3, '0')}`;
  }
  line(l) {
    if (!this.days.includes(l.date)) throw new Error(`bank line on a non-working day ${l.date} ${l.text}`);
    const x = { valueDate: l.date, reference: '', traits: [], ...l };
    this.lines.push(x);
    return x;
  }
  row(r) {
    if (!this.days.includes(r.date)) throw new Error(`book row on a non-working day ${r.date} ${r.desc}`);
    const x = { ref: '', party: '', ...r };
    this.rows.push(x);
    return x;
  }
  // decisions
  auto(line, rows, traits = [], extra = {}) {
    line.dec = { decision: 'auto', ledger: rows, traits, ...extra };
    return line;
  }
  suggest(line, rows, mustNotAuto, traits = [], extra = {}) {
    line.dec = { decision: 'suggest', ledger: rows, mustNotAuto, traits, ...extra };
    return line;
  }
  tie(line, rowsA, rowsB, traits = []) {
    line.dec = { decision: 'suggest', ledger: null, ledgerAnyOf: [rowsA, rowsB], mustNotAuto: true, traits };
    return line;
  }
  twins(lineA, lineB, rowA, rowB, traits = []) {
    for (const l of [lineA, lineB])
      l.dec = { decision: 'auto', ledger: null, ledgerAnyOf: [[rowA], [rowB]], traits: ['twins', ...traits] };
  }
  bankOnly(line, kind, traits = []) {
    line.dec = { decision: 'bank-only', kind, traits };
    return line;
  }
  none(line, traits = []) {
    line.dec = { decision: 'none', traits };
    return line;
  }
  reversal(a, b, traits = []) {
    a.dec = { decision: 'reversal-pair', partner: b, traits };
    b.dec = { decision: 'reversal-pair', partner: a, traits };
  }
  ledgerOnly(row, why) {
    row.ledgerOnly = why;
    return row;
  }
}
