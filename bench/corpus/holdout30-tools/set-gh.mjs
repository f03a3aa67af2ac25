// GH: a pay-as-you-go solar distributor in Accra with an ARB Apex Bank current account (CSV statement) and books in
// Certinia (Salesforce report of the transaction line items of GL account 1210, "Export Details" to CSV).
import { customerReceipts, supplierPayments } from './events.mjs';
import { commas, dMonY, dmySlash, part } from './lib.mjs';

export const meta = {
  set: 'gh-arbapex-certinia',
  country: 'GH',
  currency: 'GHS',
  timezone: 'Africa/Accra',
  year: 2025,
  month: 1,
  publicHolidays: ['2025-01-01', '2025-01-07'],
  bank: 'ARB Apex Bank PLC',
  ledgerAccount: '1210',
  package:
    'Certinia (FinancialForce) Accounting on Salesforce — report of Transaction Line Items of GL account 1210, Export Details to CSV',
};

const p = (name, bankName, momo) => ({ name, bankName, momo });
export function build(m) {
  const r = m.rng;
  let sin = r.int(1840, 1990);
  let scr = r.int(120, 160);
  let csh = r.int(4100, 4300);
  let jnl = r.int(900, 990);
  let trn = r.int(52000, 53000);
  const cash = () => `CSH${String(csh++).padStart(6, '0')}`;
  const jn = () => `JNL${String(jnl++).padStart(6, '0')}`;
  const ftRef = () => `FT25${r.digits(3)}${r.digits(5)}`;
  const d = {
    customers: [
      p('Volta Solar Dealers Ltd', 'VOLTA SOLAR DEALERS LTD'),
      p('Tamale Agro Energy Ltd', 'TAMALE AGRO ENERGY'),
      p('Kumasi Lights & Power Enterprise', 'KUMASI LIGHTS AND POWER'),
      p('Ho Community Clinics Trust', 'HO COMMUNITY CLINICS TRUST'),
      p('St. Brigid Senior High School', 'ST BRIGID SENIOR HIGH SCHOOL'),
      p('Akosombo Fish Farms Ltd', 'AKOSOMBO FISH FARMS LTD'),
      p('Nkawkaw Electricals Ltd', 'NKAWKAW ELECTRICALS LTD'),
      p('Bolga Rural Water Project', 'BOLGA RURAL WATER PROJECT'),
      p('Wa Municipal Health Directorate', 'WA MUNICIPAL HEALTH DIRECTORATE'),
      p('Cape Coast Cold Stores Ltd', 'CAPE COAST COLD STORES'),
      p('Techiman Market Traders Union', 'TECHIMAN MKT TRADERS UNION'),
      p('Sunyani Poultry Farmers Cooperative', 'SUNYANI POULTRY FARMERS COOP'),
      p('Keta Lagoon Salt Ltd', 'KETA LAGOON SALT LTD'),
      p('Aflao Border Electronics', 'AFLAO BORDER ELECTRONICS'),
    ],
    suppliers: [
      p('Shenzhen Sunrise Logistics Ghana Ltd', 'SHENZHEN SUNRISE LOGISTICS GH'),
      p('Tema Port Clearing Services', 'TEMA PORT CLEARING SERVICES'),
      p('Accra Battery Recyclers Ltd', 'ACCRA BATTERY RECYCLERS'),
      p('Spintex Warehousing Ltd', 'SPINTEX WAREHOUSING LTD'),
      p('Gold Coast Fleet Services', 'GOLD COAST FLEET SERVICES'),
      p('Osu Print House', 'OSU PRINT HOUSE'),
      p('Kaneshie Cables & Fittings', 'KANESHIE CABLES AND FITTINGS'),
    ],
    unknownPayers: [p('', 'EMMANUEL OFORI-ATTA'), p('', 'GODSWAY TRADING')],
    invoiceRange: [18000, 160000],
    billRange: [9000, 95000],
    wht: { rate: 300, trait: 'short-withholding-tax-3pct' },
    nextInvoice: () => `SIN${String(sin++).padStart(6, '0')}`,
    nextCredit: () => `SCR${String(scr++).padStart(6, '0')}`,
    nextBill: () => `${r.pick(['INV', 'IN', 'BILL', 'TI'])}-${r.int(2200, 9800)}`,
    writings: [
      (n) => [n, 'ref-canonical'],
      (n) => [`SIN ${Number(n.slice(3))}`, 'ref-no-padding'],
      (n) => [`inv ${n.toLowerCase()}`, 'ref-lowercase'],
      (n) => [`INVOICE ${n.slice(3)}`, 'ref-no-prefix'],
      (n) => [`S-IN ${n.slice(3)}`, 'ref-other-prefix'],
      (n) => [`SIN-${Number(n.slice(3))}`, 'ref-dashes'],
      (n) => [`${Number(n.slice(3))} JAN SUPPLY`, 'ref-serial-only'],
    ],
    vagueMemo: () => r.pick(['PAYMENT', 'SOLAR KITS', 'PAYMT FOR PANELS', 'SUPPLIES', 'BAL PAYMENT']),
    manyDocs: (ns) => ns.join(' '),
    instalmentMemo: (n, i) => `PART PAYMT ${i} ${n}`,
    lessCredit: (n, c) => `${n} LESS ${c}`,
    lessCreditMemo: (c) => `net of credit note ${c}`,
    poMemo: (po) => `LPO ${po}`,
    poBook: (po) => `LPO ${po}`,
    billMemo: (b) => b,
    trancheMemo: (b, i) => `${b} ${i}/2`,
    twinMemo: (i) => `container ${i}`,
    refundMemo: (c) => `REFUND ${c}`,
    supplierRefundMemo: () => 'REFUND',
    rin: (x, memo) => [`GIP TRF FRM ${x.bankName} ${memo}`.trim(), { reference: ftRef() }],
    rout: (x, memo) => [`GIP TRF TO ${x.bankName} ${memo}`.trim(), { reference: ftRef() }],
    reversalText: (l) => [`REV ${l.text}`, { reference: l.reference }],
    outFees: (line) => gipCharge(m, line),
    bookReceipt: (date, amount, { docs, party, memo }) =>
      m.book(date, amount, {
        reference: docs.join(' ') || '',
        description: [`Receipt - ${party.name}`, memo ?? ''].filter(Boolean).join(' - '),
        party: party.name,
        extra: { type: 'Cash', doc: cash(), trn: trn++ },
      }),
    bookPayment: (date, amount, { bill, party, memo }) =>
      m.book(date, amount, {
        reference: bill,
        description: ['Payment', memo ?? ''].filter(Boolean).join(' - '),
        party: party.name,
        extra: { type: 'Cash', doc: cash(), trn: trn++ },
      }),
  };
  customerReceipts(m, d);
  supplierPayments(m, d);
  const journal = (date, amount, reference, description, type = 'Journal') =>
    m.book(date, amount, { reference, description, extra: { type, doc: jn(), trn: trn++ } });

  // Hubtel settlements of mobile-money instalments from pay-as-you-go customers
  {
    const gross = m.amt(22000, 48000);
    const fee = part(gross, 195);
    const id = r.digits(9);
    const date = m.day(4, 9);
    const line = m.bank(date, m.take(gross - fee), `HUBTEL SETTLEMENT BATCH ${id}`, { reference: ftRef() });
    const row = journal(m.shift(date, -1), gross, `HBT${id}`, `Hubtel collections batch ${id} (gross)`, 'Cash');
    m.auto(line, row, { traits: ['settlement', 'payout-id', 'short-net-of-fee', 'mobile-money'], difference: -fee });
    const gross2 = m.amt(22000, 48000);
    const fee2 = m.take(part(gross2, 195));
    const id2 = r.digits(9);
    const date2 = m.day(11, 15);
    const line2 = m.bank(date2, m.take(gross2 - fee2), `HUBTEL SETTLEMENT BATCH ${id2}`, { reference: ftRef() });
    const g = journal(m.shift(date2, -1), gross2, `HBT${id2}`, `Hubtel collections batch ${id2} (gross)`, 'Cash');
    const f = journal(m.shift(date2, -1), -fee2, `HBT${id2}`, `Hubtel fees batch ${id2}`);
    m.auto(line2, [g, f], { traits: ['settlement', 'payout-id', 'gross-and-fee-booked', 'mobile-money'] });
    const gross3 = m.amt(22000, 48000);
    const fee3 = part(gross3, 195);
    const date3 = m.day(17, 20);
    const line3 = m.bank(date3, m.take(gross3 - fee3), 'HUBTEL PAYOUT', { reference: ftRef() });
    const row3 = journal(m.shift(date3, -1), gross3, 'HUBTEL', 'PAYGo collections week 3 (gross)', 'Cash');
    m.suggest(line3, row3, { traits: ['settlement', 'short-net-of-fee', 'mobile-money'] });
  }
  // installers' commissions sent to their wallets: the transfer, its charge and the E-levy
  const agents = [
    ['Kwame Asante', '024'],
    ['Abena Owusu', '054'],
    ['Yaw Darko', '055'],
  ];
  for (const [name, pre] of agents) {
    const wallet = `${pre}${r.digits(7)}`;
    const amount = -m.amt(1200, 4800);
    const date = m.day(3, 19);
    const line = m.bank(date, amount, `BANK TO WALLET ${wallet} ${name.toUpperCase()} COMMISSION`, {
      reference: ftRef(),
    });
    const c = m.after(
      line,
      -m.take(Math.min(Math.round(-amount * 0.005), 2000) || 100),
      `BANK TO WALLET CHARGE ${wallet}`,
      {
        reference: line.reference,
      },
    );
    const lv = m.after(line, -part(-amount - 10000, 100), `E-LEVY ${wallet}`, { reference: line.reference });
    const row = m.book(m.shift(date, -1), amount, {
      reference: wallet,
      description: `Installer commission Dec 2024 - ${name}`,
      party: name,
      extra: { type: 'Cash', doc: cash(), trn: trn++ },
    });
    m.auto(line, row, { traits: ['wallet-number', 'commission'] });
    m.bankOnly(c, 'charge', { traits: ['wallet-transfer-charge', 'quotes-parent-transfer'] });
    m.bankOnly(lv, 'levy', { traits: ['e-levy', 'quotes-parent-transfer'] });
  }
  // payroll by ACH and the statutory payments of December's payroll
  {
    const amount = -m.amt(120000, 180000);
    const date = m.wd(-2);
    const line = m.bank(date, amount, 'ACH BULK DR SALARIES JAN 2025 (38)', { reference: ftRef() });
    const ch = m.after(line, -m.take(38 * 200), 'ACH BULK PAYMENT CHARGE (38)', { reference: line.reference });
    const row = journal(m.shift(date, -1), amount, 'PAYROLL-2025-01', 'Net salaries January 2025');
    m.auto(line, row, { traits: ['payroll'] });
    m.bankOnly(ch, 'charge', { traits: ['bulk-payment-charge'] });
  }
  for (const [what, memo, range, trait, body] of [
    ['SSNIT TIER 1 DEC 2024', 'SSNIT tier 1 contributions December 2024', [14000, 22000], 'ssnit', 'SSNIT'],
    [
      'TIER 2 DEC 2024',
      'Tier 2 pension December 2024 - Kente Pension Trust',
      [5000, 8000],
      'pension',
      'KENTE PENSION TRUST',
    ],
    ['PAYE DEC 2024', 'PAYE December 2024 - GRA', [16000, 26000], 'paye', 'GRA'],
    ['VAT DEC 2024', 'VAT/NHIL/GETFund December 2024 - GRA', [30000, 60000], 'vat-return', 'GRA'],
  ]) {
    const prn = `${r.digits(12)}`;
    const amount = -m.amt(...range);
    const date = m.day(7, 10);
    const line = m.bank(date, amount, `GIP TRF TO ${body} ${what} PRN ${prn}`, { reference: ftRef() });
    gipCharge(m, line);
    const row = journal(m.shift(date, -r.int(0, 1)), amount, prn, memo);
    m.auto(line, row, { traits: ['statutory', trait] });
  }
  // electricity, and money placed on fixed deposit with the bank
  {
    const meter = r.digits(11);
    const amount = -m.amt(2500, 6500);
    const date = m.day(12, 18);
    const line = m.bank(date, amount, `ECG POSTPAID BILL PAYMENT ${meter}`, { reference: ftRef() });
    const row = m.book(date, amount, {
      reference: meter,
      description: 'ECG electricity Dec 2024 - warehouse',
      party: 'Electricity Company of Ghana',
      extra: { type: 'Cash', doc: cash(), trn: trn++ },
    });
    m.auto(line, row, { traits: ['utility', 'account-number'] });
    const fd = `FD/25/${r.int(1000, 9999)}`;
    const amount2 = -m.amt(150000, 250000, { cents: 0, step: 1000 });
    const date2 = m.day(13, 16);
    const line2 = m.bank(date2, amount2, `FIXED DEPOSIT PLACEMENT ${fd} 91 DAYS`, { reference: ftRef() });
    const row2 = journal(date2, amount2, fd, `Placement 91-day fixed deposit ${fd}`);
    m.auto(line2, row2, { traits: ['investment'] });
  }
  // the collections account at another bank swept in
  {
    const amount = m.amt(80000, 140000, { cents: 0 });
    const date = m.day(15, 19);
    const line = m.bank(date, amount, 'GIP TRF FRM SANKOFA SOLAR GHANA LTD COLLECTIONS SWEEP', { reference: ftRef() });
    const row = journal(date, amount, 'SWEEP-JAN', 'Transfer from collections account (Stanbic 9040)');
    m.auto(line, row, { traits: ['own-account-transfer'] });
  }
  // a customer cheque cleared (lodged in December, booked then) and a cash deposit without a name
  const prior = m.amt(9000, 20000);
  {
    const line = m.bank(m.wd(1), prior, `CLEARING CHQ ${r.digits(6)} VOLTA SOLAR DEALERS`, { reference: ftRef() });
    m.none(line, { traits: ['prior-period-deposit'] });
  }
  {
    const amount = m.amt(6000, 14000, { cents: 0 });
    const date = m.day(6, 16);
    const line = m.bank(date, amount, 'CASH DEPOSIT - TEMA COMMUNITY 1 AGENCY', { reference: ftRef() });
    const row = m.book(date, amount, {
      reference: d.nextInvoice(),
      description: 'Receipt - walk-in cash sale Tema',
      party: 'Cash Customer',
      extra: { type: 'Cash', doc: cash(), trn: trn++ },
    });
    m.suggest(line, row, { mustNotAuto: true, traits: ['anonymous', 'cash-deposit'] });
  }
  // an unbooked card purchase
  {
    const line = m.bank(m.day(5, 18), -m.amt(900, 2400), 'VISA POS PURCHASE GOOGLE *ADS 650-253-0000', {
      reference: ftRef(),
    });
    m.none(line, { traits: ['unrecorded-card-purchase'] });
  }
  // book rows not on the statement
  {
    const s = d.suppliers[5];
    const a = d.bookPayment(m.wd(-1), -m.amt(...d.billRange), { bill: d.nextBill(), party: s, memo: 'cheque 000318' });
    m.ledgerOnly(a, 'cheque issued, not yet presented');
    const b = d.bookReceipt(m.wd(-1), m.amt(...d.invoiceRange), { docs: [d.nextInvoice()], party: d.customers[2] });
    m.ledgerOnly(b, 'receipt booked from the advice; money arrives next month');
    const c = journal(m.wd(-1), -m.amt(700, 1500), 'PETTY-JAN', 'Petty cash top-up - cheque not yet cashed');
    m.ledgerOnly(c, 'cheque issued, not yet presented');
  }
  // the bank's month: maintenance fee charged twice, the second reversed; SMS alerts
  {
    const fee = 5000;
    const a = m.bank(m.wd(-1), -fee, 'ACCOUNT MAINTENANCE FEE JAN 2025', { reference: ftRef() });
    a.seq = 0.99;
    const b = m.bank(m.wd(-1), -fee, 'ACCOUNT MAINTENANCE FEE JAN 2025', { reference: ftRef() });
    b.seq = 0.991;
    const c = m.bank(m.wd(-1), fee, 'REV ACCOUNT MAINTENANCE FEE JAN 2025', { reference: b.reference });
    c.seq = 0.992;
    m.bankOnly(a, 'charge', { traits: ['account-maintenance'] });
    m.reversal(b, c, { traits: ['charge-reversed'] });
    const s = m.bank(m.wd(-1), -m.take(r.int(70, 110) * 50), 'SMS ALERT CHARGES JAN 2025', { reference: ftRef() });
    s.seq = 0.995;
    m.bankOnly(s, 'charge', { traits: ['sms-alerts'] });
  }
  return { bookOpeningShift: prior };
}

