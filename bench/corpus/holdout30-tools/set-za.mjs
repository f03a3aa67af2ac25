// ZA: an advertising agency in Sandton, subsidiary of a foreign group, with a Citibank N.A. Johannesburg current
// account (CitiDirect CSV download, newest first) and books in Deltek Maconomy (G/L entries of 11020, Excel).
import { customerReceipts, supplierPayments } from './events.mjs';
import { X, part } from './lib.mjs';

export const meta = {
  set: 'za-citijhb-maconomy',
  country: 'ZA',
  currency: 'ZAR',
  timezone: 'Africa/Johannesburg',
  year: 2025,
  month: 10,
  publicHolidays: [],
  order: 'newest-first',
  bank: 'Citibank N.A. South Africa Branch (Johannesburg)',
  ledgerAccount: '11020',
  package: 'Deltek Maconomy (Finance → G/L Entries filtered on account 11020, exported to Excel)',
};

const p = (name, bankName) => ({ name, bankName });
export function build(m) {
  const r = m.rng;
  let inv = r.int(31004200, 31004600);
  let cn = r.int(32000140, 32000190);
  let vo = r.int(250400, 250900);
  const bref = () => `${r.digits(4)}${r.pick(['A', 'B', 'C'])}${r.digits(9)}`;
  const d = {
    customers: [
      p('Umoya Breweries (Pty) Ltd', 'UMOYA BREWERIES'),
      p('Karoo Telecoms Ltd', 'KAROO TELECOMS'),
      p('Sizwe Insurance Group Ltd', 'SIZWE INSURANCE'),
      p('Protea Motors SA (Pty) Ltd', 'PROTEA MOTORS SA'),
      p('Mzansi Fresh Foods (Pty) Ltd', 'MZANSI FRESH FOODS'),
      p('Lekker Bites Franchising (Pty) Ltd', 'LEKKER BITES FRANCH'),
      p('Highveld Home Loans Ltd', 'HIGHVELD HOME LOANS'),
      p('Baobab Mobile Money (Pty) Ltd', 'BAOBAB MOBILE MONEY'),
      p('Drakensberg Water Co', 'DRAKENSBERG WATER'),
      p('Cederberg Wines (Pty) Ltd', 'CEDERBERG WINES'),
      p('Sunveld Retail Holdings', 'SUNVELD RETAIL HOLD'),
      p('Gqeberha Auto Parts Ltd', 'GQEBERHA AUTO PARTS'),
      p('Limpopo Citrus Exporters', 'LIMPOPO CITRUS EXPORT'),
      p('Kalahari Airlink (Pty) Ltd', 'KALAHARI AIRLINK'),
    ],
    suppliers: [
      p('Highveld Outdoor Media (Pty) Ltd', 'HIGHVELD OUTDOOR MEDIA'),
      p('Radio Jozi (Pty) Ltd', 'RADIO JOZI'),
      p('Two Oceans Film Company', 'TWO OCEANS FILM CO'),
      p('Maboneng Studios', 'MABONENG STUDIOS'),
      p('Soweto Print Collective', 'SOWETO PRINT COLLECTIVE'),
      p('Rosebank Event Hire', 'ROSEBANK EVENT HIRE'),
      p('Braamfontein Research Panel', 'BRAAMFONTEIN RESEARCH'),
    ],
    unknownPayers: [p('', 'T MOKOENA'), p('', 'NKOSI CONSULTING')],
    invoiceRange: [45000, 620000],
    billRange: [25000, 380000],
    wht: { rate: 0, trait: 'none' },
    nextInvoice: () => String(inv++),
    nextCredit: () => String(cn++),
    nextBill: () => `${r.pick(['INV', 'TAX INV ', 'IN'])}${r.int(1000, 9899)}`,
    writings: [
      (n) => [`INV ${n}`, 'ref-canonical'],
      (n) => [n, 'ref-no-prefix'],
      (n) => [`inv${n}`, 'ref-lowercase'],
      (n) => [`INVOICE NO ${n}`, 'ref-canonical'],
      (n) => [`${n.slice(0, 4)}-${n.slice(4)}`, 'ref-dashes'],
      (n) => [`HH INV ${n}`, 'ref-other-prefix'],
      (n) => [`TAX INV ${n}`, 'ref-canonical'],
    ],
    vagueMemo: () => r.pick(['PAYMENT', 'HARBOUR HALE', 'MEDIA', 'CAMPAIGN', 'SUPPLIER PMT']),
    manyDocs: (ns) => `INV ${ns[0]} ${ns[1]} ${ns[2]}`,
    manyDocsFit: false,
    instalmentMemo: (n, i) => `INV ${n} PMT ${i}`,
    lessCredit: (n, c) => `INV ${n} LESS CN ${c}`,
    lessCreditMemo: (c) => `net of credit note ${c}`,
    poMemo: (po) => `PO${po}`,
    poBook: (po) => `client PO ${po}`,
    billMemo: (b) => `HH ${b}`,
    trancheMemo: (b, i) => `HH ${b} ${i}`,
    twinMemo: (i) => `flighting ${i}`,
    refundMemo: (c) => `HH REFUND CN ${c}`,
    supplierRefundMemo: () => 'REBATE REFUND',
    rin: (x, memo) => [`EFT CREDIT ${x.bankName}`, { reference: memo.slice(0, 20), type: 'EFT CREDIT' }],
    rout: (x, memo) => [
      `EFT PAYMENT ${x.bankName}`,
      { reference: (memo || 'HARBOUR HALE').slice(0, 20), type: 'EFT DEBIT' },
    ],
    reversalText: (l) => [
      `EFT RETURN ${l.text.replace('EFT PAYMENT ', '')} ACC CLOSED`,
      { reference: l.reference, type: 'EFT RETURN' },
    ],
    bookReceipt: (date, amount, { docs, party, memo }) =>
      m.book(date, amount, {
        reference: docs.join(', '),
        description: [`Payment ${party.name}`, memo ?? ''].filter(Boolean).join(' - '),
        party: party.name,
        account: '11020',
        extra: { vo: vo++, type: 'Customer Payment' },
      }),
    bookPayment: (date, amount, { bill, party, memo }) =>
      m.book(date, amount, {
        reference: bill,
        description: [`Payment ${party.name}`, memo ?? ''].filter(Boolean).join(' - '),
        party: party.name,
        account: '11020',
        extra: { vo: vo++, type: 'Vendor Payment' },
      }),
  };
  // no withholding in South Africa: the short payment here is a client's early-settlement discount taken unasked
  d.wht = { rate: 250, trait: 'short-settlement-discount' };
  customerReceipts(m, d);
  supplierPayments(m, d);
  const journal = (date, amount, reference, description, party = '') =>
    m.book(date, amount, { reference, description, party, account: '11020', extra: { vo: vo++, type: 'Journal' } });

  // payroll, SARS, debit orders, the group's management fee and a loan from the parent
  {
    const amount = -m.amt(1800000, 2400000);
    const date = m.wd(-4);
    const line = m.bank(date, amount, 'PAYROLL BATCH OCT 2025', { reference: 'SALARIES OCT25', type: 'BULK PAYMENT' });
    const row = journal(m.shift(date, -1), amount, 'PAY-2510', 'Net salaries October 2025 - payroll batch');
    m.auto(line, row, { traits: ['payroll'] });
  }
  for (const [what, memo, range, trait, date] of [
    ['EMP201', 'SARS EMP201 September 2025 (PAYE, UIF, SDL)', [650000, 900000], 'paye', m.wd(5)],
    ['VAT201', 'SARS VAT201 period 2025/09', [380000, 720000], 'vat-return', m.wd(-1)],
  ]) {
    const prn = `${r.digits(10)}${what === 'EMP201' ? 'LC' : 'LV'}${r.digits(4)}`;
    const amount = -m.amt(...range);
    const line = m.bank(date, amount, `SARS EFILING ${what}`, { reference: prn, type: 'BILL PAYMENT' });
    const row = journal(m.shift(date, -1), amount, prn, memo, 'SARS');
    m.auto(line, row, { traits: ['statutory', trait] });
  }
  for (const [who, memo, range] of [
    ['ROSEBANK OFFICE PARK', 'Office rent October 2025 - debit order', [180000, 220000]],
    ['FLEETWISE VEHICLE LEASE', 'Vehicle lease October 2025 - debit order', [40000, 70000]],
  ]) {
    const amount = -m.amt(...range);
    const date = m.wd(1);
    const mandate = r.digits(8);
    const line = m.bank(date, amount, `DEBIT ORDER ${who}`, { reference: `MANDATE ${mandate}`, type: 'DEBIT ORDER' });
    const row = journal(m.shift(date, -1) === date ? date : m.shift(date, -1), amount, `DO${mandate}`, memo, who);
    m.auto(line, row, { traits: ['debit-order', 'account-number'] });
  }
  {
    const amount = m.amt(400000, 650000);
    const date = m.day(14, 18);
    const line = m.bank(date, amount, 'EFT CREDIT HH DIGITAL (PTY) LTD', {
      reference: 'MGMT FEE Q3',
      type: 'EFT CREDIT',
    });
    const row = journal(
      date,
      amount,
      'IC-Q3-25',
      'Management fee Q3 2025 - HH Digital (Pty) Ltd',
      'HH Digital (Pty) Ltd',
    );
    m.auto(line, row, { traits: ['intercompany'] });
  }
  // a client paying a campaign estimate in advance
  {
    const c = d.customers[7];
    const est = `E${r.int(7000, 7999)}`;
    const amount = m.amt(200000, 400000, { cents: 0 });
    const date = m.day(3, 9);
    const line = m.bank(date, amount, `EFT CREDIT ${c.bankName}`, { reference: `DEPOSIT ${est}`, type: 'EFT CREDIT' });
    const row = m.book(date, amount, {
      reference: est,
      description: `Client deposit - estimate ${est}`,
      party: c.name,
      account: '11020',
      extra: { vo: vo++, type: 'Customer Payment' },
    });
    m.auto(line, row, { traits: ['advance-payment'] });
  }
  // more clients quoting their invoice, and freelancers paid by name
  for (let i = 0; i < 5; i++) {
    const c = d.customers[(i * 3 + 1) % d.customers.length];
    const n = d.nextInvoice();
    const [written, trait] = d.writings[(i + 2) % d.writings.length](n);
    const date = m.day(2, m.cal.working.length - 1);
    const amount = m.amt(...d.invoiceRange);
    const line = m.bank(date, amount, ...d.rin(c, written));
    const row = d.bookReceipt(m.shift(date, r.int(1, 2)), amount, { docs: [n], party: c, memo: 'from statement' });
    m.auto(line, row, { traits: [trait, 'late-posting'] });
  }
  for (const name of ['Lerato Dlamini', 'Pieter van der Merwe', 'Ayanda Khumalo', 'Fatima Patel']) {
    const amount = -m.amt(8000, 38000);
    const date = m.day(6, 20);
    const line = m.bank(date, amount, `EFT PAYMENT ${name.toUpperCase()}`, {
      reference: 'HH FREELANCE',
      type: 'EFT DEBIT',
    });
    const row = m.book(date, amount, {
      reference: `FL-${r.int(100, 999)}`,
      description: `Payment ${name} - freelance copywriting`,
      party: name,
      account: '11020',
      extra: { vo: vo++, type: 'Vendor Payment' },
    });
    m.auto(line, row, { traits: ['supplier-payment', 'name-only'] });
  }
  // a client that paid the same invoice twice: the second one is nobody's in the books yet
  {
    const c = d.customers[9];
    const n = d.nextInvoice();
    const amount = m.amt(...d.invoiceRange);
    const d1 = m.day(4, 9);
    const a = m.bank(d1, amount, ...d.rin(c, `INV ${n}`));
    const row = d.bookReceipt(d1, amount, { docs: [n], party: c });
    m.suggest(a, row, { traits: ['ref-canonical', 'duplicate-payment'] });
    const b = m.bank(m.day(16, 20), amount, ...d.rin(c, `INV ${n}`));
    m.none(b, { traits: ['duplicate-payment', 'same-amount-as-open-row'] });
  }
  // an unbooked card purchase
  {
    const line = m.bank(m.day(4, 18), -m.amt(3000, 9000), 'CARD PURCHASE META ADS DUBLIN', {
      reference: `CARD ${r.digits(4)}`,
      type: 'CARD',
    });
    m.none(line, { traits: ['unrecorded-card-purchase'] });
  }
  // book rows not on the statement
  {
    const a = d.bookPayment(m.wd(-1), -m.amt(...d.billRange), {
      bill: d.nextBill(),
      party: d.suppliers[6],
      memo: 'scheduled 03/11',
    });
    m.ledgerOnly(a, 'payment released for November value');
    const b = d.bookReceipt(m.wd(-1), m.amt(...d.invoiceRange), { docs: [d.nextInvoice()], party: d.customers[4] });
    m.ledgerOnly(b, 'receipt booked from the remittance; money arrives next month');
    const c = journal(m.wd(-1), -m.amt(8000, 20000), 'PC-OCT', 'Petty cash reimbursement - EFT not yet released');
    m.ledgerOnly(c, 'payment captured, not released');
  }
  // the bank's month: account analysis charges with VAT, and credit interest
  {
    const fee = m.amt(2800, 4200);
    const a = m.bank(m.wd(-1), -fee, 'ACCOUNT ANALYSIS CHARGES SEP 2025', {
      reference: bref(),
      type: 'SERVICE CHARGE',
    });
    a.seq = 0.99;
    m.bankOnly(a, 'charge', { traits: ['service-fee'] });
    const v = m.after(a, -part(fee, 1500), 'VAT ON ACCOUNT ANALYSIS CHARGES', {
      reference: a.reference,
      type: 'SERVICE CHARGE',
    });
    m.bankOnly(v, 'fee-vat', { traits: ['vat-on-fee'] });
    const n = m.lines.filter((l) => l.extra.type === 'EFT DEBIT').length;
    const e = m.bank(m.wd(-1), -m.take(n * 850), `EFT PAYMENT FEES (${n})`, {
      reference: bref(),
      type: 'SERVICE CHARGE',
    });
    e.seq = 0.995;
    m.bankOnly(e, 'charge', { traits: ['eft-fees'] });
    const i = m.bank(m.wd(-1), m.amt(1500, 4500), 'CREDIT INTEREST OCT 2025', { reference: bref(), type: 'INTEREST' });
    i.seq = 0.999;
    m.bankOnly(i, 'interest', { traits: ['credit-interest'] });
  }
  for (const l of m.lines) l.bankRef = bref();
  return {};
}

