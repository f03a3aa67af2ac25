// GH: Tema Cold Chain Logistics Ltd — UBA Ghana business current account (CSV: one signed Amount column beside a
// DR/CR indicator) and Tryton 7's account move lines of the bank account exported to CSV (dates in the client's
// default English locale, month first; no running balance).
import { Buffer } from 'node:buffer';
import { csv, dec, fmtDate } from './lib.mjs';

export const meta = {
  set: 'gh-ubaghana-tryton',
  country: 'GH',
  currency: 'GHS',
  timezone: 'Africa/Accra',
  year: 2025,
  month: 8,
  holidays: ['2025-08-04'],
  bank: 'United Bank for Africa (Ghana) Limited',
  package: 'Tryton 7.0 (account move lines of account 1021, client CSV export)',
  bankFile: 'uba-ghana-0152110004873-aug2025.csv',
  ledgerFile: 'tryton-move-lines-1021-aug2025.csv',
  opening: 186420515,
};

const CUST = [
  'Kpone Fisheries Company Ltd',
  'Ashaiman Fresh Foods',
  'Community 25 Supermarket',
  'Golden Tulip Kumasi Hotel Ltd',
  'Osu Cold Stores Ltd',
  'Madina Poultry Farms',
  'Nungua Meat Processing Ltd',
  'Adenta Frozen Foods Ltd',
  'Kasoa Ice Cream Makers',
  'Labadi Beach Restaurants Ltd',
  'Spintex Dairy Products Ltd',
  'Dansoman Fish Mongers Union',
  'Takoradi Harbour Traders',
  'Koforidua Fruit Processors',
  'East Legon Grocers Ltd',
  'Achimota Retail Foods Ltd',
  'Sakumono Seafood Exports',
  'Teshie Cold Room Services',
  'Dodowa Farm Produce Ltd',
  'Weija Catering Services',
  'Abelemkpe Pharmacy Ltd',
  'Kaneshie Market Traders',
  'Afienya Agro Exports Ltd',
  'Lashibi Hotel Group',
  'Ho Fresh Fruits Ltd',
  'Cape Coast Fisheries Ltd',
  'Sogakope Tilapia Farms',
  'Accra Mall Foods Ltd',
];
const SUPP = [
  'Tema Oil Refinery Ltd',
  'Volta River Refrigeration Ltd',
  'Electricity Company of Ghana',
  'Ghana Water Ltd',
  'Kpone Tyre Centre',
  'Meridian Port Services',
  'Shell Ghana Fleet Card',
  'Adom Security Services Ltd',
  'Atlantic Insulation Panels',
  'Coldhubs Spares Ghana',
  'Ningo Truck Repairs',
  'Tema Freeport Clearing Ltd',
  'Sunon Asogli Power',
  'Akuse Packaging Ltd',
  'Frafra Haulage Ltd',
  'Star Assurance Company Ltd',
];
const BANKS = [
  'GCB BANK',
  'ECOBANK GHANA',
  'STANBIC BANK',
  'CAL BANK',
  'FIDELITY BANK',
  'ABSA BANK GHANA',
  'ACCESS BANK',
  'ZENITH BANK',
];

