// KE: Likoni Timber and Hardware Ltd — Guardian Bank current account (CSV: Tran Particulars cut at 35 characters,
// the payer's reference in Tran Remarks) and Vyapar's Bank Statement report of the account exported to Excel.
import { Buffer } from 'node:buffer';
import { commas, csv, dec, fmtDate, num, xlsx } from './lib.mjs';

export const meta = {
  set: 'ke-guardian-vyapar',
  country: 'KE',
  currency: 'KES',
  timezone: 'Africa/Nairobi',
  year: 2025,
  month: 9,
  holidays: [],
  bank: 'Guardian Bank Limited',
  package: 'Vyapar (Reports → Bank Statement of Guardian Bank - 0050214573, exported to Excel)',
  bankFile: 'guardian-bank-0050214573-sep2025.csv',
  ledgerFile: 'vyapar-bank-statement-guardian-sep2025.xlsx',
  opening: 1248930065,
};
const WIDTH = 35;

const CUST = [
  'Nyali Construction Company Ltd',
  'Bamburi Roofing Contractors',
  'Kongowea Hardware Traders',
  'Mtwapa Builders Centre',
  'Changamwe Joinery Works',
  'Diani Beach Villas Ltd',
  'Kilifi Homes Developers',
  'Malindi Furniture Makers',
  'Voi Building Supplies Ltd',
  'Ukunda Timber Yard',
  'Mariakani Steel Fabricators',
  'Shanzu Apartments Ltd',
  'Tudor Estate Management',
  'Kwale County Contractors',
  'Mazeras Quarry Works',
  'Bombolulu Workshop Ltd',
  'Kizingo Interiors Ltd',
  'Mikindani Hardware Store',
  'Watamu Resort Holdings',
  'Port Reitz Engineering Ltd',
  'Magongo Glass and Aluminium',
  'Mshomoroni Builders Ltd',
  'Kisauni Doors and Frames',
  'Jomvu Property Developers',
  'Taveta Agro Hardware',
  'Lamu Dhow Builders Ltd',
  'Kibarani Workshop Supplies',
  'Tiwi Beach Homes Ltd',
];
const SUPP = [
  'Rai Plywoods Kenya Ltd',
  'Mombasa Cement Ltd',
  'Devki Steel Mills Ltd',
  'Kenya Power and Lighting Co',
  'Coast Water Services Board',
  'Crown Paints Kenya Plc',
  'Bamburi Transporters Ltd',
  'Kens Metal Industries Ltd',
  'Timsales Timber Ltd',
  'Coast Fuel Distributors',
  'Mombasa Glass Merchants',
  'Saj Ceramics Ltd',
  'Likoni Ferry Logistics',
  'Nyali Security Services',
  'Mkomani Electricals Ltd',
  'Athi River Mining Ltd',
];
const BANKS = ['KCB', 'EQUITY', 'NCBA', 'CO-OP BANK', 'I&M', 'DTB', 'ABSA', 'STANBIC'];

