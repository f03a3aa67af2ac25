// File layouts: each writer turns the set's lines (bank) or rows (ledger) of one file into spreadsheet rows, and
// tells which row each line landed on. Row numbers are 1-based spreadsheet rows counting preamble and header.
import { dmy, dMonY, grouped, major } from './lib.mjs';

const num = (minor) => Number(major(minor));
const byDate = (a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order);
/** a date cell for XLSX output */
const D = (isoDate) => ({ date: isoDate });

function place(preamble, header, items, render, { newestFirst = false, footer = [] } = {}) {
  const aoa = [...preamble, header];
  const headerRow = aoa.length;
  const rowOf = new Map();
  const list = newestFirst ? [...items].reverse() : items;
  for (const it of list) {
    aoa.push(render(it));
    rowOf.set(it.id, aoa.length);
  }
  aoa.push(...footer);
  return { aoa, headerRow, rowOf };
}

/** running balances in posting (oldest-first) order */
function withBalances(lines, opening) {
  let bal = opening;
  const sorted = [...lines].sort(byDate);
  for (const l of sorted) {
    bal += l.amt;
    l.balance = bal;
  }
  return { sorted, closing: bal };
}

export const bankLayouts = {
  stanbic(lines, f) {
    const { sorted, closing } = withBalances(lines, f.opening);
    const r = place(
      [
        ['Stanbic IBTC Bank'],
        ['Customer Account Statement'],
        ['Account Name:', 'ADEYEMI-OKAFOR FOODS DISTRIBUTION LTD'],
        ['Account Number:', '0031478295'],
        ['Currency:', 'NGN'],
        ['Period:', '01-Oct-2025 to 31-Oct-2025'],
        ['Opening Balance:', num(f.opening)],
        [],
      ],
      ['Transaction Date', 'Value Date', 'Description', 'Reference', 'Debit', 'Credit', 'Balance'],
      sorted,
      (l) => [
        dMonY(l.date),
        dMonY(l.valueDate ?? l.date),
        l.text,
        l.ref ?? '',
        l.amt < 0 ? num(-l.amt) : '',
        l.amt > 0 ? num(l.amt) : '',
        num(l.balance),
      ],
      { footer: [[], ['Closing Balance', '', '', '', '', '', num(closing)]] },
    );
    return { ...r, closing, format: 'xlsx', sheet: 'Statement' };
  },
  coop(lines, f) {
    const { sorted, closing } = withBalances(lines, f.opening);
    const r = place(
      [
        ['CO-OPERATIVE BANK OF KENYA LIMITED'],
        ['STATEMENT OF ACCOUNT'],
        ['Account Name', 'MWANGI & OTIENO HARDWARE WHOLESALERS LTD'],
        ['Account Number', '01129047751800'],
        ['Branch', 'INDUSTRIAL AREA'],
        ['Currency', 'KES'],
        ['Statement Period', '01/09/2025 - 30/09/2025'],
        ['Opening Balance', grouped(f.opening)],
        [],
      ],
      ['Transaction Date', 'Value Date', 'Transaction Details', 'Reference No.', 'Debit', 'Credit', 'Book Balance'],
      sorted,
      (l) => [
        dmy(l.date),
        dmy(l.valueDate ?? l.date),
        l.text,
        l.ref ?? '',
        l.amt < 0 ? grouped(-l.amt) : '',
        l.amt > 0 ? grouped(l.amt) : '',
        grouped(l.balance),
      ],
      { footer: [[], ['Closing Balance', '', '', '', '', '', grouped(closing)], ['*** End of Statement ***']] },
    );
    return { ...r, closing, format: 'csv' };
  },
  mpesa(lines, f) {
    const { sorted, closing } = withBalances(lines, f.opening);
    const r = place(
      [
        ['M-PESA Organisation Statement'],
        ['Organisation Name:', 'MWANGI & OTIENO HARDWARE'],
        ['Till Number:', '5123456'],
        ['Account:', 'Merchant Account'],
        ['Time Period:', '01-09-2025 00:00:00 - 30-09-2025 23:59:59'],
        [],
      ],
      [
        'Receipt No.',
        'Completion Time',
        'Initiation Time',
        'Details',
        'Transaction Status',
        'Paid In',
        'Withdrawn',
        'Balance',
        'Balance Confirmed',
        'Reason Type',
        'Other Party Info',
        'Linked Transaction ID',
        'A/C No.',
      ],
      sorted,
      (l) => [
        l.ref,
        `${l.date} ${l.time}`,
        `${l.date} ${l.time}`,
        l.text,
        'Completed',
        l.amt > 0 ? grouped(l.amt) : '',
        l.amt < 0 ? `-${grouped(-l.amt)}` : '',
        grouped(l.balance),
        'true',
        l.reason,
        l.party ?? '',
        l.linked ?? '',
        '',
      ],
      { newestFirst: true },
    );
    return { ...r, closing, format: 'csv' };
  },
  fidelity(lines, f) {
    const { sorted, closing } = withBalances(lines, f.opening);
    const r = place(
      [
        ['FIDELITY BANK GHANA LIMITED'],
        ['STATEMENT OF ACCOUNT'],
        ['Account Name:', 'NANA AMA PHARMACEUTICALS & COSMETICS LTD'],
        ['Account Number:', '1050346672219'],
        ['Currency:', 'GHS'],
        ['Period:', '01-Feb-2025 to 28-Feb-2025'],
        [],
      ],
      ['Post Date', 'Value Date', 'Narration', 'Reference', 'Debit', 'Credit', 'Balance'],
      sorted,
      (l) => [
        dMonY(l.date),
        dMonY(l.valueDate ?? l.date),
        l.text,
        l.ref ?? '',
        l.amt < 0 ? grouped(-l.amt) : '',
        l.amt > 0 ? grouped(l.amt) : '',
        grouped(l.balance),
      ],
      { footer: [[], ['Closing Balance', '', '', '', '', '', grouped(closing)]] },
    );
    r.aoa.splice(r.headerRow, 0, ['', '', 'Opening Balance', '', '', '', grouped(f.opening)]);
    for (const [k, v] of r.rowOf) r.rowOf.set(k, v + 1);
    return { ...r, closing, format: 'csv' };
  },
  momo(lines, f) {
    const { sorted, closing } = withBalances(lines, f.opening);
    const r = place(
      [],
      [
        'Id',
        'External Transaction Id',
        'Date',
        'Status',
        'Type',
        'Provider Category',
        'Information',
        'Note / Message',
        'From',
        'From Name',
        'From Handler Name',
        'To',
        'To Name',
        'Initiated By',
        'Amount',
        'Currency',
        'Fee',
        'Balance',
      ],
      sorted,
      (l) => [
        l.ref,
        l.ext ?? '',
        `${l.date} ${l.time}`,
        'Successful',
        l.type,
        l.cat ?? '',
        '',
        l.text,
        l.from ?? '',
        l.party ?? '',
        '',
        l.to ?? '',
        l.toName ?? '',
        l.from ?? '',
        major(l.gross),
        'GHS',
        major(l.fee ?? 0),
        major(l.balance),
      ],
      { newestFirst: true },
    );
    return { ...r, closing, format: 'csv' };
  },
  nedbank(lines, f) {
    const { sorted, closing } = withBalances(lines, f.opening);
    const r = place([], ['Transaction Date', 'Description', 'Amount', 'Balance'], sorted, (l) => [
      dmy(l.date),
      l.text,
      major(l.amt),
      major(l.balance),
    ]);
    return { ...r, closing, format: 'csv' };
  },
};

