#!/usr/bin/env node
// Writes bench/corpus/holdout60: four blind month-long sets (NG, GH, KE, ZA), each a bank statement and a books export
// as the bank and the package lay them out, a truth.json, a reconcile.<bank file>.json and the corpus index.json.
// Seeded: the same seed writes the same bytes. Every month is checked before anything is written.
//
//   node bench/corpus/holdout60-tools/make-holdout60.mjs [--out <dir>]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decisionOf } from './dsl60.mjs';
import { csvText, daysInPeriod, isWeekend, major, mulberry32, numbersIn, shareNumber, xlsxBuffer } from './lib60.mjs';
import ghSet from './set-gh60.mjs';
import keSet from './set-ke60.mjs';
import ngSet from './set-ng60.mjs';
import zaSet from './set-za60.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..', '..');
const outArg = process.argv.indexOf('--out');
const outDir = outArg > 0 ? process.argv[outArg + 1] : join(here, '..', 'holdout60');
const SEED = Number(process.env.BANKFEED_CORPUS_SEED ?? 20606060);
console.log(`holdout60 seed ${SEED}`);

const SETS = [ngSet, ghSet, keSet, zaSet];

/** The text of a cell as a reader sees it (typed cells carry no text the mapping joins). */
const textOf = (c) => (c === null || c === undefined ? '' : typeof c === 'string' ? c : '');
const col = (header, name) => {
  const i = header.indexOf(name);
  if (i < 0) throw new Error(`no column ${name} in ${header.join(' | ')}`);
  return i;
};
/** The mapped description: the listed columns joined with " — ", empty ones left out. */
const joined = (header, cells, names) =>
  [names]
    .flat()
    .map((n) => textOf(cells[col(header, n)]).trim())
    .filter(Boolean)
    .join(' — ');

