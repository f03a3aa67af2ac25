// Writes bench/corpus/holdout27/<set>/** (files, truth.json, reconcile documents) and index.json.
// Usage: node bench/corpus/holdout27-tools/make-holdout27.mjs [--out DIR]; seed from BANKFEED_CORPUS_SEED.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { calendar, dec, prettyJson, rng } from './lib.mjs';
import { buildMonth } from './scenario.mjs';
import * as ng from './set-ng.mjs';
import * as gh from './set-gh.mjs';
import * as ke from './set-ke.mjs';
import * as za from './set-za.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const at = process.argv.indexOf('--out');
const outDir = at >= 0 ? process.argv[at + 1] : join(here, '..', 'holdout27');
const seed = Number(process.env.BANKFEED_CORPUS_SEED ?? 20272727);
console.log(`holdout27 seed ${seed}`);

const NOTES = [
  'Written blind: from the input contracts and general knowledge of the bank and the package, not from the engine.',
  'Truth follows bookkeeping: auto = what a careful bookkeeper confirms without looking further; suggest = right but needs a look.',
  'Rows are spreadsheet rows (1-based, counting preamble and header); amounts are major-unit strings, money in positive.',
  'The books opened the month reconciled: ledger opening balance = bank opening balance.',
  'nonEntryRows are balance or total rows carrying money; they are not entries.',
];

const index = {
  corpus: 'holdout27',
  seed,
  generator: 'bench/corpus/holdout27-tools/make-holdout27.mjs',
  validator: 'bench/corpus/holdout27-tools/validate-holdout27.mjs',
  sets: [],
};

