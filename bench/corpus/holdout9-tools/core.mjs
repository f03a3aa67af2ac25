// Shared machinery of the holdout9 generator: seeded randomness, money formatting, the set builder that
// turns scenario events into statement rows, ledger rows and the answer key, and the CSV/XLSX writers.
import * as XLSX from 'xlsx';

export function rng(seed) {
  // mulberry32: small, fast and the same on every Node version (Math.random is not seedable)
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    // a money amount in minor units between lo and hi major units, rounded to `step` major units
    money: (lo, hi, step = 1) => {
      const stepMinor = Math.round(step * 100);
      return Math.round(((lo + next() * (hi - lo)) * 100) / stepMinor) * stepMinor;
    },
    digits: (n) => {
      let s = '';
      for (let i = 0; i < n; i++) s += String(Math.floor(next() * 10));
      return s;
    },
  };
}

// Money is integer minor units throughout; these only turn it into text.
export function dec(minor) {
  const neg = minor < 0;
  const v = Math.abs(minor);
  return `${neg ? '-' : ''}${Math.floor(v / 100)}.${String(v % 100).padStart(2, '0')}`;
}

export function grouped(minor) {
  const neg = minor < 0;
  const v = Math.abs(minor);
  const int = String(Math.floor(v / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${int}.${String(v % 100).padStart(2, '0')}`;
}

export function major(minor) {
  // XLSX numeric cells: exact two-decimal values (minor/100 is exact enough for 15 significant digits)
  return Math.round(minor) / 100;
}

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const monthName = (m) => MON[m - 1];

export function parts(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return { y, m, d };
}

export function fmtDate(iso, style) {
  const { y, m, d } = parts(iso);
  const dd = String(d).padStart(2, '0');
  const mm = String(m).padStart(2, '0');
  switch (style) {
    case 'DD/MM/YYYY':
      return `${dd}/${mm}/${y}`;
    case 'DD-MMM-YYYY':
      return `${dd}-${MON[m - 1]}-${y}`;
    case 'DD MMM YYYY':
      return `${dd} ${MON[m - 1]} ${y}`;
    case 'YYYY/MM/DD':
      return `${y}/${mm}/${dd}`;
    case 'YYYY-MM-DD':
      return `${y}-${mm}-${dd}`;
    default:
      throw new Error(`date style ${style}`);
  }
}

// Excel serial (1900 system) of a date, so XLSX cells are real dates independent of the machine's time zone.
export function serial(iso) {
  const { y, m, d } = parts(iso);
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
}

export function addDays(iso, n) {
  const { y, m, d } = parts(iso);
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return t.toISOString().slice(0, 10);
}

export function weekday(iso) {
  const { y, m, d } = parts(iso);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

// Business days of a month, without weekends and the given public holidays.
export function businessDays(year, month, holidays = []) {
  const out = [];
  for (let d = 1; d <= 31; d++) {
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    if (parts(addDays(iso, 0)).m !== month) break;
    const wd = weekday(iso);
    if (wd === 0 || wd === 6 || holidays.includes(iso)) continue;
    out.push(iso);
  }
  return out;
}

export function nextBusinessDay(days, iso, n = 1) {
  const i = days.findIndex((d) => d >= iso);
  const j = Math.min(days.length - 1, (i < 0 ? days.length - 1 : days[i] === iso ? i : i - 1) + n);
  return days[j];
}

/**
 * Collects the month's events. Each event is one accounting fact with its bank rows, its ledger rows and what a
 * careful accountant would decide about it. The file writers later give every row its spreadsheet row number.
 */
export class SetBuilder {
  constructor() {
    this.events = [];
    this.seq = 0;
    this.extraLedger = []; // rows of other accounts in a multi-account export (never entries of this bank)
  }
  add(e) {
    e.bank = (e.bank ?? []).map((b) => ({ ...b, seq: this.seq++, event: e }));
    e.ledger = (e.ledger ?? []).map((l) => ({ ...l, seq: this.seq++, event: e }));
    this.events.push(e);
    return e;
  }
  match(bank, ledger, opts) {
    return this.add({ expect: 'match', bank: [].concat(bank), ledger: [].concat(ledger), ...opts });
  }
  bankOnly(bank, kind) {
    return this.add({ expect: 'bank-only', decision: 'bank-only', bank: [bank], ledger: [], kind, traits: [] });
  }
  none(bank, note) {
    return this.add({ expect: 'no-counterpart', decision: 'none', bank: [bank], ledger: [], note, traits: [] });
  }
  reversal(out, back, note) {
    return this.add({ expect: 'reversal-pair', decision: 'reversal-pair', bank: [out, back], ledger: [], note });
  }
  ledgerOnly(ledger, why) {
    return this.add({ expect: 'ledger-only', bank: [], ledger: [ledger], why });
  }
  // Two bank lines and two ledger rows nobody can tell apart: either pairing is right.
  twins(bank, ledger, opts) {
    const key = `t${this.seq}`;
    this.match(bank[0], ledger[0], { ...opts, twin: key });
    this.match(bank[1], ledger[1], { ...opts, twin: key });
  }
  bankRows() {
    return this.events
      .flatMap((e) => e.bank)
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq));
  }
  ledgerRows() {
    return this.events
      .flatMap((e) => e.ledger)
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq));
  }
}

// CSV cell quoting as spreadsheet programs write it; `always` quotes every cell (some bank exports do).
export function csvLine(cells, always = false) {
  return cells
    .map((c) => {
      const s = c === null || c === undefined ? '' : String(c);
      if (always || /[",\r\n]/.test(s)) return `"${s.replace(/"/g, '""')}"`;
      return s;
    })
    .join(',');
}

