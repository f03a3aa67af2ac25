// holdout33 — GH: Nyame Dua Building Materials Enterprise, Kasoa. Advans Ghana Savings and Loans (XLSX) ·
// Apache OFBiz (CSV)
import { dec, dmy, monName } from './lib33.mjs';
import { pad, cust, digits, r4 } from './sets33.mjs';

export function gh(rng, y, mo) {
  const CI = (n) => `CI${n}`;
  const M = monName(mo);
  const prevM = monName(mo === 1 ? 12 : mo - 1);
  const gip = () => `GIP${digits(rng, 12)}`;
  const slug = (s) =>
    s
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, '_')
      .replace(/_+$/, '');
  return {
    country: 'GH',
    currency: 'GHS',
    timezone: 'Africa/Accra',
    cents: true,
    roundUnit: 100,
    range: { invoice: [2500, 38000], bill: [3000, 42000] },
    invStart: 10412,
    cnStart: 5140,
    whtPermille: 30,
    whtTrait: 'short-withholding-tax-3pct',
    channelLimit: 50000,
    customers: cust([
      ['Asamoah Construction Ltd', 'ASAMOAH CONSTRUCTION'],
      ['Kasoa Hardware Centre', 'KOFI BOATENG'],
      ['Millennium City Estates Ltd', 'MILLENNIUM CITY EST'],
      ['Obom Road Builders', 'OBOM RD BUILDERS'],
      ['Akweley Homes Ltd', 'AKWELEY HOMES'],
      ['Gomoa Central District Assembly', 'GOMOA CENTRAL DA'],
      ['Budumburam Block Factory', 'BUDUMBURAM BLOCK FACTORY'],
      ['Adwoa Serwaa Enterprise', 'ADWOA SERWAA', { cash: true }],
      ['Senya Beraku Roofing Works', 'SENYA BERAKU ROOFING', { cash: true }],
      ['Tema Steelworks Distributors', 'TEMA STEELWORKS DIST'],
      ['Opeikuma Developers', 'OPEIKUMA DEVELOPERS'],
      ['Winneba Road Motels Ltd', 'WINNEBA RD MOTELS'],
      ['Bawjiase Community SHS', 'BAWJIASE COMM SHS'],
      ['Ghana Highway Authority', 'GHANA HIGHWAY AUTH'],
      ['Nyanyano Beach Resort', 'NYANYANO BEACH RESORT'],
      ['Awutu Plaza Stores', 'AWUTU PLAZA STORES'],
      ['Yaw Ofori Masonry', 'OFORI YAW'],
      ['Kasoa Glass & Aluminium Works', 'KASOA GLASS ALU'],
      ['Central Regional Hospital Works Dept', 'CENTRAL REG HOSPITAL'],
      ['Ewusi Tiling Contractors', 'EWUSI TILING'],
    ]),
    suppliers: cust([
      ['Coastal Cement Distributors', 'COASTAL CEMENT DIST', { billPrefix: 'CCD-' }],
      ['Tema Iron Rods Ltd', 'TEMA IRON RODS', { billPrefix: 'TIR/' }],
      ['Kumasi Roofing Sheets Co', 'KSI ROOFING SHEETS', { billPrefix: 'KRS' }],
      ['Weija Sand & Stone Quarry', 'WEIJA QUARRY', { billPrefix: 'WSQ-' }],
      ['Kwesi Mensah Tipper Services', 'KWESI MENSAH TIPPER', { billPrefix: 'KMT-' }],
      ['Ofankor Timber Traders', 'OFANKOR TIMBER', { billPrefix: 'OTT-' }],
      ['Accra Plumbing Wholesale Ltd', 'ACCRA PLUMBING WHOLESALE', { billPrefix: 'APW-' }],
      ['Ampofo Haulage Services', 'AMPOFO HAULAGE', { billPrefix: 'AHS-' }],
      ['Spintex Paint Factory', 'SPINTEX PAINT', { billPrefix: 'SPF-' }],
      ['Dansoman Tiles Importers', 'DANSOMAN TILES', { billPrefix: 'DTI-' }],
    ]),
    writings: [
      { trait: 'ref-canonical', fn: (n) => CI(n) },
      { trait: 'ref-lowercase', fn: (n) => `ci ${n}` },
      { trait: 'ref-other-prefix', fn: (n) => `INV ${n}` },
      { trait: 'ref-hyphen', fn: (n) => `CI-${n}` },
      { trait: 'ref-words', fn: (n) => `INVOICE NO ${n}` },
      { trait: 'ref-serial-only', fn: (n) => `${n}` },
    ],
    plainIn: ['BLOCKS AND CEMENT', 'PAYMENT', 'MATERIALS'],
    plainOut: ['HAULAGE', 'TIMBER'],
    inbound(c, text, { refOnly }) {
      if (c.cash) return { text: `CASH DEPOSIT BY ${c.bank}`, ref: '' };
      if (refOnly) return { text: `GHIPSS INSTANT PAY FROM ${c.bank}`, ref: text };
      return { text: `GHIPSS INSTANT PAY FROM ${c.bank} /${text}`, ref: gip() };
    },
    outbound(s, text) {
      return { text: `GHIPSS INSTANT PAY TO ${s.bank} /${text}`, ref: gip() };
    },
    inFees: () => [],
    outFees(a) {
      const f = a <= 100000 ? 200 : a <= 1000000 ? 500 : 1000;
      return [{ amount: f, text: 'GIP TRANSFER CHARGE', kind: 'charge' }];
    },
    listText: (ns) => `CI${ns[0]}, CI${ns[1]} & CI${ns[2]}`,
    instalmentText: (w, k) => `${w} ${k === 1 ? 'FIRST' : 'SECOND'} INSTALMENT`,
    lessCnText: (w, cn) => `${w} LESS CN${cn}`,
    customerPo: (r) => {
      const n = r.int(300, 899);
      return { bank: `LPO CRH/WD/${n}`, book: `LPO CRH/WD/${n}` };
    },
    unknownPayers: [
      { bank: 'EMMANUEL TETTEH', text: 'PAYMENT' },
      { bank: 'GOLDEN STOOL VENTURES', text: 'GOODS' },
    ],
    refundOutText: (cn) => `REFUND CN${cn}`,
    refundFields: (c, cn) => ({
      doc: 'OUTGOING_PAYMENT',
      memo: `Customer refund CN${cn} ${c.book}`,
      invoice: `CN${cn}`,
    }),
    gatewayFee: (g) => Math.floor((g * 195) / 10000),
    gateways: [
      {
        id: (r) => `ZP${r.int(4000000, 4999999)}`,
        text: (id) => `ZEEPAY MERCHANT SETTLEMENT ${id}`,
        ref: () => '',
        book: (id) => ({ doc: 'MANUAL', party: 'ZEEPAY', memo: `Zeepay wallet collections gross ${id}` }),
      },
      {
        id: (r) => `${r.int(880000, 889999)}`,
        text: () => 'MTN MOMO MERCHANT PAYOUT',
        ref: (id) => `MOMO BATCH ${id}`,
        book: (id, part) =>
          part === 'gross'
            ? { doc: 'MANUAL', party: 'MTN_MOMO', memo: `MoMo merchant collections batch ${id}` }
            : { doc: 'MANUAL', party: 'MTN_MOMO', memo: `MoMo merchant fee batch ${id}` },
      },
      {
        id: () => null,
        text: () => 'SLYDEPAY SETTLEMENT',
        ref: () => '',
        book: () => ({ doc: 'MANUAL', party: 'SLYDEPAY', memo: 'Slydepay card and wallet collections (gross)' }),
      },
    ],
    billOurs: (k) => `SI${20310 + k}`,
    billText: (b) => `PYT ${b.theirs}`,
    paymentFields: (s, b) => ({
      doc: 'OUTGOING_PAYMENT',
      memo: `Vendor payment ${s.book} inv ${b.theirs}`,
      invoice: b.ours,
    }),
    receiptFields: (c, invs, x) => ({
      doc: 'INCOMING_PAYMENT',
      memo:
        `Customer payment ${c.book}` +
        (x.creditNote ? ` net of CN${x.creditNote}` : '') +
        (x.order ? ` ${x.order}` : ''),
      invoice: invs.map(CI).join(' '),
    }),
    supplierRefundFields: (s) => ({
      doc: 'INCOMING_PAYMENT',
      memo: `Refund from ${s.book} - broken tiles returned`,
      invoice: '',
    }),
    partMark: (k) => ` - ${k === 1 ? 'A' : 'B'}`,
    twinText: 'DELIVERY TRIP',
    twinFields: (s) => ({ doc: 'OUTGOING_PAYMENT', memo: `Delivery trip Kasoa-Winneba ${s.book}`, invoice: '' }),
    reversalText: (s) => `REVERSAL GHIPSS INSTANT PAY TO ${s.bank} - INVALID ACCOUNT`,
    reversalRef: (l) => l.ref,
    fixedPayments(r) {
      const batch = r.int(300, 999);
      const tin = `C00${digits(r, 8)}`;
      const er = `${r.int(100000, 999999)}`;
      const prn = `${r.int(61000000, 69999999)}`;
      const ecg = `${r.int(100000, 999999)}${digits(r, 4)}`;
      const gwl = `${r.int(3000, 3999)}${digits(r, 5)}`;
      return [
        {
          day: 17,
          range: [38000, 52000],
          bankText: `ACH BULK PAYMENT SALARIES ${M} ${y} REF SAL${batch}`,
          fees: [{ amount: 4600, text: 'ACH BULK PAYMENT CHARGE (23)', kind: 'charge' }],
          book: {
            doc: 'PAYROLL',
            party: 'EMPLOYEES',
            memo: `Net salaries ${M} ${y} bulk ref SAL${batch}`,
            invoice: '',
          },
          traits: ['payroll'],
        },
        {
          day: 8,
          range: [4200, 6900],
          bankText: `GRA PAYE ${prevM} ${y} TIN ${tin}`,
          book: { doc: 'TAX_PAYMENT', party: 'GRA', memo: `PAYE ${prevM} ${y} GRA TIN ${tin}`, invoice: '' },
          traits: ['statutory'],
        },
        {
          day: 9,
          range: [5200, 7800],
          bankText: `SSNIT CONTRIBUTION ${prevM} ${y} ER ${er}`,
          book: {
            doc: 'TAX_PAYMENT',
            party: 'SSNIT',
            memo: `SSNIT tier 1 ${prevM} ${y} employer no ${er}`,
            invoice: '',
          },
          traits: ['statutory'],
        },
        {
          day: 12,
          range: [9000, 16000],
          bankText: `GRA VAT/NHIL/GETFUND ${prevM} ${y} PRN ${prn}`,
          book: { doc: 'TAX_PAYMENT', party: 'GRA', memo: `VAT return ${prevM} ${y} PRN ${prn}`, invoice: '' },
          traits: ['statutory'],
        },
        {
          day: 5,
          range: [1200, 2600],
          bankText: `ECG POSTPAID BILL ACCT ${ecg}`,
          book: {
            doc: 'OUTGOING_PAYMENT',
            party: 'ECG',
            memo: `Electricity ${prevM} ${y} account ${ecg}`,
            invoice: '',
          },
          traits: ['utility'],
        },
        {
          day: 10,
          range: [300, 900],
          bankText: `GHANA WATER BILL ${gwl}`,
          book: {
            doc: 'OUTGOING_PAYMENT',
            party: 'GHANA_WATER',
            memo: `Water ${prevM} ${y} customer ${gwl}`,
            invoice: '',
          },
          traits: ['utility'],
        },
      ];
    },
    cardPurchase: { range: [250, 1400], text: 'VISA POS PURCHASE KASOA MALL PHARMACY' },
    priorItem: (r) => {
      const chq = pad(r.int(300, 399), 6);
      return { text: `CHQ ${chq} PAID - CLEARING`, ref: chq, trait: 'prior-month-cheque' };
    },
    outstanding: (r, last) => {
      const chq = pad(r.int(400, 499), 6);
      return [
        {
          why: 'cheque not yet presented',
          sign: -1,
          range: [4000, 12000],
          book: {
            doc: 'OUTGOING_PAYMENT',
            party: 'COASTAL_CEMENT_DISTRIBUTORS',
            memo: `Cheque ${chq} Coastal Cement Distributors`,
            invoice: '',
          },
        },
        {
          why: 'payment booked on the last day, sent by the bank next year',
          sign: -1,
          range: [3000, 9000],
          book: {
            doc: 'OUTGOING_PAYMENT',
            party: 'WEIJA_SAND_STONE_QUARRY',
            memo: 'Vendor payment Weija Sand & Stone Quarry chippings',
            invoice: '',
          },
        },
        {
          why: 'lodgement not yet credited',
          sign: 1,
          range: [3000, 11000],
          book: {
            doc: 'INCOMING_PAYMENT',
            party: 'ASAMOAH_CONSTRUCTION_LTD',
            memo: `Cheque lodged ${dmy(last)} Asamoah Construction`,
            invoice: '',
          },
        },
      ];
    },
    monthEnd(m) {
      const last = m.days[m.days.length - 1];
      return [
        { date: last, amount: -2500, text: `MONTHLY A/C MAINTENANCE FEE ${M} ${y}`, kind: 'charge' },
        { date: last, amount: -m.take(r4(m, 'sms', 400, 900)), text: 'SMS ALERT FEE', kind: 'charge' },
      ];
    },
    numbering: { receipt: ['', 5, 30210], payment: ['', 5, 30210], journal: null, shared: true },
    slug,
    files: {
      bank: `advans-ghana-1020010044871-${M.toLowerCase()}${y}.xlsx`,
      ledger: `ofbiz-acctg-trans-entries-111100-${M.toLowerCase()}${y}.csv`,
      bankName: 'Advans Ghana Savings and Loans Limited',
      package:
        'Apache OFBiz 18.12 (Accounting → Find Acctg Trans Entries, GL accounts 111100 and 111200, exported to CSV)',
      set: 'gh-advans-ofbiz',
      ledgerAccount: '111100',
    },
    business: 'Nyame Dua Building Materials Enterprise',
    bankLayout(lines, meta) {
      const head = ['Trans. Date', 'Value Date', 'Transaction Details', 'Reference', 'Debit', 'Credit', 'Balance'];
      const rows = [
        ['ADVANS GHANA SAVINGS AND LOANS LIMITED'],
        ['STATEMENT OF ACCOUNT'],
        ['Customer:', 'NYAME DUA BUILDING MATERIALS ENT.'],
        ['Account No:', '1020010044871'],
        ['Currency:', 'GHS'],
        ['Period:', `${dmy(meta.from)} - ${dmy(meta.to)}`],
        [],
        head,
        [{ d: meta.from }, { d: meta.from }, 'BALANCE B/F', null, null, null, { n: meta.opening }],
      ];
      const out = [];
      let w = 0,
        c = 0;
      for (const l of lines) {
        rows.push([
          { d: l.date },
          { d: l.date },
          l.text,
          l.ref || null,
          l.amount < 0 ? { n: -l.amount } : null,
          l.amount > 0 ? { n: l.amount } : null,
          { n: l.balance },
        ]);
        if (l.amount < 0) w -= l.amount;
        else c += l.amount;
        out.push({ l, row: rows.length, text: l.text, reference: l.ref || null });
      }
      rows.push([null, null, 'TOTAL', null, { n: w }, { n: c }, { n: meta.closing }]);
      return {
        format: 'xlsx',
        sheet: 'Statement',
        widths: [12, 12, 64, 18, 14, 14, 14],
        rows,
        headerRow: 8,
        lineRows: out,
        nonEntryRows: [
          { row: rows.length, why: 'statement totals row (debits, credits and closing balance), no date' },
        ],
        order: 'oldest-first',
        readOptions: {
          currency: 'GHS',
          sheet: 'Statement',
          mapping: {
            date: 'Trans. Date',
            valueDate: 'Value Date',
            description: 'Transaction Details',
            reference: 'Reference',
            moneyOut: 'Debit',
            moneyIn: 'Credit',
            balance: 'Balance',
          },
        },
        layout:
          'Advans Ghana internet banking statement exported to Excel: six preamble rows and a blank, header in row 8, a dated BALANCE B/F row carrying only the balance, real date cells, a TOTAL row',
      };
    },
    ledgerLayout(rows, meta) {
      const head = [
        'Acctg Trans Id',
        'Acctg Trans Entry Seq Id',
        'Transaction Date',
        'Acctg Trans Type Id',
        'Gl Account Id',
        'Party Id',
        'Description',
        'Debit Credit Flag',
        'Amount',
        'Currency Uom Id',
        'Invoice Id',
        'Payment Id',
      ];
      const typeOf = {
        INCOMING_PAYMENT: 'INCOMING_PAYMENT',
        OUTGOING_PAYMENT: 'OUTGOING_PAYMENT',
        TAX_PAYMENT: 'OUTGOING_PAYMENT',
        PAYROLL: 'PAYROLL',
        MANUAL: 'MANUAL',
      };
      const all = rows.map((r) => ({ r, date: r.date, seq: r.seq }));
      // four petty-cash rows of account 111200 in the same export, not this statement's
      const pc = [
        [meta.days[2], 'Petty cash - fuel for delivery van', 18500],
        [meta.days[7], 'Petty cash - loading boys', 22000],
        [meta.days[12], 'Petty cash - office water and tea', 9650],
        [meta.days[18], 'Petty cash - lorry park toll', 4200],
      ];
      for (const [date, memo, amt] of pc) all.push({ pc: { memo, amt }, date, seq: -1 });
      all.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq));
      const out = [head];
      const entries = [];
      let tid = 52880;
      for (const x of all) {
        tid += 1 + (tid % 3);
        const ts = `${x.date} 00:00:00.0`;
        if (x.pc) {
          out.push([String(tid), '00001', ts, 'MANUAL', '111200', '', x.pc.memo, 'C', dec(x.pc.amt), 'GHS', '', '']);
          continue;
        }
        const r = x.r;
        const mag = Math.abs(r.amount);
        const amt = dec(mag);
        const party = r.party ? slug(r.party) : '';
        out.push([
          String(tid),
          '00001',
          ts,
          typeOf[r.doc] ?? 'MANUAL',
          '111100',
          party,
          r.memo,
          r.amount > 0 ? 'D' : 'C',
          amt,
          'GHS',
          r.invoice ?? '',
          r.ref ?? '',
        ]);
        const desc = [r.memo, r.invoice].filter((v) => v).join(' — ');
        entries.push({
          r,
          row: out.length,
          reference: r.ref || null,
          description: desc,
          party: party || null,
          account: '111100',
        });
      }
      return {
        format: 'csv',
        csv: {},
        rows: out,
        headerRow: 1,
        entries,
        nonEntryRows: [],
        otherAccountRows: pc.length,
        readOptions: {
          currency: 'GHS',
          mapping: {
            date: 'Transaction Date',
            reference: 'Payment Id',
            party: 'Party Id',
            description: ['Description', 'Invoice Id'],
            amount: 'Amount',
            direction: { column: 'Debit Credit Flag', out: ['C'], in: ['D'] },
            account: 'Gl Account Id',
          },
        },
        layout:
          'OFBiz Acctg Trans Entries exported to CSV: header in row 1, timestamps yyyy-mm-dd 00:00:00.0, an unsigned Amount with its Debit Credit Flag (D = money in on the bank account, C = out), two GL accounts, no balance and no totals',
      };
    },
  };
}
