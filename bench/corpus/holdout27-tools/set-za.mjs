// ZA: Algoa Auto Components (Pty) Ltd — HSBC Bank plc Johannesburg Branch current account (HSBCnet CSV, dates
// "03 Jun 2025", debits written negative) and QAD Adaptive ERP's GL transaction inquiry of accounts 1020 and 1025
// exported to CSV (YYYY/MM/DD, one signed amount, both bank accounts in one file).
import { Buffer } from 'node:buffer';
import { csv, dec, fmtDate } from './lib.mjs';

export const meta = {
  set: 'za-hsbcjhb-qad',
  country: 'ZA',
  currency: 'ZAR',
  timezone: 'Africa/Johannesburg',
  year: 2025,
  month: 6,
  holidays: ['2025-06-16'],
  bank: 'HSBC Bank plc, Johannesburg Branch',
  package: 'QAD Adaptive ERP (GL Transaction Inquiry, accounts 1020 and 1025, CSV export)',
  bankFile: 'hsbc-jhb-100452118001-jun2025.csv',
  ledgerFile: 'qad-gl-transactions-1020-1025-jun2025.csv',
  opening: 762450180,
};

const CUST = [
  'Gqeberha Motor Assemblers (Pty) Ltd',
  'Uitenhage Body Works',
  'Coega Seating Systems',
  'Markman Wiring Harness Co',
  'Despatch Trim Products',
  'East London Axle Works',
  'Rosslyn Vehicle Plant',
  'Silverton Assembly Services',
  'Struandale Exhaust Systems',
  'Kariega Glass Fitters',
  'Mthatha Auto Spares',
  'Bloemfontein Truck Parts',
  'Durban Bumper Industries',
  'Pinetown Rubber Mouldings',
  'Brits Gear Manufacturers',
  'Germiston Brake Suppliers',
  'Isando Fleet Services',
  'Jeffreys Bay Fasteners',
  'Walmer Cable Industries',
  'Humewood Paint Shop',
  'Amalinda Castings',
  'Mount Road Logistics',
  'Korsten Panel Beaters',
  'Newton Park Motors',
  'Cradock Tractor Spares',
  'Grahamstown Auto Electric',
  'Alexandria Foam Products',
  'Kirkwood Machining',
];
const SUPP = [
  'Transnet Port Terminals',
  'Nelson Mandela Bay Municipality',
  'Eskom Holdings SOC',
  'Algoa Steel Merchants',
  'Cape Polymer Supplies',
  'Karoo Freight Lines',
  'Sundays River Security',
  'Bay Industrial Gases',
  'Swartkops Tooling',
  'Kouga Packaging',
  'Addo Cleaning Services',
  'Baakens IT Solutions',
  'Greenbushes Engineering',
  'Motherwell Pallets',
  'Blue Water Bay Catering',
  'Schoenmakerskop Electrical',
];

