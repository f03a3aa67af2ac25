// gh-fidelity-momo-qbd: an Accra pharmacy and cosmetics wholesaler, February 2025 (E-levy 1% still in force). Fidelity
// Bank Ghana current account statement (CSV) and the MTN MoMo merchant wallet history (partner portal CSV, newest first,
// fee in its own column), against a QuickBooks Desktop "Custom Transaction Detail" report exported to CSV, grouped by
// account with the Account column shown.
import { businessDays, nextBusinessDay, addDays, bp, weekday, dmy } from './lib.mjs';
import { receipt, payment } from './scenario.mjs';

const BF = 'fidelity-bank-1050346672219-feb2025.csv';
const MF = 'mtn-momo-merchant-feb2025.csv';
const LF = 'qbd-transaction-detail-feb2025.csv';
const FID = '1020 · Fidelity Bank Current';
const MOMO = '1025 · MTN MoMo Merchant';

const customers = [
  { name: 'Kantamanto Chemists', bank: 'KANTAMANTO CHEMIST LTD' },
  { name: 'Ernest Chemists Ltd', bank: 'ERNEST CHEMISTS LIMITED' },
  { name: 'Osu Family Pharmacy', bank: 'OSU FAMILY PHARMACY' },
  { name: 'Kumasi Adum Drug Store', bank: 'ADUM DRUG STORE KSI' },
  { name: 'Tema Community 1 Pharmacy', bank: 'TEMA COMM 1 PHARMACY' },
  { name: 'Beauty Palace Cosmetics', bank: 'BEAUTY PALACE COSMETICS ENT' },
  { name: 'Madina Health Mart', bank: 'MADINA HEALTH MART' },
  { name: 'Takoradi Market Circle Pharmacy', bank: 'TAKORADI MKT CIRCLE PHARMACY' },
  { name: 'Lapaz Wellness Chemist', bank: 'LAPAZ WELLNESS CHEMIST', momo: '0244567812' },
];
const hospital = { name: 'Ridge Regional Hospital', bank: 'GREATER ACCRA REGIONAL HOSPITAL' };
const suppliers = [
  { name: 'Tobinco Pharmaceuticals', bank: 'TOBINCO PHARMACEUTICALS LTD' },
  { name: 'Kinapharma Ltd', bank: 'KINAPHARMA LIMITED' },
  { name: 'Unilever Ghana PLC', bank: 'UNILEVER GHANA' },
  { name: 'Danadams Pharmaceutical', bank: 'DANADAMS PHARMA IND' },
  { name: 'ECG - Electricity Company of Ghana', bank: 'ELECTRICITY CO OF GHANA' },
  { name: 'Letap Pharmaceuticals', bank: 'LETAP PHARMACEUTICALS' },
];
const wallets = [
  { name: 'Kofi Asante Transport', bank: 'KOFI ASANTE', msisdn: '0244918273' },
  { name: 'Abena Cleaning Services', bank: 'ABENA OFORI', msisdn: '0551234987' },
];
const walkIns = [
  'AMA SERWAA',
  'KWAME MENSAH',
  'ABENA OWUSU',
  'YAW BOATENG',
  'EFUA ASANTE',
  'KOJO ANNAN',
  'AKOSUA DARKO',
  'KWESI APPIAH',
  'ADWOA NYARKO',
];

