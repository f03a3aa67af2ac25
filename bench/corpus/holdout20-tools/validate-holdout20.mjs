#!/usr/bin/env node
// holdout20 — independent validator. Reads every file only through what truth.json says (header row and the
// readOptions mapping), then cross-checks the files, truth.json, the reconcile JSON and index.json.
//
//   node bench/corpus/holdout20-tools/validate-holdout20.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import * as XLSX from 'xlsx';
import Ajv2020 from 'ajv/dist/2020.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '../holdout20');
const REPO = path.resolve(here, '../../..');
const errors = [];
const fail = (where, msg) => errors.push(`${where}: ${msg}`);

const MON = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const p2 = (n) => String(n).padStart(2, '0');

function toIso(v, order) {
  if (typeof v === 'number') {
    const d = new Date(Math.round((v - 25569) * 86400000));
    return d.toISOString().slice(0, 10);
  }
  const s = String(v).trim();
  let m = s.match(/^(\d{1,2})[- ]([A-Za-z]{3})[- ](\d{4})$/);
  if (m) return `${m[3]}-${p2(MON[m[2].toLowerCase()])}-${p2(m[1])}`;
  m = s.match(/^(\d{4})[/-](\d{2})[/-](\d{2})$/);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = s.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/);
  if (m) {
    if (order === 'MDY') return `${m[3]}-${p2(m[1])}-${p2(m[2])}`;
    if (order === 'DMY') return `${m[3]}-${p2(m[2])}-${p2(m[1])}`;
    throw new Error(`numeric date ${s} without a dateOrder`);
  }
  return null;
}

/** "1,234.56" / 1234.56 / "" → minor units or null */
function toMinor(v) {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return Math.round(v * 100);
  const s = String(v).replace(/[,\s]/g, '');
  if (s === '') return null;
  if (!/^-?\d+(\.\d{1,2})?$/.test(s)) throw new Error(`not an amount: ${v}`);
  const neg = s.startsWith('-');
  const [w, f = ''] = s.replace('-', '').split('.');
  const minor = Number(w) * 100 + Number(f.padEnd(2, '0'));
  return neg ? -minor : minor;
}
const dec = (minor) => `${minor < 0 ? '-' : ''}${Math.floor(Math.abs(minor) / 100)}.${p2(Math.abs(minor) % 100)}`;

function readGrid(file, sheet) {
  if (file.endsWith('.csv')) {
    const text = fs.readFileSync(file, 'utf8');
    if (text.includes('\n') && !text.includes('\r\n')) fail(file, 'expected CRLF line ends');
    return parse(text, { relax_column_count: true, skip_empty_lines: false });
  }
  const wb = XLSX.read(fs.readFileSync(file));
  const name = sheet ?? wb.SheetNames[0];
  if (!wb.Sheets[name]) throw new Error(`${file}: no sheet ${name}`);
  return XLSX.utils.sheet_to_json(wb.Sheets[name], { header: 1, raw: true, defval: '', blankrows: true });
}

