// Writes bench/corpus/holdout30: four month-long sets (statement + ledger export + truth.json + reconcile JSON)
// and index.json. Seeded: BANKFEED_CORPUS_SEED overrides the default; the same seed gives the same bytes.
//   node bench/corpus/holdout30-tools/make-holdout30.mjs [--out DIR]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { calendar, csvText, dec, prettyJson, rngFrom, xlsxBytes } from './lib.mjs';
import { Month, evidenceOf } from './month.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../..');
const DEFAULT_SEED = 20303030;
const seed = process.env.BANKFEED_CORPUS_SEED ? Number(process.env.BANKFEED_CORPUS_SEED) : DEFAULT_SEED;
if (!Number.isInteger(seed)) throw new Error('BANKFEED_CORPUS_SEED must be an integer');
const outArg = process.argv.indexOf('--out');
const outDir = outArg > 0 ? resolve(process.argv[outArg + 1]) : join(repo, 'bench/corpus/holdout30');
console.log(`holdout30: seed ${seed}${seed === DEFAULT_SEED ? ' (default)' : ''} → ${outDir}`);

const SETS = [];
for (const c of (process.env.HOLDOUT30_SETS ?? 'ng,gh,ke,za').split(',')) SETS.push(await import(`./set-${c}.mjs`));
const MATCH = new Set(['auto', 'suggest']);
const EXPECT = {
  auto: 'match',
  suggest: 'match',
  none: 'no-counterpart',
  'bank-only': 'bank-only',
  'reversal-pair': 'reversal-pair',
};

function fail(set, msg) {
  throw new Error(`${set}: ${msg}`);
}

