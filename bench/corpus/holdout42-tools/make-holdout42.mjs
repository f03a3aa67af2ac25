// Writes bench/corpus/holdout42: four month-long sets (statement, ledger export, truth, reconcile document) and
// index.json, from one seed. Refuses a set whose truth its own cells do not bear out.
//   node bench/corpus/holdout42-tools/make-holdout42.mjs [--out DIR]     (seed: BANKFEED_CORPUS_SEED, default 20424242)
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildMonth } from './events42.mjs';
import { LAYOUTS } from './layouts42.mjs';
import { dec, evidenceOf, isoOf, prettyJson, rng, workingDays } from './lib42.mjs';
import { SETS } from './sets42.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const outArg = process.argv.indexOf('--out');
const outDir = outArg > 0 ? resolve(process.argv[outArg + 1]) : resolve(here, '../holdout42');
const seed = Number(process.env.BANKFEED_CORPUS_SEED ?? 20424242);
console.log(`holdout42 seed ${seed} → ${outDir}`);

const PACKAGES = {
  NG: 'Yayoi Kaikei (弥生会計: 帳簿・伝票 → 総勘定元帳 of 普通預金 / NPF MFB NGN, exported to Excel, Japanese interface)',
  GH: 'MISA SME (Ngân hàng → Sổ tiền gửi ngân hàng of account 1121 Kintampo Rural Bank GHS, exported to Excel, Vietnamese interface)',
  KE: 'Hashavshevet (חשבשבת: דוחות → כרטסת הנהלת חשבונות of account 10040 Muungano MFB KES, exported to Excel, Hebrew interface)',
  ZA: 'Lexware buchhaltung (Berichte → Kontenblatt of Sachkonto 1810 Commerzbank JHB ZAR, exported to CSV, German interface)',
};
const BANKS = {
  NG: 'NPF Microfinance Bank Plc',
  GH: 'Kintampo Rural Bank PLC',
  KE: 'Muungano Microfinance Bank PLC',
  ZA: 'Commerzbank AG, Johannesburg Branch',
};
const LEDGER_ACCOUNT = { NG: '普通預金 NPF MFB', GH: '1121', KE: '10040', ZA: '1810' };
const ACCT_DIGITS = { NG: 10, GH: 13, KE: 14, ZA: 11 };

/** Contra accounts as each package's chart names them. */
const CONTRA = {
  NG: {
    in: '売掛金',
    out: '買掛金',
    sales: '売上高',
    fee: '支払手数料',
    payroll: '給料手当',
    statutory: '預り金',
    utility: '水道光熱費',
    own: '普通預金',
    haulage: '荷造運賃',
  },
  GH: {
    in: '131',
    out: '331',
    sales: '5111',
    fee: '6428',
    payroll: '334',
    statutory: '3335',
    utility: '6427',
    own: '1122',
    haulage: '6417',
  },
  KE: {
    in: '30010',
    out: '60020',
    sales: '40100',
    fee: '81500',
    payroll: '71000',
    statutory: '52000',
    utility: '82000',
    own: '10050',
    haulage: '81200',
  },
  ZA: {
    in: '10000',
    out: '70000',
    sales: '4400',
    fee: '6855',
    payroll: '6000',
    statutory: '3730',
    utility: '6325',
    own: '1820',
    haulage: '6740',
  },
};

function fail(set, msg) {
  throw new Error(`${set}: ${msg}`);
}

/** Blocks (a line and the charges right below it) in date order, month-end charges last. */
function ordered(lines) {
  const blocks = [];
  for (const l of lines) {
    if (l.decision === 'bank-only' && !l.monthEnd && blocks.length && l.day === blocks.at(-1)[0].day)
      blocks.at(-1).push(l);
    else blocks.push([l]);
  }
  return blocks
    .map((b, i) => ({ b, i }))
    .sort((x, y) => x.b[0].day - y.b[0].day || (x.b[0].monthEnd ? 1 : 0) - (y.b[0].monthEnd ? 1 : 0) || x.i - y.i)
    .flatMap((x) => x.b);
}

