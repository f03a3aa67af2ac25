#!/usr/bin/env node
// holdout34 — writes the four set folders and index.json (seeded; same seed, same bytes).
//   node bench/corpus/holdout34-tools/make-holdout34.mjs [--out <dir>]     (BANKFEED_CORPUS_SEED overrides the seed)
// Refuses a set whose truth its own cells do not bear out (see check()).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Month, evidenceOf, major, makeRng, prettyJson, weekday } from './lib34.mjs';
import { buildMonth } from './events34.mjs';
import { SETS } from './sets34.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const DEFAULT_SEED = 20343434;
const seed = Number(process.env.BANKFEED_CORPUS_SEED ?? DEFAULT_SEED);
const outArg = process.argv.indexOf('--out');
const outDir = resolve(outArg > 0 ? process.argv[outArg + 1] : join(here, '..', 'holdout34'));
const QUOTED = new Set([
  'bill-quoted',
  'customer-order-number',
  'cheque-number',
  'payment-number',
  'credit-note-quoted',
  'statutory',
  'utility',
  'payroll',
  'debit-order',
  'settlement-id',
]);
const EXPECT = {
  auto: 'match',
  suggest: 'match',
  'bank-only': 'bank-only',
  none: 'no-counterpart',
  'reversal-pair': 'reversal-pair',
};

function fail(set, msg) {
  throw new Error(`${set}: ${msg}`);
}

function build(D, setSeed) {
  const rng = makeRng(setSeed);
  const set = D(rng);
  const m = new Month(rng, { year: set.year, month: set.month, holidays: set.holidays });
  m.priorCheque = 0;
  buildMonth(m, set);
  if (set.extraRows) set.extraRows(m);
  const { lines, rows } = m.sorted();
  // balances
  let low = 0;
  let run = 0;
  for (const l of lines) {
    run += l.amount;
    low = Math.min(low, run);
  }
  const [, phi] = set.paymentRange;
  const open = Math.round((-low + phi * 100 * (2 + rng.next())) / 100) * 100;
  let bal = open;
  for (const l of lines) l.balance = bal += l.amount;
  const close = bal;
  const mine = rows.filter((r) => !r.otherAccount);
  const bookOpen = open - m.priorCheque;
  let kb = bookOpen;
  for (const r of mine) r.balance = kb += r.amount;
  const bookClose = kb;
  return { set, m, lines, rows, mine, open, close, bookOpen, bookClose };
}