export function buildGH(S, R) {
  const days = businessDays(2025, 2);
  const dayAt = (i) => days[Math.min(days.length - 1, Math.max(0, i))];
  const feeOut = (rail, a) => (rail === 'ach' ? 300 : a <= 100000 ? 200 : a <= 1000000 ? 500 : 1000);
  const P = {
    bankFile: BF,
    ledgerFile: LF,
    invParts: (s) => ({ prefix: 'INV', year: null, serial: s, pad: 5, canon: String(s) }),
    refKinds: ['canonical', 'canonical', 'spaces', 'joined', 'serial-only', 'slashes'],
    refTemplates: [(r) => r, (r) => `PAYMENT ${r}`, (r) => `${r} SETTLEMENT`],
    refJoin: ' ',
    noRefRemarks: ['PAYMENT', 'DRUGS', 'SUPPLY', ''],
    inNarr: ({ c, remark, rail }) => {
      if (rail === 'momo')
        return {
          text: `MOMO TO BANK ${c.momo ?? `024${R.digits(7)}`} ${c.bank}${remark ? ` ${remark}` : ''}`,
          ref: `MM${R.digits(11)}`,
        };
      return {
        text: `${rail === 'ach' ? 'ACH CR' : 'GIP CR'} ${c.bank}${remark ? ` ${remark}` : ''}`,
        ref: `${rail === 'ach' ? 'ACH' : 'GIP'}${R.digits(12)}`,
      };
    },
    billTemplates: [(b) => b, (b) => `INV ${b}`],
    noBillRemarks: ['PAYMENT', 'SUPPLIES FEB'],
    outNarr: ({ s, remark, rail }) => ({
      text: `${rail === 'ach' ? 'ACH DR' : 'GIP TRF TO'} ${s.bank} ${remark}`,
      ref: `${rail === 'ach' ? 'ACH' : 'GIP'}${R.digits(12)}`,
    }),
    outFees: (a, rail) => [
      {
        amt: -feeOut(rail, a),
        text: rail === 'ach' ? 'ACH TRANSFER CHARGE' : 'GIP TRANSFER CHARGE',
        ref: '',
        kind: 'charge',
      },
    ],
    ledIn: ({ c, inv, amt, date }) => ({
      date,
      amt,
      type: 'Payment',
      num: inv.canon,
      part: c.name,
      narr: `Payment - Inv ${inv.canon}`,
      account: FID,
      split: 'Accounts Receivable',
    }),
    ledOut: ({ s, bill, amt, date }) => ({
      date,
      amt,
      type: 'Bill Pmt -Check',
      num: 'EFT',
      part: s.name,
      narr: bill,
      account: FID,
      split: 'Accounts Payable',
    }),
  };
  const ghs = (lo, hi) => R.int(lo, hi) * 100; // whole cedis
  let serial = 10412;
  for (let i = 0; i < 26; i++) {
    const c = R.pick(customers.slice(0, 8));
    const a = ghs(300, 40000) + R.pick([0, 50, 25]);
    const d = R.pick(days);
    receipt(S, R, P, {
      c,
      serials: [serial++],
      ledAmts: [a],
      bankDate: d,
      ledgerDate: R.chance(0.12) ? nextBusinessDay(d) : d,
      ref: R.chance(0.55),
      rail: R.pick(['gip', 'gip', 'ach', 'momo']),
    });
  }
  // government hospital withholds 3% (supply of goods)
  for (const k of [6, 15]) {
    const g = ghs(8000, 30000);
    receipt(S, R, P, {
      c: hospital,
      serials: [serial++],
      ledAmts: [g],
      bankAmts: [g - bp(g, 300)],
      bankDate: dayAt(k),
      ref: 'canonical',
      rail: 'ach',
      traits: ['short-withholding-tax-3pct'],
    });
  }
  {
    const a = ghs(1000, 3000) + 75;
    receipt(S, R, P, {
      c: customers[2],
      serials: [serial++],
      ledAmts: [a],
      bankAmts: [Math.ceil(a / 10000) * 10000],
      bankDate: dayAt(4),
      ref: 'serial-only',
      rail: 'gip',
      traits: ['over-payment'],
    });
    const three = [ghs(2000, 5000), ghs(1000, 4000), ghs(500, 1500)];
    receipt(S, R, P, {
      c: customers[1],
      serials: [serial, serial + 1, serial + 2],
      ledAmts: three,
      bankDate: dayAt(8),
      ref: 'canonical',
      rail: 'gip',
      traits: ['split-one-to-many'],
    });
    serial += 3;
    const big = ghs(20000, 30000);
    const first = Math.round(big / 2 / 100000) * 100000;
    receipt(S, R, P, {
      c: customers[3],
      serials: [serial++],
      ledAmts: [big],
      bankAmts: [first, big - first],
      bankDates: [dayAt(10), dayAt(13)],
      ledgerDate: dayAt(13),
      ref: 'joined',
      rail: 'gip',
      traits: ['split-many-to-one'],
    });
    const cn = ghs(4000, 9000);
    receipt(S, R, P, {
      c: customers[5],
      serials: [serial++],
      ledAmts: [cn],
      bankAmts: [cn - ghs(150, 600)],
      bankDate: dayAt(11),
      ref: 'spaces',
      rail: 'momo',
      traits: ['invoice-less-credit-note'],
    });
    const part = ghs(9000, 15000);
    receipt(S, R, P, {
      c: customers[7],
      serials: [serial++],
      ledAmts: [Math.round(part / 2 / 10000) * 10000],
      bankDate: dayAt(14),
      ref: 'canonical',
      rail: 'gip',
      traits: ['part-payment'],
    });
  }
  {
    const d = dayAt(16);
    const mk = () => {
      const x = receipt(S, R, P, {
        c: customers[4],
        serials: [serial++],
        ledAmts: [300000],
        bankDate: d,
        ref: false,
        rail: 'gip',
        deferTruth: true,
      });
      S.bank.find((l) => l.id === x.bankIds[0]).text = 'GIP CR TEMA COMM 1 PHARMACY PAYMENT';
      Object.assign(
        S.ledger.find((l) => l.id === x.ledIds[0]),
        { num: '', narr: 'Payment on account' },
      );
      return x;
    };
    const a = mk();
    const b = mk();
    const anyOf = [[a.ledIds[0]], [b.ledIds[0]]];
    for (const x of [a, b])
      S.match(x.bankIds, x.ledIds, { traits: ['twins', 'name-only'], evidence: 'counterparty', anyOf });
  }
  // suppliers
  for (let i = 0; i < 13; i++) {
    const s = R.pick(suppliers);
    const d = R.pick(days);
    payment(S, R, P, {
      s,
      bill: `${s.name.slice(0, 2).toUpperCase()}-${R.int(20000, 29999)}`,
      amt: ghs(800, 60000) + R.int(0, 99),
      bankDate: d,
      ledgerDate: R.chance(0.15) ? addDays(d, -1) : d,
      ref: R.chance(0.5),
      rail: R.pick(['gip', 'gip', 'ach']),
    });
  }
  // small suppliers paid to their wallets: E-levy 1% on the amount above the GHS 100 daily threshold
  for (let i = 0; i < 4; i++) {
    const w = wallets[i % 2];
    const a = ghs(250, 1800);
    const d = dayAt(3 + i * 5);
    const b = S.b(BF, { date: d, amt: -a, text: `BANK TO WALLET ${w.msisdn} ${w.bank}`, ref: `BW${R.digits(11)}` });
    S.bankOnly(S.b(BF, { date: d, amt: -bp(a - 10000, 100), text: 'E-LEVY CHARGE', ref: '' }), 'levy');
    const l = S.l(LF, {
      date: d,
      amt: -a,
      type: 'Check',
      num: 'MOMO',
      part: w.name,
      narr: i % 2 ? 'Office cleaning' : 'Haulage Tema - Accra',
      account: FID,
      split: i % 2 ? 'Cleaning' : 'Carriage Inwards',
    });
    S.match([b], [l], { traits: ['name-only'], evidence: 'counterparty' });
  }
  // failed GIP transfer reversed, resent
  {
    const s = suppliers[5];
    const a = ghs(3000, 8000);
    const bill = `LE-${R.int(20000, 29999)}`;
    const d = dayAt(9);
    const out = S.b(BF, { date: d, amt: -a, text: `GIP TRF TO ${s.bank} ${bill}`, ref: `GIP${R.digits(12)}` });
    const fee = S.b(BF, { date: d, amt: -1000, text: 'GIP TRANSFER CHARGE', ref: '' });
    const rev = S.b(BF, { date: d, amt: a, text: `RVSL GIP TRF TO ${s.bank} ${bill}`, ref: '' });
    const frev = S.b(BF, { date: d, amt: 1000, text: 'RVSL GIP TRANSFER CHARGE', ref: '' });
    S.reversal(out, rev);
    S.reversal(fee, frev);
    payment(S, R, P, { s, bill, amt: a, bankDate: nextBusinessDay(d), ledgerDate: d, ref: true, rail: 'gip' });
  }
  // payroll and statutory
  {
    const d = dayAt(days.length - 2);
    const sal = 8642500;
    const b = S.b(BF, { date: d, amt: -sal, text: 'SALARY UPLOAD FEB 2025 - 14 STAFF', ref: `SAL${R.digits(9)}` });
    S.match(
      [b],
      [
        S.l(LF, {
          date: d,
          amt: -sal,
          type: 'Check',
          num: 'SAL-FEB',
          part: '',
          narr: 'Net salaries February 2025',
          account: FID,
          split: 'Payroll Liabilities',
        }),
      ],
      { traits: ['amount-only'], evidence: 'amount' },
    );
    S.bankOnly(S.b(BF, { date: d, amt: -14 * 200, text: 'BULK TRANSFER CHARGE', ref: '' }), 'charge');
    for (const [text, part, narr, amt, k] of [
      ['SSNIT CONTRIBUTION JAN 2025 ER 0104427781', 'SSNIT', 'Tier 1 & 2 January 2025', 1682560, 8],
      ['GRA PAYE JAN 2025 TIN C0004412976', 'Ghana Revenue Authority', 'PAYE January 2025', 1355020, 10],
      [
        'GRA VAT/NHIL/GETFUND JAN 2025 TIN C0004412976',
        'Ghana Revenue Authority',
        'VAT & levies January 2025',
        2871344,
        18,
      ],
    ]) {
      const bd = dayAt(k);
      const b2 = S.b(BF, { date: bd, amt: -amt, text, ref: `GR${R.digits(10)}` });
      S.match(
        [b2],
        [
          S.l(LF, {
            date: bd,
            amt: -amt,
            type: 'Check',
            num: '',
            part,
            narr,
            account: FID,
            split: 'Payroll Liabilities',
          }),
        ],
        { traits: ['name-only'], evidence: 'counterparty' },
      );
    }
  }
  // cheques
  {
    const a = ghs(2000, 6000);
    const l1 = S.l(LF, {
      date: dayAt(1),
      amt: -a,
      type: 'Check',
      num: '000561',
      part: 'Accra Shelving & Fittings',
      narr: 'Shop shelving',
      account: FID,
      split: 'Furniture & Fittings',
    });
    S.match([S.b(BF, { date: dayAt(4), amt: -a, text: 'INWARD CLEARING CHQ 000561', ref: '000561' })], [l1], {
      traits: ['cheque-number', 'ref-canonical'],
      evidence: 'reference',
    });
    const l2 = S.l(LF, {
      date: dayAt(days.length - 2),
      amt: -ghs(1500, 3500),
      type: 'Check',
      num: '000562',
      part: 'Accra Shelving & Fittings',
      narr: 'Balance on shelving',
      account: FID,
      split: 'Furniture & Fittings',
    });
    S.onlyInBooks(l2, 'cheque 000562 not yet presented');
    const l3 = S.l(LF, {
      date: '2025-02-28',
      amt: ghs(3000, 7000),
      type: 'Payment',
      num: String(serial),
      part: customers[6].name,
      narr: `Payment - Inv ${serial++} (chq 100234 CalBank)`,
      account: FID,
      split: 'Accounts Receivable',
    });
    S.onlyInBooks(l3, 'cheque lodged 28 February, in clearing (deposit in transit)');
  }
  // MTN MoMo merchant wallet: walk-in buyers pay by MoMo Pay (merchant fee 1% in the Fee column); QBD books one
  // sales receipt per day, gross; the fee is booked on some days; the wallet is swept to Fidelity
  let bal = 125000;
  let momoId = 38400000000;
  const sweep = new Set(['2025-02-07', '2025-02-14', '2025-02-21', '2025-02-28']);
  for (let d = '2025-02-01'; d <= '2025-02-28'; d = addDays(d, 1)) {
    if (weekday(d) === 0) continue;
    const ids = [];
    let gross = 0;
    let fees = 0;
    const n = R.int(1, 4);
    for (let i = 0; i < n; i++) {
      const g = ghs(20, 900) + R.pick([0, 50]);
      const fee = bp(g, 100);
      ids.push(
        S.b(MF, {
          date: d,
          time: `${10 + i * 2}:${R.int(10, 59)}:${R.int(10, 59)}`,
          amt: g - fee,
          gross: g,
          fee,
          text: 'Payment for goods',
          ref: String(momoId++),
          ext: R.digits(10),
          type: 'PAYMENT',
          cat: 'MoMo Pay',
          from: `FRI:23324${R.digits(7)}/MSISDN`,
          party: R.pick(walkIns),
          to: 'FRI:NANAAMAPHARMA/USER',
          toName: 'NANA AMA PHARMACEUTICALS',
        }),
      );
      gross += g;
      fees += fee;
      bal += g - fee;
    }
    const sale = S.l(LF, {
      date: d,
      amt: gross,
      type: 'Sales Receipt',
      num: `MM${d.slice(8, 10)}02`,
      part: 'MoMo Walk-in Customers',
      narr: `Daily MoMo sales ${dmy(d)}`,
      account: MOMO,
      split: 'Sales - Retail',
    });
    const traits = ['amount-only', ...(ids.length > 1 ? ['split-many-to-one'] : [])];
    if (R.chance(0.35)) {
      const f = S.l(LF, {
        date: d,
        amt: -fees,
        type: 'Check',
        num: '',
        part: 'MTN Ghana',
        narr: 'MoMo merchant fees',
        account: MOMO,
        split: 'Bank Service Charges',
      });
      S.match(ids, [sale, f], { traits, evidence: 'amount' });
    } else S.match(ids, [sale], { traits: [...traits, 'short-net-of-fee'], evidence: 'amount' });
    if (sweep.has(d)) {
      const amt = Math.floor((bal - 10000) / 10000) * 10000;
      const w = S.b(MF, {
        date: d,
        time: '18:30:02',
        amt: -amt,
        gross: -amt,
        fee: 0,
        text: 'Transfer to bank',
        ref: String(momoId++),
        type: 'TRANSFER',
        cat: 'Bank',
        from: 'FRI:NANAAMAPHARMA/USER',
        party: 'NANA AMA PHARMACEUTICALS',
        to: 'FIDELITY BANK GHANA',
        toName: '1050346672219',
      });
      bal -= amt;
      const lm = S.l(LF, {
        date: d,
        amt: -amt,
        type: 'Transfer',
        num: '',
        part: '',
        narr: 'Funds Transfer to Fidelity',
        account: MOMO,
        split: FID,
      });
      const lf = S.l(LF, {
        date: d,
        amt,
        type: 'Transfer',
        num: '',
        part: '',
        narr: 'Funds Transfer from MoMo',
        account: FID,
        split: MOMO,
      });
      S.match([w], [lm], { traits: ['interbank-transfer', 'amount-only'], evidence: 'amount' });
      const bd = weekday(d) === 6 ? nextBusinessDay(d) : d;
      if (bd > '2025-02-28')
        S.onlyInBooks(lf, 'wallet sweep of 28 February credited by Fidelity on 3 March (in transit)');
      else if (d === '2025-02-28')
        S.onlyInBooks(lf, 'wallet sweep of 28 February, evening: credited by Fidelity on 3 March (in transit)');
      else {
        const b = S.b(BF, {
          date: bd,
          amt,
          text: 'MOMO TO BANK 0244000777 NANA AMA PHARMACEUTICALS',
          ref: `MM${R.digits(11)}`,
        });
        S.match([b], [lf], { traits: ['interbank-transfer', 'amount-only'], evidence: 'amount' });
      }
    }
  }
  // not in the books
  {
    const u = S.b(BF, {
      date: dayAt(12),
      amt: 185000,
      text: 'MOMO TO BANK 0201234567 KWAKU BOATENG',
      ref: `MM${R.digits(11)}`,
    });
    S.noCounterpart(u, 'unidentified receipt, not recorded');
    const atm = S.b(BF, {
      date: dayAt(17),
      amt: -100000,
      text: 'ATM CASH WITHDRAWAL FBL RING ROAD',
      ref: `ATM${R.digits(8)}`,
    });
    S.noCounterpart(atm, 'cash taken for petty cash, not recorded');
  }
  // month end
  S.bankOnly(S.b(BF, { date: '2025-02-28', amt: -3000, text: 'ACCOUNT MAINTENANCE FEE FEB 2025', ref: '' }), 'charge');
  S.bankOnly(S.b(BF, { date: '2025-02-28', amt: -500, text: 'SMS ALERT FEE FEB 2025', ref: '' }), 'charge');
  const opening = 18456320;
  const qbdOpen = [
    { name: FID, openingBooks: opening },
    { name: MOMO, openingBooks: 125000 },
  ];
  return {
    set: 'gh-fidelity-momo-qbd',
    country: 'GH',
    currency: 'GHS',
    timezone: 'Africa/Accra',
    period: { from: '2025-02-01', to: '2025-02-28' },
    bankFiles: [
      {
        file: BF,
        bank: 'Fidelity Bank Ghana',
        layout: 'fidelity',
        ledgerAccount: FID,
        opening,
        readOptions: {
          mapping: {
            date: 'Post Date',
            valueDate: 'Value Date',
            description: 'Narration',
            reference: 'Reference',
            moneyOut: 'Debit',
            moneyIn: 'Credit',
            balance: 'Balance',
          },
          currency: 'GHS',
        },
        ledgerRows: (x) => x.account === FID,
      },
      {
        file: MF,
        bank: 'MTN MoMo (merchant wallet)',
        layout: 'momo',
        ledgerAccount: MOMO,
        opening: 125000,
        readOptions: {
          mapping: {
            date: 'Date',
            amount: 'Amount',
            fee: 'Fee',
            description: ['Type', 'Note / Message'],
            reference: 'Id',
            party: 'From Name',
            balance: 'Balance',
            currency: 'Currency',
          },
        },
        ledgerRows: (x) => x.account === MOMO,
      },
    ],
    ledgerFiles: [
      {
        file: LF,
        package: 'QuickBooks Desktop (Custom Transaction Detail, CSV)',
        layout: 'qbd',
        accounts: qbdOpen,
        readOptions: {
          mapping: {
            date: 'Date',
            account: 'Account',
            reference: 'Num',
            party: 'Name',
            description: 'Memo',
            moneyIn: 'Debit',
            moneyOut: 'Credit',
          },
          dateOrder: 'DMY',
        },
      },
    ],
  };
}
