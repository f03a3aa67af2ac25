// holdout38 helpers: PRNG, money in integer minor units, dates, CSV and XLSX writers, JSON through Prettier, evidence.
import * as XLSX from 'xlsx';
import * as prettier from 'prettier';

export function cyrb53(str, seed = 0) {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export class Rng {
  constructor(seed) {
    this.a = cyrb53(String(seed)) >>> 0;
  }
  next() {
    let t = (this.a = (this.a + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo, hi) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick(a) {
    return a[Math.floor(this.next() * a.length)];
  }
  digits(n) {
    let s = String(this.int(1, 9));
    while (s.length < n) s += String(this.int(0, 9));
    return s;
  }
}

/** minor units → "1234.56" (two decimals; every currency here has two) */
export function dec(m) {
  if (!Number.isSafeInteger(m)) throw new Error(`not an integer amount: ${m}`);
  const neg = m < 0;
  const s = String(Math.abs(m)).padStart(3, '0');
  return `${neg ? '-' : ''}${s.slice(0, -2)}.${s.slice(-2)}`;
}
/** minor units → grouped magnitude, e.g. grouped(123456789, "'", '.') = 1'234'567.89 */
export function grouped(m, group = ',', mark = '.') {
  const s = String(Math.abs(m)).padStart(3, '0');
  const int = s.slice(0, -2);
  let out = '';
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) out += group;
    out += int[i];
  }
  return `${m < 0 ? '-' : ''}${out}${mark}${s.slice(-2)}`;
}
/** m·num/den rounded half up, integers only */
export function share(m, num, den) {
  if (m < 0) return -share(-m, num, den);
  return Math.floor((m * num * 2 + den) / (2 * den));
}
/** minor units as the number a spreadsheet cell holds (exact through its decimal text) */
export const cellNumber = (m) => Number(dec(m));

// dates: ISO strings, UTC arithmetic
export const toDate = (iso) => new Date(`${iso}T00:00:00Z`);
export const iso = (d) => d.toISOString().slice(0, 10);
export const addDays = (s, n) => iso(new Date(toDate(s).getTime() + n * 86400000));
export const weekday = (s) => toDate(s).getUTCDay();
export const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const parts = (s) => ({ y: s.slice(0, 4), m: s.slice(5, 7), d: s.slice(8, 10) });
export function serial(s) {
  return Math.round((toDate(s).getTime() - Date.UTC(1899, 11, 30)) / 86400000);
}

export function workingDays(from, to, holidays) {
  const out = [];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const w = weekday(d);
    if (w !== 0 && w !== 6 && !holidays.includes(d)) out.push(d);
  }
  return out;
}

/** CSV text: CRLF, the delimiter given, quote all or when needed, optional BOM */
export function csv(rows, { delimiter = ',', quoteAll = false, bom = false } = {}) {
  const q = (v) => {
    const s = v === null || v === undefined ? '' : String(v);
    if (quoteAll || s.includes(delimiter) || s.includes('"') || /[\r\n]/.test(s)) return `"${s.replace(/"/g, '""')}"`;
    return s;
  };
  return (bom ? '\ufeff' : '') + rows.map((r) => r.map(q).join(delimiter)).join('\r\n') + '\r\n';
}

/**
 * XLSX bytes from rows of cells: a string, null, or { n: number, z?: format } / { date: iso, z: format }.
 * The document date is fixed so the same seed gives the same bytes.
 */
export function xlsx(sheetName, rows, { cols = [], docDate = '2027-01-01' } = {}) {
  const ws = {};
  let maxC = 0;
  rows.forEach((r, ri) => {
    r.forEach((c, ci) => {
      if (c === null || c === undefined || c === '') return;
      const addr = XLSX.utils.encode_cell({ r: ri, c: ci });
      if (typeof c === 'string') ws[addr] = { t: 's', v: c };
      else if (c.date) ws[addr] = { t: 'n', v: serial(c.date), z: c.z };
      else ws[addr] = { t: 'n', v: c.n, z: c.z ?? '#,##0.00' };
      maxC = Math.max(maxC, ci);
    });
  });
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length - 1, c: maxC } });
  if (cols.length) ws['!cols'] = cols.map((w) => ({ wch: w }));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  const when = new Date(`${docDate}T08:00:00Z`);
  wb.Props = { Title: sheetName, Author: 'bankfeed holdout38', CreatedDate: when, ModifiedDate: when };
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
}

/** JSON through Prettier with the repository's settings (resolved from this folder, wherever the file goes) */
export async function prettyJson(obj, filepath) {
  const config = (await prettier.resolveConfig(new URL('./any.json', import.meta.url).pathname)) ?? {};
  return prettier.format(JSON.stringify(obj), { ...config, parser: 'json', filepath });
}

// ---- evidence: what the cells mechanically carry ----
const GENERIC = new Set(
  (
    'transfer trf payment payments receipt receipts invoice invoices inv from nip inward outward bank limited ltd ' +
    'company enterprises enterprise services service trading ventures international holdings group nigeria ghana ' +
    'kenya africa south african charge charges credit debit cash deposit deposited salary salaries bulk batch ' +
    'settlement settle sweep collection collections account acct with mobile money transfer being paid pymt ' +
    'ontvangst betaling factuur facturen verkoopfactuur inkoopfactuur rekening crediteur debiteur ' +
    'innbetaling utbetaling faktura leverandor kunde betaling overforing ' +
    'zahlung eingang rechnung lieferant kunde uberweisung gutschrift lastschrift zahlungseingang ' +
    'receipt voucher contra journal narration pesalink rtgs ach gip eft instant fund funds ' +
    'part full final balance month limited plc the and for our your ref refund ibanking online mobile'
  ).split(/\s+/),
);
function fold(s) {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}
/** numbers of three digits or more: runs and chains over one - / . or space, each contiguous part of a chain */
export function numbers(text) {
  const out = new Set();
  const re = /\d+(?:[-/. ]\d+)*/g;
  for (const m of String(text ?? '').matchAll(re)) {
    const runs = m[0].split(/[-/. ]/);
    for (let i = 0; i < runs.length; i++) {
      for (let j = i; j < runs.length; j++) {
        let n = runs.slice(i, j + 1).join('');
        if (j === i && /^(19|20)\d\d$/.test(n)) continue;
        if (j > i && /^20[23]\d/.test(n) && n.length > 4) n = n.slice(4);
        n = n.replace(/^0+/, '');
        if (n.length >= 3) out.add(n);
      }
    }
  }
  return out;
}
export function words(text) {
  const out = new Set();
  for (const w of fold(String(text ?? '')).split(/[^a-z]+/)) if (w.length >= 4 && !GENERIC.has(w)) out.add(w);
  return out;
}
/** bank cells (text, reference, party) against book rows' cells (reference, description, party) */
export function evidence(bankCells, rowsCells) {
  const bn = new Set();
  const bw = new Set();
  for (const c of bankCells) {
    for (const n of numbers(c)) bn.add(n);
    for (const w of words(c)) bw.add(w);
  }
  const rn = new Set();
  const rw = new Set();
  for (const c of rowsCells) {
    for (const n of numbers(c)) rn.add(n);
    for (const w of words(c)) rw.add(w);
  }
  for (const n of bn) if (rn.has(n)) return 'reference';
  for (const w of bw) if (rw.has(w)) return 'counterparty';
  return 'amount';
}
