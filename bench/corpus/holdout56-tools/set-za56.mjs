// ZA: Brenton Oyster Co cc, Knysna, July 2002. BOE Bank business current account (CSV from its internet banking)
// against Simply Accounting 2002's General Ledger report of account 1060 (exported as comma-separated text).
import { csv, digits, dMonY, dmy, major } from './lib56.mjs';

const BANK = 'boe-2280-0061-jul2002.csv';
const BOOK = 'simply-gl-1060-boe-jul2002.csv';

export default {
  make(r) {
    const lines = [];
    const L = (id, date, amount, text, ref, t) => lines.push({ id, date, amount, text, ref, t });
    const fee = (id, date, amount, text, kind = 'charge') =>
      L(id, date, amount, text, '', { e: 'bank-only', kind, traits: [] });
    const trace = () => digits(r, 8);

    L('Z01', '2002-07-01', '18240.00', 'ACB CREDIT BAY SEAFOOD REST/INV2231/2238/2244', trace(), {
      e: 'match',
      d: 'auto',
      book: ['S01', 'S02', 'S03'],
      ev: 'reference',
      traits: ['split-one-to-many', 'ref-slashes', 'abbreviated-name'],
    });
    L('Z02', '2002-07-02', '-21600.00', 'INTERNET PMT SALDANHA SHELLFISH HATCH/SSH0719', trace(), {
      e: 'rev',
      partner: 'Z04',
      traits: ['failed-transfer'],
    });
    fee('Z03', '2002-07-02', '-3.80', 'NETBANK PAYMENT FEE');
    L('Z04', '2002-07-03', '21600.00', 'RETURNED PMT SALDANHA SHELLFISH HATCH/ACCOUNT CLOSED', trace(), {
      e: 'rev',
      partner: 'Z02',
      traits: ['reversal'],
    });
    L('Z05', '2002-07-04', '-21600.00', 'INTERNET PMT SALDANHA SHELLFISH HATCHERY/SSH 0719 SPAT', trace(), {
      e: 'match',
      d: 'auto',
      book: ['S04'],
      ev: 'reference',
      traits: ['resent-after-reversal', 'ref-spaces'],
    });
    fee('Z06', '2002-07-04', '-3.80', 'NETBANK PAYMENT FEE');
    L('Z07', '2002-07-05', '3500.00', 'ACB CREDIT SEDGEFIELD LAKESIDE INN/inv 2243', trace(), {
      e: 'match',
      d: 'auto',
      book: ['S05'],
      ev: 'reference',
      diff: '80.00',
      traits: ['over-payment', 'ref-lowercase'],
    });
    const twins = {
      e: 'match',
      d: 'auto',
      anyOf: [['S06'], ['S07']],
      ev: 'counterparty',
      traits: ['twins', 'card-purchase'],
    };
    L('Z08', '2002-07-08', '-850.00', 'POS PURCHASE KNYSNA MARINE FUELS', trace(), twins);
    L('Z09', '2002-07-08', '14889.50', 'SPEEDPOINT DEP 41208833 05-07JUL', '41208833', {
      e: 'match',
      d: 'suggest',
      book: ['S08', 'S09'],
      ev: 'amount',
      traits: ['pos-settlement', 'settled-next-day', 'gross-and-fee-booked'],
    });
    L('Z10', '2002-07-09', '-3648.00', 'CHEQUE 000318', '000318', {
      e: 'match',
      d: 'auto',
      book: ['S10'],
      ev: 'reference',
      traits: ['cheque-number', 'ref-padding'],
    });
    fee('Z11', '2002-07-09', '-4.50', 'CHEQUE FEE');
    L('Z12', '2002-07-10', '-850.00', 'POS PURCHASE KNYSNA MARINE FUELS', trace(), twins);
    L('Z13', '2002-07-10', '29070.00', 'ACB CREDIT FOURWAYS SEAFOOD WHOLESALERS/INV 2240 LESS CN 118', trace(), {
      e: 'match',
      d: 'suggest',
      book: ['S11', 'S12'],
      ev: 'reference',
      traits: ['invoice-less-credit-note', 'ref-spaces'],
    });
    L('Z14', '2002-07-11', '6000.00', 'ACB CREDIT PLETT COUNTRY CLUB/PART INV 2236', trace(), {
      e: 'match',
      d: 'suggest',
      book: ['S13'],
      ev: 'reference',
      traits: ['part-payment', 'abbreviated-name', 'ref-spaces'],
    });
    L('Z15', '2002-07-12', '2964.00', 'CASH DEPOSIT KNYSNA', '', {
      e: 'match',
      d: 'suggest',
      book: ['S14'],
      ev: 'amount',
      traits: ['cash-deposit', 'amount-only'],
    });
    fee('Z16', '2002-07-12', '-18.60', 'CASH DEPOSIT FEE');
    L('Z17', '2002-07-15', '21432.40', 'SPEEDPOINT DEP 41208833 08-14JUL', '41208833', {
      e: 'match',
      d: 'auto',
      book: ['S15'],
      ev: 'reference',
      traits: ['pos-settlement', 'settled-next-day', 'net-as-booked'],
    });
    L('Z18', '2002-07-15', '-562.00', 'TELKOM DEBIT ORDER 044 382 1175', '0443821175', {
      e: 'match',
      d: 'auto',
      book: ['S16'],
      ev: 'reference',
      traits: ['ref-spaces'],
    });
    fee('Z19', '2002-07-15', '-2.90', 'DEBIT ORDER FEE');
    L('Z20', '2002-07-16', '4000.00', 'ACB CREDIT HEADS VIEW GUEST HOUSE/INV 2241', trace(), {
      e: 'match',
      d: 'suggest',
      book: ['S17'],
      group: 'g1',
      ev: 'reference',
      traits: ['split-many-to-one', 'ref-spaces'],
    });
    L('Z21', '2002-07-17', '7410.00', 'ACB CREDIT HARBOUR TOWN TAVERN/INV2246', trace(), {
      e: 'match',
      d: 'auto',
      book: ['S18'],
      ev: 'reference',
      traits: ['trading-name', 'ref-joined'],
    });
    L('Z22', '2002-07-18', '-4275.00', 'INTERNET PMT KNYSNA BOAT HIRE/SKIPPERED CHARTER', trace(), {
      e: 'none',
      traits: ['decoy', 'unrecorded-payment'],
    });
    fee('Z23', '2002-07-18', '-3.80', 'NETBANK PAYMENT FEE');
    L('Z24', '2002-07-19', '-9815.16', 'INTERNET PMT SARS PAYE 7120748211 JUN02', trace(), {
      e: 'match',
      d: 'auto',
      book: ['S19'],
      ev: 'reference',
      traits: ['ref-joined', 'acronym'],
    });
    fee('Z25', '2002-07-19', '-3.80', 'NETBANK PAYMENT FEE');
    L('Z26', '2002-07-22', '5130.00', 'ACB CREDIT BELVIDERE ESTATE HOA/LEVY REFUND', trace(), {
      e: 'none',
      traits: ['decoy', 'unrecorded-receipt'],
    });
    L('Z27', '2002-07-23', '4550.00', 'ACB CREDIT THE WATERFRONT GRILL', trace(), {
      e: 'match',
      d: 'suggest',
      book: ['S21'],
      ev: 'amount',
      traits: ['trading-name', 'amount-only'],
    });
    L('Z28', '2002-07-24', '-3284.70', 'INTERNET PMT KNYSNA MUNIC/ACC 11-2045-00', trace(), {
      e: 'match',
      d: 'auto',
      book: ['S22'],
      ev: 'reference',
      traits: ['ref-hyphens', 'abbreviated-name'],
    });
    fee('Z29', '2002-07-24', '-3.80', 'NETBANK PAYMENT FEE');
    L('Z30', '2002-07-25', '3980.00', 'ACB CREDIT HEADS VIEW GUEST HOUSE/INV 2241 BAL', trace(), {
      e: 'match',
      d: 'suggest',
      book: ['S17'],
      group: 'g1',
      ev: 'reference',
      traits: ['split-many-to-one', 'ref-spaces'],
    });
    L('Z31', '2002-07-25', '-1145.00', 'SANTAM DEBIT ORDER POL 4471-2290', '44712290', {
      e: 'match',
      d: 'auto',
      book: ['S23'],
      ev: 'reference',
      traits: ['ref-hyphens'],
    });
    fee('Z32', '2002-07-25', '-2.90', 'DEBIT ORDER FEE');
    L('Z33', '2002-07-26', '-38460.00', 'NETBANK SALARY BATCH JUL 2002', trace(), {
      e: 'match',
      d: 'auto',
      book: ['S24'],
      ev: 'counterparty',
      traits: ['bulk-payroll'],
    });
    fee('Z34', '2002-07-26', '-22.80', 'NETBANK BATCH FEE 6 X 3.80');
    fee('Z35', '2002-07-31', '-165.00', 'MERCHANT TERMINAL RENTAL');
    fee('Z36', '2002-07-31', '-48.00', 'MONTHLY ACCOUNT FEE');
    fee('Z37', '2002-07-31', '12.34', 'CREDIT INTEREST', 'interest');

    // Simply's GL report has no contact column: the party is only in the comment, as the bookkeeper typed it
    const B = (id, date, src, je, desc, amount, party = null) => ({ id, date, ref: src, je, desc, amount, party });
    const book = [
      B('S01', '2002-07-01', '2231', 'J412', 'Bay Seafood Restaurants (Pty) Ltd, receipt', '4560.00'),
      B('S02', '2002-07-01', '2238', 'J413', 'Bay Seafood Restaurants (Pty) Ltd, receipt', '7980.00'),
      B('S03', '2002-07-01', '2244', 'J414', 'Bay Seafood Restaurants (Pty) Ltd, receipt', '5700.00'),
      B('S04', '2002-07-02', 'SSH0719', 'J415', 'Saldanha Shellfish Hatchery, oyster spat 200,000', '-21600.00'),
      B('S05', '2002-07-05', '2243', 'J418', 'Sedgefield Lakeside Inn, receipt', '3420.00'),
      B('S08', '2002-07-07', 'SP0507', 'J420', 'Oyster Festival stall, card sales 5-7 July', '15350.00'),
      B('S09', '2002-07-07', 'SP0507', 'J421', 'Merchant commission 3%, card sales 5-7 July', '-460.50'),
      B('S06', '2002-07-08', 'CARD', 'J422', 'Knysna Marine Fuels, diesel for the work boat', '-850.00'),
      B('S10', '2002-07-08', '318', 'J423', 'Cold Chain Express cc, refrigerated transport to Cape Town', '-3648.00'),
      B('S07', '2002-07-10', 'CARD', 'J425', 'Knysna Marine Fuels, diesel for the work boat', '-850.00'),
      B('S11', '2002-07-10', '2240', 'J426', 'Fourways Seafood Wholesalers, receipt', '31350.00'),
      B(
        'S12',
        '2002-07-10',
        'CN118',
        'J427',
        'Fourways Seafood Wholesalers, credit note 118 (short delivery)',
        '-2280.00',
      ),
      B('S13', '2002-07-11', '2236', 'J428', 'Plettenberg Bay Country Club, receipt', '12540.00'),
      B('S14', '2002-07-12', '2247', 'J430', 'Sedgefield Fish Market, receipt', '2964.00'),
      B('S15', '2002-07-14', 'SP0814', 'J432', 'Speedpoint 41208833 card sales 8-14 July (net)', '21432.40'),
      B('S16', '2002-07-15', 'DO', 'J433', 'Telkom SA Ltd, account 0443821175', '-562.00'),
      B('S18', '2002-07-17', '2246', 'J435', 'J.P. Rossouw, receipt', '7410.00'),
      B('S19', '2002-07-19', 'EMP201', 'J437', 'SARS PAYE/SDL/UIF June 2002, ref 7120/748/21/1', '-9815.16'),
      B('S20', '2002-07-22', '2249', 'J439', 'Belvidere Manor, receipt (EFT promised)', '5130.00'),
      B('S21', '2002-07-23', '2250', 'J440', 'Mossel Bay Hospitality cc, receipt', '4550.00'),
      B('S22', '2002-07-24', 'NET', 'J441', 'Knysna Municipality, electricity and water, acc 11204500', '-3284.70'),
      B('S17', '2002-07-25', '2241', 'J443', 'Heads View Guest House, receipt', '7980.00'),
      B('S23', '2002-07-25', 'DO', 'J444', 'Santam, marine and stock insurance, policy 4471 2290', '-1145.00'),
      B('S24', '2002-07-26', 'NET', 'J446', 'Salaries July 2002', '-38460.00'),
      B('S25', '2002-07-26', '319', 'J447', 'Knysna Boat Builders, hull repair to the punt', '-4275.00'),
      B('S26', '2002-07-29', '320', 'J449', 'DEAT Marine & Coastal Management, aquaculture permit', '-1200.00'),
    ];

    return {
      set: 'za-boe-simply',
      country: 'ZA',
      currency: 'ZAR',
      timezone: 'Africa/Johannesburg',
      period: { from: '2002-07-01', to: '2002-07-31' },
      publicHolidays: [],
      bank: 'BOE Bank Ltd',
      package:
        'Simply Accounting 2002 (Reports → Financials → General Ledger, account 1060 BOE Bank Current, File → Export → comma-separated text)',
      business:
        'an oyster farm on the Knysna lagoon selling to restaurants, guest houses, a country club and a Johannesburg seafood wholesaler, with a stall at the July Oyster Festival taking cards through a speedpoint (oyster spat from a Saldanha hatchery, refrigerated transport to Cape Town, a work boat on diesel)',
      bankFile: {
        file: BANK,
        layout:
          'BOE Bank internet-banking statement CSV: five preamble rows, header Date,Details,Reference,Debit,Credit,Balance; dd Mmm yyyy; plain amounts; the balance with a CR suffix; a Balance brought forward row under the header',
        order: 'oldest-first',
        ledgerAccount: '1060',
        readOptions: {
          currency: 'ZAR',
          dateOrder: 'DMY',
          mapping: {
            date: 'Date',
            description: 'Details',
            reference: 'Reference',
            moneyOut: 'Debit',
            moneyIn: 'Credit',
            balance: 'Balance',
          },
        },
        opening: '84512.30',
      },
      ledgerFile: {
        file: BOOK,
        layout:
          'Simply Accounting 2002 General Ledger report as comma-separated text: three title rows, header Date,Comment,Source #,JE #,Debits,Credits,Balance; an account heading row (1060 BOE Bank Current) and its Opening Balance, a Total row; dd/mm/yyyy (South African regional settings); no contact column (the party is in the comment); Debits = money into the bank account',
        readOptions: {
          currency: 'ZAR',
          dateOrder: 'DMY',
          mapping: {
            date: 'Date',
            description: 'Comment',
            reference: 'Source #',
            moneyIn: 'Debits',
            moneyOut: 'Credits',
          },
        },
        opening: '88931.60',
      },
      book,
      lines,
      ledgerOnly: {
        S20: 'receipt booked on the guest house’s promise of an EFT; nothing came',
        S25: 'cheque 319 to the boat builder not yet presented',
        S26: 'cheque 320 for the permit not yet presented',
      },
      notes: [
        'Charges as BOE Bank is taken to write them in 2002 (VAT 14 % included): NetBank payment R3.80 an item, cheque R4.50, cash deposit R18.60, debit order R2.90, merchant terminal rental R165, monthly account fee R48; credit interest on the balance.',
        'Speedpoint settlements arrive the next working day net of 3 % commission: the festival weekend is booked gross with the commission as its own row, the following week net as it came (with the terminal number).',
        'Decoys: a levy refund from the Belvidere Estate home-owners’ association (+5,130) beside the customer Belvidere Manor’s promised EFT of the same amount, and an internet payment to Knysna Boat Hire (−4,275, a skippered charter) beside the uncleared cheque 319 to Knysna Boat Builders.',
        'Simply’s report names no contact: the party is the start of the comment. Harbour Town Tavern is J.P. Rossouw’s trading name; The Waterfront Grill is Mossel Bay Hospitality cc’s.',
      ],
      writeBank(ls) {
        const money = (v) => major(Math.abs(v));
        const rows = [
          ['BOE Bank Limited'],
          ['Statement of account'],
          ['Account holder', 'BRENTON OYSTER CO CC'],
          ['Account number', '2280****61 Business Current Account'],
          ['Statement period', '2002/07/01 - 2002/07/31'],
          ['Date', 'Details', 'Reference', 'Debit', 'Credit', 'Balance'],
        ];
        const headerRow = rows.length;
        rows.push(['', 'Balance brought forward', '', '', '', `${money(8451230)} CR`]);
        const at = new Map();
        for (const l of ls) {
          rows.push([
            dMonY(l.date, ' '),
            l.text,
            l.ref,
            l.minor < 0 ? money(l.minor) : '',
            l.minor > 0 ? money(l.minor) : '',
            `${money(l.balance)} CR`,
          ]);
          at.set(l.id, rows.length);
        }
        return { content: csv(rows), rows: at, headerRow };
      },
      writeBook(bs) {
        const rows = [
          ['Brenton Oyster Co cc'],
          ['General Ledger Report'],
          ['01/07/2002 to 31/07/2002'],
          ['Date', 'Comment', 'Source #', 'JE #', 'Debits', 'Credits', 'Balance'],
        ];
        const headerRow = rows.length;
        let bal = 8893160;
        rows.push(['1060 BOE Bank Current']);
        rows.push(['', 'Opening Balance', '', '', '', '', major(bal)]);
        const at = new Map();
        let dr = 0;
        let cr = 0;
        for (const b of [...bs].sort((a, c) => (a.date < c.date ? -1 : a.date > c.date ? 1 : 0))) {
          bal += b.minor;
          if (b.minor > 0) dr += b.minor;
          else cr -= b.minor;
          rows.push([
            dmy(b.date),
            b.desc,
            b.ref,
            b.je,
            b.minor > 0 ? major(b.minor) : '',
            b.minor < 0 ? major(-b.minor) : '',
            major(bal),
          ]);
          at.set(b.id, rows.length);
        }
        rows.push(['Total 1060 BOE Bank Current', '', '', '', major(dr), major(cr), major(bal)]);
        return { content: csv(rows), rows: at, headerRow };
      },
    };
  },
};
