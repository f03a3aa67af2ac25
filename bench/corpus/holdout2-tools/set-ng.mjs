// ng-stanbic-tally: a Lagos food distributor, October 2025. Stanbic IBTC current account statement (XLSX, as the
// internet-banking "Download statement → Excel" writes it) against the bank ledger of Tally Prime ("Ledger Vouchers"
// exported to Excel with narrations in their own column).
import { businessDays, nextBusinessDay, addDays, dMonY, bp, excelSerial } from './lib.mjs';
import { receipt, payment } from './scenario.mjs';

const BF = 'stanbic-ibtc-0031478295-oct2025.xlsx';
const LF = 'tally-stanbic-ibtc-ledger-oct2025.xlsx';

const customers = [
  { name: 'Mama Nkechi Supermarket', bank: 'MAMA NKECHI SUPERMKT', bc: '044' },
  { name: 'Jumbo Mart Nigeria Limited', bank: 'JUMBO-MART NIG LTD', bc: '058' },
  { name: 'Prince Ebeano Supermarket', bank: 'PRINCE EBEANO SUPERMARKET LTD', bc: '057' },
  { name: 'Alhaji Sani Wholesale Stores', bank: 'SANI WHOLESALE STORES', bc: '011' },
  { name: 'Grace & Glory Provisions', bank: 'GRACE AND GLORY PROVISIONS', bc: '232' },
  { name: 'Emeka Ventures', bank: 'EMEKA VENTURES ENTERPRISE', bc: '033' },
  { name: 'Lekki Gardens Mini Mart', bank: 'LEKKI GARDENS MINI MART', bc: '070' },
  { name: 'Bukola Foods Ltd', bank: 'BUKOLA FOODS LIMITED', bc: '214' },
  { name: 'Hubmart Stores Limited', bank: 'HUBMART STORES LTD', bc: '058' },
  { name: 'Chidi & Sons Trading Co', bank: 'CHIDI AND SONS TRADING', bc: '044' },
  { name: 'Ikeja Catering Services', bank: 'IKEJA CATERING SERVICES', bc: '035' },
  { name: 'Ojota Kitchen & Events', bank: 'OJOTA KITCHEN AND EVENTS', bc: '057' },
];
const bigCustomer = { name: 'Chicken Republic (Food Concepts Plc)', bank: 'FOOD CONCEPTS PLC', bc: '058' };
const bankNames = {
  '044': 'ACCESS',
  '058': 'GTB',
  '057': 'ZENITH',
  '011': 'FIRSTBANK',
  232: 'STERLING',
  '033': 'UBA',
  '070': 'FIDELITY',
  214: 'FCMB',
  '035': 'WEMA',
  221: 'STANBIC',
};
const suppliers = [
  { name: 'Olam Nigeria Limited', bank: 'OLAM NIGERIA LTD', bill: () => `OLM/INV/${70000 + ri(100, 999)}` },
  {
    name: 'Flour Mills of Nigeria Plc',
    bank: 'FLOUR MILLS OF NIGERIA PLC',
    bill: () => `FMN${ri(2025100000, 2025109999)}`,
  },
  { name: 'Dangote Sugar Refinery', bank: 'DANGOTE SUGAR REFINERY PLC', bill: () => `DSR-${ri(400000, 499999)}` },
  { name: 'Honeywell Flour Mills', bank: 'HONEYWELL FLOUR MILLS PLC', bill: () => `HFM/25/${ri(10000, 19999)}` },
  { name: 'Promasidor Nigeria', bank: 'PROMASIDOR NIG LTD', bill: () => `PN-${ri(880000, 889999)}` },
  { name: 'Kobo360 Logistics', bank: 'KOBO360 LOGISTICS LTD', bill: () => `K360-${ri(5000, 5999)}` },
  { name: 'Ikeja Electric', bank: 'IKEJA ELECTRIC PLC', bill: () => `IE${ri(1000000, 9999999)}` },
  { name: 'Adekunle Haulage Services', bank: 'ADEKUNLE HAULAGE SVCS', bill: () => `AHS ${ri(100, 400)}` },
  { name: 'Total Energies Marketing', bank: 'TOTALENERGIES MARKETING NIG', bill: () => `TEM${ri(300000, 399999)}` },
  { name: 'Crown Packaging Ltd', bank: 'CROWN PACKAGING LTD', bill: () => `CP/${ri(2000, 2999)}` },
];
let ri;

