// holdout35 — writes the four set folders and index.json (the README is written by hand).
//   node bench/corpus/holdout35-tools/make-holdout35.mjs [--out DIR]      seed: BANKFEED_CORPUS_SEED or 20353535
// Refuses a set whose truth its own cells do not bear out (see check()).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tradingEvents } from './events35.mjs';
import {
  Month,
  evidenceOf,
  numberTokens,
  iso,
  daysInMonth,
  makeRng,
  money,
  prettyJson,
  repoRoot,
  strongest,
} from './lib35.mjs';
import { SETS, common } from './sets35.mjs';

const DEFAULT_SEED = 20353535;
const args = process.argv.slice(2);
const outIdx = args.indexOf('--out');
const outDir = outIdx >= 0 ? args[outIdx + 1] : join(repoRoot, 'bench', 'corpus', 'holdout35');
const seedEnv = process.env.BANKFEED_CORPUS_SEED;
const seed = seedEnv !== undefined && seedEnv !== '' ? Number(seedEnv) : DEFAULT_SEED;
if (!Number.isSafeInteger(seed) || seed < 0) throw new Error(`BANKFEED_CORPUS_SEED must be a non-negative integer`);
console.log(`holdout35: seed ${seed}${seedEnv ? ' (BANKFEED_CORPUS_SEED)' : ' (default)'} → ${outDir}`);

const QUOTED = [
  'bill-quoted',
  'customer-order-number',
  'credit-note-quoted',
  'invoice-less-credit-note',
  'statutory',
  'utility',
  'payroll',
  'settlement-id',
  'third-party-payer',
  'interbank-transfer',
  'split-one-to-many-quoted',
];
const OTHER_AMOUNT_OK = ['part-payment', 'short-net-of-fee', 'books-amount-transposed'];

function fail(set, msg) {
  throw new Error(`${set}: ${msg}`);
}

