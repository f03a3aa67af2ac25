// Nigeria: Hadejia Valley Agro Mills Ltd, Kano — a Jaiz Bank (non-interest) corporate current account, exported from
// Jaiz internet banking to XLSX, against a PeopleSoft Financials 9.2 General Ledger query of the two bank accounts.
import { csvText, dec, fmtDate, part, xlsxBuffer } from './lib.mjs';

const NIP_BANKS = ['ZENITH', 'GTB', 'ACCESS', 'UBA', 'FIRSTBANK', 'FCMB', 'STERLING', 'TAJ', 'KEYSTONE', 'UNION'];

export function profile(rng) {
  const pad8 = (n) => String(n).padStart(8, '0');
  const inv = (serial) => `HV${pad8(serial)}`;
  let debits = rng.int(0, 3);
  const P = {
    set: 'ng-jaiz-peoplesoft',
    country: 'NG',
    currency: 'NGN',
    timezone: 'Africa/Lagos',
    period: { from: '2025-10-01', to: '2025-10-31' },
    holidays: ['2025-10-01'],
    opening: 4215037550,
    minBalance: 150000000,
    tax: { num: 1075, den: 1000 },
    scale: {
      invoice: [60000000, 900000000],
      bill: [300000000, 1400000000],
      small: [4500000, 48000000],
      payroll: [1100000000, 1600000000],
      transfer: [1500000000, 2500000000],
      step: 100,
    },
    counts: { invoiceRef: 8, invoicesInOneTransfer: 2, billRef: 3, chequeDeposit: true, returnedCheque: false },
    roundUpTo: 100000,
    payerCharge: 5375,
    withholding: [
      { trait: 'short-withholding-tax-5pct', num: 5, den: 100, base: 'net' },
      { trait: 'short-vat-withheld-at-source', num: 75, den: 1000, base: 'net' },
    ],
    invoiceSerialStart: 18400,
    creditNoteSerialStart: 1180,
    invoiceId: (serial) => inv(serial),
    creditNoteId: (serial) => `HC${pad8(serial)}`,
    writeCreditNote: (cn, r) => (r.chance(0.5) ? cn : `HC${Number(cn.slice(2))}`),
    billId: (_s, serial) => {
      const id = pad8(41000 + serial);
      return { id, quote: rng.chance(0.5) ? `VCH ${41000 + serial}` : `VOUCHER ${id}` };
    },
    purchaseOrder: (r) => {
      const id = `HVPO${r.num(4)}`;
      return { id, quote: id };
    },
    supplierCreditNoteId: (r) => `CRN${r.num(5)}`,
    writings: [
      { trait: 'ref-canonical', write: (i) => i.id },
      { trait: 'ref-no-padding', write: (i) => `HV${i.serial}` },
      { trait: 'ref-lowercase', write: (i) => i.id.toLowerCase() },
      { trait: 'ref-dash-no-padding', write: (i) => `HV-${i.serial}` },
      { trait: 'ref-serial-only', write: (i) => `INV ${i.serial}` },
      { trait: 'ref-digits-only', write: (i) => `${i.serial}` },
      { trait: 'ref-spaces', write: (i) => `HV ${pad8(i.serial).slice(0, 4)} ${pad8(i.serial).slice(4)}` },
      { trait: 'ref-slashes', write: (i) => `HV/${pad8(i.serial)}` },
      { trait: 'ref-word-invoice', write: (i) => `INVOICE NO ${i.id}` },
      { trait: 'ref-prefix-doctype', write: (i) => `INV-${i.id}` },
    ],
    customers: [
      { book: 'Musa Sani & Sons Ltd', bank: 'MUSA SANI AND SONS LIMITED' },
      { book: 'Yakasai Foods Enterprises', bank: 'YAKASAI FOODS ENT' },
      { book: 'Kofar Mata Provisions Ltd', bank: 'KOFAR MATA PROVISIONS' },
      { book: 'Jos Bakers Cooperative Society', bank: 'JOS BAKERS COOP SOCIETY' },
      { book: 'Sokoto Commodity Traders Ltd', bank: 'SOKOTO COMMODITY TRADERS LTD' },
      { book: 'Zaria Flour Distributors Ltd', bank: 'ZARIA FLOUR DISTRIBUTORS' },
      { book: 'Bauchi Bakeries Ltd', bank: 'BAUCHI BAKERIES LIMITED' },
      { book: 'Kaduna Noodles Co Ltd', bank: 'KADUNA NOODLES COMPANY LTD' },
      { book: 'Katsina Agro Merchants', bank: 'KATSINA AGRO MERCHANTS NIG' },
      { book: 'Abuja Premium Bakers Ltd', bank: 'ABUJA PREMIUM BAKERS' },
      { book: 'Lafia Confectioners Ltd', bank: 'LAFIA CONFECTIONERS LTD' },
      { book: 'Funtua Feed Mills Ltd', bank: 'FUNTUA FEED MILLS' },
      { book: 'Azare Biscuit Makers Ltd', bank: 'AZARE BISCUIT MAKERS' },
      { book: 'Potiskum Grains Union', bank: 'POTISKUM GRAINS UNION NIG' },
      { book: 'Dutse Poultry Farms', bank: 'DUTSE POULTRY FARMS', exact: true },
      { book: 'Gombe Grains Depot', bank: 'GOMBE GRAINS DEPOT', exact: true },
      { book: 'Minna Wholesale Hub', bank: 'MINNA WHOLESALE HUB', exact: true },
      { book: 'Hadiza Bello Stores', bank: 'HADIZA BELLO STORES', exact: true },
      { book: 'Birnin Kebbi Rice Traders', bank: 'BIRNIN KEBBI RICE TRADERS', exact: true },
      { role: 'third-party', book: 'Kano Bread Palace Ltd', bank: 'KANO BREAD PALACE', payer: 'KBP HOLDINGS LIMITED' },
      {
        role: 'different-payer',
        book: 'Danladi Ventures Ltd',
        bank: 'DANLADI VENTURES',
        payer: 'IBRAHIM DANLADI MUSA',
      },
      { role: 'contract', book: 'Sahel Hotels & Suites Ltd', bank: 'SAHEL HOTELS AND SUITES LTD' },
    ],
    suppliers: [
      { book: 'Northern Sacks & Packaging Ltd', bank: 'NORTHERN SACKS AND PACKAGING' },
      { book: 'Sahel Wheat Importers Ltd', bank: 'SAHEL WHEAT IMPORTERS LTD' },
      { book: 'Bompai Spare Parts Ltd', bank: 'BOMPAI SPARE PARTS LIMITED' },
      { book: 'Kumbotso Maize Growers Coop', bank: 'KUMBOTSO MAIZE GROWERS COOP SOC' },
      { book: 'Sharada Industrial Gases Ltd', bank: 'SHARADA INDUSTRIAL GASES' },
      { book: 'Tudun Wada Lab Services', bank: 'TUDUN WADA LABORATORY SERVICES' },
      { book: 'Gezawa Pallets & Timber', bank: 'GEZAWA PALLETS AND TIMBER' },
      { book: 'Dala Diesel Depot', bank: 'DALA DIESEL DEPOT', exact: true },
      { book: 'Challawa Haulage Services', bank: 'CHALLAWA HAULAGE SERVICES', exact: true },
    ],
    statutory: [
      {
        key: 'pension',
        label: 'PENSION SEP 2025',
        book: 'Pension contributions Sep 2025',
        id: (r) => r.num(7),
        amt: [200000000, 280000000],
        day: 4,
      },
      {
        key: 'paye',
        label: 'KIRS PAYE SEP 2025',
        book: 'PAYE remittance Sep 2025',
        id: (r) => `2${r.digits(11)}`,
        amt: [140000000, 220000000],
        day: 6,
      },
      {
        key: 'vat',
        label: 'FIRS VAT SEP 2025',
        book: 'VAT return Sep 2025',
        id: (r) => `3${r.digits(11)}`,
        amt: [500000000, 800000000],
        day: 13,
      },
    ],
    payday: 18,
    heads: [44, 52],
    payrollBatch: (r) => `SAL${r.num(6)}`,
    settlements: [
      {
        name: 'PAYSTACK',
        txn: [1500000, 18000000],
        fee: (v) => Math.min(part(v, 15, 1000) + (v >= 250000 ? 10000 : 0), 200000),
        id: (r) => r.num(7),
      },
      {
        name: 'MONNIFY',
        txn: [2000000, 25000000],
        fee: (v) => Math.min(part(v, 1, 100), 200000),
        id: (r) => `MFY${r.num(7)}`,
      },
      { name: 'POS', txn: [500000, 9500000], fee: (v) => Math.min(part(v, 5, 1000), 100000), id: () => null },
    ],
    unknownPayers: [
      { chan: 'nip', bank: 'ABDULLAHI SANI GARBA', memo: 'GOODS' },
      { chan: 'intra', bank: 'SAMINU TRADING VENTURES', memo: null },
    ],
    unrecorded: { text: 'POS PURCHASE - SABON GARI OFFICE MART KANO NG', amt: [3500000, 12000000] },
    presented: [{ kind: 'cheque' }, { kind: 'cheque' }],
    firstCheque: 201240,
    otherAccount: true,
    differentPayerChannel: 'nip',
    failedChannel: 'nip',
    creditChannel: (r) => (r.chance(0.75) ? 'nip' : 'intra'),
    // one supplier in four banks with Jaiz too: an intra-bank transfer, no NIP fee
    debitChannel: () => (++debits % 4 === 0 ? 'intra' : 'nip'),
    charges: (bank, ctx) => charges(bank, ctx),
  };
  return P;
}

