// Shared helpers of the holdout41 generator: seeded numbers, money as integer minor units, dates, file writers.
import { Buffer } from 'node:buffer';
import * as XLSX from 'xlsx';
import * as prettier from 'prettier';

/** cyrb53: a string seed to a 53-bit number, so "<seed>:names:NG" gives its own stream. */
export function hash(str) {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** mulberry32 over the hashed seed. */
export function rng(seed) {
  let a = hash(String(seed)) >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (xs) => xs[int(0, xs.length - 1)];
  // digits that never read as a year or start with 19/20: the first digit is 3–9
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

// ---- money: integer minor units (two decimals in all four currencies) ----

/** "-1234.56" from -123456; built from digits, never from a float. */
export function dec(minor) {
  const neg = minor < 0;
  const a = Math.abs(minor);
  const s = `${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
  return neg ? `-${s}` : s;
}

/** The magnitude written with a thousands mark and a decimal mark: grouped(123456789, '.', ',') → "1.234.567,89". */
export function grouped(minor, group = ',', mark = '.') {
  const a = Math.abs(minor);
  const units = String(Math.floor(a / 100));
  let out = '';
  for (let i = 0; i < units.length; i++) {
    if (i > 0 && (units.length - i) % 3 === 0) out += group;
    out += units[i];
  }
  return `${minor < 0 ? '-' : ''}${out}${mark}${String(a % 100).padStart(2, '0')}`;
}

/** minor × num / den, rounded half up (amounts are positive). */
export function share(minor, num, den) {
  return Math.floor((minor * num * 2 + den) / (den * 2));
}

/** A spreadsheet number from the decimal text (the cell holds what the text says). */
export const cellNumber = (minor) => Number(dec(minor));

// ---- dates as day numbers (days since 1970-01-01, UTC) ----

export const dayOf = (iso) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86400000);
export const isoOf = (day) => new Date(day * 86400000).toISOString().slice(0, 10);
export const weekday = (day) => new Date(day * 86400000).getUTCDay();
export const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
export const parts = (day) => {
  const d = new Date(day * 86400000);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
};
const p2 = (n) => String(n).padStart(2, '0');
export const fmt = {
  dmySlash: (day) => ((p) => `${p2(p.d)}/${p2(p.m)}/${p.y}`)(parts(day)),
  dmyDash: (day) => ((p) => `${p2(p.d)}-${p2(p.m)}-${p.y}`)(parts(day)),
  dMonY: (day) =>
    ((p) => `${p2(p.d)}-${MONTHS[p.m - 1][0]}${MONTHS[p.m - 1].slice(1).toLowerCase()}-${p.y}`)(parts(day)),
  iso: isoOf,
  dotFi: (day) => ((p) => `${p.d}.${p.m}.${p.y}`)(parts(day)),
};
/** Excel serial (1900 system) of a day number. */
export const serialOf = (day) => day + 25569;

export function workingDays(from, to, holidays) {
  const out = [];
  for (let d = dayOf(from); d <= dayOf(to); d++) {
    const w = weekday(d);
    if (w !== 0 && w !== 6 && !holidays.includes(isoOf(d))) out.push(d);
  }
  return out;
}

// ---- writers ----

const quote = (v, delim) => {
  const s = v === null || v === undefined ? '' : String(v);
  return s.includes(delim) || s.includes('"') ? `"${s.replaceAll('"', '""')}"` : s;
};

/** CSV bytes: CRLF, quoted only when needed, optional BOM. */
export function csvBytes(rows, delim = ',', bom = false) {
  const text = rows.map((r) => r.map((c) => quote(c, delim)).join(delim)).join('\r\n') + '\r\n';
  return Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
}

/**
 * XLSX bytes from typed cells: { t: 's', v } text, { t: 'n', minor, z } money, { t: 'd', day, z } a date cell,
 * null for an empty cell. The document date is fixed so the same seed gives the same bytes.
 */
export function xlsxBytes(sheetName, rows, widths) {
  const ws = {};
  let maxC = 0;
  rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell === null || cell === undefined || cell === '') return;
      const addr = XLSX.utils.encode_cell({ r, c });
      maxC = Math.max(maxC, c);
      if (typeof cell === 'string') ws[addr] = { t: 's', v: cell };
      else if (cell.t === 'n') ws[addr] = { t: 'n', v: cellNumber(cell.minor), z: cell.z ?? '#,##0.00' };
      else if (cell.t === 'd') ws[addr] = { t: 'n', v: serialOf(cell.day), z: cell.z };
      else ws[addr] = { t: 's', v: String(cell.v) };
    });
  });
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length - 1, c: maxC } });
  if (widths) ws['!cols'] = widths.map((w) => ({ wch: w }));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  const fixed = new Date(Date.UTC(2028, 0, 1, 0, 0, 0));
  wb.Props = { CreatedDate: fixed, ModifiedDate: fixed, Author: 'export', LastAuthor: 'export' };
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
}

