#!/usr/bin/env node
// Writes bench/corpus/holdout9/** from a seed: four month-long sets (NG, GH, KE, ZA), each a bank statement as
// the bank exports it, the books' export as the package writes it, a reconcile-JSON document and truth.json.
// Same seed → same bytes. Run `npx prettier --write bench/corpus/holdout9` afterwards (the committed form).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emitSet, rng } from './core.mjs';
import { buildNg } from './set-ng.mjs';
import { buildGh } from './set-gh.mjs';
import { buildKe } from './set-ke.mjs';
import { buildZa } from './set-za.mjs';

const DEFAULT_SEED = 20250409;
const seed = process.env.BANKFEED_CORPUS_SEED ? Number(process.env.BANKFEED_CORPUS_SEED) : DEFAULT_SEED;
if (!Number.isInteger(seed))
  throw new Error(`BANKFEED_CORPUS_SEED must be an integer, got ${process.env.BANKFEED_CORPUS_SEED}`);
console.log(`holdout9 seed ${seed}${seed === DEFAULT_SEED ? ' (default)' : ''}`);

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..', 'holdout9');

const builders = [buildNg, buildGh, buildKe, buildZa];
const sets = builders.map((build, i) => {
  // one stream per set, so a change to one set leaves the others' bytes alone
  const { cfg, sb } = build(rng(seed * 4 + i), seed);
  return emitSet(cfg, sb);
});

rmSync(outDir, { recursive: true, force: true });
for (const s of sets) {
  const dir = join(outDir, s.truth.set);
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of s.files) writeFileSync(join(dir, name), content);
}

const index = {
  format: 'bankfeed-eval-corpus/1',
  seed,
  realLayout: sets.map((s) => s.stats),
};
writeFileSync(join(outDir, 'index.json'), JSON.stringify(index, null, 2) + '\n');

const describe = {
  'ng-fcmb-sapb1':
    "A Lagos pharmaceutical distributor. FCMB current account statement (CSV: FCMB Online layout with an account preamble, `Tran Date, Value Date, Narration, Reference, Debit, Credit, Balance`, dates `02-Apr-2025`, NIP session ids in `Reference`) against SAP Business One's General Ledger report of G/L account 1110102 exported to Excel (real date cells, `Origin` RC/PS/JE, invoice numbers as `IN 30112` in `Ref. 2`, an opening-balance row and a total row). Customers write invoices their own way (`inv30112`, `IN-30104`, `SETTLEMENT 30127`), EMTL ₦50 after each electronic receipt, NIP fee+VAT after each transfer, Paystack settlements net of fees against gross web-shop takings, a WHT-short government receipt, a failed rent transfer with its reversal (and the fee's refund) then the retry, bulk salaries, PAYE/pension via Remita, cheques, twins, an unnamed cash deposit with two candidate lodgements.",
  'gh-republic-tally':
    "A Kumasi building-materials dealer. Republic Bank (Ghana) current account statement (CSV, every cell quoted, `Post Date, Value Date, Details, Cheque No., Debit, Credit, Balance`, narrations cut at 60 characters) against TallyPrime's Ledger Vouchers of the bank ledger exported to Excel with narrations shown (`Date, Particulars, Vch Type, Vch No., Debit, Credit`, a narration row under every voucher, `Opening Balance` / `Current Total` / `Closing Balance` rows at the end). Invoice numbers `SI/25/0311` written as `SI 25 0311`, `si/25/311`, `SI250311`, `inv 311`; GhIPSS instant pay and ACH, MoMo-to-bank receipts, bank-to-wallet wages with the 1% E-levy and the wallet fee, a returned cheque still booked as received, 3% WHT, PAYE to GRA, SSNIT, two cash lodgements of one amount on one day, two equal instalments to one supplier.",
  'ke-stanchart-akaunting':
    "A Nairobi agro-inputs wholesaler. Standard Chartered Kenya current account statement (CSV, `Transaction Date, Value Date, Description, Cheque / Reference, Debit Amount, Credit Amount, Running Balance`) against Akaunting's Banking > Transactions export (XLSX, snake_case columns, unsigned `amount` with `type` income/expense, both the bank and the M-PESA paybill account interleaved). PesaLink/RTGS/EFT receipts with `INV-00412` written as `INV412`, `inv 00418`, `427`; withholding-VAT (2%) short receipts; one RTGS for three invoices; M-PESA paybill sweeps booked as transfers with the M-PESA receipt number; excise duty (20%) after every fee; a failed PesaLink reversed and resent; KRA PRN payments, SHIF, NSSF; twins from a county government; a direct debit and a receipt nobody booked.",
  'za-sasfin-evolution':
    "A Germiston engineering-supplies company. Sasfin Business Account statement (CSV, signed `Amount`, `YYYY/MM/DD`, descriptions cut at 40 characters) against Sage Evolution's General Ledger Transactions report of account 8400>001 (CSV, `Tx Date, Transaction Type, Reference, Description, Debit, Credit, Balance`, an opening-balance row and a total row). ACB/RTC/PayShap receipts quoting `IN104233` in many writings, card-machine settlements net of the merchant discount against daily cash-ups, cash deposits with the cash-deposit fee, debit orders with their fees, a supplier paid in two EFTs against one booked payment, an unpaid (returned) EFT and its retry to a shortened name, SARS EMP201/VAT201, batch salaries, a new debit order not yet in the books.",
};

