// Shared helpers for the real-layout generator: a seeded RNG, integer money formatting, dates, CSV cells,
// reference writings, and the truth builder that ties bank rows to ledger rows by object identity.

/** mulberry32: small, seedable, same sequence on every platform. */
export function makeRng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    /** An amount in minor units between lo and hi major units, rounded to `step` major units. */
    money: (lo, hi, step = 1) => int(Math.ceil(lo / step), Math.floor(hi / step)) * step * 100,
    digits: (n) => Array.from({ length: n }, () => String(int(0, 9))).join(''),
    shuffle: (arr) => {
      for (let i = arr.length - 1; i > 0; i -= 1) {
        const j = Math.floor(next() * (i + 1));
        [arr[i], arr[j]] = [arr[j], arr[i]];
      }
      return arr;
    },
  };
}

// ---- money: integer minor units only
export function major(minor) {
  const neg = minor < 0;
  const abs = Math.abs(minor);
  const s = `${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
  return neg ? `-${s}` : s;
}
export function grouped(minor) {
  const [i, f] = major(Math.abs(minor)).split('.');
  const g = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${minor < 0 ? '-' : ''}${g}.${f}`;
}
/** Percentage of an amount, rounded half up to the minor unit (integer arithmetic). */
export function pct(minor, basisPoints) {
  return Math.floor((minor * basisPoints + 5000) / 10000);
}

// ---- dates: ISO strings
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = [
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
export function addDays(iso, n) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
export function weekday(iso) {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}
/** Next business day (Mon–Fri) on or after iso. */
export function businessDay(iso) {
  let d = iso;
  while (weekday(d) === 0 || weekday(d) === 6) d = addDays(d, 1);
  return d;
}
const parts = (iso) => iso.split('-');
export const fmt = {
  dMonY: (iso, sep = '-') => {
    const [y, m, d] = parts(iso);
    return `${d}${sep}${MONTHS[Number(m) - 1]}${sep}${y}`;
  },
  dmy: (iso, sep = '/') => {
    const [y, m, d] = parts(iso);
    return `${d}${sep}${m}${sep}${y}`;
  },
  ymd: (iso, sep = '/') => iso.replaceAll('-', sep),
  monthName: (iso) => MONTHS_LONG[Number(parts(iso)[1]) - 1],
  mon: (iso) => MONTHS[Number(parts(iso)[1]) - 1],
  ddmm: (iso) => {
    const [, m, d] = parts(iso);
    return `${d}/${m}`;
  },
};
/** Serial day number of an ISO date in Excel's 1900 system (for writing real date cells). */
export function excelSerial(iso) {
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86400000);
}

// ---- CSV
export function csvCell(v) {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}
export function csvLine(cells) {
  return cells.map(csvCell).join(',');
}

// ---- invoice/bill numbers and the many ways people write them
export function docNumber(prefix, year, serial, pad = 4) {
  return `${prefix}-${year}-${String(serial).padStart(pad, '0')}`;
}
export const REF_STYLES = ['canonical', 'lowercase', 'slashes', 'spaces', 'no-padding', 'year-serial-joined'];
export function writeRef(prefix, year, serial, style, pad = 4) {
  const s = String(serial).padStart(pad, '0');
  switch (style) {
    case 'canonical':
      return `${prefix}-${year}-${s}`;
    case 'lowercase':
      return `${prefix.toLowerCase()}-${year}-${s}`;
    case 'slashes':
      return `${prefix}/${year}/${s}`;
    case 'spaces':
      return `${prefix} ${year} ${s}`;
    case 'no-padding':
      return `${prefix}-${year}-${serial}`;
    case 'year-serial-joined':
      return `${prefix}${year}${s}`;
    case 'serial-only':
      return `${prefix.toLowerCase()} ${serial}`;
    default:
      throw new Error(`unknown ref style ${style}`);
  }
}

/** NIP session id: sending institution code (6) + yymmddHHMMSS + 12 random digits. */
export function nipSession(rng, institution, iso) {
  const [y, m, d] = parts(iso);
  const hh = String(rng.int(7, 20)).padStart(2, '0');
  const mm = String(rng.int(0, 59)).padStart(2, '0');
  const ss = String(rng.int(0, 59)).padStart(2, '0');
  return `${institution}${y.slice(2)}${m}${d}${hh}${mm}${ss}${rng.digits(12)}`;
}

// ---- truth: groups link bank row objects to ledger row objects; files give them row numbers later
export class Truth {
  constructor() {
    this.groups = [];
    this.ledgerOnly = [];
  }
  match(bank, ledger, { evidence, traits = [], ambiguous = false, ledgerAnyOf = null }) {
    this.groups.push({
      expect: 'match',
      bank: [].concat(bank),
      ledger: [].concat(ledger),
      evidence,
      traits,
      ambiguous,
      ledgerAnyOf,
    });
  }
  bankOnly(bank, kind, traits = []) {
    this.groups.push({ expect: 'bank-only', bank: [bank], ledger: [], kind, traits, evidence: 'amount' });
  }
  reversal(a, b, traits = []) {
    this.groups.push({ expect: 'reversal-pair', bank: [a], partner: b, ledger: [], traits, evidence: 'amount' });
    this.groups.push({ expect: 'reversal-pair', bank: [b], partner: a, ledger: [], traits, evidence: 'amount' });
  }
  noCounterpart(bank, traits = []) {
    this.groups.push({ expect: 'no-counterpart', bank: [bank], ledger: [], traits, evidence: 'amount' });
  }
  ledgerOnlyRow(row, why) {
    this.ledgerOnly.push({ row, why });
  }
}

export const ref = (r) => ({ file: r.file, row: r.row, date: r.date, amount: major(r.amount) });

/** Serialises the truth once every row object carries its file and row number. */
export function truthJson(meta, truth, bankRowsInFileOrder) {
  const byRow = new Map();
  let groupNo = 0;
  for (const g of truth.groups) {
    const group = g.bank.length > 1 ? `g${String((groupNo += 1)).padStart(3, '0')}` : null;
    for (const b of g.bank) {
      if (byRow.has(b)) throw new Error(`bank row answered twice: ${b.text}`);
      byRow.set(b, {
        ref: { ...ref(b), text: b.text },
        expect: g.expect,
        ledger: g.ledger.map(ref),
        ...(g.ledgerAnyOf ? { ledgerAnyOf: g.ledgerAnyOf.map((set) => set.map(ref)) } : {}),
        group,
        evidence: g.evidence,
        ambiguous: g.ambiguous ?? false,
        kind: g.kind ?? null,
        partner: g.partner ? ref(g.partner) : null,
        traits: g.traits,
      });
    }
  }
  const bank = bankRowsInFileOrder.map((b) => {
    const t = byRow.get(b);
    if (!t) throw new Error(`bank row without an answer: ${b.file} ${b.text}`);
    return t;
  });
  return {
    ...meta,
    bank,
    ledgerOnly: truth.ledgerOnly.map((x) => ({ ...ref(x.row), why: x.why })),
  };
}
