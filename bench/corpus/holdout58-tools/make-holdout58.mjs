// Writes bench/corpus/holdout58: four blind month-long sets (statement + book export + truth + reconcile documents)
// and index.json. Seeded and deterministic: `node make-holdout58.mjs [--out dir]`, same seed → same bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  dMonY,
  digits,
  dmy,
  dotted,
  grouped,
  major,
  mdy,
  minor,
  mulberry32,
  numbersIn,
  serial,
  weekday,
  writeCsv,
  writeXlsx,
} from './lib58.mjs';
import { GH, KE, NG, ZA } from './sets58.mjs';

const SEED = Number(process.env.BANKFEED_CORPUS_SEED ?? 20585858);
const here = dirname(fileURLToPath(import.meta.url));
const outArg = process.argv.indexOf('--out');
const OUT = outArg > 0 ? process.argv[outArg + 1] : join(here, '..', 'holdout58');
console.log(`holdout58 seed ${SEED} → ${OUT}`);

// ---- layouts: each returns the file's rows, the header row, the first line's row and the mapping a user gives ----

const LAYOUTS = {
  NG: {
    bankLayout:
      'Oceanic internet banking CSV: six preamble rows (bank, title, account name, number, currency, period), a blank row, header `Post Date, Value Date, Reference, Description, Debit, Credit, Balance`, an undated `Opening Balance` row, the lines (dd-Mmm-yyyy, amounts with thousands separators), an undated `Closing Balance` row; oldest first',
    bankRead: {
      currency: 'NGN',
      mapping: {
        date: 'Post Date',
        valueDate: 'Value Date',
        description: 'Description',
        reference: 'Reference',
        moneyOut: 'Debit',
        moneyIn: 'Credit',
        balance: 'Balance',
      },
    },
    bank(set, lines, open, close) {
      const rows = [
        ['OCEANIC BANK INTERNATIONAL PLC'],
        ['STATEMENT OF ACCOUNT'],
        ['Account Name:', set.company.toUpperCase()],
        ['Account No:', '0731203458701'],
        ['Currency:', 'NGN'],
        ['Period:', '01-Nov-2009 to 30-Nov-2009'],
        [],
        ['Post Date', 'Value Date', 'Reference', 'Description', 'Debit', 'Credit', 'Balance'],
        ['', '', '', 'Opening Balance', '', '', grouped(open)],
      ];
      const first = rows.length + 1;
      for (const l of lines)
        rows.push([
          dMonY(l.d),
          dMonY(l.v ?? l.d),
          l.ref,
          l.t,
          l.m < 0 ? grouped(l.m) : '',
          l.m > 0 ? grouped(l.m) : '',
          grouped(l.bal),
        ]);
      rows.push(['', '', '', 'Closing Balance', '', '', grouped(close)]);
      return { rows, headerRow: 8, first };
    },
    ledgerLayout:
      'Office Accounting “Transaction Detail by Account” exported to Excel: three title rows and a blank row, header `Account, Type, Date, No., Name, Memo, Debit, Credit, Balance`, a section row naming the account, an undated `Beginning Balance` row, the entries (real date cells, numbers), a `Total 1020 · Oceanic Bank Current` row; Debit = money into the bank account',
    ledgerRead: {
      currency: 'NGN',
      mapping: {
        date: 'Date',
        description: ['Type', 'Memo'],
        reference: 'No.',
        party: 'Name',
        moneyIn: 'Debit',
        moneyOut: 'Credit',
        balance: 'Balance',
      },
    },
    ledger(set, books, open) {
      const rows = [
        [set.company],
        ['Transaction Detail by Account'],
        ['November 1, 2009 through November 30, 2009'],
        [],
        ['Account', 'Type', 'Date', 'No.', 'Name', 'Memo', 'Debit', 'Credit', 'Balance'],
        ['1020 · Oceanic Bank Current'],
        ['Beginning Balance', '', '', '', '', '', '', '', open / 100],
      ];
      const first = rows.length + 1;
      let dr = 0;
      let cr = 0;
      for (const b of books) {
        if (b.m > 0) dr += b.m;
        else cr -= b.m;
        rows.push([
          '',
          b.type,
          { t: 'n', v: serial(b.d), z: 'm/d/yyyy' },
          b.ref,
          b.party,
          b.memo,
          b.m > 0 ? b.m / 100 : '',
          b.m < 0 ? -b.m / 100 : '',
          b.bal / 100,
        ]);
      }
      rows.push(['Total 1020 · Oceanic Bank Current', '', '', '', '', '', dr / 100, cr / 100, books.at(-1).bal / 100]);
      return { rows, headerRow: 5, first, xlsx: 'Transaction Detail' };
    },
    text: (b) => `${b.type} — ${b.memo}`,
  },
  GH: {
    bankLayout:
      'The Royal Bank internet banking CSV: six preamble rows (bank, title, account name, number, currency, period), a blank row, header `Trans Date, Value Date, Narration, Cheque No, Debit, Credit, Balance`, an undated `Balance b/f` row, the lines (dd/mm/yyyy, plain amounts), an undated `Balance c/f` row; oldest first',
    bankRead: {
      currency: 'GHS',
      dateOrder: 'DMY',
      mapping: {
        date: 'Trans Date',
        valueDate: 'Value Date',
        description: 'Narration',
        reference: 'Cheque No',
        moneyOut: 'Debit',
        moneyIn: 'Credit',
        balance: 'Balance',
      },
    },
    bank(set, lines, open, close) {
      const rows = [
        ['THE ROYAL BANK LIMITED'],
        ['ACCOUNT STATEMENT'],
        ['Account Name', set.company.toUpperCase()],
        ['Account Number', '0110223455601'],
        ['Currency', 'GHS'],
        ['From', '01/04/2017', 'To', '30/04/2017'],
        [],
        ['Trans Date', 'Value Date', 'Narration', 'Cheque No', 'Debit', 'Credit', 'Balance'],
        ['', '', 'Balance b/f', '', '', '', major(open)],
      ];
      const first = rows.length + 1;
      for (const l of lines)
        rows.push([
          dmy(l.d),
          dmy(l.v ?? l.d),
          l.t,
          l.ref,
          l.m < 0 ? major(-l.m) : '',
          l.m > 0 ? major(l.m) : '',
          major(l.bal),
        ]);
      rows.push(['', '', 'Balance c/f', '', '', '', major(close)]);
      return { rows, headerRow: 8, first };
    },
    ledgerLayout:
      'Mamut account statement exported to CSV: three title rows and a blank row, header `Date, Voucher no., Voucher type, Ref., Text, Customer/Supplier, Debit, Credit, Balance`, an undated `Opening balance` row, the entries (dd.mm.yyyy, plain amounts), an undated `Closing balance` row; Debit = money into the bank account',
    ledgerRead: {
      currency: 'GHS',
      dateOrder: 'DMY',
      mapping: {
        date: 'Date',
        description: ['Voucher type', 'Text'],
        reference: 'Ref.',
        party: 'Customer/Supplier',
        moneyIn: 'Debit',
        moneyOut: 'Credit',
        balance: 'Balance',
      },
    },
    ledger(set, books, open) {
      const rows = [
        [set.company],
        ['General ledger - account statement 1921 The Royal Bank'],
        ['Period 01.04.2017 - 30.04.2017'],
        [],
        ['Date', 'Voucher no.', 'Voucher type', 'Ref.', 'Text', 'Customer/Supplier', 'Debit', 'Credit', 'Balance'],
        ['Opening balance', '', '', '', '', '', '', '', major(open)],
      ];
      const first = rows.length + 1;
      books.forEach((b, i) =>
        rows.push([
          dotted(b.d),
          String(40117 + i),
          b.type,
          b.ref,
          b.memo,
          b.party,
          b.m > 0 ? major(b.m) : '',
          b.m < 0 ? major(-b.m) : '',
          major(b.bal),
        ]),
      );
      rows.push(['Closing balance', '', '', '', '', '', '', '', major(books.at(-1).bal)]);
      return { rows, headerRow: 5, first };
    },
    text: (b) => `${b.type} — ${b.memo}`,
  },
  KE: {
    bankLayout:
      'Charterhouse statement CSV: five preamble rows (bank, branch, account name, number and currency, period), a blank row, header `Date, Particulars, Cheque No, Value Date, Withdrawals, Deposits, Balance`, an undated `BALANCE B/F` row, the lines (dd/mm/yyyy, amounts with thousands separators), an undated `BALANCE C/F` row; oldest first',
    bankRead: {
      currency: 'KES',
      dateOrder: 'DMY',
      mapping: {
        date: 'Date',
        valueDate: 'Value Date',
        description: 'Particulars',
        reference: 'Cheque No',
        moneyOut: 'Withdrawals',
        moneyIn: 'Deposits',
        balance: 'Balance',
      },
    },
    bank(set, lines, open, close) {
      const rows = [
        ['CHARTERHOUSE BANK LIMITED'],
        ['Westlands Branch - Customer Statement'],
        ['Account Name', set.company.toUpperCase()],
        ['Account No', '0102004417', 'Currency', 'KES'],
        ['Period', '01/03/2006 - 31/03/2006'],
        [],
        ['Date', 'Particulars', 'Cheque No', 'Value Date', 'Withdrawals', 'Deposits', 'Balance'],
        ['', 'BALANCE B/F', '', '', '', '', grouped(open)],
      ];
      const first = rows.length + 1;
      for (const l of lines)
        rows.push([
          dmy(l.d),
          l.t,
          l.ref,
          dmy(l.v ?? l.d),
          l.m < 0 ? grouped(l.m) : '',
          l.m > 0 ? grouped(l.m) : '',
          grouped(l.bal),
        ]);
      rows.push(['', 'BALANCE C/F', '', '', '', '', grouped(close)]);
      return { rows, headerRow: 7, first };
    },
    ledgerLayout:
      'Exchequer nominal transaction history exported to CSV: three title rows and a blank row, header `Trans Date, Our Ref, Their Ref, Account Name, Description, Debit, Credit, Balance`, an undated `Brought forward` row, the entries (dd/mm/yyyy, plain amounts), an undated `Carried forward` row; Debit = money into the bank account; Our Ref is Exchequer’s own document number (SRC/PPY/NMT)',
    ledgerRead: {
      currency: 'KES',
      dateOrder: 'DMY',
      mapping: {
        date: 'Trans Date',
        description: ['Description'],
        reference: 'Their Ref',
        party: 'Account Name',
        moneyIn: 'Debit',
        moneyOut: 'Credit',
        balance: 'Balance',
      },
    },
    ledger(set, books, open) {
      const rows = [
        [set.company],
        ['Nominal Ledger - Transaction History'],
        ['Nominal 2010 Charterhouse Bank Current A/C', 'Period 03/2006'],
        [],
        ['Trans Date', 'Our Ref', 'Their Ref', 'Account Name', 'Description', 'Debit', 'Credit', 'Balance'],
        ['', '', '', '', 'Brought forward', '', '', major(open)],
      ];
      const first = rows.length + 1;
      const prefix = { 'Sales receipt': 'SRC', 'Sales refund': 'SRF', 'Purchase payment': 'PPY', Journal: 'NMT' };
      books.forEach((b, i) =>
        rows.push([
          dmy(b.d),
          `${prefix[b.type]}${String(1301 + i).padStart(6, '0')}`,
          b.ref,
          b.party,
          b.memo,
          b.m > 0 ? major(b.m) : '',
          b.m < 0 ? major(-b.m) : '',
          major(b.bal),
        ]),
      );
      rows.push(['', '', '', '', 'Carried forward', '', '', major(books.at(-1).bal)]);
      return { rows, headerRow: 5, first };
    },
    text: (b) => b.memo,
  },
  ZA: {
    bankLayout:
      'Regal Treasury internet banking CSV: four preamble rows (bank, title, account, period), a blank row, header `Date, Description, Reference, Debit, Credit, Balance`, an undated `OPENING BALANCE` row, the lines (dd/mm/yyyy, plain amounts), an undated `CLOSING BALANCE` row; oldest first',
    bankRead: {
      currency: 'ZAR',
      dateOrder: 'DMY',
      mapping: {
        date: 'Date',
        description: 'Description',
        reference: 'Reference',
        moneyOut: 'Debit',
        moneyIn: 'Credit',
        balance: 'Balance',
      },
    },
    bank(set, lines, open, close) {
      const rows = [
        ['REGAL TREASURY PRIVATE BANK LIMITED'],
        ['TRANSACTION HISTORY'],
        ['Account', `${set.company.toUpperCase()} - CURRENT 104471220`],
        ['Period', '01/03/2001 to 31/03/2001'],
        [],
        ['Date', 'Description', 'Reference', 'Debit', 'Credit', 'Balance'],
        ['', 'OPENING BALANCE', '', '', '', major(open)],
      ];
      const first = rows.length + 1;
      for (const l of lines)
        rows.push([dmy(l.d), l.t, l.ref, l.m < 0 ? major(-l.m) : '', l.m > 0 ? major(l.m) : '', major(l.bal)]);
      rows.push(['', 'CLOSING BALANCE', '', '', '', major(close)]);
      return { rows, headerRow: 6, first };
    },
    ledgerLayout:
      'Macola G/L account activity report to a comma-delimited file: three title rows and a blank row, header `Trx Date, Doc No, Source, Description, Vendor/Customer, Debit Amt, Credit Amt, Balance`, an undated `Beginning Balance` row, the entries (mm/dd/yyyy, plain amounts), an undated `Ending Balance` row; Debit = money into the bank account',
    ledgerRead: {
      currency: 'ZAR',
      dateOrder: 'MDY',
      mapping: {
        date: 'Trx Date',
        description: ['Source', 'Description'],
        reference: 'Doc No',
        party: 'Vendor/Customer',
        moneyIn: 'Debit Amt',
        moneyOut: 'Credit Amt',
        balance: 'Balance',
      },
    },
    ledger(set, books, open) {
      const rows = [
        [set.company],
        ['G/L Account Activity Report'],
        ['Account 1010-00 Regal Treasury Current', 'Dates 03/01/2001 - 03/31/2001'],
        [],
        ['Trx Date', 'Doc No', 'Source', 'Description', 'Vendor/Customer', 'Debit Amt', 'Credit Amt', 'Balance'],
        ['Beginning Balance', '', '', '', '', '', '', major(open)],
      ];
      const first = rows.length + 1;
      for (const b of books)
        rows.push([
          mdy(b.d),
          b.ref,
          b.type,
          b.memo,
          b.party,
          b.m > 0 ? major(b.m) : '',
          b.m < 0 ? major(-b.m) : '',
          major(b.bal),
        ]);
      rows.push(['Ending Balance', '', '', '', '', '', '', major(books.at(-1).bal)]);
      return { rows, headerRow: 5, first };
    },
    text: (b) => `${b.type} — ${b.memo}`,
  },
};

