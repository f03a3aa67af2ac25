// Writes bench/corpus/holdout46: four blind month-long sets (NG, GH, KE, ZA), seeded and deterministic.
// Money is integer minor units throughout; decimal strings are built from digits, never from floats.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from 'xlsx';
import * as prettier from 'prettier';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../..');
const argOut = process.argv.indexOf('--out');
const OUT = argOut > 0 ? resolve(process.argv[argOut + 1]) : join(repo, 'bench/corpus/holdout46');
const SEED = Number(process.env.BANKFEED_CORPUS_SEED ?? 20464646);
console.log(`holdout46 seed ${SEED} → ${OUT}`);

// ---------- PRNG and money ----------
function mulberry32(a) {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function tools(rng) {
  const int = (lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
  // digits never start with 0-2, so a number is never a 19xx/20xx year nor loses leading zeros
  const digits = (n) => String(int(3, 9)) + Array.from({ length: n - 1 }, () => String(int(0, 9))).join('');
  const money = (lo, hi, step = 1) => int(Math.ceil(lo / step), Math.floor(hi / step)) * step * 100; // major → minor
  const pick = (xs) => xs[int(0, xs.length - 1)];
  return { int, digits, money, pick };
}
const dec = (minor) => {
  const s = minor < 0 ? '-' : '';
  const a = Math.abs(minor);
  return `${s}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
};
const grouped = (minor) => {
  const a = Math.abs(minor);
  const whole = String(Math.floor(a / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${whole}.${String(a % 100).padStart(2, '0')}`;
};
const bp = (minor, basisPoints) => Math.round((minor * basisPoints) / 10000);

// ---------- calendar ----------
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function calendar(year, month, holidays) {
  const days = [];
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  for (let d = 1; d <= last; d++) {
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    const wd = new Date(`${iso}T00:00:00Z`).getUTCDay();
    if (wd !== 0 && wd !== 6 && !holidays.includes(iso)) days.push(iso);
  }
  return {
    days,
    from: `${year}-${String(month).padStart(2, '0')}-01`,
    to: `${year}-${String(month).padStart(2, '0')}-${last}`,
  };
}
const [dmy, mdy, dMonY] = [
  (iso) => `${iso.slice(8)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`,
  (iso) => `${iso.slice(5, 7)}/${iso.slice(8)}/${iso.slice(0, 4)}`,
  (iso) => `${iso.slice(8)}-${MON[Number(iso.slice(5, 7)) - 1]}-${iso.slice(0, 4)}`,
];
const serial = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8)) / 86400000 + 25569;

// ---------- evidence: what the mapped cells mechanically share ----------
const GENERIC = new Set(
  (
    'TRANSFER TRANSFERS PAYMENT PAYMENTS INWARD OUTWARD CREDIT DEBIT FROM DEPOSIT DEPOSITS CHARGE CHARGES FEES BANK ' +
    'LIMITED INVOICE INVOICES RECEIPT RECEIPTS REFUND REFUNDS SETTLEMENT SETTLEMENTS PAYOUT BATCH BULK SALARY SALARIES ' +
    'WAGES ACCOUNT BEING INTERIM CERTIFICATE RETENTION RELEASE SUPPLY SUPPLIES SERVICES SERVICE CONTRACT CONTRACTS ' +
    'JANUARY FEBRUARY MARCH APRIL JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER DECEMBER WITH PART BALANCE ADVANCE ' +
    'MILK FARMER FARMERS ROUTE TRANSPORT DELIVERIES DELIVERY CASH CHEQUE CLAIM CLAIMS TAKINGS BRANCH TICKET TICKETS ' +
    'ORDER EVENT EVENTS PROMOTER SALES MOBILE MONEY MOMO PESALINK TRANSFERRED VALUATION LODGEMENT LODGMENT FUNDS MEMBER MEMBERS'
  ).split(' '),
);
export function tokens(text) {
  const t = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase();
  const nums = new Set();
  for (const m of t.match(/\d+/g) ?? []) {
    const n = m.replace(/^0+/, '');
    if (n.length >= 3 && !/^(19|20)\d\d$/.test(n)) nums.add(n);
  }
  for (const m of t.match(/[A-Z0-9]+/g) ?? []) if (m.length >= 6 && /[A-Z]/.test(m) && /\d/.test(m)) nums.add(m);
  const words = new Set((t.match(/[A-Z]+/g) ?? []).filter((w) => w.length >= 4 && !GENERIC.has(w)));
  return { nums, words };
}
const shares = (a, b) => [...a].some((x) => b.has(x));
function evidenceOf(lineText, rowText) {
  const a = tokens(lineText);
  const b = tokens(rowText);
  if (shares(a.nums, b.nums)) return 'reference';
  if (shares(a.words, b.words)) return 'counterparty';
  return 'amount';
}
const RANK = { amount: 0, counterparty: 1, reference: 2 };

// ---------- the month builder ----------
function month(rng) {
  const T = tools(rng);
  const lines = [];
  const rows = [];
  const ledgerOnly = [];
  let seq = 0;
  const b = {
    ...T,
    line(day, amt, text, ref = '') {
      const l = { day, amt, text, ref, seq: seq++, x: null };
      lines.push(l);
      return l;
    },
    charge(parent, amt, text, kind) {
      const l = {
        day: parent.day,
        amt: -Math.abs(amt),
        text,
        ref: '',
        seq: parent.seq + 0.01 * (parent.nc = (parent.nc ?? 0) + 1),
      };
      l.x = { decision: 'bank-only', kind };
      lines.push(l);
      return l;
    },
    row(day, amt, ref, desc, party = '') {
      const r = { day: Math.max(0, day), amt, ref, desc, party, seq: seq++ };
      rows.push(r);
      return r;
    },
    set(l, x) {
      l.x = { traits: [], ...x };
      return l;
    },
    only(r, why) {
      ledgerOnly.push({ r, why });
    },
  };
  return { b, lines, rows, ledgerOnly };
}

