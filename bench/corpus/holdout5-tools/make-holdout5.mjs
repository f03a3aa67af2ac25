// Seeded generator of the holdout5 real-layout sets (bench/corpus/holdout5/**).
// Same seed → same bytes. BANKFEED_CORPUS_SEED overrides the default seed.
// Written from the public file layouts and bench/corpus/README.md only.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import XLSX from 'xlsx';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, '..', 'holdout5');
const SEED = Number(process.env.BANKFEED_CORPUS_SEED ?? 20260301);
console.log(`holdout5 seed ${SEED}`);

// ---------- helpers ----------
function mulberry32(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
let R = mulberry32(SEED);
const rnd = () => R();
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const chance = (p) => rnd() < p;
const round100 = (minor) => Math.round(minor / 100) * 100;
const money = (minor) => {
  const s = minor < 0 ? '-' : '';
  const a = Math.abs(minor);
  return `${s}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
};
const grouped = (minor) => {
  const a = Math.abs(minor);
  const int = String(Math.floor(a / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${int}.${String(a % 100).padStart(2, '0')}`;
};
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function addDays(iso, n) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
const dow = (iso) => new Date(`${iso}T00:00:00Z`).getUTCDay();
function workday(iso) {
  let d = iso;
  while (dow(d) === 0 || dow(d) === 6) d = addDays(d, 1);
  return d;
}
const dmy = (iso) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const dMonY = (iso) => `${iso.slice(8, 10)}-${MON[Number(iso.slice(5, 7)) - 1]}-${iso.slice(0, 4)}`;
const dSpace = (iso) => `${iso.slice(8, 10)} ${MON[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
const xlDate = (iso) => new Date(`${iso}T00:00:00Z`);
const digits = (n) => Array.from({ length: n }, () => ri(0, 9)).join('');
const csvCell = (v) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const toCsv = (rows) => rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
function writeXlsx(path, sheetName, rows, dateFmt) {
  const ws = XLSX.utils.aoa_to_sheet(rows, { cellDates: true, dateNF: dateFmt });
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  wb.Props = { Title: sheetName, CreatedDate: new Date('2026-04-02T08:00:00Z') };
  const buf = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
  // zip timestamps: fixed by SheetJS when Props.CreatedDate is given; strip anything time-dependent below
  writeFileSync(path, buf);
}

// Reference writings of one document number. canonical(serial) gives the package's own writing.
function refVariant(style, doc) {
  const { prefix, serial, width, year } = doc;
  const pad = String(serial).padStart(width, '0');
  switch (style) {
    case 'ref-canonical':
      return doc.canonical;
    case 'ref-lowercase':
      return doc.canonical.toLowerCase();
    case 'ref-no-padding':
      return `${prefix}${doc.sep ?? '-'}${serial}`;
    case 'ref-spaces':
      return `${prefix} ${pad}`;
    case 'ref-slashes':
      return year ? `${prefix}/${year}/${pad}` : `${prefix}/${pad}`;
    case 'ref-serial-only':
      return `${prefix.slice(0, 3).toLowerCase()} ${serial}`;
    case 'ref-year-serial-joined':
      return `${prefix}${year ?? '2026'}${pad}`;
    default:
      throw new Error(style);
  }
}
const REF_STYLES = [
  'ref-canonical',
  'ref-canonical',
  'ref-lowercase',
  'ref-no-padding',
  'ref-spaces',
  'ref-slashes',
  'ref-serial-only',
  'ref-year-serial-joined',
];

// ---------- model ----------
// bank line: { date, amt, narr, bref, ... , t: { expect, evidence, traits, kind, led: [L], group, anyOf, partner } }
// ledger row: { date, amt, ref, desc, party, type, num, acct, only?: why, other?: true }
function makeSet() {
  const S = { bank: [], led: [], seq: 0, grp: 0 };
  S.b = (date, amt, narr, extra = {}) => {
    const line = { date, amt, narr, seq: S.seq++, ...extra };
    line.t = { expect: 'match', evidence: 'amount', traits: [], kind: null, led: [], group: null };
    S.bank.push(line);
    return line;
  };
  S.l = (date, amt, fields = {}) => {
    const row = { date, amt, seq: S.seq++, ...fields };
    S.led.push(row);
    return row;
  };
  S.match = (lines, rows, evidence, traits = []) => {
    const ls = Array.isArray(lines) ? lines : [lines];
    const rs = Array.isArray(rows) ? rows : [rows];
    const g = ls.length > 1 ? `g${String(++S.grp).padStart(3, '0')}` : null;
    for (const x of ls) Object.assign(x.t, { expect: 'match', evidence, traits, led: rs, group: g });
  };
  S.bankOnly = (line, kind, traits = []) =>
    Object.assign(line.t, { expect: 'bank-only', kind, traits, evidence: 'amount' });
  S.noCp = (line, evidence, traits = []) => Object.assign(line.t, { expect: 'no-counterpart', evidence, traits });
  S.pair = (a, b, evidence) => {
    Object.assign(a.t, { expect: 'reversal-pair', partner: b, evidence, traits: ['failed-transfer'] });
    Object.assign(b.t, { expect: 'reversal-pair', partner: a, evidence, traits: ['reversal'] });
  };
  return S;
}

// Shared scenario: builds a month of a business's bank account from a country profile P.
function buildMonth(S, P) {
  const days = [];
  for (let d = P.from; d <= P.to; d = addDays(d, 1)) if (dow(d) !== 0 && dow(d) !== 6) days.push(d);
  const someDay = (lo = 0, hi = days.length - 1) => days[ri(lo, hi)];
  const lastDay = days[days.length - 1];
  let invSerial = P.invStart;
  let billSerial = 0;
  const newInv = () => P.invDoc(invSerial++);
  const newBill = (sup) => P.billDoc(sup, ++billSerial);
  const amount = (lo, hi, step = 100) => ri(lo / step, hi / step) * step * 100;
  const late = (d) => (chance(0.25) ? ((x) => (x > P.to ? P.to : x))(addDays(d, ri(1, 6))) : d);

  // --- customer receipts paying one invoice
  for (let i = 0; i < P.nReceipts; i++) {
    const c = pick(P.customers);
    const inv = newInv();
    const d = someDay();
    const amt = amount(P.invLo, P.invHi, P.step);
    const mode = rnd();
    const ch = P.inChannel(c, d);
    let bankAmt = amt;
    let traits = [];
    let ledAmt = amt;
    if (P.whtRate && c.wht && chance(0.7)) {
      bankAmt = amt - Math.round((amt * P.whtRate) / 100);
      if (P.whtBookedGross && chance(0.5)) {
        traits.push(P.whtTrait);
      } else {
        ledAmt = bankAmt;
        traits.push('withholding-booked-net');
      }
    }
    let line, evidence;
    if (mode < 0.45) {
      const style = pick(REF_STYLES);
      line = ch.line(S, d, bankAmt, c, refVariant(style, inv));
      traits.push(style);
      evidence = 'reference';
    } else if (mode < 0.85) {
      line = ch.line(S, d, bankAmt, c, null);
      traits.push('name-only');
      evidence = 'counterparty';
    } else {
      line = P.anonIn(S, d, bankAmt, c);
      traits.push('amount-only');
      evidence = 'amount';
    }
    if (ch.traits) traits.push(...ch.traits);
    const ld = late(d);
    if (ld !== d) traits.push('late-posting');
    const row = S.l(ld, ledAmt, P.receiptRow(c, inv, ledAmt, line));
    S.match(line, row, evidence, traits);
    P.afterIn?.(S, line);
  }

  // --- one transfer for two invoices
  for (let i = 0; i < 2; i++) {
    const c = pick(P.customers);
    const [a, b] = [newInv(), newInv()];
    const [x, y] = [amount(P.invLo, P.invHi, P.step), amount(P.invLo, P.invHi, P.step)];
    const d = someDay(2);
    const text = i === 0 ? `${a.canonical} ${b.canonical}` : `${a.canonical}/${String(b.serial)}`;
    const line = P.inChannel(c, d).line(S, d, x + y, c, text);
    if (P.splitInvoicesAsRows) {
      const r1 = S.l(d, x, P.receiptRow(c, a, x, line));
      const r2 = S.l(d, y, P.receiptRow(c, b, y, line));
      S.match(line, [r1, r2], 'reference', ['split-one-to-many', 'ref-canonical']);
    } else {
      const r = S.l(d, x + y, P.receiptRow(c, a, x + y, line, b));
      S.match(line, r, 'reference', ['two-invoices-one-payment', 'ref-canonical']);
    }
    P.afterIn?.(S, line);
  }

  // --- invoice less its credit note (the payment row carries the net)
  {
    const c = pick(P.customers);
    const inv = newInv();
    const gross = amount(P.invLo, P.invHi, P.step);
    const cn = Math.round(gross * 0.1);
    const d = someDay(4);
    const line = P.inChannel(c, d).line(S, d, gross - cn, c, null);
    const r = S.l(d, gross - cn, P.receiptRow(c, inv, gross - cn, line, null, P.creditNote(inv)));
    S.match(line, r, 'counterparty', ['invoice-less-credit-note', 'name-only']);
    P.afterIn?.(S, line);
  }

  // --- over-payment and under-payment (ledger row at the invoice amount)
  {
    const c = pick(P.customers);
    const inv = newInv();
    const amt = amount(P.invLo, P.invHi, P.step);
    const d = someDay(3);
    const line = P.inChannel(c, d).line(S, d, amt + P.overBy, c, refVariant('ref-canonical', inv));
    const r = S.l(d, amt, P.receiptRow(c, inv, amt, line));
    S.match(line, r, 'reference', ['over-payment', 'ref-canonical']);
    P.afterIn?.(S, line);
    const c2 = pick(P.customers);
    const inv2 = newInv();
    const amt2 = amount(P.invLo, P.invHi, P.step);
    const d2_ = someDay(3);
    const line2 = P.inChannel(c2, d2_).line(S, d2_, amt2 - P.payerChargeMinor, c2, refVariant('ref-lowercase', inv2));
    const r2 = S.l(d2_, amt2, P.receiptRow(c2, inv2, amt2, line2));
    S.match(
      line2,
      r2,
      'reference',
      P.payerChargeMinor ? ['short-payer-bank-charge', 'ref-lowercase'] : ['ref-lowercase'],
    );
    P.afterIn?.(S, line2);
  }

  // --- instalments: booked per instalment, and booked once by the bookkeeper
  {
    const c = pick(P.customers);
    const inv = newInv();
    const amt = amount(P.invLo * 2, P.invHi * 2, P.step);
    const h = round100(amt / 2);
    const [d1, d2__] = [someDay(0, 8), someDay(12)];
    const l1 = P.inChannel(c, d1).line(S, d1, h, c, refVariant('ref-canonical', inv));
    const l2 = P.inChannel(c, d2__).line(S, d2__, amt - h, c, refVariant('ref-canonical', inv));
    const r1 = S.l(d1, h, P.receiptRow(c, inv, h, l1, null, null, 'instalment 1'));
    const r2 = S.l(d2__, amt - h, P.receiptRow(c, inv, amt - h, l2, null, null, 'instalment 2'));
    S.match(l1, r1, 'reference', ['instalment', 'ref-canonical']);
    S.match(l2, r2, 'reference', ['instalment', 'ref-canonical']);
    P.afterIn?.(S, l1);
    P.afterIn?.(S, l2);
    const c2 = pick(P.customers);
    const inv2 = newInv();
    const amt2 = amount(P.invLo * 2, P.invHi * 2, P.step);
    const h2 = round100(amt2 * 0.4);
    const [e1, e2] = [someDay(2, 9), someDay(10, 15)];
    const m1 = P.inChannel(c2, e1).line(S, e1, h2, c2, null);
    const m2 = P.inChannel(c2, e2).line(S, e2, amt2 - h2, c2, null);
    const rr = S.l(e2, amt2, P.receiptRow(c2, inv2, amt2, m2));
    S.match([m1, m2], rr, 'counterparty', ['instalments-booked-once', 'split-many-to-one', 'name-only']);
    P.afterIn?.(S, m1);
    P.afterIn?.(S, m2);
  }

  // --- twins: the same customer pays the same amount twice on one day (two invoices of one price)
  {
    const c = pick(P.customers.filter((x) => x.via !== 'mpesa'));
    const amt = amount(P.invLo, P.invLo * 3, P.step);
    const d = someDay(5);
    const la = P.inChannel(c, d).line(S, d, amt, c, null);
    const lb = P.inChannel(c, d).line(S, d, amt, c, null);
    const [ia, ib] = [newInv(), newInv()];
    const ra = S.l(d, amt, P.receiptRow(c, ia, amt, la));
    const rb = S.l(d, amt, P.receiptRow(c, ib, amt, lb));
    S.match(la, ra, 'counterparty', ['twins', 'name-only']);
    S.match(lb, rb, 'counterparty', ['twins', 'name-only']);
    for (const x of [la, lb]) Object.assign(x.t, { ambiguous: true, anyOf: [[ra], [rb]] });
    P.afterIn?.(S, la);
    P.afterIn?.(S, lb);
  }

  // --- supplier payments
  for (let i = 0; i < P.nPayments; i++) {
    const s = pick(P.suppliers);
    const bill = newBill(s);
    const d = someDay();
    const amt = amount(s.lo, s.hi, P.step);
    const mode = rnd();
    let line, evidence, traits;
    if (mode < 0.45) {
      const st = pick(['ref-canonical', 'ref-canonical', 'ref-lowercase', 'ref-spaces']);
      line = P.outLine(S, d, -amt, s, st === 'ref-canonical' ? bill.canonical : refVariant(st, bill));
      evidence = 'reference';
      traits = [st];
    } else if (mode < 0.9) {
      line = P.outLine(S, d, -amt, s, null);
      evidence = 'counterparty';
      traits = ['name-only'];
    } else {
      line = P.outLine(S, d, -amt, s, null, true);
      evidence = 'amount';
      traits = ['amount-only'];
    }
    const ld = chance(0.2) ? addDays(d, -ri(1, 3)) : late(d);
    if (ld > d) traits.push('late-posting');
    if (ld < d) traits.push('booked-before-bank-date');
    const row = S.l(ld < P.from ? P.from : ld, -amt, P.paymentRow(s, bill, -amt));
    S.match(line, row, evidence, traits);
    P.afterOut?.(S, line, amt);
  }

  // --- failed transfer, reversed, sent again (the books hold the payment once)
  {
    const s = pick(P.suppliers);
    const bill = newBill(s);
    const amt = amount(s.lo, s.hi, P.step);
    const d = someDay(3, 12);
    const f = P.outLine(S, d, -amt, s, bill.canonical);
    P.afterOut?.(S, f, amt);
    const rv = P.reversalLine(S, d, amt, f);
    S.pair(f, rv, 'reference');
    const d3 = addDays(d, 1);
    const again = P.outLine(S, workday(d3), -amt, s, bill.canonical);
    P.afterOut?.(S, again, amt);
    const row = S.l(d, -amt, P.paymentRow(s, bill, -amt));
    S.match(again, row, 'reference', ['ref-canonical', 'resent-after-failure']);
  }

  // --- cheques issued: presented, and not yet presented
  for (let i = 0; i < 5; i++) {
    const s = pick(P.suppliers);
    const bill = newBill(s);
    const chq = String(P.chqStart + i).padStart(P.chqWidth, '0');
    const amt = amount(s.lo, s.hi, P.step);
    const issued = someDay(0, 14);
    const presented = i < 3 ? someDay(days.indexOf(issued) + 2) : null;
    const row = S.l(issued, -amt, P.chequeRow(s, bill, chq, -amt));
    if (presented) {
      const line = P.chequeOut(S, presented, -amt, chq, s);
      S.match(line, row, 'reference', ['cheque-number', 'settled-later']);
      P.afterCheque?.(S, line);
    } else {
      row.only = 'cheque issued, not yet presented';
    }
  }

  // --- payroll
  P.payroll(S, someDay(days.length - 6, days.length - 3), days);

  // --- card / gateway settlements net of fees
  P.settlements(S, days);

  // --- own-account transfers / wallet sweeps
  P.transfers?.(S, days);

  // --- cash deposits
  for (let i = 0; i < P.nCash; i++) {
    const d = someDay();
    const amt = amount(P.cashLo, P.cashHi, P.step);
    const line = P.cashIn(S, d, amt);
    const row = S.l(d, amt, P.cashRow(amt));
    S.match(line, row, P.cashEvidence ?? 'amount', ['cash-deposit']);
  }

  // --- recurring bank charges, levies, interest (some booked by the bookkeeper)
  P.charges(S, days);

  // --- genuine lines the bookkeeper has not recorded
  P.unrecorded(S, days);

  // --- outstanding: receipts booked, reaching the bank next month
  for (let i = 0; i < 2; i++) {
    const c = pick(P.customers);
    const inv = newInv();
    const amt = amount(P.invLo, P.invHi, P.step);
    const row = S.l(lastDay, amt, P.receiptRow(c, inv, amt, null));
    row.only =
      i === 0
        ? 'deposit in transit: cheque banked on the last day, credited next month'
        : 'receipt booked, money arrives next month';
  }
  return { days, lastDay };
}

// ---------- finishing: order, rows, balances, truth ----------
function finish(S, { bankFile, ledgerFile, opening, newestFirst = false }) {
  const bank = [...S.bank].sort((a, b) => (a.date === b.date ? a.seq - b.seq : a.date < b.date ? -1 : 1));
  let bal = opening;
  for (const x of bank) {
    bal += x.amt;
    x.bal = bal;
  }
  const closing = bal;
  const led = [...S.led].sort((a, b) => (a.date === b.date ? a.seq - b.seq : a.date < b.date ? -1 : 1));
  return { bank, led, closing, newestFirst, bankFile, ledgerFile };
}

function refOf(file, x, withText) {
  const r = { file, row: x.row, date: x.date, amount: money(x.amt) };
  if (withText) r.text = x.narr;
  return r;
}

function truthAndJson(set, meta, F, ledgerRowsOfAccount, bankJson, ledgerJson) {
  const bankTruth = F.bankInFileOrder.map((x) => {
    const t = x.t;
    const e = {
      ref: refOf(F.bankFile, x, true),
      expect: t.expect,
      ledger: t.expect === 'match' ? t.led.map((r) => refOf(F.ledgerFile, r)) : [],
      group: t.group,
      evidence: t.evidence,
      ambiguous: Boolean(t.ambiguous),
      kind: t.kind,
      partner: t.partner ? refOf(F.bankFile, t.partner, true) : null,
      traits: t.traits,
    };
    if (t.anyOf) e.ledgerAnyOf = t.anyOf.map((set_) => set_.map((r) => refOf(F.ledgerFile, r)));
    return e;
  });
  const ledgerOnly = F.led.filter((r) => r.only).map((r) => ({ ...refOf(F.ledgerFile, r), why: r.only }));
  const truth = { set, ...meta, bank: bankTruth, ledgerOnly };
  const doc = {
    options: { timezone: meta.timezone },
    bank: F.bankInFileOrder.map((x) => ({ id: `${F.bankFile}#${x.row}`, currency: meta.currency, ...bankJson(x) })),
    ledger: ledgerRowsOfAccount.map((r) => ({
      id: `${F.ledgerFile}#${r.row}`,
      currency: meta.currency,
      ...ledgerJson(r),
    })),
    statement: {
      from: meta.period.from,
      to: meta.period.to,
      bankBalance: meta.bankFiles[0].closingBalance,
    },
  };
  const matched = bankTruth.filter((b) => b.expect === 'match');
  const counts = {
    set,
    files: [F.bankFile, F.ledgerFile],
    bankLines: bankTruth.length,
    ledgerRows: F.led.filter((r) => !r.other).length,
    match: matched.length,
    bankOnly: bankTruth.filter((b) => b.expect === 'bank-only').length,
    reversalPair: bankTruth.filter((b) => b.expect === 'reversal-pair').length,
    noCounterpart: bankTruth.filter((b) => b.expect === 'no-counterpart').length,
    ledgerOnly: ledgerOnly.length,
    matchedWithoutReference: matched.filter((b) => b.evidence !== 'reference').length,
    ambiguous: bankTruth.filter((b) => b.ambiguous).length,
  };
  return { truth, doc, counts };
}

