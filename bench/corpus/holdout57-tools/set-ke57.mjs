// KE — Kilindini Marine Provisions Ltd, Mombasa, June 2015: Imperial Bank current account against Debitoor's postings
// report in its Danish interface. Every line's decision is written here by hand.
import { B, L } from './dsl57.mjs';
import { dmy, grouped } from './lib57.mjs';

const EFT = (d) => B(d, '-100.00', 'EFT CHARGES', '', { bankOnly: 'charge' });

export default {
  set: 'ke-imperial-debitoor',
  country: 'KE',
  currency: 'KES',
  timezone: 'Africa/Nairobi',
  period: { from: '2015-06-01', to: '2015-06-30' },
  holidays: [{ date: '2015-06-01', name: 'Madaraka Day' }],
  bankName: 'Imperial Bank Ltd',
  packageName:
    'Debitoor (Danish interface: Rapporter → Posteringer for konto 5820 Imperial Bank KES, eksporteret som CSV)',
  business:
    'a ship chandler at Kilindini harbour, Mombasa, run by a Kenyan and a Danish former ship’s purser who keeps the books in Debitoor in Danish (shipping agents, a tug company, a logistics firm, deep-sea fishing boats, a reef hotel, dhow-safari skippers, crews paying by M-PESA paybill; produce from Mwembe Tayari, meat, bread, fresh water by bowser, port passes)',
  notes: [
    'Imperial Bank Ltd was placed in receivership in October 2015; the month is June 2015 (no PesaLink yet; VAT 16 %, excise duty 10 % on bank fees).',
    'Charges as written by the bank (invented amounts): EFT KES 100, bulk payment KES 50 a payee, ledger fee KES 600, SMS alerts KES 200 a month, excise duty on the month’s charges as one line at month end; M-PESA paybill fee 1 % (the books’ figure).',
    'Debitoor’s Danish export: semicolons, decimal commas, `dd-mm-yyyy` dates, `Primo`/`Ultimo` rows, Danish texts around English names; no reference column (invoice numbers are in Beskrivelse).',
  ],
  bank: {
    file: 'imperial-0401228815-jun2015.csv',
    format: 'csv',
    eol: '\n',
    order: 'oldest-first',
    ledgerAccount: '5820',
    opening: '1284560.00',
    layout:
      'Imperial Bank online statement CSV: five preamble rows (bank, account name, number and currency, period, opening balance), a blank row, header `Tran Date, Value Date, Particulars, Chq/Ref No, Debit, Credit, Balance`; `dd/mm/yyyy` dates, grouped amounts',
    readOptions: {
      currency: 'KES',
      dateOrder: 'DMY',
      mapping: {
        date: 'Tran Date',
        valueDate: 'Value Date',
        description: 'Particulars',
        reference: 'Chq/Ref No',
        moneyOut: 'Debit',
        moneyIn: 'Credit',
        balance: 'Balance',
      },
    },
    write(lines, { opening }) {
      const pre = [
        ['IMPERIAL BANK LIMITED - STATEMENT OF ACCOUNT'],
        ['KILINDINI MARINE PROVISIONS LTD'],
        ['A/C NO 0401228815 CURRENT ACCOUNT KES'],
        ['FROM 01/06/2015 TO 30/06/2015'],
        ['BALANCE B/F', grouped(opening)],
        [],
        ['Tran Date', 'Value Date', 'Particulars', 'Chq/Ref No', 'Debit', 'Credit', 'Balance'],
      ];
      const data = lines.map((l) => [
        dmy(l.d),
        dmy(l.vd ?? l.d),
        l.text,
        l.ref,
        l.amt < 0 ? grouped(-l.amt) : '',
        l.amt > 0 ? grouped(l.amt) : '',
        grouped(l.bal),
      ]);
      return { pre, data, post: [], dataLines: lines };
    },
  },
  ledger: {
    file: 'debitoor-posteringer-5820-juni2015.csv',
    format: 'csv',
    delimiter: ';',
    bom: true,
    eol: '\r\n',
    package: 'Debitoor — Posteringer (postings) of account 5820, CSV export, Danish interface',
    opening: '1284560.00',
    layout:
      'Debitoor postings CSV (UTF-8 with BOM, semicolons, decimal commas): a title row and a blank row, header `Dato; Bilag; Type; Kunde/leverandør; Beskrivelse; Debet; Kredit; Saldo`, a `Primo` row, `dd-mm-yyyy` dates, an `Ultimo` row; Debet = money into the bank account',
    readOptions: {
      currency: 'KES',
      dateOrder: 'DMY',
      decimalSeparator: ',',
      mapping: {
        date: 'Dato',
        description: ['Type', 'Beskrivelse'],
        party: 'Kunde/leverandør',
        moneyIn: 'Debet',
        moneyOut: 'Kredit',
        balance: 'Saldo',
      },
    },
    write(rows, { opening, closing }) {
      const dk = (v) => grouped(v, '.', ',');
      const pre = [
        ['Posteringer – 5820 Imperial Bank KES – 01-06-2015 til 30-06-2015'],
        [],
        ['Dato', 'Bilag', 'Type', 'Kunde/leverandør', 'Beskrivelse', 'Debet', 'Kredit', 'Saldo'],
        ['', '', 'Primo', '', '', '', '', dk(opening)],
      ];
      let bilag = 1187;
      const data = rows.map((r) => [
        dmy(r.d, '-'),
        String(bilag++),
        r.type ?? (r.amt > 0 ? 'Indbetaling' : 'Udbetaling'),
        r.party ?? '',
        r.text,
        r.amt > 0 ? dk(r.amt) : '',
        r.amt < 0 ? dk(-r.amt) : '',
        dk(r.bal),
      ]);
      const post = [['', '', 'Ultimo', '', '', '', '', dk(closing)]];
      return { pre, data, post };
    },
  },
  lines: [
    B('2015-06-02', '609150.00', 'RTGS CR COASTAL SEAWAYS AGENCIES LTD INV 671 674', 'FT:FT15153', {
      auto: ['csa1', 'csa2'],
      ev: 'reference',
      tr: ['split-one-to-many', 'ref-no-padding'],
    }),
    B('2015-06-03', '-61875.00', 'EFT TO MOMBASA PRIME MEATS LTD MPM 1187', 'FT:FT15154', {
      auto: ['meats'],
      ev: 'reference',
      tr: ['ref-serial-only'],
    }),
    EFT('2015-06-03'),
    B('2015-06-04', '53757.00', 'MPESA C2B SETTLEMENT PAYBILL 888213 01-03JUN', 'MPS150604', {
      suggest: ['pbgross', 'pbfee'],
      ev: 'amount',
      tr: ['mobile-money-settlement', 'short-net-of-fee'],
    }),
    B('2015-06-04', '-94250.00', 'CHQ NO 100408 CLEARING', '100408', {
      auto: ['mwembe'],
      ev: 'reference',
      tr: ['cheque-number'],
    }),
    B('2015-06-05', '150000.00', 'RTGS CR SHIMONI DEEP SEA FISHING LTD PART PYMT', 'FT:FT15156', {
      suggest: ['shimoni'],
      ev: 'counterparty',
      tr: ['part-payment', 'name-only'],
    }),
    B('2015-06-08', '-23400.00', 'EFT TO NYALI BAKERY LTD BREAD JUN', 'FT:FT15159', {
      key: 'bkfail',
      rev: 'bkret',
      tr: ['failed-transfer'],
    }),
    B('2015-06-09', '23400.00', 'EFT RETURN NYALI BAKERY LTD INVALID ACCOUNT', 'FT:FT15160', {
      key: 'bkret',
      rev: 'bkfail',
      tr: ['reversal'],
    }),
    B('2015-06-09', '-18000.00', 'EFT TO CHANGAMWE WATER SERVICES FRESH WATER', 'FT:FT15160', {
      twins: ['water1', 'water2'],
      ev: 'counterparty',
      tr: ['twins', 'name-only'],
    }),
    EFT('2015-06-09'),
    B('2015-06-10', '60000.00', 'EFT CR NYALI REEF HOTEL LTD INV0678', 'FT:FT15161', {
      suggest: ['nyali'],
      grp: 'nyali',
      ev: 'reference',
      tr: ['split-many-to-one', 'invoice-paid-in-two', 'ref-no-separator'],
    }),
    B('2015-06-10', '-23400.00', 'EFT TO NYALI BAKERY LTD A/C 0112233 BREAD JUN', 'FT:FT15161', {
      auto: ['bakery'],
      ev: 'counterparty',
      tr: ['resent-after-reversal', 'name-only'],
    }),
    EFT('2015-06-10'),
    B('2015-06-11', '-18000.00', 'EFT TO CHANGAMWE WATER SERVICES FRESH WATER', 'FT:FT15162', {
      twins: ['water1', 'water2'],
      ev: 'counterparty',
      tr: ['twins', 'name-only'],
    }),
    EFT('2015-06-11'),
    B('2015-06-12', '76500.00', 'RTGS CR MOMBASA TUG AND SALVAGE LTD inv682', 'FT:FT15163', {
      auto: ['tug'],
      ev: 'reference',
      diff: '70.00',
      tr: ['over-payment', 'ref-lowercase', 'ref-no-padding'],
    }),
    B('2015-06-15', '41986.00', 'MPESA C2B SETTLEMENT PB888213 BATCH 150615', 'MPS150615', {
      auto: ['pbnet'],
      ev: 'reference',
      tr: ['mobile-money-settlement', 'settlement-booked-net'],
    }),
    B('2015-06-15', '-21764.50', 'KPLC BILL PAYMENT ACC 2023456-01', 'FT:FT15166', {
      auto: ['kplc'],
      ev: 'reference',
      tr: ['ref-spaces'],
    }),
    B('2015-06-16', '215000.00', 'RTGS CR PORTSIDE LOGISTICS EA LTD INV 0680 LESS CN 014', 'FT:FT15167', {
      suggest: ['portinv', 'portcn'],
      ev: 'reference',
      tr: ['invoice-less-credit-note', 'ref-canonical'],
    }),
    B('2015-06-17', '42700.00', 'EFT CR CAPT JUMAS DHOW SAFARIS', 'FT:FT15168', {
      suggest: ['juma'],
      ev: 'amount',
      tr: ['trading-name', 'amount-only'],
    }),
    B('2015-06-18', '64600.00', 'EFT CR NYALI REEF HOTEL BAL INV 678', 'FT:FT15169', {
      suggest: ['nyali'],
      grp: 'nyali',
      ev: 'reference',
      tr: ['split-many-to-one', 'invoice-paid-in-two', 'ref-no-padding'],
    }),
    B('2015-06-18', '58200.00', 'CHQ DEPOSIT AMINA HUSSEIN', 'CHQDEP0618', {
      suggest: ['hussein'],
      ev: 'counterparty',
      tr: ['paid-by-relative', 'name-partial'],
    }),
    B('2015-06-19', '-12000.00', 'EFT TO KENYA PORTS AUTHORITY PASS 77810', 'FT:FT15170', {
      auto: ['kpa'],
      ev: 'reference',
      tr: ['ref-canonical'],
    }),
    EFT('2015-06-19'),
    B('2015-06-22', '-118640.00', 'KRA ITAX PRN2015 0412339 PAYE MAY15', 'FT:FT15173', {
      auto: ['paye'],
      ev: 'reference',
      tr: ['ref-spaces'],
    }),
    B('2015-06-22', '-7200.00', 'NSSF CONTRIBUTIONS MAY 2015 EMPLOYER 0234567', 'FT:FT15173', {
      auto: ['nssf'],
      ev: 'reference',
      tr: ['ref-canonical'],
    }),
    B('2015-06-22', '-5460.00', 'NHIF CONTRIBUTIONS MAY 2015', 'FT:FT15173', {
      auto: ['nhif'],
      ev: 'counterparty',
      tr: ['name-abbreviated'],
    }),
    B('2015-06-26', '-596400.00', 'BULK PAYMENT SALARIES JUN 2015 18 PAYEES', 'BLK150626', {
      auto: ['salaries'],
      ev: 'counterparty',
      tr: ['bulk-payroll'],
    }),
    B('2015-06-26', '-900.00', 'BULK PAYMENT CHARGES 18 X 50', '', { bankOnly: 'charge' }),
    B('2015-06-26', '-48000.00', 'EFT TO ROSE WANJIKU MAINA SALARY JUN 2015', 'FT:FT15177', {
      auto: ['rose'],
      ev: 'counterparty',
      tr: ['payroll-per-employee', 'name-only'],
    }),
    EFT('2015-06-26'),
    B('2015-06-29', '138900.00', 'RTGS CR BAHARI FISHING CO LTD REFUND OVERPAYMENT', 'FT:FT15180', {
      none: true,
      tr: ['decoy', 'refund-from-look-alike'],
    }),
    B('2015-06-30', '38640.00', 'CASH DEPOSIT SAIDI MWAKIO', 'CSH150630', {
      none: true,
      tr: ['decoy', 'same-amount-as-a-days-gross'],
    }),
    B('2015-06-30', '-600.00', 'LEDGER FEE JUN 2015', '', { bankOnly: 'charge' }),
    B('2015-06-30', '-200.00', 'SMS ALERT FEE JUN 2015', '', { bankOnly: 'charge' }),
    B('2015-06-30', '-230.00', 'EXCISE DUTY ON CHARGES JUN 2015', '', { bankOnly: 'tax' }),
  ],
  books: [
    L('mwembe', '2015-06-02', '-94250.00', 'Betaling check 100408 — frugt og grønt', {
      party: 'Mwembe Tayari Wholesalers',
      type: 'Betaling',
    }),
    L('csa1', '2015-06-02', '412800.00', 'Indbetaling faktura 0671', { party: 'Coastal Seaways Agencies Ltd' }),
    L('csa2', '2015-06-02', '196350.00', 'Indbetaling faktura 0674', { party: 'Coastal Seaways Agencies Ltd' }),
    L('meats', '2015-06-03', '-61875.00', 'Betaling regning MPM/2015/1187 — kød', {
      party: 'Mombasa Prime Meats Ltd',
      type: 'Betaling',
    }),
    L('pbgross', '2015-06-03', '54300.00', 'M-PESA paybill salg 1.–3. juni', { party: 'M-PESA kunder', type: 'Salg' }),
    L('pbfee', '2015-06-03', '-543.00', 'M-PESA paybill gebyr 1.–3. juni', { party: 'Safaricom', type: 'Gebyr' }),
    L('shimoni', '2015-06-05', '287500.00', 'Indbetaling faktura 0676', { party: 'Shimoni Deep Sea Fishing Ltd' }),
    L('bakery', '2015-06-08', '-23400.00', 'Betaling — brød juni', { party: 'Nyali Bakery Ltd', type: 'Betaling' }),
    L('water1', '2015-06-09', '-18000.00', 'Betaling — ferskvand til skib', {
      party: 'Changamwe Water Services',
      type: 'Betaling',
    }),
    L('nyali', '2015-06-10', '124600.00', 'Indbetaling faktura 0678', { party: 'Nyali Reef Hotel Ltd' }),
    L('water2', '2015-06-11', '-18000.00', 'Betaling — ferskvand til skib', {
      party: 'Changamwe Water Services',
      type: 'Betaling',
    }),
    L('tug', '2015-06-12', '76430.00', 'Indbetaling faktura 0682', { party: 'Mombasa Tug & Salvage Ltd' }),
    L('pbnet', '2015-06-15', '41986.00', 'M-PESA paybill afregning batch 150615 (netto)', {
      party: 'Safaricom',
      type: 'Salg',
    }),
    L('kplc', '2015-06-15', '-21764.50', 'KPLC el-regning maj, konto 202345601', {
      party: 'Kenya Power',
      type: 'Betaling',
    }),
    L('portinv', '2015-06-16', '233900.00', 'Indbetaling faktura 0680', { party: 'Portside Logistics EA Ltd' }),
    L('portcn', '2015-06-16', '-18900.00', 'Kreditnota 014 til faktura 0680', {
      party: 'Portside Logistics EA Ltd',
      type: 'Kreditnota',
    }),
    L('juma', '2015-06-17', '42700.00', 'Indbetaling faktura 0684', { party: 'Juma Athman Said' }),
    L('hussein', '2015-06-18', '58200.00', 'Indbetaling faktura 0685', { party: 'Hussein Marine Services' }),
    L('kpa', '2015-06-19', '-12000.00', 'Havnepas nr. 77810', { party: 'Kenya Ports Authority', type: 'Betaling' }),
    L('paye', '2015-06-22', '-118640.00', 'A-skat (PAYE) maj 2015, PRN 2015/0412339', {
      party: 'Kenya Revenue Authority',
      type: 'Betaling',
    }),
    L('nssf', '2015-06-22', '-7200.00', 'NSSF maj 2015, arbejdsgiver 0234567', { party: 'NSSF', type: 'Betaling' }),
    L('nhif', '2015-06-22', '-5460.00', 'NHIF maj 2015', {
      party: 'National Hospital Insurance Fund',
      type: 'Betaling',
    }),
    L('chq412', '2015-06-24', '-31500.00', 'Betaling check 100412 — virksomhedstilladelse', {
      party: 'Mombasa County Government',
      type: 'Betaling',
      lo: 'cheque not yet presented',
    }),
    L('salaries', '2015-06-26', '-596400.00', 'Løn juni 2015 (18 ansatte)', { party: 'Medarbejdere', type: 'Løn' }),
    L('rose', '2015-06-26', '-48000.00', 'Løn juni 2015', { party: 'Rose Wanjiku Maina', type: 'Løn' }),
    L('bahari', '2015-06-26', '138900.00', 'Indbetaling faktura 0687 (RTGS lovet)', {
      party: 'Bahari Shipping Agencies Ltd',
      lo: 'promised RTGS never received; the RTGS credit of the same amount on 29 Jun is a refund from another firm (Bahari Fishing Co)',
    }),
    L('pb30', '2015-06-30', '38640.00', 'M-PESA paybill salg 29.–30. juni', {
      party: 'M-PESA kunder',
      type: 'Salg',
      lo: 'paybill takings swept to the bank on 1 July; the cash deposit of the same amount on 30 Jun is a crew member’s money the books have not recorded',
    }),
  ],
};