const nipFee = (amt) => {
  const a = Math.abs(amt);
  return a <= 500000 ? 1075 : a <= 5000000 ? 2688 : 5375;
};

function charges(bank, { W }) {
  const out = [];
  for (const b of bank) {
    const nip = b.chan === 'nip' || (b.kind === 'statutory' && b.who.key === 'pension');
    if (b.amt < 0 && nip && !b.x.failed)
      out.push({
        date: b.date,
        seq: b.seq + 0.00001,
        amt: -nipFee(b.amt),
        kind: 'fee',
        text: 'NIP TRANSFER CHARGE + VAT',
        chargeKind: 'charge',
        traits: ['transfer-fee'],
      });
    if (b.kind === 'payroll')
      out.push({
        date: b.date,
        seq: b.seq + 0.00001,
        amt: -part(b.x.heads * 5000, 1075, 1000),
        kind: 'fee',
        text: `BULK PAYMENT CHARGE + VAT ${b.x.heads} BENEFICIARIES`,
        chargeKind: 'charge',
        traits: ['bulk-payment-fee'],
      });
  }
  const end = W[W.length - 1];
  // the levy is due on electronic receipts of ₦10,000 or more; a reversal gives back the bank's own debit
  const electronic = bank.filter(
    (b) => b.amt >= 1000000 && b.kind !== 'reversal' && (b.kind === 'settlement' || ['nip', 'intra'].includes(b.chan)),
  );
  out.push({
    date: end,
    seq: 10,
    amt: -5000 * electronic.length,
    kind: 'fee',
    text: `ELECTRONIC MONEY TRANSFER LEVY OCT 2025 (${electronic.length} CREDITS)`,
    chargeKind: 'levy',
    traits: ['emtl-monthly'],
  });
  const debits = bank.filter((b) => b.amt < 0 && !b.x.failed).reduce((s, b) => s - b.amt, 0);
  const amf = part(debits, 1, 1000);
  out.push({
    date: end,
    seq: 11,
    amt: -amf,
    kind: 'fee',
    text: 'ACCOUNT MAINTENANCE FEE OCT 2025',
    chargeKind: 'charge',
    traits: ['maintenance-fee'],
  });
  out.push({
    date: end,
    seq: 12,
    amt: -part(amf, 75, 1000),
    kind: 'fee',
    text: 'VAT ON ACCOUNT MAINTENANCE FEE',
    chargeKind: 'fee-vat',
    traits: ['vat-on-fee'],
  });
  out.push({
    date: end,
    seq: 13,
    amt: -400 * (bank.length + out.length + 1),
    kind: 'fee',
    text: 'SMS ALERT CHARGES OCT 2025',
    chargeKind: 'charge',
    traits: ['sms-fee'],
  });
  return out;
}

