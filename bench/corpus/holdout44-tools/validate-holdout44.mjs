// Validates bench/corpus/holdout44 (or the folder given) without any of the generator's code: every file is re-read
// through its set's truth.json, balances, rows and references are checked, the evidence is recomputed from the
// mapped cells, and the reconcile documents are checked against the input schema and against the files.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import * as XLSX from 'xlsx';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = resolve(process.argv[2] ?? join(here, '../holdout44'));
const repo = resolve(here, '../../..');
const problems = [];
const fail = (where, msg) => problems.push(`${where}: ${msg}`);

// ---- reading cells ----

function parseCsv(text, where) {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (/[^\r]\n/.test(text)) fail(where, 'a line ends without CR');
  const rows = [];
  let row = [];
  let cellText = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cellText += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cellText += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cellText);
      cellText = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cellText);
      rows.push(row);
      row = [];
      cellText = '';
      i++;
    } else cellText += c;
  }
  if (cellText || row.length) fail(where, 'file does not end with CRLF');
  return rows;
}

/** an XLSX sheet as rows of raw values (numbers stay numbers, dates stay serials, with their format) */
function readXlsx(path, sheet, where) {
  const wb = XLSX.read(readFileSync(path), { type: 'buffer', cellDates: false, cellNF: true });
  const ws = wb.Sheets[sheet];
  if (!ws) {
    fail(where, `no sheet ${sheet}`);
    return [];
  }
  const range = XLSX.utils.decode_range(ws['!ref']);
  const rows = [];
  for (let r = 0; r <= range.e.r; r++) {
    const row = [];
    for (let c = 0; c <= range.e.c; c++) {
      const cl = ws[XLSX.utils.encode_cell({ r, c })];
      row.push(cl ? { v: cl.v, t: cl.t, z: cl.z } : null);
    }
    rows.push(row);
  }
  return rows;
}

const MON = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n) => String(n).padStart(2, '0');
function isoOf(y, m, d) {
  const t = Date.UTC(Number(y), Number(m) - 1, Number(d));
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  return new Date(t).toISOString().slice(0, 10) === iso ? iso : null;
}
/** a date cell or text → ISO, or null when the cell holds no date */
function dateOf(c, order) {
  if (c === null || c === undefined || c === '') return null;
  if (typeof c === 'object') {
    if (c.t === 'n' && /d/.test(c.z ?? '') && /y/.test(c.z ?? '')) {
      return new Date(Date.UTC(1899, 11, 30) + Math.round(c.v) * 86400000).toISOString().slice(0, 10);
    }
    if (c.t !== 's') return undefined;
    c = c.v;
  }
  const s = String(c).trim();
  let m;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?: \d{2}:\d{2}:\d{2})?$/.exec(s))) return isoOf(m[1], m[2], m[3]);
  if ((m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(s))) {
    if (order === 'DMY') return isoOf(m[3], m[2], m[1]);
    if (order === 'MDY') return isoOf(m[3], m[1], m[2]);
    return undefined;
  }
  if ((m = /^(\d{2})[- ]([A-Za-z]{3})[- ](\d{4})$/.exec(s))) {
    const mi = MON.indexOf(m[2].toLowerCase());
    return mi < 0 ? undefined : isoOf(m[3], mi + 1, m[1]);
  }
  return undefined;
}
/** an amount cell → integer minor units (unsigned as written), null when empty */
function minorOf(c) {
  if (c === null || c === undefined || c === '') return null;
  if (typeof c === 'object') {
    if (c.t === 'n') return Math.round(c.v * 100);
    c = c.v;
  }
  const s = String(c)
    .replace(/₦|GH₵|KSh|R(?=\d)/g, '')
    .replace(/[, ]/g, '');
  const m = /^(-?)(\d+)\.(\d{2})$/.exec(s);
  if (!m) return undefined;
  const v = Number(m[2]) * 100 + Number(m[3]);
  return m[1] ? -v : v;
}
const textOf = (c) => (c === null || c === undefined ? '' : typeof c === 'object' ? String(c.v) : String(c));

