// NG — Dala Agro-Allied Industries Ltd, Sharada, Kano: groundnut oil, groundnut cake and poultry feed sold to
// distributors across the North. TAJBank corporate current account (non-interest, so no interest line), statement
// downloaded from internet banking as XLSX; books in iDempiere, Accounting Fact Details of the bank and petty-cash
// accounts exported to CSV from the report viewer.
import { Buffer } from 'node:buffer';
import { Month } from './scenario.mjs';
import { calendar, commas, csvText, fmtDate, numCell, part, textCell, xlsxBuffer } from './lib.mjs';
import { amounts, booking, pad, serials } from './common.mjs';

const BANK = '11210 TAJBank Current A/C';
const PETTY = '11100 Petty Cash - Kano';
const ORG = 'Dala Agro Kano';

const customers = {
  bello: { name: 'Bello Maikudi & Sons Ltd', bank: 'BELLO MAIKUDI & SONS LTD' },
  gombe: { name: 'Gombe Provisions Ventures', bank: 'GOMBE PROVISIONS VENTURES' },
  yola: { name: 'Yola Feedmill Enterprises', bank: 'YOLA FEEDMILL ENT' },
  katsina: { name: 'Katsina Agro Depot Ltd', bank: 'KATSINA AGRO DEPOT LIMITED' },
  hadejia: { name: 'Hadejia Poultry Farms Ltd', bank: 'HADEJIA POULTRY FARMS' },
  zaria: { name: 'Zaria Livestock Feeds Ltd', bank: 'ZARIA LIVESTOCK FEEDS LTD' },
  abuja: { name: 'Abuja Oilfoods Distribution Ltd', bank: 'ABUJA OILFOODS DISTRIBUTION' },
  maiduguri: { name: 'Maiduguri Commodities Co', bank: 'MAIDUGURI COMMODITIES CO' },
  jos: { name: 'Jos Plateau Poultry Ltd', bank: 'JOS PLATEAU POULTRY LTD' },
  bauchi: { name: 'Bauchi Fresh Mart Ltd', bank: 'BAUCHI FRESH MART LTD' },
  kaduna: { name: 'Kaduna Central Supermarket Ltd', bank: 'KADUNA CENTRAL SUPERMARKET' },
  danladi: { name: 'Danladi Stores Ltd', bank: 'DANLADI STORES LTD', owner: 'ALH SANI DANLADI' },
  sokoto: { name: 'Sokoto Premier Stores Ltd', bank: 'SOKOTO PREMIER STORES' },
  funtua: { name: 'Funtua Feed Distributors', bank: 'FUNTUA FEED DISTRIBUTORS' },
  kafanchan: { name: 'Kafanchan Agro Services', bank: 'KAFANCHAN AGRO SERVICES' },
  dutse: { name: 'Dutse Farmers Market Ltd', bank: 'DUTSE FARMERS MARKET LTD' },
  potiskum: { name: 'Potiskum Grains & Oil Traders', bank: 'POTISKUM GRAINS & OIL TRADERS' },
  nguru: { name: 'Nguru Poultry Cooperative', bank: 'NGURU POULTRY COOPERATIVE' },
  kanocentral: { name: 'Kano Central Stores Ltd', bank: 'KANO CENTRAL STORES LTD' },
  gusau: { name: 'Gusau Agro Dealers Ltd', bank: 'GUSAU AGRO DEALERS LTD' },
  birnin: { name: 'Birnin Kebbi Feeds & Foods', bank: 'BIRNIN KEBBI FEEDS & FOODS' },
  lafia: { name: 'Lafia Livestock Supplies', bank: 'LAFIA LIVESTOCK SUPPLIES' },
  malumfashi: { name: 'Malumfashi Provisions Ltd', bank: 'MALUMFASHI PROVISIONS LTD' },
};
const suppliers = {
  tiga: { name: 'Tiga Groundnut Aggregators Ltd', bank: 'TIGA GROUNDNUT AGGREGATORS LTD' },
  kura: { name: 'Kura Farmers Cooperative Society', bank: 'KURA FARMERS COOPERATIVE SOC' },
  jute: { name: 'Northern Jute & Sacks Ltd', bank: 'NORTHERN JUTE & SACKS LTD' },
  sahel: { name: 'Sahel Diesel Supply Ltd', bank: 'SAHEL DIESEL SUPPLY LTD' },
  hotoro: { name: 'Hotoro Haulage Services', bank: 'HOTORO HAULAGE SERVICES' },
  amana: { name: 'Amana Packaging Industries Ltd', bank: 'AMANA PACKAGING IND LTD' },
  arewa: { name: 'Arewa Machinery Spares Ltd', bank: 'AREWA MACHINERY SPARES' },
  gezawa: { name: 'Gezawa Groundnut Farmers Association', bank: 'GEZAWA GROUNDNUT FARMERS ASSOC' },
  kedco: { name: 'Kano Electricity Distribution Co (KEDCO)', bank: 'KEDCO' },
  pension: { name: 'Savannah Pension Managers Ltd', bank: 'SAVANNAH PENSION MANAGERS LTD' },
  firs: { name: 'Federal Inland Revenue Service', bank: 'FIRS' },
  kirs: { name: 'Kano State Internal Revenue Service', bank: 'KIRS' },
};

// the six-digit codes NIP session ids open with (sending institution)
const INSTITUTIONS = ['000013', '000014', '000015', '000016', '000004', '000010', '000017', '000008'];

/** invoice writings the payers use (style index → text) */
const writeInvoice = (serial, style) => {
  const s5 = pad(serial, 5);
  return [
    `INV-25-${s5}`,
    `inv ${s5}`,
    `INV25${s5}`,
    `${serial}`,
    `INV NO ${serial}`,
    `INV/25/${serial}`,
    `Invoice 25-${s5}`,
    `INV 25 ${s5}`,
    `inv${s5}`,
  ][style];
};
const TRAIT_OF_STYLE = [
  'ref-canonical',
  'ref-lowercase',
  'ref-year-serial-joined',
  'ref-serial-only',
  'ref-serial-only',
  'ref-slashes',
  'ref-no-prefix-year',
  'ref-spaces',
  'ref-lowercase',
];

