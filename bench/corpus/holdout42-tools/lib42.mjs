// Shared helpers of the holdout42 generator: seeded numbers, money as integer minor units, working days, CSV and XLSX
// writers, Prettier JSON and the evidence rule. Nothing here knows a bank or a package.
import { Buffer } from 'node:buffer';
import * as XLSX from 'xlsx';
import * as prettier from 'prettier';

/** cyrb53: a string (or number) to a 53-bit seed, so one seed gives one stream per set. */
export function hashSeed(text) {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (const ch of String(text)) {
    const c = ch.codePointAt(0);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** mulberry32 over a hashed seed; `int(lo, hi)` inclusive, `digits(n)` never starts with 0–2 (never reads as a year). */
export function rng(seed) {
  let a = hashSeed(seed) >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (xs) => xs[int(0, xs.length - 1)];
  const digits = (n) => {
    let s = String(int(3, 9));
    while (s.length < n) s += String(int(0, 9));
    return s;
  };
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

// ---- money: integer minor units, two decimals in all four currencies ----

/** "-1234.56" from -123456, built from digits. */
export function dec(minor) {
  const neg = minor < 0;
  const s = String(Math.abs(minor)).padStart(3, '0');
  return `${neg ? '-' : ''}${s.slice(0, -2)}.${s.slice(-2)}`;
}

/** The magnitude written with a group mark and a decimal mark: grouped(123456789, ',', '.') = "1,234,567.89". */
export function grouped(minor, group, mark) {
  const s = String(Math.abs(minor)).padStart(3, '0');
  const whole = s.slice(0, -2);
  let out = '';
  for (let i = 0; i < whole.length; i++) {
    if (i > 0 && (whole.length - i) % 3 === 0) out += group;
    out += whole[i];
  }
  return `${minor < 0 ? '-' : ''}${out}${mark}${s.slice(-2)}`;
}

/** minor × num / den, rounded half up on integers. */
export function share(minor, num, den) {
  const sign = minor < 0 ? -1 : 1;
  const x = Math.abs(minor) * num;
  return sign * Math.floor((2 * x + den) / (2 * den));
}

// ---- dates as day numbers (days since 1970-01-01, UTC) ----

export const dayOf = (iso) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86400000);
export const isoOf = (day) => new Date(day * 86400000).toISOString().slice(0, 10);
export const weekday = (day) => new Date(day * 86400000).getUTCDay();
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const monAbbr = (m) => MON[m - 1];
export function parts(day) {
  const [y, m, d] = isoOf(day).split('-').map(Number);
  return { y, m, d };
}
const p2 = (n) => String(n).padStart(2, '0');
export const dmySlash = (day) => {
  const { y, m, d } = parts(day);
  return `${p2(d)}/${p2(m)}/${y}`;
};
export const dmyDot = (day) => {
  const { y, m, d } = parts(day);
  return `${p2(d)}.${p2(m)}.${y}`;
};
/** Excel's 1900-system serial of a day (no time). */
export const serialOf = (day) => day + 25569;

/** Working days of a period: Monday–Friday less the public holidays. */
export function workingDays(from, to, holidays) {
  const off = new Set(holidays.map(dayOf));
  const out = [];
  for (let d = dayOf(from); d <= dayOf(to); d++) if (weekday(d) % 6 !== 0 && !off.has(d)) out.push(d);
  return out;
}

// ---- writers ----

/** CSV with CRLF, a cell quoted only when it holds the delimiter, a quote or a line break. */
export function csvText(rows, delim = ',') {
  const cell = (v) => {
    const s = v === null || v === undefined ? '' : String(v);
    return s.includes(delim) || s.includes('"') || /[\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(cell).join(delim)).join('\r\n') + '\r\n';
}

/** Windows-1252 bytes of a text (the characters these files use: Latin-1 plus the euro sign). */
export function cp1252(text) {
  const out = [];
  for (const ch of text) {
    const c = ch.codePointAt(0);
    if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) out.push(c);
    else if (c === 0x20ac) out.push(0x80);
    else throw new Error(`no Windows-1252 byte for ${ch}`);
  }
  return Buffer.from(out);
}

/**
 * An XLSX workbook of one sheet. Cells: a string, null, or { n: "123.45" } (a number written from its decimal text),
 * { d: day, z: format } (a date cell), { t: text } (text kept as text). A fixed document date keeps the bytes stable.
 */
export function xlsxBytes(sheetName, rows, widths) {
  const ws = {};
  let maxC = 0;
  rows.forEach((r, ri) => {
    r.forEach((v, ci) => {
      if (v === null || v === undefined || v === '') return;
      const addr = XLSX.utils.encode_cell({ r: ri, c: ci });
      if (typeof v === 'string') ws[addr] = { t: 's', v };
      else if ('n' in v) ws[addr] = { t: 'n', v: Number(v.n), z: v.z ?? '#,##0.00' };
      else if ('d' in v) ws[addr] = { t: 'n', v: serialOf(v.d), z: v.z };
      else ws[addr] = { t: 's', v: v.t };
      maxC = Math.max(maxC, ci);
    });
  });
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length - 1, c: maxC } });
  if (widths) ws['!cols'] = widths.map((wch) => ({ wch }));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  wb.Props = { CreatedDate: new Date('2028-11-02T08:00:00Z'), ModifiedDate: new Date('2028-11-02T08:00:00Z') };
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
}

