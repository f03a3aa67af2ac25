#!/usr/bin/env node
// holdout31 — writes the four blind sets (NG, GH, KE, ZA) and index.json. Seeded: same seed, same bytes.
//   node bench/corpus/holdout31-tools/make-holdout31.mjs [--out DIR]     (seed: BANKFEED_CORPUS_SEED, default 20313131)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvText, evidenceOf, major, prettyJson, rngOf, weekday, xlsxBytes } from './lib.mjs';
import { buildNg } from './set-ng.mjs';
import { buildGh } from './set-gh.mjs';
import { buildKe } from './set-ke.mjs';
import { buildZa } from './set-za.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const argOut = process.argv.indexOf('--out');
const outDir = argOut > 0 ? resolve(process.argv[argOut + 1]) : resolve(here, '../holdout31');
const seed = Number(process.env.BANKFEED_CORPUS_SEED ?? 20313131);
if (!Number.isSafeInteger(seed)) throw new Error('BANKFEED_CORPUS_SEED must be an integer');
console.log(`holdout31 seed ${seed} → ${outDir}`);

const cellText = (v) =>
  v === null || v === undefined ? '' : typeof v === 'object' ? (v.date ?? major(v.num)) : String(v);
const pick = (header, cells, col) => {
  if (col === undefined) return undefined;
  const cols = [].concat(col);
  return cols
    .map((c) => {
      const i = header.indexOf(c);
      if (i < 0) throw new Error(`mapped column ${c} not in header`);
      return cellText(cells[i]);
    })
    .filter((s) => s !== '')
    .join(' — ');
};
const rowOf = (x) => (Array.isArray(x) ? { cells: x, why: null } : x);

function layoutRows(lay, data, lead, trailer) {
  const pre = lay.preambleRows;
  const headerRow = pre.length + 1;
  const all = [...pre, lay.header];
  const nonEntryRows = [];
  const positions = new Map();
  for (const x of lead) {
    const { cells, why } = rowOf(x);
    all.push(cells);
    if (why) nonEntryRows.push({ row: all.length, why });
  }
  for (const { item, cells } of data) {
    all.push(cells);
    positions.set(item, all.length);
  }
  for (const x of trailer) {
    const { cells, why } = rowOf(x);
    all.push(cells);
    if (why) nonEntryRows.push({ row: all.length, why });
  }
  return { all, headerRow, nonEntryRows, positions };
}

async function writeFile(dir, lay, all) {
  const path = join(dir, lay.file);
  if (lay.format === 'csv') {
    writeFileSync(
      path,
      csvText(
        all.map((r) => r.map(cellText)),
        lay.csv ?? {},
      ),
    );
  } else {
    writeFileSync(path, xlsxBytes([{ name: lay.sheet, rows: all, widths: lay.widths }], { created: lay.created }));
  }
}

function check(spec) {
  const { m } = spec;
  const problems = [];
  for (const l of m.lines) {
    if (!l.dec) problems.push(`undecided: ${l.date} ${l.text}`);
    if (l.date < m.from || l.date > m.to || [0, 6].includes(weekday(l.date))) problems.push(`bad date ${l.date}`);
  }
  const owner = new Map();
  const own = (r, who) => {
    if (owner.has(r) && owner.get(r) !== who) problems.push(`row owned twice: ${r.desc}`);
    owner.set(r, who);
  };
  for (const l of m.lines) {
    const dec = l.dec;
    if (!dec) continue;
    if (dec.rows) for (const r of dec.rows) own(r, dec.group ?? l);
    if (dec.anyOf)
      for (const set of dec.anyOf)
        for (const r of set) own(r, `any:${set.length}:${dec.anyOf.flat().map((x) => x.seq)}`);
  }
  for (const { row } of m.ledgerOnlyRows) own(row, 'ledgerOnly');
  for (const r of m.rows) if (!owner.has(r)) problems.push(`row not owned: ${r.date} ${r.desc}`);
  // group sums
  const groups = new Map();
  for (const l of m.lines) if (l.dec?.rows) groups.set(l.dec.group ?? l, [...(groups.get(l.dec.group ?? l) ?? []), l]);
  for (const ls of groups.values()) {
    const dec = ls[0].dec;
    const diff = ls.reduce((a, l) => a + l.amount, 0) - dec.rows.reduce((a, r) => a + r.amount, 0);
    if (dec.decision === 'auto' && diff !== (dec.difference ?? 0))
      problems.push(`auto difference ${diff}: ${ls[0].text}`);
    if (dec.difference && Math.abs(dec.difference) * 10 > Math.abs(dec.rows.reduce((a, r) => a + r.amount, 0)))
      problems.push(`difference over 10%: ${ls[0].text}`);
    if (dec.decision === 'suggest' && diff !== 0) {
      const ok = ['part-payment', 'short-net-of-fee', 'books-amount-transposed'].some((t) => dec.traits.includes(t));
      if (!ok) problems.push(`suggest with a difference and no trait saying why: ${ls[0].text}`);
    }
  }
  for (const [a, b] of m.lines.filter((l) => l.dec?.partner).map((l) => [l, l.dec.partner]))
    if (a.amount !== -b.amount || b.dec.partner !== a) problems.push(`reversal pair does not cancel: ${a.text}`);
  if (problems.length) throw new Error(`${spec.set}:\n  ${problems.join('\n  ')}`);
}

