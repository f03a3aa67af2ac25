// Overport Community Pharmacy (Pty) Ltd, Durban — August 2033. Bank of Baroda (Durban branch) statement (CSV)
// against CaseWare Working Papers' general ledger of 8400 (XLSX, date cells).
import { Month, asNumber, csvText, dateText, grouped, pctOf, serialOf, xlsxBuffer } from './lib52.mjs';

const R = (rand, c = 0) => rand * 100 + c;

export function build() {
  const m = new Month({ from: '2033-08-01', to: '2033-08-31', holidays: ['2033-08-09'] });
  const rec = (date, amount, ref, desc, journal = 'CRJ') => m.row({ date, amount, ref, desc, extra: { journal } });
  const pay = (date, amount, ref, desc, journal = 'CPJ') =>
    m.row({ date, amount: -amount, ref, desc, extra: { journal } });
  const eft = (date, name, narr, amount) => {
    const l = m.line({ date, amount: -amount, text: `EFT/${name}${narr ? `/${narr}` : ''}`, reference: '' });
    m.bankOnly(m.line({ date, amount: -R(7, 50), text: 'EFT PAYMENT FEE', reference: '' }), 'charge', ['eft-fee']);
    return l;
  };
  const debitOrder = (date, name, narr, amount) => {
    const l = m.line({ date, amount: -amount, text: `DEBIT ORDER/${name}/${narr}`, reference: '' });
    m.bankOnly(m.line({ date, amount: -R(4), text: 'DEBIT ORDER FEE', reference: '' }), 'charge', ['debit-order-fee']);
    return l;
  };

  // --- medical-aid schemes: one EFT a remittance advice (RA), many claims; the dispensing system exports one
  // receipt per claims batch to the books when the RA is imported
  {
    const batches = [R(18412, 60), R(22980, 15), R(16305, 90)];
    const l = m.line({
      date: '2033-08-05',
      amount: batches.reduce((s, x) => s + x, 0),
      text: 'DISCOVERY HEALTH MED SCHEME/PMT RA 20330805/PR 6038221',
      reference: '',
    });
    const rows = batches.map((amt, i) =>
      rec(
        '2033-08-04',
        amt,
        'RA20330805',
        `Discovery Health RA 20330805 – claims batch ${dateText(['2033-07-27', '2033-07-28', '2033-07-29'][i], 'dd/mm')}`,
      ),
    );
    m.match(l, rows, {
      evidence: 'reference',
      decision: 'auto',
      traits: ['ref-canonical', 'split-one-to-many', 'scheme-remittance'],
    });
  }
  {
    const batches = [R(9420, 35), R(11880, 70)];
    const rejected = R(486, 20);
    const l = m.line({
      date: '2033-08-12',
      amount: batches[0] + batches[1] - rejected,
      text: 'GEMS/PHARMACY CLAIMS PAYMENT/0004471',
      reference: '',
    });
    const rows = batches.map((amt, i) =>
      rec('2033-08-11', amt, `GEMS-B08${['01', '02'][i]}`, `GEMS claims batch ${['01/08', '02/08'][i]} (submitted)`),
    );
    m.match(l, rows, {
      evidence: 'counterparty',
      decision: 'suggest',
      traits: ['name-only', 'split-one-to-many', 'claim-rejected-short'],
    });
  }
  {
    const l = m.line({
      date: '2033-08-19',
      amount: R(31244, 85),
      text: 'MEDSCHEME BONITAS/RA NO 88120417',
      reference: '',
    });
    m.match(l, rec('2033-08-18', R(31244, 85), 'RA88120417', 'Bonitas (Medscheme) RA 88120417 – claims 03/08-09/08'), {
      evidence: 'reference',
      decision: 'auto',
      traits: ['ref-canonical', 'scheme-remittance'],
    });
  }
  {
    const batches = [R(7315, 40), R(8870, 5)];
    const l = m.line({
      date: '2033-08-26',
      amount: batches[0] + batches[1],
      text: 'MOMENTUM HEALTH SOLUTIONS/00771235',
      reference: '',
    });
    const rows = batches.map((amt, i) =>
      rec('2033-08-25', amt, '', `Momentum Health claims batch ${['10/08', '12/08'][i]}`),
    );
    m.match(l, rows, { evidence: 'counterparty', decision: 'suggest', traits: ['name-only', 'split-one-to-many'] });
  }
  {
    const l = m.line({
      date: '2033-08-30',
      amount: R(27108, 40),
      text: 'DISCOVERY HEALTH MED SCHEME/PMT RA 20330829/PR 6038221',
      reference: '',
    });
    m.none(l, ['ra-not-yet-imported']);
  }

  // --- card takings: Yoco pays out the next working day, net of 2.6 %
  const yocoNet = (g) => g - pctOf(g, 260);
  for (const [sales, gross, bookedNet, payout] of [
    ['2033-08-02', R(6840, 50), false, 'YP-40218'],
    ['2033-08-11', R(9215, 0), true, 'YP-40561'],
    ['2033-08-16', R(7480, 20), false, 'YP-40702'],
    ['2033-08-24', R(11320, 80), true, 'YP-40977'],
  ]) {
    const date = m.working(sales, 1);
    const l = m.line({ date, amount: yocoNet(gross), text: `YOCO PAYOUT/${payout}`, reference: '' });
    if (bookedNet)
      m.match(
        l,
        rec(date, yocoNet(gross), payout, `Yoco payout ${payout} (card sales ${dateText(sales, 'dd/mm')}, net)`),
        { evidence: 'reference', decision: 'auto', traits: ['ref-canonical', 'card-payout'] },
      );
    else
      m.match(
        l,
        rec(
          sales,
          gross,
          `POS-${sales.slice(5).replace('-', '')}`,
          `Card sales ${dateText(sales, 'dd/mm/yyyy')} per till Z-report`,
        ),
        { evidence: 'amount', decision: 'suggest', traits: ['short-net-of-fee', 'settled-next-day'] },
      );
  }

  // --- cash takings banked at the branch (fee: R25 + 1.2 %)
  const cashDep = (date, amount, text) => {
    const l = m.line({ date, amount, text, reference: '' });
    m.bankOnly(
      m.line({ date, amount: -(R(25) + pctOf(amount, 120)), text: 'CASH DEPOSIT FEE', reference: '' }),
      'charge',
      ['cash-deposit-fee'],
    );
    return l;
  };
  {
    const l = cashDep('2033-08-08', R(4210) + R(3685, 50), 'CASH DEPOSIT/DURBAN BRANCH/PHARMACY TAKINGS');
    m.match(
      l,
      [
        rec('2033-08-05', R(4210), 'Z-0805', 'Cash sales 05/08 per Z-report'),
        rec('2033-08-06', R(3685, 50), 'Z-0806', 'Cash sales 06/08 per Z-report'),
      ],
      {
        evidence: 'amount',
        decision: 'suggest',
        traits: ['amount-only', 'several-receipts-banked-together', 'split-one-to-many'],
      },
    );
  }
  {
    const l = cashDep('2033-08-22', R(6120, 40), 'CASH DEPOSIT/DURBAN BRANCH/SLIP 004418');
    m.match(l, rec('2033-08-22', R(6120, 40), 'DS004418', 'Cash banked – takings 19-20/08, slip 004418'), {
      evidence: 'reference',
      decision: 'auto',
      traits: ['ref-canonical'],
    });
  }

  // --- account customers
  {
    const l = m.line({
      date: '2033-08-03',
      amount: R(14862, 30),
      text: 'SUNNYSIDE FRAIL CARE/ACC OV0142 JULY',
      reference: '',
    });
    m.match(l, rec('2033-08-03', R(14862, 30), 'OV0142', 'Sunnyside Frail Care Centre – statement July 2033'), {
      evidence: 'reference',
      decision: 'auto',
      traits: ['ref-canonical'],
    });
  }
  {
    const l = m.line({ date: '2033-08-10', amount: R(5000), text: 'DR R PILLAY INC/INV 20871', reference: '' });
    m.match(l, rec('2033-08-10', R(4837, 60), 'INV20871', 'Dr R Pillay Inc – surgery stock inv 20871'), {
      evidence: 'reference',
      decision: 'auto',
      traits: ['ref-canonical', 'over-payment'],
    });
  }
  {
    const l = m.line({ date: '2033-08-17', amount: R(3920, 15), text: 'BEREA HOME INDUSTRIES', reference: '' });
    m.none(l, ['decoy-similar-name']);
    m.ledgerOnly(
      rec('2033-08-16', R(3920, 15), 'AC0117', 'Berea Home for the Aged – statement July (remittance advice received)'),
      'remittance advice received; the money has not arrived',
    );
  }
  {
    const l = m.line({ date: '2033-08-25', amount: R(2600), text: 'NAIDOO/inv20894', reference: '' });
    m.match(l, rec('2033-08-24', R(2600), 'INV20894', 'Mrs P Naidoo – compounding inv 20894'), {
      evidence: 'reference',
      decision: 'auto',
      traits: ['ref-lowercase', 'ref-year-serial-joined'],
    });
  }
  m.none(m.line({ date: '2033-08-29', amount: R(750), text: 'ABSA BANK/CASH SEND RETURN', reference: '' }), [
    'unknown-receipt',
  ]);

  // --- wholesalers: monthly statements by debit order; one disputed, reversed and paid by EFT less a credit note
  {
    const l = debitOrder('2033-08-01', 'UPD', 'STMT 07/33 ACC 44821', R(186412, 35));
    m.match(
      l,
      pay('2033-08-01', R(186412, 35), 'UPD44821', 'United Pharmaceutical Distributors – statement July 2033'),
      { evidence: 'reference', decision: 'auto', traits: ['ref-canonical', 'debit-order'] },
    );
  }
  {
    const first = m.line({
      date: '2033-08-02',
      amount: -R(97450),
      text: 'DEBIT ORDER/TRANSPHARM/ACC 31188',
      reference: '',
    });
    m.bankOnly(m.line({ date: '2033-08-02', amount: -R(4), text: 'DEBIT ORDER FEE', reference: '' }), 'charge', [
      'debit-order-fee',
    ]);
    const back = m.line({
      date: '2033-08-04',
      amount: R(97450),
      text: 'DEBIT ORDER REVERSAL/TRANSPHARM/ACC 31188/DISPUTED',
      reference: '',
    });
    m.reversal(first, back, ['returned-debit-order']);
    m.bankOnly(
      m.line({ date: '2033-08-04', amount: -R(65), text: 'DEBIT ORDER DISPUTE FEE', reference: '' }),
      'charge',
      ['dispute-fee'],
    );
    const l = eft('2033-08-15', 'TRANSPHARM', 'ACC 31188 JUL33 LESS CN', R(97450) - R(4329, 50));
    const a = pay('2033-08-15', R(97450), 'TP-31188-07', 'Transpharm statement July 2033 (acc 31188)');
    const b = pay('2033-08-15', -R(4329, 50), 'TP-CN-5521', 'Transpharm credit note 5521 – short delivery (acc 31188)');
    m.match(l, [a, b], {
      evidence: 'reference',
      decision: 'auto',
      traits: ['ref-canonical', 'invoice-less-credit-note', 'resent-after-reversal'],
    });
  }
  {
    const a = debitOrder('2033-08-01', 'MEDIKREDIT INT', 'SWITCH FEES', R(1285, 20));
    const b = debitOrder('2033-08-01', 'MEDIKREDIT INT', 'SWITCH FEES', R(1285, 20));
    const r1 = pay('2033-08-01', R(1285, 20), 'MK-77120', 'MediKredit claims switching – contract 77120 (dispensary)');
    const r2 = pay('2033-08-01', R(1285, 20), 'MK-77121', 'MediKredit claims switching – contract 77121 (clinic)');
    m.match(a, null, {
      evidence: 'counterparty',
      decision: 'auto',
      anyOf: [[r1], [r2]],
      traits: ['twins', 'name-only', 'debit-order'],
    });
    m.match(b, null, {
      evidence: 'counterparty',
      decision: 'auto',
      anyOf: [[r1], [r2]],
      traits: ['twins', 'name-only', 'debit-order'],
    });
  }
  {
    const l = eft('2033-08-18', 'KZN MEDICAL SUPPLIES', '', R(12480));
    const r1 = pay('2033-08-11', R(12480), 'KMS-5521', 'KZN Medical Supplies inv 5521 – dressings');
    const r2 = pay('2033-08-16', R(12480), 'KMS-5538', 'KZN Medical Supplies inv 5538 – dressings');
    m.match(l, null, {
      evidence: 'counterparty',
      decision: 'suggest',
      mustNotAuto: true,
      anyOf: [[r1], [r2]],
      traits: ['tie', 'name-only'],
    });
  }
  {
    const l = debitOrder('2033-08-01', 'BLUE SECURITY', 'ARMED RESPONSE', R(1149));
    m.match(l, pay('2033-08-01', R(1149), '', 'Blue Security – armed response August'), {
      evidence: 'counterparty',
      decision: 'auto',
      traits: ['name-only', 'debit-order'],
    });
  }
  {
    const l = debitOrder('2033-08-03', 'VODACOM', 'A/C 4400218831', R(1899));
    m.match(l, pay('2033-08-03', R(1899), 'VC4400218831', 'Vodacom fibre and lines – account 4400218831'), {
      evidence: 'reference',
      decision: 'auto',
      traits: ['ref-canonical', 'debit-order'],
    });
  }

  // --- rent, municipality, staff, SARS, council
  {
    const l = eft('2033-08-01', 'MUSGRAVE PROPERTY TRUST', 'RENT AUG SHOP 4', R(38500));
    m.match(l, pay('2033-08-01', R(38500), '', 'Rent August 2033 – Musgrave Property Trust (shop 4, Overport City)'), {
      evidence: 'counterparty',
      decision: 'auto',
      traits: ['name-only'],
    });
  }
  {
    const l = eft('2033-08-12', 'ETHEKWINI MUNIC', '503112884', R(9874, 62));
    m.match(l, pay('2033-08-11', R(9874, 62), '503112884', 'eThekwini electricity and water – acc 503112884'), {
      evidence: 'reference',
      decision: 'auto',
      traits: ['ref-canonical'],
    });
  }
  for (const [name, book, net] of [
    ['A MOODLEY', 'Anusha Moodley (pharmacist)', R(38200)],
    ['S DLAMINI', 'Sibongile Dlamini (pharmacist assistant)', R(14650)],
    ['N MKHIZE', 'Nomvula Mkhize (pharmacist assistant)', R(14650)],
    ['F ESSOP', 'Fatima Essop (front shop)', R(9800)],
    ['T NAIDU', 'Thiven Naidu (driver)', R(8900)],
  ]) {
    const l = eft('2033-08-25', name, 'SALARY AUG', net);
    m.match(l, pay('2033-08-25', net, 'SAL-0833', `Salary August 2033 – ${book}`), {
      evidence: 'counterparty',
      decision: 'auto',
      traits: ['name-only', 'initial-and-surname'],
    });
  }
  {
    const l = eft('2033-08-05', 'SARS-EMP201', '7320712345 2033/07', R(21436, 44));
    m.match(
      l,
      pay('2033-08-05', R(21436, 44), 'EMP201-0733', 'SARS EMP201 July 2033 (PAYE, UIF, SDL) – ref 7320712345'),
      { evidence: 'reference', decision: 'auto', traits: ['ref-canonical'] },
    );
  }
  {
    const l = eft('2033-08-26', 'SARS-VAT201', '4730219938 VAT 06/07', R(18902, 11));
    m.match(l, pay('2033-08-26', R(18902, 11), 'VAT201-0733', 'SARS VAT201 period Jun-Jul 2033 (4730219938)'), {
      evidence: 'reference',
      decision: 'auto',
      traits: ['ref-canonical'],
    });
  }
  {
    const l = eft('2033-08-19', 'BIOMED WASTE KZN', 'INV BW-3312', R(1420));
    m.match(l, pay('2033-08-17', R(1420), 'BW-3312', 'Medical waste collection August – BioMed Waste KZN'), {
      evidence: 'reference',
      decision: 'auto',
      traits: ['ref-canonical'],
    });
  }
  m.ledgerOnly(
    pay(
      '2033-08-31',
      R(4350),
      'EFT-0831',
      'South African Pharmacy Council – annual fees (EFT loaded 31/08, released 01/09)',
    ),
    'payment loaded on the last day, released next month',
  );
  m.none(
    m.line({
      date: '2033-08-23',
      amount: -R(2684, 37),
      text: 'CARD PURCHASE/MAKRO SPRINGFIELD/CARD 4712',
      reference: '',
    }),
    ['unrecorded-card-purchase'],
  );

  // --- month-end
  m.bankOnly(m.line({ date: '2033-08-31', amount: -R(245), text: 'MONTHLY SERVICE FEE', reference: '' }), 'charge', [
    'service-fee',
  ]);
  m.bankOnly(
    m.line({ date: '2033-08-31', amount: -R(48, 50), text: 'SMS NOTIFICATION FEES', reference: '' }),
    'charge',
    ['sms-alerts'],
  );
  m.bankOnly(m.line({ date: '2033-08-31', amount: R(312, 84), text: 'CREDIT INTEREST', reference: '' }), 'interest', [
    'interest',
  ]);

  const meta = {
    set: 'za-baroda-caseware',
    country: 'ZA',
    currency: 'ZAR',
    timezone: 'Africa/Johannesburg',
    business:
      'an independent pharmacy in Overport, Durban (medical-aid scheme remittances paying many claims in one EFT, Yoco card payouts, cash takings, account customers, wholesaler debit orders, one disputed and reversed)',
    bankFile: {
      file: 'baroda-dbn-6630-aug2033.csv',
      bank: 'Bank of Baroda (South Africa), Durban Branch',
      layout: 'Bank of Baroda account statement (CSV; title block, Withdrawals/Deposits/Balance, dd/mm/yyyy)',
      order: 'oldest-first',
      ledgerAccount: '8400',
      readOptions: {
        currency: 'ZAR',
        dateOrder: 'DMY',
        mapping: {
          date: 'Tran Date',
          valueDate: 'Value Date',
          description: 'Particulars',
          reference: 'Chq. No.',
          moneyOut: 'Withdrawals',
          moneyIn: 'Deposits',
          balance: 'Balance',
        },
      },
      openingBalanceMinor: R(468640, 17),
    },
    ledgerFile: {
      file: 'caseware-gl-8400-aug2033.xlsx',
      package:
        'CaseWare Working Papers (Reports → General Ledger, account 8400 Bank of Baroda current, exported to Excel)',
      layout:
        'CaseWare general ledger (XLSX; title rows, Account/Date/Ref/Journal/Description, date cells, a total row)',
      readOptions: {
        currency: 'ZAR',
        mapping: {
          date: 'Date',
          account: 'Account',
          reference: 'Ref',
          description: 'Description',
          moneyIn: 'Debit',
          moneyOut: 'Credit',
        },
      },
      hasParty: false,
      openingBalanceMinor: R(468640, 17),
    },
    notes: [
      'Scheme receipts are exported by the dispensing system one row per claims batch when a remittance advice is imported; the GEMS payment is short by a rejected claim, the last Discovery RA is not yet imported.',
      'Two Yoco payouts are booked gross from the till Z-report (short by the 2.6 % fee), two net with the payout reference.',
      'The tie (KZN Medical Supplies, two invoices of R12,480) leaves one of the two rows open: either is right.',
    ],
  };
  return { meta, month: m, writeBank, writeLedger };
}

