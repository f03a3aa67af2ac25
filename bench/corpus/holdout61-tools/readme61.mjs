// README.holdout61.md: how the sets were written, what each month holds, the counts (computed), and — once the one
// evaluation run has been made — what it printed (holdout61-tools/measured61.md, written by hand after the run).

const countsTable = (sets) => {
  const head =
    '| set | bank lines | auto | suggest | bank-only | none | reversal | book rows | ledger-only | matched without reference | decoys |\n' +
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n';
  return (
    head +
    sets
      .map((s) => {
        const d = s.decisions;
        return `| \`${s.set}\` | ${s.bankLines} | ${d.auto ?? 0} | ${d.suggest ?? 0} | ${d['bank-only'] ?? 0} | ${d.none ?? 0} | ${d['reversal-pair'] ?? 0} | ${s.ledgerRows} | ${s.ledgerOnly} | ${s.matchedWithoutReference} | ${s.decoys} |`;
      })
      .join('\n') +
    '\n'
  );
};

const decoySection = (sets) =>
  sets
    .map((s) =>
      s.detail.lines
        .filter((ln) => ln.d.decision === 'none')
        .map((ln) => {
          const ref = ln.ref || ln.chq || '';
          const text = ref ? `${ln.text}\` / \`${ref}` : ln.text;
          return `- ${s.country} row ${ln.row}, ${ln.date}, ${ln.amount}: \`${text}\` — resembles ${ln.d.decoy}. Not it: ${ln.d.why}.`;
        })
        .join('\n'),
    )
    .join('\n');