function writeSet(set, files, truth, doc, bankFile) {
  const dir = join(OUT, set);
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    if (typeof content === 'function') content(join(dir, name));
    else writeFileSync(join(dir, name), content);
  }
  writeFileSync(join(dir, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(join(dir, `reconcile.${bankFile}.json`), JSON.stringify(doc, null, 2) + '\n');
}

// =====================================================================
// 1. Nigeria — First Bank statement (XLSX) vs an Excel cash book (XLSX)
// =====================================================================
function setNigeria() {
  R = mulberry32(SEED + 1);
  const S = makeSet();
  const from = '2026-03-01';
  const to = '2026-03-31';
  const session = (d) => `0000162${d.slice(2, 4)}${d.slice(5, 7)}${d.slice(8, 10)}${digits(16)}`;
  const customers = [
    ['ADEBAYO STORES LTD', 'Adebayo Stores Ltd'],
    ['CHUKWUDI OKAFOR & SONS', 'Chukwudi Okafor & Sons'],
    ['MAMA NKECHI PROVISIONS', 'Mama Nkechi Provisions'],
    ['BALOGUN SUPERMARKET NIG', 'Balogun Supermarket'],
    ['GRACELAND VENTURES', 'Graceland Ventures'],
    ['OLUWASEUN EMMANUEL ADEYEMI', 'Seun Adeyemi (Ikorodu)'],
    ['LAGOS STATE MIN OF HEALTH', 'Lagos State Ministry of Health', true],
    ['DANGOTE FLOUR MILLS PLC', 'Dangote Flour Mills', true],
    ['FIDELIA IFEOMA NWOSU', 'Fidelia Nwosu'],
    ['TOTAL ENERGIES MKTG NIG', 'TotalEnergies Marketing', true],
  ].map(([bankName, book, wht]) => ({ bankName, book, wht: Boolean(wht) }));
  const suppliers = [
    ['NIGERIAN BOTTLING COMPANY', 'NBC Ltd', 200000, 1500000],
    ['PZ CUSSONS NIGERIA PLC', 'PZ Cussons', 150000, 900000],
    ['IKEJA ELECTRIC PLC', 'Ikeja Electric', 40000, 180000],
    ['GIG LOGISTICS', 'GIG Logistics', 15000, 90000],
    ['BOLAJI HAULAGE SERVICES', 'Bolaji Haulage', 50000, 250000],
    ['MTN NIGERIA', 'MTN (data)', 10000, 60000],
    ['CHIEF ADEKUNLE (LANDLORD)', 'Chief Adekunle - shop rent', 600000, 600000],
  ].map(([bankName, book, lo, hi]) => ({ bankName, book, lo, hi }));
  const fb = (s) => s.toUpperCase().slice(0, 70);
  const nipCharges = (S_, d) => {
    S.bankOnly(S_.b(d, -2500, 'NIP TRANSFER CHARGE', { bref: '' }), 'charge');
    S.bankOnly(S_.b(d, -188, 'VAT ON NIP TRANSFER CHARGE', { bref: '' }), 'fee-vat');
  };
  const P = {
    from,
    to,
    customers,
    suppliers,
    invStart: 1412,
    invDoc: (n) => ({
      prefix: 'INV',
      serial: n,
      width: 5,
      year: '2026',
      canonical: `INV-${String(n).padStart(5, '0')}`,
    }),
    billDoc: () => {
      const serial = ri(100, 9999);
      return { prefix: 'SI', serial, width: 6, canonical: `SI-${String(serial).padStart(6, '0')}`, sep: '-' };
    },
    creditNote: () => `CN-${String(ri(10, 99)).padStart(4, '0')}`,
    nReceipts: 36,
    nPayments: 12,
    invLo: 50000,
    invHi: 900000,
    step: 50,
    whtRate: 5,
    whtBookedGross: true,
    whtTrait: 'short-withholding-tax-5pct',
    overBy: 500000,
    payerChargeMinor: 5375,
    chqStart: 1284,
    chqWidth: 8,
    nCash: 4,
    cashLo: 80000,
    cashHi: 450000,
    inChannel: () => ({
      line: (S_, d, amt, c_, ref) => {
        const kind = rnd();
        if (kind < 0.7)
          return S_.b(d, amt, fb(`NIP TRF FROM ${c_.bankName}${ref ? `/${ref}` : ''}`), { bref: session(d) });
        return S_.b(d, amt, fb(`TRF/${ref ? ref + '/' : ''}FRM ${c_.bankName} TO ADEWALE & SONS`), {
          bref: `FT${d.slice(2, 4)}${digits(8)}`,
        });
      },
    }),
    anonIn: (S_, d, amt) => S_.b(d, amt, 'NIP TRF FROM OPAY/MOBILE TRANSFER', { bref: session(d) }),
    afterIn: (S_, line) => {
      if (line.amt >= 1000000)
        S.bankOnly(S_.b(line.date, -5000, 'ELECTRONIC MONEY TRANSFER LEVY', { bref: '' }), 'levy');
    },
    receiptRow: (c, inv, amt, line, inv2, cn, note) => ({
      desc: cn
        ? `${c.book} - INV ${inv.serial} less ${cn}`
        : inv2
          ? `${c.book} - INV ${inv.serial} & ${inv2.serial}`
          : `${c.book}${note ? ` (${note})` : ''}`,
      ref: inv2 ? `INV-${String(inv.serial).padStart(5, '0')}` : inv.canonical,
      vch: 'RV',
    }),
    paymentRow: (s, bill) => ({
      desc: `${s.book} - ${chance(0.5) ? 'supply' : 'inv'} ${bill.canonical}`,
      ref: bill.canonical,
      vch: 'PV',
    }),
    chequeRow: (s, bill, chq) => ({ desc: `${s.book} chq ${Number(chq)}`, ref: chq, vch: 'PV' }),
    outLine: (S_, d, amt, s, ref, anon) =>
      S_.b(d, amt, fb(anon ? `NIP TRF TO 0${digits(9)}` : `NIP TRF TO ${s.bankName}${ref ? ` ${ref}` : ''}`), {
        bref: session(d),
      }),
    afterOut: (S_, line) => nipCharges(S_, line.date),
    reversalLine: (S_, d, amt, f) => S_.b(d, amt, fb(`REVERSAL ${f.narr}`), { bref: f.bref }),
    chequeOut: (S_, d, amt, chq, s) => S_.b(d, amt, fb(`CLEARING CHQ ${chq} ${s.bankName}`), { bref: chq }),
    cashIn: (S_, d, amt) =>
      S_.b(d, amt, pick(['CASH DEP BY EMEKA OBI', 'CASH DEPOSIT - SHOP SALES', 'CSH DEP IKEJA BR']), { bref: '' }),
    cashRow: () => ({ desc: 'Cash sales lodged', ref: '', vch: 'RV' }),
    payroll: (S_, d) => {
      const staff = [
        ['CHIOMA OKAFOR', 18500000],
        ['TUNDE BAKARE', 15000000],
        ['IBRAHIM MUSA', 9500000],
        ['BLESSING ETIM', 9500000],
        ['KEHINDE ADEOLA', 8000000],
        ['SAMUEL OJO', 7000000],
      ];
      const lines = staff.map(([n, a]) => {
        const x = S_.b(d, -a, fb(`NIP TRF TO ${n} SALARY MAR 2026`), { bref: session(d) });
        return x;
      });
      const row = S_.l(d, -staff.reduce((s, x) => s + x[1], 0), {
        desc: 'Staff salaries - March 2026',
        ref: 'SAL/03/26',
        vch: 'PV',
      });
      S.match(lines, row, 'amount', ['payroll-per-employee', 'split-many-to-one']);
      for (const x of lines) nipCharges(S_, x.date);
      const paye = S_.b(addDays(d, 1), -6240000, 'NIP TRF TO LIRS PAYE COLLECTION MAR26', { bref: session(d) });
      const pr = S_.l(addDays(d, 1), -6240000, { desc: 'PAYE - LIRS Feb/Mar', ref: '', vch: 'PV' });
      S.match(paye, pr, 'counterparty', ['statutory-remittance']);
      nipCharges(S_, paye.date);
    },
    settlements: (S_, days) => {
      // Paystack: net of 1.5% + NGN100, capped NGN2,000; booked gross with the fee on its own row
      for (let i = 0; i < 8; i++) {
        const d = days[ri(1, days.length - 1)];
        const gross = ri(2000, 40000) * 5000;
        let fee = Math.round(gross * 0.015) + (gross >= 250000 ? 10000 : 0);
        fee = Math.min(fee, 200000);
        const line = S_.b(d, gross - fee, `PAYSTACK SETTLEMENT ${digits(7)}`, { bref: `FT${digits(10)}` });
        const mode = i % 3;
        if (mode === 0) {
          const r1 = S_.l(d, gross, { desc: 'Online sales - Paystack', ref: '', vch: 'RV' });
          const r2 = S_.l(d, -fee, { desc: 'Paystack charges', ref: '', vch: 'PV' });
          S.match(line, [r1, r2], 'amount', [
            'net-of-fee-fee-booked-separately',
            'gateway-settlement',
            'split-one-to-many',
          ]);
        } else if (mode === 1) {
          const r = S_.l(d, gross - fee, { desc: 'Paystack settlement', ref: '', vch: 'RV' });
          S.match(line, r, 'counterparty', ['gateway-settlement', 'booked-net']);
        } else {
          const r = S_.l(d, gross, { desc: 'Online sales (Paystack)', ref: '', vch: 'RV' });
          S.match(line, r, 'counterparty', ['gateway-settlement', 'short-net-of-fee']);
        }
      }
      // POS: two terminals settle next day; booked as one day's gross POS sales
      for (let i = 0; i < 3; i++) {
        const sale = days[ri(0, days.length - 3)];
        const set = workday(addDays(sale, 1));
        const g1 = ri(300, 2500) * 10000;
        const g2 = ri(300, 2500) * 10000;
        const f1 = Math.min(Math.round(g1 * 0.005), 10000);
        const f2 = Math.min(Math.round(g2 * 0.005), 10000);
        const l1 = S_.b(set, g1 - f1, `POS SETTLEMENT 2033${digits(4)} ${dMonY(sale).slice(0, 6).toUpperCase()}`, {
          bref: '',
        });
        const l2 = S_.b(set, g2 - f2, `POS SETTLEMENT 2033${digits(4)} ${dMonY(sale).slice(0, 6).toUpperCase()}`, {
          bref: '',
        });
        const r = S_.l(sale, g1 + g2, { desc: `POS sales ${dmy(sale)}`, ref: '', vch: 'RV' });
        S.match([l1, l2], r, 'amount', ['pos-settlement', 'split-many-to-one', 'short-net-of-fee', 'settled-next-day']);
      }
    },
    transfers: (S_, days) => {
      const d = days[10];
      const l = S_.b(d, -250000000, 'NIP TRF TO ADEWALE & SONS GTB SAVINGS', { bref: session(d) });
      const r = S_.l(d, -250000000, { desc: 'Transfer to GTBank savings', ref: '', vch: 'CV' });
      S.match(l, r, 'counterparty', ['interbank-transfer']);
      nipCharges(S_, d);
    },
    charges: (S_, days) => {
      const last = days[days.length - 1];
      const sms = S_.b(last, -240000, 'SMS ALERT CHARGES MAR 2026', { bref: '' });
      S.bankOnly(sms, 'charge');
      const amf = S_.b(last, -312500, 'ACCOUNT MAINTENANCE FEE MAR 2026', { bref: '' });
      const amfv = S_.b(last, -23438, 'VAT ON ACCOUNT MAINTENANCE FEE', { bref: '' });
      // the bookkeeper books the maintenance fee (+VAT) from the statement as one row
      const r = S_.l(last, -(312500 + 23438), { desc: 'Bank charges - AMF Mar', ref: '', vch: 'PV' });
      S.match([amf, amfv], r, 'amount', ['bank-charge-booked', 'split-many-to-one']);
      const tok = S_.b(days[3], -150000, 'HARDWARE TOKEN FEE', { bref: '' });
      const tr = S_.l(days[5], -150000, { desc: 'Bank charges (token)', ref: '', vch: 'PV' });
      S.match(tok, tr, 'amount', ['bank-charge-booked', 'late-posting']);
      const stamp = S_.b(days[7], -5000, 'STAMP DUTY CHARGE', { bref: '' });
      S.bankOnly(stamp, 'tax');
    },
    unrecorded: (S_, days) => {
      S.noCp(S_.b(days[6], 4500000, 'NIP TRF FROM KEMI ALAO', { bref: session(days[6]) }), 'counterparty', [
        'unrecorded-receipt',
      ]);
      S.noCp(
        S_.b(days[13], -1800000, 'NIP TRF TO ABC GENERATOR REPAIRS', { bref: session(days[13]) }),
        'counterparty',
        ['unrecorded-payment'],
      );
      nipCharges(S_, days[13]);
      S.noCp(S_.b(days[17], -600000, 'POS PURCHASE SHOPRITE LEKKI', { bref: '' }), 'counterparty', [
        'unrecorded-card-spend',
      ]);
    },
  };
  buildMonth(S, P);
  const bankFile = 'firstbank-2034-mar2026.xlsx';
  const ledgerFile = 'cashbook-firstbank-mar2026.xlsx';
  const opening = 1873245050;
  const F = finish(S, { bankFile, ledgerFile, opening });
  // First Bank e-statement: newest-first? No — oldest-first with preamble; dates as text DD-MMM-YYYY.
  const pre = [
    ['FIRSTBANK', '', '', '', '', '', ''],
    ['ACCOUNT STATEMENT', '', '', '', '', '', ''],
    ['Account Name:', 'ADEWALE & SONS NIGERIA LTD', '', '', '', '', ''],
    ['Account Number:', '20******34', '', '', '', '', ''],
    ['Currency:', 'NGN', '', '', '', '', ''],
    ['Period:', '01-Mar-2026 TO 31-Mar-2026', '', '', '', '', ''],
    ['Opening Balance:', grouped(opening), '', '', '', '', ''],
    ['', '', '', '', '', '', ''],
  ];
  const header = ['Trans Date', 'Reference', 'Value Date', 'Debits', 'Credits', 'Balance', 'Remarks'];
  const rows = [...pre, header];
  const headerRow = rows.length;
  for (const x of F.bank) {
    rows.push([
      dMonY(x.date),
      x.bref ?? '',
      dMonY(x.date),
      x.amt < 0 ? grouped(x.amt) : '',
      x.amt > 0 ? grouped(x.amt) : '',
      grouped(x.bal),
      x.narr,
    ]);
    x.row = rows.length;
  }
  rows.push(['', '', '', '', '', '', '']);
  rows.push(['Closing Balance', '', '', '', '', grouped(F.closing), '']);
  F.bankInFileOrder = F.bank;
  // Cash book
  const cb = [
    ['ADEWALE & SONS NIGERIA LTD'],
    ['CASH BOOK - FIRST BANK CURRENT A/C'],
    ['MARCH 2026'],
    [],
    ['Date', 'Particulars', 'Vch No', 'Chq/Ref No', 'Receipts (₦)', 'Payments (₦)', 'Balance (₦)'],
  ];
  const ledHeaderRow = cb.length;
  let book = opening + 1250000; // the books differ from the bank at the start (an old outstanding item)
  cb.push([xlDate(from), 'Balance b/f', '', '', '', '', book / 100]);
  const bfRow = cb.length;
  const vno = { RV: 301, PV: 512, CV: 14 };
  for (const r of F.led) {
    book += r.amt;
    const v = `${r.vch}${String(vno[r.vch]++).padStart(4, '0')}`;
    cb.push([
      xlDate(r.date),
      r.desc,
      v,
      r.ref || '',
      r.amt > 0 ? r.amt / 100 : '',
      r.amt < 0 ? -r.amt / 100 : '',
      book / 100,
    ]);
    r.row = cb.length;
    r.vno = v;
  }
  cb.push([]);
  cb.push(['', 'Balance c/f', '', '', '', '', book / 100]);
  const meta = {
    country: 'NG',
    currency: 'NGN',
    timezone: 'Africa/Lagos',
    period: { from, to },
    seed: SEED,
    bankFiles: [
      {
        file: bankFile,
        bank: 'First Bank of Nigeria',
        headerRow,
        ledgerAccount: 'First Bank Current A/c (cash book)',
        readOptions: {},
        openingBalance: money(opening),
        closingBalance: money(F.closing),
      },
    ],
    ledgerFiles: [
      {
        file: ledgerFile,
        package: 'Excel cash book (small firm, hand-kept)',
        headerRow: ledHeaderRow,
        readOptions: {
          currency: 'NGN',
          mapping: {
            date: 'Date',
            description: 'Particulars',
            journalId: 'Vch No',
            reference: 'Chq/Ref No',
            moneyIn: 'Receipts (₦)',
            moneyOut: 'Payments (₦)',
            balance: 'Balance (₦)',
          },
        },
        nonEntryRows: [{ row: bfRow, why: 'balance brought forward, not an entry' }],
      },
    ],
  };
  const { truth, doc, counts } = truthAndJson(
    'ng-firstbank-cashbook',
    meta,
    F,
    F.led,
    (x) => ({
      date: x.date,
      amount: money(x.amt),
      narration: x.narr,
      reference: x.bref || null,
      counterparty: null,
      balance: money(x.bal),
    }),
    (r) => ({
      date: r.date,
      amount: money(r.amt),
      reference: r.ref || null,
      description: r.desc,
      party: null,
      account: null,
    }),
  );
  writeSet(
    'ng-firstbank-cashbook',
    {
      [bankFile]: (p) => writeXlsx(p, 'Statement', rows),
      [ledgerFile]: (p) => writeXlsx(p, 'Cash Book', cb, 'dd/mm/yyyy'),
    },
    truth,
    doc,
    bankFile,
  );
  return counts;
}

// =====================================================================
// 2. Kenya — Stanbic Bank Kenya CSV vs Zoho Books "Account Transactions" CSV
// =====================================================================
function setKenya() {
  R = mulberry32(SEED + 2);
  const S = makeSet();
  const from = '2026-03-01';
  const to = '2026-03-31';
  const PAYBILL = '600742';
  const mcode = () => {
    const A = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
    return 'U' + Array.from({ length: 9 }, () => A[ri(0, A.length - 1)]).join('');
  };
  const phone = () => `2547${ri(10, 99)}***${ri(100, 999)}`;
  const customers = [
    ['NAIVAS LIMITED', 'Naivas Limited', 'bank'],
    ['QUICKMART LTD', 'Quickmart Ltd', 'bank'],
    ['JOHN KAMAU MWANGI', 'John Kamau', 'mpesa'],
    ['MERCY WANJIKU NJOROGE', 'Wanjiku Mini Mart', 'mpesa'],
    ['PETER OTIENO ODHIAMBO', 'Otieno Hardware Kisumu', 'mpesa'],
    ['CARREFOUR MAJID AL FUTTAIM', 'Majid Al Futtaim Hypermarkets (Carrefour)', 'bank'],
    ['KENYATTA NATIONAL HOSPITAL', 'Kenyatta National Hospital', 'bank', true],
    ['FAITH ACHIENG', 'Achieng Beauty Shop', 'mpesa'],
    ['CHANDARANA FOODPLUS', 'Chandarana Supermarkets Ltd', 'bank'],
    ['SAMUEL KIPROTICH', 'Kiprotich Agrovet', 'mpesa'],
  ].map(([bankName, book, via, wht]) => ({ bankName, book, via, wht: Boolean(wht) }));
  const suppliers = [
    ['BIDCO AFRICA LTD', 'Bidco Africa Limited', 2000000, 9000000],
    ['KENYA POWER', 'Kenya Power & Lighting Co', 1500000, 6000000],
    ['SAFARICOM PLC', 'Safaricom PLC', 500000, 2500000],
    ['SENDY LTD', 'Sendy Limited', 800000, 4000000],
    ['BROOKSIDE DAIRY LTD', 'Brookside Dairy Limited', 3000000, 12000000],
    ['ROYAL MEDIA SERVICES', 'Royal Media Services', 1000000, 5000000],
    ['NAIROBI WATER', 'Nairobi City Water & Sewerage', 200000, 900000],
  ].map(([bankName, book, lo, hi]) => ({ bankName, book, lo: lo / 100, hi: hi / 100 }));
  const sb = (s) => s.toUpperCase().slice(0, 90);
  const pesalinkFee = (S_, d, big) => {
    S.bankOnly(S_.b(d, big ? -50000 : -5000, big ? 'RTGS CHARGES' : 'PESALINK CHARGE', { bref: '' }), 'charge');
    S.bankOnly(S_.b(d, big ? -10000 : -1000, 'EXCISE DUTY', { bref: '' }), 'tax');
  };
  const P = {
    from,
    to,
    customers,
    suppliers,
    invStart: 2218,
    invDoc: (n) => ({
      prefix: 'INV',
      serial: n,
      width: 6,
      year: '2026',
      canonical: `INV-${String(n).padStart(6, '0')}`,
    }),
    billDoc: () => {
      const serial = ri(1000, 99999);
      return { prefix: 'BL', serial, width: 5, canonical: `BL${serial}`, sep: '' };
    },
    creditNote: () => `CN-${String(ri(40, 99)).padStart(5, '0')}`,
    nReceipts: 44,
    nPayments: 16,
    invLo: 3500,
    invHi: 180000,
    step: 10,
    whtRate: 2,
    whtBookedGross: false,
    whtTrait: 'short-withholding-vat-2pct',
    overBy: 100000,
    payerChargeMinor: 10000,
    chqStart: 345,
    chqWidth: 6,
    nCash: 3,
    cashLo: 20000,
    cashHi: 150000,
    inChannel: () => ({
      line: (S_, d, amt, c_, ref) => {
        if (c_.via === 'mpesa') {
          const code = mcode();
          const acc = ref ?? pick([c_.bankName.split(' ')[0], 'GOODS', '0' + digits(9)]);
          const x = S_.b(d, amt, sb(`MPESA C2B ${PAYBILL} ${code} ${phone()} ${c_.bankName} ACC ${acc}`), {
            bref: code,
          });
          x.mpesa = code;
          return x;
        }
        if (amt >= 100000000)
          return S_.b(d, amt, sb(`RTGS CR ${c_.bankName}${ref ? ' ' + ref : ''}`), { bref: `RT${digits(10)}` });
        return S_.b(d, amt, sb(`PESALINK CR ${c_.bankName}${ref ? ' ' + ref : ''}`), { bref: `PL${digits(12)}` });
      },
    }),
    anonIn: (S_, d, amt) =>
      S_.b(d, amt, sb(`EFT CR ${pick(['KCB', 'EQUITY', 'COOP'])} BANK ${digits(8)}`), { bref: `EF${digits(10)}` }),
    receiptRow: (c, inv, amt, line, inv2, cn, note) => ({
      type: 'Customer Payment',
      details: c.book,
      num: String(++P.payNo),
      // the bookkeeper types the M-PESA code for paybill receipts, else the invoice number when the payer quoted it
      ref:
        line?.mpesa ??
        (inv2
          ? `${inv.canonical}, ${inv2.canonical}`
          : (line && line.narr.includes(String(inv.serial))) || chance(0.5)
            ? inv.canonical
            : ''),
      desc: cn ? `Payment for ${inv.canonical} less ${cn}` : (note ?? ''),
    }),
    payNo: 388,
    paymentRow: (s, bill) => ({ type: 'Vendor Payment', details: s.book, num: String(++P.vpNo), ref: bill.canonical }),
    vpNo: 120,
    chequeRow: (s, bill, chq) => ({
      type: 'Vendor Payment',
      details: s.book,
      num: String(++P.vpNo),
      ref: `Chq ${chq}`,
    }),
    outLine: (S_, d, amt, s, ref, anon) => {
      if (anon) return S_.b(d, amt, sb(`PESALINK DR ${digits(10)}`), { bref: `PL${digits(12)}` });
      return S_.b(d, amt, sb(`PESALINK DR ${s.bankName}${ref ? ' ' + ref : ''}`), { bref: `PL${digits(12)}` });
    },
    afterOut: (S_, line) => pesalinkFee(S_, line.date, false),
    reversalLine: (S_, d, amt, f) => S_.b(d, amt, sb(`REV ${f.narr}`), { bref: f.bref }),
    chequeOut: (S_, d, amt, chq) => S_.b(d, amt, `CHQ PAID ${chq}`, { bref: chq }),
    afterCheque: (S_, line) => S.bankOnly(S_.b(line.date, -3000, 'CHEQUE PROCESSING FEE', { bref: '' }), 'charge'),
    cashIn: (S_, d, amt) =>
      S_.b(d, amt, pick(['CASH DEPOSIT KIMATHI ST BR', 'CDM DEPOSIT WESTLANDS']), { bref: `CD${digits(8)}` }),
    cashRow: () => ({ type: 'Deposit', details: 'Cash sales banked', num: '', ref: '' }),
    payroll: (S_, d) => {
      const total = 248365000;
      const l = S_.b(d, -total, 'BULK PAYMENT SALARIES MAR 2026 BATCH 0046', { bref: 'BP0046' });
      const r = S_.l(d, -total, {
        type: 'Journal',
        details: 'Net salaries March 2026',
        num: 'JV-0031',
        ref: 'PAYROLL MAR26',
      });
      S.match(l, r, 'amount', ['payroll-batch']);
      S.bankOnly(S_.b(d, -150000, 'BULK PAYMENT CHARGES', { bref: '' }), 'charge');
      S.bankOnly(S_.b(d, -30000, 'EXCISE DUTY', { bref: '' }), 'tax');
      const prn = `2026${digits(10)}`;
      const k = S_.b(addDays(d, 2) > to ? d : addDays(d, 2), -61230000, `KRA ITAX PAYMENT PRN ${prn}`, { bref: prn });
      const kr = S_.l(k.date, -61230000, {
        type: 'Expense',
        details: 'Kenya Revenue Authority',
        num: '',
        ref: `PRN ${prn}`,
      });
      S.match(k, kr, 'reference', ['statutory-remittance', 'ref-canonical']);
      const sh = S_.b(k.date, -6875000, 'SHIF CONTRIBUTION MAR26', { bref: `SH${digits(8)}` });
      const nssf = S_.b(k.date, -4320000, 'NSSF CONTRIBUTION MAR26', { bref: `NS${digits(8)}` });
      // the bookkeeper booked SHIF and NSSF as one journal line "statutory deductions"
      const st = S_.l(k.date, -(6875000 + 4320000), {
        type: 'Journal',
        details: 'SHIF + NSSF March',
        num: 'JV-0032',
        ref: '',
      });
      S.match([sh, nssf], st, 'amount', ['statutory-remittance', 'split-many-to-one']);
    },
    settlements: (S_, days) => {
      // card acquiring settlements (Stanbic merchant): next day, net of 2.75% MDR; booked gross, fee as an expense row
      for (let i = 0; i < 6; i++) {
        const sale = days[ri(0, days.length - 3)];
        const setd = workday(addDays(sale, 1));
        const gross = ri(150, 2500) * 10000;
        const fee = Math.round(gross * 0.0275);
        const l = S_.b(setd, gross - fee, `CARD SETTLEMENT MID 00098${digits(3)} ${dmy(sale).slice(0, 5)}`, {
          bref: `MS${digits(8)}`,
        });
        if (i % 2 === 0) {
          const r1 = S_.l(sale, gross, { type: 'Deposit', details: 'Card sales', num: '', ref: '' });
          const r2 = S_.l(sale, -fee, { type: 'Expense', details: 'Merchant service commission', num: '', ref: '' });
          S.match(l, [r1, r2], 'amount', [
            'pos-settlement',
            'net-of-fee-fee-booked-separately',
            'split-one-to-many',
            'settled-next-day',
          ]);
        } else {
          const r = S_.l(sale, gross, { type: 'Deposit', details: 'Card sales', num: '', ref: '' });
          S.match(l, r, 'amount', ['pos-settlement', 'short-net-of-fee', 'settled-next-day']);
        }
      }
    },
    transfers: (S_, days) => {
      // M-PESA till (Buy Goods) float swept to the bank; the Zoho "M-PESA Till" account carries the other side
      for (let i = 0; i < 4; i++) {
        const d = days[4 + i * 5];
        const amt = ri(800, 3000) * 10000;
        const code = mcode();
        const l = S_.b(d, amt, `MPESA B2B TILL 5123${digits(3)} ${code} SWEEP`, { bref: code });
        const r = S_.l(d, amt, { type: 'Transfer Fund', details: 'Transfer from M-PESA Till', num: '', ref: code });
        S_.l(d, -amt, {
          type: 'Transfer Fund',
          details: 'Transfer to Stanbic Current',
          num: '',
          ref: code,
          other: 'M-PESA Till 5123',
        });
        S.match(l, r, 'reference', ['wallet-sweep', 'ref-canonical']);
      }
      // other rows of the till account the export carries
      for (let i = 0; i < 5; i++) {
        const d = days[ri(0, days.length - 1)];
        S_.l(d, ri(50, 500) * 10000, {
          type: 'Sales Receipt',
          details: 'Till sales',
          num: `SR-${ri(100, 999)}`,
          ref: mcode(),
          other: 'M-PESA Till 5123',
        });
      }
    },
    charges: (S_, days) => {
      const last = days[days.length - 1];
      const lf = S_.b(last, -100000, 'LEDGER FEE', { bref: '' });
      const ex1 = S_.b(last, -20000, 'EXCISE DUTY', { bref: '' });
      const r = S_.l(last, -120000, { type: 'Expense', details: 'Stanbic Bank - ledger fee', num: '', ref: '' });
      S.match([lf, ex1], r, 'amount', ['bank-charge-booked', 'split-many-to-one']);
      S.bankOnly(S_.b(last, -25000, 'SMS ALERT CHARGES', { bref: '' }), 'charge');
      S.bankOnly(S_.b(last, -5000, 'EXCISE DUTY', { bref: '' }), 'tax');
      // M-PESA paybill collection fees debited daily by the bank (not booked)
      for (let i = 0; i < 4; i++) {
        const d = days[2 + i * 6];
        S.bankOnly(S_.b(d, -ri(30, 120) * 100, 'MPESA COLLECTION CHARGES', { bref: '' }), 'charge');
      }
    },
    unrecorded: (S_, days) => {
      const code = mcode();
      S.noCp(
        S_.b(days[8], 350000, `MPESA C2B ${PAYBILL} ${code} ${phone()} DANIEL MUTUA ACC 0722`, { bref: code }),
        'counterparty',
        ['unrecorded-receipt', 'paybill-wrong-account'],
      );
      S.noCp(S_.b(days[15], -4560000, 'PESALINK DR AUTOXPRESS LTD', { bref: `PL${digits(12)}` }), 'counterparty', [
        'unrecorded-payment',
      ]);
      pesalinkFee(S_, days[15], false);
      S.noCp(S_.b(days[19], -1250000, 'STANDING ORDER NCBA INSURANCE', { bref: `SO${digits(6)}` }), 'counterparty', [
        'unrecorded-standing-order',
      ]);
    },
  };
  buildMonth(S, P);
  for (const x of S.bank) {
    if (x.mpesa && x.t.expect === 'match' && x.t.led.some((r) => r.ref === x.mpesa)) {
      x.t.evidence = 'reference';
      x.t.traits = [...x.t.traits.filter((tr) => tr !== 'name-only' && tr !== 'amount-only'), 'mpesa-receipt-code'];
    }
  }
  const bankFile = 'stanbic-ke-0100-mar2026.csv';
  const ledgerFile = 'zoho-account-transactions-mar2026.csv';
  const opening = 1134529000;
  const F = finish(S, { bankFile, ledgerFile, opening });
  const rows = [
    ['Stanbic Bank Kenya Limited'],
    ['Account Statement'],
    ['Account Name', 'MSINGI WHOLESALERS LTD'],
    ['Account Number', '0100******812'],
    ['Currency', 'KES'],
    ['Statement Period', '01/03/2026 - 31/03/2026'],
    [],
  ];
  const header = [
    'Posting Date',
    'Value Date',
    'Transaction Details',
    'Reference No',
    'Debit Amount',
    'Credit Amount',
    'Balance',
  ];
  rows.push(header);
  const headerRow = rows.length;
  for (const x of F.bank) {
    rows.push([
      dmy(x.date),
      dmy(x.date),
      x.narr,
      x.bref ?? '',
      x.amt < 0 ? money(-x.amt) : '',
      x.amt > 0 ? money(x.amt) : '',
      money(x.bal),
    ]);
    x.row = rows.length;
  }
  F.bankInFileOrder = F.bank;
  const z = [['Msingi Wholesalers Ltd'], ['Account Transactions'], ['From 01/03/2026 To 31/03/2026'], []];
  z.push([
    'Date',
    'Account',
    'Transaction Details',
    'Transaction Type',
    'Transaction#',
    'Reference#',
    'Debit',
    'Credit',
    'Amount',
  ]);
  const ledHeaderRow = z.length;
  for (const r of F.led) {
    const acct = r.other ?? 'Stanbic Current A/c';
    const details = r.desc ? `${r.details} - ${r.desc}` : r.details;
    z.push([
      dmy(r.date),
      acct,
      details,
      r.type,
      r.num,
      r.ref,
      r.amt > 0 ? money(r.amt) : '',
      r.amt < 0 ? money(-r.amt) : '',
      money(r.amt),
    ]);
    r.row = z.length;
  }
  const meta = {
    country: 'KE',
    currency: 'KES',
    timezone: 'Africa/Nairobi',
    period: { from, to },
    seed: SEED,
    bankFiles: [
      {
        file: bankFile,
        bank: 'Stanbic Bank Kenya',
        headerRow,
        ledgerAccount: 'Stanbic Current A/c',
        readOptions: {
          currency: 'KES',
          dateOrder: 'DMY',
          mapping: {
            date: 'Posting Date',
            valueDate: 'Value Date',
            description: 'Transaction Details',
            reference: 'Reference No',
            moneyOut: 'Debit Amount',
            moneyIn: 'Credit Amount',
            balance: 'Balance',
          },
        },
        openingBalance: money(opening),
        closingBalance: money(F.closing),
      },
    ],
    ledgerFiles: [
      {
        file: ledgerFile,
        package: 'Zoho Books (Account Transactions report, CSV)',
        headerRow: ledHeaderRow,
        readOptions: {
          currency: 'KES',
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
        },
      },
    ],
  };
  const { truth, doc, counts } = truthAndJson(
    'ke-stanbic-zoho',
    meta,
    F,
    F.led.filter((r) => !r.other),
    (x) => ({
      date: x.date,
      amount: money(x.amt),
      narration: x.narr,
      reference: x.bref || null,
      counterparty: null,
      balance: money(x.bal),
    }),
    (r) => ({
      date: r.date,
      amount: money(r.amt),
      reference: r.ref || null,
      description: `${r.desc ? `${r.details} - ${r.desc}` : r.details} — ${r.type}`,
      party: null,
      account: 'Stanbic Current A/c',
    }),
  );
  counts.ledgerRowsOtherAccounts = F.led.filter((r) => r.other).length;
  writeSet('ke-stanbic-zoho', { [bankFile]: toCsv(rows), [ledgerFile]: toCsv(z) }, truth, doc, bankFile);
  return counts;
}

// =====================================================================
// 3. Ghana — CalBank statement CSV vs Tally "Ledger Vouchers" (bank ledger) XLSX
// =====================================================================
function setGhana() {
  R = mulberry32(SEED + 3);
  const S = makeSet();
  const from = '2026-02-01';
  const to = '2026-02-28';
  const customers = [
    ['ERNEST CHEMISTS LTD', 'Ernest Chemists Ltd', 'gip'],
    ['KOFI MENSAH PHARMACY', 'Kofi Mensah Pharmacy (Kumasi)', 'momo'],
    ['TEMA GENERAL HOSPITAL', 'Tema General Hospital', 'ach', true],
    ['AMA SERWAA ASANTE', 'Serwaa Chemical Shop', 'momo'],
    ['KORLE BU TEACHING HOSP', 'Korle Bu Teaching Hospital', 'ach', true],
    ['MEDIMART PHARMACY', 'Medimart Pharmacy Ltd', 'gip'],
    ['YAW BOATENG', 'Boateng Pharmacy Takoradi', 'momo'],
    ['NYAHO MEDICAL CENTRE', 'Nyaho Medical Centre', 'gip'],
  ].map(([bankName, book, via, wht]) => ({ bankName, book, via, wht: Boolean(wht) }));
  const suppliers = [
    ['ERNEST CHEMISTS MANUFACTURING', 'Ernest Chemists (Mfg) - Creditor', 20000, 90000],
    ['KINAPHARMA LIMITED', 'Kinapharma Ltd', 15000, 70000],
    ['ECG PREPAID', 'Electricity Company of Ghana', 1500, 6000],
    ['DANADAMS PHARMACEUTICAL', 'Danadams Pharmaceutical Industry', 10000, 60000],
    ['VODAFONE GHANA', 'Telecel Ghana (Vodafone)', 500, 2500],
    ['DHL GHANA', 'DHL Ghana Ltd', 800, 4000],
  ].map(([bankName, book, lo, hi]) => ({ bankName, book, lo, hi }));
  const cb = (s) => s.toUpperCase().slice(0, 64);
  const P = {
    from,
    to,
    customers,
    suppliers,
    invStart: 731,
    invDoc: (n) => ({
      prefix: 'SI',
      serial: n,
      width: 4,
      year: '25-26',
      canonical: `SI/25-26/${String(n).padStart(4, '0')}`,
      sep: '/',
    }),
    billDoc: () => {
      const serial = ri(1000, 99999);
      return { prefix: 'INV', serial, width: 6, canonical: `INV${String(serial).padStart(6, '0')}`, sep: '' };
    },
    creditNote: () => `CN/25-26/${String(ri(10, 60)).padStart(3, '0')}`,
    nReceipts: 38,
    nPayments: 14,
    invLo: 1200,
    invHi: 45000,
    step: 5,
    whtRate: 3,
    whtBookedGross: true,
    whtTrait: 'short-withholding-tax-3pct',
    overBy: 50000,
    payerChargeMinor: 1000,
    chqStart: 100231,
    chqWidth: 6,
    nCash: 5,
    cashLo: 800,
    cashHi: 9000,
    inChannel: (c) => ({
      line: (S_, d, amt, c_, ref) => {
        if (c_.via === 'momo')
          return S_.b(
            d,
            amt,
            cb(`MOMO TO BANK 0${pick(['24', '54', '55', '20'])}${digits(7)} ${c_.bankName}${ref ? ' ' + ref : ''}`),
            {
              bref: `MM${digits(10)}`,
            },
          );
        if (c_.via === 'ach')
          return S_.b(d, amt, cb(`ACH CREDIT ${c_.bankName}${ref ? ' ' + ref : ''}`), { bref: `AC${digits(9)}` });
        return S_.b(d, amt, cb(`GIP TRF FRM ${c_.bankName}${ref ? ' ' + ref : ''}`), { bref: `GIP${digits(12)}` });
      },
      traits: c.via === 'momo' ? ['momo-to-bank'] : undefined,
    }),
    anonIn: (S_, d, amt) => S_.b(d, amt, 'INWARD TRANSFER', { bref: `IT${digits(9)}` }),
    receiptRow: (c, inv, amt, line, inv2, cn, note) => ({
      party: c.book,
      vtype: 'Receipt',
      narration: cn
        ? `Being payment recd against ${inv.canonical} less ${cn}`
        : inv2
          ? `Being payment recd against ${inv.canonical} & ${inv2.canonical}`
          : (line && line.narr.includes(String(inv.serial))) || chance(0.4)
            ? `Being payment recd against ${inv.canonical}${note ? ` (${note})` : ''}`
            : `Being payment received${note ? ` (${note})` : ''}`,
      ref: inv.canonical,
    }),
    paymentRow: (s, bill) => ({
      party: s.book,
      vtype: 'Payment',
      narration: `Being payment of their ${bill.canonical}`,
      ref: bill.canonical,
    }),
    chequeRow: (s, bill, chq) => ({
      party: s.book,
      vtype: 'Payment',
      narration: `Chq No. ${chq} - ${bill.canonical}`,
      ref: chq,
    }),
    outLine: (S_, d, amt, s, ref, anon) =>
      S_.b(d, amt, cb(anon ? `GIP TRF TO ${digits(13)}` : `GIP TRF TO ${s.bankName}${ref ? ' ' + ref : ''}`), {
        bref: `GIP${digits(12)}`,
      }),
    afterOut: (S_, line) => S.bankOnly(S_.b(line.date, -200, 'GIP TRANSFER CHARGE', { bref: '' }), 'charge'),
    reversalLine: (S_, d, amt, f) => S_.b(d, amt, cb(`RVSL ${f.narr}`), { bref: f.bref }),
    chequeOut: (S_, d, amt, chq) => S_.b(d, amt, `CLEARING CHEQUE ${chq}`, { bref: chq }),
    cashIn: (S_, d, amt) =>
      S_.b(d, amt, pick(['CASH DEPOSIT ACCRA MAIN', 'CASH DEP BY KWAME', 'CASH DEPOSIT SPINTEX']), { bref: '' }),
    cashRow: () => ({ party: 'Cash', vtype: 'Contra', narration: 'Being cash lodged', ref: '' }),
    payroll: (S_, d) => {
      // one bulk salary debit at the bank; Tally holds one payment voucher per employee
      const staff = [
        ['Akosua Darko', 1145000],
        ['Kwame Asante', 890000],
        ['Efua Owusu', 742500],
        ['Yaw Mensah', 680000],
        ['Abena Ofori', 615000],
        ['Kojo Annan', 590000],
        ['Adwoa Tetteh', 455000],
      ];
      const total = staff.reduce((s, x) => s + x[1], 0);
      const l = S_.b(d, -total, 'BULK SALARY PAYMENT FEB 2026', { bref: `BLK${digits(8)}` });
      const rows = staff.map(([n, a]) =>
        S_.l(d, -a, { party: n, vtype: 'Payment', narration: 'Being salary for Feb 2026', ref: '' }),
      );
      S.match(l, rows, 'amount', ['payroll-batch', 'payroll-per-employee-ledger', 'split-one-to-many']);
      S.bankOnly(S_.b(d, -3500, 'BULK PAYMENT CHARGE', { bref: '' }), 'charge');
      const ss = S_.b(addDays(d, 1), -1168000, 'GIP TRF TO SSNIT TIER 1 FEB26', { bref: `GIP${digits(12)}` });
      const sr = S_.l(addDays(d, 1), -1168000, {
        party: 'SSNIT Payable',
        vtype: 'Payment',
        narration: 'SSNIT contribution Feb',
        ref: '',
      });
      S.match(ss, sr, 'counterparty', ['statutory-remittance']);
      const gra = S_.b(addDays(d, 1), -986500, 'GRA PAYE FEB 2026', { bref: `GRA${digits(9)}` });
      const gr = S_.l(addDays(d, 3), -986500, {
        party: 'PAYE Payable',
        vtype: 'Payment',
        narration: 'PAYE Feb 2026 remitted',
        ref: '',
      });
      S.match(gra, gr, 'amount', ['statutory-remittance', 'late-posting']);
    },
    settlements: (S_, days) => {
      // Hubtel merchant settlements of MoMo sales, net of 1.95%; Tally: gross sales receipt, fee not booked / booked
      for (let i = 0; i < 7; i++) {
        const d = days[ri(1, days.length - 1)];
        const gross = ri(200, 3500) * 500;
        const fee = Math.round(gross * 0.0195);
        const l = S_.b(d, gross - fee, `HUBTEL SETTLEMENT ${digits(8)}`, { bref: `HB${digits(8)}` });
        if (i % 3 === 0) {
          const r1 = S_.l(d, gross, {
            party: 'Hubtel Collections',
            vtype: 'Receipt',
            narration: 'MoMo sales settled',
            ref: '',
          });
          const r2 = S_.l(d, -fee, { party: 'Bank Charges', vtype: 'Payment', narration: 'Hubtel fee', ref: '' });
          S.match(l, [r1, r2], 'counterparty', [
            'gateway-settlement',
            'net-of-fee-fee-booked-separately',
            'split-one-to-many',
          ]);
        } else if (i % 3 === 1) {
          const r = S_.l(d, gross, { party: 'Hubtel Collections', vtype: 'Receipt', narration: 'MoMo sales', ref: '' });
          S.match(l, r, 'counterparty', ['gateway-settlement', 'short-net-of-fee']);
        } else {
          const r = S_.l(d, gross - fee, {
            party: 'Hubtel Collections',
            vtype: 'Receipt',
            narration: 'Hubtel settlement',
            ref: '',
          });
          S.match(l, r, 'counterparty', ['gateway-settlement', 'booked-net']);
        }
      }
    },
    transfers: (S_, days) => {
      // bank to the company's MTN MoMo merchant wallet (float for field reps): E-levy 1% on the transfer
      for (let i = 0; i < 3; i++) {
        const d = days[3 + i * 7];
        const amt = ri(20, 80) * 10000;
        const l = S_.b(d, -amt, `BANK TO MOMO 0244${digits(6)} FLOAT`, { bref: `BM${digits(10)}` });
        const r = S_.l(d, -amt, {
          party: 'MTN MoMo Wallet',
          vtype: 'Contra',
          narration: 'Float to field reps wallet',
          ref: '',
        });
        S.match(l, r, 'counterparty', ['wallet-transfer', 'interbank-transfer']);
        S.bankOnly(S_.b(d, -Math.round(amt * 0.01), 'E-LEVY', { bref: '' }), 'levy');
      }
    },
    charges: (S_, days) => {
      const last = days[days.length - 1];
      const amf = S_.b(last, -5000, 'ACCOUNT MAINTENANCE FEE', { bref: '' });
      const ar = S_.l(last, -5000, {
        party: 'Bank Charges',
        vtype: 'Payment',
        narration: 'CalBank maintenance fee Feb',
        ref: '',
      });
      S.match(amf, ar, 'amount', ['bank-charge-booked']);
      S.bankOnly(S_.b(last, -1200, 'SMS ALERT CHARGES', { bref: '' }), 'charge');
      S.bankOnly(S_.b(last, -ri(1500, 4000), 'COMMISSION ON TURNOVER', { bref: '' }), 'charge');
      S.bankOnly(S_.b(last, ri(2000, 9000), 'CREDIT INTEREST', { bref: '' }), 'interest');
      S.bankOnly(S_.b(last, -ri(200, 900), 'WITHHOLDING TAX ON INTEREST', { bref: '' }), 'tax');
      S.bankOnly(S_.b(days[9], -2500, 'CHEQUE BOOK CHARGE', { bref: '' }), 'charge');
    },
    unrecorded: (S_, days) => {
      S.noCp(S_.b(days[5], 65000, 'MOMO TO BANK 0551234567 ABDUL RAZAK', { bref: `MM${digits(10)}` }), 'counterparty', [
        'unrecorded-receipt',
      ]);
      S.noCp(S_.b(days[12], -240000, 'DIRECT DEBIT ENTERPRISE INSURANCE', { bref: `DD${digits(8)}` }), 'counterparty', [
        'unrecorded-direct-debit',
      ]);
      S.noCp(S_.b(days[16], 180000, 'CASH DEPOSIT KASOA', { bref: '' }), 'amount', ['unrecorded-receipt']);
    },
  };
  buildMonth(S, P);
  const bankFile = 'calbank-1400-feb2026.csv';
  const ledgerFile = 'tally-ledger-vouchers-calbank-feb2026.xlsx';
  const opening = 54628711;
  const F = finish(S, { bankFile, ledgerFile, opening });
  const rows = [
    ['CalBank PLC'],
    ['Customer Statement'],
    ['Account Name:', 'AKWAABA PHARMA DISTRIBUTORS LTD'],
    ['Account No:', '1400*****2211'],
    ['Currency:', 'GHS'],
    ['Period:', '01-Feb-2026 to 28-Feb-2026'],
    [],
    ['Post Date', 'Value Date', 'Narration', 'Reference', 'Debit', 'Credit', 'Balance'],
  ];
  const headerRow = rows.length;
  rows.push(['', '', 'Opening Balance', '', '', '', grouped(opening)]);
  for (const x of F.bank) {
    rows.push([
      dMonY(x.date),
      dMonY(x.date),
      x.narr,
      x.bref ?? '',
      x.amt < 0 ? grouped(x.amt) : '',
      x.amt > 0 ? grouped(x.amt) : '',
      grouped(x.bal),
    ]);
    x.row = rows.length;
  }
  rows.push(['', '', 'Closing Balance', '', '', '', grouped(F.closing)]);
  F.bankInFileOrder = F.bank;
  // Tally Ledger Vouchers of "CalBank Current A/c", with narrations shown (the row under each voucher)
  const t = [
    ['Akwaaba Pharma Distributors Ltd'],
    ['Spintex Road, Accra'],
    ['CalBank Current A/c'],
    ['Ledger Account'],
    ['1-Feb-2026 to 28-Feb-2026'],
    ['Date', 'Particulars', 'Vch Type', 'Vch No.', 'Debit', 'Credit'],
  ];
  const ledHeaderRow = t.length;
  t.push(['', 'Opening Balance', '', '', (opening - 425000) / 100, '']);
  const obRow = t.length;
  const vn = { Receipt: 402, Payment: 611, Contra: 45 };
  let dr = 0;
  let crd = 0;
  for (const r of F.led) {
    const no = String(vn[r.vtype]++);
    t.push([xlDate(r.date), r.party, r.vtype, no, r.amt > 0 ? r.amt / 100 : '', r.amt < 0 ? -r.amt / 100 : '']);
    r.row = t.length;
    if (r.amt > 0) dr += r.amt;
    else crd -= r.amt;
    if (r.narration) t.push(['', r.narration, '', '', '', '']);
  }
  t.push(['', 'Current Total', '', '', (dr + opening - 425000) / 100, crd / 100]);
  const totalRow = t.length;
  t.push(['', 'Closing Balance', '', '', (opening - 425000 + dr - crd) / 100, '']);
  const meta = {
    country: 'GH',
    currency: 'GHS',
    timezone: 'Africa/Accra',
    period: { from, to },
    seed: SEED,
    bankFiles: [
      {
        file: bankFile,
        bank: 'CalBank PLC',
        headerRow,
        ledgerAccount: 'CalBank Current A/c',
        readOptions: { currency: 'GHS' },
        openingBalance: money(opening),
        closingBalance: money(F.closing),
      },
    ],
    ledgerFiles: [
      {
        file: ledgerFile,
        package: 'Tally (TallyPrime Ledger Vouchers, exported to Excel, narrations shown)',
        headerRow: ledHeaderRow,
        readOptions: {
          currency: 'GHS',
          mapping: {
            date: 'Date',
            description: 'Particulars',
            journalId: 'Vch No.',
            moneyIn: 'Debit',
            moneyOut: 'Credit',
          },
        },
        nonEntryRows: [
          { row: obRow, why: 'opening balance of the ledger (no date), not an entry' },
          { row: totalRow, why: "Tally's 'Current Total' row (no date), not an entry" },
        ],
      },
    ],
  };
  const { truth, doc, counts } = truthAndJson(
    'gh-calbank-tally',
    meta,
    F,
    F.led,
    (x) => ({
      date: x.date,
      amount: money(x.amt),
      narration: x.narr,
      reference: x.bref || null,
      counterparty: null,
      balance: money(x.bal),
    }),
    (r) => ({
      date: r.date,
      amount: money(r.amt),
      reference: null,
      description: r.narration ? `${r.party} — ${r.narration}` : r.party,
      party: null,
      account: null,
    }),
  );
  writeSet(
    'gh-calbank-tally',
    { [bankFile]: toCsv(rows), [ledgerFile]: (p) => writeXlsx(p, 'Ledger Vouchers', t, 'd-mmm-yyyy') },
    truth,
    doc,
    bankFile,
  );
  return counts;
}

// =====================================================================
// 4. South Africa — Discovery Bank Business CSV vs QuickBooks Online General Ledger CSV
// =====================================================================
function setSouthAfrica() {
  R = mulberry32(SEED + 4);
  const S = makeSet();
  const from = '2026-03-01';
  const to = '2026-03-31';
  const customers = [
    ['WOOLWORTHS HOLDINGS', 'Woolworths (Pty) Ltd'],
    ['PICK N PAY RETAIL', 'Pick n Pay Retailers'],
    ['MR J VAN DER MERWE', 'Johan van der Merwe'],
    ['THANDI NKOSI DESIGNS', 'Thandi Nkosi Designs'],
    ['CAPE UNION MART', 'Cape Union Mart Group'],
    ['STELLENBOSCH UNIVERSITY', 'Stellenbosch University'],
    ['SIPHO DLAMINI', 'S Dlamini'],
    ['TAKEALOT ONLINE', 'Takealot Online (RF) (Pty) Ltd'],
    ['BIDVEST FOOD', 'Bidvest Foodservice'],
  ].map(([bankName, book]) => ({ bankName, book }));
  const suppliers = [
    ['MAKRO', 'Makro SA', 150000, 900000],
    ['CITY OF CAPE TOWN', 'City of Cape Town - utilities', 80000, 400000],
    ['VODACOM', 'Vodacom (Pty) Ltd', 20000, 90000],
    ['THE COURIER GUY', 'The Courier Guy', 10000, 60000],
    ['BUILDERS WAREHOUSE', 'Builders', 30000, 300000],
    ['REDEFINE PROPERTIES', 'Redefine Properties - rent', 2850000, 2850000],
    ['SANTAM INSURANCE', 'Santam', 120000, 120000],
  ].map(([bankName, book, lo, hi]) => ({ bankName, book, lo: lo / 100, hi: hi / 100 }));
  const P = {
    from,
    to,
    customers,
    suppliers,
    invStart: 1088,
    invDoc: (n) => ({ prefix: 'INV', serial: n, width: 4, year: '2026', canonical: `INV ${n}` }),
    billDoc: () => {
      const serial = ri(10000, 99999);
      return { prefix: 'IN', serial, width: 6, canonical: `IN${String(serial).padStart(6, '0')}`, sep: '' };
    },
    creditNote: () => `CN ${ri(20, 60)}`,
    nReceipts: 42,
    nPayments: 16,
    invLo: 1500,
    invHi: 65000,
    step: 5,
    whtRate: 0,
    overBy: 100000,
    payerChargeMinor: 0,
    chqStart: 0,
    chqWidth: 0,
    nCash: 3,
    cashLo: 1500,
    cashHi: 12000,
    inChannel: () => ({
      line: (S_, d, amt, c_, ref) => {
        const r_ = ref ? ` ${ref}` : '';
        return S_.b(
          d,
          amt,
          pick(['Credit transfer', 'Immediate payment received', 'Magtape credit']) +
            ` ${c_.bankName}${r_}`.toUpperCase(),
          {},
        );
      },
    }),
    anonIn: (S_, d, amt) => S_.b(d, amt, `ATM CASH DEPOSIT ${digits(6)}`, {}),
    receiptRow: (c, inv, amt, line, inv2, cn, note) => ({
      type: 'Payment',
      // QBO "Reference no." of a received payment: the bookkeeper copies the payer's reference when there is one
      num: line && line.narr.includes(String(inv.serial)) ? `INV ${inv.serial}` : '',
      name: c.book,
      memo: cn
        ? `Inv ${inv.serial} less ${cn}`
        : inv2
          ? `Inv ${inv.serial}, ${inv2.serial}`
          : note
            ? `Inv ${inv.serial} ${note}`
            : chance(0.3)
              ? `Inv ${inv.serial}`
              : '',
      split: 'Accounts Receivable (A/R)',
    }),
    paymentRow: (s, bill) => ({
      type: 'Bill Payment (Cheque)',
      num: '',
      name: s.book,
      memo: bill.canonical,
      split: 'Accounts Payable (A/P)',
    }),
    outLine: (S_, d, amt, s, ref, anon) =>
      S_.b(
        d,
        amt,
        anon ? `Digital payment ${digits(10)}` : `Digital payment ${s.bankName}${ref ? ' ' + ref : ''}`.toUpperCase(),
        {},
      ),
    afterOut: (S_, line) => {
      if (chance(0.35)) S.bankOnly(S_.b(line.date, -800, 'Immediate payment fee', {}), 'charge');
    },
    reversalLine: (S_, d, amt, f) => S_.b(d, amt, `Reversal: ${f.narr}`, {}),
    cashIn: (S_, d, amt) => S_.b(d, amt, `Cash deposit branch ${pick(['Claremont', 'Bellville', 'Sea Point'])}`, {}),
    cashRow: () => ({ type: 'Deposit', num: '', name: '', memo: 'Cash takings banked', split: 'Sales' }),
    payroll: (S_, d) => {
      const total = 18654320;
      const l = S_.b(d, -total, 'SALARIES BATCH MAR2026 14 ITEMS', {});
      const r = S_.l(d, -total, {
        type: 'Journal Entry',
        num: 'PAY-03',
        name: '',
        memo: 'Net salaries March 2026',
        split: 'Salaries Payable',
      });
      S.match(l, r, 'amount', ['payroll-batch']);
      S.bankOnly(S_.b(d, -1400, 'Batch payment fee 14 items', {}), 'charge');
      const prn = `7${digits(9)}LC0320${ri(10, 99)}`;
      const emp = S_.b(workday(addDays(d, 2)), -5218645, `SARS EFILING PAYMENT ${prn}`, {});
      const er = S_.l(emp.date, -5218645, {
        type: 'Expense',
        num: '',
        name: 'SARS',
        memo: `EMP201 Mar 2026 PRN ${prn}`,
        split: 'PAYE / UIF / SDL payable',
      });
      S.match(emp, er, 'reference', ['statutory-remittance', 'ref-canonical']);
    },
    settlements: (S_, days) => {
      // Yoco card settlements: daily, net of 2.95% incl VAT; QBO: gross sales deposit, fee as its own expense
      for (let i = 0; i < 9; i++) {
        const sale = days[ri(0, days.length - 3)];
        const setd = workday(addDays(sale, 1));
        const gross = ri(800, 9000) * 100;
        const fee = Math.round(gross * 0.0295);
        const l = S_.b(setd, gross - fee, `YOCO ${sale.replace(/-/g, '')} PAYOUT`, {});
        const m = i % 3;
        if (m === 0) {
          const r1 = S_.l(sale, gross, { type: 'Deposit', num: '', name: 'Yoco', memo: 'Card sales', split: 'Sales' });
          const r2 = S_.l(sale, -fee, {
            type: 'Expense',
            num: '',
            name: 'Yoco',
            memo: 'Yoco fees',
            split: 'Bank charges',
          });
          S.match(l, [r1, r2], 'counterparty', [
            'pos-settlement',
            'net-of-fee-fee-booked-separately',
            'split-one-to-many',
            'settled-next-day',
          ]);
        } else if (m === 1) {
          const r = S_.l(setd, gross - fee, {
            type: 'Deposit',
            num: '',
            name: 'Yoco',
            memo: `Payout ${dmy(sale)}`,
            split: 'Sales',
          });
          S.match(l, r, 'counterparty', ['pos-settlement', 'booked-net']);
        } else {
          const r = S_.l(sale, gross, {
            type: 'Sales Receipt',
            num: String(3000 + i),
            name: 'Card customer',
            memo: '',
            split: 'Sales',
          });
          S.match(l, r, 'amount', ['pos-settlement', 'short-net-of-fee', 'settled-next-day']);
        }
      }
    },
    transfers: (S_, days) => {
      for (let i = 0; i < 2; i++) {
        const d = days[6 + i * 9];
        const amt = ri(20, 60) * 500000;
        const l = S_.b(d, -amt, `Transfer to Discovery Business Savings`, {});
        const r = S_.l(d, -amt, {
          type: 'Transfer',
          num: '',
          name: '',
          memo: 'To savings',
          split: 'Discovery Business Savings',
        });
        S_.l(d, amt, {
          type: 'Transfer',
          num: '',
          name: '',
          memo: 'To savings',
          split: 'Discovery Business Account',
          other: 'Discovery Business Savings',
        });
        S.match(l, r, 'counterparty', ['own-account-transfer']);
      }
      // debit orders
      for (const [n, amt, booked] of [
        ['DEBIT ORDER SANTAM 0078123', 120000 * 100, true],
        ['DEBIT ORDER DISCOVERY HEALTH MED', 854000, true],
        ['DEBIT ORDER MWEB FIBRE 44123', 99900, false],
      ]) {
        const d = days[ri(0, 4)];
        const l = S_.b(d, -amt, n, {});
        if (booked) {
          const r = S_.l(d, -amt, {
            type: 'Expense',
            num: '',
            name: n.includes('SANTAM') ? 'Santam' : 'Discovery Health',
            memo: 'Debit order',
            split: 'Insurance',
          });
          S.match(l, r, 'counterparty', ['debit-order']);
        } else S.noCp(l, 'counterparty', ['debit-order', 'unrecorded-payment']);
      }
      // one debit order returned unpaid by the company's instruction: pair
      const dd = days[11];
      const a = S_.b(dd, -345000, 'DEBIT ORDER GYMSHARK SA 55612', {});
      const b = S_.b(workday(addDays(dd, 2)), 345000, 'DEBIT ORDER REVERSAL GYMSHARK SA 55612', {});
      S.pair(a, b, 'counterparty');
    },
    charges: (S_, days) => {
      const last = days[days.length - 1];
      const mf = S_.b(last, -19900, 'Monthly account fee', {});
      const mr = S_.l(last, -19900, {
        type: 'Expense',
        num: '',
        name: 'Discovery Bank',
        memo: 'Bank fees',
        split: 'Bank charges',
      });
      S.match(mf, mr, 'amount', ['bank-charge-booked']);
      S.bankOnly(S_.b(last, ri(3000, 12000), 'Interest received', {}), 'interest');
      for (const x of S.bank.filter((y) => /^Cash deposit/.test(y.narr)))
        S.bankOnly(S_.b(x.date, -Math.round(x.amt * 0.0085), 'Cash deposit fee', {}), 'charge');
    },
    unrecorded: (S_, days) => {
      S.noCp(S_.b(days[7], 1250000, 'IMMEDIATE PAYMENT RECEIVED N MOKOENA', {}), 'counterparty', [
        'unrecorded-receipt',
      ]);
      S.noCp(S_.b(days[14], -56000, 'CARD PURCHASE ENGEN CLAREMONT', {}), 'counterparty', ['unrecorded-card-spend']);
      S.noCp(S_.b(days[18], -210000, 'CARD PURCHASE TAKEALOT.COM', {}), 'counterparty', ['unrecorded-card-spend']);
    },
  };
  // South Africa: no cheques (cheques withdrawn 2020) — override the generic cheque block with EFTs to the same suppliers
  P.chequeRow = (s, bill, chq, amt) => P.paymentRow(s, bill, amt);
  P.chequeOut = (S_, d, amt, chq, s) => S_.b(d, amt, `DIGITAL PAYMENT ${s.bankName}`, {});
  buildMonth(S, P);
  // the generic "cheque" block marked two unpresented: here they are EFTs scheduled for 1 April — keep as outstanding
  for (const r of S.led)
    if (r.only === 'cheque issued, not yet presented') r.only = 'payment scheduled in the books, paid next month';
  for (const x of S.bank)
    if (x.t.traits.includes('cheque-number'))
      Object.assign(x.t, { evidence: 'counterparty', traits: ['name-only', 'settled-later'] });
  const bankFile = 'discovery-business-3301-mar2026.csv';
  const ledgerFile = 'qbo-general-ledger-mar2026.csv';
  const opening = 24587215;
  const F = finish(S, { bankFile, ledgerFile, opening });
  const rows = [
    ['Discovery Bank'],
    ['Business Account statement'],
    ['Account', 'Discovery Business Account ****3301'],
    ['Period', '01 Mar 2026 - 31 Mar 2026'],
    [],
    ['Date', 'Description', 'Money In (R)', 'Money Out (R)', 'Balance (R)'],
  ];
  const headerRow = rows.length;
  for (const x of F.bank) {
    rows.push([dSpace(x.date), x.narr, x.amt > 0 ? money(x.amt) : '', x.amt < 0 ? money(x.amt) : '', money(x.bal)]);
    x.row = rows.length;
  }
  F.bankInFileOrder = F.bank;
  // QBO General Ledger: sections per account; bank account rows first, other accounts after
  const q = [['Fynbos Studio (Pty) Ltd'], ['General Ledger'], ['March 2026'], []];
  q.push(['', 'Date', 'Transaction Type', 'Num', 'Name', 'Memo/Description', 'Split', 'Amount', 'Balance']);
  const ledHeaderRow = q.length;
  const sections = [
    ['Discovery Business Account', F.led.filter((r) => !r.other), opening - 1875000],
    ['Discovery Business Savings', F.led.filter((r) => r.other), 52000000],
  ];
  const nonEntryRows = [];
  for (const [name, rs, ob] of sections) {
    q.push([name]);
    q.push(['', 'Beginning Balance', '', '', '', '', '', '', money(ob)]);
    let bal = ob;
    for (const r of rs) {
      bal += r.amt;
      q.push(['', dmy(r.date), r.type, r.num, r.name, r.memo, r.split, money(r.amt), money(bal)]);
      r.row = q.length;
    }
    q.push([`Total for ${name}`, '', '', '', '', '', '', money(bal - ob), '']);
  }
  q.push([]);
  q.push(['', 'Cash Basis  Thursday, 2 April 2026  08:14 AM GMTZ']);
  const meta = {
    country: 'ZA',
    currency: 'ZAR',
    timezone: 'Africa/Johannesburg',
    period: { from, to },
    seed: SEED,
    bankFiles: [
      {
        file: bankFile,
        bank: 'Discovery Bank (Business Account)',
        headerRow,
        ledgerAccount: 'Discovery Business Account',
        readOptions: { currency: 'ZAR', dateOrder: 'DMY' },
        openingBalance: money(opening),
        closingBalance: money(F.closing),
      },
    ],
    ledgerFiles: [
      {
        file: ledgerFile,
        package: 'QuickBooks Online (General Ledger report, CSV)',
        headerRow: ledHeaderRow,
        readOptions: { currency: 'ZAR', dateOrder: 'DMY' },
      },
    ],
  };
  if (nonEntryRows.length) meta.ledgerFiles[0].nonEntryRows = nonEntryRows;
  const { truth, doc, counts } = truthAndJson(
    'za-discovery-qbo',
    meta,
    F,
    F.led.filter((r) => !r.other),
    (x) => ({
      date: x.date,
      amount: money(x.amt),
      narration: x.narr,
      reference: null,
      counterparty: null,
      balance: money(x.bal),
    }),
    (r) => ({
      date: r.date,
      amount: money(r.amt),
      reference: r.num || null,
      description: [r.type, r.memo].filter(Boolean).join(' — '),
      party: r.name || null,
      account: 'Discovery Business Account',
    }),
  );
  counts.ledgerRowsOtherAccounts = F.led.filter((r) => r.other).length;
  writeSet('za-discovery-qbo', { [bankFile]: toCsv(rows), [ledgerFile]: toCsv(q) }, truth, doc, bankFile);
  return counts;
}

const sets = [setNigeria(), setKenya(), setGhana(), setSouthAfrica()];
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'index.json'), JSON.stringify({ seed: SEED, sets }, null, 2) + '\n');
for (const s of sets) console.log(s.set, s.bankLines, 'bank lines,', s.ledgerRows, 'ledger rows');
