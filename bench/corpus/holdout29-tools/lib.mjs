// Shared helpers of the holdout29 generator: a seeded PRNG, integer money, the month's calendar, date writings,
// CSV and XLSX writers with fixed bytes, Prettier JSON, and the generator's own reading of what cells carry.
import * as XLSX from 'xlsx';
import prettier from 'prettier';

// sfc32: a small counter-based generator; seeded through splitmix32 so that nearby seeds give unrelated streams.
export function rngOf(seed) {
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
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  const rng = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
    shuffle: (arr) => {
      const out = arr.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
    digits: (n) => Array.from({ length: n }, () => String(Math.floor(next() * 10))).join(''),
    letters: (n, alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ') =>
      Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''),
  };
  return rng;
}

// ---------------------------------------------------------------- money (integer minor units, two decimals)

const safe = (m) => {
  if (!Number.isSafeInteger(m)) throw new Error(`not an integer amount of minor units: ${m}`);
  return m;
};
/** "-1234.50" */
export const dec = (m) => {
  safe(m);
  const neg = m < 0;
  const a = Math.abs(m);
  return `${neg ? '-' : ''}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
};
/** "1,234.50" of the magnitude */
export const commas = (m) => {
  const [whole, frac] = dec(Math.abs(m)).split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
};
/** a share of an amount, rounded half up, in minor units: part(10000, 75, 1000) = 7.5 % */
export const part = (m, num, den) => {
  safe(m);
  const sign = m < 0 ? -1 : 1;
  return sign * Math.floor((Math.abs(m) * num * 2 + den) / (den * 2));
};
/** a random amount between lo and hi (major units) in steps of `step` minor units */
export const amountBetween = (rng, lo, hi, step = 1) => {
  const a = Math.round(lo * 100);
  const b = Math.round(hi * 100);
  return Math.floor((a + Math.floor(rng.next() * (b - a))) / step) * step;
};

// ---------------------------------------------------------------- calendar

const MON = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const MONTH = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const monthName = (m) => MONTH[m - 1];
export const monAbbr = (m) => MON[m - 1];

const pad = (n, w = 2) => String(n).padStart(w, '0');
export const iso = (y, m, d) => `${y}-${pad(m)}-${pad(d)}`;
export const parts = (isoDate) => isoDate.split('-').map(Number);
export const dow = (isoDate) => {
  const [y, m, d] = parts(isoDate);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
};
export const addDays = (isoDate, n) => {
  const [y, m, d] = parts(isoDate);
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
};
export const daysBetween = (a, b) => {
  const [y1, m1, d1] = parts(a);
  const [y2, m2, d2] = parts(b);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86400000);
};

/** The month's business calendar: working days (no weekends, no listed holidays), stepping by working days. */
export function calendar(year, month, holidays) {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const days = [];
  for (let d = 1; d <= last; d++) {
    const x = iso(year, month, d);
    const w = dow(x);
    if (w !== 0 && w !== 6 && !holidays.includes(x)) days.push(x);
  }
  const isWorking = (x) => dow(x) !== 0 && dow(x) !== 6 && !holidays.includes(x);
  return {
    year,
    month,
    holidays,
    from: iso(year, month, 1),
    to: iso(year, month, last),
    days,
    /** the i-th working day (0-based; negative from the end) */
    wd: (i) => (i < 0 ? days[days.length + i] : days[i]),
    isWorking,
    /** n working days after (n < 0: before), crossing month ends with the same rule */
    shift: (x, n) => {
      let cur = x;
      let left = Math.abs(n);
      while (left > 0) {
        cur = addDays(cur, n > 0 ? 1 : -1);
        if (isWorking(cur)) left--;
      }
      return cur;
    },
    /** a working day on or before x within the month (or the first working day) */
    onOrBefore: (x) => {
      let cur = x;
      while (!isWorking(cur)) cur = addDays(cur, -1);
      return cur < iso(year, month, 1) ? days[0] : cur;
    },
    inMonth: (x) => x >= iso(year, month, 1) && x <= iso(year, month, last),
  };
}

// ---------------------------------------------------------------- date writings

export const fmtDate = {
  /** 03/06/2025 */
  dmy: (x) => {
    const [y, m, d] = parts(x);
    return `${pad(d)}/${pad(m)}/${y}`;
  },
  /** 06/03/2025 */
  mdy: (x) => {
    const [y, m, d] = parts(x);
    return `${pad(m)}/${pad(d)}/${y}`;
  },
  /** 03-06-2025 */
  dmyDash: (x) => {
    const [y, m, d] = parts(x);
    return `${pad(d)}-${pad(m)}-${y}`;
  },
  /** 2025/06/03 */
  ymdSlash: (x) => x.replace(/-/g, '/'),
  /** 03 JUN 2025 */
  dMonUpper: (x) => {
    const [y, m, d] = parts(x);
    return `${pad(d)} ${MON[m - 1]} ${y}`;
  },
  /** 03-Jun-2025 */
  dMonDash: (x) => {
    const [y, m, d] = parts(x);
    return `${pad(d)}-${MON[m - 1][0]}${MON[m - 1].slice(1).toLowerCase()}-${y}`;
  },
};

/** An XLSX date cell for a business date (the serial of its midnight, no time zone involved). */
export const dateCell = (x, z = 'dd/mm/yyyy') => {
  const [y, m, d] = parts(x);
  const serial = (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;
  return { t: 'n', v: serial, z };
};
export const numCell = (m, z = '#,##0.00') => ({ t: 'n', v: Number(dec(m)), z });
export const textCell = (s) => ({ t: 's', v: s });

// ---------------------------------------------------------------- writers

const csvCell = (v, delim) => {
  const s = v === null || v === undefined ? '' : String(v);
  return s.includes(delim) || s.includes('"') || s.includes('\n') || /^\s|\s$/.test(s)
    ? `"${s.replace(/"/g, '""')}"`
    : s;
};
/** CSV text with CRLF line ends (as Windows exports write them); `quoteAll` quotes every non-empty cell. */
export function csvText(rows, { delim = ',', bom = false, quoteAll = false } = {}) {
  const body = rows
    .map((r) =>
      r
        .map((c) => {
          const s = c === null || c === undefined ? '' : String(c);
          return quoteAll && s !== '' ? `"${s.replace(/"/g, '""')}"` : csvCell(s, delim);
        })
        .join(delim),
    )
    .join('\r\n');
  return `${bom ? '\ufeff' : ''}${body}\r\n`;
}

