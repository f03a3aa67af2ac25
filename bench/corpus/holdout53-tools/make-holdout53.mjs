// Writes bench/corpus/holdout53: four month-long sets (bank statement, book export, truth.json, reconcile JSON) and
// index.json. Seeded: the same seed gives the same bytes. `--out <dir>` writes elsewhere (to compare two runs).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { byDate, major, mulberry32, weekday } from './lib53.mjs';
import * as ng from './set-ng53.mjs';
import * as gh from './set-gh53.mjs';
import * as ke from './set-ke53.mjs';
import * as za from './set-za53.mjs';

const SEED = Number(process.env.BANKFEED_CORPUS_SEED ?? 20535353);
const here = dirname(fileURLToPath(import.meta.url));
const outArg = process.argv.indexOf('--out');
const OUT = outArg > 0 ? process.argv[outArg + 1] : join(here, '..', 'holdout53');
console.log(`holdout53: seed ${SEED} → ${OUT}`);

const fail = (set, msg) => {
  throw new Error(`${set}: ${msg}`);
};
/** numbers of three digits or more in a text, also with the spaces, hyphens and slashes inside a number removed */
const numbers = (s) => {
  const out = new Set();
  for (const m of String(s).matchAll(/\d[\d\s/-]*\d|\d/g)) {
    const joined = m[0].replace(/[\s/-]/g, '');
    if (joined.length >= 3) out.add(joined.replace(/^0+/, ''));
    for (const p of m[0].split(/[\s/-]+/)) if (p.length >= 3) out.add(p.replace(/^0+/, ''));
  }
  return out;
};

const index = {
  corpus: 'holdout53',
  seed: SEED,
  generator: 'bench/corpus/holdout53-tools/make-holdout53.mjs',
  sets: [],
};

