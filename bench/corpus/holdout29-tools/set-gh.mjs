// GH — Nhyiaeso Roofing & Aluminium Ltd, Kumasi: long-span aluminium roofing sheets, gutters and fittings for
// contractors and hardware shops across Ashanti, Bono and Bono East. Atwima Kwanwoma Rural Bank current account,
// statement exported by the branch to CSV; books in Axelor (Accounting → Journal entry lines filtered on the bank
// account 512100, grid export to CSV, semicolon-separated as Axelor writes it).
import { Buffer } from 'node:buffer';
import { Month } from './scenario.mjs';
import { calendar, commas, csvText, dec, fmtDate, part } from './lib.mjs';
import { amounts, booking, pad, serials } from './common.mjs';

const BANK = '512100 - AKRB Current';
const JOURNAL = 'BQAK - AKRB Bank';

const C = (code, name, bank, extra = {}) => ({ code, name, bank, partner: `${code} - ${name}`, ...extra });
const customers = {
  asante: C('C0012', 'Asante Builders & Civil Works Ltd', 'ASANTE BUILDERS & CIVIL WORKS'),
  kejetia: C('C0017', 'Kejetia Hardware Centre', 'KEJETIA HARDWARE CENTRE'),
  bantama: C('C0021', 'Bantama Building Supplies', 'BANTAMA BUILDING SUPPLIES LTD'),
  obuasi: C('C0026', 'Obuasi Estates Developers Ltd', 'OBUASI ESTATES DEVELOPERS'),
  techiman: C('C0031', 'Techiman Roofing Depot', 'TECHIMAN ROOFING DEPOT'),
  sunyani: C('C0034', 'Sunyani Modern Homes Ltd', 'SUNYANI MODERN HOMES'),
  konongo: C('C0038', 'Konongo Hardware Ventures', 'KONONGO HARDWARE VENTURES'),
  ejisu: C('C0042', 'Ejisu Projects Ltd', 'EJISU PROJECTS LIMITED'),
  mampong: C('C0045', 'Mampong Timber & Hardware', 'MAMPONG TIMBER & HARDWARE'),
  boateng: C('C0049', 'Boateng Hardware Enterprise', 'BOATENG HARDWARE ENT', {
    owner: 'KWAME BOATENG',
    wallet: '0244318806',
  }),
  kma: C('C0053', 'Kumasi Metropolitan Assembly', 'KUMASI METRO ASSEMBLY'),
  offinso: C('C0057', 'Offinso Building Materials', 'OFFINSO BUILDING MATERIALS'),
  bekwai: C('C0060', 'Bekwai Construction Works', 'BEKWAI CONSTRUCTION WORKS'),
  nkawie: C('C0064', 'Nkawie Roofing Contractors', 'NKAWIE ROOFING CONTRACTORS'),
  agogo: C('C0068', 'Agogo Hardware Stores', 'AGOGO HARDWARE STORES'),
  kintampo: C('C0071', 'Kintampo Builders Mart', 'KINTAMPO BUILDERS MART'),
  tafo: C('C0075', 'Tafo Aluminium Works', 'TAFO ALUMINIUM WORKS'),
  abuakwa: C('C0079', 'Abuakwa Estates Ltd', 'ABUAKWA ESTATES LTD'),
  suame: C('C0082', 'Suame Metal Works', 'SUAME METAL WORKS'),
  adansi: C('C0086', 'Adansi Developers Ltd', 'ADANSI DEVELOPERS LTD'),
  ahodwo: C('C0090', 'Ahodwo Villas Ltd', 'AHODWO VILLAS LTD'),
  atonsu: C('C0093', 'Atonsu Hardware Mart', 'ATONSU HARDWARE MART'),
};
const suppliers = {
  tema: C('S0004', 'Tema Steel Coils Ltd', 'TEMA STEEL COILS LTD'),
  kaase: C('S0009', 'Kaase Industrial Gases Ltd', 'KAASE INDUSTRIAL GASES'),
  kwadaso: C('S0013', 'Kwadaso Paints & Coatings', 'KWADASO PAINTS & COATINGS'),
  haulage: C('S0016', 'Ashanti Haulage Co', 'ASHANTI HAULAGE CO'),
  fabricators: C('S0019', 'Suame Magazine Fabricators', 'SUAME MAGAZINE FABRICATORS'),
  ecg: C('S0022', 'Electricity Company of Ghana', 'ECG'),
  gra: C('S0025', 'Ghana Revenue Authority', 'GRA'),
  ssnit: C('S0026', 'SSNIT', 'SSNIT'),
  adom: C('S0027', 'Adom Pension Trustees Ltd', 'ADOM PENSION TRUSTEES LTD'),
  darko: C('S0031', 'Yaw Darko (transport)', 'YAW DARKO', { wallet: '0551907423' }),
  mensah: C('S0033', 'Kofi Mensah (fitter)', 'KOFI MENSAH', { wallet: '0208846512' }),
  serwaa: C('S0035', 'Ama Serwaa (canteen)', 'AMA SERWAA', { wallet: '0245571308' }),
};

/** NRA/INV/25/1412 in the payers' writings */
const writeInvoice = (serial, style) =>
  [
    `NRA/INV/25/${serial}`,
    `INV ${serial}`,
    `nra inv ${serial}`,
    `INV-25-${serial}`,
    `NRA INV 25${serial}`,
    `inv${serial}`,
    `Invoice No. ${serial}`,
    `NRA/${serial}`,
    `${serial}`,
  ][style];
