// holdout54: four blind month-long sets (NG, GH, KE, ZA). Writes each set's bank statement, book export, truth.json
// and reconcile.<bank file>.json, and index.json. `--out DIR` writes elsewhere (same seed, same bytes).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Month, major, mulberry32, weekday } from './lib54.mjs';
import ng from './set-ng54.mjs';
import gh from './set-gh54.mjs';
import ke from './set-ke54.mjs';
import za from './set-za54.mjs';

const SEED = 20545454;
const here = dirname(fileURLToPath(import.meta.url));
const outArg = process.argv.indexOf('--out');
const root = outArg > 0 ? process.argv[outArg + 1] : join(here, '..', 'holdout54');

const index = {
  corpus: 'holdout54',
  seed: SEED,
  generator: 'bench/corpus/holdout54-tools/make-holdout54.mjs',
  sets: [],
};
[ng, gh, ke, za].filter(Boolean).forEach((S, i) => {
  const rnd = mulberry32(SEED + i * 7919);
  const M = new Month();
  S.build(M, rnd);
  const fail = (msg) => {
    throw new Error(`${S.set}: ${msg}`);
  };

  // statement order: by date, then as built; running balance
  const lines = M.bank
    .map((b, k) => ({ b, k }))
    .sort((x, y) => (x.b.d < y.b.d ? -1 : x.b.d > y.b.d ? 1 : x.k - y.k))
    .map((x) => x.b);
  let bal = S.openingBalance;
  for (const b of lines) {
    bal += b.amount;
    b.balance = bal;
    if (bal < 0) fail(`overdrawn at ${b.d} ${b.t}`);
    if (b.d < S.period.from || b.d > S.period.to) fail(`outside the period: ${b.d} ${b.t}`);
    const closed = weekday(b.d) === 0 || weekday(b.d) === 6 || S.holidays.includes(b.d);
    if (closed && !b.anyDay) fail(`closed day ${b.d}: ${b.t}`);
  }
  const rows = M.book
    .map((l, k) => ({ l, k }))
    .sort((x, y) => (x.l.d < y.l.d ? -1 : x.l.d > y.l.d ? 1 : x.k - y.k))
    .map((x) => x.l);
  let bbal = S.openingBalance;
  for (const l of rows) {
    bbal += l.amount;
    l.balance = bbal;
    if (l.d < S.period.from || l.d > S.period.to) fail(`book row outside the period: ${l.d} ${l.desc}`);
  }

  // checks: every line decided once, every book row used or ledger-only, signs, partners, evidence
  if (lines.length < 30 || lines.length > 50) fail(`${lines.length} lines`);
  const used = new Set();
  for (const b of lines) {
    const t = M.truth.get(b);
    if (!t) fail(`undecided line ${b.t}`);
    const ls = t.ledger ?? (t.ledgerAnyOf ? t.ledgerAnyOf.flat() : []);
    for (const l of ls) {
      used.add(l);
      if (Math.sign(l.amount) !== Math.sign(b.amount)) fail(`sign ${b.t}`);
    }
    if (t.partner && t.partner.amount !== -b.amount) fail(`partner does not cancel ${b.t}`);
    if (t.difference !== undefined && t.difference * Math.sign(b.amount) < 0)
      fail(`auto with a short difference ${b.t}`);
    if (t.evidence === 'reference') {
      const nums = (s) => [...(s.match(/\d{3,}/g) ?? []), ...(s.replace(/[\s\-/]/g, '').match(/\d{3,}/g) ?? [])];
      const bankNums = nums(`${b.t} ${b.r ?? ''} ${b.chq ?? ''}`);
      const hit = ls.every((l) =>
        nums(`${l.ref} ${l.desc}`).some((n) => bankNums.some((m) => m.includes(n) || n.includes(m))),
      );
      if (!hit) fail(`reference evidence without a shared number: ${b.t}`);
    }
  }
  for (const l of rows)
    if (!used.has(l) && !M.ledgerOnly.some((o) => o.l === l))
      fail(`book row neither matched nor ledger-only: ${l.desc}`);

  const dir = join(root, S.set);
  mkdirSync(dir, { recursive: true });
  const bw = S.writeBank(join(dir, S.bankFile), lines, S);
  const lw = S.writeBook(join(dir, S.bookFile), rows, S);
  const bref = (b) => ({
    file: S.bankFile,
    row: bw.rowOf.get(b),
    date: b.d,
    amount: major(b.amount),
    text: b.t,
    reference: b.r ?? '',
  });
  const lref = (l) => ({ file: S.bookFile, row: lw.rowOf.get(l), date: l.d, amount: major(l.amount) });

  const truthBank = lines.map((b) => {
    const t = M.truth.get(b);
    const e = { ref: bref(b), expect: t.expect, decision: t.decision, ledger: t.ledger ? t.ledger.map(lref) : null };
    if (t.ledgerAnyOf) e.ledgerAnyOf = t.ledgerAnyOf.map((s) => s.map(lref));
    e.group = t.group;
    e.ambiguous = t.ambiguous;
    e.partner = t.partner ? bref(t.partner) : null;
    if (t.expect === 'match') e.evidence = t.evidence;
    if (t.expect === 'bank-only') e.kind = t.kind;
    if (t.difference !== undefined) e.difference = major(t.difference);
    if (t.mustNotAuto) e.mustNotAuto = true;
    e.traits = t.traits;
    return e;
  });
  const truth = {
    set: S.set,
    country: S.country,
    currency: S.currency,
    timezone: S.timezone,
    period: S.period,
    seed: SEED,
    publicHolidays: S.holidays,
    bankFiles: [
      {
        file: S.bankFile,
        bank: S.bank,
        headerRow: bw.headerRow,
        layout: S.bankLayout,
        order: S.order,
        ledgerAccount: S.ledgerAccount,
        readOptions: S.bankReadOptions,
        openingBalance: major(S.openingBalance),
        closingBalance: major(bal),
      },
    ],
    ledgerFiles: [
      {
        file: S.bookFile,
        package: S.package,
        headerRow: lw.headerRow,
        layout: S.bookLayout,
        readOptions: S.bookReadOptions,
        openingBalance: major(S.openingBalance),
        closingBalance: major(bbal),
      },
    ],
    bank: truthBank,
    ledgerOnly: M.ledgerOnly.map((o) => ({ ...lref(o.l), why: o.why })),
    notes: S.notes,
  };
  writeFileSync(join(dir, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');

  const doc = {
    options: { timezone: S.timezone },
    bank: lines.map((b) => ({
      id: `${S.bankFile}#${bw.rowOf.get(b)}`,
      date: b.d,
      amount: major(b.amount),
      currency: S.currency,
      narration: b.t,
      reference: b.r ?? '',
      counterparty: null,
      balance: major(b.balance),
    })),
    ledger: rows.map((l) => ({
      id: `${S.bookFile}#${lw.rowOf.get(l)}`,
      date: l.d,
      amount: major(l.amount),
      currency: S.currency,
      reference: l.ref,
      description: l.desc,
      party: l.party ?? null,
      account: S.ledgerAccount,
    })),
    statement: { from: S.period.from, to: S.period.to, bankBalance: major(bal), bookBalance: major(bbal) },
  };
  writeFileSync(join(dir, `reconcile.${S.bankFile}.json`), JSON.stringify(doc, null, 2) + '\n');

  const count = (f) => truthBank.filter(f).length;
  const decisions = {};
  for (const e of truthBank) decisions[e.decision] = (decisions[e.decision] ?? 0) + 1;
  const kinds = {};
  for (const e of truthBank) if (e.kind) kinds[e.kind] = (kinds[e.kind] ?? 0) + 1;
  index.sets.push({
    set: S.set,
    country: S.country,
    currency: S.currency,
    period: S.period,
    bank: S.bank,
    package: S.package,
    business: S.business,
    bankFiles: [S.bankFile],
    ledgerFiles: [S.bookFile],
    bankLines: lines.length,
    ledgerRows: rows.length,
    decisions,
    mustNotAuto: count((e) => e.mustNotAuto),
    autoWithDifference: count((e) => e.decision === 'auto' && e.difference),
    ledgerOnly: M.ledgerOnly.length,
    matched: count((e) => e.expect === 'match'),
    matchedWithoutReference: count((e) => e.expect === 'match' && e.evidence !== 'reference'),
    bankOnlyKinds: kinds,
    reversalPairs: count((e) => e.expect === 'reversal-pair') / 2,
  });
  console.log(`${S.set}: ${lines.length} lines, ${rows.length} book rows, ${JSON.stringify(decisions)}`);
});
writeFileSync(join(root, 'index.json'), JSON.stringify(index, null, 2) + '\n');
console.log(`seed ${SEED}`);