function writeBank(lines, { opening, closing }) {
  const head = [
    ['Bank of Baroda (South Africa) - Durban Branch'],
    ['Statement of Account'],
    ['Account Name', 'OVERPORT COMMUNITY PHARMACY (PTY) LTD'],
    ['Account No', '9XXXXXXX6630'],
    ['Account Type', 'CURRENT ACCOUNT'],
    ['Statement From', '01/08/2033', 'To', '31/08/2033'],
    ['Opening Balance', grouped(opening)],
    ['Closing Balance', grouped(closing)],
    [],
    ['Tran Date', 'Value Date', 'Particulars', 'Chq. No.', 'Withdrawals', 'Deposits', 'Balance'],
  ];
  const headerRow = head.length;
  const out = [...head];
  const rowOf = new Map();
  for (const l of lines) {
    out.push([
      dateText(l.date, 'dd/mm/yyyy'),
      dateText(l.valueDate, 'dd/mm/yyyy'),
      l.text,
      l.reference ?? '',
      l.amount < 0 ? grouped(-l.amount) : '',
      l.amount > 0 ? grouped(l.amount) : '',
      grouped(l.balance),
    ]);
    rowOf.set(l, out.length);
  }
  out.push([]);
  out.push(['End of Statement']);
  return { data: csvText(out), rowOf, headerRow };
}

