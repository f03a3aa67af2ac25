#!/usr/bin/env node
// Writes bench/corpus/holdout15/**: four month-long sets (bank statement CSV, ledger export CSV, reconcile JSON,
// truth.json) and index.json. Seeded: the same seed gives the same bytes.
//   node bench/corpus/holdout15-tools/make-holdout15.mjs   (BANKFEED_CORPUS_SEED overrides the seed)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rng, dec, grouped, dMonY, dmy, csvLine, parts } from './lib.mjs';
import { SetBuilder, story } from './story.mjs';
import { NG, GH, KE, ZA } from './flavours.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const OUT = join(here, '..', 'holdout15');
const BASE_SEED = Number(process.env.BANKFEED_CORPUS_SEED ?? 20250415);
console.log(`holdout15 seed ${BASE_SEED}`);

const byDate = (a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq);
const plain = (minor) => dec(minor);

// ---------------------------------------------------------------- bank statement layouts
const BANK = {
  NG: {
    file: 'wema-alat-0248913375-apr2025.csv',
    opening: 481233015,
    readOptions: {
      mapping: {
        date: 'Trans. Date',
        valueDate: 'Value Date',
        reference: 'Reference',
        description: 'Narration',
        moneyOut: 'Debit',
        moneyIn: 'Credit',
        balance: 'Balance',
      },
      currency: 'NGN',
      dateOrder: 'DMY',
    },
    render(S, lines, R, opening, closing) {
      const { y, m } = { y: S.F.year, m: S.F.month };
      const head = [
        ['WEMA BANK PLC'],
        ['ALAT for Business - Statement of Account'],
        ['Account Name', S.F.company],
        ['Account Number', '0248913375'],
        ['Currency', 'NGN'],
        ['Period', `${dMonY(S.D(1))} to ${dMonY(S.D(S.last))}`],
        ['Opening Balance', grouped(opening)],
        ['Closing Balance', grouped(closing)],
        [],
        ['Trans. Date', 'Value Date', 'Reference', 'Narration', 'Debit', 'Credit', 'Balance'],
      ];
      const rows = lines.map((b) => {
        b.bankRef = `ALT${b.date.slice(8)}${String(m).padStart(2, '0')}${String(y).slice(2)}${R.digits(7)}`;
        return [
          dMonY(b.date),
          dMonY(b.valueDate),
          b.bankRef,
          b.text,
          b.amt < 0 ? grouped(b.amt) : '',
          b.amt > 0 ? grouped(b.amt) : '',
          grouped(b.balance),
        ];
      });
      return { head, rows, tail: [] };
    },
  },
  GH: {
    file: 'fidelity-gh-1040311229018-feb2025.csv',
    opening: 8523044,
    readOptions: {
      mapping: {
        date: 'Post Date',
        valueDate: 'Value Date',
        description: 'Description',
        reference: 'Ref. No.',
        moneyOut: 'Debit',
        moneyIn: 'Credit',
        balance: 'Balance',
      },
      currency: 'GHS',
      dateOrder: 'DMY',
    },
    render(S, lines, R, opening, closing) {
      const head = [
        ['FIDELITY BANK GHANA LIMITED'],
        ['STATEMENT OF ACCOUNT'],
        ['Account Name:', S.F.company],
        ['Account Number:', '1040311229018'],
        ['Currency:', 'GHS'],
        ['Branch:', 'ABOSSEY OKAI'],
        ['Period:', `${dmy(S.D(1))} - ${dmy(S.D(S.last))}`],
        [],
        ['Post Date', 'Value Date', 'Description', 'Ref. No.', 'Debit', 'Credit', 'Balance'],
        [dmy(S.D(1)), dmy(S.D(1)), 'OPENING BALANCE', '', '', '', grouped(opening)],
      ];
      const rows = lines.map((b) => {
        const doy = Math.round((Date.UTC(S.F.year, S.F.month - 1, parts(b.date).d) - Date.UTC(S.F.year, 0, 0)) / 864e5);
        b.bankRef = `FT25${String(doy).padStart(3, '0')}${R.digits(5)}`;
        return [
          dmy(b.date),
          dmy(b.valueDate),
          b.text,
          b.bankRef,
          b.amt < 0 ? grouped(b.amt) : '',
          b.amt > 0 ? grouped(b.amt) : '',
          grouped(b.balance),
        ];
      });
      return {
        head,
        rows,
        tail: [[dmy(S.D(S.last)), dmy(S.D(S.last)), 'CLOSING BALANCE', '', '', '', grouped(closing)]],
        nonEntry: ['opening', 'closing'],
      };
    },
  },
  KE: {
    file: 'ncba-kes-current-1004827731-sep2025.csv',
    opening: 128455060,
    readOptions: {
      mapping: {
        date: 'Tran Date',
        valueDate: 'Value Date',
        description: 'Transaction Details',
        reference: 'Reference No',
        moneyOut: 'Debit',
        moneyIn: 'Credit',
        balance: 'Running Balance',
      },
      currency: 'KES',
      dateOrder: 'DMY',
    },
    render(S, lines, R, opening) {
      const sp = (d) => dMonY(d, ' ');
      const head = [
        ['NCBA BANK KENYA PLC'],
        ['ACCOUNT STATEMENT'],
        ['Account Name', S.F.company],
        ['Account Number', '1004827731'],
        ['Branch', 'NAKURU'],
        ['Currency', 'KES'],
        ['Statement Period', `${sp(S.D(1))} - ${sp(S.D(S.last))}`],
        ['Opening Balance', grouped(opening)],
        [],
        ['Tran Date', 'Value Date', 'Transaction Details', 'Reference No', 'Debit', 'Credit', 'Running Balance'],
      ];
      const rows = lines.map((b) => {
        b.bankRef = `${R.pick(['FT', 'PL', 'CH', 'TT'])}25${String(S.F.month).padStart(2, '0')}${b.date.slice(8)}${R.digits(6)}`;
        return [
          sp(b.date),
          sp(b.valueDate),
          b.text,
          b.bankRef,
          b.amt < 0 ? grouped(b.amt) : '',
          b.amt > 0 ? grouped(b.amt) : '',
          grouped(b.balance),
        ];
      });
      return { head, rows, tail: [] };
    },
  },
  ZA: {
    file: 'capitec-business-jun2025.csv',
    opening: 4832017,
    readOptions: {},
    render(S, lines) {
      const head = [['Posting Date', 'Transaction Date', 'Description', 'Money In', 'Money Out', 'Fee', 'Balance']];
      const rows = lines.map((b) => {
        b.bankRef = null;
        const principal = b.amt + b.fee; // the movement before the fee taken on the same row
        return [
          dmy(b.date),
          dmy(b.txDate ?? b.date),
          b.text,
          principal > 0 ? plain(principal) : '',
          principal < 0 ? plain(principal) : '',
          b.fee ? plain(-b.fee) : '',
          plain(b.balance),
        ];
      });
      return { head, rows, tail: [] };
    },
  },
};