/**
 * An XLSX workbook with one sheet: `rows` hold plain strings/numbers or cell objects ({t, v, z}); `merges` are
 * {s:{r,c}, e:{r,c}} 0-based. The document date is fixed so that the same rows give the same bytes.
 */
export function xlsxBuffer(sheetName, rows, { merges = [], cols = [] } = {}) {
  const ws = {};
  let maxC = 0;
  rows.forEach((r, ri) => {
    r.forEach((c, ci) => {
      if (c === null || c === undefined || c === '') return;
      const cell = typeof c === 'object' ? { ...c } : typeof c === 'number' ? { t: 'n', v: c } : { t: 's', v: c };
      ws[XLSX.utils.encode_cell({ r: ri, c: ci })] = cell;
      if (ci > maxC) maxC = ci;
    });
  });
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(rows.length - 1, 0), c: maxC } });
  if (merges.length) ws['!merges'] = merges;
  if (cols.length) ws['!cols'] = cols.map((w) => ({ wch: w }));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  const fixed = new Date(Date.UTC(2025, 0, 1));
  wb.Props = { Author: 'export', CreatedDate: fixed, ModifiedDate: fixed };
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
}

let prettierOptions;
/** JSON as the repository's Prettier writes it. */
export async function prettyJson(value, fileHint) {
  prettierOptions ??= (await prettier.resolveConfig(fileHint)) ?? {};
  return prettier.format(JSON.stringify(value), { ...prettierOptions, parser: 'json' });
}

// ---------------------------------------------------------------- what cells carry (the generator's own check)

/**
 * Numbers a text carries that could name a document: digit runs of three or more (leading zeros dropped), and runs
 * joined across one separator ("25-04812", "3100-1948-5572"); four-digit years 2020-2029 alone are left out.
 */
export function docNumbers(text) {
  const out = new Set();
  const runs = [...String(text ?? '').matchAll(/\d+/g)].map((m) => ({ s: m[0], i: m.index, e: m.index + m[0].length }));
  const add = (s) => {
    const n = s.replace(/^0+/, '');
    if (n.length >= 3 && !/^202\d$/.test(s)) out.add(n);
  };
  const src = String(text ?? '');
  for (let i = 0; i < runs.length; i++) {
    add(runs[i].s);
    let joined = runs[i].s;
    for (let j = i + 1; j < runs.length && j < i + 3; j++) {
      const gap = src.slice(runs[j - 1].e, runs[j].i);
      if (!/^[-/ .]$/.test(gap)) break;
      joined += runs[j].s;
      add(joined);
    }
  }
  return out;
}

const STOP = new Set(
  'LTD LIMITED PLC CO COMPANY THE AND OF FOR TO FROM BY TRF TRANSFER PAYMENT PAYMENTS INV INVOICE RECEIPT REF NO PTY CC INC GHANA NIGERIA KENYA'.split(
    ' ',
  ),
);
/** Upper-case words of two letters or more, stop words dropped. */
export const words = (text) =>
  String(text ?? '')
    .toUpperCase()
    .replace(/&/g, ' ')
    .split(/[^A-Z]+/)
    .filter((w) => w.length >= 2 && !STOP.has(w));
/** Pairs of neighbouring significant words. */
export const bigrams = (text) => {
  const w = words(text);
  const out = new Set();
  for (let i = 0; i + 1 < w.length; i++) out.add(`${w[i]} ${w[i + 1]}`);
  return out;
};
