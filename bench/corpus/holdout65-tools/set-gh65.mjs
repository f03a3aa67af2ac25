// GH, October 2025: Kyebi Agro-Processing Enterprise (palm oil and gari), Kyebi, Eastern Region, with its current
// account at Kwamanman Rural Bank PLC (Excel statement), against the books kept in Goodbudget (CSV export).
import { auto, bankOnly, dmy, grouped, major, mdy, minor, none, reversal, suggest, toCsv, toXlsx } from './lib65.mjs';

const BANK_FILE = 'kwamanman-0201004471802-oct2025.xlsx';
const BOOK_FILE = 'goodbudget-history-kwamanman-current-oct2025.csv';
const ACCOUNT = 'Kwamanman RB Current';

export default function gh(r) {
  const book = [
    b(
      'inv236',
      '2025-09-26',
      '15000.00',
      'Sales',
      'Ghana Education Service – Abuakwa South',
      'KAP-0236 gari for school feeding, 50 bags',
    ),
    b('inv241', '2025-09-29', '6500.00', 'Sales', 'Ama Serwaa Trading', 'KAP-0241 gari 20 bags'),
    b('inv245', '2025-09-30', '18400.00', 'Sales', 'Asante Oil Millers Ltd', 'KAP-0245 crude palm oil 8 drums'),
    b('inv246', '2025-09-30', '9000.00', 'Sales', 'Bryan Foods Ltd', 'KAP-0246 palm oil 4 drums'),
    b('chq412', '2025-10-01', '-12000.00', 'Raw materials', 'Kofi Boateng', 'Chq 412 palm fruit bunches'),
    b('inv248', '2025-10-02', '9750.00', 'Sales', 'Nana Akua Foods', 'KAP-0248 gari 30 bags'),
    b(
      'momo1',
      '2025-10-03',
      '-4000.00',
      'Account Transfer',
      'MoMo merchant wallet',
      'Float to the MoMo merchant wallet',
    ),
    b(
      'inv249',
      '2025-10-03',
      '17500.00',
      'Sales',
      'Koforidua Central Market Traders Union',
      'KAP-0249 palm oil 7 drums',
    ),
    b('inv250', '2025-10-06', '14500.00', 'Sales', 'Koforidua Central Market Traders Union', 'KAP-0250 gari 45 bags'),
    b('ecg', '2025-10-07', '-3420.00', 'Utilities', 'ECG', 'Prepaid power, mill meter'),
    b('yaw', '2025-10-09', '-1800.00', 'Transport', 'Yaw Owusu', 'Fruit haulage from Apedwa, 3 trips'),
    b(
      'kwame',
      '2025-10-09',
      '-1800.00',
      'Wages',
      'Kwame Owusu',
      'Casual labour, pressing week 2',
      'paid in cash from the till; entered against the bank account by mistake',
    ),
    b(
      'chq413',
      '2025-10-09',
      '-25000.00',
      'Raw materials',
      'Okyeman Palm Fruit Growers Co-op',
      'Chq 413 palm fruit, September balance',
    ),
    b('ssnit', '2025-10-14', '-2860.00', 'Statutory', 'SSNIT', 'Contributions September 2025'),
    b('gra', '2025-10-14', '-1240.00', 'Statutory', 'GRA', 'PAYE September 2025'),
    b(
      'momo2',
      '2025-10-15',
      '5000.00',
      'Account Transfer',
      'MoMo merchant wallet',
      'Sweep from the MoMo merchant wallet',
    ),
    b('addo', '2025-10-16', '-8000.00', 'Transport', 'Addo Transport', 'Haulage of 12 drums to Kumasi'),
    b('inv251', '2025-10-17', '14400.00', 'Sales', 'Abena Koranteng', 'KAP-0251 palm oil 6 drums'),
    b('inv254', '2025-10-20', '5000.00', 'Sales', 'Akosua Darko', 'KAP-0254 gari 15 bags'),
    b('kpl', '2025-10-21', '-6450.00', 'Packaging', 'Kumasi Packaging Ltd', 'Bill KPL-7781 jerrycans 200'),
    b('sal1', '2025-10-24', '-2600.00', 'Wages', 'Kwasi Amoako', 'October salary, mill supervisor'),
    b('sal2', '2025-10-24', '-2100.00', 'Wages', 'Adwoa Asantewaa', 'October salary, stores'),
    b('sal3', '2025-10-24', '-2100.00', 'Wages', 'Yaw Frimpong', 'October salary, sales'),
    b(
      'cn012',
      '2025-10-27',
      '-900.00',
      'Sales',
      'Bryan Foods Ltd',
      'CN-012 credit note, one drum short-filled (against KAP-0246)',
    ),
    b(
      'chq415',
      '2025-10-29',
      '-9500.00',
      'Repairs',
      'Apedwa Fabricators',
      'Chq 415 screw press repair',
      'cheque written 29 Oct, not yet presented',
    ),
    b(
      'inv252',
      '2025-10-30',
      '20000.00',
      'Sales',
      'Kwaku Mensah',
      'KAP-0252 palm oil 10 drums',
      'entered 30 Oct from the order; Kwaku Mensah paid it on 4 Nov',
    ),
    b('fuel', '2025-10-31', '-2150.00', 'Fuel', 'Star Oil Kyebi', 'Diesel for the mill'),
  ];
  const L = [];
  const line = (key, date, amount, text, d, chq = '') => L.push({ key, date, amount, text, d, chq });
  line(
    'g01',
    '2025-10-01',
    '18400.00',
    'GIP CR/ASANTE OIL MILLERS LTD/KAP-0245',
    auto(['inv245'], 'reference', ['ref-canonical']),
  );
  line(
    'g02',
    '2025-10-02',
    '6500.00',
    'CASH DEPOSIT BY AMA SERWAA',
    auto(['inv241'], 'counterparty', ['name-only', 'cash-deposit']),
  );
  line(
    'g03',
    '2025-10-02',
    '-12000.00',
    'CHQ PAID/KOFI BOATENG',
    auto(['chq412'], 'reference', ['cheque-number']),
    '000412',
  );
  line(
    'g04',
    '2025-10-03',
    '-4000.00',
    'BANK TO WALLET 024XXXX551 KYEBI AGRO',
    auto(['momo1'], 'counterparty', ['own-account-transfer', 'mobile-money']),
  );
  line('g05', '2025-10-03', '-10.00', 'BANK TO WALLET CHARGE', bankOnly('charge'));
  line(
    'g06',
    '2025-10-06',
    '9750.00',
    'GIP CR/NANA AKUA FOODS/kap 248',
    auto(['inv248'], 'reference', ['ref-lowercase', 'ref-spaces', 'ref-no-padding']),
  );
  line(
    'g07',
    '2025-10-07',
    '-3420.00',
    'ECG POWERAPP PREPAID/P0123 4567 890',
    auto(['ecg'], 'counterparty', ['utility']),
  );
  line(
    'g08',
    '2025-10-07',
    '14550.00',
    'ACH CR/GES ABUAKWA SOUTH/KAP-0236 LESS 3% WHT',
    suggest(['inv236'], 'reference', ['ref-canonical', 'short-withholding-tax-3pct']),
  );
  line(
    'g09',
    '2025-10-09',
    '-1800.00',
    'BANK TO WALLET 055XXXX218 OWUSU',
    suggest(['yaw'], 'counterparty', ['surname-shared', 'mobile-money'], {
      mustNotAuto: true,
      decoy: {
        tempting: ['kwame'],
        why: 'two rows of 1,800.00 on 9 Oct for men surnamed Owusu (Yaw, the haulier: the right one by the voucher; Kwame, casual labour paid in cash and entered here by mistake); the line names neither',
      },
    }),
  );
  line('g10', '2025-10-09', '-10.00', 'BANK TO WALLET CHARGE', bankOnly('charge'));
  line(
    'g11',
    '2025-10-10',
    '-25000.00',
    'CHQ PAID',
    auto(['chq413'], 'reference', ['cheque-number', 'number-only']),
    '000413',
  );
  line(
    'g12',
    '2025-10-13',
    '32000.00',
    'GIP CR/KOF CENTRAL MKT TRADERS/KAP0249 KAP0250',
    auto(['inv249', 'inv250'], 'reference', ['ref-no-separator', 'split-one-to-many']),
  );
  line('g13', '2025-10-14', '-2860.00', 'SSNIT CONTRIBUTION SEP 2025', auto(['ssnit'], 'counterparty', ['statutory']));
  line('g14', '2025-10-14', '-1240.00', 'GRA PAYE SEP 2025', auto(['gra'], 'counterparty', ['statutory']));
  line(
    'g15',
    '2025-10-15',
    '5000.00',
    'MOMO TO BANK 024XXXX551 KYEBI AGRO',
    auto(['momo2'], 'counterparty', ['own-account-transfer', 'mobile-money']),
  );
  line('g16', '2025-10-16', '-8000.00', 'GIP DR/ADDO TRANSPORT/HAULAGE KUMASI', reversal('g17'));
  line('g17', '2025-10-16', '8000.00', 'GIP REVERSAL/ADDO TRANSPORT/INVALID ACCOUNT', reversal('g16'));
  line(
    'g18',
    '2025-10-17',
    '-8000.00',
    'CHQ PAID/ADDO TRANSPORT',
    auto(['addo'], 'counterparty', ['name-only', 'resent-after-reversal']),
    '000414',
  );
  line(
    'g19',
    '2025-10-20',
    '7200.00',
    'CASH DEPOSIT BY ABENA KORANTENG/KAP 0251 PART',
    suggest(['inv251'], 'reference', ['ref-spaces', 'part-payment']),
  );
  line(
    'g20',
    '2025-10-21',
    '5500.00',
    'CASH DEPOSIT BY AKOSUA DARKO/KAP/0254',
    suggest(['inv254'], 'reference', ['ref-slashes', 'over-payment']),
  );
  line(
    'g21',
    '2025-10-22',
    '-6450.00',
    'GIP DR/KUMASI PACKAGING LTD/INV KPL-7781',
    auto(['kpl'], 'reference', ['ref-canonical']),
  );
  line('g22', '2025-10-22', '-5.00', 'GIP CHARGE', bankOnly('charge'));
  line(
    'g23',
    '2025-10-23',
    '3600.00',
    'MOMO TO BANK 020XXXX990 EFUA ANSAH',
    none('counterparty', ['unknown-deposit', 'mobile-money']),
  );
  line(
    'g24',
    '2025-10-24',
    '-6800.00',
    'SALARY TRANSFER OCT 2025 (3 STAFF)',
    auto(['sal1', 'sal2', 'sal3'], 'amount', ['payroll', 'split-one-to-many']),
  );
  line('g25', '2025-10-27', '-35.00', 'SMS ALERT CHARGES', bankOnly('charge'));
  line(
    'g26',
    '2025-10-28',
    '20000.00',
    'CASH DEPOSIT BY KWAKU MENSAH/KAP-0255',
    none('counterparty', ['decoy', 'contradicting-reference'], {
      decoy: {
        tempting: ['inv252'],
        why: 'pays invoice KAP-0255 (not yet entered); the books’ row of the same customer for the same amount is KAP-0252, paid 4 Nov',
      },
    }),
  );
  line(
    'g27',
    '2025-10-29',
    '8100.00',
    'GIP CR/BRYAN FOODS LTD/KAP-0246 LESS CN-012',
    auto(['inv246', 'cn012'], 'reference', ['ref-canonical', 'invoice-less-credit-note']),
  );
  line('g28', '2025-10-30', '-150.00', 'COMMISSION ON TURNOVER', bankOnly('charge'));
  line('g29', '2025-10-31', '-2150.00', 'POS PURCHASE STAR OIL KYEBI', auto(['fuel'], 'counterparty', ['pos-card']));
  line('g30', '2025-10-31', '-20.00', 'ACCOUNT MAINTENANCE FEE', bankOnly('charge'));
  // the bank's own transaction numbers are not on this statement; the draw keeps the seed's stream per set
  r.next();

  return {
    set: 'gh-kwamanman-goodbudget',
    country: 'GH',
    currency: 'GHS',
    timezone: 'Africa/Accra',
    period: { from: '2025-10-01', to: '2025-10-31' },
    bank: 'Kwamanman Rural Bank PLC',
    business:
      'a palm-oil and gari processor at Kyebi, Abuakwa South (palm oil and gari sold to millers, food companies, market traders and the Ghana Education Service’s school feeding; palm fruit bought by cheque, haulage by MoMo and cheque, a MoMo merchant wallet, ECG prepaid, SSNIT and GRA PAYE, three salaried staff)',
    weekdaysOnly: true,
    holidays: [],
    opening: '9800.00',
    book,
    lines: L,
    bankFile: {
      file: BANK_FILE,
      ledgerAccount: ACCOUNT,
      readOptions: {
        mapping: {
          date: 'Trans. Date',
          valueDate: 'Value Date',
          description: 'Particulars',
          reference: 'Chq No.',
          moneyOut: 'Debit',
          moneyIn: 'Credit',
          balance: 'Balance',
        },
        currency: 'GHS',
      },
    },
    ledgerFile: {
      file: BOOK_FILE,
      package: `Goodbudget (Account → ${ACCOUNT} → Export history to CSV, transactions since 26 Sep 2025 not yet cleared)`,
      readOptions: {
        mapping: {
          date: 'Date',
          amount: 'Amount',
          description: ['Notes', 'Envelope'],
          party: 'Name',
          account: 'Account',
        },
        dateOrder: 'MDY',
        currency: 'GHS',
      },
    },
    writeBank(lines, spec) {
      const closing = lines.at(-1).balance;
      const rows = [
        ['KWAMANMAN RURAL BANK PLC'],
        ['Head Office, Kyebi – Eastern Region'],
        ['CUSTOMER ACCOUNT STATEMENT'],
        [],
        ['Account Name:', 'KYEBI AGRO-PROCESSING ENTERPRISE'],
        ['Account Number:', '0201004471802'],
        ['Branch:', 'KYEBI'],
        ['Currency:', 'GHS'],
        ['Statement Period:', `${dmy(spec.period.from)} TO ${dmy(spec.period.to)}`],
        [],
        ['Trans. Date', 'Value Date', 'Particulars', 'Chq No.', 'Debit', 'Credit', 'Balance'],
        ['', '', 'BALANCE B/F', '', '', '', { n: minor(spec.opening) / 100 }],
      ];
      const headerRow = 11;
      const rowOf = {};
      for (const l of lines) {
        const a = minor(l.amount);
        rows.push([
          { date: l.date },
          { date: l.date },
          l.text,
          l.chq,
          a < 0 ? { n: -a / 100 } : '',
          a > 0 ? { n: a / 100 } : '',
          { n: l.balance / 100 },
        ]);
        rowOf[l.key] = rows.length;
      }
      const debits = -lines.reduce((s, l) => s + Math.min(0, minor(l.amount)), 0);
      const credits = lines.reduce((s, l) => s + Math.max(0, minor(l.amount)), 0);
      rows.push(['', '', 'TOTALS', '', { n: debits / 100 }, { n: credits / 100 }, '']);
      rows.push(['', '', 'BALANCE C/F', '', '', '', { n: closing / 100 }]);
      rows.push([]);
      rows.push(['Kindly examine this statement and report any error to the bank within 14 days.']);
      return {
        data: toXlsx(rows, 'Statement', { widths: [12, 12, 48, 10, 14, 14, 14] }),
        headerRow,
        rowOf,
        json: (l) => ({ narration: l.text, reference: l.chq || null, counterparty: null }),
      };
    },
    writeBook(rows) {
      const sorted = [...rows].sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key));
      const out = [['Date', 'Envelope', 'Account', 'Name', 'Notes', 'Amount', 'Status', 'Details']];
      const rowOf = {};
      for (const x of sorted) {
        const a = minor(x.amount);
        out.push([mdy(x.date), x.envelope, ACCOUNT, x.name, x.notes, `${a < 0 ? '-' : ''}${grouped(a)}`, '', '']);
        rowOf[x.key] = out.length;
      }
      return {
        data: toCsv(out),
        headerRow: 1,
        rowOf,
        json: (x) => ({ reference: null, description: `${x.notes} — ${x.envelope}`, party: x.name, account: ACCOUNT }),
      };
    },
  };
}

function b(key, date, amount, envelope, name, notes, only = null) {
  return { key, date, amount: major(minor(amount)), envelope, name, notes, only };
}
