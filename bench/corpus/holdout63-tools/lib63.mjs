// Small helpers for the holdout63 generator: seeded draws, money and date text, CSV and XLSX writers.
import XLSX from 'xlsx';

/** mulberry32: a tiny seeded generator, so ids and times are the same on every run. */
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

export const digits = (r, n) => Array.from({ length: n }, () => Math.floor(r() * 10)).join('');

/** Major units (as written in the set files) to integer minor units. */
export const minor = (major) => Math.round(major * 100);

/** Minor units to "1234.56" / "-1234.56" (the truth and reconcile documents' form). */
export function plain(m) {
  const s = m < 0 ? '-' : '';
  const a = Math.abs(m);
  return `${s}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}

/** Minor units to "1,234.56" (unsigned unless negative). */
export function grouped(m) {
  const s = m < 0 ? '-' : '';
  const a = Math.abs(m);
  const whole = String(Math.floor(a / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${s}${whole}.${String(a % 100).padStart(2, '0')}`;
}

/** Minor units to a JS number for a spreadsheet cell. */
export const num = (m) => m / 100;

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const parts = (iso) => iso.split('-').map(Number);
export const dmy = (iso, sep = '/') => {
  const [y, m, d] = parts(iso);
  return `${String(d).padStart(2, '0')}${sep}${String(m).padStart(2, '0')}${sep}${y}`;
};
export const dMonY = (iso, sep = '-') => {
  const [y, m, d] = parts(iso);
  return `${String(d).padStart(2, '0')}${sep}${MON[m - 1]}${sep}${y}`;
};
export const ymdSlash = (iso) => iso.replaceAll('-', '/');
export const weekday = (iso) => {
  const [y, m, d] = parts(iso);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
};
/** Excel's 1900-system serial of a date. */
export const serial = (iso) => {
  const [y, m, d] = parts(iso);
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;
};

export function csv(rows, eol = '\n') {
  const cell = (v) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return rows.map((r) => r.map(cell).join(',')).join(eol) + eol;
}

/**
 * One-sheet workbook. Cells given as { date: iso, z } become date serials with that number format; { n: minor, z }
 * numbers in major units. Everything else is text. Workbook properties are fixed so the bytes repeat.
 */
export function xlsx(sheetName, rows) {
  const ws = {};
  let maxC = 0;
  rows.forEach((r, ri) => {
    r.forEach((v, ci) => {
      if (v === null || v === undefined || v === '') return;
      const addr = XLSX.utils.encode_cell({ r: ri, c: ci });
      if (typeof v === 'object' && 'date' in v) ws[addr] = { t: 'n', v: serial(v.date), z: v.z };
      else if (typeof v === 'object' && 'n' in v) ws[addr] = { t: 'n', v: num(v.n), z: v.z ?? '#,##0.00' };
      else if (typeof v === 'number') ws[addr] = { t: 'n', v };
      else ws[addr] = { t: 's', v: String(v) };
      maxC = Math.max(maxC, ci);
    });
  });
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length - 1, c: maxC } });
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  wb.Props = { CreatedDate: new Date(Date.UTC(2026, 0, 1)), ModifiedDate: new Date(Date.UTC(2026, 0, 1)) };
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
}