function check(b, bankFile, ledgerFile) {
  const { set, lines, mine, m } = b;
  const S = set.set;
  if (lines.length < 55 || lines.length > 100) fail(S, `${lines.length} bank lines`);
  for (const l of lines) {
    if (!l.t) fail(S, `line without decision: ${l.text}`);
    const wd = weekday(l.date);
    if (wd === 0 || wd === 6 || set.holidays.includes(l.date)) fail(S, `line on a non-working day ${l.date}`);
    if (l.balance < 0) fail(S, `overdraft at ${l.text}`);
  }
  for (const r of mine) {
    if (r.owned !== 1) fail(S, `book row owned ${r.owned} times: ${r.note} ${r.amount}`);
    const wd = weekday(r.date);
    if (wd === 0 || wd === 6 || set.holidays.includes(r.date)) fail(S, `row on a non-working day ${r.date}`);
  }
  const bankStrings = (l) => {
    const v = bankFile.view.get(l);
    return [v.text, v.reference, v.party].filter(Boolean);
  };
  const bookStrings = (rs) =>
    rs.flatMap((r) => {
      const v = ledgerFile.view.get(r);
      return [v.reference, v.description, v.party].filter(Boolean);
    });
  for (const l of lines) {
    const t = l.t;
    if (t.decision === 'auto' || t.decision === 'suggest') {
      const options = t.rows ? [t.rows] : t.anyOf;
      const evs = options.map((o) => evidenceOf(bankStrings(l), bookStrings(o)));
      if (new Set(evs).size !== 1) fail(S, `options differ in evidence: ${l.text}`);
      t.evidence = evs[0];
      if (t.decision === 'auto' && t.evidence === 'amount') fail(S, `auto on amount alone: ${l.text}`);
      if (t.traits.includes('name-only') && t.evidence !== 'counterparty')
        fail(S, `name-only line has ${t.evidence}: ${l.text}`);
      const quoted = t.traits.some((x) => x.startsWith('ref-') || QUOTED.has(x));
      if (quoted && t.evidence !== 'reference')
        fail(S, `quoted line has ${t.evidence}: ${l.text} | ${bookStrings(options[0])}`);
      const groupLines = t.group ? lines.filter((x) => x.t.group === t.group) : [l];
      const bankSum = groupLines.reduce((s, x) => s + x.amount, 0);
      const bookSum = options[0].reduce((s, r) => s + r.amount, 0);
      const diff = bankSum - bookSum;
      if (t.decision === 'auto') {
        if ((t.difference ?? 0) !== diff) fail(S, `difference ${diff} not stated: ${l.text}`);
        if (diff !== 0 && Math.abs(diff) * 10 > Math.abs(bookSum)) fail(S, `difference beyond 10 %: ${l.text}`);
        if (diff > 0 && !t.traits.includes('over-payment')) fail(S, `positive difference without over-payment`);
        if (diff < 0 && !t.traits.some((x) => x.startsWith('short-'))) fail(S, `negative difference without short-*`);
        if (t.evidence !== 'reference' && !t.traits.includes('twins')) {
          const others = mine.filter((r) => r.amount === l.amount && !options[0].includes(r));
          if (others.length) fail(S, `auto without reference has another book row of its amount: ${l.text}`);
        }
      } else if (diff !== 0) {
        if (!['part-payment', 'short-net-of-fee', 'books-amount-transposed'].some((x) => t.traits.includes(x)))
          fail(S, `suggestion of another amount without a reason: ${l.text}`);
      }
    } else {
      if (t.decision !== 'reversal-pair' && mine.some((r) => r.amount === l.amount))
        fail(S, `line without counterpart has a book row of its amount: ${l.text}`);
      if (t.decision === 'reversal-pair' && t.partner.amount !== -l.amount) fail(S, 'reversal pair does not cancel');
    }
  }
  void m;
}

const rowRef = (file, view, r) => ({ file, row: view.get(r).row, date: r.date, amount: major(r.amount) });

