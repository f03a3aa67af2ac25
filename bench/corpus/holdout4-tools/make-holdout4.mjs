// Seeded generator of the blind holdout4 corpus (bench/corpus/holdout4/**).
// Same seed → same bytes. Seed: env BANKFEED_CORPUS_SEED, default below.
// Written from the public file layouts of the banks and accounting packages and the corpus README only.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from 'xlsx';
import * as prettier from 'prettier';

const HERE = dirname(fileURLToPath(import.meta.url));
/** JSON as `npx prettier --write` leaves it, so the committed files are the generator's bytes */
const jsonFiles = [];
const writeJson = (path, value) => jsonFiles.push([path, JSON.stringify(value, null, 2) + '\n']);
const OUT = join(HERE, '..', 'holdout4');
const DEFAULT_SEED = 20261203;
const SEED = Number(process.env.BANKFEED_CORPUS_SEED ?? DEFAULT_SEED);
console.log(`holdout4 seed ${SEED}`);

// ---------- seeded random ----------
function mulberry32(a) {
  return function () {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
let rnd = mulberry32(SEED);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const chance = (p) => rnd() < p;
/** random amount in minor units between a and b major, rounded to `step` major */
const amt = (a, b, step = 1) => Math.round((a + rnd() * (b - a)) / step) * step * 100;
const digits = (n) => Array.from({ length: n }, () => ri(0, 9)).join('');
const alnum = (n) => Array.from({ length: n }, () => 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'[ri(0, 33)]).join('');

// ---------- money & dates ----------
const dec = (minor) => {
  const s = minor < 0 ? '-' : '';
  const m = Math.abs(minor);
  return `${s}${Math.floor(m / 100)}.${String(m % 100).padStart(2, '0')}`;
};
const grouped = (minor) => {
  const d = dec(Math.abs(minor));
  const [i, f] = d.split('.');
  return `${minor < 0 ? '-' : ''}${i.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${f}`;
};
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n) => String(n).padStart(2, '0');
const iso = (y, m, d) => `${y}-${p2(m)}-${p2(d)}`;
const dow = (y, m, d) => new Date(Date.UTC(y, m - 1, d)).getUTCDay();

// ---------- a set under construction ----------
function newSet(cfg) {
  const S = {
    ...cfg,
    bank: [],
    ledger: [],
    groups: 0,
    daysInMonth: new Date(Date.UTC(cfg.year, cfg.month, 0)).getUTCDate(),
  };
  S.iso = (d) => iso(cfg.year, cfg.month, d);
  S.weekday = (d) => {
    let x = Math.min(Math.max(d, 1), S.daysInMonth);
    const we = (y) => dow(cfg.year, cfg.month, y) === 0 || dow(cfg.year, cfg.month, y) === 6;
    let f = x;
    while (f <= S.daysInMonth && we(f)) f++;
    if (f <= S.daysInMonth) return f;
    while (we(x)) x--;
    return x;
  };
  S.clampDay = (d) => Math.min(Math.max(d, 1), S.daysInMonth);
  S.randDay = (from = 1, to = S.daysInMonth) => S.weekday(ri(from, to));
  let seq = 0;
  /** ledger row of the bank account (or another account: other=true) */
  S.led = (row) => {
    const r = { seq: seq++, other: false, ...row };
    S.ledger.push(r);
    return r;
  };
  /** bank line; o: {day, amount, text, ref?, fee?, expect, ledger?, evidence?, traits?, kind?, grp?} */
  S.line = (o) => {
    const l = { seq: seq++, traits: [], ledger: [], expect: 'match', ...o };
    l.text = S.clip(l.text).trimEnd();
    if (l.expect === 'match' && !l.grp) l.grp = `g${String(++S.groups).padStart(3, '0')}`;
    if (l.expect === 'match' && l.evidenceRef && !l.text.toUpperCase().includes(l.evidenceRef.toUpperCase())) {
      // the reference was cut off by the bank's narration width
      l.evidence =
        l.evidenceName && l.text.toUpperCase().includes(l.evidenceName.toUpperCase()) ? 'counterparty' : 'amount';
      l.traits.push('ref-truncated');
    }
    S.bank.push(l);
    return l;
  };
  S.group = () => `g${String(++S.groups).padStart(3, '0')}`;
  S.charge = (day, minor, text, kind) =>
    S.line({ day, amount: -Math.abs(minor), text, expect: 'bank-only', kind, evidence: null });
  return S;
}

/** writings of a document number. canon: {prefix, serial(string, padded), sep} */
function refWritings(prefix, serial, sep) {
  const n = String(Number(serial));
  return [
    { t: `${prefix}${sep}${serial}`, trait: 'ref-canonical' },
    { t: `${prefix}${sep}${serial}`.toLowerCase(), trait: 'ref-lowercase' },
    { t: `${prefix}/${serial}`, trait: 'ref-slashes' },
    { t: `${prefix} ${serial}`, trait: 'ref-spaces' },
    { t: `${prefix}${sep}${n}`, trait: 'ref-no-padding' },
    { t: `${prefix}${n}`, trait: 'ref-joined' },
    { t: n, trait: 'ref-serial-only' },
  ];
}
const writeRef = (prefix, serial, sep, allowed) => {
  const all = refWritings(prefix, serial, sep);
  const pool = allowed ? all.filter((w) => allowed.includes(w.trait)) : all;
  return pick(pool);
};

// =====================================================================================
// Set 1 — Nigeria: Access Bank XLSX statement vs Zoho Books "Account Transactions" CSV
// =====================================================================================
function setNigeria() {
  const S = newSet({
    set: 'ng-access-zoho',
    country: 'NG',
    currency: 'NGN',
    timezone: 'Africa/Lagos',
    year: 2025,
    month: 6,
    width: 80,
  });
  S.clip = (t) => t.toUpperCase().slice(0, 80);
  const ACC = 'Access Bank Current - 0712';
  const customers = [
    'Adebayo Stores Ltd',
    'Chukwuma Ventures',
    'Balogun Foods Nigeria Ltd',
    'Okafor & Sons Enterprises',
    'Ibadan Mega Mart',
    'Sunshine Pharmacy Ltd',
    'Lekki Gardens Supermarket',
    'Tolu Bakare Catering Services',
    'Mainland Hotels Ltd',
    'Eko Bottlers Ltd',
    'Kano Agro Traders',
    'Zainab Abubakar',
    'Grace Effiong',
    'Abuja Fresh Foods Ltd',
    'Onitsha Main Market Depot',
  ];
  const suppliers = [
    ['Dangote Flour Mills Plc', 'DFM'],
    ['Nestle Nigeria Plc', 'NNP'],
    ['Ikeja Electric Plc', 'IE'],
    ['Lagos Logistics Ltd', 'LL'],
    ['Fidelity Packaging Ltd', 'FP'],
    ['GIG Logistics', 'GIG'],
    ['TotalEnergies Marketing Nig', 'TE'],
    ['Primus Security Services', 'PSS'],
    ['Cway Water Ltd', 'CW'],
  ];
  let inv = 1180;
  let pmt = 312;
  let vpmt = 141;
  const nipSession = (day) => `000014${String(S.year).slice(2)}${p2(S.month)}${p2(day)}${digits(6)}${digits(12)}`;
  const zrow = (day, amount, details, type, txn, ref) =>
    S.led({ day, amount, account: ACC, details, type, txn, ref: ref ?? '' });
  const emtl = (day, receipt) => {
    if (receipt >= 1000000) S.charge(day, 5000, 'ELECTRONIC MONEY TRANSFER LEVY', 'levy');
  };
  const nipCharges = (day, minor) => {
    const fee = Math.abs(minor) <= 500000 ? 1000 : Math.abs(minor) <= 5000000 ? 2500 : 5000;
    S.charge(day, fee, 'COMMISSION ON NIP TRANSFER', 'charge');
    S.charge(day, Math.round(fee * 0.075), 'VAT ON NIP TRANSFER COMMISSION', 'fee-vat');
  };
  const receiptText = (name, memo, day) =>
    pick([
      () => `NIP FRM ${name}/${memo}/${nipSession(day)}`,
      () => `TRF FRM ${name} TO KOLA AND ADE DISTRIBUTION LTD ${memo}`,
      () => `MOB TRF FRM ${name}-${memo}`,
    ])();

  // customer receipts
  const kinds = [
    ...Array(14).fill('ref'),
    ...Array(3).fill('ref-not-in-books'),
    ...Array(8).fill('name'),
    ...Array(4).fill('amount'),
    'over',
    'wht',
    'wht',
    'split',
    'credit-note',
    'late',
    'late',
  ];
  for (const k of kinds) {
    const day = S.randDay(2, 28);
    const name = pick(customers);
    const serial = String(++inv).padStart(6, '0');
    const canon = `INV-${serial}`;
    let due = amt(45000, 2800000, 50);
    const w = writeRef('INV', serial, '-', [
      'ref-canonical',
      'ref-slashes',
      'ref-spaces',
      'ref-no-padding',
      'ref-joined',
      'ref-serial-only',
    ]);
    const session = nipSession(day);
    if (k === 'ref') {
      const ld = chance(0.3) ? S.clampDay(day + ri(0, 1)) : day;
      const L = zrow(ld, due, name, 'Customer Payment', String(++pmt), canon);
      S.line({
        day,
        amount: due,
        text: receiptText(name, w.t, day),
        ledger: [L],
        evidence: 'reference',
        evidenceRef: w.t,
        evidenceName: name.toUpperCase(),
        traits: [w.trait],
      });
    } else if (k === 'ref-not-in-books') {
      const L = zrow(day, due, name, 'Customer Payment', String(++pmt), '');
      S.line({
        day,
        amount: due,
        text: receiptText(name, w.t, day),
        ledger: [L],
        evidence: 'counterparty',
        traits: ['ref-not-in-books'],
      });
    } else if (k === 'name') {
      const L = zrow(day, due, name, 'Customer Payment', String(++pmt), chance(0.5) ? session.slice(0, 30) : '');
      const hasSession = L.ref !== '';
      S.line({
        day,
        amount: due,
        text: hasSession ? `NIP FRM ${name}/PAYMENT/${session}` : `TRF FRM ${name}`,
        ledger: [L],
        evidence: hasSession ? 'reference' : 'counterparty',
        traits: hasSession ? ['nip-session-id'] : ['name-only'],
      });
    } else if (k === 'amount') {
      const L = zrow(day, due, name, 'Customer Payment', String(++pmt), '');
      S.line({
        day,
        amount: due,
        text: `NIP FRM 0${digits(9)}/TRANSFER/${session}`,
        ledger: [L],
        evidence: 'amount',
        traits: ['amount-only'],
      });
    } else if (k === 'over') {
      const extra = amt(500, 5000, 50);
      const L = zrow(day, due, name, 'Customer Payment', String(++pmt), canon);
      S.line({
        day,
        amount: due + extra,
        text: receiptText(name, w.t, day),
        ledger: [L],
        evidence: 'reference',
        evidenceRef: w.t,
        traits: [w.trait, 'over-payment'],
      });
    } else if (k === 'wht') {
      due = amt(400000, 2500000, 1000);
      const net = due - Math.round(due * 0.05);
      // Zoho: payment recorded for the invoice total with the WHT as "tax deducted" (bank row = amount received)
      const L = zrow(day, net, name, 'Customer Payment', String(++pmt), canon);
      S.line({
        day,
        amount: net,
        text: receiptText(name, `${w.t} LESS WHT`, day),
        ledger: [L],
        evidence: 'reference',
        evidenceRef: w.t,
        traits: [w.trait, 'short-withholding-tax-5pct', 'wht-booked-net'],
      });
    } else if (k === 'split') {
      const serial2 = String(++inv).padStart(6, '0');
      const due2 = amt(45000, 900000, 50);
      const L1 = zrow(day, due, name, 'Customer Payment', String(++pmt), canon);
      const L2 = zrow(day, due2, name, 'Customer Payment', String(++pmt), `INV-${serial2}`);
      const memo = `INV ${Number(serial)} & ${Number(serial2)}`;
      S.line({
        day,
        amount: due + due2,
        text: receiptText(name, memo, day),
        ledger: [L1, L2],
        evidence: 'reference',
        evidenceRef: memo,
        traits: ['split-one-to-many', 'ref-no-padding'],
      });
    } else if (k === 'credit-note') {
      const cn = amt(5000, 40000, 50);
      const L = zrow(day, due - cn, name, 'Customer Payment', String(++pmt), `${canon}, CN-00${ri(10, 40)}`);
      S.line({
        day,
        amount: due - cn,
        text: receiptText(name, w.t, day),
        ledger: [L],
        evidence: 'reference',
        evidenceRef: w.t,
        traits: [w.trait, 'invoice-less-credit-note'],
      });
    } else if (k === 'late') {
      const d2 = S.clampDay(day + ri(2, 4));
      const L = zrow(d2, due, name, 'Customer Payment', String(++pmt), canon);
      S.line({
        day,
        amount: due,
        text: receiptText(name, w.t, day),
        ledger: [L],
        evidence: 'reference',
        evidenceRef: w.t,
        traits: [w.trait, 'late-posting'],
      });
    }
    emtl(day, S.bank.at(-1).amount);
  }
  // two instalments of one invoice, booked as two payments
  {
    const name = 'Mainland Hotels Ltd';
    const serial = String(++inv).padStart(6, '0');
    const total = amt(1500000, 3000000, 1000);
    const first = Math.round(total / 2 / 100000) * 100000;
    const d1 = S.weekday(9);
    const d2 = S.weekday(23);
    const L1 = zrow(d1, first, name, 'Customer Payment', String(++pmt), `INV-${serial}`);
    const L2 = zrow(d2, total - first, name, 'Customer Payment', String(++pmt), `INV-${serial}`);
    S.line({
      day: d1,
      amount: first,
      text: `NIP FRM MAINLAND HOTELS LTD/PART PYMT INV ${serial}/${nipSession(d1)}`,
      ledger: [L1],
      evidence: 'reference',
      evidenceRef: `INV ${serial}`,
      traits: ['ref-spaces', 'instalment'],
    });
    emtl(d1, first);
    S.line({
      day: d2,
      amount: total - first,
      text: `NIP FRM MAINLAND HOTELS LTD/BAL INV ${serial}/${nipSession(d2)}`,
      ledger: [L2],
      evidence: 'reference',
      evidenceRef: `INV ${serial}`,
      traits: ['ref-spaces', 'instalment'],
    });
    emtl(d2, total - first);
  }
  // supplier payments by NIP
  for (let i = 0; i < 15; i++) {
    const day = S.randDay(2, 28);
    const [name, code] = pick(suppliers);
    const bill = `${code}/${ri(2025, 2025)}/${ri(100, 990)}`;
    const minor = -amt(30000, 3500000, 50);
    const variant = i % 3;
    const L = zrow(day, minor, name, 'Vendor Payment', String(++vpmt), variant === 0 ? '' : bill);
    const text = variant === 2 ? `NIP TRF TO ${name} ${bill}` : `NIP TRF TO ${name}`;
    S.line({
      day,
      amount: minor,
      text,
      ledger: [L],
      evidence: variant === 2 ? 'reference' : 'counterparty',
      evidenceRef: variant === 2 ? bill : undefined,
      traits: variant === 2 ? ['ref-canonical'] : ['name-only'],
    });
    nipCharges(day, minor);
  }
  // failed transfer, its reversal, and the re-sent payment
  {
    const day = S.weekday(12);
    const [name] = suppliers[3];
    const minor = -amt(200000, 900000, 500);
    const a = S.line({ day, amount: minor, text: `NIP TRF TO ${name}`, expect: 'reversal-pair', evidence: null });
    nipCharges(day, minor);
    const b = S.line({
      day: S.clampDay(day + 1),
      amount: -minor,
      text: `RVSL NIP TRF TO ${name}`,
      expect: 'reversal-pair',
      evidence: null,
    });
    a.partner = b;
    b.partner = a;
    const d2 = S.weekday(day + 3);
    const L = zrow(day, minor, name, 'Vendor Payment', String(++vpmt), '');
    S.line({
      day: d2,
      amount: minor,
      text: `NIP TRF TO ${name}`,
      ledger: [L],
      evidence: 'counterparty',
      traits: ['name-only', 'resent-after-failure'],
    });
    nipCharges(d2, minor);
  }
  // payroll: one bulk payment, one Zoho journal
  {
    const day = S.weekday(27);
    const minor = -amt(3800000, 4600000, 1);
    const L = zrow(day, minor, 'Salaries and Employee Wages', 'Journal', String(ri(20, 40)), 'JUNE 2025 PAYROLL');
    S.line({
      day,
      amount: minor,
      text: `BULK PAYMENT SALARY JUN 2025 BATCH ${digits(8)}`,
      ledger: [L],
      evidence: 'amount',
      traits: ['payroll-batch'],
    });
    S.charge(day, 14 * 2688, 'BULK PAYMENT CHARGES 14 BENEFICIARIES', 'charge');
  }
  // POS settlements (Access acquiring), net of 0.5% MSC capped at N1,000
  for (let i = 0; i < 8; i++) {
    const sale = S.randDay(2, 27);
    const day = S.clampDay(sale + 1);
    const gross = amt(60000, 700000, 1) + ri(0, 99);
    const fee = Math.min(Math.round(gross * 0.005), 100000);
    const tid = '2044' + alnum(4);
    const text = `POS SETTLEMENT TID ${tid} ${p2(sale)}${p2(S.month)}${S.year}`;
    if (i % 3 === 0) {
      const G = zrow(sale, gross, 'Card sales', 'Deposit', `DEP-${100 + i}`, `POS ${p2(sale)}/06`);
      const F = zrow(sale, -fee, 'Bank Fees and Charges', 'Expense', '', `POS MSC ${p2(sale)}/06`);
      S.line({
        day,
        amount: gross - fee,
        text,
        ledger: [G, F],
        evidence: 'amount',
        traits: ['pos-settlement', 'settled-next-day', 'fee-booked-separately'],
      });
    } else if (i % 3 === 1) {
      const G = zrow(sale, gross, 'Card sales', 'Deposit', `DEP-${100 + i}`, `POS ${p2(sale)}/06`);
      S.line({
        day,
        amount: gross - fee,
        text,
        ledger: [G],
        evidence: 'amount',
        traits: ['pos-settlement', 'settled-next-day', 'short-net-of-fee'],
      });
    } else {
      const N = zrow(day, gross - fee, 'Card sales', 'Deposit', `DEP-${100 + i}`, '');
      S.line({
        day,
        amount: gross - fee,
        text,
        ledger: [N],
        evidence: 'amount',
        traits: ['pos-settlement', 'booked-net'],
      });
    }
  }
  // cash deposits (incl. twins)
  for (let i = 0; i < 3; i++) {
    const day = S.randDay(3, 26);
    const minor = amt(100000, 600000, 500);
    const L = zrow(day, minor, 'Undeposited Funds', 'Transfer Fund', '', 'Cash sales banked');
    S.line({
      day,
      amount: minor,
      text: `CASH DEPOSIT BY ${pick(['KUNLE', 'IFEOMA', 'MUSA'])} - IKEJA BRANCH`,
      ledger: [L],
      evidence: 'amount',
      traits: ['cash-deposit'],
    });
  }
  {
    const day = S.weekday(16);
    const minor = amt(150000, 300000, 1000);
    const L1 = zrow(day, minor, 'Undeposited Funds', 'Transfer Fund', '', 'Cash sales banked');
    const L2 = zrow(day, minor, 'Undeposited Funds', 'Transfer Fund', '', 'Cash sales banked');
    const t = 'CASH DEPOSIT BY KUNLE - IKEJA BRANCH';
    S.line({
      day,
      amount: minor,
      text: t,
      ledger: [L1],
      anyOf: [[L1], [L2]],
      evidence: 'amount',
      traits: ['twins', 'cash-deposit'],
    });
    S.line({
      day,
      amount: minor,
      text: t,
      ledger: [L2],
      anyOf: [[L1], [L2]],
      evidence: 'amount',
      traits: ['twins', 'cash-deposit'],
    });
  }
  // cheques: two presented, one outstanding; one cheque deposit
  for (let i = 0; i < 3; i++) {
    const issued = S.randDay(3 + i * 9, 8 + i * 9);
    const chq = String(ri(1200, 1290)).padStart(8, '0');
    const [name] = pick(suppliers);
    const minor = -amt(80000, 900000, 100);
    const L = zrow(issued, minor, name, 'Vendor Payment', String(++vpmt), `CHQ ${Number(chq)}`);
    if (i < 2) {
      const day = S.weekday(issued + ri(3, 6));
      S.line({
        day,
        amount: minor,
        text: `CLEARING CHQ NO ${chq} ${name}`,
        ledger: [L],
        evidence: 'reference',
        evidenceRef: chq,
        traits: ['cheque-number', 'ref-padded-on-bank'],
      });
      S.charge(day, 5000, 'STAMP DUTY CHQ ' + chq, 'tax');
    } else {
      L.day = S.weekday(27);
      L.ledgerOnly = 'cheque issued, not yet presented';
    }
  }
  {
    const day = S.weekday(18);
    const minor = amt(250000, 800000, 1000);
    const name = 'Eko Bottlers Ltd';
    const L = zrow(
      S.weekday(15),
      minor,
      name,
      'Customer Payment',
      String(++pmt),
      `CHQ 4471 ${'INV-' + String(++inv).padStart(6, '0')}`,
    );
    S.line({
      day,
      amount: minor,
      text: `INWARD CHQ DEP 00004471 EKO BOTTLERS`,
      ledger: [L],
      evidence: 'reference',
      evidenceRef: '4471',
      traits: ['cheque-number', 'late-clearing'],
    });
  }
  // transfer from the GTBank account
  {
    const day = S.weekday(10);
    const minor = amt(2000000, 5000000, 100000);
    const L = zrow(day, minor, 'GTBank Current - 0123', 'Transfer Fund', '', 'Funding Access a/c');
    S.line({
      day,
      amount: minor,
      text: `NIP FRM KOLA AND ADE DISTRIBUTION LTD/FUNDING/${nipSession(day)}`,
      ledger: [L],
      evidence: 'amount',
      traits: ['interbank-transfer'],
    });
    emtl(day, minor);
  }
  // unrecorded lines
  S.line({
    day: S.weekday(8),
    amount: amt(20000, 90000, 50),
    text: `NIP FRM OLUWASEUN ADEYEMI/PAYMENT/${nipSession(8)}`,
    expect: 'no-counterpart',
    evidence: null,
  });
  S.line({
    day: S.weekday(19),
    amount: -amt(15000, 60000, 1) - 45,
    text: 'POS PURCHASE SHOPRITE LEKKI LA NG',
    expect: 'no-counterpart',
    evidence: null,
  });
  S.line({
    day: S.weekday(24),
    amount: -amt(5000, 20000, 100),
    text: 'WEB PURCHASE DSTV MULTICHOICE LAGOS NG',
    expect: 'no-counterpart',
    evidence: null,
  });
  S.line({
    day: S.weekday(26),
    amount: amt(100000, 400000, 1000),
    text: `TRF FRM ALHAJI SANI BELLO`,
    expect: 'no-counterpart',
    evidence: null,
  });
  // monthly charges
  const last = S.daysInMonth;
  S.charge(last, 48000, 'SMS ALERT CHARGES JUN 2025', 'charge');
  S.charge(last, 3600, 'VAT ON SMS ALERT CHARGES', 'fee-vat');
  S.charge(last, 120000, 'ACCOUNT MAINTENANCE FEE JUN 2025', 'charge');
  S.charge(last, 9000, 'VAT ON ACCOUNT MAINTENANCE FEE', 'fee-vat');
  S.charge(S.weekday(5), 100000, 'CARD ISSUANCE FEE', 'charge');
  // books only: deposit in transit, receipt booked on the last day
  {
    const L = zrow(last, amt(200000, 500000, 500), 'Undeposited Funds', 'Transfer Fund', '', 'Cash sales banked');
    L.ledgerOnly = 'cash banked on the last day, not on the statement until July';
    const name = pick(customers);
    const L2 = zrow(
      last,
      amt(80000, 500000, 50),
      name,
      'Customer Payment',
      String(pmt + 1),
      `INV-${String(inv + 1).padStart(6, '0')}`,
    );
    L2.ledgerOnly = 'customer payment recorded on the remittance advice; not yet credited by the bank';
  }
  S.render = renderNigeria;
  return S;
}

// =====================================================================================
// Set 2 — Kenya: Equity Bank CSV statement vs QuickBooks Online "General Ledger" CSV
// =====================================================================================
function setKenya() {
  const S = newSet({
    set: 'ke-equity-qbo',
    country: 'KE',
    currency: 'KES',
    timezone: 'Africa/Nairobi',
    year: 2025,
    month: 7,
  });
  S.clip = (t) => t.toUpperCase().slice(0, 60);
  const BANK = 'Equity Bank 0180291234567';
  const customers = [
    ['Naivas Ltd', 'NAIVAS LIMITED'],
    ['Carrefour Two Rivers', 'MAJID AL FUTTAIM HYPERMARKETS'],
    ['Java House Kilimani', 'EAT N GO LTD'],
    ['Artcaffe Westlands', 'ARTCAFFE COFFEE AND BAKERY'],
    ['Kenya Airways Catering', 'NAS SERVAIR KENYA'],
    ['Quickmart Kilimani', 'QUICK MART LIMITED'],
    ['The Sarova Stanley', 'SAROVA HOTELS LTD'],
    ['Mama Oliech Restaurant', 'MAMA OLIECH RESTAURANT'],
  ];
  const mpesaPayers = [
    'JOHN KAMAU',
    'MARY WANJIKU',
    'PETER OTIENO',
    'FAITH CHEPKOECH',
    'ALI HASSAN',
    'GRACE AKINYI',
    'JAMES MWANGI',
    'LUCY NJERI',
  ];
  const suppliers = [
    'Kenchic Ltd',
    'Brookside Dairy Ltd',
    'Kenya Power',
    'Twiga Foods Ltd',
    'Bidco Africa Ltd',
    'G4S Kenya Ltd',
    'Nairobi Water',
  ];
  let inv = 1042;
  const q = (day, amount, type, num, name, memo, split) =>
    S.led({ day, amount, type, num: num ?? '', name: name ?? '', memo: memo ?? '', split: split ?? '' });
  const excise = (day, fee, what) => {
    S.charge(day, fee, `${what} CHARGE`, 'charge');
    S.charge(day, Math.round(fee * 0.2), `EXCISE DUTY ON ${what} CHARGE`, 'tax');
  };
  // B2B receipts (RTGS / PesaLink / EFT)
  const kinds = [
    ...Array(10).fill('ref'),
    ...Array(7).fill('name'),
    ...Array(3).fill('amount'),
    'wht',
    'wht',
    'over',
    'split',
    'late',
    'late',
    'credit-note',
  ];
  for (const k of kinds) {
    const day = S.randDay(1, 29);
    const [book, payer] = pick(customers);
    const n = ++inv;
    const due = amt(8000, 480000, 1);
    const w = pick([
      { t: `INV ${n}`, trait: 'ref-spaces' },
      { t: `INV${n}`, trait: 'ref-joined' },
      { t: `${n}`, trait: 'ref-serial-only' },
      { t: `INVOICE NO ${n}`, trait: 'ref-words' },
    ]);
    const via = pick(['PESALINK', 'RTGS', 'EFT']);
    const text = (memo) =>
      via === 'RTGS'
        ? `RTGS ${payer} ${memo}`
        : via === 'EFT'
          ? `EFT CR ${payer} ${memo}`
          : `PESALINK FROM ${payer} ${memo}`;
    if (k === 'ref' || k === 'late') {
      const L = q(
        k === 'late' ? S.clampDay(day + ri(2, 5)) : day,
        due,
        'Payment',
        String(n),
        book,
        `Payment for invoice ${n}`,
        'Accounts Receivable (A/R)',
      );
      S.line({
        day,
        amount: due,
        text: text(w.t),
        ledger: [L],
        evidence: 'reference',
        evidenceRef: w.t,
        evidenceName: payer,
        traits: [w.trait, ...(k === 'late' ? ['late-posting'] : []), 'payer-legal-name-differs'],
      });
    } else if (k === 'name') {
      const L = q(day, due, 'Payment', '', book, '', 'Accounts Receivable (A/R)');
      S.line({
        day,
        amount: due,
        text: text(''),
        ledger: [L],
        evidence: 'counterparty',
        traits: ['name-only', 'payer-legal-name-differs'],
      });
    } else if (k === 'amount') {
      const L = q(day, due, 'Payment', '', book, '', 'Accounts Receivable (A/R)');
      S.line({
        day,
        amount: due,
        text: `EFT CR ${digits(10)}`,
        ledger: [L],
        evidence: 'amount',
        traits: ['amount-only'],
      });
    } else if (k === 'wht') {
      // 2% VAT withholding by the customer (VAT agent); QBO payment booked net, the WHT certificate later
      const gross = amt(60000, 400000, 1);
      const net = gross - Math.round((gross / 1.16) * 0.02);
      const L = q(day, net, 'Payment', String(n), book, `Inv ${n} less 2% WHVAT`, 'Accounts Receivable (A/R)');
      S.line({
        day,
        amount: net,
        text: text(w.t),
        ledger: [L],
        evidence: 'reference',
        evidenceRef: w.t,
        traits: [w.trait, 'short-withholding-vat-2pct'],
      });
    } else if (k === 'over') {
      const L = q(day, due, 'Payment', String(n), book, `Payment for invoice ${n}`, 'Accounts Receivable (A/R)');
      S.line({
        day,
        amount: due + amt(100, 2000, 10),
        text: text(w.t),
        ledger: [L],
        evidence: 'reference',
        evidenceRef: w.t,
        traits: [w.trait, 'over-payment', 'overpayment-not-booked'],
      });
    } else if (k === 'split') {
      const n2 = ++inv;
      const due2 = amt(8000, 120000, 1);
      const L1 = q(day, due, 'Payment', String(n), book, `Payment for invoice ${n}`, 'Accounts Receivable (A/R)');
      const L2 = q(day, due2, 'Payment', String(n2), book, `Payment for invoice ${n2}`, 'Accounts Receivable (A/R)');
      const memo = `INV ${n}/${n2}`;
      S.line({
        day,
        amount: due + due2,
        text: text(memo),
        ledger: [L1, L2],
        evidence: 'reference',
        evidenceRef: memo,
        traits: ['split-one-to-many'],
      });
    } else if (k === 'credit-note') {
      const cn = amt(1000, 9000, 1);
      const L = q(
        day,
        due - cn,
        'Payment',
        String(n),
        book,
        `Inv ${n} less CN ${ri(20, 40)}`,
        'Accounts Receivable (A/R)',
      );
      S.line({
        day,
        amount: due - cn,
        text: text(w.t),
        ledger: [L],
        evidence: 'reference',
        evidenceRef: w.t,
        traits: [w.trait, 'invoice-less-credit-note'],
      });
    }
  }
  // two instalments of one invoice, each booked as a QBO payment against the same invoice
  {
    const [book, payer] = customers[6];
    const n = ++inv;
    const total = amt(200000, 400000, 1);
    const first = Math.round(total * 0.6);
    const d1 = S.weekday(7);
    const d2 = S.weekday(21);
    const L1 = q(d1, first, 'Payment', String(n), book, `Part payment invoice ${n}`, 'Accounts Receivable (A/R)');
    const L2 = q(d2, total - first, 'Payment', String(n), book, `Balance invoice ${n}`, 'Accounts Receivable (A/R)');
    S.line({
      day: d1,
      amount: first,
      text: `RTGS ${payer} INV ${n} PART`,
      ledger: [L1],
      evidence: 'reference',
      evidenceRef: `INV ${n}`,
      traits: ['ref-spaces', 'instalment'],
    });
    S.line({
      day: d2,
      amount: total - first,
      text: `RTGS ${payer} INV ${n} BAL`,
      ledger: [L2],
      evidence: 'reference',
      evidenceRef: `INV ${n}`,
      traits: ['ref-spaces', 'instalment'],
    });
  }
  // M-PESA paybill receipts (Equity paybill 247247, account no = our account + invoice)
  const mpesa = [];
  for (let i = 0; i < 26; i++) {
    const day = S.randDay(1, 30);
    const payer = pick(mpesaPayers);
    const code = `T${pick('GHJKLM')}${ri(1, 9)}${alnum(7)}`;
    const phone = `2547${digits(2)}***${digits(3)}`;
    const minor = amt(500, 38000, 1);
    const accRef = chance(0.4) ? `INV${++inv}` : '';
    mpesa.push({ day, payer, code, phone, minor, accRef });
  }
  for (const [i, m] of mpesa.entries()) {
    const text = `MPS ${m.phone} ${m.code} ${m.accRef ? m.accRef + ' ' : ''}${m.payer}`;
    if (i < 12) {
      // booked one by one as QBO Sales Receipts with the M-PESA code as ref no.
      const L = q(m.day, m.minor, 'Sales Receipt', m.code, titleCase(m.payer), `M-Pesa ${m.code}`, 'Sales');
      S.line({
        day: m.day,
        amount: m.minor,
        text,
        ledger: [L],
        evidence: 'reference',
        evidenceRef: m.code,
        traits: ['mpesa-paybill', 'mpesa-receipt-code'],
      });
    } else if (i < 16 && m.accRef) {
      const L = q(
        m.day,
        m.minor,
        'Payment',
        m.accRef.slice(3),
        titleCase(m.payer),
        'Mpesa',
        'Accounts Receivable (A/R)',
      );
      S.line({
        day: m.day,
        amount: m.minor,
        text,
        ledger: [L],
        evidence: 'reference',
        evidenceRef: m.accRef,
        traits: ['mpesa-paybill', 'ref-joined'],
      });
    } else {
      m.daily = true;
    }
  }
  // the rest booked as one daily M-PESA deposit per day (sum of that day's receipts)
  const byDay = new Map();
  for (const m of mpesa.filter((x) => x.daily)) byDay.set(m.day, [...(byDay.get(m.day) ?? []), m]);
  for (const [day, ms] of byDay) {
    const total = ms.reduce((s, m) => s + m.minor, 0);
    const L = q(day, total, 'Deposit', '', '', `M-Pesa paybill takings ${p2(day)}/07`, 'Sales');
    const grp = S.group();
    for (const m of ms)
      S.line({
        day,
        amount: m.minor,
        text: `MPS ${m.phone} ${m.code} ${m.accRef ? m.accRef + ' ' : ''}${m.payer}`,
        ledger: [L],
        grp,
        evidence: 'amount',
        traits: ['mpesa-paybill', ...(ms.length > 1 ? ['split-many-to-one', 'daily-takings'] : ['daily-takings'])],
      });
  }
  // card settlements (Equity merchant), net of 1.75% MDR
  for (let i = 0; i < 5; i++) {
    const sale = S.randDay(1, 28);
    const day = S.clampDay(sale + 1);
    const gross = amt(15000, 90000, 1);
    const fee = Math.round(gross * 0.0175);
    const text = `POS SETTLEMENT MID 0400${digits(5)} ${p2(sale)}/07`;
    if (i % 2 === 0) {
      const L = q(sale, gross, 'Deposit', '', '', 'Card takings', 'Sales');
      const F = q(sale, -fee, 'Expense', '', 'Equity Bank', 'Card MDR', 'Bank Charges');
      S.line({
        day,
        amount: gross - fee,
        text,
        ledger: [L, F],
        evidence: 'amount',
        traits: ['pos-settlement', 'settled-next-day', 'fee-booked-separately'],
      });
    } else {
      const L = q(sale, gross, 'Deposit', '', '', 'Card takings', 'Sales');
      S.line({
        day,
        amount: gross - fee,
        text,
        ledger: [L],
        evidence: 'amount',
        traits: ['pos-settlement', 'settled-next-day', 'short-net-of-fee'],
      });
    }
  }
  // supplier payments: PesaLink and RTGS, bill payments with cheque numbers
  for (let i = 0; i < 12; i++) {
    const day = S.randDay(2, 29);
    const name = pick(suppliers);
    const minor = -amt(5000, 420000, 1);
    const bill = `${pick(['BL', 'SI', 'INV'])}${ri(10000, 99999)}`;
    const withRef = i % 2 === 0;
    const L = q(
      day,
      minor,
      'Bill Payment (Cheque)',
      withRef ? bill : '',
      name,
      withRef ? `Bill ${bill}` : '',
      'Accounts Payable (A/P)',
    );
    const via = Math.abs(minor) > 100000000 ? 'RTGS' : 'PESALINK';
    S.line({
      day,
      amount: minor,
      text: `${via} TO ${name} ${withRef ? bill : ''}`.trim(),
      ledger: [L],
      evidence: withRef ? 'reference' : 'counterparty',
      evidenceRef: withRef ? bill : undefined,
      traits: withRef ? ['ref-canonical'] : ['name-only'],
    });
    excise(day, via === 'RTGS' ? 50000 : Math.abs(minor) > 10000000 ? 10000 : 5500, via);
  }
  // cheques
  for (let i = 0; i < 3; i++) {
    const issued = S.randDay(2 + i * 8, 6 + i * 8);
    const chq = String(ri(300, 399)).padStart(6, '0');
    const name = pick(suppliers);
    const minor = -amt(20000, 250000, 1);
    const L = q(issued, minor, 'Cheque', String(Number(chq)), name, 'Cheque payment', 'Accounts Payable (A/P)');
    if (i < 2) {
      const day = S.weekday(issued + ri(2, 5));
      S.line({
        day,
        amount: minor,
        text: `CHQ PAID ${chq} ${name}`,
        ref: chq,
        ledger: [L],
        evidence: 'reference',
        evidenceRef: chq,
        traits: ['cheque-number'],
      });
      excise(day, 5000, 'CHEQUE PROCESSING');
    } else {
      L.day = S.weekday(29);
      L.ledgerOnly = 'cheque written on 29 July, not yet presented';
    }
  }
  // payroll: one PesaLink per employee, booked as one journal entry for net pay
  {
    const day = S.weekday(28);
    const staff = ['JANE MUTHONI', 'KEVIN OCHIENG', 'SAMUEL KIPROTICH', 'ESTHER WAMBUI', 'BRIAN MUTUA', 'AMINA ABDI'];
    const pays = staff.map(() => -amt(28000, 95000, 1));
    const L = q(
      day,
      pays.reduce((s, x) => s + x, 0),
      'Journal Entry',
      'JE-0725',
      '',
      'July 2025 net salaries',
      '-Split-',
    );
    const grp = S.group();
    staff.forEach((s, i) => {
      S.line({
        day,
        amount: pays[i],
        text: `PESALINK TO ${s} SALARY JUL25`,
        ledger: [L],
        grp,
        evidence: 'amount',
        traits: ['payroll-per-employee', 'split-many-to-one'],
      });
      excise(day, 5500, 'PESALINK');
    });
  }
  // statutory: KRA PAYE via iTax (booked), NSSF/SHIF
  {
    const day = S.weekday(9);
    const minor = -amt(60000, 120000, 1);
    const prn = `2025${digits(8)}${ri(10, 99)}`;
    const L = q(day, minor, 'Expense', prn, 'Kenya Revenue Authority', `PAYE June 2025 PRN ${prn}`, 'PAYE Payable');
    S.line({
      day,
      amount: minor,
      text: `KRA TAX PMT PRN ${prn}`,
      ledger: [L],
      evidence: 'reference',
      evidenceRef: prn,
      traits: ['tax-payment-prn'],
    });
  }
  // failed PesaLink and reversal
  {
    const day = S.weekday(15);
    const minor = -amt(40000, 200000, 1);
    const a = S.line({
      day,
      amount: minor,
      text: `PESALINK TO TWIGA FOODS LTD`,
      expect: 'reversal-pair',
      evidence: null,
    });
    const b = S.line({
      day,
      amount: -minor,
      text: `REV PESALINK TO TWIGA FOODS LTD`,
      expect: 'reversal-pair',
      evidence: null,
    });
    a.partner = b;
    b.partner = a;
    const d2 = S.weekday(day + 1);
    const L = q(day, minor, 'Bill Payment (Cheque)', '', 'Twiga Foods Ltd', '', 'Accounts Payable (A/P)');
    S.line({
      day: d2,
      amount: minor,
      text: `RTGS TO TWIGA FOODS LTD`,
      ledger: [L],
      evidence: 'counterparty',
      traits: ['name-only', 'resent-after-failure', 'late-bank'],
    });
    excise(d2, 50000, 'RTGS');
  }
  // twins: two identical rent debit-order style standing orders? — two equal transfers to the same landlord
  {
    const day = S.weekday(1);
    const minor = -amt(60000, 90000, 1000);
    const L1 = q(day, minor, 'Expense', '', 'Kilimani Properties Ltd', 'Rent - shop 4', 'Rent or Lease');
    const L2 = q(day, minor, 'Expense', '', 'Kilimani Properties Ltd', 'Rent - shop 5', 'Rent or Lease');
    const t = 'STO KILIMANI PROPERTIES LTD';
    S.line({
      day,
      amount: minor,
      text: t,
      ledger: [L1],
      anyOf: [[L1], [L2]],
      evidence: 'counterparty',
      traits: ['twins', 'standing-order'],
    });
    S.line({
      day,
      amount: minor,
      text: t,
      ledger: [L2],
      anyOf: [[L1], [L2]],
      evidence: 'counterparty',
      traits: ['twins', 'standing-order'],
    });
    S.charge(day, 10000, 'STANDING ORDER CHARGE', 'charge');
    S.charge(day, 2000, 'EXCISE DUTY ON STANDING ORDER CHARGE', 'tax');
    S.charge(day, 10000, 'STANDING ORDER CHARGE', 'charge');
    S.charge(day, 2000, 'EXCISE DUTY ON STANDING ORDER CHARGE', 'tax');
  }
  // cash deposits
  for (let i = 0; i < 3; i++) {
    const day = S.randDay(3, 28);
    const minor = amt(10000, 90000, 50);
    const L = q(i === 2 ? S.clampDay(day - 1) : day, minor, 'Deposit', '', '', 'Cash banked', 'Undeposited Funds');
    S.line({
      day,
      amount: minor,
      text: `CASH DEP BY ${pick(['DAVID', 'ROSE', 'KAMAU'])} KILIMANI BR`,
      ledger: [L],
      evidence: 'amount',
      traits: ['cash-deposit', ...(i === 2 ? ['banked-next-day'] : [])],
    });
  }
  // unrecorded
  S.line({
    day: S.weekday(11),
    amount: amt(1000, 9000, 1),
    text: `MPS 2547${digits(2)}***${digits(3)} T${alnum(9)} UNKNOWN PAYER`,
    expect: 'no-counterpart',
    evidence: null,
  });
  S.line({
    day: S.weekday(17),
    amount: -amt(3000, 15000, 1),
    text: 'POS PURCHASE CARREFOUR JUNCTION NAIROBI',
    expect: 'no-counterpart',
    evidence: null,
  });
  S.line({
    day: S.weekday(22),
    amount: -amt(2000, 8000, 1),
    text: `MPESA B2C TO 2547${digits(2)}***${digits(3)} FUEL REFUND`,
    expect: 'no-counterpart',
    evidence: null,
  });
  S.line({
    day: S.weekday(25),
    amount: amt(20000, 80000, 1),
    text: `EFT CR KENYA REVENUE AUTHORITY VAT REFUND`,
    expect: 'no-counterpart',
    evidence: null,
  });
  // monthly charges and an uncleared deposit
  S.charge(31, 50000, 'LEDGER FEE JUL 2025', 'charge');
  S.charge(31, 10000, 'EXCISE DUTY ON LEDGER FEE', 'tax');
  S.charge(31, 15000, 'EAZZYBIZ MONTHLY FEE', 'charge');
  S.charge(31, 3000, 'EXCISE DUTY ON EAZZYBIZ FEE', 'tax');
  S.charge(31, 3500, 'SMS ALERT CHARGES', 'charge');
  {
    const L = q(31, amt(20000, 60000, 50), 'Deposit', '', '', 'Cash banked', 'Undeposited Funds');
    L.ledgerOnly = 'cash banked after the branch cut-off on 31 July';
  }
  // other account of the General Ledger (Petty Cash), not this bank's
  for (let i = 0; i < 4; i++) {
    const day = S.randDay(2, 28);
    q(
      day,
      -amt(300, 4000, 10),
      'Expense',
      '',
      pick(['Total Energies', 'Naivas Ltd', 'Uber Kenya']),
      pick(['Fuel', 'Office tea', 'Taxi']),
      'Office Expenses',
    ).other = true;
    S.ledger.at(-1).other = true;
  }
  S.render = renderKenya;
  S.bankName = BANK;
  return S;
}
const titleCase = (s) => s.toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase());

// =====================================================================================
// Set 3 — Ghana: Ecobank Ghana CSV statement vs Sage Business Cloud "Detailed Ledger Transactions"
// =====================================================================================
function setGhana() {
  const S = newSet({
    set: 'gh-ecobank-sage',
    country: 'GH',
    currency: 'GHS',
    timezone: 'Africa/Accra',
    year: 2025,
    month: 1,
  });
  S.clip = (t) => t.toUpperCase().slice(0, 70);
  const ACC = '1010 - Ecobank Current Account';
  const customers = [
    ['Kumasi Chemists Ltd', 'KUMASI CHEMISTS'],
    ['Ernest Chemists Ltd', 'ERNEST CHEMISTS LIMITED'],
    ['37 Military Hospital Pharmacy', '37 MIL HOSP'],
    ['Korle Bu Teaching Hospital', 'KBTH'],
    ['Medi-Moses Pharmacy', 'MEDI MOSES'],
    ['Top Up Pharmacy Osu', 'TOP UP PHCY'],
    ['Nyaho Medical Centre', 'NYAHO MEDICAL CENTRE'],
    ['Ridge Hospital', 'GREATER ACCRA REG HOSP'],
  ];
  const suppliers = [
    ['Tobinco Pharmaceuticals', 'TOBINCO'],
    ['Kinapharma Ltd', 'KINAPHARMA'],
    ['ECG Prepaid', 'ECG'],
    ['Ghana Water Ltd', 'GWL'],
    ['Danadams Pharma', 'DANADAMS'],
    ['VIP Jeoun Transport', 'VIP BUS'],
  ];
  let si = 212;
  let rc = 88;
  const sg = (day, amount, type, ref, contact, desc) =>
    S.led({ day, amount, account: ACC, type, ref: ref ?? '', contact: contact ?? '', desc: desc ?? '' });
  const bankRef = (day) => `${p2(day)}${p2(S.month)}25${pick(['GIP', 'ACH', 'MMO', 'FT'])}${digits(7)}`;
  const charges = []; // booked together at month end
  const ch = (day, minor, text) => {
    const l = S.line({
      day,
      amount: -minor,
      text,
      expect: 'match',
      evidence: 'amount',
      traits: ['monthly-charges-journal'],
      grp: 'CHARGES',
    });
    charges.push(l);
  };
  const kinds = [
    ...Array(18).fill('ref'),
    ...Array(10).fill('name'),
    ...Array(5).fill('amount'),
    'wht',
    'wht',
    'wht',
    'over',
    'under',
    'split',
    'late',
    'credit-note',
  ];
  for (const k of kinds) {
    const day = S.randDay(2, 29);
    const [book, payer] = pick(customers);
    const n = ++si;
    const canon = `SI-${n}`;
    const due = amt(800, 62000, 1) + ri(0, 99);
    const w = pick([
      { t: canon, trait: 'ref-canonical' },
      { t: `SI${n}`, trait: 'ref-joined' },
      { t: `INV ${n}`, trait: 'ref-other-prefix' },
      { t: `${n}`, trait: 'ref-serial-only' },
    ]);
    const via = pick(['GIP', 'ACH']);
    const text = (memo) => (via === 'GIP' ? `GIP TRF FRM ${payer} ${memo}` : `ACH CREDIT ${payer} ${memo}`);
    const rref = `RC-${++rc}`;
    if (k === 'ref' || k === 'late') {
      const L = sg(
        k === 'late' ? S.clampDay(day + ri(2, 5)) : day,
        due,
        'Customer Receipt',
        canon,
        book,
        `Payment ${canon}`,
      );
      S.line({
        day,
        amount: due,
        ref: bankRef(day),
        text: text(w.t),
        ledger: [L],
        evidence: 'reference',
        evidenceRef: w.t.toUpperCase(),
        evidenceName: payer,
        traits: [w.trait, ...(k === 'late' ? ['late-posting'] : [])],
      });
    } else if (k === 'name') {
      const L = sg(day, due, 'Customer Receipt', rref, book, 'Customer receipt');
      S.line({
        day,
        amount: due,
        ref: bankRef(day),
        text: text(''),
        ledger: [L],
        evidence: 'counterparty',
        traits: ['name-only', 'payer-abbreviated'],
      });
    } else if (k === 'amount') {
      const L = sg(day, due, 'Customer Receipt', rref, book, 'Customer receipt');
      S.line({
        day,
        amount: due,
        ref: bankRef(day),
        text: `${via} CREDIT 0${digits(12)}`,
        ledger: [L],
        evidence: 'amount',
        traits: ['amount-only'],
      });
    } else if (k === 'wht') {
      // Ghana: 3% WHT on supply of goods deducted by the customer; receipt booked for the cash received
      const gross = amt(5000, 60000, 1);
      const net = gross - Math.round(gross * 0.03);
      const L = sg(day, net, 'Customer Receipt', canon, book, `Payment ${canon} net of 3% WHT`);
      S.line({
        day,
        amount: net,
        ref: bankRef(day),
        text: text(w.t),
        ledger: [L],
        evidence: 'reference',
        evidenceRef: w.t.toUpperCase(),
        traits: [w.trait, 'short-withholding-tax-3pct'],
      });
    } else if (k === 'over') {
      const L = sg(day, due, 'Customer Receipt', canon, book, `Payment ${canon}`);
      S.line({
        day,
        amount: due + amt(5, 120, 1),
        ref: bankRef(day),
        text: text(w.t),
        ledger: [L],
        evidence: 'reference',
        evidenceRef: w.t.toUpperCase(),
        traits: [w.trait, 'over-payment'],
      });
    } else if (k === 'under') {
      const L = sg(day, due, 'Customer Receipt', canon, book, `Payment ${canon}`);
      S.line({
        day,
        amount: due - amt(1, 15, 1),
        ref: bankRef(day),
        text: text(w.t),
        ledger: [L],
        evidence: 'reference',
        evidenceRef: w.t.toUpperCase(),
        traits: [w.trait, 'under-payment', 'payer-bank-charge-deducted'],
      });
    } else if (k === 'split') {
      const n2 = ++si;
      const due2 = amt(800, 9000, 1);
      const L1 = sg(day, due, 'Customer Receipt', canon, book, `Payment ${canon}`);
      const L2 = sg(day, due2, 'Customer Receipt', `SI-${n2}`, book, `Payment SI-${n2}`);
      const memo = `SI ${n}+${n2}`;
      S.line({
        day,
        amount: due + due2,
        ref: bankRef(day),
        text: text(memo),
        ledger: [L1, L2],
        evidence: 'reference',
        evidenceRef: memo,
        traits: ['split-one-to-many'],
      });
    } else if (k === 'credit-note') {
      const cn = amt(50, 900, 1);
      const L = sg(day, due - cn, 'Customer Receipt', canon, book, `Payment ${canon} less SCN-${ri(10, 30)}`);
      S.line({
        day,
        amount: due - cn,
        ref: bankRef(day),
        text: text(w.t),
        ledger: [L],
        evidence: 'reference',
        evidenceRef: w.t.toUpperCase(),
        traits: [w.trait, 'invoice-less-credit-note'],
      });
    }
  }
  // two instalments booked as one receipt when the second arrived
  {
    const [book, payer] = customers[3];
    const n = ++si;
    const total = amt(30000, 60000, 1);
    const first = Math.round(total * 0.6);
    const d1 = S.weekday(8);
    const d2 = S.weekday(22);
    const L = sg(d2, total, 'Customer Receipt', `SI-${n}`, book, `Payment SI-${n} (2 instalments)`);
    const grp = S.group();
    S.line({
      day: d1,
      amount: first,
      ref: bankRef(d1),
      text: `ACH CREDIT ${payer} PART PAYT SI ${n}`,
      ledger: [L],
      grp,
      evidence: 'reference',
      evidenceRef: `SI ${n}`,
      traits: ['ref-spaces', 'split-many-to-one', 'instalment', 'booked-when-complete'],
    });
    S.line({
      day: d2,
      amount: total - first,
      ref: bankRef(d2),
      text: `ACH CREDIT ${payer} BAL SI ${n}`,
      ledger: [L],
      grp,
      evidence: 'reference',
      evidenceRef: `SI ${n}`,
      traits: ['ref-spaces', 'split-many-to-one', 'instalment', 'booked-when-complete'],
    });
  }
  // mobile money collections swept from the MTN MoMo merchant wallet to the bank
  for (let i = 0; i < 18; i++) {
    const day = S.randDay(2, 30);
    const minor = amt(600, 9000, 1) + ri(0, 99);
    const L = sg(
      i % 4 === 3 ? S.clampDay(day - 1) : day,
      minor,
      'Bank Transfer',
      `MOMO-${p2(day)}01`,
      '',
      'Transfer from MTN MoMo merchant wallet',
    );
    S.line({
      day,
      amount: minor,
      ref: bankRef(day),
      text: `MOMO TO ACCT MTN 024${digits(4)}${digits(3)} ASANTE PHARMA`,
      ledger: [L],
      evidence: 'amount',
      traits: ['momo-settlement', 'interbank-transfer', ...(i % 4 === 3 ? ['booked-day-before'] : [])],
    });
  }
  // supplier payments
  for (let i = 0; i < 18; i++) {
    const day = S.randDay(2, 29);
    const [name, short] = pick(suppliers);
    const minor = -(amt(300, 45000, 1) + ri(0, 99));
    const pinv = `${short.slice(0, 3)}${ri(1000, 9999)}`;
    const withRef = i % 3 !== 0;
    const L = sg(
      day,
      minor,
      'Supplier Payment',
      withRef ? pinv : `PP-${40 + i}`,
      name,
      withRef ? `Payment ${pinv}` : 'Supplier payment',
    );
    S.line({
      day,
      amount: minor,
      ref: bankRef(day),
      text: `GIP TRF TO ${short} ${withRef ? pinv : 'PAYMENT'}`,
      ledger: [L],
      evidence: withRef ? 'reference' : 'counterparty',
      evidenceRef: withRef ? pinv : undefined,
      traits: withRef ? ['ref-canonical'] : ['name-abbreviated'],
    });
    ch(day, 500, 'GIP TRANSFER CHARGE');
  }
  // payments to mobile money wallets (E-levy charged, not booked)
  for (let i = 0; i < 8; i++) {
    const day = S.randDay(3, 28);
    const minor = -amt(200, 2500, 1);
    const who = pick(['KOFI MENSAH', 'AMA SERWAA', 'YAW BOATENG']);
    const L = sg(day, minor, 'Bank Payment', `MM${ri(100, 999)}`, titleCase(who), 'Delivery rider allowance');
    S.line({
      day,
      amount: minor,
      ref: bankRef(day),
      text: `ACCT TO MOMO 024***${digits(4)} ${who}`,
      ledger: [L],
      evidence: 'counterparty',
      traits: ['momo-payout', 'name-only'],
    });
    S.charge(day, Math.round(Math.abs(minor) * 0.01), 'E-LEVY 1% ON TRANSFER', 'levy');
  }
  // payroll: one batch, one journal
  {
    const day = S.weekday(27);
    const minor = -amt(48000, 62000, 1);
    const L = sg(day, minor, 'Journal', 'JNL-0125', '', 'January 2025 net salaries');
    S.line({
      day,
      amount: minor,
      ref: bankRef(day),
      text: 'BULK TRF SALARIES JAN 2025 11 BENEF',
      ledger: [L],
      evidence: 'amount',
      traits: ['payroll-batch'],
    });
    ch(day, 5500, 'BULK TRANSFER CHARGES');
    const ssnit = -amt(7000, 9000, 1);
    const L2 = sg(S.weekday(14), ssnit, 'Bank Payment', 'SSNIT DEC24', 'SSNIT', 'SSNIT contributions Dec 2024');
    S.line({
      day: S.weekday(14),
      amount: ssnit,
      ref: bankRef(14),
      text: 'ACH DR SSNIT CONTRIBUTION DEC24',
      ledger: [L2],
      evidence: 'counterparty',
      traits: ['statutory'],
    });
  }
  // cheques
  for (let i = 0; i < 4; i++) {
    const issued = S.randDay(2 + i * 6, 6 + i * 6);
    const chq = String(ri(510, 560)).padStart(6, '0');
    const [name] = pick(suppliers);
    const minor = -amt(1500, 30000, 1);
    const L = sg(issued, minor, 'Supplier Payment', `CHQ ${chq}`, name, `Cheque ${chq}`);
    if (i < 3) {
      const day = S.weekday(issued + ri(2, 5));
      S.line({
        day,
        amount: minor,
        ref: chq,
        text: `INWARD CLEARING CHQ NO ${chq}`,
        ledger: [L],
        evidence: 'reference',
        evidenceRef: chq,
        traits: ['cheque-number'],
      });
      ch(day, 1000, 'CHEQUE CLEARING FEE');
    } else {
      L.day = S.weekday(29);
      L.ledgerOnly = 'cheque issued, not presented by 31 January';
    }
  }
  // cheque deposit and cash deposits (twins)
  {
    const day = S.weekday(13);
    const [book] = customers[6];
    const minor = amt(10000, 40000, 1);
    const n = si + 1;
    const L = sg(S.weekday(9), minor, 'Customer Receipt', `CHQ 7781`, book, `Payment SI-${n} chq 7781`);
    S.line({
      day,
      amount: minor,
      ref: '007781',
      text: `CLEARING CHQ DEP 007781`,
      ledger: [L],
      evidence: 'reference',
      evidenceRef: '7781',
      traits: ['cheque-number', 'late-clearing'],
    });
  }
  for (let i = 0; i < 3; i++) {
    const day = S.randDay(3, 27);
    const minor = amt(1500, 12000, 10);
    const L = sg(day, minor, 'Bank Receipt', `CS-${p2(day)}`, '', 'Cash sales banked');
    S.line({
      day,
      amount: minor,
      ref: bankRef(day),
      text: `CASH DEPOSIT BY ${pick(['ABENA', 'KWAME', 'EFUA'])} OSU BRANCH`,
      ledger: [L],
      evidence: 'amount',
      traits: ['cash-deposit'],
    });
  }
  {
    const day = S.weekday(20);
    const minor = amt(2000, 5000, 100);
    const L1 = sg(day, minor, 'Bank Receipt', 'CS-TILL1', '', 'Cash sales banked');
    const L2 = sg(day, minor, 'Bank Receipt', 'CS-TILL2', '', 'Cash sales banked');
    const t = 'CASH DEPOSIT BY ABENA OSU BRANCH';
    S.line({
      day,
      amount: minor,
      ref: '',
      text: t,
      ledger: [L1],
      anyOf: [[L1], [L2]],
      evidence: 'amount',
      traits: ['twins', 'cash-deposit'],
    });
    S.line({
      day,
      amount: minor,
      ref: '',
      text: t,
      ledger: [L2],
      anyOf: [[L1], [L2]],
      evidence: 'amount',
      traits: ['twins', 'cash-deposit'],
    });
  }
  // failed ACH and its reversal
  {
    const day = S.weekday(16);
    const minor = -amt(3000, 9000, 1);
    const a = S.line({
      day,
      amount: minor,
      ref: bankRef(day),
      text: 'ACH DR KINAPHARMA PAYMENT',
      expect: 'reversal-pair',
      evidence: null,
    });
    const b = S.line({
      day: S.weekday(day + 2),
      amount: -minor,
      ref: bankRef(day),
      text: 'ACH RETURN KINAPHARMA PAYMENT - ACCT NAME MISMATCH',
      expect: 'reversal-pair',
      evidence: null,
    });
    a.partner = b;
    b.partner = a;
    const d2 = S.weekday(day + 4);
    const L = sg(day, minor, 'Supplier Payment', 'PP-77', 'Kinapharma Ltd', 'Supplier payment');
    S.line({
      day: d2,
      amount: minor,
      ref: bankRef(d2),
      text: 'GIP TRF TO KINAPHARMA LTD',
      ledger: [L],
      evidence: 'counterparty',
      traits: ['name-only', 'resent-after-failure', 'late-bank'],
    });
    ch(d2, 500, 'GIP TRANSFER CHARGE');
  }
  // unrecorded
  S.line({
    day: S.weekday(10),
    amount: amt(300, 2000, 1),
    ref: bankRef(10),
    text: 'GIP TRF FRM NANA YAW OWUSU',
    expect: 'no-counterpart',
    evidence: null,
  });
  S.line({
    day: S.weekday(21),
    amount: -amt(500, 2500, 1),
    ref: bankRef(21),
    text: 'POS PURCHASE MELCOM ACHIMOTA',
    expect: 'no-counterpart',
    evidence: null,
  });
  S.line({
    day: S.weekday(24),
    amount: amt(1000, 6000, 1),
    ref: bankRef(24),
    text: 'MOMO TO ACCT VODAFONE 050*** 7731',
    expect: 'no-counterpart',
    evidence: null,
  });
  // month-end charges, booked together by the bookkeeper (except the E-levy and the interest)
  ch(31, 6000, 'ACCOUNT MAINTENANCE FEE JAN 2025');
  ch(31, 1500, 'SMS ALERT CHARGES JAN 2025');
  S.line({
    day: 31,
    amount: amt(20, 80, 1) + ri(0, 99),
    ref: '',
    text: 'CREDIT INTEREST JAN 2025',
    expect: 'bank-only',
    kind: 'interest',
    evidence: null,
  });
  const total = charges.reduce((s, l) => s + l.amount, 0);
  const CL = sg(31, total, 'Bank Payment', 'BC-JAN25', 'Ecobank Ghana', 'Bank charges per statement January 2025');
  const cg = S.group();
  for (const l of charges) {
    l.ledger = [CL];
    l.grp = cg;
  }
  // books only
  {
    const L = sg(31, amt(3000, 9000, 10), 'Bank Receipt', 'CS-31', '', 'Cash sales banked');
    L.ledgerOnly = 'cash sales lodged on 31 January after the cut-off';
  }
  // other account in the same export: petty cash
  for (let i = 0; i < 4; i++) {
    S.led({
      day: S.randDay(3, 28),
      amount: -amt(20, 400, 1),
      account: '1020 - Petty Cash',
      type: 'Other Payment',
      ref: `PC${ri(10, 99)}`,
      contact: '',
      desc: pick(['Fuel', 'Water', 'Transport']),
      other: true,
    });
  }
  // the bank's own transaction reference names the channel the narration names
  for (const l of S.bank) {
    if (!/^\d{6}(GIP|ACH|MMO|FT)\d+$/.test(l.ref ?? '')) continue;
    const ch = /^GIP/.test(l.text) ? 'GIP' : /^ACH/.test(l.text) ? 'ACH' : /MOMO/.test(l.text) ? 'MMO' : 'FT';
    l.ref = l.ref.replace(/^(\d{6})(GIP|ACH|MMO|FT)/, `$1${ch}`);
  }
  S.render = renderGhana;
  return S;
}

// =====================================================================================
// Set 4 — South Africa: Capitec Business CSV vs Xero "Account Transactions" CSV
// =====================================================================================
function setSouthAfrica() {
  const S = newSet({
    set: 'za-capitec-xero',
    country: 'ZA',
    currency: 'ZAR',
    timezone: 'Africa/Johannesburg',
    year: 2025,
    month: 10,
  });
  S.clip = (t) => t.slice(0, 80);
  const customers = [
    ['Woolworths (Pty) Ltd', 'WOOLWORTHS'],
    ['Stellenbosch Wine Co', 'STB WINE CO'],
    ['Karoo Lamb Traders', 'KAROO LAMB'],
    ['Bright Minds Academy', 'BRIGHT MINDS'],
    ['Ocean Basket Sea Point', 'OB SEAPOINT'],
    ['Thandi Nkosi', 'T NKOSI'],
    ['Mzansi Logistics CC', 'MZANSI LOG'],
    ['Pick n Pay Franchise 4412', 'PNP FRANCHISE'],
  ];
  const suppliers = [
    ['Makro SA', 'MAKRO'],
    ['City of Cape Town', 'CCT'],
    ['Vodacom', 'VODACOM'],
    ['Telkom SA', 'TELKOM'],
    ['Takealot Business', 'TAKEALOT'],
    ['Shoprite Checkers', 'SHOPRITE'],
  ];
  let inv = 455;
  const xr = (day, amount, source, contact, desc, ref) =>
    S.led({ day, amount, source, contact: contact ?? '', desc: desc ?? '', ref: ref ?? '' });
  const catIn = ['Transfer', 'Other Income'];
  const kinds = [
    ...Array(28).fill('ref'),
    ...Array(12).fill('name'),
    ...Array(5).fill('amount'),
    'over',
    'under',
    'split',
    'late',
    'late',
    'credit-note',
  ];
  for (const k of kinds) {
    const day = S.randDay(1, 30);
    const [book, payer] = pick(customers);
    const n = ++inv;
    const canon = `INV-${String(n).padStart(4, '0')}`;
    const due = amt(450, 38000, 1) + (chance(0.5) ? ri(0, 99) : 0);
    const w = writeRef('INV', String(n).padStart(4, '0'), '-', [
      'ref-canonical',
      'ref-lowercase',
      'ref-no-padding',
      'ref-joined',
      'ref-serial-only',
      'ref-spaces',
    ]);
    const text = (memo) =>
      (chance(0.5) ? `Payment Received: ${payer} ${memo}` : `Immediate Payment Received: ${payer} ${memo}`).trim();
    if (k === 'ref' || k === 'late') {
      const L = xr(
        k === 'late' ? S.clampDay(day + ri(2, 5)) : day,
        due,
        'Receivable Payment',
        book,
        `Payment: ${book}`,
        canon,
      );
      S.line({
        day,
        amount: due,
        text: text(w.t),
        ledger: [L],
        evidence: 'reference',
        evidenceRef: w.t,
        evidenceName: payer,
        cat: catIn,
        traits: [w.trait, ...(k === 'late' ? ['late-posting'] : [])],
      });
    } else if (k === 'name') {
      const L = xr(day, due, 'Receivable Payment', book, `Payment: ${book}`, canon);
      S.line({
        day,
        amount: due,
        text: text(''),
        ledger: [L],
        evidence: 'counterparty',
        cat: catIn,
        traits: ['name-only', 'payer-abbreviated'],
      });
    } else if (k === 'amount') {
      const L = xr(day, due, 'Receivable Payment', book, `Payment: ${book}`, canon);
      S.line({
        day,
        amount: due,
        text: `Payment Received: ${digits(10)}`,
        ledger: [L],
        evidence: 'amount',
        cat: catIn,
        traits: ['amount-only'],
      });
    } else if (k === 'over') {
      const L = xr(day, due, 'Receivable Payment', book, `Payment: ${book}`, canon);
      S.line({
        day,
        amount: due + amt(10, 200, 1),
        text: text(w.t),
        ledger: [L],
        evidence: 'reference',
        evidenceRef: w.t,
        cat: catIn,
        traits: [w.trait, 'over-payment'],
      });
    } else if (k === 'under') {
      const L = xr(day, due, 'Receivable Payment', book, `Payment: ${book}`, canon);
      S.line({
        day,
        amount: due - amt(1, 25, 1),
        text: text(w.t),
        ledger: [L],
        evidence: 'reference',
        evidenceRef: w.t,
        cat: catIn,
        traits: [w.trait, 'under-payment'],
      });
    } else if (k === 'split') {
      const n2 = ++inv;
      const due2 = amt(300, 5000, 1);
      const L1 = xr(day, due, 'Receivable Payment', book, `Payment: ${book}`, canon);
      const L2 = xr(day, due2, 'Receivable Payment', book, `Payment: ${book}`, `INV-${String(n2).padStart(4, '0')}`);
      const memo = `INV${n} INV${n2}`;
      S.line({
        day,
        amount: due + due2,
        text: text(memo),
        ledger: [L1, L2],
        evidence: 'reference',
        evidenceRef: memo,
        cat: catIn,
        traits: ['split-one-to-many', 'ref-joined'],
      });
    } else if (k === 'credit-note') {
      const cn = amt(50, 900, 1);
      // Xero: the payment is one line; the credit note is allocated, not paid
      const L = xr(day, due - cn, 'Receivable Payment', book, `Payment: ${book}`, canon);
      S.line({
        day,
        amount: due - cn,
        text: text(w.t),
        ledger: [L],
        evidence: 'reference',
        evidenceRef: w.t,
        cat: catIn,
        traits: [w.trait, 'invoice-less-credit-note'],
      });
    }
  }
  // a school fee-style account paid in two instalments; Xero holds two payments against one invoice
  {
    const [book, payer] = customers[3];
    const n = inv + 1;
    const canon = `INV-${String(n).padStart(4, '0')}`;
    const total = amt(12000, 30000, 1);
    const first = Math.round(total * 0.4);
    const d1 = S.weekday(3);
    const d2 = S.weekday(27);
    const L1 = xr(d1, first, 'Receivable Payment', book, `Payment: ${book}`, canon);
    const L2 = xr(d2, total - first, 'Receivable Payment', book, `Payment: ${book}`, canon);
    S.line({
      day: d1,
      amount: first,
      text: `Payment Received: ${payer} ${canon} DEPOSIT`,
      ledger: [L1],
      evidence: 'reference',
      evidenceRef: canon,
      cat: catIn,
      traits: ['ref-canonical', 'instalment'],
    });
    S.line({
      day: d2,
      amount: total - first,
      text: `Payment Received: ${payer} ${canon} FINAL`,
      ledger: [L2],
      evidence: 'reference',
      evidenceRef: canon,
      cat: catIn,
      traits: ['ref-canonical', 'instalment'],
    });
  }
  // card machine settlements (Capitec merchant), net of fee; Xero Receive Money gross + fee Spend Money
  for (let i = 0; i < 18; i++) {
    const sale = S.randDay(1, 29);
    const day = S.clampDay(sale + 1);
    const gross = amt(900, 14000, 1) + ri(0, 99);
    const fee = Math.round(gross * 0.0255);
    const text = `Merchant Settlement ${p2(sale)}/10 Device ${ri(100, 199)}`;
    if (i % 2 === 0) {
      const G = xr(sale, gross, 'Receive Money', 'Card Sales', 'Card machine takings', '');
      const F = xr(sale, -fee, 'Spend Money', 'Capitec Business', 'Card machine fees', '');
      S.line({
        day,
        amount: gross - fee,
        text,
        ledger: [G, F],
        evidence: 'amount',
        cat: ['Transfer', 'Card Settlement'],
        traits: ['pos-settlement', 'settled-next-day', 'fee-booked-separately'],
      });
    } else {
      const G = xr(sale, gross, 'Receive Money', 'Card Sales', 'Card machine takings', '');
      S.line({
        day,
        amount: gross - fee,
        text,
        ledger: [G],
        evidence: 'amount',
        cat: ['Transfer', 'Card Settlement'],
        traits: ['pos-settlement', 'settled-next-day', 'short-net-of-fee'],
      });
    }
  }
  // supplier payments with the Capitec fee in the Fee column of the same line
  for (let i = 0; i < 24; i++) {
    const day = S.randDay(1, 30);
    const [name, short] = pick(suppliers);
    const gross = -(amt(200, 22000, 1) + ri(0, 99));
    const bill = `${short.slice(0, 3)}${ri(100000, 999999)}`;
    const immediate = i % 3 === 0;
    const fee = immediate ? 1000 : 200;
    const withRef = i % 2 === 0;
    const L = xr(day, gross, 'Payable Payment', name, `Payment: ${name}`, withRef ? bill : '');
    const t = `${immediate ? 'Immediate Payment' : 'Payment'}: ${short} ${withRef ? bill : ''}`.trim();
    S.line({
      day,
      amount: gross - fee,
      gross,
      fee,
      text: t,
      ledger: [L],
      evidence: withRef ? 'reference' : 'counterparty',
      evidenceRef: withRef ? bill : undefined,
      cat: ['Transfer', 'Payments'],
      traits: [withRef ? 'ref-canonical' : 'name-only', 'fee-in-fee-column'],
    });
  }
  // debit orders
  for (const [name, code, lo, hi, d] of [
    ['Santam Insurance', 'SANTAM', 900, 1400, 1],
    ['Sage SA (Pty) Ltd', 'SAGE PASTEL', 480, 480, 2],
    ['Vodacom', 'VODACOM', 1200, 2100, 5],
    ['Nashua Office Lease', 'NASHUA', 1600, 1600, 15],
  ]) {
    const day = S.weekday(d);
    const minor = -amt(lo, hi, 1) - ri(0, 99);
    const late = name === 'Vodacom';
    const L = xr(late ? S.clampDay(day + 3) : day, minor, 'Spend Money', name, `${name} debit order`, '');
    S.line({
      day,
      amount: minor - 400,
      gross: minor,
      fee: 400,
      text: `Debit Order: ${code} ${digits(8)}`,
      ledger: [L],
      evidence: 'counterparty',
      cat: ['Bills', 'Debit Order'],
      traits: ['debit-order', 'fee-in-fee-column', ...(late ? ['late-posting'] : [])],
    });
  }
  // twins: two SARS eFiling? no — two identical weekly cleaning payments on one day
  {
    const day = S.weekday(17);
    const minor = -amt(600, 900, 10);
    const L1 = xr(day, minor, 'Spend Money', 'Sparkle Cleaners', 'Cleaning - week 41', '');
    const L2 = xr(day, minor, 'Spend Money', 'Sparkle Cleaners', 'Cleaning - week 42', '');
    const t = 'Payment: SPARKLE CLEANERS';
    S.line({
      day,
      amount: minor - 200,
      gross: minor,
      fee: 200,
      text: t,
      ledger: [L1],
      anyOf: [[L1], [L2]],
      evidence: 'counterparty',
      cat: ['Transfer', 'Payments'],
      traits: ['twins', 'fee-in-fee-column'],
    });
    S.line({
      day,
      amount: minor - 200,
      gross: minor,
      fee: 200,
      text: t,
      ledger: [L2],
      anyOf: [[L1], [L2]],
      evidence: 'counterparty',
      cat: ['Transfer', 'Payments'],
      traits: ['twins', 'fee-in-fee-column'],
    });
  }
  // payroll: one payment per employee, one Xero Spend Money line for the month's net pay
  {
    const day = S.weekday(24);
    const staff = ['S DLAMINI', 'L VAN WYK', 'N MOKOENA', 'J PETERSEN', 'A NAIDOO'];
    const pays = staff.map(() => -amt(9000, 26000, 1));
    const L = xr(
      day,
      pays.reduce((s, x) => s + x, 0),
      'Spend Money',
      'Staff',
      'Net salaries October 2025',
      'SAL OCT',
    );
    const grp = S.group();
    staff.forEach((s, i) =>
      S.line({
        day,
        amount: pays[i] - 200,
        gross: pays[i],
        fee: 200,
        text: `Payment: ${s} SALARY OCT`,
        ledger: [L],
        grp,
        evidence: 'amount',
        cat: ['Transfer', 'Salaries'],
        traits: ['payroll-per-employee', 'split-many-to-one', 'fee-in-fee-column'],
      }),
    );
    const paye = -amt(9000, 14000, 1);
    const prn = `7${digits(9)}LC${p2(9)}${S.year}`;
    const L2 = xr(S.weekday(7), paye, 'Spend Money', 'SARS', 'EMP201 September 2025', prn);
    S.line({
      day: S.weekday(7),
      amount: paye,
      text: `Payment: SARS-EFILING ${prn}`,
      ledger: [L2],
      evidence: 'reference',
      evidenceRef: prn,
      cat: ['Tax', 'SARS'],
      traits: ['tax-payment-prn'],
    });
  }
  // cash deposits with cash deposit fee in the fee column
  for (let i = 0; i < 6; i++) {
    const day = S.randDay(2, 28);
    const minor = amt(500, 6000, 10);
    const fee = Math.round(minor * 0.0075) + 500;
    const L = xr(day, minor, 'Receive Money', 'Cash Sales', 'Cash banked', '');
    S.line({
      day,
      amount: minor - fee,
      gross: minor,
      fee,
      text: `Cash Deposit: Capitec ${pick(['Claremont', 'Bellville', 'Cape Town CBD'])}`,
      ledger: [L],
      evidence: 'amount',
      cat: ['Transfer', 'Cash Deposit'],
      traits: ['cash-deposit', 'fee-in-fee-column', 'short-net-of-fee'],
    });
  }
  // failed payment and its return
  {
    const day = S.weekday(9);
    const minor = -amt(1500, 6000, 1);
    const a = S.line({
      day,
      amount: minor - 200,
      gross: minor,
      fee: 200,
      text: 'Payment: MAKRO 4410023',
      expect: 'reversal-pair',
      evidence: null,
      cat: ['Transfer', 'Payments'],
    });
    const b = S.line({
      day: S.weekday(day + 2),
      amount: -minor,
      text: 'Returned Payment: MAKRO 4410023 Invalid Account',
      expect: 'reversal-pair',
      evidence: null,
      cat: ['Transfer', 'Other Income'],
    });
    a.partner = b;
    b.partner = a;
    a.traits.push('fee-in-fee-column');
    const d2 = S.weekday(day + 3);
    const L = xr(day, minor, 'Payable Payment', 'Makro SA', 'Payment: Makro SA', '4410023');
    S.line({
      day: d2,
      amount: minor - 200,
      gross: minor,
      fee: 200,
      text: 'Payment: MAKRO 4410023',
      ledger: [L],
      evidence: 'reference',
      evidenceRef: '4410023',
      cat: ['Transfer', 'Payments'],
      traits: ['resent-after-failure', 'fee-in-fee-column', 'late-bank'],
    });
  }
  // ATM withdrawals for petty cash, booked as transfers to Petty Cash
  for (let i = 0; i < 2; i++) {
    const day = S.randDay(3 + i * 12, 12 + i * 12);
    const minor = -amt(500, 2000, 100);
    const L = xr(day, minor, 'Bank Transfer', '', 'Transfer to Petty Cash', '');
    S.line({
      day,
      amount: minor - 1000,
      gross: minor,
      fee: 1000,
      text: `Cash Withdrawal: Capitec ATM ${pick(['Claremont', 'Rondebosch'])}`,
      ledger: [L],
      evidence: 'amount',
      cat: ['Transfer', 'Cash Withdrawal'],
      traits: ['atm-withdrawal', 'fee-in-fee-column', 'short-net-of-fee'],
    });
  }
  // transfer to the savings pocket / from the owner
  {
    const day = S.weekday(20);
    const minor = -amt(5000, 15000, 1000);
    const L = xr(day, minor, 'Bank Transfer', '', 'Transfer to Capitec Business Savings', '');
    S.line({
      day,
      amount: minor,
      text: 'Transfer: To Savings Account',
      ledger: [L],
      evidence: 'amount',
      cat: ['Transfer', 'Own Account'],
      traits: ['interbank-transfer'],
    });
  }
  // bank-only: monthly fees, sms, interest
  S.line({
    day: 31,
    amount: -5000,
    gross: 0,
    fee: 5000,
    text: 'Monthly Account Admin Fee',
    expect: 'bank-only',
    kind: 'charge',
    evidence: null,
    cat: ['Fees', 'Bank Fees'],
  });
  S.line({
    day: 31,
    amount: -(ri(20, 60) * 35),
    gross: 0,
    fee: 0,
    text: 'SMS Notification Fees',
    expect: 'bank-only',
    kind: 'charge',
    evidence: null,
    cat: ['Fees', 'Bank Fees'],
  });
  S.line({
    day: 31,
    amount: ri(300, 2500),
    text: 'Interest Received',
    expect: 'bank-only',
    kind: 'interest',
    evidence: null,
    cat: ['Income', 'Interest'],
  });
  S.bank.at(-2).fee = -S.bank.at(-2).amount;
  // unrecorded
  S.line({
    day: S.weekday(6),
    amount: amt(200, 1200, 1),
    text: `Payment Received: ${digits(10)}`,
    expect: 'no-counterpart',
    evidence: null,
    cat: catIn,
  });
  S.line({
    day: S.weekday(13),
    amount: -amt(150, 900, 1) - ri(0, 99),
    text: 'Card Purchase: Engen Rondebosch',
    expect: 'no-counterpart',
    evidence: null,
    cat: ['Transport', 'Fuel'],
  });
  S.line({
    day: S.weekday(23),
    amount: -amt(100, 600, 1),
    text: 'Card Purchase: Uber Eats Cape Town',
    expect: 'no-counterpart',
    evidence: null,
    cat: ['Food', 'Takeaways'],
  });
  S.line({
    day: S.weekday(27),
    amount: amt(2000, 9000, 1),
    text: 'Payment Received: J MOLEFE',
    expect: 'no-counterpart',
    evidence: null,
    cat: catIn,
  });
  // books only
  {
    const L = xr(31, amt(3000, 9000, 1), 'Receive Money', 'Cash Sales', 'Cash banked', '');
    L.ledgerOnly = 'cash banked after hours on 31 October';
    const [name] = suppliers[4];
    const L2 = xr(30, -amt(1000, 4000, 1), 'Payable Payment', name, `Payment: ${name}`, `TAK${ri(100000, 999999)}`);
    L2.ledgerOnly = 'EFT scheduled for 3 November, recorded in October';
  }
  S.render = renderSouthAfrica;
  return S;
}

// =====================================================================================
// Rendering: sort, balance, write files, assign row numbers
// =====================================================================================
const bankOrder = (S) => [...S.bank].sort((a, b) => a.day - b.day || a.seq - b.seq);
const ledgerOrder = (S, rows) => [...rows].sort((a, b) => a.day - b.day || a.seq - b.seq);

function csvCell(v) {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
const toCsv = (rows) => rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';

function renderNigeria(S) {
  const dd = (d) => `${p2(d)}-${MON[S.month - 1]}-${S.year}`;
  const opening = 1834250075;
  S.opening = opening;
  const rows = [
    ['ACCESS BANK PLC'],
    ['STATEMENT OF ACCOUNT'],
    ['Account Name:', 'KOLA AND ADE DISTRIBUTION LTD'],
    ['Account Number:', '0712345678'],
    ['Currency:', 'NGN'],
    ['Period:', `01-Jun-2025 to 30-Jun-2025`],
    ['Opening Balance:', opening / 100],
    ['Closing Balance:', null],
    [],
    ['Posted Date', 'Value Date', 'Description', 'Debit', 'Credit', 'Balance'],
  ];
  S.headerRow = rows.length;
  let bal = opening;
  for (const l of bankOrder(S)) {
    bal += l.amount;
    l.balance = bal;
    rows.push([
      dd(l.day),
      dd(l.valueDay ?? l.day),
      l.text,
      l.amount < 0 ? -l.amount / 100 : null,
      l.amount > 0 ? l.amount / 100 : null,
      bal / 100,
    ]);
    l.row = rows.length;
  }
  rows[7][1] = bal / 100;
  S.closing = bal;
  const ws = XLSX.utils.aoa_to_sheet(rows);
  ws['!cols'] = [{ wch: 12 }, { wch: 12 }, { wch: 70 }, { wch: 14 }, { wch: 14 }, { wch: 16 }];
  for (const [addr, cell] of Object.entries(ws)) if (addr[0] !== '!' && cell.t === 'n') cell.z = '#,##0.00';
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'Statement');
  S.bankFile = 'access-0712-statement-jun2025.xlsx';
  S.bankBytes = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
  S.bankRefCol = false;
  S.bankReadOptions = {};
  // Zoho Books Account Transactions
  const zd = (d) => `${p2(d)}/${p2(S.month)}/${S.year}`;
  const lrows = [
    [
      'Date',
      'Account',
      'Transaction Details',
      'Transaction Type',
      'Transaction#',
      'Reference#',
      'Debit',
      'Credit',
      'Amount',
    ],
  ];
  S.ledgerHeaderRow = 1;
  lrows.push([zd(1), 'Access Bank Current - 0712', 'Opening Balance', '', '', '', dec(opening), '', dec(opening)]);
  S.nonEntryRows = [{ row: 2, why: 'opening balance of the account, not an entry' }];
  let lb = opening;
  for (const r of ledgerOrder(S, S.ledger)) {
    lb += r.amount;
    lrows.push([
      zd(r.day),
      r.account,
      r.details,
      r.type,
      r.txn,
      r.ref,
      r.amount > 0 ? dec(r.amount) : '',
      r.amount < 0 ? dec(-r.amount) : '',
      dec(r.amount),
    ]);
    r.row = lrows.length;
    r.description = `${r.details} — ${r.type}`;
    r.party = null;
    r.reference = r.ref || null;
    r.accountCode = r.account;
  }
  lrows.push(['', '', 'Closing Balance', '', '', '', '', '', dec(lb)]);
  S.bookClosing = lb;
  S.ledgerFile = 'zoho-account-transactions-access-jun2025.csv';
  S.ledgerBytes = toCsv(lrows);
  S.ledgerPackage = 'Zoho Books — Account Transactions report (CSV)';
  S.ledgerAccount = 'Access Bank Current - 0712';
  S.ledgerReadOptions = {
    currency: 'NGN',
    dateOrder: 'DMY',
    mapping: {
      date: 'Date',
      account: 'Account',
      description: ['Transaction Details', 'Transaction Type'],
      journalId: 'Transaction#',
      reference: 'Reference#',
      moneyIn: 'Debit',
      moneyOut: 'Credit',
    },
  };
}

function renderKenya(S) {
  const dd = (d) => `${p2(d)}/${p2(S.month)}/${S.year}`;
  const opening = 284530060;
  S.opening = opening;
  const rows = [
    ['EQUITY BANK (KENYA) LIMITED'],
    ['STATEMENT OF ACCOUNT'],
    ['Account Name', 'KILIMANI FRESH SUPPLIES LTD'],
    ['Account Number', '0180291234567'],
    ['Currency', 'KES'],
    ['Branch', 'KILIMANI'],
    ['Statement Period', `01/07/2025 - 31/07/2025`],
    [],
    ['Tran Date', 'Value Date', 'Particulars', 'Chq No', 'Withdrawals', 'Deposits', 'Balance'],
    ['', '', 'OPENING BALANCE', '', '', '', grouped(opening)],
  ];
  S.headerRow = 9;
  let bal = opening;
  for (const l of bankOrder(S)) {
    bal += l.amount;
    l.balance = bal;
    rows.push([
      dd(l.day),
      dd(l.day),
      l.text,
      l.ref ?? '',
      l.amount < 0 ? grouped(-l.amount) : '',
      l.amount > 0 ? grouped(l.amount) : '',
      grouped(bal),
    ]);
    l.row = rows.length;
  }
  rows.push(['', '', 'CLOSING BALANCE', '', '', '', grouped(bal)]);
  S.closing = bal;
  S.bankFile = 'equity-0180291234567-jul2025.csv';
  S.bankBytes = toCsv(rows);
  S.bankRefCol = true;
  S.bankReadOptions = {
    currency: 'KES',
    dateOrder: 'DMY',
    mapping: {
      date: 'Tran Date',
      valueDate: 'Value Date',
      description: 'Particulars',
      reference: 'Chq No',
      moneyOut: 'Withdrawals',
      moneyIn: 'Deposits',
      balance: 'Balance',
    },
  };
  // QuickBooks Online General Ledger
  const lrows = [
    ['Kilimani Fresh Supplies Ltd'],
    ['General Ledger'],
    ['July 2025'],
    [],
    ['', 'Date', 'Transaction Type', 'Num', 'Name', 'Memo/Description', 'Split', 'Amount', 'Balance'],
  ];
  S.ledgerHeaderRow = 5;
  lrows.push([S.bankName]);
  lrows.push(['', 'Beginning Balance', '', '', '', '', '', '', dec(opening)]);
  S.nonEntryRows = [];
  let lb = opening;
  for (const r of ledgerOrder(
    S,
    S.ledger.filter((x) => !x.other),
  )) {
    lb += r.amount;
    lrows.push(['', dd(r.day), r.type, r.num, r.name, r.memo, r.split, dec(r.amount), dec(lb)]);
    r.row = lrows.length;
    r.reference = r.num || null;
    r.description = r.memo || null;
    r.party = r.name || null;
    r.accountCode = S.bankName;
  }
  lrows.push([`Total for ${S.bankName}`, '', '', '', '', '', '', dec(lb - opening), '']);
  S.bookClosing = lb;
  lrows.push(['Petty Cash']);
  lrows.push(['', 'Beginning Balance', '', '', '', '', '', '', '15000.00']);
  let pb = 1500000;
  const others = ledgerOrder(
    S,
    S.ledger.filter((x) => x.other),
  );
  for (const r of others) {
    pb += r.amount;
    lrows.push(['', dd(r.day), r.type, r.num, r.name, r.memo, r.split, dec(r.amount), dec(pb)]);
    r.row = lrows.length;
  }
  lrows.push(['Total for Petty Cash', '', '', '', '', '', '', dec(pb - 1500000), '']);
  lrows.push(['TOTAL', '', '', '', '', '', '', dec(lb - opening + pb - 1500000), '']);
  lrows.push([]);
  lrows.push([`Accrual Basis ${'Friday, 1 August 2025 09:14 AM GMT+03:00'}`]);
  S.ledgerFile = 'qbo-general-ledger-jul2025.csv';
  S.ledgerBytes = toCsv(lrows);
  S.ledgerPackage = 'QuickBooks Online — General Ledger report (CSV)';
  S.ledgerAccount = S.bankName;
  S.ledgerReadOptions = { currency: 'KES', dateOrder: 'DMY' };
}

function renderGhana(S) {
  const dd = (d) => `${p2(d)}-${MON[S.month - 1].toUpperCase()}-${S.year}`;
  const opening = 18632417;
  S.opening = opening;
  const rows = [
    ['ECOBANK GHANA PLC'],
    ['ACCOUNT STATEMENT'],
    ['Account Name:', 'ASANTE PHARMA DISTRIBUTORS LTD'],
    ['Account Number:', '1441001234567'],
    ['Currency:', 'GHS'],
    ['Statement Period:', '01-JAN-2025 TO 31-JAN-2025'],
    ['Opening Balance:', grouped(opening)],
    [],
    ['Transaction Date', 'Reference', 'Description', 'Value Date', 'Debit', 'Credit', 'Balance'],
  ];
  S.headerRow = rows.length;
  let bal = opening;
  for (const l of bankOrder(S)) {
    bal += l.amount;
    l.balance = bal;
    rows.push([
      dd(l.day),
      l.ref ?? '',
      l.text,
      dd(l.day),
      l.amount < 0 ? grouped(-l.amount) : '',
      l.amount > 0 ? grouped(l.amount) : '',
      grouped(bal),
    ]);
    l.row = rows.length;
  }
  rows.push([]);
  rows.push(['Closing Balance:', grouped(bal)]);
  S.closing = bal;
  S.bankFile = 'ecobank-gh-1441001234567-jan2025.csv';
  S.bankBytes = toCsv(rows);
  S.bankRefCol = true;
  S.bankReadOptions = {
    currency: 'GHS',
    mapping: {
      date: 'Transaction Date',
      valueDate: 'Value Date',
      description: 'Description',
      reference: 'Reference',
      moneyOut: 'Debit',
      moneyIn: 'Credit',
      balance: 'Balance',
    },
  };
  // Sage Business Cloud Accounting — Detailed Ledger Transactions
  const sd = (d) => `${p2(d)}/${p2(S.month)}/${S.year}`;
  const lrows = [
    ['Asante Pharma Distributors Ltd'],
    ['Detailed Ledger Transactions'],
    ['From 01/01/2025 To 31/01/2025'],
    [],
    ['Account', 'Date', 'Type', 'Reference', 'Contact', 'Description', 'Debit', 'Credit', 'Balance'],
  ];
  S.ledgerHeaderRow = 5;
  const ACC = '1010 - Ecobank Current Account';
  lrows.push([ACC, sd(1), '', '', '', 'Opening Balance', '', '', dec(opening)]);
  S.nonEntryRows = [{ row: 6, why: 'opening balance of the account section, not an entry' }];
  let lb = opening;
  for (const r of ledgerOrder(
    S,
    S.ledger.filter((x) => !x.other),
  )) {
    lb += r.amount;
    lrows.push([
      r.account,
      sd(r.day),
      r.type,
      r.ref,
      r.contact,
      r.desc,
      r.amount > 0 ? dec(r.amount) : '',
      r.amount < 0 ? dec(-r.amount) : '',
      dec(lb),
    ]);
    r.row = lrows.length;
    r.reference = r.ref || null;
    r.description = r.desc || null;
    r.party = r.contact || null;
    r.accountCode = ACC;
  }
  lrows.push([`Total ${ACC}`, '', '', '', '', '', '', '', dec(lb)]);
  S.bookClosing = lb;
  let pb = 80000;
  lrows.push(['1020 - Petty Cash', sd(1), '', '', '', 'Opening Balance', '', '', dec(pb)]);
  S.nonEntryRows.push({
    row: lrows.length,
    why: 'opening balance of the petty cash section (another account), not an entry',
  });
  for (const r of ledgerOrder(
    S,
    S.ledger.filter((x) => x.other),
  )) {
    pb += r.amount;
    lrows.push([r.account, sd(r.day), r.type, r.ref, r.contact, r.desc, '', dec(-r.amount), dec(pb)]);
    r.row = lrows.length;
  }
  lrows.push(['Total 1020 - Petty Cash', '', '', '', '', '', '', '', dec(pb)]);
  S.ledgerFile = 'sage-detailed-ledger-jan2025.csv';
  S.ledgerBytes = toCsv(lrows);
  S.ledgerPackage = 'Sage Business Cloud Accounting — Detailed Ledger Transactions (CSV)';
  S.ledgerAccount = ACC;
  S.ledgerReadOptions = { currency: 'GHS', dateOrder: 'DMY' };
}

function renderSouthAfrica(S) {
  const cd = (d) => `${S.year}-${p2(S.month)}-${p2(d)}`;
  const opening = 8765432;
  S.opening = opening;
  const rows = [
    [
      'Nr',
      'Account',
      'Posting Date',
      'Transaction Date',
      'Description',
      'Original Description',
      'Parent Category',
      'Category',
      'Money In',
      'Money Out',
      'Fee',
      'Balance',
    ],
  ];
  S.headerRow = 1;
  let bal = opening;
  let nr = 0;
  for (const l of bankOrder(S)) {
    bal += l.amount;
    l.balance = bal;
    const gross = l.gross ?? l.amount;
    const fee = l.fee ?? 0;
    const [pc, c] = l.cat ?? ['Other', 'Other'];
    const txDay = l.traits.includes('settled-next-day') ? l.day : S.clampDay(l.day - (chance(0.15) ? 1 : 0));
    rows.push([
      ++nr,
      '1052345678',
      cd(l.day),
      cd(txDay),
      l.text,
      l.text.toUpperCase().slice(0, 40).trimEnd(),
      pc,
      c,
      gross > 0 ? dec(gross) : '',
      gross < 0 ? dec(gross) : '',
      fee ? dec(-fee) : '',
      dec(bal),
    ]);
    l.row = rows.length;
  }
  S.closing = bal;
  S.bankFile = 'capitec-business-1052345678-oct2025.csv';
  S.bankBytes = toCsv(rows);
  S.bankRefCol = false;
  S.bankReadOptions = {};
  // Xero Account Transactions
  const xd = (d) => `${d} ${MON[S.month - 1]} ${S.year}`;
  const lrows = [
    ['Account Transactions'],
    ['Karoo Digital Supplies (Pty) Ltd'],
    ['For the period 1 October 2025 to 31 October 2025'],
    [],
    ['Date', 'Source', 'Contact', 'Description', 'Reference', 'Debit', 'Credit', 'Running Balance', 'Gross', 'VAT'],
  ];
  S.ledgerHeaderRow = 5;
  const ACC = 'Capitec Business (1052345678)';
  lrows.push([ACC]);
  lrows.push(['Opening Balance', '', '', '', '', '', '', dec(opening), '', '']);
  S.nonEntryRows = [];
  let lb = opening;
  for (const r of ledgerOrder(S, S.ledger)) {
    lb += r.amount;
    const vat = r.source === 'Spend Money' && !/SARS|Staff/.test(r.contact) ? Math.round((r.amount * 15) / 115) : 0;
    lrows.push([
      xd(r.day),
      r.source,
      r.contact,
      r.desc,
      r.ref,
      r.amount > 0 ? dec(r.amount) : '',
      r.amount < 0 ? dec(-r.amount) : '',
      dec(lb),
      dec(r.amount),
      vat ? dec(vat) : '0.00',
    ]);
    r.row = lrows.length;
    r.reference = r.ref || null;
    r.description = r.desc || null;
    r.party = r.contact || null;
    r.accountCode = ACC;
  }
  lrows.push([
    `Total ${ACC}`,
    '',
    '',
    '',
    '',
    dec(S.ledger.filter((r) => r.amount > 0).reduce((s, r) => s + r.amount, 0)),
    dec(-S.ledger.filter((r) => r.amount < 0).reduce((s, r) => s + r.amount, 0)),
    '',
    '',
    '',
  ]);
  lrows.push(['Closing Balance', '', '', '', '', '', '', dec(lb), '', '']);
  S.bookClosing = lb;
  S.ledgerFile = 'xero-account-transactions-oct2025.csv';
  S.ledgerBytes = toCsv(lrows);
  S.ledgerPackage = 'Xero — Account Transactions report (CSV)';
  S.ledgerAccount = ACC;
  S.ledgerReadOptions = { currency: 'ZAR' };
}

// =====================================================================================
// truth.json, reconcile JSON, index
// =====================================================================================
function build(S) {
  S.render(S);
  const dir = join(OUT, S.set);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, S.bankFile), S.bankBytes);
  writeFileSync(join(dir, S.ledgerFile), S.ledgerBytes);
  const lref = (r) => ({ file: S.ledgerFile, row: r.row, date: S.iso(r.day), amount: dec(r.amount) });
  const bref = (l) => ({ file: S.bankFile, row: l.row, date: S.iso(l.day), amount: dec(l.amount), text: l.text });
  const bankRows = bankOrder(S);
  const truthBank = bankRows.map((l) => {
    const e = {
      ref: bref(l),
      expect: l.expect,
      ledger: l.expect === 'match' ? l.ledger.map(lref) : [],
      group: l.expect === 'match' ? l.grp : null,
      evidence: l.expect === 'match' ? l.evidence : null,
      ambiguous: Boolean(l.anyOf),
    };
    if (l.anyOf) e.ledgerAnyOf = l.anyOf.map((set) => set.map(lref));
    e.kind = l.expect === 'bank-only' ? l.kind : null;
    e.partner = l.expect === 'reversal-pair' ? bref(l.partner) : null;
    e.traits = [...new Set(l.traits)];
    return e;
  });
  const ownLedger = ledgerOrder(
    S,
    S.ledger.filter((r) => !r.other),
  );
  const used = new Set(S.bank.flatMap((l) => l.ledger));
  for (const r of ownLedger)
    if (!used.has(r) && !r.ledgerOnly) throw new Error(`${S.set}: ledger row ${r.row} neither matched nor ledger-only`);
  const truth = {
    set: S.set,
    country: S.country,
    currency: S.currency,
    timezone: S.timezone,
    period: { from: S.iso(1), to: S.iso(S.daysInMonth) },
    seed: SEED,
    bankFiles: [
      {
        file: S.bankFile,
        bank: { NG: 'Access Bank', KE: 'Equity Bank', GH: 'Ecobank Ghana', ZA: 'Capitec Business' }[S.country],
        headerRow: S.headerRow,
        ledgerAccount: S.ledgerAccount,
        readOptions: S.bankReadOptions,
        openingBalance: dec(S.opening),
        closingBalance: dec(S.closing),
      },
    ],
    ledgerFiles: [
      {
        file: S.ledgerFile,
        package: S.ledgerPackage,
        headerRow: S.ledgerHeaderRow,
        readOptions: S.ledgerReadOptions,
        ...(S.nonEntryRows.length ? { nonEntryRows: S.nonEntryRows } : {}),
      },
    ],
    bank: truthBank,
    ledgerOnly: ownLedger.filter((r) => r.ledgerOnly).map((r) => ({ ...lref(r), why: r.ledgerOnly })),
  };
  writeJson(join(dir, 'truth.json'), truth);
  const doc = {
    options: { timezone: S.timezone },
    bank: bankRows.map((l) => ({
      id: `${S.bankFile}#${l.row}`,
      date: S.iso(l.day),
      amount: dec(l.amount),
      currency: S.currency,
      narration: l.text,
      reference: S.bankRefCol ? l.ref || null : null,
      counterparty: null,
      balance: dec(l.balance),
    })),
    ledger: ownLedger.map((r) => ({
      id: `${S.ledgerFile}#${r.row}`,
      date: S.iso(r.day),
      dueDate: null,
      amount: dec(r.amount),
      currency: S.currency,
      reference: r.reference,
      description: r.description,
      party: r.party,
      account: r.accountCode,
    })),
    statement: {
      from: S.iso(1),
      to: S.iso(S.daysInMonth),
      bankBalance: dec(S.closing),
      bookBalance: dec(S.bookClosing),
    },
  };
  writeJson(join(dir, `reconcile.${S.bankFile}.json`), doc);
  const c = (x) => truthBank.filter((e) => e.expect === x).length;
  return {
    set: S.set,
    files: [S.bankFile, S.ledgerFile],
    bankLines: truthBank.length,
    ledgerRows: ownLedger.length,
    match: c('match'),
    bankOnly: c('bank-only'),
    reversalPair: c('reversal-pair'),
    noCounterpart: c('no-counterpart'),
    ledgerOnly: truth.ledgerOnly.length,
    matchedWithoutReference: truthBank.filter((e) => e.expect === 'match' && e.evidence !== 'reference').length,
    ambiguous: truthBank.filter((e) => e.ambiguous).length,
  };
}

const sets = [];
for (const make of [setNigeria, setKenya, setGhana, setSouthAfrica]) {
  rnd = mulberry32(SEED + sets.length * 7919);
  sets.push(build(make()));
}
writeJson(join(OUT, 'index.json'), { seed: SEED, sets });
for (const [path, text] of jsonFiles) {
  const options = (await prettier.resolveConfig(path)) ?? {};
  writeFileSync(path, await prettier.format(text, { ...options, filepath: path }));
}
for (const s of sets) console.log(JSON.stringify(s));
