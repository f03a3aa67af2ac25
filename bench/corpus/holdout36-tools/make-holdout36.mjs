// holdout36 — writes the four blind sets (files, truth.json, reconcile documents) and index.json.
//   node bench/corpus/holdout36-tools/make-holdout36.mjs [--out DIR]      (seed: BANKFEED_CORPUS_SEED, default 20363636)
// Refuses a set whose truth its own cells do not bear out (see check()).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dec, evidenceOf, makeRng, prettyJson } from './lib36.mjs';
import { Month } from './month36.mjs';
import { runEvents } from './events36.mjs';
import { SETS } from './sets36.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SEED = Number(process.env.BANKFEED_CORPUS_SEED ?? 20363636);
const outIdx = process.argv.indexOf('--out');
const OUT = outIdx > 0 ? resolve(process.argv[outIdx + 1]) : resolve(here, '../holdout36');
console.log(`holdout36: seed ${SEED} → ${OUT}`);

const EXPECT = {
  auto: 'match',
  suggest: 'match',
  'bank-only': 'bank-only',
  none: 'no-counterpart',
  'reversal-pair': 'reversal-pair',
};
const QUOTED =
  /^(ref-|bill-quoted|order-number|credit-note-quoted|statutory|utility|payroll|settlement-id|third-party-payer|own-account|sent-again|instalment|split-many-to-one)/;