export function profile(r) {
  const party = (name, i) => ({ name, up: name.toUpperCase(), code: `${String(10000 + i * 37)}` });
  const customers = CUST.map(party);
  const suppliers = SUPP.map(party);
  const serials = new Set();
  let gl = r.int(41000, 42000);
  const row = (doc, dtype, addr, name, memo) => ({ glref: `JL${++gl}`, doc, dtype, addr, name, memo });
  const W = [
    (i) => i.canon,
    (i) => `SI${i.serial}`,
    (i) => `si ${i.serial}`,
    (i) => `${i.serial}`,
    (i) => `INV ${i.serial}`,
    (i) => `Invoice no ${i.serial}`,
    (i) => `SI-${i.serial}`,
    (i) => `ALG SI${i.serial}`,
    (i) => `INV${i.serial}`,
  ];
  return {
    scale: [18000, 240000],
    customers,
    suppliers,
    invoice: (rr) => {
      let s;
      do s = rr.int(560100, 560999);
      while (serials.has(s));
      serials.add(s);
      return { serial: s, canon: `SI${s}` };
    },
    write: (i, k) => W[k % W.length](i),
    writeTwo: (a, b) => `SI${a.serial} SI${b.serial}`,
    mistype: (i) => `SI${String(i.serial).slice(0, 4)}${String(i.serial).slice(5)}${String(i.serial).slice(4, 5)}9`,
    related: (c) => ({
      name: `${c.name.split(' ')[0]} Holdings`,
      up: `${c.name.split(' ')[0].toUpperCase()} HOLDINGS`,
      code: c.code,
    }),
    receiptRow: (c, is, _d, extra) =>
      row(
        is.map((i) => i.canon).join(' '),
        'CP',
        c.code,
        c.name,
        `Cash receipt ${is.map((i) => i.canon).join(' ')}${extra ? ` ${extra}` : ''}`,
      ),
    cashReceiptRow: (c, is) => row(is[0].canon, 'CP', c.code, c.name, `Cash deposited ${is[0].canon}`),
    inTransfer: (payer, text) => ({ text: `${payer.up}`, type: 'CREDIT TRANSFER', ref: text, channel: 'in' }),
    outTransfer: (payee, text, rr) => {
      const rtc = rr.next() < 0.3;
      return { text: payee.up, type: rtc ? 'RTC PAYMENT' : 'EFT PAYMENT', ref: text, channel: rtc ? 'rtc' : 'eft' };
    },
    ownerPays: (c) => ({
      text: `MR ${c.name.split(' ')[0].toUpperCase()} VAN WYK`,
      type: 'CREDIT TRANSFER',
      ref: 'FROM MY CHEQUE A/C',
      channel: 'in',
    }),
    cashIn: () => ({ text: 'CASH DEPOSIT NEWTON PARK', type: 'CASH DEPOSIT', ref: '', channel: 'cash' }),
    creditNote: (rr) => `CN${rr.int(7100, 7199)}`,
    supplierCreditNote: (rr) => `CRN${rr.int(880000, 889999)}`,
    payerCharge: 3500,
    shorts: [
      { cut: (a) => Math.floor((a * 25) / 1000), words: 'LESS 2.5% SETT DISC', trait: 'short-settlement-discount' },
    ],
    settlements: [
      {
        name: 'PayFast',
        id: (rr) => `PF${rr.digits(8)}`,
        fee: (g) => Math.floor((g * 32) / 1000),
        nar: (id) => ({ text: 'PAYFAST', type: 'CREDIT TRANSFER', ref: `PAYFAST PAYOUT ${id}`, channel: 'in' }),
      },
      {
        name: 'Ozow',
        id: (rr) => `OZ${rr.digits(9)}`,
        fee: (g) => Math.floor((g * 15) / 1000),
        nar: (id) => ({ text: 'OZOW SETTLEMENT', type: 'CREDIT TRANSFER', ref: id, channel: 'in' }),
      },
      {
        name: 'SnapScan',
        nar: () => ({ text: 'SNAPSCAN SETTLEMENT', type: 'CREDIT TRANSFER', ref: '', channel: 'in' }),
      },
    ],
    settleRow: (s, id, what) =>
      what === 'fee'
        ? row(id, 'JL', '', '', `${s.name} merchant fees ${id}`)
        : what === 'net'
          ? row('', 'JL', '', '', 'Counter sales QR collections')
          : row(id, 'JL', '', '', `${s.name} online sales ${id}`),
    supplierRefundRow: (s, cn) => row(cn, 'CP', s.code, s.name, `Supplier refund ${cn}`),
    customerRefundRow: (c, cn) => row(cn, 'AP', c.code, c.name, `Customer refund ${cn}`),
    chequeInRow: (c, chq) => row(`REMIT ${chq}`, 'CP', c.code, c.name, `Remittance ${chq}`),
    chequeIn: (c, chq) => ({ text: c.up, type: 'CREDIT TRANSFER', ref: `REMIT ADV ${chq}`, channel: 'in' }),
    chequeInTraits: ['remittance-advice-number'],
    bill: (s, rr) => `${rr.int(1, 9)}${rr.digits(6)}`,
    paymentRow: (s, ref) => row(ref, 'AP', s.code, s.name, `Payment ${s.name}`),
    siteBills: (s, rr) => {
      const n = rr.int(200, 500);
      return [`CONTRACT GQ${n}`, `CONTRACT KA${n + 1}`];
    },
    order: (rr) => `PO${rr.int(30400, 30999)}`,
    chequeOutNo: (rr, s) => `${s.name.split(' ')[0].toUpperCase()}${rr.digits(6)}`,
    chequeOutRow: (s, mandate) => row(mandate, 'AP', s.code, s.name, `Debit order ${mandate}`),
    chequeOut: (s, mandate) => ({ text: s.up, type: 'DEBIT ORDER', ref: mandate, channel: 'do' }),
    chequeTraits: ['debit-order', 'mandate-reference'],
    unpresentedWhy: "EFT batch released after the bank's cut-off on the last working day",
    payrollRow: (batch) => row(`PAY${batch}`, 'JL', '', '', `Net wages June 2025 run ${batch}`),
    payroll: (batch) => ({ text: 'ALGOA AUTO WAGES', type: 'BULK PAYMENT', ref: `PAY${batch}`, channel: 'bulk' }),
    statutory: [
      {
        trait: 'emp201',
        range: [95000, 160000],
        ref: (rr) => `7${rr.digits(9)}LC${rr.digits(7)}`,
        nar: (prn) => ({ text: 'SARS EFILING', type: 'EFT PAYMENT', ref: prn, channel: 'stat' }),
        book: (prn) => [prn, 'SARS EMP201 May 2025'],
      },
      {
        trait: 'vat201',
        range: [160000, 290000],
        ref: (rr) => `4${rr.digits(9)}V${rr.digits(4)}`,
        nar: (prn) => ({ text: 'SARS EFILING', type: 'EFT PAYMENT', ref: prn, channel: 'stat' }),
        book: (prn) => [prn, 'SARS VAT201 Mar-Apr 2025'],
      },
    ],
    statutoryRow: (st, ref) => {
      const [r2, memo] = st.book(ref);
      return row(r2, 'JL', '', 'SARS', memo);
    },
    ownTransferRow: () => row('100452118036', 'JL', '', '', 'Transfer to call account 100452118036'),
    ownTransfer: () => ({ text: 'TRANSFER TO 100452118036', type: 'TRANSFER', ref: '', channel: 'own' }),
    reversal: (sent) => ({
      text: sent.text,
      type: 'EFT RETURN',
      ref: `UNPAID ACCOUNT CLOSED ${sent.ref}`.slice(0, 40),
      channel: 'rev',
    }),
    unknownIn: (rr, k) => ({
      text: ['ABSA BANK MAGIC', 'T NKOSI'][k],
      type: 'CREDIT TRANSFER',
      ref: ['', 'PAYMENT'][k],
      channel: 'in',
    }),
    cardPurchase: () => ({
      text: 'TAKEALOT.COM CAPE TOWN ZA',
      type: 'CARD PURCHASE',
      ref: 'CARD 4921',
      channel: 'card',
    }),
    chargesAfter: (l) => {
      if (l.channel === 'rtc' && l.amt < 0)
        return [
          { amt: -4500, text: 'RTC PAYMENT FEE', type: 'FEE', ref: '', kind: 'charge', traits: ['transfer-fee'] },
        ];
      if (l.channel === 'cash')
        return [
          {
            amt: -Math.floor((l.amt * 16) / 1000),
            text: 'CASH DEPOSIT FEE',
            type: 'FEE',
            ref: '',
            kind: 'charge',
            traits: ['cash-fee'],
          },
        ];
      return [];
    },
    monthEnd: (lines) => {
      const n = lines.filter((l) => ['eft', 'stat', 'bulk'].includes(l.channel)).length;
      return [
        {
          amt: -n * 650,
          text: `EFT PAYMENT FEES JUN 2025 (${n})`,
          type: 'FEE',
          ref: '',
          kind: 'charge',
          traits: ['transfer-fee'],
        },
        { amt: -29500, text: 'MONTHLY ACCOUNT FEE', type: 'FEE', ref: '', kind: 'charge', traits: ['maintenance-fee'] },
        {
          amt: r.int(8000, 30000),
          text: 'CREDIT INTEREST',
          type: 'INTEREST',
          ref: '',
          kind: 'interest',
          traits: ['interest'],
        },
      ];
    },
  };
}

