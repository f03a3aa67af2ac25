#!/usr/bin/env node
// Seeded generator of bench/corpus/holdout18: four month-long sets (NG, GH, KE, ZA), each a bank statement as the
// bank's business online banking exports it, a ledger export as the accounting package writes it, truth.json and a
// reconcile JSON per bank file. Written blind (from the public docs only). Same seed → same bytes.
//   node bench/corpus/holdout18-tools/make-holdout18.mjs      (BANKFEED_CORPUS_SEED overrides the seed)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Builder, runRecipe } from './recipe.mjs';
import { STYLES } from './sets.mjs';
import * as prettier from 'prettier';
import { dec } from './lib.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.resolve(HERE, '../holdout18');
const DEFAULT_SEED = 20251801;
const SEED = process.env.BANKFEED_CORPUS_SEED ? Number(process.env.BANKFEED_CORPUS_SEED) : DEFAULT_SEED;
if (!Number.isInteger(SEED)) throw new Error('BANKFEED_CORPUS_SEED must be an integer');
console.log(`holdout18 seed ${SEED}${process.env.BANKFEED_CORPUS_SEED ? ' (from BANKFEED_CORPUS_SEED)' : ''}`);

// JSON is written as prettier writes it, so the committed files are the generator's bytes
const PRETTIER = (await prettier.resolveConfig(path.join(OUT, 'index.json'))) ?? {};
const jsonText = (v) => prettier.format(JSON.stringify(v), { ...PRETTIER, parser: 'json' });

const EXPECT = {
  auto: 'match',
  suggest: 'match',
  none: 'no-counterpart',
  'bank-only': 'bank-only',
  'reversal-pair': 'reversal-pair',
};

function buildSet(style, idx) {
  const B = new Builder(SEED + idx * 7919, style.month, style.days);
  style.reset?.();
  runRecipe(B, style, style.n);
  // posting order: date, then the order the business did things in (a charge follows its transfer)
  const lines = [...B.lines].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq));
  let bal = style.openingMinor;
  for (const l of lines) {
    bal += l.minor;
    l.balance = bal;
  }
  const rows = [...B.rows].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq));
  const bank = style.renderBank(B, lines);
  const led = style.renderLedger(B, rows);
  return { B, lines, rows, bank, led, closing: bal };
}

