#!/usr/bin/env node
// Writes bench/corpus/holdout48: four blind month-long sets (NG, GH, KE, ZA) with their truth, reconcile documents
// and index.json. Seeded (BANKFEED_CORPUS_SEED, default 20484848); the same seed gives the same bytes.
//   node bench/corpus/holdout48-tools/make-holdout48.mjs [--out DIR]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { drawer, evidenceOf, major, mulberry32, workingDays } from './lib48.mjs';
import { SETS } from './sets48.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../..');
const SEED = Number(process.env.BANKFEED_CORPUS_SEED ?? 20484848);
const outAt = process.argv.indexOf('--out');
const OUT = outAt > 0 ? resolve(process.argv[outAt + 1]) : join(here, '..', 'holdout48');
const EXPECT = { auto: 'match', suggest: 'match', 'bank-only': 'bank-only', none: 'no-counterpart' };

// JSON goes through Prettier with the repository's settings wherever --out points, so bytes do not depend on it
const prettierOptions = { ...(await prettier.resolveConfig(join(repo, 'package.json'))), parser: 'json' };
const pretty = (value) => prettier.format(JSON.stringify(value), prettierOptions);

function fail(set, msg) {
  throw new Error(`${set}: ${msg}`);
}

const rowText = (r) => [r.ref, r.desc, r.party].filter(Boolean).join(' ');
const lineText = (l) => [l.text, l.ref].filter(Boolean).join(' ');
const sum = (xs) => xs.reduce((a, x) => a + x.amt, 0);

/** Refuses a month unless every line is decided, every book row owned once and the evidence is the one meant. */
function check(name, items) {
  const rows = items.flatMap((it) => it.rows);
  const owner = new Map();
  for (const it of items) for (const r of it.rows) owner.set(r, it);
  for (const it of items) {
    const d = it.decision;
    if (d === 'ledger-only') {
      if (it.lines.length || !it.rows.length || !it.why) fail(name, `ledger-only item malformed: ${it.rows[0]?.desc}`);
      continue;
    }
    if (!it.lines.length) fail(name, `item without lines (${d})`);
    if (d === 'auto' || d === 'suggest') {
      if (!it.rows.length) fail(name, `${d} without rows: ${it.lines[0].text}`);
      for (const l of it.lines) {
        const ev = it.rows.map((r) => evidenceOf(lineText(l), rowText(r)));
        const best = ev.includes('reference') ? 'reference' : ev.includes('counterparty') ? 'counterparty' : 'amount';
        if (best !== it.evidence) fail(name, `evidence of "${l.text}" is ${best}, meant ${it.evidence}`);
        if (d === 'auto' && best === 'amount') fail(name, `auto on amount alone: ${l.text}`);
        if (d === 'auto' && !it.shape) {
          for (const r of rows) {
            if (owner.get(r) === it || r.amt !== l.amt) continue;
            if (evidenceOf(lineText(l), rowText(r)) !== 'amount') fail(name, `"${l.text}" also fits ${r.desc}`);
          }
        }
      }
      const diff = it.shape ? it.lines[0].amt - it.rows[0].amt : sum(it.lines) - sum(it.rows);
      if (it.difference !== undefined) {
        if (diff !== it.difference || diff === 0) fail(name, `difference of "${it.lines[0].text}" is ${diff}`);
        if (Math.abs(diff) * 10 > Math.abs(sum(it.rows))) fail(name, `difference over 10 %: ${it.lines[0].text}`);
      } else if (diff !== 0 && !(d === 'suggest' && it.traits.some((t) => t === 'net-of-fee' || t === 'part-payment')))
        fail(name, `"${it.lines[0].text}" differs by ${diff} with no difference`);
      if (it.shape && (it.rows.length !== 2 || it.rows[0].amt !== it.rows[1].amt))
        fail(name, `${it.shape} needs two equal rows`);
      if (it.shape === 'twins' && (d !== 'auto' || it.lines.length !== 2)) fail(name, 'twins are two lines, auto');
      if (it.shape === 'tie' && (d !== 'suggest' || it.lines.length !== 1 || !it.mustNotAuto))
        fail(name, 'tie malformed');
      if (it.mustNotAuto !== undefined && d !== 'suggest') fail(name, 'mustNotAuto only on suggest');
    } else if (d === 'reversal-pair') {
      if (it.lines.length !== 2 || it.rows.length || it.lines[0].amt + it.lines[1].amt !== 0) fail(name, 'bad pair');
    } else if (d === 'bank-only' || d === 'none') {
      if (it.rows.length) fail(name, `${d} with rows`);
      if (d === 'bank-only' && !it.kind) fail(name, `bank-only without kind: ${it.lines[0].text}`);
      for (const l of it.lines)
        for (const r of rows) {
          if (r.amt === l.amt && !(it.decoy && owner.get(r).decision === 'ledger-only'))
            fail(name, `${d} "${l.text}" has a book row of its amount (${r.desc})`);
          if (d === 'bank-only' && evidenceOf(lineText(l), rowText(r)) === 'reference')
            fail(name, `charge "${l.text}" quotes a number of ${r.desc}`);
        }
    } else fail(name, `unknown decision ${d}`);
  }
}

