// Cross-checks a real-layout set: each truth row points at a file row whose date and amount are the ones the truth
// states; every money row of every file is accounted for exactly once (bank rows in `bank`, ledger rows in a match
// or `ledgerOnly`); statement balances chain; the reconcile-JSON documents are schema-valid and carry the same rows.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import * as XLSX from 'xlsx';

const MONTHS = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

function isoDate(v) {
  if (typeof v === 'number') {
    const d = new Date(Date.UTC(1899, 11, 30) + v * 86400000);
    return d.toISOString().slice(0, 10);
  }
  const s = String(v ?? '').trim();
  let m = /^(\d{2})[-\s]([A-Za-z]{3})[-\s](\d{4})$/.exec(s);
  if (m) return `${m[3]}-${String(MONTHS[m[2].toLowerCase()]).padStart(2, '0')}-${m[1]}`;
  m = /^(\d{4})\/(\d{2})\/(\d{2})$/.exec(s);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(s); // these files are day-first
  if (m) return `${m[3]}-${m[2]}-${m[1]}`;
  return null;
}

/** Decimal text or spreadsheet number → integer minor units (no floats kept: numbers go through toFixed(2)). */
function minor(v) {
  if (v === null || v === undefined || v === '') return null;
  const s = typeof v === 'number' ? v.toFixed(2) : String(v).replaceAll(',', '').trim();
  if (!/^-?\d+(\.\d{1,2})?$/.test(s)) return null;
  const neg = s.startsWith('-');
  const [i, f = ''] = s.replace('-', '').split('.');
  const n = Number(i) * 100 + Number((f + '00').slice(0, 2));
  return neg ? -n : n;
}

function readGrid(path) {
  if (path.endsWith('.xlsx')) {
    const wb = XLSX.read(readFileSync(path), { type: 'buffer' });
    const ws = wb.Sheets[wb.SheetNames[0]];
    return XLSX.utils.sheet_to_json(ws, { header: 1, raw: true, blankrows: true, defval: null });
  }
  return parse(readFileSync(path, 'utf8'), { relax_column_count: true, skip_empty_lines: false });
}

