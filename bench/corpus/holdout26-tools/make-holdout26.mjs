// Writes bench/corpus/holdout26: four month-long sets (files, truth.json, reconcile documents) and index.json.
//   node bench/corpus/holdout26-tools/make-holdout26.mjs [--out <dir>]   (seed: BANKFEED_CORPUS_SEED, default 20262626)
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dec, makeRng, writeCsv, writeJson, writeXlsx } from './lib.mjs';
import { buildMonth } from './scenario.mjs';
import { makeSetNg } from './set-ng.mjs';
import { makeSetGh } from './set-gh.mjs';
import { makeSetKe } from './set-ke.mjs';
import { makeSetZa } from './set-za.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const DEFAULT_SEED = 20262626;
const seed = process.env.BANKFEED_CORPUS_SEED ? Number(process.env.BANKFEED_CORPUS_SEED) : DEFAULT_SEED;
const outIdx = process.argv.indexOf('--out');
const outDir = outIdx > 0 ? process.argv[outIdx + 1] : join(here, '..', 'holdout26');
console.log(`holdout26 seed ${seed} → ${outDir}`);

const makers = [makeSetNg, makeSetGh, makeSetKe, makeSetZa];

/** The text of the mapped column(s) of a written row, as a reader would give it. */
function cellText(v) {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return v.d ?? String(v.n);
  return String(v);
}
function mapped(layout, rowNo, key) {
  const m = layout.readOptions.mapping[key];
  if (!m) return null;
  const header = layout.cells[layout.headerRow - 1].map(cellText);
  const cols = Array.isArray(m) ? m : [m];
  const texts = cols
    .map((h) => {
      const c = header.indexOf(h);
      if (c < 0) throw new Error(`${layout.file}: no column ${h}`);
      return cellText(layout.cells[rowNo - 1][c]).trim();
    })
    .filter((t) => t !== '');
  return texts.length ? texts.join(' — ') : null;
}

