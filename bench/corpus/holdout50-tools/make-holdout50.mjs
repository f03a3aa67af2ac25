// Writes bench/corpus/holdout50: four month-long sets (files, truth.json, reconcile JSON) and index.json.
// Usage: node bench/corpus/holdout50-tools/make-holdout50.mjs [--out DIR]   (seed: BANKFEED_CORPUS_SEED)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { Month } from './book50.mjs';
import { evidenceOf, major, pad, sharesAny } from './lib50.mjs';
import { SETS } from './sets50.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../..');
const outArg = process.argv.indexOf('--out');
const outDir = outArg > 0 ? resolve(process.argv[outArg + 1]) : join(repo, 'bench/corpus/holdout50');
const SEED = Number(process.env.BANKFEED_CORPUS_SEED ?? 20505050);
console.log(`holdout50 seed ${SEED} → ${outDir}`);

const prettierConfig = (await prettier.resolveConfig(join(repo, 'package.json'))) ?? {};
const json = async (v) => prettier.format(JSON.stringify(v), { ...prettierConfig, parser: 'json' });

const bookText = (r) => [r.desc, r.ref, r.party].filter(Boolean).join(' ');
const lineText = (l) => [l.text, l.reference].filter(Boolean).join(' ');

function check(def, m, lines, rows) {
  const fail = (msg) => {
    throw new Error(`${def.set}: ${msg}`);
  };
  if (lines.length < 60 || lines.length > 110) fail(`${lines.length} lines`);
  const from = `${def.year}-${pad(def.month)}-01`;
  const to = m.days.at(-1).slice(0, 8) + String(new Date(Date.UTC(def.year, def.month, 0)).getUTCDate());
  const owned = new Map();
  const own = (r, who) => {
    if (owned.has(r) && owned.get(r) !== who) fail(`row owned twice: ${r.desc}`);
    owned.set(r, who);
  };
  for (const l of lines) {
    const d = l.d;
    if (!d) fail(`undecided line ${l.text}`);
    if (!m.days.includes(l.date)) fail(`line on a closed day ${l.date} ${l.text}`);
    const rowsOf = d.rows ?? d.anyOf.flat();
    const key = d.anyOf
      ? rowsOf
          .map((r) => rows.indexOf(r))
          .sort()
          .join(',')
      : d.lines[0];
    rowsOf.forEach((r) => own(r, key));
    if (d.decision === 'auto' || d.decision === 'suggest') {
      const set = d.rows ?? d.anyOf[0];
      const ev = evidenceOf(d.lines.map(lineText).join(' '), set.map(bookText).join(' '));
      d.evidence = ev;
      if (d.decision === 'auto' && ev === 'amount') fail(`auto on amount alone: ${l.text}`);
      const lineSum = d.lines.reduce((s, x) => s + x.minor, 0);
      for (const opt of d.anyOf ?? [d.rows]) {
        const rowSum = opt.reduce((s, r) => s + r.minor, 0);
        const diff = lineSum - rowSum;
        if (d.decision === 'auto' && diff !== (d.difference ?? 0)) fail(`group does not add up: ${l.text}`);
        if (d.difference && Math.abs(d.difference) > Math.abs(rowSum) / 10) fail(`difference over 10%: ${l.text}`);
      }
      if (d.decision === 'auto') {
        const mine = new Set(rowsOf);
        for (const r of rows)
          if (!mine.has(r) && r.minor === l.minor && sharesAny(lineText(l), bookText(r)))
            fail(`another row of the amount shares a token: ${l.text} / ${r.desc}`);
      }
    } else {
      if (d.decision === 'reversal-pair' && d.partner.minor !== -l.minor) fail(`reversal does not cancel: ${l.text}`);
      if (d.decision === 'reversal-pair' && d.partner.d.partner !== l) fail(`partner does not point back: ${l.text}`);
      if (d.decision !== 'reversal-pair' && !d.traits.includes('decoy'))
        for (const r of rows)
          if (r.minor === l.minor && sharesAny(lineText(l), bookText(r)))
            fail(`${d.decision} line shares a token with a row of its amount: ${l.text}`);
    }
  }
  m.ledgerOnly.forEach((o) => own(o.row, o));
  for (const r of rows) {
    if (!owned.has(r)) fail(`row not owned: ${r.desc}`);
    if (r.date < from || r.date > to) fail(`row outside the period: ${r.desc}`);
  }
  return { from, to };
}

