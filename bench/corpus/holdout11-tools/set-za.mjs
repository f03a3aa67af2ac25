// za-africanbank-netsuite: a Germiston engineering-supplies company. African Bank Business current account
// statement (CSV: beneficiary reference in its own column, debits written negative) against a NetSuite
// "Transaction Detail" report of the bank account saved as CSV.
import { addDays, csvLine, dec, dmySlash, thou, monName, ymdSlash } from './core.mjs';

export function zaDialect(S) {
  const mm = monName(S.m).toUpperCase();
  let pymt = 2214;
  let bp = 880;
  let je = 4410;
  const inv = (n) => `INV${n}`;
  const D = {
    mix: { ref: 19, name: 11, wht: 2, supRef: 11, supName: 6 },
    invStart: 10437,
    ranges: { rcpt: [2500, 185000, 1], pay: [1800, 240000, 1] },
    whtRate: 2.5, // settlement discount the customer took for paying within 7 days
    whtTrait: 'short-settlement-discount-2.5pct',
    overExtras: [100000, 50000, 1500],
    cashShorts: [5000, 2000],
    partWord: 'PART',
    andOthers: '+ OTHERS',
    genericRemarks: ['', 'PAYMENT', 'ACC PAYMENT', `${mm} STATEMENT`, 'SUPPLIER PMT'],
    payRemarks: ['', 'PAYMENT', `${mm} 2025`],
    cust: [
      { book: 'Ekurhuleni Fabrication CC', bank: ['EKURHULENI FABRICATION', 'EKURHULENI FAB CC'] },
      { book: 'Vaal Mining Services (Pty) Ltd', bank: ['VAAL MINING SERVICES', 'VAAL MINING SERV PTY'] },
      { book: 'Boksburg Precision Engineering', bank: ['BOKSBURG PRECISION ENG', 'BOKSBURG PRECISION ENGINEERING'] },
      { book: 'Thokoza Plumbing Contractors', bank: ['THOKOZA PLUMBING', 'THOKOZA PLUMBING CONTRACTORS'] },
      { book: 'Rand Conveyor Systems', bank: ['RAND CONVEYOR SYSTEMS', 'RAND CONVEYOR SYS'] },
      { book: 'Benoni Agri Implements', bank: ['BENONI AGRI IMPLEMENTS', 'BENONI AGRI'] },
      { book: 'Alrode Steel Works (Pty) Ltd', bank: ['ALRODE STEEL WORKS', 'ALRODE STEELWORKS PTY'] },
      { book: 'Kempton Hydraulics', bank: ['KEMPTON HYDRAULICS', 'KEMPTON HYDRAULICS CC'] },
      { book: 'Sasolburg Maintenance Group', bank: ['SASOLBURG MAINT GROUP', 'SASOLBURG MAINTENANCE'] },
      { book: 'Nigel Agricultural Co-op', bank: ['NIGEL AGRI COOP', 'NIGEL AGRICULTURAL COOP'] },
    ],
    odd: [
      { book: 'Dlamini Electrical & Projects', payer: 'S DLAMINI', remark: '' },
      { book: 'Mahlangu Welding', payer: 'ABSA BANK MAHLANGU T', remark: 'MW' },
      { book: 'Germiston Auto Body', payer: 'GAB', remark: 'ACC 114' },
    ],
    unknownPayers: [
      { payer: 'J VAN DER MERWE', remark: '' },
      { payer: 'NEDBANK 1987', remark: 'DEPOSIT' },
    ],
    sup: [
      { book: 'Macsteel Service Centres SA', bank: 'MACSTEEL', bill: (s) => `MSC${s.digits(7)}` },
      { book: 'Bearing Man Group', bank: 'BEARING MAN', bill: (s) => `BMG-${s.digits(6)}` },
      { book: 'Afrox (African Oxygen Ltd)', bank: 'AFROX', bill: (s) => `AFX${s.digits(8)}` },
      { book: 'SKF South Africa', bank: 'SKF SOUTH AFRICA', bill: (s) => `SKF/${s.digits(5)}` },
      {
        book: 'Hydraulic Engineering Repair Services',
        bank: 'HYDRAULIC ENG REPAIR SERV',
        bill: (s) => `HERS${s.digits(4)}`,
      },
      { book: 'Unitrans Freight', bank: 'UNITRANS FREIGHT', bill: (s) => `UF${s.digits(7)}` },
      { book: 'Trident Steel', bank: 'TRIDENT STEEL', bill: (s) => `TS-${s.digits(6)}` },
      { book: 'Voltex Germiston', bank: 'VOLTEX GERMISTON', bill: (s) => `VX${s.digits(6)}` },
    ],
    weekly: { book: 'Sibanye Couriers', bank: 'SIBANYE COURIERS', remark: 'WEEKLY DELIVERIES' },
    unrecordedOut: [
      { lo: 350, hi: 2500, text: (s) => `CARD PURCHASE BUILDERS WAREHOUSE ${s.digits(4)}` },
      { lo: 200, hi: 900, text: () => 'CARD PURCHASE ENGEN GERMISTON' },
    ],
    inv,
    invWrite(s, n) {
      return s.pick([
        { w: `INV${n}`, trait: 'ref-canonical' },
        { w: `INV ${n}`, trait: 'ref-spaces' },
        { w: `inv${n}`, trait: 'ref-lowercase' },
        { w: `${n}`, trait: 'ref-serial-only' },
        { w: `INV-${n}`, trait: 'ref-spaces' },
      ]);
    },
    twoInvs: (s, a, b) => `INV${a} INV${b}`,
    billWrite(s, bill) {
      return s.pick([bill, bill.replaceAll(/[/-]/g, ''), `MOKOENA ${bill}`]);
    },
    cashDesc: (d) => `Cash sales banked ${dmySlash(d)}`,
    // South African statements carry the beneficiary reference in its own column
    bankIn(s, { d, amt, payer, remark }) {
      const ch = s.pick(['EFT CREDIT', 'RTC CREDIT', 'PAYSHAP CREDIT', 'MAGTAPE CREDIT']);
      return s.bank(d, amt, `${ch} ${payer}`, remark || payer.split(' ')[0]);
    },
    bankOut(s, { d, amt, payee, remark }) {
      const b = s.bank(d, amt, `EFT PAYMENT ${payee}`, remark || 'MOKOENA ENG');
      D.fee(s, d, -750, 'EFT PAYMENT FEE', 'charge');
      return b;
    },
    rawOut: (s, { d, amt, text }) => s.bank(d, amt, text, ''),
    cashIn(s, { d, amt }) {
      const b = s.bank(d, amt, 'CASH DEPOSIT GERMISTON BRANCH', 'MOKOENA');
      D.fee(s, d, -Math.round(amt * 0.0135), 'CASH DEPOSIT FEE', 'charge');
      return b;
    },
    reversal: (s, f, d) => s.bank(d, -f.amt, `UNPAID ${f.text}`, `${f.ref} RD`),
    fee(s, d, amt, text, kind) {
      const b = s.bank(d, amt, text, '');
      s.t({ b: [b], l: [], dec: 'bank-only', exp: 'bank-only', ev: 'amount', kind, traits: ['bank-charge'] });
      return b;
    },
    ledIn(s, { d, amt, party, invs }) {
      return s.led(d, amt, {
        type: 'Payment',
        doc: `PYMT${pymt++}`,
        name: party,
        memo: invs[0] ?? s.pick(['', 'EFT received', 'On account']),
        split: '1100 Accounts Receivable',
      });
    },
    ledOut(s, { d, amt, party, bill }) {
      return s.led(d, amt, {
        type: 'Bill Payment',
        doc: `BP${bp++}`,
        name: party,
        memo: bill ? `Bill ${bill}` : '',
        split: '2000 Accounts Payable',
        bill,
      });
    },
    ledMisc(s, { d, amt, desc, contact, type, split }) {
      return s.led(d, amt, {
        type: type ?? 'Journal',
        doc: type === 'Deposit' ? `DEP${je++}` : `JE${je++}`,
        name: contact ?? '',
        memo: desc,
        split: split ?? (amt > 0 ? '4000 Sales' : '6100 Sundry expenses'),
      });
    },
    payroll(s) {
      const d = s.dateOf(25);
      const a = s.amt(420000, 480000, 1);
      const b = s.bank(d, -a, 'SALARIES PAYMENT BATCH 23 EMPLOYEES', `SAL ${mm} 2025`);
      const l = D.ledMisc(s, {
        d,
        amt: -a,
        desc: `Net salaries ${mm.slice(0, 1)}${mm.slice(1).toLowerCase()} 2025`,
        split: '2210 Salaries Control',
      });
      s.t({ b: [b], l: [l], dec: 'auto', ev: 'reference', traits: ['payroll-bulk'] });
      D.fee(s, d, -23 * 450, 'SALARY PAYMENT FEES 23 X 4.50', 'charge');
    },
    statutory(s) {
      const prev = monName(s.m - 1).toUpperCase();
      const yymm = `${String(s.y).slice(2)}${String(s.m - 1).padStart(2, '0')}`;
      const items = [
        [
          'SARS-EMP201',
          `7219384456LC${yymm}`,
          'South African Revenue Service',
          `EMP201 ${prev.slice(0, 3)} 2025 PAYE/UIF/SDL`,
          7,
          95000,
          120000,
        ],
        [
          'SARS-VAT201',
          `4781022569V${yymm}`,
          'South African Revenue Service',
          `VAT201 ${prev.slice(0, 3)} 2025`,
          25,
          160000,
          230000,
        ],
      ];
      for (const [payee, prn, book, memo, dayNo, lo, hi] of items) {
        const a = s.amt(lo, hi, 1);
        let d = s.dateOf(dayNo);
        if (new Date(d).getUTCDay() === 0) d = addDays(d, 1);
        const b = s.bank(d, -a, `SARS PAYMENT ${payee}`, prn);
        const l = s.led(addDays(d, -1), -a, { type: 'Check', doc: prn, name: book, memo, split: '2300 SARS Control' });
        s.t({ b: [b], l: [l], dec: 'auto', ev: 'reference', traits: ['statutory'] });
      }
    },
    extras(s) {
      // Yoco card machine payouts: one booked net with the payout id, the others gross from the Yoco sales report
      for (let k = 0; k < 6; k++) {
        const d = s.day(2 + k * 5, 5 + k * 5);
        const gross = s.amt(4000, 38000, 1);
        const fee = Math.round(gross * 0.0295);
        const pid = `${s.digits(8)}`;
        const b = s.bank(d, gross - fee, 'YOCO PAYOUT', `YOCO ${pid}`);
        if (k % 3 === 0) {
          const l = D.ledMisc(s, { d, amt: gross - fee, desc: `Yoco payout ${pid}`, contact: 'Yoco', type: 'Deposit' });
          s.t({ b: [b], l: [l], dec: 'auto', ev: 'reference', traits: ['gateway-settlement'] });
        } else {
          const l = D.ledMisc(s, {
            d: addDays(d, -1),
            amt: gross,
            desc: `Card sales ${dmySlash(addDays(d, -2))} (Yoco)`,
            contact: 'Yoco',
            type: 'Deposit',
          });
          s.t({
            b: [b],
            l: [l],
            dec: 'suggest',
            ev: 'counterparty',
            traits: ['gateway-settlement', 'short-net-of-fee'],
            diff: -fee,
          });
        }
      }
      // debit orders: insurance and vehicle finance booked by journal, the telephone one not booked
      for (const [text, ref, book, lo, hi, booked] of [
        ['DEBIT ORDER SANTAM INSURANCE', 'POL 88410233', 'Santam', 5200, 6400, true],
        ['DEBIT ORDER WESBANK', 'ACC 73311902 VEH FIN', 'WesBank', 14000, 16500, true],
        ['DEBIT ORDER TELKOM SA', '41183302', 'Telkom', 1200, 1900, false],
      ]) {
        const d = s.dateOf(s.pick([1, 2, 3]));
        const a = s.amt(lo, hi, 1);
        const b = s.bank(d, -a, text, ref);
        D.fee(s, d, -450, 'DEBIT ORDER FEE', 'charge');
        if (booked) {
          const l = s.led(d, -a, {
            type: 'Check',
            doc: `DO-${book.toUpperCase()}`,
            name: book,
            memo: `Debit order ${mm.slice(0, 1)}${mm.slice(1).toLowerCase()} 2025 ${ref}`,
            split: '6300 Insurance & finance',
          });
          s.t({ b: [b], l: [l], dec: 'auto', ev: 'reference', traits: ['debit-order'] });
        } else {
          s.t({
            b: [b],
            l: [],
            dec: 'none',
            exp: 'no-counterpart',
            ev: 'counterparty',
            traits: ['unrecorded-payment', 'debit-order'],
          });
        }
      }
      // transfer to the company's money-market (call) account at month middle
      {
        const d = s.day(14, 16);
        const a = 25000000;
        const b = s.bank(d, -a, 'TRANSFER TO 20119844312 CALL ACC', 'MOKOENA CALL');
        const l = s.led(d, -a, {
          type: 'Transfer',
          doc: `TRF${s.digits(3)}`,
          name: '',
          memo: 'Surplus cash to call account',
          split: '1030 African Bank Call Account',
        });
        s.t({ b: [b], l: [l], dec: 'auto', ev: 'reference', traits: ['interbank-transfer'] });
      }
    },
    ledgerOnlyItems(s) {
      const out = [];
      out.push({
        l: D.ledOut(s, {
          d: s.dateOf(s.last),
          amt: -s.amt(20000, 60000, 1),
          party: 'Macsteel Service Centres SA',
          bill: `MSC${s.digits(7)}`,
        }),
        why: 'EFT released on the last day, debited the next business day',
      });
      out.push({
        l: D.ledMisc(s, {
          d: s.dateOf(s.last - 1),
          amt: s.amt(3000, 12000, 100),
          desc: 'Cash sales banked (deposit bag 0043)',
          type: 'Deposit',
        }),
        why: 'cash bag dropped after the cut-off; credited the next month',
      });
      return out;
    },
    monthEnd(s) {
      const d = s.dateOf(s.last);
      const b = s.bank(d, -29500, 'MONTHLY ACCOUNT FEE', '');
      const l = s.led(d, -29500, {
        type: 'Check',
        doc: `BANKFEE-${mm.slice(0, 3)}`,
        name: 'African Bank',
        memo: 'Monthly account fee',
        split: '6150 Bank charges',
      });
      s.t({ b: [b], l: [l], dec: 'auto', ev: 'reference', traits: ['booked-charge'] });
      D.fee(s, d, -s.int(30, 70) * 90, 'NOTIFICATION FEES', 'charge');
      const bi = s.bank(d, s.int(18000, 42000), 'CREDIT INTEREST', '');
      s.t({ b: [bi], l: [], dec: 'bank-only', exp: 'bank-only', ev: 'amount', kind: 'interest', traits: ['interest'] });
    },
  };
  return D;
}