function writeLedger(rows) {
  const head = [
    ['Overport Community Pharmacy (Pty) Ltd'],
    ['General Ledger'],
    ['Year end: 28 February 2034 - Period 6 (01/08/2033 - 31/08/2033)'],
    [],
    ['Account', 'Account Name', 'Date', 'Ref', 'Journal', 'Description', 'Debit', 'Credit'],
  ];
  const headerRow = head.length;
  const num = (minor) => ({ t: 'n', v: asNumber(minor), z: '#,##0.00' });
  const out = [...head];
  const rowOf = new Map();
  let dr = 0;
  let cr = 0;
  for (const r of rows) {
    if (r.amount > 0) dr += r.amount;
    else cr -= r.amount;
    out.push([
      '8400',
      'Bank - Bank of Baroda current',
      { t: 'n', v: serialOf(r.date), z: 'yyyy/mm/dd' },
      r.ref,
      r.extra.journal,
      r.desc,
      r.amount > 0 ? num(r.amount) : '',
      r.amount < 0 ? num(-r.amount) : '',
    ]);
    rowOf.set(r, out.length);
  }
  out.push(['Total 8400', '', '', '', '', '', num(dr), num(cr)]);
  return { data: xlsxBuffer('General Ledger', out), rowOf, headerRow };
}
