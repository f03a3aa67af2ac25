#!/usr/bin/env node
// Seeded generator of bench/corpus/holdout12: four month-long sets (NG, GH, KE, ZA), each a bank statement as the
// bank exports it and a ledger export of the bank account as the package writes it, with the answer key.
// Same seed → same bytes. Usage: node bench/corpus/holdout12-tools/make-holdout12.mjs [--out DIR]

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32, rngTools, builder, calendar, grouped, dec, pct, fmtDate } from './lib.mjs';
import { core } from './core.mjs';
import { emitSet } from './emit.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const outArg = process.argv.indexOf('--out');
const OUT = outArg > 0 ? path.resolve(process.argv[outArg + 1]) : path.resolve(here, '../holdout12');
const SEED = Number(process.env.BANKFEED_CORPUS_SEED ?? 20251200);
console.log(`holdout12: seed ${SEED} → ${OUT}`);

const money = (minor) => (minor === 0 ? '' : grouped(Math.abs(minor)));

// =====================================================================================================
// NG — Polaris Bank current account (CSV) × Sage 300 G/L listing (written in the generic general-ledger layout)
// =====================================================================================================
function ngPolarisSage300(seed) {
  const T = rngTools(mulberry32(seed));
  const { int, digits } = T;
  const cal = calendar(2025, 4, ['2025-04-01', '2025-04-18', '2025-04-21']);
  const B = builder();
  const instCode = {
    GTB: '000013',
    ZENITH: '000015',
    ACCESS: '000014',
    FIRSTBANK: '000016',
    UBA: '000004',
    OPAY: '100004',
    MONIEPOINT: '090405',
    STANBIC: '000012',
    FCMB: '000003',
    CITIBANK: '000009',
    POLARIS: '000008',
  };
  const session = (bank, date) =>
    `${instCode[bank] ?? '000008'}${fmtDate.compact(date).slice(2)}${String(int(80000, 175959)).padStart(6, '0')}${digits(12)}`;
  let rc = 311;
  let apBatch = 288;
  let cb = 1043;
  const D = {
    vatBp: 750,
    inv: (s) => `IN${String(s).padStart(7, '0')}`,
    refVariants: (s) => [
      { text: `IN${String(s).padStart(7, '0')}`, trait: 'ref-canonical' },
      { text: `in${String(s).padStart(7, '0')}`, trait: 'ref-lowercase' },
      { text: `IN${s}`, trait: 'ref-no-padding' },
      { text: `INV ${s}`, trait: 'ref-written-differently' },
      { text: `IN ${String(s).padStart(7, '0')}`, trait: 'ref-spaces' },
      { text: `INVOICE NO ${s}`, trait: 'ref-written-differently' },
    ],
    multiRefText: (ss) => `IN${ss[0]} ${ss[1]} ${ss[2]}`,
    recv: ({ cust, memo, payerName }) => {
      const src = cust?.src ?? 'OPAY';
      return { text: `NIP CR/${src}/${payerName}/${memo}`.replace(/\/$/, ''), ref: `SESSION:${src}` };
    },
    pay: ({ sup, memo }) => ({ text: `NIP DR/${sup.dst}/${sup.bankName}/${memo}`.replace(/\/$/, ''), ref: '' }),
    reversalText: (t) => `REVERSAL/${t}`.slice(0, 90),
    afterCredit: (b) => {
      if (b.ref.startsWith('SESSION:')) b.ref = session(b.ref.slice(8), b.date);
      // EMTL: ₦50 on every electronic receipt of ₦10,000 or more, taken as the credit lands
      if (b.amt >= 1000000) B.bankOnly(B.bank(b.date, -5000, 'ELECTRONIC MONEY TRANSFER LEVY'), 'levy');
    },
    afterDebit: (b, o = {}) => {
      if (b.text.startsWith('NIP DR/') && !b.ref) b.ref = session('POLARIS', b.date);
      const a = Math.abs(b.amt);
      const fee = a <= 500000 ? 1075 : a <= 5000000 ? 2688 : 5375;
      const f = B.bank(b.date, -fee, 'NIP TRANSFER CHARGE INCL VAT');
      if (!o.noRecord) B.bankOnly(f, 'fee-vat');
      return [f];
    },
    lRecv: ({ cust, invNos, part }) => ({
      desc: `Receipt - ${cust.book} - ${invNos.join(', ')}${part ? ` (${part})` : ''}`,
      ref: `RC${String(rc++).padStart(6, '0')}`,
      jid: `AR-${String(int(100, 140)).padStart(6, '0')}-${int(1, 30)}`,
    }),
    lPay: ({ sup, memo, docNo }) => ({
      desc: `Payment - ${sup.book} - ${memo}`,
      ref: docNo,
      jid: `AP-${String(apBatch++).padStart(6, '0')}-1`,
    }),
  };
  const C = (book, bank, clear, src) => ({ book, bank, clear, src });
  const customers = [
    C('Adebayo Stores Limited', ['ADEBAYO STORES LTD', 'ADEBAYO STORES LIMITED'], true, 'GTB'),
    C(
      'Chukwuemeka Nwosu & Sons Nigeria Ltd',
      ['CHUKWUEMEKA NWOSU & SONS NI', 'C NWOSU AND SONS NIG LTD'],
      true,
      'FIRSTBANK',
    ),
    C('Justrite Superstores Ltd', ['JUSTRITE SUPERSTORES'], true, 'ZENITH'),
    C('Hubmart Stores Ltd', ['HUBMART STORES LIMITED'], true, 'ACCESS'),
    C('Ebeano Supermarket Ltd', ['EBEANO SUPERMKT LTD'], true, 'UBA'),
    C('Blessed Hands Trading Co', ['BLESSED HANDS TRADING CO'], true, 'MONIEPOINT'),
    C('Sundry Foods Ltd', ['SUNDRY FOODS LIMITED'], true, 'STANBIC'),
    C('Ikeja Mini Mart Ltd', ['IKEJA MINI MART'], true, 'GTB'),
    C('Ogbonna Brothers Enterprises', ['OGBONNA BROS ENT', 'OGBONNA BROTHERS ENTERP'], true, 'FCMB'),
    C('Retail Supermarkets Nigeria Ltd', ['RETAIL SUPERMARKETS NIGERIA'], true, 'CITIBANK'),
    C('Mama Nkechi Provisions', ['NKECHI OKAFOR', 'OKAFOR NKECHI C'], false, 'OPAY'),
    C('FA Ventures', ['ADEYEMI FOLAKE TITILAYO'], false, 'GTB'),
    C('Godswill Okon Stores', ['OKON GODSWILL EKPENYONG'], false, 'MONIEPOINT'),
    C('Alhaji Danladi & Sons (Kano)', ['DANLADI SANI'], false, 'ZENITH'),
  ];
  const byBook = (n) => customers.find((c) => c.book.startsWith(n));
  const S = (book, bankName, dst, billPrefix, billDigits, extra = {}) => ({
    book,
    bankName,
    dst,
    billPrefix,
    billDigits,
    ...extra,
  });
  const suppliers = [
    S('Nestle Nigeria Plc', 'NESTLE NIGERIA PLC', 'CITIBANK', '90', 8),
    S('Nigerian Bottling Company Ltd', 'NIGERIAN BOTTLING CO LTD', 'ZENITH', 'NBC', 6),
    S('Flour Mills of Nigeria Plc', 'FLOUR MILLS OF NIGERIA PLC', 'FIRSTBANK', 'FMN', 7),
    S('GIG Logistics Ltd', 'GIG LOGISTICS LIMITED', 'ACCESS', 'GIGL', 6),
    S('Cadbury Nigeria Plc', 'CADBURY NIGERIA PLC', 'STANBIC', 'CNP', 6),
  ];
  const ardova = S('Ardova Plc', 'ARDOVA PLC', 'ZENITH', 'ARD', 6, { recurringMemo: 'AGO SUPPLY WAREHOUSE GEN' });
  const promasidor = S('Promasidor Nigeria Ltd', 'PROMASIDOR NIG LTD', 'STANBIC', 'PN', 7);
  const K = core(B, T, cal, D, {
    firstSerial: 12410,
    round: 2500,
    invLo: 60,
    invHi: 900,
    routineReceipts: 30,
    customers,
    plainMemos: ['PAYMENT', 'PAYMENT FOR GOODS', 'TRF', 'SUPPLY', 'APRIL PAYMENT', 'GOODS SUPPLIED'],
    payMemos: ['PAYMENT', 'SUPPLY', 'INVOICE PAYMENT'],
    overpayExtra: 1500000,
    smallShort: 6250,
    special: {
      overpay: byBook('Ebeano'),
      short: byBook('Blessed'),
      withholding: [
        { cust: byBook('Retail'), bp: 200, trait: 'short-withholding-tax-2pct' },
        { cust: byBook('Retail'), bp: 200, trait: 'short-withholding-tax-2pct' },
      ],
      instalments: byBook('Ogbonna'),
      partBookedFull: byBook('Ikeja'),
      multi: byBook('Chukwuemeka'),
      multiNoRef: byBook('Justrite'),
      twins: byBook('Hubmart'),
      oneOfTwo: byBook('Sundry'),
      duplicate: byBook('Adebayo'),
      recurring: ardova,
      failed: promasidor,
    },
    unknownReceipts: [
      { amt: 8500000, memo: 'TRF', payer: 'IBRAHIM TUNDE A' },
      { amt: 1250000, memo: '', payer: 'PALMPAY/08031458872' },
    ],
    suppliers,
    routinePayments: 16,
    firstPv: 233,
    pvPrefix: 'PV',
  });

  // --- card (POS) takings: Polaris settles T+1 net of 0.5% MSC; the books hold the day's gross from the Z report
  const tids = ['2076LH01', '2076LH02'];
  const salesDays = cal.days.filter((d, i) => i % 2 === 0 && i < cal.days.length - 1).slice(0, 10);
  salesDays.forEach((d, i) => {
    const sd = cal.nextBiz(d);
    if (i === 3 || i === 7) {
      // both terminals traded: two settlement lines against one booked day
      const g1 = int(150000, 600000) * 100 + int(0, 19) * 50;
      const g2 = int(40000, 180000) * 100 + int(0, 19) * 50;
      const b1 = B.bank(sd, g1 - pct(g1, 50), `POS SETTLEMENT/${tids[0]}/TXN DATE ${fmtDate.dMonYUpper(d)}`);
      const b2 = B.bank(sd, g2 - pct(g2, 50), `POS SETTLEMENT/${tids[1]}/TXN DATE ${fmtDate.dMonYUpper(d)}`);
      const l = B.ledger(d, g1 + g2, {
        desc: `Card takings ${fmtDate.dmy(d)} - both terminals`,
        ref: `Z${fmtDate.compact(d).slice(2)}`,
        jid: `CB-${cb++}-1`,
      });
      B.match([b1, b2], l, {
        decision: 'suggest',
        evidence: 'reference',
        traits: ['pos-settlement', 'split-many-to-one', 'short-net-of-fee'],
        why: "two terminals' settlements, net of MSC, against one booked day: a person checks the Z report",
      });
    } else {
      const g = int(120000, 700000) * 100 + int(0, 19) * 50;
      const b = B.bank(sd, g - pct(g, 50), `POS SETTLEMENT/${tids[0]}/TXN DATE ${fmtDate.dMonYUpper(d)}`);
      const l = B.ledger(d, g, {
        desc: `Card takings ${fmtDate.dmy(d)} TID ${tids[0]}`,
        ref: `Z${fmtDate.compact(d).slice(2)}`,
        jid: `CB-${cb++}-1`,
      });
      B.match(b, l, {
        decision: 'auto',
        evidence: 'reference',
        traits: ['pos-settlement', 'short-net-of-fee', 'settled-next-day'],
        writeOff: g - (g - pct(g, 50)),
        why: 'terminal and trading date in both; the shortfall is the 0.5% MSC',
      });
    }
  });
  // --- Paystack payouts (online orders), booked net from the Paystack dashboard
  for (let i = 0; i < 4; i++) {
    const d = cal.days[3 + i * 5];
    const id = digits(9);
    const amt = int(200000, 1400000) * 100 + int(0, 99) * 25;
    const b = K.credit(d, amt, { text: `NIP CR/ZENITH/PAYSTACK PAYMENTS LIMITED/PAYOUT ${id}`, ref: 'SESSION:ZENITH' });
    const l = B.ledger(d, amt, {
      desc: `Paystack payout ${id} - online orders`,
      ref: `PSTK-${id}`,
      jid: `CB-${cb++}-1`,
    });
    B.match(b, l, { decision: 'auto', evidence: 'reference', traits: ['gateway-settlement', 'ref-canonical'] });
  }
  // --- customer cheques lodged, credited after clearing
  for (const [who, no] of [
    ['Ikeja', '00482931'],
    ['Adebayo', '00117754'],
  ]) {
    const cust = byBook(who);
    const dl = cal.days[int(4, 14)];
    const dc = cal.nextBiz(cal.nextBiz(dl));
    const amt = K.freshAmount(60, 500);
    const s = K.nextInv();
    const b = B.bank(dc, amt, `CLEARING CHQ DEP/${no}/${cust.src}`, { ref: no, valueDate: dc });
    const l = B.ledger(dl, amt, {
      desc: `Cheque ${no} - ${cust.book} - ${D.inv(s)}`,
      ref: `RC${String(rc++).padStart(6, '0')}`,
      jid: `AR-000131-${int(1, 9)}`,
    });
    B.match(b, l, { decision: 'auto', evidence: 'reference', traits: ['cheque-number', 'settled-next-day'] });
  }
  // --- our cheques
  {
    const d = cal.days[6];
    const amt = -K.freshAmount(300, 900);
    const l = B.ledger(d, amt, {
      desc: 'Payment - Leadway Assurance Co Ltd - fleet insurance renewal',
      ref: 'CHQ 451',
      jid: `AP-${String(apBatch++).padStart(6, '0')}-1`,
    });
    const b = B.bank(cal.days[10], amt, 'CHQ 00000451 PRESENTED/CLEARING', { ref: '00000451' });
    B.match(b, l, { decision: 'auto', evidence: 'reference', traits: ['cheque-number'] });
    const l2 = B.ledger(cal.days[15], -K.freshAmount(100, 300), {
      desc: 'Payment - Kunle Adeyemi Haulage - March trips',
      ref: 'CHQ 452',
      jid: `AP-${String(apBatch++).padStart(6, '0')}-1`,
    });
    B.ledgerOnly(l2, 'cheque issued, not yet presented');
    const l3 = B.ledger(cal.days[11], -14850000, {
      desc: 'Payment - Mainland Pallets & Crates - pallets',
      ref: 'CHQ 453',
      jid: `AP-${String(apBatch++).padStart(6, '0')}-1`,
    });
    const b3 = B.bank(cal.days[14], -18450000, 'CHQ 00000453 PRESENTED/CLEARING', { ref: '00000453' });
    B.match(b3, l3, {
      decision: 'suggest',
      mustNotAuto: true,
      evidence: 'reference',
      traits: ['cheque-number', 'amount-transposed-in-books'],
      why: 'cheque 453 cleared for 184,500.00 but was booked as 148,500.00: the books must be corrected first',
    });
  }
  // --- payroll: bulk upload, one debit per employee, one journal for net pay
  {
    const d = '2025-04-25';
    const staff = [
      'ADEYEMI TOLULOPE',
      'OKORO CHINEDU',
      'BELLO AMINAT',
      'EZE IFEANYI',
      'OLAWALE SEGUN',
      'NWACHUKWU ADA',
      'IBRAHIM HAUWA',
      'AKPAN EDIDIONG',
      'OGUNDIPE KEMI',
    ];
    const lines = staff.map((n) =>
      B.bank(d, -(int(180, 650) * 1000 + int(0, 9) * 50) * 100, `BULK TRF/SAL APR 2025/${n}`),
    );
    const tot = lines.reduce((s, x) => s + x.amt, 0);
    const l = B.ledger(d, tot, { desc: 'Net salaries April 2025 (9 staff)', ref: 'PAY-2025-04', jid: 'GL-000097-1' });
    B.match(lines, l, {
      decision: 'auto',
      evidence: 'reference',
      traits: ['split-many-to-one', 'payroll'],
      why: 'the nine SAL APR 2025 debits add up exactly to the net pay journal',
    });
    B.bankOnly(B.bank(d, -staff.length * 2688, 'BULK TRANSFER CHARGES 9 ITEMS'), 'fee-vat');
  }
  // --- statutory remittances for March
  {
    const rrr = () => digits(12);
    const stat = [
      {
        d: cal.days[6],
        amt: -K.freshAmount(700, 900),
        bank: (r) => `REMITA/LIRS PAYE MAR 2025/RRR ${r}`,
        desc: 'PAYE March 2025 - Lagos State IRS',
        fmt: (r) => `RRR ${r.slice(0, 4)}-${r.slice(4, 8)}-${r.slice(8)}`,
      },
      {
        d: cal.days[7],
        amt: -K.freshAmount(150, 250),
        bank: (r) => `REMITA/FMBN NHF MAR 2025/RRR ${r}`,
        desc: 'NHF March 2025 - FMBN',
        fmt: (r) => r,
      },
      {
        d: cal.days[13],
        amt: -K.freshAmount(900, 1600),
        bank: (r) => `REMITA/FIRS VAT MAR 2025/TIN 23458712-0001/RRR ${r}`,
        desc: 'VAT return March 2025 - FIRS',
        fmt: (r) => `RRR${r}`,
      },
    ];
    for (const s of stat) {
      const r = rrr();
      const b = B.bank(s.d, s.amt, s.bank(r));
      const l = B.ledger(s.d, s.amt, { desc: s.desc, ref: s.fmt(r), jid: `GL-0000${int(90, 96)}-1` });
      B.match(b, l, {
        decision: 'auto',
        evidence: 'reference',
        traits: ['statutory', s.fmt(r) === r ? 'ref-canonical' : 'ref-written-differently'],
      });
    }
    for (const [pfa, dst] of [
      ['STANBIC IBTC PENSION MANAGERS', 'STANBIC'],
      ['ARM PENSION MANAGERS', 'ACCESS'],
    ]) {
      const d = cal.days[8];
      const amt = -K.freshAmount(120, 400);
      const b = K.debit(d, amt, { text: `NIP DR/${dst}/${pfa}/PEN MAR25 EMPLOYER PEN1200453371` });
      const l = B.ledger(d, amt, {
        desc: `Pension contribution March 2025 - ${pfa.replace(/\b(\w)(\w*)/g, (_, a, r) => a + r.toLowerCase())}`,
        ref: 'PEN-2025-03',
        jid: 'GL-000094-1',
      });
      B.match(b, l, { decision: 'auto', evidence: 'counterparty', traits: ['statutory', 'name-only'] });
    }
    const wht = B.ledger(cal.days[18], -K.freshAmount(60, 120), {
      desc: 'WHT deducted March 2025 - FIRS remittance',
      ref: 'WHT-2025-03',
      jid: 'GL-000099-1',
    });
    B.ledgerOnly(wht, 'remittance booked, payment scheduled for May');
  }
  // --- routine utilities, rent
  {
    const d = cal.days[2];
    const amt = -120000000;
    const b = K.debit(d, amt, { text: 'NIP DR/GTB/OLUMIDE BAKARE/RENT Q2 2025 WAREHOUSE OREGUN' });
    const l = B.ledger(d, amt, {
      desc: 'Warehouse rent Q2 2025 - Chief O. Bakare',
      ref: `PV${int(100, 199)}`,
      jid: `AP-${String(apBatch++).padStart(6, '0')}-1`,
    });
    B.match(b, l, {
      decision: 'auto',
      evidence: 'counterparty',
      traits: ['partner-name-fuzzy'],
      why: 'landlord named in both (written differently), rent Q2 in both, exact amount',
    });
    const d2 = cal.days[9];
    const a2 = -int(180, 320) * 100000;
    const b2 = B.bank(d2, a2, 'QUICKTELLER/IKEJA ELECTRIC PREPAID/MTR 45031189920');
    const l2 = B.ledger(d2, a2, {
      desc: 'Electricity token - Ikeja Electric - meter 45031189920',
      ref: 'IE-APR',
      jid: 'CB-1201-1',
    });
    B.match(b2, l2, { decision: 'auto', evidence: 'reference', traits: ['ref-canonical'] });
    B.bankOnly(B.bank(d2, -10000, 'QUICKTELLER CONVENIENCE FEE'), 'charge');
  }
  // --- the bank's month-end charges, and items nobody booked
  const le = cal.lastBiz;
  B.bankOnly(B.bank(le, -int(150, 260) * 400, 'SMS ALERT CHARGES APR 2025'), 'charge');
  // account maintenance fee: ₦1 per mille of the month's customer-induced debits
  const amf = Math.round(-B.S.bank.filter((b) => b.amt < -100000).reduce((t, b) => t + b.amt, 0) / 1000);
  B.bankOnly(B.bank(le, -amf, 'ACCOUNT MAINTENANCE FEE APR 2025'), 'charge');
  B.bankOnly(B.bank(le, -pct(amf, 750), 'VAT ON ACCOUNT MAINTENANCE FEE'), 'fee-vat');
  B.bankOnly(B.bank(cal.days[5], -500000, 'CHEQUE BOOK ISSUANCE FEE 50 LVS'), 'charge');
  B.bankOnly(B.bank(cal.days[5], -37500, 'VAT ON CHEQUE BOOK ISSUANCE FEE'), 'fee-vat');
  B.none(
    B.bank(cal.days[16], -4500000, 'POS/WEB PURCHASE/MOBIL LEKKI PH1 LA NG'),
    'company debit card used for fuel, no receipt handed in yet',
    ['unrecorded-payment'],
  );
  B.none(
    B.bank(cal.days[17], -3875000, 'REMITA/LASG LAND USE CHARGE 2025/RRR 270011983452'),
    'land use charge paid online by a director, not booked',
    ['unrecorded-payment'],
  );

  const opening = 1845022015;
  const acct = '4011789352';
  return {
    B,
    spec: {
      set: 'ng-polaris-sage300',
      country: 'NG',
      currency: 'NGN',
      timezone: 'Africa/Lagos',
      period: { from: cal.first, to: cal.last },
      seed,
      bankName: 'Polaris Bank',
      packageName: 'Sage 300 G/L Transactions Listing (written in the generic general-ledger layout)',
      opening,
      bankFile: {
        file: 'polaris-9352-apr2025.csv',
        format: 'csv',
        headerRow: 10,
        hasReference: true,
        readOptions: {},
        render: (lines, op, cl) => [
          ['POLARIS BANK LIMITED'],
          ['CUSTOMER ACCOUNT STATEMENT'],
          ['Account Name:', 'LEKKI HARVEST FOODS LTD'],
          ['Account Number:', acct],
          ['Account Type:', 'CURRENT ACCOUNT - CORPORATE'],
          ['Currency:', 'NGN'],
          ['Period:', `${fmtDate.dMonY(cal.first)} to ${fmtDate.dMonY(cal.last)}`],
          ['Opening Balance:', grouped(op), 'Closing Balance:', grouped(cl)],
          [],
          ['Trans Date', 'Value Date', 'Reference', 'Narration', 'Debit', 'Credit', 'Balance'],
          ...lines.map((b) => [
            fmtDate.dMonY(b.date),
            fmtDate.dMonY(b.valueDate),
            b.ref,
            b.text,
            b.amt < 0 ? money(b.amt) : '',
            b.amt > 0 ? money(b.amt) : '',
            grouped(b.balance),
          ]),
        ],
      },
      ledgerFile: {
        file: 'sage300-gl-1010-apr2025.csv',
        format: 'csv',
        headerRow: 5,
        ledgerAccount: '1010',
        hasParty: false,
        readOptions: { currency: 'NGN', dateOrder: 'DMY' },
        description: (l) => l.desc,
        render: (rows, op) => {
          const name = 'Polaris Bank Current 4011789352';
          const out = [
            ['Lekki Harvest Foods Ltd'],
            ['G/L Transactions Listing - Account 1010'],
            [`Fiscal period 04-2025 (${fmtDate.dmy(cal.first)} - ${fmtDate.dmy(cal.last)})`],
            [],
            ['Date', 'Journal ID', 'Account Code', 'Account Name', 'Description', 'Reference', 'Debit', 'Credit'],
            [fmtDate.dmy(cal.first), '', '1010', name, 'Opening balance', '', grouped(op), ''],
          ];
          rows.forEach((l, i) => {
            l.row = 7 + i;
            out.push([
              fmtDate.dmy(l.date),
              l.jid,
              '1010',
              name,
              l.desc,
              l.ref,
              l.amt > 0 ? grouped(l.amt) : '',
              l.amt < 0 ? grouped(-l.amt) : '',
            ]);
          });
          return { rows: out, nonEntry: [{ row: 6, why: 'opening balance of the account, not an entry' }] };
        },
      },
    },
  };
}