export function readme(sets, measured) {
  const by = Object.fromEntries(sets.map((s) => [s.country, s]));
  return `# holdout61 — four blind month-long sets (NG, GH, KE, ZA)

${measured ?? '## Measured\n\nNot yet run.\n'}
## How it was written

Blind, before the run. Read: \`/work/coord/RULES.md\`; \`README.md\` lines 1–40; \`/work/shared/reconciliation.md\`;
\`docs/reconcile-json.md\` lines 1–90; \`docs/ledger-files.md\` lines 1–150; \`bench/corpus/README.md\`;
\`holdout60/README.holdout60.md\` and \`holdout60/index.json\`; the key structure of holdout60's truth and reconcile
files via \`jq\` (paths, key order per decision, value types; of values only the sets of \`decision\`, \`expect\`,
\`evidence\` and \`kind\` values, the \`order\` values, the \`readOptions\` keys and the first \`group\` id);
\`bench/eval/real-layout.ts\` lines 1–134; \`.prettierrc.json\`, \`.prettierignore\`, the start of \`eslint.config.js\`
and its \`*.mjs\` block, package.json's \`type\`, dependency and script names; the FOLDERS list of
\`bench/eval-corpus.ts\` (to avoid its banks and packages and to add one line). To avoid repeats: the \`bank\` and
\`package\` fields of every earlier \`index.json\` collected with \`jq\` into a list that was only grepped for
candidate names, and case-insensitive counts (counts only) of business kinds in earlier \`index.json\` files (their
\`business\` field) and READMEs. Searches of public reference text: accounting software made in Nigeria (nothing
usable), co-operative banks registered in South Africa (nothing new), software of Kenyan dairy co-operatives (it named
CoopWorks, not used) and South African cloud accounting (nothing usable).

Not read: anything under \`matching/\` or \`test/matching/\`, \`docs/matching.md\`, presets or readers under
\`adapters/\` (their export names were found with \`grep -l\` only), earlier generators (\`bench/corpus/*-tools/\`), any
earlier holdout's data file, the rest of \`bench/eval-corpus.ts\`, \`docs/reconcile-input.schema.json\` (used, not
read). The subjects of the latest commits on \`main\` were seen once in \`git log --oneline\` when the worktree was made, and
the file names of holdout60's commits in \`git log --stat\` (to see what a holdout commit holds); nothing in the sets
was shaped after them. The readers (\`readBankStatementFile\`, \`readLedgerFile\`) were **run** (not
read) on the four sets before the evaluation from a throwaway script in \`/tmp\`: every statement line came back at
the truth's row with its date, amount, narration, reference and balance, every book row at its row with the reconcile
document's date, amount, description, party and reference, and nothing else (the summary rows and the failed NG
transfer were skipped). The four reconcile documents were validated against \`docs/reconcile-input.schema.json\` with
ajv from another throwaway script. The engine was run only by the one \`eval-corpus.ts\` run.

Banks and packages appear in no earlier \`index.json\` \`bank\`/\`package\` field or FOLDERS line: Raven Bank, BQE
CORE, Atwima Mponua Rural Bank, OneUp, Tower Sacco, Blackbaud Financial Edge NXT, Lula, GoodX. Businesses: an
architecture and quantity-surveying practice, an outdoor-advertising (billboard) firm, a hospice, an audiology
practice — none of \`architect\`, \`quantity surv\`, \`billboard\`, \`hospice\`, \`audiolog\`, \`hearing\` has a hit in the
\`business\` field of an earlier \`index.json\` (\`advertis\` has two, as other businesses).

**Doubtful calls:** Raven Bank as the practice's main account (a digital microfinance bank for businesses; its export
columns are invented); Tower Sacco's FOSA as the hospice's operating account (a Sacco's front-office account for an
institution, in the Sacco's home town); Lula as a practice's business account (Lula is known as a business lender and
account provider; whether a medical practice would bank there, and its statement columns, were not checked); BQE CORE
as an African practice's books (made for architects and engineers, US dates kept in the export); Financial Edge NXT at
a small county hospice; GoodX's cashbook export (GoodX is a South African practice-management system; whether its
cashbook exports so was not checked). The payroll lines: NG's four per-employee transfers against one payroll journal
and GH's and ZA's bulk payments against per-employee rows are \`suggest\` (a combination found by amounts, principle
5); KE's bulk payment is \`auto\` because it cites the payroll batch PR-0825 that each of its five rows carries. The
invoice paid in two transfers is \`auto\` where both parts cite the invoice (NG) or one cites it and the other names
the payer with "SALDO" (ZA) or both cite the grant letter (KE), \`suggest\` where both only name the payer (GH). An
invoice less a credit note is \`auto\` only in NG, where the transfer cites both numbers; elsewhere it cites the invoice
or nothing and is \`suggest\`. A resent payment is \`auto\` when it names the payee (NG: his own name reordered; KE:
the nurse's fuller name; ZA: the invoice number) and \`suggest\` in GH, where it went by MoMo to the welder's own name.
Twins are \`auto\` with \`ledgerAnyOf\`. Statutory payments with the authority's number (PFA employer code, Remita RRR,
SSNIT employer number, GRA TIN, KMA permit, KRA PRN, NSSF employer number, SARS PRN, HPCSA registrations) are \`auto\`
by reference. A short payment "net of a fee" is a remittance service's fee (NG Lemfi, GH Zeepay), a SWIFT charge (KE,
ZA), and card or merchant settlements net of the processor's fee (Paystack, Hubtel, iKhokha).

**Invented, never checked against a real export:** every file layout. Raven Bank's app statement (CSV with BOM,
newest first, \`Date\` with time, an unsigned \`Amount\` with a \`Type\` column CREDIT/DEBIT, \`Session ID\`, \`Channel\`,
\`Status\` with one Failed row); BQE CORE's account register (MM/DD/YYYY, Payment/Deposit, Project, Beginning Balance,
Total, Ending Balance rows); Atwima Mponua Rural Bank's CSV (Windows-1252, \`DD-MON-YYYY\`, one AMOUNT column suffixed
DR/CR, totals and an end-of-statement line); OneUp's transactions export (GH₵ amounts, money out in parentheses);
Tower Sacco's Excel FOSA statement (date cells, Brought Forward, Totals, Carried Forward, excise duty after each fee);
Financial Edge NXT's list export (Bank account, Fund and Status columns, no preamble); Lula's CSV (a Reference column
apart from the Description, a Category column, R-prefixed Money in/Money out); GoodX's cashbook in Excel (Batch, Doc
No, Account as the debtor/creditor/scheme, Debit = money in). Businesses, people and most firms are invented; public
bodies and known companies (Paystack, AEDC, Spectranet, Stanbic IBTC Pension Managers, FCT-IRS, Remita, ARCON, NIA,
Lemfi; Hubtel, ECG, SSNIT, GRA, the Kumasi Metropolitan Assembly, GOIL, Zeepay, the Outdoor Advertising Association
of Ghana; KEMSA, the Kenya Hospices and Palliative Care Association, the County Government of Nyandarua, BOC Kenya,
Rubis, KRA, NSSF, Kenya Power, M-PESA, PesaLink; Discovery Health, Bonitas, GEMS, Medshield, Momentum Health, Sonova,
Widex, GN Hearing, iKhokha, Vox, SARS, HPCSA) appear under their names with invented numbers.

\`\`\`sh
node bench/corpus/holdout61-tools/make-holdout61.mjs              # rewrites the four set folders, index.json and this README
node bench/corpus/holdout61-tools/make-holdout61.mjs --out /tmp/x # same seed, same bytes (checked with diff -r)
npx prettier --write bench/corpus/holdout61                       # the committed JSON and Markdown are prettier's layout
\`\`\`

\`make-holdout61.mjs\` (balances, tables and row numbers, checks, truth, reconcile documents, index, this README),
\`lib61.mjs\` (seeded draws, money and date text, CSV/XLSX writers, the numbers a text carries), \`dsl61.mjs\` (a bank
line, a book row, the one decision a line carries), \`readme61.mjs\` (this file's text; the measured section comes from
\`measured61.md\`, written after the run), one \`set-<cc>61.mjs\` per month (the business's month, its two file layouts
and every line's decision written by hand). Seed \`20616161\`; set _i_ draws from mulberry32 seeded \`seed + i·7919\`
(NIP session ids and times of day, M-PESA receipt codes, Sacco document numbers). Amounts are written by hand as
decimal strings and held as integer minor units. The generator refuses a month unless every line carries exactly one
decision, every book row is matched once or ledger-only, a \`reference\` evidence shares a number of three digits or
more (leading zeros aside, separators removed, years aside) with its book rows and a line of other evidence carries
none, an \`auto\` with a difference is an explained over-payment and an \`auto\` never rests on the amount alone, a
\`suggest\` adds up unless a trait explains the gap (part payment, short net of a fee) and a line said to be short
does not add up, a match's book rows go the bank line's way (a credit note excepted), groups add up and agree on
their decision, twins have the line's amount, reversal partners cancel and point at each other, no bank line falls on
a weekend or public holiday (none falls in these four months), nothing falls outside the period, the account is never
overdrawn, a month has 28–36 lines and 24–30 book rows, at least two decoys, a bank charge, and a part payment, a credit
note, an over-payment, twins, a trading name, both kinds of split, a resent payment, a short payment, payroll and a
statutory payment.

The truth and reconcile files have holdout60's shape (the same keys in the same order, the same \`expect\`/\`decision\`/
\`evidence\` values; \`why\` and \`decoy\` on \`none\` lines). Every \`none\` line is a decoy. Truth and reconcile
documents list the bank lines oldest first (the NG statement is written newest first); the reconcile documents carry
the books' \`party\`, \`reference\` (the export's number column: invoice/document number in NG, payment number in GH,
reference in KE, document number in ZA) and the description as the reader joins the mapped columns; each export holds
the one bank account (KE's names it in a Bank account column).

## The four sets

- **\`${by.NG.set}\`** — Kadarko & Eze Architects Ltd, Wuse II, Abuja, August 2025. A fit-out client by invoice number
  with dashes, a structural engineer by name, a doctor's \`inv 405\`, a land surveyor's transfer returned (invalid
  account) and resent to his own name reordered, a clinic paying one invoice in two transfers (\`KEA 25 0406 PART 1\`,
  \`… BAL\`), a Paystack settlement of two card-link payments net of fees, rent by name, a school's part payment, a
  plotting bill (after a failed attempt the statement shows as Failed), a developer by project number, AEDC prepaid
  by meter, a trading name (Divine Favour Pharmacy & Stores for Mrs Amaka Nwosu), a developer paying an invoice less a
  credit note citing both, pension by PFA employer code and PAYE by Remita RRR, twins (two soil tests), Spectranet by
  customer ID, an over-payment, a client abroad paying through Lemfi short of its fee, four salary transfers against
  one payroll journal. Decoys: see below. Cheque lodgement and cheque issue uncleared at month end. NIP,
  EMTL, SMS and maintenance charges.
- **\`${by.GH.set}\`** — Oseikrom Outdoor Media Ltd, Asokwa, Kumasi, October 2025. An agency by invoice number
  unspaced, flex printing by name, a trading name the other way (Suame Motor Spares Enterprise paid in cash by its
  owner Kwame Boateng), association dues, site rent by cheque number, a Hubtel settlement of three small orders net of
  1.95%, ECG prepaid by meter, a steel works' GIP returned (invalid account number) and resent by MoMo to the welder's
  own name, a beverage company's part payment, twins (two floodlight repairs), SSNIT and GRA PAYE by number, a credit
  union paying an invoice less a credit note citing the invoice only, KMA permits by number, an over-payment, a radio
  station paying one invoice in two transfers naming itself only, a church by \`OOM/1037\`, fuel by name, a remittance
  short of Zeepay's fee, a bulk salary payment against five per-employee rows. Decoys: see below. A site-rent
  cheque and a cheque lodgement uncleared at month end. Cheque book, SMS, ledger and GIP charges.
- **\`${by.KE.set}\`** — Nyandarua Hospice & Palliative Care Trust, Ol Kalou, August 2025. A national association's
  sub-grant by number, KEMSA by invoice, three M-PESA paybill donations against the week's one donations row, fuel
  by cheque number, a church's harambee cheque by number, twins (two oxygen refills), a pharmacy's bill less its credit
  note paid naming the pharmacy only, a patient's family paying part of a care bill by patient number, a locum nurse's
  PesaLink rejected and resent by M-PESA, PAYE by PRN and NSSF by employer number, an over-payment, a county grant in
  two parts by grant number, a trading name (Kinangop Dairy Fresh's table paid by its owner), a UK friends' group by
  SWIFT short of charges, the week's vegetables by name, a bulk salary payment by batch number against five rows,
  Kenya Power by meter. Decoys: see below. Two cheques uncleared at month end. Ledger and SMS fees, each
  with its excise duty.
- **\`${by.ZA.set}\`** — Menlo Park Audiology Inc, Pretoria, July 2025. Discovery Health, Bonitas and GEMS remittances
  by number, Sonova by invoice, an iKhokha settlement of three card payments net of 2.75%, rent and fibre by debit
  order, a Widex payment returned (account frozen) and resent with the invoice number, twins (two GN Hearing
  repairs), a patient's part payment by account number, SARS EMP201 by PRN and HPCSA fees by registration numbers, a
  factory paying an invoice less a credit note citing the invoice, a trading name (Lovely Nails & Beauty Bar for Ms P
  Mahlangu), an over-payment, a school paying in two transfers (\`INV 25-0710 DEEL 1\`, \`SALDO\`), a Botswana patient by
  SWIFT short of charges, a bulk salary payment against three rows, batteries by name. Decoys: see below.
  A Momentum remittance and August's rent captured on 31 Jul. Account and EFT fees, the card machine's rental, credit
  interest.

## Decoys

Every \`none\` line, at its statement row, with the book row it resembles (the truth's \`decoy\`) and why it is not that row (\`why\`):

${decoySection(sets)}

## Counts

${countsTable(sets)}
\`auto\` counts the twins (two lines a set). \`none\` lines are all decoys.
`;
}
