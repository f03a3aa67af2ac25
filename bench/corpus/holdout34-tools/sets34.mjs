// holdout34 — the four businesses: customers, suppliers, invoice numbering and its writings, the bank's narrations
// and charges, settlements, statutory payments, and both file layouts of each set.
import { MONTHS, csv, fmtDate, grouped, money, pct, xlsx } from './lib34.mjs';

const up = (s) => s.toUpperCase();
const bankName = (p) => p.bank ?? up(p.name);
const yymmdd = (iso) => iso.slice(2).replace(/-/g, '');
const monthWord = (m) => up(MONTHS[m.month - 1]);
const prevMonth = (m) => up(MONTHS[(m.month + 10) % 12]);
const nonCharge = (l) => !l.kind;

// ================================================================= NG — VFD Microfinance Bank × Clear Books
export function ngVfdClearBooks(rng) {
  const D = {
    set: 'ng-vfd-clearbooks',
    country: 'NG',
    currency: 'NGN',
    timezone: 'Africa/Lagos',
    year: 2026,
    month: 2,
    holidays: [],
    bank: 'VFD Microfinance Bank Limited',
    package: 'Clear Books (Reports → Account transactions of bank account 1210 VFD MFB Current, exported to CSV)',
    ledgerAccount: '1210',
    company: 'Adeyemi Medical & Surgical Supplies Ltd',
    customers: [
      { name: 'Mercy Specialist Hospital' },
      { name: 'Ogba Family Clinic', bank: 'OGBA FAMILY CLINIC LTD' },
      { name: 'Allen Avenue Pharmacy', bank: 'ALLEN AVENUE PHARMACY LTD' },
      { name: 'Ikorodu Maternity Home' },
      { name: 'Surulere Diagnostics Ltd', bank: 'SURULERE DIAGNOSTICS LIMITED' },
      { name: 'Magodo Dental Clinic' },
      { name: 'Agege Medical Stores', bank: 'AGEGE MEDICAL STORES NIG' },
      { name: 'Festac Eye Clinic Ltd', bank: 'FESTAC EYE CLINIC LIMITED' },
      { name: 'Ojodu Healthcare Ltd', bank: 'OJODU HEALTHCARE LTD' },
      { name: 'Yaba Chemists Ltd', bank: 'YABA CHEMISTS LIMITED' },
      { name: 'Gbagada Orthopaedic Centre' },
      { name: 'Lekki Wellness Hospital', bank: 'LEKKI WELLNESS HOSPITAL LTD' },
      { name: 'Isolo General Stores Pharmacy', bank: 'ISOLO PHARMACY' },
      { name: 'Chinedu Okafor', bank: 'OKAFOR CHINEDU EMMANUEL' },
      { name: 'Ketu Cottage Hospital' },
      { name: 'Oshodi Medicare Ltd', bank: 'OSHODI MEDICARE LIMITED' },
      { name: 'Ilupeju Children Clinic' },
      { name: 'Apapa Port Health Clinic' },
    ],
    suppliers: [
      { name: 'Onitsha Surgicals Ltd', prefix: 'OS' },
      { name: 'Nnewi Gloves Industries', prefix: 'NGI' },
      { name: 'Aba Cotton Wool Mills', prefix: 'ACW' },
      { name: 'Apapa Medical Imports Ltd', prefix: 'AMI' },
      { name: 'Ikeja Diesel Depot', prefix: 'IDD' },
      { name: 'Matori Printing Press', prefix: 'MPP' },
      { name: 'Oregun Cold Room Services', prefix: 'OCR' },
      { name: 'Alausa Properties Ltd', prefix: 'APL' },
      { name: 'Ogudu Generator Works', prefix: 'OGW' },
      { name: 'Sango Syringes Ltd', prefix: 'SSL' },
    ],
    twinPayee: { name: 'Mile 12 Haulage Services' },
    twinText: 'DELIVERY TRIP',
    strangers: [
      { name: 'x', bank: 'ADEBOLA TITILAYO GRACE' },
      { name: 'y', bank: 'KOLAWOLE & SONS VENTURES' },
    ],
    strangerText: ['', 'for goods'],
    invoiceBase: 1040,
    creditNoteBase: 500,
    chequeBase: 231,
    cheques: true,
    cashPayers: 1,
    receiptRange: [85000, 2900000],
    paymentRange: [120000, 3400000],
    cardRange: [18000, 96000],
    roundTo: 1000000,
    shortRate: [5, 100],
    shortTrait: 'short-withholding-tax-5pct',
    gatewayFee: [15, 1000],
    channelLimit: 500000000,
  };
  const inv = (n) => `INV-0${n}`;
  D.writings = [
    { f: (n) => `INV-0${n}`, trait: 'ref-canonical' },
    { f: (n) => `inv ${n}`, trait: 'ref-serial-only' },
    { f: (n) => `inv0${n}`, trait: 'ref-lowercase' },
    { f: (n) => `INV/${n}`, trait: 'ref-slashes' },
    { f: (n) => `invoice ${n}`, trait: 'ref-words' },
    { f: (n) => `INV 0${String(n).slice(0, 1)} ${String(n).slice(1)}`, trait: 'ref-split-digits' },
  ];
  const session = () => `100004${rng.digits(6)}${rng.digits(6)}${rng.digits(12)}`;
  D.payerText = (w) => rng.pick([w, `pymt ${w}`, `${w} payment`, `being pymt for ${w}`]);
  D.multiInvoices = (ns) => `inv ${ns[0]}, ${ns[1]} & ${ns[2]}`;
  D.partWriting = (n, k) => (k === 0 ? `part pymt inv ${n}` : `${k === 1 ? '1st' : '2nd'} instalment inv ${n}`);
  D.lessCreditNote = (n, cn) => `inv ${n} less cn ${cn}`;
  D.customerOrder = () => {
    const n = rng.int(40000, 49999);
    return { bank: `lpo no ${n}`, books: `LPO ${n}` };
  };
  D.inLine = (c, text, { refOnly }) => ({
    text: `NIP/FROM ${bankName(c)}${text && !refOnly ? '/' + text : ''}`,
    ref: refOnly ? text : session(),
    channel: 'nip',
  });
  D.cashLine = (c) => ({ text: `CASH DEPOSIT/${bankName(c)}`, ref: `TLR${rng.digits(9)}`, channel: 'cash' });
  D.outLine = (s, text) => ({
    text: `NIP/TO ${bankName(s)}${text ? '/' + text : ''}`,
    ref: session(),
    channel: 'nip',
  });
  D.reversalLine = (s, text) => ({
    text: `REVERSAL/NIP/TO ${bankName(s)}/${text} - INVALID BENEFICIARY ACCOUNT`,
    ref: session(),
    channel: 'reversal',
  });
  D.ourText = (b) => `PYT ${b.bank}`;
  D.bill = (s) => {
    const n = rng.int(3000, 9899);
    return { books: `${s.prefix}-${n}`, bank: `${s.prefix} INV ${n}` };
  };
  D.refundText = (cn) => `REFUND CN ${cn}`;
  D.creditNote = (cn) => `CN-00${cn}`;
  D.chequeRef = (no) => `CHQ ${String(no).padStart(8, '0')}`;
  D.chequeLine = (no) => ({
    text: `INWARD CLEARING CHQ NO ${String(no).padStart(8, '0')}`,
    ref: String(no).padStart(8, '0'),
    channel: 'cheque',
  });
  D.cardLine = () => ({
    text: `WEB PURCHASE/JUMIA NG/CARD 5399****${rng.digits(4)}`,
    ref: `CRD${rng.digits(9)}`,
    channel: 'card',
  });
  D.settlement = (kind) => {
    if (kind === 'netId') {
      const id = `PSTK${rng.digits(10)}`;
      return {
        spec: { text: `PAYSTACK SETTLEMENT/${id}`, ref: session(), channel: 'nip' },
        party: 'Paystack',
        ref: id,
      };
    }
    if (kind === 'grossFee') {
      const b = rng.digits(6);
      return {
        spec: { text: `PALMPAY POS SETTLEMENT/TID 2PAL${rng.digits(4)}/BATCH ${b}`, ref: session(), channel: 'nip' },
        party: 'Palmpay POS',
        ref: `BATCH ${b}`,
      };
    }
    return {
      spec: { text: 'INTERSWITCH/WEBPAY SETTLEMENT', ref: session(), channel: 'nip' },
      party: 'Interswitch Webpay',
    };
  };
  D.payroll = () => {
    const b = rng.int(40100, 40999);
    return {
      spec: {
        text: `BULK TRANSFER/SALARY FEB 2026/BATCH ${b}`,
        ref: `BLK${rng.digits(10)}`,
        channel: 'bulk',
        staff: 17,
      },
      party: 'Staff salaries',
      ref: `BATCH ${b}`,
    };
  };
  const rrr = () => `${rng.digits(4)}-${rng.digits(4)}-${rng.digits(4)}`;
  D.statutory = () => {
    const a = rrr();
    const b = rrr();
    const c = rrr();
    const meter = `045${rng.digits(8)}`;
    const lawma = `30${rng.digits(6)}`;
    return [
      {
        spec: { text: `REMITA/LIRS PAYE JAN 2026/RRR ${a}`, ref: session(), channel: 'bill' },
        party: 'Lagos State IRS',
        ref: `RRR ${a.replace(/-/g, '')}`,
        note: 'PAYE January 2026',
        range: [180000, 420000],
        days: [4, 8],
        trait: 'statutory',
      },
      {
        spec: { text: `REMITA/PENCOM PENSION JAN 2026/RRR ${b}`, ref: session(), channel: 'bill' },
        party: 'PenCom pension (PFAs)',
        ref: `RRR ${b.replace(/-/g, '')}`,
        note: 'Pension contributions January 2026',
        range: [220000, 480000],
        days: [4, 9],
        trait: 'statutory',
      },
      {
        spec: { text: `REMITA/FIRS VAT JAN 2026/RRR ${c}`, ref: session(), channel: 'bill' },
        party: 'FIRS',
        ref: `RRR ${c.replace(/-/g, '')}`,
        note: 'VAT return January 2026',
        range: [600000, 1400000],
        days: [12, 15],
        trait: 'statutory',
      },
      {
        spec: { text: `IKEJA ELECTRIC PREPAID/${meter}`, ref: `IE${rng.digits(12)}`, channel: 'bill' },
        party: 'Ikeja Electric',
        ref: `Meter ${meter}`,
        note: 'Prepaid electricity',
        range: [50000, 150000],
        days: [1, 10],
        trait: 'utility',
      },
      {
        spec: { text: `LAWMA BILL PAYMENT/CUST ${lawma}`, ref: `LW${rng.digits(10)}`, channel: 'bill' },
        party: 'LAWMA',
        ref: `Cust ${lawma}`,
        note: 'Waste collection February',
        range: [12000, 30000],
        days: [5, 15],
        trait: 'utility',
      },
    ];
  };
  const nipFee = (a) => (a <= 500000 ? 1075 : a <= 5000000 ? 2688 : 5375);
  D.feesIn = (a, spec) =>
    spec.channel === 'nip' && a >= 1000000
      ? [{ text: 'ELECTRONIC MONEY TRANSFER LEVY', ref: `EMTL${rng.digits(9)}`, amount: -5000, kind: 'levy' }]
      : [];
  D.feesOut = (a, spec) => {
    if (spec.channel === 'nip')
      return [{ text: 'NIP OUTWARD TRANSFER FEE', ref: `FEE${rng.digits(9)}`, amount: -nipFee(a), kind: 'charge' }];
    if (spec.channel === 'bulk') {
      const fee = spec.staff * 2500;
      return [
        { text: 'BULK TRANSFER CHARGE', ref: `FEE${rng.digits(9)}`, amount: -fee, kind: 'charge' },
        {
          text: 'VAT ON BULK TRANSFER CHARGE',
          ref: `VAT${rng.digits(9)}`,
          amount: -pct(fee, 75, 1000),
          kind: 'fee-vat',
        },
      ];
    }
    return [];
  };
  D.monthEnd = (m) => {
    const debits = m.lines.filter((l) => l.amount < 0 && nonCharge(l)).reduce((s, l) => s - l.amount, 0);
    const amf = Math.round(debits / 1000);
    return [
      {
        text: 'SMS ALERT CHARGES FEB 2026',
        ref: `SMS${rng.digits(9)}`,
        amount: -4 * 100 * m.lines.length,
        kind: 'charge',
      },
      { text: 'ACCOUNT MAINTENANCE FEE', ref: `AMF${rng.digits(9)}`, amount: -amf, kind: 'charge' },
      {
        text: 'VAT ON ACCOUNT MAINTENANCE FEE',
        ref: `VAT${rng.digits(9)}`,
        amount: -pct(amf, 75, 1000),
        kind: 'fee-vat',
      },
    ];
  };
  let rct = 310;
  let pmt = 720;
  let jnl = 40;
  D.receiptRow = (c, invs, kind, extra) => ({
    ref: invs.map(inv).join(', '),
    note: {
      sale: 'Customer receipt',
      cash: 'Cash lodged at branch',
      net: `Receipt less credit note CN-00${extra}`,
      order: `Receipt - customer ${extra}`,
      lodged: 'Cheque lodged - awaiting clearing',
    }[kind],
    party: c.name,
    type: 'Customer receipt',
    number: `RCT-0${++rct}`,
  });
  D.paymentRow = (s, ref, kind) => ({
    ref,
    note: { bill: 'Supplier payment', twin: 'Haulage - delivery trip', cheque: 'Cheque payment' }[kind],
    party: s.name,
    type: 'Supplier payment',
    number: `PAY-0${++pmt}`,
  });
  D.journalRow = (party, ref, kind) => ({
    ref,
    note:
      {
        supplierRefund: 'Refund of overcharge',
        customerRefund: 'Refund to customer',
        gatewayGross: 'Card and web sales',
        gatewayFee: 'Merchant service charge',
        payroll: 'Net salaries February 2026',
      }[kind] ?? kind,
    party,
    type: ['supplierRefund', 'gatewayGross'].includes(kind) ? 'Bank receipt' : 'Bank payment',
    number: `BNK-0${++jnl}`,
  });

  // files ------------------------------------------------------------------------------------
  const acct = `10${rng.digits(8)}`;
  D.writeBank = (m, lines, open, close) => {
    const file = `vfd-mfb-${acct}-feb2026.csv`;
    const rows = [
      ['VFD Microfinance Bank Limited'],
      ['Statement of Account'],
      ['Account Name', up(D.company)],
      ['Account Number', acct],
      ['Currency', 'NGN'],
      ['Period', `${fmtDate(m.from, 'dd/mm/yyyy')} - ${fmtDate(m.to, 'dd/mm/yyyy')}`],
      ['Opening Balance', grouped(open)],
      ['Closing Balance', grouped(close)],
      [],
      ['S/N', 'Transaction Date', 'Value Date', 'Transaction Reference', 'Narration', 'Amount', 'Type', 'Balance'],
    ];
    const view = new Map();
    lines.forEach((l, k) => {
      const t = `${l.date} ${String(8 + (k % 9)).padStart(2, '0')}:${String((k * 7) % 60).padStart(2, '0')}:${String((k * 13) % 60).padStart(2, '0')}`;
      rows.push([
        String(k + 1),
        t,
        l.date,
        l.ref,
        l.text,
        grouped(Math.abs(l.amount)),
        l.amount < 0 ? 'DR' : 'CR',
        grouped(l.balance),
      ]);
      view.set(l, { row: rows.length, text: l.text, reference: l.ref || null, party: null, balance: l.balance });
    });
    return {
      file,
      bytes: csv(rows, { quoteAll: true }),
      headerRow: 10,
      view,
      order: 'oldest-first',
      readOptions: {
        currency: 'NGN',
        mapping: {
          date: 'Transaction Date',
          valueDate: 'Value Date',
          description: 'Narration',
          reference: 'Transaction Reference',
          amount: 'Amount',
          direction: { column: 'Type', out: ['DR'], in: ['CR'] },
          balance: 'Balance',
        },
      },
      nonEntryRows: [],
      layout:
        'VFD Microfinance Bank (VBiz internet banking) statement, CSV with every cell quoted: eight label/value preamble rows and a blank, header in row 10, ISO timestamps in Transaction Date, ISO Value Date, an unsigned grouped Amount with a DR/CR Type column, running Balance; no totals.',
    };
  };
  D.writeLedger = (m, rows, open, close) => {
    const file = 'clearbooks-account-transactions-1210-feb2026.csv';
    const out = [
      [D.company],
      ['Account transactions: 1210 VFD MFB Current'],
      [`From ${fmtDate(m.from, 'dd/mm/yyyy')} to ${fmtDate(m.to, 'dd/mm/yyyy')}`],
      [],
      ['Date', 'Type', 'Number', 'Contact', 'Description', 'Reference', 'Money in', 'Money out', 'Balance'],
      [fmtDate(m.from, 'dd/mm/yyyy'), 'Opening balance', '', '', '', '', '', '', money(open)],
    ];
    const view = new Map();
    let tin = 0;
    let tout = 0;
    for (const r of rows) {
      out.push([
        fmtDate(r.date, 'dd/mm/yyyy'),
        r.type,
        r.number,
        r.party ?? '',
        r.note,
        r.ref ?? '',
        r.amount > 0 ? money(r.amount) : '',
        r.amount < 0 ? money(-r.amount) : '',
        money(r.balance),
      ]);
      if (r.amount > 0) tin += r.amount;
      else tout -= r.amount;
      view.set(r, { row: out.length, reference: r.ref ?? null, description: r.note, party: r.party ?? null });
    }
    out.push(['', 'Total', '', '', '', '', money(tin), money(tout), '']);
    const totalRow = out.length;
    out.push([fmtDate(m.to, 'dd/mm/yyyy'), 'Closing balance', '', '', '', '', '', '', money(close)]);
    return {
      file,
      bytes: csv(out),
      headerRow: 5,
      view,
      readOptions: {
        currency: 'NGN',
        dateOrder: 'DMY',
        mapping: {
          date: 'Date',
          reference: 'Reference',
          party: 'Contact',
          description: 'Description',
          moneyIn: 'Money in',
          moneyOut: 'Money out',
          balance: 'Balance',
        },
      },
      nonEntryRows: [
        { row: totalRow, why: "the report's undated Total row (money in and money out of the period), not an entry" },
      ],
      layout:
        'Clear Books Account transactions report of one bank account, CSV: three title rows and a blank, header in row 5, dd/mm/yyyy dates (dateOrder DMY), a dated Opening balance row and a dated Closing balance row carrying only a balance, Money in / Money out as plain numbers, running Balance, Contact column, an undated Total row with money.',
    };
  };
  return D;
}