async function buildSet(def, i) {
  const m = new Month({ seed: SEED + i * 7919, year: def.year, month: def.month, holidays: def.holidays });
  const { opening, bookOpening } = def.events(m);
  const { lines, rows } = m.sorted();
  const { from, to } = check(def, m, lines, rows);
  let bal = opening;
  for (const l of lines) {
    bal += l.minor;
    if (bal < 0) throw new Error(`${def.set}: overdrawn at ${l.text}`);
    l.balance = bal;
  }
  const closing = bal;
  const bookClosing = rows.reduce((s, r) => s + r.minor, bookOpening);
  const bf = def.bankFile(lines, { opening, closing });
  const lf = def.bookFile(rows, { opening: bookOpening, closing: bookClosing });

  const lref = (l) => ({
    file: bf.file,
    row: bf.rowOf.get(l),
    date: l.date,
    amount: major(l.minor),
    text: l.text,
    reference: l.reference ?? null,
  });
  const rref = (r) => ({ file: lf.file, row: lf.rowOf.get(r), date: r.date, amount: major(r.minor) });
  const EXPECT = {
    auto: 'match',
    suggest: 'match',
    'bank-only': 'bank-only',
    'reversal-pair': 'reversal-pair',
    none: 'no-counterpart',
  };
  // truth and documents list the statement's rows in file order (a newest-first statement is written backwards)
  const inFile = [...lines].sort((a, b) => bf.rowOf.get(a) - bf.rowOf.get(b));
  const bank = inFile.map((l) => {
    const d = l.d;
    const e = {
      ref: lref(l),
      expect: EXPECT[d.decision],
      decision: d.decision,
      ledger: d.anyOf ? null : d.rows.map(rref),
    };
    if (d.anyOf) e.ledgerAnyOf = d.anyOf.map((o) => o.map(rref));
    e.group = d.group;
    e.ambiguous = d.ambiguous === true;
    e.partner = d.partner ? lref(d.partner) : null;
    if (d.evidence) e.evidence = d.evidence;
    if (d.difference) e.difference = major(d.difference);
    if (d.kind) e.kind = d.kind;
    if (d.decision === 'suggest') e.mustNotAuto = d.mustNotAuto === true;
    e.traits = d.traits;
    return e;
  });
  const truth = {
    set: def.set,
    country: def.country,
    currency: def.currency,
    timezone: def.timezone,
    period: { from, to },
    seed: SEED,
    publicHolidays: def.holidays,
    bankFiles: [
      {
        file: bf.file,
        bank: def.bank,
        headerRow: bf.headerRow,
        layout: bf.layout,
        order: bf.order,
        ledgerAccount: def.ledgerAccount,
        readOptions: bf.readOptions,
        openingBalance: major(opening),
        closingBalance: major(closing),
      },
    ],
    ledgerFiles: [
      {
        file: lf.file,
        package: def.package,
        headerRow: lf.headerRow,
        layout: lf.layout,
        readOptions: lf.readOptions,
        openingBalance: major(bookOpening),
        closingBalance: major(bookClosing),
        ...(lf.nonEntryRows ? { nonEntryRows: lf.nonEntryRows } : {}),
      },
    ],
    bank,
    ledgerOnly: m.ledgerOnly.map((o) => ({ ...rref(o.row), why: o.why })),
    notes: def.notes ?? [],
  };
  const doc = {
    options: { timezone: def.timezone },
    bank: inFile.map((l) => ({
      id: `${bf.file}#${bf.rowOf.get(l)}`,
      date: l.date,
      amount: major(l.minor),
      currency: def.currency,
      narration: l.text,
      reference: l.reference || null,
      counterparty: null,
      balance: major(l.balance),
    })),
    ledger: rows.map((r) => {
      const x = lf.describe(r);
      return {
        id: `${lf.file}#${lf.rowOf.get(r)}`,
        date: r.date,
        amount: major(r.minor),
        currency: def.currency,
        reference: x.reference || null,
        description: x.description,
        party: x.party || null,
        account: def.ledgerAccount,
      };
    }),
    statement: { from, to, bankBalance: major(closing), bookBalance: major(bookClosing) },
  };
  const dir = join(outDir, def.set);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, bf.file), bf.content);
  writeFileSync(join(dir, lf.file), lf.content);
  writeFileSync(join(dir, 'truth.json'), await json(truth));
  writeFileSync(join(dir, `reconcile.${bf.file}.json`), await json(doc));

  const count = (f) => bank.filter(f).length;
  const decisions = {};
  for (const b of bank) decisions[b.decision] = (decisions[b.decision] ?? 0) + 1;
  const kinds = {};
  for (const b of bank) if (b.kind) kinds[b.kind] = (kinds[b.kind] ?? 0) + 1;
  return {
    set: def.set,
    country: def.country,
    currency: def.currency,
    period: { from, to },
    bank: def.bank,
    package: def.package,
    business: def.business,
    bankFiles: [bf.file],
    ledgerFiles: [lf.file],
    bankLines: bank.length,
    ledgerRows: rows.length,
    decisions,
    mustNotAuto: count((b) => b.mustNotAuto === true),
    autoWithDifference: count((b) => b.decision === 'auto' && b.difference !== undefined),
    ledgerOnly: m.ledgerOnly.length,
    matched: count((b) => b.expect === 'match'),
    matchedWithoutReference: count((b) => b.expect === 'match' && b.evidence !== 'reference'),
    bankOnlyKinds: kinds,
    reversalPairs: count((b) => b.decision === 'reversal-pair') / 2,
  };
}

const sets = [];
for (const [i, def] of SETS.entries()) sets.push(await buildSet(def, i));
mkdirSync(outDir, { recursive: true });
writeFileSync(
  join(outDir, 'index.json'),
  await json({
    corpus: 'holdout50',
    seed: SEED,
    generator: 'bench/corpus/holdout50-tools/make-holdout50.mjs',
    validator: 'bench/corpus/holdout50-tools/validate-holdout50.mjs',
    sets,
  }),
);
for (const s of sets) console.log(`${s.set}: ${s.bankLines} lines, ${s.ledgerRows} rows`, JSON.stringify(s.decisions));
