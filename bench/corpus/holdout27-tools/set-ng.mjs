// NG: Ikorodu Paints and Coatings Ltd — Lotus Bank current account (CSV with time-stamped dates) and Focus 9 ERP's
// Ledger report of the bank account exported to Excel (two merged header rows, the contra account's code as party).
import { Buffer } from 'node:buffer';
import { commas, csv, dec, fmtDate, num, xlsx } from './lib.mjs';

export const meta = {
  set: 'ng-lotus-focus9',
  country: 'NG',
  currency: 'NGN',
  timezone: 'Africa/Lagos',
  year: 2025,
  month: 10,
  holidays: ['2025-10-01'],
  bank: 'Lotus Bank Limited',
  package: 'Focus 9 ERP (Focus Softnet) — Ledger report of the bank account, exported to Excel',
  bankFile: 'lotus-bank-1000482236-oct2025.csv',
  ledgerFile: 'focus9-ledger-lotus-bank-oct2025.xlsx',
  opening: 3864215037,
};

const CUST = [
  'Adeyemi Builders Merchants Ltd',
  'Ogudu Hardware Stores',
  'Sabo Yaba Paint Centre',
  'Alaba Decor Enterprises',
  'Mowe Estate Developers Ltd',
  'Ketu Finishing Works',
  'Iwo Road Building Supplies',
  'Ajah Interiors Nigeria Ltd',
  'Festac Homes and Projects Ltd',
  'Oregun Property Services',
  'Gbagada Facility Managers Ltd',
  'Ilupeju Renovations Ltd',
  'Epe Coastal Constructions',
  'Agege Paint Depot',
  'Ojodu Colour House',
  'Badagry Housing Cooperative',
  'Ikeja Finishes Limited',
  'Surulere Builders Mart',
  'Ogba Tiles and Paints',
  'Magodo Estate Works Ltd',
  'Ibafo Block Industries',
  'Apapa Marine Coatings Ltd',
  'Lekki Shelter Projects',
  'Isolo Decor Palace',
  'Mushin Trade Centre Paints',
  'Ojota Contractors Ltd',
  'Ebute Metta Hardware',
  'Berger Road Traders',
];
const SUPP = [
  'Titanium Chem Imports Ltd',
  'Agbara Resins Nigeria Ltd',
  'Sagamu Drum Makers',
  'Oko Baba Haulage Services',
  'Ikeja Electric Plc',
  'Lagos Solvents Ltd',
  'Ota Labels and Print Ltd',
  'Kosofe Security Guards Ltd',
  'Owode Pigments Ltd',
  'Ilasa Tins and Cans Ltd',
  'Ikorodu Diesel Suppliers',
  'Mile 12 Packaging Ltd',
  'Ogun Forklift Rentals',
  'Isheri Water Works Ltd',
  'Majidun Engineering Services',
  'Odogunyan Logistics Ltd',
];
const BANKS = [
  'GTBANK',
  'ZENITH',
  'UBA',
  'ACCESS',
  'FIRST BANK',
  'FIDELITY',
  'STANBIC IBTC',
  'STERLING',
  'WEMA',
  'FCMB',
];