// ---------- NG: a building contractor, Jabi, Abuja (Mainstreet MFB, COINS) ----------
function ng(b, n) {
  const nipFee = (a) => (a <= 500000 ? 1000 : a <= 5000000 ? 2500 : 5000);
  const vat = (f) => Math.round(f * 0.075);
  const sess = () => `${b.digits(6)}${b.digits(12)}${b.digits(12)}`;
  const inward = (day, amt, payer, text) => {
    const l = b.line(day, amt, `NIP/FRM ${payer}/${text}`, sess());
    if (amt >= 1000000) b.charge(l, 5000, 'ELECTRONIC MONEY TRANSFER LEVY', 'levy');
    return l;
  };
  const outward = (day, amt, payee, text) => {
    const l = b.line(day, -amt, `NIP/TO ${payee}/${text}`, sess());
    const f = nipFee(amt);
    b.charge(l, f, `NIP TRANSFER FEE ${payee.split(' ')[0]}`, 'charge');
    b.charge(l, vat(f), 'VAT ON NIP TRANSFER FEE', 'fee-vat');
    return l;
  };
  const lag = () => b.int(0, 2);
  const C = () => `GCC/${b.digits(4)}`; // contract number as COINS holds it
  // interim payment certificates quoted the client's own way
  const ipcs = [
    ['FEDERAL CAPITAL TERRITORY ADMIN', 'FCTA', (no, c) => `TSA PMT IPC ${no} CONTRACT ${c.slice(4)}`],
    ['KATAMPE GARDENS DEV CO', 'Katampe Gardens Development Co Ltd', (no, c) => `IPC${no} ${c}`],
    ['SAHEL PETROLEUM LTD', 'Sahel Petroleum Ltd', (no, c) => `CERT NO ${no} JOB${c.slice(4)}`],
    ['NNAMDI AZIKIWE UNIV', 'Nnamdi Azikiwe University (TETFund)', (no, c) => `TETF ${c.slice(4)} IPC ${no}`],
    ['GARKI MEDICAL CENTRE', 'Garki Medical Centre Ltd', (no, c) => `STAGE ${no} PMT ${c.slice(4)}`],
    ['AREWA HOMES LTD', 'Arewa Homes Ltd', (no, c) => `${c.replace('/', '')} VAL${no}`],
  ];
  for (const [i, [bankName, party, how]] of ipcs.entries()) {
    const c = C();
    const no = b.int(3, 14);
    const amt = b.money(4000000, 38000000, 500);
    const day = 1 + i * 3 + b.int(0, 1);
    const r = b.row(day - lag(), amt, c, `IPC ${no} certified, ${c}`, party);
    if (i === 0) {
      // the FCTA deducts 2.5 % WHT at source; the books hold the certified sum
      const wht = bp(amt, 250);
      b.set(inward(day, amt - wht, bankName, how(no, c)), {
        decision: 'auto',
        rows: [r],
        ev: 'reference',
        diff: -wht,
        traits: ['short-wht'],
      });
    } else if (i === 2) {
      // paid in two transfers the same day: the payer's daily limit
      const half = Math.round(amt / 200) * 100;
      const g = 'ng-ipc-split';
      b.set(inward(day, half, bankName, how(no, c) + ' 1OF2'), {
        decision: 'auto',
        rows: [r],
        ev: 'reference',
        group: g,
        traits: ['split-many-to-one'],
      });
      b.set(inward(day, amt - half, bankName, how(no, c) + ' 2OF2'), {
        decision: 'auto',
        rows: [r],
        ev: 'reference',
        group: g,
        traits: ['split-many-to-one'],
      });
    } else {
      b.set(inward(day, amt, bankName, how(no, c)), {
        decision: 'auto',
        rows: [r],
        ev: 'reference',
        traits: ['reference-written-differently'],
      });
    }
  }
  // one client pays two certificates in one transfer
  {
    const c1 = C();
    const c2 = C();
    const a1 = b.money(2500000, 9000000, 500);
    const a2 = b.money(2500000, 9000000, 500);
    const r1 = b.row(4, a1, c1, `Variation order 2, ${c1}`, 'Jahi Court Residents Association');
    const r2 = b.row(5, a2, c2, `IPC 4, ${c2}`, 'Jahi Court Residents Association');
    b.set(inward(7, a1 + a2, 'JAHI COURT RES ASSOC', `PMT ${c1.slice(4)} AND ${c2.slice(4)}`), {
      decision: 'auto',
      rows: [r1, r2],
      ev: 'reference',
      traits: ['split-one-to-many'],
    });
  }
  // retention released after the defects liability period
  {
    const c = C();
    const a = b.money(1800000, 6000000, 100);
    const r = b.row(11, a, c, `5% retention released, ${c}`, 'Maitama Towers Ltd');
    b.set(inward(12, a, 'MAITAMA TOWERS', `RETENTION ${c.slice(4)} DLP END`), {
      decision: 'auto',
      rows: [r],
      ev: 'reference',
    });
  }
  // mobilisation advance for a new award, by name only
  {
    const a = b.money(12000000, 25000000, 1000);
    const r = b.row(14, a, C(), 'Mobilisation advance 15%', 'Wuye Logistics Hub Ltd');
    b.set(inward(15, a, 'WUYE LOGISTICS HUB', 'MOBILISATION'), {
      decision: 'auto',
      rows: [r],
      ev: 'counterparty',
      traits: ['name-only'],
    });
  }
  // part of a certificate receipted as the whole
  {
    const c = C();
    const a = b.money(6000000, 12000000, 500);
    const r = b.row(16, a, c, `IPC 6 certified, ${c}`, 'Lugbe Shopping Mall Ltd');
    b.set(inward(17, Math.round((a * 6) / 1000) * 100, 'LUGBE SHOPPING MALL', `PART PMT ${c}`), {
      decision: 'suggest',
      rows: [r],
      ev: 'reference',
      mustNotAuto: true,
      traits: ['part-payment'],
    });
  }
  // a client with two equal variation orders, paying one by name: a tie
  {
    const a = b.money(1500000, 3000000, 500);
    const r1 = b.row(9, a, C(), 'Variation order 1 (drainage)', 'Idu Industrial Estates Ltd');
    const r2 = b.row(10, a, C(), 'Variation order 2 (fencing)', 'Idu Industrial Estates Ltd');
    b.set(inward(18, a, 'IDU INDUSTRIAL ESTATES', 'VARIATION'), {
      decision: 'suggest',
      anyOf: [[r1], [r2]],
      ev: 'counterparty',
      mustNotAuto: true,
      traits: ['tie'],
    });
  }
  // decoy: a supplier named like a client refunds exactly the client's promised sum
  {
    const a = b.money(850000, 1400000, 50);
    const r = b.row(19, a, C(), 'Advance promised for site clearing', 'Ibrahim Homes Ltd');
    b.only(r, 'decoy: the client has not paid; the bank credit of this amount is a supplier refund');
    b.set(inward(20, a, 'IBRAHIM ROOFING', `OVERBILLED REFUND SHEETS ${b.digits(5)}`), {
      decision: 'none',
      traits: ['decoy'],
    });
  }
  b.set(inward(21, b.money(300000, 700000, 10) + 3500, 'OKORO C', 'ABUJA'), { decision: 'none', traits: ['unknown'] });
  // subcontractors paid on their valuation, net of 5 % retention (books hold the net)
  const subs = [
    ['ADEWALE ELECTRICAL', 'Adewale Electrical Works', 'VAL'],
    ['TOPLINE ALUMINIUM', 'Topline Aluminium & Glass', 'SUBCON VAL'],
    ['ZAKI PLUMBING', 'Zaki Plumbing Services', 'VAL NO'],
    ['OKEKE TILES', 'Okeke Tiles & Finishes', 'CERT'],
  ];
  for (const [i, [bn, party, w]] of subs.entries()) {
    const s = `SC${b.digits(4)}`;
    const a = b.money(900000, 4500000, 10);
    const day = 3 + i * 5;
    const r = b.row(day - lag(), -a, s, `Subcontract valuation ${i + 2} less 5% retention`, party);
    b.set(outward(day, a, bn, `${w} ${s.slice(2)}`), { decision: 'auto', rows: [r], ev: 'reference' });
  }
  // materials by invoice or PO
  const sup = [
    ['BUA CEMENT DEPOT GWAGWALADA', 'Gwagwalada Cement Depot', 'INV'],
    ['KUBWA IRON RODS', 'Kubwa Iron Rods Ltd', 'PO'],
    ['NYANYA GRANITE QUARRY', 'Nyanya Granite Quarry', 'LPO'],
  ];
  for (const [i, [bn, party, w]] of sup.entries()) {
    const ref = b.digits(5);
    const a = b.money(700000, 6000000, 10);
    const r = b.row(4 + i * 6 - 1, -a, `${w}-${ref}`, `Materials ${w} ${ref}`, party);
    b.set(outward(4 + i * 6, a, bn, `${w} ${ref}`), { decision: 'auto', rows: [r], ev: 'reference' });
  }
  // plant hire by name
  {
    const a = b.money(400000, 900000, 10);
    const r = b.row(13, -a, '', 'Excavator hire week 2', 'Karshi Earthmovers');
    b.set(outward(14, a, 'KARSHI EARTHMOVERS', 'HIRE'), {
      decision: 'auto',
      rows: [r],
      ev: 'counterparty',
      traits: ['name-only'],
    });
  }
  // two loads of sharp sand the same day to one tipper owner: twins
  {
    const a = b.money(180000, 260000, 5);
    const r1 = b.row(8, -a, '', 'Sharp sand 30t', 'Danladi Tippers');
    const r2 = b.row(8, -a, '', 'Sharp sand 30t', 'Danladi Tippers');
    b.set(outward(9, a, 'DANLADI TIPPERS', 'SHARP SAND'), {
      decision: 'auto',
      anyOf: [[r1], [r2]],
      ev: 'counterparty',
      ambiguous: true,
      traits: ['twins'],
    });
    b.set(outward(9, a, 'DANLADI TIPPERS', 'SHARP SAND'), {
      decision: 'auto',
      anyOf: [[r1], [r2]],
      ev: 'counterparty',
      ambiguous: true,
      traits: ['twins'],
    });
  }
  // a subcontractor's transfer returned (wrong account) and sent again
  {
    const s = `SC${b.digits(4)}`;
    const a = b.money(600000, 1500000, 10);
    const r = b.row(10, -a, s, 'Scaffolding subcontract valuation 1', 'Ojo Scaffolds Nig');
    const l1 = outward(11, a, 'OJO SCAFFOLDS', `VAL ${s.slice(2)}`);
    const l2 = b.line(12, a, `REVERSAL NIP/TO OJO SCAFFOLDS/INVALID ACCOUNT`, '');
    b.set(l1, { decision: 'reversal-pair', partner: l2, traits: ['reversal'] });
    b.set(l2, { decision: 'reversal-pair', partner: l1, traits: ['reversal'] });
    b.set(outward(13, a, 'OJO SCAFFOLDS NIG', `VAL ${s.slice(2)} RESEND`), {
      decision: 'auto',
      rows: [r],
      ev: 'reference',
      traits: ['resent'],
    });
  }
  // payroll, PAYE by Remita RRR, pension
  {
    const a = b.money(9000000, 14000000, 1) + 4550;
    const r = b.row(n - 3, -a, 'PAY-SITE', 'Site staff and head office salaries', 'Payroll');
    const l = b.set(b.line(n - 2, -a, `BULK TRF SALARY ${b.digits(3)} BENEFICIARIES`, ''), {
      decision: 'auto',
      rows: [r],
      ev: 'counterparty',
    });
    l.text = `BULK TRF PAYROLL SALARY 87 BENEFICIARIES`;
    b.charge(l, 87 * 1000, 'BULK TRANSFER FEE 87 ITEMS', 'charge');
    b.charge(l, vat(87 * 1000), 'VAT ON BULK TRANSFER FEE', 'fee-vat');
    const rrr = b.digits(12);
    const p = b.money(1200000, 2200000, 1) + 7100;
    const rp = b.row(n - 2, -p, `RRR ${rrr}`, 'PAYE FCT-IRS', 'FCT Internal Revenue Service');
    const lp = b.set(b.line(n - 1, -p, `REMITA RRR${rrr} FCT-IRS PAYE`, rrr), {
      decision: 'auto',
      rows: [rp],
      ev: 'reference',
    });
    b.charge(lp, 16125, 'REMITA CONVENIENCE FEE', 'charge');
    const sch = `PEN${b.digits(6)}`;
    const q = b.money(900000, 1600000, 1) + 2200;
    const rq = b.row(n - 2, -q, sch, 'Pension contributions schedule', 'Leadway Pensure PFA');
    b.set(outward(n - 1, q, 'LEADWAY PENSURE PFA', sch), { decision: 'auto', rows: [rq], ev: 'reference' });
  }
  // last month's generator repair leaves this month; a payment authorised on the last day
  const lastMonth = b.money(250000, 480000, 10);
  b.set(outward(0, lastMonth, 'SABON GARI GENERATORS', 'REPAIR SEPT'), { decision: 'none', traits: ['last-month'] });
  b.only(
    b.row(
      n - 1,
      -b.money(2000000, 3000000, 10),
      `PO-${b.digits(5)}`,
      'Roofing sheets, authorised',
      'Kubwa Iron Rods Ltd',
    ),
    'authorised on the last day; leaves the bank next month',
  );
  // account-level charges
  for (const [d, t, a, k] of [
    [n - 1, 'SMS ALERT CHARGES', 4 * b.int(40, 70), 'charge'],
    [n - 1, 'ACCOUNT MAINTENANCE FEE', b.money(3000, 9000, 1), 'charge'],
  ]) {
    const l = b.line(d, -a, t, '');
    l.x = { decision: 'bank-only', kind: k };
    if (t.startsWith('ACCOUNT')) b.charge(l, vat(a), 'VAT ON ACCOUNT MAINTENANCE FEE', 'fee-vat');
  }
  return { lastMonth };
}