// ---------------------------------------------------------------- the bank file (Jaiz internet banking, XLSX)

const cut = (s, n) => (s.length > n ? s.slice(0, n).trimEnd() : s);

export function renderBank(P, items, { opening, closing }, rng) {
  const session = (d) => `000017${d.slice(2).replace(/-/g, '')}${rng.digits(6)}${rng.digits(12)}`;
  const ft = () => `JZ${rng.digits(10)}`;
  const sessions = new Map();
  const remark = (b) => {
    const r = b.refs.join(' & ');
    if (b.kind === 'receipt' || b.kind === 'cheque-deposit') {
      if (b.x.typoOf) return rng.pick([`PAYMENT ${b.refs[0]}`, `${b.refs[0]} FLOUR`]);
      if (!r) return rng.pick(['PAYMENT', 'FLOUR SUPPLY', 'SUPPLY PAYMENT', 'SEMOLINA']);
      if (b.x.withheld) return `${r} NET OF ${b.x.withheld.trait.includes('vat') ? 'VAT' : 'WHT'}`;
      if (b.x.cn) return `${r} LESS CREDIT NOTE`;
      if (b.x.lessCharge) return `${r} LESS BANK CHARGES`;
      if (b.x.instalment) return rng.pick([`PART PAYT ${r}`, `${r} INSTALMENT`]);
      return rng.pick([r, `PAYMENT FOR ${r}`, `${r} FLOUR`, `PYT ${r}`]);
    }
    return r;
  };
  const text = (b) => {
    const name = b.payer ?? b.who?.bank ?? b.who?.name;
    switch (b.kind) {
      case 'receipt':
      case 'supplier-refund': {
        const memo = b.kind === 'supplier-refund' ? `REFUND ${b.refs[0]}` : remark(b);
        if (b.chan === 'anonymous') return { n: 'CASH DEPOSIT - BELLO ROAD BRANCH KANO', r: '' };
        const tail = memo ? ` - ${memo}` : '';
        if (b.chan === 'intra') return { n: `TRF FROM ${name}${tail}`, r: ft() };
        return { n: `NIP TRF FROM ${name} VIA ${rng.pick(NIP_BANKS)}${tail}`, r: session(b.date) };
      }
      case 'cheque-deposit':
        return { n: `CHQ DEPOSIT CLEARING ${b.who.bank} CHQ NO ${b.x.cheque}`, r: b.x.cheque };
      case 'settlement':
        if (b.who.name === 'PAYSTACK')
          return { n: `NIP TRF FROM PAYSTACK PAYMENTS LTD - SETTLEMENT ${b.x.id}`, r: session(b.date) };
        if (b.who.name === 'MONNIFY') return { n: `NIP TRF FROM MONNIFY SETTLEMENT - ${b.x.id}`, r: session(b.date) };
        return { n: `POS SETTLEMENT TID 2JZBKN47 ${fmtDate(b.x.salesDay, 'DD-MON')}`, r: '' };
      case 'payment':
      case 'customer-refund': {
        const memo =
          b.kind === 'customer-refund'
            ? `REFUND ${b.refs[0]}`
            : b.refs.length
              ? `HVAM ${b.refs[0]}`
              : rng.pick(['HVAM PAYMENT', 'HVAM SUPPLY PAYMENT']);
        const n = b.chan === 'intra' ? `TRF TO ${name} - ${memo}` : `NIP TRF TO ${name} - ${memo}`;
        const r = b.chan === 'intra' ? ft() : session(b.date);
        sessions.set(b.key, r);
        return { n, r };
      }
      case 'reversal': {
        const of = b.x.of;
        const orig = text.cache.get(of.key);
        return { n: `REVERSAL - ${orig.n}`, r: orig.r };
      }
      case 'own-transfer':
        return {
          n:
            b.chan === 'intra'
              ? 'TRF TO HADEJIA VALLEY AGRO MILLS LTD - FUNDING ZENITH A/C'
              : 'NIP TRF TO HADEJIA VALLEY AGRO MILLS LTD - FUNDING ZENITH A/C',
          r: b.chan === 'intra' ? ft() : session(b.date),
        };
      case 'cheque-presented':
        return { n: `INWARD CLEARING CHQ ${b.x.cheque}`, r: b.x.cheque };
      case 'payroll':
        return { n: `BULK PAYMENT SALARY OCT 2025 BATCH ${b.x.batch}`, r: ft() };
      case 'statutory':
        if (b.who.key === 'pension')
          return { n: `NIP TRF TO PFC PENSION COLLECTION A/C - ${b.who.label} SCH ${b.x.id}`, r: session(b.date) };
        return { n: `REMITA PAYMENT RRR ${b.x.id} ${b.who.label}`, r: `RRR${b.x.id}` };
      case 'unrecorded':
        return { n: b.who.text, r: rng.digits(12) };
      case 'fee':
        return { n: b.text, r: '' };
      default:
        throw new Error(`NG: no narration for ${b.kind}`);
    }
  };
  text.cache = new Map();

  const header = ['Trans Date', 'Value Date', 'Narration', 'Reference', 'Debit', 'Credit', 'Balance'];
  const pre = [
    ['JAIZ BANK PLC'],
    ['Statement of Account'],
    [],
    ['Account Name', 'HADEJIA VALLEY AGRO MILLS LTD'],
    ['Account Number', '0004518276'],
    ['Account Type', 'CURRENT ACCOUNT - CORPORATE'],
    ['Currency', 'NGN'],
    ['Branch', 'BELLO ROAD, KANO'],
    ['Period', '01-Oct-2025 to 31-Oct-2025'],
    ['Opening Balance', { n: opening }],
  ];
  let debits = 0;
  let credits = 0;
  for (const b of items) {
    if (b.amt < 0) debits -= b.amt;
    else credits += b.amt;
  }
  pre.push(['Total Debits', { n: debits }], ['Total Credits', { n: credits }], ['Closing Balance', { n: closing }], []);
  const headerRow = pre.length + 1;
  const rows = [...pre, header];
  const rowOf = new Map();
  const cells = new Map();
  for (const b of items) {
    const t = text(b);
    text.cache.set(b.key, t);
    const value = b.kind === 'cheque-deposit' ? nextWorking(b.date, P) : b.date;
    rows.push([
      { date: b.date, z: 'dd-mmm-yyyy' },
      { date: value, z: 'dd-mmm-yyyy' },
      t.n,
      t.r || null,
      b.amt < 0 ? { n: -b.amt } : null,
      b.amt > 0 ? { n: b.amt } : null,
      { n: b.balance },
    ]);
    rowOf.set(b.key, rows.length);
    cells.set(b.key, { text: t.n, reference: t.r || null });
  }
  rows.push([], ['Total', null, null, null, { n: debits }, { n: credits }, null]);
  rows.push(['This statement was generated from Jaiz Internet Banking on 01-Nov-2025 and needs no signature.']);
  const file = 'jaiz-0004518276-oct2025.xlsx';
  return {
    file,
    data: xlsxBuffer([{ name: 'Account Statement', rows, widths: [13, 13, 70, 32, 16, 16, 18] }], {
      created: '2025-11-01T07:42:10',
    }),
    bank: 'Jaiz Bank Plc',
    headerRow,
    rowOf,
    cells,
    order: 'oldest-first',
    layout:
      'Jaiz internet banking statement, XLSX, sheet "Account Statement": 13 preamble rows (account, currency, period, opening balance, total debits and credits, closing balance), header in row 15, real date cells, Debit/Credit as numbers, a Total row and a footer note',
    ledgerAccount: '101210',
    readOptions: {
      sheet: 'Account Statement',
      currency: 'NGN',
      mapping: {
        date: 'Trans Date',
        valueDate: 'Value Date',
        description: 'Narration',
        reference: 'Reference',
        moneyOut: 'Debit',
        moneyIn: 'Credit',
        balance: 'Balance',
      },
    },
  };
}