export function writeCsv(lines, eol = '\r\n', bom = false) {
  return (bom ? '\ufeff' : '') + lines.join(eol) + eol;
}

/**
 * An XLSX workbook from an array of rows; a cell is a plain value or { d: iso } for a date cell or { n, z } for
 * a number with a format. Fixed document properties and zip dates keep the bytes the same run after run.
 */
export function writeXlsx(sheetName, aoa, cols) {
  const ws = {};
  let maxC = 0;
  aoa.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell === null || cell === undefined || cell === '') return;
      const addr = XLSX.utils.encode_cell({ r, c });
      if (typeof cell === 'object' && 'd' in cell) ws[addr] = { t: 'n', v: serial(cell.d), z: cell.z ?? 'dd/mm/yyyy' };
      else if (typeof cell === 'object' && 'n' in cell) ws[addr] = { t: 'n', v: cell.n, z: cell.z ?? '#,##0.00' };
      else if (typeof cell === 'number') ws[addr] = { t: 'n', v: cell, z: '#,##0.00' };
      else ws[addr] = { t: 's', v: String(cell) };
      maxC = Math.max(maxC, c);
    });
  });
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: aoa.length - 1, c: maxC } });
  if (cols) ws['!cols'] = cols.map((wch) => ({ wch }));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  wb.Props = { Title: sheetName, Author: 'export', CreatedDate: new Date(Date.UTC(2025, 0, 1)) };
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
}

/**
 * Renders one set: the bank file, the ledger file, one reconcile-JSON document for the bank file, and truth.json.
 * Returns { files: Map(name → Buffer|string), truth, stats }.
 */