export function profile(r) {
  const party = (name, i, prefix) => ({
    name,
    up: name.toUpperCase(),
    code: `${prefix}${String(101 + i * 7).padStart(4, '0')}`,
    bank: BANKS[i % BANKS.length],
  });
  const customers = CUST.map((n, i) => party(n, i, 'C'));
  const suppliers = SUPP.map((n, i) => party(n, i, 'V'));
  const serials = new Set();
  let vno = r.int(2300, 2400);
  const nip = () => `1000${r.digits(26)}`;
  const hhmm = () =>
    `${String(r.int(8, 17)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}`;
  const row = (vtype, code, ref, memo) => ({ vtype, vno: `${vtype}${++vno}`, code, ref, memo });
  const invs = (is) => is.map((i) => i.canon).join(', ');
  const W = [
    (i) => i.canon,
    (i) => `SINV${i.serial}`,
    (i) => `sinv ${i.serial}`,
    (i) => String(i.serial).padStart(5, '0'),
    (i) => `INV ${i.serial}`,
    (i) => `Inv No. 25/${i.serial}`,
    (i) => `SINV-${String(i.serial).padStart(5, '0')}`,
    (i) => `${i.serial}`,
    (i) => `INVOICE SINV/${i.serial}`,
  ];
  const p = {
    scale: [380000, 2900000],
    customers,
    suppliers,
    invoice: (rr) => {
      let s;
      do s = rr.int(1200, 1999);
      while (serials.has(s));
      serials.add(s);
      return { serial: s, canon: `SINV/25/${String(s).padStart(5, '0')}` };
    },
    write: (i, k) => W[k % W.length](i),
    writeTwo: (a, b) => `SINV ${a.serial} & ${b.serial}`,
    // a first digit slipped on the keypad: no document carries the number
    mistype: (i) => `INV ${i.serial + 5000}`,
    related: (c) => ({
      ...c,
      name: `${c.name.split(' ')[0]} Holdings Ltd`,
      up: `${c.name.split(' ')[0].toUpperCase()} HOLDINGS LTD`,
    }),
    receiptRow: (c, is, _d, extra) =>
      row('RCT', c.code, is[0].canon, `Being receipt from ${c.name} against ${invs(is)}${extra ? ` ${extra}` : ''}`),
    cashReceiptRow: (c, is) => row('RCT', c.code, is[0].canon, `Cash received from ${c.name} against ${invs(is)}`),
    inTransfer: (payer, text, rr) => ({
      text: `NIP FRM ${payer.up}/${payer.bank}${text ? `/${text}` : ''}`,
      ref: nip(),
      time: hhmm(),
      channel: 'in',
      rr,
    }),
    outTransfer: (payee, text, rr) => {
      const own = rr.next() < 0.25;
      return own
        ? {
            text: `LOTUS TRF TO ${payee.up}${text ? ` ${text}` : ''}`,
            ref: `LTB${rr.digits(10)}`,
            time: hhmm(),
            channel: 'intra',
          }
        : {
            text: `NIP TO ${payee.up}/${payee.bank}${text ? `/${text}` : ''}`,
            ref: nip(),
            time: hhmm(),
            channel: 'nip',
          };
    },
    ownerPays: (c) => ({
      text: `NIP FRM ${c.name.split(' ')[0].toUpperCase()} O. BELLO/OPAY`,
      ref: nip(),
      time: hhmm(),
      channel: 'in',
    }),
    cashIn: () => ({
      text: 'CASH DEPOSIT - IKORODU BRANCH - DEPOSITOR: SEGUN',
      ref: '',
      time: hhmm(),
      channel: 'cash',
    }),
    creditNote: (rr) => `CN/25/${rr.int(100, 199)}`,
    supplierCreditNote: (rr) => `CRN-${rr.int(4000, 4999)}`,
    payerCharge: 5375,
    shorts: [
      {
        cut: (a) => Math.floor((Math.floor((a * 200) / 215) * 5) / 100),
        words: 'LESS WHT',
        trait: 'short-withholding-tax-5pct',
      },
    ],
    settlements: [
      {
        name: 'Paystack',
        id: (rr) => `PSTK${rr.digits(9)}`,
        fee: (g) => Math.min(Math.floor((g * 15) / 1000) + 10000, 200000),
        nar: (id) => ({
          text: `NIP FRM PAYSTACK PAYMENTS LTD/TITAN/SETTLEMENT ${id}`,
          ref: nip(),
          time: hhmm(),
          channel: 'in',
        }),
      },
      {
        name: 'Moniepoint POS',
        id: (rr) => `MNP-STL-${rr.digits(8)}`,
        fee: (g) => Math.min(Math.floor((g * 5) / 1000), 10000),
        nar: (id) => ({ text: `NIP FRM MONIEPOINT MFB/POS SETTLEMENT ${id}`, ref: nip(), time: hhmm(), channel: 'in' }),
      },
      {
        name: 'OPay',
        nar: () => ({ text: 'NIP FRM OPAY DIGITAL SERVICES/WALLET SWEEP', ref: nip(), time: hhmm(), channel: 'in' }),
      },
    ],
    settleRow: (s, id, what) =>
      what === 'fee'
        ? row('JV', '6120', id, `${s.name} charges on settlement ${id}`)
        : what === 'net'
          ? row('JV', '1215', '', 'Wallet sales collected - OPay business account')
          : row('JV', '1215', id, `${s.name} settlement ${id} gross card sales`),
    supplierRefundRow: (s, cn) => row('RCT', s.code, cn, `Refund from ${s.name} - credit note ${cn}`),
    customerRefundRow: (c, cn) => row('PMT', c.code, cn, `Refund to ${c.name} of credit note ${cn}`),
    chequeInRow: (c, chq) => row('RCT', c.code, `CHQ ${chq}`, `Cheque ${chq} received from ${c.name}`),
    chequeIn: (c, chq) => ({ text: `CLEARING CHQ DEP ${c.up} CHQ NO ${chq}`, ref: chq, time: hhmm(), channel: 'chq' }),
    bill: (s, rr) => `${s.name.slice(0, 3).toUpperCase()}/INV/${rr.int(3000, 8999)}`,
    paymentRow: (s, ref) => row('PMT', s.code, ref, `Being payment to ${s.name} for ${ref}`),
    siteBills: (s, rr) => {
      const n = rr.int(400, 800);
      return [`SEC-IKD-${n}`, `SEC-OTA-${n + 1}`];
    },
    order: (rr) => `PO-25-${rr.int(700, 999)}`,
    chequeOutNo: (rr) => String(rr.int(200100, 200199)).padStart(8, '0'),
    chequeOutRow: (s, chq) => row('PMT', s.code, `CHQ ${chq}`, `Cheque ${chq} issued to ${s.name}`),
    chequeOut: (s, chq) => ({ text: `INWARD CLEARING CHQ NO ${chq}`, ref: chq, time: hhmm(), channel: 'chq' }),
    chequeTraits: ['presented-cheque', 'cheque-number'],
    unpresentedWhy: 'cheque issued, not yet presented',
    payrollRow: (batch) => row('JV', '2310', `SAL-OCT-${batch}`, `Net salaries October 2025 batch ${batch}`),
    payroll: (batch) => ({
      text: `BULK SALARY PAYMENT OCT 2025 BATCH ${batch}`,
      ref: `BLK${batch}`,
      time: hhmm(),
      channel: 'bulk',
    }),
    statutory: [
      {
        trait: 'paye',
        range: [620000, 980000],
        ref: (rr) => rr.digits(12),
        nar: (rrr) => ({ text: `REMITA/LIRS PAYE SEP 2025/RRR ${rrr}`, ref: rrr, time: hhmm(), channel: 'remita' }),
        book: (rrr) => [
          '2330',
          `RRR ${rrr.slice(0, 4)}-${rrr.slice(4, 8)}-${rrr.slice(8)}`,
          'LIRS PAYE September 2025',
        ],
      },
      {
        trait: 'vat',
        range: [1400000, 2600000],
        ref: (rr) => rr.digits(12),
        nar: (rrr) => ({ text: `REMITA/FIRS VAT SEP 2025/RRR ${rrr}`, ref: rrr, time: hhmm(), channel: 'remita' }),
        book: (rrr) => [
          '2340',
          `RRR ${rrr.slice(0, 4)}-${rrr.slice(4, 8)}-${rrr.slice(8)}`,
          'FIRS VAT return September 2025',
        ],
      },
      {
        trait: 'pension',
        range: [700000, 1100000],
        ref: (rr) => `PEN/${rr.digits(7)}`,
        nar: (ref) => ({
          text: `NIP TO STANBIC IBTC PENSION MGRS/STANBIC IBTC/${ref} OCT 2025`,
          ref: nip(),
          time: hhmm(),
          channel: 'nip',
        }),
        book: (ref) => ['2350', ref, 'Pension contributions October 2025 schedule'],
      },
    ],
    statutoryRow: (st, ref) => {
      const [code, r2, memo] = st.book(ref);
      return row('JV', code, r2, memo);
    },
    ownTransferRow: () =>
      row('CTR', '1012', 'A/C 1000517943', 'Transfer to Lotus Bank profit-sharing deposit A/C 1000517943'),
    ownTransfer: () => ({
      text: 'LOTUS TRF TO IKORODU PAINTS & COATINGS - 1000517943',
      ref: `LTB${r.digits(10)}`,
      time: hhmm(),
      channel: 'intra',
    }),
    reversal: (sent) => ({ text: `RVSL: ${sent.text}`.slice(0, 90), ref: sent.ref, time: hhmm(), channel: 'rev' }),
    unknownIn: (rr, k) => ({
      text: k
        ? `NIP FRM ${['CHIDI A. OKEKE', 'BISOLA ADEWALE'][k - 1]}/PALMPAY`
        : 'NIP FRM UNKNOWN BENEFICIARY/KUDA MFB/PAYMENT',
      ref: nip(),
      time: hhmm(),
      channel: 'in',
    }),
    cardPurchase: () => ({
      text: 'WEB PURCHASE JUMIA NG LAGOS NG CARD 5399**4471',
      ref: `WEB${r.digits(8)}`,
      time: hhmm(),
      channel: 'card',
    }),
    chargesAfter: (l) => {
      if (l.channel !== 'nip' || l.amt >= 0) return [];
      const a = -l.amt;
      const fee = a <= 500000 ? 1075 : a <= 5000000 ? 2688 : 5375;
      return [
        {
          amt: -fee,
          text: 'NIP TRANSFER CHARGE + VAT',
          ref: l.ref,
          time: l.time,
          channel: 'fee',
          kind: 'charge',
          traits: ['nip-fee'],
        },
      ];
    },
    monthEnd: (lines, last) => {
      const credits = lines.filter((l) => l.amt >= 1000000 && ['in', 'chq'].includes(l.channel)).length;
      const debits = lines.filter((l) => l.amt < 0).reduce((s, l) => s - l.amt, 0);
      const amf = Math.floor(debits / 1000);
      return [
        {
          amt: -5000 * credits,
          text: `EMTL OCT 2025 (${credits} CREDITS)`,
          ref: '',
          time: '23:40:00',
          kind: 'levy',
          traits: ['emtl'],
        },
        {
          amt: -amf,
          text: 'ACCOUNT MAINTENANCE CHARGE OCT 2025',
          ref: '',
          time: '23:41:00',
          kind: 'charge',
          traits: ['maintenance-fee'],
        },
        {
          amt: -Math.floor((amf * 75 + 500) / 1000),
          text: 'VAT ON ACCOUNT MAINTENANCE CHARGE',
          ref: '',
          time: '23:41:00',
          kind: 'fee-vat',
          traits: [],
        },
        {
          amt: -r.int(12, 30) * 400,
          text: 'SMS ALERT CHARGES OCT 2025',
          ref: '',
          time: '23:42:00',
          kind: 'charge',
          traits: ['sms-fee'],
        },
      ].filter((c) => c.amt !== 0 && last);
    },
  };
  return p;
}

