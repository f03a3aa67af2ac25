#!/usr/bin/env node
// Re-reads every holdout47 file through its truth.json and refuses what does not hold. Imports nothing of the
// generator: its own CSV reader, SheetJS with raw cells, its own restatement of the evidence rule.
// Usage: node validate-holdout47.mjs [corpus folder]   (default: ../holdout47)
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from 'xlsx';
import Ajv2020 from 'ajv/dist/2020.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(process.argv[2] ?? join(here, '../holdout47'));
const schemaPath = resolve(here, '../../../docs/reconcile-input.schema.json');
const problems = [];
const fail = (where, what) => problems.push(`${where}: ${what}`);

// ---------- money as integer minor units, parsed from digits ----------
function minorOf(text, decimalComma = false) {
  if (typeof text === 'number') return Math.round(text * 100);
  let s = String(text).trim();
  if (s === '') return null;
  s = decimalComma ? s.replace(/[\s.]/g, '').replace(',', '.') : s.replace(/[\s,]/g, '');
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) throw new Error(`not an amount: ${text}`);
  return (m[1] ? -1 : 1) * (Number(m[2]) * 100 + Number((m[3] ?? '0').padEnd(2, '0')));
}
const decOf = (minor) => {
  const s = String(Math.abs(minor)).padStart(3, '0');
  return `${minor < 0 ? '-' : ''}${s.slice(0, -2)}.${s.slice(-2)}`;
};

// ---------- dates ----------
const MON = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const pad = (n) => String(n).padStart(2, '0');
function dateOf(v, order) {
  if (v === '' || v === undefined || v === null) return null;
  if (typeof v === 'number') {
    const t = new Date(Date.UTC(1899, 11, 30) + Math.round(v) * 86400000);
    return t.toISOString().slice(0, 10);
  }
  const s = String(v).trim();
  let m = /^(\d{4})[-/](\d{2})[-/](\d{2})(?: \d{2}:\d{2}:\d{2})?$/.exec(s);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{2})[- ]([A-Za-z]{3})[- ](\d{4})$/.exec(s);
  if (m) return `${m[3]}-${pad(MON[m[2].toLowerCase()])}-${m[1]}`;
  m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(s);
  if (m) return order === 'MDY' ? `${m[3]}-${m[1]}-${m[2]}` : `${m[3]}-${m[2]}-${m[1]}`;
  throw new Error(`not a date: ${s}`);
}
const weekday = (d) => new Date(`${d}T00:00:00Z`).getUTCDay();

// ---------- files as arrays of rows (row 1 = index 0) ----------
function parseCsv(text) {
  const sep = text.split('\r\n')[0].includes(';') || /^[^,\n]*;/m.test(text) ? ';' : ',';
  const out = [];
  for (const line of text.replace(/\r\n$/, '').split('\r\n')) {
    const cells = [];
    let cur = '';
    let q = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (q) {
        if (c === '"' && line[i + 1] === '"') {
          cur += '"';
          i++;
        } else if (c === '"') q = false;
        else cur += c;
      } else if (c === '"') q = true;
      else if (c === sep) {
        cells.push(cur);
        cur = '';
      } else cur += c;
    }
    cells.push(cur);
    out.push(cells);
  }
  return out;
}
function readRows(path, sheet) {
  if (path.endsWith('.csv')) {
    const text = readFileSync(path, 'utf8');
    if (!text.endsWith('\r\n')) throw new Error(`${path}: CSV does not end with CRLF`);
    return parseCsv(text);
  }
  const wb = XLSX.read(readFileSync(path), { type: 'buffer', raw: true });
  const ws = wb.Sheets[sheet];
  if (!ws) throw new Error(`${path}: no sheet ${sheet}`);
  return XLSX.utils.sheet_to_json(ws, { header: 1, raw: true, defval: '', blankrows: true });
}

