#!/usr/bin/env node
// Writes bench/corpus/holdout24: four month-long sets (NG, GH, KE, ZA), each a bank statement and a ledger export as
// the bank and the package write them, a truth.json, one reconcile-JSON document per statement, and index.json.
// Seeded: the same seed gives the same bytes. BANKFEED_CORPUS_SEED overrides the default seed.
import { mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeRng, dec, monthDays, prettyJson } from './lib.mjs';
import { buildMonth } from './scenario.mjs';
import { NG } from './set-ng.mjs';
import { GH } from './set-gh.mjs';
import { KE } from './set-ke.mjs';
import { ZA } from './set-za.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const OUT = join(here, '..', 'holdout24');
const DEFAULT_SEED = 20262424;
const seed = process.env.BANKFEED_CORPUS_SEED ? Number(process.env.BANKFEED_CORPUS_SEED) : DEFAULT_SEED;
if (!Number.isSafeInteger(seed))
  throw new Error(`BANKFEED_CORPUS_SEED must be an integer, got ${process.env.BANKFEED_CORPUS_SEED}`);
console.log(`holdout24: seed ${seed}${seed === DEFAULT_SEED ? ' (default)' : ''}`);

const SETS = [NG, GH, KE, ZA];
const NOTES = [
  'Blind: written from the public input contracts and general knowledge of the bank and the package, not from the engine.',
  'One truth row per statement row with money, in file order; ledger rows are referred to by spreadsheet row number.',
  'The books opened the month reconciled: ledger opening balance = bank opening balance.',
  'Ties and twins: ledger is null and ledgerAnyOf lists the equally right answers; the open half of a tie is in no other row and not in ledgerOnly.',
  'difference (auto only) = bank amount - ledger amount(s), written when they differ.',
];

const index = { corpus: 'holdout24', seed, generator: 'bench/corpus/holdout24-tools/make-holdout24.mjs', sets: [] };

