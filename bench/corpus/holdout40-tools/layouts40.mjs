// The two files of each set as the bank and the package write them. Each writer gives every line and row its
// spreadsheet row (1-based, counting preamble and header), the read options a user would give, and the rows
// with money that are not entries.
import { csvBytes, fmtDate, grouped, xlsxBytes } from './lib40.mjs';

const MON_YEAR = { '2027-10': 'oct2027', '2027-11': 'nov2027', '2027-12': 'dec2027' };

/** rows pushed one by one; `at()` is the spreadsheet row the next push gets */
function sheet() {
  const rows = [];
  return { rows, push: (r) => rows.push(r), at: () => rows.length + 1 };
}

const sum = (xs, f) => xs.reduce((s, x) => s + f(x), 0);

// ---------------------------------------------------------------------------------------------------- NG
function ng(S, m, bal) {
  const stamp = MON_YEAR[S.from.slice(0, 7)];
  // Addosser MFB internet banking: XLSX, oldest first, dd-MON-yyyy text dates, both balances as rows
  const b = sheet();
  b.push(['ADDOSSER MICROFINANCE BANK LIMITED']);
  b.push(['STATEMENT OF ACCOUNT']);
  b.push(['Account Name:', 'CERAMICA ADRIATICA NIGERIA LIMITED']);
  b.push(['Account Number:', { text: S.accountNumber }]);
  b.push(['Currency:', 'NGN']);
  b.push(['Period:', `${fmtDate(S.from, 'dd-MON-yyyy')} TO ${fmtDate(S.to, 'dd-MON-yyyy')}`]);
  b.push(['Branch:', 'OREGUN, IKEJA']);
  b.push([]);
  const bankHeader = b.at();
  b.push(['TRAN DATE', 'VALUE DATE', 'NARRATION', 'REFERENCE', 'DEBIT', 'CREDIT', 'BALANCE']);
  b.push([null, null, 'OPENING BALANCE', null, null, null, { money: bal.bankOpen }]);
  const bankRow = new Map();
  for (const l of m.lines) {
    bankRow.set(l, b.at());
    const d = fmtDate(l.date, 'dd-MON-yyyy');
    b.push([
      d,
      d,
      l.text,
      l.ref ? { text: l.ref } : null,
      l.amount < 0 ? { money: -l.amount } : null,
      l.amount > 0 ? { money: l.amount } : null,
      { money: l.balance },
    ]);
  }
  const totalRow = b.at();
  b.push([
    null,
    null,
    'TOTAL',
    null,
    { money: sum(m.lines, (l) => (l.amount < 0 ? -l.amount : 0)) },
    { money: sum(m.lines, (l) => (l.amount > 0 ? l.amount : 0)) },
    null,
  ]);
  b.push([null, null, 'CLOSING BALANCE', null, null, null, { money: bal.bankClose }]);
  b.push([]);
  b.push(['This statement is computer generated and needs no signature. Report discrepancies within 15 days.']);
  const bankFile = `addosser-mfb-${S.accountNumber}-${stamp}.xlsx`;

  // Zucchetti Ad Hoc Revolution, Schede contabili → CSV: Windows-1252, semicolons, Italian numbers
  const k = sheet();
  const it = (minor) => grouped(minor, { group: '.', decimal: ',' });
  k.push(['Ceramica Adriatica Nigeria Ltd']);
  k.push(['Scheda contabile conto 18.03.02 ADDOSSER MFB C/C NGN']);
  k.push([`Periodo dal ${fmtDate(S.from, 'dd/mm/yyyy')} al ${fmtDate(S.to, 'dd/mm/yyyy')} - Valuta NGN`]);
  k.push([]);
  const bookHeader = k.at();
  k.push([
    'Data reg.',
    'Num. reg.',
    'Causale',
    'Descrizione',
    'Num. doc.',
    'Cliente/Fornitore',
    'Dare',
    'Avere',
    'Saldo',
  ]);
  k.push(['', '', '', 'Saldo iniziale', '', '', '', '', it(bal.bookOpen)]);
  const bookRow = new Map();
  let reg = S.regStart;
  for (const r of m.rows) {
    bookRow.set(r, k.at());
    reg += S.rng.int(1, 3);
    k.push([
      fmtDate(r.date, 'dd/mm/yyyy'),
      String(reg),
      r.kind,
      r.desc,
      r.doc,
      r.party,
      r.amount > 0 ? it(r.amount) : '',
      r.amount < 0 ? it(-r.amount) : '',
      it(r.balance),
    ]);
  }
  const bookTotal = k.at();
  k.push([
    '',
    '',
    '',
    'Totale movimenti',
    '',
    '',
    it(sum(m.rows, (r) => (r.amount > 0 ? r.amount : 0))),
    it(sum(m.rows, (r) => (r.amount < 0 ? -r.amount : 0))),
    '',
  ]);
  k.push(['', '', '', 'Saldo finale', '', '', '', '', it(bal.bookClose)]);

  return {
    bank: {
      file: bankFile,
      bytes: xlsxBytes('Statement', b.rows, { widths: [13, 13, 70, 34, 16, 16, 18], documentDate: S.to }),
      bank: 'Addosser Microfinance Bank Limited',
      headerRow: bankHeader,
      rowOf: bankRow,
      ledgerAccount: '18.03.02',
      readOptions: {
        currency: 'NGN',
        sheet: 'Statement',
        mapping: {
          date: 'TRAN DATE',
          valueDate: 'VALUE DATE',
          description: 'NARRATION',
          reference: 'REFERENCE',
          moneyOut: 'DEBIT',
          moneyIn: 'CREDIT',
          balance: 'BALANCE',
        },
      },
      order: 'oldest-first',
      layout:
        'Addosser MFB internet-banking statement, XLSX sheet Statement: two title rows, five label/value rows and a blank, header in row 9, an undated OPENING BALANCE row (balance only), lines oldest first with dd-MON-yyyy text dates and number cells, an undated TOTAL row with both sums, an undated CLOSING BALANCE row and a text footer',
      nonEntryRows: [{ row: totalRow, why: 'TOTAL: the sums of the Debit and Credit columns, not an entry' }],
      narration: (l) => l.text,
    },
    ledger: {
      file: `zucchetti-scheda-contabile-18-03-02-${stamp}.csv`,
      bytes: csvBytes(k.rows, { delimiter: ';', encoding: 'windows-1252' }),
      package:
        'Zucchetti Ad Hoc Revolution (Contabilità → Stampe contabili → Schede contabili of account 18.03.02 Addosser MFB c/c NGN, exported to CSV, Italian interface)',
      headerRow: bookHeader,
      rowOf: bookRow,
      readOptions: {
        currency: 'NGN',
        dateOrder: 'DMY',
        decimalSeparator: ',',
        mapping: {
          date: 'Data reg.',
          reference: 'Num. doc.',
          description: 'Descrizione',
          party: 'Cliente/Fornitore',
          moneyIn: 'Dare',
          moneyOut: 'Avere',
          balance: 'Saldo',
        },
      },
      layout:
        'Zucchetti scheda contabile as CSV in Windows-1252 with semicolons: three title rows and a blank, Italian header in row 5, an undated Saldo iniziale row (balance only), dd/mm/yyyy dates, Italian amounts (1.234.567,89), Dare = money in, an undated Totale movimenti row with both sums and an undated Saldo finale row',
      nonEntryRows: [{ row: bookTotal, why: 'Totale movimenti: the sums of the Dare and Avere columns, not an entry' }],
      hasParty: true,
    },
  };
}

