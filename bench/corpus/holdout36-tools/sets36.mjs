// holdout36 — the four businesses: parties, document numbers and their writings, the bank's narrations and charges,
// statutory payments, utilities, and both file layouts of each set.
import { MONTHS, csv, dMonY, dec, dmy, grouped, num, numberTokens, share, xlsx } from './lib36.mjs';

const MON3 = (m) => MONTHS[m - 1].slice(0, 3).toUpperCase();
const prevMonth = (y, m) => (m === 1 ? [y - 1, 12] : [y, m - 1]);

function partiesFrom(r, firsts, suffixes, n, bankName) {
  const fs = r.shuffle(firsts).slice(0, n);
  if (fs.length < n) throw new Error('not enough names');
  return fs.map((f) => {
    const book = `${f} ${r.pick(suffixes)}`;
    return { book, bank: bankName(book) };
  });
}
const billFormats = [
  (p, r) => `${p}-${r.digits(5)}`,
  (p, r) => `${p}/INV/${r.digits(4)}`,
  (p, r) => `INV${r.digits(6)}`,
  (p, r) => `${p}${r.digits(5)}`,
];
function withBills(r, list) {
  return list.map((s) => {
    const p = s.book
      .replace(/[^A-Za-z]/g, '')
      .slice(0, 3)
      .toUpperCase();
    const f = r.pick(billFormats);
    // a supplier number that reads as a year (or a year-led run) carries no number token: draw it again
    const bill = (rr) => {
      for (;;) {
        const b = f(p, rr);
        if (numberTokens(b).size) return b;
      }
    };
    return { ...s, bill };
  });
}
/** the sum of a list of minor-unit amounts */
const sum = (xs) => xs.reduce((a, b) => a + b, 0);

// =====================================================================================================================
// NG — Greenwich Merchant Bank (CSV) × Logo Tiger 3 (XLSX, Turkish)
// =====================================================================================================================

