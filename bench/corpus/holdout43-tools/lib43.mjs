// Shared helpers for the holdout43 generator: PRNG, money as integer minor units, dates as day numbers, file writers.
import XLSX from 'xlsx';
import * as prettier from 'prettier';

/** cyrb53 then mulberry32: a small seeded stream, the same numbers on every machine. */
export function rng(seed) {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (const ch of String(seed)) {
    const c = ch.charCodeAt(0);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  let a = (h1 ^ h2) >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (xs) => xs[int(0, xs.length - 1)];
  // digits never start with 0-2, so no drawn number reads as a year or loses a leading zero
  const digits = (n) => String(int(3, 9)) + Array.from({ length: n - 1 }, () => String(int(0, 9))).join('');
  const shuffle = (xs) => {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = int(0, i);
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
  return { next, int, pick, digits, shuffle };
}

/** Minor units to a plain signed decimal string ("-1234.50"), built from digits. */
export function dec(minor) {
  const neg = minor < 0;
  const m = Math.abs(minor);
  const s = `${Math.floor(m / 100)}.${String(m % 100).padStart(2, '0')}`;
  return neg ? `-${s}` : s;
}

/** Unsigned minor units grouped in thousands with any group and decimal mark ("1.234,56", "1 234,56"). */
export function grouped(minor, group = ',', point = '.') {
  const m = Math.abs(minor);
  const whole = String(Math.floor(m / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${whole}${point}${String(m % 100).padStart(2, '0')}`;
}

/** Rounded half up share of an integer amount: share(x, 75, 1000) = 7.5 %. */
export const share = (minor, num, den) => Math.floor((minor * num * 2 + den) / (den * 2));

// dates are day numbers since 1970-01-01 (UTC), so no time zone can move them
export const dayOf = (iso) => Math.round(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 864e5);
export const isoOf = (day) => new Date(day * 864e5).toISOString().slice(0, 10);
export const weekday = (day) => new Date(day * 864e5).getUTCDay();
export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Working days of [from, to] without weekends and the given holidays. */
export function workingDays(from, to, holidays) {
  const out = [];
  for (let d = dayOf(from); d <= dayOf(to); d++) {
    if (weekday(d) === 0 || weekday(d) === 6 || holidays.includes(isoOf(d))) continue;
    out.push(d);
  }
  return out;
}

/** CSV with CRLF, a cell quoted only when it holds the delimiter, a quote or a line break. */
export function csv(rows, delim = ',') {
  const cell = (v) => {
    const s = v === null || v === undefined ? '' : String(v);
    return s.includes(delim) || s.includes('"') || /[\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(cell).join(delim)).join('\r\n') + '\r\n';
}

/**
 * An XLSX workbook of one sheet. Cells: strings, { n: "1234.50", z } numbers (written from their decimal text),
 * { d: day, z } dates (serials with a number format). A fixed document date keeps the bytes the same.
 */
export function xlsx(sheetName, rows) {
  const ws = {};
  let maxC = 0;
  rows.forEach((r, ri) => {
    r.forEach((v, ci) => {
      if (v === null || v === undefined || v === '') return;
      const addr = XLSX.utils.encode_cell({ r: ri, c: ci });
      if (typeof v === 'string') ws[addr] = { t: 's', v };
      else if ('n' in v) ws[addr] = { t: 'n', v: Number(v.n), z: v.z ?? '#,##0.00' };
      else ws[addr] = { t: 'n', v: v.d + 25569, z: v.z };
      maxC = Math.max(maxC, ci);
    });
  });
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length - 1, c: maxC } });
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  wb.Props = { CreatedDate: new Date(Date.UTC(2028, 11, 1)), ModifiedDate: new Date(Date.UTC(2028, 11, 1)) };
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
}

/** JSON formatted by Prettier with the repository's settings. */
export async function prettyJson(value, nearFile) {
  const opts = (await prettier.resolveConfig(nearFile)) ?? {};
  return prettier.format(JSON.stringify(value), { ...opts, parser: 'json' });
}

// Evidence: what the cells mechanically share. Written again, independently, in the validator.
export const GENERIC = new Set(
  (
    'bank transfer trf payment paid from inward outward credit debit deposit cash branch charge charges fee fees levy ' +
    'salary salaries bulk batch school term tuition first second third lagos accra kumasi mombasa cape town ' +
    'settlement payout reversal reversed returned cheque inv invoice receipt ltd limited plc company nigeria ghana ' +
    'kenya africa south mpesa pesalink rtgs swift eft claims claim remittance advice grant tranche month monthly ' +
    'sept september november march july nhia fuel card per-diem perdiem diem vat tax with from for and the ' +
    'betaling innbetaling utbetaling skolepenger indbetaling betaling udbetaling pago cobro factura ' +
    'inbetalning utbetalning leverantör leverantor faktura bidrag traktamente'
  ).split(' '),
);
const fold = (s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[øØ]/g, 'o')
    .replace(/[æÆ]/g, 'ae')
    .toLowerCase();

/** Numbers of three digits or more (chains joined by one - / . or space counted whole too), no 19xx/20xx year. */
export function numbers(text) {
  const out = new Set();
  const add = (n) => {
    const s = n.replace(/^0+/, '');
    if (s.length < 3) return;
    if (s.length === 4 && /^(19|20)/.test(s)) return;
    out.add(s);
  };
  for (const chain of text.match(/\d+(?:[-/. ]\d+)*/g) ?? []) {
    const parts = chain.split(/[-/. ]/);
    parts.forEach(add);
    for (let i = 0; i < parts.length; i++) for (let j = i + 2; j <= parts.length; j++) add(parts.slice(i, j).join(''));
  }
  return out;
}
export function words(text) {
  return new Set((fold(text).match(/[a-z]{4,}/g) ?? []).filter((w) => !GENERIC.has(w)));
}
export function evidence(bankCells, bookCells) {
  const b = bankCells.filter(Boolean).join(' ');
  const l = bookCells.filter(Boolean).join(' ');
  const ln = numbers(l);
  if ([...numbers(b)].some((n) => ln.has(n))) return 'reference';
  const lw = words(l);
  if ([...words(b)].some((w) => lw.has(w))) return 'counterparty';
  return 'amount';
}