const norm = (h) =>
  String(h ?? '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/** Reads the data rows of a file: { row, date, amount, balance } for rows with a date and money. */
function dataRows(path, headerRow) {
  const grid = readGrid(path);
  const header = (grid[headerRow - 1] ?? []).map(norm);
  const col = (...names) => header.findIndex((h) => names.includes(h));
  const dateCol = header.findIndex((h) => h.includes('date'));
  const amountCol = col('amount');
  const inCol = col('credit', 'credits', 'moneyin', 'debitin');
  const outCol = col('debit', 'debits', 'moneyout');
  const balCol = col('balance', 'runningbalance');
  const isLedgerDebitIn = col('journalid', 'source') >= 0; // book side: Debit = money in
  const out = [];
  for (let i = headerRow; i < grid.length; i += 1) {
    const cells = grid[i] ?? [];
    const date = isoDate(cells[dateCol]);
    if (!date) continue;
    let amount;
    if (amountCol >= 0) amount = minor(cells[amountCol]);
    else if (isLedgerDebitIn) amount = (minor(cells[outCol]) ?? 0) - (minor(cells[inCol]) ?? 0);
    else amount = (minor(cells[inCol]) ?? 0) - (minor(cells[outCol]) ?? 0);
    const description = cells.map((c) => String(c ?? '')).join(' ');
    if (/opening balance|beginning balance/i.test(description)) continue;
    out.push({ row: i + 1, date, amount, balance: balCol >= 0 ? minor(cells[balCol]) : null });
  }
  return out;
}

export function checkRealLayoutSet(dir, validateInput) {
  const problems = [];
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
  const rowsByFile = new Map();
  for (const f of [...truth.bankFiles, ...truth.ledgerFiles]) {
    const rows = dataRows(join(dir, f.file), f.headerRow);
    rowsByFile.set(f.file, new Map(rows.map((r) => [r.row, r])));
    if (rows.length === 0) problems.push(`${f.file}: no data rows under header row ${f.headerRow}`);
  }
  const seen = new Map();
  const mark = (ref, where) => {
    const rows = rowsByFile.get(ref.file);
    const r = rows?.get(ref.row);
    if (!r) return problems.push(`${where}: ${ref.file} row ${ref.row} is not a data row`);
    if (r.date !== ref.date) problems.push(`${where}: ${ref.file} row ${ref.row} date ${r.date} ≠ truth ${ref.date}`);
    if (r.amount !== minor(ref.amount))
      problems.push(`${where}: ${ref.file} row ${ref.row} amount ${r.amount} ≠ truth ${ref.amount}`);
    const key = `${ref.file}#${ref.row}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  };
  const ledgerUse = new Map();
  for (const b of truth.bank) {
    mark(b.ref, 'bank');
    for (const l of b.ledger) {
      const key = `${l.file}#${l.row}`;
      const rows = rowsByFile.get(l.file)?.get(l.row);
      if (!rows) problems.push(`ledger ${key} is not a data row`);
      else if (rows.amount !== minor(l.amount) || rows.date !== l.date)
        problems.push(`ledger ${key} differs from truth`);
      ledgerUse.set(key, (ledgerUse.get(key) ?? new Set()).add(b.group ?? `${b.ref.file}#${b.ref.row}`));
    }
    if (b.expect === 'match' && b.ledger.length === 0)
      problems.push(`bank ${b.ref.file}#${b.ref.row}: match without ledger`);
    if (b.expect !== 'match' && b.ledger.length)
      problems.push(`bank ${b.ref.file}#${b.ref.row}: ${b.expect} with ledger`);
    if (b.expect === 'reversal-pair' && minor(b.partner.amount) !== -minor(b.ref.amount))
      problems.push(`reversal amounts`);
  }
  for (const lo of truth.ledgerOnly) mark(lo, 'ledgerOnly');
  for (const key of ledgerUse.keys()) seen.set(key, (seen.get(key) ?? 0) + 1);
  for (const [file, rows] of rowsByFile) {
    for (const row of rows.keys()) {
      const n = seen.get(`${file}#${row}`) ?? 0;
      if (n !== 1) problems.push(`${file} row ${row} accounted for ${n} times`);
    }
  }
  // A ledger row belongs to one group only (a many-to-one group shares one group id).
  for (const [key, users] of ledgerUse) if (users.size > 1) problems.push(`ledger ${key} in ${users.size} groups`);
  for (const f of truth.bankFiles) {
    const rows = [...rowsByFile.get(f.file).values()].sort((a, b) => a.row - b.row);
    const chain = f.order === 'newest first' ? rows.slice().reverse() : rows;
    let bal = minor(f.openingBalance);
    for (const r of chain) {
      bal += r.amount;
      if (r.balance !== bal) {
        problems.push(`${f.file} row ${r.row}: balance ${r.balance} ≠ ${bal}`);
        break;
      }
    }
    if (bal !== minor(f.closingBalance)) problems.push(`${f.file}: closing ${bal} ≠ ${f.closingBalance}`);
  }
  for (const name of readdirSync(dir).filter((n) => n.startsWith('reconcile.') && n.endsWith('.json'))) {
    const doc = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    if (!validateInput(doc))
      for (const e of validateInput.errors) problems.push(`${name}: schema ${e.instancePath} ${e.message}`);
    for (const x of [...doc.bank, ...doc.ledger]) {
      const [file, row] = x.id.split('#');
      const r = rowsByFile.get(file)?.get(Number(row));
      if (!r || r.amount !== minor(x.amount) || r.date !== x.date)
        problems.push(`${name}: ${x.id} does not match its file row`);
    }
  }
  return problems;
}
