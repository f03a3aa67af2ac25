// Shared pieces of the holdout52 generator: seeded draws, business dates, money text, file writers and the month
// under construction (bank lines, book rows and what each line is in truth).
import * as XLSX from 'xlsx';

/** mulberry32: small, seeded, the same sequence on every machine. */
export function draws(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  return {
    next,
    int,
    pick: (xs) => xs[int(0, xs.length - 1)],
    chance: (p) => next() < p,
    /** a whole amount in major units between lo and hi, rounded to `step`, as minor units */
    round: (lo, hi, step = 1) => Math.round(int(lo, hi) / step) * step * 100,
    /** a priced amount with kobo/pesewas/cents, as minor units */
    cents: (lo, hi) => int(lo * 100, hi * 100),
  };
}

// ---- dates (YYYY-MM-DD strings, calendar arithmetic in UTC so no machine time zone leaks in)
const toDate = (ymd) => new Date(`${ymd}T00:00:00Z`);
export const addDays = (ymd, n) => new Date(toDate(ymd).getTime() + n * 86400000).toISOString().slice(0, 10);
export const weekday = (ymd) => toDate(ymd).getUTCDay();
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** the ways statements and books write a date */
export function dateText(ymd, style) {
  const [y, m, d] = ymd.split('-');
  switch (style) {
    case 'dd-Mon-yyyy':
      return `${d}-${MON[Number(m) - 1]}-${y}`;
    case 'dd Mon yyyy':
      return `${d} ${MON[Number(m) - 1]} ${y}`;
    case 'dd/mm/yyyy':
      return `${d}/${m}/${y}`;
    case 'dd.mm.yyyy':
      return `${d}.${m}.${y}`;
    case 'yyyy/mm/dd':
      return `${y}/${m}/${d}`;
    case 'dd/mm':
      return `${d}/${m}`;
    case 'ddmm':
      return `${d}${m}`;
    case 'dd-MON-yy':
      return `${d}-${MON[Number(m) - 1].toUpperCase()}-${y.slice(2)}`;
    default:
      return ymd;
  }
}
/** an Excel serial day (1900 system) for a date cell */
export const serialOf = (ymd) => Math.round((toDate(ymd).getTime() - Date.UTC(1899, 11, 30)) / 86400000);

// ---- money (integer minor units in, text out; never floats for the amounts themselves)
export const major = (minor) => {
  const sign = minor < 0 ? '-' : '';
  const m = Math.abs(minor);
  return `${sign}${Math.floor(m / 100)}.${String(m % 100).padStart(2, '0')}`;
};
/** unsigned, grouped: 1,234,567.89 (or with the given separators) */
export function grouped(minor, thousands = ',', decimal = '.') {
  const m = Math.abs(minor);
  const whole = String(Math.floor(m / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  return `${whole}${decimal}${String(m % 100).padStart(2, '0')}`;
}
/** a major-unit number for an XLSX numeric cell (exact to the cent for the sizes used here) */
export const asNumber = (minor) => Number(major(minor));
/** percent of an amount, rounded half up to the minor unit (basis points) */
export const pctOf = (minor, bp) => Math.round((minor * bp) / 10000);

// ---- writers
export function csvText(rows, { delimiter = ',', eol = '\r\n', quoteAll = false } = {}) {
  const cell = (v) => {
    const s = v === null || v === undefined ? '' : String(v);
    return quoteAll || s.includes(delimiter) || s.includes('"') ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(cell).join(delimiter)).join(eol) + eol;
}
/** an XLSX workbook of one sheet; cells may be plain values or SheetJS cell objects ({ t, v, z }) */
export function xlsxBuffer(sheetName, rows) {
  const ws = {};
  let maxC = 0;
  rows.forEach((r, ri) => {
    r.forEach((v, ci) => {
      if (v === null || v === undefined || v === '') return;
      const cell = typeof v === 'object' ? v : typeof v === 'number' ? { t: 'n', v } : { t: 's', v: String(v) };
      ws[XLSX.utils.encode_cell({ r: ri, c: ci })] = cell;
      maxC = Math.max(maxC, ci);
    });
  });
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(rows.length - 1, 0), c: maxC } });
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  wb.Props = {
    Title: sheetName,
    CreatedDate: new Date(Date.UTC(2034, 0, 5)),
    ModifiedDate: new Date(Date.UTC(2034, 0, 5)),
  };
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
}

