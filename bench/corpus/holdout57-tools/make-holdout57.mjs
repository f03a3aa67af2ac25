#!/usr/bin/env node
// Writes bench/corpus/holdout57: four month-long sets (bank statement + ledger export + truth + reconcile documents)
// and index.json. Seeded and deterministic: the same seed gives the same bytes. Usage:
//   node bench/corpus/holdout57-tools/make-holdout57.mjs [--out DIR]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvText, major, minor, numbersIn, rng, weekday, xlsxBytes } from './lib57.mjs';
import gh from './set-gh57.mjs';
import ke from './set-ke57.mjs';
import ng from './set-ng57.mjs';
import za from './set-za57.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const outArg = process.argv.indexOf('--out');
const OUT = outArg > 0 ? process.argv[outArg + 1] : join(here, '..', 'holdout57');
const SEED = Number(process.env.BANKFEED_CORPUS_SEED ?? 20575757);
console.log(`holdout57 seed ${SEED} → ${OUT}`);

const SETS = [ng, gh, ke, za];

function fail(set, msg) {
  throw new Error(`${set.set}: ${msg}`);
}

/** Random parts of references: NIP session ids (30 digits), GIP and FT references. */
function drawRefs(set, r) {
  for (const l of set.lines) {
    if (l.ref.startsWith('S:')) l.ref = l.ref.slice(2) + r.digits(30 - (l.ref.length - 2));
    else if (l.ref.startsWith('G:')) l.ref = l.ref.slice(2) + r.digits(10);
    else if (l.ref.startsWith('FT:')) l.ref = l.ref.slice(3) + r.letters(5);
  }
}

