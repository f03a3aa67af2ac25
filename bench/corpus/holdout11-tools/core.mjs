// Shared machinery of the holdout11 generator: seeded randomness, money in integer minor units, dates, and the
// Scenario that collects bank lines, ledger rows and the answer key before a set's writers lay them out.

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

// Money stays integer minor units until it is written; these only format.
export function dec(minor) {
  const neg = minor < 0;
  const a = Math.abs(minor);
  return `${neg ? '-' : ''}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}
export function thou(minor) {
  const neg = minor < 0;
  const a = Math.abs(minor);
  const whole = String(Math.floor(a / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${whole}.${String(a % 100).padStart(2, '0')}`;
}

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const iso = (y, m, d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
export function parts(s) {
  const [y, m, d] = s.split('-').map(Number);
  return { y, m, d };
}
export function addDays(s, n) {
  const { y, m, d } = parts(s);
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}
export const weekday = (s) => {
  const { y, m, d } = parts(s);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
};
export const dmySlash = (s) => {
  const { y, m, d } = parts(s);
  return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
};
export const dMonY = (s) => {
  const { y, m, d } = parts(s);
  return `${String(d).padStart(2, '0')}-${MON[m - 1]}-${y}`;
};
export const ymdSlash = (s) => s.replaceAll('-', '/');
export const monName = (m) => MON[m - 1];

export function csvCell(v) {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}
export const csvLine = (cells) => cells.map(csvCell).join(',');

export class Scenario {
  constructor(cfg) {
    this.cfg = cfg;
    this.rng = mulberry32(cfg.seed);
    this.B = []; // bank lines { d, amt, text, ref, seq }
    this.L = []; // ledger rows { d, amt, ...package fields, seq }
    this.T = []; // answer-key items
    this.LO = []; // ledger-only rows with why
    this.used = new Set();
    this.seq = 0;
    this.groupN = 0;
    const { y, m } = parts(cfg.period.from);
    this.y = y;
    this.m = m;
    this.last = parts(cfg.period.to).d;
  }
  r() {
    return this.rng();
  }
  int(a, b) {
    return a + Math.floor(this.rng() * (b - a + 1));
  }
  pick(arr) {
    return arr[Math.floor(this.rng() * arr.length)];
  }
  chance(p) {
    return this.rng() < p;
  }
  hex(n) {
    let s = '';
    for (let i = 0; i < n; i++) s += '0123456789abcdef'[this.int(0, 15)];
    return s;
  }
  digits(n) {
    let s = String(this.int(1, 9));
    for (let i = 1; i < n; i++) s += String(this.int(0, 9));
    return s;
  }
  // a banking day of the period (no Sundays), between day a and day b
  day(a = 1, b = this.last) {
    for (;;) {
      const d = iso(this.y, this.m, this.int(a, Math.min(b, this.last)));
      if (weekday(d) !== 0) return d;
    }
  }
  dateOf(dayNo) {
    return iso(this.y, this.m, dayNo);
  }
  // a fresh amount in minor units, lo..hi major, on a grid of `step` minor units, never reused in this set
  amt(lo, hi, step = 100) {
    for (;;) {
      const v = Math.round((lo * 100 + this.rng() * (hi - lo) * 100) / step) * step;
      if (v > 0 && !this.used.has(v)) {
        this.used.add(v);
        return v;
      }
    }
  }
  bank(d, amt, text, ref = '') {
    const o = { d, amt, text, ref, seq: this.seq++ };
    this.B.push(o);
    return o;
  }
  led(d, amt, f) {
    const o = { d, amt, ...f, seq: this.seq++ };
    this.L.push(o);
    return o;
  }
  t(o) {
    this.T.push(o);
    return o;
  }
  group() {
    this.groupN += 1;
    return `g${String(this.groupN).padStart(3, '0')}`;
  }
  ledgerOnly(l, why) {
    this.LO.push({ l, why });
  }
}
