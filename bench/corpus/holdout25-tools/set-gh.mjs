// Ghana: Owusu-Addo Building Supplies Ltd, Kumasi — an FBNBank Ghana current account (internet banking CSV) against
// FrontAccounting's "GL Account Transactions" report of the bank account, printed to Excel and saved as XLSX.
import { commas, csvText, fmtDate, part, xlsxBuffer } from './lib.mjs';

export function profile(rng) {
  const pad3 = (n) => String(n).padStart(3, '0');
  let debits = rng.int(0, 1);
  const P = {
    set: 'gh-fbnbank-frontaccounting',
    country: 'GH',
    currency: 'GHS',
    timezone: 'Africa/Accra',
    period: { from: '2025-08-01', to: '2025-08-31' },
    holidays: ['2025-08-04'],
    opening: 18642035,
    minBalance: 2500000,
    // VAT 15 % on the price plus NHIL 2.5 %, GETFund 2.5 % and COVID-19 levy 1 %: 1.06 × 1.15
    tax: { num: 1219, den: 1000 },
    scale: {
      invoice: [240000, 4800000],
      bill: [2000000, 10000000],
      small: [35000, 420000],
      payroll: [7800000, 9800000],
      transfer: [8000000, 15000000],
      wallet: [45000, 180000],
      step: 100,
    },
    counts: { invoiceRef: 9, invoicesInOneTransfer: 2, billRef: 3, chequeDeposit: true, returnedCheque: false },
    roundUpTo: 10000,
    payerCharge: 800,
    withholding: [
      { trait: 'short-withholding-tax-3pct', num: 3, den: 100, base: 'net' },
      { trait: 'short-withholding-tax-5pct', num: 5, den: 100, base: 'net' },
    ],
    invoiceSerialStart: 380,
    creditNoteSerialStart: 600,
    invoiceId: (serial) => `${pad3(serial)}/2025`,
    creditNoteId: (serial) => `${pad3(serial)}/2025`,
    writeCreditNote: (cn, r) => (r.chance(0.5) ? `CN ${cn}` : `CREDIT NOTE ${cn.slice(0, 3)}`),
    billId: (s, serial) => {
      const n = String(serial).padStart(4, '0');
      const id = `${s.prefix}-25-${n}`;
      return { id, quote: rng.pick([id, `${s.prefix}25${n}`, `INV ${n}`, `${s.prefix} ${n}`]) };
    },
    purchaseOrder: (r) => {
      const id = `PO-${r.int(2100, 2999)}`;
      return { id, quote: id.replace('-', ' ') };
    },
    supplierCreditNoteId: (r) => `SCN${r.num(4)}`,
    writings: [
      { trait: 'ref-canonical', write: (i) => i.id },
      { trait: 'ref-prefix-doctype', write: (i) => `INV ${i.id}` },
      { trait: 'ref-short-year', write: (i) => `${i.serial}/25` },
      { trait: 'ref-lowercase-joined', write: (i) => `inv${i.serial}` },
      { trait: 'ref-dashes', write: (i) => `${i.serial}-2025` },
      { trait: 'ref-year-first', write: (i) => `2025/${i.serial}` },
      { trait: 'ref-serial-only', write: (i) => `INVOICE NO. ${i.serial}` },
      { trait: 'ref-padded', write: (i) => `SI ${String(i.serial).padStart(4, '0')}/2025` },
      { trait: 'ref-hash', write: (i) => `#${i.serial}` },
      { trait: 'ref-joined', write: (i) => `INV${i.serial}/2025` },
    ],
    customers: [
      { book: 'Kwabena Nkrumah Construction Works', bank: 'KWABENA NKRUMAH CONSTRUCTION' },
      { book: 'Abrepo Hardware Centre', bank: 'ABREPO HARDWARE CTR' },
      { book: 'Suame Roofing Solutions Ltd', bank: 'SUAME ROOFING SOLUTIONS LIMITED' },
      { book: 'Sunyani Builders Mart', bank: 'SUNYANI BUILDERS MART' },
      { book: 'Techiman Hardware & Paints', bank: 'TECHIMAN HARDWARE AND PAINTS' },
      { book: 'Obuasi Mining Estates Ltd', bank: 'OBUASI MINING ESTATES LTD' },
      { book: 'Ahodwo Estates Ltd', bank: 'AHODWO ESTATES LIMITED' },
      { book: 'Tafo Aluminium Works', bank: 'TAFO ALUMINIUM WORKS ENT' },
      { book: 'Bantama Electricals', bank: 'BANTAMA ELECTRICALS CO' },
      { book: 'Santasi Tiles Depot', bank: 'SANTASI TILES DEPOT' },
      { book: 'Konongo Builders Co-operative', bank: 'KONONGO BUILDERS COOPERATIVE' },
      { book: 'Mampong Timber & Roofing', bank: 'MAMPONG TIMBER AND ROOFING' },
      { book: 'Asokwa Cement Depot', bank: 'ASOKWA CEMENT DEPOT', exact: true },
      { book: 'Atonsu Block Works', bank: 'ATONSU BLOCK WORKS', exact: true },
      { book: 'Kaase Plumbing Supplies', bank: 'KAASE PLUMBING SUPPLIES', exact: true },
      { book: 'Nhyiaeso Interiors', bank: 'NHYIAESO INTERIORS', exact: true },
      { book: 'Offinso Hardware Stores', bank: 'OFFINSO HARDWARE STORES', exact: true },
      {
        role: 'third-party',
        book: 'Adum Plaza Developers Ltd',
        bank: 'ADUM PLAZA DEVELOPERS',
        payer: 'GOLDEN STOOL PROPERTIES LTD',
      },
      {
        role: 'different-payer',
        book: 'Ejisu Block Factory',
        bank: 'EJISU BLOCK FACTORY',
        payer: 'AKOSUA MANU',
        msisdn: '024***7781',
      },
      { role: 'contract', book: 'Ashanti Facilities Management Ltd', bank: 'ASHANTI FACILITIES MGT LTD' },
    ],
    suppliers: [
      { book: 'Tema Cement Products Ltd', bank: 'TEMA CEMENT PRODUCTS LTD', prefix: 'TCP' },
      { book: 'Accra Steel Rods Ltd', bank: 'ACCRA STEEL RODS LIMITED', prefix: 'ASR' },
      { book: 'Takoradi Timber Export', bank: 'TAKORADI TIMBER EXPORT CO', prefix: 'TTE' },
      { book: 'Ashanti Paints Manufacturing', bank: 'ASHANTI PAINTS MFG', prefix: 'APM' },
      { book: 'Kasoa Pipes & Fittings', bank: 'KASOA PIPES AND FITTINGS', prefix: 'KPF' },
      { book: 'Spintex Tiles Importers', bank: 'SPINTEX TILES IMPORTERS LTD', prefix: 'STI' },
      { book: 'Buokrom Transport Services', bank: 'BUOKROM TRANSPORT SERVICES', prefix: 'BTS', exact: true },
      { book: 'Adum Stationery Centre', bank: 'ADUM STATIONERY CENTRE', prefix: 'ASC', exact: true },
    ],
    statutory: [
      {
        key: 'ssnit',
        label: 'SSNIT TIER 1 JUL 2025',
        party: 'SSNIT',
        book: 'SSNIT tier 1 contributions July 2025',
        id: (r) => `CR${r.num(7)}`,
        amt: [950000, 1450000],
        day: 8,
      },
      {
        key: 'tier2',
        label: 'TIER 2 JUL 2025',
        party: 'Asante Pensions Trust',
        book: 'Tier 2 pension July 2025',
        id: (r) => `T2${r.digits(6)}`,
        amt: [360000, 540000],
        day: 8,
      },
      {
        key: 'paye',
        label: 'PAYE JUL 2025',
        party: 'Ghana Revenue Authority',
        book: 'PAYE July 2025',
        id: (r) => `P${r.num(10)}`,
        amt: [1100000, 1650000],
        day: 9,
      },
      {
        key: 'vat',
        label: 'VAT JUL 2025',
        party: 'Ghana Revenue Authority',
        book: 'VAT, NHIL, GETFund and COVID levy July 2025',
        id: (r) => `V${r.num(10)}`,
        amt: [3200000, 4800000],
        day: 20,
      },
    ],
    payday: 17,
    heads: [28, 36],
    payrollBatch: (r) => `SAL${r.num(5)}`,
    settlements: [
      { name: 'PAYSTACK', txn: [8000, 150000], fee: (v) => part(v, 195, 10000), id: (r) => r.num(8) },
      { name: 'EXPRESSPAY', txn: [12000, 220000], fee: (v) => part(v, 15, 1000), id: (r) => `XP${r.num(9)}` },
      { name: 'MOMO', txn: [5000, 90000], fee: (v) => part(v, 1, 100), id: () => null },
    ],
    unknownPayers: [
      { chan: 'gip', bank: 'YAW OPOKU', memo: 'MATERIALS' },
      { chan: 'momo', bank: 'ABENA SERWAA', msisdn: '055***2290', memo: null },
    ],
    unrecorded: { text: 'POS PURCHASE - ADUM OFFICE SUPPLIES KUMASI', amt: [25000, 160000] },
    presented: [{ kind: 'cheque' }, { kind: 'cheque' }],
    firstCheque: 310450,
    otherAccount: false,
    differentPayerChannel: 'momo',
    failedChannel: 'gip',
    walletWorkers: [
      { book: 'Yaw Boateng', bank: 'YAW BOATENG', wallet: 'TELECEL CASH', msisdn: '050***4418' },
      { book: 'Kojo Asamoah', bank: 'KOJO ASAMOAH', wallet: 'MTN MOMO', msisdn: '054***0937' },
    ],
    creditChannel: (r) => (r.chance(0.65) ? 'gip' : 'ach'),
    // urgent payments go by GIP (instant, charged each), the rest by ACH (charged monthly): about half each
    debitChannel: () => (++debits % 2 === 0 ? 'gip' : 'ach'),
    charges: (bank, ctx) => charges(bank, ctx),
  };
  return P;
}

