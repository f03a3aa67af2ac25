// Writes bench/corpus/holdout65: four month-long sets (NG, GH, KE, ZA), each a bank statement file and a books export
// laid out as the bank and the package write them, a truth.json, a reconcile document per statement, and index.json.
// Seeded: the same seed writes the same bytes. Options: --out DIR (another folder), --list (print the decoys).
// The generator refuses to write when a set breaks one of its own rules (see check()).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { major, minor, rng, weekday } from './lib65.mjs';
import ng from './set-ng65.mjs';
import gh from './set-gh65.mjs';
import ke from './set-ke65.mjs';
import za from './set-za65.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const outAt = argv.indexOf('--out');
const outDir = outAt >= 0 ? argv[outAt + 1] : join(here, '..', 'holdout65');
const SEED = Number(process.env.BANKFEED_CORPUS_SEED ?? 20656565);
console.log(`holdout65: seed ${SEED}`);

// traits that explain why a match's amount differs from its book rows
const DIFFERS = ['over-payment', 'part-payment', 'fee-on-row', 'split-many-to-one'];
const differs = (traits) => traits.some((t) => DIFFERS.includes(t) || t.startsWith('short-'));

function check(spec) {
  const problems = [];
  const say = (m) => problems.push(`${spec.set}: ${m}`);
  const books = new Map(spec.book.map((b) => [b.key, b]));
  const lines = new Map(spec.lines.map((l) => [l.key, l]));
  if (books.size !== spec.book.length) say('duplicate book keys');
  if (lines.size !== spec.lines.length) say('duplicate line keys');
  const used = new Map();
  const groups = new Map();
  for (const l of spec.lines) {
    const d = l.d;
    if (!d) {
      say(`${l.key}: no decision`);
      continue;
    }
    if (l.date < spec.period.from || l.date > spec.period.to) say(`${l.key}: ${l.date} outside the period`);
    if (spec.weekdaysOnly && [0, 6].includes(weekday(l.date))) say(`${l.key}: ${l.date} is a weekend`);
    if ((spec.holidays ?? []).includes(l.date)) say(`${l.key}: ${l.date} is a holiday`);
    if (d.decision === 'auto' || d.decision === 'suggest') {
      if (!d.ledger.length) say(`${l.key}: ${d.decision} without book rows`);
      if (d.group) {
        groups.set(d.group, [...(groups.get(d.group) ?? []), l]);
      } else {
        for (const k of d.ledger) used.set(k, [...(used.get(k) ?? []), l.key]);
        const sum = d.ledger.reduce((s, k) => s + minor(books.get(k)?.amount ?? '0.00'), 0);
        if (sum !== minor(l.amount) && !differs(d.traits))
          say(`${l.key}: ${l.amount} against book rows of ${major(sum)}`);
      }
      for (const k of d.ledger) {
        const b = books.get(k);
        if (!b) say(`${l.key}: unknown book row ${k}`);
        else if (
          Math.sign(minor(b.amount)) !== Math.sign(minor(l.amount)) &&
          !d.traits.includes('invoice-less-credit-note')
        )
          say(`${l.key}: book row ${k} goes the other way`);
      }
    } else if (d.ledger.length) say(`${l.key}: ${d.decision} with book rows`);
    if (d.decision === 'reversal-pair') {
      const p = lines.get(d.partner);
      if (!p || p.d.partner !== l.key) say(`${l.key}: reversal partner does not point back`);
      else if (minor(p.amount) + minor(l.amount) !== 0) say(`${l.key}: reversal pair does not cancel`);
    }
    if (d.mustNotAuto && d.decision !== 'suggest') say(`${l.key}: mustNotAuto on a ${d.decision}`);
    if (d.decoy) {
      // a decoy names the book rows it must not take, none of them its own
      for (const k of d.decoy.tempting) {
        if (!books.has(k)) say(`${l.key}: decoy's tempting row ${k} unknown`);
        if (d.ledger.includes(k)) say(`${l.key}: decoy's tempting row ${k} is its own answer`);
      }
    }
  }
  for (const [g, ls] of groups) {
    const ledger = ls[0].d.ledger;
    if (ls.some((l) => l.d.ledger.join() !== ledger.join())) say(`group ${g}: lines name different rows`);
    for (const k of ledger) used.set(k, [...(used.get(k) ?? []), g]);
    const sum = ledger.reduce((s, k) => s + minor(books.get(k).amount), 0);
    const paid = ls.reduce((s, l) => s + minor(l.amount), 0);
    if (ls.length < 2) say(`group ${g}: one line`);
    if (sum !== paid && !ls.some((l) => differs(l.d.traits.filter((t) => t !== 'split-many-to-one'))))
      say(`group ${g}: lines ${major(paid)} against ${major(sum)}`);
  }
  for (const b of spec.book) {
    const u = used.get(b.key) ?? [];
    if (u.length > 1) say(`book row ${b.key} used by ${u.join(', ')}`);
    if (u.length === 1 && b.only) say(`book row ${b.key} is ledger-only yet matched by ${u[0]}`);
    if (u.length === 0 && !b.only) say(`book row ${b.key} neither matched nor ledger-only`);
  }
  for (const l of spec.lines)
    for (const k of l.d?.decoy?.tempting ?? [])
      if (!books.get(k)?.only && !used.has(k)) say(`${l.key}: tempting row ${k} is nobody's`);
  // at least two decoys that nothing may confirm: `none`, or `suggest` that must not be confirmed
  const strict = spec.lines.filter((l) => l.d?.decoy && (l.d.decision === 'none' || l.d.mustNotAuto)).length;
  if (strict < 2) say(`only ${strict} decoy(s) that must stay unconfirmed`);
  // the running balance, in statement order oldest first, never below zero
  let bal = minor(spec.opening);
  for (const l of spec.lines) {
    bal += minor(l.amount);
    l.balance = bal;
    if (bal < 0) say(`${l.key}: account overdrawn (${major(bal)})`);
  }
  const sorted = [...spec.lines].sort((a, b) => a.date.localeCompare(b.date));
  if (sorted.some((l, i) => l !== spec.lines[i])) say('lines are not in date order');
  return problems;
}

