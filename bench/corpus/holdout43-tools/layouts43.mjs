// The four banks' statement layouts and the four packages' ledger layouts. Each returns the file's bytes and the
// spreadsheet row of every line or entry (1-based, counting preamble and header).
import { Buffer } from 'node:buffer';
import { MONTHS, csv, dec, grouped, isoOf, xlsx } from './lib43.mjs';

const parts = (day) => {
  const s = isoOf(day);
  return { y: s.slice(0, 4), m: s.slice(5, 7), d: s.slice(8, 10) };
};
const dMonY = (day, sep = '-') => {
  const { y, m, d } = parts(day);
  return `${d}${sep}${MONTHS[+m - 1]}${sep}${y}`;
};
const dmy = (day, sep) => {
  const { y, m, d } = parts(day);
  return `${d}${sep}${m}${sep}${y}`;
};
const ymd = (day, sep) => {
  const { y, m, d } = parts(day);
  return `${y}${sep}${m}${sep}${d}`;
};
const money = (minor, g = ',', pt = '.') => (minor ? grouped(minor, g, pt) : '');
const signedDa = (minor) => (minor < 0 ? '-' : '') + grouped(minor, '.', ',');

/** Running balances after each item, from an opening. */
function run(opening, items) {
  let b = opening;
  return items.map((x) => (b += x.amount));
}