function build(setFn, i) {
  const def = setFn(mulberry32(SEED + i * 7919));
  const { meta, rows, lines, bank, book } = def;
  const problems = [];
  const fail = (m) => problems.push(`${meta.set}: ${m}`);

  // ---- balances
  const opening = Math.round(Number(meta.openingBalance) * 100);
  let bal = opening;
  lines.forEach((l, k) => {
    if (k > 0 && lines[k - 1].date > l.date) fail(`line ${l.key} is listed out of date order`);
    bal += l.minor;
    l.balance = bal;
    if (bal < 0) fail(`the account is overdrawn after ${l.key}`);
  });
  const closing = bal;
  const bookOpening = Math.round(Number(meta.bookOpeningBalance) * 100);
  let bbal = bookOpening;
  rows.forEach((r, k) => {
    if (k > 0 && rows[k - 1].date > r.date) fail(`row ${r.key} is listed out of date order`);
    bbal += r.minor;
    r.balance = bbal;
  });
  const bookClosing = bbal;
  const sum = (xs, sign) => xs.filter((x) => Math.sign(x.minor) === sign).reduce((a, x) => a + Math.abs(x.minor), 0);
  const ctx = (xs, open, close) => ({
    ...meta.period,
    opening: open,
    closing: close,
    totalIn: sum(xs, 1),
    totalOut: sum(xs, -1),
  });

  // ---- tables and row numbers (spreadsheet rows, 1-based, preamble and header counted)
  const table = (layout, items, c) => {
    const pre = layout.preamble(c);
    const leading = layout.leading ? layout.leading(c) : [];
    const t = [...pre, layout.header];
    const headerRow = t.length;
    const nonEntryRows = [];
    for (const l of leading) {
      t.push(l.cells);
      if (l.why) nonEntryRows.push({ row: t.length, why: l.why });
    }
    items.forEach((x, k) => {
      t.push(layout.cells(x, k));
      x.row = t.length;
    });
    t.push(...layout.footer(c));
    return { t, headerRow, nonEntryRows };
  };
  const fileOrder = bank.order === 'newest-first' ? [...lines].reverse() : lines;
  const bt = table(bank, fileOrder, ctx(lines, opening, closing));
  const lt = table(book, rows, ctx(rows, bookOpening, bookClosing));

  const bmap = bank.readOptions.mapping;
  const lmap = book.readOptions.mapping;
  const narrationOf = (l) => joined(bank.header, bank.cells(l), bmap.description);
  const bankRefOf = (l) => (bmap.reference ? textOf(bank.cells(l)[col(bank.header, bmap.reference)]).trim() : '');
  const descOf = (r, k) => joined(book.header, book.cells(r, k), lmap.description);
  const rowIndex = new Map(rows.map((r, k) => [r.key, k]));
  const bookRefOf = (r) =>
    lmap.reference ? textOf(book.cells(r, rowIndex.get(r.key))[col(book.header, lmap.reference)]).trim() : '';
  const partyOf = (r) =>
    lmap.party ? textOf(book.cells(r, rowIndex.get(r.key))[col(book.header, lmap.party)]).trim() : '';

  const byKey = new Map(rows.map((r) => [r.key, r]));
  const lineByKey = new Map(lines.map((l) => [l.key, l]));
  const rowOf = (k) => {
    const r = byKey.get(k);
    if (!r) throw new Error(`${meta.set}: no book row ${k}`);
    return r;
  };
  const lref = (l) => ({
    file: bank.file,
    row: l.row,
    date: l.date,
    amount: major(l.minor),
    text: narrationOf(l),
    reference: bankRefOf(l),
  });
  const rref = (r) => ({
    file: book.file,
    row: r.row,
    date: r.date,
    amount: major(r.minor),
    text: descOf(r, rowIndex.get(r.key)),
    reference: bookRefOf(r),
  });
  const textWithRef = (l) => `${narrationOf(l)} ${bankRefOf(l)}`;
  const rowText = (r) => `${descOf(r, rowIndex.get(r.key))} ${bookRefOf(r)}`;

  // ---- checks
  const used = new Map();
  const use = (k, by) => used.set(k, [...(used.get(k) ?? []), by]);
  const groups = new Map();
  const period = new Set(daysInPeriod(meta.period.from, meta.period.to));
  const holidays = new Set(meta.publicHolidays);
  let decoys = 0;
  for (const l of lines) {
    const d = decisionOf(l);
    if (!period.has(l.date)) fail(`line ${l.key} falls outside the period`);
    if (isWeekend(l.date) || holidays.has(l.date)) fail(`line ${l.key} falls on a weekend or holiday (${l.date})`);
    if (d === 'auto' || d === 'suggest') {
      const keys = l[d];
      const rs = keys.map(rowOf);
      const total = rs.reduce((a, r) => a + r.minor, 0);
      if (Math.sign(total) !== Math.sign(l.minor)) fail(`line ${l.key}: its rows go the other way`);
      for (const r of rs)
        if (Math.sign(r.minor) !== Math.sign(l.minor) && !l.traits.includes('invoice-less-credit-note'))
          fail(`line ${l.key}: row ${r.key} goes the other way and is no credit note`);
      if (!['reference', 'counterparty', 'amount'].includes(l.evidence)) fail(`line ${l.key}: evidence ${l.evidence}`);
      if (l.evidence === 'reference' && !rs.some((r) => shareNumber(textWithRef(l), rowText(r))))
        fail(`line ${l.key}: reference evidence but no number of three digits or more in common with its rows`);
      if (l.evidence !== 'reference') {
        // the narration must not carry one of the rows' numbers (years aside) if it is not said to
        const ours = [...numbersIn(narrationOf(l))].filter((n) => !/^20(24|25)$/.test(n));
        for (const r of rs)
          for (const n of numbersIn(rowText(r)))
            if (!/^20(24|25)$/.test(n) && ours.includes(n))
              fail(`line ${l.key}: carries ${n} of row ${r.key} but evidence is ${l.evidence}`);
      }
      if (l.group) {
        const g = groups.get(l.group) ?? { lines: [], keys: keys.join(',') };
        if (g.keys !== keys.join(',')) fail(`group ${l.group}: its lines name different rows`);
        g.lines.push(l);
        groups.set(l.group, g);
      } else {
        keys.forEach((k) => use(k, l.key));
        const diff = l.minor - total;
        const explained = [
          'part-payment',
          'short-net-of-fee',
          'short-net-of-levy',
          'over-payment',
          'invoice-less-credit-note',
        ];
        if (d === 'auto' && diff !== 0 && !(l.traits.includes('over-payment') && diff * Math.sign(l.minor) > 0))
          fail(`line ${l.key}: auto with a difference that is no over-payment`);
        if (d === 'suggest' && diff !== 0 && !l.traits.some((t) => explained.includes(t)))
          fail(`line ${l.key}: suggestion that does not add up (${major(diff)})`);
        if (
          diff === 0 &&
          l.traits.some((t) => ['part-payment', 'short-net-of-fee', 'short-net-of-levy', 'over-payment'].includes(t))
        )
          fail(`line ${l.key}: says it is short or over but adds up`);
      }
    } else if (d === 'twins') {
      for (const opt of l.twins) {
        const total = opt.map(rowOf).reduce((a, r) => a + r.minor, 0);
        if (total !== l.minor) fail(`twin ${l.key}: an option does not have the line's amount`);
      }
      l.twins.flat().forEach((k) => use(k, `twins:${l.twins.flat().join('+')}`));
    } else if (d === 'reversal') {
      const p = lineByKey.get(l.reversal);
      if (!p || p.reversal !== l.key) fail(`reversal ${l.key}: partner ${l.reversal} does not name it back`);
      else if (p.minor + l.minor !== 0) fail(`reversal ${l.key}: the pair does not cancel`);
    } else if (d === 'bankOnly') {
      if (!['charge', 'levy', 'tax', 'fee-vat', 'interest'].includes(l.bankOnly))
        fail(`line ${l.key}: kind ${l.bankOnly}`);
    } else if (d === 'none') {
      if (l.decoy) {
        decoys += 1;
        if (!l.traits.includes('decoy')) fail(`line ${l.key}: a decoy without the decoy trait`);
      }
    }
  }
  for (const [g, { lines: gl, keys }] of groups) {
    if (gl.length < 2) fail(`group ${g} has one line`);
    const total = keys
      .split(',')
      .map(rowOf)
      .reduce((a, r) => a + r.minor, 0);
    const paid = gl.reduce((a, l) => a + l.minor, 0);
    if (total !== paid) fail(`group ${g}: the lines (${major(paid)}) do not pay the rows (${major(total)})`);
    keys.split(',').forEach((k) => use(k, `group ${g}`));
  }
  for (const r of rows) {
    if (!period.has(r.date)) fail(`row ${r.key} falls outside the period`);
    const by = [...new Set(used.get(r.key) ?? [])];
    if (r.ledgerOnly && by.length) fail(`row ${r.key} is ledger-only and matched by ${by.join(', ')}`);
    if (!r.ledgerOnly && by.length !== 1) fail(`row ${r.key} is matched ${by.length} times (${by.join(', ')})`);
  }
  if (lines.length < 28 || lines.length > 36) fail(`${lines.length} bank lines (28–36 wanted)`);
  if (rows.length < 24 || rows.length > 30) fail(`${rows.length} book rows (24–30 wanted)`);
  if (decoys < 2) fail(`${decoys} decoys (two wanted)`);
  const traitsWanted = [
    'part-payment',
    'invoice-less-credit-note',
    'over-payment',
    'twins',
    'trading-name',
    'split-many-to-one',
    'split-one-to-many',
    'resent-after-reversal',
  ];
  for (const t of traitsWanted) if (!lines.some((l) => l.traits.includes(t))) fail(`no line with trait ${t}`);
  if (!lines.some((l) => l.traits.some((t) => t.startsWith('short-net-of')))) fail('no short payment');
  if (problems.length) throw new Error(problems.join('\n'));

  // ---- truth
  const entry = (l) => {
    const d = decisionOf(l);
    const base = { ref: lref(l) };
    if (d === 'auto' || d === 'suggest') {
      const rs = l[d].map(rowOf);
      const diff = l.minor - rs.reduce((a, r) => a + r.minor, 0);
      return {
        ...base,
        expect: 'match',
        decision: d,
        ledger: rs.map(rref),
        group: l.group ?? null,
        ambiguous: false,
        partner: null,
        evidence: l.evidence,
        ...(d === 'auto' && diff !== 0 ? { difference: major(diff) } : {}),
        traits: l.traits,
      };
    }
    if (d === 'twins')
      return {
        ...base,
        expect: 'match',
        decision: 'auto',
        ledger: null,
        ledgerAnyOf: l.twins.map((o) => o.map(rowOf).map(rref)),
        group: null,
        ambiguous: true,
        partner: null,
        evidence: l.evidence,
        traits: l.traits,
      };
    if (d === 'bankOnly')
      return {
        ...base,
        expect: 'bank-only',
        decision: 'bank-only',
        ledger: null,
        group: null,
        ambiguous: false,
        partner: null,
        kind: l.bankOnly,
        traits: l.traits,
      };
    if (d === 'reversal')
      return {
        ...base,
        expect: 'reversal-pair',
        decision: 'reversal-pair',
        ledger: null,
        group: null,
        ambiguous: false,
        partner: lref(lineByKey.get(l.reversal)),
        traits: l.traits,
      };
    return {
      ...base,
      expect: 'no-counterpart',
      decision: 'none',
      ledger: null,
      group: null,
      ambiguous: false,
      partner: null,
      traits: l.traits,
      why: l.none,
      ...(l.decoy ? { decoy: l.decoy } : {}),
    };
  };
  const truth = {
    set: meta.set,
    country: meta.country,
    currency: meta.currency,
    timezone: meta.timezone,
    period: meta.period,
    seed: SEED,
    publicHolidays: meta.publicHolidays,
    bankFiles: [
      {
        file: bank.file,
        bank: meta.bankName,
        headerRow: bt.headerRow,
        layout: bank.layout,
        order: bank.order,
        ledgerAccount: meta.ledgerAccount,
        readOptions: bank.readOptions,
        openingBalance: major(opening),
        closingBalance: major(closing),
      },
    ],
    ledgerFiles: [
      {
        file: book.file,
        package: meta.package,
        headerRow: lt.headerRow,
        layout: book.layout,
        readOptions: book.readOptions,
        openingBalance: major(bookOpening),
        closingBalance: major(bookClosing),
        ...(lt.nonEntryRows.length ? { nonEntryRows: lt.nonEntryRows } : {}),
      },
    ],
    bank: lines.map(entry),
    ledgerOnly: rows
      .filter((r) => r.ledgerOnly)
      .map((r) => ({ file: book.file, row: r.row, date: r.date, amount: major(r.minor), why: r.ledgerOnly })),
    notes: meta.notes,
  };

  // ---- the reconcile document (ids "<file>#<row>"; only what the files carry)
  const doc = {
    options: { timezone: meta.timezone },
    statement: {
      from: meta.period.from,
      to: meta.period.to,
      bankBalance: major(closing),
      bookBalance: major(bookClosing),
    },
    bank: lines.map((l) => ({
      id: `${bank.file}#${l.row}`,
      date: l.date,
      amount: major(l.minor),
      currency: meta.currency,
      narration: narrationOf(l),
      reference: bankRefOf(l) || null,
      balance: major(l.balance),
    })),
    ledger: rows.map((r) => ({
      id: `${book.file}#${r.row}`,
      date: r.date,
      amount: major(r.minor),
      currency: meta.currency,
      reference: bookRefOf(r) || null,
      description: descOf(r, rowIndex.get(r.key)),
      party: partyOf(r) || null,
      account: meta.ledgerAccount,
    })),
  };

  // ---- counts for the index
  const count = (f) => lines.filter(f).length;
  const decisions = {};
  for (const e of truth.bank) decisions[e.decision] = (decisions[e.decision] ?? 0) + 1;
  const kinds = {};
  for (const e of truth.bank.filter((x) => x.kind)) kinds[e.kind] = (kinds[e.kind] ?? 0) + 1;
  const index = {
    set: meta.set,
    country: meta.country,
    currency: meta.currency,
    period: meta.period,
    bank: meta.bankName,
    package: meta.package,
    business: meta.business,
    bankFiles: [bank.file],
    ledgerFiles: [book.file],
    bankLines: lines.length,
    ledgerRows: rows.length,
    decisions,
    mustNotAuto: 0,
    autoWithDifference: truth.bank.filter((e) => e.difference).length,
    ledgerOnly: truth.ledgerOnly.length,
    matched: truth.bank.filter((e) => e.expect === 'match').length,
    matchedWithoutReference: truth.bank.filter((e) => e.expect === 'match' && e.evidence !== 'reference').length,
    bankOnlyKinds: kinds,
    reversalPairs: count((l) => l.reversal) / 2,
    decoys,
  };
  return { meta, bank, book, bt, lt, truth, doc, index };
}

const built = SETS.map(build);
for (const { meta, bank, book, bt, lt, truth, doc } of built) {
  const dir = join(outDir, meta.set);
  mkdirSync(dir, { recursive: true });
  const write = (layout, t) => {
    const path = join(dir, layout.file);
    if (layout.kind === 'xlsx') writeFileSync(path, xlsxBuffer(t, layout.sheet, layout.widths));
    else writeFileSync(path, csvText(t, layout.csv));
  };
  write(bank, bt.t);
  write(book, lt.t);
  writeFileSync(join(dir, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(join(dir, `reconcile.${bank.file}.json`), JSON.stringify(doc, null, 2) + '\n');
  console.log(`${meta.set}: ${truth.bank.length} bank lines, ${doc.ledger.length} book rows`);
}
const index = {
  corpus: 'holdout60',
  seed: SEED,
  generator: relative(repo, fileURLToPath(import.meta.url)).replaceAll('\\', '/'),
  sets: built.map((b) => b.index),
};
writeFileSync(join(outDir, 'index.json'), JSON.stringify(index, null, 2) + '\n');
console.log(`written to ${outDir}`);
