// Re-reads every holdout42 file through its truth.json only (no code of the generator) and checks every truth row.
//   node bench/corpus/holdout42-tools/validate-holdout42.mjs [DIR]     (default: bench/corpus/holdout42)
import { existsSync, readFileSync } from 'node:fs';
import { TextDecoder } from 'node:util';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from 'xlsx';
import Ajv2020 from 'ajv/dist/2020.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(process.argv[2] ?? join(here, '../holdout42'));
const repo = resolve(here, '../../..');
const problems = [];
const bad = (where, msg) => problems.push(`${where}: ${msg}`);

// ---------------------------------------------------------------- reading cells

/** CSV rows: CRLF required, the delimiter the one that splits the header row into the mapped columns. */
function readCsv(path, headerRow, mapped) {
  const buf = readFileSync(path);
  let text = buf.toString('utf8');
  if (text.includes('\uFFFD')) text = new TextDecoder('windows-1252').decode(buf);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.endsWith('\r\n') || /[^\r]\n/.test(text)) throw new Error('lines must end in CRLF');
  const lines = text.slice(0, -2).split('\r\n');
  const split = (line, d) => {
    const out = [];
    let cur = '';
    let q = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (q) {
        if (ch === '"' && line[i + 1] === '"') {
          cur += '"';
          i++;
        } else if (ch === '"') q = false;
        else cur += ch;
      } else if (ch === '"') q = true;
      else if (ch === d) {
        out.push(cur);
        cur = '';
      } else cur += ch;
    }
    out.push(cur);
    return out;
  };
  const delim = [',', ';', '\t', '|'].find((d) => mapped.every((h) => split(lines[headerRow - 1], d).includes(h)));
  if (!delim) throw new Error('no delimiter splits the header row into the mapped columns');
  return lines.map((l) => split(l, delim).map((v) => ({ text: v })));
}

/** XLSX rows as stored: text cells as text, number cells with their value and format. */
function readXlsx(path, sheet) {
  const wb = XLSX.read(readFileSync(path), { type: 'buffer', cellDates: false, cellNF: true });
  const ws = wb.Sheets[sheet];
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const range = XLSX.utils.decode_range(ws['!ref']);
  const rows = [];
  for (let r = 0; r <= range.e.r; r++) {
    const row = [];
    for (let c = 0; c <= range.e.c; c++) {
      const cell = ws[XLSX.utils.encode_cell({ r, c })];
      if (!cell) row.push({ text: '' });
      else if (cell.t === 'n') row.push({ num: cell.v, fmt: cell.z ?? '' });
      else row.push({ text: String(cell.v) });
    }
    rows.push(row);
  }
  return rows;
}

const MONTHS = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const iso = (y, m, d) => {
  const s = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const t = new Date(`${s}T00:00:00Z`);
  return Number.isNaN(t.getTime()) || t.toISOString().slice(0, 10) !== s ? null : s;
};

/** A date cell to ISO, or null when the cell holds no date. */
function dateOf(cell, dateOrder) {
  if (cell.num !== undefined) {
    if (!/[dy]/i.test(cell.fmt)) throw new Error(`number ${cell.num} in the date column is not a date cell`);
    return new Date((cell.num - 25569) * 86400000).toISOString().slice(0, 10);
  }
  const s = cell.text.trim();
  if (s === '') return null;
  let m;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s))) return iso(+m[1], +m[2], +m[3]);
  if ((m = /^(\d{2})[/.-](\d{2})[/.-](\d{4})$/.exec(s))) {
    if (dateOrder !== 'DMY') throw new Error(`numeric date ${s} without dateOrder DMY`);
    return iso(+m[3], +m[2], +m[1]);
  }
  if ((m = /^(\d{2})[- ]([A-Za-z]{3})[- ](\d{4})$/.exec(s)) && MONTHS[m[2].toLowerCase()])
    return iso(+m[3], MONTHS[m[2].toLowerCase()], +m[1]);
  return undefined; // text that is no date (a label or footer)
}