// ---------- the evidence rule, restated ----------
const GENERIC = new Set(
  (
    'TRANSFER TRF FROM PAYMENT PYMT PAYMT RECEIPT DEPOSIT BANK LTD LIMITED INVOICE BEING WITH THE AND FOR FEES ' +
    'CHARGE CHARGES ACCOUNT ACCT CURRENT SAVINGS CASH CHEQUE CLEARING PESALINK MPESA MOMO RTGS REFUND BALANCE PART ' +
    'SALARIES SALARY WAGES LESS SERVICES COMPANY SUPPLIES NIGERIA GHANA KENYA AFRICA SOUTH DEBIT CREDIT ORDER ' +
    'REVERSAL RETURNED FAILED VALUE SETTLEMENT PAYOUT CARD TERMINAL PURCHASE SALES BILL WEEK INSTALMENT INTEREST ' +
    'LEVY MAINTENANCE NOTIFICATION ALERT SERVICE CLIENT OFFICE MATTER NOTE PAYE DUTY STAMP BATCH BULK CONTRIBUTIONS ' +
    'CONTRIBUTION REMITTANCE JANUARY FEBRUARY MARCH APRIL JUNE JULY AUGUST SEPTEMBER SEPT OCTOBER NOVEMBER ' +
    'DECEMBER WDL LODGEMENT TRANSACTION PROPRIETARY'
  ).split(' '),
);
function marks(text) {
  const words = String(text)
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter(Boolean);
  const ref = new Set();
  const name = new Set();
  for (const w of words) {
    const hasL = /[A-Z]/.test(w);
    const hasD = /[0-9]/.test(w);
    if (hasL && hasD && w.length >= 6) ref.add(`code:${w}`);
    if (hasL && !hasD && w.length >= 4 && !GENERIC.has(w)) name.add(w);
    for (const run of w.match(/[0-9]+/g) ?? []) {
      const n = run.replace(/^0+/, '');
      if (n.length >= 3 && !(n.length === 4 && (n.startsWith('19') || n.startsWith('20')))) ref.add(`num:${n}`);
    }
  }
  return { ref, name };
}
function restated(lineText, rowTexts) {
  const a = marks(lineText);
  let ev = 'amount';
  for (const t of rowTexts) {
    const b = marks(t);
    if ([...a.ref].some((x) => b.ref.has(x))) return 'reference';
    if ([...a.name].some((x) => b.name.has(x))) ev = 'counterparty';
  }
  return ev;
}

// ---------- one set ----------
const KINDS = new Set(['charge', 'levy', 'tax', 'fee-vat', 'interest', 'unknown']);
const EXPECT = {
  auto: 'match',
  suggest: 'match',
  none: 'no-counterpart',
  'bank-only': 'bank-only',
  'reversal-pair': 'reversal-pair',
};

function col(header, name, where) {
  const i = header.findIndex((h) => String(h).trim() === name);
  if (i < 0) fail(where, `header has no column "${name}"`);
  return i;
}
const cellText = (row, i) => (i < 0 || row[i] === undefined ? '' : String(row[i]).trim());