// ---- one set ----

function build(set, idx) {
  const lay = LAYOUTS[set.country];
  const rnd = mulberry32(SEED + idx * 7919);
  const fail = (msg) => {
    throw new Error(`${set.set}: ${msg}`);
  };
  const holidays = new Set(set.publicHolidays.map((h) => h.slice(0, 10)));
  const inPeriod = (d) => d >= set.period.from && d <= set.period.to;

  // bank lines: minor units, running balance, the statement's reference cell (seeded where the bank writes its own)
  const open = minor(set.opening);
  let bal = open;
  const lines = set.lines.map((l) => {
    const m = minor(l.a);
    bal += m;
    if (bal < 0) fail(`overdrawn at ${l.d} ${l.t}`);
    if (!inPeriod(l.d)) fail(`line outside the period: ${l.d}`);
    if (weekday(l.d) === 0 || weekday(l.d) === 6 || holidays.has(l.d)) fail(`line on a closed day: ${l.d} ${l.t}`);
    let ref = l.r ?? '';
    if (!ref && set.country === 'NG') ref = `FT09${digits(rnd, 8)}`;
    if (!ref && set.country === 'ZA' && /^ACB|^INTERNET/.test(l.t)) ref = `RT${digits(rnd, 7)}`;
    return { ...l, m, bal, ref };
  });
  for (let i = 1; i < lines.length; i++) if (lines[i].d < lines[i - 1].d) fail(`lines out of order at ${lines[i].t}`);
  const close = bal;

  // book rows: in date order, running balance from the same opening (no items carried in from earlier months)
  let bbal = open;
  const books = set.books.map((b) => {
    const m = minor(b.a);
    bbal += m;
    if (!inPeriod(b.d)) fail(`book row outside the period: ${b.d}`);
    return { ...b, m, bal: bbal };
  });
  for (let i = 1; i < books.length; i++) if (books[i].d < books[i - 1].d) fail(`books out of order at ${books[i].id}`);
  const bookClose = bbal;

  const bankOut = lay.bank(set, lines, open, close);
  lines.forEach((l, i) => (l.row = bankOut.first + i));
  const ledgerOut = lay.ledger(set, books, open);
  books.forEach((b, i) => (b.row = ledgerOut.first + i));
  const byId = new Map(books.map((b) => [b.id, b]));
  const book = (id) => byId.get(id) ?? fail(`no book row ${id}`);

  // checks: every line decided once, every book row used once or ledger-only, the amounts add up
  const used = new Map();
  const use = (id, who) => {
    if (used.has(id) && used.get(id) !== who) fail(`book row ${id} used twice`);
    used.set(id, who);
  };
  let decoys = 0;
  const groups = new Map();
  for (const l of lines) {
    if (l.x === 'auto' || l.x === 'suggest') {
      if (l.any) {
        for (const alt of l.any) for (const id of alt) if (book(id).m !== l.m) fail(`twin ${id} ≠ ${l.t}`);
        l.any.flat().forEach((id) => use(id, 'twins:' + l.any.flat().join()));
        continue;
      }
      const sum = l.L.reduce((s, id) => s + book(id).m, 0);
      if (Math.sign(sum) !== Math.sign(l.m)) fail(`direction of ${l.t}`);
      const who = l.g ?? l.t + l.d;
      l.L.forEach((id) => use(id, who));
      if (l.g) {
        const g = groups.get(l.g) ?? { sum, lines: 0 };
        g.lines += l.m;
        groups.set(l.g, g);
      } else if (l.diff) {
        if (l.x !== 'auto' || l.m - sum !== minor(l.diff)) fail(`over-payment of ${l.t}`);
      } else if (!l.tr.includes('part-payment') && sum !== l.m) fail(`${l.t}: ${major(l.m)} ≠ ${major(sum)}`);
      if (l.ev === 'reference') {
        const want = new Set(l.L.flatMap((id) => [...numbersIn(book(id).ref), ...numbersIn(book(id).memo)]));
        if (![...numbersIn(`${l.t} ${l.ref}`)].some((n) => want.has(n))) fail(`no shared number in ${l.t}`);
      }
    } else if (l.x === 'none') decoys += 1;
    else if (l.x === 'rev') {
      const p = lines.find((o) => o.id === l.p);
      if (!p || p.m !== -l.m) fail(`reversal partner of ${l.t}`);
    } else if (l.x !== 'bank-only') fail(`unknown decision ${l.x}`);
  }
  for (const [g, v] of groups) if (v.sum !== v.lines) fail(`group ${g} does not add up`);
  for (const b of books) {
    if (b.lo && used.has(b.id)) fail(`ledger-only ${b.id} is matched`);
    if (!b.lo && !used.has(b.id)) fail(`book row ${b.id} is neither matched nor ledger-only`);
  }
  if (decoys !== 2) fail('a set has two decoys');
  if (lines.length < 30 || lines.length > 38) fail(`${lines.length} lines`);
  if (books.length < 22 || books.length > 28) fail(`${books.length} book rows`);

  // files
  const dir = join(OUT, set.set);
  mkdirSync(dir, { recursive: true });
  writeCsv(join(dir, set.bankFile), bankOut.rows);
  if (ledgerOut.xlsx) writeXlsx(join(dir, set.ledgerFile), ledgerOut.xlsx, ledgerOut.rows);
  else writeCsv(join(dir, set.ledgerFile), ledgerOut.rows);

  // truth
  const bankRef = (l) => ({
    file: set.bankFile,
    row: l.row,
    date: l.d,
    amount: major(l.m),
    text: l.t,
    reference: l.ref,
  });
  const bookRef = (b) => ({
    file: set.ledgerFile,
    row: b.row,
    date: b.d,
    amount: major(b.m),
    text: lay.text(b),
    reference: b.ref,
  });
  const truthLines = lines.map((l) => {
    const base = { ref: bankRef(l) };
    if (l.x === 'auto' || l.x === 'suggest') {
      const e = { ...base, expect: 'match', decision: l.x, ledger: l.any ? null : l.L.map((id) => bookRef(book(id))) };
      if (l.any) e.ledgerAnyOf = l.any.map((alt) => alt.map((id) => bookRef(book(id))));
      Object.assign(e, { group: l.g ?? null, ambiguous: Boolean(l.any), partner: null, evidence: l.ev });
      if (l.diff) e.difference = l.diff;
      e.traits = l.tr;
      return e;
    }
    if (l.x === 'bank-only')
      return {
        ...base,
        expect: 'bank-only',
        decision: 'bank-only',
        ledger: null,
        group: null,
        ambiguous: false,
        partner: null,
        kind: l.k,
        traits: [],
      };
    if (l.x === 'rev')
      return {
        ...base,
        expect: 'reversal-pair',
        decision: 'reversal-pair',
        ledger: null,
        group: null,
        ambiguous: false,
        partner: bankRef(lines.find((o) => o.id === l.p)),
        traits: l.tr,
      };
    return {
      ...base,
      expect: 'no-counterpart',
      decision: 'none',
      ledger: null,
      group: null,
      ambiguous: false,
      partner: null,
      traits: l.tr,
    };
  });
  const truth = {
    set: set.set,
    country: set.country,
    currency: set.currency,
    timezone: set.timezone,
    period: set.period,
    seed: SEED,
    publicHolidays: set.publicHolidays,
    bankFiles: [
      {
        file: set.bankFile,
        bank: set.bankName,
        headerRow: bankOut.headerRow,
        layout: lay.bankLayout,
        order: 'oldest-first',
        ledgerAccount: set.ledgerAccount,
        readOptions: lay.bankRead,
        openingBalance: major(open),
        closingBalance: major(close),
      },
    ],
    ledgerFiles: [
      {
        file: set.ledgerFile,
        package: set.packageName,
        headerRow: ledgerOut.headerRow,
        layout: lay.ledgerLayout,
        readOptions: lay.ledgerRead,
        openingBalance: major(open),
        closingBalance: major(bookClose),
      },
    ],
    bank: truthLines,
    ledgerOnly: books.filter((b) => b.lo).map((b) => ({ ...bookRef(b), why: b.lo })),
    notes: set.notes,
  };
  for (const lo of truth.ledgerOnly) {
    delete lo.text;
    delete lo.reference;
  }
  writeFileSync(join(dir, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');

  // reconcile document: what the files carry, ids "<file>#<row>"
  const doc = {
    options: { timezone: set.timezone },
    statement: { from: set.period.from, to: set.period.to, bankBalance: major(close), bookBalance: major(bookClose) },
    bank: lines.map((l) => ({
      id: `${set.bankFile}#${l.row}`,
      date: l.d,
      amount: major(l.m),
      currency: set.currency,
      narration: l.t,
      reference: l.ref || null,
      balance: major(l.bal),
    })),
    ledger: books.map((b) => ({
      id: `${set.ledgerFile}#${b.row}`,
      date: b.d,
      amount: major(b.m),
      currency: set.currency,
      reference: b.ref || null,
      description: lay.text(b),
      party: b.party,
      account: set.ledgerAccount,
    })),
  };
  writeFileSync(join(dir, `reconcile.${set.bankFile}.json`), JSON.stringify(doc, null, 2) + '\n');

  // index entry
  const count = (f) => truthLines.filter(f).length;
  const decisions = {};
  for (const t of truthLines) decisions[t.decision] = (decisions[t.decision] ?? 0) + 1;
  const kinds = {};
  for (const t of truthLines) if (t.kind) kinds[t.kind] = (kinds[t.kind] ?? 0) + 1;
  return {
    set: set.set,
    country: set.country,
    currency: set.currency,
    period: set.period,
    bank: set.bankName,
    package: set.packageName,
    business: set.business,
    bankFiles: [set.bankFile],
    ledgerFiles: [set.ledgerFile],
    bankLines: lines.length,
    ledgerRows: books.length,
    decisions,
    mustNotAuto: 0,
    autoWithDifference: count((t) => t.difference),
    ledgerOnly: truth.ledgerOnly.length,
    matched: count((t) => t.expect === 'match'),
    matchedWithoutReference: count((t) => t.expect === 'match' && t.evidence !== 'reference'),
    bankOnlyKinds: kinds,
    reversalPairs: count((t) => t.expect === 'reversal-pair') / 2,
  };
}

const sets = [NG, GH, KE, ZA].map(build);
writeFileSync(
  join(OUT, 'index.json'),
  JSON.stringify(
    { corpus: 'holdout58', seed: SEED, generator: 'bench/corpus/holdout58-tools/make-holdout58.mjs', sets },
    null,
    2,
  ) + '\n',
);
for (const s of sets)
  console.log(`${s.set}: ${s.bankLines} lines, ${s.ledgerRows} book rows, ${JSON.stringify(s.decisions)}`);
