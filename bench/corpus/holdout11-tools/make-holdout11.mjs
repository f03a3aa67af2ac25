#!/usr/bin/env node
// Writes bench/corpus/holdout11/** (seeded: the same seed gives the same files). Usage:
//   node bench/corpus/holdout11-tools/make-holdout11.mjs   [BANKFEED_CORPUS_SEED=<n> to change the seed]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Scenario, dec } from './core.mjs';
import { standardMonth } from './recipe.mjs';
import { ngSet } from './set-ng.mjs';
import { ghSet } from './set-gh.mjs';
import { keSet } from './set-ke.mjs';
import { zaSet } from './set-za.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.resolve(here, '../holdout11');
const SEED = Number(process.env.BANKFEED_CORPUS_SEED ?? 20251111);
console.log(`holdout11 seed ${SEED}`);

const SETS = [ngSet, ghSet, keSet, zaSet].filter(Boolean);

function build(cfg, k) {
  const S = new Scenario({ ...cfg, seed: SEED + k * 101 });
  const D = cfg.dialect(S);
  standardMonth(S, D);

  // Statement order: by date, and within a day in the order the events happened (charges right after their transfer)
  const bank = [...S.B].sort((a, b) => (a.d < b.d ? -1 : a.d > b.d ? 1 : a.seq - b.seq));
  let bal = cfg.opening;
  for (const b of bank) {
    bal += b.amt;
    b.bal = bal;
  }
  S.closing = bal;
  const ledger = [...S.L].sort((a, b) => (a.d < b.d ? -1 : a.d > b.d ? 1 : a.seq - b.seq));

  const dir = path.join(OUT, cfg.set);
  fs.mkdirSync(dir, { recursive: true });
  const bw = cfg.writeBank(S, cfg.newestFirst ? [...bank].reverse() : bank);
  const lw = cfg.writeLedger(S, ledger);
  fs.writeFileSync(path.join(dir, cfg.bankFile), bw.bytes ?? bw.text);
  fs.writeFileSync(path.join(dir, cfg.ledgerFile), lw.bytes ?? lw.text);

  const bref = (b) => ({ file: cfg.bankFile, row: b.row, date: b.d, amount: dec(b.amt), text: b.text });
  const lref = (l) => ({ file: cfg.ledgerFile, row: l.row, date: l.d, amount: dec(l.amt) });
  const itemOf = new Map();
  for (const t of S.T) for (const b of t.b) itemOf.set(b, t);
  if (itemOf.size !== S.B.length) throw new Error(`${cfg.set}: ${S.B.length - itemOf.size} bank lines without answer`);

  const entries = bank.map((b) => {
    const t = itemOf.get(b);
    const e = {
      ref: bref(b),
      expect: t.exp ?? 'match',
      decision: t.dec,
      ledger: t.anyOf ? [] : t.l.map(lref),
      group: t.group ?? null,
      evidence: t.ev,
      ambiguous: Boolean(t.anyOf),
      kind: t.kind ?? null,
      partner: t.partner ? bref(t.partner) : null,
      traits: t.traits,
    };
    if (t.anyOf) e.ledgerAnyOf = t.anyOf.map((set) => set.map(lref));
    if (t.mustNotAuto) e.mustNotAuto = true;
    if (t.diff) e.difference = dec(t.diff);
    return e;
  });

  const truth = {
    set: cfg.set,
    country: cfg.country,
    currency: cfg.currency,
    timezone: cfg.timezone,
    period: cfg.period,
    seed: SEED + k * 101,
    bankFiles: [
      {
        file: cfg.bankFile,
        bank: cfg.bankName,
        headerRow: bw.headerRow,
        ledgerAccount: cfg.ledgerAccount,
        readOptions: bw.readOptions,
        openingBalance: dec(cfg.opening),
        closingBalance: dec(S.closing),
        order: cfg.newestFirst ? 'newest-first' : 'oldest-first',
      },
    ],
    ledgerFiles: [
      {
        file: cfg.ledgerFile,
        package: cfg.packageName,
        headerRow: lw.headerRow,
        readOptions: lw.readOptions,
        ...(lw.nonEntryRows?.length ? { nonEntryRows: lw.nonEntryRows } : {}),
      },
    ],
    bank: entries,
    ledgerOnly: S.LO.map(({ l, why }) => ({ ...lref(l), why })),
  };
  fs.writeFileSync(path.join(dir, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');

  // The reconcile document carries only what the files carry: no counterparty column in these statements.
  const doc = {
    options: { timezone: cfg.timezone },
    statement: {
      from: cfg.period.from,
      to: cfg.period.to,
      bankBalance: dec(S.closing),
      bookBalance: dec(lw.bookBalance),
    },
    bank: bank.map((b) => ({
      id: `${cfg.bankFile}#${b.row}`,
      date: b.d,
      amount: dec(b.amt),
      currency: cfg.currency,
      narration: b.text,
      reference: b.ref || null,
      counterparty: null,
      balance: dec(b.bal),
    })),
    ledger: ledger.map((l) => ({
      id: `${cfg.ledgerFile}#${l.row}`,
      date: l.d,
      dueDate: null,
      amount: dec(l.amt),
      currency: cfg.currency,
      ...cfg.ledJson(l),
    })),
  };
  const reconcileJson = `reconcile.${cfg.bankFile}.json`;
  fs.writeFileSync(path.join(dir, reconcileJson), JSON.stringify(doc, null, 2) + '\n');

  const count = (dcs) => entries.filter((e) => e.decision === dcs).length;
  return {
    set: cfg.set,
    country: cfg.country,
    bank: cfg.bankName,
    package: cfg.packageName,
    bankFile: cfg.bankFile,
    ledgerFile: cfg.ledgerFile,
    reconcileJson,
    counts: {
      bankLines: entries.length,
      ledgerRows: ledger.length,
      auto: count('auto'),
      suggest: count('suggest'),
      bankOnly: count('bank-only'),
      none: count('none'),
      reversalPair: count('reversal-pair'),
      mustNotAuto: entries.filter((e) => e.mustNotAuto).length,
      ledgerOnly: S.LO.length,
      matchedWithoutReference: entries.filter((e) => e.expect === 'match' && e.evidence !== 'reference').length,
    },
  };
}

fs.rmSync(OUT, { recursive: true, force: true });
const index = { corpus: 'holdout11', seed: SEED, sets: SETS.map(build) };
fs.writeFileSync(path.join(OUT, 'index.json'), JSON.stringify(index, null, 2) + '\n');
for (const s of index.sets) console.log(s.set, JSON.stringify(s.counts));