// ---------------------------------------------------------------- ledger export layouts
const LEDGER = {
  NG: {
    file: 'pastel-partner-general-ledger-apr2025.csv',
    headerLabel: 'general-ledger',
    account: '8400/010',
    readOptions: { preset: 'general-ledger', currency: 'NGN', dateOrder: 'DMY' },
    render(S, rows) {
      const head = [
        ['Adunni Foods & Packaging Ltd'],
        ['General Ledger Transactions - 8400/010 Wema Bank Current'],
        [`Period: ${dmy(S.D(1))} to ${dmy(S.D(S.last))}`],
        [],
        ['Date', 'Journal ID', 'Account Code', 'Account Name', 'Description', 'Reference', 'Debit', 'Credit'],
      ];
      const n = { RC: 1180, PM: 641, JNL: 409 };
      const out = rows.map((l) => {
        const p = l.kind === 'receipt' || l.kind === 'deposit' ? 'RC' : l.kind === 'transfer' ? 'JNL' : 'PM';
        n[p] += 1;
        l.json = { reference: l.ref || null, description: l.memo || null, party: null, account: '8400/010' };
        return [
          dmy(l.date),
          `${p}${String(n[p]).padStart(5, '0')}`,
          '8400/010',
          'Wema Bank Current',
          l.memo,
          l.ref,
          l.amt > 0 ? plain(l.amt) : '',
          l.amt < 0 ? plain(-l.amt) : '',
        ];
      });
      return { head, rows: out, tail: [] };
    },
  },
  GH: {
    file: 'qbo-general-ledger-feb2025.csv',
    account: '1003 Fidelity Bank GHS Current',
    readOptions: { preset: 'quickbooks-general-ledger', currency: 'GHS', dateOrder: 'DMY' },
    render(S, rows, opening) {
      const acct = '1003 Fidelity Bank GHS Current';
      const head = [
        ['Asantewaa Building Supplies Ltd'],
        ['General Ledger'],
        ['February 2025'],
        [],
        ['Date', 'Transaction Type', 'Num', 'Name', 'Memo/Description', 'Split', 'Amount', 'Balance'],
        [acct],
        ['Beginning Balance', '', '', '', '', '', '', grouped(opening)],
      ];
      let bal = opening;
      const out = rows.map((l) => {
        bal += l.amt;
        const supplier =
          l.kind === 'payment' && l.party && S.F.suppliers.concat([S.F.failedTo]).some((s) => s.name === l.party);
        const type =
          { receipt: 'Payment', deposit: 'Deposit', cheque: 'Cheque', transfer: 'Transfer', expense: 'Expense' }[
            l.kind
          ] ?? (supplier ? 'Bill Payment (Cheque)' : 'Expense');
        const split =
          l.kind === 'receipt'
            ? 'Accounts Receivable (A/R)'
            : l.kind === 'deposit'
              ? 'Sales of Product Income'
              : l.kind === 'transfer'
                ? l.amt < 0
                  ? '1004 Fidelity Savings'
                  : '1006 CalBank Current'
                : supplier || l.kind === 'cheque'
                  ? 'Accounts Payable (A/P)'
                  : /salar|wages/i.test(l.memo)
                    ? 'Salaries & Wages'
                    : /SSNIT|Tier|PAYE|VAT/i.test(l.memo)
                      ? 'Payroll & Tax Liabilities'
                      : /lease/i.test(l.memo)
                        ? 'Lease Liability'
                        : 'Office Expenses';
        l.json = { reference: l.ref || null, description: l.memo || null, party: l.party ?? null, account: acct };
        return [
          dmy(l.date),
          type,
          l.ref,
          l.party ?? '',
          l.memo,
          split,
          (l.amt < 0 ? '-' : '') + grouped(l.amt),
          (bal < 0 ? '-' : '') + grouped(bal),
        ];
      });
      const total = rows.reduce((s, l) => s + l.amt, 0);
      return {
        head,
        rows: out,
        tail: [
          [`Total for ${acct}`, '', '', '', '', '', (total < 0 ? '-' : '') + grouped(total), ''],
          [],
          ['TOTAL', '', '', '', '', '', (total < 0 ? '-' : '') + grouped(total), ''],
        ],
        nonEntry: [{ at: head.length, why: 'Beginning Balance of the account section, not an entry' }],
      };
    },
  },
  KE: {
    file: 'zoho-books-general-ledger-sep2025.csv',
    account: '1001',
    readOptions: { preset: 'general-ledger', currency: 'KES', dateOrder: 'DMY' },
    render(S, rows) {
      const head = [
        ['Mwangaza Agrovet Distributors Ltd'],
        ['General Ledger'],
        [`From ${dmy(S.D(1))} To ${dmy(S.D(S.last))}`],
        ['Account: NCBA Current Account (1001)'],
        [],
        ['Date', 'Journal ID', 'Account Code', 'Account Name', 'Description', 'Reference', 'Debit', 'Credit'],
      ];
      const n = { PR: 2302, VP: 876, EXP: 331, TR: 88 };
      const out = rows.map((l) => {
        const p =
          l.kind === 'receipt' || l.kind === 'deposit'
            ? 'PR'
            : l.kind === 'transfer'
              ? 'TR'
              : l.kind === 'expense'
                ? 'EXP'
                : 'VP';
        n[p] += 1;
        const desc =
          (l.kind === 'payment' || l.kind === 'cheque') && l.party && !l.memo.includes(l.party)
            ? `Payment made to ${l.party} - ${l.memo}`
            : l.memo;
        l.json = { reference: l.ref || null, description: desc || null, party: null, account: '1001' };
        return [
          dmy(l.date),
          `${p}-${String(n[p]).padStart(5, '0')}`,
          '1001',
          'NCBA Current Account',
          desc,
          l.ref,
          l.amt > 0 ? plain(l.amt) : '',
          l.amt < 0 ? plain(-l.amt) : '',
        ];
      });
      return { head, rows: out, tail: [] };
    },
  },
  ZA: {
    file: 'sage-detailed-ledger-transactions-jun2025.csv',
    account: 'Capitec Business Account',
    readOptions: { preset: 'sage-business-cloud-detailed-ledger', currency: 'ZAR', dateOrder: 'DMY' },
    render(S, rows, opening) {
      const acct = 'Capitec Business Account';
      const head = [
        ['Fynbos Coffee Roasters (Pty) Ltd'],
        ['Detailed Ledger Transactions'],
        [`Date range: ${dmy(S.D(1))} - ${dmy(S.D(S.last))}`],
        [],
        ['Account', 'Date', 'Type', 'Reference', 'Contact', 'Description', 'Debit', 'Credit', 'Balance'],
        [acct, dmy(S.D(1)), '', '', '', 'Opening Balance', '', '', plain(opening)],
      ];
      let bal = opening;
      const out = rows.map((l) => {
        bal += l.amt;
        const supplier =
          l.kind === 'payment' && l.party && S.F.suppliers.concat([S.F.failedTo]).some((s) => s.name === l.party);
        const type =
          {
            receipt: 'Customer Receipt',
            deposit: 'Other Receipt',
            transfer: 'Bank Transfer',
            expense: 'Other Payment',
          }[l.kind] ?? (supplier ? 'Supplier Payment' : 'Other Payment');
        l.json = { reference: l.ref || null, description: l.memo || null, party: l.party ?? null, account: acct };
        return [
          acct,
          dmy(l.date),
          type,
          l.ref,
          l.party ?? '',
          l.memo,
          l.amt > 0 ? plain(l.amt) : '',
          l.amt < 0 ? plain(-l.amt) : '',
          plain(bal),
        ];
      });
      return {
        head,
        rows: out,
        tail: [],
        nonEntry: [{ at: head.length, why: 'opening balance of the account, not an entry' }],
      };
    },
  },
};

