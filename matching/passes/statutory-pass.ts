import type { Evidence } from '../../domain/reconciliation.js';
import { type AssignmentState, type Pair, linesWithRules } from '../assignment.js';
import { initials } from '../acronyms.js';
import { isMonthWord, otherMonthsNamed } from '../month-names.js';
import { remittanceKinds } from '../statutory-kinds.js';
import { claimUniqueAmounts, quotedSerials, soleExactPair, writesSerial } from '../same-amounts.js';
import { CLOSE_DATE_DAYS, UNIQUE_AMOUNT_DAYS, WEIGHTS } from '../thresholds.js';

/**
 * Pass 5e — a statutory remittance. PAYE, VAT, NSSF, UIF and the like are paid to the authority with the kind and,
 * often, the period on both sides ("NIP TRF TO LIRS PAYE COLLECTION MAR26" against "PAYE - LIRS Feb/Mar", "UIF PAYMENT
 * U123456789" against "UIF June 2026"), but the authority's name rarely matches (a collection account, an agent such as
 * Remita, the fund's initials). A debit naming the same kinds as the one open entry of its exact amount dated within
 * CLOSE_DATE_DAYS is that entry, when the two name no different periods, the line quotes no document the entry does
 * not carry, and no other open entry or bank line carries the
 * amount within UNIQUE_AMOUNT_DAYS either side (contributions of a fixed amount repeat month after month).
 */
export function statutoryPass(state: AssignmentState): void {
  const ruled = linesWithRules(state);
  const strong: Pair[] = [];
  for (let bi = 0; bi < state.banks.length; bi++) {
    const b = state.banks[bi]!;
    if (!state.bankOpen(b) || b.sign > 0 || ruled[b.order]) continue;
    const said = `${b.line.narration ?? ''} ${b.line.reference ?? ''}`;
    const kinds = remittanceKinds(said);
    if (kinds === null || BANKS_OWN.test(said) || NOT_REMITTED.test(said)) continue;
    const only = soleExactPair(state, b, CLOSE_DATE_DAYS);
    if (only === null) continue;
    const { entry } = only.l;
    const text = `${entry.description ?? ''} ${entry.reference ?? ''} ${entry.party ?? ''}`;
    if (remittanceKinds(text) !== kinds || NOT_REMITTED.test(text) || otherMonthsNamed(said, text)) continue;
    // a line quoting a document the entry does not carry pays that document ("TO KANO MILLERS LTD VAT INV 452": a
    // supplier's invoice and its VAT), not a remittance
    if (quotesAnotherDocument(said, text)) continue;
    // the authority in the party column by its full name, which the line writes by its short one ("LIRS")
    const lineWords = new Set(wordsOf(said));
    const named = only.l.partyAcronyms.some((a) => lineWords.has(a))
      ? `${entry.description ?? ''} ${entry.reference ?? ''}`
      : text;
    if (!namesOnlyWhatLineSays(named, said)) continue;
    strong.push(only);
  }
  claimUniqueAmounts(state, strong, UNIQUE_AMOUNT_DAYS, STATUTORY);
}

/** The line quotes a document ("INV 452") whose number the entry does not write. */
function quotesAnotherDocument(said: string, entryText: string): boolean {
  const quoted = quotedSerials(said);
  return quoted.length > 0 && !writesSerial(quoted, entryText);
}

/** The bank's own charge or deduction, taxed: "VAT ON MANAGEMENT FEE", "WHT ON FD INTEREST", "SMS ALERT VAT". */
const BANKS_OWN = /\b(SMS|ALERTS?|COT|MAINTENANCE|ON\s+(?:\S+\s+){0,2}(?:FEES?|CHARGES?|COMMISSION|INTEREST))\b/i;
/** A tax named beside something else paid or returned: "Printer toner incl. VAT", "less 5% WHT", "Refund of pension". */
const NOT_REMITTED = /\b(INCL\w*|INCLUSIVE|LESS|DEDUCTED|REFUNDS?|REFUNDED|CLAIMS?|EXIT|REVERSAL|ADVANCE)\b/i;
/** Words of a remittance's entry that name no one: its kind's own words, the bookkeeper's verbs and accounts. */
const REMITTANCE_WORDS = new Set(
  [
    'PAYABLE BEING PAID PAYMENT PAYMENTS FOR THE AND REMITTANCE REMITTED CONTRIBUTION CONTRIBUTIONS RETURN',
    'EMPLOYER EMPLOYEES EMPLOYEE MONTH MONTHLY JOURNAL TAX TAXES LEVY DEDUCTIONS STATUTORY COLLECTION PERIOD',
    'UNEMPLOYMENT INSURANCE FUND SKILLS DEVELOPMENT HOUSING WITHHOLDING LEVIES',
    // the levies Ghana's VAT return carries with VAT ("GRA VAT/NHIL RETURN")
    'NHIL GETFUND COVID',
    // the package's account and transaction-type words ("VAT payable March 2025 — Expense", "Gen Chq — PAYE August")
    'EXPENSE EXPENSES ACCOUNT LIABILITY CONTROL GEN GENERAL CHQ CHEQUE DISB DISBURSEMENT',
  ]
    .join(' ')
    .split(' '),
);
const wordsOf = (text: string) => text.toUpperCase().split(/[^A-Z0-9&]+/);

/**
 * Every word of the entry that names someone (the authority, a collection agent, a payee) is written in the line too:
 * "PAYE March 2025 - LIRS" is "LIRS PAYE MAR 2025", not Ogun State's "OGIRS PAYE MAR 2025", and an entry paying a
 * person or supplier ("Okon Freight less WHT") is no remittance.
 */
function namesOnlyWhatLineSays(entryText: string, said: string): boolean {
  const line = new Set(wordsOf(said));
  const words = wordsOf(entryText);
  const initialled = wordsByInitials(words, line);
  return words.every(
    (w) =>
      w.length < 3 ||
      /\d/.test(w) ||
      line.has(w) ||
      initialled.has(w) ||
      REMITTANCE_WORDS.has(w) ||
      remittanceKinds(w) !== null ||
      isMonthWord(w),
  );
}

/**
 * The entry's words the line writes by their initials, two to five in a row ("Internal Revenue Service" in "FCT-IRS PAYE",
 * the state's own word written whole beside them).
 */
function wordsByInitials(words: readonly string[], line: ReadonlySet<string>): ReadonlySet<string> {
  const covered = new Set<string>();
  for (let i = 0; i < words.length; i++)
    for (let n = 2; n <= 5 && i + n <= words.length; n++) {
      const run = words.slice(i, i + n);
      if (run.some((w) => !/^[A-Z]{2,}$/.test(w))) break;
      if (line.has(initials(run))) for (const w of run) covered.add(w);
    }
  return covered;
}

// the same words on every such match: one shared, frozen object
const STATUTORY: Evidence = Object.freeze({
  kind: 'sole_candidate',
  detail: `the same statutory remittance named on both sides: the only open entry and the only bank line of this amount within ${UNIQUE_AMOUNT_DAYS} days`,
  weight: WEIGHTS.statutory,
}) as Evidence;