function nextWorking(d, P) {
  let x = d;
  do {
    const t = Date.parse(`${x}T00:00:00Z`) + 86400000;
    x = new Date(t).toISOString().slice(0, 10);
  } while ([0, 6].includes(new Date(`${x}T00:00:00Z`).getUTCDay()) || P.holidays.includes(x));
  return x > P.period.to ? d : x;
}

// ---------------------------------------------------------------- the ledger file (PeopleSoft GL query, CSV)

export function renderLedger(P, books, { opening }, rng) {
  const header = [
    'Unit',
    'Journal ID',
    'Date',
    'Line #',
    'Account',
    'Descr',
    'Dept',
    'Source',
    'Jrnl Descr',
    'Line Descr',
    'Ref',
    'Amount',
    'Currency',
  ];
  let ar = 7800 + rng.int(0, 90);
  let ap = 3100 + rng.int(0, 90);
  let gl = 31800 + rng.int(0, 90);
  const jid = (src) =>
    src === 'AR'
      ? `AR${String(++ar).padStart(8, '0')}`
      : src === 'AP'
        ? `AP${String(++ap).padStart(8, '0')}`
        : String(++gl).padStart(10, '0');
  const up = (s) => s.toUpperCase();
  let voucher = 42000 + rng.int(0, 400);
  const line = (l) => {
    const name = l.who?.book ? up(l.who.book) : '';
    switch (l.kind) {
      case 'receipt':
        if (l.x.cheque) return ['AR', 'AR Direct Journal', `${cut(name, 18)} CHQ ${l.x.cheque}`, l.docs[0]];
        return ['AR', 'AR Direct Journal', cut(name, 30), l.docs[0]];
      case 'supplier-refund':
        return ['AR', 'AR Misc Receipt', `${cut(name, 23)} REFUND`, l.docs[0]];
      case 'settlement':
        if (l.who.name === 'PAYSTACK') return ['ONL', 'Paystack settlement', 'PAYSTACK GROSS COLLECTIONS', l.docs[0]];
        if (l.who.name === 'MONNIFY') return ['ONL', 'Monnify settlement', 'MONNIFY COLLECTIONS', l.docs[0]];
        return ['ONL', 'POS sales lodged', `POS TAKINGS ${fmtDate(l.x.salesDay, 'DD MON')}`, ''];
      case 'settlement-fee':
        return ['ONL', 'Monnify settlement', 'MONNIFY CHARGES', l.docs[0]];
      case 'payment':
        if (l.x.po)
          return ['AP', 'AP Payments', `PO ${l.docs[0]} ${cut(name, 18)}`, String(++voucher).padStart(8, '0')];
        return ['AP', 'AP Payments', cut(name, 30), l.docs[0]];
      case 'cheque':
        return ['AP', 'AP Payments - Cheque', `CHQ ${l.x.cheque} ${cut(name, 19)}`, l.docs[0]];
      case 'customer-refund':
        return ['AR', 'AR Refund', `REFUND ${cut(name, 23)}`, l.docs[0]];
      case 'statutory':
        return [
          'ONL',
          l.who.book,
          l.who.key === 'pension' ? `PFA SCHEDULE ${l.docs[0]}` : `RRR ${l.docs[0]}`,
          { pension: 'PENSSEP25', paye: 'PAYESEP25', vat: 'VATSEP25' }[l.who.key],
        ];
      case 'payroll':
        return ['SPJ', 'Net salaries Oct 2025', `SALARY BATCH ${l.docs[0]}`, l.docs[0]];
      case 'own-transfer':
      case 'own-transfer-in':
        return ['ONL', 'Transfer to Zenith current account', 'TRF JAIZ TO ZENITH', ''];
      default:
        throw new Error(`NG: no ledger line for ${l.kind}`);
    }
  };

  // the query also returns the Zenith account: its rows of the month, the transfer from Jaiz among them
  const other = books.filter((l) => l.account === 'other');
  const zenith = [
    ...other,
    ...[
      ['AR', 'AR Direct Journal', 'WUDIL GRAINS DEPOT', 'HV00018391', 3],
      ['AP', 'AP Payments', 'KANO CITY GENERATORS LTD', '00041988', 9],
      ['ONL', 'Zenith charges Oct 2025', 'ZENITH COT AND SMS OCT 2025', '', 20],
    ].map(([src, jd, ld, ref, i], n) => ({
      key: `z${n}`,
      date: P.W[i],
      amt: src === 'AR' ? rng.int(300000, 2400000) * 100 : -rng.int(20000, 950000) * (src === 'ONL' ? 1 : 100),
      kind: 'zenith',
      fixed: [src, jd, ld, ref],
      account: 'other',
    })),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const rows = [header];
  const rowOf = new Map();
  const cells = new Map();
  const journals = new Map();
  const main = books.filter((l) => l.account === 'main');
  for (const [account, descr, list] of [
    ['101210', 'Jaiz Bank Current', main],
    ['101220', 'Zenith Bank Current', zenith],
  ]) {
    for (const l of list) {
      const [src, jd, ld, ref] = l.fixed ?? line(l);
      let id;
      let ln = 1;
      if (l.kind === 'own-transfer-in') {
        id = journals.get('own');
        ln = 2;
      } else {
        id = jid(src);
        if (l.kind === 'own-transfer') journals.set('own', id);
      }
      rows.push([
        'HVAM1',
        id,
        fmtDate(l.date, 'MM/DD/YYYY'),
        ln,
        account,
        descr,
        '',
        src,
        jd,
        ld,
        ref,
        dec(l.amt),
        'NGN',
      ]);
      rowOf.set(l.key, rows.length);
      cells.set(l.key, {
        reference: ref || null,
        description: [jd, ld].filter(Boolean).join(' — '),
        party: null,
        account,
      });
    }
  }
  const otherTotal = zenith.reduce((s, l) => s + l.amt, 0);
  return {
    file: 'peoplesoft-gl-journal-lines-101210-101220-oct2025.csv',
    data: csvText(rows),
    package: 'Oracle PeopleSoft Financials 9.2 (General Ledger, PS Query of posted journal lines, downloaded as CSV)',
    headerRow: 1,
    rowOf,
    cells,
    layout:
      'PS Query result downloaded as CSV: header in row 1, no preamble and no balance rows, one row per posted journal line of the two bank accounts (101210 Jaiz, 101220 Zenith), Date as MM/DD/YYYY (the US date format of the PeopleSoft installation), one signed Amount (debit = money in), Journal Line Ref ("Ref", 10 characters) and Line Descr (30 characters) as PeopleSoft limits them',
    readOptions: {
      currency: 'NGN',
      dateOrder: 'MDY',
      mapping: {
        date: 'Date',
        account: 'Account',
        journalId: 'Journal ID',
        description: ['Jrnl Descr', 'Line Descr'],
        reference: 'Ref',
        amount: 'Amount',
        currency: 'Currency',
      },
    },
    openingBalance: opening,
    otherAccounts: [
      {
        account: '101220',
        name: 'Zenith Bank Current',
        rows: zenith.length,
        movement: dec(otherTotal),
      },
    ],
    extra: { balancesInFile: false },
  };
}