function charges(bank, { W }) {
  const out = [];
  let ach = 0;
  for (const b of bank) {
    if (b.amt >= 0 || b.x.failed) continue;
    const gip = b.chan === 'gip' || (b.kind === 'statutory' && b.who.key === 'tier2');
    if (gip)
      out.push({
        date: b.date,
        seq: b.seq + 0.00001,
        amt: -Math.max(200, Math.min(part(-b.amt, 5, 1000), 1500)),
        kind: 'fee',
        text: 'GIP OUTWARD TRANSFER CHARGE',
        chargeKind: 'charge',
        traits: ['transfer-fee'],
      });
    if (b.chan === 'ach') ach++;
    if (b.kind === 'wallet')
      out.push({
        date: b.date,
        seq: b.seq + 0.00001,
        amt: -Math.min(Math.max(part(-b.amt, 1, 100), 150), 1000),
        kind: 'fee',
        text: 'BANK TO WALLET CHARGE',
        chargeKind: 'charge',
        traits: ['wallet-fee'],
      });
  }
  const end = W[W.length - 1];
  out.push({
    date: end,
    seq: 10,
    amt: -300 * ach,
    kind: 'fee',
    text: `ACH OUTWARD CHARGES AUG 2025 (${ach} ITEMS)`,
    chargeKind: 'charge',
    traits: ['monthly-transaction-charges'],
  });
  out.push({
    date: end,
    seq: 11,
    amt: -5000,
    kind: 'fee',
    text: 'ACCOUNT MAINTENANCE FEE AUG 2025',
    chargeKind: 'charge',
    traits: ['maintenance-fee'],
  });
  out.push({
    date: end,
    seq: 12,
    amt: -15 * (bank.length + out.length + 1),
    kind: 'fee',
    text: 'SMS ALERT CHARGES AUG 2025',
    chargeKind: 'charge',
    traits: ['sms-fee'],
  });
  return out;
}