export const zaSet = {
  set: 'za-africanbank-netsuite',
  country: 'ZA',
  currency: 'ZAR',
  timezone: 'Africa/Johannesburg',
  period: { from: '2025-04-01', to: '2025-04-30' },
  bankName: 'African Bank Business',
  packageName: 'NetSuite (Transaction Detail report, CSV)',
  bankFile: 'africanbank-business-20119840071-apr2025.csv',
  ledgerFile: 'netsuite-transaction-detail-1020-apr2025.csv',
  ledgerAccount: '1020 Bank : African Bank Business',
  opening: 48213366,
  dialect: zaDialect,
  writeBank(S, rows) {
    const lines = [
      csvLine(['Account Number', '20119840071']),
      csvLine(['Account Name', 'MOKOENA ENGINEERING SUPPLIES (PTY) LTD']),
      csvLine(['Statement Period', `${ymdSlash(S.cfg.period.from)} to ${ymdSlash(S.cfg.period.to)}`]),
      csvLine(['Opening Balance', dec(S.cfg.opening)]),
      '',
      csvLine(['Date', 'Description', 'Reference', 'Debit', 'Credit', 'Balance']),
    ];
    const headerRow = lines.length;
    for (const b of rows) {
      lines.push(
        csvLine([ymdSlash(b.d), b.text, b.ref, b.amt < 0 ? dec(b.amt) : '', b.amt > 0 ? dec(b.amt) : '', dec(b.bal)]),
      );
      b.row = lines.length;
    }
    return {
      text: lines.join('\n') + '\n',
      headerRow,
      readOptions: {
        currency: 'ZAR',
        mapping: {
          date: 'Date',
          description: 'Description',
          reference: 'Reference',
          moneyOut: 'Debit',
          moneyIn: 'Credit',
          balance: 'Balance',
        },
      },
    };
  },
  writeLedger(S, rows) {
    const lines = [
      csvLine(['Mokoena Engineering Supplies (Pty) Ltd']),
      csvLine(['Transaction Detail']),
      csvLine([`${dmySlash(S.cfg.period.from)} - ${dmySlash(S.cfg.period.to)}`]),
      '',
      csvLine(['Type', 'Date', 'Document Number', 'Name', 'Memo', 'Account', 'Clr', 'Split', 'Amount']),
    ];
    const headerRow = lines.length;
    lines.push(csvLine([S.cfg.ledgerAccount]));
    let bal = S.cfg.opening;
    for (const l of rows) {
      bal += l.amt;
      lines.push(
        csvLine([l.type, dmySlash(l.d), l.doc, l.name, l.memo, S.cfg.ledgerAccount, '', l.split, thou(l.amt)]),
      );
      l.row = lines.length;
    }
    const total = rows.reduce((t, l) => t + l.amt, 0);
    lines.push(csvLine([`Total - ${S.cfg.ledgerAccount}`, '', '', '', '', '', '', '', thou(total)]));
    lines.push(csvLine(['Total', '', '', '', '', '', '', '', thou(total)]));
    return {
      text: lines.join('\n') + '\n',
      headerRow,
      readOptions: {
        currency: 'ZAR',
        dateOrder: 'DMY',
        mapping: {
          date: 'Date',
          reference: 'Document Number',
          party: 'Name',
          description: ['Type', 'Memo'],
          amount: 'Amount',
          account: 'Account',
        },
      },
      bookBalance: bal,
    };
  },
  ledJson: (l) => ({
    reference: l.doc || null,
    description: [l.type, l.memo].filter(Boolean).join(' — '),
    party: l.name || null,
    account: '1020 Bank : African Bank Business',
  }),
};
