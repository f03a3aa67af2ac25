// Kenya, July 2025: a Mlolongo hardware wholesaler's Equity Bank current account (CSV export) and its M-PESA
// paybill (organisation portal statement, documented preset), against a QuickBooks Online "General Ledger"
// report (documented preset) holding both bank accounts as sections.
import { mkSet, finish, dmy, grouped, isoAdd, pad } from './lib-holdout17.mjs';
import { stdReceipts, stdPayments } from './cases-holdout17.mjs';

const BF = 'equity-0180294713562-jul2025.csv';
const MF = 'mpesa-5203117-jul2025.csv';
const LF = 'quickbooks-general-ledger-jul2025.csv';
const EQ = 'Equity Bank 0180294713562';
const MP = 'M-PESA Paybill 5203117';
const CO = 'MLOLONGO HARDWARE & STEEL LTD';
const BANKS = ['KCB', 'COOP', 'NCBA', 'ABSA', 'STANBIC', 'I&M', 'DTB', 'FAMILY', 'SIDIAN'];

const customers = [
  { book: 'Jane Wanjiru Hardware', bank: 'JANE WANJIRU HARDWARE' },
  { book: 'Basco Construction Ltd', bank: 'BASCO CONSTRUCTION LIMITED' },
  { book: 'Kitengela Building Centre', bank: 'KITENGELA BUILDING CENTRE' },
  { book: 'Mavoko Water & Sanitation Co', bank: 'MAVOKO WATER & SANITATION', far: 'MAVWASCO', farTraits: ['acronym'] },
  { book: 'Athi River Steel Fabricators Ltd', bank: 'ATHI RIVER STEEL FABRICATORS' },
  { book: 'Machakos County Government', bank: 'COUNTY GOVT OF MACHAKOS' },
  { book: 'Kamau & Sons Builders', bank: 'KAMAU & SONS BUILDERS' },
  { book: 'Syokimau Homes Ltd', bank: 'SYOKIMAU HOMES LTD' },
  { book: 'Ruiru Timber Yard', bank: 'RUIRU TIMBER YARD' },
  { book: 'Thika Road Plumbing Supplies', bank: 'THIKA RD PLUMBING SUPPLIES' },
  { book: 'Nyayo Estates Management Co', bank: 'NYAYO ESTATES MGT CO' },
  { book: 'Embakasi Roofing Contractors', bank: 'EMBAKASI ROOFING CONTRACTORS' },
  {
    book: 'Kajiado Agrovet & Hardware',
    bank: 'KAJIADO AGROVET & HARDWARE',
    far: 'OLE SANKALE JOSEPH',
    farTraits: ['owner-account'],
  },
  { book: 'Tatu City Developers Ltd', bank: 'TATU CITY DEVELOPERS LTD' },
  { book: 'Konza Electrical Works', bank: 'KONZA ELECTRICAL WORKS' },
  { book: 'Muthoni Otieno Interiors', bank: 'MUTHONI OTIENO INTERIORS' },
  { book: 'Lukenya Quarry Ltd', bank: 'LUKENYA QUARRY LTD', role: 'twin', memo: 'PAYMENT' },
  { book: 'Mwangi Builders', bank: 'MWANGI BUILDERS', role: 'tie', tieBank: 'MWANGI' },
  { book: 'Mwangi Kariuki Contractors', bank: 'MWANGI KARIUKI CONTRACTORS', role: 'tie' },
];
const sbill = (pre, lo, hi) => (S) => `${pre}${S.int(lo, hi)}`;
const suppliers = [
  { book: 'Devki Steel Mills Ltd', bank: 'DEVKI STEEL MILLS LTD', bill: sbill('DSM/INV/', 55100, 55999) },
  { book: 'Bamburi Cement Distributors', bank: 'BAMBURI CEMENT DISTRIBUTORS', bill: sbill('BCD', 9100, 9299) },
  { book: 'Crown Paints Kenya Agency', bank: 'CROWN PAINTS AGENCY', bill: sbill('CPK-', 31000, 31999) },
  { book: 'Kenya Wire Products Ltd', bank: 'KENYA WIRE PRODUCTS LTD', bill: sbill('KWP', 7000, 7999) },
  { book: 'Mombasa Road Transporters', bank: 'MOMBASA RD TRANSPORTERS', bill: sbill('MRT/', 400, 499) },
  { book: 'Roofmart Wholesale Ltd', bank: 'ROOFMART WHOLESALE LTD', bill: sbill('RW-', 12000, 12999) },
  { book: 'Nairobi Fasteners Ltd', bank: 'NAIROBI FASTENERS LTD', bill: sbill('NF', 3300, 3399) },
  { book: 'Safe Hands Security Services', bank: 'SAFE HANDS SECURITY', bill: sbill('SHS-', 800, 899) },
  { book: 'Kapa Oil Lubricants Distributors', bank: 'KAPA LUBRICANTS', bill: sbill('KLD', 600, 699) },
  {
    book: 'Simba Hardware Importers Ltd',
    bank: 'SHI LTD',
    far: 'SHI LTD',
    bill: sbill('SHI-', 2000, 2099),
    role: 'far',
  },
];

