#!/usr/bin/env node
// holdout20 — writes bench/corpus/holdout20/**: per set the bank statement, the ledger export, truth.json and a
// reconcile-JSON document; then index.json. Seeded: the same seed gives the same bytes.
//
//   node bench/corpus/holdout20-tools/make-holdout20.mjs
//   BANKFEED_CORPUS_SEED=7 node bench/corpus/holdout20-tools/make-holdout20.mjs
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dec, daysInMonth, iso, makeRng, seedFromEnv, writeCsv, writeJson, writeXlsx } from './lib.mjs';
import { buildMonth } from './scenario.mjs';
import { SETS } from './sets.mjs';
import { creditBankCsv, d365Xlsx, epicorCsv, hbzCsv, myobCsv, omnibsicXlsx, sunCsv, titanCsv } from './layouts.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const OUT = path.resolve(here, '../holdout20');
const LAYOUTS = {
  NG: { bank: titanCsv, ledger: d365Xlsx },
  GH: { bank: omnibsicXlsx, ledger: myobCsv },
  KE: { bank: creditBankCsv, ledger: sunCsv },
  ZA: { bank: hbzCsv, ledger: epicorCsv },
};

function writeFile(dir, f) {
  const p = path.join(dir, f.file);
  if (f.kind === 'csv') writeCsv(p, f.rows);
  else writeXlsx(p, f.sheet, f.rows, { cols: f.cols, fixedDate: '2026-04-02T09:00:00Z' });
}

