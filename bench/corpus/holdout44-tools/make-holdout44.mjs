// Writes bench/corpus/holdout44: four blind month-long sets (NG, GH, KE, ZA), their truth, reconcile documents and
// index. Seeded: the same seed gives the same bytes. `--out <dir>` writes elsewhere; BANKFEED_CORPUS_SEED overrides.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ghChurch } from './gh-church44.mjs';
import { keSacco } from './ke-sacco44.mjs';
import * as L from './layouts44.mjs';
import { dec, rng, writeCsv, writeJson, writeXlsx } from './lib44.mjs';
import { checkMonth } from './month44.mjs';
import { ngLetting } from './ng-letting44.mjs';
import { zaAttorneys } from './za-attorneys44.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const argOut = process.argv.indexOf('--out');
const outDir = argOut > 0 ? resolve(process.argv[argOut + 1]) : resolve(here, '../holdout44');
const seed = Number(process.env.BANKFEED_CORPUS_SEED ?? 20444444);
console.log(`holdout44 seed ${seed} → ${outDir}`);

const SETS = [
  {
    set: 'ng-fairmoney-daftra',
    country: 'NG',
    currency: 'NGN',
    timezone: 'Africa/Lagos',
    period: { from: '2029-08-01', to: '2029-08-31' },
    build: ngLetting,
    bankName: 'FairMoney Microfinance Bank Ltd',
    packageName: 'Daftra (Reports → General Ledger of 1102 FairMoney MFB – Rent Collections, exported to Excel)',
    business: 'a letting and property-management agent in Lekki, Lagos (rent collections and landlord remittances)',
    bankFile: 'fairmoney-mfb-5107734418-aug2029.csv',
    ledgerFile: 'daftra-general-ledger-1102-aug2029.xlsx',
    ledgerAccount: '1102',
    bankLayout: L.fairmoneyCsv,
    bookLayout: L.daftraXlsx,
  },
  {
    set: 'gh-akuapem-aplos',
    country: 'GH',
    currency: 'GHS',
    timezone: 'Africa/Accra',
    period: { from: '2029-10-01', to: '2029-10-31' },
    build: ghChurch,
    bankName: 'Akuapem Rural Bank PLC',
    packageName: 'Aplos (Banking → Register of 1010 Akuapem Rural Bank – Current, exported to CSV)',
    business:
      'a congregation at Mamfe-Akuapem (tithes, offerings, MoMo giving, harvest thanksgiving, building project)',
    bankFile: 'akuapem-rb-1021004417803-oct2029.csv',
    ledgerFile: 'aplos-register-1010-oct2029.csv',
    ledgerAccount: '1010',
    bankLayout: L.akuapemCsv,
    bookLayout: L.aplosCsv,
  },
  {
    set: 'ke-familybank-autocount',
    country: 'KE',
    currency: 'KES',
    timezone: 'Africa/Nairobi',
    period: { from: '2029-09-01', to: '2029-09-30' },
    build: keSacco,
    bankName: 'Family Bank Limited',
    packageName:
      'AutoCount Accounting (General Ledger report of 310-0001 Family Bank – Main Collection A/C, exported to CSV)',
    business: "a farmers' and teachers' savings and credit co-operative (SACCO) in Murang'a",
    bankFile: 'familybank-045000318872-sep2029.xlsx',
    ledgerFile: 'autocount-gl-310-0001-sep2029.csv',
    ledgerAccount: '310-0001',
    bankLayout: L.familyXlsx,
    bookLayout: L.autocountCsv,
  },
  {
    set: 'za-athens-ajs',
    country: 'ZA',
    currency: 'ZAR',
    timezone: 'Africa/Johannesburg',
    period: { from: '2029-11-01', to: '2029-11-30' },
    build: zaAttorneys,
    bankName: 'The South African Bank of Athens Limited',
    packageName: 'AJS (Trust → Trust Cash Book of T100 SA Bank of Athens trust account, exported to Excel)',
    business: "a conveyancing attorneys' trust account (Legal Practice Act s86(2)) in Bedfordview, Ekurhuleni",
    bankFile: 'athens-4105528816-nov2029.csv',
    ledgerFile: 'ajs-trust-cashbook-T100-nov2029.xlsx',
    ledgerAccount: 'T100',
    bankLayout: L.athensCsv,
    bookLayout: L.ajsXlsx,
  },
];

const expectOf = { auto: 'match', suggest: 'match', none: 'no-counterpart', 'bank-only': 'bank-only' };

function writeFile(path, f) {
  if (f.kind === 'csv') writeCsv(path, f.rows, { bom: f.bom });
  else writeXlsx(path, f.sheet, f.rows, f.widths);
}

