// Shared helpers of the holdout40 generator: seeded numbers, money in minor units, dates, CSV/XLSX writers,
// Prettier JSON and the evidence rule. The validator restates what it needs on its own and imports nothing here.
import * as XLSX from 'xlsx';
import * as prettier from 'prettier';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { Buffer } from 'node:buffer';

// ---------------------------------------------------------------- seeded numbers

/** cyrb53: a small string hash, so a seed text picks a PRNG state. */
export function cyrb53(str, seed = 0) {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

function mulberry32(a) {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A PRNG seeded from a text; every draw the generator makes goes through one of these. */
export function makeRng(seedText) {
  const next = mulberry32(cyrb53(String(seedText)) % 4294967296);
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (arr) => arr[int(0, arr.length - 1)],
    shuffle(arr) {
      const a = [...arr];
      for (let i = a.length - 1; i > 0; i--) {
        const j = int(0, i);
        [a[i], a[j]] = [a[j], a[i]];
      }
      return a;
    },
    /** n digits, no leading zero, never starting 19 or 20 (so no number reads as a year) */
    digits(n) {
      for (;;) {
        let s = String(int(1, 9));
        while (s.length < n) s += String(int(0, 9));
        if (!/^(19|20)/.test(s)) return s;
      }
    },
    /** n digits that may start with zeros (cheque and teller numbers), never 19/20 after the zeros */
    padded(n, zeros) {
      return '0'.repeat(zeros) + this.digits(n - zeros);
    },
  };
}

// ---------------------------------------------------------------- money (integer minor units)

/** "-1234.56" from -123456: the truth's and the reconcile documents' writing. */
export function dec(minor) {
  if (!Number.isSafeInteger(minor)) throw new Error(`not an integer amount: ${minor}`);
  const neg = minor < 0;
  const s = String(Math.abs(minor)).padStart(3, '0');
  return `${neg ? '-' : ''}${s.slice(0, -2)}.${s.slice(-2)}`;
}

/** Grouped writing of a magnitude: grouped(123456789, { group: '.', decimal: ',' }) = "1.234.567,89". */
export function grouped(minor, { group = ',', decimal = '.' } = {}) {
  const neg = minor < 0;
  const s = String(Math.abs(minor)).padStart(3, '0');
  const units = s.slice(0, -2);
  let out = '';
  for (let i = 0; i < units.length; i++) {
    if (i > 0 && (units.length - i) % 3 === 0) out += group;
    out += units[i];
  }
  return `${neg ? '-' : ''}${out}${decimal}${s.slice(-2)}`;
}

/** minor · num / den, rounded half up (non-negative inputs). */
export function share(minor, num, den) {
  if (minor < 0) return -share(-minor, num, den);
  return Math.floor((minor * num * 2 + den) / (2 * den));
}

/** The number a spreadsheet cell holds, built from the decimal text (never minor / 100). */
export const cellNumber = (minor) => Number(dec(minor));

// ---------------------------------------------------------------- dates (ISO strings)

const MS_DAY = 86400000;
const toMs = (d) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10));
const fromMs = (ms) => new Date(ms).toISOString().slice(0, 10);
export const addDays = (d, n) => fromMs(toMs(d) + n * MS_DAY);
export const weekday = (d) => new Date(toMs(d)).getUTCDay();
export const isWorking = (d, holidays) => weekday(d) !== 0 && weekday(d) !== 6 && !holidays.includes(d);
export function workingDays(from, to, holidays) {
  const out = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (isWorking(d, holidays)) out.push(d);
  return out;
}
/** Excel 1900-system serial of a date. */
export const serial = (d) => (toMs(d) - Date.UTC(1899, 11, 30)) / MS_DAY;

export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export function fmtDate(d, style) {
  const [y, m, day] = [d.slice(0, 4), d.slice(5, 7), d.slice(8, 10)];
  const mon = MONTHS[+m - 1];
  switch (style) {
    case 'dd/mm/yyyy':
      return `${day}/${m}/${y}`;
    case 'mm/dd/yyyy':
      return `${m}/${day}/${y}`;
    case 'dd-MON-yyyy':
      return `${day}-${mon.toUpperCase()}-${y}`;
    case 'dd MON yyyy':
      return `${day} ${mon.toUpperCase()} ${y}`;
    case 'yyyy-mm-dd':
      return d;
    default:
      throw new Error(`unknown date style ${style}`);
  }
}

// ---------------------------------------------------------------- CSV

/** Windows-1252 bytes of a text (the code points this corpus uses: ASCII and Latin-1). */
function cp1252(text) {
  const out = Buffer.alloc(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff || (c >= 0x80 && c < 0xa0)) throw new Error(`not writable in Windows-1252: ${text[i]}`);
    out[i] = c;
  }
  return out;
}

