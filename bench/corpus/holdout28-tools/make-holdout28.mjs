// Writes bench/corpus/holdout28: four month-long sets (NG, GH, KE, ZA), each a bank statement export and an accounting
// package's export of the same bank account, with truth.json, a reconcile JSON document per statement and index.json.
//
//   node bench/corpus/holdout28-tools/make-holdout28.mjs [--out DIR]     (seed: BANKFEED_CORPUS_SEED, default 20282828)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng, dec, prettyJson, sharesNumber, sharesNamePair } from './lib.mjs';
import { buildMonth } from './scenario.mjs';
import ng from './set-ng.mjs';
import gh from './set-gh.mjs';
import ke from './set-ke.mjs';
import za from './set-za.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SETS = [ng, gh, ke, za];
const seed = Number(process.env.BANKFEED_CORPUS_SEED ?? 20282828);
const outArg = process.argv.indexOf('--out');
const outDir = resolve(outArg > 0 ? process.argv[outArg + 1] : join(here, '..', 'holdout28'));

const byDateSeq = (a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq);

function header(grid, headerRow) {
  return grid[headerRow - 1].map((h) => (h === null || h === undefined ? '' : String(h)));
}

/** the text of the mapped column(s) of a row, several joined with " — " as the readers join them */
function mapped(grid, headerRow, row, cols) {
  if (!cols) return '';
  const head = header(grid, headerRow);
  const list = Array.isArray(cols) ? cols : [cols];
  return list
    .map((c) => {
      const k = head.indexOf(c);
      if (k < 0) throw new Error(`no column ${c}`);
      const v = grid[row - 1][k];
      return v === null || v === undefined ? '' : typeof v === 'string' ? v.trim() : String(v);
    })
    .filter((t) => t !== '')
    .join(' — ');
}

