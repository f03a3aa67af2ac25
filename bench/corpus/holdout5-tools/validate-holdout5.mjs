// Validator of bench/corpus/holdout5: schema-checks every reconcile JSON and cross-checks every truth ref
// against the rows of the files. Exit 1 on any problem.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import XLSX from 'xlsx';

const HERE = dirname(fileURLToPath(import.meta.url));
const BASE = join(HERE, '..', 'holdout5');
const ROOT = join(HERE, '..', '..', '..');
const schema = JSON.parse(readFileSync(join(ROOT, 'docs', 'reconcile-input.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateDoc = ajv.compile(schema);
const problems = [];
const fail = (where, msg) => problems.push(`${where}: ${msg}`);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function readRows(path) {
  if (path.endsWith('.csv')) {
    return parse(readFileSync(path), { relax_column_count: true, bom: true }).map((r) => r.map((c) => String(c)));
  }
  const wb = XLSX.read(readFileSync(path), { cellDates: true });
  const ws = wb.Sheets[wb.SheetNames[0]];
  return XLSX.utils
    .sheet_to_json(ws, { header: 1, raw: true, defval: '', blankrows: true })
    .map((r) => r.map((c) => (c instanceof Date ? c.toISOString().slice(0, 10) : String(c))));
}
const isoForms = (iso) => {
  const [y, m, d] = iso.split('-');
  return [iso, `${d}/${m}/${y}`, `${d}-${MON[m - 1]}-${y}`, `${d} ${MON[m - 1]} ${y}`];
};
const num = (s) => {
  const t = String(s).replace(/[,\s]/g, '');
  return /^-?\d+(\.\d+)?$/.test(t) ? Math.round(Math.abs(Number(t)) * 100) : null;
};
const minor = (s) => Math.round(Math.abs(Number(s)) * 100);
function checkRef(where, rows, ref, withText) {
  const row = rows[ref.row - 1];
  if (!row) return fail(where, `row ${ref.row} does not exist`);
  if (!row.some((c) => isoForms(ref.date).includes(c))) fail(where, `row ${ref.row} has no date ${ref.date}`);
  if (!row.some((c) => num(c) === minor(ref.amount))) fail(where, `row ${ref.row} has no amount ${ref.amount}`);
  if (withText && !row.includes(ref.text)) fail(where, `row ${ref.row} has no text "${ref.text}"`);
}

const index = JSON.parse(readFileSync(join(BASE, 'index.json'), 'utf8'));
const dirs = readdirSync(BASE).filter((d) => existsSync(join(BASE, d, 'truth.json')));
if (dirs.length !== index.sets.length) fail('index.json', `lists ${index.sets.length} sets, found ${dirs.length}`);
for (const set of dirs) {
  const dir = join(BASE, set);
  const t = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
  const files = {};
  for (const f of [...t.bankFiles, ...t.ledgerFiles]) files[f.file] = readRows(join(dir, f.file));
  const bankKeys = new Set();
  const usedLedger = new Map();
  const groups = new Map();
  for (const [i, e] of t.bank.entries()) {
    const w = `${set} bank[${i}]`;
    checkRef(w, files[e.ref.file], e.ref, true);
    const k = `${e.ref.file}#${e.ref.row}`;
    if (bankKeys.has(k)) fail(w, `row ${k} twice`);
    bankKeys.add(k);
    if (!['match', 'bank-only', 'reversal-pair', 'no-counterpart'].includes(e.expect))
      fail(w, `bad expect ${e.expect}`);
    if (!['reference', 'counterparty', 'amount'].includes(e.evidence)) fail(w, `bad evidence ${e.evidence}`);
    if (e.expect === 'match') {
      if (!e.ledger.length) fail(w, 'match without ledger rows');
      for (const l of e.ledger) checkRef(`${w} ledger`, files[l.file], l);
      if (e.ambiguous) {
        if (!e.ledgerAnyOf?.some((s) => s.map((x) => x.row).join() === e.ledger.map((x) => x.row).join()))
          fail(w, 'ambiguous line whose ledger is not one of ledgerAnyOf');
      } else if (e.ledgerAnyOf) fail(w, 'ledgerAnyOf without ambiguous');
      const key = e.group ?? k;
      const sig = e.ledger.map((l) => `${l.file}#${l.row}`).join('|');
      if (groups.has(key) && groups.get(key).sig !== sig) fail(w, `group ${key} with different ledger rows`);
      const g = groups.get(key) ?? {
        sig,
        bank: 0,
        ledger: e.ledger.reduce((s, l) => s + Number(l.amount), 0),
        traits: e.traits,
      };
      g.bank += Number(e.ref.amount);
      groups.set(key, g);
      if (!groups.get(key).counted) {
        for (const l of e.ledger) {
          const lk = `${l.file}#${l.row}`;
          usedLedger.set(lk, (usedLedger.get(lk) ?? 0) + 1);
        }
        groups.get(key).counted = true;
      }
    } else if (e.ledger.length) fail(w, `${e.expect} with ledger rows`);
    if (e.expect === 'bank-only' && !['charge', 'levy', 'tax', 'fee-vat', 'interest'].includes(e.kind))
      fail(w, `bank-only kind ${e.kind}`);
    if (e.expect !== 'bank-only' && e.kind !== null) fail(w, 'kind on a line that is not bank-only');
    if (e.expect === 'reversal-pair') {
      const p = t.bank.find((x) => x.ref.row === e.partner?.row && x.ref.file === e.partner?.file);
      if (!p || p.partner?.row !== e.ref.row) fail(w, 'partner is not a pair');
      else if (Number(p.ref.amount) !== -Number(e.ref.amount)) fail(w, 'partner amounts do not cancel');
    }
  }
  // evidence "reference": the bank row and the ledger row (Tally: with its narration row) share a document token
  const tokens = (cells) =>
    new Set(
      cells
        .filter((c) => num(c) === null && !/^\d{4}-\d{2}-\d{2}$|^\d{1,2}[/ -]/.test(c))
        .join(' ')
        .toUpperCase()
        .split(/[^A-Z0-9]+/)
        // document numbers (a digit run, not a year) and M-PESA receipt codes (ten characters)
        .filter(
          (x) =>
            (x.length >= 3 && /\d/.test(x) && !/^20\d\d$/.test(x)) || (/^U[A-Z0-9]{9}$/.test(x) && x !== 'UNIVERSITY'),
        )
        .map((x) => x.replace(/^[A-Z]+(?=\d)/, '').replace(/^0+(?=\d)/, '')),
    );
  for (const [i, e] of t.bank.entries()) {
    if (e.expect !== 'match') continue;
    const bt = tokens(files[e.ref.file][e.ref.row - 1]);
    const lt = new Set(
      e.ledger.flatMap((l) => {
        const rows = files[l.file];
        const next = rows[l.row] ?? [];
        const narrationRow = next[0] === '' && next.slice(2).every((c) => c === '');
        return [...tokens([...rows[l.row - 1], ...(narrationRow ? next : [])])];
      }),
    );
    // equal, or one ends with the other's serial (INV202601418 ~ INV-01418)
    const shared = [...bt].some((x) =>
      [...lt].some(
        (y) =>
          x === y ||
          (/^\d{3,}$/.test(y) && x.length <= 10 && x.endsWith(y)) ||
          (/^\d{3,}$/.test(x) && y.length <= 10 && y.endsWith(x)),
      ),
    );
    if (e.evidence === 'reference' && !shared)
      fail(`${set} bank[${i}]`, `evidence "reference" but no document token shared with the ledger row(s)`);
    if (e.evidence !== 'reference' && shared)
      console.warn(
        `note: ${set} bank[${i}] row ${e.ref.row} shares a token with its ledger row but evidence is "${e.evidence}"`,
      );
  }
  for (const [key, g] of groups) {
    const diff = Math.round((g.bank - g.ledger) * 100);
    const explained = g.traits.some((x) => x.startsWith('short-') || x === 'over-payment');
    if (diff !== 0 && !explained)
      fail(`${set} group ${key}`, `bank − ledger = ${diff / 100} without a trait saying why`);
    if (diff === 0 && explained) fail(`${set} group ${key}`, 'difference trait on an exact match');
  }
  for (const [lk, n] of usedLedger) if (n > 1) fail(set, `ledger row ${lk} used by ${n} matches`);
  for (const o of t.ledgerOnly) {
    checkRef(`${set} ledgerOnly`, files[o.file], o);
    if (usedLedger.has(`${o.file}#${o.row}`)) fail(set, `ledger-only row ${o.row} also matched`);
  }
  // every bank row with money below the header is in truth.bank
  for (const b of t.bankFiles) {
    const rows = files[b.file];
    rows.forEach((r, i) => {
      const rowNo = i + 1;
      if (rowNo <= b.headerRow) return;
      const hasDate = r.some((c) => /^\d{4}-\d{2}-\d{2}$|^\d{2}[/-]|^\d{2} [A-Z][a-z]{2} \d{4}$/.test(c));
      const hasMoney = r.some((c) => num(c) !== null && num(c) !== 0);
      if (hasDate && hasMoney && !bankKeys.has(`${b.file}#${rowNo}`))
        fail(set, `bank row ${rowNo} with money is not in truth.bank`);
    });
  }
  // reconcile documents
  for (const b of t.bankFiles) {
    const p = join(dir, `reconcile.${b.file}.json`);
    const doc = JSON.parse(readFileSync(p, 'utf8'));
    if (!validateDoc(doc)) fail(p, ajv.errorsText(validateDoc.errors));
    const ids = new Set(doc.bank.map((x) => x.id));
    for (const k of bankKeys) if (k.startsWith(`${b.file}#`) && !ids.has(k)) fail(p, `bank id ${k} missing`);
    if (ids.size !== t.bank.length) fail(p, `${ids.size} bank ids for ${t.bank.length} truth lines`);
    const lids = new Set(doc.ledger.map((x) => x.id));
    for (const e of t.bank)
      for (const l of [...e.ledger, ...(e.ledgerAnyOf ?? []).flat()]) {
        if (!lids.has(`${l.file}#${l.row}`)) fail(p, `ledger id ${l.file}#${l.row} missing`);
      }
    for (const o of t.ledgerOnly)
      if (!lids.has(`${o.file}#${o.row}`)) fail(p, `ledger-only id ${o.file}#${o.row} missing`);
    for (const x of doc.bank) {
      const e = t.bank.find((y) => `${y.ref.file}#${y.ref.row}` === x.id);
      if (!e || e.ref.amount !== x.amount || e.ref.date !== x.date) fail(p, `bank ${x.id} differs from truth`);
    }
    for (const x of doc.ledger) {
      const row = files[x.id.split('#')[0]][Number(x.id.split('#')[1]) - 1];
      if (!row || !row.some((c) => num(c) === minor(x.amount))) fail(p, `ledger ${x.id} amount not on its row`);
    }
  }
  const c = index.sets.find((s) => s.set === set);
  if (!c || c.bankLines !== t.bank.length) fail('index.json', `${set} counts differ`);
}
if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`${problems.length} problem(s)`);
  process.exit(1);
}
console.log(`holdout5: ${dirs.length} sets valid`);