// =====================================================================================================
// GH — Société Générale Ghana current account (XLSX) × Microsoft Dynamics GP SmartList "Account Transactions" (CSV)
// =====================================================================================================
function ghSocgenGp(seed) {
  const T = rngTools(mulberry32(seed));
  const { int, digits, chance } = T;
  const cal = calendar(2025, 3, ['2025-03-06', '2025-03-31']);
  const B = builder();
  let je = 30412;
  let pymnt = 1187;
  const D = {
    vatBp: 2190, // VAT 15% on value plus NHIL 2.5%, GETFund 2.5%, COVID-19 levy 1%
    inv: (s) => `INV${String(s).padStart(7, '0')}`,
    refVariants: (s) => [
      { text: `INV${String(s).padStart(7, '0')}`, trait: 'ref-canonical' },
      { text: `INV${s}`, trait: 'ref-no-padding' },
      { text: `inv ${s}`, trait: 'ref-serial-only' },
      { text: `INV-${s}`, trait: 'ref-written-differently' },
      { text: `Invoice ${s}`, trait: 'ref-written-differently' },
    ],
    multiRefText: (ss) => `INV ${ss[0]}/${ss[1]}/${ss[2]}`,
    recv: ({ cust, memo, payerName }) => {
      const ch = cust?.channel ?? 'GIP';
      if (ch === 'MOMO')
        return {
          text: `MOMO TO BANK ${cust ? cust.msisdn : '0244******'} ${payerName} ${memo}`.trim(),
          ref: `MTN${digits(10)}`,
        };
      if (ch === 'ACH') return { text: `ACH CREDIT ${payerName} ${memo}`.trim(), ref: `ACH${digits(9)}` };
      return { text: `GIP TRANSFER FROM ${payerName} ${memo}`.trim(), ref: `GIP${digits(10)}` };
    },
    pay: ({ sup, memo }) => ({
      text: `${sup.ch === 'ACH' ? 'ACH DEBIT' : 'GIP TRANSFER TO'} ${sup.bankName} ${memo}`.trim(),
      ref: `${sup.ch ?? 'GIP'}${digits(10)}`,
      ch: sup.ch,
    }),
    reversalText: (t) => `REV - ${t}`,
    afterDebit: (b, o = {}) => {
      const fee = /^ACH/.test(b.text) ? 250 : 1000;
      const f = B.bank(b.date, -fee, /^ACH/.test(b.text) ? 'ACH OUTWARD CHARGE' : 'GIP TRANSFER CHARGE');
      if (!o.noRecord) B.bankOnly(f, 'charge');
      return [f];
    },
    lRecv: ({ cust, invNos, part, show }) => {
      const typed = show || chance(0.45);
      return {
        desc: typed
          ? `${invNos.join(' ')}${part ? ` ${part}` : ''} ${cust.book.split(' ')[0]}`.trim()
          : 'Cash Receipts Entry',
        ref: `PYMNT${String(pymnt++).padStart(9, '0')}`,
        party: cust.book,
        partyId: cust.id,
        series: 'Sales',
        jid: String(je++),
        hasInv: typed,
      };
    },
    lPay: ({ sup, memo, docNo }) => ({
      desc: chance(0.6) ? `${sup.book.split(' ')[0]} ${memo}` : 'Manual Payment Entry',
      ref: docNo,
      party: sup.book,
      partyId: sup.id,
      series: 'Purchasing',
      jid: String(je++),
    }),
  };
  const C = (id, book, bank, clear, channel, msisdn) => ({ id, book, bank, clear, channel, msisdn });
  const customers = [
    C('MELCOM001', 'Melcom Ltd', ['MELCOM LIMITED', 'MELCOM LTD'], true, 'GIP'),
    C('KASAPR001', 'Kasapreko Company Ltd', ['KASAPREKO CO LTD'], true, 'ACH'),
    C('FANMIL001', 'Fan Milk Ltd', ['FAN MILK LIMITED'], true, 'GIP'),
    C('PRINTX001', 'Printex Ghana Ltd', ['PRINTEX GHANA'], true, 'ACH'),
    C('ACCRAB001', 'Accra Brewery PLC', ['ACCRA BREWERY PLC', 'ABL ACCRA BREWERY'], true, 'GIP'),
    C('GOLDEN001', 'Golden Tulip Kumasi City', ['GOLDEN TULIP KUMASI'], true, 'GIP'),
    C('OLAMGH001', 'Olam Ghana Ltd', ['OLAM GHANA LIMITED'], true, 'ACH'),
    C('KOALA0001', 'Koala Shopping Centre', ['KOALA SHOPPING CENTRE'], true, 'GIP'),
    C('GIHOC0001', 'GIHOC Distilleries Co Ltd', ['GIHOC DISTILLERIES'], true, 'ACH'),
    C('SHOPKU001', 'ShopRite Kumasi (Kumasi Mall)', ['SHOPRITE CHECKERS GH', 'SHOPRITE GHANA'], true, 'GIP'),
    C('AUNTIE001', "Auntie Akos' Kitchen", ['AKOSUA MENSAH'], false, 'MOMO', '0244******'),
    C('KWABEN001', 'K. Boateng Enterprise', ['BOATENG KWABENA O'], false, 'MOMO', '0554******'),
    C('ABENA0001', 'Abena Owusu Catering', ['ABENA OWUSU'], false, 'MOMO', '0208******'),
    C('NANAYA001', 'Nana Yaa Provisions', ['YAA ASANTEWAA DUFIE'], false, 'GIP'),
  ];
  const byBook = (n) => customers.find((c) => c.book.startsWith(n));
  const S = (id, book, bankName, billPrefix, billDigits, ch, extra = {}) => ({
    id,
    book,
    bankName,
    billPrefix,
    billDigits,
    ch,
    ...extra,
  });
  const suppliers = [
    S('SUP-SONPK', 'Sonoco Packaging Ghana', 'SONOCO PKG GH', 'SPG', 5, 'ACH'),
    S('SUP-PZCUS', 'PZ Cussons Ghana', 'PZ CUSSONS GHANA LTD', 'PZ', 7, 'GIP'),
    S('SUP-TWLAN', 'Twellium Industrial Co', 'TWELLIUM INDUSTRIAL', 'TIC', 6, 'GIP'),
    S('SUP-DHLGH', 'DHL Ghana Ltd', 'DHL GHANA', 'DHL', 8, 'ACH'),
    S('SUP-ECGAC', 'Electricity Company of Ghana', 'ECG ACCRA EAST', 'ECG', 9, 'ACH'),
  ];
  const goil = S('SUP-GOIL1', 'GOIL PLC', 'GOIL PLC', 'GOIL', 6, 'GIP', { recurringMemo: 'DIESEL FLEET' });
  const interplast = S('SUP-INTPL', 'Interplast Ltd', 'INTERPLAST LTD', 'IPL', 6, 'GIP');
  const K = core(B, T, cal, D, {
    firstSerial: 2231,
    round: 50,
    invLo: 40,
    invHi: 900,
    routineReceipts: 44,
    customers,
    plainMemos: ['PAYMENT', 'SUPPLIES', 'MARCH PAYMENT', 'SETTLEMENT', 'TRF'],
    payMemos: ['PAYMENT', 'SUPPLY', ''],
    overpayExtra: 50000,
    smallShort: 1000,
    special: {
      overpay: byBook('Fan Milk'),
      short: byBook('Koala'),
      withholding: [{ cust: byBook('Accra Brewery'), bp: 300, trait: 'short-withholding-tax-3pct' }],
      instalments: byBook('Golden Tulip'),
      partBookedFull: byBook('Printex'),
      multi: byBook('Melcom'),
      multiNoRef: byBook('Olam'),
      twins: byBook('Kasapreko'),
      oneOfTwo: byBook('GIHOC'),
      duplicate: byBook('ShopRite'),
      recurring: goil,
      failed: interplast,
    },
    unknownReceipts: [
      { amt: 345000, memo: 'PAYMENT', payer: 'EMMANUEL TETTEH' },
      { amt: 120000, memo: '', payer: 'MOMO TO BANK 0277******' },
    ],
    suppliers,
    routinePayments: 18,
    firstPv: 571,
    pvPrefix: 'PMT0000',
  });

  // --- Hubtel settlements (card and MoMo checkout), booked net from the Hubtel report
  for (let i = 0; i < 5; i++) {
    const d = cal.days[2 + i * 4];
    const id = `HTL${digits(8)}`;
    const amt = int(2000, 14000) * 100 + int(0, 99);
    const b = B.bank(d, amt, `HUBTEL SETTLEMENT ${id}`, { ref: `GIP${digits(10)}` });
    const l = B.ledger(d, amt, {
      desc: `Hubtel payout ${id}`,
      ref: `PYMNT${String(pymnt++).padStart(9, '0')}`,
      party: 'Hubtel Ltd',
      partyId: 'HUBTEL001',
      series: 'Financial',
      jid: String(je++),
    });
    B.match(b, l, { decision: 'auto', evidence: 'reference', traits: ['gateway-settlement', 'ref-canonical'] });
  }
  // --- paying small vendors' MoMo wallets from the bank: E-levy 1% on the transfer
  for (const [who, a] of [
    ['KWAME ASARE TRANSPORT', 185000],
    ['ADWOA SERWAA CLEANING', 64000],
    ['KOFI AMPONSAH CARPENTRY', 120000],
  ]) {
    const d = cal.days[int(3, 18)];
    const b = B.bank(d, -a, `BANK TO WALLET 024******* ${who}`);
    const l = B.ledger(d, -a, {
      desc: `${who.split(' ')[0]} ${who.split(' ').slice(-1)[0].toLowerCase()} MoMo`,
      ref: K.nextPv(),
      party: who.replace(/\b(\w)(\w*)/g, (_, x, r) => x + r.toLowerCase()),
      partyId: 'SUNDRY',
      series: 'Purchasing',
      jid: String(je++),
    });
    B.match(b, l, { decision: 'auto', evidence: 'counterparty', traits: ['mobile-money', 'name-only'] });
    B.bankOnly(B.bank(d, -pct(a, 100), 'E-LEVY 1% BANK TO WALLET'), 'levy');
  }
  // --- cheques
  {
    const d = cal.days[3];
    const amt = -K.freshAmount(200, 600);
    const l = B.ledger(d, amt, {
      desc: 'Computer Check',
      ref: '00000812',
      party: 'Hollard Insurance Ghana',
      partyId: 'SUP-HOLLA',
      series: 'Purchasing',
      jid: String(je++),
    });
    B.match(B.bank(cal.days[7], amt, 'INWARD CLEARING CHQ 812', { ref: '812' }), l, {
      decision: 'auto',
      evidence: 'reference',
      traits: ['cheque-number', 'ref-no-padding'],
    });
    const l2 = B.ledger(cal.days[16], -K.freshAmount(100, 300), {
      desc: 'Computer Check',
      ref: '00000813',
      party: 'Accra Metropolitan Assembly',
      partyId: 'SUP-AMA01',
      series: 'Purchasing',
      jid: String(je++),
    });
    B.ledgerOnly(l2, 'cheque issued, not yet presented');
    const c = byBook('Olam');
    const dl = cal.days[9];
    const amt3 = K.freshAmount(300, 800);
    const l3 = B.ledger(dl, amt3, {
      desc: 'Cash Receipts Entry',
      ref: `PYMNT${String(pymnt++).padStart(9, '0')}`,
      party: c.book,
      partyId: c.id,
      series: 'Sales',
      jid: String(je++),
    });
    B.match(
      B.bank(cal.nextBiz(cal.nextBiz(dl)), amt3, 'CHQ DEPOSIT CLEARING 005541 STANCHART', { ref: '005541' }),
      l3,
      {
        decision: 'suggest',
        evidence: 'amount',
        traits: ['cheque-deposit', 'amount-only'],
        why: 'clearing credit names neither the drawer nor a document; only amount and timing tie it to the receipt',
      },
    );
  }
  // --- payroll (one bulk line), statutory for February
  {
    const d = '2025-03-27';
    const net = -int(9500, 14000) * 10000;
    const b = B.bank(d, net, 'BULK PAYMENT SALARY MAR 2025 17 BENEFICIARIES');
    const l = B.ledger(d, net, {
      desc: 'Net salaries March 2025',
      ref: 'PAYRUN0325',
      party: '',
      partyId: '',
      series: 'Financial',
      jid: String(je++),
    });
    B.match(b, l, { decision: 'auto', evidence: 'reference', traits: ['payroll'] });
    B.bankOnly(B.bank(d, -8500, 'BULK PAYMENT CHARGE'), 'charge');
    const gross = -net;
    const stat = [
      {
        d: cal.days[9],
        a: -pct(gross, 1850),
        b: `SSNIT CONTRIBUTION FEB 2025 ER NO 0412233`,
        desc: 'SSNIT Tier 1 Feb 2025',
        ref: 'SSNIT-0225',
        party: 'SSNIT',
        ev: 'counterparty',
      },
      {
        d: cal.days[9],
        a: -pct(gross, 500),
        b: `GIP TRANSFER TO PETRA TRUST TIER2 FEB25`,
        desc: 'Tier 2 pension Feb 2025 Petra',
        ref: 'T2-0225',
        party: 'Petra Trust Company',
        ev: 'counterparty',
      },
      {
        d: cal.days[10],
        a: -pct(gross, 1600),
        b: `GRA PAYE FEB 2025 TIN C0004457891`,
        desc: 'PAYE Feb 2025',
        ref: 'GRA-PAYE-0225',
        party: 'Ghana Revenue Authority',
        ev: 'counterparty',
      },
      {
        d: cal.days[18],
        a: -int(30000, 60000) * 100,
        b: `GRA VAT NHIL GETFUND FEB 2025 PRN 250312004571`,
        desc: 'VAT/levies return Feb 2025 PRN 250312004571',
        ref: 'GRA-VAT-0225',
        party: 'Ghana Revenue Authority',
        ev: 'reference',
      },
    ];
    for (const s of stat) {
      const bl = B.bank(s.d, s.a, s.b);
      if (/^GIP/.test(s.b)) D.afterDebit(bl);
      const l2 = B.ledger(s.d, s.a, {
        desc: s.desc,
        ref: s.ref,
        party: s.party,
        partyId: '',
        series: 'Financial',
        jid: String(je++),
      });
      B.match(bl, l2, { decision: 'auto', evidence: s.ev, traits: ['statutory'] });
    }
    // withholding tax for February remitted, but booked with the January figure (a person must look)
    const w = int(4000, 9000) * 100;
    const bl = B.bank(cal.days[10], -w, 'GRA WITHHOLDING TAX FEB 2025 TIN C0004457891');
    const l2 = B.ledger(cal.days[10], -(w - 41250), {
      desc: 'WHT remittance Feb 2025',
      ref: 'GRA-WHT-0225',
      party: 'Ghana Revenue Authority',
      partyId: '',
      series: 'Financial',
      jid: String(je++),
    });
    B.match(bl, l2, {
      decision: 'suggest',
      mustNotAuto: true,
      evidence: 'counterparty',
      traits: ['statutory', 'amount-differs-in-books'],
      why: 'GRA WHT Feb paid for more than booked: the books are wrong, a person corrects before clearing',
    });
  }
  // --- bank charges, interest, unbooked items
  const le = cal.lastBiz;
  B.bankOnly(B.bank(le, -int(40, 90) * 100, 'SMS ALERT CHARGES MAR 2025'), 'charge');
  B.bankOnly(B.bank(le, -15000, 'ACCOUNT MAINTENANCE FEE'), 'charge');
  B.bankOnly(B.bank(le, -int(200, 900) * 100, 'COMMISSION ON TURNOVER MAR 2025'), 'charge');
  B.bankOnly(B.bank(cal.days[12], -6000, 'CHEQUE BOOK CHARGE'), 'charge');
  const unbooked = B.bank(cal.days[14], -250000, 'GIP TRANSFER TO ACCRA MALL LTD STORAGE');
  B.none(unbooked, 'storage paid by the operations manager from the bank app, not booked', ['unrecorded-payment']);
  D.afterDebit(unbooked);

  const opening = 48732055;
  return {
    B,
    spec: {
      set: 'gh-socgen-dynamicsgp',
      country: 'GH',
      currency: 'GHS',
      timezone: 'Africa/Accra',
      period: { from: cal.first, to: cal.last },
      seed,
      bankName: 'Société Générale Ghana',
      packageName: 'Microsoft Dynamics GP SmartList "Account Transactions" (CSV, read with a column mapping)',
      opening,
      bankFile: {
        file: 'socgen-gh-0457-mar2025.xlsx',
        format: 'xlsx',
        headerRow: 9,
        hasReference: true,
        readOptions: { currency: 'GHS' },
        render: (lines, op, cl) => [
          ['SOCIETE GENERALE GHANA PLC'],
          ['STATEMENT OF ACCOUNT'],
          ['Account Name', 'TEMA PACKAGING & PRINT LTD'],
          ['Account No', '0101***0457'],
          ['Currency', 'GHS'],
          ['From', fmtDate.dmy(cal.first), 'To', fmtDate.dmy(cal.last)],
          // XLSX cells hold numbers: the statement's money is written as the bank's export writes it, in major units
          ['Opening Balance', op / 100, 'Closing Balance', cl / 100],
          [],
          ['Posted Date', 'Value Date', 'Description', 'Reference', 'Debit', 'Credit', 'Balance'],
          ...lines.map((b) => [
            fmtDate.dmy(b.date),
            fmtDate.dmy(b.valueDate),
            b.text,
            b.ref,
            b.amt < 0 ? -b.amt / 100 : null,
            b.amt > 0 ? b.amt / 100 : null,
            b.balance / 100,
          ]),
        ],
      },
      ledgerFile: {
        file: 'gp-smartlist-account-transactions-mar2025.csv',
        format: 'csv',
        headerRow: 1,
        ledgerAccount: '000-1110-00',
        hasParty: true,
        readOptions: {
          currency: 'GHS',
          dateOrder: 'DMY',
          mapping: {
            date: 'TRX Date',
            moneyIn: 'Debit Amount',
            moneyOut: 'Credit Amount',
            description: 'Reference',
            reference: 'Originating Document Number',
            party: 'Originating Master Name',
            journalId: 'Journal Entry',
            account: 'Account Number',
          },
        },
        description: (l) => l.desc,
        render: (rows) => {
          const out = [
            [
              'Journal Entry',
              'Series',
              'TRX Date',
              'Account Number',
              'Account Description',
              'Debit Amount',
              'Credit Amount',
              'Reference',
              'Originating Master ID',
              'Originating Master Name',
              'Originating Document Number',
            ],
          ];
          rows.forEach((l, i) => {
            l.row = 2 + i;
            out.push([
              l.jid,
              l.series ?? 'Financial',
              fmtDate.dmy(l.date),
              '000-1110-00',
              'Cash - SocGen Operating GHS',
              l.amt > 0 ? dec(l.amt) : '0.00',
              l.amt < 0 ? dec(-l.amt) : '0.00',
              l.desc,
              l.partyId ?? '',
              l.party ?? '',
              l.ref,
            ]);
          });
          return { rows: out, nonEntry: [] };
        },
      },
    },
  };
}

