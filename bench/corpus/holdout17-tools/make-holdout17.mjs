#!/usr/bin/env node
// Writes bench/corpus/holdout17/** — four blind month-long reconciliation sets (NG, GH, KE, ZA) with their
// truth files and reconcile-JSON documents. Deterministic: same seed → same bytes.
//   node bench/corpus/holdout17-tools/make-holdout17.mjs   (BANKFEED_CORPUS_SEED overrides the seed)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { counts } from './lib-holdout17.mjs';
import { buildNG } from './set-ng.mjs';
import { buildGH } from './set-gh.mjs';
import { buildKE } from './set-ke.mjs';
import { buildZA } from './set-za.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.resolve(HERE, '../holdout17');
const SEED = Number(process.env.BANKFEED_CORPUS_SEED ?? 20251700);
console.log(`holdout17 seed ${SEED}`);

const builders = [
  ['ng-zenith-sage', buildNG, 1],
  ['gh-stanbic-odoo', buildGH, 2],
  ['ke-equity-mpesa-qbo', buildKE, 3],
  ['za-nedbank-pastel', buildZA, 4],
];

const json = (o) => `${JSON.stringify(o, null, 2)}\n`;
const index = { format: 'bankfeed-eval-corpus/1', corpus: 'holdout17', seed: SEED, sets: [] };
// Only the generated sets are rewritten; README.holdout17.md beside them is hand-written.
for (const [id] of builders) fs.rmSync(path.join(OUT, id), { recursive: true, force: true });
for (const [id, build, k] of builders) {
  const { files, truth, reconcile } = build(SEED + k);
  if (truth.set !== id) throw new Error(`set id ${truth.set} ≠ ${id}`);
  const dir = path.join(OUT, id);
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  fs.writeFileSync(path.join(dir, 'truth.json'), json(truth));
  for (const [name, doc] of Object.entries(reconcile)) fs.writeFileSync(path.join(dir, name), json(doc));
  const c = counts(truth);
  c.ledgerRows = Object.values(reconcile).reduce((s, d) => s + d.ledger.length, 0);
  index.sets.push({
    set: id,
    country: truth.country,
    currency: truth.currency,
    period: truth.period,
    truth: `${id}/truth.json`,
    bankFiles: truth.bankFiles.map((b) => ({
      file: `${id}/${b.file}`,
      bank: b.bank,
      lines: truth.bank.filter((x) => x.ref.file === b.file).length,
    })),
    ledgerFiles: truth.ledgerFiles.map((l) => ({ file: `${id}/${l.file}`, package: l.package, layout: l.layout })),
    reconcile: Object.keys(reconcile).map((n) => `${id}/${n}`),
    counts: c,
  });
  console.log(id, JSON.stringify(c));
}
fs.writeFileSync(path.join(OUT, 'index.json'), json(index));