/** CSV bytes: CRLF, a cell quoted only when it holds the delimiter, a quote or a line break. */
export function csvBytes(rows, { delimiter = ',', bom = false, encoding = 'utf8' } = {}) {
  const cell = (v) => {
    const s = v === null || v === undefined ? '' : String(v);
    return s.includes(delimiter) || s.includes('"') || /[\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  const text = rows.map((r) => r.map(cell).join(delimiter)).join('\r\n') + '\r\n';
  if (encoding === 'windows-1252') return cp1252(text);
  return Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
}

// ---------------------------------------------------------------- XLSX

/**
 * XLSX bytes of one sheet. Cells: null (empty), a string, { money: minor } (number cell, "#,##0.00"),
 * { date: iso, z } (a real date cell with its display format), { text } (a string that looks like a number),
 * { num } (a whole number: voucher numbers).
 */
export function xlsxBytes(sheetName, rows, { widths = [], documentDate }) {
  const aoa = rows.map((r) =>
    r.map((c) => {
      if (c === null || c === undefined) return null;
      if (typeof c === 'string') return { t: 's', v: c };
      if (c.money !== undefined) return { t: 'n', v: cellNumber(c.money), z: '#,##0.00' };
      if (c.date !== undefined) return { t: 'n', v: serial(c.date), z: c.z };
      if (c.text !== undefined) return { t: 's', v: c.text };
      if (c.num !== undefined && Number.isSafeInteger(c.num)) return { t: 'n', v: c.num };
      throw new Error(`unknown cell ${JSON.stringify(c)}`);
    }),
  );
  const ws = XLSX.utils.aoa_to_sheet(aoa);
  ws['!cols'] = widths.map((wch) => ({ wch }));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  const when = new Date(`${documentDate}T07:30:00Z`);
  wb.Props = { CreatedDate: when, ModifiedDate: when };
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
}

// ---------------------------------------------------------------- JSON through Prettier

const toolsDir = dirname(fileURLToPath(import.meta.url));
/** JSON as the repository's Prettier writes it (settings resolved from the tools folder, wherever --out points). */
export async function prettyJson(obj) {
  const cfg = (await prettier.resolveConfig(join(toolsDir, 'x.json'))) ?? {};
  return prettier.format(JSON.stringify(obj), { ...cfg, parser: 'json' });
}

// ---------------------------------------------------------------- the evidence rule

/**
 * Words that carry no name: the banks', the channels' and the books' own wording (English, Italian, Spanish,
 * French). A shared word outside this list is a name.
 */
export const GENERIC_WORDS = new Set(
  `from with payment payments transfer transfers invoice invoices inflow outflow limited bank banks deposit cash
  salary salaries charge charges settlement settlements reversal account accounts levy electronic money company
  services service part balance final first second refund being this that supply supplies goods january february
  march april june july august september october november december payable paid total transaction nigeria
  nigerian ghana kenya africa african south enterprises ventures holdings group international trading
  industries stores store partial instalment against credit debit note notes order number inward outward
  clearing cheque swift pesalink instant merchant payout sweep batch bulk staff beneficiaries fees alert
  incasso fattura fatt fatture pagamento fornitore fornitori stipendi bonifico versamento contanti giroconto saldo
  rata acconto nota credito ritenuta rimborso cliente clienti vendite commissioni assegno distinta settembre
  ottobre contributi pensione utenze energia elettrica acqua banca
  cobro factura facturas pago proveedor nomina transferencia comision devolucion abono cuenta deposito efectivo
  liquidacion rectificativa cheque traspaso desde hacia suministro cotizaciones octubre noviembre
  reglement facture factures virement paiement fournisseur salaires remise especes avoir remboursement frais
  prelevement solde client decembre novembre interne vers cheque commission lot`.split(/\s+/),
);

/** Numbers of a text: runs of digits and chains joined over one - / . or space, each contiguous part counted. */
export function numberTokens(text) {
  const out = new Set();
  for (const m of String(text ?? '').matchAll(/\d+(?:[-/. ]\d+)*/g)) {
    const parts = m[0].split(/[-/. ]/);
    for (let i = 0; i < parts.length; i++) {
      for (let j = i; j < parts.length; j++) {
        if (i === j && /^(19|20)\d\d$/.test(parts[i])) continue; // a year alone
        if (j > i && /^20[23]\d$/.test(parts[i])) continue; // a year in front of a longer number: dropped
        let s = parts.slice(i, j + 1).join('');
        if (i === j && s.length > 4 && /^20[23]\d/.test(s)) s = s.slice(4);
        s = s.replace(/^0+/, '');
        if (s.length >= 3) out.add(s);
      }
    }
  }
  return out;
}

/** Latin words of four letters or more (accents folded), outside the generic list. */
export function wordTokens(text) {
  const folded = String(text ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return new Set(
    [...folded.matchAll(/[a-z]+/g)].map((m) => m[0]).filter((w) => w.length >= 4 && !GENERIC_WORDS.has(w)),
  );
}

/** What the cells carry: a shared number → reference, else a shared name word → counterparty, else amount. */
export function evidenceOf(bankCells, bookCells) {
  const bn = new Set(bankCells.flatMap((c) => [...numberTokens(c)]));
  const kn = new Set(bookCells.flatMap((c) => [...numberTokens(c)]));
  if ([...bn].some((n) => kn.has(n))) return 'reference';
  const bw = new Set(bankCells.flatMap((c) => [...wordTokens(c)]));
  const kw = new Set(bookCells.flatMap((c) => [...wordTokens(c)]));
  if ([...bw].some((w) => kw.has(w))) return 'counterparty';
  return 'amount';
}