async function writeSet(i, D) {
  const setSeed = seed + i * 7919;
  const b = build(D, setSeed);
  const { set, m, lines, rows, mine } = b;
  const bankFile = set.writeBank(m, lines, b.open, b.close);
  const ledgerFile = set.writeLedger(m, rows, b.bookOpen, b.bookClose);
  check(b, bankFile, ledgerFile);
  const dir = join(outDir, set.set);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, bankFile.file), bankFile.bytes);
  writeFileSync(join(dir, ledgerFile.file), ledgerFile.bytes);

  // groups in bank order
  let g = 0;
  for (const l of lines) if (l.t.group && l.t.group.id === null) l.t.group.id = `g${String(++g).padStart(2, '0')}`;
  const bref = (l) => {
    const v = bankFile.view.get(l);
    const r = { file: bankFile.file, row: v.row, date: l.date, amount: major(l.amount), text: v.text };
    if (v.reference) r.reference = v.reference;
    return r;
  };
  const lref = (r) => rowRef(ledgerFile.file, ledgerFile.view, r);
  const bank = lines.map((l) => {
    const t = l.t;
    const e = { ref: bref(l), expect: EXPECT[t.decision], decision: t.decision };
    const matched = t.decision === 'auto' || t.decision === 'suggest';
    e.ledger = matched && t.rows ? t.rows.map(lref) : null;
    if (t.anyOf) e.ledgerAnyOf = t.anyOf.map((o) => o.map(lref));
    e.group = t.group ? t.group.id : null;
    e.evidence = matched ? t.evidence : null;
    e.ambiguous = Boolean(t.anyOf);
    e.kind = t.decision === 'bank-only' ? t.kind : null;
    e.partner = t.partner ? bref(t.partner) : null;
    if (t.decision === 'suggest') e.mustNotAuto = t.mustNotAuto;
    if (t.decision === 'auto' && t.difference) e.difference = major(t.difference);
    e.traits = t.traits;
    return e;
  });
  const ledgerOnly = mine.filter((r) => r.ledgerOnly).map((r) => ({ ...lref(r), why: r.ledgerOnly }));
  const truth = {
    set: set.set,
    country: set.country,
    currency: set.currency,
    timezone: set.timezone,
    period: { from: m.from, to: m.to },
    publicHolidays: set.holidays,
    seed: setSeed,
    notes: [
      `${set.company}; bank: ${set.bank}; books: ${set.package}.`,
      "Decisions are a careful bookkeeper's, written from bookkeeping, not from any engine behaviour.",
      "The books' opening balance is the bank's less last month's cheque (ZA: payment) that the bank pays this month.",
      'evidence is what the cells mechanically carry (see README.holdout34.md), not how sure a person is.',
    ],
    bankFiles: [
      {
        file: bankFile.file,
        bank: set.bank,
        headerRow: bankFile.headerRow,
        ledgerAccount: set.ledgerAccount,
        readOptions: bankFile.readOptions,
        order: bankFile.order,
        layout: bankFile.layout,
        openingBalance: major(b.open),
        closingBalance: major(b.close),
        nonEntryRows: bankFile.nonEntryRows,
      },
    ],
    ledgerFiles: [
      {
        file: ledgerFile.file,
        package: set.package,
        headerRow: ledgerFile.headerRow,
        readOptions: ledgerFile.readOptions,
        layout: ledgerFile.layout,
        openingBalance: major(b.bookOpen),
        closingBalance: major(b.bookClose),
        nonEntryRows: ledgerFile.nonEntryRows,
      },
    ],
    bank,
    ledgerOnly,
  };
  const truthPath = join(dir, 'truth.json');
  writeFileSync(truthPath, await prettyJson(truth, truthPath));

  const doc = {
    options: { timezone: set.timezone },
    bank: lines.map((l) => {
      const v = bankFile.view.get(l);
      return {
        id: `${bankFile.file}#${v.row}`,
        date: l.date,
        amount: major(l.amount),
        currency: set.currency,
        narration: v.text,
        reference: v.reference,
        counterparty: v.party ? { name: v.party, account: v.acct ?? null } : null,
        balance: v.balance === null ? null : major(v.balance),
      };
    }),
    ledger: mine.map((r) => {
      const v = ledgerFile.view.get(r);
      return {
        id: `${ledgerFile.file}#${v.row}`,
        date: r.date,
        amount: major(r.amount),
        currency: set.currency,
        reference: v.reference,
        description: v.description,
        party: v.party,
        account: set.ledgerAccount,
      };
    }),
    statement: { from: m.from, to: m.to, bankBalance: major(b.close), bookBalance: major(b.bookClose) },
  };
  const docPath = join(dir, `reconcile.${bankFile.file}.json`);
  writeFileSync(docPath, await prettyJson(doc, docPath));

  const count = (d) => bank.filter((x) => x.decision === d).length;
  const matched = bank.filter((x) => x.expect === 'match');
  return {
    set: set.set,
    country: set.country,
    currency: set.currency,
    period: { from: m.from, to: m.to },
    bank: set.bank,
    package: set.package,
    bankFiles: [bankFile.file],
    ledgerFiles: [ledgerFile.file],
    bankLines: bank.length,
    ledgerRows: mine.length,
    decisions: {
      auto: count('auto'),
      suggest: count('suggest'),
      'bank-only': count('bank-only'),
      none: count('none'),
      'reversal-pair': count('reversal-pair'),
    },
    mustNotAuto: bank.filter((x) => x.mustNotAuto === true).length,
    autoWithDifference: bank.filter((x) => x.difference !== undefined).length,
    ledgerOnly: ledgerOnly.length,
    matched: matched.length,
    matchedWithoutReference: matched.filter((x) => x.evidence !== 'reference').length,
  };
}

console.log(`holdout34 seed ${seed}${seed === DEFAULT_SEED ? ' (default)' : ''} → ${outDir}`);
mkdirSync(outDir, { recursive: true });
const sets = [];
for (const [i, D] of SETS.entries()) sets.push(await writeSet(i, D));
const index = {
  corpus: 'holdout34',
  seed,
  generator: 'bench/corpus/holdout34-tools/make-holdout34.mjs',
  validator: 'bench/corpus/holdout34-tools/validate-holdout34.mjs',
  sets,
};
const indexPath = join(outDir, 'index.json');
writeFileSync(indexPath, await prettyJson(index, indexPath));
for (const s of sets)
  console.log(
    `${s.set}: ${s.bankLines} lines, ${s.ledgerRows} rows, ${JSON.stringify(s.decisions)}, ledgerOnly ${s.ledgerOnly}`,
  );
