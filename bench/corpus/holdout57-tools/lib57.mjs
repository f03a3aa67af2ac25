// Shared helpers of the holdout57 generator: seeded draws, money held as integer minor units, date text, writers.
import * as XLSX from 'xlsx';

/** mulberry32: small, seedable, same numbers on every platform. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const digits = (n) => {
    let s = '';
    for (let i = 0; i < n; i++) s += String(Math.floor(next() * 10));
    return s;
  };
  const letters = (n) => {
    let s = '';
    for (let i = 0; i < n; i++) s += 'ABCDEFGHJKLMNPQRSTUVWXYZ'[Math.floor(next() * 24)];
    return s;
  };
  return { next, digits, letters };
}

/** "-1,234.50" or "1234.5" → integer minor units (two decimals); never through a float. */
export function minor(s) {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(String(s).replace(/,/g, ''));
  if (!m) throw new Error(`not an amount: ${s}`);
  const v = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -v : v;
}

/** minor units → "-1234.50" (the truth's and the reconcile documents' writing). */
export function major(v) {
  const sign = v < 0 ? '-' : '';
  const a = Math.abs(v);
  return `${sign}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}

/** minor units → grouped magnitude, e.g. "1,234.50" (thousands ",", decimals ".") or Danish "1.234,50". */
export function grouped(v, thousands = ',', decimal = '.') {
  const a = Math.abs(v);
  const int = String(Math.floor(a / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  return `${int}${decimal}${String(a % 100).padStart(2, '0')}`;
}

/** minor units → a spreadsheet number; exact because it only ever divides an integer by 100 once. */
export const num = (v) => v / 100;

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export function ymd(d) {
  const [y, m, day] = d.split('-').map(Number);
  return { y, m, d: day };
}
export const dmy = (d, sep = '/') => {
  const p = ymd(d);
  return `${String(p.d).padStart(2, '0')}${sep}${String(p.m).padStart(2, '0')}${sep}${p.y}`;
};
export const mdy = (d) => {
  const p = ymd(d);
  return `${String(p.m).padStart(2, '0')}/${String(p.d).padStart(2, '0')}/${p.y}`;
};
export const ymdSlash = (d) => d.replace(/-/g, '/');
export const dMonY = (d, sep = '-') => {
  const p = ymd(d);
  return `${String(p.d).padStart(2, '0')}${sep}${MON[p.m - 1]}${sep}${p.y}`;
};
export const weekday = (d) => new Date(`${d}T00:00:00Z`).getUTCDay();

/** A date cell for the XLSX writer (a real date serial with a display format). */
export const dateCell = (d, z = 'dd/mm/yyyy') => ({ __date: d, z });

export function csvText(rows, { delimiter = ',', eol = '\n', bom = false } = {}) {
  const q = (c) => {
    const s = c === null || c === undefined ? '' : String(c);
    return s.includes(delimiter) || s.includes('"') || s.includes('\n') ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return (bom ? '\ufeff' : '') + rows.map((r) => r.map(q).join(delimiter)).join(eol) + eol;
}

/** XLSX bytes with fixed document properties, so the same rows give the same bytes. */
export function xlsxBytes(sheetName, rows, colWidths = []) {
  const plain = rows.map((r) => r.map((c) => (c && typeof c === 'object' && '__date' in c ? 0 : c)));
  const ws = XLSX.utils.aoa_to_sheet(plain);
  rows.forEach((r, ri) =>
    r.forEach((c, ci) => {
      if (c && typeof c === 'object' && '__date' in c) {
        const { y, m, d } = ymd(c.__date);
        const serial = (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;
        ws[XLSX.utils.encode_cell({ r: ri, c: ci })] = { t: 'n', v: serial, z: c.z };
      } else if (typeof c === 'number') {
        ws[XLSX.utils.encode_cell({ r: ri, c: ci })].z = '#,##0.00';
      }
    }),
  );
  ws['!cols'] = colWidths.map((w) => ({ wch: w }));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  wb.Props = {
    Title: sheetName,
    CreatedDate: new Date(Date.UTC(2026, 11, 7)),
    ModifiedDate: new Date(Date.UTC(2026, 11, 7)),
  };
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
}

/** The numbers (3+ digits, leading zeros aside) a text carries, also with separators between digit groups removed. */
export function numbersIn(text) {
  const out = new Set();
  const add = (s) => {
    const t = s.replace(/^0+/, '');
    if (t.length >= 3) out.add(t);
  };
  for (const m of text.matchAll(/\d+/g)) add(m[0]);
  for (const m of text.matchAll(/\d+(?:[ \-/.]\d+)+/g)) add(m[0].replace(/[ \-/.]/g, ''));
  return out;
}