async function buildSet(s, i) {
  const setSeed = seed + i * 7919;
  const r = rng(setSeed);
  const built = s.build(r);
  const m = built.m;
  const closingBank = checkMonth(m, built.openingBank, s.set);
  const bookOpening = built.bookOpening ?? built.openingBank - built.lastMonth;
  const closingBook = bookOpening + m.rows.reduce((t, x) => t + x.amount, 0);
  const bf = s.bankLayout(m.lines, built.openingBank, closingBank, r);
  const lf = s.bookLayout(m.rows, bookOpening, closingBook);
  const dir = join(outDir, s.set);
  writeFile(join(dir, s.bankFile), bf);
  writeFile(join(dir, s.ledgerFile), lf);

  const rowRef = (x) => ({ file: s.ledgerFile, row: x.row, date: x.date, amount: dec(x.amount) });
  const lineRef = (l) => ({
    file: s.bankFile,
    row: l.row,
    date: l.date,
    amount: dec(l.amount),
    text: l.text,
    reference: l.ref,
  });
  const fileOrder = [...m.lines].sort((a, b) => a.row - b.row);
  const bank = fileOrder.map((l) => {
    const e = l.exp;
    const t = {
      ref: lineRef(l),
      expect: e.decision === 'reversal-pair' ? 'reversal-pair' : expectOf[e.decision],
      decision: e.decision,
      ledger: e.rows ? e.rows.map(rowRef) : null,
      group: e.group ?? null,
      evidence: e.evidence ?? null,
      ambiguous: e.ambiguous ?? false,
      kind: e.kind ?? null,
      partner: e.partner ? lineRef(e.partner) : null,
      traits: e.traits ?? [],
    };
    if (e.anyOf) t.ledgerAnyOf = e.anyOf.map((rs) => rs.map(rowRef));
    if (e.decision === 'suggest') t.mustNotAuto = e.mustNotAuto;
    if (e.decision === 'auto' && e.rows) {
      const ls = e.group ? m.lines.filter((x) => x.exp.group === e.group) : [l];
      const diff = ls.reduce((a, x) => a + x.amount, 0) - e.rows.reduce((a, x) => a + x.amount, 0);
      if (diff !== 0) t.difference = dec(diff);
    }
    return t;
  });
  const ledgerOnly = m.rows.filter((x) => x.why).map((x) => ({ ...rowRef(x), why: x.why }));
  const truth = {
    set: s.set,
    country: s.country,
    currency: s.currency,
    timezone: s.timezone,
    period: s.period,
    publicHolidays: [],
    seed: setSeed,
    notes: [
      `${s.business}; written blind from bookkeeping practice (bench/corpus/holdout44/README.holdout44.md)`,
      'rows are spreadsheet rows counting preamble and header; amounts are signed as they move the bank account',
      'evidence = what the mapped cells mechanically share (README: Decisions); decisions come from bookkeeping',
    ],
    bankFiles: [
      {
        file: s.bankFile,
        bank: s.bankName,
        headerRow: bf.headerRow,
        ledgerAccount: s.ledgerAccount,
        readOptions: bf.readOptions,
        order: bf.order,
        layout: bf.layout,
        openingBalance: dec(built.openingBank),
        closingBalance: dec(closingBank),
      },
    ],
    ledgerFiles: [
      {
        file: s.ledgerFile,
        package: s.packageName,
        headerRow: lf.headerRow,
        readOptions: lf.readOptions,
        layout: lf.layout,
        openingBalance: dec(bookOpening),
        closingBalance: dec(closingBook),
        ...(lf.nonEntryRows ? { nonEntryRows: lf.nonEntryRows } : {}),
      },
    ],
    bank,
    ledgerOnly,
  };
  await writeJson(join(dir, 'truth.json'), truth);

  const id = (file, row) => `${file}#${row}`;
  const doc = {
    options: { timezone: s.timezone },
    bank: fileOrder.map((l) => ({
      id: id(s.bankFile, l.row),
      date: l.date,
      amount: dec(l.amount),
      currency: s.currency,
      narration: l.text,
      reference: l.ref || null,
      counterparty: null,
      balance: dec(l.balance),
    })),
    ledger: m.rows.map((x) => ({
      id: id(s.ledgerFile, x.row),
      date: x.date,
      amount: dec(x.amount),
      currency: s.currency,
      reference: x.ref || null,
      description: x.desc2 ? `${x.desc} — ${x.desc2}` : x.desc,
      party: x.party || null,
      account: s.ledgerAccount,
    })),
    statement: { from: s.period.from, to: s.period.to, bankBalance: dec(closingBank), bookBalance: dec(closingBook) },
  };
  await writeJson(join(dir, `reconcile.${s.bankFile}.json`), doc);

  const count = (f) => bank.filter(f).length;
  const decisions = {};
  for (const b of bank) decisions[b.decision] = (decisions[b.decision] ?? 0) + 1;
  const matchedLines = bank.filter((b) => b.decision === 'auto' || b.decision === 'suggest');
  const seenGroups = new Set();
  let pairs = 0;
  for (const b of matchedLines) {
    if (b.group && seenGroups.has(b.group)) continue;
    if (b.group) seenGroups.add(b.group);
    pairs += b.ledger ? b.ledger.length : 1;
  }
  return {
    set: s.set,
    country: s.country,
    currency: s.currency,
    period: s.period,
    bank: s.bankName,
    package: s.packageName,
    business: s.business,
    bankFiles: [s.bankFile],
    ledgerFiles: [s.ledgerFile],
    bankLines: bank.length,
    ledgerRows: m.rows.length,
    decisions,
    mustNotAuto: count((b) => b.mustNotAuto === true),
    autoWithDifference: count((b) => b.decision === 'auto' && b.difference !== undefined),
    ledgerOnly: ledgerOnly.length,
    matched: matchedLines.length,
    matchedWithoutReference: matchedLines.filter((b) => b.evidence !== 'reference').length,
    truthPairs: pairs,
  };
}

const sets = [];
for (const [i, s] of SETS.entries()) sets.push(await buildSet(s, i));
await writeJson(join(outDir, 'index.json'), {
  corpus: 'holdout44',
  seed,
  generator: 'bench/corpus/holdout44-tools/make-holdout44.mjs',
  validator: 'bench/corpus/holdout44-tools/validate-holdout44.mjs',
  sets,
});
for (const s of sets)
  console.log(
    `${s.set}: ${s.bankLines} bank lines, ${s.ledgerRows} ledger rows, ${JSON.stringify(s.decisions)}, ledger-only ${s.ledgerOnly}`,
  );