const text = (l) => `${l.type ?? ''} — ${l.text}`;

/** HSBCnet transaction history CSV: a header row 1, newest first, debits negative in their own column. */
export function writeBank(lines) {
  const out = [
    [
      'Bank Reference',
      'Customer Reference',
      'Value Date',
      'Book Date',
      'Transaction Type',
      'Narrative',
      'Credit Amount',
      'Debit Amount',
      'Balance',
    ],
  ];
  const rows = [];
  for (const l of [...lines].reverse()) {
    out.push([
      l.bref ?? (l.bref = `HB${String(lines.indexOf(l) + 1).padStart(4, '0')}${l.date.replace(/-/g, '')}`),
      l.ref ?? '',
      fmtDate(l.date, 'D MMM YYYY'),
      fmtDate(l.date, 'D MMM YYYY'),
      l.type ?? '',
      l.text,
      l.amt > 0 ? dec(l.amt) : '',
      l.amt < 0 ? dec(l.amt) : '',
      dec(l.bal),
    ]);
    rows.push({ line: l, row: out.length });
  }
  return {
    bytes: Buffer.from(csv(out)),
    rows,
    headerRow: 1,
    nonEntry: [],
    order: 'newest-first',
    mapped: (l) => ({ text: text(l), reference: l.ref || null, party: null }),
  };
}
export const bankReadOptions = {
  currency: 'ZAR',
  mapping: {
    date: 'Book Date',
    valueDate: 'Value Date',
    description: ['Transaction Type', 'Narrative'],
    reference: 'Customer Reference',
    moneyIn: 'Credit Amount',
    moneyOut: 'Debit Amount',
    balance: 'Balance',
  },
};
export const bankLayout =
  "HSBCnet transaction history of the ZAR current account downloaded as CSV: header in row 1 `Bank Reference, Customer Reference, Value Date, Book Date, Transaction Type, Narrative, Credit Amount, Debit Amount, Balance`, NEWEST FIRST, dates `03 Jun 2025`, debits written NEGATIVE in Debit Amount, plain decimals; the other party's name alone in Narrative, the payer's (or our) reference in Customer Reference; no preamble and no balance rows";

