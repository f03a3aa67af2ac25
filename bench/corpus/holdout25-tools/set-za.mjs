// South Africa: Makana Solar & Electrical (Pty) Ltd, Makhanda — a GBS Mutual Bank business current account
// (transaction history CSV) against TurboCASH's Ledger report of the bank account, exported to CSV.
import { csvText, dec, fmtDate, part } from './lib.mjs';

export function profile(rng) {
  const pad6 = (n) => String(n).padStart(6, '0');
  const P = {
    set: 'za-gbs-turbocash',
    country: 'ZA',
    currency: 'ZAR',
    timezone: 'Africa/Johannesburg',
    period: { from: '2025-06-01', to: '2025-06-30' },
    holidays: ['2025-06-16'],
    opening: 41286015,
    minBalance: 5000000,
    tax: { num: 115, den: 100 },
    scale: {
      invoice: [500000, 9000000],
      bill: [4000000, 22000000],
      small: [45000, 650000],
      payroll: [32000000, 41000000],
      transfer: [5000000, 15000000],
      step: 100,
    },
    counts: { invoiceRef: 10, invoicesInOneTransfer: 2, billRef: 4, chequeDeposit: false, returnedCheque: false },
    roundUpTo: 10000,
    payerCharge: 3500,
    // no withholding on trade receipts in South Africa; one customer takes the 2.5 % early-settlement discount
    withholding: [{ trait: 'short-settlement-discount', num: 25, den: 1000, base: 'gross' }],
    invoiceSerialStart: 1240,
    creditNoteSerialStart: 180,
    invoiceId: (serial) => `IN${pad6(serial)}`,
    creditNoteId: (serial) => `CR${pad6(serial)}`,
    writeCreditNote: (cn, r) => (r.chance(0.5) ? cn : `CR${Number(cn.slice(2))}`),
    billId: (s, serial) => {
      const n = String(10000 + serial * 7);
      const id = `${s.prefix}${n}`;
      return { id, quote: rng.pick([id, `${s.prefix} ${n}`, `INV ${n}`]) };
    },
    purchaseOrder: (r) => {
      const n = String(r.int(300, 899)).padStart(4, '0');
      return { id: `MSE-PO-${n}`, quote: `PO ${n}` };
    },
    supplierCreditNoteId: (r) => `SCN${r.num(4)}`,
    writings: [
      { trait: 'ref-canonical', write: (i) => i.id },
      { trait: 'ref-no-padding', write: (i) => `IN${i.serial}` },
      { trait: 'ref-lowercase-spaced', write: (i) => `in ${i.serial}` },
      { trait: 'ref-serial-only', write: (i) => `INV ${i.serial}` },
      { trait: 'ref-digits-only', write: (i) => `${i.serial}` },
      { trait: 'ref-dash', write: (i) => `IN-${pad6(i.serial)}` },
      { trait: 'ref-word-invoice', write: (i) => `Invoice ${i.serial}` },
      { trait: 'ref-company-prefix', write: (i) => `MSE ${i.id}` },
      { trait: 'ref-slashes', write: (i) => `IN/${pad6(i.serial)}` },
      { trait: 'ref-joined', write: (i) => `INV${i.serial}` },
    ],
    customers: [
      { book: 'Amatola Citrus Farms (Pty) Ltd', bank: 'AMATOLA CITRUS FARMS', code: 'D-AMA001' },
      { book: 'Port Alfred Marina Holdings', bank: 'PORT ALFRED MARINA HLDGS', code: 'D-POR001' },
      { book: 'Bathurst Pineapple Growers', bank: 'BATHURST PINEAPPLE GROWERS CC', code: 'D-BAT001' },
      { book: 'Fish River Game Lodge', bank: 'FISH RIVER GAME LODGE PTY', code: 'D-FIS001' },
      { book: 'Kenton Dairy Farm', bank: 'KENTON DAIRY', code: 'D-KEN001' },
      { book: 'Makhanda Medical Centre', bank: 'MAKHANDA MEDICAL CENTRE INC', code: 'D-MAK001' },
      { book: 'Alicedale Estates (Pty) Ltd', bank: 'ALICEDALE ESTATES', code: 'D-ALI001' },
      { book: 'Salem Cattle Co', bank: 'SALEM CATTLE COMPANY', code: 'D-SAL001' },
      { book: 'Kariega Cold Storage', bank: 'KARIEGA COLD STORAGE PTY', code: 'D-KAR001' },
      { book: 'Sundays River Packhouse', bank: 'SUNDAYS RIVER PACKHOUSE', code: 'D-SUN001' },
      { book: 'Bushmans River Resort', bank: 'BUSHMANS RIVER RESORT', code: 'D-BUS001' },
      { book: 'Cradock Feedlot (Pty) Ltd', bank: 'CRADOCK FEEDLOT', code: 'D-CRA001' },
      { book: 'Riebeek East Farmers', bank: 'RIEBEEK EAST FARMERS', code: 'D-RIE001', exact: true },
      { book: 'Settlers Printing Works', bank: 'SETTLERS PRINTING WORKS', code: 'D-SET001', exact: true },
      { book: 'Hogsback Guest House', bank: 'HOGSBACK GUEST HOUSE', code: 'D-HOG001', exact: true },
      { book: 'Somerset East Bakery', bank: 'SOMERSET EAST BAKERY', code: 'D-SOM001', exact: true },
      { book: 'Jansenville Mohair Co', bank: 'JANSENVILLE MOHAIR CO', code: 'D-JAN001', exact: true },
      {
        role: 'third-party',
        book: 'Kowie River Guest Lodge',
        bank: 'KOWIE RIVER GUEST LODGE',
        payer: 'KOWIE HOSPITALITY GROUP',
        code: 'D-KOW001',
      },
      {
        role: 'different-payer',
        book: 'Seafield Holiday Flats',
        bank: 'SEAFIELD HOLIDAY FLATS',
        payer: 'MR J VAN DER MERWE',
        code: 'D-SEA001',
      },
      { role: 'contract', book: 'Oatlands Retirement Village', bank: 'OATLANDS RETIREMENT VILLAGE', code: 'D-OAT001' },
    ],
    suppliers: [
      { book: 'Gqeberha Solar Wholesalers', bank: 'GQEBERHA SOLAR WHOLESALERS', prefix: 'GSW', code: 'C-GQE001' },
      { book: 'Karoo Cable & Wire (Pty) Ltd', bank: 'KAROO CABLE AND WIRE', prefix: 'KCW', code: 'C-KAR001' },
      { book: 'East London Inverter Supplies', bank: 'EL INVERTER SUPPLIES', prefix: 'ELI', code: 'C-EAS001' },
      { book: 'Makhanda Hardware', bank: 'MAKHANDA HARDWARE CC', prefix: 'MKH', code: 'C-MAK001' },
      { book: 'Border Mounting Systems', bank: 'BORDER MOUNTING SYSTEMS', prefix: 'BMS', code: 'C-BOR001' },
      { book: 'Nelson Mandela Bay Batteries', bank: 'NMB BATTERIES', prefix: 'NMB', code: 'C-NEL001' },
      { book: 'Settlers Fuel Stop', bank: 'SETTLERS FUEL STOP', prefix: 'SFS', code: 'C-SET001', exact: true },
      {
        book: 'Albany Scaffolding Hire',
        bank: 'ALBANY SCAFFOLDING HIRE',
        prefix: 'ASH',
        code: 'C-ALB001',
        exact: true,
      },
    ],
    statutory: [
      {
        key: 'emp201',
        label: 'EMP201 MAY 2025',
        book: 'SARS EMP201 May 2025 (PAYE, UIF, SDL)',
        id: (r) => `7${r.digits(9)}LC0525`,
        amt: [6800000, 8900000],
        day: 4,
      },
      {
        key: 'vat201',
        label: 'VAT201 APR-MAY 2025',
        book: 'SARS VAT201 Apr-May 2025',
        id: (r) => `4${r.digits(9)}V0525`,
        amt: [7500000, 11500000],
        day: 19,
      },
    ],
    payday: 16,
    heads: [14, 19],
    payrollBatch: (r) => `SAL${r.num(5)}`,
    settlements: [
      { name: 'PAYFAST', txn: [85000, 1450000], fee: (v) => part(v, 32, 1000) + 200, id: (r) => `PF${r.num(9)}` },
      { name: 'IKHOKHA', txn: [60000, 980000], fee: (v) => part(v, 275, 10000), id: (r) => `IK${r.num(8)}` },
      { name: 'SNAPSCAN', txn: [25000, 650000], fee: (v) => part(v, 295, 10000), id: () => null },
    ],
    unknownPayers: [
      { chan: 'eft', bank: 'T MAKHUBELA', memo: 'DEPOSIT' },
      { chan: 'payshap', bank: 'NOMSA DLAMINI', memo: null },
    ],
    unrecorded: { text: 'DEBIT ORDER EASTCAPE CLOUD SUBS', amt: [45000, 180000] },
    presented: [
      {
        kind: 'debit-order',
        key: 'vehicle',
        bank: 'SENTINEL VEHICLE FIN',
        book: 'Sentinel Vehicle Finance',
        contract: '4401223',
        amt: [1150000, 1480000],
        day: 0,
      },
      {
        kind: 'debit-order',
        key: 'insurance',
        bank: 'PROTEA BUSINESS INSURANCE',
        book: 'Protea Business Insurance',
        contract: null,
        amt: [380000, 520000],
        day: 1,
      },
    ],
    otherAccount: false,
    differentPayerChannel: 'eft',
    failedChannel: 'eft',
    creditChannel: (r) => r.pick(['eft', 'eft', 'eft', 'rtc', 'payshap']),
    debitChannel: (r) => (r.chance(0.2) ? 'rtc' : 'eft'),
    charges: (bank, ctx) => charges(bank, ctx, P),
  };
  return P;
}