/** CitiDirect's transaction download: account columns repeated on every row, newest first, signed amount. */
export function bankLayout(m, lines, open, close) {
  const file = 'citi-za-0100457732-oct2025.csv';
  const rows = [
    [
      'Account Number',
      'Account Name',
      'Currency',
      'Booking Date',
      'Value Date',
      'Transaction Type',
      'Description',
      'Customer Reference',
      'Bank Reference',
      'Amount',
      'Ledger Balance',
    ],
  ];
  const rowOf = new Map();
  for (const l of lines) {
    rows.push([
      '0100457732',
      'HARBOUR AND HALE COMMUNICATIONS PTY LTD',
      'ZAR',
      l.date,
      l.date,
      l.extra.type ?? (l.amount < 0 ? 'SERVICE CHARGE' : 'CREDIT'),
      l.text,
      l.reference,
      l.bankRef,
      (l.amount / 100).toFixed(2),
      (l.balance / 100).toFixed(2),
    ]);
    rowOf.set(l, rows.length);
  }
  void open;
  void close;
  return {
    file,
    format: 'csv',
    csv: { delim: ',', bom: true },
    rows,
    headerRow: 1,
    rowOf,
    order: 'newest-first',
    nonEntryRows: [],
    readOptions: {
      currency: 'ZAR',
      mapping: {
        date: 'Booking Date',
        valueDate: 'Value Date',
        description: 'Description',
        reference: 'Customer Reference',
        amount: 'Amount',
        balance: 'Ledger Balance',
      },
    },
    layout:
      'CSV with a UTF-8 BOM, header in row 1, account number/name/currency repeated on every row, newest first, ISO dates (yyyy-mm-dd), Transaction Type, Description (the payer or payee as the clearing record names them), Customer Reference (what the payer typed, or our own reference on payments; 20 characters at most), Bank Reference, one signed Amount, and the ledger balance after each line; no preamble, no totals.',
  };
}

