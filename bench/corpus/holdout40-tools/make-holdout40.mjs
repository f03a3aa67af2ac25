#!/usr/bin/env node
// holdout40: four blind month-long sets (NG, GH, KE, ZA). Writes each set's bank statement, ledger export,
// truth.json and reconcile document, and index.json; refuses a set whose truth its own cells do not bear out.
//   node bench/corpus/holdout40-tools/make-holdout40.mjs [--out DIR]     (seed: BANKFEED_CORPUS_SEED)
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, dec, evidenceOf, isWorking, makeRng, prettyJson } from './lib40.mjs';
import { Month, tradeMonth } from './events40.mjs';
import { SETS } from './sets40.mjs';
import { LAYOUTS } from './layouts40.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const DEFAULT_SEED = 20404040;
const seed = Number(process.env.BANKFEED_CORPUS_SEED ?? DEFAULT_SEED);
const outAt = process.argv.indexOf('--out');
const out = outAt > 0 ? process.argv[outAt + 1] : join(here, '..', 'holdout40');

const EXPECT = {
  auto: 'match',
  suggest: 'match',
  none: 'no-counterpart',
  'bank-only': 'bank-only',
  'reversal-pair': 'reversal-pair',
};

function balances(S, m, lastMonthAmount, rng) {
  let run = 0;
  let minBank = 0;
  for (const l of m.lines) minBank = Math.min(minBank, (run += l.amount));
  run = 0;
  let minBook = 0;
  for (const r of m.rows) minBook = Math.min(minBook, (run += r.amount));
  const cushion = rng.int(S.scale.bill[0], S.scale.bill[1]);
  const bankOpen = Math.max(-minBank, -minBook + lastMonthAmount) + cushion;
  const bookOpen = bankOpen - lastMonthAmount;
  run = bankOpen;
  for (const l of m.lines) l.balance = run += l.amount;
  const bankClose = run;
  run = bookOpen;
  for (const r of m.rows) r.balance = run += r.amount;
  const bookClose = run;
  // the year's sums before this month (a ledger's 누계 row): nine months of about this month's turnover
  const monthIn = m.rows.reduce((s, r) => s + Math.max(r.amount, 0), 0);
  const ytdDebit = monthIn * 9 + rng.int(0, monthIn);
  const yearStart = rng.int(S.scale.bill[0], S.scale.bill[1]);
  const ytdCredit = ytdDebit + yearStart - bookOpen;
  if (ytdCredit <= 0) throw new Error(`${S.id}: year-to-date sums do not fit`);
  return { bankOpen, bankClose, bookOpen, bookClose, ytdDebit, ytdCredit };
}

const sumRows = (rows) => rows.reduce((s, r) => s + r.amount, 0);

