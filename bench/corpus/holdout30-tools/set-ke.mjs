// KE: a soap and cooking-fat manufacturer in Changamwe, Mombasa, with a Middle East Bank Kenya current account (CSV
// statement) and books in Infor M3 (GLS200 general-ledger transactions of account 1931, exported to Excel).
import { customerReceipts, supplierPayments } from './events.mjs';
import { X, commas, dMonY, dmySlash, part } from './lib.mjs';

export const meta = {
  set: 'ke-mebk-inform3',
  country: 'KE',
  currency: 'KES',
  timezone: 'Africa/Nairobi',
  year: 2025,
  month: 7,
  publicHolidays: [],
  bank: 'Middle East Bank Kenya Limited',
  ledgerAccount: '1931',
  package: 'Infor M3 (GLS200 Display General Ledger Transactions, accounting dimension 1 = 1931, exported to Excel)',
};

const p = (name, bankName) => ({ name, bankName });
export function build(m) {
  const r = m.rng;
  let inv = r.int(104200, 104700);
  let cn = r.int(7300, 7500);
  let vono = r.int(31000, 32000);
  const ref = () => `MEB${r.digits(9)}`;
  const voucher = () => vono++;
  const d = {
    customers: [
      p('Jirani Supermarkets Ltd', 'JIRANI SUPERMARKETS LTD'),
      p('Kisumu Lakeside Distributors', 'KISUMU LAKESIDE DISTRIBUTORS'),
      p('Eldoret Highland Wholesalers', 'ELDORET HIGHLAND WHOLESALERS'),
      p('Malindi Coast Traders Ltd', 'MALINDI COAST TRADERS'),
      p('Thika Road Cash & Carry', 'THIKA ROAD CASH AND CARRY'),
      p('Nakuru Rift Stockists Ltd', 'NAKURU RIFT STOCKISTS'),
      p('Garissa Frontier Supplies', 'GARISSA FRONTIER SUPPLIES'),
      p('Kilifi County Referral Hospital', 'KILIFI COUNTY REFERRAL HOSP'),
      p('Meru Miraa Belt Stores', 'MERU MIRAA BELT STORES'),
      p('Voi Junction Retailers', 'VOI JUNCTION RETAILERS'),
      p('Naivasha Flower Farms Canteen', 'NAIVASHA FLOWER FARMS CANTEEN'),
      p('Ruiru Hardware & General', 'RUIRU HARDWARE AND GENERAL'),
      p('Embu Upland Traders', 'EMBU UPLAND TRADERS'),
      p('Lamu Island Provisions', 'LAMU ISLAND PROVISIONS'),
    ],
    suppliers: [
      p('Kilindini Tank Terminals Ltd', 'KILINDINI TANK TERMINALS'),
      p('Coast Caustic Soda Suppliers', 'COAST CAUSTIC SODA SUPPLIERS'),
      p('Mikindani Carton Makers', 'MIKINDANI CARTON MAKERS'),
      p('Shimanzi Transporters Ltd', 'SHIMANZI TRANSPORTERS'),
      p('Nyali Fragrances Ltd', 'NYALI FRAGRANCES LTD'),
      p('Port Reitz Engineering', 'PORT REITZ ENGINEERING'),
      p('Bamburi Packaging Films', 'BAMBURI PACKAGING FILMS'),
    ],
    unknownPayers: [p('', 'JOSEPH MWANGI KARIUKI'), p('', 'FAITH WANJIRU NJOROGE')],
    invoiceRange: [180000, 1600000],
    billRange: [90000, 950000],
    wht: { rate: 200, trait: 'short-withholding-vat-2pct' },
    nextInvoice: () => `25${inv++}`,
    nextCredit: () => `CN${cn++}`,
    nextBill: () => `${r.pick(['INV', 'TI', 'SI'])}${r.int(10000, 98999)}`,
    writings: [
      (n) => [`INV ${n}`, 'ref-canonical'],
      (n) => [`inv no.${n}`, 'ref-lowercase'],
      (n) => [`25-${n.slice(2)}`, 'ref-dashes'],
      (n) => [`INVOICE ${n}`, 'ref-canonical'],
      (n) => [`IV${n}`, 'ref-other-prefix'],
      (n) => [`${n} JUL`, 'ref-no-prefix'],
      (n) => [`INV/${n}`, 'ref-slashes'],
    ],
    vagueMemo: () => r.pick(['PAYMENT', 'SOAP SUPPLIES', 'PYMT', 'ACCOUNT SETTLEMENT', 'GOODS']),
    manyDocs: (ns) => `INV ${ns.join(',')}`,
    instalmentMemo: (n, i) => `INV ${n} INSTALMENT ${i}`,
    lessCredit: (n, c) => `INV ${n} LESS ${c} REBATE`,
    lessCreditMemo: (c) => `less rebate ${c}`,
    poMemo: (po) => `LPO NO ${po}`,
    poBook: (po) => `LPO ${po}`,
    billMemo: (b) => b,
    trancheMemo: (b, i) => `${b} PT${i}`,
    twinMemo: (i) => `lorry ${i}`,
    refundMemo: (c) => `REFUND ${c}`,
    supplierRefundMemo: () => 'CREDIT REFUND',
    rin: (x, memo) => [
      `${r.pick(['PESALINK FROM', 'RTGS IN', 'EFT CR'])} ${x.bankName} ${memo}`.trim(),
      { reference: ref() },
    ],
    rout: (x, memo) => [`PESALINK TO ${x.bankName} ${memo}`.trim(), { reference: ref() }],
    reversalText: (l) => [`PESALINK REVERSAL ${l.text.replace('PESALINK TO ', '')}`, { reference: l.reference }],
    outFees: (line) => fee(m, line, 'PESALINK CHARGES', Math.abs(line.amount) > 10000000 ? 20000 : 10000),
    bookReceipt: (date, amount, { docs, party, memo }) =>
      m.book(date, amount, {
        reference: docs[0] ?? '',
        description: [`Customer payment ${party.name}`, docs.length > 1 ? docs.join(' ') : '', memo ?? '']
          .filter(Boolean)
          .join(' '),
        party: party.name,
        account: '1931',
        extra: { vono: voucher(), series: 'B1' },
      }),
    bookPayment: (date, amount, { bill, party, memo }) =>
      m.book(date, amount, {
        reference: bill,
        description: [`Supplier payment ${party.name}`, memo ?? ''].filter(Boolean).join(' '),
        party: '',
        supplier: party.name,
        account: '1931',
        extra: { vono: voucher(), series: 'C1', supplier: party.name },
      }),
  };
  customerReceipts(m, d);
  supplierPayments(m, d);
  const journal = (date, amount, reference, description) =>
    m.book(date, amount, { reference, description, account: '1931', extra: { vono: voucher(), series: 'G1' } });

  // M-PESA paybill collections from route sales, settled to the bank
  {
    const pb = '5' + r.digits(5);
    const gross = m.amt(150000, 420000);
    const fee1 = part(gross, 55);
    const id = `MPS${r.digits(8)}`;
    const date = m.day(3, 8);
    const l1 = m.bank(date, m.take(gross - fee1), `MPESA PAYBILL ${pb} SETTLEMENT ${id}`, { reference: ref() });
    const row1 = journal(m.shift(date, -1), gross, id, `M-PESA paybill ${pb} collections (gross)`);
    m.auto(l1, row1, { traits: ['settlement', 'mpesa-paybill', 'payout-id', 'short-net-of-fee'], difference: -fee1 });
    const gross2 = m.amt(150000, 420000);
    const fee2 = m.take(part(gross2, 55));
    const id2 = `MPS${r.digits(8)}`;
    const date2 = m.day(10, 14);
    const l2 = m.bank(date2, m.take(gross2 - fee2), `MPESA PAYBILL ${pb} SETTLEMENT ${id2}`, { reference: ref() });
    const g = journal(m.shift(date2, -1), gross2, id2, `M-PESA paybill ${pb} collections (gross)`);
    const f = journal(m.shift(date2, -1), -fee2, id2, `M-PESA paybill charges`);
    m.auto(l2, [g, f], { traits: ['settlement', 'mpesa-paybill', 'payout-id', 'gross-and-fee-booked'] });
    const gross3 = m.amt(150000, 420000);
    const fee3 = part(gross3, 55);
    const date3 = m.day(16, 20);
    const l3 = m.bank(date3, m.take(gross3 - fee3), 'MPESA C2B SETTLEMENT', { reference: ref() });
    const row3 = journal(m.shift(date3, -1), gross3, 'MPESA-WK3', 'Route sales M-PESA week 3 (gross)');
    m.suggest(l3, row3, { traits: ['settlement', 'mpesa-paybill', 'short-net-of-fee'] });
  }
  // palm olein imported on a letter of credit, settled in shillings, with the bank's commission
  {
    const lc = `LC/MEBK/25/0${r.int(100, 999)}`;
    const amount = -m.amt(6000000, 9500000);
    const date = m.day(9, 14);
    const line = m.bank(date, amount, `IMPORT LC SETTLEMENT ${lc}`, { reference: ref() });
    const row = journal(date, amount, lc, `Palm olein shipment - settlement of ${lc}`);
    m.auto(line, row, { traits: ['letter-of-credit'] });
    fee(m, line, `LC COMMISSION ${lc}`, m.take(part(-amount, 25)), 'charge', ['lc-commission']);
  }
  // payroll, statutory, electricity
  {
    const amount = -m.amt(2600000, 3400000);
    const date = m.wd(-2);
    const line = m.bank(date, amount, 'BULK EFT SALARIES JULY 2025 (112)', { reference: ref() });
    fee(m, line, 'BULK EFT CHARGES (112)', m.take(112 * 3000), 'charge', ['bulk-payment-charge']);
    const row = journal(m.shift(date, -1), amount, 'PR2507', 'Net salaries July 2025');
    m.auto(line, row, { traits: ['payroll'] });
  }
  for (const [what, memo, range, trait] of [
    ['PAYE JUN 2025', 'PAYE June 2025 - KRA', [700000, 950000], 'paye'],
    ['HOUSING LEVY JUN 2025', 'Affordable housing levy June 2025', [90000, 130000], 'housing-levy'],
    ['VAT JUN 2025', 'VAT return June 2025 - KRA', [900000, 1500000], 'vat-return'],
  ]) {
    const prn = `2025${r.digits(11)}`;
    const amount = -m.amt(...range);
    const date = m.day(6, 14);
    const line = m.bank(date, amount, `KRA ${what} PRN ${prn}`, { reference: ref() });
    const row = journal(m.shift(date, -r.int(0, 1)), amount, prn, memo);
    m.auto(line, row, { traits: ['statutory', trait] });
  }
  for (const [what, memo, range, trait] of [
    ['SHA SHIF JUN 2025', 'SHIF contributions June 2025', [80000, 120000], 'shif'],
    ['NSSF JUN 2025', 'NSSF contributions June 2025', [120000, 180000], 'nssf'],
  ]) {
    const amount = -m.amt(...range);
    const date = m.day(5, 8);
    const line = m.bank(date, amount, `${what} EMPLOYER NO ${r.digits(7)}`, { reference: ref() });
    const row = journal(m.shift(date, -1), amount, what.split(' ')[0], memo);
    m.auto(line, row, { traits: ['statutory', trait] });
  }
  {
    const acct = r.digits(8);
    const amount = -m.amt(450000, 800000);
    const date = m.day(10, 16);
    const line = m.bank(date, amount, `KPLC POSTPAID ACC ${acct}`, { reference: ref() });
    const row = journal(date, amount, acct, 'Kenya Power June 2025 - factory');
    m.auto(line, row, { traits: ['utility', 'account-number'] });
  }
  // a customer's cheque lodged and a supplier cheque presented
  {
    const c = d.customers[6];
    const no = r.digits(6);
    const amount = m.amt(...d.invoiceRange);
    const date = m.day(4, 12);
    const line = m.bank(date, amount, `CHQ DEPOSIT ${no} ${c.bankName}`, {
      reference: ref(),
      cheque: no,
      valueDate: m.shift(date, 2),
    });
    const row = d.bookReceipt(date, amount, { docs: [d.nextInvoice()], party: c, memo: `chq ${no}` });
    m.auto(line, row, { traits: ['cheque-deposit', 'cheque-number'] });
    const s = d.suppliers[5];
    const no2 = String(r.int(200, 400)).padStart(6, '0');
    const amount2 = -m.amt(...d.billRange);
    const date2 = m.day(8, 18);
    const line2 = m.bank(date2, amount2, `CHQ NO ${no2} CLEARING`, { reference: ref(), cheque: no2 });
    const row2 = m.book(m.shift(date2, -4), amount2, {
      reference: `CHQ ${no2}`,
      description: `Supplier payment ${s.name} cheque`,
      account: '1931',
      extra: { vono: voucher(), series: 'C2', supplier: s.name },
    });
    m.auto(line2, row2, { traits: ['cheque-presented', 'cheque-number'] });
    fee(m, line2, 'CHEQUE PROCESSING FEE', 15000, 'charge', ['cheque-processing-fee']);
  }
  // a haulier paid by name for June's trip sheets
  {
    const s = d.suppliers[3];
    const amount = -m.amt(...d.billRange);
    const date = m.day(3, 9);
    const out = m.bank(date, amount, `PESALINK TO ${s.bankName} TRIP SHEETS JUN`, { reference: ref() });
    d.outFees(out);
    const row = d.bookPayment(date, amount, { bill: 'JUN-TRIPS', party: s, memo: 'June trip sheets' });
    m.auto(out, row, { traits: ['supplier-payment', 'name-only'] });
  }
  // a card subscription nobody booked
  {
    const line = m.bank(m.day(5, 19), -m.amt(6000, 15000), 'VISA DEBIT ZOOM.US 888-799-9666 SAN JOSE', {
      reference: ref(),
    });
    m.none(line, { traits: ['unrecorded-card-purchase'] });
  }
  // book rows not on the statement
  {
    const a = d.bookPayment(m.wd(-1), -m.amt(...d.billRange), {
      bill: d.nextBill(),
      party: d.suppliers[6],
      memo: 'chq 000412',
    });
    m.ledgerOnly(a, 'cheque issued, not yet presented');
    const b = d.bookReceipt(m.wd(-1), m.amt(...d.invoiceRange), { docs: [d.nextInvoice()], party: d.customers[1] });
    m.ledgerOnly(b, 'receipt booked from the remittance; money arrives next month');
    const c = journal(m.wd(-2), -m.amt(30000, 60000), 'ACCR-JUL', 'Bank interest on overdraft - accrual');
    m.ledgerOnly(c, 'accrual posted to the bank account by mistake; no bank line');
  }
  // the bank's month: ledger fees and SMS, each with excise duty
  {
    const a = m.bank(m.wd(-1), -150000, 'LEDGER FEES JUL 2025', { reference: ref() });
    a.seq = 0.99;
    m.bankOnly(a, 'charge', { traits: ['ledger-fee'] });
    excise(m, a);
    const s = m.bank(m.wd(-1), -m.take(r.int(90, 160) * 500), 'SMS ALERT CHARGES JUL 2025', { reference: ref() });
    s.seq = 0.995;
    m.bankOnly(s, 'charge', { traits: ['sms-alerts'] });
    excise(m, s);
  }
  return {};
}