// ================================================================= GH — Opportunity International S&L × Twinfield
export function ghOislTwinfield(rng) {
  const D = {
    set: 'gh-oisl-twinfield',
    country: 'GH',
    currency: 'GHS',
    timezone: 'Africa/Accra',
    year: 2026,
    month: 3,
    holidays: ['2026-03-06', '2026-03-20'],
    bank: 'Opportunity International Savings and Loans Limited',
    package:
      'Twinfield (Wolters Kluwer) — General ledger → Transactions browse of ledger accounts 1120 and 1000, exported to Excel',
    ledgerAccount: '1120',
    company: 'Nkabom Agro-Processing Ltd',
    customers: [
      { name: 'Adom Bakery Ltd', bank: 'ADOM BAKERY LIMITED' },
      { name: 'Kejetia Provisions Store' },
      { name: 'Ejisu Senior High School', bank: 'EJISU SHS' },
      { name: 'Kwadaso Catering Services', bank: 'KWADASO CATERING' },
      { name: 'Bantama Bakers Union' },
      { name: 'Asafo Market Traders Co-operative', bank: 'ASAFO MKT TRADERS COOP' },
      { name: 'Ohwim Foods Ltd', bank: 'OHWIM FOODS LIMITED' },
      { name: 'Tafo Mart', bank: 'TAFO MART ENTERPRISE' },
      { name: 'Santasi Hotel Ltd', bank: 'SANTASI HOTEL' },
      { name: 'Patasi Restaurant' },
      { name: 'Ayeduase Hostels Kitchen', bank: 'AYEDUASE HOSTELS' },
      { name: 'Akwasi Boateng', bank: 'BOATENG AKWASI' },
      { name: 'Efua Mensah Foods', bank: 'EFUA MENSAH' },
      { name: 'Suame Magazine Canteen', bank: 'SUAME CANTEEN' },
      { name: 'Atonsu Cold Store' },
      { name: 'Abuakwa Gari Depot' },
      { name: 'Nhyiaeso Supermarket', bank: 'NHYIAESO SUPERMARKET LTD' },
    ],
    suppliers: [
      { name: 'Offinso Cassava Growers Co-op', bank: 'OFFINSO CASSAVA GROWERS', prefix: 'OCG' },
      { name: 'Obuasi Sacks & Packaging Ltd', bank: 'OBUASI SACKS PACKAGING', prefix: 'OSP' },
      { name: 'Anwomaso Fuel Station', prefix: 'AFS' },
      { name: 'Ashanti Haulage Ltd', bank: 'ASHANTI HAULAGE', prefix: 'AHL' },
      { name: 'Abrepo Engineering Works', prefix: 'AEW' },
      { name: 'Ahodwo Security Services', bank: 'AHODWO SECURITY', prefix: 'ASS' },
      { name: 'Kumasi Print House', prefix: 'KPH' },
      { name: 'Sokoban Steel Fabricators', prefix: 'SSF' },
      { name: 'Krofrom Electricals', prefix: 'KEL' },
    ],
    twinPayee: { name: 'Kwame Asante Cassava Farm', bank: 'KWAME ASANTE' },
    twinText: 'CASSAVA SUPPLY',
    strangers: [
      { name: 'x', bank: 'OWUSU DANSO PETER' },
      { name: 'y', bank: 'GRACEFUL TOUCH VENTURES' },
    ],
    strangerText: ['', 'payment'],
    invoiceBase: 11400,
    creditNoteBase: 700,
    chequeBase: 100230,
    cheques: true,
    cashPayers: 2,
    receiptRange: [800, 65000],
    paymentRange: [1500, 48000],
    cardRange: [250, 1800],
    roundTo: 10000,
    shortRate: [3, 100],
    shortTrait: 'short-withholding-tax-3pct',
    gatewayFee: [195, 10000],
    channelLimit: 5000000,
  };
  D.writings = [
    { f: (n) => `${n}`, trait: 'ref-serial-only' },
    { f: (n) => `inv${n}`, trait: 'ref-lowercase' },
    { f: (n) => `SI ${n}`, trait: 'ref-other-prefix' },
    { f: (n) => `INV-${n}`, trait: 'ref-hyphen' },
    { f: (n) => `invoice no ${n}`, trait: 'ref-words' },
    { f: (n) => `${String(n).slice(0, 2)} ${String(n).slice(2)}`, trait: 'ref-split-digits' },
  ];
  const gip = (date) => `GIP${yymmdd(date ?? '2026-03-01')}${rng.digits(8)}`;
  D.payerText = (w) => rng.pick([w, `pymt ${w}`, `${w} gari`, `for ${w}`]);
  D.multiInvoices = (ns) => `inv ${ns[0]}, ${ns[1]}, ${ns[2]}`;
  D.partWriting = (n, k) => (k === 0 ? `part payment ${n}` : `${n} part ${k}`);
  D.lessCreditNote = (n, cn) => `inv ${n} less CN ${cn}`;
  D.customerOrder = () => {
    const n = rng.int(5100, 5999);
    return { bank: `LPO ${n}`, books: `LPO ${n}` };
  };
  D.inLine = (c, text, { refOnly }) => ({
    text: `GIP INWARD ${bankName(c)}${text && !refOnly ? ' ' + text : ''}`,
    ref: refOnly ? text : gip(),
    channel: 'gip',
  });
  D.cashLine = (c) => ({ text: `CASH DEPOSIT - ${bankName(c)}`, ref: `TLR-ADM-${rng.digits(5)}`, channel: 'cash' });
  D.outLine = (s, text) => ({
    text: `GIP OUTWARD ${bankName(s)}${text ? ' ' + text : ''}`,
    ref: gip(),
    channel: 'gip',
  });
  D.reversalLine = (s, text) => ({
    text: `REVERSAL GIP OUTWARD ${bankName(s)} ${text} - INVALID ACCOUNT`,
    ref: gip(),
    channel: 'reversal',
  });
  D.ourText = (b) => `${b.bank}`;
  D.bill = (s) => {
    const n = rng.int(2100, 9899);
    return { books: `${s.prefix}/${n}`, bank: `${s.prefix} ${n}` };
  };
  D.refundText = (cn) => `REFUND CN${cn}`;
  D.creditNote = (cn) => `CN${cn}`;
  D.chequeRef = (no) => `Chq ${no}`;
  D.chequeLine = (no) => ({ text: `CHQ NO ${no} PAID - CLEARING`, ref: String(no), channel: 'cheque' });
  D.cardLine = () => ({ text: 'VISA POS PURCHASE MELCOM ADUM KUMASI', ref: `POS${rng.digits(10)}`, channel: 'card' });
  D.settlement = (kind) => {
    if (kind === 'netId') {
      const id = `HTL${rng.digits(9)}`;
      return { spec: { text: `HUBTEL SETTLEMENT ${id}`, ref: gip(), channel: 'gip' }, party: 'Hubtel', ref: id };
    }
    if (kind === 'grossFee') {
      const b = rng.digits(7);
      return {
        spec: { text: 'MTN MOMO MERCHANT PAYOUT', ref: `MOMO BATCH ${b}`, channel: 'gip' },
        party: 'MTN MoMo merchant',
        ref: `MoMo batch ${b}`,
      };
    }
    return { spec: { text: 'EXPRESSPAY SETTLEMENT', ref: gip(), channel: 'gip' }, party: 'ExpressPay' };
  };
  D.payroll = () => {
    const b = rng.int(1100, 1899);
    return {
      spec: {
        text: `ACH BULK CREDIT SALARIES MAR 2026 BATCH ${b}`,
        ref: `ACH${rng.digits(9)}`,
        channel: 'bulk',
        staff: 23,
      },
      party: 'Staff salaries',
      ref: `Batch ${b}`,
    };
  };
  D.statutory = () => {
    const tin = `C00${rng.digits(8)}`;
    const ss = rng.digits(9);
    const prn = `26${rng.digits(8)}`;
    const meter = `0${rng.digits(10)}`;
    const gwl = rng.digits(9);
    return [
      {
        spec: { text: `GRA PAYE FEB 2026 TIN ${tin}`, ref: gip(), channel: 'gip' },
        party: 'Ghana Revenue Authority',
        ref: `TIN ${tin}`,
        note: 'PAYE February 2026',
        range: [3000, 9000],
        days: [5, 9],
        trait: 'statutory',
      },
      {
        spec: { text: `SSNIT CONTRIBUTION FEB 2026 ER ${ss}`, ref: gip(), channel: 'gip' },
        party: 'SSNIT',
        ref: `ER ${ss}`,
        note: 'SSNIT contributions February 2026',
        range: [4000, 11000],
        days: [5, 10],
        trait: 'statutory',
      },
      {
        spec: { text: `GRA VAT NHIL GETFUND FEB 2026 PRN ${prn}`, ref: gip(), channel: 'gip' },
        party: 'Ghana Revenue Authority',
        ref: `PRN ${prn}`,
        note: 'VAT/NHIL/GETFund return February 2026',
        range: [6000, 16000],
        days: [9, 13],
        trait: 'statutory',
      },
      {
        spec: { text: `ECG PREPAID ${meter}`, ref: `ECG${rng.digits(8)}`, channel: 'bill' },
        party: 'ECG',
        ref: `Meter ${meter}`,
        note: 'Prepaid electricity factory',
        range: [1500, 4500],
        days: [1, 12],
        trait: 'utility',
      },
      {
        spec: { text: `GHANA WATER BILL ACC ${gwl}`, ref: `GWL${rng.digits(8)}`, channel: 'bill' },
        party: 'Ghana Water',
        ref: `Acc ${gwl}`,
        note: 'Water February 2026',
        range: [400, 1400],
        days: [3, 15],
        trait: 'utility',
      },
    ];
  };
  D.feesIn = () => [];
  D.feesOut = (a, spec) => {
    if (spec.channel === 'gip')
      return [
        {
          text: 'GIP TRANSFER CHARGE',
          ref: `CHG${rng.digits(8)}`,
          amount: a <= 1000000 ? -500 : -1000,
          kind: 'charge',
        },
      ];
    if (spec.channel === 'bulk')
      return [
        {
          text: `ACH BULK PAYMENT CHARGE (${spec.staff})`,
          ref: `CHG${rng.digits(8)}`,
          amount: -150 * spec.staff,
          kind: 'charge',
        },
      ];
    if (spec.channel === 'cheque')
      return [{ text: 'CHEQUE CLEARING COMMISSION', ref: `CHG${rng.digits(8)}`, amount: -800, kind: 'charge' }];
    return [];
  };
  D.monthEnd = (m) => {
    const interest = 1000 + rng.int(0, 9000);
    return [
      { text: 'CREDIT INTEREST MAR 2026', ref: `INT${rng.digits(8)}`, amount: interest, kind: 'interest' },
      { text: 'WITHHOLDING TAX ON INTEREST', ref: `WHT${rng.digits(8)}`, amount: -pct(interest, 8, 100), kind: 'tax' },
      { text: 'SMS ALERT FEE MAR 2026', ref: `SMS${rng.digits(8)}`, amount: -1200, kind: 'charge' },
      {
        text: `ACCOUNT MAINTENANCE FEE ${monthWord(m)} 2026`,
        ref: `AMF${rng.digits(8)}`,
        amount: -4000,
        kind: 'charge',
      },
    ];
  };
  let entry = 0;
  const number = () => `2026${String(++entry).padStart(5, '0')}`;
  D.receiptRow = (c, invs, kind, extra) => ({
    ref: invs.join(', '),
    note: {
      sale: 'Receipt',
      cash: 'Cash paid in at Adum branch',
      net: `Receipt net of credit note CN${extra}`,
      order: `Receipt, customer order ${extra}`,
      lodged: 'Cheque paid in, awaiting clearing',
    }[kind],
    party: c.name,
    type: 'BNK',
    number: number(),
  });
  D.paymentRow = (s, ref, kind) => ({
    ref,
    note: { bill: 'Payment', twin: 'Cassava supply', cheque: 'Payment by cheque' }[kind],
    party: s.name,
    type: 'BNK',
    number: number(),
  });
  D.journalRow = (party, ref, kind) => ({
    ref,
    note:
      {
        supplierRefund: 'Refund from supplier',
        customerRefund: 'Refund to customer',
        gatewayGross: 'Card and mobile money sales',
        gatewayFee: 'MoMo merchant fee',
        payroll: 'Net salaries March 2026',
      }[kind] ?? kind,
    party,
    type: 'BNK',
    number: number(),
  });
  D.extraRows = (m) => {
    const out = [];
    for (const [k, note] of [
      'Petty cash top-up',
      'Kitchen supplies',
      'Transport to Kejetia',
      'Office water',
    ].entries()) {
      const r = m.book(m.day(3 + k * 5), {
        amount: k === 0 ? 150000 : -m.amt(30, 400, 100),
        ref: null,
        note,
        party: null,
        type: 'KAS',
        number: number(),
      });
      r.account = '1000';
      r.owned = 1;
      r.otherAccount = true;
      out.push(r);
    }
    return out;
  };

  const acct = `00112${rng.digits(8)}`;
  D.writeBank = (m, lines, open, close) => {
    const file = `oisl-${acct}-mar2026.xlsx`;
    const rows = [
      ['Opportunity International Savings and Loans Ltd'],
      ['CUSTOMER ACCOUNT STATEMENT'],
      [`Account Name: ${up(D.company)}`],
      [`Account No: ${acct}`],
      ['Branch: Kumasi Adum'],
      [`Period: ${fmtDate(m.from, 'dd-Mmm-yyyy')} to ${fmtDate(m.to, 'dd-Mmm-yyyy')}`],
      ['Currency: GHS'],
      [],
      ['Posting Date', 'Value Date', 'Description', 'Cheque/Ref No', 'Debit', 'Credit', 'Balance'],
      [null, null, 'Opening Balance', null, null, null, { n: open }],
    ];
    const view = new Map();
    let td = 0;
    let tc = 0;
    for (const l of lines) {
      rows.push([
        fmtDate(l.date, 'dd-Mmm-yyyy'),
        fmtDate(l.date, 'dd-Mmm-yyyy'),
        l.text,
        l.ref ?? null,
        l.amount < 0 ? { n: -l.amount } : null,
        l.amount > 0 ? { n: l.amount } : null,
        { n: l.balance },
      ]);
      if (l.amount < 0) td -= l.amount;
      else tc += l.amount;
      view.set(l, { row: rows.length, text: l.text, reference: l.ref || null, party: null, balance: l.balance });
    }
    rows.push([null, null, 'Closing Balance', null, null, null, { n: close }]);
    rows.push([null, null, 'TOTAL', null, { n: td }, { n: tc }, null]);
    return {
      file,
      bytes: xlsx('Account Statement', rows),
      headerRow: 9,
      view,
      order: 'oldest-first',
      readOptions: {
        currency: 'GHS',
        sheet: 'Account Statement',
        mapping: {
          date: 'Posting Date',
          valueDate: 'Value Date',
          description: 'Description',
          reference: 'Cheque/Ref No',
          moneyOut: 'Debit',
          moneyIn: 'Credit',
          balance: 'Balance',
        },
      },
      nonEntryRows: [
        { row: rows.length, why: 'undated TOTAL row of the period\u2019s debits and credits, not an entry' },
      ],
      layout:
        'Opportunity International S&L internet-banking statement, XLSX (sheet Account Statement): seven one-cell preamble rows ("Label: value") and a blank, header in row 9, dates as dd-Mmm-yyyy text cells, numeric Debit/Credit/Balance cells, undated Opening Balance and Closing Balance rows carrying only a balance, an undated TOTAL row with money.',
    };
  };
  D.writeLedger = (m, rows) => {
    const file = 'twinfield-transactions-1120-1000-2026-03.xlsx';
    const out = [
      [D.company],
      ['Transactions — General ledger 1120 Opportunity S&L current, 1000 Cash'],
      ['Period 2026/03 - 2026/03'],
      [],
      [
        'Year/period',
        'Date',
        'Transaction type',
        'Number',
        'General ledger',
        'Dim. 2',
        'Dim. 2 name',
        'Description',
        'Invoice number',
        'Debit',
        'Credit',
        'Currency',
      ],
    ];
    const view = new Map();
    let td = 0;
    let tc = 0;
    let code = 0;
    const codes = new Map();
    for (const r of rows) {
      if (r.party && !codes.has(r.party)) codes.set(r.party, String((r.amount > 0 ? 10000 : 20000) + ++code));
      out.push([
        '2026/03',
        { d: r.date },
        r.type,
        r.number,
        r.account ?? '1120',
        r.party ? codes.get(r.party) : null,
        r.party ?? null,
        r.note,
        r.ref ?? null,
        r.amount > 0 ? { n: r.amount } : null,
        r.amount < 0 ? { n: -r.amount } : null,
        'GHS',
      ]);
      if (r.amount > 0) td += r.amount;
      else tc -= r.amount;
      view.set(r, { row: out.length, reference: r.ref ?? null, description: r.note, party: r.party ?? null });
    }
    out.push([null, null, null, null, null, null, null, 'Total', null, { n: td }, { n: tc }, null]);
    return {
      file,
      bytes: xlsx('Transactions', out, { dateFormat: 'dd-mm-yyyy' }),
      headerRow: 5,
      view,
      readOptions: {
        currency: 'GHS',
        sheet: 'Transactions',
        mapping: {
          date: 'Date',
          reference: 'Invoice number',
          party: 'Dim. 2 name',
          description: 'Description',
          moneyIn: 'Debit',
          moneyOut: 'Credit',
          account: 'General ledger',
        },
      },
      nonEntryRows: [
        { row: out.length, why: 'undated Total row of the browse (debits and credits of both accounts), not an entry' },
      ],
      layout:
        'Twinfield Transactions browse exported to Excel (sheet Transactions): three title rows and a blank, header in row 5, a Year/period text column (2026/03) before the real date cells shown dd-mm-yyyy, transaction type BNK/KAS, entry numbers, two general-ledger accounts (1120 this statement, 1000 petty cash), relation code and name (Dim. 2), Invoice number, Debit = money in, Credit = money out, no balance, an undated Total row with money.',
    };
  };
  return D;
}

