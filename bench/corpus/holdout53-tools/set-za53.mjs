// ZA: Levubu Macadamia Estates (Pty) Ltd, Levubu, Limpopo, March 2034 (harvest begins). Société Générale
// Johannesburg Branch corporate e-banking CSV (ISO dates, one signed amount, customer and bank references) against
// Farmbooks' cashbook transactions report (CSV, enterprise column, receipts and payments).
import { Month, T, csvText, dmy, draw, money } from './lib53.mjs';

const N = (x) => Math.round(x * 100);

export function build(rng) {
  const m = new Month();
  let bref = 7710300 + Math.floor(rng() * 500);
  const L = (o, t) => m.line({ type: o.amount > 0 ? 'CREDIT' : 'DEBIT', bankRef: `SGJ${bref++}`, ...o }, t);
  const eftFee = (date) =>
    L({ date, amount: -N(7.5), text: 'EFT PAYMENT FEE', type: 'FEE', ref: '' }, T.bankOnly('charge', ['eft-fee']));
  const B = (o) => ({ ent: 'Macadamia', vat: '', ...o });

  // processor advances per delivery note
  m.book(
    'gf4471',
    B({
      date: '2034-03-07',
      amount: N(186420),
      ref: 'DN4471',
      party: 'Green Farms Nut Co',
      desc: 'Advance payment – DN 4471 (8.2 t NIS)',
      acc: 'Sales – Macadamia NIS',
    }),
  );
  L(
    { date: '2034-03-07', amount: N(186420), text: 'GREEN FARMS NUT CO ADV', ref: 'DN4471' },
    T.match(['gf4471'], 'reference', 'auto', ['ref-canonical', 'reference-in-reference-field']),
  );
  m.book(
    'gf4478',
    B({
      date: '2034-03-13',
      amount: N(112860),
      ref: 'DN4478',
      party: 'Green Farms Nut Co',
      desc: 'Advance payment – DN 4478',
      acc: 'Sales – Macadamia NIS',
    }),
  );
  m.book(
    'gf4480',
    B({
      date: '2034-03-13',
      amount: N(97330),
      ref: 'DN4480',
      party: 'Green Farms Nut Co',
      desc: 'Advance payment – DN 4480',
      acc: 'Sales – Macadamia NIS',
    }),
  );
  L(
    { date: '2034-03-14', amount: N(210190), text: 'GREEN FARMS NUT CO ADV DN 4478 4480', ref: 'GFNC PMT 0314' },
    T.match(['gf4478', 'gf4480'], 'reference', 'auto', ['split-one-to-many', 'ref-spaces']),
  );
  m.book(
    'gf4486',
    B({
      date: '2034-03-22',
      amount: N(148900),
      ref: 'DN4486',
      party: 'Green Farms Nut Co',
      desc: 'Advance payment – DN 4486',
      acc: 'Sales – Macadamia NIS',
    }),
  );
  L(
    { date: '2034-03-24', amount: N(147410), text: 'GFNC ADVANCE LESS SAMAC LEVY', ref: 'DN 4486' },
    T.match(['gf4486'], 'reference', 'suggest', ['short-statutory-levy', 'name-abbreviated', 'ref-spaces']),
  );

  m.book(
    'vfp',
    B({
      date: '2034-03-09',
      amount: N(64850),
      ref: 'LME-0312',
      party: 'Vhembe Fresh Produce (Pty) Ltd',
      desc: 'Avocados Fuerte – inv LME-0312',
      ent: 'Avocado',
      acc: 'Sales – Avocado',
    }),
  );
  L(
    { date: '2034-03-09', amount: N(64850), text: 'VHEMBE FRESH PROD', ref: 'LME0312' },
    T.match(['vfp'], 'reference', 'auto', ['ref-year-serial-joined']),
  );

  m.book(
    'sfv',
    B({
      date: '2034-03-16',
      amount: N(18260),
      ref: 'LME-0319',
      party: 'Soutpansberg Fruit & Veg',
      desc: 'Avocados Hass – inv LME-0319',
      ent: 'Avocado',
      acc: 'Sales – Avocado',
    }),
  );
  L(
    { date: '2034-03-17', amount: N(18620), text: 'SOUTPANSBERG F&V', ref: 'INV LME 0319' },
    T.match(['sfv'], 'reference', 'auto', ['over-payment', 'ref-spaces'], { difference: N(360) }),
  );

  // farm stall card sales: iKhokha pays out the week less 2.75 %; week 9 booked gross from the till, week 11 net
  const g1 = draw(rng, 11000, 14000, 10);
  const n1 = g1 - Math.round(g1 * 0.0275);
  m.book(
    'ik1',
    B({
      date: '2034-03-06',
      amount: g1,
      ref: 'TILL-W09',
      party: 'Farm stall (iKhokha)',
      desc: 'Farm stall card sales week 9',
      ent: 'Farm stall',
      acc: 'Sales – Farm stall',
    }),
  );
  L(
    { date: '2034-03-07', amount: n1, text: 'IKHOKHA PAYOUT', ref: 'IK-PO-58812' },
    T.match(['ik1'], 'counterparty', 'suggest', ['card-payout', 'short-net-of-fee', 'settled-next-day']),
  );
  const g2 = draw(rng, 9000, 12000, 10);
  const n2 = g2 - Math.round(g2 * 0.0275);
  m.book(
    'ik2',
    B({
      date: '2034-03-20',
      amount: n2,
      ref: 'IK-PO-59407',
      party: 'iKhokha',
      desc: 'Farm stall card payout week 11 (net)',
      ent: 'Farm stall',
      acc: 'Sales – Farm stall',
    }),
  );
  L(
    { date: '2034-03-20', amount: n2, text: 'IKHOKHA PAYOUT', ref: 'IK-PO-59407' },
    T.match(['ik2'], 'reference', 'auto', ['card-payout', 'booked-net', 'reference-in-reference-field']),
  );

  m.book(
    'muk',
    B({
      date: '2034-03-28',
      amount: N(36000),
      ref: 'LME-0322',
      party: 'Mukondeleli Farmers Co-op',
      desc: 'Small nuts & avocados – inv LME-0322',
      acc: 'Sales – Macadamia other',
    }),
  );
  L(
    { date: '2034-03-15', amount: N(18000), text: 'MUKONDELELI COOP', ref: 'LME0322 PART 1' },
    T.match(['muk'], 'reference', 'suggest', ['split-many-to-one', 'part-payment'], { group: 'g01' }),
  );
  L(
    { date: '2034-03-28', amount: N(18000), text: 'MUKONDELELI COOP', ref: 'LME0322 PART 2' },
    T.match(['muk'], 'reference', 'suggest', ['split-many-to-one', 'part-payment'], { group: 'g01' }),
  );

  m.book(
    'vnt',
    B({
      date: '2034-03-27',
      amount: N(22400),
      ref: 'DEP-0327',
      party: 'Vhembe Nut Traders',
      desc: 'Deposit – small-nut sale (EFT promised)',
      acc: 'Sales – Macadamia other',
    }),
  );
  m.only('vnt', "booked on the buyer's word; no deposit from Vhembe Nut Traders arrived in March");
  L(
    { date: '2034-03-29', amount: N(22400), text: 'VHEMBE NUTS & DRIED FRUIT CC', ref: 'REFUND CRATES' },
    T.none(['decoy-similar-name', 'unknown-receipt']),
  );

  L(
    { date: '2034-03-17', amount: N(5000), text: 'CASH DEPOSIT LOUIS TRICHARDT', ref: '', type: 'CASH' },
    T.none(['unknown-receipt']),
  );
  L(
    { date: '2034-03-17', amount: -N(25 + 60), text: 'CASH DEPOSIT FEE', ref: '', type: 'FEE' },
    T.bankOnly('charge', ['cash-deposit-fee']),
  );

  m.book(
    'vat',
    B({
      date: '2034-03-23',
      amount: N(73418.55),
      ref: 'VAT201-0234',
      party: 'SARS',
      desc: 'VAT refund period Jan–Feb 2034',
      ent: '',
      acc: 'VAT control',
    }),
  );
  L(
    { date: '2034-03-23', amount: N(73418.55), text: 'SARS VAT REFUND', ref: '4120338911' },
    T.match(['vat'], 'counterparty', 'auto', ['tax-refund']),
  );

  // payments
  m.book(
    'landb',
    B({
      date: '2034-03-01',
      amount: -N(62500),
      ref: 'LB-0334',
      party: 'Land Bank',
      desc: 'Loan 20417783 instalment 03/2034',
      ent: '',
      acc: 'Land Bank loan',
    }),
  );
  L(
    { date: '2034-03-01', amount: -N(62500), text: 'STANDING ORDER LAND BANK', ref: 'LOAN 20417783', type: 'STO' },
    T.match(['landb'], 'reference', 'auto', ['standing-order', 'loan-instalment']),
  );

  m.book(
    'emp',
    B({
      date: '2034-03-07',
      amount: -N(38612.4),
      ref: '7120338911LC0234',
      party: 'SARS',
      desc: 'EMP201 Feb 2034 (PAYE/UIF/SDL)',
      ent: '',
      acc: 'PAYE control',
    }),
  );
  L(
    { date: '2034-03-07', amount: -N(38612.4), text: 'SARS EMP201 PAYMENT', ref: '7120338911LC0234' },
    T.match(['emp'], 'reference', 'auto', ['ref-canonical', 'reference-in-reference-field']),
  );

  m.book(
    'w05',
    B({
      date: '2034-03-10',
      amount: -N(148620),
      ref: 'FN05',
      party: 'Farm workers (64)',
      desc: 'Wages fortnight 5 – 64 workers',
      ent: 'Overheads',
      acc: 'Wages',
    }),
  );
  L(
    { date: '2034-03-10', amount: -N(148620), text: 'BATCH PAYMENT WAGES', ref: 'LME WAGES FN05', type: 'BATCH' },
    T.match(['w05'], 'counterparty', 'auto', ['bulk-payment', 'salaries']),
  );
  L(
    { date: '2034-03-10', amount: -N(64 * 3.5), text: 'BATCH PAYMENT FEE 64 ITEMS', ref: '', type: 'FEE' },
    T.bankOnly('charge', ['bulk-fee']),
  );
  m.book(
    'w06',
    B({
      date: '2034-03-24',
      amount: -N(151385),
      ref: 'FN06',
      party: 'Farm workers (66)',
      desc: 'Wages fortnight 6 – 66 workers',
      ent: 'Overheads',
      acc: 'Wages',
    }),
  );
  L(
    { date: '2034-03-24', amount: -N(151385), text: 'BATCH PAYMENT WAGES', ref: 'LME WAGES FN06', type: 'BATCH' },
    T.match(['w06'], 'counterparty', 'auto', ['bulk-payment', 'salaries']),
  );
  L(
    { date: '2034-03-24', amount: -N(66 * 3.5), text: 'BATCH PAYMENT FEE 66 ITEMS', ref: '', type: 'FEE' },
    T.bankOnly('charge', ['bulk-fee']),
  );

  m.book(
    'eskom',
    B({
      date: '2034-03-15',
      amount: -N(46884.3),
      ref: '5100 2288 41',
      party: 'Eskom',
      desc: 'Electricity – irrigation pumps Feb',
      ent: 'Overheads',
      acc: 'Electricity',
    }),
  );
  L(
    { date: '2034-03-15', amount: -N(46884.3), text: 'ESKOM DEBIT ORDER', ref: '5100228841', type: 'DEBIT ORDER' },
    T.match(['eskom'], 'reference', 'auto', ['debit-order', 'ref-spaces']),
  );

  m.book(
    'omnia',
    B({
      date: '2034-03-08',
      amount: -N(128740),
      ref: 'LEV0091',
      party: 'Omnia Nutriology',
      desc: 'Fertiliser – statement February, acc LEV0091',
      acc: 'Fertiliser',
    }),
  );
  L(
    { date: '2034-03-08', amount: -N(128740), text: 'OMNIA NUTRIOLOGY', ref: 'ACC LEV0091' },
    T.match(['omnia'], 'reference', 'auto', ['ref-canonical']),
  );
  eftFee('2034-03-08');

  m.book(
    'irr',
    B({
      date: '2034-03-13',
      amount: -N(18760),
      ref: 'WL-Q1-112',
      party: 'Levubu Irrigation Board',
      desc: 'Water levy Q1 2034, acc 112',
      ent: 'Overheads',
      acc: 'Water',
    }),
  );
  L(
    { date: '2034-03-13', amount: -N(18760), text: 'LEVUBU IRRIG BOARD', ref: 'ACC 0112' },
    T.match(['irr'], 'reference', 'auto', ['ref-no-padding', 'name-abbreviated']),
  );
  eftFee('2034-03-13');

  // pest scouting: the EFT is rejected (account number wrong) and loaded again
  m.book(
    'scout',
    B({
      date: '2034-03-16',
      amount: -N(9450),
      ref: 'MPS-031',
      party: 'Makhado Pest Scouting',
      desc: 'Stink-bug scouting March',
      acc: 'Crop protection',
    }),
  );
  L(
    { key: 'fail', date: '2034-03-16', amount: -N(9450), text: 'MAKHADO SCOUTING SVCS', ref: 'MARCH SCOUTING' },
    T.reversal('rev', ['failed-transfer']),
  );
  eftFee('2034-03-16');
  L(
    {
      key: 'rev',
      date: '2034-03-17',
      amount: N(9450),
      text: 'EFT REJECTED INVALID ACCOUNT MAKHADO SCOUTING',
      ref: 'MARCH SCOUTING',
      type: 'RETURN',
    },
    T.reversal('fail', ['failed-transfer']),
  );
  L(
    { date: '2034-03-20', amount: -N(9450), text: 'MAKHADO PEST SCOUTING', ref: 'MARCH RESEND' },
    T.match(['scout'], 'counterparty', 'auto', ['resent-after-reversal']),
  );
  eftFee('2034-03-20');

  m.book(
    'ny1',
    B({
      date: '2034-03-17',
      amount: -N(21600),
      ref: 'NLB-W10',
      party: 'Nyawedzi Labour Brokers',
      desc: 'Harvest casuals week 10',
      acc: 'Contract labour',
    }),
  );
  m.book(
    'ny2',
    B({
      date: '2034-03-23',
      amount: -N(21600),
      ref: 'NLB-W11',
      party: 'Nyawedzi Labour Brokers',
      desc: 'Harvest casuals week 11',
      acc: 'Contract labour',
    }),
  );
  L(
    { date: '2034-03-20', amount: -N(21600), text: 'NYAWEDZI LABOUR', ref: 'CASUALS' },
    T.twins([['ny1'], ['ny2']], 'counterparty', ['tie'], { mustNotAuto: true }),
  );

  m.book(
    'os1',
    B({
      date: '2034-03-01',
      amount: -N(2184),
      ref: 'OUT-0119A',
      party: 'OUTsurance',
      desc: 'Vehicle insurance – bakkie 1',
      ent: 'Overheads',
      acc: 'Insurance',
    }),
  );
  m.book(
    'os2',
    B({
      date: '2034-03-01',
      amount: -N(2184),
      ref: 'OUT-0119B',
      party: 'OUTsurance',
      desc: 'Vehicle insurance – bakkie 2',
      ent: 'Overheads',
      acc: 'Insurance',
    }),
  );
  for (let i = 0; i < 2; i++)
    L(
      { date: '2034-03-01', amount: -N(2184), text: 'OUTSURANCE DEBIT ORDER', ref: 'OUT0119', type: 'DEBIT ORDER' },
      T.twins([['os1'], ['os2']], 'counterparty', ['twins', 'debit-order']),
    );

  m.book(
    'mtr',
    B({
      date: '2034-03-27',
      amount: -N(27980),
      ref: 'MT-8812',
      party: 'Makhado Tractors',
      desc: 'Tractor service – EFT loaded, awaiting second authoriser',
      acc: 'Repairs – vehicles',
    }),
  );
  m.only('mtr', 'EFT loaded on 27 March but not authorised by 31 March');
  L(
    { date: '2034-03-30', amount: -N(27980), text: 'MAKHADO TRACTOR SPARES', ref: 'PARTS' },
    T.none(['decoy-similar-name', 'unrecorded-payment']),
  );
  eftFee('2034-03-30');

  L(
    {
      date: '2034-03-25',
      amount: -N(1245.9),
      text: 'CARD PURCHASE BUILD IT LOUIS TRICHARDT',
      ref: '',
      type: 'CARD',
      anyDay: true,
    },
    T.none(['unrecorded-card-purchase', 'weekend']),
  );

  L(
    { date: '2034-03-31', amount: -N(4 * 4), text: 'DEBIT ORDER FEES (4)', ref: '', type: 'FEE' },
    T.bankOnly('charge', ['debit-order-fee']),
  );
  L(
    { date: '2034-03-31', amount: -N(250), text: 'MONTHLY ACCOUNT FEE', ref: '', type: 'FEE' },
    T.bankOnly('charge', ['service-fee']),
  );
  L(
    { date: '2034-03-31', amount: draw(rng, 1500, 2200, 0.01), text: 'CREDIT INTEREST', ref: '', type: 'INTEREST' },
    T.bankOnly('interest', ['interest']),
  );

  const bankFile = 'sgjhb-0088-mar2034.csv';
  const ledgerFile = 'farmbooks-cashbook-mar2034.csv';
  const opening = N(1284560.2);
  return {
    set: 'za-socgenjhb-farmbooks',
    country: 'ZA',
    currency: 'ZAR',
    timezone: 'Africa/Johannesburg',
    period: { from: '2034-03-01', to: '2034-03-31' },
    publicHolidays: ['2034-03-21'],
    business:
      'a macadamia and avocado farm at Levubu, Limpopo, at the start of the nut harvest (processor advances per delivery note, avocado sales, a farm stall with a card machine, fortnightly farm wages, Land Bank loan, Eskom pumps, irrigation levy, pest scouting)',
    month: m,
    openingBalance: opening,
    bookOpening: opening,
    notes: [
      'Bank: Société Générale Johannesburg Branch, ZAR current account; corporate e-banking CSV, ISO dates, one signed Amount column, Customer Reference (what the payer or payee typed) and Bank Reference.',
      'Books: Farmbooks, Cashbook → Transactions for the bank cashbook, exported to CSV: Payee / Payer, Account, Enterprise (cost centre per crop), VAT, Receipts and Payments; no opening-balance row, a Totals row.',
      'Human Rights Day (21 Mar) is closed; card purchases post on Saturdays.',
    ],
    bankFile: {
      file: bankFile,
      bank: 'Société Générale Johannesburg Branch',
      layout:
        'CSV: three preamble rows, Account, Booking Date, Value Date, Transaction Type, Description, Customer Reference, Bank Reference, Amount, Balance, Currency',
      order: 'oldest-first',
      ledgerAccount: 'Bank 1',
      readOptions: {
        currency: 'ZAR',
        mapping: {
          date: 'Booking Date',
          valueDate: 'Value Date',
          description: 'Description',
          reference: 'Customer Reference',
          amount: 'Amount',
          balance: 'Balance',
        },
      },
      write: (lines, open) => {
        const rows = [
          ['Societe Generale Johannesburg Branch - Account Statement'],
          ['Account', 'ZA61****0088 ZAR CURRENT', 'LEVUBU MACADAMIA ESTATES (PTY) LTD'],
          ['Period', '2034-03-01', '2034-03-31', 'Opening ledger balance', money(open, { thousands: '' })],
          [],
          [
            'Account',
            'Booking Date',
            'Value Date',
            'Transaction Type',
            'Description',
            'Customer Reference',
            'Bank Reference',
            'Amount',
            'Balance',
            'Currency',
          ],
        ];
        const headerRow = rows.length;
        const rowOf = new Map();
        for (const l of lines) {
          rows.push([
            'ZA61****0088',
            l.date,
            l.date,
            l.type,
            l.text,
            l.ref,
            l.bankRef,
            money(l.amount, { thousands: '' }),
            money(l.balance, { thousands: '' }),
            'ZAR',
          ]);
          rowOf.set(l.key, rows.length);
        }
        return { data: csvText(rows), rowOf, headerRow };
      },
    },
    ledgerFile: {
      file: ledgerFile,
      package: 'Farmbooks (Cashbook → Transactions, Bank 1 SocGen Current, exported to CSV)',
      layout:
        'CSV: three title lines, Date, Doc No, Payee / Payer, Description, Account, Enterprise, VAT, Receipts, Payments; a Totals row',
      hasParty: true,
      readOptions: {
        dateOrder: 'DMY',
        mapping: {
          date: 'Date',
          reference: 'Doc No',
          party: 'Payee / Payer',
          description: ['Description'],
          moneyIn: 'Receipts',
          moneyOut: 'Payments',
        },
      },
      write: (books) => {
        const rows = [
          ['Farmbooks - Levubu Macadamia Estates (Pty) Ltd'],
          ['Cashbook Transactions: Bank 1 SocGen Current'],
          ['01/03/2034 - 31/03/2034'],
          ['Date', 'Doc No', 'Payee / Payer', 'Description', 'Account', 'Enterprise', 'VAT', 'Receipts', 'Payments'],
        ];
        const headerRow = rows.length;
        const rowOf = new Map();
        let rin = 0;
        let rout = 0;
        for (const b of books) {
          if (b.amount > 0) rin += b.amount;
          else rout -= b.amount;
          rows.push([
            dmy(b.date),
            b.ref,
            b.party,
            b.desc,
            b.acc,
            b.ent,
            '',
            b.amount > 0 ? money(b.amount) : '',
            b.amount < 0 ? money(-b.amount) : '',
          ]);
          rowOf.set(b.key, rows.length);
        }
        rows.push(['', '', '', 'Totals', '', '', '', money(rin), money(rout)]);
        return { data: csvText(rows), rowOf, headerRow };
      },
    },
  };
}
