// Shared helpers of the holdout39 generator (not used by the validator).
import * as XLSX from 'xlsx';
import * as prettier from 'prettier';

/** cyrb53 of a string, then a mulberry32 stream. */
export function rng(seed) {
  const str = String(seed);
  let h1 = 0xdeadbeef ^ 0;
  let h2 = 0x41c6ce57 ^ 0;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  let a = h1 >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const r = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (xs) => xs[Math.floor(next() * xs.length)],
    digits: (n) => {
      let s = String(1 + Math.floor(next() * 9));
      while (s.length < n) s += String(Math.floor(next() * 10));
      return s;
    },
    /** n digits, not starting with 19 or 20 (never reads as a year) */
    num: (n) => {
      for (;;) {
        const s = r.digits(n);
        if (!/^(19|20)/.test(s)) return s;
      }
    },
    shuffle: (xs) => {
      const a2 = xs.slice();
      for (let i = a2.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [a2[i], a2[j]] = [a2[j], a2[i]];
      }
      return a2;
    },
  };
  return r;
}

/** integer minor units → "-1234.56" */
export function dec(minor) {
  const neg = minor < 0;
  const a = String(Math.abs(minor)).padStart(3, '0');
  return `${neg ? '-' : ''}${a.slice(0, -2)}.${a.slice(-2)}`;
}

/** magnitude grouped: grouped(123456789, ',', '.') → "1,234,567.89" */
export function grouped(minor, group = ',', point = '.') {
  const a = String(Math.abs(minor)).padStart(3, '0');
  const whole = a.slice(0, -2);
  let out = '';
  for (let i = 0; i < whole.length; i++) {
    if (i > 0 && (whole.length - i) % 3 === 0) out += group;
    out += whole[i];
  }
  return `${minor < 0 ? '-' : ''}${out}${point}${a.slice(-2)}`;
}

/** half-up share of an integer amount: share(x, 75, 1000) = x·7.5 % */
export function share(minor, num, den) {
  const n = Math.abs(minor) * num;
  const q = Math.floor(n / den);
  const r = n - q * den;
  return (2 * r >= den ? q + 1 : q) * Math.sign(minor || 1);
}

export const iso = (d) => d.toISOString().slice(0, 10);
export const addDays = (s, n) => iso(new Date(Date.parse(`${s}T00:00:00Z`) + n * 86400000));
export const weekday = (s) => new Date(`${s}T00:00:00Z`).getUTCDay();
export function workingDays(from, to, holidays) {
  const out = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (weekday(d) % 6 !== 0 && !holidays.includes(d)) out.push(d);
  return out;
}
const MON = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
export const monthName = (s) => MON[Number(s.slice(5, 7)) - 1];
export const dmy = (s, sep = '/') => `${s.slice(8, 10)}${sep}${s.slice(5, 7)}${sep}${s.slice(0, 4)}`;
export const ymdSlash = (s) => s.replaceAll('-', '/');
/** Excel serial of a business date (1900 system) */
export const serial = (s) => Date.parse(`${s}T00:00:00Z`) / 86400000 + 25569;

/** CSV text: CRLF, quote when needed (or always), optional BOM */
export function csv(rows, { delimiter = ',', quoteAll = false, bom = false } = {}) {
  const cell = (v) => {
    const s = v === null || v === undefined ? '' : String(v);
    if (quoteAll || s.includes(delimiter) || s.includes('"') || s.includes('\n')) return `"${s.replaceAll('"', '""')}"`;
    return s;
  };
  return (bom ? '\ufeff' : '') + rows.map((r) => r.map(cell).join(delimiter)).join('\r\n') + '\r\n';
}

/**
 * XLSX bytes from rows of cells: a cell is a string, null, { n: minor } (a number with two decimals),
 * { d: 'YYYY-MM-DD', z: format } (a date cell) or { t: text } (forced text).
 */
export function xlsx(sheetName, rows, widths) {
  const ws = {};
  let maxC = 0;
  rows.forEach((row, r) => {
    row.forEach((v, c) => {
      if (v === null || v === undefined || v === '') return;
      const addr = XLSX.utils.encode_cell({ r, c });
      if (typeof v === 'string') ws[addr] = { t: 's', v };
      else if ('n' in v) ws[addr] = { t: 'n', v: Number(dec(v.n)), z: '#,##0.00' };
      else if ('d' in v) ws[addr] = { t: 'n', v: serial(v.d), z: v.z };
      else ws[addr] = { t: 's', v: v.t };
      maxC = Math.max(maxC, c);
    });
  });
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length - 1, c: maxC } });
  if (widths) ws['!cols'] = widths.map((w) => ({ wch: w }));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  wb.Props = { CreatedDate: new Date('2027-12-01T08:00:00Z'), ModifiedDate: new Date('2027-12-01T08:00:00Z') };
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
}

export async function json(value, file) {
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(JSON.stringify(value), { ...options, filepath: file });
}

// ---- the evidence rule (restated on its own in the validator) ----
const STOP = new Set(
  (
    'from transfer trf payment payments receipt receipts invoice invoices inv bank charge charges deposit cash ' +
    'limited ltd plc pty nig nigeria ghana kenya south africa company enterprises enterprise services service ' +
    'branch account salary salaries with being part full settlement payout sweep collection collections balance ' +
    'reversal reversed credit debit nip gip pesalink rtgs outward inward alert alerts fees monthly order ' +
    'tahsilat odeme fatura kisa iade maas vergi ' +
    'inbetalning utbetalning betalning kund leverantor faktura lon skatt avgift insattning aterbetalning ' +
    'nyuukin shiharai ' +
    'refund trading stores store ventures holdings group international investments'
  ).split(/\s+/),
);
const fold = (s) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .toLowerCase();
export function numbersOf(text) {
  const out = new Set();
  const re = /\d+(?:[-/. ]\d+)*/g;
  for (const m of String(text ?? '').matchAll(re)) {
    const parts = m[0].split(/[-/. ]/);
    for (let i = 0; i < parts.length; i++) {
      for (let j = i; j < parts.length; j++) {
        let s = parts.slice(i, j + 1).join('');
        if (j > i && /^20[23]\d/.test(s) && s.length > 4) s = s.slice(4);
        s = s.replace(/^0+/, '');
        if (s.length < 3) continue;
        if (i === j && /^(19|20)\d\d$/.test(s)) continue;
        out.add(s);
      }
    }
  }
  return out;
}
export function wordsOf(text) {
  const out = new Set();
  for (const m of fold(String(text ?? '')).matchAll(/[a-z]{4,}/g)) if (!STOP.has(m[0])) out.add(m[0]);
  return out;
}
export function evidence(bankText, bankRef, rows) {
  const bn = numbersOf(`${bankText} ${bankRef ?? ''}`.replace(/\s+/g, ' '));
  const bw = wordsOf(`${bankText} ${bankRef ?? ''}`);
  const rn = new Set();
  const rw = new Set();
  for (const r of rows) {
    for (const t of [r.ref, r.desc, r.party]) {
      for (const n of numbersOf(t)) rn.add(n);
      for (const w of wordsOf(t)) rw.add(w);
    }
  }
  for (const n of bn) if (rn.has(n)) return 'reference';
  for (const w of bw) if (rw.has(w)) return 'counterparty';
  return 'amount';
}