export function profile(r, cal) {
  const party = (name, i) => ({ name, up: name.toUpperCase(), bank: BANKS[i % BANKS.length] });
  const customers = CUST.map(party);
  const suppliers = SUPP.map(party);
  const serials = new Set();
  let move = r.int(8100, 8300);
  const ft = () => `FT25${r.digits(9)}`;
  const row = (ref, party2, memo) => ({ move: String(++move), ref, party: party2, memo });
  const W = [
    (i) => i.canon,
    (i) => `INV${i.serial}`,
    (i) => `inv ${i.serial}`,
    (i) => `2025/${i.serial}`,
    (i) => String(i.serial).padStart(5, '0'),
    (i) => `INV-${i.serial}`,
    (i) => `Invoice ${i.serial}`,
    (i) => `INV/${String(i.serial).padStart(5, '0')}`,
    (i) => `INV 2025 ${i.serial}`,
  ];
  return {
    scale: [4200, 48000],
    customers,
    suppliers,
    invoice: (rr) => {
      let s;
      do s = rr.int(400, 999);
      while (serials.has(s));
      serials.add(s);
      return { serial: s, canon: `INV/2025/${String(s).padStart(5, '0')}` };
    },
    write: (i, k) => W[k % W.length](i),
    writeTwo: (a, b) => `INV ${a.serial}+${b.serial}`,
    // the last digit typed twice: no document carries the number
    mistype: (i) => `INV ${i.serial}${i.serial % 10}`,
    related: (c) => ({
      name: `${c.name.split(' ')[0]} Group Holdings`,
      up: `${c.name.split(' ')[0].toUpperCase()} GROUP HOLDINGS`,
      bank: c.bank,
    }),
    receiptRow: (c, is, _d, extra) =>
      row(
        is.map((i) => i.canon).join(' '),
        c.name,
        `Payment of ${is.map((i) => i.canon).join(', ')}${extra ? ` ${extra}` : ''}`,
      ),
    cashReceiptRow: (c, is) => row(is[0].canon, c.name, `Cash payment of ${is[0].canon}`),
    inTransfer: (payer, text) => ({
      text: `GIP INWARD FROM ${payer.up} VIA ${payer.bank}${text ? ` REF ${text}` : ''}`,
      ref: ft(),
      channel: 'in',
    }),
    outTransfer: (payee, text, rr) => {
      const gip = rr.next() < 0.6;
      return gip
        ? { text: `GIP OUTWARD TO ${payee.up}${text ? ` REF ${text}` : ''}`, ref: ft(), channel: 'gip' }
        : { text: `ACH DR ${payee.up}${text ? ` ${text}` : ''}`, ref: ft(), channel: 'ach' };
    },
    ownerPays: (c) => ({
      text: `MOMO TO BANK 024****${r.digits(3)} ${c.name.split(' ')[0].toUpperCase()} K. MENSAH`,
      ref: ft(),
      channel: 'in',
    }),
    cashIn: () => ({ text: 'CASH DEPOSIT COMMUNITY 1 TEMA BR BY AKOSUA', ref: ft(), channel: 'cash' }),
    creditNote: (rr) => `CN/2025/${rr.int(10, 99)}0`,
    supplierCreditNote: (rr) => `CR${rr.int(5000, 5999)}`,
    payerCharge: 1000,
    shorts: [
      { cut: (a) => Math.floor((a * 30) / 1219), words: 'LESS WHT 3%', trait: 'short-withholding-tax-3pct' },
      { cut: (a) => Math.floor((a * 70) / 1219), words: 'VAT W/H', trait: 'short-vat-withholding-7pct' },
    ],
    settlements: [
      {
        name: 'Paystack Ghana',
        id: (rr) => `PSG${rr.digits(8)}`,
        fee: (g) => Math.floor((g * 195) / 10000),
        nar: (id) => ({ text: `ACH CR PAYSTACK GHANA LTD SETTLEMENT ${id}`, ref: ft(), channel: 'in' }),
      },
      {
        name: 'ExpressPay',
        id: (rr) => `XP-${rr.digits(7)}`,
        fee: (g) => Math.floor((g * 15) / 1000),
        nar: (id) => ({ text: `ACH CR EXPRESSPAY GHANA PAYOUT ${id}`, ref: ft(), channel: 'in' }),
      },
      { name: 'MTN MoMo', nar: () => ({ text: 'MTN MOMO MERCHANT COLLECTIONS SWEEP', ref: ft(), channel: 'in' }) },
    ],
    settleRow: (s, id, what) =>
      what === 'fee'
        ? row(id, s.name, `${s.name} fees payout ${id}`)
        : what === 'net'
          ? row('', 'MTN Mobile Money', 'Mobile money collections transferred to bank')
          : row(id, s.name, `${s.name} card and wallet sales payout ${id}`),
    supplierRefundRow: (s, cn) => row(cn, s.name, `Refund on credit note ${cn}`),
    customerRefundRow: (c, cn) => row(cn, c.name, `Refund of credit note ${cn}`),
    chequeInRow: (c, chq) => row(chq, c.name, `Cheque ${chq} deposited`),
    chequeIn: (c, chq) => ({ text: `CHQ DEPOSIT ${c.up} CHQ ${chq}`, ref: chq, channel: 'chq' }),
    bill: (s, rr) => `${s.name.replace(/[^A-Z]/g, '').slice(0, 3)}-${rr.int(10000, 99999)}`,
    paymentRow: (s, ref) => row(ref, s.name, `Supplier payment ${ref}`),
    siteBills: (s, rr) => {
      const n = rr.int(300, 600);
      return [`TEMA/${n}`, `KPONE/${n + 1}`];
    },
    order: (rr) => `PO${rr.int(2400, 2999)}`,
    chequeOutNo: (rr) => String(rr.int(310100, 310199)),
    chequeOutRow: (s, chq) => row(chq, s.name, `Cheque ${chq}`),
    chequeOut: (s, chq) => ({ text: `CHQ PAID ${chq} CLEARING`, ref: chq, channel: 'chq' }),
    chequeTraits: ['presented-cheque', 'cheque-number'],
    unpresentedWhy: 'cheque issued, not yet presented',
    payrollRow: (batch) => row(`SAL-${batch}`, 'Staff', `Net salaries August 2025 batch ${batch}`),
    payroll: (batch) => ({ text: `BULK PAYMENT SALARIES AUG 2025 BATCH ${batch}`, ref: ft(), channel: 'bulk' }),
    statutory: [
      {
        trait: 'ssnit',
        range: [9000, 16000],
        ref: (rr) => `SS${rr.digits(8)}`,
        nar: (ref) => ({ text: `SSNIT CONTRIBUTION JUL 2025 ${ref}`, ref: ft(), channel: 'stat' }),
        book: (ref) => [ref, 'SSNIT', 'SSNIT contributions July 2025'],
      },
      {
        trait: 'paye',
        range: [12000, 21000],
        ref: (rr) => `GRA${rr.digits(9)}`,
        nar: (ref) => ({ text: `GRA TAX PAYMENT PAYE JUL 2025 ${ref}`, ref: ft(), channel: 'stat' }),
        book: (ref) => [ref, 'Ghana Revenue Authority', 'PAYE July 2025'],
      },
      {
        trait: 'vat',
        range: [24000, 39000],
        ref: (rr) => `GRA${rr.digits(9)}`,
        nar: (ref) => ({ text: `GRA TAX PAYMENT VAT JUL 2025 ${ref}`, ref: ft(), channel: 'stat' }),
        book: (ref) => [ref, 'Ghana Revenue Authority', 'VAT and levies July 2025'],
      },
    ],
    statutoryRow: (st, ref) => {
      const [r2, p2, memo] = st.book(ref);
      return row(r2, p2, memo);
    },
    ownTransferRow: () => row('0152110009921', '', 'Transfer to UBA call account 0152110009921'),
    ownTransfer: () => ({ text: 'TRF TO OWN A/C 0152110009921 TEMA COLD CHAIN', ref: ft(), channel: 'own' }),
    reversal: (sent) => ({ text: `REVERSAL ${sent.text}`, ref: sent.ref, channel: 'rev' }),
    unknownIn: (rr, k) => ({
      text: ['GIP INWARD FROM E.A. TETTEH VIA GCB BANK', 'MOMO TO BANK 055****218 ABENA O.'][k],
      ref: ft(),
      channel: 'in',
    }),
    cardPurchase: () => ({ text: 'POS PURCHASE MELCOM SPINTEX ACCRA GH', ref: ft(), channel: 'card' }),
    chargesAfter: (l) => {
      if (l.channel !== 'gip' || l.amt >= 0) return [];
      const fee = Math.max(200, Math.min(1500, Math.floor(-l.amt / 200)));
      return [{ amt: -fee, text: 'GIP TRANSFER COMMISSION', ref: l.ref, kind: 'charge', traits: ['transfer-fee'] }];
    },
    monthEnd: (lines) => {
      const ach = lines.filter((l) => l.channel === 'ach').length;
      return [
        {
          amt: -ach * 500,
          text: `ACH TRANSACTION CHARGES AUG 2025 (${ach} ITEMS)`,
          ref: '',
          kind: 'charge',
          traits: ['bulk-fee'],
        },
        { amt: -5000, text: 'MONTHLY ACCOUNT MAINTENANCE FEE', ref: '', kind: 'charge', traits: ['maintenance-fee'] },
        { amt: -r.int(10, 25) * 25, text: 'SMS ALERT FEE AUG 2025', ref: '', kind: 'charge', traits: ['sms-fee'] },
      ].filter((c) => c.amt !== 0);
    },
    cal,
  };
}

