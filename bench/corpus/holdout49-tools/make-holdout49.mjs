// Writes bench/corpus/holdout49: four month-long sets (bank statement, books export, truth, reconcile JSON) and index.
// Usage: node make-holdout49.mjs [--out <dir>]   (seed: BANKFEED_CORPUS_SEED, default 20494949)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { book } from './book49.mjs';
import { evidence, major, month } from './lib49.mjs';
import { SETS } from './sets49.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const outArg = process.argv.indexOf('--out');
const outDir = outArg > 0 ? resolve(process.argv[outArg + 1]) : join(here, '..', 'holdout49');
const seed = Number(process.env.BANKFEED_CORPUS_SEED ?? 20494949);
console.log(`holdout49 seed ${seed} → ${outDir}`);

const prettierOptions = { ...(await prettier.resolveConfig(join(here, 'x.json'))), parser: 'json' };
const json = async (v) => prettier.format(JSON.stringify(v), prettierOptions);

const EXPECT = {
  auto: 'match',
  suggest: 'match',
  'bank-only': 'bank-only',
  none: 'no-counterpart',
  'reversal-pair': 'reversal-pair',
};
const bankText = (L) => `${L.text} ${L.ref ?? ''}`;
const bookText = (R) => `${R.desc} ${R.ref ?? ''} ${R.party ?? ''}`;
const strongest = (L, rs) => {
  const order = ['amount', 'counterparty', 'reference'];
  return rs.map((R) => evidence(bankText(L), bookText(R))).sort((a, b) => order.indexOf(b) - order.indexOf(a))[0];
};

/** The generator's own refusals: a month is written only when every line is decided and every book row owned once. */
function check(def, b, m) {
  const fail = (msg) => {
    throw new Error(`${def.set}: ${msg}`);
  };
  const owned = new Map();
  const own = (R, who) => {
    if (owned.has(R) && owned.get(R) !== who) fail(`book row "${R.desc}" owned twice`);
    owned.set(R, who);
  };
  const groups = new Map();
  for (const L of b.lines) {
    const t = L.truth;
    if (!t) fail(`line "${L.text}" ${L.date} undecided`);
    if (!m.working(L.date)) fail(`line "${L.text}" on a closed day ${L.date}`);
    if (L.date < m.from || L.date > m.to) fail(`line "${L.text}" outside the period`);
    if (L.balance < 0) fail(`overdrawn at "${L.text}" ${L.date}`);
    const sets = t.anyOf ?? [t.ledger];
    if (t.decision === 'auto' || t.decision === 'suggest') {
      if (!sets[0]?.length) fail(`"${L.text}" matched to nothing`);
      for (const s of sets)
        for (const R of s) own(R, t.anyOf ? `anyOf:${t.anyOf.flat().map((x) => x.seq)}` : (t.group ?? L.seq));
      const ev = strongest(L, sets[0]);
      if (ev !== t.evidence) fail(`"${L.text}": evidence ${ev}, meant ${t.evidence}`);
      if (t.decision === 'auto' && ev === 'amount') fail(`"${L.text}": auto on amount alone`);
      if (t.decision === 'auto') {
        const mine = new Set(sets.flat());
        for (const R of b.rows)
          if (
            !mine.has(R) &&
            Math.abs(R.amount) === Math.abs(L.amount) &&
            evidence(bankText(L), bookText(R)) !== 'amount'
          )
            fail(`"${L.text}": another row of its amount shares a token ("${R.desc}")`);
      }
      if (t.group) {
        const g = groups.get(t.group) ?? { lines: [], rows: sets[0] };
        g.lines.push(L);
        groups.set(t.group, g);
      } else {
        for (const s of sets) {
          const diff = L.amount - s.reduce((a, R) => a + R.amount, 0);
          if (
            diff !== (t.difference ?? 0) &&
            !(t.decision === 'suggest' && (t.mustNotAuto || t.traits.includes('net-of-fee')))
          )
            fail(`"${L.text}": difference ${diff}, meant ${t.difference ?? 0}`);
          if (t.difference && Math.abs(t.difference) * 10 > Math.abs(L.amount))
            fail(`"${L.text}": difference over 10 %`);
        }
      }
      if (t.decision === 'suggest' && typeof t.mustNotAuto !== 'boolean')
        fail(`"${L.text}": suggest without mustNotAuto`);
      if ((t.anyOf && !t.ambiguous) !== (t.decision === 'suggest' && !!t.anyOf) && t.anyOf)
        fail(`"${L.text}": tie/twin flags`);
    } else {
      if (t.ledger.length || t.anyOf) fail(`"${L.text}": ${t.decision} with book rows`);
      if (t.decision === 'bank-only' && !t.kind) fail(`"${L.text}": bank-only without kind`);
      if (t.decision === 'reversal-pair') {
        if (t.partner?.truth?.partner !== L) fail(`"${L.text}": partner does not point back`);
        if (t.partner.amount + L.amount !== 0) fail(`"${L.text}": reversal does not cancel`);
      }
      for (const R of b.rows) {
        const same = Math.abs(R.amount) === Math.abs(L.amount);
        if (t.decision === 'bank-only' && evidence(bankText(L), bookText(R)) === 'reference')
          fail(`charge "${L.text}" quotes a number of "${R.desc}"`);
        if (same && !t.decoy && t.decision !== 'reversal-pair' && evidence(bankText(L), bookText(R)) !== 'amount')
          fail(`"${L.text}" (${t.decision}) shares a token with "${R.desc}" of its amount`);
      }
    }
  }
  for (const [id, g] of groups) {
    const diff = g.lines.reduce((a, L) => a + L.amount, 0) - g.rows.reduce((a, R) => a + R.amount, 0);
    if (diff !== 0) fail(`group ${id}: difference ${diff}`);
  }
  for (const { R } of b.ledgerOnly) own(R, 'ledgerOnly');
  for (const R of b.rows) if (R.date < m.from || R.date > m.to) fail(`book row "${R.desc}" outside the period`);
  for (const R of b.rows) if (!owned.has(R)) fail(`book row "${R.desc}" owned by nothing`);
  if (b.lines.length < 60 || b.lines.length > 110) fail(`${b.lines.length} lines (60–110 wanted)`);
}

