// holdout39: four blind month-long sets. node make-holdout39.mjs [--out DIR]; BANKFEED_CORPUS_SEED overrides the seed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Month, trade } from './events39.mjs';
import { makeNG, makeGH, makeKE, makeZA } from './sets39.mjs';
import { csv, dec, dmy, evidence, grouped, json, rng, weekday, xlsx, ymdSlash } from './lib39.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SEED = Number(process.env.BANKFEED_CORPUS_SEED ?? 20393939);
const outArg = process.argv.indexOf('--out');
const OUT = outArg > 0 ? resolve(process.argv[outArg + 1]) : resolve(here, '../holdout39');
console.log(`holdout39 seed ${SEED} → ${OUT}`);

const fail = (set, msg) => {
  throw new Error(`${set}: ${msg}`);
};
const sum = (xs) => xs.reduce((s, x) => s + x, 0);

/** order the month: bank lines and book rows by date, in posting order within a day; balances */
function settle(M) {
  const byDate = (a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq);
  M.bank.sort(byDate);
  M.book.sort(byDate);
  let run = 0;
  let low = 0;
  for (const l of M.bank) {
    run += l.amount;
    low = Math.min(low, run);
  }
  let brun = -M.lastMonth;
  let blow = 0;
  for (const w of M.book) {
    brun += w.amount;
    blow = Math.min(blow, brun);
  }
  const need = Math.max(-low, -blow);
  const cushion = M.S.k * 100 * 20;
  M.opening = need + cushion - ((need + cushion) % 100) + M.r.int(0, 99999);
  M.bookOpening = M.opening - M.lastMonth;
  run = M.opening;
  for (const l of M.bank) l.balance = run += l.amount;
  M.closing = run;
  run = M.bookOpening;
  for (const w of M.book) w.balance = run += w.amount;
  M.bookClosing = run;
}

// ---------------------------------------------------------------- layouts
const money = (m) => (m ? grouped(m) : '');