for (const [i, S] of SETS.entries()) {
  const setSeed = seed + i * 104729;
  const rng = makeRng(setSeed);
  S.setup(rng);
  const opening = S.opening(rng);
  const m = buildMonth(S, rng);
  const days = monthDays(S.month);
  const first = days[0];
  const last = days[days.length - 1];

  // running balance, oldest first; the business never overdraws
  let bal = opening;
  for (const l of m.bank) {
    bal += l.amount;
    l.balance = bal;
    if (bal < 0) throw new Error(`${S.key}: overdrawn on ${l.date} (${dec(bal)}); widen the opening balance`);
  }
  const closing = bal;

  const ctx = { lines: m.bank, rows: m.ledger, opening, closing, m, S, last };
  const B = S.bankFile(ctx);
  const L = S.ledgerFile(ctx);

  const dir = join(OUT, S.key);
  if (existsSync(dir)) rmSync(dir, { recursive: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, B.file), B.data);
  writeFileSync(join(dir, L.file), L.data);

  const bankRef = (l) => ({
    file: B.file,
    row: B.rowOf.get(l),
    date: l.date,
    amount: dec(l.amount),
    text: l.text,
    ...(l.reference ? { reference: l.reference } : {}),
  });
  const ledgerRef = (e) => {
    const row = L.rowOf.get(e);
    if (!row) throw new Error(`${S.key}: ledger row not written (${e.type} ${e.date} ${dec(e.amount)})`);
    return { file: L.file, row, date: e.date, amount: dec(e.amount) };
  };

  // group sums: the difference of a many-to-one group is the group's, written on each of its lines
  const groupSum = new Map();
  for (const l of m.bank) if (l.t.group) groupSum.set(l.t.group, (groupSum.get(l.t.group) ?? 0) + l.amount);

  const fileOrder = [...m.bank].sort((a, b) => B.rowOf.get(a) - B.rowOf.get(b));
  const truthBank = fileOrder.map((l) => {
    const t = l.t;
    const o = { ref: bankRef(l), expect: t.expect, decision: t.decision };
    if (t.decision === 'suggest') o.mustNotAuto = t.mustNotAuto;
    o.ledger = t.ledger ? t.ledger.map(ledgerRef) : null;
    if (t.ledgerAnyOf) o.ledgerAnyOf = t.ledgerAnyOf.map((set) => set.map(ledgerRef));
    if (t.group) o.group = t.group;
    if (t.decision === 'auto' && t.ledger && t.ledger.length) {
      const bank = t.group ? groupSum.get(t.group) : l.amount;
      const diff = bank - t.ledger.reduce((s, e) => s + e.amount, 0);
      if (diff !== 0) o.difference = dec(diff);
    }
    o.evidence = t.evidence;
    o.ambiguous = t.ambiguous;
    o.kind = t.kind;
    o.partner = t.partner ? bankRef(t.partner) : null;
    o.traits = t.traits;
    return o;
  });
  const ledgerOnly = m.ledgerOnly.map(({ row, why }) => ({ ...ledgerRef(row), why })).sort((a, b) => a.row - b.row);

  const bankFile = {
    file: B.file,
    bank: B.bank,
    headerRow: B.headerRow,
    ledgerAccount: L.account,
    readOptions: B.readOptions,
    order: B.order,
    layout: B.layout,
    openingBalance: dec(opening),
    closingBalance: dec(closing),
    ...(B.nonEntryRows?.length ? { nonEntryRows: B.nonEntryRows } : {}),
  };
  const ledgerFile = {
    file: L.file,
    package: L.package,
    headerRow: L.headerRow,
    readOptions: L.readOptions,
    layout: L.layout,
    openingBalance: dec(opening),
    closingBalance: dec(L.closing),
    ...(L.nonEntryRows?.length ? { nonEntryRows: L.nonEntryRows } : {}),
    ...(L.otherAccounts ? { otherAccounts: L.otherAccounts } : {}),
  };
  const truth = {
    set: S.key,
    country: S.country,
    currency: S.currency,
    timezone: S.timezone,
    period: { from: first, to: last },
    seed: setSeed,
    notes: NOTES,
    bankFiles: [bankFile],
    ledgerFiles: [ledgerFile],
    bank: truthBank,
    ledgerOnly,
  };
  writeFileSync(join(dir, 'truth.json'), await prettyJson(truth));

  // the reconcile document: what the two files carry, nothing more
  const map = L.readOptions.mapping;
  const text = (rec, col) => {
    const cols = Array.isArray(col) ? col : col ? [col] : [];
    const parts = cols.map((c) => rec[c]).filter((v) => typeof v === 'string' && v !== '');
    return parts.length ? parts.join(' — ') : null;
  };
  const ledgerJson = [...m.ledger]
    .sort((a, b) => L.rowOf.get(a) - L.rowOf.get(b))
    .map((e) => {
      const rec = L.records.get(e);
      return {
        id: `${L.file}#${L.rowOf.get(e)}`,
        date: e.date,
        amount: dec(e.amount),
        currency: S.currency,
        reference: text(rec, map.reference),
        description: text(rec, map.description),
        party: text(rec, map.party),
        account: text(rec, map.account),
      };
    });
  const doc = {
    options: { timezone: S.timezone },
    bank: fileOrder.map((l) => ({
      id: `${B.file}#${B.rowOf.get(l)}`,
      date: l.date,
      amount: dec(l.amount),
      currency: S.currency,
      narration: l.text,
      reference: l.reference,
      counterparty: null,
      balance: dec(l.balance),
    })),
    ledger: ledgerJson,
    statement: { from: first, to: last, bankBalance: dec(closing), bookBalance: dec(L.closing) },
  };
  writeFileSync(join(dir, `reconcile.${B.file}.json`), await prettyJson(doc));

  const count = (d) => truthBank.filter((b) => b.decision === d).length;
  const matched = truthBank.filter((b) => b.expect === 'match');
  index.sets.push({
    set: S.key,
    country: S.country,
    currency: S.currency,
    period: { from: first, to: last },
    bankFiles: [B.file],
    ledgerFiles: [L.file],
    bankLines: truthBank.length,
    ledgerRows: m.ledger.length,
    ...(L.otherAccounts ? { otherAccountRows: L.otherAccounts.reduce((s, a) => s + a.rows, 0) } : {}),
    decisions: {
      auto: count('auto'),
      suggest: count('suggest'),
      'bank-only': count('bank-only'),
      none: count('none'),
      'reversal-pair': count('reversal-pair'),
    },
    mustNotAuto: truthBank.filter((b) => b.mustNotAuto === true).length,
    ledgerOnly: ledgerOnly.length,
    matchedWithoutReference: matched.filter((b) => b.evidence !== 'reference').length,
    matched: matched.length,
  });
  console.log(
    `  ${S.key}: ${truthBank.length} bank lines, ${m.ledger.length} ledger rows (seed ${setSeed}) → ${join('bench/corpus/holdout24', S.key)}`,
  );
}
writeFileSync(join(OUT, 'index.json'), await prettyJson(index));
