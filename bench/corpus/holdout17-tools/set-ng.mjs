// Nigeria, May 2025: a Lagos packaging manufacturer's Zenith Bank corporate current account (CIB export, CSV)
// against its Sage Business Cloud Accounting "Detailed Ledger Transactions" report (documented preset).
import { mkSet, finish, dmy, grouped, major, isoAdd, pctOf } from './lib-holdout17.mjs';
import { stdReceipts, stdPayments } from './cases-holdout17.mjs';

const BF = 'zenith-1014829361-may2025.csv';
const LF = 'sage-detailed-ledger-may2025.csv';
const ACC = '1210 - Zenith Bank Current Account';
const CO = 'LEKKI HARBOUR PACKAGING LTD';
const BANKS = ['GTB', 'UBA', 'ACCESS', 'FBN', 'FCMB', 'STANBIC', 'FIDELITY', 'WEMA', 'STERLING', 'ECOBANK', 'UNION'];
const FINTECH = ['OPAY', 'MONIEPOINT', 'KUDA', 'PALMPAY'];

const customers = [
  {
    book: 'Adebayo Stores Ltd',
    bank: 'ADEBAYO STORES LIMITED',
    far: 'OLUWASEUN ADEBAYO T',
    farTraits: ['director-account'],
  },
  {
    book: 'Chukwuemeka Okafor & Sons Nigeria Ltd',
    bank: 'CHUKWUEMEKA OKAFOR & SONS NIG',
    far: 'C.O.S NIG LTD',
    farTraits: ['initials'],
  },
  { book: 'Mama Cass Kitchens Ltd', bank: 'MAMA CASS KITCHENS LTD' },
  { book: 'Sweetbite Confectionery Ltd', bank: 'SWEETBITE CONFECTIONERY' },
  { book: 'Ikorodu Table Water Enterprises', bank: 'IKORODU TABLE WATER ENT' },
  { book: 'Halima Bello Ventures', bank: 'HALIMA BELLO VENTURES' },
  { book: 'Greenfield Agro Processing Ltd', bank: 'GREENFIELD AGRO PROCESSING' },
  { book: 'Eko Pharma Distributors Ltd', bank: 'EKO PHARMA DISTRIBUTORS LTD' },
  { book: 'Tuns Farms Nigeria Ltd', bank: 'TUNS FARMS NIG LTD' },
  { book: 'Olumide Bakeries', bank: 'OLUMIDE BAKERIES' },
  { book: 'Nnewi Spare Parts Depot', bank: 'NNEWI SPARE PARTS DEPOT' },
  { book: 'Ajah Fresh Foods Ltd', bank: 'AJAH FRESH FOODS' },
  { book: 'Benin Kola Nut Traders', bank: 'BENIN KOLA NUT TRADERS' },
  { book: 'Kano Grains & Oil Mills Ltd', bank: 'KANO GRAINS & OIL MILLS' },
  { book: 'Gbagada Filling Station Ltd', bank: 'GBAGADA FILLING STATION LTD' },
  { book: 'Victoria Island Catering Services', bank: 'VICTORIA ISLAND CATERING SERV' },
  { book: 'Ibadan Polybags Ltd', bank: 'IBADAN POLYBAGS LTD' },
  { book: 'Onitsha Detergent Makers Ltd', bank: 'ONITSHA DETERGENT MAKERS' },
  { book: 'Crestline Cosmetics Ltd', bank: 'CRESTLINE COSMETICS LIMITED' },
  { book: 'Zuma Supermarkets Ltd', bank: 'ZUMA SUPERMARKETS LTD', role: 'twin', memo: 'PAYMENT' },
  { book: 'Musa Traders', bank: 'MUSA TRADERS', role: 'tie', tieBank: 'MUSA' },
  { book: 'Musa Ibrahim Enterprises', bank: 'MUSA IBRAHIM ENTERPRISES', role: 'tie' },
];

