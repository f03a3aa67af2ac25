#!/usr/bin/env node
// Writes bench/corpus/holdout47: four blind month-long sets (NG, GH, KE, ZA) — a statement export, a ledger export,
// a reconcile-JSON document and a truth.json each — plus index.json. Seeded: the same seed writes the same bytes.
// Written without sight of the matching engine; see README.holdout47.md for what was and was not read.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from 'xlsx';
import * as prettier from 'prettier';

const here = dirname(fileURLToPath(import.meta.url));
const DEFAULT_SEED = 20474747;
const seed = Number(process.env.BANKFEED_CORPUS_SEED ?? DEFAULT_SEED);
const outArg = process.argv.indexOf('--out');
const outDir = outArg > 0 ? resolve(process.argv[outArg + 1]) : resolve(here, '../holdout47');
const CORPUS = 'holdout47';

// ---------- seeded randomness ----------
function mulberry32(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------- money (integer minor units; strings built from digits) ----------
const abs = (n) => (n < 0 ? -n : n);
function dec(minor) {
  const s = String(abs(minor)).padStart(3, '0');
  return `${minor < 0 ? '-' : ''}${s.slice(0, -2)}.${s.slice(-2)}`;
}
function grouped(minor, sep = ',', point = '.') {
  const s = String(abs(minor)).padStart(3, '0');
  const int = s.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return `${minor < 0 ? '-' : ''}${int}${point}${s.slice(-2)}`;
}
const cell = (minor) => minor / 100; // a spreadsheet's number cell

// ---------- dates (business dates as YYYY-MM-DD) ----------
const toUtc = (d) => new Date(`${d}T00:00:00Z`);
const iso = (t) => t.toISOString().slice(0, 10);
const addDays = (d, n) => iso(new Date(toUtc(d).getTime() + n * 86400000));
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const dmy = (d, sep = '/') => `${d.slice(8, 10)}${sep}${d.slice(5, 7)}${sep}${d.slice(0, 4)}`;
const dMonY = (d, sep = '-') => `${d.slice(8, 10)}${sep}${MON[Number(d.slice(5, 7)) - 1]}${sep}${d.slice(0, 4)}`;
// SheetJS date cell for a business date: a serial number (1900 system), no time zone involved
const serial = (d) => Math.round((toUtc(d).getTime() - Date.UTC(1899, 11, 30)) / 86400000);

// ---------- the evidence rule (restated in the validator) ----------
// what the mapped cells mechanically share: numbers and letter-digit codes → reference; a shared non-generic word →
// counterparty; nothing → amount
const GENERIC = new Set(
  (
    'TRANSFER TRF FROM PAYMENT PYMT PAYMT RECEIPT DEPOSIT BANK LTD LIMITED INVOICE BEING WITH THE AND FOR FEES ' +
    'CHARGE CHARGES ACCOUNT ACCT CURRENT SAVINGS CASH CHEQUE CLEARING PESALINK MPESA MOMO RTGS REFUND BALANCE PART ' +
    'SALARIES SALARY WAGES LESS SERVICES COMPANY SUPPLIES NIGERIA GHANA KENYA AFRICA SOUTH DEBIT CREDIT ORDER ' +
    'REVERSAL RETURNED FAILED VALUE SETTLEMENT PAYOUT CARD TERMINAL PURCHASE SALES BILL WEEK INSTALMENT INTEREST ' +
    'LEVY MAINTENANCE NOTIFICATION ALERT SERVICE CLIENT OFFICE MATTER NOTE PAYE DUTY STAMP BATCH BULK CONTRIBUTIONS ' +
    'CONTRIBUTION REMITTANCE JANUARY FEBRUARY MARCH APRIL JUNE JULY AUGUST SEPTEMBER SEPT OCTOBER NOVEMBER ' +
    'DECEMBER WDL LODGEMENT TRANSACTION PROPRIETARY'
  ).split(' '),
);
function tokens(text) {
  const up = text.toUpperCase();
  const nums = new Set();
  const codes = new Set();
  const words = new Set();
  for (const t of up.match(/[A-Z0-9]+/g) ?? []) {
    if (/[A-Z]/.test(t) && /\d/.test(t) && t.length >= 6) codes.add(t);
    else if (/^[A-Z]+$/.test(t) && t.length >= 4 && !GENERIC.has(t)) words.add(t);
  }
  for (const d of up.match(/\d+/g) ?? []) {
    const n = d.replace(/^0+/, '');
    if (n.length >= 3 && !/^(19|20)\d\d$/.test(n)) nums.add(n);
  }
  return { nums, codes, words };
}
const meets = (a, b) => [...a].some((x) => b.has(x));
function evidenceOf(lineText, rowText) {
  const a = tokens(lineText);
  const b = tokens(rowText);
  if (meets(a.nums, b.nums) || meets(a.codes, b.codes)) return 'reference';
  if (meets(a.words, b.words)) return 'counterparty';
  return 'amount';
}
const best = (evs) =>
  evs.includes('reference') ? 'reference' : evs.includes('counterparty') ? 'counterparty' : 'amount';

// ---------- a month under construction ----------
function newMonth(def, rng) {
  const m = { def, rng, lines: [], rows: [], groups: 0 };
  const days = [];
  for (let d = def.period.from; d <= def.period.to; d = addDays(d, 1)) {
    const wd = toUtc(d).getUTCDay();
    if (wd !== 0 && wd !== 6 && !def.holidays.includes(d)) days.push(d);
  }
  m.days = days;
  m.wd = (i) => (i < 0 ? days[days.length + i] : days[i]);
  /** the working day n before d, never before the month (earlier rows stand on the first day) */
  m.back = (d, n) => days[Math.max(0, days.indexOf(d) - n)];
  /** an amount in minor units between lo and hi major units, on a step of `step` major units */
  m.amt = (lo, hi, step = 1) => Math.round((lo + step * Math.floor(rng() * ((hi - lo) / step + 1))) * 100);
  m.digits = (n) =>
    Array.from({ length: n }, (_, i) => (i === 0 ? 1 + Math.floor(rng() * 9) : Math.floor(rng() * 10))).join('');
  m.line = (date, minor, text, ref = '', opts = {}) => {
    const l = { kind: 'line', date, minor, text, ref, valueDate: opts.valueDate ?? date, chq: opts.chq ?? '' };
    l.ch = opts.channel ?? '';
    m.lines.push(l);
    return l;
  };
  m.row = (date, minor, o) => {
    const r = {
      kind: 'row',
      date,
      minor,
      ref: o.ref ?? '',
      party: o.party ?? '',
      desc: o.desc ?? '',
      src: o.src ?? '',
    };
    Object.assign(r, o.extra ?? {});
    m.rows.push(r);
    return r;
  };
  const decide = (l, d) => {
    if (l.d) throw new Error(`line decided twice: ${l.text}`);
    l.d = d;
  };
  const own = (r, by) => {
    if (r.owner) throw new Error(`row owned twice: ${r.desc}`);
    r.owner = by;
  };
  m.auto = (ls, rs, evidence, traits = []) => {
    const group = ls.length > 1 ? `g${++m.groups}` : null;
    for (const l of ls) decide(l, { decision: 'auto', rows: rs, group, evidence, traits });
    for (const r of rs) own(r, 'auto');
  };
  m.suggest = (ls, rs, evidence, mustNotAuto, traits = []) => {
    const group = ls.length > 1 ? `g${++m.groups}` : null;
    for (const l of ls) decide(l, { decision: 'suggest', rows: rs, group, evidence, mustNotAuto, traits });
    for (const r of rs) own(r, 'suggest');
  };
  m.twins = (ls, rs, evidence, traits = []) => {
    for (const l of ls) decide(l, { decision: 'auto', anyOf: rs.map((r) => [r]), evidence, twins: true, traits });
    for (const r of rs) own(r, 'twins');
  };
  m.tie = (l, rs, evidence, traits = []) => {
    decide(l, { decision: 'suggest', anyOf: rs.map((r) => [r]), evidence, mustNotAuto: true, tie: true, traits });
    for (const r of rs) own(r, 'tie');
  };
  m.none = (l, traits = []) => decide(l, { decision: 'none', traits });
  m.bankOnly = (l, kind, traits = []) => decide(l, { decision: 'bank-only', kind, traits });
  m.reversal = (a, b, traits = []) => {
    decide(a, { decision: 'reversal-pair', partner: b, traits });
    decide(b, { decision: 'reversal-pair', partner: a, traits });
  };
  m.ledgerOnly = (r, why) => {
    own(r, 'ledgerOnly');
    r.why = why;
  };
  /** a bank-only line */
  m.fee = (date, minor, text, kind, ref = '', opts = {}) => {
    const l = m.line(date, minor, text, ref, opts);
    m.bankOnly(l, kind);
    return l;
  };
  return m;
}

// ====================================================================================================================
// NG — a printing press in Ibadan; OPay business account; Avanti Slingshot books
// ====================================================================================================================
function ngMonth(m) {
  const { wd, back, amt, line, row, fee } = m;
  const sessionId = () => `1000042031${m.digits(20)}`;
  const out = (date, minor, text, channel = 'Bank Transfer') => {
    const l = line(date, -minor, text, sessionId(), { channel });
    fee(date, -1000, `Transfer Fee | ${text.split('|')[0].trim()}`, 'charge', `FEE${m.digits(12)}`, { channel: 'Fee' });
    return l;
  };
  const inn = (date, minor, text, channel = 'Bank Transfer') => {
    const l = line(date, minor, text, sessionId(), { channel });
    if (minor >= 1000000)
      fee(date, -5000, 'Electronic Money Transfer Levy', 'levy', `EMTL${m.digits(12)}`, { channel: 'Levy' });
    return l;
  };
  const pos = (date, gross, terminal) => {
    const charge = Math.min(Math.round(gross * 0.005), 100000);
    return inn(date, gross - charge, `POS Card Payment | Terminal ${terminal} | RRN ${m.digits(12)}`, 'POS');
  };

  // last month's payment, booked in October, leaves on the first working day
  const prior = out(wd(0), amt(120000, 180000, 500), 'Transfer to IYAGANKU LAMINATION SERVICES | Moniepoint MFB');
  m.none(prior, ['prior-month']);
  m.bookOpeningAdjust = prior.minor;

  // counter takings by card: each card credit net of the acquiring fee, the day's takings booked gross
  const term = '2OPY4Q71';
  for (const [i, n] of [
    [0, 3],
    [12, 2],
  ]) {
    const grosses = Array.from({ length: n }, () => amt(4500, 48000, 100));
    const ls = grosses.map((g) => pos(wd(i), g, term));
    const r = row(
      wd(i),
      grosses.reduce((a, b) => a + b, 0),
      {
        ref: `CR-${i === 0 ? '0442' : '0457'}`,
        party: 'Counter customers',
        desc: 'POS takings — counter jobs',
        src: 'CR',
      },
    );
    m.suggest(ls, [r], 'amount', false, ['card-settlement', 'net-of-fee', 'many-to-one']);
  }

  // a publisher pays two reprint invoices in one transfer, quoting both its own way
  const s1 = amt(1400000, 1800000, 250);
  const s2 = amt(1900000, 2300000, 250);
  const sun = inn(wd(1), s1 + s2, 'Transfer from SUNLIT BOOKS LTD | INV1184/1190 REPRINTS');
  m.auto(
    [sun],
    [
      row(wd(0), s1, {
        ref: 'SI-1184',
        party: 'Sunlit Books Ltd',
        desc: 'Reprint — Primary Mathematics Bk 4',
        src: 'CR',
      }),
      row(wd(0), s2, { ref: 'SI-1190', party: 'Sunlit Books Ltd', desc: 'Reprint — Basic Science Bk 2', src: 'CR' }),
    ],
    'reference',
    ['one-to-many'],
  );

  // paper reels against a purchase order
  const paper = amt(2200000, 2700000, 500);
  m.auto(
    [out(wd(2), paper, 'Transfer to ADENIRAN PAPER MERCHANTS | PO 2231 80GSM REELS')],
    [
      row(back(wd(2), 1), -paper, {
        ref: 'PV-0861',
        party: 'Adeniran Paper Merchants Ltd',
        desc: 'PO 2231 — newsprint reels',
        src: 'CD',
      }),
    ],
    'reference',
  );

  // a bride's mother pays the balance on wedding cards by name only
  const cards = amt(60000, 140000, 500);
  m.auto(
    [inn(wd(2), cards, 'Transfer from FOLASADE ADEWALE-TOLULOPE')],
    [
      row(wd(1), cards, {
        ref: 'CR-0445',
        party: 'Mrs F. Adewale-Tolulope',
        desc: 'Balance — wedding invitation cards',
        src: 'CR',
      }),
    ],
    'counterparty',
    ['name-only'],
  );

  // diesel for the generator
  const diesel = amt(900000, 1300000, 500);
  m.auto(
    [out(wd(3), diesel, 'Transfer to AKINTOLA PETROLEUM LTD | DIESEL')],
    [
      row(wd(3), -diesel, {
        ref: 'PV-0863',
        party: 'Akintola Petroleum Ltd',
        desc: 'AGO for the Heidelberg generator',
        src: 'CD',
      }),
    ],
    'counterparty',
    ['name-only'],
  );

  // a school that prints its prospectus, exact, by invoice
  const cf = amt(380000, 620000, 500);
  m.auto(
    [inn(wd(3), cf, 'Transfer from CRESTFIELD COLLEGE | INV 1188 PROSPECTUS')],
    [
      row(back(wd(3), 2), cf, {
        ref: 'SI-1188',
        party: 'Crestfield College',
        desc: 'Prospectus and application forms',
        src: 'CR',
      }),
    ],
    'reference',
  );

  // a polytechnic pays through the state treasury, less 5 % WHT on the value before VAT
  const polyNet = amt(2600000, 3400000, 1000);
  const polyGross = polyNet + Math.round(polyNet * 0.075);
  const wht = Math.round(polyNet * 0.05);
  m.auto(
    [inn(wd(4), polyGross - wht, 'REMITA TSA | THE POLYTECHNIC IBADAN | ANS BKLT INV 1179 LESS WHT')],
    [
      row(back(wd(4), 2), polyGross, {
        ref: 'SI-1179',
        party: 'The Polytechnic, Ibadan',
        desc: 'Examination answer booklets',
        src: 'CR',
      }),
    ],
    'reference',
    ['wht-deducted'],
  );

  // a PTA pays one invoice in two transfers (daily limit); the receipt is posted once, when the balance lands
  const ptaA = amt(600000, 800000, 50000);
  const ptaB = amt(350000, 550000, 500);
  const ptaLines = [
    inn(wd(5), ptaA, 'Transfer from BODIJA GRAMMAR SCH PTA | PART PYT INV 1176'),
    inn(wd(13), ptaB, 'Transfer from BODIJA GRAMMAR SCH PTA | BAL OF 1176'),
  ];
  m.auto(
    ptaLines,
    [
      row(wd(13), ptaA + ptaB, {
        ref: 'SI-1176',
        party: 'Bodija Grammar School PTA',
        desc: 'Terminal examination booklets (two tranches)',
        src: 'CR',
      }),
    ],
    'reference',
    ['many-to-one'],
  );

  // plates and ink
  const gcn = amt(650000, 950000, 100);
  m.auto(
    [out(wd(5), gcn, 'Transfer to GRAPHIC CONSUMABLES NIG | GCN5568')],
    [
      row(back(wd(5), 1), -gcn, {
        ref: 'GCN-5568',
        party: 'Graphic Consumables Nigeria Ltd',
        desc: 'CTP plates and process inks',
        src: 'CD',
      }),
    ],
    'reference',
  );

  // a transfer to the binder fails and comes back the same day; sent again the next day
  const bind = amt(300000, 450000, 500);
  const failed = out(wd(6), bind, 'Transfer to LANLATE BINDERY SERVICES | JOB 4466');
  const back6 = line(wd(6), bind, 'REVERSAL | Transfer to LANLATE BINDERY SERVICES | JOB 4466', sessionId(), {
    channel: 'Reversal',
  });
  m.reversal(failed, back6, ['failed-transfer']);
  fee(wd(6), 1000, 'REVERSAL | Transfer Fee', 'charge', `FEE${m.digits(12)}`, { channel: 'Reversal' });
  m.auto(
    [out(wd(7), bind, 'Transfer to LANLATE BINDERY SVCS | JOB 4466 RESENT')],
    [
      row(wd(6), -bind, {
        ref: 'PV-0866',
        party: 'Lanlate Bindery Services',
        desc: 'Perfect binding — Job 4466',
        src: 'CD',
      }),
    ],
    'reference',
    ['resent-after-failure'],
  );

  // a part payment receipted in full from the customer's promise
  const kol = amt(380000, 520000, 5000);
  const kolPaid = Math.round((kol * 0.6) / 100000) * 100000;
  m.suggest(
    [inn(wd(7), kolPaid, 'Transfer from KOLAPO ISHOLA VENTURES | INV1195')],
    [row(wd(6), kol, { ref: 'SI-1195', party: 'Kolapo Ishola Ventures', desc: 'Calendars 2032 — receipt', src: 'CR' })],
    'reference',
    true,
    ['part-payment'],
  );

  // two equal open receipts of one school; it pays one by name
  const mo = amt(150000, 220000, 1000);
  m.tie(
    inn(wd(8), mo, 'Transfer from MOUNT OLIVE SCHOOLS'),
    [
      row(wd(1), mo, {
        ref: 'SI-1181',
        party: 'Mount Olive Schools',
        desc: 'Mid-term test papers — Akobo campus',
        src: 'CR',
      }),
      row(wd(3), mo, {
        ref: 'SI-1186',
        party: 'Mount Olive Schools',
        desc: 'Mid-term test papers — Agodi campus',
        src: 'CR',
      }),
    ],
    'counterparty',
    ['tie'],
  );

  // payroll by bulk transfer; one fee line for the batch
  const net = amt(2600000, 3200000, 50);
  line(wd(9), -net, 'Bulk Transfer | Batch 7712093 | 18 beneficiaries', sessionId(), { channel: 'Bulk Transfer' });
  m.auto(
    [m.lines[m.lines.length - 1]],
    [row(wd(8), -net, { ref: 'PAY-NOV', party: '', desc: 'Net salaries November — bulk batch 7712093', src: 'GJ' })],
    'reference',
    ['payroll'],
  );
  fee(wd(9), -18000, 'Bulk Transfer Fee | 18 x 10.00', 'charge', `FEE${m.digits(12)}`, { channel: 'Fee' });

  // PAYE to the state by Remita RRR; pension to the PFA
  const paye = amt(260000, 360000, 10);
  m.auto(
    [line(wd(10), -paye, 'REMITA | OYSIRS PAYE OCT | RRR 310498772015', sessionId(), { channel: 'Bills' })],
    [
      row(wd(9), -paye, {
        ref: 'RRR 310498772015',
        party: 'Oyo State Internal Revenue Service',
        desc: 'PAYE October',
        src: 'CD',
      }),
    ],
    'reference',
    ['statutory'],
  );
  const pen = amt(380000, 480000, 10);
  m.auto(
    [out(wd(10), pen, 'Transfer to ARM PENSION MANAGERS PFA | SCHEDULE 1031')],
    [
      row(wd(9), -pen, {
        ref: 'PEN-1031',
        party: 'ARM Pension Managers (PFA) Ltd',
        desc: 'Pension contributions October',
        src: 'CD',
      }),
    ],
    'reference',
    ['statutory'],
  );

  // twins: two equal transfers the same day for two almanac jobs
  const alm = amt(60000, 90000, 5000);
  m.twins(
    [inn(wd(11), alm, 'Transfer from RISIKAT ABIKE BELLO'), inn(wd(11), alm, 'Transfer from RISIKAT ABIKE BELLO')],
    [
      row(wd(10), alm, {
        ref: 'CR-0451',
        party: 'Alhaja Risikat Bello',
        desc: 'Almanac 2032 — first order',
        src: 'CR',
      }),
      row(wd(11), alm, {
        ref: 'CR-0452',
        party: 'Alhaja Risikat Bello',
        desc: 'Almanac 2032 — second order',
        src: 'CR',
      }),
    ],
    'counterparty',
    ['twins'],
  );

  // a refund of last month's over-payment
  const refund = amt(15000, 30000, 500);
  m.auto(
    [out(wd(12), refund, 'Transfer to OLAKUNLE DAMILARE | REFUND OVERPAYMT JOB 4390')],
    [
      row(wd(12), -refund, {
        ref: 'PV-0874',
        party: 'Olakunle Damilare',
        desc: 'Refund of over-payment on Job 4390',
        src: 'CD',
      }),
    ],
    'reference',
    ['refund'],
  );

  // prepaid electricity bought in the app
  const ibedc = amt(100000, 200000, 5000);
  m.auto(
    [line(wd(12), -ibedc, 'IBEDC Prepaid | Meter 0451120938', sessionId(), { channel: 'Bills' })],
    [row(wd(12), -ibedc, { ref: 'PV-0875', party: 'IBEDC', desc: 'Prepaid units — factory meter', src: 'CD' })],
    'counterparty',
    ['name-only'],
  );

  // decoy: the paper merchant refunds exactly what a like-named customer promised
  const dec0 = amt(200000, 300000, 10000);
  const promised = row(wd(12), dec0, {
    ref: 'CR-0455',
    party: 'Pastor Oyebanji Adeniran',
    desc: 'Deposit — anniversary brochures',
    src: 'CR',
  });
  m.ledgerOnly(promised, 'receipt booked from the customer’s promise; no such transfer this month');
  m.none(inn(wd(14), dec0, 'Transfer from ADENIRAN PAPER MERCHANTS | CREDIT NOTE 0917 DAMAGED REELS'), [
    'decoy',
    'supplier-refund',
  ]);

  // an unknown receipt
  m.none(inn(wd(15), amt(30000, 45000, 1000), 'Transfer from ABIODUN KAFAYAT OLADEJO'), ['unknown']);

  // a sweep to the company's own current account at another bank
  const sweep = amt(1500000, 2500000, 500000);
  m.auto(
    [out(wd(16), sweep, 'Transfer to OLUYOLE PRINTING PRESS LTD | GTBANK | SWEEP')],
    [row(wd(16), -sweep, { ref: 'JV-1107', party: '', desc: 'Transfer to GTBank current account', src: 'GJ' })],
    'counterparty',
    ['own-account'],
  );

  // the MD's airtime, never booked
  m.none(line(wd(17), -500000, 'Airtime | MTN | 080****2291', sessionId(), { channel: 'Airtime' }), [
    'unbooked-expense',
  ]);

  // a church pays for order-of-service booklets, written its own way
  const cac = amt(110000, 160000, 500);
  m.suggest(
    [inn(wd(18), cac, 'Transfer from CAC OKE ADO ASSEMBLY | PROG BOOKLET')],
    [
      row(wd(17), cac, {
        ref: 'SI-1201',
        party: 'Christ Apostolic Church, Oke-Ado',
        desc: 'Order of service booklets',
        src: 'CR',
      }),
    ],
    'amount',
    false,
    ['name-written-differently'],
  );

  // an event centre quotes the invoice number in words of its own
  const sh = amt(180000, 260000, 500);
  m.auto(
    [inn(wd(16), sh, 'Transfer from SANGO HEIGHTS EVENT CENTRE | INVOICE NO 1199 BANNERS')],
    [
      row(back(wd(16), 1), sh, {
        ref: 'SI-1199',
        party: 'Sango Heights Event Centre',
        desc: 'Flex banners and roll-ups',
        src: 'CR',
      }),
    ],
    'reference',
  );

  // plate maker by invoice
  const dpm = amt(150000, 240000, 500);
  m.auto(
    [out(wd(18), dpm, 'Transfer to DUGBE PLATE MAKERS | DPM 0457')],
    [row(wd(18), -dpm, { ref: 'PV-0879', party: 'Dugbe Plate Makers', desc: 'Invoice DPM/0457 — plates', src: 'CD' })],
    'reference',
  );

  // a payment authorised on the last working day leaves in December
  m.ledgerOnly(
    row(wd(-1), -amt(500000, 700000, 500), {
      ref: 'PV-0881',
      party: 'Ibadan Ink & Chemicals Ltd',
      desc: 'Fountain solution and blankets',
      src: 'CD',
    }),
    'authorised on the last working day; leaves the bank in December',
  );
}

// ====================================================================================================================
// GH — a borehole-drilling firm in Tamale; Bonzali Rural Bank; Flectra books
// ====================================================================================================================
function ghMonth(m) {
  const { wd, back, amt, line, row, fee } = m;
  const gip = (date, minor, text) => {
    const l = line(date, -minor, text);
    fee(date, -800, 'GIP TRANSFER CHARGE', 'charge');
    return l;
  };
  const ach = (date, minor, text) => {
    const l = line(date, -minor, text);
    fee(date, -300, 'ACH TRANSFER CHARGE', 'charge');
    return l;
  };
  const chq = (date, minor, no, text) => line(date, -minor, text, '', { chq: no });

  // a cheque issued in November is presented on the first day
  m.none(chq(wd(0), amt(3500, 5200, 10), '000512', 'CLEARING CHQ 000512'), ['prior-month']);
  m.bookOpeningAdjust = m.lines[0].minor;

  // a district assembly pays a certificate for four boreholes less 5 % WHT; the voucher quotes no usable number
  const kda = amt(160000, 200000, 100);
  m.auto(
    [line(wd(0), kda - Math.round(kda * 0.05), 'GIP CR KUMBUNGU DIST ASSEMBLY CERT 3 BH DRILLING LESS WHT')],
    [
      row(back(wd(0), 0), kda, {
        ref: 'KDA/CERT/3',
        party: 'Kumbungu District Assembly',
        desc: 'Certificate 3 — four boreholes, Gbullung area',
        src: 'BNK1',
      }),
    ],
    'counterparty',
    ['wht-deducted'],
  );

  // an NGO pays two invoices in one transfer
  const n1 = amt(38000, 46000, 50);
  const n2 = amt(39000, 47000, 50);
  m.auto(
    [line(wd(1), n1 + n2, 'ACH CR NORTHERN WELLS TRUST INV 641 647 SOLAR BH')],
    [
      row(wd(0), n1, {
        ref: 'SND/INV/0641',
        party: 'Northern Wells Trust',
        desc: 'Solar borehole — Tugu',
        src: 'BNK1',
      }),
      row(wd(0), n2, {
        ref: 'SND/INV/0647',
        party: 'Northern Wells Trust',
        desc: 'Solar borehole — Dalun',
        src: 'BNK1',
      }),
    ],
    'reference',
    ['one-to-many'],
  );

  // diesel for the rig by cheque, weekly
  for (const [i, no] of [
    [2, '000523'],
    [8, '000526'],
    [14, '000529'],
  ]) {
    const d = amt(9000, 15000, 10);
    m.auto(
      [chq(wd(i), d, no, `CLEARING CHQ ${no}`)],
      [
        row(back(wd(i), 2), -d, {
          ref: `CHQ ${no}`,
          party: 'Gulf Harmattan Fuels Ltd',
          desc: 'Diesel for rig and compressor',
          src: 'BNK1',
        }),
      ],
      'reference',
      ['cheque-number'],
    );
  }

  // casings and screens by GIP
  const spf = amt(30000, 45000, 10);
  m.auto(
    [gip(wd(2), spf, 'GIP TRF SAVANNA PIPES & FITTINGS INV SPF/2271')],
    [
      row(wd(1), -spf, {
        ref: 'SPF 2271',
        party: 'Savanna Pipes & Fittings Ltd',
        desc: 'uPVC casings and screens',
        src: 'BNK1',
      }),
    ],
    'reference',
  );

  // private farmers pay by mobile money, by name
  const zak = amt(7000, 12000, 50);
  m.auto(
    [line(wd(2), zak, 'MOMO TRF FRM 024XXXX561 ALHASSAN ZAKARIA')],
    [
      row(wd(2), zak, {
        ref: 'OR 3387',
        party: 'Alhassan Zakaria',
        desc: 'Borehole flushing — farm at Nyankpala',
        src: 'BNK1',
      }),
    ],
    'counterparty',
    ['name-only'],
  );
  const sal = amt(15000, 22000, 50);
  m.auto(
    [line(wd(6), sal, 'MOMO TRF FRM 020XXXX884 HAJIA SALAMATU IBRAHIM BH DEPOSIT')],
    [
      row(wd(5), sal, {
        ref: 'OR 3394',
        party: 'Hajia Salamatu Ibrahim',
        desc: 'Deposit — domestic borehole, Kalpohin',
        src: 'BNK1',
      }),
    ],
    'counterparty',
    ['name-only'],
  );

  // siting survey subcontractor by ACH
  const geo = amt(5000, 7500, 50);
  m.auto(
    [ach(wd(3), geo, 'ACH TRF DAGBON GEO SURVEYS SITING FIVE SITES')],
    [
      row(wd(3), -geo, {
        ref: 'BNK1/0412',
        party: 'Dagbon Geo-Surveys',
        desc: 'Hydro-geophysical siting — Tolon sites',
        src: 'BNK1',
      }),
    ],
    'counterparty',
    ['name-only'],
  );

  // cheque book
  fee(wd(3), -6000, 'CHEQUE BOOK 50 LEAVES', 'charge');

  // a customer's cheque is lodged and returned unpaid
  const mah = amt(12000, 17000, 100);
  const lodged = line(wd(4), mah, 'CHQ DEP 100284 DR IDDRISU MAHAMA', '', { valueDate: wd(5), chq: '100284' });
  const rtd = line(wd(7), -mah, 'RTD CHQ 100284 REFER TO DRAWER', '', { chq: '100284' });
  m.reversal(lodged, rtd, ['returned-cheque']);
  fee(wd(7), -4000, 'RETURNED CHEQUE CHARGE', 'charge');
  m.ledgerOnly(
    row(wd(4), mah, {
      ref: 'OR 3391',
      party: 'Dr Iddrisu Mahama',
      desc: 'Borehole and hand pump, Lamashegu — cheque 100284',
      src: 'BNK1',
    }),
    'the cheque was returned unpaid; the receipt is still in the books',
  );

  // a district assembly's voucher number in both, less WHT
  const tda = amt(60000, 72000, 50);
  m.auto(
    [line(wd(5), tda - Math.round(tda * 0.05), 'GIP CR TOLON DIST ASSEMBLY PV 08817 BH REHAB')],
    [
      row(wd(3), tda, {
        ref: 'TDA PV 08817',
        party: 'Tolon District Assembly',
        desc: 'Rehabilitation of six boreholes',
        src: 'BNK1',
      }),
    ],
    'reference',
    ['wht-deducted'],
  );

  // submersible pumps
  const vps = amt(22000, 32000, 10);
  m.auto(
    [gip(wd(6), vps, 'GIP TRF VOLTA PUMPS VPS18830')],
    [
      row(wd(6), -vps, {
        ref: 'VPS-18830',
        party: 'Volta Pumps & Solar Ltd',
        desc: 'Three submersible pumps',
        src: 'BNK1',
      }),
    ],
    'reference',
  );

  // site wages: a cash cheque to self each week
  for (const [i, no, wk] of [
    [4, '000524', 49],
    [9, '000527', 50],
    [15, '000530', 51],
  ]) {
    const w = amt(15000, 21000, 50);
    m.auto(
      [chq(wd(i), w, no, `CASH WDL CHQ ${no} SELF`)],
      [row(wd(i), -w, { ref: `CHQ ${no}`, party: '', desc: `Site crew wages — week ${wk}`, src: 'BNK1' })],
      'reference',
      ['cheque-number'],
    );
  }

  // a church pays one invoice in two instalments; receipted once, when the second lands
  const ag = amt(24000, 32000, 100);
  const agA = Math.round(ag / 2 / 100000) * 100000;
  const agLines = [
    line(wd(7), agA, 'ACH CR ASSEMBLIES OF GOD CHOGGU INV 655 1ST'),
    line(wd(12), ag - agA, 'ACH CR ASSEMBLIES OF GOD CHOGGU INV 655 FINAL'),
  ];
  m.auto(
    agLines,
    [
      row(wd(12), ag, {
        ref: 'SND/INV/0655',
        party: 'Assemblies of God, Choggu',
        desc: 'Mechanised borehole — church premises',
        src: 'BNK1',
      }),
    ],
    'reference',
    ['many-to-one'],
  );

  // twins: a youth association sends two equal mobile-money transfers the same day (wallet limit)
  const nan = amt(4000, 6000, 500);
  m.twins(
    [
      line(wd(8), nan, 'MOMO TRF FRM 054XXXX117 NANTON YOUTH ASSOC'),
      line(wd(8), nan, 'MOMO TRF FRM 054XXXX117 NANTON YOUTH ASSOC'),
    ],
    [
      row(wd(8), nan, {
        ref: 'OR 3398',
        party: 'Nanton Youth Association',
        desc: 'Hand pump repair — first half',
        src: 'BNK1',
      }),
      row(wd(8), nan, {
        ref: 'OR 3399',
        party: 'Nanton Youth Association',
        desc: 'Hand pump repair — second half',
        src: 'BNK1',
      }),
    ],
    'counterparty',
    ['twins'],
  );

  // licence renewal
  const wrc = amt(2500, 3500, 50);
  m.auto(
    [gip(wd(9), wrc, 'GIP TRF WATER RESOURCES COMMISSION DRILLING LICENCE')],
    [
      row(wd(9), -wrc, {
        ref: 'BNK1/0431',
        party: 'Water Resources Commission',
        desc: 'Drilling licence renewal 2032',
        src: 'BNK1',
      }),
    ],
    'counterparty',
    ['name-only', 'statutory'],
  );

  // SSNIT and GRA PAYE
  const ssnit = amt(6000, 9000, 1);
  m.auto(
    [line(wd(10), -ssnit, 'SSNIT CONTRIBUTION NOV')],
    [row(wd(9), -ssnit, { ref: 'BNK1/0433', party: 'SSNIT', desc: 'Tier 1 contributions November', src: 'BNK1' })],
    'counterparty',
    ['statutory'],
  );
  const gra = amt(4500, 7000, 1);
  m.auto(
    [line(wd(10), -gra, 'GRA PAYE NOV TIN C0009876543')],
    [
      row(wd(9), -gra, {
        ref: 'BNK1/0434',
        party: 'Ghana Revenue Authority',
        desc: 'PAYE November — TIN C0009876543',
        src: 'BNK1',
      }),
    ],
    'reference',
    ['statutory'],
  );

  // part payment receipted in full
  const srf = amt(26000, 34000, 500);
  m.suggest(
    [line(wd(11), Math.round((srf * 0.5) / 100000) * 100000, 'ACH CR SAVELUGU RICE FARMERS INV 652 PART')],
    [
      row(wd(10), srf, {
        ref: 'SND/INV/0652',
        party: 'Savelugu Rice Farmers Association',
        desc: 'Irrigation borehole — Savelugu',
        src: 'BNK1',
      }),
    ],
    'reference',
    true,
    ['part-payment'],
  );

  // a tie: two equal open receipts of one residents' association; it pays one by name
  const kal = amt(10000, 14000, 500);
  m.tie(
    line(wd(12), kal, 'ACH CR KALPOHIN ESTATES RES ASSOC'),
    [
      row(wd(6), kal, {
        ref: 'SND/INV/0658',
        party: 'Kalpohin Estates Residents Association',
        desc: 'Borehole — block A',
        src: 'BNK1',
      }),
      row(wd(7), kal, {
        ref: 'SND/INV/0659',
        party: 'Kalpohin Estates Residents Association',
        desc: 'Borehole — block D',
        src: 'BNK1',
      }),
    ],
    'counterparty',
    ['tie'],
  );

  // decoy: a like-named payer sends exactly what another customer promised
  const seid = amt(6500, 8500, 500);
  m.ledgerOnly(
    row(wd(11), seid, {
      ref: 'OR 3404',
      party: 'Seidu Abdul-Rahman',
      desc: 'Balance — pump installation, Gumani',
      src: 'BNK1',
    }),
    'receipt booked from the customer’s promise; the like-named transfer is someone else’s',
  );
  m.none(line(wd(13), seid, 'MOMO TRF FRM 055XXXX208 SEIDU ABDUL-RAZAK'), ['decoy']);

  // an unknown cash deposit
  m.none(line(wd(13), amt(2005, 3995, 10), 'CASH DEPOSIT BY ISSAHAKU M'), ['unknown']);

  // a municipal assembly's cheque, its number written in the books
  const yma = amt(42000, 52000, 10);
  m.auto(
    [line(wd(14), yma, 'CHQ DEP 004417 YENDI MUN ASSEMBLY', '', { valueDate: wd(15), chq: '004417' })],
    [
      row(wd(13), yma, {
        ref: 'YMA/CERT/1',
        party: 'Yendi Municipal Assembly',
        desc: 'Certificate 1 — cheque 004417',
        src: 'BNK1',
      }),
    ],
    'reference',
    ['cheque-number'],
  );

  // rig maintenance by cheque
  const nhe = amt(13000, 18000, 10);
  m.auto(
    [chq(wd(15), nhe, '000528', 'CLEARING CHQ 000528')],
    [
      row(wd(13), -nhe, {
        ref: 'CHQ 000528',
        party: 'Northern Hydraulics & Engineering',
        desc: 'Rig mast hydraulic overhaul',
        src: 'BNK1',
      }),
    ],
    'reference',
    ['cheque-number'],
  );

  // the equipment loan: one recovery, booked as principal and interest
  const prin = amt(7000, 8500, 1);
  const intr = amt(1500, 2200, 1);
  m.auto(
    [line(wd(15), -(prin + intr), 'LOAN RECOVERY LN 4471203')],
    [
      row(wd(15), -prin, {
        ref: 'LN 4471203',
        party: 'Bonzali Rural Bank',
        desc: 'Rig loan — principal, December',
        src: 'MISC',
      }),
      row(wd(15), -intr, {
        ref: 'LN 4471203',
        party: 'Bonzali Rural Bank',
        desc: 'Rig loan — interest, December',
        src: 'MISC',
      }),
    ],
    'reference',
    ['one-to-many', 'loan'],
  );

  // drilling consumables
  const rt = amt(8000, 12000, 10);
  m.auto(
    [gip(wd(16), rt, 'GIP TRF RIGTECH DRILLING SUPPLIES RT 0779')],
    [
      row(wd(16), -rt, {
        ref: 'RT-0779',
        party: 'Rigtech Drilling Supplies',
        desc: 'Bentonite and drilling foam',
        src: 'BNK1',
      }),
    ],
    'reference',
  );

  // salaries of the permanent staff by ACH bulk
  const pay = amt(38000, 46000, 1);
  m.auto(
    [line(wd(16), -pay, 'ACH BULK SALARIES DEC BATCH 318840')],
    [row(wd(16), -pay, { ref: 'PAY/12', party: '', desc: 'Net salaries December — ACH batch 318840', src: 'MISC' })],
    'reference',
    ['payroll'],
  );
  fee(wd(16), -2700, 'ACH BULK CHARGE 9 ITEMS', 'charge');

  // the company's own mobile-money merchant wallet swept into the bank
  const sweep = amt(18000, 30000, 500);
  m.auto(
    [line(wd(17), sweep, 'MOMO TO BANK SUNG-NAAYA DRILLING MERCHANT WALLET')],
    [
      row(wd(17), sweep, {
        ref: 'MISC/0219',
        party: '',
        desc: 'Sweep from Sung-Naaya MoMo merchant wallet',
        src: 'MISC',
      }),
    ],
    'counterparty',
    ['own-account'],
  );

  // prepaid power for the yard (NEDCo serves the north)
  const ned = amt(800, 1500, 10);
  m.auto(
    [line(wd(12), -ned, 'NEDCO PREPAID YARD METER')],
    [row(wd(12), -ned, { ref: 'BNK1/0440', party: 'NEDCo', desc: 'Prepaid electricity — yard', src: 'BNK1' })],
    'counterparty',
    ['name-only'],
  );

  // a mosque committee pays by invoice, exact
  const msq = amt(16000, 24000, 50);
  m.auto(
    [line(wd(17), msq, 'ACH CR SAKASAKA CENTRAL MOSQUE CTTEE INV 662')],
    [
      row(wd(16), msq, {
        ref: 'SND/INV/0662',
        party: 'Sakasaka Central Mosque Committee',
        desc: 'Mechanised borehole and polytank stand',
        src: 'BNK1',
      }),
    ],
    'reference',
  );

  // tyres for the support truck
  const tyre = amt(4800, 6500, 10);
  m.auto(
    [gip(wd(11), tyre, 'GIP TRF TAMALE TYRE CENTRE')],
    [
      row(wd(11), -tyre, {
        ref: 'BNK1/0437',
        party: 'Tamale Tyre Centre',
        desc: 'Two tyres for the support truck',
        src: 'BNK1',
      }),
    ],
    'counterparty',
    ['name-only'],
  );

  // a dry hole: part of the deposit refunded under the contract
  const dry = amt(3000, 4500, 50);
  m.auto(
    [ach(wd(14), dry, 'ACH TRF ABUKARI FATAWU REFUND DRY HOLE')],
    [row(wd(14), -dry, { ref: 'BNK1/0441', party: 'Abukari Fatawu', desc: 'Refund — dry well at Kpene', src: 'BNK1' })],
    'counterparty',
    ['name-only', 'refund'],
  );

  // the site supervisor banks cash a farm paid at the site
  const wum = amt(5000, 8000, 50);
  m.auto(
    [line(wd(18), wum, 'CASH DEP BY YAKUBU FOR WUMPINI FARMS')],
    [
      row(wd(17), wum, {
        ref: 'OR 3411',
        party: 'Wumpini Farms',
        desc: 'Cash collected at site — pump servicing',
        src: 'BNK1',
      }),
    ],
    'counterparty',
    ['name-only'],
  );

  // cheques issued in the last days, not yet presented
  m.ledgerOnly(
    row(wd(-2), -amt(9000, 14000, 10), {
      ref: 'CHQ 000531',
      party: 'Gulf Harmattan Fuels Ltd',
      desc: 'Diesel for rig and compressor',
      src: 'BNK1',
    }),
    'cheque issued at the end of the month; not yet presented',
  );
  m.ledgerOnly(
    row(wd(-1), -amt(18000, 26000, 10), {
      ref: 'CHQ 000532',
      party: 'Savanna Pipes & Fittings Ltd',
      desc: 'Casings for January programme',
      src: 'BNK1',
    }),
    'cheque issued on the last working day; not yet presented',
  );

  // month-end charges
  fee(wd(-1), -600, 'SMS ALERT CHARGES DEC', 'charge');
  fee(wd(-1), -2000, 'ACCOUNT MAINTENANCE FEE', 'charge');
}

// ====================================================================================================================
// KE — a law firm's office account in Upper Hill, Nairobi; Credit Bank; Clio books
// ====================================================================================================================
function keMonth(m) {
  const { wd, back, amt, line, row, fee } = m;
  const letter = () => 'ABCDEFGHJKLMNPQRSTUVWXYZ'[Math.floor(m.rng() * 24)];
  // six-digit runs: no book row of this firm carries a six-digit number
  const ftRef = () => `FT${m.digits(6)}${letter()}${letter()}${m.digits(6)}`;
  const excise = (date, minor, what) => fee(date, -Math.round(minor * 0.2), `EXCISE DUTY ON ${what}`, 'tax', ftRef());
  const eft = (date, minor, text) => {
    const l = line(date, -minor, text, ftRef());
    fee(date, -5000, 'EFT CHARGE', 'charge', ftRef());
    excise(date, 5000, 'EFT CHARGE');
    return l;
  };
  const pesa = (date, minor, text) => {
    const l = line(date, -minor, text, ftRef());
    fee(date, -6000, 'PESALINK CHARGE', 'charge', ftRef());
    excise(date, 6000, 'PESALINK CHARGE');
    return l;
  };
  const inn = (date, minor, text, opts) => line(date, minor, text, ftRef(), opts);
  const r = (date, minor, o) =>
    row(date, minor, {
      ...o,
      extra: { matter: o.matter ?? '', type: o.type ?? (minor > 0 ? 'Deposit' : 'Withdrawal') },
    });

  // a cheque written in September is presented
  const prior = line(wd(0), -amt(15000, 22000, 50), 'INWARD CLEARING CHQ 001208', '001208');
  m.none(prior, ['prior-month']);
  m.bookOpeningAdjust = prior.minor;

  // a corporate client pays a fee note less 5 % withholding tax on the fee before VAT
  const fee1 = amt(260000, 340000, 500);
  const gross1 = fee1 + Math.round(fee1 * 0.16);
  m.auto(
    [inn(wd(1), gross1 - Math.round(fee1 * 0.05), 'RTGS ATHI RIVER PACKAGING LTD FN 0318 LESS WHT')],
    [
      r(back(wd(1), 2), gross1, {
        matter: 'WOK/2031/0131',
        party: 'Athi River Packaging Ltd',
        desc: 'Fee note FN/2031/0318 — employment claim',
        ref: 'FN/2031/0318',
      }),
    ],
    'reference',
    ['wht-deducted'],
  );

  // fees transferred from the client account on completion of a matter
  const tr1 = amt(150000, 220000, 100);
  m.auto(
    [inn(wd(1), tr1, 'TRF FROM WOK LLP CLIENT AC FEES MATTER 0144')],
    [
      r(wd(1), tr1, {
        matter: 'WOK/2031/0144',
        party: 'Kamau & Sons Properties Ltd',
        desc: 'Transfer of costs from client account',
        ref: 'TRF-0144',
        type: 'Transfer',
      }),
    ],
    'reference',
    ['own-account'],
  );

  // court filing fees on the e-filing platform: one bill number kept in the books, one not
  const ef1 = amt(9000, 15000, 50);
  m.auto(
    [line(wd(2), -ef1, 'ECITIZEN JUDICIARY EFILING BILL JUDKE7Q4M2', ftRef())],
    [
      r(wd(2), -ef1, {
        matter: 'WOK/2031/0150',
        party: 'Nyayo Tea Distributors Ltd',
        desc: 'Court filing fees — plaint, commercial division',
        ref: 'JUDKE7Q4M2',
      }),
    ],
    'reference',
    ['disbursement'],
  );
  const ef2 = amt(2000, 4000, 50);
  m.suggest(
    [line(wd(8), -ef2, 'ECITIZEN JUDICIARY EFILING BILL JUD5RW8PZ1', ftRef())],
    [
      r(wd(8), -ef2, {
        matter: 'WOK/2031/0152',
        party: 'Esther Nduta Gachanja',
        desc: 'Filing fees — land case',
        ref: '',
      }),
    ],
    'amount',
    false,
    ['disbursement', 'amount-only'],
  );

  // the paybill settles retainers paid by M-PESA net of its charges; the books hold each retainer gross
  for (const [i, n] of [
    [3, 3],
    [11, 2],
  ]) {
    const payers = [
      ['Peter Mutua Kilonzo', 'WOK/2031/0156'],
      ['Halima Abdi Hassan', 'WOK/2031/0157'],
      ['Brian Otieno Were', 'WOK/2031/0158'],
      ['Lucy Wairimu Karanja', 'WOK/2031/0161'],
      ['Samuel Kiptoo Rotich', 'WOK/2031/0163'],
    ].slice(i === 3 ? 0 : 3, i === 3 ? 3 : 5);
    const rs = payers.slice(0, n).map(([party, matter]) =>
      r(back(wd(i), 1), amt(10000, 45000, 1000), {
        matter,
        party,
        desc: 'Retainer received by M-PESA',
        ref: `${'QJ'}${m.digits(2)}${'KX'}${m.digits(4)}`,
      }),
    );
    const grossSum = rs.reduce((a, x) => a + x.minor, 0);
    const charges = rs.length * 10800;
    m.suggest([inn(wd(i), grossSum - charges, 'MPESA C2B SETTLEMENT PAYBILL 4122077')], rs, 'amount', false, [
      'card-settlement',
      'net-of-fee',
      'one-to-many',
    ]);
  }

  // rent by EFT, by name
  const rent = amt(380000, 440000, 1000);
  m.auto(
    [eft(wd(2), rent, 'EFT UPPERHILL TOWERS LTD RENT OCT SUITE 7B')],
    [r(wd(1), -rent, { party: 'Upperhill Towers Ltd', desc: 'Office rent October — Suite 7B', ref: 'RENT-10' })],
    'counterparty',
    ['name-only'],
  );

  // a client's cheque with value three days later
  const mw = amt(50000, 80000, 500);
  m.auto(
    [inn(wd(3), mw, 'CHQ DEPOSIT 000389 N MWANGI', { valueDate: wd(6) })],
    [
      r(wd(3), mw, {
        matter: 'WOK/2031/0139',
        party: 'Njoroge Mwangi',
        desc: 'Fee note FN/2031/0327 — cheque 000389',
        ref: 'FN/2031/0327',
      }),
    ],
    'reference',
    ['cheque-number'],
  );

  // a client's cheque returned unpaid
  const ra = amt(35000, 55000, 500);
  const dep = inn(wd(4), ra, 'CHQ DEPOSIT 002215 ROSE ATIENO', { valueDate: wd(7) });
  const ret = line(wd(7), -ra, 'RETURNED CHQ 002215 INSUFFICIENT FUNDS', ftRef());
  m.reversal(dep, ret, ['returned-cheque']);
  fee(wd(7), -150000, 'RETURNED CHEQUE CHARGE', 'charge', ftRef());
  excise(wd(7), 150000, 'RETURNED CHEQUE CHARGE');
  m.ledgerOnly(
    r(wd(4), ra, {
      matter: 'WOK/2031/0146',
      party: 'Rose Atieno Owino',
      desc: 'Fee note FN/2031/0329 — cheque 002215',
      ref: 'FN/2031/0329',
    }),
    'the cheque was returned unpaid; the receipt is still in the books',
  );

  // salaries by bulk EFT
  const net = amt(1100000, 1400000, 1);
  m.auto(
    [line(wd(17), -net, 'EFT BULK SALARIES OCT BATCH 55071', ftRef())],
    [r(wd(16), -net, { party: '', desc: 'Net salaries October — batch 55071', ref: 'PAY-10' })],
    'reference',
    ['payroll'],
  );
  fee(wd(17), -42000, 'BULK EFT CHARGE 14 ITEMS', 'charge', ftRef());
  excise(wd(17), 42000, 'BULK EFT CHARGE');

  // KRA by payment registration number: PAYE, VAT, housing levy; NSSF and SHA by name
  for (const [i, prn, what, lo, hi] of [
    [5, '2031100458812', 'PAYE SEP', 240000, 320000],
    [5, '2031100461207', 'VAT SEP', 130000, 190000],
    [5, '2031100462954', 'AHL SEP', 14000, 19000],
  ]) {
    const a = amt(lo, hi, 1);
    m.auto(
      [line(wd(i), -a, `KRA PRN ${prn} ${what}`, ftRef())],
      [
        r(wd(i - 1), -a, {
          party: 'Kenya Revenue Authority',
          desc: `${what.replace('SEP', 'September')}`,
          ref: `PRN ${prn}`,
        }),
      ],
      'reference',
      ['statutory'],
    );
  }
  const nssf = amt(6000, 9000, 1);
  m.auto(
    [line(wd(5), -nssf, 'NSSF TIER I AND II SEP', ftRef())],
    [r(wd(4), -nssf, { party: 'NSSF', desc: 'Contributions September', ref: 'NSSF-09' })],
    'counterparty',
    ['statutory'],
  );
  const sha = amt(18000, 26000, 1);
  m.auto(
    [line(wd(5), -sha, 'SOCIAL HEALTH AUTHORITY SHIF SEP', ftRef())],
    [r(wd(4), -sha, { party: 'Social Health Authority', desc: 'SHIF deductions September', ref: 'SHA-09' })],
    'counterparty',
    ['statutory'],
  );

  // a part payment receipted in full
  const kg = amt(350000, 450000, 5000);
  m.suggest(
    [inn(wd(6), Math.round((kg * 0.6) / 500000) * 500000, 'PESALINK KAREN GREENS DEVELOPERS FN331')],
    [
      r(wd(5), kg, {
        matter: 'WOK/2031/0127',
        party: 'Karen Greens Developers Ltd',
        desc: 'Fee note FN/2031/0331 — sale agreements',
        ref: 'FN/2031/0331',
      }),
    ],
    'reference',
    true,
    ['part-payment'],
  );

  // a tie: two equal retainers of one client on two matters; he pays one by name
  const jk = amt(40000, 60000, 5000);
  m.tie(
    inn(wd(8), jk, 'PESALINK JOSEPH KIPRONO LANGAT'),
    [
      r(wd(2), jk, {
        matter: 'WOK/2031/0153',
        party: 'Joseph Kiprono Langat',
        desc: 'Retainer — succession cause',
        ref: 'RET-0153',
      }),
      r(wd(4), jk, {
        matter: 'WOK/2031/0154',
        party: 'Joseph Kiprono Langat',
        desc: 'Retainer — land dispute, Kericho',
        ref: 'RET-0154',
      }),
    ],
    'counterparty',
    ['tie'],
  );

  // twins: two equal transfers the same day, booked as two receipts
  const gw = amt(15000, 25000, 1000);
  m.twins(
    [inn(wd(9), gw, 'PESALINK GRACE WAMBUI NJOROGE'), inn(wd(9), gw, 'PESALINK GRACE WAMBUI NJOROGE')],
    [
      r(wd(9), gw, {
        matter: 'WOK/2031/0148',
        party: 'Grace Wambui Njoroge',
        desc: 'Instalment on fees',
        ref: 'RCT-2207',
      }),
      r(wd(9), gw, {
        matter: 'WOK/2031/0148',
        party: 'Grace Wambui Njoroge',
        desc: 'Instalment on fees',
        ref: 'RCT-2208',
      }),
    ],
    'counterparty',
    ['twins'],
  );

  // stationery by EFT; the same stationer later refunds a duplicate payment — the decoy
  const st = amt(20000, 32000, 10);
  m.auto(
    [eft(wd(6), st, 'EFT CHELANGAT STATIONERS INV 7781')],
    [r(wd(6), -st, { party: 'Chelangat Stationers Ltd', desc: 'Stationery and court bundles', ref: 'INV 7781' })],
    'reference',
  );
  const rc = amt(30000, 40000, 500);
  m.ledgerOnly(
    r(wd(11), rc, {
      matter: 'WOK/2031/0160',
      party: 'Ruth Chelangat',
      desc: 'Deposit on fees — divorce cause',
      ref: 'RET-0160',
    }),
    'receipt booked from the client’s promise; no such transfer this month',
  );
  m.none(inn(wd(13), rc, 'EFT CR CHELANGAT STATIONERS LTD REFUND DUPLICATE PYMT'), ['decoy', 'supplier-refund']);

  // an unknown receipt
  m.none(inn(wd(12), amt(12005, 17995, 10), 'PESALINK FROM 0722XXX118 ABDI'), ['unknown']);

  // professional indemnity premium by policy number
  const pi = amt(80000, 110000, 10);
  m.auto(
    [eft(wd(10), pi, 'EFT RIFT VALLEY INSURANCE POL PI/88213')],
    [
      r(wd(10), -pi, {
        party: 'Rift Valley Insurance Co Ltd',
        desc: 'Professional indemnity — instalment 2, policy PI/88213',
        ref: 'DD-PI',
      }),
    ],
    'reference',
  );

  // process server by name
  const ps = amt(5000, 8000, 100);
  m.auto(
    [pesa(wd(10), ps, 'PESALINK BARAKA PROCESS SERVERS')],
    [
      r(wd(10), -ps, {
        matter: 'WOK/2031/0150',
        party: 'Baraka Process Servers',
        desc: 'Service of summons — Nyayo Tea',
        ref: 'DISB-0150',
      }),
    ],
    'counterparty',
    ['name-only', 'disbursement'],
  );

  // stamp duty paid for a client and recouped from the client account
  const sd = amt(150000, 220000, 10);
  m.auto(
    [line(wd(13), -sd, 'KRA PRN 2031100470033 STAMP DUTY', ftRef())],
    [
      r(wd(12), -sd, {
        matter: 'WOK/2031/0149',
        party: 'Kenya Revenue Authority',
        desc: 'Stamp duty on transfer — disbursement',
        ref: 'PRN 2031100470033',
      }),
    ],
    'reference',
    ['disbursement', 'statutory'],
  );
  m.auto(
    [inn(wd(14), sd, 'TRF FROM WOK LLP CLIENT AC RECOUP DISB MATTER 0149')],
    [
      r(wd(14), sd, {
        matter: 'WOK/2031/0149',
        party: 'Mercy Akinyi Ouma',
        desc: 'Recoupment of stamp duty from client account',
        ref: 'TRF-0149',
        type: 'Transfer',
      }),
    ],
    'reference',
    ['own-account'],
  );

  // a fee note paid in two transfers, receipted once
  const mr = amt(180000, 240000, 1000);
  const mrA = Math.round(mr / 2 / 100000) * 100000;
  m.auto(
    [
      inn(wd(11), mrA, 'PESALINK MOMBASA RD LOGISTICS FN322 1ST HALF'),
      inn(wd(15), mr - mrA, 'PESALINK MOMBASA RD LOGISTICS FN322 BAL'),
    ],
    [
      r(wd(15), mr, {
        matter: 'WOK/2031/0118',
        party: 'Mombasa Road Logistics Ltd',
        desc: 'Fee note FN/2031/0322 — debt recovery (two payments)',
        ref: 'FN/2031/0322',
      }),
    ],
    'reference',
    ['many-to-one'],
  );

  // a fee note quoted as an invoice
  const ng = amt(90000, 130000, 500);
  m.auto(
    [inn(wd(16), ng, 'RTGS NGONG ROAD MOTORS LTD INV NO 0335')],
    [
      r(wd(14), ng, {
        matter: 'WOK/2031/0135',
        party: 'Ngong Road Motors Ltd',
        desc: 'Fee note FN/2031/0335 — lease review',
        ref: 'FN/2031/0335',
      }),
    ],
    'reference',
  );

  // postpaid power and phones
  const kplc = amt(9000, 14000, 1);
  m.auto(
    [line(wd(16), -kplc, 'KPLC POSTPAID ACC 2290113', ftRef())],
    [r(wd(15), -kplc, { party: 'Kenya Power', desc: 'Electricity — account 2290113', ref: 'KPLC-10' })],
    'reference',
  );
  const saf = amt(6000, 9000, 1);
  m.auto(
    [line(wd(18), -saf, 'SAFARICOM POSTPAY BUSINESS', ftRef())],
    [r(wd(18), -saf, { party: 'Safaricom PLC', desc: 'Postpay lines October', ref: 'SAF-10' })],
    'counterparty',
    ['name-only'],
  );

  // law reports subscription
  const la = amt(28000, 42000, 10);
  m.auto(
    [eft(wd(12), la, 'EFT LAWAFRICA PUBLISHING INV LA20419')],
    [
      r(wd(11), -la, {
        party: 'LawAfrica Publishing Ltd',
        desc: 'Law reports subscription — invoice LA20419',
        ref: 'PV-1044',
      }),
    ],
    'reference',
  );

  // a cheque written on the last working day
  m.ledgerOnly(
    r(wd(-1), -amt(7000, 9500, 100), {
      party: 'Nairobi Courier Express',
      desc: 'Courier account September — cheque 001231',
      ref: 'CHQ 001231',
    }),
    'cheque written on the last working day; not yet presented',
  );

  // month-end charges
  fee(wd(-1), -120000, 'LEDGER FEE', 'charge', ftRef());
  excise(wd(-1), 120000, 'LEDGER FEE');
  fee(wd(-1), -15000, 'SMS BANKING CHARGE', 'charge', ftRef());
  excise(wd(-1), 15000, 'SMS BANKING CHARGE');
}

// ====================================================================================================================
// ZA — a solar installer in Lichtenburg; Ditsobotla Primary Co-operative Bank; Draftworx cashbook
// ====================================================================================================================
function zaMonth(m) {
  const { wd, back, amt, line, row, fee } = m;
  const eft = (date, minor, text, ref = '') => {
    const l = line(date, -minor, text, ref);
    fee(date, -650, 'EFT FEE', 'charge');
    return l;
  };
  const r = (date, minor, o) =>
    row(date, minor, { ...o, extra: { contra: o.contra ?? (minor > 0 ? 'Trade debtors' : 'Trade creditors') } });

  // last month's payment processed on the first day
  const prior = eft(wd(0), amt(15000, 21000, 10), 'EFT HIGHVELD SOLAR DISTRIBUTORS', 'MOLOPO SOLAR');
  m.none(prior, ['prior-month']);
  m.bookOpeningAdjust = prior.minor;

  // a farmer pays a 60 % deposit and, on commissioning, the balance; each receipt booked as it came
  const vw = amt(130000, 160000, 100);
  const vwDep = Math.round(vw * 0.6);
  m.auto(
    [line(wd(1), vwDep, 'CREDIT TRANSFER JP VAN WYK BOERDERY', 'INV2217 DEP')],
    [
      r(wd(1), vwDep, {
        ref: 'RC-0931',
        party: 'JP van Wyk Boerdery',
        desc: 'Deposit 60% — solar borehole pump, INV-2217',
      }),
    ],
    'reference',
  );
  m.auto(
    [line(wd(14), vw - vwDep, 'CREDIT TRANSFER JP VAN WYK BOERDERY', 'INV2217 BAL')],
    [
      r(wd(14), vw - vwDep, {
        ref: 'RC-0948',
        party: 'JP van Wyk Boerdery',
        desc: 'Balance on commissioning — INV-2217',
      }),
    ],
    'reference',
  );

  // a household pays one invoice in two transfers (the app's daily limit); receipted once
  const mk = amt(68000, 82000, 100);
  m.auto(
    [
      line(wd(3), 5000000, 'CREDIT TRANSFER T MOKOENA', 'INV2224 BACKUP'),
      line(wd(4), mk - 5000000, 'CREDIT TRANSFER T MOKOENA', 'INV2224 BAL'),
    ],
    [
      r(wd(4), mk, {
        ref: 'RC-0935',
        party: 'Mrs T. Mokoena',
        desc: 'Backup inverter and batteries — INV-2224 (two transfers)',
      }),
    ],
    'reference',
    ['many-to-one'],
  );

  // a supermarket pays a progress claim quoting only its own payment voucher
  const sp = amt(380000, 440000, 10);
  m.suggest(
    [line(wd(5), sp, 'CREDIT TRANSFER SPAR LBURG', 'PV118843')],
    [
      r(back(wd(5), 2), sp, {
        ref: 'RC-0937',
        party: 'Lichtenburg Superspar',
        desc: 'Rooftop PV 60 kWp — progress claim 2, INV-2209',
      }),
    ],
    'amount',
    false,
    ['customer-own-reference', 'amount-only'],
  );

  // an over-payment: the customer rounded up
  const km = amt(18000, 26000, 1000);
  m.auto(
    [line(wd(6), km + 10000, 'CREDIT TRANSFER K MOLEFE', 'INV 2236')],
    [r(wd(5), km, { ref: 'RC-0939', party: 'Kgosi Molefe', desc: 'Geyser PV conversion — INV-2236' })],
    'reference',
    ['over-payment'],
  );

  // card sales through iKhokha: one payout booked net from the payout report, one booked gross per sale
  const ik1 = amt(8000, 16000, 1);
  m.auto(
    [line(wd(2), ik1, 'IKHOKHA PAYOUT', 'IKP0034471')],
    [r(wd(2), ik1, { ref: 'IKP0034471', party: 'iKhokha', desc: 'Card sales payout (net of fees)', contra: 'Sales' })],
    'reference',
    ['card-settlement'],
  );
  const g1 = amt(3000, 9000, 10);
  const g2 = amt(4000, 11000, 10);
  const net2 = g1 + g2 - Math.round((g1 + g2) * 0.0285);
  m.suggest(
    [line(wd(10), net2, 'IKHOKHA PAYOUT', 'IKP0034512')],
    [
      r(back(wd(10), 1), g1, {
        ref: 'CS-0412',
        party: 'Counter sale',
        desc: 'Card sale — panel cleaning kit',
        contra: 'Sales',
      }),
      r(back(wd(10), 1), g2, {
        ref: 'CS-0413',
        party: 'Counter sale',
        desc: 'Card sale — lithium battery',
        contra: 'Sales',
      }),
    ],
    'amount',
    false,
    ['card-settlement', 'net-of-fee', 'one-to-many'],
  );

  // suppliers
  const hs = amt(160000, 210000, 1);
  m.auto(
    [eft(wd(3), hs, 'EFT HIGHVELD SOLAR DISTRIBUTORS', 'HS55120')],
    [
      r(wd(2), -hs, {
        ref: 'PM-0611',
        party: 'Highveld Solar Distributors',
        desc: 'Panels and inverters — invoice HS55120',
      }),
    ],
    'reference',
  );
  const cs = amt(18000, 26000, 1);
  m.auto(
    [eft(wd(7), cs, 'EFT NW CABLE AND SWITCHGEAR', 'CS30871')],
    [
      r(wd(7), -cs, {
        ref: 'PM-0614',
        party: 'NW Cable & Switchgear',
        desc: 'Cable, isolators and DB boards — CS-30871',
      }),
    ],
    'reference',
  );

  // the racking supplier's account is closed: the transfer is returned, then sent to the new account
  const kr = amt(28000, 38000, 10);
  const sent = eft(wd(8), kr, 'EFT KALAHARI RACKING SYSTEMS', 'MOLOPO SOLAR');
  const returned = line(wd(10), kr, 'EFT RETURNED ACCOUNT CLOSED KALAHARI RACKING', '');
  m.reversal(sent, returned, ['returned-transfer']);
  m.auto(
    [eft(wd(11), kr, 'EFT KALAHARI RACKING SYSTEMS NEW ACC', 'MOLOPO SOLAR')],
    [r(wd(8), -kr, { ref: 'PM-0616', party: 'Kalahari Racking Systems', desc: 'Roof mounting rails and clamps' })],
    'counterparty',
    ['name-only', 'resent-after-failure'],
  );

  // debit orders
  const vf = amt(11000, 14000, 1);
  m.auto(
    [line(wd(0), -vf, 'DEBIT ORDER NORTHWEST VEHICLE FIN', '4418827')],
    [
      r(wd(0), -vf, {
        ref: 'DO-09',
        party: 'Northwest Vehicle Finance',
        desc: 'Bakkie instalment — contract 4418827',
        contra: 'Vehicle finance',
      }),
    ],
    'reference',
  );
  const voda = amt(1500, 2600, 1);
  m.auto(
    [line(wd(0), -voda, 'DEBIT ORDER VODACOM', '0072219931')],
    [r(wd(0), -voda, { ref: 'DO-09', party: 'Vodacom', desc: 'Cellphone contracts', contra: 'Telephone' })],
    'counterparty',
    ['name-only'],
  );
  const ins = amt(3000, 4800, 1);
  m.auto(
    [line(wd(0), -ins, 'DEBIT ORDER BUSHVELD INSURE', 'POL 77120')],
    [
      r(wd(0), -ins, {
        ref: 'DO-09',
        party: 'Bushveld Insure',
        desc: 'Asset and liability cover — policy 77120',
        contra: 'Insurance',
      }),
    ],
    'reference',
  );

  // SARS by payment reference number
  const emp = amt(40000, 56000, 1);
  m.auto(
    [line(wd(5), -emp, 'SARS EMP201', '7031240877251')],
    [
      r(wd(4), -emp, {
        ref: 'PRN 7031240877251',
        party: 'SARS',
        desc: 'EMP201 August — PAYE, UIF, SDL',
        contra: 'SARS PAYE control',
      }),
    ],
    'reference',
    ['statutory'],
  );
  const vat = amt(50000, 70000, 1);
  m.auto(
    [line(wd(19), -vat, 'SARS VAT201', '4031240912876')],
    [r(wd(18), -vat, { ref: 'PRN 4031240912876', party: 'SARS', desc: 'VAT201 July–August', contra: 'VAT control' })],
    'reference',
    ['statutory'],
  );

  // monthly salaries by batch; casual installers weekly by name of the batch
  const sal = amt(150000, 190000, 1);
  m.auto(
    [line(wd(18), -sal, 'BATCH PAYMENT SALARIES', 'BATCH 88501')],
    [
      r(wd(17), -sal, {
        ref: 'SAL-09',
        party: '',
        desc: 'Net salaries September — batch 88501',
        contra: 'Salaries control',
      }),
    ],
    'reference',
    ['payroll'],
  );
  fee(wd(18), -5400, 'BATCH FEE 12 ITEMS', 'charge');
  const wages = new Set();
  for (const [i, wk] of [
    [4, 36],
    [9, 37],
    [13, 38],
    [18, 39],
  ]) {
    let w = amt(7500, 12000, 50);
    while (wages.has(w)) w += 5000; // two weeks of equal wages would be twins, which they are not meant to be
    wages.add(w);
    m.auto(
      [eft(wd(i), w, 'EFT CASUAL INSTALLERS WAGES', `WK${wk}`)],
      [r(wd(i), -w, { ref: `CW-${wk}`, party: '', desc: `Casual installers — week ${wk}`, contra: 'Wages' })],
      'counterparty',
      ['payroll'],
    );
  }

  // municipal rates and water
  const rates = amt(1800, 2600, 1);
  m.auto(
    [line(wd(12), -rates, 'DITSOBOTLA LM RATES', 'ACC 30011457')],
    [
      r(wd(12), -rates, {
        ref: 'PM-0622',
        party: 'Ditsobotla Local Municipality',
        desc: 'Rates and water — account 30011457',
        contra: 'Rates and water',
      }),
    ],
    'reference',
  );

  // a refund of a cancelled quote's deposit
  const sb = amt(12000, 18000, 500);
  m.auto(
    [eft(wd(12), sb, 'EFT REFUND N SEBOLAI', 'QUO1051 CANCELLED')],
    [
      r(wd(12), -sb, {
        ref: 'PM-0623',
        party: 'N. Sebolai',
        desc: 'Refund of deposit — quote Q1051 cancelled',
        contra: 'Customer deposits',
      }),
    ],
    'reference',
    ['refund'],
  );

  // a tie: two equal open receipts of one farmer; he pays one by name
  const hs2 = amt(7000, 10000, 50);
  m.tie(
    line(wd(15), hs2, 'CREDIT TRANSFER H SWANEPOEL', 'POMP'),
    [
      r(wd(9), hs2, { ref: 'RC-0944', party: 'Hendrik Swanepoel', desc: 'Pump controller repair — north borehole' }),
      r(wd(11), hs2, { ref: 'RC-0946', party: 'Hendrik Swanepoel', desc: 'Pump controller repair — kraal borehole' }),
    ],
    'counterparty',
    ['tie'],
  );

  // twins: a guest lodge pays two equal service invoices the same day, its reference left blank
  const bg = amt(3500, 5000, 50);
  m.twins(
    [
      line(wd(16), bg, 'CREDIT TRANSFER BOPHELO GUEST LODGE', ''),
      line(wd(16), bg, 'CREDIT TRANSFER BOPHELO GUEST LODGE', ''),
    ],
    [
      r(wd(15), bg, { ref: 'RC-0951', party: 'Bophelo Guest Lodge', desc: 'Annual service of PV system' }),
      r(wd(15), bg, { ref: 'RC-0952', party: 'Bophelo Guest Lodge', desc: 'Annual service of PV system' }),
    ],
    'counterparty',
    ['twins'],
  );

  // two invoices in one transfer
  const c1 = amt(30000, 45000, 1);
  const c2 = amt(20000, 32000, 1);
  m.auto(
    [line(wd(16), c1 + c2, 'CREDIT TRANSFER COLIGNY GRAAN KOOP', 'INV 2238 EN 2240')],
    [
      r(wd(15), c1, {
        ref: 'RC-0953',
        party: 'Coligny Graan Koöperasie',
        desc: 'Silo pump solar conversion — INV-2238',
      }),
      r(wd(15), c2, { ref: 'RC-0954', party: 'Coligny Graan Koöperasie', desc: 'Workshop lighting — INV-2240' }),
    ],
    'reference',
    ['one-to-many'],
  );

  // an exact invoice payment by a bakery customer
  const ib = amt(14000, 22000, 1);
  m.auto(
    [line(wd(17), ib, 'CREDIT TRANSFER ITSOSENG BAKERY', 'INV2241')],
    [r(wd(16), ib, { ref: 'RC-0955', party: 'Itsoseng Bakery', desc: 'Oven circuit backup — INV-2241' })],
    'reference',
  );

  // decoy: a towing firm sharing a customer's surname refunds exactly what the customer promised
  const dk = amt(10000, 15000, 500);
  m.ledgerOnly(
    r(wd(13), dk, { ref: 'RC-0947', party: 'Lesego Dikgang', desc: 'Deposit — backup system, quote Q1063' }),
    'receipt booked from the customer’s promise; no such transfer this month',
  );
  m.none(line(wd(17), dk, 'CREDIT TRANSFER DIKGANG TOWING', 'REFUND DUPL PMT'), ['decoy', 'supplier-refund']);

  // an unknown cash deposit at the branch, and its fee
  m.none(line(wd(18), amt(2000, 4000, 50), 'CASH DEPOSIT LICHTENBURG', ''), ['unknown']);
  fee(wd(18), -4500, 'CASH DEPOSIT FEE', 'charge');

  // from the co-operative savings account to the current account
  const sv = amt(60000, 100000, 5000);
  m.auto(
    [line(wd(7), sv, 'TRANSFER FROM SAVINGS', 'SAV 10045871')],
    [
      r(wd(7), sv, {
        ref: 'JNL-0907',
        party: '',
        desc: 'Transfer from savings account 10045871',
        contra: 'Co-op savings account',
      }),
    ],
    'reference',
    ['own-account'],
  );

  // hardware by name, fuel by card statement
  const hw = amt(2500, 5500, 1);
  m.auto(
    [eft(wd(9), hw, 'EFT LICHTENBURG HARDWARE', 'MOLOPO SOLAR')],
    [
      r(wd(8), -hw, {
        ref: 'PM-0618',
        party: 'Lichtenburg Hardware',
        desc: 'Conduit, fixings and silicone',
        contra: 'Consumables',
      }),
    ],
    'counterparty',
    ['name-only'],
  );
  const fuel = amt(6000, 9500, 1);
  m.auto(
    [line(wd(2), -fuel, 'DEBIT ORDER FLEETFUEL CARD', 'FLT 20931')],
    [
      r(wd(2), -fuel, {
        ref: 'DO-09',
        party: 'FleetFuel',
        desc: 'Fuel card — August statement FLT 20931',
        contra: 'Fuel',
      }),
    ],
    'reference',
  );

  // a supplier payment authorised on the last day
  m.ledgerOnly(
    r(wd(-1), -amt(40000, 60000, 1), {
      ref: 'PM-0629',
      party: 'Highveld Solar Distributors',
      desc: 'Inverters for October installs',
    }),
    'authorised on the last working day; processed by the bank in October',
  );

  // month-end
  fee(wd(-1), -7500, 'MONTHLY ADMIN FEE', 'charge');
  fee(wd(-1), -1240, 'SMS NOTIFICATIONS', 'charge');
  m.fee(wd(-1), m.amt(20, 60, 0.01), 'CREDIT INTEREST', 'interest');
}

// ====================================================================================================================
// the four sets
// ====================================================================================================================
const SETS = [
  {
    set: 'ng-opay-avanti',
    country: 'NG',
    currency: 'NGN',
    timezone: 'Africa/Lagos',
    period: { from: '2031-11-01', to: '2031-11-30' },
    holidays: [],
    opening: [2800000, 3600000],
    bank: 'OPay Digital Services Ltd (business account)',
    package: 'Avanti Slingshot (Bank Account Activity of 1020 OPay Business, exported to CSV)',
    business:
      'a printing press in Oluyole Industrial Estate, Ibadan (jobs for publishers, schools, churches and walk-in customers)',
    ledgerAccount: '1020',
    month: ngMonth,
  },
  {
    set: 'gh-bonzali-flectra',
    country: 'GH',
    currency: 'GHS',
    timezone: 'Africa/Accra',
    period: { from: '2031-12-01', to: '2031-12-31' },
    holidays: ['2031-12-05', '2031-12-25', '2031-12-26'],
    opening: [180000, 240000],
    bank: 'Bonzali Rural Bank Ltd',
    package: 'Flectra (General Ledger of 1012 Bonzali Rural Bank, exported to Excel)',
    business:
      'a borehole-drilling firm in Tamale (district assemblies, an NGO, farms and households; rig, casings, pumps)',
    ledgerAccount: '1012',
    month: ghMonth,
  },
  {
    set: 'ke-creditbank-clio',
    country: 'KE',
    currency: 'KES',
    timezone: 'Africa/Nairobi',
    period: { from: '2031-10-01', to: '2031-10-31' },
    holidays: ['2031-10-10', '2031-10-20'],
    opening: [1400000, 2000000],
    bank: 'Credit Bank Plc',
    package: 'Clio Manage (transactions of the Operating account, exported to CSV)',
    business:
      'a law firm’s office account in Upper Hill, Nairobi (fee notes, retainers, client-account transfers, disbursements)',
    ledgerAccount: 'Operating — Credit Bank',
    month: keMonth,
  },
  {
    set: 'za-ditsobotla-draftworx',
    country: 'ZA',
    currency: 'ZAR',
    timezone: 'Africa/Johannesburg',
    period: { from: '2031-09-01', to: '2031-09-30' },
    holidays: ['2031-09-24'],
    opening: [250000, 340000],
    bank: 'Ditsobotla Primary Co-operative Bank Ltd',
    package: 'Draftworx (Cashbook report of 8400 Ditsobotla Co-op Bank, exported to Excel)',
    business: 'a solar and pump installer in Lichtenburg (farm borehole pumps, home backup, commercial rooftops)',
    ledgerAccount: '8400',
    month: zaMonth,
  },
];

// ---------- statement and ledger writers: they give every line and row its spreadsheet row ----------
function csvField(v, sep) {
  const s = String(v);
  return s.includes(sep) || s.includes('"') ? `"${s.replace(/"/g, '""')}"` : s;
}
const csv = (rows, sep = ',') => rows.map((r) => r.map((v) => csvField(v, sep)).join(sep)).join('\r\n') + '\r\n';

function xlsxBytes(sheetName, aoa, dateCols, dateFmt, moneyCols, headerRow) {
  const ws = XLSX.utils.aoa_to_sheet(aoa);
  for (let r = headerRow; r < aoa.length; r++) {
    for (const c of dateCols) {
      const ref = XLSX.utils.encode_cell({ r, c });
      if (ws[ref] && typeof ws[ref].v === 'number') {
        ws[ref].t = 'n';
        ws[ref].z = dateFmt;
      }
    }
    for (const c of moneyCols) {
      const ref = XLSX.utils.encode_cell({ r, c });
      if (ws[ref] && typeof ws[ref].v === 'number') ws[ref].z = '#,##0.00';
    }
  }
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  const when = new Date(Date.UTC(2032, 0, 15, 9, 0, 0));
  wb.Props = { Title: sheetName, Author: 'bankfeed corpus', CreatedDate: when, ModifiedDate: when };
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
}

/** chronological lines with running balances */
function withBalances(lines, opening) {
  let bal = opening;
  for (const l of lines) {
    bal += l.minor;
    l.balance = bal;
    if (bal < 0) throw new Error(`overdrawn at ${l.date} ${l.text}`);
  }
  return bal;
}

const WRITERS = {
  'ng-opay-avanti': {
    bankFile: 'opay-5527-nov2031.xlsx',
    ledgerFile: 'avanti-bank-activity-1020-nov2031.csv',
    bank(m, file) {
      // newest first, as the app exports it; times of day rise through each day
      const stamp = new Map();
      let last = '';
      let sec = 0;
      for (const l of m.lines) {
        if (l.date !== last) {
          last = l.date;
          sec = 7 * 3600 + Math.floor(m.rng() * 3600);
        }
        sec += 60 + Math.floor(m.rng() * 1500);
        if (sec > 86399) sec = 86399;
        const hh = String(Math.floor(sec / 3600)).padStart(2, '0');
        const mm = String(Math.floor((sec % 3600) / 60)).padStart(2, '0');
        const ss = String(sec % 60).padStart(2, '0');
        stamp.set(l, `${l.date} ${hh}:${mm}:${ss}`);
      }
      const aoa = [
        ['OPay Digital Services Limited'],
        ['Business Account Statement'],
        ['Account Name', 'OLUYOLE PRINTING PRESS LTD'],
        ['Account Number', '81****5527'],
        ['Period', `${dMonY(m.def.period.from, ' ')} - ${dMonY(m.def.period.to, ' ')}`],
        ['Opening Balance', cell(m.opening)],
        ['Closing Balance', cell(m.closing)],
        [],
        [
          'Trans. Time',
          'Value Date',
          'Description',
          'Debit(₦)',
          'Credit(₦)',
          'Balance After(₦)',
          'Channel',
          'Transaction Reference',
        ],
      ];
      const headerRow = aoa.length;
      for (const l of [...m.lines].reverse()) {
        l.row = aoa.length + 1;
        aoa.push([
          stamp.get(l),
          l.valueDate,
          l.text,
          l.minor < 0 ? cell(-l.minor) : '',
          l.minor > 0 ? cell(l.minor) : '',
          cell(l.balance),
          l.ch,
          l.ref,
        ]);
      }
      writeFileSync(file, xlsxBytes('Account Statement', aoa, [], '', [3, 4, 5], headerRow));
      return {
        headerRow,
        order: 'newest-first',
        layout:
          'OPay business statement as XLSX (sheet `Account Statement`): preamble with opening/closing balances, header row 9, `Trans. Time` text `yyyy-mm-dd hh:mm:ss`, `Value Date` text `yyyy-mm-dd`, numeric Debit/Credit, newest first',
        readOptions: {
          sheet: 'Account Statement',
          currency: 'NGN',
          dateOrder: 'YMD',
          mapping: {
            date: 'Trans. Time',
            valueDate: 'Value Date',
            description: 'Description',
            reference: 'Transaction Reference',
            moneyOut: 'Debit(₦)',
            moneyIn: 'Credit(₦)',
            balance: 'Balance After(₦)',
          },
        },
      };
    },
    ledger(m, file) {
      const out = [
        ['Oluyole Printing Press Ltd'],
        ['Bank Account Activity — 1020 OPay Business Account'],
        [`Date Range: ${dmy(m.def.period.from)} to ${dmy(m.def.period.to)}`],
        [],
        ['Post Date', 'Source', 'Doc #', 'Customer/Vendor', 'Memo', 'Deposit', 'Withdrawal', 'Balance'],
        [dmy(m.def.period.from), '', '', '', 'Beginning Balance', '', '', grouped(m.bookOpening)],
      ];
      const nonEntryRows = [{ row: 6, why: 'beginning balance of the account, dated the first day; not an entry' }];
      let bal = m.bookOpening;
      let dep = 0;
      let wdl = 0;
      for (const r of m.sortedRows) {
        bal += r.minor;
        r.row = out.length + 1;
        if (r.minor > 0) dep += r.minor;
        else wdl -= r.minor;
        out.push([
          dmy(r.date),
          r.src,
          r.ref,
          r.party,
          r.desc,
          r.minor > 0 ? grouped(r.minor) : '',
          r.minor < 0 ? grouped(-r.minor) : '',
          grouped(bal),
        ]);
      }
      nonEntryRows.push({ row: out.length + 1, why: 'report total, undated' });
      out.push(['', '', '', '', 'Total', grouped(dep), grouped(wdl), '']);
      writeFileSync(file, csv(out));
      return {
        headerRow: 5,
        nonEntryRows,
        layout:
          'Avanti Slingshot Bank Account Activity as CSV: three title rows, header row 5, `dd/mm/yyyy`, grouped amounts, a dated Beginning Balance row and an undated Total row',
        readOptions: {
          currency: 'NGN',
          dateOrder: 'DMY',
          mapping: {
            date: 'Post Date',
            reference: 'Doc #',
            party: 'Customer/Vendor',
            description: 'Memo',
            moneyIn: 'Deposit',
            moneyOut: 'Withdrawal',
            balance: 'Balance',
          },
        },
        ledgerText: (r) => ({ description: r.desc, reference: r.ref, party: r.party }),
      };
    },
  },
  'gh-bonzali-flectra': {
    bankFile: 'bonzali-0274-dec2031.csv',
    ledgerFile: 'flectra-gl-1012-dec2031.xlsx',
    bank(m, file) {
      const out = [
        ['BONZALI RURAL BANK LTD'],
        ['STATEMENT OF ACCOUNT'],
        ['Account Name:', 'SUNG-NAAYA DRILLING & WATER SERVICES LTD'],
        ['Account No:', '*******0274'],
        ['Currency:', 'GHS'],
        ['Period:', `${dmy(m.def.period.from)} to ${dmy(m.def.period.to)}`],
        ['TXN DATE', 'VALUE DATE', 'PARTICULARS', 'CHQ NO', 'DEBIT', 'CREDIT', 'BALANCE'],
        [dmy(m.def.period.from), dmy(m.def.period.from), 'BALANCE B/F', '', '', '', grouped(m.opening)],
      ];
      let dr = 0;
      let cr = 0;
      for (const l of m.lines) {
        l.row = out.length + 1;
        if (l.minor < 0) dr -= l.minor;
        else cr += l.minor;
        out.push([
          dmy(l.date),
          dmy(l.valueDate),
          l.text,
          l.chq,
          l.minor < 0 ? grouped(-l.minor) : '',
          l.minor > 0 ? grouped(l.minor) : '',
          grouped(l.balance),
        ]);
      }
      out.push(['', '', 'BALANCE C/F', '', grouped(dr), grouped(cr), grouped(m.closing)]);
      writeFileSync(file, csv(out));
      return {
        headerRow: 7,
        order: 'oldest-first',
        layout:
          'Bonzali Rural Bank statement as CSV: six preamble rows, header row 7, `dd/mm/yyyy`, grouped amounts, cheque numbers in their own column, a dated BALANCE B/F row and an undated BALANCE C/F row with the period totals',
        readOptions: {
          currency: 'GHS',
          dateOrder: 'DMY',
          mapping: {
            date: 'TXN DATE',
            valueDate: 'VALUE DATE',
            description: 'PARTICULARS',
            reference: 'CHQ NO',
            moneyOut: 'DEBIT',
            moneyIn: 'CREDIT',
            balance: 'BALANCE',
          },
        },
      };
    },
    ledger(m, file) {
      const aoa = [
        ['Sung-Naaya Drilling & Water Services Ltd'],
        ['General Ledger'],
        ['Account: 1012 Bonzali Rural Bank — Current'],
        [`Date from: ${dmy(m.def.period.from)}   Date to: ${dmy(m.def.period.to)}`],
        [],
        ['Date', 'Journal', 'Partner', 'Ref', 'Label', 'Debit', 'Credit', 'Balance'],
        [serial(m.def.period.from), '', '', '', 'Initial Balance', '', '', cell(m.bookOpening)],
      ];
      const headerRow = 6;
      const nonEntryRows = [{ row: 7, why: 'initial balance of the account, dated the first day; not an entry' }];
      let bal = m.bookOpening;
      let dr = 0;
      let cr = 0;
      for (const r of m.sortedRows) {
        bal += r.minor;
        r.row = aoa.length + 1;
        if (r.minor > 0) dr += r.minor;
        else cr -= r.minor;
        aoa.push([
          serial(r.date),
          r.src,
          r.party,
          r.ref,
          r.desc,
          r.minor > 0 ? cell(r.minor) : '',
          r.minor < 0 ? cell(-r.minor) : '',
          cell(bal),
        ]);
      }
      nonEntryRows.push({ row: aoa.length + 1, why: 'report total, undated' });
      aoa.push(['', '', '', '', 'Total', cell(dr), cell(cr), cell(bal)]);
      writeFileSync(file, xlsxBytes('General Ledger', aoa, [0], 'dd/mm/yyyy', [5, 6, 7], headerRow));
      return {
        headerRow,
        nonEntryRows,
        layout:
          'Flectra General Ledger of one account as XLSX (sheet `General Ledger`): four title rows, header row 6, date cells shown `dd/mm/yyyy`, numeric Debit (money in) / Credit (money out), a dated Initial Balance row and an undated Total row',
        readOptions: {
          sheet: 'General Ledger',
          currency: 'GHS',
          mapping: {
            date: 'Date',
            party: 'Partner',
            reference: 'Ref',
            description: 'Label',
            moneyIn: 'Debit',
            moneyOut: 'Credit',
            balance: 'Balance',
          },
        },
        ledgerText: (r) => ({ description: r.desc, reference: r.ref, party: r.party }),
      };
    },
  },
  'ke-creditbank-clio': {
    bankFile: 'creditbank-2211-oct2031.xlsx',
    ledgerFile: 'clio-operating-transactions-oct2031.csv',
    bank(m, file) {
      const aoa = [
        ['CREDIT BANK PLC'],
        ['CUSTOMER ACCOUNT STATEMENT'],
        ['Account Title:', 'WANJIRU ODHIAMBO & KIPROP LLP - OFFICE ACCOUNT'],
        ['Account No:', '0150*******2211'],
        ['Currency:', 'KES'],
        ['Statement Period:', `${dMonY(m.def.period.from)} to ${dMonY(m.def.period.to)}`],
        [],
        ['Tran Date', 'Value Date', 'Narrative', 'Reference', 'Debit', 'Credit', 'Book Balance'],
        ['', '', 'OPENING BALANCE', '', '', '', cell(m.opening)],
      ];
      const headerRow = 8;
      for (const l of m.lines) {
        l.row = aoa.length + 1;
        aoa.push([
          serial(l.date),
          serial(l.valueDate),
          l.text,
          l.ref,
          l.minor < 0 ? cell(-l.minor) : '',
          l.minor > 0 ? cell(l.minor) : '',
          cell(l.balance),
        ]);
      }
      aoa.push(['', '', 'CLOSING BALANCE', '', '', '', cell(m.closing)]);
      writeFileSync(file, xlsxBytes('Statement', aoa, [0, 1], 'dd/mm/yyyy', [4, 5, 6], headerRow));
      return {
        headerRow,
        order: 'oldest-first',
        layout:
          'Credit Bank customer statement as XLSX (sheet `Statement`): six preamble rows, header row 8, date cells shown `dd/mm/yyyy`, value dates later than posting for cheques, numeric Debit/Credit, undated OPENING and CLOSING BALANCE rows',
        readOptions: {
          sheet: 'Statement',
          currency: 'KES',
          mapping: {
            date: 'Tran Date',
            valueDate: 'Value Date',
            description: 'Narrative',
            reference: 'Reference',
            moneyOut: 'Debit',
            moneyIn: 'Credit',
            balance: 'Book Balance',
          },
        },
      };
    },
    ledger(m, file) {
      const out = [['Date', 'Type', 'Matter', 'Client', 'Description', 'Reference', 'Amount', 'Balance']];
      let bal = m.bookOpening;
      for (const r of m.sortedRows) {
        bal += r.minor;
        r.row = out.length + 1;
        out.push([dmy(r.date), r.type, r.matter, r.party, r.desc, r.ref, dec(r.minor), dec(bal)]);
      }
      writeFileSync(file, csv(out));
      return {
        headerRow: 1,
        nonEntryRows: [],
        layout:
          'Clio Manage bank-account transactions as CSV: header on row 1, no opening or total rows, `dd/mm/yyyy`, one signed Amount (plain digits), a running Balance; the Matter column is read with the Description',
        readOptions: {
          currency: 'KES',
          dateOrder: 'DMY',
          mapping: {
            date: 'Date',
            description: ['Matter', 'Description'],
            reference: 'Reference',
            party: 'Client',
            amount: 'Amount',
            balance: 'Balance',
          },
        },
        ledgerText: (r) => ({
          description: [r.matter, r.desc].filter((x) => x !== '').join(' — '),
          reference: r.ref,
          party: r.party,
        }),
      };
    },
  },
  'za-ditsobotla-draftworx': {
    bankFile: 'ditsobotla-6630-sep2031.csv',
    ledgerFile: 'draftworx-cashbook-8400-sep2031.xlsx',
    bank(m, file) {
      const za = (minor) => grouped(minor, ' ', ',');
      const out = [
        ['Ditsobotla Primary Co-operative Bank Ltd'],
        ['Member: MOLOPO SOLAR & PUMPS (PTY) LTD'],
        ['Account: ****6630 Business Current'],
        [`Period: ${dmy(m.def.period.from)} - ${dmy(m.def.period.to)}`],
        ['Date', 'Description', 'Reference', 'Debit', 'Credit', 'Balance'],
      ];
      for (const l of m.lines) {
        l.row = out.length + 1;
        out.push([
          dmy(l.date),
          l.text,
          l.ref,
          l.minor < 0 ? za(-l.minor) : '',
          l.minor > 0 ? za(l.minor) : '',
          za(l.balance),
        ]);
      }
      writeFileSync(file, csv(out, ';'));
      return {
        headerRow: 5,
        order: 'oldest-first',
        layout:
          'Ditsobotla co-operative bank statement as semicolon CSV: four preamble rows, header row 5, `dd/mm/yyyy`, decimal comma with space thousands, Debit/Credit magnitudes, no opening or closing row (opening = first balance − first movement)',
        readOptions: {
          currency: 'ZAR',
          dateOrder: 'DMY',
          decimalSeparator: ',',
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
    ledger(m, file) {
      const aoa = [
        ['Molopo Solar & Pumps (Pty) Ltd'],
        ['Cashbook report — 8400 Ditsobotla Co-op Bank'],
        [`Period: ${dmy(m.def.period.from)} - ${dmy(m.def.period.to)}`],
        [],
        ['Date', 'Reference', 'Description', 'Contra Account', 'Customer/Supplier', 'Receipts', 'Payments', 'Balance'],
        [serial(m.def.period.from), '', 'Opening balance', '', '', '', '', cell(m.bookOpening)],
      ];
      const headerRow = 5;
      const nonEntryRows = [{ row: 6, why: 'opening balance, dated the first day; not an entry' }];
      let bal = m.bookOpening;
      for (const r of m.sortedRows) {
        bal += r.minor;
        r.row = aoa.length + 1;
        aoa.push([
          serial(r.date),
          r.ref,
          r.desc,
          r.contra,
          r.party,
          r.minor > 0 ? cell(r.minor) : '',
          r.minor < 0 ? cell(-r.minor) : '',
          cell(bal),
        ]);
      }
      nonEntryRows.push({ row: aoa.length + 1, why: 'closing balance, dated the last day; not an entry' });
      aoa.push([serial(m.def.period.to), '', 'Closing balance', '', '', '', '', cell(bal)]);
      writeFileSync(file, xlsxBytes('Cashbook', aoa, [0], 'yyyy/mm/dd', [5, 6, 7], headerRow));
      return {
        headerRow,
        nonEntryRows,
        layout:
          'Draftworx cashbook report as XLSX (sheet `Cashbook`): three title rows, header row 5, date cells shown `yyyy/mm/dd`, numeric Receipts/Payments, dated Opening and Closing balance rows',
        readOptions: {
          sheet: 'Cashbook',
          currency: 'ZAR',
          mapping: {
            date: 'Date',
            reference: 'Reference',
            description: 'Description',
            party: 'Customer/Supplier',
            moneyIn: 'Receipts',
            moneyOut: 'Payments',
            balance: 'Balance',
          },
        },
        ledgerText: (r) => ({ description: r.desc, reference: r.ref, party: r.party }),
      };
    },
  },
};

// ---------- checks the generator refuses to write without ----------
function check(m, lt) {
  const rowText = (r) => {
    const t = lt(r);
    return `${t.description} ${t.reference} ${t.party}`;
  };
  const lineText = (l) => `${l.text} ${l.chq || l.ref}`;
  for (const l of m.lines) if (!l.d) throw new Error(`${m.def.set}: undecided line ${l.text}`);
  for (const r of m.rows) if (!r.owner) throw new Error(`${m.def.set}: unowned row ${r.desc}`);
  for (const l of m.lines) {
    const d = l.d;
    if (d.decision === 'auto' || d.decision === 'suggest') {
      const sets = d.anyOf ?? [d.rows];
      for (const s of sets) {
        const ev = best(s.map((r) => evidenceOf(lineText(l), rowText(r))));
        if (ev !== d.evidence) throw new Error(`${m.def.set}: evidence of "${l.text}" is ${ev}, meant ${d.evidence}`);
      }
      if (d.decision === 'auto' && d.evidence === 'amount')
        throw new Error(`${m.def.set}: auto on amount alone: ${l.text}`);
      if (d.decision === 'auto' && !d.twins) {
        for (const r of m.rows) {
          if (d.rows.includes(r) || r.minor !== l.minor) continue;
          if (evidenceOf(lineText(l), rowText(r)) !== 'amount')
            throw new Error(`${m.def.set}: another row of ${l.text}'s amount shares evidence`);
        }
        const bankSum = m.lines
          .filter((x) => x.d === d || (d.group && x.d?.group === d.group))
          .reduce((a, x) => a + x.minor, 0);
        const bookSum = d.rows.reduce((a, r) => a + r.minor, 0);
        d.difference = bankSum - bookSum;
        if (abs(d.difference) * 10 > abs(bookSum)) throw new Error(`${m.def.set}: difference over 10 % on ${l.text}`);
      }
    }
    if (d.decision === 'reversal-pair' && l.minor + d.partner.minor !== 0)
      throw new Error(`${m.def.set}: reversal does not cancel`);
    if ((d.decision === 'none' || d.decision === 'bank-only') && !d.traits.includes('decoy')) {
      if (m.rows.some((r) => r.minor === l.minor))
        throw new Error(`${m.def.set}: ${d.decision} line ${l.text} has a row of its amount`);
    }
  }
  // a charge or levy must not quote a number or code of a book row
  for (const l of m.lines) {
    if (l.d.decision !== 'bank-only') continue;
    const a = tokens(lineText(l));
    for (const r of m.rows) {
      const b = tokens(rowText(r));
      if (meets(a.nums, b.nums) || meets(a.codes, b.codes))
        throw new Error(`${m.def.set}: charge ${l.text} quotes a row's number`);
    }
  }
}

// ---------- truth, reconcile JSON, index ----------
async function jsonText(value, file) {
  // the repository's settings, wherever --out writes
  const options = (await prettier.resolveConfig(join(here, 'index.json'))) ?? {};
  return prettier.format(JSON.stringify(value), { ...options, filepath: file });
}

async function build(def, i) {
  const rng = mulberry32(seed + i * 7919);
  const m = newMonth(def, rng);
  m.opening = m.amt(def.opening[0], def.opening[1], 0.01);
  def.month(m);
  const w = WRITERS[def.set];
  // chronological order, stable within a day
  m.lines = m.lines
    .map((l, k) => ({ l, k }))
    .sort((a, b) => (a.l.date < b.l.date ? -1 : a.l.date > b.l.date ? 1 : a.k - b.k))
    .map((x) => x.l);
  m.sortedRows = m.rows
    .map((r, k) => ({ r, k }))
    .sort((a, b) => (a.r.date < b.r.date ? -1 : a.r.date > b.r.date ? 1 : a.k - b.k))
    .map((x) => x.r);
  m.closing = withBalances(m.lines, m.opening);
  m.bookOpening = m.opening + (m.bookOpeningAdjust ?? 0);
  m.bookClosing = m.bookOpening + m.rows.reduce((a, r) => a + r.minor, 0);

  const dir = join(outDir, def.set);
  mkdirSync(dir, { recursive: true });
  const bankInfo = w.bank(m, join(dir, w.bankFile));
  const ledgerInfo = w.ledger(m, join(dir, w.ledgerFile));
  check(m, ledgerInfo.ledgerText);

  const rowRef = (r) => ({ file: w.ledgerFile, row: r.row, date: r.date, amount: dec(r.minor) });
  const lineRef = (l) => ({
    file: w.bankFile,
    row: l.row,
    date: l.date,
    amount: dec(l.minor),
    text: l.text,
    reference: l.chq || l.ref,
  });
  const EXPECT = {
    auto: 'match',
    suggest: 'match',
    none: 'no-counterpart',
    'bank-only': 'bank-only',
    'reversal-pair': 'reversal-pair',
  };
  const bank = [...m.lines]
    .sort((a, b) => a.row - b.row)
    .map((l) => {
      const d = l.d;
      const t = { ref: lineRef(l), expect: EXPECT[d.decision], decision: d.decision };
      if (d.anyOf) {
        t.ledger = null;
        t.ledgerAnyOf = d.anyOf.map((s) => s.map(rowRef));
      } else t.ledger = d.rows ? d.rows.map(rowRef) : [];
      t.group = d.group ?? null;
      t.ambiguous = Boolean(d.twins);
      t.partner = d.partner ? lineRef(d.partner) : null;
      if (d.evidence) t.evidence = d.evidence;
      if (d.decision === 'suggest') t.mustNotAuto = d.mustNotAuto;
      if (d.decision === 'auto' && d.difference) t.difference = dec(d.difference);
      if (d.kind) t.kind = d.kind;
      t.traits = d.traits;
      return t;
    });
  const ledgerOnly = m.sortedRows.filter((r) => r.owner === 'ledgerOnly').map((r) => ({ ...rowRef(r), why: r.why }));
  const notes = {
    'ng-opay-avanti': [
      'The OPay statement is newest first; every outward transfer carries a ₦10 transfer fee on its own line and every inward transfer of ₦10,000 or more the ₦50 electronic money transfer levy (reversal credits excepted).',
      'Card payments at the counter are credited one by one net of a 0.5 % acquiring fee; the books take the day’s takings gross in one receipt (suggest, the lines share a group).',
      'The Polytechnic pays through the state treasury (Remita) less 5 % WHT on the value before VAT: matched with the difference. The CAC church writes its name as initials: the right row, but on amount evidence only (suggest).',
      'Decoy: Adeniran Paper Merchants refunds a damaged-reels credit note of exactly the deposit Pastor Oyebanji Adeniran promised: the line is none, his receipt ledger-only.',
    ],
    'gh-bonzali-flectra': [
      'District assemblies pay certificates less 5 % WHT; Kumbungu’s voucher carries only “CERT 3” (too short a number), so the match rests on the name.',
      'A customer’s cheque lodged on the 8th is returned on the 11th: reversal pair, its receipt ledger-only. Cheques issued on the 30th and 31st are unpresented (ledger-only).',
      'The equipment loan recovery is one line against two book rows (principal and interest).',
      'Decoy: Seidu Abdul-Razak sends by mobile money exactly what Seidu Abdul-Rahman promised: none, the promise ledger-only.',
    ],
    'ke-creditbank-clio': [
      'The statement is the office account; transfers in from the firm’s client account on completion are own-account transfers and quote the matter number.',
      'M-PESA paybill settlements arrive net of the paybill charges; the books hold each retainer gross, so the settlement against its rows is a suggest.',
      'Every EFT and PesaLink charge, the returned-cheque charge, the ledger fee and the SMS charge bear 20 % excise duty on their own line (`tax`).',
      'Decoy: Chelangat Stationers refunds a duplicate payment of exactly the sum the client Ruth Chelangat promised: none, her receipt ledger-only.',
    ],
    'za-ditsobotla-draftworx': [
      'The statement has no opening row; its opening balance is the first running balance less the first movement.',
      'The supermarket quotes only its own payment voucher number (suggest on amount). One iKhokha payout is booked net from the payout report with its id; the other is booked as two gross card sales.',
      'The racking supplier’s account was closed: the EFT is returned two days later and sent again to the new account (name-only match).',
      'Decoy: Dikgang Towing refunds a duplicate payment of exactly the deposit Lesego Dikgang promised: none, the promise ledger-only.',
    ],
  }[def.set];
  const truth = {
    set: def.set,
    country: def.country,
    currency: def.currency,
    timezone: def.timezone,
    period: def.period,
    seed,
    publicHolidays: def.holidays,
    bankFiles: [
      {
        file: w.bankFile,
        bank: def.bank,
        layout: bankInfo.layout,
        order: bankInfo.order,
        headerRow: bankInfo.headerRow,
        ledgerAccount: def.ledgerAccount,
        readOptions: bankInfo.readOptions,
        openingBalance: dec(m.opening),
        closingBalance: dec(m.closing),
      },
    ],
    ledgerFiles: [
      {
        file: w.ledgerFile,
        package: def.package,
        layout: ledgerInfo.layout,
        headerRow: ledgerInfo.headerRow,
        readOptions: ledgerInfo.readOptions,
        nonEntryRows: ledgerInfo.nonEntryRows,
        openingBalance: dec(m.bookOpening),
        closingBalance: dec(m.bookClosing),
      },
    ],
    bank,
    ledgerOnly,
    notes,
  };
  const truthFile = join(dir, 'truth.json');
  writeFileSync(truthFile, await jsonText(truth, truthFile));

  const lt = ledgerInfo.ledgerText;
  const doc = {
    options: { timezone: def.timezone },
    bank: [...m.lines]
      .sort((a, b) => a.row - b.row)
      .map((l) => ({
        id: `${w.bankFile}#${l.row}`,
        date: l.date,
        amount: dec(l.minor),
        currency: def.currency,
        narration: l.text,
        reference: (l.chq || l.ref) === '' ? null : l.chq || l.ref,
        counterparty: null,
        balance: dec(l.balance),
      })),
    ledger: m.sortedRows.map((r) => {
      const t = lt(r);
      return {
        id: `${w.ledgerFile}#${r.row}`,
        date: r.date,
        amount: dec(r.minor),
        currency: def.currency,
        reference: t.reference === '' ? null : t.reference,
        description: t.description,
        party: t.party === '' ? null : t.party,
        account: def.ledgerAccount,
      };
    }),
    statement: {
      from: def.period.from,
      to: def.period.to,
      bankBalance: dec(m.closing),
      bookBalance: dec(m.bookClosing),
    },
  };
  const docFile = join(dir, `reconcile.${w.bankFile}.json`);
  writeFileSync(docFile, await jsonText(doc, docFile));

  const count = (f) => bank.filter(f).length;
  const decisions = {};
  for (const b of bank) decisions[b.decision] = (decisions[b.decision] ?? 0) + 1;
  const kinds = {};
  for (const b of bank) if (b.kind) kinds[b.kind] = (kinds[b.kind] ?? 0) + 1;
  return {
    set: def.set,
    country: def.country,
    currency: def.currency,
    period: def.period,
    bank: def.bank,
    package: def.package,
    business: def.business,
    bankFiles: [w.bankFile],
    ledgerFiles: [w.ledgerFile],
    bankLines: bank.length,
    ledgerRows: m.rows.length,
    decisions,
    mustNotAuto: count((b) => b.mustNotAuto === true),
    autoWithDifference: count((b) => b.difference !== undefined),
    ledgerOnly: ledgerOnly.length,
    matched: count((b) => b.expect === 'match'),
    matchedWithoutReference: count((b) => b.expect === 'match' && b.evidence !== 'reference'),
    bankOnlyKinds: kinds,
    reversalPairs: count((b) => b.decision === 'reversal-pair') / 2,
  };
}

async function main() {
  console.log(`${CORPUS} seed ${seed}${seed === DEFAULT_SEED ? ' (default)' : ''} → ${outDir}`);
  for (const def of SETS) rmSync(join(outDir, def.set), { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const sets = [];
  for (const [i, def] of SETS.entries()) sets.push(await build(def, i));
  const index = {
    corpus: CORPUS,
    seed,
    generator: 'bench/corpus/holdout47-tools/make-holdout47.mjs',
    validator: 'bench/corpus/holdout47-tools/validate-holdout47.mjs',
    sets,
  };
  const indexFile = join(outDir, 'index.json');
  writeFileSync(indexFile, await jsonText(index, indexFile));
  for (const s of sets)
    console.log(`${s.set}: ${s.bankLines} bank lines, ${s.matched} with a counterpart, ${s.ledgerRows} book rows`);
}

await main();