/** UBA Ghana internet banking statement CSV: preamble, header row 8, signed Amount and a DR/CR column. */
export function writeBank(lines, m, opening, closing, cal) {
  const out = [
    ['UNITED BANK FOR AFRICA (GHANA) LIMITED'],
    ['Customer Statement'],
    ['Account Name:', 'TEMA COLD CHAIN LOGISTICS LTD'],
    ['Account No:', '0152110004873', 'Currency:', 'GHS'],
    ['Statement Period:', `${fmtDate(cal.from, 'DMY/')} TO ${fmtDate(cal.to, 'DMY/')}`],
    ['Opening Balance:', dec(opening), 'Closing Balance:', dec(closing)],
    [],
    ['Tran Date', 'Value Date', 'Narration', 'Reference', 'Amount', 'DR/CR', 'Balance'],
  ];
  const rows = [];
  for (const l of lines) {
    out.push([
      fmtDate(l.date, 'DMY/'),
      fmtDate(l.date, 'DMY/'),
      l.text,
      l.ref,
      dec(l.amt),
      l.amt < 0 ? 'DR' : 'CR',
      dec(l.bal),
    ]);
    rows.push({ line: l, row: out.length });
  }
  out.push(['*** End of Statement ***']);
  return {
    bytes: Buffer.from(csv(out)),
    rows,
    headerRow: 8,
    nonEntry: [],
    mapped: (l) => ({ text: l.text, reference: l.ref || null, party: null }),
  };
}
export const bankReadOptions = {
  currency: 'GHS',
  dateOrder: 'DMY',
  mapping: {
    date: 'Tran Date',
    valueDate: 'Value Date',
    description: 'Narration',
    reference: 'Reference',
    amount: 'Amount',
    balance: 'Balance',
  },
};
export const bankLayout =
  "UBA Ghana internet banking customer statement downloaded as CSV: six preamble rows (opening and closing balance on one row) and a blank row, header in row 8 `Tran Date, Value Date, Narration, Reference, Amount, DR/CR, Balance`, DD/MM/YYYY, ONE signed Amount (debits negative, plain decimals) beside a DR/CR indicator that says the same, the bank's FT25… reference (the cheque number for cheques), an *** End of Statement *** line";