export function emitSet(cfg, sb) {
  const files = new Map();
  const bf = cfg.bankFile;
  const lf = cfg.ledgerFile;

  // Bank rows in posting order with the running balance; then in the file's order.
  const bankRows = sb.bankRows();
  let bal = bf.opening;
  for (const b of bankRows) {
    bal += b.amount;
    b.balance = bal;
  }
  const closing = bal;
  const fileOrder = bf.newestFirst ? [...bankRows].reverse() : bankRows;
  const pre = bf.preamble({ opening: bf.opening, closing, rows: bankRows });
  const headerRow = pre.length + 1;
  const bankAoa = [...pre, bf.header];
  fileOrder.forEach((b, i) => {
    b.row = headerRow + 1 + i;
    bankAoa.push(bf.cells(b));
  });
  for (const f of bf.footer ? bf.footer({ opening: bf.opening, closing, rows: bankRows }) : []) bankAoa.push(f);
  files.set(
    bf.file,
    bf.kind === 'xlsx'
      ? writeXlsx(bf.sheet, bankAoa, bf.cols)
      : writeCsv(
          bankAoa.map((r) => csvLine(r, bf.quoteAll)),
          bf.eol ?? '\r\n',
          bf.bom,
        ),
  );

  // Ledger rows: the package's renderer decides preamble, sections, narration rows and footers.
  const ledgerRows = sb.ledgerRows();
  const rendered = lf.render(ledgerRows, sb.extraLedger);
  const ledgerHeaderRow = rendered.findIndex((r) => r.header) + 1;
  const nonEntryRows = [];
  rendered.forEach((r, i) => {
    if (r.entry) r.entry.row = i + 1;
    if (r.nonEntry) nonEntryRows.push({ row: i + 1, why: r.nonEntry });
  });
  const ledgerAoa = rendered.map((r) => r.cells);
  files.set(
    lf.file,
    lf.kind === 'xlsx'
      ? writeXlsx(lf.sheet, ledgerAoa, lf.cols)
      : writeCsv(
          ledgerAoa.map((r) => csvLine(r, lf.quoteAll)),
          lf.eol ?? '\r\n',
          lf.bom,
        ),
  );

  const bankId = (b) => `${bf.file}#${b.row}`;
  const ledgerId = (l) => `${lf.file}#${l.row}`;
  const lref = (l) => ({ file: lf.file, row: l.row, date: l.date, amount: dec(l.amount) });

  // Twins: every pairing within a twin key is right.
  const twinSets = new Map();
  for (const e of sb.events) if (e.twin) twinSets.set(e.twin, [...(twinSets.get(e.twin) ?? []), e]);

  let g = 0;
  for (const e of sb.events) if (e.expect === 'match') e.group = `g${String(++g).padStart(3, '0')}`;

  const truthBank = fileOrder.map((b) => {
    const e = b.event;
    const t = {
      ref: { file: bf.file, row: b.row, date: b.date, amount: dec(b.amount), text: bf.text(b) },
      expect: e.expect,
      ledger: e.expect === 'match' ? e.ledger.map(lref) : [],
      group: e.group ?? null,
      evidence: e.expect === 'match' ? e.evidence : null,
      ambiguous: Boolean(e.twin),
      kind: e.kind ?? null,
      partner: null,
      traits: e.traits ?? [],
      decision: e.decision,
    };
    if (e.twin) t.ledgerAnyOf = twinSets.get(e.twin).map((x) => x.ledger.map(lref));
    if (e.alsoRight) {
      t.ambiguous = true;
      t.ledgerAnyOf = [e.ledger.map(lref), ...e.alsoRight.map((x) => [lref(x)])];
    }
    if (e.decision === 'suggest') t.mustNotAuto = Boolean(e.mustNotAuto);
    if (e.difference !== undefined) t.difference = dec(e.difference);
    if (e.expect === 'reversal-pair') {
      const o = e.bank.find((x) => x !== b);
      t.partner = { file: bf.file, row: o.row, date: o.date, amount: dec(o.amount), text: bf.text(o) };
    }
    if (e.note) t.note = e.note;
    return t;
  });

  // The same answers keyed by the reconcile-JSON ids, in the anchors' `expect[]` form.
  const expect = [];
  for (const e of sb.events) {
    if (e.bank.length === 0) continue;
    if (e.expect === 'match') {
      const x = { bank: e.bank.map(bankId), decision: e.decision };
      if (e.twin) x.ledgerAnyOf = twinSets.get(e.twin).map((y) => y.ledger.map(ledgerId));
      else if (e.alsoRight) x.ledgerAnyOf = [e.ledger.map(ledgerId), ...e.alsoRight.map((y) => [ledgerId(y)])];
      else x.ledger = e.ledger.map(ledgerId);
      if (e.decision === 'suggest') x.mustNotAuto = Boolean(e.mustNotAuto);
      if (e.decision === 'auto' && e.difference !== undefined) x.difference = dec(e.difference);
      expect.push(x);
    } else if (e.expect === 'reversal-pair') {
      expect.push({ bank: [bankId(e.bank[0])], decision: 'reversal-pair', partner: bankId(e.bank[1]) });
      expect.push({ bank: [bankId(e.bank[1])], decision: 'reversal-pair', partner: bankId(e.bank[0]) });
    } else if (e.expect === 'bank-only') {
      expect.push({ bank: [bankId(e.bank[0])], decision: 'bank-only', kind: e.kind });
    } else {
      expect.push({ bank: [bankId(e.bank[0])], decision: 'none' });
    }
  }
  expect.sort((a, b) => Number(a.bank[0].split('#')[1]) - Number(b.bank[0].split('#')[1]));

  const ledgerOnly = sb.events
    .filter((e) => e.expect === 'ledger-only')
    .map((e) => ({ ...lref(e.ledger[0]), why: e.why }));

  const truth = {
    set: cfg.set,
    country: cfg.country,
    currency: cfg.currency,
    timezone: cfg.timezone,
    period: cfg.period,
    seed: cfg.seed,
    bankFiles: [
      {
        file: bf.file,
        bank: bf.bank,
        headerRow,
        ledgerAccount: cfg.ledgerAccount,
        readOptions: bf.readOptions,
        openingBalance: dec(bf.opening),
        closingBalance: dec(closing),
        order: bf.newestFirst ? 'newest-first' : 'oldest-first',
      },
    ],
    ledgerFiles: [
      {
        file: lf.file,
        package: lf.package,
        headerRow: ledgerHeaderRow,
        readOptions: lf.readOptions,
        ...(nonEntryRows.length ? { nonEntryRows } : {}),
      },
    ],
    reconcileJson: `reconcile.${bf.file}.json`,
    bank: truthBank,
    ledgerOnly,
    expect,
  };

  const doc = {
    options: { timezone: cfg.timezone },
    statement: { from: cfg.period.from, to: cfg.period.to, bankBalance: dec(closing) },
    bank: bankRows.map((b) => ({
      id: bankId(b),
      date: b.date,
      amount: dec(b.amount),
      currency: cfg.currency,
      ...bf.json(b),
      balance: bf.hasBalance === false ? null : dec(b.balance),
    })),
    ledger: ledgerRows
      .filter((l) => l.inBank !== false)
      .map((l) => ({
        id: ledgerId(l),
        date: l.date,
        dueDate: null,
        amount: dec(l.amount),
        currency: cfg.currency,
        ...lf.json(l),
      })),
  };
  files.set(`reconcile.${bf.file}.json`, JSON.stringify(doc, null, 2) + '\n');
  files.set('truth.json', JSON.stringify(truth, null, 2) + '\n');

  const count = (p) => truthBank.filter(p).length;
  const decisions = {};
  for (const x of expect) decisions[x.decision] = (decisions[x.decision] ?? 0) + 1;
  const stats = {
    set: cfg.set,
    truth: `${cfg.set}/truth.json`,
    files: [bf.file, lf.file].map((f) => `${cfg.set}/${f}`),
    reconcileJson: [`${cfg.set}/reconcile.${bf.file}.json`],
    bank: bf.bank,
    package: lf.package,
    country: cfg.country,
    bankLines: truthBank.length,
    ledgerRows: ledgerRows.filter((l) => l.inBank !== false).length,
    match: count((t) => t.expect === 'match'),
    bankOnly: count((t) => t.expect === 'bank-only'),
    reversalPair: count((t) => t.expect === 'reversal-pair'),
    noCounterpart: count((t) => t.expect === 'no-counterpart'),
    ledgerOnly: ledgerOnly.length,
    withoutReference: count((t) => t.evidence !== 'reference'),
    matchedWithoutReference: count((t) => t.expect === 'match' && t.evidence !== 'reference'),
    expectations: decisions,
  };
  return { files, truth, stats };
}