// ---------------------------------------------------------------------------------------------------- GH
function gh(S, m, bal) {
  const stamp = MON_YEAR[S.from.slice(0, 7)];
  // Shai Rural Bank statement: CSV, "dd MON yyyy" dates, B/F and C/F rows, no totals
  const b = sheet();
  const g = (minor) => grouped(minor);
  b.push(['SHAI RURAL BANK PLC']);
  b.push(['CUSTOMER ACCOUNT STATEMENT']);
  b.push(['ACCOUNT NAME: REDES DEL GOLFO GHANA LIMITED']);
  b.push([`ACCOUNT NUMBER: ${S.accountNumber}`]);
  b.push(['CURRENCY: GHS']);
  b.push([`PERIOD: ${fmtDate(S.from, 'dd MON yyyy')} TO ${fmtDate(S.to, 'dd MON yyyy')}`]);
  b.push(['BRANCH: TEMA']);
  b.push([]);
  const bankHeader = b.at();
  b.push(['POSTING DATE', 'VALUE DATE', 'TRANSACTION DETAILS', 'REF NO', 'WITHDRAWALS', 'DEPOSITS', 'BALANCE']);
  b.push(['', '', 'BALANCE B/F', '', '', '', g(bal.bankOpen)]);
  const bankRow = new Map();
  for (const l of m.lines) {
    bankRow.set(l, b.at());
    const d = fmtDate(l.date, 'dd MON yyyy');
    b.push([d, d, l.text, l.ref, l.amount < 0 ? g(-l.amount) : '', l.amount > 0 ? g(l.amount) : '', g(l.balance)]);
  }
  b.push(['', '', 'BALANCE C/F', '', '', '', g(bal.bankClose)]);
  b.push([]);
  b.push(['*** END OF STATEMENT ***']);

  // Holded, Libro mayor → Excel: the account on every row, real date cells, Debe = money in
  const k = sheet();
  const ac = '57200001';
  k.push(['Redes del Golfo Ghana Ltd']);
  k.push(['Libro mayor']);
  k.push([`Cuenta: ${ac} Shai Rural Bank (GHS)`]);
  k.push([`Periodo: ${fmtDate(S.from, 'dd/mm/yyyy')} - ${fmtDate(S.to, 'dd/mm/yyyy')}`]);
  k.push([]);
  const bookHeader = k.at();
  k.push(['Fecha', 'Asiento', 'Cuenta', 'Concepto', 'Documento', 'Contacto', 'Debe', 'Haber', 'Saldo']);
  k.push([null, null, ac, 'Saldo anterior', null, null, null, null, { money: bal.bookOpen }]);
  const bookRow = new Map();
  let seat = S.regStart;
  for (const r of m.rows) {
    bookRow.set(r, k.at());
    seat += S.rng.int(1, 4);
    k.push([
      { date: r.date, z: 'dd/mm/yyyy' },
      { num: seat },
      ac,
      r.desc,
      r.doc || null,
      r.party || null,
      r.amount > 0 ? { money: r.amount } : null,
      r.amount < 0 ? { money: -r.amount } : null,
      { money: r.balance },
    ]);
  }
  const bookTotal = k.at();
  k.push([
    null,
    null,
    ac,
    'Total',
    null,
    null,
    { money: sum(m.rows, (r) => (r.amount > 0 ? r.amount : 0)) },
    { money: sum(m.rows, (r) => (r.amount < 0 ? -r.amount : 0)) },
    null,
  ]);
  k.push([null, null, ac, 'Saldo final', null, null, null, null, { money: bal.bookClose }]);

  return {
    bank: {
      file: `shai-rb-${S.accountNumber}-${stamp}.csv`,
      bytes: csvBytes(b.rows),
      bank: 'Shai Rural Bank PLC',
      headerRow: bankHeader,
      rowOf: bankRow,
      ledgerAccount: ac,
      readOptions: {
        currency: 'GHS',
        mapping: {
          date: 'POSTING DATE',
          valueDate: 'VALUE DATE',
          description: 'TRANSACTION DETAILS',
          reference: 'REF NO',
          moneyOut: 'WITHDRAWALS',
          moneyIn: 'DEPOSITS',
          balance: 'BALANCE',
        },
      },
      order: 'oldest-first',
      layout:
        'Shai Rural Bank statement as CSV (cells quoted only when they hold a comma): two title rows, five "LABEL: value" rows in one cell and a blank, header in row 9, dd MON yyyy text dates, amounts grouped with commas, undated BALANCE B/F and BALANCE C/F rows (balance only), a text footer, no totals',
      nonEntryRows: [],
      narration: (l) => l.text,
    },
    ledger: {
      file: `holded-libro-mayor-${ac}-${stamp}.xlsx`,
      bytes: xlsxBytes('Libro mayor', k.rows, { widths: [12, 9, 11, 52, 20, 34, 14, 14, 15], documentDate: S.to }),
      package:
        'Holded (Contabilidad → Libro mayor of account 57200001 Shai Rural Bank GHS, exported to Excel, Spanish interface)',
      headerRow: bookHeader,
      rowOf: bookRow,
      readOptions: {
        currency: 'GHS',
        sheet: 'Libro mayor',
        mapping: {
          date: 'Fecha',
          reference: 'Documento',
          description: 'Concepto',
          party: 'Contacto',
          account: 'Cuenta',
          moneyIn: 'Debe',
          moneyOut: 'Haber',
          balance: 'Saldo',
        },
      },
      layout:
        'Holded libro mayor, XLSX sheet Libro mayor: four title rows and a blank, Spanish header in row 6, Cuenta 57200001 on every row (also the balance and total rows), real date cells shown dd/mm/yyyy, Asiento as a number, Debe = money in, undated Saldo anterior and Saldo final rows (balance only) and an undated Total row with both sums',
      nonEntryRows: [{ row: bookTotal, why: 'Total: the sums of the Debe and Haber columns, not an entry' }],
      hasParty: true,
    },
  };
}