/** A money cell to minor units (null when empty), read through its decimal text. */
function moneyOf(cell, decimalSeparator) {
  let s = cell.num !== undefined ? String(cell.num) : cell.text.trim();
  if (s === '') return null;
  if (cell.num !== undefined && /e/i.test(s)) throw new Error(`number ${s} in exponent form`);
  if (cell.num === undefined) {
    if (decimalSeparator === ',') {
      if (!/^-?\d{1,3}(\.\d{3})*(,\d{2})?$|^-?\d+(,\d{2})?$/.test(s)) throw new Error(`amount ${s} is not 1.234,56`);
      s = s.replace(/\./g, '').replace(',', '.');
    } else {
      if (!/^-?\d{1,3}([, ']\d{3})*(\.\d{2})?$|^-?\d+(\.\d{2})?$/.test(s))
        throw new Error(`amount ${s} is not 1,234.56`);
      s = s.replace(/[, ']/g, '');
    }
  }
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) throw new Error(`amount ${s}`);
  const minor = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -minor : minor;
}

/** The rows of a file as read through its truth entry: entries (dated) and the undated rows with money. */
function readFile(dir, f) {
  const o = f.readOptions;
  const map = o.mapping;
  const mapped = Object.values(map);
  const path = join(dir, f.file);
  const cells = f.file.endsWith('.xlsx') ? readXlsx(path, o.sheet) : readCsv(path, f.headerRow, mapped);
  const header = cells[f.headerRow - 1].map((c) => c.text ?? '');
  const col = {};
  for (const [k, h] of Object.entries(map)) {
    const i = header.indexOf(h);
    if (i < 0) throw new Error(`header row ${f.headerRow} has no column ${h}`);
    col[k] = i;
  }
  const get = (row, k) => (col[k] === undefined ? { text: '' } : (row[col[k]] ?? { text: '' }));
  const txt = (c) => (c.num !== undefined ? String(c.num) : c.text.trim());
  const entries = [];
  const undatedMoney = [];
  for (let i = f.headerRow; i < cells.length; i++) {
    const row = cells[i];
    const n = i + 1;
    const date = dateOf(get(row, 'date'), o.dateOrder);
    let amount = null;
    const moneyCells = [];
    if (col.amount !== undefined) {
      const a = moneyOf(get(row, 'amount'), o.decimalSeparator);
      if (a !== null) {
        amount = a;
        moneyCells.push(a);
      }
    } else {
      const inn = moneyOf(get(row, 'moneyIn'), o.decimalSeparator);
      const out = moneyOf(get(row, 'moneyOut'), o.decimalSeparator);
      if (inn !== null) {
        moneyCells.push(inn);
        amount = Math.abs(inn);
      }
      if (out !== null) {
        moneyCells.push(out);
        amount = -Math.abs(out);
      }
      if (inn !== null && out !== null && date) throw new Error(`row ${n}: money in both columns`);
    }
    if (!date) {
      if (moneyCells.length) undatedMoney.push(n);
      continue;
    }
    if (amount === null) throw new Error(`row ${n}: dated row without money`);
    entries.push({
      row: n,
      date,
      amount,
      text: txt(get(row, 'description')),
      reference: txt(get(row, 'reference')),
      party: txt(get(row, 'party')),
      balance: col.balance === undefined ? null : moneyOf(get(row, 'balance'), o.decimalSeparator),
    });
  }
  const listed = (f.nonEntryRows ?? []).map((x) => x.row).sort((a, b) => a - b);
  if (JSON.stringify(listed) !== JSON.stringify(undatedMoney))
    throw new Error(`undated rows with money ${undatedMoney} ≠ nonEntryRows ${listed}`);
  return entries;
}

// ---------------------------------------------------------------- the evidence rule, restated

const GENERIC = new Set(
  (
    'from to transfer trf payment payments paid pay receipt received settlement settle sweep payout charge charges fee fees ' +
    'deposit cash branch bank bills bill salary salaries staff beneficiaries bulk batch invoice invoices inv credit debit ' +
    'note notes refund reversal reversed account acct number total opening closing balance limited ltd plc pty company ' +
    'nigeria ghana kenya south africa lagos ikeja techiman naivasha pretoria johannesburg rosslyn with part full less ' +
    'customer supplier order purchase goods month paye vat tax levy excise duty stamp commission maintenance alert alerts ' +
    'sms service internet banking monthly online instant nip gip pesalink rtgs outward inward electronic ' +
    'merchant mobile money wallet card visa pos terminal cheque chq clearing presented ref reference trade trading ' +
    'enterprises ventures services global international holdings agro motors parts irrigation tooling and the for our ' +
    'your via same day inst instalment second first returned return invalid dormant closed beneficiary funds ' +
    'thanh toan tien khach hang chuyen khoan nhan tra truoc phieu ngan thue dien nuoc luong vien ' +
    'cong phan hoan lai ung ' +
    'zahlung zahlungseingang rechnung rechnungen eingang gutschrift lastschrift ueberweisung uberweisung gebuehr gebuhr ' +
    'gebuehren gebuhren kunde kunden lieferant lieferanten teilzahlung umbuchung lohn lohne gehalt gehalter steuer ' +
    'erstattung abzug skonto storno bankgebuehren sonstige barkasse aus fuer fur nach von' +
    ' juli august september oktober october june july'
  ).split(/\s+/),
);

function numbers(text) {
  const out = new Set();
  for (const m of String(text).matchAll(/\d+(?:[-/. ]\d+)*/g)) {
    const runs = m[0].split(/[-/. ]/);
    for (let i = 0; i < runs.length; i++)
      for (let j = i; j < runs.length; j++) {
        const t = runs
          .slice(i, j + 1)
          .join('')
          .replace(/^0+/, '');
        if (t.length >= 3 && !(t.length === 4 && /^(19|20)\d\d$/.test(t))) out.add(t);
      }
  }
  return out;
}
function words(text) {
  const folded = String(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase();
  return new Set((folded.match(/[a-z]+/g) ?? []).filter((w) => w.length >= 4 && !GENERIC.has(w)));
}
function evidence(line, rows) {
  const bn = numbers(`${line.text} ${line.reference}`);
  const bw = words(`${line.text} ${line.reference}`);
  let best = 'amount';
  for (const r of rows) {
    const cells = [r.reference, r.text, r.party];
    if (cells.some((c) => [...numbers(c)].some((t) => bn.has(t)))) return 'reference';
    if (cells.some((c) => [...words(c)].some((w) => bw.has(w)))) best = 'counterparty';
  }
  return best;
}

// ---------------------------------------------------------------- checks

const workingDay = (d, holidays) => {
  const wd = new Date(`${d}T00:00:00Z`).getUTCDay();
  return wd !== 0 && wd !== 6 && !holidays.includes(d);
};
const minorOf = (s) => {
  const m = /^(-?)(\d+)\.(\d{2})$/.exec(s);
  if (!m) throw new Error(`amount ${s}`);
  return (m[1] ? -1 : 1) * (Number(m[2]) * 100 + Number(m[3]));
};
const dec = (minor) => {
  const s = String(Math.abs(minor)).padStart(3, '0');
  return `${minor < 0 ? '-' : ''}${s.slice(0, -2)}.${s.slice(-2)}`;
};

function checkSide(where, entries, file, truth, needLines) {
  const open = minorOf(file.openingBalance);
  let bal = open;
  let prev = '';
  for (const e of entries) {
    bal += e.amount;
    if (e.balance !== null && e.balance !== bal)
      bad(where, `row ${e.row}: balance ${dec(e.balance)}, running ${dec(bal)}`);
    if (bal < 0) bad(where, `row ${e.row}: overdrawn`);
    if (e.date < prev) bad(where, `row ${e.row}: out of date order`);
    prev = e.date;
    if (e.date < truth.period.from || e.date > truth.period.to) bad(where, `row ${e.row}: outside the period`);
    if (!workingDay(e.date, truth.publicHolidays)) bad(where, `row ${e.row}: ${e.date} is no working day`);
  }
  if (bal !== minorOf(file.closingBalance)) bad(where, `opening + rows = ${dec(bal)} ≠ closing ${file.closingBalance}`);
  if (needLines && (entries.length < 55 || entries.length > 120)) bad(where, `${entries.length} lines`);
}

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateDoc = ajv.compile(JSON.parse(readFileSync(join(repo, 'docs/reconcile-input.schema.json'), 'utf8')));

function checkSet(dir, index) {
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
  const where = truth.set;
  const bf = truth.bankFiles[0];
  const lf = truth.ledgerFiles[0];
  const lines = readFile(dir, bf);
  const rows = readFile(dir, lf);
  checkSide(`${where}/${bf.file}`, lines, bf, truth, true);
  checkSide(`${where}/${lf.file}`, rows, lf, truth, false);
  const rowAt = new Map(rows.map((r) => [r.row, r]));
  const lineAt = new Map(lines.map((l) => [l.row, l]));

  // the statement, line by line, in file order
  if (truth.bank.length !== lines.length)
    bad(where, `${truth.bank.length} truth lines, ${lines.length} statement lines`);
  truth.bank.forEach((t, k) => {
    const l = lines[k];
    if (!l) return;
    const ref = t.ref;
    const same =
      ref.file === bf.file &&
      ref.row === l.row &&
      ref.date === l.date &&
      minorOf(ref.amount) === l.amount &&
      ref.text === l.text &&
      (ref.reference ?? '') === l.reference;
    if (!same) bad(where, `truth line ${k} (${ref.row}) ≠ statement row ${l.row}`);
  });

  // ledger refs point at rows of that date and amount; every row owned once
  const owner = new Map();
  const point = (r, by) => {
    const x = rowAt.get(r.row);
    if (r.file !== lf.file || !x || x.date !== r.date || x.amount !== minorOf(r.amount)) {
      bad(where, `ledger ref ${r.row} ${r.date} ${r.amount} has no such row`);
      return null;
    }
    if (owner.has(r.row) && owner.get(r.row) !== by) bad(where, `ledger row ${r.row} owned twice`);
    owner.set(r.row, by);
    return x;
  };
  const groups = new Map();
  const decisions = { auto: 0, suggest: 0, 'bank-only': 0, none: 0, 'reversal-pair': 0 };
  const expectOf = {
    auto: 'match',
    suggest: 'match',
    'bank-only': 'bank-only',
    'reversal-pair': 'reversal-pair',
    none: 'no-counterpart',
  };
  for (const t of truth.bank) {
    const w = `${where} row ${t.ref.row}`;
    const line = lineAt.get(t.ref.row);
    decisions[t.decision] = (decisions[t.decision] ?? 0) + 1;
    if (expectOf[t.decision] !== t.expect) bad(w, `expect ${t.expect} with decision ${t.decision}`);
    if ('mustNotAuto' in t !== (t.decision === 'suggest')) bad(w, 'mustNotAuto only and always on suggest');
    if ((t.kind !== null) !== (t.decision === 'bank-only')) bad(w, 'kind only and always on bank-only');
    if (t.decision === 'bank-only' && !['charge', 'levy', 'tax', 'fee-vat', 'interest', 'unknown'].includes(t.kind))
      bad(w, `kind ${t.kind}`);
    if ((t.partner !== null) !== (t.decision === 'reversal-pair')) bad(w, 'partner only and always on reversal-pair');
    if (t.partner) {
      const p = truth.bank.find((b) => b.ref.row === t.partner.row);
      if (!p || p.partner?.row !== t.ref.row || minorOf(p.ref.amount) !== -minorOf(t.ref.amount))
        bad(w, 'partner does not point back or cancel');
    }
    const any = Array.isArray(t.ledgerAnyOf);
    if (any !== (t.ledger === null && (t.decision === 'auto' || t.decision === 'suggest')) || any !== t.ambiguous)
      bad(w, 'ledgerAnyOf ⇔ ledger null ⇔ ambiguous');
    if (any && !t.traits.some((x) => x === 'twins' || x === 'tie')) bad(w, 'ledgerAnyOf only with twins or tie');
    if (t.traits.includes('tie') && (t.decision !== 'suggest' || t.mustNotAuto !== true))
      bad(w, 'a tie is suggest + mustNotAuto');
    if (t.traits.includes('twins') && t.decision !== 'auto') bad(w, 'twins are auto');
    // the decisions table: only a guess that a person must correct or choose may not be confirmed
    const guess = t.traits.some((x) => ['tie', 'part-payment', 'books-amount-transposed'].includes(x));
    if (t.decision === 'suggest' && t.mustNotAuto !== guess)
      bad(w, `mustNotAuto ${t.mustNotAuto} with traits ${t.traits}`);
    if ('difference' in t && t.decision !== 'auto') bad(w, 'difference only on auto');
    const matched = t.decision === 'auto' || t.decision === 'suggest';
    if (!matched) {
      if (t.ledger !== null || t.evidence !== null) bad(w, 'ledger/evidence on an unmatched line');
      if ((t.decision === 'none' || t.decision === 'bank-only') && rows.some((r) => r.amount === line.amount))
        bad(w, 'a book row has its amount');
      continue;
    }
    const options = any ? t.ledgerAnyOf : [t.ledger];
    const key =
      t.group ??
      (any
        ? `any:${t.ledgerAnyOf
            .flat()
            .map((r) => r.row)
            .sort()
            .join(',')}`
        : `line:${t.ref.row}`);
    const opts = options.map((o) => o.map((r) => point(r, key)).filter(Boolean));
    for (const o of opts) {
      const ev = evidence(
        line,
        o.map((r) => ({ reference: r.reference, text: r.text, party: r.party })),
      );
      if (ev !== t.evidence) bad(w, `evidence ${ev}, truth says ${t.evidence}`);
    }
    if (t.decision === 'auto' && t.evidence === 'amount') bad(w, 'auto on amount alone');
    if (t.decision === 'auto' && t.evidence !== 'reference') {
      const mine = new Set(opts.flat().map((r) => r.row));
      if (rows.some((r) => r.amount === line.amount && !mine.has(r.row)))
        bad(w, 'auto without reference has another book row of its amount');
    }
    if (t.group) {
      if (!groups.has(t.group)) groups.set(t.group, { bank: 0, books: opts[0].reduce((a, r) => a + r.amount, 0), t });
      groups.get(t.group).bank += line.amount;
    } else if (!any) {
      const diff = line.amount - opts[0].reduce((a, r) => a + r.amount, 0);
      if (t.decision === 'auto') {
        const stated = 'difference' in t ? minorOf(t.difference) : 0;
        if (diff !== stated) bad(w, `difference ${dec(diff)} ≠ stated ${dec(stated)}`);
        if (diff > 0 && !t.traits.includes('over-payment')) bad(w, 'positive difference without over-payment');
        if (diff < 0 && !t.traits.some((x) => x.startsWith('short-')))
          bad(w, 'negative difference without a short-* trait');
        if (Math.abs(diff) * 10 > Math.abs(line.amount - diff)) bad(w, 'difference over 10 %');
      } else if (
        diff !== 0 &&
        !t.traits.some((x) => ['part-payment', 'short-net-of-fee', 'books-amount-transposed'].includes(x))
      )
        bad(w, 'a suggestion of another amount without its trait');
    }
  }
  for (const [g, v] of groups)
    if (v.bank - v.books !== ('difference' in v.t ? minorOf(v.t.difference) : 0)) bad(where, `group ${g} does not sum`);
  for (const o of truth.ledgerOnly) point(o, `only:${o.row}`);
  for (const r of rows) if (!owner.has(r.row)) bad(where, `ledger row ${r.row} owned by nothing`);

  // the reconcile document
  const docFile = join(dir, `reconcile.${bf.file}.json`);
  const doc = JSON.parse(readFileSync(docFile, 'utf8'));
  if (!validateDoc(doc)) bad(where, `reconcile document: ${ajv.errorsText(validateDoc.errors)}`);
  if (doc.options?.timezone !== truth.timezone) bad(where, 'document timezone');
  if (doc.bank.length !== lines.length || doc.ledger.length !== rows.length) bad(where, 'document line/row counts');
  doc.bank.forEach((b, k) => {
    const l = lines[k];
    if (!l) return;
    const ok =
      b.id === `${bf.file}#${l.row}` &&
      b.date === l.date &&
      minorOf(b.amount) === l.amount &&
      b.currency === truth.currency &&
      b.narration === l.text &&
      b.reference === (l.reference || null) &&
      b.counterparty === null &&
      minorOf(b.balance) === l.balance;
    if (!ok) bad(where, `document bank[${k}] ≠ row ${l.row}`);
  });
  doc.ledger.forEach((e, k) => {
    const r = rows[k];
    if (!r) return;
    const ok =
      e.id === `${lf.file}#${r.row}` &&
      e.date === r.date &&
      minorOf(e.amount) === r.amount &&
      e.currency === truth.currency &&
      e.reference === (r.reference || null) &&
      e.description === r.text &&
      e.party === (r.party || null) &&
      e.account === bf.ledgerAccount;
    if (!ok) bad(where, `document ledger[${k}] ≠ row ${r.row}`);
  });
  const st = doc.statement;
  if (
    st.from !== truth.period.from ||
    st.to !== truth.period.to ||
    st.bankBalance !== bf.closingBalance ||
    st.bookBalance !== lf.closingBalance
  )
    bad(where, 'document statement');

  // the index
  const ix = index.sets.find((s) => s.set === truth.set);
  if (!ix) return bad(where, 'not in index.json');
  const matchedT = truth.bank.filter((b) => b.expect === 'match');
  const want = {
    bankFiles: [bf.file],
    ledgerFiles: [lf.file],
    bankLines: lines.length,
    ledgerRows: rows.length,
    decisions,
    mustNotAuto: truth.bank.filter((b) => b.mustNotAuto === true).length,
    autoWithDifference: truth.bank.filter((b) => 'difference' in b).length,
    ledgerOnly: truth.ledgerOnly.length,
    matched: matchedT.length,
    matchedWithoutReference: matchedT.filter((b) => b.evidence !== 'reference').length,
  };
  for (const [k, v] of Object.entries(want))
    if (JSON.stringify(ix[k]) !== JSON.stringify(v))
      bad(where, `index.json ${k}: ${JSON.stringify(ix[k])} ≠ ${JSON.stringify(v)}`);
  return {
    set: truth.set,
    lines: lines.length,
    rows: rows.length,
    pairs: truth.bank.filter((b) => b.expect === 'match').length,
  };
}

const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
for (const s of index.sets) {
  const dir = join(root, s.set);
  if (!existsSync(join(dir, 'truth.json'))) {
    bad(s.set, 'no truth.json');
    continue;
  }
  try {
    const res = checkSet(dir, index);
    if (res)
      console.log(`${res.set}: ${res.lines} statement lines, ${res.rows} ledger rows, ${res.pairs} matched lines`);
  } catch (err) {
    bad(s.set, err.message);
  }
}
if (problems.length) {
  for (const p of problems) console.log(`PROBLEM ${p}`);
  process.exit(1);
}
console.log(`holdout42 at ${root}: all checks passed`);
