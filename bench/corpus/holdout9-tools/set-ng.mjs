// Nigeria: a Lagos pharmaceutical distributor. FCMB current account statement (CSV as FCMB Online exports it)
// against SAP Business One's General Ledger report of the bank G/L account, exported to Excel.
import { SetBuilder, businessDays, fmtDate, grouped, major } from './core.mjs';

const FILE_BANK = 'fcmb-current-0417-apr2025.csv';
const FILE_GL = 'sap-b1-general-ledger-1110102-apr2025.xlsx';
const GL_ACCOUNT = '1110102';

// NIP transfer fee incl. 7.5% VAT by transfer size, as Nigerian banks debit it.
const nipFee = (minor) => (minor <= 500000 ? 1075 : minor <= 5000000 ? 2688 : 5375);

export function buildNg(r, seed) {
  const days = businessDays(2025, 4, ['2025-04-01', '2025-04-18', '2025-04-21']);
  const D = (i) => days[i];
  const sb = new SetBuilder();
  let trans = 18240; // SAP B1 journal transaction numbers
  let rc = 4511; // incoming payment doc numbers
  let ps = 2207; // outgoing payment doc numbers
  const session = (date) => `000003${date.slice(2).replace(/-/g, '')}${r.digits(6)}${r.digits(12)}`;

  const bank = (date, amount, text, reference = '') => ({ date, amount, text: text.slice(0, 90), reference });
  // A receipt in the books: SAP B1 incoming payment posted to the bank G/L account.
  const rcpt = (date, amount, code, name, ref2, remarks) => ({
    date,
    amount,
    origin: 'RC',
    originNo: String(rc++),
    trans: String(trans++),
    ref1: '',
    ref2,
    remarks: remarks ?? `Incoming Payments - ${code}`,
    offset: code,
    offsetName: name,
  });
  const pay = (date, amount, code, name, ref2, remarks) => ({
    date,
    amount: -amount,
    origin: 'PS',
    originNo: String(ps++),
    trans: String(trans++),
    ref1: '',
    ref2,
    remarks: remarks ?? `Outgoing Payments - ${code}`,
    offset: code,
    offsetName: name,
  });
  const je = (date, amount, offset, offsetName, ref2, remarks) => ({
    date,
    amount,
    origin: 'JE',
    originNo: String(trans),
    trans: String(trans++),
    ref1: '',
    ref2,
    remarks,
    offset,
    offsetName,
  });
  const emtl = (date) => sb.bankOnly(bank(date, -5000, 'ELECTRONIC MONEY TRANSFER LEVY'), 'levy');
  const fee = (date, amt) => sb.bankOnly(bank(date, -nipFee(amt), 'NIP TRANSFER CHARGE+VAT'), 'fee-vat');

  // Inward NIP narrations as FCMB prints them: sending bank / sender / sender's remark.
  const nipIn = (date, amount, sendBank, sender, remark) =>
    bank(date, amount, `NIP/${sendBank}/${sender}/${remark}`, session(date));
  const nipOut = (date, amount, benef, remark) => bank(date, -amount, `NIP TRF TO ${benef}/${remark}`, session(date));

  // --- customer receipts quoting the invoice, in the writings customers use ---
  const refd = [
    [
      0,
      'MEDPLUS PHARMACY LIMITED',
      'ZENITH',
      'C10023',
      'Medplus Pharmacy Ltd',
      30112,
      (n) => `PAYMENT FOR INV ${n}`,
      'ref-canonical',
    ],
    [2, 'HEALTHPLUS NIG LTD', 'GTB', 'C10031', 'HealthPlus Nigeria Ltd', 30118, (n) => `inv${n}`, 'ref-lowercase'],
    [
      3,
      'ST NICHOLAS HOSPITAL',
      'ACCESS',
      'C10047',
      'St. Nicholas Hospital',
      30104,
      (n) => `IN-${n} APRIL SUPPLY`,
      'ref-slashes',
    ],
    [
      5,
      'ALPHA PHCY AND STORES LTD',
      'UBA',
      'C10012',
      'Alpha Pharmacy & Stores Ltd',
      30121,
      (n) => `INVOICE NO ${n}`,
      'ref-canonical',
    ],
    [6, 'EKO CLINICS LIMITED', 'FIRSTBANK', 'C10055', 'Eko Clinics Ltd', 30125, (n) => `IN ${n}`, 'ref-canonical'],
    [
      8,
      'ZUMA MEDICAL CENTRE',
      'STANBIC',
      'C10061',
      'Zuma Medical Centre Abuja',
      30127,
      (n) => `SETTLEMENT ${n}`,
      'ref-serial-only',
    ],
    [
      10,
      'ONYEKA AND SONS PHARMACY',
      'OPAY',
      'C10066',
      'Onyeka & Sons Pharmacy',
      30131,
      (n) => `Inv ${n} Onyeka`,
      'ref-lowercase',
    ],
    [12, 'LEKKI FAMILY CLINIC', 'WEMA', 'C10070', 'Lekki Family Clinic', 30136, (n) => `in ${n}`, 'ref-lowercase'],
    [
      14,
      'MEDPLUS PHARMACY LIMITED',
      'ZENITH',
      'C10023',
      'Medplus Pharmacy Ltd',
      30140,
      (n) => `PAYMENT FOR INV ${n}`,
      'ref-canonical',
    ],
    [16, 'HEALTHPLUS NIG LTD', 'GTB', 'C10031', 'HealthPlus Nigeria Ltd', 30146, (n) => `inv${n}`, 'ref-lowercase'],
  ];
  for (const [di, sender, sbank, code, name, inv, write, trait] of refd) {
    const amt = r.money(180000, 4200000, 50);
    const late = r.next() < 0.3;
    sb.match(
      nipIn(D(di), amt, sbank, sender, write(inv)),
      rcpt(late ? D(di + 2) : D(di), amt, code, name, `IN ${inv}`),
      {
        decision: 'auto',
        evidence: 'reference',
        traits: late ? [trait, 'late-posting'] : [trait],
      },
    );
    emtl(D(di));
  }

  // --- receipts naming only the customer (exact amount, nothing else of that amount open) ---
  const named = [
    [1, 'REDDINGTON MULTI-SPECIALIST HOSPI', 'C10049', 'Reddington Hospital Ltd', 'partner-name-fuzzy'],
    [4, 'SANI MUSA PHARM', 'C10058', 'Sani Musa Pharmaceuticals Kano', 'name-only'],
    [9, 'ST NICHOLAS HOSPITAL', 'C10047', 'St. Nicholas Hospital', 'name-only'],
    [13, 'EKO CLINICS LIMITED', 'C10055', 'Eko Clinics Ltd', 'name-only'],
  ];
  for (const [di, sender, code, name, trait] of named) {
    const amt = r.money(95000, 2600000, 25);
    sb.match(
      nipIn(D(di), amt, r.pick(['GTB', 'ZENITH', 'ACCESS']), sender, 'PAYMENT'),
      rcpt(D(di), amt, code, name, ''),
      {
        decision: 'auto',
        evidence: 'counterparty',
        traits: [trait],
      },
    );
    emtl(D(di));
  }

  // Receipt from the owner in her own name, the books post to her trading name: a person must connect them.
  {
    const amt = r.money(300000, 900000, 500);
    sb.match(
      nipIn(D(7), amt, 'FIDELITY', 'NWOSU ADAEZE CHIOMA', 'TRANSFER'),
      rcpt(D(7), amt, 'C10040', 'Ada Nwosu Chemists', ''),
      {
        decision: 'suggest',
        mustNotAuto: false,
        evidence: 'amount',
        traits: ['amount-only', 'partner-name-fuzzy'],
      },
    );
    emtl(D(7));
  }

  // Government customer pays net of 5% WHT; the receipt was booked at the invoice's gross.
  {
    const gross = r.money(2000000, 5000000, 1000);
    const net = Math.round(gross * 0.95);
    sb.match(
      nipIn(D(11), net, 'CBN', 'LAGOS STATE HEALTH MANAGEMENT AGE', 'LSHMA/PV/0391 IN30109'),
      rcpt(D(11), gross, 'C10075', 'Lagos State Health Mgt Agency', 'IN 30109'),
      {
        decision: 'suggest',
        mustNotAuto: false,
        evidence: 'reference',
        traits: ['ref-year-serial-joined', 'short-withholding-tax-5pct'],
      },
    );
    emtl(D(11));
  }

  // Over-payment quoting the invoice: the customer rounded up, the extra stays as a difference.
  {
    const inv = r.money(410000, 880000, 1) + 37;
    // rounded up to the next ten thousand naira
    const paid = Math.ceil((inv + 1) / 1000000) * 1000000;
    sb.match(
      nipIn(D(15), paid, 'POLARIS', 'ALPHA PHCY AND STORES LTD', 'INV 30138 BAL'),
      rcpt(D(15), inv, 'C10012', 'Alpha Pharmacy & Stores Ltd', 'IN 30138'),
      {
        decision: 'auto',
        evidence: 'reference',
        traits: ['ref-canonical', 'over-payment'],
        difference: paid - inv,
      },
    );
    emtl(D(15));
  }

  // One transfer for two invoices, both quoted; the books posted one incoming payment per invoice.
  {
    const a = r.money(350000, 700000, 10);
    const b = r.money(120000, 400000, 10);
    sb.match(
      nipIn(D(9), a + b, 'ZENITH', 'MEDPLUS PHARMACY LIMITED', 'INV 30122 & 30124'),
      [
        rcpt(D(9), a, 'C10023', 'Medplus Pharmacy Ltd', 'IN 30122'),
        rcpt(D(9), b, 'C10023', 'Medplus Pharmacy Ltd', 'IN 30124'),
      ],
      { decision: 'auto', evidence: 'reference', traits: ['ref-canonical', 'split-one-to-many'] },
    );
    emtl(D(9));
  }

  // Two part payments of one invoice, both quoting it; the bookkeeper posted one receipt for the invoice.
  {
    const total = r.money(1500000, 2400000, 1000);
    const first = Math.round((total * 0.6) / 100000) * 100000;
    sb.match(
      [
        nipIn(D(4), first, 'GTB', 'HEALTHPLUS NIG LTD', 'PART PYMT INV 30115'),
        nipIn(D(6), total - first, 'GTB', 'HEALTHPLUS NIG LTD', 'BAL INV 30115'),
      ],
      rcpt(D(6), total, 'C10031', 'HealthPlus Nigeria Ltd', 'IN 30115'),
      { decision: 'auto', evidence: 'reference', traits: ['ref-canonical', 'part-payment', 'split-many-to-one'] },
    );
    emtl(D(4));
    emtl(D(6));
  }

  // Payment net of a credit note the books do not show against the receipt.
  {
    const inv = r.money(600000, 950000, 10);
    const cn = r.money(40000, 90000, 10);
    sb.match(
      nipIn(D(17), inv - cn, 'ACCESS', 'OLUMIDE BAKARE', 'PAYMENT LESS CN'),
      rcpt(D(17), inv, 'C10044', 'Bakare Olumide Pharmacy', 'IN 30143'),
      {
        decision: 'suggest',
        mustNotAuto: false,
        evidence: 'counterparty',
        traits: ['invoice-less-credit-note', 'name-only'],
      },
    );
    emtl(D(17));
  }

  // Twins: a customer paid the same amount twice on one day for two orders of equal value, no invoice written.
  {
    const amt = r.money(150000, 300000, 5000);
    const a = nipIn(D(12), amt, 'OPAY', 'ONYEKA AND SONS PHARMACY', 'ORDER');
    const b = nipIn(D(12), amt, 'OPAY', 'ONYEKA AND SONS PHARMACY', 'ORDER');
    sb.twins(
      [a, b],
      [
        rcpt(D(12), amt, 'C10066', 'Onyeka & Sons Pharmacy', ''),
        rcpt(D(12), amt, 'C10066', 'Onyeka & Sons Pharmacy', ''),
      ],
      { decision: 'suggest', mustNotAuto: false, evidence: 'counterparty', traits: ['twins'] },
    );
    emtl(D(12));
    emtl(D(12));
  }

  // A cash deposit without a name; two customers' cash of that amount sit in the books: a guess would be wrong half the time.
  {
    const amt = r.money(200000, 500000, 1000);
    const rival = sb.ledgerOnly(
      je(D(5), amt, 'C10012', 'Alpha Pharmacy & Stores Ltd', 'IN 30119', 'Cash lodged by Alpha Pharmacy rep'),
      'cash lodgement recorded but not on the statement (lodged at another branch after cut-off)',
    );
    sb.match(
      bank(D(5), amt, `CASH DEPOSIT TELLER REF ${r.digits(7)}`),
      je(D(5), amt, 'C10080', 'Walk-in cash customers', 'CS-0405', 'Cash sales banked - Allen Ave shop'),
      {
        decision: 'suggest',
        mustNotAuto: true,
        alsoRight: rival.ledger,
        evidence: 'amount',
        traits: ['amount-only', 'tie'],
      },
    );
  }

  // Paystack card settlements: net of Paystack's fee, against the web shop's gross daily takings journal.
  for (const di of [3, 8, 14]) {
    const gross = r.money(120000, 600000, 100);
    const f = Math.min(200000, Math.round(gross * 0.015) + 10000);
    sb.match(
      bank(D(di + 1), gross - f, `PAYSTACK SETTLEMENT PSTK_${r.digits(10)}`, session(D(di + 1))),
      je(
        D(di),
        gross,
        '4100105',
        'Online sales - Paystack',
        `WEB-${D(di).slice(5).replace('-', '')}`,
        `Web shop takings ${fmtDate(D(di), 'DD/MM/YYYY')}`,
      ),
      {
        decision: 'suggest',
        mustNotAuto: false,
        evidence: 'amount',
        traits: ['pos-settlement', 'short-net-of-fee', 'settled-next-day'],
      },
    );
  }

  // --- supplier payments ---
  const bills = [
    [1, 'MAY AND BAKER NIGERIA PLC', 'V20011', 'May & Baker Nigeria Plc', 'MB/88213', (x) => `PV${ps} INV ${x}`],
    [3, 'FIDSON HEALTHCARE PLC', 'V20014', 'Fidson Healthcare Plc', 'FHP-24-7781', (x) => `INV ${x}`],
    [7, 'SWISS PHARMA NIG LTD', 'V20019', 'Swiss Pharma Nigeria Ltd', 'SPN0455', (x) => `${x}`],
    [10, 'GIG LOGISTICS LIMITED', 'V20027', 'GIG Logistics', 'GIGL/LAG/3390', (x) => `WAYBILL ${x}`],
    [13, 'MAY AND BAKER NIGERIA PLC', 'V20011', 'May & Baker Nigeria Plc', 'MB/88402', (x) => `INV ${x}`],
    [16, 'FIDSON HEALTHCARE PLC', 'V20014', 'Fidson Healthcare Plc', 'FHP-24-7930', (x) => `INV ${x}`],
  ];
  for (const [di, benef, code, name, billNo, write] of bills) {
    const amt = r.money(250000, 6500000, 1) + r.int(0, 99);
    sb.match(nipOut(D(di), amt, benef, write(billNo)), pay(D(di), amt, code, name, billNo), {
      decision: 'auto',
      evidence: 'reference',
      traits: ['ref-canonical'],
    });
    fee(D(di), amt);
  }
  // Payments naming only the payee.
  for (const [di, benef, code, name, lo, hi] of [
    [2, 'ARDOVA PLC', 'V20031', 'Ardova Plc', 380000, 520000],
    [11, 'MTN NIGERIA COMMUNICATIONS', 'V20035', 'MTN Nigeria', 45000, 90000],
  ]) {
    const amt = r.money(lo, hi, 50);
    sb.match(nipOut(D(di), amt, benef, 'DIESEL SUPPLY/DATA'), pay(D(di), amt, code, name, ''), {
      decision: 'auto',
      evidence: 'counterparty',
      traits: ['name-only'],
    });
    fee(D(di), amt);
  }

  // A transfer that failed and came back; it was sent again the next day and that one is in the books.
  {
    const amt = r.money(700000, 1200000, 500);
    const first = nipOut(D(5), amt, 'OJO BABATUNDE', 'APR RENT SHOP 2');
    sb.reversal(
      first,
      bank(D(5), amt, `REVERSAL: NIP TRF TO OJO BABATUNDE/APR RENT SHOP 2 FAILED`, first.reference),
      'failed transfer and its reversal',
    );
    // the fee of the failed transfer was refunded too: that pair cancels as well
    sb.reversal(
      bank(D(5), -nipFee(amt), 'NIP TRANSFER CHARGE+VAT'),
      bank(D(5), nipFee(amt), 'REVERSAL NIP TRANSFER CHARGE+VAT'),
      'fee of the failed transfer and its refund',
    );
    sb.match(
      nipOut(D(6), amt, 'OJO BABATUNDE', 'APR RENT SHOP 2'),
      pay(D(5), amt, 'V20040', 'Mr Tunde Ojo (Landlord)', 'RENT-APR25'),
      {
        decision: 'auto',
        evidence: 'counterparty',
        traits: ['ref-canonical'],
      },
    );
    fee(D(6), amt);
  }

  // Payroll: one bulk debit against the payroll journal; PAYE and pension remittances against their journals.
  {
    const net = r.money(6200000, 7400000, 1) + r.int(0, 99);
    sb.match(
      bank(D(16), -net, 'BULK TRF SALARY APR 2025 (23 RECORDS)', `BLK${r.digits(9)}`),
      je(D(16), -net, '2150101', 'Salaries payable', 'PAY-2025-04', 'Net salaries April 2025'),
      {
        decision: 'auto',
        evidence: 'reference',
        traits: ['ref-canonical'],
      },
    );
    sb.bankOnly(bank(D(16), -23 * 2688, 'BULK TRF CHARGES 23 @ 26.88'), 'fee-vat');
    const paye = r.money(900000, 1200000, 1) + 50;
    sb.match(
      bank(D(3), -paye, 'LIRS PAYE MAR 2025 TIN 20449871-0001 via REMITA', `RRR${r.digits(12)}`),
      je(D(2), -paye, '2160101', 'PAYE payable', 'PAYE-MAR25', 'PAYE March 2025 - LIRS'),
      {
        decision: 'auto',
        evidence: 'reference',
        traits: ['ref-spaces'],
      },
    );
    const pen = r.money(700000, 950000, 1) + 20;
    sb.match(
      bank(D(4), -pen, 'REMITA/LEADWAY PENSURE PFA/PENSION MAR25', `RRR${r.digits(12)}`),
      je(D(4), -pen, '2160105', 'Pension payable', 'PEN-MAR25', 'Pension contributions March 2025'),
      {
        decision: 'auto',
        evidence: 'reference',
        traits: ['ref-year-serial-joined'],
      },
    );
  }

  // Cheques issued and presented, by cheque number; one not yet presented.
  for (const [di, chq, code, name] of [
    [7, '00001187', 'V20044', 'Ikeja Electric Plc'],
    [14, '00001190', 'V20019', 'Swiss Pharma Nigeria Ltd'],
  ]) {
    const amt = r.money(150000, 900000, 10);
    sb.match(
      bank(D(di), -amt, `CHQ NO ${chq} CLEARING`, chq),
      pay(D(di - 3), amt, code, name, `CHQ ${chq.replace(/^0+/, '')}`),
      {
        decision: 'auto',
        evidence: 'reference',
        traits: ['cheque-number', 'ref-no-padding'],
      },
    );
  }
  sb.ledgerOnly(
    pay(D(17), r.money(200000, 500000, 10), 'V20027', 'GIG Logistics', 'CHQ 1192'),
    'cheque issued, not yet presented',
  );
  sb.ledgerOnly(
    rcpt(D(18), r.money(500000, 1500000, 100), 'C10047', 'St. Nicholas Hospital', 'IN 30150'),
    'receipt booked on the remittance advice, money arrived in May',
  );

  // Own-account transfer to the Wema operations account.
  {
    const amt = r.money(2000000, 3000000, 100000);
    sb.match(
      nipOut(D(8), amt, 'CHUKWUMA & BELLO PHARMA DIST/WEMA', 'FUNDING OPS ACCT'),
      je(D(8), -amt, '1110105', 'Wema Bank Ops Account 2231', 'TRF-0410', 'Transfer FCMB to Wema ops'),
      {
        decision: 'auto',
        evidence: 'counterparty',
        traits: ['interbank-transfer'],
      },
    );
    fee(D(8), amt);
  }

  // Lines the books do not have.
  sb.none(
    nipIn(D(15), r.money(60000, 150000, 100), 'MONIEPOINT', 'IBRAHIM ABDULLAHI', 'TRANSFER'),
    'unidentified receipt',
  );
  emtl(D(15));
  sb.none(
    bank(D(17), -r.money(20000, 60000, 100), `WEB PURCHASE MICROSOFT*365 ${r.digits(6)}`),
    'card subscription not yet posted',
  );

  // Month's bank charges.
  sb.bankOnly(bank(D(18), -r.money(900, 2000, 1) - 50, 'ACCOUNT MAINTENANCE FEE APR 2025'), 'charge');
  sb.bankOnly(bank(D(18), -Math.round(r.money(900, 2000, 1) * 0.075), 'VAT ON ACCOUNT MAINTENANCE FEE'), 'fee-vat');
  sb.bankOnly(bank(D(18), -r.int(30, 60) * 400, 'SMS ALERT CHARGES APR 2025'), 'charge');
  sb.bankOnly(bank(D(0), -5000, 'STAMP DUTY CHARGE'), 'levy');
  sb.bankOnly(bank(D(10), -r.money(2500, 2500), 'CHEQUE BOOK ISSUANCE 50 LEAVES'), 'charge');

  const cfg = {
    set: 'ng-fcmb-sapb1',
    country: 'NG',
    currency: 'NGN',
    timezone: 'Africa/Lagos',
    period: { from: '2025-04-01', to: '2025-04-30' },
    seed,
    ledgerAccount: GL_ACCOUNT,
    bankFile: {
      file: FILE_BANK,
      bank: 'FCMB',
      kind: 'csv',
      opening: r.money(8000000, 14000000, 1) + 37,
      preamble: ({ opening, closing }) => [
        ['FIRST CITY MONUMENT BANK LIMITED'],
        ['STATEMENT OF ACCOUNT'],
        ['Account Name:', 'CHUKWUMA & BELLO PHARMA DISTRIBUTORS LTD'],
        ['Account Number:', '5612340417'],
        ['Currency:', 'NGN'],
        ['Period:', '01-Apr-2025 To 30-Apr-2025'],
        ['Opening Balance:', grouped(opening)],
        ['Closing Balance:', grouped(closing)],
        [],
      ],
      header: ['Tran Date', 'Value Date', 'Narration', 'Reference', 'Debit', 'Credit', 'Balance'],
      cells: (b) => [
        fmtDate(b.date, 'DD-MMM-YYYY'),
        fmtDate(b.valueDate ?? b.date, 'DD-MMM-YYYY'),
        b.text,
        b.reference,
        b.amount < 0 ? grouped(-b.amount) : '',
        b.amount > 0 ? grouped(b.amount) : '',
        grouped(b.balance),
      ],
      text: (b) => b.text,
      json: (b) => ({ narration: b.text, reference: b.reference || null, counterparty: null }),
      readOptions: {
        mapping: {
          date: 'Tran Date',
          valueDate: 'Value Date',
          description: 'Narration',
          reference: 'Reference',
          moneyOut: 'Debit',
          moneyIn: 'Credit',
          balance: 'Balance',
        },
        currency: 'NGN',
        dateOrder: 'DMY',
      },
    },
    ledgerFile: {
      file: FILE_GL,
      package: 'SAP Business One (General Ledger report, Export to Excel)',
      kind: 'xlsx',
      sheet: 'General Ledger',
      cols: [12, 7, 9, 9, 8, 16, 34, 12, 30, 16, 16, 18],
      render: (rows) => {
        const out = [
          { cells: ['General Ledger'] },
          { cells: ['Chukwuma & Bello Pharma Distributors Ltd'] },
          { cells: [`G/L Account: ${GL_ACCOUNT} - FCMB Current Account 0417`] },
          { cells: ['Posting Date: 01/04/2025 - 30/04/2025'] },
          { cells: [] },
          {
            header: true,
            cells: [
              'Posting Date',
              'Origin',
              'Origin No.',
              'Trans. No.',
              'Ref. 1',
              'Ref. 2',
              'Remarks',
              'Offset Account',
              'Offset Acct Name',
              'Debit (NGN)',
              'Credit (NGN)',
              'Cumulative Balance (NGN)',
            ],
          },
        ];
        // The books' opening balance is the bank's: the March reconciliation left nothing outstanding.
        let bal = cfg.bankFile.opening;
        out.push({
          cells: [{ d: '2025-04-01' }, '', '', '', '', '', 'Opening Balance', '', '', '', '', major(bal)],
          nonEntry: 'opening balance row of the report, not an entry',
        });
        let dr = 0;
        let cr = 0;
        for (const l of rows) {
          bal += l.amount;
          if (l.amount > 0) dr += l.amount;
          else cr -= l.amount;
          out.push({
            entry: l,
            cells: [
              { d: l.date },
              l.origin,
              l.originNo,
              l.trans,
              l.ref1,
              l.ref2,
              l.remarks,
              l.offset,
              l.offsetName,
              l.amount > 0 ? major(l.amount) : '',
              l.amount < 0 ? major(-l.amount) : '',
              major(bal),
            ],
          });
        }
        out.push({ cells: ['', '', '', '', '', '', 'Total', '', '', major(dr), major(cr), major(bal)] });
        return out;
      },
      json: (l) => ({ reference: l.ref2 || null, description: l.remarks, party: l.offsetName, account: GL_ACCOUNT }),
      readOptions: {
        sheet: 'General Ledger',
        mapping: {
          date: 'Posting Date',
          journalId: 'Trans. No.',
          reference: 'Ref. 2',
          description: 'Remarks',
          party: 'Offset Acct Name',
          moneyIn: 'Debit (NGN)',
          moneyOut: 'Credit (NGN)',
          balance: 'Cumulative Balance (NGN)',
        },
        currency: 'NGN',
      },
    },
  };
  return { cfg, sb };
}
