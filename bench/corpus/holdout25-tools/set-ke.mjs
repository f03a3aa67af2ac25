// Kenya: Ruiru Corrugated Packaging Ltd — a National Bank of Kenya current account (internet banking CSV, newest
// first) against the Ledger form of Infor CloudSuite Industrial (SyteLine) filtered on the bank account, exported to
// Excel.
import { csvText, dec, part, xlsxBuffer } from './lib.mjs';

export function profile(rng) {
  const P = {
    set: 'ke-nbk-syteline',
    country: 'KE',
    currency: 'KES',
    timezone: 'Africa/Nairobi',
    period: { from: '2025-10-01', to: '2025-10-31' },
    // Mazingira Day (10 October) and Mashujaa Day (20 October)
    holidays: ['2025-10-10', '2025-10-20'],
    opening: 684211540,
    minBalance: 60000000,
    tax: { num: 116, den: 100 },
    scale: {
      invoice: [4000000, 90000000],
      bill: [25000000, 105000000],
      small: [500000, 9500000],
      payroll: [300000000, 360000000],
      transfer: [100000000, 300000000],
      step: 100,
    },
    counts: { invoiceRef: 7, invoicesInOneTransfer: 3, billRef: 3, chequeDeposit: false, returnedCheque: true },
    roundUpTo: 100000,
    payerCharge: 50000,
    // withholding VAT agents keep 2 % of the taxable value (2/116 of the invoice)
    withholding: [
      { trait: 'short-withholding-vat-2pct', num: 2, den: 100, base: 'net' },
      { trait: 'short-withholding-vat-2pct', num: 2, den: 100, base: 'net' },
    ],
    invoiceSerialStart: 104400,
    creditNoteSerialStart: 5200,
    invoiceId: (serial) => String(serial),
    creditNoteId: (serial) => `CM${serial}`,
    writeCreditNote: (cn, r) => (r.chance(0.5) ? cn : `CREDIT MEMO ${cn.slice(2)}`),
    billId: (s, serial) => {
      const n = String(serial).padStart(4, '0');
      const id = `${s.prefix}-${n}`;
      return { id, quote: rng.pick([id, `${s.prefix}${n}`, `INV ${n}`, `${s.prefix} INV ${n}`]) };
    },
    purchaseOrder: (r) => {
      const n = r.int(4100, 4999);
      return { id: `P00000${n}`, quote: `PO ${n}` };
    },
    supplierCreditNoteId: (r) => `CN-${r.num(5)}`,
    writings: [
      { trait: 'ref-canonical', write: (i) => i.id },
      { trait: 'ref-prefix-joined', write: (i) => `INV${i.id}` },
      { trait: 'ref-prefix-doctype', write: (i) => `INV ${i.id}` },
      { trait: 'ref-lowercase-dash', write: (i) => `inv-${i.id}` },
      { trait: 'ref-company-prefix', write: (i) => `RCP${i.id}` },
      { trait: 'ref-slashes', write: (i) => `RCP/INV/${i.id}` },
      { trait: 'ref-spaces', write: (i) => `${i.id.slice(0, 3)} ${i.id.slice(3)}` },
      { trait: 'ref-word-invoice', write: (i) => `INVOICE ${i.id}` },
      { trait: 'ref-short-prefix', write: (i) => `IN${i.id}` },
    ],
    customers: [
      { book: 'Thika Fresh Dairies Ltd', bank: 'THIKA FRESH DAIRIES LIMITED', code: 'C000117' },
      { book: 'Naivasha Flower Growers Ltd', bank: 'NAIVASHA FLOWER GROWERS', code: 'C000124' },
      { book: 'Athi River Soap Works', bank: 'ATHI RIVER SOAP WORKS LTD', code: 'C000131' },
      { book: 'Nyeri Coffee Millers', bank: 'NYERI COFFEE MILLERS LTD', code: 'C000138' },
      { book: 'Kisumu Fish Processors Ltd', bank: 'KISUMU FISH PROCESSORS', code: 'C000142' },
      { book: 'Eldoret Grain Millers', bank: 'ELDORET GRAIN MILLERS LTD', code: 'C000156' },
      { book: 'Nakuru Agrochem Ltd', bank: 'NAKURU AGROCHEM LIMITED', code: 'C000163' },
      { book: 'Embu Macadamia Processors', bank: 'EMBU MACADAMIA PROCESSORS LTD', code: 'C000170' },
      { book: 'Kericho Leaf Exports Ltd', bank: 'KERICHO LEAF EXPORTS', code: 'C000177' },
      { book: 'Meru Honey Co-operative', bank: 'MERU HONEY CO-OP SOCIETY', code: 'C000184' },
      { book: 'Mombasa Spice Traders', bank: 'MOMBASA SPICE TRADERS LTD', code: 'C000191' },
      { book: 'Juja Pharmaceuticals Ltd', bank: 'JUJA PHARMACEUTICALS', code: 'C000198' },
      { book: 'Githunguri Dairy Farmers', bank: 'GITHUNGURI DAIRY FARMERS', code: 'C000205', exact: true },
      { book: 'Karatina Fresh Produce', bank: 'KARATINA FRESH PRODUCE', code: 'C000212', exact: true },
      { book: 'Nanyuki Bottlers', bank: 'NANYUKI BOTTLERS', code: 'C000219', exact: true },
      { book: 'Kakamega Sugar Packers', bank: 'KAKAMEGA SUGAR PACKERS', code: 'C000226', exact: true },
      { book: 'Voi Sisal Products', bank: 'VOI SISAL PRODUCTS', code: 'C000233', exact: true },
      {
        role: 'third-party',
        book: 'Kitengela Bakers Ltd',
        bank: 'KITENGELA BAKERS LTD',
        payer: 'KB GROUP HOLDINGS LTD',
        code: 'C000240',
      },
      {
        role: 'different-payer',
        book: 'Machakos Juice Co Ltd',
        bank: 'MACHAKOS JUICE CO LTD',
        payer: 'PETER MUTUA KIOKO',
        msisdn: '2547****3316',
        code: 'C000247',
      },
      { role: 'contract', book: 'Limuru Tea Packers Ltd', bank: 'LIMURU TEA PACKERS LTD', code: 'C000254' },
    ],
    suppliers: [
      { book: 'Webuye Kraft Paper Ltd', bank: 'WEBUYE KRAFT PAPER LTD', prefix: 'WKP', code: 'V000031' },
      { book: 'Coast Starch & Adhesives Ltd', bank: 'COAST STARCH AND ADHESIVES', prefix: 'CSA', code: 'V000038' },
      { book: 'Industrial Area Inks Ltd', bank: 'INDUSTRIAL AREA INKS LIMITED', prefix: 'IAI', code: 'V000045' },
      { book: 'Kiambu Transporters Ltd', bank: 'KIAMBU TRANSPORTERS LTD', prefix: 'KTL', code: 'V000052' },
      { book: 'Rift Valley Pallets', bank: 'RIFT VALLEY PALLETS CO', prefix: 'RVP', code: 'V000059' },
      { book: 'Thika Road Engineering', bank: 'THIKA ROAD ENGINEERING LTD', prefix: 'TRE', code: 'V000066' },
      { book: 'Ruiru Forklift Services', bank: 'RUIRU FORKLIFT SERVICES', prefix: 'RFS', code: 'V000073', exact: true },
      { book: 'Juja Security Services', bank: 'JUJA SECURITY SERVICES', prefix: 'JSS', code: 'V000080', exact: true },
    ],
    statutory: [
      {
        key: 'paye',
        label: 'PAYE SEP 2025',
        book: 'PAYE Sep 2025 KRA',
        id: (r) => `2025${r.digits(9)}`,
        amt: [85000000, 115000000],
        day: 4,
      },
      {
        key: 'ahl',
        label: 'AHL SEP 2025',
        book: 'Affordable housing levy Sep 2025 KRA',
        id: (r) => `2025${r.digits(9)}`,
        amt: [11000000, 14500000],
        day: 4,
      },
      {
        key: 'shif',
        label: 'SHIF SEP 2025',
        book: 'SHIF contributions Sep 2025 SHA',
        id: (r) => `SHA${r.num(8)}`,
        amt: [10500000, 13500000],
        day: 5,
      },
      {
        key: 'nssf',
        label: 'NSSF SEP 2025',
        book: 'NSSF contributions Sep 2025',
        id: (r) => `NS${r.num(7)}`,
        amt: [7000000, 9800000],
        day: 5,
      },
    ],
    payday: 18,
    heads: [60, 75],
    payrollBatch: (r) => `B${r.num(6)}`,
    settlements: [
      { name: 'PESAPAL', txn: [150000, 2800000], fee: (v) => part(v, 35, 1000), id: (r) => `PP${r.num(8)}` },
      { name: 'IPAY', txn: [200000, 3500000], fee: (v) => part(v, 29, 1000), id: (r) => `IPAY${r.num(7)}` },
      { name: 'TILL', txn: [50000, 1800000], fee: (v) => part(v, 55, 10000), id: () => null },
    ],
    unknownPayers: [
      { chan: 'pesalink', bank: 'JOSEPH KAMAU NJOROGE', memo: 'CARTONS' },
      { chan: 'mpesa', bank: 'AMINA HASSAN', msisdn: '2547****5521', memo: null },
    ],
    unrecorded: { text: 'DEBIT CARD PURCHASE RUIRU OFFICE WORLD', amt: [450000, 3800000] },
    presented: [{ kind: 'cheque' }, { kind: 'cheque' }],
    firstCheque: 100840,
    loan: { number: 'AF-0457-23', book: 'NBK asset finance', amt: [18000000, 26000000], day: 3 },
    otherAccount: false,
    differentPayerChannel: 'mpesa',
    failedChannel: 'pesalink',
    creditChannel: (r) => r.pick(['pesalink', 'pesalink', 'rtgs', 'eft']),
    debitChannel: (_r, amt) => (Math.abs(amt) < 100000000 ? 'pesalink' : 'rtgs'),
    charges: (bank, ctx) => charges(bank, ctx),
  };
  return P;
}

