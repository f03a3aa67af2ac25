// holdout37 — writes the four set folders and index.json (files, truth, reconcile documents), and refuses a set whose
// truth its own cells do not bear out.
//
//   node bench/corpus/holdout37-tools/make-holdout37.mjs                 # into bench/corpus/holdout37
//   BANKFEED_CORPUS_SEED=7 node bench/corpus/holdout37-tools/make-holdout37.mjs --out /tmp/h37-7
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildMonth } from './events37.mjs';
import { dec, evidenceOf, makeRng, prettyJson, strongest } from './lib37.mjs';
import { ghSet } from './set-gh37.mjs';
import { keSet } from './set-ke37.mjs';
import { ngSet } from './set-ng37.mjs';
import { zaSet } from './set-za37.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const DEFAULT_SEED = 20373737;
const seed = Number(process.env.BANKFEED_CORPUS_SEED ?? DEFAULT_SEED);
if (!Number.isSafeInteger(seed)) throw new Error('BANKFEED_CORPUS_SEED must be an integer');
const outArg = process.argv.indexOf('--out');
const outDir = outArg > 0 ? resolve(process.argv[outArg + 1]) : resolve(here, '../holdout37');
const FACTORIES = [ngSet, ghSet, keSet, zaSet];

const QUOTED = [
  'bill-quoted',
  'order-number',
  'credit-note-quoted',
  'statutory',
  'utility',
  'payroll',
  'settlement-id',
  'third-party',
  'own-account',
  'instalment',
  'channel-limit',
  'sent-again',
];

function fail(set, msg) {
  throw new Error(`${set}: ${msg}`);
}

function balances(m, lines, rows, rng) {
  let b = 0;
  let minB = 0;
  for (const l of lines) minB = Math.min(minB, (b += l.amount));
  let k = 0;
  let minK = 0;
  for (const r of rows) minK = Math.min(minK, (k += r.amount));
  const need = Math.max(-minB, -minK + m.lastMonth);
  const cushion = Math.floor((need * rng.int(15, 75)) / 100) + rng.int(0, 99);
  const opening = need + cushion;
  const bookOpening = opening - m.lastMonth;
  b = opening;
  for (const l of lines) l.balance = b += l.amount;
  k = bookOpening;
  for (const r of rows) r.balance = k += r.amount;
  return { opening, closing: b, bookOpening, bookClosing: k };
}