/** the checks the set must pass before anything is written (README "Commands") */
function check(S, m, files) {
  const fail = (msg) => {
    throw new Error(`${S.id}: ${msg}`);
  };
  const bankCells = (l) => [files.bank.narration(l), l.ref];
  const bookCells = (rows) => rows.flatMap((r) => [r.doc, r.desc, r.party]);
  const owners = new Map(m.rows.map((r) => [r, new Set()]));
  const own = (r, key) => {
    if (!owners.has(r)) fail('a truth row that is not in the books');
    owners.get(r).add(key);
  };
  if (m.lines.length < 55 || m.lines.length > 120) fail(`${m.lines.length} bank lines`);
  const groups = new Map();
  m.lines.forEach((l, i) => {
    const t = l.t;
    if (!t) fail(`line ${i} (${l.text}) undecided`);
    const where = `line ${i} (${l.text})`;
    if (!isWorking(l.date, S.holidays) || l.date < S.from || l.date > S.to) fail(`${where} not on a working day`);
    if (l.balance < 0) fail(`${where}: overdraft`);
    if (t.decision === 'bank-only' && !t.kind) fail(`${where}: bank-only without kind`);
    if (t.decision !== 'bank-only' && t.kind) fail(`${where}: kind off bank-only`);
    if ((t.decision === 'none' || t.decision === 'bank-only') && m.rows.some((r) => r.amount === l.amount))
      fail(`${where}: a book row of the amount of a ${t.decision} line`);
    if (t.decision === 'reversal-pair') {
      if (!t.partner || t.partner.t.partner !== l || t.partner.amount !== -l.amount) fail(`${where}: reversal pair`);
      return;
    }
    if (t.decision !== 'auto' && t.decision !== 'suggest') return;
    if (t.decision === 'auto' && t.evidence === 'amount') fail(`${where}: auto on amount alone`);
    if (t.mustNotAuto !== undefined && t.decision !== 'suggest') fail(`${where}: mustNotAuto off a suggestion`);
    if (t.decision === 'suggest' && t.mustNotAuto === undefined) fail(`${where}: suggestion without mustNotAuto`);
    const options = t.anyOf ?? [t.rows];
    if (t.anyOf) {
      if (!t.traits.includes('twins') && !t.traits.includes('tie')) fail(`${where}: options without twins or tie`);
      if (t.traits.includes('tie') && !(t.decision === 'suggest' && t.mustNotAuto === true)) fail(`${where}: tie`);
      if (t.traits.includes('twins') && t.decision !== 'auto') fail(`${where}: twins not auto`);
      const key = `anyOf:${t.anyOf
        .flat()
        .map((r) => r.seq)
        .sort()
        .join(',')}`;
      for (const r of t.anyOf.flat()) own(r, key);
    } else {
      if (!t.rows.length) fail(`${where}: a match without rows`);
      for (const r of t.rows) own(r, t.group ? `group:${t.group}` : `line:${i}`);
    }
    for (const rows of options) {
      const ev = evidenceOf(bankCells(l), bookCells(rows));
      if (ev !== t.evidence) fail(`${where}: evidence ${t.evidence} but the cells carry ${ev}`);
    }
    if (t.evidence !== 'reference' && t.decision === 'auto') {
      const mine = new Set(options.flat());
      if (m.rows.some((r) => !mine.has(r) && r.amount === l.amount)) fail(`${where}: another book row of its amount`);
    }
    if (t.group) {
      const g = groups.get(t.group) ?? { lines: [], rows: t.rows };
      g.lines.push(l);
      groups.set(t.group, g);
      if (t.difference !== undefined) fail(`${where}: a difference on a group line`);
      return;
    }
    for (const rows of options) {
      const diff = l.amount - sumRows(rows);
      if (t.decision === 'auto') {
        if ((t.difference ?? 0) !== diff) fail(`${where}: difference ${t.difference} but bank − books = ${diff}`);
        if (diff !== 0 && Math.abs(diff) * 10 > Math.abs(sumRows(rows))) fail(`${where}: difference over 10 %`);
        if (diff > 0 && !t.traits.includes('over-payment')) fail(`${where}: positive difference without over-payment`);
        if (diff < 0 && !t.traits.some((x) => x.startsWith('short-'))) fail(`${where}: negative difference not short`);
      } else if (diff !== 0) {
        if (!t.traits.some((x) => ['part-payment', 'short-net-of-fee', 'books-amount-transposed'].includes(x)))
          fail(`${where}: a suggestion of another amount without its reason`);
      }
    }
  });
  for (const [id, g] of groups)
    if (g.lines.reduce((s, l) => s + l.amount, 0) !== sumRows(g.rows)) fail(`group ${id} does not sum to its rows`);
  for (const r of m.rows) {
    if (r.ledgerOnly) own(r, 'ledgerOnly');
    if (owners.get(r).size !== 1) fail(`book row ${r.desc} owned ${owners.get(r).size} times`);
    if (!isWorking(r.date, S.holidays) || r.date < S.from || r.date > S.to) fail(`row ${r.desc} not on a working day`);
    if (r.balance < 0) fail(`row ${r.desc}: overdraft in the books`);
  }
}

function truthOf(S, m, files, setSeed, bal) {
  const bf = files.bank;
  const lf = files.ledger;
  const bref = (l) => ({
    file: bf.file,
    row: bf.rowOf.get(l),
    date: l.date,
    amount: dec(l.amount),
    text: bf.narration(l),
    ...(l.ref ? { reference: l.ref } : {}),
  });
  const lref = (r) => ({ file: lf.file, row: lf.rowOf.get(r), date: r.date, amount: dec(r.amount) });
  const groupIds = new Map();
  const bank = m.lines.map((l) => {
    const t = l.t;
    const matched = t.decision === 'auto' || t.decision === 'suggest';
    if (t.group && !groupIds.has(t.group)) groupIds.set(t.group, `g${groupIds.size + 1}`);
    return {
      ref: bref(l),
      expect: EXPECT[t.decision],
      decision: t.decision,
      ledger: matched && !t.anyOf ? t.rows.map(lref) : null,
      ...(t.anyOf ? { ledgerAnyOf: t.anyOf.map((o) => o.map(lref)) } : {}),
      group: t.group ? groupIds.get(t.group) : null,
      evidence: matched ? t.evidence : null,
      ambiguous: !!t.anyOf,
      kind: t.kind ?? null,
      partner: t.partner ? bref(t.partner) : null,
      traits: t.traits,
      ...(t.difference !== undefined ? { difference: dec(t.difference) } : {}),
      ...(t.decision === 'suggest' ? { mustNotAuto: t.mustNotAuto } : {}),
    };
  });
  return {
    set: S.id,
    country: S.country,
    currency: S.currency,
    timezone: S.timezone,
    period: { from: S.from, to: S.to },
    publicHolidays: S.holidays,
    seed: setSeed,
    notes: S.notes,
    bankFiles: [
      {
        file: bf.file,
        bank: bf.bank,
        headerRow: bf.headerRow,
        ledgerAccount: bf.ledgerAccount,
        readOptions: bf.readOptions,
        order: bf.order,
        layout: bf.layout,
        openingBalance: dec(bal.bankOpen),
        closingBalance: dec(bal.bankClose),
        ...(bf.nonEntryRows.length ? { nonEntryRows: bf.nonEntryRows } : {}),
      },
    ],
    ledgerFiles: [
      {
        file: lf.file,
        package: lf.package,
        headerRow: lf.headerRow,
        readOptions: lf.readOptions,
        layout: lf.layout,
        openingBalance: dec(bal.bookOpen),
        closingBalance: dec(bal.bookClose),
        nonEntryRows: lf.nonEntryRows,
      },
    ],
    bank,
    ledgerOnly: m.rows.filter((r) => r.ledgerOnly).map((r) => ({ ...lref(r), why: r.ledgerOnly })),
  };
}