function charges(bank, { W }) {
  const out = [];
  let pesalink = 0;
  const fee = (b, amt, text, traits) => {
    out.push({ date: b.date, seq: b.seq + 0.00001, amt: -amt, kind: 'fee', text, chargeKind: 'charge', traits });
    out.push({
      date: b.date,
      seq: b.seq + 0.00002,
      amt: -part(amt, 20, 100),
      kind: 'fee',
      text: `EXCISE DUTY ON ${text}`,
      chargeKind: 'fee-vat',
      traits: ['excise-duty'],
    });
  };
  for (const b of bank) {
    if (b.amt < 0 && !b.x.failed && b.chan === 'rtgs') fee(b, 50000, 'RTGS CHARGES', ['transfer-fee']);
    if (b.amt < 0 && !b.x.failed && b.chan === 'pesalink') pesalink++;
    if (b.kind === 'cheque-returned') fee(b, 200000, 'UNPAID CHEQUE CHARGES', ['returned-cheque-fee']);
  }
  const end = { date: W[W.length - 1], seq: 10 };
  fee(end, 10000 * pesalink, `PESALINK CHARGES OCT 2025 ${pesalink} TXNS`, ['monthly-transaction-charges']);
  fee({ ...end, seq: 11 }, 120000, 'LEDGER FEE OCT 2025', ['ledger-fee']);
  return out;
}