// ================================================================= KE — M Oriental Bank × hledger
export function keMorientalHledger(rng) {
  const D = {
    set: 'ke-moriental-hledger',
    country: 'KE',
    currency: 'KES',
    timezone: 'Africa/Nairobi',
    year: 2026,
    month: 1,
    holidays: ['2026-01-01'],
    bank: 'M Oriental Bank Limited',
    package: 'hledger 1.40 (hledger register assets:bank:m-oriental -H -O csv for January 2026)',
    ledgerAccount: 'assets:bank:m-oriental',
    company: 'Mwangaza Solar Systems Ltd',
    customers: [
      { name: 'Kiambu Road Academy' },
      { name: 'Githunguri Dairy Farmers Coop', bank: 'GITHUNGURI DAIRY FCS' },
      { name: 'Ngong Hills Lodge', bank: 'NGONG HILLS LODGE LTD' },
      { name: 'St Teresa Mission Clinic', bank: 'ST TERESA MISSION CLINIC' },
      { name: 'Thika Greens Farm Ltd', bank: 'THIKA GREENS FARM LIMITED' },
      { name: 'Karen Ridge Hotel', bank: 'KAREN RIDGE HOTEL LTD' },
      { name: 'Ruiru Flower Growers Ltd', bank: 'RUIRU FLOWER GROWERS' },
      { name: 'Machakos Water Project' },
      { name: 'Kitengela Academy', bank: 'KITENGELA ACADEMY LTD' },
      { name: 'Nyeri Hill Farm' },
      { name: 'Limuru Tea Packers', bank: 'LIMURU TEA PACKERS LTD' },
      { name: 'Wanjiku Kamau', bank: 'KAMAU WANJIKU MARY' },
      { name: 'Naivasha Greenhouses Ltd', bank: 'NAIVASHA GREENHOUSES' },
      { name: 'Kajiado Borehole Services' },
      { name: 'Embu Coffee Millers', bank: 'EMBU COFFEE MILLERS LTD' },
      { name: 'Otieno Ochieng', bank: 'OCHIENG OTIENO JAMES' },
      { name: 'Meru Gospel Church' },
    ],
    suppliers: [
      { name: 'Mombasa Road Solar Imports', bank: 'MOMBASA RD SOLAR IMPORTS', prefix: 'MRS' },
      { name: 'Embakasi Battery Centre', prefix: 'EBC' },
      { name: 'Likoni Clearing and Forwarding', bank: 'LIKONI CLEARING FORWARDING', prefix: 'LCF' },
      { name: 'Athi River Steel Mounts', prefix: 'ASM' },
      { name: 'Industrial Area Fuel Point', bank: 'IND AREA FUEL POINT', prefix: 'IFP' },
      { name: 'Syokimau Transporters', prefix: 'SYT' },
      { name: 'Westlands Cables Ltd', bank: 'WESTLANDS CABLES LIMITED', prefix: 'WCL' },
      { name: 'Upper Hill Office Rentals', prefix: 'UHR' },
      { name: 'Gikomba Hardware', prefix: 'GKH' },
    ],
    twinPayee: { name: 'Kariuki Installers', bank: 'KARIUKI INSTALLERS' },
    twinText: 'INSTALLATION LABOUR',
    strangers: [
      { name: 'x', bank: 'MUTUA PETER KYALO' },
      { name: 'y', bank: 'SUNRISE AGENCIES' },
    ],
    strangerText: ['', 'deposit'],
    invoiceBase: 30400,
    creditNoteBase: 600,
    chequeBase: 412,
    cheques: true,
    cashPayers: 1,
    receiptRange: [12000, 850000],
    paymentRange: [15000, 600000],
    cardRange: [2500, 14000],
    roundTo: 100000,
    shortRate: [2, 100],
    shortTrait: 'short-withholding-vat-2pct',
    gatewayFee: [15, 1000],
    channelLimit: 99999900,
  };
  D.writings = [
    { f: (n) => `inv ${n}`, trait: 'ref-serial-only' },
    { f: (n) => `si${n}`, trait: 'ref-lowercase' },
    { f: (n) => `INV-${n}`, trait: 'ref-other-prefix' },
    { f: (n) => `invoice no. ${n}`, trait: 'ref-words' },
    { f: (n) => `#${n}`, trait: 'ref-hash' },
    { f: (n) => `SI ${String(n).slice(0, 2)} ${String(n).slice(2)}`, trait: 'ref-split-digits' },
  ];
  const pl = () => `PL26${rng.digits(10)}`;
  D.payerText = (w) => rng.pick([w, `pmt ${w}`, `${w} solar`, `${w} balance`]);
  D.multiInvoices = (ns) => `inv ${ns[0]}, ${ns[1]} and ${ns[2]}`;
  D.partWriting = (n, k) => (k === 0 ? `part pmt si ${n}` : `si ${n} instalment ${k}`);
  D.lessCreditNote = (n, cn) => `si ${n} less cn ${cn}`;
  D.customerOrder = () => {
    const n = rng.int(7100, 7999);
    return { bank: `LPO ${n}`, books: `LPO ${n}` };
  };
  D.inLine = (c, text, { refOnly }) => ({
    text: `PESALINK FROM ${bankName(c)}${text && !refOnly ? ' ' + text : ''}`,
    ref: refOnly ? text : pl(),
    channel: 'pesalink',
  });
  D.cashLine = (c) => ({ text: `CASH DEPOSIT BY ${bankName(c)}`, ref: `CD${rng.digits(8)}`, channel: 'cash' });
  D.outLine = (s, text) => ({
    text: `PESALINK TO ${bankName(s)}${text ? ' ' + text : ''}`,
    ref: pl(),
    channel: 'pesalink',
  });
  D.reversalLine = (s, text) => ({
    text: `REVERSAL PESALINK TO ${bankName(s)} ${text} - ACCOUNT DOES NOT EXIST`,
    ref: pl(),
    channel: 'reversal',
  });
  D.ourText = (b) => `${b.bank}`;
  D.bill = (s) => {
    const n = rng.int(1100, 1899);
    return { books: `${s.prefix}-${n}`, bank: `INV ${n}` };
  };
  D.refundText = (cn) => `REFUND CN ${cn}`;
  D.creditNote = (cn) => `CN-${cn}`;
  D.chequeRef = (no) => `CHQ ${String(no).padStart(6, '0')}`;
  D.chequeLine = (no) => ({
    text: `CHQ NO ${String(no).padStart(6, '0')} CLEARING`,
    ref: String(no).padStart(6, '0'),
    channel: 'cheque',
  });
  D.cardLine = () => ({ text: 'VISA POS CARREFOUR JUNCTION NAIROBI', ref: `POS${rng.digits(10)}`, channel: 'card' });
  D.settlement = (kind) => {
    if (kind === 'netId') {
      const id = `KK${rng.digits(8)}`;
      return {
        spec: { text: `KOPO KOPO SETTLEMENT ${id}`, ref: pl(), channel: 'pesalink' },
        party: 'Kopo Kopo',
        ref: id,
      };
    }
    if (kind === 'grossFee') {
      const b = rng.digits(7);
      return {
        spec: { text: `MPESA C2B PAYBILL 4107755 SETTLEMENT BATCH ${b}`, ref: `MPS${rng.digits(9)}`, channel: 'mpesa' },
        party: 'M-PESA paybill 4107755',
        ref: `BATCH ${b}`,
      };
    }
    return { spec: { text: 'IPAY AFRICA SETTLEMENT', ref: pl(), channel: 'pesalink' }, party: 'iPay Africa' };
  };
  D.payroll = () => {
    const b = rng.int(8100, 8899);
    return {
      spec: { text: `BULK SALARY PAYMENT JAN 2026 BATCH ${b}`, ref: `BLK${rng.digits(9)}`, channel: 'bulk', staff: 16 },
      party: 'Staff',
      ref: `BATCH ${b}`,
    };
  };
  D.statutory = () => {
    const p1 = `14${rng.digits(11)}`;
    const p2 = `14${rng.digits(11)}`;
    const sha = rng.digits(7);
    const nssf = rng.digits(7);
    const kplc = rng.digits(8);
    return [
      {
        spec: { text: `KRA PAYE DEC 2025 PRN ${p1}`, ref: pl(), channel: 'bill' },
        party: 'KRA',
        ref: `PRN ${p1}`,
        note: 'PAYE December 2025',
        range: [40000, 110000],
        days: [4, 6],
        trait: 'statutory',
      },
      {
        spec: { text: `KRA AHL DEC 2025 PRN ${p2}`, ref: pl(), channel: 'bill' },
        party: 'KRA',
        ref: `PRN ${p2}`,
        note: 'Affordable housing levy December 2025',
        range: [6000, 14000],
        days: [4, 6],
        trait: 'statutory',
      },
      {
        spec: { text: `SHA SHIF CONTRIBUTION EMPLOYER ${sha}`, ref: pl(), channel: 'bill' },
        party: 'SHA',
        ref: `Employer ${sha}`,
        note: 'SHIF December 2025',
        range: [9000, 20000],
        days: [5, 7],
        trait: 'statutory',
      },
      {
        spec: { text: `NSSF TIER I AND II EMPLOYER ${nssf}`, ref: pl(), channel: 'bill' },
        party: 'NSSF',
        ref: `Employer ${nssf}`,
        note: 'NSSF December 2025',
        range: [14000, 30000],
        days: [5, 8],
        trait: 'statutory',
      },
      {
        spec: { text: `KPLC POSTPAID ACC ${kplc}`, ref: `KP${rng.digits(9)}`, channel: 'bill' },
        party: 'Kenya Power',
        ref: `Acc ${kplc}`,
        note: 'Electricity December 2025',
        range: [8000, 26000],
        days: [8, 14],
        trait: 'utility',
      },
    ];
  };
  const plFee = (a) => (a <= 10000000 ? 5000 : a <= 50000000 ? 10000 : 15000);
  D.feesIn = () => [];
  D.feesOut = (a, spec) => {
    const ex = (fee) => ({ text: 'EXCISE DUTY', ref: `EXD${rng.digits(9)}`, amount: -pct(fee, 20, 100), kind: 'tax' });
    if (spec.channel === 'pesalink') {
      const fee = plFee(a);
      return [{ text: 'PESALINK CHARGES', ref: `CHG${rng.digits(9)}`, amount: -fee, kind: 'charge' }, ex(fee)];
    }
    if (spec.channel === 'bulk') {
      const fee = 3000 * spec.staff;
      return [{ text: 'BULK PAYMENT CHARGES', ref: `CHG${rng.digits(9)}`, amount: -fee, kind: 'charge' }, ex(fee)];
    }
    return [];
  };
  D.monthEnd = (m) => {
    const sms = 500 * m.lines.length;
    return [
      { text: 'LEDGER FEE', ref: `LF${rng.digits(9)}`, amount: -50000, kind: 'charge' },
      { text: 'EXCISE DUTY', ref: `EXD${rng.digits(9)}`, amount: -10000, kind: 'tax' },
      { text: `SMS ALERT CHARGES ${monthWord(m)} 2026`, ref: `SMS${rng.digits(9)}`, amount: -sms, kind: 'charge' },
      { text: 'EXCISE DUTY', ref: `EXD${rng.digits(9)}`, amount: -pct(sms, 20, 100), kind: 'tax' },
    ];
  };
  const si = (n) => `SI-${n}`;
  D.receiptRow = (c, invs, kind, extra) => ({
    ref: invs.map(si).join(', '),
    note: {
      sale: 'receipt',
      cash: 'cash banked at branch',
      net: `receipt net of CN-${extra}`,
      order: `receipt for customer ${extra}`,
      lodged: 'cheque banked, not yet cleared',
    }[kind],
    party: c.name,
  });
  D.paymentRow = (s, ref, kind) => ({
    ref,
    note: { bill: 'supplier payment', twin: 'installation labour', cheque: 'paid by cheque' }[kind],
    party: s.name,
  });
  D.journalRow = (party, ref, kind) => ({
    ref,
    note:
      {
        supplierRefund: 'refund of overpayment',
        customerRefund: 'refund to customer',
        gatewayGross: 'online and till sales',
        gatewayFee: 'paybill charges',
        payroll: 'net salaries January 2026',
      }[kind] ?? kind,
    party,
  });

  const acct = `0150${rng.digits(9)}`;
  const bal = (v) => `${grouped(Math.abs(v))} ${v < 0 ? 'DR' : 'CR'}`;
  D.writeBank = (m, lines, open, close) => {
    const file = `m-oriental-${acct}-jan2026.xlsx`;
    let td = 0;
    let tc = 0;
    const rows = [
      ['M-ORIENTAL BANK LIMITED'],
      ['ACCOUNT STATEMENT'],
      ['A/C NAME:', up(D.company)],
      ['A/C NO:', acct],
      ['BRANCH:', 'INDUSTRIAL AREA'],
      ['CURRENCY:', 'KES'],
      ['FROM:', fmtDate(m.from, 'dd-mm-yyyy'), 'TO:', fmtDate(m.to, 'dd-mm-yyyy')],
      ['OPENING BALANCE:', bal(open)],
      [],
      ['TRAN DATE', 'VALUE DATE', 'PARTICULARS', 'CHQ/REF NO', 'DEBIT', 'CREDIT', 'BALANCE'],
      [fmtDate(m.day(0), 'dd-mm-yyyy'), null, 'BALANCE B/F', null, null, null, bal(open)],
    ];
    const view = new Map();
    for (const l of lines) {
      rows.push([
        fmtDate(l.date, 'dd-mm-yyyy'),
        fmtDate(l.date, 'dd-mm-yyyy'),
        l.text,
        l.ref ?? null,
        l.amount < 0 ? { n: -l.amount } : null,
        l.amount > 0 ? { n: l.amount } : null,
        bal(l.balance),
      ]);
      if (l.amount < 0) td -= l.amount;
      else tc += l.amount;
      view.set(l, { row: rows.length, text: l.text, reference: l.ref || null, party: null, balance: l.balance });
    }
    rows.push(['TOTAL', null, null, null, { n: td }, { n: tc }, null]);
    const totalRow = rows.length;
    rows.push(['CLOSING BALANCE', null, null, null, null, null, bal(close)]);
    return {
      file,
      bytes: xlsx('Sheet1', rows),
      headerRow: 10,
      view,
      order: 'oldest-first',
      readOptions: {
        currency: 'KES',
        sheet: 'Sheet1',
        dateOrder: 'DMY',
        mapping: {
          date: 'TRAN DATE',
          valueDate: 'VALUE DATE',
          description: 'PARTICULARS',
          reference: 'CHQ/REF NO',
          moneyOut: 'DEBIT',
          moneyIn: 'CREDIT',
          balance: 'BALANCE',
        },
      },
      nonEntryRows: [
        {
          row: totalRow,
          why: 'TOTAL row (label in the date column) with the period\u2019s debits and credits, not an entry',
        },
      ],
      layout:
        'M Oriental Bank internet-banking statement downloaded as XLSX (sheet Sheet1): eight label/value preamble rows and a blank, header in row 10, dd-mm-yyyy dates as text cells (dateOrder DMY), numeric DEBIT/CREDIT cells, BALANCE as text with a CR/DR suffix ("1,234,567.00 CR"), a dated BALANCE B/F row carrying only a balance, a TOTAL row with money whose label sits in the date column, a CLOSING BALANCE row with only a balance.',
    };
  };
  D.writeLedger = (m, rows, open) => {
    const file = 'hledger-register-m-oriental-2026-01.csv';
    const kes = (v) => `KES ${grouped(v)}`;
    const out = [['txnidx', 'date', 'code', 'description', 'account', 'amount', 'total']];
    const view = new Map();
    let idx = 412 + rng.int(0, 40);
    for (const r of rows) {
      const desc = `${r.party} | ${r.note}`;
      out.push([String(++idx), r.date, r.ref ?? '', desc, D.ledgerAccount, kes(r.amount), kes(r.balance)]);
      view.set(r, { row: out.length, reference: r.ref ?? null, description: desc, party: null });
    }
    void open;
    return {
      file,
      bytes: csv(out, { quoteAll: true }),
      headerRow: 1,
      view,
      readOptions: {
        currency: 'KES',
        mapping: {
          date: 'date',
          reference: 'code',
          description: 'description',
          amount: 'amount',
          balance: 'total',
          account: 'account',
        },
      },
      nonEntryRows: [],
      layout:
        'hledger register CSV (hledger register assets:bank:m-oriental -H -b 2026-01-01 -e 2026-02-01 -O csv): header in row 1, every cell quoted, ISO dates, code = the document (invoice, bill, PRN, cheque), description "payee | note" (no party column), one account, a signed amount with its commodity in the cell ("KES -12,000.00"), the running total with the balance carried in (-H); no opening, closing or total rows.',
    };
  };
  return D;
}