function layoutNG(M, f) {
  const S = M.S;
  const bank = f.bankFile;
  const rows = [
    ['HASAL MICROFINANCE BANK LIMITED'],
    ['CUSTOMER ACCOUNT STATEMENT'],
    ['Account Name:', 'ANKARA MOBILYA NIGERIA LTD'],
    ['Account Number:', f.acct],
    ['Currency:', 'NGN'],
    ['Period:', `${dmy(S.period.from)} - ${dmy(S.period.to)}`],
    ['Opening Balance:', grouped(M.opening)],
    ['Closing Balance:', grouped(M.closing)],
    [],
    ['Trans Date', 'Reference', 'Narration', 'Value Date', 'Debit', 'Credit', 'Balance'],
  ];
  const header = rows.length;
  for (const l of M.bank.slice().reverse()) {
    rows.push([
      dmy(l.date),
      l.ref ?? '',
      l.text,
      dmy(l.date),
      money(Math.max(0, -l.amount)),
      money(Math.max(0, l.amount)),
      grouped(l.balance),
    ]);
    l.row = rows.length;
  }
  rows.push([], ['** End of Statement **']);
  const bankBytes = csv(rows);
  const bankFile = {
    file: bank,
    bank: 'Hasal Microfinance Bank Limited',
    headerRow: header,
    ledgerAccount: '102.01',
    readOptions: {
      currency: 'NGN',
      dateOrder: 'DMY',
      mapping: {
        date: 'Trans Date',
        valueDate: 'Value Date',
        description: 'Narration',
        reference: 'Reference',
        moneyOut: 'Debit',
        moneyIn: 'Credit',
        balance: 'Balance',
      },
    },
    order: 'newest-first',
    layout:
      'CSV (quoted only when a cell holds a comma): two title rows, six label/value rows (opening and closing balance among them) and a blank; header in row 10; dd/mm/yyyy text dates; Debit = money out; newest first; a text footer',
  };
  // Paraşüt
  const led = f.ledgerFile;
  const lr = [
    ['Ankara Mobilya Nigeria Ltd'],
    ['Kasa ve Bankalar → Hasal MFB NGN (102.01) → Hesap Hareketleri'],
    [`Tarih aralığı: ${dmy(S.period.from, '.')} - ${dmy(S.period.to, '.')}`],
    [],
    ['Tarih', 'İşlem Türü', 'Belge No', 'Açıklama', 'Cari Hesap', 'Giriş', 'Çıkış', 'Bakiye'],
    [null, null, null, 'Devreden Bakiye', null, null, null, { n: M.bookOpening }],
  ];
  const lh = 5;
  for (const w of M.book) {
    const kind = w.amount > 0 ? 'Tahsilat' : 'Ödeme';
    lr.push([
      { d: w.date, z: 'dd.mm.yyyy' },
      kind,
      w.ref,
      w.desc,
      w.party,
      w.amount > 0 ? { n: w.amount } : null,
      w.amount < 0 ? { n: -w.amount } : null,
      { n: w.balance },
    ]);
    w.row = lr.length;
  }
  const tIn = sum(M.book.filter((w) => w.amount > 0).map((w) => w.amount));
  const tOut = -sum(M.book.filter((w) => w.amount < 0).map((w) => w.amount));
  lr.push([null, null, null, 'Toplam', null, { n: tIn }, { n: tOut }, null]);
  const totalRow = lr.length;
  lr.push([null, null, null, 'Kalan Bakiye', null, null, null, { n: M.bookClosing }]);
  const ledgerBytes = xlsx('Hesap Hareketleri', lr, [12, 12, 20, 48, 34, 16, 16, 16]);
  const ledgerFile = {
    file: led,
    package:
      'Paraşüt (Kasa ve Bankalar → Hesap Hareketleri of account 102.01 Hasal MFB NGN, exported to Excel, Turkish interface)',
    headerRow: lh,
    readOptions: {
      currency: 'NGN',
      sheet: 'Hesap Hareketleri',
      mapping: {
        date: 'Tarih',
        reference: 'Belge No',
        description: 'Açıklama',
        party: 'Cari Hesap',
        moneyIn: 'Giriş',
        moneyOut: 'Çıkış',
        balance: 'Bakiye',
      },
    },
    layout:
      'XLSX, sheet Hesap Hareketleri: three title rows and a blank; Turkish header in row 5; date cells shown dd.mm.yyyy; Giriş = money in; undated Devreden Bakiye / Kalan Bakiye rows (balance only) and an undated Toplam row with money',
    nonEntryRows: [{ row: totalRow, why: 'Toplam: the totals of Giriş and Çıkış, not an entry' }],
  };
  return { bankBytes, bankFile, ledgerBytes, ledgerFile, bankCells: (l) => ({ text: l.text, ref: l.ref }) };
}

