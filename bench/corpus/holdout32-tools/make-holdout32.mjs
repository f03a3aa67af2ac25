// holdout32 — writes the four set folders and index.json (seeded: same seed → same bytes).
//   node bench/corpus/holdout32-tools/make-holdout32.mjs [--out DIR]     BANKFEED_CORPUS_SEED overrides the seed
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evidenceOf, major, makeRng, pad2, daysIn, prettyJson } from './lib32.mjs';
import { Month } from './month32.mjs';
import { setGH, setKE, setNG, setZA } from './sets32.mjs';

const DEFAULT_SEED = 20323232;
const seed = Number(process.env.BANKFEED_CORPUS_SEED ?? DEFAULT_SEED);
const outIdx = process.argv.indexOf('--out');
const root = outIdx > 0 ? process.argv[outIdx + 1] : new URL('../holdout32/', import.meta.url).pathname;
console.log(`holdout32: seed ${seed} → ${root}`);

const SETS = [
  { make: setNG, year: 2025, month: 10, holidays: ['2025-10-01'], opening: 4846715230 },
  { make: setGH, year: 2025, month: 9, holidays: ['2025-09-22'], opening: 38411260 },
  { make: setKE, year: 2025, month: 7, holidays: [], opening: 1284437515 },
  { make: setZA, year: 2025, month: 8, holidays: ['2025-08-09'], opening: 486627318 },
];
const byPosting = (a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq);
const fail = (set, msg) => {
  throw new Error(`${set}: ${msg}`);
};

const index = {
  corpus: 'holdout32',
  seed,
  generator: 'bench/corpus/holdout32-tools/make-holdout32.mjs',
  validator: 'bench/corpus/holdout32-tools/validate-holdout32.mjs',
  sets: [],
};