// ---------- GH: a pharmacy chain, Adum, Kumasi (National Investment Bank, AccountMate) ----------
function gh(b, n) {
  const branches = ['ADUM', 'ASAFO', 'BANTAMA', 'SUAME'];
  // cash takings lodged by each branch with its deposit slip; one short by a forged note
  let k = 0;
  for (let d = 1; d < n - 1; d += 2) {
    const br = branches[k % 4];
    const slip = b.digits(6);
    const a = b.money(6000, 21000, 1) + b.int(0, 99);
    const r = b.row(
      d - 1,
      a,
      slip,
      `Cash takings ${br.toLowerCase()} branch, slip ${slip}`,
      `${br[0]}${br.slice(1).toLowerCase()} branch`,
    );
    if (k === 3) {
      b.set(b.line(d, a - 20000, `CASH DEP ${br} BR SLIP ${slip} LESS COUNTERFEIT 200`, slip), {
        decision: 'auto',
        rows: [r],
        ev: 'reference',
        diff: -20000,
        traits: ['short-cash'],
      });
    } else {
      b.set(b.line(d, a, `CASH DEPOSIT ${br} BRANCH BY ${b.pick(['KOFI', 'AMA', 'YAW', 'ABENA'])}`, slip), {
        decision: 'auto',
        rows: [r],
        ev: 'reference',
      });
    }
    k++;
  }
  // card settlements from the acquirer: the books hold the gross batch, the bank pays net of 1.5 %
  for (let i = 0; i < 4; i++) {
    const tid = `${b.digits(8)}`;
    const gross = b.money(2500, 9000, 1) + b.int(0, 99);
    const fee = bp(gross, 150);
    const d = 2 + i * 6;
    const withId = i < 3;
    const r = b.row(
      d - 1,
      gross,
      withId ? `POS ${tid}` : '',
      `Card sales, terminal batch ${withId ? tid : ''}`.trim(),
      'Card acquirer',
    );
    const l = b.line(d, gross - fee, `POS MERCHANT STLMT ${withId ? 'TID ' + tid : 'MULTI'}`, '');
    b.set(
      l,
      withId
        ? { decision: 'auto', rows: [r], ev: 'reference', diff: -fee, traits: ['net-of-fee'] }
        : { decision: 'suggest', rows: [r], ev: 'amount', mustNotAuto: false, traits: ['net-of-fee'] },
    );
  }
  // NHIA reimburses claims months late, after vetting deductions
  {
    const c1 = `NHIS/${b.digits(5)}`;
    const c2 = `NHIS/${b.digits(5)}`;
    const a1 = b.money(30000, 60000, 1) + b.int(0, 99);
    const a2 = b.money(30000, 60000, 1) + b.int(0, 99);
    const r1 = b.row(
      7,
      a1,
      c1,
      `NHIS claims batch ${c1.slice(5)}, remittance advice`,
      'National Health Insurance Authority',
    );
    const r2 = b.row(
      7,
      a2,
      c2,
      `NHIS claims batch ${c2.slice(5)}, remittance advice`,
      'National Health Insurance Authority',
    );
    const cut = bp(a1 + a2, 420);
    b.set(b.line(9, a1 + a2 - cut, `NHIA CLAIMS REIMB BATCHES ${c1.slice(5)}/${c2.slice(5)}`, ''), {
      decision: 'auto',
      rows: [r1, r2],
      ev: 'reference',
      diff: -cut,
      traits: ['split-one-to-many', 'short-vetting'],
    });
  }
  // companies' staff medical accounts and private health insurers
  const payers = [
    ['GIP', 'ASHANTI GOLDFIELDS CLINIC', 'Ashanti Goldfields Staff Clinic', (i) => `WCP INV ${i}`],
    ['ACH', 'KUMASI METRO ASSEMBLY', 'Kumasi Metropolitan Assembly', (i) => `PV-${i}`],
    ['GIP', 'APEX MUTUAL HEALTH', 'Apex Mutual Health Insurance', (i) => `STMT${i} JUNE CLAIMS`],
    ['ACH', 'KNUST STAFF WELFARE', 'KNUST Staff Welfare Scheme', (i) => `INVOICE NO.${i}`],
  ];
  for (const [i, [rail, bn, party, how]] of payers.entries()) {
    const inv = b.digits(5);
    const a = b.money(3000, 18000, 1) + b.int(0, 99);
    const d = 3 + i * 5;
    const r = b.row(d - 3, a, `WCP${inv}`, `Invoice ${inv}`, party);
    b.set(b.line(d, a, `${rail} CR ${bn} ${how(inv)}`, ''), {
      decision: 'auto',
      rows: [r],
      ev: 'reference',
      traits: ['reference-written-differently'],
    });
  }
  // one pays by name only; one over-pays (rounding up)
  {
    const a = b.money(2000, 6000, 1) + 45;
    const r = b.row(10, a, `WCP${b.digits(5)}`, 'Staff prescriptions May', 'Obuasi Haulage Co');
    b.set(b.line(12, a, 'GIP CR OBUASI HAULAGE', ''), {
      decision: 'auto',
      rows: [r],
      ev: 'counterparty',
      traits: ['name-only'],
    });
    const inv = b.digits(5);
    const c = b.money(4000, 9000, 1) + 70;
    const rc = b.row(14, c, `WCP${inv}`, `Invoice ${inv}`, 'Manhyia District Hospital');
    const over = 10000 - (c % 10000); // rounded up to the next hundred cedis
    b.set(b.line(16, c + over, `ACH CR MANHYIA DIST HOSP ${inv}`, ''), {
      decision: 'auto',
      rows: [rc],
      ev: 'reference',
      diff: over,
      traits: ['over-payment'],
    });
  }
  // a customer's cheque lodged then returned unpaid; the books still hold the receipt
  {
    const chq = b.digits(6);
    const a = b.money(2500, 5000, 1);
    const r = b.row(5, a, `CHQ ${chq}`, 'Cheque received, staff medicals', 'Bekwai Rural Bank staff');
    b.only(r, 'the cheque was returned unpaid; the receipt has to be reversed in the books');
    const l1 = b.line(6, a, `CHQ LODGEMENT ${chq}`, chq);
    const l2 = b.line(9, -a, `RETURNED CHQ ${chq} REFER TO DRAWER`, chq);
    b.set(l1, { decision: 'reversal-pair', partner: l2, traits: ['returned-cheque'] });
    b.set(l2, { decision: 'reversal-pair', partner: l1, traits: ['returned-cheque'] });
    b.charge(l2, 5000, 'RETURNED CHEQUE CHARGE', 'charge');
  }
  // wholesalers paid by cheque (the cheque number in its own column) and by GIP
  const whole = [
    'Kama Pharma Distributors',
    'Ernest Chemists Wholesale',
    'Dannex Ayrton Starwin',
    'Bioweb Pharma Ltd',
    'Medilab Supplies',
    'Kinapharma Wholesale',
    'Tema Surgicals',
  ];
  const chqBase = b.int(4100, 4150);
  for (const [i, party] of whole.entries()) {
    const a = b.money(8000, 45000, 1) + b.int(0, 99);
    const d = 2 + i * 3;
    if (i % 2 === 0) {
      const chq = String(chqBase + i).padStart(6, '0');
      const r = b.row(d - 3, -a, chq, `Chq ${chq} ${party}`, party);
      b.set(b.line(d + 2, -a, `INWARD CLEARING CHQ`, chq), {
        decision: 'auto',
        rows: [r],
        ev: 'reference',
        traits: ['cheque-number'],
      });
    } else {
      const inv = b.digits(6);
      const r = b.row(d - 1, -a, `SI${inv}`, `Supplier invoice ${inv}`, party);
      const l = b.line(d, -a, `GIP DR ${party.toUpperCase().slice(0, 18)} INV ${inv}`, '');
      b.set(l, { decision: 'auto', rows: [r], ev: 'reference' });
      b.charge(l, 500, 'GIP TRANSFER CHARGE', 'charge');
    }
  }
  // two equal courier runs the same day: twins
  {
    const a = b.money(300, 600, 5);
    const r1 = b.row(11, -a, '', 'Dispatch rider, branch restock', 'Okada Express Couriers');
    const r2 = b.row(11, -a, '', 'Dispatch rider, branch restock', 'Okada Express Couriers');
    for (let j = 0; j < 2; j++) {
      const l = b.line(12, -a, 'GIP DR OKADA EXPRESS COURIERS RESTOCK', '');
      b.set(l, { decision: 'auto', anyOf: [[r1], [r2]], ev: 'counterparty', ambiguous: true, traits: ['twins'] });
      b.charge(l, 500, 'GIP TRANSFER CHARGE', 'charge');
    }
  }
  // two equal quarterly invoices of one landlord, one paid by name: a tie
  {
    const a = b.money(9000, 15000, 100);
    const r1 = b.row(2, -a, '', 'Rent Suame shop, quarter 3', 'Nana Osei Bonsu Estates');
    const r2 = b.row(3, -a, '', 'Rent Bantama shop, quarter 3', 'Nana Osei Bonsu Estates');
    const l = b.line(17, -a, 'GIP DR OSEI BONSU ESTATES RENT', '');
    b.set(l, { decision: 'suggest', anyOf: [[r1], [r2]], ev: 'counterparty', mustNotAuto: true, traits: ['tie'] });
    b.charge(l, 500, 'GIP TRANSFER CHARGE', 'charge');
  }
  // GRA, SSNIT, Pharmacy Council, salaries, ECG
  {
    const pay = b.money(40000, 60000, 1) + 35;
    const r = b.row(n - 3, -pay, 'PAYROLL', 'Net salaries, all branches', 'Staff');
    const l = b.line(n - 2, -pay, 'ACH BULK DR PAYROLL AUG 38 ITEMS', '');
    b.set(l, { decision: 'auto', rows: [r], ev: 'counterparty' });
    b.charge(l, 38 * 200, 'ACH CHARGES 38 ITEMS', 'charge');
    const gra = b.money(9000, 14000, 1) + 12;
    const tin = `C00${b.digits(8)}`;
    const rg = b.row(13, -gra, tin, 'PAYE returns, GRA', 'Ghana Revenue Authority');
    b.set(b.line(14, -gra, `GRA TAX PMT ${tin} PAYE`, ''), { decision: 'auto', rows: [rg], ev: 'reference' });
    const ss = b.money(7000, 11000, 1) + 88;
    const er = `ER${b.digits(7)}`;
    const rs = b.row(13, -ss, er, 'SSNIT contributions', 'SSNIT');
    b.set(b.line(14, -ss, `SSNIT CONTRIB ${er}`, ''), { decision: 'auto', rows: [rs], ev: 'reference' });
    const pc = b.money(2500, 4000, 50);
    const rp = b.row(7, -pc, '', 'Premises licence renewal, four branches', 'Pharmacy Council');
    b.set(b.line(8, -pc, 'GIP DR PHARMACY COUNCIL GH LICENCE', ''), {
      decision: 'auto',
      rows: [rp],
      ev: 'counterparty',
      traits: ['name-only'],
    });
    const meter = b.digits(11);
    const e = b.money(1500, 3000, 1) + 40;
    const re = b.row(9, -e, meter, `ECG prepaid, Adum shop meter ${meter}`, 'Electricity Company of Ghana');
    b.set(b.line(10, -e, `ECG PREPAID VEND ${meter}`, ''), { decision: 'auto', rows: [re], ev: 'reference' });
  }
  // decoy: an Asante who is a supplier refunds exactly what customer Asante promised
  {
    const a = b.money(1500, 2800, 5);
    const r = b.row(15, a, `WCP${b.digits(5)}`, 'Promised settlement of staff account', 'Asante Logistics Ltd');
    b.only(r, 'decoy: the customer has not paid; the credit of this amount is a supplier refund');
    b.set(b.line(18, a, `GIP CR ASANTE FRIDGE REPAIRS REFUND ${b.digits(5)}`, ''), {
      decision: 'none',
      traits: ['decoy'],
    });
  }
  b.set(b.line(19, b.money(200, 900, 1) + 50, 'GIP CR 0244 MOMO WALLET', ''), {
    decision: 'none',
    traits: ['unknown'],
  });
  const lastMonth = b.money(6000, 9000, 1) + 20;
  b.set(b.line(0, -lastMonth, 'INWARD CLEARING CHQ', String(b.int(4050, 4099)).padStart(6, '0')), {
    decision: 'none',
    traits: ['last-month'],
  });
  b.only(
    b.row(
      n - 1,
      -b.money(10000, 20000, 1),
      String(b.int(4200, 4299)).padStart(6, '0'),
      'Chq issued, not yet presented',
      'Kama Pharma Distributors',
    ),
    'cheque issued, not yet presented',
  );
  for (const [t, a] of [
    ['SMS ALERT CHARGES', 600],
    ['ACCOUNT MAINTENANCE FEE', 4000],
  ]) {
    const l = b.line(n - 1, -a, t, '');
    l.x = { decision: 'bank-only', kind: 'charge' };
  }
  return { lastMonth };
}

