#!/usr/bin/env node
// Writes bench/corpus/holdout2/** (seeded; same seed → same data): four month-long sets in the real-layout format
// (bench/corpus/README.md §2): the bank and ledger files, truth.json, and reconcile.<bank file>.json per statement.
//   node bench/corpus/holdout2-tools/make-holdout2.mjs      (BANKFEED_HOLDOUT2_SEED overrides the seed)
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import XLSX from 'xlsx';
import { SetBuilder, excelSerial, major, rng } from './lib.mjs';
import { bankLayouts, ledgerLayouts } from './writers.mjs';
import { buildNG } from './set-ng.mjs';
import { buildKE } from './set-ke.mjs';
import { buildGH } from './set-gh.mjs';
import { buildZA } from './set-za.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'holdout2');
const baseSeed = Number(process.env.BANKFEED_HOLDOUT2_SEED ?? 20251203);
console.log(`holdout2 seed ${baseSeed}`);

function csvCell(v) {
  const s = v === undefined || v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
function writeTable(path, aoa, format, sheet) {
  if (format === 'csv') {
    writeFileSync(path, `${aoa.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`);
    return;
  }
  const ws = XLSX.utils.aoa_to_sheet(
    aoa.map((r) => r.map((c) => (c && typeof c === 'object' ? excelSerial(c.date) : c))),
  );
  aoa.forEach((r, i) =>
    r.forEach((c, j) => {
      if (c && typeof c === 'object')
        ws[XLSX.utils.encode_cell({ r: i, c: j })] = { t: 'n', v: excelSerial(c.date), z: 'd-mmm-yyyy' };
    }),
  );
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheet ?? 'Sheet1');
  wb.Props = {
    Title: sheet,
    CreatedDate: new Date('2025-12-01T00:00:00Z'),
    ModifiedDate: new Date('2025-12-01T00:00:00Z'),
  };
  writeFileSync(path, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }));
}