// ---------------------------------------------------------------- one set
function makeSet(F, seed) {
  const S = new SetBuilder(F, seed);
  story(S);
  const R2 = rng(seed + 7); // bank references, drawn after the story so the story does not depend on them
  const bankLines = [...S.bank].sort(byDate);
  for (const b of bankLines) b.valueDate = b.valueOffset ? S.shift(b.date, b.valueOffset) : b.date;
  const BL = BANK[F.country];
  // a business account is kept in credit: lift the opening balance if the month would dip below zero
  let run = BL.opening;
  let low = run;
  for (const b of bankLines) low = Math.min(low, (run += b.amt));
  const opening = low < 0 ? BL.opening - low + 10000000 : BL.opening;
  run = opening;
  for (const b of bankLines) b.balance = run += b.amt;
  const closing = run;
  const rb = BL.render(S, bankLines, R2, opening, closing);
  const bankCsv = [...rb.head, ...rb.rows, ...rb.tail].map(csvLine).join('\r\n') + '\r\n';
  const bankHeaderRow = rb.head.findIndex((r) => r.length > 3) + 1;
  const firstBankRow = rb.head.length + 1;
  bankLines.forEach((b, i) => (b.row = firstBankRow + i));
  const bankNonEntry = [];
  if (rb.nonEntry) {
    bankNonEntry.push({ row: rb.head.length, why: 'OPENING BALANCE row (balance only, no money moved)' });
    bankNonEntry.push({
      row: rb.head.length + rb.rows.length + 1,
      why: 'CLOSING BALANCE row (balance only, no money moved)',
    });
  }

  const LL = LEDGER[F.country];
  const ledgerRows = [...S.ledger].sort(byDate);
  const rl = LL.render(S, ledgerRows, opening);
  const ledgerCsv = [...rl.head, ...rl.rows, ...rl.tail].map(csvLine).join('\r\n') + '\r\n';
  const ledgerHeaderRow = rl.head.findIndex((r) => r.length > 3) + 1;
  ledgerRows.forEach((l, i) => (l.row = rl.head.length + 1 + i));

  const bid = (b) => `${BL.file}#${b.row}`;
  const lid = (l) => `${LL.file}#${l.row}`;
  const lref = (l) => ({ id: lid(l), file: LL.file, row: l.row, date: l.date, amountMinor: l.amt });
  const bref = (b) => ({
    id: bid(b),
    file: BL.file,
    row: b.row,
    date: b.date,
    amountMinor: b.amt,
    ...(b.fee ? { feeMinor: b.fee } : {}),
    text: b.text,
  });

  checkStory(S, bankLines, ledgerRows);

  const truthBank = bankLines.map((b) => {
    const t = b.t;
    if (!t) throw new Error(`${F.key}: bank line without truth: ${b.text}`);
    return {
      id: bid(b),
      ref: bref(b),
      expect: t.expect,
      decision: t.decision,
      ledger: t.ledger ? t.ledger.map(lref) : null,
      ledgerAnyOf: t.anyOf ? t.anyOf.map((a) => a.map(lref)) : null,
      group: t.group ?? null,
      evidence: t.evidence,
      ambiguous: !!t.anyOf,
      kind: t.kind ?? null,
      partner: t.partner ? bref(t.partner) : null,
      traits: t.traits ?? [],
      mustNotAuto: t.mustNotAuto ?? false,
      differenceMinor: t.differenceMinor ?? null,
      note: t.note ?? null,
    };
  });
  // the grading list in the anchors' shape: one entry per group of bank lines, ids as in the reconcile JSON
  const expectList = [];
  const seen = new Set();
  for (const b of bankLines) {
    if (seen.has(b)) continue;
    const t = b.t;
    const lines = t.groupLines ?? [b];
    lines.forEach((x) => seen.add(x));
    const e = { bank: lines.map(bid), decision: t.decision };
    if (t.ledger) e.ledger = t.ledger.map(lid);
    if (t.anyOf) e.ledgerAnyOf = t.anyOf.map((a) => a.map(lid));
    if (t.decision === 'suggest' && t.mustNotAuto) e.mustNotAuto = true;
    if (t.decision === 'auto' && t.differenceMinor) e.differenceMinor = t.differenceMinor;
    if (t.kind) e.kind = t.kind;
    if (t.partner) e.partner = bid(t.partner);
    expectList.push(e);
  }
  const period = { from: S.D(1), to: S.D(S.last) };
  const jsonFile = `reconcile.${BL.file}.json`;
  const truth = {
    set: F.key,
    country: F.country,
    currency: F.currency,
    timezone: F.timezone,
    period,
    seed,
    bankFiles: [
      {
        file: BL.file,
        bank: F.bankName,
        headerRow: bankHeaderRow,
        ledgerAccount: LL.account,
        readOptions: BL.readOptions,
        openingBalanceMinor: opening,
        closingBalanceMinor: closing,
        ...(bankNonEntry.length ? { nonEntryRows: bankNonEntry } : {}),
      },
    ],
    ledgerFiles: [
      {
        file: LL.file,
        package: F.packageName,
        headerRow: ledgerHeaderRow,
        readOptions: LL.readOptions,
        ...(rl.nonEntry ? { nonEntryRows: rl.nonEntry.map((x) => ({ row: x.at, why: x.why })) } : {}),
      },
    ],
    reconcileJson: [jsonFile],
    bank: truthBank,
    ledgerOnly: S.ledgerOnly.map(({ l, why }) => ({ ...lref(l), why })),
    expect: { [jsonFile]: expectList },
  };
  const doc = {
    options: { timezone: F.timezone },
    statement: { from: period.from, to: period.to, bankBalance: dec(closing) },
    bank: bankLines.map((b) => ({
      id: bid(b),
      date: b.date,
      amount: dec(b.amt),
      currency: F.currency,
      narration: b.text,
      reference: b.bankRef ?? null,
      counterparty: null,
      balance: dec(b.balance),
    })),
    ledger: ledgerRows.map((l) => ({
      id: lid(l),
      date: l.date,
      dueDate: null,
      amount: dec(l.amt),
      currency: F.currency,
      reference: l.json.reference,
      description: l.json.description,
      party: l.json.party,
      account: l.json.account,
    })),
  };
  const dir = join(OUT, F.key);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, BL.file), bankCsv);
  writeFileSync(join(dir, LL.file), ledgerCsv);
  writeFileSync(join(dir, jsonFile), JSON.stringify(doc, null, 2) + '\n');
  writeFileSync(join(dir, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');

  const count = (f) => truthBank.filter(f).length;
  return {
    set: F.key,
    country: F.country,
    period,
    bank: F.bankName,
    package: F.packageName,
    truth: `${F.key}/truth.json`,
    files: [`${F.key}/${BL.file}`, `${F.key}/${LL.file}`],
    reconcileJson: [`${F.key}/${jsonFile}`],
    bankLines: truthBank.length,
    ledgerRows: ledgerRows.length,
    match: count((t) => t.expect === 'match'),
    bankOnly: count((t) => t.expect === 'bank-only'),
    reversalPair: count((t) => t.expect === 'reversal-pair'),
    noCounterpart: count((t) => t.expect === 'no-counterpart'),
    ledgerOnly: truth.ledgerOnly.length,
    withoutReference: count((t) => t.evidence !== 'reference'),
    matchedWithoutReference: count((t) => t.expect === 'match' && t.evidence !== 'reference'),
    decisions: {
      auto: count((t) => t.decision === 'auto'),
      suggest: count((t) => t.decision === 'suggest'),
      none: count((t) => t.decision === 'none'),
      bankOnly: count((t) => t.decision === 'bank-only'),
      reversalPair: count((t) => t.decision === 'reversal-pair'),
    },
    mustNotAuto: count((t) => t.mustNotAuto),
    autoWithDifference: count((t) => t.decision === 'auto' && t.differenceMinor !== null),
  };
}

/** the story must not make a case harder or easier than its truth says */
function checkStory(S, bankLines, ledgerRows) {
  const digits = (s) =>
    String(s ?? '')
      .replace(/\D/g, '')
      .replace(/^0+/, '');
  // a typo must not be another open document's number
  for (const b of bankLines.filter((x) => x.typo)) {
    const d = digits(b.typo);
    const hit = ledgerRows.find((l) => digits(l.ref) === d);
    if (hit) throw new Error(`${S.F.key}: typo ${b.typo} is the open document ${hit.ref}; change the seed`);
  }
  // a line decided by name or amount alone must have no other ledger row of its amount, outside its own alternatives
  for (const b of bankLines) {
    const t = b.t;
    if (!t || t.expect !== 'match' || t.evidence === 'reference' || t.groupLines?.length > 1) continue;
    const own = new Set((t.anyOf ?? [t.ledger]).flat());
    const party = [...own][0]?.party;
    // a line that names its payer/payee is decided by the name against rows of someone else (equal instalments,
    // equal salaries, an accidental equal amount); a rival of the same party or of no party would make it a guess
    const byName = t.evidence === 'counterparty';
    const rivals = ledgerRows.filter(
      (l) => l.amt === b.amt && !own.has(l) && !(byName && l.party && l.party !== party),
    );
    if (rivals.length && t.decision === 'auto') {
      throw new Error(
        `${S.F.key}: "${b.text}" (${b.amt}) auto by ${t.evidence} has rival ledger rows of its amount: ${rivals.map((r) => r.memo).join('; ')}`,
      );
    }
  }
}

mkdirSync(OUT, { recursive: true });
const sets = [NG, GH, KE, ZA].map((F, i) => makeSet(F, BASE_SEED + i * 101));
const index = { format: 'bankfeed-eval-corpus/1', corpus: 'holdout15', seed: BASE_SEED, realLayout: sets };
writeFileSync(join(OUT, 'index.json'), JSON.stringify(index, null, 2) + '\n');
for (const s of sets)
  console.log(
    `${s.set}: ${s.bankLines} bank lines, ${s.ledgerRows} ledger rows, decisions ${JSON.stringify(s.decisions)}`,
  );
