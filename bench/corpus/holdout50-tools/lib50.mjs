// Shared helpers of the holdout50 generator: seeded draws, calendar, money text, the evidence rule, file writers.
import XLSX from 'xlsx';

/** mulberry32: a small seeded generator, so the same seed gives the same month. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pad = (n, w = 2) => String(n).padStart(w, '0');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const monthName = (iso) => MON[Number(iso.slice(5, 7)) - 1];

/** Days of a month as ISO dates, and the weekday of each (0 = Sunday), computed in UTC (dates only). */
export function monthDays(year, month) {
  const out = [];
  for (let d = 1; d <= 31; d++) {
    const dt = new Date(Date.UTC(year, month - 1, d));
    if (dt.getUTCMonth() !== month - 1) break;
    out.push({ iso: `${year}-${pad(month)}-${pad(d)}`, dow: dt.getUTCDay() });
  }
  return out;
}

/** Working days: no Saturday, Sunday or listed public holiday. */
export const workingDays = (year, month, holidays) =>
  monthDays(year, month)
    .filter((d) => d.dow !== 0 && d.dow !== 6 && !holidays.includes(d.iso))
    .map((d) => d.iso);

/** Minor units as a decimal string in major units, built from digits (never floats). */
export function major(minor) {
  const neg = minor < 0;
  const s = String(Math.abs(minor)).padStart(3, '0');
  return `${neg ? '-' : ''}${s.slice(0, -2)}.${s.slice(-2)}`;
}

/** Grouped money text: 1,234,567.89 (sep may be ' ' for South African statements). */
export function grouped(minor, sep = ',') {
  const m = major(Math.abs(minor));
  const [int, dec] = m.split('.');
  const g = int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return `${minor < 0 ? '-' : ''}${g}.${dec}`;
}

/** A number cell's value in major units; exact for the amounts used here (two decimals). */
export const cellNumber = (minor) => Number(major(minor));

export const ddmmyyyy = (iso, sep = '/') => `${iso.slice(8, 10)}${sep}${iso.slice(5, 7)}${sep}${iso.slice(0, 4)}`;
export const mmddyyyy = (iso) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;
export const ddMonyyyy = (iso, sep = '-') => `${iso.slice(8, 10)}${sep}${monthName(iso)}${sep}${iso.slice(0, 4)}`;

// Words too common in bank narrations and book descriptions to say who paid: they never count as evidence.
export const GENERIC = new Set(
  (
    'from with transfer trf payment pymt paid invoice inv being bank fees charge charges limited company services ' +
    'service account deposit salary salaries january february march april june july august september october ' +
    'november december part balance total settlement inward outward credit debit reversal reversed refund levy ' +
    'bulk batch receipt order cash cheque pesalink rtgs mpesa ventures enterprises trading nigeria ghana kenya ' +
    'africa south lagos accra nairobi johannesburg sons rubies kwahu habib current savings week weekly monthly ' +
    'month rent sales customer supplier vendor final first second half full deposit payout hire fund funds ' +
    'mobile money momo branch online internet banking stamp duty electronic alert alerts maintenance expense ' +
    'expenses income other sundry misc general office staff wages ltd pty plc nig kes ghs zar ngn'
  ).split(/\s+/),
);

/** The tokens the evidence rule compares: numbers, letter-digit codes, words. */
export function tokens(text) {
  const nums = new Set();
  const codes = new Set();
  const words = new Set();
  const t = String(text ?? '');
  for (const run of t.match(/\d+/g) ?? []) {
    const n = run.replace(/^0+/, '');
    if (n.length >= 3 && !(n.length === 4 && /^(19|20)\d\d$/.test(n))) nums.add(n);
  }
  for (const run of t.match(/[A-Za-z0-9]+/g) ?? []) {
    if (run.length >= 6 && /\d/.test(run) && /[A-Za-z]/.test(run)) codes.add(run.toUpperCase());
  }
  for (const run of t.match(/[A-Za-z]+/g) ?? []) {
    const w = run.toLowerCase();
    if (w.length >= 4 && !GENERIC.has(w)) words.add(w);
  }
  return { nums, codes, words };
}

const shares = (a, b) => [...a].some((x) => b.has(x));

/** What a bank text and a book text mechanically share: 'reference', 'counterparty' or 'amount'. */
export function evidenceOf(bankText, bookText) {
  const a = tokens(bankText);
  const b = tokens(bookText);
  if (shares(a.nums, b.nums) || shares(a.codes, b.codes)) return 'reference';
  if (shares(a.words, b.words)) return 'counterparty';
  return 'amount';
}

/** Any token at all in common (the decoy and amount checks). */
export function sharesAny(bankText, bookText) {
  return evidenceOf(bankText, bookText) !== 'amount';
}

/** CSV text: quotes only where a cell needs them. */
export function toCsv(rows, { sep = ',', eol = '\r\n', bom = false } = {}) {
  const q = (v) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /["\r\n]/.test(s) || s.includes(sep) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return (bom ? '\ufeff' : '') + rows.map((r) => r.map(q).join(sep)).join(eol) + eol;
}

/**
 * An XLSX workbook from rows of cells: strings, numbers, null, or { date: 'YYYY-MM-DD' } for a date cell.
 * A fixed document date keeps the bytes the same for the same seed.
 */
export function toXlsx(sheetName, rows, { dateFormat = 'dd/mm/yyyy', numberFormat = '#,##0.00' } = {}) {
  const ws = {};
  let maxC = 0;
  rows.forEach((r, ri) => {
    r.forEach((v, ci) => {
      if (v === null || v === undefined || v === '') return;
      const addr = XLSX.utils.encode_cell({ r: ri, c: ci });
      if (typeof v === 'number') ws[addr] = { t: 'n', v, z: numberFormat };
      else if (typeof v === 'object' && v.date) {
        const [y, m, d] = v.date.split('-').map(Number);
        const serial = Date.UTC(y, m - 1, d) / 86400000 + 25569;
        ws[addr] = { t: 'n', v: serial, z: dateFormat };
      } else ws[addr] = { t: 's', v: String(v) };
      maxC = Math.max(maxC, ci);
    });
  });
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length - 1, c: maxC } });
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  wb.Props = {
    Title: sheetName,
    CreatedDate: new Date(Date.UTC(2032, 0, 1)),
    ModifiedDate: new Date(Date.UTC(2032, 0, 1)),
  };
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
}
