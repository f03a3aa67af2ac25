#!/usr/bin/env node
// Writes bench/corpus/holdout62: four blind month-long sets (NG, GH, KE, ZA), each a bank statement and a book export
// as the bank and the package write them, a truth.json and one reconcile-JSON document per statement.
//   node bench/corpus/holdout62-tools/make-holdout62.mjs [--out <dir>]
// Seeded (BANKFEED_CORPUS_SEED overrides the default); the same seed writes the same bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GAP_TRAITS } from './dsl62.mjs';
import { daysBetween, major, numbersOf, rng, toMinor, weekday } from './lib62.mjs';
import * as gh from './set-gh62.mjs';
import * as ke from './set-ke62.mjs';
import * as ng from './set-ng62.mjs';
import * as za from './set-za62.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const outIx = args.indexOf('--out');
const OUT = outIx >= 0 ? resolve(args[outIx + 1]) : resolve(here, '../holdout62');
const SEED = Number(process.env.BANKFEED_CORPUS_SEED ?? 20626262);
console.log(`holdout62: seed ${SEED} → ${OUT}`);

const ONLY = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : null;
const MODULES = [ng, gh, ke, za]
  .map((mod, i) => [mod, i])
  .filter(([, i]) => !ONLY || ONLY.includes(['ng', 'gh', 'ke', 'za'][i]));
const index = {
  corpus: 'holdout62',
  seed: SEED,
  generator: 'bench/corpus/holdout62-tools/make-holdout62.mjs',
  sets: [],
};
const decoyReport = [];

