#!/usr/bin/env node
// Writes bench/corpus/holdout61: four blind month-long sets (a statement and a books export each), their truth, one
// reconcile-JSON document per statement, index.json and README.holdout61.md. Seeded: the same seed writes the same
// bytes. `--out <dir>` writes elsewhere (to compare two runs).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvBytes, major, minor, numbersIn, rng, sameSign, xlsxBytes, ymd } from './lib61.mjs';
import { readme } from './readme61.mjs';
import gh from './set-gh61.mjs';
import ke from './set-ke61.mjs';
import ng from './set-ng61.mjs';
import za from './set-za61.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SEED = Number(process.env.BANKFEED_CORPUS_SEED ?? 20616161);
const outArg = process.argv.indexOf('--out');
const OUT = outArg > 0 ? process.argv[outArg + 1] : join(here, '..', 'holdout61');
const BUILDERS = [ng, gh, ke, za];

const problems = [];
const fail = (set, msg) => problems.push(`${set}: ${msg}`);

/** Lays out a table (preamble, header, body, foot) and gives each body item its spreadsheet row (1-based). */
function layOut(t) {
  const headerRow = t.top.length + 1;
  const rows = [...t.top, t.header];
  t.body.forEach((b, i) => {
    b.rowNo = headerRow + 1 + i;
    rows.push(b.cells);
  });
  rows.push(...t.bottom);
  return { headerRow, rows };
}

function writeTable(path, kind, rows, opts) {
  const bytes = kind === 'csv' ? csvBytes(rows, opts.csv) : xlsxBytes(rows, { sheet: opts.sheet, widths: opts.widths });
  writeFileSync(path, bytes);
}