function makeSet(mod, setSeed) {
  const { meta } = mod;
  const rng = rngFrom(setSeed);
  const cal = calendar(meta.year, meta.month, meta.publicHolidays);
  const m = new Month({ rng, cal, currency: meta.currency });
  const built = mod.build(m);
  const { lines, rows } = m.ordered();
  for (const l of lines) if (!l.truth) fail(meta.set, `bank line without a decision: ${l.date} ${l.text}`);
  for (const l of lines)
    if (!cal.working.includes(l.date)) fail(meta.set, `bank line on a non-working day: ${l.date} ${l.text}`);
  for (const r of rows) if (!cal.working.includes(r.date)) fail(meta.set, `book row on a non-working day: ${r.date}`);
  // an opening balance that never lets the account go overdrawn
  let run = 0;
  let min = 0;
  for (const l of lines) {
    run += l.amount;
    min = Math.min(min, run);
  }
  const open = Math.ceil((-min + rng.int(2000000, 9000000) * 100) / 100000) * 100000 + rng.int(0, 99999);
  const close = open + run;
  let bal = open;
  for (const l of lines) l.balance = bal += l.amount;
  const ordered = meta.order === 'newest-first' ? [...lines].reverse() : lines;
  const bank = mod.bankLayout(m, ordered, open, close);
  const bookOpen = open + (built.bookOpeningShift ?? 0);
  const ledger = mod.ledgerLayout(m, rows, built.other ?? [], bookOpen);
  const bookClose = bookOpen + rows.reduce((s, r) => s + r.amount, 0);
  if (ledger.close !== undefined && ledger.close !== bookClose) fail(meta.set, 'ledger closing balance');

  const lref = (r) => {
    const row = ledger.rowOf.get(r);
    if (!row) fail(meta.set, `book row not written: ${r.description}`);
    return { file: ledger.file, row, date: r.date, amount: dec(r.amount) };
  };
  const bref = (l) => {
    const ref = { file: bank.file, row: bank.rowOf.get(l), date: l.date, amount: dec(l.amount), text: l.text };
    if (l.reference) ref.reference = l.reference;
    return ref;
  };
  const bankCells = (l) => [l.text, l.reference];
  const owned = new Map();
  const own = (r, why) => {
    if (owned.has(r) && owned.get(r) !== why) fail(meta.set, `book row owned twice: ${r.description}`);
    owned.set(r, why);
  };
  const groups = new Map();
  for (const l of lines) if (l.truth.group) groups.set(l.truth.group, [...(groups.get(l.truth.group) ?? []), l]);
  const amountsOf = new Map();
  for (const r of rows) amountsOf.set(r.amount, [...(amountsOf.get(r.amount) ?? []), r]);

  const truthBank = [];
  const fileOrder = [...ordered].sort((a, b) => bank.rowOf.get(a) - bank.rowOf.get(b));
  for (const l of fileOrder) {
    const t = l.truth;
    const e = { ref: bref(l), expect: EXPECT[t.decision], decision: t.decision, ledger: null };
    let evidence = null;
    const answers = t.anyOf ? t.anyOf : t.rows ? [t.rows] : [];
    for (const set of answers) for (const r of set) own(r, t.group ?? t.anyOf ?? t);
    if (MATCH.has(t.decision)) {
      if (t.anyOf) {
        e.ledger = null;
        e.ledgerAnyOf = t.anyOf.map((s) => s.map(lref));
        const evs = new Set(t.anyOf.map((s) => evidenceOf(bankCells(l), s)));
        if (evs.size !== 1) fail(meta.set, `twin options carry different evidence: ${l.text}`);
        evidence = [...evs][0];
      } else {
        e.ledger = t.rows.map(lref);
        evidence = evidenceOf(bankCells(l), t.rows);
      }
    }
    e.group = t.group ?? null;
    e.evidence = evidence;
    e.ambiguous = Boolean(t.anyOf);
    e.kind = t.kindOf ?? null;
    e.partner = t.partnerLine ? bref(t.partnerLine) : null;
    // bank − books over the whole group
    if (MATCH.has(t.decision)) {
      const ls = t.group ? groups.get(t.group) : [l];
      const bsum = ls.reduce((s, x) => s + x.amount, 0);
      const rsum = answers[0].reduce((s, x) => s + x.amount, 0);
      const diff = bsum - rsum;
      if (t.decision === 'auto') {
        if (diff !== (t.difference ?? 0)) fail(meta.set, `difference ${diff} not as declared: ${l.text}`);
        if (diff !== 0) {
          if (Math.abs(diff) * 10 > Math.abs(rsum)) fail(meta.set, `difference over 10%: ${l.text}`);
          e.difference = dec(diff);
        }
      } else if (
        diff !== 0 &&
        !t.traits.some((x) => ['part-payment', 'short-net-of-fee', 'books-amount-transposed'].includes(x))
      )
        fail(meta.set, `suggestion of another amount without a trait that says why: ${l.text}`);
    }
    if (t.decision === 'suggest') e.mustNotAuto = Boolean(t.mustNotAuto);
    e.traits = t.traits ?? [];
    // honesty: what the cells carry must fit the traits
    const tr = e.traits;
    if (tr.includes('name-only') && evidence !== 'counterparty' && t.decision === 'auto')
      fail(meta.set, `name-only line without the name in both: ${l.text} (${evidence})`);
    if (tr.some((x) => /^ref-(?!truncated)|bill-reference|cheque-number/.test(x)) && evidence !== 'reference')
      fail(
        meta.set,
        `referenced line whose cells share no number with the books: ${l.text} / ${l.reference} / ${answers[0]?.map((x) => x.reference)}`,
      );
    if (t.decision === 'auto' && evidence !== 'reference' && !tr.includes('twins')) {
      const rivals = (amountsOf.get(l.amount) ?? []).filter((r) => !answers[0].includes(r));
      if (rivals.length) fail(meta.set, `auto without a reference while another book row has the amount: ${l.text}`);
    }
    // a failed transfer has the amount of the payment that was sent again: that row is the re-sent one's
    if (!MATCH.has(t.decision) && !tr.includes('failed-transfer') && !tr.includes('same-amount-as-open-row')) {
      const same = amountsOf.get(l.amount) ?? [];
      if (same.length) fail(meta.set, `line without counterpart has a book row of its amount: ${l.text}`);
    }
    truthBank.push(e);
  }
  for (const r of m.ledgerOnlyRows) own(r, 'ledger-only');
  for (const r of rows) if (!owned.has(r)) fail(meta.set, `book row owned by nobody: ${r.description}`);

  const truth = {
    set: meta.set,
    country: meta.country,
    currency: meta.currency,
    timezone: meta.timezone,
    period: { from: cal.from, to: cal.to },
    publicHolidays: meta.publicHolidays,
    seed: setSeed,
    notes: meta.notes ?? [],
    bankFiles: [
      {
        file: bank.file,
        bank: meta.bank,
        headerRow: bank.headerRow,
        ledgerAccount: meta.ledgerAccount,
        readOptions: bank.readOptions,
        order: bank.order,
        layout: bank.layout,
        openingBalance: dec(open),
        closingBalance: dec(close),
        ...(bank.nonEntryRows.length ? { nonEntryRows: bank.nonEntryRows } : {}),
      },
    ],
    ledgerFiles: [
      {
        file: ledger.file,
        package: meta.package,
        headerRow: ledger.headerRow,
        readOptions: ledger.readOptions,
        layout: ledger.layout,
        openingBalance: dec(bookOpen),
        closingBalance: dec(bookClose),
        ...(ledger.nonEntryRows.length ? { nonEntryRows: ledger.nonEntryRows } : {}),
      },
    ],
    bank: truthBank,
    ledgerOnly: m.ledgerOnlyRows.map((r) => ({ ...lref(r), why: r.ledgerOnly })).sort((a, b) => a.row - b.row),
  };
  const ledgerRowsInFile = [...rows].sort((a, b) => ledger.rowOf.get(a) - ledger.rowOf.get(b));
  const doc = {
    options: { timezone: meta.timezone },
    bank: fileOrder.map((l) => ({
      id: `${bank.file}#${bank.rowOf.get(l)}`,
      date: l.date,
      amount: dec(l.amount),
      currency: meta.currency,
      narration: l.text,
      reference: l.reference || null,
      counterparty: bank.counterpartyOf ? bank.counterpartyOf(l) : null,
      balance: dec(bank.balanceOf ? bank.balanceOf(l) : l.balance),
    })),
    ledger: ledgerRowsInFile.map((r) => ({
      id: `${ledger.file}#${ledger.rowOf.get(r)}`,
      date: r.date,
      amount: dec(r.amount),
      currency: meta.currency,
      reference: ledger.referenceOf ? ledger.referenceOf(r) : r.reference || null,
      description: ledger.descriptionOf ? ledger.descriptionOf(r) : r.description || null,
      party: ledger.partyOf ? ledger.partyOf(r) : r.party || null,
      account: r.account ?? null,
    })),
    statement: { from: cal.from, to: cal.to, bankBalance: dec(close), bookBalance: dec(bookClose) },
  };
  const count = (dcs) => truthBank.filter((b) => b.decision === dcs).length;
  const matched = truthBank.filter((b) => b.expect === 'match');
  const summary = {
    set: meta.set,
    country: meta.country,
    currency: meta.currency,
    period: truth.period,
    bank: meta.bank,
    package: meta.package,
    bankFiles: [bank.file],
    ledgerFiles: [ledger.file],
    bankLines: truthBank.length,
    ledgerRows: rows.length,
    ...(ledger.otherAccountRows ? { ledgerRowsOtherAccounts: ledger.otherAccountRows } : {}),
    decisions: {
      auto: count('auto'),
      suggest: count('suggest'),
      'bank-only': count('bank-only'),
      none: count('none'),
      'reversal-pair': count('reversal-pair'),
    },
    mustNotAuto: truthBank.filter((b) => b.mustNotAuto).length,
    autoWithDifference: truthBank.filter((b) => b.difference !== undefined).length,
    ledgerOnly: m.ledgerOnlyRows.length,
    matched: matched.length,
    matchedWithoutReference: matched.filter((b) => b.evidence !== 'reference').length,
  };
  return { meta, bank, ledger, truth, doc, summary };
}