// ---------------------------------------------------------------- the bank file (FBNBank Ghana internet banking, CSV)

export function renderBank(P, items, { opening, closing }, rng) {
  const ref = (d, kind) => `045FT${kind}${d.slice(2, 4)}${dayOfYear(d)}${rng.digits(5)}`;
  const remark = (b) => {
    const r = b.refs.join(' AND ');
    if (b.x.typoOf) return rng.pick([`INV ${b.refs[0]}`, `PAYMENT ${b.refs[0]}`]);
    if (!r) return rng.pick(['PAYMENT', 'BUILDING MATERIALS', 'MATERIALS PAYMENT', '']);
    if (b.x.withheld) return `${r} LESS WHT`;
    if (b.x.cn) return `${r} LESS CN`;
    if (b.x.lessCharge) return `${r} NET OF CHARGES`;
    if (b.x.instalment) return rng.pick([`PART PAYMENT ${r}`, `${r} PART PAYMENT`]);
    return rng.pick([r, `PAYMENT ${r}`, `${r} MATERIALS`]);
  };
  const text = (b) => {
    const name = b.payer ?? b.who?.bank;
    switch (b.kind) {
      case 'receipt':
      case 'supplier-refund': {
        const memo = b.kind === 'supplier-refund' ? `REFUND ${b.refs[0]}` : remark(b);
        if (b.chan === 'anonymous') return { n: 'CASH DEPOSIT - ADUM BRANCH', r: ref(b.date, 'CD') };
        if (b.chan === 'momo') {
          const msisdn = b.who.msisdn ?? '020***5521';
          return { n: `MOMO TO BANK ${msisdn} ${name}${memo ? ` ${memo}` : ''}`, r: ref(b.date, 'MB') };
        }
        if (b.chan === 'ach') return { n: `ACH CREDIT FRM ${name}${memo ? ` ${memo}` : ''}`, r: ref(b.date, 'AC') };
        return { n: `GIP CREDIT/${name}${memo ? `/${memo}` : ''}`, r: ref(b.date, 'GI') };
      }
      case 'cheque-deposit':
        return { n: `CHQ DEPOSIT ${b.who.bank} CHQ ${b.x.cheque}`, r: b.x.cheque };
      case 'settlement':
        if (b.who.name === 'PAYSTACK')
          return { n: `GIP CREDIT/PAYSTACK GHANA LTD/PAYOUT ${b.x.id}`, r: ref(b.date, 'GI') };
        if (b.who.name === 'EXPRESSPAY')
          return { n: `ACH CREDIT FRM EXPRESSPAY GHANA ${b.x.id}`, r: ref(b.date, 'AC') };
        return { n: 'MTN MOMO MERCHANT SETTLEMENT', r: ref(b.date, 'MM') };
      case 'payment':
      case 'customer-refund': {
        const memo =
          b.kind === 'customer-refund'
            ? `REFUND ${b.refs[0]}`
            : b.refs.length
              ? rng.pick([b.refs[0], `PYMT ${b.refs[0]}`])
              : rng.pick(['OWUSU-ADDO PAYMENT', 'SUPPLIES']);
        return b.chan === 'ach'
          ? { n: `ACH DEBIT TO ${name} ${memo}`, r: ref(b.date, 'AD') }
          : { n: `GIP DEBIT/${name}/${memo}`, r: ref(b.date, 'GO') };
      }
      case 'reversal': {
        const orig = text.cache.get(b.x.of.key);
        return { n: `REV ${orig.n}`, r: orig.r };
      }
      case 'own-transfer':
        return b.chan === 'ach'
          ? { n: 'ACH DEBIT TO OWUSU-ADDO BUILDING SUPPLIES TRF TO GCB A/C', r: ref(b.date, 'AD') }
          : { n: 'GIP DEBIT/OWUSU-ADDO BUILDING SUPPLIES/TRF TO GCB A/C', r: ref(b.date, 'GO') };
      case 'cheque-presented':
        return { n: `CHQ PAID ${b.x.cheque} CLEARING`, r: b.x.cheque };
      case 'payroll':
        return { n: `BULK SALARY PAYMENT AUG 2025 ${b.x.batch}`, r: ref(b.date, 'BK') };
      case 'statutory':
        if (b.who.key === 'tier2')
          return { n: `GIP DEBIT/ASANTE PENSIONS TRUST/${b.who.label} ${b.x.id}`, r: ref(b.date, 'GO') };
        if (b.who.key === 'ssnit') return { n: `SSNIT CONTRIBUTION ${b.x.id} JUL 2025`, r: ref(b.date, 'SS') };
        return { n: `GRA TAX PAYMENT ${b.x.id} ${b.who.label}`, r: ref(b.date, 'GR') };
      case 'wallet':
        return { n: `BANK TO WALLET/${b.who.wallet}/${b.who.msisdn}/${b.who.bank}`, r: ref(b.date, 'BW') };
      case 'unrecorded':
        return { n: b.who.text, r: ref(b.date, 'PS') };
      case 'fee':
        return { n: b.text, r: '' };
      default:
        throw new Error(`GH: no narration for ${b.kind}`);
    }
  };
  text.cache = new Map();
  const money = (m) => (m ? commas(m) : '');
  const pre = [
    ['FBNBank Ghana Limited'],
    ['Customer Statement'],
    ['Account Name', 'OWUSU-ADDO BUILDING SUPPLIES LTD'],
    ['Account Number', '1021460035011'],
    ['Currency', 'GHS'],
    ['Statement Period', '01 Aug 2025 - 31 Aug 2025'],
    ['Opening Balance', commas(opening)],
    ['Closing Balance', commas(closing)],
    [],
  ];
  const headerRow = pre.length + 1;
  const rows = [...pre, ['Post Date', 'Value Date', 'Details', 'Reference', 'Debit', 'Credit', 'Balance']];
  const dmy = (d) => fmtDate(d, 'DD/MM/YYYY');
  rows.push([dmy(P.period.from), dmy(P.period.from), 'BALANCE B/F', '', '', '', commas(opening)]);
  const bf = rows.length;
  const rowOf = new Map();
  const cells = new Map();
  for (const b of items) {
    const t = text(b);
    text.cache.set(b.key, t);
    rows.push([
      dmy(b.date),
      dmy(b.date),
      t.n,
      t.r,
      money(b.amt < 0 ? -b.amt : 0),
      money(b.amt > 0 ? b.amt : 0),
      commas(b.balance),
    ]);
    rowOf.set(b.key, rows.length);
    cells.set(b.key, { text: t.n, reference: t.r || null });
  }
  return {
    file: 'fbnbank-gh-1021460035011-aug2025.csv',
    data: csvText(rows),
    bank: 'FBNBank Ghana',
    headerRow,
    rowOf,
    cells,
    order: 'oldest-first',
    layout:
      'FBNBank Ghana internet banking statement, CSV: eight preamble rows (account, currency, period, opening and closing balance) and a blank row, header in row 10, dates DD/MM/YYYY, Debit and Credit with thousands commas (quoted), a dated BALANCE B/F row first (not an entry)',
    nonEntryRows: [{ row: bf, why: 'balance brought forward, dated the first of the month: not an entry' }],
    ledgerAccount: '1062',
    readOptions: {
      currency: 'GHS',
      dateOrder: 'DMY',
      mapping: {
        date: 'Post Date',
        valueDate: 'Value Date',
        description: 'Details',
        reference: 'Reference',
        moneyOut: 'Debit',
        moneyIn: 'Credit',
        balance: 'Balance',
      },
    },
  };
}