export function profile(r) {
  const party = (name, i) => ({ name, up: name.toUpperCase(), bank: BANKS[i % BANKS.length] });
  const customers = CUST.map(party);
  const suppliers = SUPP.map(party);
  const serials = new Set();
  let pno = r.int(300, 400);
  const row = (type, ref, name, memo) => ({ type, ref, name, memo });
  const W = [
    (i) => `INV ${i.serial}`,
    (i) => `${i.serial}`,
    (i) => `Inv#${i.serial}`,
    (i) => `INVOICE NO ${i.serial}`,
    (i) => `INV-${i.serial}`,
    (i) => `inv${i.serial}`,
    (i) => `No.${i.serial}`,
    (i) => `#${i.serial}`,
    (i) => `BILL ${i.serial}`,
  ];
  return {
    scale: [45000, 620000],
    customers,
    suppliers,
    invoice: (rr) => {
      let s;
      do s = rr.int(1100, 1899);
      while (serials.has(s));
      serials.add(s);
      return { serial: s, canon: String(s) };
    },
    write: (i, k) => W[k % W.length](i),
    writeTwo: (a, b) => `INV ${a.serial}/${b.serial}`,
    mistype: (i) => `INV ${i.serial + 7000}`,
    related: (c) => ({
      name: `${c.name.split(' ')[0]} Investments Ltd`,
      up: `${c.name.split(' ')[0].toUpperCase()} INVESTMENTS LTD`,
      bank: c.bank,
    }),
    receiptRow: (c, is, _d, extra) =>
      row(
        'Payment-In',
        is.map((i) => i.canon).join(', '),
        c.name,
        `Against Invoice No. ${is.map((i) => i.canon).join(', ')}${extra ? ` ${extra}` : ''}`,
      ),
    cashReceiptRow: (c, is) => row('Payment-In', is[0].canon, c.name, `Cash against Invoice No. ${is[0].canon}`),
    inTransfer: (payer, text, rr) => {
      const ch = rr.pick(['PESALINK', 'EFT', 'RTGS']);
      return { text: `${ch} CR ${payer.up}`, ref: text, channel: 'in' };
    },
    outTransfer: (payee, text, rr) => {
      const ch = rr.next() < 0.35 ? 'rtgs' : 'pesalink';
      return { text: `${ch === 'rtgs' ? 'RTGS' : 'PESALINK'} TO ${payee.up}`, ref: text, channel: ch };
    },
    ownerPays: (c) => ({
      text: `MPESA B2B 2547****${r.digits(3)} ${c.name.split(' ')[0].toUpperCase()} PATEL`,
      ref: '',
      channel: 'in',
    }),
    cashIn: () => ({ text: 'CASH DEP MOI AVENUE BR BY HAMISI', ref: '', channel: 'cash' }),
    creditNote: (rr) => `CN ${rr.int(300, 899)}`,
    supplierCreditNote: (rr) => `CRN${rr.int(60000, 69999)}`,
    payerCharge: 30000,
    shorts: [{ cut: (a) => Math.floor((a * 2) / 116), words: 'LESS WHVAT', trait: 'short-vat-withholding-2pct' }],
    settlements: [
      {
        name: 'Pesapal',
        id: (rr) => `PPL${rr.digits(8)}`,
        fee: (g) => Math.floor((g * 35) / 1000),
        nar: (id) => ({ text: `EFT CR PESAPAL LTD STL ${id}`, ref: id, channel: 'in' }),
      },
      {
        name: 'iPay Africa',
        id: (rr) => `IPAY${rr.digits(7)}`,
        fee: (g) => Math.floor((g * 30) / 1000),
        nar: (id) => ({ text: 'EFT CR IPAY LTD MERCHANT SETTLEMENT', ref: id, channel: 'in' }),
      },
      { name: 'M-PESA till', nar: () => ({ text: 'MPESA C2B TILL SWEEP 5123456', ref: '', channel: 'in' }) },
    ],
    settleRow: (s, id, what) =>
      what === 'fee'
        ? row('Expense', id, s.name, `Card settlement charges ${id}`)
        : what === 'net'
          ? row('Payment-In', '', 'Cash Sale', 'Till collections banked')
          : row('Payment-In', id, s.name, `Online card sales settlement ${id}`),
    supplierRefundRow: (s, cn) => row('Payment-In', cn, s.name, `Refund against credit note ${cn}`),
    customerRefundRow: (c, cn) => row('Payment-Out', cn, c.name, `Refund of ${cn}`),
    chequeInRow: (c, chq) => row('Payment-In', chq, c.name, `Cheque No. ${chq}`),
    chequeIn: (c, chq) => ({ text: `CLG CHQ DEP ${c.up}`, ref: chq, channel: 'chq' }),
    bill: (s, rr) => `${s.name.split(' ')[0].slice(0, 3).toUpperCase()}${rr.int(20000, 89999)}`,
    paymentRow: (s, ref) => row('Payment-Out', ref, s.name, `Against Bill No. ${ref}`),
    siteBills: (s, rr) => {
      const n = rr.int(100, 400);
      return [`LKN-${n}`, `MSA-${n + 1}`];
    },
    order: (rr) => `LPO ${rr.int(5100, 5999)}`,
    chequeOutNo: (rr) => String(rr.int(100501, 100599)),
    chequeOutRow: (s, chq) => row('Payment-Out', chq, s.name, `Cheque No. ${chq}`),
    chequeOut: (s, chq) => ({ text: 'CHQ PAID IN CLEARING', ref: chq, channel: 'chq' }),
    chequeTraits: ['presented-cheque', 'cheque-number'],
    unpresentedWhy: 'cheque issued, not yet presented',
    payrollRow: (batch) => row('Expense', `SAL ${batch}`, 'Salaries', `Net salaries September 2025 batch ${batch}`),
    payroll: (batch) => ({ text: 'BULK EFT SALARIES SEP 2025', ref: `BATCH ${batch}`, channel: 'bulk' }),
    statutory: [
      {
        trait: 'paye',
        range: [85000, 160000],
        ref: (rr) => `0${rr.digits(9)}`,
        nar: (prn) => ({ text: 'KRA TAX PAYMENT PAYE AUG 2025', ref: `PRN ${prn}`, channel: 'stat' }),
        book: (prn) => [`PRN ${prn}`, 'KRA', 'PAYE August 2025'],
      },
      {
        trait: 'housing-levy',
        range: [18000, 34000],
        ref: (rr) => `0${rr.digits(9)}`,
        nar: (prn) => ({ text: 'KRA TAX PAYMENT AHL AUG 2025', ref: `PRN ${prn}`, channel: 'stat' }),
        book: (prn) => [`PRN ${prn}`, 'KRA', 'Affordable housing levy August 2025'],
      },
      {
        trait: 'shif',
        range: [21000, 38000],
        ref: (rr) => `SHA${rr.digits(7)}`,
        nar: (ref) => ({ text: 'SHA SHIF CONTRIBUTION AUG 2025', ref, channel: 'stat' }),
        book: (ref) => [ref, 'Social Health Authority', 'SHIF contributions August 2025'],
      },
    ],
    statutoryRow: (st, ref) => {
      const [r2, n2, memo] = st.book(ref);
      return row('Expense', r2, n2, memo);
    },
    ownTransferRow: () =>
      row('Bank To Bank', '0050214581', 'Guardian Bank - 0050214581', 'Transfer to USD account 0050214581 for import'),
    ownTransfer: () => ({ text: 'TRF TO A/C 0050214581 LIKONI TIMBER', ref: '', channel: 'own' }),
    reversal: (sent) => ({ text: `RTN ${sent.text}`, ref: sent.ref, channel: 'rev' }),
    unknownIn: (rr, k) => ({
      text: ['MPESA B2B 2547****118 JOHN M', 'PESALINK CR UNKNOWN REMITTER'][k],
      ref: '',
      channel: 'in',
    }),
    cardPurchase: () => ({ text: 'POS CARREFOUR NYALI MOMBASA KE', ref: '', channel: 'card' }),
    chargesAfter: (l) => {
      if (l.channel !== 'rtgs' || l.amt >= 0) return [];
      return [
        { amt: -25000, text: 'RTGS CHARGES', ref: l.ref, kind: 'charge', traits: ['transfer-fee'] },
        { amt: -5000, text: 'EXCISE DUTY ON RTGS CHARGES', ref: l.ref, kind: 'fee-vat', traits: ['excise-duty'] },
      ];
    },
    monthEnd: (lines) => {
      const n = lines.filter((l) => l.channel === 'pesalink').length;
      return [
        {
          amt: -n * 5500,
          text: `PESALINK CHARGES SEP 2025 ${n} TXNS`,
          ref: '',
          kind: 'charge',
          traits: ['transfer-fee'],
        },
        { amt: -n * 1100, text: 'EXCISE DUTY ON PESALINK CHARGES', ref: '', kind: 'fee-vat', traits: ['excise-duty'] },
        { amt: -100000, text: 'LEDGER FEES SEP 2025', ref: '', kind: 'charge', traits: ['maintenance-fee'] },
      ].filter((c) => c.amt !== 0);
    },
    nextVoucher: () => ++pno,
  };
}