function reconcileOf(S, m, files, bal) {
  const bf = files.bank;
  const lf = files.ledger;
  return {
    options: { timezone: S.timezone },
    bank: m.lines.map((l) => ({
      id: `${bf.file}#${bf.rowOf.get(l)}`,
      date: l.date,
      amount: dec(l.amount),
      currency: S.currency,
      narration: bf.narration(l),
      reference: l.ref || null,
      counterparty: null,
      balance: dec(l.balance),
    })),
    ledger: m.rows.map((r) => ({
      id: `${lf.file}#${lf.rowOf.get(r)}`,
      date: r.date,
      amount: dec(r.amount),
      currency: S.currency,
      reference: r.doc || null,
      description: r.desc,
      party: lf.hasParty ? r.party || null : null,
      account: bf.ledgerAccount,
    })),
    statement: { from: S.from, to: S.to, bankBalance: dec(bal.bankClose), bookBalance: dec(bal.bookClose) },
  };
}

function indexEntry(S, truth, ledgerRows) {
  const count = (d) => truth.bank.filter((b) => b.decision === d).length;
  const matched = truth.bank.filter((b) => b.expect === 'match');
  return {
    set: S.id,
    country: S.country,
    currency: S.currency,
    period: { from: S.from, to: S.to },
    bank: truth.bankFiles[0].bank,
    package: truth.ledgerFiles[0].package,
    bankFiles: [truth.bankFiles[0].file],
    ledgerFiles: [truth.ledgerFiles[0].file],
    bankLines: truth.bank.length,
    ledgerRows,
    decisions: {
      auto: count('auto'),
      suggest: count('suggest'),
      'bank-only': count('bank-only'),
      none: count('none'),
      'reversal-pair': count('reversal-pair'),
    },
    mustNotAuto: truth.bank.filter((b) => b.mustNotAuto === true).length,
    autoWithDifference: truth.bank.filter((b) => b.decision === 'auto' && b.difference !== undefined).length,
    ledgerOnly: truth.ledgerOnly.length,
    matched: matched.length,
    matchedWithoutReference: matched.filter((b) => b.evidence !== 'reference').length,
  };
}

const NOTES = {
  common: [
    "The books' opening balance is the bank's less last month's cheque (ZA: payment) that the bank pays this month.",
    'Bank charges, levies and the taxes on them are not booked: they are bank-only lines.',
    'Statutory payments made in the month are for the month before.',
  ],
};

async function main() {
  console.log(`holdout40 seed ${seed}`);
  const index = {
    corpus: 'holdout40',
    seed,
    generator: 'bench/corpus/holdout40-tools/make-holdout40.mjs',
    validator: 'bench/corpus/holdout40-tools/validate-holdout40.mjs',
    sets: [],
  };
  for (let i = 0; i < SETS.length; i++) {
    const S = SETS[i](seed);
    const setSeed = seed + i * 7919;
    const rng = makeRng(String(setSeed));
    S.rng = rng;
    S.regStart = rng.int(1200, 6800);
    S.prevEnd = addDays(S.from, -1);
    S.notes = [...S.story, ...NOTES.common];
    const m = new Month({ rng, from: S.from, to: S.to, holidays: S.holidays });
    const { lastMonthAmount } = tradeMonth(m, S);
    m.ordered();
    const bal = balances(S, m, lastMonthAmount, rng);
    const files = LAYOUTS[S.country](S, m, bal);
    check(S, m, files);
    const truth = truthOf(S, m, files, setSeed, bal);
    const dir = join(out, S.id);
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, files.bank.file), files.bank.bytes);
    await writeFile(join(dir, files.ledger.file), files.ledger.bytes);
    await writeFile(join(dir, 'truth.json'), await prettyJson(truth));
    await writeFile(join(dir, `reconcile.${files.bank.file}.json`), await prettyJson(reconcileOf(S, m, files, bal)));
    const entry = indexEntry(S, truth, m.rows.length);
    index.sets.push(entry);
    console.log(
      `${S.id}: ${m.lines.length} bank lines, ${m.rows.length} ledger rows, ` +
        Object.entries(entry.decisions)
          .map(([k, v]) => `${k} ${v}`)
          .join(', '),
    );
  }
  await writeFile(join(out, 'index.json'), await prettyJson(index));
}

await main();