function build(builder, i) {
  const r = rng(SEED + i * 7919);
  const def = builder(r);
  const { meta, bank, book } = def;
  const S = meta.set;
  const dir = join(OUT, S);
  mkdirSync(dir, { recursive: true });

  // --- bank entries: the lines, and a failed attempt where one is written before its line
  const entries = [];
  for (const ln of def.lines) {
    ln.minor = minor(ln.amount);
    if (ln.failedBefore) entries.push({ ...ln, id: `${ln.id}-failed`, failed: true, d: null, failedBefore: false });
    entries.push(ln);
  }
  bank.prepare?.(entries);
  let bal = bank.opening;
  for (const e of entries) {
    if (!e.failed) bal += e.minor;
    e.balance = bal;
    if (bal < 0) fail(S, `${e.id} overdraws the account`);
  }
  const closing = bal;
  const bt = bank.table(entries, closing);
  const bl = layOut(bt);
  for (const b of bt.body) if (b.line) b.line.row = b.rowNo;
  writeTable(join(dir, bank.file), bank.kind, bl.rows, { csv: bank.csv, sheet: bank.sheet, widths: bt.widths });

  // --- book rows in date order (definition order within a day)
  const rows = def.rows.map((rw, k) => ({ ...rw, minor: minor(rw.amount), k }));
  rows.sort((a, b) => (a.date === b.date ? a.k - b.k : a.date < b.date ? -1 : 1));
  let bb = book.opening;
  for (const rw of rows) {
    bb += rw.minor;
    rw.balance = bb;
  }
  const bookClosing = bb;
  const kt = book.table(rows, book.opening, bookClosing);
  const kl = layOut(kt);
  for (const b of kt.body) if (b.row) rows.find((x) => x.id === b.row.id).row = b.rowNo;
  writeTable(join(dir, book.file), book.kind, kl.rows, { csv: book.csv, sheet: book.sheet, widths: kt.widths });

  const lines = entries.filter((e) => !e.failed);
  const rowById = new Map(rows.map((rw) => [rw.id, rw]));
  const lineById = new Map(lines.map((ln) => [ln.id, ln]));
  const rowOf = (id) => {
    const rw = rowById.get(id);
    if (!rw) throw new Error(`${S}: no book row ${id}`);
    return rw;
  };

  checkMonth(S, meta, lines, rows, rowOf, lineById, book);
  // a decoy names the book rows it resembles by their keys; the files know them by their spreadsheet rows
  const rowWords = (text) =>
    text.replace(/\b([LRFY]\d{2})\b/g, (m) => (rowById.has(m) ? String(rowById.get(m).row) : m));
  for (const ln of lines) if (ln.d.decision === 'none') ln.d.decoy = rowWords(ln.d.decoy);

  // --- truth
  const bankRef = (ln) => ({
    file: bank.file,
    row: ln.row,
    date: ln.date,
    amount: major(ln.minor),
    text: ln.text,
    reference: bank.reference(ln) ?? '',
  });
  const ledgerRef = (rw) => ({
    file: book.file,
    row: rw.row,
    date: rw.date,
    amount: major(rw.minor),
    text: book.description(rw),
    reference: book.reference(rw) ?? '',
  });
  const truthBank = lines.map((ln) => {
    const d = ln.d;
    const base = { ref: bankRef(ln) };
    if (d.decision === 'auto' || d.decision === 'suggest') {
      const o = {
        ...base,
        expect: 'match',
        decision: d.decision,
        ledger: d.ledger ? d.ledger.map((id) => ledgerRef(rowOf(id))) : null,
      };
      if (d.ledgerAnyOf) o.ledgerAnyOf = d.ledgerAnyOf.map((set) => set.map((id) => ledgerRef(rowOf(id))));
      Object.assign(o, { group: ln.group ?? null, ambiguous: !!d.ledgerAnyOf, partner: null, evidence: d.evidence });
      if (d.difference) o.difference = d.difference;
      o.traits = d.traits;
      return o;
    }
    if (d.decision === 'bank-only')
      return {
        ...base,
        expect: 'bank-only',
        decision: 'bank-only',
        ledger: null,
        group: null,
        ambiguous: false,
        partner: null,
        kind: d.kind,
        traits: d.traits,
      };
    if (d.decision === 'reversal-pair')
      return {
        ...base,
        expect: 'reversal-pair',
        decision: 'reversal-pair',
        ledger: null,
        group: null,
        ambiguous: false,
        partner: bankRef(lineById.get(d.partner)),
        traits: d.traits,
      };
    return {
      ...base,
      expect: 'no-counterpart',
      decision: 'none',
      ledger: null,
      group: null,
      ambiguous: false,
      partner: null,
      traits: d.traits,
      why: d.why,
      decoy: d.decoy,
    };
  });
  const ledgerOnly = rows
    .filter((rw) => rw.ledgerOnly)
    .map((rw) => ({ file: book.file, row: rw.row, date: rw.date, amount: major(rw.minor), why: rw.ledgerOnly }));
  const truth = {
    set: S,
    country: meta.country,
    currency: meta.currency,
    timezone: meta.timezone,
    period: meta.period,
    seed: SEED,
    publicHolidays: meta.publicHolidays,
    bankFiles: [
      {
        file: bank.file,
        bank: meta.bank,
        headerRow: bl.headerRow,
        layout: bank.layout,
        order: bank.order,
        ledgerAccount: bank.ledgerAccount,
        readOptions: bank.readOptions,
        openingBalance: major(bank.opening),
        closingBalance: major(closing),
      },
    ],
    ledgerFiles: [
      {
        file: book.file,
        package: meta.package,
        headerRow: kl.headerRow,
        layout: book.layout,
        readOptions: book.readOptions,
        openingBalance: major(book.opening),
        closingBalance: major(bookClosing),
      },
    ],
    bank: truthBank,
    ledgerOnly,
    notes: meta.notes,
  };
  writeFileSync(join(dir, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');

  // --- the reconcile document: what the files carry, ids "<file>#<row>"
  const doc = {
    options: { timezone: meta.timezone },
    statement: {
      from: meta.period.from,
      to: meta.period.to,
      bankBalance: major(closing),
      bookBalance: major(bookClosing),
    },
    bank: lines.map((ln) => ({
      id: `${bank.file}#${ln.row}`,
      date: ln.date,
      amount: major(ln.minor),
      currency: meta.currency,
      narration: ln.text,
      reference: bank.reference(ln) || null,
      balance: major(ln.balance),
    })),
    ledger: rows.map((rw) => ({
      id: `${book.file}#${rw.row}`,
      date: rw.date,
      amount: major(rw.minor),
      currency: meta.currency,
      reference: book.reference(rw) || null,
      description: book.description(rw),
      party: book.party(rw),
      account: book.account,
    })),
  };
  writeFileSync(join(dir, `reconcile.${bank.file}.json`), JSON.stringify(doc, null, 2) + '\n');

  // --- the set's line in index.json
  const decisions = {};
  for (const t of truthBank) decisions[t.decision] = (decisions[t.decision] ?? 0) + 1;
  const kinds = {};
  for (const t of truthBank) if (t.kind) kinds[t.kind] = (kinds[t.kind] ?? 0) + 1;
  const matched = truthBank.filter((t) => t.expect === 'match');
  return {
    set: S,
    country: meta.country,
    currency: meta.currency,
    period: meta.period,
    bank: meta.bank,
    package: meta.package,
    business: meta.business,
    bankFiles: [bank.file],
    ledgerFiles: [book.file],
    bankLines: lines.length,
    ledgerRows: rows.length,
    decisions,
    mustNotAuto: 0,
    autoWithDifference: truthBank.filter((t) => t.decision === 'auto' && t.difference).length,
    ledgerOnly: ledgerOnly.length,
    matched: matched.length,
    matchedWithoutReference: matched.filter((t) => t.evidence !== 'reference').length,
    bankOnlyKinds: kinds,
    reversalPairs: truthBank.filter((t) => t.expect === 'reversal-pair').length / 2,
    decoys: lines.filter((ln) => ln.d.decision === 'none').length,
    failedRows: entries.filter((e) => e.failed).length,
    detail: { lines, rows, bank, book, meta },
  };
}

/** The checks a month must pass before it is written as a blind set. */
function checkMonth(S, meta, lines, rows, rowOf, lineById, book) {
  const { from, to } = meta.period;
  const inPeriod = (d) => d >= from && d <= to;
  const holidays = new Set(meta.publicHolidays);
  for (const ln of lines) {
    const { dow } = ymd(ln.date);
    if (!inPeriod(ln.date)) fail(S, `${ln.id} is outside the period`);
    if (dow === 0 || dow === 6) fail(S, `${ln.id} falls on a weekend (${ln.date})`);
    if (holidays.has(ln.date)) fail(S, `${ln.id} falls on a public holiday`);
    if (!ln.d || !ln.d.decision) fail(S, `${ln.id} has no decision`);
  }
  for (const rw of rows) if (!inPeriod(rw.date)) fail(S, `book row ${rw.id} is outside the period`);
  if (lines.length < 28 || lines.length > 36) fail(S, `${lines.length} bank lines (28–36 wanted)`);
  if (rows.length < 24 || rows.length > 30) fail(S, `${rows.length} book rows (24–30 wanted)`);

  const rowText = (rw) => [book.reference(rw), book.description(rw), book.party(rw)].join(' ');
  const used = new Map();
  const use = (id, by) => used.set(id, [...(used.get(id) ?? []), by]);
  const groups = new Map();
  for (const ln of lines) {
    const d = ln.d;
    const traits = new Set(d.traits);
    if (d.decision === 'auto' || d.decision === 'suggest') {
      const sets = d.ledgerAnyOf ?? [d.ledger];
      for (const set of sets) {
        const sum = set.reduce((a, id) => a + rowOf(id).minor, 0);
        for (const id of set) {
          const rw = rowOf(id);
          if (!sameSign(rw.minor, ln.minor) && !rw.creditNote) fail(S, `${ln.id}: book row ${id} goes the other way`);
          if (rw.ledgerOnly) fail(S, `${ln.id}: book row ${id} is said to be ledger-only`);
        }
        // the numbers the line shares with its rows decide what its evidence may be called
        const mine = numbersIn(`${ln.text} ${ln.ref ?? ''} ${ln.chq ?? ''} ${ln.docNo ?? ''}`);
        const theirs = new Set(set.flatMap((id) => [...numbersIn(rowText(rowOf(id)))]));
        const shared = [...mine].filter((n) => theirs.has(n));
        if (d.evidence === 'reference' && !shared.length) fail(S, `${ln.id}: reference evidence but no shared number`);
        if (d.evidence !== 'reference' && shared.length)
          fail(S, `${ln.id}: ${d.evidence} evidence but shares ${shared}`);
        if (d.ledgerAnyOf && sum !== ln.minor) fail(S, `${ln.id}: twin rows do not have the line's amount`);
        if (ln.group) {
          groups.set(ln.group, { set, sum, lines: [...(groups.get(ln.group)?.lines ?? []), ln] });
          continue;
        }
        const gap = ln.minor - sum;
        const short = traits.has('part-payment') || traits.has('short-net-of-fee');
        if (d.decision === 'auto' && !d.ledgerAnyOf) {
          if (d.difference) {
            if (!traits.has('over-payment') || major(gap) !== d.difference)
              fail(S, `${ln.id}: difference ${d.difference} is not an explained over-payment (${major(gap)})`);
          } else if (gap !== 0) fail(S, `${ln.id}: auto without difference does not add up (${major(gap)})`);
        }
        if (d.decision === 'suggest') {
          if (short && gap === 0) fail(S, `${ln.id}: said to be short but adds up`);
          if (short && Math.abs(ln.minor) >= Math.abs(sum)) fail(S, `${ln.id}: said to be short but is not`);
          if (!short && gap !== 0) fail(S, `${ln.id}: suggestion does not add up and no trait says why`);
        }
      }
      if (!d.ledgerAnyOf) for (const id of d.ledger) if (!ln.group) use(id, ln.id);
      if (d.decision === 'auto' && d.evidence === 'amount') fail(S, `${ln.id}: auto on amount alone`);
    } else if (d.decision === 'reversal-pair') {
      const p = lineById.get(d.partner);
      if (!p || p.d.partner !== ln.id) fail(S, `${ln.id}: partner ${d.partner} does not point back`);
      else if (p.minor + ln.minor !== 0) fail(S, `${ln.id}: reversal partners do not cancel`);
    } else if (d.decision === 'none') {
      if (!d.why || !d.decoy || !d.resembles) fail(S, `${ln.id}: a decoy says why, what it resembles and which row`);
      else rowOf(d.resembles);
    } else if (d.decision !== 'bank-only') fail(S, `${ln.id}: unknown decision ${d.decision}`);
  }
  for (const [g, { set, sum, lines: ls }] of groups) {
    const total = ls.reduce((a, ln) => a + ln.minor, 0);
    if (ls.length < 2) fail(S, `group ${g} has one line`);
    if (total !== sum) fail(S, `group ${g} does not add up (${major(total)} vs ${major(sum)})`);
    if (new Set(ls.map((ln) => ln.d.decision)).size !== 1) fail(S, `group ${g} lines differ in decision`);
    for (const id of set) use(id, g);
  }
  const twinRows = new Set(lines.flatMap((ln) => (ln.d.ledgerAnyOf ? ln.d.ledgerAnyOf.flat() : [])));
  for (const rw of rows) {
    const n = (used.get(rw.id) ?? []).length + (twinRows.has(rw.id) ? 1 : 0);
    if (rw.ledgerOnly ? n !== 0 : n !== 1) fail(S, `book row ${rw.id} is matched ${n} times`);
  }
  const all = new Set(lines.flatMap((ln) => ln.d.traits));
  for (const t of [
    'part-payment',
    'invoice-less-credit-note',
    'over-payment',
    'twins',
    'trading-name',
    'split-one-to-many',
    'split-many-to-one',
    'resent-after-reversal',
    'short-net-of-fee',
    'payroll',
    'statutory',
  ])
    if (!all.has(t)) fail(S, `no line with trait ${t}`);
  if (lines.filter((ln) => ln.d.decision === 'none').length < 2) fail(S, 'fewer than two decoys');
  if (!lines.some((ln) => ln.d.decision === 'bank-only')) fail(S, 'no bank charge');
}

const sets = BUILDERS.map(build);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
const index = {
  corpus: 'holdout61',
  seed: SEED,
  generator: 'bench/corpus/holdout61-tools/make-holdout61.mjs',
  sets: sets.map((s) => Object.fromEntries(Object.entries(s).filter(([k]) => k !== 'detail' && k !== 'failedRows'))),
};
writeFileSync(join(OUT, 'index.json'), JSON.stringify(index, null, 2) + '\n');
const measuredPath = join(here, 'measured61.md');
const measured = existsSync(measuredPath) ? readFileSync(measuredPath, 'utf8') : null;
writeFileSync(join(OUT, 'README.holdout61.md'), readme(sets, measured));
console.log(`holdout61 written to ${OUT} (seed ${SEED})`);
for (const s of sets) console.log(`  ${s.set}: ${s.bankLines} lines, ${s.ledgerRows} book rows`, s.decisions);
