// Writes bench/corpus/holdout41: four month-long sets (files, truth.json, reconcile documents) and index.json.
// Usage: node make-holdout41.mjs [--out DIR]; BANKFEED_CORPUS_SEED overrides the seed.
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dayOf, dec, evidenceOf, isoOf, prettyJson, rng } from './lib41.mjs';
import { buildMonth } from './events41.mjs';
import { ghana, kenya, nigeria, southAfrica } from './sets41.mjs';
import * as L from './layouts41.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const outIdx = process.argv.indexOf('--out');
const root = outIdx > 0 ? process.argv[outIdx + 1] : join(here, '..', 'holdout41');
const SEED = Number(process.env.BANKFEED_CORPUS_SEED ?? 20414141);
console.log(`holdout41 seed ${SEED} → ${root}`);

const SETS = [
  {
    set: 'ng-finatrust-omie',
    country: 'NG',
    currency: 'NGN',
    timezone: 'Africa/Lagos',
    make: nigeria,
    bankName: 'Fina Trust Microfinance Bank Limited',
    pkg: 'Omie (Finanças → Extrato de Conta Corrente of conta FINA TRUST C/C NGN, exported to Excel, Brazilian Portuguese interface)',
    bankFile: (a) => `finatrust-mfb-${a}-jun2028.csv`,
    ledgerFile: 'omie-extrato-conta-corrente-jun2028.xlsx',
    ledgerAccount: 'FINA TRUST C/C NGN',
    bank: L.ngBank,
    ledger: L.ngLedger,
    bankLayout:
      'Fina Trust MFB statement CSV: title rows, label/value rows with both balances, header row, dd/mm/yyyy text dates, Debit/Credit/Balance grouped with commas, footer text',
    ledgerLayout:
      'Omie Extrato de Conta Corrente XLSX: title rows, Portuguese header, date cells, one signed Valor column, Saldo anterior/Total do período/Saldo final rows',
    digits: 10,
  },
  {
    set: 'gh-nwabiagya-moneybird',
    country: 'GH',
    currency: 'GHS',
    timezone: 'Africa/Accra',
    make: ghana,
    bankName: 'Nwabiagya Rural Bank PLC',
    pkg: 'Moneybird (Rapportages → Grootboekrekening 1100 Nwabiagya Rural Bank GHS, exported to CSV, Dutch interface)',
    bankFile: (a) => `nwabiagya-rb-${a}-mar2028.xlsx`,
    ledgerFile: 'moneybird-grootboek-1100-mar2028.csv',
    ledgerAccount: '1100',
    bank: L.ghBank,
    ledger: L.ghLedger,
    bankLayout:
      'Nwabiagya Rural Bank statement XLSX: one-cell label rows, header row, date cells dd-mmm-yyyy, Debit/Credit/Balance number cells, BALANCE B/F, TOTAL, BALANCE C/F, footer text',
    ledgerLayout:
      'Moneybird grootboekrekening CSV, semicolons, UTF-8: title rows, Dutch header, dd-mm-yyyy dates, 1.234,56 amounts, Debet = money in, Beginsaldo/Totaal/Eindsaldo rows',
    digits: 13,
  },
  {
    set: 'ke-caritas-procountor',
    country: 'KE',
    currency: 'KES',
    timezone: 'Africa/Nairobi',
    make: kenya,
    bankName: 'Caritas Microfinance Bank Limited',
    pkg: 'Procountor (Raportit → Pääkirja of account 1915 Caritas MFB KES, exported to Excel, Finnish interface)',
    bankFile: (a) => `caritas-mfb-${a}-apr2028.csv`,
    ledgerFile: 'procountor-paakirja-1915-apr2028.xlsx',
    ledgerAccount: '1915',
    bank: L.keBank,
    ledger: L.keLedger,
    bankLayout:
      'Caritas MFB statement CSV: title rows, label/value rows, header row, dd-Mon-yyyy text dates, Money Out/Money In/Ledger Balance grouped with commas, Opening/Closing Balance rows',
    ledgerLayout:
      'Procountor Pääkirja XLSX: title rows, Finnish header, date cells d.m.yyyy, Debet = money in, Alkusaldo/Yhteensä/Loppusaldo rows',
    digits: 12,
  },
  {
    set: 'za-bocomjhb-chanjet',
    country: 'ZA',
    currency: 'ZAR',
    timezone: 'Africa/Johannesburg',
    make: southAfrica,
    bankName: 'Bank of Communications Co., Ltd. Johannesburg Branch',
    pkg: 'Chanjet T+Cloud (畅捷通 T+: 总账 → 明细账 of account 100203 银行存款-交通银行约翰内斯堡分行 ZAR, exported to Excel, Chinese interface)',
    bankFile: (a) => `bocom-jhb-${a}-may2028.csv`,
    ledgerFile: 'chanjet-mingxizhang-100203-may2028.xlsx',
    ledgerAccount: '100203',
    bank: L.zaBank,
    ledger: L.zaLedger,
    bankLayout:
      'Bank of Communications JHB transaction details CSV: title rows, label/value rows with both balances, header row, yyyy-mm-dd dates, one signed Amount column, two undated total rows',
    ledgerLayout:
      'Chanjet T+ 明细账 XLSX: title rows, Chinese header, date cells yyyy-mm-dd, 借方 = money in, 方向 column, 期初余额/本月合计/本年累计 rows',
    digits: 11,
  },
];

