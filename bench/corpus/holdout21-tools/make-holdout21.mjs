// Writes bench/corpus/holdout21/<set>/** (files, truth.json, reconcile.<bank file>.json) and index.json.
// Seeded: BANKFEED_CORPUS_SEED overrides the default; the same seed gives the same bytes.
import { mkdirSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';
import { makeRng, seedFromEnv, dec } from './lib.mjs';
import { SETS } from './sets.mjs';
import { buildMonth } from './scenario.mjs';
import { LAYOUTS } from './layouts.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', 'holdout21');
const seed = seedFromEnv();
console.log(`holdout21 seed ${seed}${process.env.BANKFEED_CORPUS_SEED ? ' (BANKFEED_CORPUS_SEED)' : ' (default)'}`);

async function writeJson(path, obj) {
  const text = JSON.stringify(obj, null, 2) + '\n';
  const opts = (await prettier.resolveConfig(path)) ?? {};
  writeFileSync(path, await prettier.format(text, { ...opts, filepath: path }));
}

const index = { corpus: 'holdout21', seed, generator: 'bench/corpus/holdout21-tools/make-holdout21.mjs', sets: [] };
const totals = { auto: 0, suggest: 0, 'bank-only': 0, none: 0, 'reversal-pair': 0, bankLines: 0, ledgerRows: 0 };