/** rows with money read through the mapping: { row, date, amount, text, reference, balance } */
function readTable(dir, spec, where) {
  const file = path.join(dir, spec.file);
  const grid = readGrid(file, spec.readOptions.sheet);
  const header = grid[spec.headerRow - 1].map((c) => String(c).trim());
  const mp = spec.readOptions.mapping;
  const col = (name) => {
    if (name === undefined) return -1;
    const i = header.indexOf(name);
    if (i < 0) fail(where, `header row ${spec.headerRow} has no column "${name}" (${header.join('|')})`);
    return i;
  };
  const ci = {
    date: col(mp.date),
    amount: col(mp.amount),
    in: col(mp.moneyIn),
    out: col(mp.moneyOut),
    desc: col(mp.description),
    ref: col(mp.reference),
    bal: col(mp.balance),
    dir: mp.direction ? col(mp.direction.column) : -1,
  };
  const nonEntry = new Set((spec.nonEntryRows ?? []).map((r) => r.row));
  const out = [];
  for (let r = spec.headerRow; r < grid.length; r += 1) {
    const cells = grid[r];
    const rowNo = r + 1;
    const get = (i) => (i >= 0 ? (cells[i] ?? '') : '');
    const text = String(get(ci.desc));
    const first = String(cells[0] ?? '');
    const isTotal = /^total/i.test(first) || /^total/i.test(text);
    let amt = null;
    if (ci.amount >= 0) {
      const a = toMinor(get(ci.amount));
      if (a !== null) {
        if (mp.direction) {
          const dv = String(get(ci.dir)).trim().toUpperCase();
          if (!mp.direction.out.includes(dv) && !(mp.direction.in ?? []).includes(dv))
            fail(where, `row ${rowNo}: direction "${dv}"`);
          if (a < 0) fail(where, `row ${rowNo}: a direction-mapped amount must be unsigned`);
          amt = mp.direction.out.includes(dv) ? -a : a;
        } else amt = a;
      }
    } else {
      const i = toMinor(get(ci.in));
      const o = toMinor(get(ci.out));
      if (i !== null || o !== null) amt = (i ?? 0) - Math.abs(o ?? 0);
      if (i !== null && o !== null && !isTotal) fail(where, `row ${rowNo}: both money columns filled`);
    }

    if (nonEntry.has(rowNo)) {
      if (!toIso(get(ci.date), spec.readOptions.dateOrder)) fail(where, `nonEntryRow ${rowNo} is not dated`);
      if (!/opening|closing|brought forward|balance b\/f/i.test(text))
        fail(where, `nonEntryRow ${rowNo} reads "${text}"`);
      continue;
    }
    if (amt === null) {
      if (get(ci.date) !== '' && toIso(get(ci.date), spec.readOptions.dateOrder) && !isTotal)
        fail(where, `row ${rowNo}: dated row without money that is not listed in nonEntryRows`);
      continue;
    }
    if (isTotal) continue;
    const date = toIso(get(ci.date), spec.readOptions.dateOrder);
    if (!date) {
      fail(where, `row ${rowNo}: money without a date`);
      continue;
    }
    out.push({
      row: rowNo,
      date,
      amount: amt,
      text,
      reference: ci.ref >= 0 && get(ci.ref) !== '' ? String(get(ci.ref)) : null,
      balance: ci.bal >= 0 ? toMinor(get(ci.bal)) : null,
    });
  }
  return out;
}

const ajv = new Ajv2020({ allErrors: true, strict: false });
const schema = JSON.parse(fs.readFileSync(path.join(REPO, 'docs/reconcile-input.schema.json'), 'utf8'));
const validateDoc = ajv.compile(schema);

const index = JSON.parse(fs.readFileSync(path.join(ROOT, 'index.json'), 'utf8'));
const totals = { auto: 0, suggest: 0, 'bank-only': 0, none: 0, 'reversal-pair': 0, bankLines: 0, ledgerRows: 0 };
const digitsOf = (s) => (String(s ?? '').match(/\d+/g) ?? []).map((d) => d.replace(/^0+/, ''));

