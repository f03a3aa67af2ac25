// gh-adb-dolibarr: an Accra pharmaceutical distributor. Agricultural Development Bank (ADB) current account
// statement (XLSX with real date cells) against Dolibarr's "Bank entries" export (CSV).
import XLSX from 'xlsx';
import { addDays, csvLine, dec, dmySlash, monName, parts } from './core.mjs';

export function ghDialect(S) {
  let id = 8812;
  const mm = monName(S.m).toUpperCase();
  const inv = (n) => `FA2502-${String(n).padStart(4, '0')}`;
  const D = {
    mix: { ref: 17, name: 10, wht: 3, supRef: 10, supName: 6 },
    invStart: 131,
    ranges: { rcpt: [1800, 48000, 5], pay: [2500, 65000, 1] },
    whtRate: 3,
    whtTrait: 'short-withholding-tax-3pct',
    overExtras: [5000, 20000, 1000],
    cashShorts: [1000, 2000, 500],
    partWord: 'PART PAYMENT',
    andOthers: 'AND OTHERS',
    genericRemarks: ['', 'PAYMENT', 'DRUGS SUPPLY', `${mm} PAYMENT`, 'SETTLEMENT', 'BALANCE'],
    payRemarks: ['', 'PAYMENT', 'SUPPLIES', `${mm} 2025`],
    cust: [
      { book: 'Kwame Asante Pharmacy Ltd', bank: ['KWAME ASANTE PHARMACY LTD', 'KWAME ASANTE PHCY'] },
      { book: 'Korle-Bu Community Chemists', bank: ['KORLE BU COMMUNITY CHEMISTS', 'KORLE-BU COMM CHEMIST'] },
      { book: 'Ridge Medical Stores', bank: ['RIDGE MEDICAL STORES', 'RIDGE MED STORES'] },
      { book: 'Nana Ama Health Shop', bank: ['NANA AMA HEALTH SHOP', 'NANA AMA HEALTH SHOP ENT'] },
      { book: 'Tema Community 1 Clinic', bank: ['TEMA COMMUNITY 1 CLINIC', 'TEMA COMM 1 CLINIC'] },
      { book: 'Adenta Family Pharmacy', bank: ['ADENTA FAMILY PHARMACY', 'ADENTA FAMILY PHARM'] },
      { book: 'St. Martin de Porres Hospital', bank: ['ST MARTIN DE PORRES HOSP', 'ST MARTIN DE PORRES HOSPITAL'] },
      { book: 'Madina Wellness Chemists', bank: ['MADINA WELLNESS CHEMISTS', 'MADINA WELLNESS CHEM'] },
      { book: 'Kasoa New Life Pharmacy', bank: ['KASOA NEW LIFE PHARMACY', 'KASOA NEWLIFE PHARMACY'] },
      { book: 'Osu Klottey Drug Store', bank: ['OSU KLOTTEY DRUG STORE', 'OSU KLOTTEY DRUGSTORE'] },
    ],
    odd: [
      { book: 'Abena Owusu Pharmacy', payer: 'OWUSU A.', remark: '' },
      { book: 'Dansoman Care Pharmacy', payer: 'MOMO 0244871902 KOJO MENSAH', remark: '' },
      { book: 'Ghana Police Hospital', payer: 'CONTROLLER & ACCOUNTANT GEN', remark: 'GPH' },
    ],
    unknownPayers: [
      { payer: 'YAW BOATENG', remark: '' },
      { payer: 'MOMO 0541230098 AKOSUA', remark: 'PAYMENT' },
    ],
    sup: [
      { book: 'Ernest Chemists Ltd', bank: 'ERNEST CHEMISTS LTD', bill: (s) => `ECL/INV/${s.digits(5)}` },
      { book: 'Tobinco Pharmaceuticals Ltd', bank: 'TOBINCO PHARMACEUTICALS', bill: (s) => `TPL-${s.digits(6)}` },
      { book: 'Kinapharma Ltd', bank: 'KINAPHARMA LTD', bill: (s) => `KP${s.digits(7)}` },
      { book: 'Danadams Pharmaceutical Industry', bank: 'DANADAMS PHARM IND', bill: (s) => `DPI/25/${s.digits(4)}` },
      { book: 'Entrance Pharmaceuticals', bank: 'ENTRANCE PHARMACEUTICALS', bill: (s) => `EP-INV-${s.digits(5)}` },
      { book: 'M&G Pharmaceuticals Ghana', bank: 'M AND G PHARMACEUTICALS', bill: (s) => `MG${s.digits(6)}` },
      { book: 'Letap Pharmaceuticals Ltd', bank: 'LETAP PHARMACEUTICALS', bill: (s) => `LPL/${s.digits(5)}` },
      { book: 'Jet Courier Services', bank: 'JET COURIER SERVICES', bill: (s) => `JCS${s.digits(4)}` },
    ],
    weekly: { book: 'Kofi Darko Transport', bank: 'KOFI DARKO TRANSPORT', remark: 'VAN HIRE' },
    unrecordedOut: [
      { lo: 300, hi: 1500, text: (s) => `POS PURCHASE MELCOM ACHIMOTA ${s.digits(6)}` },
      { lo: 100, hi: 600, text: () => 'ATM WITHDRAWAL ADB RING ROAD' },
    ],
    inv,
    invWrite(s, n) {
      const i = inv(n);
      return s.pick([
        { w: i, trait: 'ref-canonical' },
        { w: i.toLowerCase(), trait: 'ref-lowercase' },
        { w: i.replace('-', ' '), trait: 'ref-spaces' },
        { w: i.replace('-', ''), trait: 'ref-year-serial-joined' },
        { w: `INV ${n}`, trait: 'ref-serial-only' },
        { w: `FA2502/${n}`, trait: 'ref-no-padding' },
      ]);
    },
    twoInvs: (s, a, b) => `${inv(a)} ${inv(b)}`,
    billWrite(s, bill) {
      return s.pick([bill, bill.replaceAll('/', ' '), bill.replaceAll(/[/-]/g, '')]);
    },
    cashDesc: (d) => `Cash sales ${dmySlash(d)} banked`,
    bankIn(s, { d, amt, payer, remark }) {
      if (payer.startsWith('MOMO ')) {
        return s.bank(d, amt, `MOMO TO BANK ${payer.slice(5)}${remark ? ` ${remark}` : ''}`, `MTN${s.digits(11)}`);
      }
      const ch = amt > 2000000 && s.chance(0.5) ? 'ACH' : 'GIP';
      const text =
        ch === 'ACH'
          ? `ACH CREDIT FRM ${payer}${remark ? ` ${remark}` : ''}`
          : `GIP TRF FRM ${payer}${remark ? ` ${remark}` : ''}`;
      return s.bank(d, amt, text, `${ch}${s.digits(12)}`);
    },
    bankOut(s, { d, amt, payee, remark }) {
      const ach = -amt > 2000000;
      const b = s.bank(
        d,
        amt,
        `${ach ? 'ACH DEBIT TO' : 'GIP TRF TO'} ${payee}${remark ? ` ${remark}` : ''}`,
        `${ach ? 'ACH' : 'GIP'}${s.digits(12)}`,
      );
      D.fee(
        s,
        d,
        ach ? -500 : -Math.min(Math.max(Math.round(-amt * 0.005), 100), 2000),
        ach ? 'ACH TRANSFER CHARGES' : 'GIP TRANSFER CHARGES',
        'charge',
      );
      return b;
    },
    rawOut: (s, { d, amt, text }) => s.bank(d, amt, text, `${s.digits(12)}`),
    cashIn: (s, { d, amt }) =>
      s.bank(d, amt, `CASH DEPOSIT BY ${s.pick(['SELF', 'EBENEZER', 'AFUA (ACCOUNTS)'])}`, `CSH${s.digits(9)}`),
    reversal: (s, f, d) => s.bank(d, -f.amt, `RVSL ${f.text}`, f.ref),
    fee(s, d, amt, text, kind) {
      const b = s.bank(d, amt, text, '');
      s.t({ b: [b], l: [], dec: 'bank-only', exp: 'bank-only', ev: 'amount', kind, traits: ['bank-charge'] });
      return b;
    },
    ledIn(s, { d, amt, party, invs }) {
      return s.led(d, amt, { id: id++, type: 'VIR', num: invs[0] ?? '', label: '(CustomerInvoicePayment)', party });
    },
    ledOut(s, { d, amt, party, bill }) {
      return s.led(d, amt, { id: id++, type: 'VIR', num: bill ?? '', label: '(SupplierInvoicePayment)', party, bill });
    },
    ledMisc(s, { d, amt, desc, contact, type, num }) {
      return s.led(d, amt, {
        id: id++,
        type: type ?? (amt > 0 ? 'LIQ' : 'VIR'),
        num: num ?? '',
        label: desc,
        party: contact ?? '',
      });
    },
    payroll(s) {
      // Dolibarr records one salary payment per employee; the bank debits the whole bulk file once
      const d = s.dateOf(25);
      const staff = [
        'Akua Mensah',
        'Yaw Ofori',
        'Esi Quaye',
        'Kojo Antwi',
        'Abena Sarpong',
        'Kwesi Appiah',
        'Efua Tetteh',
        'Nii Armah',
        'Ama Badu',
        'Kofi Boakye',
        'Adwoa Nyarko',
        'Fiifi Essel',
      ];
      const ls = staff.map((p) =>
        D.ledMisc(s, { d, amt: -s.amt(2200, 9500, 1), desc: '(SalaryPayment)', contact: p, type: 'VIR' }),
      );
      const total = ls.reduce((t, l) => t + l.amt, 0);
      const b = s.bank(d, total, `BULK SALARY PAYMENT ${mm} 2025`, `BLK${s.digits(10)}`);
      s.t({ b: [b], l: ls, dec: 'suggest', ev: 'reference', traits: ['payroll-bulk', 'split-one-to-many'] });
      D.fee(s, d, -6000, 'BULK PAYMENT CHARGES', 'charge');
    },
    statutory(s) {
      const prev = monName(s.m - 1).toUpperCase();
      const items = [
        ['SSNIT', 'SSNIT CONTRIBUTION', 'SSNIT', 'Tier 1 contribution', 14, 9000, 12000],
        ['PETRA TRUST', 'TIER 2 PENSION', 'Petra Trust Company', 'Tier 2 pension', 14, 3300, 4400],
        ['GRA', 'PAYE', 'Ghana Revenue Authority', 'PAYE', 14, 11000, 15000],
        ['GRA', 'VAT NHIL GETFUND', 'Ghana Revenue Authority', 'VAT/NHIL/GETFund return', 28, 21000, 34000],
        ['GRA', 'WHT', 'Ghana Revenue Authority', 'Withholding tax', 14, 2500, 4500],
      ];
      for (const [payee, what, book, desc, dayNo, lo, hi] of items) {
        const ref = payee === 'GRA' ? `GRA${s.digits(10)}` : `${s.digits(8)}`;
        const a = s.amt(lo, hi, 1);
        let d = s.dateOf(Math.min(dayNo, s.last));
        if (new Date(d).getUTCDay() === 0) d = addDays(d, -2);
        const b = s.bank(d, -a, `${payee} ${what} ${prev} 2025 REF ${ref}`, `ACH${s.digits(12)}`);
        const l = D.ledMisc(s, {
          d: addDays(d, -1),
          amt: -a,
          desc: '(SocialContributionPayment)',
          contact: book,
          num: ref,
          type: 'VIR',
        });
        l.label = payee === 'GRA' ? `${desc} ${prev.slice(0, 3)} 2025` : '(SocialContributionPayment)';
        s.t({ b: [b], l: [l], dec: 'auto', ev: 'reference', traits: ['statutory'] });
      }
    },
    extras(s) {
      // MTN MoMo merchant wallet swept to the bank; booked as internal transfers from the wallet account
      for (let k = 0; k < 8; k++) {
        let d = s.dateOf(2 + k * 3);
        if (new Date(d).getUTCDay() === 0) d = addDays(d, 1);
        const a = s.amt(900, 7500, 1);
        const b = s.bank(d, a, `MOMO MERCHANT SWEEP 0553104477 ASANTEWAA PHARMA`, `MTN${s.digits(11)}`);
        const l = D.ledMisc(s, { d, amt: a, desc: 'Transfer from MoMo merchant wallet', type: 'VIR' });
        s.t({ b: [b], l: [l], dec: k === 5 ? 'suggest' : 'auto', ev: 'counterparty', traits: ['momo-sweep'] });
        if (k === 5) {
          // a customer paid this amount into the wallet and the bookkeeper also booked it straight into the bank
          // account: two book rows of the amount, the sweep row is the right one, a person should look
          const l2 = D.ledIn(s, { d: addDays(d, -1), amt: a, party: 'Nana Ama Health Shop', invs: [] });
          s.T[s.T.length - 1].traits.push('same-amount-rival');
          s.ledgerOnly(
            l2,
            'customer paid into the MoMo wallet; booked in the bank account by mistake (the sweep carries it)',
          );
        }
      }
      // paying small suppliers' wallets from the bank: the E-levy (1%) is charged on the transfer
      for (const who of ['KWABENA OTI 0245519087', 'MERCY ADJEI 0201187340']) {
        const d = s.day(4, 24);
        const a = s.amt(400, 2500, 100);
        const l = D.ledMisc(s, {
          d,
          amt: -a,
          desc: `Cleaning services ${mm.toLowerCase()} - ${who.split(' ')[0].toLowerCase()}`,
          contact: who.split(' ').slice(0, 2).join(' '),
          type: 'VIR',
        });
        const b = s.bank(d, -a, `BANK TO WALLET ${who}`, `B2W${s.digits(10)}`);
        s.t({ b: [b], l: [l], dec: 'auto', ev: 'counterparty', traits: ['bank-to-wallet'] });
        D.fee(s, d, -Math.round(a * 0.01), 'E-LEVY CHARGE', 'levy');
      }
      // a customer's cheque deposited, returned unpaid; the receipt stays in Dolibarr
      {
        const d = s.day(6, 10);
        const a = s.amt(6000, 15000, 100);
        const b = s.bank(d, a, 'CHEQUE DEPOSIT CHQ 004417 ADENTA FAMILY PHARMACY', '004417');
        const r = s.bank(addDays(d, 3), -a, 'RETURNED CHQ 004417 - DAIF', '004417');
        D.fee(s, addDays(d, 3), -5000, 'RETURNED CHEQUE CHARGE', 'charge');
        const l = s.led(d, a, {
          id: id++,
          type: 'CHQ',
          num: '004417',
          label: '(CustomerInvoicePayment)',
          party: 'Adenta Family Pharmacy',
        });
        s.t({
          b: [b],
          l: [],
          dec: 'reversal-pair',
          exp: 'reversal-pair',
          ev: 'reference',
          traits: ['returned-cheque'],
          partner: r,
        });
        s.t({
          b: [r],
          l: [],
          dec: 'reversal-pair',
          exp: 'reversal-pair',
          ev: 'reference',
          traits: ['returned-cheque'],
          partner: b,
        });
        s.ledgerOnly(
          l,
          'cheque receipt booked; the cheque was returned unpaid (DAIF) and not yet reversed in the books',
        );
      }
      // rent by cheque and the electricity prepaid top-up
      {
        const d = s.day(5, 9);
        const a = 1800000;
        const b = s.bank(d, -a, 'CHQ 000388 PAID', '000388');
        const l = D.ledMisc(s, {
          d: addDays(d, -3),
          amt: -a,
          desc: 'Warehouse rent March 2025',
          contact: 'Nii Okai Properties',
          num: '388',
          type: 'CHQ',
        });
        s.t({ b: [b], l: [l], dec: 'auto', ev: 'reference', traits: ['cheque-number', 'ref-no-padding'] });
        const d2 = s.day(10, 20);
        const a2 = s.amt(800, 1600, 100);
        const b2 = s.bank(d2, -a2, `ECG PREPAID PURCHASE METER P${s.digits(9)}`, `ECG${s.digits(9)}`);
        const l2 = D.ledMisc(s, {
          d: d2,
          amt: -a2,
          desc: 'ECG prepaid electricity',
          contact: 'Electricity Company of Ghana',
          type: 'CB',
        });
        s.t({ b: [b2], l: [l2], dec: 'auto', ev: 'counterparty', traits: ['name-only'] });
      }
    },
    ledgerOnlyItems(s) {
      const out = [];
      out.push({
        l: D.ledMisc(s, {
          d: s.dateOf(s.last - 1),
          amt: -s.amt(4000, 9000, 100),
          desc: '(SupplierInvoicePayment)',
          contact: 'Ernest Chemists Ltd',
          num: '000391',
          type: 'CHQ',
        }),
        why: 'cheque issued, not yet presented',
      });
      out.push({
        l: D.ledIn(s, {
          d: s.dateOf(s.last),
          amt: s.amt(3000, 9000, 5),
          party: 'Ridge Medical Stores',
          invs: ['FA2502-0207'],
        }),
        why: 'customer transfer announced on the last day, credited the next month',
      });
      return out;
    },
    monthEnd(s) {
      const d = s.dateOf(s.last);
      D.fee(s, d, -s.int(60, 110) * 50, `SMS ALERT CHARGES ${mm} 2025`, 'charge');
      D.fee(s, d, -2000, `ACCOUNT MAINTENANCE FEE ${mm} 2025`, 'charge');
      const debits = s.B.filter((x) => x.amt < 0).reduce((t, x) => t - x.amt, 0);
      // commission on turnover is booked by the bookkeeper from the bank's advice, so the books hold it
      const cot = Math.round(debits * 0.0005);
      const b = s.bank(d, -cot, `COMMISSION ON TURNOVER ${mm} 2025`, '');
      const l = D.ledMisc(s, {
        d,
        amt: -cot,
        desc: `Bank charges - COT ${mm.slice(0, 3)} 2025`,
        contact: 'ADB',
        type: 'PRE',
      });
      s.t({ b: [b], l: [l], dec: 'auto', ev: 'reference', traits: ['booked-charge'] });
    },
  };
  return D;
}

