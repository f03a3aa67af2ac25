// holdout51: writes the four set folders (statement, books, truth.json, reconcile JSON) and index.json.
//   node bench/corpus/holdout51-tools/make-holdout51.mjs [--out DIR]     (seed: BANKFEED_CORPUS_SEED, default 20515151)
// Checks every month before writing: each line decided, each book row owned once, no auto on amount alone, no other
// book row of an auto line's amount sharing a word or number with it, no none/bank-only line sharing one with a row
// of its amount (the decoy apart), no overdraft, nothing outside the period.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import XLSX from 'xlsx';
import { evidence, money, sharesAny } from './lib51.mjs';
import { buildGh } from './set-gh51.mjs';
import { buildKe } from './set-ke51.mjs';
import { buildNg } from './set-ng51.mjs';
import { buildZa } from './set-za51.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..', '..');
const outArg = process.argv.indexOf('--out');
const outDir = outArg > 0 ? process.argv[outArg + 1] : join(here, '..', 'holdout51');
const seed = Number(process.env.BANKFEED_CORPUS_SEED ?? 20515151);
console.log(`holdout51 seed ${seed} → ${outDir}`);

const prettierOptions = { ...(await prettier.resolveConfig(join(repo, 'package.json'))), parser: 'json' };
const json = async (path, value) => writeFileSync(path, await prettier.format(JSON.stringify(value), prettierOptions));

function csvText(table, eol) {
  const cell = (v) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return table.map((r) => r.map(cell).join(',')).join(eol) + eol;
}
function writeTable(path, table, { sheet, eol = '\r\n', bom = false, dateColumn, from = 0 }) {
  if (path.endsWith('.csv')) {
    writeFileSync(path, (bom ? '\ufeff' : '') + csvText(table, eol));
    return;
  }
  const ws = XLSX.utils.aoa_to_sheet(table);
  // spreadsheet serials in the date column become date cells
  if (dateColumn !== undefined)
    for (let r = from; r < table.length; r++) {
      const c = ws[XLSX.utils.encode_cell({ r, c: dateColumn })];
      if (c && c.t === 'n') c.z = 'dd/mm/yyyy';
    }
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheet);
  wb.Props = { Title: sheet, Author: 'holdout51', CreatedDate: new Date('2033-04-02T08:00:00Z') };
  writeFileSync(path, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }));
}

const EXPECT = {
  auto: 'match',
  suggest: 'match',
  'bank-only': 'bank-only',
  none: 'no-counterpart',
  'reversal-pair': 'reversal-pair',
};

