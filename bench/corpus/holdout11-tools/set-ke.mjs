// ke-absa-gnucash: a Nairobi hardware and building-supplies wholesaler. Absa Bank Kenya business current account
// statement (CSV) against GnuCash's "Export Transactions to CSV" (simple layout) of the bank account.
import { addDays, csvLine, dmySlash, thou, monName } from './core.mjs';

export function keDialect(S) {
  const mm = monName(S.m).toUpperCase();
  const inv = (n) => String(n).padStart(6, '0'); // GnuCash's default invoice ids
  const fee = (a) => (a <= 10000000 ? 5000 : a <= 50000000 ? 10000 : 15000); // tiered PesaLink charge (approximate)
  const guid = (s) => s.hex(32);
  const D = {
    mix: { ref: 16, name: 10, wht: 3, supRef: 9, supName: 6 },
    invStart: 2311,
    ranges: { rcpt: [12000, 480000, 100], pay: [15000, 900000, 1] },
    whtRate: 200 / 116, // 2% withholding VAT on the VAT-exclusive value of a 16% VAT invoice
    whtTrait: 'short-withholding-vat-2pct',
    overExtras: [50000, 100000, 5000],
    cashShorts: [10000, 5000],
    partWord: 'PART PMT',
    andOthers: 'ETC',
    genericRemarks: ['', 'PAYMENT', 'SUPPLIES', `${mm} STMT`, 'CEMENT', 'BALANCE'],
    payRemarks: ['', 'PAYMENT', 'SUPPLY', `${mm} 25`],
    cust: [
      { book: 'Kamau Hardware Thika', bank: ['KAMAU HARDWARE THIKA', 'KAMAU HARDWARE'] },
      { book: 'Ongata Rongai Builders Centre', bank: ['ONGATA RONGAI BUILDERS CENTRE', 'RONGAI BUILDERS CENTRE'] },
      { book: 'Mwenda & Sons Construction', bank: ['MWENDA AND SONS CONSTRUCTION', 'MWENDA & SONS CONST LTD'] },
      { book: 'Kisumu Lakeside Hardware', bank: ['KISUMU LAKESIDE HARDWARE', 'LAKESIDE HARDWARE KSM'] },
      { book: 'Nyeri Timber & Hardware', bank: ['NYERI TIMBER AND HARDWARE', 'NYERI TIMBER & HARDWARE'] },
      {
        book: 'Westlands Property Developers Ltd',
        bank: ['WESTLANDS PROPERTY DEVELOPERS', 'WESTLANDS PROPERTY DEV LTD'],
      },
      { book: 'Machakos Jua Kali Welders', bank: ['MACHAKOS JUA KALI WELDERS', 'MACHAKOS JUAKALI WELDERS'] },
      { book: 'Athi River Mabati Stores', bank: ['ATHI RIVER MABATI STORES', 'ATHI RIVER MABATI'] },
      { book: 'Kiambu County Government', bank: ['COUNTY GOVT OF KIAMBU', 'KIAMBU COUNTY GOVT'] },
      {
        book: 'Naivasha Greenhouse Contractors',
        bank: ['NAIVASHA GREENHOUSE CONTRACTORS', 'NAIVASHA GREENHOUSE CONT'],
      },
    ],
    odd: [
      { book: 'Wanjiru Interiors', payer: 'MARY WANJIRU NJOROGE', remark: '' },
      { book: 'Baraka Self Help Group', payer: 'BSHG', remark: 'ROOFING' },
      { book: 'Tassia Estate Residents Assn', payer: 'EQUITY/TERA WELFARE', remark: '' },
    ],
    unknownPayers: [
      { payer: 'PETER OTIENO ODHIAMBO', remark: '' },
      { payer: 'KCB/JOSEPH K MUTUA', remark: 'DEPOSIT' },
    ],
    sup: [
      { book: 'Bamburi Cement PLC', bank: 'BAMBURI CEMENT PLC', bill: (s) => `BCL${s.digits(8)}` },
      { book: 'Devki Steel Mills', bank: 'DEVKI STEEL MILLS LTD', bill: (s) => `DSM/INV/${s.digits(5)}` },
      { book: 'Mabati Rolling Mills', bank: 'MABATI ROLLING MILLS', bill: (s) => `MRM-${s.digits(7)}` },
      { book: 'Crown Paints Kenya PLC', bank: 'CROWN PAINTS KENYA', bill: (s) => `CPK${s.digits(6)}` },
      { book: 'Kenya Power & Lighting Co', bank: 'KENYA POWER KPLC', bill: (s) => `${s.digits(11)}` },
      { book: 'Tile & Carpet Centre', bank: 'TILE AND CARPET CENTRE', bill: (s) => `TCC/${s.digits(4)}/25` },
      { book: 'Doshi Group Hardware', bank: 'DOSHI GROUP', bill: (s) => `DG${s.digits(7)}` },
      { book: 'Sameer Logistics Ltd', bank: 'SAMEER LOGISTICS', bill: (s) => `SL-${s.digits(5)}` },
    ],
    weekly: { book: 'Mutiso Lorry Hire', bank: 'MUTISO LORRY HIRE', remark: 'TRANSPORT' },
    unrecordedOut: [
      { lo: 4000, hi: 25000, text: (s) => `VISA POS NAIVAS WESTLANDS ${s.digits(6)}` },
      { lo: 1500, hi: 9000, text: () => 'DEBIT CARD UBER BV NAIROBI' },
    ],
    inv,
    invWrite(s, n) {
      return s.pick([
        { w: `INV ${n}`, trait: 'ref-no-padding' },
        { w: `INV${inv(n)}`, trait: 'ref-year-serial-joined' },
        { w: `inv#${inv(n)}`, trait: 'ref-lowercase' },
        { w: inv(n), trait: 'ref-canonical' },
        { w: `INVOICE NO ${n}`, trait: 'ref-no-padding' },
      ]);
    },
    twoInvs: (s, a, b) => `INV ${a}/${b}`,
    billWrite(s, bill) {
      return s.pick([bill, bill.replaceAll('/', ''), bill.toLowerCase()]);
    },
    cashDesc: (d) => `Cash banked - counter sales ${dmySlash(d)}`,
    bankIn(s, { d, amt, payer, remark }) {
      const ch = amt > 100000000 ? 'RTGS' : s.pick(['PESALINK', 'PESALINK', 'EFT', 'INTERNAL TRANSFER']);
      const text =
        ch === 'RTGS'
          ? `RTGS FROM ${payer}${remark ? ` ${remark}` : ''}`
          : ch === 'EFT'
            ? `EFT CREDIT ${payer}${remark ? ` ${remark}` : ''}`
            : ch === 'PESALINK'
              ? `PESALINK FROM ${payer}${remark ? ` ${remark}` : ''}`
              : `FT FROM ${payer}${remark ? ` ${remark}` : ''}`;
      return s.bank(d, amt, text, `${ch === 'RTGS' ? 'RT' : 'FT'}25${s.digits(9)}`);
    },
    bankOut(s, { d, amt, payee, remark }) {
      const rtgs = -amt > 100000000;
      const b = s.bank(
        d,
        amt,
        `${rtgs ? 'RTGS TO' : 'PESALINK TO'} ${payee}${remark ? ` ${remark}` : ''}`,
        `FT25${s.digits(9)}`,
      );
      const f = rtgs ? 50000 : fee(-amt);
      D.fee(s, d, -f, rtgs ? 'RTGS CHARGES' : 'PESALINK CHARGES', 'charge');
      D.fee(s, d, -Math.round(f * 0.2), 'EXCISE DUTY', 'tax');
      return b;
    },
    rawOut: (s, { d, amt, text }) => s.bank(d, amt, text, `CD${s.digits(10)}`),
    cashIn: (s, { d, amt }) =>
      s.bank(d, amt, `CASH DEPOSIT ${s.pick(['BY SELF', 'BY PETER', 'QUEENSWAY BRANCH'])}`, `CSH${s.digits(8)}`),
    reversal: (s, f, d) => s.bank(d, -f.amt, `REVERSAL ${f.text}`, f.ref),
    fee(s, d, amt, text, kind) {
      const b = s.bank(d, amt, text, '');
      s.t({ b: [b], l: [], dec: 'bank-only', exp: 'bank-only', ev: 'amount', kind, traits: ['bank-charge'] });
      return b;
    },
    // GnuCash customer payment: Description = customer, Num = what was typed, Memo = the payment memo
    ledIn(s, { d, amt, party, invs }) {
      const memo = invs[0]
        ? s.pick([`Payment for Invoice ${invs[0]}`, `Inv ${invs[0]}`])
        : s.pick(['Payment', 'Customer payment', '']);
      return s.led(d, amt, {
        guid: guid(s),
        num: invs[0] && s.chance(0.4) ? invs[0] : '',
        description: party,
        memo,
        notes: '',
      });
    },
    ledOut(s, { d, amt, party, bill }) {
      return s.led(d, amt, {
        guid: guid(s),
        num: bill ?? '',
        description: party,
        memo: bill ? `Bill ${bill}` : s.pick(['Payment', 'Supplier payment', '']),
        notes: '',
        bill,
      });
    },
    ledMisc(s, { d, amt, desc, memo, num }) {
      return s.led(d, amt, { guid: guid(s), num: num ?? '', description: desc, memo: memo ?? '', notes: '' });
    },
    payroll(s) {
      // salaries go out as one bulk file of Absa-to-Absa and PesaLink credits, one line per employee
      const d = s.dateOf(28);
      const staff = [
        'JOHN KARIUKI',
        'FAITH ACHIENG',
        'DAVID KIPROTICH',
        'GRACE MUTHONI',
        'SAMUEL OMONDI',
        'LUCY WAMBUI',
        'BRIAN CHERUIYOT',
        'ESTHER NJERI',
      ];
      const bs = staff.map((p) => s.bank(d, -s.amt(38000, 145000, 1), `SALARY ${mm}25 ${p}`, `BLK${s.digits(9)}`));
      const total = bs.reduce((t, b) => t + b.amt, 0);
      const l = D.ledMisc(s, {
        d,
        amt: total,
        desc: `Net salaries ${mm.slice(0, 1)}${mm.slice(1).toLowerCase()} 2025`,
        memo: '8 staff - payroll journal',
      });
      s.t({
        b: bs,
        l: [l],
        dec: 'auto',
        ev: 'reference',
        traits: ['payroll-lines', 'split-many-to-one'],
        group: s.group(),
      });
      D.fee(s, d, -40000, 'BULK PAYMENT CHARGES', 'charge');
      D.fee(s, d, -8000, 'EXCISE DUTY', 'tax');
    },
    statutory(s) {
      const prev = monName(s.m - 1).toUpperCase();
      const items = [
        ['KRA', 'PAYE', 'Kenya Revenue Authority', 'PAYE', 9, 160000, 210000],
        ['KRA', 'AHL', 'Kenya Revenue Authority', 'Affordable Housing Levy', 9, 18000, 24000],
        ['NSSF', 'NSSF', 'NSSF', 'NSSF Tier I & II', 9, 25000, 34000],
        ['SHA', 'SHIF', 'Social Health Authority', 'SHIF contributions', 9, 19000, 26000],
        ['KRA', 'VAT', 'Kenya Revenue Authority', 'VAT return', 18, 240000, 390000],
      ];
      for (const [payee, what, book, desc, dayNo, lo, hi] of items) {
        const prn = `2025${s.digits(9)}`;
        const a = s.amt(lo, hi, 1);
        let d = s.dateOf(dayNo);
        if (new Date(d).getUTCDay() === 0) d = addDays(d, -2);
        const text = payee === 'KRA' ? `KRA TAX PAYMENT PRN ${prn} ${what}` : `${payee} ${what} ${prev} 2025 ${prn}`;
        const b = s.bank(d, -a, text, `TX${s.digits(10)}`);
        const l = D.ledMisc(s, {
          d: addDays(d, -1),
          amt: -a,
          desc: book,
          num: prn,
          memo: `${desc} ${prev.slice(0, 1)}${prev.slice(1).toLowerCase()} 2025`,
        });
        s.t({ b: [b], l: [l], dec: 'auto', ev: 'reference', traits: ['statutory'] });
      }
    },
    extras(s) {
      // the company's own M-PESA paybill swept to the bank (daily at the paybill's settlement time)
      for (let k = 0; k < 10; k++) {
        let d = s.dateOf(1 + k * 3);
        if (d > s.cfg.period.to) break;
        if (new Date(d).getUTCDay() === 0) d = addDays(d, 1);
        const a = s.amt(20000, 260000, 1);
        const b = s.bank(d, a, `MPESA B2B SETTLEMENT PAYBILL 4071899 ${d.replaceAll('-', '')}`, `MP${s.digits(10)}`);
        const l = D.ledMisc(s, { d, amt: a, desc: 'Transfer from M-PESA Paybill 4071899', memo: 'sweep' });
        s.t({ b: [b], l: [l], dec: 'auto', ev: 'reference', traits: ['mpesa-sweep'] });
      }
      // Absa merchant card terminal settlements: net of the MDR; booked gross from the terminal's Z-report
      for (let k = 0; k < 4; k++) {
        const d = s.day(3 + k * 7, 7 + k * 7);
        const gross = s.amt(30000, 190000, 100);
        const mdr = Math.round(gross * 0.025);
        const b = s.bank(
          d,
          gross - mdr,
          `MERCHANT SETTLEMENT MID 60041127 ${dmySlash(addDays(d, -1))}`,
          `MS${s.digits(9)}`,
        );
        if (k === 3) {
          const l = D.ledMisc(s, {
            d,
            amt: gross - mdr,
            desc: 'Card takings - Absa merchant',
            memo: `MID 60041127 settlement ${dmySlash(addDays(d, -1))} net`,
          });
          s.t({ b: [b], l: [l], dec: 'auto', ev: 'reference', traits: ['pos-settlement'] });
        } else {
          const l = D.ledMisc(s, {
            d: addDays(d, -1),
            amt: gross,
            desc: 'Card takings - Absa merchant',
            memo: `Z report ${dmySlash(addDays(d, -1))}`,
          });
          s.t({
            b: [b],
            l: [l],
            dec: 'suggest',
            ev: 'amount',
            traits: ['pos-settlement', 'short-net-of-fee'],
            diff: -mdr,
          });
        }
      }
      // rent by standing order, a cheque to the fundi
      {
        const d = s.dateOf(5);
        const a = 38000000;
        const b = s.bank(d, -a, 'STANDING ORDER KILELESHWA HOLDINGS RENT', `SO${s.digits(8)}`);
        const l = D.ledMisc(s, { d, amt: -a, desc: 'Kileleshwa Holdings', memo: 'Godown rent' });
        s.t({ b: [b], l: [l], dec: 'auto', ev: 'counterparty', traits: ['standing-order'] });
        const d2 = s.day(9, 16);
        const a2 = s.amt(25000, 70000, 100);
        const b2 = s.bank(d2, -a2, 'CHQ NO 004512 PAID', '004512');
        const l2 = D.ledMisc(s, {
          d: addDays(d2, -5),
          amt: -a2,
          desc: 'Juma Electrical Works',
          num: '4512',
          memo: 'Rewiring of showroom',
        });
        s.t({ b: [b2], l: [l2], dec: 'auto', ev: 'reference', traits: ['cheque-number', 'ref-no-padding'] });
      }
      // an unbooked fuel-card direct debit
      {
        const d = s.day(20, 26);
        const b = s.bank(d, -s.amt(30000, 60000, 1), 'DIRECT DEBIT RUBIS FUEL CARD', `DD${s.digits(9)}`);
        s.t({ b: [b], l: [], dec: 'none', exp: 'no-counterpart', ev: 'counterparty', traits: ['unrecorded-payment'] });
      }
    },
    ledgerOnlyItems(s) {
      const out = [];
      out.push({
        l: D.ledMisc(s, {
          d: s.dateOf(s.last - 2),
          amt: -s.amt(40000, 90000, 100),
          desc: 'Mombasa Road Welding Supplies',
          num: '4519',
          memo: 'Chq - welding rods',
        }),
        why: 'cheque issued, not yet presented',
      });
      out.push({
        l: D.ledIn(s, {
          d: s.dateOf(s.last),
          amt: s.amt(100000, 300000, 100),
          party: 'Kiambu County Government',
          invs: [inv(2499)],
        }),
        why: 'county IFMIS payment advised, credited after the month end',
      });
      out.push({
        l: D.ledMisc(s, {
          d: s.dateOf(s.last),
          amt: s.amt(20000, 90000, 1),
          desc: 'Transfer from M-PESA Paybill 4071899',
          memo: 'sweep',
        }),
        why: 'paybill sweep of the last day, credited by the bank on the 1st',
      });
      return out;
    },
    monthEnd(s) {
      const d = s.dateOf(s.last);
      D.fee(s, d, -100000, `MONTHLY LEDGER FEE ${mm} 2025`, 'charge');
      D.fee(s, d, -20000, 'EXCISE DUTY', 'tax');
      D.fee(s, d, -s.int(40, 90) * 500, `SMS ALERT CHARGES ${mm}`, 'charge');
    },
  };
  return D;
}

