// Shared helpers of the holdout16 generator and validator. Money is integer minor units throughout.

export function rngOf(seed) {
  // mulberry32: small, seeded, the same bytes on every Node version
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const MONTHS_LONG = [
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

export function iso(y, m, d) {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
export function parts(s) {
  return s.split('-').map(Number);
}
export function addDays(s, n) {
  const [y, m, d] = parts(s);
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}
export function weekday(s) {
  const [y, m, d] = parts(s);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}
/** The next business day on or after s (Saturday/Sunday roll forward). */
export function busDay(s) {
  let t = s;
  while (weekday(t) === 0 || weekday(t) === 6) t = addDays(t, 1);
  return t;
}
/** The business day on or before s. */
export function busDayBack(s) {
  let t = s;
  while (weekday(t) === 0 || weekday(t) === 6) t = addDays(t, -1);
  return t;
}
export function lastDay(y, m) {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Minor units → "1234.56" / "-1234.56" (2 decimals). */
export function dec(minor) {
  const neg = minor < 0;
  const a = Math.abs(minor);
  return `${neg ? '-' : ''}${Math.trunc(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}
/** Minor units → "1,234.56" (magnitude, thousands commas). */
export function commas(minor) {
  const a = Math.abs(minor);
  const whole = String(Math.trunc(a / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${whole}.${String(a % 100).padStart(2, '0')}`;
}
/** "1,234.56" / "-1234.56" / "(1,234.56)" → minor units, no floats. */
export function parseMinor(s) {
  let t = String(s).trim();
  if (t === '') return null;
  let neg = false;
  if (/^\(.*\)$/.test(t)) {
    neg = true;
    t = t.slice(1, -1);
  }
  if (t.startsWith('-')) {
    neg = !neg;
    t = t.slice(1);
  }
  t = t.replace(/,/g, '');
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(t);
  if (!m) throw new Error(`not an amount: ${s}`);
  const v = Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
  return neg ? -v : v;
}

export function csvCell(v) {
  const s = v == null ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
export function csvLine(cells) {
  return cells.map(csvCell).join(',');
}

/** Parse the dates the holdout16 files are written in, given the file's order. */
export function parseDate(s, order) {
  const t = String(s).trim();
  let m;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t))) return t;
  if ((m = /^(\d{4})(\d{2})(\d{2})$/.exec(t))) return `${m[1]}-${m[2]}-${m[3]}`;
  if ((m = /^(\d{2})[- ]([A-Za-z]{3})[- ](\d{4})$/.exec(t))) {
    const mo = MONTHS.findIndex((x) => x.toLowerCase() === m[2].toLowerCase()) + 1;
    if (mo === 0) throw new Error(`bad month in ${s}`);
    return iso(Number(m[3]), mo, Number(m[1]));
  }
  if ((m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(t))) {
    if (order === 'MDY') return iso(Number(m[3]), Number(m[1]), Number(m[2]));
    if (order === 'DMY') return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  }
  throw new Error(`unparsed date ${s} (${order})`);
}