// ---------- KE: a dairy farmers' co-operative, Ol Kalou (Transnational Bank, HansaWorld Standard ERP) ----------
function ke(b, n) {
  const excise = (f) => Math.round(f * 0.2);
  const withFee = (l, fee, what) => {
    b.charge(l, fee, `${what} CHARGES`, 'charge');
    b.charge(l, excise(fee), `EXCISE DUTY ON ${what} CHARGES`, 'tax');
    return l;
  };
  // processors pay milk invoices by fortnight; one deducts for rejected milk
  const buyers = [
    ['HIGHLAND CREAMERIES LTD', 'Highland Creameries Ltd', (i) => `HCL PMT INV ${i}`],
    ['MALEWA DAIRIES', 'Malewa Dairies Ltd', (i) => `MILK INV NO ${i} 1ST HALF`],
    ['NYANDARUA MILK PROCESSORS', 'Nyandarua Milk Processors', (i) => `KDFC${i}`],
    ['HIGHLAND CREAMERIES LTD', 'Highland Creameries Ltd', (i) => `HCL PMT INV ${i}`],
  ];
  for (const [i, [bn, party, how]] of buyers.entries()) {
    const inv = b.digits(4);
    const a = b.money(900000, 2600000, 1) + b.int(0, 99);
    const d = 1 + i * 4;
    const r = b.row(d - 2, a, `SI${inv}`, `Milk delivered, invoice ${inv}`, party);
    if (i === 1) {
      const rej = b.money(9000, 30000, 1);
      b.set(b.line(d, a - rej, `RTGS CR ${bn} ${how(inv)} LESS REJECTS`, ''), {
        decision: 'auto',
        rows: [r],
        ev: 'reference',
        diff: -rej,
        traits: ['short-rejects'],
      });
    } else {
      b.set(b.line(d, a, `RTGS CR ${bn} ${how(inv)}`, ''), {
        decision: 'auto',
        rows: [r],
        ev: 'reference',
        traits: ['reference-written-differently'],
      });
    }
  }
  // New KCC pays two fortnights in one RTGS quoting nothing but its name
  {
    const a1 = b.money(700000, 1200000, 1) + 40;
    const a2 = b.money(700000, 1200000, 1) + 60;
    const r1 = b.row(
      2,
      a1,
      `SI${b.digits(4)}`,
      'Milk delivered, second half of August',
      'New Kenya Co-operative Creameries Ltd',
    );
    const r2 = b.row(
      6,
      a2,
      `SI${b.digits(4)}`,
      'Milk delivered, first half of September',
      'New Kenya Co-operative Creameries Ltd',
    );
    b.set(b.line(9, a1 + a2, 'RTGS CR NEW KENYA CO-OP CREAMERIES LTD', ''), {
      decision: 'auto',
      rows: [r1, r2],
      ev: 'counterparty',
      traits: ['split-one-to-many'],
    });
  }
  // the county pays the school milk invoice in part; the books took it in full
  {
    const inv = b.digits(4);
    const a = b.money(400000, 700000, 1);
    const r = b.row(3, a, `SI${inv}`, `School milk programme, invoice ${inv}`, 'County Government of Nyandarua');
    b.set(b.line(13, Math.round(a / 200) * 100, `EFT CR CGN IFMIS PV ${b.digits(5)} SI ${inv}`, ''), {
      decision: 'suggest',
      rows: [r],
      ev: 'reference',
      mustNotAuto: true,
      traits: ['part-payment'],
    });
  }
  // feed sales to members paid by M-PESA paybill, swept weekly from the paybill
  for (let i = 0; i < 3; i++) {
    const a = b.money(60000, 150000, 1) + b.int(0, 99);
    const ref = `${b.pick(['SGH', 'SHK', 'SJL'])}${b.digits(7)}`;
    const r = b.row(4 + i * 5, a, ref, `Paybill sweep, store sales ${ref}`, 'Safaricom M-PESA');
    b.set(b.line(5 + i * 5, a, `MPESA PAYBILL SWEEP 50${b.digits(4)} ${ref}`, ''), {
      decision: 'auto',
      rows: [r],
      ev: 'reference',
    });
  }
  // farmers' monthly milk payment: bank-account farmers by bulk EFT, the rest through the B2C float
  {
    const a = b.money(3800000, 5200000, 1) + 37;
    const bat = b.digits(4);
    const r = b.row(n - 4, -a, `MP${bat}`, `Farmers milk payment August, batch ${bat}`, 'Members (bank)');
    const l = b.set(b.line(n - 3, -a, `BULK EFT DR MILK PAY BATCH ${bat} 412 ITEMS`, ''), {
      decision: 'auto',
      rows: [r],
      ev: 'reference',
    });
    withFee(l, 412 * 3000, 'BULK EFT');
    const m = b.money(1500000, 2400000, 1) + 63;
    const rm = b.row(n - 4, -m, `MP${bat}M`, `Farmers milk payment August by M-PESA, batch ${bat}`, 'Members (M-PESA)');
    b.set(b.line(n - 3, -m, `TRF TO MPESA B2C FLOAT MILK PAY ${bat}`, ''), {
      decision: 'auto',
      rows: [rm],
      ev: 'reference',
    });
  }
  // farmers' advances by PesaLink, booked against the member number
  const farmers = [
    ['WANJIRU KAMAU', 'Wanjiru Kamau'],
    ['JOSEPH NDUNGU MWANGI', 'Joseph Ndungu Mwangi'],
    ['GRACE WAIRIMU', 'Grace Wairimu'],
    ['PETER KIMANI GITAU', 'Peter Kimani Gitau'],
    ['ESTHER NJERI', 'Esther Njeri'],
  ];
  for (const [i, [bn, party]] of farmers.entries()) {
    const mem = b.digits(4);
    const a = b.money(5000, 30000, 500);
    const d = 2 + i * 3;
    const r = b.row(d - 1, -a, `M${mem}`, `Farmer advance, member ${mem}`, party);
    const byName = i === 3;
    const l = b.line(d, -a, `PESALINK DR ${bn}${byName ? '' : ' MEMBER ' + mem}`, '');
    b.set(l, {
      decision: 'auto',
      rows: [r],
      ev: byName ? 'counterparty' : 'reference',
      traits: byName ? ['name-only'] : [],
    });
    withFee(l, 5000, 'PESALINK');
  }
  // one advance returned (name mismatch) and sent again
  {
    const mem = b.digits(4);
    const a = b.money(8000, 20000, 500);
    const r = b.row(8, -a, `M${mem}`, `Farmer advance, member ${mem}`, 'Samuel Kariuki');
    const l1 = withFee(b.line(9, -a, `PESALINK DR SAMUEL KARIUKI MEMBER ${mem}`, ''), 5000, 'PESALINK');
    const l2 = b.line(10, a, `PESALINK RETURN NAME MISMATCH KARIUKI`, '');
    b.set(l1, { decision: 'reversal-pair', partner: l2, traits: ['reversal'] });
    b.set(l2, { decision: 'reversal-pair', partner: l1, traits: ['reversal'] });
    const l3 = withFee(b.line(11, -a, `PESALINK DR SAMUEL KARIUKI NJOROGE MEMBER ${mem}`, ''), 5000, 'PESALINK');
    b.set(l3, { decision: 'auto', rows: [r], ev: 'reference', traits: ['resent'] });
  }
  // route transporters and the feeds miller by invoice; two equal route trips: twins
  for (const [i, [bn, party]] of [
    ['MUNYEKI TRANSPORTERS', 'Munyeki Transporters'],
    ['KINANGOP CARRIERS', 'Kinangop Carriers Ltd'],
  ].entries()) {
    const inv = b.digits(4);
    const a = b.money(90000, 220000, 1);
    const r = b.row(6 + i * 7, -a, `PI${inv}`, `Milk collection route ${i + 3}, invoice ${inv}`, party);
    b.set(withFee(b.line(7 + i * 7, -a, `EFT DR ${bn} INV ${inv}`, ''), 3000, 'EFT'), {
      decision: 'auto',
      rows: [r],
      ev: 'reference',
    });
  }
  {
    const a = b.money(15000, 30000, 100);
    const r1 = b.row(15, -a, '', 'Cooler generator diesel, trip', 'Gathaara Motorbike Riders');
    const r2 = b.row(15, -a, '', 'Cooler generator diesel, trip', 'Gathaara Motorbike Riders');
    for (let j = 0; j < 2; j++) {
      const l = withFee(b.line(16, -a, 'PESALINK DR GATHAARA MOTORBIKE RIDERS DIESEL', ''), 5000, 'PESALINK');
      b.set(l, { decision: 'auto', anyOf: [[r1], [r2]], ev: 'counterparty', ambiguous: true, traits: ['twins'] });
    }
  }
  {
    const inv = b.digits(5);
    const a = b.money(600000, 1100000, 1) + 25;
    const r = b.row(10, -a, `PI${inv}`, `Dairy meal 70kg, invoice ${inv}`, 'Rift Feeds Millers Ltd');
    b.set(withFee(b.line(12, -a, `RTGS DR RIFT FEEDS MILLERS ${inv}`, ''), 50000, 'RTGS'), {
      decision: 'auto',
      rows: [r],
      ev: 'reference',
    });
  }
  // KPLC for the cooling plant, KRA, NSSF, SHIF, the SACCO check-off
  {
    const acc = b.digits(7);
    const a = b.money(60000, 120000, 1) + 80;
    const r = b.row(17, -a, acc, `KPLC account ${acc}, cooling plant`, 'Kenya Power');
    b.set(b.line(18, -a, `PAYBILL 888880 KPLC ${acc}`, ''), { decision: 'auto', rows: [r], ev: 'reference' });
    for (const [what, party, lo, hi, text] of [
      ['PAYE', 'Kenya Revenue Authority', 80000, 140000, (p) => `KRA ITAX PMT PRN ${p}`],
      ['SHIF', 'Social Health Authority', 20000, 35000, (p) => `SHA EMPLOYER CONTRIB ${p}`],
    ]) {
      const prn = `${b.digits(10)}`;
      const x = b.money(lo, hi, 1) + 11;
      const rx = b.row(n - 2, -x, prn, `${what} August, PRN ${prn}`, party);
      b.set(b.line(n - 1, -x, text(prn), ''), { decision: 'auto', rows: [rx], ev: 'reference' });
    }
    const emp = b.digits(9);
    const y = b.money(30000, 45000, 1);
    const ry = b.row(n - 2, -y, emp, 'NSSF contributions', 'NSSF');
    b.set(b.line(n - 1, -y, `NSSF EMPLOYER ${emp}`, ''), { decision: 'auto', rows: [ry], ev: 'reference' });
    const co = b.money(700000, 1100000, 1) + 50;
    const rc = b.row(n - 4, -co, '', 'Members loan check-off deducted from milk pay', 'Kipipiri Farmers Sacco');
    b.set(b.line(n - 3, -co, 'EFT DR KIPIPIRI FARMERS SACCO CHECKOFF', ''), {
      decision: 'auto',
      rows: [rc],
      ev: 'counterparty',
      traits: ['name-only'],
    });
  }
  // two equal membership-share instalments from one farmer group: a tie
  {
    const a = b.money(20000, 40000, 500);
    const r1 = b.row(4, a, '', 'Share capital instalment 1', 'Geta Women Dairy Group');
    const r2 = b.row(5, a, '', 'Share capital instalment 2', 'Geta Women Dairy Group');
    b.set(b.line(14, a, 'PESALINK CR GETA WOMEN DAIRY GROUP', ''), {
      decision: 'suggest',
      anyOf: [[r1], [r2]],
      ev: 'counterparty',
      mustNotAuto: true,
      traits: ['tie'],
    });
  }
  // decoy: a Mwangi who sells spares refunds exactly the sum member group Mwangi promised
  {
    const a = b.money(40000, 70000, 50);
    const r = b.row(15, a, '', 'Share capital promised', 'Mwangi Self Help Group');
    b.only(r, 'decoy: the group has not paid; the credit of this amount is a supplier refund');
    b.set(b.line(17, a, `EFT CR MWANGI PUMPS SPARES REFUND CN ${b.digits(4)}`, ''), {
      decision: 'none',
      traits: ['decoy'],
    });
  }
  b.set(b.line(19, b.money(3000, 9000, 1) + 20, 'PESALINK CR 2547XXXX UNKNOWN', ''), {
    decision: 'none',
    traits: ['unknown'],
  });
  const lastMonth = b.money(40000, 90000, 1);
  b.set(withFee(b.line(0, -lastMonth, `EFT DR MUNYEKI TRANSPORTERS ROUTE AUG`, ''), 3000, 'EFT'), {
    decision: 'none',
    traits: ['last-month'],
  });
  b.only(
    b.row(
      n - 1,
      -b.money(100000, 200000, 1),
      `PI${b.digits(5)}`,
      'Dairy meal, payment approved by committee',
      'Rift Feeds Millers Ltd',
    ),
    'approved on the last day; paid next month',
  );
  const lf = b.line(n - 1, -150000, 'LEDGER FEE', '');
  lf.x = { decision: 'bank-only', kind: 'charge' };
  b.charge(lf, excise(150000), 'EXCISE DUTY ON LEDGER FEE', 'tax');
  const sms = b.line(n - 1, -b.money(200, 500, 10), 'SMS ALERT CHARGES', '');
  sms.x = { decision: 'bank-only', kind: 'charge' };
  return { lastMonth };
}