export function buildNG(S, R) {
  ri = R.int;
  const hol = ['2025-10-01'];
  const days = businessDays(2025, 10, hol);
  const session = (bc, date) =>
    `${bc === '221' ? '000221' : `000${bc}`.slice(-6)}${date.slice(2, 4)}${date.slice(5, 7)}${date.slice(8, 10)}${R.digits(6)}${R.digits(12)}`;
  const nipFee = (a) => (a <= 500000 ? [1000, 75] : a <= 5000000 ? [2500, 188] : [5000, 375]);
  let serial = 380;
  const P = {
    bankFile: BF,
    ledgerFile: LF,
    invParts: (s) => ({
      prefix: 'AOF',
      year: '25-26',
      serial: s,
      pad: 4,
      canon: `AOF/25-26/${String(s).padStart(4, '0')}`,
    }),
    refKinds: ['canonical', 'canonical', 'lowercase', 'serial-only', 'serial-only', 'no-padding', 'spaces'],
    refTemplates: [(r) => r, (r) => `PYMT FOR ${r}`, (r) => `${r} PAYMENT`, (r) => `being pymt of ${r}`],
    noRefRemarks: ['PAYMENT', 'TRANSFER', 'SUPPLY', 'OCT GOODS', 'PAYMENT FOR GOODS', 'FOODSTUFF', ''],
    inNarr: ({ c, remark, date, rail }) => {
      if (rail === 'intra')
        return { text: `TRANSFER FROM ${c.bank}${remark ? ` - ${remark}` : ''}`, ref: `FT${R.digits(10)}` };
      return {
        text: `NIP/${bankNames[c.bc]}/${c.bank}${remark ? `/${remark}` : ''}`,
        ref: session(c.bc, date),
      };
    },
    inFees: (amt, rail) =>
      rail === 'cheque' || rail === 'cash' || amt < 1000000
        ? []
        : [{ amt: -5000, text: 'ELECTRONIC MONEY TRANSFER LEVY', ref: '', kind: 'levy' }],
    railTraits: (rail) => (rail === 'intra' ? [] : ['nip-session-id']),
    billTemplates: [(b) => b, (b) => `PAYMT ${b}`, (b) => `INV ${b}`],
    noBillRemarks: ['SUPPLY PAYMENT', 'PART OF OUTSTANDING', 'OCT DELIVERY', 'PAYMENT'],
    outNarr: ({ s, remark, date }) => ({ text: `NIP TRANSFER TO ${s.bank} - ${remark}`, ref: session('221', date) }),
    outFees: (amt) => {
      const [f, v] = nipFee(amt);
      return [
        { amt: -f, text: 'NIP TRANSFER CHARGE', ref: '', kind: 'charge' },
        { amt: -v, text: 'VAT ON NIP TRANSFER CHARGE', ref: '', kind: 'fee-vat' },
      ];
    },
    ledIn: ({ c, inv, amt, date }) => ({
      date,
      amt,
      part: c.name,
      type: 'Receipt',
      narr: inv ? `Being payment received against Inv No. ${inv.canon}` : 'Being payment received',
    }),
    ledOut: ({ s, bill, amt, date }) => ({
      date,
      amt,
      part: s.name,
      type: 'Payment',
      narr: `Being payment of their invoice ${bill}`,
    }),
  };
  const naira = (lo, hi) => R.int(lo, hi) * 1000; // in kobo, ₦10 steps
  const withVat = (net) => Math.round(net * 1.075);
  const dayAt = (i) => days[Math.min(days.length - 1, Math.max(0, i))];
  const ref = () => R.next() < 0.55;

  // ordinary receipts
  for (let i = 0; i < 34; i++) {
    const c = R.pick(customers);
    const amt = withVat(naira(20000, 500000));
    const d = R.pick(days);
    const late = R.chance(0.12) ? nextBusinessDay(d) : d;
    receipt(S, R, P, {
      c,
      serials: [serial++],
      ledAmts: [amt],
      bankDate: d,
      ledgerDate: late,
      ref: ref(),
      rail: R.chance(0.1) ? 'intra' : 'nip',
    });
  }
  // a director pays for his company's invoice from his own account
  receipt(S, R, P, {
    c: customers[5],
    alias: { bank: 'EMEKA C OKONKWO', bc: '033' },
    serials: [serial++],
    ledAmts: [withVat(naira(20000, 60000))],
    bankDate: dayAt(6),
    ref: false,
    rail: 'nip',
  });
  // big customer: paid net of 5% WHT on the pre-VAT amount, with the invoice number
  for (const k of [3, 14]) {
    const net = naira(150000, 600000);
    const gross = withVat(net);
    receipt(S, R, P, {
      c: bigCustomer,
      serials: [serial++],
      ledAmts: [gross],
      bankAmts: [gross - bp(net, 500)],
      bankDate: dayAt(k),
      ref: 'canonical',
      rail: 'nip',
      traits: ['short-withholding-tax-5pct'],
    });
  }
  // over-payment (rounded up), part payment, credit note, one transfer for three invoices, one invoice in two transfers
  {
    const a = withVat(naira(40000, 90000));
    receipt(S, R, P, {
      c: customers[1],
      serials: [serial++],
      ledAmts: [a],
      bankAmts: [Math.ceil(a / 1000000) * 1000000],
      bankDate: dayAt(4),
      ref: 'serial-only',
      rail: 'nip',
      traits: ['over-payment'],
    });
    const p = withVat(naira(100000, 200000));
    receipt(S, R, P, {
      c: customers[3],
      serials: [serial++],
      ledAmts: [Math.round(p / 2 / 100) * 100],
      bankDate: dayAt(8),
      ref: 'canonical',
      rail: 'nip',
      traits: ['part-payment'],
    });
    const cn = withVat(naira(40000, 60000));
    const ci = withVat(naira(3000, 8000));
    receipt(S, R, P, {
      c: customers[2],
      serials: [serial++],
      ledAmts: [cn],
      bankAmts: [cn - ci],
      bankDate: dayAt(10),
      ref: 'lowercase',
      rail: 'nip',
      traits: ['invoice-less-credit-note'],
    });
    const three = [withVat(naira(20000, 50000)), withVat(naira(20000, 50000)), withVat(naira(5000, 20000))];
    receipt(S, R, P, {
      c: customers[8],
      serials: [serial, serial + 1, serial + 2],
      ledAmts: three,
      bankDate: dayAt(12),
      ref: 'serial-only',
      rail: 'nip',
      traits: ['split-one-to-many'],
    });
    serial += 3;
    const two = withVat(naira(200000, 400000));
    const first = Math.round((two * 0.6) / 100000) * 100000;
    receipt(S, R, P, {
      c: customers[0],
      serials: [serial++],
      ledAmts: [two],
      bankAmts: [first, two - first],
      bankDates: [dayAt(9), dayAt(13)],
      ledgerDate: dayAt(13),
      ref: 'canonical',
      rail: 'nip',
      traits: ['split-many-to-one'],
    });
  }
  // twins: two identical top-ups from the same shop on the same day, booked as two identical receipts
  {
    const amt = 25000000;
    const d = dayAt(16);
    const a = receipt(S, R, P, {
      c: customers[6],
      serials: [serial++],
      ledAmts: [amt],
      bankDate: d,
      ref: false,
      rail: 'nip',
      deferTruth: true,
    });
    const b = receipt(S, R, P, {
      c: customers[6],
      serials: [serial++],
      ledAmts: [amt],
      bankDate: d,
      ref: false,
      rail: 'nip',
      deferTruth: true,
    });
    // same narration, same ledger wording: the bookkeeper did not apply them to invoices
    for (const x of [a, b])
      S.bank.find((l) => l.id === x.bankIds[0]).text = `NIP/FIDELITY/LEKKI GARDENS MINI MART/PAYMENT`;
    for (const x of [a, b])
      Object.assign(
        S.ledger.find((l) => l.id === x.ledIds[0]),
        { narr: 'Being payment received on account' },
      );
    const anyOf = [[a.ledIds[0]], [b.ledIds[0]]];
    S.match(a.bankIds, a.ledIds, { traits: ['twins', 'name-only', 'nip-session-id'], evidence: 'counterparty', anyOf });
    S.match(b.bankIds, b.ledIds, { traits: ['twins', 'name-only', 'nip-session-id'], evidence: 'counterparty', anyOf });
  }

  // supplier payments
  for (let i = 0; i < 18; i++) {
    const s = R.pick(suppliers);
    const d = R.pick(days);
    payment(S, R, P, {
      s,
      bill: s.bill(),
      amt: withVat(naira(30000, 600000)) - R.int(0, 99),
      bankDate: d,
      ledgerDate: R.chance(0.15) ? addDays(d, -1) : d,
      ref: R.chance(0.5),
    });
  }
  // a failed transfer, reversed next day with its fee, then resent
  {
    const s = suppliers[7];
    const amt = withVat(naira(300000, 500000));
    const d = dayAt(11);
    const bill = s.bill();
    const out = S.b(BF, { date: d, amt: -amt, text: `NIP TRANSFER TO ${s.bank} - ${bill}`, ref: session('221', d) });
    const fee = S.b(BF, { date: d, amt: -5000, text: 'NIP TRANSFER CHARGE', ref: '' });
    const vat = S.b(BF, { date: d, amt: -375, text: 'VAT ON NIP TRANSFER CHARGE', ref: '' });
    const d2 = nextBusinessDay(d);
    const rev = S.b(BF, {
      date: d2,
      amt,
      text: `REVERSAL - NIP TRANSFER TO ${s.bank} - BENEFICIARY BANK UNAVAILABLE`,
      ref: '',
    });
    const frev = S.b(BF, { date: d2, amt: 5000, text: 'REVERSAL - NIP TRANSFER CHARGE', ref: '' });
    const vrev = S.b(BF, { date: d2, amt: 375, text: 'REVERSAL - VAT ON NIP TRANSFER CHARGE', ref: '' });
    S.reversal(out, rev);
    S.reversal(fee, frev);
    S.reversal(vat, vrev);
    payment(S, R, P, { s, bill, amt, bankDate: nextBusinessDay(d2), ledgerDate: d, ref: true });
  }

  // POS takings: two Stanbic terminals, settled the next business day net of the 0.5% MSC (capped ₦1,000 a card)
  const salesDays = [];
  for (let d = '2025-09-30'; d <= '2025-10-31'; d = addDays(d, 1))
    if (new Date(`${d}T00:00:00Z`).getUTCDay() !== 0) salesDays.push(d);
  for (const sd of salesDays) {
    const terms = R.chance(0.25) ? ['2214S8K1', '2214S8K2'] : ['2214S8K1'];
    const settle = nextBusinessDay(sd, hol);
    let grossAll = 0;
    const lines = [];
    let mscAll = 0;
    for (const t of terms) {
      let gross = 0;
      let msc = 0;
      for (let k = R.int(3, 9); k > 0; k--) {
        const card = R.int(2000, 60000) * 100;
        gross += card;
        msc += Math.min(bp(card, 50), 100000);
      }
      grossAll += gross;
      mscAll += msc;
      lines.push({ t, net: gross - msc });
    }
    const bankIds =
      settle <= '2025-10-31'
        ? lines.map((x) =>
            S.b(BF, {
              date: settle,
              amt: x.net,
              text: `POS SETTLEMENT TID ${x.t} MID 2214LA0000581 ${dMonY(sd).toUpperCase()}`,
              ref: `PS${sd.replace(/-/g, '').slice(2)}${x.t.slice(-2)}`,
            }),
          )
        : [];
    if (sd < '2025-10-01') {
      for (const id of bankIds)
        S.noCounterpart(
          id,
          "settles the POS takings of 30 September, booked in September (last month's deposit in transit, not in this export)",
        );
      continue;
    }
    const sale = S.l(LF, {
      date: sd,
      amt: grossAll,
      part: 'Sales - POS Takings',
      type: 'Receipt',
      narr: `Being POS sales for ${dMonY(sd, ' ')}`,
    });
    if (!bankIds.length) {
      S.onlyInBooks(sale, 'POS takings of 31 October settled on 3 November (deposit in transit)');
      continue;
    }
    const traits = ['pos-settlement', 'settled-next-day', ...(bankIds.length > 1 ? ['split-many-to-one'] : [])];
    if (R.chance(0.4)) {
      const fee = S.l(LF, {
        date: settle,
        amt: -mscAll,
        part: 'POS Merchant Service Charge',
        type: 'Journal',
        narr: `MSC on POS settlement ${dMonY(sd, ' ')}`,
      });
      S.match(bankIds, [sale, fee], { traits: [...traits, 'amount-only'], evidence: 'amount' });
    } else S.match(bankIds, [sale], { traits: [...traits, 'short-net-of-fee', 'amount-only'], evidence: 'amount' });
  }

  // payroll, statutory remittances through Remita / TaxPro Max
  {
    const d = dayAt(days.length - 2);
    const sal = 1843725000;
    const bid = S.b(BF, {
      date: d,
      amt: -sal,
      text: 'BULK PAYMENT - OCT 2025 SALARIES - 26 BENEFICIARIES',
      ref: `BP${R.digits(9)}`,
    });
    S.match(
      [bid],
      [
        S.l(LF, {
          date: d,
          amt: -sal,
          part: 'Salaries & Wages Payable',
          type: 'Payment',
          narr: 'Being net salaries for October 2025',
        }),
      ],
      { traits: ['amount-only'], evidence: 'amount' },
    );
    S.bankOnly(S.b(BF, { date: d, amt: -26 * 5000, text: 'BULK PAYMENT CHARGES - 26 ITEMS', ref: '' }), 'charge');
    S.bankOnly(S.b(BF, { date: d, amt: -26 * 375, text: 'VAT ON BULK PAYMENT CHARGES', ref: '' }), 'fee-vat');
    const stat = [
      [
        'REMITA/LIRS/PAYE SEP 2025/RRR 2909-5531-8807',
        'Lagos State IRS - PAYE',
        'Being PAYE for September 2025, RRR 2909-5531-8807',
        301455000,
        7,
      ],
      [
        'REMITA/PENCOM/STANBIC IBTC PENSION MGRS/SEP 2025 PENSION',
        'Pension Payable - Stanbic IBTC Pension',
        'Being pension contributions Sept 2025 (18%)',
        297450000,
        7,
      ],
      ['REMITA/NSITF/ECS SEP 2025', 'NSITF Employee Compensation', 'Being ECS 1% September 2025', 18437250, 8],
      [
        'FIRS TAXPRO MAX/VAT SEP 2025/TIN 18273645-0001',
        'FIRS - VAT Payable',
        'Being VAT return September 2025',
        412630000,
        12,
      ],
      [
        'FIRS TAXPRO MAX/WHT SEP 2025/TIN 18273645-0001',
        'FIRS - WHT Payable',
        'Being WHT deducted from suppliers Sept 2025',
        64210000,
        12,
      ],
    ];
    for (const [text, part, narr, amt, k] of stat) {
      const bd = dayAt(k);
      const b = S.b(BF, { date: bd, amt: -amt, text, ref: `RM${R.digits(10)}` });
      S.match([b], [S.l(LF, { date: bd, amt: -amt, part, type: 'Payment', narr })], {
        traits: ['name-only'],
        evidence: 'counterparty',
      });
    }
  }
  // cheques: one presented, one not yet presented; a customer's cheque lodged on the 31st (in transit)
  {
    const c1 = withVat(naira(100000, 300000));
    const ld = dayAt(5);
    const l1 = S.l(LF, {
      date: ld,
      amt: -c1,
      part: 'Lagos Pallets & Crates Ltd',
      type: 'Payment',
      narr: 'Being payment for pallets vide Chq No. 00000412',
    });
    const b1 = S.b(BF, { date: dayAt(9), amt: -c1, text: 'INWARD CLEARING CHQ NO 00000412', ref: '00000412' });
    S.match([b1], [l1], { traits: ['ref-no-padding'], evidence: 'reference' });
    const l2 = S.l(LF, {
      date: dayAt(days.length - 3),
      amt: -withVat(naira(50000, 150000)),
      part: 'Mainland Printing Press',
      type: 'Payment',
      narr: 'Being payment for cartons printing vide Chq No. 00000413',
    });
    S.onlyInBooks(l2, 'cheque 00000413 not yet presented (unpresented cheque)');
    const l3 = S.l(LF, {
      date: '2025-10-31',
      amt: withVat(naira(60000, 120000)),
      part: 'Ikeja Catering Services',
      type: 'Receipt',
      narr: `Being payment received against Inv No. AOF/25-26/${String(serial).padStart(4, '0')} - Chq 10023341 (Zenith)`,
    });
    S.onlyInBooks(l3, 'cheque lodged on 31 October, not yet cleared (deposit in transit)');
    // cash lodged at the branch
    const cash = naira(50000, 150000);
    const cd = dayAt(15);
    const b4 = S.b(BF, {
      date: cd,
      amt: cash,
      text: 'CASH DEPOSIT - ILUPEJU BRANCH - DEP: TUNDE ADEWALE',
      ref: `TLR${R.digits(7)}`,
    });
    S.match(
      [b4],
      [
        S.l(LF, {
          date: cd,
          amt: cash,
          part: 'Cash in Hand',
          type: 'Contra',
          narr: 'Being cash lodged at Stanbic IBTC Ilupeju',
        }),
      ],
      { traits: ['amount-only'], evidence: 'amount' },
    );
  }
  // transfer in from the company's Access Bank account
  {
    const amt = naira(300000, 900000);
    const d = dayAt(17);
    const b = S.b(BF, { date: d, amt, text: 'NIP/ACCESS/ADEYEMI-OKAFOR FOODS DIST/FUNDING', ref: session('044', d) });
    S.match(
      [b],
      [
        S.l(LF, {
          date: d,
          amt,
          part: 'Access Bank Current A/c',
          type: 'Contra',
          narr: 'Being funds transfer from Access Bank',
        }),
      ],
      { traits: ['interbank-transfer', 'name-only', 'nip-session-id'], evidence: 'counterparty' },
    );
    S.bankOnly(S.b(BF, { date: d, amt: -5000, text: 'ELECTRONIC MONEY TRANSFER LEVY', ref: '' }), 'levy');
  }
  // lines the books do not hold
  {
    const d = dayAt(19);
    const u = S.b(BF, { date: d, amt: 7500000, text: 'NIP/OPAY/MUSA IBRAHIM ABDULLAHI/TRF', ref: session('999', d) });
    S.noCounterpart(u, 'unidentified receipt: the bookkeeper has not recorded it');
    S.bankOnly(S.b(BF, { date: d, amt: -5000, text: 'ELECTRONIC MONEY TRANSFER LEVY', ref: '' }), 'levy');
    const a = S.b(BF, {
      date: dayAt(7),
      amt: -1000000,
      text: 'AIRTIME PURCHASE - MTN - 08033412876',
      ref: `AT${R.digits(10)}`,
    });
    S.noCounterpart(a, 'airtime bought on the app by the MD, not recorded');
    const dstv = S.b(BF, {
      date: dayAt(2),
      amt: -3700000,
      text: 'DSTV SUBSCRIPTION - SMARTCARD 7023418855',
      ref: `BP${R.digits(10)}`,
    });
    S.noCounterpart(dstv, 'standing payment not entered in Tally');
  }
  // month-end bank charges: SMS alerts, account maintenance fee (₦1 per mille of customer-induced debits) + VAT
  {
    const last = '2025-10-31';
    const sms = S.bank.filter((l) => l.file === BF).length;
    S.bankOnly(
      S.b(BF, { date: last, amt: -sms * 400, text: 'SMS ALERT CHARGES 01-OCT-25 TO 31-OCT-25', ref: '' }),
      'charge',
    );
    const debits = S.bank
      .filter((l) => l.file === BF && l.amt < 0 && !/CHARGE|LEVY|VAT/.test(l.text))
      .reduce((a, l) => a - l.amt, 0);
    const amf = Math.round(debits / 1000);
    S.bankOnly(S.b(BF, { date: last, amt: -amf, text: 'ACCOUNT MAINTENANCE FEE - OCT 2025', ref: '' }), 'charge');
    S.bankOnly(S.b(BF, { date: last, amt: -bp(amf, 750), text: 'VAT ON ACCOUNT MAINTENANCE FEE', ref: '' }), 'fee-vat');
  }

  return {
    set: 'ng-stanbic-tally',
    country: 'NG',
    currency: 'NGN',
    timezone: 'Africa/Lagos',
    period: { from: '2025-10-01', to: '2025-10-31' },
    bankFiles: [
      {
        file: BF,
        bank: 'Stanbic IBTC',
        layout: 'stanbic',
        ledgerAccount: 'Stanbic IBTC Bank A/c 0031478295',
        opening: 4187522510,
        readOptions: {},
      },
    ],
    ledgerFiles: [
      {
        file: LF,
        package: 'Tally Prime (Ledger Vouchers, Excel)',
        layout: 'tally',
        readOptions: {
          mapping: { date: 'Date', description: ['Particulars', 'Narration'], moneyIn: 'Debit', moneyOut: 'Credit' },
        },
        openingBooks: 4211870510,
      },
    ],
  };
}
export const _excel = excelSerial;