function ng() {
  const year = 2026;
  const month = 8;
  const [py, pm] = prevMonth(year, month);
  const bankFile = 'greenwich-mb-1020048817-aug2026.csv';
  const bookFile = 'logo-tiger-banka-ekstresi-102-01-003-agu2026.xlsx';
  const sendBanks = ['GTB', 'ZENITH', 'ACCESS', 'UBA', 'FIRSTBANK', 'STANBIC IBTC', 'FIDELITY', 'FCMB'];
  const upper = (b) => b.toUpperCase().replace(/ LTD$/, '').replace(/\.$/, '').slice(0, 34).trim();
  let r0;
  const session = () => `0000${r0.digits(2)}${String(year).slice(2)}08${r0.digits(22)}`.slice(0, 30).trim();
  const ft = () => `FT${String(year).slice(2)}${r0.int(213, 243)}${r0.letters(5)}`;
  const S = {
    key: 'ng-greenwich-logotiger',
    country: 'NG',
    currency: 'NGN',
    timezone: 'Africa/Lagos',
    year,
    month,
    holidays: ['2026-08-26'],
    holidayNote: 'Id-el-Maulud expected on Wednesday 26 August 2026 (the date is expected, not declared)',
    bank: 'Greenwich Merchant Bank Limited',
    package:
      'Logo Tiger 3 (Finans → Banka Hesapları → Banka Hesap Ekstresi of account 102.01.003 Greenwich Merchant Bank NGN, exported to Excel, Turkish)',
    bankFile,
    bookFile,
    ledgerAccount: '102.01.003',
    business:
      'Bosphorus Aluminium & Glass Nigeria Ltd, Ikeja, Lagos (aluminium windows, curtain walls and glass partitions for developers, hotels, schools and hospitals; a Turkish parent, so the books are kept by the group office in Istanbul in Logo Tiger, in Turkish)',
    range: [450000, 4800000],
    roundTo: 1000,
    limit: 10000000,
    cashCount: 1,
    short: { num: 5, den: 107.5, trait: 'short-withholding-tax-5pct', note: ' LESS 5% WHT' },
    payrollRange: [9500000, 16000000],
    cardRange: [38000, 145000],
    firstInvoice: 1400,
    invoice: (n) => `BAG${year}00000${n}`,
    writings: [
      { trait: 'ref-canonical', w: (n) => `BAG${year}00000${n}` },
      { trait: 'ref-serial-prefixed', w: (n) => `BAG${n}` },
      { trait: 'ref-lowercase-spaced', w: (n) => `inv ${n}` },
      { trait: 'ref-dashed-year', w: (n) => `BAG-${year}-${n}` },
      { trait: 'ref-other-prefix', w: (n) => `INVOICE NO ${n}` },
      { trait: 'ref-bare-number', w: (n) => `${n}` },
    ],
    listWriting: (ns) => `BAG${ns[0]}, BAG${ns[1]} & BAG${ns[2]}`,
    instalment: (w, k) => `${w} (PART ${k})`,
    lessCn: (cn) => `LESS ${cn}`,
    creditNote: (n) => `CN-${year}-0${n}`,
    order: (r) => `LPO/${r.digits(5)}`,
    refundText: (cn) => `REFUND ${cn}`,
    twinText: 'WEEKLY SUPPLY',
    chequeNo: (r) => `000${r.digits(3)}`,
    unpresentedWhy: 'cheque issued to a supplier, not yet presented',
    lodgementWhy: 'customer cheque lodged on the last working day, not yet credited',
    parties(r) {
      r0 = r;
      const customers = partiesFrom(
        r,
        [
          'Adeyemi',
          'Okafor',
          'Balogun',
          'Oniru',
          'Agidingbi',
          'Ogudu',
          'Opebi',
          'Alausa',
          'Omole',
          'Gbagada',
          'Ilupeju',
          'Isheri',
          'Ojodu',
          'Akoka',
          'Onike',
          'Surulere',
          'Ikota',
          'Osapa',
          'Agungi',
          'Idado',
          'Lekki Pearl',
          'Parkview',
          'Ikate',
          'Sangotedo',
          'Abijo',
          'Awoyaya',
          'Okota',
          'Magodo',
        ],
        [
          'Properties Ltd',
          'Homes Ltd',
          'Builders Ltd',
          'Construction Co. Ltd',
          'Estates Ltd',
          'Towers Ltd',
          'Developers Ltd',
          'Hotel & Suites Ltd',
          'Schools Ltd',
          'Specialist Hospital Ltd',
        ],
        26,
        upper,
      ).map((c) => ({ ...c, via: r.pick(sendBanks) }));
      const suppliers = withBills(
        r,
        partiesFrom(
          r,
          [
            'Anadolu',
            'Kaduna',
            'Apapa',
            'Ikorodu',
            'Ojota',
            'Oregun',
            'Mushin',
            'Amuwo',
            'Matori',
            'Badagry',
            'Alaba',
            'Ogba',
            'Otta',
          ],
          [
            'Aluminium Profiles Ltd',
            'Glass Processing Ltd',
            'Diesel Supply Ltd',
            'Haulage Ltd',
            'Hardware Ltd',
            'Security Services Ltd',
            'Site Works Ltd',
            'Sealants Ltd',
            'Fasteners Ltd',
            'Scaffolding Ltd',
          ],
          13,
          upper,
        ),
      );
      return {
        customers,
        suppliers,
        thirdParty: { bank: 'HALCYON HOLDINGS PLC', via: 'ZENITH' },
        unknown: [
          { bank: 'CHUKWUDI EMMANUEL OBI', via: 'UBA' },
          { bank: 'FAITHFUL SHEPHERD VENTURES', via: 'ACCESS' },
        ],
      };
    },
    // ---- bank narrations ----
    inward: (p, text, o = {}) => ({
      narration: `NIP FRM ${p.via ?? 'GTB'}/${p.bank}${text ? `/${text}` : ''}`,
      reference: o.refCell ?? session(),
    }),
    cash: (p) => ({ narration: `CASH DEPOSIT BY ${p.bank} - IKEJA BRANCH`, reference: `CSH${r0.digits(9)}` }),
    inFees: (a, o = {}) =>
      a >= 1000000 && !o.own
        ? [{ amount: -5000, cols: { narration: 'ELECTRONIC MONEY TRANSFER LEVY', reference: '' }, kind: 'levy' }]
        : [],
    outward: (p, text) => ({ narration: `NIP TRF TO ${p.bank}${text ? `/${text}` : ''}`, reference: ft() }),
    outFees: (a) => {
      const m = Math.abs(a);
      const fee = m <= 500000 ? 1075 : m <= 5000000 ? 2688 : 5375;
      return [{ amount: -fee, cols: { narration: 'NIP TRANSFER CHARGE INCL VAT', reference: '' }, kind: 'charge' }];
    },
    reversal: (p, text) => ({
      narration: `RVSL NIP TRF TO ${p.bank}/${text} - INVALID BENEFICIARY ACCT`,
      reference: ft(),
    }),
    settlements: [
      {
        party: 'Paystack Payments Ltd',
        fee: (g) => Math.min(share(g, 15, 1000) + 10000, 200000),
        id: (r) => `PSTK-${r.digits(8)}`,
        bank: (id) => ({ narration: `PAYSTACK SETTLEMENT ${id}`, reference: session() }),
        book: (id) => `Paystack online tahsilat ${id} (brüt)`,
      },
      {
        party: 'Flutterwave Technology Solutions Ltd',
        fee: (g) => share(g, 14, 1000),
        id: (r) => `FLW-STL-${r.digits(7)}`,
        bank: (id) => ({ narration: `FLUTTERWAVE PAYOUT ${id}`, reference: session() }),
        book: (id) => `Flutterwave tahsilat ${id} (brüt)`,
        bookFee: (id) => `Flutterwave komisyonu ${id}`,
      },
      {
        party: 'OPay Digital Services Ltd',
        fee: (g) => Math.min(share(g, 5, 1000), 10000) * 3,
        id: () => null,
        bank: () => ({ narration: 'OPAY POS SETTLEMENT', reference: '' }),
        book: () => `OPay POS satışları (showroom) ağustos`,
      },
    ],
    payroll: {
      doc: '',
      bank: (batch) => ({ narration: `BULK TRANSFER/SALARY AUG ${year}/BATCH ${batch}`, reference: ft() }),
      fees: (n) => [
        { amount: -n * 2500, cols: { narration: `BULK PAYMENT CHARGE (${n})`, reference: '' }, kind: 'charge' },
        {
          amount: -share(n * 2500, 75, 1000),
          cols: { narration: 'VAT ON BULK PAYMENT CHARGE', reference: '' },
          kind: 'fee-vat',
        },
      ],
      book: (batch, n) => `Ağustos ${year} maaş ödemesi - toplu ödeme ${batch} (${n} personel)`,
    },
    statutory: [
      {
        kind: 'statutory',
        range: [800000, 2500000],
        when: (M) => M.day(0, 6),
        make: (r) => {
          const rrr = `${r.digits(4)}-${r.digits(4)}-${r.digits(4)}`;
          return {
            bank: { narration: `REMITA/LIRS PAYE ${MON3(pm)} ${py}/RRR ${rrr}`, reference: ft() },
            desc: `LIRS PAYE ${MONTHS_TR[pm - 1]} ${py} RRR ${rrr}`,
            party: 'Lagos State Internal Revenue Service',
          };
        },
      },
      {
        kind: 'statutory',
        range: [600000, 1800000],
        when: (M) => M.day(0, 6),
        make: (r) => {
          const rrr = `${r.digits(4)}-${r.digits(4)}-${r.digits(4)}`;
          return {
            bank: { narration: `REMITA/PENCOM PENSION ${MON3(pm)} ${py}/RRR ${rrr}`, reference: ft() },
            desc: `Emeklilik katkısı (PenCom) ${MONTHS_TR[pm - 1]} ${py} RRR ${rrr}`,
            party: 'PenCom (pension fund administrators)',
          };
        },
      },
      {
        kind: 'statutory',
        range: [1500000, 6000000],
        when: (M) => M.day(8, 15),
        make: (r) => {
          const rrr = `${r.digits(4)}-${r.digits(4)}-${r.digits(4)}`;
          return {
            bank: { narration: `REMITA/FIRS VAT ${MON3(pm)} ${py}/RRR ${rrr}`, reference: ft() },
            desc: `KDV beyannamesi (FIRS VAT) ${MONTHS_TR[pm - 1]} ${py} RRR ${rrr}`,
            party: 'Federal Inland Revenue Service',
          };
        },
      },
    ],
    utilities: [
      {
        kind: 'utility',
        range: [150000, 650000],
        make: (r) => {
          const acct = `0148${r.digits(7)}`;
          return {
            bank: { narration: `BILLS PAYMENT/EKEDC POSTPAID/${acct}`, reference: ft() },
            desc: `EKEDC elektrik faturası hesap ${acct}`,
            party: 'Eko Electricity Distribution Plc',
          };
        },
      },
      {
        kind: 'utility',
        range: [25000, 90000],
        make: (r) => {
          const cust = `LW${r.digits(8)}`;
          return {
            bank: { narration: `BILLS PAYMENT/LAWMA/${cust}`, reference: ft() },
            desc: `LAWMA atık toplama ${cust}`,
            party: 'Lagos Waste Management Authority',
          };
        },
      },
    ],
    get ownAccount() {
      const acct = '0123987456';
      return {
        direction: -1,
        bank: { narration: `NIP TRF TO BOSPHORUS ALUMINIUM & GLASS/OWN GTB A/C ${acct}`, reference: ft() },
        desc: `GTBank ${acct} hesabına virman`,
        party: null,
        doc: null,
      };
    },
    card: { narration: 'POS PURCHASE - HUBMART ALLEN AVENUE IKEJA', reference: '' },
    lastMonth: (r) => ({
      bank: { narration: `INWARD CLEARING CHQ NO 000${r.digits(3)}`, reference: '' },
      trait: 'last-month-cheque',
    }),
    monthEnd(M) {
      const debits = sum(
        M.lines.filter((l) => l.amount < 0 && (!l.t || l.t.decision !== 'bank-only')).map((l) => -l.amount),
      );
      const amf = share(debits, 1, 1000);
      return [
        {
          amount: -(M.lines.length + 3) * 400,
          cols: { narration: `SMS ALERT CHARGES AUG ${year}`, reference: '' },
          kind: 'charge',
        },
        { amount: -amf, cols: { narration: `ACCOUNT MAINTENANCE FEE AUG ${year}`, reference: '' }, kind: 'charge' },
        {
          amount: -share(amf, 75, 1000),
          cols: { narration: 'VAT ON ACCOUNT MAINTENANCE FEE', reference: '' },
          kind: 'fee-vat',
        },
      ];
    },
    say: {
      receipt: (docs, c, x = {}) =>
        `${docs.join(', ')} nolu fatura tahsilatı` +
        (x.creditNote ? ` (${x.creditNote} iade faturası mahsup)` : '') +
        (x.order ? ` - müşteri siparişi ${x.order}` : '') +
        (x.cash ? ' - şubeye nakit yatırıldı' : '') +
        (x.lodgement ? ' - müşteri çeki bankaya verildi' : ''),
      payment: (bill) => `${bill} nolu tedarikçi faturası ödemesi`,
      twin: () => 'Haftalık malzeme teslimatı',
      refundOut: (cn) => `${cn} iade faturası geri ödemesi`,
      refundIn: () => 'Tedarikçiden fazla ödeme iadesi',
      cheque: (bill) => `Çek ile ödeme - ${bill}`,
    },
    // ---- layouts ----
    writeBank(M, opening) {
      const lines = M.ordered();
      const rows = [
        ['GREENWICH MERCHANT BANK LIMITED'],
        ['STATEMENT OF ACCOUNT'],
        ['Account Name', 'BOSPHORUS ALUMINIUM & GLASS NIGERIA LTD'],
        ['Account Number', '1020048817'],
        ['Currency', 'NGN'],
        ['Period', `01-Aug-${year} To 31-Aug-${year}`],
        ['Opening Balance', grouped(opening)],
        ['Closing Balance', grouped(opening + sum(lines.map((l) => l.amount)))],
        [],
        ['Trans Date', 'Reference', 'Narration', 'Value Date', 'Debit', 'Credit', 'Balance'],
        ['', '', 'BALANCE B/F', '', '', '', grouped(opening)],
      ];
      let bal = opening;
      for (const l of lines) {
        bal += l.amount;
        l.balance = bal;
        l.row = rows.length + 1;
        l.mapped = { text: l.cols.narration, reference: l.cols.reference || null, party: null };
        rows.push([
          dMonY(l.date),
          l.cols.reference,
          l.cols.narration,
          dMonY(l.date),
          l.amount < 0 ? grouped(-l.amount) : '',
          l.amount > 0 ? grouped(l.amount) : '',
          grouped(bal),
        ]);
      }
      const totalRow = rows.length + 1;
      rows.push([
        '',
        '',
        'TOTAL',
        '',
        grouped(-sum(lines.filter((l) => l.amount < 0).map((l) => l.amount))),
        grouped(sum(lines.filter((l) => l.amount > 0).map((l) => l.amount))),
        '',
      ]);
      return {
        content: csv(rows),
        headerRow: 10,
        order: 'oldest-first',
        nonEntryRows: [
          { row: totalRow, why: 'undated TOTAL row: the sums of the Debit and Credit columns, not an entry' },
        ],
        readOptions: {
          currency: 'NGN',
          mapping: {
            date: 'Trans Date',
            valueDate: 'Value Date',
            description: 'Narration',
            reference: 'Reference',
            moneyOut: 'Debit',
            moneyIn: 'Credit',
            balance: 'Balance',
          },
        },
        layout:
          'CSV, CRLF, cells quoted only when they hold a comma; nine preamble rows (title, label/value pairs with opening and closing balance) and a blank; header in row 10; dd-Mmm-yyyy text dates; Debit/Credit magnitudes grouped with commas; an undated BALANCE B/F row (balance only) and an undated TOTAL row with money; oldest first',
      };
    },
    writeBooks(M, opening) {
      const rowsIn = M.orderedRows();
      let fis = 1180 + M.rng.int(0, 300);
      const type = {
        receipt: 'Gelen Havale',
        'refund-in': 'Gelen Havale',
        settlement: 'Gelen Havale',
        payment: 'Gönderilen Havale',
        refund: 'Gönderilen Havale',
        journal: 'Banka İşlem Fişi',
        fee: 'Banka İşlem Fişi',
        transfer: 'Virman Fişi',
        cheque: 'Firma Çeki Çıkışı',
      };
      const rows = [
        ['BOSPHORUS ALUMINIUM & GLASS NIGERIA LTD'],
        ['Banka Hesap Ekstresi'],
        ['Banka Hesabı: 102.01.003 Greenwich Merchant Bank NGN'],
        [`Tarih Aralığı: 01.08.${year} - 31.08.${year}`],
        [],
        ['Tarih', 'Fiş No', 'Fiş Türü', 'Cari Hesap Unvanı', 'Açıklama', 'Borç', 'Alacak', 'Bakiye', 'Döviz'],
        [null, null, null, null, 'Önceki dönemden devir', null, null, { n: num(opening) }, 'NGN'],
      ];
      let bal = opening;
      for (const x of rowsIn) {
        bal += x.amount;
        fis += M.rng.int(1, 4);
        const fisNo = String(fis).padStart(8, '0');
        x.row = rows.length + 1;
        x.mapped = { reference: fisNo, description: x.cols.desc, party: x.cols.party ?? null };
        rows.push([
          { date: x.date, z: 'dd\\.mm\\.yyyy' },
          fisNo,
          x.cols.type === 'receipt' && x.cols.desc.includes('nakit') ? 'Banka Nakit Yatırma' : type[x.cols.type],
          x.cols.party ?? null,
          x.cols.desc,
          x.amount > 0 ? { n: num(x.amount) } : null,
          x.amount < 0 ? { n: num(-x.amount) } : null,
          { n: num(bal) },
          'NGN',
        ]);
      }
      const totalRow = rows.length + 1;
      rows.push([
        null,
        null,
        null,
        null,
        'Toplam',
        { n: num(sum(rowsIn.filter((x) => x.amount > 0).map((x) => x.amount))) },
        { n: num(-sum(rowsIn.filter((x) => x.amount < 0).map((x) => x.amount))) },
        null,
        null,
      ]);
      rows.push([null, null, null, null, 'Dönem sonu bakiye', null, null, { n: num(bal) }, 'NGN']);
      return {
        content: xlsx('Banka Ekstresi', rows, { widths: [12, 10, 20, 36, 60, 16, 16, 16, 6] }),
        headerRow: 6,
        nonEntryRows: [{ row: totalRow, why: 'undated Toplam row: the sums of Borç and Alacak, not an entry' }],
        readOptions: {
          currency: 'NGN',
          sheet: 'Banka Ekstresi',
          mapping: {
            date: 'Tarih',
            reference: 'Fiş No',
            description: 'Açıklama',
            party: 'Cari Hesap Unvanı',
            moneyIn: 'Borç',
            moneyOut: 'Alacak',
            balance: 'Bakiye',
          },
        },
        layout:
          'XLSX (sheet `Banka Ekstresi`), four title rows and a blank, Turkish header in row 6 with dotted/dotless i, ş, ç, ö; real date cells shown dd.mm.yyyy; Fiş No as text with leading zeros; Borç = money in, Alacak = money out; undated Önceki dönemden devir and Dönem sonu bakiye rows (balance only) and an undated Toplam row with money; a Döviz column (NGN)',
      };
    },
  };
  return S;
}
const MONTHS_TR = [
  'Ocak',
  'Şubat',
  'Mart',
  'Nisan',
  'Mayıs',
  'Haziran',
  'Temmuz',
  'Ağustos',
  'Eylül',
  'Ekim',
  'Kasım',
  'Aralık',
];

