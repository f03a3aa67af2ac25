// Writes bench/corpus/holdout22/<set>/** (statement, ledger, truth.json, reconcile.<statement>.json) and index.json.
// Seeded: the same seed gives the same bytes. Usage: node bench/corpus/holdout22-tools/make-holdout22.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dec, makeRng, prettyJson } from './lib.mjs';
import { buildMonth } from './scenario.mjs';
import { SETS, periodOf } from './sets.mjs';
import { LAYOUTS, ledgerDescription } from './layouts.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const outRoot = path.resolve(here, '../holdout22');
const DEFAULT_SEED = 20262222;
const seed = Number(process.env.BANKFEED_CORPUS_SEED ?? DEFAULT_SEED);
console.log(`holdout22 seed ${seed}`);

const orNull = (s) => (s === '' || s === undefined || s === null ? null : s);

async function makeSet(factory, i) {
  const setSeed = seed + i * 104729;
  const rng = makeRng(setSeed);
  const cfg = factory(rng);
  const period = periodOf(cfg);
  const { bank, ledger } = buildMonth(cfg, rng);

  // Oldest first, each charge right after its line, monthly charges last; the running balance follows.
  bank.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.base - b.base || a.sub - b.sub || a.seq - b.seq));
  let opening = cfg.opening;
  let run = 0;
  let low = 0;
  for (const l of bank) {
    run += l.amount;
    low = Math.min(low, run);
  }
  if (opening + low < 100000) opening += Math.ceil((100000 - opening - low) / 10000000) * 10000000;
  let bal = opening;
  for (const l of bank) l.balance = bal += l.amount;
  const closing = bal;

  ledger.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.sort - b.sort));
  const bookClosing = opening + ledger.reduce((s, r) => s + r.amount, 0);

  const lay = LAYOUTS[cfg.key];
  const bf = lay.bank(cfg, bank, { opening, closing, period });
  const lf = lay.ledger(cfg, ledger, { opening, closing: bookClosing, period });
  const dir = path.join(outRoot, cfg.key);
  fs.mkdirSync(dir, { recursive: true });
  for (const f of fs.readdirSync(dir)) fs.rmSync(path.join(dir, f));
  fs.writeFileSync(path.join(dir, bf.file), bf.buffer ?? bf.text);
  fs.writeFileSync(path.join(dir, lf.file), lf.buffer ?? lf.text);

  bank.forEach((l, k) => (l.row = bf.at[k]));
  ledger.forEach((r, k) => (r.row = lf.at[k]));
  const byKey = new Map(ledger.map((r) => [r.key, r]));
  const lref = (key) => {
    const r = byKey.get(key);
    return { file: lf.file, row: r.row, date: r.day, amount: dec(r.amount) };
  };
  const bref = (l) => {
    const ref = { file: bf.file, row: l.row, date: l.day, amount: dec(l.amount), text: l.text };
    if (l.reference) ref.reference = l.reference;
    return ref;
  };

  const fileOrder = [...bank].sort((a, b) => a.row - b.row);
  const truthBank = fileOrder.map((l) => {
    const t = l.truth;
    const row = { ref: bref(l), expect: t.expect, decision: t.decision };
    if (t.decision === 'suggest') row.mustNotAuto = t.mustNotAuto;
    row.ledger = t.ledgerKeys === null ? null : t.ledgerKeys.map(lref);
    if (t.anyOfKeys) row.ledgerAnyOf = t.anyOfKeys.map((set) => set.map(lref));
    if (t.group) row.group = t.group;
    if (t.decision === 'auto' && t.difference !== undefined) row.difference = dec(t.difference);
    row.evidence = t.evidence;
    row.ambiguous = Boolean(t.ambiguous);
    row.kind = t.kind;
    row.partner = t.partner ? bref(t.partner) : null;
    row.traits = t.traits;
    return row;
  });
  const ledgerOnly = ledger
    .filter((r) => r.ledgerOnly)
    .map((r) => ({ file: lf.file, row: r.row, date: r.day, amount: dec(r.amount), why: r.ledgerOnly }));

  const bankFile = {
    file: bf.file,
    bank: lay.bankName,
    headerRow: bf.headerRow,
    ledgerAccount: lay.ledgerAccount,
    readOptions: bf.readOptions,
    order: bf.order,
    layout: bf.layout,
    openingBalance: dec(opening),
    closingBalance: dec(closing),
  };
  if (bf.nonEntryRows.length) bankFile.nonEntryRows = bf.nonEntryRows;
  const ledgerFile = {
    file: lf.file,
    package: lf.package,
    headerRow: lf.headerRow,
    readOptions: lf.readOptions,
    layout: lf.layout,
    openingBalance: dec(opening),
    closingBalance: dec(bookClosing),
  };
  if (lf.nonEntryRows.length) ledgerFile.nonEntryRows = lf.nonEntryRows;

  const truth = {
    set: cfg.key,
    country: cfg.country,
    currency: cfg.currency,
    timezone: cfg.timezone,
    period: { from: period.from, to: period.to },
    seed: setSeed,
    bankFiles: [bankFile],
    ledgerFiles: [ledgerFile],
    notes: [
      'Blind: written from the public input contracts and general knowledge of the bank and the package, not from the engine.',
      'One truth row per statement row with money, in file order; ledger rows are referred to by spreadsheet row number.',
      'The books opened the month reconciled: ledger opening balance = bank opening balance.',
      'Ties and twins: ledger is null and ledgerAnyOf lists the equally right answers; the open half of a tie is in no other row and not in ledgerOnly.',
      'difference (auto only) = bank amount - ledger amount(s), written when they differ.',
    ],
    bank: truthBank,
    ledgerOnly,
  };

  const doc = {
    options: { timezone: cfg.timezone },
    bank: fileOrder.map((l) => ({
      id: `${bf.file}#${l.row}`,
      date: l.day,
      amount: dec(l.amount),
      currency: cfg.currency,
      narration: l.text,
      reference: orNull(l.reference),
      counterparty: null,
      balance: dec(l.balance),
    })),
    ledger: [...ledger]
      .sort((a, b) => a.row - b.row)
      .map((r) => ({
        id: `${lf.file}#${r.row}`,
        date: r.day,
        amount: dec(r.amount),
        currency: cfg.currency,
        reference: orNull(r.reference),
        description: orNull(ledgerDescription(cfg.key, r)),
        party: orNull(r.party),
        account: orNull(r.account),
      })),
    statement: { from: period.from, to: period.to, bankBalance: dec(closing), bookBalance: dec(bookClosing) },
  };

  const truthPath = path.join(dir, 'truth.json');
  fs.writeFileSync(truthPath, await prettyJson(truth, truthPath));
  const docPath = path.join(dir, `reconcile.${bf.file}.json`);
  fs.writeFileSync(docPath, await prettyJson(doc, docPath));

  const count = (d) => truthBank.filter((r) => r.decision === d).length;
  const matched = truthBank.filter((r) => r.expect === 'match');
  return {
    set: cfg.key,
    country: cfg.country,
    currency: cfg.currency,
    period: { from: period.from, to: period.to },
    bankFiles: [bf.file],
    ledgerFiles: [lf.file],
    bankLines: truthBank.length,
    ledgerRows: ledger.length,
    decisions: {
      auto: count('auto'),
      suggest: count('suggest'),
      'bank-only': count('bank-only'),
      none: count('none'),
      'reversal-pair': count('reversal-pair'),
    },
    mustNotAuto: truthBank.filter((r) => r.mustNotAuto === true).length,
    ledgerOnly: ledgerOnly.length,
    matchedWithoutReference: matched.filter((r) => r.evidence !== 'reference').length,
    matched: matched.length,
  };
}

const sets = [];
for (let i = 0; i < SETS.length; i++) sets.push(await makeSet(SETS[i], i));
const totals = { auto: 0, suggest: 0, 'bank-only': 0, none: 0, 'reversal-pair': 0, bankLines: 0, ledgerRows: 0 };
for (const s of sets) {
  for (const k of Object.keys(s.decisions)) totals[k] += s.decisions[k];
  totals.bankLines += s.bankLines;
  totals.ledgerRows += s.ledgerRows;
}
const index = { corpus: 'holdout22', seed, generator: 'bench/corpus/holdout22-tools/make-holdout22.mjs', sets, totals };
const indexPath = path.join(outRoot, 'index.json');
fs.writeFileSync(indexPath, await prettyJson(index, indexPath));
for (const s of sets) {
  console.log(`${s.set}: ${s.bankLines} bank lines, ${s.ledgerRows} ledger rows, ${JSON.stringify(s.decisions)}`);
}