for (const [i, mod] of [ng, gh, ke, za].entries()) {
  const m = mod.meta;
  const setSeed = seed + i * 7919;
  const r = rng(setSeed);
  const cal = calendar(m.year, m.month, m.holidays);
  const p = mod.profile(r, cal);
  const { lines, rows, ledgerOnly } = buildMonth(p, r, cal);
  // the opening balance is raised in whole units until the month never overdraws
  let opening = m.opening;
  const lowest = () => {
    let b = opening;
    let lo = b;
    for (const l of lines) lo = Math.min(lo, (b += l.amt));
    return lo;
  };
  while (lowest() < 0) opening += 100000000;
  let b = opening;
  for (const l of lines) l.bal = b += l.amt;
  const bankClosing = b;
  const own = rows.filter((w) => !w.foreign);
  let lb = opening;
  for (const w of rows) if (!w.foreign) w.bal = lb += w.amt;
  const bookClosing = lb;

  const dir = join(outDir, m.set);
  mkdirSync(dir, { recursive: true });
  const bank = mod.writeBank(lines, m, opening, bankClosing, cal);
  const led = mod.writeLedger(rows, m, opening, bookClosing, cal);
  writeFileSync(join(dir, m.bankFile), bank.bytes);
  writeFileSync(join(dir, m.ledgerFile), led.bytes);

  const rowOf = new Map(led.placed.map((x) => [x.row.id, x.at]));
  const byId = new Map(rows.map((w) => [w.id, w]));
  const lref = (id) => ({
    file: m.ledgerFile,
    row: rowOf.get(id),
    date: byId.get(id).date,
    amount: dec(byId.get(id).amt),
  });
  const bref = (x) => {
    const c = bank.mapped(x.line);
    const ref = { file: m.bankFile, row: x.row, date: x.line.date, amount: dec(x.line.amt), text: c.text };
    if (c.reference) ref.reference = c.reference;
    return ref;
  };
  const refOfLine = new Map(bank.rows.map((x) => [x.line, bref(x)]));
  const truthBank = [...bank.rows]
    .sort((a, b2) => a.row - b2.row)
    .map((x) => {
      const l = x.line;
      const t = {
        ref: refOfLine.get(l),
        expect: l.expect,
        decision: l.decision,
        ledger: l.anyOf ? null : l.ledger.map(lref),
      };
      if (l.anyOf) t.ledgerAnyOf = l.anyOf.map((set) => set.map(lref));
      t.group = l.group ?? null;
      t.evidence = l.evidence ?? null;
      t.ambiguous = Boolean(l.ambiguous);
      t.kind = l.kind ?? null;
      t.partner = l.partnerLine ? refOfLine.get(l.partnerLine) : null;
      if (l.decision === 'suggest') t.mustNotAuto = Boolean(l.mustNotAuto);
      if (l.difference) t.difference = dec(l.difference);
      t.traits = l.traits;
      return t;
    });
  const truth = {
    set: m.set,
    country: m.country,
    currency: m.currency,
    timezone: m.timezone,
    period: { from: cal.from, to: cal.to },
    publicHolidays: m.holidays,
    seed: setSeed,
    notes: NOTES,
    bankFiles: [
      {
        file: m.bankFile,
        bank: m.bank,
        headerRow: bank.headerRow,
        ledgerAccount: mod.ledgerAccount,
        readOptions: mod.bankReadOptions,
        order: bank.order ?? 'oldest-first',
        layout: mod.bankLayout,
        openingBalance: dec(opening),
        closingBalance: dec(bankClosing),
        ...(bank.nonEntry.length ? { nonEntryRows: bank.nonEntry } : {}),
      },
    ],
    ledgerFiles: [
      {
        file: m.ledgerFile,
        package: m.package,
        headerRow: led.headerRow,
        readOptions: mod.ledgerReadOptions,
        layout: mod.ledgerLayout,
        openingBalance: dec(opening),
        closingBalance: dec(bookClosing),
        ...(led.nonEntry.length ? { nonEntryRows: led.nonEntry } : {}),
      },
    ],
    bank: truthBank,
    ledgerOnly: ledgerOnly.map((x) => ({ ...lref(x.id), why: x.why })),
  };
  writeFileSync(join(dir, 'truth.json'), await prettyJson(truth, join(dir, 'truth.json')));

  // the reconcile document: what the files carry, through the mapping, in file order
  const bankDoc = [...bank.rows]
    .sort((a, b2) => a.row - b2.row)
    .map((x) => {
      const c = bank.mapped(x.line);
      return {
        id: `${m.bankFile}#${x.row}`,
        date: x.line.date,
        amount: dec(x.line.amt),
        currency: m.currency,
        narration: c.text,
        reference: c.reference,
        counterparty: c.party ? { name: c.party, account: null } : null,
        balance: dec(x.line.bal),
      };
    });
  const ledgerDoc = led.placed
    .filter((x) => !x.row.foreign)
    .map((x) => {
      const c = led.cells(x.row);
      return {
        id: `${m.ledgerFile}#${x.at}`,
        date: x.row.date,
        amount: dec(x.row.amt),
        currency: m.currency,
        reference: c.reference,
        description: c.description,
        party: c.party,
        account: c.account,
      };
    });
  const doc = {
    options: { timezone: m.timezone },
    bank: bankDoc,
    ledger: ledgerDoc,
    statement: { from: cal.from, to: cal.to, bankBalance: dec(bankClosing), bookBalance: dec(bookClosing) },
  };
  const docPath = join(dir, `reconcile.${m.bankFile}.json`);
  writeFileSync(docPath, await prettyJson(doc, docPath));

  const count = (d) => truthBank.filter((t) => t.decision === d).length;
  const matched = truthBank.filter((t) => t.expect === 'match');
  index.sets.push({
    set: m.set,
    country: m.country,
    currency: m.currency,
    period: { from: cal.from, to: cal.to },
    bank: m.bank,
    package: m.package,
    bankFiles: [m.bankFile],
    ledgerFiles: [m.ledgerFile],
    bankLines: truthBank.length,
    ledgerRows: own.length,
    decisions: {
      auto: count('auto'),
      suggest: count('suggest'),
      'bank-only': count('bank-only'),
      none: count('none'),
      'reversal-pair': count('reversal-pair'),
    },
    mustNotAuto: truthBank.filter((t) => t.mustNotAuto).length,
    ledgerOnly: ledgerOnly.length,
    matched: matched.length,
    matchedWithoutReference: matched.filter((t) => t.evidence !== 'reference').length,
  });
}
const ip = join(outDir, 'index.json');
writeFileSync(ip, await prettyJson(index, ip));
console.log(
  index.sets
    .map((s) => `${s.set}: ${s.bankLines} lines, ${s.ledgerRows} rows, ${JSON.stringify(s.decisions)}`)
    .join('\n'),
);