const TRAIT_OF_STYLE = [
  'ref-canonical',
  'ref-no-prefix-year',
  'ref-lowercase',
  'ref-dashes',
  'ref-year-serial-joined',
  'ref-lowercase',
  'ref-no-prefix-year',
  'ref-no-year',
  'ref-serial-only',
];

export function build(rng) {
  const cal = calendar(2025, 3, ['2025-03-06', '2025-03-31']);
  const m = new Month({ rng, cal, currency: 'GHS' });
  const A = amounts(rng);
  const B = booking(cal, rng);
  const inv = serials(rng, 1200, 1899);
  const D = cal.days; // 19 working days
  const gipRef = (d) => `${d.slice(2, 4)}${d.slice(5, 7)}${d.slice(8, 10)}${rng.digits(8)}`;
  const momoId = () => `${rng.int(4, 5)}${rng.digits(10)}`;
  // taxes on a sale: NHIL 2.5 %, GETFund 2.5 %, COVID-19 levy 1 %, then VAT 15 % on the price with the levies
  const invoice = (cust, lo = 6000, hi = 90000, step = 100) => {
    const serial = inv.next();
    let out;
    for (;;) {
      const net = Math.floor((lo * 100 + Math.floor(rng.next() * (hi - lo) * 100)) / step) * step;
      const levies = part(net, 6, 100);
      const vat = part(net + levies, 15, 100);
      const gross = net + levies + vat;
      if (!A.used.has(gross)) {
        A.claim(gross);
        out = { cust, serial, no: `NRA/INV/25/${serial}`, net, gross };
        break;
      }
    }
    return out;
  };
  const gipIn = (date, payer, remark, amount, t) =>
    m.line({ date, t, amount, text: `INWARD GIP TRF FROM ${payer} REF ${remark}`.trim(), ref: gipRef(date) });
  const achIn = (date, payer, remark, amount) =>
    m.line({ date, amount, text: `ACH CREDIT ${payer} ${remark}`.trim(), ref: '' });
  const gipOut = (date, payee, remark, amount, t) => {
    const l = m.line({
      date,
      t,
      amount: -amount,
      text: `OUTWARD GIP TRF TO ${payee} REF ${remark}`,
      ref: gipRef(date),
    });
    const fee = amount <= 1000000 ? 500 : amount <= 5000000 ? 1000 : 2000;
    m.bankOnly(m.after(l, { amount: -fee, text: 'GIP TRANSFER CHARGES', ref: '' }), 'charge', ['gip-charge']);
    return l;
  };
  const walletOut = (date, s, remark, amount, t) => {
    const l = m.line({
      date,
      t,
      amount: -amount,
      text: `BANK TO WALLET ${s.wallet} ${s.bank} ${remark}`,
      ref: momoId(),
    });
    m.bankOnly(m.after(l, { amount: -200, text: 'BANK TO WALLET CHARGES', ref: l.ref }), 'charge', [
      'wallet-transfer-charge',
    ]);
    // the levy line names the wallet, which the books may also hold: a small debit sharing a number with a payment
    m.bankOnly(m.after(l, { amount: -part(amount, 1, 100), text: `E-LEVY 1% - ${s.wallet}`, ref: l.ref }, 2), 'levy', [
      'e-levy',
      'quotes-parent-transfer',
    ]);
    return l;
  };
  const row = (date, amount, partner, label, origin, desc) =>
    m.row({ date, amount, account: BANK, cells: { partner: partner?.partner ?? '', label, origin, desc } });
  const rcpt = (date, amount, c, origin, desc = '') => row(date, amount, c, 'Customer payment', origin, desc);
  const pay = (date, amount, s, origin, desc = '', label = 'Supplier payment') =>
    row(date, -amount, s, label, origin, desc);

  // ---- receipts quoting the invoice
  const styles = rng.shuffle([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  const days = rng.shuffle(D.slice(2, 17));
  const refCust = ['asante', 'kejetia', 'bantama', 'obuasi', 'sunyani', 'konongo', 'adansi', 'mampong'];
  const late = new Set(rng.shuffle([0, 1, 2, 3, 4, 5]).slice(0, 2));
  const refLines = [];
  refCust.forEach((k, i) => {
    const c = customers[k];
    const doc = invoice(c);
    const d = days[i];
    const third = k === 'adansi';
    const payer = third ? 'GOLDEN STOOL PROPERTIES LTD' : c.bank;
    const remark = writeInvoice(doc.serial, styles[i]);
    const line = i % 3 === 2 && !third ? achIn(d, payer, remark, doc.gross) : gipIn(d, payer, remark, doc.gross);
    const bd = late.has(i) ? B.after(d, 2, 3) : B.before(d, 0, 2);
    const r = rcpt(bd, doc.gross, c, doc.no, rng.pick(['', 'GIP', 'per remittance advice', 'bank transfer']));
    const traits = [TRAIT_OF_STYLE[styles[i]]];
    if (third) traits.push('third-party-payer');
    if (late.has(i)) traits.push('late-posting');
    m.auto(line, [r], { evidence: 'reference', traits });
    refLines.push({ line, doc });
  });

  // ---- named payers, no reference; one pays the same sum as another customer's invoice
  for (const [k, shared] of [
    ['offinso', null],
    ['bekwai', refLines[1]],
    ['nkawie', null],
  ]) {
    const c = customers[k];
    const amount = shared ? shared.doc.gross : invoice(c).gross;
    const d = rng.pick(D.slice(3, 18));
    const line = gipIn(d, c.bank, rng.pick(['PAYMENT', 'ROOFING SHEETS', 'GOODS']), amount);
    const r = rcpt(B.near(d), amount, c, '', 'Payment received - no invoice quoted');
    const traits = ['name-only'];
    if (shared) {
      traits.push('amount-shared-across-payers');
      shared.line.truth.traits.push('amount-shared-across-payers');
    }
    m.auto(line, [r], { evidence: 'counterparty', traits });
  }

  // ---- the owner of a customer pays from his MoMo wallet
  {
    const c = customers.boateng;
    const doc = invoice(c, 2000, 8000, 10000);
    const d = rng.pick(D.slice(3, 17));
    const line = m.line({
      date: d,
      amount: doc.gross,
      text: `MOMO TO BANK ${c.wallet} ${c.owner} ROOFING`,
      ref: momoId(),
    });
    const r = rcpt(B.before(d, 0, 1), doc.gross, c, doc.no);
    m.suggest(line, [r], { evidence: 'amount', traits: ['payer-written-differently', 'owner-wallet'] });
  }

  // ---- cash paid in at another branch by a customer's storekeeper
  {
    const c = customers.agogo;
    const doc = invoice(c, 3000, 9000, 10000);
    const d = rng.pick(D.slice(4, 17));
    const line = m.line({ date: d, amount: doc.gross, text: 'CASH DEPOSIT BY ABENA - KEJETIA AGENCY', ref: '' });
    const r = rcpt(B.before(d, 0, 1), doc.gross, c, doc.no, 'to pay cash at the bank');
    m.suggest(line, [r], { evidence: 'amount', mustNotAuto: true, traits: ['anonymous', 'cash-deposit'] });
  }

  // ---- one transfer for two invoices, both quoted; Axelor registers one payment per invoice
  {
    const c = customers.kintampo;
    const a = invoice(c, 4000, 30000);
    const b = invoice(c, 4000, 30000);
    A.claim(a.gross + b.gross);
    const d = rng.pick(D.slice(4, 16));
    const line = gipIn(d, c.bank, `INV ${a.serial} & ${b.serial}`, a.gross + b.gross);
    const bd = B.before(d, 0, 1);
    const rows = [rcpt(bd, a.gross, c, a.no), rcpt(bd, b.gross, c, b.no)];
    m.auto(line, rows, { evidence: 'reference', traits: ['split-one-to-many'] });
  }

  // ---- one transfer settling three invoices, no number given; the remittance advice was booked invoice by invoice
  {
    const c = customers.techiman;
    const docs = [invoice(c, 3000, 20000), invoice(c, 3000, 20000), invoice(c, 3000, 20000)];
    const total = docs.reduce((s, x) => s + x.gross, 0);
    A.claim(total);
    const d = rng.pick(D.slice(6, 16));
    const line = gipIn(d, c.bank, 'BALANCE ON ACCOUNT', total);
    const bd = B.before(d, 1, 2);
    const rows = docs.map((x) => rcpt(bd, x.gross, c, x.no, 'remittance advice'));
    m.suggest(line, rows, { evidence: 'counterparty', traits: ['split-one-to-many', 'name-only'] });
  }

  // ---- two instalments quoting one invoice, booked once in full
  {
    const c = customers.tafo;
    const doc = invoice(c, 40000, 90000);
    const first = Math.round((doc.gross * rng.int(40, 60)) / 100 / 100000) * 100000;
    const d1 = rng.pick(D.slice(2, 7));
    const d2 = rng.pick(D.slice(11, 17));
    const l1 = gipIn(d1, c.bank, `PART ${writeInvoice(doc.serial, 0)}`, first);
    const l2 = gipIn(d2, c.bank, `BAL ${writeInvoice(doc.serial, 1)}`, doc.gross - first);
    const r = rcpt(d1, doc.gross, c, doc.no, 'two instalments agreed');
    const g = m.group();
    m.auto(l1, [r], { evidence: 'reference', traits: ['instalment', 'split-many-to-one'], group: g });
    m.auto(l2, [r], { evidence: 'reference', traits: ['instalment', 'split-many-to-one'], group: g });
  }

  // ---- invoice less a credit note (dented sheets returned); books hold the net receipt
  {
    const c = customers.abuakwa;
    const doc = invoice(c, 20000, 60000);
    const cn = A.between(800, 4000, 100);
    const cnNo = `NRA/CN/25/${rng.int(31, 89)}`;
    const net = doc.gross - cn;
    A.claim(net);
    const d = rng.pick(D.slice(3, 17));
    const line = gipIn(d, c.bank, `INV ${doc.serial} LESS CN ${cnNo.split('/').pop()}`, net);
    const r = rcpt(B.before(d, 0, 1), net, c, `${doc.no}, ${cnNo}`, 'net of credit note - dented sheets');
    m.auto(line, [r], { evidence: 'reference', traits: ['invoice-less-credit-note'] });
  }

  // ---- over-payment rounded up to the hundred cedis
  {
    const c = customers.suame;
    const doc = invoice(c, 5000, 20000);
    const paid = Math.ceil(doc.gross / 10000) * 10000 + (doc.gross % 10000 === 0 ? 10000 : 0);
    A.claim(paid);
    const d = rng.pick(D.slice(3, 17));
    const line = gipIn(d, c.bank, writeInvoice(doc.serial, 6), paid);
    const r = rcpt(B.before(d, 0, 1), doc.gross, c, doc.no);
    m.auto(line, [r], { evidence: 'reference', traits: ['over-payment'], difference: paid - doc.gross });
  }

  // ---- the payer's bank took its ACH charge out of the amount sent
  {
    const c = customers.ahodwo;
    const doc = invoice(c, 8000, 30000);
    const paid = doc.gross - 1500;
    A.claim(paid);
    const d = rng.pick(D.slice(3, 17));
    const line = achIn(d, c.bank, `INV ${doc.serial}`, paid);
    const r = rcpt(B.before(d, 0, 1), doc.gross, c, doc.no);
    m.auto(line, [r], { evidence: 'reference', traits: ['payer-deducted-charge'], difference: -1500 });
  }

  // ---- the Assembly withholds 3 % of the price before taxes (supply of goods)
  {
    const c = customers.kma;
    const doc = invoice(c, 30000, 80000);
    const wht = part(doc.net, 3, 100);
    const paid = doc.gross - wht;
    A.claim(paid);
    const d = rng.pick(D.slice(5, 17));
    const line = gipIn(d, c.bank, `PMT ${writeInvoice(doc.serial, 0)} LESS WHT`, paid);
    const r = rcpt(B.before(d, 0, 2), doc.gross, c, doc.no, 'KMA - roofing of Kejetia market stalls');
    m.auto(line, [r], { evidence: 'reference', traits: ['short-withholding-tax-3pct'], difference: -wht });
  }

  // ---- part payment quoting the invoice, books hold the whole invoice
  {
    const c = customers.atonsu;
    const doc = invoice(c, 15000, 40000);
    const paid = Math.round((doc.gross * rng.int(40, 65)) / 100 / 100000) * 100000;
    A.claim(paid);
    const d = rng.pick(D.slice(4, 17));
    const line = gipIn(d, c.bank, `PART PAYMENT ${writeInvoice(doc.serial, 2)}`, paid);
    const r = rcpt(B.before(d, 0, 1), doc.gross, c, doc.no);
    m.suggest(line, [r], { evidence: 'reference', traits: ['part-payment'] });
  }

  // ---- a mistyped invoice number (a digit dropped) that is no document
  {
    const c = customers.ejisu;
    let doc;
    let typo;
    for (;;) {
      doc = invoice(c, 5000, 25000);
      const s = String(doc.serial);
      typo = `${s.slice(0, 2)}${s.slice(3)}`;
      if (!inv.has(Number(typo)) && Number(typo) >= 100) break;
    }
    const d = rng.pick(D.slice(4, 17));
    const line = gipIn(d, c.bank, `INV ${typo}`, doc.gross);
    const r = rcpt(B.before(d, 0, 1), doc.gross, c, doc.no);
    m.suggest(line, [r], { evidence: 'counterparty', traits: ['mistyped-reference'] });
  }

  // ---- two sites of one contractor, equal invoices paid the same day, each quoting its own
  {
    const c = customers.asante;
    const a = invoice(c, 10000, 25000);
    const serial = inv.next();
    const b = { ...a, serial, no: `NRA/INV/25/${serial}` };
    const d = rng.pick(D.slice(5, 16));
    const l1 = gipIn(d, c.bank, `SITE ATONSU ${writeInvoice(a.serial, 1)}`, a.gross);
    const l2 = gipIn(d, c.bank, `SITE EJISU ${writeInvoice(b.serial, 1)}`, b.gross, l1.t + 2);
    const bd = B.before(d, 0, 1);
    m.auto(l1, [rcpt(bd, a.gross, c, a.no, 'Atonsu site')], {
      evidence: 'reference',
      traits: ['same-amount-own-reference'],
    });
    m.auto(l2, [rcpt(bd, b.gross, c, b.no, 'Ejisu site')], {
      evidence: 'reference',
      traits: ['same-amount-own-reference'],
    });
  }

  // ---- two customers pay the same sum on the same day, each under its own name
  {
    const amount = A.between(8000, 20000, 10000);
    const d = rng.pick(D.slice(6, 17));
    for (const k of ['kejetia', 'mampong']) {
      const c = customers[k];
      const line = gipIn(d, c.bank, 'ROOFING SHEETS', amount);
      m.auto(line, [rcpt(B.near(d), amount, c, '', 'GIP received')], {
        evidence: 'counterparty',
        traits: ['name-only', 'same-amount-different-payers'],
      });
    }
  }

  // ---- a tie: two equal receipts of one customer in the books, one payment by name
  {
    const c = customers.bantama;
    const amount = A.between(6000, 15000, 500);
    const d = rng.pick(D.slice(9, 17));
    const r1 = rcpt(B.before(d, 3, 5), amount, c, '', 'remittance advice - delivery 1');
    const r2 = rcpt(B.before(d, 0, 2), amount, c, '', 'remittance advice - delivery 2');
    const line = gipIn(d, c.bank, 'DELIVERY', amount);
    m.suggest(line, null, { evidence: 'counterparty', mustNotAuto: true, anyOf: [[r1], [r2]], traits: ['tie'] });
  }

  // ---- settlements: ExpressPay payout with id (gross booked), MTN MoMoPay with gross and fee booked, card POS without id
  {
    const d = rng.pick(D.slice(3, 10));
    const gross = A.between(4000, 15000, 1);
    const fee = part(gross, 195, 10000);
    const id = `XP${rng.digits(10)}`;
    const line = m.line({ date: d, amount: gross - fee, text: `EXPRESSPAY SETTLEMENT ${id}`, ref: id });
    const r = row(cal.shift(d, -1), gross, null, 'Misc. operation', id, 'ExpressPay online sales');
    m.auto(line, [r], {
      evidence: 'reference',
      traits: ['settlement', 'payout-id', 'short-net-of-fee'],
      difference: -fee,
    });
  }
  {
    const d = rng.pick(D.slice(8, 16));
    const gross = A.between(3000, 9000, 1);
    const fee = part(gross, 1, 100);
    const id = rng.digits(11);
    const line = m.line({ date: d, amount: gross - fee, text: `MTN MOMOPAY MERCHANT SETTLEMENT BATCH ${id}`, ref: '' });
    const bd = cal.shift(d, -1);
    const r1 = row(bd, gross, null, 'Misc. operation', `MOMOPAY ${id}`, 'MoMoPay sales');
    const r2 = row(bd, -fee, null, 'Misc. operation', `MOMOPAY ${id}`, 'MoMoPay merchant fee');
    m.auto(line, [r1, r2], { evidence: 'reference', traits: ['settlement', 'payout-id', 'gross-and-fee-booked'] });
  }
  {
    const d = rng.pick(D.slice(10, 18));
    const gross = A.between(2500, 8000, 1);
    const fee = part(gross, 15, 1000);
    const line = m.line({ date: d, amount: gross - fee, text: 'VISA/MC POS SETTLEMENT - NHYIAESO SHOWROOM', ref: '' });
    const r = row(cal.shift(d, -1), gross, null, 'Misc. operation', '', 'Card sales - showroom terminal');
    m.suggest(line, [r], { evidence: 'amount', traits: ['settlement', 'pos-settlement', 'short-net-of-fee'] });
  }

  // ---- a supplier refunds under its credit note; a customer's cheque deposited
  {
    const s = suppliers.kwadaso;
    const amount = A.between(600, 3000, 100);
    const cn = `KPC-CN-${rng.int(1040, 1099)}`;
    const d = rng.pick(D.slice(6, 17));
    const line = gipIn(d, s.bank, `REFUND ${cn}`, amount);
    const r = row(cal.shift(d, 1), amount, s, 'Supplier refund', cn, 'overcharge on primer');
    m.auto(line, [r], { evidence: 'reference', traits: ['supplier-refund', 'late-posting'] });
  }
  {
    const c = customers.konongo;
    const doc = invoice(c, 8000, 30000);
    const chq = `00${rng.int(3000, 9999)}${rng.digits(2)}`;
    const d = rng.pick(D.slice(3, 15));
    const line = m.line({
      date: d,
      amount: doc.gross,
      text: `CHQ DEPOSIT ${chq} KONONGO HARDWARE VENTURES`,
      ref: chq,
    });
    const fee = m.after(line, { amount: -500, text: 'CLEARING CHARGES', ref: '' });
    m.bankOnly(fee, 'charge', ['clearing-charge']);
    const r = rcpt(cal.shift(d, -1), doc.gross, c, doc.no, `cheque ${chq}`);
    m.auto(line, [r], { evidence: 'reference', traits: ['cheque-number'] });
  }

  // ---- receipts nobody booked
  m.none(gipIn(rng.pick(D.slice(4, 18)), 'EMMANUEL OSEI-BONSU', 'SUPPORT', A.between(1500, 4000, 5000)), [
    'unknown-receipt',
  ]);
  m.none(
    m.line({
      date: rng.pick(D.slice(4, 18)),
      amount: A.between(500, 1500, 1000),
      text: `MOMO TO BANK 0557734121 GIFTY ANTWI`,
      ref: momoId(),
    }),
    ['unknown-receipt'],
  );

  // ---- supplier payments quoting the bill, by GIP
  const bills = {
    tema: () => `TSC/25/${rng.int(3100, 3999)}`,
    kaase: () => `KIG-INV-${rng.int(5100, 5999)}`,
    kwadaso: () => `KPC ${rng.int(6100, 6999)}`,
  };
  for (const k of ['tema', 'kaase', 'kwadaso']) {
    const s = suppliers[k];
    const bill = bills[k]();
    const amount = k === 'tema' ? A.between(180000, 320000, 100) : A.between(3000, 20000, 100);
    const d = rng.pick(D.slice(k === 'tema' ? 0 : 2, 18));
    const line = gipOut(d, s.bank, bill, amount);
    m.auto(line, [pay(B.before(d, 0, 1), amount, s, bill)], {
      evidence: 'reference',
      traits: ['supplier-payment', 'bill-reference'],
    });
  }
  // ---- by name only
  for (const k of ['haulage', 'fabricators']) {
    const s = suppliers[k];
    const amount = A.between(4000, 18000, 100);
    const d = rng.pick(D.slice(0, 18));
    const line = gipOut(d, s.bank, k === 'haulage' ? 'TRANSPORT' : 'WORKS', amount);
    m.auto(line, [pay(d, amount, s, '', k === 'haulage' ? 'delivery trips' : 'fabrication of gutters')], {
      evidence: 'counterparty',
      traits: ['supplier-payment', 'name-only'],
    });
  }
  // ---- two equal transfers to the hauler on one day, both quoting one waybill
  {
    const s = suppliers.haulage;
    const wb = `WB ${rng.int(7100, 7999)}`;
    const amount = A.between(2500, 6000, 10000);
    const d = rng.pick(D.slice(8, 17));
    const l1 = gipOut(d, s.bank, wb, amount);
    const l2 = gipOut(d, s.bank, wb, amount, l1.t + 15);
    const r1 = pay(d, amount, s, wb, 'truck 1');
    const r2 = pay(d, amount, s, wb, 'truck 2');
    for (const l of [l1, l2]) m.autoAnyOf(l, [[r1], [r2]], { evidence: 'reference', traits: ['twins'] });
  }
  // ---- small suppliers paid to their MoMo wallets; the books note the wallet number
  {
    const s = suppliers.mensah;
    const amount = A.between(800, 2500, 100);
    const d = rng.pick(D.slice(3, 17));
    const line = walletOut(d, s, 'FITTING WORKS', amount);
    m.auto(line, [pay(d, amount, s, '', `wallet ${s.wallet} - fitting works`)], {
      evidence: 'reference',
      traits: ['supplier-payment', 'wallet-number'],
    });
  }
  // ---- a wallet transfer to a wrong number, reversed with its fee and levy, sent again to the right one
  {
    const s = suppliers.darko;
    const amount = A.between(1500, 4000, 100);
    const d = rng.pick(D.slice(4, 12));
    const t = rng.int(600, 700);
    const wrong = { ...s, wallet: '0551970423' };
    const fail = walletOut(d, wrong, 'TRANSPORT', amount, t);
    const [failFee, failLevy] = m.lines.slice(-2);
    failFee.truth = null;
    failLevy.truth = null;
    const rt = t + 90;
    const rev = m.line({
      date: d,
      t: rt,
      amount,
      text: `REVERSAL BANK TO WALLET ${wrong.wallet} - INVALID WALLET`,
      ref: fail.ref,
    });
    const revFee = m.after(rev, { amount: 200, text: 'REVERSAL BANK TO WALLET CHARGES', ref: fail.ref });
    const revLevy = m.after(
      rev,
      { amount: -failLevy.amount, text: `REVERSAL E-LEVY - ${wrong.wallet}`, ref: fail.ref },
      2,
    );
    m.reversal(fail, rev, ['failed-transfer'], ['reversal']);
    m.reversal(failFee, revFee, ['failed-transfer', 'wallet-transfer-charge'], ['reversal', 'wallet-transfer-charge']);
    m.reversal(failLevy, revLevy, ['failed-transfer', 'e-levy', 'quotes-parent-transfer'], ['reversal', 'e-levy']);
    const resent = walletOut(cal.shift(d, 1), s, 'TRANSPORT', amount);
    m.auto(resent, [pay(d, amount, s, '', 'transport - Techiman deliveries')], {
      evidence: 'counterparty',
      traits: ['resent-after-failure', 'supplier-payment'],
    });
  }
  // ---- our cheques presented
  let nextChq = 400117;
  const chqs = [];
  for (const k of ['tema', 'kaase']) {
    const s = suppliers[k];
    const chq = String(nextChq++).padStart(8, '0');
    const amount = k === 'tema' ? A.between(90000, 150000, 100) : A.between(5000, 25000, 100);
    const d = rng.pick(D.slice(6, 18));
    const line = m.line({ date: d, amount: -amount, text: `INWARD CLEARING CHQ ${chq}`, ref: chq });
    m.auto(line, [pay(cal.shift(d, -rng.int(3, 5)), amount, s, `CHQ ${chq}`)], {
      evidence: 'reference',
      traits: ['cheque-number', 'cheque-presented'],
    });
    chqs.push(chq);
  }
  // ---- ECG postpaid bill quoting the account number
  {
    const acct = `${rng.int(1, 9)}${rng.digits(9)}`;
    const amount = A.between(6000, 14000, 1);
    const d = rng.pick(D.slice(6, 17));
    const line = gipOut(d, 'ECG', `ACC ${acct}`, amount);
    m.auto(line, [pay(d, amount, suppliers.ecg, `ACC ${acct}`, 'electricity February')], {
      evidence: 'reference',
      traits: ['utility', 'account-number'],
    });
  }
  // ---- payroll, SSNIT, tier-2 pension, GRA (PAYE and VAT) with their PRNs
  {
    const n = rng.int(24, 31);
    const amount = A.between(70000, 110000, 100);
    const d = cal.wd(-3);
    const line = m.line({ date: d, amount: -amount, text: `SALARY UPLOAD MARCH 2025 (${n} STAFF)`, ref: '' });
    const fee = m.after(line, { amount: -n * 150, text: `SALARY UPLOAD CHARGES (${n} X 1.50)`, ref: '' });
    m.bankOnly(fee, 'charge', ['bulk-payment-charge']);
    m.auto(line, [row(cal.shift(d, -1), -amount, null, 'Misc. operation', '', 'Net salaries March 2025')], {
      evidence: 'amount',
      traits: ['payroll'],
    });
  }
  {
    const erNo = `${rng.int(1, 9)}${rng.digits(9)}`;
    const ss = A.between(12000, 20000, 1);
    const d = rng.pick(D.slice(7, 11));
    const line = m.line({ date: d, amount: -ss, text: `SSNIT CONTRIBUTION FEB 2025 ER ${erNo}`, ref: '' });
    m.auto(line, [pay(d, ss, suppliers.ssnit, `ER ${erNo}`, 'tier 1 February 2025', 'Misc. operation')], {
      evidence: 'reference',
      traits: ['statutory', 'ssnit'],
    });
    const t2 = A.between(3000, 6000, 1);
    const d2 = rng.pick(D.slice(7, 11));
    const sched = `T2-${rng.int(2100, 2999)}`;
    const l2 = gipOut(d2, suppliers.adom.bank, `TIER 2 FEB 2025 ${sched}`, t2);
    m.auto(l2, [pay(d2, t2, suppliers.adom, sched, 'tier 2 February 2025', 'Misc. operation')], {
      evidence: 'reference',
      traits: ['statutory', 'pension'],
    });
    const prn = () => `${rng.int(1, 9)}${rng.digits(10)}`;
    for (const [what, lo, hi] of [
      ['PAYE FEB 2025', 9000, 16000],
      ['VAT/NHIL/GETFL/COVID FEB 2025', 25000, 60000],
    ]) {
      const p = prn();
      const amount = A.between(lo, hi, 1);
      const dd = rng.pick(D.slice(9, 12));
      const l = m.line({ date: dd, amount: -amount, text: `GRA TAX PAYMENT ${what} PRN ${p}`, ref: p });
      m.auto(l, [pay(dd, amount, suppliers.gra, `PRN ${p}`, what, 'Misc. operation')], {
        evidence: 'reference',
        traits: ['statutory', what.startsWith('PAYE') ? 'paye' : 'vat-return'],
      });
    }
  }
  // ---- our own MoMo merchant wallet swept into the bank (no E-levy between one's own accounts)
  {
    const amount = A.between(2000, 6000, 1);
    const d = rng.pick(D.slice(10, 17));
    const line = m.line({
      date: d,
      amount,
      text: 'MOMO TO BANK 0596110482 NHYIAESO ROOFING MERCHANT SWEEP',
      ref: momoId(),
    });
    m.auto(line, [row(d, amount, null, 'Bank transfer', '', 'Sweep from MoMo merchant wallet 0596110482')], {
      evidence: 'reference',
      traits: ['own-account-transfer', 'wallet-number'],
    });
  }
  // ---- surplus cash put into a 91-day Treasury bill through the bank (the CSD reference in both)
  {
    const csd = `${rng.int(1, 9)}${rng.digits(7)}`;
    const amount = A.between(300000, 500000, 1000000);
    const d = rng.pick(D.slice(11, 16));
    const line = m.line({ date: d, amount: -amount, text: `T-BILL INVESTMENT 91 DAYS CSD REF ${csd}`, ref: csd });
    m.auto(line, [row(d, -amount, null, 'Bank transfer', `CSD ${csd}`, '91-day Treasury bill')], {
      evidence: 'reference',
      traits: ['own-account-transfer', 'investment'],
    });
  }
  // ---- refund to a customer, and a card purchase nobody booked
  {
    const c = customers.obuasi;
    const amount = A.between(700, 2500, 100);
    const cn = `NRA/CN/25/${rng.int(90, 99)}`;
    const d = rng.pick(D.slice(8, 18));
    const line = gipOut(d, c.bank, `REFUND CN ${cn.split('/').pop()}`, amount);
    m.auto(line, [pay(d, amount, c, cn, 'refund - short delivery', 'Customer refund')], {
      evidence: 'counterparty',
      traits: ['customer-refund'],
    });
  }
  {
    const d = rng.pick(D.slice(5, 18));
    const line = m.line({
      date: d,
      amount: -A.between(150, 600, 1),
      text: 'POS PURCHASE - MELCOM KUMASI ADUM',
      ref: '',
    });
    m.none(line, ['unrecorded-card-purchase']);
  }
  // ---- book rows with no bank line
  {
    const chq = String(nextChq).padStart(8, '0');
    m.ledgerOnly(
      pay(cal.wd(-3), A.between(4000, 12000, 100), suppliers.kwadaso, `CHQ ${chq}`),
      'cheque not yet presented',
    );
    m.ledgerOnly(
      pay(cal.wd(-1), A.between(6000, 15000, 100), suppliers.fabricators, '', 'GIP authorised 28/03, paid in April'),
      'transfer authorised on the last working day, leaves the account after the month',
    );
    m.ledgerOnly(
      rcpt(cal.wd(-1), A.between(5000, 15000, 100), customers.offinso, '', 'cheque lodged 28/03'),
      'cheque lodged on the last working day, not yet cleared',
    );
  }

  // ---- the bank's month-end lines
  const last = cal.wd(-1);
  const fees = [
    ['MONTHLY A/C MAINTENANCE FEE - MAR 2025', -3000, 'charge', 'account-maintenance'],
    ['SMS ALERT CHARGES - MAR 2025', -(m.lines.length + 2) * 20, 'charge', 'sms-alerts'],
  ];
  fees.forEach(([text, amount, kind, trait], i) =>
    m.bankOnly(m.line({ date: last, t: 1440 + i, amount, text, ref: '' }), kind, [trait]),
  );

  return {
    month: m,
    bankBase: A.between(250000, 400000, 100000),
    bookOpeningDelta: 0,
    notes: [
      "March 2025, before the E-levy was repealed: transfers from the bank account to mobile-money wallets carry the 1 % E-levy and a transfer charge; a sweep from the company's own merchant wallet carries neither.",
      'Sales invoices carry NHIL 2.5 %, GETFund 2.5 % and the COVID-19 levy 1 %, then VAT 15 % on the price with the levies.',
      'The wallet transfer to a wrong number is reversed the same day with its charge and its E-levy (three reversal pairs) and sent again the next working day; the books hold the payment once.',
      'Axelor writes one payment row per invoice when a payment is registered from the invoices, so one transfer for several invoices is several book rows.',
    ],
  };
}

// ------------------------------------------------------------------------------------------------ layouts

export function bankFile(ordered, { opening, closing }) {
  const file = 'akrb-2011100455210-mar2025.csv';
  const out = [
    ['ATWIMA KWANWOMA RURAL BANK PLC'],
    ['CUSTOMER ACCOUNT STATEMENT'],
    ['Account Number:', '2011100455210'],
    ['Account Name:', 'NHYIAESO ROOFING & ALUMINIUM LTD'],
    ['Branch:', 'KUMASI - ADUM'],
    ['Currency:', 'GHS'],
    ['Period:', '01-Mar-2025 to 31-Mar-2025'],
    [],
    ['Date', 'Transaction Details', 'Instrument No', 'Withdrawals', 'Deposits', 'Balance', 'Branch'],
    ['', 'Opening Balance', '', '', '', commas(opening), ''],
  ];
  const headerRow = 9;
  const rowOf = new Map();
  let w = 0;
  let dpt = 0;
  for (const l of ordered) {
    const branch = /^CASH DEPOSIT/.test(l.text)
      ? 'KEJETIA AGENCY'
      : /CHARGES|FEE|E-LEVY|SMS/.test(l.text)
        ? 'HEAD OFFICE'
        : 'ADUM';
    out.push([
      fmtDate.dMonDash(l.date),
      l.text,
      l.ref,
      l.amount < 0 ? commas(l.amount) : '',
      l.amount > 0 ? commas(l.amount) : '',
      commas(l.balance),
      branch,
    ]);
    rowOf.set(l, out.length);
    if (l.amount < 0) w -= l.amount;
    else dpt += l.amount;
  }
  out.push(['', 'Closing Balance', '', commas(w), commas(dpt), commas(closing), '']);
  return {
    file,
    bytes: Buffer.from(csvText(out), 'utf8'),
    rowOf,
    headerRow,
    readOptions: {
      currency: 'GHS',
      mapping: {
        date: 'Date',
        description: 'Transaction Details',
        reference: 'Instrument No',
        moneyOut: 'Withdrawals',
        moneyIn: 'Deposits',
        balance: 'Balance',
      },
    },
    order: 'oldest-first',
    layout:
      'Atwima Kwanwoma Rural Bank branch statement, CSV: seven label/value preamble rows and a blank row, header in row 9 `Date, Transaction Details, Instrument No, Withdrawals, Deposits, Balance, Branch`, an undated `Opening Balance` row right under the header and an undated `Closing Balance` row at the end carrying the withdrawal and deposit totals, dates `03-Mar-2025`, amounts quoted with thousands separators, the other side empty, the posting branch last; the instrument number holds the cheque number, the GhIPSS reference, the MoMo transaction id or the GRA PRN.',
    nonEntryRows: [
      { row: headerRow + 1, why: 'Opening Balance, undated' },
      { row: out.length, why: 'Closing Balance with the withdrawal and deposit totals, undated' },
    ],
    text: (l) => l.text,
    reference: (l) => l.ref,
    counterparty: () => null,
  };
}

export function ledgerFile(rows) {
  const file = 'axelor-move-lines-512100-mar2025.csv';
  const ordered = rows
    .map((r, i) => [r, i])
    .sort(([a, i], [b, j]) => (a.date < b.date ? -1 : a.date > b.date ? 1 : i - j))
    .map(([r]) => r);
  const out = [
    [
      'Move',
      'Date',
      'Journal',
      'Account',
      'Partner',
      'Label',
      'Origin',
      'Description',
      'Debit',
      'Credit',
      'Reconcile group',
    ],
  ];
  const rowOf = new Map();
  let seq = 0;
  for (const r of ordered) {
    seq += 1;
    out.push([
      `BQAK/2025/03/${pad(seq, 4)}`,
      fmtDate.dmy(r.date),
      JOURNAL,
      r.account,
      r.cells.partner,
      r.cells.label,
      r.cells.origin,
      r.cells.desc,
      r.amount > 0 ? dec(r.amount) : '0.00',
      r.amount < 0 ? dec(-r.amount) : '0.00',
      '',
    ]);
    rowOf.set(r, out.length);
  }
  return {
    file,
    bytes: Buffer.from(csvText(out, { delim: ';', bom: true }), 'utf8'),
    rowOf,
    headerRow: 1,
    readOptions: {
      currency: 'GHS',
      dateOrder: 'DMY',
      mapping: {
        date: 'Date',
        reference: 'Origin',
        party: 'Partner',
        description: ['Label', 'Description'],
        account: 'Account',
        moneyIn: 'Debit',
        moneyOut: 'Credit',
      },
    },
    layout:
      "Axelor journal entry lines of account 512100 (grid export), CSV with a UTF-8 BOM, **semicolon-separated**: header in row 1 `Move, Date, Journal, Account, Partner, Label, Origin, Description, Debit, Credit, Reconcile group`, dates `DD/MM/YYYY`, plain decimals with `0.00` on the other side, Debit = money in; the partner written `<code> - <name>`, the invoice, bill, cheque, PRN or payout id in Origin, the bookkeeper's words in Description.",
    nonEntryRows: [],
    reference: (r) => r.cells.origin,
    description: (r) => [r.cells.label, r.cells.desc].filter(Boolean).join(' — '),
    party: (r) => r.cells.partner || null,
    account: (r) => r.account,
  };
}

export const set = {
  key: 'gh-akrb-axelor',
  country: 'GH',
  currency: 'GHS',
  timezone: 'Africa/Accra',
  bank: 'Atwima Kwanwoma Rural Bank PLC',
  package: 'Axelor Open Suite 8 (Accounting → Journal entry lines of account 512100, grid export to CSV)',
  ledgerAccount: BANK,
  build,
  bankFile,
  ledgerFile,
};
