// Shared helpers of the holdout54 generator: seeded draws, money and date text, CSV/XLSX writers, and the month
// under construction (bank lines, book rows and what each bank line is, decided once).
import { writeFileSync } from 'node:fs';
import * as XLSX from 'xlsx';

export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
export const digits = (rnd, n) => Array.from({ length: n }, () => Math.floor(rnd() * 10)).join('');

/** "-1,250.50" → -125050 (integer minor units; strings only, money never passes through a float). */
export function minor(s) {
  const t = String(s).replace(/,/g, '');
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(t);
  if (!m) throw new Error(`bad amount ${s}`);
  const v = Number(m[2]) * 100 + Number((m[3] ?? '0').padEnd(2, '0'));
  return m[1] ? -v : v;
}
/** minor → "1250.50" (signed, no separators) */
export const major = (v) =>
  `${v < 0 ? '-' : ''}${Math.floor(Math.abs(v) / 100)}.${String(Math.abs(v) % 100).padStart(2, '0')}`;
/** minor magnitude with thousands separators: sep ',' dec '.' or sep '.' dec ',' */
export function grouped(v, sep = ',', dec = '.') {
  const a = Math.abs(v);
  const int = String(Math.floor(a / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return `${int}${dec}${String(a % 100).padStart(2, '0')}`;
}

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const parts = (iso) => iso.split('-').map(Number);
export const dmy = (iso, sep = '/') => {
  const [y, m, d] = parts(iso);
  return `${String(d).padStart(2, '0')}${sep}${String(m).padStart(2, '0')}${sep}${y}`;
};
export const dMonY = (iso, sep = '-') => {
  const [y, m, d] = parts(iso);
  return `${String(d).padStart(2, '0')}${sep}${MON[m - 1]}${sep}${y}`;
};
export const ymdSlash = (iso) => iso.replace(/-/g, '/');
export const weekday = (iso) => {
  const [y, m, d] = parts(iso);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
};
export const serial = (iso) => {
  const [y, m, d] = parts(iso);
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;
};

export function writeCsv(path, rows, delim = ',') {
  const cell = (c) => {
    const s = c === null || c === undefined ? '' : String(c);
    return s.includes(delim) || s.includes('"') ? `"${s.replace(/"/g, '""')}"` : s;
  };
  writeFileSync(path, rows.map((r) => r.map(cell).join(delim)).join('\r\n') + '\r\n');
}
/** rows of values; a value {date: iso, z} becomes a real date cell, {num: minor, z} a number cell */
export function writeXlsx(path, sheetName, rows, cols) {
  const ws = {};
  let maxC = 0;
  rows.forEach((r, ri) => {
    r.forEach((c, ci) => {
      if (c === null || c === undefined || c === '') return;
      const a = XLSX.utils.encode_cell({ r: ri, c: ci });
      if (typeof c === 'object' && c.date) ws[a] = { t: 'n', v: serial(c.date), z: c.z ?? 'dd/mm/yyyy' };
      else if (typeof c === 'object' && 'num' in c) ws[a] = { t: 'n', v: Number(major(c.num)), z: c.z ?? '#,##0.00' };
      else ws[a] = { t: 's', v: String(c) };
      maxC = Math.max(maxC, ci);
    });
  });
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length - 1, c: maxC } });
  if (cols) ws['!cols'] = cols.map((w) => ({ wch: w }));
  const wb = { SheetNames: [sheetName], Sheets: { [sheetName]: ws } };
  writeFileSync(path, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }));
}

/**
 * The month under construction. Bank lines and book rows are objects; each bank line gets exactly one decision.
 * `b` = { d, a, t, r?, v?, chq? } (date, signed amount string, narration, bank reference …);
 * `l` = { d, a, ref, party, desc, type? } (book row).
 */
export class Month {
  constructor() {
    this.bank = [];
    this.book = [];
    this.truth = new Map();
    this.ledgerOnly = [];
    this.groups = 0;
  }
  #b(b) {
    const x = { ...b, amount: minor(b.a) };
    this.bank.push(x);
    return x;
  }
  #l(l) {
    const x = { ...l, amount: minor(l.a) };
    this.book.push(x);
    return x;
  }
  /** a bank line (or several: many-to-one) paying book row(s) */
  match(decision, bs, ls, o = {}) {
    const bx = (Array.isArray(bs) ? bs : [bs]).map((b) => this.#b(b));
    const lx = (Array.isArray(ls) ? ls : [ls]).map((l) => this.#l(l));
    const group = bx.length > 1 ? `g${String(++this.groups).padStart(2, '0')}` : null;
    const bsum = bx.reduce((s, b) => s + b.amount, 0);
    const lsum = lx.reduce((s, l) => s + l.amount, 0);
    const difference = decision === 'auto' && bsum !== lsum ? bsum - lsum : undefined;
    for (const b of bx)
      this.truth.set(b, {
        expect: 'match',
        decision,
        ledger: lx,
        group,
        ambiguous: false,
        evidence: o.evidence,
        difference,
        mustNotAuto: o.mustNotAuto,
        traits: o.traits ?? [],
      });
    return { bx, lx };
  }
  /** equally right answers: each bank line may take either book row */
  anyOf(decision, bs, ls, o = {}) {
    const bx = bs.map((b) => this.#b(b));
    const lx = ls.map((l) => this.#l(l));
    for (const b of bx)
      this.truth.set(b, {
        expect: 'match',
        decision,
        ledger: null,
        ledgerAnyOf: lx.map((l) => [l]),
        group: null,
        ambiguous: true,
        evidence: o.evidence,
        mustNotAuto: o.mustNotAuto,
        traits: o.traits ?? [],
      });
  }
  bankOnly(b, kind, traits = []) {
    this.truth.set(this.#b(b), {
      expect: 'bank-only',
      decision: 'bank-only',
      ledger: null,
      group: null,
      ambiguous: false,
      kind,
      traits,
    });
  }
  none(b, traits = []) {
    this.truth.set(this.#b(b), {
      expect: 'no-counterpart',
      decision: 'none',
      ledger: null,
      group: null,
      ambiguous: false,
      traits,
    });
  }
  reversal(b1, b2, traits = []) {
    const x1 = this.#b(b1);
    const x2 = this.#b(b2);
    this.truth.set(x1, {
      expect: 'reversal-pair',
      decision: 'reversal-pair',
      ledger: null,
      group: null,
      ambiguous: false,
      partner: x2,
      traits,
    });
    this.truth.set(x2, {
      expect: 'reversal-pair',
      decision: 'reversal-pair',
      ledger: null,
      group: null,
      ambiguous: false,
      partner: x1,
      traits,
    });
  }
  ledgerOnlyRow(l, why) {
    const x = this.#l(l);
    this.ledgerOnly.push({ l: x, why });
    return x;
  }
}
