// Menengai Shuttle SACCO Society Ltd, Nakuru — April 2033 (Easter). Musoni MFB statement (CSV) against Bankers Realm's
// GL account statement of 1102 (XLSX, date cells).
import { Month, addDays, asNumber, csvText, dateText, grouped, serialOf, xlsxBuffer } from './lib52.mjs';

const K = (shillings) => shillings * 100;

export function build(d) {
  const m = new Month({ from: '2033-04-01', to: '2033-04-30', holidays: ['2033-04-15', '2033-04-18'] });
  let trx = 0;
  const ref = (p) => `${p}${String(330400000 + ++trx * 37).slice(-7)}`;
  const charge = (l, amount, text) => {
    m.bankOnly(m.line({ date: l.date, amount: -amount, text, reference: l.reference }), 'charge', ['transfer-fee']);
    m.bankOnly(
      m.line({ date: l.date, amount: -Math.round(amount / 5), text: `EXCISE DUTY ON ${text}`, reference: l.reference }),
      'tax',
      ['excise-duty'],
    );
  };
  const out = (date, kind, name, narr, amount) => {
    const l = m.line({
      date,
      amount: -amount,
      text: `${kind}/${name}${narr ? `/${narr}` : ''}`,
      reference: ref(kind.slice(0, 2)),
    });
    charge(l, kind === 'RTGS' ? K(500) : kind === 'PESALINK' ? K(50) : K(100), `${kind} CHARGE`);
    return l;
  };
  const c2b = (date, phone, name, acc, amount) =>
    m.line({
      date,
      amount,
      text: `MPESA C2B/${phone}/${name}/ACC ${acc}`,
      reference: `UD${d.int(10, 99)}${['K', 'L', 'M', 'Q'][d.int(0, 3)]}${d.int(1000, 9999)}X${d.int(1, 9)}`,
      anyDay: true,
    });
  const rec = (date, amount, refNo, desc, member = '') => m.row({ date, amount, ref: refNo, desc, extra: { member } });
  const pay = (date, amount, refNo, desc, member = '') =>
    m.row({ date, amount: -amount, ref: refNo, desc, extra: { member } });

  // --- the SACCO's own paybill 4087311: daily levies and savings, posted per day by the paybill integration,
  // swept by Safaricom to the bank on the next working day (a Monday's sweep carries the weekend)
  const collected = new Map();
  for (let day = '2033-04-01'; day <= '2033-04-30'; day = addDays(day, 1)) {
    const sunday = new Date(`${day}T00:00:00Z`).getUTCDay() === 0;
    const amt = K(sunday ? d.int(17000, 26000) : d.int(28000, 61000));
    collected.set(
      day,
      rec(day, amt, `PB${day.slice(8)}04`, `M-PESA paybill 4087311 collections ${dateText(day, 'dd/mm/yyyy')}`),
    );
  }
  const sweepDays = m.workingDays().filter((x) => x > '2033-04-01');
  for (const day of sweepDays) {
    const from = m.before(addDays(day, -1), 0);
    const covered = [];
    for (let x = from; x < day; x = addDays(x, 1)) covered.push(collected.get(x));
    const amount = covered.reduce((s, r) => s + r.amount, 0);
    const span = covered.length > 1 ? `${from.slice(8)}-${addDays(day, -1).slice(8)}APR` : `${from.slice(8)}APR`;
    const l = m.line({
      date: day,
      amount,
      text: `MPESA B2B SWEEP/4087311 MENENGAI SHUTTLE SACCO/${span}`,
      reference: `SWP${day.slice(8)}0433`,
    });
    if (covered.length === 1)
      m.match(l, covered, {
        evidence: 'counterparty',
        decision: 'auto',
        traits: ['paybill-sweep', 'settled-next-day'],
      });
    else
      m.match(l, covered, {
        evidence: 'counterparty',
        decision: 'suggest',
        traits: ['paybill-sweep', 'split-one-to-many', covered.length > 3 ? 'easter-weekend' : 'weekend'],
      });
  }
  for (const day of ['2033-04-29', '2033-04-30'])
    m.ledgerOnly(collected.get(day), 'collected on the paybill; swept to the bank in May');

  // --- members' loan repayments and insurance instalments straight into the bank (Musoni's paybill, cash, cheque)
  const loans = [
    [
      '2033-04-02',
      '254722***416',
      'JOSEPH KIMANI',
      'KDA123B',
      K(18500),
      'M0412 Joseph Kimani (KDA 123B)',
      'reference',
      ['ref-spaces'],
    ],
    [
      '2033-04-05',
      '254711***082',
      'ESTHER WAMBUI NDUNGU',
      'loan',
      K(22000),
      'M0157 Esther Wambui (KCU 908M)',
      'counterparty',
      ['name-only'],
    ],
    [
      '2033-04-09',
      '254720***553',
      'PETER NJOROGE',
      'kcx 411t',
      K(15000),
      'M0233 Peter Njoroge (KCX 411T)',
      'reference',
      ['ref-lowercase'],
    ],
    [
      '2033-04-12',
      '254733***190',
      'SAMUEL KIPRONO',
      'M/NO 301',
      K(26400),
      'M0301 Samuel Kiprono (KDE 552J)',
      'reference',
      ['ref-no-padding'],
    ],
    [
      '2033-04-21',
      '254708***731',
      'ANN CHEPKEMOI',
      'KBZ-776P',
      K(12800),
      'M0198 Ann Chepkemoi (KBZ 776P)',
      'reference',
      ['ref-slashes'],
    ],
    [
      '2033-04-26',
      '254729***004',
      'DAVID OTIENO',
      '0',
      K(19750),
      'M0350 David Otieno (KDB 044F)',
      'counterparty',
      ['name-only'],
    ],
  ];
  for (const [date, phone, name, acc, amt, who, evidence, traits] of loans) {
    const l = c2b(date, phone, name, acc, amt);
    m.match(l, rec(date, amt, `RCT${date.slice(8)}${amt / 100}`, `Loan repayment – ${who}`), {
      evidence,
      decision: 'auto',
      traits,
    });
  }
  {
    const l = c2b('2033-04-07', '254717***662', 'JANE MUTHONI', 'KCF 219Q', K(20000));
    m.match(
      l,
      rec('2033-04-07', K(18500), 'RCT0407A', 'Loan repayment – M0266 Jane Muthoni (KCF 219Q), instalment 18,500'),
      { evidence: 'reference', decision: 'auto', traits: ['ref-canonical', 'over-payment'] },
    );
  }
  {
    // KES 300,000 is more than one M-PESA payment may carry: two payments, one receipt in the books
    const a = c2b('2033-04-13', '254722***981', 'JAMES MWANGI GITAU', 'KDG450A', K(150000));
    const b = c2b('2033-04-13', '254722***981', 'JAMES MWANGI GITAU', 'KDG450A', K(150000));
    m.match(
      [a, b],
      rec('2033-04-13', K(300000), 'RCT0413G', 'Loan repayment in full – M0089 James Mwangi (KDG 450A)'),
      { evidence: 'reference', decision: 'auto', traits: ['ref-canonical', 'split-many-to-one', 'mpesa-limit'] },
    );
  }
  {
    const l = m.line({
      date: '2033-04-20',
      amount: K(9000),
      text: 'CASH DEP/NAKURU BR/KCQ 871H',
      reference: 'CD20041187',
    });
    m.match(l, rec('2033-04-20', K(16500), 'RCT0420C', 'Loan repayment – M0274 Lucy Akinyi (KCQ 871H)'), {
      evidence: 'reference',
      decision: 'suggest',
      traits: ['ref-spaces', 'part-payment'],
    });
  }
  {
    // a member's cheque, deposited and booked, returned unpaid: the return is not yet in the books
    const dep = m.line({
      date: '2033-04-06',
      amount: K(45000),
      text: 'CHQ DEP/000231/EQUITY BANK NAKURU',
      reference: '000231',
    });
    m.match(
      dep,
      rec('2033-04-06', K(45000), 'CHQ 000231', 'Loan repayment by cheque 000231 – M0120 Francis Kariuki (KCB 330D)'),
      { evidence: 'reference', decision: 'auto', traits: ['cheque-number'] },
    );
    const back = m.line({
      date: '2033-04-11',
      amount: -K(45000),
      text: 'RTN CHQ/000231/REFER TO DRAWER',
      reference: '000231',
    });
    m.none(back, ['returned-cheque']);
    m.bankOnly(
      m.line({ date: '2033-04-11', amount: -K(1500), text: 'UNPAID CHEQUE CHARGE', reference: '000231' }),
      'charge',
      ['unpaid-cheque-fee'],
    );
    m.bankOnly(
      m.line({ date: '2033-04-11', amount: -K(300), text: 'EXCISE DUTY ON UNPAID CHEQUE CHARGE', reference: '000231' }),
      'tax',
      ['excise-duty'],
    );
  }
  {
    const a = c2b('2033-04-08', '254712***340', 'GEORGE OCHIENG', 'INSURANCE', K(6850));
    const b = c2b('2033-04-08', '254712***340', 'GEORGE OCHIENG', 'INSURANCE', K(6850));
    const r1 = rec('2033-04-08', K(6850), 'INS-KBZ552Q', 'PSV insurance instalment – M0215 George Ochieng (KBZ 552Q)');
    const r2 = rec('2033-04-08', K(6850), 'INS-KCE118L', 'PSV insurance instalment – M0215 George Ochieng (KCE 118L)');
    m.match(a, null, {
      evidence: 'counterparty',
      decision: 'auto',
      anyOf: [[r1], [r2]],
      traits: ['twins', 'name-only'],
    });
    m.match(b, null, {
      evidence: 'counterparty',
      decision: 'auto',
      anyOf: [[r1], [r2]],
      traits: ['twins', 'name-only'],
    });
  }
  {
    const l = c2b('2033-04-22', '254790***215', 'WANJIRU MARY TRANSPORTERS LTD', 'HIRE', K(24000));
    m.none(l, ['decoy-similar-name']);
    m.ledgerOnly(
      rec('2033-04-21', K(24000), 'RCT0421W', 'Loan repayment – M0388 Mary Wanjiru (KDC 615R), deposit slip 5520'),
      'posted from a deposit slip shown at the office; not on the statement',
    );
  }
  m.none(m.line({ date: '2033-04-27', amount: K(10000), text: 'CASH DEP/NAKURU BR', reference: 'CD27040912' }), [
    'unknown-receipt',
  ]);

  // --- payments: the insurer, loans out, garages, county and national fees, staff
  {
    const l = out('2033-04-05', 'RTGS', 'DIRECTLINE ASSURANCE', 'PSV POLICY APR33 DL/PSV/0419', K(612000));
    m.match(
      l,
      pay('2033-04-04', K(612000), 'DL/PSV/0419', 'PSV group policy premium April 2033 – Directline Assurance'),
      { evidence: 'reference', decision: 'auto', traits: ['ref-canonical'] },
    );
  }
  for (const [date, name, mem, amt, evidence] of [
    ['2033-04-07', 'PETER NJOROGE MWANGI', 'LOAN M0233', K(80000), 'reference'],
    ['2033-04-14', 'ESTHER WAMBUI NDUNGU', 'EMERGENCY LOAN', K(35000), 'counterparty'],
    ['2033-04-28', 'DAVID OTIENO OMONDI', 'LN 0350', K(120000), 'reference'],
  ]) {
    const l = out(date, 'PESALINK', name, mem, amt);
    const who = name
      .split(' ')
      .slice(0, 2)
      .map((w) => w[0] + w.slice(1).toLowerCase())
      .join(' ');
    const no = { 'PETER NJOROGE MWANGI': 'M0233', 'ESTHER WAMBUI NDUNGU': 'M0157', 'DAVID OTIENO OMONDI': 'M0350' }[
      name
    ];
    m.match(l, pay(date, amt, `LD-${no}`, `Loan disbursement – ${no} ${who}`), {
      evidence,
      decision: 'auto',
      traits: evidence === 'reference' ? ['ref-spaces'] : ['name-only'],
    });
  }
  {
    const l = out('2033-04-12', 'EFT', 'KIAMUNYI AUTO GARAGE', '', K(38500));
    const r1 = pay('2033-04-05', K(38500), 'JC-1181', 'Body works KDA 123B (job card 1181) – Kiamunyi Auto Garage');
    const r2 = pay('2033-04-08', K(38500), 'JC-1190', 'Body works KCX 411T (job card 1190) – Kiamunyi Auto Garage');
    m.match(l, null, {
      evidence: 'counterparty',
      decision: 'suggest',
      mustNotAuto: true,
      anyOf: [[r1], [r2]],
      traits: ['tie', 'name-only'],
    });
  }
  {
    const r = pay('2033-04-19', K(64200), 'LTC-7731', 'Tyres 6 x 195R15 – Lanet Tyre Centre inv 7731');
    const first = m.line({
      date: '2033-04-19',
      amount: -K(64200),
      text: 'PESALINK/LANET TYRE CENTRE/INV 7731',
      reference: 'PE33041955',
    });
    const back = m.line({
      date: '2033-04-19',
      amount: K(64200),
      text: 'PESALINK REVERSAL/LANET TYRE CENTRE/TIMEOUT',
      reference: 'PE33041955',
    });
    m.reversal(first, back, ['failed-transfer']);
    const again = out('2033-04-20', 'EFT', 'LANET TYRE CENTRE', 'INV7731', K(64200));
    m.match(again, r, { evidence: 'reference', decision: 'auto', traits: ['ref-canonical', 'resent-after-reversal'] });
  }
  {
    const l = out('2033-04-04', 'EFT', 'NAKURU COUNTY REVENUE', 'MATATU STICKERS Q2 BILL 2033-0412-88', K(292500));
    m.match(
      l,
      pay('2033-04-01', K(292500), 'NCG-2033041288', 'County matatu stickers Q2 (65 vehicles) – Nakuru County'),
      { evidence: 'reference', decision: 'auto', traits: ['ref-spaces'] },
    );
  }
  {
    const l = out('2033-04-21', 'EFT', 'NTSA ECITIZEN', 'SACCO LIC RENEWAL NTSA-88231', K(25000));
    m.match(l, pay('2033-04-21', K(25000), 'NTSA-88231', 'SACCO operating licence renewal – NTSA'), {
      evidence: 'reference',
      decision: 'auto',
      traits: ['ref-canonical'],
    });
  }
  {
    const l = out('2033-04-08', 'EFT', 'KRA', 'PRN 2033041188731 PAYE AHL MAR33', K(48370));
    m.match(
      l,
      pay('2033-04-08', K(48370), '2033041188731', 'PAYE and housing levy March 2033 – KRA PRN 2033041188731'),
      { evidence: 'reference', decision: 'auto', traits: ['ref-canonical'] },
    );
  }
  {
    const l = out('2033-04-08', 'EFT', 'NSSF', 'EMP NO 0417723 MAR33', K(12960));
    m.match(l, pay('2033-04-07', K(12960), 'NSSF-0417723', 'NSSF contributions March 2033'), {
      evidence: 'reference',
      decision: 'auto',
      traits: ['ref-canonical'],
    });
  }
  {
    const l = out('2033-04-08', 'EFT', 'SOCIAL HEALTH AUTHORITY', 'SHIF MAR33', K(7424));
    m.match(l, pay('2033-04-08', K(7424), '', 'SHIF contributions March 2033 – Social Health Authority'), {
      evidence: 'counterparty',
      decision: 'auto',
      traits: ['name-only'],
    });
  }
  {
    const l = m.line({
      date: '2033-04-01',
      amount: -K(45000),
      text: 'STANDING ORDER/GRACE NJERI KARANJA/RENT',
      reference: 'SO0104118',
    });
    m.match(
      l,
      pay('2033-04-01', K(45000), '', 'Office rent April 2033 – Mrs Grace Njeri Karanja (landlord, main stage)'),
      { evidence: 'counterparty', decision: 'auto', traits: ['name-only', 'standing-order'] },
    );
    m.bankOnly(
      m.line({ date: '2033-04-01', amount: -K(50), text: 'STANDING ORDER CHARGE', reference: 'SO0104118' }),
      'charge',
      ['so-fee'],
    );
  }
  {
    const l = out('2033-04-11', 'EFT', 'AUTOTRACK EA LTD', 'INV AT-55120 GOVERNORS', K(58500));
    m.match(
      l,
      pay('2033-04-11', K(58500), 'AT-55120', 'Speed governor and tracking subscriptions (65) – Autotrack E.A.'),
      { evidence: 'reference', decision: 'auto', traits: ['ref-canonical'] },
    );
  }
  {
    const l = m.line({
      date: '2033-04-28',
      amount: -K(186300),
      text: 'EFT BATCH/SALARIES APR 2033/9 ITEMS',
      reference: 'BT2804330',
    });
    m.match(
      l,
      pay('2033-04-28', K(186300), 'SAL-APR33', 'Staff salaries April 2033 (manager, clerks, stage marshals)'),
      { evidence: 'counterparty', decision: 'auto', traits: ['bulk-payment'] },
    );
    m.bankOnly(
      m.line({ date: '2033-04-28', amount: -K(270), text: 'EFT BATCH CHARGE 9 ITEMS', reference: 'BT2804330' }),
      'charge',
      ['bulk-fee'],
    );
    m.bankOnly(
      m.line({ date: '2033-04-28', amount: -K(54), text: 'EXCISE DUTY ON EFT BATCH CHARGE', reference: 'BT2804330' }),
      'tax',
      ['excise-duty'],
    );
  }
  m.ledgerOnly(
    pay('2033-04-29', K(14000), 'CHQ 000087', "Chairman's imprest – stage marshals' reflective jackets"),
    'cheque not yet presented',
  );

  // --- month-end
  m.bankOnly(
    m.line({ date: '2033-04-29', amount: -K(500), text: 'LEDGER FEE APR 2033', reference: 'LF0433' }),
    'charge',
    ['ledger-fee'],
  );
  m.bankOnly(
    m.line({ date: '2033-04-29', amount: -K(100), text: 'EXCISE DUTY ON LEDGER FEE', reference: 'LF0433' }),
    'tax',
    ['excise-duty'],
  );
  m.bankOnly(
    m.line({ date: '2033-04-29', amount: -K(200), text: 'SMS ALERTS APR 2033', reference: 'SM0433' }),
    'charge',
    ['sms-alerts'],
  );

  const meta = {
    set: 'ke-musoni-bankersrealm',
    country: 'KE',
    currency: 'KES',
    timezone: 'Africa/Nairobi',
    business:
      "a matatu SACCO on the Nakuru–Nairobi route (daily levies and savings on its own paybill swept to the bank, members' loan repayments and PSV insurance instalments, loans out by PesaLink, the group insurance premium, county stickers, NTSA, staff)",
    bankFile: {
      file: 'musoni-2204-apr2033.csv',
      bank: 'Musoni Microfinance Bank PLC',
      layout: 'Musoni MFB account statement (CSV; title block, Money Out/Money In/Ledger Balance, dd/mm/yyyy)',
      order: 'oldest-first',
      ledgerAccount: '1102',
      readOptions: {
        currency: 'KES',
        dateOrder: 'DMY',
        mapping: {
          date: 'Transaction Date',
          valueDate: 'Value Date',
          description: 'Narrative',
          reference: 'Reference',
          moneyOut: 'Money Out',
          moneyIn: 'Money In',
          balance: 'Ledger Balance',
        },
      },
      openingBalanceMinor: K(1184320),
    },
    ledgerFile: {
      file: 'bankersrealm-gl-1102-apr2033.xlsx',
      package: 'Craft Silicon Bankers Realm (GL → GL Account Statement of 1102 Musoni MFB Current, exported to Excel)',
      layout:
        'Bankers Realm GL account statement (XLSX; title rows, date cells, Debit = money in, Opening/Closing rows)',
      readOptions: {
        currency: 'KES',
        mapping: {
          date: 'Trx Date',
          reference: 'Ref No',
          description: ['Description', 'Member No'],
          moneyIn: 'Debit',
          moneyOut: 'Credit',
        },
      },
      hasParty: false,
      openingBalanceMinor: K(1184320),
    },
    notes: [
      "The paybill integration posts each calendar day's collections to 1102; Safaricom sweeps them to Musoni on the next working day, so a Monday sweep carries three days and the Tuesday after Easter five.",
      'The collections of 29 and 30 April are swept in May (ledger-only).',
      'The returned cheque 000231 was deposited and booked; its return is not yet in the books (no-counterpart), the deposit matches its receipt.',
      'The tie (Kiamunyi Auto Garage, two job cards of KES 38,500) leaves one of the two rows open: either is right.',
    ],
  };
  return { meta, month: m, writeBank, writeLedger };
}