const cut = (s) => s.slice(0, WIDTH).trimEnd();

/** Guardian Bank statement CSV: preamble, header row 9, particulars cut at 35 characters as the core system holds them. */
export function writeBank(lines, m, opening, closing, cal) {
  const out = [
    ['GUARDIAN BANK LIMITED'],
    ['STATEMENT OF ACCOUNT'],
    ['ACCOUNT NAME', 'LIKONI TIMBER AND HARDWARE LTD'],
    ['ACCOUNT NO', '0050214573'],
    ['CURRENCY', 'KES'],
    ['FROM', fmtDate(cal.from, 'DMY/'), 'TO', fmtDate(cal.to, 'DMY/')],
    ['OPENING BALANCE', commas(opening), 'CLOSING BALANCE', commas(closing)],
    [],
    ['Txn Date', 'Value Date', 'Tran Particulars', 'Tran Remarks', 'Debit', 'Credit', 'Balance'],
  ];
  const rows = [];
  for (const l of lines) {
    out.push([
      fmtDate(l.date, 'DMY/'),
      fmtDate(l.date, 'DMY/'),
      cut(l.text),
      (l.ref ?? '').slice(0, 20),
      l.amt < 0 ? commas(-l.amt) : '',
      l.amt > 0 ? commas(l.amt) : '',
      commas(l.bal),
    ]);
    rows.push({ line: l, row: out.length });
  }
  return {
    bytes: Buffer.from(csv(out)),
    rows,
    headerRow: 9,
    nonEntry: [],
    mapped: (l) => ({ text: cut(l.text), reference: (l.ref ?? '').slice(0, 20) || null, party: null }),
  };
}
export const bankReadOptions = {
  currency: 'KES',
  dateOrder: 'DMY',
  mapping: {
    date: 'Txn Date',
    valueDate: 'Value Date',
    description: 'Tran Particulars',
    reference: 'Tran Remarks',
    moneyOut: 'Debit',
    moneyIn: 'Credit',
    balance: 'Balance',
  },
};
export const bankLayout =
  "Guardian Bank statement of account downloaded as CSV: seven preamble rows (balances with commas) and a blank row, header in row 9 `Txn Date, Value Date, Tran Particulars, Tran Remarks, Debit, Credit, Balance`, DD/MM/YYYY, Tran Particulars CUT AT 35 CHARACTERS (names lose their tail: `PESALINK CR MAGONGO GLASS AND ALUMIN`), the payer's own reference (or ours, the cheque number, the PRN) in Tran Remarks cut at 20, amounts with thousands commas; no closing row";

