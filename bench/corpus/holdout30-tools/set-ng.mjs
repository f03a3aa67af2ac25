// NG: a packaging manufacturer at Agbara with a Coronation Merchant Bank corporate current account (XLSX
// statement) and Sage 100 books (General Ledger Detail Report of 1020-00 and 1040-00, exported to CSV).
import { customerReceipts, supplierPayments } from './events.mjs';
import { X, addDays, commas, dMonY, dayOfWeek, dmySlash, part } from './lib.mjs';

export const meta = {
  set: 'ng-coronation-sage100',
  country: 'NG',
  currency: 'NGN',
  timezone: 'Africa/Lagos',
  year: 2025,
  month: 8,
  publicHolidays: [],
  bank: 'Coronation Merchant Bank Limited',
  ledgerAccount: '1020-00',
  package: 'Sage 100 (General Ledger → General Ledger Detail Report of accounts 1020-00 and 1040-00, exported to CSV)',
};

const cust = (name, bankName, bank) => ({ name, bankName, bank });
export function build(m) {
  const r = m.rng;
  let inv = r.int(12600, 12800);
  let cn = r.int(300, 340);
  let chq = r.int(410, 440);
  const sid = () => `${r.pick(['000013', '000014', '000016', '000015', '100004'])}250${r.digits(9)}${r.digits(12)}`;
  const banks = ['GTB', 'ZIB', 'UBA', 'ACCESS', 'FBN', 'FCMB', 'STANBIC', 'FIDELITY'];
  const d = {
    customers: [
      cust('Nwachukwu Beverages Ltd', 'NWACHUKWU BEVERAGES LTD', 'ZIB'),
      cust('Adunni Table Water Ltd', 'ADUNNI TABLE WATER LIMITED', 'GTB'),
      cust('Halima Noodles Plant Ltd', 'HALIMA NOODLES PLANT LTD', 'ACCESS'),
      cust('Bisola Cosmetics Ltd', 'BISOLA COSMETICS LTD', 'UBA'),
      cust('Kano Pure Oil Mills Ltd', 'KANO PURE OIL MILLS', 'FBN'),
      cust('Delta Palm Kernel Processors Ltd', 'DELTA PALM KERNEL PROCESS', 'FIDELITY'),
      cust('Obi & Daughters Bakery Ltd', 'OBI AND DAUGHTERS BAKERY', 'STANBIC'),
      cust('Ngozi Detergents Ltd', 'NGOZI DETERGENTS LIMITED', 'FCMB'),
      cust('Suleiman Agro Foods Ltd', 'SULEIMAN AGRO FOODS LTD', 'GTB'),
      cust('Ebonyi Rice Millers Cooperative', 'EBONYI RICE MILLERS COOP', 'UBA'),
      cust('Greenfield Yoghurt Ltd', 'GREENFIELD YOGHURT LTD', 'ZIB'),
      cust('Tolu & Sons Distribution Ltd', 'TOLU AND SONS DISTRIBUTION', 'ACCESS'),
      cust('Ifeanyi Spice Mills Ltd', 'IFEANYI SPICE MILLS LTD', 'GTB'),
      cust('Zainab Juice Concentrates Ltd', 'ZAINAB JUICE CONCENTRATES', 'FBN'),
    ],
    suppliers: [
      cust('Petrochem Resins Nigeria Ltd', 'PETROCHEM RESINS NIGERIA LTD', 'ZIB'),
      cust('Lagos Inks & Coatings Ltd', 'LAGOS INKS AND COATINGS LTD', 'GTB'),
      cust('Agbara Haulage Services', 'AGBARA HAULAGE SERVICES', 'UBA'),
      cust('Ifeoma Energy Ltd', 'IFEOMA ENERGY LTD', 'ACCESS'),
      cust('Seaport Clearing Agents Ltd', 'SEAPORT CLEARING AGENTS', 'FCMB'),
      cust('Owode Corrugated Board Ltd', 'OWODE CORRUGATED BOARD LTD', 'FIDELITY'),
      cust('Kolawole Machine Works', 'KOLAWOLE MACHINE WORKS', 'STANBIC'),
    ],
    unknownPayers: [cust('', 'CHIBUZOR EZE', 'OPAY'), cust('', 'BABAJIDE TRADING VENTURES', 'MONIEPOINT')],
    invoiceRange: [850000, 6500000],
    billRange: [400000, 4800000],
    wht: { rate: 500, trait: 'short-withholding-tax-5pct' },
    nextInvoice: () => String(inv++).padStart(7, '0'),
    nextCredit: () => `CM${String(cn++).padStart(5, '0')}`,
    nextBill: (s) => {
      const p = s.name.replace(/[^A-Z]/g, '').slice(0, 3);
      return `${p}/25/${r.int(1000, 9899)}`;
    },
    writings: [
      (n) => [`INV ${n}`, 'ref-canonical'],
      (n) => [`inv ${Number(n)}`, 'ref-no-padding'],
      (n) => [`INV-${n}`, 'ref-dashes'],
      (n) => [`INVOICE NO ${n}`, 'ref-canonical'],
      (n) => [`PYMT ${Number(n)} AUG`, 'ref-serial-only'],
      (n) => [`inv/${n}`, 'ref-slashes'],
      (n) => [`IN${n}`, 'ref-other-prefix'],
    ],
    vagueMemo: () => r.pick(['PAYMENT', 'SUPPLY OF PACKAGING', 'BEING PAYMENT FOR ROLLS', 'LABELS PAYMENT', 'TRF']),
    manyDocs: (ns) => `INV ${ns[0]}/${Number(ns[1])}/${Number(ns[2])}`,
    instalmentMemo: (n, i) => `${i === 1 ? '1ST' : '2ND'} INSTALMENT INV ${Number(n)}`,
    lessCredit: (n, c) => `INV ${n} LESS ${c}`,
    lessCreditMemo: (c) => `less credit memo ${c}`,
    poMemo: (po) => `OUR PO ${po}`,
    poBook: (po) => `cust PO ${po}`,
    billMemo: (b) => `INV ${b}`,
    trancheMemo: (b, i) => `${b} PART ${i} OF 2`,
    twinMemo: (i) => `trip ${i} of 2`,
    refundMemo: (c) => `REFUND ${c}`,
    supplierRefundMemo: () => 'REFUND OVERPAYMENT',
    rin: (p, memo) => [`NIP FRM ${p.bank}/${p.bankName}/${memo}`.slice(0, 80), { reference: sid(), valueDate: null }],
    rout: (p, memo) => [`NIP TRF TO ${p.bankName}/${memo || 'PAYMENT'}`, { reference: `CMB${r.digits(10)}` }],
    reversalText: (l) => [`REVERSAL: ${l.text}`, { reference: l.reference }],
    outFees: (line) => nipCharge(m, line),
    bookReceipt: (date, amount, { docs, party, memo }) =>
      m.book(date, amount, {
        reference: docs[0] ?? `D${r.int(1000, 9999)}`,
        description: [`Cash Receipt - ${party.name}`, docs.length ? `Inv ${docs.join(', ')}` : '', memo ?? '']
          .filter(Boolean)
          .join(' - '),
        account: '1020-00',
        extra: { source: 'AR-CR' },
      }),
    bookPayment: (date, amount, { bill, party, memo }) =>
      m.book(date, amount, {
        reference: `EFT${String(r.int(1000, 9999))}`,
        description: [`${party.name}`, `Inv ${bill}`, memo ?? ''].filter(Boolean).join(' - '),
        account: '1020-00',
        extra: { source: 'AP-MC' },
      }),
  };
  for (const c of d.customers) c.bank = c.bank ?? r.pick(banks);

  customerReceipts(m, d);
  supplierPayments(m, d);
  const journal = (date, amount, reference, description, source = 'GL-GJ') =>
    m.book(date, amount, { reference, description, account: '1020-00', extra: { source } });

  // Paystack payouts of invoices paid by card or bank link: one booked gross, one gross and fee, one without an id
  {
    const gross = m.amt(900000, 2400000);
    const fee = Math.min(part(gross, 150) + 10000, 200000) * 3;
    const id = r.digits(8);
    const date = m.day(4, 10);
    const line = m.bank(date, m.take(gross - fee), `PAYSTACK PAYOUT ${id}`, { reference: `PSTK${id}` });
    const row = journal(
      m.shift(date, -1),
      gross,
      `PSK-${id}`,
      `Paystack payout ${id} - invoices paid online (gross)`,
      'AR-CR',
    );
    m.auto(line, row, { traits: ['settlement', 'payout-id', 'short-net-of-fee'], difference: -fee });
    const gross2 = m.amt(700000, 1800000);
    const fee2 = Math.min(part(gross2, 150) + 10000, 200000) * 2;
    const id2 = r.digits(8);
    const date2 = m.day(12, 17);
    const line2 = m.bank(date2, m.take(gross2 - fee2), `PAYSTACK PAYOUT ${id2}`, { reference: `PSTK${id2}` });
    const g2 = journal(m.shift(date2, -1), gross2, `PSK-${id2}`, `Paystack payout ${id2} - gross`, 'AR-CR');
    const f2 = journal(m.shift(date2, -1), -m.take(fee2), `PSK-${id2}`, `Paystack payout ${id2} - fees`);
    m.auto(line2, [g2, f2], { traits: ['settlement', 'payout-id', 'gross-and-fee-booked'] });
    const gross3 = m.amt(600000, 1500000);
    const fee3 = Math.min(part(gross3, 150) + 10000, 200000) * 2;
    const date3 = m.day(18, 21);
    const line3 = m.bank(date3, m.take(gross3 - fee3), 'PAYSTACK SETTLEMENT', { reference: `PSTK${r.digits(8)}` });
    const row3 = journal(
      m.shift(date3, -1),
      gross3,
      'PSK-SETTLE',
      'Paystack receipts - online invoices (gross)',
      'AR-CR',
    );
    m.suggest(line3, row3, { traits: ['settlement', 'short-net-of-fee'] });
  }
  // a customer's cheque lodged, returned unpaid; the bookkeeper reversed it the day the return came
  {
    const c = d.customers[3];
    const no = String(r.int(100000, 999999)).padStart(8, '0');
    const amount = m.amt(...d.invoiceRange);
    const d1 = m.day(3, 7);
    const dep = m.bank(d1, amount, `CHQ DEP ${no} ${c.bankName}`, {
      reference: `CLR${r.digits(8)}`,
      valueDate: m.shift(d1, 2),
    });
    const rowIn = d.bookReceipt(d1, amount, { docs: [d.nextInvoice()], party: c, memo: `chq ${Number(no)}` });
    const d2 = m.shift(d1, 3);
    const ret = m.bank(d2, -amount, `RETURNED CHQ ${no} - DAIF`, { reference: `CLR${r.digits(8)}` });
    const rowBack = journal(
      d2,
      -amount,
      `RCHQ${Number(no)}`,
      `Dishonoured cheque ${Number(no)} - ${c.name} - invoice reinstated`,
    );
    m.auto(dep, rowIn, { traits: ['cheque-deposit', 'cheque-number'] });
    m.auto(ret, rowBack, { traits: ['dishonoured-cheque', 'cheque-number'] });
    const ch = m.after(ret, -500000, 'RETURNED CHEQUE CHARGE', { reference: ret.reference });
    const vat = m.after(ret, -37500, 'VAT ON RETURNED CHEQUE CHARGE', { reference: ret.reference });
    m.bankOnly(ch, 'charge', { traits: ['returned-cheque-charge'] });
    m.bankOnly(vat, 'fee-vat', { traits: ['vat-on-fee'] });
  }
  // our cheques presented; one written last month
  for (let i = 0; i < 2; i++) {
    const s = d.suppliers[i + 4];
    const no = String(chq++).padStart(8, '0');
    const amount = -m.amt(...d.billRange);
    const date = m.day(6, 20);
    const line = m.bank(date, amount, `INWARD CLEARING CHQ NO ${no}`, { reference: `ICL${r.digits(8)}` });
    const row = m.book(m.shift(date, -r.int(3, 6)), amount, {
      reference: String(Number(no)).padStart(6, '0'),
      description: `${s.name} - Inv ${d.nextBill(s)} - chq`,
      account: '1020-00',
      extra: { source: 'AP-CK' },
    });
    m.auto(line, row, { traits: ['cheque-presented', 'cheque-number'] });
  }
  const priorChq = -m.amt(300000, 900000);
  {
    const no = String(chq - 20).padStart(8, '0');
    const line = m.bank(m.day(2, 4), priorChq, `INWARD CLEARING CHQ NO ${no}`, { reference: `ICL${r.digits(8)}` });
    m.none(line, { traits: ['prior-period-cheque'] });
  }
  // a cash sale lodged without a name
  {
    const amount = m.amt(350000, 900000, { cents: 0 });
    const date = m.day(8, 18);
    const line = m.bank(date, amount, 'CASH DEPOSIT BY SELF', { reference: `CSH${r.digits(8)}` });
    const row = m.book(date, amount, {
      reference: d.nextInvoice(),
      description: 'Cash Receipt - CASH SALES - offcuts and rejects',
      account: '1020-00',
      extra: { source: 'AR-CR' },
    });
    m.suggest(line, row, { mustNotAuto: true, traits: ['anonymous', 'cash-deposit'] });
  }
  // a stranger's transfer credited to us by mistake and sent back
  {
    const amount = m.amt(150000, 600000, { cents: 0 });
    const date = m.day(9, 15);
    const wrong = m.bank(date, amount, 'NIP FRM UBA/OKAFOR CHINEDU EMEKA/CONTRIBUTION', { reference: sid() });
    const back = m.bank(m.shift(date, 1), -amount, 'NIP TRF TO OKAFOR CHINEDU EMEKA/RETURN OF WRONG CREDIT', {
      reference: `CMB${r.digits(10)}`,
    });
    nipCharge(m, back);
    m.reversal(wrong, back, { traits: ['misdirected-credit-returned'] });
  }
  // payroll and statutory payments
  const payDate = m.wd(-3);
  {
    const net = -m.amt(14000000, 19000000);
    const line = m.bank(payDate, net, 'BULK TRF SALARY AUG 2025 - 47 BENEFICIARIES', {
      reference: `BLK${r.digits(9)}`,
    });
    const ch = m.after(line, -m.take(47 * 5375), 'BULK PAYMENT CHARGE INCL VAT (47)', { reference: line.reference });
    const row = journal(m.shift(payDate, -1), net, 'PR0825', 'Net salaries August 2025 - payroll batch');
    m.auto(line, row, { traits: ['payroll'] });
    m.bankOnly(ch, 'charge', { traits: ['bulk-payment-charge'] });
  }
  const statutory = [
    ['FIRS', 'VAT JUL 2025', 'VAT return July 2025 - FIRS', [2400000, 4200000], 'vat-return'],
    ['OGIRS', 'PAYE JUL 2025', 'PAYE July 2025 - OGIRS', [1500000, 2600000], 'paye'],
    [
      'PENCOM',
      'PENSION JUL 2025',
      'Pension contributions July 2025 (employee 8% + employer 10%)',
      [1800000, 3000000],
      'pension',
    ],
  ];
  for (const [body, what, memo, range, trait] of statutory) {
    const rrr = r.digits(12);
    const amount = -m.amt(...range);
    const date = m.day(6, 9);
    const line = m.bank(date, amount, `REMITA/${body}/${what}/RRR ${rrr}`, { reference: `RMT${r.digits(9)}` });
    const row = journal(m.shift(date, -r.int(0, 1)), amount, `RRR${rrr}`, memo);
    m.auto(line, row, { traits: ['statutory', trait, 'rrr'] });
  }
  // the electricity bill
  {
    const acct = r.digits(10);
    const amount = -m.amt(1800000, 3200000);
    const date = m.day(12, 18);
    const line = m.bank(date, amount, `NIP TRF TO IBEDC COLLECTION/ACCT ${acct} JUL BILL`, {
      reference: `CMB${r.digits(10)}`,
    });
    nipCharge(m, line);
    const row = journal(date, amount, `IB${acct.slice(-6)}`, `IBEDC electricity July 2025 - acct ${acct}`, 'AP-MC');
    m.auto(line, row, { traits: ['utility', 'account-number'] });
  }
  // term loan instalment by standing instruction
  {
    const loan = `LN/CMB/2024/0${r.int(100, 999)}`;
    const amount = -m.amt(5000000, 7000000);
    const date = m.wd(-1);
    const line = m.bank(date, amount, `LOAN REPAYMENT ${loan} PRIN+INT`, { reference: `LD${r.digits(10)}` });
    const row = journal(date, amount, 'LN0825', `Term loan instalment August 2025 - ${loan}`);
    m.auto(line, row, { traits: ['loan-instalment'] });
  }
  // to and from the call deposit account (1040-00 holds the other side)
  const callAcct = `1000${r.digits(6)}`;
  const other = [];
  {
    const amount = -m.amt(20000000, 30000000, { cents: 0 });
    const date = m.day(5, 8);
    const line = m.bank(date, amount, `TRF TO CALL DEPOSIT ${callAcct}`, { reference: `FT${r.digits(10)}` });
    const row = journal(date, amount, 'TRF0825-1', `Transfer to call deposit ${callAcct}`);
    other.push({ date, amount: -amount, reference: 'TRF0825-1', description: `Transfer from current ${callAcct}` });
    m.auto(line, row, { traits: ['own-account-transfer', 'account-number'] });
    const back = m.amt(8000000, 12000000, { cents: 0 });
    const date2 = m.day(19, 22);
    const line2 = m.bank(date2, back, `TRF FROM CALL DEPOSIT ${callAcct}`, { reference: `FT${r.digits(10)}` });
    const row2 = journal(date2, back, 'TRF0825-2', `Transfer from call deposit ${callAcct}`);
    other.push({ date: date2, amount: -back, reference: 'TRF0825-2', description: `Transfer to current ${callAcct}` });
    other.push({
      date: m.wd(-1),
      amount: m.amt(80000, 160000),
      reference: 'INT0825',
      description: 'Interest on call deposit August 2025',
    });
    m.auto(line2, row2, { traits: ['own-account-transfer', 'account-number'] });
  }
  // a card subscription nobody booked
  {
    const line = m.bank(m.day(10, 20), -m.amt(40000, 90000), 'POS/WEB PMT MICROSOFT*365 BUSINESS DUBLIN IE', {
      reference: `CRD${r.digits(8)}`,
    });
    m.none(line, { traits: ['unrecorded-card-purchase'] });
  }
  // book rows not on the statement
  {
    const s = d.suppliers[6];
    const a = m.book(m.wd(-2), -m.amt(...d.billRange), {
      reference: String(chq).padStart(6, '0'),
      description: `${s.name} - Inv ${d.nextBill(s)} - chq`,
      account: '1020-00',
      extra: { source: 'AP-CK' },
    });
    m.ledgerOnly(a, 'cheque issued, not yet presented');
    const c = d.customers[0];
    const b = d.bookReceipt(m.wd(-1), m.amt(...d.invoiceRange), {
      docs: [d.nextInvoice()],
      party: c,
      memo: 'chq lodged 29/08',
    });
    m.ledgerOnly(b, 'cheque lodged on the last day, credited next month');
    const s2 = d.suppliers[1];
    const cc = d.bookPayment(m.wd(-1), -m.amt(...d.billRange), {
      bill: d.nextBill(s2),
      party: s2,
      memo: 'scheduled 01/09',
    });
    m.ledgerOnly(cc, 'payment keyed for September value, not yet sent');
  }
  monthCharges(m);
  return { other, bookOpeningShift: priorChq };
}

