#!/usr/bin/env node
// Independent validator of bench/corpus/holdout18: re-reads every bank and ledger file (csv-parse, xlsx) by its
// own column knowledge, checks running balances, schema-checks every reconcile JSON (ajv 2020) and cross-checks
// every truth row (rows, dates, amounts, texts, decisions, differences, ledger use, counts in index.json).
//   node bench/corpus/holdout18-tools/validate-holdout18.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import XLSX from 'xlsx';
import Ajv2020 from 'ajv/dist/2020.js';
import { parseMinor, dec, serialToIso, MONTHS } from './lib.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../holdout18');
const REPO = path.resolve(HERE, '../../..');
const schema = JSON.parse(fs.readFileSync(path.join(REPO, 'docs/reconcile-input.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateDoc = ajv.compile(schema);

let problems = 0;
let checks = 0;
const fail = (where, msg) => {
  problems += 1;
  console.error(`✗ ${where}: ${msg}`);
};
const ok = (cond, where, msg) => {
  checks += 1;
  if (!cond) fail(where, msg);
  return cond;
};

// ---- dates as written --------------------------------------------------------------------------------------
function readDate(v) {
  if (typeof v === 'number') return serialToIso(v);
  const s = String(v ?? '').trim();
  let m;
  if ((m = /^(\d{2})-([A-Za-z]{3})-(\d{4})$/.exec(s)) || (m = /^(\d{2}) ([A-Za-z]{3}) (\d{4})$/.exec(s))) {
    const mi = MONTHS.indexOf(m[2]);
    if (mi < 0) return null;
    return `${m[3]}-${String(mi + 1).padStart(2, '0')}-${m[1]}`;
  }
  if ((m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(s))) return `${m[3]}-${m[2]}-${m[1]}`; // day first (all files here)
  if ((m = /^(\d{4})\/(\d{2})\/(\d{2})$/.exec(s))) return `${m[1]}-${m[2]}-${m[3]}`;
  return null;
}
const validIso = (iso) => {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
};
const daysBetween = (a, b) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400000);

// ---- files → rows (1-based spreadsheet rows) ---------------------------------------------------------------
function readGrid(file) {
  if (file.endsWith('.xlsx')) {
    const wb = XLSX.read(fs.readFileSync(file));
    const ws = wb.Sheets[wb.SheetNames[0]];
    const grid = XLSX.utils.sheet_to_json(ws, { header: 1, raw: true, blankrows: true, defval: '' });
    return grid;
  }
  const text = fs.readFileSync(file, 'utf8');
  ok(!text.includes('\n') || text.split('\r\n').length > 1, file, 'CSV lines end with CRLF');
  const firstData = text.split('\r\n').find((l) => l.includes(';') || l.includes(','));
  const delimiter = (firstData.match(/;/g) ?? []).length > (firstData.match(/,/g) ?? []).length ? ';' : ',';
  // one record per physical line: count rows exactly as an editor shows them
  return text
    .split('\r\n')
    .slice(0, -1)
    .map((line) => (line === '' ? [] : parse(line, { delimiter, relax_column_count: true })[0]));
}

/** Column layout per file, from the truth's readOptions (mapping) or the documented preset's header. */
function columnsFor(readOptions, header) {
  const idx = (name) => {
    const i = header.findIndex((h) => String(h).trim() === name);
    if (i < 0) throw new Error(`column "${name}" not in header ${JSON.stringify(header)}`);
    return i;
  };
  const m = readOptions.mapping;
  if (m) {
    const desc = Array.isArray(m.description) ? m.description : [m.description];
    return {
      date: idx(m.date),
      desc: desc.map(idx),
      ref: m.reference ? idx(m.reference) : null,
      party: m.party ? idx(m.party) : null,
      amount: m.amount ? idx(m.amount) : null,
      in: m.moneyIn ? idx(m.moneyIn) : null,
      out: m.moneyOut ? idx(m.moneyOut) : null,
      balance: m.balance ? idx(m.balance) : null,
    };
  }
  switch (readOptions.preset) {
    case 'ng-bank-statement':
      return {
        date: idx('Trans Date'),
        desc: [idx('Narration')],
        ref: idx('Reference'),
        party: null,
        amount: null,
        in: idx('Credit'),
        out: idx('Debit'),
        balance: idx('Balance'),
      };
    case 'quickbooks-general-ledger':
      return {
        date: idx('Date'),
        desc: [idx('Memo/Description')],
        ref: idx('Num'),
        party: idx('Name'),
        amount: idx('Amount'),
        in: null,
        out: null,
        balance: idx('Balance'),
      };
    case 'xero-account-transactions':
      return {
        date: idx('Date'),
        desc: [idx('Description')],
        ref: idx('Reference'),
        party: null,
        amount: null,
        in: idx('Debit'),
        out: idx('Credit'),
        balance: idx('Running Balance'),
      };
    default:
      throw new Error(`no column knowledge for ${JSON.stringify(readOptions)}`);
  }
}

const money = (v) => (typeof v === 'number' ? Math.round(v * 100) : parseMinor(v ?? ''));

/** Every row below the header with a valid date and money → { row, date, minor, text, ref, party, balance } */
function readEntries(file, headerRow, readOptions) {
  const grid = readGrid(file);
  const header = grid[headerRow - 1];
  const c = columnsFor(readOptions, header);
  const out = [];
  for (let i = headerRow; i < grid.length; i++) {
    const cells = grid[i] ?? [];
    const date = readDate(cells[c.date]);
    let minor = null;
    if (c.amount !== null) minor = money(cells[c.amount]);
    else {
      const a = money(cells[c.in]);
      const b = money(cells[c.out]);
      if (a !== null || b !== null) minor = (a ?? 0) - Math.abs(b ?? 0);
    }
    const balance = c.balance !== null ? money(cells[c.balance]) : null;
    if (date === null) {
      // undated rows must be headings, totals, balances or footers: never an entry
      continue;
    }
    ok(validIso(date), `${path.basename(file)} row ${i + 1}`, `date ${cells[c.date]} exists`);
    out.push({
      row: i + 1,
      date,
      minor,
      balance,
      text: c.desc.map((k) => String(cells[k] ?? '')).join(' — '),
      ref: c.ref !== null ? String(cells[c.ref] ?? '') : '',
      party: c.party !== null ? String(cells[c.party] ?? '') : '',
    });
  }
  return out;
}

// ---- one set --------------------------------------------------------------------------------------------------
function validateSet(dir) {
  const set = path.basename(dir);
  const truth = JSON.parse(fs.readFileSync(path.join(dir, 'truth.json'), 'utf8'));
  const W = (m) => `${set}: ${m}`;
  ok(truth.set === set, W('truth.set'), `names the folder (${truth.set})`);
  for (const k of [
    'country',
    'currency',
    'timezone',
    'period',
    'seed',
    'bankFiles',
    'ledgerFiles',
    'notes',
    'bank',
    'ledgerOnly',
  ])
    ok(k in truth, W('truth'), `has ${k}`);

  const ledgerByKey = new Map();
  const ledgerRows = [];
  for (const lf of truth.ledgerFiles) {
    const rows = readEntries(path.join(dir, lf.file), lf.headerRow, lf.readOptions);
    const nonEntry = new Set((lf.nonEntryRows ?? []).map((r) => r.row));
    for (const r of rows) {
      if (nonEntry.has(r.row)) {
        ok(/opening/i.test(r.text), W(`${lf.file} row ${r.row}`), 'non-entry row is an opening balance');
        continue;
      }
      ok(r.minor !== null && r.minor !== 0, W(`${lf.file} row ${r.row}`), 'entry has money');
      const key = `${lf.file}#${r.row}`;
      ledgerByKey.set(key, { ...r, file: lf.file });
      ledgerRows.push({ ...r, file: lf.file, key });
    }
    for (const n of nonEntry)
      ok(
        rows.some((r) => r.row === n),
        W(`${lf.file} nonEntryRows`),
        `row ${n} is a dated row with money`,
      );
    // running balance where the export writes one
    const withBal = rows.filter((r) => r.balance !== null && !nonEntry.has(r.row));
    if (withBal.length) {
      let bal = parseMinor(truth.bankFiles[0].openingBalance);
      for (const r of withBal) {
        bal += r.minor;
        ok(bal === r.balance, W(`${lf.file} row ${r.row}`), `running balance ${dec(bal)} = ${dec(r.balance)}`);
      }
    }
    const sum = ledgerRows.filter((r) => r.file === lf.file).reduce((a, r) => a + r.minor, 0);
    ok(
      dec(parseMinor(truth.bankFiles[0].openingBalance) + sum) === lf.bookBalance,
      W(lf.file),
      `book balance ${lf.bookBalance} = opening + entries`,
    );
  }

  const bankRowsByFile = new Map();
  for (const bf of truth.bankFiles) {
    const rows = readEntries(path.join(dir, bf.file), bf.headerRow, bf.readOptions);
    const nonEntry = new Set((bf.nonEntryRows ?? []).map((r) => r.row));
    const entries = rows.filter((r) => !nonEntry.has(r.row));
    for (const n of nonEntry) {
      const r = rows.find((x) => x.row === n);
      ok(r && r.minor === null && r.balance !== null, W(`${bf.file} nonEntryRows`), `row ${n} is a balance-only row`);
    }
    for (const r of entries) ok(r.minor !== null && r.minor !== 0, W(`${bf.file} row ${r.row}`), 'line has money');
    const chrono = bf.order === 'newest-first' ? [...entries].reverse() : entries;
    ok(['oldest-first', 'newest-first'].includes(bf.order), W(bf.file), 'order is stated');
    let bal = parseMinor(bf.openingBalance);
    let prevDate = '';
    for (const r of chrono) {
      bal += r.minor;
      ok(bal === r.balance, W(`${bf.file} row ${r.row}`), `running balance ${dec(bal)} = ${dec(r.balance)}`);
      ok(r.date >= prevDate, W(`${bf.file} row ${r.row}`), `dates in ${bf.order} order`);
      ok(
        r.date >= truth.period.from && r.date <= truth.period.to,
        W(`${bf.file} row ${r.row}`),
        'date within the period',
      );
      prevDate = r.date;
    }
    ok(dec(bal) === bf.closingBalance, W(bf.file), `closing balance ${bf.closingBalance}`);
    bankRowsByFile.set(bf.file, entries);
    const n = entries.length;
    ok(n >= 100 && n <= 150, W(bf.file), `100–150 bank lines (${n})`);
  }
  ok(ledgerRows.length >= 70 && ledgerRows.length <= 100, W('ledger'), `70–100 ledger rows (${ledgerRows.length})`);

  // truth.bank: one entry per bank row with money, in file order, matching the file
  const allBank = [...bankRowsByFile.entries()].flatMap(([file, rows]) => rows.map((r) => ({ ...r, file })));
  ok(
    truth.bank.length === allBank.length,
    W('truth.bank'),
    `one entry per bank row (${truth.bank.length} vs ${allBank.length})`,
  );
  const bankByKey = new Map(allBank.map((r) => [`${r.file}#${r.row}`, r]));
  truth.bank.forEach((e, i) => {
    const r = allBank[i];
    if (!r) return;
    const w = W(`bank ${e.ref.file}#${e.ref.row}`);
    ok(e.ref.file === r.file && e.ref.row === r.row, w, `in file order (file row ${r.row})`);
    ok(e.ref.date === r.date, w, `date ${e.ref.date} = ${r.date}`);
    ok(parseMinor(e.ref.amount) === r.minor, w, `amount ${e.ref.amount} = ${dec(r.minor)}`);
    ok(e.ref.text === r.text, w, `text "${e.ref.text}" = "${r.text}"`);
  });

  const lkey = (x) => `${x.file}#${x.row}`;
  const checkLedgerRef = (x, w) => {
    const r = ledgerByKey.get(lkey(x));
    if (!ok(!!r, w, `ledger ${lkey(x)} is an entry row`)) return 0;
    ok(r.date === x.date, w, `ledger ${lkey(x)} date ${x.date} = ${r.date}`);
    ok(parseMinor(x.amount) === r.minor, w, `ledger ${lkey(x)} amount ${x.amount} = ${dec(r.minor)}`);
    return r.minor;
  };

  const EXP = {
    auto: 'match',
    suggest: 'match',
    none: 'no-counterpart',
    'bank-only': 'bank-only',
    'reversal-pair': 'reversal-pair',
  };
  const used = new Map(); // ledger key → users
  const use = (k, who) => used.set(k, [...(used.get(k) ?? []), who]);
  const groups = new Map();
  const counts = {};
  for (const e of truth.bank) {
    const w = W(`bank ${e.ref.file}#${e.ref.row} (${e.ref.text})`);
    const me = lkey(e.ref);
    counts[e.decision] = (counts[e.decision] ?? 0) + 1;
    ok(EXP[e.decision] === e.expect, w, `expect ${e.expect} fits decision ${e.decision}`);
    ok(Array.isArray(e.traits), w, 'traits is a list');
    ok(['reference', 'counterparty', 'amount'].includes(e.evidence), w, `evidence ${e.evidence}`);
    if (e.decision === 'suggest') ok(typeof e.mustNotAuto === 'boolean', w, 'suggest states mustNotAuto');
    else ok(!('mustNotAuto' in e), w, 'mustNotAuto only on suggest');
    if ('difference' in e) ok(e.decision === 'auto', w, 'difference only on auto');
    if (e.decision === 'auto' || e.decision === 'suggest') {
      if (e.ledgerAnyOf) {
        ok(e.ledger === null && e.ambiguous === true, w, 'ledgerAnyOf goes with ledger null, ambiguous');
        const sums = e.ledgerAnyOf.map((set) => set.reduce((a, x) => a + checkLedgerRef(x, w), 0));
        ok(new Set(sums).size === 1, w, 'every ledgerAnyOf set has the same total');
        ok(e.ledgerAnyOf.length >= 2, w, 'ledgerAnyOf lists at least two answers');
        for (const set of e.ledgerAnyOf)
          for (const x of set) use(lkey(x), `anyOf:${e.traits.includes('twins') ? 'twins' : 'tie'}:${me}`);
        if (e.decision === 'suggest') ok(e.mustNotAuto === true, w, 'a tie must not be auto-confirmed');
        if (e.decision === 'auto') ok(e.traits.includes('twins'), w, 'auto with ledgerAnyOf only for twins');
        ok(parseMinor(e.ref.amount) === sums[0] || e.group, w, 'twins/ties are exact amounts');
      } else {
        ok(Array.isArray(e.ledger) && e.ledger.length > 0, w, 'match has ledger rows');
        ok(e.ambiguous === false, w, 'not ambiguous without ledgerAnyOf');
        const lsum = e.ledger.reduce((a, x) => a + checkLedgerRef(x, w), 0);
        if (e.group) {
          const g = groups.get(e.group) ?? {
            lines: [],
            ledger: JSON.stringify(e.ledger.map(lkey).sort()),
            lsum,
            decision: e.decision,
          };
          g.lines.push(e);
          ok(g.ledger === JSON.stringify(e.ledger.map(lkey).sort()), w, `group ${e.group} lines share the ledger rows`);
          groups.set(e.group, g);
        } else {
          for (const x of e.ledger) use(lkey(x), me);
          const diff = parseMinor(e.ref.amount) - lsum;
          if (e.decision === 'auto') {
            ok(
              dec(diff) === (e.difference ?? '0.00'),
              w,
              `difference ${e.difference ?? '0.00'} = bank − ledger ${dec(diff)}`,
            );
            ok(Math.abs(diff) * 10 <= Math.abs(lsum), w, `auto gap ${dec(diff)} within 10 % of ${dec(lsum)}`);
          } else if (e.traits.includes('part-payment')) {
            ok(Math.abs(parseMinor(e.ref.amount)) < Math.abs(lsum), w, 'part payment is less than the invoice');
          }
        }
        // what the text carries fits the stated evidence
        const b = bankByKey.get(me);
        const btext = `${b?.text ?? ''} ${b?.ref ?? ''}`.toUpperCase();
        const serials = e.ledger.map((x) => ledgerByKey.get(lkey(x))).filter(Boolean);
        if (e.evidence === 'reference' && !e.traits.includes('cheque-number')) {
          const hit = serials.some((r) => {
            if (r.ref && btext.includes(r.ref.toUpperCase())) return true;
            const toks = `${r.ref} ${r.text}`.split(/\s+/).filter((t) => /\d/.test(t) && t.length >= 4);
            if (toks.some((t) => btext.includes(t.toUpperCase()))) return true;
            const d = `${r.ref} ${r.text}`.match(/\d{3,}/g) ?? [];
            const dnz = d.map((x) => String(Number(x.slice(-6))));
            return dnz.some((x) =>
              btext
                .replace(/\D+/g, ' ')
                .split(' ')
                .some((t) => t && t.endsWith(x)),
            );
          });
          ok(hit, w, 'a reference-evidence line carries a number of its ledger row');
        }
        if (e.evidence === 'counterparty' && e.decision === 'auto') {
          for (const r of serials) {
            const inv = (r.ref.match(/\d{3,}/g) ?? []).map((x) => String(Number(x)));
            ok(
              !inv.some((x) => btext.replace(/\D+/g, ' ').split(' ').includes(x)),
              w,
              'a name-only line quotes no document number',
            );
            ok(Math.abs(daysBetween(r.date, e.ref.date)) <= 3, w, 'name-only auto is within 3 days of the entry');
            const same = ledgerRows.filter((x) => x.minor === r.minor);
            ok(same.length === 1, w, `name-only auto amount ${dec(r.minor)} is unique in the books`);
            // no combination of the payer's other rows (two or three) makes the same amount either
            const partyOf = (x) => (x.party || x.text.split(' - ')[0]).toLowerCase();
            const mine = ledgerRows.filter((x) => x.key !== r.key && partyOf(x) === partyOf(r)).map((x) => x.minor);
            let combo = false;
            for (let a = 0; a < mine.length; a++)
              for (let b = a + 1; b < mine.length; b++) {
                if (mine[a] + mine[b] === r.minor) combo = true;
                for (let c = b + 1; c < mine.length; c++) if (mine[a] + mine[b] + mine[c] === r.minor) combo = true;
              }
            ok(!combo, w, "no combination of the payer's other rows makes a name-only amount");
          }
        }
      }
    } else {
      ok(Array.isArray(e.ledger) && e.ledger.length === 0, w, 'non-match has ledger []');
      ok(!e.ledgerAnyOf, w, 'no ledgerAnyOf on a non-match');
    }
    if (e.decision === 'bank-only') {
      ok(['charge', 'levy', 'tax', 'interest', 'fee-vat'].includes(e.kind), w, `kind ${e.kind}`);
      ok(!truth.bank.some((x) => x.rule), w, 'no rules in this corpus');
    } else ok(e.kind === null, w, 'kind only on bank-only');
    if (e.decision === 'reversal-pair') {
      const p = e.partner && truth.bank.find((x) => lkey(x.ref) === lkey(e.partner));
      if (ok(!!p, w, 'partner exists')) {
        ok(p.decision === 'reversal-pair' && lkey(p.partner) === me, w, 'partner points back');
        ok(parseMinor(p.ref.amount) === -parseMinor(e.ref.amount), w, 'the pair cancels');
      }
    } else ok(e.partner === null, w, 'partner only on reversal-pair');
  }
  for (const [g, v] of groups) {
    const w = W(`group ${g}`);
    ok(v.lines.length >= 2, w, 'a group has two or more lines');
    const bsum = v.lines.reduce((a, e) => a + parseMinor(e.ref.amount), 0);
    ok(
      v.decision !== 'auto' || dec(bsum - v.lsum) === (v.lines[0].difference ?? '0.00'),
      w,
      `group sums to its ledger rows (${dec(bsum)} vs ${dec(v.lsum)})`,
    );
    for (const k of JSON.parse(v.ledger)) use(k, `group:${g}`);
  }
  // each ledger row: used by exactly one expectation, or books-only, or the spare of a tie
  const only = new Set(truth.ledgerOnly.map(lkey));
  for (const o of truth.ledgerOnly) checkLedgerRef(o, W(`ledgerOnly ${lkey(o)}`));
  for (const r of ledgerRows) {
    const u = used.get(r.key) ?? [];
    const w = W(`ledger ${r.key} (${r.text})`);
    if (only.has(r.key)) ok(u.length === 0, w, 'a books-only row is in no expectation');
    else if (u.every((x) => x.startsWith('anyOf:')))
      ok(u.length >= 1, w, 'row is used (match, twin, tie or books-only)');
    else ok(u.length === 1, w, `used by exactly one expectation (${u.join(', ')})`);
  }

  // reconcile JSON per bank file
  for (const bf of truth.bankFiles) {
    const f = path.join(dir, `reconcile.${bf.file}.json`);
    const doc = JSON.parse(fs.readFileSync(f, 'utf8'));
    const w = W(path.basename(f));
    if (!ok(validateDoc(doc), w, `valid against the schema ${JSON.stringify(validateDoc.errors?.slice(0, 3))}`))
      continue;
    ok(
      JSON.stringify(doc.options) === JSON.stringify({ timezone: truth.timezone }),
      w,
      'options hold only the timezone',
    );
    const rows = bankRowsByFile.get(bf.file);
    ok(doc.bank.length === rows.length, w, 'every bank line of the file');
    for (const [i, l] of doc.bank.entries()) {
      const r = rows[i];
      ok(l.id === `${bf.file}#${r.row}`, w, `bank id ${l.id}`);
      ok(
        l.date === r.date && parseMinor(l.amount) === r.minor && l.narration === r.text,
        w,
        `bank ${l.id} = the file row`,
      );
      ok((l.reference ?? '') === r.ref && l.currency === truth.currency, w, `bank ${l.id} reference/currency`);
      ok(parseMinor(l.balance) === r.balance, w, `bank ${l.id} balance`);
    }
    ok(doc.ledger.length === ledgerRows.length, w, 'every ledger entry of the account');
    for (const l of doc.ledger) {
      const r = ledgerByKey.get(l.id);
      if (!ok(!!r, w, `ledger id ${l.id} is an entry row`)) continue;
      ok(l.date === r.date && parseMinor(l.amount) === r.minor, w, `ledger ${l.id} = the file row`);
      ok(
        (l.reference ?? '') === r.ref && (l.description ?? '') === r.text && (l.party ?? '') === r.party,
        w,
        `ledger ${l.id} texts`,
      );
      ok(l.account === bf.ledgerAccount && l.currency === truth.currency, w, `ledger ${l.id} account/currency`);
    }
    ok(doc.statement.bankBalance === bf.closingBalance, w, 'statement.bankBalance is the closing balance');
    ok(doc.statement.bookBalance === truth.ledgerFiles[0].bookBalance, w, 'statement.bookBalance is the books');
    ok(doc.statement.from === truth.period.from && doc.statement.to === truth.period.to, w, 'statement period');
  }
  return {
    set,
    counts,
    bankLines: truth.bank.length,
    ledgerRows: ledgerRows.length,
    ledgerOnly: truth.ledgerOnly.length,
  };
}

const index = JSON.parse(fs.readFileSync(path.join(ROOT, 'index.json'), 'utf8'));
const dirs = fs
  .readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => path.join(ROOT, d.name));
ok(dirs.length === 4, 'holdout18', `four sets (${dirs.length})`);
for (const d of dirs) {
  const r = validateSet(d);
  const s = index.sets.find((x) => x.set === r.set);
  if (!ok(!!s, 'index.json', `lists ${r.set}`)) continue;
  ok(
    s.bankLines === r.bankLines && s.ledgerRows === r.ledgerRows && s.ledgerOnly === r.ledgerOnly,
    'index.json',
    `${r.set} counts`,
  );
  for (const k of ['auto', 'suggest', 'bank-only', 'none', 'reversal-pair'])
    ok((r.counts[k] ?? 0) === s.decisions[k], 'index.json', `${r.set} ${k} ${s.decisions[k]} = ${r.counts[k] ?? 0}`);
  console.log(`${r.set}: ${r.bankLines} bank lines, ${r.ledgerRows} ledger rows, ${r.ledgerOnly} books-only`, r.counts);
}
console.log(problems ? `✗ ${problems} problem(s) in ${checks} checks` : `✓ ${checks} checks passed`);
process.exit(problems ? 1 : 0);
