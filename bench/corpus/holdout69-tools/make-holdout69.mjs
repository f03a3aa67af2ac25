// Writes bench/corpus/holdout69 from sets69.mjs: the statement and books files in each institution's layout, the
// truth, one reconcile-JSON document per statement, and index.json. `--out DIR` writes elsewhere.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import XLSX from 'xlsx';
import { SETS } from './sets69.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const at = process.argv.indexOf('--out');
const OUT = at >= 0 ? process.argv[at + 1] : join(here, '..', 'holdout69');

const cents = (x) => Math.round(x * 100);
const money = (c) => (c < 0 ? '-' : '') + (Math.abs(c) / 100).toFixed(2);
const mag = (c) => (Math.abs(c) / 100).toFixed(2);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const [y, m, d] = [(s) => s.slice(0, 4), (s) => s.slice(5, 7), (s) => s.slice(8, 10)];
const dmy = (s) => `${d(s)}/${m(s)}/${y(s)}`;
const dMonY = (s) => `${d(s)}-${MON[Number(m(s)) - 1]}-${y(s)}`;
const ymdSlash = (s) => `${y(s)}/${m(s)}/${d(s)}`;
const serial = (s) => (Date.UTC(+y(s), +m(s) - 1, +d(s)) - Date.UTC(1899, 11, 30)) / 86400000;
const dateCell = (s) => ({ t: 'n', v: serial(s), z: 'dd/mm/yyyy' });
const csvCell = (v) =>
  v === null || v === undefined ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v);
const toCsv = (rows) => rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
function toXlsx(rows, sheet) {
  const ws = XLSX.utils.aoa_to_sheet(rows);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheet);
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
}

