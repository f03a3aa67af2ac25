// holdout33 — KE: Bahari Cold Chain Logistics Ltd, Mombasa. DIB Bank Kenya (XLSX, newest first) · xTuple ERP (CSV)
import { dec, dmy, monName } from './lib33.mjs';
import { pad, cust, digits, r4 } from './sets33.mjs';

export function ke(rng, y, mo) {
  const M = monName(mo);
  const prevM = monName(mo === 1 ? 12 : mo - 1);
  const ft = () =>
    `FT${String(y).slice(2)}${rng.int(100, 365)}${'BCDFGHJKLMNPQRSTVWXZ'[rng.int(0, 19)]}${'BCDFGHJKLMNPQRSTVWXZ'[rng.int(0, 19)]}${digits(rng, 3)}`;
  return {
    country: 'KE',
    currency: 'KES',
    timezone: 'Africa/Nairobi',
    cents: true,
    roundUnit: 1000,
    range: { invoice: [40000, 620000], bill: [35000, 700000] },
    invStart: 60318,
    cnStart: 7100,
    whtPermille: 30,
    whtTrait: 'short-withholding-tax-3pct',
    channelLimit: 999999,
    customers: cust([
      ['Kilindini Fish Exporters Ltd', 'KILINDINI FISH EXP'],
      ['Shanzu Bay Resort Ltd', 'SBR HOLDINGS'],
      ['Coast Fresh Mangoes Ltd', 'COAST FRESH MANGOES'],
      ['Malindi Marine Products', 'MALINDI MARINE PROD'],
      ['Changamwe Dairy Co-operative', 'CHANGAMWE DAIRY'],
      ['Mtwapa Supermarkets Ltd', 'MTWAPA SUPERMKTS'],
      ['Likoni Fishmongers Association', 'LIKONI FISHMONGERS'],
      ['Kwale Avocado Packers', 'KWALE AVOCADO PACK', { cash: true }],
      ['Bamburi Ice Cream Makers', 'BAMBURI ICE CREAM'],
      ['Diani Coral Hotels Ltd', 'DIANI CORAL HOTELS'],
      ['Kibarani Meat Processors', 'KIBARANI MEAT'],
      ['Port Reitz Pharma Distributors', 'PORT REITZ PHARMA'],
      ['Voi Fruit Growers SACCO', 'VOI FRUIT GROWERS'],
      ['County Government of Mombasa - Health', 'COUNTY GOVT OF MOMBASA'],
      ['Tudor Creek Seafoods', 'TUDOR CREEK SEAFOODS'],
      ['Makupa Fruit Market Traders', 'MAKUPA FRUIT TRADERS'],
      ['Omar Salim Fish Trader', 'SALIM OMAR'],
      ['Kongowea Green Grocers', 'KONGOWEA GROCERS'],
      ['Pwani Supermarkets Ltd', 'PWANI SUPERMKTS'],
      ['Mariakani Milk Bar', 'MARIAKANI MILK BAR'],
    ]),
    suppliers: cust([
      ['Coastline Fuel Distributors', 'COASTLINE FUEL', { billPrefix: 'CFD-' }],
      ['Kenya Reefer Spares Ltd', 'KENYA REEFER SPARES', { billPrefix: 'KRS/' }],
      ['Mombasa Tyre Centre', 'MSA TYRE CENTRE', { billPrefix: 'MTC' }],
      ['Changamwe Ice Plant', 'CHANGAMWE ICE PLANT', { billPrefix: 'CIP-' }],
      ['Juma Hamisi Loaders', 'JUMA HAMISI LOADERS', { billPrefix: 'JHL-' }],
      ['Shimanzi Security Services', 'SHIMANZI SECURITY', { billPrefix: 'SSS-' }],
      ['Cold Box Engineering EA Ltd', 'COLD BOX ENGINEERING', { billPrefix: 'CBE-' }],
      ['Bakari Transport Agencies', 'BAKARI TRANSPORT', { billPrefix: 'BTA-' }],
      ['Jomvu Refrigeration Gas', 'JOMVU REFRIG GAS', { billPrefix: 'JRG-' }],
      ['Kipevu Packaging Ltd', 'KIPEVU PACKAGING', { billPrefix: 'KPL-' }],
    ]),
    writings: [
      { trait: 'ref-canonical', fn: (n) => `INV-${n}` },
      { trait: 'ref-lowercase', fn: (n) => `inv${n}` },
      { trait: 'ref-words', fn: (n) => `INVOICE NO. ${n}` },
      { trait: 'ref-serial-only', fn: (n) => `${n}` },
      { trait: 'ref-split-digits', fn: (n) => `INV ${String(n).slice(0, 2)}/${String(n).slice(2)}` },
      { trait: 'ref-hash', fn: (n) => `#${n}` },
    ],
    plainIn: ['COLD STORAGE', 'PAYMENT', 'TRANSPORT CHARGES'],
    plainOut: ['LOADING', 'SECURITY'],
    inbound(c, text, { refOnly }) {
      if (c.cash) return { text: `CASH DEPOSIT BY ${c.bank}`, ref: '' };
      if (refOnly) return { text: `EFT CREDIT FROM ${c.bank}`, ref: text };
      return { text: `EFT CREDIT FROM ${c.bank} ${text}`, ref: ft() };
    },
    outbound(s, text) {
      return { text: `EFT PAYMENT TO ${s.bank} ${text}`, ref: ft() };
    },
    inFees: () => [],
    outFees: () => [
      { amount: 10000, text: 'EFT CHARGES', kind: 'charge' },
      { amount: 2000, text: 'EXCISE DUTY ON EFT CHARGES', kind: 'tax' },
    ],
    listText: (ns) => `INV ${ns[0]}, ${ns[1]}, ${ns[2]}`,
    instalmentText: (w, k) => `${w} ${k === 1 ? 'DEPOSIT' : 'BALANCE'}`,
    lessCnText: (w, cn) => `${w} LESS CRN ${cn}`,
    customerPo: (r) => {
      const n = r.int(410000, 499999);
      return { bank: `LPO ${n}`, book: `LPO ${n}` };
    },
    unknownPayers: [
      { bank: 'PETER KAMAU NJOROGE', text: 'PAYMENT' },
      { bank: 'SEAGATE TRADERS', text: 'GOODS' },
    ],
    refundOutText: (cn) => `REFUND CRN ${cn}`,
    refundFields: (c, cn) => ({ src: 'A/P', doc: 'CK', memo: `Customer refund credit memo ${cn} - ${c.book}` }),
    gatewayFee: (g) => Math.floor((g * 15) / 1000),
    gateways: [
      {
        id: (r) => `TJ${'BCDFGHJKLMNPQRSTVWXZ'[r.int(0, 19)]}${r.int(1000000, 9999999)}`,
        text: () => 'MPESA PAYBILL 4071183 SETTLEMENT',
        ref: (id) => id,
        book: (id) => ({ src: 'G/L', doc: 'JE', memo: `M-PESA paybill collections gross sweep ${id}` }),
      },
      {
        id: (r) => `PPL${r.int(20000000, 29999999)}`,
        text: (id) => `PESAPAL SETTLEMENT ${id}`,
        ref: () => '',
        book: (id, part) => ({
          src: 'G/L',
          doc: 'JE',
          memo: part === 'gross' ? `Pesapal card collections ${id}` : `Pesapal fees ${id}`,
        }),
      },
      {
        id: () => null,
        text: () => 'CELLULANT TINGG PAYOUT',
        ref: () => '',
        book: () => ({ src: 'G/L', doc: 'JE', memo: 'Tingg (Cellulant) collections gross' }),
      },
    ],
    billOurs: (k) => `${4400 + k}`,
    billText: (b) => `${b.theirs}`,
    paymentFields: (s, b) => ({ src: 'A/P', doc: 'CK', memo: `${s.book} - Voucher ${b.ours} - inv ${b.theirs}` }),
    receiptFields: (c, invs, x) => ({
      src: 'A/R',
      doc: 'CR',
      ref: `${invs[0]}`,
      memo:
        `Cash Receipt - ${c.book} - Invoice ${invs[0]}` +
        (x.creditNote ? ` less credit memo ${x.creditNote}` : '') +
        (x.order ? ` - ${x.order}` : ''),
    }),
    supplierRefundFields: (s) => ({
      src: 'A/R',
      doc: 'CR',
      memo: `Misc. receipt - refund from ${s.book} - returned cartons`,
    }),
    partMark: (k) => ` PT${k}`,
    twinText: 'TRIP MSA-NBI',
    twinFields: (s) => ({ src: 'A/P', doc: 'CK', memo: `${s.book} - trip Mombasa-Nairobi` }),
    reversalText: (s) => `RETURNED EFT ${s.bank} - ACCOUNT CLOSED`,
    reversalRef: (l) => l.ref,
    fixedPayments(r) {
      const batch = r.int(100, 999);
      const prn1 = `${r.int(1100, 1199)}${digits(r, 9)}`;
      const prn2 = `${r.int(1100, 1199)}${digits(r, 9)}`;
      const sha = `SHA${digits(r, 8)}`;
      const nssf = `${r.int(1000000, 9999999)}`;
      const kplc = `${r.int(3700000, 3799999)}${digits(r, 4)}`;
      return [
        {
          day: 17,
          range: [1300000, 1700000],
          bankText: `BULK SALARY PAYMENT ${M} ${y} BATCH ${batch}`,
          fees: [
            { amount: 150000, text: 'BULK PAYMENT CHARGES', kind: 'charge' },
            { amount: 30000, text: 'EXCISE DUTY ON BULK PAYMENT CHARGES', kind: 'tax' },
          ],
          book: { src: 'G/L', doc: 'JE', memo: `Net salaries ${M} ${y} bulk batch ${batch}` },
          traits: ['payroll'],
        },
        {
          day: 5,
          range: [180000, 260000],
          bankText: `KRA PAYE ${prevM} ${y} PRN ${prn1}`,
          book: { src: 'A/P', doc: 'CK', memo: `KRA PAYE ${prevM} ${y} PRN ${prn1}` },
          traits: ['statutory'],
        },
        {
          day: 5,
          range: [25000, 40000],
          bankText: `KRA AHL HOUSING LEVY PRN ${prn2}`,
          book: { src: 'A/P', doc: 'CK', memo: `Affordable housing levy ${prevM} ${y} PRN ${prn2}` },
          traits: ['statutory'],
        },
        {
          day: 6,
          range: [30000, 52000],
          bankText: `SHA SHIF ${prevM} ${y} ${sha}`,
          book: { src: 'A/P', doc: 'CK', memo: `SHIF contributions ${prevM} ${y} ref ${sha}` },
          traits: ['statutory'],
        },
        {
          day: 6,
          range: [40000, 70000],
          bankText: `NSSF TIER I II ${prevM} ${y} EMP ${nssf}`,
          book: { src: 'A/P', doc: 'CK', memo: `NSSF ${prevM} ${y} employer ${nssf}` },
          traits: ['statutory'],
        },
        {
          day: 12,
          range: [160000, 290000],
          bankText: `KPLC POSTPAID ACC ${kplc}`,
          book: { src: 'A/P', doc: 'CK', memo: `Kenya Power cold room account ${kplc}` },
          traits: ['utility'],
        },
      ];
    },
    cardPurchase: { range: [1800, 9500], text: 'CARD PURCHASE NAIVAS NYALI MOMBASA' },
    priorItem: (r) => {
      const chq = pad(r.int(200, 299), 6);
      return { text: `CHQ NO ${chq} PAID CLEARING`, ref: chq, trait: 'prior-month-cheque' };
    },
    outstanding: (r) => {
      const chq = r.int(300, 399);
      return [
        {
          why: 'cheque not yet presented',
          sign: -1,
          range: [60000, 240000],
          book: {
            src: 'A/P',
            doc: 'CK',
            ref: pad(chq, 6),
            memo: `Coastline Fuel Distributors - cheque ${pad(chq, 6)}`,
          },
        },
        {
          why: 'payment booked on the last day, sent by the bank next month',
          sign: -1,
          range: [50000, 200000],
          book: { src: 'A/P', doc: 'CK', memo: 'Mombasa Tyre Centre - retreads on account' },
        },
        {
          why: 'lodgement not yet credited',
          sign: 1,
          range: [80000, 260000],
          book: { src: 'A/R', doc: 'CR', memo: 'Cash Receipt - Kilindini Fish Exporters Ltd - cheque deposited' },
        },
      ];
    },
    monthEnd(m) {
      const last = m.days[m.days.length - 1];
      return [
        { date: last, amount: -100000, text: 'MONTHLY LEDGER FEE', kind: 'charge' },
        { date: last, amount: -20000, text: 'EXCISE DUTY ON LEDGER FEE', kind: 'tax' },
        { date: last, amount: -m.take(r4(m, 'sms', 15000, 32000)), text: 'SMS ALERT CHARGES', kind: 'charge' },
      ];
    },
    numbering: { receipt: ['', 5, 70110], payment: ['', 5, 10245], journal: ['JE-', 4, 1183] },
    files: {
      bank: `dib-kenya-1002016633001-${M.toLowerCase()}${y}.xlsx`,
      ledger: `xtuple-gl-transactions-01-01-1050-01-${M.toLowerCase()}${y}.csv`,
      bankName: 'DIB Bank Kenya Limited',
      package:
        'xTuple ERP 6 (Accounting → General Ledger → Reports → Transactions, account 01-01-1050-01, exported to CSV)',
      set: 'ke-dib-xtuple',
      ledgerAccount: '01-01-1050-01',
    },
    business: 'Bahari Cold Chain Logistics Ltd',
    bankLayout(lines, meta) {
      const head = [
        'Posting Date',
        'Value Date',
        'Description',
        'Transaction Reference',
        'Debit',
        'Credit',
        'Running Balance',
      ];
      const z = 'dd-mmm-yyyy';
      const rows = [
        ['DIB Bank Kenya Limited'],
        ['Account Statement'],
        ['Account Title', 'BAHARI COLD CHAIN LOGISTICS LTD'],
        ['Account Number', '1002016633001'],
        ['Currency', 'KES'],
        ['From', { d: meta.from, z }, 'To', { d: meta.to, z }],
        ['Opening Balance', { n: meta.opening }],
        ['Closing Balance', { n: meta.closing }],
        [],
        head,
      ];
      const out = [];
      for (const l of lines.slice().reverse()) {
        rows.push([
          { d: l.date, z },
          { d: l.date, z },
          l.text,
          l.ref || null,
          l.amount < 0 ? { n: -l.amount } : null,
          l.amount > 0 ? { n: l.amount } : null,
          { n: l.balance },
        ]);
        out.push({ l, row: rows.length, text: l.text, reference: l.ref || null });
      }
      out.reverse();
      return {
        format: 'xlsx',
        sheet: 'Account Statement',
        widths: [13, 13, 60, 22, 14, 14, 16],
        rows,
        headerRow: 10,
        lineRows: out.sort((a, b) => a.row - b.row),
        nonEntryRows: [],
        order: 'newest-first',
        readOptions: {
          currency: 'KES',
          sheet: 'Account Statement',
          mapping: {
            date: 'Posting Date',
            valueDate: 'Value Date',
            description: 'Description',
            reference: 'Transaction Reference',
            moneyOut: 'Debit',
            moneyIn: 'Credit',
            balance: 'Running Balance',
          },
        },
        layout:
          'DIB Bank Kenya online banking statement exported to Excel, newest first: eight preamble rows (numeric balances, date cells in the period row) and a blank, header in row 10, real date cells shown dd-mmm-yyyy, no totals',
      };
    },
    ledgerLayout(rows, meta) {
      const head = [
        'Date',
        'Source',
        'Doc. Type',
        'Doc. #',
        'Reference',
        'Account',
        'Debit',
        'Credit',
        'Running Total',
      ];
      const out = [head];
      const entries = [];
      let bal = meta.opening;
      for (const r of rows) {
        bal += r.amount;
        out.push([
          dmy(r.date),
          r.src,
          r.doc,
          r.ref,
          r.memo,
          '01-01-1050-01',
          r.amount > 0 ? dec(r.amount) : '',
          r.amount < 0 ? dec(-r.amount) : '',
          dec(bal),
        ]);
        entries.push({
          r,
          row: out.length,
          reference: r.ref || null,
          description: r.memo,
          party: null,
          account: '01-01-1050-01',
          balance: bal,
        });
      }
      return {
        format: 'csv',
        csv: {},
        rows: out,
        headerRow: 1,
        entries,
        nonEntryRows: [],
        readOptions: {
          currency: 'KES',
          dateOrder: 'DMY',
          mapping: {
            date: 'Date',
            reference: 'Doc. #',
            description: 'Reference',
            moneyIn: 'Debit',
            moneyOut: 'Credit',
            balance: 'Running Total',
            account: 'Account',
          },
        },
        layout:
          'xTuple General Ledger Transactions of one account exported to CSV: header in row 1, dd/mm/yyyy dates, Source and Doc. Type codes (A/R CR, A/P CK, G/L JE), the party only inside Reference, ungrouped amounts, a running total and no opening or closing rows',
      };
    },
  };
}
