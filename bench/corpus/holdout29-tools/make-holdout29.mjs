#!/usr/bin/env node
// Writes bench/corpus/holdout29/<set>/** and index.json: per set a bank statement, a ledger export, truth.json and
// reconcile.<bank file>.json. Same seed → same bytes. `--out DIR` writes elsewhere; BANKFEED_CORPUS_SEED changes the
// month. The generator refuses to write a set whose cells do not carry what its truth claims.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dec, docNumbers, prettyJson, rngOf } from './lib.mjs';
import { bankOrder, carriedEvidence, runBalances } from './scenario.mjs';
import { set as ng } from './set-ng.mjs';
import { set as gh } from './set-gh.mjs';
import { set as ke } from './set-ke.mjs';
import { set as za } from './set-za.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const DEFAULT_SEED = 20292929;
const seed = Number(process.env.BANKFEED_CORPUS_SEED ?? DEFAULT_SEED);
const outArg = process.argv.indexOf('--out');
const outDir = outArg > 0 ? resolve(process.argv[outArg + 1]) : resolve(here, '../holdout29');
const SETS = [ng, gh, ke, za];
// JSON is formatted with the repository's Prettier settings wherever it is written (--out included)
const STYLE = join(here, '../holdout29/index.json');

// traits that explain why a line shares a number or an amount with a book row that is not its answer
const SHARES_NUMBER = new Set(['duplicate-payment', 'reversal', 'failed-transfer', 'quotes-parent-transfer']);
const SHARES_AMOUNT = new Set([
  'twins',
  'tie',
  'amount-shared-across-payers',
  'same-amount-own-reference',
  'same-amount-different-payers',
  'failed-transfer',
  'reversal',
  'duplicate-payment',
]);

function fail(set, msg) {
  throw new Error(`${set.key}: ${msg}`);
}

function check(set, month, inBank, rowText, bank, partyText) {
  const bankRows = month.rows.filter(inBank);
  for (const l of month.lines) if (!l.truth) fail(set, `line without a decision: ${l.date} ${l.text}`);
  for (const r of month.rows)
    if (!r.owned) fail(set, `book row owned by nothing: ${r.date} ${JSON.stringify(r.cells)}`);
  const lineText = (l) => [bank.text(l), bank.reference(l), bank.counterparty(l)?.name].filter(Boolean).join(' ');
  for (const l of month.lines) {
    const t = l.truth;
    const answers = t.ledger ?? (t.anyOf ? t.anyOf[0] : []);
    if (t.expect === 'match') {
      if (!answers.length) fail(set, `match without rows: ${l.text}`);
      const ev = carriedEvidence(lineText(l), answers.map(rowText));
      if (ev !== t.evidence) fail(set, `evidence claimed ${t.evidence}, cells carry ${ev}: ${l.text}`);
      if (t.anyOf)
        for (const opt of t.anyOf)
          if (carriedEvidence(lineText(l), opt.map(rowText)) !== t.evidence)
            fail(set, `twin option differs: ${l.text}`);
    }
    const own = new Set(t.anyOf ? t.anyOf.flat() : (t.ledger ?? []));
    const nums = docNumbers(lineText(l));
    for (const r of bankRows) {
      if (own.has(r)) continue;
      // a number inside the row's party cell is the party's own code (a tenant code): every row of that party has it
      const partyNums = docNumbers(partyText(r));
      const shared = [...docNumbers(rowText(r))].filter((n) => nums.has(n) && !partyNums.has(n));
      if (shared.length && !t.traits.some((x) => SHARES_NUMBER.has(x)))
        fail(set, `line shares ${shared} with a book row that is not its answer: ${l.text} / ${rowText(r)}`);
      if (r.amount === l.amount && !t.traits.some((x) => SHARES_AMOUNT.has(x)))
        fail(set, `line's amount ${dec(l.amount)} is also an unrelated book row's: ${l.text} / ${rowText(r)}`);
    }
    if (t.decision === 'auto' && t.difference !== undefined) {
      const sum = (t.ledger ?? []).reduce((s, r) => s + r.amount, 0);
      const bankSum = t.group
        ? month.lines.filter((x) => x.truth?.group === t.group).reduce((s, x) => s + x.amount, 0)
        : l.amount;
      if (bankSum - sum !== t.difference) fail(set, `difference ${t.difference} is not bank − books: ${l.text}`);
    }
  }
}