function nipCharge(m, line) {
  const a = Math.abs(line.amount);
  const fee = a <= 500000 ? 1075 : a <= 5000000 ? 2688 : 5375;
  const l = m.after(line, -fee, 'NIP TRANSFER CHARGE INCL VAT', { reference: line.reference });
  m.bankOnly(l, 'charge', { traits: ['nip-charge-incl-vat'] });
}

/** EMTL per day on electronic receipts of N10,000 and over; account maintenance and its VAT; SMS alerts. */
function monthCharges(m) {
  // levied per receipt, debited once a week on the week's last working day
  const byWeek = new Map();
  const weekEnd = (d) => m.cal.working.filter((w) => w >= d && w <= addDays(d, 6 - ((dayOfWeek(d) + 1) % 7))).pop();
  for (const l of m.lines)
    if (l.amount >= 1000000 && /^(NIP FRM|PAYSTACK)/.test(l.text)) {
      const w = weekEnd(l.date);
      byWeek.set(w, (byWeek.get(w) ?? 0) + 1);
    }
  for (const [date, n] of [...byWeek].sort()) {
    const [y, mo, dd] = date.split('-');
    const l = m.bank(date, -n * 5000, `EMTL CHARGES ${n} TXNS W/E ${dd}/${mo}/${y}`, { reference: `EMTL${dd}${mo}` });
    l.seq = 0.9999;
    m.bankOnly(l, 'levy', { traits: ['emtl'] });
  }
  const turnover = m.lines.filter((l) => l.amount < 0 && !l.truth?.kindOf).reduce((s, l) => s - l.amount, 0);
  const amf = Math.round(turnover / 1000);
  const last = m.wd(-1);
  const a = m.bank(last, -amf, 'ACCOUNT MAINTENANCE FEE AUG 2025', { reference: 'AMF0825' });
  a.seq = 0.99991;
  const v = m.after(a, -Math.round(amf * 0.075), 'VAT ON ACCOUNT MAINTENANCE FEE AUG 2025', { reference: 'AMF0825' });
  m.bankOnly(a, 'charge', { traits: ['account-maintenance'] });
  m.bankOnly(v, 'fee-vat', { traits: ['vat-on-fee'] });
  const s = m.bank(m.wd(2), -m.take(4 * m.rng.int(60, 95) * 100), 'SMS ALERT CHARGES JUL 2025', {
    reference: 'SMS0725',
  });
  m.bankOnly(s, 'charge', { traits: ['sms-alerts'] });
}

