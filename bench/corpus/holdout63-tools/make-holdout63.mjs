// Writes bench/corpus/holdout63: four month-long sets (bank statement, books export, truth.json, one reconcile
// document per statement) and index.json. Every line's decision is written by hand in set-<cc>63.mjs; this script
// numbers rows, runs balances, checks the story holds together and writes the files.
//   node bench/corpus/holdout63-tools/make-holdout63.mjs [--out DIR] [--list]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minor, plain, weekday } from './lib63.mjs';
import ng from './set-ng63.mjs';
import gh from './set-gh63.mjs';
import ke from './set-ke63.mjs';
import za from './set-za63.mjs';

const SEED = 20636363;
const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const outRoot = args.includes('--out') ? args[args.indexOf('--out') + 1] : join(here, '..', 'holdout63');
const list = args.includes('--list');

const iso = (ym, d) => `${ym}-${String(d).padStart(2, '0')}`;
// traits that explain why a single match's amounts differ
const GAP_TRAITS = ['short-payment', 'over-payment', 'short-withholding-tax-5pct', 'short-net-of-fee'];

function build(s) {
  const fail = (msg) => {
    throw new Error(`${s.set}: ${msg}`);
  };
  const books = s.books.map((b) => ({ ...b, date: iso(s.ym, b.d), m: minor(b.amt) }));
  const lines = s.lines.map((l) => ({ ...l, date: iso(s.ym, l.d), m: minor(l.amt) }));
  const bookOf = new Map(books.map((b) => [b.k, b]));
  const lineOf = new Map(lines.map((l) => [l.k, l]));
  if (bookOf.size !== books.length || lineOf.size !== lines.length) fail('duplicate key');

  // dates: working days inside the period
  for (const x of [...books, ...lines]) {
    if (x.date < s.period.from || x.date > s.period.to) fail(`${x.k} outside the period`);
    if ([0, 6].includes(weekday(x.date)) || s.publicHolidays.includes(x.date)) fail(`${x.k} on a weekend or holiday`);
  }
  for (let i = 1; i < lines.length; i++) if (lines[i].date < lines[i - 1].date) fail(`${lines[i].k} out of order`);

  // running balances; the account is never overdrawn
  let bal = minor(s.openingBalance);
  const bankRows = lines.map((line) => {
    bal += line.m;
    if (bal < 0) fail(`overdrawn at ${line.k}`);
    return { line, bal };
  });
  const closing = bal;
  let bbal = minor(s.openingBalance);
  const bookRows = books.map((b) => ({ b, bal: (bbal += b.m) }));
  const bookClosing = bbal;

  // every book row is matched once (twins and groups aside) or ledger-only
  const used = new Map();
  const use = (k, by) => {
    if (!bookOf.has(k)) fail(`${by} names unknown book row ${k}`);
    used.set(k, [...(used.get(k) ?? []), by]);
  };
  const groups = new Map();
  for (const l of lines) {
    const x = l.x;
    const rows = x.auto ?? x.suggest;
    if (rows) {
      for (const k of rows) use(k, l.k);
      const sum = rows.reduce((a, k) => a + bookOf.get(k).m, 0);
      if (Math.sign(sum) !== Math.sign(l.m)) fail(`${l.k} matched against the other direction`);
      if (x.g) groups.set(x.g, [...(groups.get(x.g) ?? []), l]);
      else if (sum !== l.m && !x.t.some((t) => GAP_TRAITS.includes(t))) fail(`${l.k} amount differs without a trait`);
      if (x.auto && x.ev === 'amount') fail(`${l.k} auto on the amount alone`);
    } else if (x.anyOf) {
      for (const set of x.anyOf) for (const k of set) if (bookOf.get(k).m !== l.m) fail(`${l.k} twin amount`);
    } else if (x.rev) {
      const p = lineOf.get(x.rev);
      if (!p || p.x.rev !== l.k || p.m !== -l.m) fail(`${l.k} reversal partner`);
    } else if (!x.only && !x.none) fail(`${l.k} carries no decision`);
  }
  for (const [g, ls] of groups) {
    const total = ls.reduce((a, l) => a + l.m, 0);
    const rows = ls[0].x.auto;
    if (rows.reduce((a, k) => a + bookOf.get(k).m, 0) !== total) fail(`group ${g} does not add up`);
    if (ls.some((l) => l.x.auto.join() !== rows.join())) fail(`group ${g} rows differ`);
  }
  const twinRows = new Set(lines.flatMap((l) => (l.x.anyOf ?? []).flat()));
  for (const b of books) {
    const by = used.get(b.k) ?? [];
    const grouped = by.length > 1 && by.every((k) => lineOf.get(k).x.g);
    if (b.lo && (by.length || twinRows.has(b.k))) fail(`${b.k} ledger-only but matched`);
    if (!b.lo && !twinRows.has(b.k) && by.length !== 1 && !grouped) fail(`${b.k} matched ${by.length} times`);
  }
  const decoys = lines.filter((l) => l.x.decoy || (l.x.suggest && l.x.mna));
  if (decoys.length < 2) fail('fewer than two decoys');

  // files
  const bw = s.bankFile.write(bankRows, minor(s.openingBalance), closing);
  const lw = s.ledgerFile.write(bookRows);
  const bankRow = new Map(lines.map((l, i) => [l.k, bw.headerRow + 1 + i]));
  const bookRow = new Map(books.map((b, i) => [b.k, lw.headerRow + 1 + i]));
  const bref = (l) => ({
    file: s.bankFile.file,
    row: bankRow.get(l.k),
    date: l.date,
    amount: plain(l.m),
    text: l.text,
    reference: l.ref ?? '',
  });
  const lref = (k) => {
    const b = bookOf.get(k);
    return {
      file: s.ledgerFile.file,
      row: bookRow.get(k),
      date: b.date,
      amount: plain(b.m),
      text: b.desc,
      reference: b.ref,
    };
  };

  const truthLines = lines.map((l) => {
    const x = l.x;
    const base = { ref: bref(l) };
    if (x.auto || x.suggest) {
      return {
        ...base,
        expect: 'match',
        decision: x.auto ? 'auto' : 'suggest',
        ledger: (x.auto ?? x.suggest).map(lref),
        group: x.g ?? null,
        ambiguous: false,
        partner: null,
        evidence: x.ev,
        ...(x.suggest ? { mustNotAuto: x.mna } : {}),
        traits: x.t,
      };
    }
    if (x.anyOf) {
      return {
        ...base,
        expect: 'match',
        decision: 'auto',
        ledger: null,
        ledgerAnyOf: x.anyOf.map((set) => set.map(lref)),
        group: null,
        ambiguous: true,
        partner: null,
        evidence: x.ev,
        traits: x.t,
      };
    }
    if (x.only) {
      return {
        ...base,
        expect: 'bank-only',
        decision: 'bank-only',
        ledger: null,
        group: null,
        ambiguous: false,
        partner: null,
        kind: x.only,
        traits: x.t,
      };
    }
    if (x.rev) {
      return {
        ...base,
        expect: 'reversal-pair',
        decision: 'reversal-pair',
        ledger: null,
        group: null,
        ambiguous: false,
        partner: bref(lineOf.get(x.rev)),
        traits: x.t,
      };
    }
    return {
      ...base,
      expect: 'no-counterpart',
      decision: 'none',
      ledger: null,
      group: null,
      ambiguous: false,
      partner: null,
      traits: x.t,
      why: x.none,
      ...(x.decoy ? { decoy: x.decoy.replace(/^book row of (\w+)/, (_, k) => `book row ${bookRow.get(k)}`) } : {}),
    };
  });

  const truth = {
    set: s.set,
    country: s.country,
    currency: s.currency,
    timezone: s.timezone,
    period: s.period,
    seed: SEED,
    publicHolidays: s.publicHolidays,
    bankFiles: [
      {
        file: s.bankFile.file,
        bank: s.bankFile.bank,
        headerRow: bw.headerRow,
        layout: s.bankFile.layout,
        order: s.bankFile.order,
        ledgerAccount: s.bankFile.ledgerAccount,
        readOptions: s.bankFile.readOptions,
        openingBalance: plain(minor(s.openingBalance)),
        closingBalance: plain(closing),
      },
    ],
    ledgerFiles: [
      {
        file: s.ledgerFile.file,
        package: s.ledgerFile.package,
        headerRow: lw.headerRow,
        layout: s.ledgerFile.layout,
        readOptions: s.ledgerFile.readOptions,
        openingBalance: plain(minor(s.openingBalance)),
        closingBalance: plain(bookClosing),
      },
    ],
    bank: truthLines,
    ledgerOnly: books
      .filter((b) => b.lo)
      .map((b) => ({ file: s.ledgerFile.file, row: bookRow.get(b.k), date: b.date, amount: plain(b.m), why: b.lo })),
    notes: s.notes,
  };

  const id = (file, row) => `${file}#${row}`;
  const reconcileDoc = {
    bank: lines.map((l) => ({
      id: id(s.bankFile.file, bankRow.get(l.k)),
      date: l.date,
      amount: plain(l.m),
      currency: s.currency,
      narration: l.text,
      reference: l.ref ? l.ref : null,
      balance: plain(bankRows.find((r) => r.line === l).bal),
    })),
    ledger: books.map((b) => ({
      id: id(s.ledgerFile.file, bookRow.get(b.k)),
      date: b.date,
      amount: plain(b.m),
      currency: s.currency,
      reference: b.ref ? b.ref : null,
      description: b.desc,
      party: b.party ? b.party : null,
      account: s.bankFile.ledgerAccount,
    })),
    options: { timezone: s.timezone },
    statement: { from: s.period.from, to: s.period.to, bankBalance: plain(closing), bookBalance: plain(bookClosing) },
  };

  const count = (f) => truthLines.filter(f).length;
  const decisions = {};
  for (const t of truthLines) decisions[t.decision] = (decisions[t.decision] ?? 0) + 1;
  const kinds = {};
  for (const t of truthLines) if (t.kind) kinds[t.kind] = (kinds[t.kind] ?? 0) + 1;
  const index = {
    set: s.set,
    country: s.country,
    currency: s.currency,
    period: s.period,
    bank: s.bank,
    package: s.package,
    business: s.business,
    bankFiles: [s.bankFile.file],
    ledgerFiles: [s.ledgerFile.file],
    bankLines: lines.length,
    ledgerRows: books.length,
    decisions,
    mustNotAuto: count((t) => t.mustNotAuto === true),
    autoWithDifference: 0,
    ledgerOnly: truth.ledgerOnly.length,
    matched: count((t) => t.expect === 'match'),
    matchedWithoutReference: count((t) => t.expect === 'match' && t.evidence !== 'reference'),
    bankOnlyKinds: kinds,
    reversalPairs: count((t) => t.decision === 'reversal-pair') / 2,
    decoys: decoys.length,
  };

  const dir = join(outRoot, s.set);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, s.bankFile.file), bw.data);
  writeFileSync(join(dir, s.ledgerFile.file), lw.data);
  writeFileSync(join(dir, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(join(dir, `reconcile.${s.bankFile.file}.json`), JSON.stringify(reconcileDoc, null, 2) + '\n');
  if (list)
    for (const l of decoys)
      console.log(
        `${s.set} row ${bankRow.get(l.k)} ${l.date} ${plain(l.m)} ${l.text} — ${truthLines[lines.indexOf(l)].decoy ?? 'mustNotAuto'}`,
      );
  return index;
}

const sets = [ng, gh, ke, za].map((f) => build(f(SEED)));
mkdirSync(outRoot, { recursive: true });
writeFileSync(
  join(outRoot, 'index.json'),
  JSON.stringify(
    { corpus: 'holdout63', seed: SEED, generator: 'bench/corpus/holdout63-tools/make-holdout63.mjs', sets },
    null,
    2,
  ) + '\n',
);
console.log(`holdout63: seed ${SEED}, ${sets.length} sets written to ${outRoot}`);