export const ledgerLayouts = {
  tally(rows, f) {
    const sorted = [...rows].sort(byDate);
    const counters = {};
    for (const x of sorted) x.num = String((counters[x.type] = (counters[x.type] ?? 0) + 1));
    const dr = sorted.filter((x) => x.amt > 0).reduce((a, x) => a + x.amt, 0) + f.openingBooks;
    const cr = sorted.filter((x) => x.amt < 0).reduce((a, x) => a - x.amt, 0);
    const r = place(
      [
        ['Adeyemi-Okafor Foods Distribution Ltd'],
        ['14 Industrial Avenue, Ilupeju, Lagos'],
        ['Stanbic IBTC Bank A/c 0031478295'],
        ['Ledger Account'],
        ['1-Oct-2025 to 31-Oct-2025'],
      ],
      ['Date', 'Particulars', 'Vch Type', 'Vch No.', 'Narration', 'Debit', 'Credit'],
      sorted,
      (x) => [D(x.date), x.part, x.type, x.num, x.narr, x.amt > 0 ? num(x.amt) : '', x.amt < 0 ? num(-x.amt) : ''],
      // Tally also prints a "Current Total :" row (money, no date), which the project's reader refuses; the export
      // is written as a user would save it after deleting that row
      { footer: [['', 'Closing Balance', '', '', '', num(dr - cr), '']] },
    );
    r.aoa.splice(r.headerRow, 0, ['', 'Opening Balance', '', '', '', num(f.openingBooks), '']);
    for (const [k, v] of r.rowOf) r.rowOf.set(k, v + 1);
    return {
      ...r,
      format: 'xlsx',
      sheet: 'Ledger Vouchers',
      json: (x) => ({ reference: null, description: `${x.part} — ${x.narr}`, party: null, account: null }),
    };
  },
  odoo(rows) {
    const sorted = [...rows].sort((a, b) => (a.account < b.account ? -1 : a.account > b.account ? 1 : byDate(a, b)));
    const r = place(
      [],
      ['Date', 'Journal Entry', 'Account', 'Partner', 'Label', 'Reference', 'Debit', 'Credit'],
      sorted,
      (x) => [
        D(x.date),
        x.num,
        x.account,
        x.part ?? '',
        x.narr,
        x.ref ?? '',
        x.amt > 0 ? num(x.amt) : 0,
        x.amt < 0 ? num(-x.amt) : 0,
      ],
    );
    return {
      ...r,
      format: 'xlsx',
      sheet: 'Journal Items',
      json: (x) => ({ reference: x.ref || null, description: x.narr, party: x.part || null, account: x.account }),
    };
  },
  qbd(rows, f) {
    const aoa = [['', 'Type', 'Date', 'Num', 'Name', 'Memo', 'Account', 'Split', 'Debit', 'Credit', 'Balance']];
    const rowOf = new Map();
    for (const acc of f.accounts) {
      const list = rows.filter((x) => x.account === acc.name).sort(byDate);
      aoa.push([acc.name, '', '', '', '', '', '', '', '', '', grouped(acc.openingBooks)]);
      let bal = acc.openingBooks;
      let dr = 0;
      let cr = 0;
      for (const x of list) {
        bal += x.amt;
        if (x.amt > 0) dr += x.amt;
        else cr -= x.amt;
        aoa.push([
          '',
          x.type,
          dmy(x.date),
          x.num ?? '',
          x.part ?? '',
          x.narr ?? '',
          x.account,
          x.split ?? '',
          x.amt > 0 ? grouped(x.amt) : '',
          x.amt < 0 ? grouped(-x.amt) : '',
          grouped(bal),
        ]);
        rowOf.set(x.id, aoa.length);
      }
      aoa.push([`Total ${acc.name}`, '', '', '', '', '', '', '', grouped(dr), grouped(cr), grouped(bal)]);
    }
    aoa.push(['TOTAL']);
    return {
      aoa,
      headerRow: 1,
      rowOf,
      format: 'csv',
      json: (x) => ({
        reference: x.num || null,
        description: x.narr || null,
        party: x.part || null,
        account: x.account,
      }),
    };
  },
  pastel(rows, f) {
    const sorted = [...rows].sort(byDate);
    let bal = f.openingBooks;
    let dr = 0;
    let cr = 0;
    const r = place(
      [
        ['Mokoena Engineering Supplies (Pty) Ltd'],
        ['Account Enquiry'],
        ['Account:', '8400/000  Nedbank Current Account'],
        ['Period:', '01/10/2025 - 31/10/2025'],
        [],
      ],
      ['Date', 'Per', 'Type', 'Reference', 'Description', 'Debit', 'Credit', 'Balance'],
      sorted,
      (x) => {
        bal += x.amt;
        if (x.amt > 0) dr += x.amt;
        else cr -= x.amt;
        return [
          dmy(x.date),
          '08',
          x.type,
          x.ref ?? '',
          x.narr,
          x.amt > 0 ? major(x.amt) : '',
          x.amt < 0 ? major(-x.amt) : '',
          major(bal),
        ];
      },
    );
    r.aoa.splice(r.headerRow, 0, ['', '', '', '', 'Opening Balance', '', '', major(f.openingBooks)]);
    for (const [k, v] of r.rowOf) r.rowOf.set(k, v + 1);
    r.aoa.push(['', '', '', '', 'Total', major(dr), major(cr), major(bal)]);
    return {
      ...r,
      format: 'csv',
      json: (x) => ({ reference: x.ref || null, description: x.narr, party: null, account: null }),
    };
  },
};
