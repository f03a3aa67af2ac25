// holdout33 — writes the four set folders and index.json. Usage:
//   node bench/corpus/holdout33-tools/make-holdout33.mjs [--out DIR]     (seed: BANKFEED_CORPUS_SEED, default 20333333)
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dec, evidenceOf, makeRng, writeCsv, writeJson, writeXlsx, daysOfMonth } from './lib33.mjs';
import { Month, commonEvents } from './month33.mjs';
import { ng, pad } from './sets33.mjs';
import { gh } from './sets33-gh.mjs';
import { ke } from './sets33-ke.mjs';
import { za } from './sets33-za.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const outIdx = process.argv.indexOf('--out');
const OUT = outIdx > 0 ? process.argv[outIdx + 1] : join(here, '..', 'holdout33');
const SEED = Number(process.env.BANKFEED_CORPUS_SEED ?? 20333333);
console.log(`holdout33 seed ${SEED} → ${OUT}`);

const SETS = [
  { make: ng, y: 2025, mo: 11, holidays: [], opening: [4000000, 7000000] },
  { make: gh, y: 2025, mo: 12, holidays: ['2025-12-05', '2025-12-25', '2025-12-26'], opening: [40000, 90000] },
  { make: ke, y: 2025, mo: 10, holidays: ['2025-10-10', '2025-10-20'], opening: [900000, 1600000] },
  { make: za, y: 2025, mo: 9, holidays: ['2025-09-24'], opening: [80000, 160000] },
];

const fail = (set, msg) => {
  throw new Error(`${set}: refused — ${msg}`);
};

