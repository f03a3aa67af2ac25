// Shared plumbing for make-holdout.mjs: seeded randomness, money in minor units, CSV/XLSX writing, and the set
// builder that turns events (bank lines, ledger rows, what a person would decide) into files, truth and JSON.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import XLSX from 'xlsx';

export function rng(seed) {
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
  const chance = (p) => next() < p;
  const shuffle = (xs) => {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
  return { next, int, pick, chance, shuffle };
}

// ---- money (integer minor units, 2 decimals for all four currencies) ----
export const dec = (minor) => {
  const s = minor < 0 ? '-' : '';
  const a = Math.abs(minor);
  return `${s}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
};
export const grouped = (minor, sep = ',') => {
  const a = Math.abs(minor);
  const whole = String(Math.floor(a / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return `${minor < 0 ? '-' : ''}${whole}.${String(a % 100).padStart(2, '0')}`;
};
/** a percentage of an amount, rounded half up, in minor units (integer arithmetic: basis points) */
export const pctOf = (minor, bp) => Math.round((minor * bp) / 10000);

// ---- dates ----
export const iso = (y, m, d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
export const addDays = (isoDate, n) => {
  const t = new Date(`${isoDate}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
};
export const weekday = (isoDate) => new Date(`${isoDate}T00:00:00Z`).getUTCDay();
// public holidays of the four sets' months: New Year and Constitution Day (GH), Good Friday and Easter Monday (NG),
// Labour Day (KE)
const HOLIDAYS = new Set(['2025-01-01', '2025-01-07', '2025-04-18', '2025-04-21', '2025-05-01']);
/** the date, moved forward to the next working day when it falls on a weekend or a public holiday */
export const workday = (isoDate) => {
  let d = isoDate;
  while (weekday(d) === 0 || weekday(d) === 6 || HOLIDAYS.has(d)) d = addDays(d, 1);
  return d;
};
export const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const fmt = {
  dmySlash: (d) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`,
  dMonY: (d) => `${d.slice(8, 10)}-${MON[Number(d.slice(5, 7)) - 1]}-${d.slice(0, 4)}`,
  dMonYSpace: (d) => `${d.slice(8, 10)} ${MON[Number(d.slice(5, 7)) - 1]} ${d.slice(0, 4)}`,
  ymdSlash: (d) => d.replaceAll('-', '/'),
};

// ---- files ----
const csvCell = (v) => {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};
export function writeCsv(path, rows, { crlf = false, bom = false } = {}) {
  const eol = crlf ? '\r\n' : '\n';
  writeFileSync(path, (bom ? '\ufeff' : '') + rows.map((r) => r.map(csvCell).join(',')).join(eol) + eol);
}
/** rows: arrays of cells; a cell { n: number, z?: format } is a number cell, { d: 'YYYY-MM-DD' } a real date cell */
export function writeXlsx(path, sheetName, rows, colWidths) {
  const ws = {};
  let maxC = 0;
  rows.forEach((r, ri) => {
    r.forEach((v, ci) => {
      if (v === null || v === undefined || v === '') return;
      const addr = XLSX.utils.encode_cell({ r: ri, c: ci });
      if (typeof v === 'object' && 'n' in v) ws[addr] = { t: 'n', v: v.n, z: v.z ?? '#,##0.00' };
      else if (typeof v === 'object' && 'd' in v) {
        const [y, m, d] = v.d.split('-').map(Number);
        const serial = (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;
        ws[addr] = { t: 'n', v: serial, z: v.z ?? 'dd/mm/yyyy' };
      } else ws[addr] = { t: 's', v: String(v) };
      maxC = Math.max(maxC, ci);
    });
  });
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length - 1, c: maxC } });
  if (colWidths) ws['!cols'] = colWidths.map((w) => ({ wch: w }));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  const buf = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
  writeFileSync(path, buf);
}

/**
 * One set: ledger rows and bank lines are declared with keys; `write` is given per file a function that lays out the
 * rows and returns { rows, headerRow, rowOf: Map(key → 1-based row), jsonOf: Map(key → { narration, reference,
 * counterparty } or ledger fields) }.
 */
export function makeSet(meta) {
  const ledger = [];
  const bank = [];
  const ledgerOnly = [];
  let seq = 0;
  return {
    meta,
    ledger,
    bank,
    ledgerOnly,
    led(file, o) {
      const key = `L${seq++}`;
      ledger.push({ ...o, file, key, seq });
      return key;
    },
    line(file, o) {
      const key = `B${seq++}`;
      bank.push({ expect: 'match', ledger: [], evidence: 'amount', traits: [], ...o, file, key, seq });
      return key;
    },
    only(key, why) {
      ledgerOnly.push({ key, why });
    },
  };
}

/** writes files, truth.json and the reconcile documents; returns the index entry */
export function emit(set, dir, files) {
  mkdirSync(dir, { recursive: true });
  const { meta } = set;
  const rowOf = new Map(); // key → { file, row }
  const jsonOf = new Map();
  const bankFiles = [];
  const ledgerFiles = [];
  for (const f of files.ledger) {
    const rows = set.ledger
      .filter((l) => l.file === f.file)
      .sort((a, b) => a.date.localeCompare(b.date) || a.seq - b.seq);
    const out = f.layout(rows);
    for (const [k, r] of out.rowOf) rowOf.set(k, { file: f.file, row: r });
    for (const [k, j] of out.jsonOf) jsonOf.set(k, j);
    (f.file.endsWith('.xlsx') ? writeXlsx : writeCsv)(
      join(dir, f.file),
      ...(f.file.endsWith('.xlsx') ? [f.sheet, out.rows, out.widths] : [out.rows, f.csv]),
    );
    ledgerFiles.push({
      file: f.file,
      package: f.package,
      headerRow: out.headerRow,
      readOptions: f.readOptions,
      ...(out.nonEntryRows?.length ? { nonEntryRows: out.nonEntryRows } : {}),
    });
  }
  for (const f of files.bank) {
    const rows = set.bank
      .filter((l) => l.file === f.file)
      .sort((a, b) => a.date.localeCompare(b.date) || a.seq - b.seq);
    let bal = f.opening;
    for (const r of rows) r.balance = bal += r.amount;
    const out = f.layout(rows);
    for (const [k, r] of out.rowOf) rowOf.set(k, { file: f.file, row: r });
    for (const [k, j] of out.jsonOf) jsonOf.set(k, j);
    (f.file.endsWith('.xlsx') ? writeXlsx : writeCsv)(
      join(dir, f.file),
      ...(f.file.endsWith('.xlsx') ? [f.sheet, out.rows, out.widths] : [out.rows, f.csv]),
    );
    bankFiles.push({
      file: f.file,
      bank: f.bankName,
      headerRow: out.headerRow,
      ledgerAccount: f.ledgerAccount,
      readOptions: f.readOptions,
      openingBalance: dec(f.opening),
      closingBalance: dec(bal),
    });
    f.closing = bal;
  }
  const ledgerRef = (k) => {
    const l = set.ledger.find((x) => x.key === k);
    if (!l) throw new Error(`${meta.set}: unknown ledger key ${k}`);
    const at = rowOf.get(k);
    return { file: at.file, row: at.row, date: l.date, amount: dec(l.amount) };
  };
  const bankRef = (b) => ({
    file: b.file,
    row: rowOf.get(b.key).row,
    date: b.date,
    amount: dec(b.amount),
    text: jsonOf.get(b.key).narration,
  });
  const bankInFileOrder = [];
  for (const f of files.bank)
    bankInFileOrder.push(
      ...set.bank.filter((b) => b.file === f.file).sort((a, b) => rowOf.get(a.key).row - rowOf.get(b.key).row),
    );
  const truthBank = bankInFileOrder.map((b) => {
    const e = {
      ref: bankRef(b),
      expect: b.expect,
      ledger: b.ledger.map(ledgerRef),
      group: b.group ?? null,
      evidence: b.expect === 'match' ? b.evidence : null,
      ambiguous: Boolean(b.anyOf),
      kind: b.expect === 'bank-only' ? b.kind : null,
      partner: b.partner ? bankRef(set.bank.find((x) => x.key === b.partner)) : null,
      traits: b.traits,
    };
    if (b.anyOf) e.ledgerAnyOf = b.anyOf.map((ks) => ks.map(ledgerRef));
    if (b.why) e.note = b.why;
    return e;
  });
  const truth = {
    set: meta.set,
    country: meta.country,
    currency: meta.currency,
    timezone: meta.timezone,
    period: meta.period,
    seed: meta.seed,
    note: meta.note,
    bankFiles,
    ledgerFiles,
    bank: truthBank,
    ledgerOnly: set.ledgerOnly.map(({ key, why }) => ({ ...ledgerRef(key), why })),
  };
  writeFileSync(join(dir, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');

  // one reconcile document per bank file, holding the ledger rows of that file's ledger account
  for (const f of files.bank) {
    const lines = bankInFileOrder.filter((b) => b.file === f.file);
    const doc = {
      options: { timezone: meta.timezone },
      statement: { from: meta.period.from, to: meta.period.to, bankBalance: dec(f.closing) },
      bank: lines.map((b) => {
        const j = jsonOf.get(b.key);
        const at = rowOf.get(b.key);
        return {
          id: `${at.file}#${at.row}`,
          date: b.date,
          amount: dec(b.amount),
          currency: meta.currency,
          narration: j.narration,
          reference: j.reference ?? null,
          counterparty: j.counterparty ?? null,
          balance: j.balance === false ? null : dec(b.balance),
        };
      }),
      ledger: set.ledger
        .filter((l) => l.account === f.ledgerAccountCode)
        .sort(
          (a, b) =>
            rowOf.get(a.key).file.localeCompare(rowOf.get(b.key).file) || rowOf.get(a.key).row - rowOf.get(b.key).row,
        )
        .map((l) => {
          const j = jsonOf.get(l.key);
          const at = rowOf.get(l.key);
          return {
            id: `${at.file}#${at.row}`,
            date: l.date,
            dueDate: null,
            amount: dec(l.amount),
            currency: meta.currency,
            reference: j.reference ?? null,
            description: j.description ?? null,
            party: j.party ?? null,
            account: j.account ?? null,
          };
        }),
    };
    writeFileSync(join(dir, `reconcile.${f.file}.json`), JSON.stringify(doc, null, 2) + '\n');
  }
  const count = (p) => truthBank.filter(p).length;
  return {
    set: meta.set,
    country: meta.country,
    currency: meta.currency,
    files: [...bankFiles.map((f) => f.file), ...ledgerFiles.map((f) => f.file)],
    bankLines: truthBank.length,
    match: count((b) => b.expect === 'match'),
    ambiguous: count((b) => b.ambiguous),
    bankOnly: count((b) => b.expect === 'bank-only'),
    reversalPair: count((b) => b.expect === 'reversal-pair'),
    noCounterpart: count((b) => b.expect === 'no-counterpart'),
    ledgerOnly: set.ledgerOnly.length,
    matchWithoutReference: count((b) => b.expect === 'match' && b.evidence !== 'reference'),
  };
}
