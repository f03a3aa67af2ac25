// Shared helpers of the holdout15 generator: seeded randomness, money in integer minor units, dates, CSV.

export function rng(seed) {
  // mulberry32: small, deterministic, good enough to vary test data
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (xs) => xs[Math.floor(next() * xs.length)];
  const digits = (n) => Array.from({ length: n }, () => int(0, 9)).join('');
  return { next, int, pick, digits };
}

/** decimal string in major units from integer minor units (2 decimals), e.g. -147085 → "-1470.85" */
export function dec(minor) {
  const neg = minor < 0;
  const a = Math.abs(minor);
  return `${neg ? '-' : ''}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}

/** "1,470.85" (unsigned, thousands separated) */
export function grouped(minor, sep = ',') {
  const a = Math.abs(minor);
  const whole = String(Math.floor(a / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return `${whole}.${String(a % 100).padStart(2, '0')}`;
}

/** parse "1,470.85", "-1 470.85", "(12.00)" into integer minor units (validator side) */
export function parseMinor(s) {
  let t = String(s).trim();
  if (t === '') return null;
  let neg = false;
  if (/^\(.*\)$/.test(t)) {
    neg = true;
    t = t.slice(1, -1);
  }
  t = t.replace(/[ ,]/g, '').replace(/^R/, '');
  if (t.startsWith('-')) {
    neg = !neg;
    t = t.slice(1);
  }
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(t);
  if (!m) throw new Error(`not an amount: ${s}`);
  const v = Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
  return neg ? -v : v;
}

/** percentage of an amount in minor units, rounded half up (money stays integer) */
export function pct(minor, basisPoints) {
  return Math.round((minor * basisPoints) / 10000);
}

export const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function iso(y, m, d) {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
export function parts(isoDate) {
  const [y, m, d] = isoDate.split('-').map(Number);
  return { y, m, d };
}
export function weekday(isoDate) {
  const { y, m, d } = parts(isoDate);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}
export function daysIn(y, m) {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
export function dmy(isoDate, sep = '/') {
  const { y, m, d } = parts(isoDate);
  return `${String(d).padStart(2, '0')}${sep}${String(m).padStart(2, '0')}${sep}${y}`;
}
export function dMonY(isoDate, sep = '-') {
  const { y, m, d } = parts(isoDate);
  return `${String(d).padStart(2, '0')}${sep}${MON[m - 1]}${sep}${y}`;
}

export function csvCell(v) {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
export function csvLine(cells) {
  return cells.map(csvCell).join(',');
}
