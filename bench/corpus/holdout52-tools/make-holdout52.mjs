// Writes bench/corpus/holdout52: four month-long sets (NG, GH, KE, ZA), each a bank statement and a books export as
// the bank and the package write them, with truth.json, one reconcile-JSON document per statement, and index.json.
// Seeded and deterministic: the same seed writes the same bytes. Usage:
//   node bench/corpus/holdout52-tools/make-holdout52.mjs [--out <dir>]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { draws, major } from './lib52.mjs';
import * as ng from './set-ng52.mjs';
import * as gh from './set-gh52.mjs';
import * as ke from './set-ke52.mjs';
import * as za from './set-za52.mjs';

const SEED = Number(process.env.BANKFEED_CORPUS_SEED ?? 20525252);
const here = dirname(fileURLToPath(import.meta.url));
const outArg = process.argv.indexOf('--out');
const outDir = outArg > 0 ? process.argv[outArg + 1] : join(here, '..', 'holdout52');

const byDateSeq = (a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq);
const sum = (xs) => xs.reduce((s, x) => s + x.amount, 0);
// numbers of three digits or more, also with the spaces, hyphens and slashes inside a number taken out (3107-4412-9983)
const digitRuns = (s) => {
  const t = String(s ?? '');
  const runs = [...(t.match(/\d{3,}/g) ?? []), ...(t.replace(/(\d)[-\s/](?=\d)/g, '$1').match(/\d{3,}/g) ?? [])];
  return runs.map((x) => x.replace(/^0+/, ''));
};

function check(meta, m) {
  const where = meta.set;
  const decided = new Map();
  for (const d of m.decisions)
    for (const l of d.lines) {
      if (decided.has(l)) throw new Error(`${where}: line decided twice: ${l.text}`);
      decided.set(l, d);
    }
  for (const l of m.lines) {
    if (!decided.has(l)) throw new Error(`${where}: line not decided: ${l.date} ${l.text}`);
    if (l.date < m.from || l.date > m.to) throw new Error(`${where}: line outside the period: ${l.text}`);
    if (!l.anyDay && !m.isWorking(l.date)) throw new Error(`${where}: line on a closed day: ${l.date} ${l.text}`);
  }
  const owned = new Set();
  const own = (r, why) => {
    if (owned.has(r)) throw new Error(`${where}: book row owned twice (${why}): ${r.desc}`);
    owned.add(r);
  };
  for (const d of m.decisions) {
    if (d.type !== 'match') continue;
    const sets = d.anyOf ?? [d.rows];
    if (d.anyOf) for (const r of new Set(d.anyOf.flat())) if (!owned.has(r)) own(r, 'anyOf');
    if (!d.anyOf) for (const r of d.rows) own(r, 'match');
    for (const rs of sets) {
      const diff = sum(d.lines) - sum(rs);
      if (d.decision === 'auto' && diff !== 0 && Math.sign(diff) !== Math.sign(sum(d.lines)))
        throw new Error(`${where}: auto with a short difference: ${d.lines[0].text}`);
    }
    if (d.evidence === 'reference') {
      const inBank = new Set(d.lines.flatMap((l) => [...digitRuns(l.text), ...digitRuns(l.reference)]));
      const inBooks = sets.flat().flatMap((r) => [...digitRuns(r.ref), ...digitRuns(r.desc)]);
      if (!inBooks.some((x) => inBank.has(x)))
        throw new Error(`${where}: reference evidence without a shared number: ${d.lines[0].text}`);
    }
  }
  for (const { row } of m.ledgerOnlyRows) if (!owned.has(row)) own(row, 'ledgerOnly');
  for (const r of m.rows) {
    if (!owned.has(r)) throw new Error(`${where}: book row neither matched nor ledger-only: ${r.desc}`);
    if (r.date < m.from || r.date > m.to) throw new Error(`${where}: book row outside the period: ${r.desc}`);
  }
  const n = m.lines.length;
  if (n < 50 || n > 130) throw new Error(`${where}: ${n} lines`);
  return decided;
}