const sbill = (pre, lo, hi) => (S) => `${pre}${S.int(lo, hi)}`;
const suppliers = [
  { book: 'Bag Plus Polymers Ltd', bank: 'BAG PLUS POLYMERS LTD', bill: sbill('BPP/INV/', 4100, 4399) },
  { book: 'Lagos Cartons & Printing Ltd', bank: 'LAGOS CARTONS & PRINTING', bill: sbill('LCP-', 20100, 20999) },
  { book: 'Eleganza Inks Nigeria Ltd', bank: 'ELEGANZA INKS NIG LTD', bill: sbill('EIN', 8800, 8999) },
  { book: 'Swift Haulage Logistics Ltd', bank: 'SWIFT HAULAGE LOGISTICS', bill: sbill('SHL/25/', 310, 499) },
  { book: 'Kwara Resin Chemicals Ltd', bank: 'KWARA RESIN CHEMICALS LTD', bill: sbill('KRC-INV-', 1500, 1799) },
  { book: 'Omega Forklift Services', bank: 'OMEGA FORKLIFT SERVICES', bill: sbill('OFS', 700, 799) },
  { book: 'Apapa Port Clearing Agents Ltd', bank: 'APAPA PORT CLEARING AGENTS', bill: sbill('APC/', 2200, 2299) },
  { book: 'Nwosu Electrical Works', bank: 'NWOSU ELECTRICAL WORKS', bill: sbill('NEW-', 150, 199) },
  { book: 'Prime Guard Security Ltd', bank: 'PRIME GUARD SECURITY LTD', bill: sbill('PGS/INV/', 880, 960) },
  { book: 'CloudHost Nigeria Ltd', bank: 'CLOUDHOST NIGERIA LTD', bill: sbill('CHN-2025-', 1000, 1400) },
  {
    book: 'Lekki Diesel Supplies Ltd',
    bank: 'LDS ENERGY',
    far: 'LDS ENERGY',
    bill: sbill('LDS', 5500, 5600),
    role: 'far',
  },
];