// ---------------------------------------------------------------- the bank file (NBK internet banking, CSV)

export function renderBank(P, items, { opening, closing }, rng) {
  const ref = (p) => `${p}${rng.digits(10)}`;
  const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
  // an M-PESA receipt: letters with single digits between them, as Safaricom writes them
  const mpesaId = () =>
    `TJ${Array.from({ length: 8 }, (_, i) => (i % 3 === 1 ? String(rng.int(1, 9)) : letters[rng.int(0, 23)])).join('')}`;
  const remark = (b) => {
    const r = b.refs.join(' ');
    if (b.x.typoOf) return rng.pick([`INV ${b.refs[0]}`, `${b.refs[0]}`]);
    if (!r) return rng.pick(['', 'CARTONS', 'PAYMENT', 'BOXES SUPPLY']);
    if (b.x.withheld) return `${r} LESS WHVAT`;
    if (b.x.cn) return `${r} LESS CREDIT`;
    if (b.x.lessCharge) return `${r} LESS BANK CHGS`;
    if (b.x.instalment) return `${r} PART PAYMENT`;
    return rng.pick([r, `PAYMENT ${r}`, `${r} CARTONS`]);
  };
  const text = (b) => {
    const name = b.payer ?? b.who?.bank;
    switch (b.kind) {
      case 'receipt':
      case 'supplier-refund': {
        const memo = b.kind === 'supplier-refund' ? `REFUND ${b.refs[0]}` : remark(b);
        const tail = memo ? ` ${memo}` : '';
        if (b.chan === 'anonymous') return { n: 'CASH DEPOSIT RUIRU BRANCH', r: ref('CD') };
        if (b.chan === 'mpesa')
          return { n: `MPESA C2B ${b.who.msisdn ?? '2547****1100'} ${name} ACC ${memo || 'RCP'}`, r: mpesaId() };
        if (b.chan === 'rtgs') return { n: `RTGS IN ${name}${tail}`, r: ref('RT') };
        if (b.chan === 'eft') return { n: `EFT IN ${name}${tail}`, r: ref('EF') };
        return { n: `PESALINK IN ${name}${tail}`, r: ref('PL') };
      }
      case 'cheque-deposit':
        return { n: `CHQ DEPOSIT ${b.x.cheque} ${b.who.bank}`, r: b.x.cheque };
      case 'cheque-returned':
        return { n: `UNPAID CHQ ${b.x.cheque} REFER TO DRAWER`, r: b.x.cheque };
      case 'settlement':
        if (b.who.name === 'PESAPAL') return { n: `EFT IN PESAPAL LTD SETTLEMENT ${b.x.id}`, r: ref('EF') };
        if (b.who.name === 'IPAY') return { n: `PESALINK IN IPAY LTD ${b.x.id}`, r: ref('PL') };
        return { n: 'MPESA TILL 5534217 SETTLEMENT', r: mpesaId() };
      case 'payment':
      case 'customer-refund': {
        const memo =
          b.kind === 'customer-refund'
            ? `REFUND ${b.refs[0]}`
            : b.refs.length
              ? rng.pick([b.refs[0], `PYT ${b.refs[0]}`])
              : rng.pick(['RCPL PAYMENT', 'SUPPLIES']);
        return b.chan === 'rtgs'
          ? { n: `RTGS OUT ${name} ${memo}`, r: ref('RT') }
          : { n: `PESALINK OUT ${name} ${memo}`, r: ref('PL') };
      }
      case 'reversal': {
        const orig = text.cache.get(b.x.of.key);
        return { n: `REVERSAL ${orig.n}`, r: orig.r };
      }
      case 'own-transfer':
        return {
          n: `${b.chan === 'rtgs' ? 'RTGS' : 'PESALINK'} OUT RUIRU CORRUGATED PACKAGING LTD OPERATIONS A/C`,
          r: ref(b.chan === 'rtgs' ? 'RT' : 'PL'),
        };
      case 'cheque-presented':
        return { n: `CHQ ${b.x.cheque} PRESENTED CLEARING`, r: b.x.cheque };
      case 'payroll':
        return { n: `EFT BULK SALARIES OCT 2025 BATCH ${b.x.batch}`, r: ref('BK') };
      case 'statutory':
        if (b.who.key === 'shif') return { n: `SHA SHIF CONTRIBUTION SEP 2025 ${b.x.id}`, r: ref('SH') };
        if (b.who.key === 'nssf') return { n: `NSSF CONTRIBUTION SEP 2025 ${b.x.id}`, r: ref('NS') };
        return { n: `KRA PAYMENT PRN ${b.x.id} ${b.who.label}`, r: ref('KR') };
      case 'loan':
        return { n: `LOAN REPAYMENT ${b.who.number} STANDING ORDER`, r: ref('LN') };
      case 'unrecorded':
        return { n: b.who.text, r: ref('DC') };
      case 'fee':
        return { n: b.text, r: ref('CH') };
      default:
        throw new Error(`KE: no narration for ${b.kind}`);
    }
  };
  text.cache = new Map();
  const texts = new Map();
  for (const b of items) {
    const t = text(b);
    text.cache.set(b.key, t);
    texts.set(b.key, t);
  }
  const pre = [
    ['NATIONAL BANK OF KENYA LIMITED'],
    ['ACCOUNT STATEMENT'],
    ['Account Name:', 'RUIRU CORRUGATED PACKAGING LTD'],
    ['Account Number:', '01020087654300'],
    ['Currency:', 'KES'],
    ['Branch:', 'RUIRU'],
    ['Period:', '2025-10-01 to 2025-10-31'],
    ['Opening Balance:', dec(opening)],
    ['Closing Balance:', dec(closing)],
    [],
  ];
  const headerRow = pre.length + 1;
  const rows = [
    ...pre,
    ['Transaction Date', 'Value Date', 'Reference No', 'Description', 'Money Out', 'Money In', 'Ledger Balance'],
  ];
  const rowOf = new Map();
  const cells = new Map();
  for (const b of [...items].reverse()) {
    const t = texts.get(b.key);
    rows.push([b.date, b.date, t.r, t.n, b.amt < 0 ? dec(-b.amt) : '', b.amt > 0 ? dec(b.amt) : '', dec(b.balance)]);
    rowOf.set(b.key, rows.length);
    cells.set(b.key, { text: t.n, reference: t.r || null });
  }
  return {
    file: 'nbk-01020087654300-oct2025.csv',
    data: csvText(rows),
    bank: 'National Bank of Kenya',
    headerRow,
    rowOf,
    cells,
    order: 'newest-first',
    layout:
      'NBK internet banking statement, CSV, newest first: nine preamble rows (account, currency, branch, period, opening and closing balance) and a blank row, header in row 11, ISO dates, Money Out / Money In as plain decimals, the bank\'s own reference in "Reference No" and everything the payer wrote in Description',
    ledgerAccount: '11020',
    readOptions: {
      currency: 'KES',
      mapping: {
        date: 'Transaction Date',
        valueDate: 'Value Date',
        description: 'Description',
        reference: 'Reference No',
        moneyOut: 'Money Out',
        moneyIn: 'Money In',
        balance: 'Ledger Balance',
      },
    },
  };
}

