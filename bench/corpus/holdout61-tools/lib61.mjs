// Helpers of the holdout61 generator: seeded draws, money and dates as text, CSV/XLSX writers, the numbers a text
// carries. Amounts are held as integer minor units (every currency here has two decimals).
import { Buffer } from 'node:buffer';
import XLSX from 'xlsx';

/** mulberry32: a small seeded generator, so the same seed writes the same bytes. */
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
  const digits = (n) => Array.from({ length: n }, () => String(int(0, 9))).join('');
  const upper = (n) => Array.from({ length: n }, () => 'ABCDEFGHJKLMNPQRSTUVWXYZ'[int(0, 23)]).join('');
  const alnum = (n) => Array.from({ length: n }, () => 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'[int(0, 33)]).join('');
  return { next, int, digits, upper, alnum };
}

/** "-1234.56" → -123456 (refuses anything but a signed decimal with two places). */
export function minor(s) {
  const m = /^([+-]?)(\d+)\.(\d{2})$/.exec(s);
  if (!m) throw new Error(`not a two-decimal amount: ${s}`);
  const v = Number(m[2]) * 100 + Number(m[3]);
  return m[1] === '-' ? -v : v;
}

/** -123456 → "-1234.56" (the truth's and the reconcile document's writing). */
export function major(v) {
  const sign = v < 0 ? '-' : '';
  const a = Math.abs(v);
  return `${sign}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}

/** A magnitude with thousands separators: 123456 → "1,234.56"; options for the separators. */
export function grouped(v, { thousands = ',', decimal = '.' } = {}) {
  const a = Math.abs(v);
  const whole = String(Math.floor(a / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  return `${whole}${decimal}${String(a % 100).padStart(2, '0')}`;
}

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2025-08-04" → parts; refuses a day that does not exist. */
export function ymd(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not a date: ${iso}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) throw new Error(`no such day: ${iso}`);
  return { y, mo, d, dow: t.getUTCDay(), t };
}

const p2 = (n) => String(n).padStart(2, '0');

export const fmt = {
  iso: (s) => s,
  dmy: (s) => {
    const { y, mo, d } = ymd(s);
    return `${p2(d)}/${p2(mo)}/${y}`;
  },
  mdy: (s) => {
    const { y, mo, d } = ymd(s);
    return `${p2(mo)}/${p2(d)}/${y}`;
  },
  dMonYUpper: (s) => {
    const { y, mo, d } = ymd(s);
    return `${p2(d)}-${MON[mo - 1].toUpperCase()}-${y}`;
  },
  dMonY: (s) => {
    const { y, mo, d } = ymd(s);
    return `${p2(d)} ${MON[mo - 1]} ${y}`;
  },
};

export const addDays = (iso, n) => {
  const { t } = ymd(iso);
  return new Date(t.getTime() + n * 86400000).toISOString().slice(0, 10);
};

/** Spreadsheet serial of a date (1900 system), for XLSX date cells. */
export const serial = (iso) => Math.round((ymd(iso).t.getTime() - Date.UTC(1899, 11, 30)) / 86400000);

/** One CSV field, quoted when it must be. */
function field(v, delimiter) {
  const s = v === null || v === undefined ? '' : String(v);
  return s.includes(delimiter) || s.includes('"') || s.includes('\n') ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows of cells → CSV bytes (delimiter, line ending, BOM and encoding as the exporter writes them). */
export function csvBytes(rows, { delimiter = ',', eol = '\n', bom = false, encoding = 'utf8' } = {}) {
  const text = rows.map((r) => r.map((c) => field(c, delimiter)).join(delimiter)).join(eol) + eol;
  if (encoding === 'latin1') {
    for (const ch of text) if (ch.charCodeAt(0) > 0xff) throw new Error(`character ${ch} has no single byte`);
    return Buffer.from(text, 'latin1');
  }
  return Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
}

/**
 * Rows of cells → XLSX bytes. A cell is a string, a number, null, or { date: 'YYYY-MM-DD', z } for a real date cell,
 * or { n, z } for a number with a display format. Written without document properties so the bytes stay the same.
 */
export function xlsxBytes(rows, { sheet = 'Sheet1', widths = [] } = {}) {
  const ws = {};
  let maxC = 0;
  rows.forEach((r, ri) => {
    r.forEach((c, ci) => {
      if (c === null || c === undefined || c === '') return;
      const addr = XLSX.utils.encode_cell({ r: ri, c: ci });
      if (typeof c === 'string') ws[addr] = { t: 's', v: c };
      else if (typeof c === 'number') ws[addr] = { t: 'n', v: c };
      else if (c.date) ws[addr] = { t: 'n', v: serial(c.date), z: c.z ?? 'dd/mm/yyyy' };
      else ws[addr] = { t: 'n', v: c.n, z: c.z ?? '#,##0.00' };
      maxC = Math.max(maxC, ci);
    });
  });
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length - 1, c: maxC } });
  if (widths.length) ws['!cols'] = widths.map((wch) => ({ wch }));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheet);
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
}

/**
 * The numbers a text carries, as a reconciler's reference search could see them: runs of digits, and runs joined
 * across single separators ("KEA-25-0398" → 25, 398, 25398... written without the leading zeros), keeping those of
 * three digits or more, years (2024–2026 alone) aside.
 */
export function numbersIn(text) {
  const out = new Set();
  const s = String(text ?? '');
  const re = /\d+(?:[-/. ]\d+)*/g;
  let m;
  while ((m = re.exec(s))) {
    const parts = m[0].split(/[-/. ]/);
    for (let i = 0; i < parts.length; i++) {
      for (let j = i; j < parts.length; j++) {
        const joined = parts.slice(i, j + 1).join('');
        const n = joined.replace(/^0+/, '');
        if (n.length < 3) continue;
        if (i === j && /^20(2[4-6])$/.test(n)) continue;
        out.add(n);
      }
    }
  }
  return out;
}

export const sameSign = (a, b) => a < 0 === b < 0;
