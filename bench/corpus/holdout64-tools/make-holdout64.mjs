// Writes bench/corpus/holdout64: four month-long sets (NG, GH, KE, ZA), each a bank statement file, a books export,
// truth.json and one reconcile-JSON document per statement, plus index.json. Deterministic: same seed, same bytes.
//   node bench/corpus/holdout64-tools/make-holdout64.mjs [--out DIR] [--list]
// The truth comes from the story written in the set files, never from running the engine.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csv, dec, mulberry32, weekday, xlsx } from './lib64.mjs';
import gh from './set-gh64.mjs';
import ke from './set-ke64.mjs';
import ng from './set-ng64.mjs';
import za from './set-za64.mjs';

const SEED = 20646464;
const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const outArg = args.indexOf('--out');
const OUT = outArg >= 0 ? args[outArg + 1] : join(here, '..', 'holdout64');
const LIST = args.includes('--list');

const problems = [];
const pending = []; // file writes, made only when every set passes its checks
const check = (ok, msg) => {
  if (!ok) problems.push(msg);
};

function build(def) {
  const { bank: bf, book: kf } = def;
  check(def.lines.length >= 24 && def.lines.length <= 40, `${def.set}: ${def.lines.length} bank lines`);

  // statement: running balance in story order, then the file's order
  let bal = def.opening;
  let tin = 0;
  let tout = 0;
  for (const l of def.lines) {
    check(l.d >= def.period.from && l.d <= def.period.to, `${def.set}: ${l.text} outside the period`);
    check(!def.publicHolidays.includes(l.d), `${def.set}: ${l.text} on a public holiday`);
    bal += l.a;
    l.balance = bal;
    if (l.a > 0) tin += l.a;
    else tout -= l.a;
    check(bal >= 0, `${def.set}: overdrawn at ${l.text}`);
  }
  const closing = bal;
  const fileLines = bf.order === 'newest-first' ? [...def.lines].reverse() : def.lines;
  const headerRow = bf.preamble.length + 1;
  const bankRows = [...bf.preamble, bf.header];
  if (bf.openRow) bankRows.push(bf.openRow(def.opening));
  for (const l of fileLines) {
    l.row = bankRows.length + 1;
    bankRows.push(bf.cells(l, l.balance));
  }
  bankRows.push(...bf.footer({ in: tin, out: tout }));

  // books
  const keys = Object.keys(def.entries);
  const chron = [...keys].sort((a, b) =>
    def.entries[a].d < def.entries[b].d ? -1 : def.entries[a].d > def.entries[b].d ? 1 : 0,
  );
  let bbal = def.bookOpening;
  for (const k of chron) {
    bbal += def.entries[k].a;
    def.entries[k].balance = bbal;
    check(def.entries[k].d >= def.period.from && def.entries[k].d <= def.period.to, `${def.set}: book ${k} outside`);
  }
  const bookClosing = bbal;
  const fileKeys = kf.order === 'newest-first' ? [...chron].reverse() : chron;
  const bookHeaderRow = (kf.preamble ?? []).length + 1;
  const bookRows = [...(kf.preamble ?? []), kf.header];
  for (const k of fileKeys) {
    def.entries[k].row = bookRows.length + 1;
    bookRows.push(kf.cells(def.entries[k], k, def.entries[k].balance, dec));
  }

  // truth
  const bankRef = (l) => ({
    file: bf.file,
    row: l.row,
    date: l.d,
    amount: dec(l.a),
    text: l.text,
    reference: l.ref ?? '',
  });
  const bookText = (e) => [kf.party(e), kf.description(e)].filter(Boolean).join(' — ');
  const bookRef = (k) => {
    const e = def.entries[k];
    check(e, `${def.set}: unknown book key ${k}`);
    return { file: kf.file, row: e.row, date: e.d, amount: dec(e.a), text: bookText(e), reference: '' };
  };
  const byId = new Map(def.lines.filter((l) => l.id).map((l) => [l.id, l]));
  const used = new Map();
  const groups = new Map();
  const truthBank = def.lines.map((l) => {
    const x = l.x;
    const base = {
      ref: bankRef(l),
      expect: '',
      decision: x.d,
      ledger: null,
      group: null,
      ambiguous: false,
      partner: null,
    };
    if (x.d === 'auto' || x.d === 'suggest') {
      for (const k of x.ledger) {
        const prev = used.get(k);
        check(!prev || (x.group && prev === x.group), `${def.set}: book ${k} used twice`);
        used.set(k, x.group ?? l.text);
        check(Math.sign(def.entries[k].a) === Math.sign(l.a), `${def.set}: ${l.text} against ${k} the other way`);
        check(!def.ledgerOnly[k], `${def.set}: ${k} matched and ledger-only`);
      }
      if (x.group) groups.set(x.group, [...(groups.get(x.group) ?? []), l]);
      const sum = x.ledger.reduce((s, k) => s + def.entries[k].a, 0);
      const explained = x.traits.some((t) => /part-payment|over-payment|short-/.test(t));
      if (!x.group) check(sum === l.a || explained, `${def.set}: ${l.text} ${dec(l.a)} vs books ${dec(sum)}`);
      check(!(x.d === 'auto' && x.evidence === 'amount'), `${def.set}: auto on the amount alone`);
      const t = {
        ...base,
        expect: 'match',
        ledger: x.ledger.map(bookRef),
        group: x.group ?? null,
        evidence: x.evidence,
      };
      if (x.d === 'suggest') t.mustNotAuto = x.must;
      t.traits = x.traits;
      return t;
    }
    if (x.d === 'bank-only') return { ...base, expect: 'bank-only', kind: x.kind, traits: x.traits };
    if (x.d === 'reversal-pair') {
      const p = byId.get(x.partner);
      check(p && p.a === -l.a && p.x.partner === l.id, `${def.set}: reversal pair ${l.text}`);
      return { ...base, expect: 'reversal-pair', partner: bankRef(p), traits: x.traits };
    }
    return { ...base, expect: 'no-counterpart', traits: x.traits, why: x.why, decoy: x.decoy };
  });
  for (const [g, ls] of groups) {
    const sum = def.entries[ls[0].x.ledger[0]].a;
    check(ls.reduce((s, l) => s + l.a, 0) === sum, `${def.set}: group ${g} does not add up`);
  }
  for (const k of keys)
    check(used.has(k) !== !!def.ledgerOnly[k], `${def.set}: book ${k} neither matched nor ledger-only`);
  const decoys = truthBank.filter((t) => t.traits.includes('decoy'));
  check(decoys.length >= 2, `${def.set}: fewer than two decoys`);
  for (const t of decoys) check(t.decision === 'none' || t.mustNotAuto === true, `${def.set}: decoy ${t.ref.text}`);

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
        file: bf.file,
        bank: bf.bank,
        headerRow,
        ledgerAccount: bf.ledgerAccount,
        layout: bf.layout,
        order: bf.order,
        readOptions: bf.readOptions,
        openingBalance: dec(def.opening),
        closingBalance: dec(closing),
      },
    ],
    ledgerFiles: [
      {
        file: kf.file,
        package: kf.package,
        headerRow: bookHeaderRow,
        layout: kf.layout,
        readOptions: kf.readOptions,
        openingBalance: dec(def.bookOpening),
        closingBalance: dec(bookClosing),
      },
    ],
    bank: truthBank,
    ledgerOnly: keys
      .filter((k) => def.ledgerOnly[k])
      .map((k) => ({
        file: kf.file,
        row: def.entries[k].row,
        date: def.entries[k].d,
        amount: dec(def.entries[k].a),
        why: def.ledgerOnly[k],
      })),
    notes: def.notes,
  };

  // the reconcile document: only what the files carry
  const reconcile = {
    options: { timezone: def.timezone },
    bank: def.lines.map((l) => {
      const b = {
        id: `${bf.file}#${l.row}`,
        date: l.d,
        amount: dec(l.a),
        currency: def.currency,
        narration: l.text,
        reference: l.ref ? l.ref : null,
      };
      if (bf.counterparty) b.counterparty = bf.counterparty(l);
      b.balance = dec(l.balance);
      return b;
    }),
    ledger: fileKeys.map((k) => {
      const e = def.entries[k];
      return {
        id: `${kf.file}#${e.row}`,
        date: e.d,
        amount: dec(e.a),
        currency: def.currency,
        reference: kf.reference(e),
        description: kf.description(e),
        party: kf.party(e),
        account: kf.account(e),
      };
    }),
    statement: { from: def.period.from, to: def.period.to, bankBalance: dec(closing), bookBalance: dec(bookClosing) },
  };

  const weekendLines = def.lines.filter((l) => [0, 6].includes(weekday(l.d)) && def.country !== 'ZA');
  check(weekendLines.length === 0, `${def.set}: weekend lines ${weekendLines.map((l) => l.d)}`);

  const counts = {};
  for (const t of truthBank) counts[t.decision] = (counts[t.decision] ?? 0) + 1;
  const kinds = {};
  for (const t of truthBank.filter((t) => t.kind)) kinds[t.kind] = (kinds[t.kind] ?? 0) + 1;
  const matched = truthBank.filter((t) => t.expect === 'match');
  const index = {
    set: def.set,
    country: def.country,
    currency: def.currency,
    period: def.period,
    bank: def.bankName,
    package: def.packageName,
    business: def.business,
    bankFiles: [bf.file],
    ledgerFiles: [kf.file],
    bankLines: def.lines.length,
    ledgerRows: keys.length,
    decisions: counts,
    mustNotAuto: truthBank.filter((t) => t.mustNotAuto).length,
    autoWithDifference: 0,
    ledgerOnly: truth.ledgerOnly.length,
    matched: matched.length,
    matchedWithoutReference: matched.filter((t) => t.evidence !== 'reference').length,
    bankOnlyKinds: kinds,
    reversalPairs: truthBank.filter((t) => t.expect === 'reversal-pair').length / 2,
    decoys: decoys.length,
  };

  const dir = join(OUT, def.set);
  const data = (spec, rows) => (spec.format === 'xlsx' ? xlsx(rows, spec.sheet ?? 'Sheet1') : csv(rows, spec.csv));
  pending.push(() => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, bf.file), data(bf, bankRows));
    writeFileSync(join(dir, kf.file), data(kf, bookRows));
    writeFileSync(join(dir, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
    writeFileSync(join(dir, `reconcile.${bf.file}.json`), JSON.stringify(reconcile, null, 2) + '\n');
  });
  if (LIST)
    for (const t of truthBank.filter((t) => t.traits.includes('decoy')))
      console.log(
        `${def.set} row ${t.ref.row} ${t.ref.date} ${t.ref.amount} ${t.ref.text} — ${t.decision}${t.decoy ? `: ${t.decoy}` : ''}`,
      );
  return index;
}

const sets = [ng, gh, ke, za].map((make, i) => build(make(mulberry32(SEED + (i + 1) * 104729))));
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
for (const w of pending) w();
mkdirSync(OUT, { recursive: true });
const index = { corpus: 'holdout64', seed: SEED, generator: 'bench/corpus/holdout64-tools/make-holdout64.mjs', sets };
writeFileSync(join(OUT, 'index.json'), JSON.stringify(index, null, 2) + '\n');
console.log(`holdout64: ${sets.map((s) => `${s.set} ${s.bankLines} lines`).join(', ')} (seed ${SEED})`);
