// Ghana: a Kumasi building-materials dealer. Republic Bank (Ghana) current account statement (CSV from the
// internet banking) against TallyPrime's "Ledger Vouchers" of the bank ledger, exported to Excel with narrations.
import { SetBuilder, businessDays, fmtDate, grouped, major } from './core.mjs';

const FILE_BANK = 'republic-bank-current-0412-feb2025.csv';
const FILE_LEDGER = 'tally-ledger-vouchers-republic-bank-feb2025.xlsx';
const LEDGER = 'Republic Bank Current A/c';

export function buildGh(r, seed) {
  const days = businessDays(2025, 2, []);
  const D = (i) => days[i];
  const sb = new SetBuilder();
  let rv = 231; // receipt voucher numbers
  let pv = 118; // payment voucher numbers
  let cv = 14; // contra / journal
  const bank = (date, amount, text, chq = '') => ({ date, amount, text: text.slice(0, 60), chq });
  // Tally voucher on the bank ledger: Particulars is the other ledger, the narration is the bookkeeper's note.
  const receipt = (date, amount, party, narration) => ({
    date,
    amount,
    party,
    vchType: 'Receipt',
    vchNo: String(rv++),
    narration,
  });
  const payment = (date, amount, party, narration) => ({
    date,
    amount: -amount,
    party,
    vchType: 'Payment',
    vchNo: String(pv++),
    narration,
  });
  const contra = (date, amount, party, narration) => ({
    date,
    amount,
    party,
    vchType: 'Contra',
    vchNo: String(cv++),
    narration,
  });
  const gipFee = (date) => sb.bankOnly(bank(date, -750, 'GIP TRANSFER CHARGE'), 'charge');
  const si = (n) => `SI/25/${String(n).padStart(4, '0')}`;

  // --- receipts quoting the sales invoice, written the customers' way ---
  const refd = [
    [
      0,
      'GIP/INWARD/KWAKU OWUSU HARDWARE',
      'Kwaku Owusu Hardware',
      311,
      (n) => `SI 25 ${String(n).padStart(4, '0')}`,
      'ref-spaces',
    ],
    [1, 'ACH CR ECOBANK/ADOM CONSTRUCTION LTD', 'Adom Construction Ltd', 314, (n) => si(n), 'ref-canonical'],
    [3, 'GIP/INWARD/NANA YAA ENTERPRISE', 'Nana Yaa Enterprise', 318, (n) => `inv ${n}`, 'ref-serial-only'],
    [
      5,
      'ACH CR CALBANK/TOPMAN BLDG & CIVIL',
      'Topman Building & Civil Works Ltd',
      322,
      (n) => `SI25${String(n).padStart(4, '0')}`,
      'ref-year-serial-joined',
    ],
    [7, 'GIP/INWARD/SUNON ASOGLI ESTATES', 'Sunon Asogli Estates Ltd', 325, (n) => `si/25/${n}`, 'ref-no-padding'],
    [
      9,
      'ACH CR GCB/MAWUENA & SONS',
      'Mawuena & Sons Ventures',
      329,
      (n) => `SI-25-${String(n).padStart(4, '0')}`,
      'ref-slashes',
    ],
    [
      11,
      'GIP/INWARD/KWAKU OWUSU HARDWARE',
      'Kwaku Owusu Hardware',
      334,
      (n) => `SI 25 ${String(n).padStart(4, '0')}`,
      'ref-spaces',
    ],
    [13, 'ACH CR ABSA/ADOM CONSTRUCTION LTD', 'Adom Construction Ltd', 337, (n) => si(n), 'ref-canonical'],
    [15, 'GIP/INWARD/OFORIWAA BLOCK FACTORY', 'Oforiwaa Block Factory', 341, (n) => `INV ${n}`, 'ref-serial-only'],
    [17, 'ACH CR SGGH/GOLDEN GATE PROPERTIES', 'Golden Gate Properties Ltd', 344, (n) => si(n), 'ref-canonical'],
    [
      2,
      'GIP/INWARD/OBUASI MINES STAFF COOP',
      'Obuasi Mines Staff Co-op Society',
      312,
      (n) => `INV NO ${n}`,
      'ref-serial-only',
    ],
    [6, 'ACH CR STANBIC/J K ACHEAMPONG & CO', 'J.K. Acheampong & Co', 324, (n) => `SI/25/${n}`, 'ref-no-padding'],
    [8, 'GIP/INWARD/NANA YAA ENTERPRISE', 'Nana Yaa Enterprise', 327, (n) => `inv ${n}`, 'ref-serial-only'],
    [
      12,
      'ACH CR ADB/ADOM CONSTRUCTION LTD',
      'Adom Construction Ltd',
      335,
      (n) => `SI25${String(n).padStart(4, '0')}`,
      'ref-year-serial-joined',
    ],
    [
      16,
      'GIP/INWARD/KWAKU OWUSU HARDWARE',
      'Kwaku Owusu Hardware',
      343,
      (n) => `SI 25 ${String(n).padStart(4, '0')}`,
      'ref-spaces',
    ],
    [
      18,
      'ACH CR FIDELITY/MAWUENA & SONS',
      'Mawuena & Sons Ventures',
      345,
      (n) => `SI-25-${String(n).padStart(4, '0')}`,
      'ref-slashes',
    ],
  ];
  for (const [di, head, party, n, write, trait] of refd) {
    const amt = r.money(2500, 68000, 0.5);
    const late = r.next() < 0.25;
    sb.match(
      bank(D(di), amt, `${head} ${write(n)}`),
      receipt(late ? D(di + 1) : D(di), amt, party, `Being payment recd against ${si(n)}`),
      {
        decision: 'auto',
        evidence: 'reference',
        traits: late ? [trait, 'late-posting'] : [trait],
      },
    );
  }

  // MTN MoMo to bank receipts from small contractors: the name is the wallet holder's.
  const momo = [
    [2, '0244***512', 'ABENA POKUAA', 'Abena Pokuaa (Contractor)', 'name-only', 'auto'],
    [6, '0551***874', 'KOJO ANTWI BOAFO', 'Boafo Kojo Antwi', 'partner-name-fuzzy', 'auto'],
    [10, '0208***331', 'E MENSAH', 'Ebenezer Mensah Plumbing Works', 'partner-name-fuzzy', 'suggest'],
    [14, '0244***778', 'AKOSUA SERWAA', 'Akosua Serwaa Tiles', 'name-only', 'auto'],
    [17, '0277***045', 'OSEI BONSU KWAME', 'Kwame Osei-Bonsu', 'partner-name-fuzzy', 'auto'],
  ];
  for (const [di, wallet, holder, party, trait, decision] of momo) {
    const amt = r.money(800, 6500, 0.5);
    sb.match(
      bank(D(di), amt, `MOMO TO BANK ${wallet} ${holder}`),
      receipt(D(di), amt, party, 'Being cash recd via MoMo'),
      {
        decision,
        ...(decision === 'suggest' ? { mustNotAuto: false } : {}),
        evidence: 'counterparty',
        traits: [trait],
      },
    );
  }

  // Cheque deposits: the cheque number is in the bank's column and in the bookkeeper's narration.
  for (const [di, chq, head, party] of [
    [4, '004512', 'CLEARING CHQ DEP GCB', 'Golden Gate Properties Ltd'],
    [12, '118730', 'CLEARING CHQ DEP ADB', 'Ashanti Regional Hospital'],
  ]) {
    const amt = r.money(9000, 45000, 0.01);
    sb.match(bank(D(di), amt, head, chq), receipt(D(di - 1), amt, party, `Being chq no. ${chq} deposited`), {
      decision: 'auto',
      evidence: 'reference',
      traits: ['cheque-number', 'settled-next-day'],
    });
  }
  // A deposited cheque that bounced: credit, then its return. Tally had the receipt; the bookkeeper has not reversed it.
  {
    const amt = r.money(12000, 20000, 0.5);
    sb.reversal(
      bank(D(8), amt, 'CLEARING CHQ DEP FBN', '220514'),
      bank(D(10), -amt, 'RETURNED CHQ 220514 REFER TO DRAWER', '220514'),
      'cheque deposited and returned unpaid',
    );
    sb.ledgerOnly(
      receipt(D(7), amt, 'Agyeiwaa Concrete Products', 'Being chq no. 220514 deposited'),
      'cheque receipt booked; the cheque was returned unpaid and the receipt is not yet reversed',
    );
    sb.bankOnly(bank(D(10), -5000, 'RETURNED CHEQUE CHARGE'), 'charge');
  }

  // Customer withholding 3% on goods: paid net, receipt booked gross.
  {
    const gross = r.money(30000, 60000, 1);
    const net = Math.round(gross * 0.97);
    sb.match(
      bank(D(14), net, `ACH CR GCB/GHANA HIGHWAY AUTHORITY ${si(339).replace(/\//g, ' ')}`),
      receipt(D(14), gross, 'Ghana Highway Authority', `Being payment recd against ${si(339)}`),
      {
        decision: 'suggest',
        mustNotAuto: false,
        evidence: 'reference',
        traits: ['ref-spaces', 'short-withholding-tax-3pct'],
      },
    );
  }

  // One transfer for two invoices with no invoice written; the books hold one receipt per invoice.
  {
    const a = r.money(7000, 12000, 1);
    const b = r.money(3000, 6000, 1);
    sb.match(
      bank(D(16), a + b, 'GIP/INWARD/TOPMAN BLDG & CIVIL PAYMENT'),
      [
        receipt(D(15), a, 'Topman Building & Civil Works Ltd', `Being payment recd against ${si(346)}`),
        receipt(D(15), b, 'Topman Building & Civil Works Ltd', `Being payment recd against ${si(347)}`),
      ],
      {
        decision: 'suggest',
        mustNotAuto: false,
        evidence: 'counterparty',
        traits: ['split-one-to-many', 'name-only'],
      },
    );
  }

  // Twins: two deliveries of the same order value paid the same day by the same estate developer.
  {
    const amt = r.money(4000, 9000, 10);
    sb.twins(
      [
        bank(D(18), amt, 'GIP/INWARD/SUNON ASOGLI ESTATES DELIVERY'),
        bank(D(18), amt, 'GIP/INWARD/SUNON ASOGLI ESTATES DELIVERY'),
      ],
      [
        receipt(D(18), amt, 'Sunon Asogli Estates Ltd', 'Being payment for delivery'),
        receipt(D(18), amt, 'Sunon Asogli Estates Ltd', 'Being payment for delivery'),
      ],
      { decision: 'suggest', mustNotAuto: false, evidence: 'counterparty', traits: ['twins'] },
    );
  }

  // Cash banked from the yard: amount and "cash" on both sides; two takings of one amount that week make it a guess.
  {
    const amt = r.money(5000, 15000, 50);
    const rival = sb.ledgerOnly(
      contra(D(3), amt, 'Cash in Hand - Shop', 'Being cash sales banked'),
      'second cash lodgement of the same amount, deposited at the branch after the cut-off',
    );
    sb.match(bank(D(3), amt, 'CASH DEPOSIT'), contra(D(3), amt, 'Cash in Hand - Yard', 'Being cash sales banked'), {
      decision: 'suggest',
      mustNotAuto: true,
      alsoRight: rival.ledger,
      evidence: 'amount',
      traits: ['amount-only', 'tie'],
    });
    const amt2 = r.money(3000, 11000, 10);
    sb.match(bank(D(9), amt2, 'CASH DEPOSIT'), contra(D(9), amt2, 'Cash in Hand - Yard', 'Being cash sales banked'), {
      decision: 'auto',
      evidence: 'amount',
      traits: ['amount-only'],
    });
  }

  // --- supplier payments by GIP / ACH with the bill number, and their charges ---
  const bills = [
    [1, 'DIAMOND CEMENT GH LTD', 'Diamond Cement Ghana Ltd', 'DCG/INV/77812'],
    [4, 'TOR STEEL IND', 'Tema Steel Industries Ltd', 'TSI 20331'],
    [8, 'DIAMOND CEMENT GH LTD', 'Diamond Cement Ghana Ltd', 'DCG/INV/77960'],
    [11, 'PIONEER ALUMINIUM FACTORY', 'Pioneer Aluminium Factory Ltd', 'PAF-1189'],
    [14, 'INTERPLAST LTD', 'Interplast Ltd', 'IP/25/0402'],
    [17, 'DIAMOND CEMENT GH LTD', 'Diamond Cement Ghana Ltd', 'DCG/INV/78105'],
    [2, 'PIONEER ALUMINIUM FACTORY', 'Pioneer Aluminium Factory Ltd', 'PAF-1174'],
    [9, 'TOR STEEL IND', 'Tema Steel Industries Ltd', 'TSI 20362'],
    [15, 'GHACEM LTD', 'Ghacem Ltd', 'GH/KSI/551208'],
  ];
  for (const [di, benef, party, bill] of bills) {
    const amt = r.money(15000, 140000, 0.01);
    sb.match(
      bank(D(di), -amt, `GIP/OUTWARD/${benef}/${bill}`),
      payment(D(di), amt, party, `Being payment of ${bill}`),
      {
        decision: 'auto',
        evidence: 'reference',
        traits: ['ref-canonical'],
      },
    );
    gipFee(D(di));
  }
  // The same supplier paid twice in the month for the same round sum, no bill written: which bill is a person's call.
  {
    const amt = r.money(20000, 30000, 1000);
    const rival = sb.ledgerOnly(
      payment(D(6), amt, 'Kumasi Timber Market Co-op', 'Being part payment for roofing timber'),
      'second instalment entered in advance; not yet paid',
    );
    sb.match(
      bank(D(6), -amt, 'GIP/OUTWARD/KUMASI TIMBER MARKET COOP/PAYMENT'),
      payment(D(6), amt, 'Kumasi Timber Market Co-op', 'Being part payment for roofing timber'),
      {
        decision: 'suggest',
        mustNotAuto: true,
        alsoRight: rival.ledger,
        evidence: 'counterparty',
        traits: ['name-only', 'tie'],
      },
    );
    gipFee(D(6));
  }

  // Casual labourers paid from the bank to their MoMo wallets: E-levy 1% and the transfer fee beside each.
  for (const [di, wallet, name, party] of [
    [5, '0554***321', 'YAW MENSAH', 'Yaw Mensah (Casual)'],
    [12, '0245***090', 'KWABENA ADJEI', 'Kwabena Adjei (Casual)'],
    [19, '0554***321', 'YAW MENSAH', 'Yaw Mensah (Casual)'],
    [8, '0245***090', 'KWABENA ADJEI', 'Kwabena Adjei (Casual)'],
    [16, '0598***210', 'IBRAHIM ZAKARI', 'Ibrahim Zakari (Driver)'],
  ]) {
    const amt = r.money(450, 1200, 10);
    sb.match(
      bank(D(di), -amt, `BANK TO WALLET ${wallet} ${name}`),
      payment(D(di), amt, party, 'Being wages paid via MoMo'),
      {
        decision: 'auto',
        evidence: 'counterparty',
        traits: ['name-only'],
      },
    );
    sb.bankOnly(bank(D(di), -Math.round(amt * 0.01), 'E-LEVY CHARGE'), 'levy');
    sb.bankOnly(bank(D(di), -200, 'BANK TO WALLET FEE'), 'charge');
  }

  // Payroll, PAYE and SSNIT.
  {
    const net = r.money(48000, 62000, 0.01);
    sb.match(
      bank(D(17), -net, 'ACH BULK SALARY FEB 2025 (14)'),
      payment(D(17), net, 'Salaries Payable', 'Being net salaries for February 2025'),
      {
        decision: 'auto',
        evidence: 'reference',
        traits: ['ref-canonical'],
      },
    );
    sb.bankOnly(bank(D(17), -14 * 150, 'ACH BULK CHARGES'), 'charge');
    const paye = r.money(6000, 9000, 0.01);
    sb.match(
      bank(D(9), -paye, 'GRA PAYE JAN 2025 TIN C0004418825'),
      payment(D(9), paye, 'PAYE Payable', 'Being PAYE for January 2025 paid to GRA'),
      {
        decision: 'auto',
        evidence: 'reference',
        traits: ['ref-canonical'],
      },
    );
    const ssnit = r.money(7000, 9500, 0.01);
    sb.match(
      bank(D(10), -ssnit, 'SSNIT TIER 1 JAN25 ER NO 1020455'),
      payment(D(13), ssnit, 'SSNIT Payable', 'Being SSNIT contribution Jan-25'),
      {
        decision: 'auto',
        evidence: 'reference',
        traits: ['ref-year-serial-joined', 'late-posting'],
      },
    );
  }

  // ECG prepaid and a standing order for the warehouse rent.
  {
    const ecg = r.money(800, 2000, 10);
    sb.match(
      bank(D(2), -ecg, 'ECG POWER APP PURCHASE METER 01234***9'),
      payment(D(2), ecg, 'Electricity Expenses', 'Being ECG prepaid - warehouse'),
      {
        decision: 'auto',
        evidence: 'counterparty',
        traits: ['name-only'],
      },
    );
    const rent = r.money(9000, 12000, 500);
    sb.match(
      bank(D(0), -rent, 'STANDING ORDER - WAREHOUSE RENT BOAKYE'),
      payment(D(0), rent, 'Rent - Warehouse (Mr Boakye)', 'Being Feb rent'),
      {
        decision: 'auto',
        evidence: 'counterparty',
        traits: ['name-only'],
      },
    );
  }

  // Transfer to the company's Prudential Bank account.
  {
    const amt = r.money(40000, 60000, 5000);
    sb.match(
      bank(D(13), -amt, 'INTERNAL TRF TO A/C 0221***8801'),
      contra(D(13), -amt, 'Prudential Bank Savings A/c', 'Being transfer to savings'),
      {
        decision: 'suggest',
        mustNotAuto: false,
        evidence: 'amount',
        traits: ['interbank-transfer', 'amount-only'],
      },
    );
  }

  // Unrecorded items.
  sb.none(bank(D(15), r.money(600, 2500, 0.5), 'GIP/INWARD/AKWASI FRIMPONG'), 'unidentified receipt');
  sb.none(
    bank(D(16), -r.money(300, 900, 0.01), 'POS PURCHASE SHELL ADUM KUMASI'),
    'fuel bought on the debit card, no receipt handed in',
  );
  sb.ledgerOnly(
    payment(D(19), r.money(8000, 15000, 1), 'Tema Steel Industries Ltd', 'Being chq no. 301877 issued for TSI 20388'),
    'cheque issued, not yet presented',
  );

  // Month-end charges.
  sb.bankOnly(bank(D(19), -3500, 'ACCOUNT MAINTENANCE FEE FEB 2025'), 'charge');
  sb.bankOnly(bank(D(19), -r.int(20, 40) * 50, 'SMS ALERT FEE FEB 2025'), 'charge');
  sb.bankOnly(bank(D(7), -12000, 'CHEQUE BOOK CHARGE 50 LVS'), 'charge');
  sb.bankOnly(bank(D(19), -r.money(150, 400, 0.01), 'COMMISSION ON TURNOVER FEB 2025'), 'charge');
  sb.bankOnly(bank(D(19), r.money(20, 80, 0.01), 'CREDIT INTEREST'), 'interest');

  const cfg = {
    set: 'gh-republic-tally',
    country: 'GH',
    currency: 'GHS',
    timezone: 'Africa/Accra',
    period: { from: '2025-02-01', to: '2025-02-28' },
    seed,
    ledgerAccount: LEDGER,
    bankFile: {
      file: FILE_BANK,
      bank: 'Republic Bank (Ghana)',
      kind: 'csv',
      quoteAll: true,
      opening: r.money(90000, 160000, 0.01),
      preamble: ({ opening, closing }) => [
        ['REPUBLIC BANK (GHANA) PLC'],
        ['CUSTOMER STATEMENT'],
        ['Account Name', 'ASANTE-BOATENG BUILDING SUPPLIES LTD'],
        ['Account Number', '0412 0098 7711 01'],
        ['Currency', 'GHS'],
        ['Statement Period', '01/02/2025 - 28/02/2025'],
        ['Opening Balance', grouped(opening)],
        ['Closing Balance', grouped(closing)],
      ],
      header: ['Post Date', 'Value Date', 'Details', 'Cheque No.', 'Debit', 'Credit', 'Balance'],
      cells: (b) => [
        fmtDate(b.date, 'DD/MM/YYYY'),
        fmtDate(b.date, 'DD/MM/YYYY'),
        b.text,
        b.chq,
        b.amount < 0 ? grouped(-b.amount) : '',
        b.amount > 0 ? grouped(b.amount) : '',
        grouped(b.balance),
      ],
      text: (b) => b.text,
      json: (b) => ({ narration: b.text, reference: b.chq || null, counterparty: null }),
      readOptions: {
        mapping: {
          date: 'Post Date',
          valueDate: 'Value Date',
          description: 'Details',
          reference: 'Cheque No.',
          moneyOut: 'Debit',
          moneyIn: 'Credit',
          balance: 'Balance',
        },
        currency: 'GHS',
        dateOrder: 'DMY',
      },
    },
    ledgerFile: {
      file: FILE_LEDGER,
      package: 'TallyPrime (Ledger Vouchers, narrations shown, exported to Excel)',
      kind: 'xlsx',
      sheet: 'Ledger Vouchers',
      cols: [12, 44, 10, 8, 14, 14],
      render: (rows) => {
        const out = [
          { cells: ['Asante-Boateng Building Supplies Ltd'] },
          { cells: ['Adum, Kumasi'] },
          { cells: [LEDGER] },
          { cells: ['Ledger Account'] },
          { cells: ['1-Feb-2025 to 28-Feb-2025'] },
          { header: true, cells: ['Date', 'Particulars', 'Vch Type', 'Vch No.', 'Debit', 'Credit'] },
        ];
        let dr = 0;
        let cr = 0;
        for (const l of rows) {
          if (l.amount > 0) dr += l.amount;
          else cr -= l.amount;
          out.push({
            entry: l,
            cells: [
              { d: l.date, z: 'd-mmm-yy' },
              l.party,
              l.vchType,
              l.vchNo,
              l.amount > 0 ? major(l.amount) : '',
              l.amount < 0 ? major(-l.amount) : '',
            ],
          });
          out.push({ cells: ['', l.narration] });
        }
        const opening = cfg.bankFile.opening;
        const closing = opening + dr - cr;
        out.push({ cells: ['', 'Opening Balance', '', '', major(opening), ''] });
        out.push({ cells: ['', 'Current Total', '', '', major(dr), major(cr)] });
        out.push({ cells: ['', 'Closing Balance', '', '', major(closing), ''] });
        return out;
      },
      json: (l) => ({ reference: null, description: `${l.party} — ${l.narration}`, party: l.party, account: LEDGER }),
      readOptions: {
        sheet: 'Ledger Vouchers',
        mapping: {
          date: 'Date',
          description: 'Particulars',
          party: 'Particulars',
          journalId: 'Vch No.',
          moneyIn: 'Debit',
          moneyOut: 'Credit',
        },
        currency: 'GHS',
      },
    },
  };
  return { cfg, sb };
}