function layoutGH(M, f) {
  const S = M.S;
  const rows = [
    ['FIASEMAN RURAL BANK PLC'],
    ['TARKWA BRANCH'],
    ['STATEMENT OF ACCOUNT'],
    ['ACCOUNT NAME:', 'NORRSTEN DRILL SERVICES GHANA LTD'],
    ['ACCOUNT NO:', f.acct],
    ['CURRENCY:', 'GHS'],
    ['PERIOD:', `${dmy(S.period.from)} TO ${dmy(S.period.to)}`],
    [],
    ['TRANS DATE', 'VALUE DATE', 'PARTICULARS', 'CHEQUE/REF NO', 'DEBIT', 'CREDIT', 'BALANCE'],
    ['', '', 'OPENING BALANCE', '', '', '', grouped(M.opening)],
  ];
  const header = 9;
  for (const l of M.bank) {
    rows.push([
      dmy(l.date),
      dmy(l.date),
      l.text,
      l.ref ?? '',
      money(Math.max(0, -l.amount)),
      money(Math.max(0, l.amount)),
      grouped(l.balance),
    ]);
    l.row = rows.length;
  }
  rows.push(['', '', 'CLOSING BALANCE', '', '', '', grouped(M.closing)], [], ['*** END OF STATEMENT ***']);
  const bankFile = {
    file: f.bankFile,
    bank: 'Fiaseman Rural Bank PLC',
    headerRow: header,
    ledgerAccount: '1930',
    readOptions: {
      currency: 'GHS',
      dateOrder: 'DMY',
      mapping: {
        date: 'TRANS DATE',
        valueDate: 'VALUE DATE',
        description: 'PARTICULARS',
        reference: 'CHEQUE/REF NO',
        moneyOut: 'DEBIT',
        moneyIn: 'CREDIT',
        balance: 'BALANCE',
      },
    },
    order: 'oldest-first',
    layout:
      'CSV (quoted only when a cell holds a comma): three title rows, four LABEL: value rows and a blank; header in row 9; dd/mm/yyyy text dates; undated OPENING BALANCE / CLOSING BALANCE rows (balance only); a text footer',
  };
  const lr = [
    ['Norrsten Drill Services Ghana Ltd'],
    ['Huvudbok'],
    [`Räkenskapsår 2027-01-01 - 2027-12-31, period ${S.period.from} - ${S.period.to}`],
    ['Konto 1930 Företagskonto Fiaseman RB GHS'],
    [],
    ['Konto', 'Vernr', 'Datum', 'Text', 'Transaktionsinfo', 'Debet', 'Kredit', 'Saldo'],
    ['1930', null, null, 'Ingående balans', null, null, null, { n: M.bookOpening }],
  ];
  let ver = 412 + M.r.int(0, 50);
  for (const w of M.book) {
    lr.push([
      '1930',
      `${w.amount > 0 ? 'B' : 'C'}${(ver += 1)}`,
      { d: w.date, z: 'yyyy-mm-dd' },
      w.desc,
      w.ref,
      w.amount > 0 ? { n: w.amount } : null,
      w.amount < 0 ? { n: -w.amount } : null,
      { n: w.balance },
    ]);
    w.row = lr.length;
  }
  const tIn = sum(M.book.filter((w) => w.amount > 0).map((w) => w.amount));
  const tOut = -sum(M.book.filter((w) => w.amount < 0).map((w) => w.amount));
  lr.push(['1930', null, null, 'Omslutning', null, { n: tIn }, { n: tOut }, null]);
  const totalRow = lr.length;
  lr.push(['1930', null, null, 'Utgående saldo', null, null, null, { n: M.bookClosing }]);
  const ledgerFile = {
    file: f.ledgerFile,
    package:
      'Fortnox (Bokföring → Rapporter → Huvudbok of account 1930 Fiaseman RB GHS, exported to Excel, Swedish interface)',
    headerRow: 6,
    readOptions: {
      currency: 'GHS',
      sheet: 'Huvudbok',
      mapping: {
        date: 'Datum',
        reference: 'Transaktionsinfo',
        description: 'Text',
        moneyIn: 'Debet',
        moneyOut: 'Kredit',
        balance: 'Saldo',
        account: 'Konto',
      },
    },
    layout:
      'XLSX, sheet Huvudbok: four title rows and a blank; Swedish header in row 6; Konto 1930 on every row; date cells shown yyyy-mm-dd; Debet = money in; no party column (the name is in Text); undated Ingående balans / Utgående saldo rows (balance only) and an undated Omslutning row with money',
    nonEntryRows: [{ row: totalRow, why: 'Omslutning: the turnover of Debet and Kredit, not an entry' }],
  };
  return {
    bankBytes: csv(rows),
    bankFile,
    ledgerBytes: xlsx('Huvudbok', lr, [8, 8, 12, 56, 22, 14, 14, 14]),
    ledgerFile,
  };
}