const index = {
  corpus: 'holdout49',
  seed,
  generator: 'bench/corpus/holdout49-tools/make-holdout49.mjs',
  validator: 'bench/corpus/holdout49-tools/validate-holdout49.mjs',
  sets: [],
};

for (const [i, def] of SETS.entries()) {
  const m = month(def.year, def.mon, def.holidays);
  const b = book(m, seed + i * 7919);
  const { openingBank, bookOffset } = def.build(b);
  const bySeq = (x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.seq - y.seq);
  b.lines.sort(bySeq);
  b.rows.sort(bySeq);
  let bal = openingBank;
  for (const L of b.lines) L.balance = bal += L.amount;
  const closingBank = bal;
  const openingBook = openingBank + bookOffset;
  bal = openingBook;
  for (const R of b.rows) R.balance = bal += R.amount;
  const closingBook = bal;
  check(def, b, m);

  const dir = join(outDir, def.set);
  mkdirSync(dir, { recursive: true });
  const bankOut = def.writeBank(b.lines, { opening: openingBank, closing: closingBank, m });
  const bookOut = def.writeBooks(b.rows, { opening: openingBook, closing: closingBook, m });
  writeFileSync(join(dir, def.bankFile), bankOut.content);
  writeFileSync(join(dir, def.ledgerFile), bookOut.content);

  const lineRef = (L) => ({
    file: def.bankFile,
    row: L.row,
    date: L.date,
    amount: major(L.amount),
    text: L.readText,
    reference: L.readRef ?? null,
  });
  const rowRef = (R) => ({ file: def.ledgerFile, row: R.row, date: R.date, amount: major(R.amount) });
  // truth and document list the lines in file order (a newest-first statement is listed newest first)
  const inFile = [...b.lines].sort((x, y) => x.row - y.row);
  const bankTruth = inFile.map((L) => {
    const t = L.truth;
    const e = {
      ref: lineRef(L),
      expect: EXPECT[t.decision],
      decision: t.decision,
      ledger: t.anyOf ? null : t.ledger.map(rowRef),
    };
    if (t.anyOf) e.ledgerAnyOf = t.anyOf.map((s) => s.map(rowRef));
    Object.assign(e, { group: t.group, ambiguous: t.ambiguous, partner: t.partner ? lineRef(t.partner) : null });
    if (t.evidence && (t.decision === 'auto' || t.decision === 'suggest')) e.evidence = t.evidence;
    if (t.difference) e.difference = major(t.difference);
    if (t.decision === 'suggest') e.mustNotAuto = t.mustNotAuto;
    if (t.kind) e.kind = t.kind;
    e.traits = t.traits;
    return e;
  });
  const truth = {
    set: def.set,
    country: def.country,
    currency: def.currency,
    timezone: def.timezone,
    period: { from: m.from, to: m.to },
    seed: seed + i * 7919,
    publicHolidays: def.holidays,
    bankFiles: [
      {
        file: def.bankFile,
        bank: def.bankName,
        headerRow: bankOut.headerRow,
        layout: bankOut.layout,
        order: bankOut.order,
        ledgerAccount: def.ledgerAccount,
        readOptions: bankOut.readOptions,
        openingBalance: major(openingBank),
        closingBalance: major(closingBank),
      },
    ],
    ledgerFiles: [
      {
        file: def.ledgerFile,
        package: def.packageName,
        headerRow: bookOut.headerRow,
        layout: bookOut.layout,
        readOptions: bookOut.readOptions,
        openingBalance: major(openingBook),
        closingBalance: major(closingBook),
        ...(bookOut.nonEntryRows?.length ? { nonEntryRows: bookOut.nonEntryRows } : {}),
      },
    ],
    bank: bankTruth,
    ledgerOnly: b.ledgerOnly.map(({ R, why }) => ({ ...rowRef(R), why })),
    notes: def.notes,
  };
  writeFileSync(join(dir, 'truth.json'), await json(truth));

  const doc = {
    options: { timezone: def.timezone },
    bank: inFile.map((L) => ({
      id: `${def.bankFile}#${L.row}`,
      date: L.date,
      amount: major(L.amount),
      currency: def.currency,
      narration: L.readText,
      reference: L.readRef ?? null,
      counterparty: null,
      balance: major(L.balance),
    })),
    ledger: b.rows.map((R) => ({
      id: `${def.ledgerFile}#${R.row}`,
      date: R.date,
      amount: major(R.amount),
      currency: def.currency,
      reference: R.readRef ?? null,
      description: R.readDesc,
      party: R.readParty ?? null,
      account: def.ledgerAccount,
    })),
    statement: { from: m.from, to: m.to, bankBalance: major(closingBank), bookBalance: major(closingBook) },
  };
  writeFileSync(join(dir, `reconcile.${def.bankFile}.json`), await json(doc));

  const count = (f) => bankTruth.filter(f).length;
  const decisions = {};
  for (const e of bankTruth) decisions[e.decision] = (decisions[e.decision] ?? 0) + 1;
  const kinds = {};
  for (const e of bankTruth) if (e.kind) kinds[e.kind] = (kinds[e.kind] ?? 0) + 1;
  index.sets.push({
    set: def.set,
    country: def.country,
    currency: def.currency,
    period: { from: m.from, to: m.to },
    bank: def.bankName,
    package: def.packageName,
    business: def.business,
    bankFiles: [def.bankFile],
    ledgerFiles: [def.ledgerFile],
    bankLines: bankTruth.length,
    ledgerRows: b.rows.length,
    decisions,
    mustNotAuto: count((e) => e.mustNotAuto === true),
    autoWithDifference: count((e) => e.decision === 'auto' && e.difference !== undefined),
    ledgerOnly: b.ledgerOnly.length,
    matched: count((e) => e.expect === 'match'),
    matchedWithoutReference: count((e) => e.expect === 'match' && e.evidence !== 'reference'),
    bankOnlyKinds: kinds,
    reversalPairs: count((e) => e.decision === 'reversal-pair') / 2,
  });
  console.log(`${def.set}: ${bankTruth.length} lines, ${b.rows.length} book rows`, JSON.stringify(decisions));
}
writeFileSync(join(outDir, 'index.json'), await json(index));