// ---------- ZA: an event-ticketing business, Braamfontein (Postbank, Accounting Seed) ----------
function za(b, n) {
  const eftFee = (l, a = 850) => {
    b.charge(l, a, 'EFT PAYMENT FEE', 'charge');
    return l;
  };
  // gateway payouts: the books hold the payout report's net, or the gross sales when booked from the box office
  for (let i = 0; i < 7; i++) {
    const gw = i % 2 ? 'YOCO' : 'PAYFAST';
    const pid = `${gw === 'YOCO' ? 'YP' : 'PF'}${b.digits(7)}`;
    const gross = b.money(20000, 90000, 1) + b.int(0, 99);
    const fee = bp(gross, gw === 'YOCO' ? 295 : 350);
    const d = 1 + i * 3;
    if (i < 4) {
      const r = b.row(
        d,
        gross - fee,
        pid,
        `${gw === 'YOCO' ? 'Yoco' : 'PayFast'} payout ${pid}`,
        gw === 'YOCO' ? 'Yoco' : 'PayFast',
      );
      b.set(b.line(d, gross - fee, `${gw} PAYOUT ${pid}`, pid), { decision: 'auto', rows: [r], ev: 'reference' });
    } else if (i < 6) {
      const r = b.row(d - 1, gross, pid, `Ticket sales, settlement ${pid}`, gw === 'YOCO' ? 'Yoco' : 'PayFast');
      b.set(b.line(d, gross - fee, `${gw} PAYOUT ${pid}`, pid), {
        decision: 'auto',
        rows: [r],
        ev: 'reference',
        diff: -fee,
        traits: ['net-of-fee'],
      });
    } else {
      const r = b.row(d - 1, gross, '', 'Ticket sales, gateway settlement', 'PayFast');
      b.set(b.line(d, gross - fee, 'PF SETTLEMENT', ''), {
        decision: 'suggest',
        rows: [r],
        ev: 'amount',
        mustNotAuto: false,
        traits: ['net-of-fee'],
      });
    }
  }
  // white-label organisers pay set-up invoices
  const orgs = [
    ['SOWETO JAZZ COLLECTIVE', 'Soweto Jazz Collective NPC', (i) => `KWT${i}`],
    ['MABONENG ARTS FEST', 'Maboneng Arts Festival (Pty) Ltd', (i) => `INV-${i} PLATFORM`],
    ['RAND SCHOOLS RUGBY', 'Rand Schools Rugby Union', (i) => `KWELA ${i}`],
  ];
  for (const [i, [bn, party, how]] of orgs.entries()) {
    const inv = b.digits(5);
    const a = b.money(6000, 25000, 1) + b.int(0, 99);
    const r = b.row(2 + i * 5, a, `INV-${inv}`, `Platform set-up and box office, INV-${inv}`, party);
    if (i === 2) {
      const over = 50000;
      b.set(b.line(5 + i * 5, a + over, `CREDIT TRANSFER ${bn}`, how(inv)), {
        decision: 'auto',
        rows: [r],
        ev: 'reference',
        diff: over,
        traits: ['over-payment'],
      });
    } else {
      b.set(b.line(5 + i * 5, a, `CREDIT TRANSFER ${bn}`, how(inv)), {
        decision: 'auto',
        rows: [r],
        ev: 'reference',
        traits: ['reference-written-differently'],
      });
    }
  }
  // a sponsor pays by name; a festival pays half its invoice that the books took in full
  {
    const a = b.money(40000, 80000, 1000);
    const r = b.row(6, a, `INV-${b.digits(5)}`, 'Headline sponsorship, winter series', 'Ubuntu Beverages');
    b.set(b.line(8, a, 'CREDIT TRANSFER UBUNTU BEVERAGES', 'SPONSORSHIP'), {
      decision: 'auto',
      rows: [r],
      ev: 'counterparty',
      traits: ['name-only'],
    });
    const inv = b.digits(5);
    const c = b.money(30000, 50000, 1) + 40;
    const rc = b.row(9, c, `INV-${inv}`, `Access control and scanning, INV-${inv}`, 'Highveld Comedy Nights');
    b.set(b.line(11, Math.round(c / 200) * 100, 'CREDIT TRANSFER HIGHVELD COMEDY', `${inv} DEP`), {
      decision: 'suggest',
      rows: [rc],
      ev: 'reference',
      mustNotAuto: true,
      traits: ['part-payment'],
    });
  }
  // organisers' settlements after their events, less commission, by event code
  const events = [
    ['NKOSI PROMOTIONS', 'Nkosi Promotions'],
    ['THE CAPE SOUL CO', 'The Cape Soul Co'],
    ['VAAL DRAG RACING', 'Vaal Drag Racing Club'],
    ['DURBS COMEDY TOUR', 'Durbs Comedy Tour'],
  ];
  for (const [i, [bn, party]] of events.entries()) {
    const ev = `EVT${b.digits(4)}`;
    const a = b.money(25000, 160000, 1) + b.int(0, 99);
    const d = 4 + i * 4;
    const r = b.row(d - 1, -a, ev, `Organiser settlement ${ev} less commission`, party);
    b.set(eftFee(b.line(d, -a, `EFT ${bn}`, `KWELA SETTLE ${ev}`)), { decision: 'auto', rows: [r], ev: 'reference' });
  }
  // a cancelled show: ticket refunds by order number, by immediate payment
  for (let i = 0; i < 6; i++) {
    const ord = b.digits(6);
    const a = b.pick([25000, 35000, 45000, 70000]) + i * 100;
    const r = b.row(17, -a, `ORD${ord}`, `Refund order ${ord}, cancelled show`, 'Ticket buyer');
    const l = b.line(18 + (i % 2), -a, 'IMMEDIATE PAYMENT', `KWELA REFUND ${ord}`);
    b.set(l, { decision: 'auto', rows: [r], ev: 'reference' });
    b.charge(l, 1000, 'IMMEDIATE PAYMENT FEE', 'charge');
  }
  // one refund bounced (account closed) and paid again; one buyer refunded twice for two equal orders: twins
  {
    const ord = b.digits(6);
    const a = 38000;
    const r = b.row(17, -a, `ORD${ord}`, `Refund order ${ord}, cancelled show`, 'Ticket buyer');
    const l1 = eftFee(b.line(18, -a, 'EFT REFUND', `KWELA REFUND ${ord}`));
    const l2 = b.line(20, a, 'EFT RETURNED ACCOUNT CLOSED', `KWELA REFUND ${ord}`);
    b.set(l1, { decision: 'reversal-pair', partner: l2, traits: ['reversal'] });
    b.set(l2, { decision: 'reversal-pair', partner: l1, traits: ['reversal'] });
    const l3 = b.line(21, -a, 'IMMEDIATE PAYMENT', `KWELA REFUND ${ord} RETRY`);
    b.charge(l3, 1000, 'IMMEDIATE PAYMENT FEE', 'charge');
    b.set(l3, { decision: 'auto', rows: [r], ev: 'reference', traits: ['resent'] });
    const t = 52000;
    const t1 = b.row(17, -t, '', 'Refund, T. Dlamini, cancelled show', 'T Dlamini');
    const t2 = b.row(17, -t, '', 'Refund, T. Dlamini, cancelled show', 'T Dlamini');
    for (let j = 0; j < 2; j++) {
      const l = b.line(19, -t, 'IMMEDIATE PAYMENT', 'KWELA REFUND DLAMINI');
      b.set(l, { decision: 'auto', anyOf: [[t1], [t2]], ev: 'counterparty', ambiguous: true, traits: ['twins'] });
      b.charge(l, 1000, 'IMMEDIATE PAYMENT FEE', 'charge');
    }
  }
  // a chargeback the gateway debits before anyone books it
  b.set(b.line(15, -b.money(400, 1500, 1), 'PAYFAST CHARGEBACK', `CB${b.digits(6)}`), {
    decision: 'none',
    traits: ['chargeback'],
  });
  // two equal venue deposits of one venue, paid by name: a tie
  {
    const a = b.money(15000, 30000, 500);
    const r1 = b.row(3, -a, '', 'Venue deposit, July show', 'Bassline Venues');
    const r2 = b.row(4, -a, '', 'Venue deposit, August show', 'Bassline Venues');
    b.set(eftFee(b.line(13, -a, 'EFT BASSLINE VENUES', 'DEPOSIT')), {
      decision: 'suggest',
      anyOf: [[r1], [r2]],
      ev: 'counterparty',
      mustNotAuto: true,
      traits: ['tie'],
    });
  }
  // SARS by PRN, payroll, software
  {
    const prn = `${b.digits(4)}AK${b.digits(8)}`;
    const a = b.money(30000, 60000, 1) + 17;
    const r = b.row(n - 4, -a, prn, `EMP201, PRN ${prn}`, 'SARS');
    b.set(b.line(n - 3, -a, 'SARS EFILING', prn), { decision: 'auto', rows: [r], ev: 'reference' });
    const vprn = `${b.digits(4)}V${b.digits(9)}`;
    const v = b.money(40000, 90000, 1) + 3;
    const rv = b.row(n - 4, -v, vprn, `VAT201, PRN ${vprn}`, 'SARS');
    b.set(b.line(n - 3, -v, 'SARS EFILING', vprn), { decision: 'auto', rows: [rv], ev: 'reference' });
    const w = b.money(90000, 140000, 1) + 55;
    const rw = b.row(n - 3, -w, 'SAL', 'Net salaries', 'Payroll');
    const lw = b.line(n - 2, -w, 'BATCH PAYMENT KWELA PAYROLL', '14 ITEMS');
    b.set(lw, { decision: 'auto', rows: [rw], ev: 'counterparty' });
    b.charge(lw, 14 * 850, 'BATCH PAYMENT FEES 14 ITEMS', 'charge');
  }
  // decoy: a Naidoo who hires out sound gear refunds exactly what organiser Naidoo owes
  {
    const a = b.money(9000, 16000, 50);
    const r = b.row(14, a, `INV-${b.digits(5)}`, 'Set-up fee promised', 'Naidoo Events Co');
    b.only(r, 'decoy: the organiser has not paid; the credit of this amount is a supplier refund');
    b.set(b.line(16, a, 'CREDIT TRANSFER NAIDOO SOUND HIRE', `REFUND DEP ${b.digits(4)}`), {
      decision: 'none',
      traits: ['decoy'],
    });
  }
  b.set(b.line(12, b.money(300, 1200, 1) + 50, 'CASH DEPOSIT', 'BRAAM'), { decision: 'none', traits: ['unknown'] });
  const lastMonth = b.money(8000, 20000, 1);
  b.set(eftFee(b.line(0, -lastMonth, 'EFT NKOSI PROMOTIONS', `KWELA SETTLE MARCH`)), {
    decision: 'none',
    traits: ['last-month'],
  });
  b.only(
    b.row(n - 1, -b.money(30000, 60000, 1), `EVT${b.digits(4)}`, 'Organiser settlement approved', 'The Cape Soul Co'),
    'approved on the last day; paid next month',
  );
  const mf = b.line(n - 1, -9500, 'MONTHLY ACCOUNT FEE', '');
  mf.x = { decision: 'bank-only', kind: 'charge' };
  const it = b.line(n - 1, b.int(3000, 9000), 'CREDIT INTEREST', '');
  it.x = { decision: 'bank-only', kind: 'interest' };
  return { lastMonth };
}

