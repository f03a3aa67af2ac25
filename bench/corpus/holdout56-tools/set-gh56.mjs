// GH: Benya Marine Works Ltd, Elmina, March 2024. Standard Chartered Bank Ghana current account (XLSX from its online
// banking) against Patriot Software Accounting's General Ledger report of account 1010 (CSV, US dates).
import { csv, digits, grouped, mdy, xlsx } from './lib56.mjs';

const BANK = 'scb-gh-0100-1500-mar2024.xlsx';
const BOOK = 'patriot-general-ledger-1010-mar2024.csv';

export default {
  make(r) {
    const gip = () => `GIP${digits(r, 12)}`;
    const ach = () => `ACH${digits(r, 10)}`;
    const lines = [];
    const L = (id, date, amount, text, ref, t) => lines.push({ id, date, amount, text, ref, t });
    const fee = (id, date, amount, text, kind = 'charge') =>
      L(id, date, amount, text, '', { e: 'bank-only', kind, traits: [] });

    L('G01', '2024-03-01', '68400.00', 'GIP CR SHAMA DEEP SEA FISHING LTD/BMW INV 1102+1105', gip(), {
      e: 'match',
      d: 'auto',
      book: ['P01'],
      ev: 'reference',
      traits: ['split-one-to-many', 'one-receipt-for-several-invoices', 'ref-spaces'],
    });
    L('G02', '2024-03-04', '-23650.00', 'GIP DR TEMA RESINS & CHEMICALS/PO 3318 RESIN', gip(), {
      e: 'match',
      d: 'auto',
      book: ['P02'],
      ev: 'reference',
      traits: ['ref-spaces'],
    });
    fee('G03', '2024-03-04', '-5.00', 'GIP TRANSFER FEE');
    L('G04', '2024-03-05', '9805.00', 'HUBTEL SETTLEMENT 04MAR24 BATCH 55190', `HBT${digits(r, 9)}`, {
      e: 'match',
      d: 'suggest',
      book: ['P03', 'P04'],
      ev: 'amount',
      traits: ['mobile-money-settlement', 'settled-next-day', 'gross-and-fee-booked'],
    });
    L('G05', '2024-03-07', '12500.00', 'ACH CR ELMINA CANOE OWNERS ASSOC/PART PMT BMW1109', ach(), {
      e: 'match',
      d: 'suggest',
      book: ['P05'],
      ev: 'reference',
      traits: ['part-payment', 'ref-joined', 'abbreviated-name'],
    });
    L('G06', '2024-03-07', '-18720.00', 'ACH DR SEKONDI OUTBOARD SPARES/INV SOS-4471', ach(), {
      e: 'match',
      d: 'auto',
      book: ['P06'],
      ev: 'reference',
      traits: ['ref-canonical'],
    });
    fee('G07', '2024-03-07', '-2.00', 'ACH TRANSFER CHARGE');
    L('G08', '2024-03-08', '45000.00', 'CHQ DEP 000871 REGIONAL MARITIME UNIV', '000871', {
      e: 'match',
      d: 'auto',
      book: ['P07'],
      ev: 'counterparty',
      traits: ['cheque-deposit', 'abbreviated-name', 'name-only'],
    });
    L('G09', '2024-03-11', '-4800.00', 'TRF TO MOMO 0244***117 KOFI MENSAH/CARPENTRY', `B2W${digits(r, 10)}`, {
      e: 'match',
      d: 'auto',
      book: ['P08'],
      ev: 'counterparty',
      traits: ['wallet-payment', 'name-only'],
    });
    fee('G10', '2024-03-11', '-48.00', 'E-LEVY 1% BANK TO WALLET', 'tax');
    fee('G11', '2024-03-11', '-2.00', 'BANK TO WALLET FEE');
    L('G12', '2024-03-12', '22080.00', 'GIP CR ANOMABO FISHING CO/BMW-1107 LESS CN-017', gip(), {
      e: 'match',
      d: 'suggest',
      book: ['P09', 'P10'],
      ev: 'reference',
      traits: ['invoice-less-credit-note', 'ref-canonical'],
    });
    L('G13', '2024-03-13', '-12350.00', 'ECG POSTPAID 21034887651 MAR24', `ECG${digits(r, 8)}`, {
      e: 'match',
      d: 'auto',
      book: ['P11'],
      ev: 'reference',
      traits: ['ref-hyphens', 'acronym'],
    });
    L('G14', '2024-03-14', '7740.00', 'MOMO TO BANK FRM 0557***902 NANA YAW BOATS', `W2B${digits(r, 10)}`, {
      e: 'match',
      d: 'suggest',
      book: ['P12'],
      ev: 'amount',
      traits: ['trading-name', 'amount-only'],
    });
    L('G15', '2024-03-15', '-16430.00', 'SSNIT CONTRIBUTION FEB 2024 ER NO 9081123', gip(), {
      e: 'match',
      d: 'auto',
      book: ['P13'],
      ev: 'reference',
      traits: ['ref-no-separators', 'acronym'],
    });
    L('G16', '2024-03-15', '-11260.80', 'GRA PAYE FEB 2024 TIN C0009871234', gip(), {
      e: 'match',
      d: 'auto',
      book: ['P14'],
      ev: 'reference',
      traits: ['ref-joined', 'acronym'],
    });
    L('G17', '2024-03-15', '-6120.00', 'ENTERPRISE TRUSTEES TIER 2 FEB24 SCH 4402', gip(), {
      e: 'match',
      d: 'auto',
      book: ['P15'],
      ev: 'reference',
      traits: ['ref-canonical'],
    });
    fee('G18', '2024-03-15', '-15.00', 'GIP TRANSFER FEE X3');
    const twins = {
      e: 'match',
      d: 'auto',
      anyOf: [['P16'], ['P18']],
      ev: 'counterparty',
      traits: ['twins', 'card-purchase'],
    };
    L('G19', '2024-03-18', '-3600.00', 'POS PURCHASE GOIL ELMINA JUNCTION', `POS${digits(r, 10)}`, twins);
    L('G20', '2024-03-19', '31500.00', 'GIP CR CAPE COAST TECHNICAL UNIV/PART INV BMW1104', gip(), {
      e: 'match',
      d: 'suggest',
      book: ['P17'],
      group: 'g1',
      ev: 'reference',
      traits: ['split-many-to-one', 'ref-joined', 'abbreviated-name'],
    });
    L('G21', '2024-03-20', '-3600.00', 'POS PURCHASE GOIL ELMINA JUNCTION', `POS${digits(r, 10)}`, twins);
    L('G22', '2024-03-20', '14583.00', 'HUBTEL SETTLEMENT 19MAR24 BATCH 55341', `HBT${digits(r, 9)}`, {
      e: 'match',
      d: 'auto',
      book: ['P19'],
      ev: 'reference',
      traits: ['mobile-money-settlement', 'settled-next-day', 'net-as-booked'],
    });
    L('G23', '2024-03-21', '-28900.00', 'GIP DR TAKORADI TIMBER MILLS/WAWA PLANKS', gip(), {
      e: 'rev',
      partner: 'G25',
      traits: ['failed-transfer'],
    });
    fee('G24', '2024-03-21', '-5.00', 'GIP TRANSFER FEE');
    L('G25', '2024-03-21', '28900.00', 'GIP RETURN TAKORADI TIMBER MILLS/WAWA PLANKS - ACCOUNT CLOSED', gip(), {
      e: 'rev',
      partner: 'G23',
      traits: ['reversal'],
    });
    L('G26', '2024-03-22', '-28900.00', 'GIP DR TAKORADI TIMBER MILLS LTD/TTM 0562 WAWA PLANKS', gip(), {
      e: 'match',
      d: 'auto',
      book: ['P20'],
      ev: 'reference',
      traits: ['resent-after-reversal', 'ref-spaces'],
    });
    fee('G27', '2024-03-22', '-5.00', 'GIP TRANSFER FEE');
    L('G28', '2024-03-25', '19500.00', 'GIP CR CAPE COAST TECHNICAL UNIV/BAL BMW1104', gip(), {
      e: 'match',
      d: 'suggest',
      book: ['P17'],
      group: 'g1',
      ev: 'reference',
      traits: ['split-many-to-one', 'ref-joined', 'abbreviated-name'],
    });
    L('G29', '2024-03-25', '16200.00', 'GIP CR SEKONDI MARINE SERVICES/REFUND DEPOSIT', gip(), {
      e: 'none',
      traits: ['decoy', 'unrecorded-receipt'],
    });
    L('G30', '2024-03-26', '27600.00', 'ACH CR ABANDZE FISHERIES LTD/bmw 1113', ach(), {
      e: 'match',
      d: 'auto',
      book: ['P22'],
      ev: 'reference',
      diff: '150.00',
      traits: ['over-payment', 'ref-lowercase', 'ref-spaces'],
    });
    L('G31', '2024-03-26', '-9750.00', 'GIP DR ELMINA WELDING SUPPLIES/GAS CYLINDERS', gip(), {
      e: 'none',
      traits: ['decoy', 'unrecorded-payment'],
    });
    fee('G32', '2024-03-26', '-5.00', 'GIP TRANSFER FEE');
    L('G33', '2024-03-27', '-58740.00', 'ACH SALARY BATCH MAR 2024 14 STAFF', ach(), {
      e: 'match',
      d: 'auto',
      book: ['P24'],
      ev: 'counterparty',
      traits: ['bulk-payroll'],
    });
    fee('G34', '2024-03-27', '-28.00', 'ACH BULK CHARGE 14 X 2.00');
    L('G35', '2024-03-28', '-1340.00', 'GWCL BILL PAYMENT ACC 0431-22871', `GWC${digits(r, 8)}`, {
      e: 'match',
      d: 'auto',
      book: ['P25'],
      ev: 'reference',
      traits: ['ref-hyphens', 'acronym'],
    });
    fee('G36', '2024-03-28', '-10.00', 'SMS ALERT FEE MAR 2024');
    fee('G37', '2024-03-28', '-50.00', 'MONTHLY MAINTENANCE FEE');

    const B = (id, date, type, ref, party, desc, amount) => ({ id, date, type, ref, party, desc, amount });
    const book = [
      B(
        'P01',
        '2024-03-01',
        'Customer Payment',
        'BMW-1102, BMW-1105',
        'Shama Deep Sea Fishing Ltd',
        'Hull repair and engine overhaul, invoices BMW-1102 and BMW-1105',
        '68400.00',
      ),
      B(
        'P02',
        '2024-03-04',
        'Vendor Payment',
        'PO-3318',
        'Tema Resins & Chemicals Ltd',
        'Polyester resin and glass mat',
        '-23650.00',
      ),
      B(
        'P03',
        '2024-03-04',
        'Deposit',
        'HUB-0403',
        'Hubtel',
        'Walk-in repairs paid by MoMo, 4 Mar (gross)',
        '10000.00',
      ),
      B('P04', '2024-03-04', 'Check', 'HUB-0403', 'Hubtel', 'Hubtel collection fees 1.95%, 4 Mar', '-195.00'),
      B(
        'P05',
        '2024-03-07',
        'Customer Payment',
        'BMW-1109',
        'Elmina Canoe Owners Association',
        'Canoe refit, invoice BMW-1109',
        '30000.00',
      ),
      B(
        'P06',
        '2024-03-07',
        'Vendor Payment',
        'SOS4471',
        'Sekondi Outboard Spares Ltd',
        'Yamaha 40 HP spares, bill SOS4471',
        '-18720.00',
      ),
      B(
        'P07',
        '2024-03-08',
        'Customer Payment',
        'BMW-1098',
        'Regional Maritime University',
        'Training boat survey and repairs, invoice BMW-1098',
        '45000.00',
      ),
      B(
        'P08',
        '2024-03-11',
        'Check',
        'MOMO',
        'Kofi Mensah',
        'Casual carpentry, canoe ribs (paid to MoMo wallet)',
        '-4800.00',
      ),
      B(
        'P09',
        '2024-03-12',
        'Customer Payment',
        'BMW-1107',
        'Anomabo Fishing Co',
        'Outboard service, invoice BMW-1107',
        '24000.00',
      ),
      B(
        'P10',
        '2024-03-12',
        'Credit Memo',
        'CN-017',
        'Anomabo Fishing Co',
        'Credit memo CN-017, propeller returned',
        '-1920.00',
      ),
      B(
        'P11',
        '2024-03-13',
        'Check',
        '2103-4887-651',
        'Electricity Company of Ghana',
        'Electricity, workshop, February',
        '-12350.00',
      ),
      B(
        'P12',
        '2024-03-14',
        'Customer Payment',
        'BMW-1111',
        'Yaw Boateng',
        'Engine repair, invoice BMW-1111',
        '7740.00',
      ),
      B(
        'P13',
        '2024-03-15',
        'Check',
        'ER 9081123',
        'Social Security and National Insurance Trust',
        'Tier 1 contributions February 2024',
        '-16430.00',
      ),
      B('P14', '2024-03-15', 'Check', 'C000 987 1234', 'Ghana Revenue Authority', 'PAYE February 2024', '-11260.80'),
      B('P15', '2024-03-15', 'Check', 'T2-4402', 'Enterprise Trustees Ltd', 'Tier 2 pension February 2024', '-6120.00'),
      B('P16', '2024-03-18', 'Check', 'CARD', 'GOIL', 'Diesel for the pickup, paid by card', '-3600.00'),
      B('P18', '2024-03-20', 'Check', 'CARD', 'GOIL', 'Diesel for the pickup, paid by card', '-3600.00'),
      B('P19', '2024-03-20', 'Deposit', 'HUB-55341', 'Hubtel', 'Hubtel settlement batch 55341 (net)', '14583.00'),
      B(
        'P20',
        '2024-03-21',
        'Vendor Payment',
        'TTM/0562',
        'Takoradi Timber Mills Ltd',
        'Wawa planks 3 m, 80 pcs',
        '-28900.00',
      ),
      B(
        'P17',
        '2024-03-25',
        'Customer Payment',
        'BMW-1104',
        'Cape Coast Technical University',
        'Fibreglass training boat, invoice BMW-1104',
        '51000.00',
      ),
      B(
        'P21',
        '2024-03-25',
        'Customer Payment',
        'BMW-1112',
        'Sekondi Marine Engineering Ltd',
        'Invoice BMW-1112 (GIP promised by their accountant)',
        '16200.00',
      ),
      B(
        'P22',
        '2024-03-26',
        'Customer Payment',
        'BMW-1113',
        'Abandze Fisheries Ltd',
        'Outboard overhaul, invoice BMW-1113',
        '27450.00',
      ),
      B('P23', '2024-03-26', 'Check', '100561', 'Elmina Welding Works', 'Welding of trailer frame', '-9750.00'),
      B('P24', '2024-03-27', 'Payroll', 'PR-0324', 'Payroll', 'Net salaries March 2024', '-58740.00'),
      B(
        'P26',
        '2024-03-27',
        'Check',
        '100563',
        'KEEA Municipal Assembly',
        'Business operating permit 2024',
        '-1500.00',
      ),
      B('P25', '2024-03-28', 'Check', '043122871', 'Ghana Water Company Ltd', 'Water, yard, February', '-1340.00'),
    ];

    return {
      set: 'gh-scbgh-patriot',
      country: 'GH',
      currency: 'GHS',
      timezone: 'Africa/Accra',
      period: { from: '2024-03-01', to: '2024-03-31' },
      publicHolidays: ['2024-03-06', '2024-03-29'],
      bank: 'Standard Chartered Bank Ghana PLC',
      package:
        'Patriot Software Accounting (Reports → General Ledger, account 1010 Standard Chartered Current, Export → CSV, US date format)',
      business:
        'a boat-repair yard on the Benya lagoon at Elmina with a Ghanaian-American co-owner (fishing companies and canoe owners, a maritime university and a technical university, walk-in outboard repairs paid by MoMo through Hubtel, resin and glass mat from Tema, outboard spares from Sekondi, wawa planks from Takoradi, casual carpenters paid to MoMo wallets)',
      bankFile: {
        file: BANK,
        layout:
          'Standard Chartered Ghana online-banking statement XLSX (sheet Statement): five preamble rows and a blank, header Date | Value Date | Description | Reference | Withdrawals | Deposits | Balance; real date cells; an Opening Balance row under the header and a Closing Balance row',
        order: 'oldest-first',
        ledgerAccount: '1010',
        readOptions: {
          currency: 'GHS',
          mapping: {
            date: 'Date',
            valueDate: 'Value Date',
            description: 'Description',
            reference: 'Reference',
            moneyOut: 'Withdrawals',
            moneyIn: 'Deposits',
            balance: 'Balance',
          },
        },
        opening: '186450.00',
      },
      ledgerFile: {
        file: BOOK,
        layout:
          'Patriot Software General Ledger CSV: three title rows and a blank, header Account,Date,Type,Num,Name,Description,Debit,Credit,Balance; MM/DD/YYYY (a US package); a Beginning Balance row and a Total row; Debit = money into the bank account',
        readOptions: {
          currency: 'GHS',
          dateOrder: 'MDY',
          mapping: {
            date: 'Date',
            reference: 'Num',
            party: 'Name',
            description: ['Type', 'Description'],
            moneyIn: 'Debit',
            moneyOut: 'Credit',
          },
        },
        opening: '192310.00',
      },
      book,
      describe: (b) => `${b.type} — ${b.desc}`,
      lines,
      ledgerOnly: {
        P21: 'receipt booked on the customer’s promise; no transfer came',
        P23: 'cheque 100561 to the welder not yet presented',
        P26: 'cheque 100563 for the permit not yet presented',
      },
      notes: [
        'Charges as Standard Chartered Ghana is taken to write them in 2024: GIP GHS 5 an outward transfer (three on one day posted as one line), ACH GHS 2 an item, bank-to-wallet GHS 2 plus the 1 % E-levy, SMS GHS 10, maintenance GHS 50.',
        'Hubtel settles MoMo collections the next working day net of 1.95 %: the 4 Mar batch is booked gross with the fee as its own row, the 19 Mar batch net as it came (with its batch number).',
        'Decoys: Sekondi Marine Services’ refund of a deposit (+16,200) beside the customer Sekondi Marine Engineering’s promised payment of the same amount, and a transfer to Elmina Welding Supplies (−9,750, gas cylinders) beside the uncleared cheque 100561 to Elmina Welding Works.',
        'Patriot writes dates the American way (MM/DD/YYYY); readOptions gives MDY as the user would set it, since a Ghanaian reading 03/04/2024 takes it for 3 April.',
      ],
      writeBank(ls, { closing }) {
        const rows = [
          ['Standard Chartered Bank Ghana PLC'],
          ['Account Statement'],
          ['Account Name', 'BENYA MARINE WORKS LTD'],
          ['Account Number', '0100xxxxxx1500 GHS CURRENT'],
          ['Statement Period', '01/03/2024 - 31/03/2024'],
          [],
          ['Date', 'Value Date', 'Description', 'Reference', 'Withdrawals', 'Deposits', 'Balance'],
        ];
        const headerRow = rows.length;
        rows.push(['', '', 'Opening Balance', '', '', '', { n: 18645000 / 100 }]);
        const at = new Map();
        for (const l of ls) {
          rows.push([
            { date: l.date },
            { date: l.date },
            l.text,
            l.ref,
            l.minor < 0 ? { n: -l.minor / 100 } : '',
            l.minor > 0 ? { n: l.minor / 100 } : '',
            { n: l.balance / 100 },
          ]);
          at.set(l.id, rows.length);
        }
        rows.push(['', '', 'Closing Balance', '', '', '', { n: closing / 100 }]);
        return { content: xlsx('Statement', rows, [12, 12, 58, 18, 14, 14, 14]), rows: at, headerRow };
      },
      writeBook(bs) {
        const acct = '1010 Standard Chartered Current';
        const rows = [['Benya Marine Works Ltd'], ['General Ledger'], ['March 1, 2024 - March 31, 2024'], []];
        rows.push(['Account', 'Date', 'Type', 'Num', 'Name', 'Description', 'Debit', 'Credit', 'Balance']);
        const headerRow = rows.length;
        let bal = 19231000;
        rows.push([acct, '', '', '', '', 'Beginning Balance', '', '', grouped(bal)]);
        const at = new Map();
        let dr = 0;
        let cr = 0;
        for (const b of [...bs].sort((a, c) => (a.date < c.date ? -1 : a.date > c.date ? 1 : 0))) {
          bal += b.minor;
          if (b.minor > 0) dr += b.minor;
          else cr -= b.minor;
          rows.push([
            acct,
            mdy(b.date),
            b.type,
            b.ref,
            b.party,
            b.desc,
            b.minor > 0 ? grouped(b.minor) : '',
            b.minor < 0 ? grouped(b.minor) : '',
            grouped(bal),
          ]);
          at.set(b.id, rows.length);
        }
        rows.push([`Total ${acct}`, '', '', '', '', '', grouped(dr), grouped(cr), grouped(bal)]);
        return { content: csv(rows), rows: at, headerRow };
      },
    };
  },
};