export const BANK = {
  // Mutual Trust MFB internet banking, "Download as CSV"
  NG(s, lines, opening) {
    const bal = run(opening, lines);
    const closing = bal.length ? bal[bal.length - 1] : opening;
    const rows = [
      ['MUTUAL TRUST MICROFINANCE BANK LIMITED'],
      ['STATEMENT OF ACCOUNT'],
      ['Account Name', s.holder],
      ['Account Number', s.bankAccount],
      ['Currency', 'NGN'],
      ['Period', `${dMonY(s.from)} to ${dMonY(s.to)}`],
      [],
      ['Trans. Date', 'Value Date', 'Narration', 'Reference', 'Debit', 'Credit', 'Balance'],
      ['', '', 'OPENING BALANCE', '', '', '', money(opening)],
    ];
    const at = lines.map((l, i) => {
      rows.push([
        dMonY(l.day),
        dMonY(l.day),
        l.text,
        l.ref,
        l.amount < 0 ? money(-l.amount) : '',
        l.amount > 0 ? money(l.amount) : '',
        money(bal[i]),
      ]);
      return rows.length;
    });
    rows.push(['', '', 'CLOSING BALANCE', '', '', '', money(closing)]);
    return {
      bytes: Buffer.from(csv(rows), 'utf8'),
      rows: at,
      headerRow: 8,
      closing,
      nonEntryRows: [],
      readOptions: {
        currency: 'NGN',
        mapping: {
          date: 'Trans. Date',
          valueDate: 'Value Date',
          description: 'Narration',
          reference: 'Reference',
          moneyOut: 'Debit',
          moneyIn: 'Credit',
          balance: 'Balance',
        },
      },
      layout:
        'CSV, six preamble rows and a blank, header row 8, dd-Mon-yyyy text dates, comma-grouped Debit/Credit, balance-only OPENING/CLOSING BALANCE rows',
    };
  },
  // Bosomtwi Rural Bank e-statement CSV
  GH(s, lines, opening) {
    const bal = run(opening, lines);
    const closing = bal.length ? bal[bal.length - 1] : opening;
    const rows = [
      ['BOSOMTWI RURAL BANK PLC'],
      ['CUSTOMER ACCOUNT STATEMENT'],
      ['Account Name', s.holder],
      ['Account No', s.bankAccount],
      ['Branch', 'KUNTANASE'],
      ['Period', `${dmy(s.from, '/')} - ${dmy(s.to, '/')}`],
      [],
      ['Date', 'Description', 'Cheque/Ref No', 'Debit', 'Credit', 'Balance'],
      ['', 'BALANCE B/F', '', '', '', money(opening)],
    ];
    const at = lines.map((l, i) => {
      rows.push([
        dmy(l.day, '/'),
        l.text,
        l.ref,
        l.amount < 0 ? money(-l.amount) : '',
        l.amount > 0 ? money(l.amount) : '',
        money(bal[i]),
      ]);
      return rows.length;
    });
    rows.push(['', 'BALANCE C/F', '', '', '', money(closing)]);
    return {
      bytes: Buffer.from(csv(rows), 'utf8'),
      rows: at,
      headerRow: 8,
      closing,
      nonEntryRows: [],
      readOptions: {
        currency: 'GHS',
        dateOrder: 'DMY',
        mapping: {
          date: 'Date',
          description: 'Description',
          reference: 'Cheque/Ref No',
          moneyOut: 'Debit',
          moneyIn: 'Credit',
          balance: 'Balance',
        },
      },
      layout:
        'CSV, six preamble rows and a blank, header row 8, dd/mm/yyyy text dates, comma-grouped Debit/Credit, balance-only BALANCE B/F and C/F rows',
    };
  },
  // I&M Bank Kenya, online banking "Export to Excel"
  KE(s, lines, opening) {
    const bal = run(opening, lines);
    const closing = bal.length ? bal[bal.length - 1] : opening;
    const z = 'dd/mm/yyyy';
    const rows = [
      ['I&M BANK LIMITED'],
      ['ACCOUNT STATEMENT'],
      ['Account Name', s.holder],
      ['Account Number', s.bankAccount],
      ['Currency', 'KES'],
      [],
      ['Tran Date', 'Value Date', 'Transaction Details', 'Reference', 'Debit', 'Credit', 'Balance'],
      ['', '', 'Opening Balance', '', '', '', { n: dec(opening) }],
    ];
    const at = lines.map((l, i) => {
      rows.push([
        { d: l.day, z },
        { d: l.day, z },
        l.text,
        l.ref,
        l.amount < 0 ? { n: dec(-l.amount) } : '',
        l.amount > 0 ? { n: dec(l.amount) } : '',
        { n: dec(bal[i]) },
      ]);
      return rows.length;
    });
    rows.push(['', '', 'Closing Balance', '', '', '', { n: dec(closing) }]);
    return {
      bytes: xlsx('Statement', rows),
      rows: at,
      headerRow: 7,
      closing,
      nonEntryRows: [],
      readOptions: {
        currency: 'KES',
        sheet: 'Statement',
        mapping: {
          date: 'Tran Date',
          valueDate: 'Value Date',
          description: 'Transaction Details',
          reference: 'Reference',
          moneyOut: 'Debit',
          moneyIn: 'Credit',
          balance: 'Balance',
        },
      },
      layout:
        'XLSX (sheet Statement), five preamble rows and a blank, header row 7, date cells dd/mm/yyyy, number cells, balance-only Opening/Closing Balance rows',
    };
  },
  // Old Mutual Bank business banking CSV
  ZA(s, lines, opening) {
    const bal = run(opening, lines);
    const closing = bal.length ? bal[bal.length - 1] : opening;
    const rows = [
      ['Old Mutual Bank'],
      ['Account statement'],
      ['Account holder', s.holder],
      ['Account number', s.bankAccount],
      ['Statement period', `${ymd(s.from, '/')} - ${ymd(s.to, '/')}`],
      ['Opening balance', dec(opening)],
      ['Closing balance', dec(closing)],
      [],
      ['Date', 'Description', 'Reference', 'Money out', 'Money in', 'Balance'],
    ];
    const at = lines.map((l, i) => {
      rows.push([
        ymd(l.day, '/'),
        l.text,
        l.ref,
        l.amount < 0 ? dec(-l.amount) : '',
        l.amount > 0 ? dec(l.amount) : '',
        dec(bal[i]),
      ]);
      return rows.length;
    });
    return {
      bytes: Buffer.from(csv(rows), 'utf8'),
      rows: at,
      headerRow: 9,
      closing,
      nonEntryRows: [],
      readOptions: {
        currency: 'ZAR',
        mapping: {
          date: 'Date',
          description: 'Description',
          reference: 'Reference',
          moneyOut: 'Money out',
          moneyIn: 'Money in',
          balance: 'Balance',
        },
      },
      layout:
        'CSV, seven label/value preamble rows (both balances) and a blank, header row 9, yyyy/mm/dd dates, ungrouped Money out/Money in',
    };
  },
};

