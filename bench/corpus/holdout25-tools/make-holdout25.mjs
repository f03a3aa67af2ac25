// Writes bench/corpus/holdout25/<set>/** and index.json: four blind month-long sets (NG, GH, KE, ZA), each a bank
// statement as the bank's online banking exports it, a ledger export as the package writes it, truth.json and the
// reconcile-JSON document of the statement. Seeded: the same seed gives the same bytes.
//   node bench/corpus/holdout25-tools/make-holdout25.mjs [--out DIR]   (BANKFEED_CORPUS_SEED=<n> for another month;
//   --out writes elsewhere, e.g. to try seeds without touching the committed folder)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dec, makeRng, prettyJson } from './lib.mjs';
import { buildMonth } from './scenario.mjs';
import * as gh from './set-gh.mjs';
import * as ke from './set-ke.mjs';
import * as ng from './set-ng.mjs';
import * as za from './set-za.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const outAt = process.argv.indexOf('--out');
const root = outAt >= 0 ? process.argv[outAt + 1] : join(here, '..', 'holdout25');
const DEFAULT_SEED = 20262525;
const seed = Number(process.env.BANKFEED_CORPUS_SEED ?? DEFAULT_SEED);
if (!Number.isInteger(seed))
  throw new Error(`BANKFEED_CORPUS_SEED must be an integer, not ${process.env.BANKFEED_CORPUS_SEED}`);
console.log(`holdout25: seed ${seed}${seed === DEFAULT_SEED ? ' (default)' : ''}`);

const MODULES = [ng, gh, ke, za];
const index = {
  corpus: 'holdout25',
  seed,
  generator: 'bench/corpus/holdout25-tools/make-holdout25.mjs',
  validator: 'bench/corpus/holdout25-tools/validate-holdout25.mjs',
  sets: [],
};