/** Per set: the statement's and the books' layouts (file name, rows, header row, read options). */
const LAYOUTS = {
  'ng-mkobo-coda': {
    bankFile: 'mkobo-mfb-1100234517-may2026.csv',
    bankRead: {},
    bank(set, lines, open, close) {
      const pre = [
        ['MKOBO MICROFINANCE BANK LIMITED'],
        ['ACCOUNT STATEMENT'],
        ['Account Name:', 'ILUPEJU INDUSTRIAL GASES LTD'],
        ['Account Number:', '1100234517'],
        ['Currency:', 'NGN'],
        ['Period:', '01-May-2026 to 31-May-2026'],
        [],
        ['Trans Date', 'Value Date', 'Narration', 'Reference', 'Debit', 'Credit', 'Balance'],
        ['', '', 'Opening Balance', '', '', '', mag(open)],
      ];
      const body = lines.map((l) => [
        dMonY(l.date),
        dMonY(l.date),
        l.text,
        l.ref,
        l.c < 0 ? mag(l.c) : '',
        l.c > 0 ? mag(l.c) : '',
        mag(l.bal),
      ]);
      return { rows: [...pre, ...body, ['', '', 'Closing Balance', '', '', '', mag(close)]], headerRow: 8, first: 10 };
    },
    booksFile: 'coda-account-lines-11420-may2026.xlsx',
    booksRead: {
      currency: 'NGN',
      mapping: {
        date: 'Doc Date',
        amount: 'Value Home',
        description: 'Description',
        reference: 'Ref 1',
        party: 'El3 Name',
        account: 'El1 Account',
        journalId: 'Doc Num',
      },
    },
    books(set, entries, open, close) {
      const pre = [
        ['Unit4 Financials by CODA'],
        ['Company: IIG  Ilupeju Industrial Gases Ltd'],
        ['Browse: account lines  Element 1: 11420  Mkobo MFB current account'],
        ['Period: 2026/005 to 2026/005  Currency: NGN'],
        [],
        ['Doc Date', 'Doc Code', 'Doc Num', 'Line', 'El1 Account', 'El3 Name', 'Description', 'Ref 1', 'Value Home'],
        ['Opening Balance', '', '', '', '11420', '', 'Opening Balance', '', cents(open) / 100],
      ];
      const body = entries.map((e) => [dateCell(e.date), e.code, e.doc, 1, '11420', e.party, e.desc, e.ref, e.c / 100]);
      return {
        rows: [...pre, ...body, ['Closing Balance', '', '', '', '11420', '', 'Closing Balance', '', close / 100]],
        headerRow: 6,
        first: 8,
        xlsx: 'Account lines',
      };
    },
  },
  'gh-awutuemasa-dimensions': {
    bankFile: 'awutu-emasa-rb-0301020011874-apr2026.xlsx',
    bankRead: {
      currency: 'GHS',
      mapping: {
        date: 'Date',
        valueDate: 'Value Date',
        description: 'Particulars',
        reference: 'Chq/Ref No',
        moneyOut: 'Withdrawals',
        moneyIn: 'Deposits',
        balance: 'Balance',
      },
    },
    bank(set, lines, open, close) {
      const pre = [
        ['AWUTU EMASA RURAL BANK PLC'],
        ['Head Office, Awutu Bereku'],
        ['CUSTOMER ACCOUNT STATEMENT'],
        ['Account Name: BONTRASE STONE QUARRY ENTERPRISE'],
        ['Account No: 0301020011874   Product: Current Account - Business'],
        ['Currency: GHS   Period: 01/04/2026 - 30/04/2026'],
        [],
        ['Date', 'Value Date', 'Particulars', 'Chq/Ref No', 'Withdrawals', 'Deposits', 'Balance'],
        ['BALANCE B/F', '', 'BALANCE B/F', '', '', '', open / 100],
      ];
      const body = lines.map((l) => [
        dateCell(l.date),
        dateCell(l.date),
        l.text,
        l.ref,
        l.c < 0 ? -l.c / 100 : '',
        l.c > 0 ? l.c / 100 : '',
        l.bal / 100,
      ]);
      return {
        rows: [...pre, ...body, ['BALANCE C/F', '', 'BALANCE C/F', '', '', '', close / 100]],
        headerRow: 8,
        first: 10,
        xlsx: 'Statement',
      };
    },
    booksFile: 'dimensions-bank-transactions-aerb1-apr2026.csv',
    booksRead: {
      currency: 'GHS',
      dateOrder: 'DMY',
      mapping: {
        date: 'Date',
        account: 'Bank',
        journalId: 'Txn No',
        reference: 'Reference',
        party: 'Account Name',
        description: 'Narrative',
        moneyIn: 'Receipts',
        moneyOut: 'Payments',
      },
    },
    books(set, entries, open, close) {
      const pre = [
        ['Access Dimensions'],
        ['Bontrase Stone Quarry Enterprise'],
        ['Bank Transactions - Bank AERB1 Awutu Emasa RB Current'],
        ['Date range: 01/04/2026 to 30/04/2026'],
        [],
        ['Bank', 'Date', 'Type', 'Txn No', 'Reference', 'Account Name', 'Narrative', 'Receipts', 'Payments'],
        ['AERB1', '', '', '', '', '', 'Opening Balance', mag(open), ''],
      ];
      const body = entries.map((e) => [
        'AERB1',
        dmy(e.date),
        e.code,
        e.doc,
        e.ref,
        e.party,
        e.desc,
        e.c > 0 ? mag(e.c) : '',
        e.c < 0 ? mag(e.c) : '',
      ]);
      return {
        rows: [...pre, ...body, ['AERB1', '', '', '', '', '', 'Closing Balance', mag(close), '']],
        headerRow: 6,
        first: 8,
      };
    },
  },
  'ke-mwalimu-greentree': {
    bankFile: 'mwalimu-fosa-5010-0231188-jun2026.csv',
    bankRead: {
      currency: 'KES',
      dateOrder: 'DMY',
      mapping: {
        date: 'Txn Date',
        valueDate: 'Value Date',
        description: 'Description',
        reference: 'Cheque/Ref No',
        moneyOut: 'Debit',
        moneyIn: 'Credit',
        balance: 'Book Balance',
      },
    },
    bank(set, lines, open, close) {
      const pre = [
        ['MWALIMU NATIONAL SACCO SOCIETY LTD'],
        ['FOSA ACCOUNT STATEMENT'],
        ['Member No:', '0045512'],
        ['Account:', '5010-0231188 LURAMBI KNITWEAR LTD'],
        ['Period:', '01/06/2026 - 30/06/2026'],
        [],
        ['Txn Date', 'Value Date', 'Description', 'Cheque/Ref No', 'Debit', 'Credit', 'Book Balance'],
        ['', '', 'Balance B/F', '', '', '', mag(open)],
      ];
      const body = lines.map((l) => [
        dmy(l.date),
        dmy(l.date),
        l.text,
        l.ref,
        l.c < 0 ? mag(l.c) : '',
        l.c > 0 ? mag(l.c) : '',
        mag(l.bal),
      ]);
      return { rows: [...pre, ...body, ['', '', 'Balance C/F', '', '', '', mag(close)]], headerRow: 7, first: 9 };
    },
    booksFile: 'greentree-gl-enquiry-1120-jun2026.csv',
    booksRead: {
      currency: 'KES',
      dateOrder: 'DMY',
      mapping: {
        date: 'Date',
        account: 'Account',
        journalId: 'Trans No',
        reference: 'Reference',
        party: 'Name',
        description: 'Narration',
        moneyIn: 'Debit',
        moneyOut: 'Credit',
      },
    },
    books(set, entries, open, close) {
      const pre = [
        ['Greentree'],
        ['Lurambi Knitwear Ltd'],
        ['GL Transaction Enquiry'],
        ['Account: 1120 Mwalimu Sacco FOSA'],
        ['Period: Jun 2026'],
        [],
        ['Account', 'Date', 'Module', 'Trans No', 'Reference', 'Name', 'Narration', 'Debit', 'Credit'],
        ['1120', '', '', '', '', '', 'Opening Balance', mag(open), ''],
      ];
      const body = entries.map((e) => [
        '1120',
        dmy(e.date),
        e.code,
        e.doc,
        e.ref,
        e.party,
        e.desc,
        e.c > 0 ? mag(e.c) : '',
        e.c < 0 ? mag(e.c) : '',
      ]);
      return {
        rows: [...pre, ...body, ['1120', '', '', '', '', '', 'Closing Balance', mag(close), '']],
        headerRow: 7,
        first: 9,
      };
    },
  },
  'za-sinethemba-attache': {
    bankFile: 'sinethemba-20014587-jul2026.csv',
    bankRead: {
      currency: 'ZAR',
      mapping: {
        date: 'Posting Date',
        description: 'Transaction Description',
        reference: 'Member Reference',
        moneyOut: 'Debit Amount',
        moneyIn: 'Credit Amount',
        balance: 'Running Balance',
      },
    },
    bank(set, lines, open, close) {
      const pre = [
        ['Sinethemba Savings and Credit Co-operative Ltd'],
        ['Statement of Account'],
        ['Member: UGU RIPENERS (PTY) LTD'],
        ['Account: 20014587 Business Savings and Transmission'],
        ['From 2026/07/01 to 2026/07/31'],
        [],
        [
          'Posting Date',
          'Transaction Description',
          'Member Reference',
          'Debit Amount',
          'Credit Amount',
          'Running Balance',
        ],
        ['', 'Opening Balance', '', '', '', mag(open)],
      ];
      const body = lines.map((l) => [
        ymdSlash(l.date),
        l.text,
        l.ref,
        l.c < 0 ? mag(l.c) : '',
        l.c > 0 ? mag(l.c) : '',
        mag(l.bal),
      ]);
      return { rows: [...pre, ...body, ['', 'Closing Balance', '', '', '', mag(close)]], headerRow: 7, first: 9 };
    },
    booksFile: 'attache-gl-listing-8410-jul2026.csv',
    booksRead: {
      currency: 'ZAR',
      dateOrder: 'DMY',
      mapping: {
        date: 'Date',
        account: 'Account',
        journalId: 'Document',
        reference: 'Reference',
        party: 'Name',
        description: 'Narration',
        moneyIn: 'Debit',
        moneyOut: 'Credit',
      },
    },
    books(set, entries, open, close) {
      const pre = [
        ['Attaché'],
        ['Ugu Ripeners (Pty) Ltd'],
        ['GL Transaction Listing'],
        ['Account 8410 Sinethemba Co-op Bank'],
        ['Period 01/07/2026 - 31/07/2026'],
        [],
        ['Account', 'Date', 'Source', 'Document', 'Name', 'Narration', 'Reference', 'Debit', 'Credit'],
        ['8410', '', '', '', '', 'Opening Balance', '', mag(open), ''],
      ];
      const body = entries.map((e) => [
        '8410',
        dmy(e.date),
        e.code,
        e.doc,
        e.party,
        e.desc,
        e.ref,
        e.c > 0 ? mag(e.c) : '',
        e.c < 0 ? mag(e.c) : '',
      ]);
      return {
        rows: [...pre, ...body, ['8410', '', '', '', '', 'Closing Balance', '', mag(close), '']],
        headerRow: 7,
        first: 9,
      };
    },
  },
};

