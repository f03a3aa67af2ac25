// Shared helpers of the holdout30 generator: PRNG, money, calendar, writers, and the reading of numbers and names
// in a text that decides a line's evidence. The validator has its own copy of the reading on purpose.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);
const XLSX = require('xlsx');

/** sfc32 seeded through splitmix32: small, fast and the same on every Node. */
export function rngFrom(seed) {
  let s = seed >>> 0;
  const split = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  const r = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (xs) => xs[Math.floor(next() * xs.length)],
    chance: (p) => next() < p,
    shuffle: (xs) => {
      const out = [...xs];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
    digits: (n) => {
      let s = String(1 + Math.floor(next() * 9));
      while (s.length < n) s += String(Math.floor(next() * 10));
      return s;
    },
  };
  return r;
}

/** Minor units → "1234.50" (signed). */
export const dec = (minor) => {
  const neg = minor < 0;
  const a = Math.abs(minor);
  return `${neg ? '-' : ''}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
};
/** Minor units → "1,234.50" (magnitude). */
export const commas = (minor) => {
  const [i, f] = dec(Math.abs(minor)).split('.');
  return `${i.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${f}`;
};
/** An integer share of an amount (rate given as a fraction of 10000), rounded half up. */
export const part = (minor, perTenThousand) => Math.round((minor * perTenThousand) / 10000);

// ---- calendar ----
export const iso = (y, m, d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const monthName = (m) => MON[m - 1];
export const dayOfWeek = (d) => new Date(`${d}T00:00:00Z`).getUTCDay();
export const addDays = (d, n) => {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
};
export function calendar(year, month, holidays) {
  const days = [];
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  for (let d = 1; d <= last; d++) {
    const s = iso(year, month, d);
    const w = dayOfWeek(s);
    if (w !== 0 && w !== 6 && !holidays.includes(s)) days.push(s);
  }
  return { from: iso(year, month, 1), to: iso(year, month, last), working: days };
}
export const ymd = (d) => d.split('-').map(Number);
export const dmySlash = (d) => d.split('-').reverse().join('/');
export const mdySlash = (d) => {
  const [y, m, dd] = d.split('-');
  return `${m}/${dd}/${y}`;
};
export const dMonY = (d, sep = '-') => {
  const [y, m, dd] = ymd(d);
  return `${String(dd).padStart(2, '0')}${sep}${MON[m - 1]}${sep}${y}`;
};
/** Excel serial of a date (1900 system). */
export const serial = (d) => Math.round((Date.parse(`${d}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86400000);

// ---- writers ----
const csvCell = (v, delim) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /["\r\n]/.test(s) || s.includes(delim) ? `"${s.replace(/"/g, '""')}"` : s;
};
/** CSV text with CRLF; `quoteAll` quotes every cell as some exporters do. */
export function csvText(rows, { delim = ',', bom = false, quoteAll = false } = {}) {
  const body = rows
    .map((r) =>
      r
        .map((c) => {
          const s = c === null || c === undefined ? '' : String(c);
          return quoteAll ? `"${s.replace(/"/g, '""')}"` : csvCell(s, delim);
        })
        .join(delim),
    )
    .join('\r\n');
  return `${bom ? '\ufeff' : ''}${body}\r\n`;
}

/** Typed cells for XLSX: text, number (from minor units, exact), date (serial with a format). */
export const X = {
  s: (v) => ({ t: 's', v: String(v) }),
  money: (minor) => ({ t: 'n', v: Number(dec(minor)), z: '#,##0.00' }),
  date: (d, z = 'dd-mmm-yyyy') => ({ t: 'n', v: serial(d), z }),
  n: (v) => ({ t: 'n', v }),
};
/** An XLSX workbook as bytes; fixed document date so the same rows give the same bytes. */
export function xlsxBytes(sheetName, rows, { merges = [], cols = [] } = {}) {
  const ws = {};
  let maxC = 0;
  rows.forEach((r, ri) => {
    r.forEach((c, ci) => {
      if (c === null || c === undefined || c === '') return;
      const cell = typeof c === 'object' ? { ...c } : { t: 's', v: String(c) };
      ws[XLSX.utils.encode_cell({ r: ri, c: ci })] = cell;
      maxC = Math.max(maxC, ci);
    });
  });
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length - 1, c: maxC } });
  if (merges.length) ws['!merges'] = merges;
  if (cols.length) ws['!cols'] = cols.map((w) => ({ wch: w }));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  const when = new Date(Date.UTC(2025, 11, 1, 8, 0, 0));
  wb.Props = { Title: sheetName, Author: 'export', CreatedDate: when, ModifiedDate: when };
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
}

/** JSON formatted with the repository's Prettier settings, so `prettier --check` passes on what is written. */
export async function prettyJson(value, repoRoot) {
  const prettier = await import('prettier');
  const cfg = (await prettier.resolveConfig(resolve(repoRoot, 'package.json'))) ?? {};
  return prettier.format(JSON.stringify(value), { ...cfg, parser: 'json' });
}

// ---- what a text carries ----
/** Document numbers: digit runs of 3+ (leading zeros dropped), also joined over one '-', '/', '.' or space;
 * four-digit years 2020–2039 standing alone are dates, not documents. */
export function numbersIn(text) {
  const out = new Set();
  const s = String(text ?? '');
  const runs = [...s.matchAll(/\d+/g)].map((m) => ({ v: m[0], at: m.index, end: m.index + m[0].length }));
  const add = (v) => {
    const t = v.replace(/^0+/, '');
    if (t.length >= 3 && !(t.length === 4 && /^20[23]\d$/.test(t) && v.length === 4)) out.add(t);
  };
  runs.forEach((r, i) => {
    add(r.v);
    const n = runs[i + 1];
    if (n && n.at - r.end === 1 && /[-/. ]/.test(s[r.end])) add(r.v + n.v);
  });
  return out;
}
const STOP = new Set(
  'ltd limited plc company co and the of for from to trf transfer payment pay paymt pmt inv invoice receipt rcpt ref nip gip ach eft rtgs pesalink mpesa via by at on in no bank acc account a/c int inward outward credit debit cr dr fund funds being with settlement llc inc pty nig ghana kenya enterprise enterprises trading ventures services group holdings international'.split(
    ' ',
  ),
);
/** Significant words of a text, in order (letters only, 3+ long, not company or transfer words). */
export const wordsIn = (text) =>
  String(text ?? '')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length >= 3 && !STOP.has(w));
/** Neighbouring pairs of significant words; a one-word name counts as itself when 5+ letters. */
export function namePairs(text) {
  const w = wordsIn(text);
  const out = new Set();
  for (let i = 0; i + 1 < w.length; i++) out.add(`${w[i]} ${w[i + 1]}`);
  if (w.length === 1 && w[0].length >= 5) out.add(w[0]);
  return out;
}