for (const [i, mod] of MODULES.entries()) {
  const setSeed = seed + i * 7919;
  const rng = makeRng(setSeed);
  const P = mod.profile(rng);
  const { bank, books, W } = buildMonth(P, rng);
  P.W = W;

  // the opening balance: the profile's, raised (in round steps) if the month would otherwise dip below its floor
  let low = 0;
  let run = 0;
  for (const b of bank) {
    run += b.amt;
    low = Math.min(low, run);
  }
  let opening = P.opening;
  if (opening + low < P.minBalance) opening += Math.ceil((P.minBalance - opening - low) / 10000000) * 10000000;
  run = opening;
  for (const b of bank) b.balance = run += b.amt;
  const closing = run;

  const bankOut = mod.renderBank(P, bank, { opening, closing }, rng);
  const ledgerOut = mod.renderLedger(P, books, { opening }, rng);
  const main = books.filter((l) => l.account === 'main');
  const bookClosing = opening + main.reduce((s, l) => s + l.amt, 0);

  const dir = join(root, P.set);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, bankOut.file), bankOut.data);
  writeFileSync(join(dir, ledgerOut.file), ledgerOut.data);

  const byKey = new Map(books.map((l) => [l.key, l]));
  const bankByKey = new Map(bank.map((b) => [b.key, b]));
  const lref = (key) => {
    const l = byKey.get(key);
    return { file: ledgerOut.file, row: ledgerOut.rowOf.get(key), date: l.date, amount: dec(l.amt) };
  };
  const bref = (b) => {
    const c = bankOut.cells.get(b.key);
    return {
      file: bankOut.file,
      row: bankOut.rowOf.get(b.key),
      date: b.date,
      amount: dec(b.amt),
      text: c.text,
      ...(c.reference ? { reference: c.reference } : {}),
    };
  };

  const order = [...bank].sort((a, b) => bankOut.rowOf.get(a.key) - bankOut.rowOf.get(b.key));
  const truthBank = order.map((b) => {
    const t = b.truth;
    const entry = {
      ref: bref(b),
      expect: t.expect,
      decision: t.decision,
      ledger: t.ledger === null ? null : t.ledger.map(lref),
    };
    if (t.anyOf) entry.ledgerAnyOf = t.anyOf.map((set) => set.map(lref));
    if (t.group) entry.group = t.group;
    entry.evidence = t.evidence;
    entry.ambiguous = t.anyOf !== null;
    entry.kind = t.kind;
    entry.partner = t.partner ? bref(bankByKey.get(t.partner)) : null;
    entry.traits = t.traits;
    if (t.decision === 'auto' && t.ledger && !t.group) {
      const diff = b.amt - t.ledger.reduce((s, k) => s + byKey.get(k).amt, 0);
      if (diff !== 0) entry.difference = dec(diff);
    }
    if (t.mustNotAuto !== null) entry.mustNotAuto = t.mustNotAuto;
    return entry;
  });
  const ledgerOnly = main.filter((l) => l.ledgerOnly).map((l) => ({ ...lref(l.key), why: l.ledgerOnly }));

  const truth = {
    set: P.set,
    country: P.country,
    currency: P.currency,
    timezone: P.timezone,
    period: P.period,
    publicHolidays: P.holidays,
    seed: setSeed,
    notes: [
      'Blind: written from the public input contracts and general knowledge of the bank and the package, not from the engine, its presets or its readers.',
      'One truth row per statement row with money, in file order; rows are spreadsheet row numbers counting preamble and header.',
      'The books opened the month reconciled: ledger opening balance = bank opening balance.',
      'Ties and twins: ledger is null and ledgerAnyOf lists the equally right answers (ambiguous: true).',
      'difference = bank − ledger on auto matches whose amounts differ; no rules are written in the reconcile document.',
    ],
    bankFiles: [
      {
        file: bankOut.file,
        bank: bankOut.bank,
        headerRow: bankOut.headerRow,
        ledgerAccount: bankOut.ledgerAccount,
        readOptions: bankOut.readOptions,
        order: bankOut.order,
        layout: bankOut.layout,
        openingBalance: dec(opening),
        closingBalance: dec(closing),
        ...(bankOut.nonEntryRows ? { nonEntryRows: bankOut.nonEntryRows } : {}),
      },
    ],
    ledgerFiles: [
      {
        file: ledgerOut.file,
        package: ledgerOut.package,
        headerRow: ledgerOut.headerRow,
        readOptions: ledgerOut.readOptions,
        layout: ledgerOut.layout,
        openingBalance: dec(opening),
        closingBalance: dec(bookClosing),
        ...(ledgerOut.nonEntryRows ? { nonEntryRows: ledgerOut.nonEntryRows } : {}),
        ...(ledgerOut.otherAccounts ? { otherAccounts: ledgerOut.otherAccounts } : {}),
      },
    ],
    bank: truthBank,
    ledgerOnly,
  };
  await writeJson(join(dir, 'truth.json'), truth);

  const doc = {
    options: { timezone: P.timezone },
    bank: order.map((b) => {
      const c = bankOut.cells.get(b.key);
      return {
        id: `${bankOut.file}#${bankOut.rowOf.get(b.key)}`,
        date: b.date,
        amount: dec(b.amt),
        currency: P.currency,
        narration: c.text,
        reference: c.reference,
        counterparty: null,
        balance: dec(b.balance),
      };
    }),
    ledger: [...main]
      .sort((a, b) => ledgerOut.rowOf.get(a.key) - ledgerOut.rowOf.get(b.key))
      .map((l) => {
        const c = ledgerOut.cells.get(l.key);
        return {
          id: `${ledgerOut.file}#${ledgerOut.rowOf.get(l.key)}`,
          date: l.date,
          amount: dec(l.amt),
          currency: P.currency,
          reference: c.reference,
          description: c.description,
          party: c.party,
          account: c.account,
        };
      }),
    statement: { from: P.period.from, to: P.period.to, bankBalance: dec(closing), bookBalance: dec(bookClosing) },
  };
  await writeJson(join(dir, `reconcile.${bankOut.file}.json`), doc);

  const count = (d) => truthBank.filter((t) => t.decision === d).length;
  const matched = truthBank.filter((t) => t.expect === 'match');
  index.sets.push({
    set: P.set,
    country: P.country,
    currency: P.currency,
    period: P.period,
    bank: bankOut.bank,
    package: ledgerOut.package,
    bankFiles: [bankOut.file],
    ledgerFiles: [ledgerOut.file],
    bankLines: truthBank.length,
    ledgerRows: main.length,
    ...(ledgerOut.otherAccounts ? { otherAccountRows: ledgerOut.otherAccounts.reduce((s, a) => s + a.rows, 0) } : {}),
    decisions: {
      auto: count('auto'),
      suggest: count('suggest'),
      'bank-only': count('bank-only'),
      none: count('none'),
      'reversal-pair': count('reversal-pair'),
    },
    mustNotAuto: truthBank.filter((t) => t.mustNotAuto === true).length,
    ledgerOnly: ledgerOnly.length,
    matched: matched.length,
    matchedWithoutReference: matched.filter((t) => t.evidence !== 'reference').length,
  });
  console.log(
    `  ${P.set}: ${truthBank.length} bank lines, ${main.length} ledger rows, opening ${dec(opening)}, closing ${dec(closing)}`,
  );
}
await writeJson(join(root, 'index.json'), index);

async function writeJson(path, value) {
  writeFileSync(path, await prettyJson(value, path));
}