MODULES.forEach(([mod, i]) => {
  const s = mod.build(rng(SEED + (i + 1) * 104729));
  const problems = [];
  const fail = (m) => problems.push(`${s.set}: ${m}`);

  // ---- amounts, order, balances ------------------------------------------------------------------------------------
  for (const l of s.lines) l.minor = toMinor(l.amount);
  for (const b of s.books) b.minor = toMinor(b.amount);
  const lineById = new Map(s.lines.map((l) => [l.id, l]));
  const bookById = new Map(s.books.map((b) => [b.id, b]));
  if (lineById.size !== s.lines.length) fail('duplicate line id');
  if (bookById.size !== s.books.length) fail('duplicate book id');
  const byDate = (xs) =>
    xs
      .map((x, k) => [x, k])
      .sort((a, b) => (a[0].date < b[0].date ? -1 : a[0].date > b[0].date ? 1 : a[1] - b[1]))
      .map(([x]) => x);
  const lines = byDate(s.lines);
  let bal = toMinor(s.openingBank);
  for (const l of lines) {
    bal += l.minor;
    l.balance = bal;
    if (bal < 0) fail(`${l.id}: account overdrawn`);
  }
  const openingBank = toMinor(s.openingBank);
  const closingBank = bal;
  const books = byDate(s.books);
  let bookBal = toMinor(s.openingBook);
  for (const b of books) {
    bookBal += b.minor;
    b.balance = bookBal;
  }
  const openingBook = toMinor(s.openingBook);
  const closingBook = bookBal;

  // ---- calendar ----------------------------------------------------------------------------------------------------
  for (const l of lines) {
    if (l.date < s.period.from || l.date > s.period.to) fail(`${l.id}: outside the period`);
    if (['Sat', 'Sun'].includes(weekday(l.date))) fail(`${l.id}: on a weekend (${l.date})`);
    if (s.publicHolidays.includes(l.date)) fail(`${l.id}: on a public holiday (${l.date})`);
  }
  for (const b of books)
    if (b.date < s.period.from || b.date > s.period.to) fail(`${b.id}: book row outside the period`);

  // ---- decisions -----------------------------------------------------------------------------------------------------
  const used = new Map();
  const use = (bookId, lineId) => {
    if (!bookById.has(bookId)) return fail(`${lineId}: unknown book row ${bookId}`);
    (used.get(bookId) ?? used.set(bookId, new Set()).get(bookId)).add(lineId);
  };
  const groups = new Map();
  for (const l of lines) {
    const d = l.d;
    if (!d || !d.decision) fail(`${l.id}: no decision`);
    if (d.decision === 'auto' || d.decision === 'suggest') {
      if (d.anyOf) {
        for (const set of d.anyOf) for (const id of set) use(id, l.id);
        for (const set of d.anyOf) {
          const sum = set.reduce((t, id) => t + bookById.get(id).minor, 0);
          if (sum !== l.minor) fail(`${l.id}: twin answer ${set} does not have the line's amount`);
        }
        if (!d.traits.includes('twins')) fail(`${l.id}: anyOf without the twins trait`);
      } else {
        for (const id of d.books) use(id, l.id);
      }
      if (d.group) (groups.get(d.group) ?? groups.set(d.group, []).get(d.group)).push(l);
      const rows = (d.books ?? d.anyOf[0]).map((id) => bookById.get(id));
      if (rows.some((b) => Math.sign(b.minor) !== Math.sign(l.minor))) fail(`${l.id}: a book row goes the other way`);
      // evidence: a `reference` shares a number with its rows; any other evidence shares none
      const lineNums = numbersOf(
        `${s.bankText(l)} ${l.reference && !/^\d{20,}$/.test(l.reference) ? l.reference : ''}`,
      );
      const rowNums = new Set(rows.flatMap((b) => [...numbersOf(`${s.bookText(b)} ${s.bookReference(b)}`)]));
      const shared = [...lineNums].filter((n) => rowNums.has(n));
      if (d.evidence === 'reference' && shared.length === 0) fail(`${l.id}: reference evidence but no shared number`);
      if (d.evidence !== 'reference' && shared.length > 0) fail(`${l.id}: ${d.evidence} evidence but shares ${shared}`);
      if (d.decision === 'auto' && d.evidence === 'amount') fail(`${l.id}: auto on the amount alone`);
      // single lines: the amounts agree unless a trait explains the gap
      if (!d.group) {
        const sum = rows.reduce((t, b) => t + b.minor, 0);
        const gap = GAP_TRAITS.some((t) => d.traits.includes(t));
        if (sum !== l.minor && !gap)
          fail(`${l.id}: ${major(l.minor)} vs rows ${major(sum)} without a trait saying why`);
        if (sum === l.minor && gap) fail(`${l.id}: a gap trait but the amounts agree`);
        if (d.decision === 'auto' && sum !== l.minor && d.difference !== major(l.minor - sum))
          fail(`${l.id}: auto with a difference must state it (${major(l.minor - sum)})`);
      }
    } else if (d.decision === 'reversal-pair') {
      const p = lineById.get(d.partner);
      if (!p || p.d.partner !== l.id) fail(`${l.id}: reversal partner does not point back`);
      else if (p.minor + l.minor !== 0) fail(`${l.id}: reversal pair does not cancel`);
    } else if (d.decision === 'none') {
      if (!d.why) fail(`${l.id}: none without why`);
    } else if (d.decision === 'bank-only') {
      if (!['charge', 'levy', 'tax', 'fee-vat', 'interest'].includes(d.kind)) fail(`${l.id}: bank-only kind ${d.kind}`);
    } else fail(`${l.id}: decision ${d.decision}`);
  }
  for (const [g, ls] of groups) {
    const rows = ls[0].d.books;
    if (ls.length < 2) fail(`group ${g} has one line`);
    if (ls.some((l) => l.d.books.join() !== rows.join() || l.d.decision !== ls[0].d.decision))
      fail(`group ${g} disagrees`);
    const lineSum = ls.reduce((t, l) => t + l.minor, 0);
    const rowSum = rows.reduce((t, id) => t + bookById.get(id).minor, 0);
    if (lineSum !== rowSum) fail(`group ${g} does not add up`);
  }
  for (const b of books) {
    const n = used.get(b.id)?.size ?? 0;
    const grouped = n > 1 && [...used.get(b.id)].every((id) => lineById.get(id).d.group || lineById.get(id).d.anyOf);
    if (b.lo && n > 0) fail(`${b.id}: ledger-only but matched`);
    if (!b.lo && n === 0) fail(`${b.id}: neither matched nor ledger-only`);
    if (n > 1 && !grouped) fail(`${b.id}: matched by ${n} lines`);
  }
  const decoys = lines.filter((l) => l.d.traits.includes('decoy'));
  if (decoys.length < 2) fail('fewer than two decoys');
  for (const l of decoys)
    if (!(l.d.decision === 'none' || (l.d.decision === 'suggest' && l.d.mustNotAuto)))
      fail(`${l.id}: a decoy must be none or mustNotAuto`);

  // ---- files ---------------------------------------------------------------------------------------------------------
  const dir = join(OUT, s.set);
  mkdirSync(dir, { recursive: true });
  const bankOut = s.writeBank(lines, { opening: openingBank, closing: closingBank });
  const bookOut = s.writeLedger(books, { opening: openingBook, closing: closingBook });
  writeFileSync(join(dir, s.bankFile.file), bankOut.content);
  writeFileSync(join(dir, s.ledgerFile.file), bookOut.content);
  for (const l of lines) if (!bankOut.rowOf.has(l.id)) fail(`${l.id}: not written`);
  for (const b of books) if (!bookOut.rowOf.has(b.id)) fail(`${b.id}: not written`);
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }

  const bankRef = (l) => ({
    file: s.bankFile.file,
    row: bankOut.rowOf.get(l.id),
    date: l.date,
    amount: major(l.minor),
    text: s.bankText(l),
    reference: l.reference ?? '',
  });
  const bookRef = (b) => ({
    file: s.ledgerFile.file,
    row: bookOut.rowOf.get(b.id),
    date: b.date,
    amount: major(b.minor),
    text: s.bookText(b),
    reference: s.bookReference(b),
  });
  const fill = (text) => text.replace(/\{(\w+)\}/g, (_, id) => `${bookOut.rowOf.get(id)}`);

  // ---- truth -----------------------------------------------------------------------------------------------------------
  const truthBank = lines.map((l) => {
    const d = l.d;
    const base = { ref: bankRef(l) };
    if (d.decision === 'auto' || d.decision === 'suggest') {
      const e = {
        ...base,
        expect: 'match',
        decision: d.decision,
        ledger: d.anyOf ? null : d.books.map((id) => bookRef(bookById.get(id))),
      };
      if (d.anyOf) e.ledgerAnyOf = d.anyOf.map((set) => set.map((id) => bookRef(bookById.get(id))));
      Object.assign(e, { group: d.group ?? null, ambiguous: Boolean(d.anyOf), partner: null, evidence: d.evidence });
      if (d.difference) e.difference = d.difference;
      if (d.decision === 'suggest') e.mustNotAuto = d.mustNotAuto;
      e.traits = d.traits;
      return e;
    }
    const tail = { ledger: null, group: null, ambiguous: false };
    if (d.decision === 'none') {
      const e = {
        ...base,
        expect: 'no-counterpart',
        decision: 'none',
        ...tail,
        partner: null,
        traits: d.traits,
        why: d.why,
      };
      if (d.decoy) e.decoy = fill(d.decoy);
      return e;
    }
    if (d.decision === 'bank-only')
      return {
        ...base,
        expect: 'bank-only',
        decision: 'bank-only',
        ...tail,
        partner: null,
        kind: d.kind,
        traits: d.traits,
      };
    return {
      ...base,
      expect: 'reversal-pair',
      decision: 'reversal-pair',
      ...tail,
      partner: bankRef(lineById.get(d.partner)),
      traits: d.traits,
    };
  });
  const ledgerOnly = books
    .filter((b) => b.lo)
    .map((b) => ({
      file: s.ledgerFile.file,
      row: bookOut.rowOf.get(b.id),
      date: b.date,
      amount: major(b.minor),
      why: b.lo,
    }));
  const bankFile = {
    file: s.bankFile.file,
    bank: s.bankFile.bank,
    headerRow: bankOut.headerRow,
    layout: s.bankFile.layout,
    order: s.bankFile.order,
    ledgerAccount: s.bankFile.ledgerAccount,
    readOptions: s.bankFile.readOptions,
    openingBalance: major(openingBank),
    closingBalance: major(closingBank),
  };
  const ledgerFile = {
    file: s.ledgerFile.file,
    package: s.ledgerFile.package,
    headerRow: bookOut.headerRow,
    layout: s.ledgerFile.layout,
    readOptions: s.ledgerFile.readOptions,
    openingBalance: major(openingBook),
    closingBalance: major(closingBook),
  };
  if (bookOut.nonEntryRows) ledgerFile.nonEntryRows = bookOut.nonEntryRows;
  const truth = {
    set: s.set,
    country: s.country,
    currency: s.currency,
    timezone: s.timezone,
    period: s.period,
    seed: SEED,
    publicHolidays: s.publicHolidays,
    bankFiles: [bankFile],
    ledgerFiles: [ledgerFile],
    bank: truthBank,
    ledgerOnly,
    notes: s.notes ?? [],
  };
  writeFileSync(join(dir, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');

  // ---- reconcile document ----------------------------------------------------------------------------------------------
  const doc = {
    options: { timezone: s.timezone },
    statement: {
      from: s.period.from,
      to: s.period.to,
      bankBalance: major(closingBank),
      bookBalance: major(closingBook),
    },
    bank: lines.map((l) => {
      const j = s.bankJson(l);
      const e = {
        id: `${s.bankFile.file}#${bankOut.rowOf.get(l.id)}`,
        date: l.date,
        amount: major(l.minor),
        currency: s.currency,
      };
      e.narration = j.narration;
      e.reference = j.reference;
      if (j.counterparty !== undefined) e.counterparty = j.counterparty;
      e.balance = major(l.balance);
      return e;
    }),
    ledger: books.map((b) => {
      const j = s.bookJson(b);
      return {
        id: `${s.ledgerFile.file}#${bookOut.rowOf.get(b.id)}`,
        date: b.date,
        amount: major(b.minor),
        currency: s.currency,
        reference: j.reference,
        description: j.description,
        party: j.party,
        account: j.account,
      };
    }),
  };
  writeFileSync(join(dir, `reconcile.${s.bankFile.file}.json`), JSON.stringify(doc, null, 2) + '\n');

  // ---- index and the README's lists ---------------------------------------------------------------------------------
  const count = (f) => lines.filter(f).length;
  const decisions = {};
  for (const l of lines) decisions[l.d.decision] = (decisions[l.d.decision] ?? 0) + 1;
  const kinds = {};
  for (const l of lines) if (l.d.decision === 'bank-only') kinds[l.d.kind] = (kinds[l.d.kind] ?? 0) + 1;
  const matchedLines = lines.filter((l) => l.d.decision === 'auto' || l.d.decision === 'suggest');
  index.sets.push({
    set: s.set,
    country: s.country,
    currency: s.currency,
    period: s.period,
    bank: s.bankName,
    package: s.packageName,
    business: s.business,
    bankFiles: [s.bankFile.file],
    ledgerFiles: [s.ledgerFile.file],
    bankLines: lines.length,
    ledgerRows: books.length,
    decisions,
    mustNotAuto: count((l) => l.d.mustNotAuto === true),
    autoWithDifference: count((l) => l.d.decision === 'auto' && Boolean(l.d.difference)),
    ledgerOnly: ledgerOnly.length,
    matched: matchedLines.length,
    matchedWithoutReference: matchedLines.filter((l) => l.d.evidence !== 'reference').length,
    bankOnlyKinds: kinds,
    reversalPairs: count((l) => l.d.decision === 'reversal-pair') / 2,
    decoys: decoys.length,
  });
  for (const l of decoys) {
    const ref = bankRef(l);
    const what =
      l.d.decision === 'none'
        ? `none — resembles ${fill(l.d.decoy)}. Not it: ${l.d.why}`
        : `suggest, mustNotAuto — the right row is book row ${l.d.books.map((id) => bookOut.rowOf.get(id))}`;
    decoyReport.push(`- ${s.country} row ${ref.row}, ${ref.date}, ${ref.amount}: \`${ref.text}\` — ${what}`);
  }
  const spread = Math.max(
    ...matchedLines.flatMap((l) =>
      (l.d.books ?? l.d.anyOf.flat()).map((id) => Math.abs(daysBetween(bookById.get(id).date, l.date))),
    ),
  );
  console.log(
    `${s.set}: ${lines.length} lines (${JSON.stringify(decisions)}), ${books.length} book rows, ${ledgerOnly.length} ledger-only, ` +
      `${decoys.length} decoys, bank ${major(openingBank)} → ${major(closingBank)}, books ${major(openingBook)} → ${major(closingBook)}, widest date gap ${spread} d`,
  );
});

writeFileSync(join(OUT, 'index.json'), JSON.stringify(index, null, 2) + '\n');
if (args.includes('--list')) console.log(`\nDecoys:\n${decoyReport.join('\n')}`);
