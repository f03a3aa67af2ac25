#!/usr/bin/env node
// Holdout evaluation corpus: four month-long sets written from how the banks and packages export, never tuned on the
// engine. node bench/corpus/holdout-tools/make-holdout.mjs  (seed printed; BANKFEED_CORPUS_SEED overrides it)
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, dec, emit, fmt, grouped, iso, makeSet, pctOf, rng, workday } from './lib.mjs';
import { populate } from './scenarios.mjs';

const SEED = Number(process.env.BANKFEED_CORPUS_SEED ?? 20260601);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', 'holdout');
console.log(`make-holdout: seed ${SEED} → ${ROOT}`);
for (const set of ['ng-zenith-zoho', 'ke-kcb-mpesa-sage50', 'gh-ecobank-qbo', 'za-absa-sagebc'])
  rmSync(join(ROOT, set), { recursive: true, force: true });

const session = (r, d) =>
  `0000${r.int(10, 99)}${d.slice(2, 4)}${d.slice(5, 7)}${d.slice(8, 10)}${String(r.int(0, 999999999999)).padStart(12, '0')}${r.int(100000, 999999)}`;

// =====================================================================================================================
// NG — Zenith Bank current account (CSV) vs Zoho Books "Account Transactions" (CSV)
// =====================================================================================================================
function ngZenithZoho(seed) {
  const r = rng(seed);
  const meta = {
    set: 'ng-zenith-zoho',
    country: 'NG',
    currency: 'NGN',
    timezone: 'Africa/Lagos',
    period: { from: '2025-04-01', to: '2025-04-30' },
    seed,
    note: 'A Lagos food distributor: Zenith Bank current account statement (internet banking CSV) against Zoho Books Account Transactions for the bank account.',
  };
  const set = makeSet(meta);
  const BANK = 'zenith-1014578823-apr2025.csv';
  const LEDGER = 'zoho-account-transactions-apr2025.csv';
  const ACCOUNT = 'Zenith Bank Current';
  const inv = (n) => `INV-${String(n).padStart(6, '0')}`;
  const banks = ['GTB', 'ACCESS', 'FIRST BANK', 'UBA', 'FIDELITY', 'STANBIC', 'OPAY', 'MONIEPOINT', 'FCMB', 'WEMA'];
  const customers = [
    ['Adebayo Stores Ltd', 'ADEBAYO STORES LIMITED'],
    ['Chukwuemeka & Sons Enterprises', 'CHUKWUEMEKA AND SONS ENT'],
    ['Mama Nkechi Supermarket', 'MAMA NKECHI SUPERMARKET'],
    ['Olaniyan Foods Nig. Ltd', 'OLANIYAN FOODS NIGERIA LTD'],
    ['Tunde Babatunde Ventures', 'TUNDE BABATUNDE VENTURES'],
    ['Grace Okoro', 'OKORO GRACE NGOZI'],
    ['Ikeja Catering Services', 'IKEJA CATERING SERVICES LT'],
    ['Bisi Adeyemi Provisions', 'ADEYEMI OLUWABISI'],
    ['Everfresh Mart Lekki', 'EVERFRESH MART LTD'],
    ['Hajia Amina Trading Co', 'HAJIA AMINA TRADING COMPANY'],
    ['Ebuka Obi Wholesale', 'OBI EBUKA CHIDI'],
    ['Sunrise Hotels & Suites', 'SUNRISE HOTELS AND SUITES'],
    ['Kemi Foods & Drinks', 'KEMI FOODS AND DRINKS'],
    ['Yaba Tech Cafeteria', 'YABA COLLEGE OF TECH CAFET'],
    ['Ogunleye Agro Stores', 'OGUNLEYE AGRO STORES'],
    ['Praise Chinedu Enterprises', 'PRAISE CHINEDU ENT'],
  ].map(([name, bank]) => ({ name, bank, via: r.pick(banks) }));
  const suppliers = [
    ['Dangote Flour Mills Plc', 'DANGOTE FLOUR MILLS PLC', 'DFM'],
    ['Olam Nigeria Ltd', 'OLAM NIGERIA LIMITED', 'OLM'],
    ['Okafor Logistics', 'OKAFOR LOGISTICS NIG LTD', 'OKL'],
    ['Ikeja Electric Plc', 'IKEJA ELECTRIC PLC', 'IE'],
    ['Chi Ltd', 'CHI LIMITED', 'CHI'],
    ['PZ Wilmar Ltd', 'PZ WILMAR LIMITED', 'PZW'],
    ['Lekki Cold Rooms', 'LEKKI COLD ROOMS SERVICES', 'LCR'],
    ['Presco Plc', 'PRESCO PLC', 'PRS'],
    ['Nestle Nigeria Plc', 'NESTLE NIGERIA PLC', 'NES'],
    ['Seven-Up Bottling Co', 'SEVEN UP BOTTLING COMPANY', 'SUB'],
  ].map(([name, bank, code]) => ({ name, bank, code }));
  let pmt = 231;
  let vpm = 88;
  let sr = 41;
  const style = {
    bankFile: BANK,
    ledgerFile: LEDGER,
    acct: ACCOUNT,
    period: meta.period,
    lastDay: 30,
    date: (d) => iso(2025, 4, d),
    firstInvoice: 1417,
    firstCheque: 332,
    customers,
    suppliers,
    stranger: { name: 'Chioma Nwosu', bank: 'NWOSU CHIOMA BLESSING', via: 'OPAY' },
    refVariants: (n) => [
      { text: inv(n), trait: 'ref-canonical' },
      { text: inv(n).toLowerCase(), trait: 'ref-lowercase' },
      { text: `INV ${String(n).padStart(6, '0')}`, trait: 'ref-spaces' },
      { text: `INV-${n}`, trait: 'ref-no-padding' },
      { text: `inv${n}`, trait: 'ref-no-padding' },
      { text: `INV/${String(n).padStart(6, '0')}`, trait: 'ref-slashes' },
      { text: `invoice no ${n}`, trait: 'ref-serial-only' },
      { text: `PYMT FOR ${n}`, trait: 'ref-serial-only' },
    ],
    partText: (n) => `PART PAYMENT ${inv(n)}`,
    balanceText: (n) => `BAL ${inv(n)}`,
    lessCnText: (n) => `${inv(n)} LESS CREDIT NOTE`,
    twoInvText: (a, b) => `INV ${a} AND ${b}`,
    billRef: (sp, i, rr) => `${sp.code}/${rr.int(1000, 9999)}`,
    rx: (cu, ref, rr, d) => {
      const memo = ref ?? rr.pick(['PAYMENT', 'TRF', 'SUPPLY', 'GOODS', 'FOODSTUFF', '']);
      const form = rr.int(0, 2);
      const narration =
        form === 0
          ? `NIP/${cu.via}/${cu.bank}/${memo}`.replace(/\/$/, '')
          : form === 1
            ? `TRF FRM ${cu.bank} TO LAGOON FOODS DISTRIBUTION${memo ? ` ${memo}` : ''}`
            : `${session(rr, d)}/${cu.bank}/${memo || 'TRANSFER'}`;
      return { narration };
    },
    cash: (rr) => ({
      narration: `CASH DEPOSIT BY ${rr.pick(['MUSA', 'EMEKA', 'SOLA', 'TUNDE', 'IBRAHIM'])} - ${rr.pick(['IKEJA BR', 'OGBA BR', 'ALLEN AVE BR'])}`,
    }),
    px: (sp, ref, rr) => ({
      narration: rr.chance(0.5)
        ? `NIP TRF TO ${sp.bank}/${ref ?? 'PAYMENT'}`
        : `ZENITH MOBILE TRF TO ${sp.bank}${ref ? ` ${ref}` : ''}`,
    }),
    reversal: (sp, ref) => ({ narration: `REVERSAL - NIP TRF TO ${sp.bank}/${ref} - BENEFICIARY BANK UNAVAILABLE` }),
    chequeOut: (no, sp) => ({
      narration: `INWARD CLEARING CHQ NO ${String(no).padStart(8, '0')} ${sp.bank.slice(0, 18)}`,
    }),
    payroll: () => ({ narration: 'BULK PAYMENT - SALARY APRIL 2025 - 23 BENEFICIARIES' }),
    statutory: [
      {
        day: 10,
        range: [380000, 620000],
        bank: { narration: 'NIP TRF TO LAGOS STATE INTERNAL REVENUE SERV/PAYE MAR 2025' },
        led: { type: 'Expense', no: '', ref: 'PAYE MAR 2025', party: 'Lagos State Internal Revenue Service' },
      },
      {
        day: 14,
        range: [290000, 450000],
        bank: { narration: 'NIP TRF TO STANBIC IBTC PENSION MANAGERS/PENSION MARCH' },
        led: { type: 'Expense', no: '', ref: 'PENSION MAR 2025', party: 'Stanbic IBTC Pension Managers' },
      },
    ],
    payday: 28,
    terminals: ['2057LX41', '2057LX42'],
    posFee: (g) => pctOf(g, 50),
    pos: (tid, sales) => ({
      narration: `ISW POS SETTLEMENT TID:${tid} DT:${fmt.dmySlash(sales).slice(0, 6)}${sales.slice(2, 4)}`,
    }),
    afterRx: (amt) =>
      amt >= 1000000 ? [{ amount: -5000, kind: 'levy', text: { narration: 'ELECTRONIC MONEY TRANSFER LEVY' } }] : [],
    afterPx: (amt, d, channel) => {
      if (channel === 'cheque') return [];
      if (channel === 'batch')
        return [
          { amount: -115000, kind: 'charge', text: { narration: 'BULK PAYMENT CHARGES 23 X 50.00' } },
          { amount: -8625, kind: 'fee-vat', text: { narration: 'VAT ON BULK PAYMENT CHARGES' } },
        ];
      const fee = -amt <= 500000 ? 1000 : -amt <= 5000000 ? 2500 : 5000;
      return [
        { amount: -fee, kind: 'charge', text: { narration: 'COMMISSION ON NIP TRANSFER' } },
        { amount: -pctOf(fee, 750), kind: 'fee-vat', text: { narration: 'VAT ON NIP COMMISSION' } },
      ];
    },
    unrecordedDebit: { narration: 'POS PURCHASE - TOTALENERGIES LEKKI PHASE 1 LAGOS NG' },
    ledRx: (cu, n) => ({ type: 'Customer Payment', no: String(pmt++), ref: inv(n), party: cu.name }),
    ledPx: (sp, b) => ({ type: 'Vendor Payment', no: String(vpm++), ref: b ?? '', party: sp.name }),
    ledCheque: (sp, no) => ({ type: 'Vendor Payment', no: String(vpm++), ref: `CHQ ${no}`, party: sp.name }),
    ledPayroll: () => ({ type: 'Journal', no: 'JNL-0042', ref: 'SALARY APR 2025', party: 'Net salaries April 2025' }),
    ledPos: (d) => ({
      type: 'Sales Receipt',
      no: `SR-${String(sr++).padStart(5, '0')}`,
      ref: `POS ${fmt.dmySlash(d)}`,
      party: 'Walk-in POS Customers',
    }),
    withholding: { bp: 500, trait: 'short-withholding-tax-5pct' },
    monthly: [
      {
        date: '2025-04-30',
        amount: -40000,
        kind: 'charge',
        text: { narration: 'SMS ALERT CHARGES 01-APR-25 TO 30-APR-25' },
      },
      { date: '2025-04-30', amount: -3000, kind: 'fee-vat', text: { narration: 'VAT ON SMS ALERT CHARGES' } },
      {
        date: '2025-04-30',
        amount: -r.int(2400000, 3900000),
        kind: 'charge',
        text: { narration: 'ACCOUNT MAINTENANCE FEE APR 2025' },
      },
      { date: '2025-04-15', amount: -5000, kind: 'levy', text: { narration: 'STAMP DUTY CHARGE' } },
    ],
  };
  style.monthly.splice(3, 0, {
    date: '2025-04-30',
    amount: Math.round(style.monthly[2].amount * 0.075),
    kind: 'fee-vat',
    text: { narration: 'VAT ON ACCOUNT MAINTENANCE FEE' },
  });
  populate(set, r, style, {
    refReceipts: 30,
    nameReceipts: 14,
    amountReceipts: 5,
    refPayments: 9,
    namePayments: 6,
    chequesPresented: 3,
    chequesOutstanding: 2,
    posDays: 10,
    receipt: [180000, 6800000],
    cash: [150000, 950000],
    payment: [250000, 9500000],
    payroll: [8200000, 9800000],
    pos: [90000, 1400000],
    small: [18000, 85000],
  });

  const bankLayout = (rows) => {
    const out = [
      ['ZENITH BANK PLC'],
      ['STATEMENT OF ACCOUNT'],
      ['Account Name:', 'LAGOON FOODS DISTRIBUTION LTD'],
      ['Account Number:', '1014578823'],
      ['Currency:', 'NGN'],
      ['Period:', '01/04/2025 TO 30/04/2025'],
      ['Opening Balance:', grouped(OPEN)],
      [],
      ['DATE POSTED', 'VALUE DATE', 'DESCRIPTION', 'DEBIT', 'CREDIT', 'BALANCE'],
    ];
    const rowOf = new Map();
    const jsonOf = new Map();
    let dr = 0;
    let cr = 0;
    for (const b of rows) {
      out.push([
        fmt.dmySlash(b.date),
        fmt.dmySlash(b.valueDate ?? b.date),
        b.narration,
        b.amount < 0 ? grouped(-b.amount) : '',
        b.amount > 0 ? grouped(b.amount) : '',
        grouped(b.balance),
      ]);
      if (b.amount < 0) dr -= b.amount;
      else cr += b.amount;
      rowOf.set(b.key, out.length);
      jsonOf.set(b.key, { narration: b.narration });
    }
    out.push(['', '', 'CLOSING BALANCE', grouped(dr), grouped(cr), grouped(rows.at(-1).balance)]);
    return { rows: out, headerRow: 9, rowOf, jsonOf };
  };
  const ledgerLayout = (rows) => {
    const out = [
      ['Lagoon Foods Distribution Ltd'],
      ['Account Transactions'],
      ['From 01/04/2025 To 30/04/2025'],
      [],
      [
        'Date',
        'Account',
        'Transaction Details',
        'Transaction Type',
        'Transaction#',
        'Reference#',
        'Debit',
        'Credit',
        'Amount',
      ],
      ['Opening Balance', ACCOUNT, '', '', '', '', dec(BOOK_OPEN), '', dec(BOOK_OPEN)],
    ];
    const rowOf = new Map();
    const jsonOf = new Map();
    let dr = 0;
    let cr = 0;
    for (const l of rows) {
      out.push([
        fmt.dmySlash(l.date),
        ACCOUNT,
        l.party,
        l.type,
        l.no,
        l.ref,
        l.amount > 0 ? dec(l.amount) : '',
        l.amount < 0 ? dec(-l.amount) : '',
        dec(l.amount),
      ]);
      if (l.amount > 0) dr += l.amount;
      else cr -= l.amount;
      rowOf.set(l.key, out.length);
      jsonOf.set(l.key, {
        reference: l.ref || null,
        description: [l.type, l.no].filter(Boolean).join(' — '),
        party: l.party,
        account: ACCOUNT,
      });
    }
    out.push(['Total Debits and Credits', ACCOUNT, '', '', '', '', dec(dr), dec(cr), '']);
    out.push(['Closing Balance', ACCOUNT, '', '', '', '', dec(BOOK_OPEN + dr - cr), '', dec(BOOK_OPEN + dr - cr)]);
    return { rows: out, headerRow: 5, rowOf, jsonOf, nonEntryRows: [] };
  };
  const OPEN = 4512040000;
  const BOOK_OPEN = OPEN - 18750000; // a March cheque still outstanding at the start of April
  return emit(set, join(ROOT, meta.set), {
    bank: [
      {
        file: BANK,
        bankName: 'Zenith Bank',
        ledgerAccount: ACCOUNT,
        ledgerAccountCode: ACCOUNT,
        opening: OPEN,
        layout: bankLayout,
        readOptions: {
          mapping: {
            date: 'DATE POSTED',
            valueDate: 'VALUE DATE',
            description: 'DESCRIPTION',
            moneyOut: 'DEBIT',
            moneyIn: 'CREDIT',
            balance: 'BALANCE',
          },
          dateOrder: 'DMY',
        },
      },
    ],
    ledger: [
      {
        file: LEDGER,
        package: 'Zoho Books (Account Transactions report, CSV)',
        layout: ledgerLayout,
        readOptions: {
          mapping: {
            date: 'Date',
            account: 'Account',
            party: 'Transaction Details',
            description: ['Transaction Type', 'Transaction#'],
            reference: 'Reference#',
            moneyIn: 'Debit',
            moneyOut: 'Credit',
          },
          dateOrder: 'DMY',
        },
      },
    ],
  });
}

