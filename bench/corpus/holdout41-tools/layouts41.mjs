// Both file layouts of each set; each writer gives every line and row its spreadsheet row (1-based, preamble counted).
import { csvBytes, dec, fmt, grouped, xlsxBytes } from './lib41.mjs';

const sum = (xs, f) => xs.reduce((s, x) => s + f(x), 0);
const ins = (xs) => sum(xs, (x) => (x.minor > 0 ? x.minor : 0));
const outs = (xs) => sum(xs, (x) => (x.minor < 0 ? -x.minor : 0));
const num = (minor, z) => ({ t: 'n', minor, z });
const date = (day, z) => ({ t: 'd', day, z });

/** Rows from a preamble, a header, and body rows; sets `.row` on each item. */
function place(pre, header, items, toRow) {
  const out = [...pre, header];
  const headerRow = out.length;
  for (const x of items) {
    out.push(toRow(x));
    x.row = out.length;
  }
  return { out, headerRow, post: (rows) => rows.forEach((p) => out.push(p)) };
}

// ---------------------------------------------------------------- NG: Fina Trust MFB CSV, Omie Extrato XLSX
export function ngBank(lines, m) {
  const pre = [
    ['FINA TRUST MICROFINANCE BANK LIMITED'],
    ['STATEMENT OF ACCOUNT'],
    ['Account Name', 'AGROMAQ NIGERIA LIMITED'],
    ['Account Number', m.bankAccount],
    ['Currency', 'NGN'],
    ['Period', `${fmt.dmySlash(m.from)} TO ${fmt.dmySlash(m.to)}`],
    ['Opening Balance', grouped(m.bankOpening)],
    ['Closing Balance', grouped(m.bankClosing)],
    [],
  ];
  const p = place(
    pre,
    ['Post Date', 'Value Date', 'Narration', 'Reference', 'Debit', 'Credit', 'Balance'],
    lines,
    (l) => [
      fmt.dmySlash(l.day),
      fmt.dmySlash(l.day),
      l.text,
      l.ref,
      l.minor < 0 ? grouped(-l.minor) : '',
      l.minor > 0 ? grouped(l.minor) : '',
      grouped(l.bal),
    ],
  );
  p.post([[], ['*** END OF STATEMENT ***']]);
  return {
    bytes: csvBytes(p.out),
    headerRow: p.headerRow,
    nonEntryRows: [],
    readOptions: {
      currency: 'NGN',
      dateOrder: 'DMY',
      mapping: {
        date: 'Post Date',
        valueDate: 'Value Date',
        description: 'Narration',
        reference: 'Reference',
        moneyOut: 'Debit',
        moneyIn: 'Credit',
        balance: 'Balance',
      },
    },
  };
}

export function ngLedger(rows, m) {
  const z = 'dd/mm/yyyy';
  const pre = [
    ['Agromaq Nigeria Ltd — Extrato de Conta Corrente'],
    [`Conta corrente: ${m.ledgerAccount} (Fina Trust Microfinance Bank ${m.bankAccount})`],
    [`Período: ${fmt.dmySlash(m.from)} a ${fmt.dmySlash(m.to)}`],
    [],
  ];
  const p = place(
    [...pre],
    ['Data', 'Cliente/Fornecedor', 'Categoria', 'Nº Documento', 'Descrição', 'Valor', 'Saldo'],
    rows,
    (x) => [
      date(x.day, z),
      x.party ?? '',
      x.minor > 0 ? 'Recebimentos' : 'Pagamentos',
      x.doc ?? '',
      x.desc,
      num(x.minor),
      num(x.bal),
    ],
  );
  p.out.splice(p.headerRow, 0, ['', '', '', '', 'Saldo anterior', '', num(m.bookOpening)]);
  rows.forEach((x) => (x.row += 1));
  const totalRow = p.out.length + 1;
  p.post([
    ['', '', '', '', 'Total do período', num(m.bookClosing - m.bookOpening), ''],
    ['', '', '', '', 'Saldo final', '', num(m.bookClosing)],
  ]);
  return {
    bytes: xlsxBytes('Extrato', p.out, [12, 34, 16, 18, 48, 16, 18]),
    headerRow: p.headerRow,
    nonEntryRows: [{ row: totalRow, why: 'Total do período: the net movement of the period, not an entry' }],
    readOptions: {
      currency: 'NGN',
      sheet: 'Extrato',
      mapping: {
        date: 'Data',
        reference: 'Nº Documento',
        description: 'Descrição',
        party: 'Cliente/Fornecedor',
        amount: 'Valor',
        balance: 'Saldo',
      },
    },
  };
}