/** Maconomy's G/L entries list exported to Excel: two title rows, header in row 4, Debit/Credit Base, a total row. */
export function ledgerLayout(m, rows, _other, bookOpen) {
  const file = 'maconomy-gl-entries-11020-oct2025.xlsx';
  const out = [
    [X.s('G/L Entries')],
    [X.s('Account No. = 11020 (Citibank ZAR current); Entry Date = 01.10.2025..31.10.2025')],
    [],
    [
      'Entry Date',
      'Voucher No.',
      'Entry Type',
      'Account No.',
      'Account Name',
      'Text',
      'Invoice No.',
      'Customer/Vendor',
      'Debit Base',
      'Credit Base',
    ].map(X.s),
  ];
  const rowOf = new Map();
  const sorted = [...rows].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.extra.vo - b.extra.vo));
  let dr = 0;
  let cr = 0;
  for (const e of sorted) {
    if (e.amount > 0) dr += e.amount;
    else cr -= e.amount;
    out.push([
      X.date(e.date, 'dd.mm.yyyy'),
      X.n(e.extra.vo),
      X.s(e.extra.type),
      X.s('11020'),
      X.s('Citibank ZAR current'),
      X.s(e.description),
      e.reference ? X.s(e.reference) : null,
      e.party ? X.s(e.party) : null,
      e.amount > 0 ? X.money(e.amount) : null,
      e.amount < 0 ? X.money(-e.amount) : null,
    ]);
    rowOf.set(e, out.length);
  }
  out.push([X.s('Total'), null, null, null, null, null, null, null, X.money(dr), X.money(cr)]);
  const close = bookOpen + rows.reduce((s, r) => s + r.amount, 0);
  return {
    file,
    format: 'xlsx',
    sheet: 'G-L Entries',
    rows: out,
    headerRow: 4,
    rowOf,
    close,
    nonEntryRows: [{ row: out.length, why: 'total of the listed entries, not an entry' }],
    readOptions: {
      currency: 'ZAR',
      sheet: 'G-L Entries',
      mapping: {
        date: 'Entry Date',
        reference: 'Invoice No.',
        description: 'Text',
        party: 'Customer/Vendor',
        moneyIn: 'Debit Base',
        moneyOut: 'Credit Base',
        account: 'Account No.',
      },
    },
    layout:
      'XLSX, sheet "G-L Entries": a title and the filter line in rows 1–2, header in row 4, real date cells shown dd.mm.yyyy, voucher numbers, entry type, account 11020 on every row, Text, Invoice No. (customer invoice or vendor bill), Customer/Vendor, Debit Base (money in) and Credit Base, no balance, and a Total row with text in the date column.',
  };
}