async function buildSet(spec, setSeed, dir) {
  check(spec);
  const { m } = spec;
  mkdirSync(dir, { recursive: true });
  const period = { from: m.from, to: m.to };
  const cur = spec.currency;

  // bank file
  const lines = m.sortedLines();
  let bal = spec.opening;
  const balOf = new Map();
  for (const l of lines) {
    bal += l.amount;
    if (bal < 0) throw new Error(`${spec.set}: overdrawn at ${l.date} ${l.text}`);
    balOf.set(l, bal);
  }
  const closing = bal;
  const B = spec.bank;
  B.preambleRows = B.preamble(spec.opening, closing, period);
  const ordered = B.order === 'newest-first' ? lines.slice().reverse() : lines;
  const bankData = ordered.map((l) => ({ item: l, cells: B.cells(l, balOf.get(l)) }));
  const bl = layoutRows(B, bankData, B.lead ? B.lead(spec.opening, period) : [], B.trailer(closing, period));
  B.created = m.to;
  await writeFile(dir, B, bl.all);

  // ledger file
  const rows = m.sortedRows();
  const bookOpening =
    spec.opening +
    m.lines.filter((l) => l.dec.traits.some((t) => t.startsWith('previous-month'))).reduce((a, l) => a + l.amount, 0);
  const bookClosing = bookOpening + rows.reduce((a, r) => a + r.amount, 0);
  const L = spec.ledger;
  L.preambleRows = L.preamble(bookOpening, bookClosing, period);
  let run = bookOpening;
  const ledgerData = rows.map((r) => {
    run += r.amount;
    return { item: r, cells: L.cells(r, run) };
  });
  const ll = layoutRows(L, ledgerData, L.lead ? L.lead(bookOpening, period) : [], L.trailer(bookClosing, period));
  L.created = m.to;
  await writeFile(dir, L, ll.all);

  // what the mapped cells say
  const bankCells = (l) => {
    const cells = bankData.find((x) => x.item === l).cells;
    return {
      text: pick(B.header, cells, B.mapping.description),
      reference: pick(B.header, cells, B.mapping.reference) ?? '',
    };
  };
  const rowCells = (r) => {
    const cells = ledgerData.find((x) => x.item === r).cells;
    return {
      reference: pick(L.header, cells, L.mapping.reference) ?? '',
      description: pick(L.header, cells, L.mapping.description) ?? '',
      party: L.mapping.party ? pick(L.header, cells, L.mapping.party) : null,
    };
  };
  const bref = (l) => {
    const c = bankCells(l);
    const out = { file: B.file, row: bl.positions.get(l), date: l.date, amount: major(l.amount), text: c.text };
    if (c.reference) out.reference = c.reference;
    return out;
  };
  const lref = (r) => ({ file: L.file, row: ll.positions.get(r), date: r.date, amount: major(r.amount) });

  const truthBank = ordered.map((l) => {
    const dec = l.dec;
    const c = bankCells(l);
    const rowsFor = dec.rows ?? dec.anyOf?.[0] ?? null;
    const evidence = rowsFor
      ? evidenceOf(
          [c.text, c.reference],
          rowsFor.map((r) => Object.values(rowCells(r)).filter(Boolean)),
        )
      : null;
    if (dec.decision === 'auto' && evidence === 'amount')
      throw new Error(`${spec.set}: auto on amount alone: ${l.text}`);
    const e = {
      ref: bref(l),
      expect: dec.expect,
      decision: dec.decision,
      ledger: dec.rows ? dec.rows.map(lref) : null,
    };
    if (dec.anyOf) e.ledgerAnyOf = dec.anyOf.map((set) => set.map(lref));
    Object.assign(e, {
      group: dec.group ?? null,
      evidence,
      ambiguous: Boolean(dec.anyOf),
      kind: dec.kind ?? null,
      partner: dec.partner ? bref(dec.partner) : null,
    });
    if (dec.difference) e.difference = major(dec.difference);
    if (dec.decision === 'suggest') e.mustNotAuto = dec.mustNotAuto;
    e.traits = dec.traits;
    return e;
  });
  // an auto line resting on no reference may not have another book row of its amount
  for (const e of truthBank) {
    if (e.decision !== 'auto' || e.evidence === 'reference' || e.ambiguous) continue;
    const mine = new Set(e.ledger.map((x) => x.row));
    const amt = e.ledger.length === 1 ? e.ledger[0].amount : null;
    if (amt && rows.some((r) => major(r.amount) === amt && !mine.has(ll.positions.get(r))))
      throw new Error(`${spec.set}: auto without reference has a rival row of ${amt}: ${e.ref.text}`);
  }
  for (const e of truthBank) {
    if (e.decision !== 'none' || e.traits.includes('same-amount-as-open-row')) continue;
    if (rows.some((r) => major(r.amount) === e.ref.amount))
      throw new Error(`${spec.set}: none line has a row of its amount: ${e.ref.text}`);
  }

  const readOpts = (lay) => {
    const o = { currency: cur };
    if (lay.format === 'xlsx') o.sheet = lay.sheet;
    if (lay.dateOrder) o.dateOrder = lay.dateOrder;
    o.mapping = lay.mapping;
    return o;
  };
  const truth = {
    set: spec.set,
    country: spec.country,
    currency: cur,
    timezone: spec.timezone,
    period,
    publicHolidays: m.holidays,
    seed: setSeed,
    notes: spec.notes,
    bankFiles: [
      {
        file: B.file,
        bank: B.bank,
        headerRow: bl.headerRow,
        ledgerAccount: L.account,
        readOptions: readOpts(B),
        order: B.order,
        layout: B.layout,
        openingBalance: major(spec.opening),
        closingBalance: major(closing),
        nonEntryRows: bl.nonEntryRows,
      },
    ],
    ledgerFiles: [
      {
        file: L.file,
        package: L.package,
        headerRow: ll.headerRow,
        readOptions: readOpts(L),
        layout: L.layout,
        openingBalance: major(bookOpening),
        closingBalance: major(bookClosing),
        nonEntryRows: ll.nonEntryRows,
      },
    ],
    bank: truthBank,
    ledgerOnly: m.ledgerOnlyRows
      .slice()
      .sort((a, b) => ll.positions.get(a.row) - ll.positions.get(b.row))
      .map(({ row, why }) => ({ ...lref(row), why })),
  };
  writeFileSync(join(dir, 'truth.json'), await prettyJson(truth));

  const doc = {
    options: { timezone: spec.timezone },
    bank: ordered.map((l) => {
      const c = bankCells(l);
      return {
        id: `${B.file}#${bl.positions.get(l)}`,
        date: l.date,
        amount: major(l.amount),
        currency: cur,
        narration: c.text,
        reference: c.reference || null,
        counterparty: null,
        balance: major(balOf.get(l)),
      };
    }),
    ledger: rows.map((r) => {
      const c = rowCells(r);
      return {
        id: `${L.file}#${ll.positions.get(r)}`,
        date: r.date,
        amount: major(r.amount),
        currency: cur,
        reference: c.reference || null,
        description: c.description || null,
        party: c.party || null,
        account: L.account,
      };
    }),
    statement: { from: m.from, to: m.to, bankBalance: major(closing), bookBalance: major(bookClosing) },
  };
  writeFileSync(join(dir, `reconcile.${B.file}.json`), await prettyJson(doc));

  const count = (d) => truthBank.filter((e) => e.decision === d).length;
  const matched = truthBank.filter((e) => e.expect === 'match');
  return {
    set: spec.set,
    country: spec.country,
    currency: cur,
    period,
    bank: B.bank,
    package: L.package,
    bankFiles: [B.file],
    ledgerFiles: [L.file],
    bankLines: truthBank.length,
    ledgerRows: rows.length,
    decisions: {
      auto: count('auto'),
      suggest: count('suggest'),
      'bank-only': count('bank-only'),
      none: count('none'),
      'reversal-pair': count('reversal-pair'),
    },
    mustNotAuto: truthBank.filter((e) => e.mustNotAuto === true).length,
    autoWithDifference: truthBank.filter((e) => e.decision === 'auto' && e.difference).length,
    ledgerOnly: truth.ledgerOnly.length,
    matched: matched.length,
    matchedWithoutReference: matched.filter((e) => e.evidence !== 'reference').length,
  };
}

const builders = [buildNg, buildGh, buildKe, buildZa];
const sets = [];
for (let i = 0; i < builders.length; i++) {
  const setSeed = seed + i * 7919;
  const spec = builders[i](setSeed, rngOf(setSeed));
  sets.push(await buildSet(spec, setSeed, join(outDir, spec.set)));
}
const index = {
  corpus: 'holdout31',
  seed,
  generator: 'bench/corpus/holdout31-tools/make-holdout31.mjs',
  validator: 'bench/corpus/holdout31-tools/validate-holdout31.mjs',
  sets,
};
writeFileSync(join(outDir, 'index.json'), await prettyJson(index));
for (const s of sets)
  console.log(
    `${s.set}: ${s.bankLines} bank lines, ${s.ledgerRows} ledger rows, ${JSON.stringify(s.decisions)}, mustNotAuto ${s.mustNotAuto}, ledgerOnly ${s.ledgerOnly}`,
  );