// ================================================================= ZA — Deutsche Bank Johannesburg × DATEV
export function zaDeutscheDatev(rng) {
  const D = {
    set: 'za-deutschejhb-datev',
    country: 'ZA',
    currency: 'ZAR',
    timezone: 'Africa/Johannesburg',
    year: 2026,
    month: 4,
    holidays: ['2026-04-03', '2026-04-06', '2026-04-27'],
    bank: 'Deutsche Bank AG, Johannesburg Branch',
    package: 'DATEV Kanzlei-Rechnungswesen (Kontoblatt of account 1200 Deutsche Bank JHB ZAR, exported to CSV)',
    ledgerAccount: '1200',
    company: 'Kühne Fördertechnik South Africa (Pty) Ltd',
    customers: [
      { name: 'Highveld Bottling (Pty) Ltd', bank: 'HIGHVELD BOTTLING PTY LTD', short: 'HIGHVELD BOTTLING' },
      { name: 'Witbank Colliery Services', bank: 'WITBANK COLLIERY SERVICES', short: 'WITBANK COLLIERY' },
      { name: 'Kempton Cold Stores', bank: 'KEMPTON COLD STORES CC', short: 'KEMPTON COLD STORES' },
      { name: 'Bojanala Mining Supplies', bank: 'BOJANALA MINING SUPPLIES', short: 'BOJANALA MINING' },
      { name: 'Alrode Distribution Centre', bank: 'ALRODE DISTRIBUTION CTR', short: 'ALRODE DC' },
      { name: 'Vaal Paper Mills (Pty) Ltd', bank: 'VAAL PAPER MILLS', short: 'VAAL PAPER' },
      { name: 'Ekurhuleni Steel Traders', bank: 'EKURHULENI STEEL TRADERS', short: 'EKURHULENI STEEL' },
      { name: 'Mpumalanga Coal Logistics', bank: 'MPUMALANGA COAL LOGISTIC', short: 'MPUMALANGA COAL' },
      { name: 'Durban Port Warehousing', bank: 'DURBAN PORT WAREHOUSING', short: 'DBN PORT WAREHOUSING' },
      { name: 'Pretoria Brewing Co', bank: 'PRETORIA BREWING CO', short: 'PRETORIA BREWING' },
      { name: 'Secunda Polymers (Pty) Ltd', bank: 'SECUNDA POLYMERS', short: 'SECUNDA POLYMERS' },
      { name: 'Boksburg Grain Silos', bank: 'BOKSBURG GRAIN SILOS', short: 'BOKSBURG SILOS' },
      { name: 'Müller Logistik SA (Pty) Ltd', bank: 'MUELLER LOGISTIK SA', short: 'MUELLER LOGISTIK' },
      { name: 'Nomsa Dlamini Engineering', bank: 'N DLAMINI ENGINEERING', short: 'DLAMINI ENG' },
      { name: 'Germiston Packaging', bank: 'GERMISTON PACKAGING', short: 'GERMISTON PACK' },
      { name: 'Rosslyn Auto Components', bank: 'ROSSLYN AUTO COMPONENTS', short: 'ROSSLYN AUTO' },
      { name: 'Springs Flour Mill', bank: 'SPRINGS FLOUR MILL', short: 'SPRINGS FLOUR' },
    ],
    suppliers: [
      { name: 'Vereeniging Steel Profiles', bank: 'VEREENIGING STEEL PROF', prefix: 'VSP' },
      { name: 'Isando Motors & Drives', bank: 'ISANDO MOTORS DRIVES', prefix: 'IMD' },
      { name: 'Jet Park Freight Forwarding', bank: 'JET PARK FREIGHT', prefix: 'JPF' },
      { name: 'Germiston Industrial Properties', bank: 'GERMISTON IND PROPERTIES', prefix: 'GIP' },
      { name: 'Elandsfontein Fuel Depot', bank: 'ELANDSFONTEIN FUEL', prefix: 'EFD' },
      { name: 'Edenvale Bearings', bank: 'EDENVALE BEARINGS', prefix: 'EDB' },
      { name: 'Wadeville Electrical', bank: 'WADEVILLE ELECTRICAL', prefix: 'WDE' },
      { name: 'Benoni Rubber Belting', bank: 'BENONI RUBBER BELTING', prefix: 'BRB' },
      { name: 'Meadowdale Fasteners', bank: 'MEADOWDALE FASTENERS', prefix: 'MDF' },
    ],
    twinPayee: { name: 'Tembisa Rigging Crew', bank: 'TEMBISA RIGGING' },
    twinText: 'SITE LABOUR',
    strangers: [
      { name: 'x', bank: 'J VAN DER MERWE', short: 'JVDM' },
      { name: 'y', bank: 'SOLUTIONS HUB PTY LTD', short: 'DEPOSIT' },
    ],
    strangerText: ['JVDM', 'DEPOSIT'],
    invoiceBase: 4500,
    creditNoteBase: 300,
    chequeBase: 870,
    cheques: false,
    cashPayers: 0,
    receiptRange: [4500, 480000],
    paymentRange: [6000, 280000],
    cardRange: [900, 4800],
    roundTo: 100000,
    shortRate: [25, 1000],
    shortTrait: 'short-settlement-discount-2-5pct',
    gatewayFee: [29, 1000],
    channelLimit: 50000000,
  };
  D.writings = [
    { f: (n) => `${n}`, trait: 'ref-serial-only' },
    { f: (n) => `INV ${n}`, trait: 'ref-other-prefix' },
    { f: (n) => `re${n}`, trait: 'ref-lowercase' },
    { f: (n) => `RE-${n}`, trait: 'ref-canonical' },
    { f: (n) => `INVOICE ${n}`, trait: 'ref-words' },
    { f: (n) => `${String(n).slice(0, 2)} ${String(n).slice(2)}`, trait: 'ref-split-digits' },
  ];
  const accountNo = () => `${rng.int(1, 9)}${rng.digits(9)}`;
  const bankCodes = ['250655', '632005', '051001', '198765', '470010'];
  // Payment details hold the payer's own reference (20 characters at most, as SA EFT references are)
  D.payerText = (w, c) => (rng.next() < 0.5 ? `${w} ${c.short ?? ''}` : w).slice(0, 20).trim();
  D.multiInvoices = (ns) => `${ns[0]}+${ns[1]}+${ns[2]}`;
  D.partWriting = (n, k) => (k === 0 ? `PART ${n}` : `${n} PMT ${k}`);
  D.lessCreditNote = (n, cn) => `${n} LESS CN${cn}`;
  D.customerOrder = () => {
    const n = rng.int(4500100, 4500999);
    return { bank: `PO ${n}`, books: `PO ${n}` };
  };
  const spec = (type, party, details, ref, channel, acct) => ({
    type,
    party,
    details,
    text: `${type} — ${details}`,
    ref,
    acct: acct ?? null,
    channel,
  });
  D.inLine = (c, text, { refOnly }) =>
    spec(
      'EFT CREDIT',
      bankName(c),
      refOnly ? '' : text || c.short || bankName(c),
      refOnly ? text : '',
      'eft',
      accountNo(),
    );
  D.outLine = (s, text) =>
    spec('EFT DEBIT', bankName(s), text || 'KUEHNE FT SA', `KFT${rng.digits(7)}`, 'eft', accountNo());
  D.reversalLine = (s, text) =>
    spec(
      'EFT RETURN',
      bankName(s),
      `UNPAID ${text} ACC CLOSED`.slice(0, 35),
      `KFT${rng.digits(7)}`,
      'reversal',
      accountNo(),
    );
  D.ourText = (b) => `KUEHNE ${b.bank}`;
  D.bill = (s) => {
    const n = rng.int(31000, 89999);
    return { books: `${s.prefix}${n}`, bank: `${s.prefix}${n}` };
  };
  D.refundText = (cn) => `KUEHNE REFUND GS${cn}`;
  D.creditNote = (cn) => `GS${cn}`;
  D.chequeRef = (no) => `PMT00${no}`;
  D.chequeLine = (no, s) => spec('EFT DEBIT', bankName(s), `KUEHNE PMT ${no}`, `PMT00${no}`, 'eft', accountNo());
  D.cardLine = () => spec('CARD TRANSACTION', 'TAKEALOT.COM', `CARD 4412****${rng.digits(4)}`, '', 'card');
  D.settlement = (kind) => {
    if (kind === 'netId') {
      const id = `8${rng.digits(8)}`;
      return {
        spec: spec('EFT CREDIT', 'PEACH PAYMENTS', `SETTLE ${id}`, '', 'eft', accountNo()),
        party: 'Peach Payments',
        ref: id,
      };
    }
    if (kind === 'grossFee') {
      const id = rng.digits(7);
      return {
        spec: spec('EFT CREDIT', 'PAYFAST', `PF PAYOUT ${id}`, '', 'eft', accountNo()),
        party: 'PayFast',
        ref: `PF${id}`,
      };
    }
    return { spec: spec('EFT CREDIT', 'OZOW', 'OZOW SETTLEMENT', '', 'eft', accountNo()), party: 'Ozow' };
  };
  D.payroll = () => {
    const b = rng.int(3100, 3899);
    return {
      spec: spec('BULK PAYMENT', 'SALARIES', `SAL APR26 B${b}`, `BATCH${b}`, 'bulk'),
      party: 'Salaries',
      ref: `B${b}`,
    };
  };
  D.statutory = () => {
    const prn1 = `7${rng.digits(9)}`;
    const prn2 = `4${rng.digits(9)}`;
    const cf = `99${rng.digits(7)}`;
    const coe = `50${rng.digits(8)}`;
    return [
      {
        spec: spec('EFT DEBIT', 'SARS EFILING', `${prn1} EMP201`, `SARS${rng.digits(6)}`, 'sars'),
        party: 'SARS',
        ref: prn1,
        note: 'EMP201 03/2026',
        range: [60000, 140000],
        days: [4, 6],
        trait: 'statutory',
      },
      {
        spec: spec('EFT DEBIT', 'SARS EFILING', `${prn2} VAT201`, `SARS${rng.digits(6)}`, 'sars'),
        party: 'SARS',
        ref: prn2,
        note: 'VAT201 Periode 03/2026',
        range: [90000, 260000],
        days: [15, 17],
        trait: 'statutory',
      },
      {
        spec: spec('DEBIT ORDER', 'COMPENSATION FUND', `COIDA ${cf}`, '', 'debitorder'),
        party: 'Compensation Fund',
        ref: cf,
        note: 'COIDA Beitrag',
        range: [5000, 16000],
        days: [1, 3],
        trait: 'debit-order',
      },
      {
        spec: spec('EFT DEBIT', 'CITY OF EKURHULENI', `ACC ${coe}`, `KFT${rng.digits(7)}`, 'eft'),
        party: 'City of Ekurhuleni',
        ref: coe,
        note: 'Strom/Wasser/Grundsteuer',
        range: [18000, 46000],
        days: [8, 12],
        trait: 'utility',
      },
    ];
  };
  D.feesIn = () => [];
  D.feesOut = (a, s) => {
    const fee = (details, amount) => ({
      ...spec('SERVICE CHARGE', '', details, '', 'fee'),
      party: '',
      text: `SERVICE CHARGE — ${details}`,
      amount: -amount,
      kind: 'charge',
    });
    if (s.channel === 'eft' || s.channel === 'sars') return [fee('EFT PAYMENT FEE', 875)];
    if (s.channel === 'bulk') return [fee('BULK PAYMENT FEE', 5500)];
    if (s.channel === 'debitorder') return [fee('DEBIT ORDER FEE', 420)];
    return [];
  };
  D.monthEnd = () => {
    const interest = 5000 + rng.int(0, 40000);
    return [
      { ...spec('SERVICE CHARGE', '', 'MONTHLY ACCOUNT FEE', '', 'fee'), amount: -45000, kind: 'charge' },
      { ...spec('INTEREST', '', 'CREDIT INTEREST 04/2026', '', 'fee'), amount: interest, kind: 'interest' },
    ];
  };
  const gk = new Map();
  let gkN = 0;
  const gegen = (party, inflow) => {
    if (!party) return inflow ? '1360' : '1361';
    if (!gk.has(party)) gk.set(party, String((inflow ? 10000 : 70000) + ++gkN));
    return gk.get(party);
  };
  D.receiptRow = (c, invs, kind, extra) => ({
    ref: invs.map((n) => `RE-${n}`).join(','),
    note: {
      sale: `ZE ${c.name}`,
      cash: `ZE ${c.name}`,
      net: `ZE ${c.name} abzgl. GS${extra}`,
      order: `ZE ${c.name} ${extra}`,
      advised: `ZE avisiert ${c.name}`,
    }[kind],
    party: c.name,
    gegen: gegen(c.name, true),
  });
  D.paymentRow = (s, ref, kind) => ({
    ref,
    note: { bill: `ZA ${s.name}`, twin: `ZA ${s.name} Montage`, cheque: `ZA ${s.name} Überweisung terminiert` }[kind],
    party: s.name,
    gegen: gegen(s.name, false),
  });
  D.journalRow = (party, ref, kind) => ({
    ref,
    note:
      {
        supplierRefund: `Erstattung ${party}`,
        customerRefund: `Rückzahlung ${party}`,
        gatewayGross: `Umsatz ${party}`,
        gatewayFee: `Gebühren ${party}`,
        payroll: 'Löhne und Gehälter 04/2026',
      }[kind] ?? `${party} ${kind}`,
    party,
    gegen: kind === 'gatewayFee' ? '4970' : kind === 'payroll' ? '1755' : gegen(party, kind !== 'customerRefund'),
  });

  const acct = `0010${rng.digits(8)}`;
  D.writeBank = (m, lines, open, close) => {
    const file = `deutschebank-jhb-${acct}-apr2026.csv`;
    const us = (iso) => fmtDate(iso, 'mm/dd/yyyy');
    const rows = [
      ['Transactions Business Account (Deutsche Bank AG Johannesburg Branch)'],
      ['Account holder', up(D.company).replace('Ü', 'UE').replace('Ö', 'OE')],
      ['Account', acct],
      ['Period', `${us(m.from)} - ${us(m.to)}`],
      ['Opening balance', grouped(open), 'ZAR'],
      [],
      [
        'Booking date',
        'Value date',
        'Transaction Type',
        'Beneficiary / Originator',
        'Payment Details',
        'Account number',
        'Bank code',
        'Customer Reference',
        'Debit',
        'Credit',
        'Currency',
      ],
    ];
    const view = new Map();
    for (const l of lines) {
      rows.push([
        us(l.date),
        us(l.date),
        l.type,
        l.party ?? '',
        l.details,
        l.acct ?? '',
        l.acct ? rng.pick(bankCodes) : '',
        l.ref ?? '',
        l.amount < 0 ? grouped(l.amount) : '',
        l.amount > 0 ? grouped(l.amount) : '',
        'ZAR',
      ]);
      view.set(l, {
        row: rows.length,
        text: l.details ? `${l.type} — ${l.details}` : l.type,
        reference: l.ref || null,
        party: l.party || null,
        acct: l.acct || null,
        balance: null,
      });
    }
    rows.push(['Account balance', '', '', '', '', '', '', '', '', grouped(close), 'ZAR']);
    return {
      file,
      bytes: csv(rows, { delimiter: ';' }),
      headerRow: 7,
      view,
      order: 'oldest-first',
      readOptions: {
        currency: 'ZAR',
        dateOrder: 'MDY',
        mapping: {
          date: 'Booking date',
          valueDate: 'Value date',
          description: ['Transaction Type', 'Payment Details'],
          party: 'Beneficiary / Originator',
          account: 'Account number',
          reference: 'Customer Reference',
          moneyOut: 'Debit',
          moneyIn: 'Credit',
          currency: 'Currency',
        },
      },
      nonEntryRows: [
        {
          row: rows.length,
          why: 'closing "Account balance" row (undated, the balance in the Credit column), not an entry',
        },
      ],
      layout:
        'Deutsche Bank online-banking CSV in English, semicolon-separated, UTF-8 without BOM: five label rows (the opening balance among them) and a blank, header in row 7, month-first mm/dd/yyyy dates (dateOrder MDY), Debit written negative ("-1,250.00") and Credit positive, the payer/payee in Beneficiary / Originator with its account number and bank code, the payer\u2019s EFT reference (20 characters at most) in Payment Details, our own reference in Customer Reference, a Currency column, no running balance, a closing "Account balance" row with the balance in the Credit column.',
    };
  };
  D.writeLedger = (m, rows, open, close) => {
    const file = 'datev-kontoblatt-1200-2026-04.csv';
    const de = (v) => money(v, { group: '.', dec: ',' });
    const saldo = (v) => `${de(Math.abs(v))} ${v < 0 ? 'H' : 'S'}`;
    const out = [
      ['Kontoblatt', 'Konto 1200 Deutsche Bank JHB ZAR'],
      ['Mandant', D.company],
      ['Zeitraum', `${fmtDate(m.from, 'dd.mm.yyyy')} - ${fmtDate(m.to, 'dd.mm.yyyy')}`],
      [],
      ['Datum', 'Belegfeld 1', 'Buchungstext', 'Gegenkonto', 'Soll', 'Haben', 'Saldo'],
      [fmtDate(m.from, 'dd.mm.yyyy'), '', 'Saldovortrag', '', '', '', saldo(open)],
    ];
    const view = new Map();
    let ts = 0;
    let th = 0;
    for (const r of rows) {
      const text = `${r.note}${r.ref && !r.note.includes(r.ref) && /^\d+$/.test(r.ref) ? '' : ''}`.slice(0, 60);
      out.push([
        fmtDate(r.date, 'dd.mm.yyyy'),
        r.ref ?? '',
        text,
        r.gegen ?? '',
        r.amount > 0 ? de(r.amount) : '',
        r.amount < 0 ? de(-r.amount) : '',
        saldo(r.balance),
      ]);
      if (r.amount > 0) ts += r.amount;
      else th -= r.amount;
      view.set(r, { row: out.length, reference: r.ref || null, description: text, party: null });
    }
    out.push(['', '', 'Summe Verkehrszahlen', '', de(ts), de(th), '']);
    const sumRow = out.length;
    out.push([fmtDate(m.to, 'dd.mm.yyyy'), '', 'Endsaldo', '', '', '', saldo(close)]);
    return {
      file,
      bytes: csv(out, { delimiter: ';', encoding: 'windows-1252' }),
      headerRow: 5,
      view,
      readOptions: {
        currency: 'ZAR',
        dateOrder: 'DMY',
        decimalSeparator: ',',
        encoding: 'windows-1252',
        mapping: {
          date: 'Datum',
          reference: 'Belegfeld 1',
          description: 'Buchungstext',
          moneyIn: 'Soll',
          moneyOut: 'Haben',
        },
      },
      nonEntryRows: [
        { row: sumRow, why: 'undated "Summe Verkehrszahlen" row (the period\u2019s debits and credits), not an entry' },
      ],
      layout:
        'DATEV Kontoblatt (account sheet) of account 1200 exported to CSV: Windows-1252 (umlauts in Buchungstext), semicolon-separated, German headers, three label rows and a blank, header in row 5, dd.mm.yyyy dates (dateOrder DMY), decimal comma with dot grouping ("12.500,00"), Soll = money in and Haben = money out on the bank account, Gegenkonto numbers (customers 1xxxx, suppliers 7xxxx), Belegfeld 1 = invoice/document number, no party column (the name is inside Buchungstext), Saldo with an S/H suffix (not mapped), a dated Saldovortrag and Endsaldo row carrying only a balance, an undated "Summe Verkehrszahlen" row with money.',
    };
  };
  return D;
}

export const SETS = [ngVfdClearBooks, ghOislTwinfield, keMorientalHledger, zaDeutscheDatev];
export { prevMonth };
