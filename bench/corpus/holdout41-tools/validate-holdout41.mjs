// Re-reads every holdout41 file through its truth.json alone and checks every truth row; imports nothing of the generator.
// Usage: node validate-holdout41.mjs [DIR]  (default: bench/corpus/holdout41)
import { readFileSync } from 'node:fs';
import { TextDecoder } from 'node:util';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from 'xlsx';
import Ajv2020 from 'ajv/dist/2020.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = process.argv[2] ?? join(here, '..', 'holdout41');
const schema = JSON.parse(readFileSync(join(here, '..', '..', '..', 'docs', 'reconcile-input.schema.json'), 'utf8'));
const validateDoc = new Ajv2020({ strict: false }).compile(schema);
const problems = [];
const bad = (where, msg) => problems.push(`${where}: ${msg}`);

// ---- reading cells ----

function parseCsv(buf, file) {
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    text = new TextDecoder('windows-1252').decode(buf);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (/[^\r]\n/.test(text)) bad(file, 'a line ends without CR');
  return text
    .split('\r\n')
    .slice(0, -1)
    .map((raw) => raw);
}

function splitCsvLine(raw, delim) {
  const out = [];
  let cur = '';
  let q = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (q) {
      if (c === '"' && raw[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') q = false;
      else cur += c;
    } else if (c === '"') q = true;
    else if (c === delim) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/** The file as rows of cells: { s } text, { n } number (its decimal text), or null. */
function readGrid(path, opts, headerRow, wanted) {
  const buf = readFileSync(path);
  if (path.endsWith('.xlsx')) {
    const wb = XLSX.read(buf, { type: 'buffer' });
    const ws = wb.Sheets[opts.sheet];
    if (!ws) throw new Error(`no sheet ${opts.sheet}`);
    const range = XLSX.utils.decode_range(ws['!ref']);
    const grid = [];
    for (let r = 0; r <= range.e.r; r++) {
      const row = [];
      for (let c = 0; c <= range.e.c; c++) {
        const cell = ws[XLSX.utils.encode_cell({ r, c })];
        row.push(!cell ? null : cell.t === 'n' ? { n: String(cell.v) } : { s: String(cell.v) });
      }
      grid.push(row);
    }
    return grid;
  }
  const lines = parseCsv(buf, path);
  const head = lines[headerRow - 1];
  const delim = [',', ';', '\t', '|'].find((d) => wanted.every((w) => splitCsvLine(head, d).includes(w)));
  if (!delim) throw new Error('header row does not split into the mapped columns');
  return lines.map((l) => splitCsvLine(l, delim).map((s) => (s === '' ? null : { s })));
}

const MON = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const iso = (y, m, d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

function toDate(cell, order) {
  if (!cell) return null;
  if (cell.n !== undefined) {
    const serial = Number(cell.n);
    return new Date((serial - 25569) * 86400000).toISOString().slice(0, 10);
  }
  const s = cell.s.trim();
  let m;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s))) return iso(+m[1], +m[2], +m[3]);
  if ((m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s)))
    return order === 'MDY' ? iso(+m[3], +m[1], +m[2]) : iso(+m[3], +m[2], +m[1]);
  if ((m = /^(\d{1,2})[- ]([A-Za-z]{3})[- ](\d{4})$/.exec(s)) && MON[m[2].toLowerCase()])
    return iso(+m[3], MON[m[2].toLowerCase()], +m[1]);
  return undefined; // text that is no date (a label or footer)
}