function sheetRows(dir, file, opts, where) {
  const path = join(dir, file);
  if (!existsSync(path)) {
    fail(where, 'missing file');
    return [];
  }
  return file.endsWith('.xlsx') ? readXlsx(path, opts.sheet, where) : parseCsv(readFileSync(path, 'utf8'), where);
}

/** the mapped columns of a file; every mapped header must be on the header row */
function columns(rows, headerRow, mapping, where) {
  const header = (rows[headerRow - 1] ?? []).map(textOf);
  const col = {};
  for (const [k, v] of Object.entries(mapping)) {
    const names = Array.isArray(v) ? v : [v];
    col[k] = names.map((n) => {
      const i = header.indexOf(n);
      if (i < 0) fail(where, `header row ${headerRow} has no column "${n}"`);
      return i;
    });
  }
  return col;
}
const get = (row, idx) => (idx === undefined ? [] : idx.map((i) => row[i]));

// ---- evidence, restated ----

const GENERIC = new Set(
  `from with transfer trf payment paymt deposit cash lodgement lodgment charge charges fees receipt received being
  bank account acct rent rents service levy stamp duty commission vat excise reversal reversed return returned
  settlement merchant mobile money momo mpesa pesalink rtgs eft nip gip ghipss inward outward salary salaries
  payroll bulk sept september august october november month monthly week weekly sunday offering offerings tithe
  tithes harvest fund general building welfare member members deposits shares loan loans repayment disbursement
  checkoff check interest credit debit purchase purchaser seller buyer guarantee guaranteed transfer duty rates
  clearance trust matter client clients agent agency legal caution refund flat block estate road street close
  avenue phase lekki ikate chevron osapa admiralty balance opening closing channel online internet banking branch
  teller cheque chq paid pays invoice inv ref reference sms alert alerts maintenance mtce token electricity prepaid
  water annual part first second final contribution contributions pledge pledges collection collections sacco
  society staff allowance allowances board premium insurance remittance remit landlord landlords tenant tenants
  lease statement stmt facility amount schedule paybill till customer supplier limited ltd plc inc nig nigeria
  ghana kenya africa south repairs repair works proof costs advance trans transaction batch january february march
  april june july august october november december`.split(/\s+/),
);
function tokens(text) {
  const nums = new Set();
  for (const m of text.matchAll(/\d+/g)) {
    if (/^(19|20)\d\d$/.test(m[0])) continue;
    const n = m[0].replace(/^0+/, '');
    if (n.length >= 3) nums.add(n);
  }
  for (const m of text.matchAll(/[A-Za-z0-9]+/g))
    if (m[0].length >= 6 && /\d/.test(m[0]) && /[A-Za-z]/.test(m[0])) nums.add(m[0].toUpperCase());
  const words = new Set();
  const folded = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  for (const m of folded.matchAll(/[a-z]+/g)) if (m[0].length >= 4 && !GENERIC.has(m[0])) words.add(m[0]);
  return { nums, words };
}
const share = (a, b) => [...a].some((x) => b.has(x));
function evidence(bankText, bookText) {
  const a = tokens(bankText);
  const b = tokens(bookText);
  return share(a.nums, b.nums) ? 'reference' : share(a.words, b.words) ? 'counterparty' : 'amount';
}

// ---- one set ----

const key = (r) => `${r.file}#${r.row}`;
const DECISION_EXPECT = {
  auto: 'match',
  suggest: 'match',
  none: 'no-counterpart',
  'bank-only': 'bank-only',
  'reversal-pair': 'reversal-pair',
};
const KINDS = new Set(['charge', 'levy', 'tax', 'interest', 'fee-vat', 'unknown']);

function workingDay(iso, holidays) {
  const wd = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return wd !== 0 && wd !== 6 && !holidays.includes(iso);
}
const inPeriod = (iso, p) => iso >= p.from && iso <= p.to;