function gipCharge(m, line) {
  const fee = Math.abs(line.amount) > 5000000 ? 1000 : 500;
  const l = m.after(line, -fee, 'GIP TRANSFER CHARGE', { reference: line.reference });
  m.bankOnly(l, 'charge', { traits: ['gip-charge'] });
}

/** ARB Apex's statement download: label/value preamble, then Withdrawals/Deposits columns, text dates. */
export function bankLayout(m, lines, open, close) {
  const file = 'arbapex-1011000284715-jan2025.csv';
  const rows = [
    ['ARB APEX BANK PLC'],
    ['CUSTOMER ACCOUNT STATEMENT'],
    ['Account Number', '1011000284715'],
    ['Account Name', 'SANKOFA SOLAR GHANA LIMITED'],
    ['Currency', 'GHS'],
    ['Branch', 'HEAD OFFICE - SOUTH RIDGE'],
    ['Period', `${dMonY(m.cal.from)} To ${dMonY(m.cal.to)}`],
    ['Opening Balance', commas(open)],
    ['Closing Balance', commas(close)],
    [],
    ['Trn Date', 'Value Date', 'Transaction Ref', 'Description', 'Withdrawals', 'Deposits', 'Balance'],
  ];
  const rowOf = new Map();
  for (const l of lines) {
    rows.push([
      dMonY(l.date),
      dMonY(l.extra.valueDate ?? l.date),
      l.reference,
      l.text,
      l.amount < 0 ? commas(-l.amount) : '',
      l.amount > 0 ? commas(l.amount) : '',
      commas(l.balance),
    ]);
    rowOf.set(l, rows.length);
  }
  return {
    file,
    format: 'csv',
    csv: { delim: ',' },
    rows,
    headerRow: 11,
    rowOf,
    order: 'oldest-first',
    nonEntryRows: [],
    readOptions: {
      currency: 'GHS',
      mapping: {
        date: 'Trn Date',
        valueDate: 'Value Date',
        reference: 'Transaction Ref',
        description: 'Description',
        moneyOut: 'Withdrawals',
        moneyIn: 'Deposits',
        balance: 'Balance',
      },
    },
    layout:
      'CSV, label/value preamble in rows 1–9 (account, name, currency, branch, period, opening and closing balance), header in row 11, dates as text dd-Mon-yyyy, Flexcube-style FT references, Withdrawals/Deposits with thousands separators, running balance; no totals row.',
  };
}