function buildSet(spec, index) {
  const rng = mulberry32(SEED + index * 7919);
  const W = workingDays(spec.period.from, spec.period.to, spec.publicHolidays);
  const items = spec.items({ rng, d: drawer(rng), W });
  for (const it of items) it.traits ??= [];
  check(spec.set, items);
  // the statement in date order (a stable sort keeps a day's lines as the month was written)
  let seq = 0;
  const lines = items.flatMap((it) => it.lines.map((l) => Object.assign(l, { item: it, seq: seq++ })));
  lines.sort((a, b) => (a.d < b.d ? -1 : a.d > b.d ? 1 : a.seq - b.seq));
  for (const l of lines) if (!W.includes(l.d)) fail(spec.set, `bank line on a closed day ${l.d}: ${l.text}`);
  let bal = spec.opening;
  for (const l of lines) {
    bal += l.amt;
    l.balance = bal;
    if (bal < 0) fail(spec.set, `overdrawn at ${l.text}`);
  }
  const closing = bal;
  const rows = items.flatMap((it) => it.rows.map((r) => Object.assign(r, { item: it, seq: seq++ })));
  rows.sort((a, b) => (a.d < b.d ? -1 : a.d > b.d ? 1 : a.seq - b.seq));
  let book = spec.bookOpening;
  for (const r of rows) {
    book += r.amt;
    r.balance = book;
  }
  const dir = join(OUT, spec.set);
  mkdirSync(dir, { recursive: true });
  const bankOut = spec.bankLayout.write({ lines, opening: spec.opening, closing, spec });
  const ledgerOut = spec.ledgerLayout.write({ rows, opening: spec.bookOpening, closing: book, spec });
  writeFileSync(join(dir, spec.bankLayout.file), bankOut.bytes);
  writeFileSync(join(dir, spec.ledgerLayout.file), ledgerOut.bytes);

  const bf = spec.bankLayout.file;
  const lf = spec.ledgerLayout.file;
  const rowRef = (r) => ({ file: lf, row: r.row, date: r.d, amount: major(r.amt) });
  const lineRef = (l) => ({
    file: bf,
    row: l.row,
    date: l.d,
    amount: major(l.amt),
    text: l.text,
    reference: l.ref ?? null,
  });
  let groupNo = 0;
  for (const it of items)
    if (it.lines.length > 1 && (it.decision === 'auto' || it.decision === 'suggest') && !it.shape)
      it.group = `${spec.set.slice(0, 2)}-g${++groupNo}`;
  const truthLines = [...lines]
    .sort((a, b) => a.row - b.row)
    .map((l) => {
      const it = l.item;
      const t = { ref: lineRef(l) };
      t.expect = it.decision === 'reversal-pair' ? 'reversal-pair' : EXPECT[it.decision];
      t.decision = it.decision;
      const matched = it.decision === 'auto' || it.decision === 'suggest';
      if (matched && it.shape) {
        t.ledger = null;
        t.ledgerAnyOf = it.rows.map((r) => [rowRef(r)]);
      } else t.ledger = matched ? it.rows.map(rowRef) : [];
      t.group = it.group ?? null;
      t.ambiguous = it.shape === 'twins';
      t.partner = it.decision === 'reversal-pair' ? lineRef(it.lines.find((x) => x !== l)) : null;
      if (matched) t.evidence = it.evidence;
      if (it.kind) t.kind = it.kind;
      if (it.difference !== undefined) t.difference = major(it.difference);
      if (it.mustNotAuto !== undefined) t.mustNotAuto = it.mustNotAuto;
      t.traits = it.traits;
      return t;
    });
  const ledgerOnly = rows
    .filter((r) => r.item.decision === 'ledger-only')
    .map((r) => ({ ...rowRef(r), why: r.item.why }));
  const truth = {
    set: spec.set,
    country: spec.country,
    currency: spec.currency,
    timezone: spec.timezone,
    period: spec.period,
    seed: SEED,
    publicHolidays: spec.publicHolidays,
    bankFiles: [
      {
        file: bf,
        bank: spec.bank,
        headerRow: spec.bankLayout.headerRow,
        layout: spec.bankLayout.layout,
        order: spec.bankLayout.order,
        ledgerAccount: spec.ledgerAccount,
        readOptions: spec.bankLayout.readOptions,
        openingBalance: major(spec.opening),
        closingBalance: major(closing),
      },
    ],
    ledgerFiles: [
      {
        file: lf,
        package: spec.package,
        headerRow: spec.ledgerLayout.headerRow,
        layout: spec.ledgerLayout.layout,
        readOptions: spec.ledgerLayout.readOptions,
        openingBalance: major(spec.bookOpening),
        closingBalance: major(book),
        ...(ledgerOut.nonEntryRows.length ? { nonEntryRows: ledgerOut.nonEntryRows } : {}),
      },
    ],
    bank: truthLines,
    ledgerOnly,
    notes: spec.notes,
  };
  const doc = {
    options: { timezone: spec.timezone },
    bank: [...lines]
      .sort((a, b) => a.row - b.row)
      .map((l) => ({
        id: `${bf}#${l.row}`,
        date: l.d,
        amount: major(l.amt),
        currency: spec.currency,
        narration: l.text,
        reference: l.ref ?? null,
        counterparty: null,
        balance: major(l.balance),
      })),
    ledger: rows.map((r) => ({
      id: `${lf}#${r.row}`,
      date: r.d,
      amount: major(r.amt),
      currency: spec.currency,
      reference: r.ref ?? null,
      description: spec.ledgerLayout.description(r),
      party: spec.ledgerLayout.hasParty ? (r.party ?? null) : null,
      account: spec.ledgerAccount,
    })),
    statement: { ...spec.period, bankBalance: major(closing), bookBalance: major(book) },
  };
  const count = (d) => truthLines.filter((t) => t.decision === d).length;
  const decisions = {};
  for (const t of truthLines) decisions[t.decision] = (decisions[t.decision] ?? 0) + 1;
  const kinds = {};
  for (const t of truthLines) if (t.kind) kinds[t.kind] = (kinds[t.kind] ?? 0) + 1;
  const entry = {
    set: spec.set,
    country: spec.country,
    currency: spec.currency,
    period: spec.period,
    bank: spec.bank,
    package: spec.package,
    business: spec.business,
    bankFiles: [bf],
    ledgerFiles: [lf],
    bankLines: truthLines.length,
    ledgerRows: rows.length,
    decisions,
    mustNotAuto: truthLines.filter((t) => t.mustNotAuto === true).length,
    autoWithDifference: truthLines.filter((t) => t.decision === 'auto' && t.difference).length,
    ledgerOnly: ledgerOnly.length,
    matched: count('auto') + count('suggest'),
    matchedWithoutReference: truthLines.filter((t) => t.evidence && t.evidence !== 'reference').length,
    bankOnlyKinds: kinds,
    reversalPairs: count('reversal-pair') / 2,
  };
  return { dir, truth, doc, entry, bf };
}

for (const spec of SETS) rmSync(join(OUT, spec.set), { recursive: true, force: true });
console.log(`holdout48 seed ${SEED} → ${OUT}`);
const entries = [];
for (const [i, spec] of SETS.entries()) {
  const { dir, truth, doc, entry, bf } = buildSet(spec, i);
  writeFileSync(join(dir, 'truth.json'), await pretty(truth));
  writeFileSync(join(dir, `reconcile.${bf}.json`), await pretty(doc));
  entries.push(entry);
  console.log(
    `${spec.set}: ${entry.bankLines} lines, ${entry.matched} with a counterpart, ${entry.ledgerRows} book rows`,
  );
}
const index = {
  corpus: 'holdout48',
  seed: SEED,
  generator: 'bench/corpus/holdout48-tools/make-holdout48.mjs',
  validator: 'bench/corpus/holdout48-tools/validate-holdout48.mjs',
  sets: entries,
};
writeFileSync(join(OUT, 'index.json'), await pretty(index));