function charges(bank, { W }, P) {
  const out = [];
  let eft = 0;
  for (const b of bank) {
    if (b.amt < 0 && b.chan === 'eft') eft++;
    if (b.amt < 0 && b.chan === 'rtc')
      out.push({
        date: b.date,
        seq: b.seq + 0.00001,
        amt: -3500,
        kind: 'fee',
        text: 'IMMEDIATE PAYMENT FEE',
        chargeKind: 'charge',
        traits: ['transfer-fee'],
      });
    if (b.chan === 'anonymous')
      out.push({
        date: b.date,
        seq: b.seq + 0.00001,
        amt: -Math.max(2500, part(b.amt, 12, 1000)),
        kind: 'fee',
        text: 'CASH DEPOSIT FEE',
        chargeKind: 'charge',
        traits: ['cash-deposit-fee'],
      });
  }
  const end = W[W.length - 1];
  out.push(
    {
      date: end,
      seq: 10,
      amt: -750 * eft,
      kind: 'fee',
      text: `ELECTRONIC PAYMENT FEES JUNE 2025 (${eft})`,
      chargeKind: 'charge',
      traits: ['monthly-transaction-charges'],
    },
    {
      date: end,
      seq: 11,
      amt: -9500,
      kind: 'fee',
      text: 'MONTHLY SERVICE FEE',
      chargeKind: 'charge',
      traits: ['service-fee'],
    },
    {
      date: end,
      seq: 12,
      amt: -90 * (bank.length + out.length + 3),
      kind: 'fee',
      text: 'NOTIFICATION FEES',
      chargeKind: 'charge',
      traits: ['sms-fee'],
    },
    {
      date: end,
      seq: 13,
      // about 3 % a year on a balance near the month's opening
      amt: part(P.opening, 25, 10000),
      kind: 'fee',
      text: 'CREDIT INTEREST',
      chargeKind: 'interest',
      traits: ['credit-interest'],
    },
  );
  return out;
}