/** Salesforce "Export Details" of a Certinia transaction-line report: every cell quoted, header in row 1, signed
 * Home Value (debit = money in), day-first dates, and the report footer Salesforce appends. */
export function ledgerLayout(m, rows, _other, bookOpen) {
  const file = 'certinia-tli-1210-arbapex-jan2025.csv';
  const out = [
    [
      'Transaction: Transaction Number',
      'Transaction Date',
      'Period: Period Name',
      'Transaction Type',
      'Document Number',
      'Account: Account Name',
      'Line Reference',
      'Line Description',
      'Home Value',
      'Home Currency',
    ],
  ];
  const rowOf = new Map();
  const sorted = [...rows].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.extra.trn - b.extra.trn));
  for (const e of sorted) {
    out.push([
      `TRN${String(e.extra.trn).padStart(6, '0')}`,
      dmySlash(e.date),
      '2025/001',
      e.extra.type,
      e.extra.doc,
      e.party,
      e.reference,
      e.description,
      (e.amount / 100).toFixed(2),
      'GHS',
    ]);
    rowOf.set(e, out.length);
  }
  out.push([]);
  out.push(['Bank GL 1210 - ARB Apex current - January 2025']);
  out.push(['Copyright (c) 2000-2025 salesforce.com, inc. All rights reserved.']);
  out.push(['Confidential Information - Do Not Distribute']);
  out.push(['Generated By:  Ama Boateng  03/02/2025 09:14']);
  out.push(['Sankofa Solar Ghana Ltd']);
  const close = bookOpen + rows.reduce((s, r) => s + r.amount, 0);
  return {
    file,
    format: 'csv',
    csv: { delim: ',', quoteAll: true },
    rows: out,
    headerRow: 1,
    rowOf,
    close,
    nonEntryRows: [],
    descriptionOf: (e) => `${e.extra.doc} — ${e.description}`,
    readOptions: {
      currency: 'GHS',
      dateOrder: 'DMY',
      mapping: {
        date: 'Transaction Date',
        reference: 'Line Reference',
        description: ['Document Number', 'Line Description'],
        party: 'Account: Account Name',
        amount: 'Home Value',
      },
    },
    layout:
      'CSV with every cell quoted, header in row 1 (Salesforce report columns), Certinia document numbers (CSH cash entries, JNL journals), day-first dates, one signed Home Value column (money in positive), no balance; after a blank row the report title, copyright, confidentiality, generated-by and company lines Salesforce appends to a details export.',
  };
}