const index = { corpus: 'holdout69', generator: 'bench/corpus/holdout69-tools/make-holdout69.mjs', sets: [] };
const decoys = [];
for (const s of SETS) {
  const L = LAYOUTS[s.set];
  const dir = join(OUT, s.set);
  mkdirSync(dir, { recursive: true });
  // books: rows in date order as the package lists them
  const keys = Object.keys(s.books).sort((a, b) => s.books[a][0].localeCompare(s.books[b][0]));
  const entries = keys.map((k) => {
    const [date, code, doc, party, desc, ref, amt] = s.books[k];
    return { key: k, date, code, doc, party, desc, ref, c: cents(amt) };
  });
  const open = cents(s.opening);
  const bookClose = open + entries.reduce((a, e) => a + e.c, 0);
  const B = L.books(s, entries, open, bookClose);
  entries.forEach((e, i) => (e.row = B.first + i));
  const byKey = new Map(entries.map((e) => [e.key, e]));
  // statement: running balance, weekdays only, never negative
  let bal = open;
  const lines = s.lines.map(([date, text, ref, amt, decision, led, x], i) => {
    const wd = new Date(`${date}T12:00:00Z`).getUTCDay();
    if (wd === 0 || wd === 6) throw new Error(`${s.set} line ${i + 1}: ${date} is a weekend`);
    bal += cents(amt);
    if (bal < 0) throw new Error(`${s.set} line ${i + 1}: balance negative`);
    return { i: i + 1, date, text, ref, c: cents(amt), decision, led, x, bal };
  });
  const A = L.bank(s, lines, open, bal);
  lines.forEach((l, i) => (l.row = A.first + i));
  const bankBuf = A.xlsx ? toXlsx(A.rows, A.xlsx) : toCsv(A.rows);
  writeFileSync(join(dir, L.bankFile), bankBuf);
  writeFileSync(join(dir, L.booksFile), B.xlsx ? toXlsx(B.rows, B.xlsx) : toCsv(B.rows));

  // checks: every book row used once or ledger-only; amounts add up; reversal partners cancel; two decoys
  const used = new Map();
  for (const l of lines)
    for (const k of l.led) {
      if (!byKey.has(k)) throw new Error(`${s.set}: unknown book row ${k}`);
      if (used.has(k)) throw new Error(`${s.set}: book row ${k} used twice`);
      used.set(k, l.i);
    }
  for (const k of keys)
    if (!used.has(k) && !s.ledgerOnly[k]) throw new Error(`${s.set}: book row ${k} neither matched nor ledger-only`);
  for (const k of Object.keys(s.ledgerOnly)) if (used.has(k)) throw new Error(`${s.set}: ledger-only ${k} is matched`);
  for (const l of lines) {
    if (l.decision === 'auto') {
      const sum = l.led.reduce((a, k) => a + byKey.get(k).c, 0);
      if (sum !== l.c) throw new Error(`${s.set} line ${l.i}: ${l.c} ≠ books ${sum}`);
    }
    if (l.decision === 'rev' && lines[l.x.partner - 1].c !== -l.c)
      throw new Error(`${s.set} line ${l.i}: partner does not cancel`);
    if (l.x.decoy)
      for (const k of l.x.decoy)
        if (!s.ledgerOnly[k] || byKey.get(k).c !== l.c) throw new Error(`${s.set} line ${l.i}: decoy row ${k}`);
  }
  const nDecoys = lines.filter((l) => l.x.decoy).length;
  if (nDecoys < 2) throw new Error(`${s.set}: fewer than two decoys`);

  const bref = (l) => ({ file: L.bankFile, row: l.row, date: l.date, amount: money(l.c), text: l.text });
  const lref = (e) => ({ file: L.booksFile, row: e.row, date: e.date, amount: money(e.c) });
  const EXPECT = { auto: 'match', 'bank-only': 'bank-only', none: 'no-counterpart', rev: 'reversal-pair' };
  const DECISION = { auto: 'auto', 'bank-only': 'bank-only', none: 'none', rev: 'reversal-pair' };
  const truth = {
    set: s.set,
    country: s.country,
    currency: s.currency,
    timezone: s.timezone,
    period: s.period,
    bankFiles: [
      {
        file: L.bankFile,
        bank: s.bank,
        headerRow: A.headerRow,
        ledgerAccount: s.ledgerAccount,
        readOptions: L.bankRead,
        openingBalance: money(open),
        closingBalance: money(bal),
      },
    ],
    ledgerFiles: [{ file: L.booksFile, package: s.package, headerRow: B.headerRow, readOptions: L.booksRead }],
    bank: lines.map((l) => {
      const t = {
        ref: bref(l),
        expect: EXPECT[l.decision],
        decision: DECISION[l.decision],
        ledger: l.decision === 'auto' ? l.led.map((k) => lref(byKey.get(k))) : [],
        group: null,
        evidence: l.x.ev ?? (l.decision === 'auto' ? 'amount' : null),
        ambiguous: false,
        kind: l.x.kind ?? null,
        partner: l.decision === 'rev' ? bref(lines[l.x.partner - 1]) : null,
        traits: l.x.traits ?? [],
      };
      if (l.x.why) t.why = l.x.why;
      if (l.x.decoy) {
        t.decoy = { tempting: l.x.decoy.map((k) => lref(byKey.get(k))), why: l.x.why };
        decoys.push(
          `${s.set} row ${l.row} ${money(l.c)} ${l.text} → tempting ${l.x.decoy.map((k) => byKey.get(k).row).join(',')}`,
        );
      }
      return t;
    }),
    ledgerOnly: Object.entries(s.ledgerOnly).map(([k, why]) => ({ ...lref(byKey.get(k)), why })),
  };
  writeFileSync(join(dir, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');

  // the same rows as a reconcile-JSON document: only what the files carry
  const doc = {
    options: { timezone: s.timezone },
    bank: lines.map((l) => ({
      id: `${L.bankFile}#${l.row}`,
      date: l.date,
      amount: money(l.c),
      currency: s.currency,
      narration: l.text,
      reference: l.ref || null,
      counterparty: null,
      balance: money(l.bal),
    })),
    ledger: entries.map((e) => ({
      id: `${L.booksFile}#${e.row}`,
      date: e.date,
      amount: money(e.c),
      currency: s.currency,
      reference: e.ref || null,
      description: e.desc,
      party: e.party || null,
      account: s.ledgerAccount,
    })),
  };
  writeFileSync(join(dir, `reconcile.${L.bankFile}.json`), JSON.stringify(doc, null, 2) + '\n');

  const count = (d) => lines.filter((l) => l.decision === d).length;
  const kinds = {};
  for (const l of lines) if (l.x.kind) kinds[l.x.kind] = (kinds[l.x.kind] ?? 0) + 1;
  index.sets.push({
    set: s.set,
    country: s.country,
    currency: s.currency,
    period: s.period,
    bank: s.bank,
    package: s.package,
    business: s.business,
    bankFiles: [L.bankFile],
    ledgerFiles: [L.booksFile],
    bankLines: lines.length,
    ledgerRows: entries.length,
    decisions: {
      auto: count('auto'),
      'bank-only': count('bank-only'),
      suggest: 0,
      none: count('none'),
      'reversal-pair': count('rev'),
    },
    mustNotAuto: 0,
    ledgerOnly: Object.keys(s.ledgerOnly).length,
    matched: count('auto'),
    matchedWithoutReference: lines.filter((l) => l.decision === 'auto' && l.x.ev !== 'reference').length,
    bankOnlyKinds: kinds,
    reversalPairs: count('rev') / 2,
    decoys: nDecoys,
  });
}
writeFileSync(join(OUT, 'index.json'), JSON.stringify(index, null, 2) + '\n');
if (process.argv.includes('--list')) for (const d of decoys) console.log(d);
console.log(`wrote ${OUT}`);
