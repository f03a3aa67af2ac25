// The four country styles of holdout18: names, document numbers, narrations as each bank writes them, bank
// charges, and the two file layouts (bank statement, ledger export). Written from general knowledge of these banks'
// and packages' exports, not from the engine.
import XLSX from 'xlsx';
import { pad, fmt, dec, thou, csvText, excelSerial } from './lib.mjs';

const digits = (B, n) => Array.from({ length: n }, () => B.int(0, 9)).join('');
const yymmdd = (iso) => iso.slice(2).replaceAll('-', '');
const ddmm = (iso) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}`;
const up = (s, max = 99) => s.toUpperCase().slice(0, max).trimEnd();
const sumBy = (xs, f) => xs.reduce((a, x) => a + f(x), 0);

/** Rows of a CSV with row numbers: push returns the 1-based row the cells land on. */
class Sheet {
  constructor() {
    this.rows = [];
  }
  push(cells) {
    this.rows.push(cells);
    return this.rows.length;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Nigeria — Keystone Bank corporate statement (CSV) + Sage X3 general-ledger inquiry export (semicolon CSV)
// ---------------------------------------------------------------------------------------------------------------
const NG_BANKS = [
  ['ZENITH', '000015'],
  ['GTB', '000013'],
  ['UBA', '000004'],
  ['FBN', '000016'],
  ['ACCESS', '000014'],
  ['FIDELITY', '000007'],
  ['FCMB', '000003'],
  ['STANBIC', '000012'],
  ['WEMA', '000017'],
  ['MONIEPOINT', '090405'],
  ['OPAY', '100004'],
];

function ngStyle() {
  let serial;
  let entryNo;
  const entry = (p) => p; // the number is given in posting order when the file is written
  const session = (B, code, date) =>
    `${code}${yymmdd(date ?? '2025-03-01')}${pad(B.int(7, 18), 2)}${pad(B.int(0, 59), 2)}${pad(B.int(0, 59), 2)}${digits(B, 12)}`;
  const customers = [
    ['Adeola Foods Limited', 'ADEOLA FOODS LIMITED', 'C00102'],
    ['Chukwuemeka Trading Ventures Limited', 'CHUKWUEMEKA TRADING VENTURES L', 'C00117'],
    ['Sahad Stores Nigeria Ltd', 'SAHAD STORES NIGERIA LTD', 'C00121'],
    ['Ebonyi Grains & Allied Co.', 'EBONYI GRAINS AND ALLIED CO', 'C00133'],
    [
      'Tundex Supermarket Ltd',
      'TUNDEX SUPERMARKET LTD',
      'C00140',
      { text: 'BAKARE TUNDE OLAWALE', trait: 'payer-owner-account' },
    ],
    ['Mama Cass Kitchens Ltd', 'MAMA CASS KITCHENS LTD', 'C00144'],
    ['Kano Millers Cooperative Society', 'KANO MILLERS COOPERATIVE SOCIE', 'C00151'],
    [
      'Titilayo Adeyemi Ventures',
      'TITILAYO ADEYEMI VENTURES',
      'C00158',
      { text: 'T.A. VENTURES', trait: 'payer-initials' },
    ],
    ['Ibadan Bakeries Ltd', 'IBADAN BAKERIES LTD', 'C00162'],
    ['Zaria Poultry Farms Ltd', 'ZARIA POULTRY FARMS LTD', 'C00170'],
    [
      'Royal Crest Hotels Ltd',
      'ROYAL CREST HOTELS LTD',
      'C00177',
      { text: 'CRESTVIEW SUITES IKEJA', trait: 'payer-trading-name' },
    ],
    ['Owerri Fresh Foods Ltd', 'OWERRI FRESH FOODS LTD', 'C00181'],
    ['Babcock Catering Services', 'BABCOCK CATERING SERVICES', 'C00186'],
    ['Ogechi Nwosu Enterprises', 'OGECHI NWOSU ENTERPRISES', 'C00190'],
    ['Jos Plateau Dairies Ltd', 'JOS PLATEAU DAIRIES LTD', 'C00194'],
    ['Lekki Gardens Restaurant Ltd', 'LEKKI GARDENS RESTAURANT LTD', 'C00199'],
  ].map(([book, bank, code, alt]) => ({ book, bank, code, alt }));
  const mkSup = (book, bank, code, bill) => ({ book, bank, code, bill });
  const suppliers = [
    mkSup('Okafor Packaging Ltd', 'OKAFOR PACKAGING LTD', 'S00411', (B) => `OKP/25/${pad(B.int(900, 999), 4)}`),
    mkSup('Agege Pallets Ltd', 'AGEGE PALLETS LTD', 'S00418', (B) => `AP-${B.int(4100, 4999)}`),
    mkSup(
      'Ikorodu Haulage Services Ltd',
      'IKORODU HAULAGE SERVICES LTD',
      'S00425',
      (B) => `IHS/INV/${B.int(300, 480)}`,
    ),
    mkSup('Bolaji Diesel Supply', 'BOLAJI DIESEL SUPPLY', 'S00431', (B) => `BDS${B.int(7000, 7999)}`),
    mkSup('Sterling Guard Security Ltd', 'STERLING GUARD SECURITY LTD', 'S00437', (B) => `SGS-0${B.int(310, 399)}`),
    mkSup('Lagos Agro Chemicals Ltd', 'LAGOS AGRO CHEMICALS LTD', 'S00440', (B) => `LAC/2025/${pad(B.int(1, 250), 4)}`),
    mkSup(
      'Abeokuta Maize Growers Association',
      'ABEOKUTA MAIZE GROWERS ASSOCI',
      'S00446',
      (B) => `AMGA ${B.int(60, 140)}`,
    ),
    mkSup('Onitsha Sacks & Twine Co', 'ONITSHA SACKS AND TWINE CO', 'S00452', (B) => `OST-25-${B.int(1000, 1999)}`),
    mkSup('Ifeanyi Motors & Spares', 'IFEANYI MOTORS AND SPARES', 'S00458', (B) => `IMS/${B.int(2200, 2999)}`),
    mkSup(
      'PrimeTech IT Solutions Ltd',
      'PRIMETECH IT SOLUTIONS LTD',
      'S00463',
      (B) => `PTS-INV-${B.int(15000, 15999)}`,
    ),
  ];
  const invParts = (inv) => /^SIHLAG(\d{4})-(\d{6})$/.exec(inv);
  let chargeK = 0;
  const style = {
    key: 'ng-keystone-sagex3',
    country: 'NG',
    currency: 'NGN',
    timezone: 'Africa/Lagos',
    month: '2025-03',
    days: 31,
    openingMinor: 1843276455,
    bankName: 'Keystone Bank',
    ledgerPackage: 'Sage X3 (general ledger inquiry export)',
    ledgerAccount: '512100',
    n: {
      refPaid: 15,
      nameOnly: 7,
      alias: 3,
      anon: 2,
      part: 2,
      splitOne: 1,
      splitMany: 1,
      settleId: 3,
      settleTwoRows: 2,
      settleNoId: 2,
      unknownIn: 3,
      supRef: 9,
      supName: 5,
      cheques: 2,
      unpresented: 2,
      depositsInTransit: 2,
    },
    reset() {
      serial = 118;
      entryNo = 40;
      chargeK = 0;
    },
    customers,
    suppliers,
    recvRange: [180000, 4800000],
    payRange: [95000, 3600000],
    unknownRange: [25000, 450000],
    step: 5000,
    overRound: 500000,
    firstCheque: 10000412,
    newInv(B) {
      serial += B.int(1, 4);
      return `SIHLAG${serial < 150 ? '2502' : '2503'}-${pad(serial, 6)}`;
    },
    writeInv(B, inv, k) {
      const [, ym, s] = invParts(inv);
      const n = String(Number(s));
      switch (k % 8) {
        case 0:
          return { text: inv, trait: 'ref-canonical' };
        case 1:
          return { text: inv.toLowerCase(), trait: 'ref-lowercase' };
        case 2:
          return { text: `SIH/LAG/${ym}/${s}`, trait: 'ref-slashes' };
        case 3:
          return { text: `SIH LAG ${ym} ${s}`, trait: 'ref-spaces' };
        case 4:
          return { text: `SIHLAG${ym}-${n}`, trait: 'ref-no-padding' };
        case 5:
          return { text: `SIHLAG${ym}${s}`, trait: 'ref-year-serial-joined' };
        case 6:
          return { text: B.pick([`INV ${n}`, `SIH${n}`, `inv no ${n}`]), trait: 'ref-serial-only' };
        default:
          return { text: `PYMT FOR INV ${inv}`, trait: 'ref-canonical' };
      }
    },
    writeTwo(B, a, b) {
      return `INV ${Number(invParts(a)[2])} & ${Number(invParts(b)[2])}`;
    },
    writeBill(B, bill, k) {
      if (k % 3 === 1) return { text: bill.toLowerCase(), trait: 'ref-lowercase' };
      if (k % 3 === 2) return { text: `INV ${bill.replace(/\D+/g, ' ').trim()}`, trait: 'ref-spaces' };
      return { text: bill, trait: 'ref-canonical' };
    },
    partWord: (B) => B.pick(['PART PYMT', 'PART PAYMENT', '1ST INSTALMENT']),
    balWord: 'BAL',
    twinText: () => 'MAR SUPPLY',
    narrRecv(B, c, refText, opts) {
      const [bank, code] = B.pick(NG_BANKS);
      const sid = session(B, code, opts.date);
      const inNarr = opts.refInReference ? '' : refText;
      const ref = opts.refInReference ? refText : sid;
      const traits = opts.refInReference ? ['reference-in-reference-field'] : [];
      const tail = inNarr || B.pick(['TRF', 'PAYMENT', 'Transfer']);
      const form = opts.form ?? B.int(0, 2);
      if (form === 0) return { narr: `NIP FRM ${c.bank}-${tail}`, ref, traits };
      if (form === 1) return { narr: `NIP/${bank}/${c.bank}/${tail}`, ref, traits };
      return {
        narr: `TRF FRM ${c.bank} ${tail}`.trim(),
        ref: opts.refInReference ? ref : `FT25${digits(B, 8)}`,
        traits,
      };
    },
    narrAnon: (B, k, date) =>
      k === 0
        ? { narr: 'CASH DEPOSIT - IKEJA BRANCH', ref: `CD${digits(B, 8)}` }
        : { narr: `NIP FRM OPAY/${digits(B, 3)}****${digits(B, 3)}/Transfer`, ref: session(B, '100004', date) },
    narrUnknown: (B, k, date) =>
      [
        { narr: 'NIP FRM EMEKA JOHNSON OKORO-PAYMENT', ref: session(B, '000016', date) },
        { narr: 'CASH DEPOSIT BY ADAMU', ref: `CD${digits(B, 8)}` },
        { narr: 'NIP/MONIEPOINT/GODFREY AUTOS/refund', ref: session(B, '090405', date) },
      ][k % 3],
    narrPay(B, s, refText, opts) {
      const [, code] = B.pick(NG_BANKS);
      const ref = session(B, code, opts.date);
      if (B.chance(0.65)) return { narr: `NIP TO ${s.bank}/${refText || 'PAYMENT'}`, ref };
      return { narr: `KEYSTONE MOBILE TRF TO ${s.bank} ${refText}`.trim(), ref };
    },
    narrCheque: (B, s, no) => ({ narr: `INWARD CLEARING CHQ NO ${pad(no, 8)}`, ref: pad(no, 8) }),
    narrReversal: (B, s, narr, ref) => ({ narr: `REV-${narr}`, ref }),
    ledRecv: (B, c, inv) => ({
      journal: 'BKREC',
      entry: entry('REC'),
      bp: c.code,
      party: c.book,
      desc: `Customer payment ${c.book}`.slice(0, 50),
      ref: inv,
    }),
    ledPay: (B, s, bill) => ({
      journal: 'BKPAY',
      entry: entry('PAY'),
      bp: s.code,
      party: s.book,
      desc: `Supplier payment ${s.book}`.slice(0, 50),
      ref: bill,
    }),
    ledCheque: (B, s, no) => ({
      journal: 'BKPAY',
      entry: entry('PAY'),
      bp: s.code,
      party: s.book,
      desc: `Chq ${no} ${s.book}`,
      ref: `CHQ${no}`,
    }),
    ledDepositInTransit: (B, c, inv) => ({
      journal: 'BKREC',
      entry: entry('REC'),
      bp: c.code,
      party: c.book,
      desc: `Cheque lodgement ${c.book}`,
      ref: inv,
    }),
    withholding: [
      { held: (full) => Math.round((full * 50) / 1075), trait: 'short-withholding-tax-5pct' },
      { held: (full) => Math.round((full * 100) / 1075), trait: 'short-withholding-tax-10pct' },
    ],
    gateways: [
      {
        trait: 'gateway-settlement',
        range: [350000, 2400000],
        fee: (g) => Math.round((g * 15) / 1000) + 10000,
        batch: (B) => `PSTK-STL-${B.int(1200000, 1299999)}`,
        narr: (B, batch, date) => ({
          narr: `NIP FRM PAYSTACK PAYMENTS LTD-SETTLEMENT ${batch}`,
          ref: session(B, '000013', date),
        }),
        book: (B, batch, date, part) => ({
          journal: part === 'fee' ? 'ODJ' : 'BKREC',
          entry: entry(part === 'fee' ? 'OD' : 'REC'),
          bp: '',
          party: 'Paystack Payments Ltd',
          desc: part === 'fee' ? `Paystack fees ${batch}` : `Paystack settlement ${batch} web sales ${ddmm(date)}`,
          ref: batch,
        }),
      },
      {
        trait: 'pos-settlement',
        range: [250000, 1800000],
        fee: (g) => Math.min(Math.round((g * 5) / 1000), 120000),
        batch: (B) => `2082KS${B.int(10, 14)}-${B.int(100, 999)}`,
        narr: (B, batch, date) => ({ narr: `POS STTLMT ${batch} ${fmt.dmySlash(date)}`, ref: `PS${digits(B, 10)}` }),
        book: (B, batch, date, part) => ({
          journal: part === 'fee' ? 'ODJ' : 'BKREC',
          entry: entry(part === 'fee' ? 'OD' : 'REC'),
          bp: '',
          party: 'Keystone POS',
          desc: part === 'fee' ? `POS MSC ${batch}` : `POS takings TID ${batch} ${ddmm(date)}`,
          ref: batch,
        }),
      },
      {
        trait: 'gateway-settlement',
        range: [300000, 1500000],
        fee: (g) => Math.round((g * 14) / 1000),
        batch: (B) => `FLW-SET-${digits(B, 7)}`,
        narr: (B, batch, date) => ({
          narr: `NIP/ACCESS/FLUTTERWAVE TECHNOLOGY SOL/${batch}`,
          ref: session(B, '000014', date),
        }),
        book: (B, batch, date, part) => ({
          journal: part === 'fee' ? 'ODJ' : 'BKREC',
          entry: entry(part === 'fee' ? 'OD' : 'REC'),
          bp: '',
          party: 'Flutterwave',
          desc: part === 'fee' ? `Flutterwave charges ${batch}` : `Flutterwave payout ${batch}`,
          ref: batch,
        }),
      },
    ],
    plainSettlement: {
      trait: 'pos-settlement',
      range: [200000, 900000],
      fee: (g) => Math.round((g * 5) / 1000),
      narr: (B) => ({ narr: 'POS SETTLEMENT CREDIT', ref: `PS${digits(B, 10)}` }),
      book: (B, date) => ({
        journal: 'BKREC',
        entry: entry('REC'),
        bp: '',
        party: '',
        desc: `POS sales Ikeja outlet ${fmt.dmySlash(date)}`,
        ref: '',
      }),
    },
    statutory(B) {
      const rrr = () => `${digits(B, 4)}-${digits(B, 4)}-${digits(B, 4)}`;
      const items = [];
      const r1 = rrr();
      items.push({
        narr: `REMITA/LIRS PAYE FEB 2025/RRR ${r1}`,
        ref: r1.replaceAll('-', ''),
        range: [950000, 1600000],
        day: 10,
        charge: 'remita',
        traits: ['statutory-paye', 'ref-spaces'],
        book: {
          journal: 'BKPAY',
          entry: entry('PAY'),
          bp: 'S00900',
          party: 'Lagos State Internal Revenue Service',
          desc: 'PAYE Feb 2025 LIRS',
          ref: `RRR ${r1.replaceAll('-', '')}`,
        },
      });
      const r2 = rrr();
      items.push({
        narr: `REMITA/PENCOM CONTRIBUTION FEB 2025 RRR${r2.replaceAll('-', '')}`,
        ref: r2.replaceAll('-', ''),
        range: [700000, 1100000],
        day: 12,
        charge: 'remita',
        traits: ['statutory-pension'],
        book: {
          journal: 'BKPAY',
          entry: entry('PAY'),
          bp: 'S00905',
          party: 'PFA pension schedule',
          desc: 'Pension contribution Feb 2025',
          ref: `RRR ${r2.replaceAll('-', '')}`,
        },
      });
      const r3 = rrr();
      items.push({
        narr: `REMITA/FIRS VAT FEB 2025/${r3}`,
        ref: r3.replaceAll('-', ''),
        range: [1400000, 2600000],
        day: 20,
        charge: 'remita',
        traits: ['statutory-vat'],
        book: {
          journal: 'BKPAY',
          entry: entry('PAY'),
          bp: 'S00910',
          party: 'Federal Inland Revenue Service',
          desc: 'VAT return Feb 2025',
          ref: `RRR ${r3.replaceAll('-', '')}`,
        },
      });
      const r4 = rrr();
      items.push({
        narr: `REMITA/NSITF ECS Q1 2025/RRR ${r4}`,
        ref: r4.replaceAll('-', ''),
        range: [60000, 140000],
        day: 17,
        charge: 'remita',
        traits: ['statutory-nsitf'],
        book: {
          journal: 'BKPAY',
          entry: entry('PAY'),
          bp: 'S00915',
          party: 'NSITF',
          desc: 'NSITF employee compensation Q1',
          ref: `RRR ${r4.replaceAll('-', '')}`,
        },
      });
      items.push({
        narr: 'BULK TRF SALARY MARCH 2025 BATCH PAY2503',
        ref: `BP${digits(B, 10)}`,
        range: [8500000, 14500000],
        day: 27,
        charge: 'none',
        traits: ['payroll'],
        book: {
          journal: 'ODJ',
          entry: entry('OD'),
          bp: '',
          party: '',
          desc: 'Net salaries March 2025',
          ref: 'PAY2503',
        },
      });
      return items;
    },
    unrecordedOut: () => [
      { narr: 'POS PURCHASE - SHOPRITE IKEJA CITY MALL LA NG', range: [18000, 95000] },
      { narr: 'WEB PURCHASE GOOGLE *Workspace g.co/helppay#', range: [45000, 60000] },
      { narr: 'NIP TO JOHNSON ADEMOLA/DIESEL REFUND', range: [25000, 80000], charge: true },
    ],
    charges(B, l, which) {
      if (which === 'remita') return [{ minor: 16125, narr: 'REMITA PROCESSING FEE + VAT', kind: 'charge' }];
      if (which !== 'pay') return [];
      if (!/^(NIP TO|KEYSTONE MOBILE)/.test(l.narr)) return [];
      const a = Math.abs(l.minor);
      const fee = a <= 500000 ? 1075 : a <= 5000000 ? 2688 : 5375;
      chargeK += 1;
      if (fee === 5375 && chargeK % 3 === 0)
        return [
          { minor: 5000, narr: 'NIP TRANSFER COMMISSION', kind: 'charge', ref: l.ref },
          { minor: 375, narr: 'VAT ON NIP TRANSFER COMMISSION', kind: 'fee-vat', ref: l.ref },
        ];
      return [{ minor: fee, narr: 'NIP CHARGE + VAT', kind: 'charge', ref: l.ref }];
    },
    monthly(B) {
      const receipts = B.lines.filter((l) => l.minor >= 1000000).length;
      const debits = sumBy(
        B.lines.filter((l) => l.minor < 0 && l.t?.decision !== 'bank-only'),
        (l) => -l.minor,
      );
      const amf = Math.round(debits / 1000);
      return [
        {
          day: 31,
          minor: -5000 * receipts,
          narr: `ELECTRONIC MONEY TRANSFER LEVY MAR 2025 ${receipts} ITEMS`,
          kind: 'levy',
        },
        {
          day: 31,
          minor: -400 * (B.lines.length + 4),
          narr: 'SMS ALERT CHARGES 01-MAR-25 TO 31-MAR-25',
          kind: 'charge',
        },
        { day: 31, minor: -amf, narr: 'ACCOUNT MAINTENANCE FEE MAR 2025', kind: 'charge' },
        { day: 31, minor: -Math.round((amf * 75) / 1000), narr: 'VAT ON ACCOUNT MAINTENANCE FEE', kind: 'fee-vat' },
        { day: 14, minor: -107500, narr: 'TOKEN REPLACEMENT FEE + VAT', kind: 'charge' },
      ];
    },
    renderBank(B, lines) {
      const sh = new Sheet();
      const open = this.openingMinor;
      const close = lines.at(-1).balance;
      sh.push(['KEYSTONE BANK LIMITED']);
      sh.push(['CORPORATE CUSTOMER STATEMENT']);
      sh.push(['Account Name:', 'ODUDUWA AGRO-ALLIED PROCESSING LTD']);
      sh.push(['Account Number:', '1012345678']);
      sh.push(['Account Type:', 'CURRENT ACCOUNT - CORPORATE']);
      sh.push(['Currency:', 'NGN']);
      sh.push(['Period:', '01-Mar-2025 TO 31-Mar-2025']);
      sh.push(['Opening Balance:', thou(open)]);
      sh.push(['Closing Balance:', thou(close)]);
      sh.push([]);
      const headerRow = sh.push(['Trans Date', 'Value Date', 'Narration', 'Reference', 'Debit', 'Credit', 'Balance']);
      const obRow = sh.push(['01-Mar-2025', '01-Mar-2025', 'OPENING BALANCE', '', '', '', thou(open)]);
      const rowOf = new Map();
      for (const l of lines) {
        rowOf.set(
          l,
          sh.push([
            fmt.dmyDash(l.date),
            fmt.dmyDash(l.vdate ?? l.date),
            l.narr,
            l.ref,
            l.minor < 0 ? thou(-l.minor) : '',
            l.minor > 0 ? thou(l.minor) : '',
            thou(l.balance),
          ]),
        );
      }
      sh.push(['', '', 'CLOSING BALANCE', '', '', '', thou(close)]);
      sh.push([
        '',
        '',
        'TOTAL',
        '',
        thou(
          sumBy(
            lines.filter((l) => l.minor < 0),
            (l) => -l.minor,
          ),
        ),
        thou(
          sumBy(
            lines.filter((l) => l.minor > 0),
            (l) => l.minor,
          ),
        ),
        '',
      ]);
      return {
        files: [{ name: 'keystone-corporate-1012345678-mar2025.csv', content: csvText(sh.rows, ',') }],
        rowOf,
        headerRow,
        readOptions: { preset: 'ng-bank-statement' },
        order: 'oldest-first',
        nonEntryRows: [{ row: obRow, why: 'opening balance row of the statement (balance only), not an entry' }],
        layout:
          'Keystone Bank corporate internet banking CSV: 10 preamble rows (account name/number, type, currency, period, opening and closing balance), header Trans Date, Value Date, Narration, Reference, Debit, Credit, Balance; a dated OPENING BALANCE row, oldest first; dates DD-Mon-YYYY; amounts with thousands separators (quoted), Debit/Credit as magnitudes; CLOSING BALANCE and TOTAL rows without a date at the end; Reference holds the NIP session id (30 digits), FT number or cheque number, or what the payer typed.',
      };
    },
    renderLedger(B, rows) {
      const sh = new Sheet();
      const open = this.openingMinor;
      entryNo = 40;
      sh.push(['General ledger inquiry']);
      sh.push(['Company', 'ODAP', 'Oduduwa Agro-Allied Processing Ltd']);
      sh.push(['Account', '512100', 'KEYSTONE BANK CURRENT NGN']);
      sh.push(['Period', '01/03/2025', '31/03/2025']);
      sh.push([]);
      const headerRow = sh.push([
        'Company',
        'Site',
        'Journal',
        'Entry',
        'Line',
        'Accounting date',
        'Account',
        'BP',
        'BP name',
        'Description',
        'Reference',
        'Debit',
        'Credit',
        'Currency',
      ]);
      const obRow = sh.push([
        'ODAP',
        'LAG',
        '',
        '',
        '',
        '01/03/2025',
        '512100',
        '',
        '',
        'Opening balance',
        '',
        dec(open),
        '',
        'NGN',
      ]);
      const rowOf = new Map();
      for (const r of rows) {
        rowOf.set(
          r,
          sh.push([
            'ODAP',
            'LAG',
            r.journal,
            `${r.entry}LAG2503${pad(++entryNo, 5)}`,
            '1',
            fmt.dmySlash(r.date),
            '512100',
            r.bp,
            r.party,
            r.desc,
            r.ref,
            r.minor > 0 ? dec(r.minor) : '',
            r.minor < 0 ? dec(-r.minor) : '',
            'NGN',
          ]),
        );
      }
      const deb = sumBy(
        rows.filter((r) => r.minor > 0),
        (r) => r.minor,
      );
      const cred = sumBy(
        rows.filter((r) => r.minor < 0),
        (r) => -r.minor,
      );
      sh.push(['ODAP', 'LAG', '', '', '', '', '512100', '', '', 'Total movements', '', dec(deb), dec(cred), 'NGN']);
      sh.push([
        'ODAP',
        'LAG',
        '',
        '',
        '',
        '',
        '512100',
        '',
        '',
        'Closing balance',
        '',
        dec(open + deb - cred),
        '',
        'NGN',
      ]);
      return {
        files: [{ name: 'sagex3-gl-512100-mar2025.csv', content: csvText(sh.rows, ';') }],
        rowOf,
        headerRow,
        readOptions: {
          mapping: {
            date: 'Accounting date',
            journalId: 'Entry',
            account: 'Account',
            party: 'BP name',
            description: 'Description',
            reference: 'Reference',
            moneyIn: 'Debit',
            moneyOut: 'Credit',
            currency: 'Currency',
          },
          dateOrder: 'DMY',
          currency: 'NGN',
        },
        nonEntryRows: [{ row: obRow, why: 'opening balance of account 512100 for the period, not an entry' }],
        json: (r) => ({ reference: r.ref || null, description: r.desc || null, party: r.party || null }),
        layout:
          'Sage X3 general ledger inquiry exported to CSV with semicolons: 4 title rows, header Company; Site; Journal; Entry; Line; Accounting date; Account; BP; BP name; Description; Reference; Debit; Credit; Currency; a dated "Opening balance" row, then the bank account 512100 lines (Debit = money in), "Total movements" and "Closing balance" rows without a date; dates DD/MM/YYYY, amounts plain with a decimal point. No preset: give the mapping.',
      };
    },
    notes: [
      'Keystone Bank (Nigeria) corporate account, March 2025, against a Sage X3 general ledger inquiry of the bank account 512100.',
      'Sales invoices are X3 numbers SIHLAG<yymm>-<serial>; customers quote them in many writings (lowercase, slashes, spaces, no padding, joined, serial only) or not at all.',
      'Customers deduct withholding tax (5 % or 10 % of the VAT-exclusive amount, VAT 7.5 %) and pay short; the books hold the invoice amount.',
      'Paystack/Flutterwave/POS settlements arrive the next working day net of fees; the books hold the gross with the batch id, or gross and fee as two rows, or a plain day total without any id.',
      'Transfer charges (NIP charge + VAT, sometimes commission and VAT on separate lines), Remita fees, EMTL for the month, SMS alerts, account maintenance fee + VAT and a token fee are not in the books.',
    ],
  };
  return style;
}

// ---------------------------------------------------------------------------------------------------------------
// Ghana — Fidelity Bank Ghana statement (CSV, newest first) + QuickBooks Online General Ledger (CSV)
// ---------------------------------------------------------------------------------------------------------------
const GH_BANKS = [
  'GCB',
  'ECOBANK',
  'ABSA GH',
  'CAL BANK',
  'STANBIC',
  'ZENITH GH',
  'ADB',
  'CBG',
  'SOCIETE GENERALE',
  'UMB',
];

function ghStyle() {
  let serial;
  const customers = [
    ['Kumasi Health Mart Ltd', 'KUMASI HEALTH MART LTD'],
    ['Osu Family Pharmacy', 'OSU FAMILY PHARMACY'],
    ['Ridge Medical Centre Ltd', 'RIDGE MEDICAL CENTRE LTD'],
    ['Tema Community Chemists', 'TEMA COMMUNITY CHEMISTS'],
    ['Kwabena Boateng Pharmacy', 'KWABENA BOATENG PHARMACY', { text: 'K. BOATENG', trait: 'payer-initials' }],
    ['Takoradi Wellness Pharmacy Ltd', 'TAKORADI WELLNESS PHARMACY LT'],
    ['Ho Municipal Health Stores', 'HO MUNICIPAL HEALTH STORES'],
    [
      'Serwaa Memorial Pharmacy',
      'SERWAA MEMORIAL PHARMACY',
      { text: 'AMA SERWAA ASANTE', trait: 'payer-owner-account' },
    ],
    ['Asante Akim Rural Clinic', 'ASANTE AKIM RURAL CLINIC'],
    ['Madina Drug Store', 'MADINA DRUG STORE'],
    [
      'Accra Mall Wellness Ltd',
      'ACCRA MALL WELLNESS LTD',
      { text: 'WELLNESS HUB ACHIMOTA', trait: 'payer-trading-name' },
    ],
    ['Cape Coast Medics Ltd', 'CAPE COAST MEDICS LTD'],
    ['Nyaho Diagnostics Ltd', 'NYAHO DIAGNOSTICS LTD'],
    ['Sunyani Health Supplies', 'SUNYANI HEALTH SUPPLIES'],
    ['Bolgatanga Pharma Depot', 'BOLGATANGA PHARMA DEPOT'],
    ['Achimota Pharmacy Ltd', 'ACHIMOTA PHARMACY LTD'],
  ].map(([book, bank, alt]) => ({ book, bank, alt }));
  const suppliers = [
    ['Ernest Pharma Manufacturing Ltd', 'ERNEST PHARMA MANUFACTURING', (B) => `EPM-INV-${B.int(5500, 5999)}`],
    ['Kintampo Pharma Supplies Ltd', 'KINTAMPO PHARMA SUPPLIES LTD', (B) => `KPS/2025/0${B.int(300, 399)}`],
    ['Volta Logistics Ltd', 'VOLTA LOGISTICS LTD', (B) => `VL-${B.int(1100, 1299)}`],
    ['Spintex Packaging Co', 'SPINTEX PACKAGING CO', (B) => `SPC 00${B.int(800, 999)}`],
    ['Dansoman Office Solutions', 'DANSOMAN OFFICE SOLUTIONS', (B) => `DOS/INV/${B.int(200, 260)}`],
    ['Labadi Cold Chain Services', 'LABADI COLD CHAIN SERVICES', (B) => `LCC-2025-0${B.int(40, 99)}`],
    ['Adabraka Security Services', 'ADABRAKA SECURITY SERVICES', (B) => `ASS/04/${B.int(10, 60)}`],
    ['Ghana Medical Imports Ltd', 'GHANA MEDICAL IMPORTS LTD', (B) => `GMI/PI/${B.int(7700, 7899)}`],
  ].map(([book, bank, bill]) => ({ book, bank, bill }));
  const style = {
    key: 'gh-fidelity-qbo',
    country: 'GH',
    currency: 'GHS',
    timezone: 'Africa/Accra',
    month: '2025-04',
    days: 30,
    openingMinor: 45231055,
    bankName: 'Fidelity Bank Ghana',
    ledgerPackage: 'QuickBooks Online (General Ledger report, CSV export)',
    ledgerAccount: '1010',
    n: {
      refPaid: 20,
      nameOnly: 7,
      alias: 3,
      anon: 2,
      part: 2,
      splitOne: 1,
      splitMany: 0,
      settleId: 3,
      settleTwoRows: 2,
      settleNoId: 2,
      unknownIn: 3,
      supRef: 10,
      supName: 5,
      cheques: 3,
      unpresented: 2,
      depositsInTransit: 2,
    },
    reset() {
      serial = 1018;
    },
    customers,
    suppliers,
    recvRange: [1800, 48000],
    payRange: [1500, 36000],
    unknownRange: [350, 6500],
    step: 1,
    overRound: 10000,
    firstCheque: 100231,
    newInv(B) {
      serial += B.int(1, 3);
      return String(serial);
    },
    writeInv(B, n, k) {
      return [
        { text: `INV ${n}`, trait: 'ref-canonical' },
        { text: `inv${n}`, trait: 'ref-lowercase' },
        { text: `INV/${n}`, trait: 'ref-slashes' },
        { text: `INVOICE NO ${n}`, trait: 'ref-spaces' },
        { text: `INV#${n}`, trait: 'ref-hash' },
        { text: `${n}`, trait: 'ref-serial-only' },
        { text: `PMT FOR INV ${n}`, trait: 'ref-canonical' },
        { text: `Inv-${n}`, trait: 'ref-lowercase' },
      ][k % 8];
    },
    writeTwo: (B, a, b) => `INV ${a} ${b}`,
    writeBill(B, bill, k) {
      if (k % 3 === 1) return { text: bill.toLowerCase(), trait: 'ref-lowercase' };
      if (k % 3 === 2) return { text: bill.replace(/[^A-Z0-9]+/g, ''), trait: 'ref-year-serial-joined' };
      return { text: bill, trait: 'ref-canonical' };
    },
    partWord: (B) => B.pick(['PART PMT', 'PART PAYMENT', 'PART']),
    balWord: 'BALANCE',
    twinText: () => 'APRIL ORDER',
    narrRecv(B, c, refText, opts) {
      const inNarr = opts.refInReference ? '' : refText;
      const traits = opts.refInReference ? ['reference-in-reference-field'] : [];
      const form = opts.form ?? B.int(0, 2);
      if (form === 0) {
        const ref = opts.refInReference ? refText : `GIP${digits(B, 12)}`;
        return { narr: `GIP TRANSFER FROM ${c.bank} ${inNarr}`.trim(), ref, traits };
      }
      if (form === 1) {
        const ref = opts.refInReference ? refText : `ACH${digits(B, 10)}`;
        return { narr: `INWARD ACH CREDIT ${B.pick(GH_BANKS)}/${c.bank}/${inNarr || 'PAYMENT'}`, ref, traits };
      }
      const ref = opts.refInReference ? refText : `FT25${digits(B, 6)}`;
      return { narr: `FUNDS TRANSFER FROM ${c.bank} ${inNarr}`.trim(), ref, traits };
    },
    narrAnon: (B, k) =>
      k === 0
        ? { narr: 'CASH DEPOSIT - ADUM BRANCH KUMASI', ref: '' }
        : { narr: `MOMO TO BANK 0244***${digits(B, 3)}`, ref: `MTN${digits(B, 11)}` },
    narrUnknown: (B, k) =>
      [
        { narr: 'INWARD ACH CREDIT CAL BANK/KOFI ANNAN ENTERPRISE/PAYMENT', ref: `ACH${digits(B, 10)}` },
        { narr: 'GIP TRANSFER FROM YAW DARKO', ref: `GIP${digits(B, 12)}` },
        { narr: 'CASH DEPOSIT BY EFUA', ref: '' },
      ][k % 3],
    narrPay(B, s, refText) {
      if (B.chance(0.5)) return { narr: `ACH TRANSFER TO ${s.bank} ${refText}`.trim(), ref: `ACH${digits(B, 10)}` };
      return { narr: `GIP TRANSFER TO ${s.bank} ${refText}`.trim(), ref: `GIP${digits(B, 12)}` };
    },
    narrCheque: (B, s, no) => ({ narr: `CHEQUE NO ${no} CLEARING`, ref: String(no) }),
    narrReversal: (B, s, narr, ref) => ({ narr: `ACH RETURN - ACCOUNT NAME MISMATCH ${s.bank}`, ref }),
    ledRecv: (B, c, inv) => ({
      type: 'Payment',
      num: B.chance(0.5) ? inv : '',
      party: c.book,
      desc: `Payment - Inv ${inv}`,
      split: 'Accounts Receivable (A/R)',
    }),
    ledPay: (B, s, bill) => ({
      type: 'Bill Payment (Check)',
      num: '',
      party: s.book,
      desc: `Bill ${bill}`,
      split: 'Accounts Payable (A/P)',
    }),
    ledCheque: (B, s, no) => ({
      type: 'Bill Payment (Check)',
      num: String(no),
      party: s.book,
      desc: `Cheque ${no}`,
      split: 'Accounts Payable (A/P)',
    }),
    ledDepositInTransit: (B, c, inv) => ({
      type: 'Deposit',
      num: '',
      party: c.book,
      desc: `Cheque deposited - Inv ${inv}`,
      split: 'Accounts Receivable (A/R)',
    }),
    withholding: [
      { held: (full) => Math.round((full * 3) / 100), trait: 'short-withholding-tax-3pct' },
      { held: (full) => Math.round((full * 75) / 1000), trait: 'short-withholding-tax-7.5pct' },
    ],
    gateways: [
      {
        trait: 'gateway-settlement',
        range: [2500, 18000],
        fee: (g) => Math.round((g * 195) / 10000),
        batch: (B) => `HBT-SET-${digits(B, 8)}`,
        narr: (B, batch) => ({
          narr: `INWARD ACH CREDIT GCB/HUBTEL LIMITED/SETTLEMENT ${batch}`,
          ref: `ACH${digits(B, 10)}`,
        }),
        book: (B, batch, date, part) => ({
          type: part === 'fee' ? 'Expense' : 'Deposit',
          num: batch,
          party: 'Hubtel Limited',
          desc: part === 'fee' ? `Hubtel fees ${batch}` : `Hubtel online sales ${ddmm(date)} settlement ${batch}`,
          split: part === 'fee' ? 'Bank Charges & Fees' : 'Sales',
        }),
      },
      {
        trait: 'wallet-settlement',
        range: [1500, 9000],
        fee: (g) => Math.round(g / 100),
        batch: (B) => `MMS${digits(B, 9)}`,
        narr: (B, batch) => ({ narr: `MTN MOMO MERCHANT SWEEP ${batch}`, ref: batch }),
        book: (B, batch, date, part) => ({
          type: part === 'fee' ? 'Expense' : 'Deposit',
          num: batch,
          party: 'MTN Mobile Money',
          desc: part === 'fee' ? `MoMo merchant fee ${batch}` : `MoMo till collections ${ddmm(date)} ${batch}`,
          split: part === 'fee' ? 'Bank Charges & Fees' : 'Sales',
        }),
      },
      {
        trait: 'pos-settlement',
        range: [2000, 12000],
        fee: (g) => Math.round((g * 175) / 10000),
        batch: (B) => `B${digits(B, 6)}`,
        narr: (B, batch) => ({
          narr: `VISA/MC MERCHANT SETTLEMENT MID 000488213 BATCH ${batch}`,
          ref: `MS${digits(B, 8)}`,
        }),
        book: (B, batch, date, part) => ({
          type: part === 'fee' ? 'Expense' : 'Deposit',
          num: batch,
          party: 'Fidelity Card Acquiring',
          desc: part === 'fee' ? `Card MSC batch ${batch}` : `Card sales batch ${batch}`,
          split: part === 'fee' ? 'Bank Charges & Fees' : 'Sales',
        }),
      },
    ],
    plainSettlement: {
      trait: 'pos-settlement',
      range: [1200, 6000],
      fee: (g) => Math.round((g * 175) / 10000),
      narr: () => ({ narr: 'POS SETTLEMENT - FIDELITY ACQUIRING', ref: '' }),
      book: (B, date) => ({
        type: 'Deposit',
        num: '',
        party: '',
        desc: `Card takings Osu shop ${fmt.dmySlash(date)}`,
        split: 'Sales',
      }),
    },
    statutory(B) {
      const prn = () => `PRN${digits(B, 10)}`;
      const p1 = prn();
      const p2 = prn();
      const er = `E${digits(B, 9)}`;
      return [
        {
          narr: `GRA PAYE MAR 2025 ${p1}`,
          ref: p1,
          range: [9000, 16000],
          day: 14,
          traits: ['statutory-paye'],
          book: {
            type: 'Expense',
            num: p1,
            party: 'Ghana Revenue Authority',
            desc: 'PAYE March 2025',
            split: 'PAYE Payable',
          },
        },
        {
          narr: `SSNIT TIER 1 CONTRIBUTION MAR 2025 ER ${er}`,
          ref: `SSN${digits(B, 8)}`,
          range: [6000, 9500],
          day: 14,
          traits: ['statutory-pension'],
          book: { type: 'Expense', num: er, party: 'SSNIT', desc: 'Tier 1 March 2025', split: 'SSNIT Payable' },
        },
        {
          narr: `PETRA TRUST TIER 2 MAR25 SCHEDULE ${digits(B, 6)}`,
          ref: '',
          range: [2500, 4200],
          day: 15,
          traits: ['statutory-pension', 'name-only'],
          evidence: 'counterparty',
          book: { type: 'Expense', num: '', party: 'Petra Trust', desc: 'Tier 2 March 2025', split: 'Pension Payable' },
        },
        {
          narr: `GRA VAT/NHIL/GETFUND MAR 2025 ${p2}`,
          ref: p2,
          range: [12000, 26000],
          day: 30,
          traits: ['statutory-vat'],
          bookEarly: 1,
          book: {
            type: 'Expense',
            num: p2,
            party: 'Ghana Revenue Authority',
            desc: 'VAT/NHIL/GETFund March 2025',
            split: 'VAT Payable',
          },
        },
        {
          narr: 'BULK PAYMENT SALARIES APR 2025 BATCH SAL0425',
          ref: 'SAL0425',
          range: [48000, 72000],
          day: 25,
          traits: ['payroll'],
          book: {
            type: 'Journal Entry',
            num: 'SAL0425',
            party: '',
            desc: 'Net salaries April 2025',
            split: 'Salaries Payable',
          },
        },
      ];
    },
    unrecordedOut: () => [
      { narr: 'POS PURCHASE - MELCOM SPINTEX ACCRA GH', range: [180, 1400] },
      { narr: 'WEB PURCHASE ZOOM.US 888-799-9666 USD', range: [250, 420] },
      { narr: 'ECG PREPAID TOPUP METER 03712XXXXX', range: [500, 2000] },
    ],
    charges(B, l, which) {
      if (which !== 'pay') return [];
      if (l.narr.startsWith('ACH TRANSFER'))
        return [{ minor: 500, narr: 'ACH TRANSFER CHARGE', kind: 'charge', ref: l.ref }];
      if (l.narr.startsWith('GIP TRANSFER'))
        return [{ minor: 1000, narr: 'GIP TRANSFER FEE', kind: 'charge', ref: l.ref }];
      return [];
    },
    monthly(B) {
      const interest = B.int(9000, 16000);
      return [
        { day: 30, minor: -1500, narr: 'SMS ALERT CHARGES APR 2025', kind: 'charge' },
        { day: 30, minor: -6000, narr: 'ACCOUNT MAINTENANCE FEE APR 2025', kind: 'charge' },
        { day: 9, minor: -15000, narr: 'CHEQUE BOOK CHARGES 50 LEAVES', kind: 'charge' },
        { day: 30, minor: interest, narr: 'CREDIT INTEREST APR 2025', kind: 'interest' },
        { day: 30, minor: -Math.round((interest * 8) / 100), narr: 'WITHHOLDING TAX ON INTEREST 8%', kind: 'tax' },
      ];
    },
    renderBank(B, lines) {
      const sh = new Sheet();
      const close = lines.at(-1).balance;
      sh.push(['FIDELITY BANK GHANA LIMITED']);
      sh.push(['ACCOUNT STATEMENT']);
      sh.push(['Account Name', 'ADOM PHARMA DISTRIBUTORS LTD']);
      sh.push(['Account Number', '1050023456781']);
      sh.push(['Branch', 'RIDGE TOWERS']);
      sh.push(['Account Currency', 'GHS']);
      sh.push(['Statement Period', '01/04/2025 - 30/04/2025']);
      sh.push(['Opening Balance', thou(this.openingMinor)]);
      sh.push(['Closing Balance', thou(close)]);
      sh.push([]);
      const headerRow = sh.push([
        'Transaction Date',
        'Value Date',
        'Description',
        'Reference',
        'Debit',
        'Credit',
        'Balance',
      ]);
      const rowOf = new Map();
      for (const l of [...lines].reverse()) {
        rowOf.set(
          l,
          sh.push([
            fmt.dmySlash(l.date),
            fmt.dmySlash(l.vdate ?? l.date),
            l.narr,
            l.ref,
            l.minor < 0 ? thou(-l.minor) : '',
            l.minor > 0 ? thou(l.minor) : '',
            thou(l.balance),
          ]),
        );
      }
      sh.push([]);
      sh.push(['*** END OF STATEMENT ***']);
      return {
        files: [{ name: 'fidelity-gh-1050023456781-apr2025.csv', content: csvText(sh.rows, ',') }],
        rowOf,
        headerRow,
        readOptions: {
          mapping: {
            date: 'Transaction Date',
            valueDate: 'Value Date',
            description: 'Description',
            reference: 'Reference',
            moneyOut: 'Debit',
            moneyIn: 'Credit',
            balance: 'Balance',
          },
          currency: 'GHS',
          dateOrder: 'DMY',
        },
        order: 'newest-first',
        nonEntryRows: [],
        layout:
          'Fidelity Bank Ghana online banking statement CSV: 10 preamble rows (account name, number, branch, currency, period, opening and closing balance), header Transaction Date, Value Date, Description, Reference, Debit, Credit, Balance; NEWEST FIRST; dates DD/MM/YYYY; amounts with thousands separators; "*** END OF STATEMENT ***" footer. No preset: give the mapping.',
      };
    },
    renderLedger(B, rows) {
      const sh = new Sheet();
      sh.push(['Adom Pharma Distributors Ltd']);
      sh.push(['General Ledger']);
      sh.push(['April 2025']);
      sh.push([]);
      const headerRow = sh.push([
        '',
        'Date',
        'Transaction Type',
        'Num',
        'Name',
        'Memo/Description',
        'Split',
        'Amount',
        'Balance',
      ]);
      sh.push(['1010 Fidelity Bank Current GHS']);
      sh.push(['', 'Beginning Balance', '', '', '', '', '', '', thou(this.openingMinor)]);
      const rowOf = new Map();
      let bal = this.openingMinor;
      for (const r of rows) {
        bal += r.minor;
        rowOf.set(
          r,
          sh.push(['', fmt.dmySlash(r.date), r.type, r.num, r.party, r.desc, r.split, thou(r.minor), thou(bal)]),
        );
      }
      const tot = sumBy(rows, (r) => r.minor);
      sh.push(['Total for 1010 Fidelity Bank Current GHS', '', '', '', '', '', '', thou(tot), '']);
      sh.push([]);
      sh.push(['TOTAL', '', '', '', '', '', '', thou(tot), '']);
      sh.push([]);
      sh.push([]);
      sh.push(['Accrual Basis Monday, 5 May 2025 09:14 AM GMT+00:00']);
      return {
        files: [{ name: 'qbo-general-ledger-1010-apr2025.csv', content: csvText(sh.rows, ',') }],
        rowOf,
        headerRow,
        readOptions: { preset: 'quickbooks-general-ledger', currency: 'GHS', dateOrder: 'DMY' },
        nonEntryRows: [],
        json: (r) => ({ reference: r.num || null, description: r.desc || null, party: r.party || null }),
        layout:
          'QuickBooks Online General Ledger report exported to CSV (company set to DD/MM/YYYY): company, report name and period rows, header with an empty first column then Date, Transaction Type, Num, Name, Memo/Description, Split, Amount, Balance; the section row "1010 Fidelity Bank Current GHS", an undated Beginning Balance row, entries with a signed Amount (money in positive) and running Balance, "Total for …", TOTAL and the "Accrual Basis …" footer.',
      };
    },
    notes: [
      'Fidelity Bank Ghana current account, April 2025, against the QuickBooks Online General Ledger of account 1010.',
      'Invoices are QuickBooks numbers (1019…); customers write INV 1041, inv1041, INV/1041, INVOICE NO 1041, INV#1041, bare 1041 or nothing. The payment rows carry the invoice in Memo and, for about half, in Num.',
      'Customers withhold 3 % (goods) or 7.5 % (services) and pay short.',
      'Hubtel, MTN MoMo merchant sweeps and card acquiring settle net of fees the next working day.',
      'GRA PAYE and VAT are paid with the PRN, SSNIT Tier 1 with the employer number; the Tier 2 payment carries only the trustee name.',
      'The statement is newest first.',
    ],
  };
  return style;
}