function layoutKE(M, f) {
  const S = M.S;
  const rows = [
    ['SUMAC MICROFINANCE BANK LIMITED'],
    ['ACCOUNT STATEMENT'],
    ['Account Name', 'TSUBASA MOTORS KENYA LTD'],
    ['Account Number', f.acct],
    ['Branch', 'MOMBASA'],
    ['Currency', 'KES'],
    ['Statement Period', `${dmy(S.period.from)} - ${dmy(S.period.to)}`],
    [],
    ['Tran Date', 'Value Date', 'Narrative', 'Reference No', 'Money Out', 'Money In', 'Running Balance'],
    [null, null, 'Balance B/F', null, null, null, { n: M.opening }],
  ];
  for (const l of M.bank) {
    rows.push([
      { d: l.date, z: 'dd/mm/yyyy' },
      { d: l.date, z: 'dd/mm/yyyy' },
      l.text,
      l.ref,
      l.amount < 0 ? { n: -l.amount } : null,
      l.amount > 0 ? { n: l.amount } : null,
      { n: l.balance },
    ]);
    l.row = rows.length;
  }
  const tIn = sum(M.bank.filter((l) => l.amount > 0).map((l) => l.amount));
  const tOut = -sum(M.bank.filter((l) => l.amount < 0).map((l) => l.amount));
  rows.push([null, null, 'Totals', null, { n: tOut }, { n: tIn }, null]);
  const totalRow = rows.length;
  rows.push([null, null, 'Balance C/F', null, null, null, { n: M.closing }]);
  const bankFile = {
    file: f.bankFile,
    bank: 'Sumac Microfinance Bank Limited',
    headerRow: 9,
    ledgerAccount: '普通預金 Sumac MFB',
    readOptions: {
      currency: 'KES',
      sheet: 'Statement',
      mapping: {
        date: 'Tran Date',
        valueDate: 'Value Date',
        description: 'Narrative',
        reference: 'Reference No',
        moneyOut: 'Money Out',
        moneyIn: 'Money In',
        balance: 'Running Balance',
      },
    },
    order: 'oldest-first',
    layout:
      'XLSX, sheet Statement: two title rows, five label/value rows and a blank; header in row 9; date cells shown dd/mm/yyyy; undated Balance B/F / Balance C/F rows (balance only) and an undated Totals row with money',
    nonEntryRows: [{ row: totalRow, why: 'Totals: the sums of Money Out and Money In, not an entry' }],
  };
  const num = (m) => (m ? dec(m) : '');
  const lr = [
    ['総勘定元帳'],
    ['Tsubasa Motors Kenya Ltd'],
    ['勘定科目: 普通預金 Sumac MFB (KES)'],
    [`期間: ${ymdSlash(S.period.from)} - ${ymdSlash(S.period.to)}`],
    [],
    ['取引日', '伝票番号', '取引先', '摘要', '管理番号', '借方金額', '貸方金額', '残高'],
    ['', '', '', '前月繰越', '', '', '', dec(M.bookOpening)],
  ];
  let slip = 1180 + M.r.int(0, 60);
  for (const w of M.book) {
    lr.push([
      ymdSlash(w.date),
      String((slip += 1)),
      w.party ?? '',
      w.desc,
      w.ref ?? '',
      num(Math.max(0, w.amount)),
      num(Math.max(0, -w.amount)),
      dec(w.balance),
    ]);
    w.row = lr.length;
  }
  const lIn = sum(M.book.filter((w) => w.amount > 0).map((w) => w.amount));
  const lOut = -sum(M.book.filter((w) => w.amount < 0).map((w) => w.amount));
  lr.push(['', '', '', '合計', '', dec(lIn), dec(lOut), '']);
  const lTotal = lr.length;
  lr.push(['', '', '', '次月繰越', '', '', '', dec(M.bookClosing)]);
  const ledgerFile = {
    file: f.ledgerFile,
    package: 'freee会計 (レポート → 総勘定元帳 of 普通預金 Sumac MFB KES, CSV export, Japanese interface)',
    headerRow: 6,
    readOptions: {
      currency: 'KES',
      dateOrder: 'YMD',
      mapping: {
        date: '取引日',
        reference: '管理番号',
        description: '摘要',
        party: '取引先',
        moneyIn: '借方金額',
        moneyOut: '貸方金額',
        balance: '残高',
      },
    },
    layout:
      'CSV, UTF-8 with BOM, commas (quoted only when needed): four title rows and a blank; Japanese header in row 6; yyyy/mm/dd text dates; plain amounts (no grouping); 借方金額 = money in; undated 前月繰越 / 次月繰越 rows (balance only) and an undated 合計 row with money',
    nonEntryRows: [{ row: lTotal, why: '合計: the totals of 借方金額 and 貸方金額, not an entry' }],
  };
  return {
    bankBytes: xlsx('Statement', rows, [12, 12, 52, 16, 14, 14, 16]),
    bankFile,
    ledgerBytes: csv(lr, { bom: true }),
    ledgerFile,
  };
}