function excise(m, parent) {
  const l = m.after(
    parent,
    -part(-parent.amount, 2000),
    `EXCISE DUTY ON ${parent.text.split(' ').slice(0, 3).join(' ')}`,
    {
      reference: parent.reference,
    },
  );
  m.bankOnly(l, 'tax', { traits: ['excise-duty'] });
}
function fee(m, parent, text, amount, kind = 'charge', traits = ['pesalink-charge']) {
  const l = m.after(parent, -amount, text, { reference: parent.reference });
  m.bankOnly(l, kind, { traits });
  excise(m, l);
}

/** Middle East Bank's statement download: preamble, opening and closing rows, Debits/Credits with separators. */
export function bankLayout(m, lines, open, close) {
  const file = 'mebk-0150120034001-jul2025.csv';
  const rows = [
    ['MIDDLE EAST BANK KENYA LIMITED'],
    ['CUSTOMER STATEMENT'],
    [`Account No: 0150120034001`],
    ['Account Name: MVITA HOUSEHOLD PRODUCTS LIMITED'],
    ['Currency: KES'],
    [`From: ${dMonY(m.cal.from)} To: ${dMonY(m.cal.to)}`],
    [],
    ['Tran Date', 'Value Date', 'Particulars', 'Cheque No', 'Debits', 'Credits', 'Balance'],
    ['', '', 'OPENING BALANCE', '', '', '', commas(open)],
  ];
  const rowOf = new Map();
  for (const l of lines) {
    rows.push([
      dmySlash(l.date),
      dmySlash(l.extra.valueDate ?? l.date),
      `${l.text} ${l.reference}`,
      l.extra.cheque ?? '',
      l.amount < 0 ? commas(-l.amount) : '',
      l.amount > 0 ? commas(l.amount) : '',
      commas(l.balance),
    ]);
    rowOf.set(l, rows.length);
  }
  rows.push(['', '', 'CLOSING BALANCE', '', '', '', commas(close)]);
  const closeRow = rows.length;
  // the bank writes its own reference at the end of Particulars: the truth's text is the cell as written
  for (const l of lines) {
    l.text = `${l.text} ${l.reference}`;
    l.reference = l.extra.cheque ?? '';
  }
  return {
    file,
    format: 'csv',
    csv: { delim: ',' },
    rows,
    headerRow: 8,
    rowOf,
    order: 'oldest-first',
    nonEntryRows: [
      { row: 9, why: 'opening balance, not an entry' },
      { row: closeRow, why: 'closing balance, not an entry' },
    ],
    readOptions: {
      currency: 'KES',
      dateOrder: 'DMY',
      mapping: {
        date: 'Tran Date',
        valueDate: 'Value Date',
        description: 'Particulars',
        reference: 'Cheque No',
        moneyOut: 'Debits',
        moneyIn: 'Credits',
        balance: 'Balance',
      },
    },
    layout:
      'CSV, six preamble lines (label and value in one cell), header in row 8, undated OPENING BALANCE and CLOSING BALANCE rows, day-first dates dd/mm/yyyy, the bank reference appended to Particulars, a Cheque No column filled for cheques only, Debits/Credits with thousands separators, running balance.',
  };
}