// ---------------------------------------------------------------------------------------------------------------
// Kenya — Bank of Africa Kenya statement (CSV) + Xero Account Transactions (XLSX)
// ---------------------------------------------------------------------------------------------------------------
const KE_BANKS = ['KCB', 'EQUITY', 'COOP BANK', 'NCBA', 'STANBIC', 'ABSA KE', 'I&M', 'DTB', 'FAMILY BANK'];

function keStyle() {
  let serial;
  const customers = [
    ['Kilimani Builders Ltd', 'KILIMANI BUILDERS LTD'],
    ['Ruiru Homes Developers Ltd', 'RUIRU HOMES DEVELOPERS LTD'],
    ['Thika Road Construction Co', 'THIKA ROAD CONSTRUCTION CO'],
    ['Mombasa Coastal Contractors Ltd', 'MOMBASA COASTAL CONTRACTORS'],
    [
      'Wanjiku Fittings & Supplies',
      'WANJIKU FITTINGS & SUPPLIES',
      { text: 'JANE WANJIKU KAMAU', trait: 'payer-owner-account' },
    ],
    ['Nakuru Hardware Mart', 'NAKURU HARDWARE MART'],
    ['Kisumu Lakeside Builders', 'KISUMU LAKESIDE BUILDERS'],
    ['Otieno & Sons Contractors', 'OTIENO & SONS CONTRACTORS', { text: 'O&S CONTRACTORS', trait: 'payer-initials' }],
    ['Eldoret Roofing Solutions Ltd', 'ELDORET ROOFING SOLUTIONS LT'],
    ['Westlands Interiors Ltd', 'WESTLANDS INTERIORS LTD'],
    [
      'Karen Ridge Estates Ltd',
      'KAREN RIDGE ESTATES LTD',
      { text: 'THE RIDGE RESIDENCES', trait: 'payer-trading-name' },
    ],
    ['Syokimau Plumbing Works', 'SYOKIMAU PLUMBING WORKS'],
    ['Ngong Hills Developers', 'NGONG HILLS DEVELOPERS'],
    ['Embu Timber Yard', 'EMBU TIMBER YARD'],
    ['Athi River Steel Fabricators', 'ATHI RIVER STEEL FABRICATORS'],
    ['Machakos Homebuild Sacco', 'MACHAKOS HOMEBUILD SACCO'],
  ].map(([book, bank, alt]) => ({ book, bank, alt }));
  const suppliers = [
    ['Simba Cement Distributors Ltd', 'SIMBA CEMENT DISTRIBUTORS', (B) => `SCD/INV/${B.int(88000, 88999)}`],
    ['Rift Valley Steel Mills', 'RIFT VALLEY STEEL MILLS', (B) => `RVSM-2025-0${B.int(400, 499)}`],
    ['Coast Paints Kenya Ltd', 'COAST PAINTS KENYA LTD', (B) => `CPK ${B.int(55000, 55999)}`],
    ['Nairobi Timber Merchants', 'NAIROBI TIMBER MERCHANTS', (B) => `NTM/${B.int(1100, 1299)}`],
    ['Kasarani Transporters Ltd', 'KASARANI TRANSPORTERS LTD', (B) => `KT-0${B.int(700, 799)}`],
    ['Mlolongo Tiles & Sanitary', 'MLOLONGO TILES & SANITARY', (B) => `MTS/25/${B.int(300, 399)}`],
    ['Safari Security Group Ltd', 'SAFARI SECURITY GROUP LTD', (B) => `SSG/INV/${B.int(2000, 2199)}`],
    ['Tatu Warehousing Ltd', 'TATU WAREHOUSING LTD', (B) => `TW-${B.int(5500, 5699)}`],
  ].map(([book, bank, bill]) => ({ book, bank, bill }));
  const style = {
    key: 'ke-boa-xero',
    country: 'KE',
    currency: 'KES',
    timezone: 'Africa/Nairobi',
    month: '2025-05',
    days: 31,
    openingMinor: 684512040,
    bankName: 'Bank of Africa Kenya',
    ledgerPackage: 'Xero (Account Transactions report, Excel export)',
    ledgerAccount: '090',
    n: {
      refPaid: 15,
      nameOnly: 7,
      alias: 3,
      anon: 2,
      part: 2,
      splitOne: 1,
      splitMany: 1,
      settleId: 3,
      settleTwoRows: 2,
      settleNoId: 2,
      unknownIn: 3,
      supRef: 9,
      supName: 4,
      cheques: 2,
      unpresented: 2,
      depositsInTransit: 2,
    },
    reset() {
      serial = 386;
    },
    customers,
    suppliers,
    recvRange: [18000, 780000],
    payRange: [15000, 640000],
    unknownRange: [2500, 60000],
    step: 100,
    overRound: 100000,
    firstCheque: 512,
    newInv(B) {
      serial += B.int(1, 4);
      return `INV-${pad(serial, 4)}`;
    },
    writeInv(B, inv, k) {
      const n = inv.slice(4);
      return [
        { text: inv, trait: 'ref-canonical' },
        { text: inv.toLowerCase(), trait: 'ref-lowercase' },
        { text: `INV/${n}`, trait: 'ref-slashes' },
        { text: `INV ${n}`, trait: 'ref-spaces' },
        { text: `INV-${Number(n)}`, trait: 'ref-no-padding' },
        { text: `INV${n}`, trait: 'ref-year-serial-joined' },
        { text: `${Number(n)}`, trait: 'ref-serial-only' },
        { text: `Invoice ${n}`, trait: 'ref-spaces' },
      ][k % 8];
    },
    writeTwo: (B, a, b) => `${a} ${b}`,
    writeBill(B, bill, k) {
      if (k % 3 === 1) return { text: bill.toLowerCase(), trait: 'ref-lowercase' };
      if (k % 3 === 2) return { text: bill.replace(/[^A-Z0-9]+/g, ' ').trim(), trait: 'ref-spaces' };
      return { text: bill, trait: 'ref-canonical' };
    },
    partWord: (B) => B.pick(['PART PAYMENT', 'PART PMT', 'DEPOSIT']),
    balWord: 'BAL',
    twinText: () => 'MAY DELIVERY',
    narrRecv(B, c, refText, opts) {
      const inNarr = opts.refInReference ? '' : refText;
      const traits = opts.refInReference ? ['reference-in-reference-field'] : [];
      const form = opts.form ?? B.int(0, 2);
      if (form === 0) {
        const ref = opts.refInReference ? refText : `PL${digits(B, 12)}`;
        return { narr: `PESALINK CR ${c.bank} ${inNarr}`.trim(), ref, traits };
      }
      if (form === 1) {
        const ref = opts.refInReference ? refText : `EFT${digits(B, 9)}`;
        return { narr: `EFT CR FROM ${B.pick(KE_BANKS)}/${c.bank}/${inNarr}`, ref, traits };
      }
      const ref = opts.refInReference ? refText : `RT${digits(B, 10)}`;
      return { narr: `RTGS CR ${c.bank} ${inNarr ? `REF ${inNarr}` : ''}`.trim(), ref, traits };
    },
    narrAnon: (B, k) =>
      k === 0
        ? { narr: 'CASH DEPOSIT - BOA YAYA CENTRE', ref: `CSH${digits(B, 7)}` }
        : { narr: `MPESA C2B 2547******${digits(B, 3)}`, ref: `T${digits(B, 2)}K${digits(B, 2)}X${digits(B, 4)}` },
    narrUnknown: (B, k) =>
      [
        { narr: 'EFT CR FROM EQUITY/PETER MWANGI NJOROGE/', ref: `EFT${digits(B, 9)}` },
        { narr: 'PESALINK CR MARY ATIENO', ref: `PL${digits(B, 12)}` },
        { narr: 'CHQ DEPOSIT 004512', ref: '004512' },
      ][k % 3],
    narrPay(B, s, refText) {
      if (B.chance(0.6)) return { narr: `PESALINK DR ${s.bank} ${refText}`.trim(), ref: `PL${digits(B, 12)}` };
      return { narr: `EFT DR TO ${s.bank} ${refText}`.trim(), ref: `EFT${digits(B, 9)}` };
    },
    narrCheque: (B, s, no) => ({ narr: `INWARD CLEARING CHQ NO ${pad(no, 6)}`, ref: pad(no, 6) }),
    narrReversal: (B, s, narr, ref) => ({ narr: `REVERSAL: ${narr}`, ref }),
    ledRecv: (B, c, inv) => ({ source: 'Receivable Payment', desc: c.book, ref: inv }),
    ledPay: (B, s, bill) => ({ source: 'Payable Payment', desc: s.book, ref: bill }),
    ledCheque: (B, s, no) => ({
      source: 'Payable Payment',
      desc: `${s.book} - Chq ${pad(no, 6)}`,
      ref: `CHQ ${pad(no, 6)}`,
    }),
    ledDepositInTransit: (B, c, inv) => ({ source: 'Receivable Payment', desc: `${c.book} - cheque banked`, ref: inv }),
    withholding: [
      { held: (full) => Math.round((full * 2) / 116), trait: 'short-withholding-vat-2pct' },
      { held: (full) => Math.round((full * 5) / 1000), trait: 'short-withholding-tax-0.5pct' },
    ],
    gateways: [
      {
        trait: 'wallet-settlement',
        range: [45000, 260000],
        fee: (g) => Math.round((g * 55) / 10000),
        batch: (B) => `MPS${digits(B, 8)}`,
        narr: (B, batch) => ({ narr: `MPESA PAYBILL 522533 SETTLEMENT ${batch}`, ref: batch }),
        book: (B, batch, date, part) => ({
          source: part === 'fee' ? 'Spend Money' : 'Receive Money',
          desc:
            part === 'fee' ? `Safaricom - M-PESA charges ${batch}` : `Safaricom - paybill collections ${ddmm(date)}`,
          ref: batch,
        }),
      },
      {
        trait: 'gateway-settlement',
        range: [30000, 180000],
        fee: (g) => Math.round((g * 35) / 1000),
        batch: (B) => `PPL-STL-${digits(B, 6)}`,
        narr: (B, batch) => ({ narr: `EFT CR FROM NCBA/PESAPAL LTD/${batch}`, ref: `EFT${digits(B, 9)}` }),
        book: (B, batch, date, part) => ({
          source: part === 'fee' ? 'Spend Money' : 'Receive Money',
          desc: part === 'fee' ? `Pesapal - commission ${batch}` : `Pesapal - online orders settlement`,
          ref: batch,
        }),
      },
      {
        trait: 'pos-settlement',
        range: [40000, 220000],
        fee: (g) => Math.round((g * 25) / 1000),
        batch: (B) => `BT${digits(B, 5)}`,
        narr: (B, batch) => ({ narr: `CARD MERCHANT SETTLEMENT MID 4401988 ${batch}`, ref: `MS${digits(B, 8)}` }),
        book: (B, batch, date, part) => ({
          source: part === 'fee' ? 'Spend Money' : 'Receive Money',
          desc: part === 'fee' ? `Bank of Africa - card commission` : `Bank of Africa - card sales`,
          ref: batch,
        }),
      },
    ],
    plainSettlement: {
      trait: 'wallet-settlement',
      range: [20000, 90000],
      fee: (g) => Math.round((g * 55) / 10000),
      narr: () => ({ narr: 'MPESA TILL 884210 SWEEP', ref: '' }),
      book: (B, date) => ({ source: 'Receive Money', desc: `Till takings River Road ${fmt.dmySlash(date)}`, ref: '' }),
    },
    statutory(B) {
      const prn = () => `2025${digits(B, 8)}`;
      const p1 = prn();
      const p2 = prn();
      const p3 = prn();
      const slip = `NS${digits(B, 8)}`;
      const sha = `SHA${digits(B, 7)}`;
      return [
        {
          narr: `KRA PRN ${p1} PAYE APR 2025`,
          ref: p1,
          range: [95000, 160000],
          day: 8,
          traits: ['statutory-paye'],
          book: { source: 'Spend Money', desc: 'Kenya Revenue Authority - PAYE April 2025', ref: `PRN ${p1}` },
        },
        {
          narr: `KRA PRN ${p2} AHL APR 2025`,
          ref: p2,
          range: [12000, 20000],
          day: 8,
          traits: ['statutory-housing-levy'],
          book: { source: 'Spend Money', desc: 'Kenya Revenue Authority - Housing levy April 2025', ref: `PRN ${p2}` },
        },
        {
          narr: `NSSF CONTRIBUTIONS APR 2025 SLIP ${slip}`,
          ref: slip,
          range: [14000, 24000],
          day: 9,
          traits: ['statutory-nssf'],
          book: { source: 'Spend Money', desc: 'NSSF - April 2025', ref: slip },
        },
        {
          narr: `SHIF CONTRIBUTION APR 2025 ${sha}`,
          ref: sha,
          range: [16000, 26000],
          day: 9,
          traits: ['statutory-shif'],
          book: { source: 'Spend Money', desc: 'Social Health Authority - SHIF April 2025', ref: sha },
        },
        {
          narr: `KRA PRN ${p3} VAT APR 2025`,
          ref: p3,
          range: [180000, 320000],
          day: 20,
          traits: ['statutory-vat'],
          book: { source: 'Spend Money', desc: 'Kenya Revenue Authority - VAT April 2025', ref: `PRN ${p3}` },
        },
        {
          narr: 'BULK SALARY PAYMENT MAY 2025 REF SAL-0525',
          ref: 'SAL-0525',
          range: [720000, 980000],
          day: 28,
          charge: 'bulk',
          traits: ['payroll'],
          book: { source: 'Spend Money', desc: 'Net pay - May 2025 payroll', ref: 'SAL-0525' },
        },
      ];
    },
    unrecordedOut: () => [
      { narr: 'POS PURCHASE CARREFOUR TRM NAIROBI KE', range: [1500, 14000] },
      { narr: 'VISA DEBIT MICROSOFT*365 MSBILL.INFO', range: [2200, 3400] },
      { narr: 'STANDING ORDER KPLC POSTPAID ACC 3091827', range: [8000, 19000] },
    ],
    charges(B, l, which) {
      if (which === 'bulk')
        return [
          { minor: 150000, narr: 'BULK PAYMENT CHARGES', kind: 'charge' },
          { minor: 30000, narr: 'EXCISE DUTY ON CHARGES', kind: 'tax' },
        ];
      if (which !== 'pay') return [];
      const a = Math.abs(l.minor);
      if (l.narr.startsWith('PESALINK DR')) {
        const fee = a <= 10000000 ? 11000 : 16500;
        return [
          { minor: fee, narr: 'PESALINK CHARGES', kind: 'charge', ref: l.ref },
          { minor: fee / 5, narr: 'EXCISE DUTY ON CHARGES', kind: 'tax', ref: l.ref },
        ];
      }
      if (l.narr.startsWith('EFT DR'))
        return [
          { minor: 15000, narr: 'EFT CHARGES', kind: 'charge', ref: l.ref },
          { minor: 3000, narr: 'EXCISE DUTY ON CHARGES', kind: 'tax', ref: l.ref },
        ];
      if (l.narr.startsWith('KRA PRN'))
        return [{ minor: 5000, narr: 'KRA PAYMENT CHARGES', kind: 'charge', ref: l.ref }];
      return [];
    },
    monthly: () => [
      { day: 31, minor: -75000, narr: 'LEDGER FEE MAY 2025', kind: 'charge' },
      { day: 31, minor: -15000, narr: 'EXCISE DUTY ON LEDGER FEE', kind: 'tax' },
      { day: 31, minor: -20000, narr: 'SMS ALERT CHARGES MAY 2025', kind: 'charge' },
      { day: 31, minor: -4000, narr: 'EXCISE DUTY ON SMS CHARGES', kind: 'tax' },
    ],
    renderBank(B, lines) {
      const sh = new Sheet();
      const close = lines.at(-1).balance;
      sh.push(['BANK OF AFRICA KENYA LIMITED']);
      sh.push(['STATEMENT OF ACCOUNT']);
      sh.push(['Customer:', 'MWANGAZA HARDWARE & BUILDING SUPPLIES LTD']);
      sh.push(['Account No:', '06123450011']);
      sh.push(['Currency:', 'KES']);
      sh.push(['Branch:', 'RIVER ROAD']);
      sh.push(['Period:', '01/05/2025 - 31/05/2025']);
      sh.push([]);
      const headerRow = sh.push([
        'Booking Date',
        'Value Date',
        'Transaction Details',
        'Reference No',
        'Debit Amount',
        'Credit Amount',
        'Book Balance',
      ]);
      const bf = sh.push(['01/05/2025', '01/05/2025', 'BALANCE B/F', '', '', '', thou(this.openingMinor)]);
      const rowOf = new Map();
      for (const l of lines) {
        rowOf.set(
          l,
          sh.push([
            fmt.dmySlash(l.date),
            fmt.dmySlash(l.vdate ?? l.date),
            l.narr,
            l.ref,
            l.minor < 0 ? thou(-l.minor) : '',
            l.minor > 0 ? thou(l.minor) : '',
            thou(l.balance),
          ]),
        );
      }
      sh.push(['', '', 'BALANCE C/F', '', '', '', thou(close)]);
      return {
        files: [{ name: 'boa-kenya-06123450011-may2025.csv', content: csvText(sh.rows, ',') }],
        rowOf,
        headerRow,
        readOptions: {
          mapping: {
            date: 'Booking Date',
            valueDate: 'Value Date',
            description: 'Transaction Details',
            reference: 'Reference No',
            moneyOut: 'Debit Amount',
            moneyIn: 'Credit Amount',
            balance: 'Book Balance',
          },
          currency: 'KES',
          dateOrder: 'DMY',
        },
        order: 'oldest-first',
        nonEntryRows: [{ row: bf, why: 'BALANCE B/F row (opening balance, balance only), not an entry' }],
        layout:
          'Bank of Africa Kenya online banking statement CSV: 7 preamble rows (customer, account, currency, branch, period), header Booking Date, Value Date, Transaction Details, Reference No, Debit Amount, Credit Amount, Book Balance; a dated BALANCE B/F row, oldest first, an undated BALANCE C/F row at the end; dates DD/MM/YYYY; amounts with thousands separators. No preset: give the mapping.',
      };
    },
    renderLedger(B, rows) {
      const aoa = [];
      const rowOf = new Map();
      const push = (cells) => {
        aoa.push(cells);
        return aoa.length;
      };
      const money = (minor) => ({ t: 'n', v: minor / 100, z: '#,##0.00' });
      push(['Account Transactions']);
      push(['Mwangaza Hardware & Building Supplies Ltd']);
      push(['For the period 1 May 2025 to 31 May 2025']);
      push([]);
      const headerRow = push(['Date', 'Source', 'Description', 'Reference', 'Debit', 'Credit', 'Running Balance']);
      push(['Bank of Africa KES Current (090)']);
      push(['Opening Balance', '', '', '', '', '', money(this.openingMinor)]);
      let bal = this.openingMinor;
      for (const r of rows) {
        bal += r.minor;
        rowOf.set(
          r,
          push([
            { t: 'n', v: excelSerial(r.date), z: 'd mmm yyyy' },
            r.source,
            r.desc,
            r.ref,
            r.minor > 0 ? money(r.minor) : '',
            r.minor < 0 ? money(-r.minor) : '',
            money(bal),
          ]),
        );
      }
      const deb = sumBy(
        rows.filter((r) => r.minor > 0),
        (r) => r.minor,
      );
      const cred = sumBy(
        rows.filter((r) => r.minor < 0),
        (r) => -r.minor,
      );
      push(['Total Bank of Africa KES Current (090)', '', '', '', money(deb), money(cred), '']);
      push(['Closing Balance', '', '', '', '', '', money(bal)]);
      const ws = XLSX.utils.aoa_to_sheet(aoa);
      ws['!cols'] = [{ wch: 12 }, { wch: 20 }, { wch: 48 }, { wch: 22 }, { wch: 14 }, { wch: 14 }, { wch: 16 }];
      const wb = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(wb, ws, 'Account Transactions');
      const content = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
      return {
        files: [{ name: 'xero-account-transactions-090-may2025.xlsx', content }],
        rowOf,
        headerRow,
        readOptions: { preset: 'xero-account-transactions', currency: 'KES' },
        nonEntryRows: [],
        json: (r) => ({ reference: r.ref || null, description: r.desc || null, party: null }),
        layout:
          'Xero Account Transactions report exported to Excel (sheet "Account Transactions"): title, organisation and period rows, header Date, Source, Description, Reference, Debit, Credit, Running Balance; section row "Bank of Africa KES Current (090)", an undated Opening Balance row, entries with real date cells (d mmm yyyy) and numeric amounts (Debit = money in), then "Total …" and "Closing Balance". No party column: Description holds the contact (and memo).',
      };
    },
    notes: [
      'Bank of Africa Kenya current account, May 2025, against the Xero Account Transactions report of bank account 090 (Excel export).',
      'Invoices are Xero INV-0387…; customers write INV-0412, inv-0412, INV/0412, INV 0412, INV-412, INV0412, 412, Invoice 0412 or nothing.',
      'Withholding VAT agents pay 2/116 of the VAT-inclusive invoice short; one customer deducts 0.5 % withholding tax.',
      'M-PESA paybill, Pesapal and card settlements arrive net of fees; the till sweep carries no id.',
      'PesaLink/EFT/bulk/KRA payment charges each come with excise duty (20 %) on a separate line; ledger and SMS fees with their excise duty at month end.',
    ],
  };
  return style;
}