// ---------------------------------------------------------------------------------------------------- KE
function ke(S, m, bal) {
  const stamp = MON_YEAR[S.from.slice(0, 7)];
  // SMEP MFB statement: XLSX, real date cells, both balances in the preamble, a Total row
  const b = sheet();
  b.push(['SMEP MICROFINANCE BANK LIMITED']);
  b.push(['STATEMENT OF ACCOUNT']);
  b.push(['Account Name', 'SOLEIL EQUATORIAL KENYA LIMITED']);
  b.push(['Account Number', { text: S.accountNumber }]);
  b.push(['Currency', 'KES']);
  b.push(['Statement Period', `${fmtDate(S.from, 'dd/mm/yyyy')} - ${fmtDate(S.to, 'dd/mm/yyyy')}`]);
  b.push(['Opening Balance', { money: bal.bankOpen }]);
  b.push(['Closing Balance', { money: bal.bankClose }]);
  b.push([]);
  const bankHeader = b.at();
  b.push(['Transaction Date', 'Value Date', 'Description', 'Cheque/Ref No', 'Debit', 'Credit', 'Balance']);
  const bankRow = new Map();
  for (const l of m.lines) {
    bankRow.set(l, b.at());
    b.push([
      { date: l.date, z: 'dd/mm/yyyy' },
      { date: l.date, z: 'dd/mm/yyyy' },
      l.text,
      l.ref ? { text: l.ref } : null,
      l.amount < 0 ? { money: -l.amount } : null,
      l.amount > 0 ? { money: l.amount } : null,
      { money: l.balance },
    ]);
  }
  const totalRow = b.at();
  b.push([
    null,
    null,
    'Total',
    null,
    { money: sum(m.lines, (l) => (l.amount < 0 ? -l.amount : 0)) },
    { money: sum(m.lines, (l) => (l.amount > 0 ? l.amount : 0)) },
    null,
  ]);
  b.push([]);
  b.push(['End of statement']);

  // EBP Compta, Grand-livre → CSV: UTF-8 with BOM, semicolons, French numbers, no party column
  const k = sheet();
  const fr = (minor) => grouped(minor, { group: ' ', decimal: ',' });
  k.push(['Soleil Équatorial Kenya Ltd']);
  k.push([`Grand-livre du ${fmtDate(S.from, 'dd/mm/yyyy')} au ${fmtDate(S.to, 'dd/mm/yyyy')}`]);
  k.push(['Compte 512100 - SMEP MFB KES']);
  k.push([]);
  const bookHeader = k.at();
  k.push(['Date', 'Journal', 'N° pièce', 'Libellé', 'Débit', 'Crédit', 'Solde']);
  k.push(['', '', '', `Solde au ${fmtDate(S.prevEnd, 'dd/mm/yyyy')}`, '', '', fr(bal.bookOpen)]);
  const bookRow = new Map();
  for (const r of m.rows) {
    bookRow.set(r, k.at());
    k.push([
      fmtDate(r.date, 'dd/mm/yyyy'),
      r.kind,
      r.doc,
      r.desc,
      r.amount > 0 ? fr(r.amount) : '',
      r.amount < 0 ? fr(-r.amount) : '',
      fr(r.balance),
    ]);
  }
  const bookTotal = k.at();
  k.push([
    '',
    '',
    '',
    'Total compte 512100',
    fr(sum(m.rows, (r) => (r.amount > 0 ? r.amount : 0))),
    fr(sum(m.rows, (r) => (r.amount < 0 ? -r.amount : 0))),
    '',
  ]);
  k.push(['', '', '', `Solde au ${fmtDate(S.to, 'dd/mm/yyyy')}`, '', '', fr(bal.bookClose)]);

  return {
    bank: {
      file: `smep-mfb-${S.accountNumber}-${stamp}.xlsx`,
      bytes: xlsxBytes('Account Statement', b.rows, { widths: [16, 12, 64, 18, 15, 15, 17], documentDate: S.to }),
      bank: 'SMEP Microfinance Bank Limited',
      headerRow: bankHeader,
      rowOf: bankRow,
      ledgerAccount: '512100',
      readOptions: {
        currency: 'KES',
        sheet: 'Account Statement',
        mapping: {
          date: 'Transaction Date',
          valueDate: 'Value Date',
          description: 'Description',
          reference: 'Cheque/Ref No',
          moneyOut: 'Debit',
          moneyIn: 'Credit',
          balance: 'Balance',
        },
      },
      order: 'oldest-first',
      layout:
        'SMEP MFB statement, XLSX sheet Account Statement: two title rows, six label/value rows (opening and closing balance among them) and a blank, header in row 10, real date cells shown dd/mm/yyyy, number cells, an undated Total row with both sums and a text footer',
      nonEntryRows: [{ row: totalRow, why: 'Total: the sums of the Debit and Credit columns, not an entry' }],
      narration: (l) => l.text,
    },
    ledger: {
      file: `ebp-grand-livre-512100-${stamp}.csv`,
      bytes: csvBytes(k.rows, { delimiter: ';', bom: true }),
      package:
        'EBP Compta (Impressions → Grand-livre of account 512100 SMEP MFB KES, exported to CSV, French interface)',
      headerRow: bookHeader,
      rowOf: bookRow,
      readOptions: {
        currency: 'KES',
        dateOrder: 'DMY',
        decimalSeparator: ',',
        mapping: {
          date: 'Date',
          reference: 'N° pièce',
          description: 'Libellé',
          moneyIn: 'Débit',
          moneyOut: 'Crédit',
          balance: 'Solde',
        },
      },
      layout:
        'EBP grand-livre as CSV, UTF-8 with BOM and semicolons: three title rows and a blank, French header in row 5, undated "Solde au …" rows at both ends (balance only), dd/mm/yyyy dates, journal BQ1, French amounts grouped with a space (1 234,56), Débit = money in, no party column (the name ends the Libellé), an undated Total compte row with both sums',
      nonEntryRows: [
        { row: bookTotal, why: 'Total compte 512100: the sums of the Débit and Crédit columns, not an entry' },
      ],
      hasParty: false,
    },
  };
}

