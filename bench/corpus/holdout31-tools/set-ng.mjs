// holdout31 NG — Ajani-Eze Paints & Coatings Ltd, Ikeja: Signature Bank statement (CSV) against Infor LN (XLSX).
import { dMonY, grouped, share } from './lib.mjs';
import { Month } from './month.mjs';
import { standardMonth } from './events.mjs';

const cust = [
  ['Bello Hardware & Building Materials Ltd', 'BELLO HARDWARE & BUILDING MAT'],
  ['Chukwuemeka Interiors Ltd', 'CHUKWUEMEKA INTERIORS LTD'],
  ['Olamide Estates Development Co', 'OLAMIDE ESTATES DEV CO'],
  ['Harmattan Homes Ltd', 'HARMATTAN HOMES LIMITED'],
  ['Ifeoma Okonjo (Okonjo Decor)', 'IFEOMA CHIDINMA OKONJO'],
  ['Lekki Finishers Ltd', 'LEKKI FINISHERS LTD'],
  ['Adewale Paints Depot', 'ADEWALE PAINTS DEPOT'],
  ['Kaduna Build Mart Ltd', 'KADUNA BUILD MART LTD'],
  ['Ibadan Colour House', 'IBADAN COLOUR HOUSE'],
  ['Oceanview Facility Managers Ltd', 'OCEANVIEW FACILITY MGRS LTD'],
  ['Tunde Balogun & Sons', 'TUNDE BALOGUN AND SONS'],
  ['Greenfield Construction Nig Ltd', 'GREENFIELD CONSTRUCTION NIG'],
  ['Abuja Renovations Hub Ltd', 'ABUJA RENOVATIONS HUB'],
  ['Mainland Contractors Ltd', 'MAINLAND CONTRACTORS LTD'],
  ['Ebute Metta Hardware Ltd', 'EBUTE METTA HARDWARE'],
  ['Sapele Timber & Paints Ltd', 'SAPELE TIMBER & PAINTS'],
  ['Ikorodu Housing Cooperative', 'IKORODU HOUSING COOP SOC'],
  ['Nnamdi Azikiwe Hostels Mgt Ltd', 'NNAMDI AZ HOSTELS MGT LTD'],
  ['Victoria Garden Residents Assoc', 'VGC RESIDENTS ASSOCIATION'],
  ['Femi Adekunle', 'OLUWAFEMI ADEKUNLE'],
  ['Ogba Shopping Plaza Ltd', 'OGBA SHOPPING PLAZA'],
  ['Yaba Tech Works Dept', 'YABATECH WORKS DEPT'],
].map(([name, bank]) => ({ name, bank }));
const supp = [
  ['Titanium Dioxide Imports Ltd', 'TITANIUM DIOXIDE IMPORTS'],
  ['Resin Chemicals Nigeria Ltd', 'RESIN CHEMICALS NIG LTD'],
  ['Agege Tin Containers Ltd', 'AGEGE TIN CONTAINERS LTD'],
  ['Delta Solvents & Thinners Ltd', 'DELTA SOLVENTS THINNERS'],
  ['Oyelaran Pallets Enterprise', 'OYELARAN PALLETS ENT'],
  ['Festac Labels & Print Ltd', 'FESTAC LABELS AND PRINT'],
  ['Kano Kaolin Mining Co', 'KANO KAOLIN MINING CO'],
  ['Ogunleye Haulage Services', 'OGUNLEYE HAULAGE SVCS'],
  ['Pigmentpro West Africa Ltd', 'PIGMENTPRO WEST AFRICA'],
  ['Ikeja Industrial Gases Ltd', 'IKEJA INDUSTRIAL GASES'],
  ['Apapa Clearing & Forwarding', 'APAPA CLEARING FWD'],
].map(([name, bank]) => ({ name, bank }));
const banks = [
  'GTB',
  'ZENITH',
  'ACCESS',
  'UBA',
  'FIRSTBANK',
  'FCMB',
  'STANBIC',
  'WEMA',
  'FIDELITY',
  'OPAY',
  'MONIEPOINT',
];