const results = SETS.map((mod, i) => makeSet(mod, seed + i * 7919));
for (const res of results) {
  const dir = join(outDir, res.meta.set);
  // only the sets' own folders are rewritten: the README beside them is written by hand
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of [res.bank, res.ledger]) {
    const bytes =
      f.format === 'xlsx'
        ? xlsxBytes(f.sheet, f.rows, { merges: f.merges ?? [], cols: f.cols ?? [] })
        : csvText(f.rows, f.csv ?? {});
    writeFileSync(join(dir, f.file), bytes);
  }
  writeFileSync(join(dir, 'truth.json'), await prettyJson(res.truth, repo));
  writeFileSync(join(dir, `reconcile.${res.bank.file}.json`), await prettyJson(res.doc, repo));
  const s = res.summary;
  console.log(
    `${s.set}: ${s.bankLines} bank lines, ${s.ledgerRows} book rows, ${JSON.stringify(s.decisions)}, mustNotAuto ${s.mustNotAuto}, ledger-only ${s.ledgerOnly}`,
  );
}
const index = {
  corpus: 'holdout30',
  seed,
  generator: 'bench/corpus/holdout30-tools/make-holdout30.mjs',
  validator: 'bench/corpus/holdout30-tools/validate-holdout30.mjs',
  sets: results.map((r) => r.summary),
};
writeFileSync(join(outDir, 'index.json'), await prettyJson(index, repo));
