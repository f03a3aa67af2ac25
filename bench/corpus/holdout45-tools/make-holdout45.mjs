// Writes bench/corpus/holdout45: four month-long sets (statement, book export, truth.json, reconcile JSON) and
// index.json. Seeded and deterministic: the same seed gives the same bytes. Money is integer minor units throughout.
//   node bench/corpus/holdout45-tools/make-holdout45.mjs [--out <dir>]     (seed: BANKFEED_CORPUS_SEED, default 20454545)
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeRng, dec, writeJson } from './lib45.mjs';
import * as L from './layouts45.mjs';
import { ngMotors } from './ng-motors45.mjs';
import { ghBroker } from './gh-broker45.mjs';
import { keForwarder } from './ke-forwarder45.mjs';
import { zaSecurity } from './za-security45.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const outArg = process.argv.indexOf('--out');
const root = outArg > 0 ? resolve(process.argv[outArg + 1]) : resolve(here, '../holdout45');
const seed = Number(process.env.BANKFEED_CORPUS_SEED ?? 20454545);
console.log(`holdout45 seed ${seed} → ${root}`);

const SETS = [
  {
    set: 'ng-safehaven-autoline',
    country: 'NG',
    currency: 'NGN',
    timezone: 'Africa/Lagos',
    build: ngMotors,
    bank: 'Safe Haven Microfinance Bank Ltd',
    package: 'Kerridge Autoline (Cash Book Enquiry of CB01 Safe Haven MFB Current, exported to Excel)',
    business:
      'a motor dealer and service workshop in Ogba, Ikeja (vehicle deposits, finance-house payouts, workshop card takings)',
    bankFile: 'safehaven-4017-sep2030.csv',
    bankLayout: L.safeHavenCsv,
    bankLayoutName: 'Safe Haven MFB statement CSV',
    ledgerFile: 'autoline-cashbook-CB01-sep2030.xlsx',
    ledgerLayout: L.autolineXlsx,
    ledgerLayoutName: 'Autoline Cash Book Enquiry XLSX',
    ledgerAccount: 'CB01',
  },
  {
    set: 'gh-firstatlantic-acturis',
    country: 'GH',
    currency: 'GHS',
    timezone: 'Africa/Accra',
    build: ghBroker,
    bank: 'First Atlantic Bank Ltd',
    package: 'Acturis (client money bank account cash book of FAB-PCA, exported to CSV)',
    business: "an insurance broker's premium collection (client money) account in Airport City, Accra",
    bankFile: 'firstatlantic-0051-nov2030.xlsx',
    bankLayout: L.firstAtlanticXlsx,
    bankLayoutName: 'First Atlantic Bank statement XLSX',
    ledgerFile: 'acturis-cashbook-FAB-PCA-nov2030.csv',
    ledgerLayout: L.acturisCsv,
    ledgerLayoutName: 'Acturis client money cash book CSV',
    ledgerAccount: 'FAB-PCA',
  },
  {
    set: 'ke-primebank-magaya',
    country: 'KE',
    currency: 'KES',
    timezone: 'Africa/Nairobi',
    build: keForwarder,
    bank: 'Prime Bank Ltd',
    package: 'Magaya (Accounting → Bank Register of 1020 Prime Bank KES Current, exported to Excel)',
    business:
      'a clearing and forwarding agent in Shimanzi, Mombasa (client job funding, customs duty, port and shipping-line charges)',
    bankFile: 'primebank-5512-jul2030.csv',
    bankLayout: L.primeBankCsv,
    bankLayoutName: 'Prime Bank statement CSV',
    ledgerFile: 'magaya-bank-register-1020-jul2030.xlsx',
    ledgerLayout: L.magayaXlsx,
    ledgerLayoutName: 'Magaya Bank Register XLSX',
    ledgerAccount: '1020',
  },
  {
    set: 'za-standardbank-sqlledger',
    country: 'ZA',
    currency: 'ZAR',
    timezone: 'Africa/Johannesburg',
    build: zaSecurity,
    bank: 'The Standard Bank of South Africa Ltd',
    package: 'SQL-Ledger (General Ledger report of 8400 Standard Bank Current Account, exported to CSV)',
    business:
      'a guarding and armed-response company in Centurion (payroll-heavy: fortnightly wage batches, relief guards by PayShap)',
    bankFile: 'standardbank-4471-oct2030.csv',
    bankLayout: L.standardBankCsv,
    bankLayoutName: 'Standard Bank Business Online transaction history CSV',
    ledgerFile: 'sqlledger-gl-8400-oct2030.csv',
    ledgerLayout: L.sqlLedgerCsv,
    ledgerLayoutName: 'SQL-Ledger General Ledger CSV',
    ledgerAccount: '8400',
  },
];

