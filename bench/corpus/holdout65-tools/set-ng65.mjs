// NG, November 2025: Adaeze Property Services Ltd, Lekki (facility management and service charges for estates and
// blocks of flats), with its collection account at Abbey Mortgage Bank PLC, against the books kept in Toshl Finance.
import { auto, bankOnly, dMonY, dmy, grouped, major, minor, none, reversal, suggest, toCsv } from './lib65.mjs';

const BANK_FILE = 'abbey-1100482917-nov2025.csv';
const BOOK_FILE = 'toshl-export-abbey-collections-nov2025.csv';
const ACCOUNT = 'Abbey Collections';

export default function ng(r) {
  const EMTL = 'ELECTRONIC MONEY TRANSFER LEVY';
  const NIPCHG = 'NIP CHARGE + VAT';
  const book = [
    // key, date, amount, category, tags, description; `only` = ledger-only, with why
    b(
      'inv301',
      '2025-10-06',
      '150000.00',
      'Service charges',
      'arrears',
      'Rent arrears — Oluwaseun Bakare — APS-2025-0301',
    ),
    b(
      'inv309',
      '2025-10-20',
      '450000.00',
      'Facility management',
      'government',
      'Lagos State Property Development Corporation — facility management October — APS-2025-0309',
    ),
    b(
      'inv311',
      '2025-10-28',
      '450000.00',
      'Service charges',
      'Q4',
      'Service charge Q4 2025 — Flat 3B, Funke Adeyemi — APS-2025-0311',
    ),
    b(
      'inv319',
      '2025-10-29',
      '400000.00',
      'Service charges',
      'Q4',
      'Service charge Q4 2025 — Flat 4A, Bola Hassan — APS-2025-0319',
    ),
    b(
      'inv314',
      '2025-10-30',
      '600000.00',
      'Service charges',
      'Q4',
      'Service charge Q4 2025 — Duplex 7, Chukwuemeka Obi — APS-2025-0314',
    ),
    b(
      'inv316',
      '2025-10-31',
      '700000.00',
      'Facility management',
      'estate',
      'Lekki Pearl Estate Residents Association — estate security November — APS-2025-0316',
    ),
    b(
      'inv317',
      '2025-10-31',
      '500000.00',
      'Facility management',
      'estate',
      'Lekki Pearl Estate Residents Association — common-area cleaning November — APS-2025-0317',
    ),
    b(
      'inv318',
      '2025-11-01',
      '500000.00',
      'Service charges',
      'Q4',
      'Service charge Q4 2025 — Flat 2A, Ibrahim Musa — APS-2025-0318',
      'invoiced 1 Nov; Ibrahim Musa paid on 4 Dec',
    ),
    b(
      'inv320',
      '2025-11-01',
      '500000.00',
      'Service charges',
      'Q4',
      'Service charge Q4 2025 — Flat 5C, Aisha Musa — APS-2025-0320',
    ),
    b(
      'inv322',
      '2025-11-03',
      '600000.00',
      'Service charges',
      'Q4',
      'Service charge Q4 2025 — Flat 1D, Temitope Alabi — APS-2025-0322',
    ),
    b(
      'plumb',
      '2025-11-04',
      '-185000.00',
      'Repairs',
      'contractors',
      'Adewale Plumbing Works — Block C borehole pump repair',
    ),
    b('opex', '2025-11-06', '-2000000.00', 'Transfers', 'internal', 'Transfer to Providus operating account'),
    b(
      'diesel',
      '2025-11-10',
      '-94050.00',
      'Fuel',
      'generator',
      'Diesel 99 litres for the estate generator — MRS Lekki Phase 1 (card)',
    ),
    b(
      'be409',
      '2025-11-12',
      '-350000.00',
      'Repairs',
      'contractors',
      'Babatunde Electricals — bill BE-0409 generator changeover switch, Block A',
      'bill entered 12 Nov from the electrician’s invoice; paid 3 Dec',
    ),
    b('sal1', '2025-11-13', '-1120000.00', 'Salaries', 'payroll', 'November salaries — facility staff (4)'),
    b('sal2', '2025-11-13', '-730000.00', 'Salaries', 'payroll', 'November salaries — office staff (2)'),
    b('lawma', '2025-11-17', '-48500.00', 'Utilities', 'waste', 'LAWMA PSP waste collection October'),
    b(
      'kayode',
      '2025-11-18',
      '-500000.00',
      'Repairs',
      'contractors',
      'Kayode Oyelaran — roofing mobilisation, Block B',
    ),
    b(
      'cn7',
      '2025-11-20',
      '-50000.00',
      'Service charges',
      'credit note',
      'Credit note CN-2025-007 — Bola Hassan, lift outage in October (against APS-2025-0319)',
    ),
    b('paye', '2025-11-21', '-211000.00', 'Taxes', 'PAYE', 'PAYE October 2025 — Lagos State Internal Revenue Service'),
    b(
      'insure',
      '2025-11-27',
      '-96000.00',
      'Insurance',
      'direct debit',
      'Building insurance instalment — direct debit due 28 Nov',
      'direct debit entered on its due date; the insurer took it on 1 Dec',
    ),
    b(
      'inv324',
      '2025-11-27',
      '750000.00',
      'Facility management',
      'estate',
      'Greenfield Estate Management Ltd — facility management December — APS-2025-0324',
      'December’s invoice, raised 27 Nov; paid 5 Dec',
    ),
    b('ekedc', '2025-11-28', '-12500.00', 'Utilities', 'power', 'EKEDC prepaid token — common-area meter'),
  ];
  const L = [];
  const line = (key, date, amount, text, d, kind = 'nip') => L.push({ key, date, amount, text, d, kind });
  line(
    'l01',
    '2025-11-03',
    '450000.00',
    'NIP/FRM FUNKE ADEYEMI/APS-2025-0311 SERVICE CHARGE',
    auto(['inv311'], 'reference', ['ref-canonical']),
  );
  line('l02', '2025-11-03', '-50.00', EMTL, bankOnly('levy'), 'chg');
  line(
    'l03',
    '2025-11-04',
    '-185000.00',
    'NIP TRF TO ADEWALE PLUMBING WORKS/BLOCK C PUMP REPAIR',
    auto(['plumb'], 'counterparty', ['name-only']),
  );
  line('l04', '2025-11-04', '-53.75', NIPCHG, bankOnly('charge'), 'chg');
  line(
    'l05',
    '2025-11-05',
    '300000.00',
    'NIP/FRM CHUKWUEMEKA OBI/aps 2025 0314 part',
    auto(['inv314'], 'reference', ['ref-lowercase', 'ref-spaces', 'split-many-to-one'], { group: 'ng-g1' }),
  );
  line('l06', '2025-11-05', '-50.00', EMTL, bankOnly('levy'), 'chg');
  line(
    'l07',
    '2025-11-06',
    '-2000000.00',
    'NIP TRF TO ADAEZE PROPERTY SERVICES LTD/TOP UP PROVIDUS OPEX',
    auto(['opex'], 'counterparty', ['own-account-transfer']),
  );
  line('l08', '2025-11-06', '-53.75', NIPCHG, bankOnly('charge'), 'chg');
  line(
    'l09',
    '2025-11-07',
    '1200000.00',
    'NIP/FRM LEKKI PEARL ESTATE RES ASSN/APS20250316 APS20250317',
    auto(['inv316', 'inv317'], 'reference', ['ref-year-serial-joined', 'split-one-to-many']),
  );
  line('l10', '2025-11-07', '-50.00', EMTL, bankOnly('levy'), 'chg');
  line(
    'l11',
    '2025-11-10',
    '-94050.00',
    'POS PURCHASE - MRS LEKKI PHASE 1 LA NG',
    auto(['diesel'], 'counterparty', ['pos-card']),
    'pos',
  );
  line(
    'l12',
    '2025-11-10',
    '427500.00',
    'NIP/FRM LAGOS STATE PROPERTY DEV CORP/APS-2025-0309 NET OF WHT',
    suggest(['inv309'], 'reference', ['ref-canonical', 'short-withholding-tax-5pct']),
  );
  line('l13', '2025-11-10', '-50.00', EMTL, bankOnly('levy'), 'chg');
  line(
    'l14',
    '2025-11-11',
    '-350000.00',
    'NIP TRF TO BABATUNDE ELECTRICALS/INV 0412 INVERTER INSTALL',
    none('counterparty', ['decoy', 'contradicting-reference'], {
      decoy: {
        tempting: ['be409'],
        why: 'pays the electrician’s invoice 0412 (inverter installation, not yet entered); the books’ row of the same electrician for the same amount is bill BE-0409, paid 3 Dec',
      },
    }),
  );
  line('l15', '2025-11-11', '-53.75', NIPCHG, bankOnly('charge'), 'chg');
  line(
    'l16',
    '2025-11-12',
    '500000.00',
    'NIP/FRM MUSA A/SERVICE CHARGE Q4',
    suggest(['inv320'], 'counterparty', ['name-only', 'surname-shared'], {
      decoy: {
        tempting: ['inv318'],
        why: 'two tenants surnamed Musa owe 500,000.00 each; the initial A is Aisha Musa (APS-2025-0320), not Ibrahim Musa (APS-2025-0318, paid 4 Dec)',
      },
    }),
  );
  line('l17', '2025-11-12', '-50.00', EMTL, bankOnly('levy'), 'chg');
  line(
    'l18',
    '2025-11-13',
    '-1850000.00',
    'BULK TRF/SALARY NOV 2025/6 BENEFICIARIES',
    auto(['sal1', 'sal2'], 'amount', ['payroll', 'split-one-to-many']),
    'bulk',
  );
  line('l19', '2025-11-13', '-322.50', 'BULK TRANSFER CHARGE + VAT', bankOnly('charge'), 'chg');
  line('l20', '2025-11-14', '150000.00', 'NIP/FRM OLUWASEUN BAKARE', auto(['inv301'], 'counterparty', ['name-only']));
  line('l21', '2025-11-14', '-50.00', EMTL, bankOnly('levy'), 'chg');
  line(
    'l22',
    '2025-11-17',
    '-48500.00',
    'NIP TRF TO LAWMA PSP/OCT WASTE BILL',
    auto(['lawma'], 'counterparty', ['name-only']),
  );
  line('l23', '2025-11-17', '-26.88', NIPCHG, bankOnly('charge'), 'chg');
  line('l24', '2025-11-18', '-500000.00', 'NIP TRF TO KAYODE OYELARAN/ROOF MOBILISATION', reversal('l25'));
  line(
    'l25',
    '2025-11-18',
    '500000.00',
    'REVERSAL/NIP TRF TO KAYODE OYELARAN/BENEFICIARY BANK NOT AVAILABLE',
    reversal('l24'),
    'rev',
  );
  line(
    'l26',
    '2025-11-19',
    '-500000.00',
    'NIP TRF TO KAYODE OYELARAN/ROOF MOBILISATION',
    auto(['kayode'], 'counterparty', ['name-only', 'resent-after-reversal']),
  );
  line('l27', '2025-11-19', '-53.75', NIPCHG, bankOnly('charge'), 'chg');
  line(
    'l28',
    '2025-11-20',
    '300000.00',
    'NIP/FRM CHUKWUEMEKA OBI/APS/2025/0314 BAL',
    auto(['inv314'], 'reference', ['ref-slashes', 'split-many-to-one'], { group: 'ng-g1' }),
  );
  line('l29', '2025-11-20', '-50.00', EMTL, bankOnly('levy'), 'chg');
  line(
    'l30',
    '2025-11-21',
    '-211000.00',
    'REMITA/LIRS PAYE OCT 2025/RRR 291344710826',
    auto(['paye'], 'counterparty', ['tax-authority']),
    'remita',
  );
  line(
    'l31',
    '2025-11-24',
    '620000.00',
    'NIP/FRM TEMITOPE ALABI/APS-2025-322',
    suggest(['inv322'], 'reference', ['ref-no-padding', 'over-payment']),
  );
  line('l32', '2025-11-24', '-50.00', EMTL, bankOnly('levy'), 'chg');
  line(
    'l33',
    '2025-11-25',
    '280000.00',
    'CASH DEPOSIT - LEKKI BRANCH/BY ADEOLA',
    none('amount', ['unknown-deposit']),
    'cash',
  );
  line(
    'l34',
    '2025-11-26',
    '350000.00',
    'NIP/FRM BOLA HASSAN/APS-2025-0319 LESS CN7',
    auto(['inv319', 'cn7'], 'reference', ['ref-canonical', 'invoice-less-credit-note']),
  );
  line('l35', '2025-11-26', '-50.00', EMTL, bankOnly('levy'), 'chg');
  line(
    'l36',
    '2025-11-27',
    '750000.00',
    'NIP/FRM GREENFIELD ESTATE MGT/CAUTION DEPOSIT GATEHOUSE KEYS',
    none('counterparty', ['decoy', 'deposit-not-invoice'], {
      decoy: {
        tempting: ['inv324'],
        why: 'a refundable caution deposit under the new contract, not yet recorded; the books’ row of the same client for the same amount is December’s invoice APS-2025-0324, paid 5 Dec',
      },
    }),
  );
  line('l37', '2025-11-27', '-50.00', EMTL, bankOnly('levy'), 'chg');
  line('l38', '2025-11-27', '-2150.00', 'SMS ALERT CHARGES NOV 2025', bankOnly('charge'), 'chg');
  line(
    'l39',
    '2025-11-28',
    '-12500.00',
    'NIP TRF TO EKEDC PREPAID/MTR 45021187734',
    auto(['ekedc'], 'counterparty', ['utility']),
  );
  line('l40', '2025-11-28', '-26.88', NIPCHG, bankOnly('charge'), 'chg');
  line('l41', '2025-11-28', '-1000.00', 'ACCOUNT MAINTENANCE FEE NOV 2025', bankOnly('charge'), 'chg');
  line('l42', '2025-11-28', '-75.00', 'VAT ON ACCOUNT MAINTENANCE FEE', bankOnly('fee-vat'), 'chg');

  // references as the bank writes them: a NIP session id for transfers, its own ids for the rest
  for (const l of L) {
    const [y, m, d] = l.date.split('-');
    const stamp = `${y.slice(2)}${m}${d}${String(r.int(8, 16)).padStart(2, '0')}${r.digits(4)}`;
    l.ref = {
      nip: `100024${stamp}${r.digits(12)}`,
      rev: `RVSL${r.digits(10)}`,
      chg: `CHG${y.slice(2)}${m}${d}${r.digits(6)}`,
      pos: `POS${r.digits(12)}`,
      bulk: `BLK${y.slice(2)}${m}${d}${r.digits(6)}`,
      remita: `RRR291344710826`,
      cash: `CSH${r.digits(9)}`,
    }[l.kind];
  }

  return {
    set: 'ng-abbey-toshl',
    country: 'NG',
    currency: 'NGN',
    timezone: 'Africa/Lagos',
    period: { from: '2025-11-01', to: '2025-11-30' },
    bank: 'Abbey Mortgage Bank PLC',
    business:
      'a facility-management firm in Lekki, Lagos (service charges for blocks of flats and estates, an estate residents’ association and a state property corporation as clients; plumbers, electricians and roofers paid by NIP; diesel by card, LAWMA, EKEDC prepaid, PAYE by Remita; six staff)',
    weekdaysOnly: true,
    holidays: [],
    opening: '2650000.00',
    book,
    lines: L,
    bankFile: { file: BANK_FILE, ledgerAccount: ACCOUNT, readOptions: {} },
    ledgerFile: {
      file: BOOK_FILE,
      package: `Toshl Finance (Export → CSV of the account ${ACCOUNT}, 1 Oct – 30 Nov 2025, expenses and incomes)`,
      readOptions: {
        mapping: {
          date: 'Date',
          moneyIn: 'Income amount',
          moneyOut: 'Expense amount',
          description: ['Description', 'Category'],
          account: 'Account',
        },
        dateOrder: 'DMY',
        currency: 'NGN',
      },
    },
    writeBank(lines, spec) {
      const closing = lines.at(-1).balance;
      const rows = [
        ['ABBEY MORTGAGE BANK PLC'],
        ['STATEMENT OF ACCOUNT'],
        ['Account Name', 'ADAEZE PROPERTY SERVICES LIMITED'],
        ['Account Number', '1100482917'],
        ['Account Type', 'CORPORATE CURRENT ACCOUNT'],
        ['Currency', 'NGN'],
        ['Period', `${dMonY(spec.period.from)} to ${dMonY(spec.period.to)}`],
        ['Opening Balance', grouped(minor(spec.opening))],
        ['Closing Balance', grouped(closing)],
        [],
        ['Trans Date', 'Value Date', 'Reference', 'Narration', 'Debit', 'Credit', 'Balance'],
        [dMonY(spec.period.from), dMonY(spec.period.from), '', 'Opening Balance', '', '', grouped(minor(spec.opening))],
      ];
      const headerRow = 11;
      const rowOf = {};
      for (const l of lines) {
        const a = minor(l.amount);
        rows.push([
          dMonY(l.date),
          dMonY(l.date),
          l.ref,
          l.text,
          a < 0 ? grouped(a) : '',
          a > 0 ? grouped(a) : '',
          grouped(l.balance),
        ]);
        rowOf[l.key] = rows.length;
      }
      const debits = lines.reduce((s, l) => s + Math.min(0, minor(l.amount)), 0);
      const credits = lines.reduce((s, l) => s + Math.max(0, minor(l.amount)), 0);
      rows.push(['', '', '', 'Total', grouped(debits), grouped(credits), '']);
      rows.push([dMonY(spec.period.to), dMonY(spec.period.to), '', 'Closing Balance', '', '', grouped(closing)]);
      rows.push([]);
      rows.push(['This statement is computer generated. Please report any discrepancy within 15 days.']);
      return {
        data: toCsv(rows, { eol: '\r\n' }),
        headerRow,
        rowOf,
        json: (l) => ({ narration: l.text, reference: l.ref, counterparty: null }),
      };
    },
    writeBook(rows) {
      // Toshl writes newest first
      const sorted = [...rows].sort((a, b) => b.date.localeCompare(a.date) || a.key.localeCompare(b.key));
      const out = [
        [
          'Date',
          'Account',
          'Category',
          'Tags',
          'Expense amount',
          'Income amount',
          'Currency',
          'In main currency',
          'Main currency',
          'Description',
        ],
      ];
      const rowOf = {};
      for (const x of sorted) {
        const a = minor(x.amount);
        out.push([
          dmy(x.date),
          ACCOUNT,
          x.category,
          x.tags,
          a < 0 ? major(-a) : '0',
          a > 0 ? major(a) : '0',
          'NGN',
          major(Math.abs(a)),
          'NGN',
          x.description,
        ]);
        rowOf[x.key] = out.length;
      }
      return {
        data: toCsv(out, { quoteAll: true }),
        headerRow: 1,
        rowOf,
        json: (x) => ({
          reference: null,
          description: `${x.description} — ${x.category}`,
          party: null,
          account: ACCOUNT,
        }),
      };
    },
  };
}

function b(key, date, amount, category, tags, description, only = null) {
  return { key, date, amount, category, tags, description, only };
}
