// KE: Kijabe Ridge Roses Ltd, a rose farm on South Lake Road, Naivasha, with Dutch directors, October 2034. UBA Kenya
// statement CSV (newest first, Tran ID column) against AFAS Profit's Grootboekkaart (general ledger card) exported
// to Excel in Dutch, real date cells.
import { Month, T, csvText, dMonY, dateCell, draw, money, xlsxBuffer } from './lib53.mjs';

const N = (x) => Math.round(x * 100);

export function build(rng) {
  const m = new Month();
  let tran = 4418200 + Math.floor(rng() * 1000);
  const id = () => `S${tran++}`;
  const excise = (date, fee, traits = ['excise-duty']) =>
    m.line({ date, amount: -Math.round(fee * 0.2), text: 'EXCISE DUTY', ref: id() }, T.bankOnly('tax', traits));
  const D = (o) => ({ journal: 'BNK', ...o });

  // receipts
  m.book(
    'fx1',
    D({
      date: '2034-10-03',
      amount: N(4531100),
      ref: 'FX341003',
      rel: '',
      desc: 'Omwisseling USD 35.000 @ 129,46 naar KES-rekening',
    }),
  );
  m.line(
    {
      date: '2034-10-03',
      amount: N(4531100),
      text: 'TRF FROM USD A/C 03*****4472/FX DEAL FX341003 USD35000 @129.46',
      ref: id(),
    },
    T.match(['fx1'], 'reference', 'auto', ['own-account-transfer', 'ref-canonical']),
  );
  m.book(
    'fx2',
    D({
      date: '2034-10-18',
      amount: N(3240000),
      ref: 'FX341017',
      rel: '',
      desc: 'Omwisseling USD 25.000 @ 129,60 naar KES-rekening',
    }),
  );
  m.line(
    {
      date: '2034-10-17',
      amount: N(3240000),
      text: 'TRF FROM USD A/C 03*****4472/FX DEAL FX341017 USD25000 @129.60',
      ref: id(),
    },
    T.match(['fx2'], 'reference', 'auto', ['own-account-transfer', 'late-posting']),
  );

  // florists pay the farm's paybill; Safaricom settles the days to the bank in one credit
  m.book(
    'fl1',
    D({
      date: '2034-10-05',
      amount: N(48600),
      ref: '55112',
      rel: 'Petals & Co Florists, Westlands',
      desc: 'Ontvangst M-PESA fact. 55112',
    }),
  );
  m.book(
    'fl2',
    D({
      date: '2034-10-06',
      amount: N(23400),
      ref: '55115',
      rel: 'Blooms Kenya (Yaya Centre)',
      desc: 'Ontvangst M-PESA fact. 55115',
    }),
  );
  m.book(
    'fl3',
    D({
      date: '2034-10-06',
      amount: N(31250),
      ref: '55119',
      rel: 'Maua Mazuri Florists',
      desc: 'Ontvangst M-PESA fact. 55119',
    }),
  );
  m.line(
    {
      date: '2034-10-09',
      amount: N(48600 + 23400 + 31250),
      text: 'MPESA C2B SETTLEMENT/PB 4127735/05-10 TO 08-10-2034',
      ref: id(),
    },
    T.match(['fl1', 'fl2', 'fl3'], 'amount', 'suggest', ['paybill-sweep', 'split-one-to-many', 'settled-next-day']),
  );

  m.book(
    'sopa',
    D({
      date: '2034-10-11',
      amount: N(57800),
      ref: '55108',
      rel: 'Lake Naivasha Sopa Resort',
      desc: 'Fact. 55108 – rozen evenementen (cheque 004512)',
    }),
  );
  m.line(
    { date: '2034-10-13', amount: N(57800), text: 'CHQ DEP 004512/LAKE NAIVASHA SOPA', ref: id() },
    T.match(['sopa'], 'reference', 'auto', ['cheque-number', 'cheque-clearing']),
  );

  m.book(
    'ena',
    D({
      date: '2034-10-12',
      amount: N(85000),
      ref: '55121',
      rel: 'Enashipai Resort & Spa',
      desc: 'Ontvangst fact. 55121 (volgens betaaladvies)',
    }),
  );
  m.line(
    { date: '2034-10-16', amount: N(60000), text: 'EFT/ENASHIPAI RESORT/PART PAYMT 55121', ref: id() },
    T.match(['ena'], 'reference', 'suggest', ['part-payment', 'ref-serial-only']),
  );

  m.book(
    'kb',
    D({ date: '2034-10-19', amount: N(38300), ref: '55126', rel: 'Karen Blooms Ltd', desc: 'Ontvangst fact. 55126' }),
  );
  m.line(
    { date: '2034-10-19', amount: N(38800), text: 'RTGS/KAREN BLOOMS LTD/INV55126', ref: id() },
    T.match(['kb'], 'reference', 'auto', ['over-payment', 'ref-year-serial-joined'], { difference: N(500) }),
  );

  m.book(
    'jw',
    D({
      date: '2034-10-25',
      amount: N(96000),
      ref: '55130',
      rel: 'Njeri, Joyce W. (City Market)',
      desc: 'Ontvangst fact. 55130',
    }),
  );
  m.line(
    { date: '2034-10-24', amount: N(48000), text: 'PESALINK/FRM JOYCE WAMBUI NJERI/INV 55130', ref: id() },
    T.match(['jw'], 'reference', 'suggest', ['split-many-to-one', 'name-initial'], { group: 'g01' }),
  );
  m.line(
    { date: '2034-10-25', amount: N(48000), text: 'PESALINK/FRM JOYCE WAMBUI NJERI/INV 55130', ref: id() },
    T.match(['jw'], 'reference', 'suggest', ['split-many-to-one', 'name-initial'], { group: 'g01' }),
  );

  m.book(
    'kam',
    D({
      date: '2034-10-27',
      amount: N(46800),
      ref: '55133',
      rel: 'Kamau Flowers',
      desc: 'Ontvangst fact. 55133 – toegezegd per M-PESA',
    }),
  );
  m.only('kam', 'booked on the florist’s promise; nothing from Kamau Flowers reached the bank in October');
  m.line(
    { date: '2034-10-30', amount: N(46800), text: 'MPESA B2B/KAMAU FLORAL DESIGNS LTD/', ref: id() },
    T.none(['decoy-similar-name', 'unknown-receipt']),
  );
  m.line(
    { date: '2034-10-12', amount: N(15000), text: 'CASH DEP/NAIVASHA BR/BY DEPOSITOR', ref: id() },
    T.none(['unknown-receipt']),
  );

  // payments
  m.book(
    'lease',
    D({
      date: '2034-10-02',
      amount: -N(250000),
      ref: 'SO-10',
      rel: 'Gitau, Joseph Kimani',
      desc: 'Pacht grond oktober (staande opdracht)',
    }),
  );
  m.line(
    { date: '2034-10-02', amount: -N(250000), text: 'SO/LAND LEASE/J K GITAU', ref: id() },
    T.match(['lease'], 'counterparty', 'auto', ['standing-order', 'name-initials']),
  );
  m.line(
    { date: '2034-10-02', amount: -N(50), text: 'STANDING ORDER CHARGE', ref: id() },
    T.bankOnly('charge', ['so-fee']),
  );
  excise('2034-10-02', N(50));

  m.book(
    'b2c1',
    D({
      date: '2034-10-02',
      amount: -N(850000),
      ref: 'MP-1002',
      rel: 'Safaricom PLC',
      desc: 'Aanvulling M-PESA B2C float (loon losse arbeiders)',
    }),
  );
  m.line(
    { date: '2034-10-02', amount: -N(850000), text: 'TRF TO MPESA B2C FLOAT/SAFARICOM/ORG 601234', ref: id() },
    T.match(['b2c1'], 'counterparty', 'auto', ['mobile-money', 'float-top-up']),
  );
  m.book(
    'b2c2',
    D({
      date: '2034-10-16',
      amount: -N(900000),
      ref: 'MP-1016',
      rel: 'Safaricom PLC',
      desc: 'Aanvulling M-PESA B2C float (loon losse arbeiders)',
    }),
  );
  m.line(
    { date: '2034-10-16', amount: -N(900000), text: 'TRF TO MPESA B2C FLOAT/SAFARICOM/ORG 601234', ref: id() },
    T.match(['b2c2'], 'counterparty', 'auto', ['mobile-money', 'float-top-up']),
  );

  m.book(
    'am1',
    D({
      date: '2034-10-04',
      amount: -N(276450),
      ref: 'AK-881204',
      rel: 'Amiran Kenya Ltd',
      desc: 'Gewasbescherming – fact. AK-881204',
      journal: 'INK',
    }),
  );
  m.book(
    'am2',
    D({
      date: '2034-10-04',
      amount: -N(136230),
      ref: 'AK-881377',
      rel: 'Amiran Kenya Ltd',
      desc: 'Meststoffen – fact. AK-881377',
      journal: 'INK',
    }),
  );
  m.line(
    { date: '2034-10-05', amount: -N(412680), text: 'EFT/AMIRAN KENYA LTD/INV AK881204 AK881377', ref: id() },
    T.match(['am1', 'am2'], 'reference', 'auto', ['split-one-to-many', 'ref-joined']),
  );
  m.line({ date: '2034-10-05', amount: -N(100), text: 'EFT CHARGE', ref: id() }, T.bankOnly('charge', ['eft-fee']));
  excise('2034-10-05', N(100));

  m.book(
    'kra',
    D({
      date: '2034-10-09',
      amount: -N(1204880),
      ref: '2034091288341',
      rel: 'Kenya Revenue Authority',
      desc: 'PAYE september 2034 – PRN 2034 0912 88341',
    }),
  );
  m.line(
    { date: '2034-10-09', amount: -N(1204880), text: 'KRA TAX PAYMENT/PRN 2034091288341', ref: id() },
    T.match(['kra'], 'reference', 'auto', ['ref-spaces']),
  );
  m.book(
    'nssf',
    D({
      date: '2034-10-09',
      amount: -N(187200),
      ref: 'NSSF-0934',
      rel: 'NSSF',
      desc: 'NSSF bijdragen september (Tier I & II)',
    }),
  );
  m.line(
    {
      date: '2034-10-09',
      amount: -N(187200),
      text: 'NATIONAL SOCIAL SECURITY FUND/SEP 2034/EMPLOYER 4471203',
      ref: id(),
    },
    T.match(['nssf'], 'counterparty', 'suggest', ['name-expanded']),
  );
  m.book(
    'shif',
    D({
      date: '2034-10-09',
      amount: -N(171600),
      ref: 'SHA-0934',
      rel: 'Social Health Authority',
      desc: 'SHIF bijdragen september',
    }),
  );
  m.line(
    { date: '2034-10-09', amount: -N(171600), text: 'SHA CONTRIBUTIONS/EMP 4471203/SEP 2034', ref: id() },
    T.match(['shif'], 'counterparty', 'suggest', ['name-abbreviated']),
  );

  m.book(
    'kephis',
    D({
      date: '2034-10-06',
      amount: -N(48000),
      ref: '001231',
      rel: 'KEPHIS',
      desc: 'Fytosanitaire inspectie Q4 – cheque 001231',
    }),
  );
  m.line(
    { date: '2034-10-11', amount: -N(48000), text: 'CHQ 001231 CLEARING', ref: id() },
    T.match(['kephis'], 'reference', 'auto', ['cheque-number']),
  );

  m.book(
    'kplc',
    D({
      date: '2034-10-12',
      amount: -N(312440),
      ref: '2143588-01',
      rel: 'Kenya Power & Lighting Co',
      desc: 'Elektriciteit september – KPLC a/c 2143588-01',
    }),
  );
  m.line(
    { date: '2034-10-12', amount: -N(312440), text: 'KPLC POSTPAID/ACC 214358801', ref: id() },
    T.match(['kplc'], 'reference', 'auto', ['ref-joined']),
  );

  // packaging: the EFT comes back (account closed) and is paid again by RTGS
  m.book(
    'pack',
    D({
      date: '2034-10-13',
      amount: -N(186300),
      ref: 'RAP-2291',
      rel: 'Rift Agro Packaging Ltd',
      desc: 'Dozen & sleeves – fact. RAP-2291',
      journal: 'INK',
    }),
  );
  m.line(
    { key: 'fail', date: '2034-10-13', amount: -N(186300), text: 'EFT/RIFT AGRO PACKAGING/RAP2291', ref: id() },
    T.reversal('rev', ['failed-transfer']),
  );
  m.line(
    {
      key: 'rev',
      date: '2034-10-16',
      amount: N(186300),
      text: 'EFT RETURN/ACCOUNT CLOSED/RIFT AGRO PACKAGING',
      ref: id(),
    },
    T.reversal('fail', ['failed-transfer']),
  );
  m.line(
    { date: '2034-10-17', amount: -N(186300), text: 'RTGS/RIFT AGRO PACKAGING LTD/RAP-2291 RESEND', ref: id() },
    T.match(['pack'], 'reference', 'auto', ['resent-after-reversal', 'ref-canonical']),
  );
  m.line({ date: '2034-10-17', amount: -N(500), text: 'RTGS CHARGE', ref: id() }, T.bankOnly('charge', ['rtgs-fee']));
  excise('2034-10-17', N(500));

  m.book(
    'gh1',
    D({
      date: '2034-10-18',
      amount: -N(74200),
      ref: 'NGS-0417',
      rel: 'Naivasha Greenhouse Services',
      desc: 'Reparatie kas 4 – fact. NGS-0417',
      journal: 'INK',
    }),
  );
  m.book(
    'gh2',
    D({
      date: '2034-10-24',
      amount: -N(74200),
      ref: 'NGS-0422',
      rel: 'Naivasha Greenhouse Services',
      desc: 'Reparatie kas 7 – fact. NGS-0422',
      journal: 'INK',
    }),
  );
  m.line(
    {
      date: '2034-10-21',
      amount: -N(74200),
      text: 'PESALINK/NAIVASHA GREENHOUSE SVCS/REPAIRS',
      ref: id(),
      anyDay: true,
    },
    T.twins([['gh1'], ['gh2']], 'counterparty', ['tie', 'weekend'], { mustNotAuto: true }),
  );

  m.book(
    'tr1',
    D({
      date: '2034-10-23',
      amount: -N(18000),
      ref: 'TR-1023A',
      rel: 'Otieno, Peter',
      desc: 'Transport naar JKIA – rit 1',
    }),
  );
  m.book(
    'tr2',
    D({
      date: '2034-10-23',
      amount: -N(18000),
      ref: 'TR-1023B',
      rel: 'Otieno, Peter',
      desc: 'Transport naar JKIA – rit 2',
    }),
  );
  for (let i = 0; i < 2; i++)
    m.line(
      { date: '2034-10-23', amount: -N(18000), text: 'PESALINK/PETER OTIENO/TRANSPORT JKIA', ref: id() },
      T.twins([['tr1'], ['tr2']], 'counterparty', ['twins', 'name-order-swapped']),
    );

  m.line(
    { date: '2034-10-21', amount: -N(3480), text: 'VISA POS/NAIVASHA SHELL SERVICE STN', ref: id(), anyDay: true },
    T.none(['unrecorded-card-purchase']),
  );

  m.book(
    'mw',
    D({
      date: '2034-10-25',
      amount: -N(64350),
      ref: '001233',
      rel: 'Mwariki Hardware Ltd',
      desc: 'Gaas en paaltjes – cheque 001233',
    }),
  );
  m.only('mw', 'cheque 001233 not yet presented');
  m.line(
    { date: '2034-10-26', amount: -N(64350), text: 'EFT/MWARIKI HAULIERS/TRANSPORT', ref: id() },
    T.none(['decoy-similar-name', 'unrecorded-payment']),
  );

  const staff = 312;
  const wages = draw(rng, 6700000, 6900000, 0.05);
  m.book(
    'wages',
    D({
      date: '2034-10-27',
      amount: -wages,
      ref: 'SAL-2034-10',
      rel: '',
      desc: `Lonen oktober 2034 – vaste medewerkers (${staff})`,
      journal: 'MEM',
    }),
  );
  m.line(
    { date: '2034-10-27', amount: -wages, text: `EFT BATCH/KRR OCT 2034 SALARIES/${staff} ITEMS`, ref: id() },
    T.match(['wages'], 'counterparty', 'auto', ['bulk-payment', 'salaries']),
  );
  m.line(
    { date: '2034-10-27', amount: -N(staff * 30), text: `EFT BATCH CHARGES ${staff} @ 30.00`, ref: id() },
    T.bankOnly('charge', ['bulk-fee']),
  );
  excise('2034-10-27', N(staff * 30));

  m.book(
    'wra',
    D({
      date: '2034-10-30',
      amount: -N(36500),
      ref: '001234',
      rel: 'Water Resources Authority',
      desc: 'Wateronttrekking vergunning – cheque 001234',
    }),
  );
  m.only('wra', 'cheque 001234 not yet presented');

  m.line(
    { date: '2034-10-31', amount: -N(1000), text: 'LEDGER FEE OCT 2034', ref: id() },
    T.bankOnly('charge', ['ledger-fee']),
  );
  m.line(
    { date: '2034-10-31', amount: -N(4 * 38), text: 'SMS ALERT CHARGES OCT 2034', ref: id() },
    T.bankOnly('charge', ['sms-alerts']),
  );
  excise('2034-10-31', N(1000 + 4 * 38));

  const bankFile = 'ubakenya-4471-oct2034.csv';
  const ledgerFile = 'afas-grootboekkaart-1110-okt2034.xlsx';
  const opening = N(3412870.4);
  return {
    set: 'ke-ubakenya-afas',
    country: 'KE',
    currency: 'KES',
    timezone: 'Africa/Nairobi',
    period: { from: '2034-10-01', to: '2034-10-31' },
    publicHolidays: ['2034-10-10', '2034-10-20'],
    business:
      'a rose farm on South Lake Road, Naivasha, with Dutch directors (export proceeds converted from the USD account, florists paying a paybill, lodges and hotels, casual wages through an M-PESA B2C float, agrochemicals, packaging, greenhouses, transport to JKIA)',
    month: m,
    openingBalance: opening,
    bookOpening: opening,
    notes: [
      'Bank: UBA Kenya Bank Ltd, KES current account; internet banking CSV, newest first, a Tran ID column, excise duty at 20 % on every fee as its own line.',
      'Books: AFAS Profit, Financieel → Grootboekkaart for 1110 UBA Kenya KES, exported to Excel with Dutch headers and real date cells; journals BNK (bank), INK (purchase invoices settled through the bank), MEM (memorial).',
      'Mazingira Day (10 Oct) and Mashujaa Day (20 Oct) are closed; PesaLink and card lines post on closed days.',
    ],
    bankFile: {
      file: bankFile,
      bank: 'UBA Kenya Bank Ltd',
      layout: 'CSV: title block, Tran Date, Value Date, Tran ID, Particulars, Debit, Credit, Balance; newest first',
      order: 'newest-first',
      ledgerAccount: '1110',
      readOptions: {
        currency: 'KES',
        mapping: {
          date: 'Tran Date',
          valueDate: 'Value Date',
          reference: 'Tran ID',
          description: 'Particulars',
          moneyOut: 'Debit',
          moneyIn: 'Credit',
          balance: 'Balance',
        },
      },
      write: (lines, open) => {
        const rows = [
          ['UBA KENYA BANK LIMITED'],
          ['ACCOUNT STATEMENT'],
          ['Account Name', 'KIJABE RIDGE ROSES LIMITED'],
          ['Account Number', '03*******4471'],
          ['Currency', 'KES'],
          ['From', '01-Oct-2034', 'To', '31-Oct-2034'],
          ['Opening Balance', money(open)],
          ['Closing Balance', money(lines.at(-1).balance)],
          [],
          ['Tran Date', 'Value Date', 'Tran ID', 'Particulars', 'Debit', 'Credit', 'Balance'],
        ];
        const headerRow = rows.length;
        const rowOf = new Map();
        for (const l of [...lines].reverse()) {
          rows.push([
            dMonY(l.date),
            dMonY(l.date),
            l.ref,
            l.text,
            l.amount < 0 ? money(-l.amount) : '',
            l.amount > 0 ? money(l.amount) : '',
            money(l.balance),
          ]);
          rowOf.set(l.key, rows.length);
        }
        return { data: csvText(rows), rowOf, headerRow };
      },
    },
    ledgerFile: {
      file: ledgerFile,
      package:
        'AFAS Profit (Financieel → Grootboekkaart, rekening 1110 UBA Kenya KES, export naar Excel, Dutch interface)',
      layout:
        'XLSX, sheet Grootboekkaart: title rows, header row, entries with date cells and running Saldo, a Totaal row',
      hasParty: true,
      readOptions: {
        mapping: {
          date: 'Datum',
          journalId: 'Boekstuknummer',
          reference: 'Factuurnummer',
          description: ['Omschrijving boeking'],
          party: 'Naam relatie',
          account: 'Rekening',
          moneyIn: 'Debet',
          moneyOut: 'Credit',
        },
      },
      write: (books, open) => {
        const rows = [
          ['Kijabe Ridge Roses Ltd'],
          ['Grootboekkaart boekjaar 2034, periode 10'],
          ['Rekening 1110 UBA Kenya KES'],
          [],
          [
            'Rekening',
            'Omschrijving rekening',
            'Dagboek',
            'Boekstuknummer',
            'Datum',
            'Factuurnummer',
            'Relatie',
            'Naam relatie',
            'Omschrijving boeking',
            'Debet',
            'Credit',
            'Saldo',
          ],
        ];
        const headerRow = rows.length;
        const rowOf = new Map();
        let bal = open;
        let dr = 0;
        let cr = 0;
        let nr = { BNK: 3410200, INK: 3420500, MEM: 3490010 };
        let rel = 20031;
        const rels = new Map();
        for (const b of books) {
          bal += b.amount;
          if (b.amount > 0) dr += b.amount;
          else cr -= b.amount;
          if (b.rel && !rels.has(b.rel)) rels.set(b.rel, String(rel++));
          rows.push([
            '1110',
            'UBA Kenya KES',
            b.journal,
            String(nr[b.journal]++),
            dateCell(b.date),
            b.ref,
            b.rel ? rels.get(b.rel) : '',
            b.rel,
            b.desc,
            b.amount > 0 ? b.amount / 100 : '',
            b.amount < 0 ? -b.amount / 100 : '',
            bal / 100,
          ]);
          rowOf.set(b.key, rows.length);
        }
        rows.push(['', '', '', '', '', '', '', '', 'Totaal 1110', dr / 100, cr / 100, '']);
        return { data: xlsxBuffer(rows, 'Grootboekkaart', 'dd-mm-yyyy'), rowOf, headerRow };
      },
    },
  };
}
