// ZA: a car wash and valet business in Thohoyandou, Limpopo, August 2017 — VBS Mutual Bank statement (CSV, signed
// amounts) against PHC CS's bank-account extract (CSV, Portuguese interface; the owners' family runs its Mozambique
// businesses on PHC). 2017: VBS was still trading then (it was placed under curatorship in March 2018); VAT was 14 %.
import { digits, dmy, grouped, writeCsv, ymdSlash } from './lib54.mjs';

const BANK = 'vbs-6631-aug2017.csv';
const BOOK = 'phc-extracto-12-1-vbs-ago2017.csv';

export default {
  set: 'za-vbs-phc',
  country: 'ZA',
  currency: 'ZAR',
  timezone: 'Africa/Johannesburg',
  period: { from: '2017-08-01', to: '2017-08-31' },
  holidays: ['2017-08-09'],
  bank: 'VBS Mutual Bank',
  package:
    'PHC CS (Contas Correntes Bancárias → Extracto de Conta, conta 12.1 VBS Mutual Bank, exportar para CSV, Portuguese interface)',
  business:
    'a car wash and valet business in Thohoyandou, Limpopo (municipal, taxi-association, university and dealer fleet washes, walk-in washes paid by card and cash, a leased pressure-washer, chemicals from Polokwane, weekly casual wages)',
  bankFile: BANK,
  bookFile: BOOK,
  ledgerAccount: '12.1',
  openingBalance: 6731265,
  order: 'oldest-first',
  bankLayout:
    'CSV; title rows (bank, account holder, masked account number, statement period), header `Posting Date, Effective Date, Transaction Description, Reference, Amount, Balance`, dates yyyy/mm/dd, signed amounts without separators',
  bookLayout:
    'CSV with semicolons and decimal commas; three title rows, header `Data;Documento;Nº Doc.;Conta;Entidade;Descrição;Débito;Crédito;Saldo`, dates dd-mm-yyyy, no opening or total rows',
  bankReadOptions: {
    currency: 'ZAR',
    dateOrder: 'YMD',
    mapping: {
      date: 'Posting Date',
      valueDate: 'Effective Date',
      description: 'Transaction Description',
      reference: 'Reference',
      amount: 'Amount',
      balance: 'Balance',
    },
  },
  bookReadOptions: {
    dateOrder: 'DMY',
    decimalSeparator: ',',
    mapping: {
      date: 'Data',
      reference: 'Nº Doc.',
      party: 'Entidade',
      description: ['Descrição'],
      account: 'Conta',
      moneyIn: 'Débito',
      moneyOut: 'Crédito',
    },
  },
  notes: [
    "National Women's Day, Wednesday 9 August 2017: no line falls on it.",
    'Fees assumed (VAT inclusive): internet-banking payment R6.70, debit order R3.85, salary batch R3.50 an item, cash deposit R25 + 1.2 %, notification fee R12.50, monthly account fee R150; speedpoint settlements net of a 2.5 % merchant commission.',
    'The Vhembe Water Supplies payment was returned three days later (account closed) and paid again to the new account; the books hold it once, on the day of the first attempt.',
  ],
  build(M, rnd) {
    const ib = (d) => M.bankOnly({ d, a: '-6.70', t: 'IB PAYMENT FEE', r: '' }, 'charge', ['eft-fee']);
    const tr = () => digits(rnd, 10);
    M.match(
      'auto',
      { d: '2017-08-01', a: '-1845.60', t: 'DEBIT ORDER SANTAM INS', r: 'POL41028873' },
      {
        d: '2017-08-01',
        a: '-1845.60',
        ref: 'POL 41028873',
        party: 'Santam Ltd',
        desc: 'Seguro – apólice 41028873 (insurance)',
        type: 'Pagamento',
      },
      { evidence: 'reference', traits: ['debit-order', 'reference-in-reference-field', 'ref-spaces'] },
    );
    M.bankOnly({ d: '2017-08-01', a: '-3.85', t: 'DEBIT ORDER FEE', r: '' }, 'charge', ['debit-order-fee']);
    M.match(
      'suggest',
      { d: '2017-08-01', a: '-3980.00', t: 'DEBIT ORDER KARCHER FIN LEASE', r: '0073' },
      {
        d: '2017-08-01',
        a: '-3980.00',
        ref: 'LS-07',
        party: 'Kärcher South Africa (Pty) Ltd',
        desc: 'Aluguer máquina de pressão – prestação 7',
        type: 'Pagamento',
      },
      { evidence: 'counterparty', traits: ['debit-order', 'name-diacritics', 'name-abbreviated'] },
    );
    M.bankOnly({ d: '2017-08-01', a: '-3.85', t: 'DEBIT ORDER FEE', r: '' }, 'charge', ['debit-order-fee']);
    M.match(
      'auto',
      { d: '2017-08-03', a: '38760.00', t: 'MAGTAPE CREDIT VHEMBE DIST MUN', r: '0000412' },
      {
        d: '2017-08-03',
        a: '38760.00',
        ref: 'FT 2017/412',
        party: 'Vhembe District Municipality',
        desc: 'Lavagem de frota – Julho (fleet washes July)',
        type: 'Recibo',
      },
      { evidence: 'reference', traits: ['reference-in-reference-field', 'ref-padding-differs', 'name-abbreviated'] },
    );
    M.match(
      'suggest',
      { d: '2017-08-07', a: '6259.50', t: 'SPEEDPOINT SETTLEMENT MID 4471203', r: '04AUG' },
      {
        d: '2017-08-04',
        a: '6420.00',
        ref: 'VD 2017/0804',
        party: 'Clientes diversos',
        desc: 'Vendas cartão 4 Ago (card takings)',
        type: 'Recibo',
      },
      { evidence: 'amount', traits: ['pos-settlement', 'short-net-of-fee', 'settled-next-business-day'] },
    );
    M.match(
      'auto',
      { d: '2017-08-07', a: '12650.00', t: 'IB PAYMENT FROM THOHOYANDOU TAXI ASSOC', r: 'INV 418 421' },
      [
        {
          d: '2017-08-07',
          a: '7150.00',
          ref: 'FT 2017/418',
          party: 'Thohoyandou Taxi Association',
          desc: 'Lavagem de táxis semana 30',
          type: 'Recibo',
        },
        {
          d: '2017-08-07',
          a: '5500.00',
          ref: 'FT 2017/421',
          party: 'Thohoyandou Taxi Association',
          desc: 'Lavagem de táxis semana 31',
          type: 'Recibo',
        },
      ],
      { evidence: 'reference', traits: ['split-one-to-many', 'ref-serial-only', 'name-abbreviated'] },
    );
    M.match(
      'auto',
      { d: '2017-08-08', a: '-7435.50', t: 'IB PAYMENT TO CHEMSTAR PRODUCTS PLK', r: 'PO 2217' },
      {
        d: '2017-08-08',
        a: '-7435.50',
        ref: 'PO-2217',
        party: 'Chemstar Products (Polokwane)',
        desc: 'Champô, cera, desengordurante (shampoo, wax, degreaser)',
        type: 'Pagamento',
      },
      { evidence: 'reference', traits: ['ref-spaces', 'name-abbreviated'] },
    );
    ib('2017-08-08');
    M.match(
      'suggest',
      { d: '2017-08-10', a: '14850.00', t: 'CASH DEPOSIT THOHOYANDOU BR', r: tr() },
      {
        d: '2017-08-10',
        a: '14850.00',
        ref: 'TD 2017/031',
        party: 'Clientes diversos',
        desc: 'Depósito numerário – vendas 7 e 8 Ago',
        type: 'Talão de depósito',
      },
      { evidence: 'amount', traits: ['cash-deposit'] },
    );
    M.bankOnly({ d: '2017-08-10', a: '-203.20', t: 'CASH DEPOSIT FEE', r: '' }, 'charge', ['cash-deposit-fee']);
    M.match(
      'suggest',
      [
        { d: '2017-08-11', a: '9000.00', t: 'ACB CREDIT TSHIKOTA MOTORS PTY', r: 'INV415' },
        { d: '2017-08-25', a: '4800.00', t: 'ACB CREDIT TSHIKOTA MOTORS PTY', r: 'INV415 BAL' },
      ],
      {
        d: '2017-08-11',
        a: '13800.00',
        ref: 'FT 2017/415',
        party: 'Tshikota Motors (Pty) Ltd',
        desc: 'Valet de viaturas novas – Julho',
        type: 'Recibo',
      },
      { evidence: 'reference', traits: ['split-many-to-one', 'ref-serial-only'] },
    );
    M.reversal(
      { d: '2017-08-14', a: '-2140.00', t: 'IB PAYMENT TO VHEMBE WATER SUPPLIES', r: 'ACC 3310' },
      { d: '2017-08-16', a: '2140.00', t: 'RETURNED PAYMENT VHEMBE WATER SUPPLIES ACCOUNT CLOSED', r: 'ACC 3310' },
      ['failed-transfer', 'returned-payment'],
    );
    ib('2017-08-14');
    M.match(
      'auto',
      { d: '2017-08-17', a: '-2140.00', t: 'IB PAYMENT TO VHEMBE WATER SUPPLIES', r: 'ACC3310' },
      {
        d: '2017-08-14',
        a: '-2140.00',
        ref: 'ACC 3310',
        party: 'Vhembe Water Supplies CC',
        desc: 'Água – tanque de reserva (water delivery)',
        type: 'Pagamento',
      },
      { evidence: 'reference', traits: ['resent-after-reversal', 'ref-spaces'] },
    );
    ib('2017-08-17');
    M.match(
      'auto',
      { d: '2017-08-15', a: '1250.00', t: 'IB PAYMENT FROM NETSHIAVHA T', r: 'CAR VALET INV 0433' },
      {
        d: '2017-08-15',
        a: '1200.00',
        ref: 'FT 2017/433',
        party: 'Takalani Netshiavha',
        desc: 'Valet completo',
        type: 'Recibo',
      },
      { evidence: 'reference', traits: ['over-payment', 'initials', 'ref-serial-only'] },
    );
    M.match(
      'suggest',
      { d: '2017-08-16', a: '850.00', t: 'IB PAYMENT FROM MR T.R. MUDAU', r: 'WASH' },
      {
        d: '2017-08-16',
        a: '850.00',
        ref: 'FT 2017/436',
        party: 'Mudau, Thomas Rudzani',
        desc: 'Lavagem + polimento',
        type: 'Recibo',
      },
      { evidence: 'counterparty', traits: ['name-only', 'initials', 'name-order-swapped'] },
    );
    M.match(
      'auto',
      { d: '2017-08-18', a: '-5640.30', t: 'PAYMENT TO SARS VAT', r: 'PRN 4123456789V201707' },
      {
        d: '2017-08-18',
        a: '-5640.30',
        ref: 'V201707',
        party: 'SARS',
        desc: 'IVA Julho 2017 – VAT201 4123456789',
        type: 'Pagamento',
      },
      { evidence: 'reference', traits: ['reference-in-reference-field', 'sars-prn'] },
    );
    M.match(
      'auto',
      { d: '2017-08-18', a: '-3200.00', t: 'CHEQUE 000187 PAID', r: '000187' },
      {
        d: '2017-08-15',
        a: '-3200.00',
        ref: 'CHQ 187',
        party: 'Venda Signwriters',
        desc: 'Placa luminosa – cheque 187',
        type: 'Pagamento',
      },
      { evidence: 'reference', traits: ['cheque-number', 'ref-no-padding'] },
    );
    M.match(
      'suggest',
      { d: '2017-08-21', a: '10000.00', t: 'ACB CREDIT UNIVEN FLEET SERVICES', r: tr() },
      {
        d: '2017-08-21',
        a: '16400.00',
        ref: 'FT 2017/427',
        party: 'University of Venda – Fleet Services',
        desc: 'Lavagem de frota universitária – Julho',
        type: 'Recibo',
      },
      { evidence: 'counterparty', traits: ['part-payment', 'name-abbreviated'] },
    );
    M.match(
      'auto',
      { d: '2017-08-22', a: '-1500.00', t: 'PREPAID ELECTRICITY', r: '04161234567' },
      {
        d: '2017-08-22',
        a: '-1500.00',
        ref: 'ESK-0822',
        party: 'Eskom',
        desc: 'Electricidade pré-paga – contador 0416 1234 567',
        type: 'Pagamento',
      },
      { evidence: 'reference', traits: ['ref-spaces', 'reference-in-reference-field'] },
    );
    M.anyOf(
      'auto',
      [
        { d: '2017-08-23', a: '-450.00', t: 'IB PAYMENT TO N RAMAVHOYA', r: 'CASUAL WASHER' },
        { d: '2017-08-23', a: '-450.00', t: 'IB PAYMENT TO N RAMAVHOYA', r: 'CASUAL WASHER' },
      ],
      [
        {
          d: '2017-08-23',
          a: '-450.00',
          ref: 'CS-34A',
          party: 'Ndivhuwo Ramavhoya',
          desc: 'Trabalhador eventual – sábado',
          type: 'Pagamento',
        },
        {
          d: '2017-08-23',
          a: '-450.00',
          ref: 'CS-34B',
          party: 'Ndivhuwo Ramavhoya',
          desc: 'Trabalhador eventual – domingo',
          type: 'Pagamento',
        },
      ],
      { evidence: 'counterparty', traits: ['twins', 'initials'] },
    );
    M.none({ d: '2017-08-24', a: '-689.90', t: 'POS PURCHASE BUILDERS WAREHOUSE POLOKWANE', r: tr() }, [
      'unrecorded-card-purchase',
    ]);
    M.match(
      'suggest',
      { d: '2017-08-25', a: '-9870.00', t: 'SALARY BATCH WK 34 (7)', r: tr() },
      {
        d: '2017-08-25',
        a: '-9870.00',
        ref: 'ORD-W34',
        party: 'Pessoal',
        desc: 'Ordenados semana 34',
        type: 'Pagamento',
      },
      { evidence: 'amount', traits: ['salary-batch'] },
    );
    M.bankOnly({ d: '2017-08-25', a: '-24.50', t: 'SALARY BATCH FEE 7 ITEMS', r: '' }, 'charge', ['batch-charge']);
    M.anyOf(
      'suggest',
      [{ d: '2017-08-28', a: '-1800.00', t: 'IB PAYMENT TO LUFUNO MADZIVHANDILA', r: 'WINDOW TINT' }],
      [
        {
          d: '2017-08-18',
          a: '-1800.00',
          ref: 'SUB-11',
          party: 'Lufuno Madzivhandila',
          desc: 'Película de vidros – subcontrato',
          type: 'Pagamento',
        },
        {
          d: '2017-08-25',
          a: '-1800.00',
          ref: 'SUB-12',
          party: 'Lufuno Madzivhandila',
          desc: 'Película de vidros – subcontrato',
          type: 'Pagamento',
        },
      ],
      { evidence: 'counterparty', mustNotAuto: true, traits: ['tie'] },
    );
    ib('2017-08-28');
    M.none({ d: '2017-08-28', a: '1650.00', t: 'IB PAYMENT FROM MASHUDU N', r: 'CAR WASH' }, [
      'decoy',
      'same-amount',
      'similar-name',
    ]);
    M.ledgerOnlyRow(
      {
        d: '2017-08-28',
        a: '1650.00',
        ref: 'FT 2017/448',
        party: 'Mashudu Ndou',
        desc: 'Polimento de faróis + valet – paga por EFT',
        type: 'Recibo',
      },
      'a customer’s promised EFT, not received by 31 August (the bank’s Mashudu N is another customer)',
    );
    M.none({ d: '2017-08-29', a: '-2375.00', t: 'IB PAYMENT TO MUTSHIDZI AUTO PARTS', r: 'SPARES' }, [
      'decoy',
      'same-amount',
      'similar-name',
    ]);
    ib('2017-08-29');
    M.ledgerOnlyRow(
      {
        d: '2017-08-28',
        a: '-2375.00',
        ref: 'CHQ 190',
        party: 'Mutshidzi Auto Electrical',
        desc: 'Reparação bomba de água – cheque 190',
        type: 'Pagamento',
      },
      'cheque not presented by 31 August (the bank’s payment to Mutshidzi Auto Parts is another payment)',
    );
    M.ledgerOnlyRow(
      {
        d: '2017-08-30',
        a: '-1560.00',
        ref: 'CHQ 189',
        party: 'Thulamela Local Municipality',
        desc: 'Licença comercial 2017/18 – cheque 189',
        type: 'Pagamento',
      },
      'cheque not presented by 31 August',
    );
    M.none({ d: '2017-08-30', a: '2000.00', t: 'ACB CREDIT', r: 'NEDBANK 6204117' }, ['unknown-receipt']);
    M.bankOnly({ d: '2017-08-31', a: '-150.00', t: 'MONTHLY ACCOUNT FEE', r: '' }, 'charge', ['monthly-fee']);
    M.bankOnly({ d: '2017-08-31', a: '-12.50', t: 'NOTIFIC FEE', r: '' }, 'charge', ['sms-alert']);
    M.bankOnly({ d: '2017-08-31', a: '3.42', t: 'CREDIT INTEREST', r: '' }, 'interest', ['credit-interest']);
  },
  writeBank(path, lines, S) {
    const money = (v) => `${v < 0 ? '-' : ''}${grouped(v, '')}`;
    const rows = [
      ['VBS MUTUAL BANK'],
      ['Account Holder:', 'MVUDI AUTO SPA (PTY) LTD'],
      ['Account Number:', '*****6631', 'Business Current Account'],
      ['Statement Period:', `${ymdSlash(S.period.from)} - ${ymdSlash(S.period.to)}`],
      ['Opening Balance:', money(S.openingBalance)],
      [],
      ['Posting Date', 'Effective Date', 'Transaction Description', 'Reference', 'Amount', 'Balance'],
    ];
    const headerRow = rows.length;
    const rowOf = new Map();
    for (const b of lines) {
      rows.push([ymdSlash(b.d), ymdSlash(b.v ?? b.d), b.t, b.r ?? '', money(b.amount), money(b.balance)]);
      rowOf.set(b, rows.length);
    }
    writeCsv(path, rows);
    return { headerRow, rowOf };
  },
  writeBook(path, entries) {
    const pt = (v) => grouped(v, '.', ',');
    const rows = [
      ['Mvudi Auto Spa (Pty) Ltd'],
      ['Extracto de Conta – 12.1 VBS Mutual Bank (ZAR)'],
      ['Período: 01-08-2017 a 31-08-2017'],
      ['Data', 'Documento', 'Nº Doc.', 'Conta', 'Entidade', 'Descrição', 'Débito', 'Crédito', 'Saldo'],
    ];
    const headerRow = 4;
    const rowOf = new Map();
    for (const l of entries) {
      rows.push([
        dmy(l.d, '-'),
        l.type,
        l.ref,
        '12.1',
        l.party,
        l.desc,
        l.amount > 0 ? pt(l.amount) : '',
        l.amount < 0 ? pt(l.amount) : '',
        (l.balance < 0 ? '-' : '') + pt(l.balance),
      ]);
      rowOf.set(l, rows.length);
    }
    writeCsv(path, rows, ';');
    return { headerRow, rowOf };
  },
};