async function makeSet(mk, i) {
  const setSeed = seed + i * 7919;
  const rng = makeRng(setSeed);
  const S = mk(rng);
  const m = buildMonth(S, rng);

  // the opening balance is the business's: raised in whole thousands until the month never overdraws
  let opening = S.opening;
  for (;;) {
    let bal = opening;
    let min = bal;
    for (const l of m.lines) {
      bal += l.amount;
      min = Math.min(min, bal);
    }
    if (min >= 0) break;
    opening += Math.ceil((-min + 100000000) / 100000) * 100000;
  }
  let bal = opening;
  for (const l of m.lines) l.balance = bal += l.amount;
  const closing = bal;
  let lb = opening;
  for (const r of m.rows) r.balance = lb += r.amount;
  const bookClosing = lb;

  const bl = S.bankLayout(m.lines, { opening, closing });
  const ll = S.ledgerLayout(m.rows, { opening, closing: bookClosing });
  const dir = join(outDir, S.set);
  for (const L of [bl, ll]) {
    if (L.format === 'csv') writeCsv(join(dir, L.file), L.cells, { quoteAll: L.quoteAll });
    else writeXlsx(join(dir, L.file), L.sheet, L.cells, { colWidths: L.colWidths });
  }

  const lref = (r) => ({ file: ll.file, row: ll.rowOf.get(r), date: r.date, amount: dec(r.amount) });
  const bref = (l) => {
    const row = bl.rowOf.get(l);
    const o = { file: bl.file, row, date: l.date, amount: dec(l.amount), text: mapped(bl, row, 'description') };
    const ref = mapped(bl, row, 'reference');
    if (ref) o.reference = ref;
    return o;
  };
  const entries = [...m.truth].sort((a, b) => bl.rowOf.get(a.line) - bl.rowOf.get(b.line));
  const bank = entries.map((t) => {
    const o = {
      ref: bref(t.line),
      expect: t.expect,
      decision: t.decision,
      ledger: t.rows ? t.rows.map(lref) : null,
    };
    if (t.anyOf) o.ledgerAnyOf = t.anyOf.map((set) => set.map(lref));
    o.group = t.group;
    o.evidence = t.evidence;
    o.ambiguous = t.ambiguous;
    o.kind = t.kind;
    o.partner = t.partner ? bref(t.partner) : null;
    o.traits = t.traits;
    if (t.difference !== null) o.difference = dec(t.difference);
    if (t.decision === 'suggest') o.mustNotAuto = t.mustNotAuto;
    return o;
  });
  const ledgerOnly = m.ledgerOnly.map((x) => ({ ...lref(x.row), why: x.why })).sort((a, b) => a.row - b.row);

  const bankFile = {
    file: bl.file,
    bank: bl.bank,
    headerRow: bl.headerRow,
    ledgerAccount: bl.ledgerAccount,
    readOptions: bl.readOptions,
    order: bl.order,
    layout: bl.layout,
    openingBalance: dec(opening),
    closingBalance: dec(closing),
  };
  if (bl.nonEntryRows.length) bankFile.nonEntryRows = bl.nonEntryRows;
  const ledgerFile = {
    file: ll.file,
    package: ll.package,
    headerRow: ll.headerRow,
    readOptions: ll.readOptions,
    layout: ll.layout,
    openingBalance: dec(opening),
    closingBalance: dec(bookClosing),
  };
  if (ll.nonEntryRows.length) ledgerFile.nonEntryRows = ll.nonEntryRows;
  const truth = {
    set: S.set,
    country: S.country,
    currency: S.currency,
    timezone: S.timezone,
    period: { from: S.cal.from, to: S.cal.to },
    publicHolidays: S.holidays,
    seed: setSeed,
    notes: [
      'Written blind: from the input contracts and general knowledge of the bank and the package, not from the engine.',
      'Truth follows bookkeeping: auto = what a careful bookkeeper confirms without looking further; suggest = right but needs a look.',
      'Rows are spreadsheet rows (1-based, counting preamble and header); amounts are major-unit strings, money in positive.',
      'The books opened the month reconciled: ledger opening balance = bank opening balance.',
      'nonEntryRows are balance or total rows carrying money; they are not entries.',
    ],
    bankFiles: [bankFile],
    ledgerFiles: [ledgerFile],
    bank,
    ledgerOnly,
  };
  await writeJson(join(dir, 'truth.json'), truth);

  // the reconcile document: what the files carry, in file order
  const byRow = (layout, objs) => [...objs].sort((a, b) => layout.rowOf.get(a) - layout.rowOf.get(b));
  const doc = {
    options: { timezone: S.timezone },
    bank: byRow(bl, m.lines).map((l) => {
      const row = bl.rowOf.get(l);
      const party = mapped(bl, row, 'party');
      return {
        id: `${bl.file}#${row}`,
        date: l.date,
        amount: dec(l.amount),
        currency: S.currency,
        narration: mapped(bl, row, 'description'),
        reference: mapped(bl, row, 'reference'),
        counterparty: party ? { name: party, account: null } : null,
        balance: dec(l.balance),
      };
    }),
    ledger: byRow(ll, m.rows).map((r) => {
      const row = ll.rowOf.get(r);
      return {
        id: `${ll.file}#${row}`,
        date: r.date,
        amount: dec(r.amount),
        currency: S.currency,
        reference: mapped(ll, row, 'reference'),
        description: mapped(ll, row, 'description'),
        party: mapped(ll, row, 'party'),
        account: mapped(ll, row, 'account'),
      };
    }),
    statement: { from: S.cal.from, to: S.cal.to, bankBalance: dec(closing), bookBalance: dec(bookClosing) },
  };
  await writeJson(join(dir, `reconcile.${bl.file}.json`), doc);

  const count = (d) => bank.filter((b) => b.decision === d).length;
  const matched = bank.filter((b) => b.expect === 'match');
  return {
    set: S.set,
    country: S.country,
    currency: S.currency,
    period: truth.period,
    bank: S.bankName,
    package: S.packageName,
    bankFiles: [bl.file],
    ledgerFiles: [ll.file],
    bankLines: bank.length,
    ledgerRows: m.rows.length,
    decisions: {
      auto: count('auto'),
      suggest: count('suggest'),
      'bank-only': count('bank-only'),
      none: count('none'),
      'reversal-pair': count('reversal-pair'),
    },
    mustNotAuto: bank.filter((b) => b.mustNotAuto === true).length,
    ledgerOnly: ledgerOnly.length,
    matched: matched.length,
    matchedWithoutReference: matched.filter((b) => b.evidence !== 'reference').length,
  };
}

const sets = [];
for (let i = 0; i < makers.length; i++) sets.push(await makeSet(makers[i], i));
await writeJson(join(outDir, 'index.json'), {
  corpus: 'holdout26',
  seed,
  generator: 'bench/corpus/holdout26-tools/make-holdout26.mjs',
  validator: 'bench/corpus/holdout26-tools/validate-holdout26.mjs',
  sets,
});
for (const s of sets)
  console.log(
    `${s.set}: ${s.bankLines} lines, ${s.ledgerRows} rows, ${JSON.stringify(s.decisions)}, mustNotAuto ${s.mustNotAuto}`,
  );