// =====================================================================================================================
// GH — Letshego Ghana Savings and Loans (XLSX) × Reckon Accounts (General Ledger report, CSV)
// =====================================================================================================================

function gh() {
  const year = 2026;
  const month = 9;
  const [py, pm] = prevMonth(year, month);
  const bankFile = 'letshego-gh-0012230004781-sep2026.xlsx';
  const bookFile = 'reckon-general-ledger-1120-sep2026.csv';
  let r0;
  const gip = () => `GIP${String(year).slice(2)}09${r0.digits(10)}`;
  const upper = (b) => b.toUpperCase().replace(/ LTD$/, '').slice(0, 30).trim();
  const S = {
    key: 'gh-letshego-reckon',
    country: 'GH',
    currency: 'GHS',
    timezone: 'Africa/Accra',
    year,
    month,
    holidays: ['2026-09-21'],
    holidayNote: 'Kwame Nkrumah Memorial Day, Monday 21 September 2026',
    bank: 'Letshego Ghana Savings and Loans PLC',
    package:
      'Reckon Accounts Hosted (Reports → Accountant & Taxes → General Ledger of account 1120 Letshego S&L Business Current, exported to CSV)',
    bankFile,
    bookFile,
    ledgerAccount: '1120',
    business:
      'Bonsa Valley Camp & Catering Services Ltd, Tarkwa, Western Region (camp catering, laundry and accommodation for mining and drilling contractors; co-founded with a Perth caterer whose accountant keeps the books in Reckon Accounts)',
    range: [2500, 48000],
    roundTo: 10,
    limit: 50000,
    cashCount: 2,
    short: { num: 3, den: 100, trait: 'short-withholding-tax-3pct', note: ' LESS 3% WHT' },
    payrollRange: [68000, 125000],
    cardRange: [180, 950],
    firstInvoice: 21400,
    invoice: (n) => `BV-${n}`,
    writings: [
      { trait: 'ref-canonical', w: (n) => `BV-${n}` },
      { trait: 'ref-joined-lowercase', w: (n) => `bv${n}` },
      { trait: 'ref-other-prefix', w: (n) => `INV ${n}` },
      { trait: 'ref-bare-number', w: (n) => `${n}` },
      { trait: 'ref-abbrev-dot', w: (n) => `Invoice No. ${n}` },
      { trait: 'ref-spaces', w: (n) => `BV ${String(n).slice(0, 2)} ${String(n).slice(2)}` },
    ],
    listWriting: (ns) => `BV-${ns[0]} BV-${ns[1]} BV-${ns[2]}`.replace(/ BV-/g, ', BV-'),
    instalment: (w, k) => `${w} (${k === 1 ? 'FIRST' : 'SECOND'} PART)`,
    lessCn: (cn) => `NET OF ${cn}`,
    creditNote: (n) => `CR-${n}`,
    order: (r) => `PO ${r.letters(2)}-${r.digits(5)}`,
    refundText: (cn) => `REFUND ${cn}`,
    twinText: 'WEEKLY DELIVERY',
    chequeNo: (r) => `100${r.digits(3)}`,
    unpresentedWhy: 'cheque issued to a supplier, not yet presented',
    lodgementWhy: 'customer cheque lodged on the last working day, not yet credited',
    parties(r) {
      r0 = r;
      const customers = partiesFrom(
        r,
        [
          'Tarkwa',
          'Bogoso',
          'Prestea',
          'Damang',
          'Nsuta',
          'Aboso',
          'Huni Valley',
          'Teberebie',
          'Akyempim',
          'Benso',
          'Wassa',
          'Simpa',
          'Esuaso',
          'Pepesa',
          'Kyekyewere',
          'Bonsaso',
          'Dompim',
          'Akoon',
          'Samahu',
          'Ayanfuri',
          'Dunkwa',
          'Himan',
          'Nkwanta',
          'Obuasi Hills',
          'Iduapriem',
          'Subri',
          'Ankobra',
          'Mpohor',
        ],
        [
          'Drilling Ltd',
          'Mining Services Ltd',
          'Exploration Ltd',
          'Contractors Ltd',
          'Resources Ltd',
          'Engineering Ltd',
          'Geotechnical Ltd',
          'Haulage & Earthworks Ltd',
        ],
        26,
        upper,
      );
      const suppliers = withBills(
        r,
        partiesFrom(
          r,
          [
            'Kaase',
            'Takoradi',
            'Sekondi',
            'Apremdo',
            'Effia',
            'Anaji',
            'Kojokrom',
            'Fijai',
            'Essikado',
            'Butumagyebu',
            'Ntankoful',
            'Mpintsin',
            'Whindo',
          ],
          [
            'Foods Wholesale Ltd',
            'LPG Supply Ltd',
            'Fuel Station Ltd',
            'Laundry Services Ltd',
            'Water Tankers Ltd',
            'Poultry Farms Ltd',
            'Cold Store Ltd',
            'Vegetables Ltd',
            'Bedding Ltd',
            'Cleaning Supplies Ltd',
          ],
          13,
          upper,
        ),
      );
      return {
        customers,
        suppliers,
        thirdParty: { bank: 'WESTLANDS GOLD HOLDINGS PTY' },
        unknown: [{ bank: 'KWAME ASANTE-MENSAH' }, { bank: 'YAA POKUAA ENT' }],
      };
    },
    inward: (p, text, o = {}) => ({
      description: `GIP TRANSFER FROM ${p.bank}${text ? ` ${text}` : ''}`,
      reference: o.refCell ?? gip(),
    }),
    cash: (p) => ({ description: `CASH DEPOSIT - ${p.bank} - TARKWA BRANCH`, reference: `TLR${r0.digits(7)}` }),
    inFees: () => [],
    outward: (p, text) => ({ description: `GIP TRANSFER TO ${p.bank}${text ? ` ${text}` : ''}`, reference: gip() }),
    outFees: (a) => [
      {
        amount: Math.abs(a) > 1000000 ? -1000 : -500,
        cols: { description: 'GIP TRANSFER FEE', reference: '' },
        kind: 'charge',
      },
    ],
    reversal: (p) => ({ description: `GIP TRANSFER REVERSAL - ${p.bank} - INVALID ACCOUNT`, reference: gip() }),
    settlements: [
      {
        party: 'Hubtel Ltd',
        fee: (g) => share(g, 195, 10000),
        id: (r) => `HTL${r.digits(9)}`,
        bank: (id) => ({ description: `HUBTEL SETTLEMENT ${id}`, reference: gip() }),
        book: (id) => `Hubtel online orders, settlement ${id} (gross)`,
      },
      {
        party: 'MTN Mobile Money Ltd',
        fee: (g) => share(g, 1, 100),
        id: (r) => `MOMO-BATCH-${r.digits(7)}`,
        bank: (id) => ({ description: `MTN MOMO MERCHANT PAYOUT ${id}`, reference: gip() }),
        book: (id) => `MoMo merchant collections ${id} (gross)`,
        bookFee: (id) => `MoMo merchant fee ${id}`,
      },
      {
        party: 'Zeepay Ghana Ltd',
        fee: (g) => share(g, 15, 1000),
        id: () => null,
        bank: () => ({ description: 'ZEEPAY SETTLEMENT', reference: gip() }),
        book: () => 'Zeepay canteen collections (gross)',
      },
    ],
    payroll: {
      doc: '',
      bank: (batch) => ({
        description: `ACH BULK CREDIT SALARY SEP ${year} BATCH ${batch}`,
        reference: `ACH${r0.digits(9)}`,
      }),
      fees: (n) => [
        { amount: -n * 150, cols: { description: `ACH BULK CHARGE (${n})`, reference: '' }, kind: 'charge' },
      ],
      book: (batch, n) => `Salaries September ${year}, ACH batch ${batch} (${n} staff)`,
    },
    statutory: [
      {
        kind: 'statutory',
        range: [9000, 24000],
        when: (M) => M.day(6, 9),
        make: (r) => {
          const prn = `${r.digits(10)}`;
          return {
            bank: { description: `GRA TAX PAYMENT PAYE ${MON3(pm)} ${py} PRN ${prn}`, reference: gip() },
            desc: `PAYE ${MONTHS[pm - 1]} ${py} - GRA PRN ${prn}`,
            party: 'Ghana Revenue Authority',
          };
        },
      },
      {
        kind: 'statutory',
        range: [11000, 26000],
        when: (M) => M.day(6, 9),
        make: (r) => {
          const er = `E${r.digits(9)}`;
          return {
            bank: { description: `SSNIT CONTRIBUTION ${MON3(pm)} ${py} ER NO ${er}`, reference: gip() },
            desc: `SSNIT tier 1 & 2 ${MONTHS[pm - 1]} ${py} employer ${er}`,
            party: 'Social Security and National Insurance Trust',
          };
        },
      },
      {
        kind: 'statutory',
        range: [14000, 52000],
        when: (M) => M.day(-8, -3),
        make: (r) => {
          const prn = `${r.digits(10)}`;
          return {
            bank: { description: `GRA TAX PAYMENT VAT/NHIL/GETFUND ${MON3(pm)} ${py} PRN ${prn}`, reference: gip() },
            desc: `VAT return ${MONTHS[pm - 1]} ${py} - GRA PRN ${prn}`,
            party: 'Ghana Revenue Authority',
          };
        },
      },
    ],
    utilities: [
      {
        kind: 'utility',
        range: [2500, 9000],
        make: (r) => {
          const meter = `P${r.digits(11)}`;
          return {
            bank: { description: `ECG PREPAID TOKEN PURCHASE METER ${meter}`, reference: `ECG${r0.digits(8)}` },
            desc: `ECG prepaid units, camp kitchen meter ${meter}`,
            party: 'Electricity Company of Ghana',
          };
        },
      },
      {
        kind: 'utility',
        range: [800, 3200],
        make: (r) => {
          const acct = `0504${r.digits(6)}`;
          return {
            bank: { description: `GHANA WATER BILL PAYMENT ACCT ${acct}`, reference: `GWL${r0.digits(8)}` },
            desc: `Ghana Water bill, account ${acct}`,
            party: 'Ghana Water Ltd',
          };
        },
      },
    ],
    get ownAccount() {
      const acct = '9040007712358';
      return {
        direction: 1,
        bank: { description: `GIP TRANSFER FROM BONSA VALLEY CAMP AND CATERING STANBIC ${acct}`, reference: gip() },
        desc: `Funds transfer from Stanbic operating account ${acct}`,
        party: null,
        doc: null,
      };
    },
    card: { description: 'VISA POS PURCHASE MELCOM TARKWA', reference: `POS${'0'.repeat(3)}417` },
    lastMonth: (r) => ({
      bank: { description: `CLEARING CHEQUE 100${r.digits(3)} PRESENTED`, reference: '' },
      trait: 'last-month-cheque',
    }),
    monthEnd: (M) => [
      {
        amount: -2500,
        cols: { description: `MONTHLY ACCOUNT MAINTENANCE FEE SEP ${year}`, reference: '' },
        kind: 'charge',
      },
      {
        amount: -(M.lines.length + 2) * 20,
        cols: { description: `SMS ALERT CHARGES SEP ${year}`, reference: '' },
        kind: 'charge',
      },
    ],
    say: {
      receipt: (docs, c, x = {}) =>
        `${x.cash ? 'Cash banked' : 'Payment'} ${docs.map((d) => `Inv ${d}`).join(', ')}` +
        (x.creditNote ? ` less credit ${x.creditNote}` : '') +
        (x.order ? ` (their ${x.order})` : '') +
        (x.lodgement ? ' - cheque lodged' : ''),
      payment: (bill) => `Bill ${bill}`,
      twin: () => 'Weekly delivery',
      refundOut: (cn) => `Refund of credit ${cn}`,
      refundIn: () => 'Supplier refund - overcharge',
      cheque: (bill) => `Bill ${bill} by cheque`,
    },
    writeBank(M, opening) {
      const lines = M.ordered();
      const rows = [
        ['Letshego Ghana Savings and Loans PLC'],
        ['CUSTOMER ACCOUNT STATEMENT'],
        ['Account Name', 'BONSA VALLEY CAMP & CATERING SERVICES LTD'],
        ['Account Number', '0012230004781'],
        ['Currency', 'GHS'],
        ['Statement Period', `01/09/${year} - 30/09/${year}`],
        [],
        [
          'Posting Date',
          'Value Date',
          'Transaction Description',
          'Transaction Reference',
          'Money Out',
          'Money In',
          'Running Balance',
        ],
        [null, null, 'Opening Balance', null, null, null, { n: num(opening) }],
      ];
      let bal = opening;
      for (const l of lines) {
        bal += l.amount;
        l.balance = bal;
        l.row = rows.length + 1;
        l.mapped = { text: l.cols.description, reference: l.cols.reference || null, party: null };
        rows.push([
          { date: l.date, z: 'dd/mm/yyyy' },
          { date: l.date, z: 'dd/mm/yyyy' },
          l.cols.description,
          l.cols.reference || null,
          l.amount < 0 ? { n: num(-l.amount) } : null,
          l.amount > 0 ? { n: num(l.amount) } : null,
          { n: num(bal) },
        ]);
      }
      rows.push([null, null, 'Closing Balance', null, null, null, { n: num(bal) }]);
      return {
        content: xlsx('Account Statement', rows, { widths: [12, 12, 60, 22, 14, 14, 16] }),
        headerRow: 8,
        order: 'oldest-first',
        nonEntryRows: [],
        readOptions: {
          currency: 'GHS',
          sheet: 'Account Statement',
          mapping: {
            date: 'Posting Date',
            valueDate: 'Value Date',
            description: 'Transaction Description',
            reference: 'Transaction Reference',
            moneyOut: 'Money Out',
            moneyIn: 'Money In',
            balance: 'Running Balance',
          },
        },
        layout:
          'XLSX (sheet `Account Statement`), two title rows and four label/value rows in two cells and a blank; header in row 8; real date cells shown dd/mm/yyyy; numeric Money Out/Money In cells; undated Opening Balance and Closing Balance rows with only a balance; no totals; oldest first',
      };
    },
    writeBooks(M, opening) {
      const rowsIn = M.orderedRows();
      let or = 4400 + M.rng.int(0, 200);
      let pv = 2200 + M.rng.int(0, 200);
      let jn = 310 + M.rng.int(0, 40);
      const typ = {
        receipt: ['Payment', 'Accounts Receivable'],
        'refund-in': ['Deposit', 'Accounts Payable'],
        settlement: ['Deposit', 'Sales - Canteen & Online'],
        payment: ['Bill Pmt -Cheque', 'Accounts Payable'],
        refund: ['Cheque', 'Accounts Receivable'],
        journal: ['General Journal', '-SPLIT-'],
        fee: ['Cheque', 'Merchant Fees'],
        transfer: ['Transfer', '1110 · Stanbic Operating Account'],
        cheque: ['Bill Pmt -Cheque', 'Accounts Payable'],
      };
      const acct = '1120 · Letshego S&L Business Current';
      const rows = [
        ['Bonsa Valley Camp & Catering Services Ltd'],
        ['General Ledger'],
        [`September ${year}`],
        [],
        ['', 'Type', 'Date', 'Num', 'Name', 'Memo', 'Split', 'Debit', 'Credit', 'Balance'],
        [acct, '', '', '', '', '', '', '', '', grouped(opening)],
      ];
      let bal = opening;
      for (const x of rowsIn) {
        bal += x.amount;
        const t = x.cols.type;
        const numCell =
          t === 'receipt' || t === 'settlement' || t === 'refund-in'
            ? `OR-${(or += 1)}`
            : t === 'journal' || t === 'transfer' || t === 'fee'
              ? `JNL-${(jn += 1)}`
              : t === 'cheque'
                ? x.cols.doc
                : `PV-${(pv += 1)}`;
        x.row = rows.length + 1;
        x.mapped = { reference: numCell, description: x.cols.desc, party: x.cols.party ?? null };
        rows.push([
          '',
          typ[t][0],
          dmy(x.date),
          numCell,
          x.cols.party ?? '',
          x.cols.desc,
          typ[t][1],
          x.amount > 0 ? grouped(x.amount) : '',
          x.amount < 0 ? grouped(-x.amount) : '',
          grouped(bal),
        ]);
      }
      const dr = sum(rowsIn.filter((x) => x.amount > 0).map((x) => x.amount));
      const cr = -sum(rowsIn.filter((x) => x.amount < 0).map((x) => x.amount));
      const t1 = rows.length + 1;
      rows.push([`Total ${acct}`, '', '', '', '', '', '', grouped(dr), grouped(cr), grouped(bal)]);
      rows.push([]);
      const t2 = rows.length + 1;
      rows.push(['TOTAL', '', '', '', '', '', '', grouped(dr), grouped(cr), grouped(bal)]);
      return {
        content: csv(rows),
        headerRow: 5,
        nonEntryRows: [
          { row: t1, why: 'undated account total row (Total 1120 · …): sums of Debit and Credit, not an entry' },
          { row: t2, why: 'undated report TOTAL row, not an entry' },
        ],
        readOptions: {
          currency: 'GHS',
          dateOrder: 'DMY',
          mapping: {
            date: 'Date',
            reference: 'Num',
            description: 'Memo',
            party: 'Name',
            moneyIn: 'Debit',
            moneyOut: 'Credit',
            balance: 'Balance',
          },
        },
        layout:
          'CSV, CRLF, quoted when a cell holds a comma; three title rows and a blank; header in row 5 with an empty first column; an undated account section row carrying the opening balance in Balance; dd/mm/yyyy dates; Debit = money in, Credit = money out, grouped with commas; an undated `Total 1120 · …` row and an undated `TOTAL` row with money',
      };
    },
  };
  return S;
}