function buildSet(i) {
  const seed = SEED + i * 7919;
  const r = makeRng(seed);
  const S = SETS[i]();
  const M = new Month(S, r);
  runEvents(S, M, r);

  // opening balance: a round figure that keeps the account out of overdraft all month
  const lines = M.ordered();
  let run = 0;
  let low = 0;
  for (const l of lines) {
    run += l.amount;
    low = Math.min(low, run);
  }
  const unit = S.range[1] * 100;
  let opening = r.int(2, 5) * unit;
  if (opening + low < unit / 2) opening = (Math.ceil((unit / 2 - low) / unit) + 1) * unit;
  const bookOpening = opening + M.lastMonthCleared;

  const bank = S.writeBank(M, opening);
  const books = S.writeBooks(M, bookOpening);
  const closing = opening + lines.reduce((a, l) => a + l.amount, 0);
  const bookClosing = bookOpening + M.rows.reduce((a, x) => a + x.amount, 0);

  const bref = (l) => ({
    file: S.bankFile,
    row: l.row,
    date: l.date,
    amount: dec(l.amount),
    text: l.mapped.text,
    ...(l.mapped.reference ? { reference: l.mapped.reference } : {}),
  });
  const lref = (x) => ({ file: S.bookFile, row: x.row, date: x.date, amount: dec(x.amount) });
  const cellsOfLine = (l) => [l.mapped.text, l.mapped.reference, l.mapped.party];
  const cellsOfRow = (x) => [x.mapped.reference, x.mapped.description, x.mapped.party];

  const truthLines = lines.map((l) => {
    const t = l.t;
    if (!t) throw new Error(`${S.key}: undecided line ${l.mapped.text}`);
    const matched = t.decision === 'auto' || t.decision === 'suggest';
    const options = t.ledgerAnyOf ?? (t.ledger ? [t.ledger] : []);
    const evidence = matched ? evidenceOf(cellsOfLine(l), options[0].map(cellsOfRow)) : null;
    const out = {
      ref: bref(l),
      expect: EXPECT[t.decision],
      decision: t.decision,
      ledger: t.ledger ? t.ledger.map(lref) : null,
      ...(t.ledgerAnyOf ? { ledgerAnyOf: t.ledgerAnyOf.map((o) => o.map(lref)) } : {}),
      group: t.group ?? null,
      evidence,
      ambiguous: t.ambiguous ?? false,
      kind: t.decision === 'bank-only' ? t.kind : null,
      partner: t.partnerLine ? bref(t.partnerLine) : null,
      ...(t.difference !== undefined ? { difference: dec(t.difference) } : {}),
      ...(t.decision === 'suggest' ? { mustNotAuto: t.mustNotAuto } : {}),
      traits: t.traits,
    };
    return { l, t, out, options, evidence };
  });

  check(S, M, truthLines, { opening, closing, bookOpening, bookClosing });

  const period = { from: M.days[0].slice(0, 8) + '01', to: lastDay(S.year, S.month) };
  const truth = {
    set: S.key,
    country: S.country,
    currency: S.currency,
    timezone: S.timezone,
    period,
    publicHolidays: S.holidays,
    seed,
    notes: [
      S.business,
      `Public holidays skipped: ${S.holidayNote}.`,
      'Decisions are a careful bookkeeper’s (README.holdout36.md, Decisions); evidence is what the cells mechanically share.',
    ],
    bankFiles: [
      {
        file: S.bankFile,
        bank: S.bank,
        headerRow: bank.headerRow,
        ledgerAccount: S.ledgerAccount,
        readOptions: bank.readOptions,
        order: bank.order,
        layout: bank.layout,
        openingBalance: dec(opening),
        closingBalance: dec(closing),
        nonEntryRows: bank.nonEntryRows,
      },
    ],
    ledgerFiles: [
      {
        file: S.bookFile,
        package: S.package,
        headerRow: books.headerRow,
        readOptions: books.readOptions,
        layout: books.layout,
        openingBalance: dec(bookOpening),
        closingBalance: dec(bookClosing),
        nonEntryRows: books.nonEntryRows,
      },
    ],
    bank: truthLines.map((x) => x.out),
    ledgerOnly: M.ledgerOnly.map(({ row, why }) => ({ ...lref(row), why })),
  };

  const doc = {
    options: { timezone: S.timezone },
    bank: lines.map((l) => ({
      id: `${S.bankFile}#${l.row}`,
      date: l.date,
      amount: dec(l.amount),
      currency: S.currency,
      narration: l.mapped.text,
      reference: l.mapped.reference,
      counterparty: l.mapped.party ? { name: l.mapped.party, account: l.mapped.account ?? null } : null,
      balance: dec(l.balance),
    })),
    ledger: M.orderedRows().map((x) => ({
      id: `${S.bookFile}#${x.row}`,
      date: x.date,
      amount: dec(x.amount),
      currency: S.currency,
      reference: x.mapped.reference,
      description: x.mapped.description,
      party: x.mapped.party,
      account: S.ledgerAccount,
    })),
    statement: { from: period.from, to: period.to, bankBalance: dec(closing), bookBalance: dec(bookClosing) },
  };

  const count = (d) => truthLines.filter((x) => x.t.decision === d).length;
  const matched = truthLines.filter((x) => x.t.decision === 'auto' || x.t.decision === 'suggest');
  const index = {
    set: S.key,
    country: S.country,
    currency: S.currency,
    period,
    bank: S.bank,
    package: S.package,
    bankFiles: [S.bankFile],
    ledgerFiles: [S.bookFile],
    bankLines: lines.length,
    ledgerRows: M.rows.length,
    decisions: {
      auto: count('auto'),
      suggest: count('suggest'),
      'bank-only': count('bank-only'),
      none: count('none'),
      'reversal-pair': count('reversal-pair'),
    },
    mustNotAuto: truthLines.filter((x) => x.t.mustNotAuto).length,
    autoWithDifference: truthLines.filter((x) => x.t.decision === 'auto' && x.t.difference !== undefined).length,
    ledgerOnly: M.ledgerOnly.length,
    matched: matched.length,
    matchedWithoutReference: matched.filter((x) => x.evidence !== 'reference').length,
  };
  return { S, bank, books, truth, doc, index };
}