/** JSON as the repository's Prettier settings write it. */
export async function prettyJson(value, here) {
  const options = (await prettier.resolveConfig(here)) ?? {};
  return prettier.format(JSON.stringify(value), { ...options, parser: 'json' });
}

// ---- the evidence rule (restated separately in the validator) ----

/** Words that say nothing of who paid: the banks' and the books' own vocabulary in the languages used here. */
export const GENERIC = new Set(
  (
    'from to transfer trf payment payments paid pay receipt received settlement settle sweep payout charge charges fee fees ' +
    'deposit cash branch bank bills bill salary salaries staff beneficiaries bulk batch invoice invoices inv credit debit ' +
    'note notes refund reversal reversed account acct number total opening closing balance limited ltd plc pty company ' +
    'nigeria ghana kenya south africa lagos ikeja techiman naivasha pretoria johannesburg rosslyn with part full less ' +
    'customer supplier order purchase goods month paye vat tax levy excise duty stamp commission maintenance alert alerts ' +
    'sms service internet banking monthly online instant nip gip pesalink rtgs transfer outward inward electronic ' +
    'merchant mobile money wallet card visa pos terminal cheque chq clearing presented ref reference trade trading ' +
    'enterprises ventures services global international holdings agro motors parts irrigation tooling and the for our ' +
    'your via same day inst instalment balance second first returned return invalid dormant closed beneficiary funds ' +
    // Vietnamese (MISA), accents folded
    'thanh toan tien khach hang chuyen khoan nhan tra truoc phieu ngan thue dien nuoc luong nhan vien ' +
    'cong phan hoan lai ung ' +
    // German (Lexware)
    'zahlung zahlungseingang rechnung rechnungen eingang gutschrift lastschrift ueberweisung uberweisung gebuehr gebuhr ' +
    'gebuehren gebuhren kunde kunden lieferant lieferanten teilzahlung umbuchung lohn lohne gehalt gehalter steuer ' +
    'erstattung abzug skonto storno bankgebuehren sonstige barkasse aus fuer fur nach von' +
    ' juli august september oktober october june july'
  ).split(/\s+/),
);

const fold = (s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd');

/**
 * Number tokens of a text: every run of digits and every chain of runs joined by one "-", "/", "." or space (each
 * contiguous part of a chain), leading zeros dropped, three digits or more, a four-digit 19xx/20xx left out.
 */
export function numberTokens(text) {
  const out = new Set();
  const re = /\d+(?:[-/. ]\d+)*/g;
  for (const m of String(text ?? '').matchAll(re)) {
    const runs = m[0].split(/[-/. ]/);
    for (let i = 0; i < runs.length; i++) {
      for (let j = i; j < runs.length; j++) {
        const t = runs
          .slice(i, j + 1)
          .join('')
          .replace(/^0+/, '');
        if (t.length < 3) continue;
        if (t.length === 4 && /^(19|20)\d\d$/.test(t)) continue;
        out.add(t);
      }
    }
  }
  return out;
}

/** Words of four or more Latin letters, accents folded, outside the generic list. */
export function nameWords(text) {
  const out = new Set();
  for (const w of fold(String(text ?? ''))
    .toLowerCase()
    .match(/[a-z]+/g) ?? []) {
    if (w.length >= 4 && !GENERIC.has(w)) out.add(w);
  }
  return out;
}

/** The strongest evidence the cells carry: bank (text, reference) against book rows (reference, description, party). */
export function evidenceOf(bankText, bankRef, rows) {
  const bankNums = numberTokens(`${bankText} ${bankRef ?? ''}`);
  const bankWords = nameWords(`${bankText} ${bankRef ?? ''}`);
  let best = 'amount';
  for (const r of rows) {
    const cells = [r.ref, r.desc, r.party].filter(Boolean);
    for (const c of cells) for (const t of numberTokens(c)) if (bankNums.has(t)) return 'reference';
    for (const c of cells) for (const w of nameWords(c)) if (bankWords.has(w)) best = 'counterparty';
  }
  return best;
}