function check(set) {
  const books = new Map(set.books.map((b) => [b.key, b]));
  if (books.size !== set.books.length) fail(set, 'duplicate book key');
  const used = new Map();
  const use = (k, who) => {
    if (!books.has(k)) fail(set, `unknown book row ${k} (${who})`);
    used.set(k, (used.get(k) ?? 0) + 1);
  };
  const keys = new Map(set.lines.filter((l) => l.key).map((l) => [l.key, l]));
  const groups = new Map();
  let prev = '';
  for (const l of set.lines) {
    const who = `${l.d} ${l.text}`;
    if (l.d < prev) fail(set, `bank lines out of order at ${who}`);
    prev = l.d;
    if (l.d < set.period.from || l.d > set.period.to) fail(set, `outside the period: ${who}`);
    if ([0, 6].includes(weekday(l.d)) || set.holidays.some((h) => h.date === l.d)) fail(set, `not a bank day: ${who}`);
    const kinds = ['auto', 'suggest', 'twins', 'bankOnly', 'none', 'rev'].filter((k) => l[k] !== undefined);
    if (kinds.length !== 1) fail(set, `line decided ${kinds.length} times: ${who}`);
    const ledger = l.auto ?? l.suggest;
    if (ledger) {
      if (!l.ev) fail(set, `no evidence: ${who}`);
      const rows = ledger.map((k) => books.get(k));
      if (rows.some((r) => !r)) fail(set, `unknown book row: ${who}`);
      if (l.grp) {
        if (groups.has(l.grp)) {
          if (groups.get(l.grp).ledger.join() !== ledger.join()) fail(set, `group ${l.grp} disagrees`);
          groups.get(l.grp).sum += l.amt;
        } else {
          groups.set(l.grp, { ledger, sum: l.amt });
          ledger.forEach((k) => use(k, who));
        }
      } else ledger.forEach((k) => use(k, who));
      const sum = rows.reduce((a, r) => a + r.amt, 0);
      if (Math.sign(sum) !== Math.sign(l.amt)) fail(set, `direction differs: ${who}`);
      if (l.ev === 'reference') {
        const mine = numbersIn(`${l.text} ${l.ref}`);
        const theirs = new Set(rows.flatMap((r) => [...numbersIn(`${r.text} ${r.ref}`)]));
        if (![...mine].some((n) => theirs.has(n))) fail(set, `reference evidence shares no number: ${who}`);
      }
      const diff = l.amt - sum;
      if (l.auto) {
        if (diff !== 0 && (l.diff === undefined || minor(l.diff) !== diff || !l.tr.includes('over-payment')))
          fail(set, `auto with an unexplained difference ${major(diff)}: ${who}`);
        if (diff === 0 && l.diff !== undefined) fail(set, `difference given but none: ${who}`);
      } else if (!l.grp && diff !== 0 && !l.tr.includes('part-payment')) fail(set, `suggest does not add up: ${who}`);
    }
    if (l.twins) {
      l.twins.forEach((k) => {
        if (!books.has(k) || books.get(k).amt !== l.amt) fail(set, `twin ${k} is not the line's amount: ${who}`);
      });
    }
    if (l.rev) {
      const p = keys.get(l.rev);
      if (!p || p.rev !== l.key || p.amt !== -l.amt) fail(set, `reversal partner does not cancel: ${who}`);
    }
  }
  for (const [g, { ledger, sum }] of groups) {
    const want = ledger.reduce((a, k) => a + books.get(k).amt, 0);
    if (want !== sum) fail(set, `group ${g} adds up to ${major(sum)}, books ${major(want)}`);
  }
  // twins: each twin row is taken by exactly one line of the pair
  const twinRows = set.lines.filter((l) => l.twins).flatMap((l) => l.twins);
  for (const k of new Set(twinRows)) {
    if (twinRows.filter((t) => t === k).length !== set.lines.filter((l) => l.twins?.includes(k)).length)
      fail(set, 'twins inconsistent');
    if (
      set.lines.filter((l) => l.twins?.includes(k)).length !==
      set.lines.filter((l) => l.twins?.includes(k))[0].twins.length
    )
      fail(set, `twins ${k}: as many lines as rows`);
    use(k, 'twins');
  }
  for (const b of set.books) {
    const n = used.get(b.key) ?? 0;
    if (b.lo && n) fail(set, `ledger-only row ${b.key} is matched`);
    if (!b.lo && n !== 1) fail(set, `book row ${b.key} used ${n} times`);
    if (b.d < set.period.from || b.d > set.period.to) fail(set, `book row outside the period: ${b.key}`);
  }
  if (set.lines.length < 30 || set.lines.length > 50) fail(set, `${set.lines.length} bank lines`);
  if (set.books.length < 25 || set.books.length > 35) fail(set, `${set.books.length} book rows`);
  if (set.lines.filter((l) => l.none).length !== 2) fail(set, 'two decoys per set');
}