function dayOfYear(d) {
  const n = (Date.parse(`${d}T00:00:00Z`) - Date.parse(`${d.slice(0, 4)}-01-01T00:00:00Z`)) / 86400000 + 1;
  return String(n).padStart(3, '0');
}

// ---------------------------------------------------------------- the ledger file (FrontAccounting, XLSX)

export function renderLedger(P, books, { opening }, rng) {
  const seqs = {
    cp: 120 + rng.int(0, 20),
    sp: 60 + rng.int(0, 10),
    bp: 200 + rng.int(0, 10),
    bd: 230 + rng.int(0, 10),
    ft: 11,
  };
  const nextRef = (k) => `${String(++seqs[k]).padStart(3, '0')}/2025`;
  let transNo = 400 + rng.int(0, 50);
  const line = (l) => {
    const who = l.who?.book ?? '';
    switch (l.kind) {
      case 'receipt': {
        let memo = `Inv ${l.docs[0]}`;
        if (l.x.cn) memo = `Inv ${l.docs[0]} less CN ${l.x.cn}`;
        if (l.x.cheque) memo = `Inv ${l.docs[0]} chq ${l.x.cheque}`;
        if (l.x.contract) memo = `Inv ${l.docs[0]} monthly materials contract`;
        return ['Customer Payment', nextRef('cp'), who, memo];
      }
      case 'supplier-refund':
        return ['Bank Deposit', nextRef('bd'), who, `Refund ${l.docs[0]}`];
      case 'settlement':
        if (l.who.name === 'PAYSTACK')
          return ['Bank Deposit', nextRef('bd'), 'Paystack Ghana', `Online sales payout ${l.docs[0]}`];
        if (l.who.name === 'EXPRESSPAY')
          return ['Bank Deposit', nextRef('bd'), 'ExpressPay Ghana', `Sales collected ${l.docs[0]}`];
        return ['Bank Deposit', nextRef('bd'), 'MTN MoMo Merchant', `MoMo sales ${fmtDate(l.x.salesDay, 'DD/MM')}`];
      case 'settlement-fee':
        return ['Bank Payment', nextRef('bp'), 'ExpressPay Ghana', `Charges ${l.docs[0]}`];
      case 'payment':
        if (l.x.po) return ['Supplier Payment', nextRef('sp'), who, `${l.docs[0]} delivery`];
        return ['Supplier Payment', nextRef('sp'), who, `Bill ${l.docs[0]}`];
      case 'cheque':
        return ['Supplier Payment', nextRef('sp'), who, `Cheque ${l.x.cheque}`];
      case 'customer-refund':
        return ['Bank Payment', nextRef('bp'), who, `Refund of credit note ${l.docs[0]}`];
      case 'statutory':
        return ['Bank Payment', nextRef('bp'), l.who.party, `${l.who.book} ref ${l.docs[0]}`];
      case 'payroll':
        return ['Bank Payment', nextRef('bp'), 'Staff salaries', `Net salaries Aug 2025 batch ${l.docs[0]}`];
      case 'own-transfer':
        return ['Funds Transfer', nextRef('ft'), '', 'Transfer to GCB current account'];
      case 'wallet':
        return ['Bank Payment', nextRef('bp'), who, 'Casual labour - offloading cement'];
      default:
        throw new Error(`GH: no ledger line for ${l.kind}`);
    }
  };
  const header = ['Type', 'Ref', '#', 'Date', 'Person/Item', 'Memo', 'Debit', 'Credit', 'Balance'];
  const rows = [
    ['GL Account Transactions'],
    ['Owusu-Addo Building Supplies Ltd'],
    ['Print Out Date : 01/09/2025 09:14'],
    ['Fiscal Year : 01/01/2025 - 31/12/2025'],
    ['Period : 01/08/2025 - 31/08/2025'],
    ['Accounts : 1062 - 1062'],
    [],
    header,
    ['1062 FBNBank Current Account GHS'],
    ['Opening Balance', null, null, null, null, null, { n: opening }, null, { n: opening }],
  ];
  const headerRow = 8;
  const openingRow = rows.length;
  const rowOf = new Map();
  const cells = new Map();
  let bal = opening;
  let dr = 0;
  let cr = 0;
  for (const l of books) {
    const [type, ref, person, memo] = line(l);
    bal += l.amt;
    if (l.amt > 0) dr += l.amt;
    else cr -= l.amt;
    rows.push([
      type,
      ref,
      ++transNo,
      fmtDate(l.date, 'DD/MM/YYYY'),
      person || null,
      memo,
      l.amt > 0 ? { n: l.amt } : null,
      l.amt < 0 ? { n: -l.amt } : null,
      { n: bal },
    ]);
    rowOf.set(l.key, rows.length);
    cells.set(l.key, { reference: ref, description: [type, memo].join(' — '), party: person || null, account: null });
  }
  rows.push(['Ending Balance', null, null, null, null, null, { n: bal }, null, { n: bal }]);
  const endRow = rows.length;
  rows.push([], ['Total', null, null, null, null, null, { n: dr }, { n: cr }, null]);
  const totalRow = rows.length;
  return {
    file: 'frontaccounting-gl-account-transactions-1062-aug2025.xlsx',
    data: xlsxBuffer([{ name: 'GL Account Transactions', rows, widths: [18, 10, 6, 12, 34, 48, 14, 14, 14] }], {
      created: '2025-09-01T09:14:00',
    }),
    package:
      'FrontAccounting 2.4 (Banking and General Ledger → GL Account Transactions report, printed to Excel, saved as XLSX)',
    headerRow,
    rowOf,
    cells,
    layout:
      'FrontAccounting GL Account Transactions for account 1062 only, XLSX (sheet "GL Account Transactions"): six title rows and a blank row, header in row 8, the account heading row, an undated Opening Balance row and an undated Ending Balance row carrying money, a Total row; dates as text DD/MM/YYYY, Debit = money in, Credit = money out, a running Balance; no account column (the account is in the heading); invoice numbers only in Memo',
    nonEntryRows: [
      { row: openingRow, why: 'opening balance of the account: undated, not an entry' },
      { row: endRow, why: 'ending balance of the account: undated, not an entry' },
      { row: totalRow, why: 'report total: undated, not an entry' },
    ],
    readOptions: {
      sheet: 'GL Account Transactions',
      currency: 'GHS',
      dateOrder: 'DMY',
      mapping: {
        date: 'Date',
        description: ['Type', 'Memo'],
        reference: 'Ref',
        party: 'Person/Item',
        moneyIn: 'Debit',
        moneyOut: 'Credit',
        balance: 'Balance',
      },
    },
    openingBalance: opening,
  };
}
