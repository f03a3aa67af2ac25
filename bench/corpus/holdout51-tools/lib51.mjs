// holdout51: shared helpers — seeded draws, dates, money text, a month under construction, the evidence rule.
// Money is integer minor units throughout; text is built from digits, never from floats.

/** mulberry32: small, seedable, the same on every machine. */
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
  return { next, int, pick };
}

export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n, w = 2) => String(n).padStart(w, '0');
export const ymd = (y, m, d) => `${y}-${pad(m)}-${pad(d)}`;
export const parts = (iso) => iso.split('-').map(Number);
const dow = (iso) => new Date(`${iso}T12:00:00Z`).getUTCDay();
export const addDays = (iso, n) => {
  const t = new Date(`${iso}T12:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
};
export const fmt = {
  dmy: (iso, sep = '/') => iso.split('-').reverse().join(sep),
  mdy: (iso) => {
    const [y, m, d] = parts(iso);
    return `${pad(m)}/${pad(d)}/${y}`;
  },
  dMonY: (iso, sep = '-') => {
    const [y, m, d] = parts(iso);
    return `${pad(d)}${sep}${MONTHS[m - 1]}${sep}${y}`;
  },
};

/** "1234567" minor → "12345.67" (signed), or grouped "12,345.67" / with another group mark. */
export function money(minor, { group = '', sign = true } = {}) {
  const neg = minor < 0;
  const a = Math.abs(minor);
  let whole = String(Math.floor(a / 100));
  if (group) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${neg && sign ? '-' : ''}${whole}.${pad(a % 100)}`;
}
/** Minor units as a spreadsheet number (the only place a float appears: an XLSX cell). */
export const cellNumber = (minor) => minor / 100;

/** Working days of a month (Mon–Fri, minus holidays). */
export function workingDays(from, to, holidays) {
  const out = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (dow(d) % 6 !== 0 && !holidays.includes(d)) out.push(d);
  return out;
}

// ——— the evidence rule: what the statement's text and the book row's text mechanically share ———
const GENERIC = new Set(
  `transfer trf from payment paid deposit cash cheque chq receipt credit debit charge charges bank account
  limited ltd plc company enterprise enterprises services nigeria ghana kenya africa south fees fee levy duty
  salary salaries invoice inv being with into mobile money momo mpesa m-pesa transaction trans bulk batch
  settlement sales card interest reversal reversed return returned outward inward instant online mobile
  branch via against part balance total month march november october august april payments receipts transfers
  deposits fund funds order debit` // generic bank and trade words never count as a name
    .split(/\s+/)
    .filter(Boolean),
);
export function tokens(text) {
  const t = String(text ?? '').toLowerCase();
  const nums = new Set();
  for (const m of t.matchAll(/\d+/g)) {
    const n = m[0].replace(/^0+/, '');
    if (n.length >= 3 && !(n.length === 4 && /^(19|20)\d\d$/.test(n))) nums.add(n);
  }
  const codes = new Set();
  for (const m of t.matchAll(/[a-z0-9]+/g))
    if (m[0].length >= 6 && /\d/.test(m[0]) && /[a-z]/.test(m[0])) codes.add(m[0]);
  const words = new Set();
  for (const m of t.matchAll(/[a-z]+/g)) if (m[0].length >= 4 && !GENERIC.has(m[0])) words.add(m[0]);
  return { nums, codes, words };
}
const meets = (a, b) => [...a].some((x) => b.has(x));
export function evidence(bankText, rowText) {
  const a = tokens(bankText);
  const b = tokens(rowText);
  if (meets(a.nums, b.nums) || meets(a.codes, b.codes)) return 'reference';
  if (meets(a.words, b.words)) return 'counterparty';
  return 'amount';
}
export const sharesAny = (bankText, rowText) => evidence(bankText, rowText) !== 'amount';

/**
 * A month under construction: statement lines and book rows in the order they happen, and the accountant's word on
 * each line. Lines and rows are sorted by date (stable) when the files are written.
 */
export class Month {
  constructor({ from, to, holidays = [], seed }) {
    Object.assign(this, { from, to, holidays });
    this.r = rng(seed);
    this.lines = [];
    this.rows = [];
    this.decisions = [];
    this.used = new Set();
    this.days = workingDays(from, to, holidays);
  }
  /** A drawn amount in minor units, new to the month, rounded to `step` minor. */
  amount(lo, hi, step = 100) {
    for (;;) {
      const v = Math.round(this.r.int(lo, hi) / step) * step;
      if (v > 0 && !this.used.has(v)) {
        this.used.add(v);
        return v;
      }
    }
  }
  day(i) {
    return this.days[Math.max(0, Math.min(this.days.length - 1, i))];
  }
  /** The working day `n` before (negative) or after `iso` */
  shift(iso, n) {
    let i = this.days.indexOf(iso);
    if (i < 0) throw new Error(`${iso} is not a working day`);
    i += n;
    return this.days[Math.max(0, Math.min(this.days.length - 1, i))];
  }
  line(date, minor, text, extra = {}) {
    const l = { date, minor, text, seq: this.lines.length, ...extra };
    this.lines.push(l);
    return l;
  }
  row(date, minor, fields) {
    const r = { date, minor, seq: this.rows.length, ...fields };
    this.rows.push(r);
    return r;
  }
  ledgerOnly(row, why) {
    if (row.owner) throw new Error('row owned twice');
    row.owner = { ledgerOnly: why };
    return row;
  }
  decide(lines, d) {
    for (const l of [lines].flat()) if (l.decision) throw new Error(`line decided twice: ${l.text}`);
    const ls = [lines].flat();
    const entry = { lines: ls, ...d };
    for (const l of ls) l.decision = entry;
    this.decisions.push(entry);
    return entry;
  }
}
