// Generates bench/corpus/holdout10/**: four month-long sets (NG, GH, KE, ZA), each a bank statement as the bank
// exports it, a books export as the package writes it, a reconcile-JSON document of the same rows and truth.json.
// Seeded and deterministic: the same seed gives the same bytes. Money is integer minor units throughout.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import XLSX from 'xlsx';

const here = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.resolve(here, '../holdout10');
const SEED = Number(process.env.BANKFEED_CORPUS_SEED ?? 20250610);
console.log(`holdout10 seed ${SEED}`);

// ---------- seeded helpers ----------
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
let R = rng(SEED);
const ri = (lo, hi) => lo + Math.floor(R() * (hi - lo + 1));
const pick = (arr) => arr[Math.floor(R() * arr.length)];

const pad = (n, w) => String(n).padStart(w, '0');
function addDays(isoDate, n) {
  const t = new Date(`${isoDate}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}
const weekday = (isoDate) => new Date(`${isoDate}T00:00:00Z`).getUTCDay();
// business day on or after (statements post on weekdays)
function bday(isoDate) {
  let d = isoDate;
  while (weekday(d) === 0 || weekday(d) === 6) d = addDays(d, 1);
  return d;
}
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const dmy = (d, sep = '/') => `${d.slice(8, 10)}${sep}${d.slice(5, 7)}${sep}${d.slice(0, 4)}`;
const dMonY = (d, sep = '-') => `${d.slice(8, 10)}${sep}${MON[Number(d.slice(5, 7)) - 1]}${sep}${d.slice(0, 4)}`;
const ymdSlash = (d) => d.replaceAll('-', '/');
function serial(d) {
  return Math.round((Date.parse(`${d}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86400000);
}
// minor units → "1234.56" / "1,234.56" / "-1234.56"
function dec(minor) {
  const s = minor < 0 ? '-' : '';
  const a = Math.abs(minor);
  return `${s}${Math.floor(a / 100)}.${pad(a % 100, 2)}`;
}
function grp(minor) {
  const s = minor < 0 ? '-' : '';
  const a = Math.abs(minor);
  return `${s}${Math.floor(a / 100).toLocaleString('en-US')}.${pad(a % 100, 2)}`;
}
const num = (minor) => Number(dec(minor));

// ---------- set builder ----------
// An event holds bank lines and the ledger rows they answer to, with the truth about them.
class SetBuilder {
  constructor(period) {
    this.period = period;
    this.events = [];
    this.ledgerOnly = [];
    this.used = new Set();
  }
  // a fresh amount in [lo, hi] major units with `cents` deciding the minor part, never used before in this set
  amount(lo, hi, cents = 'any') {
    for (;;) {
      let m = ri(lo, hi) * 100;
      if (cents === 'any') m += pick([0, 0, 0, 50, ri(1, 99)]);
      if (cents === 'round') m = Math.round(m / 5000) * 5000;
      if (!this.used.has(m)) {
        this.used.add(m);
        return m;
      }
    }
  }
  ev(e) {
    const ev = {
      expect: 'match',
      decision: 'auto',
      evidence: 'amount',
      traits: [],
      kind: null,
      ledger: [],
      ...e,
    };
    ev.bank = ev.bank.map((b) => ({ ...b, ev }));
    ev.ledger = ev.ledger.map((l) => ({ ...l, ev }));
    this.events.push(ev);
    return ev;
  }
  charge(d, amt, text, kind = 'charge') {
    return this.ev({
      bank: [{ d, amt: -Math.abs(amt), text }],
      expect: 'bank-only',
      decision: 'bank-only',
      kind,
    });
  }
  lo(l, why) {
    const row = { ...l, why };
    this.ledgerOnly.push(row);
    return row;
  }
}

// realistic invoice-number writings: [text, trait]
function refWriter(style) {
  return (serialNo, year, mode) => {
    const canon = style.canon(serialNo, year);
    switch (mode) {
      case 'canonical':
        return [canon, 'ref-canonical'];
      case 'lower':
        return [canon.toLowerCase(), 'ref-lowercase'];
      case 'spaces':
        return [canon.replace(/[-/]/g, ' '), 'ref-spaces'];
      case 'slashes':
        return [canon.replace(/-/g, '/'), 'ref-slashes'];
      case 'nopad':
        return [style.nopad(serialNo, year), 'ref-no-padding'];
      case 'joined':
        return [canon.replace(/[-/ ]/g, ''), 'ref-year-serial-joined'];
      default:
        return [`${style.word} ${serialNo}`, 'ref-serial-only'];
    }
  };
}

// ---------- common scenarios ----------
// A routine receipt from a customer. `mode` decides how the bank wrote it.
function receipt(S, o) {
  const { d, amt, party, bankName, invRef, refText, refTrait, bookLag = 0, mkText, book } = o;
  const textMode = o.textMode;
  let text;
  let evidence;
  let traits;
  let decision = 'auto';
  if (textMode === 'ref') {
    text = mkText(bankName, refText);
    evidence = 'reference';
    traits = [refTrait];
  } else if (textMode === 'name') {
    text = mkText(bankName, o.memo ?? '');
    evidence = 'counterparty';
    traits = ['name-only'];
  } else {
    text = mkText(null, o.memo ?? '');
    evidence = 'amount';
    traits = ['amount-only'];
    decision = 'suggest';
  }
  if (bookLag) traits.push('late-posting');
  return S.ev({
    bank: [{ d, amt, text, ref: o.bankRef }],
    ledger: [{ d: addDays(d, bookLag), amt, ref: invRef, party, ...book }],
    decision,
    evidence,
    traits,
  });
}