[ng, gh, ke, za].forEach((mod, i) => {
  const spec = mod.build(mulberry32(SEED + i * 7919));
  const { set, month: m, period, currency } = spec;
  const lines = [...m.lines].sort(byDate);
  const books = [...m.books].sort(byDate);
  const bookOf = new Map(books.map((b) => [b.key, b]));
  const lineOf = new Map(lines.map((l) => [l.key, l]));
  const ours = (b) => !spec.otherAccount?.(b);

  // balances, days, period
  let bal = spec.openingBalance;
  for (const l of lines) {
    bal += l.amount;
    l.balance = bal;
    if (bal < 0) fail(set, `overdrawn after ${l.key} on ${l.date}`);
    if (l.date < period.from || l.date > period.to) fail(set, `${l.key} outside the period`);
    const closed = [0, 6].includes(weekday(l.date)) || spec.publicHolidays.includes(l.date);
    if (closed && !l.anyDay) fail(set, `${l.key} (${l.text}) on a closed day ${l.date}`);
  }
  for (const b of books) if (b.date < period.from || b.date > period.to) fail(set, `book ${b.key} outside the period`);
  if (lines.length < 30 || lines.length > 50) fail(set, `${lines.length} lines, not 30–50`);

  // every line decided once, every book row used once or ledger-only
  const used = new Map();
  const use = (k, by) => {
    if (!bookOf.has(k)) fail(set, `${by} names unknown book row ${k}`);
    if (!ours(bookOf.get(k))) fail(set, `${by} names ${k} of another account`);
    const prev = used.get(k);
    if (prev && prev.group !== by.group) fail(set, `book row ${k} used by ${prev.key} and ${by.key}`);
    used.set(k, by);
  };
  for (const l of lines) {
    const t = l.truth;
    if (!t) fail(set, `${l.key} has no truth`);
    if (t.ledger) for (const k of t.ledger) use(k, { key: l.key, group: t.group ?? l.key });
    if (t.anyOf) for (const alt of t.anyOf) for (const k of alt) used.set(k, { key: l.key, group: `any:${l.key}` });
    if (t.expect === 'match') {
      const sets = t.ledger ? [t.ledger] : t.anyOf;
      const groupLines = t.group ? lines.filter((x) => x.truth.group === t.group) : [l];
      const bankSum = groupLines.reduce((s, x) => s + x.amount, 0);
      for (const ks of sets) {
        const bookSum = ks.reduce((s, k) => s + bookOf.get(k).amount, 0);
        const diff = bankSum - bookSum;
        if (t.difference !== undefined && diff !== t.difference)
          fail(set, `${l.key} difference ${diff} ≠ ${t.difference}`);
        if (t.decision === 'auto' && diff !== 0 && !(t.difference > 0 && Math.sign(bankSum) === Math.sign(diff)))
          fail(set, `${l.key} auto with a difference that is not an over-payment`);
        if (Math.sign(bankSum) !== Math.sign(bookSum)) fail(set, `${l.key} direction differs from its book rows`);
      }
      if (t.evidence === 'reference') {
        const bankNums = new Set([...numbers(l.text), ...numbers(l.ref)]);
        const bookNums = (b) => [...numbers(b.desc), ...numbers(b.ref ?? '')];
        const hit = sets.every((ks) => ks.some((k) => bookNums(bookOf.get(k)).some((n) => bankNums.has(n))));
        if (!hit) fail(set, `${l.key} says reference but shares no number with its book rows`);
      }
    }
    if (t.expect === 'reversal-pair') {
      const p = lineOf.get(t.partner);
      if (!p || p.truth.partner !== l.key || p.amount + l.amount !== 0) fail(set, `${l.key} reversal partner broken`);
    }
  }
  for (const b of books) {
    if (!ours(b)) continue;
    if (used.has(b.key) === m.ledgerOnly.has(b.key))
      fail(
        set,
        `book row ${b.key} is ${used.has(b.key) ? 'matched and ledger-only' : 'neither matched nor ledger-only'}`,
      );
  }

  // files
  const dir = join(OUT, set);
  mkdirSync(dir, { recursive: true });
  const bankOut = spec.bankFile.write(lines, spec.openingBalance);
  const bookOpening = spec.bookOpening;
  const ledgerOut = spec.ledgerFile.write(books, bookOpening);
  writeFileSync(join(dir, spec.bankFile.file), bankOut.data);
  writeFileSync(join(dir, spec.ledgerFile.file), ledgerOut.data);
  const bankClosing = lines.at(-1).balance;
  const bookClosing = books.filter(ours).reduce((s, b) => s + b.amount, bookOpening);

  const bankRef = (l) => ({
    file: spec.bankFile.file,
    row: bankOut.rowOf.get(l.key),
    date: l.date,
    amount: major(l.amount),
    text: l.text,
    reference: l.ref,
  });
  const bookRef = (k) => {
    const b = bookOf.get(k);
    return { file: spec.ledgerFile.file, row: ledgerOut.rowOf.get(k), date: b.date, amount: major(b.amount) };
  };
  const fileOrder = [...lines].sort((a, b) => bankOut.rowOf.get(a.key) - bankOut.rowOf.get(b.key));
  const truthLines = fileOrder.map((l) => {
    const t = l.truth;
    const e = {
      ref: bankRef(l),
      expect: t.expect,
      decision: t.decision,
      ledger: t.ledger ? t.ledger.map(bookRef) : null,
    };
    if (t.anyOf) e.ledgerAnyOf = t.anyOf.map((ks) => ks.map(bookRef));
    e.group = t.group ?? null;
    e.ambiguous = Boolean(t.anyOf);
    e.partner = t.partner ? bankRef(lineOf.get(t.partner)) : null;
    if (t.evidence) e.evidence = t.evidence;
    if (t.difference !== undefined) e.difference = major(t.difference);
    if (t.mustNotAuto) e.mustNotAuto = true;
    if (t.kind) e.kind = t.kind;
    e.traits = t.traits;
    return e;
  });
  const ledgerOnly = books
    .filter((b) => m.ledgerOnly.has(b.key))
    .map((b) => ({ ...bookRef(b.key), why: m.ledgerOnly.get(b.key) }));

  const bankFileTruth = {
    file: spec.bankFile.file,
    bank: spec.bankFile.bank,
    headerRow: bankOut.headerRow,
    layout: spec.bankFile.layout,
    order: spec.bankFile.order,
    ledgerAccount: spec.bankFile.ledgerAccount,
    readOptions: spec.bankFile.readOptions,
    openingBalance: major(spec.openingBalance),
    closingBalance: major(bankClosing),
  };
  const ledgerFileTruth = {
    file: spec.ledgerFile.file,
    package: spec.ledgerFile.package,
    headerRow: ledgerOut.headerRow,
    layout: spec.ledgerFile.layout,
    readOptions: spec.ledgerFile.readOptions,
  };
  if (ledgerOut.nonEntryRows?.length) ledgerFileTruth.nonEntryRows = ledgerOut.nonEntryRows;
  ledgerFileTruth.openingBalance = major(bookOpening);
  ledgerFileTruth.closingBalance = major(bookClosing);

  const truth = {
    set,
    country: spec.country,
    currency,
    timezone: spec.timezone,
    period,
    seed: SEED,
    publicHolidays: spec.publicHolidays,
    bankFiles: [bankFileTruth],
    ledgerFiles: [ledgerFileTruth],
    bank: truthLines,
    ledgerOnly,
    notes: spec.notes,
  };
  writeFileSync(join(dir, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');

  const doc = {
    options: { timezone: spec.timezone },
    bank: fileOrder.map((l) => ({
      id: `${spec.bankFile.file}#${bankOut.rowOf.get(l.key)}`,
      date: l.date,
      amount: major(l.amount),
      currency,
      narration: l.text,
      reference: l.ref,
      counterparty: null,
      balance: major(l.balance),
    })),
    ledger: books
      .filter(ours)
      .sort((a, b) => ledgerOut.rowOf.get(a.key) - ledgerOut.rowOf.get(b.key))
      .map((b) => ({
        id: `${spec.ledgerFile.file}#${ledgerOut.rowOf.get(b.key)}`,
        date: b.date,
        amount: major(b.amount),
        currency,
        reference: b.ref || null,
        description: b.desc,
        party: spec.ledgerFile.hasParty ? (b.party ?? null) : null,
        account: spec.bankFile.ledgerAccount,
      })),
    statement: { from: period.from, to: period.to, bankBalance: major(bankClosing), bookBalance: major(bookClosing) },
  };
  writeFileSync(join(dir, `reconcile.${spec.bankFile.file}.json`), JSON.stringify(doc, null, 2) + '\n');

  // index
  const count = (f) => truthLines.reduce((acc, e) => ((acc[f(e)] = (acc[f(e)] ?? 0) + 1), acc), {});
  const matched = truthLines.filter((e) => e.expect === 'match');
  const entry = {
    set,
    country: spec.country,
    currency,
    period,
    bank: spec.bankFile.bank,
    package: spec.ledgerFile.package,
    business: spec.business,
    bankFiles: [spec.bankFile.file],
    ledgerFiles: [spec.ledgerFile.file],
    bankLines: truthLines.length,
    ledgerRows: books.filter(ours).length,
  };
  const other = books.length - entry.ledgerRows;
  if (other) entry.otherAccountRows = other;
  Object.assign(entry, {
    decisions: count((e) => e.decision),
    mustNotAuto: truthLines.filter((e) => e.mustNotAuto).length,
    autoWithDifference: truthLines.filter((e) => e.decision === 'auto' && e.difference).length,
    ledgerOnly: ledgerOnly.length,
    matched: matched.length,
    matchedWithoutReference: matched.filter((e) => e.evidence !== 'reference').length,
    bankOnlyKinds: count((e) => (e.kind ? e.kind : '-')),
    reversalPairs: truthLines.filter((e) => e.expect === 'reversal-pair').length / 2,
  });
  delete entry.bankOnlyKinds['-'];
  index.sets.push(entry);
  console.log(
    `${set}: ${truthLines.length} lines, ${entry.ledgerRows} book rows (+${other}), bank ${major(spec.openingBalance)} → ${major(bankClosing)}, books → ${major(bookClosing)}`,
  );
});

writeFileSync(join(OUT, 'index.json'), JSON.stringify(index, null, 2) + '\n');
