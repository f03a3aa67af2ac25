// Writes one set: the bank file and ledger file as the bank/package writes them, truth.json and the
// reconcile-JSON document, all from the same builder state.

import fs from 'node:fs';
import path from 'node:path';
import * as XLSXns from 'xlsx';
import { dec, sortByDate, toCsv } from './lib.mjs';

const XLSX = XLSXns.default ?? XLSXns;

function writeTable(file, rows, format) {
  if (format === 'csv') {
    fs.writeFileSync(file, toCsv(rows));
  } else {
    const ws = XLSX.utils.aoa_to_sheet(rows);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'Statement');
    fs.writeFileSync(file, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }));
  }
}

/**
 * spec: { set, country, currency, timezone, period, seed, bankName, packageName, opening (minor),
 *         bankFile: { file, format, newestFirst, headerRow, readOptions, render(lines, opening, closing) → rows, },
 *         ledgerFile: { file, format, headerRow, readOptions, ledgerAccount, render(rows, openingBook) → { rows, nonEntry: [{row, why}] }, hasParty },
 *         bankHasReference }
 */
export function emitSet(outDir, spec, B) {
  const dir = path.join(outDir, spec.set);
  fs.mkdirSync(dir, { recursive: true });
  const S = B.S;

  // bank lines oldest first with running balance
  const bankSorted = sortByDate(S.bank);
  let bal = spec.opening;
  for (const b of bankSorted) {
    bal += b.amt;
    b.balance = bal;
  }
  const closing = bal;
  const bankInFileOrder = spec.bankFile.newestFirst ? [...bankSorted].reverse() : bankSorted;
  const bankRows = spec.bankFile.render(bankInFileOrder, spec.opening, closing);
  bankInFileOrder.forEach((b, i) => {
    b.row = spec.bankFile.headerRow + 1 + i;
  });
  if (bankRows.length !== spec.bankFile.headerRow + bankInFileOrder.length + (spec.bankFile.footerRows ?? 0))
    throw new Error(`${spec.set}: bank render row count`);
  writeTable(path.join(dir, spec.bankFile.file), bankRows, spec.bankFile.format);

  const ledgerSorted = sortByDate(S.ledger);
  const bookOpening = spec.bookOpening ?? spec.opening;
  const lr = spec.ledgerFile.render(ledgerSorted, bookOpening);
  writeTable(path.join(dir, spec.ledgerFile.file), lr.rows, spec.ledgerFile.format);
  const bookClosing = bookOpening + ledgerSorted.reduce((s, l) => s + l.amt, 0);

  const bfile = spec.bankFile.file;
  const lfile = spec.ledgerFile.file;
  const bref = (b) => ({ file: bfile, row: b.row, date: b.date, amount: dec(b.amt), text: b.text });
  const lref = (l) => ({ file: lfile, row: l.row, date: l.date, amount: dec(l.amt) });

  const byBank = new Map();
  for (const e of S.expects) for (const b of e.banks) byBank.set(b, e);
  const bankEntries = bankInFileOrder.map((b) => {
    const e = byBank.get(b);
    if (!e) throw new Error(`${spec.set}: bank line without answer: ${b.date} ${b.text} ${b.amt}`);
    const out = { ref: bref(b) };
    if (e.type === 'match') {
      out.expect = 'match';
      out.decision = e.decision;
      if (e.anyOf) {
        out.ledger = e.anyOf[0].map(lref);
        out.ledgerAnyOf = e.anyOf.map((set) => set.map(lref));
      } else out.ledger = e.ledgers.map(lref);
      out.group = e.group;
      out.evidence = e.evidence;
      out.ambiguous = Boolean(e.anyOf);
      if (e.mustNotAuto) out.mustNotAuto = true;
      const bankSum = e.banks.reduce((s, x) => s + x.amt, 0);
      const ledSum = (e.anyOf ? e.anyOf[0] : e.ledgers).reduce((s, x) => s + x.amt, 0);
      if (e.decision === 'auto' && e.writeOff) out.writeOff = dec(e.writeOff);
      else if (e.decision === 'auto' && bankSum !== ledSum) out.difference = dec(bankSum - ledSum);
      out.kind = null;
      out.partner = null;
    } else if (e.type === 'bank-only') {
      Object.assign(out, {
        expect: 'bank-only',
        decision: 'bank-only',
        ledger: [],
        group: null,
        evidence: 'amount',
        ambiguous: false,
        kind: e.kind,
        partner: null,
      });
    } else if (e.type === 'reversal-pair') {
      Object.assign(out, {
        expect: 'reversal-pair',
        decision: 'reversal-pair',
        ledger: [],
        group: null,
        evidence: 'amount',
        ambiguous: false,
        kind: null,
        partner: bref(e.partner),
      });
    } else {
      Object.assign(out, {
        expect: 'no-counterpart',
        decision: 'none',
        ledger: [],
        group: null,
        evidence: 'amount',
        ambiguous: false,
        kind: null,
        partner: null,
      });
    }
    out.traits = e.traits ?? [];
    if (e.why) out.why = e.why;
    return out;
  });

  const truth = {
    set: spec.set,
    country: spec.country,
    currency: spec.currency,
    timezone: spec.timezone,
    period: spec.period,
    seed: spec.seed,
    bankFiles: [
      {
        file: bfile,
        bank: spec.bankName,
        headerRow: spec.bankFile.headerRow,
        ledgerAccount: spec.ledgerFile.ledgerAccount,
        readOptions: spec.bankFile.readOptions,
        openingBalance: dec(spec.opening),
        closingBalance: dec(closing),
        order: spec.bankFile.newestFirst ? 'newest-first' : 'oldest-first',
      },
    ],
    ledgerFiles: [
      {
        file: lfile,
        package: spec.packageName,
        headerRow: spec.ledgerFile.headerRow,
        readOptions: spec.ledgerFile.readOptions,
        ...(lr.nonEntry.length ? { nonEntryRows: lr.nonEntry } : {}),
        bookOpeningBalance: dec(bookOpening),
        bookClosingBalance: dec(bookClosing),
      },
    ],
    bank: bankEntries,
    ledgerOnly: S.ledgerOnly.map((x) => ({ ...lref(x.l), why: x.why })),
  };
  fs.writeFileSync(path.join(dir, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');

  // reconcile JSON: only what the files carry
  const doc = {
    options: { timezone: spec.timezone },
    statement: { from: spec.period.from, to: spec.period.to, bankBalance: dec(closing), bookBalance: dec(bookClosing) },
    bank: bankInFileOrder.map((b) => ({
      id: `${bfile}#${b.row}`,
      date: b.date,
      amount: dec(b.amt),
      currency: spec.currency,
      narration: b.text,
      reference: spec.bankFile.hasReference ? (spec.bankFile.refOf ? spec.bankFile.refOf(b) : b.ref) || null : null,
      counterparty: null,
      balance: dec(b.balance),
    })),
    ledger: ledgerSorted.map((l) => ({
      id: `${lfile}#${l.row}`,
      date: l.date,
      dueDate: null,
      amount: dec(l.amt),
      currency: spec.currency,
      reference: l.ref || null,
      description: spec.ledgerFile.description(l) || null,
      party: spec.ledgerFile.hasParty ? l.party || null : null,
      account: spec.ledgerFile.ledgerAccount,
    })),
  };
  fs.writeFileSync(path.join(dir, `reconcile.${bfile}.json`), JSON.stringify(doc, null, 2) + '\n');

  const count = (f) => bankEntries.filter(f).length;
  return {
    set: spec.set,
    country: spec.country,
    bank: spec.bankName,
    package: spec.packageName,
    bankFile: `${spec.set}/${bfile}`,
    ledgerFile: `${spec.set}/${lfile}`,
    reconcileJson: `${spec.set}/reconcile.${bfile}.json`,
    counts: {
      bankLines: bankEntries.length,
      ledgerRows: ledgerSorted.length,
      auto: count((x) => x.decision === 'auto'),
      suggest: count((x) => x.decision === 'suggest'),
      bankOnly: count((x) => x.decision === 'bank-only'),
      none: count((x) => x.decision === 'none'),
      reversalPair: count((x) => x.decision === 'reversal-pair'),
      mustNotAuto: count((x) => x.mustNotAuto === true),
      ledgerOnly: truth.ledgerOnly.length,
      matchedWithoutReference: count((x) => x.expect === 'match' && x.evidence !== 'reference'),
    },
  };
}