// =====================================================================================================================
// KE — Faulu Microfinance Bank (CSV) × Beancount (bean-query CSV)
// =====================================================================================================================

function ke() {
  const year = 2026;
  const month = 10;
  const [py, pm] = prevMonth(year, month);
  const bankFile = 'faulu-mfb-1019337402-oct2026.csv';
  const bookFile = 'beancount-query-assets-bank-faulu-oct2026.csv';
  let r0;
  const pl = () => `PL${String(year).slice(2)}10${r0.digits(8)}`;
  const upper = (b) =>
    b
      .toUpperCase()
      .replace(/ LTD$/, '')
      .replace(/ LIMITED$/, '')
      .slice(0, 28)
      .trim();
  const S = {
    key: 'ke-faulu-beancount',
    country: 'KE',
    currency: 'KES',
    timezone: 'Africa/Nairobi',
    year,
    month,
    holidays: ['2026-10-20'],
    holidayNote: 'Mashujaa Day, Tuesday 20 October 2026',
    bank: 'Faulu Microfinance Bank Limited',
    package:
      "Beancount 3 / Fava (bean-query -f csv: SELECT date, flag, payee, narration, links, position, balance WHERE account = 'Assets:Bank:Faulu:Current' for October 2026)",
    bankFile,
    bookFile,
    ledgerAccount: 'Assets:Bank:Faulu:Current',
    business:
      'Shamba Sense Ltd, Nakuru (an agritech start-up selling soil-moisture sensors, drip-irrigation kits and an advisory subscription to farms, flower growers and cooperatives; its founders keep the books as plain text in Beancount)',
    range: [28000, 460000],
    roundTo: 100,
    limit: 999999,
    cashCount: 1,
    short: { num: 2, den: 116, trait: 'short-withholding-vat-2pct', note: ' LESS WH VAT' },
    payrollRange: [780000, 1450000],
    cardRange: [2400, 18500],
    firstInvoice: 1100,
    invoice: (n) => `INV-${year}-${n}`,
    writings: [
      { trait: 'ref-canonical', w: (n) => `INV-${year}-${n}` },
      { trait: 'ref-joined', w: (n) => `inv${n}` },
      { trait: 'ref-serial-only', w: (n) => `INV ${n}` },
      { trait: 'ref-hash', w: (n) => `invoice #${n}` },
      { trait: 'ref-bare-number', w: (n) => `${n}` },
      { trait: 'ref-short-year', w: (n) => `INV/${String(year).slice(2)}/${n}` },
    ],
    listWriting: (ns) => `INV ${ns[0]} ${ns[1]} ${ns[2]}`.replace(/(\d) (\d)/g, '$1+$2'),
    instalment: (w, k) => `${w} PART ${k} OF 2`,
    lessCn: (cn) => `LESS ${cn}`,
    creditNote: (n) => `CN-${year}-${n}`,
    order: (r) => `LPO ${r.letters(3)}/${r.digits(4)}`,
    refundText: (cn) => `REFUND ${cn}`,
    twinText: 'WEEKLY DELIVERY',
    chequeNo: (r) => `000${r.digits(3)}`,
    unpresentedWhy: 'cheque issued to a supplier, not yet presented',
    lodgementWhy: 'customer cheque deposited on the last working day, not yet credited',
    parties(r) {
      r0 = r;
      const customers = partiesFrom(
        r,
        [
          'Naivasha',
          'Subukia',
          'Njoro',
          'Molo',
          'Rongai',
          'Bahati',
          'Gilgil',
          'Elburgon',
          'Kuresoi',
          'Solai',
          'Mogotio',
          'Eldama',
          'Timau',
          'Nanyuki',
          'Ol Kalou',
          'Kinangop',
          'Nyahururu',
          'Londiani',
          'Kericho Highlands',
          'Sotik',
          'Bomet',
          'Narok Plains',
          'Kajiado',
          'Makuyu',
          'Thika Greens',
          'Kiambu Ridge',
          'Limuru',
        ],
        [
          'Flowers Ltd',
          'Farmers Cooperative Society',
          'Dairy Cooperative',
          'Greenhouses Ltd',
          'Horticulture Ltd',
          'Agri Estates Ltd',
          'Avocado Growers Ltd',
          'Seed Farms Ltd',
        ],
        26,
        upper,
      );
      const suppliers = withBills(
        r,
        partiesFrom(
          r,
          [
            'Shenzhen',
            'Industrial Area',
            'Mombasa Road',
            'Athi River',
            'Kikuyu',
            'Ruiru',
            'Westlands',
            'Githurai',
            'Kitengela',
            'Embakasi',
            'Syokimau',
            'Ngong',
            'Juja',
          ],
          [
            'Sensors Trading Ltd',
            'Drip Systems Ltd',
            'PCB Works Ltd',
            'Couriers Ltd',
            'Plastics Ltd',
            'Fabrication Ltd',
            'Solar Components Ltd',
            'Freight Ltd',
            'Office Suites Ltd',
            'Printing Ltd',
          ],
          13,
          upper,
        ),
      );
      return {
        customers,
        suppliers,
        thirdParty: { bank: 'AGRA GRANT DISBURSEMENTS' },
        unknown: [{ bank: 'PETER KAMAU NJOROGE' }, { bank: 'FAITH WANJIRU' }],
      };
    },
    inward: (p, text, o = {}) => ({
      narration: `PESALINK CREDIT ${p.bank}${text ? ` ${text}` : ''}`,
      ref: o.refCell ?? pl(),
    }),
    cash: (p) => ({ narration: `CASH DEPOSIT BY ${p.bank} NAKURU BR`, ref: `CD${r0.digits(8)}` }),
    inFees: () => [],
    outward: (p, text) => ({ narration: `PESALINK DEBIT ${p.bank}${text ? ` ${text}` : ''}`, ref: pl() }),
    outFees: (a, o = {}) => {
      const m = Math.abs(a);
      const fee = o.own ? 50000 : m <= 5000000 ? 5000 : m <= 50000000 ? 10000 : 15000;
      return [
        { amount: -fee, cols: { narration: o.own ? 'RTGS CHARGES' : 'PESALINK CHARGES', ref: '' }, kind: 'charge' },
        { amount: -share(fee, 20, 100), cols: { narration: 'EXCISE DUTY', ref: '' }, kind: 'tax' },
      ];
    },
    reversal: (p) => ({ narration: `PESALINK REVERSAL ${p.bank} - INVALID ACCOUNT`, ref: pl() }),
    settlements: [
      {
        party: 'Safaricom PLC (M-PESA paybill 4130221)',
        fee: (g) => Math.min(share(g, 55, 10000), 20000),
        id: (r) => `SPB${r.digits(9)}`,
        bank: (id) => ({ narration: `MPESA C2B SETTLEMENT PAYBILL 4130221 ${id}`, ref: '' }),
        book: (id) => `M-PESA paybill settlement ${id} (gross)`,
      },
      {
        party: 'Pesapal Ltd',
        fee: (g) => share(g, 35, 1000),
        id: (r) => `PSP${r.digits(8)}`,
        bank: (id) => ({ narration: `PESAPAL SETTLEMENT ${id}`, ref: pl() }),
        book: (id) => `Pesapal card settlement ${id} (gross)`,
        bookFee: (id) => `Pesapal fee ${id}`,
      },
      {
        party: 'Airtel Money Kenya',
        fee: (g) => share(g, 1, 100),
        id: () => null,
        bank: () => ({ narration: 'AIRTEL MONEY COLLECTIONS SWEEP', ref: '' }),
        book: () => 'Airtel Money collections (gross)',
      },
    ],
    payroll: {
      doc: 'payroll-',
      bank: (batch) => ({ narration: `BULK SALARY PAYMENT OCT ${year} REF ${batch}`, ref: `BLK${r0.digits(8)}` }),
      fees: (n) => [
        { amount: -n * 3000, cols: { narration: `BULK PAYMENT CHARGES (${n})`, ref: '' }, kind: 'charge' },
        { amount: -share(n * 3000, 20, 100), cols: { narration: 'EXCISE DUTY', ref: '' }, kind: 'tax' },
      ],
      book: (batch, n) => `Salaries October ${year} batch ${batch} (${n} staff)`,
    },
    statutory: [
      ['PAYE', 'KRA PAYE', 'Kenya Revenue Authority', [95000, 260000], 'PRN'],
      ['AHL', 'KRA HOUSING LEVY', 'Kenya Revenue Authority', [15000, 42000], 'PRN'],
      ['SHIF', 'SHA SHIF CONTRIBUTION', 'Social Health Authority', [18000, 46000], 'SHA'],
      ['NSSF', 'NSSF CONTRIBUTION', 'National Social Security Fund', [12000, 39000], 'NSSF'],
    ].map(([what, bankWhat, party, range, kindRef]) => ({
      kind: 'statutory',
      range,
      when: (M) => M.day(4, 7),
      make: (r) => {
        const ref = kindRef === 'PRN' ? `${r.digits(11)}` : `${kindRef}${r.digits(9)}`;
        return {
          bank: {
            narration: `${bankWhat} ${MON3(pm)} ${py} ${kindRef === 'PRN' ? `PRN ${ref}` : ref}`,
            ref: `KRA${r0.digits(8)}`,
          },
          desc: `${what} ${MONTHS[pm - 1]} ${py} ${kindRef === 'PRN' ? `PRN ${ref}` : ref}`,
          party,
          doc: `${what.toLowerCase()}-${py}-${String(pm).padStart(2, '0')}`,
        };
      },
    })),
    utilities: [
      {
        kind: 'utility',
        range: [6500, 24000],
        make: (r) => {
          const acct = `${r.digits(8)}`;
          return {
            bank: { narration: `KPLC POSTPAID ACC ${acct}`, ref: `KPL${r0.digits(8)}` },
            desc: `Kenya Power bill account ${acct}`,
            party: 'Kenya Power',
            doc: `kplc-${acct}`,
          };
        },
      },
      {
        kind: 'utility',
        range: [1800, 7500],
        make: (r) => {
          const acct = `NW${r.digits(6)}`;
          return {
            bank: { narration: `NAWASSCO WATER BILL ${acct}`, ref: `WTR${r0.digits(8)}` },
            desc: `Nakuru Water bill ${acct}`,
            party: 'Nakuru Water and Sanitation Services Co',
            doc: `nawassco-${acct}`,
          };
        },
      },
    ],
    get ownAccount() {
      const acct = '0540299318776';
      return {
        direction: -1,
        bank: { narration: `RTGS OUTWARD SHAMBA SENSE LTD EQUITY ${acct}`, ref: `RTGS${r0.digits(8)}` },
        desc: `Transfer to Equity account ${acct}`,
        party: 'Shamba Sense Ltd',
        doc: 'sweep-equity',
      };
    },
    card: { narration: 'VISA POS PURCHASE NAIVAS NAKURU WESTSIDE', ref: '' },
    lastMonth: (r) => ({
      bank: { narration: `CHQ NO 000${r.digits(3)} CLEARING`, ref: '' },
      trait: 'last-month-cheque',
    }),
    monthEnd: (M) => [
      { amount: -50000, cols: { narration: `LEDGER FEES OCT ${year}`, ref: '' }, kind: 'charge' },
      { amount: -10000, cols: { narration: 'EXCISE DUTY', ref: '' }, kind: 'tax' },
      {
        amount: -(M.lines.length + 3) * 300,
        cols: { narration: `SMS ALERT CHARGES OCT ${year}`, ref: '' },
        kind: 'charge',
      },
      { amount: -share((M.lines.length + 3) * 300, 20, 100), cols: { narration: 'EXCISE DUTY', ref: '' }, kind: 'tax' },
    ],
    say: {
      receipt: (docs, c, x = {}) =>
        `${x.cash ? 'Cash deposited for' : 'Payment for'} ${docs.join(' ')}` +
        (x.creditNote ? ` net of ${x.creditNote}` : '') +
        (x.order ? ` (their ${x.order})` : '') +
        (x.lodgement ? ' - cheque deposited' : ''),
      payment: (bill) => `Supplier invoice ${bill}`,
      twin: () => 'Weekly delivery',
      refundOut: (cn) => `Refund ${cn}`,
      refundIn: () => 'Refund of overpayment',
      cheque: (bill) => `Supplier invoice ${bill} paid by cheque`,
    },
    writeBank(M, opening) {
      const lines = M.ordered();
      const rows = [
        ['FAULU MICROFINANCE BANK LTD'],
        ['STATEMENT OF ACCOUNT'],
        ['ACCOUNT NAME:', 'SHAMBA SENSE LIMITED'],
        ['ACCOUNT NO:', '1019337402'],
        ['BRANCH:', 'NAKURU'],
        ['CURRENCY:', 'KES'],
        ['PERIOD:', `01/10/${year} TO 31/10/${year}`],
        [],
        ['Tran Date', 'Value Date', 'Narration', 'Cheque/Ref No', 'Debit', 'Credit', 'Balance'],
        ['', '', 'BALANCE B/F', '', '', '', dec(opening)],
      ];
      let bal = opening;
      for (const l of lines) {
        bal += l.amount;
        l.balance = bal;
        l.row = rows.length + 1;
        l.mapped = { text: l.cols.narration, reference: l.cols.ref || null, party: null };
        rows.push([
          dmy(l.date),
          dmy(l.date),
          l.cols.narration,
          l.cols.ref,
          l.amount < 0 ? dec(-l.amount) : '',
          l.amount > 0 ? dec(l.amount) : '',
          dec(bal),
        ]);
      }
      rows.push(['', '', 'CLOSING BALANCE', '', '', '', dec(bal)]);
      return {
        content: csv(rows),
        headerRow: 9,
        order: 'oldest-first',
        nonEntryRows: [],
        readOptions: {
          currency: 'KES',
          dateOrder: 'DMY',
          mapping: {
            date: 'Tran Date',
            valueDate: 'Value Date',
            description: 'Narration',
            reference: 'Cheque/Ref No',
            moneyOut: 'Debit',
            moneyIn: 'Credit',
            balance: 'Balance',
          },
        },
        layout:
          'CSV, CRLF, quoted when needed; two title rows, five `LABEL:` value rows and a blank; header in row 9; dd/mm/yyyy (`dateOrder: DMY`); Debit/Credit plain numbers without grouping; undated BALANCE B/F and CLOSING BALANCE rows with only a balance; no totals; oldest first',
      };
    },
    writeBooks(M, opening) {
      const rowsIn = M.orderedRows();
      const rows = [['date', 'flag', 'payee', 'narration', 'links', 'position', 'balance']];
      let bal = opening;
      for (const x of rowsIn) {
        bal += x.amount;
        const link = x.cols.doc ? `^${x.cols.doc}` : '';
        x.row = rows.length + 1;
        x.mapped = { reference: link || null, description: x.cols.desc, party: x.cols.party ?? null };
        rows.push([x.date, '*', x.cols.party ?? '', x.cols.desc, link, `${dec(x.amount)} KES`, `${dec(bal)} KES`]);
      }
      return {
        content: csv(rows),
        headerRow: 1,
        nonEntryRows: [],
        readOptions: {
          currency: 'KES',
          mapping: {
            date: 'date',
            reference: 'links',
            description: 'narration',
            party: 'payee',
            amount: 'position',
            balance: 'balance',
          },
        },
        layout:
          "CSV as bean-query writes it (header in row 1, no title, no totals, LF replaced by CRLF here); ISO dates; flag `*`; payee = party; narration; links (`^INV-2026-1147`, the document) as reference; position and balance as `<amount> KES` with the commodity after the number; the balance is the account's running total, so the opening is the first balance less the first position",
      };
    },
  };
  return S;
}

