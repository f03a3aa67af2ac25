// Shared machinery of the holdout48 generator: seeded draws, dates, money text, evidence and file writers.
// The validator imports nothing from here, so a slip in this file cannot hide itself.
import * as XLSX from 'xlsx';

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

/**
 * A whole number of `step` minor units between lo and hi major units (money stays integer). Every amount drawn is
 * new to the month (and differs from the fixed ones given to `avoid`), so only the events meant to share an amount do.
 */
export const drawer = (rng) => {
  const used = new Set();
  return {
    avoid: (...minors) => minors.forEach((m) => used.add(Math.abs(m))),
    amt: (lo, hi, step = 100) => {
      const s = Math.round(step * 100);
      for (;;) {
        const n = Math.floor((lo * 100) / s) + Math.floor(rng() * Math.floor(((hi - lo) * 100) / s + 1));
        if (!used.has(n * s)) {
          used.add(n * s);
          return n * s;
        }
      }
    },
    digits: (n) => {
      let s = String(1 + Math.floor(rng() * 9));
      while (s.length < n) s += String(Math.floor(rng() * 10));
      return s;
    },
    pick: (xs) => xs[Math.floor(rng() * xs.length)],
  };
};

// --- dates (ISO strings, business dates, no time zone arithmetic needed) ---
const dayMs = 86400000;
export const dow = (iso) => new Date(`${iso}T00:00:00Z`).getUTCDay();
export const addDays = (iso, n) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * dayMs).toISOString().slice(0, 10);
export function workingDays(from, to, holidays) {
  const out = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (dow(d) !== 0 && dow(d) !== 6 && !holidays.includes(d)) out.push(d);
  return out;
}
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const dmy = (iso, sep = '/') => `${iso.slice(8, 10)}${sep}${iso.slice(5, 7)}${sep}${iso.slice(0, 4)}`;
export const dMonY = (iso) => `${iso.slice(8, 10)}-${MON[Number(iso.slice(5, 7)) - 1]}-${iso.slice(0, 4)}`;
/** Excel serial day (1900 system) of a business date. */
export const serial = (iso) => Date.parse(`${iso}T00:00:00Z`) / dayMs + 25569;

// --- money: integer minor units in, text out, built from digits only ---
export function money(minor, { group = ',', dec = '.', sign = true } = {}) {
  const neg = minor < 0;
  const abs = String(Math.abs(minor)).padStart(3, '0');
  let whole = abs.slice(0, -2);
  if (group) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${neg && sign ? '-' : ''}${whole}${dec}${abs.slice(-2)}`;
}
export const major = (minor) => money(minor, { group: '' });

// --- evidence: what a statement line's cells mechanically share with a book row's cells ---
export const GENERIC = new Set(
  `transfer trf from nip payment paid deposit cash cheque chq with withdrawal charge charges fee fees levy vat
  invoice invoices inv ref reference being for the and part balance bal settlement stlm payout batch bulk salary
  salaries wages sales takings card online ticket tickets limited ltd plc pty company services service transaction
  txn account acct debit credit order month week weekly august june july may others other staff supplies supply
  purchase stock goods receipt received customer supplier refund reversal returned mpesa pesalink eft rtgs pos
  bank less rental rent total your note payroll transfer monthly outward inward instant kontant betaling deposito
  fooi diens invordering maand lede member members membership debiet order`.split(/\s+/),
);
export function tokens(text) {
  const t = String(text ?? '');
  const nums = new Set();
  for (const m of t.matchAll(/\d+/g)) {
    const n = m[0].replace(/^0+/, '');
    if (n.length >= 3 && !/^(19|20)\d\d$/.test(n)) nums.add(n);
  }
  for (const m of t.toUpperCase().matchAll(/[A-Z0-9]+/g))
    if (m[0].length >= 6 && /[A-Z]/.test(m[0]) && /\d/.test(m[0])) nums.add(m[0]);
  const words = new Set();
  for (const m of t.toLowerCase().matchAll(/[a-z]+/g)) if (m[0].length >= 4 && !GENERIC.has(m[0])) words.add(m[0]);
  return { nums, words };
}
export function evidenceOf(bankText, rowText) {
  const a = tokens(bankText);
  const b = tokens(rowText);
  if ([...a.nums].some((n) => b.nums.has(n))) return 'reference';
  if ([...a.words].some((w) => b.words.has(w))) return 'counterparty';
  return 'amount';
}

// --- writers ---
export function csv(rows, { delim = ',', eol = '\r\n' } = {}) {
  const cell = (v) => {
    const s = v === null || v === undefined ? '' : String(v);
    return s.includes(delim) || s.includes('"') || s.includes('\n') ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return rows.map((r) => r.map(cell).join(delim)).join(eol) + eol;
}

/** rows of plain values or ready cells ({ t, v, z }); a fixed document date keeps the bytes stable. */
export function xlsx(sheetName, rows, cols) {
  const ws = {};
  let maxC = 0;
  rows.forEach((r, ri) => {
    r.forEach((v, ci) => {
      if (v === null || v === undefined || v === '') return;
      const cell = typeof v === 'object' ? v : typeof v === 'number' ? { t: 'n', v } : { t: 's', v: String(v) };
      ws[XLSX.utils.encode_cell({ r: ri, c: ci })] = cell;
      maxC = Math.max(maxC, ci);
    });
  });
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length - 1, c: maxC } });
  if (cols) ws['!cols'] = cols.map((wch) => ({ wch }));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  wb.Props = {
    Title: sheetName,
    CreatedDate: new Date(Date.UTC(2031, 0, 1)),
    ModifiedDate: new Date(Date.UTC(2031, 0, 1)),
  };
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
}
export const dateCell = (iso, z = 'dd/mm/yyyy') => ({ t: 'n', v: serial(iso), z });
export const amountCell = (minor) => ({ t: 'n', v: minor / 100, z: '#,##0.00' });