function lastDay(y, m) {
  const d = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** the generator's own refusals: a truth its cells do not bear out is not written */
function check(S, M, truthLines, bal) {
  const fail = (msg) => {
    throw new Error(`${S.key}: ${msg}`);
  };
  const n = truthLines.length;
  if (n < 55 || n > 120) fail(`${n} bank lines, outside 55–120`);
  const owners = new Map();
  const own = (x, who) => {
    owners.set(x, (owners.get(x) ?? new Set()).add(who));
  };
  const rowsOfAmount = (a) => M.rows.filter((x) => x.amount === a);
  for (const { l, t, options, evidence } of truthLines) {
    const name = `${l.date} ${l.mapped.text} ${dec(l.amount)}`;
    if (!M.days.includes(l.date)) fail(`${name}: not a working day`);
    const key = t.group ?? (t.ambiguous ? `anyOf:${options.flat().map((x) => x.seq)}` : `line${l.seq}`);
    for (const o of options) for (const x of o) own(x, key);
    if (t.decision === 'auto' || t.decision === 'suggest') {
      if (evidence === 'amount' && t.decision === 'auto') fail(`${name}: auto on amount alone`);
      for (const o of options) {
        const ev = evidenceOf(
          [l.mapped.text, l.mapped.reference, l.mapped.party],
          o.map((x) => [x.mapped.reference, x.mapped.description, x.mapped.party]),
        );
        if (ev !== evidence) fail(`${name}: options carry different evidence`);
      }
      if (t.traits.includes('name-only') && evidence !== 'counterparty')
        fail(`${name}: name-only line carries ${evidence}`);
      if (t.traits.some((tr) => QUOTED.test(tr)) && evidence !== 'reference')
        fail(`${name}: quoted line carries ${evidence}`);
      if (t.decision === 'auto' && evidence !== 'reference' && !t.ambiguous) {
        const others = rowsOfAmount(l.amount).filter((x) => !options[0].includes(x));
        if (others.length) fail(`${name}: auto without reference but another book row has its amount`);
      }
      if (!t.group) {
        const books = options[0].reduce((a, x) => a + x.amount, 0);
        const diff = l.amount - books;
        if (t.decision === 'auto') {
          if (diff !== (t.difference ?? 0)) fail(`${name}: difference ${diff} vs ${t.difference}`);
          if (diff !== 0 && Math.abs(diff) * 10 > Math.abs(books)) fail(`${name}: difference over 10 %`);
          if (diff > 0 && !t.traits.includes('over-payment')) fail(`${name}: positive difference without over-payment`);
          if (diff < 0 && !t.traits.some((tr) => tr.startsWith('short-')))
            fail(`${name}: negative difference without short-*`);
        } else if (
          diff !== 0 &&
          !t.traits.some((tr) => ['part-payment', 'short-net-of-fee', 'books-amount-transposed'].includes(tr))
        ) {
          fail(`${name}: suggestion of another amount without a reason`);
        }
      }
    } else if (t.decision === 'none' || t.decision === 'bank-only') {
      if (rowsOfAmount(l.amount).length) fail(`${name}: ${t.decision} line has a book row of its amount`);
    } else if (t.decision === 'reversal-pair') {
      if (t.partnerLine.t.partnerLine !== l || t.partnerLine.amount !== -l.amount)
        fail(`${name}: reversal pair does not cancel`);
    }
  }
  // groups: all lines of a group point at the same rows and sum to them
  const groups = new Map();
  for (const { l, t } of truthLines) if (t.group) groups.set(t.group, [...(groups.get(t.group) ?? []), { l, t }]);
  for (const [g, members] of groups) {
    const bankSum = members.reduce((a, m) => a + m.l.amount, 0);
    const books = members[0].t.ledger.reduce((a, x) => a + x.amount, 0);
    if (bankSum !== books) fail(`group ${g} sums ${bankSum} vs ${books}`);
  }
  for (const { row } of M.ledgerOnly) own(row, `ledgerOnly${row.seq}`);
  for (const x of M.rows) {
    const o = owners.get(x);
    if (!o || o.size !== 1) fail(`book row ${x.date} ${x.cols.desc} owned ${o ? o.size : 0} times`);
    if (!M.days.includes(x.date)) fail(`book row ${x.date} not a working day`);
  }
  let run = bal.opening;
  for (const l of M.ordered()) {
    run += l.amount;
    if (run < 0) fail(`overdraft on ${l.date}`);
  }
  if (run !== bal.closing) fail('closing balance');
}

const built = SETS.map((_, i) => buildSet(i));
mkdirSync(OUT, { recursive: true });
for (const b of built) {
  const dir = join(OUT, b.S.key);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, b.S.bankFile), b.bank.content);
  writeFileSync(join(dir, b.S.bookFile), b.books.content);
  writeFileSync(join(dir, 'truth.json'), await prettyJson(b.truth));
  writeFileSync(join(dir, `reconcile.${b.S.bankFile}.json`), await prettyJson(b.doc));
  const ix = b.index;
  console.log(
    `${ix.set}: ${ix.bankLines} lines, ${ix.ledgerRows} rows, ${JSON.stringify(ix.decisions)}, w/o reference ${ix.matchedWithoutReference}/${ix.matched}`,
  );
}
const index = {
  corpus: 'holdout36',
  seed: SEED,
  generator: 'bench/corpus/holdout36-tools/make-holdout36.mjs',
  validator: 'bench/corpus/holdout36-tools/validate-holdout36.mjs',
  sets: built.map((b) => b.index),
};
writeFileSync(join(OUT, 'index.json'), await prettyJson(index));