function layoutZA(M, f) {
  const S = M.S;
  const rows = [
    ['BANK OF TAIWAN SOUTH AFRICA BRANCH'],
    ['Statement of Account'],
    ['Account Name', 'YUSHAN HARDWARE IMPORTS (PTY) LTD'],
    ['Account Number', f.acct],
    ['Currency', 'ZAR'],
    ['Statement Period', `${ymdSlash(S.period.from)} - ${ymdSlash(S.period.to)}`],
    ['Opening Balance', grouped(M.opening)],
    [],
    ['Txn Date', 'Value Date', 'Description', 'Reference', 'Debit', 'Credit', 'Balance'],
  ];
  for (const l of M.bank) {
    rows.push([
      ymdSlash(l.date),
      ymdSlash(l.date),
      l.text,
      l.ref ?? '',
      money(Math.max(0, -l.amount)),
      money(Math.max(0, l.amount)),
      grouped(l.balance),
    ]);
    l.row = rows.length;
  }
  const tIn = sum(M.bank.filter((l) => l.amount > 0).map((l) => l.amount));
  const tOut = -sum(M.bank.filter((l) => l.amount < 0).map((l) => l.amount));
  rows.push(['', '', 'Total', '', grouped(tOut), grouped(tIn), '']);
  const totalRow = rows.length;
  rows.push(['', '', 'Closing Balance', '', '', '', grouped(M.closing)]);
  const bankFile = {
    file: f.bankFile,
    bank: 'Bank of Taiwan, South Africa Branch (Johannesburg)',
    headerRow: 9,
    ledgerAccount: '1113-02',
    readOptions: {
      currency: 'ZAR',
      dateOrder: 'YMD',
      mapping: {
        date: 'Txn Date',
        valueDate: 'Value Date',
        description: 'Description',
        reference: 'Reference',
        moneyOut: 'Debit',
        moneyIn: 'Credit',
        balance: 'Balance',
      },
    },
    order: 'oldest-first',
    layout:
      'CSV (quoted only when a cell holds a comma): two title rows, five label/value rows (the opening balance among them) and a blank; header in row 9; yyyy/mm/dd text dates; no bank reference on EFTs; an undated Total row with money and an undated Closing Balance row (balance only)',
    nonEntryRows: [{ row: totalRow, why: 'Total: the sums of Debit and Credit, not an entry' }],
  };
  const lr = [
    ['Yushan Hardware Imports (Pty) Ltd'],
    ['明細分類帳'],
    ['科目: 1113-02 銀行存款 - Bank of Taiwan JHB (ZAR)'],
    [`期間: ${ymdSlash(S.period.from)} ~ ${ymdSlash(S.period.to)}`],
    [],
    ['日期', '傳票編號', '摘要', '對象名稱', '單據號碼', '借方金額', '貸方金額', '餘額'],
    [null, null, '上期結轉', null, null, null, null, { n: M.bookOpening }],
  ];
  let v = 90 + M.r.int(0, 30);
  for (const w of M.book) {
    lr.push([
      { d: w.date, z: 'yyyy/mm/dd' },
      `${w.date.replaceAll('-', '')}${String((v += 1)).padStart(4, '0')}`,
      w.desc,
      w.party,
      w.ref,
      w.amount > 0 ? { n: w.amount } : null,
      w.amount < 0 ? { n: -w.amount } : null,
      { n: w.balance },
    ]);
    w.row = lr.length;
  }
  const lIn = sum(M.book.filter((w) => w.amount > 0).map((w) => w.amount));
  const lOut = -sum(M.book.filter((w) => w.amount < 0).map((w) => w.amount));
  lr.push([null, null, '本期合計', null, null, { n: lIn }, { n: lOut }, null]);
  const lTotal = lr.length;
  lr.push([null, null, '本期結餘', null, null, null, null, { n: M.bookClosing }]);
  const ledgerFile = {
    file: f.ledgerFile,
    package:
      'Digiwin Workflow ERP GP (會計總帳 → 明細分類帳 of account 1113-02 Bank of Taiwan JHB ZAR, exported to Excel, Traditional Chinese interface)',
    headerRow: 6,
    readOptions: {
      currency: 'ZAR',
      sheet: '明細分類帳',
      mapping: {
        date: '日期',
        reference: '單據號碼',
        description: '摘要',
        party: '對象名稱',
        moneyIn: '借方金額',
        moneyOut: '貸方金額',
        balance: '餘額',
      },
    },
    layout:
      'XLSX, sheet 明細分類帳: four title rows and a blank; Traditional Chinese header in row 6; date cells shown yyyy/mm/dd; 借方金額 = money in; undated 上期結轉 / 本期結餘 rows (balance only) and an undated 本期合計 row with money',
    nonEntryRows: [{ row: lTotal, why: '本期合計: the totals of 借方金額 and 貸方金額, not an entry' }],
  };
  return {
    bankBytes: csv(rows),
    bankFile,
    ledgerBytes: xlsx('明細分類帳', lr, [12, 16, 40, 34, 16, 14, 14, 16]),
    ledgerFile,
  };
}

