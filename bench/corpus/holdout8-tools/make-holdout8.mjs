#!/usr/bin/env node
// Seeded generator of bench/corpus/holdout8/** — four blind real-layout sets (format: bench/corpus/README.md §2).
// Written from the public file layouts and docs/ledger-files.md only. Same seed → same bytes.
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, '..', 'holdout8');
const DEFAULT_SEED = 20260401;
const SEED = Number(process.env.BANKFEED_CORPUS_SEED ?? DEFAULT_SEED);
console.log(`holdout8 seed ${SEED}`);

function mulberry32(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------- money & dates ----------
const dec = (m) => {
  const s = m < 0 ? '-' : '';
  const a = Math.abs(m);
  return `${s}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
};
const withCommas = (m) => {
  const a = Math.abs(m);
  const whole = String(Math.floor(a / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${whole}.${String(a % 100).padStart(2, '0')}`;
};
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n) => String(n).padStart(2, '0');
const iso = (y, m, d) => `${y}-${p2(m)}-${p2(d)}`;
const csvCell = (v) => {
  const s = v == null ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csv = (rows) => rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';

// ---------- set builder ----------
function makeSet(cfg, rnd) {
  const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const amt = (lo, hi, round = 100) => int(lo / round, hi / round) * round; // minor units
  const bank = [];
  const ledger = [];
  let seq = 0;
  const L = (day, amount, o = {}) => {
    const l = { key: `L${ledger.length}`, day, amount, seq: seq++, ...o };
    ledger.push(l);
    return l;
  };
  const B = (day, amount, text, o = {}) => {
    const b = {
      day,
      amount,
      text,
      seq: seq++,
      expect: 'match',
      ledger: [],
      group: null,
      evidence: 'amount',
      kind: null,
      traits: [],
      ...o,
    };
    bank.push(b);
    return b;
  };
  return { bank, ledger, L, B, pick, int, amt, rnd };
}

// reference writings
function refWriting(parts, how) {
  const { prefix, year, serial, pad, sep } = parts;
  const padded = String(serial).padStart(pad, '0');
  switch (how) {
    case 'ref-canonical':
      return parts.canonical;
    case 'ref-lowercase':
      return parts.canonical.toLowerCase();
    case 'ref-slashes':
      return year ? `${prefix}/${year}/${padded}` : `${prefix}/${padded}`;
    case 'ref-spaces':
      return year ? `${prefix} ${year} ${padded}` : `${prefix} ${padded}`;
    case 'ref-no-padding':
      return year ? `${prefix}${sep}${year}${sep}${serial}` : `${prefix}${sep}${serial}`;
    case 'ref-serial-only':
      return `${prefix.toLowerCase()} ${serial}`;
    case 'ref-year-serial-joined':
      return `${prefix}${year ?? ''}${padded}`;
    default:
      throw new Error(how);
  }
}

// ---------- the common month: receipts, suppliers, charges, … ----------
function commonMonth(S, c) {
  const { L, B, pick, int, amt } = S;
  let serial = c.invStart;
  const inv = () => c.invoice(serial++);
  const billSerial = { n: c.billStart };
  const bill = () => c.bill(billSerial.n++);
  const refHows = [
    'ref-canonical',
    'ref-lowercase',
    'ref-slashes',
    'ref-spaces',
    'ref-no-padding',
    'ref-serial-only',
    ...(c.joinedOk ? ['ref-year-serial-joined'] : []),
  ];
  const R = c.range; // receipts range in minor units
  // 1. plain customer receipts
  for (let i = 0; i < c.nReceipts; i++) {
    const cust = c.customers[i % c.customers.length];
    const day = int(1, 28);
    const amount = amt(R[0], R[1], c.round);
    const iv = inv();
    const mode = i % 10; // 0-5 ref, 6-7 name only, 8 nothing (amount), 9 ref
    const late = i % 7 === 3 ? int(1, 3) : 0;
    const lr = L(Math.min(day + late, c.lastDay), amount, {
      ref: iv.canonical,
      desc: c.receiptDesc(cust, iv),
      party: cust.legal,
      type: 'receipt',
    });
    const traits = late ? ['late-posting'] : [];
    let text;
    let evidence;
    if (mode <= 5 || mode === 9) {
      const how = refHows[i % refHows.length];
      text = c.recvText(cust, refWriting(iv, how), S);
      evidence = 'reference';
      traits.unshift(how);
    } else if (mode <= 7) {
      text = c.recvText(cust, mode === 6 ? '' : pick(c.vagueMemos), S);
      evidence = 'counterparty';
      traits.unshift('name-only');
    } else {
      text = c.anonRecvText(S);
      evidence = 'amount';
      traits.unshift('amount-only');
    }
    B(day, amount, text, { ledger: [lr], evidence, traits });
  }
  // 2. withholding short payments
  for (let i = 0; i < (c.whtPct ? 3 : 0); i++) {
    const cust = c.customers[(i * 3 + 2) % c.customers.length];
    const gross = amt(R[0] * 2, R[1], 1000);
    const net = Math.round((gross * (100 - c.whtPct)) / 100);
    const iv = inv();
    const day = int(3, 26);
    const bookedNet = i === 2;
    const lr = L(day + 1, bookedNet ? net : gross, {
      ref: iv.canonical,
      desc: c.receiptDesc(cust, iv) + (bookedNet ? ` (net of ${c.whtPct}% WHT)` : ''),
      party: cust.legal,
      type: 'receipt',
    });
    B(day, net, c.recvText(cust, refWriting(iv, i === 0 ? 'ref-canonical' : 'ref-spaces'), S), {
      ledger: [lr],
      evidence: 'reference',
      traits: [
        i === 0 ? 'ref-canonical' : 'ref-spaces',
        bookedNet ? 'withholding-booked-net' : c.whtTrait,
        'late-posting',
      ],
    });
  }
  // 3. one transfer for two invoices (books: one row per invoice)
  {
    const cust = c.customers[1];
    const a1 = amt(R[0], R[1], c.round);
    const a2 = amt(R[0], R[1], c.round);
    const i1 = inv();
    const i2 = inv();
    const day = int(5, 20);
    const l1 = L(day, a1, { ref: i1.canonical, desc: c.receiptDesc(cust, i1), party: cust.legal, type: 'receipt' });
    const l2 = L(day, a2, { ref: i2.canonical, desc: c.receiptDesc(cust, i2), party: cust.legal, type: 'receipt' });
    B(day, a1 + a2, c.recvText(cust, `${refWriting(i1, 'ref-no-padding')} & ${i2.serial}`, S), {
      ledger: [l1, l2],
      evidence: 'reference',
      traits: ['ref-no-padding', 'split-one-to-many'],
    });
  }
  // 4. invoice less credit note (books: the receipt at the net amount, naming both)
  {
    const cust = c.customers[4];
    const a = amt(R[0] * 2, R[1], c.round);
    const cn = amt(R[0] / 5, R[0] / 2, c.round);
    const iv = inv();
    const day = int(8, 22);
    const lr = L(day, a - cn, {
      ref: iv.canonical,
      desc: `${c.receiptDesc(cust, iv)} less ${c.creditNote}`,
      party: cust.legal,
      type: 'receipt',
    });
    B(day, a - cn, c.recvText(cust, `${refWriting(iv, 'ref-lowercase')} less cn`, S), {
      ledger: [lr],
      evidence: 'reference',
      traits: ['ref-lowercase', 'invoice-less-credit-note'],
    });
  }
  // 5. over-payment and under-payment (books hold the invoice amount)
  {
    const cust = c.customers[5];
    const a = amt(R[0], R[1], c.round);
    const iv = inv();
    const day = int(4, 24);
    const lr = L(day, a, { ref: iv.canonical, desc: c.receiptDesc(cust, iv), party: cust.legal, type: 'receipt' });
    B(day, a + Math.round(R[0] / 1000) * 100, c.recvText(cust, refWriting(iv, 'ref-canonical'), S), {
      ledger: [lr],
      evidence: 'reference',
      traits: ['ref-canonical', 'over-payment'],
    });
    const cust2 = c.customers[6];
    const a2 = amt(R[0], R[1], c.round);
    const iv2 = inv();
    const day2 = int(4, 24);
    const lr2 = L(day2, a2, {
      ref: iv2.canonical,
      desc: c.receiptDesc(cust2, iv2),
      party: cust2.legal,
      type: 'receipt',
    });
    B(day2, a2 - Math.round(a2 / 10000) * 100, c.recvText(cust2, '', S), {
      ledger: [lr2],
      evidence: 'counterparty',
      traits: ['name-only', 'short-payment'],
    });
  }
  // 6. instalments: one booked per part, one booked once
  {
    const cust = c.customers[7];
    const a = amt(R[1], R[1] * 2, 10000);
    const iv = inv();
    const d1 = int(2, 10);
    const d2 = int(18, 26);
    const la = L(d1, a / 2, {
      ref: iv.canonical,
      desc: `${c.receiptDesc(cust, iv)} part 1`,
      party: cust.legal,
      type: 'receipt',
    });
    const lb = L(d2, a / 2, {
      ref: iv.canonical,
      desc: `${c.receiptDesc(cust, iv)} part 2`,
      party: cust.legal,
      type: 'receipt',
    });
    B(d1, a / 2, c.recvText(cust, `${refWriting(iv, 'ref-serial-only')} 1st instalment`, S), {
      ledger: [la],
      evidence: 'reference',
      traits: ['ref-serial-only', 'instalment'],
    });
    B(d2, a / 2, c.recvText(cust, `bal ${refWriting(iv, 'ref-serial-only')}`, S), {
      ledger: [lb],
      evidence: 'reference',
      traits: ['ref-serial-only', 'instalment'],
    });
    const cust2 = c.customers[8];
    const b = amt(R[1], R[1] * 2, 10000);
    const iv2 = inv();
    const e1 = int(3, 12);
    const e2 = int(15, 25);
    const lc = L(e2, b, { ref: iv2.canonical, desc: c.receiptDesc(cust2, iv2), party: cust2.legal, type: 'receipt' });
    const part1 = Math.round(b * 0.6);
    B(e1, part1, c.recvText(cust2, refWriting(iv2, 'ref-slashes'), S), {
      ledger: [lc],
      group: 'g-inst',
      evidence: 'reference',
      traits: ['ref-slashes', 'instalments-booked-once'],
    });
    B(e2, b - part1, c.recvText(cust2, 'balance', S), {
      ledger: [lc],
      group: 'g-inst',
      evidence: 'counterparty',
      traits: ['name-only', 'instalments-booked-once'],
    });
  }
  // 7. twins: same customer, same amount, same day, two invoices; bank carries no reference
  {
    const cust = c.customers[9];
    const a = amt(R[0], R[0] * 3, c.round * 10);
    const day = int(10, 20);
    const i1 = inv();
    const i2 = inv();
    const l1 = L(day, a, { ref: i1.canonical, desc: c.receiptDesc(cust, i1), party: cust.legal, type: 'receipt' });
    const l2 = L(day, a, { ref: i2.canonical, desc: c.receiptDesc(cust, i2), party: cust.legal, type: 'receipt' });
    const t = c.recvText(cust, '', S);
    B(day, a, t, { ledger: [l1], anyOf: [[l1], [l2]], evidence: 'counterparty', traits: ['name-only', 'twins'] });
    B(day, a, t, { ledger: [l2], anyOf: [[l1], [l2]], evidence: 'counterparty', traits: ['name-only', 'twins'] });
  }
  // 8. supplier payments
  for (let i = 0; i < c.nSupplier; i++) {
    const sup = c.suppliers[i % c.suppliers.length];
    const day = int(1, 28);
    const a = -amt(R[0], R[1], c.round);
    const bl = bill();
    const before = i % 5 === 1 ? 1 : 0;
    const lr = L(day - before < 1 ? day : day - before, a, {
      ref: bl,
      desc: c.payDesc(sup, bl),
      party: sup.legal,
      type: 'payment',
    });
    const withRef = i % 3 !== 2;
    const b = B(day, a, c.payText(sup, withRef ? bl : '', S), {
      ledger: [lr],
      evidence: withRef ? 'reference' : 'counterparty',
      traits: [
        withRef ? 'ref-canonical' : 'name-only',
        'supplier-payment',
        ...(before ? ['booked-before-bank-date'] : []),
      ],
    });
    if (c.afterTransferOut) c.afterTransferOut(S, b);
  }
  // 9. failed transfer, reversal, re-sent
  {
    const sup = c.suppliers[0];
    const a = -amt(R[0], R[1], c.round);
    const bl = bill();
    const day = int(9, 16);
    const lr = L(day, a, { ref: bl, desc: c.payDesc(sup, bl), party: sup.legal, type: 'payment' });
    const f = B(day, a, c.payText(sup, bl, S), {
      expect: 'reversal-pair',
      traits: ['failed-transfer'],
      evidence: 'reference',
    });
    const r = B(day + 1, -a, c.reversalText(sup, bl), {
      expect: 'reversal-pair',
      traits: ['reversal'],
      evidence: 'reference',
    });
    f.partner = r;
    r.partner = f;
    B(day + 2, a, c.payText(sup, bl, S), {
      ledger: [lr],
      evidence: 'reference',
      traits: ['ref-canonical', 'resent-after-failure'],
    });
  }
  // 10. statutory remittances
  for (const st of c.statutory) {
    const day = st.day;
    const lr = L(day - 1, -st.amount, { ref: st.ref, desc: st.desc, party: st.party, type: 'journal' });
    B(day, -st.amount, st.text, {
      ledger: [lr],
      evidence: st.evidence,
      traits: ['statutory-remittance', ...(st.evidence === 'reference' ? ['ref-canonical'] : [])],
    });
  }
  // 11. own-account transfers
  for (let i = 0; i < 2; i++) {
    const day = int(5, 27);
    const a = (i === 0 ? -1 : 1) * amt(R[1], R[1] * 3, 100000);
    const lr = L(day, a, { ref: c.xferRef(i), desc: c.ownDesc(i), party: null, type: 'transfer' });
    B(day, a, c.ownText(i, a), { ledger: [lr], evidence: 'counterparty', traits: ['own-account-transfer'] });
  }
  // 12. cash deposits (books: the cash sales banked)
  for (let i = 0; i < 2; i++) {
    const day = int(3, 27);
    const a = amt(R[0], R[1], c.round * 10);
    const lr = L(day, a, { ref: `CS-${p2(day)}`, desc: `Cash sales banked ${day}`, party: null, type: 'receipt' });
    B(day, a, c.cashDepositText(i), { ledger: [lr], evidence: 'counterparty', traits: ['cash-deposit', 'name-only'] });
  }
  // 13. lines never recorded
  for (let i = 0; i < 3; i++) {
    const day = int(2, 28);
    const a = amt(R[0], R[1], c.round);
    B(day, a, c.recvText(pick(c.strangers), i === 0 ? 'payment' : '', S), {
      expect: 'no-counterpart',
      evidence: 'counterparty',
      traits: ['unrecorded-receipt'],
    });
  }
  for (let i = 0; i < 3; i++) {
    const day = int(2, 28);
    const a = -amt(R[0] / 10, R[0], c.round);
    B(day, a, c.payText(pick(c.strangers), '', S), {
      expect: 'no-counterpart',
      evidence: 'counterparty',
      traits: ['unrecorded-payment'],
    });
  }
  // 14. ledger-only at month end: receipts booked, not yet credited; payment entered, not sent
  for (let i = 0; i < 2; i++) {
    const cust = c.customers[10 + i];
    const iv = inv();
    L(c.lastDay, amt(R[0], R[1], c.round), {
      ref: iv.canonical,
      desc: c.receiptDesc(cust, iv),
      party: cust.legal,
      type: 'receipt',
      only: 'receipt booked at month end, credited by the bank next month',
    });
  }
  {
    const sup = c.suppliers[3];
    const bl = bill();
    L(c.lastDay - 1, -amt(R[0], R[1], c.round), {
      ref: bl,
      desc: c.payDesc(sup, bl),
      party: sup.legal,
      type: 'payment',
      only: 'payment entered in the books, not yet sent at month end',
    });
  }
  // 15. bank charges not booked
  for (const ch of c.charges) {
    const n = ch.n ?? 1;
    for (let i = 0; i < n; i++) {
      const day = ch.day ?? int(1, c.lastDay);
      B(day, -ch.amount, ch.text, { expect: 'bank-only', kind: ch.kind, traits: ['bank-charge'] });
    }
  }
  // 16. interest (one not booked)
  B(c.lastDay, c.interest, c.interestText, { expect: 'bank-only', kind: 'interest', traits: ['interest'] });
}

// ---------- countries ----------
const cust = (legal, trade, init) => ({ legal, trade, init });

function sortLines(S) {
  S.bank.sort((a, b) => a.day - b.day || a.seq - b.seq);
  S.ledger.sort((a, b) => a.day - b.day || a.seq - b.seq);
}

// ===== Set 1: Nigeria — Sterling Bank CSV, QuickBooks Online General Ledger =====
function setNG(rnd) {
  const Y = 2026;
  const M = 4;
  const S = makeSet({}, rnd);
  const { pick } = S;
  const session = () => {
    let s = '000232';
    for (let i = 0; i < 24; i++) s += String(Math.floor(rnd() * 10));
    return s;
  };
  const customers = [
    cust('Adeyemi Foods Limited', 'ADEYEMI FOODS', 'A.F.L'),
    cust('Chukwuma & Sons Enterprises', 'CHUKWUMA AND SONS', 'C&S ENT'),
    cust('Blue Crest Supermarkets Ltd', 'BLUECREST SUPERMKT', 'BCS'),
    cust('Olamide Okonkwo', 'OKONKWO OLAMIDE T', 'O.O'),
    cust('Sahel Retail Nigeria Ltd', 'SAHEL RETAIL', 'SRN'),
    cust('Ikeja Mart Ventures', 'IKEJA MART VENT', 'IMV'),
    cust('Grace & Glory Stores', 'GRACE N GLORY STORES', 'GGS'),
    cust('Northgate Hospitality Ltd', 'NORTHGATE HOSP', 'NGH'),
    cust('Emeka Nwosu Trading Co', 'NWOSU EMEKA', 'ENT'),
    cust('Balogun Market Traders Assoc', 'BALOGUN MKT TRADERS', 'BMTA'),
    cust('Lekki Gardens Pharmacy', 'LEKKI GARDENS PHARM', 'LGP'),
    cust('Tunde Bakare Catering', 'BAKARE TUNDE', 'TBC'),
  ];
  const suppliers = [
    cust('Dangote Sugar Refinery Plc', 'DANGOTE SUGAR', 'DSR'),
    cust('Flour Mills of Nigeria Plc', 'FLOUR MILLS NIG', 'FMN'),
    cust('Swift Haulage Logistics', 'SWIFT HAULAGE', 'SHL'),
    cust('Presco Oil Distribution', 'PRESCO OIL DIST', 'POD'),
    cust('Lagos Packaging Co Ltd', 'LAGOS PACKAGING', 'LPC'),
    cust('Ibeto Cement Traders', 'IBETO CEMENT', 'ICT'),
  ];
  const banks = ['ACCESS', 'GTB', 'ZENITH', 'UBA', 'FIRSTBANK', 'OPAY', 'MONIEPOINT', 'WEMA'];
  const c = {
    lastDay: 30,
    range: [8000000, 95000000],
    round: 100,
    whtPct: 5,
    whtTrait: 'short-withholding-tax-5pct',
    invStart: 2204,
    billStart: 611,
    joinedOk: false,
    nReceipts: 38,
    nSupplier: 14,
    customers,
    suppliers,
    strangers: [cust('x', 'MUSA IBRAHIM', 'MI'), cust('x', 'FAITH AGBO', 'FA'), cust('x', 'K.O ENTERPRISES', 'KO')],
    vagueMemos: ['payment', 'goods supplied', 'april supply', 'being payment'],
    creditNote: 'CN-0047',
    invoice: (n) => ({
      prefix: 'INV',
      year: null,
      serial: n,
      pad: 5,
      sep: '-',
      canonical: `INV-${String(n).padStart(5, '0')}`,
    }),
    bill: (n) => `PO-${n}`,
    receiptDesc: (cu, iv) => `Payment for ${iv.canonical}`,
    payDesc: (s, b) => `Bill payment ${b}`,
    recvText: (cu, ref, S2) => {
      const form = Math.floor(S2.rnd() * 3);
      const who = S2.rnd() < 0.3 ? cu.init : cu.trade;
      const r = ref ? ` ${ref}` : '';
      if (form === 0) return `NIP/${pick(banks)}/${who}${r}`.trim();
      if (form === 1) return `TRF FRM ${who}${r} ${session()}`;
      return `INWARD TRF ${who}/${ref || 'TRANSFER'}`;
    },
    anonRecvText: () => `NIP CR ${session()}`,
    payText: (s, ref) => `NIP TRF TO ${s.trade}${ref ? ` ${ref}` : ''}`,
    reversalText: (s, ref) => `RVSL NIP TRF TO ${s.trade} ${ref} - BENEFICIARY BANK UNAVAILABLE`,
    afterTransferOut: (S2, b) => {
      S2.B(b.day, -2688, 'NIP TRANSFER CHARGE INCL VAT', {
        expect: 'bank-only',
        kind: 'charge',
        traits: ['bank-charge'],
      });
    },
    statutory: [
      {
        day: 10,
        amount: 41275000,
        ref: 'LIRS-PAYE-MAR26',
        desc: 'PAYE March 2026 remittance',
        party: 'Lagos State Internal Revenue Service',
        text: 'REMITA/LIRS PAYE LIRS-PAYE-MAR26',
        evidence: 'reference',
      },
      {
        day: 14,
        amount: 28600000,
        ref: 'PEN-0326',
        desc: 'Pension contributions March 2026',
        party: 'Stanbic IBTC Pension Managers',
        text: 'REMITA PENCOM CONTRIB STANBIC IBTC PENSION',
        evidence: 'counterparty',
      },
      {
        day: 21,
        amount: 15340000,
        ref: 'FIRS-VAT-0326',
        desc: 'VAT return March 2026',
        party: 'Federal Inland Revenue Service',
        text: 'REMITA/FIRS VAT MAR 26 TIN 2301XXXX-0001',
        evidence: 'counterparty',
      },
    ],
    xferRef: (i) => `TRF-${i + 1}`,
    ownDesc: (i) => (i === 0 ? 'Transfer to Providus collection account' : 'Transfer from Providus collection account'),
    ownText: (i) => (i === 0 ? 'NIP TRF TO OWN A/C PROVIDUS 54XXXXX781' : 'NIP/PROVIDUS/SELF TRF FROM 54XXXXX781'),
    cashDepositText: (i) =>
      i === 0 ? 'CASH DEP BY ADAMU (SALES REP) IKEJA BR' : 'CASH DEPOSIT - SELF OBALENDE BRANCH',
    charges: [
      { text: 'SMS ALERT CHARGES APR 2026', amount: 61200, kind: 'charge', day: 30 },
      { text: 'ELECTRONIC MONEY TRANSFER LEVY', amount: 5000, kind: 'levy', n: 14 },
      { text: 'STAMP DUTY CHARGE', amount: 5000, kind: 'tax', n: 3 },
      { text: 'ACCOUNT MAINTENANCE FEE APR', amount: 312500, kind: 'charge', day: 30 },
      { text: 'VAT ON ACCOUNT MAINTENANCE FEE', amount: 23438, kind: 'fee-vat', day: 30 },
      { text: 'TOKEN REPLACEMENT FEE', amount: 150000, kind: 'charge' },
    ],
    interest: 184233,
    interestText: 'CREDIT INTEREST APR 2026',
  };
  commonMonth(S, c);
  // payroll: one transfer per employee, one journal
  const staff = ['ADEBAYO KEMI', 'OKAFOR CHIDI', 'BELLO HAUWA', 'EZE NNAMDI', 'OYELARAN TOLU', 'IBRAHIM SANI'];
  const pay = staff.map(() => S.amt(18000000, 65000000, 500000));
  const jr = S.L(27, -pay.reduce((a, b) => a + b, 0), {
    ref: 'PAYROLL-APR26',
    desc: 'Net salaries April 2026',
    party: null,
    type: 'journal',
  });
  staff.forEach((n, i) =>
    S.B(27, -pay[i], `NIP TRF TO ${n} APR SALARY`, {
      ledger: [jr],
      group: 'g-payroll',
      evidence: 'amount',
      traits: ['payroll-per-employee', 'split-many-to-one'],
    }),
  );
  // Paystack settlements: some booked net, some gross + fee row, some gross only
  for (let i = 0; i < 9; i++) {
    const day = 2 + i * 3;
    const gross = S.amt(5000000, 40000000, 100);
    const fee = Math.min(Math.round(gross * 0.015) + 10000, 200000);
    const net = gross - fee;
    const batch = `PSTK-STL-${2600400 + day * 7}`;
    const mode = i % 3;
    if (mode === 0) {
      const l = S.L(day, net, {
        ref: batch,
        desc: 'Paystack settlement (net)',
        party: 'Paystack Payments Ltd',
        type: 'deposit',
      });
      S.B(day + 1, net, `PAYSTACK PAYMENTS LTD SETTLEMENT ${batch}`, {
        ledger: [l],
        evidence: 'reference',
        traits: ['gateway-settlement', 'booked-net', 'settled-next-day'],
      });
    } else if (mode === 1) {
      const l = S.L(day, gross, {
        ref: batch,
        desc: 'Paystack sales',
        party: 'Paystack Payments Ltd',
        type: 'deposit',
      });
      const f = S.L(day, -fee, { ref: batch, desc: 'Paystack fees', party: 'Paystack Payments Ltd', type: 'expense' });
      S.B(day + 1, net, `PAYSTACK PAYMENTS LTD SETTLEMENT ${batch}`, {
        ledger: [l, f],
        evidence: 'reference',
        traits: ['gateway-settlement', 'net-of-fee-fee-booked-separately', 'settled-next-day'],
      });
    } else {
      const l = S.L(day, gross, {
        ref: null,
        desc: 'Online sales via Paystack',
        party: 'Paystack Payments Ltd',
        type: 'deposit',
      });
      S.B(day + 1, net, `PAYSTACK PAYMENTS LTD SETTLEMENT ${batch}`, {
        ledger: [l],
        evidence: 'counterparty',
        traits: ['gateway-settlement', 'short-net-of-fee', 'settled-next-day'],
      });
    }
  }
  // cheques: three presented (one was written mid-month), two not presented
  const chq = [
    ['00471', 'Swift Haulage Logistics', 6, 11],
    ['00472', 'Lagos Packaging Co Ltd', 9, 16],
    ['00473', 'Ikeja Property Managers', 15, 22],
  ];
  for (const [no, who, wd, pd] of chq) {
    const a = -S.amt(20000000, 90000000, 100);
    const l = S.L(wd, a, { ref: no, desc: `Cheque ${no}`, party: who, type: 'cheque' });
    S.B(pd, a, `CHQ WDL ${no} CLEARING`, {
      ledger: [l],
      evidence: 'reference',
      traits: ['cheque-number', 'settled-later'],
    });
  }
  S.L(28, -S.amt(10000000, 40000000, 100), {
    ref: '00474',
    desc: 'Cheque 00474',
    party: 'Mainland Diesel Supply',
    type: 'cheque',
    only: 'cheque not yet presented',
  });
  S.L(29, -S.amt(10000000, 40000000, 100), {
    ref: '00475',
    desc: 'Cheque 00475',
    party: 'Ogun Timber Works',
    type: 'cheque',
    only: 'cheque not yet presented',
  });
  // a bank charge the bookkeeper booked
  {
    const l = S.L(30, -1250000, {
      ref: null,
      desc: 'Bank charges - cheque book',
      party: 'Sterling Bank Plc',
      type: 'expense',
    });
    S.B(8, -1250000, 'CHEQUE BOOK ISSUANCE 50 LEAVES', {
      ledger: [l],
      evidence: 'counterparty',
      traits: ['bank-charge-booked', 'late-posting'],
    });
  }
  sortLines(S);
  return { S, Y, M, c };
}

// ===== Set 2: Kenya — Family Bank CSV, Xero Account Transactions =====
function setKE(rnd) {
  const Y = 2026;
  const M = 5;
  const S = makeSet({}, rnd);
  const { pick } = S;
  const mref = () => {
    const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
    let s = 'TE';
    for (let i = 0; i < 8; i++) s += A[Math.floor(rnd() * A.length)];
    return s;
  };
  const customers = [
    cust('Kamau Hardware & General Supplies Ltd', 'KAMAU HARDWARE', 'KHGS'),
    cust('Wanjiru Agrovet Enterprises', 'WANJIRU AGROVET', 'W.A.E'),
    cust('Rift Valley Millers Ltd', 'RV MILLERS', 'RVM'),
    cust('Mombasa Coastal Traders', 'COASTAL TRADERS MSA', 'MCT'),
    cust('Otieno & Achieng Associates', 'OTIENO ACHIENG ASSOC', 'OAA'),
    cust('Kisumu Lakeside Hotel Ltd', 'LAKESIDE HOTEL KSM', 'KLH'),
    cust('Nyeri Highlands Dairy Co-op', 'NYERI HIGHLANDS DAIRY', 'NHD'),
    cust('Jumbo Cash & Carry Ltd', 'JUMBO C AND C', 'JCC'),
    cust('Eldoret Farm Inputs Ltd', 'ELDORET FARM INPUTS', 'EFI'),
    cust('Mary Njeri Mwangi', 'MARY NJERI', 'M.N.M'),
    cust('Thika Road Motors Ltd', 'THIKA RD MOTORS', 'TRM'),
    cust('Garissa Livestock Traders', 'GARISSA LIVESTOCK', 'GLT'),
  ];
  const suppliers = [
    cust('Bamburi Cement Plc', 'BAMBURI CEMENT', 'BC'),
    cust('Mabati Rolling Mills Ltd', 'MABATI ROLLING MILLS', 'MRM'),
    cust('Kenya Power & Lighting Co', 'KPLC', 'KPLC'),
    cust('Siginon Freight Ltd', 'SIGINON FREIGHT', 'SF'),
    cust('Chandaria Industries Ltd', 'CHANDARIA IND', 'CI'),
    cust('Devki Steel Mills', 'DEVKI STEEL', 'DSM'),
  ];
  const c = {
    lastDay: 31,
    range: [2500000, 48000000],
    round: 100,
    whtPct: 2,
    whtTrait: 'short-withholding-vat-2pct',
    invStart: 1318,
    billStart: 905,
    joinedOk: false,
    nReceipts: 36,
    nSupplier: 13,
    customers,
    suppliers,
    strangers: [cust('x', 'PETER OCHIENG', 'PO'), cust('x', 'ZAWADI TRADERS', 'ZT'), cust('x', 'S.K. MUTUA', 'SKM')],
    vagueMemos: ['payment', 'goods', 'may invoice', 'settlement'],
    creditNote: 'CN-0112',
    invoice: (n) => ({
      prefix: 'INV',
      year: null,
      serial: n,
      pad: 4,
      sep: '-',
      canonical: `INV-${String(n).padStart(4, '0')}`,
    }),
    bill: (n) => `BILL-${n}`,
    receiptDesc: (cu) => `Payment: ${cu.legal}`,
    payDesc: (s) => `Payment: ${s.legal}`,
    recvText: (cu, ref, S2) => {
      const form = Math.floor(S2.rnd() * 3);
      const who = S2.rnd() < 0.25 ? cu.init : cu.trade;
      const r = ref ? ` ${ref}` : '';
      if (form === 0) return `PESALINK CR ${who}${r}`;
      if (form === 1) return `EFT CREDIT ${who}${r}`;
      return `RTGS CR ${pick(['EQUITY', 'KCB', 'COOP', 'NCBA', 'STANCHART'])} ${who}${r}`;
    },
    anonRecvText: () => `PESALINK CR 07XXXXX${Math.floor(rnd() * 900 + 100)}`,
    payText: (s, ref) => `EFT DR ${s.trade}${ref ? ` ${ref}` : ''}`,
    reversalText: (s, ref) => `EFT DR RETURN ${s.trade} ${ref} INVALID A/C`,
    afterTransferOut: (S2, b) => {
      S2.B(b.day, -5000, 'EFT CHARGES', { expect: 'bank-only', kind: 'charge', traits: ['bank-charge'] });
      S2.B(b.day, -1000, 'EXCISE DUTY', { expect: 'bank-only', kind: 'tax', traits: ['bank-charge'] });
    },
    statutory: [
      {
        day: 9,
        amount: 18642000,
        ref: 'PRN2026050091744',
        desc: 'KRA PAYE April 2026',
        party: 'Kenya Revenue Authority',
        text: 'KRA ITAX PAYMENT PRN2026050091744',
        evidence: 'reference',
      },
      {
        day: 9,
        amount: 4870000,
        ref: 'NSSF-APR26',
        desc: 'NSSF April 2026',
        party: 'NSSF',
        text: 'NSSF CONTRIBUTION EMPLOYER 0041123',
        evidence: 'counterparty',
      },
      {
        day: 9,
        amount: 3964000,
        ref: 'SHIF-APR26',
        desc: 'SHIF April 2026',
        party: 'Social Health Authority',
        text: 'SHA SHIF CONTRIB APR',
        evidence: 'counterparty',
      },
      {
        day: 20,
        amount: 26110000,
        ref: 'PRN2026050204412',
        desc: 'KRA VAT April 2026',
        party: 'Kenya Revenue Authority',
        text: 'KRA ITAX PAYMENT PRN2026050204412',
        evidence: 'reference',
      },
    ],
    xferRef: (i) => `TRF${i + 1}`,
    ownDesc: (i) => (i === 0 ? 'Transfer to Family Bank USD a/c' : 'Transfer from fixed deposit'),
    ownText: (i) => (i === 0 ? 'INTERNAL TRF TO 0XX0215 OWN ACC' : 'FD MATURITY TRF FROM 0XX0338'),
    cashDepositText: (i) => (i === 0 ? 'CASH DEPOSIT KAMUKUNJI BR' : 'CDM DEPOSIT 0451 THIKA RD'),
    charges: [
      { text: 'LEDGER FEE', amount: 30000, kind: 'charge', day: 31 },
      { text: 'EXCISE DUTY ON LEDGER FEE', amount: 6000, kind: 'tax', day: 31 },
      { text: 'SMS ALERT CHARGES', amount: 3000, kind: 'charge', n: 7 },
      { text: 'RTGS INWARD CHARGES', amount: 25000, kind: 'charge', n: 3 },
      { text: 'STATEMENT REQUEST FEE', amount: 50000, kind: 'charge' },
    ],
    interest: 0,
    interestText: '',
  };
  commonMonth(S, c);
  S.bank.splice(
    S.bank.findIndex((b) => b.kind === 'interest'),
    1,
  ); // a current account: no interest
  // M-PESA paybill sweeps to bank (books: one journal per sweep, from the M-PESA clearing account)
  for (let i = 0; i < 5; i++) {
    const day = 3 + i * 6;
    const a = S.amt(8000000, 35000000, 100);
    const code = mref();
    const l = S.L(day, a, { ref: code, desc: 'M-PESA paybill 522911 sweep', party: null, type: 'transfer' });
    S.B(day, a, `MPESA B2B SETTLEMENT 522911 ${code}`, {
      ledger: [l],
      evidence: i % 2 ? 'reference' : 'counterparty',
      traits: ['wallet-sweep', ...(i % 2 ? ['mpesa-receipt-code'] : [])],
    });
    if (i % 2 === 0) l.ref = null; // bookkeeper did not type the code
  }
  // card acquiring (two terminals some days) booked as one day's gross, fees not booked
  for (let i = 0; i < 5; i++) {
    const day = 4 + i * 5;
    const t1 = S.amt(3000000, 15000000, 100);
    const t2 = S.amt(2000000, 9000000, 100);
    const f1 = Math.round(t1 * 0.0175);
    const f2 = Math.round(t2 * 0.0175);
    if (i % 2 === 0) {
      const l = S.L(day, t1 + t2, {
        ref: `POS-${p2(day)}05`,
        desc: `Card sales ${day} May`,
        party: null,
        type: 'deposit',
      });
      S.B(day + 1, t1 - f1, `MERCHANT SETTLEMENT TID 40811201 ${p2(day)}05`, {
        ledger: [l],
        group: `g-pos${i}`,
        traits: ['pos-settlement', 'split-many-to-one', 'short-net-of-fee', 'settled-next-day'],
      });
      S.B(day + 1, t2 - f2, `MERCHANT SETTLEMENT TID 40811202 ${p2(day)}05`, {
        ledger: [l],
        group: `g-pos${i}`,
        traits: ['pos-settlement', 'split-many-to-one', 'short-net-of-fee', 'settled-next-day'],
      });
    } else {
      const l = S.L(day, t1 - f1, { ref: null, desc: `Card sales ${day} May net`, party: null, type: 'deposit' });
      S.B(day + 1, t1 - f1, `MERCHANT SETTLEMENT TID 40811201 ${p2(day)}05`, {
        ledger: [l],
        traits: ['pos-settlement', 'booked-net', 'settled-next-day'],
      });
    }
  }
  // payroll batch
  {
    const a = -S.amt(150000000, 190000000, 100);
    const l = S.L(28, a, { ref: 'PAY-MAY26', desc: 'Net salaries May 2026', party: null, type: 'journal' });
    S.B(28, a, 'BULK PAYMENT SALARIES MAY 26 32 RECORDS', {
      ledger: [l],
      evidence: 'counterparty',
      traits: ['payroll-batch'],
    });
    S.B(28, -43000, 'BULK PAYMENT CHARGES', { expect: 'bank-only', kind: 'charge', traits: ['bank-charge'] });
  }
  // cheques
  for (const [no, wd, pd] of [
    ['100231', 4, 12],
    ['100232', 11, 15],
    ['100233', 19, 26],
  ]) {
    const a = -S.amt(5000000, 30000000, 100);
    const sup = pick(suppliers);
    const l = S.L(wd, a, { ref: no, desc: `Payment: ${sup.legal} chq ${no}`, party: null, type: 'payment' });
    S.B(pd, a, `CHQ ${no} PAID CLG`, {
      ledger: [l],
      evidence: 'reference',
      traits: ['cheque-number', 'settled-later'],
    });
  }
  S.L(29, -S.amt(5000000, 30000000, 100), {
    ref: '100234',
    desc: 'Payment: Siginon Freight Ltd chq 100234',
    party: null,
    type: 'payment',
    only: 'cheque not yet presented',
  });
  // booked bank charges
  {
    const l = S.L(31, -100000, { ref: null, desc: 'Bank charges - cheque book', party: null, type: 'expense' });
    S.B(6, -100000, 'CHEQUE BOOK CHARGES', {
      ledger: [l],
      evidence: 'counterparty',
      traits: ['bank-charge-booked', 'late-posting'],
    });
  }
  sortLines(S);
  return { S, Y, M, c };
}

// ===== Set 3: Ghana — Access Bank Ghana CSV, Sage Business Cloud Detailed Ledger =====
function setGH(rnd) {
  const Y = 2026;
  const M = 6;
  const S = makeSet({}, rnd);
  const { pick } = S;
  const customers = [
    cust('Kofi Mensah Pharmacy Ltd', 'KOFI MENSAH PHARM', 'KMP'),
    cust('Ernest Chemists Limited', 'ERNEST CHEMISTS', 'ECL'),
    cust('Tema Community Health Shop', 'TEMA COMM HEALTH', 'TCH'),
    cust('Abena Osei', 'OSEI ABENA', 'A.O'),
    cust('Kumasi Medical Supplies Ent', 'KSI MEDICAL SUPPLIES', 'KMS'),
    cust('Cape Coast Drug Store', 'CAPE COAST DRUGS', 'CCD'),
    cust('Nii Armah Wholesale', 'NII ARMAH WHOLESALE', 'NAW'),
    cust('Takoradi Harbour Clinic', 'HARBOUR CLINIC TDI', 'THC'),
    cust('Sunyani Royal Pharmacy', 'ROYAL PHARMACY SYI', 'SRP'),
    cust('Ho Lifeline Chemists', 'LIFELINE CHEMISTS', 'HLC'),
    cust('Koforidua Central Pharmacy', 'KOF CENTRAL PHARM', 'KCP'),
    cust('Madina Health Mart', 'MADINA HEALTH MART', 'MHM'),
  ];
  const suppliers = [
    cust('Tobinco Pharmaceuticals Ltd', 'TOBINCO PHARMA', 'TP'),
    cust('Danadams Pharmaceutical Industry', 'DANADAMS', 'DPI'),
    cust('Kinapharma Limited', 'KINAPHARMA', 'KL'),
    cust('ECG Prepaid', 'ECG', 'ECG'),
    cust('Spintex Logistics Ltd', 'SPINTEX LOGISTICS', 'SL'),
    cust('Entrance Pharmaceuticals', 'ENTRANCE PHARMA', 'EP'),
  ];
  const c = {
    lastDay: 30,
    range: [150000, 4800000],
    round: 100,
    whtPct: 3,
    whtTrait: 'short-withholding-tax-3pct',
    invStart: 761,
    billStart: 330,
    joinedOk: false,
    nReceipts: 36,
    nSupplier: 13,
    customers,
    suppliers,
    strangers: [cust('x', 'YAW BOATENG', 'YB'), cust('x', 'AMA SERWAA', 'AS'), cust('x', 'J.K. ANSAH', 'JKA')],
    vagueMemos: ['payment', 'drugs supply', 'june', 'pymt'],
    creditNote: 'SCN-000041',
    invoice: (n) => ({
      prefix: 'SI',
      year: null,
      serial: n,
      pad: 6,
      sep: '-',
      canonical: `SI-${String(n).padStart(6, '0')}`,
    }),
    bill: (n) => `PI-${String(n).padStart(6, '0')}`,
    receiptDesc: (cu, iv) => `Customer receipt ${iv.canonical}`,
    payDesc: (s, b) => `Supplier payment ${b}`,
    recvText: (cu, ref, S2) => {
      const form = Math.floor(S2.rnd() * 3);
      const who = S2.rnd() < 0.3 ? cu.init : cu.trade;
      const r = ref ? ` ${ref}` : '';
      if (form === 0) return `GIP TRANSFER FROM ${who}${r}`;
      if (form === 1) return `ACH CREDIT ${pick(['GCB', 'ECOBANK', 'CALBANK', 'FIDELITY', 'ABSA'])} ${who}${r}`;
      return `MOMO TO BANK 024XXXX${Math.floor(rnd() * 900 + 100)} ${who}${r}`;
    },
    anonRecvText: () => `GIP TRANSFER FROM 233XXXX${Math.floor(rnd() * 9000 + 1000)}`,
    payText: (s, ref) => `GIP TRANSFER TO ${s.trade}${ref ? ` ${ref}` : ''}`,
    reversalText: (s, ref) => `REV GIP TRANSFER TO ${s.trade} ${ref} TIMEOUT`,
    afterTransferOut: (S2, b) => {
      S2.B(b.day, -1000, 'GIP TRANSFER FEE', { expect: 'bank-only', kind: 'charge', traits: ['bank-charge'] });
    },
    statutory: [
      {
        day: 12,
        amount: 2486000,
        ref: 'GRA-PAYE-0526',
        desc: 'PAYE May 2026',
        party: 'Ghana Revenue Authority',
        text: 'GRA PAYE REMITTANCE MAY 2026',
        evidence: 'counterparty',
      },
      {
        day: 13,
        amount: 1832050,
        ref: 'SSNIT-0526',
        desc: 'SSNIT Tier 1 May 2026',
        party: 'SSNIT',
        text: 'SSNIT CONTRIBUTION ER NO 5560231 MAY',
        evidence: 'counterparty',
      },
      {
        day: 25,
        amount: 3120000,
        ref: 'GRA-VAT-0526',
        desc: 'VAT/NHIL/GETFund May 2026',
        party: 'Ghana Revenue Authority',
        text: 'GRA TAX PAYMENT GRA-VAT-0526',
        evidence: 'reference',
      },
    ],
    xferRef: (i) => `JNL-TR${i + 1}`,
    ownDesc: (i) => (i === 0 ? 'Transfer to Access Bank call account' : 'Transfer from GCB collection account'),
    ownText: (i) => (i === 0 ? 'TRF TO OWN ACCOUNT 10XXXXXX5521 CALL' : 'ACH CREDIT GCB OWN ACC TRANSFER'),
    cashDepositText: (i) => (i === 0 ? 'CASH DEPOSIT BY KWAME (DRIVER) ACHIMOTA' : 'CASH DEP SELF SPINTEX BR'),
    charges: [
      { text: 'SMS ALERT FEE', amount: 500, kind: 'charge', n: 9 },
      { text: 'GIP INWARD FEE', amount: 200, kind: 'charge', n: 6 },
      { text: 'ACCOUNT MAINTENANCE FEE JUN', amount: 2500, kind: 'charge', day: 30 },
      { text: 'CHARGES ON COT', amount: 1850, kind: 'charge', day: 30 },
      { text: 'E-LEVY ON TRANSFER', amount: 3120, kind: 'levy', n: 4 },
      { text: 'STATEMENT FEE', amount: 2000, kind: 'charge' },
    ],
    interest: 0,
    interestText: '',
  };
  commonMonth(S, c);
  S.bank.splice(
    S.bank.findIndex((b) => b.kind === 'interest'),
    1,
  );
  // MoMo merchant (Hubtel) settlements, net of fee; fee booked separately / netted
  for (let i = 0; i < 8; i++) {
    const day = 2 + i * 3;
    const gross = S.amt(200000, 1800000, 100);
    const fee = Math.round(gross * 0.0195);
    const ref = `HBT${26060000 + day * 13}`;
    if (i % 2 === 0) {
      const l = S.L(day, gross, { ref, desc: 'Hubtel MoMo sales', party: 'Hubtel Ltd', type: 'Other Receipt' });
      const f = S.L(day, -fee, { ref, desc: 'Hubtel fees', party: 'Hubtel Ltd', type: 'Other Payment' });
      S.B(day + 1, gross - fee, `HUBTEL SETTLEMENT ${ref}`, {
        ledger: [l, f],
        evidence: 'reference',
        traits: ['gateway-settlement', 'net-of-fee-fee-booked-separately', 'settled-next-day'],
      });
    } else {
      const l = S.L(day + 1, gross - fee, {
        ref: null,
        desc: 'Hubtel settlement',
        party: 'Hubtel Ltd',
        type: 'Other Receipt',
      });
      S.B(day + 1, gross - fee, `HUBTEL SETTLEMENT ${ref}`, {
        ledger: [l],
        evidence: 'counterparty',
        traits: ['gateway-settlement', 'booked-net', 'settled-next-day'],
      });
    }
  }
  // MoMo float top-ups (bank → wallet) with E-levy
  for (let i = 0; i < 3; i++) {
    const day = 6 + i * 8;
    const a = -S.amt(300000, 900000, 10000);
    const l = S.L(day, a, { ref: null, desc: 'Float to MTN MoMo merchant wallet', party: null, type: 'Bank Transfer' });
    S.B(day, a, `BANK TO MOMO 0244XXX318 FLOAT`, {
      ledger: [l],
      evidence: 'counterparty',
      traits: ['wallet-transfer'],
    });
    S.B(day, -Math.round(-a * 0.01), 'E-LEVY 1% BANK TO WALLET', {
      expect: 'bank-only',
      kind: 'levy',
      traits: ['bank-charge'],
    });
  }
  // payroll: one batch, books one payment voucher per employee
  {
    const names = ['Akosua Frimpong', 'Kwesi Appiah', 'Efua Mensah', 'Yaw Darko', 'Adwoa Asante'];
    const amts = names.map(() => S.amt(350000, 900000, 100));
    const ls = names.map((n, i) =>
      S.L(26, -amts[i], { ref: `PV-06${21 + i}`, desc: `June salary ${n}`, party: n, type: 'Other Payment' }),
    );
    S.B(26, -amts.reduce((a, b) => a + b, 0), 'BULK TRANSFER SALARY JUNE 2026 5 BENEFICIARIES', {
      ledger: ls,
      evidence: 'counterparty',
      traits: ['payroll-batch', 'payroll-per-employee-ledger', 'split-one-to-many'],
    });
  }
  // cheques
  for (const [no, wd, pd] of [
    ['000812', 3, 9],
    ['000813', 10, 17],
    ['000814', 16, 24],
  ]) {
    const a = -S.amt(500000, 2500000, 100);
    const sup = pick(suppliers);
    const l = S.L(wd, a, {
      ref: `CHQ${no}`,
      desc: `Cheque ${no} ${sup.legal}`,
      party: sup.legal,
      type: 'Supplier Payment',
    });
    S.B(pd, a, `CLEARING CHQ NO ${no}`, {
      ledger: [l],
      evidence: 'reference',
      traits: ['cheque-number', 'settled-later'],
    });
  }
  S.L(29, -S.amt(500000, 2500000, 100), {
    ref: 'CHQ000815',
    desc: 'Cheque 000815 Kinapharma Limited',
    party: 'Kinapharma Limited',
    type: 'Supplier Payment',
    only: 'cheque not yet presented',
  });
  S.L(30, -S.amt(500000, 2500000, 100), {
    ref: 'CHQ000816',
    desc: 'Cheque 000816 Spintex Logistics Ltd',
    party: 'Spintex Logistics Ltd',
    type: 'Supplier Payment',
    only: 'cheque not yet presented',
  });
  // the month's fixed charges booked as one journal: maintenance + COT + statement fee (3 lines, one entry)
  {
    const fixed = S.bank.filter((b) =>
      ['ACCOUNT MAINTENANCE FEE JUN', 'CHARGES ON COT', 'STATEMENT FEE'].includes(b.text),
    );
    const l = S.L(
      30,
      fixed.reduce((a, b) => a + b.amount, 0),
      {
        ref: 'JNL-BC06',
        desc: 'Bank charges June (maintenance, COT, statement)',
        party: 'Access Bank Ghana',
        type: 'Journal',
      },
    );
    for (const b of fixed)
      Object.assign(b, {
        expect: 'match',
        kind: null,
        ledger: [l],
        group: 'g-charges',
        evidence: 'amount',
        traits: ['bank-charge-booked', 'month-charges-one-journal', 'split-many-to-one'],
      });
  }
  sortLines(S);
  return { S, Y, M, c };
}

// ===== Set 4: South Africa — Bidvest Bank CSV, Odoo journal items export =====
function setZA(rnd) {
  const Y = 2026;
  const M = 7;
  const S = makeSet({}, rnd);
  const customers = [
    cust('Protea Engineering Services (Pty) Ltd', 'PROTEA ENG', 'PES'),
    cust('Van der Merwe Boerdery', 'VD MERWE BOERDERY', 'VDM'),
    cust('Ubuntu Catering CC', 'UBUNTU CATERING', 'UC'),
    cust('Thandiwe Dlamini', 'T DLAMINI', 'TD'),
    cust('Karoo Logistics (Pty) Ltd', 'KAROO LOG', 'KL'),
    cust('Durban Marine Supplies', 'DBN MARINE', 'DMS'),
    cust('Stellenbosch Wine Traders', 'STB WINE TRADERS', 'SWT'),
    cust('Mzansi Build & Hardware', 'MZANSI BUILD', 'MBH'),
    cust('Pieterse & Naidoo Inc', 'PIETERSE NAIDOO', 'PNI'),
    cust('Soweto Fresh Produce Market', 'SOWETO FRESH', 'SFP'),
    cust('Highveld Office Park Body Corp', 'HIGHVELD BODY CORP', 'HBC'),
    cust('Sipho Mahlangu Electrical', 'S MAHLANGU ELEC', 'SME'),
  ];
  const suppliers = [
    cust('Builders Warehouse (Massmart)', 'BUILDERS WAREHOUSE', 'BW'),
    cust('Imperial Logistics', 'IMPERIAL LOG', 'IL'),
    cust('Eskom Holdings SOC', 'ESKOM', 'ESK'),
    cust('Cape Steel Fabricators', 'CAPE STEEL FAB', 'CSF'),
    cust('Makro Wholesale', 'MAKRO', 'MK'),
    cust('Bidvest Office', 'BIDVEST OFFICE', 'BO'),
  ];
  const c = {
    lastDay: 31,
    range: [450000, 9500000],
    round: 100,
    whtPct: 0,
    whtTrait: null,
    invStart: 143,
    billStart: 88,
    joinedOk: true,
    nReceipts: 38,
    nSupplier: 14,
    customers,
    suppliers,
    strangers: [cust('x', 'J BOTHA', 'JB'), cust('x', 'NOMSA K', 'NK'), cust('x', 'ABC TRADING', 'ABC')],
    vagueMemos: ['payment', 'acc', 'july', 'services'],
    creditNote: 'RINV/2026/00009',
    invoice: (n) => ({
      prefix: 'INV',
      year: 2026,
      serial: n,
      pad: 5,
      sep: '/',
      canonical: `INV/2026/${String(n).padStart(5, '0')}`,
    }),
    bill: (n) => `BILL/2026/07/${String(n).padStart(4, '0')}`,
    receiptDesc: (cu, iv) => iv.canonical,
    payDesc: (s, b) => b,
    recvText: (cu, ref, S2) => {
      const form = Math.floor(S2.rnd() * 3);
      const who = S2.rnd() < 0.25 ? cu.init : cu.trade;
      const r = ref ? ` ${ref}` : '';
      if (form === 0) return `CREDIT TRANSFER ${who}${r}`;
      if (form === 1) return `IB TRANSFER FROM ${who}${r}`;
      return `RTC CREDIT ${who}${r}`;
    },
    anonRecvText: () => `CREDIT TRANSFER ${Math.floor(rnd() * 90000000 + 10000000)}`,
    payText: (s, ref) => `IB PAYMENT TO ${s.trade}${ref ? ` ${ref}` : ''}`,
    reversalText: (s, ref) => `IB PAYMENT REVERSAL ${s.trade} ${ref} ACC CLOSED`,
    afterTransferOut: (S2, b) => {
      S2.B(b.day, -650, 'EFT PAYMENT FEE', { expect: 'bank-only', kind: 'charge', traits: ['bank-charge'] });
    },
    statutory: [
      {
        day: 7,
        amount: 8467300,
        ref: '7350712345LC0626',
        desc: 'SARS EMP201 June 2026',
        party: 'SARS',
        text: 'SARS EFILING PAYMENT 7350712345LC0626',
        evidence: 'reference',
      },
      {
        day: 7,
        amount: 1124000,
        ref: 'UIF-0626',
        desc: 'UIF June 2026',
        party: 'Unemployment Insurance Fund',
        text: 'UIF PAYMENT U123456789',
        evidence: 'counterparty',
      },
      {
        day: 25,
        amount: 15588200,
        ref: '4410198765V0626',
        desc: 'SARS VAT201 May-June 2026',
        party: 'SARS',
        text: 'SARS EFILING VAT 4410198765V0626',
        evidence: 'reference',
      },
    ],
    xferRef: (i) => `INTERNAL/00${i + 1}`,
    ownDesc: (i) => (i === 0 ? 'Transfer to Bidvest call account' : 'Transfer from Bidvest call account'),
    ownText: (i) => (i === 0 ? 'TRANSFER TO 03XXXX4471 CALL ACC' : 'TRANSFER FROM 03XXXX4471 CALL ACC'),
    cashDepositText: (i) => (i === 0 ? 'CASH DEPOSIT SANDTON BRANCH' : 'ATM CASH DEPOSIT ROSEBANK'),
    charges: [
      { text: '#MONTHLY ACCOUNT FEE', amount: 19500, kind: 'charge', day: 31 },
      { text: '#CASH DEPOSIT FEE', amount: 4820, kind: 'charge', n: 2 },
      { text: '#NOTIFICATION FEE', amount: 150, kind: 'charge', n: 11 },
      { text: '#IMMEDIATE PAYMENT FEE', amount: 1000, kind: 'charge', n: 4 },
      { text: '#DEBIT ORDER FEE', amount: 450, kind: 'charge', n: 3 },
      { text: '#UNPAID DEBIT ORDER FEE', amount: 9500, kind: 'charge' },
    ],
    interest: 31272,
    interestText: 'CREDIT INTEREST',
  };
  // no withholding in ZA: replace the three short payments with the plain trait (commonMonth books whtPct 0 as equal)
  commonMonth(S, c);
  // debit orders (one returned)
  const dos = [
    ['OUTSURANCE', 'Outsurance Insurance', 'POL 88213451', 2, 1245000],
    ['MIWAY BUS', 'MiWay Business Insurance', 'MWB0049281', 3, 987500],
    ['VODACOM', 'Vodacom (Pty) Ltd', 'ACC 4022918811', 15, 456700],
    ['SAGE SA', 'Sage South Africa', 'SUB 771204', 1, 89900],
  ];
  for (const [who, legal, contract, day, amt] of dos) {
    const l = S.L(day, -amt, { ref: contract, desc: `${legal} debit order`, party: legal, type: 'payment' });
    if (who === 'VODACOM') {
      const d = S.B(day, -amt, `DEBIT ORDER ${who} ${contract}`, {
        expect: 'reversal-pair',
        evidence: 'reference',
        traits: ['debit-order'],
      });
      const r = S.B(day + 2, amt, `RD UNPAID DEBIT ORDER ${who} ${contract} INSUFFICIENT FUNDS`, {
        expect: 'reversal-pair',
        evidence: 'reference',
        traits: ['debit-order', 'reversal'],
      });
      d.partner = r;
      r.partner = d;
      l.only = 'debit order returned unpaid; the book payment still stands and needs reversing';
    } else {
      S.B(day, -amt, `DEBIT ORDER ${who} ${contract}`, {
        ledger: [l],
        evidence: 'reference',
        traits: ['debit-order', 'ref-canonical'],
      });
    }
  }
  // Yoco card settlements: several terminals; some days two payouts booked as one
  for (let i = 0; i < 8; i++) {
    const day = 2 + i * 4;
    const g1 = S.amt(300000, 2500000, 100);
    const f1 = Math.round(g1 * 0.0295);
    if (i % 3 === 0) {
      const g2 = S.amt(200000, 1500000, 100);
      const f2 = Math.round(g2 * 0.0295);
      const l = S.L(day, g1 + g2 - f1 - f2, {
        ref: `YOCO ${p2(day)}/07`,
        desc: `Yoco payouts ${day} Jul (2 devices)`,
        party: 'Yoco Technologies',
        type: 'receipt',
      });
      S.B(day + 1, g1 - f1, `YOCO PAYOUT YC8813 ${p2(day)}07`, {
        ledger: [l],
        group: `g-yoco${i}`,
        evidence: 'counterparty',
        traits: ['pos-settlement', 'split-many-to-one', 'booked-net', 'settled-next-day'],
      });
      S.B(day + 1, g2 - f2, `YOCO PAYOUT YC9120 ${p2(day)}07`, {
        ledger: [l],
        group: `g-yoco${i}`,
        evidence: 'counterparty',
        traits: ['pos-settlement', 'split-many-to-one', 'booked-net', 'settled-next-day'],
      });
    } else if (i % 3 === 1) {
      const l = S.L(day, g1, {
        ref: `YOCO ${p2(day)}/07`,
        desc: `Yoco card sales ${day} Jul`,
        party: 'Yoco Technologies',
        type: 'receipt',
      });
      const f = S.L(day, -f1, {
        ref: `YOCO ${p2(day)}/07`,
        desc: 'Yoco commission',
        party: 'Yoco Technologies',
        type: 'payment',
      });
      S.B(day + 1, g1 - f1, `YOCO PAYOUT YC8813 ${p2(day)}07`, {
        ledger: [l, f],
        evidence: 'counterparty',
        traits: ['pos-settlement', 'net-of-fee-fee-booked-separately', 'settled-next-day'],
      });
    } else {
      const l = S.L(day, g1, { ref: null, desc: `Card sales ${day} Jul`, party: 'Yoco Technologies', type: 'receipt' });
      S.B(day + 1, g1 - f1, `YOCO PAYOUT YC8813 ${p2(day)}07`, {
        ledger: [l],
        evidence: 'counterparty',
        traits: ['pos-settlement', 'short-net-of-fee', 'settled-next-day'],
      });
    }
  }
  // payroll batch
  {
    const a = -S.amt(40000000, 60000000, 100);
    const l = S.L(25, a, { ref: 'SLIP/2026/07', desc: 'Salaries July 2026', party: null, type: 'journal' });
    S.B(25, a, 'SALARY BATCH PAYMENT 14 ITEMS JUL26', {
      ledger: [l],
      evidence: 'counterparty',
      traits: ['payroll-batch'],
    });
  }
  // a booked fee
  {
    const l = S.L(31, -22000, {
      ref: null,
      desc: 'Bank charges - card replacement',
      party: 'Bidvest Bank',
      type: 'payment',
    });
    S.B(12, -22000, '#CARD REPLACEMENT FEE', {
      ledger: [l],
      evidence: 'counterparty',
      traits: ['bank-charge-booked', 'late-posting'],
    });
  }
  sortLines(S);
  return { S, Y, M, c };
}

// ---------- writers ----------
function finish(setName, country, currency, tz, built, bankW, ledW) {
  const { S, Y, M, c } = built;
  const from = iso(Y, M, 1);
  const to = iso(Y, M, c.lastDay);
  const bw = bankW(S, Y, M, c);
  const lw = ledW(S, Y, M, c);
  const dir = join(OUT, setName);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, bw.file), bw.content);
  writeFileSync(join(dir, lw.file), lw.content);
  const bref = (b) => ({ file: bw.file, row: b.row, date: iso(Y, M, b.day), amount: dec(b.amount), text: b.text });
  const lref = (l) => ({ file: lw.file, row: l.row, date: iso(Y, M, l.day), amount: dec(l.amount) });
  const byFile = [...S.bank].sort((a, b) => a.row - b.row);
  // a writing that happens to equal the canonical reference is labelled canonical
  for (const b of S.bank) {
    if (/\d{30}/.test(b.text) && !b.traits.includes('nip-session-id')) b.traits.push('nip-session-id');
    const canon = b.ledger[0]?.ref;
    if (!canon) continue;
    b.traits = b.traits.map((t) =>
      /^ref-/.test(t) && t !== 'ref-canonical' && t !== 'ref-lowercase' && b.text.includes(canon) ? 'ref-canonical' : t,
    );
  }
  const truth = {
    set: setName,
    country,
    currency,
    timezone: tz,
    period: { from, to },
    seed: SEED,
    bankFiles: [
      {
        file: bw.file,
        bank: bw.bank,
        headerRow: bw.headerRow,
        ledgerAccount: lw.ledgerAccount,
        readOptions: bw.readOptions,
        openingBalance: dec(bw.opening),
        closingBalance: dec(bw.closing),
      },
    ],
    ledgerFiles: [
      {
        file: lw.file,
        package: lw.pkg,
        headerRow: lw.headerRow,
        readOptions: lw.readOptions,
        ...(lw.nonEntryRows.length ? { nonEntryRows: lw.nonEntryRows } : {}),
      },
    ],
    bank: byFile.map((b) => ({
      ref: bref(b),
      expect: b.expect,
      ledger: b.expect === 'match' ? b.ledger.map(lref) : [],
      ...(b.anyOf ? { ledgerAnyOf: b.anyOf.map((set) => set.map(lref)) } : {}),
      group: b.group,
      evidence: b.evidence,
      ambiguous: !!b.anyOf,
      kind: b.kind,
      partner: b.partner ? bref(b.partner) : null,
      traits: b.traits,
    })),
    ledgerOnly: S.ledger.filter((l) => l.only).map((l) => ({ ...lref(l), why: l.only })),
  };
  writeFileSync(join(dir, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  const doc = {
    options: { timezone: tz },
    bank: byFile.map((b) => ({
      id: `${bw.file}#${b.row}`,
      date: iso(Y, M, b.day),
      amount: dec(b.amount),
      currency,
      narration: b.text,
      reference: bw.refOf ? bw.refOf(b) : null,
      counterparty: null,
      balance: dec(b.balance),
    })),
    ledger: S.ledger.map((l) => ({
      id: `${lw.file}#${l.row}`,
      date: iso(Y, M, l.day),
      amount: dec(l.amount),
      currency,
      reference: l.ref ?? null,
      description: lw.descOf(l),
      party: lw.hasParty ? (l.party ?? null) : null,
      account: lw.ledgerAccount,
    })),
    statement: { from, to, bankBalance: dec(bw.closing) },
  };
  writeFileSync(join(dir, `reconcile.${bw.file}.json`), JSON.stringify(doc, null, 2) + '\n');
  const count = (e) => S.bank.filter((b) => b.expect === e).length;
  const matched = S.bank.filter((b) => b.expect === 'match');
  return {
    set: setName,
    country,
    dir: `holdout8/${setName}`,
    bankFiles: [bw.file],
    ledgerFiles: [lw.file],
    truth: `holdout8/${setName}/truth.json`,
    bankLines: S.bank.length,
    match: matched.length,
    bankOnly: count('bank-only'),
    reversalPair: count('reversal-pair'),
    noCounterpart: count('no-counterpart'),
    ledgerOnly: truth.ledgerOnly.length,
    ledgerRows: S.ledger.length,
    matchedWithoutReference: matched.filter((b) => b.evidence !== 'reference').length,
  };
}

function balances(S, opening) {
  let bal = opening;
  for (const b of S.bank) {
    bal += b.amount;
    b.balance = bal;
  }
  return bal;
}

// Sterling Bank: preamble, oldest first, DD-Mon-YYYY, Debit/Credit magnitudes, Reference column
function sterlingCSV(S, Y, M) {
  const opening = 1843226150;
  const closing = balances(S, opening);
  const file = 'sterling-0073-apr2026.csv';
  const rows = [
    ['STERLING BANK PLC'],
    ['ACCOUNT STATEMENT'],
    ['Account Name', 'OKEKE GENERAL DISTRIBUTION LTD'],
    ['Account Number', '00XXXXX073'],
    ['Currency', 'NGN'],
    ['Period', `01-Apr-${Y} to 30-Apr-${Y}`],
    ['Opening Balance', withCommas(opening)],
    [],
    ['Trans. Date', 'Value Date', 'Reference', 'Narration', 'Debit', 'Credit', 'Balance'],
  ];
  const headerRow = rows.length;
  let n = 0;
  for (const b of S.bank) {
    const d = `${p2(b.day)}-${MON[M - 1]}-${Y}`;
    const vd = b.day;
    b.reference = `S${String(7730000 + ++n * 37)}`;
    rows.push([
      d,
      `${p2(vd)}-${MON[M - 1]}-${Y}`,
      b.reference,
      b.text,
      b.amount < 0 ? withCommas(b.amount) : '',
      b.amount > 0 ? withCommas(b.amount) : '',
      withCommas(b.balance),
    ]);
    b.row = rows.length;
  }
  rows.push([]);
  rows.push(['Closing Balance', '', '', '', '', '', withCommas(closing)]);
  return {
    file,
    bank: 'Sterling Bank',
    content: csv(rows),
    headerRow,
    readOptions: {},
    opening,
    closing,
    refOf: (b) => b.reference,
  };
}

// QuickBooks Online General Ledger CSV (NG company, DD/MM/YYYY)
function qboGL(S, Y, M) {
  const acct = 'Sterling Bank Current 0073';
  const file = 'quickbooks-general-ledger-apr2026.csv';
  const opening = 1839004150;
  const rows = [
    ['Okeke General Distribution Ltd'],
    ['General Ledger'],
    [`April ${Y}`],
    [],
    ['', 'Date', 'Transaction Type', 'Num', 'Name', 'Memo/Description', 'Split', 'Amount', 'Balance'],
  ];
  const headerRow = rows.length;
  rows.push([acct]);
  rows.push(['Beginning Balance', '', '', '', '', '', '', '', dec(opening)]);
  const typeOf = {
    receipt: 'Payment',
    payment: 'Bill Payment (Cheque)',
    cheque: 'Cheque',
    journal: 'Journal Entry',
    transfer: 'Transfer',
    deposit: 'Deposit',
    expense: 'Expense',
  };
  const splitOf = {
    receipt: 'Accounts Receivable (A/R)',
    payment: 'Accounts Payable (A/P)',
    cheque: 'Accounts Payable (A/P)',
    journal: '-Split-',
    transfer: 'Providus Collection 4781',
    deposit: 'Sales - Online',
    expense: 'Bank Charges & Fees',
  };
  let bal = opening;
  for (const l of S.ledger) {
    bal += l.amount;
    const num = l.type === 'payment' || l.type === 'receipt' || l.type === 'cheque' ? l.ref : (l.ref ?? '');
    const memo = l.type === 'receipt' ? l.desc : l.desc;
    rows.push([
      '',
      `${p2(l.day)}/${p2(M)}/${Y}`,
      typeOf[l.type],
      num,
      l.party ?? '',
      memo,
      splitOf[l.type],
      dec(l.amount),
      dec(bal),
    ]);
    l.row = rows.length;
  }
  rows.push([`Total for ${acct}`, '', '', '', '', '', '', dec(bal - opening), '']);
  rows.push([]);
  rows.push(['TOTAL', '', '', '', '', '', '', dec(bal - opening), '']);
  rows.push([]);
  rows.push([`Accrual Basis ${new Date(Date.UTC(Y, M, 2)).toUTCString().slice(5, 16)}`]);
  return {
    file,
    pkg: 'QuickBooks Online (General Ledger report, CSV)',
    content: csv(rows),
    headerRow,
    readOptions: { currency: 'NGN', dateOrder: 'DMY' },
    ledgerAccount: acct,
    nonEntryRows: [],
    hasParty: true,
    descOf: (l) => l.desc,
  };
}

// Family Bank: DD/MM/YYYY, Debit/Credit, Book Balance
function familyCSV(S, Y, M) {
  const opening = 482119050;
  const closing = balances(S, opening);
  const file = 'familybank-0912-may2026.csv';
  const rows = [
    ['FAMILY BANK LIMITED'],
    ['Customer Account Statement'],
    ['Account Name:', 'RIFT AGRO SUPPLIES LIMITED'],
    ['Account No:', '0XXXXXXX0912'],
    ['Currency:', 'KES'],
    ['Statement Period:', `01/05/${Y} - 31/05/${Y}`],
    [],
    ['Tran Date', 'Value Date', 'Transaction Details', 'Cheque No', 'Debit', 'Credit', 'Book Balance'],
  ];
  const headerRow = rows.length;
  rows.push(['', '', 'BALANCE B/F', '', '', '', withCommas(opening)]);
  for (const b of S.bank) {
    const chq = /^CHQ (\d+)/.exec(b.text)?.[1] ?? '';
    rows.push([
      `${p2(b.day)}/${p2(M)}/${Y}`,
      `${p2(b.day)}/${p2(M)}/${Y}`,
      b.text,
      chq,
      b.amount < 0 ? withCommas(b.amount) : '',
      b.amount > 0 ? withCommas(b.amount) : '',
      withCommas(b.balance),
    ]);
    b.row = rows.length;
    b.chq = chq;
  }
  rows.push(['', '', 'BALANCE C/F', '', '', '', withCommas(closing)]);
  return {
    file,
    bank: 'Family Bank',
    content: csv(rows),
    headerRow,
    readOptions: {
      mapping: {
        date: 'Tran Date',
        valueDate: 'Value Date',
        description: 'Transaction Details',
        reference: 'Cheque No',
        moneyOut: 'Debit',
        moneyIn: 'Credit',
        balance: 'Book Balance',
      },
      currency: 'KES',
      dateOrder: 'DMY',
    },
    opening,
    closing,
    refOf: (b) => b.chq || null,
  };
}

// Xero Account Transactions (KE org): d Mon yyyy
function xeroAT(S, Y, M) {
  const acct = 'Family Bank Current (0912)';
  const file = 'xero-account-transactions-may2026.csv';
  const opening = 480911050;
  const rows = [
    ['Account Transactions'],
    ['Rift Agro Supplies Limited'],
    [`For the period 1 May ${Y} to 31 May ${Y}`],
    [],
    ['Date', 'Source', 'Description', 'Reference', 'Debit', 'Credit', 'Running Balance', 'Gross', 'VAT'],
  ];
  const headerRow = rows.length;
  rows.push([acct]);
  rows.push(['Opening Balance', '', '', '', '', '', withCommas(opening), '', '']);
  const src = {
    receipt: 'Receivable Payment',
    payment: 'Payable Payment',
    journal: 'Manual Journal',
    transfer: 'Bank Transfer',
    deposit: 'Receive Money',
    expense: 'Spend Money',
  };
  let bal = opening;
  for (const l of S.ledger) {
    bal += l.amount;
    rows.push([
      `${l.day} ${MON[M - 1]} ${Y}`,
      src[l.type],
      l.desc,
      l.ref ?? '',
      l.amount > 0 ? withCommas(l.amount) : '',
      l.amount < 0 ? withCommas(l.amount) : '',
      withCommas(bal),
      withCommas(l.amount),
      '',
    ]);
    l.row = rows.length;
  }
  rows.push([`Total ${acct}`, '', '', '', '', '', '', '', '']);
  rows.push(['Closing Balance', '', '', '', '', '', withCommas(bal), '', '']);
  return {
    file,
    pkg: 'Xero (Account Transactions report, CSV)',
    content: csv(rows),
    headerRow,
    readOptions: { currency: 'KES' },
    ledgerAccount: acct,
    nonEntryRows: [],
    hasParty: false,
    descOf: (l) => l.desc,
  };
}

// Access Bank Ghana: newest first, Posted Date / Value Date, Description, Debit, Credit, Balance (GHS preamble)
function accessGhCSV(S, Y, M) {
  const opening = 28457733;
  const closing = balances(S, opening);
  const file = 'accessbank-gh-1021-jun2026.csv';
  const rows = [
    ['ACCESS BANK (GHANA) PLC'],
    ['Statement of Account'],
    ['Account Name', 'SANKOFA PHARMA DISTRIBUTORS LTD'],
    ['Account Number', '10XXXXXX1021'],
    ['Currency', 'GHS'],
    ['Period', `01-JUN-${Y} TO 30-JUN-${Y}`],
    ['Opening Balance', withCommas(opening)],
    ['Closing Balance', withCommas(closing)],
    [],
    ['Posted Date', 'Value Date', 'Description', 'Debit', 'Credit', 'Balance'],
  ];
  const headerRow = rows.length;
  for (const b of [...S.bank].reverse()) {
    const d = `${p2(b.day)}-${MON[M - 1].toUpperCase()}-${String(Y).slice(2)}`;
    rows.push([
      d,
      d,
      b.text,
      b.amount < 0 ? withCommas(b.amount) : '',
      b.amount > 0 ? withCommas(b.amount) : '',
      withCommas(b.balance),
    ]);
    b.row = rows.length;
  }
  return {
    file,
    bank: 'Access Bank Ghana',
    content: csv(rows),
    headerRow,
    readOptions: { currency: 'GHS' },
    opening,
    closing,
    refOf: null,
  };
}

// Sage Business Cloud Accounting: Detailed Ledger Transactions (GH company, DD/MM/YYYY)
function sageDLT(S, Y, M) {
  const acct = '1210 - Access Bank Ghana Current';
  const file = 'sage-detailed-ledger-transactions-jun2026.csv';
  const rows = [
    ['Sankofa Pharma Distributors Ltd'],
    ['Detailed Ledger Transactions'],
    [`From 01/06/${Y} To 30/06/${Y}`],
    [],
    ['Account', 'Date', 'Type', 'Reference', 'Contact', 'Description', 'Debit', 'Credit', 'Balance'],
  ];
  const headerRow = rows.length;
  const typeOf = {
    receipt: 'Customer Receipt',
    payment: 'Supplier Payment',
    journal: 'Journal',
    transfer: 'Bank Transfer',
  };
  const opening = 28101233;
  rows.push([acct, `01/06/${Y}`, '', '', '', 'Opening Balance', withCommas(opening), '', withCommas(opening)]);
  const nonEntryRows = [{ row: rows.length, why: 'opening balance of the account, not an entry' }];
  let bal = opening;
  for (const l of S.ledger) {
    bal += l.amount;
    rows.push([
      acct,
      `${p2(l.day)}/${p2(M)}/${Y}`,
      typeOf[l.type] ?? l.type,
      l.ref ?? '',
      l.party ?? '',
      l.desc,
      l.amount > 0 ? dec(l.amount) : '',
      l.amount < 0 ? dec(-l.amount) : '',
      dec(bal),
    ]);
    l.row = rows.length;
  }
  rows.push(['', '', '', '', '', `Total ${acct}`, '', '', dec(bal)]);
  return {
    file,
    pkg: 'Sage Business Cloud Accounting (Detailed Ledger Transactions, CSV)',
    content: csv(rows),
    headerRow,
    readOptions: { currency: 'GHS', dateOrder: 'DMY' },
    ledgerAccount: acct,
    nonEntryRows,
    hasParty: true,
    descOf: (l) => l.desc,
  };
}

// Bidvest Bank business online: CSV, YYYY/MM/DD, signed Amount, Balance
function bidvestCSV(S, Y, M) {
  const opening = 21336745;
  const closing = balances(S, opening);
  const file = 'bidvest-bank-4409-jul2026.csv';
  const rows = [
    ['Bidvest Bank Limited'],
    ['Business Current Account', '18XXXX4409'],
    ['Statement from', `${Y}/07/01`, 'to', `${Y}/07/31`],
    [],
    ['Transaction Date', 'Effective Date', 'Description', 'Reference', 'Amount', 'Balance'],
  ];
  const headerRow = rows.length;
  for (const b of S.bank) {
    const r = /(?:POL|MWB|ACC|SUB) ?\d+/.exec(b.text)?.[0] ?? '';
    b.reference = r;
    rows.push([`${Y}/${p2(M)}/${p2(b.day)}`, `${Y}/${p2(M)}/${p2(b.day)}`, b.text, r, dec(b.amount), dec(b.balance)]);
    b.row = rows.length;
  }
  return {
    file,
    bank: 'Bidvest Bank',
    content: csv(rows),
    headerRow,
    readOptions: {
      mapping: {
        date: 'Transaction Date',
        valueDate: 'Effective Date',
        description: 'Description',
        reference: 'Reference',
        amount: 'Amount',
        balance: 'Balance',
      },
      currency: 'ZAR',
    },
    opening,
    closing,
    refOf: (b) => b.reference || null,
  };
}

// Odoo 17 Journal Items export (list view → Export, CSV), account 1002 Bidvest Bank
function odooItems(S, Y, M) {
  const file = 'odoo-journal-items-bank-jul2026.csv';
  const rows = [['Date', 'Journal Entry', 'Account', 'Partner', 'Reference', 'Label', 'Debit', 'Credit', 'Matching']];
  const headerRow = 1;
  let n = 0;
  for (const l of S.ledger) {
    const move =
      l.type === 'journal' || l.type === 'transfer'
        ? `MISC/${Y}/07/${String(++n).padStart(4, '0')}`
        : `BNK1/${Y}/${String(400 + ++n).padStart(5, '0')}`;
    l.move = move;
    rows.push([
      iso(Y, M, l.day),
      move,
      '1002 Bidvest Bank',
      l.party ?? '',
      l.ref ?? '',
      l.desc,
      l.amount > 0 ? dec(l.amount) : '0.00',
      l.amount < 0 ? dec(-l.amount) : '0.00',
      '',
    ]);
    l.row = rows.length;
  }
  return {
    file,
    pkg: 'Odoo 17 (Journal Items export, CSV)',
    content: csv(rows),
    headerRow,
    readOptions: {
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
      currency: 'ZAR',
    },
    ledgerAccount: '1002 Bidvest Bank',
    nonEntryRows: [],
    hasParty: true,
    descOf: (l) => l.desc,
  };
}

// ---------- main ----------
// the set folders are rewritten; README.md (hand-written) is kept
for (const d of ['ng-sterling-qbo', 'ke-familybank-xero', 'gh-accessgh-sage', 'za-bidvest-odoo'])
  rmSync(join(OUT, d), { recursive: true, force: true });
const rng = mulberry32(SEED);
const sets = [
  finish('ng-sterling-qbo', 'NG', 'NGN', 'Africa/Lagos', setNG(mulberry32(SEED + 1)), sterlingCSV, qboGL),
  finish('ke-familybank-xero', 'KE', 'KES', 'Africa/Nairobi', setKE(mulberry32(SEED + 2)), familyCSV, xeroAT),
  finish('gh-accessgh-sage', 'GH', 'GHS', 'Africa/Accra', setGH(mulberry32(SEED + 3)), accessGhCSV, sageDLT),
  finish('za-bidvest-odoo', 'ZA', 'ZAR', 'Africa/Johannesburg', setZA(mulberry32(SEED + 4)), bidvestCSV, odooItems),
];
void rng;
writeFileSync(join(OUT, 'index.json'), JSON.stringify({ seed: SEED, sets }, null, 2) + '\n');
for (const s of sets)
  console.log(
    `${s.set}: ${s.bankLines} bank lines, ${s.match} match, ${s.bankOnly} bank-only, ${s.reversalPair} reversal-pair, ${s.noCounterpart} no-counterpart, ${s.ledgerOnly} ledger-only, ${s.matchedWithoutReference} matched w/o ref`,
  );
