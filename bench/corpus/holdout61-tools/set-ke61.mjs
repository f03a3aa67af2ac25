// Kenya, August 2025: a hospice and palliative-care trust at Ol Kalou, Nyandarua. Bank: its FOSA account at Tower
// Sacco (Excel statement with real date cells, Withdrawals/Deposits, document numbers). Books: Blackbaud Financial
// Edge NXT's bank account transactions (CSV list export with a Bank account column, funds and statuses).
import { auto, bankOnly, line, none, reversal, row, suggest, twins } from './dsl61.mjs';
import { minor } from './lib61.mjs';

const BANK = 'tower-sacco-fosa-021044178803-aug2025.xlsx';
const BOOK = 'fe-nxt-bank-transactions-tower-fosa-aug2025.csv';
const ACCOUNT = 'Tower Sacco FOSA - Operating';

const dep = (id, date, amount, ref, payee, desc, fund, f = {}) =>
  row(id, date, amount, { type: 'Deposit', ref, payee, desc, fund, ...f });
const pay = (id, date, amount, ref, payee, desc, fund, f = {}) =>
  row(id, date, amount, { type: 'Payment', ref, payee, desc, fund, ...f });

const rows = [
  dep(
    'F01',
    '2025-08-01',
    '250000.00',
    'DEP-0801',
    'Kenya Hospices and Palliative Care Association',
    'Sub-grant KEH/SG/2025/017 - Q3 tranche',
    'KEHPCA-SG',
  ),
  pay(
    'F02',
    '2025-08-01',
    '-86420.00',
    'EFT-0455',
    'Kenya Medical Supplies Authority',
    'Oral morphine & palliative drugs - KEMSA invoice 44871',
    'UNR',
  ),
  row('F03', '2025-08-01', '-24000.00', {
    type: 'Check',
    ref: '100245',
    payee: 'Rubis Ol Kalou Service Station',
    desc: 'Fuel - home-visit vehicles, August',
    fund: 'UNR',
  }),
  dep(
    'F04',
    '2025-08-06',
    '45000.00',
    'DEP-0806',
    "St Peter's ACK Church, Ol Kalou",
    'Harambee proceeds - cheque 004417',
    'UNR',
  ),
  dep(
    'F05',
    '2025-08-08',
    '10500.00',
    'DEP-0808',
    'M-PESA donors (various)',
    'M-PESA paybill donations 4-8 Aug (3 donors)',
    'UNR',
  ),
  pay('F06', '2025-08-08', '-3800.00', 'EFT-0456', 'BOC Kenya PLC', 'Oxygen refill - cylinder A', 'UNR'),
  pay('F07', '2025-08-08', '-3800.00', 'EFT-0457', 'BOC Kenya PLC', 'Oxygen refill - cylinder B', 'UNR'),
  pay(
    'F08',
    '2025-08-11',
    '-38500.00',
    'EFT-0458',
    'Ol Kalou Pharmaceuticals Ltd',
    'Bill OKP-2207 - dressings, catheters, analgesics',
    'UNR',
  ),
  row('F09', '2025-08-05', '4250.00', {
    type: 'Adjustment',
    ref: 'OKP-CN-114',
    payee: 'Ol Kalou Pharmaceuticals Ltd',
    desc: 'Supplier credit note - expired stock returned',
    fund: 'UNR',
    creditNote: true,
  }),
  dep(
    'F10',
    '2025-08-11',
    '15000.00',
    'DEP-0811',
    'Wanjiru, Mary (for Kariuki, Peter - PT-0231)',
    'Home-based care fees - patient PT-0231, July',
    'PATIENT',
  ),
  pay(
    'F11',
    '2025-08-13',
    '-28000.00',
    'EFT-0460',
    'Chebet, Caroline (locum nurse)',
    'Locum nursing - 7 night shifts, July',
    'UNR',
  ),
  pay(
    'F12',
    '2025-08-14',
    '-31866.00',
    'EFT-0461',
    'Kenya Revenue Authority',
    'PAYE July 2025 - PRN 2025081404421871',
    'UNR',
  ),
  pay(
    'F13',
    '2025-08-14',
    '-12480.00',
    'EFT-0462',
    'National Social Security Fund',
    'NSSF July 2025 - employer 1110442871',
    'UNR',
  ),
  dep(
    'F14',
    '2025-08-15',
    '12000.00',
    'DEP-0815',
    'Otieno, David (for Otieno, Rose - PT-0228)',
    'Care fees - patient PT-0228',
    'PATIENT',
  ),
  dep(
    'F15',
    '2025-08-19',
    '300000.00',
    'DEP-0819',
    'County Government of Nyandarua',
    'Palliative care grant CGN/HLTH/2025/112',
    'COUNTY',
  ),
  dep('F16', '2025-08-20', '18000.00', 'DEP-0820', 'Kinangop Dairy Fresh', 'Fundraising dinner - table of 6', 'UNR'),
  dep(
    'F17',
    '2025-08-21',
    '250000.00',
    'DEP-0821',
    'Friends of Nyandarua Hospice (UK)',
    'Pledged donation - August',
    'UNR',
  ),
  pay(
    'F18',
    '2025-08-22',
    '-7200.00',
    'EFT-0463',
    'Njeri Fresh Produce',
    'Vegetables & milk, week of 18-22 Aug',
    'UNR',
  ),
  pay(
    'F19',
    '2025-08-27',
    '-62000.00',
    'PR-0825',
    'Ndungu, Lucy Wambui',
    'Net salary August 2025 - nurse in charge',
    'UNR',
  ),
  pay(
    'F20',
    '2025-08-27',
    '-54500.00',
    'PR-0825',
    'Kiprop, Daniel',
    'Net salary August 2025 - clinical officer',
    'UNR',
  ),
  pay(
    'F21',
    '2025-08-27',
    '-48900.00',
    'PR-0825',
    'Achieng, Beatrice',
    'Net salary August 2025 - palliative nurse',
    'UNR',
  ),
  pay(
    'F22',
    '2025-08-27',
    '-40000.00',
    'PR-0825',
    'Maina, Joseph',
    'Net salary August 2025 - driver & logistics',
    'UNR',
  ),
  pay('F23', '2025-08-27', '-33000.00', 'PR-0825', 'Wairimu, Grace', 'Net salary August 2025 - administrator', 'UNR'),
  row('F24', '2025-08-28', '-30000.00', {
    type: 'Check',
    ref: '100251',
    payee: 'Nyahururu Medical & Surgical Supplies',
    desc: 'Bill NMS/3350 - wound-care supplies',
    fund: 'UNR',
    ledgerOnly: 'cheque 100251 written on 28 Aug, not presented by the end of the month',
  }),
  row('F25', '2025-08-28', '-12500.00', {
    type: 'Check',
    ref: '100252',
    payee: 'Nyahururu Medical & Surgical Supplies',
    desc: 'Bill NMS/3362 - syringe drivers & consumables',
    fund: 'UNR',
    ledgerOnly: 'cheque 100252 written on 28 Aug, not presented by the end of the month',
  }),
  pay('F26', '2025-08-29', '-5200.00', 'EFT-0465', 'Kenya Power', 'Prepaid electricity - meter 54401234567', 'UNR'),
];

