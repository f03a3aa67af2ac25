// Writes bench/corpus/holdout56: four month-long sets (bank statement + ledger export + truth + reconcile JSON) and
// index.json. Every line's truth is written by hand in the set files; this script lays the files out, checks that
// the month is consistent and refuses it otherwise.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { major, minor, rng, weekday } from './lib56.mjs';
import ng from './set-ng56.mjs';
import gh from './set-gh56.mjs';
import ke from './set-ke56.mjs';
import za from './set-za56.mjs';

const SEED = Number(process.env.BANKFEED_CORPUS_SEED ?? 20565656);
const here = dirname(fileURLToPath(import.meta.url));
const outArg = process.argv.indexOf('--out');
const root = outArg > 0 ? process.argv[outArg + 1] : join(here, '..', 'holdout56');
console.log(`holdout56 seed ${SEED} → ${root}`);

const EXPECT = { match: 'match', 'bank-only': 'bank-only', rev: 'reversal-pair', none: 'no-counterpart' };
const DECISION = { 'bank-only': 'bank-only', rev: 'reversal-pair', none: 'none' };

function fail(set, msg) {
  throw new Error(`${set}: ${msg}`);
}
/** numbers of three digits or more, leading zeros dropped, so "INV 0417" and "inv417" share "417" */
const numbers = (s) => {
  const runs = (t) => t.match(/\d{3,}/g) ?? [];
  const text = String(s ?? '');
  return new Set([...runs(text), ...runs(text.replace(/[\s/.-]/g, ''))].map((n) => n.replace(/^0+/, '')));
};