async function makeSet(factory, i) {
  const setSeed = seed + i * 7919;
  const rng = makeRng(setSeed);
  const D = factory(rng);
  const m = buildMonth(D, rng);
  const lines = m.sortedLines();
  const rows = m.sortedRows();
  for (const l of lines) l.cells = D.bankCells(l);
  for (const r of rows) r.cells = D.bookCells(r);
  const bal = balances(m, lines, rows, rng);
  const [y, mo] = D.period.to.split('-').map(Number);
  const created = new Date(Date.UTC(mo === 12 ? y + 1 : y, mo === 12 ? 0 : mo, 2, 7, 30, 0));
  const bank = D.writeBank({ lines, opening: bal.opening, closing: bal.closing, created });
  const ledger = D.writeLedger({ rows, opening: bal.bookOpening, created });
  for (const l of lines)
    l.mapped = { text: l.cells.text, reference: l.cells.reference || null, party: l.cells.party || null };
  for (const r of rows)
    r.mapped = {
      reference: r.cells.reference || null,
      description: r.cells.description ?? r.cells.text ?? null,
      party: r.cells.party || null,
    };

  // ------------------------------------------------------------------ checks
  const set = D.set;
  const ev = (l, r) =>
    evidenceOf(
      [l.mapped.text, l.mapped.reference, l.mapped.party],
      [r.mapped.reference, r.mapped.description, r.mapped.party],
    );
  if (lines.length < 55 || lines.length > 120) fail(set, `${lines.length} bank lines, outside 55–120`);
  for (const l of lines) if (!l.decision) fail(set, `line ${l.spec.kind} ${l.date} undecided`);
  for (const r of rows) if (!r.owner) fail(set, `book row ${r.spec.kind} ${r.date} owned by nobody`);
  for (const l of lines) if (l.balance < 0) fail(set, `bank overdrawn on ${l.date}`);
  for (const r of rows) if (r.balance < 0) fail(set, `books overdrawn on ${r.date}`);
  const groups = new Map();
  for (const l of lines) {
    const d = l.decision;
    if (d.group) groups.set(d.group, [...(groups.get(d.group) ?? []), l]);
  }
  for (const l of lines) {
    const d = l.decision;
    if (d.expect !== 'match') {
      for (const r of rows)
        if (Math.abs(r.amount) === Math.abs(l.amount) && d.decision !== 'reversal-pair')
          fail(set, `${d.decision} line ${l.spec.kind} ${l.date} has a book row of its amount`);
      continue;
    }
    const options = d.anyOf ?? [d.rows];
    const evs = options.map((opt) => strongest(opt.map((r) => ev(l, r))));
    if (new Set(evs).size > 1) fail(set, `options of ${l.spec.kind} ${l.date} carry different evidence ${evs}`);
    const e = evs[0];
    if (e !== d.evidence)
      fail(set, `line ${l.spec.kind} ${l.date} ${l.cells.text}: evidence ${e}, meant ${d.evidence}`);
    if (d.traits.includes('name-only') && e !== 'counterparty') fail(set, `name-only line carries ${e}`);
    if ((d.traits.some((t) => t.startsWith('ref-')) || d.traits.some((t) => QUOTED.includes(t))) && e !== 'reference')
      fail(set, `quoted line ${l.cells.text} carries ${e}`);
    if (d.decision === 'auto' && e === 'amount') fail(set, `auto on amount alone: ${l.cells.text}`);
    const groupLines = d.group ? groups.get(d.group) : [l];
    const bankSum = groupLines.reduce((s, x) => s + x.amount, 0);
    for (const opt of options) {
      const bookSum = opt.reduce((s, r) => s + r.amount, 0);
      const diff = bankSum - bookSum;
      if (d.decision === 'auto') {
        if (diff !== (d.difference ?? 0)) fail(set, `difference ${diff} ≠ ${d.difference} on ${l.cells.text}`);
        if (Math.abs(diff) * 10 > Math.abs(bookSum)) fail(set, `difference beyond 10 % on ${l.cells.text}`);
        if (diff > 0 && !d.traits.includes('over-payment')) fail(set, `positive difference without over-payment`);
        if (diff < 0 && !d.traits.some((t) => t.startsWith('short-'))) fail(set, `negative difference without short-*`);
      } else if (
        diff !== 0 &&
        !d.traits.some((t) => ['part-payment', 'short-net-of-fee', 'books-amount-transposed'].includes(t))
      )
        fail(set, `suggestion of another amount without a reason: ${l.cells.text}`);
    }
    if (d.decision === 'auto' && e !== 'reference') {
      const own = new Set(options.flat());
      for (const r of rows)
        if (!own.has(r) && Math.abs(r.amount) === Math.abs(l.amount))
          fail(set, `auto line without a reference has another book row of its amount: ${l.cells.text}`);
    }
  }
  for (const l of lines)
    if (l.decision.decision === 'reversal-pair' && l.amount + l.decision.partner.amount !== 0)
      fail(set, 'reversal pair does not cancel');

  // ------------------------------------------------------------------ truth
  const bankFile = D.bankFile;
  const ledgerFile = D.ledgerFile;
  const bankRef = (l) => ({
    file: bankFile,
    row: l.row,
    date: l.date,
    amount: dec(l.amount),
    text: l.mapped.text,
    ...(l.mapped.reference ? { reference: l.mapped.reference } : {}),
  });
  const rowRef = (r) => ({ file: ledgerFile, row: r.row, date: r.date, amount: dec(r.amount) });
  const byRow = (a, b) => a.row - b.row;
  const fileOrder = lines.slice().sort(byRow);
  const truthBank = fileOrder.map((l) => {
    const d = l.decision;
    const isMatch = d.expect === 'match';
    const t = {
      ref: bankRef(l),
      expect: d.expect,
      decision: d.decision,
      ledger: isMatch && !d.anyOf ? d.rows.slice().sort(byRow).map(rowRef) : null,
    };
    if (d.anyOf) t.ledgerAnyOf = d.anyOf.map((opt) => opt.slice().sort(byRow).map(rowRef));
    t.group = d.group ?? null;
    t.evidence = isMatch ? d.evidence : null;
    t.ambiguous = !!d.anyOf;
    t.kind = d.decision === 'bank-only' ? d.kind : null;
    t.partner = d.partner ? bankRef(d.partner) : null;
    if (d.decision === 'suggest') t.mustNotAuto = d.mustNotAuto;
    if (d.decision === 'auto' && d.difference) t.difference = dec(d.difference);
    t.traits = d.traits;
    return t;
  });
  const ledgerOnly = rows
    .filter((r) => r.ledgerOnly)
    .sort(byRow)
    .map((r) => ({ ...rowRef(r), why: r.ledgerOnly }));
  const truth = {
    set,
    country: D.country,
    currency: D.currency,
    timezone: D.timezone,
    period: D.period,
    publicHolidays: D.holidays,
    seed: setSeed,
    notes: [
      `Written blind for holdout37 by make-holdout37.mjs (seed ${setSeed}); see README.holdout37.md.`,
      `Books' opening balance is the bank's less last month's ${D.country === 'ZA' ? 'payment' : 'cheque'} the bank pays this month (${dec(m.lastMonth)}).`,
      'Decisions are what a careful bookkeeper would decide; evidence is what the mapped cells mechanically carry.',
    ],
    bankFiles: [
      {
        file: bankFile,
        bank: D.bank,
        headerRow: bank.headerRow,
        ledgerAccount: D.ledgerAccount,
        readOptions: bank.readOptions,
        order: bank.order,
        layout: bank.layout,
        openingBalance: dec(bal.opening),
        closingBalance: dec(bal.closing),
        ...(bank.nonEntryRows.length ? { nonEntryRows: bank.nonEntryRows } : {}),
      },
    ],
    ledgerFiles: [
      {
        file: ledgerFile,
        package: D.package,
        headerRow: ledger.headerRow,
        readOptions: ledger.readOptions,
        layout: ledger.layout,
        openingBalance: dec(bal.bookOpening),
        closingBalance: dec(bal.bookClosing),
        ...(ledger.nonEntryRows.length ? { nonEntryRows: ledger.nonEntryRows } : {}),
      },
    ],
    bank: truthBank,
    ledgerOnly,
  };

  // ------------------------------------------------------------------ reconcile document
  const doc = {
    options: { timezone: D.timezone },
    bank: fileOrder.map((l) => ({
      id: `${bankFile}#${l.row}`,
      date: l.date,
      amount: dec(l.amount),
      currency: D.currency,
      narration: l.mapped.text,
      reference: l.mapped.reference,
      counterparty: l.cells.party ? { name: l.cells.party, account: l.cells.account || null } : null,
      balance: bank.noBalance ? null : dec(l.balance),
    })),
    ledger: rows
      .slice()
      .sort(byRow)
      .map((r) => ({
        id: `${ledgerFile}#${r.row}`,
        date: r.date,
        amount: dec(r.amount),
        currency: D.currency,
        reference: r.mapped.reference,
        description: r.mapped.description,
        party: r.mapped.party,
        account: D.ledgerAccount,
      })),
    statement: {
      from: D.period.from,
      to: D.period.to,
      bankBalance: dec(bal.closing),
      bookBalance: dec(bal.bookClosing),
    },
  };

  // ------------------------------------------------------------------ write
  const dir = join(outDir, set);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, bankFile), bank.bytes);
  writeFileSync(join(dir, ledgerFile), ledger.bytes);
  const cfg = join(here, '../holdout37/truth.json');
  writeFileSync(join(dir, 'truth.json'), await prettyJson(truth, cfg));
  writeFileSync(join(dir, `reconcile.${bankFile}.json`), await prettyJson(doc, cfg));

  const count = (k) => truthBank.filter((t) => t.decision === k).length;
  const matched = truthBank.filter((t) => t.expect === 'match');
  return {
    set,
    country: D.country,
    currency: D.currency,
    period: D.period,
    bank: D.bank,
    package: D.package,
    bankFiles: [bankFile],
    ledgerFiles: [ledgerFile],
    bankLines: truthBank.length,
    ledgerRows: rows.length,
    decisions: {
      auto: count('auto'),
      suggest: count('suggest'),
      'bank-only': count('bank-only'),
      none: count('none'),
      'reversal-pair': count('reversal-pair'),
    },
    mustNotAuto: truthBank.filter((t) => t.mustNotAuto === true).length,
    autoWithDifference: truthBank.filter((t) => t.difference !== undefined).length,
    ledgerOnly: ledgerOnly.length,
    matched: matched.length,
    matchedWithoutReference: matched.filter((t) => t.evidence !== 'reference').length,
  };
}

const sets = [];
for (let i = 0; i < FACTORIES.length; i++) sets.push(await makeSet(FACTORIES[i], i));
const index = {
  corpus: 'holdout37',
  seed,
  generator: 'bench/corpus/holdout37-tools/make-holdout37.mjs',
  validator: 'bench/corpus/holdout37-tools/validate-holdout37.mjs',
  sets,
};
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'index.json'), await prettyJson(index, join(here, '../holdout37/index.json')));
console.log(`holdout37: seed ${seed} → ${outDir}`);
for (const s of sets)
  console.log(
    `  ${s.set.padEnd(26)} ${String(s.bankLines).padStart(3)} lines ${String(s.ledgerRows).padStart(3)} rows  ` +
      Object.entries(s.decisions)
        .map(([k, v]) => `${k} ${v}`)
        .join(', '),
  );