/** M3 H5's list exported to Excel: header in row 1, one row per voucher line of account 1931, signed amounts. */
export function ledgerLayout(m, rows, _other, bookOpen) {
  const file = 'm3-gls200-1931-jul2025.xlsx';
  const out = [
    [
      'Division',
      'Accounting date',
      'Voucher series',
      'Voucher number',
      'Accounting dimension 1',
      'Voucher text',
      'Invoice number',
      'Payer',
      'Supplier',
      'Recorded amount',
      'Currency',
    ].map(X.s),
  ];
  const rowOf = new Map();
  const sorted = [...rows].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.extra.vono - b.extra.vono));
  for (const e of sorted) {
    out.push([
      X.s('100'),
      X.date(e.date, 'yyyy-mm-dd'),
      X.s(e.extra.series),
      X.n(e.extra.vono),
      X.s('1931'),
      X.s(e.description),
      e.reference ? X.s(e.reference) : null,
      e.party ? X.s(e.party) : null,
      e.extra.supplier ? X.s(e.extra.supplier) : null,
      X.money(e.amount),
      X.s('KES'),
    ]);
    rowOf.set(e, out.length);
  }
  const close = bookOpen + rows.reduce((s, r) => s + r.amount, 0);
  return {
    file,
    format: 'xlsx',
    sheet: 'GLS200',
    rows: out,
    headerRow: 1,
    rowOf,
    close,
    nonEntryRows: [],
    readOptions: {
      currency: 'KES',
      sheet: 'GLS200',
      mapping: {
        date: 'Accounting date',
        reference: 'Invoice number',
        description: 'Voucher text',
        party: 'Payer',
        amount: 'Recorded amount',
        account: 'Accounting dimension 1',
      },
    },
    layout:
      'XLSX, sheet "GLS200", header in row 1 (M3 field labels), real date cells (yyyy-mm-dd), voucher series (B1 customer payments, C1/C2 supplier payments, G1 journals) and numbers, the account in "Accounting dimension 1", separate Payer and Supplier columns (Payer mapped as the party), one signed "Recorded amount" (money in positive), no balance and no totals.',
  };
}