export function build(rng) {
  const cal = calendar(2025, 6, ['2025-06-06', '2025-06-09', '2025-06-12']);
  const m = new Month({ rng, cal, currency: 'NGN' });
  const A = amounts(rng);
  const B = booking(cal, rng);
  const inv = serials(rng, 4700, 4899);
  const D = cal.days; // 18 working days
  const julian = (d) => 151 + Number(d.slice(8, 10));
  const ft = (d) => `FT25${julian(d)}${rng.letters(1)}${rng.int(1, 9)}${rng.letters(3)}`;
  const hhmmss = (t) => `${pad(Math.floor(t / 60), 2)}${pad(Math.floor(t % 60), 2)}${rng.digits(2)}`;
  const sid = (d, t) => `${rng.pick(INSTITUTIONS)}25${d.slice(5, 7)}${d.slice(8, 10)}${hhmmss(t)}${rng.digits(12)}`;
  const nipCharge = (a) => (Math.abs(a) <= 500000 ? 1075 : Math.abs(a) <= 5000000 ? 2688 : 5375);

  const invoice = (cust, lo = 600000, hi = 6500000, step = 5000) => {
    const serial = inv.next();
    const g = A.taxed(lo, hi, 75, 1000, step);
    return { cust, serial, no: `INV-25-${pad(serial, 5)}`, ...g };
  };
  const nipIn = (date, payer, remark, amount, t = rng.int(480, 1000)) =>
    m.line({ date, t, amount, text: `NIP TRF FROM ${payer} - ${remark} - SID ${sid(date, t)}`, ref: ft(date) });
  const tajIn = (date, payer, remark, amount) =>
    m.line({ date, amount, text: `TAJ TRF FROM ${payer} - ${remark}`, ref: ft(date) });
  const nipOut = (date, payee, remark, amount, t = rng.int(540, 960)) => {
    const l = m.line({
      date,
      t,
      amount: -amount,
      text: `NIP TRF TO ${payee} - ${remark} - SID ${sid(date, t)}`,
      ref: ft(date),
    });
    const fee = m.after(l, { amount: -nipCharge(amount), text: 'NIP TRANSFER CHARGE + VAT', ref: `${l.ref}\\BNK` });
    m.bankOnly(fee, 'charge', ['nip-charge-incl-vat']);
    return l;
  };
  const receipt = (date, amount, cust, desc) =>
    m.row({
      date,
      amount,
      account: BANK,
      cells: { cat: 'AR Receipt', table: 'C_Payment', bp: cust?.name ?? '', desc },
    });
  const payment = (date, amount, sup, desc, cat = 'AP Payment') =>
    m.row({ date, amount: -amount, account: BANK, cells: { cat, table: 'C_Payment', bp: sup?.name ?? '', desc } });
  const journal = (date, amount, desc, account = BANK) =>
    m.row({ date, amount, account, cells: { cat: 'Manual', table: 'GL_Journal', bp: '', desc } });

  // ---- receipts quoting the invoice, in the payers' own writings
  const refStyles = rng.shuffle([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  const refDays = rng.shuffle(D.slice(2, 16));
  const refCust = ['bello', 'gombe', 'yola', 'katsina', 'hadejia', 'abuja', 'gusau'];
  const late = new Set(rng.shuffle([1, 2, 3, 4, 5, 6]).slice(0, 2));
  const refPaid = [];
  refCust.forEach((k, i) => {
    const c = customers[k];
    const doc = invoice(c);
    const d = refDays[i];
    const style = refStyles[i];
    const third = k === 'bello';
    const payer = third ? 'MAIKUDI TRANSPORT LTD' : c.bank;
    const remark = rng.pick(['', 'PYMT ', 'PAYMENT FOR ', 'FOR ']) + writeInvoice(doc.serial, style);
    const line = rng.chance(0.2) && !third ? tajIn(d, payer, remark, doc.gross) : nipIn(d, payer, remark, doc.gross);
    const bookDate = late.has(i) ? B.after(d, 2, 3) : B.before(d, 0, 1);
    const row = receipt(bookDate, doc.gross, c, rng.pick([`${doc.no}`, `Receipt against ${doc.no}`, `${doc.no} NIP`]));
    const traits = [TRAIT_OF_STYLE[style]];
    if (third) traits.push('third-party-payer');
    if (late.has(i)) traits.push('late-posting');
    m.auto(line, [row], { evidence: 'reference', traits });
    refPaid.push({ ...doc, line });
  });

  // ---- named payers without a reference (one of them paying the same sum as another customer's invoice)
  const nameOnly = [
    ['maiduguri', null],
    ['jos', null],
    ['bauchi', refPaid[2].gross],
  ];
  for (const [k, shared] of nameOnly) {
    const c = customers[k];
    const amount = shared ?? invoice(c).gross;
    const d = rng.pick(D.slice(3, 17));
    const line = nipIn(d, c.bank, rng.pick(['PAYMENT', 'GOODS SUPPLIED', 'SUPPLY', 'TRANSFER']), amount);
    const row = receipt(
      B.near(d),
      amount,
      c,
      rng.pick(['Transfer received', 'Receipt - bank transfer', 'NIP receipt']),
    );
    m.auto(line, [row], {
      evidence: 'counterparty',
      traits: shared ? ['name-only', 'amount-shared-across-payers'] : ['name-only'],
    });
    if (shared) refPaid[2].line.truth.traits.push('amount-shared-across-payers');
  }

  // ---- a reference cut short by the sending bank's remark field: the name still says who paid
  {
    const c = customers.kaduna;
    const doc = invoice(c);
    const d = rng.pick(D.slice(4, 15));
    const line = nipIn(d, c.bank, `PYMT OF INV-2`, doc.gross);
    const row = receipt(B.near(d), doc.gross, c, `Receipt against ${doc.no}`);
    m.auto(line, [row], { evidence: 'counterparty', traits: ['name-only', 'ref-truncated'] });
  }

  // ---- no reference from the payer, but the bookkeeper pasted the NIP session id from the alert into the books
  {
    const c = customers.sokoto;
    const doc = invoice(c);
    const d = rng.pick(D.slice(2, 16));
    const line = nipIn(d, c.bank, 'TRANSFER', doc.gross);
    const s = line.text.match(/SID (\d+)/)[1];
    const row = receipt(B.after(d, 0, 1), doc.gross, c, `NIP ${s}`);
    m.auto(line, [row], { evidence: 'reference', traits: ['session-id-in-books'] });
  }

  // ---- the owner of a customer pays from his own account
  {
    const c = customers.danladi;
    const doc = invoice(c, 400000, 1500000);
    const d = rng.pick(D.slice(3, 16));
    const line = nipIn(d, c.owner, 'GOODS', doc.gross);
    const row = receipt(B.before(d, 0, 1), doc.gross, c, `Receipt ${doc.no}`);
    m.suggest(line, [row], { evidence: 'amount', traits: ['payer-written-differently', 'owner-account'] });
  }

  // ---- cash paid in at the branch by a customer's driver: nothing on the line but the driver's first name
  {
    const c = customers.funtua;
    const doc = invoice(c, 300000, 900000, 100000); // cash: whole naira
    const d = rng.pick(D.slice(4, 16));
    const line = m.line({ date: d, amount: doc.gross, text: 'CASH DEPOSIT BY MUSA @ZOO ROAD BRANCH', ref: ft(d) });
    const row = receipt(B.before(d, 0, 1), doc.gross, c, `Cash lodgement promised - ${doc.no}`);
    m.suggest(line, [row], { evidence: 'amount', mustNotAuto: true, traits: ['anonymous', 'cash-deposit'] });
  }

  // ---- one transfer for three invoices, all quoted; the bookkeeper keys one receipt per invoice
  {
    const c = customers.lafia;
    const docs = [invoice(c, 300000, 1200000), invoice(c, 300000, 1200000), invoice(c, 300000, 1200000)];
    const total = docs.reduce((s, x) => s + x.gross, 0);
    A.claim(total);
    const d = rng.pick(D.slice(5, 15));
    const line = nipIn(d, c.bank, `INV ${docs.map((x) => x.serial).join('/')}`, total);
    const bd = B.before(d, 0, 1);
    const rows = docs.map((x) => receipt(bd, x.gross, c, `${x.no} (part of one transfer)`));
    m.auto(line, rows, { evidence: 'reference', traits: ['split-one-to-many', 'ref-serial-only'] });
  }

  // ---- two instalments of one invoice, each quoting it; booked once in full on the promise
  {
    const c = customers.malumfashi;
    const doc = invoice(c, 3000000, 7000000);
    const first = Math.round((doc.gross * rng.int(40, 60)) / 100 / 100000) * 100000;
    const d1 = rng.pick(D.slice(2, 7));
    const d2 = rng.pick(D.slice(11, 16));
    const l1 = nipIn(d1, c.bank, `1ST PART ${writeInvoice(doc.serial, 1)}`, first);
    const l2 = nipIn(d2, c.bank, `BAL ${writeInvoice(doc.serial, 0)}`, doc.gross - first);
    const row = receipt(d1, doc.gross, c, `${doc.no} - to be paid in two instalments`);
    const g = m.group();
    m.auto(l1, [row], { evidence: 'reference', traits: ['instalment', 'split-many-to-one'], group: g });
    m.auto(l2, [row], { evidence: 'reference', traits: ['instalment', 'split-many-to-one'], group: g });
  }

  // ---- invoice less a credit note for torn bags; the books hold the net receipt
  {
    const c = customers.zaria;
    const doc = invoice(c, 2500000, 5000000);
    const cn = A.between(60000, 250000, 500);
    const net = doc.gross - cn;
    A.claim(net);
    const cnNo = `CN-25-${pad(rng.int(41, 97), 4)}`;
    const d = rng.pick(D.slice(3, 16));
    const line = nipIn(d, c.bank, `${writeInvoice(doc.serial, 7)} LESS ${cnNo.replace(/-25-/, ' ')}`, net);
    const row = receipt(B.before(d, 0, 1), net, c, `${doc.no} less ${cnNo} (torn bags)`);
    m.auto(line, [row], { evidence: 'reference', traits: ['invoice-less-credit-note'] });
  }

  // ---- over-payment rounded up to the next ten thousand
  {
    const c = customers.kafanchan;
    const doc = invoice(c, 900000, 2400000);
    const paid = Math.ceil(doc.gross / 1000000) * 1000000;
    A.claim(paid);
    const d = rng.pick(D.slice(3, 16));
    const line = nipIn(d, c.bank, writeInvoice(doc.serial, 4), paid);
    const row = receipt(B.before(d, 0, 1), doc.gross, c, `Receipt ${doc.no}`);
    m.auto(line, [row], { evidence: 'reference', traits: ['over-payment'], difference: paid - doc.gross });
  }

  // ---- withholding tax of 2 % on the price before VAT (supply of goods), kept by the customer
  {
    const c = customers.dutse;
    const doc = invoice(c, 1500000, 4000000);
    const wht = part(doc.net, 2, 100);
    const paid = doc.gross - wht;
    A.claim(paid);
    const d = rng.pick(D.slice(3, 16));
    const line = nipIn(d, c.bank, `${writeInvoice(doc.serial, 0)} LESS WHT`, paid);
    const row = receipt(B.before(d, 0, 1), doc.gross, c, `${doc.no}`);
    m.auto(line, [row], { evidence: 'reference', traits: ['short-withholding-tax-2pct'], difference: -wht });
  }

  // ---- part payment quoting the invoice; the books took the whole invoice as received
  {
    const c = customers.potiskum;
    const doc = invoice(c, 1500000, 4000000);
    const paid = Math.round((doc.gross * rng.int(45, 70)) / 100 / 1000000) * 1000000;
    A.claim(paid);
    const d = rng.pick(D.slice(4, 16));
    const line = nipIn(d, c.bank, `PART PAYMENT ${writeInvoice(doc.serial, 8)}`, paid);
    const row = receipt(B.before(d, 0, 1), doc.gross, c, `${doc.no}`);
    m.suggest(line, [row], { evidence: 'reference', traits: ['part-payment'] });
  }

  // ---- a mistyped invoice number (two digits swapped) that is no document at all; payer named, amount exact
  {
    const c = customers.nguru;
    let doc;
    let typo;
    for (;;) {
      doc = invoice(c, 500000, 2000000);
      const s = String(doc.serial);
      typo = Number(`${s.slice(0, 2)}${s[3]}${s[2]}`);
      if (typo !== doc.serial && !inv.has(typo) && typo >= 4700 && typo <= 4899) break;
    }
    inv.used.add(typo); // never drawn for another invoice
    const d = rng.pick(D.slice(4, 16));
    const line = nipIn(d, c.bank, `INV ${typo}`, doc.gross);
    const row = receipt(B.before(d, 0, 1), doc.gross, c, `${doc.no}`);
    m.suggest(line, [row], { evidence: 'counterparty', traits: ['mistyped-reference'] });
  }

  // ---- the same customer pays two equal invoices (two depots) on one day, each quoting its own
  {
    const c = customers.katsina;
    const a = invoice(c, 1200000, 2200000);
    const serial = inv.next();
    const b = { ...a, serial, no: `INV-25-${pad(serial, 5)}` };
    const d = rng.pick(D.slice(5, 15));
    const l1 = nipIn(d, c.bank, `DEPOT 1 ${writeInvoice(a.serial, 0)}`, a.gross);
    const l2 = nipIn(d, c.bank, `DEPOT 2 ${writeInvoice(b.serial, 0)}`, b.gross, l1.t + 3);
    const bd = B.before(d, 0, 1);
    const r1 = receipt(bd, a.gross, c, `${a.no} Katsina depot`);
    const r2 = receipt(bd, b.gross, c, `${b.no} Funtua depot`);
    m.auto(l1, [r1], { evidence: 'reference', traits: ['same-amount-own-reference'] });
    m.auto(l2, [r2], { evidence: 'reference', traits: ['same-amount-own-reference'] });
  }

  // ---- two customers pay the same sum on the same day, each under its own name
  {
    const amount = A.between(1500000, 2500000, 100000);
    const d = rng.pick(D.slice(6, 16));
    for (const k of ['birnin', 'kanocentral']) {
      const c = customers[k];
      const line = nipIn(d, c.bank, 'PAYMENT FOR GOODS', amount);
      const row = receipt(B.near(d), amount, c, 'Transfer received');
      m.auto(line, [row], { evidence: 'counterparty', traits: ['name-only', 'same-amount-different-payers'] });
    }
  }

  // ---- a tie: two equal receipts of one customer in the books (two remittance advices), one payment by name
  {
    const c = customers.gusau;
    const amount = A.between(700000, 1600000, 5000);
    const d = rng.pick(D.slice(8, 16));
    const r1 = receipt(B.before(d, 3, 5), amount, c, 'Remittance advice 1 - June');
    const r2 = receipt(B.before(d, 0, 2), amount, c, 'Remittance advice 2 - June');
    const line = nipIn(d, c.bank, 'SUPPLY', amount);
    m.suggest(line, null, { evidence: 'counterparty', mustNotAuto: true, anyOf: [[r1], [r2]], traits: ['tie'] });
  }

  // ---- a customer pays the same invoice twice, four working days apart
  {
    const c = customers.abuja;
    const doc = invoice(c, 800000, 2000000);
    const d1 = rng.pick(D.slice(2, 9));
    const d2 = cal.shift(d1, 4);
    const l1 = nipIn(d1, c.bank, writeInvoice(doc.serial, 0), doc.gross);
    const l2 = nipIn(d2, c.bank, writeInvoice(doc.serial, 0), doc.gross);
    const row = receipt(B.before(d1, 0, 1), doc.gross, c, `${doc.no}`);
    m.suggest(l1, [row], { evidence: 'reference', traits: ['duplicate-payment'] });
    m.none(l2, ['duplicate-payment']);
  }

  // ---- settlements: OPay payout with its id, gross booked; PalmPay with gross and fee booked; POS with no id
  {
    const d = rng.pick(D.slice(3, 10));
    const gross = A.between(400000, 1800000, 5);
    const fee = Math.min(part(gross, 10, 1000), 200000);
    const id = rng.digits(16);
    const line = m.line({ date: d, amount: gross - fee, text: `OPAY MERCHANT SETTLEMENT ${id}`, ref: ft(d) });
    const row = journal(B.before(d, 1, 1), gross, `OPay sales (factory shop) - settlement ${id}`);
    m.auto(line, [row], {
      evidence: 'reference',
      traits: ['settlement', 'payout-id', 'short-net-of-fee'],
      difference: -fee,
    });
  }
  {
    const d = rng.pick(D.slice(8, 15));
    const gross = A.between(300000, 900000, 5);
    const fee = part(gross, 5, 1000);
    const id = `PP${rng.digits(12)}`;
    const line = m.line({ date: d, amount: gross - fee, text: `PALMPAY MERCHANT STLMT ${id}`, ref: ft(d) });
    const bd = B.before(d, 1, 1);
    const r1 = journal(bd, gross, `PalmPay sales - ${id}`);
    const r2 = journal(bd, -fee, `PalmPay charges - ${id}`);
    m.auto(line, [r1, r2], { evidence: 'reference', traits: ['settlement', 'payout-id', 'gross-and-fee-booked'] });
  }
  {
    const d = rng.pick(D.slice(10, 17));
    const gross = A.between(250000, 800000, 5);
    const fee = Math.min(part(gross, 5, 1000), 100000);
    const line = m.line({ date: d, amount: gross - fee, text: 'POS SETTLEMENT TID 2KANA031', ref: ft(d) });
    const row = journal(B.before(d, 1, 1), gross, 'POS card sales - factory shop');
    m.suggest(line, [row], { evidence: 'amount', traits: ['settlement', 'pos-settlement', 'short-net-of-fee'] });
  }

  // ---- a supplier refunds an overcharge under its credit note
  {
    const s = suppliers.jute;
    const amount = A.between(80000, 300000, 500);
    const cn = `NJS/CN/${rng.int(2200, 2399)}`;
    const d = rng.pick(D.slice(6, 16));
    const line = nipIn(d, s.bank, `REFUND ${cn}`, amount);
    const row = m.row({
      date: cal.shift(d, 2),
      amount,
      account: BANK,
      cells: { cat: 'AP Payment', table: 'C_Payment', bp: s.name, desc: `Vendor refund ${cn}` },
      post: 'late',
    });
    m.auto(line, [row], { evidence: 'reference', traits: ['supplier-refund', 'late-posting'] });
  }

  // ---- a customer's cheque lodged and cleared
  {
    const c = customers.kanocentral;
    const doc = invoice(c, 500000, 1500000);
    const chq = rng.digits(8).replace(/^0/, '1');
    const d = rng.pick(D.slice(3, 14));
    const line = m.line({
      date: d,
      amount: doc.gross,
      text: `CLEARING CHQ DEP ${chq} KANO CENTRAL STORES`,
      ref: ft(d),
      valueDate: cal.shift(d, 1),
    });
    const row = receipt(cal.shift(d, -1), doc.gross, c, `Chq ${chq} for ${doc.no}`);
    m.auto(line, [row], { evidence: 'reference', traits: ['cheque-number'] });
  }

  // ---- receipts nobody has booked yet
  m.none(nipIn(rng.pick(D.slice(5, 17)), 'ABUBAKAR IBRAHIM', 'TRANSFER', A.between(150000, 450000, 100000)), [
    'unknown-receipt',
  ]);
  m.none(nipIn(rng.pick(D.slice(5, 17)), 'ZAINAB YUSUF', 'FOR OIL', A.between(60000, 140000, 50000)), [
    'unknown-receipt',
  ]);

  // ---- a cheque lodged on 30 May, booked in May, cleared on the first working day of June
  const priorDeposit = A.between(600000, 1500000, 5000);
  {
    const chq = rng.digits(8).replace(/^0/, '2');
    const line = m.line({
      date: D[0],
      amount: priorDeposit,
      text: `CLEARING CHQ DEP ${chq} YOLA FEEDMILL ENT`,
      ref: ft(D[0]),
    });
    m.none(line, ['prior-period-deposit']);
  }

  // ---- supplier payments quoting the bill
  const billOf = {
    tiga: () => `TGA/INV/${pad(rng.int(410, 980), 4)}`,
    amana: () => `APIL-${rng.int(2100, 2999)}`,
    arewa: () => `AMS ${rng.int(3100, 3999)}`,
  };
  for (const k of ['tiga', 'amana', 'arewa']) {
    const s = suppliers[k];
    const bill = billOf[k]();
    const amount = A.between(3000000, 14000000, 5000);
    const d = rng.pick(D.slice(2, 17));
    const line = nipOut(d, s.bank, `PYMT ${bill}`, amount);
    const row = payment(B.before(d, 0, 1), amount, s, `Payment ${bill}`);
    m.auto(line, [row], { evidence: 'reference', traits: ['supplier-payment', 'bill-reference'] });
  }
  // ---- supplier payments by name only
  for (const k of ['kura', 'hotoro']) {
    const s = suppliers[k];
    const amount = k === 'kura' ? A.between(6000000, 12000000, 5000) : A.between(900000, 2500000, 5000);
    const d = rng.pick(D.slice(2, 17));
    const line = nipOut(d, s.bank, k === 'kura' ? 'GROUNDNUT SUPPLY' : 'HAULAGE', amount);
    const row = payment(d, amount, s, k === 'kura' ? 'Groundnut purchase - farmers' : 'Haulage - week trips');
    m.auto(line, [row], { evidence: 'counterparty', traits: ['supplier-payment', 'name-only'] });
  }
  // ---- two equal transfers to one supplier on one day, both quoting the same purchase order
  {
    const s = suppliers.tiga;
    const po = `PO ${rng.int(7100, 7199)}`;
    const amount = A.between(1500000, 3000000, 100000);
    const d = rng.pick(D.slice(6, 15));
    const l1 = nipOut(d, s.bank, po, amount);
    const l2 = nipOut(d, s.bank, po, amount, l1.t + 20);
    const r1 = payment(d, amount, s, `${po} - first truck`);
    const r2 = payment(d, amount, s, `${po} - second truck`);
    for (const l of [l1, l2]) m.autoAnyOf(l, [[r1], [r2]], { evidence: 'reference', traits: ['twins'] });
  }
  // ---- our cheques presented
  // our cheque book: the May cheque first, then June's in the order they were written
  let nextChq = 231;
  const chqNo = { next: () => nextChq++ };
  const mayChq = pad(chqNo.next(), 6);
  for (const k of ['sahel', 'arewa']) {
    const s = suppliers[k];
    const chq = pad(chqNo.next(), 6);
    const amount = A.between(250000, 1800000, 5000);
    const d = rng.pick(D.slice(5, 17));
    const line = m.line({ date: d, amount: -amount, text: `INWARD CLEARING CHQ NO ${chq}`, ref: ft(d) });
    const row = payment(cal.shift(d, -rng.int(3, 5)), amount, s, `Chq ${chq} ${s.name.split(' ')[0]}`);
    m.auto(line, [row], { evidence: 'reference', traits: ['cheque-number', 'cheque-presented'] });
  }
  // ---- our cheque written in May, presented in June (the books have it in May)
  {
    const chq = mayChq;
    const d = D[1];
    const line = m.line({
      date: d,
      amount: -A.between(150000, 600000, 5000),
      text: `INWARD CLEARING CHQ NO ${chq}`,
      ref: ft(d),
    });
    m.none(line, ['prior-period-cheque']);
  }
  // ---- cash for the petty-cash box, by cheque to self
  {
    const chq = pad(chqNo.next(), 6);
    const amount = A.between(300000, 500000, 1000000);
    const d = rng.pick(D.slice(3, 8));
    const line = m.line({ date: d, amount: -amount, text: `CASH WITHDRAWAL CHQ ${chq} SELF`, ref: ft(d) });
    const row = m.row({
      date: d,
      amount: -amount,
      account: BANK,
      cells: { cat: 'Cash', table: 'C_Payment', bp: '', desc: `Petty cash top-up chq ${chq}` },
    });
    const petty = m.row({
      date: d,
      amount,
      account: PETTY,
      cells: { cat: 'Cash', table: 'C_Payment', bp: '', desc: `Petty cash top-up chq ${chq}` },
    });
    m.otherAccount(petty);
    m.auto(line, [row], { evidence: 'reference', traits: ['own-account-transfer', 'cash-withdrawal'] });
    for (const [text, lo, hi] of [
      ['Fuel for generator - factory', 20000, 60000],
      ['Loading boys - daily pay', 15000, 40000],
      ['Office cleaning materials', 8000, 25000],
      ['Vehicle repairs - Hilux tyre', 35000, 90000],
      ['Staff refreshment - Sallah', 20000, 50000],
    ]) {
      const x = m.row({
        date: rng.pick(D.slice(3, 18)),
        amount: -A.between(lo, hi, 500),
        account: PETTY,
        cells: { cat: 'Cash', table: 'C_Payment', bp: '', desc: text },
      });
      m.otherAccount(x);
    }
  }
  // ---- payroll by bulk transfer; the bookkeeper copied the batch number into the journal
  {
    const n = rng.int(46, 58);
    const amount = A.between(6500000, 9500000, 100);
    const batch = `${rng.digits(10).replace(/^0/, '7')}`;
    const d = cal.wd(-3);
    const line = m.line({
      date: d,
      amount: -amount,
      text: `BULK TRANSFER - SALARY JUN 2025 - BATCH ${batch}`,
      ref: ft(d),
    });
    const fee = m.after(line, { amount: -n * 2688, text: `BULK TRANSFER CHARGES (${n} BENEFICIARIES)`, ref: line.ref });
    m.bankOnly(fee, 'charge', ['bulk-transfer-charge']);
    const row = journal(cal.shift(d, -1), -amount, `Salaries June 2025 - bulk batch ${batch}`);
    m.auto(line, [row], { evidence: 'reference', traits: ['payroll'] });
  }
  // ---- statutory: FIRS VAT and KIRS PAYE through Remita (RRR), pension by transfer quoting the schedule
  {
    const rrr = () => `${rng.int(1100, 3999)}${rng.digits(8)}`;
    const dashed = (r) => `${r.slice(0, 4)}-${r.slice(4, 8)}-${r.slice(8)}`;
    const vat = A.between(1200000, 2800000, 1);
    const paye = A.between(700000, 1400000, 1);
    const r1 = rrr();
    const r2 = rrr();
    const d1 = rng.pick(D.slice(8, 13));
    const d2 = rng.pick(D.slice(4, 9));
    const l1 = m.line({ date: d1, amount: -vat, text: `REMITA/FIRS/VAT MAY 2025/RRR ${r1}`, ref: ft(d1) });
    const l2 = m.line({ date: d2, amount: -paye, text: `REMITA/KIRS/PAYE MAY 2025/RRR ${r2}`, ref: ft(d2) });
    const b1 = payment(d1, vat, suppliers.firs, `VAT return May 2025 - RRR ${dashed(r1)}`);
    const b2 = payment(cal.shift(d2, -1), paye, suppliers.kirs, `PAYE May 2025 - RRR ${dashed(r2)}`);
    m.auto(l1, [b1], { evidence: 'reference', traits: ['statutory', 'vat-return', 'rrr'] });
    m.auto(l2, [b2], { evidence: 'reference', traits: ['statutory', 'paye', 'rrr'] });
    const pen = A.between(900000, 1600000, 1);
    const sch = `SCH/${rng.int(5100, 5999)}`;
    const d3 = rng.pick(D.slice(4, 10));
    const l3 = nipOut(d3, suppliers.pension.bank, `PENSION MAY 2025 ${sch}`, pen);
    const b3 = payment(d3, pen, suppliers.pension, `Pension contributions May 2025 ${sch}`);
    m.auto(l3, [b3], { evidence: 'reference', traits: ['statutory', 'pension'] });
  }
  // ---- surplus moved to the company's own term Mudarabah deposit at the same bank
  {
    const acct = '0003829181';
    const amount = A.between(15000000, 25000000, 100000000);
    const d = rng.pick(D.slice(12, 16));
    const line = m.line({
      date: d,
      amount: -amount,
      text: `TAJ TRF TO ${acct} DALA AGRO-ALLIED IND - TERM MUDARABAH 90 DAYS`,
      ref: ft(d),
    });
    const row = journal(d, -amount, `Transfer to TAJ term Mudarabah deposit a/c ${acct}`);
    m.auto(line, [row], { evidence: 'reference', traits: ['own-account-transfer', 'account-number'] });
  }
  // ---- electricity: KEDCO postpaid bill paid by transfer quoting the meter account
  {
    const acct = `${rng.int(1, 9)}${rng.digits(9)}`;
    const amount = A.between(900000, 2600000, 1);
    const d = rng.pick(D.slice(6, 16));
    const line = nipOut(d, 'KEDCO', `ACCT ${acct} MAY BILL`, amount);
    const row = payment(d, amount, suppliers.kedco, `Electricity May 2025 - acct ${acct}`);
    m.auto(line, [row], { evidence: 'reference', traits: ['utility', 'account-number'] });
  }
  // ---- a transfer rejected by the beneficiary's bank, reversed, and sent again the next day
  {
    const s = suppliers.gezawa;
    const amount = A.between(1800000, 3500000, 5000);
    const d = rng.pick(D.slice(4, 12));
    const t = rng.int(600, 700);
    const fail = m.line({
      date: d,
      t,
      amount: -amount,
      text: `NIP TRF TO ${s.bank} - GROUNDNUT JUNE - SID ${sid(d, t)}`,
      ref: ft(d),
    });
    const failFee = m.after(fail, { amount: -5375, text: 'NIP TRANSFER CHARGE + VAT', ref: `${fail.ref}\\BNK` });
    const d2 = cal.shift(d, 1);
    const rev = m.line({ date: d2, t: 500, amount, text: `RVSL - ${fail.text}`, ref: `${fail.ref}R` });
    const revFee = m.after(rev, { amount: 5375, text: 'RVSL - NIP TRANSFER CHARGE + VAT', ref: `${fail.ref}\\BNKR` });
    const resent = nipOut(cal.shift(d2, 1), s.bank, 'GROUNDNUT JUNE RESEND', amount);
    const row = payment(d, amount, s, 'Groundnut purchase - June lot (association)');
    m.reversal(fail, rev, ['failed-transfer'], ['reversal']);
    m.reversal(failFee, revFee, ['failed-transfer', 'nip-charge-incl-vat'], ['reversal', 'nip-charge-incl-vat']);
    m.auto(resent, [row], { evidence: 'counterparty', traits: ['resent-after-failure', 'supplier-payment'] });
  }
  // ---- a refund to a customer under its credit note
  {
    const c = customers.bauchi;
    const amount = A.between(90000, 400000, 500);
    const cn = `CN-25-${pad(rng.int(101, 160), 4)}`;
    const d = rng.pick(D.slice(8, 17));
    const line = nipOut(d, c.bank, `REFUND ${cn}`, amount);
    const row = payment(d, amount, c, `Customer refund ${cn} - short supply`, 'AR Receipt');
    m.auto(line, [row], { evidence: 'reference', traits: ['customer-refund'] });
  }
  // ---- a card purchase nobody booked
  {
    const d = rng.pick(D.slice(5, 17));
    const line = m.line({
      date: d,
      amount: -A.between(25000, 90000, 50),
      text: 'POS PURCHASE - ADO BAYERO MALL KANO NG',
      ref: ft(d),
    });
    m.none(line, ['unrecorded-card-purchase']);
  }

  // ---- book rows with no bank line yet
  {
    const s = suppliers.hotoro;
    const last = cal.wd(-1);
    const chq = pad(chqNo.next(), 6);
    m.ledgerOnly(
      payment(cal.wd(-2), A.between(300000, 900000, 5000), suppliers.sahel, `Chq ${chq} Sahel diesel`),
      'cheque not yet presented',
    );
    m.ledgerOnly(
      payment(last, A.between(500000, 1500000, 5000), s, 'Haulage - last week of June (NIP authorised 30/06)'),
      'transfer authorised after the cut-off, leaves the account in July',
    );
    const chq2 = rng.digits(8).replace(/^0/, '3');
    m.ledgerOnly(
      receipt(last, A.between(700000, 2000000, 5000), customers.yola, `Chq ${chq2} lodged 30/06`),
      'cheque lodged on the last day, not yet cleared',
    );
  }

  // ---- the bank's own lines: the EMTL each week, then maintenance, its VAT and SMS alerts at month end
  // electronic receipts of NGN 10,000 or more; cash, cheques and reversals are no transfers received
  const credits = m.lines.filter(
    (l) => l.amount >= 1000000 && /^(NIP TRF FROM|TAJ TRF FROM|OPAY|PALMPAY|POS SETTLEMENT)/.test(l.text),
  );
  const weekOf = (d) => Math.floor((Number(d.slice(8, 10)) + 6) / 7); // June 2025 opens on a Sunday
  const weeks = [...new Set(D.map(weekOf))];
  for (const w of weeks) {
    const days = D.filter((d) => weekOf(d) === w);
    const n = credits.filter((l) => days.includes(l.date)).length;
    if (n === 0) continue;
    const we = days[days.length - 1];
    const l = m.line({
      date: we,
      t: 1439,
      amount: -50 * 100 * n,
      text: `ELECTRONIC MONEY TRANSFER LEVY - ${n} CREDITS`,
      ref: `EMTL${we.slice(5, 7)}${we.slice(8, 10)}`,
    });
    m.bankOnly(l, 'levy', ['emtl']);
  }
  const last = cal.wd(-1);
  const debits = m.lines
    .filter((l) => l.amount < 0 && !['bank-only', 'reversal-pair'].includes(l.truth?.decision))
    .reduce((s, l) => s - l.amount, 0);
  const amf = part(debits, 1, 1000);
  const amfLine = m.line({
    date: last,
    t: 1440,
    amount: -amf,
    text: 'ACCOUNT MAINTENANCE FEE JUN 2025',
    ref: 'AMF2506',
  });
  m.bankOnly(amfLine, 'charge', ['account-maintenance']);
  const vatLine = m.after(amfLine, {
    amount: -part(amf, 75, 1000),
    text: 'VAT ON ACCOUNT MAINTENANCE FEE',
    ref: 'AMF2506',
  });
  m.bankOnly(vatLine, 'fee-vat', ['vat-on-fee']);
  const sms = m.after(
    amfLine,
    { amount: -(m.lines.length + 1) * 400, text: 'SMS ALERT CHARGES JUN 2025', ref: 'SMS2506' },
    2,
  );
  m.bankOnly(sms, 'charge', ['sms-alerts']);

  return {
    month: m,
    bankBase: A.between(30000000, 45000000, 100000),
    // the books at 31 May: the bank's balance plus the cheque lodged on 30 May and not yet cleared
    bookOpeningDelta: priorDeposit,
    notes: [
      'TAJBank is a non-interest bank: the current account earns nothing, so no interest line.',
      'The EMTL is levied once a week (last working day of the week) for the electronic receipts of NGN 10,000 or more of that week.',
      'The books opened the month with a cheque in transit (lodged 30 May, booked in May): the first credit of June has no row in this export; the book opening balance is the bank opening balance plus that cheque.',
      'The iDempiere export holds the petty-cash account (11100) too: its rows are not bank entries; ledgerAccount selects 11210.',
    ],
  };
}

// ------------------------------------------------------------------------------------------------ layouts

const MAPPING_BANK = {
  date: 'Booking Date',
  valueDate: 'Value Date',
  reference: 'Reference',
  description: 'Narration',
  moneyOut: 'Debit',
  moneyIn: 'Credit',
  balance: 'Balance',
};

export function bankFile(ordered, { opening, closing }) {
  const file = 'tajbank-0003829174-jun2025.xlsx';
  const headerRow = 13;
  const rows = [
    ['TAJBank Limited'],
    ['STATEMENT OF ACCOUNT'],
    [],
    ['Account Name', 'DALA AGRO-ALLIED INDUSTRIES LIMITED'],
    ['Account Number', '0003829174'],
    ['Product', 'TAJ CORPORATE CURRENT ACCOUNT (QARD)'],
    ['Currency', 'NGN'],
    ['Branch', 'KANO - ZOO ROAD'],
    ['Statement Period', '01 JUN 2025 - 30 JUN 2025'],
    ['Opening Balance', numCell(opening)],
    ['Closing Balance', numCell(closing)],
    [],
    ['Booking Date', 'Reference', 'Narration', 'Value Date', 'Debit', 'Credit', 'Balance'],
  ];
  const rowOf = new Map();
  let dr = 0;
  let cr = 0;
  for (const l of ordered) {
    rows.push([
      textCell(fmtDate.dMonUpper(l.date)),
      textCell(l.ref),
      textCell(l.text),
      textCell(fmtDate.dMonUpper(l.valueDate)),
      l.amount < 0 ? numCell(-l.amount) : '',
      l.amount > 0 ? numCell(l.amount) : '',
      numCell(l.balance),
    ]);
    rowOf.set(l, rows.length);
    if (l.amount < 0) dr -= l.amount;
    else cr += l.amount;
  }
  rows.push(['', '', 'TOTAL', '', numCell(dr), numCell(cr), '']);
  const totalRow = rows.length;
  rows.push([]);
  rows.push(['*** End of Statement ***']);
  const bytes = xlsxBuffer('Account Statement', rows, { cols: [14, 20, 70, 14, 16, 16, 18] });
  return {
    file,
    bytes,
    rowOf,
    headerRow,
    readOptions: { currency: 'NGN', sheet: 'Account Statement', mapping: MAPPING_BANK },
    order: 'oldest-first',
    layout:
      'TAJBank internet banking statement, XLSX (sheet "Account Statement"): title rows and label/value preamble (account, product, currency, branch, period, opening and closing balance), header in row 13 `Booking Date, Reference, Narration, Value Date, Debit, Credit, Balance`, dates as text `03 JUN 2025`, numeric amounts, the other side empty, T24-style FT references (charges carry the transfer\'s reference with `\\BNK`), an undated TOTAL row and an end-of-statement line.',
    nonEntryRows: [{ row: totalRow, why: 'TOTAL of the debit and credit columns, undated' }],
    text: (l) => l.text,
    reference: (l) => l.ref,
    counterparty: () => null,
  };
}

const MAPPING_LEDGER = {
  date: 'Accounting Date',
  reference: 'Document No',
  party: 'Business Partner',
  description: 'Description',
  account: 'Account',
  moneyIn: 'Accounted Debit',
  moneyOut: 'Accounted Credit',
};

export function ledgerFile(rows) {
  const file = 'idempiere-fact-acct-11100-11210-jun2025.csv';
  // document numbers by category, in posting order
  const seqs = { 'AR Receipt': 1002311, 'AP Payment': 1001874, Manual: 1000452, Cash: 1000188 };
  const ordered = rows
    .map((r, i) => [r, i])
    .sort(([a, i], [b, j]) => {
      const ka = a.post === 'late' ? `${a.date}~` : a.date;
      const kb = b.post === 'late' ? `${b.date}~` : b.date;
      return ka < kb ? -1 : ka > kb ? 1 : i - j;
    })
    .map(([r]) => r);
  // a back-dated entry is posted after the rows it precedes by date: move it two rows on
  for (let i = 0; i < ordered.length; i++) {
    if (ordered[i].post === 'late' && i + 2 < ordered.length) {
      const [r] = ordered.splice(i, 1);
      ordered.splice(i + 2, 0, r);
      i += 2;
    }
  }
  const out = [
    [
      'Organization',
      'Account',
      'Accounting Date',
      'Document No',
      'Table',
      'GL Category',
      'Business Partner',
      'Description',
      'Currency',
      'Source Debit',
      'Source Credit',
      'Accounted Debit',
      'Accounted Credit',
      'Posting Type',
    ],
  ];
  const rowOf = new Map();
  for (const r of ordered) {
    const cat = r.cells.cat;
    r.cells.doc ??= cat === 'Manual' ? `GLJ-${seqs.Manual++}` : String(seqs[cat]++);
    const dr = r.amount > 0 ? commas(r.amount) : '0.00';
    const cr = r.amount < 0 ? commas(r.amount) : '0.00';
    out.push([
      ORG,
      r.account,
      fmtDate.mdy(r.date),
      r.cells.doc,
      r.cells.table,
      cat,
      r.cells.bp,
      r.cells.desc,
      'NGN',
      dr,
      cr,
      dr,
      cr,
      'Actual',
    ]);
    rowOf.set(r, out.length);
  }
  return {
    file,
    bytes: Buffer.from(csvText(out), 'utf8'),
    rowOf,
    headerRow: 1,
    readOptions: { currency: 'NGN', dateOrder: 'MDY', mapping: MAPPING_LEDGER },
    layout:
      'iDempiere Accounting Fact Details (report viewer → Export, CSV) of accounts 11100 and 11210: header in row 1 `Organization, Account, Accounting Date, Document No, Table, GL Category, Business Partner, Description, Currency, Source Debit, Source Credit, Accounted Debit, Accounted Credit, Posting Type`, rows in posting order (a back-dated entry sits after later dates), dates `MM/DD/YYYY` (the en_US client default), amounts quoted with thousands separators and `0.00` on the other side, Debit = money in; the invoice, bill, RRR, cheque or batch number is in Description, Document No is the payment or journal number.',
    nonEntryRows: [],
    reference: (r) => r.cells.doc,
    description: (r) => r.cells.desc,
    party: (r) => r.cells.bp || null,
    account: (r) => r.account,
  };
}

export const set = {
  key: 'ng-tajbank-idempiere',
  country: 'NG',
  currency: 'NGN',
  timezone: 'Africa/Lagos',
  bank: 'TAJBank Limited',
  package: 'iDempiere 11 (Accounting Fact Details of accounts 11100 and 11210, report viewer export to CSV)',
  ledgerAccount: BANK,
  build,
  bankFile,
  ledgerFile,
};