const refOf = (bank, l, file) => {
  const ref = { file, row: bank.rowOf.get(l), date: l.date, amount: dec(l.amount), text: bank.text(l) };
  const reference = bank.reference(l);
  if (reference) ref.reference = reference;
  return ref;
};
const ledgerRef = (ledger, r) => ({ file: ledger.file, row: ledger.rowOf.get(r), date: r.date, amount: dec(r.amount) });

/**
 * Builds the set's month; a draw whose random numbers happen to collide (a remittance number's group equal to a
 * credit note's, an amount drawn twice across kinds) is drawn again from the next seed, so that the committed truth
 * never rests on an accident. A logic error fails every draw and is reported.
 */
function buildChecked(set, baseSeed) {
  let last;
  for (let attempt = 0; attempt < 40; attempt++) {
    const setSeed = baseSeed + attempt * 104729;
    const built = set.build(rngOf(setSeed));
    const month = built.month;
    const inBank = (r) => r.account === null || r.account === set.ledgerAccount;
    const ordered = bankOrder(month.lines);
    const { opening, closing } = runBalances(ordered, built.bankBase);
    const bookOpening = opening + built.bookOpeningDelta;
    const bankRows = month.rows.filter(inBank);
    const bookClosing = bookOpening + bankRows.reduce((s, r) => s + r.amount, 0);
    const bank = set.bankFile(ordered, { opening, closing });
    const ledger = set.ledgerFile(month.rows, { opening: bookOpening, closing: bookClosing });
    const rowText = (r) => [ledger.reference(r), ledger.description(r), ledger.party(r)].filter(Boolean).join(' ');
    try {
      check(set, month, inBank, rowText, bank, (r) => ledger.party(r) ?? '');
    } catch (err) {
      last = err;
      continue;
    }
    return {
      setSeed,
      built,
      month,
      inBank,
      opening,
      closing,
      bookOpening,
      bankRows,
      bookClosing,
      bank,
      ledger,
      attempt,
    };
  }
  throw last;
}