function toMinor(cell, decimalSeparator) {
  if (!cell) return null;
  let t = (cell.n ?? cell.s).trim();
  if (t === '') return null;
  if (cell.n === undefined) {
    t = decimalSeparator === ',' ? t.replace(/[.\s]/g, '').replace(',', '.') : t.replace(/[,\s']/g, '');
  }
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(t);
  if (!m) throw new Error(`not an amount: ${cell.n ?? cell.s}`);
  const v = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -v : v;
}

const fmtMinor = (v) =>
  `${v < 0 ? '-' : ''}${Math.floor(Math.abs(v) / 100)}.${String(Math.abs(v) % 100).padStart(2, '0')}`;

/** Entries of a file: dated rows with their money; undated rows with money must be listed non-entry rows. */
function readEntries(dir, f, where) {
  const o = f.readOptions;
  const mp = o.mapping;
  const descCols = Array.isArray(mp.description) ? mp.description : [mp.description];
  const wanted = [mp.date, ...descCols, mp.amount, mp.moneyIn, mp.moneyOut, mp.balance].filter(Boolean);
  const grid = readGrid(join(dir, f.file), o, f.headerRow, wanted);
  const header = grid[f.headerRow - 1].map((c) => (c ? (c.s ?? c.n) : ''));
  const col = (name) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`${where}: no column ${name}`);
    return i;
  };
  const nonEntry = new Set((f.nonEntryRows ?? []).map((n) => n.row));
  const entries = [];
  for (let r = f.headerRow; r < grid.length; r++) {
    const row = grid[r];
    const rowNo = r + 1;
    const get = (name) => (name ? (row[col(name)] ?? null) : null);
    const txt = (name) => {
      const c = get(name);
      return c ? (c.s ?? c.n) : '';
    };
    const date = toDate(get(mp.date), o.dateOrder);
    const amount = toMinor(get(mp.amount), o.decimalSeparator);
    const inn = toMinor(get(mp.moneyIn), o.decimalSeparator);
    const out = toMinor(get(mp.moneyOut), o.decimalSeparator);
    const monies = [amount, inn, out].filter((x) => x !== null);
    if (!date) {
      if (monies.length && !nonEntry.has(rowNo)) bad(where, `row ${rowNo}: undated with money but not a nonEntryRow`);
      if (!monies.length && nonEntry.has(rowNo)) bad(where, `row ${rowNo}: nonEntryRow without money`);
      continue;
    }
    if (nonEntry.has(rowNo)) bad(where, `row ${rowNo}: nonEntryRow with a date`);
    if (monies.length !== 1) bad(where, `row ${rowNo}: money in ${monies.length} columns`);
    const minor = amount !== null ? amount : inn !== null ? Math.abs(inn) : -Math.abs(out);
    entries.push({
      row: rowNo,
      date,
      minor,
      text: descCols.map((d) => txt(d)).join(' — '),
      reference: txt(mp.reference),
      party: mp.party ? txt(mp.party) : null,
      account: mp.account ? txt(mp.account) : null,
      balance: toMinor(get(mp.balance), o.decimalSeparator),
    });
  }
  return entries;
}

// ---- the evidence rule, restated ----
const GENERIC_WORDS = new Set(
  `transfer transfers from payment payments invoice invoices credit debit deposit branch cash settlement settlements
  salary salaries staff beneficiaries bulk batch refund reversal charge charges limited company holdings trading
  services nigeria ghana kenya africa south kumasi lagos nairobi johannesburg account accounts ltda bank
  receipt receipts supplier suppliers customer payout sweep merchant paid part full balance
  recebimento pagamento fornecedor fornecedores cliente clientes fatura faturas nota credito estorno salarios
  imposto impostos transferencia conta corrente tarifa tarifas deposito cheque lote referente
  ontvangst betaling factuur facturen creditnota terugbetaling salarissen loonbatch belasting overboeking eigen
  rekening lening kosten bankkosten ontvangen betaald
  maksu maksut lasku laskut hyvityslasku palautus palkat palkka vero verot tilisiirto pankki suoritus myyntilasku
  ostolasku asiakas toimittaja tilitys oma tili
  order purchase eft rtgs pesalink nip gip trf ref nrb cmb via instant mobile money`.split(/\s+/),
);