for (const entry of index.sets) {
  const dir = path.join(ROOT, entry.set);
  const truth = JSON.parse(fs.readFileSync(path.join(dir, 'truth.json'), 'utf8'));
  const W = entry.set;
  const bf = truth.bankFiles[0];
  const lf = truth.ledgerFiles[0];
  // ------------------------------------------------------------ bank file
  let lines = readTable(dir, bf, `${W}/${bf.file}`);
  if (bf.order === 'newest-first') {
    for (let i = 1; i < lines.length; i += 1)
      if (lines[i].date > lines[i - 1].date)
        fail(W, `bank row ${lines[i].row} is newer than the row above (newest-first)`);
    lines = lines.slice().reverse();
  } else {
    for (let i = 1; i < lines.length; i += 1)
      if (lines[i].date < lines[i - 1].date) fail(W, `bank row ${lines[i].row} is older than the row above`);
  }
  let bal = toMinor(bf.openingBalance);
  for (const l of lines) {
    bal += l.amount;
    if (l.balance !== bal) fail(W, `bank row ${l.row}: balance ${dec(l.balance)} ≠ running ${dec(bal)}`);
    if (l.date < truth.period.from || l.date > truth.period.to) fail(W, `bank row ${l.row} outside the period`);
  }
  if (bal !== toMinor(bf.closingBalance)) fail(W, `bank opening + lines ${dec(bal)} ≠ closing ${bf.closingBalance}`);
  // ------------------------------------------------------------ ledger file
  const entries = readTable(dir, lf, `${W}/${lf.file}`);
  const lsum = entries.reduce((s, e) => s + e.amount, 0);
  if (toMinor(lf.openingBalance) !== toMinor(bf.openingBalance)) fail(W, 'ledger opening ≠ bank opening');
  if (toMinor(lf.openingBalance) + lsum !== toMinor(lf.closingBalance))
    fail(W, 'ledger opening + rows ≠ ledger closing');
  const ledgerByRow = new Map(entries.map((e) => [e.row, e]));
  const lineByRow = new Map(lines.map((l) => [l.row, l]));
  // ------------------------------------------------------------ truth.bank ↔ bank file
  const seen = new Set();
  const ledgerUse = new Map();
  const useLedger = (ref, owner) => {
    const e = ledgerByRow.get(ref.row);
    if (!e) return fail(W, `${owner}: ledger row ${ref.row} is not an entry`);
    if (ref.file !== lf.file || ref.date !== e.date || ref.amount !== dec(e.amount))
      fail(W, `${owner}: ledger ref ${JSON.stringify(ref)} ≠ file (${e.date} ${dec(e.amount)})`);
    return e;
  };
  const refKey = (r) => `${r.row}`;
  const tieOnly = new Set();
  const groups = new Map();
  for (const t of truth.bank) {
    const where = `${W} bank row ${t.ref.row}`;
    const l = lineByRow.get(t.ref.row);
    if (!l) {
      fail(where, 'not a line of the bank file');
      continue;
    }
    if (seen.has(t.ref.row)) fail(where, 'listed twice');
    seen.add(t.ref.row);
    if (
      t.ref.file !== bf.file ||
      t.ref.date !== l.date ||
      t.ref.amount !== dec(l.amount) ||
      t.ref.text !== l.text ||
      (t.ref.reference ?? null) !== l.reference
    )
      fail(where, `ref ≠ file: ${JSON.stringify(t.ref)} vs ${JSON.stringify(l)}`);
    const exp = {
      auto: 'match',
      suggest: 'match',
      'bank-only': 'bank-only',
      none: 'no-counterpart',
      'reversal-pair': 'reversal-pair',
    }[t.decision];
    if (exp !== t.expect) fail(where, `decision ${t.decision} with expect ${t.expect}`);
    if ('mustNotAuto' in t && t.decision !== 'suggest') fail(where, 'mustNotAuto on a non-suggest line');
    if (t.decision === 'suggest' && typeof t.mustNotAuto !== 'boolean') fail(where, 'suggest without mustNotAuto');
    if (t.ledgerAnyOf) {
      if (t.ledger !== null || !t.ambiguous) fail(where, 'ledgerAnyOf needs ledger: null and ambiguous: true');
      if (t.ledgerAnyOf.length < 2) fail(where, 'ledgerAnyOf with fewer than two answers');
    } else if (t.ambiguous) fail(where, 'ambiguous without ledgerAnyOf');
    if (t.expect === 'match') {
      const sets = t.ledgerAnyOf ?? [t.ledger];
      if (!sets.every((s) => s.length > 0)) fail(where, 'match without ledger rows');
      const ents = sets.map((s) => s.map((r) => useLedger(r, where)).filter(Boolean));
      const isTie = t.traits.includes('tie-refused');
      if (isTie) {
        if (!t.mustNotAuto || t.decision !== 'suggest') fail(where, 'a tie must be suggest with mustNotAuto');
        for (const s of sets) for (const r of s) tieOnly.add(refKey(r));
        const a = ents.map((s) => s.reduce((x, e) => x + e.amount, 0));
        if (new Set(a).size !== 1 || a[0] !== l.amount) fail(where, 'tie answers must be equal and exact');
      } else if (t.ledgerAnyOf) {
        for (const s of sets)
          for (const r of s) ledgerUse.set(refKey(r), [...(ledgerUse.get(refKey(r)) ?? []), `twin:${t.ref.row}`]);
      } else if (t.group) {
        if (!groups.has(t.group)) groups.set(t.group, { lines: [], ledger: t.ledger.map(refKey).sort().join(',') });
        const g = groups.get(t.group);
        g.lines.push(l);
        if (g.ledger !== t.ledger.map(refKey).sort().join(','))
          fail(where, `group ${t.group} lines name different ledger rows`);
        if (g.lines.length === 1)
          for (const r of t.ledger) ledgerUse.set(refKey(r), [...(ledgerUse.get(refKey(r)) ?? []), `group:${t.group}`]);
      } else {
        for (const r of t.ledger) ledgerUse.set(refKey(r), [...(ledgerUse.get(refKey(r)) ?? []), `line:${t.ref.row}`]);
      }
      // amounts and the difference
      if (!t.group && !isTie) {
        for (const s of ents) {
          const lsumS = s.reduce((x, e) => x + e.amount, 0);
          const diff = l.amount - lsumS;
          if (t.decision === 'auto') {
            if (diff === 0 && t.difference !== undefined) fail(where, 'difference given for an exact match');
            if (diff !== 0 && t.difference !== dec(diff))
              fail(where, `difference ${t.difference} ≠ bank − ledger ${dec(diff)}`);
            if (Math.abs(diff) * 10 > Math.abs(lsumS)) fail(where, `auto gap above 10 % (${dec(diff)})`);
            if (diff > 0 && !t.traits.includes('over-payment')) fail(where, 'positive difference without over-payment');
            if (diff < 0 && !t.traits.some((x) => x.startsWith('short-')))
              fail(where, 'negative difference without a short-* trait');
          }
          if (t.traits.includes('part-payment') && !(l.amount > 0 && l.amount < lsumS))
            fail(where, 'part payment must be less than the booking');
          if (t.evidence === 'counterparty' && t.decision === 'auto' && diff !== 0)
            fail(where, 'name-only auto with a different amount');
          if (t.traits.includes('name-only') && t.decision === 'auto') {
            const e = s[0];
            const gap = (Date.parse(l.date) - Date.parse(e.date)) / 86400000;
            if (gap < 0 || gap > 2) fail(where, `name-only booked ${gap} days from the bank date`);
            const rivals = entries.filter((x) => x !== e && x.amount === e.amount);
            if (rivals.length) fail(where, `name-only amount ${dec(e.amount)} is not unique in the books`);
          }
          if (Math.sign(l.amount) !== Math.sign(lsumS)) fail(where, 'bank and ledger of opposite direction');
        }
      }
      if (t.evidence === 'reference') {
        const bankDigits = new Set([...digitsOf(l.text), ...digitsOf(l.reference)]);
        const bankJoined = `${l.text} ${l.reference ?? ''}`.replace(/[^0-9]/g, '');
        const ok = ents.some((s) =>
          s.every((e) => {
            const docs = `${e.text} ${e.reference ?? ''}`;
            // a number of the document as written, or its digit groups run together (year and serial joined)
            const groupsJoined = (docs.match(/[A-Za-z]*[-/ ]?\d+(?:[-/ ]\d+)+/g) ?? []).map((d) =>
              d.replace(/[^0-9]/g, ''),
            );
            // a year alone (2026, 26) is not a document number
            const years = new Set([
              truth.period.from.slice(0, 4),
              truth.period.from.slice(2, 4),
              String(Number(truth.period.from.slice(0, 4)) - 1),
            ]);
            return (
              digitsOf(docs).some((d) => d.length >= 2 && !years.has(d) && bankDigits.has(d)) ||
              groupsJoined.some((g) => g.length >= 6 && bankJoined.includes(g))
            );
          }),
        );
        if (!ok) fail(where, `evidence reference, but no document number of the ledger row is in the bank text`);
      }
      if (t.kind !== null || t.partner !== null) fail(where, 'match with kind/partner');
    } else {
      if (!Array.isArray(t.ledger) || t.ledger.length || t.ledgerAnyOf) fail(where, `${t.expect} with ledger rows`);
      if (t.expect === 'bank-only') {
        if (!['charge', 'levy', 'tax', 'interest', 'fee-vat'].includes(t.kind)) fail(where, `bank-only kind ${t.kind}`);
        if ((t.kind === 'interest') !== l.amount > 0) fail(where, 'only interest is money in among bank-only lines');
      } else if (t.kind !== null) fail(where, 'kind on a non bank-only line');
      if (t.expect === 'reversal-pair') {
        const p = truth.bank.find((x) => x.ref.row === t.partner?.row);
        if (!p || p.partner?.row !== t.ref.row || Number(p.ref.amount) !== -Number(t.ref.amount))
          fail(where, 'reversal partner does not point back or does not cancel');
      } else if (t.partner !== null) fail(where, 'partner on a non reversal line');
    }
  }
  for (const [g, v] of groups) {
    const e = ledgerByRow.get(Number(v.ledger.split(',')[0]));
    const s = v.lines.reduce((x, l) => x + l.amount, 0);
    if (v.lines.length < 2) fail(W, `group ${g} has one line`);
    if (e && s !== e.amount) fail(W, `group ${g} lines sum ${dec(s)} ≠ ledger ${dec(e.amount)}`);
  }
  for (const l of lines) if (!seen.has(l.row)) fail(W, `bank row ${l.row} missing from truth.bank`);
  // ------------------------------------------------------------ every ledger entry used exactly once
  const onlyRows = new Set();
  for (const o of truth.ledgerOnly) {
    useLedger(o, `${W} ledgerOnly`);
    if (!o.why) fail(W, `ledgerOnly row ${o.row} without why`);
    onlyRows.add(refKey(o));
  }
  for (const e of entries) {
    const k = `${e.row}`;
    const uses = ledgerUse.get(k) ?? [];
    const twins = uses.filter((u) => u.startsWith('twin:'));
    const other = uses.filter((u) => !u.startsWith('twin:'));
    const n = other.length + (twins.length ? 1 : 0) + (onlyRows.has(k) ? 1 : 0);
    if (n === 0 && !tieOnly.has(k)) fail(W, `ledger row ${e.row} used by nothing`);
    if (n > 1 || (n > 0 && tieOnly.has(k)))
      fail(W, `ledger row ${e.row} used more than once (${uses.join(',')}${onlyRows.has(k) ? ',ledgerOnly' : ''})`);
    if (twins.length && twins.length !== 2) fail(W, `twin ledger row ${e.row} listed by ${twins.length} lines`);
  }
  // ------------------------------------------------------------ reconcile JSON
  const rfile = path.join(dir, `reconcile.${bf.file}.json`);
  const doc = JSON.parse(fs.readFileSync(rfile, 'utf8'));
  if (!validateDoc(doc)) fail(`${W} reconcile JSON`, ajv.errorsText(validateDoc.errors));
  if (JSON.stringify(doc.options) !== JSON.stringify({ timezone: truth.timezone }))
    fail(W, 'reconcile options must hold only the timezone');
  if (
    doc.statement.from !== truth.period.from ||
    doc.statement.to !== truth.period.to ||
    doc.statement.bankBalance !== bf.closingBalance ||
    doc.statement.bookBalance !== lf.closingBalance
  )
    fail(W, 'reconcile statement ≠ truth');
  if (doc.bank.length !== lines.length) fail(W, 'reconcile bank count ≠ file');
  for (const b of doc.bank) {
    const row = Number(b.id.split('#')[1]);
    const l = lineByRow.get(row);
    if (
      !l ||
      b.id !== `${bf.file}#${row}` ||
      b.date !== l.date ||
      b.amount !== dec(l.amount) ||
      b.narration !== l.text ||
      b.reference !== l.reference ||
      b.balance !== dec(l.balance) ||
      b.currency !== truth.currency
    )
      fail(W, `reconcile bank ${b.id} ≠ file`);
  }
  if (doc.ledger.length !== entries.length) fail(W, 'reconcile ledger count ≠ file');
  for (const d of doc.ledger) {
    const row = Number(d.id.split('#')[1]);
    const e = ledgerByRow.get(row);
    if (
      !e ||
      d.id !== `${lf.file}#${row}` ||
      d.date !== e.date ||
      d.amount !== dec(e.amount) ||
      d.description !== e.text ||
      d.reference !== e.reference ||
      d.currency !== truth.currency
    )
      fail(W, `reconcile ledger ${d.id} ≠ file`);
  }
  // ------------------------------------------------------------ counts
  const dc = { auto: 0, suggest: 0, 'bank-only': 0, none: 0, 'reversal-pair': 0 };
  let mna = 0;
  let wo = 0;
  for (const t of truth.bank) {
    dc[t.decision] += 1;
    if (t.mustNotAuto) mna += 1;
    if ((t.decision === 'auto' || t.decision === 'suggest') && t.evidence !== 'reference') wo += 1;
  }
  const want = {
    ...entry,
    decisions: dc,
    bankLines: lines.length,
    ledgerRows: entries.length,
    mustNotAuto: mna,
    ledgerOnly: truth.ledgerOnly.length,
    matchedWithoutReference: wo,
    matched: dc.auto + dc.suggest,
  };
  if (JSON.stringify(want) !== JSON.stringify(entry)) fail(W, `index.json entry ≠ files: ${JSON.stringify(want)}`);
  if (lines.length < 100 || lines.length > 150) fail(W, `${lines.length} bank lines, outside 100–150`);
  if (entries.length < 70 || entries.length > 100) fail(W, `${entries.length} ledger rows, outside 70–100`);
  const traits = new Set(truth.bank.flatMap((t) => t.traits));
  for (const need of [
    'same-day-same-amount',
    'customer-refund',
    'twins',
    'tie-refused',
    'over-payment',
    'part-payment',
    'split-one-to-many',
    'split-many-to-one',
    'failed-transfer',
    'reversal',
    'resent-after-failure',
    'own-account',
    'payroll',
    'statutory',
    'unknown-payer',
    'unrecorded-card-purchase',
    'anonymous-payer',
    'name-written-differently',
    'name-only',
    'settlement-without-id',
    'fee-booked-separately',
  ]) {
    if (!traits.has(need)) fail(W, `no line with trait ${need}`);
  }
  for (const k of Object.keys(dc)) totals[k] += dc[k];
  totals.bankLines += lines.length;
  totals.ledgerRows += entries.length;
  console.log(`${W}: ${lines.length} bank lines, ${entries.length} ledger rows checked`);
}
if (JSON.stringify(totals) !== JSON.stringify(index.totals))
  fail('index.json', `totals ≠ sets: ${JSON.stringify(totals)}`);
const kinds = new Set(
  index.sets.flatMap((s) =>
    [...s.bankFiles, ...s.ledgerFiles].map(
      (f) => `${index.sets.find((x) => x.bankFiles.includes(f)) ? 'bank' : 'ledger'}:${path.extname(f)}`,
    ),
  ),
);
if (!kinds.has('bank:.xlsx') || !kinds.has('ledger:.xlsx'))
  fail('index.json', 'needs at least one XLSX bank file and one XLSX ledger file');

if (errors.length) {
  for (const e of errors) console.error(`✗ ${e}`);
  console.error(`${errors.length} problem(s)`);
  process.exit(1);
}
console.log('holdout20: all files, truth rows and reconcile documents check out');
