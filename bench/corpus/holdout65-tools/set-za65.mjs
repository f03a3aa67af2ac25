// ZA, September 2025: Blom & Vine Florists (Pty) Ltd, Stellenbosch (wedding, funeral and corporate flowers, paid
// through PayFast payment links), with its PayFast merchant account, against the books kept in a Tiller spreadsheet.
import { auto, bankOnly, major, mdyShort, minor, none, reversal, suggest, toCsv } from './lib65.mjs';

const BANK_FILE = 'payfast-10041875-transactions-sep2025.csv';
const BOOK_FILE = 'tiller-transactions-payfast-sep2025.csv';
const ACCOUNT = 'PayFast Merchant';

// PayFast's fees as charged on the row, VAT included: cards, SnapScan and Mobicred 3.2% + R2.00, Instant EFT 2%
// (at least R2.00), a payout R8.70
const FEE = {
  'Credit card': (g) => Math.round((g * 0.032 + 200) * 1.15),
  SnapScan: (g) => Math.round((g * 0.032 + 200) * 1.15),
  Mobicred: (g) => Math.round((g * 0.032 + 200) * 1.15),
  'Instant EFT': (g) => Math.round(Math.max(200, g * 0.02) * 1.15),
  payout: () => 870,
};

export default function za(r) {
  const book = [
    b(
      'bv512',
      '2025-08-28',
      '3450.00',
      'Lize van der Merwe',
      'Invoice BV-0512 bridal bouquet and buttonholes',
      'Sales',
    ),
    b('bv514', '2025-08-30', '1200.00', 'Pieter Jacobs', 'Invoice BV-0514 anniversary arrangement', 'Sales'),
    b('bv515', '2025-09-02', '5300.00', 'Naledi Dube', 'Invoice BV-0515 wedding florals, 50% deposit', 'Sales'),
    b('bv516', '2025-09-02', '3500.00', 'Naledi Dube', 'Invoice BV-0516 table centrepieces', 'Sales'),
    b('pay1', '2025-09-03', '-10000.00', 'Transfer to FNB Business Cheque', 'PayFast payout', 'Transfer'),
    b('bv517', '2025-09-04', '2250.00', 'Thandi Mokoena', 'Invoice BV-0517 wreath and casket spray', 'Sales'),
    b(
      'bv519',
      '2025-09-05',
      '1850.00',
      'Johan Botha',
      'Invoice BV-0519 office reception flowers, September',
      'Sales',
      'invoiced 5 Sep for the month; Johan Botha paid it on 3 Oct',
    ),
    b(
      'cn014',
      '2025-09-08',
      '-650.00',
      'Marelize Fourie',
      'Refund, credit note CN-014 on BV-0509 (wilted peonies)',
      'Refunds',
    ),
    b('bv518', '2025-09-08', '8000.00', 'Ingrid Steyn', 'Invoice BV-0518 wedding florals, Lanzerac 27 Sept', 'Sales'),
    b('bv520', '2025-09-11', '980.00', 'Ayesha Patel', 'Invoice BV-0520 birthday bouquet', 'Sales'),
    b('pay2', '2025-09-12', '-8000.00', 'Transfer to FNB Business Cheque', 'PayFast payout', 'Transfer'),
    b('bv521', '2025-09-12', '2700.00', 'Sunita Naidoo', 'Invoice BV-0521 engagement party arch', 'Sales'),
    b(
      'bv522',
      '2025-09-12',
      '2700.00',
      'Suresh Naidoo',
      'Invoice BV-0522 restaurant weekly flowers, September',
      'Sales',
      'invoiced 12 Sep for the month; Suresh Naidoo paid it on 6 Oct',
    ),
    b('pay3', '2025-09-15', '-6000.00', 'Transfer to FNB Business Cheque', 'PayFast payout', 'Transfer'),
    b('bv523', '2025-09-15', '5000.00', 'Winelands Wedding Co.', 'Invoice BV-0523 ceremony florals', 'Sales'),
    b('bv525', '2025-09-16', '1300.00', 'Kelly Adams', 'Invoice BV-0525 baby shower flowers', 'Sales'),
    b('cn015', '2025-09-17', '-136.00', 'Kelly Adams', 'Credit note CN-015 on BV-0525 (vase not supplied)', 'Sales'),
    b('bv526', '2025-09-19', '3100.00', 'Mandla Khumalo', 'Invoice BV-0526 memorial service flowers', 'Sales'),
    b('pay4', '2025-09-23', '-7500.00', 'Transfer to FNB Business Cheque', 'PayFast payout', 'Transfer'),
    b('bv527', '2025-09-25', '2300.00', 'Chanel Petersen', 'Invoice BV-0527 matric dance corsages', 'Sales'),
    b(
      'bv528',
      '2025-09-26',
      '1750.00',
      'Stellenbosch University',
      'Invoice BV-0528 concert stage flowers, PO 4500123987',
      'Sales',
    ),
    b('pay5', '2025-09-30', '-5000.00', 'Transfer to FNB Business Cheque', 'PayFast payout', 'Transfer'),
  ];
  const L = [];
  // type, funding, gross (signed, major), fee rule, payment id typed on the link, buyer's name, item text
  const pay = (key, date, gross, funding, mid, name, item, d) =>
    L.push({
      key,
      date,
      type: 'FUNDS_RECEIVED',
      sign: 'CREDIT',
      party: 'Buyer',
      funding,
      gross,
      fee: FEE[funding](minor(gross)),
      mid,
      name,
      item,
      d,
    });
  const out = (key, date, type, gross, fee, mid, name, item, d) =>
    L.push({
      key,
      date,
      type,
      sign: minor(gross) - fee < 0 ? 'DEBIT' : 'CREDIT',
      party: type.startsWith('PAYOUT') ? 'Bank' : 'Buyer',
      funding: '',
      gross,
      fee,
      mid,
      name,
      item,
      d,
    });
  pay(
    'z01',
    '2025-09-01',
    '3450.00',
    'Credit card',
    'BV-0512',
    'Lize van der Merwe',
    'Invoice BV-0512',
    auto(['bv512'], 'reference', ['ref-canonical', 'fee-on-row', 'card']),
  );
  pay(
    'z02',
    '2025-09-02',
    '1200.00',
    'Instant EFT',
    'bv-514',
    'Pieter Jacobs',
    'Flowers',
    auto(['bv514'], 'reference', ['ref-lowercase', 'ref-no-padding', 'fee-on-row']),
  );
  out(
    'z03',
    '2025-09-03',
    'PAYOUT',
    '-10000.00',
    FEE.payout(),
    '',
    'FNB ****3321',
    'Payout to bank account',
    auto(['pay1'], 'counterparty', ['own-account-transfer', 'fee-on-row']),
  );
  pay(
    'z04',
    '2025-09-05',
    '8800.00',
    'Credit card',
    'BV 0515 BV 0516',
    'Naledi Dube',
    'Wedding flowers',
    auto(['bv515', 'bv516'], 'reference', ['ref-spaces', 'split-one-to-many', 'fee-on-row', 'card']),
  );
  pay(
    'z05',
    '2025-09-06',
    '2250.00',
    'SnapScan',
    '',
    'Thandi Mokoena',
    'Flowers',
    auto(['bv517'], 'counterparty', ['name-only', 'fee-on-row']),
  );
  pay(
    'z06',
    '2025-09-07',
    '1850.00',
    'Credit card',
    'BV-0524',
    'Johan Botha',
    'Invoice BV-0524',
    none('counterparty', ['decoy', 'contradicting-reference', 'card'], {
      decoy: {
        tempting: ['bv519'],
        why: 'pays invoice BV-0524 (a private order, not yet entered); the books’ row of the same client for the same amount is BV-0519, his office’s September flowers, paid 3 Oct',
      },
    }),
  );
  out(
    'z07',
    '2025-09-09',
    'REFUND',
    '-650.00',
    0,
    'BV-0509',
    'Marelize Fourie',
    'Refund',
    auto(['cn014'], 'reference', ['ref-canonical', 'refund']),
  );
  pay(
    'z08',
    '2025-09-10',
    '4000.00',
    'Instant EFT',
    'BV0518 DEPOSIT',
    'Ingrid Steyn',
    'Wedding deposit',
    auto(['bv518'], 'reference', ['ref-no-separator', 'split-many-to-one', 'fee-on-row'], { group: 'za-g1' }),
  );
  out(
    'z09',
    '2025-09-12',
    'PAYOUT',
    '-8000.00',
    FEE.payout(),
    '',
    'FNB ****3321',
    'Payout to bank account',
    auto(['pay2'], 'counterparty', ['own-account-transfer', 'fee-on-row']),
  );
  pay(
    'z10',
    '2025-09-13',
    '980.00',
    'Credit card',
    'bv-0520',
    'Ayesha Patel',
    'Birthday bouquet',
    auto(['bv520'], 'reference', ['ref-lowercase', 'fee-on-row', 'card']),
  );
  pay(
    'z11',
    '2025-09-14',
    '2700.00',
    'Credit card',
    '',
    'S Naidoo',
    'Flowers',
    suggest(['bv521'], 'counterparty', ['surname-shared', 'initial-only', 'fee-on-row', 'card'], {
      mustNotAuto: true,
      decoy: {
        tempting: ['bv522'],
        why: 'Sunita and Suresh Naidoo each owe 2,700.00 (BV-0521, the right one by the payment link sent; BV-0522, paid 6 Oct); "S Naidoo" fits both',
      },
    }),
  );
  out(
    'z12',
    '2025-09-15',
    'PAYOUT',
    '-6000.00',
    FEE.payout(),
    '',
    'NEDBANK ****7710',
    'Payout to bank account',
    reversal('z13'),
  );
  out(
    'z13',
    '2025-09-15',
    'PAYOUT_RETURNED',
    '6008.70',
    0,
    '',
    'NEDBANK ****7710',
    'Payout returned: account closed',
    reversal('z12'),
  );
  out(
    'z14',
    '2025-09-16',
    'PAYOUT',
    '-6000.00',
    FEE.payout(),
    '',
    'FNB ****3321',
    'Payout to bank account',
    auto(['pay3'], 'counterparty', ['own-account-transfer', 'resent-after-reversal', 'fee-on-row']),
  );
  pay(
    'z15',
    '2025-09-17',
    '5150.00',
    'Credit card',
    'BV-0523',
    'Winelands Wedding Co',
    'Invoice BV-0523',
    suggest(['bv523'], 'reference', ['ref-canonical', 'over-payment', 'fee-on-row', 'card']),
  );
  pay(
    'z16',
    '2025-09-18',
    '1164.00',
    'Instant EFT',
    'BV-0525 less CN-015',
    'Kelly Adams',
    'Baby shower',
    auto(['bv525', 'cn015'], 'reference', ['ref-canonical', 'invoice-less-credit-note', 'fee-on-row']),
  );
  pay('z17', '2025-09-20', '640.00', 'Credit card', '', '', 'Flowers', none('amount', ['unknown-receipt', 'card']));
  pay(
    'z18',
    '2025-09-21',
    '3100.00',
    'Mobicred',
    'BV-0526',
    'Mandla Khumalo',
    'Memorial flowers',
    auto(['bv526'], 'reference', ['ref-canonical', 'fee-on-row']),
  );
  out(
    'z19',
    '2025-09-23',
    'PAYOUT',
    '-7500.00',
    FEE.payout(),
    '',
    'FNB ****3321',
    'Payout to bank account',
    auto(['pay4'], 'counterparty', ['own-account-transfer', 'fee-on-row']),
  );
  pay(
    'z20',
    '2025-09-25',
    '4000.00',
    'Instant EFT',
    'BV/0518 balance',
    'Ingrid Steyn',
    'Wedding balance',
    auto(['bv518'], 'reference', ['ref-slashes', 'split-many-to-one', 'fee-on-row'], { group: 'za-g1' }),
  );
  out(
    'z21',
    '2025-09-26',
    'CHARGEBACK',
    '-1200.00',
    0,
    'BV-0497',
    'Ruan Visser',
    'Chargeback: cardholder dispute',
    none('reference', ['chargeback-unrecorded']),
  );
  out('z22', '2025-09-26', 'FEE', '0.00', 25000, '', '', 'Chargeback fee', bankOnly('charge'));
  pay(
    'z23',
    '2025-09-27',
    '2300.00',
    'Credit card',
    'BV 527',
    'Chanel Petersen',
    'Corsages',
    auto(['bv527'], 'reference', ['ref-spaces', 'ref-no-padding', 'fee-on-row', 'card']),
  );
  pay(
    'z24',
    '2025-09-28',
    '1750.00',
    'Instant EFT',
    'PO 4500123987',
    'Stellenbosch University',
    'Concert flowers',
    auto(['bv528'], 'reference', ['po-number', 'fee-on-row']),
  );
  out(
    'z25',
    '2025-09-30',
    'PAYOUT',
    '-5000.00',
    FEE.payout(),
    '',
    'FNB ****3321',
    'Payout to bank account',
    auto(['pay5'], 'counterparty', ['own-account-transfer', 'fee-on-row']),
  );
  for (const l of L) {
    l.amount = major(minor(l.gross) - l.fee); // what the balance moved by
    l.time = `${String(r.int(7, 21)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}`;
    l.pfid = String(r.int(200000000, 299999999));
  }
  const txid = new Map(book.map((x) => [x.key, r.alnum(24).toLowerCase()]));

  return {
    set: 'za-payfast-tiller',
    country: 'ZA',
    currency: 'ZAR',
    timezone: 'Africa/Johannesburg',
    period: { from: '2025-09-01', to: '2025-09-30' },
    bank: 'PayFast (merchant account; Payfast by Network)',
    business:
      'a florist in Stellenbosch (wedding, funeral, corporate and university flowers invoiced and paid through PayFast payment links by card, Instant EFT, SnapScan and Mobicred; payouts to the firm’s FNB cheque account, a refund, a chargeback)',
    weekdaysOnly: false,
    holidays: [],
    opening: '6250.40',
    book,
    lines: L,
    bankFile: {
      file: BANK_FILE,
      ledgerAccount: ACCOUNT,
      readOptions: {
        mapping: {
          date: 'Date',
          amount: 'Gross',
          fee: 'Fee',
          balance: 'Balance',
          description: ['Type', 'Description', 'Funding Type'],
          reference: 'M Payment ID',
          party: 'Name',
          journalId: 'PF Payment ID',
        },
        currency: 'ZAR',
      },
    },
    ledgerFile: {
      file: BOOK_FILE,
      package: `Tiller (Tiller Foundation template, Transactions sheet filtered to the account ${ACCOUNT} and to rows not yet reconciled, File → Download → CSV)`,
      readOptions: {
        mapping: {
          date: 'Date',
          amount: 'Amount',
          description: ['Description', 'Full Description', 'Category'],
          account: 'Account',
        },
        dateOrder: 'MDY',
        currency: 'ZAR',
      },
    },
    writeBank(lines) {
      const rows = [
        [
          'Date',
          'Type',
          'Sign',
          'Party',
          'Name',
          'Description',
          'Currency',
          'Funding Type',
          'Gross',
          'Fee',
          'Net',
          'Balance',
          'M Payment ID',
          'PF Payment ID',
        ],
      ];
      const rowOf = {};
      // PayFast's download lists the newest transaction first
      for (const l of [...lines].reverse()) {
        rows.push([
          `${l.date} ${l.time}`,
          l.type,
          l.sign,
          l.party,
          l.name,
          l.item,
          'ZAR',
          l.funding,
          major(minor(l.gross)),
          major(-l.fee),
          l.amount,
          major(l.balance),
          l.mid,
          l.pfid,
        ]);
        rowOf[l.key] = rows.length;
      }
      return {
        data: toCsv(rows, { quoteAll: true }),
        headerRow: 1,
        rowOf,
        json: (l) => ({
          narration: [l.type, l.item, l.funding].filter(Boolean).join(' — '),
          reference: l.mid || null,
          counterparty: l.name ? { name: l.name, account: null } : null,
          fee: l.fee ? major(l.fee) : null,
        }),
      };
    },
    writeBook(rows) {
      // the Transactions sheet sorted newest first, as Tiller keeps it
      const sorted = [...rows].sort((a, b) => b.date.localeCompare(a.date) || b.key.localeCompare(a.key));
      const out = [
        [
          'Date',
          'Description',
          'Category',
          'Amount',
          'Account',
          'Account #',
          'Institution',
          'Month',
          'Week',
          'Transaction ID',
          'Account ID',
          'Check Number',
          'Full Description',
          'Date Added',
        ],
      ];
      const rowOf = {};
      for (const x of sorted) {
        const a = minor(x.amount);
        const [y, m, d] = x.date.split('-').map(Number);
        const week = new Date(Date.UTC(y, m - 1, d - new Date(Date.UTC(y, m - 1, d)).getUTCDay()))
          .toISOString()
          .slice(0, 10);
        out.push([
          mdyShort(x.date),
          x.desc,
          x.category,
          `${a < 0 ? '-' : ''}R${Math.abs(a / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`,
          ACCOUNT,
          'xxxx1875',
          'PayFast',
          `${m}/1/${y}`,
          mdyShort(week),
          txid.get(x.key),
          'manual-payfast-01',
          '',
          x.full,
          mdyShort(x.date),
        ]);
        rowOf[x.key] = out.length;
      }
      return {
        data: toCsv(out),
        headerRow: 1,
        rowOf,
        json: (x) => ({
          reference: null,
          description: `${x.desc} — ${x.full} — ${x.category}`,
          party: null,
          account: ACCOUNT,
        }),
      };
    },
  };
}

function b(key, date, amount, desc, full, category, only = null) {
  return { key, date, amount, desc, full, category, only };
}