const index = {
  corpus: 'holdout45',
  seed,
  generator: 'bench/corpus/holdout45-tools/make-holdout45.mjs',
  validator: 'bench/corpus/holdout45-tools/validate-holdout45.mjs',
  sets: [],
};

for (const [i, S] of SETS.entries()) {
  const setSeed = seed + i * 7919;
  const { m, openingBank, bookOpeningAdjust } = S.build(makeRng(setSeed));
  m.check();
  const { lines, rows } = m.sorted();
  let bal = openingBank;
  for (const l of lines) {
    bal += l.amount;
    if (bal < 0) throw new Error(`${S.set}: overdrawn at ${l.date} ${l.text}`);
    l.balance = bal;
  }
  const closingBank = bal;
  const openingBook = openingBank + bookOpeningAdjust;
  bal = openingBook;
  for (const r of rows) {
    bal += r.amount;
    r.balance = bal;
  }
  const closingBook = bal;
  const dir = join(root, S.set);
  mkdirSync(dir, { recursive: true });
  const bankMeta = S.bankLayout(dir, S.bankFile, lines, { opening: openingBank, closing: closingBank });
  const ledgerMeta = S.ledgerLayout(dir, S.ledgerFile, rows, { opening: openingBook, closing: closingBook });

  const period = { from: m.days[0].slice(0, 8) + '01', to: lastDay(m.year, m.month) };
  const rowRef = (r) => ({ file: S.ledgerFile, row: r.row, date: r.date, amount: dec(r.amount) });
  const lineRef = (l) => ({
    file: S.bankFile,
    row: l.row,
    date: l.date,
    amount: dec(l.amount),
    text: l.text,
    reference: l.ref,
    ...(l.party ? { party: l.party } : {}),
  });
  const expectOf = {
    auto: 'match',
    suggest: 'match',
    none: 'no-counterpart',
    'bank-only': 'bank-only',
    'reversal-pair': 'reversal-pair',
  };
  const bank = [...lines]
    .sort((a, b) => a.row - b.row)
    .map((l) => {
      const e = {
        ref: lineRef(l),
        expect: expectOf[l.decision],
        decision: l.decision,
        ledger: l.rows ? l.rows.map(rowRef) : null,
        group: l.group ?? null,
        ambiguous: Boolean(l.anyOf),
        partner: l.partner ? lineRef(l.partner) : null,
        mustNotAuto: l.decision === 'suggest' ? Boolean(l.mustNotAuto) : false,
        evidence: l.evidence ?? null,
        kind: l.bankKind ?? null,
        traits: l.traits,
      };
      if (l.anyOf) e.ledgerAnyOf = l.anyOf.map((opt) => opt.map(rowRef));
      if (l.rows && l.difference) e.difference = dec(l.difference);
      return e;
    });
  const ledgerOnly = m.ledgerOnlyRows.map(({ row, why }) => ({ ...rowRef(row), why }));
  const truth = {
    set: S.set,
    country: S.country,
    currency: S.currency,
    timezone: S.timezone,
    period,
    seed: setSeed,
    publicHolidays: [],
    bankFiles: [
      {
        file: S.bankFile,
        bank: S.bank,
        layout: S.bankLayoutName,
        order: 'oldest-first',
        headerRow: bankMeta.headerRow,
        ledgerAccount: S.ledgerAccount,
        readOptions: bankMeta.readOptions,
        openingBalance: dec(openingBank),
        closingBalance: dec(closingBank),
      },
    ],
    ledgerFiles: [
      {
        file: S.ledgerFile,
        package: S.package,
        layout: S.ledgerLayoutName,
        headerRow: ledgerMeta.headerRow,
        readOptions: ledgerMeta.readOptions,
        nonEntryRows: ledgerMeta.nonEntryRows,
        openingBalance: dec(openingBook),
        closingBalance: dec(closingBook),
      },
    ],
    bank,
    ledgerOnly,
    notes: [
      'Amounts are decimal strings in major units, signed as they move the bank account (money in positive).',
      'evidence: what the mapped cells mechanically share (reference > counterparty > amount), by the rule in README.holdout45.md.',
      'ledgerAnyOf with ledger null: twins (auto) or a tie (suggest, mustNotAuto); either option set is right.',
      'The books open apart from the bank by last month’s item that the bank moves this month (a none line).',
    ],
  };
  await writeJson(join(dir, 'truth.json'), truth);

  const cur = S.currency;
  const descOf = (r) =>
    [r.desc, ...(Array.isArray(ledgerMeta.readOptions.mapping.description) ? [r.desc2] : [])]
      .filter(Boolean)
      .join(' — ');
  const doc = {
    options: { timezone: S.timezone },
    statement: { from: period.from, to: period.to, bankBalance: dec(closingBank), bookBalance: dec(closingBook) },
    bank: [...lines]
      .sort((a, b) => a.row - b.row)
      .map((l) => ({
        id: `${S.bankFile}#${l.row}`,
        date: l.date,
        amount: dec(l.amount),
        currency: cur,
        narration: l.text,
        reference: l.ref || null,
        counterparty: l.party ? { name: l.party } : null,
        balance: dec(l.balance),
      })),
    ledger: rows.map((r) => ({
      id: `${S.ledgerFile}#${r.row}`,
      date: r.date,
      amount: dec(r.amount),
      currency: cur,
      description: descOf(r),
      reference: r.ref || null,
      party: r.party || null,
      account: S.ledgerAccount,
    })),
  };
  await writeJson(join(dir, `reconcile.${S.bankFile}.json`), doc);

  const count = (d) => bank.filter((b) => b.decision === d).length;
  const matchedLines = bank.filter((b) => b.decision === 'auto' || b.decision === 'suggest');
  const decisions = {};
  for (const b of bank) decisions[b.decision] = (decisions[b.decision] ?? 0) + 1;
  index.sets.push({
    set: S.set,
    country: S.country,
    currency: S.currency,
    period,
    bank: S.bank,
    package: S.package,
    business: S.business,
    bankFiles: [S.bankFile],
    ledgerFiles: [S.ledgerFile],
    bankLines: bank.length,
    ledgerRows: rows.length,
    decisions,
    mustNotAuto: bank.filter((b) => b.mustNotAuto).length,
    autoWithDifference: bank.filter((b) => b.decision === 'auto' && b.difference).length,
    ledgerOnly: ledgerOnly.length,
    matched: matchedLines.length,
    matchedWithoutReference: matchedLines.filter((b) => b.evidence !== 'reference').length,
    bankOnlyKinds: Object.fromEntries(
      [...new Set(bank.map((b) => b.kind).filter(Boolean))]
        .sort()
        .map((k) => [k, bank.filter((b) => b.kind === k).length]),
    ),
    reversalPairs: count('reversal-pair') / 2,
  });
}
await writeJson(join(root, 'index.json'), index);

function lastDay(y, mo) {
  return new Date(Date.UTC(y, mo, 0)).toISOString().slice(0, 10);
}
