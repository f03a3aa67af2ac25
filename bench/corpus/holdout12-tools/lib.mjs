// Shared machinery of the holdout12 generator: seeded randomness, money in integer minor units,
// business-day calendars and a builder that records bank lines, ledger rows and the answer key together
// (so the truth can never drift from the files).

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

export function rngTools(rng) {
  const int = (a, b) => a + Math.floor(rng() * (b - a + 1));
  const pick = (arr) => arr[Math.floor(rng() * arr.length)];
  const chance = (p) => rng() < p;
  const digits = (n) => {
    let s = String(int(1, 9));
    while (s.length < n) s += String(int(0, 9));
    return s;
  };
  return { int, pick, chance, digits, rng };
}

// Money is integer minor units throughout; only formatting turns it into text.
export function dec(minor) {
  const neg = minor < 0;
  const a = Math.abs(minor);
  return `${neg ? '-' : ''}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}
export function grouped(minor) {
  const a = Math.abs(minor);
  const whole = String(Math.floor(a / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${minor < 0 ? '-' : ''}${whole}.${String(a % 100).padStart(2, '0')}`;
}
// amount with VAT added, rounded half up to the minor unit (integer arithmetic: rate in basis points)
export function withRate(minor, bp) {
  return Math.round((minor * (10000 + bp)) / 10000);
}
export function pct(minor, bp) {
  return Math.round((minor * bp) / 10000);
}

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const fmtDate = {
  iso: (d) => d,
  dmy: (d) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`,
  dMonY: (d) => `${d.slice(8, 10)}-${MON[Number(d.slice(5, 7)) - 1]}-${d.slice(0, 4)}`,
  dMonYUpper: (d) => `${d.slice(8, 10)}-${MON[Number(d.slice(5, 7)) - 1].toUpperCase()}-${d.slice(2, 4)}`,
  dmyShort: (d) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(2, 4)}`,
  ymdSlash: (d) => d.replaceAll('-', '/'),
  compact: (d) => d.replaceAll('-', ''),
};

export function calendar(year, month, holidays = []) {
  const days = [];
  const all = [];
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  for (let d = 1; d <= last; d++) {
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    all.push(iso);
    const wd = new Date(Date.UTC(year, month - 1, d)).getUTCDay();
    if (wd !== 0 && wd !== 6 && !holidays.includes(iso)) days.push(iso);
  }
  const addDays = (iso, n) => {
    const t = new Date(`${iso}T00:00:00Z`);
    t.setUTCDate(t.getUTCDate() + n);
    return t.toISOString().slice(0, 10);
  };
  // next business day on or after iso (may leave the month: such a bank line is simply not in this statement)
  const onOrAfter = (iso) => {
    let x = iso;
    for (let i = 0; i < 10; i++) {
      const wd = new Date(`${x}T00:00:00Z`).getUTCDay();
      if (wd !== 0 && wd !== 6 && !holidays.includes(x)) return x;
      x = addDays(x, 1);
    }
    return x;
  };
  const nextBiz = (iso) => onOrAfter(addDays(iso, 1));
  const prevBiz = (iso) => {
    let x = addDays(iso, -1);
    for (let i = 0; i < 10; i++) {
      const wd = new Date(`${x}T00:00:00Z`).getUTCDay();
      if (wd !== 0 && wd !== 6 && !holidays.includes(x)) return x;
      x = addDays(x, -1);
    }
    return x;
  };
  return {
    days,
    all,
    first: all[0],
    last: all[all.length - 1],
    addDays,
    onOrAfter,
    nextBiz,
    prevBiz,
    lastBiz: days[days.length - 1],
  };
}

/**
 * The builder. Bank lines and ledger rows are plain objects; `expect*` calls record the answer for bank lines.
 * Files are sorted by date (stable) afterwards, and row numbers are assigned then.
 */
export function builder() {
  const S = { bank: [], ledger: [], expects: [], ledgerOnly: [], seq: 0, groups: 0 };
  const bank = (date, amt, text, o = {}) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date ?? '')) throw new Error(`bank date: ${date} (${text})`);
    if (!Number.isInteger(amt) || amt === 0) throw new Error(`bank amount must be a non-zero integer: ${amt}`);
    const x = { date, amt, text, ref: '', valueDate: date, seq: S.seq++, ...o };
    S.bank.push(x);
    return x;
  };
  const ledger = (date, amt, o = {}) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date ?? '')) throw new Error(`ledger date: ${date} (${o.desc})`);
    if (!Number.isInteger(amt) || amt === 0) throw new Error(`ledger amount must be a non-zero integer: ${amt}`);
    const x = { date, amt, desc: '', ref: '', party: '', jid: '', seq: S.seq++, ...o };
    S.ledger.push(x);
    return x;
  };
  /**
   * o: { decision: 'auto'|'suggest', evidence, traits, mustNotAuto, writeOff (minor, auto only),
   *      anyOf: [[ledger...], ...] instead of ledgers, why }
   */
  const match = (banks, ledgers, o) => {
    const bs = [].concat(banks);
    const group =
      bs.length > 1 || (ledgers && [].concat(ledgers).length > 1) ? `g${String(++S.groups).padStart(3, '0')}` : null;
    S.expects.push({ type: 'match', banks: bs, ledgers: ledgers ? [].concat(ledgers) : null, group, ...o });
  };
  const bankOnly = (b, kind, why) => S.expects.push({ type: 'bank-only', banks: [b], kind, why });
  const reversal = (b1, b2, why) => {
    S.expects.push({ type: 'reversal-pair', banks: [b1], partner: b2, why });
    S.expects.push({ type: 'reversal-pair', banks: [b2], partner: b1, why });
  };
  const none = (b, why, traits = []) => S.expects.push({ type: 'no-counterpart', banks: [b], why, traits });
  const ledgerOnly = (l, why) => S.ledgerOnly.push({ l, why });
  return { S, bank, ledger, match, bankOnly, reversal, none, ledgerOnly };
}

export function sortByDate(arr) {
  return [...arr].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq));
}

// CSV writing: quote a cell only when it needs it (as spreadsheet exports do)
export function csvCell(v) {
  const s = v == null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}
export function toCsv(rows, eol = '\r\n') {
  return rows.map((r) => r.map(csvCell).join(',')).join(eol) + eol;
}