function buildSet(D, i) {
  const setSeed = seed + i * 7919;
  const rng = makeRng(setSeed);
  const m = new Month(D, rng);
  D.bindMonth(m);
  for (const s of D.suppliers)
    s.bill = () => {
      for (;;) {
        const b = s.fmt(rng);
        if (numberTokens(b).size === 1) return b;
      }
    };
  const ctx = {};
  tradingEvents(m, D);
  common(m, D, ctx);
  D.monthEnd(m);
  for (const l of m.lines) D.finishLine(m, l);

  // chronological order (stable), balances
  const byDate = (a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
  const lines = m.lines
    .map((l, k) => [l, k])
    .sort((a, b) => byDate(a[0], b[0]) || a[1] - b[1])
    .map((x) => x[0]);
  const rows = m.rows
    .map((r, k) => [r, k])
    .sort((a, b) => byDate(a[0], b[0]) || a[1] - b[1])
    .map((x) => x[0]);
  let bal = D.opening;
  for (const l of lines) {
    bal += l.amount;
    if (bal < 0) fail(D.id, `overdraft on ${l.date}`);
    l.balance = bal;
  }
  const bank = { opening: D.opening, closing: bal };
  let bb = D.opening - ctx.lastMonth;
  const bookOpening = bb;
  for (const r of rows) {
    bb += r.amount;
    r.balance = bb;
  }
  const books = { opening: bookOpening, closing: bb };

  const bf = D.writeBank(m, lines, bank);
  const lf = D.writeBooks(m, rows, books);

  // evidence from the written cells
  const bankTexts = (l) => [l.text, l.reference];
  const rowTexts = (r) => [r.ref, r.desc, lf.partyMapped ? r.party : ''];
  const evOf = (l, rs) => strongest(rs.map((r) => evidenceOf(bankTexts(l), rowTexts(r))));
  for (const l of lines) {
    const d = l.dec;
    if (!d) fail(D.id, `undecided line ${l.date} ${l.text}`);
    if (d.decision === 'auto' || d.decision === 'suggest') {
      if (d.ledgerAnyOf) {
        const evs = d.ledgerAnyOf.map((opt) => evOf(l, opt));
        if (new Set(evs).size !== 1) fail(D.id, `options of ${l.text} differ in evidence ${evs}`);
        d.evidence = evs[0];
      } else d.evidence = evOf(l, d.ledger);
    }
  }
  check(D, m, lines, rows);

  const period = { from: iso(D.year, D.month, 1), to: iso(D.year, D.month, daysInMonth(D.year, D.month)) };
  const refOfRow = (r) => ({ file: lf.file, row: lf.rowOf.get(r), date: r.date, amount: money(r.amount) });
  const refOfLine = (l) => {
    const x = { file: bf.file, row: bf.rowOf.get(l), date: l.date, amount: money(l.amount), text: l.text };
    if (l.reference) x.reference = l.reference;
    return x;
  };
  const fileOrder = lines.slice().sort((a, b) => bf.rowOf.get(a) - bf.rowOf.get(b));
  const expectOf = {
    auto: 'match',
    suggest: 'match',
    'bank-only': 'bank-only',
    'reversal-pair': 'reversal-pair',
    none: 'no-counterpart',
  };
  const truthBank = fileOrder.map((l) => {
    const d = l.dec;
    const t = { ref: refOfLine(l), expect: expectOf[d.decision], decision: d.decision };
    const matchy = d.decision === 'auto' || d.decision === 'suggest';
    t.ledger = matchy && d.ledger ? d.ledger.map(refOfRow) : null;
    if (d.ledgerAnyOf) t.ledgerAnyOf = d.ledgerAnyOf.map((opt) => opt.map(refOfRow));
    t.group = d.group ?? null;
    t.evidence = matchy ? d.evidence : null;
    t.ambiguous = Boolean(d.ledgerAnyOf);
    t.kind = d.decision === 'bank-only' ? d.kind : null;
    t.partner = d.decision === 'reversal-pair' ? refOfLine(d.partner) : null;
    if (d.decision === 'suggest') t.mustNotAuto = d.mustNotAuto;
    if (d.difference !== undefined && d.difference !== 0) t.difference = money(d.difference);
    t.traits = d.traits;
    return t;
  });
  const ledgerOnly = rows
    .filter((r) => r.ledgerOnly)
    .map((r) => ({ ...refOfRow(r), why: r.ledgerOnly }))
    .sort((a, b) => a.row - b.row);

  const truth = {
    set: D.id,
    country: D.country,
    currency: D.currency,
    timezone: D.timezone,
    period,
    publicHolidays: D.holidays,
    seed: setSeed,
    notes: [
      D.business,
      `Public holidays skipped: ${D.holidayNotes}.`,
      'Decisions are what a careful bookkeeper would do with these two files (README.holdout35.md, Decisions), not what any engine does.',
      "The books' opening balance is the bank's less last month's cheque (ZA: payment) that the bank pays this month.",
    ],
    bankFiles: [
      {
        file: bf.file,
        bank: D.bank,
        headerRow: bf.headerRow,
        ledgerAccount: D.ledgerAccount,
        readOptions: bf.readOptions,
        order: bf.order,
        layout: bf.layout,
        openingBalance: money(bank.opening),
        closingBalance: money(bank.closing),
        nonEntryRows: bf.nonEntryRows,
      },
    ],
    ledgerFiles: [
      {
        file: lf.file,
        package: D.package,
        headerRow: lf.headerRow,
        readOptions: lf.readOptions,
        layout: lf.layout,
        openingBalance: money(books.opening),
        closingBalance: money(books.closing),
        nonEntryRows: lf.nonEntryRows,
      },
    ],
    bank: truthBank,
    ledgerOnly,
  };

  const doc = {
    options: { timezone: D.timezone },
    bank: fileOrder.map((l) => ({
      id: `${bf.file}#${bf.rowOf.get(l)}`,
      date: l.date,
      amount: money(l.amount),
      currency: D.currency,
      narration: l.text,
      reference: l.reference || null,
      counterparty: null,
      balance: money(l.balance),
    })),
    ledger: rows
      .slice()
      .sort((a, b) => lf.rowOf.get(a) - lf.rowOf.get(b))
      .map((r) => ({
        id: `${lf.file}#${lf.rowOf.get(r)}`,
        date: r.date,
        amount: money(r.amount),
        currency: D.currency,
        reference: r.ref || null,
        description: r.desc || null,
        party: lf.partyMapped ? r.party || null : null,
        account: D.ledgerAccount,
      })),
    statement: {
      from: period.from,
      to: period.to,
      bankBalance: money(bank.closing),
      bookBalance: money(books.closing),
    },
  };

  const count = (k) => lines.filter((l) => l.dec.decision === k).length;
  const matchedLines = lines.filter((l) => l.dec.decision === 'auto' || l.dec.decision === 'suggest');
  const summary = {
    set: D.id,
    country: D.country,
    currency: D.currency,
    period,
    bank: D.bank,
    package: D.package,
    bankFiles: [bf.file],
    ledgerFiles: [lf.file],
    bankLines: lines.length,
    ledgerRows: rows.length,
    decisions: {
      auto: count('auto'),
      suggest: count('suggest'),
      'bank-only': count('bank-only'),
      none: count('none'),
      'reversal-pair': count('reversal-pair'),
    },
    mustNotAuto: lines.filter((l) => l.dec.mustNotAuto === true).length,
    autoWithDifference: lines.filter((l) => l.dec.decision === 'auto' && l.dec.difference).length,
    ledgerOnly: ledgerOnly.length,
    matched: matchedLines.length,
    matchedWithoutReference: matchedLines.filter((l) => l.dec.evidence !== 'reference').length,
  };
  return { D, bf, lf, truth, doc, summary };
}

/** the generator's own checks: the truth must follow from the cells */
function check(D, m, lines, rows) {
  const id = D.id;
  const owner = new Map();
  const own = (r, who) => {
    if (owner.has(r) && owner.get(r) !== who) fail(id, `book row ${r.date} ${r.desc} owned twice`);
    owner.set(r, who);
  };
  const groups = new Map();
  for (const l of lines) {
    const d = l.dec;
    const key = d.group ?? l;
    if (d.ledger) for (const r of d.ledger) own(r, key);
    if (d.ledgerAnyOf) {
      const key2 = d.traits.includes('twins')
        ? `twins:${d.ledgerAnyOf.flat().length}:${d.ledgerAnyOf[0][0].date}`
        : key;
      for (const opt of d.ledgerAnyOf) for (const r of opt) own(r, key2);
    }
    if (d.group) {
      if (!groups.has(d.group)) groups.set(d.group, []);
      groups.get(d.group).push(l);
    }
  }
  for (const r of rows) {
    if (r.ledgerOnly) {
      if (owner.has(r)) fail(id, `ledger-only row also owned ${r.desc}`);
    } else if (!owner.has(r)) fail(id, `book row not owned: ${r.date} ${money(r.amount)} ${r.desc}`);
  }
  for (const r of rows) if (!m.days.includes(r.date)) fail(id, `book row on a non-working day ${r.date}`);
  for (const l of lines) {
    const d = l.dec;
    const tr = d.traits;
    const sameAmountRows = (amt, except) => rows.filter((r) => r.amount === amt && !except.includes(r));
    if (d.decision === 'auto') {
      if (d.evidence === 'amount') fail(id, `auto on amount alone: ${l.text}`);
      const rs = d.ledger ?? d.ledgerAnyOf[0];
      const bankSum = d.group ? groups.get(d.group).reduce((a, x) => a + x.amount, 0) : l.amount;
      const bookSum = rs.reduce((a, r) => a + r.amount, 0);
      const diff = bankSum - bookSum;
      if (diff !== (d.difference ?? 0)) fail(id, `difference ${diff} ≠ ${d.difference} on ${l.text}`);
      if (Math.abs(diff) * 10 > Math.abs(bookSum)) fail(id, `difference beyond 10 % on ${l.text}`);
      if (diff > 0 && !tr.includes('over-payment')) fail(id, `positive difference without over-payment: ${l.text}`);
      if (diff < 0 && !tr.some((t) => t.startsWith('short-')))
        fail(id, `negative difference without short-*: ${l.text}`);
      if (d.evidence !== 'reference' && !tr.includes('twins')) {
        const rivals = sameAmountRows(l.amount, rs);
        if (rivals.length) fail(id, `auto without a reference has a rival row of its amount: ${l.text}`);
      }
    }
    if (d.decision === 'suggest') {
      const rs = d.ledger ?? d.ledgerAnyOf[0];
      const bankSum = d.group ? groups.get(d.group).reduce((a, x) => a + x.amount, 0) : l.amount;
      const bookSum = rs.reduce((a, r) => a + r.amount, 0);
      if (bankSum !== bookSum && !tr.some((t) => OTHER_AMOUNT_OK.includes(t)))
        fail(id, `suggestion of another amount without a reason: ${l.text}`);
      if (d.ledgerAnyOf && d.mustNotAuto !== true) fail(id, `tie without mustNotAuto: ${l.text}`);
    }
    if (d.decision === 'auto' || d.decision === 'suggest') {
      if (tr.includes('name-only') && d.evidence !== 'counterparty')
        fail(id, `name-only line carries ${d.evidence}: ${l.text}`);
      const quoted = tr.some((t) => t.startsWith('ref-') || QUOTED.includes(t));
      if (quoted && d.evidence !== 'reference')
        fail(id, `quoted line carries only ${d.evidence}: ${l.text} / ${l.reference}`);
    }
    if (d.decision === 'none' || d.decision === 'bank-only') {
      if (rows.some((r) => Math.abs(r.amount) === Math.abs(l.amount)))
        fail(id, `a ${d.decision} line has a book row of its amount: ${l.text}`);
      if (d.decision === 'bank-only' && !d.kind) fail(id, `bank-only without kind: ${l.text}`);
    }
    if (d.decision === 'reversal-pair' && d.partner.amount !== -l.amount) fail(id, `reversal pair does not cancel`);
    if (!m.days.includes(l.date)) fail(id, `line on a non-working day ${l.date}`);
  }
  if (lines.length < 55 || lines.length > 120) fail(id, `${lines.length} bank lines (55–120 expected)`);
}

const results = SETS.map((D, i) => buildSet(D, i));
mkdirSync(outDir, { recursive: true });
for (const { D, bf, lf, truth, doc } of results) {
  const dir = join(outDir, D.id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, bf.file), bf.bytes);
  writeFileSync(join(dir, lf.file), lf.bytes);
  writeFileSync(join(dir, 'truth.json'), await prettyJson(truth));
  writeFileSync(join(dir, `reconcile.${bf.file}.json`), await prettyJson(doc));
}
const index = {
  corpus: 'holdout35',
  seed,
  generator: 'bench/corpus/holdout35-tools/make-holdout35.mjs',
  validator: 'bench/corpus/holdout35-tools/validate-holdout35.mjs',
  sets: results.map((r) => r.summary),
};
writeFileSync(join(outDir, 'index.json'), await prettyJson(index));
for (const { summary: s } of results)
  console.log(
    `${s.set.padEnd(24)} lines ${s.bankLines}  rows ${s.ledgerRows}  ${JSON.stringify(s.decisions)}  mustNotAuto ${s.mustNotAuto}  ledgerOnly ${s.ledgerOnly}`,
  );
