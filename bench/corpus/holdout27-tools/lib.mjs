// Shared helpers of the holdout27 generator: a seeded PRNG, integer money, the business calendar, CSV/XLSX writers.
import * as XLSX from 'xlsx';
import * as prettier from 'prettier';

/** mulberry32: small, fast and the same on every platform, so a seed gives the same bytes. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  // bounds may be fractions of an amount: the integers between them
  const int = (lo, hi) => Math.ceil(lo) + Math.floor(next() * (Math.floor(hi) - Math.ceil(lo) + 1));
  const pick = (xs) => xs[Math.floor(next() * xs.length)];
  const shuffle = (xs) => {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
  const digits = (n) => Array.from({ length: n }, (_, i) => (i === 0 ? int(1, 9) : int(0, 9))).join('');
  return { next, int, pick, shuffle, digits };
}

// ---- money: integer minor units everywhere; text is written from the integer so no float ever rounds
export const dec = (minor) => {
  const s = Math.abs(minor).toString().padStart(3, '0');
  return `${minor < 0 ? '-' : ''}${s.slice(0, -2)}.${s.slice(-2)}`;
};
export const commas = (minor) => {
  const [i, f] = dec(Math.abs(minor)).split('.');
  return `${minor < 0 ? '-' : ''}${i.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${f}`;
};
/** A share of an amount in whole minor units (rounded half up). */
export const part = (minor, num, den) => Math.floor((minor * num * 2 + den) / (den * 2));
/** An XLSX number from the decimal text, so the cell holds exactly the written amount. */
export const num = (minor) => Number(dec(minor));

// ---- calendar (dates as YYYY-MM-DD strings, UTC arithmetic)
const d2 = (n) => String(n).padStart(2, '0');
export const ymd = (y, m, d) => `${y}-${d2(m)}-${d2(d)}`;
export const addDays = (iso, n) => {
  const t = new Date(`${iso}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
};
export const weekday = (iso) => new Date(`${iso}T00:00:00Z`).getUTCDay();
export function calendar(year, month, holidays) {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const days = [];
  for (let d = 1; d <= last; d++) {
    const iso = ymd(year, month, d);
    if (weekday(iso) !== 0 && weekday(iso) !== 6 && !holidays.includes(iso)) days.push(iso);
  }
  const isWork = (iso) => weekday(iso) !== 0 && weekday(iso) !== 6 && !holidays.includes(iso);
  /** n working days from iso (negative: before); may leave the month (books dated before it are not used) */
  const shift = (iso, n) => {
    let cur = iso;
    let left = Math.abs(n);
    while (left > 0) {
      cur = addDays(cur, n > 0 ? 1 : -1);
      if (isWork(cur)) left--;
    }
    return cur;
  };
  return { days, from: ymd(year, month, 1), to: ymd(year, month, last), isWork, shift };
}
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const monShort = (m) => MON[m - 1];
export const fmtDate = (iso, how) => {
  const [y, m, d] = iso.split('-');
  switch (how) {
    case 'DMY/':
      return `${d}/${m}/${y}`;
    case 'MDY/':
      return `${m}/${d}/${y}`;
    case 'YMD/':
      return `${y}/${m}/${d}`;
    case 'DMY-':
      return `${d}-${m}-${y}`;
    case 'D MMM YYYY':
      return `${d} ${MON[Number(m) - 1]} ${y}`;
    case 'DD-MMM-YY':
      return `${d}-${MON[Number(m) - 1].toUpperCase()}-${y.slice(2)}`;
    default:
      return iso;
  }
};

// ---- writers
const quote = (v) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
/** CSV with CRLF line ends, as Windows-side exports write them. */
export const csv = (rows) => rows.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';

/**
 * An XLSX workbook: `rows` are arrays of cells; a cell is a string, a number, a `{ date: iso }` (a real date cell) or
 * null. `merges` are SheetJS ranges. The document dates are fixed so the bytes depend only on the content.
 */
export function xlsx(sheetName, rows, { merges = [], widths = [], dateFormat = 'dd/mm/yyyy' } = {}) {
  const ws = {};
  let maxC = 0;
  rows.forEach((r, ri) => {
    r.forEach((v, ci) => {
      if (v === null || v === undefined || v === '') return;
      const addr = XLSX.utils.encode_cell({ r: ri, c: ci });
      if (typeof v === 'number') ws[addr] = { t: 'n', v, z: '#,##0.00' };
      else if (typeof v === 'object' && v.date) {
        const [y, m, d] = v.date.split('-').map(Number);
        ws[addr] = { t: 'n', v: Math.round(Date.UTC(y, m - 1, d) / 86400000) + 25569, z: dateFormat };
      } else ws[addr] = { t: 's', v: String(v) };
      maxC = Math.max(maxC, ci);
    });
  });
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length - 1, c: maxC } });
  if (merges.length) ws['!merges'] = merges.map((m) => XLSX.utils.decode_range(m));
  if (widths.length) ws['!cols'] = widths.map((wch) => ({ wch }));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  wb.Props = {
    Title: sheetName,
    CreatedDate: new Date('2025-01-01T00:00:00Z'),
    ModifiedDate: new Date('2025-01-01T00:00:00Z'),
  };
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
}

/** JSON as the repository's Prettier writes it, so `prettier --write` leaves generated files alone. */
export async function prettyJson(value, filepath) {
  const opts = (await prettier.resolveConfig(filepath)) ?? {};
  return prettier.format(JSON.stringify(value), { ...opts, filepath, parser: 'json' });
}
