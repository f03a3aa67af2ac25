// Writes bench/corpus/holdout55: four blind month-long sets (files, truth.json, reconcile documents) and index.json.
// Usage: node bench/corpus/holdout55-tools/make-holdout55.mjs [--out <dir>]   (same seed → same bytes)
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { major, minor, mulberry32, weekday, writeOut } from './lib55.mjs';
import ng from './set-ng55.mjs';
import gh from './set-gh55.mjs';
import ke from './set-ke55.mjs';
import za from './set-za55.mjs';

const SEED = Number(process.env.BANKFEED_CORPUS_SEED ?? 20555555);
const here = dirname(fileURLToPath(import.meta.url));
const outArg = process.argv.indexOf('--out');
const OUT = outArg > 0 ? process.argv[outArg + 1] : join(here, '..', 'holdout55');
console.log(`holdout55 seed ${SEED} → ${OUT}`);

const DECISION = { match: null, 'bank-only': 'bank-only', 'reversal-pair': 'reversal-pair', 'no-counterpart': 'none' };
const json = (v) => JSON.stringify(v, null, 2) + '\n';

function build(def, i) {
  const rng = mulberry32(SEED + i * 7919);
  const m = def.month(rng);
  const fail = (msg) => {
    throw new Error(`${def.set}: ${msg}`);
  };
  const books = m.books.map((b) => ({ ...b, amt: minor(b.amount) }));
  const bookOf = new Map(books.map((b) => [b.k, b]));
  if (bookOf.size !== books.length) fail('duplicate book key');
  const lines = m.lines.map((l, n) => ({ ...l, amt: minor(l.amount), n }));
  if (lines.length < 30 || lines.length > 50) fail(`${lines.length} lines`);
  const lineOf = new Map(lines.filter((l) => l.id).map((l) => [l.id, l]));

  // checks: dates, balance never negative, every line decided once, every book row used or ledger-only
  let bal = minor(m.openingBank);
  for (const l of lines) {
    if (l.date < def.period.from || l.date > def.period.to) fail(`line ${l.n} outside the period`);
    const wd = weekday(l.date);
    if ((wd === 0 || wd === 6 || def.publicHolidays.includes(l.date)) && !l.closedDayOk)
      fail(`line ${l.n} (${l.text}) on a closed day ${l.date}`);
    bal += l.amt;
    if (bal < 0) fail(`overdrawn at line ${l.n}`);
    l.balance = bal;
  }
  const used = new Map();
  for (const l of lines) {
    const t = l.t;
    if (!t || !(t.e in DECISION)) fail(`line ${l.n} undecided`);
    if (t.e === 'match') {
      const sets = t.anyOf ?? [t.led];
      for (const s of sets)
        for (const k of s) {
          const b = bookOf.get(k) ?? fail(`line ${l.n}: no book row ${k}`);
          if (Math.sign(b.amt) !== Math.sign(l.amt) && !b.creditNote) fail(`line ${l.n}: direction of ${k}`);
          if (b.only) fail(`line ${l.n}: ${k} is ledger-only`);
          if (!t.anyOf && used.has(k) && used.get(k) !== (t.group ?? l.n)) fail(`${k} used twice`);
          used.set(k, t.group ?? l.n);
        }
      if (!['auto', 'suggest'].includes(t.dec)) fail(`line ${l.n}: decision ${t.dec}`);
      if (t.ev === 'reference') {
        // a number of three digits or more (leading zeros and the year aside) shared with a book row's reference
        const year = def.period.from.slice(0, 4);
        const hay = `${l.text} ${l.ref ?? ''}`.replace(/[\s\-/.]/g, '');
        const ok = sets[0].some((k) =>
          (`${bookOf.get(k).ref} ${bookOf.get(k).desc}`.match(/\d+/g) ?? [])
            .map((d) => d.replace(/^0+/, ''))
            .some((d) => d.length >= 3 && d !== year && hay.includes(d)),
        );
        if (!ok) fail(`line ${l.n}: reference evidence without a shared number`);
      }
      if (!t.group) {
        const sum = sets[0].reduce((s, k) => s + bookOf.get(k).amt, 0);
        if (t.dec === 'auto' && sum !== l.amt && !(t.diff && minor(t.diff) === l.amt - sum))
          fail(`line ${l.n}: auto with an unexplained difference ${l.amt - sum}`);
      }
    }
    if (t.e === 'reversal-pair') {
      const p = lineOf.get(t.partner) ?? fail(`line ${l.n}: partner ${t.partner}`);
      if (p.amt !== -l.amt || p.t.partner !== l.id) fail(`line ${l.n}: reversal partner does not cancel`);
    }
  }
  for (const b of books) if (!b.only && !used.has(b.k)) fail(`book row ${b.k} neither matched nor ledger-only`);
  const groups = new Map();
  for (const l of lines.filter((x) => x.t.group)) groups.set(l.t.group, [...(groups.get(l.t.group) ?? []), l]);
  for (const [g, ls] of groups) {
    const sum = ls.reduce((s, x) => s + x.amt, 0);
    const want = ls[0].t.led.reduce((s, k) => s + bookOf.get(k).amt, 0);
    if (ls.length < 2 || sum !== want) fail(`group ${g} does not add up`);
  }

  // files
  const bankOut = def.writeBank(lines, m);
  const bookOut = def.writeBooks(books, m);
  const dir = join(OUT, def.set);
  writeOut(join(dir, def.bankFile), bankOut.bytes);
  writeOut(join(dir, def.ledgerFile), bookOut.bytes);
  const lref = (k) => {
    const b = bookOf.get(k);
    return { file: def.ledgerFile, row: bookOut.rowOf.get(k), date: b.date, amount: major(b.amt) };
  };
  const bref = (l) => ({
    file: def.bankFile,
    row: bankOut.rowOf.get(l.n),
    date: l.date,
    amount: major(l.amt),
    text: l.text,
    reference: l.ref ?? null,
  });
  const bookBal = books.filter((b) => !b.nonEntry).reduce((s, b) => s + b.amt, minor(m.openingBook));
  const truth = {
    set: def.set,
    country: def.country,
    currency: def.currency,
    timezone: def.timezone,
    period: def.period,
    seed: SEED,
    publicHolidays: def.publicHolidays,
    bankFiles: [
      {
        file: def.bankFile,
        bank: def.bankName,
        headerRow: bankOut.headerRow,
        layout: def.bankLayout,
        order: bankOut.order,
        ledgerAccount: def.ledgerAccount,
        readOptions: def.bankReadOptions,
        openingBalance: major(minor(m.openingBank)),
        closingBalance: major(lines.at(-1).balance),
      },
    ],
    ledgerFiles: [
      {
        file: def.ledgerFile,
        package: def.packageName,
        headerRow: bookOut.headerRow,
        layout: def.ledgerLayout,
        readOptions: def.ledgerReadOptions,
        openingBalance: major(minor(m.openingBook)),
        closingBalance: major(bookBal),
      },
    ],
    bank: lines.map((l) => {
      const t = l.t;
      const e = { ref: bref(l), expect: t.e, decision: t.e === 'match' ? t.dec : DECISION[t.e] };
      e.ledger = t.e === 'match' && !t.anyOf ? t.led.map(lref) : null;
      if (t.anyOf) e.ledgerAnyOf = t.anyOf.map((s) => s.map(lref));
      e.group = t.group ?? null;
      e.ambiguous = Boolean(t.anyOf);
      e.partner = t.e === 'reversal-pair' ? bref(lineOf.get(t.partner)) : null;
      if (t.e === 'match') e.evidence = t.ev;
      if (t.e === 'bank-only') e.kind = t.kind;
      if (t.diff) e.difference = t.diff;
      if (t.mustNotAuto) e.mustNotAuto = true;
      e.traits = t.traits ?? [];
      return e;
    }),
    ledgerOnly: books.filter((b) => b.only).map((b) => ({ ...lref(b.k), why: b.only })),
    notes: def.notes,
  };
  const doc = {
    options: { timezone: def.timezone },
    statement: {
      from: def.period.from,
      to: def.period.to,
      bankBalance: major(lines.at(-1).balance),
      bookBalance: major(bookBal),
    },
    bank: lines.map((l) => ({
      id: `${def.bankFile}#${bankOut.rowOf.get(l.n)}`,
      date: l.date,
      amount: major(l.amt),
      currency: def.currency,
      narration: l.text,
      reference: l.ref ?? null,
      balance: major(l.balance),
    })),
    ledger: books.map((b) => ({
      id: `${def.ledgerFile}#${bookOut.rowOf.get(b.k)}`,
      date: b.date,
      amount: major(b.amt),
      currency: def.currency,
      reference: b.ref || null,
      description: def.jsonDescription ? def.jsonDescription(b) : b.desc,
      party: b.party || null,
      account: def.ledgerAccount,
    })),
  };
  writeOut(join(dir, 'truth.json'), json(truth));
  writeOut(join(dir, `reconcile.${def.bankFile}.json`), json(doc));

  const count = (f) => lines.filter(f).length;
  const decisions = {};
  for (const e of truth.bank) decisions[e.decision] = (decisions[e.decision] ?? 0) + 1;
  const kinds = {};
  for (const e of truth.bank.filter((x) => x.kind)) kinds[e.kind] = (kinds[e.kind] ?? 0) + 1;
  return {
    set: def.set,
    country: def.country,
    currency: def.currency,
    period: def.period,
    bank: def.bankName,
    package: def.packageName,
    business: def.business,
    bankFiles: [def.bankFile],
    ledgerFiles: [def.ledgerFile],
    bankLines: lines.length,
    ledgerRows: books.length,
    decisions,
    mustNotAuto: count((l) => l.t.mustNotAuto),
    autoWithDifference: count((l) => l.t.dec === 'auto' && l.t.diff),
    ledgerOnly: books.filter((b) => b.only).length,
    matched: count((l) => l.t.e === 'match'),
    matchedWithoutReference: count((l) => l.t.e === 'match' && l.t.ev !== 'reference'),
    bankOnlyKinds: kinds,
    reversalPairs: count((l) => l.t.e === 'reversal-pair') / 2,
  };
}

const sets = [ng, gh, ke, za].map(build);
writeOut(
  join(OUT, 'index.json'),
  json({ corpus: 'holdout55', seed: SEED, generator: 'bench/corpus/holdout55-tools/make-holdout55.mjs', sets }),
);
for (const s of sets) console.log(`${s.set}: ${s.bankLines} lines, ${s.ledgerRows} book rows`, s.decisions);
