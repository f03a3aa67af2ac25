// Generates the real-layout sets: bank statements and ledger exports in the layouts finance teams download,
// plus truth.json and one reconcile-JSON document per statement. Seeded: BANKFEED_CORPUS_SEED overrides the base
// seed (printed); the committed files come from the default.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { access, equity, fnb, gcb, gtbank } from './dialects.mjs';
import { updateIndex } from './index-file.mjs';
import { major, makeRng, nipSession, Truth, truthJson } from './lib.mjs';
import { simulateAccount, withBalances } from './sim.mjs';
import {
  writeAccessXlsx,
  writeEquityCsv,
  writeFnbCsv,
  writeGcbCsv,
  writeGeneralLedger,
  writeGtbankCsv,
  writeQuickbooksGlCsv,
  writeXeroAccountTransactionsCsv,
} from './writers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const baseSeed = Number(process.env.BANKFEED_CORPUS_SEED ?? 20250301);
console.log(`real-layout seed ${baseSeed} (override with BANKFEED_CORPUS_SEED)`);
const period = { from: '2025-03-01', to: '2025-03-31' };

const party = (name, bankName, memos) => ({ name, bankName, memos: memos ?? [] });
const merchant = (name, bankName, memo, range, step) => ({ name, bankName, memo, range, step });

/** Adds a row after simulateAccount has sorted: keeps posting order by date, then insertion. */
function addBankRow(rows, row) {
  row.order = 1e6 + rows.length;
  rows.push(row);
  rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order));
  return row;
}

function reconcileDoc({ currency, timezone, bankRows, bookRows, bankFile }) {
  return {
    options: { timezone },
    bank: bankRows.map((r) => ({
      id: `${r.file}#${r.row}`,
      date: r.date,
      amount: major(r.amount),
      currency,
      narration: r.text,
      reference: r.reference ?? null,
      counterparty: null,
      balance: major(r.balance),
    })),
    ledger: bookRows.map((r) => ({
      id: `${r.file}#${r.row}`,
      date: r.date,
      amount: major(r.amount),
      currency,
      reference: r.bookReference ?? null,
      description: r.bookDescription ?? null,
      party: r.bookParty ?? null,
      account: r.account,
    })),
    _source: bankFile,
  };
}

function writeSet(name, { meta, bankFiles, ledgerFiles, truth, bankRowsInOrder, docs }) {
  const dir = join(root, 'real-layout', name);
  const t = truthJson({ set: name, ...meta, bankFiles, ledgerFiles }, truth, bankRowsInOrder);
  writeFileSync(join(dir, 'truth.json'), JSON.stringify(t, null, 2) + '\n');
  for (const d of docs) {
    const { _source, ...doc } = d;
    writeFileSync(join(dir, `reconcile.${_source}.json`), JSON.stringify(doc, null, 2) + '\n');
  }
  const count = (k) => t.bank.filter((b) => b.expect === k).length;
  const matched = t.bank.filter((b) => b.expect === 'match');
  const stats = {
    bankLines: t.bank.length,
    match: matched.length,
    bankOnly: count('bank-only'),
    reversalPair: count('reversal-pair'),
    noCounterpart: count('no-counterpart'),
    ledgerOnly: t.ledgerOnly.length,
    withoutReference: t.bank.filter((b) => b.evidence !== 'reference').length,
    matchedWithoutReference: matched.filter((b) => b.evidence !== 'reference').length,
  };
  console.log(name, stats);
  return {
    set: name,
    truth: `real-layout/${name}/truth.json`,
    files: [
      ...bankFiles.map((f) => `real-layout/${name}/${f.file}`),
      ...ledgerFiles.map((f) => `real-layout/${name}/${f.file}`),
    ],
    reconcileJson: docs.map((d) => `real-layout/${name}/reconcile.${d._source}.json`),
    ...stats,
  };
}

