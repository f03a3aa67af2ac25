// ke-coop-mpesa-odoo: a Nairobi hardware wholesaler, September 2025. Co-operative Bank current account statement
// (CSV) and the shop's Lipa na M-PESA Buy Goods till statement (M-PESA organisation portal CSV, newest first), against
// Odoo 17 journal items (list view → Export, XLSX) of the two bank journals.
import { businessDays, nextBusinessDay, addDays, bp, grouped, weekday } from './lib.mjs';
import { receipt, payment } from './scenario.mjs';

const BF = 'coop-bank-01129047751800-sep2025.csv';
const TF = 'mpesa-till-5123456-sep2025.csv';
const LF = 'odoo-journal-items-sep2025.xlsx';
const COOP = '101401 Co-operative Bank 01129047751800';
const TILL = '101402 M-PESA Till 5123456';

const customers = [
  { name: 'Kamau Njoroge Hardware', bank: 'PETER KAMAU NJOROGE', ph: '254712***881' },
  { name: 'Rift Valley Builders Ltd', bank: 'RIFT VALLEY BUILDERS LIMITED' },
  { name: 'Mombasa Road Steel Mart', bank: 'MSA ROAD STEEL MART' },
  { name: 'Wanjiru Construction Co.', bank: 'WANJIRU CONSTRUCTION COMPANY' },
  { name: 'Kisumu Lakeside Hardware', bank: 'KISUMU LAKESIDE HARDWARE LTD' },
  { name: 'Thika Road Contractors', bank: 'THIKA ROAD CONTRACTORS' },
  { name: 'Ngong Timber & Hardware', bank: 'NGONG TIMBER AND HARDWARE' },
  { name: 'Eldoret Agrovet & Hardware', bank: 'ELDORET AGROVET HARDWARE' },
  { name: 'Machakos Plumbing Supplies', bank: 'MACHAKOS PLUMBING SUPPLIES' },
  { name: 'Kiambu County Homes Ltd', bank: 'KIAMBU COUNTY HOMES LTD' },
];
const wva = { name: 'Nairobi City Water & Sewerage Co.', bank: 'NAIROBI CITY WATER AND SEWERAGE CO' };
const suppliers = [
  { name: 'Mabati Rolling Mills Ltd', bank: 'MABATI ROLLING MILLS' },
  { name: 'Devki Steel Mills', bank: 'DEVKI STEEL MILLS LTD' },
  { name: 'Crown Paints Kenya PLC', bank: 'CROWN PAINTS KENYA' },
  { name: 'Bamburi Cement PLC', bank: 'BAMBURI CEMENT' },
  { name: 'Kenya Power', bank: 'KENYA POWER AND LIGHTING' },
  { name: 'Tile & Carpet Centre', bank: 'TILE AND CARPET CENTRE' },
  { name: 'Sameer Transporters', bank: 'SAMEER TRANSPORTERS LTD' },
  { name: 'Basco Products (K) Ltd', bank: 'BASCO PRODUCTS' },
];
const walkIns = [
  'JOHN KAMAU',
  'MARY WANJIKU',
  'JAMES OMONDI',
  'FAITH ACHIENG',
  'DAVID KIPROTICH',
  'GRACE MUTHONI',
  'BRIAN OTIENO',
  'ESTHER NJERI',
  'KEVIN MUTUA',
  'SAMUEL KARIUKI',
  'ANN WAMBUI',
  'JOSEPH NDUNGU',
];

