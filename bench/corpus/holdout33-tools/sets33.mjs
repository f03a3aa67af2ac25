// holdout33 — the four businesses: customers and suppliers, invoice numbering and its writings, the bank's
// narrations and charges, settlements, statutory payments, both file layouts.
import { dmy, grouped, monName } from './lib33.mjs';

const pad = (n, w) => String(n).padStart(w, '0');
const cust = (list) => list.map(([book, bank, extra]) => ({ book, bank, ...(extra ?? {}) }));
const sumOut = (m) => m.lines.filter((l) => l.amount < 0).reduce((s, l) => s - l.amount, 0);
const digits = (rng, k) => Array.from({ length: k }, () => String(rng.int(0, 9))).join('');

// =====================================================================================================
// NG — Ebenezer Poultry & Feeds Ltd, Ibadan. LAPO Microfinance Bank (CSV) · Deskera Books (XLSX)
// =====================================================================================================
function ng(rng, y, mo) {
  const INV = (n) => `INV-${pad(n, 7)}`;
  const M = monName(mo);
  const yy = String(y).slice(2);
  const prevM = monName(mo === 1 ? 12 : mo - 1);
  const sess = () => `000017${yy}${pad(mo, 2)}${digits(rng, 18)}`;
  return {
    country: 'NG',
    currency: 'NGN',
    timezone: 'Africa/Lagos',
    cents: false,
    roundUnit: 1000,
    range: { invoice: [180000, 1900000], bill: [150000, 2400000] },
    invStart: 412,
    cnStart: 140,
    whtPermille: 50,
    whtTrait: 'short-withholding-tax-5pct',
    channelLimit: 5000000,
    customers: cust([
      ['Kings Court Hotel Ltd', 'KINGS COURT HTL LTD'],
      ['Bodija Eatery & Suya Spot', 'ADEOLA MERCY OLUWASEUN'],
      ['Freshmart Supermarkets Ltd', 'FRESHMART SUPERMKTS'],
      ['Oluyole Catering Services', 'OLUYOLE CATERING SERV'],
      ['Ring Road Shawarma Hub', 'RINGROAD SHAWARMA'],
      ['St. Louis Grammar School Canteen', 'SLGS CANTEEN ACCT'],
      ['Agodi Gardens Restaurant', 'AGODI GARDENS REST'],
      ['Oke-Ado Frozen Foods Ltd', 'OKE-ADO FROZEN FOODS', { cash: true }],
      ['Alhaja Basirat Adebisi', 'BASIRAT ADEBISI ALHAJA', { cash: true }],
      ['Premier Hotel Mokola Ltd', 'PREMIER HOTEL MOKOLA'],
      ['Mokola Chops & Grills', 'MOKOLA CHOPS GRILLS'],
      ['Felele Poultry Distributors', 'FELELE POULTRY DIST'],
      ['Challenge Motor Park Canteen', 'CHALLENGE CANTEEN COOP'],
      ['UCH Catering Department', 'UNIV COLLEGE HOSPITAL'],
      ['Iwo Road Hotel & Suites', 'IWO ROAD HOTEL'],
      ['Jericho Mall Foods Ltd', 'JERICHO MALL FOODS'],
      ['Bola Akande Poultry Retail', 'AKANDE BOLA'],
      ['Ogbomoso Road Supermarket', 'OGBOMOSO RD SUPERMARKET'],
      ['Cocoa House Staff Canteen', 'COCOA HOUSE CANTEEN'],
      ['Sango Fast Foods', 'SANGO FAST FOODS'],
    ]),
    suppliers: cust([
      ['Ogun Grains & Maize Merchants', 'OGUN GRAINS MAIZE', { billPrefix: 'OGM-' }],
      ['Vetcare Nigeria Ltd', 'VETCARE NIG LTD', { billPrefix: 'VC/' }],
      ['Ajibode Soya Processors', 'AJIBODE SOYA', { billPrefix: 'ASP' }],
      ['Omolayo Diesel Depot', 'OMOLAYO DIESEL', { billPrefix: 'ODD-' }],
      ['Akinyele Day-Old Chicks Hatchery', 'AKINYELE HATCHERY', { billPrefix: 'AKH-' }],
      ['Moniya Packaging Ventures', 'MONIYA PACKAGING', { billPrefix: 'MPV-' }],
      ['Ibadan Feedmill Ingredients Ltd', 'IBADAN FEEDMILL ING', { billPrefix: 'IFI/' }],
      ['Tunde Adewale Haulage', 'TUNDE ADEWALE HAULAGE', { billPrefix: 'TAH-' }],
      ['Elekuro Egg Crates Ltd', 'ELEKURO EGG CRATES', { billPrefix: 'EEC-' }],
      ['Agrovet Supplies Ibadan', 'AGROVET SUPPLIES IBD', { billPrefix: 'AGV-' }],
    ]),
    writings: [
      { trait: 'ref-canonical', fn: (n) => INV(n) },
      { trait: 'ref-no-padding', fn: (n) => `INV ${n}` },
      { trait: 'ref-lowercase', fn: (n) => `inv${pad(n, 7)}` },
      { trait: 'ref-serial-only', fn: (n) => `FOR ${n}` },
      { trait: 'ref-slashes', fn: (n) => `INV/${n}` },
      { trait: 'ref-spaces', fn: (n) => `INV 0000 ${n}` },
    ],
    plainIn: ['PAYMENT', 'BIRDS AND EGGS', 'FOR CHICKEN'],
    plainOut: ['SUPPLY', 'ON ACCOUNT'],
    inbound(c, text, { refOnly }) {
      if (c.cash) return { text: `CASH DEPOSIT - ${c.bank}`, ref: '' };
      if (refOnly) return { text: `NIP TRF FROM ${c.bank}`, ref: text };
      return { text: `NIP TRF FROM ${c.bank} - ${text}`, ref: sess() };
    },
    outbound(s, text) {
      return { text: `NIP TRF TO ${s.bank} - ${text}`, ref: sess() };
    },
    inFees(a, { who }) {
      return who?.cash || a < 1000000 ? [] : [{ amount: 5000, text: 'EMT LEVY', kind: 'levy' }];
    },
    outFees(a) {
      const f = a <= 500000 ? 1075 : a <= 5000000 ? 2688 : 5375;
      return [{ amount: f, text: 'NIP TRANSFER CHARGE INCL VAT', kind: 'charge' }];
    },
    listText: (ns) => `INV ${ns[0]}, ${ns[1]} & ${ns[2]}`,
    instalmentText: (w, k) => `${w} ${k === 1 ? 'FIRST' : 'BALANCE'} INSTALMENT`,
    lessCnText: (w, cn) => `${w} LESS CN ${pad(cn, 3)}`,
    customerPo: (r) => {
      const n = r.int(20000, 89999);
      return { bank: `LPO NO ${n}`, book: `LPO ${n}` };
    },
    unknownPayers: [
      { bank: 'OLAITAN & SONS GLOBAL', text: 'TRANSFER' },
      { bank: 'CHIDINMA OKAFOR', text: 'MOBILE TRF' },
    ],
    refundOutText: (cn) => `REFUND CN ${cn}`,
    refundFields: (c, cn) => ({ doc: 'Make Payment', memo: `Refund of CN-${pad(cn, 7)} to ${c.book}` }),
    gatewayFee: (g) => Math.min(Math.floor((g * 14) / 1000), 200000),
    gateways: [
      {
        id: (r) => `FLW-STL-${r.int(100000, 999999)}`,
        text: (id) => `FLUTTERWAVE SETTLEMENT ${id}`,
        ref: () => '',
        book: (id) => ({ doc: 'Journal Entry', party: 'Flutterwave', memo: `Flutterwave collections gross ${id}` }),
      },
      {
        id: (r) => `${r.int(2100000, 2999999)}`,
        text: (id) => `OPAY POS SETTLEMENT BATCH ${id}`,
        ref: () => '',
        book: (id, part) =>
          part === 'gross'
            ? { doc: 'Journal Entry', party: 'OPay', memo: `OPay POS sales batch ${id}` }
            : { doc: 'Journal Entry', party: 'OPay', memo: `OPay POS merchant service charge batch ${id}` },
      },
      {
        id: () => null,
        text: () => 'MONNIFY SETTLEMENT',
        ref: () => '',
        book: () => ({ doc: 'Journal Entry', party: 'Monnify', memo: 'Monnify transfer collections (gross)' }),
      },
    ],
    billOurs: (k) => `BILL-${pad(80 + k, 7)}`,
    billText: (b) => `PYMT ${b.theirs}`,
    paymentFields: (s, b) => ({ doc: 'Make Payment', memo: `Payment for ${b.ours} (${s.book} inv ${b.theirs})` }),
    receiptFields: (c, invs, x) => ({
      doc: 'Receive Payment',
      memo:
        `Payment for ${invs.map(INV).join(', ')}` +
        (x.creditNote ? ` less CN-${pad(x.creditNote, 7)}` : '') +
        (x.order ? ` (customer ${x.order})` : ''),
    }),
    supplierRefundFields: (s) => ({ doc: 'Receive Payment', memo: `Refund from ${s.book} - returned crates` }),
    partMark: (k) => ` - TRF ${k} OF 2`,
    twinText: 'TRIP IBADAN-LAGOS',
    twinFields: (s) => ({ doc: 'Make Payment', memo: `Haulage trip Ibadan-Lagos - ${s.book}` }),
    reversalText: (s) => `RVSL NIP TRF TO ${s.bank} - BENEFICIARY BANK NOT AVAILABLE`,
    reversalRef: (l) => l.ref,
    fixedPayments(r) {
      const batch = r.int(3000, 9999);
      const pd = digits(r, 10);
      const rrr1 = `${r.int(1100, 3999)}-${r.int(1000, 9999)}-${r.int(1000, 9999)}`;
      const rrr2 = `${r.int(1100, 3999)}-${r.int(1000, 9999)}-${r.int(1000, 9999)}`;
      const meter = `${r.int(4500, 4599)}${digits(r, 7)}`;
      return [
        {
          day: 17,
          range: [2800000, 3600000],
          bankText: `BULK TRANSFER SALARY ${M} ${y} BATCH ${batch}`,
          fees: [
            { amount: 50000, text: 'BULK TRANSFER CHARGE', kind: 'charge' },
            { amount: 3750, text: 'VAT ON BULK TRANSFER CHARGE', kind: 'fee-vat' },
          ],
          book: { doc: 'Journal Entry', party: 'Staff', memo: `Net salaries ${M} ${y} - bulk batch ${batch}` },
          traits: ['payroll'],
        },
        {
          day: 6,
          range: [180000, 260000],
          bankText: `OYSIRS PAYE ${prevM}${yy} PAYDIRECT ${pd}`,
          book: {
            doc: 'Make Payment',
            party: 'Oyo State Internal Revenue Service',
            memo: `PAYE ${prevM} ${y} PayDirect ref ${pd}`,
          },
          traits: ['statutory'],
        },
        {
          day: 7,
          range: [150000, 240000],
          bankText: `REMITA/PENCOM/RRR ${rrr1}`,
          book: {
            doc: 'Make Payment',
            party: 'Pension fund administrators',
            memo: `Pension ${prevM} ${y} RRR ${rrr1}`,
          },
          traits: ['statutory'],
        },
        {
          day: 14,
          range: [300000, 520000],
          bankText: `REMITA/FIRS VAT ${prevM} ${y}/RRR ${rrr2}`,
          book: {
            doc: 'Make Payment',
            party: 'Federal Inland Revenue Service',
            memo: `VAT return ${prevM} ${y} RRR ${rrr2}`,
          },
          traits: ['statutory'],
        },
        {
          day: 9,
          range: [90000, 180000],
          bankText: `BUYPOWER/IBEDC PREPAID ${meter}`,
          book: { doc: 'Make Payment', party: 'IBEDC', memo: `Electricity token meter ${meter}` },
          traits: ['utility'],
        },
      ];
    },
    cardPurchase: { range: [8000, 45000], text: 'POS PURCHASE SHOPRITE RING ROAD IBADAN' },
    priorItem: (r) => {
      const chq = pad(r.int(1200, 1299), 8);
      return { text: `INWARD CLEARING CHQ NO ${chq}`, ref: chq, trait: 'prior-month-cheque' };
    },
    outstanding: (r, last) => {
      const chq = pad(r.int(1300, 1399), 8);
      return [
        {
          why: 'cheque not yet presented',
          sign: -1,
          range: [300000, 900000],
          date: null,
          book: {
            doc: 'Make Payment',
            party: 'Ogun Grains & Maize Merchants',
            memo: `Cheque ${chq} - maize on account`,
          },
        },
        {
          why: 'payment booked on the last day, sent by the bank next month',
          sign: -1,
          range: [200000, 700000],
          book: {
            doc: 'Make Payment',
            party: 'Vetcare Nigeria Ltd',
            memo: 'Payment for vaccines - Newcastle and Gumboro',
          },
        },
        {
          why: 'lodgement not yet credited',
          sign: 1,
          range: [250000, 800000],
          book: { doc: 'Receive Payment', party: 'Kings Court Hotel Ltd', memo: `Cheque lodged ${last}` },
        },
      ];
    },
    monthEnd(m) {
      const last = m.days[m.days.length - 1];
      const amf = Math.floor(sumOut(m) / 1000);
      return [
        { date: last, amount: -amf, text: `ACCOUNT MAINTENANCE FEE ${M} ${y}`, kind: 'charge' },
        {
          date: last,
          amount: -Math.floor((amf * 75 + 500) / 1000),
          text: 'VAT ON ACCOUNT MAINTENANCE FEE',
          kind: 'fee-vat',
        },
        { date: last, amount: -m.take(r4(m, 'sms', 40000, 60000)), text: 'SMS ALERT CHARGES', kind: 'charge' },
      ];
    },
    numbering: { receipt: ['RP-', 7, 610], payment: ['MP-', 7, 2210], journal: ['JE-', 7, 315] },
    files: {
      bank: `lapo-mfb-0211448570-${M.toLowerCase()}${y}.csv`,
      ledger: `deskera-general-ledger-1010-${M.toLowerCase()}${y}.xlsx`,
      bankName: 'LAPO Microfinance Bank Limited',
      package: 'Deskera Books (Reports → General Ledger of account 1010 LAPO MFB Current, exported to Excel)',
      set: 'ng-lapo-deskera',
      ledgerAccount: '1010',
    },
    business: 'Ebenezer Poultry & Feeds Ltd',
    bankLayout(lines, meta) {
      const head = ['Tran Date', 'Value Date', 'Narration', 'Chq/Ref No', 'Withdrawals', 'Lodgements', 'Balance'];
      const rows = [
        ['LAPO MICROFINANCE BANK LIMITED'],
        ['CUSTOMER ACCOUNT STATEMENT'],
        ['Account Name:', 'EBENEZER POULTRY & FEEDS LTD'],
        ['Account Number:', '0211448570'],
        ['Branch:', 'BODIJA, IBADAN'],
        ['Period:', `${dmy(meta.from, '-')} To ${dmy(meta.to, '-')}`],
        ['Opening Balance:', grouped(meta.opening)],
        ['Closing Balance:', grouped(meta.closing)],
        [],
        head,
      ];
      const out = [];
      let w = 0,
        d = 0;
      for (const l of lines) {
        rows.push([
          dmy(l.date),
          dmy(l.date),
          l.text,
          l.ref,
          l.amount < 0 ? grouped(-l.amount) : '',
          l.amount > 0 ? grouped(l.amount) : '',
          grouped(l.balance),
        ]);
        if (l.amount < 0) w -= l.amount;
        else d += l.amount;
        out.push({ l, row: rows.length, text: l.text, reference: l.ref || null });
      }
      rows.push(['TOTAL', '', '', '', grouped(w), grouped(d), '']);
      return {
        format: 'csv',
        csv: {},
        rows,
        headerRow: 10,
        lineRows: out,
        nonEntryRows: [
          { row: rows.length, why: 'statement totals row (withdrawals and lodgements of the period), no date' },
        ],
        order: 'oldest-first',
        readOptions: {
          currency: 'NGN',
          dateOrder: 'DMY',
          mapping: {
            date: 'Tran Date',
            valueDate: 'Value Date',
            description: 'Narration',
            reference: 'Chq/Ref No',
            moneyOut: 'Withdrawals',
            moneyIn: 'Lodgements',
            balance: 'Balance',
          },
        },
        layout:
          'LAPO internet banking statement download (CSV): eight preamble rows and a blank, header in row 10, dd/mm/yyyy text dates, grouped amounts in quotes, a TOTAL row',
      };
    },
    ledgerLayout(rows, meta) {
      const head = [
        'Account',
        'Date',
        'Document Type',
        'Document Number',
        'Contact',
        'Memo',
        'Debit (NGN)',
        'Credit (NGN)',
        'Balance (NGN)',
      ];
      const out = [
        ['Ebenezer Poultry & Feeds Ltd'],
        ['General Ledger'],
        [`From ${dmy(meta.from, '-')} To ${dmy(meta.to, '-')}`],
        ['Currency: NGN'],
        [],
        head,
        ['1010 - LAPO MFB Current', null, null, null, null, 'Opening Balance', null, null, { n: meta.opening }],
      ];
      const entries = [];
      let bal = meta.opening,
        dr = 0,
        cr = 0;
      for (const r of rows) {
        bal += r.amount;
        if (r.amount > 0) dr += r.amount;
        else cr -= r.amount;
        out.push([
          null,
          dmy(r.date, '-'),
          r.doc,
          r.ref,
          r.party,
          r.memo,
          r.amount > 0 ? { n: r.amount } : null,
          r.amount < 0 ? { n: -r.amount } : null,
          { n: bal },
        ]);
        entries.push({
          r,
          row: out.length,
          reference: r.ref,
          description: r.memo,
          party: r.party,
          account: '1010',
          balance: bal,
        });
      }
      out.push(['Total for 1010 - LAPO MFB Current', null, null, null, null, null, { n: dr }, { n: cr }, null]);
      const totalRow = out.length;
      out.push([null, null, null, null, null, 'Closing Balance', null, null, { n: bal }]);
      return {
        format: 'xlsx',
        sheet: 'General Ledger',
        widths: [26, 12, 16, 14, 30, 60, 14, 14, 14],
        rows: out,
        headerRow: 6,
        entries,
        nonEntryRows: [{ row: totalRow, why: 'the account section total (debits and credits of the period), no date' }],
        readOptions: {
          currency: 'NGN',
          sheet: 'General Ledger',
          dateOrder: 'DMY',
          mapping: {
            date: 'Date',
            reference: 'Document Number',
            party: 'Contact',
            description: 'Memo',
            moneyIn: 'Debit (NGN)',
            moneyOut: 'Credit (NGN)',
            balance: 'Balance (NGN)',
          },
        },
        layout:
          'Deskera Books General Ledger exported to Excel: five title rows, header in row 6, the account on its Opening Balance row only, dd-mm-yyyy text dates, Total and Closing Balance rows',
      };
    },
  };
}
/** a fresh amount for a bank-charge line, stored in the month's used set by the caller. */
function r4(m, _what, lo, hi) {
  for (;;) {
    const a = m.rng.int(lo, hi);
    if (!m.used.has(a)) return a;
  }
}
export { ng, pad, cust, sumOut, digits, r4 };