const lines = [
  line(
    'K01',
    '2025-08-01',
    '250000.00',
    'RTGS CR KENYA HOSPICES & PALLIATIVE CARE ASSOC GRANT KEH/SG/2025/017 Q3',
    auto(['F01'], 'reference', ['ref-canonical', 'grant-number']),
    { doc: 'ft' },
  ),
  line(
    'K02',
    '2025-08-04',
    '-86420.00',
    'EFT TO KENYA MEDICAL SUPPLIES AUTHORITY KEMSA/IN/25/44871',
    auto(['F02'], 'reference', ['ref-with-prefix']),
    { doc: 'ft' },
  ),
  line(
    'K03',
    '2025-08-04',
    '3500.00',
    'MPESA C2B 254722***415 JOHN KAMAU NGUGI DONATION',
    suggest(['F05'], 'amount', ['mobile-money', 'split-many-to-one']),
    { group: 'g1', doc: 'mpesa' },
  ),
  line(
    'K04',
    '2025-08-05',
    '2000.00',
    'MPESA C2B 254711***902 ESTHER MUTHONI DONATE',
    suggest(['F05'], 'amount', ['mobile-money', 'split-many-to-one']),
    { group: 'g1', doc: 'mpesa' },
  ),
  line(
    'K05',
    '2025-08-05',
    '-24000.00',
    'INWARD CLEARING CHQ NO 100245',
    auto(['F03'], 'reference', ['cheque-number']),
    {
      doc: '100245',
    },
  ),
  line(
    'K06',
    '2025-08-06',
    '45000.00',
    'CHEQUE DEPOSIT 004417 ST PETERS ACK OL KALOU',
    auto(['F04'], 'reference', ['cheque-number']),
    { doc: '004417' },
  ),
  line(
    'K07',
    '2025-08-07',
    '5000.00',
    'MPESA C2B 254733***118 SAMUEL KIPRONO',
    suggest(['F05'], 'amount', ['mobile-money', 'split-many-to-one']),
    { group: 'g1', doc: 'mpesa' },
  ),
  line(
    'K08',
    '2025-08-08',
    '-3800.00',
    'EFT TO BOC KENYA PLC OXYGEN REFILL',
    twins([['F06'], ['F07']], 'counterparty'),
    {
      doc: 'ft',
    },
  ),
  line(
    'K09',
    '2025-08-08',
    '-3800.00',
    'EFT TO BOC KENYA PLC OXYGEN REFILL',
    twins([['F06'], ['F07']], 'counterparty'),
    {
      doc: 'ft',
    },
  ),
  line(
    'K10',
    '2025-08-11',
    '-34250.00',
    'EFT TO OL KALOU PHARMACEUTICALS LTD',
    suggest(['F08', 'F09'], 'counterparty', ['invoice-less-credit-note', 'split-one-to-many', 'supplier-credit-note']),
    { doc: 'ft' },
  ),
  line(
    'K11',
    '2025-08-12',
    '6000.00',
    'MPESA C2B 254720***337 MARY WANJIRU ACC PT0231',
    suggest(['F10'], 'reference', ['part-payment', 'ref-no-separator']),
    { doc: 'mpesa' },
  ),
  line('K12', '2025-08-13', '-28000.00', 'PESALINK TO CAROLINE CHEBET LOCUM', reversal('K13'), { doc: 'ft' }),
  line('K13', '2025-08-13', '28000.00', 'PESALINK RVSL CAROLINE CHEBET BENEFICIARY BANK REJECTED', reversal('K12'), {
    doc: 'ft',
  }),
  line(
    'K14',
    '2025-08-14',
    '-28000.00',
    'MPESA B2C 254716***204 CAROLINE CHEBET KOSGEI',
    auto(['F11'], 'counterparty', ['resent-after-reversal', 'name-longer', 'mobile-money']),
    { doc: 'mpesa' },
  ),
  line(
    'K15',
    '2025-08-15',
    '-7200.00',
    'EFT TO NJERI FRESH PRODUCE VEG & MILK',
    none(
      "the week of 11-15 Aug's vegetables and milk, paid but not yet entered in the books",
      'the payee, amount and narration of the payment of 22 Aug, which book row F18 (week of 18-22 Aug) records',
      'F18',
      ['recurring-payment-earlier-week'],
    ),
    { doc: 'ft' },
  ),
  line(
    'K16',
    '2025-08-15',
    '-31866.00',
    'KRA PAYE JUL 2025 PRN 2025081404421871',
    auto(['F12'], 'reference', ['statutory', 'prn']),
    { doc: 'ft' },
  ),
  line(
    'K17',
    '2025-08-15',
    '-12480.00',
    'NSSF EMPLOYER 1110442871 JUL 2025',
    auto(['F13'], 'reference', ['statutory', 'employer-number']),
    { doc: 'ft' },
  ),
  line(
    'K18',
    '2025-08-18',
    '12500.00',
    'MPESA C2B 254724***550 DAVID OTIENO PT 0228',
    auto(['F14'], 'reference', ['over-payment', 'ref-spaces'], { difference: '500.00' }),
    { doc: 'mpesa' },
  ),
  line(
    'K19',
    '2025-08-19',
    '150000.00',
    'EFT CR COUNTY GOVT OF NYANDARUA CGN/HLTH/2025/112 PART 1',
    auto(['F15'], 'reference', ['split-many-to-one', 'ref-canonical']),
    { group: 'g2', doc: 'ft' },
  ),
  line(
    'K20',
    '2025-08-20',
    '18000.00',
    'PESALINK CR PETER GITAU KARIUKI',
    suggest(['F16'], 'amount', ['trading-name', 'owner-name']),
    { doc: 'ft' },
  ),
  line(
    'K21',
    '2025-08-21',
    '245600.00',
    'SWIFT INWARD FRIENDS OF NYANDARUA HOSPICE UK AUG DONATION',
    suggest(['F17'], 'counterparty', ['short-net-of-fee', 'swift']),
    { doc: 'ft' },
  ),
  line(
    'K22',
    '2025-08-22',
    '-7200.00',
    'EFT TO NJERI FRESH PRODUCE VEG & MILK',
    auto(['F18'], 'counterparty', ['name-only']),
    { doc: 'ft' },
  ),
  line(
    'K23',
    '2025-08-26',
    '150000.00',
    'EFT CR COUNTY GOVT OF NYANDARUA CGN/HLTH/2025/112 PART 2',
    auto(['F15'], 'reference', ['split-many-to-one', 'ref-canonical']),
    { group: 'g2', doc: 'ft' },
  ),
  line(
    'K24',
    '2025-08-27',
    '-238400.00',
    'BULK SALARY PAYMENT AUG 2025 BATCH PR-0825 (5)',
    auto(['F19', 'F20', 'F21', 'F22', 'F23'], 'reference', ['payroll', 'split-one-to-many', 'batch-number']),
    { doc: 'ft' },
  ),
  line(
    'K25',
    '2025-08-28',
    '-42500.00',
    'EFT TO NYAHURURU MEDICAL & SURGICAL SUPPLIES INV NMS/3391',
    none(
      "payment of the supplier's new invoice NMS/3391, not yet entered in the books",
      'the sum of two cheques to the same supplier written the same day and not presented (book rows F24 and F25, bills NMS/3350 and NMS/3362)',
      'F24',
      ['combination-of-open-rows'],
    ),
    { doc: 'ft' },
  ),
  line(
    'K26',
    '2025-08-29',
    '-5200.00',
    'KPLC PREPAID TOKEN MTR 54401234567',
    auto(['F26'], 'reference', ['meter-number']),
    { doc: 'ft' },
  ),
  line('K27', '2025-08-29', '-300.00', 'LEDGER FEES AUG 2025', bankOnly('charge', ['ledger-fee']), { doc: 'chg' }),
  line('K28', '2025-08-29', '-60.00', 'EXCISE DUTY ON LEDGER FEES', bankOnly('tax', ['excise-duty']), { doc: 'chg' }),
  line('K29', '2025-08-29', '-145.00', 'SMS ALERT CHARGES AUG 2025', bankOnly('charge', ['sms']), { doc: 'chg' }),
  line('K30', '2025-08-29', '-29.00', 'EXCISE DUTY ON SMS CHARGES', bankOnly('tax', ['excise-duty']), { doc: 'chg' }),
];

