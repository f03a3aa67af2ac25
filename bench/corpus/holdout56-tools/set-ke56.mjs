// KE: Iten Highlands Training Camp Ltd, Iten, July 2024. Salaam Microfinance Bank current account (CSV, newest
// first) against Money Forward Cloud Accounting's 総勘定元帳 (general ledger) of the bank account (CSV, Japanese).
import { csv, digits, dmy, grouped, letters, ymdSlash } from './lib56.mjs';

const BANK = 'salaam-mfb-8831-jul2024.csv';
const BOOK = 'mf-sokanjomotocho-futsuyokin-salaam-202407.csv';

export default {
  make(r) {
    const tx = () => `${letters(r, 2)}${digits(r, 9)}`;
    const lines = [];
    const L = (id, date, amount, text, ref, t) => lines.push({ id, date, amount, text, ref, t });
    const fee = (id, date, amount, text, kind = 'charge') =>
      L(id, date, amount, text, tx(), { e: 'bank-only', kind, traits: [] });

    L(
      'K01',
      '2024-07-01',
      '2730000.00',
      'SWIFT INWARD SAKURA DENKI CO LTD TRACK CLUB INV IH0611 IH0702',
      `SW${digits(r, 10)}`,
      {
        e: 'match',
        d: 'auto',
        book: ['M01', 'M02'],
        ev: 'reference',
        traits: ['split-one-to-many', 'ref-joined'],
      },
    );
    fee('K02', '2024-07-01', '-1500.00', 'INWARD SWIFT COMMISSION');
    fee('K03', '2024-07-01', '-300.00', 'EXCISE DUTY', 'tax');
    L('K04', '2024-07-02', '-312400.00', 'EFT TO ELDORET GRAINS & PRODUCE LTD/EGP 2207', tx(), {
      e: 'match',
      d: 'auto',
      book: ['M03'],
      ev: 'reference',
      traits: ['ref-spaces'],
    });
    fee('K05', '2024-07-02', '-100.00', 'EFT CHARGE');
    fee('K06', '2024-07-02', '-20.00', 'EXCISE DUTY', 'tax');
    L('K07', '2024-07-03', '186450.00', 'MPESA PAYBILL 411822 SETTLEMENT 01-02/07', tx(), {
      e: 'match',
      d: 'suggest',
      book: ['M04', 'M05'],
      ev: 'amount',
      traits: ['mobile-money-settlement', 'settled-next-day', 'gross-and-fee-booked'],
    });
    L('K08', '2024-07-04', '-45000.00', 'PESALINK TO ITEN SHUTTLE SERVICES/AIRPORT TRF', tx(), {
      e: 'rev',
      partner: 'K09',
      traits: ['failed-transfer'],
    });
    L('K09', '2024-07-04', '45000.00', 'PESALINK REVERSAL ITEN SHUTTLE SERVICES INVALID ACCOUNT', tx(), {
      e: 'rev',
      partner: 'K08',
      traits: ['reversal'],
    });
    L('K10', '2024-07-05', '-45000.00', 'PESALINK TO ITEN SHUTTLE SVCS/AIRPORT TRF JUL', tx(), {
      e: 'match',
      d: 'auto',
      book: ['M06'],
      ev: 'counterparty',
      traits: ['resent-after-reversal', 'abbreviated-name', 'name-only'],
    });
    fee('K11', '2024-07-05', '-55.00', 'PESALINK CHARGE');
    fee('K12', '2024-07-05', '-11.00', 'EXCISE DUTY', 'tax');
    L('K13', '2024-07-08', '500000.00', 'RTGS CR GLOBAL STRIDE ATHLETICS BV/IH-0705 PART 1', tx(), {
      e: 'match',
      d: 'suggest',
      book: ['M07'],
      group: 'g1',
      ev: 'reference',
      traits: ['split-many-to-one', 'ref-canonical'],
    });
    L('K14', '2024-07-09', '195000.00', 'EFT CR ELDORET RUNNING TOURS/IH0708 LESS CN004', tx(), {
      e: 'match',
      d: 'suggest',
      book: ['M08', 'M09'],
      ev: 'reference',
      traits: ['invoice-less-credit-note', 'ref-joined'],
    });
    L('K15', '2024-07-10', '-84000.00', 'PESALINK TO CHEBIEMIT DAIRY FCS/JUL MILK', tx(), {
      e: 'match',
      d: 'auto',
      book: ['M10'],
      ev: 'counterparty',
      traits: ['abbreviated-name', 'name-only'],
    });
    fee('K16', '2024-07-10', '-55.00', 'PESALINK CHARGE');
    fee('K17', '2024-07-10', '-11.00', 'EXCISE DUTY', 'tax');
    L('K18', '2024-07-11', '96800.00', 'PESALINK FRM RIFT TRACK MANAGEMENT/IH 0709', tx(), {
      e: 'match',
      d: 'auto',
      book: ['M11'],
      ev: 'reference',
      traits: ['trading-name', 'ref-spaces'],
    });
    L('K19', '2024-07-12', '-18000.00', 'KPLC PREPAID MTR 3720 1148 852', tx(), {
      e: 'match',
      d: 'auto',
      book: ['M12'],
      ev: 'reference',
      traits: ['ref-spaces', 'acronym'],
    });
    L('K20', '2024-07-15', '40000.00', 'EFT CR NANDI HILLS SEC SCH/IH0715 PART', tx(), {
      e: 'match',
      d: 'suggest',
      book: ['M13'],
      ev: 'reference',
      traits: ['part-payment', 'ref-joined', 'abbreviated-name'],
    });
    const twins = {
      e: 'match',
      d: 'auto',
      anyOf: [['M14'], ['M15']],
      ev: 'counterparty',
      traits: ['twins', 'wallet-payment'],
    };
    L('K21', '2024-07-16', '-25000.00', 'B2C TO 0722***480 FAITH JEPKOSGEI', tx(), twins);
    fee('K22', '2024-07-16', '-33.00', 'B2C CHARGE');
    fee('K23', '2024-07-16', '-6.60', 'EXCISE DUTY', 'tax');
    L('K24', '2024-07-17', '350000.00', 'SWIFT INWARD KYUSHU ATHLETIC ASSN/IH-0710', `SW${digits(r, 10)}`, {
      e: 'match',
      d: 'auto',
      book: ['M16'],
      ev: 'reference',
      diff: '1400.00',
      traits: ['over-payment', 'ref-canonical'],
    });
    fee('K25', '2024-07-17', '-1500.00', 'INWARD SWIFT COMMISSION');
    fee('K26', '2024-07-17', '-300.00', 'EXCISE DUTY', 'tax');
    L('K27', '2024-07-18', '-25000.00', 'B2C TO 0722***480 FAITH JEPKOSGEI', tx(), twins);
    fee('K28', '2024-07-18', '-33.00', 'B2C CHARGE');
    fee('K29', '2024-07-18', '-6.60', 'EXCISE DUTY', 'tax');
    L('K30', '2024-07-19', '-27940.00', 'KRA PAYE JUN 2024 PRN 1002-2407-0034-51', tx(), {
      e: 'match',
      d: 'auto',
      book: ['M17'],
      ev: 'reference',
      traits: ['ref-hyphens', 'acronym'],
    });
    L('K31', '2024-07-19', '-9840.00', 'KRA AHL JUN 2024 PRN 1002-2407-0035-62', tx(), {
      e: 'match',
      d: 'auto',
      book: ['M18'],
      ev: 'reference',
      traits: ['ref-hyphens', 'acronym'],
    });
    L('K32', '2024-07-19', '-12960.00', 'NSSF CONTRIB JUN 2024 EMP NO 8810244', tx(), {
      e: 'match',
      d: 'auto',
      book: ['M19'],
      ev: 'reference',
      traits: ['ref-canonical', 'acronym'],
    });
    L('K33', '2024-07-19', '-9750.00', 'NHIF CONTRIBUTIONS JUN 2024 EMPLOYER 3390117', tx(), {
      e: 'match',
      d: 'auto',
      book: ['M20'],
      ev: 'reference',
      traits: ['ref-canonical', 'acronym'],
    });
    L('K34', '2024-07-22', '368000.00', 'RTGS CR GLOBAL STRIDE ATHLETICS BV/IH-0705 BAL', tx(), {
      e: 'match',
      d: 'suggest',
      book: ['M07'],
      group: 'g1',
      ev: 'reference',
      traits: ['split-many-to-one', 'ref-canonical'],
    });
    L('K35', '2024-07-22', '142310.00', 'MPESA PAYBILL 411822 SETTLEMENT 15-19/07', tx(), {
      e: 'match',
      d: 'suggest',
      book: ['M21'],
      ev: 'amount',
      traits: ['mobile-money-settlement', 'settled-next-day', 'net-as-booked'],
    });
    L('K36', '2024-07-23', '74500.00', 'PESALINK FRM KERIO RUNNERS HUB', tx(), {
      e: 'match',
      d: 'suggest',
      book: ['M22'],
      ev: 'amount',
      traits: ['trading-name', 'amount-only'],
    });
    L('K37', '2024-07-24', '126000.00', 'PESALINK FRM RIFT VALLEY SPORTS CLUB/REFUND BOOKING', tx(), {
      e: 'none',
      traits: ['decoy', 'unrecorded-receipt'],
    });
    L('K38', '2024-07-25', '-58200.00', 'EFT TO KAMARINY BUILDING SUPPLIES/CEMENT 80 BAGS', tx(), {
      e: 'none',
      traits: ['decoy', 'unrecorded-payment'],
    });
    fee('K39', '2024-07-25', '-100.00', 'EFT CHARGE');
    fee('K40', '2024-07-25', '-20.00', 'EXCISE DUTY', 'tax');
    L('K41', '2024-07-26', '-684500.00', 'BULK EFT SALARIES JUL 2024 18 PAYEES', tx(), {
      e: 'match',
      d: 'auto',
      book: ['M25'],
      ev: 'counterparty',
      traits: ['bulk-payroll'],
    });
    fee('K42', '2024-07-26', '-900.00', 'BULK PAYMENT CHARGES 18 X 50');
    fee('K43', '2024-07-26', '-180.00', 'EXCISE DUTY', 'tax');
    fee('K44', '2024-07-31', '-300.00', 'LEDGER FEE');
    fee('K45', '2024-07-31', '-60.00', 'EXCISE DUTY', 'tax');

    // 摘要 carries the documents' numbers; Money Forward's own 取引No is a journal number, not a reference
    const B = (id, date, contra, party, desc, amount) => ({ id, date, contra, ref: '', party, desc, amount });
    const book = [
      B('M01', '2024-07-01', '売掛金', 'Sakura Denki Co., Ltd. Track Club', '6月分 合宿費 入金 INV IH-0611', '1260000'),
      B('M02', '2024-07-01', '売掛金', 'Sakura Denki Co., Ltd. Track Club', '7月分 合宿費 入金 INV IH-0702', '1470000'),
      B('M03', '2024-07-02', '買掛金', 'Eldoret Grains & Produce Ltd', '食材仕入 支払 EGP/2207', '-312400'),
      B('M04', '2024-07-02', '売上高', 'M-PESA Paybill 411822', 'M-PESA 宿泊費 7/1-7/2 (総額)', '187500'),
      B('M05', '2024-07-02', '支払手数料', 'Safaricom', 'M-PESA 手数料 7/1-7/2', '-1050'),
      B('M06', '2024-07-04', '旅費交通費', 'Iten Shuttle Services', '空港送迎 7月分', '-45000'),
      B('M08', '2024-07-09', '売掛金', 'Eldoret Running Tours Ltd', '合宿費 入金 INV IH-0708', '210000'),
      B('M09', '2024-07-09', '売掛金', 'Eldoret Running Tours Ltd', '値引 クレジットノート IH-CN-004', '-15000'),
      B('M10', '2024-07-10', '買掛金', 'Chebiemit Dairy Farmers Co-operative Society', '牛乳 7月前半 支払', '-84000'),
      B('M11', '2024-07-11', '売掛金', 'Joseph Kiprono Rotich', '合宿費 入金 INV IH-0709', '96800'),
      B('M12', '2024-07-12', '水道光熱費', 'Kenya Power', '電気 プリペイド メーター 37201148852', '-18000'),
      B('M13', '2024-07-15', '売掛金', 'Nandi Hills Secondary School', '合宿費 入金 INV IH-0715', '96000'),
      B('M14', '2024-07-16', '外注費', 'Faith Jepkosgei', 'フィジオ 施術料', '-25000'),
      B('M16', '2024-07-17', '売掛金', 'Kyushu Athletic Association', '合宿費 入金 INV IH-0710', '348600'),
      B('M15', '2024-07-18', '外注費', 'Faith Jepkosgei', 'フィジオ 施術料', '-25000'),
      B(
        'M17',
        '2024-07-19',
        '預り金',
        'Kenya Revenue Authority',
        '源泉所得税 PAYE 6月分 PRN 100224070034 51',
        '-27940',
      ),
      B('M18', '2024-07-19', '預り金', 'Kenya Revenue Authority', '住宅税 AHL 6月分 PRN 100224070035 62', '-9840'),
      B('M19', '2024-07-19', '預り金', 'National Social Security Fund', 'NSSF 6月分 事業主番号 8810244', '-12960'),
      B('M20', '2024-07-19', '預り金', 'National Hospital Insurance Fund', 'NHIF 6月分 事業主番号 3390117', '-9750'),
      B('M21', '2024-07-19', '売上高', 'M-PESA Paybill 411822', 'M-PESA 宿泊費 7/15-7/19 (手数料控除後)', '142310'),
      B('M07', '2024-07-22', '売掛金', 'Global Stride Athletics BV', '合宿費 入金 INV IH-0705', '868000'),
      B('M22', '2024-07-23', '売掛金', 'Eliud Kibet Sang', '合宿費 入金 INV IH-0716', '74500'),
      B(
        'M23',
        '2024-07-24',
        '売掛金',
        'Rift Valley Sports Academy',
        '合宿費 入金予定 INV IH-0719 (PesaLink 送金済との連絡)',
        '126000',
      ),
      B('M24', '2024-07-24', '修繕費', 'Kamariny Builders', '小屋修理 小切手 000233', '-58200'),
      B('M26', '2024-07-25', '租税公課', 'Elgeyo Marakwet County', '営業許可 小切手 000234', '-15000'),
      B('M25', '2024-07-26', '給料手当', '従業員', '7月分 給与 18名', '-684500'),
    ];

    return {
      set: 'ke-salaammfb-moneyforward',
      country: 'KE',
      currency: 'KES',
      timezone: 'Africa/Nairobi',
      period: { from: '2024-07-01', to: '2024-07-31' },
      publicHolidays: [],
      bank: 'Salaam Microfinance Bank Ltd',
      package:
        'Money Forward Cloud Accounting (会計帳簿 → 総勘定元帳, 勘定科目 普通預金 / 補助科目 Salaam MFB, CSV export, Japanese interface)',
      business:
        'a high-altitude athletics training camp at Iten with a Japanese co-founder, its books kept by a Tokyo tax office (Japanese corporate track clubs and a Japanese athletics association paying by SWIFT, a European management group, a tour operator, a school team, local athletes paying board by M-PESA paybill, food from Eldoret, milk from a dairy co-operative, airport shuttles, a physiotherapist paid by M-PESA B2C)',
      bankFile: {
        file: BANK,
        layout:
          'Salaam MFB statement CSV: six preamble rows, header Txn Date,Value Date,Transaction Details,Ref No.,Withdrawal,Deposit,Book Balance; dd/mm/yyyy; newest first; thousands commas; an Opening Balance row at the bottom',
        order: 'newest-first',
        ledgerAccount: '普通預金',
        readOptions: {
          currency: 'KES',
          dateOrder: 'DMY',
          mapping: {
            date: 'Txn Date',
            valueDate: 'Value Date',
            description: 'Transaction Details',
            reference: 'Ref No.',
            moneyOut: 'Withdrawal',
            moneyIn: 'Deposit',
            balance: 'Book Balance',
          },
        },
        opening: '1842300.00',
      },
      ledgerFile: {
        file: BOOK,
        layout:
          'Money Forward 総勘定元帳 CSV (UTF-8 with BOM): four title rows, header 取引日,取引No,相手勘定科目,取引先,摘要,借方金額,貸方金額,残高; yyyy/mm/dd; whole amounts without separators; a 前月繰越 row without a date and a 合計 row; 借方 = money into the bank account; document numbers only in 摘要',
        readOptions: {
          currency: 'KES',
          dateOrder: 'YMD',
          mapping: {
            date: '取引日',
            party: '取引先',
            description: ['相手勘定科目', '摘要'],
            moneyIn: '借方金額',
            moneyOut: '貸方金額',
          },
        },
        opening: '1901650.00',
      },
      book,
      describe: (b) => `${b.contra} — ${b.desc}`,
      lines,
      ledgerOnly: {
        M23: 'receipt booked on the academy’s word that the PesaLink was sent; nothing came',
        M24: 'cheque 000233 to the builder not yet presented',
        M26: 'cheque 000234 for the county permit not yet presented',
      },
      notes: [
        'Charges as Salaam MFB is taken to write them in 2024: EFT KES 100, PesaLink KES 55, M-PESA B2C KES 33, bulk payment KES 50 a payee, inward SWIFT commission KES 1,500, ledger fee KES 300, each followed by its 20 % excise duty as its own line; no interest (an Islamic microfinance bank).',
        'M-PESA paybill collections are swept to the bank the next working day net of Safaricom’s fees: the 1–2 Jul sweep is booked gross with the fee as its own row, the 15–19 Jul sweep net as it came.',
        'Decoys: Rift Valley Sports Club’s refund of a booking (+126,000) beside the customer Rift Valley Sports Academy’s announced payment of the same amount, and an EFT to Kamariny Building Supplies (−58,200, cement) beside the uncleared cheque 000233 to Kamariny Builders.',
        'The books are kept in Japanese: 摘要 holds the invoice, PRN, meter and employer numbers; 取引先 the party as registered (a trading name on the bank side: Rift Track Management is Joseph Kiprono Rotich, Kerio Runners Hub is Eliud Kibet Sang).',
      ],
      writeBank(ls, { closing }) {
        const rows = [
          ['SALAAM MICROFINANCE BANK LTD'],
          ['CUSTOMER ACCOUNT STATEMENT'],
          ['A/C NAME:', 'ITEN HIGHLANDS TRAINING CAMP LTD'],
          ['A/C NO:', '0102****8831'],
          ['CURRENCY:', 'KES'],
          ['PERIOD:', 'FROM 01/07/2024 TO 31/07/2024'],
          ['Txn Date', 'Value Date', 'Transaction Details', 'Ref No.', 'Withdrawal', 'Deposit', 'Book Balance'],
        ];
        const headerRow = rows.length;
        rows.push(['', '', 'Closing Balance', '', '', '', grouped(closing)]);
        const at = new Map();
        for (const l of [...ls].reverse()) {
          rows.push([
            dmy(l.date),
            dmy(l.date),
            l.text,
            l.ref,
            l.minor < 0 ? grouped(l.minor) : '',
            l.minor > 0 ? grouped(l.minor) : '',
            grouped(l.balance),
          ]);
          at.set(l.id, rows.length);
        }
        rows.push(['', '', 'Opening Balance', '', '', '', grouped(184230000)]);
        return { content: csv(rows), rows: at, headerRow };
      },
      writeBook(bs) {
        const rows = [
          ['総勘定元帳'],
          ['Iten Highlands Training Camp Ltd'],
          ['期間: 2024/07/01 〜 2024/07/31'],
          ['勘定科目: 普通預金 (補助科目: Salaam MFB)'],
          ['取引日', '取引No', '相手勘定科目', '取引先', '摘要', '借方金額', '貸方金額', '残高'],
        ];
        const headerRow = rows.length;
        let bal = 190165000;
        rows.push(['', '', '', '', '前月繰越', '', '', String(bal / 100)]);
        const at = new Map();
        let dr = 0;
        let cr = 0;
        let no = 412;
        for (const b of [...bs].sort((a, c) => (a.date < c.date ? -1 : a.date > c.date ? 1 : 0))) {
          bal += b.minor;
          if (b.minor > 0) dr += b.minor;
          else cr -= b.minor;
          rows.push([
            ymdSlash(b.date),
            String(no++),
            b.contra,
            b.party,
            b.desc,
            b.minor > 0 ? String(b.minor / 100) : '',
            b.minor < 0 ? String(-b.minor / 100) : '',
            String(bal / 100),
          ]);
          at.set(b.id, rows.length);
        }
        rows.push(['合計', '', '', '', '', String(dr / 100), String(cr / 100), String(bal / 100)]);
        return { content: csv(rows, { bom: true }), rows: at, headerRow };
      },
    };
  },
};