export const BOOKS = {
  // Fiken: Rapporter → Kontoutskrift for 1920 Bankkonto, exported to Excel
  NG(s, rows, opening) {
    const bal = run(opening, rows);
    const closing = bal.length ? bal[bal.length - 1] : opening;
    // Excel's own escaped writing of a Norwegian date format (an unescaped `.` reads as a decimal point)
    const z = 'dd\\.mm\\.yyyy';
    const out = [
      ['Kontoutskrift'],
      [`${s.ledgerAccount} Bankkonto Mutual Trust MFB (NGN)`],
      [`Periode ${dmy(s.from, '.')}–${dmy(s.to, '.')}`],
      [],
      ['Dato', 'Bilagsnr.', 'Beskrivelse', 'Kontakt', 'Inn', 'Ut', 'Saldo'],
      ['', '', 'Inngående saldo', '', '', '', { n: dec(opening) }],
    ];
    const at = rows.map((w, i) => {
      out.push([
        { d: w.day, z },
        String(101 + i),
        w.desc,
        w.party,
        w.amount > 0 ? { n: dec(w.amount) } : '',
        w.amount < 0 ? { n: dec(-w.amount) } : '',
        { n: dec(bal[i]) },
      ]);
      return out.length;
    });
    out.push(['', '', 'Utgående saldo', '', '', '', { n: dec(closing) }]);
    return {
      bytes: xlsx('Kontoutskrift', out),
      rows: at,
      headerRow: 5,
      closing,
      nonEntryRows: [],
      readOptions: {
        currency: 'NGN',
        sheet: 'Kontoutskrift',
        mapping: {
          date: 'Dato',
          description: 'Beskrivelse',
          party: 'Kontakt',
          moneyIn: 'Inn',
          moneyOut: 'Ut',
          balance: 'Saldo',
        },
      },
      layout:
        'XLSX (sheet Kontoutskrift), three title rows and a blank, Norwegian header row 5, date cells dd.mm.yyyy (format dd\\.mm\\.yyyy), Inn = money in, no reference column, balance-only Inngående/Utgående saldo rows',
      mapped: (w) => [w.desc, w.party],
    };
  },
  // Dinero: Regnskab → Kontokort for 5820 Bank, "Eksportér" to CSV (semicolons, decimal comma)
  GH(s, rows, opening) {
    const bal = run(opening, rows);
    const closing = bal.length ? bal[bal.length - 1] : opening;
    const out = [
      ['Kontokort'],
      [`${s.ledgerAccount} Bosomtwi Rural Bank (GHS)`],
      [`Periode ${dmy(s.from, '-')} - ${dmy(s.to, '-')}`],
      [],
      ['Dato', 'Bilag', 'Tekst', 'Beløb', 'Saldo'],
      ['', '', 'Primosaldo', '', signedDa(opening)],
    ];
    const at = rows.map((w, i) => {
      out.push([dmy(w.day, '-'), String(2201 + i), w.desc, signedDa(w.amount), signedDa(bal[i])]);
      return out.length;
    });
    out.push(['', '', 'Ultimosaldo', '', signedDa(closing)]);
    return {
      bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv(out, ';'), 'utf8')]),
      rows: at,
      headerRow: 5,
      closing,
      nonEntryRows: [],
      readOptions: {
        currency: 'GHS',
        dateOrder: 'DMY',
        decimalSeparator: ',',
        mapping: { date: 'Dato', description: 'Tekst', amount: 'Beløb', balance: 'Saldo' },
      },
      layout:
        'CSV (UTF-8 with BOM, semicolons), three title rows and a blank, Danish header row 5, dd-mm-yyyy dates, one signed Beløb column written 1.234,56, no party or reference column, balance-only Primosaldo/Ultimosaldo rows',
      mapped: (w) => [w.desc],
    };
  },
  // Alegra: Bancos → cuenta → Exportar movimientos (Excel)
  KE(s, rows, opening) {
    const bal = run(opening, rows);
    const closing = bal.length ? bal[bal.length - 1] : opening;
    const z = 'dd/mm/yyyy';
    const out = [
      [`Movimientos de la cuenta bancaria ${s.ledgerAccount} I&M Bank KES`],
      [`Del ${dmy(s.from, '/')} al ${dmy(s.to, '/')}`],
      [],
      ['Fecha', 'Número', 'Contacto', 'Descripción', 'Referencia', 'Entrada', 'Salida', 'Saldo'],
      ['', '', '', 'Saldo inicial', '', '', '', { n: dec(opening) }],
    ];
    const at = rows.map((w, i) => {
      out.push([
        { d: w.day, z },
        `${w.amount > 0 ? 'RC' : 'CE'}-${340 + i}`,
        w.party,
        w.desc,
        w.ref,
        w.amount > 0 ? { n: dec(w.amount) } : '',
        w.amount < 0 ? { n: dec(-w.amount) } : '',
        { n: dec(bal[i]) },
      ]);
      return out.length;
    });
    const sumIn = rows.reduce((a, w) => a + Math.max(0, w.amount), 0);
    const sumOut = rows.reduce((a, w) => a + Math.max(0, -w.amount), 0);
    out.push(['', '', '', 'Totales', '', { n: dec(sumIn) }, { n: dec(sumOut) }, '']);
    const totals = out.length;
    out.push(['', '', '', 'Saldo final', '', '', '', { n: dec(closing) }]);
    return {
      bytes: xlsx('Movimientos', out),
      rows: at,
      headerRow: 4,
      closing,
      nonEntryRows: [{ row: totals, why: 'Totales: the sums of Entrada and Salida, undated' }],
      readOptions: {
        currency: 'KES',
        sheet: 'Movimientos',
        mapping: {
          date: 'Fecha',
          description: 'Descripción',
          reference: 'Referencia',
          party: 'Contacto',
          moneyIn: 'Entrada',
          moneyOut: 'Salida',
          balance: 'Saldo',
        },
      },
      layout:
        'XLSX (sheet Movimientos), two title rows and a blank, Spanish header row 4, date cells dd/mm/yyyy, Entrada = money in, an undated Totales row with both sums, balance-only Saldo inicial/final rows',
      mapped: (w) => [w.desc, w.ref, w.party],
    };
  },
  // Bokio: Bokföring → Huvudbok for 1930, exported to CSV (semicolons, space-grouped decimal comma)
  ZA(s, rows, opening) {
    const bal = run(opening, rows);
    const closing = bal.length ? bal[bal.length - 1] : opening;
    const sv = (minor) => (minor < 0 ? '-' : '') + grouped(minor, ' ', ',');
    const out = [
      ['Huvudbok'],
      [`Konto ${s.ledgerAccount} Företagskonto Old Mutual Bank (ZAR)`],
      [`Period ${ymd(s.from, '-')} – ${ymd(s.to, '-')}`],
      [],
      ['Datum', 'Verifikat', 'Text', 'Debet', 'Kredit', 'Saldo'],
      ['', '', 'Ingående saldo', '', '', sv(opening)],
    ];
    const at = rows.map((w, i) => {
      out.push([
        ymd(w.day, '-'),
        `V${512 + i}`,
        w.desc,
        w.amount > 0 ? sv(w.amount) : '',
        w.amount < 0 ? sv(-w.amount) : '',
        sv(bal[i]),
      ]);
      return out.length;
    });
    const sumIn = rows.reduce((a, w) => a + Math.max(0, w.amount), 0);
    const sumOut = rows.reduce((a, w) => a + Math.max(0, -w.amount), 0);
    out.push(['', '', 'Summa', sv(sumIn), sv(sumOut), '']);
    const totals = out.length;
    out.push(['', '', 'Utgående saldo', '', '', sv(closing)]);
    return {
      bytes: Buffer.from(csv(out, ';'), 'utf8'),
      rows: at,
      headerRow: 5,
      closing,
      nonEntryRows: [{ row: totals, why: 'Summa: the sums of Debet and Kredit, undated' }],
      readOptions: {
        currency: 'ZAR',
        decimalSeparator: ',',
        mapping: { date: 'Datum', description: 'Text', moneyIn: 'Debet', moneyOut: 'Kredit', balance: 'Saldo' },
      },
      layout:
        'CSV (UTF-8, semicolons), three title rows and a blank, Swedish header row 5, yyyy-mm-dd dates, Debet = money in, amounts 1 234,56, no party or reference column, an undated Summa row with both sums, balance-only Ingående/Utgående saldo rows',
      mapped: (w) => [w.desc],
    };
  },
};