async function makeSet(set, setSeed) {
  const month = buildMonth(set, setSeed);
  const rng = new Rng((setSeed ^ 0x5bd1e995) >>> 0);
  const bank = [...month.bank].sort(byDateSeq);
  const books = [...month.books].sort(byDateSeq);
  const vouchers = {};
  for (const b of bank) b.cells = set.renderBank(b, { rng, W: month.W });
  for (const r of books) r.cells = set.renderBook(r, { rng, W: month.W, vouchers });

  // the opening balance is raised in whole units until the month never overdraws
  let opening = set.opening(rng);
  const lowest = () => {
    let bal = opening;
    let low = bal;
    for (const b of bank) {
      bal += b.amount;
      low = Math.min(low, bal);
    }
    return low;
  };
  while (lowest() < 0) opening += set.raiseUnit;
  let bal = opening;
  for (const b of bank) b.balance = bal += b.amount;
  const closing = bal;
  let lbal = opening;
  for (const r of books) r.balance = lbal += r.amount;
  const ledgerClosing = lbal;

  const bf = set.writeBank({ lines: bank, opening, closing, rng, W: month.W });
  const lf = set.writeLedger({ rows: books, opening, closing: ledgerClosing, rng, W: month.W });
  const bm = bf.readOptions.mapping;
  const lm = lf.readOptions.mapping;
  const bankText = (b) => mapped(bf.grid, bf.headerRow, bf.rows.get(b.id), bm.description);
  const bankRef = (b) => mapped(bf.grid, bf.headerRow, bf.rows.get(b.id), bm.reference);
  const ledgerCells = (r) => {
    const row = lf.rows.get(r.id);
    return {
      reference: mapped(lf.grid, lf.headerRow, row, lm.reference),
      description: mapped(lf.grid, lf.headerRow, row, lm.description),
      party: mapped(lf.grid, lf.headerRow, row, lm.party),
      account: mapped(lf.grid, lf.headerRow, row, lm.account),
    };
  };

  // what the cells carry must be what the truth says they carry
  for (const b of bank) {
    const answers = b.ledgerAnyOf ?? (b.ledger && b.ledger.length ? [b.ledger] : []);
    const bt = `${bankText(b)} ${bankRef(b)}`;
    for (const ans of answers) {
      const texts = ans.map((r) => {
        const c = ledgerCells(r);
        return { num: `${c.reference} ${c.description} ${c.party}`, name: `${c.party} ${c.description}` };
      });
      const allRef = texts.every((t) => sharesNumber(t.num, bt));
      const anyRef = texts.some((t) => sharesNumber(t.num, bt));
      const pair = texts.some((t) => sharesNamePair(t.name, bt));
      const why = `${set.key} ${b.id} "${bt}" vs ${texts.map((t) => `"${t.num}"`).join(' + ')}`;
      if (b.evidence === 'reference' && !allRef) throw new Error(`no shared number: ${why}`);
      if (b.evidence !== 'reference' && anyRef) throw new Error(`unexpected shared number: ${why}`);
      if (b.evidence === 'counterparty' && !pair) throw new Error(`no shared name: ${why}`);
      if (b.evidence === 'amount' && pair && !b.traits.includes('settlement')) throw new Error(`shared name: ${why}`);
    }
    // an exact amount in another book row than the answer is always for a stated reason
    const own = new Set(answers.flat().map((r) => r.id));
    const others = books.filter((r) => r.amount === b.amount && !own.has(r.id));
    const reasons = ['twins', 'tie', 'amount-shared-across-payers', 'failed-transfer', 'reversal'];
    if (others.length && !b.traits.some((t) => reasons.includes(t)))
      throw new Error(`${set.key} ${b.id} ${dec(b.amount)} also in ${others.map((r) => r.id)}`);
  }

  const bankFile = set.bankFile;
  const ledgerFile = set.ledgerFile;
  const lref = (r) => ({ file: ledgerFile, row: lf.rows.get(r.id), date: r.date, amount: dec(r.amount) });
  const bref = (b) => {
    const ref = { file: bankFile, row: bf.rows.get(b.id), date: b.date, amount: dec(b.amount), text: bankText(b) };
    const reference = bankRef(b);
    if (reference) ref.reference = reference;
    return ref;
  };
  const truthLines = bank
    .map((b) => {
      const t = { ref: bref(b), expect: b.expect, decision: b.decision };
      t.ledger = b.ledger ? b.ledger.map(lref) : null;
      if (b.ledgerAnyOf) t.ledgerAnyOf = b.ledgerAnyOf.map((a) => a.map(lref));
      t.group = b.group;
      t.evidence = b.evidence;
      t.ambiguous = b.ambiguous ?? false;
      t.kind = b.kind;
      t.partner = b.partner ? bref(b.partner) : null;
      if (b.decision === 'auto' && b.ledger && b.ledger.length) {
        const members = b.group ? bank.filter((x) => x.group === b.group) : [b];
        const diff = members.reduce((s, x) => s + x.amount, 0) - b.ledger.reduce((s, r) => s + r.amount, 0);
        if (diff !== 0) t.difference = dec(diff);
      }
      if (b.decision === 'suggest') t.mustNotAuto = b.mustNotAuto;
      t.traits = b.traits;
      return t;
    })
    .sort((a, b) => a.ref.row - b.ref.row);

  const ledgerOnly = books
    .filter((r) => r.ledgerOnly)
    .map((r) => ({ ...lref(r), why: r.ledgerOnly }))
    .sort((a, b) => a.row - b.row);

  const truth = {
    set: set.key,
    country: set.country,
    currency: set.currency,
    timezone: set.timezone,
    period: set.period,
    publicHolidays: set.holidays,
    seed: setSeed,
    notes: set.notes,
    bankFiles: [
      {
        file: bankFile,
        bank: set.bankName,
        headerRow: bf.headerRow,
        ledgerAccount: lf.ledgerAccount,
        readOptions: bf.readOptions,
        order: bf.order,
        layout: bf.layout,
        openingBalance: dec(opening),
        closingBalance: dec(closing),
        ...(bf.nonEntryRows.length ? { nonEntryRows: bf.nonEntryRows } : {}),
      },
    ],
    ledgerFiles: [
      {
        file: ledgerFile,
        package: set.packageName,
        headerRow: lf.headerRow,
        readOptions: lf.readOptions,
        layout: lf.layout,
        openingBalance: dec(opening),
        closingBalance: dec(ledgerClosing),
        ...(lf.nonEntryRows.length ? { nonEntryRows: lf.nonEntryRows } : {}),
      },
    ],
    bank: truthLines,
    ledgerOnly,
  };

  // the reconcile document: every statement line and book row, in file order, from the written cells
  const bankInFileOrder = [...bank].sort((a, b) => bf.rows.get(a.id) - bf.rows.get(b.id));
  const booksInFileOrder = [...books].sort((a, b) => lf.rows.get(a.id) - lf.rows.get(b.id));
  const doc = {
    options: { timezone: set.timezone },
    bank: bankInFileOrder.map((b) => ({
      id: `${bankFile}#${bf.rows.get(b.id)}`,
      date: b.date,
      amount: dec(b.amount),
      currency: set.currency,
      narration: bankText(b),
      reference: bankRef(b) || null,
      counterparty: null,
      balance: dec(b.balance),
    })),
    ledger: booksInFileOrder.map((r) => {
      const c = ledgerCells(r);
      return {
        id: `${ledgerFile}#${lf.rows.get(r.id)}`,
        date: r.date,
        amount: dec(r.amount),
        currency: set.currency,
        reference: c.reference || null,
        description: c.description || null,
        party: c.party || null,
        account: c.account || null,
      };
    }),
    statement: {
      from: set.period.from,
      to: set.period.to,
      bankBalance: dec(closing),
      bookBalance: dec(ledgerClosing),
    },
  };

  const dir = join(outDir, set.key);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, bankFile), bf.data);
  writeFileSync(join(dir, ledgerFile), lf.data);
  writeFileSync(join(dir, 'truth.json'), await prettyJson(truth));
  writeFileSync(join(dir, `reconcile.${bankFile}.json`), await prettyJson(doc));

  const count = (d) => bank.filter((b) => b.decision === d).length;
  const matched = bank.filter((b) => b.decision === 'auto' || b.decision === 'suggest');
  return {
    set: set.key,
    country: set.country,
    currency: set.currency,
    period: set.period,
    bank: set.bankName,
    package: set.packageName,
    bankFiles: [bankFile],
    ledgerFiles: [ledgerFile],
    bankLines: bank.length,
    ledgerRows: books.length,
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

console.log(`holdout28 seed ${seed} → ${outDir}`);
const index = {
  corpus: 'holdout28',
  seed,
  generator: 'bench/corpus/holdout28-tools/make-holdout28.mjs',
  validator: 'bench/corpus/holdout28-tools/validate-holdout28.mjs',
  sets: [],
};
for (const [i, set] of SETS.entries()) {
  const s = await makeSet(set, seed + i * 7919);
  index.sets.push(s);
  console.log(
    `  ${s.set.padEnd(22)} ${String(s.bankLines).padStart(3)} bank lines, ${String(s.ledgerRows).padStart(3)} ledger rows, ${JSON.stringify(s.decisions)}`,
  );
}
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'index.json'), await prettyJson(index));