export function buildNG(seed) {
  const S = mkSet({
    id: 'ng-zenith-sage',
    country: 'NG',
    currency: 'NGN',
    timezone: 'Africa/Lagos',
    year: 2025,
    month: 5,
    seed,
  });
  let invNo = 2411;
  const session = (date) =>
    `000015${date.slice(2, 4)}${date.slice(5, 7)}${date.slice(8, 10)}${S.int(10, 18)}${S.digits(4)}${S.digits(12)}`;
  const nipCharge = (amt) => (amt <= 500000 ? 1075 : amt <= 5000000 ? 2688 : 5375);

  const k = {
    customers,
    suppliers,
    rLo: 85000,
    rHi: 4800000,
    pLo: 45000,
    pHi: 3200000,
    overRound: 500000,
    inv: () => {
      invNo += S.int(1, 3);
      return { serial: invNo, ref: `SI-${invNo}` };
    },
    refStyles: [
      (v) => ['ref-canonical', v.ref],
      (v) => ['ref-joined', `SI${v.serial}`],
      (v) => ['ref-spaces', `SI ${v.serial}`],
      (v) => ['ref-lowercase', `si-${v.serial}`],
      (v) => ['ref-other-prefix', `INV ${v.serial}`],
      (v) => ['ref-serial-only', `${v.serial}`],
      (v) => ['ref-slashes', `SI/${v.serial}`],
    ],
    billStyles: [
      (b) => ['bill-canonical', `PMT ${b}`],
      (b) => ['bill-canonical', b],
      (b) => ['bill-no-separators', `INV ${b.replace(/[^A-Z0-9]/gi, '')}`],
      (b) => ['bill-lowercase', `payment ${b.toLowerCase()}`],
    ],
    memoRef: (t) => S.pick([`PAYMENT FOR ${t}`, t, `${t} PAYMT`, `PYMT ${t}`, `BEING PAYMENT ${t}`]),
    memoPlain: () => S.pick(['PAYMENT', 'GOODS SUPPLIED', 'TRANSFER', 'SUPPLY', 'BAGS PAYMENT']),
    memoPart: (t) => S.pick([`PART PAYMENT ${t}`, `1ST INSTALMENT ${t}`, `PART PYMT ${t}`]),
    memoBal: (t) => S.pick([`BAL ${t}`, `BALANCE PAYMENT ${t}`]),
    memoWht: (t, w) => `${t} ${w}`,
    memoMulti: (vs) => `SI-${vs[0].serial}/${vs[1].serial}/${vs[2].serial}`,
    memoPay: () => S.pick(['PAYMENT', 'SUPPLY PAYMENT', 'SETTLEMENT', '']),
    wht: [
      (full) => ['short-withholding-tax-5pct', pctOf(full, 500), 'LESS 5% WHT'],
      (full) => ['short-withholding-tax-10pct', pctOf(full, 1000), 'NET OF WHT'],
    ],
    inLine: (S2, { date, amt, payer, memo, plain, via = 'UBA' }) => {
      const traits = [];
      const r = S.rand();
      let text;
      if (plain) text = `NIP/${via}/${payer}/${memo}`;
      else if (r < 0.18) text = `ZIB TRF FRM ${payer} ${memo}`.trim();
      else if (r < 0.36) {
        text = `NIP/${session(date)}/${payer}/${memo}`;
        traits.push('nip-session-id');
      } else text = `NIP/${S.pick(r < 0.5 ? FINTECH : BANKS)}/${payer}/${memo}`;
      const l = S.B({ file: BF, date, amount: amt, text, traits });
      // EMTL: ₦50 on every electronic receipt of ₦10,000 or more.
      if (amt >= 1000000) S.fee(l, 'ELECTRONIC MONEY TRANSFER LEVY', 5000, 'levy');
      return l;
    },
    anonLine: (S2, { date, amt, i }) => {
      const texts = ['CASH DEPOSIT - IKOTA BRANCH BY SELF', 'CDM CASH DEPOSIT ATM 10433 LEKKI', 'CASH DEP BY TOSIN'];
      return S.B({ file: BF, date, amount: amt, text: texts[i % texts.length] });
    },
    outLine: (S2, { date, amt, payee, memo, failed }) => {
      const intra = !failed && S.chance(0.2);
      const text = (intra ? `CIB/TRF TO ${payee}/${memo}` : `CIB/NIP/${payee}/${memo}`).replace(/\/$/, '');
      const l = S.B({ file: BF, date, amount: -amt, text });
      if (!intra) S.fee(l, 'CIB NIP TRANSFER CHARGE + VAT', nipCharge(amt), 'charge');
      return l;
    },
    reversalLine: (S2, l1, date) => S.B({ file: BF, date, amount: -l1.amount, text: `REVERSAL/${l1.text}` }),
    ledIn: (S2, { date, amt, cust, inv }) => {
      const r = S.rand();
      return S.L({
        file: LF,
        account: ACC,
        date,
        amount: amt,
        type: 'Customer Receipt',
        ref: r < 0.8 ? inv.ref : '',
        party: cust.book,
        desc:
          r < 0.8 ? S.pick(['Customer Receipt', 'Payment received', 'Receipt - bank transfer']) : `Payment ${inv.ref}`,
      });
    },
    ledOut: (S2, { date, amt, sup, bill }) =>
      S.L({
        file: LF,
        account: ACC,
        date,
        amount: -amt,
        type: 'Supplier Payment',
        ref: bill,
        party: sup.book,
        desc: S.pick(['Supplier Payment', 'Payment', 'Payment on account']),
      }),
  };

  stdReceipts(S, k, {
    ref: 19,
    name: 4,
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
  stdPayments(S, k, { bill: 12, plain: 3, far: 1, failed: 1 });

  const L = (f) => S.L({ file: LF, account: ACC, ...f });
  const C = (lines, ledger, decision, evidence, traits, extra = {}) =>
    S.C({ lines, ledger, decision, evidence, traits, ...extra });

  // Paystack settlements (net of 1.5% capped ₦2,000) and a POS terminal settlement (0.5% MSC).
  {
    const d = S.biz(6);
    const gross = S.amount(600000, 2400000);
    const fee = Math.min(200000, pctOf(gross, 150) + 10000);
    const sid = `PSTK-SETT-${S.digits(9)}`;
    const l = k.inLine(S, { date: d, amt: gross - fee, payer: 'PAYSTACK PAYMENTS LTD', memo: `SETTLEMENT ${sid}` });
    const e = L({
      date: isoAdd(d, -1),
      amount: gross,
      type: 'Other Receipt',
      ref: sid,
      party: 'Paystack',
      desc: 'Online sales settled by Paystack 03-05/05',
    });
    C([l], [e], 'auto', 'reference', ['gateway-settlement', 'short-net-of-fee']);
  }
  {
    const d = S.biz(14);
    const gross = S.amount(900000, 3000000);
    const fee = Math.min(200000, pctOf(gross, 150) + 10000);
    const sid = `PSTK-SETT-${S.digits(9)}`;
    const l = k.inLine(S, { date: d, amt: gross - fee, payer: 'PAYSTACK PAYMENTS LTD', memo: `SETTLEMENT ${sid}` });
    const e1 = L({
      date: d,
      amount: gross,
      type: 'Other Receipt',
      ref: sid,
      party: 'Paystack',
      desc: 'Paystack sales settlement',
    });
    const e2 = L({ date: d, amount: -fee, type: 'Other Payment', ref: sid, party: 'Paystack', desc: 'Paystack fees' });
    S.claim(fee);
    C([l], [e1, e2], 'auto', 'reference', ['gateway-settlement', 'fee-booked-separately', 'split-one-to-many']);
  }
  {
    const d = S.biz(22);
    const gross = S.amount(400000, 1800000);
    const fee = Math.min(200000, pctOf(gross, 150) + 10000);
    const l = k.inLine(S, {
      date: d,
      amt: gross - fee,
      payer: 'PAYSTACK PAYMENTS LTD',
      memo: 'SETTLEMENT',
      plain: true,
      via: 'TITAN',
    });
    const e = L({
      date: isoAdd(d, -2),
      amount: gross,
      type: 'Other Receipt',
      ref: '',
      party: 'Paystack',
      desc: 'Web shop sales 19-21 May',
    });
    C([l], [e], 'suggest', 'counterparty', ['gateway-settlement', 'short-net-of-fee', 'no-settlement-id']);
  }
  {
    const d = S.biz(17);
    const gross = S.amount(300000, 1500000);
    const fee = Math.min(100000, pctOf(gross, 50));
    const l = S.B({ file: BF, date: isoAdd(d, 1), amount: gross - fee, text: `POS SETTLEMENT TID 2057LH01 ${dmy(d)}` });
    const e = L({
      date: d,
      amount: gross,
      type: 'Other Receipt',
      ref: 'TID 2057LH01',
      party: 'Zenith POS',
      desc: `Factory shop card sales ${dmy(d)}`,
    });
    C([l], [e], 'auto', 'reference', ['pos-settlement', 'short-net-of-fee', 'settled-next-day']);
  }

  // Cheques: one presented through clearing, one cashed at the counter, one customer cheque deposited,
  // one still unpresented at month end.
  {
    const d = S.biz(9);
    const amt = S.amount(150000, 900000);
    const l = S.B({ file: BF, date: d, amount: -amt, text: 'INWARD CLEARING CHQ NO 00000452' });
    const e = L({
      date: isoAdd(d, -4),
      amount: -amt,
      type: 'Supplier Payment',
      ref: 'CHQ 452',
      party: 'Omega Forklift Services',
      desc: 'Forklift repairs - cheque',
    });
    C([l], [e], 'auto', 'reference', ['cheque-number', 'ref-no-padding']);
    const d2 = S.biz(16);
    const amt2 = S.amount(50000, 200000, 0);
    const l2 = S.B({ file: BF, date: d2, amount: -amt2, text: 'CHQ 00000455 CASH WDL - OKON EMMANUEL' });
    const e2 = L({
      date: d2,
      amount: -amt2,
      type: 'Other Payment',
      ref: '000455',
      party: 'Petty Cash',
      desc: 'Petty cash top-up (cheque)',
    });
    C([l2], [e2], 'auto', 'reference', ['cheque-number', 'cash-cheque']);
    const d3 = S.biz(12);
    const amt3 = S.amount(250000, 1500000);
    const l3 = S.B({
      file: BF,
      date: S.biz(Number(d3.slice(8, 10)) + 2),
      amount: amt3,
      text: 'CHQ DEP/CLG/FBN CHQ 10023312',
    });
    const e3 = L({
      date: d3,
      amount: amt3,
      type: 'Customer Receipt',
      ref: 'FBN chq 10023312',
      party: 'Benin Kola Nut Traders',
      desc: 'Cheque received',
    });
    C([l3], [e3], 'auto', 'reference', ['cheque-number', 'cheque-deposit', 'late-clearing']);
    const e4 = L({
      date: S.day(27),
      amount: -S.amount(120000, 600000),
      type: 'Supplier Payment',
      ref: 'CHQ 000458',
      party: 'Nwosu Electrical Works',
      desc: 'Electrical installation - cheque',
    });
    S.only(e4, 'cheque 000458 not yet presented');
  }

  // Payroll: the bulk salary batch and one salary paid on its own (new hire).
  {
    const d = S.biz(27);
    const amt = S.amount(9500000, 14000000);
    const l = S.B({ file: BF, date: d, amount: -amt, text: 'CIB/BULK PAYMENT/SALARY MAY 2025 (41 BENEFICIARIES)' });
    S.fee(l, 'BULK PAYMENT CHARGE + VAT', 41 * 2688, 'charge');
    const e = L({
      date: d,
      amount: -amt,
      type: 'Journal',
      ref: 'PAY-2025-05',
      party: '',
      desc: 'Net salaries May 2025',
    });
    C([l], [e], 'auto', 'counterparty', ['payroll', 'bulk-payment']);
    const amt2 = S.amount(180000, 320000, 0);
    const l2 = k.outLine(S, { date: d, amt: amt2, payee: 'NWACHUKWU ADAEZE', memo: 'MAY SALARY' });
    const e2 = L({
      date: d,
      amount: -amt2,
      type: 'Other Payment',
      ref: '',
      party: 'Adaeze Nwachukwu',
      desc: 'Salary May 2025 - new hire paid separately',
    });
    C([l2], [e2], 'auto', 'counterparty', ['payroll', 'name-reordered']);
  }

  // Statutory remittances for April, through Remita with an RRR, and the pension to the PFA.
  {
    const rrr = () => `${S.digits(4)}-${S.digits(4)}-${S.digits(4)}`;
    const stat = [
      ['LIRS PAYE APR 2025', 'Lagos State Internal Revenue Service', 'PAYE April 2025', 9, [2500000, 4200000]],
      ['FMBN NHF APR 2025', 'Federal Mortgage Bank of Nigeria', 'NHF contributions April 2025', 12, [180000, 320000]],
      ['NSITF ECS APR 2025', 'NSITF', 'Employee compensation April 2025', 12, [90000, 160000]],
      ['FIRS VAT APR 2025', 'Federal Inland Revenue Service', 'VAT return April 2025', 20, [3000000, 6500000]],
      ['FIRS WHT APR 2025', 'Federal Inland Revenue Service', 'WHT deducted April 2025', 20, [400000, 900000]],
    ];
    stat.forEach(([memo, party, desc, day, [lo, hi]], i) => {
      const r = rrr();
      const d = S.biz(day);
      const amt = S.amount(lo, hi);
      const written = i % 2 ? r.replace(/-/g, '') : r;
      const l = S.B({ file: BF, date: d, amount: -amt, text: `REMITA/RRR ${written}/${memo}` });
      const e = L({ date: isoAdd(d, -1), amount: -amt, type: 'Other Payment', ref: `RRR ${r}`, party, desc });
      C([l], [e], 'auto', 'reference', ['statutory', 'remita-rrr', i % 2 ? 'ref-no-separators' : 'ref-canonical']);
    });
    const d = S.biz(8);
    const amt = S.amount(1400000, 2300000);
    const l = k.outLine(S, {
      date: d,
      amt,
      payee: 'STANBIC IBTC PENSION MANAGERS',
      memo: 'PEN CONT APR25 EMP PR0000412733',
    });
    const e = L({
      date: d,
      amount: -amt,
      type: 'Other Payment',
      ref: 'PEN-APR25',
      party: 'Stanbic IBTC Pension Managers',
      desc: 'Pension contributions April 2025',
    });
    C([l], [e], 'auto', 'counterparty', ['statutory', 'pension']);
  }

  // Own-account transfers: funding the GTBank opex account, and a sweep in from Access.
  {
    const d = S.biz(5);
    const amt = S.amount(2000000, 5000000, 0);
    const l = k.outLine(S, { date: d, amt, payee: CO, memo: 'FUNDING GTB OPEX ACCT' });
    const e = L({
      date: d,
      amount: -amt,
      type: 'Bank Transfer',
      ref: 'TRF-0514',
      party: '',
      desc: 'Transfer to GTBank Opex Account (1220)',
    });
    C([l], [e], 'auto', 'counterparty', ['own-account-transfer']);
    const d2 = S.biz(19);
    const amt2 = S.amount(3000000, 8000000, 0);
    const l2 = k.inLine(S, { date: d2, amt: amt2, payer: CO, memo: 'SWEEP FROM ACCESS', plain: true, via: 'ACCESS' });
    const e2 = L({
      date: d2,
      amount: amt2,
      type: 'Bank Transfer',
      ref: 'TRF-0522',
      party: '',
      desc: 'Transfer from Access Bank Collections (1230)',
    });
    C([l2], [e2], 'auto', 'counterparty', ['own-account-transfer']);
  }

  // Genuine lines the books lack.
  {
    const l1 = k.inLine(S, {
      date: S.biz(15),
      amt: S.amount(40000, 90000),
      payer: 'GODWIN EFFIONG',
      memo: 'PAYMENT',
      plain: true,
    });
    C([l1], [], 'none', null, ['unrecorded-receipt', 'unknown-payer']);
    const l2 = S.B({
      file: BF,
      date: S.biz(10),
      amount: -S.amount(25000, 60000),
      text: 'POS PURCHASE TOTALENERGIES LEKKI PHASE 1 LA NG',
    });
    C([l2], [], 'none', null, ['unrecorded-card-spend']);
    const l3 = S.B({
      file: BF,
      date: S.biz(21),
      amount: -S.amount(15000, 40000, 0),
      text: 'ZENITH *966# AIRTIME/DATA MTN 0803***4471',
    });
    C([l3], [], 'none', null, ['unrecorded-airtime']);
  }

  // Books without a bank line.
  S.only(
    L({
      date: S.monthEnd(),
      amount: S.amount(500000, 2500000),
      type: 'Customer Receipt',
      ref: k.inv().ref,
      party: 'Kano Grains & Oil Mills Ltd',
      desc: 'Cheque lodged 31/05 - clears June',
    }),
    'deposit in transit (lodged on the last day, credited in June)',
  );
  S.only(
    L({
      date: S.day(30),
      amount: -S.amount(300000, 900000),
      type: 'Supplier Payment',
      ref: 'PGS/INV/0977',
      party: 'Prime Guard Security Ltd',
      desc: 'Guard services May',
    }),
    'payment entered on 30 May, executed by the bank in June',
  );
  S.only(
    L({
      date: S.day(21),
      amount: S.amount(700000, 1600000),
      type: 'Customer Receipt',
      ref: k.inv().ref,
      party: 'Crestline Cosmetics Ltd',
      desc: 'Payment promised by customer',
    }),
    'receipt recorded from a promise; no money arrived',
  );

  // Month-end charges.
  {
    const d = S.monthEnd();
    const anchor = { file: BF, date: d, order: 0.999 };
    S.fee(anchor, 'SMS ALERT CHARGES MAY 2025', 62 * 400, 'charge');
    const debits = S.bank
      .filter((l) => l.file === BF && l.amount < 0 && l.channel !== 'fee')
      .reduce((s, l) => s - l.amount, 0);
    const amf = pctOf(debits, 10); // ₦1 per mille of debit turnover
    S.fee(anchor, 'ACCOUNT MAINTENANCE FEE MAY 2025', amf, 'charge');
    S.fee(anchor, 'VAT ON ACCOUNT MAINTENANCE FEE', pctOf(amf, 750), 'fee-vat');
  }

  const opening = 1845000000;
  const bookOpening = opening - 438000000; // cheque 000447 issued in April, still unpresented all May
  return finish(S, {
    notes: [
      'Zenith CIB export: header "Date Posted, Value Date, Description, Debit, Credit, Balance" — the ng-bank-statement layout, but "Date Posted" is not among its documented date aliases, so readOptions names the preset and the mapping.',
      'Sage Business Cloud "Detailed Ledger Transactions" in its documented preset; the Opening Balance row (dated, with a Debit) is not an entry.',
      'EMTL (₦50 on receipts ≥ ₦10,000) and NIP charges are bank-only lines the books do not hold.',
    ],
    bankFiles: [
      {
        file: BF,
        bank: 'Zenith Bank',
        ledgerAccount: ACC,
        opening,
        eol: '\r\n',
        readOptions: {
          preset: 'ng-bank-statement',
          mapping: {
            date: 'Date Posted',
            valueDate: 'Value Date',
            description: 'Description',
            moneyOut: 'Debit',
            moneyIn: 'Credit',
            balance: 'Balance',
          },
          currency: 'NGN',
          dateOrder: 'DMY',
        },
        write: (lines, bf) => {
          const rows = [
            ['ZENITH BANK PLC'],
            ['CUSTOMER STATEMENT OF ACCOUNT'],
            ['Account Name:', CO],
            ['Account Number:', '1014829361'],
            ['Currency:', 'NGN'],
            ['Period:', '01/05/2025 - 31/05/2025'],
            ['Opening Balance:', grouped(bf.opening)],
            [],
            ['Date Posted', 'Value Date', 'Description', 'Debit', 'Credit', 'Balance'],
          ];
          const headerRow = rows.length;
          for (const l of lines) {
            rows.push([
              dmy(l.date),
              dmy(l.date),
              l.text,
              l.amount < 0 ? grouped(-l.amount) : '',
              l.amount > 0 ? grouped(l.amount) : '',
              grouped(l.balance),
            ]);
            l.row = rows.length;
          }
          const deb = lines.filter((l) => l.amount < 0).reduce((s, l) => s - l.amount, 0);
          const cred = lines.filter((l) => l.amount > 0).reduce((s, l) => s + l.amount, 0);
          rows.push(['', '', 'Total', grouped(deb), grouped(cred), '']);
          rows.push(['', '', 'Closing Balance', '', '', grouped(bf.closing)]);
          return { rows, headerRow, nonEntryRows: [] };
        },
      },
    ],
    ledgerFiles: [
      {
        file: LF,
        package: 'Sage Business Cloud Accounting',
        layout: 'sage-business-cloud-detailed-ledger (documented preset)',
        readOptions: { currency: 'NGN' },
        accounts: [{ key: ACC, opening: bookOpening }],
        partyColumn: true,
        accountLabel: () => ACC,
        write: (by, lf) => {
          const rows = [
            ['Lekki Harbour Packaging Ltd'],
            ['Detailed Ledger Transactions'],
            ['Date range: 01/05/2025 - 31/05/2025'],
            [],
            ['Account', 'Date', 'Type', 'Reference', 'Contact', 'Description', 'Debit', 'Credit', 'Balance'],
          ];
          const headerRow = rows.length;
          const a = lf.accounts[0];
          rows.push([ACC, '01/05/2025', '', '', '', 'Opening Balance', major(a.opening), '', major(a.opening)]);
          const nonEntryRows = [{ row: rows.length, why: 'opening balance of the account, not an entry' }];
          for (const e of by.get(ACC)) {
            rows.push([
              ACC,
              dmy(e.date),
              e.type,
              e.ref,
              e.party,
              e.desc,
              e.amount > 0 ? major(e.amount) : '',
              e.amount < 0 ? major(-e.amount) : '',
              major(e.balance),
            ]);
            e.row = rows.length;
          }
          const rs = by.get(ACC);
          rows.push([
            'Total for ' + ACC,
            '',
            '',
            '',
            '',
            '',
            major(rs.filter((e) => e.amount > 0).reduce((s, e) => s + e.amount, 0) + a.opening),
            major(-rs.filter((e) => e.amount < 0).reduce((s, e) => s + e.amount, 0)),
            major(a.closing),
          ]);
          return { rows, headerRow, nonEntryRows };
        },
      },
    ],
  });
}