/**
 * The month under construction. Bank lines and book rows are recorded as the business's month is written; each bank
 * line is then decided exactly once (match, bank-only, none, reversal pair), each book row owned at most once.
 */
export class Month {
  constructor({ from, to, holidays = [], weekendBanking = false }) {
    Object.assign(this, { from, to, holidays, weekendBanking });
    this.lines = [];
    this.rows = [];
    this.decisions = [];
    this.ledgerOnlyRows = [];
    this.otherRows = [];
    this.seq = 0;
  }
  isWorking(ymd) {
    const w = weekday(ymd);
    return w !== 0 && w !== 6 && !this.holidays.includes(ymd);
  }
  /** the first working day on or after (n = 0), or the n-th working day after ymd */
  working(ymd, n = 0) {
    let d = ymd;
    while (!this.isWorking(d)) d = addDays(d, 1);
    for (let i = 0; i < n; i++) {
      d = addDays(d, 1);
      while (!this.isWorking(d)) d = addDays(d, 1);
    }
    return d;
  }
  /** the n-th working day before ymd (n = 0: ymd itself if working, else the one before) */
  before(ymd, n) {
    let d = ymd;
    while (!this.isWorking(d)) d = addDays(d, -1);
    for (let i = 0; i < n; i++) {
      d = addDays(d, -1);
      while (!this.isWorking(d)) d = addDays(d, -1);
    }
    return d;
  }
  workingDays() {
    const out = [];
    for (let d = this.from; d <= this.to; d = addDays(d, 1)) if (this.isWorking(d)) out.push(d);
    return out;
  }
  /** a bank line: amount in signed minor units; `anyDay` for channels that post on closed days (NIP, M-PESA) */
  line({ date, amount, text, reference = null, counterparty = null, anyDay = false, valueDate = null, extra = {} }) {
    if (!Number.isInteger(amount) || amount === 0) throw new Error(`bad amount on "${text}"`);
    const l = {
      kind: 'line',
      seq: this.seq++,
      date,
      valueDate: valueDate ?? date,
      amount,
      text,
      reference,
      counterparty,
      anyDay,
      extra,
    };
    this.lines.push(l);
    return l;
  }
  /** a book row of the bank account */
  row({ date, amount, ref = '', desc, party = null, extra = {} }) {
    if (!Number.isInteger(amount) || amount === 0) throw new Error(`bad amount on "${desc}"`);
    const r = { kind: 'row', seq: this.seq++, date, amount, ref, desc, party, extra };
    this.rows.push(r);
    return r;
  }
  /** a row of another account in the same export (never a counterpart of the statement) */
  otherRow(r) {
    this.otherRows.push({ kind: 'other', seq: this.seq++, ...r });
  }
  /**
   * lines ↔ rows. `evidence` is what the bank text carries (reference | counterparty | amount); `decision` is auto
   * or suggest; `anyOf` lists equally right row sets (twins, ties).
   */
  match(lines, rows, { evidence, decision, traits = [], mustNotAuto = false, anyOf = null, group = null }) {
    const ls = [lines].flat();
    const rs = rows === null ? null : [rows].flat();
    this.decisions.push({ type: 'match', lines: ls, rows: rs, evidence, decision, traits, mustNotAuto, anyOf, group });
  }
  bankOnly(line, kind, traits = []) {
    this.decisions.push({ type: 'bank-only', lines: [line], kind, traits });
  }
  none(line, traits = []) {
    this.decisions.push({ type: 'none', lines: [line], traits });
  }
  reversal(a, b, traits = []) {
    if (a.amount + b.amount !== 0) throw new Error(`reversal pair "${a.text}" does not cancel`);
    this.decisions.push({ type: 'reversal', lines: [a, b], traits });
  }
  ledgerOnly(row, why) {
    this.ledgerOnlyRows.push({ row, why });
  }
}