/** Lotus Bank internet banking "Account Statement" CSV: preamble, header row 9, time-stamped ISO dates, oldest first. */
export function writeBank(lines, m, opening, closing, cal) {
  const out = [
    ['LOTUS BANK LIMITED'],
    ['ACCOUNT STATEMENT'],
    ['Account Name', 'IKORODU PAINTS AND COATINGS LTD'],
    ['Account Number', '1000482236'],
    ['Currency', 'NGN'],
    ['Period', `${fmtDate(cal.from, 'DMY/')} - ${fmtDate(cal.to, 'DMY/')}`],
    ['Opening Balance', commas(opening)],
    [],
    ['Transaction Date', 'Value Date', 'Reference', 'Narration', 'Debit', 'Credit', 'Balance'],
  ];
  const rows = [];
  for (const l of lines) {
    out.push([
      `${l.date} ${l.time ?? '12:00:00'}`,
      l.date,
      l.ref,
      l.text,
      l.amt < 0 ? commas(-l.amt) : '',
      l.amt > 0 ? commas(l.amt) : '',
      commas(l.bal),
    ]);
    rows.push({ line: l, row: out.length });
  }
  out.push([]);
  out.push(['', '', '', 'Closing Balance', '', '', commas(closing)]);
  const nonEntry = [{ row: out.length, why: 'closing balance (undated, balance only)' }];
  out.push(['This is a computer generated statement. Lotus Bank - Banking the Ethical Way.']);
  return {
    bytes: Buffer.from(csv(out)),
    rows,
    headerRow: 9,
    nonEntry,
    mapped: (l) => ({ text: l.text, reference: l.ref || null, party: null }),
  };
}
export const bankReadOptions = {
  currency: 'NGN',
  mapping: {
    date: 'Transaction Date',
    valueDate: 'Value Date',
    reference: 'Reference',
    description: 'Narration',
    moneyOut: 'Debit',
    moneyIn: 'Credit',
    balance: 'Balance',
  },
};
export const bankLayout =
  'Lotus Bank internet banking Account Statement downloaded as CSV: seven preamble rows and a blank row, header in row 9, Transaction Date written "2025-10-03 14:22:51" (ISO date with time), Value Date ISO, Reference (NIP session id, cheque number, bank id), Narration, Debit / Credit with thousands commas, Balance; a blank row, an undated Closing Balance row and a footer sentence';