function build(set, i) {
  const r = rng(SEED + i * 7919);
  drawRefs(set, r);
  check(set);
  const dir = join(OUT, set.set);
  mkdirSync(dir, { recursive: true });

  // running balances, in the order the money moved
  let bal = minor(set.bank.opening);
  for (const l of set.lines) {
    bal += l.amt;
    if (bal < 0) fail(set, `overdrawn at ${l.d} ${l.text}`);
    l.bal = bal;
  }
  const bankClosing = bal;
  const books = set.books.map((b, j) => ({ ...b, j })).sort((a, b) => (a.d < b.d ? -1 : a.d > b.d ? 1 : a.j - b.j));
  let bb = minor(set.ledger.opening);
  for (const b of books) {
    bb += b.amt;
    b.bal = bb;
  }
  const bookClosing = bb;

  // files; row numbers as a spreadsheet shows them (1-based, preamble and header counted)
  const bw = set.bank.write(set.lines, { opening: minor(set.bank.opening), closing: bankClosing });
  const bankRows = [...bw.pre, ...bw.data, ...bw.post];
  const bankHeaderRow = bw.pre.findIndex((row) => row.includes(set.bank.readOptions.mapping.date)) + 1;
  bw.dataLines.forEach((l, k) => (l.row = bw.pre.length + k + 1));
  const lw = set.ledger.write(books, { opening: minor(set.ledger.opening), closing: bookClosing });
  const ledgerRows = [...lw.pre, ...lw.data, ...lw.post];
  const headerIdx = lw.pre.findIndex((row) => row.includes(set.ledger.readOptions.mapping.date));
  const ledgerHeaderRow = headerIdx + 1;
  books.forEach((b, k) => (b.row = lw.pre.length + k + 1));
  const write = (spec, rows, w) => {
    const path = join(dir, spec.file);
    if (spec.format === 'xlsx') writeFileSync(path, xlsxBytes(w.sheet, rows, w.widths));
    else writeFileSync(path, csvText(rows, { delimiter: spec.delimiter ?? ',', eol: spec.eol, bom: spec.bom }));
  };
  write(set.bank, bankRows, bw);
  write(set.ledger, ledgerRows, lw);

  const byKey = new Map(books.map((b) => [b.key, b]));
  const bref = (l) => ({
    file: set.bank.file,
    row: l.row,
    date: l.d,
    amount: major(l.amt),
    text: l.text,
    reference: l.ref,
  });
  const lref = (k) => {
    const b = byKey.get(k);
    return { file: set.ledger.file, row: b.row, date: b.d, amount: major(b.amt), text: b.text, reference: b.ref };
  };
  const keyed = new Map(set.lines.filter((l) => l.key).map((l) => [l.key, l]));
  const groupIds = new Map();
  const truthBank = set.lines.map((l) => {
    const base = { ref: bref(l) };
    if (l.auto || l.suggest) {
      let group = null;
      if (l.grp) {
        if (!groupIds.has(l.grp)) groupIds.set(l.grp, `g${groupIds.size + 1}`);
        group = groupIds.get(l.grp);
      }
      return {
        ...base,
        expect: 'match',
        decision: l.auto ? 'auto' : 'suggest',
        ledger: (l.auto ?? l.suggest).map(lref),
        group,
        ambiguous: false,
        partner: null,
        evidence: l.ev,
        ...(l.diff !== undefined ? { difference: l.diff } : {}),
        traits: l.tr,
      };
    }
    if (l.twins)
      return {
        ...base,
        expect: 'match',
        decision: 'auto',
        ledger: null,
        ledgerAnyOf: l.twins.map((k) => [lref(k)]),
        group: null,
        ambiguous: true,
        partner: null,
        evidence: l.ev,
        traits: l.tr,
      };
    if (l.bankOnly)
      return {
        ...base,
        expect: 'bank-only',
        decision: 'bank-only',
        ledger: null,
        group: null,
        ambiguous: false,
        partner: null,
        kind: l.bankOnly,
        traits: [],
      };
    if (l.none)
      return {
        ...base,
        expect: 'no-counterpart',
        decision: 'none',
        ledger: null,
        group: null,
        ambiguous: false,
        partner: null,
        traits: l.tr,
      };
    return {
      ...base,
      expect: 'reversal-pair',
      decision: 'reversal-pair',
      ledger: null,
      group: null,
      ambiguous: false,
      partner: bref(keyed.get(l.rev)),
      traits: l.tr,
    };
  });
  const truth = {
    set: set.set,
    country: set.country,
    currency: set.currency,
    timezone: set.timezone,
    period: set.period,
    seed: SEED,
    publicHolidays: set.holidays.map((h) => `${h.date} ${h.name}`),
    bankFiles: [
      {
        file: set.bank.file,
        bank: set.bankName,
        headerRow: bankHeaderRow,
        layout: set.bank.layout,
        order: set.bank.order,
        ledgerAccount: set.bank.ledgerAccount,
        readOptions: set.bank.readOptions,
        openingBalance: set.bank.opening,
        closingBalance: major(bankClosing),
      },
    ],
    ledgerFiles: [
      {
        file: set.ledger.file,
        package: set.ledger.package,
        headerRow: ledgerHeaderRow,
        layout: set.ledger.layout,
        readOptions: set.ledger.readOptions,
        openingBalance: set.ledger.opening,
        closingBalance: major(bookClosing),
      },
    ],
    bank: truthBank,
    ledgerOnly: books
      .filter((b) => b.lo)
      .map((b) => ({ file: set.ledger.file, row: b.row, date: b.d, amount: major(b.amt), why: b.lo })),
    notes: set.notes,
  };
  writeFileSync(join(dir, 'truth.json'), `${JSON.stringify(truth, null, 2)}\n`);

  // the reconcile document carries only what the files carry
  const desc = set.ledger.readOptions.mapping.description;
  const hasParty = Boolean(set.ledger.readOptions.mapping.party);
  const hasRef = Boolean(set.ledger.readOptions.mapping.reference);
  const lw2 = new Map(books.map((b, k) => [b.key, lw.data[k]]));
  const header = lw.pre[headerIdx];
  const cell = (b, h) => String(lw2.get(b.key)[header.indexOf(h)] ?? '');
  const doc = {
    options: { timezone: set.timezone },
    statement: {
      from: set.period.from,
      to: set.period.to,
      bankBalance: major(bankClosing),
      bookBalance: major(bookClosing),
    },
    bank: set.lines.map((l) => ({
      id: `${set.bank.file}#${l.row}`,
      date: l.d,
      amount: major(l.amt),
      currency: set.currency,
      narration: l.text,
      reference: l.ref === '' ? null : l.ref,
      balance: major(l.bal),
    })),
    ledger: books.map((b) => ({
      id: `${set.ledger.file}#${b.row}`,
      date: b.d,
      amount: major(b.amt),
      currency: set.currency,
      reference: hasRef && b.ref !== '' ? b.ref : null,
      description: (Array.isArray(desc) ? desc : [desc])
        .map((h) => cell(b, h))
        .filter((s) => s !== '')
        .join(' — '),
      party: hasParty && b.party ? b.party : null,
      account: set.bank.ledgerAccount,
    })),
  };
  writeFileSync(join(dir, `reconcile.${set.bank.file}.json`), `${JSON.stringify(doc, null, 2)}\n`);

  const count = (f) => set.lines.filter(f).length;
  const decisions = {};
  for (const t of truthBank) decisions[t.decision] = (decisions[t.decision] ?? 0) + 1;
  const kinds = {};
  for (const l of set.lines.filter((x) => x.bankOnly)) kinds[l.bankOnly] = (kinds[l.bankOnly] ?? 0) + 1;
  return {
    set: set.set,
    country: set.country,
    currency: set.currency,
    period: set.period,
    bank: set.bankName,
    package: set.packageName,
    business: set.business,
    bankFiles: [set.bank.file],
    ledgerFiles: [set.ledger.file],
    bankLines: set.lines.length,
    ledgerRows: set.books.length,
    decisions,
    mustNotAuto: 0,
    autoWithDifference: count((l) => l.diff !== undefined),
    ledgerOnly: set.books.filter((b) => b.lo).length,
    matched: count((l) => l.auto || l.suggest || l.twins),
    matchedWithoutReference: count((l) => (l.auto || l.suggest || l.twins) && l.ev !== 'reference'),
    bankOnlyKinds: kinds,
    reversalPairs: count((l) => l.rev) / 2,
  };
}

const index = {
  corpus: 'holdout57',
  seed: SEED,
  generator: 'bench/corpus/holdout57-tools/make-holdout57.mjs',
  sets: SETS.map(build),
};
writeFileSync(join(OUT, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
for (const s of index.sets) console.log(`${s.set}: ${s.bankLines} lines, ${s.ledgerRows} book rows`, s.decisions);
