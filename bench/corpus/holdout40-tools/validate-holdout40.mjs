#!/usr/bin/env node
// Validates holdout40 from its files alone: re-reads every statement and ledger export through truth.json's read
// options, checks balances, rows, decisions and evidence, the reconcile documents (schema and field by field) and
// index.json. Imports nothing of the generator: the evidence rule and the readers are restated here.
//   node bench/corpus/holdout40-tools/validate-holdout40.mjs [DIR]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDecoder } from 'node:util';
import * as XLSX from 'xlsx';
import Ajv2020 from 'ajv/dist/2020.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = process.argv[2] ?? join(here, '..', 'holdout40');
const repo = join(here, '..', '..', '..');
const problems = [];
const report = (where, msg) => problems.push(`${where}: ${msg}`);

// ------------------------------------------------------------------------------------------------ money and dates

/** minor units of a decimal text "-1234.5" (no floats) */
function minorOfDecimal(text) {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!m) throw new Error(`not a decimal: ${text}`);
  const v = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -v : v;
}
const decimalOfMinor = (minor) => {
  const s = String(Math.abs(minor)).padStart(3, '0');
  return `${minor < 0 ? '-' : ''}${s.slice(0, -2)}.${s.slice(-2)}`;
};

/** a money cell as written: a spreadsheet number (through its decimal text) or a grouped text */
function moneyOf(cell, decimalSeparator) {
  if (cell === null || cell === undefined || cell === '') return null;
  if (typeof cell === 'number') return minorOfDecimal(String(cell));
  let s = String(cell).trim();
  if (s === '') return null;
  if (decimalSeparator === ',') s = s.replace(/[.\s\u00a0]/g, '').replace(',', '.');
  else s = s.replace(/[,\s']/g, '');
  return minorOfDecimal(s);
}

const MON = { JAN: 1, FEB: 2, MAR: 3, APR: 4, MAY: 5, JUN: 6, JUL: 7, AUG: 8, SEP: 9, OCT: 10, NOV: 11, DEC: 12 };
const isoOf = (y, m, d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
/** a date cell: a serial, or text in one of the writings this corpus uses */
function dateOf(cell, dateOrder) {
  if (cell === null || cell === undefined || cell === '') return null;
  if (typeof cell === 'number') return new Date(Date.UTC(1899, 11, 30) + cell * 86400000).toISOString().slice(0, 10);
  const s = String(cell).trim();
  let m;
  if ((m = /^(\d{4})[-/](\d{2})[-/](\d{2})$/.exec(s))) return isoOf(m[1], +m[2], +m[3]);
  if ((m = /^(\d{2})[- ]([A-Za-z]{3})[- ](\d{4})$/.exec(s)) && MON[m[2].toUpperCase()])
    return isoOf(m[3], MON[m[2].toUpperCase()], +m[1]);
  if ((m = /^(\d{2})[/.](\d{2})[/.](\d{4})$/.exec(s))) {
    if (dateOrder === 'DMY') return isoOf(m[3], +m[2], +m[1]);
    if (dateOrder === 'MDY') return isoOf(m[3], +m[1], +m[2]);
    throw new Error(`numeric date ${s} without a dateOrder`);
  }
  return 'not-a-date';
}
const realDate = (d) => {
  const t = new Date(`${d}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d;
};
const workingDay = (d, holidays) => {
  const w = new Date(`${d}T00:00:00Z`).getUTCDay();
  return w !== 0 && w !== 6 && !holidays.includes(d);
};

// ------------------------------------------------------------------------------------------------ reading files

/** CSV records: CRLF required, BOM dropped, quotes honoured; text decoded as UTF-8, else Windows-1252 */
function csvRecords(bytes, where) {
  let buf = bytes;
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    text = new TextDecoder('windows-1252').decode(buf);
  }
  if (/[^\r]\n/.test(text) || /\r[^\n]/.test(text)) report(where, 'line breaks are not CRLF');
  const lines = text.split('\r\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}
function splitCsv(line, delimiter) {
  const out = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/** the file as rows of cells (1-based row numbers as a spreadsheet shows them) */
function readGrid(path, opts, headerRow, where) {
  const bytes = readFileSync(path);
  if (path.endsWith('.csv')) {
    const lines = csvRecords(bytes, where);
    const header = lines[headerRow - 1] ?? '';
    const names = Object.values(opts.mapping).flat();
    const delimiter = [',', ';', '\t', '|'].find((d) => names.every((n) => splitCsv(header, d).includes(n)));
    if (!delimiter) throw new Error(`no delimiter splits header row ${headerRow} into the mapped columns`);
    return lines.map((l) => splitCsv(l, delimiter));
  }
  const wb = XLSX.read(bytes, { type: 'buffer' });
  const ws = wb.Sheets[opts.sheet];
  if (!ws) throw new Error(`no sheet ${opts.sheet}`);
  const range = XLSX.utils.decode_range(ws['!ref']);
  const grid = [];
  for (let r = 0; r <= range.e.r; r++) {
    const row = [];
    for (let c = 0; c <= range.e.c; c++) {
      const cell = ws[XLSX.utils.encode_cell({ r, c })];
      row.push(cell ? cell.v : null);
    }
    grid.push(row);
  }
  return grid;
}

/**
 * The mapped rows of a file: entries (dated, with money) and the undated rows with money. A dated row must carry
 * money; an undated row with money must be listed as a non-entry row.
 */
function readMapped(dir, spec, where) {
  const opts = spec.readOptions;
  const grid = readGrid(join(dir, spec.file), opts, spec.headerRow, where);
  const header = grid[spec.headerRow - 1].map((h) => (h === null ? '' : String(h)));
  const col = (name) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`no column ${name} in header row ${spec.headerRow}`);
    return i;
  };
  const mp = opts.mapping;
  const descCols = [mp.description].flat().map(col);
  const cell = (row, name) => (name ? (row[col(name)] ?? null) : null);
  const text = (v) => (v === null || v === undefined ? '' : String(v));
  const entries = [];
  const undatedMoney = [];
  for (let r = spec.headerRow + 1; r <= grid.length; r++) {
    const row = grid[r - 1];
    if (!row || row.every((c) => c === null || c === '')) continue;
    const date = dateOf(cell(row, mp.date), opts.dateOrder);
    let amount;
    let both = false;
    if (mp.amount) amount = moneyOf(cell(row, mp.amount), opts.decimalSeparator);
    else {
      const inn = moneyOf(cell(row, mp.moneyIn), opts.decimalSeparator);
      const outt = moneyOf(cell(row, mp.moneyOut), opts.decimalSeparator);
      both = inn !== null && outt !== null;
      amount = inn !== null ? inn : outt !== null ? -outt : null;
    }
    if (date === 'not-a-date') {
      if (amount !== null) report(where, `row ${r}: text in the date column and money`);
      continue;
    }
    if (date === null) {
      if (amount !== null) undatedMoney.push(r);
      continue;
    }
    if (amount === null) {
      report(where, `row ${r} is dated but carries no money`);
      continue;
    }
    if (both) report(where, `row ${r} has money in both columns`);
    entries.push({
      row: r,
      date,
      amount,
      text: descCols.map((i) => text(row[i])).join(' — '),
      reference: text(cell(row, mp.reference)),
      party: text(cell(row, mp.party)),
      account: mp.account ? text(cell(row, mp.account)) : null,
      balance: moneyOf(cell(row, mp.balance), opts.decimalSeparator),
    });
  }
  const listed = (spec.nonEntryRows ?? []).map((n) => n.row);
  for (const r of undatedMoney)
    if (!listed.includes(r)) report(where, `undated row ${r} with money is not a nonEntryRow`);
  for (const r of listed)
    if (!undatedMoney.includes(r)) report(where, `nonEntryRow ${r} is not an undated row with money`);
  return entries;
}

// ------------------------------------------------------------------------------------------------ the evidence rule

const GENERIC = new Set(
  `from with payment payments transfer transfers invoice invoices inflow outflow limited bank banks deposit cash
  salary salaries charge charges settlement settlements reversal account accounts levy electronic money company
  services service part balance final first second refund being this that supply supplies goods january february
  march april june july august september october november december payable paid total transaction nigeria
  nigerian ghana kenya africa african south enterprises ventures holdings group international trading
  industries stores store partial instalment against credit debit note notes order number inward outward
  clearing cheque swift pesalink instant merchant payout sweep batch bulk staff beneficiaries fees alert
  incasso fattura fatt fatture pagamento fornitore fornitori stipendi bonifico versamento contanti giroconto saldo
  rata acconto nota credito ritenuta rimborso cliente clienti vendite commissioni assegno distinta settembre
  ottobre contributi pensione utenze energia elettrica acqua banca
  cobro factura facturas pago proveedor nomina transferencia comision devolucion abono cuenta deposito efectivo
  liquidacion rectificativa cheque traspaso desde hacia suministro cotizaciones octubre noviembre
  reglement facture factures virement paiement fournisseur salaires remise especes avoir remboursement frais
  prelevement solde client decembre novembre interne vers cheque commission lot`.split(/\s+/),
);

/** numbers: each maximal digit chain (joined by one - / . or space), every contiguous stretch of it */
function numbersIn(text) {
  const found = new Set();
  const chains = String(text).match(/\d+(?:[-/. ]\d+)*/g) ?? [];
  for (const chain of chains) {
    const runs = chain.split(/[-/. ]/);
    for (let a = 0; a < runs.length; a++) {
      for (let b = a + 1; b <= runs.length; b++) {
        const stretch = runs.slice(a, b);
        if (stretch.length === 1 && /^(19|20)\d{2}$/.test(stretch[0])) continue;
        if (stretch.length > 1 && /^20[23]\d$/.test(stretch[0])) continue;
        let n = stretch.join('');
        if (stretch.length === 1 && n.length > 4 && /^20[23]\d/.test(n)) n = n.slice(4);
        n = n.replace(/^0+/, '');
        if (n.length > 2) found.add(n);
      }
    }
  }
  return found;
}
function wordsIn(text) {
  const plain = String(text).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return new Set((plain.match(/[a-z]{4,}/g) ?? []).filter((w) => !GENERIC.has(w)));
}
function evidence(bankTexts, bookTexts) {
  const union = (f, xs) => new Set(xs.flatMap((x) => [...f(x)]));
  const bn = union(numbersIn, bankTexts);
  const kn = union(numbersIn, bookTexts);
  for (const n of bn) if (kn.has(n)) return 'reference';
  const bw = union(wordsIn, bankTexts);
  const kw = union(wordsIn, bookTexts);
  for (const w of bw) if (kw.has(w)) return 'counterparty';
  return 'amount';
}

// ------------------------------------------------------------------------------------------------ one set

const EXPECT_OF = {
  auto: 'match',
  suggest: 'match',
  none: 'no-counterpart',
  'bank-only': 'bank-only',
  'reversal-pair': 'reversal-pair',
};
const REASONS = ['part-payment', 'short-net-of-fee', 'books-amount-transposed'];

function validateSet(dir, setName, validateDoc, indexEntry) {
  const W = setName;
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
  const holidays = truth.publicHolidays ?? [];
  const inPeriod = (d) => d >= truth.period.from && d <= truth.period.to;
  const bf = truth.bankFiles[0];
  const lf = truth.ledgerFiles[0];
  const where = `${W}/${bf.file}`;
  const lwhere = `${W}/${lf.file}`;

  // ---- the statement
  const lines = readMapped(dir, bf, where);
  if (lines.length < 55 || lines.length > 120) report(where, `${lines.length} lines (55–120 expected)`);
  const posting = bf.order === 'newest-first' ? [...lines].reverse() : lines;
  let run = minorOfDecimal(bf.openingBalance);
  let prev = '';
  for (const l of posting) {
    run += l.amount;
    if (l.balance !== null && l.balance !== run) report(where, `row ${l.row}: balance ${l.balance} but running ${run}`);
    if (run < 0) report(where, `row ${l.row}: overdraft`);
    if (!realDate(l.date) || !inPeriod(l.date) || !workingDay(l.date, holidays))
      report(where, `row ${l.row}: ${l.date} is not a working day of the period`);
    if (l.date < prev) report(where, `row ${l.row}: dates out of order`);
    prev = l.date;
  }
  if (run !== minorOfDecimal(bf.closingBalance))
    report(where, `opening + lines = ${run}, closing ${bf.closingBalance}`);
  if (truth.bank.length !== lines.length)
    report(where, `${lines.length} lines with money, ${truth.bank.length} in truth`);
  truth.bank.forEach((b, i) => {
    const l = lines[i];
    if (!l) return;
    const r = b.ref;
    if (r.file !== bf.file || r.row !== l.row || r.date !== l.date || minorOfDecimal(r.amount) !== l.amount)
      report(where, `truth line ${i} (${r.row}) is not row ${l.row} ${l.date} ${l.amount}`);
    if (r.text !== l.text) report(where, `row ${l.row}: text "${r.text}" but the cell says "${l.text}"`);
    if ((r.reference ?? '') !== l.reference) report(where, `row ${l.row}: reference differs from the cell`);
  });
  const lineAt = new Map(lines.map((l) => [l.row, l]));

  // ---- the ledger
  const rows = readMapped(dir, lf, lwhere);
  run = minorOfDecimal(lf.openingBalance);
  prev = '';
  for (const r of rows) {
    run += r.amount;
    if (r.balance !== null && r.balance !== run)
      report(lwhere, `row ${r.row}: balance ${r.balance} but running ${run}`);
    if (run < 0) report(lwhere, `row ${r.row}: overdraft in the books`);
    if (!realDate(r.date) || !inPeriod(r.date) || !workingDay(r.date, holidays))
      report(lwhere, `row ${r.row}: ${r.date} is not a working day of the period`);
    if (r.date < prev) report(lwhere, `row ${r.row}: dates out of order`);
    prev = r.date;
    if (r.account !== null && r.account !== bf.ledgerAccount) report(lwhere, `row ${r.row}: account ${r.account}`);
  }
  if (run !== minorOfDecimal(lf.closingBalance))
    report(lwhere, `opening + rows = ${run}, closing ${lf.closingBalance}`);
  const rowAt = new Map(rows.map((r) => [r.row, r]));
  const rowOf = (ref, w) => {
    const r = ref.file === lf.file ? rowAt.get(ref.row) : undefined;
    if (!r || r.date !== ref.date || r.amount !== minorOfDecimal(ref.amount)) {
      report(w, `ledger ref ${ref.file}#${ref.row} ${ref.date} ${ref.amount} is not a row of that date and amount`);
      return null;
    }
    return r;
  };

  // ---- decisions, ownership, evidence
  const owner = new Map(rows.map((r) => [r.row, new Set()]));
  const groups = new Map();
  const bankTexts = (l) => [l.text, l.reference];
  const bookTexts = (rs) => rs.flatMap((r) => [r.reference, r.text, r.party]);
  truth.bank.forEach((b, i) => {
    const w = `${W} line row ${b.ref.row}`;
    const l = lineAt.get(b.ref.row);
    if (!l) return;
    if (EXPECT_OF[b.decision] !== b.expect) report(w, `expect ${b.expect} with decision ${b.decision}`);
    if ((b.decision === 'suggest') !== (typeof b.mustNotAuto === 'boolean'))
      report(w, 'mustNotAuto only and always on suggest');
    if ((b.decision === 'bank-only') !== (typeof b.kind === 'string' && b.kind.length > 0))
      report(w, 'kind only and always on bank-only');
    const anyOf = Array.isArray(b.ledgerAnyOf);
    if (anyOf !== (b.ledger === null && (b.decision === 'auto' || b.decision === 'suggest')) || anyOf !== b.ambiguous)
      report(w, 'ledgerAnyOf, ledger null and ambiguous go together');
    if (anyOf && !b.traits.includes('twins') && !b.traits.includes('tie')) report(w, 'options without twins or tie');
    if (b.traits.includes('tie') && !(b.decision === 'suggest' && b.mustNotAuto === true))
      report(w, 'a tie must be a refused suggestion');
    if (b.traits.includes('twins') && b.decision !== 'auto') report(w, 'twins are auto');
    const sameAmountRows = rows.filter((r) => r.amount === l.amount);
    if (b.decision === 'reversal-pair') {
      const p = b.partner && truth.bank.find((x) => x.ref.row === b.partner.row);
      if (!p || p.partner?.row !== b.ref.row || minorOfDecimal(p.ref.amount) !== -l.amount)
        report(w, 'partner does not point back or does not cancel');
      if (b.ledger !== null) report(w, 'a reversal with ledger rows');
      return;
    }
    if (b.decision === 'none' || b.decision === 'bank-only') {
      if (b.ledger !== null || b.evidence !== null) report(w, `${b.decision} with ledger or evidence`);
      if (sameAmountRows.length) report(w, `a book row of the amount of a ${b.decision} line`);
      return;
    }
    const options = (anyOf ? b.ledgerAnyOf : [b.ledger]).map((o) => o.map((ref) => rowOf(ref, w)));
    if (options.some((o) => o.includes(null) || !o.length)) return;
    const key = anyOf
      ? `anyOf:${options
          .flat()
          .map((r) => r.row)
          .sort()
          .join(',')}`
      : b.group
        ? `group:${b.group}`
        : `line:${i}`;
    for (const r of options.flat()) owner.get(r.row).add(key);
    for (const o of options) {
      const ev = evidence(bankTexts(l), bookTexts(o));
      if (ev !== b.evidence) report(w, `evidence ${b.evidence}, the cells carry ${ev}`);
    }
    if (b.decision === 'auto' && b.evidence === 'amount') report(w, 'auto on amount alone');
    if (b.decision === 'auto' && b.evidence !== 'reference') {
      const mine = new Set(options.flat().map((r) => r.row));
      if (sameAmountRows.some((r) => !mine.has(r.row))) report(w, 'another book row of its amount');
    }
    if (b.group) {
      const g = groups.get(b.group) ?? { bank: 0, rows: options[0], diff: b.difference };
      g.bank += l.amount;
      groups.set(b.group, g);
      return;
    }
    for (const o of options) {
      const diff = l.amount - o.reduce((s, r) => s + r.amount, 0);
      const books = Math.abs(o.reduce((s, r) => s + r.amount, 0));
      if (b.decision === 'auto') {
        const stated = b.difference === undefined ? 0 : minorOfDecimal(b.difference);
        if (stated !== diff)
          report(w, `difference ${b.difference ?? 'none'} but bank − books = ${decimalOfMinor(diff)}`);
        if (Math.abs(diff) * 10 > books) report(w, 'difference over 10 %');
        if (diff > 0 && !b.traits.includes('over-payment')) report(w, 'positive difference without over-payment');
        if (diff < 0 && !b.traits.some((t) => t.startsWith('short-')))
          report(w, 'negative difference without a short-* trait');
      } else if (diff !== 0 && !b.traits.some((t) => REASONS.includes(t))) {
        report(w, 'a suggestion of another amount without part-payment, short-net-of-fee or books-amount-transposed');
      }
    }
  });
  for (const [id, g] of groups) {
    const diff = g.bank - g.rows.reduce((s, r) => s + r.amount, 0);
    if (diff !== (g.diff === undefined ? 0 : minorOfDecimal(g.diff))) report(W, `group ${id}: bank − books = ${diff}`);
  }
  for (const lo of truth.ledgerOnly) {
    const r = rowOf(lo, `${W} ledgerOnly`);
    if (r) owner.get(r.row).add('ledgerOnly');
  }
  for (const [row, keys] of owner) if (keys.size !== 1) report(lwhere, `row ${row} owned ${keys.size} times`);

  // ---- the reconcile document
  const docFile = `reconcile.${bf.file}.json`;
  const doc = JSON.parse(readFileSync(join(dir, docFile), 'utf8'));
  const dw = `${W}/${docFile}`;
  if (!validateDoc(doc)) report(dw, `schema: ${JSON.stringify(validateDoc.errors.slice(0, 3))}`);
  if (doc.options?.timezone !== truth.timezone) report(dw, 'timezone');
  if (doc.bank.length !== lines.length) report(dw, 'bank line count');
  doc.bank.forEach((d, i) => {
    const l = lines[i];
    if (!l) return;
    const ok =
      d.id === `${bf.file}#${l.row}` &&
      d.date === l.date &&
      minorOfDecimal(d.amount) === l.amount &&
      d.currency === truth.currency &&
      d.narration === l.text &&
      d.reference === (l.reference || null) &&
      d.counterparty === null &&
      minorOfDecimal(d.balance) === l.balance;
    if (!ok) report(dw, `bank ${i} (${d.id}) differs from row ${l.row}`);
  });
  if (doc.ledger.length !== rows.length) report(dw, 'ledger row count');
  const partyMapped = !!lf.readOptions.mapping.party;
  doc.ledger.forEach((d, i) => {
    const r = rows[i];
    if (!r) return;
    const ok =
      d.id === `${lf.file}#${r.row}` &&
      d.date === r.date &&
      minorOfDecimal(d.amount) === r.amount &&
      d.currency === truth.currency &&
      d.reference === (r.reference || null) &&
      d.description === r.text &&
      d.party === (partyMapped ? r.party || null : null) &&
      d.account === bf.ledgerAccount;
    if (!ok) report(dw, `ledger ${i} (${d.id}) differs from row ${r.row}`);
  });
  const st = doc.statement;
  if (
    st.from !== truth.period.from ||
    st.to !== truth.period.to ||
    st.bankBalance !== bf.closingBalance ||
    st.bookBalance !== lf.closingBalance
  )
    report(dw, 'statement period or balances');

  // ---- index.json
  const count = (d) => truth.bank.filter((b) => b.decision === d).length;
  const matched = truth.bank.filter((b) => b.expect === 'match');
  const want = {
    bankLines: truth.bank.length,
    ledgerRows: rows.length,
    decisions: {
      auto: count('auto'),
      suggest: count('suggest'),
      'bank-only': count('bank-only'),
      none: count('none'),
      'reversal-pair': count('reversal-pair'),
    },
    mustNotAuto: truth.bank.filter((b) => b.mustNotAuto === true).length,
    autoWithDifference: truth.bank.filter((b) => b.decision === 'auto' && b.difference !== undefined).length,
    ledgerOnly: truth.ledgerOnly.length,
    matched: matched.length,
    matchedWithoutReference: matched.filter((b) => b.evidence !== 'reference').length,
  };
  for (const [k, v] of Object.entries(want))
    if (JSON.stringify(indexEntry?.[k]) !== JSON.stringify(v))
      report(`${W} index.json`, `${k} ${JSON.stringify(indexEntry?.[k])}, counted ${JSON.stringify(v)}`);
  if (indexEntry?.bankFiles?.[0] !== bf.file || indexEntry?.ledgerFiles?.[0] !== lf.file)
    report(`${W} index.json`, 'file names');
  return want;
}

// ------------------------------------------------------------------------------------------------ main

const schema = JSON.parse(readFileSync(join(repo, 'docs', 'reconcile-input.schema.json'), 'utf8'));
const validateDoc = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
for (const entry of index.sets) {
  try {
    const c = validateSet(join(root, entry.set), entry.set, validateDoc, entry);
    console.log(`${entry.set}: ${c.bankLines} lines, ${c.ledgerRows} rows, ${JSON.stringify(c.decisions)}`);
  } catch (err) {
    report(entry.set, err.message);
  }
}
if (problems.length) {
  for (const p of problems) console.error(p);
  console.error(`${problems.length} problem(s)`);
  process.exit(1);
}
console.log(`holdout40 valid (${index.sets.length} sets)`);
