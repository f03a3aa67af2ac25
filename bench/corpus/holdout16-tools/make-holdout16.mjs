#!/usr/bin/env node
// Writes bench/corpus/holdout16/** — four month-long blind sets (NG, GH, KE, ZA): bank statement CSVs as the banks
// export them, ledger exports as the packages write them, truth.json, reconcile JSON documents and index.json.
// Seeded: the same seed gives the same bytes. Written from the public input contracts only (docs/), never from the
// engine. Money is integer minor units; strings are made only at the edges.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  rngOf,
  MONTHS,
  MONTHS_LONG,
  iso,
  addDays,
  busDay,
  busDayBack,
  lastDay,
  dec,
  commas,
  csvLine,
  parts,
} from './lib.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.resolve(HERE, '../holdout16');
const SEED = Number(process.env.BANKFEED_CORPUS_SEED ?? 16020516);
console.log(`holdout16 seed ${SEED}`);

// ---------------------------------------------------------------------------------------------------------------
// Builder: bank lines, ledger rows and the truth, before any file layout is chosen.

function newSet(P, seed) {
  const r = rngOf(seed);
  const S = { P, r, seed, bank: [], led: [], exp: [], lonly: [], seq: 0, lseq: 0, used: new Set(), gseq: 0 };
  S.int = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
  S.pick = (a) => a[Math.floor(r() * a.length)];
  S.first = iso(P.year, P.month, 1);
  S.last = iso(P.year, P.month, lastDay(P.year, P.month));
  S.d = (day) => iso(P.year, P.month, day);
  /** A business day between day lo and hi of the month. */
  S.rday = (lo, hi) => {
    const t = busDay(S.d(S.int(lo, hi)));
    return t > S.last ? busDayBack(S.last) : t;
  };
  S.clamp = (t) => (t > S.last ? S.last : t < S.first ? S.first : t);
  /** A fresh amount in minor units within [lo, hi] major, unique in the set (no accidental equal amounts). */
  S.amt = (lo, hi, round = 0) => {
    for (;;) {
      let v = S.int(lo * 100, hi * 100);
      if (round) v = Math.round(v / (round * 100)) * round * 100;
      else if (r() < 0.25) v = Math.round(v / 100) * 100;
      if (v > 0 && !S.used.has(v)) {
        S.used.add(v);
        return v;
      }
    }
  };
  S.B = (date, amt, text, ref = '', o = {}) => {
    const l = { seq: ++S.seq, sub: 0, date, vdate: o.vdate ?? date, amt, text, ref, subs: 0 };
    S.used.add(Math.abs(amt));
    S.bank.push(l);
    return l;
  };
  /** A line the bank writes right after another one (its charge, levy or tax). */
  S.after = (parent, amt, text, ref = '') => {
    const l = { seq: parent.seq, sub: ++parent.subs, date: parent.date, vdate: parent.vdate, amt, text, ref, subs: 0 };
    S.bank.push(l);
    return l;
  };
  S.charge = (parent, amt, text, kind, tr = [], ref = '') => {
    const l = S.after(parent, amt, text, ref);
    S.X(l, { d: 'bank-only', kind, ev: 'amount', tr: ['bank-charge', ...tr] });
    return l;
  };
  S.bankOnly = (date, amt, text, kind, tr = [], ref = '') => {
    const l = S.B(date, amt, text, ref);
    S.X(l, { d: 'bank-only', kind, ev: 'amount', tr: ['bank-charge', ...tr] });
    return l;
  };
  S.L = (date, amt, f) => {
    // Bookkeepers here post on working days: a weekend date moves back to the Friday (never before the 1st).
    let t = busDayBack(S.clamp(date));
    if (t < S.first) t = busDay(S.first);
    const row = { lseq: ++S.lseq, date: t, amt, ...f };
    S.used.add(Math.abs(amt));
    S.led.push(row);
    return row;
  };
  S.X = (lines, o) => {
    const arr = Array.isArray(lines) ? lines : [lines];
    const e = { lines: arr, ...o };
    if (arr.length > 1 && !e.group) e.group = `g${String(++S.gseq).padStart(3, '0')}`;
    S.exp.push(e);
    return e;
  };
  S.LO = (row, why) => S.lonly.push({ row, why });
  let invNo = P.invStart;
  S.inv = () => (invNo += S.int(1, 3));
  return S;
}

// ---------------------------------------------------------------------------------------------------------------
// The cases every set carries; the profile writes them in its bank's and package's words.