function readStatement(dir, bf, truth, where) {
  const ro = bf.readOptions;
  const rows = readRows(join(dir, bf.file), ro.sheet);
  const header = rows[bf.headerRow - 1] ?? [];
  const mp = ro.mapping;
  const c = {};
  for (const k of Object.keys(mp)) c[k] = col(header, mp[k], `${where} header row ${bf.headerRow}`);
  const comma = ro.decimalSeparator === ',';
  const lines = [];
  for (let i = bf.headerRow; i < rows.length; i++) {
    const r = rows[i];
    const rowNo = i + 1;
    if (r.every((x) => String(x).trim() === '')) continue;
    const out = minorOf(cellText(r, c.moneyOut), comma);
    const inn = minorOf(cellText(r, c.moneyIn), comma);
    const desc = cellText(r, c.description);
    const date = dateOf(r[c.date], ro.dateOrder);
    if (/balance|b\/f|c\/f/i.test(desc) && /opening|closing|b\/f|c\/f/i.test(desc)) continue; // opening/closing rows
    if (out === null && inn === null) {
      fail(where, `row ${rowNo} has no money and is no opening/closing row`);
      continue;
    }
    if (!date) fail(where, `row ${rowNo} has money but no date`);
    const minor = (inn ?? 0) - Math.abs(out ?? 0);
    lines.push({
      row: rowNo,
      date,
      valueDate: c.valueDate !== undefined ? dateOf(r[c.valueDate], ro.dateOrder) : date,
      minor,
      text: desc,
      reference: cellText(r, c.reference),
      balance: minorOf(cellText(r, c.balance), comma),
    });
  }
  // running balances in time order
  const chrono = bf.order === 'newest-first' ? [...lines].reverse() : lines;
  if (chrono.length === 0) return lines;
  const opening = chrono[0].balance - chrono[0].minor;
  if (decOf(opening) !== bf.openingBalance) fail(where, `opening ${decOf(opening)} ≠ truth ${bf.openingBalance}`);
  let bal = opening;
  let prev = '';
  for (const l of chrono) {
    bal += l.minor;
    if (bal !== l.balance) fail(where, `row ${l.row}: running balance ${decOf(l.balance)} ≠ ${decOf(bal)}`);
    if (bal < 0) fail(where, `row ${l.row}: overdrawn`);
    if (l.date < prev) fail(where, `row ${l.row}: dates out of order`);
    prev = l.date;
    if (l.date < truth.period.from || l.date > truth.period.to) fail(where, `row ${l.row}: outside the period`);
    if ([0, 6].includes(weekday(l.date)) || truth.publicHolidays.includes(l.date))
      fail(where, `row ${l.row}: not a working day`);
    if (l.valueDate < l.date) fail(where, `row ${l.row}: value date before the transaction date`);
  }
  if (decOf(bal) !== bf.closingBalance) fail(where, `closing ${decOf(bal)} ≠ truth ${bf.closingBalance}`);
  return lines;
}

function readLedger(dir, lf, truth, where) {
  const ro = lf.readOptions;
  const rows = readRows(join(dir, lf.file), ro.sheet);
  const header = rows[lf.headerRow - 1] ?? [];
  const mp = ro.mapping;
  const c = {};
  for (const k of Object.keys(mp)) {
    if (Array.isArray(mp[k])) c[k] = mp[k].map((h) => col(header, h, `${where} header row ${lf.headerRow}`));
    else c[k] = col(header, mp[k], `${where} header row ${lf.headerRow}`);
  }
  const nonEntry = new Set(lf.nonEntryRows.map((n) => n.row));
  const entries = [];
  const seenNonEntry = new Set();
  let bal = minorOf(lf.openingBalance);
  for (let i = lf.headerRow; i < rows.length; i++) {
    const r = rows[i];
    const rowNo = i + 1;
    if (r.every((x) => String(x).trim() === '')) continue;
    const date = dateOf(r[c.date], ro.dateOrder);
    let minor = null;
    if (c.amount !== undefined) minor = minorOf(cellText(r, c.amount));
    else {
      const inn = minorOf(cellText(r, c.moneyIn));
      const out = minorOf(cellText(r, c.moneyOut));
      if (inn !== null || out !== null) minor = (inn ?? 0) - Math.abs(out ?? 0);
    }
    const balance = c.balance !== undefined ? minorOf(cellText(r, c.balance)) : null;
    if (nonEntry.has(rowNo)) {
      seenNonEntry.add(rowNo);
      continue;
    }
    if (!date || minor === null) {
      fail(where, `row ${rowNo} has ${date ? 'no money' : 'no date'} and is not in nonEntryRows`);
      continue;
    }
    bal += minor;
    if (balance !== null && balance !== bal)
      fail(where, `row ${rowNo}: running balance ${decOf(balance)} ≠ ${decOf(bal)}`);
    if (date < truth.period.from || date > truth.period.to) fail(where, `row ${rowNo}: outside the period`);
    const description = Array.isArray(c.description)
      ? c.description
          .map((k) => cellText(r, k))
          .filter((x) => x !== '')
          .join(' — ')
      : cellText(r, c.description);
    entries.push({
      row: rowNo,
      date,
      minor,
      description,
      reference: cellText(r, c.reference),
      party: cellText(r, c.party),
    });
  }
  for (const n of nonEntry) if (!seenNonEntry.has(n)) fail(where, `nonEntryRows names row ${n}, which has nothing`);
  if (decOf(bal) !== lf.closingBalance) fail(where, `book closing ${decOf(bal)} ≠ truth ${lf.closingBalance}`);
  return entries;
}

