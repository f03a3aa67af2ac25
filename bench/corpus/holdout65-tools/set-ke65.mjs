// KE, January 2026: Imenti Dairy Supplies Ltd, Meru (dairy meal, minerals, chaff cutters and milk equipment), with its
// FOSA business account at Metropolitan National Sacco, against the books kept in Spendee (CSV export of one wallet).
import { auto, bankOnly, dmy, grouped, minor, none, reversal, suggest, toCsv } from './lib65.mjs';

const BANK_FILE = 'metropolitan-fosa-0412007736-jan2026.csv';
const BOOK_FILE = 'spendee-transactions-metropolitan-fosa-jan2026.csv';
const WALLET = 'Metropolitan FOSA';

export default function ke(r) {
  const book = [
    b('inv318', '2025-12-29', '38500.00', 'Sales', 'Invoice IDS-2025-318 — John Mutuma, dairy meal 20 bags'),
    b('inv322', '2025-12-30', '56000.00', 'Sales', 'Invoice IDS-2025-322 — Meru Dairy Farmers Co-op, chaff cutters x2'),
    b('inv321', '2025-12-31', '24000.00', 'Sales', 'Invoice IDS-2025-321 — Grace Kawira, mineral lick and dewormers'),
    b('unga', '2026-01-05', '-120000.00', 'Stock purchases', 'Unga Feeds Ltd — dairy meal 60 bags, PO 7731'),
    b('inv003', '2026-01-05', '58000.00', 'Sales', 'Invoice IDS-2026-003 — KALRO Marimba, fodder bales (VAT incl.)'),
    b('kimP', '2026-01-07', '-15000.00', 'Casual labour', 'Peter Kimathi — offloading casuals, week 1'),
    b(
      'kimD',
      '2026-01-08',
      '-15000.00',
      'Transport',
      'Daniel Kimathi — lorry hire, Nkubu deliveries',
      'owed for the lorry hire; paid 2 Feb',
    ),
    b('inv005', '2026-01-08', '24000.00', 'Sales', 'Invoice IDS-2026-005 — Kirimi Mugambi, milk cans and strainers'),
    b('fd', '2026-01-09', '-45000.00', 'Transfers', 'Transfer to Metropolitan fixed deposit'),
    b('inv008', '2026-01-14', '15000.00', 'Sales', 'Invoice IDS-2026-008 — Jane Nkatha, calf pellets'),
    b('kplc', '2026-01-14', '-18750.00', 'Utilities', 'KPLC prepaid tokens — shop meter'),
    b('kimani', '2026-01-15', '-60000.00', 'Stock purchases', 'Kimani Welding Works — chaff cutter frames x4'),
    b(
      'inv009',
      '2026-01-16',
      '31500.00',
      'Sales',
      'Invoice IDS-2026-009 — Muthoni Kariuki, dairy meal 15 bags',
      'invoiced 16 Jan; Muthoni Kariuki paid it on 3 Feb',
    ),
    b('paye', '2026-01-19', '-9800.00', 'Taxes', 'KRA PAYE December 2025'),
    b('shif', '2026-01-19', '-3375.00', 'Taxes', 'SHA — SHIF contributions December 2025'),
    b('inv010', '2026-01-20', '23400.00', 'Sales', 'Invoice IDS-2026-010 — Abothuguchi Vet Centre, AI kits'),
    b('fuel', '2026-01-22', '-4200.00', 'Fuel', 'Fuel — TotalEnergies Meru, delivery pickup'),
    b(
      'cn002',
      '2026-01-26',
      '-2340.00',
      'Sales',
      'Credit note CN-2026-002 — Abothuguchi Vet Centre, 10% discount on IDS-2026-010',
    ),
    b('chq211', '2026-01-27', '-6000.00', 'Rent', 'Rent January — Makutano stall (cheque 000211)'),
    b('sal1', '2026-01-28', '-32000.00', 'Salaries', 'Salary January — Stephen Murithi, shop manager'),
    b('sal2', '2026-01-28', '-28400.00', 'Salaries', 'Salary January — Esther Kagwiria, accounts'),
    b('sal3', '2026-01-28', '-26000.00', 'Salaries', 'Salary January — Dennis Mwenda, driver'),
    b(
      'chq212',
      '2026-01-29',
      '-14000.00',
      'Stock purchases',
      'Kenya Seed Co — fodder seed (cheque 000212)',
      'cheque written 29 Jan, not yet presented',
    ),
  ];
  const L = [];
  const line = (key, date, amount, text, d, kind = 'ft') => L.push({ key, date, amount, text, d, kind });
  line(
    'k01',
    '2026-01-02',
    '38500.00',
    'M-PESA PAYBILL/JOHN MUTUMA/IDS2025318',
    auto(['inv318'], 'reference', ['ref-year-serial-joined', 'mobile-money']),
    'mpesa',
  );
  line(
    'k02',
    '2026-01-05',
    '-120000.00',
    'RTGS/UNGA FEEDS LTD/PO 7731',
    auto(['unga'], 'reference', ['po-number']),
    'rtgs',
  );
  line('k03', '2026-01-05', '-300.00', 'RTGS CHARGE', bankOnly('charge'), 'chg');
  line('k04', '2026-01-05', '-60.00', 'EXCISE DUTY ON CHARGES', bankOnly('tax'), 'chg');
  line(
    'k05',
    '2026-01-06',
    '24000.00',
    'M-PESA PAYBILL/GRACE KAWIRA/ids 2025 321',
    auto(['inv321'], 'reference', ['ref-lowercase', 'ref-spaces', 'mobile-money']),
    'mpesa',
  );
  line(
    'k06',
    '2026-01-07',
    '-15000.00',
    'M-PESA B2C/0712***330 KIMATHI',
    suggest(['kimP'], 'counterparty', ['surname-shared', 'mobile-money'], {
      mustNotAuto: true,
      decoy: {
        tempting: ['kimD'],
        why: 'two men surnamed Kimathi are owed 15,000.00 (Peter, offloading, 7 Jan: the right one by the casuals’ sheet; Daniel, lorry hire, 8 Jan, paid 2 Feb); the line names neither',
      },
    }),
    'mpesa',
  );
  line('k07', '2026-01-07', '-33.00', 'M-PESA B2C CHARGE', bankOnly('charge'), 'chg');
  line('k08', '2026-01-07', '-6.60', 'EXCISE DUTY ON CHARGES', bankOnly('tax'), 'chg');
  line(
    'k09',
    '2026-01-08',
    '56000.00',
    'CHQ DEPOSIT/MERU DAIRY FARMERS COOP/000873',
    auto(['inv322'], 'counterparty', ['name-only', 'cheque-deposit']),
    'chqdep',
  );
  line(
    'k10',
    '2026-01-09',
    '-45000.00',
    'TRANSFER TO FIXED DEPOSIT 0412-FD-0031',
    auto(['fd'], 'counterparty', ['own-account-transfer']),
    'ft',
  );
  line(
    'k11',
    '2026-01-12',
    '57000.00',
    'EFT/KENYA AGRICULTURAL AND LIVESTOCK RESEARCH ORG/IDS-2026-003',
    suggest(['inv003'], 'reference', ['ref-canonical', 'short-withholding-vat-2pct']),
    'eft',
  );
  line(
    'k12',
    '2026-01-13',
    '12000.00',
    'M-PESA PAYBILL/KIRIMI MUGAMBI/IDS/2026/005',
    auto(['inv005'], 'reference', ['ref-slashes', 'split-many-to-one', 'mobile-money'], { group: 'ke-g1' }),
    'mpesa',
  );
  line(
    'k13',
    '2026-01-14',
    '-18750.00',
    'KPLC PREPAID/MTR 37104455892',
    auto(['kplc'], 'counterparty', ['utility']),
    'ft',
  );
  line(
    'k14',
    '2026-01-15',
    '-60000.00',
    'PESALINK/KIMANI WELDING WORKS/CHAFF CUTTER FRAMES',
    reversal('k15'),
    'pesalink',
  );
  line('k15', '2026-01-15', '60000.00', 'PESALINK REVERSAL/INVALID BENEFICIARY ACCOUNT', reversal('k14'), 'pesalink');
  line('k16', '2026-01-15', '-55.00', 'PESALINK CHARGE', bankOnly('charge'), 'chg');
  line('k17', '2026-01-15', '-11.00', 'EXCISE DUTY ON CHARGES', bankOnly('tax'), 'chg');
  line(
    'k18',
    '2026-01-16',
    '-60000.00',
    'M-PESA B2B/KIMANI WELDING WORKS',
    auto(['kimani'], 'counterparty', ['name-only', 'resent-after-reversal', 'mobile-money']),
    'mpesa',
  );
  line(
    'k19',
    '2026-01-19',
    '-9800.00',
    'KRA PAYE DEC 2025/PRN 2026010412733',
    auto(['paye'], 'counterparty', ['statutory']),
    'ft',
  );
  line(
    'k20',
    '2026-01-19',
    '-3375.00',
    'SHA SHIF CONTRIBUTION DEC 2025',
    auto(['shif'], 'counterparty', ['statutory']),
    'ft',
  );
  line(
    'k21',
    '2026-01-21',
    '31500.00',
    'M-PESA PAYBILL/MUTHONI KARIUKI/IDS-2026-011',
    none('counterparty', ['decoy', 'contradicting-reference', 'mobile-money'], {
      decoy: {
        tempting: ['inv009'],
        why: 'pays invoice IDS-2026-011 (raised on the till, not yet in the books); the books’ row of the same customer for the same amount is IDS-2026-009, paid 3 Feb',
      },
    }),
    'mpesa',
  );
  line(
    'k22',
    '2026-01-22',
    '-4200.00',
    'POS/TOTALENERGIES MERU TOWN',
    auto(['fuel'], 'counterparty', ['pos-card']),
    'pos',
  );
  line(
    'k23',
    '2026-01-23',
    '15600.00',
    'M-PESA PAYBILL/JANE NKATHA/INV 2026 008',
    suggest(['inv008'], 'reference', ['ref-spaces', 'ref-other-prefix', 'over-payment', 'mobile-money']),
    'mpesa',
  );
  line(
    'k24',
    '2026-01-26',
    '8000.00',
    'M-PESA PAYBILL/0725***990/MILK',
    none('amount', ['unknown-deposit', 'mobile-money']),
    'mpesa',
  );
  line(
    'k25',
    '2026-01-27',
    '12000.00',
    'M-PESA PAYBILL/KIRIMI MUGAMBI/IDS2026005',
    auto(['inv005'], 'reference', ['ref-year-serial-joined', 'split-many-to-one', 'mobile-money'], { group: 'ke-g1' }),
    'mpesa',
  );
  line(
    'k26',
    '2026-01-27',
    '-6000.00',
    'CHQ PAID 000211',
    auto(['chq211'], 'reference', ['cheque-number', 'number-only']),
    'chq',
  );
  line(
    'k27',
    '2026-01-28',
    '-86400.00',
    'SALARY PROCESSING JAN 2026',
    auto(['sal1', 'sal2', 'sal3'], 'amount', ['payroll', 'split-one-to-many']),
    'ft',
  );
  line('k28', '2026-01-28', '-100.00', 'SALARY PROCESSING FEE', bankOnly('charge'), 'chg');
  line('k29', '2026-01-28', '-20.00', 'EXCISE DUTY ON CHARGES', bankOnly('tax'), 'chg');
  line(
    'k30',
    '2026-01-29',
    '21060.00',
    'M-PESA PAYBILL/ABOTHUGUCHI VET CENTRE/IDS-2026-010 LESS CN',
    auto(['inv010', 'cn002'], 'reference', ['ref-canonical', 'invoice-less-credit-note', 'mobile-money']),
    'mpesa',
  );
  line('k31', '2026-01-30', '-250.00', 'LEDGER FEE JAN 2026', bankOnly('charge'), 'chg');
  line('k32', '2026-01-30', '-50.00', 'EXCISE DUTY ON LEDGER FEE', bankOnly('tax'), 'chg');
  line('k33', '2026-01-30', '-30.00', 'SMS ALERTS JAN 2026', bankOnly('charge'), 'chg');

  // the Sacco's reference column: M-PESA receipt numbers for mobile money, its own ids for the rest
  const mpesa = () => `U${'ABCDEFGHJKLMNPQRSTUVWXYZ'[r.int(0, 23)]}${r.alnum(8)}`;
  for (const l of L) {
    const [y, m, d] = l.date.split('-');
    l.ref = {
      mpesa: mpesa(),
      rtgs: `RTGS${y}${m}${d}${r.digits(5)}`,
      pesalink: `PSL${r.digits(11)}`,
      eft: `EFT${y.slice(2)}${m}${d}${r.digits(6)}`,
      chqdep: '000873',
      chq: '000211',
      pos: `POS${r.digits(10)}`,
      ft: `FT${y.slice(2)}${m}${d}${r.alnum(6)}`,
      chg: `CHG${y.slice(2)}${m}${d}${r.digits(5)}`,
    }[l.kind];
  }
  // Spendee stamps each record with the time it was entered
  const times = new Map(
    book.map((x) => [x.key, `${String(r.int(7, 19)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:00`]),
  );

  return {
    set: 'ke-metropolitan-spendee',
    country: 'KE',
    currency: 'KES',
    timezone: 'Africa/Nairobi',
    period: { from: '2026-01-01', to: '2026-01-31' },
    bank: 'Metropolitan National Sacco Ltd (FOSA)',
    business:
      'an agro-dealer in Meru town (dairy meal, minerals, calf pellets, chaff cutters and milk cans sold to farmers, a dairy co-operative, a vet centre and a KALRO station, paid by M-PESA paybill to the Sacco account, cheque and EFT; feeds bought by RTGS, welders paid by Pesalink and M-PESA, KPLC prepaid, KRA PAYE and SHIF, three salaried staff)',
    weekdaysOnly: true,
    holidays: ['2026-01-01'],
    opening: '180000.00',
    book,
    lines: L,
    bankFile: {
      file: BANK_FILE,
      ledgerAccount: WALLET,
      readOptions: {
        mapping: {
          date: 'Posting Date',
          valueDate: 'Value Date',
          description: 'Transaction Details',
          reference: 'Reference No',
          moneyOut: 'Withdrawals',
          moneyIn: 'Deposits',
          balance: 'Running Balance',
        },
        dateOrder: 'DMY',
        currency: 'KES',
      },
    },
    ledgerFile: {
      file: BOOK_FILE,
      package: `Spendee (web app → Transactions → Export to CSV, wallet ${WALLET}, 29 Dec 2025 – 31 Jan 2026, records not yet ticked off)`,
      readOptions: {
        mapping: { date: 'Date', amount: 'Amount', description: ['Note', 'Category name'], account: 'Wallet' },
        currency: 'KES',
      },
    },
    writeBank(lines, spec) {
      const closing = lines.at(-1).balance;
      const rows = [
        ['METROPOLITAN NATIONAL SACCO LTD'],
        ['FOSA ACCOUNT STATEMENT'],
        ['Member No', 'M-0418822'],
        ['Account Name', 'IMENTI DAIRY SUPPLIES LTD'],
        ['Account No', '0412007736'],
        ['Product', 'FOSA BUSINESS CURRENT ACCOUNT'],
        ['Branch', 'MERU'],
        ['Period', `${dmy(spec.period.from)} - ${dmy(spec.period.to)}`],
        ['Currency', 'KES'],
        [],
        [
          'Posting Date',
          'Value Date',
          'Transaction Details',
          'Reference No',
          'Withdrawals',
          'Deposits',
          'Running Balance',
        ],
        [dmy(spec.period.from), dmy(spec.period.from), 'BALANCE B/F', '', '', '', grouped(minor(spec.opening))],
      ];
      const rowOf = {};
      for (const l of lines) {
        const a = minor(l.amount);
        rows.push([
          dmy(l.date),
          dmy(l.date),
          l.text,
          l.ref,
          a < 0 ? grouped(a) : '',
          a > 0 ? grouped(a) : '',
          grouped(l.balance),
        ]);
        rowOf[l.key] = rows.length;
      }
      const debits = lines.reduce((s, l) => s + Math.min(0, minor(l.amount)), 0);
      const credits = lines.reduce((s, l) => s + Math.max(0, minor(l.amount)), 0);
      rows.push(['', '', 'TOTAL', '', grouped(debits), grouped(credits), '']);
      rows.push(['', '', 'CLOSING BALANCE', '', '', '', grouped(closing)]);
      return {
        data: toCsv(rows, { eol: '\r\n', bom: true }),
        headerRow: 11,
        rowOf,
        json: (l) => ({ narration: l.text, reference: l.ref, counterparty: null }),
      };
    },
    writeBook(rows) {
      // Spendee lists the newest record first
      const sorted = [...rows].sort((a, b) => b.date.localeCompare(a.date) || b.key.localeCompare(a.key));
      const out = [['Date', 'Wallet', 'Type', 'Category name', 'Amount', 'Currency', 'Note', 'Labels', 'Author']];
      const rowOf = {};
      for (const x of sorted) {
        const a = minor(x.amount);
        out.push([
          `${x.date}T${times.get(x.key)}+03:00`,
          WALLET,
          x.category === 'Transfers' ? 'Transfer' : a < 0 ? 'Expense' : 'Income',
          x.category,
          String(a / 100),
          'KES',
          x.note,
          x.category === 'Sales' ? 'invoice' : '',
          'Esther Kagwiria',
        ]);
        rowOf[x.key] = out.length;
      }
      return {
        data: toCsv(out),
        headerRow: 1,
        rowOf,
        json: (x) => ({ reference: null, description: `${x.note} — ${x.category}`, party: null, account: WALLET }),
      };
    },
  };
}

function b(key, date, amount, category, note, only = null) {
  return { key, date, amount, category, note, only };
}