/** The statement as Coronation's corporate internet banking exports it to Excel. */
export function bankLayout(m, lines, open, close) {
  const file = 'coronation-1000317754-aug2025.xlsx';
  const rows = [
    [X.s('CORONATION MERCHANT BANK LIMITED')],
    [X.s('STATEMENT OF ACCOUNT')],
    [],
    [X.s('Account Name'), X.s('OKEKE POLYMERS & PACKAGING LIMITED')],
    [X.s('Account Number'), X.s('1000317754')],
    [X.s('Account Type'), X.s('CORPORATE CURRENT ACCOUNT')],
    [X.s('Currency'), X.s('NGN')],
    [X.s('Period'), X.s(`${dMonY(m.cal.from)} to ${dMonY(m.cal.to)}`)],
    [X.s('Opening Balance'), X.money(open)],
    [X.s('Closing Balance'), X.money(close)],
    [],
    ['Posting Date', 'Value Date', 'Narration', 'Reference', 'Debit', 'Credit', 'Balance'].map(X.s),
    [null, null, X.s('BALANCE B/FWD'), null, null, null, X.money(open)],
  ];
  const rowOf = new Map();
  let bal = open;
  let dr = 0;
  let cr = 0;
  for (const l of lines) {
    bal += l.amount;
    if (l.amount < 0) dr -= l.amount;
    else cr += l.amount;
    rows.push([
      X.date(l.date),
      X.date(l.extra.valueDate ?? l.date),
      X.s(l.text),
      X.s(l.reference),
      l.amount < 0 ? X.money(-l.amount) : null,
      l.amount > 0 ? X.money(l.amount) : null,
      X.money(bal),
    ]);
    rowOf.set(l, rows.length);
  }
  rows.push([null, null, X.s('TOTAL'), null, X.money(dr), X.money(cr), null]);
  const totalRow = rows.length;
  rows.push([]);
  rows.push([X.s('*** END OF STATEMENT ***')]);
  return {
    file,
    format: 'xlsx',
    sheet: 'Statement',
    rows,
    merges: [{ s: { r: 0, c: 0 }, e: { r: 0, c: 6 } }],
    headerRow: 12,
    rowOf,
    order: 'oldest-first',
    nonEntryRows: [
      { row: 13, why: 'balance brought forward, not an entry' },
      { row: totalRow, why: 'statement totals, not an entry' },
    ],
    readOptions: {
      currency: 'NGN',
      sheet: 'Statement',
      mapping: {
        date: 'Posting Date',
        valueDate: 'Value Date',
        description: 'Narration',
        reference: 'Reference',
        moneyOut: 'Debit',
        moneyIn: 'Credit',
        balance: 'Balance',
      },
    },
    layout:
      'XLSX, sheet "Statement": title rows and a label/value preamble (account, type, currency, period, opening and closing balance) in rows 1–10, header in row 12, an undated BALANCE B/FWD row, real date cells (dd-mmm-yyyy) for posting and value date, numeric Debit/Credit/Balance, an undated TOTAL row and an end-of-statement line.',
  };
}

