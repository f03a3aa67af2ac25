// Shared helpers for the holdout18 generator and validator: seeded randomness, money in integer minor units,
// dates, CSV writing. Money never passes through floats.

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

export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export const pad = (n, w) => String(n).padStart(w, '0');

/** ISO date parts */
export function parts(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return { y, m, d };
}

export function addDays(iso, n) {
  const { y, m, d } = parts(iso);
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1, 2)}-${pad(t.getUTCDate(), 2)}`;
}

export function weekday(iso) {
  const { y, m, d } = parts(iso);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export const fmt = {
  dmyDash: (iso) => {
    const { y, m, d } = parts(iso);
    return `${pad(d, 2)}-${MONTHS[m - 1]}-${y}`;
  },
  dmySlash: (iso) => {
    const { y, m, d } = parts(iso);
    return `${pad(d, 2)}/${pad(m, 2)}/${y}`;
  },
  ymdSlash: (iso) => iso.replaceAll('-', '/'),
  dMonY: (iso) => {
    const { y, m, d } = parts(iso);
    return `${pad(d, 2)} ${MONTHS[m - 1]} ${y}`;
  },
};

/** Excel 1900-system serial of an ISO date (no time). */
export function excelSerial(iso) {
  const { y, m, d } = parts(iso);
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
}

export function serialToIso(serial) {
  const t = new Date(Date.UTC(1899, 11, 30) + serial * 86400000);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1, 2)}-${pad(t.getUTCDate(), 2)}`;
}

/** minor units (integer, 2 decimals) → "-1234.50" */
export function dec(minor) {
  const neg = minor < 0;
  const a = Math.abs(minor);
  return `${neg ? '-' : ''}${Math.trunc(a / 100)}.${pad(a % 100, 2)}`;
}

/** minor → "1,234.50" (magnitude, thousands separators) */
export function thou(minor) {
  const a = Math.abs(minor);
  const whole = String(Math.trunc(a / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${minor < 0 ? '-' : ''}${whole}.${pad(a % 100, 2)}`;
}

/** "1,234.50" / "-1234.50" / "(12.00)" → minor units, without floats */
export function parseMinor(text) {
  let s = String(text).trim();
  if (s === '') return null;
  let neg = false;
  if (s.startsWith('(') && s.endsWith(')')) {
    neg = true;
    s = s.slice(1, -1);
  }
  if (s.startsWith('-')) {
    neg = !neg;
    s = s.slice(1);
  }
  s = s.replaceAll(',', '').replaceAll(' ', '');
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) throw new Error(`not an amount: ${text}`);
  const minor = Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
  return neg ? -minor : minor;
}

export function csvCell(v, delim) {
  const s = v == null ? '' : String(v);
  if (s.includes(delim) || s.includes('"') || s.includes('\n')) return `"${s.replaceAll('"', '""')}"`;
  return s;
}

export function csvText(rows, delim = ',', eol = '\r\n') {
  return rows.map((r) => r.map((c) => csvCell(c, delim)).join(delim)).join(eol) + eol;
}