// ---------- the sets ----------
const SETS = [
  {
    set: 'ng-mainstreet-coins',
    country: 'NG',
    currency: 'NGN',
    timezone: 'Africa/Lagos',
    holidays: ['2031-10-01'],
    build: ng,
    opening: 48_350_000_00,
    bank: 'Mainstreet Microfinance Bank Ltd',
    package: 'COINS (Cash Book Enquiry of bank account 1105, exported to Excel)',
    business:
      'a building contractor in Jabi, Abuja (interim payment certificates, retentions, subcontractors, site materials)',
    bankFile: 'mainstreet-7720-oct2031.csv',
    ledgerFile: 'coins-cashbook-1105-oct2031.xlsx',
    ledgerAccount: '1105',
  },
  {
    set: 'gh-nib-accountmate',
    country: 'GH',
    currency: 'GHS',
    timezone: 'Africa/Accra',
    holidays: ['2031-08-04'],
    build: gh,
    opening: 310_000_00,
    bank: 'National Investment Bank Ltd',
    package: 'AccountMate (Bank Transaction Register of NIB-OPS, exported to CSV)',
    business:
      'a four-branch pharmacy chain in Adum, Kumasi (branch cash lodgements, card settlements, NHIS reimbursements, wholesalers by cheque)',
    bankFile: 'nib-3308-aug2031.xlsx',
    ledgerFile: 'accountmate-bank-register-NIB-OPS-aug2031.csv',
    ledgerAccount: 'NIB-OPS',
  },
  {
    set: 'ke-transnational-standarderp',
    country: 'KE',
    currency: 'KES',
    timezone: 'Africa/Nairobi',
    holidays: [],
    build: ke,
    opening: 6_400_000_00,
    bank: 'Transnational Bank Ltd',
    package: 'HansaWorld Standard ERP (Nominal Ledger transactions of 1230, exported to CSV)',
    business:
      'a dairy farmers’ co-operative society in Ol Kalou (processors paying for milk, farmers paid and advanced, store sales by paybill)',
    bankFile: 'transnational-0641-sep2031.csv',
    ledgerFile: 'standarderp-nl-1230-sep2031.csv',
    ledgerAccount: '1230',
  },
  {
    set: 'za-postbank-accountingseed',
    country: 'ZA',
    currency: 'ZAR',
    timezone: 'Africa/Johannesburg',
    holidays: ['2031-04-11', '2031-04-14', '2031-04-28'],
    build: za,
    opening: 820_000_00,
    bank: 'South African Postbank SOC Ltd',
    package: 'Accounting Seed (Salesforce report of GL account 1010 Postbank Business, exported to Excel)',
    business:
      'an event-ticketing business in Braamfontein, Johannesburg (gateway payouts, organiser settlements, refunds of a cancelled show)',
    bankFile: 'postbank-5093-apr2031.csv',
    ledgerFile: 'accountingseed-gl-1010-apr2031.xlsx',
    ledgerAccount: '1010',
  },
];

// ---------- layouts: each bank's statement and each package's export ----------
const csvCell = (v, sep) => {
  const s = String(v);
  return s.includes(sep) || s.includes('"') ? `"${s.replace(/"/g, '""')}"` : s;
};
const csv = (rows, sep = ',') => rows.map((r) => r.map((c) => csvCell(c ?? '', sep)).join(sep)).join('\r\n') + '\r\n';
function xlsx(sheet, aoa) {
  const ws = XLSX.utils.aoa_to_sheet(
    aoa.map((r) => r.map((c) => (c && typeof c === 'object' && 'v' in c ? c : (c ?? null)))),
  );
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheet);
  wb.Props = {
    Title: sheet,
    Author: 'bankfeed holdout46',
    CreatedDate: new Date('2031-12-01T00:00:00Z'),
    ModifiedDate: new Date('2031-12-01T00:00:00Z'),
  };
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
}
const num = (minor) => ({ t: 'n', v: minor / 100, z: '#,##0.00' });
const dcell = (iso, z) => ({ t: 'n', v: serial(iso), z });