function freshDir(name) {
  const dir = join(root, 'real-layout', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

// ================================================================ Nigeria: GTBank CSV + Access XLSX vs one GL
function nigeria() {
  const name = 'ng-gtbank-access';
  const dir = freshDir(name);
  const rng = makeRng(baseSeed + 1);
  const truth = new Truth();
  const book = [];
  const holder = 'ADUNNI FOODS DISTRIBUTION LTD';
  const customers = [
    party('Bello Traders Ltd', 'BELLO TRADERS LIMITED'),
    party('Chidi Ventures', 'CHIDI OKEKE'),
    party('Okon Stores', 'OKON STORES ENT'),
    party('Mama Nkechi Restaurants Ltd', 'MAMA NKECHI RESTAURANTS'),
    party('Ebute Metta Supermarket', 'EBUTE METTA SUPERMKT'),
    party('Sweetbite Confectionery Ltd', 'SWEETBITE CONF LTD'),
    party('Ikeja Grand Hotel Ltd', 'IKEJA GRAND HOTEL LTD'),
    party('Yaba Canteen Services', 'ADEBISI FOLAKE'),
    party('Iya Basira Foods', 'IYA BASIRA FOODS'),
    party('Ajah Provisions & Sons', 'AJAH PROVISIONS AND SONS'),
    party('Oluwaseun Adeyemi', 'ADEYEMI OLUWASEUN T'),
    party('Festac Mini Mart', 'FESTAC MINI MART NIG'),
    party('Surulere Catering Co', 'SURULERE CATERING CO'),
  ];
  const suppliers = [
    party('Kofi Packaging Ltd', 'KOFI PACKAGING LTD', ['PACKAGING MATERIALS', 'CARTONS']),
    party('Eko Hardware Ltd', 'EKO HARDWARE LTD', ['SHELVING', 'REPAIRS']),
    party('Kano Agro Depot', 'KANO AGRO DEPOT', ['RICE SUPPLY', 'BEANS 50KG']),
    party('Nnewi Plastics Industries', 'NNEWI PLASTICS IND', ['CRATES']),
    party('Ibadan Cold Chain Logistics', 'IBADAN COLD CHAIN LOG', ['HAULAGE', 'DELIVERY MAR']),
    party('Benin Palm Oil Mills', 'BENIN PALM OIL MILLS', ['PALM OIL 25L']),
    party('Sokoto Grains Cooperative', 'SOKOTO GRAINS COOP', ['MAIZE SUPPLY']),
    party('Lagos Fleet Services', 'LAGOS FLEET SVCS', ['VEHICLE SERVICE']),
    party('Abuja Print House', 'ABUJA PRINT HOUSE', ['LABELS', 'PRINTING']),
  ];
  const merchants = [
    merchant('TotalEnergies Admiralty', 'TOTALENERGIES ADMIRALTY', 'Diesel - TotalEnergies Lekki', [15000, 120000]),
    merchant('MRS Filling Station Ikorodu', 'MRS FS IKORODU', 'Fuel - MRS Ikorodu', [10000, 60000]),
    merchant('Shoprite Ikeja City Mall', 'SHOPRITE ICM', 'Office supplies - Shoprite', [5000, 45000]),
    merchant('Jumia Nigeria', 'JUMIA NG WEB', 'Office equipment - Jumia', [8000, 150000]),
    merchant('Chicken Republic Allen', 'CHICKEN REPUBLIC ALLEN', 'Staff lunch', [4000, 25000]),
  ];
  const strangers = ['EMEKA JOHN', 'MUSA IBRAHIM', 'FAITH NWOSU', 'T. BANJO', 'KEHINDE ALABI'];
  const seq = { invoice: 380, bill: 210, credit: 30, cheque: 231 };
  const common = {
    rng,
    truth,
    book,
    period,
    year: 2025,
    customers,
    suppliers,
    merchants,
    strangers,
    seq,
    invoicePrefix: 'INV',
    billPrefix: 'BILL',
    creditPrefix: 'CN',
    receiptRange: [35000, 2500000],
    paymentRange: [20000, 3000000],
    shortPayment: (due) => ({ amount: Math.floor(due / 2000) * 100, trait: 'short-withholding-tax-5pct' }),
  };
  const gtbAccount = {
    code: '1010',
    name: 'GTBank Current Account',
    dialect: gtbank,
    terminals: ['2058LG41', '2058LG77'],
  };
  const accAccount = { code: '1020', name: 'Access Bank Current Account', dialect: access };
  const gtbRows = simulateAccount({
    ...common,
    account: gtbAccount,
    counts: {
      receipts: 40,
      multiInvoice: 3,
      creditNote: 2,
      settlementDays: 9,
      payments: 28,
      cardSpend: 10,
      twins: 1,
      reversals: 2,
      unrecorded: 4,
      outstanding: 3,
      inTransit: 1,
    },
    recurring: [
      {
        day: '2025-03-27',
        name: null,
        bankText: 'SALARY MAR 2025 BULK TRF 14 BENEFICIARIES',
        amount: 435000000,
        memo: 'Salaries - March 2025',
        evidence: 'amount',
        traits: ['amount-only'],
      },
      {
        day: '2025-03-10',
        name: 'Lagos State IRS',
        bankText: 'REMITA/LIRS PAYE FEB 2025/RRR 2903-4417-8812',
        amount: 38750000,
        memo: 'PAYE Feb 2025 - LIRS',
        docRef: 'RRR 290344178812',
        traits: ['ref-spaces'],
      },
      {
        day: '2025-03-20',
        name: 'FIRS',
        bankText: 'REMITA/FIRS VAT FEB 2025/RRR 1104-2251-9036',
        amount: 61225000,
        memo: 'VAT Feb 2025 - FIRS',
        docRef: 'RRR 110422519036',
        traits: ['ref-spaces'],
      },
      {
        day: '2025-03-05',
        name: 'IKEDC',
        bankText: 'IKEDC PREPAID 45012233447 TOKEN',
        amount: 15000000,
        memo: 'Electricity - IKEDC prepaid',
        evidence: 'counterparty',
      },
    ],
  });
  const accRows = simulateAccount({
    ...common,
    account: accAccount,
    counts: {
      receipts: 35,
      multiInvoice: 2,
      creditNote: 1,
      settlementDays: 0,
      payments: 18,
      cardSpend: 6,
      twins: 1,
      reversals: 1,
      unrecorded: 3,
      outstanding: 2,
      inTransit: 0,
    },
    recurring: [
      {
        day: '2025-03-03',
        name: 'Folawiyo Properties',
        bankName: 'FOLAWIYO PROPERTIES',
        bankMemo: 'WAREHOUSE RENT MAR',
        amount: 120000000,
        memo: 'Warehouse rent - March 2025 - Folawiyo Properties',
      },
    ],
  });
  // Funding transfers GTBank → Access: one GL journal with a line on each bank account.
  for (const [date, amount] of [
    ['2025-03-06', 500000000],
    ['2025-03-17', 300000000],
    ['2025-03-26', 250000000],
  ]) {
    const session = nipSession(rng, '000013', date);
    const out = addBankRow(gtbRows, {
      date,
      valueDate: date,
      amount: -amount,
      text: `NIP TRF TO ${holder}/ACCESS/FUNDING`,
      reference: session,
    });
    for (const c of gtbank.transferFees(amount))
      truth.bankOnly(
        addBankRow(gtbRows, { date, valueDate: date, amount: c.amount, text: c.text, reference: null }),
        c.kind,
      );
    const inn = addBankRow(accRows, {
      date,
      valueDate: date,
      amount,
      text: `NIP/GTBANK/${holder}/FUNDING/${session}`,
      reference: null,
    });
    for (const c of access.inflowCharges(amount, date, rng, inn.text))
      truth.bankOnly(
        addBankRow(accRows, { date, valueDate: date, amount: c.amount, text: c.text, reference: null }),
        c.kind,
      );
    const lOut = {
      account: '1010',
      accountName: gtbAccount.name,
      seq: 1e6 + book.length,
      date,
      amount: -amount,
      kind: 'transfer',
      party: null,
      docRef: null,
      memo: 'Transfer GTBank to Access - funding',
    };
    const lIn = {
      account: '1020',
      accountName: accAccount.name,
      seq: 1e6 + book.length + 1,
      date,
      amount,
      kind: 'transfer',
      party: null,
      docRef: null,
      memo: 'Transfer GTBank to Access - funding',
      pairWith: lOut,
    };
    lOut.pairWith = lIn;
    book.push(lOut, lIn);
    truth.match(out, lOut, { evidence: 'counterparty', traits: ['interbank-transfer'] });
    truth.match(inn, lIn, { evidence: 'counterparty', traits: ['interbank-transfer', 'nip-session-id'] });
  }
  const gtbOpening = 1852000000;
  const accOpening = 624500000;
  const gtbClosing = withBalances(gtbRows, gtbOpening);
  const accClosing = withBalances(accRows, accOpening);
  const gtbFile = 'gtbank-current-mar2025.csv';
  const accFile = 'access-current-mar2025.xlsx';
  const glFile = 'general-ledger-bank-mar2025.csv';
  const gtbHeader = writeGtbankCsv(dir, gtbFile, gtbRows, {
    holder,
    masked: '0123****41',
    from: period.from,
    to: period.to,
    opening: gtbOpening,
    closing: gtbClosing,
  });
  const accHeader = writeAccessXlsx(dir, accFile, accRows, {
    holder,
    masked: '0698****12',
    from: period.from,
    to: period.to,
    opening: accOpening,
    closing: accClosing,
  });
  const gl = writeGeneralLedger(dir, glFile, book, {
    holder,
    from: period.from,
    to: period.to,
    openings: { 1010: gtbOpening - 4512500, 1020: accOpening },
    journalStart: { CR: 1040, PV: 2210, JV: 310 },
  });
  const accInFileOrder = accRows.slice().sort((a, b) => a.row - b.row);
  const docs = [
    reconcileDoc({
      currency: 'NGN',
      timezone: 'Africa/Lagos',
      bankRows: gtbRows,
      bookRows: book.filter((r) => r.account === '1010'),
      bankFile: gtbFile,
    }),
    reconcileDoc({
      currency: 'NGN',
      timezone: 'Africa/Lagos',
      bankRows: accRows,
      bookRows: book.filter((r) => r.account === '1020'),
      bankFile: accFile,
    }),
  ];
  return writeSet(name, {
    meta: { country: 'NG', currency: 'NGN', timezone: 'Africa/Lagos', period, seed: baseSeed + 1 },
    bankFiles: [
      {
        file: gtbFile,
        bank: 'GTBank',
        headerRow: gtbHeader,
        ledgerAccount: '1010',
        readOptions: {},
        openingBalance: major(gtbOpening),
        closingBalance: major(gtbClosing),
        order: 'oldest first',
      },
      {
        file: accFile,
        bank: 'Access Bank',
        headerRow: accHeader,
        ledgerAccount: '1020',
        readOptions: { sheet: 'Statement' },
        openingBalance: major(accOpening),
        closingBalance: major(accClosing),
        order: 'newest first',
      },
    ],
    ledgerFiles: [
      {
        file: glFile,
        package: 'Sage-style general ledger detail (bank accounts 1010, 1020)',
        headerRow: gl.headerRow,
        readOptions: { currency: 'NGN' },
        nonEntryRows: gl.nonEntryRows,
      },
    ],
    truth,
    bankRowsInOrder: [...gtbRows, ...accInFileOrder],
    docs,
  });
}

// ================================================================ South Africa: FNB CSV vs Xero Account Transactions
function southAfrica() {
  const name = 'za-fnb-xero';
  const dir = freshDir(name);
  const rng = makeRng(baseSeed + 2);
  const truth = new Truth();
  const book = [];
  const holder = 'Fynbos Digital (Pty) Ltd';
  const customers = [
    party('Table Mountain Tours (Pty) Ltd', 'TABLE MNT TOURS'),
    party('Stellenbosch Wine Estates', 'STB WINE ESTATES'),
    party('Karoo Lamb Co', 'KAROO LAMB CO'),
    party('JJ van der Merwe', 'JJ V D MERWE'),
    party('Ubuntu Crafts CC', 'UBUNTU CRAFTS'),
    party('Sea Point Dental Practice', 'SEA POINT DENTAL'),
    party('Khumalo Attorneys Inc', 'KHUMALO ATT INC'),
    party('Bo-Kaap Bakery', 'BOKAAP BAKERY'),
    party('Durbanville Hills Spar', 'DBV HILLS SPAR'),
    party('Lwazi Ndlovu', 'L NDLOVU'),
  ];
  const suppliers = [
    party('Afrihost', 'AFRIHOST', ['FIBRE MAR']),
    party('Protea Office Supplies', 'PROTEA OFFICE SUP', ['STATIONERY']),
    party('Cape Media Printers', 'CAPE MEDIA PRINT', ['BROCHURES']),
    party('Nandi Mokoena', 'N MOKOENA', ['CONTRACT WORK', 'DESIGN FEES']),
    party('Sipho Dlamini Design', 'S DLAMINI DESIGN', ['ILLUSTRATION']),
    party('Gugu Events Hire', 'GUGU EVENTS', ['TABLE HIRE']),
    party('Westlake Couriers', 'WESTLAKE COURIER', ['DELIVERIES']),
  ];
  const merchants = [
    merchant('Engen Bellville', 'ENGEN BELLVILLE', 'Fuel - Engen Bellville', [350, 1400], 1),
    merchant('Woolworths Tygervalley', 'WOOLWORTHS TYGERVALLEY', 'Office refreshments - Woolworths', [150, 900], 1),
    merchant('Uber', 'UBER *TRIP HELP.UBER.COM', 'Travel - Uber', [60, 420], 1),
    merchant('Vida e Caffe Claremont', 'VIDA E CAFFE CLAREMONT', 'Client meeting - Vida e Caffe', [80, 380], 1),
    merchant('Makro Montague Gardens', 'MAKRO MONTAGUE GARDENS', 'Office supplies - Makro', [400, 5200], 1),
  ];
  const rows = simulateAccount({
    rng,
    truth,
    book,
    period,
    year: 2025,
    customers,
    suppliers,
    merchants,
    strangers: ['M JACOBS', 'T NAIDOO', 'A PETERSEN', 'CASH SEND'],
    seq: { invoice: 1180, bill: 640, credit: 12, cheque: 0 },
    invoicePrefix: 'INV',
    billPrefix: 'BILL',
    creditPrefix: 'CN',
    receiptRange: [1500, 85000],
    settlementRange: [2500, 38000],
    paymentRange: [800, 45000],
    shortPayment: (due, r) => ({ amount: r.pick([750, 1500, 2500]), trait: 'short-net-of-fee' }),
    outstandingStyle: 'eft',
    account: { code: '090', name: 'FNB Business Cheque', dialect: fnb, terminals: ['51204478', '51204479'] },
    counts: {
      receipts: 55,
      multiInvoice: 3,
      creditNote: 0,
      settlementDays: 8,
      payments: 32,
      cardSpend: 18,
      twins: 1,
      reversals: 2,
      unrecorded: 4,
      outstanding: 2,
      inTransit: 1,
    },
    recurring: [
      {
        day: '2025-03-01',
        name: 'Discovery Insure',
        bankText: 'Debit Order Discovery Insure 4471902',
        amount: 235000,
        memo: 'Vehicle insurance - Discovery',
        evidence: 'counterparty',
      },
      {
        day: '2025-03-03',
        name: 'Vodacom',
        bankText: 'Debit Order Vodacom 0821******',
        amount: 129900,
        memo: 'Cellphone contract - Vodacom',
        evidence: 'counterparty',
      },
      {
        day: '2025-03-25',
        name: 'Growthpoint Properties',
        bankName: 'GROWTHPOINT PROP',
        bankMemo: 'RENT MAR 2025',
        amount: 1850000,
        memo: 'Office rent - March 2025',
        evidence: 'counterparty',
      },
      {
        day: '2025-03-25',
        name: null,
        bankText: 'Bulk Pmt Salaries Mar 2025 6 Beneficiaries',
        amount: 18640000,
        memo: 'Salaries - March 2025',
        evidence: 'amount',
        traits: ['amount-only'],
      },
      {
        day: '2025-03-07',
        name: 'SARS',
        bankName: 'SARS-PAYE',
        bankMemo: '7410761234LC0325 PRN',
        amount: 2411200,
        memo: 'PAYE/UIF/SDL Feb 2025 - SARS',
        docRef: '7410761234LC0325',
        traits: ['ref-canonical'],
      },
    ],
  });
  const opening = 21545063;
  const closing = withBalances(rows, opening);
  const bankFile = 'fnb-business-cheque-mar2025.csv';
  const xeroFile = 'xero-account-transactions-mar2025.csv';
  const bankHeader = writeFnbCsv(dir, bankFile, rows, {
    masked: '62*****4417',
    from: period.from,
    to: period.to,
    opening,
    closing,
  });
  const x = writeXeroAccountTransactionsCsv(dir, xeroFile, book, {
    holder,
    accountName: 'FNB Business Cheque',
    from: period.from,
    to: period.to,
    opening: opening - 112500,
  });
  return writeSet(name, {
    meta: { country: 'ZA', currency: 'ZAR', timezone: 'Africa/Johannesburg', period, seed: baseSeed + 2 },
    bankFiles: [
      {
        file: bankFile,
        bank: 'FNB',
        headerRow: bankHeader,
        ledgerAccount: '090',
        readOptions: {},
        openingBalance: major(opening),
        closingBalance: major(closing),
        order: 'oldest first',
      },
    ],
    ledgerFiles: [
      {
        file: xeroFile,
        package: 'Xero Account Transactions report (CSV)',
        headerRow: x.headerRow,
        readOptions: { currency: 'ZAR' },
      },
    ],
    truth,
    bankRowsInOrder: rows,
    docs: [
      reconcileDoc({ currency: 'ZAR', timezone: 'Africa/Johannesburg', bankRows: rows, bookRows: book, bankFile }),
    ],
  });
}

// ================================================================ Kenya: Equity CSV vs QuickBooks General Ledger
function kenya() {
  const name = 'ke-equity-quickbooks';
  const dir = freshDir(name);
  const rng = makeRng(baseSeed + 3);
  const truth = new Truth();
  const book = [];
  const holder = 'Nyati Wholesalers Ltd';
  const customers = [
    party('Kamau General Stores', 'JOHN KAMAU NJOROGE'),
    party('Wanjiku Mini Mart', 'WANJIKU MINI MART'),
    party('Otieno & Sons Hardware', 'OTIENO AND SONS'),
    party('Mombasa Road Traders', 'MSA RD TRADERS'),
    party('Kisumu Lakeside Retail', 'KSM LAKESIDE RETAIL'),
    party('Eldoret Agrovet Ltd', 'ELDORET AGROVET LTD'),
    party('Achieng Wholesale', 'ACHIENG WHOLESALE'),
    party('Nakuru Fresh Produce', 'NKR FRESH PRODUCE'),
    party('Thika Road Minimart', 'THIKA RD MINIMART'),
    party('Mutua Kitchen Supplies', 'MUTUA KITCHEN'),
    party('Chebet Grocers', 'CHEBET GROCERS'),
  ];
  const suppliers = [
    party('Rift Valley Millers', 'RIFT VALLEY MILLERS', ['MAIZE FLOUR', 'WHEAT FLOUR']),
    party('Athi River Packaging', 'ATHI RIVER PACK', ['PACKAGING']),
    party('Kericho Tea Packers', 'KERICHO TEA PACK', ['TEA 500G']),
    party('Nairobi Cold Storage', 'NBI COLD STORAGE', ['STORAGE MAR']),
    party('Mwangi Transporters', 'MWANGI TRANSPORT', ['TRANSPORT', 'DELIVERY']),
    party('Kilifi Salt Works', 'KILIFI SALT', ['SALT SUPPLY']),
    party('Naivasha Dairy Co-op', 'NAIVASHA DAIRY', ['MILK SUPPLY']),
  ];
  const merchants = [
    merchant('Rubis Mombasa Road', 'RUBIS MOMBASA RD', 'Fuel - Rubis Mombasa Rd', [2500, 15000], 50),
    merchant('Carrefour Junction', 'CARREFOUR JUNCTION', 'Office supplies - Carrefour', [800, 12000], 10),
    merchant('Artcaffe Westgate', 'ARTCAFFE WESTGATE', 'Client meeting - Artcaffe', [900, 6000], 10),
    merchant(
      'TotalEnergies Industrial Area',
      'TOTALENERGIES IND AREA',
      'Fuel - TotalEnergies Ind Area',
      [3000, 18000],
      50,
    ),
  ];
  const rows = simulateAccount({
    rng,
    truth,
    book,
    period,
    year: 2025,
    customers,
    suppliers,
    merchants,
    strangers: ['PETER OCHIENG', 'MARY WAMBUI', 'ABDI HASSAN', 'GRACE MUTHONI'],
    seq: { invoice: 2210, bill: 930, credit: 40, cheque: 1180 },
    invoicePrefix: 'INV',
    billPrefix: 'BILL',
    creditPrefix: 'CN',
    receiptRange: [8000, 650000],
    settlementRange: [15000, 250000],
    paymentRange: [5000, 1400000],
    shortPayment: (due) => ({ amount: Math.floor(due / 5000) * 100, trait: 'short-withholding-vat-2pct' }),
    account: {
      code: 'Equity Bank Current KES',
      name: 'Equity Bank Current KES',
      dialect: equity,
      terminals: ['5123456', '5123457'],
    },
    counts: {
      receipts: 60,
      multiInvoice: 3,
      creditNote: 0,
      settlementDays: 10,
      payments: 30,
      cardSpend: 10,
      twins: 1,
      reversals: 2,
      unrecorded: 4,
      outstanding: 2,
      inTransit: 1,
    },
    recurring: [
      {
        day: '2025-03-07',
        name: 'Kenya Revenue Authority',
        bankName: 'KRA',
        bankMemo: 'PRN 2025030712345 PAYE FEB',
        amount: 18640000,
        memo: 'PAYE Feb 2025',
        docRef: 'PRN 2025030712345',
        traits: ['ref-canonical'],
      },
      {
        day: '2025-03-09',
        name: 'Social Health Authority',
        bankName: 'SHA',
        bankMemo: 'SHIF CONTRIBUTIONS FEB 2025',
        amount: 1936500,
        memo: 'SHIF contributions Feb 2025',
        evidence: 'counterparty',
      },
      {
        day: '2025-03-05',
        name: 'Kenya Power',
        bankText: 'KPLC PREPAID 54123456789',
        amount: 1200000,
        memo: 'Electricity - KPLC prepaid',
        evidence: 'counterparty',
      },
      {
        day: '2025-03-28',
        name: null,
        bankText: 'SALARIES MARCH 2025 BULK 11 STAFF',
        amount: 96550000,
        memo: 'Salaries - March 2025',
        evidence: 'amount',
        traits: ['amount-only'],
      },
      {
        day: '2025-03-01',
        name: 'Kilimani Properties',
        bankName: 'KILIMANI PROPERTIES',
        bankMemo: 'RENT MAR GODOWN 4',
        amount: 32500000,
        memo: 'Godown rent - March 2025',
        evidence: 'counterparty',
      },
    ],
  });
  const opening = 418200050;
  const closing = withBalances(rows, opening);
  const bankFile = 'equity-current-kes-mar2025.csv';
  const qbFile = 'quickbooks-general-ledger-mar2025.csv';
  const bankHeader = writeEquityCsv(dir, bankFile, rows, {
    holder: holder.toUpperCase(),
    masked: '0180******771',
    from: period.from,
    to: period.to,
    opening,
    closing,
  });
  const q = writeQuickbooksGlCsv(dir, qbFile, book, {
    holder,
    accountName: 'Equity Bank Current KES',
    from: period.from,
    opening: opening + 1750000,
  });
  const mapping = {
    date: 'Transaction Date',
    valueDate: 'Value Date',
    description: 'Narrative',
    reference: 'Transaction Reference',
    moneyOut: 'Debit',
    moneyIn: 'Credit',
    balance: 'Running Balance',
  };
  return writeSet(name, {
    meta: { country: 'KE', currency: 'KES', timezone: 'Africa/Nairobi', period, seed: baseSeed + 3 },
    bankFiles: [
      {
        file: bankFile,
        bank: 'Equity Bank',
        headerRow: bankHeader,
        ledgerAccount: 'Equity Bank Current KES',
        readOptions: { mapping, currency: 'KES', dateOrder: 'DMY' },
        openingBalance: major(opening),
        closingBalance: major(closing),
        order: 'oldest first',
      },
    ],
    ledgerFiles: [
      {
        file: qbFile,
        package: 'QuickBooks Online General Ledger report (CSV)',
        headerRow: q.headerRow,
        readOptions: { currency: 'KES', dateOrder: 'DMY' },
      },
    ],
    truth,
    bankRowsInOrder: rows,
    docs: [reconcileDoc({ currency: 'KES', timezone: 'Africa/Nairobi', bankRows: rows, bookRows: book, bankFile })],
  });
}

// ================================================================ Ghana: GCB CSV vs a general ledger in XLSX
function ghana() {
  const name = 'gh-gcb-ledger-xlsx';
  const dir = freshDir(name);
  const rng = makeRng(baseSeed + 4);
  const truth = new Truth();
  const book = [];
  const holder = 'Adom Pharmaceutical Distributors Ltd';
  const customers = [
    party('Nkrumah Circle Pharmacy', 'NKRUMAH CIRCLE PHARMACY'),
    party('Kwame Mensah Chemists', 'KWAME MENSAH'),
    party('Osu Family Clinic', 'OSU FAMILY CLINIC'),
    party('Kumasi Central Drugstore', 'KSI CENTRAL DRUGSTORE'),
    party('Ama Serwaa Pharmacy', 'AMA SERWAA PHCY'),
    party('Tema Community Hospital', 'TEMA COMM HOSPITAL'),
    party('Takoradi Health Mart', 'TADI HEALTH MART'),
    party('Abena Owusu', 'ABENA OWUSU'),
    party('Madina Wellness Pharmacy', 'MADINA WELLNESS PHARM'),
  ];
  const suppliers = [
    party('Tema Pharma Imports', 'TEMA PHARMA IMPORTS', ['STOCK', 'CONSIGNMENT']),
    party('Kofi Boateng Haulage', 'KOFI BOATENG', ['TRANSPORT', 'DELIVERY']),
    party('Accra Cold Rooms', 'ACCRA COLD ROOMS', ['STORAGE']),
    party('Spintex Packaging', 'SPINTEX PACKAGING', ['BOTTLES', 'LABELS']),
    party('Yaw Asante IT Services', 'YAW ASANTE', ['IT SUPPORT']),
    party('Labadi Printing Press', 'LABADI PRINTING', ['LEAFLETS']),
  ];
  const merchants = [
    merchant('Shell Spintex', 'SHELL SPINTEX', 'Fuel - Shell Spintex', [200, 1200], 5),
    merchant('Melcom Achimota', 'MELCOM ACHIMOTA', 'Office supplies - Melcom', [80, 1500], 5),
    merchant('Goil Kaneshie', 'GOIL KANESHIE', 'Fuel - Goil Kaneshie', [150, 900], 5),
  ];
  const rows = simulateAccount({
    rng,
    truth,
    book,
    period,
    year: 2025,
    customers,
    suppliers,
    merchants,
    strangers: ['KOJO ANSAH', 'EFUA MENSAH', 'ISSAH ABDULAI'],
    seq: { invoice: 740, bill: 310, credit: 18, cheque: 5520 },
    invoicePrefix: 'INV',
    billPrefix: 'BILL',
    creditPrefix: 'CN',
    receiptRange: [800, 65000],
    paymentRange: [300, 40000],
    shortPayment: (due) => ({ amount: Math.floor((due * 3) / 10000) * 100, trait: 'short-withholding-tax-3pct' }),
    account: { code: '1030', name: 'GCB Current Account', dialect: gcb },
    counts: {
      receipts: 55,
      multiInvoice: 2,
      creditNote: 1,
      settlementDays: 0,
      payments: 30,
      cardSpend: 8,
      twins: 1,
      reversals: 1,
      unrecorded: 3,
      outstanding: 2,
      inTransit: 1,
    },
    recurring: [
      {
        day: '2025-03-14',
        name: 'Ghana Revenue Authority',
        bankName: 'GRA',
        bankMemo: 'PAYE FEB 2025 TIN C0012345678',
        amount: 1485000,
        memo: 'PAYE Feb 2025 - GRA',
        evidence: 'counterparty',
      },
      {
        day: '2025-03-14',
        name: 'SSNIT',
        bankName: 'SSNIT',
        bankMemo: 'CONTRIBUTION FEB 2025 ER NO 20114',
        amount: 962500,
        memo: 'SSNIT contributions Feb 2025',
        evidence: 'counterparty',
      },
      {
        day: '2025-03-06',
        name: 'ECG',
        bankText: 'ECG POWERAPP PREPAID 0241234567',
        amount: 150000,
        memo: 'Electricity - ECG prepaid',
        evidence: 'counterparty',
      },
      {
        day: '2025-03-27',
        name: null,
        bankText: 'SALARY MARCH 2025 BULK 9 STAFF',
        amount: 5420000,
        memo: 'Salaries - March 2025',
        evidence: 'amount',
        traits: ['amount-only'],
      },
    ],
  });
  const opening = 18642075;
  const closing = withBalances(rows, opening);
  const bankFile = 'gcb-current-ghs-mar2025.csv';
  const glFile = 'general-ledger-gcb-mar2025.xlsx';
  const bankHeader = writeGcbCsv(dir, bankFile, rows, {
    holder: holder.toUpperCase(),
    masked: '10410******12',
    from: period.from,
    to: period.to,
    opening,
    closing,
  });
  const gl = writeGeneralLedger(dir, glFile, book, {
    holder,
    from: period.from,
    to: period.to,
    openings: {},
    journalStart: { CR: 510, PV: 880, JV: 40 },
    noOpeningRows: true,
  });
  return writeSet(name, {
    meta: { country: 'GH', currency: 'GHS', timezone: 'Africa/Accra', period, seed: baseSeed + 4 },
    bankFiles: [
      {
        file: bankFile,
        bank: 'GCB Bank',
        headerRow: bankHeader,
        ledgerAccount: '1030',
        readOptions: { currency: 'GHS' },
        openingBalance: major(opening),
        closingBalance: major(closing),
        order: 'oldest first',
      },
    ],
    ledgerFiles: [
      {
        file: glFile,
        package: 'General ledger of the bank account exported to Excel (Sage-style columns)',
        headerRow: gl.headerRow,
        readOptions: { currency: 'GHS' },
      },
    ],
    truth,
    bankRowsInOrder: rows,
    docs: [reconcileDoc({ currency: 'GHS', timezone: 'Africa/Accra', bankRows: rows, bookRows: book, bankFile })],
  });
}

const listed = [nigeria(), southAfrica(), kenya(), ghana()];
updateIndex(root, 'realLayout', listed);