function build(def, i) {
  const r = rng(SEED + i * 7919);
  const s = def.make(r);
  const set = s.set;
  // the description as the mapping's description columns read, joined as a reader joins them
  const describe = (b) => (s.describe ? s.describe(b) : b.desc);
  const bookById = new Map(s.book.map((b) => [b.id, { ...b, minor: minor(b.amount) }]));
  const lines = s.lines.map((l) => ({ ...l, minor: minor(l.amount) }));
  // chronological, stable: the bank's own order within a day is the order written
  for (let k = 1; k < lines.length; k++)
    if (lines[k].date < lines[k - 1].date) fail(set, `line ${lines[k].id} is before ${lines[k - 1].id}`);
  if (lines.length < 30 || lines.length > 50) fail(set, `${lines.length} lines`);
  const hol = new Set(s.publicHolidays);
  for (const x of [...lines, ...bookById.values()])
    if (x.date < s.period.from || x.date > s.period.to) fail(set, `${x.id} outside the period`);
  // the bank posts on working days only; the books may date a weekend's takings on the weekend
  for (const x of lines)
    if ([0, 6].includes(weekday(x.date)) || hol.has(x.date)) fail(set, `${x.id} on a weekend or holiday ${x.date}`);
  let bal = minor(s.bankFile.opening);
  for (const l of lines) {
    bal += l.minor;
    if (bal < 0) fail(set, `overdrawn at ${l.id}`);
    l.balance = bal;
  }
  const closing = bal;
  const used = new Map();
  const groups = new Map();
  for (const l of lines) {
    const t = l.t;
    if (!t || !EXPECT[t.e]) fail(set, `${l.id} undecided`);
    const ids = t.anyOf ? t.anyOf.flat() : (t.book ?? []);
    for (const id of ids) {
      if (!bookById.has(id)) fail(set, `${l.id} names unknown book row ${id}`);
      // a group's lines share their book rows, and twins name the same rows in either pairing: count those once
      if (t.anyOf || (t.group && groups.has(t.group))) used.set(id, Math.max(used.get(id) ?? 0, 1));
      else used.set(id, (used.get(id) ?? 0) + 1);
    }
    if (t.e === 'match') {
      if (!['auto', 'suggest'].includes(t.d)) fail(set, `${l.id} match without decision`);
      if (!ids.length) fail(set, `${l.id} match without book rows`);
      const rows = (t.anyOf ? t.anyOf[0] : t.book).map((id) => bookById.get(id));
      const sum = rows.reduce((a, b) => a + b.minor, 0);
      if (t.ev === 'reference') {
        const bn = new Set([...numbers(l.text), ...numbers(l.ref)]);
        const shared = rows.some((b) => [...numbers(b.ref), ...numbers(b.desc)].some((n) => bn.has(n)));
        if (!shared) fail(set, `${l.id} reference evidence shares no number with its book rows`);
      }
      if (t.group) groups.set(t.group, [...(groups.get(t.group) ?? []), l]);
      else if (sum !== l.minor) {
        const ok = t.traits.some((x) =>
          ['over-payment', 'part-payment', 'short-net-of-fee', 'invoice-less-credit-note'].includes(x),
        );
        if (!ok) fail(set, `${l.id} differs from its book rows (${major(l.minor)} vs ${major(sum)}) without a reason`);
        if (t.d === 'auto' && !(t.traits.includes('over-payment') && t.diff === major(l.minor - sum)))
          fail(set, `${l.id} auto with a difference needs an over-payment and its difference`);
      }
      if (Math.sign(sum) !== Math.sign(l.minor)) fail(set, `${l.id} goes the other way from its book rows`);
    } else if (ids.length) fail(set, `${l.id} ${t.e} with book rows`);
    if (t.e === 'bank-only' && !t.kind) fail(set, `${l.id} bank-only without a kind`);
    if (t.e === 'rev') {
      const p = lines.find((x) => x.id === t.partner);
      if (!p || p.t.partner !== l.id || p.minor !== -l.minor) fail(set, `${l.id} reversal partner does not cancel`);
    }
  }
  for (const [g, ls] of groups) {
    const book = ls[0].t.book;
    if (ls.length < 2 || ls.some((l) => l.t.book.join() !== book.join())) fail(set, `group ${g} inconsistent`);
    const sum = book.reduce((a, id) => a + bookById.get(id).minor, 0);
    if (ls.reduce((a, l) => a + l.minor, 0) !== sum) fail(set, `group ${g} does not add up`);
  }
  for (const id of bookById.keys()) {
    const n = used.get(id) ?? 0;
    if (n === 0 && !s.ledgerOnly[id]) fail(set, `book row ${id} neither matched nor ledger-only`);
    if (n > 0 && s.ledgerOnly[id]) fail(set, `book row ${id} both matched and ledger-only`);
    if (n > 1) fail(set, `book row ${id} used twice`);
  }

  const dir = join(root, set);
  mkdirSync(dir, { recursive: true });
  const bankOut = s.writeBank(lines, { closing });
  writeFileSync(join(dir, s.bankFile.file), bankOut.content);
  const bookRows = [...bookById.values()];
  const bookOut = s.writeBook(bookRows);
  writeFileSync(join(dir, s.ledgerFile.file), bookOut.content);
  const bookClosing = bookRows.reduce((a, b) => a + b.minor, minor(s.ledgerFile.opening));

  const bref = (l) => ({
    file: s.bankFile.file,
    row: bankOut.rows.get(l.id),
    date: l.date,
    amount: major(l.minor),
    text: l.text,
    reference: l.ref ?? '',
  });
  const lref = (id) => {
    const b = bookById.get(id);
    return {
      file: s.ledgerFile.file,
      row: bookOut.rows.get(id),
      date: b.date,
      amount: major(b.minor),
      text: describe(b),
      reference: b.ref ?? '',
    };
  };
  const truthBank = lines.map((l) => {
    const t = l.t;
    const o = { ref: bref(l), expect: EXPECT[t.e], decision: DECISION[t.e] ?? t.d };
    o.ledger = t.anyOf ? null : t.e === 'match' ? t.book.map(lref) : null;
    if (t.anyOf) o.ledgerAnyOf = t.anyOf.map((set2) => set2.map(lref));
    o.group = t.group ?? null;
    o.ambiguous = !!t.anyOf;
    o.partner = t.e === 'rev' ? bref(lines.find((x) => x.id === t.partner)) : null;
    if (t.e === 'bank-only') o.kind = t.kind;
    if (t.e === 'match') o.evidence = t.ev;
    if (t.diff) o.difference = t.diff;
    o.traits = t.traits ?? [];
    return o;
  });
  const truth = {
    set,
    country: s.country,
    currency: s.currency,
    timezone: s.timezone,
    period: s.period,
    seed: SEED,
    publicHolidays: s.publicHolidays,
    bankFiles: [
      {
        file: s.bankFile.file,
        bank: s.bank,
        headerRow: bankOut.headerRow,
        layout: s.bankFile.layout,
        order: s.bankFile.order,
        ledgerAccount: s.bankFile.ledgerAccount,
        readOptions: s.bankFile.readOptions,
        openingBalance: s.bankFile.opening,
        closingBalance: major(closing),
      },
    ],
    ledgerFiles: [
      {
        file: s.ledgerFile.file,
        package: s.package,
        headerRow: bookOut.headerRow,
        layout: s.ledgerFile.layout,
        readOptions: s.ledgerFile.readOptions,
        openingBalance: s.ledgerFile.opening,
        closingBalance: major(bookClosing),
        ...(bookOut.nonEntryRows ? { nonEntryRows: bookOut.nonEntryRows } : {}),
      },
    ],
    bank: truthBank,
    ledgerOnly: Object.entries(s.ledgerOnly).map(([id, why]) => {
      const { file, row, date, amount } = lref(id);
      return { file, row, date, amount, why };
    }),
    notes: s.notes,
  };
  writeFileSync(join(dir, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');

  const doc = {
    options: { timezone: s.timezone },
    statement: { from: s.period.from, to: s.period.to, bankBalance: major(closing), bookBalance: major(bookClosing) },
    bank: lines.map((l) => ({
      id: `${s.bankFile.file}#${bankOut.rows.get(l.id)}`,
      date: l.date,
      amount: major(l.minor),
      currency: s.currency,
      narration: l.text,
      reference: l.ref || null,
      balance: major(l.balance),
    })),
    ledger: bookRows.map((b) => ({
      id: `${s.ledgerFile.file}#${bookOut.rows.get(b.id)}`,
      date: b.date,
      amount: major(b.minor),
      currency: s.currency,
      reference: b.ref || null,
      description: describe(b),
      party: b.party || null,
      account: s.bankFile.ledgerAccount,
    })),
  };
  writeFileSync(join(dir, `reconcile.${s.bankFile.file}.json`), JSON.stringify(doc, null, 2) + '\n');

  const count = (f) => truthBank.filter(f).length;
  const decisions = {};
  for (const b of truthBank) decisions[b.decision] = (decisions[b.decision] ?? 0) + 1;
  const kinds = {};
  for (const b of truthBank.filter((x) => x.kind)) kinds[b.kind] = (kinds[b.kind] ?? 0) + 1;
  return {
    set,
    country: s.country,
    currency: s.currency,
    period: s.period,
    bank: s.bank,
    package: s.package,
    business: s.business,
    bankFiles: [s.bankFile.file],
    ledgerFiles: [s.ledgerFile.file],
    bankLines: lines.length,
    ledgerRows: bookRows.length,
    decisions,
    mustNotAuto: 0,
    autoWithDifference: count((b) => b.decision === 'auto' && b.difference),
    ledgerOnly: truth.ledgerOnly.length,
    matched: count((b) => b.expect === 'match'),
    matchedWithoutReference: count((b) => b.expect === 'match' && b.evidence !== 'reference'),
    bankOnlyKinds: kinds,
    reversalPairs: count((b) => b.expect === 'reversal-pair') / 2,
  };
}

const sets = [ng, gh, ke, za].map(build);
writeFileSync(
  join(root, 'index.json'),
  JSON.stringify(
    { corpus: 'holdout56', seed: SEED, generator: 'bench/corpus/holdout56-tools/make-holdout56.mjs', sets },
    null,
    2,
  ) + '\n',
);
for (const x of sets)
  console.log(`${x.set}: ${x.bankLines} lines, ${x.ledgerRows} book rows`, JSON.stringify(x.decisions));