const builders = [buildNG, buildKE, buildGH, buildZA];
mkdirSync(out, { recursive: true }); // README.md is kept; each set's folder is rewritten
const index = { format: 'real-layout (bench/corpus/README.md §2)', seed: baseSeed, sets: [] };
builders.forEach((build, k) => {
  const seed = baseSeed + k;
  const S = new SetBuilder();
  const R = rng(seed);
  const meta = build(S, R);
  if (!meta) return;
  const dir = join(out, meta.set);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const rowOf = new Map();
  const fileOf = new Map();
  const bankFiles = [];
  const ledgerFiles = [];
  const jsonOf = {};
  for (const lf of meta.ledgerFiles) {
    const rows = S.ledger.filter((x) => x.file === lf.file);
    const w = ledgerLayouts[lf.layout](rows, lf);
    writeTable(join(dir, lf.file), w.aoa, w.format, w.sheet);
    for (const [id, row] of w.rowOf) {
      rowOf.set(id, row);
      fileOf.set(id, lf.file);
    }
    jsonOf[lf.file] = w.json;
    ledgerFiles.push({
      file: lf.file,
      package: lf.package,
      headerRow: w.headerRow,
      readOptions: lf.readOptions,
      ...(lf.nonEntryRows ? { nonEntryRows: lf.nonEntryRows } : {}),
    });
  }
  const ledgerRef = (id) => {
    const x = S.ledger.find((l) => l.id === id);
    return { file: x.file, row: rowOf.get(id), date: x.date, amount: major(x.amt) };
  };
  const truthBank = [];
  const docs = [];
  for (const bf of meta.bankFiles) {
    const lines = S.bank.filter((x) => x.file === bf.file);
    const w = bankLayouts[bf.layout](lines, bf);
    writeTable(join(dir, bf.file), w.aoa, w.format, w.sheet);
    for (const [id, row] of w.rowOf) rowOf.set(id, row);
    bankFiles.push({
      file: bf.file,
      bank: bf.bank,
      headerRow: w.headerRow,
      ledgerAccount: bf.ledgerAccount,
      readOptions: bf.readOptions,
      openingBalance: major(bf.opening),
      closingBalance: major(w.closing),
    });
    const ordered = [...lines].sort((a, b) => rowOf.get(a.id) - rowOf.get(b.id));
    const refOf = (l) => ({ file: bf.file, row: rowOf.get(l.id), date: l.date, amount: major(l.amt), text: l.text });
    for (const l of ordered) {
      const t = S.truth.filter((x) => x.bank === l.id);
      if (t.length !== 1) throw new Error(`${meta.set}: bank line ${l.id} (${l.text}) has ${t.length} truth entries`);
      const x = t[0];
      const partner = x.partner ? S.bank.find((p) => p.id === x.partner) : null;
      truthBank.push({
        ref: refOf(l),
        expect: x.expect,
        ledger: x.ledger.map(ledgerRef),
        ...(x.anyOf ? { ledgerAnyOf: x.anyOf.map((set) => set.map(ledgerRef)) } : {}),
        group: x.group ?? null,
        evidence: x.evidence,
        ambiguous: !!x.ambiguous,
        kind: x.kind ?? null,
        partner: partner ? refOf(partner) : null,
        traits: x.traits ?? [],
        ...(x.why ? { why: x.why } : {}),
      });
    }
    // the reconcile-JSON document: what the files carry, ids "<file>#<row>"
    const ledgerRows = S.ledger.filter((x) => (bf.ledgerRows ? bf.ledgerRows(x) : true));
    const doc = {
      options: { timezone: meta.timezone },
      statement: { from: meta.period.from, to: meta.period.to, bankBalance: major(w.closing) },
      bank: ordered.map((l) => ({
        id: `${bf.file}#${rowOf.get(l.id)}`,
        date: l.date,
        amount: major(l.amt),
        currency: meta.currency,
        narration: l.text,
        reference: bf.hasRef === false ? null : l.ref || null,
        counterparty: l.party ? { name: l.party, account: null } : null,
        balance: major(l.balance),
      })),
      ledger: ledgerRows
        .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : rowOf.get(a.id) - rowOf.get(b.id)))
        .map((x) => ({
          id: `${x.file}#${rowOf.get(x.id)}`,
          date: x.date,
          amount: major(x.amt),
          currency: meta.currency,
          ...jsonOf[x.file](x),
        })),
    };
    docs.push([`reconcile.${bf.file}.json`, doc]);
  }
  for (const [name, doc] of docs) writeFileSync(join(dir, name), `${JSON.stringify(doc, null, 2)}\n`);
  const truth = {
    set: meta.set,
    country: meta.country,
    currency: meta.currency,
    timezone: meta.timezone,
    period: meta.period,
    seed,
    bankFiles,
    ledgerFiles,
    bank: truthBank,
    ledgerOnly: S.ledgerOnly.map((o) => ({ ...ledgerRef(o.id), why: o.why })),
  };
  writeFileSync(join(dir, 'truth.json'), `${JSON.stringify(truth, null, 2)}\n`);
  const count = (e) => truthBank.filter((b) => b.expect === e).length;
  const matched = truthBank.filter((b) => b.expect === 'match');
  const stats = {
    set: meta.set,
    files: [...bankFiles.map((f) => f.file), ...ledgerFiles.map((f) => f.file)],
    bankLines: truthBank.length,
    match: matched.length,
    bankOnly: count('bank-only'),
    reversalPair: count('reversal-pair'),
    noCounterpart: count('no-counterpart'),
    ledgerOnly: truth.ledgerOnly.length,
    ambiguous: truthBank.filter((b) => b.ambiguous).length,
    matchedWithoutReference: matched.filter((b) => b.evidence !== 'reference').length,
  };
  index.sets.push(stats);
  console.log(JSON.stringify(stats));
});
writeFileSync(join(out, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
