// NG: Kemtal Driving School Ltd, Oke-Ilewo, Abeokuta — March 2033. PalmPay business statement (XLSX, newest first)
// against Bkper (transactions of the book's account "PalmPay Business", fetched to a sheet and saved as CSV).
import { Month, cellNumber, fmt, money } from './lib51.mjs';

const ACC = 'PalmPay Business';
const nipFee = (minor) => (minor <= 500000 ? 1075 : minor <= 5000000 ? 2688 : 5375);

export function buildNg(seed) {
  const m = new Month({ from: '2033-03-01', to: '2033-03-31', holidays: ['2033-03-11', '2033-03-14'], seed });
  const r = m.r;
  const digits = (n) => Array.from({ length: n }, () => r.int(0, 9)).join('');
  const stamp = () =>
    `${String(r.int(7, 19)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}`;
  const nip = () => `1000${digits(26)}`;
  const own = () => `PP${digits(18)}`;
  const book = (date, minor, other, description) =>
    m.row(date, minor, { from: minor < 0 ? ACC : other, to: minor < 0 ? other : ACC, description });

  /** money in from another bank, with the EMTL the bank takes on receipts of ₦10,000 or more */
  const received = (date, minor, text, ref = nip()) => {
    const l = m.line(date, minor, text, { ref, time: stamp() });
    if (minor >= 1000000) {
      const lv = m.line(date, -5000, r.pick(['Electronic Money Transfer Levy', 'EMTL Charge', 'EMTL']), {
        ref: own(),
        time: stamp(),
      });
      m.decide(lv, { decision: 'bank-only', kind: 'levy', traits: ['emtl'] });
    }
    return l;
  };
  /** money out by transfer, with its NIP fee on a line of its own */
  const sent = (date, minor, text) => {
    const l = m.line(date, -minor, text, { ref: nip(), time: stamp() });
    const f = m.line(date, -nipFee(minor), r.pick(['Transfer Fee', 'Transfer Charge', 'NIP Transfer Fee']), {
      ref: own(),
      time: stamp(),
    });
    m.decide(f, { decision: 'bank-only', kind: 'charge', traits: ['nip-fee'] });
    l.fee = f;
    return l;
  };
  const enr = (n) => `ENR/2033/${String(n).padStart(4, '0')}`;
  const fee = () => m.amount(4500000, 13500000, 50000);

  // last month's fuel invoice, paid on the first working day (booked in February)
  const d1 = m.day(0);
  m.decide(
    sent(d1, m.amount(6000000, 9000000, 1000), 'Transfer to JOSMAT OIL AND GAS LTD | Zenith Bank | feb diesel bal'),
    {
      decision: 'none',
      traits: ['last-month'],
    },
  );

  // learners paying their course fees, the enrolment number written as they please (or not at all)
  const learners = [
    [
      'ADEBAYO OLUWASEUN TOLA',
      'Oluwaseun Adebayo',
      147,
      () => `Received from ADEBAYO OLUWASEUN TOLA (Access Bank) Remark: ENR-0147 beginner course`,
    ],
    [
      'OKONKWO IFEOMA GRACE',
      'Ifeoma Okonkwo',
      151,
      () => `Money received from OKONKWO IFEOMA GRACE | First Bank | driving lessons enr 151`,
    ],
    ['SALAMI RASHEED A', 'Rasheed Salami', 153, () => `Transfer from SALAMI RASHEED A - UBA - ENR2033153 manual+auto`],
    [
      'OGUNDIPE MORENIKE',
      'Morenike Ogundipe',
      155,
      () => `Received from OGUNDIPE MORENIKE (Opay) Remark: Payment for driving school`,
    ],
    [
      'EZEKIEL DANJUMA',
      'Danjuma Ezekiel',
      156,
      () => `Received from EZEKIEL DANJUMA (Moniepoint MFB) Remark: enrolment no 156 refresher`,
    ],
    ['BALOGUN KAFAYAT', 'Kafayat Balogun', 159, () => `Transfer from BALOGUN KAFAYAT | Wema Bank`],
    [
      'NWOSU CHIBUZOR PAUL',
      'Chibuzor Nwosu',
      163,
      () => `Received from NWOSU CHIBUZOR PAUL (GTBank) Remark: enr/2033/163`,
    ],
    [
      'ODUYEMI TEMITOPE',
      'Temitope Oduyemi',
      166,
      () => `Received from ODUYEMI TEMITOPE (Kuda MFB) Remark: lesson fee Temi`,
    ],
    ['AKINOLA DAVID OLUMIDE', 'David Akinola', 168, () => `Transfer from AKINOLA DAVID OLUMIDE - Fidelity - ENR 0168`],
  ];
  learners.forEach(([, who, n, say], i) => {
    const date = m.day(1 + i * 2 + (i > 3 ? 1 : 0));
    const amt = fee();
    const row = book(
      m.shift(date, -r.int(0, 2)),
      amt,
      'Tuition Fees',
      `#tuition ${who} ${enr(n)} ${r.pick(['beginner 20 lessons', 'refresher 10 lessons', 'manual & automatic 24 lessons', 'beginner + highway'])}`,
    );
    const l = received(date, amt, say(n));
    m.decide(l, { decision: 'auto', rows: [row], traits: /enr|ENR/i.test(l.text) ? ['reference'] : ['name-only'] });
  });

  // a learner rounding up (over-payment): enrolment quoted
  {
    const date = m.day(6);
    const amt = fee();
    const row = book(m.shift(date, -1), amt, 'Tuition Fees', `#tuition Halima Yusuf ${enr(171)} beginner 20 lessons`);
    const l = received(date, amt + 500000, 'Received from YUSUF HALIMA (Jaiz Bank) Remark: enr 171 + licence form');
    m.decide(l, { decision: 'auto', rows: [row], difference: 500000, traits: ['reference', 'over-payment'] });
  }
  // a part payment the bookkeeper recorded as the whole course
  {
    const date = m.day(9);
    const amt = fee();
    const row = book(date, amt, 'Tuition Fees', `#tuition Chiamaka Eze ${enr(172)} manual & automatic 24 lessons`);
    const l = received(
      date,
      Math.round(amt / 200000) * 100000,
      'Received from EZE CHIAMAKA (Access Bank) Remark: 1st instalment enr 172',
    );
    m.decide(l, { decision: 'suggest', rows: [row], mustNotAuto: true, traits: ['part-payment'] });
  }
  // a mother paying for two children on the same day, two equal transfers, booked per child (twins)
  {
    const date = m.day(12);
    const amt = fee();
    const a = book(date, amt, 'Tuition Fees', `#tuition Tobi Adigun ${enr(176)} (mum Folake pays)`);
    const b = book(date, amt, 'Tuition Fees', `#tuition Dami Adigun ${enr(177)} (mum Folake pays)`);
    const l1 = received(date, amt, 'Received from ADIGUN FOLAKE RONKE (Sterling Bank) Remark: driving');
    const l2 = received(date, amt, 'Received from ADIGUN FOLAKE RONKE (Sterling Bank) Remark: driving');
    for (const l of [l1, l2]) m.decide(l, { decision: 'auto', anyOf: [[a], [b]], ambiguous: true, traits: ['twins'] });
  }
  // the customer pays quoting her enrolment; a shop with nearly her name sends the same sum (decoy)
  {
    const date = m.day(15);
    const amt = fee();
    const row = book(m.shift(date, -1), amt, 'Tuition Fees', `#tuition Bukola Adeyemi ${enr(181)} beginner 20 lessons`);
    m.decide(received(date, amt, 'Received from ADEYEMI BUKOLA (Union Bank) Remark: ENR/181'), {
      decision: 'auto',
      rows: [row],
      traits: ['reference'],
    });
    m.decide(received(m.shift(date, 3), amt, 'Transfer from ADEYEMI BUKOLA STORES | Polaris Bank | goods'), {
      decision: 'none',
      traits: ['decoy'],
    });
  }
  // cash paid at the office by three learners, banked together at a PalmPay agent
  {
    const date = m.day(17);
    const rows = [183, 184, 186].map((n, i) =>
      book(
        m.shift(date, -1 - i),
        fee() / 2,
        'Tuition Fees',
        `#tuition #cash ${['Sunday Ojo', 'Mercy Etim', 'Kehinde Alabi'][i]} ${enr(n)} (cash at office)`,
      ),
    );
    const total = rows.reduce((s, x) => s + x.minor, 0);
    const l = m.line(date, total, 'Cash Deposit via Agent ADENIKE ENTERPRISES POS, Kuto', {
      ref: own(),
      time: stamp(),
    });
    const sd = m.line(date, -5000, 'Stamp Duty', { ref: own(), time: stamp() });
    m.decide(sd, { decision: 'bank-only', kind: 'levy', traits: ['stamp-duty'] });
    m.decide(l, { decision: 'suggest', rows, mustNotAuto: false, traits: ['several-receipts-banked-together'] });
  }

  // companies training their drivers (invoices KDS/INV/…)
  {
    const inv = (n) => `KDS/INV/${String(n).padStart(4, '0')}`;
    // two invoices in one transfer
    const dA = m.day(4);
    const i1 = book(
      m.shift(dA, -3),
      m.amount(20000000, 40000000, 500000),
      'Corporate Training',
      `#corporate Ogun Transit Buses Ltd ${inv(409)} defensive driving batch A`,
    );
    const i2 = book(
      m.shift(dA, -1),
      m.amount(20000000, 40000000, 500000),
      'Corporate Training',
      `#corporate Ogun Transit Buses Ltd ${inv(415)} defensive driving batch B`,
    );
    m.decide(
      received(
        dA,
        i1.minor + i2.minor,
        'Received from OGUN TRANSIT BUSES LTD (Zenith Bank) Remark: PYMT INV 409 & 415',
      ),
      {
        decision: 'auto',
        rows: [i1, i2],
        traits: ['two-invoices', 'reference'],
      },
    );
    // an invoice less its credit note, one transfer quoting both
    const dB = m.day(8);
    const gross = m.amount(45000000, 60000000, 1000000);
    const cnAmt = m.amount(7000000, 9500000, 500000);
    const ir = book(
      m.shift(dB, -4),
      gross,
      'Corporate Training',
      `#corporate Itoku Paints Ltd ${inv(412)} forklift & van drivers x6`,
    );
    const cn = book(
      m.shift(dB, -1),
      -cnAmt,
      'Corporate Training',
      `#creditnote Itoku Paints Ltd KDS/CN/0019 against ${inv(412)} one driver withdrew`,
    );
    m.decide(received(dB, gross - cnAmt, 'Transfer from ITOKU PAINTS LIMITED - Stanbic IBTC - INV412 LESS CN19'), {
      decision: 'auto',
      rows: [ir, cn],
      traits: ['invoice-less-credit-note', 'reference'],
    });
    // a government corporation withholding 5 % WHT
    const dC = m.day(13);
    const net = m.amount(30000000, 45000000, 1000000);
    const wht = net / 20;
    const iw = book(
      m.shift(dC, -5),
      net,
      'Corporate Training',
      `#corporate Ogun State Water Corporation ${inv(416)} tanker drivers refresher`,
    );
    m.decide(
      received(
        dC,
        net - wht,
        'Received from OGUN STATE WATER CORPORATION (First Bank) Remark: KDS INV 416 less 5% WHT',
      ),
      {
        decision: 'auto',
        rows: [iw],
        difference: -wht,
        traits: ['wht-5pct', 'reference'],
      },
    );
    // two equal invoices of one company, one paid by name only (tie)
    const dD = m.day(19);
    const tAmt = m.amount(15000000, 25000000, 500000);
    const t1 = book(
      m.shift(dD, -9),
      tAmt,
      'Corporate Training',
      `#corporate Olumo Logistics Ltd ${inv(418)} refresher batch 1`,
    );
    const t2 = book(
      m.shift(dD, -6),
      tAmt,
      'Corporate Training',
      `#corporate Olumo Logistics Ltd ${inv(421)} refresher batch 2`,
    );
    m.decide(received(dD, tAmt, 'Transfer from OLUMO LOGISTICS LTD | Ecobank'), {
      decision: 'suggest',
      anyOf: [[t1], [t2]],
      mustNotAuto: true,
      traits: ['tie'],
    });
  }

  // card takings at the office POS, settled the next working day net of 0.5 % capped at ₦100 a card
  const pos = (gross, n) => gross - Math.min(Math.round(gross / 200), n * 10000);
  {
    const tid = '2PAL6140';
    for (const [k, d] of [
      [1, 3],
      [2, 10],
    ]) {
      const sales = m.day(d);
      const n = r.int(4, 9);
      const gross = m.amount(18000000, 42000000, 50000);
      const row = book(sales, gross, 'Tuition Fees', `#card POS takings ${fmt.dmy(sales)} TID ${tid} (${n} cards)`);
      const pay = m.shift(sales, 1);
      const l = received(
        pay,
        pos(gross, n),
        `POS Settlement ${fmt.dmy(sales)} TID ${tid} ${n} txn${k > 1 ? 's' : ''}`,
        own(),
      );
      m.decide(l, { decision: 'suggest', rows: [row], mustNotAuto: false, traits: ['pos-settlement', 'net-of-fee'] });
    }
    // Thursday's and Saturday's takings (lessons run on Saturdays) settled together after the Sallah break
    const rows = ['2033-03-10', '2033-03-12'].map((d) =>
      book(d, m.amount(9000000, 20000000, 50000), 'Tuition Fees', `#card POS takings ${fmt.dmy(d)} TID ${tid}`),
    );
    const gross = rows[0].minor + rows[1].minor;
    const l = received('2033-03-15', pos(gross, 11), `POS Settlement 10/03-12/03/2033 TID ${tid} 11 txns`, own());
    m.decide(l, {
      decision: 'suggest',
      rows,
      mustNotAuto: false,
      traits: ['pos-settlement', 'net-of-fee', 'split-one-to-many'],
    });
  }

  // suppliers
  {
    const d = m.day(2);
    const a = m.amount(9000000, 13000000, 1000);
    const row = book(
      m.shift(d, -1),
      -a,
      'Fuel & Lubricants',
      '#fuel Josmat Oil & Gas invoice JOG-33108 diesel + petrol',
    );
    m.decide(sent(d, a, 'Transfer to JOSMAT OIL AND GAS LTD | Zenith Bank | inv jog33108'), {
      decision: 'auto',
      rows: [row],
      traits: ['reference'],
    });
    const d2 = m.day(16);
    const b = m.amount(9000000, 13000000, 1000);
    const row2 = book(d2, -b, 'Fuel & Lubricants', '#fuel Josmat Oil & Gas fuel for training cars wk 3');
    m.decide(sent(d2, b, 'Transfer to JOSMAT OIL AND GAS LTD'), {
      decision: 'auto',
      rows: [row2],
      traits: ['name-only'],
    });
  }
  {
    // servicing: the first transfer fails and is reversed (fee refunded), sent again two days later
    const d = m.day(5);
    const a = m.amount(25000000, 38000000, 500);
    const row = book(
      d,
      -a,
      'Repairs & Maintenance',
      '#repairs Okeke Auto Parts & Services job card 2291 clutch + brake pads KJA 441 XB',
    );
    const first = sent(d, a, 'Transfer to OKEKE AUTO PARTS & SERVICES | Fidelity Bank | job 2291');
    const back = m.line(d, a, 'Reversal: Transfer to OKEKE AUTO PARTS & SERVICES (failed)', {
      ref: first.ref,
      time: stamp(),
    });
    const feeBack = m.line(d, -first.fee.minor, 'Reversal: Transfer Fee', { ref: own(), time: stamp() });
    m.decide(feeBack, { decision: 'bank-only', kind: 'charge', traits: ['fee-refund'] });
    m.decide(first, { decision: 'reversal-pair', partner: back, traits: ['returned-transfer'] });
    m.decide(back, { decision: 'reversal-pair', partner: first, traits: ['returned-transfer'] });
    const again = sent(
      m.shift(d, 2),
      a,
      'Transfer to OKEKE AUTO PARTS & SERVICES | Fidelity Bank | job card 2291 resend',
    );
    m.decide(again, { decision: 'auto', rows: [row], traits: ['resent', 'reference'] });
  }
  {
    const d = m.day(7);
    const a = m.amount(60000000, 85000000, 100);
    const row = book(
      m.shift(d, -1),
      -a,
      'Insurance',
      '#insurance Leadway Assurance comprehensive, 5 training cars, policy LWA/MTR/33/004417',
    );
    m.decide(sent(d, a, 'Transfer to LEADWAY ASSURANCE CO LTD | GTBank | POL LWA MTR 33 4417'), {
      decision: 'auto',
      rows: [row],
      traits: ['reference'],
    });
  }
  {
    const d = m.day(0);
    const a = m.amount(45000000, 60000000, 1000000);
    const row = book(d, -a, 'Rent', '#rent Chief Bayo Odusanya training yard Q2 2033');
    m.decide(sent(d, a, 'Transfer to ODUSANYA ADEBAYO (CHIEF) | Wema Bank'), {
      decision: 'auto',
      rows: [row],
      traits: ['name-only'],
    });
  }
  {
    // licence fees collected from learners, paid to FRSC on Remita (the RRR written in groups on the statement)
    const d = m.day(11);
    const a = m.amount(4000000, 6500000, 100);
    const rrr = `${r.int(2000, 2999)}${r.int(1000, 9999)}${r.int(1000, 9999)}`;
    const row = book(m.shift(d, -1), -a, 'Licence Fees Payable', `#frsc licence processing 4 learners RRR ${rrr}`);
    const l = m.line(d, -a, `REMITA/FRSC/${rrr.slice(0, 4)}-${rrr.slice(4, 8)}-${rrr.slice(8)}/LICENCE`, {
      ref: own(),
      time: stamp(),
    });
    m.decide(l, { decision: 'auto', rows: [row], traits: ['reference-written-differently'] });
  }
  {
    // a learner who withdrew, refunded quoting the enrolment
    const d = m.day(18);
    const a = m.amount(2500000, 4000000, 50000);
    const row = book(d, -a, 'Tuition Fees', `#refund Segun Afolabi ${enr(149)} withdrew after 4 lessons`);
    m.decide(sent(d, a, 'Transfer to AFOLABI SEGUN | GTBank | refund enr149'), {
      decision: 'auto',
      rows: [row],
      traits: ['reference'],
    });
  }

  // payroll: each instructor by transfer, then PAYE and pension
  const staff = [
    ['BAKARE TUNDE', 'Tunde Bakare'],
    ['OSENI RAFIU', 'Rafiu Oseni'],
    ['EKPO MFON', 'Mfon Ekpo'],
    ['OLADELE GBEMISOLA', 'Gbemisola Oladele'],
  ];
  const pd = m.day(m.days.length - 3);
  let gross = 0;
  for (const [upper, who] of staff) {
    const a = m.amount(16000000, 26000000, 100);
    gross += a;
    const row = book(pd, -a, 'Salaries', `#salary March 2033 ${who}`);
    m.decide(
      sent(pd, a, `Transfer to ${upper} | ${r.pick(['Access Bank', 'UBA', 'First Bank', 'Opay'])} | Mar salary`),
      {
        decision: 'auto',
        rows: [row],
        traits: ['payroll', 'name-only'],
      },
    );
  }
  {
    const d = m.shift(pd, 1);
    const paye = Math.round(gross / 1100) * 10;
    const rrr = `${r.int(3000, 3999)}${r.int(1000, 9999)}${r.int(1000, 9999)}`;
    const row = book(pd, -paye, 'PAYE Payable', `#paye Ogun State IRS March 2033 RRR ${rrr}`);
    const l = m.line(d, -paye, `REMITA OGIRS PAYE RRR ${rrr} KEMTAL DRIVING`, { ref: own(), time: stamp() });
    m.decide(l, { decision: 'auto', rows: [row], traits: ['statutory', 'reference'] });
    const pen = Math.round((gross * 18) / 10000) * 100;
    const row2 = book(pd, -pen, 'Pension Payable', '#pension ARM Pension employer PR0000871204 March 2033 (10%+8%)');
    m.decide(sent(d, pen, 'Transfer to ARM PFA COLLECTION ACCT | Stanbic IBTC | PR0000871204 MAR'), {
      decision: 'auto',
      rows: [row2],
      traits: ['statutory', 'reference'],
    });
  }
  // a sweep to the GTBank savings account
  {
    const d = m.day(20);
    const a = m.amount(50000000, 70000000, 5000000);
    const row = book(d, -a, 'GTBank Savings 0211', '#transfer to GTBank savings a/c ending 0211');
    m.decide(sent(d, a, 'Transfer to KEMTAL DRIVING SCHOOL LTD | GTBank | 0211 savings'), {
      decision: 'auto',
      rows: [row],
      traits: ['own-transfer', 'reference'],
    });
  }
  // what the books do not hold: an unknown receipt, airtime bought in the app, the SMS charges, interest
  m.decide(received(m.day(10), m.amount(2000000, 4000000, 50000), 'Transfer from IBRAHIM MUSA | Opay'), {
    decision: 'none',
    traits: ['unknown'],
  });
  m.decide(
    m.line(m.day(9), -m.amount(300000, 900000, 10000), 'Airtime Purchase MTN 0803***4417', {
      ref: own(),
      time: stamp(),
    }),
    {
      decision: 'none',
      traits: ['no-book-row'],
    },
  );
  m.decide(
    m.line(m.day(1), -m.amount(15000, 40000, 400), 'SMS Alert Charges Feb 2033', { ref: own(), time: stamp() }),
    {
      decision: 'bank-only',
      kind: 'charge',
      traits: ['sms'],
    },
  );
  m.decide(m.line(m.to, m.amount(80000, 250000, 1), 'Interest Earned', { ref: own(), time: '23:59:00' }), {
    decision: 'bank-only',
    kind: 'interest',
    traits: ['interest'],
  });
  // ledger-only: the admin officer's allowance recorded on the 31st, sent in April; a learner's promised transfer
  m.ledgerOnly(
    book(
      m.to,
      -m.amount(3000000, 5000000, 100000),
      'Staff Welfare',
      '#allowance Admin officer field trip to Ibadan test centre',
    ),
    'transfer sent in April',
  );
  m.ledgerOnly(
    book(m.shift(m.to, -1), fee(), 'Tuition Fees', `#tuition Ngozi Ibe ${enr(190)} (promised transfer)`),
    'receipt recorded before the money came',
  );

  return {
    month: m,
    opening: 285000000,
    bookOpening: null,
    meta: {
      set: 'ng-palmpay-bkper',
      country: 'NG',
      currency: 'NGN',
      timezone: 'Africa/Lagos',
      bank: 'PalmPay Limited (business account)',
      package: 'Bkper (transactions of the account PalmPay Business, fetched to Google Sheets and downloaded as CSV)',
      business:
        'a driving school in Oke-Ilewo, Abeokuta, Ogun State (learner courses paid by transfer, cash or card, defensive-driving contracts for companies, licence processing through FRSC)',
    },
    bankFile: {
      file: 'palmpay-4417-mar2033.xlsx',
      sheet: 'Statement',
      order: 'newest-first',
      layout:
        'PalmPay business statement: preamble, Transaction Time (text yyyy-mm-dd hh:mm:ss), Description, Transaction ID, Money In, Money Out, Balance; number cells; newest first',
      header: [
        'Transaction Time',
        'Description',
        'Transaction ID',
        'Money In (NGN)',
        'Money Out (NGN)',
        'Balance (NGN)',
      ],
      preamble: (o, c) => [
        ['PalmPay Business Account Statement'],
        ['Account Name', 'KEMTAL DRIVING SCHOOL LTD'],
        ['Account Number', '88****4417'],
        ['Period', '01/03/2033 - 31/03/2033'],
        ['Opening Balance', cellNumber(o)],
        ['Closing Balance', cellNumber(c)],
        [],
      ],
      cells: (l, bal) => [
        `${l.date} ${l.time}`,
        l.text,
        l.ref,
        l.minor > 0 ? cellNumber(l.minor) : '',
        l.minor < 0 ? cellNumber(-l.minor) : '',
        cellNumber(bal),
      ],
      footer: [[], ['This statement is computer generated and requires no signature.']],
      reference: (l) => l.ref,
      ledgerAccount: ACC,
      readOptions: {
        currency: 'NGN',
        sheet: 'Statement',
        mapping: {
          date: 'Transaction Time',
          description: 'Description',
          reference: 'Transaction ID',
          moneyIn: 'Money In (NGN)',
          moneyOut: 'Money Out (NGN)',
          balance: 'Balance (NGN)',
        },
      },
    },
    bookFile: {
      file: 'bkper-palmpay-business-mar2033.csv',
      package: 'Bkper',
      layout:
        'Bkper transactions fetched to a sheet: Date (dd/mm/yyyy), Amount (unsigned, grouped), From Account, To Account, Description (hashtags), Recorded At; no balance, no account column',
      header: ['Date', 'Amount', 'From Account', 'To Account', 'Description', 'Recorded At'],
      preamble: () => [],
      cells: (x) => [
        fmt.dmy(x.date),
        money(Math.abs(x.minor), { group: ',' }),
        x.from,
        x.to,
        x.description,
        `${fmt.dmy(x.date)} 18:${String(10 + (x.seq % 50)).padStart(2, '0')}`,
      ],
      description: (x) => x.description,
      reference: () => null,
      party: () => null,
      readOptions: {
        currency: 'NGN',
        dateOrder: 'DMY',
        mapping: {
          date: 'Date',
          amount: 'Amount',
          direction: { column: 'From Account', out: [ACC] },
          description: 'Description',
        },
      },
    },
  };
}