// ---------------------------------------------------------------- the bank file (GBS Mutual transaction history, CSV)

export function renderBank(P, items, { opening, closing }, rng) {
  const memo = (b) => {
    const r = b.refs.join(' ');
    if (b.x.typoOf) return b.refs[0];
    if (!r) return rng.pick(['', 'PAYMENT', 'SOLAR', 'ACCOUNT']);
    if (b.x.withheld) return `${r} LESS DISC`;
    if (b.x.cn) return `${r} LESS CR`;
    if (b.x.lessCharge) return `${r} LESS DEP FEE`;
    if (b.x.instalment) return `${r} PART`;
    return r;
  };
  const credit = { eft: 'EFT CREDIT', rtc: 'RTC CREDIT', payshap: 'PAYSHAP CREDIT' };
  const text = (b) => {
    const name = b.payer ?? b.who?.bank;
    switch (b.kind) {
      case 'receipt':
      case 'supplier-refund':
        if (b.chan === 'anonymous') return { n: 'CASH DEPOSIT MAKHANDA BRANCH', r: '' };
        return { n: `${credit[b.chan]} ${name}`, r: b.kind === 'supplier-refund' ? `REFUND ${b.refs[0]}` : memo(b) };
      case 'settlement':
        if (b.who.name === 'PAYFAST') return { n: 'PAYFAST PAYOUT', r: b.x.id };
        if (b.who.name === 'IKHOKHA') return { n: 'IKHOKHA SETTLEMENT', r: b.x.id };
        return { n: 'SNAPSCAN SETTLEMENT', r: '' };
      case 'payment':
      case 'customer-refund': {
        const r =
          b.kind === 'customer-refund'
            ? `REFUND ${b.refs[0]}`
            : b.refs.length
              ? `MSE ${b.refs[0]}`
              : rng.pick(['MAKANA SOLAR', 'MSE PAYMENT']);
        return { n: `${b.chan === 'rtc' ? 'IMMEDIATE PAYMENT' : 'EFT PAYMENT'} ${name}`, r };
      }
      case 'reversal':
        return { n: `EFT RETURN ${b.who.bank} INVALID ACCOUNT`, r: text.cache.get(b.x.of.key).r };
      case 'own-transfer':
        return { n: 'TRANSFER TO NOTICE DEPOSIT ACCOUNT', r: 'MSE RESERVE' };
      case 'debit-order':
        return { n: `DEBIT ORDER ${b.who.bank}`, r: b.who.contract ?? 'MONTHLY PREMIUM' };
      case 'payroll':
        return { n: 'SALARIES JUNE 2025', r: b.x.batch };
      case 'statutory':
        return { n: `SARS EFILING ${b.who.label}`, r: b.x.id };
      case 'unrecorded':
        return { n: b.who.text, r: `EC${rng.digits(2)}X${rng.digits(2)}` };
      case 'fee':
        return { n: b.text, r: '' };
      default:
        throw new Error(`ZA: no narration for ${b.kind}`);
    }
  };
  text.cache = new Map();
  const pre = [
    ['GBS Mutual Bank'],
    ['Transaction History'],
    ['Account Holder', 'MAKANA SOLAR & ELECTRICAL (PTY) LTD'],
    ['Account Number', '2004518832'],
    ['Account Type', 'Business Current Account'],
    ['From', '2025/06/01'],
    ['To', '2025/06/30'],
    ['Opening Balance', dec(opening)],
    ['Closing Balance', dec(closing)],
    [],
  ];
  const headerRow = pre.length + 1;
  const rows = [
    ...pre,
    ['Transaction Date', 'Description', 'Reference', 'Debit Amount', 'Credit Amount', 'Running Balance'],
  ];
  const rowOf = new Map();
  const cells = new Map();
  for (const b of items) {
    const t = text(b);
    text.cache.set(b.key, t);
    rows.push([
      fmtDate(b.date, 'YYYY/MM/DD'),
      t.n,
      t.r,
      b.amt < 0 ? dec(b.amt) : '',
      b.amt > 0 ? dec(b.amt) : '',
      dec(b.balance),
    ]);
    rowOf.set(b.key, rows.length);
    cells.set(b.key, { text: t.n, reference: t.r || null });
  }
  return {
    file: 'gbs-mutual-2004518832-jun2025.csv',
    data: csvText(rows),
    bank: 'GBS Mutual Bank',
    headerRow,
    rowOf,
    cells,
    order: 'oldest-first',
    layout:
      "GBS Mutual Bank transaction history, CSV: nine preamble rows (holder, account, type, from, to, opening and closing balance) and a blank row, header in row 11, dates YYYY/MM/DD, Debit Amount written negative, Credit Amount positive, a Running Balance; the payer's or our reference in its own Reference column",
    ledgerAccount: '840-010',
    readOptions: {
      currency: 'ZAR',
      mapping: {
        date: 'Transaction Date',
        description: 'Description',
        reference: 'Reference',
        moneyOut: 'Debit Amount',
        moneyIn: 'Credit Amount',
        balance: 'Running Balance',
      },
    },
  };
}