// bank statements: each returns { bytes, headerRow, rowOf(line) assigned, readOptions, layout }
function bankLayout(S, lines, opening) {
  const closing = lines.length ? lines[lines.length - 1].balance : opening;
  if (S.country === 'NG') {
    const pre = [
      ['MAINSTREET MICROFINANCE BANK LIMITED'],
      ['Account Name', 'GURARA CREST CONSTRUCTION LTD'],
      ['Account Number', '******7720'],
      ['Period', `${dmy(S.cal.from)} to ${dmy(S.cal.to)}`],
      [],
    ];
    const header = ['Txn Date', 'Value Date', 'Description', 'Reference', 'Withdrawals', 'Lodgements', 'Balance'];
    const body = [['', '', 'OPENING BALANCE', '', '', '', grouped(opening)]];
    for (const l of lines)
      body.push([
        dmy(l.date),
        dmy(l.date),
        l.text,
        l.ref,
        l.amt < 0 ? grouped(-l.amt) : '',
        l.amt > 0 ? grouped(l.amt) : '',
        grouped(l.balance),
      ]);
    body.push(['', '', 'CLOSING BALANCE', '', '', '', grouped(closing)]);
    const headerRow = pre.length + 1;
    lines.forEach((l, i) => (l.row = headerRow + 2 + i));
    return {
      bytes: csv([...pre, header, ...body]),
      headerRow,
      layout:
        'CSV; five preamble rows; dd/mm/yyyy; grouped amounts in Withdrawals/Lodgements; undated OPENING/CLOSING BALANCE rows',
      readOptions: {
        currency: 'NGN',
        dateOrder: 'DMY',
        mapping: {
          date: 'Txn Date',
          valueDate: 'Value Date',
          description: 'Description',
          reference: 'Reference',
          moneyOut: 'Withdrawals',
          moneyIn: 'Lodgements',
          balance: 'Balance',
        },
      },
    };
  }
  if (S.country === 'GH') {
    const pre = [
      ['NATIONAL INVESTMENT BANK LIMITED'],
      ['STATEMENT OF ACCOUNT'],
      ['Customer', 'ADUM WELLCARE PHARMACY LTD'],
      ['Account', 'XXXXXXXX3308 GHS CURRENT'],
      ['From', dmy(S.cal.from), 'To', dmy(S.cal.to)],
      [],
    ];
    const header = ['Date', 'Narration', 'Cheque/Ref No', 'Debit', 'Credit', 'Balance'];
    const body = [[null, 'OPENING BALANCE', null, null, null, num(opening)]];
    for (const l of lines)
      body.push([
        dcell(l.date, 'dd/mm/yyyy'),
        l.text,
        l.ref || null,
        l.amt < 0 ? num(-l.amt) : null,
        l.amt > 0 ? num(l.amt) : null,
        num(l.balance),
      ]);
    body.push([null, 'CLOSING BALANCE', null, null, null, num(closing)]);
    const headerRow = pre.length + 1;
    lines.forEach((l, i) => (l.row = headerRow + 2 + i));
    return {
      bytes: xlsx('Account Statement', [...pre, header, ...body]),
      headerRow,
      layout:
        'XLSX sheet "Account Statement"; six preamble rows; date cells; numeric amount cells; undated OPENING/CLOSING BALANCE rows',
      readOptions: {
        currency: 'GHS',
        sheet: 'Account Statement',
        mapping: {
          date: 'Date',
          description: 'Narration',
          reference: 'Cheque/Ref No',
          moneyOut: 'Debit',
          moneyIn: 'Credit',
          balance: 'Balance',
        },
      },
    };
  }
  if (S.country === 'KE') {
    const pre = [
      ['TRANSNATIONAL BANK LIMITED'],
      ['ACCOUNT STATEMENT'],
      ['Account Name:', 'KIPIPIRI DAIRY FARMERS CO-OPERATIVE SOCIETY LTD'],
      ['Account No:', 'XXXXXX0641'],
      ['Currency:', 'KES'],
      ['Period:', `${dMonY(S.cal.from)} - ${dMonY(S.cal.to)}`],
      [],
    ];
    const header = [
      'Posting Date',
      'Value Date',
      'Transaction Details',
      'Cheque No.',
      'Debit Amount',
      'Credit Amount',
      'Running Balance',
    ];
    const body = [['', '', 'BALANCE B/FWD', '', '', '', dec(opening)]];
    for (const l of lines)
      body.push([
        dMonY(l.date),
        dMonY(l.date),
        l.text,
        l.ref,
        l.amt < 0 ? dec(-l.amt) : '',
        l.amt > 0 ? dec(l.amt) : '',
        dec(l.balance),
      ]);
    const headerRow = pre.length + 1;
    lines.forEach((l, i) => (l.row = headerRow + 2 + i));
    return {
      bytes: csv([...pre, header, ...body]),
      headerRow,
      layout:
        'CSV; seven preamble rows; dd-Mon-yyyy text dates; plain amounts; an undated BALANCE B/FWD row, no closing row',
      readOptions: {
        currency: 'KES',
        mapping: {
          date: 'Posting Date',
          valueDate: 'Value Date',
          description: 'Transaction Details',
          reference: 'Cheque No.',
          moneyOut: 'Debit Amount',
          moneyIn: 'Credit Amount',
          balance: 'Running Balance',
        },
      },
    };
  }
  const ymd = (iso) => iso.replace(/-/g, '/');
  const pre = [
    ['Postbank Business Account Statement'],
    ['Account holder', 'KWELA TICKETS (PTY) LTD'],
    ['Account number', '*******5093'],
    [],
  ];
  const header = ['Transaction Date', 'Description', 'Reference', 'Amount', 'Balance'];
  const body = [];
  for (const l of lines) body.push([ymd(l.date), l.text, l.ref, dec(l.amt), dec(l.balance)]);
  const headerRow = pre.length + 1;
  lines.forEach((l, i) => (l.row = headerRow + 1 + i));
  return {
    bytes: csv([...pre, header, ...body]),
    headerRow,
    layout: 'CSV; four preamble rows; yyyy/mm/dd; one signed amount; no opening or closing row',
    readOptions: {
      currency: 'ZAR',
      dateOrder: 'YMD',
      mapping: {
        date: 'Transaction Date',
        description: 'Description',
        reference: 'Reference',
        amount: 'Amount',
        balance: 'Balance',
      },
    },
  };
}

function ledgerLayout(S, rows, opening) {
  const nonEntryRows = [];
  if (S.country === 'NG') {
    const pre = [
      ['COINS Cash Book Enquiry'],
      ['Company 01 Gurara Crest Construction Ltd', null, 'Bank 1105 Mainstreet MFB Current'],
      [],
    ];
    const header = [
      'Trans Date',
      'Journal',
      'Contract',
      'Supplier/Customer',
      'Reference',
      'Details',
      'Receipts',
      'Payments',
      'Running Balance',
    ];
    const headerRow = pre.length + 1;
    const body = [
      [dcell(S.cal.from, 'dd/mm/yyyy'), null, null, null, null, 'Balance brought forward', null, null, num(opening)],
    ];
    nonEntryRows.push({ row: headerRow + 1, why: 'balance brought forward, not an entry' });
    let bal = opening;
    rows.forEach((r, i) => {
      bal += r.amt;
      r.row = headerRow + 2 + i;
      body.push([
        dcell(r.date, 'dd/mm/yyyy'),
        `CB${String(1000 + i)}`,
        r.contract ?? null,
        r.party || null,
        r.ref || null,
        r.desc,
        r.amt > 0 ? num(r.amt) : null,
        r.amt < 0 ? num(-r.amt) : null,
        num(bal),
      ]);
    });
    const tin = rows.filter((r) => r.amt > 0).reduce((s, r) => s + r.amt, 0);
    const tout = rows.filter((r) => r.amt < 0).reduce((s, r) => s - r.amt, 0);
    body.push([null, null, null, null, null, 'Total', num(tin), num(tout), num(bal)]);
    nonEntryRows.push({ row: headerRow + 2 + rows.length, why: 'undated totals row' });
    return {
      bytes: xlsx('Cash Book', [...pre, header, ...body]),
      headerRow,
      nonEntryRows,
      closing: bal,
      layout:
        'XLSX sheet "Cash Book"; date cells; Receipts/Payments; a dated balance brought forward row and an undated Total row',
      readOptions: {
        currency: 'NGN',
        sheet: 'Cash Book',
        mapping: {
          date: 'Trans Date',
          reference: 'Reference',
          description: 'Details',
          party: 'Supplier/Customer',
          moneyIn: 'Receipts',
          moneyOut: 'Payments',
          balance: 'Running Balance',
        },
      },
    };
  }
  if (S.country === 'GH') {
    const pre = [
      ['Adum Wellcare Pharmacy Ltd'],
      ['Bank Transaction Register'],
      ['Bank Code: NIB-OPS  National Investment Bank - Operations'],
      [],
    ];
    const header = [
      'Date',
      'Batch No',
      'Trans Type',
      'Ref No',
      'Payee/Payer',
      'Description',
      'Deposit',
      'Withdrawal',
      'Balance',
    ];
    const headerRow = pre.length + 1;
    const body = [[mdy(S.cal.from), '', '', '', '', 'Beginning Balance', '', '', dec(opening)]];
    nonEntryRows.push({ row: headerRow + 1, why: 'beginning balance, not an entry' });
    let bal = opening;
    rows.forEach((r, i) => {
      bal += r.amt;
      r.row = headerRow + 2 + i;
      body.push([
        mdy(r.date),
        `B${String(5100 + i)}`,
        r.amt > 0 ? 'DEP' : /^\d{6}$/.test(r.ref) ? 'CHK' : 'EFT',
        r.ref,
        r.party,
        r.desc,
        r.amt > 0 ? dec(r.amt) : '',
        r.amt < 0 ? dec(-r.amt) : '',
        dec(bal),
      ]);
    });
    const tin = rows.filter((r) => r.amt > 0).reduce((s, r) => s + r.amt, 0);
    const tout = rows.filter((r) => r.amt < 0).reduce((s, r) => s - r.amt, 0);
    body.push(['', '', '', '', '', 'Report Total', dec(tin), dec(tout), dec(bal)]);
    nonEntryRows.push({ row: headerRow + 2 + rows.length, why: 'undated report total' });
    return {
      bytes: csv([...pre, header, ...body]),
      headerRow,
      nonEntryRows,
      closing: bal,
      layout:
        'CSV; mm/dd/yyyy (an American package); Deposit/Withdrawal; a dated Beginning Balance row and an undated Report Total row',
      readOptions: {
        currency: 'GHS',
        dateOrder: 'MDY',
        mapping: {
          date: 'Date',
          reference: 'Ref No',
          party: 'Payee/Payer',
          description: 'Description',
          moneyIn: 'Deposit',
          moneyOut: 'Withdrawal',
          balance: 'Balance',
        },
      },
    };
  }
  if (S.country === 'KE') {
    const pre = [
      ['Nominal Ledger Transactions'],
      ['Kipipiri Dairy Farmers Co-operative Society Ltd'],
      ['Account 1230 Transnational Bank Current'],
      [],
    ];
    const header = ['Date', 'No.', 'Ref. No.', 'Customer/Supplier', 'Comment', 'Debit', 'Credit', 'Balance'];
    const headerRow = pre.length + 1;
    const body = [[S.cal.from, '', '', '', 'Opening Balance', '', '', dec(opening)]];
    nonEntryRows.push({ row: headerRow + 1, why: 'opening balance, not an entry' });
    let bal = opening;
    rows.forEach((r, i) => {
      bal += r.amt;
      r.row = headerRow + 2 + i;
      body.push([
        r.date,
        String(31000 + i),
        r.ref,
        r.party,
        r.desc,
        r.amt > 0 ? dec(r.amt) : '',
        r.amt < 0 ? dec(-r.amt) : '',
        dec(bal),
      ]);
    });
    return {
      bytes: csv([...pre, header, ...body], ';'),
      headerRow,
      nonEntryRows,
      closing: bal,
      layout:
        'CSV separated by semicolons; yyyy-mm-dd; Debit (money in) / Credit (money out); a dated Opening Balance row',
      readOptions: {
        currency: 'KES',
        mapping: {
          date: 'Date',
          reference: 'Ref. No.',
          party: 'Customer/Supplier',
          description: 'Comment',
          moneyIn: 'Debit',
          moneyOut: 'Credit',
          balance: 'Balance',
        },
      },
    };
  }
  const pre = [
    ['Kwela Tickets (Pty) Ltd'],
    ['GL Account Activity: 1010 Postbank Business'],
    ['Generated from Accounting Seed'],
    [],
  ];
  const header = ['Date', 'Transaction Name', 'GL Account', 'Account', 'Reference', 'Description', 'Amount'];
  const headerRow = pre.length + 1;
  const body = [];
  let bal = opening;
  rows.forEach((r, i) => {
    bal += r.amt;
    r.row = headerRow + 1 + i;
    body.push([
      dcell(r.date, 'd/m/yyyy'),
      `TR-${String(88000 + i)}`,
      '1010 Postbank Business',
      r.party || null,
      r.ref || null,
      r.desc,
      num(r.amt),
    ]);
  });
  body.push([null, null, null, null, null, 'Grand Total', num(bal - opening)]);
  nonEntryRows.push({ row: headerRow + 1 + rows.length, why: 'undated Grand Total of the amounts' });
  return {
    bytes: xlsx('Report', [...pre, header, ...body]),
    headerRow,
    nonEntryRows,
    closing: bal,
    layout:
      'XLSX sheet "Report"; date cells shown d/m/yyyy; one signed Amount; no balance column; an undated Grand Total row',
    readOptions: {
      currency: 'ZAR',
      sheet: 'Report',
      mapping: { date: 'Date', reference: 'Reference', party: 'Account', description: 'Description', amount: 'Amount' },
    },
  };
}