/** JSON through Prettier with the repository's settings, resolved from the tools folder. */
export async function prettyJson(obj, nearFile) {
  const conf = (await prettier.resolveConfig(nearFile)) ?? {};
  return prettier.format(JSON.stringify(obj), { ...conf, parser: 'json' });
}

// ---- the evidence rule (restated independently in the validator) ----

/** Generic bank and bookkeeping words (EN, PT, NL, FI) that say nothing about who paid. */
export const GENERIC = new Set(
  (
    'transfer transfers from payment payments invoice invoices credit debit deposit branch cash settlement settlements ' +
    'salary salaries staff beneficiaries bulk batch refund reversal charge charges limited company holdings trading ' +
    'services nigeria ghana kenya africa south kumasi lagos nairobi johannesburg account accounts ltda bank ' +
    'receipt receipts supplier suppliers customer payout sweep merchant paid part full balance ' +
    'recebimento pagamento fornecedor fornecedores cliente clientes fatura faturas nota credito estorno salarios ' +
    'imposto impostos transferencia conta corrente tarifa tarifas deposito cheque lote referente ' +
    'ontvangst betaling factuur facturen creditnota terugbetaling salarissen loonbatch belasting overboeking eigen ' +
    'rekening lening kosten bankkosten ontvangen betaald ' +
    'maksu maksut lasku laskut hyvityslasku palautus palkat palkka vero verot tilisiirto pankki suoritus myyntilasku ' +
    'ostolasku asiakas toimittaja tilitys oma tili ' +
    'order purchase eft rtgs pesalink nip gip trf ref nrb cmb via instant mobile money'
  ).split(' '),
);

/** Numbers a cell carries: every digit run and every chain of runs joined by one -, /, . or space. */
export function numbersIn(text) {
  const out = new Set();
  for (const m of String(text ?? '').matchAll(/\d+(?:[-/. ]\d+)*/g)) {
    const runs = m[0].split(/[-/. ]/);
    for (let i = 0; i < runs.length; i++) {
      for (let j = i; j < runs.length; j++) {
        const tok = runs
          .slice(i, j + 1)
          .join('')
          .replace(/^0+/, '');
        if (tok.length < 3) continue;
        if (tok.length === 4 && /^(19|20)\d\d$/.test(tok)) continue;
        out.add(tok);
      }
    }
  }
  return out;
}

export function wordsIn(text) {
  const folded = String(text ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return new Set([...folded.matchAll(/[a-z]{4,}/g)].map((m) => m[0]).filter((w) => !GENERIC.has(w)));
}

/** reference | counterparty | amount, from the bank cells and the ledger cells of the pairing. */
export function evidenceOf(bankCells, ledgerCells) {
  const bn = new Set(bankCells.flatMap((c) => [...numbersIn(c)]));
  const ln = new Set(ledgerCells.flatMap((c) => [...numbersIn(c)]));
  if ([...bn].some((n) => ln.has(n))) return 'reference';
  const bw = new Set(bankCells.flatMap((c) => [...wordsIn(c)]));
  const lw = new Set(ledgerCells.flatMap((c) => [...wordsIn(c)]));
  if ([...bw].some((w) => lw.has(w))) return 'counterparty';
  return 'amount';
}