export function buildKE(seed) {
  const S = mkSet({
    id: 'ke-equity-mpesa-qbo',
    country: 'KE',
    currency: 'KES',
    timezone: 'Africa/Nairobi',
    year: 2025,
    month: 7,
    seed,
  });
  let invNo = 1180;
  const eqRef = () => `FT25${S.int(182, 212)}${S.alnum(6)}`;
  const pesalinkFee = (amt) => (amt <= 10000000 ? 4500 : 9000);
  const excise = (fee) => Math.round((fee * 20) / 100);
  const withExcise = (l, text, fee) => {
    S.fee(l, text, fee, 'charge');
    S.fee(l, 'EXCISE DUTY', excise(fee), 'tax');
  };
  const mpCode = () => `TG${S.alnum(8)}`;

  const k = {
    customers,
    suppliers,
    rLo: 8000,
    rHi: 650000,
    aLo: 5000,
    aHi: 60000,
    pLo: 6000,
    pHi: 480000,
    overRound: 100000,
    inv: () => {
      invNo += S.int(1, 3);
      return { serial: invNo, ref: String(invNo) };
    },
    // QuickBooks numbers its invoices 1187, so every writing carries only the serial.
    refStyles: [
      (v) => ['ref-prefixed', `INV ${v.serial}`],
      (v) => ['ref-hash', `inv#${v.serial}`],
      (v) => ['ref-bare-number', `${v.serial}`],
      (v) => ['ref-words', `INVOICE NO ${v.serial}`],
      (v) => ['ref-prefixed', `INV-${v.serial}`],
      (v) => ['ref-joined', `Inv${v.serial}`],
    ],
    billStyles: [
      (b) => ['bill-canonical', b],
      (b) => ['bill-canonical', `PMT ${b}`],
      (b) => ['bill-no-separators', b.replace(/[^A-Z0-9]/gi, '')],
      (b) => ['bill-lowercase', `inv ${b.toLowerCase()}`],
    ],
    memoRef: (t) => S.pick([t, `PAYMENT ${t}`, `PYMT OF ${t}`, `${t} MATERIALS`]),
    memoPlain: () => S.pick(['PAYMENT', 'MATERIALS', 'HARDWARE', 'STEEL', 'SUPPLIES']),
    memoPart: (t) => S.pick([`PART PAYMENT ${t}`, `DEPOSIT ${t}`, `PART PMT ${t}`]),
    memoBal: (t) => S.pick([`BALANCE ${t}`, `BAL ${t}`]),
    memoWht: (t, w) => `${t} ${w}`,
    memoMulti: (vs) => `INV ${vs[0].serial} ${vs[1].serial} ${vs[2].serial}`,
    memoPay: () => S.pick(['PAYMENT', 'SUPPLIER PAYMENT', 'ACCOUNT SETTLEMENT', '']),
    wht: [
      (full) => ['short-withholding-vat-2pct', Math.round((full * 2) / 116), 'LESS WHVAT'],
      (full) => ['short-withholding-tax-0.5pct', Math.round((full * 0.5) / 116), 'LESS 0.5% WHT'],
    ],
    inLine: (S2, { date, amt, payer, memo, plain }) => {
      const r = plain ? 0.5 : S.rand();
      let text;
      if (r < 0.2 && amt >= 100000000) text = `RTGS-CR/${S.pick(BANKS)}/${payer}/${memo}`;
      else if (r < 0.35) text = `EFT-CR/${S.pick(BANKS)}/${payer}/${memo}`;
      else if (r < 0.45) text = `EAZZYBIZ TRF FROM ${payer} ${memo}`;
      else text = `PESALINK-CR/${plain ? 'KCB' : S.pick(BANKS)}/${payer}/${memo}`;
      return S.B({ file: BF, date, amount: amt, text: text.trim(), reference: plain ? null : eqRef() });
    },
    anonLine: (S2, { date, amt, i }) => {
      const texts = ['CASH DEPOSIT-KITENGELA BRANCH', 'CDM DEPOSIT MLOLONGO AGENCY', 'CASH DEP BY PETER'];
      return S.B({ file: BF, date, amount: amt, text: texts[i % texts.length], reference: eqRef() });
    },
    outLine: (S2, { date, amt, payee, memo, failed }) => {
      const rtgs = amt > 99999900;
      const intra = !failed && !rtgs && S.chance(0.15);
      const text = (
        rtgs ? `RTGS/${payee}/${memo}` : intra ? `EAZZYBIZ TRF TO ${payee} ${memo}` : `PESALINK-DR/${payee}/${memo}`
      )
        .replace(/\/$/, '')
        .trim();
      const l = S.B({ file: BF, date, amount: -amt, text, reference: eqRef() });
      if (rtgs) withExcise(l, 'RTGS CHARGES', 50000);
      else if (!intra) withExcise(l, 'PESALINK CHARGE', pesalinkFee(amt));
      return l;
    },
    reversalLine: (S2, l1, date) =>
      S.B({
        file: BF,
        date,
        amount: -l1.amount,
        text: `PESALINK REVERSAL ${l1.text.replace('PESALINK-DR/', '')}`,
        reference: l1.reference,
      }),
    ledIn: (S2, { date, amt, cust, inv }) => {
      const r = S.rand();
      return S.L({
        file: LF,
        account: EQ,
        date,
        amount: amt,
        type: 'Payment',
        ref: r < 0.7 ? inv.ref : '',
        party: cust.book,
        desc: r < 0.7 ? '' : `Inv ${inv.ref}`,
        split: 'Accounts Receivable (A/R)',
      });
    },
    ledOut: (S2, { date, amt, sup, bill }) =>
      S.L({
        file: LF,
        account: EQ,
        date,
        amount: -amt,
        type: 'Bill Payment',
        ref: bill,
        party: sup.book,
        desc: '',
        split: 'Accounts Payable (A/P)',
      }),
  };

  stdReceipts(S, k, {
    ref: 13,
    name: 3,
    far: 2,
    anon: 3,
    part: 2,
    wht: 2,
    over: 1,
    multi: 1,
    two: 1,
    twins: 1,
    tie: 1,
  });
  stdPayments(S, k, { bill: 9, plain: 3, far: 1, failed: 1 });

  const L = (f) => S.L({ file: LF, account: EQ, split: '', desc: '', party: '', ref: '', ...f });
  const C = (lines, ledger, decision, evidence, traits, extra = {}) =>
    S.C({ lines, ledger, decision, evidence, traits, ...extra });

  // ---------------------------------------------------------------- M-PESA paybill
  const custs = customers.filter((c) => !c.role);
  const phone = () => `2547${S.int(0, 2)}${S.digits(1)}***${S.digits(3)}`;
  const payers = [
    'JOHN KAMAU',
    'GRACE AKINYI',
    'PETER MUTUA',
    'MERCY CHEBET',
    'DAVID OCHIENG',
    'FAITH NJERI',
    'SAMUEL KIPROTICH',
    'ESTHER WAMBUI',
    'JAMES MWANZIA',
    'LUCY ATIENO',
    'BRIAN KIBET',
    'ANN MUTHONI',
    'KEVIN OMONDI',
    'JOYCE NDUTA',
    'PAUL NJOROGE',
    'MARY WANJIKU',
    'TOM OTIENO',
  ];
  const mpCharge = (amt) => Math.min(20000, Math.max(1000, Math.round((amt * 55) / 10000 / 100) * 100));
  const mpIn = (date, amt, payer, acNo, extra = {}) => {
    const ph = phone();
    const code = mpCode();
    const l = S.B({
      file: MF,
      date,
      amount: amt,
      text: `Pay Bill Online from ${ph} - ${payer} Acc. ${acNo}`,
      reference: acNo,
      cp: { name: payer, account: ph },
      mp: { code, party: `${ph} - ${payer}`, reason: 'Pay Bill Online', acNo },
      ...extra,
    });
    if (!extra.noCharge)
      S.fee(l, 'Pay Bill Charge', mpCharge(amt), 'charge', {
        mp: { code: mpCode(), party: '', reason: 'Pay Bill Charge', linked: code, acNo: '' },
      });
    return l;
  };
  const mpLed = (date, amt, cust, num, memo) =>
    S.L({
      file: LF,
      account: MP,
      date,
      amount: amt,
      type: 'Payment',
      ref: num,
      party: cust.book,
      desc: memo,
      split: 'Accounts Receivable (A/R)',
    });
  {
    const acWritings = [
      (v) => ['ref-prefixed', `INV${v.serial}`],
      (v) => ['ref-bare-number', `${v.serial}`],
      (v) => ['ref-lowercase', `inv ${v.serial}`],
      (v) => ['ref-hash', `#${v.serial}`],
    ];
    for (let i = 0; i < 10; i++) {
      const c = custs[(i * 5) % custs.length];
      const v = k.inv();
      const d = S.day(S.int(1, 30));
      const amt = S.amount(1500, 85000, 0);
      const [trait, ac] = acWritings[i % acWritings.length](v);
      const l = mpIn(d, amt, payers[i], ac);
      // The bookkeeper enters the M-PESA code as the payment's number and the invoice in the memo, or the reverse.
      const e =
        i % 3 === 2 ? mpLed(d, amt, c, v.ref, `M-Pesa ${l.mp.code}`) : mpLed(d, amt, c, l.mp.code, `Inv ${v.ref}`);
      C([l], [e], 'auto', 'reference', ['mpesa-paybill', 'account-number-as-typed', trait]);
    }
    // Payer typed a name or phone instead of the invoice: the books hold the M-PESA code (not in the
    // narration) and the customer — a person links them from the code; the amount is unique.
    for (let i = 0; i < 3; i++) {
      const c = custs[(i * 7 + 3) % custs.length];
      const d = S.day(S.int(2, 29));
      const amt = S.amount(2000, 60000, 0);
      const ac = [c.bank.split(' ').slice(0, 2).join(' ').toLowerCase(), `07${S.digits(8)}`, c.bank.split(' ')[0]][i];
      const l = mpIn(d, amt, payers[10 + i], ac);
      const e = mpLed(d, amt, c, l.mp.code, '');
      C([l], [e], 'auto', 'counterparty', ['mpesa-paybill', 'account-number-not-invoice', 'mpesa-code-in-books']);
    }
    // A payment Safaricom reversed to the payer (sent to the wrong paybill), never booked.
    {
      const d = S.day(S.int(8, 20));
      const amt = S.amount(3000, 20000, 0);
      const l1 = mpIn(d, amt, payers[13], 'KPLC TOKEN', { noCharge: true });
      const l2 = S.B({
        file: MF,
        date: d,
        amount: -amt,
        text: `Reversal of Transaction ${l1.mp.code}`,
        order: l1.order + 0.00001,
        mp: { code: mpCode(), party: l1.mp.party, reason: 'Reversal', linked: l1.mp.code, acNo: '' },
        cp: l1.cp,
      });
      C([l1, l2], undefined, 'reversal-pair', null, ['mpesa-reversal', 'wrong-paybill']);
    }
    // A receipt from someone the books do not know.
    {
      const d = S.day(S.int(10, 25));
      const l = mpIn(d, S.amount(500, 4000, 0), payers[14], `07${S.digits(8)}`);
      C([l], [], 'none', null, ['mpesa-paybill', 'unrecorded-receipt', 'unknown-payer']);
    }
    // Sweeps from the paybill to Equity: a transfer in both sections of the books.
    [7, 14, 21, 28].forEach((day) => {
      const d = S.day(day);
      const amt = S.amount(60000, 200000, 0);
      const code = mpCode();
      const lm = S.B({
        file: MF,
        date: d,
        amount: -amt,
        text: 'Business Pay Bill to Bank - EQUITY BANK 0180294713562',
        order: 0.99,
        cp: { name: 'EQUITY BANK KENYA LTD', account: '247247' },
        mp: {
          code,
          party: '247247 - EQUITY BANK KENYA LTD',
          reason: 'Business Pay Bill to Bank',
          acNo: '0180294713562',
        },
        reference: '0180294713562',
      });
      S.fee(lm, 'Business Pay Bill to Bank Charge', 3300, 'charge', {
        mp: { code: mpCode(), party: '', reason: 'Withdrawal Charge', linked: code, acNo: '' },
      });
      const le = S.B({
        file: BF,
        date: isoAdd(d, dayOfWeekShift(d)),
        amount: amt,
        text: `MPESA C2B SETTLEMENT 5203117 ${code}`,
        reference: eqRef(),
      });
      const em = S.L({
        file: LF,
        account: MP,
        date: d,
        amount: -amt,
        type: 'Transfer',
        ref: '',
        party: '',
        desc: `Sweep to Equity ${code}`,
        split: EQ,
      });
      const ee = S.L({
        file: LF,
        account: EQ,
        date: d,
        amount: amt,
        type: 'Transfer',
        ref: '',
        party: '',
        desc: `Sweep from M-Pesa ${code}`,
        split: MP,
      });
      C([lm], [em], 'auto', 'counterparty', ['own-account-transfer', 'mpesa-sweep']);
      C([le], [ee], 'auto', 'reference', ['own-account-transfer', 'mpesa-sweep', 'mpesa-code']);
    });
    S.only(
      mpLed(S.day(31), S.amount(3000, 15000, 0), custs[4], '', 'Customer says paid by M-Pesa 31/07'),
      "receipt booked on the customer's word; not on the paybill statement",
    );
  }

  // ---------------------------------------------------------------- Equity extras
  // Card acquiring and gateway settlements.
  {
    const d = S.biz(8);
    const gross = S.amount(60000, 240000);
    const fee = Math.round((gross * 35) / 1000);
    const ref = `PSP${S.digits(9)}`;
    const l = S.B({ file: BF, date: d, amount: gross - fee, text: `PESAPAL SETTLEMENT ${ref}`, reference: eqRef() });
    const e = L({
      date: isoAdd(d, -1),
      amount: gross,
      type: 'Deposit',
      ref,
      party: 'Pesapal',
      desc: 'Online card sales 04-07 Jul',
      split: 'Sales',
    });
    C([l], [e], 'auto', 'reference', ['gateway-settlement', 'short-net-of-fee']);
  }
  {
    const d = S.biz(16);
    const gross = S.amount(80000, 300000);
    const fee = Math.round((gross * 175) / 10000);
    S.claim(fee);
    const l = S.B({
      file: BF,
      date: d,
      amount: gross - fee,
      text: `MERCHANT SETTLEMENT MID 004511230 BATCH 000217`,
      reference: eqRef(),
    });
    const e1 = L({
      date: isoAdd(d, -1),
      amount: gross,
      type: 'Deposit',
      ref: 'BATCH 000217',
      party: 'Equity Card Acquiring',
      desc: 'Showroom card sales',
      split: 'Sales',
    });
    const e2 = L({
      date: isoAdd(d, -1),
      amount: -fee,
      type: 'Expense',
      ref: 'BATCH 000217',
      party: 'Equity Card Acquiring',
      desc: 'Merchant discount 1.75%',
      split: 'Bank Charges',
    });
    C([l], [e1, e2], 'auto', 'reference', ['pos-settlement', 'fee-booked-separately', 'split-one-to-many']);
  }
  {
    const d = S.biz(24);
    const gross = S.amount(50000, 200000);
    const fee = Math.round((gross * 175) / 10000);
    const l = S.B({
      file: BF,
      date: d,
      amount: gross - fee,
      text: 'MERCHANT SETTLEMENT MID 004511230',
      reference: eqRef(),
    });
    const e = L({
      date: isoAdd(d, -2),
      amount: gross,
      type: 'Deposit',
      ref: '',
      party: 'Equity Card Acquiring',
      desc: 'Card sales weekend 19-21 Jul',
      split: 'Sales',
    });
    C([l], [e], 'suggest', 'counterparty', ['pos-settlement', 'short-net-of-fee', 'no-batch-number']);
  }

  // Cheques.
  {
    const d = S.biz(10);
    const amt = S.amount(20000, 150000);
    const l = S.B({ file: BF, date: d, amount: -amt, text: 'CHQ NO 000813 CLEARED', reference: '000813' });
    const e = L({
      date: isoAdd(d, -5),
      amount: -amt,
      type: 'Cheque',
      ref: '813',
      party: 'Nairobi Fasteners Ltd',
      desc: 'Cheque payment',
      split: 'Accounts Payable (A/P)',
    });
    C([l], [e], 'auto', 'reference', ['cheque-number', 'ref-no-padding']);
    const d2 = S.biz(15);
    const amt2 = S.amount(40000, 300000);
    const l2 = S.B({
      file: BF,
      date: S.biz(17),
      amount: amt2,
      text: 'CHQ DEP 003412 NCBA CLEARED',
      reference: '003412',
    });
    const e2 = L({
      date: d2,
      amount: amt2,
      type: 'Payment',
      ref: 'CHQ 003412',
      party: 'Syokimau Homes Ltd',
      desc: '',
      split: 'Accounts Receivable (A/R)',
    });
    C([l2], [e2], 'auto', 'reference', ['cheque-number', 'cheque-deposit']);
    S.only(
      L({
        date: S.day(29),
        amount: -S.amount(15000, 90000),
        type: 'Cheque',
        ref: '000816',
        party: 'Mombasa Road Transporters',
        desc: 'Transport June-July',
        split: 'Accounts Payable (A/P)',
      }),
      'cheque 000816 not yet presented',
    );
  }

  // Payroll.
  {
    const d = S.biz(28);
    const amt = S.amount(900000, 1500000);
    const l = S.B({
      file: BF,
      date: d,
      amount: -amt,
      text: 'EAZZYBIZ BULK PAYMENT - SALARIES JUL 2025',
      reference: eqRef(),
    });
    withExcise(l, 'BULK PAYMENT CHARGES', 27 * 3000);
    const e = L({
      date: d,
      amount: -amt,
      type: 'Journal Entry',
      ref: 'PR-07-25',
      desc: 'Net pay July 2025',
      split: 'Payroll Liabilities:Net Pay',
    });
    C([l], [e], 'auto', 'counterparty', ['payroll', 'bulk-payment']);
    const amt2 = S.amount(8000, 25000, 0);
    const l2 = S.B({
      file: BF,
      date: S.biz(25),
      amount: -amt2,
      text: 'EAZZYBIZ B2C 2547***5521 JOSEPH MUTUA CASUAL WAGES',
      reference: eqRef(),
    });
    withExcise(l2, 'B2C TRANSFER CHARGE', 5500);
    const e2 = L({
      date: S.biz(25),
      amount: -amt2,
      type: 'Expense',
      party: 'Joseph Mutua',
      desc: 'Casual wages - offloading',
      split: 'Casual Labour',
    });
    C([l2], [e2], 'auto', 'counterparty', ['payroll', 'mobile-wallet']);
  }

  // Statutory remittances for June.
  {
    const prn = () => `2025070${S.digits(9)}`;
    [
      ['PAYE JUN 2025', 'Kenya Revenue Authority', 'PAYE June 2025', 9, [180000, 320000], 'Payroll Liabilities:PAYE'],
      [
        'AHL JUN 2025',
        'Kenya Revenue Authority',
        'Affordable Housing Levy June 2025',
        9,
        [30000, 50000],
        'Payroll Liabilities:Housing Levy',
      ],
      ['VAT JUN 2025', 'Kenya Revenue Authority', 'VAT June 2025', 18, [350000, 700000], 'VAT Control'],
    ].forEach(([memo, party, desc, day, [lo, hi], split], i) => {
      const p = prn();
      const amt = S.amount(lo, hi);
      const l = S.B({
        file: BF,
        date: S.biz(day),
        amount: -amt,
        text: `KRA TAX PAYMENT PRN ${p} ${memo}`,
        reference: eqRef(),
      });
      const e = L({
        date: S.biz(day),
        amount: -amt,
        type: 'Expense',
        ref: i === 1 ? `PRN${p}` : p,
        party,
        desc,
        split,
      });
      C([l], [e], 'auto', 'reference', ['statutory', 'kra-prn', i === 1 ? 'ref-joined' : 'ref-canonical']);
    });
    const sh = S.amount(25000, 45000);
    const l1 = S.B({
      file: BF,
      date: S.biz(8),
      amount: -sh,
      text: 'EAZZYBIZ PAYBILL 200222 SOCIAL HEALTH AUTHORITY EMP E0412873 JUN25',
      reference: eqRef(),
    });
    const e1 = L({
      date: S.biz(8),
      amount: -sh,
      type: 'Expense',
      party: 'Social Health Authority',
      desc: 'SHIF June 2025',
      split: 'Payroll Liabilities:SHIF',
    });
    C([l1], [e1], 'auto', 'counterparty', ['statutory', 'shif']);
    const ns = S.amount(20000, 40000);
    const l2 = S.B({
      file: BF,
      date: S.biz(14),
      amount: -ns,
      text: 'NSSF CONTRIBUTIONS JUN 2025 ER 2051873',
      reference: eqRef(),
    });
    const e2 = L({
      date: S.biz(14),
      amount: -ns,
      type: 'Expense',
      party: 'NSSF',
      desc: 'NSSF Tier I & II June 2025',
      split: 'Payroll Liabilities:NSSF',
    });
    C([l2], [e2], 'auto', 'counterparty', ['statutory', 'nssf']);
  }

  // Own-account transfer out (the M-PESA sweeps are the transfers in).
  {
    const amt = S.amount(200000, 600000, 0);
    const l = k.outLine(S, { date: S.biz(3), amt, payee: CO, memo: 'TO KCB IMPORTS A/C' });
    const e = L({
      date: S.biz(3),
      amount: -amt,
      type: 'Transfer',
      desc: 'Funding KCB imports account',
      split: 'KCB Bank 1290381',
    });
    C([l], [e], 'auto', 'counterparty', ['own-account-transfer']);
  }

  // Genuine lines the books lack.
  {
    const l1 = k.inLine(S, {
      date: S.biz(12),
      amt: S.amount(3000, 9000),
      payer: 'HASSAN ABDI',
      memo: 'PAYMENT',
      plain: true,
    });
    C([l1], [], 'none', null, ['unrecorded-receipt', 'unknown-payer']);
    const l2 = S.B({
      file: BF,
      date: S.biz(19),
      amount: -S.amount(2500, 9000),
      text: 'POS PURCHASE TOTALENERGIES MLOLONGO KE',
      reference: eqRef(),
    });
    C([l2], [], 'none', null, ['unrecorded-card-spend']);
    const l3 = S.B({
      file: BF,
      date: S.biz(6),
      amount: -S.amount(4000, 12000, 0),
      text: 'STANDING ORDER SAFARICOM POSTPAID 0722***118',
      reference: eqRef(),
    });
    C([l3], [], 'none', null, ['unrecorded-standing-order']);
  }

  // Books without a bank line.
  S.only(
    L({
      date: S.monthEnd(),
      amount: S.amount(40000, 160000),
      type: 'Payment',
      ref: k.inv().ref,
      party: 'Tatu City Developers Ltd',
      desc: 'Cheque banked 31/07',
      split: 'Accounts Receivable (A/R)',
    }),
    'cheque banked on the last day, credited in August',
  );
  S.only(
    L({
      date: S.day(30),
      amount: -S.amount(30000, 120000),
      type: 'Bill Payment',
      ref: 'CPK-31877',
      party: 'Crown Paints Kenya Agency',
      desc: '',
      split: 'Accounts Payable (A/P)',
    }),
    'payment entered on 30 Jul, released by the bank in August',
  );

  // Month-end.
  {
    const anchor = { file: BF, date: S.monthEnd(), order: 0.999, reference: null };
    withExcise(anchor, 'LEDGER FEE JUL 2025', 30000);
    withExcise(anchor, 'SMS ALERT CHARGES JUL 2025', 15000);
  }

  const opening = 384512050;
  const mpOpening = 4318000;
  return finish(S, {
    notes: [
      'Equity Bank export: header "Transaction Date, Value Date, Narrative, Reference No, Debit, Credit, Balance" is not a documented preset, so readOptions gives the mapping and currency KES.',
      'M-PESA organisation statement (paybill 5203117) in the documented ke-mpesa-organisation-statement preset, newest first as the portal writes it; its ledger account is the QuickBooks section "M-PESA Paybill 5203117".',
      'QuickBooks Online General Ledger in the documented preset: both bank accounts are sections of one file; each reconcile JSON holds its own section only.',
      'The paybill sweeps to Equity are one QuickBooks Transfer appearing in both sections: each side is matched in its own document.',
      'Excise duty (20 %) on each bank fee is its own line (kind tax); M-PESA Pay Bill charges are their own rows (kind charge).',
    ],
    bankFiles: [
      {
        file: BF,
        bank: 'Equity Bank Kenya',
        ledgerAccount: EQ,
        opening,
        readOptions: {
          mapping: {
            date: 'Transaction Date',
            valueDate: 'Value Date',
            description: 'Narrative',
            reference: 'Reference No',
            moneyOut: 'Debit',
            moneyIn: 'Credit',
            balance: 'Balance',
          },
          currency: 'KES',
          dateOrder: 'DMY',
        },
        write: (lines, bf) => {
          const rows = [
            ['EQUITY BANK (KENYA) LIMITED'],
            ['STATEMENT OF ACCOUNT'],
            ['Account Name:', CO],
            ['Account Number:', '0180294713562'],
            ['Currency:', 'KES'],
            ['Period:', '01/07/2025 - 31/07/2025'],
            [],
            ['Transaction Date', 'Value Date', 'Narrative', 'Reference No', 'Debit', 'Credit', 'Balance'],
            ['', '', 'Opening Balance', '', '', '', grouped(bf.opening)],
          ];
          const headerRow = 8;
          for (const l of lines) {
            rows.push([
              dmy(l.date),
              dmy(l.date),
              l.text,
              l.reference ?? '',
              l.amount < 0 ? grouped(-l.amount) : '',
              l.amount > 0 ? grouped(l.amount) : '',
              grouped(l.balance),
            ]);
            l.row = rows.length;
          }
          rows.push(['', '', 'Closing Balance', '', '', '', grouped(bf.closing)]);
          return { rows, headerRow, nonEntryRows: [] };
        },
      },
      {
        file: MF,
        bank: 'Safaricom M-PESA (paybill 5203117)',
        ledgerAccount: MP,
        opening: mpOpening,
        newestFirst: true,
        readOptions: {},
        write: (lines) => {
          // Completion times rise through each day in posting order; a charge follows its receipt by seconds.
          let lastDay = '';
          let t = 0;
          for (const l of lines) {
            if (l.date !== lastDay) {
              lastDay = l.date;
              t = 7 * 3600 + S.int(0, 3600);
            }
            t += l.channel === 'fee' ? S.int(1, 4) : S.int(300, 2400);
            l.time = `${l.date} ${pad(Math.floor(t / 3600))}:${pad(Math.floor(t / 60) % 60)}:${pad(t % 60)}`;
            l.itime =
              l.channel === 'fee'
                ? l.time
                : `${l.date} ${pad(Math.floor((t - 7) / 3600))}:${pad(Math.floor((t - 7) / 60) % 60)}:${pad((t - 7) % 60)}`;
          }
          const rows = [
            ['Account Holder:', CO],
            ['Short Code:', '5203117'],
            ['Account Type:', 'Utility Account'],
            ['Time Period:', '01-07-2025 00:00:00 to 31-07-2025 23:59:59'],
            [],
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
          ];
          const headerRow = rows.length;
          for (const l of [...lines].reverse()) {
            rows.push([
              l.mp.code,
              l.time,
              l.itime,
              l.text,
              'Completed',
              l.amount > 0 ? grouped(l.amount) : '',
              l.amount < 0 ? grouped(l.amount) : '',
              grouped(l.balance),
              'true',
              l.mp.reason,
              l.mp.party,
              l.mp.linked ?? '',
              l.mp.acNo ?? '',
            ]);
            l.row = rows.length;
          }
          return { rows, headerRow, nonEntryRows: [] };
        },
      },
    ],
    ledgerFiles: [
      {
        file: LF,
        package: 'QuickBooks Online',
        layout: 'quickbooks-general-ledger (documented preset)',
        readOptions: { currency: 'KES', dateOrder: 'DMY' },
        accounts: [
          { key: EQ, opening: opening - 6150000 }, // cheque 000807 of June still unpresented all July
          { key: MP, opening: mpOpening },
        ],
        partyColumn: true,
        accountLabel: (key) => key,
        write: (by, lf) => {
          const rows = [
            ['Mlolongo Hardware & Steel Ltd'],
            ['General Ledger'],
            ['July 2025'],
            [],
            ['Date', 'Transaction Type', 'Num', 'Name', 'Memo/Description', 'Split', 'Amount', 'Balance'],
          ];
          const headerRow = rows.length;
          let total = 0;
          for (const a of lf.accounts) {
            rows.push([a.key]);
            rows.push(['Beginning Balance', '', '', '', '', '', '', grouped(a.opening)]);
            let sum = 0;
            for (const e of by.get(a.key)) {
              rows.push([dmy(e.date), e.type, e.ref, e.party, e.desc, e.split, grouped(e.amount), grouped(e.balance)]);
              e.row = rows.length;
              sum += e.amount;
            }
            rows.push([`Total for ${a.key}`, '', '', '', '', '', grouped(sum), '']);
            total += sum;
          }
          rows.push([]);
          rows.push(['TOTAL', '', '', '', '', '', grouped(total), '']);
          return { rows, headerRow, nonEntryRows: [] };
        },
      },
    ],
  });
}

// An M-PESA sweep made on a weekend reaches Equity on Monday.
function dayOfWeekShift(iso) {
  const w = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return w === 6 ? 2 : w === 0 ? 1 : 0;
}