// ---------------------------------------------------------------------------------------------------- ZA
function za(S, m, bal) {
  const stamp = MON_YEAR[S.from.slice(0, 7)];
  // Bank of America CashPro transaction detail: CSV, US dates, one signed Amount column, two total rows
  const b = sheet();
  const g = (minor) => grouped(minor);
  b.push(['Bank of America, N.A. - Johannesburg Branch']);
  b.push(['CashPro Online - Account Statement - Transaction Detail']);
  b.push(['Account Name', 'HANUL TYRE & BATTERY SA (PTY) LTD']);
  b.push(['Account Number', S.accountNumber]);
  b.push(['Currency', 'ZAR']);
  b.push(['Date Range', `${fmtDate(S.from, 'mm/dd/yyyy')} - ${fmtDate(S.to, 'mm/dd/yyyy')}`]);
  b.push(['Opening Ledger Balance', g(bal.bankOpen)]);
  b.push(['Closing Ledger Balance', g(bal.bankClose)]);
  b.push([]);
  const bankHeader = b.at();
  b.push([
    'Posting Date',
    'Value Date',
    'BAI Code',
    'Transaction Type',
    'Description',
    'Customer Reference',
    'Bank Reference',
    'Amount',
    'Ledger Balance',
  ]);
  const bankRow = new Map();
  for (const l of m.lines) {
    bankRow.set(l, b.at());
    const d = fmtDate(l.date, 'mm/dd/yyyy');
    b.push([d, d, l.bai, l.type, l.text, l.ref, l.bankRef, g(l.amount), g(l.balance)]);
  }
  const creditRow = b.at();
  b.push(['', '', '', '', 'Total Credits', '', '', g(sum(m.lines, (l) => (l.amount > 0 ? l.amount : 0))), '']);
  const debitRow = b.at();
  b.push(['', '', '', '', 'Total Debits', '', '', g(sum(m.lines, (l) => (l.amount < 0 ? l.amount : 0))), '']);

  // Douzone iCUBE 계정별원장 → Excel: Korean header, real date cells, 차변 = money in, 월계 and 누계 rows
  const k = sheet();
  k.push(['계정별원장']);
  k.push(['회사명: Hanul Tyre & Battery SA (Pty) Ltd']);
  k.push(['계정과목: 10301 보통예금 (BoA 요하네스버그 ZAR)']);
  k.push([`기간: ${S.from} ~ ${S.to}`]);
  k.push([]);
  const bookHeader = k.at();
  k.push(['일자', '전표번호', '적요', '거래처', '증빙번호', '차변', '대변', '잔액']);
  k.push([null, null, '전기이월', null, null, null, null, { money: bal.bookOpen }]);
  const bookRow = new Map();
  let lastDate = '';
  let voucher = 0;
  for (const r of m.rows) {
    bookRow.set(r, k.at());
    voucher = r.date === lastDate ? voucher + 1 : 1;
    lastDate = r.date;
    k.push([
      { date: r.date, z: 'yyyy-mm-dd' },
      { text: String(voucher).padStart(5, '0') },
      r.desc,
      r.party || null,
      r.doc || null,
      r.amount > 0 ? { money: r.amount } : null,
      r.amount < 0 ? { money: -r.amount } : null,
      { money: r.balance },
    ]);
  }
  const monthDebit = sum(m.rows, (r) => (r.amount > 0 ? r.amount : 0));
  const monthCredit = sum(m.rows, (r) => (r.amount < 0 ? -r.amount : 0));
  const monthRow = k.at();
  k.push([null, null, '월계', null, null, { money: monthDebit }, { money: monthCredit }, null]);
  const ytdRow = k.at();
  k.push([
    null,
    null,
    '누계',
    null,
    null,
    { money: bal.ytdDebit + monthDebit },
    { money: bal.ytdCredit + monthCredit },
    null,
  ]);

  return {
    bank: {
      file: `bofa-jhb-${S.accountNumber}-${stamp}.csv`,
      bytes: csvBytes(b.rows),
      bank: 'Bank of America, N.A., Johannesburg Branch',
      headerRow: bankHeader,
      rowOf: bankRow,
      ledgerAccount: '10301',
      readOptions: {
        currency: 'ZAR',
        dateOrder: 'MDY',
        mapping: {
          date: 'Posting Date',
          valueDate: 'Value Date',
          description: ['Transaction Type', 'Description'],
          reference: 'Customer Reference',
          amount: 'Amount',
          balance: 'Ledger Balance',
        },
      },
      order: 'oldest-first',
      layout:
        "Bank of America CashPro transaction detail as CSV (cells quoted only when they hold a comma): two title rows, six label,value rows (both ledger balances among them) and a blank, header in row 10, mm/dd/yyyy text dates, a BAI code, the transaction type and the payer or payee in separate columns, the payer's or our reference in Customer Reference, one signed Amount column grouped with commas, undated Total Credits and Total Debits rows",
      nonEntryRows: [
        { row: creditRow, why: 'Total Credits: the sum of the money in, not an entry' },
        { row: debitRow, why: 'Total Debits: the sum of the money out, not an entry' },
      ],
      narration: (l) => `${l.type} — ${l.text}`,
    },
    ledger: {
      file: `douzone-ledger-10301-${stamp}.xlsx`,
      bytes: xlsxBytes('계정별원장', k.rows, { widths: [12, 9, 44, 34, 22, 15, 15, 16], documentDate: S.to }),
      package:
        'Douzone iCUBE (회계관리 → 장부관리 → 계정별원장 of account 10301 보통예금 BoA JHB ZAR, exported to Excel, Korean interface)',
      headerRow: bookHeader,
      rowOf: bookRow,
      readOptions: {
        currency: 'ZAR',
        sheet: '계정별원장',
        mapping: {
          date: '일자',
          reference: '증빙번호',
          description: '적요',
          party: '거래처',
          moneyIn: '차변',
          moneyOut: '대변',
          balance: '잔액',
        },
      },
      layout:
        "Douzone 계정별원장, XLSX sheet 계정별원장: four title rows and a blank, Korean header in row 6, an undated 전기이월 row (balance only), real date cells shown yyyy-mm-dd, 전표번호 as text, 차변 = money in, undated 월계 (the month's sums) and 누계 (the year's sums to date) rows",
      nonEntryRows: [
        { row: monthRow, why: "월계: the month's sums of 차변 and 대변, not an entry" },
        { row: ytdRow, why: '누계: the year-to-date sums of 차변 and 대변, not an entry' },
      ],
      hasParty: true,
    },
  };
}

export const LAYOUTS = { NG: ng, GH: gh, KE: ke, ZA: za };