function writeBank(lines, { opening, closing }) {
  const head = [
    ['MUSONI MICROFINANCE BANK PLC'],
    ['Nakuru Branch, Kenyatta Avenue'],
    ['ACCOUNT STATEMENT'],
    ['Account Name: MENENGAI SHUTTLE SACCO SOCIETY LTD'],
    ['Account Number: 01200****2204'],
    ['Currency: KES'],
    ['From: 01/04/2033 To: 30/04/2033'],
    [`Opening Balance: ${grouped(opening)}`],
    [`Closing Balance: ${grouped(closing)}`],
    [],
    ['Transaction Date', 'Value Date', 'Narrative', 'Reference', 'Money Out', 'Money In', 'Ledger Balance'],
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
  return { data: csvText(out, { quoteAll: true }), rowOf, headerRow };
}

function writeLedger(rows, { opening, closing }) {
  const head = [
    ['MENENGAI SHUTTLE SACCO SOCIETY LTD'],
    ['GL ACCOUNT STATEMENT'],
    ['GL Account: 1102 - MUSONI MFB CURRENT A/C'],
    ['Period: 01/04/2033 - 30/04/2033'],
    [],
    ['Trx Date', 'Trx No', 'Ref No', 'Description', 'Member No', 'Debit', 'Credit', 'Running Balance'],
  ];
  const headerRow = head.length;
  const num = (minor) => ({ t: 'n', v: asNumber(minor), z: '#,##0.00' });
  const out = [...head, ['', '', '', 'Opening Balance', '', '', '', num(opening)]];
  const rowOf = new Map();
  let bal = opening;
  let n = 88410;
  for (const r of rows) {
    bal += r.amount;
    const member = (r.desc.match(/\bM0\d{3}\b/) ?? [''])[0];
    out.push([
      { t: 'n', v: serialOf(r.date), z: 'dd/mm/yyyy' },
      String(n++),
      r.ref,
      r.desc,
      member,
      r.amount > 0 ? num(r.amount) : '',
      r.amount < 0 ? num(-r.amount) : '',
      num(bal),
    ]);
    rowOf.set(r, out.length);
  }
  if (bal !== closing) throw new Error('Bankers Realm balance does not close');
  out.push(['', '', '', 'Closing Balance', '', '', '', num(closing)]);
  return { data: xlsxBuffer('GL Statement', out), rowOf, headerRow };
}