for (const [i, cfg] of SETS.entries()) {
  const setSeed = seed + i * 7919;
  const m = new Month({ year: cfg.year, month: cfg.month, holidays: cfg.holidays, rng: makeRng(setSeed) });
  const s = cfg.make(m);
  const meta = s.meta;
  const name = meta.set;
  for (const l of m.lines) if (!l.decision) fail(name, `undecided line ${l.text}`);
  const lines = m.lines.slice().sort(byPosting);
  const rows = m.rows.slice().sort(byPosting);
  const bankOpening = cfg.opening;
  const bookOpening = bankOpening - (m.priorOutstanding ?? 0);
  const B = s.bankLayout(lines, bankOpening);
  const L = s.bookLayout(rows, bookOpening);
  const bankClosing = bankOpening + lines.reduce((t, l) => t + l.amt, 0);
  const bookClosing = bookOpening + rows.reduce((t, x) => t + x.amt, 0);
  for (const l of lines) if (l.balance < 0) fail(name, `overdraft at ${l.text}`);

  // the cells as the reconcile document and the evidence read them
  const bankText = (l) => `${l.text} ${l.ref ?? ''}`;
  const rowDesc = (x) => (x.num ? `${x.num} — ${x.desc}` : x.desc);
  const rowText = (x) => `${x.ref ?? ''} ${rowDesc(x)} ${L.party ? (x.party ?? '') : ''}`;
  const ledgerRef = (x) => ({ file: L.file, row: L.rowOf.get(x), date: x.date, amount: major(x.amt) });
  const bankRef = (l) => ({
    file: B.file,
    row: B.rowOf.get(l),
    date: l.date,
    amount: major(l.amt),
    text: l.text,
    ...(l.ref ? { reference: l.ref } : {}),
  });

  // every book row owned once
  const owner = new Map();
  const own = (x, who) => {
    if (owner.has(x) && owner.get(x) !== who) fail(name, `book row owned twice: ${x.desc}`);
    owner.set(x, who);
  };
  for (const d of m.decisions) {
    for (const x of d.rows ?? []) own(x, d);
    for (const set of d.anyOf ?? []) for (const x of set) own(x, `anyOf:${d.anyOf.flat().map((y) => y.seq)}`);
  }
  for (const { row } of m.ledgerOnlyRows) own(row, 'ledgerOnly');
  for (const x of rows) if (!owner.has(x)) fail(name, `book row owned by nothing: ${x.desc}`);
  const amountsInBooks = (a) => rows.filter((x) => x.amt === a);

  const bank = [];
  const order = lines.slice().sort((a, b) => B.rowOf.get(a) - B.rowOf.get(b));
  for (const l of order) {
    const d = l.decision;
    const e = { ref: bankRef(l), expect: d.expect, decision: d.decision };
    const isMatch = d.expect === 'match';
    const sets = isMatch ? (d.anyOf ?? [d.rows]) : [];
    e.ledger = isMatch && !d.anyOf ? d.rows.map(ledgerRef) : null;
    if (d.anyOf) e.ledgerAnyOf = d.anyOf.map((set) => set.map(ledgerRef));
    e.group = d.group ?? null;
    let evidence = null;
    if (isMatch) {
      const ev = sets.map((set) => evidenceOf(bankText(l), set.map(rowText)));
      evidence = ev[0];
      if (ev.some((x) => x !== evidence)) fail(name, `evidence differs between answers: ${l.text}`);
      if (d.decision === 'auto' && evidence === 'amount') fail(name, `auto on amount alone: ${l.text}`);
      if (d.traits.includes('name-only') && evidence !== 'counterparty')
        fail(name, `name-only line carries ${evidence}: ${l.text}`);
      if (d.traits.some((t) => t.startsWith('ref-') || t === 'bill-quoted') && evidence !== 'reference')
        fail(name, `quoted line carries ${evidence}: ${l.text} / ${sets[0].map(rowText)}`);
      if (d.decision === 'auto' && evidence !== 'reference' && !d.anyOf) {
        const others = amountsInBooks(d.rows.reduce((t, x) => t + x.amt, 0)).filter((x) => !d.rows.includes(x));
        if (d.rows.length === 1 && others.length)
          fail(name, `auto without reference has a rival of its amount: ${l.text}`);
      }
    } else if (d.decision === 'none' && amountsInBooks(l.amt).length && !d.traits.includes('same-amount-as-open-row')) {
      fail(name, `line without counterpart has a book row of its amount: ${l.text}`);
    }
    e.evidence = evidence;
    e.ambiguous = Boolean(d.anyOf);
    e.kind = d.kind ?? null;
    e.partner = d.partner ? bankRef(d.partner) : null;
    if (d.decision === 'suggest') e.mustNotAuto = d.mustNotAuto;
    if (d.decision === 'auto' && d.rows) {
      const diff = d.lines.reduce((t, x) => t + x.amt, 0) - d.rows.reduce((t, x) => t + x.amt, 0);
      if (diff !== 0) {
        const base = Math.abs(d.rows.reduce((t, x) => t + x.amt, 0));
        if (Math.abs(diff) * 10 > base) fail(name, `difference over 10 %: ${l.text}`);
        if (diff > 0 && !d.traits.includes('over-payment'))
          fail(name, `positive difference without over-payment: ${l.text}`);
        if (diff < 0 && !d.traits.some((t) => t.startsWith('short-')))
          fail(name, `negative difference without short-*: ${l.text}`);
        e.difference = major(diff);
      }
    }
    if (d.decision === 'reversal-pair' && d.partner.amt + l.amt !== 0) fail(name, 'reversal pair does not cancel');
    e.traits = d.traits;
    bank.push(e);
  }

  const from = `${cfg.year}-${pad2(cfg.month)}-01`;
  const to = `${cfg.year}-${pad2(cfg.month)}-${pad2(daysIn(cfg.year, cfg.month))}`;
  const truth = {
    set: name,
    country: meta.country,
    currency: meta.currency,
    timezone: meta.timezone,
    period: { from, to },
    publicHolidays: cfg.holidays,
    seed: setSeed,
    notes: [
      'Written blind from the public input contracts and bookkeeping practice; see README.holdout32.md.',
      `Books' opening balance is the bank's less ${major(m.priorOutstanding)} (last month's item the bank pays this month).`,
      'Amounts are signed as in the reconcile JSON (money in positive); rows are spreadsheet rows counting preamble and header.',
    ],
    bankFiles: [
      {
        file: B.file,
        bank: meta.bank,
        headerRow: B.headerRow,
        ledgerAccount: meta.ledgerAccount,
        readOptions: B.readOptions,
        order: B.order,
        layout: B.layout,
        openingBalance: major(bankOpening),
        closingBalance: major(bankClosing),
        nonEntryRows: B.nonEntryRows,
      },
    ],
    ledgerFiles: [
      {
        file: L.file,
        package: meta.package,
        headerRow: L.headerRow,
        readOptions: L.readOptions,
        layout: L.layout,
        openingBalance: major(bookOpening),
        closingBalance: major(bookClosing),
        nonEntryRows: L.nonEntryRows,
      },
    ],
    bank,
    ledgerOnly: m.ledgerOnlyRows
      .slice()
      .sort((a, b) => L.rowOf.get(a.row) - L.rowOf.get(b.row))
      .map(({ row, why }) => ({ ...ledgerRef(row), why })),
  };

  const doc = {
    options: { timezone: meta.timezone },
    bank: order.map((l) => ({
      id: `${B.file}#${B.rowOf.get(l)}`,
      date: l.date,
      amount: major(l.amt),
      currency: meta.currency,
      narration: l.text,
      reference: l.ref ?? null,
      counterparty: null,
      balance: major(l.balance),
    })),
    ledger: rows
      .slice()
      .sort((a, b) => L.rowOf.get(a) - L.rowOf.get(b))
      .map((x) => ({
        id: `${L.file}#${L.rowOf.get(x)}`,
        date: x.date,
        amount: major(x.amt),
        currency: meta.currency,
        reference: x.ref ? x.ref : null,
        description: rowDesc(x),
        party: L.party ? (x.party ?? null) : null,
        account: meta.ledgerAccount,
      })),
    statement: { from, to, bankBalance: major(bankClosing), bookBalance: major(bookClosing) },
  };

  const dir = join(root, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, B.file), B.bytes);
  writeFileSync(join(dir, L.file), L.bytes);
  writeFileSync(join(dir, 'truth.json'), await prettyJson(truth, join(dir, 'truth.json')));
  const docName = `reconcile.${B.file}.json`;
  writeFileSync(join(dir, docName), await prettyJson(doc, join(dir, docName)));

  const count = (k) => bank.filter((b) => b.decision === k).length;
  const matched = bank.filter((b) => b.expect === 'match');
  index.sets.push({
    set: name,
    country: meta.country,
    currency: meta.currency,
    period: { from, to },
    bank: meta.bank,
    package: meta.package,
    bankFiles: [B.file],
    ledgerFiles: [L.file],
    bankLines: bank.length,
    ledgerRows: rows.length,
    decisions: {
      auto: count('auto'),
      suggest: count('suggest'),
      'bank-only': count('bank-only'),
      none: count('none'),
      'reversal-pair': count('reversal-pair'),
    },
    mustNotAuto: bank.filter((b) => b.mustNotAuto === true).length,
    autoWithDifference: bank.filter((b) => b.difference !== undefined).length,
    ledgerOnly: truth.ledgerOnly.length,
    matched: matched.length,
    matchedWithoutReference: matched.filter((b) => b.evidence !== 'reference').length,
  });
  console.log(`  ${name}: ${bank.length} bank lines, ${rows.length} book rows (seed ${setSeed})`);
}
mkdirSync(root, { recursive: true });
writeFileSync(join(root, 'index.json'), await prettyJson(index, join(root, 'index.json')));
