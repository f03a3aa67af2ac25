// holdout34 — shared helpers: seeded PRNG, money in minor units, dates, CSV/XLSX writers, the evidence rule, and the
// Month (bank lines, book rows and the decision helpers). Nothing here reads the engine.
import * as XLSX from 'xlsx';
import * as prettier from 'prettier';
import { Buffer } from 'node:buffer';
import { fileURLToPath } from 'node:url';

// ---------------------------------------------------------------- PRNG (sfc32 seeded through splitmix32)
function splitmix32(seed) {
  let a = seed | 0;
  return () => {
    a = (a + 0x9e3779b9) | 0;
    let t = a ^ (a >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    return (t ^ (t >>> 15)) >>> 0;
  };
}
export function makeRng(seed) {
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
  for (let i = 0; i < 15; i++) next();
  const rng = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    digits: (n) => {
      let s = '';
      for (let i = 0; i < n; i++) s += String(Math.floor(next() * 10));
      return s;
    },
    letters: (n) => {
      let s = '';
      for (let i = 0; i < n; i++) s += 'ABCDEFGHJKLMNPQRSTUVWXYZ'[Math.floor(next() * 24)];
      return s;
    },
    shuffle: (arr) => {
      const a = arr.slice();
      for (let i = a.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [a[i], a[j]] = [a[j], a[i]];
      }
      return a;
    },
  };
  return rng;
}

// ---------------------------------------------------------------- money (integer minor units, 2 decimals)
export function money(minor, { group = '', dec = '.', sign = true } = {}) {
  const neg = minor < 0;
  const abs = Math.abs(minor);
  const whole = String(Math.floor(abs / 100));
  const frac = String(abs % 100).padStart(2, '0');
  let w = whole;
  if (group) {
    const parts = [];
    for (let i = whole.length; i > 0; i -= 3) parts.unshift(whole.slice(Math.max(0, i - 3), i));
    w = parts.join(group);
  }
  return (neg && sign ? '-' : '') + w + dec + frac;
}
export const major = (minor) => money(minor);
export const grouped = (minor) => money(minor, { group: ',' });
export const pct = (minor, num, den) => Math.round((minor * num) / den);

// ---------------------------------------------------------------- dates (ISO strings, UTC arithmetic)
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const MONTHS = MON;
export const parts = (iso) => iso.split('-').map(Number);
export function addDays(iso, n) {
  const [y, m, d] = parts(iso);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}
export function weekday(iso) {
  const [y, m, d] = parts(iso);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}
export function fmtDate(iso, style) {
  const [y, m, d] = parts(iso);
  const dd = String(d).padStart(2, '0');
  const mm = String(m).padStart(2, '0');
  switch (style) {
    case 'dd/mm/yyyy':
      return `${dd}/${mm}/${y}`;
    case 'mm/dd/yyyy':
      return `${mm}/${dd}/${y}`;
    case 'dd-mm-yyyy':
      return `${dd}-${mm}-${y}`;
    case 'dd.mm.yyyy':
      return `${dd}.${mm}.${y}`;
    case 'dd-Mmm-yyyy':
      return `${dd}-${MON[m - 1]}-${y}`;
    case 'dd Mmm yyyy':
      return `${dd} ${MON[m - 1]} ${y}`;
    default:
      return iso;
  }
}
/** Excel serial (1900 system) of a business date. */
export function serial(iso) {
  const [y, m, d] = parts(iso);
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
}

