// Shared helpers of the holdout19 generator: seeded randomness, integer money, dates, file writers.
// Money is always integer minor units here; decimal strings are produced only when writing.
import XLSX from 'xlsx';

export function mkRng(seed) {
  // mulberry32: tiny, seeded, identical on every Node version
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const r = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
    digits: (n) => {
      let s = '';
      for (let i = 0; i < n; i++) s += String(Math.floor(next() * 10));
      return s;
    },
    shuffle: (arr) => {
      const a2 = arr.slice();
      for (let i = a2.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [a2[i], a2[j]] = [a2[j], a2[i]];
      }
      return a2;
    },
  };
  return r;
}

// "-1234.56" from -123456 minor units
export function dec(minor) {
  const neg = minor < 0;
  const v = Math.abs(minor);
  return `${neg ? '-' : ''}${Math.floor(v / 100)}.${String(v % 100).padStart(2, '0')}`;
}

// "1,234.56" (unsigned, thousands separators) as statements print money
export function thou(minor) {
  const v = Math.abs(minor);
  const whole = String(Math.floor(v / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${whole}.${String(v % 100).padStart(2, '0')}`;
}

// a number for an XLSX cell: exact to the cent because it is built from the integer
export function num(minor) {
  return Number(dec(minor));
}

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_NAMES = [
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
export { MON, MONTH_NAMES };

export function iso(y, m, d) {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
export function parts(isoDate) {
  const [y, m, d] = isoDate.split('-').map(Number);
  return { y, m, d };
}
export function addDays(isoDate, n) {
  const { y, m, d } = parts(isoDate);
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}
export function weekday(isoDate) {
  const { y, m, d } = parts(isoDate);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}
export function daysIn(y, m) {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
export function dmy(isoDate, sep = '/') {
  const { y, m, d } = parts(isoDate);
  return `${String(d).padStart(2, '0')}${sep}${String(m).padStart(2, '0')}${sep}${y}`;
}
export function dMonY(isoDate, sep = '-') {
  const { y, m, d } = parts(isoDate);
  return `${String(d).padStart(2, '0')}${sep}${MON[m - 1]}${sep}${y}`;
}
// Excel 1900-system serial of a date
export function serial(isoDate) {
  const { y, m, d } = parts(isoDate);
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
}

// CSV cell quoting as spreadsheet programs do it: only when needed
export function csvCell(v) {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
export function csvText(rows, eol = '\r\n') {
  return rows.map((r) => r.map(csvCell).join(',')).join(eol) + eol;
}

// XLSX bytes from an array of rows; cells may be {t,v,z} objects. Fixed props keep the bytes stable.
export function xlsxBytes(sheetName, rows, colWidths) {
  const ws = {};
  let maxC = 0;
  rows.forEach((r, ri) => {
    r.forEach((c, ci) => {
      if (c === null || c === undefined || c === '') return;
      const addr = XLSX.utils.encode_cell({ r: ri, c: ci });
      if (typeof c === 'object') ws[addr] = { ...c };
      else if (typeof c === 'number') ws[addr] = { t: 'n', v: c, z: '#,##0.00' };
      else ws[addr] = { t: 's', v: c };
      maxC = Math.max(maxC, ci);
    });
  });
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length - 1, c: maxC } });
  if (colWidths) ws['!cols'] = colWidths.map((w) => ({ wch: w }));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  wb.Props = {
    Title: sheetName,
    CreatedDate: new Date(Date.UTC(2025, 0, 1)),
    ModifiedDate: new Date(Date.UTC(2025, 0, 1)),
  };
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
}