async function writeSet(index, build, i) {
  const s = build(seed + i * 7919);
  const { month: m, meta, bankFile: bf, bookFile: lf } = s;
  const dir = join(outDir, meta.set);
  mkdirSync(dir, { recursive: true });
  const fail = (msg) => {
    throw new Error(`${meta.set}: ${msg}`);
  };

  // ——— statement ———
  const chrono = [...m.lines].sort((a, b) =>
    a.date < b.date
      ? -1
      : a.date > b.date
        ? 1
        : (a.time ?? '') < (b.time ?? '')
          ? -1
          : (a.time ?? '') > (b.time ?? '')
            ? 1
            : a.seq - b.seq,
  );
  let bal = s.opening;
  for (const l of chrono) {
    bal += l.minor;
    l.balance = bal;
    if (bal < 0) fail(`overdrawn on ${l.date} at "${l.text}"`);
    if (l.date < m.from || l.date > m.to) fail(`line outside the period: ${l.text}`);
    if (!m.days.includes(l.date) && !l.anyDay) fail(`line on a closed day ${l.date}: ${l.text}`);
    if (!l.decision) fail(`undecided line "${l.text}"`);
  }
  const closing = bal;
  const ordered = bf.order === 'newest-first' ? [...chrono].reverse() : chrono;
  const pre = bf.preamble(s.opening, closing);
  const headerRow = pre.length + 1;
  const bankTable = [...pre, bf.header];
  if (bf.firstRow) bankTable.push(bf.firstRow(s.opening));
  for (const l of ordered) {
    l.row = bankTable.length + 1;
    bankTable.push(bf.cells(l, l.balance));
  }
  if (bf.closingRow) bankTable.push(bf.closingRow(closing));
  bankTable.push(...(bf.footer ?? []));
  writeTable(join(dir, bf.file), bankTable, { sheet: bf.sheet, eol: bf.eol, bom: bf.bom });

  // ——— books ———
  const rows = [...m.rows].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq));
  const lastMonth = m.decisions
    .filter((d) => d.traits?.includes('last-month'))
    .reduce((t, d) => t + d.lines[0].minor, 0);
  const bookOpening = s.opening + lastMonth;
  const lpre = lf.preamble(bookOpening);
  const ledgerHeaderRow = lpre.length + 1;
  const bookTable = [...lpre, lf.header];
  const nonEntryRows = [];
  if (lf.openingCells) bookTable.push(lf.openingCells(bookOpening));
  if (lf.openingRow) {
    bookTable.push(lf.openingRow(bookOpening));
    nonEntryRows.push({ row: bookTable.length, why: 'opening balance of the bank account, not an entry' });
  }
  let bbal = bookOpening;
  for (const x of rows) {
    if (x.date < m.from || x.date > m.to) fail(`book row outside the period: ${lf.description(x)}`);
    const mine = !x.otherAccount;
    if (mine) bbal += x.minor;
    x.balance = bbal;
    x.row = bookTable.length + 1;
    bookTable.push(lf.cells(x));
  }
  const bookClosing = bbal;
  if (lf.closingRow) bookTable.push(lf.closingRow(bookClosing));
  writeTable(join(dir, lf.file), bookTable, {
    sheet: lf.sheet,
    eol: lf.eol,
    bom: lf.bom,
    dateColumn: lf.dateColumn,
    from: ledgerHeaderRow,
  });

  // ——— ownership and the fairness checks ———
  const mineRows = rows.filter((x) => !x.otherAccount);
  for (const d of m.decisions) {
    const own = d.rows ?? d.anyOf?.flat() ?? [];
    for (const x of own) {
      if (x.owner && x.owner !== d && !(d.anyOf && x.owner.anyOf?.flat().every((y) => d.anyOf.flat().includes(y))))
        fail(`row owned twice: ${lf.description(x)}`);
      x.owner = d;
    }
  }
  for (const x of mineRows) if (!x.owner) fail(`book row owned by nothing: ${lf.description(x)}`);
  const bankText = (l) => `${l.text} ${bf.reference(l) ?? ''}`;
  const rowText = (x) => `${lf.description(x)} ${lf.reference(x) ?? ''} ${lf.party(x) ?? ''}`;
  for (const d of m.decisions) {
    const total = d.lines.reduce((t, l) => t + l.minor, 0);
    const text = d.lines.map(bankText).join(' ');
    const right = new Set(d.rows ?? d.anyOf?.flat() ?? []);
    if (d.decision === 'auto') {
      const ev = evidence(text, (d.rows ?? d.anyOf[0]).map(rowText).join(' '));
      if (ev === 'amount') fail(`auto on amount alone: ${text}`);
      const sum = (d.rows ?? d.anyOf[0]).reduce((t, x) => t + x.minor, 0);
      const per = d.anyOf ? d.lines[0].minor : total;
      if ((d.difference ?? 0) !== per - sum) fail(`difference ${d.difference} ≠ ${per - sum}: ${text}`);
      for (const x of mineRows)
        if (!right.has(x) && x.minor === per && sharesAny(text, rowText(x)))
          fail(`another row of the amount shares a token: ${text} / ${rowText(x)}`);
    }
    if (d.decision === 'none' || d.decision === 'bank-only') {
      if (d.traits?.includes('decoy')) continue;
      for (const x of mineRows)
        if (x.minor === total && sharesAny(text, rowText(x)))
          fail(`${d.decision} line shares a token with a row of its amount: ${text}`);
    }
    if (d.decision === 'reversal-pair' && d.partner.decision.partner !== d.lines[0])
      fail(`partner does not point back: ${text}`);
    if (d.decision === 'reversal-pair' && d.partner.minor !== -d.lines[0].minor)
      fail(`reversal does not cancel: ${text}`);
  }
  if (m.lines.length < 55 || m.lines.length > 110) fail(`${m.lines.length} lines (55–110 wanted)`);

  // ——— truth ———
  const cur = meta.currency;
  const rowRef = (x) => ({ file: lf.file, row: x.row, date: x.date, amount: money(x.minor) });
  const lineRef = (l) => ({
    file: bf.file,
    row: l.row,
    date: l.date,
    amount: money(l.minor),
    text: l.text,
    reference: bf.reference(l) ?? '',
  });
  let g = 0;
  for (const d of m.decisions) if (d.lines.length > 1) d.group = `g${String(++g).padStart(3, '0')}`;
  const truthBank = [...ordered]
    .sort((a, b) => a.row - b.row)
    .map((l) => {
      const d = l.decision;
      const e = {
        ref: lineRef(l),
        expect: EXPECT[d.decision],
        decision: d.decision,
        ledger: d.rows ? d.rows.map(rowRef) : null,
      };
      if (d.anyOf) e.ledgerAnyOf = d.anyOf.map((o) => o.map(rowRef));
      Object.assign(e, {
        group: d.group ?? null,
        ambiguous: d.decision === 'auto' && !!d.ambiguous,
        partner: d.partner ? lineRef(d.partner) : null,
      });
      if (d.decision === 'auto' || d.decision === 'suggest')
        e.evidence = evidence(d.lines.map(bankText).join(' '), (d.rows ?? d.anyOf[0]).map(rowText).join(' '));
      if (d.decision === 'suggest') e.mustNotAuto = !!d.mustNotAuto;
      if (d.decision === 'auto' && d.difference) e.difference = money(d.difference);
      if (d.decision === 'bank-only') e.kind = d.kind;
      e.traits = d.traits ?? [];
      return e;
    });
  const ledgerOnly = mineRows
    .filter((x) => x.owner?.ledgerOnly)
    .map((x) => ({ ...rowRef(x), why: x.owner.ledgerOnly }));
  const truth = {
    set: meta.set,
    country: meta.country,
    currency: cur,
    timezone: meta.timezone,
    period: { from: m.from, to: m.to },
    seed: seed + i * 7919,
    publicHolidays: m.holidays,
    bankFiles: [
      {
        file: bf.file,
        bank: meta.bank,
        headerRow,
        layout: bf.layout,
        order: bf.order ?? 'oldest-first',
        ledgerAccount: bf.ledgerAccount,
        readOptions: bf.readOptions,
        openingBalance: money(s.opening),
        closingBalance: money(closing),
      },
    ],
    ledgerFiles: [
      {
        file: lf.file,
        package: lf.package,
        headerRow: ledgerHeaderRow,
        layout: lf.layout,
        readOptions: lf.readOptions,
        openingBalance: money(bookOpening),
        closingBalance: money(bookClosing),
        ...(nonEntryRows.length ? { nonEntryRows } : {}),
      },
    ],
    bank: truthBank,
    ledgerOnly,
    notes: s.notes ?? [],
  };
  await json(join(dir, 'truth.json'), truth);

  // ——— reconcile JSON: what the mapped cells say ———
  const doc = {
    options: { timezone: meta.timezone },
    bank: chrono.map((l) => ({
      id: `${bf.file}#${l.row}`,
      date: l.date,
      amount: money(l.minor),
      currency: cur,
      narration: l.text,
      reference: bf.reference(l) || null,
      counterparty: null,
      balance: money(l.balance),
    })),
    ledger: mineRows.map((x) => ({
      id: `${lf.file}#${x.row}`,
      date: x.date,
      amount: money(x.minor),
      currency: cur,
      reference: lf.reference(x) || null,
      description: lf.description(x),
      party: lf.party(x) || null,
      account: bf.ledgerAccount,
    })),
    statement: { from: m.from, to: m.to, bankBalance: money(closing), bookBalance: money(bookClosing) },
  };
  await json(join(dir, `reconcile.${bf.file}.json`), doc);

  const count = (f) => truthBank.filter(f).length;
  const decisions = {};
  for (const e of truthBank) decisions[e.decision] = (decisions[e.decision] ?? 0) + 1;
  const kinds = {};
  for (const e of truthBank) if (e.kind) kinds[e.kind] = (kinds[e.kind] ?? 0) + 1;
  index.sets.push({
    set: meta.set,
    country: meta.country,
    currency: cur,
    period: truth.period,
    bank: meta.bank,
    package: meta.package,
    business: meta.business,
    bankFiles: [bf.file],
    ledgerFiles: [lf.file],
    bankLines: truthBank.length,
    ledgerRows: mineRows.length,
    ...(rows.length > mineRows.length ? { otherAccountRows: rows.length - mineRows.length } : {}),
    decisions,
    mustNotAuto: count((e) => e.mustNotAuto),
    autoWithDifference: count((e) => e.difference),
    ledgerOnly: ledgerOnly.length,
    matched: count((e) => e.expect === 'match'),
    matchedWithoutReference: count((e) => e.expect === 'match' && e.evidence !== 'reference'),
    bankOnlyKinds: kinds,
    reversalPairs: count((e) => e.decision === 'reversal-pair') / 2,
  });
  console.log(`${meta.set}: ${truthBank.length} lines, ${mineRows.length} book rows, ${JSON.stringify(decisions)}`);
}

const index = {
  corpus: 'holdout51',
  seed,
  generator: 'bench/corpus/holdout51-tools/make-holdout51.mjs',
  sets: [],
};
const builds = [buildNg, buildGh, buildKe, buildZa];
for (let i = 0; i < builds.length; i++) await writeSet(index, builds[i], i);
await json(join(outDir, 'index.json'), index);