async function writeSet(set, i) {
  const { setSeed, built, month, opening, closing, bookOpening, bankRows, bookClosing, bank, ledger, attempt } =
    buildChecked(set, seed + i * 7919);
  if (attempt > 0) console.log(`  ${set.key}: drawn ${attempt + 1} times (seed ${setSeed})`);
  const dir = join(outDir, set.key);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, bank.file), bank.bytes);
  writeFileSync(join(dir, ledger.file), ledger.bytes);

  const fileOrder = [...month.lines].sort((a, b) => bank.rowOf.get(a) - bank.rowOf.get(b));
  const truthLines = fileOrder.map((l) => {
    const t = l.truth;
    const o = { ref: refOf(bank, l, bank.file), expect: t.expect, decision: t.decision };
    o.ledger = t.ledger ? t.ledger.map((r) => ledgerRef(ledger, r)) : null;
    if (t.anyOf) o.ledgerAnyOf = t.anyOf.map((opt) => opt.map((r) => ledgerRef(ledger, r)));
    o.group = t.group;
    o.evidence = t.expect === 'match' ? t.evidence : null;
    o.ambiguous = t.ambiguous;
    o.kind = t.kind;
    o.partner = t.partner ? refOf(bank, t.partner, bank.file) : null;
    if (t.decision === 'suggest') o.mustNotAuto = t.mustNotAuto;
    if (t.difference !== undefined) o.difference = dec(t.difference);
    o.traits = t.traits;
    return o;
  });
  const ledgerOnly = bankRows
    .filter((r) => r.owned === 'ledger-only')
    .sort((a, b) => ledger.rowOf.get(a) - ledger.rowOf.get(b))
    .map((r) => ({ ...ledgerRef(ledger, r), why: r.why }));
  const cal = month.cal;
  const truth = {
    set: set.key,
    country: set.country,
    currency: set.currency,
    timezone: set.timezone,
    period: { from: cal.from, to: cal.to },
    publicHolidays: cal.holidays,
    seed: setSeed,
    notes: built.notes,
    bankFiles: [
      {
        file: bank.file,
        bank: set.bank,
        headerRow: bank.headerRow,
        ledgerAccount: set.ledgerAccount,
        readOptions: bank.readOptions,
        order: bank.order,
        layout: bank.layout,
        openingBalance: dec(opening),
        closingBalance: dec(closing),
        ...(bank.nonEntryRows.length ? { nonEntryRows: bank.nonEntryRows } : {}),
      },
    ],
    ledgerFiles: [
      {
        file: ledger.file,
        package: set.package,
        headerRow: ledger.headerRow,
        readOptions: ledger.readOptions,
        layout: ledger.layout,
        openingBalance: dec(bookOpening),
        closingBalance: dec(bookClosing),
        nonEntryRows: ledger.nonEntryRows,
      },
    ],
    bank: truthLines,
    ledgerOnly,
  };
  writeFileSync(join(dir, 'truth.json'), await prettyJson(truth, STYLE));

  const doc = {
    options: { timezone: set.timezone },
    bank: (bank.jsonOrder ?? fileOrder).map((l) => ({
      id: `${bank.file}#${bank.rowOf.get(l)}`,
      date: l.date,
      amount: dec(l.amount),
      currency: set.currency,
      narration: bank.text(l),
      reference: bank.reference(l) || null,
      counterparty: bank.counterparty(l),
      balance: dec(l.balance),
    })),
    ledger: bankRows
      .slice()
      .sort((a, b) => ledger.rowOf.get(a) - ledger.rowOf.get(b))
      .map((r) => ({
        id: `${ledger.file}#${ledger.rowOf.get(r)}`,
        date: r.date,
        amount: dec(r.amount),
        currency: set.currency,
        reference: ledger.reference(r) || null,
        description: ledger.description(r) || null,
        party: ledger.party(r) || null,
        account: ledger.account(r) || null,
      })),
    statement: { from: cal.from, to: cal.to, bankBalance: dec(closing), bookBalance: dec(bookClosing) },
  };
  const docName = `reconcile.${bank.file}.json`;
  writeFileSync(join(dir, docName), await prettyJson(doc, STYLE));

  const count = (pred) => truthLines.filter(pred).length;
  const matched = count((x) => x.expect === 'match');
  return {
    set: set.key,
    country: set.country,
    currency: set.currency,
    period: truth.period,
    bank: set.bank,
    package: set.package,
    bankFiles: [bank.file],
    ledgerFiles: [ledger.file],
    bankLines: truthLines.length,
    ledgerRows: bankRows.length,
    ...(bankRows.length !== month.rows.length ? { ledgerRowsOtherAccounts: month.rows.length - bankRows.length } : {}),
    decisions: {
      auto: count((x) => x.decision === 'auto'),
      suggest: count((x) => x.decision === 'suggest'),
      'bank-only': count((x) => x.decision === 'bank-only'),
      none: count((x) => x.decision === 'none'),
      'reversal-pair': count((x) => x.decision === 'reversal-pair'),
    },
    mustNotAuto: count((x) => x.mustNotAuto === true),
    autoWithDifference: count((x) => x.difference !== undefined),
    ledgerOnly: ledgerOnly.length,
    matched,
    matchedWithoutReference: count((x) => x.expect === 'match' && x.evidence !== 'reference'),
  };
}

console.log(`holdout29: seed ${seed}${seed === DEFAULT_SEED ? ' (default)' : ''} → ${outDir}`);
mkdirSync(outDir, { recursive: true });
const summaries = [];
for (const [i, set] of SETS.entries()) {
  const s = await writeSet(set, i);
  summaries.push(s);
  console.log(`  ${s.set}: ${s.bankLines} bank lines, ${s.ledgerRows} ledger rows, ${JSON.stringify(s.decisions)}`);
}
const index = {
  corpus: 'holdout29',
  seed,
  generator: 'bench/corpus/holdout29-tools/make-holdout29.mjs',
  validator: 'bench/corpus/holdout29-tools/validate-holdout29.mjs',
  sets: summaries,
};
writeFileSync(join(outDir, 'index.json'), await prettyJson(index, STYLE));