async function build(i, spec) {
  const seed = SEED + i * 7919;
  const rng = makeRng(seed);
  const d = spec.make(rng, spec.y, spec.mo);
  const m = new Month({ rng, year: spec.y, month: spec.mo, holidays: spec.holidays, dialect: d });
  commonEvents(m);
  const F = d.files;
  const all = daysOfMonth(spec.y, spec.mo);
  const from = all[0];
  const to = all[all.length - 1];

  // bank: posting order, opening high enough that the account never goes overdrawn
  const lines = m.lines.slice().sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq));
  let run = 0,
    low = 0;
  for (const l of lines) {
    run += l.amount;
    low = Math.min(low, run);
  }
  const opening = rng.int(spec.opening[0], spec.opening[1]) * 100 + rng.int(0, 99) - low;
  let bal = opening;
  for (const l of lines) {
    bal += l.amount;
    l.balance = bal;
    if (bal < 0) fail(F.set, 'overdraft');
    if (!m.days.includes(l.date)) fail(F.set, `line on a non-working day ${l.date}`);
  }
  const closing = bal;

  // books: date order, document numbers
  const rows = m.rows.slice().sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq));
  const counters = {};
  for (const r of rows) {
    if (!m.days.includes(r.date)) fail(F.set, `book row on a non-working day ${r.date}`);
    if (r.ref !== undefined) continue;
    const key = d.numbering.shared ? 'shared' : r.kind;
    const spec2 = d.numbering[r.kind];
    if (!spec2) {
      r.ref = '';
      continue;
    }
    counters[key] = (counters[key] ?? spec2[2]) + 1;
    r.ref = `${spec2[0]}${pad(counters[key], spec2[1])}`;
  }
  const bookOpening = opening - m.priorItem;
  const bookClosing = rows.reduce((s, r) => s + r.amount, bookOpening);

  const meta = { from, to, opening, closing, days: m.days };
  const B = d.bankLayout(lines, meta);
  const L = d.ledgerLayout(rows, { ...meta, opening: bookOpening, closing: bookClosing });
  const rowOfLine = new Map(B.lineRows.map((x) => [x.l, x]));
  const entryOfRow = new Map(L.entries.map((x) => [x.r, x]));

  const lref = (r) => ({ file: F.ledger, row: entryOfRow.get(r).row, date: r.date, amount: dec(r.amount) });
  const bref = (l) => {
    const x = rowOfLine.get(l);
    const o = { file: F.bank, row: x.row, date: l.date, amount: dec(l.amount), text: x.text };
    if (x.reference) o.reference = x.reference;
    return o;
  };
  const rowTexts = (r) => {
    const e = entryOfRow.get(r);
    return [e.reference, e.description, e.party].filter((v) => v);
  };
  const evidence = (l, rs) => {
    const x = rowOfLine.get(l);
    return evidenceOf([x.text, x.reference ?? ''], rs.flatMap(rowTexts));
  };

  // ownership and the rules the truth must bear out
  const owner = new Map();
  const own = (r, who) => {
    if (owner.has(r) && owner.get(r) !== who) fail(F.set, `row ${entryOfRow.get(r).row} owned twice`);
    owner.set(r, who);
  };
  const bank = [];
  const groupSum = new Map();
  for (const l of lines.slice().sort((a, b) => rowOfLine.get(a).row - rowOfLine.get(b).row)) {
    const t = l.t;
    if (!t) fail(F.set, `line "${l.text}" has no decision`);
    const e = { ref: bref(l) };
    const expect = {
      auto: 'match',
      suggest: 'match',
      none: 'no-counterpart',
      'bank-only': 'bank-only',
      'reversal-pair': 'reversal-pair',
    }[t.decision];
    e.expect = expect;
    e.decision = t.decision;
    let ev = null;
    if (t.decision === 'auto' || t.decision === 'suggest') {
      const ownerKey = t.group ?? l;
      if (t.anyOf) {
        e.ledger = null;
        e.ledgerAnyOf = t.anyOf.map((o) => o.map(lref));
        const evs = t.anyOf.map((o) => evidence(l, o));
        if (new Set(evs).size !== 1) fail(F.set, `options of "${l.text}" carry different evidence`);
        ev = evs[0];
        const key = `anyOf:${t.anyOf
          .flat()
          .map((r) => r.seq)
          .join(',')}`;
        for (const o of t.anyOf) for (const r of o) own(r, key);
      } else {
        e.ledger = t.rows.map(lref);
        ev = evidence(l, t.rows);
        for (const r of t.rows) own(r, ownerKey);
      }
      if (t.group) {
        const g = groupSum.get(t.group) ?? {
          bank: 0,
          books: t.rows.reduce((s, r) => s + r.amount, 0),
          diff: t.difference,
        };
        g.bank += l.amount;
        groupSum.set(t.group, g);
      } else if (t.rows) {
        const diff = l.amount - t.rows.reduce((s, r) => s + r.amount, 0);
        if (t.decision === 'auto' && diff !== (t.difference ?? 0)) fail(F.set, `difference of "${l.text}"`);
      }
      if (t.decision === 'auto' && ev === 'amount') fail(F.set, `auto on amount alone: "${l.text}"`);
      if (t.traits.includes('name-only') && ev !== 'counterparty') fail(F.set, `name-only "${l.text}" carries ${ev}`);
      if (t.traits.some((x) => x.startsWith('ref-') || x === 'bill-quoted') && ev !== 'reference')
        fail(F.set, `quoted "${l.text}" carries ${ev}`);
      if (t.decision === 'auto' && ev !== 'reference' && !t.anyOf) {
        const mine = new Set(t.rows);
        if (rows.some((r) => !mine.has(r) && r.amount === l.amount))
          fail(F.set, `"${l.text}" has a rival of its amount`);
      }
      if (t.difference) {
        const books = t.rows.reduce((s, r) => s + r.amount, 0);
        if (Math.abs(t.difference) * 10 > Math.abs(books)) fail(F.set, 'difference over 10 %');
        if (t.difference > 0 && !t.traits.includes('over-payment'))
          fail(F.set, 'positive difference without over-payment');
        if (t.difference < 0 && !t.traits.some((x) => x.startsWith('short-')))
          fail(F.set, 'negative difference without short-*');
      }
    } else {
      e.ledger = null;
      if (t.decision === 'none' && rows.some((r) => r.amount === l.amount))
        fail(F.set, `"${l.text}" has a book row of its amount`);
    }
    e.group = t.group ?? null;
    e.evidence = ev;
    e.ambiguous = Boolean(t.anyOf);
    e.kind = t.decision === 'bank-only' ? t.kind : null;
    e.partner = t.decision === 'reversal-pair' ? bref(t.partner) : null;
    if (t.decision === 'suggest') e.mustNotAuto = t.mustNotAuto;
    if (t.decision === 'auto' && t.difference) e.difference = dec(t.difference);
    e.traits = t.traits;
    bank.push(e);
  }
  for (const [g, s] of groupSum) if (s.bank - s.books !== (s.diff ?? 0)) fail(F.set, `group ${g} does not sum`);
  for (const { r } of m.ledgerOnlyRows) own(r, 'ledgerOnly');
  for (const r of rows) if (!owner.has(r)) fail(F.set, `book row "${r.memo}" owned by nothing`);
  for (const l of lines)
    if (l.t.decision === 'reversal-pair' && l.amount + l.t.partner.amount !== 0)
      fail(F.set, 'reversal does not cancel');

  const dir = join(OUT, F.set);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const write = (file, X) =>
    X.format === 'csv'
      ? writeCsv(join(dir, file), X.rows, X.csv)
      : writeXlsx(join(dir, file), X.sheet, X.rows, X.widths);
  write(F.bank, B);
  write(F.ledger, L);

  const counts = { auto: 0, suggest: 0, 'bank-only': 0, none: 0, 'reversal-pair': 0 };
  for (const e of bank) counts[e.decision]++;
  const truth = {
    set: F.set,
    country: d.country,
    currency: d.currency,
    timezone: d.timezone,
    period: { from, to },
    publicHolidays: spec.holidays,
    seed,
    notes: [
      `${d.business}: ${F.bankName} statement against ${F.package.split(' (')[0]}.`,
      'Written blind from the public input contracts and general knowledge of the bank and the package; see README.holdout33.md.',
      "The books opening balance is the bank opening balance less last month's item that the bank pays this month.",
    ],
    bankFiles: [
      {
        file: F.bank,
        bank: F.bankName,
        headerRow: B.headerRow,
        ledgerAccount: F.ledgerAccount,
        readOptions: B.readOptions,
        order: B.order,
        layout: B.layout,
        openingBalance: dec(opening),
        closingBalance: dec(closing),
        nonEntryRows: B.nonEntryRows,
      },
    ],
    ledgerFiles: [
      {
        file: F.ledger,
        package: F.package,
        headerRow: L.headerRow,
        readOptions: L.readOptions,
        layout: L.layout,
        openingBalance: dec(bookOpening),
        closingBalance: dec(bookClosing),
        nonEntryRows: L.nonEntryRows,
      },
    ],
    bank,
    ledgerOnly: m.ledgerOnlyRows.map(({ r, why }) => ({ ...lref(r), why })),
  };
  await writeJson(join(dir, 'truth.json'), truth);

  const byRow = B.lineRows.slice().sort((a, b) => a.row - b.row);
  const doc = {
    options: { timezone: d.timezone },
    bank: byRow.map((x) => ({
      id: `${F.bank}#${x.row}`,
      date: x.l.date,
      amount: dec(x.l.amount),
      currency: d.currency,
      narration: x.text,
      reference: x.reference,
      counterparty: null,
      balance: dec(x.l.balance),
    })),
    ledger: L.entries
      .slice()
      .sort((a, b) => a.row - b.row)
      .map((x) => ({
        id: `${F.ledger}#${x.row}`,
        date: x.r.date,
        amount: dec(x.r.amount),
        currency: d.currency,
        reference: x.reference,
        description: x.description,
        party: x.party,
        account: F.ledgerAccount,
      })),
    statement: { from, to, bankBalance: dec(closing), bookBalance: dec(bookClosing) },
  };
  await writeJson(join(dir, `reconcile.${F.bank}.json`), doc);

  const matched = bank.filter((e) => e.expect === 'match');
  return {
    set: F.set,
    country: d.country,
    currency: d.currency,
    period: { from, to },
    bank: F.bankName,
    package: F.package,
    bankFiles: [F.bank],
    ledgerFiles: [F.ledger],
    bankLines: bank.length,
    ledgerRows: L.entries.length,
    decisions: counts,
    mustNotAuto: bank.filter((e) => e.mustNotAuto).length,
    autoWithDifference: bank.filter((e) => e.difference).length,
    ledgerOnly: m.ledgerOnlyRows.length,
    matched: matched.length,
    matchedWithoutReference: matched.filter((e) => e.evidence !== 'reference').length,
  };
}

const sets = [];
for (let i = 0; i < SETS.length; i++) sets.push(await build(i, SETS[i]));
mkdirSync(OUT, { recursive: true });
await writeJson(join(OUT, 'index.json'), {
  corpus: 'holdout33',
  seed: SEED,
  generator: 'bench/corpus/holdout33-tools/make-holdout33.mjs',
  validator: 'bench/corpus/holdout33-tools/validate-holdout33.mjs',
  sets,
});
for (const s of sets) console.log(`${s.set}: ${s.bankLines} lines, ${s.ledgerRows} rows`, JSON.stringify(s.decisions));