// =====================================================================================================================
// KE — KCB current account (CSV) and an M-PESA paybill organisation statement (CSV, newest first) vs Sage 50 Accounts
// nominal activity exported to CSV (both bank nominals in one file)
// =====================================================================================================================
function keKcbMpesaSage(seed) {
  const r = rng(seed);
  const meta = {
    set: 'ke-kcb-mpesa-sage50',
    country: 'KE',
    currency: 'KES',
    timezone: 'Africa/Nairobi',
    period: { from: '2025-05-01', to: '2025-05-31' },
    seed,
    note: 'A Nairobi hardware wholesaler: KCB current account statement and its M-PESA paybill statement, against Sage 50 Accounts nominal activity for nominals 1200 (KCB) and 1210 (M-PESA). Sage customer and supplier columns hold account codes, not names.',
  };
  const set = makeSet(meta);
  const KCB = 'kcb-1287654321-may2025.csv';
  const MPESA = 'mpesa-paybill-4012345-may2025.csv';
  const LEDGER = 'sage50-nominal-activity-1200-1210-may2025.csv';
  const code = (name) =>
    `${name
      .replace(/[^A-Za-z]/g, '')
      .slice(0, 6)
      .toUpperCase()}01`;
  const kcbCustomers = [
    ['Naivas Ltd', 'NAIVAS LIMITED', 'EQUITY'],
    ['Mwalimu Builders Co', 'MWALIMU BUILDERS COMPANY', 'COOP'],
    ['Kisii Hardware Centre', 'KISII HARDWARE CENTRE LTD', 'ABSA'],
    ['Rift Valley Contractors', 'RIFT VALLEY CONTRACTORS LT', 'NCBA'],
    ['Thika Road Constructions', 'THIKA ROAD CONSTRUCTION', 'STANBIC'],
    ['Jamii Housing Co-op', 'JAMII HOUSING CO-OPERATIVE', 'COOP'],
    ['Mombasa Steel Traders', 'MOMBASA STEEL TRADERS LTD', 'DTB'],
    ['County Govt of Machakos', 'COUNTY GOVERNMENT OF MACHA', 'CBK'],
    ['Kiambu Water & Sanitation', 'KIAMBU WATER AND SANITATIO', 'KCB'],
    ['Eldoret Agencies', 'ELDORET AGENCIES', 'FAMILY'],
    ['Ngong Road Apartments', 'NGONG ROAD APARTMENTS LTD', 'IM'],
    ['Karibu Homes Ltd', 'KARIBU HOMES LIMITED', 'EQUITY'],
  ].map(([name, bank, via]) => ({ name, bank, via, code: code(name) }));
  const suppliers = [
    ['Mabati Rolling Mills', 'MABATI ROLLING MILLS LTD', 'MRM'],
    ['Bamburi Cement Plc', 'BAMBURI CEMENT PLC', 'BAM'],
    ['Crown Paints Kenya', 'CROWN PAINTS KENYA PLC', 'CPK'],
    ['Devki Steel Mills', 'DEVKI STEEL MILLS LTD', 'DSM'],
    ['Kenya Power', 'KENYA POWER AND LIGHTING', 'KPLC'],
    ['Tile & Carpet Centre', 'TILE AND CARPET CENTRE', 'TCC'],
    ['Doshi Hardware Mfrs', 'DOSHI HARDWARE MANUFACTURE', 'DHW'],
    ['Maersk Logistics KE', 'MAERSK KENYA LIMITED', 'MKL'],
  ].map(([name, bank, short]) => ({ name, bank, short, code: code(name) }));
  const kcbFee = (a) => (a <= 10000000 ? 10000 : a <= 100000000 ? 20000 : 50000);
  let tx = 5120;
  const ledRx = (cu, n) => ({
    nc: cu.nc,
    type: 'SR',
    no: tx++,
    party: cu.code,
    ref: String(n),
    details: r.chance(0.5) ? 'Sales Receipt' : cu.name,
  });
  const ledPx = (sp, b) => ({
    type: 'PP',
    no: tx++,
    party: sp.code,
    ref: b ?? 'EFT',
    details: r.chance(0.5) ? 'Purchase Payment' : sp.name,
  });
  const variants = (n) => [
    { text: String(n), trait: 'ref-canonical' },
    { text: `INV ${n}`, trait: 'ref-spaces' },
    { text: `INV${n}`, trait: 'ref-year-serial-joined' },
    { text: `inv-${n}`, trait: 'ref-lowercase' },
    { text: `Invoice #${n}`, trait: 'ref-canonical' },
    { text: `SI${n}`, trait: 'ref-canonical' },
  ];
  const excise = (fee) => ({ amount: -pctOf(fee, 2000), kind: 'tax', text: { narration: 'EXCISE DUTY' } });
  const kcb = {
    bankFile: KCB,
    ledgerFile: LEDGER,
    acct: '1200',
    period: meta.period,
    lastDay: 31,
    date: (d) => iso(2025, 5, d),
    firstInvoice: 10452,
    firstCheque: 4511,
    customers: kcbCustomers.map((c) => ({ ...c, nc: '1200' })),
    suppliers,
    stranger: { name: 'Kamau Njoroge', bank: 'KAMAU NJOROGE', via: 'EQUITY' },
    refVariants: variants,
    partText: (n) => `PART PMT INV ${n}`,
    balanceText: (n) => `BAL INV ${n}`,
    lessCnText: (n) => `INV ${n} LESS CN`,
    twoInvText: (a, b) => `INV ${a} ${b}`,
    billRef: (sp, i, rr) => `${sp.short}${rr.int(10000, 99999)}`,
    rx: (cu, ref, rr) => {
      const memo = ref ?? rr.pick(['PAYMENT', 'SUPPLIES', 'GOODS', 'MATERIALS']);
      const ref12 = `FT25${rr.int(100, 151)}${String(rr.int(0, 99999)).padStart(5, '0')}`;
      const f = rr.int(0, 2);
      const narration =
        f === 0
          ? `PESALINK-${cu.via}-${cu.bank}-${memo}`
          : f === 1
            ? `RTGS CR ${cu.bank} ${memo}`
            : `EFT CR-${cu.via} ${cu.bank}/${memo}`;
      return { narration, reference: ref12, channel: f === 1 ? 'rtgs' : 'pesalink' };
    },
    cash: (rr) => ({
      narration: `CASH DEPOSIT ${rr.pick(['MOI AVENUE', 'KIPANDE HSE', 'INDUSTRIAL AREA'])} BY ${rr.pick(['OTIENO', 'WANJIKU', 'MUTUA', 'CHEBET'])}`,
      reference: `CD25${rr.int(10000000, 99999999)}`,
    }),
    px: (sp, ref, rr) => {
      const f = rr.chance(0.6);
      return {
        narration: `${f ? 'PESALINK TO' : 'RTGS TO'} ${sp.bank} ${ref ?? ''}`.trim(),
        reference: `FT25${rr.int(10000000, 99999999)}`,
        channel: f ? 'pesalink' : 'rtgs',
      };
    },
    reversal: (sp, ref, rr) => ({
      narration: `REV ${lastChannel === 'rtgs' ? 'RTGS' : 'PESALINK'} TO ${sp.bank} ${ref} - TXN FAILED`,
      reference: `RV25${rr.int(10000000, 99999999)}`,
    }),
    chequeOut: (no, sp, rr) => ({
      narration: `CHQ NO ${String(no).padStart(6, '0')} CLEARING ${sp.bank.slice(0, 16)}`,
      reference: `CL25${rr.int(10000000, 99999999)}`,
    }),
    payroll: (rr) => ({
      narration: 'BULK PAYMENT SALARIES MAY 2025 38 RECORDS',
      reference: `BP25${rr.int(10000000, 99999999)}`,
    }),
    statutory: [
      {
        day: 8,
        range: [180000, 260000],
        bank: { narration: 'KRA PAYMENT PRN 2025050812345678 PAYE APR 2025', reference: 'FT25128K7711' },
        led: { type: 'BP', no: 0, party: '', ref: 'PAYE APR25', details: 'KRA PAYE April 2025' },
      },
      {
        day: 9,
        range: [30000, 45000],
        bank: { narration: 'NSSF CONTRIBUTION APR 2025 EMP 0012345', reference: 'FT25129N2201' },
        led: { type: 'BP', no: 0, party: '', ref: 'NSSF APR25', details: 'NSSF contributions April' },
      },
      {
        day: 9,
        range: [40000, 60000],
        bank: { narration: 'SHA CONTRIBUTION APR25 EMPLOYER 7781', reference: 'FT25129S4410' },
        led: { type: 'BP', no: 0, party: '', ref: 'SHIF APR25', details: 'SHIF deductions April' },
      },
    ],
    payday: 30,
    terminals: ['KCB70012345', 'KCB70012346'],
    posFee: (g) => pctOf(g, 200),
    pos: (tid, sales) => ({
      narration: `KCB POS SETTLEMENT MID 00123456 TID ${tid} ${fmt.dmySlash(sales)}`,
      reference: `PS${sales.replaceAll('-', '')}${tid.slice(-2)}`,
    }),
    afterRx: () => [],
    afterPx: (amt, d, channel) => {
      if (channel === 'cheque') return [];
      if (channel === 'batch')
        return [{ amount: -190000, kind: 'charge', text: { narration: 'BULK PAYMENT CHARGES' } }, excise(190000)];
      const fee = channel === 'rtgs' ? 50000 : kcbFee(-amt);
      return [
        { amount: -fee, kind: 'charge', text: { narration: channel === 'rtgs' ? 'RTGS CHARGES' : 'PESALINK CHARGES' } },
        excise(fee),
      ];
    },
    unrecordedDebit: { narration: 'DEBIT CARD PURCHASE TOTALENERGIES WESTLANDS NAIROBI', reference: 'DC25139001' },
    ledRx,
    ledPx,
    ledCheque: (sp, no) => ({
      type: 'PP',
      no: tx++,
      party: sp.code,
      ref: String(no).padStart(6, '0'),
      details: 'Purchase Payment',
    }),
    ledPayroll: () => ({ type: 'JC', no: tx++, party: '', ref: 'PAYROLL', details: 'Net pay May 2025' }),
    ledPos: (d) => ({ type: 'BR', no: tx++, party: '', ref: 'POS', details: `Card sales ${fmt.dmySlash(d)}` }),
    withholding: { bp: 200, trait: 'short-withholding-vat-2pct' },
    monthly: [
      {
        date: '2025-05-31',
        amount: -100000,
        kind: 'charge',
        text: { narration: 'LEDGER FEE MAY 2025', reference: 'LF2505' },
      },
      { date: '2025-05-31', amount: -20000, kind: 'tax', text: { narration: 'EXCISE DUTY', reference: 'LF2505' } },
      {
        date: '2025-05-31',
        amount: -35000,
        kind: 'charge',
        text: { narration: 'SMS ALERT CHARGES MAY 2025', reference: 'SM2505' },
      },
      { date: '2025-05-31', amount: -7000, kind: 'tax', text: { narration: 'EXCISE DUTY', reference: 'SM2505' } },
    ],
  };
  // the pairs of a fee and its excise duty go one after the other: write rx/px lines with their channel for the fees
  const kcbAfterPx = kcb.afterPx;
  kcb.afterPx = (amt, d, channel) => kcbAfterPx(amt, d, channel === 'transfer' ? lastChannel : channel);
  let lastChannel = 'pesalink';
  const kcbPx = kcb.px;
  kcb.px = (...a) => {
    const o = kcbPx(...a);
    lastChannel = o.channel;
    return o;
  };
  populate(set, r, kcb, {
    refReceipts: 16,
    nameReceipts: 9,
    amountReceipts: 3,
    refPayments: 8,
    namePayments: 5,
    chequesPresented: 3,
    chequesOutstanding: 2,
    posDays: 6,
    receipt: [45000, 1900000],
    cash: [15000, 240000],
    payment: [60000, 2600000],
    payroll: [1900000, 2400000],
    pos: [20000, 160000],
    small: [3000, 15000],
  });

  // M-PESA: customers are people paying from their phones; the account number is whatever they typed
  const payers = [
    'PETER OTIENO',
    'MARY WAMBUI',
    'JOSEPH KIPRONO',
    'GRACE AKINYI',
    'DAVID MUTUA',
    'FAITH CHEPKOECH',
    'SAMUEL NJOROGE',
    'ANNE WANJIRU',
    'JOHN ODHIAMBO',
    'LUCY NYAMBURA',
    'HASSAN ALI',
    'ESTHER MUTHONI',
  ];
  const mpCustomers = payers.map((p) => {
    const [first, last] = p.split(' ');
    const name = `${last[0]}${last.slice(1).toLowerCase()} ${r.pick(['Hardware', 'Builders', 'Fundi Services', 'Enterprises', 'General Stores'])}`;
    return {
      name,
      bank: p,
      payer: p,
      phone: `2547${r.int(10, 99)}***${r.int(100, 999)}`,
      short: last,
      nc: '1210',
      code: code(name),
      first,
    };
  });
  const strangers = ['PAUL WEKESA', 'CAROLINE ATIENO', 'KEVIN OMONDI', 'JANE MUENI'];
  const mpSuppliers = [
    { name: 'Kenya Power', bank: 'KPLC PREPAID', paybill: '888880', acc: '54102345678', code: 'KENYAP01' },
    { name: 'Safaricom Plc', bank: 'SAFARICOM POSTPAID', paybill: '200200', acc: '0722000111', code: 'SAFARI01' },
    { name: 'Nairobi City Water', bank: 'NAIROBI WATER', paybill: '444400', acc: 'AC771203', code: 'NAIROB01' },
    { name: 'Sendy Logistics', bank: 'SENDY LIMITED', paybill: '915100', acc: 'MWANGAZA', code: 'SENDYL01' },
    { name: 'Twiga Foods', bank: 'TWIGA FOODS LTD', paybill: '4040444', acc: 'MWH001', code: 'TWIGAF01' },
  ];
  const tariff = (a) => {
    const k = a / 100;
    const t = [
      [100, 0],
      [500, 5],
      [1000, 10],
      [1500, 15],
      [2500, 20],
      [3500, 25],
      [5000, 34],
      [7500, 42],
      [10000, 48],
      [15000, 57],
      [20000, 62],
      [35000, 67],
      [50000, 72],
    ];
    for (const [lim, fee] of t) if (k <= lim) return fee * 100;
    return 7700;
  };
  const mp = {
    ...kcb,
    bankFile: MPESA,
    acct: '1210',
    firstInvoice: 10631,
    firstCheque: 0,
    customers: mpCustomers,
    suppliers: mpSuppliers,
    stranger: {
      name: 'Brian Kimani',
      bank: 'BRIAN KIMANI',
      payer: 'BRIAN KIMANI',
      phone: '254711***402',
      short: 'KIMANI',
    },
    refVariants: (n) => [
      { text: String(n), trait: 'ref-canonical' },
      { text: `INV${n}`, trait: 'ref-year-serial-joined' },
      { text: `inv ${n}`, trait: 'ref-lowercase' },
    ],
    partText: (n) => String(n),
    balanceText: (n) => `${n}BAL`,
    lessCnText: (n) => `${n} less cn`,
    twoInvText: (a, b) => `${a}/${b}`,
    billRef: (sp) => sp.acc,
    refIsAccount: true,
    rx: (cu, ref, rr) => {
      const acc = ref ?? rr.pick([cu.short, cu.first, 'GOODS', cu.phone.replace('***', '123').slice(3)]);
      return {
        narration: `Pay Bill Online from ${cu.phone} - ${cu.payer} Acc. ${acc}`,
        counterparty: { name: cu.payer, account: cu.phone },
        reference: acc,
        reason: 'Pay Bill Online',
      };
    },
    cash: (rr) => {
      const p = rr.pick(strangers);
      const phone = `2547${rr.int(10, 99)}***${rr.int(100, 999)}`;
      return {
        narration: `Pay Bill Online from ${phone} - ${p} Acc. GOODS`,
        counterparty: { name: p, account: phone },
        reference: 'GOODS',
        reason: 'Pay Bill Online',
      };
    },
    px: (sp, ref) => ({
      narration: `Business Payment to ${sp.paybill} - ${sp.bank} Acc. ${ref ?? sp.acc}`,
      counterparty: { name: sp.bank, account: sp.paybill },
      reference: ref ?? sp.acc,
      reason: 'Business Pay Bill',
    }),
    afterRx: (amt) =>
      tariff(amt)
        ? [
            {
              amount: -tariff(amt),
              kind: 'charge',
              text: { narration: 'Pay Bill Charge', reason: 'Pay Bill Charge', counterparty: null },
            },
          ]
        : [],
    afterPx: (amt) => [
      {
        amount: -Math.min(tariff(-amt), 5500),
        kind: 'charge',
        text: { narration: 'Business Pay Bill Charge', reason: 'Business Pay Bill Charge', counterparty: null },
      },
    ],
    unrecordedDebit: {
      narration: 'Business Payment to 522522 - KCB PAYBILL AC Acc. 1100234567',
      counterparty: { name: 'KCB PAYBILL AC', account: '522522' },
      reference: '1100234567',
      reason: 'Business Pay Bill',
    },
    ledPx: (sp, b) => ({ type: 'PP', no: tx++, party: sp.code, ref: b ?? sp.acc, details: 'M-PESA paybill payment' }),
    withholding: null,
    monthly: [],
  };
  populate(set, r, mp, {
    refReceipts: 24,
    nameReceipts: 14,
    amountReceipts: 4,
    refPayments: 3,
    namePayments: 3,
    chequesPresented: 0,
    chequesOutstanding: 0,
    posDays: 0,
    receipt: [800, 120000],
    cash: [500, 40000],
    payment: [1500, 60000],
    small: [500, 5000],
    skip: ['payroll', 'pos', 'reversal'],
  });
  // sweeps from the paybill to KCB: a Sage bank transfer (JC on 1210, JD on 1200) against a line on each statement
  for (const [day, amt] of [
    [9, r.int(450000, 900000) * 100],
    [19, r.int(450000, 900000) * 100],
    [29, r.int(450000, 900000) * 100],
  ]) {
    const d = iso(2025, 5, day);
    const kd = workday(addDays(d, 1));
    const out = set.led(LEDGER, {
      account: '1210',
      date: d,
      amount: -amt,
      type: 'JC',
      no: tx,
      party: '',
      ref: 'TRANSFER',
      details: 'Bank Transfer M-PESA to KCB',
    });
    const inn = set.led(LEDGER, {
      account: '1200',
      date: d,
      amount: amt,
      type: 'JD',
      no: tx++,
      party: '',
      ref: 'TRANSFER',
      details: 'Bank Transfer M-PESA to KCB',
    });
    set.line(MPESA, {
      date: d,
      amount: -amt,
      narration: 'Business Withdrawal to Bank - KCB BANK KENYA 1287654321',
      counterparty: { name: 'KCB BANK KENYA', account: '1287654321' },
      reference: null,
      reason: 'Business Withdrawal To Bank',
      ledger: [out],
      evidence: 'counterparty',
      traits: ['interbank-transfer'],
    });
    set.line(MPESA, {
      date: d,
      amount: -30000,
      narration: 'Business Withdrawal Charge',
      counterparty: null,
      reference: null,
      reason: 'Business Withdrawal Charge',
      expect: 'bank-only',
      kind: 'charge',
      traits: [],
    });
    set.line(KCB, {
      date: kd,
      amount: amt,
      narration: 'MPESA B2B SETTLEMENT 4012345 MWANGAZA HARDWARE',
      reference: `MP25${r.int(10000000, 99999999)}`,
      ledger: [inn],
      evidence: 'counterparty',
      traits: ['interbank-transfer', 'settled-next-day'],
    });
  }

  const kcbLayout = (rows) => {
    const out = [
      ['KCB Bank Kenya Limited'],
      ['Account Statement'],
      ['Account Name', 'MWANGAZA HARDWARE & SUPPLIES LTD'],
      ['Account Number', '1287654321'],
      ['Currency', 'KES'],
      ['Branch', 'KCB MOI AVENUE'],
      ['Statement Period', '01 May 2025 - 31 May 2025'],
      [],
      [
        'Transaction Date',
        'Value Date',
        'Transaction Details',
        'Bank Reference',
        'Money Out',
        'Money In',
        'Ledger Balance',
      ],
      ['', '', 'BALANCE B/F', '', '', '', grouped(KCB_OPEN)],
    ];
    const rowOf = new Map();
    const jsonOf = new Map();
    for (const b of rows) {
      out.push([
        fmt.dMonYSpace(b.date),
        fmt.dMonYSpace(b.date),
        b.narration,
        b.reference ?? '',
        b.amount < 0 ? grouped(-b.amount) : '',
        b.amount > 0 ? grouped(b.amount) : '',
        grouped(b.balance),
      ]);
      rowOf.set(b.key, out.length);
      jsonOf.set(b.key, { narration: b.narration, reference: b.reference ?? null });
    }
    out.push(['', '', 'BALANCE C/F', '', '', '', grouped(rows.at(-1).balance)]);
    return { rows: out, headerRow: 9, rowOf, jsonOf };
  };
  const mpLayout = (rows) => {
    const rr = rng(seed + 7);
    const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
    const receipt = (d) =>
      `T${'ABCDEFGHIJKL'[Number(d.slice(5, 7)) - 1]}${d.slice(8, 10) > '09' ? d.slice(8, 10) : d.slice(9, 10)}${Array.from({ length: 7 }, () => letters[rr.int(0, letters.length - 1)]).join('')}`.slice(
        0,
        10,
      );
    const stamped = [];
    let lastDate = '';
    let secs = 0;
    let prev = null;
    for (const b of rows) {
      if (b.date !== lastDate) {
        lastDate = b.date;
        secs = rr.int(7 * 3600, 9 * 3600);
      }
      const isCharge = b.expect === 'bank-only' && prev;
      if (!isCharge) secs += rr.int(300, 4800);
      const t = `${String(Math.floor(secs / 3600)).padStart(2, '0')}:${String(Math.floor(secs / 60) % 60).padStart(2, '0')}:${String(secs % 60).padStart(2, '0')}`;
      const no = isCharge ? prev.no : receipt(b.date);
      stamped.push({ b, no, time: `${b.date} ${t}` });
      prev = isCharge ? prev : { no };
    }
    const out = [
      ['Account Holder:', 'MWANGAZA HARDWARE & SUPPLIES LTD'],
      ['Short Code:', '4012345'],
      ['Account Type:', 'Utility Account'],
      ['Time Period:', '2025-05-01 00:00:00 - 2025-05-31 23:59:59'],
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
    const rowOf = new Map();
    const jsonOf = new Map();
    for (const { b, no, time } of [...stamped].reverse()) {
      const cp = b.counterparty ? `${b.counterparty.account} - ${b.counterparty.name}` : '';
      out.push([
        no,
        time,
        time,
        b.narration,
        'Completed',
        b.amount > 0 ? grouped(b.amount) : '',
        b.amount < 0 ? grouped(b.amount) : '',
        grouped(b.balance),
        'true',
        b.reason ?? '',
        cp,
        '',
        b.reference ?? '',
      ]);
      rowOf.set(b.key, out.length);
      jsonOf.set(b.key, {
        narration: b.narration,
        reference: b.reference ?? null,
        counterparty: b.counterparty ?? null,
      });
    }
    return { rows: out, headerRow: 6, rowOf, jsonOf };
  };
  const ledgerLayout = (rows) => {
    const sorted = [...rows].sort(
      (a, b) => a.account.localeCompare(b.account) || a.date.localeCompare(b.date) || a.seq - b.seq,
    );
    const out = [
      ['N/C', 'Name', 'No', 'Type', 'Date', 'Account', 'Ref', 'Ex.Ref', 'Details', 'Dept', 'T/C', 'Debit', 'Credit'],
    ];
    const rowOf = new Map();
    const jsonOf = new Map();
    let n = 9001;
    for (const l of sorted) {
      const name = l.account === '1200' ? 'KCB Current A/c' : 'M-PESA Paybill 4012345';
      out.push([
        l.account,
        name,
        l.no || n++,
        l.type,
        fmt.dmySlash(l.date),
        l.party,
        l.ref,
        '',
        l.details,
        '0',
        'T9',
        l.amount > 0 ? dec(l.amount) : '',
        l.amount < 0 ? dec(-l.amount) : '',
      ]);
      rowOf.set(l.key, out.length);
      jsonOf.set(l.key, {
        reference: l.ref || null,
        description: l.details,
        party: l.party || null,
        account: l.account,
      });
    }
    return { rows: out, headerRow: 1, rowOf, jsonOf };
  };
  const KCB_OPEN = 318004500;
  const MP_OPEN = 12033000;
  return emit(set, join(ROOT, meta.set), {
    bank: [
      {
        file: KCB,
        bankName: 'KCB Bank Kenya',
        ledgerAccount: '1200',
        ledgerAccountCode: '1200',
        opening: KCB_OPEN,
        layout: kcbLayout,
        readOptions: {
          mapping: {
            date: 'Transaction Date',
            valueDate: 'Value Date',
            description: 'Transaction Details',
            reference: 'Bank Reference',
            moneyOut: 'Money Out',
            moneyIn: 'Money In',
            balance: 'Ledger Balance',
          },
          currency: 'KES',
        },
      },
      {
        file: MPESA,
        bankName: 'Safaricom M-PESA (paybill organisation statement)',
        ledgerAccount: '1210',
        ledgerAccountCode: '1210',
        opening: MP_OPEN,
        layout: mpLayout,
        readOptions: {
          mapping: {
            date: 'Completion Time',
            description: 'Details',
            reference: 'A/C No.',
            party: 'Other Party Info',
            moneyIn: 'Paid In',
            moneyOut: 'Withdrawn',
            balance: 'Balance',
          },
          currency: 'KES',
        },
      },
    ],
    ledger: [
      {
        file: LEDGER,
        package: 'Sage 50 Accounts (Nominal Activity, exported to CSV)',
        layout: ledgerLayout,
        readOptions: {
          mapping: {
            date: 'Date',
            account: 'N/C',
            reference: 'Ref',
            description: 'Details',
            party: 'Account',
            moneyIn: 'Debit',
            moneyOut: 'Credit',
          },
          dateOrder: 'DMY',
        },
      },
    ],
  });
}

// =====================================================================================================================
// GH — Ecobank Ghana current account (XLSX from internet banking) vs QuickBooks Online General Ledger (XLSX export)
// =====================================================================================================================
function ghEcobankQbo(seed) {
  const r = rng(seed);
  const meta = {
    set: 'gh-ecobank-qbo',
    country: 'GH',
    currency: 'GHS',
    timezone: 'Africa/Accra',
    period: { from: '2025-01-01', to: '2025-01-31' },
    seed,
    note: 'An Accra agro-chemicals distributor: Ecobank Ghana current account statement (XLSX, text dates, numeric amounts) against the QuickBooks Online General Ledger report of the bank account exported to Excel (real date cells, signed amounts, running balance).',
  };
  const set = makeSet(meta);
  const BANK = 'ecobank-1441000123456-jan2025.xlsx';
  const LEDGER = 'qbo-general-ledger-jan2025.xlsx';
  const ACCOUNT = 'Ecobank Current 1441000123456';
  const customers = [
    ['Asante Farms Ltd', 'ASANTE FARMS LIMITED', 'GCB'],
    ['Kofi Boateng Agro Inputs', 'KOFI BOATENG', 'MTN MOMO'],
    ['Techiman Farmers Co-op', 'TECHIMAN FARMERS COOP', 'ADB'],
    ['Ama Serwaa Enterprise', 'AMA SERWAA ENT', 'FIDELITY'],
    ['Northern Grains Co', 'NORTHERN GRAINS COMPANY', 'CAL'],
    ['Volta Cocoa Growers', 'VOLTA COCOA GROWERS ASSOC', 'GCB'],
    ['Yaw Mensah & Sons', 'YAW MENSAH AND SONS', 'STANBIC'],
    ['Akuapem Agro Dealers', 'AKUAPEM AGRO DEALERS', 'ABSA GH'],
    ['Ghana Cocoa Board (COCOBOD)', 'GHANA COCOA BOARD', 'BOG'],
    ['Sunyani Poultry Farm', 'SUNYANI POULTRY FARM LTD', 'SG GH'],
    ['Efua Owusu', 'EFUA OWUSU', 'MTN MOMO'],
    ['Bono East Agric Services', 'BONO EAST AGRIC SERVICES', 'CBG'],
  ].map(([name, bank, via]) => ({ name, bank, via }));
  const suppliers = [
    ['Chemico Ltd', 'CHEMICO LIMITED', 'momo'],
    ['Wienco Ghana Ltd', 'WIENCO GHANA LTD', 'bank'],
    ['Yara Ghana', 'YARA GHANA LIMITED', 'bank'],
    ['Dizengoff Ghana', 'DIZENGOFF GHANA LTD', 'bank'],
    ['ECG (Electricity Co of Ghana)', 'ECG POSTPAID', 'bank'],
    ['Kwame Addo Haulage', 'KWAME ADDO', 'momo'],
    ['Agrimat Ltd', 'AGRIMAT LIMITED', 'bank'],
    ['Abena Mensah Cleaning', 'ABENA MENSAH', 'momo'],
  ].map(([name, bank, rail]) => ({ name, bank, rail }));
  const ecoRef = (rr, d) =>
    `${rr.pick(['GIP', 'ACH', 'FT', 'MOM'])}${d.replaceAll('-', '').slice(2)}${rr.int(100000, 999999)}`;
  const style = {
    bankFile: BANK,
    ledgerFile: LEDGER,
    acct: ACCOUNT,
    period: meta.period,
    lastDay: 31,
    date: (d) => iso(2025, 1, d),
    firstInvoice: 1045,
    firstCheque: 201877,
    customers,
    suppliers,
    stranger: { name: 'Kwesi Appiah', bank: 'KWESI APPIAH', via: 'TELECEL CASH' },
    refVariants: (n) => [
      { text: `INV ${n}`, trait: 'ref-spaces' },
      { text: `INV${n}`, trait: 'ref-canonical' },
      { text: `inv no.${n}`, trait: 'ref-lowercase' },
      { text: `Invoice ${n}`, trait: 'ref-canonical' },
      { text: `${n}`, trait: 'ref-serial-only' },
    ],
    partText: (n) => `PART PAYMENT INV ${n}`,
    balanceText: (n) => `BALANCE INV ${n}`,
    lessCnText: (n) => `INV ${n} LESS CREDIT NOTE`,
    twoInvText: (a, b) => `INV ${a} & ${b}`,
    billRef: (sp, i, rr) => `${rr.int(2000, 8999)}`,
    rx: (cu, ref, rr, d) => {
      const memo = ref ?? rr.pick(['PAYMENT', 'AGRO CHEM', 'FERTILIZER', 'SUPPLY']);
      const narration =
        cu.via === 'MTN MOMO' || cu.via === 'TELECEL CASH'
          ? `MOMO TO BANK ${cu.bank} 024${rr.int(1000000, 9999999)} ${memo}`
          : rr.chance(0.5)
            ? `GIP TRANSFER FROM ${cu.bank} ${memo}`
            : `ACH CREDIT ${cu.via} ${cu.bank} ${memo}`;
      return { narration, reference: ecoRef(rr, d) };
    },
    cash: (rr, d) => ({
      narration: `CASH DEPOSIT BY ${rr.pick(['KWAME', 'ADJOA', 'SELASI', 'YAW'])} ${rr.pick(['RING ROAD', 'KANTAMANTO', 'KUMASI ADUM'])} BRANCH`,
      reference: `CSH${d.replaceAll('-', '').slice(2)}${rr.int(1000, 9999)}`,
    }),
    px: (sp, ref, rr, d) => ({
      narration:
        sp.rail === 'momo'
          ? `TRANSFER TO MOBILE WALLET 024${rr.int(1000000, 9999999)} ${sp.bank} ${ref ?? ''}`.trim()
          : `${rr.chance(0.5) ? 'GIP TRANSFER TO' : 'ACH DEBIT'} ${sp.bank} ${ref ? `INV ${ref}` : ''}`.trim(),
      reference: ecoRef(rr, d),
      rail: sp.rail,
    }),
    reversal: (sp, ref, rr, d) => ({
      narration: `REVERSAL GIP TRANSFER TO ${sp.bank} INV ${ref} FAILED`,
      reference: ecoRef(rr, d),
    }),
    chequeOut: (no, sp) => ({ narration: `CHEQUE NO ${no} CLEARED ${sp.bank}`, reference: `CHQ${no}` }),
    payroll: (rr) => ({
      narration: 'BULK TRANSFER SALARY JANUARY 2025 (19)',
      reference: `BLK250127${rr.int(100, 999)}`,
    }),
    statutory: [
      {
        day: 14,
        range: [9000, 16000],
        bank: { narration: 'GIP TRANSFER TO SSNIT TIER 1 DEC 2024 CONTRIB', reference: 'GIP250113877102' },
        led: { type: 'Expense', no: '', party: 'SSNIT', desc: 'Tier 1 contribution December 2024' },
      },
      {
        day: 14,
        range: [14000, 22000],
        bank: { narration: 'GRA PAYE DEC 2024 TIN C0001234567', reference: 'FT250113551872' },
        led: { type: 'Expense', no: '', party: 'Ghana Revenue Authority', desc: 'PAYE December 2024' },
      },
    ],
    payday: 27,
    terminals: ['20571234', '20571235'],
    posFee: (g) => pctOf(g, 150),
    pos: (tid, sales) => ({
      narration: `POS MERCHANT SETTLEMENT MID 2000123 TID ${tid} ${fmt.dMonY(sales).toUpperCase()}`,
      reference: `POS${sales.replaceAll('-', '').slice(2)}${tid.slice(-2)}`,
    }),
    afterRx: () => [],
    afterPx: (amt, d, channel) => {
      if (channel === 'cheque') return [];
      if (channel === 'batch')
        return [{ amount: -9500, kind: 'charge', text: { narration: 'BULK TRANSFER CHARGES', reference: null } }];
      const rail = lastRail;
      const fee = rail === 'momo' ? 500 : 800;
      const out = [
        {
          amount: -fee,
          kind: 'charge',
          text: {
            narration: rail === 'momo' ? 'MOBILE WALLET TRANSFER CHARGE' : 'GIP TRANSFER CHARGE',
            reference: null,
          },
        },
      ];
      if (rail === 'momo')
        out.push({ amount: -pctOf(-amt, 100), kind: 'levy', text: { narration: 'E-LEVY 1%', reference: null } });
      return out;
    },
    unrecordedDebit: { narration: 'POS PURCHASE SHELL SPINTEX RD ACCRA GH', reference: 'POS250114001' },
    // the invoice number is in Num (QuickBooks' "Reference no.") or in the memo, sometimes in both
    ledRx: (cu, n) => {
      const num = r.chance(0.7);
      return {
        type: 'Payment',
        no: num ? String(n) : '',
        party: cu.name,
        desc: !num || r.chance(0.4) ? `Inv ${n}` : '',
      };
    },
    ledPx: (sp, b) => ({ type: 'Bill Payment (Check)', no: '', party: sp.name, desc: b ? `Bill ${b}` : '' }),
    ledCheque: (sp, no) => ({ type: 'Bill Payment (Check)', no: String(no), party: sp.name, desc: '' }),
    ledPayroll: () => ({ type: 'Journal Entry', no: 'PR-06', party: '', desc: 'Net salaries January 2025' }),
    ledPos: (d) => ({ type: 'Sales Receipt', no: '', party: 'POS Sales', desc: `Card takings ${fmt.dmySlash(d)}` }),
    withholding: { bp: 300, trait: 'short-withholding-tax-3pct' },
    monthly: [
      {
        date: '2025-01-31',
        amount: -3500,
        kind: 'charge',
        text: { narration: 'ACCOUNT MAINTENANCE FEE JAN 2025', reference: null },
      },
      { date: '2025-01-31', amount: -500, kind: 'charge', text: { narration: 'SMS ALERT FEE', reference: null } },
      {
        date: '2025-01-31',
        amount: r.int(30000, 60000),
        kind: 'interest',
        text: { narration: 'CREDIT INTEREST JAN 2025', reference: null },
      },
    ],
  };
  style.monthly.push({
    date: '2025-01-31',
    amount: -pctOf(style.monthly[2].amount, 800),
    kind: 'tax',
    text: { narration: 'WITHHOLDING TAX ON INTEREST', reference: null },
  });
  let lastRail = 'bank';
  const px = style.px;
  style.px = (...a) => {
    const o = px(...a);
    lastRail = o.rail;
    return o;
  };
  populate(set, r, style, {
    refReceipts: 36,
    nameReceipts: 18,
    amountReceipts: 5,
    refPayments: 12,
    namePayments: 9,
    chequesPresented: 3,
    chequesOutstanding: 2,
    posDays: 12,
    receipt: [1800, 95000],
    cash: [500, 12000],
    payment: [1200, 85000],
    payroll: [88000, 110000],
    pos: [900, 14000],
    small: [150, 900],
  });
  const OPEN = 48760055;
  const bankLayout = (rows) => {
    const out = [
      ['Ecobank Ghana PLC'],
      ['Account Statement'],
      ['Account Name', 'SIKA AGRO-CHEM LIMITED'],
      ['Account Number', '1441000123456'],
      ['Currency', 'GHS'],
      ['Period', '01-Jan-2025 to 31-Jan-2025'],
      ['Opening Balance', { n: OPEN / 100 }],
      [],
      ['Transaction Date', 'Reference', 'Narration', 'Value Date', 'Debit', 'Credit', 'Balance'],
    ];
    const rowOf = new Map();
    const jsonOf = new Map();
    for (const b of rows) {
      out.push([
        fmt.dMonY(b.date),
        b.reference ?? '',
        b.narration,
        fmt.dMonY(b.date),
        b.amount < 0 ? { n: -b.amount / 100 } : '',
        b.amount > 0 ? { n: b.amount / 100 } : '',
        { n: b.balance / 100 },
      ]);
      rowOf.set(b.key, out.length);
      jsonOf.set(b.key, { narration: b.narration, reference: b.reference ?? null });
    }
    out.push([]);
    out.push(['Closing Balance', '', '', '', '', '', { n: rows.at(-1).balance / 100 }]);
    return { rows: out, headerRow: 9, rowOf, jsonOf, widths: [14, 18, 60, 14, 14, 14, 16] };
  };
  const BOOK_OPEN = OPEN + 1250000; // a May deposit in transit
  const ledgerLayout = (rows) => {
    const out = [
      ['Sika Agro-Chem Ltd'],
      ['General Ledger'],
      ['January 2025'],
      [],
      ['', 'Date', 'Transaction Type', 'Num', 'Name', 'Memo/Description', 'Split', 'Amount', 'Balance'],
      [ACCOUNT],
      ['Beginning Balance', '', '', '', '', '', '', '', { n: BOOK_OPEN / 100 }],
    ];
    const rowOf = new Map();
    const jsonOf = new Map();
    let bal = BOOK_OPEN;
    for (const l of rows) {
      bal += l.amount;
      const split =
        l.type === 'Payment'
          ? 'Accounts Receivable (A/R)'
          : l.type.startsWith('Bill Payment')
            ? 'Accounts Payable (A/P)'
            : l.type === 'Sales Receipt'
              ? 'Sales of Product Income'
              : l.type === 'Journal Entry'
                ? 'Salaries Payable'
                : 'Payroll Liabilities';
      out.push(['', { d: l.date }, l.type, l.no, l.party, l.desc, split, { n: l.amount / 100 }, { n: bal / 100 }]);
      rowOf.set(l.key, out.length);
      jsonOf.set(l.key, {
        reference: l.no || null,
        description: [l.type, l.desc].filter(Boolean).join(' — '),
        party: l.party || null,
        account: ACCOUNT,
      });
    }
    out.push([`Total for ${ACCOUNT}`, '', '', '', '', '', '', { n: (bal - BOOK_OPEN) / 100 }, '']);
    out.push(['TOTAL', '', '', '', '', '', '', { n: (bal - BOOK_OPEN) / 100 }, '']);
    out.push([]);
    out.push(['Accrual basis Saturday, 1 February 2025 09:14 AM GMT']);
    return { rows: out, headerRow: 5, rowOf, jsonOf, widths: [30, 12, 22, 10, 28, 30, 26, 14, 14] };
  };
  return emit(set, join(ROOT, meta.set), {
    bank: [
      {
        file: BANK,
        sheet: 'Statement',
        bankName: 'Ecobank Ghana',
        ledgerAccount: ACCOUNT,
        ledgerAccountCode: ACCOUNT,
        opening: OPEN,
        layout: bankLayout,
        readOptions: {},
      },
    ],
    ledger: [
      {
        file: LEDGER,
        sheet: 'General Ledger',
        package: 'QuickBooks Online (General Ledger report, Excel export)',
        layout: ledgerLayout,
        readOptions: {},
      },
    ],
  });
}

// =====================================================================================================================
// ZA — Absa business cheque account (CSV) vs Sage Business Cloud Accounting "Detailed Ledger Transactions" (CSV)
// =====================================================================================================================
function zaAbsaSage(seed) {
  const r = rng(seed);
  const meta = {
    set: 'za-absa-sagebc',
    country: 'ZA',
    currency: 'ZAR',
    timezone: 'Africa/Johannesburg',
    period: { from: '2025-07-01', to: '2025-07-31' },
    seed,
    note: 'A Johannesburg fresh-produce wholesaler: Absa business cheque account transaction history (CSV, YYYY/MM/DD dates, signed amounts) against Sage Business Cloud Accounting (South Africa) Detailed Ledger Transactions for the bank account (CSV, dd/mm/yyyy, space thousands separators). No cheques: South African banks stopped them in 2021.',
  };
  const set = makeSet(meta);
  const BANK = 'absa-4078123456-jul2025.csv';
  const LEDGER = 'sagebc-detailed-ledger-transactions-jul2025.csv';
  const ACCOUNT = 'Absa Business Cheque';
  const si = (n) => `SI-${String(n).padStart(5, '0')}`;
  const customers = [
    ['Spar Group Ltd', 'SPAR GROUP', 'STD'],
    ['Pick n Pay Retailers', 'PICK N PAY RETAILERS', 'FNB'],
    ['Fruit & Veg City Fourways', 'FRUIT AND VEG CITY FOURW', 'NED'],
    ["Nando's Group Holdings", 'NANDOS GROUP', 'ABSA'],
    ['Mamelodi Greengrocer', 'MAMELODI GREENGROCER', 'CAPITEC'],
    ['Protea Hotels Sandton', 'PROTEA HOTEL SANDTON', 'STD'],
    ['Thandi Catering CC', 'THANDI CATERING', 'FNB'],
    ['Soweto Fresh Market', 'SOWETO FRESH MKT', 'TYME'],
    ['Kruger Lodge Supplies', 'KRUGER LODGE SUPPL', 'NED'],
    ['The Olive Tree Bistro', 'OLIVE TREE BISTRO', 'CAPITEC'],
    ['Woolworths (Pty) Ltd', 'WOOLWORTHS', 'ABSA'],
    ['Bongani Dlamini Trading', 'B DLAMINI', 'CAPITEC'],
  ].map(([name, bank, via]) => ({ name, bank, via }));
  const suppliers = [
    ['ZZ2 Farms', 'ZZ2 FARMS', 'ZZ2'],
    ['Tru-Cape Fruit Marketing', 'TRU CAPE FRUIT', 'TC'],
    ['Fresh Logistics SA', 'FRESH LOGISTICS', 'FL'],
    ['City of Johannesburg', 'CITY OF JHB', 'COJ'],
    ['Mpact Packaging', 'MPACT', 'MP'],
    ['Westfalia Fruit', 'WESTFALIA FRUIT', 'WF'],
    ['Eskom Holdings', 'ESKOM', 'ESK'],
    ['Engen Fleet Card', 'ENGEN FLEET', 'ENG'],
  ].map(([name, bank, code]) => ({ name, bank, code }));
  const style = {
    bankFile: BANK,
    ledgerFile: LEDGER,
    acct: ACCOUNT,
    period: meta.period,
    lastDay: 31,
    date: (d) => iso(2025, 7, d),
    firstInvoice: 2231,
    firstCheque: 0,
    customers,
    suppliers,
    stranger: { name: 'Lerato Mokoena', bank: 'L MOKOENA', via: 'CAPITEC' },
    refVariants: (n) => [
      { text: si(n), trait: 'ref-canonical' },
      { text: `SI${String(n).padStart(5, '0')}`, trait: 'ref-year-serial-joined' },
      { text: `si-${n}`, trait: 'ref-no-padding' },
      { text: `INV ${n}`, trait: 'ref-serial-only' },
      { text: `SI ${String(n).padStart(5, '0')}`, trait: 'ref-spaces' },
    ],
    partText: (n) => `PART ${si(n)}`,
    balanceText: (n) => `BAL ${si(n)}`,
    lessCnText: (n) => `${si(n)} LESS CN`,
    twoInvText: (a, b) => `${si(a)} ${si(b)}`,
    billRef: (sp, i, rr) => `${sp.code}${rr.int(10000, 99999)}`,
    rx: (cu, ref, rr) => {
      const memo = ref ?? rr.pick(['', 'PAYMENT', 'ACCOUNT', 'FRESH PRODUCE']);
      const f = rr.int(0, 2);
      const narration =
        f === 0
          ? `ACB CREDIT ${cu.bank} ${memo}`
          : f === 1
            ? `IMMEDIATE TRF CR ${cu.via} ${cu.bank} ${memo}`
            : `DIGITAL TRANSF CR ${cu.bank} ${memo}`;
      return { narration: narration.replace(/\s+$/, '') };
    },
    cash: (rr) => ({
      narration: `CASH DEPOSIT ${rr.pick(['CITY DEEP', 'JOHANNESBURG MKT', 'ROSEBANK'])} ${rr.pick(['BOX 12', 'TELLER 3', 'ATM 0410'])}`,
    }),
    px: (sp, ref, rr) => ({
      narration: `${rr.chance(0.5) ? 'DIGITAL PAYMENT DT' : 'IMMEDIATE TRF DT'} ${sp.bank} ${ref ?? 'KAROO FRESH'}`,
    }),
    reversal: (sp, ref) => ({ narration: `REVERSAL DIGITAL PAYMENT ${sp.bank} ${ref} INVALID ACC` }),
    chequeOut: () => {
      throw new Error('no cheques in ZA');
    },
    payroll: () => ({ narration: 'ACB DEBIT SALARIES KAROO FRESH JUL25' }),
    statutory: [
      {
        day: 7,
        range: [48000, 72000],
        bank: { narration: 'SARS EFILING PAYMENT 7123456789 EMP201 2025/06' },
        led: { type: 'Other Payment', no: 'EMP201-2506', party: 'SARS', desc: 'EMP201 June 2025 PAYE UIF SDL' },
      },
      {
        day: 25,
        range: [60000, 140000],
        bank: { narration: 'SARS EFILING PAYMENT 4123456789 VAT201 2025/06' },
        led: { type: 'Other Payment', no: 'VAT201-2506', party: 'SARS', desc: 'VAT201 May-Jun 2025' },
      },
    ],
    payday: 25,
    terminals: ['YOCO5518', 'YOCO5519'],
    posFee: (g) => pctOf(g, 295),
    pos: (tid) => ({ narration: `YOCO PAYMENTS SETTLEMENT ${tid}` }),
    afterRx: () => [],
    afterPx: (amt, d, channel) =>
      channel === 'batch'
        ? [{ amount: -r.int(9000, 12000), kind: 'charge', text: { narration: 'ACB DEBIT FEE' } }]
        : lastImmediate
          ? [{ amount: -1050, kind: 'charge', text: { narration: 'IMMEDIATE TRF FEE' } }]
          : [{ amount: -650, kind: 'charge', text: { narration: 'DIGITAL PAYMENT FEE' } }],
    unrecordedDebit: { narration: 'DEBIT ORDER MWEB BUSINESS 0042118' },
    ledRx: (cu, n) => ({
      type: 'Customer Receipt',
      no: si(n),
      party: cu.name,
      desc: r.chance(0.5) ? `Receipt ${si(n)}` : 'Customer Receipt',
    }),
    ledPx: (sp, b) => ({
      type: 'Supplier Payment',
      no: b ?? `PMT${r.int(100, 999)}`,
      party: sp.name,
      desc: 'Supplier Payment',
    }),
    ledCheque: () => {
      throw new Error('no cheques in ZA');
    },
    ledPayroll: () => ({ type: 'Journal', no: 'JNL-0725', party: '', desc: 'Net salaries July 2025' }),
    ledPos: (d) => ({
      type: 'Other Receipt',
      no: `YOCO-${d.slice(5).replace('-', '')}`,
      party: 'Yoco card sales',
      desc: `Card sales ${fmt.dmySlash(d)}`,
    }),
    withholding: null,
    monthly: [
      { date: '2025-07-31', amount: -28500, kind: 'charge', text: { narration: 'MONTHLY ACC FEE' } },
      { date: '2025-07-31', amount: -4200, kind: 'charge', text: { narration: 'NOTIFIC FEE SMS NOTIFYME' } },
      { date: '2025-07-31', amount: r.int(8000, 25000), kind: 'interest', text: { narration: 'CREDIT INTEREST' } },
    ],
  };
  let lastImmediate = false;
  const px = style.px;
  style.px = (...a) => {
    const o = px(...a);
    lastImmediate = o.narration.startsWith('IMMEDIATE');
    return o;
  };
  populate(set, r, style, {
    refReceipts: 42,
    nameReceipts: 20,
    amountReceipts: 6,
    refPayments: 14,
    namePayments: 9,
    chequesPresented: 0,
    chequesOutstanding: 0,
    posDays: 16,
    receipt: [2500, 185000],
    cash: [900, 15000],
    payment: [1500, 160000],
    payroll: [380000, 460000],
    pos: [1500, 22000],
    small: [300, 1500],
  });
  // cash deposits carry Absa's cash-handling fee a few lines later; an EFT released on the last day clears in August
  for (const b of set.bank.filter((x) => x.narration?.startsWith('CASH DEPOSIT')))
    set.line(BANK, {
      date: b.date,
      amount: -Math.max(7500, pctOf(b.amount, 150)),
      narration: 'CASH DEP FEE',
      expect: 'bank-only',
      kind: 'charge',
      traits: [],
    });
  const late = set.led(LEDGER, {
    account: ACCOUNT,
    date: '2025-07-31',
    amount: -r.int(20000, 90000) * 100 - 45,
    type: 'Supplier Payment',
    no: 'MP77120',
    party: 'Mpact Packaging',
    desc: 'Supplier Payment',
  });
  set.only(late, 'EFT released on the last day, clears in August');
  const OPEN = 61234018;
  const bankLayout = (rows) => {
    const out = [
      ['ABSA BANK LIMITED'],
      ['Account Number:', '40-7812-3456'],
      ['Account Type:', 'BUSINESS CHEQUE ACCOUNT'],
      ['Statement Period:', '2025/07/01 - 2025/07/31'],
      [],
      ['Date', 'Transaction Description', 'Amount', 'Balance'],
    ];
    const rowOf = new Map();
    const jsonOf = new Map();
    for (const b of rows) {
      out.push([fmt.ymdSlash(b.date), b.narration, dec(b.amount), dec(b.balance)]);
      rowOf.set(b.key, out.length);
      jsonOf.set(b.key, { narration: b.narration });
    }
    return { rows: out, headerRow: 6, rowOf, jsonOf };
  };
  const BOOK_OPEN = OPEN - 1830050; // a June EFT that cleared on 1 July, already in the opening book balance
  const sp = (m) => grouped(m, ' ');
  const ledgerLayout = (rows) => {
    const out = [
      ['Karoo Fresh Produce (Pty) Ltd'],
      ['Detailed Ledger Transactions'],
      ['Period: 01/07/2025 to 31/07/2025'],
      [],
      ['Account', 'Date', 'Type', 'Reference', 'Contact', 'Description', 'Debit', 'Credit', 'Balance'],
      [ACCOUNT, '', '', '', '', 'Opening Balance', '', '', sp(BOOK_OPEN)],
    ];
    const rowOf = new Map();
    const jsonOf = new Map();
    let bal = BOOK_OPEN;
    for (const l of rows) {
      bal += l.amount;
      out.push([
        ACCOUNT,
        fmt.dmySlash(l.date),
        l.type,
        l.no,
        l.party,
        l.desc,
        l.amount > 0 ? sp(l.amount) : '',
        l.amount < 0 ? sp(-l.amount) : '',
        sp(bal),
      ]);
      rowOf.set(l.key, out.length);
      jsonOf.set(l.key, { reference: l.no || null, description: l.desc, party: l.party || null, account: ACCOUNT });
    }
    out.push([ACCOUNT, '', '', '', '', 'Closing Balance', '', '', sp(bal)]);
    return { rows: out, headerRow: 5, rowOf, jsonOf };
  };
  return emit(set, join(ROOT, meta.set), {
    bank: [
      {
        file: BANK,
        bankName: 'Absa',
        ledgerAccount: ACCOUNT,
        ledgerAccountCode: ACCOUNT,
        opening: OPEN,
        layout: bankLayout,
        readOptions: {},
      },
    ],
    ledger: [
      {
        file: LEDGER,
        package: 'Sage Business Cloud Accounting ZA (Detailed Ledger Transactions, CSV)',
        layout: ledgerLayout,
        readOptions: {
          mapping: {
            date: 'Date',
            account: 'Account',
            reference: 'Reference',
            party: 'Contact',
            description: 'Description',
            moneyIn: 'Debit',
            moneyOut: 'Credit',
            balance: 'Balance',
          },
          dateOrder: 'DMY',
        },
      },
    ],
  });
}

const index = {
  seed: SEED,
  note: 'holdout sets: written without reading the engine; see bench/corpus/holdout/README.md',
  sets: [],
};
index.sets.push(ngZenithZoho(SEED));
index.sets.push(keKcbMpesaSage(SEED + 1));
index.sets.push(ghEcobankQbo(SEED + 2));
index.sets.push(zaAbsaSage(SEED + 3));
writeFileSync(join(ROOT, 'index.json'), JSON.stringify(index, null, 2) + '\n');