// ---------------------------------------------------------------- writers
export function csv(rows, { delimiter = ',', quoteAll = false, bom = false, encoding = 'utf8' } = {}) {
  const cell = (v) => {
    const s = v === null || v === undefined ? '' : String(v);
    if (quoteAll || s.includes(delimiter) || s.includes('"') || s.includes('\n'))
      return '"' + s.replace(/"/g, '""') + '"';
    return s;
  };
  const text = rows.map((r) => r.map(cell).join(delimiter)).join('\r\n') + '\r\n';
  if (encoding === 'windows-1252') {
    const out = Buffer.alloc(text.length);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c > 255) throw new Error(`character ${text[i]} has no windows-1252 byte here`);
      out[i] = c;
    }
    return out;
  }
  return Buffer.from((bom ? '\ufeff' : '') + text, 'utf8');
}
/** rows of cells: string | null | { n, z } (a number with its format) | { d } (a date cell). */
export function xlsx(sheetName, rows, { dateFormat = 'dd-mm-yyyy' } = {}) {
  const ws = {};
  let maxC = 0;
  rows.forEach((r, ri) => {
    r.forEach((v, ci) => {
      if (v === null || v === undefined || v === '') return;
      const addr = XLSX.utils.encode_cell({ r: ri, c: ci });
      if (typeof v === 'string') ws[addr] = { t: 's', v };
      else if (typeof v === 'number') ws[addr] = { t: 'n', v };
      else if ('d' in v) ws[addr] = { t: 'n', v: serial(v.d), z: v.z ?? dateFormat };
      else ws[addr] = { t: 'n', v: v.n / 100, z: v.z ?? '#,##0.00' };
      maxC = Math.max(maxC, ci);
    });
  });
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length - 1, c: maxC } });
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  const fixed = new Date(Date.UTC(2026, 4, 4, 8, 0, 0));
  wb.Props = { Title: sheetName, Author: 'bankfeed corpus', CreatedDate: fixed, ModifiedDate: fixed };
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
}
/** JSON through Prettier with the repository's settings (resolved from this file, wherever the output goes). */
export async function prettyJson(obj) {
  const options = (await prettier.resolveConfig(fileURLToPath(import.meta.url))) ?? {};
  return prettier.format(JSON.stringify(obj), { ...options, parser: 'json' });
}

// ---------------------------------------------------------------- the evidence rule
const GENERIC = new Set(
  (
    'from with this that being part paid pays payment payments receipt receipts received receive invoice invoices ' +
    'bank banks charge charges deposit deposits cash cheque cheques settlement settlements limited company services ' +
    'service trading account accounts salary salaries refund customer supplier transfer transfers inward outward ' +
    'instant fees bulk batch month january february march april being balance payout merchant credit debit order ' +
    'orders supplies goods less note purchase sale sales contribution contributions clearing reversal nigeria ghana ' +
    'kenya south africa enterprise enterprises holdings group store stores general total opening closing sundry ' +
    'against other various thanks deposited levy tran online internet mobile channel ltd. plc pty proprietary ' +
    'zahlung zahlungseingang zahlungsausgang rechnung gutschrift lastschrift buchung gebuehr konto ueberweisung ' +
    'eingang ausgang lohn gehalt steuer umsatzsteuer auszahlung teilzahlung'
  ).split(' '),
);
export function numTokens(s) {
  const out = new Set();
  for (const m of String(s ?? '').matchAll(/\d+(?:[-/. ]\d+)*/g)) {
    let d = m[0].replace(/\D/g, '');
    if (/^(19|20)\d\d$/.test(d)) continue;
    if (d.length > 4 && /^20[23]\d/.test(d)) d = d.slice(4);
    d = d.replace(/^0+/, '');
    if (d.length >= 3) out.add(d);
  }
  return out;
}
export function wordTokens(s) {
  const out = new Set();
  const norm = String(s ?? '')
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss');
  for (const w of norm.match(/[a-z]{4,}/g) ?? []) if (!GENERIC.has(w)) out.add(w);
  return out;
}
/** bank: strings the bank cells carry (text, reference, party); book: the rows' reference/description/party strings. */
export function evidenceOf(bankStrings, bookStrings) {
  const bn = new Set(bankStrings.flatMap((s) => [...numTokens(s)]));
  const kn = new Set(bookStrings.flatMap((s) => [...numTokens(s)]));
  for (const t of bn) if (kn.has(t)) return 'reference';
  const bw = new Set(bankStrings.flatMap((s) => [...wordTokens(s)]));
  const kw = new Set(bookStrings.flatMap((s) => [...wordTokens(s)]));
  for (const t of bw) if (kw.has(t)) return 'counterparty';
  return 'amount';
}

