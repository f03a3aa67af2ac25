// GH: an optician in Sunyani, June 2035 — Nsoatreman Rural Bank statement (CSV) against e-Boekhouden.nl's
// grootboekkaart of the bank account (CSV, semicolons, decimal commas; the Dutch eye-care foundation that part-funds
// the shop keeps its partner's books there).
import { digits, dmy, grouped, writeCsv } from './lib54.mjs';

const BANK = 'nsoatreman-2208-jun2035.csv';
const BOOK = 'eboekhouden-grootboekkaart-1100-jun2035.csv';
const GIP = (M, d) => M.bankOnly({ d, a: '-3.00', t: 'GIP TRANSFER FEE', anyDay: true }, 'charge', ['gip-fee']);

export default {
  set: 'gh-nsoatreman-eboekhouden',
  country: 'GH',
  currency: 'GHS',
  timezone: 'Africa/Accra',
  period: { from: '2035-06-01', to: '2035-06-30' },
  holidays: [],
  bank: 'Nsoatreman Rural Bank PLC',
  package:
    'e-Boekhouden.nl (Overzichten → Grootboekkaart, rekening 1100 Nsoatreman Rural Bank, export naar CSV, Dutch interface)',
  business:
    'an optician and eye-care shop in Sunyani with a Dutch partner foundation (NHIS claims, company eye-screening contracts, schools, insurers, spectacles paid by MoMo, lenses and frames from Accra and Kumasi suppliers, a locum optometrist)',
  bankFile: BANK,
  bookFile: BOOK,
  ledgerAccount: '1100',
  openingBalance: 3864520,
  order: 'oldest-first',
  bankLayout:
    'CSV; title rows (bank, branch, account name, masked number, currency, period), header `Txn Date, Value Date, Description, Cheque No., Debit, Credit, Balance`, dates dd/mm/yyyy, amounts with thousands commas, a `Closing Balance` row',
  bookLayout:
    'CSV with semicolons and decimal commas; two title rows, header `Datum;Mutatienr.;Soort;Relatie;Factuurnummer;Omschrijving;Debet;Credit;Saldo`, dates dd-mm-yyyy, no opening or total rows',
  bankReadOptions: {
    currency: 'GHS',
    dateOrder: 'DMY',
    mapping: {
      date: 'Txn Date',
      valueDate: 'Value Date',
      description: 'Description',
      reference: 'Cheque No.',
      moneyOut: 'Debit',
      moneyIn: 'Credit',
      balance: 'Balance',
    },
  },
  bookReadOptions: {
    dateOrder: 'DMY',
    decimalSeparator: ',',
    mapping: {
      date: 'Datum',
      journalId: 'Mutatienr.',
      reference: 'Factuurnummer',
      party: 'Relatie',
      description: ['Omschrijving'],
      moneyIn: 'Debet',
      moneyOut: 'Credit',
    },
  },
  notes: [
    'GhIPSS instant pay (GIP) GHS 3.00 an outward transfer, ACH GHS 2.00 an item, standing order GHS 5.00, inward TT commission GHS 150.00, SMS GHS 12.00 a month, maintenance GHS 25.00; MTN MoMo merchant settlements net of a 1 % fee; no E-levy (repealed in 2025).',
    'The VisionFrames transfer failed and came back the same day; it was sent again the next day. The books hold it once.',
  ],
  build(M, rnd) {
    const momo = () => `${digits(rnd, 11)}`;
    M.match(
      'suggest',
      { d: '2035-06-01', a: '-4500.00', t: 'S/O RENT TO NANA KWAME OWUSU' },
      {
        d: '2035-06-01',
        a: '-4500.00',
        ref: '',
        party: 'Owusu, Nana Kwame',
        desc: 'Huur winkel juni 2035 (shop rent)',
        type: 'Geld uitgegeven',
      },
      { evidence: 'counterparty', traits: ['standing-order', 'name-order-swapped'] },
    );
    M.bankOnly({ d: '2035-06-01', a: '-5.00', t: 'S/O CHARGE' }, 'charge', ['standing-order-charge']);
    M.match(
      'auto',
      { d: '2035-06-04', a: '24600.00', t: 'GIP CR NEWMONT GOLDEN RIDGE/INV20350117', anyDay: true },
      {
        d: '2035-06-04',
        a: '24600.00',
        ref: '2035-0117',
        party: 'Newmont Golden Ridge Ltd',
        desc: 'Eye screening Akyem site – May',
        type: 'Factuurbetaling ontvangen',
      },
      { evidence: 'reference', traits: ['ref-year-serial-joined'] },
    );
    M.match(
      'suggest',
      { d: '2035-06-06', a: '3148.20', t: `MOMO MERCHANT SETTLEMENT ${momo()}/05-06`, anyDay: true },
      {
        d: '2035-06-05',
        a: '3180.00',
        ref: 'KAS-0605',
        party: 'Kasklanten MoMo',
        desc: 'Brillen verkoop MoMo 5 juni',
        type: 'Geld ontvangen',
      },
      { evidence: 'amount', traits: ['momo-settlement', 'short-net-of-fee', 'settled-next-day'] },
    );
    M.match(
      'auto',
      { d: '2035-06-05', a: '-12380.00', t: 'GIP DR ESSILOR GH LTD/PO 7781', anyDay: true },
      {
        d: '2035-06-05',
        a: '-12380.00',
        ref: 'PO-7781',
        party: 'Essilor Ghana Limited',
        desc: 'Progressive lens blanks – PO-7781',
        type: 'Factuurbetaling verstuurd',
      },
      { evidence: 'reference', traits: ['ref-spaces', 'name-abbreviated'] },
    );
    GIP(M, '2035-06-05');
    M.match(
      'suggest',
      { d: '2035-06-07', a: '18420.00', t: 'ACH CR NATIONAL HEALTH INSURANCE AUTH/CLAIMS APR 2035 BONO' },
      {
        d: '2035-06-07',
        a: '18420.00',
        ref: 'NHIS-2035-04',
        party: 'NHIA Bono Regional Office',
        desc: 'NHIS claims April 2035',
        type: 'Factuurbetaling ontvangen',
      },
      { evidence: 'counterparty', traits: ['acronym', 'name-written-differently'] },
    );
    M.match(
      'suggest',
      { d: '2035-06-08', a: '1450.00', t: 'MOMO TRF FRM ABENA SERWAA BOATENG', anyDay: true },
      {
        d: '2035-06-08',
        a: '1450.00',
        ref: 'JOB-2231',
        party: 'Boateng, Abena S.',
        desc: 'Varifocal lenses – job 2231',
        type: 'Geld ontvangen',
      },
      { evidence: 'counterparty', traits: ['name-only', 'name-order-swapped', 'initials'] },
    );
    M.reversal(
      { d: '2035-06-11', a: '-6200.00', t: 'GIP DR VISIONFRAMES ACCRA/BILL 558', anyDay: true },
      { d: '2035-06-11', a: '6200.00', t: 'GIP REVERSAL/VISIONFRAMES ACCRA/BILL 558/ACCT NAME MISMATCH', anyDay: true },
      ['failed-transfer', 'same-day-reversal'],
    );
    GIP(M, '2035-06-11');
    M.match(
      'auto',
      { d: '2035-06-12', a: '-6200.00', t: 'GIP DR VISION FRAMES LTD ACCRA/BILL558', anyDay: true },
      {
        d: '2035-06-11',
        a: '-6200.00',
        ref: 'VF-558',
        party: 'VisionFrames Ltd',
        desc: 'Frames assortment – bill 558',
        type: 'Factuurbetaling verstuurd',
      },
      { evidence: 'reference', traits: ['resent-after-reversal', 'words-run-together'] },
    );
    GIP(M, '2035-06-12');
    M.match(
      'auto',
      { d: '2035-06-12', a: '-2876.50', t: 'ACH DR SSNIT/TIER 1 MAY 2035' },
      {
        d: '2035-06-12',
        a: '-2876.50',
        ref: 'SSNIT-0535',
        party: 'SSNIT',
        desc: 'Tier 1 contributions May 2035',
        type: 'Geld uitgegeven',
      },
      { evidence: 'counterparty', traits: ['name-only'] },
    );
    M.match(
      'auto',
      { d: '2035-06-13', a: '-1942.30', t: 'GRA PAYE MAY 2035/TIN C0004512873' },
      {
        d: '2035-06-13',
        a: '-1942.30',
        ref: 'C0004512873',
        party: 'Ghana Revenue Authority',
        desc: 'PAYE mei 2035',
        type: 'Geld uitgegeven',
      },
      { evidence: 'reference', traits: ['ref-canonical'] },
    );
    M.match(
      'suggest',
      { d: '2035-06-14', a: '5000.00', t: 'GIP CR KWAKU DUAH ENT/SPECS FOR STAFF', anyDay: true },
      {
        d: '2035-06-14',
        a: '8400.00',
        ref: '2035-0121',
        party: 'Kwaku Duah Enterprise',
        desc: 'Veiligheidsbrillen personeel (staff safety glasses)',
        type: 'Factuurbetaling ontvangen',
      },
      { evidence: 'counterparty', traits: ['part-payment', 'name-abbreviated'] },
    );
    M.match(
      'auto',
      { d: '2035-06-15', a: '-3600.00', t: 'CHQ 100245 PRESENTED', chq: '100245' },
      {
        d: '2035-06-10',
        a: '-3600.00',
        ref: 'CHQ 100245',
        party: 'Kwadwo Appiah Electricals',
        desc: 'Rewiring consulting room – cheque 100245',
        type: 'Geld uitgegeven',
      },
      { evidence: 'reference', traits: ['cheque-number'] },
    );
    M.match(
      'auto',
      { d: '2035-06-15', a: '6300.00', t: 'CHQ DEP 004417 SUNYANI MUNICIPAL HOSP INV 2035/0112', chq: '004417' },
      {
        d: '2035-06-15',
        a: '6250.00',
        ref: '2035-0112',
        party: 'Sunyani Municipal Hospital',
        desc: 'Spectacles for staff scheme',
        type: 'Factuurbetaling ontvangen',
      },
      { evidence: 'reference', traits: ['ref-slashes', 'over-payment', 'cheque-deposit'] },
    );
    M.match(
      'suggest',
      [
        { d: '2035-06-18', a: '4000.00', t: 'GIP CR ST JAMES SEM SHS/EYE SCREEN 0119', anyDay: true },
        { d: '2035-06-26', a: '3250.00', t: 'GIP CR ST JAMES SEMINARY SHS/BAL 0119', anyDay: true },
      ],
      {
        d: '2035-06-18',
        a: '7250.00',
        ref: '2035-0119',
        party: 'St. James Seminary SHS',
        desc: 'Oogscreening leerlingen (student eye screening)',
        type: 'Factuurbetaling ontvangen',
      },
      { evidence: 'reference', traits: ['split-many-to-one', 'ref-serial-only'] },
    );
    M.match(
      'auto',
      { d: '2035-06-19', a: '6840.00', t: 'ACH CR GLICO HEALTHCARE/CLM 0123 0124' },
      [
        {
          d: '2035-06-19',
          a: '3920.00',
          ref: '2035-0123',
          party: 'GLICO Healthcare Ltd',
          desc: 'Claims – GLICO members',
          type: 'Factuurbetaling ontvangen',
        },
        {
          d: '2035-06-19',
          a: '2920.00',
          ref: '2035-0124',
          party: 'GLICO Healthcare Ltd',
          desc: 'Claims – GLICO members',
          type: 'Factuurbetaling ontvangen',
        },
      ],
      { evidence: 'reference', traits: ['split-one-to-many', 'ref-serial-only'] },
    );
    M.match(
      'auto',
      { d: '2035-06-20', a: '85000.00', t: 'INWARD TT/STICHTING OOGZORG GHANA/GRANT Q3' },
      {
        d: '2035-06-20',
        a: '85000.00',
        ref: 'SUB-Q3-2035',
        party: 'Stichting Oogzorg Ghana',
        desc: 'Subsidie Q3 2035 (grant tranche)',
        type: 'Geld ontvangen',
      },
      { evidence: 'counterparty', traits: ['inward-tt', 'name-only'] },
    );
    M.bankOnly({ d: '2035-06-20', a: '-150.00', t: 'INWARD TT COMMISSION' }, 'charge', ['tt-commission']);
    M.match(
      'auto',
      { d: '2035-06-20', a: '-800.00', t: 'GIP DR ECG PREPAID/METER P1823344', anyDay: true },
      {
        d: '2035-06-20',
        a: '-800.00',
        ref: 'P182 3344',
        party: 'Electricity Company of Ghana',
        desc: 'ECG prepaid – meter P182 3344',
        type: 'Geld uitgegeven',
      },
      { evidence: 'reference', traits: ['ref-spaces', 'acronym'] },
    );
    M.anyOf(
      'auto',
      [
        { d: '2035-06-21', a: '-300.00', t: 'BANK TO MOMO/YAA FOSU/CLEANING', anyDay: true },
        { d: '2035-06-21', a: '-300.00', t: 'BANK TO MOMO/YAA FOSU/CLEANING', anyDay: true },
      ],
      [
        {
          d: '2035-06-21',
          a: '-300.00',
          ref: '',
          party: 'Yaa Fosu',
          desc: 'Schoonmaak week 24',
          type: 'Geld uitgegeven',
        },
        {
          d: '2035-06-21',
          a: '-300.00',
          ref: '',
          party: 'Yaa Fosu',
          desc: 'Schoonmaak week 25',
          type: 'Geld uitgegeven',
        },
      ],
      { evidence: 'counterparty', traits: ['twins', 'bank-to-momo'] },
    );
    M.none({ d: '2035-06-22', a: '-640.00', t: 'POS DR MELCOM SUNYANI', anyDay: true }, ['unrecorded-card-purchase']);
    M.none({ d: '2035-06-22', a: '1200.00', t: 'CASH DEP BY ADJOA' }, ['unknown-receipt']);
    M.anyOf(
      'suggest',
      [{ d: '2035-06-25', a: '-1500.00', t: 'GIP DR DR KOFI ADDAI/LOCUM OPTOMETRY', anyDay: true }],
      [
        {
          d: '2035-06-14',
          a: '-1500.00',
          ref: 'LOC-23',
          party: 'Dr Kofi Addai',
          desc: 'Locum optometrist week 23',
          type: 'Factuurbetaling verstuurd',
        },
        {
          d: '2035-06-21',
          a: '-1500.00',
          ref: 'LOC-24',
          party: 'Dr Kofi Addai',
          desc: 'Locum optometrist week 24',
          type: 'Factuurbetaling verstuurd',
        },
      ],
      { evidence: 'counterparty', mustNotAuto: true, traits: ['tie'] },
    );
    GIP(M, '2035-06-25');
    M.none({ d: '2035-06-26', a: '2600.00', t: 'MOMO TRF FRM KOFI ASANTE', anyDay: true }, [
      'decoy',
      'same-amount',
      'similar-name',
    ]);
    M.ledgerOnlyRow(
      {
        d: '2035-06-25',
        a: '2600.00',
        ref: 'JOB-2260',
        party: 'Kofi Asante-Mensah',
        desc: 'Contactlenzen – betaalt per MoMo (promised MoMo)',
        type: 'Geld ontvangen',
      },
      'promised MoMo not received by 30 June (the bank’s Kofi Asante is another payer)',
    );
    M.none({ d: '2035-06-27', a: '-1850.00', t: 'GIP DR OPTICAL WORLD VENTURES/DISPLAY STANDS', anyDay: true }, [
      'decoy',
      'same-amount',
      'similar-name',
    ]);
    M.ledgerOnlyRow(
      {
        d: '2035-06-24',
        a: '-1850.00',
        ref: 'CHQ 100248',
        party: 'Optical World Ltd',
        desc: 'Lenzenvloeistof – cheque 100248',
        type: 'Geld uitgegeven',
      },
      'cheque not presented by 30 June (the bank’s GIP to Optical World Ventures is another payment)',
    );
    M.ledgerOnlyRow(
      {
        d: '2035-06-28',
        a: '-950.00',
        ref: 'CHQ 100247',
        party: 'Sunyani Municipal Assembly',
        desc: 'Business operating permit 2035 – cheque 100247',
        type: 'Geld uitgegeven',
      },
      'cheque not presented by 30 June',
    );
    M.match(
      'suggest',
      { d: '2035-06-28', a: '-21640.00', t: 'ACH BATCH SALARIES JUNE 2035 (6)' },
      {
        d: '2035-06-28',
        a: '-21640.00',
        ref: 'SAL-2035-06',
        party: 'Personeel',
        desc: 'Nettolonen juni 2035',
        type: 'Memoriaal',
      },
      { evidence: 'amount', traits: ['salary-batch'] },
    );
    M.bankOnly({ d: '2035-06-28', a: '-12.00', t: 'ACH BATCH CHARGE 6 ITEMS' }, 'charge', ['batch-charge']);
    M.bankOnly({ d: '2035-06-29', a: '-12.00', t: 'SMS ALERT FEE JUN 2035' }, 'charge', ['sms-alert']);
    M.bankOnly({ d: '2035-06-29', a: '-25.00', t: 'ACCOUNT MAINTENANCE FEE' }, 'charge', ['maintenance-fee']);
  },
  writeBank(path, lines, S) {
    const money = (v) => grouped(v);
    const rows = [
      ['NSOATREMAN RURAL BANK PLC'],
      ['Branch: Sunyani'],
      ['Account Name: CLEARVIEW EYE CARE CENTRE'],
      ['Account No: ********2208', 'Currency: GHS'],
      [`Statement Period: ${dmy(S.period.from)} - ${dmy(S.period.to)}`],
      [],
      ['Txn Date', 'Value Date', 'Description', 'Cheque No.', 'Debit', 'Credit', 'Balance'],
      ['', '', 'Opening Balance', '', '', '', money(S.openingBalance)],
    ];
    const headerRow = 7;
    const rowOf = new Map();
    for (const b of lines) {
      rows.push([
        dmy(b.d),
        dmy(b.v ?? b.d),
        b.t,
        b.chq ?? '',
        b.amount < 0 ? money(b.amount) : '',
        b.amount > 0 ? money(b.amount) : '',
        money(b.balance),
      ]);
      rowOf.set(b, rows.length);
      b.r = b.chq ?? '';
    }
    rows.push(['', '', 'Closing Balance', '', '', '', money(lines.at(-1).balance)]);
    writeCsv(path, rows);
    return { headerRow, rowOf };
  },
  writeBook(path, entries) {
    const nl = (v) => grouped(v, '.', ',');
    const rows = [
      ['Grootboekkaart 1100 Nsoatreman Rural Bank (GHS) – ClearView Eye Care Centre'],
      ['Periode: 01-06-2035 t/m 30-06-2035'],
      [],
      ['Datum', 'Mutatienr.', 'Soort', 'Relatie', 'Factuurnummer', 'Omschrijving', 'Debet', 'Credit', 'Saldo'],
    ];
    const headerRow = 4;
    const rowOf = new Map();
    let n = 3318;
    for (const l of entries) {
      rows.push([
        dmy(l.d, '-'),
        String(n++),
        l.type,
        l.party,
        l.ref,
        l.desc,
        l.amount > 0 ? nl(l.amount) : '',
        l.amount < 0 ? nl(l.amount) : '',
        (l.balance < 0 ? '-' : '') + nl(l.balance),
      ]);
      rowOf.set(l, rows.length);
    }
    writeCsv(path, rows, ';');
    return { headerRow, rowOf };
  },
};