const EXPECT = {
  auto: 'match',
  suggest: 'match',
  'bank-only': 'bank-only',
  'reversal-pair': 'reversal-pair',
  none: 'no-counterpart',
};

function fail(set, msg) {
  throw new Error(`${set}: ${msg}`);
}

async function makeSet(S, i) {
  const seed = SEED + i * 7919;
  const r = rng(seed);
  const D = S.make(r);
  const { lines, rows, ledgerOnly } = buildMonth(D, r);
  const from = dayOf(D.from);
  const to = dayOf(D.to);
  // balances: the books' opening is the bank's less last month's item the bank pays this month
  const run = (xs, start) => xs.reduce((acc, x) => Math.min(acc, (start += x.minor)), start);
  const minBank = run(lines, 0);
  const minBook = run(rows, 0);
  const bankOpening = Math.max(-minBank, -minBook + D.lastMonthMinor) + r.int(50, 400) * D.invRange[0];
  const bookOpening = bankOpening - D.lastMonthMinor;
  let b = bankOpening;
  for (const l of lines) l.bal = b += l.minor;
  let k = bookOpening;
  for (const x of rows) x.bal = k += x.minor;
  const acct = r.digits(S.digits);
  const m = {
    from,
    to,
    bankAccount: acct,
    ledgerAccount: S.ledgerAccount,
    bankOpening,
    bankClosing: b,
    bookOpening,
    bookClosing: k,
    journalStart: r.int(300, 900),
    ytdIn: r.int(4, 9) * 100 * D.invRange[1],
    ytdOut: r.int(4, 9) * 100 * D.invRange[1],
  };
  const bankFile = S.bankFile(acct);
  const bw = S.bank(lines, m);
  const lw = S.ledger(rows, m);
  const dir = join(root, S.set);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, bankFile), bw.bytes);
  writeFileSync(join(dir, S.ledgerFile), lw.bytes);

  const lref = (x) => ({ file: S.ledgerFile, row: x.row, date: isoOf(x.day), amount: dec(x.minor) });
  const bref = (l) => ({
    file: bankFile,
    row: l.row,
    date: isoOf(l.day),
    amount: dec(l.minor),
    text: l.text,
    ...(l.ref ? { reference: l.ref } : {}),
  });
  const ledgerCells = (xs) => xs.flatMap((x) => [x.doc ?? '', x.desc, x.party ?? '']);

  // ---- self-checks: refuse a set whose truth its own cells do not bear out ----
  if (lines.length < 55 || lines.length > 120) fail(S.set, `${lines.length} bank lines`);
  const owned = new Map();
  const own = (x, by) => {
    if (owned.has(x)) {
      if (owned.get(x) !== by) fail(S.set, `row ${x.row} owned twice`);
    } else owned.set(x, by);
  };
  const rowsOfAmount = (minor) => rows.filter((x) => x.minor === minor);
  const groupSums = new Map();
  for (const l of lines) {
    const days = D.days;
    if (!days.includes(l.day)) fail(S.set, `line ${l.row} not on a working day`);
    if (l.decision === 'auto' || l.decision === 'suggest') {
      const opts = l.ledger ? [l.ledger] : l.anyOf;
      for (const o of opts) {
        const ev = evidenceOf([l.text, l.ref], ledgerCells(o));
        if (ev !== l.evidence) fail(S.set, `line ${l.row} "${l.text}" evidence ${ev}, meant ${l.evidence}`);
      }
      if (l.ledger) l.ledger.forEach((x) => own(x, l.group ?? l));
      else l.anyOf.forEach((o) => o.forEach((x) => own(x, l.anyOf)));
      const target = l.ledger ? l.ledger.reduce((s, x) => s + x.minor, 0) : l.anyOf[0][0].minor;
      if (l.group) groupSums.set(l.group, { bank: (groupSums.get(l.group)?.bank ?? 0) + l.minor, books: target, l });
      else {
        const diff = l.minor - target;
        if (l.decision === 'auto') {
          if (diff !== (l.difference ?? 0)) fail(S.set, `line ${l.row} difference ${diff}`);
          if (diff > 0 && !l.traits.includes('over-payment')) fail(S.set, `line ${l.row} positive difference`);
          if (diff < 0 && !l.traits.some((t) => t.startsWith('short-')))
            fail(S.set, `line ${l.row} negative difference`);
          if (Math.abs(diff) * 10 > Math.abs(target)) fail(S.set, `line ${l.row} difference over 10 %`);
          if (l.evidence !== 'reference' && l.ledger && rowsOfAmount(l.minor).length !== 1)
            fail(S.set, `line ${l.row} auto without reference but another row of its amount`);
          if (l.evidence === 'amount') fail(S.set, `line ${l.row} auto on amount alone`);
        } else if (
          diff !== 0 &&
          !l.traits.some((t) => ['part-payment', 'short-net-of-fee', 'books-amount-transposed'].includes(t))
        ) {
          fail(S.set, `line ${l.row} suggestion of another amount`);
        }
      }
    } else if (l.decision === 'none' || l.decision === 'bank-only') {
      if (rowsOfAmount(l.minor).length) fail(S.set, `line ${l.row} ${l.decision} has a book row of its amount`);
    } else if (l.decision === 'reversal-pair') {
      if (l.partner.minor !== -l.minor) fail(S.set, `reversal ${l.row} does not cancel`);
    }
  }
  for (const [g, s] of groupSums) if (s.bank !== s.books) fail(S.set, `group ${g} sums ${s.bank} ≠ ${s.books}`);
  for (const lo of ledgerOnly) own(lo.row, 'ledgerOnly');
  for (const x of rows) {
    if (!owned.has(x)) fail(S.set, `book row ${x.row} owned by nothing`);
    if (!D.days.includes(x.day)) fail(S.set, `book row ${x.row} not on a working day`);
  }
  if (lines.some((l) => l.bal < 0) || rows.some((x) => x.bal < 0)) fail(S.set, 'overdraft');

  // ---- truth ----
  const bank = lines.map((l) => {
    const e = {
      ref: bref(l),
      expect: EXPECT[l.decision],
      decision: l.decision,
      ledger: l.ledger ? l.ledger.map(lref) : null,
      group: l.group ?? null,
      evidence: l.evidence ?? null,
      ambiguous: Boolean(l.anyOf),
      kind: l.kind ?? null,
      partner: l.partner ? bref(l.partner) : null,
      traits: l.traits,
    };
    if (l.decision === 'auto' && l.difference) e.difference = dec(l.difference);
    if (l.decision === 'suggest') e.mustNotAuto = l.mustNotAuto;
    if (l.anyOf) e.ledgerAnyOf = l.anyOf.map((o) => o.map(lref));
    return e;
  });
  const truth = {
    set: S.set,
    country: S.country,
    currency: S.currency,
    timezone: S.timezone,
    period: { from: D.from, to: D.to },
    publicHolidays: D.holidays,
    seed,
    notes: [
      'Blind: written from bookkeeping principles and the public input contracts, not from the engine.',
      'Bank lines are in file order; ledger rows are spreadsheet rows counting the preamble and the header.',
      `The books' opening balance is the bank's less last month's ${S.country === 'ZA' ? 'payment' : 'cheque'} that the bank pays this month.`,
    ],
    bankFiles: [
      {
        file: bankFile,
        bank: S.bankName,
        headerRow: bw.headerRow,
        ledgerAccount: S.ledgerAccount,
        readOptions: bw.readOptions,
        order: 'oldest-first',
        layout: S.bankLayout,
        openingBalance: dec(bankOpening),
        closingBalance: dec(m.bankClosing),
        ...(bw.nonEntryRows.length ? { nonEntryRows: bw.nonEntryRows } : {}),
      },
    ],
    ledgerFiles: [
      {
        file: S.ledgerFile,
        package: S.pkg,
        headerRow: lw.headerRow,
        readOptions: lw.readOptions,
        layout: S.ledgerLayout,
        openingBalance: dec(bookOpening),
        closingBalance: dec(m.bookClosing),
        nonEntryRows: lw.nonEntryRows,
      },
    ],
    bank,
    ledgerOnly: ledgerOnly.map((lo) => ({ ...lref(lo.row), why: lo.why })),
  };
  writeFileSync(join(dir, 'truth.json'), await prettyJson(truth, join(here, 'x.json')));

  // ---- reconcile document ----
  const doc = {
    options: { timezone: S.timezone },
    bank: lines.map((l) => ({
      id: `${bankFile}#${l.row}`,
      date: isoOf(l.day),
      amount: dec(l.minor),
      currency: S.currency,
      narration: l.text,
      reference: l.ref || null,
      counterparty: null,
      balance: dec(l.bal),
    })),
    ledger: rows.map((x) => ({
      id: `${S.ledgerFile}#${x.row}`,
      date: isoOf(x.day),
      amount: dec(x.minor),
      currency: S.currency,
      reference: x.doc ?? null,
      description: x.desc,
      party: x.party ?? null,
      account: S.ledgerAccount,
    })),
    statement: { from: D.from, to: D.to, bankBalance: dec(m.bankClosing), bookBalance: dec(m.bookClosing) },
  };
  writeFileSync(join(dir, `reconcile.${bankFile}.json`), await prettyJson(doc, join(here, 'x.json')));

  const count = (d) => lines.filter((l) => l.decision === d).length;
  const matched = lines.filter((l) => l.decision === 'auto' || l.decision === 'suggest');
  return {
    set: S.set,
    country: S.country,
    currency: S.currency,
    period: { from: D.from, to: D.to },
    bank: S.bankName,
    package: S.pkg,
    bankFiles: [bankFile],
    ledgerFiles: [S.ledgerFile],
    bankLines: lines.length,
    ledgerRows: rows.length,
    decisions: {
      auto: count('auto'),
      suggest: count('suggest'),
      'bank-only': count('bank-only'),
      none: count('none'),
      'reversal-pair': count('reversal-pair'),
    },
    mustNotAuto: lines.filter((l) => l.mustNotAuto).length,
    autoWithDifference: lines.filter((l) => l.decision === 'auto' && l.difference).length,
    ledgerOnly: ledgerOnly.length,
    matched: matched.length,
    matchedWithoutReference: matched.filter((l) => l.evidence !== 'reference').length,
  };
}

for (const S of SETS) rmSync(join(root, S.set), { recursive: true, force: true });
const sets = [];
for (let i = 0; i < SETS.length; i++) sets.push(await makeSet(SETS[i], i));
const index = {
  corpus: 'holdout41',
  seed: SEED,
  generator: 'bench/corpus/holdout41-tools/make-holdout41.mjs',
  validator: 'bench/corpus/holdout41-tools/validate-holdout41.mjs',
  sets,
};
writeFileSync(join(root, 'index.json'), await prettyJson(index, join(here, 'x.json')));
for (const s of sets)
  console.log(`${s.set}: ${s.bankLines} bank lines, ${s.ledgerRows} ledger rows`, JSON.stringify(s.decisions));
