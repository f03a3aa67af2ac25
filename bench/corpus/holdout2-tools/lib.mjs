// Shared helpers for the holdout2 generator: seeded randomness, money in minor units, dates, and the set builder
// that collects bank lines, ledger rows and the truth linking them before the writers give them row numbers.

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
  const chance = (p) => next() < p;
  const digits = (n) => Array.from({ length: n }, () => int(0, 9)).join('');
  const alnum = (n) => Array.from({ length: n }, () => pick('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'.split(''))).join('');
  return { next, int, pick, chance, digits, alnum };
}

/** minor units → "1234.56" (signed) */
export function major(minor) {
  const s = minor < 0 ? '-' : '';
  const a = Math.abs(minor);
  return `${s}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}
/** minor units (unsigned) → "1,234.56" */
export function grouped(minor) {
  const a = Math.abs(minor);
  const whole = String(Math.floor(a / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${whole}.${String(a % 100).padStart(2, '0')}`;
}
/** percentage of an amount in minor units, rounded half up; pct given in basis points */
export function bp(minor, basisPoints) {
  return Math.round((minor * basisPoints) / 10000);
}

export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const iso = (y, m, d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
export function addDays(isoDate, n) {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
export const weekday = (isoDate) => new Date(`${isoDate}T00:00:00Z`).getUTCDay();
export function nextBusinessDay(isoDate, holidays = []) {
  let d = addDays(isoDate, 1);
  while (weekday(d) === 0 || weekday(d) === 6 || holidays.includes(d)) d = addDays(d, 1);
  return d;
}
export function businessDays(y, m, holidays = []) {
  const out = [];
  for (let d = 1; d <= 31; d++) {
    const x = iso(y, m, d);
    if (addDays(x, 0) !== x) break; // no such day in this month
    if (weekday(x) !== 0 && weekday(x) !== 6 && !holidays.includes(x)) out.push(x);
  }
  return out;
}
export const dmy = (x, sep = '/') => `${x.slice(8, 10)}${sep}${x.slice(5, 7)}${sep}${x.slice(0, 4)}`;
export const dMonY = (x, sep = '-') =>
  `${x.slice(8, 10)}${sep}${MONTHS[Number(x.slice(5, 7)) - 1]}${sep}${x.slice(0, 4)}`;
export const dMonYY = (x, sep = '-') =>
  `${x.slice(8, 10)}${sep}${MONTHS[Number(x.slice(5, 7)) - 1].toUpperCase()}${sep}${x.slice(2, 4)}`;
/** an Excel date cell value: days since 1899-12-30 */
export const excelSerial = (x) => Math.round((Date.parse(`${x}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86400000);

/**
 * The set under construction: bank lines and ledger rows (amounts signed as they affect the bank account, money in
 * positive) and the truth items that tie them together. Ids are internal; the writers assign file rows.
 */
export class SetBuilder {
  constructor() {
    this.bank = [];
    this.ledger = [];
    this.truth = [];
    this.ledgerOnly = [];
    this.seq = 0;
    this.groupSeq = 0;
  }
  b(file, line) {
    const id = `b${++this.seq}`;
    this.bank.push({ id, file, order: this.seq, ...line });
    return id;
  }
  l(file, row) {
    const id = `l${++this.seq}`;
    this.ledger.push({ id, file, order: this.seq, ...row });
    return id;
  }
  /** one truth entry per bank id */
  match(bankIds, ledgerIds, { traits = [], evidence = 'amount', anyOf = null } = {}) {
    const group = bankIds.length > 1 ? `g${String(++this.groupSeq).padStart(3, '0')}` : null;
    for (const id of bankIds)
      this.truth.push({
        bank: id,
        expect: 'match',
        ledger: ledgerIds,
        group,
        evidence,
        ambiguous: anyOf !== null,
        anyOf,
        traits,
      });
  }
  bankOnly(id, kind, traits = []) {
    this.truth.push({ bank: id, expect: 'bank-only', ledger: [], kind, evidence: 'amount', traits });
  }
  noCounterpart(id, why, traits = []) {
    this.truth.push({ bank: id, expect: 'no-counterpart', ledger: [], why, evidence: 'amount', traits });
  }
  reversal(a, b) {
    this.truth.push({
      bank: a,
      expect: 'reversal-pair',
      ledger: [],
      partner: b,
      evidence: 'amount',
      traits: ['reversal-pair'],
    });
    this.truth.push({
      bank: b,
      expect: 'reversal-pair',
      ledger: [],
      partner: a,
      evidence: 'amount',
      traits: ['reversal-pair'],
    });
  }
  onlyInBooks(id, why) {
    this.ledgerOnly.push({ id, why });
  }
}

/**
 * How a customer writes an invoice number in a transfer narration. `parts`: { prefix, year, serial, pad, canon }.
 * Returns [text, trait].
 */
export function writeRef(kind, p) {
  const padded = String(p.serial).padStart(p.pad, '0');
  switch (kind) {
    case 'canonical':
      return [p.canon, 'ref-canonical'];
    case 'lowercase':
      return [p.canon.toLowerCase(), 'ref-lowercase'];
    case 'spaces':
      return [`${p.prefix} ${p.year ? `${p.year} ` : ''}${padded}`, 'ref-spaces'];
    case 'no-padding':
      return [`${p.prefix}${p.year ? `-${p.year}` : ''}-${p.serial}`, 'ref-no-padding'];
    case 'serial-only':
      return [`inv ${p.serial}`, 'ref-serial-only'];
    case 'joined':
      return [`${p.prefix}${p.year ?? ''}${padded}`, 'ref-year-serial-joined'];
    case 'slashes':
      return [`${p.prefix}/${p.year ? `${p.year}/` : ''}${padded}`, 'ref-slashes'];
    default:
      throw new Error(kind);
  }
}