// ---------------------------------------------------------------- GH: Nwabiagya RB XLSX, Moneybird CSV
export function ghBank(lines, m) {
  const z = 'dd-mmm-yyyy';
  const pre = [
    ['NWABIAGYA RURAL BANK PLC'],
    ['CUSTOMER ACCOUNT STATEMENT'],
    ['Account Name: GROENVELD AGRI GHANA LTD'],
    [`Account No: ${m.bankAccount}`],
    ['Branch: ADUM, KUMASI'],
    ['Currency: GHS'],
    [`Period: ${fmt.dMonY(m.from)} to ${fmt.dMonY(m.to)}`],
    [],
  ];
  const header = ['Txn Date', 'Value Date', 'Particulars', 'Ref No', 'Debit', 'Credit', 'Balance'];
  const p = place(pre, header, lines, (l) => [
    date(l.day, z),
    date(l.day, z),
    l.text,
    l.ref,
    l.minor < 0 ? num(-l.minor) : '',
    l.minor > 0 ? num(l.minor) : '',
    num(l.bal),
  ]);
  p.out.splice(p.headerRow, 0, ['', '', 'BALANCE B/F', '', '', '', num(m.bankOpening)]);
  lines.forEach((x) => (x.row += 1));
  const totalRow = p.out.length + 1;
  p.post([
    ['', '', 'TOTAL', '', num(outs(lines)), num(ins(lines)), ''],
    ['', '', 'BALANCE C/F', '', '', '', num(m.bankClosing)],
    [],
    ['This is a computer generated statement and requires no signature.'],
  ]);
  return {
    bytes: xlsxBytes('Statement', p.out, [13, 13, 60, 18, 15, 15, 16]),
    headerRow: p.headerRow,
    nonEntryRows: [{ row: totalRow, why: 'TOTAL: the sums of the Debit and Credit columns, not an entry' }],
    readOptions: {
      currency: 'GHS',
      sheet: 'Statement',
      mapping: {
        date: 'Txn Date',
        valueDate: 'Value Date',
        description: 'Particulars',
        reference: 'Ref No',
        moneyOut: 'Debit',
        moneyIn: 'Credit',
        balance: 'Balance',
      },
    },
  };
}

export function ghLedger(rows, m) {
  const g = (v) => grouped(v, '.', ',');
  const pre = [
    ['Groenveld Agri Ghana Ltd'],
    [`Grootboekrekening ${m.ledgerAccount} Nwabiagya Rural Bank GHS`],
    [`Periode: ${fmt.dmyDash(m.from)} t/m ${fmt.dmyDash(m.to)}`],
    [],
  ];
  let n = 0;
  const p = place(
    pre,
    ['Datum', 'Boekstuk', 'Omschrijving', 'Relatie', 'Referentie', 'Debet', 'Credit', 'Saldo'],
    rows,
    (x) => [
      fmt.dmyDash(x.day),
      `Bankmutatie ${m.journalStart + n++}`,
      x.desc,
      x.party ?? '',
      x.doc ?? '',
      x.minor > 0 ? g(x.minor) : '',
      x.minor < 0 ? g(-x.minor) : '',
      g(x.bal),
    ],
  );
  p.out.splice(p.headerRow, 0, ['', '', 'Beginsaldo', '', '', '', '', g(m.bookOpening)]);
  rows.forEach((x) => (x.row += 1));
  const totalRow = p.out.length + 1;
  p.post([
    ['', '', 'Totaal', '', '', g(ins(rows)), g(outs(rows)), ''],
    ['', '', 'Eindsaldo', '', '', '', '', g(m.bookClosing)],
  ]);
  return {
    bytes: csvBytes(p.out, ';'),
    headerRow: p.headerRow,
    nonEntryRows: [{ row: totalRow, why: 'Totaal: the sums of the Debet and Credit columns, not an entry' }],
    readOptions: {
      currency: 'GHS',
      dateOrder: 'DMY',
      decimalSeparator: ',',
      mapping: {
        date: 'Datum',
        reference: 'Referentie',
        description: 'Omschrijving',
        party: 'Relatie',
        moneyIn: 'Debet',
        moneyOut: 'Credit',
        balance: 'Saldo',
      },
    },
  };
}