const EXPECT = { auto: 'match', suggest: 'match', none: 'no-counterpart', 'bank-only': 'bank-only' };
EXPECT['reversal-pair'] = 'reversal-pair';

function build(spec, dir) {
  const bankOut = spec.writeBank(spec.lines, spec);
  const bookOut = spec.writeBook(spec.book, spec);
  const bankFile = spec.bankFile.file;
  const bookFile = spec.ledgerFile.file;
  writeFileSync(join(dir, bankFile), bankOut.data);
  writeFileSync(join(dir, bookFile), bookOut.data);
  const bookRef = (k) => {
    const b = spec.book.find((x) => x.key === k);
    return { file: bookFile, row: bookOut.rowOf[k], date: b.date, amount: major(minor(b.amount)) };
  };
  const lineRef = (l) => ({
    file: bankFile,
    row: bankOut.rowOf[l.key],
    date: l.date,
    amount: major(minor(l.amount)),
    text: bankOut.json(l).narration,
  });
  const lineByKey = new Map(spec.lines.map((l) => [l.key, l]));
  const bank = [...spec.lines]
    .sort((a, b) => bankOut.rowOf[a.key] - bankOut.rowOf[b.key])
    .map((l) => {
      const d = l.d;
      const entry = { ref: lineRef(l), expect: EXPECT[d.decision], decision: d.decision };
      entry.ledger = d.ledger.map(bookRef);
      if (d.mustNotAuto) entry.ledgerAnyOf = [d.ledger.map(bookRef)];
      entry.group = d.group;
      entry.evidence = d.evidence;
      entry.ambiguous = d.mustNotAuto;
      entry.mustNotAuto = d.mustNotAuto;
      entry.kind = d.kind;
      entry.partner = d.partner ? lineRef(lineByKey.get(d.partner)) : null;
      entry.traits = d.traits;
      if (d.decoy) entry.decoy = { tempting: d.decoy.tempting.map(bookRef), why: d.decoy.why };
      if (d.note) entry.note = d.note;
      return entry;
    });
  const ledgerOnly = spec.book
    .filter((b) => b.only)
    .sort((a, b) => bookOut.rowOf[a.key] - bookOut.rowOf[b.key])
    .map((b) => ({ ...bookRef(b.key), why: b.only }));
  const closing = spec.lines.at(-1).balance;
  const truth = {
    set: spec.set,
    country: spec.country,
    currency: spec.currency,
    timezone: spec.timezone,
    period: spec.period,
    seed: SEED,
    bankFiles: [
      {
        file: bankFile,
        bank: spec.bank,
        headerRow: bankOut.headerRow,
        ledgerAccount: spec.bankFile.ledgerAccount,
        readOptions: spec.bankFile.readOptions,
        openingBalance: major(minor(spec.opening)),
        closingBalance: major(closing),
      },
    ],
    ledgerFiles: [
      {
        file: bookFile,
        package: spec.ledgerFile.package,
        headerRow: bookOut.headerRow,
        readOptions: spec.ledgerFile.readOptions,
      },
    ],
    bank,
    ledgerOnly,
  };
  if (bookOut.nonEntryRows?.length) truth.ledgerFiles[0].nonEntryRows = bookOut.nonEntryRows;
  writeFileSync(join(dir, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  // the same rows as a reconcile document: only what the files carry
  const doc = {
    options: { timezone: spec.timezone },
    bank: [...spec.lines]
      .sort((a, b) => bankOut.rowOf[a.key] - bankOut.rowOf[b.key])
      .map((l) => {
        const j = bankOut.json(l);
        const line = {
          id: `${bankFile}#${bankOut.rowOf[l.key]}`,
          date: l.date,
          amount: major(minor(l.amount)),
          currency: spec.currency,
          narration: j.narration,
          reference: j.reference ?? null,
          counterparty: j.counterparty ?? null,
          balance: major(l.balance),
        };
        if (j.fee) line.fee = j.fee;
        return line;
      }),
    ledger: [...spec.book]
      .sort((a, b) => bookOut.rowOf[a.key] - bookOut.rowOf[b.key])
      .map((b) => ({
        id: `${bookFile}#${bookOut.rowOf[b.key]}`,
        date: b.date,
        amount: major(minor(b.amount)),
        currency: spec.currency,
        ...bookOut.json(b),
      })),
    statement: { from: spec.period.from, to: spec.period.to, bankBalance: major(closing) },
  };
  writeFileSync(join(dir, `reconcile.${bankFile}.json`), JSON.stringify(doc, null, 2) + '\n');
  const count = (f) => spec.lines.filter(f).length;
  const decisions = {};
  for (const l of spec.lines) decisions[l.d.decision] = (decisions[l.d.decision] ?? 0) + 1;
  const kinds = {};
  for (const l of spec.lines) if (l.d.kind) kinds[l.d.kind] = (kinds[l.d.kind] ?? 0) + 1;
  const matched = spec.lines.filter((l) => ['auto', 'suggest'].includes(l.d.decision));
  return {
    set: spec.set,
    country: spec.country,
    currency: spec.currency,
    period: spec.period,
    bank: spec.bank,
    package: spec.ledgerFile.package,
    business: spec.business,
    bankFiles: [bankFile],
    ledgerFiles: [bookFile],
    bankLines: spec.lines.length,
    ledgerRows: spec.book.length,
    decisions,
    mustNotAuto: count((l) => l.d.mustNotAuto),
    autoWithDifference: 0,
    ledgerOnly: ledgerOnly.length,
    matched: matched.length,
    matchedWithoutReference: matched.filter((l) => l.d.evidence !== 'reference').length,
    bankOnlyKinds: kinds,
    reversalPairs: count((l) => l.d.decision === 'reversal-pair') / 2,
    decoys: count((l) => l.d.decoy),
  };
}

const sets = [ng, gh, ke, za].map((make, i) => make(rng(SEED + (i + 1) * 104729)));
const problems = sets.flatMap(check);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
const index = {
  corpus: 'holdout65',
  seed: SEED,
  generator: 'bench/corpus/holdout65-tools/make-holdout65.mjs',
  sets: [],
};
for (const spec of sets) {
  const dir = join(outDir, spec.set);
  mkdirSync(dir, { recursive: true });
  index.sets.push(build(spec, dir));
  console.log(`  ${spec.set}: ${spec.lines.length} bank lines, ${spec.book.length} book rows`);
}
writeFileSync(join(outDir, 'index.json'), JSON.stringify(index, null, 2) + '\n');
if (argv.includes('--list'))
  for (const spec of sets)
    for (const l of spec.lines.filter((x) => x.d.decoy))
      console.log(`${spec.set} ${l.key} ${l.date} ${l.amount}: ${l.d.decision}; ${l.d.decoy.why}`);
