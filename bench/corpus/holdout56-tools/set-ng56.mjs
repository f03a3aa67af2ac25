// NG: Udi Hills Poultry Farms Ltd, Enugu, February 2024. Heritage Bank current account (CSV as its internet banking
// exports it) against NCH Express Accounts' General Ledger report of account 1020 (CSV).
import { csv, digits, dMonY, dmy, grouped, letters } from './lib56.mjs';

const BANK = 'heritage-5100347-feb2024.csv';
const BOOK = 'express-accounts-gl-1020-feb2024.csv';

export default {
  make(r) {
    const nip = (d) => `000020${d.slice(2).replace(/-/g, '')}${digits(r, 18)}`;
    const ft = () => `FT24${digits(r, 6)}${letters(r, 2)}`;
    const lines = [];
    const L = (id, date, amount, text, ref, t) => lines.push({ id, date, amount, text, ref, t });
    const levy = (id, date) =>
      L(id, date, '-50.00', 'ELECTRONIC MONEY TRANSFER LEVY', ft(), { e: 'bank-only', kind: 'levy', traits: [] });
    const nipFee = (id, date) =>
      L(id, date, '-53.75', 'NIP TRANSFER CHARGE INCL VAT', ft(), { e: 'bank-only', kind: 'charge', traits: [] });

    L('B01', '2024-02-01', '1386000.00', 'NIP FRM OGBETE FRESH MART LTD/INV 2401 2407', nip('2024-02-01'), {
      e: 'match',
      d: 'auto',
      book: ['L01', 'L02'],
      ev: 'reference',
      traits: ['split-one-to-many', 'ref-spaces'],
    });
    levy('B02', '2024-02-01');
    L('B03', '2024-02-02', '-2340000.00', 'NIP TO AGBANI FEED MILLS LTD/AFM 0223 LAYER MASH', nip('2024-02-02'), {
      e: 'match',
      d: 'auto',
      book: ['L03'],
      ev: 'reference',
      traits: ['ref-spaces'],
    });
    nipFee('B04', '2024-02-02');
    L('B05', '2024-02-05', '500000.00', 'NIP FRM LAKEVIEW HOTEL ENUGU LTD/PART INV2412', nip('2024-02-05'), {
      e: 'match',
      d: 'suggest',
      book: ['L05'],
      group: 'g1',
      ev: 'reference',
      traits: ['split-many-to-one', 'ref-joined'],
    });
    levy('B06', '2024-02-05');
    L('B07', '2024-02-06', '307220.00', 'PAYSTACK PAYMENTS LTD SETTLEMENT 7731-0206', 'PSTK7731', {
      e: 'match',
      d: 'auto',
      book: ['L06'],
      ev: 'reference',
      traits: ['card-gateway-settlement', 'net-as-booked'],
    });
    L('B08', '2024-02-07', '388500.00', 'TRF FROM NKEM FARM FRESH', nip('2024-02-07'), {
      e: 'match',
      d: 'suggest',
      book: ['L07'],
      ev: 'amount',
      traits: ['trading-name', 'amount-only'],
    });
    levy('B09', '2024-02-07');
    L('B10', '2024-02-08', '-1080000.00', 'NIP TO NSUKKA HATCHERIES LTD/DOC BATCH 07', nip('2024-02-08'), {
      e: 'rev',
      partner: 'B11',
      traits: ['failed-transfer'],
    });
    L('B11', '2024-02-08', '1080000.00', 'RVSL NIP TO NSUKKA HATCHERIES LTD/DOC BATCH 07 BENE NAME MISMATCH', ft(), {
      e: 'rev',
      partner: 'B10',
      traits: ['reversal'],
    });
    L('B12', '2024-02-09', '-1080000.00', 'NIP TO NSUKKA HATCHERIES LIMITED/DOC BATCH 07 RESEND', nip('2024-02-09'), {
      e: 'match',
      d: 'auto',
      book: ['L08'],
      ev: 'counterparty',
      traits: ['resent-after-reversal', 'name-only'],
    });
    nipFee('B13', '2024-02-09');
    L('B14', '2024-02-12', '504000.00', 'NIP FRM POLO PARK GROCERS/INV2405 LESS CN31', nip('2024-02-12'), {
      e: 'match',
      d: 'suggest',
      book: ['L09', 'L10'],
      ev: 'reference',
      traits: ['invoice-less-credit-note', 'ref-joined'],
    });
    levy('B15', '2024-02-12');
    L('B16', '2024-02-13', '183280.00', 'MONIEPOINT POS SETTLEMENT TID 2LUD0417 12-02-2024', `STL${digits(r, 10)}`, {
      e: 'match',
      d: 'suggest',
      book: ['L11', 'L12'],
      ev: 'amount',
      traits: ['pos-settlement', 'settled-next-day', 'gross-and-fee-booked'],
    });
    L('B17', '2024-02-14', '261000.00', 'NIP FRM GOLDEN ROYALE HOTEL/INV-2418', nip('2024-02-14'), {
      e: 'match',
      d: 'auto',
      book: ['L13'],
      ev: 'reference',
      diff: '4500.00',
      traits: ['over-payment', 'ref-canonical'],
    });
    levy('B18', '2024-02-14');
    const twins = {
      e: 'match',
      d: 'auto',
      anyOf: [['L14'], ['L15']],
      ev: 'counterparty',
      traits: ['twins', 'card-purchase'],
    };
    L('B19', '2024-02-15', '-145000.00', 'POS PURCHASE EMENE DIESEL DEPOT ENUGU', `POS${digits(r, 12)}`, twins);
    L('B20', '2024-02-16', '-145000.00', 'POS PURCHASE EMENE DIESEL DEPOT ENUGU', `POS${digits(r, 12)}`, twins);
    L('B21', '2024-02-16', '420000.00', 'NIP FRM ADA EGGS DEPOT/inv2409', nip('2024-02-16'), {
      e: 'match',
      d: 'auto',
      book: ['L16'],
      ev: 'reference',
      traits: ['trading-name', 'ref-lowercase', 'ref-joined'],
    });
    levy('B22', '2024-02-16');
    L('B23', '2024-02-19', '700000.00', 'NIP FRM COAL CITY CATERERS LTD/PART PYMT INV 2415', nip('2024-02-19'), {
      e: 'match',
      d: 'suggest',
      book: ['L17'],
      ev: 'reference',
      traits: ['part-payment', 'ref-spaces'],
    });
    levy('B24', '2024-02-19');
    L('B25', '2024-02-20', '-64250.00', 'POS PURCHASE VETCARE PHARMACY OGUI RD', `POS${digits(r, 12)}`, {
      e: 'match',
      d: 'auto',
      book: ['L18'],
      ev: 'counterparty',
      traits: ['card-purchase', 'name-only'],
    });
    L('B26', '2024-02-21', '-186400.00', 'REMITA/ESIRS PAYE JAN 2024/RRR 2910-4477-3302', `RRR${digits(r, 6)}`, {
      e: 'match',
      d: 'auto',
      book: ['L19'],
      ev: 'reference',
      traits: ['ref-hyphens'],
    });
    L('B27', '2024-02-21', '-161.25', 'REMITA PROCESSING FEE', ft(), { e: 'bank-only', kind: 'charge', traits: [] });
    L('B28', '2024-02-22', '445000.00', 'NIP FRM LAKEVIEW HOTEL ENUGU LTD/BAL INV2412', nip('2024-02-22'), {
      e: 'match',
      d: 'suggest',
      book: ['L05'],
      group: 'g1',
      ev: 'reference',
      traits: ['split-many-to-one', 'ref-joined'],
    });
    levy('B29', '2024-02-22');
    L('B30', '2024-02-22', '96520.00', 'MONIEPOINT POS SETTLEMENT TID 2LUD0417 21-02-2024', `STL${digits(r, 10)}`, {
      e: 'match',
      d: 'suggest',
      book: ['L20'],
      ev: 'amount',
      traits: ['pos-settlement', 'settled-next-day', 'net-as-booked'],
    });
    L(
      'B31',
      '2024-02-23',
      '-221100.00',
      'NIP TO STANBIC IBTC PENSION MGRS/PEN CONTR JAN24 PEN100237741',
      nip('2024-02-23'),
      {
        e: 'match',
        d: 'auto',
        book: ['L21'],
        ev: 'reference',
        traits: ['ref-canonical', 'abbreviated-name'],
      },
    );
    nipFee('B32', '2024-02-23');
    L('B33', '2024-02-26', '-150000.00', 'EEDC PREPAID TOKEN MTR 0101-2245-7713', `VND${digits(r, 10)}`, {
      e: 'match',
      d: 'auto',
      book: ['L22'],
      ev: 'reference',
      traits: ['ref-hyphens', 'acronym'],
    });
    L('B34', '2024-02-27', '415000.00', 'NIP FRM UGWU & SONS HARDWARE/REFUND OVERPAYT', nip('2024-02-27'), {
      e: 'none',
      traits: ['decoy', 'unrecorded-receipt'],
    });
    levy('B35', '2024-02-27');
    L('B36', '2024-02-27', '-210000.00', 'NIP TO OBI OKONKWO TRAVELS/FLIGHT TKT ENU-ABV', nip('2024-02-27'), {
      e: 'none',
      traits: ['decoy', 'unrecorded-payment'],
    });
    nipFee('B37', '2024-02-27');
    L('B38', '2024-02-28', '-1842500.00', 'BULK TRANSFER SALARY FEB 2024 23 BENEFICIARIES', `BLK${digits(r, 9)}`, {
      e: 'match',
      d: 'auto',
      book: ['L25'],
      ev: 'counterparty',
      traits: ['bulk-payroll'],
    });
    L('B39', '2024-02-28', '-618.24', 'BULK TRANSFER CHARGE 23 X 26.88', ft(), {
      e: 'bank-only',
      kind: 'charge',
      traits: [],
    });
    L('B40', '2024-02-29', '-120.00', 'SMS ALERT CHARGES FEB 2024', ft(), {
      e: 'bank-only',
      kind: 'charge',
      traits: [],
    });
    L('B41', '2024-02-29', '-1250.00', 'ACCOUNT MAINTENANCE FEE FEB 2024', ft(), {
      e: 'bank-only',
      kind: 'charge',
      traits: [],
    });
    L('B42', '2024-02-29', '-93.75', 'VAT ON ACCOUNT MAINTENANCE FEE', ft(), {
      e: 'bank-only',
      kind: 'fee-vat',
      traits: [],
    });

    const B = (id, date, type, ref, party, desc, amount) => ({ id, date, type, ref, party, desc, amount });
    const book = [
      B(
        'L01',
        '2024-02-01',
        'Receipt',
        'INV-2401',
        'Ogbete Fresh Mart Ltd',
        'Payment for invoice INV-2401 (eggs, 450 crates)',
        '612000.00',
      ),
      B(
        'L02',
        '2024-02-01',
        'Receipt',
        'INV-2407',
        'Ogbete Fresh Mart Ltd',
        'Payment for invoice INV-2407 (spent layers, 60 birds)',
        '774000.00',
      ),
      B(
        'L03',
        '2024-02-02',
        'Payment',
        'AFM/0223',
        'Agbani Feed Mills Ltd',
        'Layer mash 120 bags, bill AFM/0223',
        '-2340000.00',
      ),
      B(
        'L06',
        '2024-02-06',
        'Receipt',
        'PSTK-7731',
        'Paystack',
        'Online egg orders, Paystack settlement 7731 (net)',
        '307220.00',
      ),
      B(
        'L07',
        '2024-02-07',
        'Receipt',
        'INV-2404',
        'Nkemdirim Obi Ventures',
        'Payment for invoice INV-2404 (eggs, 150 crates)',
        '388500.00',
      ),
      B(
        'L08',
        '2024-02-08',
        'Payment',
        'PO-0207',
        'Nsukka Hatcheries Ltd',
        'Day-old pullets, 2,400 birds',
        '-1080000.00',
      ),
      B(
        'L09',
        '2024-02-12',
        'Receipt',
        'INV-2405',
        'Polo Park Grocers Ltd',
        'Payment for invoice INV-2405',
        '540000.00',
      ),
      B(
        'L10',
        '2024-02-12',
        'Credit Note',
        'CN-0031',
        'Polo Park Grocers Ltd',
        'Credit note CN-0031, cracked eggs returned',
        '-36000.00',
      ),
      B('L11', '2024-02-12', 'Receipt', 'POS-1202', 'Farm gate sales', 'POS sales 12 Feb (gross)', '184000.00'),
      B('L12', '2024-02-12', 'Payment', 'POS-1202', 'Moniepoint', 'POS charges 12 Feb', '-720.00'),
      B('L13', '2024-02-14', 'Receipt', 'INV-2418', 'Golden Royale Hotel', 'Payment for invoice INV-2418', '256500.00'),
      B(
        'L14',
        '2024-02-15',
        'Payment',
        '',
        'Emene Diesel Depot',
        'Diesel 500 litres for generator, paid by card',
        '-145000.00',
      ),
      B(
        'L15',
        '2024-02-16',
        'Payment',
        '',
        'Emene Diesel Depot',
        'Diesel 500 litres for generator, paid by card',
        '-145000.00',
      ),
      B('L16', '2024-02-16', 'Receipt', 'INV-2409', 'Adaeze Okafor', 'Payment for invoice INV-2409', '420000.00'),
      B(
        'L17',
        '2024-02-19',
        'Receipt',
        'INV-2415',
        'Coal City Caterers Ltd',
        'Payment for invoice INV-2415',
        '1200000.00',
      ),
      B(
        'L18',
        '2024-02-20',
        'Payment',
        '',
        'Vetcare Pharmacy Ltd',
        'Newcastle vaccine and vitamins, paid by card',
        '-64250.00',
      ),
      B(
        'L19',
        '2024-02-21',
        'Payment',
        'RRR 291044773302',
        'Enugu State Internal Revenue Service',
        'PAYE January 2024',
        '-186400.00',
      ),
      B(
        'L20',
        '2024-02-21',
        'Receipt',
        'POS-2102',
        'Farm gate sales',
        'POS takings 21 Feb (net of charges)',
        '96520.00',
      ),
      B(
        'L05',
        '2024-02-22',
        'Receipt',
        'INV-2412',
        'Lakeview Hotel Enugu Ltd',
        'Payment for invoice INV-2412',
        '945000.00',
      ),
      B(
        'L21',
        '2024-02-23',
        'Payment',
        'PEN100237741',
        'Stanbic IBTC Pension Managers Ltd',
        'Pension contribution January 2024',
        '-221100.00',
      ),
      B(
        'L22',
        '2024-02-26',
        'Payment',
        '01012245 7713',
        'Enugu Electricity Distribution Co',
        'Prepaid electricity, meter 01012245 7713',
        '-150000.00',
      ),
      B(
        'L23',
        '2024-02-26',
        'Receipt',
        'INV-2421',
        'Ugwu & Sons Eggs',
        'Payment for invoice INV-2421 (transfer promised by phone)',
        '415000.00',
      ),
      B(
        'L24',
        '2024-02-26',
        'Cheque',
        '000412',
        'Obi Okonkwo Transport Ltd',
        'Haulage of feed from Agbani, February',
        '-210000.00',
      ),
      B(
        'L26',
        '2024-02-27',
        'Cheque',
        '000413',
        'Enugu East Local Government',
        'Poultry permit renewal 2024',
        '-45000.00',
      ),
      B('L25', '2024-02-28', 'Payment', 'SAL-0224', 'Staff salaries', 'Salaries February 2024', '-1842500.00'),
    ];

    return {
      set: 'ng-heritage-expressaccounts',
      country: 'NG',
      currency: 'NGN',
      timezone: 'Africa/Lagos',
      period: { from: '2024-02-01', to: '2024-02-29' },
      publicHolidays: [],
      bank: 'Heritage Bank Plc',
      package: 'NCH Express Accounts 10 (Reports → General Ledger, account 1020 Heritage Bank Current, Export → CSV)',
      business:
        'a layer farm and egg distributor at Udi, Enugu State (supermarkets, hotels, caterers and egg traders, farm-gate POS sales, online orders through Paystack, layer mash from a feed mill, day-old pullets from a hatchery, generator diesel, vaccines)',
      bankFile: {
        file: BANK,
        layout:
          'Heritage Bank internet-banking statement CSV: seven preamble rows (bank, title, account name, masked number, currency, period, opening balance), header Trans. Date,Reference,Narration,Value Date,Debit,Credit,Balance; dd-Mmm-yyyy; thousands commas; a Closing Balance row',
        order: 'oldest-first',
        ledgerAccount: '1020',
        readOptions: {
          currency: 'NGN',
          dateOrder: 'DMY',
          mapping: {
            date: 'Trans. Date',
            valueDate: 'Value Date',
            description: 'Narration',
            reference: 'Reference',
            moneyOut: 'Debit',
            moneyIn: 'Credit',
            balance: 'Balance',
          },
        },
        opening: '8450000.00',
      },
      ledgerFile: {
        file: BOOK,
        layout:
          'NCH Express Accounts General Ledger report CSV: four title rows and a blank, header Date,Account,Type,Reference,Name,Memo,Debit,Credit,Balance; dd/mm/yyyy; an Opening Balance row without a date, Total and Closing Balance rows at the end; Debit = money into the bank account',
        readOptions: {
          currency: 'NGN',
          dateOrder: 'DMY',
          mapping: {
            date: 'Date',
            reference: 'Reference',
            party: 'Name',
            description: ['Type', 'Memo'],
            moneyIn: 'Debit',
            moneyOut: 'Credit',
          },
        },
        opening: '8612340.00',
      },
      book,
      describe: (b) => `${b.type} — ${b.desc}`,
      lines,
      ledgerOnly: {
        L23: 'receipt booked on the customer’s phoned promise; the transfer never came this month',
        L24: 'cheque 000412 to the haulier not yet presented',
        L26: 'cheque 000413 for the permit not yet presented',
      },
      notes: [
        'Charges as Heritage Bank is taken to write them in 2024: NIP ₦53.75 (incl. VAT) on each outward transfer above ₦50,000, Remita ₦161.25, bulk transfer ₦26.88 an item, EMTL ₦50 on each transfer received of ₦10,000 or more (not on POS or Paystack settlements), SMS alerts ₦120 a month, account maintenance fee and its 7.5 % VAT.',
        'Moniepoint POS settlements arrive the next working day net of the 0.5 % MSC; the 12 Feb batch is booked gross with the charge as its own row, the 21 Feb batch net as it came. The Paystack settlement is booked net.',
        'Decoys: Ugwu & Sons Hardware’s refund (+415,000) beside the customer Ugwu & Sons Eggs’ promised payment of the same amount, and a transfer to Obi Okonkwo Travels (−210,000, a flight ticket) beside the uncleared cheque 000412 to Obi Okonkwo Transport.',
        'The opening book balance differs from the bank’s by the cheques of January still uncleared; the books hold only this month’s rows.',
      ],
      writeBank(ls, { closing }) {
        const rows = [
          ['HERITAGE BANK PLC'],
          ['STATEMENT OF ACCOUNT'],
          ['Account Name:', 'UDI HILLS POULTRY FARMS LTD'],
          ['Account Number:', '510****347'],
          ['Currency:', 'NGN'],
          ['Period:', '01-Feb-2024 to 29-Feb-2024'],
          ['Opening Balance:', grouped(845000000)],
          ['Trans. Date', 'Reference', 'Narration', 'Value Date', 'Debit', 'Credit', 'Balance'],
        ];
        const headerRow = rows.length;
        const at = new Map();
        for (const l of ls) {
          rows.push([
            dMonY(l.date),
            l.ref,
            l.text,
            dMonY(l.date),
            l.minor < 0 ? grouped(l.minor) : '',
            l.minor > 0 ? grouped(l.minor) : '',
            grouped(l.balance),
          ]);
          at.set(l.id, rows.length);
        }
        rows.push(['', '', 'Closing Balance', '', '', '', grouped(closing)]);
        return { content: csv(rows), rows: at, headerRow };
      },
      writeBook(bs) {
        const acct = '1020 - Heritage Bank Current Account';
        const rows = [
          ['Udi Hills Poultry Farms Ltd'],
          ['General Ledger Report'],
          [`Account: ${acct}`],
          ['Date Range: 01/02/2024 - 29/02/2024'],
          [],
          ['Date', 'Account', 'Type', 'Reference', 'Name', 'Memo', 'Debit', 'Credit', 'Balance'],
        ];
        const headerRow = rows.length;
        let bal = 861234000;
        rows.push(['', acct, '', '', '', 'Opening Balance', '', '', grouped(bal)]);
        const at = new Map();
        let dr = 0;
        let cr = 0;
        for (const b of [...bs].sort((a, c) => (a.date < c.date ? -1 : a.date > c.date ? 1 : 0))) {
          bal += b.minor;
          if (b.minor > 0) dr += b.minor;
          else cr -= b.minor;
          rows.push([
            dmy(b.date),
            acct,
            b.type,
            b.ref,
            b.party,
            b.desc,
            b.minor > 0 ? grouped(b.minor) : '',
            b.minor < 0 ? grouped(b.minor) : '',
            (bal < 0 ? '-' : '') + grouped(bal),
          ]);
          at.set(b.id, rows.length);
        }
        rows.push(['', '', '', '', '', 'Total', grouped(dr), grouped(cr), '']);
        rows.push(['', acct, '', '', '', 'Closing Balance', '', '', grouped(bal)]);
        return { content: csv(rows), rows: at, headerRow };
      },
    };
  },
};