// ---------------------------------------------------------------- the ledger file (SyteLine Ledger form, XLSX)

export function renderLedger(P, books, { opening }, rng) {
  let trans = 88400 + rng.int(0, 300);
  let voucher = 23010 + rng.int(0, 100);
  let eft = 10410 + rng.int(0, 40);
  let control = 1180 + rng.int(0, 50);
  const line = (l) => {
    const who = l.who?.book ?? '';
    const code = l.who?.code ?? '';
    switch (l.kind) {
      // SyteLine writes the payment's check number into the reference; for a transfer the bookkeeper types the
      // invoice the payer quoted as the check number
      case 'receipt':
        return [`ARP ${code} ${l.x.cheque ?? l.docs[0]}`, code, '', l.x.cheque ?? '', who, 'ARP'];
      case 'cheque-dishonoured':
        return [`ARP ${code} ${l.x.cheque} NSF`, code, '', l.x.cheque, `${who} - cheque returned unpaid`, 'ARP'];
      case 'supplier-refund':
        return [`APP ${code} ${l.docs[0]}`, code, String(++voucher), '', `${who} - refund`, 'APP'];
      case 'settlement':
        if (l.who.name === 'PESAPAL') return [`GJ PESAPAL ${l.docs[0]}`, '', '', '', 'Pesapal card collections', 'GJ'];
        if (l.who.name === 'IPAY') return [`GJ IPAY ${l.docs[0]}`, '', '', '', 'iPay collections gross', 'GJ'];
        return ['GJ MPESA TILL', '', '', '', 'M-Pesa till takings', 'GJ'];
      case 'settlement-fee':
        return [`GJ IPAY ${l.docs[0]}`, '', '', '', 'iPay commission', 'GJ'];
      case 'payment':
        if (l.x.po) return [`APP ${code} ${l.docs[0]}`, code, String(++voucher), `EFT ${++eft}`, who, 'APP'];
        return [`APP ${code} ${l.docs[0]}`, code, String(++voucher), `EFT ${++eft}`, who, 'APP'];
      case 'cheque':
        return [`APP ${code} ${l.x.cheque}`, code, String(++voucher), l.x.cheque, who, 'APP'];
      case 'customer-refund':
        return [
          `APP ${code} ${l.docs[0]}`,
          code,
          String(++voucher),
          `EFT ${++eft}`,
          `${who} - credit memo refund`,
          'APP',
        ];
      case 'statutory':
        return [`GJ ${l.who.label} ${l.docs[0]}`, '', '', '', l.who.book, 'GJ'];
      case 'payroll':
        return [`GJ PAYROLL ${l.docs[0]}`, '', '', '', 'Net salaries Oct 2025', 'GJ'];
      case 'own-transfer':
        return ['GJ TRANSFER', '', '', '', 'Transfer to operations account', 'GJ'];
      case 'loan':
        return [`GJ LOAN ${l.docs[0]}`, '', '', '', `${l.who.book} instalment Oct 2025`, 'GJ'];
      default:
        throw new Error(`KE: no ledger line for ${l.kind}`);
    }
  };
  const header = [
    'Site',
    'Account',
    'Account Description',
    'Transaction Date',
    'Transaction Number',
    'Reference',
    'Vendor/Customer',
    'Voucher',
    'Check Number',
    'Description',
    'Domestic Amount',
    'Currency',
    'Control Number',
  ];
  const rows = [header];
  const rowOf = new Map();
  const cells = new Map();
  for (const l of books) {
    const [reference, vc, vch, chk, description, prefix] = line(l);
    const tn = String(++trans);
    rows.push([
      'RCPL',
      '11020',
      'NBK Current KES',
      { date: l.date, z: 'dd/mm/yyyy' },
      tn,
      reference,
      vc || null,
      vch || null,
      chk || null,
      description,
      { n: l.amt, z: '#,##0.00;-#,##0.00' },
      'KES',
      `RCPL 2025 10 ${prefix} ${++control}`,
    ]);
    rowOf.set(l.key, rows.length);
    cells.set(l.key, { reference, description, party: null, account: '11020' });
  }
  return {
    file: 'syteline-ledger-11020-oct2025.xlsx',
    data: xlsxBuffer([{ name: 'Ledger', rows, widths: [6, 8, 18, 14, 12, 34, 12, 9, 12, 44, 16, 8, 22] }], {
      created: '2025-11-03T08:05:00',
    }),
    package: 'Infor CloudSuite Industrial (SyteLine) 10 — Ledger form filtered on account 11020, exported to Excel',
    headerRow: 1,
    rowOf,
    cells,
    layout:
      'SyteLine Ledger form grid exported to XLSX (sheet "Ledger"): header in row 1, one row per ledger entry of account 11020, real date cells, one signed Domestic Amount (debit = money in), no balances; the customer or vendor is a code (C000117, V000031) with the name only in Description; Reference as SyteLine writes it ("ARP <customer> <check/invoice>", "APP <vendor> <invoice>", "GJ <text>")',
    readOptions: {
      sheet: 'Ledger',
      currency: 'KES',
      mapping: {
        date: 'Transaction Date',
        account: 'Account',
        journalId: 'Transaction Number',
        reference: 'Reference',
        description: 'Description',
        amount: 'Domestic Amount',
        currency: 'Currency',
      },
    },
    openingBalance: opening,
  };
}