/** Focus 9 Ledger report: four merged title rows, a two-row header whose outer cells are merged down, real dates. */
export function writeLedger(rows, m, opening, closing) {
  const out = [
    ['Ikorodu Paints and Coatings Ltd'],
    ['Ledger'],
    ['Account : Lotus Bank Current A/c 1000482236 [1011]'],
    ['From 01/10/2025 To 31/10/2025'],
    [],
    ['Date', 'Voucher', null, 'Account', 'Narration', 'Amount', null, 'Balance'],
    // the merged-down cells stay empty in row 7, as Excel leaves them: only the merge gives them their text
    [null, 'Type', 'No.', null, null, 'Debit', 'Credit', null],
    [null, null, null, null, 'Opening Balance', num(opening), null, num(opening)],
  ];
  const merges = ['A1:H1', 'A2:H2', 'A3:H3', 'A4:H4', 'A6:A7', 'B6:C6', 'D6:D7', 'E6:E7', 'F6:G6', 'H6:H7'];
  const nonEntry = [{ row: 8, why: 'opening balance (undated)' }];
  const placed = [];
  let din = 0;
  let dout = 0;
  for (const w of rows) {
    out.push([
      { date: w.date },
      w.vtype,
      w.vno,
      w.code,
      w.memo + (w.ref && !w.memo.includes(w.ref) ? ` (${w.ref})` : ''),
      w.amt > 0 ? num(w.amt) : null,
      w.amt < 0 ? num(-w.amt) : null,
      num(w.bal),
    ]);
    if (w.amt > 0) din += w.amt;
    else dout -= w.amt;
    placed.push({ row: w, at: out.length });
  }
  out.push([null, null, null, null, 'Total', num(din), num(dout), null]);
  nonEntry.push({ row: out.length, why: 'period total (undated)' });
  out.push([null, null, null, null, 'Closing Balance', null, null, num(closing)]);
  nonEntry.push({ row: out.length, why: 'closing balance (undated, balance only)' });
  const bytes = xlsx('Ledger', out, { merges, widths: [12, 8, 10, 10, 60, 16, 16, 18] });
  return {
    bytes,
    placed,
    headerRow: 7,
    nonEntry,
    cells: (w) => ({
      party: w.code,
      reference: w.vno,
      description: out[placed.find((x) => x.row === w).at - 1][4],
      account: null,
    }),
  };
}
export const ledgerReadOptions = {
  currency: 'NGN',
  sheet: 'Ledger',
  mapping: {
    date: 'Date',
    reference: 'No.',
    party: 'Account',
    description: 'Narration',
    moneyIn: 'Debit',
    moneyOut: 'Credit',
    balance: 'Balance',
  },
};
export const ledgerAccount = 'Lotus Bank Current A/c 1000482236';
export const ledgerLayout =
  'Focus 9 ERP Ledger report of the bank account exported to Excel (sheet Ledger): four title rows merged across A:H and a blank row, a two-row header in rows 6-7 (Date, Account, Narration and Balance merged down over both rows; "Voucher" merged over Type / No. and "Amount" over Debit / Credit), so row 7 reads Date, Type, No., Account, Narration, Debit, Credit, Balance; an undated Opening Balance row; real date cells; the contra account\'s CODE in Account (customer C0108, vendor V0115, GL 2330), never its name; the invoice or bill inside Narration; Debit = money in, as numbers; undated Total and Closing Balance rows; no bank account column';
export const dec2 = dec;