// ---------------------------------------------------------------- the ledger file (TurboCASH Ledger report, CSV)

export function renderLedger(P, books, { opening }) {
  const line = (l) => {
    const who = l.who?.book ?? '';
    const code = l.who?.code ?? '';
    switch (l.kind) {
      case 'receipt': {
        let d = who;
        if (l.x.cn) d = `${who} less ${l.x.cn}`;
        if (l.x.contract) d = `${who} - monthly solar lease`;
        return ['Receipts', l.docs[0], code, d];
      }
      case 'supplier-refund':
        return ['Receipts', l.docs[0], code, `${who} refund`];
      case 'settlement':
        if (l.who.name === 'PAYFAST') return ['Receipts', l.docs[0], '1000-010', 'PayFast payout - online sales gross'];
        if (l.who.name === 'IKHOKHA') return ['Receipts', l.docs[0], '1000-020', 'iKhokha card sales gross'];
        return ['Receipts', '', '1000-030', `SnapScan takings ${fmtDate(l.x.salesDay, 'DD/MM')}`];
      case 'settlement-fee':
        return ['Payments', l.docs[0], '4200-010', 'iKhokha commission'];
      case 'payment':
        if (l.x.po) return ['Payments', l.docs[0], code, `${who} - delivery ${l.x.delivery}`];
        return ['Payments', l.docs[0], code, who];
      case 'customer-refund':
        return ['Payments', l.docs[0], code, `${who} refund`];
      case 'debit-order':
        return [
          'Payments',
          l.docs[0] ?? 'DO',
          l.who.key === 'vehicle' ? '2300-000' : '4400-000',
          `${l.who.book} debit order`,
        ];
      case 'statutory':
        return ['Payments', l.docs[0], l.who.key === 'vat201' ? '9500-000' : '9300-000', l.who.book];
      case 'payroll':
        return ['Journal', l.docs[0], '9310-000', 'Net salaries June 2025'];
      case 'own-transfer':
        return ['Journal', 'TRF', '840-020', 'Transfer to GBS notice deposit account'];
      default:
        throw new Error(`ZA: no ledger line for ${l.kind}`);
    }
  };
  const rows = [
    ['Makana Solar & Electrical (Pty) Ltd'],
    ['Ledger Report - 840-010 GBS Current Account'],
    ['Period 01/06/2025 to 30/06/2025'],
    [],
    ['Date', 'Batch', 'Reference', 'Contra Account', 'Description', 'Debit', 'Credit', 'Balance'],
    ['', '', '', '', 'Opening Balance', '', '', dec(opening)],
  ];
  const headerRow = 5;
  const openingRow = rows.length;
  const rowOf = new Map();
  const cells = new Map();
  let bal = opening;
  let dr = 0;
  let cr = 0;
  for (const l of books) {
    const [batch, ref, contra, description] = line(l);
    bal += l.amt;
    if (l.amt > 0) dr += l.amt;
    else cr -= l.amt;
    rows.push([
      fmtDate(l.date, 'DD/MM/YYYY'),
      batch,
      ref,
      contra,
      description,
      l.amt > 0 ? dec(l.amt) : '',
      l.amt < 0 ? dec(-l.amt) : '',
      dec(bal),
    ]);
    rowOf.set(l.key, rows.length);
    cells.set(l.key, { reference: ref || null, description, party: null, account: null });
  }
  rows.push(['', '', '', '', 'Total', dec(dr), dec(cr), '']);
  const totalRow = rows.length;
  rows.push(['', '', '', '', 'Closing Balance', '', '', dec(bal)]);
  const closingRow = rows.length;
  return {
    file: 'turbocash-ledger-840-010-jun2025.csv',
    data: csvText(rows),
    package: 'TurboCASH 5 (Reports → Ledger, account 840-010, exported to CSV)',
    headerRow,
    rowOf,
    cells,
    layout:
      'TurboCASH Ledger report of account 840-010 exported to CSV: three title rows and a blank row, header in row 5, an undated Opening Balance row, dates DD/MM/YYYY, Debit = money in, Credit = money out, a running Balance, an undated Total row and Closing Balance row; no account column (the account is in the title); the customer or supplier as a contra account code and by name in Description',
    nonEntryRows: [
      { row: openingRow, why: 'opening balance: undated, not an entry' },
      { row: totalRow, why: 'report total: undated, not an entry' },
      { row: closingRow, why: 'closing balance: undated, not an entry' },
    ],
    readOptions: {
      currency: 'ZAR',
      dateOrder: 'DMY',
      mapping: {
        date: 'Date',
        reference: 'Reference',
        description: 'Description',
        moneyIn: 'Debit',
        moneyOut: 'Credit',
        balance: 'Balance',
      },
    },
    openingBalance: opening,
  };
}