async function makeSet(i) {
  const r = rng(seed + i * 7919);
  const S = SETS[i](r);
  const wd = workingDays(S.period.from, S.period.to, S.publicHolidays);
  const month = buildMonth(S, r, wd);
  const C = CONTRA[S.country];
  const parties = new Map();
  for (const x of month.rows) {
    if (!S.refColumn) x.ref = null;
    const tag = x.tag ?? (x.amount > 0 ? 'in' : 'out');
    if (S.country === 'ZA' && (tag === 'in' || tag === 'out')) {
      if (!parties.has(x.party)) parties.set(x.party, parties.size + 1);
      x.contra = String(Number(C[tag]) + parties.get(x.party));
    } else x.contra = C[tag];
    if (S.partyColumn === false) x.party = null;
  }
  const lines = ordered(month.lines);
  const rows = month.rows
    .map((x, k) => ({ x, k }))
    .sort((a, b) => a.x.day - b.x.day || a.k - b.k)
    .map((a) => a.x);

  // balances: no overdraft on either side; the books' opening is the bank's less last month's item the bank pays now
  const lowest = (items, open) => {
    let b = open;
    let lo = open;
    for (const x of items) lo = Math.min(lo, (b += x.amount));
    return lo;
  };
  let bankOpening = r.int(30000, 60000) * Math.round(S.scale * 100) + r.int(0, 99);
  const prior = S.priorMinor;
  for (;;) {
    const ok = lowest(lines, bankOpening) > 0 && lowest(rows, bankOpening - prior) > 0;
    if (ok) break;
    bankOpening += 5000 * Math.round(S.scale * 100);
  }
  const bookOpening = bankOpening - prior;
  const sum = (xs) => xs.reduce((a, x) => a + x.amount, 0);
  const m = {
    lines,
    rows,
    acct: r.digits(ACCT_DIGITS[S.country]),
    bankOpening,
    bankClosing: bankOpening + sum(lines),
    bookOpening,
    bookClosing: bookOpening + sum(rows),
  };
  const [bankLayout, ledgerLayout] = LAYOUTS[S.country];
  const B = bankLayout(m);
  const L = ledgerLayout(m);

  // ---- checks: the truth must be borne out by the cells
  const days = new Set(wd);
  for (const l of lines) if (!days.has(l.day)) fail(S.set, `line on a non-working day ${isoOf(l.day)}: ${l.text}`);
  for (const x of rows) if (!days.has(x.day)) fail(S.set, `row on a non-working day ${isoOf(x.day)}: ${x.desc}`);
  if (lines.length < 55 || lines.length > 120) fail(S.set, `${lines.length} lines`);
  const owned = new Map();
  const own = (x, by) => {
    if (owned.has(x) && owned.get(x) !== by) fail(S.set, `row owned twice: ${x.desc}`);
    owned.set(x, by);
  };
  const groups = new Map();
  for (const l of lines) {
    if (l.decision === 'auto' || l.decision === 'suggest') {
      const opts = l.anyOf ?? [l.rows];
      for (const o of opts) for (const x of o) own(x, l.group ?? (l.anyOf ? opts[0][0] : l));
      for (const o of opts) {
        const ev = evidenceOf(l.text, l.ref, o);
        if (ev !== l.evidence)
          fail(S.set, `evidence ${ev}, meant ${l.evidence}: ${l.text} ↔ ${o.map((x) => x.desc).join(' | ')}`);
      }
      if (l.decision === 'auto' && l.evidence === 'amount') fail(S.set, `auto on amount alone: ${l.text}`);
      if (l.decision === 'auto' && l.evidence !== 'reference') {
        const others = rows.filter((x) => x.amount === l.amount && !opts.flat().includes(x));
        if (others.length) fail(S.set, `auto without reference has a rival of its amount: ${l.text}`);
      }
      if (l.group) {
        if (!groups.has(l.group)) groups.set(l.group, { lines: [], rows: l.rows });
        groups.get(l.group).lines.push(l);
      } else if (!l.anyOf) {
        const diff = l.amount - sum(l.rows);
        if (l.decision === 'auto') {
          if ((diff !== 0) !== (l.difference !== undefined)) fail(S.set, `difference unstated: ${l.text}`);
          if (diff !== 0 && diff !== l.difference) fail(S.set, `difference wrong: ${l.text}`);
          if (diff > 0 && !l.traits.includes('over-payment')) fail(S.set, `positive difference without over-payment`);
          if (diff < 0 && !l.traits.some((t) => t.startsWith('short-')))
            fail(S.set, `negative difference without short-*`);
          if (Math.abs(diff) * 10 > Math.abs(sum(l.rows))) fail(S.set, `difference over 10 %: ${l.text}`);
        } else if (
          diff !== 0 &&
          !l.traits.some((t) => ['part-payment', 'short-net-of-fee', 'books-amount-transposed'].includes(t))
        )
          fail(S.set, `suggestion of another amount without a reason: ${l.text}`);
      }
    } else {
      if (rows.some((x) => x.amount === l.amount) && l.decision !== 'reversal-pair')
        fail(S.set, `${l.decision} line has a book row of its amount: ${l.text}`);
      if (l.decision === 'reversal-pair' && l.partner.partner !== l) fail(S.set, 'reversal partners');
      if (l.decision === 'reversal-pair' && l.partner.amount !== -l.amount)
        fail(S.set, 'reversal pair does not cancel');
    }
  }
  for (const [g, v] of groups) if (sum(v.lines) !== sum(v.rows)) fail(S.set, `group ${g} does not sum to its row`);
  for (const x of rows) if (!owned.has(x) && !x.only) fail(S.set, `row owned by nothing: ${x.desc}`);
  for (const x of rows) if (owned.has(x) && x.only) fail(S.set, `ledger-only row is matched: ${x.desc}`);

  // ---- truth
  const bref = (l) => ({
    file: B.file,
    row: B.rowOf.get(l),
    date: isoOf(l.day),
    amount: dec(l.amount),
    text: l.text,
    ...(l.ref ? { reference: l.ref } : {}),
  });
  const lref = (x) => ({ file: L.file, row: L.rowOf.get(x), date: isoOf(x.day), amount: dec(x.amount) });
  const expectOf = {
    auto: 'match',
    suggest: 'match',
    'bank-only': 'bank-only',
    'reversal-pair': 'reversal-pair',
    none: 'no-counterpart',
  };
  const bank = lines.map((l) => {
    const matched = l.decision === 'auto' || l.decision === 'suggest';
    const t = {
      ref: bref(l),
      expect: expectOf[l.decision],
      decision: l.decision,
      ledger: matched && !l.anyOf ? l.rows.map(lref) : null,
      group: l.group ?? null,
      evidence: matched ? l.evidence : null,
      ambiguous: Boolean(l.anyOf),
      kind: l.kind ?? null,
      partner: l.partner ? bref(l.partner) : null,
      traits: l.traits,
    };
    if (l.decision === 'suggest') t.mustNotAuto = l.mustNotAuto;
    if (l.anyOf) t.ledgerAnyOf = l.anyOf.map((o) => o.map(lref));
    if (l.decision === 'auto' && l.difference !== undefined) t.difference = dec(l.difference);
    return t;
  });
  const ledgerOnly = rows.filter((x) => x.only).map((x) => ({ ...lref(x), why: x.only }));
  const truth = {
    set: S.set,
    country: S.country,
    currency: S.currency,
    timezone: S.timezone,
    period: S.period,
    publicHolidays: S.publicHolidays,
    seed: seed + i * 7919,
    notes: [
      'Blind: written from the bookkeeping of the month, not from any engine behaviour (README.holdout42.md).',
      `The books' opening balance is the bank's less ${dec(prior)}: last month's item the bank pays this month (decision none).`,
      'evidence is what the cells mechanically carry (the rule in README.holdout42.md), not how sure a person is.',
    ],
    bankFiles: [
      {
        file: B.file,
        bank: BANKS[S.country],
        headerRow: B.headerRow,
        ledgerAccount: LEDGER_ACCOUNT[S.country],
        readOptions: B.readOptions,
        order: 'oldest-first',
        layout: B.layout,
        openingBalance: dec(m.bankOpening),
        closingBalance: dec(m.bankClosing),
        ...(B.nonEntryRows.length ? { nonEntryRows: B.nonEntryRows } : {}),
      },
    ],
    ledgerFiles: [
      {
        file: L.file,
        package: PACKAGES[S.country],
        headerRow: L.headerRow,
        readOptions: L.readOptions,
        layout: L.layout,
        openingBalance: dec(m.bookOpening),
        closingBalance: dec(m.bookClosing),
        nonEntryRows: L.nonEntryRows,
      },
    ],
    bank,
    ledgerOnly,
  };
  const doc = {
    options: { timezone: S.timezone },
    bank: lines.map((l, k) => ({
      id: `${B.file}#${B.rowOf.get(l)}`,
      date: isoOf(l.day),
      amount: dec(l.amount),
      currency: S.currency,
      narration: l.text,
      reference: l.ref || null,
      counterparty: null,
      balance: dec(m.bankOpening + sum(lines.slice(0, k + 1))),
    })),
    ledger: rows.map((x) => ({
      id: `${L.file}#${L.rowOf.get(x)}`,
      date: isoOf(x.day),
      amount: dec(x.amount),
      currency: S.currency,
      reference: x.ref ?? null,
      description: x.desc,
      party: x.party ?? null,
      account: LEDGER_ACCOUNT[S.country],
    })),
    statement: {
      from: S.period.from,
      to: S.period.to,
      bankBalance: dec(m.bankClosing),
      bookBalance: dec(m.bookClosing),
    },
  };

  const dir = join(outDir, S.set);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, B.file), B.bytes);
  writeFileSync(join(dir, L.file), L.bytes);
  writeFileSync(join(dir, 'truth.json'), await prettyJson(truth, here));
  writeFileSync(join(dir, `reconcile.${B.file}.json`), await prettyJson(doc, here));

  const count = (d) => bank.filter((b) => b.decision === d).length;
  const matched = bank.filter((b) => b.expect === 'match');
  return {
    set: S.set,
    country: S.country,
    currency: S.currency,
    period: S.period,
    bank: BANKS[S.country],
    package: PACKAGES[S.country],
    bankFiles: [B.file],
    ledgerFiles: [L.file],
    bankLines: bank.length,
    ledgerRows: rows.length,
    decisions: {
      auto: count('auto'),
      suggest: count('suggest'),
      'bank-only': count('bank-only'),
      none: count('none'),
      'reversal-pair': count('reversal-pair'),
    },
    mustNotAuto: bank.filter((b) => b.mustNotAuto === true).length,
    autoWithDifference: bank.filter((b) => b.difference !== undefined).length,
    ledgerOnly: ledgerOnly.length,
    matched: matched.length,
    matchedWithoutReference: matched.filter((b) => b.evidence !== 'reference').length,
  };
}

const sets = [];
for (let i = 0; i < SETS.length; i++) sets.push(await makeSet(i));
mkdirSync(outDir, { recursive: true });
const index = {
  corpus: 'holdout42',
  seed,
  generator: 'bench/corpus/holdout42-tools/make-holdout42.mjs',
  validator: 'bench/corpus/holdout42-tools/validate-holdout42.mjs',
  sets,
};
writeFileSync(join(outDir, 'index.json'), await prettyJson(index, here));
for (const s of sets)
  console.log(`${s.set}: ${s.bankLines} lines, ${s.ledgerRows} rows, ${JSON.stringify(s.decisions)}`);
