// holdout37 — NG: Arz Bakery & Patisserie Nigeria Ltd, Ikeja GRA, Lagos.
// Bank: Baobab Microfinance Bank (internet banking statement, XLSX, newest first).
// Books: Al-Ameen Accounting (كشف حساب of account 1214, exported to Excel, Arabic interface).
import { billNumber, customerDebits, parties, safeDigits } from './common37.mjs';
import { D as Dt, N, S, cellNumber, fmtDate, share, xlsxBytes, ymd } from './lib37.mjs';

const CUSTOMERS = [
  ['Ikeja Crown Hotel Ltd', 'IKEJA CROWN HOTEL LTD', { via: '000013' }],
  ['Oakwood Suites & Apartments Ltd', 'OAKWOOD SUITES AND APARTMEN', { via: '000015' }],
  ['Marigold Event Centre Ltd', 'MARIGOLD EVENT CENTRE LTD', { via: '000014' }],
  ['Bluewave Catering Services Ltd', 'BLUEWAVE CATERING SERVICES', { via: '000004' }],
  ['Greenfield International School', 'GREENFIELD INTL SCHOOL', { via: '000016' }],
  ['Adunola Supermarket Ltd', 'ADUNOLA SUPERMARKET LTD', { via: '000013' }],
  ['Skyline Inflight Catering Ltd', 'SKYLINE INFLIGHT CATERING', { via: '000007' }],
  ['Victoria Crest Restaurant Ltd', 'VICTORIA CREST RESTAURANT', { via: '000015' }],
  ['Palmview Hospital Ltd', 'PALMVIEW HOSPITAL LTD', { via: '000012' }],
  ['Hilltop Foods & Groceries Ltd', 'HILLTOP FOODS AND GROCERIE', { via: '000003' }],
  ['Temperance Events & Rentals', 'TEMPERANCE EVENTS AND RENT', { via: '090405' }],
  ['Boulevard Lounge & Grill Ltd', 'BOULEVARD LOUNGE AND GRILL', { via: '000014' }],
  ['Zenova Mart Ltd', 'ZENOVA MART LTD', { via: '100004' }],
  ['Goldcrest Schools Ltd', 'GOLDCREST SCHOOLS LTD', { via: '000017' }],
  ['Allen Avenue Coffee House', 'ALLEN AVENUE COFFEE HOUSE', { via: '090267' }],
  ['Ojota Bread Distributors', 'OJOTA BREAD DISTRIBUTORS', { via: '000004' }],
  ['Elite Wedding Planners Ltd', 'ELITE WEDDING PLANNERS', { via: '000023' }],
  ['Kings Court Apartments', 'KINGS COURT APARTMENTS', { via: '000016' }],
  ['Seaview Suites Ltd', 'SEAVIEW SUITES LTD', { via: '000013' }],
  ['Cornerstone Chapel Lagos', 'CORNERSTONE CHAPEL LAGOS', { via: '000015' }],
  ['Magodo Family Clinic', 'MAGODO FAMILY CLINIC', { via: '000007' }],
  ['Opebi Tech Hub Ltd', 'OPEBI TECH HUB LTD', { via: '090267' }],
];
const NAME_ONLY = [
  ['Tasty Bites Kitchen Ltd', 'TASTY BITES KITCHEN', { via: '000013' }],
  ['Harbour Point Club', 'HARBOUR POINT CLUB', { via: '000014' }],
  ['Royal Orchid Hotels Ltd', 'ROYAL ORCHID HOTELS LTD', { via: '000004' }],
];
const SUPPLIERS = [
  ['Golden Grain Flour Mills Ltd', 'GOLDEN GRAIN FLOUR MILLS', { bill: (r) => `GGF/INV/${safeDigits(r, 5)}` }],
  ['Sweetland Sugar Distributors', 'SWEETLAND SUGAR DISTRIBUT', { bill: (r) => `SSD-${safeDigits(r, 4)}` }],
  ['Pristine Dairy Products Ltd', 'PRISTINE DAIRY PRODUCTS', { bill: (r) => `PDP 00${safeDigits(r, 3)}` }],
  ['Bakeline Equipment Nigeria Ltd', 'BAKELINE EQUIPMENT NIG LTD', { bill: (r) => `BEN/Q/${safeDigits(r, 4)}` }],
  ['Sahara Diesel Supply Ltd', 'SAHARA DIESEL SUPPLY LTD', { bill: (r) => `SD-${safeDigits(r, 5)}` }],
  ['Coolflow Refrigeration Services', 'COOLFLOW REFRIGERATION', { bill: (r) => `CF${safeDigits(r, 4)}` }],
  ['Mega Eggs Poultry Farm Ltd', 'MEGA EGGS POULTRY FARM', { bill: (r) => `ME ${safeDigits(r, 4)}` }],
  ['Cocoa Crest Chocolate Supplies', 'COCOA CREST CHOCOLATE SUP', { bill: (r) => `CC-INV-${safeDigits(r, 5)}` }],
  ['Swift Dispatch Logistics Ltd', 'SWIFT DISPATCH LOGISTICS', { bill: (r) => `SWL/INV/${safeDigits(r, 4)}` }],
  ['Printmark Labels Ltd', 'PRINTMARK LABELS LTD', { bill: (r) => `PM-00${safeDigits(r, 3)}` }],
  ['Vanilla Valley Flavours Ltd', 'VANILLA VALLEY FLAVOURS', { bill: (r) => `VVF${safeDigits(r, 5)}` }],
  ['Lekki Cold Rooms Ltd', 'LEKKI COLD ROOMS LTD', { bill: (r) => `LCR/${safeDigits(r, 4)}` }],
  ['Ogba Crates & Trays Ltd', 'OGBA CRATES AND TRAYS', { bill: (r) => `OCT-${safeDigits(r, 4)}` }],
];
const SPECIAL_SUPPLIERS = {
  nameOnly: [
    [
      'Shield Guard Security Services',
      'SHIELD GUARD SECURITY SERV',
      { memo: 'GUARDS OCT', bill: (r) => `SGS-${safeDigits(r, 4)}` },
    ],
    [
      'Fresh Yard Fruits & Vegetables',
      'FRESH YARD FRUITS AND VEG',
      { memo: 'FRUITS SUPPLY', bill: (r) => `FY${safeDigits(r, 4)}` },
    ],
  ],
  twin: [
    'Ikorodu Gas & Energy Ltd',
    'IKORODU GAS AND ENERGY',
    { memo: 'LPG REFILL', bill: (r) => `IGE/${safeDigits(r, 5)}` },
  ],
  refund: ['Kanu Packaging Industries Ltd', 'KANU PACKAGING INDUSTRIES', { bill: (r) => `KPI/${safeDigits(r, 4)}` }],
};