function makeSet(cfg, seed) {
  const rng = makeRng(seed);
  const month = buildMonth(cfg, rng);
  const from = iso(cfg.y, cfg.m, 1);
  const to = iso(cfg.y, cfg.m, daysInMonth(cfg.y, cfg.m));
  let bal = cfg.opening;
  for (const l of month.bank) {
    bal += l.amt;
    l.balance = bal;
  }
  const closing = bal;
  const bookClosing = cfg.opening + month.ledger.reduce((s, r) => s + r.amt, 0);
  const dir = path.join(OUT, cfg.set);
  fs.rmSync(dir, { recursive: true, force: true });
  const lay = LAYOUTS[cfg.country];
  const bf = lay.bank({ cfg, lines: month.bank, opening: cfg.opening, closing, from, to });
  const lf = lay.ledger({ cfg, rows: month.ledger, opening: cfg.opening, closing: bookClosing, from, to });
  writeFile(dir, bf);
  writeFile(dir, lf);

  const lref = (r) => ({ file: lf.file, row: r.row, date: r.date, amount: dec(r.amt) });
  const bref = (l) => {
    const ref = { file: bf.file, row: l.row, date: l.date, amount: dec(l.amt), text: bf.textOf(l) };
    if (l.reference) ref.reference = l.reference;
    return ref;
  };
  const bankTruth = month.bank
    .slice()
    .sort((a, b) => a.row - b.row)
    .map((l) => {
      const t = l.truth;
      const e = { ref: bref(l), expect: t.expect, decision: t.decision };
      if (t.ledgerAnyOf) {
        e.ledger = null;
        e.ledgerAnyOf = t.ledgerAnyOf.map((set) => set.map(lref));
      } else {
        e.ledger = t.ledger.map(lref);
      }
      if (t.group) e.group = t.group;
      e.evidence = t.evidence;
      e.ambiguous = t.ambiguous;
      e.kind = t.kind;
      e.partner = t.partnerLine ? bref(t.partnerLine) : null;
      e.traits = t.traits;
      if (t.decision === 'suggest') e.mustNotAuto = t.mustNotAuto;
      if (t.difference !== undefined && t.difference !== 0) e.difference = dec(t.difference);
      return e;
    });
  const ledgerOnly = month.ledgerOnly.map((x) => ({ ...lref(x.row), why: x.why }));
  const bankFile = {
    file: bf.file,
    bank: bf.bank,
    headerRow: bf.headerRow,
    ledgerAccount: {
      NG: 'Titan Trust current account (D365 bank account TTB-OPR)',
      GH: '1-1120 OmniBSIC Current Account',
      KE: '11020 CREDIT BANK CURRENT A/C',
      ZA: '1020-00 HBZ Current Account',
    }[cfg.country],
    readOptions: bf.readOptions,
    order: bf.order,
    layout: bf.layout,
    openingBalance: dec(cfg.opening),
    closingBalance: dec(closing),
  };
  if (bf.nonEntryRows.length) bankFile.nonEntryRows = bf.nonEntryRows;
  if (bf.sheet) bankFile.readOptions = { ...bf.readOptions, sheet: bf.sheet };
  const ledgerFile = {
    file: lf.file,
    package: lf.package,
    headerRow: lf.headerRow,
    readOptions: lf.sheet ? { ...lf.readOptions, sheet: lf.sheet } : lf.readOptions,
    layout: lf.layout,
    openingBalance: dec(cfg.opening),
    closingBalance: dec(bookClosing),
  };
  if (lf.nonEntryRows.length) ledgerFile.nonEntryRows = lf.nonEntryRows;
  const truth = {
    set: cfg.set,
    country: cfg.country,
    currency: cfg.currency,
    timezone: cfg.timezone,
    period: { from, to },
    seed,
    bankFiles: [bankFile],
    ledgerFiles: [ledgerFile],
    notes: [
      'Written blind: from docs/reconcile-json.md, docs/reconcile-input.schema.json, docs/ledger-files.md, bench/corpus/README.md sections 1-2 and the holdout19 README/index format only; the engine was neither read nor run on these files.',
      'The books opened the month reconciled: ledger opening balance = bank opening balance; book balance = opening + every ledger row of the month.',
      'Tie: the booking the payment does not settle stays open at month end and is not listed in ledgerOnly.',
      'same-day-same-amount: one customer paid two invoices of the same amount by two transfers on the same day, each quoting its own invoice; each line has its own answer.',
      'customer-refund: money out to a customer quoting the credit note the books hold (a negative row with the credit note number).',
      ...(cfg.notes ?? []),
    ],
    bank: bankTruth,
    ledgerOnly,
  };
  writeJson(path.join(dir, 'truth.json'), truth);

  const recon = {
    options: { timezone: cfg.timezone },
    bank: month.bank
      .slice()
      .sort((a, b) => a.row - b.row)
      .map((l) => ({
        id: `${bf.file}#${l.row}`,
        date: l.date,
        amount: dec(l.amt),
        currency: cfg.currency,
        narration: bf.textOf(l),
        reference: l.reference ?? null,
        counterparty: null,
        balance: dec(l.balance),
      })),
    ledger: month.ledger
      .slice()
      .sort((a, b) => a.row - b.row)
      .map((r) => ({
        id: `${lf.file}#${r.row}`,
        date: r.date,
        amount: dec(r.amt),
        currency: cfg.currency,
        reference: r.view.reference,
        description: r.view.description,
        party: r.view.party,
        account: r.view.account,
      })),
    statement: { from, to, bankBalance: dec(closing), bookBalance: dec(bookClosing) },
  };
  writeJson(path.join(dir, `reconcile.${bf.file}.json`), recon);

  const decisions = { auto: 0, suggest: 0, 'bank-only': 0, none: 0, 'reversal-pair': 0 };
  let mustNotAuto = 0;
  let matchedWithoutReference = 0;
  for (const e of bankTruth) {
    decisions[e.decision] += 1;
    if (e.mustNotAuto) mustNotAuto += 1;
    if ((e.decision === 'auto' || e.decision === 'suggest') && e.evidence !== 'reference') matchedWithoutReference += 1;
  }
  return {
    set: cfg.set,
    country: cfg.country,
    currency: cfg.currency,
    period: { from, to },
    bankFiles: [bf.file],
    ledgerFiles: [lf.file],
    bankLines: bankTruth.length,
    ledgerRows: month.ledger.length,
    decisions,
    mustNotAuto,
    ledgerOnly: ledgerOnly.length,
    matchedWithoutReference,
    matched: decisions.auto + decisions.suggest,
  };
}

export function main() {
  const seed = seedFromEnv();
  console.log(`holdout20: seed ${seed}${process.env.BANKFEED_CORPUS_SEED ? ' (BANKFEED_CORPUS_SEED)' : ' (default)'}`);
  const sets = SETS.map((cfg, i) => makeSet(cfg, seed + i * 104729));
  const totals = { auto: 0, suggest: 0, 'bank-only': 0, none: 0, 'reversal-pair': 0, bankLines: 0, ledgerRows: 0 };
  for (const s of sets) {
    for (const k of Object.keys(s.decisions)) totals[k] += s.decisions[k];
    totals.bankLines += s.bankLines;
    totals.ledgerRows += s.ledgerRows;
    console.log(
      `  ${s.set}: ${s.bankLines} bank lines, ${s.ledgerRows} ledger rows, ${JSON.stringify(s.decisions)}, ledgerOnly ${s.ledgerOnly}`,
    );
  }
  writeJson(path.join(OUT, 'index.json'), {
    corpus: 'holdout20',
    seed,
    generator: 'bench/corpus/holdout20-tools/make-holdout20.mjs',
    sets,
    totals,
  });
}

main();
