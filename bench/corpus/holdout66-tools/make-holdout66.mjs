// Writes bench/corpus/holdout66: four month-long sets (NG, GH, KE, ZA), each a statement file and a ledger export
// as the institution and the package write them, with truth.json, one reconcile-JSON document per statement, and
// the folder's index.json. Seeded: the same seed writes the same bytes.
//   node bench/corpus/holdout66-tools/make-holdout66.mjs [--out DIR] [--list]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSet, dec, rng, xlsx } from './lib66.mjs';
import { gh, ke, ng, za } from './sets66.mjs';

const argv = process.argv.slice(2);
const here = dirname(fileURLToPath(import.meta.url));
const outAt = argv.indexOf('--out');
const out = outAt >= 0 ? argv[outAt + 1] : join(here, '..', 'holdout66');
const seed = Number(process.env.BANKFEED_CORPUS_SEED ?? 20666666);
console.log(`holdout66: seed ${seed} → ${out}`);

const makers = [ng, gh, ke, za];
const index = { corpus: 'holdout66', seed, generator: 'bench/corpus/holdout66-tools/make-holdout66.mjs', sets: [] };

makers.forEach((make, i) => {
  const set = make(rng(seed + (i + 1) * 104729));
  const closing = checkSet(set);
  const dir = join(out, set.set);
  mkdirSync(dir, { recursive: true });
  const bf = set.bankFile;
  const lf = set.ledgerFile;
  const bank = bf.render(set.lines, set.opening);
  if (bank.closing !== closing) throw new Error(`${set.set}: closing balance differs`);
  const led = lf.render(set.ledger);
  for (const [f, x] of [
    [bf.file, bank],
    [lf.file, led],
  ])
    writeFileSync(join(dir, f), x.xlsx ? xlsx(x.xlsx.rows, x.xlsx.sheet, x.xlsx.cols) : x.body);

  const byKey = new Map(set.ledger.map((e) => [e.key, e]));
  const lref = (k) => {
    const e = byKey.get(k);
    return { file: lf.file, row: led.at.get(k), date: e.d, amount: dec(e.amt) };
  };
  const bref = (l) => ({ file: bf.file, row: bank.at.get(l.id), date: l.d, amount: dec(l.amt), text: l.text });
  const byId = new Map(set.lines.map((l) => [l.id, l]));
  const decision = (l) =>
    l.exp === 'match' ? (l.any ? 'suggest' : 'auto') : l.exp === 'no-counterpart' ? 'none' : l.exp;
  const truthBank = set.lines.map((l) => ({
    ref: bref(l),
    expect: l.exp,
    decision: decision(l),
    ledger: l.L ? l.L.map(lref) : null,
    ...(l.any ? { ledgerAnyOf: l.any.map((s) => s.map(lref)), mustNotAuto: true } : {}),
    group: l.group ?? null,
    evidence: l.exp === 'match' || l.exp === 'no-counterpart' ? (l.ev ?? 'amount') : 'amount',
    ambiguous: Boolean(l.any),
    kind: l.kind ?? null,
    partner: l.partner ? bref(byId.get(l.partner)) : null,
    traits: l.traits,
    ...(l.decoy ? { decoy: { tempting: l.decoy.tempting.map(lref), why: l.decoy.why } } : {}),
  }));
  const ledgerOnly = set.ledger.filter((e) => e.only).map((e) => ({ ...lref(e.key), why: e.only }));
  const truth = {
    set: set.set,
    country: set.country,
    currency: set.currency,
    timezone: set.timezone,
    period: set.period,
    seed,
    bankFiles: [
      {
        file: bf.file,
        bank: bf.bank,
        headerRow: bank.headerRow,
        ledgerAccount: bf.ledgerAccount,
        readOptions: bf.readOptions,
        openingBalance: dec(set.opening),
        closingBalance: dec(closing),
      },
    ],
    ledgerFiles: [{ file: lf.file, package: lf.package, headerRow: led.headerRow, readOptions: lf.readOptions }],
    bank: truthBank,
    ledgerOnly,
  };
  writeFileSync(join(dir, 'truth.json'), `${JSON.stringify(truth, null, 2)}\n`);

  // the reconcile document carries what the files carry, ids "<file>#<row>"
  const doc = {
    options: { timezone: set.timezone },
    statement: { from: set.period.from, to: set.period.to, bankBalance: dec(closing) },
    bank: set.lines.map((l) => ({
      id: `${bf.file}#${bank.at.get(l.id)}`,
      date: l.d,
      amount: dec(l.amt),
      currency: set.currency,
      narration: l.narration,
      reference: l.reference ?? null,
      counterparty: null,
      balance: dec(l.balance),
    })),
    ledger: [...set.ledger]
      .sort((a, b) => led.at.get(a.key) - led.at.get(b.key))
      .map((e) => ({
        id: `${lf.file}#${led.at.get(e.key)}`,
        date: e.d,
        amount: dec(e.amt),
        currency: set.currency,
        reference: e.reference ?? null,
        description: e.description ?? null,
        party: e.party ?? null,
        account: bf.ledgerAccount,
      })),
  };
  writeFileSync(join(dir, `reconcile.${bf.file}.json`), `${JSON.stringify(doc, null, 2)}\n`);

  const count = (f) => truthBank.filter(f).length;
  const decisions = {};
  for (const t of truthBank) decisions[t.decision] = (decisions[t.decision] ?? 0) + 1;
  const kinds = {};
  for (const t of truthBank) if (t.kind) kinds[t.kind] = (kinds[t.kind] ?? 0) + 1;
  index.sets.push({
    set: set.set,
    country: set.country,
    currency: set.currency,
    period: set.period,
    bank: bf.bank,
    package: lf.package,
    business: set.business,
    bankFiles: [bf.file],
    ledgerFiles: [lf.file],
    bankLines: truthBank.length,
    ledgerRows: set.ledger.length,
    decisions,
    mustNotAuto: count((t) => t.mustNotAuto),
    ledgerOnly: ledgerOnly.length,
    matched: count((t) => t.expect === 'match'),
    matchedWithoutReference: count((t) => t.expect === 'match' && t.evidence !== 'reference'),
    bankOnlyKinds: kinds,
    reversalPairs: count((t) => t.expect === 'reversal-pair') / 2,
    decoys: count((t) => t.decoy),
  });
  if (argv.includes('--list'))
    for (const t of truthBank.filter((x) => x.decoy))
      console.log(`  ${set.set} row ${t.ref.row} ${t.ref.amount} ${t.decision}: ${t.decoy.why}`);
});
writeFileSync(join(out, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
console.log(`wrote ${index.sets.map((s) => `${s.set} (${s.bankLines} lines)`).join(', ')}`);