const AR_MONTH = { 9: 'أيلول', 10: 'تشرين الأول' };

export function ngSet(rng) {
  const customers = parties(CUSTOMERS);
  const nameOnly = parties(NAME_ONLY);
  const cashOwnNames = { 'Tasty Bites Kitchen Ltd': 'TASTY BITES KITCHEN' };
  const suppliers = parties(SUPPLIERS, { via: '000014' });
  const [so1, so2] = parties(SPECIAL_SUPPLIERS.nameOnly, { via: '000013' });
  const [twin] = parties([SPECIAL_SUPPLIERS.twin], { via: '000004' });
  const [refundSupplier] = parties([SPECIAL_SUPPLIERS.refund], { via: '000015' });
  const [tieCustomer, shortCustomer, thirdFor, tradingCustomer] = parties([
    ['Chesterfield Facility Management Ltd', 'CHESTERFIELD FACILITY MGT', { via: '000016' }],
    ['Atlantic Towers Facility Mgt Ltd', 'ATLANTIC TOWERS FACILITY', { via: '000013' }],
    ['Sunrise Corporate Canteens Ltd', 'SUNRISE CORPORATE CANTEENS', { via: '000015' }],
    ['Adeyemi Foods & Catering Services Ltd', 'ADEYEMI FOODS', { via: '000014' }],
  ]);
  const canon = (n) => `SI-0${n}`;
  const cnWrite = (n) => `CN-${n}`;
  const acct = '1100' + safeDigits(rng, 6);
  const ownAcct = '00' + safeDigits(rng, 8);
  const memoPick = (list) => (r) => r.pick(list);

  const D = {
    set: 'ng-baobab-alameen',
    country: 'NG',
    currency: 'NGN',
    timezone: 'Africa/Lagos',
    period: { from: '2026-10-01', to: '2026-10-31' },
    holidays: ['2026-10-01'],
    bank: 'Baobab Microfinance Bank Limited',
    package:
      'Al-Ameen Accounting 9 (التقارير → كشف حساب of account 1214 Baobab MFB current NGN, exported to Excel, Arabic interface)',
    bankFile: `baobab-mfb-${acct}-oct2026.xlsx`,
    ledgerFile: 'alameen-kashf-hisab-1214-oct2026.xlsx',
    ledgerAccount: '1214',
    customers,
    nameOnlyCustomers: nameOnly,
    cashNamed: 1,
    tieCustomer,
    shortCustomer,
    thirdParty: {
      for: thirdFor,
      payer: { book: 'Meridian Hospitality Holdings Plc', bank: 'MERIDIAN HOSPITALITY HOLDI', via: '000012' },
    },
    tradingName: {
      customer: tradingCustomer,
      payer: { book: 'Mama T Kitchen & Events', bank: 'MAMA T KITCHEN AND EVENTS', via: '100004' },
    },
    unknownPayers: [
      { book: 'Chinedu Okafor', bank: 'CHINEDU EMEKA OKAFOR', via: '090405' },
      { book: 'Blessing Adekunle', bank: 'BLESSING TOLU ADEKUNLE', via: '100004' },
    ],
    suppliers,
    nameOnlySuppliers: [so1, so2],
    twinSupplier: twin,
    refundSupplier,
    billNo: (s, r) => billNumber(s.bill, r),
    badAccount: () => null,
    invoice: {
      first: 3310,
      canonical: canon,
      writings: [
        { trait: 'ref-canonical', w: (n) => canon(n) },
        { trait: 'ref-joined-lowercase', w: (n) => `si${n}` },
        { trait: 'ref-serial-prefixed', w: (n) => `INV ${n}` },
        { trait: 'ref-word-prefix', w: (n) => `INVOICE NO ${n}` },
        { trait: 'ref-slashes', w: (n) => `SI/0${n}` },
        { trait: 'ref-serial-only', w: (n) => `${n}` },
      ],
    },
    creditNote: { first: 1180, write: cnWrite },
    po: (r) => `LPO/${safeDigits(r, 5)}`,
    vat: { num: 75, den: 1000 },
    short: { of: (inv) => share(inv.net, 5, 100), trait: 'short-withholding-tax-5pct' },
    scale: {
      invoice: [180000, 1900000],
      small: [45000, 380000],
      large: [1500000, 4200000],
      netStep: 5000,
      round: 100000,
      roundUp: 1000000,
      bill: [150000, 3400000],
      billStep: 100,
      twin: [240000, 560000],
      refund: [25000, 180000],
      unknown: [15000, 240000],
      unknownStep: 5000,
    },
    limit: { major: 5000000, first: () => 500000000, urgent: false },
    memo: {
      invoice: (t, r) => r.pick([t, `PYMT ${t}`, `${t} PAYMENT`, `IFO ARZ ${t}`]),
      generic: memoPick([
        'PASTRIES SUPPLY',
        'BREAD AND PASTRIES',
        'CAKES PAYMENT',
        'SUPPLY BALANCE',
        'SMALL CHOPS ORDER',
      ]),
      list: (ns, r) =>
        r.pick([`SI${ns[0]}/${String(ns[1]).slice(-2)}/${String(ns[2]).slice(-2)}`, `INV ${ns.join(', ')}`]),
      instalment: (t, k) => (k === 1 ? `${t} FIRST INSTALMENT` : `${t} FINAL INSTALMENT`),
      part: (t, r) => r.pick([`PART PAYMENT ${t}`, `PART PYMT ${t}`]),
      lessCn: (t, cn) => `${t} LESS ${cn}`,
      order: (po, r) => r.pick([`${po}`, `PYMT ${po}`]),
      unknown: memoPick(['GOODS', 'CAKE ORDER', 'FOR CAKE', 'ORDER PAYMENT']),
      bill: (b, r) => r.pick([b, `PAYMENT ${b}`, `ARZ PYMT ${b}`]),
      billPart: (b, k) => (k === 1 ? `${b} PART` : `${b} BALANCE`),
      genericOut: (s) => s.memo,
      refundOut: (cn) => `REFUND ${cn}`,
      refundIn: memoPick(['REFUND', 'REFUND OF OVERPAYMENT', 'CREDIT REFUND']),
    },
    settlements: [
      {
        name: 'Interswitch',
        gross: [350000, 1200000],
        fee: (g) => share(g, 5, 1000),
        id: (r) => `ISW-STL-${safeDigits(r, 8)}`,
        period: () => null,
      },
      {
        name: 'PalmPay',
        times: 1,
        gross: [200000, 700000],
        fee: (g) => share(g, 6, 1000),
        id: (r) => `PPM${safeDigits(r, 9)}`,
        period: () => null,
      },
      {
        name: 'Nomba',
        gross: [150000, 600000],
        fee: (g) => share(g, 5, 1000),
        period: (d) => `w/e ${Number(d.slice(8))} Oct`,
      },
    ],
    payroll: { n: 24, total: [4200000, 6800000], days: [-6, -3], batch: (r) => safeDigits(r, 6) },
    statutory: [
      {
        key: 'paye',
        amount: [900000, 1600000],
        days: [3, 7],
        ref: (r) => safeDigits(r, 12),
        bank: (ref) => ({ text: `REMITA - LIRS PAYE SEP 2026 - RRR ${ref}` }),
        book: (ref) => ({
          description: `ضريبة الدخل PAYE ${AR_MONTH[9]} 2026 - LIRS - RRR ${ref.slice(0, 4)}-${ref.slice(4, 8)}-${ref.slice(8)}`,
          party: 'Lagos State Internal Revenue Service',
        }),
      },
      {
        key: 'pension',
        amount: [1100000, 1900000],
        days: [2, 6],
        ref: (r) => safeDigits(r, 12),
        bank: (ref) => ({ text: `REMITA - PENCOM PENSION SEP 2026 - RRR ${ref}` }),
        book: (ref) => ({
          description: `اشتراكات التقاعد ${AR_MONTH[9]} 2026 - RRR ${ref.slice(0, 4)}-${ref.slice(4, 8)}-${ref.slice(8)}`,
          party: 'Pension contributions (PFAs)',
        }),
      },
      {
        key: 'vat',
        amount: [1500000, 3000000],
        days: [10, 14],
        ref: (r) => safeDigits(r, 10),
        bank: (ref) => ({ text: `NRS TAXPRO-MAX VAT SEP 2026 PRN ${ref}` }),
        book: (ref) => ({
          description: `ضريبة القيمة المضافة ${AR_MONTH[9]} 2026 - NRS PRN ${ref}`,
          party: 'Nigeria Revenue Service',
        }),
      },
    ],
    utilities: [
      (() => {
        const a = '0' + safeDigits(rng, 9);
        return {
          key: 'ie',
          amount: [380000, 720000],
          days: [4, -5],
          bank: () => ({ text: `BILLS PAYMENT - IKEJA ELECTRIC POSTPAID - ${a}` }),
          book: () => ({ description: `كهرباء - Ikeja Electric ${a}`, party: 'Ikeja Electric Plc' }),
        };
      })(),
      (() => {
        const a = safeDigits(rng, 8);
        return {
          key: 'ipnx',
          amount: [85000, 160000],
          days: [2, -5],
          bank: () => ({ text: `BILLS PAYMENT - IPNX FIBRE - ${a}` }),
          book: () => ({ description: `إنترنت - ipNX ${a}`, party: 'ipNX Nigeria Ltd' }),
        };
      })(),
    ],
    ownAccount: { dir: 'out', acct: ownAcct, amount: [2000000, 6000000], step: 100000 },
    card: { amount: [18000, 95000] },
    lastMonth: { amount: [120000, 650000], ref: (r) => '000' + safeDigits(r, 5), trait: 'last-month-cheque' },
    unpresented: (s, r) => ({
      kind: 'cheque-out',
      who: s,
      chq: '000' + safeDigits(r, 5),
      bill: billNumber(s.bill, r),
      why: 'cheque not yet presented',
    }),
    uncredited: (c, inv, r) => ({
      kind: 'lodgement',
      who: c,
      invoices: [inv],
      chq: safeDigits(r, 6),
      why: 'cheque lodged on the last days of the month, not yet credited',
    }),

    fees(l) {
      const k = l.spec.kind;
      if (k === 'out' || k === 'own') {
        const a = -l.amount;
        const fee = a <= 500000 ? 1075 : a <= 5000000 ? 2688 : 5375;
        const out = [
          { amount: -fee, spec: { kind: 'fee', text: 'COMMISSION ON NIP TRANSFER + VAT', of: l }, kind: 'charge' },
        ];
        if (a >= 1000000)
          out.push({
            amount: -5000,
            spec: { kind: 'fee', text: 'STAMP DUTY ON ELECTRONIC TRANSFER', of: l },
            kind: 'levy',
          });
        return out;
      }
      if (k === 'payroll') {
        const charge = 2500 * l.spec.n;
        return [
          { amount: -charge, spec: { kind: 'fee', text: `BULK TRF CHARGE (${l.spec.n})`, of: l }, kind: 'charge' },
          {
            amount: -share(charge, 75, 1000),
            spec: { kind: 'fee', text: 'VAT ON BULK TRF CHARGE', of: l },
            kind: 'fee-vat',
          },
        ];
      }
      return [];
    },
    monthEnd(m) {
      const alerts = m.lines.length + 3;
      const amf = share(customerDebits(m), 1, 1000);
      return [
        { amount: -400 * alerts, spec: { kind: 'month-end', text: 'SMS ALERT CHARGES OCT 2026' }, kind: 'charge' },
        {
          amount: -amf,
          spec: { kind: 'month-end', text: 'ACCOUNT MAINTENANCE FEE OCT 2026' },
          kind: 'charge',
          plus: 1,
        },
        {
          amount: -share(amf, 75, 1000),
          spec: { kind: 'month-end', text: 'VAT ON ACCOUNT MAINTENANCE FEE' },
          kind: 'fee-vat',
          plus: 2,
        },
      ];
    },
  };
  for (const c of nameOnly) if (cashOwnNames[c.book]) c.bankCash = cashOwnNames[c.book];

  // ------------------------------------------------------------ bank cells (in posting order)
  const session = (via, l) => {
    if (!/^\d{6}$/.test(via ?? '')) throw new Error(`NG: no sending-bank code for a NIP session id`);
    const [y, mo, d] = ymd(l.date);
    const mins = Math.min(l.minutes, 1439);
    const p2 = (x) => String(x).padStart(2, '0');
    return `${via}${String(y).slice(2)}${p2(mo)}${p2(d)}${p2(Math.floor(mins / 60))}${p2(mins % 60)}${p2(rng.int(0, 59))}${rng.digits(12, { lead: '0123456789' })}`;
  };
  D.bankCells = (l) => {
    const s = l.spec;
    switch (s.kind) {
      case 'in':
        if (s.memoInRef) return { text: `INWARD BULK CR - ${s.who.bank}`, reference: s.memo };
        return { text: `NIP INWARD - ${s.who.bank} - ${s.memo}`, reference: session(s.who.via, l) };
      case 'cash':
        return {
          text: `CASH DEPOSIT BY ${s.who.bankCash ?? s.who.bank} - IKEJA GRA BRANCH`,
          reference: `TT${safeDigits(rng, 8)}`,
        };
      case 'out':
        return { text: `NIP OUTWARD - ${s.who.bank} - ${s.memo}`, reference: `OTR${safeDigits(rng, 10)}` };
      case 'reversal':
        return {
          text: `RVSL NIP OUTWARD - ${s.of.spec.who.bank} - INVALID BENEFICIARY ACCOUNT`,
          reference: s.of.cells.reference,
        };
      case 'fee':
        return { text: s.text, reference: s.of.cells.reference };
      case 'month-end':
        return { text: s.text, reference: null };
      case 'settle':
        if (s.provider.name === 'Interswitch')
          return { text: `ISW SETTLEMENT ${s.id}`, reference: `ISW${safeDigits(rng, 9)}` };
        if (s.provider.name === 'PalmPay')
          return { text: `PALMPAY MERCHANT SETTLEMENT ${s.id}`, reference: `PPY${safeDigits(rng, 9)}` };
        return { text: 'NOMBA POS SETTLEMENT', reference: `NMB${safeDigits(rng, 9)}` };
      case 'payroll':
        return {
          text: `BULK TRF - SALARY OCT 2026 - ${s.n} BENEFICIARIES - BATCH ${s.batch}`,
          reference: `BLK${safeDigits(rng, 9)}`,
        };
      case 'statutory':
        return { ...s.s.bank(s.ref), reference: `RMT${safeDigits(rng, 9)}` };
      case 'utility':
        return { ...s.u.bank(), reference: `BPY${safeDigits(rng, 9)}` };
      case 'own':
        return {
          text: `NIP OUTWARD - ARZ BAKERY AND PATISSERIE NIG LTD - TRF TO STANBIC ${s.o.acct}`,
          reference: `OTR${safeDigits(rng, 10)}`,
        };
      case 'card':
        return { text: 'POS PURCHASE - JUSTRITE SUPERSTORE OGBA LA NG', reference: `POS${safeDigits(rng, 9)}` };
      case 'last-month':
        return { text: `INWARD CLEARING - CHQ NO ${s.ref}`, reference: s.ref };
      default:
        throw new Error(`NG bank: ${s.kind}`);
    }
  };

  // ------------------------------------------------------------ book cells
  D.bookCells = (r) => {
    const s = r.spec;
    const RV = 'سند قبض';
    const PV = 'سند صرف';
    const JV = 'قيد يومية';
    switch (s.kind) {
      case 'receipt':
      case 'lodgement': {
        const inv = canon(s.invoices[0].serial);
        let d = s.cash ? `إيداع نقدي - فاتورة ${inv}` : `قبض فاتورة ${inv}`;
        if (s.kind === 'lodgement') d = `إيداع شيك ${s.chq} - فاتورة ${inv}`;
        if (s.po) d += ` - أمر شراء ${s.po}`;
        if (s.cn) d += ` - بعد خصم إشعار دائن ${cnWrite(s.cn)}`;
        if (s.paidBy) d += ` - دفعت من ${s.paidBy.book}`;
        return { vtype: RV, description: d, party: s.who.book };
      }
      case 'payment':
        return { vtype: PV, description: `دفع فاتورة المورد ${s.bill}`, party: s.who.book };
      case 'cheque-out':
        return { vtype: PV, description: `شيك رقم ${s.chq} - فاتورة ${s.bill}`, party: s.who.book };
      case 'refund-out':
        return { vtype: PV, description: `رد مبلغ للعميل - إشعار دائن ${cnWrite(s.cn)}`, party: s.who.book };
      case 'refund-in':
        return { vtype: RV, description: 'استرداد مبلغ من المورد', party: s.who.book };
      case 'settle': {
        const P = s.provider.name;
        if (P === 'Interswitch')
          return {
            vtype: JV,
            description: `تسوية Interswitch ${s.id} - إجمالي المبيعات`,
            party: 'Interswitch POS sales',
          };
        if (P === 'PalmPay')
          return s.part === 'gross'
            ? { vtype: JV, description: `تسوية PalmPay ${s.id} - إجمالي المبيعات`, party: 'PalmPay POS sales' }
            : { vtype: JV, description: `عمولة PalmPay ${s.id}`, party: 'PalmPay charges' };
        return { vtype: JV, description: `مبيعات نقاط البيع Nomba ${s.period}`, party: 'Nomba POS sales' };
      }
      case 'payroll':
        return { vtype: JV, description: `رواتب ${AR_MONTH[10]} 2026 - batch ${s.batch}`, party: 'الرواتب والأجور' };
      case 'statutory':
        return { vtype: PV, ...s.s.book(s.ref) };
      case 'utility':
        return { vtype: PV, ...s.u.book() };
      case 'own':
        return {
          vtype: JV,
          description: `تحويل إلى Stanbic IBTC ${s.o.acct}`,
          party: 'Stanbic IBTC - current account',
        };
      default:
        throw new Error(`NG book: ${s.kind}`);
    }
  };

  // ------------------------------------------------------------ layouts
  D.writeBank = ({ lines, opening, closing, created }) => {
    const money = '#,##0.00';
    const sumOut = lines.filter((l) => l.amount < 0).reduce((s, l) => s - l.amount, 0);
    const sumIn = lines.filter((l) => l.amount > 0).reduce((s, l) => s + l.amount, 0);
    const rows = [
      [S('BAOBAB MICROFINANCE BANK LIMITED')],
      [S('CUSTOMER ACCOUNT STATEMENT')],
      [S('Account Name'), S('ARZ BAKERY AND PATISSERIE NIGERIA LTD')],
      [S('Account Number'), S(acct)],
      [S('Account Type'), S('SME CURRENT ACCOUNT')],
      [S('Currency'), S('NGN')],
      [S('Statement Period'), S(`${fmtDate(D.period.from, 'dd-Mon-yyyy')} to ${fmtDate(D.period.to, 'dd-Mon-yyyy')}`)],
      [S('Opening Balance'), N(cellNumber(opening), money)],
      [S('Closing Balance'), N(cellNumber(closing), money)],
      [S('Total Withdrawals'), N(cellNumber(sumOut), money)],
      [S('Total Lodgements'), N(cellNumber(sumIn), money)],
      [],
      ['S/N', 'Trans. Date', 'Value Date', 'Details', 'Ref. No', 'Withdrawals', 'Lodgements', 'Balance'].map(S),
    ];
    const headerRow = rows.length;
    const newest = lines.slice().reverse();
    newest.forEach((l, i) => {
      l.row = rows.length + 1;
      rows.push([
        N(i + 1),
        Dt(l.date, 'dd-mmm-yyyy hh:mm', Math.min(l.minutes, 1439)),
        Dt(l.date, 'dd-mmm-yyyy'),
        S(l.cells.text),
        S(l.cells.reference),
        l.amount < 0 ? N(cellNumber(-l.amount), money) : null,
        l.amount > 0 ? N(cellNumber(l.amount), money) : null,
        N(cellNumber(l.balance), money),
      ]);
    });
    rows.push([null, null, null, S('BALANCE B/F'), null, null, null, N(cellNumber(opening), money)]);
    return {
      bytes: xlsxBytes([{ name: 'Statement', rows, widths: [6, 18, 13, 64, 34, 15, 15, 17] }], { created }),
      headerRow,
      order: 'newest-first',
      readOptions: {
        currency: 'NGN',
        sheet: 'Statement',
        mapping: {
          date: 'Trans. Date',
          valueDate: 'Value Date',
          description: 'Details',
          reference: 'Ref. No',
          moneyOut: 'Withdrawals',
          moneyIn: 'Lodgements',
          balance: 'Balance',
        },
      },
      layout:
        'XLSX, sheet Statement: two title rows, nine label/value rows (opening, closing, total withdrawals and lodgements among them) and a blank, header in row 13; newest first; S/N column; Trans. Date a real date-time cell (dd-mmm-yyyy hh:mm), Value Date a date cell; Withdrawals/Lodgements magnitudes; an undated BALANCE B/F row (balance only) at the foot',
      nonEntryRows: [],
    };
  };

  D.writeLedger = ({ rows: bookRows, opening, created }) => {
    const money = '#,##0.00';
    let rv = 5120 + rng.int(0, 40);
    let pv = 6430 + rng.int(0, 40);
    let jv = 7300 + rng.int(0, 40);
    const rows = [
      [S('Arz Bakery & Patisserie Nigeria Ltd')],
      [S('كشف حساب تفصيلي')],
      [S('الحساب: 1214 - Baobab MFB - حساب جاري NGN')],
      [S('الفترة: من 01/10/2026 إلى 31/10/2026')],
      [S('العملة: نيرة نيجيرية (NGN)')],
      [],
      ['التاريخ', 'نوع السند', 'رقم السند', 'البيان', 'الحساب المقابل', 'مدين', 'دائن', 'الرصيد'].map(S),
      [null, null, null, S('رصيد سابق'), null, null, null, N(cellNumber(opening), money)],
    ];
    const headerRow = 7;
    let sumIn = 0;
    let sumOut = 0;
    for (const r of bookRows) {
      const c = r.cells;
      const no = c.vtype === 'سند قبض' ? ++rv : c.vtype === 'سند صرف' ? ++pv : ++jv;
      c.reference = String(no);
      r.row = rows.length + 1;
      if (r.amount > 0) sumIn += r.amount;
      else sumOut -= r.amount;
      rows.push([
        Dt(r.date, 'dd/mm/yyyy'),
        S(c.vtype),
        N(no),
        S(c.description),
        S(c.party),
        r.amount > 0 ? N(cellNumber(r.amount), money) : null,
        r.amount < 0 ? N(cellNumber(-r.amount), money) : null,
        N(cellNumber(r.balance), money),
      ]);
    }
    const totalRow = rows.length + 1;
    rows.push([null, null, null, S('المجموع'), null, N(cellNumber(sumIn), money), N(cellNumber(sumOut), money), null]);
    rows.push([null, null, null, S('الرصيد الختامي'), null, null, null, N(cellNumber(bookRows.at(-1).balance), money)]);
    return {
      bytes: xlsxBytes([{ name: 'كشف حساب', rows, widths: [12, 11, 10, 60, 36, 15, 15, 17], rtl: true }], { created }),
      headerRow,
      readOptions: {
        currency: 'NGN',
        sheet: 'كشف حساب',
        mapping: {
          date: 'التاريخ',
          reference: 'رقم السند',
          description: 'البيان',
          party: 'الحساب المقابل',
          moneyIn: 'مدين',
          moneyOut: 'دائن',
          balance: 'الرصيد',
        },
      },
      layout:
        'XLSX, sheet كشف حساب shown right-to-left: five title rows and a blank, Arabic header in row 7 (التاريخ, نوع السند, رقم السند, البيان, الحساب المقابل, مدين, دائن, الرصيد); real date cells dd/mm/yyyy; رقم السند (voucher number, a number cell) mapped as reference, the invoice in البيان; الحساب المقابل = party; مدين (debit) = money in; undated رصيد سابق / الرصيد الختامي rows (balance only) and an undated المجموع row with money',
      nonEntryRows: [{ row: totalRow, why: 'المجموع: the totals of the period, not an entry' }],
    };
  };
  return D;
}