function numberTokens(s) {
  const set = new Set();
  const chains = String(s).match(/\d+(?:[-/. ]\d+)*/g) ?? [];
  for (const chain of chains) {
    const runs = chain.split(/[-/. ]/);
    for (let a = 0; a < runs.length; a++) {
      let joined = '';
      for (let b = a; b < runs.length; b++) {
        joined += runs[b];
        const t = joined.replace(/^0+/, '');
        if (t.length >= 3 && !/^(19|20)\d\d$/.test(t)) set.add(t);
      }
    }
  }
  return set;
}
function wordTokens(s) {
  const plain = String(s).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return new Set((plain.match(/[a-z]{4,}/g) ?? []).filter((w) => !GENERIC_WORDS.has(w)));
}
function evidence(bankCells, ledgerCells) {
  const union = (cells, f) => new Set(cells.flatMap((c) => [...f(c ?? '')]));
  const ln = union(ledgerCells, numberTokens);
  if ([...union(bankCells, numberTokens)].some((t) => ln.has(t))) return 'reference';
  const lw = union(ledgerCells, wordTokens);
  if ([...union(bankCells, wordTokens)].some((t) => lw.has(t))) return 'counterparty';
  return 'amount';
}

// ---- checks ----
const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const weekdayOk = (d, holidays) => {
  const w = new Date(`${d}T00:00:00Z`).getUTCDay();
  return w !== 0 && w !== 6 && !holidays.includes(d);
};