/** Tryton's client export of the move lines: header in row 1, dates month first, Debit = money in, no balance. */
export function writeLedger(rows) {
  const out = [['Date', 'Move', 'Reference', 'Party', 'Description', 'Debit', 'Credit']];
  const placed = [];
  for (const w of rows) {
    out.push([
      fmtDate(w.date, 'MDY/'),
      w.move,
      w.ref,
      w.party,
      w.memo,
      w.amt > 0 ? dec(w.amt) : '0.00',
      w.amt < 0 ? dec(-w.amt) : '0.00',
    ]);
    placed.push({ row: w, at: out.length });
  }
  return {
    bytes: Buffer.from(csv(out)),
    placed,
    headerRow: 1,
    nonEntry: [],
    cells: (w) => ({ party: w.party || null, reference: w.ref || null, description: w.memo, account: null }),
  };
}
export const ledgerReadOptions = {
  currency: 'GHS',
  dateOrder: 'MDY',
  mapping: {
    date: 'Date',
    journalId: 'Move',
    reference: 'Reference',
    party: 'Party',
    description: 'Description',
    moneyIn: 'Debit',
    moneyOut: 'Credit',
  },
};
export const ledgerAccount = '1021 - UBA Ghana Current';
export const ledgerLayout =
  "Tryton 7.0 move lines of account 1021 (UBA Ghana Current) exported from the desktop client to CSV with the fields Date, Move, Reference, Party, Description, Debit, Credit: header in row 1, no title rows, dates in the default English locale MM/DD/YYYY (`dateOrder: MDY`), Debit = money in, both columns written (0.00 on the other side), the party's name in Party, the invoice, bill or payment reference in Reference, NO running balance and no account column";