for (const [i, cfg] of SETS.entries()) {
  const setSeed = (seed + i * 104729) >>> 0;
  const rng = makeRng(setSeed);
  const m = buildMonth(cfg, rng);
  const lay = LAYOUTS[cfg.country];
  const bf = lay.bank(cfg, m);
  const lf = lay.ledger(cfg, m);
  const dir = join(root, cfg.set);
  if (existsSync(dir)) rmSync(dir, { recursive: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, bf.file), bf.bytes);
  writeFileSync(join(dir, lf.file), lf.bytes);

  const bankRef = (b) => {
    const r = { file: bf.file, row: bf.rowOf.get(b), date: b.date, amount: dec(b.amount), text: b.text };
    if (b.reference) r.reference = b.reference;
    return r;
  };
  const ledgerRef = (r) => ({ file: lf.file, row: lf.rowOf.get(r), date: r.date, amount: dec(r.amount) });
  const bankInFileOrder = [...m.bank].sort((a, b) => bf.rowOf.get(a) - bf.rowOf.get(b));
  const truthBank = bankInFileOrder.map((b) => {
    const t = b.truth;
    const e = {
      ref: bankRef(b),
      expect: t.expect,
      decision: t.decision,
      ledger: t.ledger === null ? null : t.ledger.map(ledgerRef),
    };
    if (t.ledgerAnyOf) e.ledgerAnyOf = t.ledgerAnyOf.map((set) => set.map(ledgerRef));
    if (t.group) e.group = t.group;
    Object.assign(e, {
      evidence: t.evidence,
      ambiguous: t.ambiguous,
      kind: t.kind,
      partner: t.partner ? bankRef(t.partner) : null,
      traits: t.traits,
    });
    if (t.difference) e.difference = dec(t.difference);
    if (t.decision === 'suggest') e.mustNotAuto = t.mustNotAuto;
    return e;
  });
  const truth = {
    set: cfg.set,
    country: cfg.country,
    currency: cfg.currency,
    timezone: cfg.timezone,
    period: { from: cfg.from, to: cfg.to },
    seed: setSeed,
    bankFiles: [
      {
        file: bf.file,
        bank: bf.bank,
        headerRow: bf.headerRow,
        ledgerAccount: bf.ledgerAccount,
        readOptions: bf.readOptions,
        order: bf.order,
        layout: bf.layout,
        openingBalance: dec(cfg.opening),
        closingBalance: dec(m.closing),
        nonEntryRows: bf.nonEntryRows,
      },
    ],
    ledgerFiles: [
      {
        file: lf.file,
        package: lf.package,
        headerRow: lf.headerRow,
        readOptions: lf.readOptions,
        layout: lf.layout,
        openingBalance: dec(cfg.opening),
        closingBalance: dec(m.ledgerClosing),
        ...(lf.nonEntryRows ? { nonEntryRows: lf.nonEntryRows } : {}),
      },
    ],
    notes: [
      `${cfg.company}, ${cfg.town}: ${cfg.bankName} current account reconciled against ${cfg.packageName}. Written blind from the public input contracts; see README.holdout21.md.`,
      'The books opened the month reconciled (ledger opening = bank opening); every difference at month end is explained by a truth line or a ledgerOnly row.',
      'Ties and twins carry ledgerAnyOf with ledger null; the other booking of a tie stays open and is not in ledgerOnly.',
      'Foreign-looking writings (ref-check-digit, ref-branch-prefix) keep the whole invoice number with a separator and are auto; a check digit glued onto the number (ref-check-digit-glued) makes a different number and is only a suggestion.',
      'Supplier refunds are money in booked as refund receipts carrying the supplier credit note or the original bill number; they are auto because the bank line quotes that document.',
    ],
    bank: truthBank,
    ledgerOnly: m.ledgerOnly.map(([r, why]) => ({ ...ledgerRef(r), why })),
  };
  await writeJson(join(dir, 'truth.json'), truth);

  const reconcile = {
    options: { timezone: cfg.timezone },
    bank: bankInFileOrder.map((b) => ({
      id: `${bf.file}#${bf.rowOf.get(b)}`,
      date: b.date,
      amount: dec(b.amount),
      currency: cfg.currency,
      narration: b.text,
      reference: b.reference || null,
      counterparty: null,
      balance: dec(b.balance),
    })),
    ledger: [...m.ledger]
      .sort((a, b) => lf.rowOf.get(a) - lf.rowOf.get(b))
      .map((r) => {
        const f = lf.fields.get(r);
        return {
          id: `${lf.file}#${lf.rowOf.get(r)}`,
          date: r.date,
          amount: dec(r.amount),
          currency: cfg.currency,
          reference: f.reference,
          description: f.description || null,
          party: f.party,
          account: f.account,
        };
      }),
    statement: { from: cfg.from, to: cfg.to, bankBalance: dec(m.closing), bookBalance: dec(m.ledgerClosing) },
  };
  await writeJson(join(dir, `reconcile.${bf.file}.json`), reconcile);

  const decisions = { auto: 0, suggest: 0, 'bank-only': 0, none: 0, 'reversal-pair': 0 };
  for (const e of truthBank) decisions[e.decision]++;
  const matched = truthBank.filter((e) => e.expect === 'match');
  const entry = {
    set: cfg.set,
    country: cfg.country,
    currency: cfg.currency,
    period: { from: cfg.from, to: cfg.to },
    bankFiles: [bf.file],
    ledgerFiles: [lf.file],
    bankLines: truthBank.length,
    ledgerRows: m.ledger.length,
    decisions,
    mustNotAuto: truthBank.filter((e) => e.mustNotAuto === true).length,
    ledgerOnly: m.ledgerOnly.length,
    matchedWithoutReference: matched.filter((e) => e.evidence !== 'reference').length,
    matched: matched.length,
  };
  index.sets.push(entry);
  for (const k of Object.keys(decisions)) totals[k] += decisions[k];
  totals.bankLines += entry.bankLines;
  totals.ledgerRows += entry.ledgerRows;
  console.log(
    `| \`${cfg.set}\` | ${cfg.from.slice(0, 7)} | ${entry.bankLines} | ${entry.ledgerRows} | ${decisions.auto} | ${decisions.suggest} (${entry.mustNotAuto}) | ${decisions['bank-only']} | ${decisions.none} | ${decisions['reversal-pair']} | ${entry.ledgerOnly} | ${entry.matchedWithoutReference}/${entry.matched} |`,
  );
}
index.totals = totals;
await writeJson(join(root, 'index.json'), index);
console.log(`totals ${JSON.stringify(totals)}`);