async function writeSet(style, idx) {
  const { lines, rows, bank, led, closing } = buildSet(style, idx);
  const dir = path.join(OUT, style.key);
  fs.mkdirSync(dir, { recursive: true });
  for (const f of [...bank.files, ...led.files]) fs.writeFileSync(path.join(dir, f.name), f.content);
  const bankFile = bank.files[0].name;
  const ledFile = led.files[0].name;
  const lref = (r) => ({ file: ledFile, row: led.rowOf.get(r), date: r.date, amount: dec(r.minor) });
  const bref = (l) => ({ file: bankFile, row: bank.rowOf.get(l), date: l.date, amount: dec(l.minor), text: l.narr });

  const truthBank = [...lines]
    .sort((a, b) => bank.rowOf.get(a) - bank.rowOf.get(b))
    .map((l) => {
      const t = l.t;
      const e = {
        ref: bref(l),
        expect: EXPECT[t.decision],
        decision: t.decision,
        ledger: t.ledger === null ? null : (t.ledger ?? []).map(lref),
      };
      if (t.anyOf) e.ledgerAnyOf = t.anyOf.map((set) => set.map(lref));
      if (t.decision === 'suggest') e.mustNotAuto = t.mustNotAuto === true;
      if (t.difference !== undefined && t.difference !== 0) e.difference = dec(t.difference);
      Object.assign(e, {
        group: t.group ?? null,
        evidence: t.evidence,
        ambiguous: t.ambiguous === true,
        kind: t.kind ?? null,
        partner: t.partner ? bref(t.partner) : null,
        traits: t.traits,
      });
      return e;
    });
  const ledgerOnly = rows.filter((r) => r.only).map((r) => ({ ...lref(r), why: r.only }));
  const bookOpening = style.bookOpeningMinor ?? style.openingMinor;
  const bookBalance = rows.reduce((s, r) => s + r.minor, bookOpening);

  const truth = {
    set: style.key,
    country: style.country,
    currency: style.currency,
    timezone: style.timezone,
    period: { from: `${style.month}-01`, to: `${style.month}-${style.days}` },
    seed: SEED,
    bankFiles: [
      {
        file: bankFile,
        bank: style.bankName,
        headerRow: bank.headerRow,
        ledgerAccount: style.ledgerAccount,
        readOptions: bank.readOptions,
        order: bank.order,
        openingBalance: dec(style.openingMinor),
        closingBalance: dec(closing),
        ...(bank.nonEntryRows?.length ? { nonEntryRows: bank.nonEntryRows } : {}),
        layout: bank.layout,
      },
    ],
    ledgerFiles: [
      {
        file: ledFile,
        package: style.ledgerPackage,
        headerRow: led.headerRow,
        readOptions: led.readOptions,
        ...(led.nonEntryRows?.length ? { nonEntryRows: led.nonEntryRows } : {}),
        layout: led.layout,
        bookBalance: dec(bookBalance),
      },
    ],
    notes: style.notes,
    bank: truthBank,
    ledgerOnly,
  };
  fs.writeFileSync(path.join(dir, 'truth.json'), await jsonText(truth));

  const doc = {
    options: { timezone: style.timezone },
    bank: [...lines]
      .sort((a, b) => bank.rowOf.get(a) - bank.rowOf.get(b))
      .map((l) => ({
        id: `${bankFile}#${bank.rowOf.get(l)}`,
        date: l.date,
        amount: dec(l.minor),
        currency: style.currency,
        narration: l.narr,
        reference: l.ref ? l.ref : null,
        counterparty: null,
        balance: dec(l.balance),
      })),
    ledger: [...rows]
      .sort((a, b) => led.rowOf.get(a) - led.rowOf.get(b))
      .map((r) => ({
        id: `${ledFile}#${led.rowOf.get(r)}`,
        date: r.date,
        amount: dec(r.minor),
        currency: style.currency,
        reference: led.json(r).reference,
        description: led.json(r).description,
        party: led.json(r).party,
        account: style.ledgerAccount,
      })),
    statement: {
      from: `${style.month}-01`,
      to: `${style.month}-${style.days}`,
      bankBalance: dec(closing),
      bookBalance: dec(bookBalance),
    },
  };
  fs.writeFileSync(path.join(dir, `reconcile.${bankFile}.json`), await jsonText(doc));

  const counts = {};
  for (const e of truthBank) counts[e.decision] = (counts[e.decision] ?? 0) + 1;
  return {
    set: style.key,
    country: style.country,
    currency: style.currency,
    bank: style.bankName,
    package: style.ledgerPackage,
    bankFile,
    ledgerFile: ledFile,
    bankLines: truthBank.length,
    ledgerRows: rows.length,
    ledgerOnly: ledgerOnly.length,
    decisions: Object.fromEntries(
      ['auto', 'suggest', 'bank-only', 'none', 'reversal-pair'].map((d) => [d, counts[d] ?? 0]),
    ),
    mustNotAuto: truthBank.filter((e) => e.mustNotAuto === true).length,
  };
}

// the set folders are rewritten whole; the hand-written README.holdout18.md beside them is kept
fs.mkdirSync(OUT, { recursive: true });
for (const s of STYLES) fs.rmSync(path.join(OUT, s.key), { recursive: true, force: true });
const sets = [];
for (const [i, s] of STYLES.entries()) sets.push(await writeSet(s, i));
const totals = {};
for (const s of sets) for (const [k, v] of Object.entries(s.decisions)) totals[k] = (totals[k] ?? 0) + v;
fs.writeFileSync(
  path.join(OUT, 'index.json'),
  await jsonText({
    corpus: 'holdout18',
    seed: SEED,
    generator: 'bench/corpus/holdout18-tools/make-holdout18.mjs',
    validator: 'bench/corpus/holdout18-tools/validate-holdout18.mjs',
    sets,
    totals: {
      bankLines: sets.reduce((a, s) => a + s.bankLines, 0),
      ledgerRows: sets.reduce((a, s) => a + s.ledgerRows, 0),
      ledgerOnly: sets.reduce((a, s) => a + s.ledgerOnly, 0),
      decisions: totals,
      mustNotAuto: sets.reduce((a, s) => a + s.mustNotAuto, 0),
    },
  }),
);
for (const s of sets) console.log(`${s.set}: ${s.bankLines} bank lines, ${s.ledgerRows} ledger rows`, s.decisions);