function buildSet(mod, i) {
  const d = draws(SEED + i * 7919);
  const { meta, month: m, writeBank, writeLedger } = mod.build(d);
  const decided = check(meta, m);
  const lines = [...m.lines].sort(byDateSeq);
  let bal = meta.bankFile.openingBalanceMinor;
  for (const l of lines) {
    bal += l.amount;
    if (bal < 0) throw new Error(`${meta.set}: overdrawn at ${l.date} ${l.text}`);
    l.balance = bal;
  }
  const closing = bal;
  const rows = [...m.rows].sort(byDateSeq);
  const allRows = [...m.rows, ...m.otherRows].sort(byDateSeq);
  const bookOpening = meta.ledgerFile.openingBalanceMinor;
  let bookBal = bookOpening;
  for (const r of rows) bookBal += r.amount;
  const bank = writeBank(lines, { opening: meta.bankFile.openingBalanceMinor, closing });
  const ledger = writeLedger(allRows, { opening: bookOpening, closing: bookBal });
  const dir = join(outDir, meta.set);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, meta.bankFile.file), bank.data);
  writeFileSync(join(dir, meta.ledgerFile.file), ledger.data);

  const bf = meta.bankFile.file;
  const lf = meta.ledgerFile.file;
  const lineRef = (l) => ({
    file: bf,
    row: bank.rowOf.get(l),
    date: l.date,
    amount: major(l.amount),
    text: l.text,
    reference: l.reference,
  });
  const rowRef = (r) => ({ file: lf, row: ledger.rowOf.get(r), date: r.date, amount: major(r.amount) });
  const groups = new Map();
  let g = 0;
  const fileOrder = [...lines].sort((a, b) => bank.rowOf.get(a) - bank.rowOf.get(b));
  const truthBank = fileOrder.map((l) => {
    const dec = decided.get(l);
    const base = { ref: lineRef(l) };
    if (dec.type === 'match') {
      if (dec.lines.length > 1 && !groups.has(dec)) groups.set(dec, `g${String(++g).padStart(2, '0')}`);
      const e = { ...base, expect: 'match', decision: dec.decision, ledger: dec.anyOf ? null : dec.rows.map(rowRef) };
      if (dec.anyOf) e.ledgerAnyOf = dec.anyOf.map((rs) => rs.map(rowRef));
      Object.assign(e, {
        group: groups.get(dec) ?? null,
        ambiguous: Boolean(dec.anyOf),
        partner: null,
        evidence: dec.evidence,
      });
      const diff = dec.anyOf ? 0 : sum(dec.lines) - sum(dec.rows);
      if (dec.decision === 'auto' && diff !== 0) e.difference = major(diff);
      if (dec.mustNotAuto) e.mustNotAuto = true;
      e.traits = dec.traits;
      return e;
    }
    const common = { ledger: null, group: null, ambiguous: false };
    if (dec.type === 'bank-only')
      return {
        ...base,
        expect: 'bank-only',
        decision: 'bank-only',
        ...common,
        partner: null,
        kind: dec.kind,
        traits: dec.traits,
      };
    if (dec.type === 'none')
      return { ...base, expect: 'no-counterpart', decision: 'none', ...common, partner: null, traits: dec.traits };
    const other = dec.lines.find((x) => x !== l);
    return {
      ...base,
      expect: 'reversal-pair',
      decision: 'reversal-pair',
      ...common,
      partner: lineRef(other),
      traits: dec.traits,
    };
  });
  const truth = {
    set: meta.set,
    country: meta.country,
    currency: meta.currency,
    timezone: meta.timezone,
    period: { from: m.from, to: m.to },
    seed: SEED,
    publicHolidays: m.holidays,
    bankFiles: [
      {
        file: bf,
        bank: meta.bankFile.bank,
        headerRow: bank.headerRow,
        layout: meta.bankFile.layout,
        order: meta.bankFile.order,
        ledgerAccount: meta.bankFile.ledgerAccount,
        readOptions: meta.bankFile.readOptions,
        openingBalance: major(meta.bankFile.openingBalanceMinor),
        closingBalance: major(closing),
      },
    ],
    ledgerFiles: [
      {
        file: lf,
        package: meta.ledgerFile.package,
        headerRow: ledger.headerRow,
        layout: meta.ledgerFile.layout,
        readOptions: meta.ledgerFile.readOptions,
        ...(ledger.nonEntryRows?.length ? { nonEntryRows: ledger.nonEntryRows } : {}),
        openingBalance: major(bookOpening),
        closingBalance: major(bookBal),
      },
    ],
    bank: truthBank,
    ledgerOnly: m.ledgerOnlyRows.map(({ row, why }) => ({ ...rowRef(row), why })),
    notes: meta.notes,
  };
  writeFileSync(join(dir, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');

  const reconcileDoc = {
    options: { timezone: meta.timezone },
    bank: lines.map((l) => ({
      id: `${bf}#${bank.rowOf.get(l)}`,
      date: l.date,
      amount: major(l.amount),
      currency: meta.currency,
      narration: l.text,
      reference: l.reference,
      counterparty: l.counterparty,
      balance: major(l.balance),
    })),
    ledger: rows.map((r) => ({
      id: `${lf}#${ledger.rowOf.get(r)}`,
      date: r.date,
      amount: major(r.amount),
      currency: meta.currency,
      reference: r.ref || null,
      description: r.desc,
      party: meta.ledgerFile.hasParty ? r.party : null,
      account: meta.bankFile.ledgerAccount,
    })),
    statement: { from: m.from, to: m.to, bankBalance: major(closing), bookBalance: major(bookBal) },
  };
  writeFileSync(join(dir, `reconcile.${bf}.json`), JSON.stringify(reconcileDoc, null, 2) + '\n');

  const count = (f) => truthBank.filter(f).length;
  const tally = (key) => truthBank.reduce((o, e) => ((o[e[key]] = (o[e[key]] ?? 0) + 1), o), {});
  const kinds = {};
  for (const e of truthBank) if (e.kind) kinds[e.kind] = (kinds[e.kind] ?? 0) + 1;
  return {
    set: meta.set,
    country: meta.country,
    currency: meta.currency,
    period: { from: m.from, to: m.to },
    bank: meta.bankFile.bank,
    package: meta.ledgerFile.package,
    business: meta.business,
    bankFiles: [bf],
    ledgerFiles: [lf],
    bankLines: lines.length,
    ledgerRows: rows.length,
    ...(m.otherRows.length ? { otherAccountRows: m.otherRows.length } : {}),
    decisions: tally('decision'),
    mustNotAuto: count((e) => e.mustNotAuto),
    autoWithDifference: count((e) => e.difference !== undefined),
    ledgerOnly: m.ledgerOnlyRows.length,
    matched: count((e) => e.expect === 'match'),
    matchedWithoutReference: count((e) => e.expect === 'match' && e.evidence !== 'reference'),
    bankOnlyKinds: kinds,
    reversalPairs: count((e) => e.expect === 'reversal-pair') / 2,
  };
}

const sets = [ng, gh, ke, za].map(buildSet);
mkdirSync(outDir, { recursive: true });
const index = { corpus: 'holdout52', seed: SEED, generator: 'bench/corpus/holdout52-tools/make-holdout52.mjs', sets };
writeFileSync(join(outDir, 'index.json'), JSON.stringify(index, null, 2) + '\n');
console.log(`holdout52: seed ${SEED}`);
for (const s of sets)
  console.log(`  ${s.set}: ${s.bankLines} lines, ${s.ledgerRows} book rows, ${JSON.stringify(s.decisions)}`);