function core(S) {
  const { P } = S;
  const C = P.customers;
  const styles = P.styles;
  const recvDate = (d, lag = S.int(0, 1)) => S.clamp(addDays(d, lag));
  const payDate = (d) => S.clamp(addDays(d, -S.int(0, 1)));

  // Receipts quoting the invoice, in the writings customers use.
  for (let i = 0; i < P.nRef; i++) {
    const c = C[i % C.length];
    const n = S.inv();
    const late = i === 4;
    const date = late ? S.rday(3, 18) : S.rday(2, 27);
    const amt = S.amt(...P.invRange);
    const style = styles[i % styles.length];
    const b = P.rcv(S, date, amt, c, P.invW(n, style), S.pick(P.inCh));
    const l = P.led(S, 'rcv', late ? addDays(date, 4) : recvDate(date), amt, { c, inv: n });
    S.X(b, { d: 'auto', L: [l], ev: 'reference', tr: [`ref-${style}`, ...(late ? ['late-posting'] : [])] });
  }

  // Receipts naming the payer only, as the books name them.
  for (let i = 0; i < P.nName; i++) {
    const c = C[(i * 3 + 1) % C.length];
    const date = S.rday(2, 27);
    const amt = S.amt(...P.invRange);
    const b = P.rcv(S, date, amt, c, '', S.pick(P.inCh));
    const l = P.led(S, 'rcv', recvDate(date), amt, { c, inv: S.inv() });
    S.X(b, { d: 'auto', L: [l], ev: 'counterparty', tr: ['name-only'] });
  }

  // Payers written very differently from the books: initials, the owner's own name, a trading name.
  for (const o of P.oddPayers) {
    const date = S.rday(3, 26);
    const amt = S.amt(...P.invRange);
    const b = P.rcv(S, date, amt, { bank: o.bank }, o.ref ?? '', o.ch ?? P.inCh[0]);
    const l = P.led(S, 'rcv', recvDate(date), amt, { c: { book: o.book }, inv: S.inv() });
    S.X(b, { d: 'suggest', L: [l], mustNotAuto: false, ev: 'amount', tr: ['name-only', o.trait] });
  }

  // Anonymous receipts: a cash deposit, a transfer without a name. An accountant must ask.
  for (let i = 0; i < P.anon.length; i++) {
    const date = S.rday(4, 25);
    const amt = S.amt(P.invRange[0], P.invRange[1] / 3, P.roundCash);
    const b = P.anon[i](S, date, amt);
    const c = C[(i * 5 + 2) % C.length];
    const l = P.led(S, 'rcv', recvDate(date), amt, { c, inv: S.inv(), memo: P.cashMemo?.(i) });
    S.X(b, { d: 'suggest', L: [l], mustNotAuto: true, ev: 'amount', tr: ['anonymous', 'amount-only'] });
  }

  // Part payment booked as what was paid, quoting the invoice.
  {
    const c = C[3];
    const n = S.inv();
    const date = S.rday(5, 20);
    const amt = S.amt(P.invRange[0], P.invRange[1] / 2, P.roundPart);
    const b = P.rcv(S, date, amt, c, P.partW(n, 0), P.inCh[0]);
    const l = P.led(S, 'rcv', recvDate(date), amt, { c, inv: n, part: true });
    S.X(b, { d: 'auto', L: [l], ev: 'reference', tr: ['part-payment', 'ref-canonical'] });
  }
  // Part payment the bookkeeper booked as if the whole invoice had come in: right entry, wrong amount.
  {
    const c = C[6];
    const n = S.inv();
    const date = S.rday(8, 24);
    const full = S.amt(P.invRange[1] / 2, P.invRange[1]);
    const paid = Math.round(full / 2 / (P.roundPart * 100)) * P.roundPart * 100;
    const b = P.rcv(S, date, paid, c, P.partW(n, 1), P.inCh[0]);
    const l = P.led(S, 'rcv', recvDate(date), full, { c, inv: n });
    S.X(b, {
      d: 'suggest',
      L: [l],
      mustNotAuto: true,
      ev: 'reference',
      tr: ['part-payment', 'booked-in-full', 'ref-lowercase'],
    });
  }

  // Customers paying net of a withholding (or discount) they keep, quoting the invoice.
  for (let i = 0; i < P.short.length; i++) {
    const w = P.short[i];
    const c = C[(i * 4 + 5) % C.length];
    const n = S.inv();
    const date = S.rday(4, 26);
    const gross = S.amt(...P.invRange);
    const net = gross - w.cut(gross);
    const b = P.rcv(S, date, net, c, P.invW(n, w.style), w.ch ?? P.inCh[0]);
    const l = P.led(S, 'rcv', recvDate(date), gross, { c, inv: n });
    S.X(b, { d: 'auto', L: [l], ev: 'reference', tr: [w.trait, `ref-${w.style}`], diff: true });
  }

  // One transfer for three invoices, each receipt booked on its own.
  {
    const c = C[2];
    const ns = [S.inv(), S.inv(), S.inv()];
    const date = S.rday(9, 21);
    const amts = ns.map(() => S.amt(P.invRange[0], P.invRange[1] / 2));
    const sum = amts.reduce((a, b) => a + b, 0);
    S.used.add(sum);
    const b = P.rcv(S, date, sum, c, P.multiW(ns), P.inCh[0]);
    const ld = recvDate(date);
    const ls = ns.map((n, k) => P.led(S, 'rcv', ld, amts[k], { c, inv: n }));
    S.X(b, { d: 'auto', L: ls, ev: 'reference', tr: ['split-one-to-many'] });
  }

  // One invoice paid in two transfers; the receipt booked once the second arrived.
  {
    const c = C[8];
    const n = S.inv();
    const d1 = S.rday(6, 12);
    const d2 = busDay(addDays(d1, S.int(3, 7)));
    const total = S.amt(P.invRange[1] / 2, P.invRange[1]);
    const first = Math.round((total * 0.6) / (P.roundPart * 100)) * P.roundPart * 100;
    const b1 = P.rcv(S, d1, first, c, P.twoW(n, 1), P.inCh[0]);
    const b2 = P.rcv(S, d2, total - first, c, P.twoW(n, 2), P.inCh[0]);
    const l = P.led(S, 'rcv', d2, total, { c, inv: n });
    S.X([b1, b2], { d: 'auto', L: [l], ev: 'reference', tr: ['split-many-to-one'] });
  }

  // Identical twins: two equal transfers from one payer on one day, two equal receipts in the books.
  {
    const c = C[1];
    const date = S.rday(10, 20);
    const amt = S.amt(P.invRange[0], P.invRange[1] / 2, P.roundPart);
    const b1 = P.rcv(S, date, amt, c, P.twinRef ?? '', P.inCh[0], { twin: 1 });
    const b2 = P.rcv(S, date, amt, c, P.twinRef ?? '', P.inCh[0], { twin: 2 });
    const l1 = P.led(S, 'rcv', date, amt, { c, memo: P.twinMemo });
    const l2 = P.led(S, 'rcv', date, amt, { c, memo: P.twinMemo });
    for (const b of [b1, b2])
      S.X(b, { d: 'auto', any: [[l1], [l2]], ev: 'counterparty', tr: ['twins', 'name-only'], ambiguous: true });
  }

  // A tie: one transfer from a customer with two open receipts of that amount, no invoice quoted.
  {
    const c = P.tieCustomer;
    const date = S.rday(14, 24);
    const amt = S.amt(P.invRange[0], P.invRange[1] / 4, P.roundPart);
    const b = P.rcv(S, date, amt, c, '', P.inCh[0]);
    const l1 = P.led(S, 'rcv', addDays(date, -4), amt, { c, inv: S.inv() });
    const l2 = P.led(S, 'rcv', addDays(date, -1), amt, { c, inv: S.inv() });
    S.X(b, { d: 'suggest', any: [[l1], [l2]], mustNotAuto: true, ev: 'counterparty', tr: ['tie', 'name-only'] });
  }

  // Supplier payments quoting the supplier's bill, then others naming the supplier only.
  const SU = P.suppliers;
  for (let i = 0; i < P.nSupRef; i++) {
    const s = SU[i % SU.length];
    const date = S.rday(3, 27);
    const amt = -S.amt(...P.billRange);
    const bill = P.bill(S, s, i);
    const b = P.pay(S, date, amt, s, bill.bank, S.pick(P.outCh));
    const l = P.led(S, 'bill', payDate(date), amt, { c: s, bill: bill.book });
    S.X(b, { d: 'auto', L: [l], ev: 'reference', tr: ['bill-ref', ...(bill.trait ? [bill.trait] : [])] });
  }
  for (let i = 0; i < P.nSupName; i++) {
    const s = SU[(i + P.nSupRef) % SU.length];
    const date = S.rday(3, 27);
    const amt = -S.amt(...P.billRange);
    const b = P.pay(S, date, amt, s, '', S.pick(P.outCh));
    const l = P.led(S, 'bill', payDate(date), amt, { c: s, bill: P.bill(S, s, 50 + i).book });
    S.X(b, { d: 'auto', L: [l], ev: 'counterparty', tr: ['name-only', 'supplier'] });
  }

  // A transfer that failed and came back, then was sent again. The books hold the payment once.
  {
    const s = P.failSupplier;
    const d1 = S.rday(9, 16);
    const amt = -S.amt(...P.billRange);
    const bill = P.bill(S, s, 99);
    const b1 = P.pay(S, d1, amt, s, bill.bank, P.outCh[0]);
    const b2 = P.reversal(S, busDay(addDays(d1, 1)), -amt, s, bill.bank, b1);
    const b3 = P.pay(S, busDay(addDays(d1, 3)), amt, s, bill.bank, P.outCh[0], { resend: true });
    const l = P.led(S, 'bill', d1, amt, { c: s, bill: bill.book });
    S.X(b1, { d: 'reversal-pair', partner: b2, ev: 'reference', tr: ['failed-transfer'] });
    S.X(b2, { d: 'reversal-pair', partner: b1, ev: 'reference', tr: ['reversal'] });
    S.X(b3, { d: 'auto', L: [l], ev: 'reference', tr: ['resent-after-reversal', 'bill-ref'] });
  }

  // Book entries without a bank line at month end.
  {
    const c = C[9];
    const l = P.led(S, 'rcv', S.last, S.amt(...P.invRange), { c, inv: S.inv() });
    S.LO(l, 'receipt booked on the last day from a remittance advice; the money reaches the bank next month');
    const s = SU[SU.length - 1];
    const l2 = P.led(S, 'bill', busDayBack(S.last), -S.amt(...P.billRange), { c: s, bill: P.bill(S, s, 77).book });
    S.LO(l2, 'supplier payment booked at month end, sent from the bank in the next month');
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Nigeria — Stanbic IBTC business current account (CSV) and a QuickBooks Desktop general ledger (CSV).

function sessionId(S, bankCode, date) {
  const [y, m, d] = parts(date);
  const digits = Array.from({ length: 12 }, () => S.int(0, 9)).join('');
  return `${bankCode}${String(y).slice(2)}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${String(S.int(80000, 175959)).padStart(6, '0')}${digits}`;
}

const NG = {
  key: 'ng-stanbic-quickbooks',
  country: 'NG',
  currency: 'NGN',
  timezone: 'Africa/Lagos',
  year: 2025,
  month: 2,
  company: 'EKO CREST PACKAGING LTD',
  invStart: 2218,
  nRef: 32,
  nName: 6,
  nSupRef: 15,
  nSupName: 8,
  invRange: [180000, 4200000],
  billRange: [95000, 3600000],
  roundCash: 5000,
  roundPart: 50000,
  styles: ['canonical', 'nospace', 'hash', 'word', 'serial', 'slash', 'dash', 'lowercase'],
  inCh: ['nip', 'nip', 'nip', 'ift'],
  outCh: ['nip', 'nip', 'ift'],
  customers: [
    { book: 'Adesanya Foods Ltd', bank: 'ADESANYA FOODS LIMITED', nbank: 'GTB' },
    { book: 'Mama Ngozi Kitchens Ltd', bank: 'MAMA NGOZI KITCHENS LTD', nbank: 'ACCESS' },
    { book: 'Lekki Gardens Bakery Ltd', bank: 'LEKKI GARDENS BAKERY', nbank: 'ZENITH' },
    { book: 'Crown Bites Restaurants Ltd', bank: 'CROWN BITES RESTAURANTS LTD', nbank: 'UBA' },
    { book: 'Ikeja Fresh Mart Ltd', bank: 'IKEJA FRESH MART LIMITED', nbank: 'FBN' },
    { book: 'Obiora & Sons Distribution Ltd', bank: 'OBIORA AND SONS DISTRIBUTION', nbank: 'FIDELITY' },
    { book: 'Kano Grains Processing Ltd', bank: 'KANO GRAINS PROCESSING LTD', nbank: 'JAIZ' },
    { book: 'Zara Confectionery Ltd', bank: 'ZARA CONFECTIONERY LTD', nbank: 'STANBIC' },
    { book: 'Bright Star Supermarkets Ltd', bank: 'BRIGHT STAR SUPERMARKETS', nbank: 'WEMA' },
    { book: 'Ogechi Catering Services', bank: 'OGECHI CATERING SERVICES', nbank: 'MONIEPOINT' },
    { book: 'Golden Spoon Eateries Ltd', bank: 'GOLDEN SPOON EATERIES LTD', nbank: 'GTB' },
    { book: 'Victoria Island Deli Ltd', bank: 'VICTORIA ISLAND DELI LTD', nbank: 'FCMB' },
    { book: 'Ajah Meatpie Co. Ltd', bank: 'AJAH MEATPIE COMPANY LTD', nbank: 'STERLING' },
  ],
  tieCustomer: { book: 'Adaeze Okafor', bank: 'ADAEZE CHIOMA OKAFOR', nbank: 'OPAY' },
  oddPayers: [
    { book: 'Tasty Meals & Catering Enterprises', bank: 'T M C ENT', trait: 'payer-initials' },
    { book: "Bukola's Pastries Ltd", bank: 'OLUWABUKOLA ADEYEMI-JOHNSON', trait: 'payer-owner-personal-name' },
    { book: 'Fortune Table Nigeria Ltd', bank: 'KILIWAYS DINER YABA', trait: 'payer-trading-name' },
  ],
  suppliers: [
    { book: 'Lagos Paper Mills Ltd', bank: 'LAGOS PAPER MILLS LTD', nbank: 'FBN', fmt: 'SI-' },
    { book: 'Polyflex Plastics Nig Ltd', bank: 'POLYFLEX PLASTICS NIG', nbank: 'ACCESS', fmt: 'PPN/25/' },
    { book: 'Ikorodu Inks & Coatings Ltd', bank: 'IKORODU INKS AND COATINGS', nbank: 'ZENITH', fmt: 'INV' },
    { book: 'Swift Haul Couriers Ltd', bank: 'SWIFT HAUL COURIERS', nbank: 'GTB', fmt: 'SHC-' },
    { book: 'Agbara Corrugated Boards Ltd', bank: 'AGBARA CORRUGATED BOARDS', nbank: 'UBA', fmt: 'ACB' },
    { book: 'Mobile Energy Diesel Supply Ltd', bank: 'MOBILE ENERGY DIESEL SUPPLY', nbank: 'FIDELITY', fmt: 'MED' },
    { book: 'Apapa Adhesives Ltd', bank: 'APAPA ADHESIVES LIMITED', nbank: 'WEMA', fmt: 'AAL-' },
  ],
  failSupplier: { book: 'Okon Logistics Ltd', bank: 'OKON LOGISTICS LTD', nbank: 'ZENITH', fmt: 'OKL-' },
  short: [
    { cut: (g) => Math.round(g * 0.05), trait: 'short-withholding-tax-5pct', style: 'canonical' },
    { cut: (g) => Math.round(g * 0.1), trait: 'short-withholding-tax-10pct', style: 'word' },
  ],
  twinMemo: 'Weekly supply - cash customer account',
  invW(n, style) {
    return {
      canonical: `INV ${n}`,
      nospace: `INV${n}`,
      hash: `INV#${n}`,
      word: `INVOICE NO ${n}`,
      serial: `${n}`,
      slash: `INV/${n}`,
      dash: `INV-${n}`,
      lowercase: `inv ${n}`,
    }[style];
  },
  partW: (n, k) => (k === 0 ? `PART PAYMENT INV ${n}` : `part pymt inv${n}`),
  multiW: (ns) => `INV ${ns[0]}/${ns[1]}/${ns[2]}`,
  twoW: (n, k) => (k === 1 ? `INV ${n} 1ST INSTALMENT` : `BAL INV ${n}`),
  bill(S, s, i) {
    const serial = 1000 + ((i * 37 + s.book.length * 11) % 8000);
    const book = `${s.fmt}${s.fmt === 'PPN/25/' ? String(serial).padStart(4, '0') : serial}`;
    const bank = i % 3 === 1 ? book.replace(/[-/]/g, '') : i % 3 === 2 ? `BILL ${book}` : book;
    return { book, bank, trait: i % 3 === 1 ? 'ref-punctuation-dropped' : null };
  },
  anon: [
    (S, date, amt) => S.B(date, amt, 'CASH DEPOSIT - ALLEN AVENUE BRANCH', `CD${String(S.int(100000, 999999))}`),
    (S, date, amt) => {
      const l = S.B(date, amt, 'NIP TRANSFER FROM OPAY/TRANSFER', sessionId(S, '100004', date));
      return l;
    },
  ],
  cashMemo: (i) => (i === 0 ? 'Cash received - sales rep lodgement' : null),
  rcv(S, date, amt, c, ref, ch, o = {}) {
    const nb = c.nbank ?? 'OPAY';
    const refPart = ref ? `/${ref}` : '';
    if (ch === 'ift' || nb === 'STANBIC') {
      return S.B(date, amt, `IFT FROM ${c.bank}${ref ? ' ' + ref : ''}`, `FT25${S.int(10000000, 99999999)}`);
    }
    const text = S.r() < 0.5 ? `NIP TRANSFER FROM ${nb}/${c.bank}${refPart}` : `NIP/${nb}/${c.bank}${refPart}`;
    return S.B(date, amt, o.twin ? `NIP/${nb}/${c.bank}` : text, sessionId(S, '000013', date));
  },
  pay(S, date, amt, s, ref, ch, o = {}) {
    let line;
    if (ch === 'ift' && !o.resend) {
      line = S.B(date, amt, `IFT TO ${s.bank}${ref ? ' ' + ref : ''}`, `FT25${S.int(10000000, 99999999)}`);
    } else {
      line = S.B(date, amt, `NIP TRANSFER TO ${s.nbank}/${s.bank}${ref ? '/' + ref : ''}`, sessionId(S, '221', date));
      const fee = -amt > 5000000 ? 5375 : -amt > 500000 ? 2688 : 1075;
      S.charge(line, -fee, 'NIP TRANSFER CHARGE + VAT', 'fee-vat');
    }
    return line;
  },
  reversal(S, date, amt, s, ref, orig) {
    return S.B(date, amt, `REVERSAL: NIP TRANSFER TO ${s.nbank}/${s.bank}/${ref}`, `RVSL${orig.ref.slice(-12)}`);
  },
  led(S, kind, date, amt, o) {
    // QuickBooks Desktop, bank account register as shown in the General Ledger report.
    const inv = o.inv != null ? String(o.inv) : '';
    if (kind === 'rcv') {
      const memo = o.memo ?? (o.part ? `Part payment Inv ${inv}` : S.r() < 0.5 ? `Inv ${inv}` : `Invoice #${inv}`);
      return S.L(date, amt, {
        type: 'Payment',
        num: '',
        name: o.c.book,
        memo,
        split: 'Accounts Receivable',
      });
    }
    if (kind === 'bill')
      return S.L(date, amt, {
        type: 'Bill Pmt -Check',
        num: 'EFT',
        name: o.c.book,
        memo: o.bill ? `Bill ${o.bill}` : '',
        split: 'Accounts Payable',
      });
    throw new Error(kind);
  },
  extras: ngExtras,
};

function ngExtras(S) {
  const { P } = S;
  const GL = (date, amt, f) => S.L(date, amt, f);
  // Paystack settlements (T+1, net of 1.5% + ₦100 per card, capped at ₦2,000). The bookkeeper books the gross day.
  {
    const day = S.rday(4, 8);
    const gross = S.amt(350000, 900000);
    const fee = Math.round(gross * 0.0142);
    const ref = `PSTK_STL_${S.int(1000000, 9999999)}`;
    const b = S.B(busDay(addDays(day, 1)), gross - fee, `PAYSTACK PAYMENTS LIMITED SETTLEMENT ${ref}`, ref);
    const l = GL(day, gross, {
      type: 'Sales Receipt',
      num: ref,
      name: 'Paystack Online Sales',
      memo: `Online sales ${day.slice(8)}/02 per Paystack`,
      split: 'Sales - Online',
    });
    S.X(b, {
      d: 'auto',
      L: [l],
      ev: 'reference',
      tr: ['gateway-settlement', 'short-net-of-fee', 'settled-next-day'],
      diff: true,
    });
  }
  {
    const day = S.rday(15, 19);
    const gross = S.amt(420000, 1200000);
    const fee = Math.round(gross * 0.0151);
    const b = S.B(
      busDay(addDays(day, 1)),
      gross - fee,
      'PAYSTACK PAYMENTS LIMITED SETTLEMENT',
      `PSTK_STL_${S.int(1000000, 9999999)}`,
    );
    const l = GL(day, gross, {
      type: 'Sales Receipt',
      num: '',
      name: 'Paystack Online Sales',
      memo: 'Online sales per Paystack dashboard',
      split: 'Sales - Online',
    });
    S.X(b, { d: 'suggest', L: [l], mustNotAuto: false, ev: 'amount', tr: ['gateway-settlement', 'short-net-of-fee'] });
  }
  // Two POS terminals settled separately, booked as one day's card sales (gross).
  {
    const day = S.rday(11, 14);
    const g1 = S.amt(280000, 640000);
    const g2 = S.amt(150000, 420000);
    const sd = busDay(addDays(day, 1));
    const b1 = S.B(sd, g1 - Math.min(Math.round(g1 * 0.005), 100000), 'POS SETTLEMENT TID 2214K9A1 EKO CREST', '');
    const b2 = S.B(sd, g2 - Math.min(Math.round(g2 * 0.005), 100000), 'POS SETTLEMENT TID 2214K9A2 EKO CREST', '');
    const l = GL(day, g1 + g2, {
      type: 'Deposit',
      num: '',
      name: 'Walk-in Customers',
      memo: `Card sales ${day.slice(8)} Feb - showroom`,
      split: 'Sales - Showroom',
    });
    S.X([b1, b2], {
      d: 'suggest',
      L: [l],
      mustNotAuto: false,
      ev: 'amount',
      tr: ['pos-settlement', 'split-many-to-one', 'short-net-of-fee'],
    });
  }
  // Payroll: one bulk debit; QuickBooks holds one paycheck per employee.
  {
    const date = busDayBack(S.d(26));
    const staff = [
      ['Chinedu Eze', 685000],
      ['Folake Adebisi', 512500],
      ['Ibrahim Musa', 433000],
      ['Grace Etim', 398250],
    ];
    const ls = staff.map(([n, v], k) =>
      GL(date, -v * 100, {
        type: 'Paycheck',
        num: `DD${1141 + k}`,
        name: n,
        memo: 'Salary Feb 2025',
        split: 'Net Pay',
      }),
    );
    const sum = staff.reduce((a, [, v]) => a + v * 100, 0);
    const b = S.B(date, -sum, 'BULK TRANSFER SALARY FEB 2025 4 ITEMS', `BLK${S.int(100000, 999999)}`);
    S.charge(b, -4 * 2688, 'BULK TRANSFER CHARGES + VAT 4 ITEMS', 'fee-vat');
    S.X(b, { d: 'auto', L: ls, ev: 'reference', tr: ['payroll', 'split-one-to-many'] });
  }
  // Statutory remittances through Remita (PAYE to LIRS, pension, NSITF, VAT and WHT to FIRS) for January.
  const stat = [
    [
      'Lagos State Internal Revenue Service',
      'REMITA/LIRS/PAYE JAN 2025',
      'PAYE Jan 2025',
      'Liability Check',
      36,
      'Payroll Liabilities:PAYE',
    ],
    [
      'ARM Pension Managers (PFA)',
      'REMITA/PENCOM/ARM PENSION CONTRIBUTION JAN25',
      'Pension Jan 2025',
      'Liability Check',
      20,
      'Payroll Liabilities:Pension',
    ],
    ['NSITF', 'REMITA/NSITF/ECS JAN 2025', 'NSITF 1% Jan 2025', 'Liability Check', 2, 'Payroll Liabilities:NSITF'],
    ['Federal Inland Revenue Service', 'REMITA/FIRS/VAT JAN 2025', 'VAT return Jan 2025', 'Check', 190, 'VAT Payable'],
    [
      'Federal Inland Revenue Service',
      'REMITA/FIRS/WHT JAN 2025',
      'WHT remittance Jan 2025',
      'Check',
      25,
      'WHT Payable',
    ],
  ];
  for (const [name, text, memo, type, k, split] of stat) {
    const date = S.rday(7, 10);
    const amt = -(k * 10000 * 100 + S.int(0, 9999) * 100 + S.int(0, 99));
    const rrr = `${S.int(1000, 9999)}-${S.int(1000, 9999)}-${S.int(1000, 9999)}`;
    const b = S.B(date, amt, `${text} RRR ${rrr}`, rrr.replace(/-/g, ''));
    S.charge(b, -16125, 'REMITA CONVENIENCE FEE + VAT', 'fee-vat');
    const withRrr = k !== 2;
    const l = GL(date, amt, { type, num: withRrr ? rrr.replace(/-/g, '') : '', name, memo, split });
    S.X(b, {
      d: 'auto',
      L: [l],
      ev: withRrr ? 'reference' : 'counterparty',
      tr: ['statutory', withRrr ? 'rrr' : 'name-only'],
    });
  }
  // Cheques: two issued and presented, one issued and not presented, one received and cleared.
  {
    const d1 = S.rday(5, 12);
    const a1 = -S.amt(150000, 800000);
    const b1 = S.B(addDays(busDay(addDays(d1, 3)), 0), a1, 'INWARD CLEARING CHQ NO 00000412', '00000412');
    S.charge(b1, -5375, 'CHEQUE CLEARING COMMISSION + VAT', 'fee-vat');
    const l1 = GL(d1, a1, {
      type: 'Check',
      num: '412',
      name: 'Mrs F. Adewale',
      memo: 'Warehouse rent Q1 balance',
      split: 'Rent',
    });
    S.X(b1, { d: 'auto', L: [l1], ev: 'reference', tr: ['cheque-number', 'cheque-padded'] });
    const d2 = S.rday(14, 18);
    const a2 = -S.amt(90000, 300000);
    const b2 = S.B(busDay(addDays(d2, 2)), a2, 'CHQ PAID 413 IKEJA ELECTRIC PLC', '413');
    const l2 = GL(d2, a2, {
      type: 'Check',
      num: '413',
      name: 'Ikeja Electric Plc',
      memo: 'Electricity Jan 2025 - factory',
      split: 'Utilities',
    });
    S.X(b2, { d: 'auto', L: [l2], ev: 'reference', tr: ['cheque-number'] });
    const l3 = GL(S.rday(24, 26), -S.amt(60000, 250000), {
      type: 'Check',
      num: '414',
      name: 'Lagos State Waste Management Authority',
      memo: 'LAWMA commercial levy 2025',
      split: 'Rates & Levies',
    });
    S.LO(l3, 'cheque 414 issued, not yet presented');
    const d4 = S.rday(17, 20);
    const a4 = S.amt(300000, 1500000);
    const b4 = S.B(busDay(addDays(d4, 2)), a4, 'CLEARING CHQ DEP 556102 ZENITH BANK - KANO GRAINS', '556102');
    const l4 = GL(d4, a4, {
      type: 'Deposit',
      num: '556102',
      name: 'Kano Grains Processing Ltd',
      memo: 'Chq 556102 against Inv ' + S.inv(),
      split: 'Accounts Receivable',
    });
    S.X(b4, { d: 'auto', L: [l4], ev: 'reference', tr: ['cheque-number', 'cheque-deposit', 'settled-two-days-later'] });
  }
  // Own-account transfers with the GTBank collection account.
  {
    const d = S.rday(6, 9);
    const a = S.amt(2000000, 6000000, 100000);
    const b = S.B(d, a, 'NIP TRANSFER FROM GTB/EKO CREST PACKAGING LTD/FUNDING', sessionId(S, '000013', d));
    const l = GL(d, a, {
      type: 'Transfer',
      num: '',
      name: '',
      memo: 'Funds Transfer from GTBank collections',
      split: '1020 · GTBank Collections',
    });
    S.X(b, { d: 'auto', L: [l], ev: 'counterparty', tr: ['own-account-transfer'] });
    const d2 = S.rday(20, 24);
    const a2 = -S.amt(1000000, 3000000, 100000);
    const b2 = S.B(d2, a2, 'NIP TRANSFER TO GTB/EKO CREST PACKAGING LTD/SWEEP', sessionId(S, '221', d2));
    S.charge(b2, -5375, 'NIP TRANSFER CHARGE + VAT', 'fee-vat');
    const l2 = GL(d2, a2, {
      type: 'Transfer',
      num: '',
      name: '',
      memo: 'Funds Transfer to GTBank collections',
      split: '1020 · GTBank Collections',
    });
    S.X(b2, { d: 'auto', L: [l2], ev: 'counterparty', tr: ['own-account-transfer'] });
  }
  // Genuine lines the books lack.
  {
    const d = S.rday(12, 22);
    S.X(
      S.B(d, S.amt(45000, 180000), 'NIP TRANSFER FROM PALMPAY/EMEKA NWACHUKWU/SAMPLE BOXES', sessionId(S, '000013', d)),
      {
        d: 'none',
        ev: 'counterparty',
        tr: ['unrecorded-receipt'],
      },
    );
    const d2 = S.rday(5, 25);
    S.X(S.B(d2, -S.amt(25000, 90000), 'POS PURCHASE @ TOTALENERGIES ADEOLA ODEKU LAGOS', ''), {
      d: 'none',
      ev: 'counterparty',
      tr: ['unrecorded-payment', 'card-purchase'],
    });
    const d3 = S.rday(18, 26);
    S.X(S.B(d3, -S.amt(60000, 150000), 'AIRTIME/DATA MTN 0803***4471 WEB', ''), {
      d: 'none',
      ev: 'counterparty',
      tr: ['unrecorded-payment'],
    });
  }
  // The bank's own charges and levies.
  const inflows = () =>
    S.bank.filter((l) => l.amt >= 1000000 && !/^REVERSAL|CASH DEPOSIT|POS SETTLEMENT|CLEARING CHQ DEP/.test(l.text));
  const mid = S.d(14);
  const n1 = inflows().filter((l) => l.date <= mid).length;
  const n2 = inflows().length - n1;
  S.bankOnly(busDayBack(mid), -n1 * 5000, `ELECTRONIC MONEY TRANSFER LEVY 01-14 FEB 2025 (${n1} ITEMS)`, 'levy', [
    'emtl',
  ]);
  S.bankOnly(busDayBack(S.last), -n2 * 5000, `ELECTRONIC MONEY TRANSFER LEVY 15-28 FEB 2025 (${n2} ITEMS)`, 'levy', [
    'emtl',
  ]);
  S.bankOnly(busDayBack(S.last), -S.int(30, 60) * 400, 'SMS ALERT CHARGES FEB 2025', 'charge', ['sms']);
  const debits = S.bank.filter((l) => l.amt < 0).reduce((a, l) => a - l.amt, 0);
  const amf = Math.round(debits / 1000); // ₦1 per mille of customer-induced debits
  const a = S.bankOnly(busDayBack(S.last), -amf, 'ACCOUNT MAINTENANCE FEE FEB 2025', 'charge', ['amf']);
  S.charge(a, -Math.round(amf * 0.075), 'VAT ON ACCOUNT MAINTENANCE FEE', 'fee-vat');
  void P;
}

// ---------------------------------------------------------------------------------------------------------------
// Ghana — Ecobank Ghana current account (CSV) and Zoho Books' general ledger written in the generic layout.

const GH = {
  key: 'gh-ecobank-zoho',
  country: 'GH',
  currency: 'GHS',
  timezone: 'Africa/Accra',
  year: 2025,
  month: 3,
  company: 'ASANTE BUILD SUPPLIES LTD',
  invStart: 412,
  nRef: 32,
  nName: 6,
  nSupRef: 14,
  nSupName: 8,
  invRange: [1800, 68000],
  billRange: [950, 52000],
  roundCash: 100,
  roundPart: 500,
  styles: ['canonical', 'nopad', 'spaces', 'joined', 'serial', 'slash', 'word', 'lowercase'],
  inCh: ['gip', 'gip', 'ach', 'xpress'],
  outCh: ['gip', 'ach', 'gip'],
  customers: [
    { book: 'Kwabena Boateng Hardware', bank: 'KWABENA BOATENG HARDWARE' },
    { book: 'Adom Construction Ltd', bank: 'ADOM CONSTRUCTION LIMITED' },
    { book: 'Tema Roofing Works Ltd', bank: 'TEMA ROOFING WORKS' },
    { book: 'Osu Homes Developers Ltd', bank: 'OSU HOMES DEVELOPERS LTD' },
    { book: 'Kasoa Block Factory', bank: 'KASOA BLOCK FACTORY' },
    { book: 'Ebenezer Mensah & Sons Ltd', bank: 'EBENEZER MENSAH AND SONS' },
    { book: 'Oforikrom Builders Co. Ltd', bank: 'OFORIKROM BUILDERS CO LTD' },
    { book: 'Achimota Estates Ltd', bank: 'ACHIMOTA ESTATES LTD' },
    { book: 'Takoradi Marine Contractors Ltd', bank: 'TAKORADI MARINE CONTRACTORS' },
    { book: 'Dansoman Paints Centre', bank: 'DANSOMAN PAINTS CENTRE' },
    { book: 'Spintex Interiors Ltd', bank: 'SPINTEX INTERIORS LIMITED' },
    { book: 'Madina Tiles Mart', bank: 'MADINA TILES MART' },
    { book: 'Akua Serwaa Ventures', bank: 'AKUA SERWAA VENTURES' },
  ],
  tieCustomer: { book: 'Yaw Ofori-Atta', bank: 'YAW OFORI-ATTA' },
  oddPayers: [
    { book: 'Sunyani Cement & Block Distributors Ltd', bank: 'S.C.B.D LTD', trait: 'payer-initials' },
    {
      book: 'Nhyira Real Estate Developers Ltd',
      bank: 'KOFI ADU-GYAMFI',
      trait: 'payer-owner-personal-name',
      ch: 'momo',
    },
    { book: 'Afrikids Construction Ltd', bank: 'SMARTBUILD GH', trait: 'payer-trading-name' },
  ],
  suppliers: [
    { book: 'Ashanti Cement Depot Ltd', bank: 'ASHANTI CEMENT DEPOT', fmt: 'ACD-' },
    { book: 'Ghana Steel Rods Co. Ltd', bank: 'GHANA STEEL RODS CO', fmt: 'GSR/INV/' },
    { book: 'Kantanka Trucking Services', bank: 'KANTANKA TRUCKING', fmt: 'KTS' },
    { book: 'Spectrum Paints Ltd', bank: 'SPECTRUM PAINTS LTD', fmt: 'SP-' },
    { book: 'Weija Quarry Ltd', bank: 'WEIJA QUARRY LTD', fmt: 'WQ' },
    { book: 'Volta Timber Merchants', bank: 'VOLTA TIMBER MERCHANTS', fmt: 'VTM-' },
  ],
  failSupplier: { book: 'Kumasi Ironmongers Ltd', bank: 'KUMASI IRONMONGERS LTD', fmt: 'KIM/' },
  short: [
    { cut: (g) => Math.round(g * 0.075), trait: 'short-withholding-tax-7.5pct', style: 'canonical' },
    { cut: (g) => Math.round(g * 0.03), trait: 'short-withholding-tax-3pct', style: 'nopad' },
  ],
  twinMemo: null,
  invW(n, style) {
    const p = String(n).padStart(6, '0');
    return {
      canonical: `INV-${p}`,
      nopad: `INV-${n}`,
      spaces: `INV ${p}`,
      joined: `INV${p}`,
      serial: `${n}`,
      slash: `INV/${p}`,
      word: `invoice ${n}`,
      lowercase: `inv-${p}`,
    }[style];
  },
  partW: (n, k) => (k === 0 ? `PART PAYMT INV-${String(n).padStart(6, '0')}` : `part payment inv ${n}`),
  multiW: (ns) => `INV-${String(ns[0]).padStart(6, '0')},${ns[1]},${ns[2]}`,
  twoW: (n, k) => (k === 1 ? `1ST PAYMENT INV-${String(n).padStart(6, '0')}` : `BAL INV ${n}`),
  bill(S, s, i) {
    const serial = 200 + ((i * 53 + s.book.length * 7) % 4000);
    const book = `${s.fmt}${s.fmt === 'KTS' || s.fmt === 'WQ' ? String(serial).padStart(5, '0') : serial}`;
    const bank = i % 3 === 1 ? book.replace(/[-/]/g, ' ') : book;
    return { book, bank, trait: i % 3 === 1 ? 'ref-spaces' : null };
  },
  anon: [
    (S, date, amt) => S.B(date, amt, 'CASH DEPOSIT - RING ROAD CENTRAL BRANCH', `CSH${S.int(1000000, 9999999)}`),
    (S, date, amt) => S.B(date, amt, 'MOMO TO BANK 0244******', `MTB${S.int(10000000, 99999999)}`),
  ],
  cashMemo: () => null,
  rcv(S, date, amt, c, ref, ch, o = {}) {
    const r = `${ref ? ' ' + ref : ''}`;
    if (o.twin) return S.B(date, amt, `INWARD GIP - ${c.bank}`, `GIP${S.int(100000000, 999999999)}`);
    if (ch === 'ach') return S.B(date, amt, `ACH CREDIT ${c.bank}${r}`, `ACH${S.int(100000000, 999999999)}`);
    if (ch === 'xpress')
      return S.B(date, amt, `ECOBANK XPRESS TRF FROM ${c.bank}${r}`, `XP${S.int(100000000, 999999999)}`);
    if (ch === 'momo')
      return S.B(date, amt, `MOMO TO BANK 0${S.int(240, 559)}******* ${c.bank}${r}`, `MTB${S.int(10000000, 99999999)}`);
    return S.B(date, amt, `INWARD GIP - ${c.bank}${ref ? ' - ' + ref : ''}`, `GIP${S.int(100000000, 999999999)}`);
  },
  pay(S, date, amt, s, ref, ch) {
    if (ch === 'ach') {
      const l = S.B(date, amt, `ACH DEBIT ${s.bank}${ref ? ' ' + ref : ''}`, `ACH${S.int(100000000, 999999999)}`);
      S.charge(l, -500, 'ACH TRANSFER CHARGE', 'charge');
      return l;
    }
    const l = S.B(date, amt, `OUTWARD GIP - ${s.bank}${ref ? ' - ' + ref : ''}`, `GIP${S.int(100000000, 999999999)}`);
    S.charge(l, -Math.min(Math.max(Math.round(-amt * 0.001), 200), 2000), 'GIP TRANSFER CHARGE', 'charge');
    return l;
  },
  reversal(S, date, amt, s, ref, orig) {
    return S.B(date, amt, `REVERSAL OUTWARD GIP - ${s.bank} - ${ref} - BENEFICIARY ACCT INVALID`, `RV${orig.ref}`);
  },
  led(S, kind, date, amt, o) {
    // Zoho Books: "Transaction Details" is the contact; the invoice numbers applied are in the description.
    const inv = o.inv != null ? `INV-${String(o.inv).padStart(6, '0')}` : '';
    if (kind === 'rcv')
      return S.L(date, amt, {
        zType: 'Customer Payment',
        name: o.c.book,
        memo: o.memo ?? (o.inv != null ? `Payment for ${inv}` : 'Payment received'),
        num: '',
      });
    if (kind === 'bill')
      return S.L(date, amt, {
        zType: 'Vendor Payment',
        name: o.c.book,
        memo: o.bill ? `Bill ${o.bill}` : 'Payment made',
        num: o.bill ?? '',
      });
    throw new Error(kind);
  },
  extras: ghExtras,
};

function ghExtras(S) {
  const L = (date, amt, f) => S.L(date, amt, f);
  // MTN MoMo merchant collections swept three times one day, booked as that day's MoMo sales (gross).
  {
    const day = S.rday(12, 14);
    const g = [S.amt(2200, 6800), S.amt(1500, 4000), S.amt(900, 3000)];
    const bs = g.map((x, k) =>
      S.B(
        busDay(addDays(day, 1)),
        x - Math.round(x * 0.01),
        `MTN MOMO MERCHANT SETTLEMENT BATCH ${k + 1} MID 884213`,
        `MMS${S.int(1000000, 9999999)}`,
      ),
    );
    const l = L(day, g[0] + g[1] + g[2], {
      zType: 'Sales Receipt',
      name: 'MoMo Walk-in Sales',
      memo: `MoMo Pay collections ${day}`,
      num: '',
    });
    S.X(bs, {
      d: 'suggest',
      L: [l],
      mustNotAuto: false,
      ev: 'amount',
      tr: ['mobile-money-settlement', 'split-many-to-one', 'short-net-of-fee'],
    });
  }
  // Card settlement quoting the batch the bookkeeper also typed.
  {
    const day = S.rday(5, 9);
    const gross = S.amt(4000, 15000);
    const batch = `BATCH ${S.int(100, 999)}`;
    const b = S.B(
      busDay(addDays(day, 1)),
      gross - Math.round(gross * 0.0175),
      `ECOBANK POS SETTLEMENT TID 30418822 ${batch}`,
      `POS${S.int(1000000, 9999999)}`,
    );
    const l = L(day, gross, {
      zType: 'Sales Receipt',
      name: 'Card Walk-in Sales',
      memo: `Card sales POS ${batch}`,
      num: batch.replace(' ', ''),
    });
    S.X(b, {
      d: 'auto',
      L: [l],
      ev: 'reference',
      tr: ['pos-settlement', 'short-net-of-fee', 'settled-next-day'],
      diff: true,
    });
  }
  {
    const day = S.rday(20, 24);
    const gross = S.amt(3000, 9000);
    const b = S.B(
      busDay(addDays(day, 1)),
      gross - Math.round(gross * 0.01),
      'MTN MOMO MERCHANT SETTLEMENT MID 884213',
      `MMS${S.int(1000000, 9999999)}`,
    );
    const l = L(day, gross, {
      zType: 'Sales Receipt',
      name: 'MoMo Walk-in Sales',
      memo: `MoMo Pay collections ${day}`,
      num: '',
    });
    S.X(b, {
      d: 'suggest',
      L: [l],
      mustNotAuto: false,
      ev: 'amount',
      tr: ['mobile-money-settlement', 'short-net-of-fee'],
    });
  }
  // Payroll: one bulk debit, one journal in Zoho.
  const pd = busDayBack(S.d(27));
  const net = S.amt(38000, 52000);
  {
    const b = S.B(pd, -net, 'ECOBANK BULK PAYMENT - SALARIES MAR 2025 (9)', `BLK${S.int(100000, 999999)}`);
    S.charge(b, -9 * 200, 'BULK PAYMENT CHARGES 9 ITEMS', 'charge');
    const l = L(pd, -net, { zType: 'Journal', name: 'Staff', memo: 'Net salaries March 2025', num: 'SAL-2025-03' });
    S.X(b, { d: 'auto', L: [l], ev: 'reference', tr: ['payroll'] });
  }
  // Statutory: SSNIT tier 1, tier 2 to the trustee, GRA PAYE, GRA VAT, for February.
  const stat = [
    ['SSNIT', 'SSNIT CONTRIBUTION FEB 2025 ER NO 1-0044213', 'SSNIT Tier 1 Feb 2025', 'reference', 'FEB25-T1'],
    ['Petra Trust Company Ltd', 'PETRA TRUST TIER 2 FEB25', 'Tier 2 pension Feb 2025', 'reference', ''],
    ['Ghana Revenue Authority', 'GRA PAYE FEB 2025 TIN C0004421873', 'PAYE Feb 2025', 'reference', 'C0004421873'],
    [
      'Ghana Revenue Authority',
      'GRA DOMESTIC TAX PAYMENT C0004421873',
      'VAT/NHIL/GETFund Feb 2025 return',
      'reference',
      'C0004421873',
    ],
  ];
  for (const [name, text, memo, ev, num] of stat) {
    const date = S.rday(10, 14);
    const amt = -S.amt(2500, 24000);
    const b = S.B(date, amt, text, `GRA${S.int(1000000, 9999999)}`);
    const l = L(addDays(date, -S.int(0, 2)), amt, { zType: 'Expense', name, memo, num });
    S.X(b, { d: 'auto', L: [l], ev, tr: ['statutory'] });
  }
  // Cheques.
  {
    const d1 = S.rday(4, 10);
    const a1 = -S.amt(3000, 15000);
    const b1 = S.B(busDay(addDays(d1, 2)), a1, 'CLEARING CHQ 100234 PAID', '100234');
    const l1 = L(d1, a1, {
      zType: 'Expense',
      name: 'Nii Armah Properties',
      memo: 'Warehouse rent April 2025 - chq 100234',
      num: 'CHQ 100234',
    });
    S.X(b1, { d: 'auto', L: [l1], ev: 'reference', tr: ['cheque-number'] });
    const d2 = S.rday(13, 19);
    const a2 = -S.amt(1200, 4000);
    const b2 = S.B(busDay(addDays(d2, 3)), a2, 'INWARD CLEARING CHEQUE NO.100236', '100236');
    const l2 = L(d2, a2, {
      zType: 'Vendor Payment',
      name: 'Kantanka Trucking Services',
      memo: 'Payment made - cheque',
      num: '100236',
    });
    S.X(b2, { d: 'auto', L: [l2], ev: 'reference', tr: ['cheque-number'] });
    const l3 = L(S.rday(25, 28), -S.amt(1500, 6000), {
      zType: 'Expense',
      name: 'Accra Metropolitan Assembly',
      memo: 'Business operating permit 2025',
      num: 'CHQ 100237',
    });
    S.LO(l3, 'cheque 100237 issued, not yet presented');
    const d4 = S.rday(16, 20);
    const a4 = S.amt(5000, 20000);
    const b4 = S.B(busDay(addDays(d4, 2)), a4, 'CHQ DEPOSIT CLEARED CAL BANK 004411 ACHIMOTA ESTATES', '004411');
    const l4 = L(d4, a4, {
      zType: 'Customer Payment',
      name: 'Achimota Estates Ltd',
      memo: `Payment for INV-${String(S.inv()).padStart(6, '0')} by cheque 004411`,
      num: '004411',
    });
    S.X(b4, { d: 'auto', L: [l4], ev: 'reference', tr: ['cheque-number', 'cheque-deposit'] });
  }
  // Own-account transfers with the Ecobank USD... no: with the GCB collection account (both GHS).
  {
    const d = S.rday(5, 8);
    const a = S.amt(20000, 60000, 1000);
    const b = S.B(
      d,
      a,
      'INWARD GIP - ASANTE BUILD SUPPLIES LTD - FUNDING FROM GCB',
      `GIP${S.int(100000000, 999999999)}`,
    );
    const l = L(d, a, { zType: 'Transfer Fund', name: '', memo: 'Transfer from GCB Collections', num: '' });
    S.X(b, { d: 'auto', L: [l], ev: 'counterparty', tr: ['own-account-transfer'] });
    const d2 = S.rday(24, 27);
    const a2 = -S.amt(10000, 30000, 1000);
    const b2 = S.B(d2, a2, 'TRF TO 1441000345671 ASANTE BUILD SUPPLIES CALL DEPOSIT', `TRF${S.int(1000000, 9999999)}`);
    const l2 = L(d2, a2, { zType: 'Transfer Fund', name: '', memo: 'Transfer to Ecobank Call Deposit', num: '' });
    S.X(b2, { d: 'auto', L: [l2], ev: 'counterparty', tr: ['own-account-transfer'] });
  }
  // Bank to MoMo for site petty cash (E-levy 1% on the transfer), booked in the books.
  {
    const d = S.rday(6, 20);
    const a = -S.amt(600, 1500, 50);
    const b = S.B(d, a, 'BANK TO MOMO 0551******* SITE PETTY CASH EFUA', `BTM${S.int(10000000, 99999999)}`);
    S.charge(b, -Math.round(-a * 0.01), 'E-LEVY CHARGE', 'levy', ['e-levy']);
    S.charge(b, -Math.round(-a * 0.005), 'BANK TO MOMO TRANSFER FEE', 'charge');
    const l = L(d, a, { zType: 'Expense', name: 'Petty Cash - Site', memo: 'Top-up site petty cash (Efua)', num: '' });
    S.X(b, { d: 'auto', L: [l], ev: 'counterparty', tr: ['bank-to-wallet'] });
  }
  // Utilities by name.
  {
    const d = S.rday(8, 22);
    const a = -S.amt(1800, 4500);
    const b = S.B(d, a, 'ECG POSTPAID BILL PAYMENT ACCT 2030041187', `ECG${S.int(1000000, 9999999)}`);
    const l = L(d, a, {
      zType: 'Expense',
      name: 'Electricity Company of Ghana',
      memo: 'Electricity Feb 2025',
      num: '2030041187',
    });
    S.X(b, { d: 'auto', L: [l], ev: 'reference', tr: ['utility'] });
  }
  // Genuine lines the books lack.
  {
    const d = S.rday(10, 22);
    S.X(S.B(d, S.amt(700, 2600), 'MOMO TO BANK 0209******* AMA KORKOR', `MTB${S.int(10000000, 99999999)}`), {
      d: 'none',
      ev: 'counterparty',
      tr: ['unrecorded-receipt'],
    });
    const d2 = S.rday(10, 25);
    S.X(S.B(d2, -S.amt(400, 1200), 'DEBIT CARD PURCHASE SHELL SPINTEX RD', ''), {
      d: 'none',
      ev: 'counterparty',
      tr: ['unrecorded-payment', 'card-purchase'],
    });
    const d3 = S.rday(3, 8);
    S.X(S.B(d3, -S.amt(900, 2500), 'STANDING ORDER - ENTERPRISE INSURANCE POLICY 88127', 'SO88127'), {
      d: 'none',
      ev: 'reference',
      tr: ['unrecorded-payment', 'standing-order'],
    });
  }
  // The bank's own charges.
  S.bankOnly(busDayBack(S.last), -S.int(35, 60) * 100, 'ACCOUNT MAINTENANCE FEE MAR 2025', 'charge', ['amf']);
  S.bankOnly(busDayBack(S.last), -S.int(20, 40) * 25, 'SMS ALERT CHARGE MAR 2025', 'charge', ['sms']);
  S.bankOnly(S.rday(3, 6), -15000, 'CHEQUE BOOK CHARGE 50 LEAVES', 'charge', ['cheque-book']);
}

// ---------------------------------------------------------------------------------------------------------------
// Kenya — Co-operative Bank of Kenya current account (CSV) and a Xero "Account Transactions" report (CSV).

function xeroLed(S, kind, date, amt, o) {
  if (kind === 'rcv') {
    const ref = o.inv != null ? `INV-${String(o.inv).padStart(4, '0')}` : '';
    return S.L(date, amt, {
      source: 'Receivable Payment',
      desc: o.memo ? `${o.c.book} - ${o.memo}` : `Payment: ${o.c.book}`,
      ref,
    });
  }
  if (kind === 'bill')
    return S.L(date, amt, { source: 'Payable Payment', desc: `Payment: ${o.c.book}`, ref: o.bill ?? '' });
  throw new Error(kind);
}

const KE = {
  key: 'ke-coop-xero',
  country: 'KE',
  currency: 'KES',
  timezone: 'Africa/Nairobi',
  year: 2025,
  month: 7,
  company: 'MAVUNO AGRO INPUTS LIMITED',
  invStart: 1386,
  nRef: 32,
  nName: 6,
  nSupRef: 13,
  nSupName: 7,
  invRange: [14000, 780000],
  billRange: [9000, 640000],
  roundCash: 1000,
  roundPart: 5000,
  styles: ['canonical', 'nopad', 'spaces', 'hash', 'serial', 'slash', 'lowercase', 'joined'],
  inCh: ['pesalink', 'pesalink', 'eft', 'ft', 'rtgs'],
  outCh: ['pesalink', 'eft', 'ft'],
  customers: [
    { book: 'Mwangi Agrovet Ltd', bank: 'MWANGI AGROVET LTD' },
    { book: 'Kiambu Dairy Farmers Co-operative Society', bank: 'KIAMBU DAIRY FARMERS COOP SOC' },
    { book: 'Nakuru Grain Millers Ltd', bank: 'NAKURU GRAIN MILLERS' },
    { book: 'Eldoret Farm Supplies Ltd', bank: 'ELDORET FARM SUPPLIES LTD' },
    { book: 'Meru Highlands Agrovet', bank: 'MERU HIGHLANDS AGROVET' },
    { book: 'Kisii Tea Growers Sacco', bank: 'KISII TEA GROWERS SACCO' },
    { book: 'Machakos Horticulture Ltd', bank: 'MACHAKOS HORTICULTURE LTD' },
    { book: 'Nyeri Coffee Estates Ltd', bank: 'NYERI COFFEE ESTATES' },
    { book: 'Kitale Seed Stockists', bank: 'KITALE SEED STOCKISTS' },
    { book: 'Embu Fresh Produce Ltd', bank: 'EMBU FRESH PRODUCE LTD' },
    { book: 'Naivasha Flowers Ltd', bank: 'NAIVASHA FLOWERS LIMITED' },
    { book: 'Thika Poultry Farmers Ltd', bank: 'THIKA POULTRY FARMERS' },
    { book: 'Bungoma Sugarcane Outgrowers', bank: 'BUNGOMA SUGARCANE OUTGROWERS' },
  ],
  tieCustomer: { book: 'Peter Kiprotich', bank: 'PETER KIPROTICH KIPTOO' },
  oddPayers: [
    { book: 'Rift Valley Agricultural Traders Ltd', bank: 'R.V.A.T LTD', trait: 'payer-initials' },
    { book: 'Shamba Bora Enterprises', bank: 'JOSEPH MUTUA NDETI', trait: 'payer-owner-personal-name', ch: 'mpesa' },
    { book: 'Greenfields Agricultural Supplies (K) Ltd', bank: 'MKULIMA SHOP NANYUKI', trait: 'payer-trading-name' },
  ],
  suppliers: [
    { book: 'Osho Chemical Industries Ltd', bank: 'OSHO CHEMICAL INDUSTRIES', fmt: 'OCI/' },
    { book: 'Kenya Seed Company Ltd', bank: 'KENYA SEED COMPANY LTD', fmt: 'KSC-' },
    { book: 'Mea Fertilizers Ltd', bank: 'MEA FERTILIZERS LTD', fmt: 'MEA' },
    { book: 'Simba Logistics Ltd', bank: 'SIMBA LOGISTICS', fmt: 'SL-' },
    { book: 'Amiran Kenya Ltd', bank: 'AMIRAN KENYA LTD', fmt: 'AK/INV/' },
    { book: 'Twiga Packaging Ltd', bank: 'TWIGA PACKAGING LTD', fmt: 'TP' },
  ],
  failSupplier: { book: 'Elgon Sprayers Ltd', bank: 'ELGON SPRAYERS LTD', fmt: 'ES-' },
  short: [
    // 2% VAT withholding on the taxable value (price ÷ 1.16), by a VAT withholding agent
    { cut: (g) => Math.round((g / 1.16) * 0.02), trait: 'short-withholding-vat-2pct', style: 'canonical', ch: 'eft' },
    // 5% withholding income tax on the fee (VAT excluded) for the agronomy service
    { cut: (g) => Math.round((g / 1.16) * 0.05), trait: 'short-withholding-tax-5pct', style: 'hash' },
  ],
  twinMemo: null,
  invW(n, style) {
    const p = String(n).padStart(4, '0');
    return {
      canonical: `INV-${p}`,
      nopad: `INV${n}`,
      spaces: `INV ${p}`,
      hash: `Inv#${n}`,
      serial: `${n}`,
      slash: `INV/${p}`,
      lowercase: `inv-${p}`,
      joined: `INV${p}`,
    }[style];
  },
  partW: (n, k) => (k === 0 ? `PART PAYMENT INV-${n}` : `part pay inv ${n}`),
  multiW: (ns) => `INV-${ns[0]} ${ns[1]} ${ns[2]}`,
  twoW: (n, k) => (k === 1 ? `INV-${n} DEPOSIT` : `INV-${n} BAL`),
  bill(S, s, i) {
    const serial = 3000 + ((i * 71 + s.book.length * 13) % 6000);
    const book = `${s.fmt}${serial}`;
    const bank = i % 3 === 2 ? `${serial}` : book;
    return { book, bank, trait: i % 3 === 2 ? 'ref-serial-only' : null };
  },
  anon: [
    (S, date, amt) => S.B(date, amt, 'CASH DEPOSIT BY CDM 00231 KIRINYAGA RD', `CDM${S.int(100000, 999999)}`),
    (S, date, amt) => S.B(date, amt, 'MPESA C2B 400200 2547******12', `TG${S.int(10000000, 99999999)}`),
  ],
  cashMemo: () => null,
  rcv(S, date, amt, c, ref, ch, o = {}) {
    const r = ref ? ` ${ref}` : '';
    const id = `${ch === 'mpesa' ? 'TG' : 'FT'}${S.int(10000000, 99999999)}`;
    if (o.twin) return S.B(date, amt, `PESALINK FROM ${c.bank}`, id);
    if (ch === 'eft') return S.B(date, amt, `EFT CREDIT ${c.bank}${r}`, id);
    if (ch === 'rtgs') return S.B(date, amt, `RTGS CREDIT ${c.bank}${r}`, id);
    if (ch === 'ft') return S.B(date, amt, `FT FROM ${c.bank}${r}`, id);
    if (ch === 'mpesa') return S.B(date, amt, `MPESA C2B 400200 2547******${S.int(10, 99)} ${c.bank}${r}`, id);
    return S.B(date, amt, `PESALINK FROM ${c.bank}${r}`, id);
  },
  pay(S, date, amt, s, ref, ch) {
    const id = `FT${S.int(10000000, 99999999)}`;
    if (ch === 'ft') return S.B(date, amt, `FT TO ${s.bank}${ref ? ' ' + ref : ''}`, id);
    if (ch === 'eft' || -amt > 99900000) {
      const l = S.B(date, amt, `EFT TO ${s.bank}${ref ? ' ' + ref : ''}`, id);
      S.charge(l, -10000, 'EFT CHARGES', 'charge');
      S.charge(l, -2000, 'EXCISE DUTY ON EFT CHARGES', 'tax', ['excise-duty']);
      return l;
    }
    const l = S.B(date, amt, `PESALINK TO ${s.bank}${ref ? ' ' + ref : ''}`, id);
    const fee = -amt > 20000000 ? 10500 : -amt > 5000000 ? 7500 : 5500;
    S.charge(l, -fee, 'PESALINK CHARGES', 'charge');
    S.charge(l, -Math.round(fee * 0.2), 'EXCISE DUTY', 'tax', ['excise-duty']);
    return l;
  },
  reversal(S, date, amt, s, ref, orig) {
    return S.B(date, amt, `REV PESALINK TO ${s.bank} ${ref} TXN FAILED`, `R${orig.ref}`);
  },
  led: xeroLed,
  extras: keExtras,
};

function keExtras(S) {
  const L = (date, amt, f) => S.L(date, amt, f);
  // M-PESA paybill sweeps, two on one day, booked as that day's M-PESA sales (gross).
  {
    const day = S.rday(8, 11);
    const g = [S.amt(40000, 120000), S.amt(25000, 90000)];
    const bs = g.map((x, k) =>
      S.B(
        busDay(addDays(day, 1)),
        x - Math.round(x * 0.0055),
        `MPESA PAYBILL 522811 SETTLEMENT ${k ? 'PM' : 'AM'}`,
        `MPS${S.int(1000000, 9999999)}`,
      ),
    );
    const l = L(day, g[0] + g[1], {
      source: 'Receive Money',
      desc: `M-PESA Paybill 522811 - shop sales ${day}`,
      ref: 'MPESA',
    });
    S.X(bs, {
      d: 'suggest',
      L: [l],
      mustNotAuto: false,
      ev: 'amount',
      tr: ['mobile-money-settlement', 'split-many-to-one', 'short-net-of-fee'],
    });
  }
  {
    const day = S.rday(18, 22);
    const gross = S.amt(60000, 150000);
    const b = S.B(
      busDay(addDays(day, 1)),
      gross - Math.round(gross * 0.0055),
      'MPESA PAYBILL 522811 SETTLEMENT',
      `MPS${S.int(1000000, 9999999)}`,
    );
    const l = L(day, gross, {
      source: 'Receive Money',
      desc: `M-PESA Paybill 522811 - shop sales ${day}`,
      ref: 'MPESA',
    });
    S.X(b, {
      d: 'suggest',
      L: [l],
      mustNotAuto: false,
      ev: 'amount',
      tr: ['mobile-money-settlement', 'short-net-of-fee'],
    });
  }
  // Card settlement with the batch number the bookkeeper typed as the reference.
  {
    const day = S.rday(14, 16);
    const gross = S.amt(30000, 110000);
    const batch = `${S.int(100000, 999999)}`;
    const b = S.B(
      busDay(addDays(day, 1)),
      gross - Math.round(gross * 0.02),
      `MERCHANT SETTLEMENT MID 0042117 BATCH ${batch}`,
      `MS${batch}`,
    );
    const l = L(day, gross, { source: 'Receive Money', desc: 'Card sales (Co-op POS) - gross', ref: `BATCH ${batch}` });
    S.X(b, {
      d: 'auto',
      L: [l],
      ev: 'reference',
      tr: ['pos-settlement', 'short-net-of-fee', 'settled-next-day'],
      diff: true,
    });
  }
  // Payroll: one bulk debit, one Spend Money.
  {
    const pd = busDayBack(S.d(28));
    const net = S.amt(620000, 880000);
    const b = S.B(pd, -net, 'OMNI BULK PAYMENT SALARIES JUL25 14 RECORDS', `BLK${S.int(100000, 999999)}`);
    S.charge(b, -14 * 5500, 'BULK PAYMENT CHARGES', 'charge');
    S.charge(b, -Math.round(14 * 5500 * 0.2), 'EXCISE DUTY', 'tax', ['excise-duty']);
    const l = L(pd, -net, { source: 'Spend Money', desc: 'Staff - Net salaries July 2025', ref: 'PAYROLL JUL25' });
    S.X(b, { d: 'auto', L: [l], ev: 'reference', tr: ['payroll'] });
  }
  // Statutory remittances for June: PAYE and Housing Levy through KRA PRNs, NSSF, SHIF (SHA), NITA.
  const stat = [
    ['KRA PAYE', 'KRA PAYMENT PRN', 'Kenya Revenue Authority - PAYE June 2025', 'prn', 'reference'],
    ['KRA AHL', 'KRA PAYMENT PRN', 'Kenya Revenue Authority - Affordable Housing Levy June 2025', 'prn', 'reference'],
    ['NSSF', 'NSSF CONTRIBUTIONS JUN25 EMP NO 2011847', 'NSSF - contributions June 2025', 'none', 'counterparty'],
    [
      'SHA',
      'SOCIAL HEALTH AUTHORITY SHIF JUN 2025',
      'Social Health Authority - SHIF June 2025',
      'none',
      'counterparty',
    ],
    ['NITA', 'KRA PAYMENT PRN', 'NITA levy June 2025', 'prn', 'reference'],
  ];
  for (const [, text, desc, refKind, ev] of stat) {
    const date = S.rday(7, 9);
    const amt = -S.amt(8000, 160000);
    const prn = `2025${String(S.int(10000000, 99999999))}${S.int(10, 99)}`.slice(0, 14);
    const b = S.B(
      date,
      amt,
      refKind === 'prn' ? `${text} ${prn}` : text,
      refKind === 'prn' ? prn : `FT${S.int(10000000, 99999999)}`,
    );
    const l = L(addDays(date, -S.int(0, 1)), amt, {
      source: 'Spend Money',
      desc,
      ref: refKind === 'prn' ? `PRN ${prn}` : 'June 2025',
    });
    S.X(b, { d: 'auto', L: [l], ev, tr: ['statutory', ...(refKind === 'prn' ? ['kra-prn'] : [])] });
  }
  // Cheques.
  {
    const d1 = S.rday(3, 9);
    const a1 = -S.amt(30000, 120000);
    const b1 = S.B(busDay(addDays(d1, 2)), a1, 'CHQ NO 000781 PAID', '000781');
    const l1 = L(d1, a1, {
      source: 'Spend Money',
      desc: 'Kariuki & Associates Advocates - legal fees',
      ref: 'Chq 781',
    });
    S.X(b1, { d: 'auto', L: [l1], ev: 'reference', tr: ['cheque-number', 'ref-no-padding'] });
    const d2 = S.rday(10, 17);
    const a2 = -S.amt(20000, 80000);
    const b2 = S.B(busDay(addDays(d2, 3)), a2, 'CLEARING CHQ 000782', '000782');
    const l2 = L(d2, a2, {
      source: 'Spend Money',
      desc: 'Nairobi City County - single business permit',
      ref: 'CHQ 000782',
    });
    S.X(b2, { d: 'auto', L: [l2], ev: 'reference', tr: ['cheque-number'] });
    const l3 = L(S.rday(25, 29), -S.amt(15000, 60000), {
      source: 'Spend Money',
      desc: 'Athi Water - deposit for new connection',
      ref: 'CHQ 000783',
    });
    S.LO(l3, 'cheque 000783 issued, not yet presented');
    const d4 = S.rday(12, 18);
    const a4 = S.amt(60000, 250000);
    const b4 = S.B(busDay(addDays(d4, 3)), a4, 'CHQ DEPOSIT 118822 KCB MERU HIGHLANDS AGROVET', '118822');
    const l4 = L(d4, a4, {
      source: 'Receivable Payment',
      desc: 'Payment: Meru Highlands Agrovet - cheque 118822',
      ref: `INV-${S.inv()}`,
    });
    S.X(b4, { d: 'auto', L: [l4], ev: 'reference', tr: ['cheque-number', 'cheque-deposit'] });
  }
  // Own-account transfers with the Co-op savings account and the M-PESA float.
  {
    const d = S.rday(4, 9);
    const a = S.amt(300000, 900000, 10000);
    const b = S.B(d, a, 'FT FROM 01109123456700 MAVUNO AGRO INPUTS CALL A/C', `FT${S.int(10000000, 99999999)}`);
    const l = L(d, a, { source: 'Bank Transfer', desc: 'Bank Transfer from Co-op Call Account', ref: '' });
    S.X(b, { d: 'auto', L: [l], ev: 'counterparty', tr: ['own-account-transfer'] });
    const d2 = S.rday(20, 25);
    const a2 = -S.amt(100000, 300000, 10000);
    const b2 = S.B(d2, a2, 'FT TO 01109123456700 MAVUNO AGRO INPUTS CALL A/C', `FT${S.int(10000000, 99999999)}`);
    const l2 = L(d2, a2, { source: 'Bank Transfer', desc: 'Bank Transfer to Co-op Call Account', ref: '' });
    S.X(b2, { d: 'auto', L: [l2], ev: 'counterparty', tr: ['own-account-transfer'] });
  }
  // Rent and utilities.
  {
    const d = busDay(S.d(1));
    const a = -S.amt(120000, 180000, 1000);
    const b = S.B(d, a, 'STANDING ORDER RENT - LAVINGTON PROPERTIES', `SO${S.int(100000, 999999)}`);
    const l = L(d, a, {
      source: 'Spend Money',
      desc: 'Lavington Properties Ltd - shop rent July 2025',
      ref: 'RENT JUL25',
    });
    S.X(b, { d: 'auto', L: [l], ev: 'counterparty', tr: ['standing-order'] });
    const d2 = S.rday(12, 20);
    const a2 = -S.amt(8000, 25000);
    const b2 = S.B(d2, a2, 'KPLC POSTPAID 33021845 VIA PAYBILL 888880', `FT${S.int(10000000, 99999999)}`);
    const l2 = L(d2, a2, { source: 'Spend Money', desc: 'Kenya Power - electricity June', ref: '33021845' });
    S.X(b2, { d: 'auto', L: [l2], ev: 'reference', tr: ['utility'] });
  }
  // Genuine lines the books lack.
  {
    const d = S.rday(10, 20);
    S.X(S.B(d, S.amt(4000, 15000), 'MPESA C2B 400200 2547******88 GRACE WANJIKU', `TG${S.int(10000000, 99999999)}`), {
      d: 'none',
      ev: 'counterparty',
      tr: ['unrecorded-receipt'],
    });
    const d2 = S.rday(5, 25);
    S.X(S.B(d2, -S.amt(3000, 9000), 'POS PURCHASE RUBIS NGONG RD NAIROBI', ''), {
      d: 'none',
      ev: 'counterparty',
      tr: ['unrecorded-payment', 'card-purchase'],
    });
    const d3 = S.rday(2, 6);
    S.X(
      S.B(d3, -S.amt(9000, 30000), 'STANDING ORDER CIC GENERAL INSURANCE POL 0458812', `SO${S.int(100000, 999999)}`),
      { d: 'none', ev: 'reference', tr: ['unrecorded-payment', 'standing-order'] },
    );
  }
  // The bank's own charges.
  const lf = S.bankOnly(busDayBack(S.last), -100000, 'LEDGER FEE JUL 2025', 'charge', ['ledger-fee']);
  S.charge(lf, -20000, 'EXCISE DUTY', 'tax', ['excise-duty']);
  const sms = S.bankOnly(busDayBack(S.last), -S.int(20, 40) * 500, 'SMS ALERT CHARGES', 'charge', ['sms']);
  S.charge(sms, -Math.round(-sms.amt * 0.2), 'EXCISE DUTY', 'tax', ['excise-duty']);
}

// ---------------------------------------------------------------------------------------------------------------
// South Africa — Absa business cheque account (CSV, Absa's own layout) and a Xero "Account Transactions" report.

const ZA = {
  key: 'za-absa-xero',
  country: 'ZA',
  currency: 'ZAR',
  timezone: 'Africa/Johannesburg',
  year: 2025,
  month: 9,
  company: 'KAROO TRAIL OUTFITTERS (PTY) LTD',
  invStart: 2104,
  nRef: 34,
  nName: 6,
  nSupRef: 14,
  nSupName: 8,
  invRange: [1800, 96000],
  billRange: [1200, 78000],
  roundCash: 50,
  roundPart: 500,
  styles: ['canonical', 'nopad', 'spaces', 'hash', 'serial', 'slash', 'lowercase', 'joined'],
  inCh: ['acb', 'acb', 'absa', 'imm'],
  outCh: ['dp', 'dp', 'imm'],
  customers: [
    { book: 'Van der Merwe Outdoor (Pty) Ltd', bank: 'VAN DER MERWE OUTDOOR' },
    { book: 'Ndlovu Adventure Tours CC', bank: 'NDLOVU ADVENTURE TOURS' },
    { book: 'Stellenbosch Cycle Hub (Pty) Ltd', bank: 'STELLENBOSCH CYCLE HUB' },
    { book: 'Drakensberg Trails Lodge', bank: 'DRAKENSBERG TRAILS LODGE' },
    { book: 'Mokoena Camping Supplies', bank: 'MOKOENA CAMPING' },
    { book: 'Garden Route Kayaks (Pty) Ltd', bank: 'GARDEN ROUTE KAYAKS' },
    { book: 'Pretorius Game Farm', bank: 'PRETORIUS GAME FARM' },
    { book: 'Cederberg Hiking Co', bank: 'CEDERBERG HIKING CO' },
    { book: 'Soweto Runners Club', bank: 'SOWETO RUNNERS CLUB' },
    { book: 'Kruger Gate Safaris (Pty) Ltd', bank: 'KRUGER GATE SAFARIS' },
    { book: 'Table Mountain Climbing School', bank: 'TABLE MTN CLIMBING SCHOOL' },
    { book: 'Wild Coast Expeditions CC', bank: 'WILD COAST EXPEDITIONS' },
    { book: 'Hoedspruit Bush Camps', bank: 'HOEDSPRUIT BUSH CAMPS' },
  ],
  tieCustomer: { book: 'Thandi Mahlangu', bank: 'T MAHLANGU' },
  oddPayers: [
    { book: 'Magaliesberg Outdoor Education Trust', bank: 'M.O.E.T', trait: 'payer-initials' },
    { book: 'Blouberg Surf & Trail (Pty) Ltd', bank: 'PIETER J BOTHA', trait: 'payer-owner-personal-name' },
    { book: 'Umhlanga Active Lifestyle Stores (Pty) Ltd', bank: 'TRAILHEAD UMHLANGA', trait: 'payer-trading-name' },
  ],
  suppliers: [
    { book: 'Cape Union Mart Wholesale', bank: 'CAPE UNION WHOLESALE', fmt: 'CUW' },
    { book: 'First Ascent Distribution (Pty) Ltd', bank: 'FIRST ASCENT DIST', fmt: 'FA-' },
    { book: 'Kaapse Tents Manufacturing CC', bank: 'KAAPSE TENTS', fmt: 'KT/' },
    { book: 'Courier Guy (Pty) Ltd', bank: 'THE COURIER GUY', fmt: 'TCG' },
    { book: 'Durban Rope & Rigging', bank: 'DBN ROPE RIGGING', fmt: 'DRR-' },
    { book: 'Highveld Footwear (Pty) Ltd', bank: 'HIGHVELD FOOTWEAR', fmt: 'HF' },
  ],
  failSupplier: { book: 'Namaqua Canvas Works', bank: 'NAMAQUA CANVAS', fmt: 'NCW-' },
  short: [
    // No withholding tax on local trade payments in South Africa: the same shape is a 2.5% early-settlement discount
    { cut: (g) => Math.round(g * 0.025), trait: 'short-settlement-discount-2.5pct', style: 'canonical' },
    // A customer deducting its own bank's payment fee
    { cut: () => 1850, trait: 'short-payer-bank-fee', style: 'spaces' },
  ],
  twinMemo: null,
  invW(n, style) {
    const p = String(n).padStart(4, '0');
    return {
      canonical: `INV-${p}`,
      nopad: `INV${n}`,
      spaces: `INV ${p}`,
      hash: `INV#${n}`,
      serial: `${n}`,
      slash: `INV/${p}`,
      lowercase: `inv-${p}`,
      joined: `INV${p}`,
    }[style];
  },
  partW: (n, k) => (k === 0 ? `PART PMT INV-${n}` : `inv${n} part`),
  multiW: (ns) => `INV-${ns[0]}/${ns[1]}/${ns[2]}`,
  twoW: (n, k) => (k === 1 ? `INV-${n} DEP` : `INV-${n} BALANCE`),
  bill(S, s, i) {
    const serial = 4000 + ((i * 59 + s.book.length * 17) % 5000);
    const book = `${s.fmt}${serial}`;
    const bank = i % 3 === 2 ? book.replace(/[-/]/g, '') : book;
    return { book, bank, trait: i % 3 === 2 ? 'ref-punctuation-dropped' : null };
  },
  anon: [
    (S, date, amt) => {
      const l = S.B(date, amt, 'CASH DEPOSIT BRANCH', '');
      S.charge(l, -Math.max(Math.round(amt * 0.0125), 1500), 'CASH DEPOSIT FEE', 'charge', ['cash-fee']);
      return l;
    },
    (S, date, amt) => S.B(date, amt, 'ACB CREDIT CAPITEC PAYMENT', ''),
  ],
  cashMemo: () => null,
  rcv(S, date, amt, c, ref, ch, o = {}) {
    const r = ref ? ` ${ref}` : '';
    if (o.twin) return S.B(date, amt, `ACB CREDIT ${c.bank}`, '');
    if (ch === 'absa') return S.B(date, amt, `DIGITAL TRANSF CR ABSA BANK ${c.bank}${r}`, '');
    if (ch === 'imm') return S.B(date, amt, `IMMEDIATE TRF CR ${c.bank}${r}`, '');
    return S.B(date, amt, `ACB CREDIT ${c.bank}${r}`, '');
  },
  pay(S, date, amt, s, ref, ch) {
    if (ch === 'imm') {
      const l = S.B(date, amt, `IMMEDIATE PAYMENT ${s.bank}${ref ? ' ' + ref : ''}`, '');
      S.charge(l, -5000, 'IMMEDIATE PAYMENT FEE', 'charge');
      return l;
    }
    return S.B(date, amt, `DIGITAL PAYMENT DT ABSA BANK ${s.bank}${ref ? ' ' + ref : ''}`, '');
  },
  reversal(S, date, amt, s, ref) {
    return S.B(date, amt, `PAYMENT RETURNED ${s.bank} ${ref} ACC CLOSED`, '');
  },
  led: xeroLed,
  extras: zaExtras,
};

function zaExtras(S) {
  const L = (date, amt, f) => S.L(date, amt, f);
  // Yoco payouts, booked net in Xero from the payout report: exact.
  for (let k = 0; k < 2; k++) {
    const d = S.rday(k ? 16 : 3, k ? 20 : 8);
    const net = S.amt(4000, 16000);
    const id = `YP${S.int(100000, 999999)}`;
    const b = S.B(d, net, `YOCO PAYOUT ${id}`, '');
    const l = L(d, net, { source: 'Receive Money', desc: 'Yoco - card sales payout (net)', ref: id });
    S.X(b, { d: 'auto', L: [l], ev: 'reference', tr: ['gateway-settlement', 'booked-net'] });
  }
  // The last day's Yoco payout, booked net from the payout report, reaches the bank in October.
  {
    const l = L(busDayBack(S.last), S.amt(5000, 12000), {
      source: 'Receive Money',
      desc: 'Yoco - card sales payout (net)',
      ref: `YP${S.int(100000, 999999)}`,
    });
    S.LO(l, 'Yoco payout booked on the last day; paid into the bank on the next business day (October)');
  }
  // Absa card acquiring: two terminals settled the same day, booked as one day's gross card sales.
  {
    const day = S.rday(10, 12);
    const g = [S.amt(6000, 18000), S.amt(3000, 9000)];
    const bs = g.map((x, k) =>
      S.B(busDay(addDays(day, 1)), x - Math.round(x * 0.0275), `ABSA CARD ACQ SETTLEMENT MID 0917442${k + 1}`, ''),
    );
    const l = L(day, g[0] + g[1], { source: 'Receive Money', desc: `Card sales ${day} - shop (gross)`, ref: 'CARD' });
    S.X(bs, {
      d: 'suggest',
      L: [l],
      mustNotAuto: false,
      ev: 'amount',
      tr: ['pos-settlement', 'split-many-to-one', 'short-net-of-fee'],
    });
  }
  // PayFast settlement quoting the settlement number the bookkeeper typed.
  {
    const day = S.rday(22, 24);
    const gross = S.amt(7000, 25000);
    const ref = `PF${S.int(1000000, 9999999)}`;
    const b = S.B(busDay(addDays(day, 1)), gross - Math.round(gross * 0.035), `PAYFAST SETTLEMENT ${ref}`, '');
    const l = L(day, gross, { source: 'Receive Money', desc: 'PayFast - online store sales (gross)', ref });
    S.X(b, {
      d: 'auto',
      L: [l],
      ev: 'reference',
      tr: ['gateway-settlement', 'short-net-of-fee', 'settled-next-day'],
      diff: true,
    });
  }
  // Payroll: four salary payments, each booked as a Spend Money to the employee.
  {
    const pd = busDayBack(S.d(25));
    for (const name of ['S NKOSI', 'L VAN WYK', 'M DLAMINI', 'J ADAMS']) {
      const full = {
        'S NKOSI': 'Sipho Nkosi',
        'L VAN WYK': 'Lizelle van Wyk',
        'M DLAMINI': 'Mandla Dlamini',
        'J ADAMS': 'Jacobus Adams',
      }[name];
      const a = -S.amt(14000, 38000);
      const b = S.B(pd, a, `DIGITAL PAYMENT DT ABSA BANK ${name} SALARY SEP`, '');
      const l = L(pd, a, { source: 'Spend Money', desc: `${full} - net salary September 2025`, ref: 'SAL SEP25' });
      S.X(b, { d: 'auto', L: [l], ev: 'reference', tr: ['payroll', 'payee-initial-surname'] });
    }
  }
  // SARS: EMP201 for August (PAYE, UIF, SDL) and VAT201 for July–August.
  {
    const d = S.rday(5, 8);
    const a = -S.amt(18000, 32000);
    const prn = `7012345678LC${S.int(1000, 9999)}`;
    const b = S.B(d, a, `SARS-EMP201-${prn}`, '');
    const l = L(d, a, { source: 'Spend Money', desc: 'SARS - EMP201 August 2025 (PAYE/UIF/SDL)', ref: prn });
    S.X(b, { d: 'auto', L: [l], ev: 'reference', tr: ['statutory', 'sars-prn'] });
    const d2 = busDayBack(S.d(26));
    const a2 = -S.amt(35000, 70000);
    const prn2 = `4870123456V${S.int(10000, 99999)}`;
    const b2 = S.B(d2, a2, `SARS-VAT201-${prn2}`, '');
    const l2 = L(d2, a2, { source: 'Spend Money', desc: 'SARS - VAT201 Jul-Aug 2025', ref: prn2 });
    S.X(b2, { d: 'auto', L: [l2], ev: 'reference', tr: ['statutory', 'sars-prn'] });
    const d3 = S.rday(15, 22);
    const a3 = -S.amt(2500, 6000);
    const b3 = S.B(d3, a3, 'DEBIT ORDER COMPENSATION FUND COIDA 990012345', '');
    const l3 = L(d3, a3, {
      source: 'Spend Money',
      desc: 'Compensation Fund - COIDA assessment 2025',
      ref: '990012345',
    });
    S.X(b3, { d: 'auto', L: [l3], ev: 'reference', tr: ['statutory', 'debit-order'] });
  }
  // Debit orders booked in Xero.
  {
    const d = busDay(S.d(1));
    const a = -S.amt(3000, 6000);
    const b = S.B(d, a, 'DEBIT ORDER SANTAM INS 0041882793', '');
    const l = L(d, a, { source: 'Spend Money', desc: 'Santam - business insurance premium', ref: 'DO' });
    S.X(b, { d: 'auto', L: [l], ev: 'counterparty', tr: ['debit-order'] });
    const d2 = busDay(S.d(15));
    const a2 = -S.amt(8000, 14000);
    const b2 = S.B(d2, a2, 'DEBIT ORDER WESBANK VEHICLE FIN 7733019', '');
    const l2 = L(d2, a2, { source: 'Spend Money', desc: 'WesBank - bakkie instalment', ref: '7733019' });
    S.X(b2, { d: 'auto', L: [l2], ev: 'reference', tr: ['debit-order'] });
  }
  // Own-account transfers with the Absa business call account.
  {
    const d = S.rday(4, 9);
    const a = S.amt(30000, 90000, 1000);
    const b = S.B(d, a, 'TRANSFER FROM 4099812277 CALL ACC', '');
    const l = L(d, a, { source: 'Bank Transfer', desc: 'Bank Transfer from Absa Call Account', ref: '' });
    S.X(b, { d: 'auto', L: [l], ev: 'counterparty', tr: ['own-account-transfer'] });
    const d2 = S.rday(22, 26);
    const a2 = -S.amt(20000, 50000, 1000);
    const b2 = S.B(d2, a2, 'TRANSFER TO 4099812277 CALL ACC', '');
    const l2 = L(d2, a2, { source: 'Bank Transfer', desc: 'Bank Transfer to Absa Call Account', ref: '' });
    S.X(b2, { d: 'auto', L: [l2], ev: 'counterparty', tr: ['own-account-transfer'] });
  }
  // Monthly account fee: the bookkeeper books it in Xero (a bank rule), so it matches. The rest stay bank-only.
  {
    const d = busDayBack(S.last);
    const b = S.B(d, -29500, 'MONTHLY ACC FEE', '');
    const l = L(d, -29500, { source: 'Spend Money', desc: 'Absa - monthly account fee', ref: 'BANK FEES' });
    S.X(b, { d: 'auto', L: [l], ev: 'counterparty', tr: ['bank-fee-booked'] });
  }
  S.bankOnly(busDayBack(S.last), -S.int(20, 45) * 90, 'NOTIFIC FEE SMS NOTIFYME', 'charge', ['sms']);
  S.bankOnly(busDayBack(S.last), -S.int(8, 25) * 850, 'ADMIN CHARGE', 'charge', ['transaction-fees']);
  S.bankOnly(busDayBack(S.last), S.int(3000, 9000), 'CREDIT INTEREST', 'interest', ['interest']);
  // Genuine lines the books lack.
  {
    const d = S.rday(10, 20);
    S.X(S.B(d, S.amt(800, 2500), 'IMMEDIATE TRF CR N MOKOENA REFUND DEPOSIT', ''), {
      d: 'none',
      ev: 'counterparty',
      tr: ['unrecorded-receipt'],
    });
    const d2 = S.rday(5, 25);
    S.X(S.B(d2, -S.amt(600, 2000), 'CHEQUE CARD PURCHASE ENGEN N1 CITY', ''), {
      d: 'none',
      ev: 'counterparty',
      tr: ['unrecorded-payment', 'card-purchase'],
    });
    const d3 = S.rday(1, 5);
    S.X(S.B(busDay(d3), -S.amt(900, 2400), 'DEBIT ORDER VODACOM BUSINESS 0823315', ''), {
      d: 'none',
      ev: 'counterparty',
      tr: ['unrecorded-payment', 'debit-order'],
    });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// File layouts.

const fmtDMY = (s) => {
  const [y, m, d] = parts(s);
  return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
};
const fmtMDY = (s) => {
  const [y, m, d] = parts(s);
  return `${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}/${y}`;
};
const fmtDMonY = (s, sep) => {
  const [y, m, d] = parts(s);
  return `${String(d).padStart(2, '0')}${sep}${MONTHS[m - 1]}${sep}${y}`;
};
const fmtYMDc = (s) => s.replace(/-/g, '');

/** Bank lines in posting order with running balances. */
function orderBank(S, opening) {
  const lines = [...S.bank].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq || a.sub - b.sub,
  );
  let bal = opening;
  for (const l of lines) {
    bal += l.amt;
    l.bal = bal;
  }
  return { lines, closing: bal };
}

function bankFile(S, spec) {
  const { lines, closing } = orderBank(S, spec.opening);
  const rows = spec.preamble(closing).map((r) => csvLine(r));
  rows.push(csvLine(spec.header));
  const headerRow = rows.length;
  for (const l of lines) {
    rows.push(csvLine(spec.row(l)));
    l.row = rows.length;
    l.file = spec.file;
  }
  for (const r of spec.footer?.(closing) ?? []) rows.push(csvLine(r));
  return { text: rows.join(spec.eol ?? '\r\n') + (spec.eol ?? '\r\n'), headerRow, closing, lines };
}

function ledgerFile(S, spec) {
  const rows = S.led.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.lseq - b.lseq));
  const out = spec.preamble().map((r) => csvLine(r));
  out.push(csvLine(spec.header));
  const headerRow = out.length;
  for (const r of spec.before?.() ?? []) out.push(csvLine(r));
  let bal = spec.opening;
  for (const e of rows) {
    bal += e.amt;
    out.push(csvLine(spec.row(e, bal)));
    e.row = out.length;
    e.file = spec.file;
  }
  for (const r of spec.after?.(bal) ?? []) out.push(csvLine(r));
  return { text: out.join('\r\n') + '\r\n', headerRow, closing: bal };
}

// ---------------------------------------------------------------------------------------------------------------
// Per-set file specs.

function buildNG(S) {
  const bankFileName = 'stanbic-ibtc-0023456781-feb2025.csv';
  const glName = 'quickbooks-general-ledger-feb2025.csv';
  const opening = 1845022137;
  const mon = (s) => `${s.slice(8)}-Feb-2025`;
  const bank = bankFile(S, {
    file: bankFileName,
    opening,
    preamble: (closing) => [
      ['Stanbic IBTC Bank'],
      ['Account Statement'],
      ['Account Name', 'EKO CREST PACKAGING LTD'],
      ['Account Number', '0023456781'],
      ['Account Type', 'BUSINESS CURRENT ACCOUNT'],
      ['Currency', 'NGN'],
      ['Statement Period', `${mon(S.first)} to ${mon(S.last)}`],
      ['Opening Balance', commas(opening)],
      ['Closing Balance', commas(closing)],
      [],
    ],
    header: ['TRAN DATE', 'VALUE DATE', 'NARRATIVE', 'REFERENCE', 'DEBIT', 'CREDIT', 'BALANCE'],
    row: (l) => [
      fmtDMY(l.date),
      fmtDMY(l.vdate),
      l.text,
      l.ref,
      l.amt < 0 ? commas(l.amt) : '',
      l.amt > 0 ? commas(l.amt) : '',
      commas(l.bal),
    ],
  });
  const acct = '1010 · Stanbic IBTC Current';
  const gl = ledgerFile(S, {
    file: glName,
    opening,
    preamble: () => [['Eko Crest Packaging Ltd'], ['General Ledger'], ['As of February 28, 2025'], []],
    header: ['Date', 'Transaction Type', 'Num', 'Name', 'Memo/Description', 'Split', 'Amount', 'Balance'],
    before: () => [[acct], ['Beginning Balance', '', '', '', '', '', '', commas(opening)]],
    row: (e, bal) => [
      fmtMDY(e.date),
      e.type,
      e.num,
      e.name,
      e.memo,
      e.split,
      e.amt < 0 ? `-${commas(e.amt)}` : commas(e.amt),
      commas(bal),
    ],
    after: (bal) => [
      [`Total ${acct}`, '', '', '', '', '', '', commas(bal)],
      [],
      ['TOTAL', '', '', '', '', '', '', commas(bal)],
    ],
  });
  for (const e of S.led)
    e.json = { reference: e.num || null, description: e.memo || null, party: e.name || null, account: acct };
  return {
    bank,
    gl,
    bankFile: {
      file: bankFileName,
      bank: 'Stanbic IBTC Bank',
      headerRow: bank.headerRow,
      ledgerAccount: acct,
      readOptions: {
        mapping: {
          date: 'TRAN DATE',
          valueDate: 'VALUE DATE',
          description: 'NARRATIVE',
          reference: 'REFERENCE',
          moneyOut: 'DEBIT',
          moneyIn: 'CREDIT',
          balance: 'BALANCE',
        },
        currency: 'NGN',
        dateOrder: 'DMY',
      },
      openingBalance: dec(opening),
    },
    ledgerFile: {
      file: glName,
      package: 'QuickBooks Desktop (General Ledger report, Amount column)',
      headerRow: gl.headerRow,
      readOptions: { preset: 'quickbooks-general-ledger', currency: 'NGN', dateOrder: 'MDY' },
    },
  };
}

function buildGH(S) {
  const bankFileName = 'ecobank-gh-1441000345660-mar2025.csv';
  const glName = 'zoho-books-general-ledger-mar2025.csv';
  const opening = 18764215;
  const bank = bankFile(S, {
    file: bankFileName,
    opening,
    preamble: (closing) => [
      ['ECOBANK GHANA PLC'],
      ['CUSTOMER ACCOUNT STATEMENT'],
      ['Account Name:', 'ASANTE BUILD SUPPLIES LTD'],
      ['Account Number:', '1441000345660'],
      ['Currency:', 'GHS'],
      ['Branch:', 'RING ROAD CENTRAL'],
      ['From:', fmtDMonY(S.first, '-'), 'To:', fmtDMonY(S.last, '-')],
      ['Opening Balance:', commas(opening)],
      ['Closing Balance:', commas(closing)],
      [],
    ],
    header: [
      'Transaction Date',
      'Reference No.',
      'Description',
      'Value Date',
      'Debit Amount',
      'Credit Amount',
      'Running Balance',
    ],
    row: (l) => [
      fmtDMonY(l.date, '-'),
      l.ref,
      l.text,
      fmtDMonY(l.vdate, '-'),
      l.amt < 0 ? commas(l.amt) : '',
      l.amt > 0 ? commas(l.amt) : '',
      commas(l.bal),
    ],
  });
  const code = '1002';
  const name = 'Ecobank Current 1441000345660';
  let jid = 30211;
  const gl = ledgerFile(S, {
    file: glName,
    opening,
    preamble: () => [
      ['Asante Build Supplies Ltd'],
      ['General Ledger'],
      [`From 01/03/2025 To 31/03/2025`],
      ['Account: Ecobank Current 1441000345660'],
      [],
    ],
    header: ['Date', 'Journal ID', 'Account Code', 'Account Name', 'Description', 'Reference', 'Debit', 'Credit'],
    row: (e) => [
      e.date,
      String(jid++),
      code,
      name,
      zohoDesc(e),
      e.num,
      e.amt > 0 ? commas(e.amt) : '',
      e.amt < 0 ? commas(e.amt) : '',
    ],
  });
  for (const e of S.led) e.json = { reference: e.num || null, description: zohoDesc(e), party: null, account: code };
  return {
    bank,
    gl,
    bankFile: {
      file: bankFileName,
      bank: 'Ecobank Ghana',
      headerRow: bank.headerRow,
      ledgerAccount: code,
      readOptions: {
        mapping: {
          date: 'Transaction Date',
          valueDate: 'Value Date',
          description: 'Description',
          reference: 'Reference No.',
          moneyOut: 'Debit Amount',
          moneyIn: 'Credit Amount',
          balance: 'Running Balance',
        },
        currency: 'GHS',
      },
      openingBalance: dec(opening),
    },
    ledgerFile: {
      file: glName,
      package: 'Zoho Books (General Ledger, written in the documented generic general-ledger layout)',
      headerRow: gl.headerRow,
      readOptions: { preset: 'general-ledger', currency: 'GHS' },
    },
  };
}

function zohoDesc(e) {
  return e.name ? `${e.name} - ${e.zType}${e.memo ? ' - ' + e.memo : ''}` : `${e.zType} - ${e.memo}`;
}

function xeroSpec(S, glName, section, opening, org, periodText) {
  return {
    file: glName,
    opening,
    preamble: () => [['Account Transactions'], [org], [periodText], []],
    header: ['Date', 'Source', 'Description', 'Reference', 'Debit', 'Credit', 'Running Balance'],
    before: () => [[section], ['Opening Balance', '', '', '', '', '', commas(opening)]],
    row: (e, bal) => [
      fmtDMonY(e.date, ' '),
      e.source,
      e.desc,
      e.ref,
      e.amt > 0 ? commas(e.amt) : '',
      e.amt < 0 ? commas(e.amt) : '',
      commas(bal),
    ],
    after: (bal) => [
      [`Total ${section}`, '', '', '', '', '', commas(bal)],
      ['Closing Balance', '', '', '', '', '', commas(bal)],
    ],
  };
}

function buildKE(S) {
  const bankFileName = 'coop-bank-01136098765400-jul2025.csv';
  const glName = 'xero-account-transactions-jul2025.csv';
  const opening = 412530960;
  const bank = bankFile(S, {
    file: bankFileName,
    opening,
    preamble: (closing) => [
      ['THE CO-OPERATIVE BANK OF KENYA LIMITED'],
      ['ACCOUNT STATEMENT'],
      ['ACCOUNT NAME', 'MAVUNO AGRO INPUTS LIMITED'],
      ['ACCOUNT NUMBER', '01136098765400'],
      ['BRANCH', 'KIRINYAGA ROAD'],
      ['CURRENCY', 'KES'],
      ['PERIOD', `${fmtDMY(S.first)} - ${fmtDMY(S.last)}`],
      ['OPENING BALANCE', commas(opening)],
      ['CLOSING BALANCE', commas(closing)],
      [],
    ],
    header: ['Transaction Date', 'Value Date', 'Narrative', 'Ref/Cheque No.', 'Debit', 'Credit', 'Balance'],
    row: (l) => [
      fmtDMY(l.date),
      fmtDMY(l.vdate),
      l.text,
      l.ref,
      l.amt < 0 ? commas(l.amt) : '',
      l.amt > 0 ? commas(l.amt) : '',
      commas(l.bal),
    ],
  });
  const section = 'Co-op Bank Current 01136098765400';
  const gl = ledgerFile(
    S,
    xeroSpec(S, glName, section, opening, 'Mavuno Agro Inputs Limited', 'For the period 1 July 2025 to 31 July 2025'),
  );
  for (const e of S.led) e.json = { reference: e.ref || null, description: e.desc, party: null, account: section };
  return {
    bank,
    gl,
    bankFile: {
      file: bankFileName,
      bank: 'Co-operative Bank of Kenya',
      headerRow: bank.headerRow,
      ledgerAccount: section,
      readOptions: {
        mapping: {
          date: 'Transaction Date',
          valueDate: 'Value Date',
          description: 'Narrative',
          reference: 'Ref/Cheque No.',
          moneyOut: 'Debit',
          moneyIn: 'Credit',
          balance: 'Balance',
        },
        currency: 'KES',
        dateOrder: 'DMY',
      },
      openingBalance: dec(opening),
    },
    ledgerFile: {
      file: glName,
      package: 'Xero (Account Transactions report)',
      headerRow: gl.headerRow,
      readOptions: { preset: 'xero-account-transactions', currency: 'KES' },
    },
  };
}

function buildZA(S) {
  const bankFileName = 'absa-4087719532-sep2025.csv';
  const glName = 'xero-account-transactions-sep2025.csv';
  const opening = 28640415;
  const bank = bankFile(S, {
    file: bankFileName,
    opening,
    eol: '\n',
    preamble: () => [
      ['Account', '4087719532'],
      ['Account type', 'Business Cheque Account'],
      ['From', fmtYMDc(S.first), 'To', fmtYMDc(S.last)],
      [],
    ],
    header: ['Date', 'Transaction Description', 'Amount', 'Balance'],
    row: (l) => [fmtYMDc(l.date), l.text, dec(l.amt), dec(l.bal)],
  });
  const section = 'Absa Business Cheque 4087719532';
  const gl = ledgerFile(
    S,
    xeroSpec(
      S,
      glName,
      section,
      opening,
      'Karoo Trail Outfitters (Pty) Ltd',
      'For the period 1 September 2025 to 30 September 2025',
    ),
  );
  for (const e of S.led) e.json = { reference: e.ref || null, description: e.desc, party: null, account: section };
  return {
    bank,
    gl,
    bankFile: {
      file: bankFileName,
      bank: 'Absa Bank',
      headerRow: bank.headerRow,
      ledgerAccount: section,
      readOptions: { preset: 'za-absa', currency: 'ZAR' },
      openingBalance: dec(opening),
    },
    ledgerFile: {
      file: glName,
      package: 'Xero (Account Transactions report)',
      headerRow: gl.headerRow,
      readOptions: { preset: 'xero-account-transactions', currency: 'ZAR' },
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Truth, reconcile JSON, index.

const DECISION_TO_EXPECT = {
  auto: 'match',
  suggest: 'match',
  'bank-only': 'bank-only',
  'reversal-pair': 'reversal-pair',
  none: 'no-counterpart',
};

function writeSet(P, seed, build) {
  const S = newSet(P, seed);
  core(S);
  P.extras(S);
  const built = build(S);
  const dir = path.join(OUT, P.key);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, built.bankFile.file), built.bank.text);
  fs.writeFileSync(path.join(dir, built.ledgerFile.file), built.gl.text);

  const lref = (e) => ({ file: e.file, row: e.row, date: e.date, amount: dec(e.amt) });
  const bref = (l) => ({ file: l.file, row: l.row, date: l.date, amount: dec(l.amt), text: l.text });
  const byLine = new Map();
  for (const e of S.exp)
    for (const l of e.lines) {
      if (byLine.has(l)) throw new Error(`${P.key}: bank line has two expectations: ${l.text}`);
      byLine.set(l, e);
    }
  const bankTruth = built.bank.lines.map((l) => {
    const e = byLine.get(l);
    if (!e) throw new Error(`${P.key}: no expectation for ${l.date} ${l.text}`);
    const ledger = e.L ? e.L.map(lref) : e.any ? null : [];
    let difference = null;
    if (e.d === 'auto' && e.L) {
      const bsum = e.lines.reduce((a, x) => a + x.amt, 0);
      const lsum = e.L.reduce((a, x) => a + x.amt, 0);
      if (bsum !== lsum) difference = dec(bsum - lsum);
      if (e.diff && bsum === lsum) throw new Error('expected a difference');
    }
    const refText = e.ev;
    return {
      ref: bref(l),
      expect: DECISION_TO_EXPECT[e.d],
      decision: e.d,
      mustNotAuto: e.d === 'suggest' ? Boolean(e.mustNotAuto) : false,
      ledger,
      ...(e.any ? { ledgerAnyOf: e.any.map((set) => set.map(lref)) } : {}),
      ...(difference ? { difference } : {}),
      group: e.lines.length > 1 ? e.group : null,
      evidence: refText,
      ambiguous: Boolean(e.ambiguous || e.any),
      kind: e.d === 'bank-only' ? e.kind : null,
      partner: e.partner ? bref(e.partner) : null,
      traits: e.tr ?? [],
    };
  });
  const ledgerOnly = S.lonly.map(({ row, why }) => ({ ...lref(row), why }));
  const truth = {
    set: P.key,
    country: P.country,
    currency: P.currency,
    timezone: P.timezone,
    period: { from: S.first, to: S.last },
    seed,
    bankFiles: [{ ...built.bankFile, closingBalance: dec(built.bank.closing) }],
    ledgerFiles: [built.ledgerFile],
    bank: bankTruth,
    ledgerOnly,
  };
  fs.writeFileSync(path.join(dir, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');

  // The reconcile JSON document: only what the files carry.
  const doc = {
    options: { timezone: P.timezone },
    bank: built.bank.lines.map((l) => ({
      id: `${l.file}#${l.row}`,
      date: l.date,
      amount: dec(l.amt),
      currency: P.currency,
      narration: l.text,
      reference: l.ref || null,
      counterparty: null,
      balance: dec(l.bal),
    })),
    ledger: [...S.led]
      .sort((a, b) => a.row - b.row)
      .map((e) => ({
        id: `${e.file}#${e.row}`,
        date: e.date,
        dueDate: null,
        amount: dec(e.amt),
        currency: P.currency,
        ...e.json,
      })),
    statement: { from: S.first, to: S.last, bankBalance: dec(built.bank.closing), bookBalance: dec(built.gl.closing) },
  };
  fs.writeFileSync(path.join(dir, `reconcile.${built.bankFile.file}.json`), JSON.stringify(doc, null, 2) + '\n');

  const count = (f) => bankTruth.filter(f).length;
  return {
    set: P.key,
    country: P.country,
    currency: P.currency,
    period: truth.period,
    bankFile: built.bankFile.file,
    bank: built.bankFile.bank,
    ledgerFile: built.ledgerFile.file,
    package: built.ledgerFile.package,
    counts: {
      bankLines: bankTruth.length,
      ledgerRows: S.led.length,
      auto: count((b) => b.decision === 'auto'),
      suggest: count((b) => b.decision === 'suggest'),
      mustNotAuto: count((b) => b.mustNotAuto),
      bankOnly: count((b) => b.decision === 'bank-only'),
      reversalPair: count((b) => b.decision === 'reversal-pair'),
      none: count((b) => b.decision === 'none'),
      twinsOrTies: count((b) => b.ledgerAnyOf),
      withDifference: count((b) => b.difference),
      groupedLines: count((b) => b.group),
      ledgerOnly: ledgerOnly.length,
      matchedWithoutReference: count((b) => b.expect === 'match' && b.evidence !== 'reference'),
    },
  };
}

fs.mkdirSync(OUT, { recursive: true });
const sets = [
  writeSet(NG, SEED + 1, buildNG),
  writeSet(GH, SEED + 2, buildGH),
  writeSet(KE, SEED + 3, buildKE),
  writeSet(ZA, SEED + 4, buildZA),
];
const index = {
  corpus: 'holdout16',
  seed: SEED,
  generator: 'bench/corpus/holdout16-tools/make-holdout16.mjs',
  validator: 'bench/corpus/holdout16-tools/validate-holdout16.mjs',
  sets,
};
fs.writeFileSync(path.join(OUT, 'index.json'), JSON.stringify(index, null, 2) + '\n');
for (const s of sets) console.log(s.set, JSON.stringify(s.counts));
void MONTHS_LONG;