// ---------------------------------------------------------------- KE: Caritas MFB CSV, Procountor XLSX
export function keBank(lines, m) {
  const pre = [
    ['CARITAS MICROFINANCE BANK LIMITED'],
    ['STATEMENT OF ACCOUNT'],
    ['Account Name:', 'VESI SOLUTIONS KENYA LIMITED'],
    ['Account Number:', m.bankAccount],
    ['Branch:', 'UPPER HILL'],
    ['Currency:', 'KES'],
    ['Statement Period:', `${fmt.dMonY(m.from)} to ${fmt.dMonY(m.to)}`],
    [],
  ];
  const p = place(
    pre,
    ['Tran Date', 'Value Date', 'Narrative', 'Transaction Ref', 'Money Out', 'Money In', 'Ledger Balance'],
    lines,
    (l) => [
      fmt.dMonY(l.day),
      fmt.dMonY(l.day),
      l.text,
      l.ref,
      l.minor < 0 ? grouped(-l.minor) : '',
      l.minor > 0 ? grouped(l.minor) : '',
      grouped(l.bal),
    ],
  );
  p.out.splice(p.headerRow, 0, ['', '', 'Opening Balance', '', '', '', grouped(m.bankOpening)]);
  lines.forEach((x) => (x.row += 1));
  p.post([['', '', 'Closing Balance', '', '', '', grouped(m.bankClosing)]]);
  return {
    bytes: csvBytes(p.out),
    headerRow: p.headerRow,
    nonEntryRows: [],
    readOptions: {
      currency: 'KES',
      mapping: {
        date: 'Tran Date',
        valueDate: 'Value Date',
        description: 'Narrative',
        reference: 'Transaction Ref',
        moneyOut: 'Money Out',
        moneyIn: 'Money In',
        balance: 'Ledger Balance',
      },
    },
  };
}

export function keLedger(rows, m) {
  const z = 'd.m.yyyy';
  const pre = [
    ['Vesi Solutions Kenya Ltd'],
    [`Pääkirja ${fmt.dotFi(m.from)}–${fmt.dotFi(m.to)}`],
    [`Tili ${m.ledgerAccount} Caritas MFB KES`],
    [],
  ];
  let n = 0;
  const p = place(
    pre,
    ['Päivämäärä', 'Tositenumero', 'Selite', 'Kumppani', 'Viite', 'Debet', 'Kredit', 'Saldo'],
    rows,
    (x) => [
      date(x.day, z),
      String(m.journalStart + n++),
      x.desc,
      x.party ?? '',
      x.doc ?? '',
      x.minor > 0 ? num(x.minor, '# ##0.00') : '',
      x.minor < 0 ? num(-x.minor, '# ##0.00') : '',
      num(x.bal, '# ##0.00'),
    ],
  );
  p.out.splice(p.headerRow, 0, ['', '', 'Alkusaldo', '', '', '', '', num(m.bookOpening, '# ##0.00')]);
  rows.forEach((x) => (x.row += 1));
  const totalRow = p.out.length + 1;
  p.post([
    ['', '', 'Yhteensä', '', '', num(ins(rows), '# ##0.00'), num(outs(rows), '# ##0.00'), ''],
    ['', '', 'Loppusaldo', '', '', '', '', num(m.bookClosing, '# ##0.00')],
  ]);
  return {
    bytes: xlsxBytes('Pääkirja', p.out, [12, 12, 46, 30, 18, 14, 14, 16]),
    headerRow: p.headerRow,
    nonEntryRows: [{ row: totalRow, why: 'Yhteensä: the sums of the Debet and Kredit columns, not an entry' }],
    readOptions: {
      currency: 'KES',
      sheet: 'Pääkirja',
      mapping: {
        date: 'Päivämäärä',
        reference: 'Viite',
        description: 'Selite',
        party: 'Kumppani',
        moneyIn: 'Debet',
        moneyOut: 'Kredit',
        balance: 'Saldo',
      },
    },
  };
}