/** QAD GL transaction inquiry CSV: two accounts in one file, YYYY/MM/DD, one signed amount (debit positive). */
export function writeLedger(rows, m, opening, closing, cal) {
  const out = [
    [
      'Eff Date',
      'GL Ref',
      'Entity',
      'Account',
      'Sub-Acct',
      'Doc Type',
      'Doc Nbr',
      'Address',
      'Name',
      'Description',
      'Amount',
      'Curr',
    ],
  ];
  const placed = [];
  const callRows = callAccount(rows, cal);
  const all = [...rows, ...callRows].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const w of all) {
    out.push([
      fmtDate(w.date, 'YMD/'),
      w.glref,
      'ZA01',
      w.foreign ? '1025' : '1020',
      '',
      w.dtype,
      w.doc,
      w.addr,
      w.name,
      w.memo,
      dec(w.amt),
      'ZAR',
    ]);
    if (!w.foreign) placed.push({ row: w, at: out.length });
  }
  return {
    bytes: Buffer.from(csv(out)),
    placed,
    headerRow: 1,
    nonEntry: [],
    cells: (w) => ({
      party: null,
      reference: w.doc || null,
      description: [w.name, w.memo].filter(Boolean).join(' — '),
      account: '1020',
    }),
  };
}
/** The call account's own rows (the transfer in, its interest): the ledgerAccount filter must leave them out. */
function callAccount(rows, cal) {
  const t = rows.find((w) => w.memo.startsWith('Transfer to call account'));
  return [
    {
      date: t.date,
      glref: t.glref,
      dtype: 'JL',
      doc: '100452118001',
      addr: '',
      name: '',
      memo: 'Transfer from current account 100452118001',
      amt: -t.amt,
      foreign: true,
    },
    {
      date: cal.to > t.date ? cal.days[cal.days.length - 1] : t.date,
      glref: 'JL49990',
      dtype: 'JL',
      doc: '',
      addr: '',
      name: '',
      memo: 'Call account interest June 2025',
      amt: 412377,
      foreign: true,
    },
  ];
}
export const ledgerReadOptions = {
  currency: 'ZAR',
  dateOrder: 'YMD',
  mapping: {
    date: 'Eff Date',
    journalId: 'GL Ref',
    account: 'Account',
    reference: 'Doc Nbr',
    description: ['Name', 'Description'],
    amount: 'Amount',
    currency: 'Curr',
  },
};
export const ledgerAccount = '1020';
export const ledgerLayout =
  'QAD Adaptive ERP GL Transaction Inquiry of accounts 1020 (HSBC current) and 1025 (HSBC call) exported to CSV: header in row 1 `Eff Date, GL Ref, Entity, Account, Sub-Acct, Doc Type, Doc Nbr, Address, Name, Description, Amount, Curr`, dates YYYY/MM/DD, ONE signed Amount (debit = money in positive), BOTH bank accounts in one file (the two rows of account 1025 — the transfer in and its interest — are no entries of this statement; `ledgerAccount` `1020` selects), the QAD address code and name of the customer or supplier in their own columns, the invoice (`SI560412`), bill or PRN in Doc Nbr; no running balance, no opening or total rows';