// ---------------------------------------------------------------------------------------------------------------
// South Africa — Access Bank South Africa (CSV, signed amount) + SYSPRO GL transactions export (CSV)
// ---------------------------------------------------------------------------------------------------------------
function zaStyle() {
  let serial;
  let journal;
  const customers = [
    ['Hillcrest Engineering (Pty) Ltd', 'HILLCREST ENGINEERING'],
    ['Mpumalanga Mining Supplies CC', 'MPUMALANGA MINING SUPPL'],
    ['Durban Process Plant (Pty) Ltd', 'DURBAN PROCESS PLANT'],
    ['Vaal Water Services (Pty) Ltd', 'VAAL WATER SERVICES'],
    [
      'Kimberley Borehole Drilling',
      'KIMBERLEY BOREHOLE DRILL',
      { text: 'J VAN DER MERWE', trait: 'payer-owner-account' },
    ],
    ['Boksburg Irrigation CC', 'BOKSBURG IRRIGATION CC'],
    ['Cape Winelands Agri Co-op', 'CAPE WINELANDS AGRI CO-OP'],
    [
      'Sasolburg Chemical Handling (Pty) Ltd',
      'SASOLBURG CHEMICAL HANDL',
      { text: 'SCH PTY LTD', trait: 'payer-initials' },
    ],
    ['Rustenburg Platinum Services', 'RUSTENBURG PLATINUM SERV'],
    ['Polokwane Agri Traders', 'POLOKWANE AGRI TRADERS'],
    [
      'Midrand Facilities Management',
      'MIDRAND FACILITIES MANAG',
      { text: 'BUILDCARE SERVICES', trait: 'payer-trading-name' },
    ],
    ['East London Auto Parts', 'EAST LONDON AUTO PARTS'],
    ['George Dairy Co-op', 'GEORGE DAIRY CO-OP'],
    ['Richards Bay Bulk Terminals', 'RICHARDS BAY BULK TERMIN'],
    ['Witbank Colliery Services', 'WITBANK COLLIERY SERVICE'],
    ['Upington Solar Installations', 'UPINGTON SOLAR INSTALLAT'],
  ].map(([book, bank, alt]) => ({ book, bank, alt }));
  const suppliers = [
    ['Steinmetz Castings (Pty) Ltd', 'STEINMETZ CASTINGS', (B) => `SC-IN-${B.int(204000, 204999)}`],
    ['Gauteng Pipe Distributors', 'GAUTENG PIPE DISTRIBUTORS', (B) => `GPD/INV/0${B.int(8800, 8999)}`],
    ['Alberton Seals & Gaskets', 'ALBERTON SEALS & GASKETS', (B) => `ASG ${B.int(71000, 71999)}`],
    ['Kempton Freight Services', 'KEMPTON FREIGHT SERVICES', (B) => `KFS-2025-${B.int(1100, 1299)}`],
    ['Germiston Machining CC', 'GERMISTON MACHINING CC', (B) => `GM${B.int(3300, 3499)}`],
    ['Randburg Office Supplies', 'RANDBURG OFFICE SUPPLIES', (B) => `ROS/IN/${B.int(5500, 5699)}`],
    ['Benoni Electrical Contractors', 'BENONI ELECTRICAL CONTRA', (B) => `BEC-INV-0${B.int(900, 999)}`],
    ['Isando Industrial Gases', 'ISANDO INDUSTRIAL GASES', (B) => `IIG/25/${B.int(4400, 4599)}`],
  ].map(([book, bank, bill]) => ({ book, bank, bill }));
  const style = {
    key: 'za-accesssa-syspro',
    country: 'ZA',
    currency: 'ZAR',
    timezone: 'Africa/Johannesburg',
    month: '2025-06',
    days: 30,
    openingMinor: 138452210,
    bankName: 'Access Bank South Africa',
    ledgerPackage: 'SYSPRO (General Ledger transactions, CSV export)',
    ledgerAccount: '9310-000',
    n: {
      refPaid: 19,
      nameOnly: 7,
      alias: 3,
      anon: 2,
      part: 2,
      splitOne: 1,
      splitMany: 1,
      settleId: 3,
      settleTwoRows: 2,
      settleNoId: 2,
      unknownIn: 3,
      supRef: 10,
      supName: 5,
      cheques: 0,
      unpresented: 0,
      depositsInTransit: 2,
    },
    reset() {
      serial = 100418;
      journal = 211;
    },
    customers,
    suppliers,
    recvRange: [4500, 285000],
    payRange: [3200, 210000],
    unknownRange: [800, 22000],
    step: 1,
    overRound: 10000,
    firstCheque: 1,
    newInv(B) {
      serial += B.int(1, 5);
      return String(serial);
    },
    writeInv(B, n, k) {
      return [
        { text: `INV${n}`, trait: 'ref-canonical' },
        { text: `inv ${n}`, trait: 'ref-lowercase' },
        { text: `IN/${n}`, trait: 'ref-slashes' },
        { text: `INV ${n}`, trait: 'ref-spaces' },
        { text: n, trait: 'ref-serial-only' },
        { text: `INVOICE ${n}`, trait: 'ref-spaces' },
        { text: `INV-${n}`, trait: 'ref-canonical' },
        { text: `Inv${n}`, trait: 'ref-lowercase' },
      ][k % 8];
    },
    writeTwo: (B, a, b) => `INV ${a}/${b}`,
    writeBill(B, bill, k) {
      if (k % 3 === 1) return { text: bill.toLowerCase(), trait: 'ref-lowercase' };
      if (k % 3 === 2) return { text: bill.replace(/[^A-Z0-9]+/g, ''), trait: 'ref-year-serial-joined' };
      return { text: bill, trait: 'ref-canonical' };
    },
    partWord: () => 'PART',
    balWord: 'BAL',
    twinText: () => '',
    // ZA statements carry the payer's beneficiary reference in its own column: the invoice lands there
    narrRecv(B, c, refText, opts) {
      const kinds = ['ACB CREDIT', 'IB TRANSFER FROM', 'RTC CREDIT', 'CREDIT TRANSFER'];
      const kind = opts.form !== undefined ? kinds[opts.form] : B.pick(kinds);
      const words = c.bank.split(' ');
      // with nothing to quote, payers put their own name (first real word) as the reference
      const ref = refText ? refText.slice(0, 20) : up(words[0].length >= 3 ? words[0] : words.at(-1), 20);
      return { narr: `${kind} ${c.bank}`, ref, traits: refText ? ['reference-in-reference-field'] : [] };
    },
    narrAnon: (B, k) =>
      k === 0 ? { narr: 'CASH DEPOSIT BRANCH', ref: `DEP ${digits(B, 4)}` } : { narr: 'RTC CREDIT', ref: 'PAYMENT' },
    narrUnknown: (B, k) =>
      [
        { narr: 'ACB CREDIT M NAIDOO', ref: 'DEPOSIT' },
        { narr: 'RTC CREDIT SIPHO DLAMINI', ref: 'SIPHO' },
        { narr: 'CASH DEPOSIT BRANCH', ref: `DEP ${digits(B, 4)}` },
      ][k % 3],
    narrPay(B, s, refText) {
      return { narr: `IB PAYMENT TO ${s.bank}`, ref: refText ? refText.slice(0, 20) : 'KAROO VALVE' };
    },
    narrCheque: () => ({ narr: '', ref: '' }),
    narrReversal: (B, s) => ({ narr: `EFT RETURN ACCOUNT CLOSED ${s.bank}`, ref: 'UNPAID' }),
    ledRecv: (B, c, inv) => ({ jnl: journal++, source: 'AR', desc: `${c.book} - Payment`, ref: inv }),
    ledPay: (B, s, bill) => ({ jnl: journal++, source: 'AP', desc: `${s.book} - EFT`, ref: bill }),
    ledCheque: () => ({}),
    ledDepositInTransit: (B, c, inv) => ({
      jnl: journal++,
      source: 'AR',
      desc: `${c.book} - Payment (deposited 30/06)`,
      ref: inv,
    }),
    withholding: [
      { held: (full) => Math.round((full * 25) / 1000), trait: 'short-settlement-discount-2.5pct' },
      { held: (full) => Math.round((full * 5) / 100), trait: 'short-retention-5pct' },
    ],
    gateways: [
      {
        trait: 'pos-settlement',
        range: [8000, 65000],
        fee: (g) => Math.round((g * 295) / 10000),
        batch: (B) => `YP${digits(B, 7)}`,
        narr: (B, batch) => ({ narr: 'YOCO PAYOUT', ref: batch }),
        book: (B, batch, date, part) => ({
          jnl: journal++,
          source: 'CB',
          desc: part === 'fee' ? `Yoco fees payout ${batch}` : `Yoco card sales ${ddmm(date)}`,
          ref: batch,
        }),
      },
      {
        trait: 'gateway-settlement',
        range: [6000, 48000],
        fee: (g) => Math.round((g * 32) / 1000),
        batch: (B) => `PF${digits(B, 8)}`,
        narr: (B, batch) => ({ narr: 'PAYFAST SETTLEMENT', ref: batch }),
        book: (B, batch, date, part) => ({
          jnl: journal++,
          source: 'CB',
          desc: part === 'fee' ? `PayFast fees ${batch}` : `PayFast web shop settlement`,
          ref: batch,
        }),
      },
      {
        trait: 'pos-settlement',
        range: [10000, 70000],
        fee: (g) => Math.round((g * 18) / 1000),
        batch: (B) => `MS${digits(B, 6)}`,
        narr: (B, batch) => ({ narr: 'MERCHANT SETTLEMENT 61000231', ref: batch }),
        book: (B, batch, date, part) => ({
          jnl: journal++,
          source: 'CB',
          desc: part === 'fee' ? `Merchant commission ${batch}` : `Speedpoint sales batch ${batch}`,
          ref: batch,
        }),
      },
    ],
    plainSettlement: {
      trait: 'pos-settlement',
      range: [5000, 30000],
      fee: (g) => Math.round((g * 18) / 1000),
      narr: () => ({ narr: 'MERCHANT SETTLEMENT 61000231', ref: '' }),
      book: (B, date) => ({ jnl: journal++, source: 'CB', desc: `Counter card takings ${ddmm(date)}`, ref: '' }),
    },
    statutory(B) {
      const paye = `7${digits(B, 9)}`;
      const vat = `4${digits(B, 9)}`;
      const pol = `OM${digits(B, 8)}`;
      return [
        {
          narr: 'SARS PAYMENT EMP201',
          ref: `${paye}LC202505`,
          range: [42000, 78000],
          day: 6,
          traits: ['statutory-paye'],
          book: { jnl: journal++, source: 'CB', desc: 'SARS EMP201 May 2025 PAYE/UIF/SDL', ref: `${paye}LC202505` },
        },
        {
          narr: 'SARS PAYMENT VAT201',
          ref: `${vat}V202504`,
          range: [65000, 140000],
          day: 25,
          traits: ['statutory-vat'],
          book: { jnl: journal++, source: 'CB', desc: 'SARS VAT201 period 04/2025', ref: `${vat}V202504` },
        },
        {
          narr: 'DEBIT ORDER OLD MUTUAL PENSION',
          ref: pol,
          range: [18000, 32000],
          day: 1,
          charge: 'debit-order',
          traits: ['statutory-pension'],
          book: { jnl: journal++, source: 'CB', desc: 'Old Mutual pension fund June', ref: pol },
        },
        {
          narr: 'IB PAYMENT TO ISANDO PROPERTIES',
          ref: 'UNIT 4 RENT JUN25',
          range: [38000, 52000],
          day: 2,
          traits: ['rent'],
          book: {
            jnl: journal++,
            source: 'AP',
            desc: 'Isando Properties - rent June 2025 unit 4',
            ref: 'UNIT 4 RENT JUN25',
          },
        },
        {
          narr: 'SALARIES JUNE 2025',
          ref: 'SAL0625',
          range: [185000, 260000],
          day: 25,
          traits: ['payroll'],
          book: { jnl: journal++, source: 'GL', desc: 'Net salaries June 2025', ref: 'SAL0625' },
        },
      ];
    },
    unrecordedOut: () => [
      { narr: 'POS PURCHASE BUILDERS WAREHOUSE RIVONIA', range: [350, 4800] },
      { narr: 'DEBIT ORDER VODACOM 1234567 JUN', range: [1200, 2400], charge: true },
      { narr: 'FUEL PURCHASE ENGEN ISANDO', range: [800, 2500] },
    ],
    charges(B, l, which) {
      if (which === 'debit-order' || (which === 'pay' && l.narr.startsWith('DEBIT ORDER')))
        return [{ minor: 650, narr: 'DEBIT ORDER FEE', kind: 'charge' }];
      if (which === 'recv' && l.narr.startsWith('CASH DEPOSIT'))
        return [
          {
            minor: Math.max(2500, Math.round((Math.abs(l.minor) * 15) / 1000)),
            narr: 'CASH DEPOSIT FEE',
            kind: 'charge',
          },
        ];
      if (which === 'pay' && l.narr.startsWith('IB PAYMENT'))
        return [{ minor: 850, narr: 'EFT PAYMENT FEE', kind: 'charge' }];
      return [];
    },
    monthly(B) {
      return [
        { day: 30, minor: -25000, narr: 'MONTHLY ACCOUNT FEE', kind: 'charge' },
        { day: 30, minor: -2700, narr: 'NOTIFICATION FEES', kind: 'charge' },
        { day: 30, minor: B.int(8000, 19000), narr: 'CREDIT INTEREST', kind: 'interest' },
      ];
    },
    renderBank(B, lines) {
      const sh = new Sheet();
      sh.push(['Access Bank (South Africa) Limited']);
      sh.push(['Transaction History']);
      sh.push(['Account Name', 'KAROO VALVE & PIPE (PTY) LTD']);
      sh.push(['Account Number', '1000123456']);
      sh.push(['Account Type', 'Business Current Account']);
      sh.push(['From', '01 Jun 2025']);
      sh.push(['To', '30 Jun 2025']);
      sh.push(['Opening Balance', dec(this.openingMinor)]);
      sh.push([]);
      const headerRow = sh.push(['Date', 'Value Date', 'Description', 'Reference', 'Amount', 'Balance']);
      const rowOf = new Map();
      for (const l of lines) {
        rowOf.set(
          l,
          sh.push([fmt.dMonY(l.date), fmt.dMonY(l.vdate ?? l.date), l.narr, l.ref, dec(l.minor), dec(l.balance)]),
        );
      }
      sh.push(['', '', 'Closing Balance', '', '', dec(lines.at(-1).balance)]);
      return {
        files: [{ name: 'accessbank-za-1000123456-jun2025.csv', content: csvText(sh.rows, ',') }],
        rowOf,
        headerRow,
        readOptions: {
          mapping: {
            date: 'Date',
            valueDate: 'Value Date',
            description: 'Description',
            reference: 'Reference',
            amount: 'Amount',
            balance: 'Balance',
          },
          currency: 'ZAR',
        },
        order: 'oldest-first',
        nonEntryRows: [],
        layout:
          'Access Bank South Africa business online banking "Transaction History" CSV: 8 preamble rows (account name, number, type, period, opening balance), header Date, Value Date, Description, Reference, Amount, Balance; oldest first; dates DD Mon YYYY; one signed Amount (money out negative), plain decimals; the payer\'s/beneficiary reference in its own Reference column; an undated Closing Balance row at the end. No preset: give the mapping.',
      };
    },
    renderLedger(B, rows) {
      const sh = new Sheet();
      const code = '9310-000';
      journal = 211;
      const name = 'ACCESS BANK CURRENT ACCOUNT';
      sh.push(['SYSPRO General Ledger Transactions']);
      sh.push(['Karoo Valve & Pipe (Pty) Ltd']);
      sh.push(['Ledger codes 9310-000 to 9310-000 - Year 2025 Period 12 (June 2025)']);
      sh.push([]);
      const headerRow = sh.push([
        'Ledger Code',
        'Ledger Description',
        'Year',
        'Period',
        'Journal Date',
        'Journal',
        'Entry',
        'Source',
        'Reference',
        'Comment',
        'Debit Amount',
        'Credit Amount',
      ]);
      const obRow = sh.push([
        code,
        name,
        '2025',
        '12',
        '2025/06/01',
        '',
        '',
        '',
        '',
        'Opening balance',
        dec(this.openingMinor),
        '',
      ]);
      const rowOf = new Map();
      for (const r of rows) {
        rowOf.set(
          r,
          sh.push([
            code,
            name,
            '2025',
            '12',
            fmt.ymdSlash(r.date),
            String(++journal),
            '1',
            r.source,
            r.ref,
            r.desc,
            r.minor > 0 ? dec(r.minor) : '',
            r.minor < 0 ? dec(-r.minor) : '',
          ]),
        );
      }
      const deb = sumBy(
        rows.filter((r) => r.minor > 0),
        (r) => r.minor,
      );
      const cred = sumBy(
        rows.filter((r) => r.minor < 0),
        (r) => -r.minor,
      );
      sh.push(['Total', '', '', '', '', '', '', '', '', '', dec(deb), dec(cred)]);
      return {
        files: [{ name: 'syspro-gl-9310-000-jun2025.csv', content: csvText(sh.rows, ',') }],
        rowOf,
        headerRow,
        readOptions: {
          mapping: {
            date: 'Journal Date',
            journalId: 'Journal',
            account: 'Ledger Code',
            description: 'Comment',
            reference: 'Reference',
            moneyIn: 'Debit Amount',
            moneyOut: 'Credit Amount',
          },
          dateOrder: 'YMD',
          currency: 'ZAR',
        },
        nonEntryRows: [{ row: obRow, why: 'opening balance of ledger code 9310-000, not an entry' }],
        json: (r) => ({ reference: r.ref || null, description: r.desc || null, party: null }),
        layout:
          'SYSPRO general ledger transactions for ledger code 9310-000 exported to CSV: 3 title rows, header Ledger Code, Ledger Description, Year, Period, Journal Date, Journal, Entry, Source, Reference, Comment, Debit Amount, Credit Amount; a dated "Opening balance" row, entries (Debit = money in; Source AR/AP/CB/GL; Comment holds the customer/supplier name), a "Total" row; dates YYYY/MM/DD; financial year July–June so June is period 12. No party column. No preset: give the mapping.',
      };
    },
    notes: [
      'Access Bank South Africa business current account, June 2025, against SYSPRO GL transactions of ledger code 9310-000.',
      "Invoices are SYSPRO 6-digit numbers (100419…); South African payers put their beneficiary reference in the Reference column, so the invoice (INV100457, inv 100457, IN/100457, 100457 …) is there, or the payer's own name when they quote nothing.",
      'Short payments are early-settlement discounts (2.5 %) and construction retention (5 %) on quoted invoices.',
      'Yoco, PayFast and speedpoint merchant settlements arrive net of fees the next working day with the payout/batch id in Reference.',
      'No cheques (South African banks stopped clearing them in 2021): books-only items are deposits in transit and an EFT released on the last day.',
      'EFT payment fees, debit order fees, cash deposit fees, the monthly account fee, notification fees and credit interest are not in the books.',
    ],
  };
  return style;
}

export const STYLES = [ngStyle(), ghStyle(), keStyle(), zaStyle()];