export function buildKE(S, R) {
  const days = businessDays(2025, 9);
  const dayAt = (i) => days[Math.min(days.length - 1, Math.max(0, i))];
  const code = () => `TI${R.alnum(8)}`;
  let bnk = 0;
  const excise = (fee) => bp(fee, 2000);
  const feeOf = (rail, a) =>
    rail === 'rtgs' ? 50000 : rail === 'eft' ? 5000 : a <= 1000000 ? 5500 : a <= 10000000 ? 11000 : 22000;
  const railName = { pesalink: 'PESALINK', rtgs: 'RTGS', eft: 'EFT' };
  const P = {
    bankFile: BF,
    ledgerFile: LF,
    invParts: (s) => ({
      prefix: 'INV',
      year: '2025',
      serial: s,
      pad: 5,
      canon: `INV/2025/${String(s).padStart(5, '0')}`,
    }),
    refTemplates: [(r) => r, (r) => `PAYMENT ${r}`, (r) => r, (r) => `PMT ${r}`],
    noRefRemarks: ['PAYMENT', 'GOODS', 'SUPPLIES', 'HARDWARE', ''],
    inNarr: ({ c, remark, rail }) => {
      if (rail === 'c2b') {
        const k = code();
        return { text: `MPESA C2B 400200 ${k} ${c.bank}${remark ? ` ${remark}` : ''}`, ref: k };
      }
      if (rail === 'intra')
        return { text: `IFT FROM ${c.bank}${remark ? ` ${remark}` : ''}`, ref: `FT25${R.digits(9)}` };
      return {
        text: `${railName[rail]} CR ${c.bank}${remark ? ` ${remark}` : ''}`,
        ref: `${rail === 'rtgs' ? 'RT' : 'PL'}${R.digits(12)}`,
      };
    },
    billTemplates: [(b) => b, (b) => `INV ${b}`, (b) => `PMT ${b}`],
    noBillRemarks: ['SUPPLIES', 'PAYMENT', 'ACCOUNT SETTLEMENT'],
    outNarr: ({ s, remark, rail }) => ({
      text: `${railName[rail]} DR ${s.bank} ${remark}`,
      ref: `${rail === 'rtgs' ? 'RT' : 'PL'}${R.digits(12)}`,
    }),
    outFees: (a, rail) => {
      const f = feeOf(rail, a);
      return [
        { amt: -f, text: `${railName[rail]} CHARGES`, ref: '', kind: 'charge' },
        { amt: -excise(f), text: `EXCISE DUTY ON ${railName[rail]} CHARGES`, ref: '', kind: 'tax' },
      ];
    },
    ledIn: ({ c, inv, amt, date }) => ({
      date,
      amt,
      account: COOP,
      part: c.name,
      narr: `Customer Payment: ${inv.canon}`,
      ref: inv.canon,
      num: `PBNK1/2025/${String(++bnk).padStart(5, '0')}`,
    }),
    ledOut: ({ s, bill, amt, date }) => ({
      date,
      amt,
      account: COOP,
      part: s.name,
      narr: `Vendor Payment: ${bill}`,
      ref: bill,
      num: `PBNK1/2025/${String(++bnk).padStart(5, '0')}`,
    }),
  };
  const kes = (lo, hi) => R.int(lo, hi) * 100 * 10; // KES 10 steps
  const withVat = (net) => Math.round((net * 1.16) / 100) * 100;
  let serial = 1204;

  // customer receipts into Co-op
  for (let i = 0; i < 30; i++) {
    const c = R.pick(customers.slice(1));
    const a = withVat(kes(500, 30000));
    const rail = a <= 25000000 && R.chance(0.45) ? 'c2b' : R.pick(['pesalink', 'pesalink', 'eft', 'intra']);
    const d = R.pick(days);
    receipt(S, R, P, {
      c,
      serials: [serial++],
      ledAmts: [a],
      bankDate: d,
      ledgerDate: R.chance(0.12) ? nextBusinessDay(d) : d,
      ref: R.chance(0.55),
      rail,
    });
  }
  // withholding VAT agent: pays the invoice less 2% of the pre-VAT amount
  for (const k of [5, 16]) {
    const net = kes(40000, 120000);
    const gross = Math.round(net * 1.16);
    receipt(S, R, P, {
      c: wva,
      serials: [serial++],
      ledAmts: [gross],
      bankAmts: [gross - bp(net, 200)],
      bankDate: dayAt(k),
      ref: 'canonical',
      rail: 'eft',
      traits: ['short-withholding-vat-2pct'],
    });
  }
  {
    const a = withVat(kes(3000, 9000));
    receipt(S, R, P, {
      c: customers[2],
      serials: [serial++],
      ledAmts: [a],
      bankAmts: [Math.ceil(a / 100000) * 100000],
      bankDate: dayAt(3),
      ref: 'serial-only',
      rail: 'c2b',
      traits: ['over-payment'],
    });
    const two = [withVat(kes(10000, 40000)), withVat(kes(5000, 20000))];
    receipt(S, R, P, {
      c: customers[1],
      serials: [serial, serial + 1],
      ledAmts: two,
      bankDate: dayAt(9),
      ref: 'canonical',
      rail: 'rtgs',
      traits: ['split-one-to-many'],
    });
    serial += 2;
    // above the M-PESA single-transaction limit (KES 250,000): paid in two C2B payments the same day
    const big = withVat(kes(30000, 38000));
    receipt(S, R, P, {
      c: customers[3],
      serials: [serial++],
      ledAmts: [big],
      bankAmts: [25000000, big - 25000000],
      bankDates: [dayAt(12), dayAt(12)],
      ref: 'spaces',
      rail: 'c2b',
      traits: ['split-many-to-one'],
    });
    const cn = withVat(kes(8000, 15000));
    receipt(S, R, P, {
      c: customers[4],
      serials: [serial++],
      ledAmts: [cn],
      bankAmts: [cn - withVat(kes(500, 1500))],
      bankDate: dayAt(14),
      ref: 'joined',
      rail: 'pesalink',
      traits: ['invoice-less-credit-note'],
    });
    const part = withVat(kes(20000, 40000));
    receipt(S, R, P, {
      c: customers[5],
      serials: [serial++],
      ledAmts: [Math.round(part / 3 / 100000) * 100000],
      bankDate: dayAt(17),
      ref: 'lowercase',
      rail: 'pesalink',
      traits: ['part-payment'],
    });
  }
  // twins: the same contractor sends the same round sum twice on one day by M-PESA; booked as two unapplied payments
  {
    const d = dayAt(18);
    const mk = () => {
      const x = receipt(S, R, P, {
        c: customers[6],
        serials: [serial++],
        ledAmts: [5000000],
        bankDate: d,
        ref: false,
        rail: 'c2b',
        deferTruth: true,
      });
      Object.assign(
        S.ledger.find((l) => l.id === x.ledIds[0]),
        { narr: 'Customer Payment', ref: '' },
      );
      return x;
    };
    const a = mk();
    const b = mk();
    const anyOf = [[a.ledIds[0]], [b.ledIds[0]]];
    for (const x of [a, b])
      S.match(x.bankIds, x.ledIds, { traits: ['twins', 'name-only'], evidence: 'counterparty', anyOf });
  }
  // supplier payments
  for (let i = 0; i < 16; i++) {
    const s = R.pick(suppliers);
    const a = withVat(kes(2000, 150000)) + R.int(0, 99);
    const rail = a >= 100000000 ? 'rtgs' : R.pick(['pesalink', 'pesalink', 'eft']);
    const d = R.pick(days);
    payment(S, R, P, {
      s,
      bill: `${s.name.slice(0, 3).toUpperCase()}${R.int(10000, 99999)}`,
      amt: a,
      bankDate: d,
      ledgerDate: R.chance(0.15) ? addDays(d, -1) : d,
      ref: R.chance(0.5),
      rail,
    });
  }
  // failed PesaLink, reversed the next day (the charges stay), resent
  {
    const s = suppliers[5];
    const a = withVat(kes(20000, 60000));
    const bill = `TCC${R.int(10000, 99999)}`;
    const d = dayAt(7);
    const out = S.b(BF, { date: d, amt: -a, text: `PESALINK DR ${s.bank} ${bill}`, ref: `PL${R.digits(12)}` });
    S.bankOnly(S.b(BF, { date: d, amt: -11000, text: 'PESALINK CHARGES', ref: '' }), 'charge');
    S.bankOnly(S.b(BF, { date: d, amt: -2200, text: 'EXCISE DUTY ON PESALINK CHARGES', ref: '' }), 'tax');
    const rev = S.b(BF, {
      date: nextBusinessDay(d),
      amt: a,
      text: `REV PESALINK DR ${s.bank} ${bill} TXN FAILED`,
      ref: '',
    });
    S.reversal(out, rev);
    payment(S, R, P, {
      s,
      bill,
      amt: a,
      bankDate: nextBusinessDay(nextBusinessDay(d)),
      ledgerDate: d,
      ref: true,
      rail: 'pesalink',
    });
  }
  // payroll and statutory
  {
    const d = dayAt(days.length - 2);
    const sal = 128450000;
    const b = S.b(BF, {
      date: d,
      amt: -sal,
      text: 'BULK PAYMENT SALARIES SEP 2025 18 RECORDS',
      ref: `BK${R.digits(10)}`,
    });
    S.match(
      [b],
      [
        S.l(LF, {
          date: d,
          amt: -sal,
          account: COOP,
          part: '',
          narr: 'Net salaries September 2025',
          ref: 'SLIP/2025/09',
          num: `MISC/2025/09/0004`,
        }),
      ],
      { traits: ['amount-only'], evidence: 'amount' },
    );
    S.bankOnly(S.b(BF, { date: d, amt: -18 * 5500, text: 'BULK PAYMENT CHARGES', ref: '' }), 'charge');
    S.bankOnly(
      S.b(BF, { date: d, amt: -excise(18 * 5500), text: 'EXCISE DUTY ON BULK PAYMENT CHARGES', ref: '' }),
      'tax',
    );
    const stat = [
      [`KRA PRN 2025${R.digits(12)} PAYE AUG 2025`, 'Kenya Revenue Authority', 'PAYE August 2025', 31877500, 6],
      [
        `KRA PRN 2025${R.digits(12)} AHL AUG 2025`,
        'Kenya Revenue Authority',
        'Affordable Housing Levy August 2025',
        4426800,
        6,
      ],
      [`KRA PRN 2025${R.digits(12)} VAT AUG 2025`, 'Kenya Revenue Authority', 'VAT return August 2025', 68231200, 13],
      ['NSSF CONTRIBUTION AUG 2025 EMPLOYER NO 0029931', 'NSSF', 'NSSF Tier I & II August 2025', 7776000, 6],
      ['SHA CONTRIBUTION AUG 2025 EMP 1187234', 'Social Health Authority', 'SHIF August 2025', 4057800, 6],
    ];
    for (const [text, part, narr, amt, k] of stat) {
      const bd = dayAt(k);
      const b2 = S.b(BF, { date: bd, amt: -amt, text, ref: `KR${R.digits(10)}` });
      S.match(
        [b2],
        [
          S.l(LF, {
            date: bd,
            amt: -amt,
            account: COOP,
            part,
            narr,
            ref: '',
            num: `BNK1/2025/09/${String(++bnk).padStart(4, '0')}`,
          }),
        ],
        { traits: ['name-only'], evidence: 'counterparty' },
      );
    }
  }
  // cheques
  {
    const a = withVat(kes(20000, 50000));
    const l1 = S.l(LF, {
      date: dayAt(2),
      amt: -a,
      account: COOP,
      part: 'Sameer Transporters',
      narr: 'Vendor Payment: cheque 000318',
      ref: 'CHQ 000318',
      num: `PBNK1/2025/${String(++bnk).padStart(5, '0')}`,
    });
    S.match([S.b(BF, { date: dayAt(5), amt: -a, text: 'CHQ NO 000318 CLEARING', ref: '000318' })], [l1], {
      traits: ['cheque-number', 'ref-no-padding'],
      evidence: 'reference',
    });
    const l2 = S.l(LF, {
      date: dayAt(days.length - 2),
      amt: -withVat(kes(10000, 30000)),
      account: COOP,
      part: 'Tile & Carpet Centre',
      narr: 'Vendor Payment: cheque 000319',
      ref: 'CHQ 000319',
      num: `PBNK1/2025/${String(++bnk).padStart(5, '0')}`,
    });
    S.onlyInBooks(l2, 'cheque 000319 not yet presented');
    const dep = withVat(kes(15000, 40000));
    const ld = dayAt(10);
    const l3 = S.l(LF, {
      date: ld,
      amt: dep,
      account: COOP,
      part: customers[9].name,
      narr: `Customer Payment: INV/2025/${String(serial).padStart(5, '0')}`,
      ref: `INV/2025/${String(serial++).padStart(5, '0')}`,
      num: `PBNK1/2025/${String(++bnk).padStart(5, '0')}`,
    });
    const cd = addDays(ld, 2 + (weekday(addDays(ld, 2)) % 6 === 0 ? 2 : 0));
    S.match(
      [
        S.b(BF, {
          date: cd,
          valueDate: cd,
          amt: dep,
          text: 'CHQ DEPOSIT 104522 KCB KIAMBU COUNTY HOMES',
          ref: '104522',
        }),
      ],
      [l3],
      { traits: ['name-only', 'settled-next-day'], evidence: 'counterparty' },
    );
  }
  // M-PESA till: walk-in trade sales, each payment charged 0.55% (max KES 200) as its own line; Odoo POS books one
  // M-PESA total per session (day); swept to Co-op every few days
  let tillBal = 1843500;
  let pos = 211;
  const tillRec = (d, t, amt, who, ph) => {
    const k = code();
    const id = S.b(TF, {
      date: d,
      time: t,
      amt,
      text: 'Customer Merchant Payment',
      ref: k,
      reason: 'Pay Merchant',
      party: `${ph} - ${who}`,
    });
    if (amt > 20000) {
      const fee = Math.min(bp(amt, 55), 20000);
      const f = S.b(TF, {
        date: d,
        time: t,
        amt: -fee,
        text: 'Pay Merchant Charge',
        ref: code(),
        reason: 'Pay Merchant Charge',
        linked: k,
      });
      S.bankOnly(f, 'charge');
      tillBal -= fee;
    }
    tillBal += amt;
    return id;
  };
  const phone = () => `2547${R.int(0, 9)}${R.int(0, 9)}***${R.digits(3)}`;
  const sweepDays = new Set(['2025-09-05', '2025-09-10', '2025-09-15', '2025-09-19', '2025-09-24', '2025-09-30']);
  for (let d = '2025-09-01'; d <= '2025-09-30'; d = addDays(d, 1)) {
    if (weekday(d) === 0) continue;
    const n = R.int(1, 3);
    const ids = [];
    let tot = 0;
    for (let i = 0; i < n; i++) {
      const amt = R.int(8, 450) * 10000 + R.pick([0, 0, 5000]);
      ids.push(
        tillRec(
          d,
          `${String(9 + i * 3).padStart(2, '0')}:${R.int(10, 59)}:${R.int(10, 59)}`,
          amt,
          R.pick(walkIns),
          phone(),
        ),
      );
      tot += amt;
    }
    const l = S.l(LF, {
      date: d,
      amt: tot,
      account: TILL,
      part: '',
      narr: `Shop/0${pos} - M-PESA`,
      ref: '',
      num: `POSS/2025/0${pos++}`,
    });
    S.match(ids, [l], {
      traits: ['amount-only', ...(ids.length > 1 ? ['split-many-to-one'] : [])],
      evidence: 'amount',
    });
    if (d === '2025-09-11') {
      // a trade customer pays an invoice at the till: no account field on Buy Goods, so no reference
      const a = withVat(kes(2000, 6000));
      const id = tillRec(d, '15:02:44', a, 'PETER KAMAU NJOROGE', '254712***881');
      const inv = `INV/2025/${String(serial++).padStart(5, '0')}`;
      const li = S.l(LF, {
        date: d,
        amt: a,
        account: TILL,
        part: customers[0].name,
        narr: `Customer Payment: ${inv}`,
        ref: inv,
        num: `PMPES/2025/00${R.int(10, 99)}`,
      });
      S.match([id], [li], { traits: ['name-only'], evidence: 'counterparty' });
    }
    const amt = Math.floor((tillBal - 500000) / 100000) * 100000;
    if (sweepDays.has(d) && amt >= 1000000) {
      const k = code();
      const w = S.b(TF, {
        date: d,
        time: '17:45:10',
        amt: -amt,
        text: 'Business Withdrawal to Bank',
        ref: k,
        reason: 'Withdraw to Bank',
        party: 'Co-operative Bank - 01129047751800',
      });
      tillBal -= amt;
      const lt = S.l(LF, {
        date: d,
        amt: -amt,
        account: TILL,
        part: '',
        narr: 'Internal transfer to Co-op Bank',
        ref: '',
        num: `MPESA/2025/09/00${R.int(10, 99)}`,
      });
      const lb = S.l(LF, {
        date: d,
        amt,
        account: COOP,
        part: '',
        narr: 'Internal transfer from M-PESA Till',
        ref: '',
        num: `BNK1/2025/09/${String(++bnk).padStart(4, '0')}`,
      });
      S.match([w], [lt], { traits: ['interbank-transfer', 'amount-only'], evidence: 'amount' });
      if (d === '2025-09-30')
        S.onlyInBooks(lb, 'till sweep of 30 September credited by Co-op on 1 October (in transit)');
      else {
        const b = S.b(BF, { date: d, amt, text: `MPESA B2B ${k} TILL 5123456 MWANGI AND OTIENO HARDWARE`, ref: k });
        S.match([b], [lb], { traits: ['interbank-transfer', 'amount-only'], evidence: 'amount' });
      }
    }
  }
  // not in the books
  {
    const u = S.b(BF, {
      date: dayAt(15),
      amt: 1250000,
      text: `MPESA C2B 400200 ${code()} GRACE WANJIRU NDEGWA`,
      ref: code(),
    });
    S.noCounterpart(u, 'unidentified M-PESA receipt, not recorded');
    const atm = S.b(BF, {
      date: dayAt(8),
      amt: -2000000,
      text: 'ATM WDL CO-OP HOUSE ATM 0142',
      ref: `AT${R.digits(8)}`,
    });
    S.noCounterpart(atm, 'cash withdrawn by a director, not recorded');
    S.bankOnly(S.b(BF, { date: dayAt(8), amt: -3300, text: 'ATM WITHDRAWAL CHARGE', ref: '' }), 'charge');
    S.bankOnly(S.b(BF, { date: dayAt(8), amt: -660, text: 'EXCISE DUTY ON ATM WITHDRAWAL CHARGE', ref: '' }), 'tax');
  }
  // month end
  {
    const last = '2025-09-30';
    S.bankOnly(S.b(BF, { date: last, amt: -35000, text: 'MONTHLY LEDGER FEE', ref: '' }), 'charge');
    S.bankOnly(S.b(BF, { date: last, amt: -7000, text: 'EXCISE DUTY ON LEDGER FEE', ref: '' }), 'tax');
    S.bankOnly(S.b(BF, { date: last, amt: -20000, text: 'SMS ALERT CHARGES SEP 2025', ref: '' }), 'charge');
    S.bankOnly(S.b(BF, { date: last, amt: -4000, text: 'EXCISE DUTY ON SMS ALERT CHARGES', ref: '' }), 'tax');
  }
  const opening = 631884750;
  return {
    set: 'ke-coop-mpesa-odoo',
    country: 'KE',
    currency: 'KES',
    timezone: 'Africa/Nairobi',
    period: { from: '2025-09-01', to: '2025-09-30' },
    bankFiles: [
      {
        file: BF,
        bank: 'Co-operative Bank of Kenya',
        layout: 'coop',
        ledgerAccount: COOP,
        opening,
        readOptions: {
          mapping: {
            date: 'Transaction Date',
            valueDate: 'Value Date',
            description: 'Transaction Details',
            reference: 'Reference No.',
            moneyOut: 'Debit',
            moneyIn: 'Credit',
            balance: 'Book Balance',
          },
          currency: 'KES',
          dateOrder: 'DMY',
        },
        ledgerRows: (x) => x.account === COOP,
      },
      {
        file: TF,
        bank: 'Safaricom M-PESA (Buy Goods till)',
        layout: 'mpesa',
        ledgerAccount: TILL,
        opening: 1843500,
        readOptions: {
          mapping: {
            date: 'Completion Time',
            description: 'Details',
            reference: 'Receipt No.',
            party: 'Other Party Info',
            moneyIn: 'Paid In',
            moneyOut: 'Withdrawn',
            balance: 'Balance',
          },
          currency: 'KES',
        },
        ledgerRows: (x) => x.account === TILL,
      },
    ],
    ledgerFiles: [
      {
        file: LF,
        package: 'Odoo 17 (Journal Items export, XLSX)',
        layout: 'odoo',
        readOptions: {
          mapping: {
            date: 'Date',
            account: 'Account',
            party: 'Partner',
            description: 'Label',
            reference: 'Reference',
            moneyIn: 'Debit',
            moneyOut: 'Credit',
          },
        },
      },
    ],
  };
}
export const _g = grouped;