// ---------- writers ----------
function csvCell(v) {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
const writeCsv = (rows, quoteAll = false, eol = '\r\n') =>
  rows
    .map((r) => r.map((v) => (quoteAll && v !== '' ? `"${String(v).replace(/"/g, '""')}"` : csvCell(v))).join(','))
    .join(eol) + eol;

function writeXlsx(file, sheetName, rows, dateCols, moneyCols, dateFmt) {
  const ws = XLSX.utils.aoa_to_sheet(rows);
  // real date and number cells, as the bank's/package's Excel export writes them
  for (const [addr, cell] of Object.entries(ws)) {
    if (addr.startsWith('!')) continue;
    const { c } = XLSX.utils.decode_cell(addr);
    if (cell.t === 'n' && cell.isDate) continue;
    if (cell.t === 'n' && dateCols.includes(c)) cell.z = dateFmt;
    else if (cell.t === 'n' && moneyCols.includes(c)) cell.z = '#,##0.00';
  }
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  const buf = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
  fs.writeFileSync(file, buf);
}

// ---------- assemble one set ----------
function assemble(S, spec) {
  // stable order by date: lines added together stay together (a charge follows its transfer)
  const lines = [];
  for (const ev of S.events) for (const b of ev.bank) lines.push(b);
  lines.forEach((b, i) => (b.seq = i));
  lines.sort((a, b) => (a.d < b.d ? -1 : a.d > b.d ? 1 : a.seq - b.seq));
  let bal = spec.opening;
  for (const b of lines) {
    bal += b.amt;
    b.bal = bal;
  }
  const closing = bal;
  const ledgerRows = [];
  for (const ev of S.events) for (const l of ev.ledger) ledgerRows.push(l);
  for (const l of S.ledgerOnly) ledgerRows.push(l);
  ledgerRows.forEach((l, i) => (l.seq = i));
  ledgerRows.sort((a, b) => (a.d < b.d ? -1 : a.d > b.d ? 1 : a.seq - b.seq));
  let lbal = spec.bookOpening;
  for (const l of ledgerRows) {
    lbal += l.amt;
    l.bal = lbal;
  }
  const bankOut = spec.newestFirst ? [...lines].reverse() : lines;
  const bankFile = spec.writeBank(bankOut, { closing, opening: spec.opening });
  const ledgerFile = spec.writeLedger(ledgerRows, { opening: spec.bookOpening, closing: lbal });
  return { lines, ledgerRows, closing, bookClosing: lbal, bankFile, ledgerFile };
}

function buildOutputs(setName, S, spec, meta) {
  const dir = path.join(OUT, setName);
  fs.mkdirSync(dir, { recursive: true });
  const a = assemble(S, { ...spec, dir });
  const bf = a.bankFile; // { file, headerRow, rows: Map(line → row) }
  const lf = a.ledgerFile;
  const lref = (l) => ({ file: lf.file, row: l.row, date: l.d, amount: dec(l.amt) });
  const bref = (b) => ({ file: bf.file, row: b.row, date: b.d, amount: dec(b.amt), text: b.text });
  // twins: partner events whose ledger sets are interchangeable
  const truthBank = [...a.lines]
    .sort((x, y) => x.row - y.row)
    .map((b) => {
      const ev = b.ev;
      const t = {
        ref: bref(b),
        expect: ev.expect,
        decision: ev.decision,
        ledger: ev.ledger.map(lref),
        group: ev.bank.length > 1 ? ev.group : null,
        evidence: ev.expect === 'match' ? ev.evidence : ev.evidence === 'reference' ? 'reference' : 'amount',
        ambiguous: Boolean(ev.twin),
        kind: ev.kind,
        partner: null,
        traits: ev.traits,
      };
      if (ev.twin) t.ledgerAnyOf = [ev.ledger.map(lref), ev.twin.ledger.map(lref)];
      if (ev.mustNotAuto) t.mustNotAuto = true;
      if (ev.difference) t.difference = dec(ev.difference);
      if (ev.expect === 'reversal-pair') t.partner = bref(ev.partnerLine());
      if (ev.note) t.note = ev.note;
      return t;
    });
  // group ids in file order
  let g = 0;
  const gid = new Map();
  for (const ev of S.events)
    if (ev.bank.length > 1 && ev.expect === 'match') {
      g += 1;
      gid.set(ev, `g${pad(g, 3)}`);
    }
  for (const t of truthBank) {
    const line = a.lines.find((b) => b.row === t.ref.row);
    t.group = gid.get(line.ev) ?? null;
  }
  const truth = {
    set: setName,
    country: meta.country,
    currency: meta.currency,
    timezone: meta.timezone,
    period: S.period,
    seed: SEED,
    bankFiles: [
      {
        file: bf.file,
        bank: meta.bank,
        headerRow: bf.headerRow,
        ledgerAccount: meta.ledgerAccount,
        readOptions: bf.readOptions,
        openingBalance: dec(spec.opening),
        closingBalance: dec(a.closing),
      },
    ],
    ledgerFiles: [
      {
        file: lf.file,
        package: meta.package,
        headerRow: lf.headerRow,
        readOptions: lf.readOptions,
        ...(lf.nonEntryRows?.length ? { nonEntryRows: lf.nonEntryRows } : {}),
      },
    ],
    bank: truthBank,
    ledgerOnly: S.ledgerOnly.map((l) => ({ ...lref(l), why: l.why })),
  };
  fs.writeFileSync(path.join(dir, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  // reconcile JSON: only what the files carry
  const doc = {
    options: { timezone: meta.timezone },
    statement: { from: S.period.from, to: S.period.to, bankBalance: dec(a.closing), bookBalance: dec(a.bookClosing) },
    bank: [...a.lines]
      .sort((x, y) => x.row - y.row)
      .map((b) => ({
        id: `${bf.file}#${b.row}`,
        date: b.d,
        amount: dec(b.amt),
        currency: meta.currency,
        narration: b.text,
        reference: bf.hasRef ? (b.ref ?? null) : null,
        counterparty: null,
        balance: dec(b.bal),
      })),
    ledger: [...a.ledgerRows]
      .sort((x, y) => x.row - y.row)
      .map((l) => ({
        id: `${lf.file}#${l.row}`,
        date: l.d,
        dueDate: null,
        amount: dec(l.amt),
        currency: meta.currency,
        reference: lf.refOf(l),
        description: lf.descOf(l),
        party: lf.partyOf(l),
        account: meta.ledgerAccount,
      })),
  };
  fs.writeFileSync(path.join(dir, `reconcile.${bf.file}.json`), JSON.stringify(doc, null, 2) + '\n');
  const count = (k, v) => truthBank.filter((t) => t[k] === v).length;
  return {
    set: setName,
    country: meta.country,
    bank: meta.bank,
    package: meta.package,
    bankFile: bf.file,
    ledgerFile: lf.file,
    reconcileJson: `reconcile.${bf.file}.json`,
    bankLines: truthBank.length,
    ledgerRows: a.ledgerRows.length,
    expect: {
      match: count('expect', 'match'),
      bankOnly: count('expect', 'bank-only'),
      reversalPair: count('expect', 'reversal-pair'),
      noCounterpart: count('expect', 'no-counterpart'),
    },
    decisions: {
      auto: count('decision', 'auto'),
      suggest: count('decision', 'suggest'),
      mustNotAuto: truthBank.filter((t) => t.mustNotAuto).length,
      bankOnly: count('decision', 'bank-only'),
      none: count('decision', 'none'),
      reversalPair: count('decision', 'reversal-pair'),
    },
    ledgerOnly: S.ledgerOnly.length,
    noReference: truthBank.filter((t) => t.evidence !== 'reference').length,
  };
}

// reversal pair helper: a failed transfer and the bank's reversal of it
function reversalPair(S, d1, d2, amt, outText, revText) {
  const a = S.ev({ bank: [{ d: d1, amt: -amt, text: outText }], expect: 'reversal-pair', decision: 'reversal-pair' });
  const b = S.ev({ bank: [{ d: d2, amt, text: revText }], expect: 'reversal-pair', decision: 'reversal-pair' });
  a.partnerLine = () => b.bank[0];
  b.partnerLine = () => a.bank[0];
}
function twins(a, b) {
  a.twin = b;
  b.twin = a;
  for (const e of [a, b]) {
    e.decision = 'suggest';
    e.traits = [...e.traits, 'twins'];
  }
}
function noCounterpart(S, d, amt, text, note) {
  return S.ev({ bank: [{ d, amt, text }], expect: 'no-counterpart', decision: 'none', note });
}

// days of the month spread over business days
function days(S, n) {
  const out = [];
  const from = S.period.from;
  const to = S.period.to;
  const span = (Date.parse(to) - Date.parse(from)) / 86400000;
  for (let i = 0; i < n; i++) {
    let d = bday(addDays(from, ri(0, span - 3)));
    if (d > to) d = bday(from);
    out.push(d);
  }
  return out.sort();
}

// =====================================================================================================
// NG — Providus Bank current account (XLSX) vs Zoho Books "Account Transactions" (CSV), April 2025
// =====================================================================================================
function makeNG() {
  R = rng(SEED + 1);
  const S = new SetBuilder({ from: '2025-04-01', to: '2025-04-30' });
  const ACC = 'Providus Bank - Current';
  const refs = refWriter({
    canon: (n) => `INV-${pad(n, 6)}`,
    nopad: (n) => `INV-${n}`,
    word: 'inv',
  });
  const customers = [
    ['Olaniyan Supermarket Limited', 'OLANIYAN SUPERMKT LTD'],
    ['Chief Emeka Obi Enterprises', 'OBI EMEKA CHIEF ENT'],
    ['Hajia Amina Bello Stores', 'AMINA BELLO STORES'],
    ['Grace and Favour Ventures', 'GRACE & FAVOUR VEN'],
    ['De-Rock Hotels & Suites Ltd', 'DE ROCK HOTELS AND SUITES'],
    ['Bayo Adeyemi & Sons Nig Ltd', 'ADEYEMI BAYO AND SONS'],
    ['Mrs Funmilayo Ogunleye (Funmi Kitchens)', 'FUNMI KITCHENS'],
    ['Kilimanjaro Eateries Ikeja', 'KILIMANJARO EATERIES IKEJ'],
    ['Tasty Delight Catering Services', 'TASTY DELIGHT CATERING SE'],
    ['Alhaji Sani Musa & Co', 'SANI MUSA ALHAJI'],
    ['Ebun Okafor Trading Co', 'OKAFOR EBUN TRADING'],
    ['Lagoon Breeze Restaurants Ltd', 'LAGOON BREEZE REST.'],
  ];
  const suppliers = [
    ['Elepaak Packaging Industries Ltd', 'ELEPAAK PACKAGING IND'],
    ['Flour Mills Distributors Apapa', 'FLOUR MILLS DIST APAPA'],
    ['Okonkwo Plastics & Containers', 'OKONKWO PLASTICS'],
    ['Ikeja Electric Plc', 'IKEJA ELECTRIC'],
    ['Swift Haulage Logistics', 'SWIFT HAULAGE LOG'],
    ['Adebisi Printing Press', 'ADEBISI PRINTING'],
    ['Nnamdi Palm Oil Merchants', 'NNAMDI PALM OIL'],
    ['TotalEnergies Station Allen', 'TOTALENERGIES ALLEN'],
  ];
  const bank4 = ['FBN', 'GTB', 'ZENITH', 'UBA', 'ACCESS', 'WEMA', 'POLARIS', 'OPAY', 'KUDA', 'FCMB', 'UNION'];
  const session = () => `1000${ri(10, 99)}250${ri(401, 430)}${ri(100000, 999999)}${ri(100000, 999999)}`;
  const rcptText = (name, memo) =>
    name
      ? `NIP/${pick(bank4)}/${name}/${memo}`.replace(/\/$/, '')
      : pick([`TRF FROM 0${ri(100, 999)}XXXX${ri(100, 999)}/${memo}`, `INWARD TRANSFER ${session()}`]);
  const emtl = (d, tag) => S.charge(d, 5000, `ELECTRONIC MONEY TRANSFER LEVY ${tag}`, 'levy');
  const nipFees = (d, amt) => {
    const fee = amt <= 500000 ? 1000 : amt <= 5000000 ? 2500 : 5000;
    S.charge(d, fee, 'NIP TRANSFER CHARGE', 'charge');
    S.charge(d, Math.round(fee * 0.075), 'VAT ON NIP TRANSFER CHARGE', 'fee-vat');
  };
  const book = (type, details, txn) => ({ type, details, txn });
  let inv = 1180;
  let pmt = 312;
  // routine receipts
  const rdays = days(S, 26);
  const modes = ['canonical', 'canonical', 'lower', 'nopad', 'spaces', 'joined', 'serial'];
  rdays.forEach((d, i) => {
    const [party, bankName] = customers[i % customers.length];
    inv += ri(2, 9);
    const amt = S.amount(45000, 1850000);
    const tm = i % 5 === 4 ? 'amount' : i % 3 === 2 ? 'name' : 'ref';
    const [refText, refTrait] = refs(inv, 2025, modes[i % modes.length]);
    pmt += 1;
    receipt(S, {
      d,
      amt,
      party,
      bankName,
      invRef: `INV-${pad(inv, 6)}`,
      refText,
      refTrait,
      textMode: tm,
      memo: tm === 'amount' ? '' : pick(['PAYMENT', 'APR SUPPLY', 'SETTLEMENT', '']),
      bankRef: session(),
      bookLag: i % 7 === 3 ? ri(1, 3) : 0,
      mkText: rcptText,
      book: book('Customer Payment', party, `${pmt}`),
    });
    if (amt >= 1000000) emtl(d, `${session().slice(0, 12)}`);
  });
  // supplier payments
  const pdays = days(S, 13);
  let bill = 2204;
  pdays.forEach((d, i) => {
    const [party, bankName] = suppliers[i % suppliers.length];
    bill += ri(1, 6);
    const amt = S.amount(18000, 2400000);
    const withRef = i % 3 !== 1;
    const text = withRef ? `NIP TRF TO ${bankName}/BILL ${bill}` : `NIP TRF TO ${bankName}`;
    S.ev({
      bank: [{ d, amt: -amt, text, ref: session() }],
      ledger: [{ d, amt: -amt, ref: `BILL-${bill}`, party, ...book('Vendor Payment', party, `${pmt++}`) }],
      evidence: withRef ? 'reference' : 'counterparty',
      traits: withRef ? ['ref-no-padding'] : ['name-only'],
    });
    nipFees(d, amt);
  });
  // salaries as one bulk line vs the payroll journal's net pay
  const sal = S.amount(4100000, 4300000);
  S.ev({
    bank: [{ d: '2025-04-25', amt: -sal, text: 'BULK TRF SALARY APRIL 2025 14 BENEFICIARIES' }],
    ledger: [
      {
        d: '2025-04-25',
        amt: -sal,
        ref: 'PAYROLL-APR25',
        party: '',
        ...book('Journal', 'Net salaries April 2025', 'JV-0419'),
      },
    ],
    evidence: 'reference',
    traits: ['payroll-batch'],
  });
  S.charge('2025-04-25', 14 * 2688, 'BULK TRANSFER CHARGES 14 ITEMS INCL VAT', 'charge');
  // statutory remittances with Remita RRR / PENCOM
  const paye = S.amount(610000, 640000);
  S.ev({
    bank: [{ d: '2025-04-10', amt: -paye, text: 'REMITA/LIRS PAYE MAR 2025/RRR 2708-4411-9032' }],
    ledger: [
      {
        d: '2025-04-10',
        amt: -paye,
        ref: 'RRR 270844119032',
        party: 'Lagos State Internal Revenue Service',
        ...book('Expense', 'PAYE March 2025', 'EXP-0091'),
      },
    ],
    evidence: 'reference',
    traits: ['ref-spaces'],
  });
  const pen = S.amount(520000, 560000);
  S.ev({
    bank: [{ d: '2025-04-14', amt: -pen, text: 'NIBSS PENCOM CONTRIB MAR25 LEADWAY PENSURE' }],
    ledger: [
      {
        d: '2025-04-14',
        amt: -pen,
        ref: '',
        party: 'Leadway Pensure PFA',
        ...book('Expense', 'Pension contribution March 2025 (employer+employee)', 'EXP-0093'),
      },
    ],
    evidence: 'counterparty',
    traits: ['name-only'],
  });
  const vat = S.amount(880000, 920000);
  S.ev({
    bank: [{ d: '2025-04-21', amt: -vat, text: 'REMITA/FIRS VAT MARCH 2025 TIN 23987711-0001' }],
    ledger: [
      {
        d: '2025-04-21',
        amt: -vat,
        ref: 'VAT RETURN MAR 2025',
        party: 'Federal Inland Revenue Service',
        ...book('Expense', 'VAT payable March 2025', 'EXP-0101'),
      },
    ],
    evidence: 'counterparty',
    traits: ['name-only'],
  });
  // Paystack settlements net of fees vs gross online takings (person posts the fee)
  for (const [d, gross] of [
    ['2025-04-07', S.amount(380000, 420000)],
    ['2025-04-14', S.amount(510000, 560000)],
    ['2025-04-22', S.amount(290000, 330000)],
  ]) {
    const fee = Math.min(200000, Math.round(gross * 0.015) + 10000);
    S.ev({
      bank: [{ d: bday(addDays(d, 1)), amt: gross - fee, text: `PAYSTACK SETTLEMENT PSTK_${ri(1000000, 9999999)}` }],
      ledger: [
        {
          d,
          amt: gross,
          ref: `SR-WEB-${d.slice(5).replace('-', '')}`,
          party: 'Paystack customers',
          ...book('Sales Receipt', `Online orders week to ${dmy(d)}`, `SR-${ri(200, 299)}`),
        },
      ],
      decision: 'suggest',
      evidence: 'counterparty',
      traits: ['short-net-of-fee', 'settled-next-day'],
    });
    emtl(bday(addDays(d, 1)), 'PAYSTACK');
  }
  // customer paid net of 5% WHT: right pairing, but a person books the WHT credit note
  const whtGross = S.amount(900000, 1200000, 'round');
  S.ev({
    bank: [
      {
        d: '2025-04-16',
        amt: whtGross - Math.round(whtGross * 0.05),
        text: 'NIP/ZENITH/DE ROCK HOTELS AND SUITES/INV 001327 LESS WHT',
      },
    ],
    ledger: [
      {
        d: '2025-04-16',
        amt: whtGross,
        ref: 'INV-001327',
        party: 'De-Rock Hotels & Suites Ltd',
        ...book('Customer Payment', 'De-Rock Hotels & Suites Ltd', `${pmt++}`),
      },
    ],
    decision: 'suggest',
    evidence: 'reference',
    traits: ['ref-spaces', 'short-withholding-tax-5pct'],
    difference: -Math.round(whtGross * 0.05),
  });
  emtl('2025-04-16', 'DE ROCK');
  // over-payment with the invoice number
  const ovBase = S.amount(300000, 400000);
  S.ev({
    bank: [{ d: '2025-04-09', amt: ovBase + 50000, text: 'NIP/GTB/TASTY DELIGHT CATERING SE/INV-001344' }],
    ledger: [
      {
        d: '2025-04-09',
        amt: ovBase,
        ref: 'INV-001344',
        party: 'Tasty Delight Catering Services',
        ...book('Customer Payment', 'Tasty Delight Catering Services', `${pmt++}`),
      },
    ],
    evidence: 'reference',
    traits: ['ref-canonical', 'over-payment'],
    difference: 50000,
  });
  emtl('2025-04-09', 'TASTY');
  // one transfer for two invoices; the bookkeeper recorded one payment per invoice
  const s1 = S.amount(200000, 300000);
  const s2 = S.amount(150000, 250000);
  S.ev({
    bank: [{ d: '2025-04-23', amt: s1 + s2, text: 'NIP/UBA/LAGOON BREEZE REST./INV-001351 & INV-001358' }],
    ledger: [
      {
        d: '2025-04-23',
        amt: s1,
        ref: 'INV-001351',
        party: 'Lagoon Breeze Restaurants Ltd',
        ...book('Customer Payment', 'Lagoon Breeze Restaurants Ltd', `${pmt++}`),
      },
      {
        d: '2025-04-23',
        amt: s2,
        ref: 'INV-001358',
        party: 'Lagoon Breeze Restaurants Ltd',
        ...book('Customer Payment', 'Lagoon Breeze Restaurants Ltd', `${pmt++}`),
      },
    ],
    evidence: 'reference',
    traits: ['split-one-to-many', 'ref-canonical'],
  });
  emtl('2025-04-23', 'LAGOON');
  // two part transfers for one invoice, the books hold one receipt of the whole
  const whole = S.amount(1200000, 1500000, 'round');
  const part1 = Math.round(whole * 0.6);
  S.ev({
    bank: [
      { d: '2025-04-11', amt: part1, text: 'NIP/FBN/SANI MUSA ALHAJI/PART PYMT INV-001336' },
      { d: '2025-04-15', amt: whole - part1, text: 'NIP/FBN/SANI MUSA ALHAJI/BAL INV-001336' },
    ],
    ledger: [
      {
        d: '2025-04-15',
        amt: whole,
        ref: 'INV-001336',
        party: 'Alhaji Sani Musa & Co',
        ...book('Customer Payment', 'Alhaji Sani Musa & Co', `${pmt++}`),
      },
    ],
    evidence: 'reference',
    traits: ['split-many-to-one', 'ref-canonical'],
  });
  emtl('2025-04-11', 'SANI MUSA');
  emtl('2025-04-15', 'SANI MUSA');
  // same-day same-amount twins from one customer, no reference: either pairing is right
  const tw = S.amount(150000, 190000, 'round');
  const t1 = S.ev({
    bank: [{ d: '2025-04-17', amt: tw, text: 'NIP/OPAY/FUNMI KITCHENS/' }],
    ledger: [
      {
        d: '2025-04-17',
        amt: tw,
        ref: 'INV-001340',
        party: 'Mrs Funmilayo Ogunleye (Funmi Kitchens)',
        ...book('Customer Payment', 'Mrs Funmilayo Ogunleye (Funmi Kitchens)', `${pmt++}`),
      },
    ],
    evidence: 'counterparty',
    traits: ['name-only'],
  });
  const t2 = S.ev({
    bank: [{ d: '2025-04-17', amt: tw, text: 'NIP/OPAY/FUNMI KITCHENS/' }],
    ledger: [
      {
        d: '2025-04-17',
        amt: tw,
        ref: 'INV-001341',
        party: 'Mrs Funmilayo Ogunleye (Funmi Kitchens)',
        ...book('Customer Payment', 'Mrs Funmilayo Ogunleye (Funmi Kitchens)', `${pmt++}`),
      },
    ],
    evidence: 'counterparty',
    traits: ['name-only'],
  });
  twins(t1, t2);
  emtl('2025-04-17', 'FUNMI');
  emtl('2025-04-17', 'FUNMI');
  // same amount same day to two suppliers, told apart by name: never merged or swapped
  const same = S.amount(240000, 260000, 'round');
  for (const [party, bankName, b] of [
    ['Swift Haulage Logistics', 'SWIFT HAULAGE LOG', 2291],
    ['Adebisi Printing Press', 'ADEBISI PRINTING', 2293],
  ]) {
    S.ev({
      bank: [{ d: '2025-04-24', amt: -same, text: `NIP TRF TO ${bankName}` }],
      ledger: [{ d: '2025-04-24', amt: -same, ref: `BILL-${b}`, party, ...book('Vendor Payment', party, `${pmt++}`) }],
      evidence: 'counterparty',
      traits: ['name-only', 'twins-told-apart'],
    });
    nipFees('2025-04-24', same);
  }
  // cheque deposited and returned unpaid: books hold the receipt, not the return
  const chq = S.amount(400000, 500000, 'round');
  S.ev({
    bank: [{ d: '2025-04-03', amt: chq, text: 'CLEARING CHQ DEP 00418827 OBI EMEKA', ref: '00418827' }],
    ledger: [
      {
        d: '2025-04-02',
        amt: chq,
        ref: 'CHQ 00418827',
        party: 'Chief Emeka Obi Enterprises',
        ...book('Customer Payment', 'Chief Emeka Obi Enterprises', `${pmt++}`),
      },
    ],
    evidence: 'reference',
    traits: ['cheque-number'],
  });
  noCounterpart(
    S,
    '2025-04-08',
    -chq,
    'RETURNED CHQ 00418827 DAIF - DRAWER ATTENTION',
    'returned cheque not yet reversed in the books',
  );
  S.charge('2025-04-08', 500000 / 100, 'RETURNED CHEQUE CHARGE', 'charge');
  // issued cheques: one presented, one not
  const c1 = S.amount(350000, 450000, 'round');
  S.ev({
    bank: [{ d: '2025-04-04', amt: -c1, text: 'CHQ PAID 000213 INWARD CLEARING', ref: '000213' }],
    ledger: [
      {
        d: '2025-04-01',
        amt: -c1,
        ref: 'CHQ 000213',
        party: 'Mr Tunde Bakare (Landlord)',
        ...book('Expense', 'Warehouse rent Apr 2025 - cheque 000213', 'EXP-0088'),
      },
    ],
    evidence: 'reference',
    traits: ['cheque-number'],
  });
  S.lo(
    {
      d: '2025-04-29',
      amt: -S.amount(120000, 180000, 'round'),
      ref: 'CHQ 000214',
      party: 'Adebisi Printing Press',
      ...book('Vendor Payment', 'Adebisi Printing Press', `${pmt++}`),
    },
    'cheque issued, not yet presented',
  );
  S.lo(
    {
      d: '2025-04-30',
      amt: S.amount(250000, 320000),
      ref: 'INV-001377',
      party: 'Olaniyan Supermarket Limited',
      ...book('Customer Payment', 'Olaniyan Supermarket Limited', `${pmt++}`),
    },
    'receipt recorded on the 30th, credited by the bank in May',
  );
  // own-account transfer to the OPay business wallet
  const own = S.amount(500000, 700000, 'round');
  S.ev({
    bank: [{ d: '2025-04-18', amt: -own, text: 'NIP TRF TO ADUNNI FOODS & PACKAGING/OPAY FLOAT' }],
    ledger: [
      {
        d: '2025-04-18',
        amt: -own,
        ref: 'TRF-0418',
        party: '',
        ...book('Transfer Fund', 'Transfer to OPay Business wallet', 'TRF-0418'),
      },
    ],
    evidence: 'counterparty',
    traits: ['interbank-transfer'],
  });
  nipFees('2025-04-18', own);
  // failed transfer and its reversal; the retry is the one the books hold
  const rv = S.amount(160000, 200000);
  reversalPair(
    S,
    '2025-04-22',
    '2025-04-22',
    rv,
    'NIP TRF TO NNAMDI PALM OIL/BILL 2302',
    'REV/NIP TRF TO NNAMDI PALM OIL/BILL 2302 FAILED',
  );
  S.ev({
    bank: [{ d: '2025-04-23', amt: -rv, text: 'NIP TRF TO NNAMDI PALM OIL/BILL 2302' }],
    ledger: [
      {
        d: '2025-04-22',
        amt: -rv,
        ref: 'BILL-2302',
        party: 'Nnamdi Palm Oil Merchants',
        ...book('Vendor Payment', 'Nnamdi Palm Oil Merchants', `${pmt++}`),
      },
    ],
    evidence: 'reference',
    traits: ['ref-no-padding'],
  });
  nipFees('2025-04-23', rv);
  // credit from nobody the books know
  noCounterpart(S, '2025-04-28', S.amount(60000, 90000), `INWARD TRANSFER ${session()}`, 'unidentified receipt');
  // a Paystack-free card debit the bookkeeper has not recorded
  noCounterpart(
    S,
    '2025-04-12',
    -S.amount(20000, 40000),
    'POS PURCHASE ALLEN AVENUE FILLING STN 2076H8X1',
    'fuel on the company card, receipt not handed in',
  );
  // month-end charges
  S.charge('2025-04-30', 4000, 'SMS ALERT CHARGES APR 2025', 'charge');
  S.charge('2025-04-30', 100000, 'ACCOUNT MAINTENANCE FEE APR 2025', 'charge');
  S.charge('2025-04-30', 7500, 'VAT ON ACCOUNT MAINTENANCE FEE', 'fee-vat');

  const bankFileName = 'providus-1304521877-apr2025.xlsx';
  const ledgerFileName = 'zoho-books-account-transactions-apr2025.csv';
  return buildOutputs(
    'ng-providus-zoho',
    S,
    {
      opening: 812455050,
      bookOpening: 812455050,
      writeBank: (lines, b) => {
        const rows = [
          ['PROVIDUS BANK'],
          ['STATEMENT OF ACCOUNT'],
          ['Account Name:', 'ADUNNI FOODS & PACKAGING LTD'],
          ['Account Number:', '1304521877'],
          ['Currency:', 'NGN'],
          ['Period:', '01-Apr-2025 TO 30-Apr-2025'],
          ['Opening Balance:', num(b.opening)],
          ['Closing Balance:', num(b.closing)],
          [],
          ['Transaction Date', 'Value Date', 'Narration', 'Reference', 'Debit', 'Credit', 'Balance'],
        ];
        const headerRow = rows.length;
        for (const l of lines) {
          l.row = rows.length + 1;
          rows.push([
            serial(l.d),
            serial(l.d),
            l.text,
            l.ref ?? '',
            l.amt < 0 ? num(-l.amt) : '',
            l.amt > 0 ? num(l.amt) : '',
            num(l.bal),
          ]);
        }
        writeXlsx(
          path.join(OUT, 'ng-providus-zoho', bankFileName),
          'Statement',
          rows,
          [0, 1],
          [4, 5, 6],
          'dd-mmm-yyyy',
        );
        return {
          file: bankFileName,
          headerRow,
          hasRef: true,
          readOptions: {
            currency: 'NGN',
            mapping: {
              date: 'Transaction Date',
              valueDate: 'Value Date',
              description: 'Narration',
              reference: 'Reference',
              moneyOut: 'Debit',
              moneyIn: 'Credit',
              balance: 'Balance',
            },
          },
        };
      },
      writeLedger: (rows, b) => {
        const out = [
          ['Adunni Foods & Packaging Ltd'],
          ['Account Transactions'],
          ['From 01/04/2025 To 30/04/2025'],
          [],
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
          ['01/04/2025', ACC, 'Opening Balance', '', '', '', grp(b.opening), '', grp(b.opening)],
        ];
        for (const l of rows) {
          l.row = out.length + 1;
          out.push([
            dmy(l.d),
            ACC,
            l.details,
            l.type,
            l.txn,
            l.ref ?? '',
            l.amt > 0 ? grp(l.amt) : '',
            l.amt < 0 ? grp(-l.amt) : '',
            grp(l.amt),
          ]);
        }
        out.push(['', '', 'Closing Balance', '', '', '', '', '', grp(b.closing)]);
        fs.writeFileSync(path.join(OUT, 'ng-providus-zoho', ledgerFileName), writeCsv(out, true));
        return {
          file: ledgerFileName,
          headerRow: 5,
          readOptions: {
            currency: 'NGN',
            dateOrder: 'DMY',
            mapping: {
              date: 'Date',
              account: 'Account',
              description: ['Transaction Details', 'Transaction Type'],
              party: 'Transaction Details',
              reference: 'Reference#',
              journalId: 'Transaction#',
              moneyIn: 'Debit',
              moneyOut: 'Credit',
            },
          },
          nonEntryRows: [{ row: 6, why: 'opening balance of the account, not an entry' }],
          refOf: (l) => l.ref || null,
          descOf: (l) => `${l.details} — ${l.type}`,
          partyOf: (l) => l.details,
        };
      },
    },
    {
      country: 'NG',
      currency: 'NGN',
      timezone: 'Africa/Lagos',
      bank: 'Providus Bank',
      package: 'Zoho Books (Account Transactions report, CSV)',
      ledgerAccount: ACC,
    },
  );
}

// =====================================================================================================
// Generic month for GH, KE, ZA: the same kinds of events, written in each bank's and package's words
// =====================================================================================================
function makeGeneric(c) {
  R = rng(SEED + c.seedOff);
  const S = new SetBuilder(c.period);
  const y = Number(c.period.from.slice(0, 4));
  const mo = c.period.from.slice(0, 8);
  const at = (dd) => bday(`${mo}${pad(dd, 2)}`);
  const bk = (type, details, txn) => ({ type, details, txn });
  let inv = c.invStart;
  let bill = c.billStart;
  let txn = c.txnStart;
  const nextTxn = () => c.txn(txn++);
  const modes = ['canonical', 'lower', 'canonical', 'nopad', 'spaces', 'joined', 'serial'];
  days(S, c.nReceipts).forEach((d, i) => {
    const [party, bankName] = c.customers[i % c.customers.length];
    inv += ri(2, 7);
    const amt = S.amount(c.rcpt[0], c.rcpt[1]);
    const tm = i % 5 === 4 ? 'amount' : i % 3 === 2 ? 'name' : 'ref';
    const [refText, refTrait] = c.refs(inv, y, modes[i % modes.length]);
    receipt(S, {
      d,
      amt,
      party,
      bankName,
      invRef: c.inv(inv),
      refText,
      refTrait,
      textMode: tm,
      bankRef: c.bankRef(),
      bookLag: i % 7 === 3 ? ri(1, 2) : 0,
      mkText: c.rcptText,
      book: bk(c.types.rcpt, c.rcptDesc(party, c.inv(inv), amt), nextTxn()),
    });
    c.feesIn?.(S, d, amt);
  });
  days(S, c.nPayments).forEach((d, i) => {
    const [party, bankName] = c.suppliers[i % c.suppliers.length];
    bill += ri(1, 5);
    const amt = S.amount(c.pay[0], c.pay[1]);
    const withRef = i % 3 !== 1;
    const rail = c.rails[i % c.rails.length];
    S.ev({
      bank: [{ d, amt: -amt, text: c.payText(rail, bankName, withRef ? c.billBank(bill) : null), ref: c.bankRef() }],
      ledger: [
        { d, amt: -amt, ref: c.bill(bill), party, ...bk(c.types.pay, c.payDesc(party, c.bill(bill), amt), nextTxn()) },
      ],
      evidence: withRef ? 'reference' : 'counterparty',
      traits: withRef ? ['ref-no-padding'] : ['name-only'],
    });
    c.feesOut(S, d, amt, rail);
  });
  // payroll: net pay lines per employee against one journal (all labelled salary of the month, summing exactly)
  const staff = c.staff.map(() => S.amount(c.salary[0], c.salary[1]));
  const net = staff.reduce((s, v) => s + v, 0);
  S.ev({
    bank: c.staff.map((n, i) => ({ d: at(c.payday), amt: -staff[i], text: c.salText(n) })),
    ledger: [
      { d: at(c.payday), amt: -net, ref: c.payrollRef, party: '', ...bk(c.types.jnl, c.payrollDesc, nextTxn()) },
    ],
    evidence: 'counterparty',
    traits: ['split-many-to-one', 'payroll-lines'],
  });
  for (let i = 0; i < c.staff.length; i++) c.feesOut(S, at(c.payday), staff[i], 'salary');
  for (const st of c.statutory) {
    const amt = S.amount(st.lo, st.hi);
    S.ev({
      bank: [{ d: at(st.day), amt: -amt, text: st.text, ref: st.bankRef ?? null }],
      ledger: [{ d: at(st.day), amt: -amt, ref: st.ref, party: st.party, ...bk(c.types.jnl, st.desc, nextTxn()) }],
      evidence: st.evidence,
      traits: st.traits,
    });
    if (st.fees) c.feesOut(S, at(st.day), amt, st.fees);
  }
  // card / mobile-money settlements net of fees vs gross takings
  for (const dd of c.settle.days) {
    const d = at(dd);
    const gross = S.amount(c.settle.lo, c.settle.hi);
    const fee = Math.round(gross * c.settle.rate);
    S.ev({
      bank: [{ d: bday(addDays(d, 1)), amt: gross - fee, text: c.settle.text(d) }],
      ledger: [
        {
          d,
          amt: gross,
          ref: c.settle.ref(d),
          party: c.settle.party,
          ...bk(c.types.takings, c.settle.desc(d), nextTxn()),
        },
      ],
      decision: 'suggest',
      evidence: 'counterparty',
      traits: [c.settle.trait, 'short-net-of-fee', 'settled-next-day'],
    });
  }
  const cust = (k) => c.customers[k % c.customers.length];
  // withholding: right pairing, a person posts the certificate
  {
    const [party, bankName] = cust(4);
    const gross = S.amount(c.rcpt[1], c.rcpt[1] * 2, 'round');
    const short = Math.round(gross * c.wht.rate);
    inv += 3;
    S.ev({
      bank: [{ d: at(16), amt: gross - short, text: c.rcptText(bankName, `${c.refs(inv, y, 'spaces')[0]} LESS WHT`) }],
      ledger: [
        {
          d: at(16),
          amt: gross,
          ref: c.inv(inv),
          party,
          ...bk(c.types.rcpt, c.rcptDesc(party, c.inv(inv), gross), nextTxn()),
        },
      ],
      decision: 'suggest',
      evidence: 'reference',
      traits: ['ref-spaces', c.wht.trait],
      difference: -short,
    });
  }
  // over-payment with the invoice number
  {
    const [party, bankName] = cust(2);
    const base = S.amount(c.rcpt[0] * 2, c.rcpt[1]);
    const extra = c.overBy;
    inv += 2;
    S.ev({
      bank: [{ d: at(9), amt: base + extra, text: c.rcptText(bankName, c.inv(inv)) }],
      ledger: [
        {
          d: at(9),
          amt: base,
          ref: c.inv(inv),
          party,
          ...bk(c.types.rcpt, c.rcptDesc(party, c.inv(inv), base), nextTxn()),
        },
      ],
      evidence: 'reference',
      traits: ['ref-canonical', 'over-payment'],
      difference: extra,
    });
    c.feesIn?.(S, at(9), base + extra);
  }
  // one transfer for two invoices, two receipts in the books
  {
    const [party, bankName] = cust(6);
    const a = S.amount(c.rcpt[0], c.rcpt[1]);
    const b = S.amount(c.rcpt[0], c.rcpt[1]);
    const i1 = (inv += 2);
    const i2 = (inv += 3);
    S.ev({
      bank: [{ d: at(23), amt: a + b, text: c.rcptText(bankName, `${c.inv(i1)} ${c.inv(i2)}`) }],
      ledger: [
        { d: at(23), amt: a, ref: c.inv(i1), party, ...bk(c.types.rcpt, c.rcptDesc(party, c.inv(i1), a), nextTxn()) },
        { d: at(23), amt: b, ref: c.inv(i2), party, ...bk(c.types.rcpt, c.rcptDesc(party, c.inv(i2), b), nextTxn()) },
      ],
      evidence: 'reference',
      traits: ['split-one-to-many', 'ref-canonical'],
    });
    c.feesIn?.(S, at(23), a + b);
  }
  // two part payments of one invoice, one receipt of the whole in the books
  {
    const [party, bankName] = cust(1);
    const whole = S.amount(c.rcpt[1], c.rcpt[1] * 2, 'round');
    const p1 = Math.round(whole * 0.4);
    inv += 4;
    S.ev({
      bank: [
        { d: at(10), amt: p1, text: c.rcptText(bankName, `PART ${c.inv(inv)}`) },
        { d: at(14), amt: whole - p1, text: c.rcptText(bankName, `BAL ${c.inv(inv)}`) },
      ],
      ledger: [
        {
          d: at(14),
          amt: whole,
          ref: c.inv(inv),
          party,
          ...bk(c.types.rcpt, c.rcptDesc(party, c.inv(inv), whole), nextTxn()),
        },
      ],
      evidence: 'reference',
      traits: ['split-many-to-one', 'ref-canonical'],
    });
    c.feesIn?.(S, at(10), p1);
    c.feesIn?.(S, at(14), whole - p1);
  }
  // part payment the bookkeeper recorded as the full invoice: a person must decide, never written off
  {
    const [party, bankName] = cust(3);
    const whole = S.amount(c.rcpt[1], c.rcpt[1] * 2, 'round');
    inv += 2;
    S.ev({
      bank: [{ d: at(21), amt: whole / 2, text: c.rcptText(bankName, c.refs(inv, y, 'lower')[0]) }],
      ledger: [
        {
          d: at(21),
          amt: whole,
          ref: c.inv(inv),
          party,
          ...bk(c.types.rcpt, c.rcptDesc(party, c.inv(inv), whole), nextTxn()),
        },
      ],
      decision: 'suggest',
      mustNotAuto: true,
      evidence: 'reference',
      traits: ['ref-lowercase', 'part-payment'],
      difference: -whole / 2,
    });
  }
  // receipt net of a credit note, recorded net with both numbers
  {
    const [party, bankName] = cust(7);
    const net2 = S.amount(c.rcpt[0], c.rcpt[1]);
    inv += 2;
    S.ev({
      bank: [{ d: at(17), amt: net2, text: c.rcptText(bankName, '') }],
      ledger: [
        {
          d: at(17),
          amt: net2,
          ref: `${c.inv(inv)} less ${c.cn}`,
          party,
          ...bk(c.types.rcpt, c.rcptDesc(party, `${c.inv(inv)} less ${c.cn}`, net2), nextTxn()),
        },
      ],
      evidence: 'counterparty',
      traits: ['name-only', 'invoice-less-credit-note'],
    });
  }
  // same-day same-amount twins from one payer, no reference
  {
    const [party, bankName] = cust(5);
    const amt = S.amount(c.rcpt[0], c.rcpt[1], 'round');
    const mk = () => {
      inv += 1;
      return S.ev({
        bank: [{ d: at(18), amt, text: c.rcptText(bankName, '') }],
        ledger: [
          {
            d: at(18),
            amt,
            ref: c.inv(inv),
            party,
            ...bk(c.types.rcpt, c.rcptDesc(party, c.inv(inv), amt), nextTxn()),
          },
        ],
        evidence: 'counterparty',
        traits: ['name-only'],
      });
    };
    twins(mk(), mk());
    c.feesIn?.(S, at(18), amt);
    c.feesIn?.(S, at(18), amt);
  }
  // recurring equal payments to one payee in the month, no reference: a person picks by date
  {
    const [party, bankName] = c.suppliers[2];
    const amt = S.amount(c.pay[0], c.pay[1], 'round');
    for (const dd of [6, 20]) {
      bill += 1;
      S.ev({
        bank: [{ d: at(dd), amt: -amt, text: c.payText(c.rails[0], bankName, null) }],
        ledger: [
          {
            d: at(dd),
            amt: -amt,
            ref: c.bill(bill),
            party,
            ...bk(c.types.pay, c.payDesc(party, c.bill(bill), amt), nextTxn()),
          },
        ],
        decision: 'suggest',
        evidence: 'counterparty',
        traits: ['name-only', 'recurring-equal-amount'],
      });
      c.feesOut(S, at(dd), amt, c.rails[0]);
    }
  }
  // standing / debit order recorded in the books
  {
    const amt = S.amount(c.pay[0], c.pay[1]);
    S.ev({
      bank: [{ d: at(c.so.day), amt: -amt, text: c.so.text }],
      ledger: [
        { d: at(c.so.day), amt: -amt, ref: c.so.ref, party: c.so.party, ...bk(c.types.jnl, c.so.desc, nextTxn()) },
      ],
      evidence: 'counterparty',
      traits: ['name-only', 'standing-order'],
    });
    c.feesOut(S, at(c.so.day), amt, 'so');
  }
  // cheque deposited and returned unpaid
  {
    const [party] = cust(0);
    const amt = S.amount(c.rcpt[0], c.rcpt[1], 'round');
    const no = `${ri(100000, 999999)}`;
    S.ev({
      bank: [{ d: at(3), amt, text: c.chq.dep(no), ref: no }],
      ledger: [
        {
          d: at(2),
          amt,
          ref: `CHQ ${no}`,
          party,
          ...bk(c.types.rcpt, c.rcptDesc(party, `cheque ${no}`, amt), nextTxn()),
        },
      ],
      evidence: 'reference',
      traits: ['cheque-number', 'late-posting'],
    });
    noCounterpart(S, at(8), -amt, c.chq.ret(no), 'cheque returned unpaid, not yet reversed in the books');
    S.charge(at(8), c.chq.fee, c.chq.feeText, 'charge');
  }
  // issued cheque presented, another not yet presented
  {
    const amt = S.amount(c.pay[0], c.pay[1], 'round');
    const no = `${ri(300, 399)}`.padStart(6, '0');
    S.ev({
      bank: [{ d: at(7), amt: -amt, text: c.chq.paid(no), ref: no }],
      ledger: [
        {
          d: at(3),
          amt: -amt,
          ref: `CHQ ${no}`,
          party: c.chq.payee,
          ...bk(c.types.pay, c.payDesc(c.chq.payee, `Cheque ${no}`, amt), nextTxn()),
        },
      ],
      evidence: 'reference',
      traits: ['cheque-number'],
    });
    const no2 = `${Number(no) + 1}`.padStart(6, '0');
    const [sp] = c.suppliers[4];
    S.lo(
      {
        d: at(27),
        amt: -S.amount(c.pay[0], c.pay[1], 'round'),
        ref: `CHQ ${no2}`,
        party: sp,
        ...bk(c.types.pay, c.payDesc(sp, `Cheque ${no2}`, 0), nextTxn()),
      },
      'cheque issued, not yet presented',
    );
  }
  {
    const [party] = cust(8);
    inv += 2;
    const amt = S.amount(c.rcpt[0], c.rcpt[1]);
    S.lo(
      {
        d: c.period.to,
        amt,
        ref: c.inv(inv),
        party,
        ...bk(c.types.rcpt, c.rcptDesc(party, c.inv(inv), amt), nextTxn()),
      },
      'deposit recorded on the last day, credited by the bank next month',
    );
  }
  // own-account transfer
  {
    const amt = S.amount(c.rcpt[1], c.rcpt[1] * 3, 'round');
    S.ev({
      bank: [{ d: at(19), amt: c.own.sign * amt, text: c.own.text }],
      ledger: [
        { d: at(19), amt: c.own.sign * amt, ref: c.own.ref, party: '', ...bk(c.types.transfer, c.own.desc, nextTxn()) },
      ],
      evidence: 'counterparty',
      traits: ['interbank-transfer'],
    });
    if (c.own.sign < 0) c.feesOut(S, at(19), amt, 'own');
  }
  // failed transfer reversed, retried next day
  {
    const [party, bankName] = c.suppliers[5];
    const amt = S.amount(c.pay[0], c.pay[1]);
    bill += 2;
    reversalPair(
      S,
      at(22),
      at(22),
      amt,
      c.payText(c.rails[0], bankName, c.billBank(bill)),
      c.rev(c.payText(c.rails[0], bankName, c.billBank(bill))),
    );
    S.ev({
      bank: [{ d: bday(addDays(at(22), 1)), amt: -amt, text: c.payText(c.rails[0], bankName, c.billBank(bill)) }],
      ledger: [
        {
          d: at(22),
          amt: -amt,
          ref: c.bill(bill),
          party,
          ...bk(c.types.pay, c.payDesc(party, c.bill(bill), amt), nextTxn()),
        },
      ],
      evidence: 'reference',
      traits: ['ref-no-padding'],
    });
    c.feesOut(S, bday(addDays(at(22), 1)), amt, c.rails[0]);
  }
  noCounterpart(S, at(28), S.amount(c.rcpt[0], c.rcpt[1]), c.unknownIn, 'unidentified receipt');
  noCounterpart(S, at(12), -S.amount(c.pay[0] / 4, c.pay[0]), c.unknownOut, 'payment the bookkeeper has not recorded');
  c.monthEnd(S, c.period.to);
  return S;
}

// ---------- GH: Prudential Bank (CSV) vs Odoo journal items (XLSX), March 2025 ----------
function makeGH() {
  const ACC = '101401 Prudential Bank Current';
  const gip = () => `${ri(100000000, 999999999)}${ri(100, 999)}`;
  const S = makeGeneric({
    seedOff: 2,
    period: { from: '2025-03-01', to: '2025-03-31' },
    customers: [
      ['Kwame Asante Pharmacy Ltd', 'KWAME ASANTE PHARM'],
      ['Ernest Chemists (Tema)', 'ERNEST CHEMISTS TEMA'],
      ['Nana Ama Boateng Enterprise', 'BOATENG NANA AMA'],
      ['Korle Bu Community Pharmacy', 'KORLE-BU COMM PHARMACY'],
      ['Holy Trinity Medical Centre', 'HOLY TRINITY MED CTR'],
      ['Mrs Akosua Mensah t/a Akos Drug Store', 'AKOS DRUG STORE'],
      ['St. Martins Catholic Hospital Agroyesum', 'ST MARTINS CATH HOSP'],
      ['Adom Healthcare Supplies', 'ADOM HEALTHCARE SUPP'],
      ['Tamale Central Pharmacy', 'TAMALE CENTRAL PHARM'],
    ],
    suppliers: [
      ['Kinapharma Limited', 'KINAPHARMA LTD'],
      ['Danadams Pharmaceutical Industry', 'DANADAMS PHARMA'],
      ['Electricity Company of Ghana', 'ECG PREPAID'],
      ['Vodafone Ghana Business', 'TELECEL GHANA'],
      ['Accra Freight & Clearing', 'ACCRA FREIGHT CLEAR'],
      ['Starlite Office Supplies', 'STARLITE OFFICE SUPP'],
    ],
    invStart: 412,
    billStart: 218,
    txnStart: 88,
    txn: (n) => `PBNK1/2025/${pad(n, 5)}`,
    inv: (n) => `INV/2025/${pad(n, 5)}`,
    bill: (n) => `BILL/2025/03/${pad(n, 4)}`,
    billBank: (n) => `BILL ${n}`,
    cn: 'RINV/2025/00019',
    refs: refWriter({ canon: (n, yy) => `INV/${yy}/${pad(n, 5)}`, nopad: (n, yy) => `INV/${yy}/${n}`, word: 'inv' }),
    bankRef: () => null,
    rcpt: [2500, 68000],
    pay: [1800, 45000],
    nReceipts: 30,
    nPayments: 17,
    rails: ['GIP', 'ACH', 'MOMO'],
    rcptText: (name, memo) =>
      name
        ? `GIP INWARD/${name}/${memo}`.replace(/\/$/, '')
        : pick([`ACH CREDIT/${gip()}`, `CASH DEPOSIT BY ${pick(['KOFI', 'ABENA', 'YAW'])} ${memo}`.trim()]),
    payText: (rail, name, ref) =>
      rail === 'MOMO'
        ? `BANK TO WALLET TRF ${name} 024XXXX${ri(100, 999)}${ref ? ` ${ref}` : ''}`
        : `${rail} TRF ${name}${ref ? ` ${ref}` : ''}`,
    feesOut: (S2, d, amt, rail) => {
      if (rail === 'GIP' || rail === 'salary') S2.charge(d, 500, 'GIP TRANSFER CHARGE', 'charge');
      else if (rail === 'ACH') S2.charge(d, 800, 'ACH TRANSFER CHARGE', 'charge');
      else if (rail === 'MOMO') {
        S2.charge(d, 300, 'MOMO TRANSFER CHARGE', 'charge');
        S2.charge(d, Math.round(amt * 0.01), 'E-LEVY 1% ON TRANSFER TO WALLET', 'levy');
      }
    },
    rcptDesc: (p, r, a) => `Customer Payment GH₵ ${grp(a)} - ${r}`,
    payDesc: (p, r) => `Vendor Payment - ${r} - ${p}`,
    types: { rcpt: 'Bank', pay: 'Bank', jnl: 'Miscellaneous Operations', takings: 'Bank', transfer: 'Bank' },
    staff: ['ABENA OWUSU', 'KOJO MENSAH', 'EFUA ANSAH', 'YAW DARKO', 'AKUA FRIMPONG'],
    salary: [2800, 9500],
    salText: (n) => `GIP TRF SALARY MAR 2025 ${n}`,
    payday: 27,
    payrollRef: 'SLIP/2025/03',
    payrollDesc: 'Net salaries March 2025 (5 staff)',
    statutory: [
      {
        day: 13,
        lo: 3800,
        hi: 4400,
        text: 'GIP TRF SSNIT FEB 2025 ER NO 0123456789',
        ref: 'SSNIT FEB 2025',
        party: 'Social Security & National Insurance Trust',
        desc: 'SSNIT Tier 1 contribution February 2025',
        evidence: 'reference',
        traits: ['ref-spaces'],
        fees: 'GIP',
      },
      {
        day: 14,
        lo: 5100,
        hi: 5900,
        text: 'GRA PAYE FEB25 TIN C0004567890',
        ref: 'PAYE FEB 2025',
        party: 'Ghana Revenue Authority',
        desc: 'PAYE February 2025',
        evidence: 'counterparty',
        traits: ['name-only'],
        fees: 'GIP',
      },
      {
        day: 28,
        lo: 11000,
        hi: 14000,
        text: 'GRA VAT/NHIL/GETFUND FEB 2025',
        ref: 'VAT FEB 2025',
        party: 'Ghana Revenue Authority',
        desc: 'VAT, NHIL & GETFund levy February 2025',
        evidence: 'counterparty',
        traits: ['name-only'],
        fees: 'GIP',
      },
    ],
    settle: {
      days: [5, 12, 19, 26],
      lo: 4200,
      hi: 9800,
      rate: 0.0075,
      text: (d) => `MOMO MERCHANT SETTLEMENT ${dMonY(d, '')} MTN MOMO PAY`,
      ref: (d) => `SHOP/${d.slice(5).replace('-', '')}`,
      party: 'Counter sales (MoMo Pay)',
      desc: (d) => `MoMo Pay takings ${dmy(d)}`,
      trait: 'momo-settlement',
    },
    wht: { rate: 0.03, trait: 'short-withholding-tax-3pct' },
    overBy: 50000,
    so: {
      day: 1,
      text: 'STANDING ORDER - RENT HSE 14 SPINTEX RD',
      ref: 'RENT MAR 2025',
      party: 'Mr Emmanuel Tetteh (Landlord)',
      desc: 'Shop rent March 2025 - standing order',
    },
    chq: {
      dep: (n) => `CHEQUE DEPOSIT CLEARING ${n}`,
      ret: (n) => `RETURNED CHEQUE ${n} REFER TO DRAWER`,
      fee: 5000,
      feeText: 'RETURNED CHEQUE CHARGE',
      paid: (n) => `CHEQUE WITHDRAWAL ${n} CLEARING`,
      payee: 'Ghana Water Limited',
    },
    own: {
      sign: -1,
      text: 'INTERNAL TRF TO 0011290000018 KWAHU PHARMA SAVINGS',
      ref: 'TRF-SAV',
      desc: 'Transfer to Prudential savings account',
    },
    rev: (t) => `REVERSAL ${t} - TIMEOUT`,
    unknownIn: `GIP INWARD/${ri(100000, 999999)}/`,
    unknownOut: 'POS PURCHASE SHELL SPINTEX ACCRA',
    monthEnd: (S2, d) => {
      S2.charge(d, 1000, 'SMS ALERT CHARGES MAR 2025', 'charge');
      S2.charge(d, 3500, 'ACCOUNT MAINTENANCE FEE', 'charge');
      S2.ev({
        bank: [{ d, amt: 4213, text: 'CREDIT INTEREST MAR 2025' }],
        expect: 'bank-only',
        decision: 'bank-only',
        kind: 'interest',
      });
    },
  });
  const bankFileName = 'prudential-0011290000017-mar2025.csv';
  const ledgerFileName = 'odoo-journal-items-101401-mar2025.xlsx';
  return buildOutputs(
    'gh-prudential-odoo',
    S,
    {
      opening: 18452290,
      bookOpening: 18452290,
      writeBank: (lines, b) => {
        const rows = [
          ['PRUDENTIAL BANK LIMITED'],
          ['CUSTOMER ACCOUNT STATEMENT'],
          ['Account Name', 'KWAHU PHARMA DISTRIBUTORS LTD'],
          ['Account Number', '0011290000017'],
          ['Currency', 'GHS'],
          ['Statement Period', '01-Mar-2025 to 31-Mar-2025'],
          ['Opening Balance', grp(b.opening)],
          [],
          ['Post Date', 'Value Date', 'Description', 'Cheque No', 'Debit', 'Credit', 'Balance'],
        ];
        const headerRow = rows.length;
        for (const l of lines) {
          l.row = rows.length + 1;
          rows.push([
            dMonY(l.d),
            dMonY(l.d),
            l.text,
            l.ref ?? '',
            l.amt < 0 ? grp(-l.amt) : '',
            l.amt > 0 ? grp(l.amt) : '',
            grp(l.bal),
          ]);
        }
        rows.push([]);
        rows.push(['Closing Balance', '', '', '', '', '', grp(b.closing)]);
        fs.writeFileSync(path.join(OUT, 'gh-prudential-odoo', bankFileName), writeCsv(rows));
        return {
          file: bankFileName,
          headerRow,
          hasRef: true,
          readOptions: {
            currency: 'GHS',
            mapping: {
              date: 'Post Date',
              valueDate: 'Value Date',
              description: 'Description',
              reference: 'Cheque No',
              moneyOut: 'Debit',
              moneyIn: 'Credit',
              balance: 'Balance',
            },
          },
        };
      },
      writeLedger: (rows) => {
        const out = [['Date', 'Journal Entry', 'Account', 'Partner', 'Reference', 'Label', 'Debit', 'Credit']];
        for (const l of rows) {
          l.row = out.length + 1;
          out.push([
            serial(l.d),
            l.txn,
            ACC,
            l.party,
            l.ref ?? '',
            l.details,
            l.amt > 0 ? num(l.amt) : 0,
            l.amt < 0 ? num(-l.amt) : 0,
          ]);
        }
        writeXlsx(
          path.join(OUT, 'gh-prudential-odoo', ledgerFileName),
          'Journal Items',
          out,
          [0],
          [6, 7],
          'dd/mm/yyyy',
        );
        return {
          file: ledgerFileName,
          headerRow: 1,
          readOptions: {
            currency: 'GHS',
            mapping: {
              date: 'Date',
              journalId: 'Journal Entry',
              account: 'Account',
              party: 'Partner',
              reference: 'Reference',
              description: 'Label',
              moneyIn: 'Debit',
              moneyOut: 'Credit',
            },
          },
          refOf: (l) => l.ref || null,
          descOf: (l) => l.details,
          partyOf: (l) => l.party || null,
        };
      },
    },
    {
      country: 'GH',
      currency: 'GHS',
      timezone: 'Africa/Accra',
      bank: 'Prudential Bank Ghana',
      package: 'Odoo 17 (Journal Items list export, XLSX)',
      ledgerAccount: '101401',
    },
  );
}

// ---------- KE: Sidian Bank (CSV, newest first) vs ERPNext General Ledger (CSV), May 2025 ----------
function makeKE() {
  const ACC = 'Sidian Bank Current - KWL';
  const ft = () => `FT25${ri(120, 151)}${ri(10000, 99999)}`;
  const S = makeGeneric({
    seedOff: 3,
    period: { from: '2025-05-01', to: '2025-05-31' },
    customers: [
      ['Naivas Supermarket Ltd', 'NAIVAS SUPERMARKET'],
      ['Mama Ngina Wholesalers', 'MAMA NGINA WHOLESA'],
      ['Kamau & Wanjiku Traders', 'WANJIKU KAMAU TRADERS'],
      ['Otieno Hardware Kisumu', 'OTIENO HARDWARE KSM'],
      ['Eastleigh Mega Stores Ltd', 'EASTLEIGH MEGA STORES'],
      ['Dr. Achieng Odhiambo Clinic', 'ACHIENG ODHIAMBO'],
      ['Rongai Fresh Mart', 'RONGAI FRESH MART'],
      ['Kilifi Coast Distributors', 'KILIFI COAST DISTR'],
      ['Nyeri Highlands Hotel', 'NYERI HIGHLANDS HTL'],
    ],
    suppliers: [
      ['Bidco Africa Distributors', 'BIDCO AFRICA DISTR'],
      ['Kenya Power & Lighting Co', 'KPLC PREPAID 888880'],
      ['Twiga Foods Ltd', 'TWIGA FOODS LTD'],
      ['Safaricom PLC', 'SAFARICOM POSTPAY'],
      ['Mombasa Road Transporters', 'MSA RD TRANSPORTERS'],
      ['Nairobi Packaging Solutions', 'NBI PACKAGING SOL'],
    ],
    invStart: 230,
    billStart: 140,
    txnStart: 410,
    txn: (n) => `ACC-PAY-2025-${pad(n, 5)}`,
    inv: (n) => `ACC-SINV-2025-${pad(n, 5)}`,
    bill: (n) => `ACC-PINV-2025-${pad(n, 5)}`,
    billBank: (n) => `PINV ${n}`,
    cn: 'ACC-SINV-RET-2025-00007',
    refs: refWriter({ canon: (n, yy) => `SINV-${yy}-${pad(n, 5)}`, nopad: (n, yy) => `SINV-${yy}-${n}`, word: 'sinv' }),
    bankRef: ft,
    rcpt: [8000, 460000],
    pay: [6000, 380000],
    nReceipts: 28,
    nPayments: 17,
    rails: ['PESALINK', 'EFT', 'RTGS'],
    rcptText: (name, memo) =>
      name
        ? `${pick(['PESALINK', 'EFT CR', 'RTGS CR'])} ${name} ${memo}`.trim()
        : pick([`MPESA C2B 4019283 ${memo}`.trim(), `CASH DEP ${pick(['KIMATHI ST', 'WESTLANDS'])} BR`]),
    payText: (rail, name, ref) => `${rail} TO ${name}${ref ? ` ${ref}` : ''}`,
    feesOut: (S2, d, amt, rail) => {
      const fee =
        rail === 'RTGS'
          ? 50000
          : rail === 'EFT'
            ? 10000
            : rail === 'PESALINK' || rail === 'salary'
              ? amt > 100000
                ? 10000
                : 5500
              : 0;
      if (!fee) return;
      S2.charge(d, fee, `${rail === 'salary' ? 'PESALINK' : rail} CHARGE`, 'charge');
      S2.charge(d, Math.round(fee * 0.2), 'EXCISE DUTY ON CHARGES', 'tax');
    },
    rcptDesc: (p, r, a) => `Amount KES ${grp(a)} received from ${p} against ${r}`,
    payDesc: (p, r) => `Amount paid to ${p} against ${r}`,
    types: {
      rcpt: 'Payment Entry',
      pay: 'Payment Entry',
      jnl: 'Journal Entry',
      takings: 'Journal Entry',
      transfer: 'Journal Entry',
    },
    staff: ['JOHN KARIUKI', 'MERCY WAMBUI', 'PETER OCHIENG', 'FATUMA HASSAN', 'BRIAN KIPROTICH', 'GRACE NJERI'],
    salary: [28000, 145000],
    salText: (n) => `PESALINK SALARY MAY25 ${n}`,
    payday: 28,
    payrollRef: 'HR-PAYROLL-2025-05',
    payrollDesc: 'Net pay May 2025 per payroll entry HR-PRUN-2025-00005',
    statutory: [
      {
        day: 8,
        lo: 91000,
        hi: 99000,
        text: 'KRA ITAX PAYE APR 2025 PRN 2025050812345',
        ref: 'PRN 2025050812345',
        party: 'Kenya Revenue Authority',
        desc: 'PAYE April 2025 iTax PRN 2025050812345',
        evidence: 'reference',
        traits: ['ref-canonical'],
        fees: 'EFT',
      },
      {
        day: 9,
        lo: 12000,
        hi: 14000,
        text: 'NSSF TIER I II APR25 EMP 1020345',
        ref: 'NSSF APR 2025',
        party: 'National Social Security Fund',
        desc: 'NSSF contributions April 2025',
        evidence: 'counterparty',
        traits: ['name-only'],
        fees: 'EFT',
      },
      {
        day: 9,
        lo: 17000,
        hi: 19000,
        text: 'SHA SHIF CONTRIB APR25',
        ref: 'SHIF APR 2025',
        party: 'Social Health Authority',
        desc: 'SHIF deductions April 2025',
        evidence: 'counterparty',
        traits: ['name-only'],
        fees: 'EFT',
      },
      {
        day: 9,
        lo: 14500,
        hi: 16500,
        text: 'KRA AHL HOUSING LEVY APR25 PRN 2025050998765',
        ref: 'PRN 2025050998765',
        party: 'Kenya Revenue Authority',
        desc: 'Affordable Housing Levy April 2025',
        evidence: 'reference',
        traits: ['ref-canonical'],
        fees: 'EFT',
      },
      {
        day: 20,
        lo: 240000,
        hi: 260000,
        text: 'KRA ITAX VAT APR 2025 PRN 2025052044556',
        ref: 'PRN 2025052044556',
        party: 'Kenya Revenue Authority',
        desc: 'VAT April 2025',
        evidence: 'reference',
        traits: ['ref-canonical'],
        fees: 'RTGS',
      },
    ],
    settle: {
      days: [2, 9, 16, 23, 30],
      lo: 85000,
      hi: 190000,
      rate: 0.0055,
      text: (d) => `MPESA TILL 5234891 SETTLEMENT ${dmy(d, '')}`,
      ref: (d) => `TILL-${d.slice(5).replace('-', '')}`,
      party: 'M-PESA till customers',
      desc: (d) => `Till 5234891 takings ${dmy(d)}`,
      trait: 'mpesa-till-settlement',
    },
    wht: { rate: 0.02, trait: 'short-withholding-vat-2pct' },
    overBy: 100000,
    so: {
      day: 5,
      text: 'STO RENT GODOWN INDUSTRIAL AREA - MWANGI PROPERTIES',
      ref: 'RENT-MAY25',
      party: 'Mwangi Properties Ltd',
      desc: 'Godown rent May 2025 (standing order)',
    },
    chq: {
      dep: (n) => `CHQ DEPOSIT ${n} CLG`,
      ret: (n) => `RTD CHQ ${n} INSUFFICIENT FUNDS`,
      fee: 150000,
      feeText: 'UNPAID CHEQUE CHARGE',
      paid: (n) => `CHQ ${n} PRESENTED CLG`,
      payee: 'Nairobi City County',
    },
    own: {
      sign: 1,
      text: 'MPESA B2B SWEEP PAYBILL 4019283 TO BANK',
      ref: 'PAYBILL-SWEEP',
      desc: 'Sweep of M-PESA paybill 4019283 to Sidian current account',
    },
    rev: (t) => `REV ${t} UNSUCCESSFUL`,
    unknownIn: 'PESALINK 0722XXX417 ',
    unknownOut: 'VISA POS JAVA HOUSE KILIMANI',
    monthEnd: (S2, d) => {
      S2.charge(d, 100000, 'LEDGER FEE MAY 2025', 'charge');
      S2.charge(d, 20000, 'EXCISE DUTY ON LEDGER FEE', 'tax');
      S2.charge(d, 3000, 'SMS BANKING CHARGES', 'charge');
    },
  });
  const bankFileName = 'sidian-01021938470001-may2025.csv';
  const ledgerFileName = 'erpnext-general-ledger-sidian-may2025.csv';
  return buildOutputs(
    'ke-sidian-erpnext',
    S,
    {
      opening: 264331575,
      bookOpening: 264331575,
      newestFirst: true,
      writeBank: (lines, b) => {
        const rows = [
          ['SIDIAN BANK LIMITED'],
          ['ACCOUNT STATEMENT'],
          ['Account Name:', 'KWELI WHOLESALE DISTRIBUTORS LTD'],
          ['Account No:', '01021938470001'],
          ['Currency:', 'KES'],
          ['Period:', '01/05/2025 - 31/05/2025'],
          ['Opening Balance:', grp(b.opening), 'Closing Balance:', grp(b.closing)],
          [],
          ['Tran Date', 'Value Date', 'Particulars', 'Reference', 'Withdrawals', 'Deposits', 'Balance'],
        ];
        const headerRow = rows.length;
        for (const l of lines) {
          l.row = rows.length + 1;
          rows.push([
            dmy(l.d),
            dmy(l.d),
            l.text,
            l.ref ?? '',
            l.amt < 0 ? grp(-l.amt) : '',
            l.amt > 0 ? grp(l.amt) : '',
            grp(l.bal),
          ]);
        }
        fs.writeFileSync(path.join(OUT, 'ke-sidian-erpnext', bankFileName), writeCsv(rows));
        return {
          file: bankFileName,
          headerRow,
          hasRef: true,
          readOptions: {
            currency: 'KES',
            dateOrder: 'DMY',
            mapping: {
              date: 'Tran Date',
              valueDate: 'Value Date',
              description: 'Particulars',
              reference: 'Reference',
              moneyOut: 'Withdrawals',
              moneyIn: 'Deposits',
              balance: 'Balance',
            },
          },
        };
      },
      writeLedger: (rows, b) => {
        const H = [
          'Posting Date',
          'Account',
          'Debit (KES)',
          'Credit (KES)',
          'Balance (KES)',
          'Voucher Type',
          'Voucher No',
          'Against Account',
          'Party Type',
          'Party',
          'Against Voucher',
          'Remarks',
        ];
        const out = [H, ["'Opening'", '', dec(b.opening), '0', dec(b.opening), '', '', '', '', '', '', '']];
        let dr = 0;
        let cr = 0;
        for (const l of rows) {
          l.row = out.length + 1;
          if (l.amt > 0) dr += l.amt;
          else cr -= l.amt;
          const pt = l.type === 'Payment Entry' ? (l.amt > 0 ? 'Customer' : 'Supplier') : '';
          out.push([
            dmy(l.d, '-'),
            ACC,
            l.amt > 0 ? dec(l.amt) : '0',
            l.amt < 0 ? dec(-l.amt) : '0',
            dec(l.bal),
            l.type,
            l.txn,
            l.amt > 0 ? 'Debtors - KWL' : 'Creditors - KWL',
            pt,
            l.party,
            l.ref ?? '',
            l.details,
          ]);
        }
        out.push(["'Total'", '', dec(dr), dec(cr), '', '', '', '', '', '', '', '']);
        out.push([
          "'Closing (Opening + Total)'",
          '',
          dec(b.opening + dr),
          dec(cr),
          dec(b.closing),
          '',
          '',
          '',
          '',
          '',
          '',
          '',
        ]);
        fs.writeFileSync(path.join(OUT, 'ke-sidian-erpnext', ledgerFileName), writeCsv(out, false, '\n'));
        return {
          file: ledgerFileName,
          headerRow: 1,
          readOptions: {
            currency: 'KES',
            dateOrder: 'DMY',
            mapping: {
              date: 'Posting Date',
              account: 'Account',
              moneyIn: 'Debit (KES)',
              moneyOut: 'Credit (KES)',
              journalId: 'Voucher No',
              party: 'Party',
              reference: 'Against Voucher',
              description: 'Remarks',
            },
          },
          refOf: (l) => l.ref || null,
          descOf: (l) => l.details,
          partyOf: (l) => l.party || null,
        };
      },
    },
    {
      country: 'KE',
      currency: 'KES',
      timezone: 'Africa/Nairobi',
      bank: 'Sidian Bank',
      package: 'ERPNext v15 (General Ledger report, CSV)',
      ledgerAccount: ACC,
    },
  );
}

// ---------- ZA: Mercantile Bank (CSV) vs Sage Business Cloud Accounting detailed ledger (CSV), Feb 2025 ----------
function makeZA() {
  const ACC = 'Mercantile Business Current (8400)';
  const S = makeGeneric({
    seedOff: 4,
    period: { from: '2025-02-01', to: '2025-02-28' },
    customers: [
      ['Van der Merwe Engineering (Pty) Ltd', 'VD MERWE ENG'],
      ['Thabo Nkosi Attorneys Inc', 'NKOSI ATTORNEYS'],
      ['Cape Winelands Guest House', 'CAPE WINELANDS GH'],
      ['Mrs L. Pillay t/a Pillay Spice Traders', 'PILLAY SPICE'],
      ['Bellville Auto Spares CC', 'BELLVILLE AUTO SPA'],
      ['Sizwe Dlamini Consulting', 'SIZWE DLAMINI'],
      ['Atlantic Seaboard Properties', 'ATL SEABOARD PROP'],
      ['Karoo Veld Farming Trust', 'KAROO VELD TRUST'],
      ['Durbanville Dental Practice', 'DBV DENTAL PRACT'],
    ],
    suppliers: [
      ['City of Cape Town', 'CITY OF CT MUNIC'],
      ['Vodacom Business', 'VODACOM BUS'],
      ['Office National Cape Town', 'OFFICE NATIONAL CT'],
      ['Paarl Print & Signage', 'PAARL PRINT'],
      ['Westcoast Couriers', 'WESTCOAST COUR'],
      ['Tygerberg IT Services', 'TYGERBERG IT'],
    ],
    invStart: 312,
    billStart: 95,
    txnStart: 1,
    txn: (n) => `RCP${pad(n, 4)}`,
    inv: (n) => `SI-${pad(n, 5)}`,
    bill: (n) => `PI-${pad(n, 5)}`,
    billBank: (n) => `PI${n}`,
    cn: 'SC-00012',
    refs: refWriter({ canon: (n) => `SI-${pad(n, 5)}`, nopad: (n) => `SI-${n}`, word: 'si' }),
    bankRef: () => null,
    rcpt: [3500, 98000],
    pay: [1200, 42000],
    nReceipts: 30,
    nPayments: 18,
    rails: ['EFT', 'RTC', 'PAYSHAP'],
    rcptText: (name, memo) =>
      name
        ? `${pick(['MAGTAPE CREDIT', 'IB TRANSFER FROM', 'PAYSHAP CREDIT'])} ${name} ${memo}`.trim()
        : pick([`ACB CREDIT ${ri(1000000, 9999999)}`, `CASH DEPOSIT ${memo}`.trim()]),
    payText: (rail, name, ref) =>
      `${rail === 'EFT' ? 'IB PAYMENT TO' : rail === 'RTC' ? 'RTC PAYMENT TO' : 'PAYSHAP PAYMENT TO'} ${name}${ref ? ` ${ref}` : ''}`,
    feesOut: (S2, d, amt, rail) => {
      if (rail === 'EFT' || rail === 'salary') S2.charge(d, 750, '#EFT PAYMENT FEE', 'charge');
      else if (rail === 'RTC') S2.charge(d, 5500, '#REAL TIME CLEARING FEE', 'charge');
      else if (rail === 'PAYSHAP') S2.charge(d, 700, '#PAYSHAP FEE', 'charge');
      else if (rail === 'so') S2.charge(d, 450, '#DEBIT ORDER FEE', 'charge');
    },
    rcptDesc: (p, r) => `Customer receipt ${r}`,
    payDesc: (p, r) => `Supplier payment ${r}`,
    types: {
      rcpt: 'Customer Receipt',
      pay: 'Supplier Payment',
      jnl: 'Other Payment',
      takings: 'Other Receipt',
      transfer: 'Bank Transfer',
    },
    staff: ['N MOKOENA', 'J BOTHA', 'A ISAACS', 'P NDLOVU'],
    salary: [14000, 38000],
    salText: (n) => `IB PAYMENT TO ${n} SALARY FEB25`,
    payday: 25,
    payrollRef: 'PAYROLL FEB 2025',
    payrollDesc: 'Net salaries February 2025 (SimplePay)',
    statutory: [
      {
        day: 7,
        lo: 24000,
        hi: 27000,
        text: 'SARS EMP201 PAYE UIF SDL 7010789456LC2501',
        ref: '7010789456LC2501',
        party: 'SARS',
        desc: 'EMP201 January 2025 PAYE/UIF/SDL',
        evidence: 'reference',
        traits: ['ref-canonical'],
        fees: 'EFT',
      },
      {
        day: 25,
        lo: 31000,
        hi: 36000,
        text: 'SARS VAT201 4120987654 PRN 4120987654VT202501',
        ref: '4120987654VT202501',
        party: 'SARS',
        desc: 'VAT201 January 2025',
        evidence: 'reference',
        traits: ['ref-canonical'],
        fees: 'EFT',
      },
    ],
    settle: {
      days: [4, 11, 18, 25],
      lo: 18000,
      hi: 46000,
      rate: 0.0275,
      text: (d) => `YOCO SETTLEMENT ${d.replaceAll('-', '')}`,
      ref: (d) => `CARD-${d.slice(5).replace('-', '')}`,
      party: 'Card sales (Yoco)',
      desc: (d) => `Card takings week to ${dmy(d)}`,
      trait: 'card-settlement',
    },
    wht: { rate: 0.05, trait: 'short-retention-5pct' },
    overBy: 10000,
    so: {
      day: 3,
      text: 'DEBIT ORDER SANTAM INS 4430098',
      ref: 'SANTAM FEB25',
      party: 'Santam Insurance',
      desc: 'Business insurance premium February 2025 (debit order)',
    },
    chq: {
      dep: (n) => `CHEQUE DEPOSIT ${n}`,
      ret: (n) => `RD CHEQUE ${n} REFER TO DRAWER`,
      fee: 14500,
      feeText: '#UNPAID CHEQUE FEE',
      paid: (n) => `CHEQUE PAID ${n}`,
      payee: 'Body Corporate Sunset Park',
    },
    own: {
      sign: -1,
      text: 'IB TRANSFER TO CALL ACCOUNT 1032987765',
      ref: 'TRANSFER CALL',
      desc: 'Transfer to Mercantile call account',
    },
    rev: (t) => `REVERSAL ${t}`,
    unknownIn: 'ACB CREDIT 55120987 UNALLOCATED',
    unknownOut: 'CARD PURCHASE ENGEN KUILSRIVIER 412345*1234',
    monthEnd: (S2, d) => {
      S2.charge(d, 24500, '#MONTHLY ACCOUNT FEE', 'charge');
      S2.charge(d, 3600, '#NOTIFICATION FEES 30 SMS', 'charge');
      S2.charge(d, 2875, '#CASH DEPOSIT FEE', 'charge');
      S2.ev({
        bank: [{ d, amt: 1862, text: 'CREDIT INTEREST' }],
        expect: 'bank-only',
        decision: 'bank-only',
        kind: 'interest',
      });
    },
  });
  const bankFileName = 'mercantile-1032987764-feb2025.csv';
  const ledgerFileName = 'sage-detailed-ledger-transactions-feb2025.csv';
  return buildOutputs(
    'za-mercantile-sage',
    S,
    {
      opening: 41208845,
      bookOpening: 41208845,
      writeBank: (lines, b) => {
        const rows = [
          ['Mercantile Bank Limited - Transaction History'],
          ['Account', '1032987764', 'Business Current Account'],
          ['From', '2025/02/01', 'To', '2025/02/28'],
          ['Opening balance', dec(b.opening)],
          [],
          ['Date', 'Description', 'Reference', 'Debit', 'Credit', 'Balance'],
        ];
        const headerRow = rows.length;
        for (const l of lines) {
          l.row = rows.length + 1;
          rows.push([
            ymdSlash(l.d),
            l.text,
            l.ref ?? '',
            l.amt < 0 ? dec(l.amt) : '',
            l.amt > 0 ? dec(l.amt) : '',
            dec(l.bal),
          ]);
        }
        fs.writeFileSync(path.join(OUT, 'za-mercantile-sage', bankFileName), writeCsv(rows));
        return {
          file: bankFileName,
          headerRow,
          hasRef: true,
          readOptions: {
            currency: 'ZAR',
            dateOrder: 'YMD',
            mapping: {
              date: 'Date',
              description: 'Description',
              reference: 'Reference',
              moneyOut: 'Debit',
              moneyIn: 'Credit',
              balance: 'Balance',
            },
          },
        };
      },
      writeLedger: (rows, b) => {
        const out = [
          ['Detailed Ledger Transactions'],
          ['Fynbos Consulting (Pty) Ltd'],
          ['From 01/02/2025 To 28/02/2025'],
          [],
          ['Account', 'Date', 'Type', 'Reference', 'Contact', 'Description', 'Debit', 'Credit', 'Balance'],
          [ACC, '01/02/2025', '', '', '', 'Opening Balance', dec(b.opening), '', dec(b.opening)],
        ];
        for (const l of rows) {
          l.row = out.length + 1;
          out.push([
            ACC,
            dmy(l.d),
            l.type,
            l.ref ? `${l.txn} ${l.ref}`.trim() : l.txn,
            l.party,
            l.details,
            l.amt > 0 ? dec(l.amt) : '',
            l.amt < 0 ? dec(-l.amt) : '',
            dec(l.bal),
          ]);
        }
        out.push([`Total ${ACC}`, '', '', '', '', '', '', '', dec(b.closing)]);
        fs.writeFileSync(path.join(OUT, 'za-mercantile-sage', ledgerFileName), writeCsv(out));
        return {
          file: ledgerFileName,
          headerRow: 5,
          readOptions: { preset: 'sage-business-cloud-detailed-ledger', currency: 'ZAR', dateOrder: 'DMY' },
          nonEntryRows: [{ row: 6, why: 'opening balance of the account, not an entry' }],
          refOf: (l) => (l.ref ? `${l.txn} ${l.ref}` : l.txn),
          descOf: (l) => l.details,
          partyOf: (l) => l.party || null,
        };
      },
    },
    {
      country: 'ZA',
      currency: 'ZAR',
      timezone: 'Africa/Johannesburg',
      bank: 'Mercantile Bank',
      package: 'Sage Business Cloud Accounting (Detailed Ledger Transactions, CSV)',
      ledgerAccount: ACC,
    },
  );
}

// ---------- main ----------
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
const index = {
  seed: SEED,
  generator: 'bench/corpus/holdout10-tools/make-holdout10.mjs',
  sets: [makeNG(), makeGH(), makeKE(), makeZA()],
};
fs.writeFileSync(path.join(OUT, 'index.json'), JSON.stringify(index, null, 2) + '\n');
fs.copyFileSync(path.join(here, 'README.holdout10.md'), path.join(OUT, 'README.md'));
for (const s of index.sets) console.log(`${s.set}: ${s.bankLines} bank lines`, JSON.stringify(s.decisions));