// ---------------------------------------------------------------- sets
const SETS = [
  {
    make: makeNG,
    layout: layoutNG,
    bankFile: (a) => `hasal-mfb-${a}-sep2027.csv`,
    ledgerFile: 'parasut-hesap-hareketleri-102-01-sep2027.xlsx',
    acctLen: 10,
  },
  {
    make: makeGH,
    layout: layoutGH,
    bankFile: (a) => `fiaseman-rb-${a}-oct2027.csv`,
    ledgerFile: 'fortnox-huvudbok-1930-oct2027.xlsx',
    acctLen: 13,
  },
  {
    make: makeKE,
    layout: layoutKE,
    bankFile: (a) => `sumac-mfb-${a}-nov2027.xlsx`,
    ledgerFile: 'freee-soukanjou-motochou-sumac-nov2027.csv',
    acctLen: 12,
  },
  {
    make: makeZA,
    layout: layoutZA,
    bankFile: (a) => `bankoftaiwan-jhb-${a}-sep2027.csv`,
    ledgerFile: 'digiwin-ledger-1113-02-sep2027.xlsx',
    acctLen: 11,
  },
];

const lref = (file, w) => ({ file, row: w.row, date: w.date, amount: dec(w.amount) });
const bref = (file, l) => {
  const o = { file, row: l.row, date: l.date, amount: dec(l.amount), text: l.text };
  if (l.ref) o.reference = l.ref;
  return o;
};
const EXPECT = {
  auto: 'match',
  suggest: 'match',
  'bank-only': 'bank-only',
  'reversal-pair': 'reversal-pair',
  none: 'no-counterpart',
};