// ---------------------------------------------------------------- the month
export class Month {
  constructor(rng, { year, month, holidays }) {
    this.rng = rng;
    this.year = year;
    this.month = month;
    this.holidays = holidays;
    const first = `${year}-${String(month).padStart(2, '0')}-01`;
    this.from = first;
    this.days = [];
    for (let d = first; parts(d)[1] === month; d = addDays(d, 1)) {
      this.to = d;
      const wd = weekday(d);
      if (wd !== 0 && wd !== 6 && !holidays.includes(d)) this.days.push(d);
    }
    this.lines = [];
    this.rows = [];
    this.cluster = 0;
    this.used = new Set();
  }
  day(i) {
    return this.days[Math.max(0, Math.min(this.days.length - 1, i))];
  }
  get last() {
    return this.days.length - 1;
  }
  /** an amount (minor) in [lo, hi] major units on a step of `step` minor units, not used before. */
  amt(lo, hi, step = 100) {
    for (;;) {
      const v = this.rng.int(Math.ceil((lo * 100) / step), Math.floor((hi * 100) / step)) * step;
      if (!this.used.has(v)) {
        this.used.add(v);
        return v;
      }
    }
  }
  reserve(v) {
    if (this.used.has(Math.abs(v))) throw new Error(`amount ${v} used twice`);
    this.used.add(Math.abs(v));
    return v;
  }
  /** a cluster of bank lines on one date, kept together in this order */
  bank(date, specs) {
    const c = ++this.cluster;
    return specs.map((s, i) => {
      const line = { date, cluster: c, idx: i, ...s, t: null };
      this.lines.push(line);
      return line;
    });
  }
  book(date, row) {
    const r = { date, seq: this.rows.length, ...row, owned: 0 };
    this.rows.push(r);
    return r;
  }
  // decisions ---------------------------------------------------
  auto(lines, rows, traits, opts = {}) {
    lines = [].concat(lines);
    const g = lines.length > 1 ? { id: null } : null;
    for (const l of lines) l.t = { decision: 'auto', rows, group: g, traits, ...opts };
    rows.forEach((r) => r.owned++);
  }
  suggest(lines, rows, traits, mustNotAuto) {
    lines = [].concat(lines);
    const g = lines.length > 1 ? { id: null } : null;
    for (const l of lines) l.t = { decision: 'suggest', rows, group: g, traits, mustNotAuto };
    rows.forEach((r) => r.owned++);
  }
  tie(line, rowA, rowB, traits) {
    line.t = { decision: 'suggest', rows: null, anyOf: [[rowA], [rowB]], traits, mustNotAuto: true };
    rowA.owned++;
    rowB.owned++;
  }
  twins(lineA, lineB, rowA, rowB, traits) {
    for (const l of [lineA, lineB]) l.t = { decision: 'auto', rows: null, anyOf: [[rowA], [rowB]], traits };
    rowA.owned++;
    rowB.owned++;
  }
  bankOnly(line, kind, traits = []) {
    line.t = { decision: 'bank-only', kind, traits };
  }
  none(line, traits) {
    line.t = { decision: 'none', traits };
  }
  reversal(a, b, traits) {
    a.t = { decision: 'reversal-pair', partner: b, traits };
    b.t = { decision: 'reversal-pair', partner: a, traits };
  }
  ledgerOnly(row, why) {
    row.ledgerOnly = why;
    row.owned++;
  }
  /** final order: by date, then cluster, then position in the cluster */
  sorted() {
    const lines = this.lines
      .slice()
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.cluster - b.cluster || a.idx - b.idx));
    const rows = this.rows
      .slice()
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : (a.order ?? a.seq) - (b.order ?? b.seq)));
    return { lines, rows };
  }
}