/** Sage 100's General Ledger Detail Report, exported as data to CSV: both bank accounts, each with its beginning
 * balance, net change and ending balance rows. */
export function ledgerLayout(m, rows, other, bookOpen) {
  const file = 'sage100-gl-detail-1020-1040-aug2025.csv';
  const out = [
    ['Okeke Polymers & Packaging Ltd (OPP)'],
    ['General Ledger Detail Report'],
    [`Period Ending: ${dmySlash(m.cal.to)}   Fiscal Year: 2025   Period: 08`],
    ['Account Number: 1020-00 Thru 1040-00'],
    [],
    [
      'Account Number',
      'Account Description',
      'Posting Date',
      'Source',
      'Reference',
      'Comment',
      'Debit',
      'Credit',
      'Balance',
    ],
  ];
  const rowOf = new Map();
  const nonEntryRows = [];
  const section = (acct, desc, open, entries, own) => {
    out.push([acct, desc, '', '', '', 'Beginning Balance', '', '', commas(open) + (open < 0 ? ' CR' : '')]);
    nonEntryRows.push({ row: out.length, why: `beginning balance of ${acct}, not an entry` });
    let bal = open;
    let dr = 0;
    let cr = 0;
    for (const e of entries) {
      bal += e.amount;
      if (e.amount > 0) dr += e.amount;
      else cr -= e.amount;
      out.push([
        acct,
        desc,
        dmySlash(e.date),
        e.extra?.source ?? 'GL-GJ',
        e.reference,
        e.description,
        e.amount > 0 ? commas(e.amount) : '',
        e.amount < 0 ? commas(-e.amount) : '',
        commas(bal),
      ]);
      if (own) rowOf.set(e, out.length);
    }
    out.push([acct, desc, '', '', '', 'Net Change', commas(dr), commas(cr), '']);
    nonEntryRows.push({ row: out.length, why: `net change of ${acct} for the period, not an entry` });
    out.push([acct, desc, '', '', '', 'Ending Balance', '', '', commas(bal)]);
    nonEntryRows.push({ row: out.length, why: `ending balance of ${acct}, not an entry` });
    out.push([]);
    return bal;
  };
  const close = section('1020-00', 'Coronation Bank - Current', bookOpen, rows, true);
  const otherRows = other.map((o) => ({ ...o, extra: { source: 'GL-GJ' } })).sort((a, b) => (a.date < b.date ? -1 : 1));
  section('1040-00', 'Coronation Bank - Call Deposit', 15000000000 / 100, otherRows, false);
  return {
    file,
    format: 'csv',
    csv: { delim: ',', bom: false },
    rows: out,
    headerRow: 6,
    rowOf,
    close,
    otherAccountRows: otherRows.length,
    nonEntryRows,
    accountColumn: 'Account Number',
    readOptions: {
      currency: 'NGN',
      dateOrder: 'DMY',
      mapping: {
        date: 'Posting Date',
        reference: 'Reference',
        description: 'Comment',
        moneyIn: 'Debit',
        moneyOut: 'Credit',
        balance: 'Balance',
        account: 'Account Number',
      },
    },
    layout:
      'CSV, five preamble rows, header in row 6, two account sections (1020-00 current, 1040-00 call deposit) each with an undated Beginning Balance row, entries with day-first dates, Sage 100 source codes (AR-CR, AP-MC, AP-CK, GL-GJ), Debit = money in, thousands separators, a running balance, and undated Net Change and Ending Balance rows.',
  };
}