const num = (v) => ({ n: v / 100, z: '#,##0.00' });

export default function ke(r) {
  return {
    meta: {
      set: 'ke-towersacco-fenxt',
      country: 'KE',
      currency: 'KES',
      timezone: 'Africa/Nairobi',
      period: { from: '2025-08-01', to: '2025-08-31' },
      publicHolidays: [],
      bank: 'Tower Sacco Society Ltd (FOSA)',
      package:
        'Blackbaud Financial Edge NXT (Cash management → Bank accounts → Tower Sacco FOSA - Operating → Transactions list, August 2025, Export to CSV)',
      business:
        "a hospice and palliative-care trust at Ol Kalou, Nyandarua (a national association's sub-grant, a county grant paid in two parts, a church's harambee cheque, M-PESA paybill donations, patients' families paying care fees, a fundraising dinner, a UK friends' group by SWIFT; KEMSA and a local pharmacy, oxygen refills, fuel, a locum nurse, vegetables and milk, medical supplies by cheque, Kenya Power, PAYE and NSSF, five staff paid in one bulk payment)",
      notes: [
        "The statement is the Sacco's Excel FOSA statement: member and account details above the header, real date cells, Withdrawals and Deposits, a Brought Forward row, Totals and Carried Forward rows at the foot; each fee is followed by its 20% excise duty.",
        "Financial Edge NXT's list export has no preamble; its Bank account column names the account (the reconcile documents' account), Fund and Status columns are not read.",
        'The supplier credit note OKP-CN-114 (5 Aug) is in the books as a positive adjustment; the payment of 11 Aug is the bill less it, naming the supplier only.',
        'The bulk salary line cites the payroll batch PR-0825 that each of the five salary rows carries as its reference.',
        'Twins: the two BOC oxygen refills of 8 Aug are identical on the statement; the books tell the cylinders apart (ledgerAnyOf).',
      ],
    },
    lines,
    rows,
    bank: {
      file: BANK,
      bankName: 'Tower Sacco',
      kind: 'xlsx',
      sheet: 'Statement',
      order: 'oldest-first',
      ledgerAccount: ACCOUNT,
      opening: minor('1284330.50'),
      layout:
        'Tower Sacco FOSA member statement (XLSX, sheet Statement): Sacco name, title, member number, account, branch, product and period above the header; Trx Date and Value Date (date cells), Document No, Description, Withdrawals, Deposits, Balance (number cells); a Brought Forward row under the header, Totals and Carried Forward rows at the end',
      readOptions: {
        currency: 'KES',
        mapping: {
          date: 'Trx Date',
          valueDate: 'Value Date',
          reference: 'Document No',
          description: 'Description',
          moneyOut: 'Withdrawals',
          moneyIn: 'Deposits',
          balance: 'Balance',
        },
      },
      reference: (ln) => ln.docNo,
      prepare(ls) {
        for (const ln of ls) {
          const [, mo, d] = ln.date.split('-');
          const doy = String(Math.round((Date.UTC(2025, Number(mo) - 1, Number(d)) - Date.UTC(2025, 0, 0)) / 86400000));
          if (ln.doc === 'mpesa') ln.docNo = `TH${r.int(1, 9)}${r.upper(2)}${r.int(1, 9)}${r.upper(3)}${r.int(1, 9)}`;
          else if (ln.doc === 'ft') ln.docNo = `FT25${doy.padStart(3, '0')}${r.upper(4)}`;
          else if (ln.doc === 'chg') ln.docNo = `CHG${doy.padStart(3, '0')}${r.upper(3)}`;
          else ln.docNo = ln.doc;
        }
      },
      table(ls, closing) {
        const top = [
          ['TOWER SACCO SOCIETY LTD'],
          ['FOSA ACCOUNT STATEMENT'],
          ['Member No:', '88412', '', 'Branch:', 'OL KALOU'],
          ['Account No:', '021044178803', '', 'Product:', 'FOSA CURRENT - INSTITUTIONAL'],
          ['Account Name:', 'NYANDARUA HOSPICE & PALLIATIVE CARE TRUST'],
          ['Period:', '01/08/2025 to 31/08/2025'],
          [],
        ];
        const header = ['Trx Date', 'Value Date', 'Document No', 'Description', 'Withdrawals', 'Deposits', 'Balance'];
        const body = [{ cells: ['', '', '', 'BROUGHT FORWARD', '', '', num(minor('1284330.50'))] }];
        let w = 0;
        let dp = 0;
        for (const ln of ls) {
          if (ln.minor < 0) w -= ln.minor;
          else dp += ln.minor;
          body.push({
            line: ln,
            cells: [
              { date: ln.date, z: 'dd-mmm-yyyy' },
              { date: ln.valueDate ?? ln.date, z: 'dd-mmm-yyyy' },
              ln.docNo,
              ln.text,
              ln.minor < 0 ? num(-ln.minor) : '',
              ln.minor >= 0 ? num(ln.minor) : '',
              num(ln.balance),
            ],
          });
        }
        const bottom = [
          ['', '', '', 'TOTALS', num(w), num(dp), ''],
          ['', '', '', 'CARRIED FORWARD', '', '', num(closing)],
        ];
        return { top, header, body, bottom, widths: [13, 13, 16, 62, 14, 14, 16] };
      },
    },
    book: {
      file: BOOK,
      kind: 'csv',
      csv: { delimiter: ',', eol: '\r\n', bom: false },
      opening: minor('1284330.50'),
      account: ACCOUNT,
      layout:
        'Financial Edge NXT bank account transactions list export (CSV, CRLF, no preamble): Bank account, Date (YYYY-MM-DD), Type, Reference, Payee/Payer, Description, Fund, Deposit, Payment, Status (Outstanding: the month is not yet reconciled)',
      readOptions: {
        currency: 'KES',
        mapping: {
          date: 'Date',
          reference: 'Reference',
          party: 'Payee/Payer',
          description: 'Description',
          moneyIn: 'Deposit',
          moneyOut: 'Payment',
          account: 'Bank account',
        },
      },
      description: (rw) => rw.desc,
      reference: (rw) => rw.ref,
      party: (rw) => rw.payee,
      table(rs) {
        const header = [
          'Bank account',
          'Date',
          'Type',
          'Reference',
          'Payee/Payer',
          'Description',
          'Fund',
          'Deposit',
          'Payment',
          'Status',
        ];
        const body = rs.map((rw) => ({
          row: rw,
          cells: [
            ACCOUNT,
            rw.date,
            rw.type,
            rw.ref,
            rw.payee,
            rw.desc,
            rw.fund,
            rw.minor >= 0 ? (rw.minor / 100).toFixed(2) : '',
            rw.minor < 0 ? (-rw.minor / 100).toFixed(2) : '',
            'Outstanding',
          ],
        }));
        return { top: [], header, body, bottom: [] };
      },
    },
  };
}