/** Vyapar's Bank Statement report: four title rows, header row 6, a dated opening row, dates as text, a total row. */
export function writeLedger(rows, m, opening, closing, cal) {
  const out = [
    ['LIKONI TIMBER AND HARDWARE LTD'],
    ['Bank Statement'],
    ['Bank Name: Guardian Bank - 0050214573'],
    [`Duration: From ${fmtDate(cal.from, 'DMY/')} to ${fmtDate(cal.to, 'DMY/')}`],
    [],
    ['Date', 'Txn Type', 'Ref No.', 'Name', 'Description', 'Withdrawal Amount', 'Deposit Amount', 'Balance Amount'],
    [fmtDate(cal.from, 'DMY/'), 'Opening Balance', null, null, null, null, null, num(opening)],
  ];
  const nonEntry = [{ row: 7, why: 'opening balance (dated, balance only)' }];
  const placed = [];
  let din = 0;
  let dout = 0;
  for (const w of rows) {
    out.push([
      fmtDate(w.date, 'DMY/'),
      w.type,
      w.ref,
      w.name,
      w.memo,
      w.amt < 0 ? num(-w.amt) : null,
      w.amt > 0 ? num(w.amt) : null,
      num(w.bal),
    ]);
    if (w.amt > 0) din += w.amt;
    else dout -= w.amt;
    placed.push({ row: w, at: out.length });
  }
  out.push(['Total', null, null, null, null, num(dout), num(din), num(closing)]);
  nonEntry.push({ row: out.length, why: 'period total (undated)' });
  return {
    bytes: xlsx('Bank Statement', out, { widths: [12, 14, 14, 32, 44, 18, 18, 18] }),
    placed,
    headerRow: 6,
    nonEntry,
    cells: (w) => ({ party: w.name || null, reference: w.ref || null, description: w.memo, account: null }),
  };
}
export const ledgerReadOptions = {
  currency: 'KES',
  sheet: 'Bank Statement',
  dateOrder: 'DMY',
  mapping: {
    date: 'Date',
    reference: 'Ref No.',
    party: 'Name',
    description: 'Description',
    moneyOut: 'Withdrawal Amount',
    moneyIn: 'Deposit Amount',
    balance: 'Balance Amount',
  },
};
export const ledgerAccount = 'Guardian Bank - 0050214573';
export const ledgerLayout =
  'Vyapar Bank Statement report of the Guardian Bank account exported to Excel (sheet Bank Statement): four title rows and a blank row, header in row 6 `Date, Txn Type, Ref No., Name, Description, Withdrawal Amount, Deposit Amount, Balance Amount`, DATES AS TEXT DD/MM/YYYY, a DATED `Opening Balance` row (Txn Type column, balance only), Vyapar transaction types (Payment-In, Payment-Out, Expense, Bank To Bank), invoices as plain numbers (`1412`) in Ref No. and Description, amounts as numbers, withdrawal before deposit, a `Total` row whose first cell is the label; no account column';
export const dec2 = dec;