// =====================================================================================================================
// ZA — BNP Paribas Johannesburg Branch (Connexis Cash CSV) × Cegid (Grand livre, XLSX, French)
// =====================================================================================================================

function za() {
  const year = 2026;
  const month = 12;
  const [py, pm] = prevMonth(year, month);
  const bankFile = 'bnpp-jhb-za-0000418872-dec2026.csv';
  const bookFile = 'cegid-grand-livre-512100-dec2026.xlsx';
  let r0;
  const bref = () => `ZA${String(year).slice(2)}12${r0.letters(3)}${r0.digits(7)}`;
  const upper = (b) =>
    b
      .toUpperCase()
      .replace(/ \(PTY\) LTD$/, '')
      .slice(0, 30)
      .trim();
  const acctNo = () => `${r0.int(1, 6)}${r0.digits(9)}`;
  const S = {
    key: 'za-bnpparibas-cegid',
    country: 'ZA',
    currency: 'ZAR',
    timezone: 'Africa/Johannesburg',
    year,
    month,
    holidays: ['2026-12-16', '2026-12-25'],
    holidayNote:
      'Day of Reconciliation (Wednesday 16 December) and Christmas Day (Friday 25 December); the Day of Goodwill falls on a Saturday',
    bank: 'BNP Paribas Johannesburg Branch',
    package:
      'Cegid XRP Flex (Comptabilité → Éditions → Grand livre général of account 512100 BNP Paribas JHB ZAR, exported to Excel, French)',
    bankFile,
    bookFile,
    ledgerAccount: '512100',
    business:
      'Maison Delacroix Boulangerie (Pty) Ltd, Rosebank, Johannesburg (French bakeries and a wholesale bakery supplying hotels, cafés and caterers; card and online sales through Yoco, PayFast and SnapScan; a French parent whose shared-service centre keeps the books in Cegid, in French)',
    range: [3500, 88000],
    roundTo: 10,
    limit: 250000,
    cashCount: 0,
    short: { num: 2, den: 100, trait: 'short-settlement-discount-2pct', note: ' LESS 2PCT DISC' },
    payrollRange: [410000, 760000],
    cardRange: [350, 4800],
    firstInvoice: 1100,
    invoice: (n) => `FAC-${year}-0${n}`,
    writings: [
      { trait: 'ref-canonical', w: (n) => `FAC-${year}-0${n}` },
      { trait: 'ref-serial-prefixed', w: (n) => `FAC${n}` },
      { trait: 'ref-other-prefix', w: (n) => `INV ${n}` },
      { trait: 'ref-lowercase-spaced', w: (n) => `fac ${year} 0${n}` },
      { trait: 'ref-word-prefix', w: (n) => `INVOICE ${n}` },
      { trait: 'ref-bare-number', w: (n) => `${n}` },
    ],
    listWriting: (ns) => `FAC${ns[0]}/${ns[1] % 100}/${ns[2] % 100}`.replace(/\/(\d)\b/g, '/0$1'),
    instalment: (w, k) => `${w} PMT${k}`,
    lessCn: (cn) => `LESS ${cn}`,
    creditNote: (n) => `AV-${year}-0${n}`,
    order: (r) => `PO${r.digits(6)}`,
    refundText: (cn) => `REFUND ${cn}`,
    twinText: 'LIVRAISON HEBDO',
    chequeNo: (r) => `VIR-${r.digits(5)}`,
    unpresentedWhy: 'payment scheduled for release on the first business day of next month (booked when approved)',
    lodgementWhy: 'remittance advice received and booked before the money arrived',
    parties(r) {
      r0 = r;
      const customers = partiesFrom(
        r,
        [
          'Saxonwold',
          'Parkhurst',
          'Melrose',
          'Illovo',
          'Houghton',
          'Killarney',
          'Westcliff',
          'Greenside',
          'Emmarentia',
          'Craighall',
          'Hyde Park',
          'Dunkeld',
          'Inanda',
          'Bryanston',
          'Fourways',
          'Lonehill',
          'Morningside',
          'Rivonia',
          'Sunninghill',
          'Woodmead',
          'Linden',
          'Northcliff',
          'Kensington',
          'Observatory',
          'Maboneng',
          'Braamfontein',
          'Norwood',
        ],
        [
          'Hotel (Pty) Ltd',
          'Café (Pty) Ltd',
          'Catering (Pty) Ltd',
          'Guest House (Pty) Ltd',
          'Bistro (Pty) Ltd',
          'Deli (Pty) Ltd',
          'Events (Pty) Ltd',
          'Country Club (Pty) Ltd',
        ],
        26,
        upper,
      ).map((c) => ({ ...c, acct: acctNo() }));
      const suppliers = withBills(
        r,
        partiesFrom(
          r,
          [
            'Bokomo Valley',
            'Paarl',
            'Stellenbosch',
            'Germiston',
            'Isando',
            'Wadeville',
            'Jet Park',
            'Kempton',
            'Alrode',
            'Spartan',
            'Elandsfontein',
            'Midrand',
            'Kya Sand',
          ],
          [
            'Flour Mills (Pty) Ltd',
            'Butter Imports (Pty) Ltd',
            'Packaging (Pty) Ltd',
            'Refrigeration (Pty) Ltd',
            'Gas Supplies (Pty) Ltd',
            'Cold Chain (Pty) Ltd',
            'Ovens (Pty) Ltd',
            'Dairy (Pty) Ltd',
            'Cleaning (Pty) Ltd',
            'Properties (Pty) Ltd',
          ],
          13,
          upper,
        ),
      ).map((s) => ({ ...s, acct: acctNo() }));
      return {
        customers,
        suppliers,
        thirdParty: { bank: 'AURORE HOSPITALITY GROUP', acct: acctNo() },
        unknown: [
          { bank: 'J VAN DER MERWE', acct: acctNo() },
          { bank: 'THANDI NKOSI', acct: acctNo() },
        ],
      };
    },
    inward: (p, text, o = {}) => ({
      type: 'EFT CREDIT',
      cpName: p.bank,
      cpAcct: p.acct ?? '',
      remit: text,
      bankRef: bref(),
      custRef: o.refCell ?? '',
    }),
    cash: () => {
      throw new Error('no cash in ZA');
    },
    inFees: () => [],
    outward: (p, text) => ({
      type: 'EFT DEBIT',
      cpName: p.bank,
      cpAcct: p.acct ?? '',
      remit: text ? `MAISON DELACROIX ${text}` : 'MAISON DELACROIX',
      bankRef: bref(),
      custRef: text ? text.slice(0, 20) : '',
    }),
    outFees: (a, o = {}) =>
      o.own
        ? []
        : [
            {
              amount: -460,
              cols: {
                type: 'FEE',
                cpName: '',
                cpAcct: '',
                remit: 'ELECTRONIC PAYMENT FEE',
                bankRef: bref(),
                custRef: '',
              },
              kind: 'charge',
            },
          ],
    reversal: (p, text) => ({
      type: 'RETURNED EFT',
      cpName: p.bank,
      cpAcct: p.acct ?? '',
      remit: `UNPAID ${text} ACCOUNT CLOSED`,
      bankRef: bref(),
      custRef: '',
    }),
    settlements: [
      {
        party: null,
        fee: (g) => share(g, 295, 10000),
        id: (r) => `YP${r.digits(8)}`,
        bank: (id) => ({
          type: 'EFT CREDIT',
          cpName: 'YOCO TECHNOLOGIES',
          cpAcct: '',
          remit: `YOCO PAYOUT ${id}`,
          bankRef: bref(),
          custRef: '',
        }),
        book: (id) => `Encaissements cartes Yoco ${id} (brut)`,
      },
      {
        party: null,
        fee: (g) => share(g, 32, 1000) + 200,
        id: (r) => `PF${r.digits(7)}`,
        bank: (id) => ({
          type: 'EFT CREDIT',
          cpName: 'PAYFAST',
          cpAcct: '',
          remit: `PAYFAST SETTLEMENT ${id}`,
          bankRef: bref(),
          custRef: '',
        }),
        book: (id) => `Ventes en ligne PayFast ${id} (brut)`,
        bookFee: (id) => `Commission PayFast ${id}`,
      },
      {
        party: null,
        fee: (g) => share(g, 3, 100),
        id: () => null,
        bank: () => ({
          type: 'EFT CREDIT',
          cpName: 'SNAPSCAN',
          cpAcct: '',
          remit: 'SNAPSCAN SETTLEMENT',
          bankRef: bref(),
          custRef: '',
        }),
        book: () => 'Encaissements QR SnapScan boutiques (brut)',
      },
    ],
    payroll: {
      doc: 'PAIE-',
      bank: (batch) => ({
        type: 'BATCH PAYMENT',
        cpName: '',
        cpAcct: '',
        remit: `SALARIES DEC ${year} BATCH ${batch}`,
        bankRef: bref(),
        custRef: `SAL${batch}`,
      }),
      fees: (n) => [
        {
          amount: -n * 345,
          cols: {
            type: 'FEE',
            cpName: '',
            cpAcct: '',
            remit: `BATCH PAYMENT FEE (${n})`,
            bankRef: bref(),
            custRef: '',
          },
          kind: 'charge',
        },
      ],
      book: (batch, n) => `Paie décembre ${year} - lot ${batch} (${n} salariés)`,
    },
    statutory: [
      {
        kind: 'statutory',
        range: [62000, 140000],
        when: (M) => M.day(3, 4),
        make: (r) => {
          const prn = `7${r.digits(9)}LC${String(pm).padStart(2, '0')}${String(py).slice(2)}`;
          return {
            bank: {
              type: 'SARS EFILING',
              cpName: 'SARS',
              cpAcct: '',
              remit: `SARS-EMP201 ${prn}`,
              bankRef: bref(),
              custRef: prn.slice(0, 20),
            },
            desc: `EMP201 ${MONTHS_FR[pm - 1]} ${py} (PAYE, UIF, SDL) PRN ${prn}`,
            doc: prn,
          };
        },
      },
      {
        kind: 'statutory',
        range: [38000, 120000],
        when: (M) => M.day(-8, -5),
        make: (r) => {
          const prn = `4${r.digits(9)}V${String(pm).padStart(2, '0')}${String(py).slice(2)}`;
          return {
            bank: {
              type: 'SARS EFILING',
              cpName: 'SARS',
              cpAcct: '',
              remit: `SARS-VAT201 ${prn}`,
              bankRef: bref(),
              custRef: prn.slice(0, 20),
            },
            desc: `TVA VAT201 ${MONTHS_FR[pm - 2]}-${MONTHS_FR[pm - 1]} ${py} PRN ${prn}`,
            doc: prn,
          };
        },
      },
    ],
    utilities: [
      {
        kind: 'utility',
        range: [18000, 46000],
        make: (r) => {
          const acct = `${r.digits(10)}`;
          return {
            bank: {
              type: 'EFT DEBIT',
              cpName: 'CITY OF JOHANNESBURG',
              cpAcct: '',
              remit: `COJ ACC ${acct}`,
              bankRef: bref(),
              custRef: acct,
            },
            desc: `Ville de Johannesburg eau/électricité compte ${acct}`,
            doc: acct,
          };
        },
      },
      {
        kind: 'utility',
        range: [2200, 6800],
        make: (r) => {
          const contract = `VB${r.digits(8)}`;
          return {
            bank: {
              type: 'DEBIT ORDER',
              cpName: 'VODACOM',
              cpAcct: '',
              remit: `VODACOM BUSINESS ${contract}`,
              bankRef: bref(),
              custRef: '',
            },
            desc: `Vodacom Business téléphonie contrat ${contract}`,
            doc: contract,
          };
        },
      },
    ],
    get ownAccount() {
      const acct = '0000418899';
      return {
        direction: -1,
        bank: {
          type: 'INTERNAL TRANSFER',
          cpName: 'MAISON DELACROIX BOULANGERIE',
          cpAcct: acct,
          remit: `TO CALL ACCOUNT ${acct}`,
          bankRef: bref(),
          custRef: `CALL ${acct}`,
        },
        desc: `Virement vers compte à terme BNPP ${acct}`,
        doc: `CALL-${acct}`,
      };
    },
    card: {
      type: 'CARD PURCHASE',
      cpName: '',
      cpAcct: '',
      remit: 'BUILDERS WAREHOUSE RIVONIA',
      bankRef: 'CRD0000000',
      custRef: '',
    },
    lastMonth: (r) => ({
      bank: {
        type: 'EFT DEBIT',
        cpName: 'KYALAMI SHOPFITTERS',
        cpAcct: acctNo(),
        remit: `MAISON DELACROIX REL${r.digits(5)}`,
        bankRef: bref(),
        custRef: '',
      },
      trait: 'last-month-payment-released',
    }),
    monthEnd: (M) => [
      {
        amount: -65000,
        cols: {
          type: 'FEE',
          cpName: '',
          cpAcct: '',
          remit: `MONTHLY ACCOUNT FEE DEC ${year}`,
          bankRef: bref(),
          custRef: '',
        },
        kind: 'charge',
      },
      {
        amount: -25000,
        cols: {
          type: 'FEE',
          cpName: '',
          cpAcct: '',
          remit: 'CASH MANAGEMENT SERVICE FEE',
          bankRef: bref(),
          custRef: '',
        },
        kind: 'charge',
      },
      {
        amount: 1000 + M.rng.int(0, 90000),
        cols: {
          type: 'INTEREST',
          cpName: '',
          cpAcct: '',
          remit: `CREDIT INTEREST DEC ${year}`,
          bankRef: bref(),
          custRef: '',
        },
        kind: 'interest',
      },
    ],
    say: {
      receipt: (docs, c, x = {}) =>
        `Règlement ${docs.join(' ')}` +
        (x.creditNote ? ` moins avoir ${x.creditNote}` : '') +
        (x.order ? ` (bon de commande ${x.order})` : '') +
        (x.lodgement ? ' - avis de virement reçu' : '') +
        ` - ${c.book}`,
      payment: (bill, s) => `Paiement facture ${bill} - ${s.book}`,
      twin: (s) => `Livraison hebdomadaire - ${s.book}`,
      refundOut: (cn, c) => `Remboursement avoir ${cn} - ${c.book}`,
      refundIn: (s) => `Remboursement trop-perçu - ${s.book}`,
      cheque: (bill, s) => `Virement programmé facture ${bill} - ${s.book}`,
    },
    writeBank(M, opening) {
      const lines = M.ordered();
      const rows = [
        [
          'Account Number',
          'Account Currency',
          'Booking Date',
          'Value Date',
          'Amount',
          'Transaction Type',
          'Counterparty Name',
          'Counterparty Account',
          'Remittance Information',
          'Bank Reference',
          'Customer Reference',
          'Balance',
        ],
      ];
      let bal = opening;
      for (const l of lines) {
        bal += l.amount;
        l.balance = bal;
        l.row = rows.length + 1;
        const c = l.cols;
        l.mapped = {
          text: c.remit ? `${c.type} — ${c.remit}` : c.type,
          reference: c.custRef || null,
          party: c.cpName || null,
          account: c.cpAcct || null,
        };
        rows.push([
          '0000418872',
          'ZAR',
          l.date,
          l.date,
          dec(l.amount),
          c.type,
          c.cpName,
          c.cpAcct,
          c.remit,
          c.bankRef,
          c.custRef,
          dec(bal),
        ]);
      }
      return {
        content: csv(rows),
        headerRow: 1,
        order: 'oldest-first',
        nonEntryRows: [],
        readOptions: {
          currency: 'ZAR',
          mapping: {
            date: 'Booking Date',
            valueDate: 'Value Date',
            description: ['Transaction Type', 'Remittance Information'],
            reference: 'Customer Reference',
            party: 'Counterparty Name',
            amount: 'Amount',
            balance: 'Balance',
          },
        },
        layout:
          'CSV, CRLF, quoted when needed, header in row 1 (no preamble, no totals); one row per booking with the account number and currency repeated; ISO dates; one signed Amount without grouping; Transaction Type and Remittance Information as the description; Counterparty Name and Counterparty Account columns; our Customer Reference (20 characters at most); a Balance after each booking',
      };
    },
    writeBooks(M, opening) {
      const rowsIn = M.orderedRows();
      let piece = 8800 + M.rng.int(0, 400);
      const rows = [
        ['MAISON DELACROIX BOULANGERIE (PTY) LTD'],
        ['Grand livre général'],
        ['Compte 512100 - BNP Paribas JHB ZAR'],
        [`Période du 01/12/${year} au 31/12/${year}`],
        ['Devise : ZAR'],
        [],
        ['Date', 'Jal', 'N° pièce', 'Référence', 'Libellé', 'Débit', 'Crédit', 'Solde progressif'],
        [null, null, null, null, 'Solde antérieur', null, null, { n: num(opening) }],
      ];
      let bal = opening;
      for (const x of rowsIn) {
        bal += x.amount;
        piece += M.rng.int(1, 5);
        x.row = rows.length + 1;
        x.mapped = { reference: x.cols.doc || null, description: x.cols.desc, party: null };
        rows.push([
          { date: x.date, z: 'dd/mm/yyyy' },
          'BQ1',
          { n: piece, z: '0' },
          x.cols.doc || null,
          x.cols.desc,
          x.amount > 0 ? { n: num(x.amount) } : null,
          x.amount < 0 ? { n: num(-x.amount) } : null,
          { n: num(bal) },
        ]);
      }
      const t = rows.length + 1;
      rows.push([
        null,
        null,
        null,
        null,
        'Total compte 512100',
        { n: num(sum(rowsIn.filter((x) => x.amount > 0).map((x) => x.amount))) },
        { n: num(-sum(rowsIn.filter((x) => x.amount < 0).map((x) => x.amount))) },
        null,
      ]);
      rows.push([null, null, null, null, 'Solde de clôture', null, null, { n: num(bal) }]);
      return {
        content: xlsx('Grand livre', rows, { widths: [12, 6, 10, 22, 64, 14, 14, 16] }),
        headerRow: 7,
        nonEntryRows: [{ row: t, why: 'undated Total compte 512100 row: the sums of Débit and Crédit, not an entry' }],
        readOptions: {
          currency: 'ZAR',
          sheet: 'Grand livre',
          mapping: {
            date: 'Date',
            reference: 'Référence',
            description: 'Libellé',
            moneyIn: 'Débit',
            moneyOut: 'Crédit',
            balance: 'Solde progressif',
          },
        },
        layout:
          'XLSX (sheet `Grand livre`), five title rows and a blank, French header in row 7 (`N° pièce`, `Référence`, `Libellé`, `Débit`, `Crédit`, `Solde progressif`); real date cells shown dd/mm/yyyy; journal code BQ1; N° pièce as a number cell (not mapped); no party column (the name ends the Libellé); Débit = money in; undated Solde antérieur / Solde de clôture rows (balance only) and an undated Total compte row with money',
      };
    },
  };
  return S;
}
const MONTHS_FR = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

export const SETS = [ng, gh, ke, za];