// ---------- build, check, write ----------
const fmt = async (obj) =>
  prettier.format(JSON.stringify(obj), { parser: 'json', singleQuote: true, printWidth: 120, trailingComma: 'all' });
const rowText = (r) => [r.desc, r.ref, r.party].join(' ');
const lineText = (l) => [l.text, l.ref].join(' ');

function check(S, lines, rows, ledgerOnly) {
  const fail = (m) => {
    throw new Error(`${S.set}: ${m}`);
  };
  const owned = new Map();
  const own = (r, who) => owned.set(r, [...(owned.get(r) ?? []), who]);
  for (const l of lines) {
    const x = l.x;
    if (!x) fail(`line "${l.text}" undecided`);
    if (x.decision === 'auto' || x.decision === 'suggest') {
      const opts = x.anyOf ?? [x.rows];
      let best = 'amount';
      for (const set of opts)
        for (const r of set) {
          const e = evidenceOf(lineText(l), rowText(r));
          if (RANK[e] > RANK[best]) best = e;
        }
      // for a many-to-one group the strongest line speaks for the group; each line is still checked on its own
      if (best !== x.ev) fail(`line "${l.text}": evidence ${best}, meant ${x.ev}`);
      if (x.decision === 'auto' && best === 'amount') fail(`auto on amount alone: ${l.text}`);
      const sameAmt = rows.filter((r) => r.amt === l.amt && !opts.flat().includes(r));
      if (best === 'reference' && sameAmt.some((r) => evidenceOf(lineText(l), rowText(r)) === 'reference'))
        fail(`shared reference: ${l.text}`);
      if (x.decision === 'auto' && sameAmt.some((r) => evidenceOf(lineText(l), rowText(r)) !== 'amount'))
        fail(`name-only ambiguous: ${l.text}`);
      if (x.diff !== undefined) {
        const sum = x.rows.reduce((s, r) => s + r.amt, 0);
        const grp = x.group ? lines.filter((o) => o.x?.group === x.group).reduce((s, o) => s + o.amt, 0) : l.amt;
        if (grp - sum !== x.diff) fail(`difference ${grp - sum} ≠ ${x.diff}: ${l.text}`);
        if (Math.abs(x.diff) * 10 > Math.abs(sum)) fail(`difference over 10 %: ${l.text}`);
      } else if (x.decision === 'auto' && !x.anyOf) {
        const sum = x.rows.reduce((s, r) => s + r.amt, 0);
        const grp = x.group ? lines.filter((o) => o.x?.group === x.group).reduce((s, o) => s + o.amt, 0) : l.amt;
        if (grp !== sum) fail(`auto without difference does not add up: ${l.text}`);
      }
      const who = x.anyOf
        ? `options ${opts
            .flat()
            .map((r) => r.seq)
            .join(',')}`
        : `line ${l.seq}`;
      for (const r of opts.flat()) if (!x.group || lines.find((o) => o.x?.group === x.group) === l) own(r, who);
    } else if (x.decision === 'none' || x.decision === 'bank-only') {
      const same = rows.filter((r) => r.amt === l.amt);
      const decoyOk = x.traits?.includes('decoy') && same.every((r) => ledgerOnly.some((o) => o.r === r));
      if (same.length && !decoyOk) fail(`${x.decision} line with a book row of its amount: ${l.text}`);
      if (x.traits?.includes('decoy') && !same.length) fail(`decoy without its row: ${l.text}`);
    } else if (x.decision === 'reversal-pair') {
      if (x.partner.x.partner !== l || x.partner.amt !== -l.amt) fail(`reversal partner: ${l.text}`);
    }
  }
  for (const o of ledgerOnly) own(o.r, 'ledgerOnly');
  // the twins and ties name the same rows from each line: count the option sets once
  for (const r of rows) {
    const who = new Set(owned.get(r) ?? []);
    if (who.size !== 1) fail(`book row "${r.desc}" owned by ${who.size} (${[...who].join(' | ')})`);
  }
}

for (const [S, ym] of SETS.map((S, i) => [
  S,
  [
    [2031, 10],
    [2031, 8],
    [2031, 9],
    [2031, 4],
  ][i],
]))
  S.cal = calendar(ym[0], ym[1], S.holidays);
const ref = (file, x) => ({ file, row: x.row, date: x.date, amount: dec(x.amt) });
const index = {
  corpus: 'holdout46',
  seed: SEED,
  generator: 'bench/corpus/holdout46-tools/make-holdout46.mjs',
  validator: 'bench/corpus/holdout46-tools/validate-holdout46.mjs',
  sets: [],
};

for (const [i, S] of SETS.entries()) {
  const seed = SEED + i * 7919;
  const { b, lines, rows, ledgerOnly } = month(mulberry32(seed));
  const days = S.cal.days;
  const n = days.length;
  const { lastMonth } = S.build(b, n);
  const at = (d) => days[Math.min(n - 1, Math.max(0, d))];
  for (const l of lines) l.date = at(l.day);
  for (const r of rows) r.date = at(r.day);
  lines.sort((a, c) => a.date.localeCompare(c.date) || a.seq - c.seq);
  rows.sort((a, c) => a.date.localeCompare(c.date) || a.seq - c.seq);
  let bal = S.opening;
  for (const l of lines) {
    bal += l.amt;
    if (bal < 0) throw new Error(`${S.set}: overdrawn at ${l.text}`);
    l.balance = bal;
  }
  check(S, lines, rows, ledgerOnly);
  if (lines.length < 50 || lines.length > 90) throw new Error(`${S.set}: ${lines.length} lines`);
  const dir = join(OUT, S.set);
  mkdirSync(dir, { recursive: true });
  const bl = bankLayout(S, lines, S.opening);
  const bookOpening = S.opening - lastMonth; // the books paid last month's item last month
  const ll = ledgerLayout(S, rows, bookOpening);
  writeFileSync(join(dir, S.bankFile), bl.bytes);
  writeFileSync(join(dir, S.ledgerFile), ll.bytes);
  const decisions = {};
  const kinds = {};
  const bank = lines.map((l) => {
    const x = l.x;
    decisions[x.decision] = (decisions[x.decision] ?? 0) + 1;
    if (x.kind) kinds[x.kind] = (kinds[x.kind] ?? 0) + 1;
    const e = {
      ref: { file: S.bankFile, row: l.row, date: l.date, amount: dec(l.amt), text: l.text, reference: l.ref },
      expect: {
        auto: 'match',
        suggest: 'match',
        none: 'no-counterpart',
        'bank-only': 'bank-only',
        'reversal-pair': 'reversal-pair',
      }[x.decision],
      decision: x.decision,
      ledger: x.rows ? x.rows.map((r) => ref(S.ledgerFile, r)) : x.anyOf ? null : [],
      group: x.group ?? null,
      ambiguous: Boolean(x.ambiguous),
      partner: x.partner
        ? {
            file: S.bankFile,
            row: x.partner.row,
            date: x.partner.date,
            amount: dec(x.partner.amt),
            text: x.partner.text,
            reference: x.partner.ref,
          }
        : null,
      traits: x.traits ?? [],
      evidence: x.ev ?? null,
      kind: x.kind ?? null,
    };
    if (x.anyOf) e.ledgerAnyOf = x.anyOf.map((set) => set.map((r) => ref(S.ledgerFile, r)));
    if (x.decision === 'suggest') e.mustNotAuto = Boolean(x.mustNotAuto);
    if (x.diff !== undefined) e.difference = dec(x.diff);
    return e;
  });
  const truth = {
    set: S.set,
    country: S.country,
    currency: S.currency,
    timezone: S.timezone,
    period: { from: S.cal.from, to: S.cal.to },
    seed,
    publicHolidays: S.holidays,
    bankFiles: [
      {
        file: S.bankFile,
        bank: S.bank,
        headerRow: bl.headerRow,
        layout: bl.layout,
        order: 'oldest-first',
        ledgerAccount: S.ledgerAccount,
        readOptions: bl.readOptions,
        openingBalance: dec(S.opening),
        closingBalance: dec(bal),
      },
    ],
    ledgerFiles: [
      {
        file: S.ledgerFile,
        package: S.package,
        headerRow: ll.headerRow,
        layout: ll.layout,
        readOptions: ll.readOptions,
        nonEntryRows: ll.nonEntryRows,
        openingBalance: dec(bookOpening),
        closingBalance: dec(ll.closing),
      },
    ],
    bank,
    ledgerOnly: ledgerOnly.map((o) => ({ ...ref(S.ledgerFile, o.r), why: o.why })),
    notes: [
      `${S.business}. All businesses, people and numbers are invented.`,
      'Most book rows are 0–3 working days before their bank line; invoices, ties, part-paid and multi-row items are up to three weeks before; statement charges stand right below the line they belong to.',
      'The books open below the bank by last month’s payment, which the bank moves on the first working day (decision none).',
    ],
  };
  writeFileSync(join(dir, 'truth.json'), await fmt(truth));
  const doc = {
    options: { timezone: S.timezone },
    statement: { from: S.cal.from, to: S.cal.to, bankBalance: dec(bal), bookBalance: dec(ll.closing) },
    bank: lines.map((l) => ({
      id: `${S.bankFile}#${l.row}`,
      date: l.date,
      amount: dec(l.amt),
      currency: S.currency,
      narration: l.text,
      reference: l.ref || null,
      counterparty: null,
      balance: dec(l.balance),
    })),
    ledger: rows.map((r) => ({
      id: `${S.ledgerFile}#${r.row}`,
      date: r.date,
      amount: dec(r.amt),
      currency: S.currency,
      description: r.desc,
      reference: r.ref || null,
      party: r.party || null,
      account: S.ledgerAccount,
    })),
  };
  writeFileSync(join(dir, `reconcile.${S.bankFile}.json`), await fmt(doc));
  const auto = bank.filter((e) => e.decision === 'auto');
  index.sets.push({
    set: S.set,
    country: S.country,
    currency: S.currency,
    period: truth.period,
    bank: S.bank,
    package: S.package,
    business: S.business,
    bankFiles: [S.bankFile],
    ledgerFiles: [S.ledgerFile],
    bankLines: lines.length,
    ledgerRows: rows.length,
    decisions,
    mustNotAuto: bank.filter((e) => e.mustNotAuto).length,
    autoWithDifference: auto.filter((e) => e.difference).length,
    ledgerOnly: ledgerOnly.length,
    matched: bank.filter((e) => e.expect === 'match').length,
    matchedWithoutReference: bank.filter((e) => e.expect === 'match' && e.evidence !== 'reference').length,
    bankOnlyKinds: kinds,
    reversalPairs: bank.filter((e) => e.decision === 'reversal-pair').length / 2,
  });
  console.log(`${S.set}: ${lines.length} bank lines, ${rows.length} book rows`);
}
writeFileSync(join(OUT, 'index.json'), await fmt(index));