function validateSet(dir, indexEntry, ajvValidate) {
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
  const where = truth.set;
  const bf = truth.bankFiles[0];
  const lf = truth.ledgerFiles[0];
  const lines = readStatement(dir, bf, truth, `${where}/${bf.file}`);
  const entries = readLedger(dir, lf, truth, `${where}/${lf.file}`);
  const lineAt = new Map(lines.map((l) => [l.row, l]));
  const entryAt = new Map(entries.map((e) => [e.row, e]));
  if (truth.bank.length !== lines.length)
    fail(where, `truth has ${truth.bank.length} lines, the statement ${lines.length}`);
  if (lines.length < 50 || lines.length > 90) fail(where, `${lines.length} lines, outside 50–90`);

  const refLine = (ref, what) => {
    const l = lineAt.get(ref.row);
    if (!l) return fail(where, `${what}: no statement line at row ${ref.row}`);
    if (ref.file !== bf.file) fail(where, `${what}: file ${ref.file}`);
    if (l.date !== ref.date) fail(where, `${what}: date ${ref.date} ≠ ${l.date}`);
    if (decOf(l.minor) !== ref.amount) fail(where, `${what}: amount ${ref.amount} ≠ ${decOf(l.minor)}`);
    if (l.text !== ref.text) fail(where, `${what}: text differs`);
    if (l.reference !== ref.reference) fail(where, `${what}: reference differs`);
    return l;
  };
  const refEntry = (ref, what) => {
    const e = entryAt.get(ref.row);
    if (!e || ref.file !== lf.file) return fail(where, `${what}: no ledger entry at ${ref.file}#${ref.row}`);
    if (e.date !== ref.date || decOf(e.minor) !== ref.amount)
      fail(where, `${what}: ledger ${ref.row} is ${e.date} ${decOf(e.minor)}`);
    return e;
  };

  const owners = new Map(); // ledger row → owner keys
  const own = (row, key) => owners.set(row, new Set([...(owners.get(row) ?? []), key]));
  let prevRow = 0;
  for (const b of truth.bank) {
    const what = `line row ${b.ref.row}`;
    if (b.ref.row <= prevRow) fail(where, `${what}: not in file order`);
    prevRow = b.ref.row;
    const l = refLine(b.ref, what);
    if (!l) continue;
    if (EXPECT[b.decision] !== b.expect) fail(where, `${what}: expect ${b.expect} with decision ${b.decision}`);
    const matchy = b.decision === 'auto' || b.decision === 'suggest';
    if (matchy !== (b.evidence !== undefined)) fail(where, `${what}: evidence on a ${b.decision}`);
    if ((b.decision === 'bank-only') !== (b.kind !== undefined)) fail(where, `${what}: kind on a ${b.decision}`);
    if (b.kind !== undefined && !KINDS.has(b.kind)) fail(where, `${what}: kind ${b.kind}`);
    if ((b.decision === 'suggest') !== (b.mustNotAuto !== undefined))
      fail(where, `${what}: mustNotAuto on a ${b.decision}`);
    const hard = b.traits.includes('tie') || b.traits.includes('part-payment');
    if (b.decision === 'suggest' && b.mustNotAuto !== hard)
      fail(where, `${what}: mustNotAuto ${b.mustNotAuto} but tie/part payment ${hard}`);
    const anyOf = b.ledgerAnyOf !== undefined;
    const twinOrTie = b.traits.includes('twins') || b.traits.includes('tie');
    if (anyOf !== (b.ledger === null) || anyOf !== twinOrTie)
      fail(where, `${what}: ledgerAnyOf / ledger null / twins-or-tie disagree`);
    if (b.ambiguous !== b.traits.includes('twins')) fail(where, `${what}: ambiguous ≠ twins`);
    if (!matchy && b.ledger !== null && b.ledger.length > 0) fail(where, `${what}: ${b.decision} with ledger rows`);
    if (b.decision === 'auto' && b.evidence === 'amount') fail(where, `${what}: auto on amount alone`);
    if (b.difference !== undefined && b.decision !== 'auto') fail(where, `${what}: difference on a ${b.decision}`);
    const lineText = `${l.text} ${l.reference}`;
    if (matchy) {
      const options = anyOf ? b.ledgerAnyOf : [b.ledger];
      const key = anyOf
        ? `anyOf:${JSON.stringify(
            b.ledgerAnyOf
              .flat()
              .map((x) => x.row)
              .sort(),
          )}`
        : b.group
          ? `group:${b.group}`
          : `line:${b.ref.row}`;
      for (const opt of options) {
        const es = opt.map((r) => refEntry(r, what)).filter(Boolean);
        for (const r of opt) own(r.row, key);
        const ev = restated(
          lineText,
          es.map((e) => `${e.description} ${e.reference} ${e.party}`),
        );
        if (ev !== b.evidence) fail(where, `${what}: evidence ${b.evidence}, restated ${ev}`);
      }
      if (b.decision === 'auto' && !anyOf) {
        const members = b.group ? truth.bank.filter((x) => x.group === b.group) : [b];
        for (const mb of members)
          if (JSON.stringify(mb.ledger) !== JSON.stringify(b.ledger) || mb.decision !== b.decision)
            fail(where, `${what}: group ${b.group} disagrees`);
        const diff =
          members.reduce((a, x) => a + minorOf(x.ref.amount), 0) - b.ledger.reduce((a, x) => a + minorOf(x.amount), 0);
        if ((diff === 0) !== (b.difference === undefined) || (diff !== 0 && decOf(diff) !== b.difference))
          fail(where, `${what}: difference ${b.difference} ≠ ${decOf(diff)}`);
        if (Math.abs(diff) * 10 > Math.abs(b.ledger.reduce((a, x) => a + minorOf(x.amount), 0)))
          fail(where, `${what}: difference over 10 %`);
        // no other entry of the amount shares a mark with the line
        for (const e of entries) {
          if (b.ledger.some((r) => r.row === e.row) || e.minor !== l.minor) continue;
          if (restated(lineText, [`${e.description} ${e.reference} ${e.party}`]) !== 'amount')
            fail(where, `${what}: entry ${e.row} of the same amount shares a mark`);
        }
      }
    }
    if (b.decision === 'reversal-pair') {
      const p = b.partner && refLine(b.partner, `${what} partner`);
      const back = truth.bank.find((x) => b.partner && x.ref.row === b.partner.row);
      if (!p || !back || back.partner?.row !== b.ref.row) fail(where, `${what}: partner does not point back`);
      else if (p.minor + l.minor !== 0) fail(where, `${what}: reversal pair does not cancel`);
    } else if (b.partner !== null) fail(where, `${what}: partner on a ${b.decision}`);
    if ((b.decision === 'none' || b.decision === 'bank-only') && !b.traits.includes('decoy')) {
      if (entries.some((e) => e.minor === l.minor)) fail(where, `${what}: ${b.decision} but an entry has its amount`);
    }
  }
  for (const o of truth.ledgerOnly) {
    refEntry(o, `ledgerOnly ${o.row}`);
    own(o.row, 'ledgerOnly');
    if (!o.why) fail(where, `ledgerOnly ${o.row}: no why`);
  }
  for (const e of entries) {
    const k = owners.get(e.row);
    if (!k || k.size !== 1) fail(where, `ledger row ${e.row} owned ${k ? k.size : 0} times`);
  }

  // the reconcile document
  const docFile = join(dir, `reconcile.${bf.file}.json`);
  const doc = JSON.parse(readFileSync(docFile, 'utf8'));
  if (!ajvValidate(doc)) fail(where, `reconcile document: ${JSON.stringify(ajvValidate.errors?.slice(0, 3))}`);
  if (doc.options?.timezone !== truth.timezone) fail(where, 'document timezone');
  if (doc.bank.length !== lines.length) fail(where, 'document bank count');
  doc.bank.forEach((d, i) => {
    const l = lines[i];
    if (!l) return;
    const ok =
      d.id === `${bf.file}#${l.row}` &&
      d.date === l.date &&
      d.amount === decOf(l.minor) &&
      d.currency === truth.currency &&
      d.narration === l.text &&
      d.reference === (l.reference === '' ? null : l.reference) &&
      d.counterparty === null &&
      d.balance === decOf(l.balance);
    if (!ok) fail(where, `document bank[${i}] differs from row ${l.row}`);
  });
  if (doc.ledger.length !== entries.length) fail(where, 'document ledger count');
  doc.ledger.forEach((d, i) => {
    const e = entries[i];
    if (!e) return;
    const ok =
      d.id === `${lf.file}#${e.row}` &&
      d.date === e.date &&
      d.amount === decOf(e.minor) &&
      d.currency === truth.currency &&
      d.description === e.description &&
      d.reference === (e.reference === '' ? null : e.reference) &&
      d.party === (e.party === '' ? null : e.party) &&
      d.account === bf.ledgerAccount;
    if (!ok) fail(where, `document ledger[${i}] differs from row ${e.row}`);
  });
  const st = doc.statement;
  if (
    st.from !== truth.period.from ||
    st.to !== truth.period.to ||
    st.bankBalance !== bf.closingBalance ||
    st.bookBalance !== lf.closingBalance
  )
    fail(where, 'document statement block');

  // the index entry
  const count = (f) => truth.bank.filter(f).length;
  const decisions = {};
  for (const b of truth.bank) decisions[b.decision] = (decisions[b.decision] ?? 0) + 1;
  const kinds = {};
  for (const b of truth.bank) if (b.kind) kinds[b.kind] = (kinds[b.kind] ?? 0) + 1;
  const sameCounts = (a, b) => JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());
  const ix = indexEntry ?? {};
  const want = {
    bankLines: lines.length,
    ledgerRows: entries.length,
    mustNotAuto: count((b) => b.mustNotAuto === true),
    autoWithDifference: count((b) => b.difference !== undefined),
    ledgerOnly: truth.ledgerOnly.length,
    matched: count((b) => b.expect === 'match'),
    matchedWithoutReference: count((b) => b.expect === 'match' && b.evidence !== 'reference'),
    reversalPairs: count((b) => b.decision === 'reversal-pair') / 2,
  };
  for (const [k, v] of Object.entries(want)) if (ix[k] !== v) fail(where, `index ${k} ${ix[k]} ≠ ${v}`);
  if (!sameCounts(ix.decisions ?? {}, decisions)) fail(where, 'index decisions');
  if (!sameCounts(ix.bankOnlyKinds ?? {}, kinds)) fail(where, 'index bankOnlyKinds');
  return { set: truth.set, lines: lines.length, matched: want.matched, entries: entries.length };
}

function main() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const ajvValidate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
  const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
  const sets = readdirSync(root)
    .filter((d) => existsSync(join(root, d, 'truth.json')))
    .sort();
  if (sets.length !== 4 || index.sets.length !== 4)
    fail('index', `expected four sets, found ${sets.length} folders and ${index.sets.length} index entries`);
  for (const s of sets) {
    try {
      const r = validateSet(
        join(root, s),
        index.sets.find((x) => x.set === s),
        ajvValidate,
      );
      console.log(`${r.set}: ${r.lines} lines (${r.matched} with a counterpart), ${r.entries} book entries`);
    } catch (err) {
      fail(s, err.message);
    }
  }
  if (problems.length) {
    for (const p of problems) console.error(`✗ ${p}`);
    console.error(`${problems.length} problem(s)`);
    process.exit(1);
  }
  console.log('holdout47: every file agrees with its truth');
}

main();
