// Helpers for the holdout67 generator: money in cents, date text, CSV and XLSX writers.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
export const XLSX = require('xlsx');

export const cents = (a) => Math.round(a * 100);
export const major = (c) => (c < 0 ? '-' : '') + (Math.abs(c) / 100).toFixed(2);
/** 1234567 cents → "12,345.67" (unsigned) */
export const money = (c) => {
  const [i, f] = (Math.abs(c) / 100).toFixed(2).split('.');
  return `${i.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${f}`;
};
/** South African statement style "12 345.67" */
export const moneySpace = (c) => money(c).replace(/,/g, ' ');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const parts = (iso) => iso.split('-').map(Number);
export const dmy = (iso, sep = '/') => {
  const [y, m, d] = parts(iso);
  return `${String(d).padStart(2, '0')}${sep}${String(m).padStart(2, '0')}${sep}${y}`;
};
export const dMonY = (iso) => {
  const [y, m, d] = parts(iso);
  return `${String(d).padStart(2, '0')}-${MON[m - 1]}-${y}`;
};
export const weekday = (iso) => {
  const [y, m, d] = parts(iso);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
};
export const serial = (iso) => {
  const [y, m, d] = parts(iso);
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;
};
const q = (v) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
export const csv = (rows, { sep = ',', bom = false, eol = '\r\n' } = {}) =>
  (bom ? '\ufeff' : '') + rows.map((r) => r.map(q).join(sep)).join(eol) + eol;

/** rows: arrays of cells; a cell {date: iso} becomes a date cell, {num: cents} a number cell with 2 decimals */
export function xlsxBuffer(rows, sheetName, dateFmt = 'dd/mm/yyyy') {
  const ws = {};
  let maxC = 0;
  rows.forEach((r, ri) => {
    r.forEach((v, ci) => {
      if (v === null || v === undefined || v === '') return;
      const addr = XLSX.utils.encode_cell({ r: ri, c: ci });
      if (typeof v === 'object' && 'date' in v) ws[addr] = { t: 'n', v: serial(v.date), z: dateFmt };
      else if (typeof v === 'object' && 'num' in v) ws[addr] = { t: 'n', v: v.num / 100, z: '#,##0.00' };
      else ws[addr] = { t: 's', v: String(v) };
      maxC = Math.max(maxC, ci);
    });
  });
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length - 1, c: maxC } });
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  wb.Props = { CreatedDate: new Date(Date.UTC(2026, 0, 1)) };
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
}