// ---------------------------------------------------------------- ZA: Bank of Communications JHB CSV, Chanjet T+ XLSX
export function zaBank(lines, m) {
  const pre = [
    ['Bank of Communications Co., Ltd. Johannesburg Branch'],
    ['Account Transaction Details'],
    ['Account Name', 'HUAXIN HARDWARE & TOOLS SA (PTY) LTD'],
    ['Account No.', m.bankAccount],
    ['Currency', 'ZAR'],
    ['Period', `${fmt.iso(m.from)} to ${fmt.iso(m.to)}`],
    ['Opening Balance', dec(m.bankOpening)],
    ['Closing Balance', dec(m.bankClosing)],
    [],
  ];
  const p = place(
    pre,
    ['Transaction Date', 'Value Date', 'Description', 'Reference', 'Amount', 'Balance'],
    lines,
    (l) => [fmt.iso(l.day), fmt.iso(l.day), l.text, l.ref, dec(l.minor), dec(l.bal)],
  );
  const first = p.out.length + 1;
  p.post([
    ['', '', 'Total Debit Amount', '', dec(-outs(lines)), ''],
    ['', '', 'Total Credit Amount', '', dec(ins(lines)), ''],
  ]);
  return {
    bytes: csvBytes(p.out),
    headerRow: p.headerRow,
    nonEntryRows: [
      { row: first, why: 'Total Debit Amount: the sum of the debits, not an entry' },
      { row: first + 1, why: 'Total Credit Amount: the sum of the credits, not an entry' },
    ],
    readOptions: {
      currency: 'ZAR',
      mapping: {
        date: 'Transaction Date',
        valueDate: 'Value Date',
        description: 'Description',
        reference: 'Reference',
        amount: 'Amount',
        balance: 'Balance',
      },
    },
  };
}

export function zaLedger(rows, m) {
  const z = 'yyyy-mm-dd';
  const pre = [['明细账'], [`科目：${m.ledgerAccount} 银行存款-交通银行约翰内斯堡分行(ZAR)`], ['期间：2028年05月'], []];
  let n = 0;
  const p = place(
    pre,
    ['日期', '凭证字号', '摘要', '往来单位', '票据号', '借方', '贷方', '方向', '余额'],
    rows,
    (x) => [
      date(x.day, z),
      `记-${String(m.journalStart + n++).padStart(4, '0')}`,
      x.desc,
      x.party ?? '',
      x.doc ?? '',
      x.minor > 0 ? num(x.minor) : '',
      x.minor < 0 ? num(-x.minor) : '',
      '借',
      num(x.bal),
    ],
  );
  p.out.splice(p.headerRow, 0, ['', '', '期初余额', '', '', '', '', '借', num(m.bookOpening)]);
  rows.forEach((x) => (x.row += 1));
  const first = p.out.length + 1;
  p.post([
    ['', '', '本月合计', '', '', num(ins(rows)), num(outs(rows)), '借', num(m.bookClosing)],
    ['', '', '本年累计', '', '', num(ins(rows) + m.ytdIn), num(outs(rows) + m.ytdOut), '借', num(m.bookClosing)],
  ]);
  return {
    bytes: xlsxBytes('明细账', p.out, [12, 10, 40, 30, 18, 15, 15, 6, 16]),
    headerRow: p.headerRow,
    nonEntryRows: [
      { row: first, why: '本月合计: the month’s sums of 借方 and 贷方, not an entry' },
      { row: first + 1, why: '本年累计: the year’s sums to date (not sums of the rows above), not an entry' },
    ],
    readOptions: {
      currency: 'ZAR',
      sheet: '明细账',
      mapping: {
        date: '日期',
        reference: '票据号',
        description: '摘要',
        party: '往来单位',
        moneyIn: '借方',
        moneyOut: '贷方',
        balance: '余额',
      },
    },
  };
}