const headers = [
  'Account ref',
  'Account label',
  'Entry ID',
  'Date operation',
  'Value date',
  'Payment type',
  'Cheque/Transfer N°',
  'Label',
  'Debit',
  'Credit',
  'Third party',
  'Bank statement',
  'Reconciled',
];

export const ghSet = {
  set: 'gh-adb-dolibarr',
  country: 'GH',
  currency: 'GHS',
  timezone: 'Africa/Accra',
  period: { from: '2025-02-01', to: '2025-02-28' },
  bankName: 'Agricultural Development Bank (ADB)',
  packageName: 'Dolibarr (Bank entries export)',
  bankFile: 'adb-1021300004521-feb2025.xlsx',
  ledgerFile: 'dolibarr-bank-entries-feb2025.csv',
  ledgerAccount: 'ADB-CUR',
  opening: 31588240,
  dialect: ghDialect,
  writeBank(S, rows) {
    const dt = (s) => {
      const { y, m, d } = parts(s);
      return new Date(Date.UTC(y, m - 1, d));
    };
    const aoa = [
      ['AGRICULTURAL DEVELOPMENT BANK PLC'],
      ['CUSTOMER ACCOUNT STATEMENT'],
      ['Account Name', 'ASANTEWAA PHARMA DISTRIBUTORS LTD'],
      ['Account Number', '1021300004521'],
      ['Currency', 'GHS'],
      ['Branch', 'RING ROAD CENTRAL'],
      ['Statement Period', `${dmySlash(S.cfg.period.from)} - ${dmySlash(S.cfg.period.to)}`],
      [],
      ['Post Date', 'Value Date', 'Narration', 'Reference', 'Debit', 'Credit', 'Balance'],
    ];
    const headerRow = aoa.length;
    aoa.push([null, null, 'Balance B/F', null, null, null, S.cfg.opening / 100]);
    const bfRow = aoa.length;
    for (const b of rows) {
      aoa.push([
        dt(b.d),
        dt(b.d),
        b.text,
        b.ref || null,
        b.amt < 0 ? -b.amt / 100 : null,
        b.amt > 0 ? b.amt / 100 : null,
        b.bal / 100,
      ]);
      b.row = aoa.length;
    }
    aoa.push([null, null, 'Closing Balance', null, null, null, S.closing / 100]);
    const ws = XLSX.utils.aoa_to_sheet(aoa, { cellDates: true, dateNF: 'dd-mmm-yyyy' });
    for (let r = headerRow + 1; r <= aoa.length; r++) {
      for (const c of ['E', 'F', 'G']) if (ws[`${c}${r}`]) ws[`${c}${r}`].z = '#,##0.00';
    }
    ws['!cols'] = [{ wch: 12 }, { wch: 12 }, { wch: 58 }, { wch: 18 }, { wch: 14 }, { wch: 14 }, { wch: 16 }];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'Statement');
    const bytes = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
    void bfRow;
    return {
      bytes,
      headerRow,
      readOptions: {
        currency: 'GHS',
        mapping: {
          date: 'Post Date',
          valueDate: 'Value Date',
          description: 'Narration',
          reference: 'Reference',
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
      lines.push(
        csvLine([
          'ADB-CUR',
          'ADB Current GHS',
          l.id,
          l.d,
          l.d,
          l.type,
          l.num,
          l.label,
          l.amt < 0 ? dec(-l.amt) : '',
          l.amt > 0 ? dec(l.amt) : '',
          l.party,
          '',
          '0',
        ]),
      );
      l.row = lines.length;
    }
    return {
      text: lines.join('\n') + '\n',
      headerRow: 1,
      readOptions: {
        currency: 'GHS',
        mapping: {
          date: 'Date operation',
          reference: 'Cheque/Transfer N°',
          description: 'Label',
          party: 'Third party',
          moneyOut: 'Debit',
          moneyIn: 'Credit',
          account: 'Account ref',
          journalId: 'Entry ID',
        },
      },
      bookBalance: bal,
    };
  },
  ledJson: (l) => ({ reference: l.num || null, description: l.label, party: l.party || null, account: 'ADB-CUR' }),
};
