// NG: Ihyarev Community Health Initiative, Makurdi (an NGO), May 2034. AB Microfinance Bank Nigeria statement
// (XLSX, title block, oldest first) against Abila MIP Fund Accounting's "Transaction Detail By Account" (CSV, US
// month-first dates, Player column, fund and grant segments).
import { Month, T, csvText, dMonY, draw, mdy, money, pad, xlsxBuffer } from './lib53.mjs';

const N = (x) => Math.round(x * 100);

export function build(rng) {
  const m = new Month();
  const digits = (n) => Array.from({ length: n }, () => Math.floor(rng() * 10)).join('');
  // NIP session id: sender institution code, yymmddhhmmss, twelve digits
  const sid = (date) =>
    `090270${date.slice(2).replaceAll('-', '')}${pad(8 + Math.floor(rng() * 9))}${digits(4)}${digits(12)}`;
  const nipFee = (date, amt, traits = ['nip-fee']) =>
    m.line({ date, amount: -amt, text: 'NIP CHARGE + VAT', ref: '', anyDay: true }, T.bankOnly('charge', traits));
  const F = { un: 'F01', mc: 'F12', phc: 'F15' };

  // receipts
  m.book('mc', {
    date: '2034-05-02',
    amount: N(18500000),
    ref: 'MC-SG/2034/017',
    party: 'Malaria Consortium',
    desc: 'Sub-grant tranche Q2 2034 received',
    session: 'CR',
    fund: F.mc,
    grant: 'MC-SMC-34',
  });
  m.line(
    {
      date: '2034-05-02',
      amount: N(18500000),
      text: 'NIP/MALARIA CONSORTIUM NIG/SUBGRANT Q2 MCSG2034017',
      ref: sid('2034-05-02'),
      anyDay: true,
    },
    T.match(['mc'], 'reference', 'auto', ['ref-year-serial-joined']),
  );

  m.book('phc', {
    date: '2034-05-04',
    amount: N(2340000),
    ref: 'AR-0412',
    party: 'Benue State Primary Health Care Dev. Agency',
    desc: 'Reimbursement of April LLIN outreach logistics',
    session: 'CR',
    fund: F.phc,
    grant: 'BSPHC-LLIN',
  });
  m.line(
    {
      date: '2034-05-05',
      amount: N(2340000),
      text: 'NIP/BSPHCDA MAKURDI/REFUND OUTREACH LOGISTICS APR',
      ref: sid('2034-05-05'),
      anyDay: true,
    },
    T.match(['phc'], 'counterparty', 'suggest', ['name-abbreviated', 'late-bank']),
  );

  m.book('theresa', {
    date: '2034-05-08',
    amount: N(750000),
    ref: '000318',
    party: "St. Theresa's Cathedral Parish, Makurdi",
    desc: 'Donation towards nutrition outreach (chq 000318)',
    session: 'CR',
    fund: F.un,
    grant: '',
  });
  m.line(
    { date: '2034-05-10', amount: N(750000), text: 'CHQ DEP/000318/ST THERESA CATH PARISH', ref: '000318' },
    T.match(['theresa'], 'reference', 'auto', ['cheque-number', 'cheque-clearing']),
  );

  m.book('msh114', {
    date: '2034-05-11',
    amount: N(840000),
    ref: 'ICHI/INV/114',
    party: 'Management Sciences for Health',
    desc: 'Training venue & facilitation – SBC workshop (Inv 114)',
    session: 'CR',
    fund: F.un,
    grant: '',
  });
  m.book('msh117', {
    date: '2034-05-11',
    amount: N(420000),
    ref: 'ICHI/INV/117',
    party: 'Management Sciences for Health',
    desc: 'Hall hire – data review meeting (Inv 117)',
    session: 'CR',
    fund: F.un,
    grant: '',
  });
  m.line(
    {
      date: '2034-05-12',
      amount: N(1260000),
      text: 'NIP/FRM MANAGEMENT SCIENCES FOR HLTH/INV ICHI-114 & 117',
      ref: sid('2034-05-12'),
      anyDay: true,
    },
    T.match(['msh114', 'msh117'], 'reference', 'auto', ['split-one-to-many', 'ref-serial-only']),
  );

  m.book('fmc', {
    date: '2034-05-22',
    amount: N(600000),
    ref: 'ICHI/INV/109',
    party: 'Federal Medical Centre, Makurdi',
    desc: 'Hall hire – quarterly review meeting (Inv 109)',
    session: 'CR',
    fund: F.un,
    grant: '',
  });
  m.line(
    {
      date: '2034-05-15',
      amount: N(350000),
      text: 'NIP/FMC MAKURDI/HALL HIRE PART PYMT',
      ref: sid('2034-05-15'),
      anyDay: true,
    },
    T.match(['fmc'], 'counterparty', 'suggest', ['split-many-to-one', 'name-abbreviated'], { group: 'g01' }),
  );
  m.line(
    {
      date: '2034-05-22',
      amount: N(250000),
      text: 'NIP/FEDERAL MED CENTRE MKD/BAL HALL HIRE ICHI 109',
      ref: sid('2034-05-22'),
      anyDay: true,
    },
    T.match(['fmc'], 'reference', 'suggest', ['split-many-to-one', 'ref-serial-only'], { group: 'g01' }),
  );

  m.book('aondo', {
    date: '2034-05-18',
    amount: N(650000),
    ref: 'RF-0093',
    party: 'Dr T. Aondoakaa',
    desc: 'Refund of unspent field advance (retirement form RF-0093)',
    session: 'CR',
    fund: F.mc,
    grant: 'MC-SMC-34',
  });
  m.line(
    {
      date: '2034-05-19',
      amount: N(400000),
      text: 'NIP/AONDOAKAA TERVER/RETIREMENT REFUND',
      ref: sid('2034-05-19'),
      anyDay: true,
    },
    T.match(['aondo'], 'counterparty', 'suggest', ['part-payment', 'name-initial']),
  );

  m.book('grace', {
    date: '2034-05-22',
    amount: N(500000),
    ref: 'ICHI/INV/121',
    party: 'Graceland Pharmacy Ltd',
    desc: 'Hall & projector hire (Inv 121)',
    session: 'CR',
    fund: F.un,
    grant: '',
  });
  m.line(
    {
      date: '2034-05-23',
      amount: N(515000),
      text: 'NIP/FRM GRACELAND PHARM LTD/ICHI INV 121',
      ref: sid('2034-05-23'),
      anyDay: true,
    },
    T.match(['grace'], 'reference', 'auto', ['over-payment', 'ref-spaces'], { difference: N(15000) }),
  );

  // resource-centre POS: settled the next working day less 0.5 % MSC (capped ₦1,000); batch 0412 booked gross, 0419 net
  const gross1 = draw(rng, 150000, 220000, 50);
  const net1 = gross1 - Math.min(Math.round(gross1 * 0.005), N(1000));
  m.book('pos1', {
    date: '2034-05-08',
    amount: gross1,
    ref: 'POS-0412',
    party: 'Resource centre walk-in sales',
    desc: 'Resource centre sales – POS batch 0412 (08/05)',
    session: 'CR',
    fund: F.un,
    grant: '',
  });
  m.line(
    { date: '2034-05-09', amount: net1, text: 'POS SETTLEMENT/TID 2070AB14/BATCH 0412 08-05-2034', ref: 'STL0412' },
    T.match(['pos1'], 'reference', 'suggest', ['pos-settlement', 'short-net-of-fee', 'settled-next-day']),
  );
  const gross2 = draw(rng, 90000, 140000, 50);
  const net2 = gross2 - Math.min(Math.round(gross2 * 0.005), N(1000));
  m.book('pos2', {
    date: '2034-05-26',
    amount: net2,
    ref: 'POS-0419',
    party: 'Resource centre walk-in sales',
    desc: 'Resource centre sales – POS batch 0419 (25/05) net of MSC',
    session: 'CR',
    fund: F.un,
    grant: '',
  });
  m.line(
    { date: '2034-05-26', amount: net2, text: 'POS SETTLEMENT/TID 2070AB14/BATCH 0419 25-05-2034', ref: 'STL0419' },
    T.match(['pos2'], 'reference', 'auto', ['pos-settlement', 'booked-net', 'settled-next-day']),
  );

  m.book('ioryer', {
    date: '2034-05-16',
    amount: N(36000),
    ref: 'SR-2207',
    party: 'Ioryer, Terkula (PPMV Wurukum)',
    desc: 'Sales – ORS/zinc co-packs, 120 kits',
    session: 'CR',
    fund: F.un,
    grant: '',
  });
  m.line(
    {
      date: '2034-05-17',
      amount: N(36000),
      text: 'NIP/MOMO PSB/TERKULA IORYER/ORS ZINC KITS',
      ref: sid('2034-05-17'),
      anyDay: true,
    },
    T.match(['ioryer'], 'counterparty', 'auto', ['mobile-money', 'name-order-swapped']),
  );

  m.book('akaa', {
    date: '2034-05-24',
    amount: N(300000),
    ref: 'PL-0031',
    party: 'Akaa, Mnena (Mrs)',
    desc: 'Donation pledge – transfer advised by phone',
    session: 'CR',
    fund: F.un,
    grant: '',
  });
  m.only('akaa', "posted on the donor's word; the money had not arrived by 31 May");
  m.line(
    {
      date: '2034-05-26',
      amount: N(300000),
      text: 'NIP/FRM AKAA M & SONS ENT/SUPPLY REFUND',
      ref: sid('2034-05-26'),
      anyDay: true,
    },
    T.none(['decoy-similar-name', 'unknown-receipt']),
  );
  m.line(
    { date: '2034-05-29', amount: N(45000), text: 'NIP/FRM OCHE JOHN ADAKOLE/', ref: sid('2034-05-29'), anyDay: true },
    T.none(['unknown-receipt']),
  );

  // payments
  m.book('rent', {
    date: '2034-05-02',
    amount: -N(350000),
    ref: 'SO-05',
    party: 'Mrs Dooshima Abuul',
    desc: 'Office rent May 2034 (standing order)',
    session: 'CD',
    fund: F.un,
    grant: '',
  });
  m.line(
    { date: '2034-05-02', amount: -N(350000), text: 'SO/OFFICE RENT MAY/ABUUL DOOSHIMA', ref: 'SO-00217' },
    T.match(['rent'], 'counterparty', 'auto', ['standing-order', 'name-order-swapped']),
  );
  m.line(
    { date: '2034-05-02', amount: -N(53.75), text: 'S/O COMMISSION INCL VAT', ref: 'SO-00217' },
    T.bankOnly('charge', ['so-fee']),
  );

  m.book('petty', {
    date: '2034-05-03',
    amount: -N(200000),
    ref: '000449',
    party: 'Petty cash',
    desc: 'Petty cash replenishment (chq 000449)',
    session: 'CD',
    fund: F.un,
    grant: '',
  });
  m.line(
    { date: '2034-05-03', amount: -N(200000), text: 'CASH WDL/CHQ 000449/SELF', ref: '000449' },
    T.match(['petty'], 'reference', 'auto', ['cheque-number', 'cash-withdrawal']),
  );

  m.book('fuel', {
    date: '2034-05-02',
    amount: -N(286400),
    ref: '000447',
    party: 'NNPC Mega Station, Wurukum',
    desc: 'Diesel & petrol for outreach vehicles (chq 000447)',
    session: 'CD',
    fund: F.mc,
    grant: 'MC-SMC-34',
  });
  m.line(
    { date: '2034-05-04', amount: -N(286400), text: 'CHQ 000447 CLEARING', ref: '000447' },
    T.match(['fuel'], 'reference', 'auto', ['cheque-number']),
  );

  m.book('paye', {
    date: '2034-05-08',
    amount: -N(412650),
    ref: '230411876621',
    party: 'Benue State Internal Revenue Service',
    desc: 'PAYE April 2034 – RRR 230411876621',
    session: 'CD',
    fund: F.un,
    grant: '',
  });
  m.line(
    {
      date: '2034-05-09',
      amount: -N(412650),
      text: 'REMITA/BIRS PAYE APR 2034/RRR 2304-1187-6621',
      ref: 'RRR230411876621',
    },
    T.match(['paye'], 'reference', 'auto', ['ref-hyphens']),
  );
  m.line(
    { date: '2034-05-09', amount: -N(161.25), text: 'REMITA SERVICE CHARGE', ref: 'RRR230411876621' },
    T.bankOnly('charge', ['remita-fee']),
  );

  m.book('chv', {
    date: '2034-05-09',
    amount: -N(1260000),
    ref: 'PV-0581',
    party: 'Community health volunteers (84)',
    desc: 'CHV stipends April – 84 volunteers x 15,000 (MoMo PSB wallets)',
    session: 'CD',
    fund: F.mc,
    grant: 'MC-SMC-34',
  });
  m.line(
    { date: '2034-05-10', amount: -N(1260000), text: 'BULK TRF/CHV STIPENDS APR 2034/84 BENEF', ref: 'BLK-3307' },
    T.match(['chv'], 'counterparty', 'auto', ['bulk-payment', 'mobile-money']),
  );
  m.line(
    { date: '2034-05-10', amount: -N(84 * 26.88), text: 'BULK TRF CHARGES 84 ITEMS', ref: 'BLK-3307' },
    T.bankOnly('charge', ['bulk-fee']),
  );

  m.book('jed', {
    date: '2034-05-11',
    amount: -N(60000),
    ref: 'PV-0584',
    party: 'Jos Electricity Distribution Plc',
    desc: 'Electricity token – meter 0412 7718 823',
    session: 'CD',
    fund: F.un,
    grant: '',
  });
  m.line(
    { date: '2034-05-13', amount: -N(60000), text: 'WEB/JED PREPAID/MTR 04127718823', ref: 'WEB5512093', anyDay: true },
    T.match(['jed'], 'reference', 'auto', ['ref-spaces', 'weekend']),
  );

  m.book('lj1', {
    date: '2034-05-12',
    amount: -N(120000),
    ref: 'ADV-0212',
    party: 'Longjohn, Mary',
    desc: 'Field advance – M. Longjohn (Gboko outreach)',
    session: 'CD',
    fund: F.mc,
    grant: 'MC-SMC-34',
  });
  m.book('lj2', {
    date: '2034-05-12',
    amount: -N(120000),
    ref: 'ADV-0213',
    party: 'Longjohn, Mary',
    desc: 'Field advance – Mary Longjohn (Otukpo outreach)',
    session: 'CD',
    fund: F.mc,
    grant: 'MC-SMC-34',
  });
  m.line(
    {
      date: '2034-05-12',
      amount: -N(120000),
      text: 'NIP/TRF TO MARY LONGJOHN/FIELD ADVANCE',
      ref: sid('2034-05-12'),
      anyDay: true,
    },
    T.twins([['lj1'], ['lj2']], 'counterparty', ['tie'], { mustNotAuto: true }),
  );
  nipFee('2034-05-12', N(53.75));

  m.book('ortese', {
    date: '2034-05-15',
    amount: -N(178500),
    ref: 'PV-0590',
    party: 'Ortese Autos',
    desc: 'Service & brake pads – Hilux BEN-438-XA',
    session: 'CD',
    fund: F.mc,
    grant: 'MC-SMC-34',
  });
  m.line(
    {
      date: '2034-05-16',
      amount: -N(178500),
      text: 'NIP/TRF TO ORTESE AUTO WORKS/HILUX BEN438XA SVC',
      ref: sid('2034-05-16'),
      anyDay: true,
    },
    T.match(['ortese'], 'counterparty', 'auto', ['name-written-differently']),
  );
  nipFee('2034-05-16', N(53.75));

  // IEC materials: the first transfer fails, is reversed with its fee, and is sent again the next day
  m.book('ogwuche', {
    date: '2034-05-18',
    amount: -N(640000),
    ref: '2231',
    party: 'Ogwuche Prints & Publishing',
    desc: 'IEC materials – flipcharts & leaflets (Inv 2231)',
    session: 'CD',
    fund: F.mc,
    grant: 'MC-SMC-34',
  });
  const failRef = sid('2034-05-18');
  m.line(
    {
      key: 'fail',
      date: '2034-05-18',
      amount: -N(640000),
      text: 'NIP/TRF TO OGWUCHE PRINTS/IEC MATERIALS INV 2231',
      ref: failRef,
      anyDay: true,
    },
    T.reversal('rev', ['failed-transfer']),
  );
  nipFee('2034-05-18', N(53.75));
  m.line(
    {
      key: 'rev',
      date: '2034-05-18',
      amount: N(640000),
      text: 'REVERSAL/NIP/TRF TO OGWUCHE PRINTS/BENEFICIARY BANK NOT AVAILABLE',
      ref: failRef,
      anyDay: true,
    },
    T.reversal('fail', ['failed-transfer']),
  );
  m.line(
    { date: '2034-05-18', amount: N(53.75), text: 'REVERSAL/NIP CHARGE + VAT', ref: failRef, anyDay: true },
    T.bankOnly('charge', ['fee-reversed']),
  );
  m.line(
    {
      date: '2034-05-19',
      amount: -N(640000),
      text: 'NIP/TRF TO OGWUCHE PRINTS & PUBLISHING/INV 2231 RESEND',
      ref: sid('2034-05-19'),
      anyDay: true,
    },
    T.match(['ogwuche'], 'reference', 'auto', ['resent-after-reversal', 'ref-serial-only']),
  );
  nipFee('2034-05-19', N(53.75));

  m.book('ash881', {
    date: '2034-05-19',
    amount: -N(675000),
    ref: '0881',
    party: 'Ashiko Suites Ltd',
    desc: 'Workshop accommodation & conference hall (Inv 0881)',
    session: 'CD',
    fund: F.mc,
    grant: 'MC-SMC-34',
  });
  m.book('ash894', {
    date: '2034-05-19',
    amount: -N(450000),
    ref: '0894',
    party: 'Ashiko Suites Ltd',
    desc: "Participants' lunch & tea breaks (Inv 0894)",
    session: 'CD',
    fund: F.mc,
    grant: 'MC-SMC-34',
  });
  m.line(
    {
      date: '2034-05-22',
      amount: -N(1125000),
      text: 'NIP/TRF TO ASHIKO SUITES/INV 881 894',
      ref: sid('2034-05-22'),
      anyDay: true,
    },
    T.match(['ash881', 'ash894'], 'reference', 'auto', ['split-one-to-many', 'ref-no-padding']),
  );
  nipFee('2034-05-22', N(53.75));

  m.line(
    {
      date: '2034-05-20',
      amount: -N(25000),
      text: 'WEB PURCHASE/MTN NG VTU/DATA BUNDLE',
      ref: 'WEB5530114',
      anyDay: true,
    },
    T.none(['unrecorded-payment']),
  );

  // two equal weekly allowances to one driver, same day, same words: either pairing is right
  m.book('dr1', {
    date: '2034-05-24',
    amount: -N(35000),
    ref: 'PV-0597',
    party: 'Ahua, Tersoo',
    desc: 'Driver allowance wk 20 – Tersoo Ahua',
    session: 'CD',
    fund: F.mc,
    grant: 'MC-SMC-34',
  });
  m.book('dr2', {
    date: '2034-05-24',
    amount: -N(35000),
    ref: 'PV-0598',
    party: 'Ahua, Tersoo',
    desc: 'Driver allowance wk 21 – Tersoo Ahua',
    session: 'CD',
    fund: F.mc,
    grant: 'MC-SMC-34',
  });
  for (let i = 0; i < 2; i++)
    m.line(
      {
        date: '2034-05-24',
        amount: -N(35000),
        text: 'INTRA TRF TO AHUA TERSOO/DRIVER ALLOWANCE',
        ref: `IT${digits(8)}`,
      },
      T.twins([['dr1'], ['dr2']], 'counterparty', ['twins', 'name-order-swapped']),
    );

  m.book('bagro', {
    date: '2034-05-25',
    amount: -N(185000),
    ref: '000452',
    party: 'Benue Agro-Allied Supplies',
    desc: 'Fortified flour samples (chq 000452)',
    session: 'CD',
    fund: F.un,
    grant: '',
  });
  m.only('bagro', 'cheque 000452 not yet presented');
  m.line(
    {
      date: '2034-05-30',
      amount: -N(185000),
      text: 'NIP/TRF TO BENUE AGRO VENTURES/ORDER 77',
      ref: sid('2034-05-30'),
      anyDay: true,
    },
    T.none(['decoy-similar-name', 'unrecorded-payment']),
  );
  nipFee('2034-05-30', N(53.75));

  m.book('sal', {
    date: '2034-05-26',
    amount: -N(4870000),
    ref: 'PR-2034-05',
    party: 'Staff (14)',
    desc: 'Net salaries May 2034 – 14 staff',
    session: 'CD',
    fund: F.un,
    grant: '',
  });
  m.line(
    { date: '2034-05-26', amount: -N(4870000), text: 'BULK TRF/ICHI MAY 2034 SALARIES/14 BENEF', ref: 'BLK-3342' },
    T.match(['sal'], 'counterparty', 'auto', ['bulk-payment', 'salaries']),
  );
  m.line(
    { date: '2034-05-26', amount: -N(14 * 53.75), text: 'BULK TRF CHARGES 14 ITEMS', ref: 'BLK-3342' },
    T.bankOnly('charge', ['bulk-fee']),
  );

  m.book('pen', {
    date: '2034-05-29',
    amount: -N(389600),
    ref: 'PV-0603',
    party: 'Crusader Sterling Pensions Ltd',
    desc: 'Pension contributions May 2034 – staff and employer',
    session: 'CD',
    fund: F.un,
    grant: '',
  });
  m.line(
    {
      date: '2034-05-29',
      amount: -N(389600),
      text: 'NIP/CRUSADERSTERLING PENS/ICHI PEN CONTR MAY',
      ref: sid('2034-05-29'),
      anyDay: true,
    },
    T.match(['pen'], 'counterparty', 'auto', ['name-joined']),
  );
  nipFee('2034-05-29', N(53.75));

  m.book('audit', {
    date: '2034-05-30',
    amount: -N(750000),
    ref: '000451',
    party: 'Okpe & Co Chartered Accountants',
    desc: 'Audit fee FY2033 (chq 000451)',
    session: 'CD',
    fund: F.un,
    grant: '',
  });
  m.only('audit', 'cheque 000451 not yet presented');

  // month-end charges: SMS alerts, maintenance fee (₦1 per mille of debits) with VAT, the electronic money transfer
  // levy on the month's twelve electronic receipts of ₦10,000 or more, credit interest
  m.line(
    { date: '2034-05-31', amount: -N(4 * 46), text: 'SMS ALERT CHARGES MAY 2034', ref: '' },
    T.bankOnly('charge', ['sms-alerts']),
  );
  const debits = m.lines.filter((l) => l.amount < 0).reduce((s, l) => s - l.amount, 0);
  const cot = Math.round(debits / 1000);
  m.line(
    { date: '2034-05-31', amount: -cot, text: 'ACCOUNT MAINTENANCE FEE MAY 2034', ref: '' },
    T.bankOnly('charge', ['maintenance-fee']),
  );
  m.line(
    { date: '2034-05-31', amount: -Math.round(cot * 0.075), text: 'VAT ON ACCOUNT MAINTENANCE FEE', ref: '' },
    T.bankOnly('fee-vat', ['vat-on-fee']),
  );
  m.line(
    { date: '2034-05-31', amount: -N(12 * 50), text: 'EMTL MAY 2034 (12 ITEMS)', ref: '' },
    T.bankOnly('levy', ['emtl']),
  );
  m.line(
    { date: '2034-05-31', amount: draw(rng, 900, 1500, 0.01), text: 'CREDIT INTEREST MAY 2034', ref: '' },
    T.bankOnly('interest', ['interest']),
  );

  const bankFile = 'abmfb-4417-may2034.xlsx';
  const ledgerFile = 'mip-transaction-detail-10110-may2034.csv';
  const opening = N(6850000);
  return {
    set: 'ng-abmfb-mip',
    country: 'NG',
    currency: 'NGN',
    timezone: 'Africa/Lagos',
    period: { from: '2034-05-01', to: '2034-05-31' },
    publicHolidays: ['2034-05-01'],
    business:
      'a community health NGO in Makurdi, Benue State (donor sub-grants and reimbursements, community health volunteers paid to MoMo PSB wallets, a resource centre selling ORS/zinc kits and hiring out its hall, outreach vehicles, IEC materials, workshops)',
    month: m,
    openingBalance: opening,
    bookOpening: opening,
    notes: [
      'Bank: AB Microfinance Bank Nigeria Ltd, current account of the NGO (Wuse II, Abuja branch); XLSX as the internet banking exports it, a title block with account details above the header row, oldest first, NIP session ids in Reference.',
      'Books: Abila MIP Fund Accounting, Reports → Transaction Detail By Account for 10110 Cash – AB MFB Operating, exported to CSV; MIP is a US package, so effective dates are month first (readOptions.dateOrder MDY).',
      'Player is MIP’s name for a vendor, customer or employee: read as the party.',
      'EMTL is charged once for the month here (12 items); the maintenance fee is ₦1 per mille of the month’s debits plus 7.5 % VAT.',
    ],
    bankFile: {
      file: bankFile,
      bank: 'AB Microfinance Bank Nigeria Ltd',
      layout:
        'XLSX, sheet Statement: title block, then Trans. Date, Value Date, Reference, Narration, Debit, Credit, Balance; Closing Balance row',
      order: 'oldest-first',
      ledgerAccount: '10110',
      readOptions: {},
      write: (lines, open) => {
        const rows = [
          ['AB MICROFINANCE BANK NIGERIA LIMITED'],
          ['STATEMENT OF ACCOUNT'],
          ['Account Name', 'IHYAREV COMMUNITY HEALTH INITIATIVE'],
          ['Account Number', '10*****4417'],
          ['Currency', 'NGN'],
          ['Period', '01-May-2034 to 31-May-2034'],
          ['Opening Balance', open / 100],
          [],
          ['Trans. Date', 'Value Date', 'Reference', 'Narration', 'Debit', 'Credit', 'Balance'],
        ];
        const headerRow = rows.length;
        const rowOf = new Map();
        for (const l of lines) {
          rows.push([
            dMonY(l.date),
            dMonY(l.date),
            l.ref,
            l.text,
            l.amount < 0 ? -l.amount / 100 : '',
            l.amount > 0 ? l.amount / 100 : '',
            l.balance / 100,
          ]);
          rowOf.set(l.key, rows.length);
        }
        rows.push(['', '', '', 'Closing Balance', '', '', lines.at(-1).balance / 100]);
        return { data: xlsxBuffer(rows, 'Statement'), rowOf, headerRow };
      },
    },
    ledgerFile: {
      file: ledgerFile,
      package:
        'Abila MIP Fund Accounting (Reports → Transaction Detail By Account, 10110 Cash – AB MFB Operating, exported to CSV)',
      layout:
        'CSV: four title lines, header row, a Beginning Balance row, entries with Session ID and Player, Total and Ending Balance rows',
      hasParty: true,
      readOptions: {
        dateOrder: 'MDY',
        mapping: {
          date: 'Effective Date',
          reference: 'Doc Num',
          description: ['Transaction Description'],
          party: 'Player',
          account: 'Account Code',
          moneyIn: 'Debit',
          moneyOut: 'Credit',
        },
      },
      write: (books, open) => {
        const rows = [
          ['Ihyarev Community Health Initiative'],
          ['Transaction Detail By Account'],
          ['Effective Dates: 05/01/2034 Through 05/31/2034'],
          ['Account Code: 10110 - Cash - AB MFB Operating (NGN)'],
          [
            'Account Code',
            'Session ID',
            'Doc Num',
            'Effective Date',
            'Src',
            'Player',
            'Transaction Description',
            'Fund',
            'Grant',
            'Debit',
            'Credit',
            'Running Balance',
          ],
        ];
        const headerRow = rows.length;
        rows.push(['10110', '', '', '', '', '', 'Beginning Balance', '', '', '', '', money(open)]);
        const rowOf = new Map();
        let bal = open;
        let dr = 0;
        let cr = 0;
        const sessions = { CR: 0, CD: 0 };
        for (const b of books) {
          bal += b.amount;
          if (b.amount > 0) dr += b.amount;
          else cr -= b.amount;
          sessions[b.session]++;
          const session = `${b.session}-05${pad(sessions[b.session] + (b.session === 'CR' ? 10 : 40))}`;
          rows.push([
            '10110',
            session,
            b.ref,
            mdy(b.date),
            b.session,
            b.party,
            b.desc,
            b.fund,
            b.grant,
            b.amount > 0 ? money(b.amount) : '',
            b.amount < 0 ? money(-b.amount) : '',
            money(bal),
          ]);
          rowOf.set(b.key, rows.length);
        }
        rows.push(['', '', '', '', '', '', 'Total 10110 - Account Activity', '', '', money(dr), money(cr), '']);
        rows.push(['', '', '', '', '', '', 'Ending Balance', '', '', '', '', money(bal)]);
        return { data: csvText(rows), rowOf, headerRow };
      },
    },
  };
}