const headers = [
  'Date',
  'Transaction ID',
  'Number',
  'Description',
  'Notes',
  'Commodity/Currency',
  'Void Reason',
  'Action',
  'Memo',
  'Full Account Name',
  'Account Name',
  'Amount With Sym',
  'Amount Num.',
  'Value With Sym',
  'Value Num.',
  'Reconcile',
  'Reconcile Date',
  'Rate/Price',
];

export const keSet = {
  set: 'ke-absa-gnucash',
  country: 'KE',
  currency: 'KES',
  timezone: 'Africa/Nairobi',
  period: { from: '2025-07-01', to: '2025-07-31' },
  bankName: 'Absa Bank Kenya',
  packageName: 'GnuCash (Export Transactions to CSV, simple layout)',
  bankFile: 'absa-2041187763-jul2025.csv',
  ledgerFile: 'gnucash-absa-current-jul2025.csv',
  ledgerAccount: 'Assets:Current Assets:Absa Current 2041',
  opening: 641830075,
  dialect: keDialect,
  writeBank(S, rows) {
    const lines = [
      csvLine(['Absa Bank Kenya PLC']),
      csvLine(['Account Statement']),
      csvLine(['Account Name', 'MWANGAZA HARDWARE & BUILDING SUPPLIES LTD']),
      csvLine(['Account Number', '2041187763']),
      csvLine(['Currency', 'KES']),
      csvLine(['Statement Period', `${dmySlash(S.cfg.period.from)} to ${dmySlash(S.cfg.period.to)}`]),
      csvLine(['Opening Balance', thou(S.cfg.opening)]),
      '',
      csvLine(['Transaction Date', 'Value Date', 'Transaction Details', 'Cheque/Ref No', 'Debit', 'Credit', 'Balance']),
    ];
    const headerRow = lines.length;
    for (const b of rows) {
      lines.push(
        csvLine([
          dmySlash(b.d),
          dmySlash(b.d),
          b.text,
          b.ref,
          b.amt < 0 ? thou(-b.amt) : '',
          b.amt > 0 ? thou(b.amt) : '',
          thou(b.bal),
        ]),
      );
      b.row = lines.length;
    }
    lines.push(csvLine(['Closing Balance', '', '', '', '', '', thou(S.closing)]));
    return {
      text: lines.join('\r\n') + '\r\n',
      headerRow,
      readOptions: {
        currency: 'KES',
        dateOrder: 'DMY',
        mapping: {
          date: 'Transaction Date',
          valueDate: 'Value Date',
          description: 'Transaction Details',
          reference: 'Cheque/Ref No',
          moneyOut: 'Debit',
          moneyIn: 'Credit',
          balance: 'Balance',
        },
      },
    };
  },
  writeLedger(S, rows) {
    const lines = [csvLine(headers)];
    let bal = S.cfg.opening;
    for (const l of rows) {
      bal += l.amt;
      const a = thou(l.amt);
      const sym = l.amt < 0 ? `-KSh ${thou(-l.amt)}` : `KSh ${a}`;
      lines.push(
        csvLine([
          dmySlash(l.d),
          l.guid,
          l.num,
          l.description,
          l.notes,
          'CURRENCY::KES',
          '',
          '',
          l.memo,
          S.cfg.ledgerAccount,
          'Absa Current 2041',
          sym,
          a,
          sym,
          a,
          'n',
          '',
          '1',
        ]),
      );
      l.row = lines.length;
    }
    return {
      text: lines.join('\n') + '\n',
      headerRow: 1,
      readOptions: {
        currency: 'KES',
        dateOrder: 'DMY',
        mapping: {
          date: 'Date',
          journalId: 'Transaction ID',
          reference: 'Number',
          description: ['Description', 'Memo', 'Notes'],
          amount: 'Amount Num.',
          account: 'Full Account Name',
        },
      },
      bookBalance: bal,
    };
  },
  ledJson: (l) => ({
    reference: l.num || null,
    description: [l.description, l.memo].filter(Boolean).join(' — '),
    party: null,
    account: 'Assets:Current Assets:Absa Current 2041',
  }),
};
