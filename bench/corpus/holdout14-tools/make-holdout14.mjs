// Seeded generator of bench/corpus/holdout14 (4 month-long sets). Same seed → same bytes.
// Written from how these banks and packages export, not from the engine (blind corpus).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.resolve(HERE, '../holdout14');
const SEED = Number(process.env.BANKFEED_CORPUS_SEED ?? 20251114);
console.log(`holdout14 seed ${SEED}`);

function mulberry32(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
// Money stays in integer minor units; strings only at the edge.
const fmt = (m) =>
  (m < 0 ? '-' : '') + (Math.floor(Math.abs(m) / 100) + '.' + String(Math.abs(m) % 100).padStart(2, '0'));
const fmtTh = (m) => {
  const s = fmt(Math.abs(m));
  const [i, d] = s.split('.');
  return i.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + '.' + d;
};
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const iso = (y, m, d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const addDays = (s, n) => {
  const d = new Date(s + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
const dmy = (s) => `${s.slice(8)}/${s.slice(5, 7)}/${s.slice(0, 4)}`;
const dMonY = (s) => `${s.slice(8)}-${MON[+s.slice(5, 7) - 1]}-${s.slice(0, 4)}`;
const csvCell = (v) => {
  const s = v == null ? '' : String(v);
  return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
};
const csvLine = (a) => a.map(csvCell).join(',');

// Ways a customer writes an invoice number in a transfer narration.
const WRITINGS = {
  'ref-canonical': (p, n) => `${p}-${String(n).padStart(5, '0')}`,
  'ref-lowercase': (p, n) => `${p.toLowerCase()}-${String(n).padStart(5, '0')}`,
  'ref-slashes': (p, n) => `${p}/${String(n).padStart(5, '0')}`,
  'ref-spaces': (p, n) => `${p} ${String(n).padStart(5, '0')}`,
  'ref-no-padding': (p, n) => `${p}-${n}`,
  'ref-year-serial-joined': (p, n) => `${p}${String(n).padStart(5, '0')}`,
  'ref-serial-only': (p, n) => `${p.toLowerCase()} ${n}`,
};

function buildSet(cfg, rnd) {
  const r = (a, b) => a + Math.floor(rnd() * (b - a + 1));
  const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
  const [Y, M] = cfg.month;
  const last = new Date(Date.UTC(Y, M, 0)).getUTCDate();
  const days = [];
  for (let d = 1; d <= last; d++) {
    const wd = new Date(Date.UTC(Y, M - 1, d)).getUTCDay();
    if (wd !== 0 && wd !== 6) days.push(iso(Y, M, d));
  }
  const day = () => pick(days.slice(0, -2));
  const bank = []; // {date, text, ref, chq, amt, t}
  const ledger = []; // {date, jid, desc, ref, party, amt, only?}
  let inv = cfg.invStart;
  let jv = 1;
  let grp = 0;
  const first = days[0].slice(0, 8) + '01';
  const lastDay = iso(Y, M, last);
  // a GL export of the month holds only the month's bookings
  const clamp = (d) => (d < first ? first : d > lastDay ? lastDay : d);
  const L = (date0, desc, ref, party, amt, extra = {}) => {
    const date = clamp(date0);
    const e = { date, jid: `${cfg.jvPrefix}${String(jv++).padStart(4, '0')}`, desc, ref, party, amt, ...extra };
    ledger.push(e);
    return e;
  };
  const B = (date, text, amt, t, extra = {}) => {
    const b = { date, text, amt, t, ...extra };
    bank.push(b);
    return b;
  };
  const W = Object.keys(WRITINGS);
  const usedAmts = new Set();
  const amount = (lo, hi, step = 1) => {
    for (;;) {
      const a = r(lo / step, hi / step) * step;
      if (!usedAmts.has(a)) {
        usedAmts.add(a);
        return a;
      }
    }
  };
  const cust = cfg.customers;
  const sup = cfg.suppliers;
  const invRef = (n) => `${cfg.invPrefix}-${String(n).padStart(5, '0')}`;
  const M_ = (o) => ({ expect: 'match', evidence: 'reference', traits: [], ...o });

  // 1. receipts quoting the invoice number, in many writings
  for (let i = 0; i < cfg.n.refReceipts; i++) {
    const c = cust[i % cust.length];
    const n = inv++;
    const a = amount(cfg.scale * 40, cfg.scale * 900, 50);
    const d = day();
    const w = W[i % W.length];
    const e = L(addDays(d, r(-2, 1)), `Receipt ${c.name}`, invRef(n), c.name, a);
    B(
      d,
      cfg.inText(c.bankName, WRITINGS[w](cfg.invPrefix, n), rnd),
      a,
      M_({ decision: 'auto', ledger: [e], traits: [w] }),
    );
  }
  // 2. receipts with the payer's name only (written the bank's way)
  for (let i = 0; i < cfg.n.nameReceipts; i++) {
    const c = cust[(i + 3) % cust.length];
    const a = amount(cfg.scale * 30, cfg.scale * 700, 25);
    const d = day();
    const hard = i % 4 === 3; // payer written so differently that a person must recognise them
    const e = L(addDays(d, r(-1, 1)), `Receipt ${c.name}`, invRef(inv++), c.name, a);
    const who = hard ? c.alias : c.bankName;
    B(
      d,
      cfg.inText(who, null, rnd),
      a,
      M_({
        decision: hard ? 'suggest' : 'auto',
        ledger: [e],
        evidence: 'counterparty',
        traits: hard ? ['name-only', 'partner-name-fuzzy'] : ['name-only'],
      }),
    );
  }
  // 3. receipts with neither name nor reference
  for (let i = 0; i < cfg.n.amountOnly; i++) {
    const c = pick(cust);
    const a = amount(cfg.scale * 20, cfg.scale * 300, 10);
    const d = day();
    const e = L(addDays(d, -r(0, 3)), `Receipt ${c.name}`, invRef(inv++), c.name, a);
    B(
      d,
      cfg.anonText(rnd),
      a,
      M_({ decision: 'suggest', mustNotAuto: true, ledger: [e], evidence: 'amount', traits: ['amount-only'] }),
    );
  }
  // 4. part payment, over-payment, withholding-short payments
  for (let i = 0; i < 2; i++) {
    const c = cust[i + 1];
    const n = inv++;
    const a = amount(cfg.scale * 400, cfg.scale * 900, 100);
    const paid = Math.round(a * (i ? 0.4 : 0.5));
    const d = day();
    // booked for the full invoice from the customer's remittance advice; the bank shows less
    const e = L(addDays(d, -r(0, 2)), `Receipt ${c.name} per remittance advice`, invRef(n), c.name, a);
    B(
      d,
      cfg.inText(c.bankName, `PART ${WRITINGS['ref-canonical'](cfg.invPrefix, n)}`, rnd),
      paid,
      M_({ decision: 'suggest', mustNotAuto: true, ledger: [e], traits: ['part-payment'] }),
    );
  }
  {
    const c = cust[5];
    const n = inv++;
    const a = amount(cfg.scale * 200, cfg.scale * 500, 50);
    const over = cfg.scale * 5;
    const d = day();
    const e = L(addDays(d, -1), `Receipt ${c.name}`, invRef(n), c.name, a);
    B(
      d,
      cfg.inText(c.bankName, WRITINGS['ref-spaces'](cfg.invPrefix, n), rnd),
      a + over,
      M_({ decision: 'auto', ledger: [e], difference: over, traits: ['ref-spaces', 'over-payment'] }),
    );
  }
  for (let i = 0; i < cfg.n.wht; i++) {
    const c = cust[(i + 6) % cust.length];
    const n = inv++;
    const a = amount(cfg.scale * 300, cfg.scale * 900, 100);
    // withheld on the VAT-exclusive value (VAT-inclusive invoice ÷ (1 + VAT rate)), as the tax rules say
    const net = a - Math.round((a * cfg.whtPct) / 100 / cfg.vatDiv);
    const d = day();
    const e = L(addDays(d, r(0, 3)), `Receipt ${c.name} (gross, WHT credit note to follow)`, invRef(n), c.name, a);
    B(
      d,
      cfg.inText(c.bankName, WRITINGS['ref-slashes'](cfg.invPrefix, n), rnd),
      net,
      M_({ decision: 'auto', ledger: [e], difference: net - a, traits: ['ref-slashes', cfg.whtTrait] }),
    );
  }
  // 5. one transfer for three invoices
  {
    const c = cust[2];
    const ns = [inv++, inv++, inv++];
    const es = ns.map((n) =>
      L(days[10], `Receipt ${c.name}`, invRef(n), c.name, amount(cfg.scale * 50, cfg.scale * 250, 10)),
    );
    const d = days[10];
    B(
      d,
      cfg.inText(c.bankName, `${cfg.invPrefix} ${ns[0]} ${ns[1]} ${ns[2]}`, rnd),
      es.reduce((s, e) => s + e.amt, 0),
      M_({ decision: 'auto', ledger: es, traits: ['ref-serial-only', 'split-one-to-many'] }),
    );
  }
  // 6. one invoice paid in two transfers on two days
  {
    const c = cust[4];
    const n = inv++;
    const a = amount(cfg.scale * 600, cfg.scale * 1200, 100);
    const e = L(days[9], `Receipt ${c.name}`, invRef(n), c.name, a);
    const g = `g${String(++grp).padStart(3, '0')}`;
    const first = Math.round(a * 0.6);
    B(
      days[8],
      cfg.inText(c.bankName, `${WRITINGS['ref-canonical'](cfg.invPrefix, n)} 1OF2`, rnd),
      first,
      M_({ decision: 'auto', ledger: [e], group: g, traits: ['ref-canonical', 'split-many-to-one'] }),
    );
    B(
      days[9],
      cfg.inText(c.bankName, `${WRITINGS['ref-canonical'](cfg.invPrefix, n)} BAL`, rnd),
      a - first,
      M_({ decision: 'auto', ledger: [e], group: g, traits: ['ref-canonical', 'split-many-to-one'] }),
    );
  }
  // 7. twins: two equal invoices to one customer, two equal payments by name
  {
    const c = cust[7 % cust.length];
    const a = amount(cfg.scale * 100, cfg.scale * 200, 50);
    const e1 = L(days[12], `Receipt ${c.name} retainer`, invRef(inv++), c.name, a);
    const e2 = L(days[12], `Receipt ${c.name} retainer`, invRef(inv++), c.name, a);
    const any = [[e1], [e2]];
    for (const d of [days[12], days[12]])
      B(
        d,
        cfg.inText(c.bankName, null, rnd),
        a,
        M_({
          decision: 'suggest',
          ledgerAnyOf: any,
          ledger: null,
          ambiguous: true,
          evidence: 'counterparty',
          traits: ['name-only', 'twins'],
        }),
      );
  }
  // 8. tie: an anonymous receipt whose amount fits two customers' invoices
  {
    const a = amount(cfg.scale * 150, cfg.scale * 300, 50);
    const e1 = L(days[8], `Receipt ${cust[0].name}`, invRef(inv++), cust[0].name, a);
    L(days[9], `Receipt ${cust[8 % cust.length].name}`, invRef(inv++), cust[8 % cust.length].name, a, {
      only: 'receipt booked from a remittance advice; money not yet in the bank',
    });
    B(
      days[9],
      cfg.anonText(rnd),
      a,
      M_({
        decision: 'suggest',
        mustNotAuto: true,
        ledger: [e1],
        evidence: 'amount',
        traits: ['amount-only', 'tie-refused'],
      }),
    );
  }
  // 9. card / gateway / mobile-money settlements
  for (let i = 0; i < cfg.n.settlements; i++) {
    const s = cfg.settle[i % cfg.settle.length];
    const d = days[Math.min(days.length - 1, 1 + i * 2)];
    const gross = amount(cfg.scale * 80, cfg.scale * 600, 1);
    const id = s.id(rnd, i);
    if (s.netOfFee) {
      const fee = Math.min(Math.round((gross * s.feePct) / 100), s.cap ?? Infinity);
      const e = L(addDays(d, -1), `${s.ledgerDesc} ${dmy(addDays(d, -1))}`, id, s.party, gross);
      B(
        d,
        s.text(id),
        gross - fee,
        M_({ decision: 'auto', ledger: [e], difference: -fee, traits: ['short-net-of-fee', 'settled-next-day'] }),
      );
    } else {
      // two terminals settle separately; the books hold the day's card sales as one entry
      const a1 = Math.round(gross * 0.55);
      const e = L(
        addDays(d, -1),
        `${s.ledgerDesc} ${dmy(addDays(d, -1))}`,
        `Z-${d.slice(5).replace('-', '')}`,
        s.party,
        gross,
      );
      const g = `g${String(++grp).padStart(3, '0')}`;
      B(
        d,
        s.text(id + 'A'),
        a1,
        M_({
          decision: 'suggest',
          ledger: [e],
          group: g,
          evidence: 'amount',
          traits: ['pos-settlement', 'split-many-to-one', 'settled-next-day'],
        }),
      );
      B(
        d,
        s.text(id + 'B'),
        gross - a1,
        M_({
          decision: 'suggest',
          ledger: [e],
          group: g,
          evidence: 'amount',
          traits: ['pos-settlement', 'split-many-to-one', 'settled-next-day'],
        }),
      );
    }
  }
  // 10. supplier payments
  let pv = 101;
  for (let i = 0; i < cfg.n.supplier; i++) {
    const s = sup[i % sup.length];
    const a = amount(cfg.scale * 50, cfg.scale * 800, 5);
    const d = day();
    const bill = `${s.billPrefix}${r(1000, 9999)}`;
    const withRef = i % 3 !== 2;
    const e = L(withRef ? d : addDays(d, r(0, 1)), `Payment ${s.name}`, withRef ? bill : `PV${pv++}`, s.name, -a);
    B(
      d,
      cfg.outText(s.bankName, withRef ? bill : null, rnd),
      -a,
      M_({
        decision: 'auto',
        ledger: [e],
        evidence: withRef ? 'reference' : 'counterparty',
        traits: withRef ? ['ref-canonical'] : ['name-only'],
      }),
    );
  }
  // 11. failed transfers and their reversals; the payment then goes through
  for (let i = 0; i < 2; i++) {
    const s = sup[(i + 2) % sup.length];
    const a = amount(cfg.scale * 100, cfg.scale * 400, 5);
    const d = days[4 + i * 7];
    const bill = `${s.billPrefix}${r(1000, 9999)}`;
    const x = B(d, cfg.outText(s.bankName, bill, rnd), -a, {
      expect: 'reversal-pair',
      decision: 'reversal-pair',
      evidence: 'reference',
      traits: ['reversal-pair'],
    });
    const y = B(addDays(d, 1), cfg.reversalText(s.bankName, bill), a, {
      expect: 'reversal-pair',
      decision: 'reversal-pair',
      evidence: 'reference',
      traits: ['reversal-pair'],
    });
    x.t.partnerB = y;
    y.t.partnerB = x;
    const e = L(d, `Payment ${s.name}`, bill, s.name, -a);
    B(
      addDays(d, 2),
      cfg.outText(s.bankName, bill, rnd),
      -a,
      M_({ decision: 'auto', ledger: [e], traits: ['ref-canonical', 'late-posting'] }),
    );
  }
  // 12. payroll and statutory remittances
  {
    const net = amount(cfg.scale * 3000, cfg.scale * 5000, 1);
    const d = days[days.length - 3];
    const e = L(d, cfg.payroll.desc, cfg.payroll.ref, null, -net);
    B(d, cfg.payroll.text, -net, M_({ decision: 'auto', ledger: [e], traits: ['ref-canonical'] }));
  }
  for (const st of cfg.statutory) {
    const a = amount(cfg.scale * 100, cfg.scale * 900, 1);
    const d = days[r(8, 12)];
    const e = L(d, st.desc, st.ref, st.party, -a);
    B(
      d,
      st.text,
      -a,
      M_({
        decision: st.weak ? 'suggest' : 'auto',
        ledger: [e],
        evidence: st.weak ? 'counterparty' : 'reference',
        traits: st.weak ? ['name-only'] : ['ref-canonical'],
      }),
    );
  }
  // 13. cheques (where still in use)
  if (cfg.cheques) {
    for (let i = 0; i < 4; i++) {
      const no = String(r(100100, 100900));
      const d = day();
      if (i < 2) {
        const s = sup[(i + 4) % sup.length];
        const a = amount(cfg.scale * 100, cfg.scale * 500, 10);
        const e = L(addDays(d, -r(3, 8)), `Cheque ${no} ${s.name}`, `CHQ ${no}`, s.name, -a);
        B(d, cfg.chqOut(no), -a, M_({ decision: 'auto', ledger: [e], traits: ['cheque-number'] }), { chq: no });
      } else {
        const c = cust[(i + 9) % cust.length];
        const a = amount(cfg.scale * 100, cfg.scale * 500, 10);
        const e = L(addDays(d, -r(2, 4)), `Cheque deposit ${c.name}`, `CHQ ${no}`, c.name, a);
        B(d, cfg.chqIn(no), a, M_({ decision: 'auto', ledger: [e], traits: ['cheque-number'] }), { chq: no });
      }
    }
    // issued, not yet presented
    L(
      days[days.length - 2],
      `Cheque 100951 ${sup[0].name}`,
      'CHQ 100951',
      sup[0].name,
      -amount(cfg.scale * 100, cfg.scale * 300, 10),
      { only: 'cheque issued, not yet presented' },
    );
  }
  // 14. transfer to the company's other account
  {
    const a = cfg.scale * 2000;
    const d = days[15];
    const e = L(d, cfg.sweep.desc, cfg.sweep.ref, null, -a);
    B(d, cfg.sweep.text, -a, M_({ decision: 'auto', ledger: [e], traits: ['interbank-transfer'] }));
  }
  // 15. bank's own charges, levies, taxes, interest
  for (const ch of cfg.charges) {
    for (let k = 0; k < ch.count; k++) {
      const d = ch.day ? days[ch.day(days.length)] : day();
      B(d, ch.text, ch.amt(rnd), {
        expect: 'bank-only',
        decision: 'bank-only',
        kind: ch.kind,
        evidence: 'amount',
        traits: [],
      });
    }
  }
  // 16. genuine lines the books do not hold
  for (const u of cfg.unknown) {
    const a = amount(cfg.scale * u.lo, cfg.scale * u.hi, 1);
    B(day(), u.text, u.sign * a, {
      expect: 'no-counterpart',
      decision: 'none',
      evidence: u.ev ?? 'amount',
      traits: [],
    });
  }
  // 17. book entries with no bank line
  L(
    days[days.length - 1],
    `Receipt ${cust[1].name}`,
    invRef(inv),
    cust[1].name,
    amount(cfg.scale * 100, cfg.scale * 400, 50),
    { only: 'deposit in transit (booked on the last day, cleared next month)' },
  );
  L(
    days[days.length - 1],
    `Payment ${sup[1].name}`,
    `${sup[1].billPrefix}7777`,
    sup[1].name,
    -amount(cfg.scale * 100, cfg.scale * 400, 5),
    { only: 'transfer scheduled for the 1st of next month' },
  );

  // order: bank by date (stable), ledger by date (stable)
  const ord = (a) =>
    a
      .map((x, i) => [x, i])
      .sort((p, q) => (p[0].date < q[0].date ? -1 : p[0].date > q[0].date ? 1 : p[1] - q[1]))
      .map((p) => p[0]);
  return { bank: ord(bank), ledger: ord(ledger) };
}

// ---------- writers ----------
function writeGL(set, cfg, ledger, dir) {
  // the documented generic layout: Date, Journal ID, Account Code, Account Name, Description, Reference, Debit, Credit
  const head = [
    [cfg.company],
    [`${cfg.pkg} — General Ledger (account ${cfg.ledgerAccount} ${cfg.ledgerAccountName})`],
    [`Period: ${cfg.periodText}`],
    [],
  ];
  const H = ['Date', 'Journal ID', 'Account Code', 'Account Name', 'Description', 'Reference', 'Debit', 'Credit'];
  const lines = head.map(csvLine).concat([csvLine(H)]);
  const headerRow = lines.length;
  ledger.forEach((e, i) => {
    e.row = headerRow + 1 + i;
    e.jid = `${cfg.jvPrefix}${String(i + 1).padStart(4, '0')}`;
    lines.push(
      csvLine([
        cfg.ledgerDate(e.date),
        e.jid,
        cfg.ledgerAccount,
        cfg.ledgerAccountName,
        e.party ? `${e.desc}` : e.desc,
        e.ref,
        e.amt > 0 ? fmt(e.amt) : '',
        e.amt < 0 ? fmt(-e.amt) : '',
      ]),
    );
  });
  fs.writeFileSync(path.join(dir, cfg.ledgerFile), lines.join('\r\n') + '\r\n');
  return headerRow;
}

function writeBank(cfg, bank, dir) {
  let bal = cfg.opening;
  const pre = cfg.bankPreamble(cfg);
  const lines = pre.map(csvLine).concat([csvLine(cfg.bankHeader)]);
  const headerRow = lines.length;
  bank.forEach((b, i) => {
    b.row = headerRow + 1 + i;
    bal += b.amt;
    b.balance = bal;
    lines.push(csvLine(cfg.bankRow(b, bal)));
  });
  for (const f of cfg.bankFooter ?? []) lines.push(csvLine(f(bal)));
  fs.writeFileSync(path.join(dir, cfg.bankFile), lines.join(cfg.crlf ? '\r\n' : '\n') + (cfg.crlf ? '\r\n' : '\n'));
  return { headerRow, closing: bal };
}

// ---------- set definitions ----------
const nm = (name, bankName, alias) => ({ name, bankName, alias });
const sp = (name, bankName, billPrefix) => ({ name, bankName, billPrefix });
const charge = (text, kind, lo, hi, count, dayFn) => ({
  text,
  kind,
  count,
  amt: (rnd) => -(lo + Math.floor(rnd() * (hi - lo + 1))),
  day: dayFn,
});
const fixed = (text, kind, minor, count, dayFn) => ({ text, kind, count, amt: () => minor, day: dayFn });
const endOfMonth = (n) => n - 1;

const SETS = [
  {
    set: 'ng-fidelity-busy',
    country: 'NG',
    currency: 'NGN',
    timezone: 'Africa/Lagos',
    month: [2025, 7],
    company: 'OKWUOSA AGRO-ALLIED SUPPLIES LTD',
    pkg: 'Busy Accounting (export in the documented generic layout)',
    bankName: 'Fidelity Bank Nigeria',
    bankFile: 'fidelity-5510-jul2025.csv',
    ledgerFile: 'busy-ledger-jul2025.csv',
    ledgerAccount: '1012',
    ledgerAccountName: 'Fidelity Bank Current',
    periodText: '01/07/2025 to 31/07/2025',
    ledgerDate: dmy,
    jvPrefix: 'RCPT/',
    invPrefix: 'SI',
    invStart: 2310,
    scale: 100000,
    opening: 18_427_550_50,
    vatDiv: 1.075,
    whtPct: 5,
    whtTrait: 'short-withholding-tax-5pct',
    cheques: true,
    n: { refReceipts: 30, nameReceipts: 16, amountOnly: 4, wht: 3, settlements: 8, supplier: 16 },
    customers: [
      nm('Chukwuma Foods Ltd', 'CHUKWUMA FOODS LIMITED', 'C.FOODS LTD OWERRI'),
      nm('Alhaji Musa Bello & Sons', 'MUSA BELLO AND SONS', 'BELLO M A'),
      nm('Greenfield Poultry Farms', 'GREENFIELD POULTRY FARMS LTD', 'GRNFLD POULTRY'),
      nm('Ifeoma Stores', 'IFEOMA STORES ENT', 'NWOSU IFEOMA C'),
      nm('Tunde Agro Ventures', 'TUNDE AGRO VENTURES', 'ADEYEMI BABATUNDE O'),
      nm('Hausa Grains Co-op', 'HAUSA GRAINS COOPERATIVE SOC', 'HGC MULTIPURPOSE'),
      nm('Delta Feeds Plc', 'DELTA FEEDS PLC', 'DFP COLLECTIONS'),
      nm('Ogun Livestock Hub', 'OGUN LIVESTOCK HUB LTD', 'OLH NIG'),
      nm('Mama Nkechi Provisions', 'NKECHI PROVISIONS', 'OKAFOR NKECHI'),
      nm('Kano Millers Ltd', 'KANO MILLERS LIMITED', 'K MILLERS'),
    ],
    suppliers: [
      sp('Notore Chemical Industries', 'NOTORE CHEMICAL IND', 'NCI/'),
      sp('Indorama Eleme Fertilizer', 'INDORAMA ELEME FERT', 'IEF'),
      sp('GIG Logistics', 'GIG LOGISTICS', 'GIG-'),
      sp('Ikeja Electric', 'IKEJA ELECTRIC PLC', 'IE'),
      sp('Dangote Sacks Ltd', 'DANGOTE SACKS', 'DS'),
      sp('MTN Nigeria', 'MTN NIGERIA COMM', 'MTN'),
    ],
    inText: (who, ref, rnd) =>
      rnd() < 0.6
        ? `NIP TRF FRM ${who}${ref ? '/' + ref : ''}/00001325${Math.floor(rnd() * 1e9)}`
        : `TRF/${ref ? ref + '/' : ''}FRM ${who} TO OKWUOSA AGRO-ALLIED`,
    anonText: (rnd) => `NIP TRF FRM 00${Math.floor(rnd() * 1e8)}/OPAY/0000${Math.floor(rnd() * 1e9)}`,
    outText: (who, ref) => `NIP TRF TO ${who}${ref ? ' ' + ref : ''}`,
    reversalText: (who, ref) => `REVERSAL NIP TRF TO ${who} ${ref} FAILED`,
    chqOut: (no) => `CLEARING CHQ ${no}`,
    chqIn: (no) => `CHQ DEP ${no} CLG`,
    settle: [
      {
        text: (id) => `PAYSTACK SETTLEMENT ${id}`,
        id: (rnd) => `PSTK_${Math.floor(rnd() * 1e8).toString(36)}`,
        netOfFee: true,
        feePct: 1.5,
        cap: 2000_00,
        ledgerDesc: 'Paystack sales',
        party: 'Paystack',
      },
      {
        text: (id) => `POS SETTLEMENT TID 2070${id}`,
        id: (rnd, i) => `FBN${i}`,
        netOfFee: false,
        ledgerDesc: 'POS sales',
        party: null,
      },
    ],
    payroll: { desc: 'July 2025 salaries', ref: 'PAY-2025-07', text: 'BULK PAYMENT SALARY JUL 2025 PAY-2025-07' },
    statutory: [
      {
        desc: 'PAYE July 2025 LIRS',
        ref: 'RRR 2905-1184-3321',
        party: 'LIRS',
        text: 'REMITA RRR290511843321 LIRS PAYE JUL25',
      },
      {
        desc: 'Pension July 2025',
        ref: 'PEN-2025-07',
        party: 'Stanbic IBTC Pension',
        text: 'NIP TRF TO STANBIC IBTC PENSION PEN-2025-07',
      },
      { desc: 'VAT June 2025 FIRS', ref: 'RRR 1102-7743-0198', party: 'FIRS', text: 'REMITA RRR110277430198 FIRS VAT' },
      { desc: 'NSITF July 2025', ref: 'NSITF-0725', party: 'NSITF', text: 'NIP TRF TO NSITF COLLECTION', weak: true },
    ],
    sweep: {
      desc: 'Transfer to Keystone collections account',
      ref: 'TRF-KEY-0725',
      text: 'NIP TRF TO OKWUOSA AGRO-ALLIED KEYSTONE TRF-KEY-0725',
    },
    charges: [
      charge('NIP CHARGE + VAT', 'fee-vat', 1075, 5375, 10),
      fixed('SMS ALERT CHARGES JUL 2025', 'charge', -232_00, 1, endOfMonth), // ₦4.00 × 58 alerts
      charge('ELECTRONIC MONEY TRANSFER LEVY', 'levy', 5000, 5000, 6),
      fixed('STAMP DUTY CHARGE', 'levy', -50_00, 3),
      fixed('ACCOUNT MAINTENANCE FEE JUL 2025', 'charge', -2_150_00, 1, endOfMonth),
      fixed('VAT ON ACCOUNT MAINTENANCE FEE', 'fee-vat', -161_25, 1, endOfMonth),
    ],
    unknown: [
      { text: 'NIP TRF FRM ABUBAKAR SALISU/PAYMENT', sign: 1, lo: 20, hi: 90, ev: 'counterparty' },
      { text: 'POS PURCHASE 2033XYZ1 SHOPRITE IKEJA', sign: -1, lo: 2, hi: 9 },
      { text: 'CASH DEPOSIT BY SELF', sign: 1, lo: 30, hi: 120 },
    ],
    bankPreamble: (c) => [
      ['FIDELITY BANK PLC'],
      ['Customer Statement'],
      ['Account Name:', c.company],
      ['Account Number:', '******5510'],
      ['Currency:', 'NGN'],
      ['Period:', '01-Jul-2025 to 31-Jul-2025'],
      ['Opening Balance:', fmtTh(c.opening)],
      [],
    ],
    bankHeader: ['Trans Date', 'Value Date', 'Narration', 'Reference', 'Debit', 'Credit', 'Balance'],
    bankRow: (b, bal) => [
      dMonY(b.date),
      dMonY(b.date),
      b.text,
      b.chq ?? `FT25${b.date.slice(5).replace('-', '')}${String(b.row).padStart(5, '0')}`,
      b.amt < 0 ? fmtTh(-b.amt) : '',
      b.amt > 0 ? fmtTh(b.amt) : '',
      fmtTh(bal),
    ],
    bankFooter: [(bal) => ['Closing Balance', '', '', '', '', '', fmtTh(bal)]],
    crlf: true,
    readOptions: {},
    ledgerReadOptions: { currency: 'NGN', dateOrder: 'DMY' },
  },
  {
    set: 'gh-umb-exactonline',
    country: 'GH',
    currency: 'GHS',
    timezone: 'Africa/Accra',
    month: [2025, 9],
    company: 'Asantewaa Medical Supplies Ltd',
    pkg: 'Exact Online (export in the documented generic layout)',
    bankName: 'UMB (Universal Merchant Bank)',
    bankFile: 'umb-0041-sep2025.csv',
    ledgerFile: 'exact-gl-1100-sep2025.csv',
    ledgerAccount: '1100',
    ledgerAccountName: 'UMB Current GHS',
    periodText: '2025-09-01 – 2025-09-30',
    ledgerDate: (s) => s,
    jvPrefix: 'BNK25',
    invPrefix: 'INV',
    invStart: 8841,
    scale: 1000,
    opening: 412_318_40,
    vatDiv: 1,
    whtPct: 3,
    whtTrait: 'short-withholding-tax-3pct',
    cheques: true,
    n: { refReceipts: 28, nameReceipts: 16, amountOnly: 4, wht: 2, settlements: 8, supplier: 14 },
    customers: [
      nm('Korle Bu Teaching Hospital', 'KORLE BU TEACHING HOSP', 'KBTH ACCOUNTS'),
      nm('Nyaho Medical Centre', 'NYAHO MEDICAL CENTRE', 'NMC LTD'),
      nm('Ernest Chemists', 'ERNEST CHEMISTS LTD', 'E. CHEMISTS'),
      nm('Tobinco Pharmacy', 'TOBINCO PHARMACY', 'TOBINCO PH KUMASI'),
      nm('Lister Hospital', 'LISTER HOSPITAL & FERTILITY', 'LISTER H F C'),
      nm('Trust Hospital', 'THE TRUST HOSPITAL CO', 'SSNIT TRUST HOSP'),
      nm('Pharmanova Retail', 'PHARMANOVA RETAIL', 'P NOVA'),
      nm('Holy Family Hospital Techiman', 'HOLY FAMILY HOSP TECHIMAN', 'HFH TECHIMAN'),
      nm('Adom Pharmacy', 'ADOM PHARMACY', 'AKOSUA MENSAH'),
      nm('Ridge Medical Stores', 'RIDGE MEDICAL STORES', 'R M S'),
    ],
    suppliers: [
      sp('Kinapharma Ltd', 'KINAPHARMA LTD', 'KPL'),
      sp('Ecg Accra East', 'ECG PREPAID', 'ECG'),
      sp('DHL Ghana', 'DHL GLOBAL FORWARDING GH', 'DHL'),
      sp('Entrance Pharmaceuticals', 'ENTRANCE PHARMACEUTICALS', 'EPR'),
      sp('Vodafone Ghana', 'TELECEL GHANA', 'TG'),
      sp('Danpong Pharma', 'DANPONG PHARMA', 'DP'),
    ],
    inText: (who, ref, rnd) =>
      rnd() < 0.5 ? `GIP INWARD ${who}${ref ? ' ' + ref : ''}` : `ACH CREDIT ${who}${ref ? ' REF ' + ref : ''}`,
    anonText: (rnd) => `MOMO TO BANK 233${Math.floor(rnd() * 1e8)}`,
    outText: (who, ref) => `GIP OUTWARD ${who}${ref ? ' ' + ref : ''}`,
    reversalText: (who, ref) => `GIP RTN ${who} ${ref} BENEFICIARY ACCT INVALID`,
    chqOut: (no) => `CHQ PAID ${no} CLEARING`,
    chqIn: (no) => `INWARD CLEARING CHQ ${no}`,
    settle: [
      {
        text: (id) => `HUBTEL SETTLEMENT ${id}`,
        id: (rnd) => `HBT${Math.floor(rnd() * 1e7)}`,
        netOfFee: true,
        feePct: 1.95,
        ledgerDesc: 'Hubtel online sales',
        party: 'Hubtel',
      },
      {
        text: (id) => `MTN MOMO MERCHANT SWEEP ${id}`,
        id: (rnd, i) => `MMS${i}`,
        netOfFee: false,
        ledgerDesc: 'Counter sales MoMo',
        party: null,
      },
    ],
    payroll: { desc: 'Salaries September 2025', ref: 'SAL-09-25', text: 'ACH BULK DEBIT SALARIES SAL-09-25' },
    statutory: [
      {
        desc: 'PAYE Sept 2025 GRA',
        ref: 'GRA-PAYE-0925',
        party: 'Ghana Revenue Authority',
        text: 'GRA TAX PMT GRA-PAYE-0925',
      },
      { desc: 'SSNIT Tier 1 Sept 2025', ref: 'SSNIT-0925', party: 'SSNIT', text: 'SSNIT CONTRIBUTION SSNIT-0925' },
      {
        desc: 'VAT/NHIL/GETFund Aug 2025',
        ref: 'GRA-VAT-0825',
        party: 'Ghana Revenue Authority',
        text: 'GRA TAX PMT GRA-VAT-0825',
      },
      {
        desc: 'Tier 2 pension Sept 2025',
        ref: 'T2-0925',
        party: 'Petra Trust',
        text: 'GIP OUTWARD PETRA TRUST',
        weak: true,
      },
    ],
    sweep: {
      desc: 'Transfer to OmniBSIC USD-funding account',
      ref: 'ITR-0925-01',
      text: 'INTERNAL TRF TO 0411xxxx ITR-0925-01',
    },
    charges: [
      fixed('GIP TRANSFER CHARGE', 'charge', -5_00, 9),
      fixed('MOMO TRANSFER FEE', 'charge', -2_50, 3),
      fixed('SMS ALERT FEE', 'charge', -3_00, 1, endOfMonth),
      fixed('ACCOUNT MAINTENANCE FEE', 'charge', -35_00, 1, endOfMonth),
      fixed('CHEQUE BOOK ISSUANCE 50 LVS', 'charge', -150_00, 1),
      charge('CREDIT INTEREST', 'interest', -1, -1, 0),
    ],
    unknown: [
      { text: 'CASH DEPOSIT KWAME ASARE', sign: 1, lo: 20, hi: 60, ev: 'counterparty' },
      { text: 'ACH DEBIT NIC INSURANCE DD', sign: -1, lo: 5, hi: 15 },
      { text: 'MOMO TO BANK 233244xxxxx', sign: 1, lo: 3, hi: 9 },
    ],
    bankPreamble: (c) => [
      ['UNIVERSAL MERCHANT BANK'],
      ['STATEMENT OF ACCOUNT'],
      ['Account:', '0041*****72 ' + c.company],
      ['Currency: GHS'],
      ['Period: 01/09/2025 - 30/09/2025'],
      [],
    ],
    bankHeader: ['Posting Date', 'Value Date', 'Description', 'Debit', 'Credit', 'Balance'],
    bankRow: (b, bal) => [
      dmy(b.date),
      dmy(b.date),
      b.text,
      b.amt < 0 ? fmtTh(-b.amt) : '',
      b.amt > 0 ? fmtTh(b.amt) : '',
      fmtTh(bal),
    ],
    crlf: false,
    readOptions: {
      currency: 'GHS',
      dateOrder: 'DMY',
      mapping: {
        date: 'Posting Date',
        valueDate: 'Value Date',
        description: 'Description',
        moneyOut: 'Debit',
        moneyIn: 'Credit',
        balance: 'Balance',
      },
    },
    ledgerReadOptions: { currency: 'GHS' },
  },
  {
    set: 'ke-gulfafrican-kashflow',
    country: 'KE',
    currency: 'KES',
    timezone: 'Africa/Nairobi',
    month: [2025, 10],
    company: 'Tana River Hardware & Building Supplies Ltd',
    pkg: 'KashFlow (export in the documented generic layout)',
    bankName: 'Gulf African Bank',
    bankFile: 'gulfafrican-3308-oct2025.csv',
    ledgerFile: 'kashflow-nominal-1210-oct2025.csv',
    ledgerAccount: '1210',
    ledgerAccountName: 'Gulf African Bank KES',
    periodText: '01 Oct 2025 - 31 Oct 2025',
    ledgerDate: dmy,
    jvPrefix: 'KF',
    invPrefix: 'INV',
    invStart: 5120,
    scale: 10000,
    opening: 6_284_440_00,
    vatDiv: 1.16,
    whtPct: 2,
    whtTrait: 'short-withholding-vat-2pct',
    cheques: true,
    n: { refReceipts: 26, nameReceipts: 16, amountOnly: 5, wht: 3, settlements: 10, supplier: 15 },
    customers: [
      nm('Kiambu Builders Ltd', 'KIAMBU BUILDERS LTD', 'KBL CONSTRUCTION'),
      nm('Mwangi & Sons Contractors', 'MWANGI AND SONS CONTR', 'J K MWANGI'),
      nm('Coast Homes Developers', 'COAST HOMES DEVELOPERS', 'CHD MOMBASA'),
      nm('Otieno Hardware Kisumu', 'OTIENO HARDWARE', 'PAUL OTIENO O'),
      nm('Garissa County Govt', 'COUNTY GOVT OF GARISSA', 'CGG RECURRENT'),
      nm('Rift Valley Roofing', 'RIFT VALLEY ROOFING LTD', 'RVR NAKURU'),
      nm('Amani Housing Co-op', 'AMANI HOUSING CO-OP SOC', 'AHCS'),
      nm('Hassan Ali Traders', 'HASSAN ALI TRADERS', 'H A TRADERS GARISSA'),
      nm('Wanjiru Interiors', 'WANJIRU INTERIORS', 'MARY WANJIRU'),
      nm('Lamu Marine Works', 'LAMU MARINE WORKS', 'LMW'),
    ],
    suppliers: [
      sp('Bamburi Cement', 'BAMBURI CEMENT PLC', 'BCL'),
      sp('Devki Steel Mills', 'DEVKI STEEL MILLS', 'DSM'),
      sp('Kenya Power', 'KENYA POWER LTD', 'KPLC'),
      sp('Crown Paints Kenya', 'CROWN PAINTS KENYA', 'CPK'),
      sp('Safaricom Business', 'SAFARICOM PLC', 'SAF'),
      sp('Mabati Rolling Mills', 'MABATI ROLLING MILLS', 'MRM'),
    ],
    inText: (who, ref, rnd) =>
      rnd() < 0.5 ? `PESALINK FROM ${who}${ref ? ' ' + ref : ''}` : `EFT CR ${who}${ref ? ' ' + ref : ''}`,
    anonText: (rnd) => `RTGS CR ${Math.floor(rnd() * 1e10)}`,
    outText: (who, ref) => `PESALINK TO ${who}${ref ? ' ' + ref : ''}`,
    reversalText: (who, ref) => `PESALINK REVERSAL ${who} ${ref}`,
    chqOut: (no) => `CHQ ${no} PAID CLG`,
    chqIn: (no) => `CHQ DEPOSIT ${no}`,
    settle: [
      {
        text: (id) => `MPESA C2B SETTLEMENT PAYBILL 522533 ${id}`,
        id: (rnd) => `SET${Math.floor(rnd() * 1e6)}`,
        netOfFee: true,
        feePct: 0.55,
        cap: 200_00,
        ledgerDesc: 'M-PESA paybill collections',
        party: 'Safaricom',
      },
      {
        text: (id) => `CARD SETTLEMENT MID 4410 ${id}`,
        id: (rnd, i) => `T${i}`,
        netOfFee: false,
        ledgerDesc: 'Card sales',
        party: null,
      },
    ],
    payroll: { desc: 'October 2025 net salaries', ref: 'PAYROLL-OCT25', text: 'BULK EFT SALARIES PAYROLL-OCT25' },
    statutory: [
      { desc: 'PAYE October 2025', ref: 'PRN 2025KRA1104918', party: 'KRA', text: 'KRA TAX PAYMENT PRN2025KRA1104918' },
      { desc: 'NSSF October 2025', ref: 'NSSF-OCT25', party: 'NSSF', text: 'NSSF CONTRIBUTION NSSF-OCT25' },
      {
        desc: 'SHIF October 2025',
        ref: 'SHIF-OCT25',
        party: 'Social Health Authority',
        text: 'SHA SHIF CONTRIBUTION SHIF-OCT25',
      },
      { desc: 'Housing levy October 2025', ref: 'AHL-OCT25', party: 'KRA', text: 'KRA HOUSING LEVY', weak: true },
    ],
    sweep: {
      desc: 'Transfer to Gulf African call deposit',
      ref: 'TRF-CALL-10',
      text: 'ACCOUNT TRANSFER TO 3308CALL TRF-CALL-10',
    },
    charges: [
      fixed('PESALINK CHARGE', 'charge', -50_00, 9),
      fixed('EXCISE DUTY ON CHARGES', 'tax', -7_50, 9),
      fixed('LEDGER FEE OCT 2025', 'charge', -600_00, 1, endOfMonth),
      fixed('EXCISE DUTY LEDGER FEE', 'tax', -90_00, 1, endOfMonth),
      fixed('RTGS CHARGE', 'charge', -350_00, 1),
    ],
    unknown: [
      { text: 'CASH DEPOSIT FATUMA HASSAN', sign: 1, lo: 10, hi: 60, ev: 'counterparty' },
      { text: 'STANDING ORDER 0034 LEASE', sign: -1, lo: 40, hi: 60 },
      { text: 'RTGS CR 2025103100187', sign: 1, lo: 50, hi: 200 },
    ],
    bankPreamble: (c) => [
      ['GULF AFRICAN BANK LIMITED'],
      ['Account Statement'],
      ['Account Name', c.company],
      ['Account No', '******3308'],
      ['Currency', 'KES'],
      ['From', '01-Oct-2025', 'To', '31-Oct-2025'],
      [],
    ],
    bankHeader: ['Tran Date', 'Value Date', 'Particulars', 'Cheque No.', 'Withdrawals', 'Deposits', 'Balance'],
    bankRow: (b, bal) => [
      dMonY(b.date),
      dMonY(b.date),
      b.text,
      b.chq ?? '',
      b.amt < 0 ? fmtTh(-b.amt) : '',
      b.amt > 0 ? fmtTh(b.amt) : '',
      fmtTh(bal),
    ],
    crlf: true,
    readOptions: {
      currency: 'KES',
      mapping: {
        date: 'Tran Date',
        valueDate: 'Value Date',
        description: 'Particulars',
        reference: 'Cheque No.',
        moneyOut: 'Withdrawals',
        moneyIn: 'Deposits',
        balance: 'Balance',
      },
    },
    ledgerReadOptions: { currency: 'KES', dateOrder: 'DMY' },
  },
  {
    set: 'za-bankzero-frappebooks',
    country: 'ZA',
    currency: 'ZAR',
    timezone: 'Africa/Johannesburg',
    month: [2025, 8],
    company: 'Fynbos Digital Studio (Pty) Ltd',
    pkg: 'Frappe Books (export in the documented generic layout)',
    bankName: 'Bank Zero',
    bankFile: 'bankzero-business-aug2025.csv',
    ledgerFile: 'frappebooks-gl-aug2025.csv',
    ledgerAccount: '1101',
    ledgerAccountName: 'Bank Zero Business',
    periodText: '2025-08-01 to 2025-08-31',
    ledgerDate: (s) => s,
    jvPrefix: 'JV-25-',
    invPrefix: 'SINV',
    invStart: 412,
    scale: 1000,
    opening: 384_220_35,
    vatDiv: 1,
    whtPct: 0,
    whtTrait: 'none',
    cheques: false,
    n: { refReceipts: 30, nameReceipts: 18, amountOnly: 4, wht: 0, settlements: 10, supplier: 16 },
    customers: [
      nm('Woolworths Marketing', 'WOOLWORTHS PTY LTD', 'WHL CREDITORS'),
      nm('Cape Winelands Tourism', 'CAPE WINELANDS TOURISM', 'CWT NPC'),
      nm('Stellenbosch Uni Foundation', 'SU FOUNDATION', 'US STELLENBOSCH'),
      nm('Pick n Pay Franchise Claremont', 'PNP CLAREMONT', 'PNP FR 0412'),
      nm('Lwazi Mokoena Attorneys', 'LWAZI MOKOENA ATTORNEYS', 'L MOKOENA INC'),
      nm('Karoo Lamb Co', 'KAROO LAMB CO', 'KLC BEAUFORT'),
      nm('Ndlovu Architects', 'NDLOVU ARCHITECTS', 'S NDLOVU'),
      nm('Hout Bay Surf School', 'HOUT BAY SURF', 'HBSS'),
      nm('Table Mountain Aerial Cableway', 'TMACC', 'TABLE MOUNTAIN ACC'),
      nm('Cederberg Brewing', 'CEDERBERG BREWING', 'CB PTY'),
    ],
    suppliers: [
      sp('Afrihost', 'AFRIHOST', 'AH'),
      sp('Amazon Web Services', 'AWS EMEA', 'EUINZA'),
      sp('City of Cape Town', 'CITY OF CAPE TOWN', 'COCT'),
      sp('Adobe Systems', 'ADOBE SYSTEMS', 'ADB'),
      sp('Redefine Properties', 'REDEFINE PROPERTIES', 'RDF'),
      sp('Vodacom', 'VODACOM', 'VC'),
    ],
    inText: (who, ref) => `Payment received from ${who}${ref ? ' ' + ref : ''}`,
    anonText: () => 'Payment received',
    outText: (who, ref) => `Payment to ${who}${ref ? ' ' + ref : ''}`,
    reversalText: (who, ref) => `Payment returned ${who} ${ref} - account closed`,
    settle: [
      {
        text: (id) => `Yoco payout ${id}`,
        id: (rnd) => `YP${Math.floor(rnd() * 1e6)}`,
        netOfFee: true,
        feePct: 2.95,
        ledgerDesc: 'Yoco card sales',
        party: 'Yoco',
      },
      {
        text: (id) => `PayFast settlement ${id}`,
        id: (rnd, i) => `PF${i}`,
        netOfFee: false,
        ledgerDesc: 'Online shop sales',
        party: null,
      },
    ],
    payroll: { desc: 'Salaries August 2025', ref: 'SAL-2025-08', text: 'Batch payment SAL-2025-08 salaries' },
    statutory: [
      {
        desc: 'EMP201 July 2025 PAYE/UIF/SDL',
        ref: '7150812345LC07',
        party: 'SARS',
        text: 'Payment to SARS-PAYE 7150812345LC07',
      },
      {
        desc: 'VAT201 period 06-07/2025',
        ref: '4420199887V0725',
        party: 'SARS',
        text: 'Payment to SARS-VAT 4420199887V0725',
      },
      {
        desc: 'Provisional tax 1st period',
        ref: '9011223344P0825',
        party: 'SARS',
        text: 'Payment to SARS-PROVTAX 9011223344P0825',
      },
      {
        desc: 'Workmans comp (COIDA) annual',
        ref: 'COID-2025',
        party: 'Compensation Fund',
        text: 'Payment to COMP FUND',
        weak: true,
      },
    ],
    sweep: { desc: 'Transfer to Bank Zero savings pocket', ref: 'SAVE-0825', text: 'Transfer to Savings SAVE-0825' },
    charges: [
      fixed('Interest received', 'interest', 412_87, 1, endOfMonth),
      fixed('Cash deposit fee', 'charge', -75_00, 1),
      fixed('International card transaction fee', 'charge', -26_48, 2),
    ],
    unknown: [
      { text: 'Payment received from M VAN DER MERWE', sign: 1, lo: 20, hi: 80, ev: 'counterparty' },
      { text: 'Debit order DISCOVERY INS 0071', sign: -1, lo: 8, hi: 15 },
      { text: 'Card purchase TAKEALOT.COM', sign: -1, lo: 5, hi: 30 },
    ],
    bankPreamble: () => [],
    bankHeader: ['Transaction Date', 'Description', 'Amount', 'Balance'],
    bankRow: (b, bal) => [b.date, b.text, fmt(b.amt), fmt(bal)],
    crlf: false,
    readOptions: {
      currency: 'ZAR',
      mapping: { date: 'Transaction Date', description: 'Description', amount: 'Amount', balance: 'Balance' },
    },
    ledgerReadOptions: { currency: 'ZAR' },
  },
];
SETS[1].charges = SETS[1].charges.filter((c) => c.count > 0);

const refOf = (file, x) => ({ file, row: x.row, date: x.date, amount: fmt(x.amt) });
fs.mkdirSync(OUT, { recursive: true });
const index = { corpus: 'holdout14', seed: SEED, sets: [] };
SETS.forEach((cfg, si) => {
  const rnd = mulberry32(SEED + si * 7919);
  const { bank, ledger } = buildSet(cfg, rnd);
  const dir = path.join(OUT, cfg.set);
  fs.mkdirSync(dir, { recursive: true });
  const ledgerHeaderRow = writeGL(cfg.set, cfg, ledger, dir);
  const { headerRow, closing } = writeBank(cfg, bank, dir);
  const [Y, M] = cfg.month;
  const from = iso(Y, M, 1);
  const to = iso(Y, M, new Date(Date.UTC(Y, M, 0)).getUTCDate());
  const used = new Set();
  const entries = bank.map((b) => {
    const t = b.t;
    const o = {
      ref: { file: cfg.bankFile, row: b.row, date: b.date, amount: fmt(b.amt), text: b.text },
      expect: t.expect,
      decision: t.decision,
      ledger: t.ledger ? t.ledger.map((e) => refOf(cfg.ledgerFile, e)) : [],
      group: t.group ?? null,
      evidence: t.evidence,
      ambiguous: !!t.ambiguous,
      kind: t.kind ?? null,
      partner: t.partnerB
        ? {
            file: cfg.bankFile,
            row: t.partnerB.row,
            date: t.partnerB.date,
            amount: fmt(t.partnerB.amt),
            text: t.partnerB.text,
          }
        : null,
      traits: t.traits,
    };
    if (t.ledgerAnyOf) {
      o.ledger = null;
      o.ledgerAnyOf = t.ledgerAnyOf.map((s) => s.map((e) => refOf(cfg.ledgerFile, e)));
    }
    if (t.mustNotAuto) o.mustNotAuto = true;
    if (t.difference != null) o.difference = fmt(t.difference);
    for (const e of t.ledger ?? []) used.add(e);
    for (const s of t.ledgerAnyOf ?? []) for (const e of s) used.add(e);
    return o;
  });
  const ledgerOnly = ledger.filter((e) => e.only).map((e) => ({ ...refOf(cfg.ledgerFile, e), why: e.only }));
  for (const e of ledger)
    if (!used.has(e) && !e.only) throw new Error(`${cfg.set}: ledger row ${e.row} neither matched nor ledger-only`);
  const truth = {
    set: cfg.set,
    country: cfg.country,
    currency: cfg.currency,
    timezone: cfg.timezone,
    period: { from, to },
    seed: SEED,
    bankFiles: [
      {
        file: cfg.bankFile,
        bank: cfg.bankName,
        headerRow,
        ledgerAccount: cfg.ledgerAccount,
        readOptions: cfg.readOptions,
        openingBalance: fmt(cfg.opening),
        closingBalance: fmt(closing),
      },
    ],
    ledgerFiles: [
      { file: cfg.ledgerFile, package: cfg.pkg, headerRow: ledgerHeaderRow, readOptions: cfg.ledgerReadOptions },
    ],
    bank: entries,
    ledgerOnly,
  };
  fs.writeFileSync(path.join(dir, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  // reconcile-JSON: only what the files carry
  const id = (file, row) => `${file}#${row}`;
  const doc = {
    options: { timezone: cfg.timezone },
    bank: bank.map((b) => ({
      id: id(cfg.bankFile, b.row),
      date: b.date,
      amount: fmt(b.amt),
      currency: cfg.currency,
      narration: b.text,
      reference: b.chq ?? null,
      counterparty: null,
      balance: fmt(b.balance),
    })),
    ledger: ledger.map((e) => ({
      id: id(cfg.ledgerFile, e.row),
      date: e.date,
      dueDate: null,
      amount: fmt(e.amt),
      currency: cfg.currency,
      reference: e.ref,
      description: e.desc,
      party: null,
      account: cfg.ledgerAccount,
    })),
    statement: { from, to, bankBalance: fmt(closing) },
  };
  if (cfg.set.startsWith('ng-'))
    doc.bank.forEach(
      (b, i) =>
        (b.reference =
          bank[i].chq ?? `FT25${bank[i].date.slice(5).replace('-', '')}${String(bank[i].row).padStart(5, '0')}`),
    );
  fs.writeFileSync(path.join(dir, `reconcile.${cfg.bankFile}.json`), JSON.stringify(doc, null, 2) + '\n');
  const c = (f) => entries.filter(f).length;
  index.sets.push({
    set: cfg.set,
    bank: cfg.bankName,
    package: cfg.pkg,
    files: [cfg.bankFile, cfg.ledgerFile],
    bankLines: entries.length,
    ledgerRows: ledger.length,
    match: c((e) => e.expect === 'match'),
    auto: c((e) => e.decision === 'auto'),
    suggest: c((e) => e.decision === 'suggest'),
    mustNotAuto: c((e) => e.mustNotAuto),
    bankOnly: c((e) => e.expect === 'bank-only'),
    reversalPair: c((e) => e.expect === 'reversal-pair'),
    noCounterpart: c((e) => e.expect === 'no-counterpart'),
    ledgerOnly: ledgerOnly.length,
    matchedWithoutReference: c((e) => e.expect === 'match' && e.evidence !== 'reference'),
  });
});
fs.writeFileSync(path.join(OUT, 'index.json'), JSON.stringify(index, null, 2) + '\n');
console.log(
  JSON.stringify(
    index.sets.map((s) => [
      s.set,
      s.bankLines,
      s.auto,
      s.suggest,
      s.bankOnly,
      s.reversalPair,
      s.noCounterpart,
      s.ledgerOnly,
    ]),
  ),
);
