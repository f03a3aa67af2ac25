// Shared helpers of the holdout22 generator: a seeded PRNG, integer money, calendar days, CSV and XLSX writers.
// Money is kept in integer minor units everywhere so that no floating-point sum ever reaches a file.
import XLSX from 'xlsx';
import prettier from 'prettier';

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

export function makeRng(seed) {
  const next = mulberry32(seed);
  const rng = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
    shuffle: (list) => {
      const out = [...list];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
  };
  return rng;
}

// --- money (minor units, two decimals for all four currencies) ---

export function dec(minor) {
  const neg = minor < 0;
  const abs = Math.abs(minor);
  const s = `${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
  return neg ? `-${s}` : s;
}

export function grouped(minor) {
  const [whole, cents] = dec(Math.abs(minor)).split('.');
  const g = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${minor < 0 ? '-' : ''}${g}.${cents}`;
}

// A spreadsheet number written from the integer, so 1234.5 is never 1234.4999999.
export function sheetNumber(minor) {
  return Number(dec(minor));
}

// --- dates: a day is an ISO string YYYY-MM-DD, arithmetic in UTC ---

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function iso(y, m, d) {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function parts(day) {
  const [y, m, d] = day.split('-').map(Number);
  return { y, m, d };
}

export function addDays(day, n) {
  const { y, m, d } = parts(day);
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

export function weekday(day) {
  const { y, m, d } = parts(day);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export function isWorkingDay(day) {
  const w = weekday(day);
  return w !== 0 && w !== 6;
}

export function monthDays(y, m) {
  const n = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return Array.from({ length: n }, (_, i) => iso(y, m, i + 1));
}

export function fmtDate(day, style) {
  const { y, m, d } = parts(day);
  const dd = String(d).padStart(2, '0');
  const mm = String(m).padStart(2, '0');
  switch (style) {
    case 'DD/MM/YYYY':
      return `${dd}/${mm}/${y}`;
    case 'MM/DD/YYYY':
      return `${mm}/${dd}/${y}`;
    case 'DD-Mon-YYYY':
      return `${dd}-${MON[m - 1]}-${y}`;
    case 'DD Mon YYYY':
      return `${dd} ${MON[m - 1]} ${y}`;
    case 'YYYY/MM/DD':
      return `${y}/${mm}/${dd}`;
    case 'YYYY-MM-DD':
      return day;
    default:
      throw new Error(`unknown date style ${style}`);
  }
}

export function monthName(m) {
  return MON[m - 1];
}

// Spreadsheet serial (1900 system) of a day.
export function serial(day) {
  const { y, m, d } = parts(day);
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
}

// --- writers ---

function csvCell(v, delimiter) {
  const s = v === null || v === undefined ? '' : String(v);
  return /["\r\n]/.test(s) || s.includes(delimiter) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows, { delimiter = ',', quoteAll = false } = {}) {
  return (
    rows
      .map((r) =>
        r
          .map((v) => {
            if (quoteAll && v !== '' && v !== null && v !== undefined) return `"${String(v).replace(/"/g, '""')}"`;
            return csvCell(v, delimiter);
          })
          .join(delimiter),
      )
      .join('\r\n') + '\r\n'
  );
}

const FIXED_DOC_DATE = new Date(Date.UTC(2026, 0, 15, 9, 0, 0));

// rows: arrays of plain values or cell objects { t, v, z }; widths optional.
export function toXlsx(sheetName, rows, widths) {
  const ws = {};
  let maxC = 0;
  rows.forEach((r, ri) => {
    r.forEach((v, ci) => {
      if (v === null || v === undefined || v === '') return;
      const addr = XLSX.utils.encode_cell({ r: ri, c: ci });
      if (typeof v === 'object') ws[addr] = v;
      else if (typeof v === 'number') ws[addr] = { t: 'n', v };
      else ws[addr] = { t: 's', v };
      if (ci > maxC) maxC = ci;
    });
  });
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(rows.length - 1, 0), c: maxC } });
  if (widths) ws['!cols'] = widths.map((w) => ({ wch: w }));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  wb.Props = { CreatedDate: FIXED_DOC_DATE, ModifiedDate: FIXED_DOC_DATE, Author: 'bankfeed corpus' };
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
}

export function dateCell(day, z) {
  return { t: 'n', v: serial(day), z };
}

export function numCell(minor, z = '#,##0.00') {
  return { t: 'n', v: sheetNumber(minor), z };
}

// JSON formatted with the repository's Prettier settings, so `prettier --write` leaves it as written.
export async function prettyJson(obj, filepath) {
  const options = (await prettier.resolveConfig(filepath)) ?? {};
  return prettier.format(JSON.stringify(obj, null, 2), { ...options, parser: 'json', filepath });
}