export function buildNg(seed, rng) {
  const m = new Month({ from: '2025-11-01', to: '2025-11-30', holidays: [], rng, scale: 1500, step: 50 });
  const session = (date, bankCode = '999116') =>
    `${bankCode}${date.slice(2, 4)}${date.slice(5, 7)}${date.slice(8, 10)}${rng.digits(6)}${rng.digits(12)}`;
  let rct = 2508410,
    pay = 2509120;
  const fee = (abs) => (abs <= 500000 ? 1075 : abs <= 5000000 ? 2688 : 5375);
  const d = {
    cust,
    supp,
    firstInvoice: 4410,
    inv: (n) => `AEP/INV/25/${n}`,
    writings: [
      ['ref-canonical', (n) => `AEP/INV/25/${n}`],
      ['ref-serial-only', (n) => `INV ${n}`],
      ['ref-lowercase', (n) => `inv no ${n}`],
      ['ref-year-serial-joined', (n) => `INV25${n}`],
      ['ref-spaces', (n) => `AEP INV 25 ${n}`],
      ['ref-dashes', (n) => `INV-25-${n}`],
      ['ref-words', (n) => `INVOICE NUMBER ${n}`],
    ],
    creditNote: 'AEP/CN/25/0193',
    lessCredit: (n) => `INV ${n} LESS CN 193`,
    several: (ns) => `INV ${ns.join(',')}`,
    noRemark: (p) => rng.pick(['SUPPLY PAYMENT', 'PAINT SUPPLY', `FRM ${p.bank.split(' ')[0]}`, 'TRANSFER']),
    payRemark: () => rng.pick(['PALLETS OCT/NOV', 'LABELS PRINTING', 'PAYMENT FOR SUPPLY']),
    refundRemark: () => 'REFUND OVERPAYMENT',
    refundFrom: (p) => `REFUND CREDIT BAL ${p.bank.split(' ')[0]}`,
    po: () => `LPO/${rng.int(100, 999)}/25`,
    bill: () => `${rng.pick(['SI', 'TDI', 'BL', 'IV'])}${rng.int(10000, 99999)}`,
    billWord: 'INV',
    twinRemark: 'HAULAGE IKEJA-ONITSHA TRIP',
    wht: [2, 100, 'short-withholding-tax-2pct'],
    roundUp: 1000000, // to the next ₦10,000
    limit: 6000,
    strangers: [{ bank: 'ABDULLAHI MUSA GARBA' }, { bank: 'QUICKFIX VENTURES' }],
    hasRefField: true,
    receive(m, date, amount, p, remark, { remarkInRef = false } = {}) {
      const b = rng.pick(banks);
      const text = remarkInRef ? `NIP/${b}/${p.bank}` : `NIP/${b}/${p.bank}/${remark}`;
      return m.bank(date, amount, text, remarkInRef ? remark : session(date));
    },
    send(m, date, amount, p, remark, { noCharge = false } = {}) {
      const sid = session(date);
      const line = m.bank(date, amount, `NIP TRF TO ${p.bank} - ${remark}`, sid);
      if (!noCharge) chargeFor(line, sid);
      return line;
    },
    reverse(m, date, line) {
      return m.bank(
        date,
        -line.amount,
        `RVSL NIP TRF TO ${line.text.slice(11, 40)} - BENEFICIARY ACCT INVALID`,
        line.ref,
      );
    },
    bookIn(m, date, amount, p, ref, memo) {
      return m.book(date, amount, {
        type: 'BR1',
        doc: String(rct++),
        party: p.name,
        ref,
        desc: memo ? `Receipt ${p.name.split(' ')[0]} - ${memo}` : `Receipt ${p.name}`,
      });
    },
    bookOut(m, date, amount, p, ref, memo) {
      return m.book(date, amount, {
        type: 'BP1',
        doc: String(pay++),
        party: p.name,
        ref,
        desc: memo ? `Payment ${p.name.split(' ')[0]} - ${memo}` : `Payment to ${p.name}`,
      });
    },
  };
  function chargeFor(line, sid) {
    const c = m.bank(line.date, -fee(Math.abs(line.amount)), `NIP TRANSFER CHARGE + VAT ${sid.slice(-8)}`, sid);
    m.bankOnly(c, 'charge', ['nip-charge']);
  }
  standardMonth(m, d);
  const book = (date, amount, type, party, ref, desc) =>
    m.book(date, amount, {
      type,
      doc: String(type === 'BR1' ? rct++ : type === 'BP1' ? pay++ : 3100 + m.seq),
      party,
      ref,
      desc,
    });

  // POS terminals at the Ikeja showroom (Interswitch) and the web shop's Flutterwave payouts
  {
    const date = m.randDay(4, -5);
    const a1 = m.amount(150, 600, { cents: true });
    const a2 = m.amount(150, 600, { cents: true });
    const l1 = m.bank(
      date,
      a1,
      `POS SETTLEMENT TID 2057LX41 ${dMonY(m.shift(date, -1)).toUpperCase()}`,
      `ISW${rng.digits(10)}`,
    );
    const l2 = m.bank(
      date,
      a2,
      `POS SETTLEMENT TID 2057LX42 ${dMonY(m.shift(date, -1)).toUpperCase()}`,
      `ISW${rng.digits(10)}`,
    );
    const row = book(
      m.shift(date, -1),
      m.claim(a1 + a2),
      'BR1',
      'Showroom POS',
      'TID 2057LX41/2057LX42',
      'Showroom card sales (2 terminals)',
    );
    m.auto([l1, l2], row, { traits: ['pos-settlement', 'split-many-to-one', 'settled-next-day'] });
    const gross = m.amount(300, 1200);
    const fw = share(gross, 14, 1000) > 200000 ? 200000 : share(gross, 14, 1000);
    const id1 = `FLW-PO-${rng.digits(9)}`;
    const l3 = m.bank(m.randDay(2, 8), m.claim(gross - fw), `FLUTTERWAVE SETTLEMENT ${id1}`, `FLW${rng.digits(12)}`);
    const r3 = book(m.shift(l3.date, -1), gross, 'BR1', 'Flutterwave', id1, 'Web shop sales settled (gross)');
    m.auto(l3, r3, { traits: ['gateway-settlement', 'short-net-of-fee'], difference: -fw });
    const g2 = m.amount(300, 1200);
    const f2 = share(g2, 14, 1000);
    const id2 = `FLW-PO-${rng.digits(9)}`;
    const l4 = m.bank(m.randDay(10, -4), m.claim(g2 - f2), `FLUTTERWAVE SETTLEMENT ${id2}`, `FLW${rng.digits(12)}`);
    const r4a = book(m.shift(l4.date, -1), g2, 'BR1', 'Flutterwave', id2, 'Web shop sales');
    const r4b = book(m.shift(l4.date, -1), -m.claim(f2), 'GJ1', 'Flutterwave', id2, 'Flutterwave fees');
    m.auto(l4, [r4a, r4b], { traits: ['gateway-settlement', 'gross-and-fee-booked'] });
    const g3 = m.amount(300, 1200);
    const f3 = share(g3, 14, 1000);
    const l5 = m.bank(m.randDay(-8, -3), m.claim(g3 - f3), 'FLUTTERWAVE SETTLEMENT', `FLW${rng.digits(12)}`);
    const r5 = book(m.shift(l5.date, -1), g3, 'BR1', 'Flutterwave', '', 'Web shop sales - week');
    m.suggest(l5, r5, { mustNotAuto: false, traits: ['gateway-settlement', 'short-net-of-fee', 'no-payout-id'] });
  }

  // payroll, statutory, utilities, lease, cheques
  {
    const date = m.day(-3);
    const net = m.amount(20000 / 1.5, 26000 / 1.5);
    const l = m.bank(date, -net, 'BULK PAYMENT - NOV 2025 SALARIES (46)', `BP${rng.digits(10)}`);
    const row = book(date, -net, 'BP1', 'Staff', 'PAY-NOV-25', 'Net salaries November 2025');
    m.auto(l, row, { traits: ['payroll'] });
    const bc = m.bank(date, -46 * 5000, 'BULK PAYMENT CHARGE (46)', l.ref);
    m.bankOnly(bc, 'charge', ['bulk-charge']);
    const bv = m.bank(date, -share(46 * 5000, 75, 1000), 'VAT ON BULK PAYMENT CHARGE', l.ref);
    m.bankOnly(bv, 'fee-vat');
    const stat = [
      ['REMITA/FIRS/VAT OCT 2025/RRR', 'Federal Inland Revenue Service', 'VAT return October 2025', 2500, 4500],
      ['REMITA/FIRS/WHT OCT 2025/RRR', 'Federal Inland Revenue Service', 'WHT remittance October 2025', 300, 900],
      ['PAYDIRECT/LIRS PAYE OCT 2025/PIN', 'Lagos State Internal Revenue Service', 'PAYE October 2025', 1500, 2600],
      ['REMITA/PENCOM ECS PENSION OCT 2025/RRR', 'PenCom (PFA contributions)', 'Pension 18% October 2025', 1800, 3000],
      ['REMITA/NSITF ECS OCT 2025/RRR', 'NSITF', 'ECS 1% October 2025', 150, 300],
    ];
    for (const [text, party, desc, lo, hi] of stat) {
      const rrr = `${rng.digits(4)}-${rng.digits(4)}-${rng.digits(4)}`;
      const dt = m.randDay(-12, -6);
      const amt = -m.amount(lo, hi);
      const l2 = m.bank(dt, amt, `${text} ${rrr}`, `RMT${rng.digits(10)}`);
      const r2 = book(dt, amt, 'BP1', party, rrr.replace(/-/g, ''), desc);
      m.auto(l2, r2, { traits: ['statutory', 'ref-dashes'] });
    }
    const ie = m.amount(900, 1500, { cents: true });
    const l3 = m.bank(m.randDay(6, 14), -ie, 'IKEJA ELECTRIC POSTPAID 04/32/1155/01 OCT BILL', `IE${rng.digits(9)}`);
    const r3 = book(
      m.shift(l3.date, -1),
      -ie,
      'BP1',
      'Ikeja Electric Plc',
      '0432115501',
      'Electricity October, factory',
    );
    m.auto(l3, r3, { traits: ['utility', 'ref-slashes', 'booked-before-bank'] });
    const lease = -m.amount(2000, 3000);
    const l4 = m.bank(m.day(4), lease, 'STANDING ORDER SO/88231 - ADENIRAN EQUIPMENT LEASING', `SO${rng.digits(8)}`);
    const r4 = book(
      m.day(4),
      lease,
      'BP1',
      'Adeniran Equipment Leasing Ltd',
      'SO/88231',
      'Forklift lease instalment 9 of 24',
    );
    m.auto(l4, r4, { traits: ['standing-order'] });
    const chq = -m.amount(400, 1200);
    const issued = m.randDay(2, 6);
    const l5 = m.bank(m.shift(issued, 3), chq, 'INWARD CLEARING CHQ 00000726', '00000726');
    const r5 = book(issued, chq, 'BP1', 'Mushin Drum Reconditioners', 'CHQ 000726', 'Drums reconditioned');
    m.auto(l5, r5, { traits: ['cheque-number', 'presented-later'] });
    const old = m.bank(m.randDay(1, 5), -m.amount(200, 700), 'INWARD CLEARING CHQ 00000709', '00000709');
    m.none(old, ['previous-month-cheque']);
    const unp = book(m.day(-2), -m.amount(300, 900), 'BP1', 'Odunsi Scaffolding Ltd', 'CHQ 000731', 'Scaffolding hire');
    m.ledgerOnly(unp, 'cheque issued, not yet presented');
  }

  // a credit sent to us in error, recalled by the sender's bank: the bookkeeper booked it from the alert
  {
    const date = m.randDay(5, -6);
    const amt = m.amount(200, 800);
    const p = { name: 'Okafor Brothers Ventures', bank: 'OKAFOR BROTHERS VENTURES' };
    const inl = m.bank(date, amt, `NIP/ACCESS/${p.bank}/SUPPLY PAYMENT`, session(date));
    const out = m.bank(m.shift(date, 2), -amt, `RECALL OF NIP CREDIT - ${p.bank} - FUNDS RETURNED`, inl.ref);
    m.reversal(inl, out, ['misdirected-credit-recalled']);
    const row = book(date, amt, 'BR1', p.name, '', 'Receipt Okafor Brothers (from credit alert)');
    m.ledgerOnly(row, 'booked from a credit alert; the credit was recalled, the books still hold it');
  }

  // a card purchase nobody booked
  {
    const l = m.bank(
      m.randDay(3, -3),
      -m.amount(40, 160, { cents: true }),
      'WEB PURCHASE - JUMIA ONLINE NG LAGOS',
      `CRD${rng.digits(10)}`,
    );
    m.none(l, ['unbooked-card-purchase']);
  }

  // month end: SMS alerts, account maintenance with VAT, the month's EMTL on receipts of ₦10,000 or more
  {
    const last = m.day(-1);
    const credits = m.lines.filter((l) => l.amount >= 1000000 && !/^RVSL/.test(l.text)).length;
    const debits = m.lines.filter((l) => l.amount < 0 && !/CHARGE|VAT/.test(l.text)).reduce((a, l) => a - l.amount, 0);
    const amf = share(debits, 1, 1000);
    const a = m.bank(last, -amf, 'ACCOUNT MAINTENANCE FEE NOV 2025', '', { late: true });
    m.bankOnly(a, 'charge', ['account-maintenance']);
    const av = m.bank(last, -share(amf, 75, 1000), 'VAT ON ACCOUNT MAINTENANCE FEE', '', { late: true });
    m.bankOnly(av, 'fee-vat');
    const sms = m.bank(last, -(m.lines.length + 3) * 400, `SMS ALERT CHARGES NOV 2025 (${m.lines.length + 3})`, '', {
      late: true,
    });
    m.bankOnly(sms, 'charge', ['sms-alerts']);
    const e = m.bank(last, -(credits * 5000), `ELECTRONIC MONEY TRANSFER LEVY NOV 2025 (${credits})`, '', {
      late: true,
    });
    m.bankOnly(e, 'levy', ['emtl']);
  }

  const bankFile = 'signature-1100345762-nov2025.csv';
  const ledgerFile = 'infor-ln-ledger-history-11210-nov2025.xlsx';
  return {
    set: 'ng-signature-inforln',
    country: 'NG',
    currency: 'NGN',
    timezone: 'Africa/Lagos',
    m,
    opening: 9451233015,
    notes: [
      'Ajani-Eze Paints & Coatings Ltd, Ikeja Industrial Estate, Lagos: decorative and industrial paints sold to contractors, hardware dealers, estate developers and through a showroom (card terminals) and a web shop (Flutterwave).',
      'Signature Bank corporate current account, internet-banking statement download (CSV): label/value preamble, header in row 12, text dates dd-Mon-yyyy, the 30-digit NIP session id in Ref. No, amounts with thousands separators.',
      'Books: Infor LN ledger history of ledger account 11210 (Signature Bank current), exported to Excel: title rows, header in row 4, real date cells, Business Partner name, Debit/Credit in home currency, no balance, no totals.',
    ],
    bank: {
      file: bankFile,
      bank: 'Signature Bank Limited',
      format: 'csv',
      csv: { quoteAll: false },
      order: 'oldest-first',
      layout:
        'Signature Bank internet banking → Account statement → Download CSV (preamble of 10 label/value rows, header row 12)',
      header: ['Tran Date', 'Value Date', 'Transaction Details', 'Ref. No', 'Withdrawals', 'Lodgements', 'Balance'],
      mapping: {
        date: 'Tran Date',
        valueDate: 'Value Date',
        description: 'Transaction Details',
        reference: 'Ref. No',
        moneyOut: 'Withdrawals',
        moneyIn: 'Lodgements',
        balance: 'Balance',
      },
      readExtra: {},
      preamble: (open, close, period) => [
        ['SIGNATURE BANK LIMITED'],
        ['STATEMENT OF ACCOUNT'],
        ['Account Name:', 'AJANI-EZE PAINTS & COATINGS LTD'],
        ['Account Number:', '1100345762'],
        ['Account Type:', 'CURRENT ACCOUNT - CORPORATE'],
        ['Currency:', 'NGN'],
        ['Branch:', 'IKEJA GRA'],
        ['Period:', `${dMonY(period.from)} TO ${dMonY(period.to)}`],
        ['Opening Balance:', grouped(open)],
        ['Closing Balance:', grouped(close)],
        [],
      ],
      trailer: () => [[], ['*** END OF STATEMENT ***']],
      cells: (l, bal) => [
        dMonY(l.date),
        dMonY(l.extra.valueDate ?? l.date),
        l.text,
        l.ref,
        l.amount < 0 ? grouped(l.amount) : '',
        l.amount > 0 ? grouped(l.amount) : '',
        grouped(bal),
      ],
    },
    ledger: {
      file: ledgerFile,
      package:
        'Infor LN 10.7 (Financials → General Ledger → Ledger History of ledger account 11210, exported to Excel)',
      format: 'xlsx',
      sheet: 'Ledger History',
      account: '11210',
      layout: 'two title rows and a filter row, header row 4, one row per integration line, real date cells, no totals',
      header: [
        'Ledger Account',
        'Fiscal Year',
        'Period',
        'Transaction Type',
        'Document',
        'Line',
        'Document Date',
        'Business Partner',
        'Reference',
        'Description',
        'Debit Amount HC',
        'Credit Amount HC',
      ],
      mapping: {
        date: 'Document Date',
        reference: 'Reference',
        description: 'Description',
        party: 'Business Partner',
        moneyIn: 'Debit Amount HC',
        moneyOut: 'Credit Amount HC',
        account: 'Ledger Account',
      },
      preamble: () => [
        ['Ajani-Eze Paints & Coatings Ltd — Company 110 — Ledger History'],
        ['Ledger Account 11210 Signature Bank Current 1100345762 | Fiscal Year 2025 | Period 11 to 11 | Currency NGN'],
        [],
      ],
      trailer: () => [],
      cells: (r) => [
        '11210',
        2025,
        11,
        r.type,
        Number(r.doc),
        1,
        { date: r.date },
        r.party,
        r.ref,
        r.desc,
        r.amount > 0 ? { num: r.amount } : null,
        r.amount < 0 ? { num: -r.amount } : null,
      ],
    },
  };
}