// =====================================================================================================
// KE — HF Group (HFC) current account (CSV, own header, mapping) × Sage Intacct General ledger report (CSV, mapping)
// =====================================================================================================
// HFC's Cheque No column holds cheque numbers only
const keRef = (b) => (/^\d+$/.test(b.ref) ? b.ref : '');

function keHfIntacct(seed) {
  const T = rngTools(mulberry32(seed));
  const { int, digits, chance } = T;
  const cal = calendar(2025, 6, ['2025-06-02']);
  const B = builder();
  let txn = 88412;
  let rcpt = 5120;
  const excise = (b, fee, text, o = {}) => {
    // excise duty 20% on bank fees, taken as its own line
    const f = B.bank(b.date, -fee, text);
    const x = B.bank(b.date, -pct(fee, 2000), 'EXCISE DUTY');
    if (!o.noRecord) {
      B.bankOnly(f, 'charge');
      B.bankOnly(x, 'tax');
    }
    return [f, x];
  };
  const D = {
    vatBp: 1600,
    inv: (s) => `INV-${String(s).padStart(6, '0')}`,
    refVariants: (s) => [
      { text: `INV-${String(s).padStart(6, '0')}`, trait: 'ref-canonical' },
      { text: `INV${String(s).padStart(6, '0')}`, trait: 'ref-written-differently' },
      { text: `INV ${s}`, trait: 'ref-no-padding' },
      { text: `inv-${s}`, trait: 'ref-lowercase' },
      { text: `Inv#${s}`, trait: 'ref-serial-only' },
    ],
    multiRefText: (ss) => `INV ${ss[0]} ${ss[1]} ${ss[2]}`,
    recv: ({ cust, memo, payerName }) => {
      const ch = cust?.channel ?? 'PESALINK';
      if (ch === 'RTGS') return { text: `RTGS CR ${payerName} ${memo}`.trim(), ref: '' };
      if (ch === 'EFT') return { text: `EFT CR ${payerName} ${memo}`.trim(), ref: '' };
      return { text: `PESALINK CR ${payerName} ${memo}`.trim(), ref: '' };
    },
    pay: ({ sup, memo }) => ({
      text: `${sup.ch === 'RTGS' ? 'RTGS DR' : 'PESALINK DR'} ${sup.bankName} ${memo}`.trim(),
      ref: '',
    }),
    reversalText: (t) => `REVERSAL ${t}`,
    afterDebit: (b, o = {}) =>
      /^RTGS/.test(b.text)
        ? excise(b, 50000, 'RTGS CHARGES', o)
        : excise(b, Math.abs(b.amt) > 50000000 ? 20000 : 10000, 'PESALINK CHARGES', o),
    lRecv: ({ cust, invNos, part, show }) => {
      const inMemo = show || chance(0.75);
      return {
        desc: `Payment received - ${cust.book}`,
        memo: inMemo ? `Applied to ${invNos.join(', ')}${part ? ` (${part})` : ''}` : '',
        ref: `RCPT-${rcpt++}`,
        party: `${cust.id} - ${cust.book}`,
        journal: 'CRJ',
        jid: String(txn++),
        hasInv: inMemo,
      };
    },
    lPay: ({ sup, memo, docNo }) => ({
      desc: `Bill payment - ${sup.book}`,
      memo: `Bill ${memo}`,
      ref: docNo,
      party: `${sup.id} - ${sup.book}`,
      journal: 'CDJ',
      jid: String(txn++),
    }),
  };
  const C = (id, book, bank, clear, channel) => ({ id, book, bank, clear, channel });
  const customers = [
    C('C0104', 'Mwananchi Builders Ltd', ['MWANANCHI BUILDERS LTD'], true, 'PESALINK'),
    C('C0111', 'Kisumu Hardware Centre', ['KISUMU HARDWARE CENTRE'], true, 'EFT'),
    C('C0117', 'Nairobi City County', ['NAIROBI CITY COUNTY GOVT', 'NCCG REVENUE'], true, 'RTGS'),
    C('C0120', 'Tuskys Construction & Engineering', ['TUSKYS CONSTR & ENG'], true, 'PESALINK'),
    C('C0125', 'Acacia Homes Ltd', ['ACACIA HOMES LIMITED'], true, 'RTGS'),
    C('C0131', 'Rift Valley Timber Merchants', ['RIFT VALLEY TIMBER MERCH'], true, 'EFT'),
    C('C0133', 'Kenya Rural Roads Authority', ['KERRA', 'KENYA RURAL ROADS AUTH'], true, 'RTGS'),
    C('C0140', 'Bamburi Hardware & Paints', ['BAMBURI HARDWARE AND PAINT'], true, 'PESALINK'),
    C('C0142', 'Thika Road Builders Ltd', ['THIKA ROAD BUILDERS'], true, 'PESALINK'),
    C('C0150', 'Mama Wanjiku Hardware', ['WANJIKU NJERI MARY'], false, 'PESALINK'),
    C('C0151', 'Otieno & Sons Fundis', ['OTIENO ODHIAMBO J'], false, 'PESALINK'),
    C('C0158', 'Kamau Finishes', ['PETER KAMAU MWANGI'], false, 'EFT'),
  ];
  const byBook = (n) => customers.find((c) => c.book.startsWith(n));
  const S = (id, book, bankName, billPrefix, billDigits, ch, extra = {}) => ({
    id,
    book,
    bankName,
    billPrefix,
    billDigits,
    ch,
    ...extra,
  });
  const suppliers = [
    S('V0201', 'Bamburi Cement PLC', 'BAMBURI CEMENT PLC', 'BC', 8, 'RTGS'),
    S('V0204', 'Devki Steel Mills Ltd', 'DEVKI STEEL MILLS', 'DSM', 6, 'RTGS'),
    S('V0209', 'Crown Paints Kenya PLC', 'CROWN PAINTS KENYA', 'CPK', 7, 'PESALINK'),
    S('V0213', 'Mabati Rolling Mills', 'MABATI ROLLING MILLS LTD', 'MRM', 6, 'PESALINK'),
    S('V0218', 'Kenya Power & Lighting', 'KPLC', 'KPLC', 9, 'PESALINK'),
  ];
  const fuel = S('V0230', 'Rubis Energy Kenya', 'RUBIS ENERGY KENYA PLC', 'RBK', 6, 'PESALINK', {
    recurringMemo: 'FUEL CARD TOPUP',
  });
  const failed = S('V0207', 'Kenbro Industries Ltd', 'KENBRO INDUSTRIES', 'KBI', 6, 'PESALINK');
  const K = core(B, T, cal, D, {
    firstSerial: 1187,
    round: 500,
    invLo: 30,
    invHi: 600,
    routineReceipts: 36,
    customers,
    plainMemos: ['PAYMENT', 'SUPPLIES', 'JUNE PAYMENT', 'MATERIALS', ''],
    payMemos: ['PAYMENT', 'SUPPLY', ''],
    overpayExtra: 100000,
    smallShort: 5000,
    special: {
      overpay: byBook('Bamburi Hardware'),
      short: byBook('Rift'),
      withholding: [
        { cust: byBook('Nairobi City'), bp: 172, trait: 'short-withholding-vat-2pct' },
        { cust: byBook('Kenya Rural'), bp: 172, trait: 'short-withholding-vat-2pct' },
      ],
      instalments: byBook('Acacia'),
      partBookedFull: byBook('Tuskys'),
      multi: byBook('Mwananchi'),
      multiNoRef: byBook('Thika'),
      twins: byBook('Kisumu'),
      oneOfTwo: byBook('Mwananchi'),
      duplicate: byBook('Bamburi Hardware'),
      recurring: fuel,
      failed,
    },
    unknownReceipts: [
      { amt: 4500000, memo: 'DEPOSIT', payer: 'JOSEPH KIPROTICH' },
      { amt: 870000, memo: '', payer: 'MPESA B2B 247247' },
    ],
    suppliers,
    routinePayments: 16,
    firstPv: 6610,
    pvPrefix: 'BP-',
  });
  // --- M-PESA paybill 4087113: the org withdraws its utility balance to the bank; books record the transfer
  for (let i = 0; i < 6; i++) {
    const d = cal.days[1 + i * 3];
    const amt = int(800, 4200) * 10000;
    const b = B.bank(d, amt, `MPESA B2B SETTLEMENT PAYBILL 4087113 ${fmtDate.compact(d)}`, { ref: `TF${digits(8)}` });
    const l = B.ledger(d, amt, {
      desc: 'Transfer from M-PESA paybill 4087113',
      memo: `Sweep ${fmtDate.dmy(d)}`,
      ref: `JE-${int(700, 799)}`,
      party: '',
      journal: 'GJ',
      jid: String(txn++),
    });
    B.match(b, l, {
      decision: 'auto',
      evidence: 'reference',
      traits: ['mobile-money', 'interbank-transfer'],
      why: 'paybill and sweep date in both',
    });
  }
  // --- customer cheque deposited and returned unpaid
  {
    const c = byBook('Kamau');
    const dl = cal.days[5];
    const amt = K.freshAmount(40, 200);
    const s = K.nextInv();
    const l = B.ledger(dl, amt, {
      desc: `Payment received - ${c.book}`,
      memo: `Cheque 004512 applied to ${D.inv(s)}`,
      ref: `RCPT-${rcpt++}`,
      party: `${c.id} - ${c.book}`,
      journal: 'CRJ',
      jid: String(txn++),
    });
    const dep = B.bank(cal.nextBiz(dl), amt, 'CHQ DEP CLEARING 004512', { ref: '004512' });
    const ret = B.bank(
      cal.addDays(cal.nextBiz(dl), 3) > cal.last ? cal.lastBiz : cal.onOrAfter(cal.addDays(cal.nextBiz(dl), 3)),
      -amt,
      'RETURNED CHQ 004512 REFER TO DRAWER',
      { ref: '004512' },
    );
    B.reversal(dep, ret, 'cheque deposited and returned unpaid');
    B.bankOnly(B.bank(ret.date, -250000, 'RETURNED CHEQUE CHARGES'), 'charge');
    B.ledgerOnly(l, 'receipt of a cheque that bounced: the books must reverse it, no bank line clears it');
    const dl2 = cal.days[11];
    const amt2 = K.freshAmount(100, 400);
    const c2 = byBook('Rift');
    const l2 = B.ledger(dl2, amt2, {
      desc: `Payment received - ${c2.book}`,
      memo: 'Cheque 118093',
      ref: `RCPT-${rcpt++}`,
      party: `${c2.id} - ${c2.book}`,
      journal: 'CRJ',
      jid: String(txn++),
    });
    B.match(B.bank(cal.nextBiz(dl2), amt2, 'CHQ DEP CLEARING 118093', { ref: '118093' }), l2, {
      decision: 'auto',
      evidence: 'reference',
      traits: ['cheque-number'],
    });
  }
  // --- our cheques (the bank's Cheque No column carries the number)
  {
    const a = -K.freshAmount(100, 500);
    const l = B.ledger(cal.days[2], a, {
      desc: 'Bill payment - Jubilee Allianz General Insurance',
      memo: 'Cheque 000734 - motor policy',
      ref: '000734',
      party: 'V0240 - Jubilee Allianz',
      journal: 'CDJ',
      jid: String(txn++),
    });
    B.match(B.bank(cal.days[6], a, 'CHQ PAID 000734', { ref: '000734' }), l, {
      decision: 'auto',
      evidence: 'reference',
      traits: ['cheque-number'],
    });
    const l2 = B.ledger(cal.days[18], -K.freshAmount(50, 200), {
      desc: 'Bill payment - Nairobi Water & Sewerage Co',
      memo: 'Cheque 000735',
      ref: '000735',
      party: 'V0241 - NCWSC',
      journal: 'CDJ',
      jid: String(txn++),
    });
    B.ledgerOnly(l2, 'cheque issued, not yet presented');
  }
  // --- payroll and statutory (May deductions due by 9 June; VAT by 20 June)
  {
    const d = '2025-06-27';
    const net = -int(2800, 4200) * 100000;
    const b = B.bank(d, net, 'BULK PAYMENT SALARIES JUN 2025');
    const l = B.ledger(d, net, {
      desc: 'Net pay June 2025',
      memo: 'Payroll run 2025-06',
      ref: 'PR-2025-06',
      journal: 'GJ',
      jid: String(txn++),
    });
    B.match(b, l, { decision: 'auto', evidence: 'reference', traits: ['payroll'] });
    B.bankOnly(B.bank(d, -150000, 'BULK PAYMENT CHARGES'), 'charge');
    B.bankOnly(B.bank(d, -30000, 'EXCISE DUTY'), 'tax');
    const prn = () => `2025${digits(9)}`;
    const stat = [
      {
        d: cal.days[4],
        a: -int(4200, 6100) * 10000,
        t: (p) => `KRA TAX PAYMENT PRN ${p} PAYE MAY25`,
        desc: 'PAYE May 2025 - KRA',
        ev: 'reference',
      },
      {
        d: cal.days[4],
        a: -int(500, 800) * 10000,
        t: (p) => `KRA TAX PAYMENT PRN ${p} AHL MAY25`,
        desc: 'Affordable Housing Levy May 2025',
        ev: 'reference',
      },
      {
        d: cal.days[5],
        a: -int(400, 700) * 10000,
        t: () => 'SHA SHIF CONTRIBUTION MAY 2025 EMP 0045712',
        desc: 'SHIF May 2025 - Social Health Authority',
        ev: 'counterparty',
      },
      {
        d: cal.days[5],
        a: -int(250, 400) * 10000,
        t: () => 'NSSF TIER I II MAY 2025 EMPLOYER 1147203',
        desc: 'NSSF May 2025',
        ev: 'counterparty',
      },
      {
        d: cal.days[12],
        a: -int(9000, 15000) * 10000,
        t: (p) => `KRA TAX PAYMENT PRN ${p} VAT MAY25`,
        desc: 'VAT May 2025 - KRA',
        ev: 'reference',
      },
    ];
    for (const s of stat) {
      const p = prn();
      const b2 = B.bank(s.d, s.a, s.t(p));
      const l2 = B.ledger(s.d, s.a, {
        desc: s.desc,
        memo: s.ev === 'reference' ? `PRN ${p}` : '',
        ref: s.ev === 'reference' ? p : `STAT-${int(10, 99)}`,
        journal: 'GJ',
        jid: String(txn++),
      });
      B.match(b2, l2, { decision: 'auto', evidence: s.ev, traits: ['statutory'] });
    }
  }
  // --- Pesapal card/online settlements, booked net
  for (let i = 0; i < 3; i++) {
    const d = cal.days[4 + i * 6];
    const id = `PPL${digits(7)}`;
    const amt = int(30000, 190000) * 100 + int(0, 99) * 5;
    const b = B.bank(d, amt, `EFT CR PESAPAL LTD SETTLEMENT ${id}`);
    const l = B.ledger(d, amt, {
      desc: 'Pesapal settlement',
      memo: id,
      ref: id,
      party: '',
      journal: 'CRJ',
      jid: String(txn++),
    });
    B.match(b, l, { decision: 'auto', evidence: 'reference', traits: ['gateway-settlement'] });
  }
  // --- bank's month-end and unbooked items
  const le = cal.lastBiz;
  B.bankOnly(B.bank(le, -100000, 'LEDGER FEE'), 'charge');
  B.bankOnly(B.bank(le, -20000, 'EXCISE DUTY'), 'tax');
  B.bankOnly(B.bank(le, -int(60, 140) * 500, 'SMS ALERT CHARGES'), 'charge');
  B.none(
    B.bank(cal.days[9], -1250000, 'STANDING ORDER NAIROBI BUSINESS PARK SECURITY'),
    'standing order for estate security the books have not set up',
    ['unrecorded-payment'],
  );

  const opening = 612430000;
  return {
    B,
    spec: {
      set: 'ke-hfgroup-intacct',
      country: 'KE',
      currency: 'KES',
      timezone: 'Africa/Nairobi',
      period: { from: cal.first, to: cal.last },
      seed,
      bankName: 'HF Group (HFC Ltd)',
      packageName: 'Sage Intacct General ledger report (CSV, read with a column mapping)',
      opening,
      bankFile: {
        file: 'hfc-current-2291-jun2025.csv',
        format: 'csv',
        headerRow: 8,
        hasReference: true,
        refOf: (b) => keRef(b),
        readOptions: {
          currency: 'KES',
          dateOrder: 'DMY',
          mapping: {
            date: 'Tran Date',
            valueDate: 'Value Date',
            description: 'Particulars',
            reference: 'Cheque No',
            moneyOut: 'Debit',
            moneyIn: 'Credit',
            balance: 'Balance',
          },
        },
        render: (lines, op, cl) => [
          ['HFC LIMITED (HF GROUP)'],
          ['ACCOUNT STATEMENT'],
          ['Account Name', 'SAVANNA HARDWARE & BUILDING SUPPLIES LTD'],
          ['Account Number', '0100****2291', 'Currency', 'KES'],
          ['Statement Period', `${fmtDate.dmy(cal.first)} - ${fmtDate.dmy(cal.last)}`],
          ['Opening Balance', grouped(op), 'Closing Balance', grouped(cl)],
          [],
          ['Tran Date', 'Value Date', 'Particulars', 'Cheque No', 'Debit', 'Credit', 'Balance'],
          ...lines.map((b) => [
            fmtDate.dmy(b.date),
            fmtDate.dmy(b.valueDate),
            b.text,
            keRef(b),
            b.amt < 0 ? money(b.amt) : '',
            b.amt > 0 ? money(b.amt) : '',
            grouped(b.balance),
          ]),
        ],
      },
      ledgerFile: {
        file: 'intacct-gl-1010-jun2025.csv',
        format: 'csv',
        headerRow: 5,
        ledgerAccount: '1010',
        hasParty: true,
        readOptions: {
          currency: 'KES',
          dateOrder: 'DMY',
          mapping: {
            date: 'Date',
            journalId: 'Txn No.',
            reference: 'Doc No.',
            description: ['Description', 'Memo'],
            party: 'Customer/Vendor',
            moneyIn: 'Debit',
            moneyOut: 'Credit',
          },
        },
        description: (l) => [l.desc, l.memo].filter(Boolean).join(' — '),
        render: (rows, op) => {
          const out = [
            ['Savanna Hardware & Building Supplies Ltd'],
            ['General ledger'],
            [`Account 1010 - HF Group Current KES; ${fmtDate.dmy(cal.first)} to ${fmtDate.dmy(cal.last)}`],
            [],
            [
              'Date',
              'Journal',
              'Txn No.',
              'Doc No.',
              'Description',
              'Memo',
              'Customer/Vendor',
              'Debit',
              'Credit',
              'Balance',
            ],
            [fmtDate.dmy(cal.first), '', '', '', 'Beginning balance', '', '', '', '', grouped(op)],
          ];
          let bal = op;
          rows.forEach((l, i) => {
            l.row = 7 + i;
            bal += l.amt;
            out.push([
              fmtDate.dmy(l.date),
              l.journal ?? 'GJ',
              l.jid,
              l.ref,
              l.desc,
              l.memo ?? '',
              l.party ?? '',
              l.amt > 0 ? grouped(l.amt) : '',
              l.amt < 0 ? grouped(-l.amt) : '',
              grouped(bal),
            ]);
          });
          out.push([fmtDate.dmy(cal.last), '', '', '', 'Ending balance', '', '', '', '', grouped(bal)]);
          return {
            rows: out,
            nonEntry: [
              { row: 6, why: 'beginning balance of the account (balance column only), not an entry' },
              { row: 7 + rows.length, why: 'ending balance of the account (balance column only), not an entry' },
            ],
          };
        },
      },
    },
  };
}