const fmtCounts = (e) => ['auto', 'suggest', 'bank-only', 'none', 'reversal-pair'].map((k) => e[k] ?? 0).join(' / ');
const readme = [
  '# holdout9 — blind month-long sets (NG, GH, KE, ZA)',
  '',
  'Written without reading the engine, its tests or the other corpus folders, from the public input contracts',
  '(`docs/reconcile-json.md`, `docs/reconcile-input.schema.json`, `docs/ledger-files.md`) and from how these banks and',
  'packages write their exports. Layout and truth format are those of `../README.md` ("Real-layout sets"); each',
  "set folder holds the bank statement, the books' export, `reconcile.<bank file>.json` (the same rows as a",
  '`bankfeed reconcile --input` document, ids `<file>#<row>`) and `truth.json`.',
  '',
  '```sh',
  'node bench/corpus/holdout9-tools/make-holdout9.mjs      # rewrites holdout9/** (seeded; BANKFEED_CORPUS_SEED overrides)',
  'npx prettier --write bench/corpus/holdout9',
  'node bench/corpus/holdout9-tools/validate-holdout9.mjs  # schema-checks the inputs, cross-checks every truth file',
  '```',
  '',
  `Committed data: seed ${seed}.`,
  '',
  '## What truth.json adds to the real-layout format',
  '',
  '- Every `bank[]` entry also carries `decision` (`auto`, `suggest`, `bank-only`, `none`, `reversal-pair`, as the',
  "  anchors' truth files define them) and, for `suggest`, `mustNotAuto`. `auto` is used only where a careful",
  '  accountant would be sure from the two files alone; `suggest` where a person must decide (amount differs by a',
  '  fee, withholding or credit note, no name or reference, the payer named differently from the books), with',
  '  `mustNotAuto: true` where the data cannot tell two candidates apart (`ledgerAnyOf` then lists both).',
  "- `expect[]`: the same answers in the anchors' form, keyed by the reconcile-JSON ids (`<file>#<row>`), one entry",
  '  per bank group; `difference` on an `auto` over-payment (bank − ledger).',
  '- `bankFiles[].readOptions` / `ledgerFiles[].readOptions` give the mapping a user would enter for each file',
  '  (`docs/ledger-files.md`); the Akaunting export needs `direction` (unsigned amounts) and `account` (it holds',
  "  two accounts; `ledgerAccount` selects the bank's). `nonEntryRows` lists report rows that are not entries.",
  '- Twins: `ambiguous: true` and `ledgerAnyOf` with each pairing.',
  '',
  '## Sets',
  '',
  '| set | bank | books | bank lines | ledger rows (this account) | auto / suggest / bank-only / none / reversal-pair | ledger-only |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...sets.map(
    (s) =>
      `| \`${s.stats.set}\` | ${s.stats.bank} | ${s.stats.package} | ${s.stats.bankLines} | ${s.stats.ledgerRows} | ${fmtCounts(s.stats.expectations)} | ${s.stats.ledgerOnly} |`,
  ),
  '',
  'Expectation counts are per group (a split of several bank lines is one expectation; a reversal pair is two).',
  '',
  ...sets.flatMap((s) => [`### \`${s.stats.set}\``, '', describe[s.stats.set], '']),
];
writeFileSync(join(outDir, 'README.md'), readme.join('\n'));

for (const s of sets)
  console.log(`${s.stats.set}: ${s.stats.bankLines} bank lines, ${JSON.stringify(s.stats.expectations)}`);