function check(M) {
  const set = M.S.set;
  const owned = new Map();
  const own = (w, by) => owned.set(w, (owned.get(w) ?? new Set()).add(by));
  const groups = new Map();
  for (const l of M.bank) {
    if (!l.decision) fail(set, `undecided line ${l.text}`);
    if (!M.days.includes(l.date)) fail(set, `line on a non-working day ${l.date}`);
    const rows = l.ledger ?? (l.anyOf ? l.anyOf.flat() : []);
    const tag = l.group ?? (l.anyOf ? `any:${l.anyOf.flat().map((w) => w.seq)}` : `line${l.seq}`);
    for (const w of rows) own(w, tag);
    if (l.decision === 'auto' || l.decision === 'suggest') {
      const opts = l.ledger ? [l.ledger] : l.anyOf;
      for (const opt of opts) {
        const e = evidence(l.text, l.ref, opt);
        if (e !== l.evidence) fail(set, `evidence of "${l.text}" is ${e}, meant ${l.evidence}`);
      }
      if (l.group) {
        const g = groups.get(l.group) ?? { lines: [], rows: l.ledger };
        g.lines.push(l);
        groups.set(l.group, g);
      } else {
        const diff = l.amount - sum(opts[0].map((w) => w.amount));
        if (l.decision === 'auto' && diff !== (l.difference ?? 0)) fail(set, `difference of "${l.text}" ${diff}`);
        if (l.decision === 'auto' && diff !== 0) {
          if (Math.abs(diff) * 10 > Math.abs(l.amount)) fail(set, `difference over 10 % on "${l.text}"`);
          if (diff > 0 && !l.traits.includes('over-payment')) fail(set, `positive difference without over-payment`);
          if (diff < 0 && !l.traits.some((t) => t.startsWith('short-')))
            fail(set, `negative difference without short-*`);
        }
        if (
          l.decision === 'suggest' &&
          diff !== 0 &&
          !l.traits.some((t) => ['part-payment', 'short-net-of-fee', 'books-amount-transposed'].includes(t))
        )
          fail(set, `suggestion of another amount "${l.text}"`);
      }
      if (l.decision === 'auto' && l.evidence === 'amount') fail(set, `auto on amount alone "${l.text}"`);
      if (l.decision === 'auto' && l.evidence !== 'reference') {
        const others = M.book.filter((w) => w.amount === l.amount && !opts.flat().includes(w));
        if (others.length) fail(set, `another book row of the amount of "${l.text}"`);
      }
    } else if (l.decision === 'none' || l.decision === 'bank-only') {
      if (M.book.some((w) => w.amount === l.amount)) fail(set, `book row of the amount of ${l.decision} "${l.text}"`);
    }
    if (l.decision === 'reversal-pair' && l.partner.amount !== -l.amount) fail(set, 'reversal pair does not cancel');
  }
  for (const [g, { lines, rows }] of groups) {
    const diff = sum(lines.map((l) => l.amount)) - sum(rows.map((w) => w.amount));
    if (diff !== 0) fail(set, `group ${g} differs by ${diff}`);
  }
  for (const { row } of M.ledgerOnly) own(row, 'ledgerOnly');
  for (const w of M.book) {
    if (!M.days.includes(w.date)) fail(set, `row on a non-working day ${w.date}`);
    if ((owned.get(w)?.size ?? 0) !== 1) fail(set, `book row ${w.desc} owned ${owned.get(w)?.size ?? 0} times`);
  }
  if (M.bank.length < 55 || M.bank.length > 120) fail(set, `${M.bank.length} lines`);
  if (M.bank.some((l) => l.balance < 0) || M.book.some((w) => w.balance < 0)) fail(set, 'overdraft');
  for (const d of M.days) if (weekday(d) % 6 === 0) fail(set, 'weekend day');
}