// =====================================================================================================
// ZA — Grindrod Bank business current account (CSV, own header, signed amounts) × Palladium Accounting GL
//      transactions (written in the generic general-ledger layout)
// =====================================================================================================
function zaGrindrodPalladium(seed) {
  const T = rngTools(mulberry32(seed));
  const { int, digits } = T;
  const cal = calendar(2025, 7, []);
  const B = builder();
  let jnl = 4410;
  const D = {
    vatBp: 1500,
    inv: (s) => `IN${String(s).padStart(6, '0')}`,
    refVariants: (s) => [
      { text: `IN${String(s).padStart(6, '0')}`, trait: 'ref-canonical' },
      { text: `INV${s}`, trait: 'ref-written-differently' },
      { text: `in${s}`, trait: 'ref-lowercase' },
      { text: `IN ${s}`, trait: 'ref-spaces' },
      { text: `${s}`, trait: 'ref-serial-only' },
    ],
    multiRefText: (ss) => `IN${ss[0]} ${ss[1]} ${ss[2]}`,
    recv: ({ cust, memo, payerName }) => {
      const ch = cust?.channel ?? 'RTC';
      const head = ch === 'ACB' ? 'ACB CREDIT' : ch === 'IB' ? 'IB TRANSFER FROM' : 'RTC CREDIT';
      // SA statements carry the payer's own statement reference in the Reference column
      return { text: `${head} ${payerName}`, ref: (memo || (cust?.clear ? cust.acc : '')).toUpperCase().slice(0, 20) };
    },
    pay: ({ sup, memo }) => ({ text: `IB PAYMENT TO ${sup.bankName}`, ref: `UMH ${memo}`.trim().slice(0, 20) }),
    reversalText: (t) => (t.startsWith('FEE') ? `FEE REVERSAL ${t.slice(5)}` : `RETURNED ${t}`),
    afterDebit: (b, o = {}) => {
      const f = B.bank(b.date, -int(6, 9) * 100 - 50, 'FEE: IB PAYMENT');
      if (!o.noRecord) B.bankOnly(f, 'charge');
      return [f];
    },
    lRecv: ({ cust, invNos, part }) => ({
      desc: `Receipt ${cust.acc} ${cust.book} ${invNos.join(' ')}${part ? ` ${part}` : ''}`,
      ref: `RC${jnl}`,
      jid: `CB${jnl++}`,
    }),
    lPay: ({ sup, memo, docNo }) => ({ desc: `Payment ${sup.acc} ${sup.book} ${memo}`, ref: docNo, jid: `CB${jnl++}` }),
  };
  const C = (acc, book, bank, clear, channel) => ({ acc, book, bank, clear, channel });
  const customers = [
    C('ATT001', 'Attacq Waterfall Offices', ['ATTACQ WATERFALL'], true, 'RTC'),
    C('DRB004', 'Durban Chamber of Commerce', ['DURBAN CHAMBER OF COMM'], true, 'ACB'),
    C('GRI010', 'Grindrod Logistics Umhlanga', ['GRINDROD LOGISTICS'], true, 'IB'),
    C('TON002', 'Tongaat Hulett Estates', ['TONGAAT HULETT'], true, 'ACB'),
    C('MBA011', 'Mbatha Attorneys Inc', ['MBATHA ATTORNEYS'], true, 'RTC'),
    C('BAY003', 'Bayside Dental Studio', ['BAYSIDE DENTAL'], true, 'RTC'),
    C('ETH005', 'eThekwini Municipality', ['ETHEKWINI MUNICIPALITY', 'ETHEKWINI MUNIC'], true, 'ACB'),
    C('SIB007', 'Sibaya Casino (Pty) Ltd', ['SIBAYA CASINO'], true, 'ACB'),
    C('UMG008', 'Umgeni Water', ['UMGENI WATER'], true, 'ACB'),
    C('NAI012', 'Naidoo & Partners Accountants', ['NAIDOO PARTNERS'], true, 'RTC'),
    C('PIL020', 'Pillay Family Trust', ['MR S PILLAY'], false, 'IB'),
    C('ZUL021', 'Zulu Design Studio', ['T ZULU'], false, 'RTC'),
    C('VDM022', 'Van der Merwe Properties', ['JJ VD MERWE'], false, 'IB'),
  ];
  const byBook = (n) => customers.find((c) => c.book.startsWith(n));
  const S = (acc, book, bankName, billPrefix, billDigits, extra = {}) => ({
    acc,
    book,
    bankName,
    billPrefix,
    billDigits,
    ...extra,
  });
  const suppliers = [
    S('SUP010', 'Steelcase Africa', 'STEELCASE AFRICA', 'SCA', 6),
    S('SUP014', 'Mobelli Furniture', 'MOBELLI', 'MOB', 5),
    S('SUP019', 'Builders Warehouse Gateway', 'BUILDERS WHSE GATEWAY', 'BW', 8),
    S('SUP022', 'Flooring Solutions KZN', 'FLOORING SOLUTIONS', 'FS', 5),
    S('SUP025', 'Dulux Trade Centre Pinetown', 'DULUX TRADE PINETOWN', 'DTC', 6),
  ];
  const fuel = S('SUP031', 'Courier Guy Durban', 'THE COURIER GUY', 'TCG', 7, { recurringMemo: 'DELIVERIES' });
  const failed = S('SUP017', 'Gijima Lighting', 'GIJIMA LIGHTING', 'GL', 6);
  core(B, T, cal, D, {
    firstSerial: 10423,
    round: 100,
    invLo: 30,
    invHi: 600,
    routineReceipts: 34,
    customers,
    plainMemos: ['PAYMENT', 'UMHLANGA INTERIORS', 'JULY', 'ACC PAYMENT', ''],
    payMemos: ['PAYMENT', 'INVOICE', ''],
    overpayExtra: 50000,
    smallShort: 1500,
    special: {
      overpay: byBook('Bayside'),
      short: byBook('Naidoo'),
      withholding: [],
      instalments: byBook('Tongaat'),
      partBookedFull: byBook('Sibaya'),
      multi: byBook('Attacq'),
      multiNoRef: byBook('Mbatha'),
      twins: byBook('Umgeni'),
      oneOfTwo: byBook('eThekwini'),
      duplicate: byBook('Durban'),
      recurring: fuel,
      failed,
    },
    unknownReceipts: [
      { amt: 1150000, memo: 'DEPOSIT', payer: 'CASH DEPOSIT ATM 4412' },
      { amt: 235000, memo: 'REFUND', payer: 'DISCOVERY HEALTH' },
    ],
    suppliers,
    routinePayments: 16,
    firstPv: 918,
    pvPrefix: 'EFT',
  });
  // --- Yoco card payouts, booked net from the Yoco portal
  for (let i = 0; i < 8; i++) {
    const d = cal.days[1 + i * 2];
    const id = `${digits(6)}`;
    const amt = int(2000, 18000) * 100 + int(0, 99);
    const b = B.bank(d, amt, 'YOCO PAYOUT', { ref: `YOCO ${id}` });
    const l = B.ledger(d, amt, { desc: `Yoco payout ${id} card sales`, ref: `YOCO${id}`, jid: `CB${jnl++}` });
    B.match(b, l, { decision: 'auto', evidence: 'reference', traits: ['gateway-settlement', 'ref-spaces'] });
  }
  // --- cash banked at the branch, with the bank's cash deposit fee
  for (let i = 0; i < 3; i++) {
    const d = cal.days[4 + i * 7];
    const slip = digits(7);
    const amt = int(40, 160) * 10000;
    const b = B.bank(d, amt, 'CASH DEPOSIT BRANCH', { ref: slip });
    const l = B.ledger(d, amt, { desc: `Cash sales banked slip ${slip}`, ref: slip, jid: `CB${jnl++}` });
    B.match(b, l, { decision: 'auto', evidence: 'reference', traits: ['cash-deposit'] });
    B.bankOnly(B.bank(d, -pct(amt, 150) - 1000, 'CASH DEPOSIT FEE'), 'charge');
  }
  // --- debit orders (fixed ones are booked from the recurring journal)
  const dos = [
    ['VODACOM', 'Vodacom business contract July', 'VC', -int(1800, 2600) * 100 - 99],
    ['SANTAM', 'Santam business insurance July', 'SN', -int(3000, 4500) * 100],
    ['MERCEDES-BENZ FS', 'Vehicle instalment July - MBFS', 'MB', -int(9000, 12000) * 100 - 45],
  ];
  for (const [org, desc, p, amt] of dos) {
    const d = cal.days[0];
    const b = B.bank(d, amt, `DEBIT ORDER ${org}`, { ref: `${p}${digits(8)}` });
    const l = B.ledger(d, amt, { desc, ref: `DO-${p}`, jid: `CB${jnl++}` });
    B.match(b, l, { decision: 'auto', evidence: 'counterparty', traits: ['debit-order', 'name-only'] });
  }
  {
    // a debit order the company did not authorise, disputed and reversed
    const d = cal.days[7];
    const b1 = B.bank(d, -39900, 'DEBIT ORDER FIN SERV DIRECT', { ref: `FSD${digits(7)}` });
    const b2 = B.bank(cal.nextBiz(cal.nextBiz(d)), 39900, 'DEBIT ORDER REVERSAL FIN SERV DIRECT', { ref: b1.ref });
    B.reversal(b1, b2, 'unauthorised debit order disputed and returned');
  }
  // --- interbank: sweep to the call account
  {
    const d = cal.days[10];
    const amt = -25000000;
    const b = B.bank(d, amt, 'TRANSFER TO CALL ACC 10-4412-3301', { ref: 'SWEEP JUL' });
    const l = B.ledger(d, amt, { desc: 'Transfer to Grindrod call account', ref: 'TRF-0725', jid: `GJ${jnl++}` });
    B.match(b, l, { decision: 'auto', evidence: 'counterparty', traits: ['interbank-transfer'] });
  }
  // --- payroll: one IB payment per employee; one journal for net pay
  {
    const d = '2025-07-25';
    const staff = ['N MKHIZE', 'P GOVENDER', 'L NDLOVU', 'A SINGH', 'K DLAMINI', 'R BOTHA', 'S MAHARAJ'];
    const lines = staff.map((n) =>
      B.bank(d, -(int(14000, 38000) * 100 + int(0, 99)), `IB PAYMENT TO ${n}`, { ref: 'UMH SALARY JUL25' }),
    );
    const tot = lines.reduce((s, x) => s + x.amt, 0);
    const l = B.ledger(d, tot, { desc: 'Net salaries July 2025 (SimplePay)', ref: 'SAL0725', jid: `GJ${jnl++}` });
    B.match(lines, l, {
      decision: 'auto',
      evidence: 'reference',
      traits: ['split-many-to-one', 'payroll'],
      why: 'seven SALARY JUL25 payments add up exactly to the net pay journal',
    });
    B.bankOnly(B.bank(d, -staff.length * 750, 'FEE: IB PAYMENT BATCH'), 'charge');
  }
  // --- SARS: EMP201 for June (by 7 July) and VAT201 for May–June (by 25 July, eFiling)
  {
    const e = -int(28000, 42000) * 100;
    const prn1 = `7${digits(9)}LC0625`;
    const b = B.bank(cal.days[4], e, `SARS EFILING PAYE ${prn1}`, { ref: prn1 });
    const l = B.ledger(cal.days[4], e, { desc: 'EMP201 June 2025 PAYE/UIF/SDL', ref: prn1, jid: `GJ${jnl++}` });
    B.match(b, l, { decision: 'auto', evidence: 'reference', traits: ['statutory'] });
    const v = -int(60000, 95000) * 100;
    const prn2 = `4${digits(9)}V0625`;
    const b2 = B.bank('2025-07-25', v, `SARS EFILING VAT ${prn2}`, { ref: prn2 });
    const l2 = B.ledger('2025-07-24', v, { desc: 'VAT201 May-Jun 2025', ref: `VAT 0625`, jid: `GJ${jnl++}` });
    B.match(b2, l2, { decision: 'auto', evidence: 'counterparty', traits: ['statutory'] });
  }
  // --- fees, interest and unbooked items
  const le = cal.lastBiz;
  const mf = B.bank(le, -26500, 'MONTHLY ACCOUNT FEE');
  const mfl = B.ledger(le, -26500, {
    desc: 'Bank charges - Grindrod monthly fee',
    ref: 'RJ-BANKFEE',
    jid: `GJ${jnl++}`,
  });
  B.match(mf, mfl, {
    decision: 'auto',
    evidence: 'counterparty',
    traits: ['booked-in-advance'],
    why: 'fixed monthly fee the books post by recurring journal',
  });
  B.bankOnly(B.bank(le, -int(20, 60) * 55, 'NOTIFICATION FEE'), 'charge');
  B.bankOnly(B.bank(le, int(300, 900) * 100 + int(0, 99), 'CREDIT INTEREST'), 'interest');
  B.none(
    B.bank(cal.days[12], -189900, 'POS PURCHASE TAKEALOT.COM'),
    'card purchase for office supplies, invoice not yet captured',
    ['unrecorded-payment'],
  );
  B.none(B.bank(cal.days[17], -65000, 'DEBIT ORDER MICROSOFT 365'), 'new subscription, not set up in the books', [
    'unrecorded-payment',
  ]);

  const opening = 284551290;
  return {
    B,
    spec: {
      set: 'za-grindrod-palladium',
      country: 'ZA',
      currency: 'ZAR',
      timezone: 'Africa/Johannesburg',
      period: { from: cal.first, to: cal.last },
      seed,
      bankName: 'Grindrod Bank',
      packageName: 'Palladium Accounting GL transactions (written in the generic general-ledger layout)',
      opening,
      bankFile: {
        file: 'grindrod-business-7731-jul2025.csv',
        format: 'csv',
        headerRow: 6,
        hasReference: true,
        readOptions: {
          currency: 'ZAR',
          mapping: {
            date: 'Transaction Date',
            valueDate: 'Effective Date',
            description: 'Description',
            reference: 'Reference',
            amount: 'Amount',
            balance: 'Balance',
          },
        },
        render: (lines, op, cl) => [
          ['Grindrod Bank Limited - Business Current Account'],
          ['Account', '****7731', 'UMHLANGA OFFICE INTERIORS (PTY) LTD'],
          ['Statement from', fmtDate.ymdSlash(cal.first), 'to', fmtDate.ymdSlash(cal.last)],
          ['Opening balance', dec(op), 'Closing balance', dec(cl)],
          [],
          ['Transaction Date', 'Effective Date', 'Description', 'Reference', 'Amount', 'Balance'],
          ...lines.map((b) => [
            fmtDate.ymdSlash(b.date),
            fmtDate.ymdSlash(b.valueDate),
            b.text,
            b.ref,
            dec(b.amt),
            dec(b.balance),
          ]),
        ],
      },
      ledgerFile: {
        file: 'palladium-gl-8400-jul2025.csv',
        format: 'csv',
        headerRow: 4,
        ledgerAccount: '8400/000',
        hasParty: false,
        readOptions: { currency: 'ZAR' },
        description: (l) => l.desc,
        render: (rows) => {
          const out = [
            ['Umhlanga Office Interiors (Pty) Ltd'],
            ['GL Transactions 8400/000 Grindrod Business Current, 2025/07/01 - 2025/07/31'],
            [],
            ['Date', 'Journal ID', 'Account Code', 'Account Name', 'Description', 'Reference', 'Debit', 'Credit'],
          ];
          rows.forEach((l, i) => {
            l.row = 5 + i;
            out.push([
              fmtDate.ymdSlash(l.date),
              l.jid,
              '8400/000',
              'Grindrod Business Current',
              l.desc,
              l.ref,
              l.amt > 0 ? dec(l.amt) : '',
              l.amt < 0 ? dec(-l.amt) : '',
            ]);
          });
          return { rows: out, nonEntry: [] };
        },
      },
    },
  };
}

const SETS = [ngPolarisSage300, ghSocgenGp, keHfIntacct, zaGrindrodPalladium];
fs.mkdirSync(OUT, { recursive: true });
const index = { corpus: 'holdout12', seed: SEED, sets: [] };
SETS.forEach((fn, i) => {
  const { B, spec } = fn(SEED + i);
  index.sets.push(emitSet(OUT, spec, B));
});
fs.writeFileSync(path.join(OUT, 'index.json'), JSON.stringify(index, null, 2) + '\n');
for (const s of index.sets) console.log(s.set, JSON.stringify(s.counts));