for (const entry of index.sets) {
  const dir = join(root, entry.set);
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
  const S = truth.set;
  const inPeriod = (d) => d >= truth.period.from && d <= truth.period.to && weekdayOk(d, truth.publicHolidays);
  const bf = truth.bankFiles[0];
  const lf = truth.ledgerFiles[0];
  const lines = readEntries(dir, bf, `${S}/${bf.file}`);
  const books = readEntries(dir, lf, `${S}/${lf.file}`);
  const amt = (s) => toMinor({ s }, '.');

  // statement: balances, order, period, count
  let bal = amt(bf.openingBalance);
  let prev = '';
  for (const l of lines) {
    bal += l.minor;
    if (l.balance !== bal) bad(S, `bank row ${l.row}: balance ${l.balance} ≠ ${bal}`);
    if (bal < 0) bad(S, `bank row ${l.row}: overdrawn`);
    if (l.date < prev) bad(S, `bank row ${l.row}: out of order`);
    if (!inPeriod(l.date)) bad(S, `bank row ${l.row}: ${l.date} not a working day of the period`);
    prev = l.date;
  }
  if (bal !== amt(bf.closingBalance)) bad(S, 'bank closing balance');
  if (lines.length < 55 || lines.length > 120) bad(S, `${lines.length} bank lines`);
  // books
  let kb = amt(lf.openingBalance);
  prev = '';
  for (const x of books) {
    kb += x.minor;
    if (x.balance !== kb) bad(S, `ledger row ${x.row}: balance`);
    if (kb < 0) bad(S, `ledger row ${x.row}: overdrawn`);
    if (x.date < prev) bad(S, `ledger row ${x.row}: out of order`);
    if (!inPeriod(x.date)) bad(S, `ledger row ${x.row}: not a working day of the period`);
    if (lf.readOptions.mapping.account && x.account !== bf.ledgerAccount) bad(S, `ledger row ${x.row}: account`);
    prev = x.date;
  }
  if (kb !== amt(lf.closingBalance)) bad(S, 'ledger closing balance');

  // truth.bank ↔ statement rows, exactly once, in file order
  if (truth.bank.length !== lines.length) bad(S, `truth has ${truth.bank.length} lines, file ${lines.length}`);
  truth.bank.forEach((t, i) => {
    const l = lines[i];
    if (
      !l ||
      t.ref.row !== l.row ||
      t.ref.date !== l.date ||
      amt(t.ref.amount) !== l.minor ||
      t.ref.text !== l.text ||
      (t.ref.reference ?? '') !== l.reference
    )
      bad(S, `truth bank ${i} (row ${t.ref.row}) does not match the file`);
  });
  const bookOf = new Map(books.map((x) => [x.row, x]));
  const refRow = (r, where) => {
    const x = bookOf.get(r.row);
    if (!x || r.file !== lf.file || x.date !== r.date || x.minor !== amt(r.amount))
      bad(S, `${where}: ledger ref row ${r.row} does not match`);
    return x;
  };
  const owner = new Map();
  const own = (row, key) => {
    if (owner.has(row) && owner.get(row) !== key) bad(S, `ledger row ${row} owned twice`);
    owner.set(row, key);
  };
  const groups = new Map();
  const byRow = new Map(lines.map((l) => [l.row, l]));
  for (const t of truth.bank) {
    const where = `bank row ${t.ref.row}`;
    const l = byRow.get(t.ref.row) ?? { text: '', reference: '', minor: 0 };
    const expectOf = {
      auto: 'match',
      suggest: 'match',
      'bank-only': 'bank-only',
      'reversal-pair': 'reversal-pair',
      none: 'no-counterpart',
    };
    if (expectOf[t.decision] !== t.expect) bad(S, `${where}: expect/decision`);
    if ((t.decision === 'suggest') !== 'mustNotAuto' in t) bad(S, `${where}: mustNotAuto only and always on suggest`);
    if ((t.decision === 'bank-only') !== Boolean(t.kind)) bad(S, `${where}: kind only and always on bank-only`);
    const any = Array.isArray(t.ledgerAnyOf);
    if (any !== (t.ledger === null && (t.decision === 'auto' || t.decision === 'suggest')) || any !== t.ambiguous)
      bad(S, `${where}: ledgerAnyOf ⇔ ledger null ⇔ ambiguous`);
    if (any && !t.traits.some((x) => x === 'twins' || x === 'tie')) bad(S, `${where}: ledgerAnyOf without twins/tie`);
    if (t.traits.includes('tie') && !(t.decision === 'suggest' && t.mustNotAuto))
      bad(S, `${where}: tie must be suggest + mustNotAuto`);
    if (t.traits.includes('twins') && t.decision !== 'auto') bad(S, `${where}: twins are auto`);
    if (t.decision === 'reversal-pair') {
      const p = truth.bank.find((o) => o.ref.row === t.partner?.row);
      if (!p || p.partner?.row !== t.ref.row || amt(p.ref.amount) !== -amt(t.ref.amount))
        bad(S, `${where}: reversal partner`);
    }
    if (t.decision === 'auto' || t.decision === 'suggest') {
      const options = any ? t.ledgerAnyOf : [t.ledger];
      for (const o of options) {
        const xs = o.map((r) => refRow(r, where)).filter(Boolean);
        const ev = evidence(
          [l.text, l.reference],
          xs.flatMap((x) => [x.reference, x.text, x.party ?? '']),
        );
        if (ev !== t.evidence) bad(S, `${where}: evidence ${ev}, truth says ${t.evidence}`);
      }
      options.forEach((o) =>
        o.forEach((r) => own(r.row, any ? JSON.stringify(t.ledgerAnyOf) : (t.group ?? `line${t.ref.row}`))),
      );
      const books1 = options[0].reduce((s, r) => s + amt(r.amount), 0);
      if (t.group) {
        const g = groups.get(t.group) ?? { bank: 0, books: books1, diff: t.difference };
        g.bank += l.minor;
        groups.set(t.group, g);
      } else {
        const diff = l.minor - books1;
        if (t.decision === 'auto') {
          if (diff !== (t.difference ? amt(t.difference) : 0)) bad(S, `${where}: difference`);
          if (diff > 0 && !t.traits.includes('over-payment'))
            bad(S, `${where}: positive difference without over-payment`);
          if (diff < 0 && !t.traits.some((x) => x.startsWith('short-')))
            bad(S, `${where}: negative difference without short-*`);
          if (Math.abs(diff) * 10 > Math.abs(books1)) bad(S, `${where}: difference over 10 %`);
          if (t.evidence === 'amount') bad(S, `${where}: auto on amount alone`);
          if (t.evidence !== 'reference' && !any && books.filter((x) => x.minor === l.minor).length !== 1)
            bad(S, `${where}: auto without reference and another book row of its amount`);
        } else if (
          diff !== 0 &&
          !t.traits.some((x) => ['part-payment', 'short-net-of-fee', 'books-amount-transposed'].includes(x))
        ) {
          bad(S, `${where}: suggestion of another amount`);
        }
      }
    } else if (t.decision === 'none' || t.decision === 'bank-only') {
      if (books.some((x) => x.minor === l.minor)) bad(S, `${where}: ${t.decision} line with a book row of its amount`);
      if (t.ledger !== null || t.evidence !== null) bad(S, `${where}: ${t.decision} with ledger or evidence`);
    }
  }
  for (const [g, v] of groups) {
    if (v.bank - v.books !== (v.diff ? amt(v.diff) : 0)) bad(S, `group ${g}: bank − books ≠ difference`);
  }
  for (const lo of truth.ledgerOnly) {
    refRow(lo, 'ledgerOnly');
    own(lo.row, 'ledgerOnly');
  }
  for (const x of books) if (!owner.has(x.row)) bad(S, `ledger row ${x.row} owned by nothing`);

  // reconcile document, against the schema and field by field against the files
  const docFile = `reconcile.${bf.file}.json`;
  const doc = JSON.parse(readFileSync(join(dir, docFile), 'utf8'));
  if (!validateDoc(doc)) bad(S, `${docFile}: ${JSON.stringify(validateDoc.errors).slice(0, 300)}`);
  if (doc.bank.length !== lines.length) bad(S, `${docFile}: bank count`);
  lines.forEach((l, i) => {
    const b = doc.bank[i] ?? {};
    const ok =
      b.id === `${bf.file}#${l.row}` &&
      b.date === l.date &&
      b.amount === fmtMinor(l.minor) &&
      b.currency === truth.currency &&
      b.narration === l.text &&
      b.reference === (l.reference || null) &&
      b.counterparty === null &&
      b.balance === fmtMinor(l.balance);
    if (!ok) bad(S, `${docFile}: bank ${i} differs from row ${l.row}`);
  });
  if (doc.ledger.length !== books.length) bad(S, `${docFile}: ledger count`);
  books.forEach((x, i) => {
    const e = doc.ledger[i] ?? {};
    const ok =
      e.id === `${lf.file}#${x.row}` &&
      e.date === x.date &&
      e.amount === fmtMinor(x.minor) &&
      e.currency === truth.currency &&
      e.reference === (x.reference || null) &&
      e.description === x.text &&
      e.party === (x.party || null) &&
      e.account === bf.ledgerAccount;
    if (!ok) bad(S, `${docFile}: ledger ${i} differs from row ${x.row}`);
  });
  const st = doc.statement;
  if (
    st.from !== truth.period.from ||
    st.to !== truth.period.to ||
    st.bankBalance !== bf.closingBalance ||
    st.bookBalance !== lf.closingBalance
  )
    bad(S, `${docFile}: statement`);
  if (doc.options?.timezone !== truth.timezone) bad(S, `${docFile}: timezone`);

  // index
  const count = (d) => truth.bank.filter((t) => t.decision === d).length;
  const matched = truth.bank.filter((t) => t.expect === 'match');
  const want = {
    bankLines: lines.length,
    ledgerRows: books.length,
    ledgerOnly: truth.ledgerOnly.length,
    mustNotAuto: truth.bank.filter((t) => t.mustNotAuto).length,
    autoWithDifference: truth.bank.filter((t) => t.decision === 'auto' && t.difference).length,
    matched: matched.length,
    matchedWithoutReference: matched.filter((t) => t.evidence !== 'reference').length,
  };
  for (const [k, v] of Object.entries(want)) if (entry[k] !== v) bad(S, `index ${k} ${entry[k]} ≠ ${v}`);
  for (const d of ['auto', 'suggest', 'bank-only', 'none', 'reversal-pair'])
    if (entry.decisions[d] !== count(d)) bad(S, `index decisions.${d}`);
  if (entry.bankFiles[0] !== bf.file || entry.ledgerFiles[0] !== lf.file) bad(S, 'index file names');
  console.log(`${S}: ${lines.length} bank lines, ${books.length} ledger rows checked`);
}

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`${problems.length} problem(s)`);
  process.exit(1);
}
console.log('holdout41: all checks passed');