async function main() {
  const index = {
    corpus: 'holdout39',
    seed: SEED,
    generator: 'bench/corpus/holdout39-tools/make-holdout39.mjs',
    validator: 'bench/corpus/holdout39-tools/validate-holdout39.mjs',
    sets: [],
  };
  for (const [i, def] of SETS.entries()) {
    const seed = SEED + i * 7919;
    const r0 = rng(`${seed}:names`);
    const S = def.make(r0);
    const M = new Month(S, seed);
    trade(M);
    settle(M);
    const acct = r0.num(def.acctLen);
    const f = { acct, bankFile: def.bankFile(acct), ledgerFile: def.ledgerFile };
    const L = def.layout(M, f);
    check(M);
    const bf = L.bankFile.file;
    const lf = L.ledgerFile.file;
    const bank = [];
    const fileOrder = M.bank.slice().sort((a, b) => a.row - b.row);
    for (const l of fileOrder) {
      const e = { ref: bref(bf, l), expect: EXPECT[l.decision], decision: l.decision };
      e.ledger = l.ledger ? l.ledger.map((w) => lref(lf, w)) : null;
      if (l.anyOf) e.ledgerAnyOf = l.anyOf.map((o) => o.map((w) => lref(lf, w)));
      e.group = l.group ?? null;
      e.evidence = l.evidence ?? null;
      e.ambiguous = Boolean(l.ambiguous);
      e.kind = l.kind ?? null;
      e.partner = l.partner ? bref(bf, l.partner) : null;
      if (l.difference) e.difference = dec(l.difference);
      if (l.decision === 'suggest') e.mustNotAuto = Boolean(l.mustNotAuto);
      e.traits = l.traits;
      bank.push(e);
    }
    const truth = {
      set: S.set,
      country: S.country,
      currency: S.currency,
      timezone: S.timezone,
      period: S.period,
      publicHolidays: S.holidays,
      seed,
      notes: [
        'Blind set: written from bookkeeping and from how the bank and the package are understood to export, not from the engine.',
        'Row numbers are spreadsheet rows counting preamble and header. Amounts are signed major-unit strings, money in positive.',
        `The books open at ${dec(M.bookOpening)}: the bank's opening less last month's item that the bank pays this month.`,
      ],
      bankFiles: [{ ...L.bankFile, openingBalance: dec(M.opening), closingBalance: dec(M.closing) }],
      ledgerFiles: [{ ...L.ledgerFile, openingBalance: dec(M.bookOpening), closingBalance: dec(M.bookClosing) }],
      bank,
      ledgerOnly: M.ledgerOnly.map(({ row, why }) => ({ ...lref(lf, row), why })),
    };
    // key order as the earlier holdouts: nonEntryRows last in each file entry
    for (const fe of [...truth.bankFiles, ...truth.ledgerFiles]) {
      if (fe.nonEntryRows) {
        const n = fe.nonEntryRows;
        delete fe.nonEntryRows;
        fe.nonEntryRows = n;
      }
    }
    const account = L.bankFile.ledgerAccount;
    const doc = {
      options: { timezone: S.timezone },
      bank: fileOrder.map((l) => ({
        id: `${bf}#${l.row}`,
        date: l.date,
        amount: dec(l.amount),
        currency: S.currency,
        narration: l.text,
        reference: l.ref ?? null,
        counterparty: null,
        balance: dec(l.balance),
      })),
      ledger: M.book.map((w) => ({
        id: `${lf}#${w.row}`,
        date: w.date,
        amount: dec(w.amount),
        currency: S.currency,
        reference: w.ref ?? null,
        description: w.desc,
        party: w.party || null,
        account,
      })),
      statement: { from: S.period.from, to: S.period.to, bankBalance: dec(M.closing), bookBalance: dec(M.bookClosing) },
    };
    for (const root of [OUT]) {
      const dir = join(root, S.set);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, bf), L.bankBytes);
      writeFileSync(join(dir, lf), L.ledgerBytes);
      writeFileSync(join(dir, 'truth.json'), await json(truth, join(here, 'truth.json')));
      writeFileSync(join(dir, `reconcile.${bf}.json`), await json(doc, join(here, 'doc.json')));
    }
    const count = (d) => M.bank.filter((l) => l.decision === d).length;
    const matched = M.bank.filter((l) => l.decision === 'auto' || l.decision === 'suggest');
    index.sets.push({
      set: S.set,
      country: S.country,
      currency: S.currency,
      period: S.period,
      bank: L.bankFile.bank,
      package: L.ledgerFile.package,
      bankFiles: [bf],
      ledgerFiles: [lf],
      bankLines: M.bank.length,
      ledgerRows: M.book.length,
      decisions: {
        auto: count('auto'),
        suggest: count('suggest'),
        'bank-only': count('bank-only'),
        none: count('none'),
        'reversal-pair': count('reversal-pair'),
      },
      mustNotAuto: M.bank.filter((l) => l.mustNotAuto).length,
      autoWithDifference: M.bank.filter((l) => l.decision === 'auto' && l.difference).length,
      ledgerOnly: M.ledgerOnly.length,
      matched: matched.length,
      matchedWithoutReference: matched.filter((l) => l.evidence !== 'reference').length,
    });
    const kinds = {};
    for (const l of M.bank) if (l.kind) kinds[l.kind] = (kinds[l.kind] ?? 0) + 1;
    console.log(
      `${S.set}: ${M.bank.length} lines, ${M.book.length} rows, seed ${seed}, kinds ${JSON.stringify(kinds)}`,
    );
  }
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'index.json'), await json(index, join(here, 'index.json')));
}

await main();