function validateSet(dir, truth, ajvValidate, indexEntry) {
  const S = truth.set;
  const where = (f, row) => `${S}/${f}${row ? `#${row}` : ''}`;
  const lines = new Map(); // file#row → statement line read from the file
  const entries = new Map(); // file#row → book entry read from the file

  for (const bf of truth.bankFiles) {
    const ro = bf.readOptions;
    const rows = sheetRows(dir, bf.file, ro, where(bf.file));
    const col = columns(rows, bf.headerRow, ro.mapping, where(bf.file));
    const read = [];
    for (let i = bf.headerRow; i < rows.length; i++) {
      const row = rows[i];
      const n = i + 1;
      const inC = minorOf(get(row, col.moneyIn)[0]);
      const outC = minorOf(get(row, col.moneyOut)[0]);
      const date = dateOf(get(row, col.date)[0], ro.dateOrder);
      const bal = minorOf(get(row, col.balance)[0]);
      if (inC === undefined || outC === undefined || bal === undefined) fail(where(bf.file, n), 'unreadable amount');
      if (inC === null && outC === null) {
        if (date) fail(where(bf.file, n), 'dated row without money');
        continue;
      }
      if (date === undefined || date === null) fail(where(bf.file, n), 'money without a readable date');
      if (inC !== null && outC !== null) fail(where(bf.file, n), 'money in both columns');
      const line = {
        row: n,
        date,
        amount: inC !== null ? inC : -outC,
        text: get(row, col.description).map(textOf).join(' — '),
        reference: textOf(get(row, col.reference)[0]),
        balance: bal,
      };
      read.push(line);
      lines.set(`${bf.file}#${n}`, line);
    }
    // running balance in time order
    const chrono = bf.order === 'newest-first' ? [...read].reverse() : read;
    let bal = Number(bf.openingBalance.replace('.', '').replace(/^(-?)0+(?=\d)/, '$1'));
    for (const l of chrono) {
      bal += l.amount;
      if (bal !== l.balance) fail(where(bf.file, l.row), `balance ${l.balance} ≠ running ${bal}`);
      if (bal < 0) fail(where(bf.file, l.row), 'overdrawn');
      if (!inPeriod(l.date ?? '', truth.period)) fail(where(bf.file, l.row), 'outside the period');
      if (l.date && !workingDay(l.date, truth.publicHolidays)) fail(where(bf.file, l.row), 'not a working day');
    }
    if (dec(bal) !== bf.closingBalance) fail(where(bf.file), `closing ${dec(bal)} ≠ truth ${bf.closingBalance}`);
    for (let k = 1; k < chrono.length; k++)
      if (chrono[k].date < chrono[k - 1].date) fail(where(bf.file, chrono[k].row), 'out of order');
    // every statement line in truth.bank once, in file order, as written
    const mine = truth.bank.filter((b) => b.ref.file === bf.file);
    if (mine.length !== read.length) fail(where(bf.file), `${read.length} lines, truth has ${mine.length}`);
    mine.forEach((b, k) => {
      const l = read[k];
      if (!l) return;
      const r = b.ref;
      if (r.row !== l.row || r.date !== l.date || r.amount !== dec(l.amount) || r.text !== l.text)
        fail(where(bf.file, l.row), `truth line ${k} (${r.row} ${r.date} ${r.amount}) ≠ file`);
      if ((r.reference ?? '') !== l.reference) fail(where(bf.file, l.row), 'reference differs');
    });
  }

  for (const lf of truth.ledgerFiles) {
    const ro = lf.readOptions;
    const rows = sheetRows(dir, lf.file, ro, where(lf.file));
    const col = columns(rows, lf.headerRow, ro.mapping, where(lf.file));
    const nonEntry = new Set((lf.nonEntryRows ?? []).map((x) => x.row));
    let bal = Number(lf.openingBalance.replace('.', ''));
    for (let i = lf.headerRow; i < rows.length; i++) {
      const row = rows[i];
      const n = i + 1;
      const inC = minorOf(get(row, col.moneyIn)[0]);
      const outC = minorOf(get(row, col.moneyOut)[0]);
      const date = dateOf(get(row, col.date)[0], ro.dateOrder);
      if (inC === undefined || outC === undefined) fail(where(lf.file, n), 'unreadable amount');
      if (inC === null && outC === null) continue;
      if (!date) {
        if (!nonEntry.has(n)) fail(where(lf.file, n), 'undated row with money not in nonEntryRows');
        continue;
      }
      if (nonEntry.has(n)) fail(where(lf.file, n), 'a dated entry is listed in nonEntryRows');
      if (inC !== null && outC !== null) fail(where(lf.file, n), 'money in both columns');
      const amount = inC !== null ? inC : -outC;
      bal += amount;
      const b = minorOf(get(row, col.balance)[0]);
      if (b !== bal) fail(where(lf.file, n), `balance ${b} ≠ running ${bal}`);
      if (!inPeriod(date, truth.period)) fail(where(lf.file, n), 'outside the period');
      entries.set(`${lf.file}#${n}`, {
        row: n,
        date,
        amount,
        description: get(row, col.description).map(textOf).filter(Boolean).join(' — '),
        reference: textOf(get(row, col.reference)[0]),
        party: textOf(get(row, col.party)[0]),
        owners: new Set(),
      });
    }
    for (const x of lf.nonEntryRows ?? [])
      if (!rows[x.row - 1] || dateOf(get(rows[x.row - 1], col.date)[0], ro.dateOrder))
        fail(where(lf.file, x.row), 'nonEntryRow is not an undated row');
    if (dec(bal) !== lf.closingBalance) fail(where(lf.file), `closing ${dec(bal)} ≠ truth ${lf.closingBalance}`);
  }

  // references into the books
  const entryOf = (r, owner) => {
    const e = entries.get(key(r));
    if (!e) {
      fail(where(r.file, r.row), 'truth names a row that is no entry');
      return null;
    }
    if (e.date !== r.date || dec(e.amount) !== r.amount) fail(where(r.file, r.row), 'truth date/amount ≠ file');
    if (owner) e.owners.add(owner);
    return e;
  };
  const bankText = (b) => `${b.ref.text} ${b.ref.reference ?? ''}`;
  const bookText = (es) => es.map((e) => `${e.description} ${e.reference} ${e.party}`).join(' ');
  const byGroup = new Map();
  for (const b of truth.bank) if (b.group) byGroup.set(b.group, [...(byGroup.get(b.group) ?? []), b]);

  for (const b of truth.bank) {
    const w = where(b.ref.file, b.ref.row);
    if (DECISION_EXPECT[b.decision] !== b.expect) fail(w, `expect ${b.expect} with decision ${b.decision}`);
    const matched = b.decision === 'auto' || b.decision === 'suggest';
    if (matched !== (b.evidence !== null)) fail(w, 'evidence only on auto/suggest');
    if ((b.decision === 'bank-only') !== (b.kind !== null)) fail(w, 'kind only on bank-only');
    if (b.kind !== null && !KINDS.has(b.kind)) fail(w, `unknown kind ${b.kind}`);
    if ((b.decision === 'suggest') !== 'mustNotAuto' in b) fail(w, 'mustNotAuto only on suggest');
    const traits = b.traits ?? [];
    if (b.mustNotAuto === true && !traits.some((t) => t === 'tie' || t === 'part-payment'))
      fail(w, 'mustNotAuto without a tie or a part payment');
    if (b.mustNotAuto === false && traits.some((t) => t === 'tie' || t === 'part-payment'))
      fail(w, 'a tie or a part payment may not be auto-confirmed');
    if ((b.ledger === null) !== Array.isArray(b.ledgerAnyOf) || (b.ledger === null) !== (b.ambiguous === true))
      if (matched) fail(w, 'ledgerAnyOf ⇔ ledger null ⇔ ambiguous');
    if (!matched && (b.ledger !== null || b.ledgerAnyOf)) fail(w, 'ledger rows on a line with no counterpart');
    if (traits.includes('tie') && b.decision !== 'suggest') fail(w, 'a tie must be a suggestion');
    if (b.decision === 'reversal-pair') {
      const p = truth.bank.find((x) => b.partner && key(x.ref) === key(b.partner));
      if (!p || p.decision !== 'reversal-pair' || key(p.partner) !== key(b.ref)) fail(w, 'partner does not point back');
      else if (Number(p.ref.amount.replace('.', '')) !== -Number(b.ref.amount.replace('.', '')))
        fail(w, 'reversal partners do not cancel');
    } else if (b.partner !== null) fail(w, 'partner on a line that is no reversal');
    const lineAmount = Number(b.ref.amount.replace('.', ''));
    if (b.decision === 'none' || b.decision === 'bank-only') {
      const same = [...entries.entries()].filter(([, e]) => e.amount === lineAmount);
      const lo = new Set((truth.ledgerOnly ?? []).map(key));
      const decoyOk = traits.includes('decoy') && same.every(([k]) => lo.has(k));
      if (same.length && !decoyOk) fail(w, `${b.decision} line with a book row of its amount`);
    }
    if (!matched) continue;
    const owner = b.group
      ? `group:${b.group}`
      : b.ledgerAnyOf
        ? `anyOf:${JSON.stringify(b.ledgerAnyOf.map((o) => o.map(key)).sort())}`
        : `line:${key(b.ref)}`;
    const options = b.ledger ? [b.ledger] : b.ledgerAnyOf;
    const groupLines = b.group ? byGroup.get(b.group) : [b];
    const bankSum = groupLines.reduce((s, x) => s + Number(x.ref.amount.replace('.', '')), 0);
    for (const opt of options) {
      const es = opt.map((r) => entryOf(r, owner)).filter(Boolean);
      const got = evidence(bankText(b), bookText(es));
      if (got !== b.evidence) fail(w, `evidence recomputed ${got}, truth ${b.evidence}`);
      const bookSum = es.reduce((s, e) => s + e.amount, 0);
      const diff = bankSum - bookSum;
      if (b.decision === 'auto') {
        if (b.evidence === 'amount') fail(w, 'auto on amount alone');
        if (dec(diff) !== (b.difference ?? '0.00')) fail(w, `difference ${dec(diff)} ≠ truth ${b.difference}`);
        if (Math.abs(diff) * 10 > Math.abs(bookSum)) fail(w, 'difference above 10 %');
        const rel = Math.sign(diff) * Math.sign(bookSum);
        if (rel < 0 && !traits.some((t) => t.startsWith('short-'))) fail(w, 'short without a short- trait');
        if (rel > 0 && !traits.some((t) => t.startsWith('over-'))) fail(w, 'over without an over- trait');
        if (rel === 0 && traits.some((t) => /^(short|over)-/.test(t))) fail(w, 'short/over trait, no difference');
        if (b.evidence === 'counterparty') {
          const inOptions = new Set(options.flat().map(key));
          for (const [k, e] of entries)
            if (
              !inOptions.has(k) &&
              e.amount === bookSum &&
              share(tokens(bankText(b)).words, tokens(bookText([e])).words)
            )
              fail(w, `name alone is ambiguous with ${k}`);
        }
      }
    }
  }
  for (const x of truth.ledgerOnly ?? []) {
    const e = entryOf(x, `ledgerOnly:${key(x)}`);
    if (e && !x.why) fail(where(x.file, x.row), 'ledger-only row without a why');
  }
  for (const [k, e] of entries) if (e.owners.size !== 1) fail(`${S}/${k}`, `owned ${e.owners.size} times`);

  // the reconcile document of each bank file
  for (const bf of truth.bankFiles) {
    const path = join(dir, `reconcile.${bf.file}.json`);
    if (!existsSync(path)) {
      fail(where(bf.file), 'no reconcile document');
      continue;
    }
    const doc = JSON.parse(readFileSync(path, 'utf8'));
    if (!ajvValidate(doc)) fail(path, `schema: ${JSON.stringify(ajvValidate.errors?.slice(0, 3))}`);
    if (doc.options?.timezone !== truth.timezone) fail(path, 'timezone');
    const fileLines = [...lines.entries()].filter(([k]) => k.startsWith(`${bf.file}#`));
    if (doc.bank.length !== fileLines.length) fail(path, 'bank line count');
    doc.bank.forEach((d, k) => {
      const [id, l] = fileLines[k] ?? [];
      if (!l) return;
      if (d.id !== id || d.date !== l.date || d.amount !== dec(l.amount) || d.narration !== l.text)
        fail(path, `bank[${k}] ≠ ${id}`);
      if ((d.reference ?? '') !== l.reference || d.balance !== dec(l.balance) || d.counterparty !== null)
        fail(path, `bank[${k}] reference/balance`);
      if (d.currency !== truth.currency) fail(path, `bank[${k}] currency`);
    });
    if (doc.ledger.length !== entries.size) fail(path, 'ledger row count');
    [...entries.entries()].forEach(([id, e], k) => {
      const d = doc.ledger[k];
      if (!d) return;
      if (d.id !== id || d.date !== e.date || d.amount !== dec(e.amount) || d.description !== e.description)
        fail(path, `ledger[${k}] ≠ ${id}`);
      if ((d.reference ?? '') !== e.reference || (d.party ?? '') !== e.party || d.account !== bf.ledgerAccount)
        fail(path, `ledger[${k}] reference/party/account`);
    });
    if (doc.statement?.bankBalance !== bf.closingBalance) fail(path, 'statement bank balance');
    if (doc.statement?.bookBalance !== truth.ledgerFiles[0].closingBalance) fail(path, 'statement book balance');
  }

  // the index entry
  if (!indexEntry) fail(S, 'not in index.json');
  else {
    const count = (f) => truth.bank.filter(f).length;
    const checks = {
      bankLines: truth.bank.length,
      ledgerRows: entries.size,
      ledgerOnly: (truth.ledgerOnly ?? []).length,
      mustNotAuto: count((b) => b.mustNotAuto === true),
      autoWithDifference: count((b) => b.decision === 'auto' && b.difference !== undefined),
      matched: count((b) => b.decision === 'auto' || b.decision === 'suggest'),
    };
    for (const [k, v] of Object.entries(checks)) if (indexEntry[k] !== v) fail(S, `index ${k} ${indexEntry[k]} ≠ ${v}`);
    for (const d of Object.keys(DECISION_EXPECT))
      if ((indexEntry.decisions[d] ?? 0) !== count((b) => b.decision === d)) fail(S, `index decisions.${d}`);
    if (JSON.stringify(indexEntry.bankFiles) !== JSON.stringify(truth.bankFiles.map((f) => f.file)))
      fail(S, 'index bankFiles');
    if (JSON.stringify(indexEntry.ledgerFiles) !== JSON.stringify(truth.ledgerFiles.map((f) => f.file)))
      fail(S, 'index ledgerFiles');
  }
  return { lines: truth.bank.length, rows: entries.size };
}

function dec(minor) {
  const s = `${Math.floor(Math.abs(minor) / 100)}.${pad(Math.abs(minor) % 100)}`;
  return minor < 0 ? `-${s}` : s;
}

const ajv = new Ajv2020({ allErrors: true, strict: false });
const schema = JSON.parse(readFileSync(join(repo, 'docs/reconcile-input.schema.json'), 'utf8'));
const ajvValidate = ajv.compile(schema);
const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
for (const entry of index.sets) {
  const dir = join(root, entry.set);
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
  const { lines, rows } = validateSet(dir, truth, ajvValidate, entry);
  console.log(`${entry.set}: ${lines} bank lines, ${rows} ledger entries checked`);
}
if (problems.length) {
  for (const p of problems) console.error(p);
  console.error(`${problems.length} problem(s)`);
  process.exit(1);
}
console.log('holdout44: all checks passed');
