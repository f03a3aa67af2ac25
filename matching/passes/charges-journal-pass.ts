import type { Evidence } from '../../domain/reconciliation.js';
import type { AssignmentState } from '../assignment.js';
import { evidenceSum, group } from '../groups.js';
import { type PreparedBank, type PreparedLedger, entryWords } from '../prepared.js';
import { firstOnOrAfter } from '../day-order.js';
import { monthsNamed } from '../month-names.js';
import { isBankName, wordsBesidesBank } from '../bank-names.js';
import { chargeKindsOf, isChargeKindWord, withoutAccountNames } from '../charge-kinds.js';
import { WRITES_CHEQUE_NUMBER } from '../cheque-keys.js';
import { withoutBankPosting } from '../rules.js';
import { CHARGES_JOURNAL_DAYS, CLOSE_DATE_DAYS, WEIGHTS } from '../thresholds.js';

/** How a bookkeeper words a journal of the bank's charges ("Bank charges per statement January 2025"). */
const CHARGES_JOURNAL = /\bBANK\s+(FEES?|CHARGES?)\b/i;
/** An entry of one kind of the bank's charges, not the whole period's ("Stanbic Bank - ledger fee", "AMF charges"). */
const KIND_OF_CHARGE =
  /\b(MAINTENANCE|MAINT|AMF|SMS|ALERTS?|ALRT|COT|LEDGER|STATEMENT|CHEQUEBOOK|TOKEN)\.?\s+(FEES?|CHARGES?|CHGS?)\b/i;
/** Interest and loans are no bank charges, whatever the journal's account is called. */
const NOT_CHARGES = /\b(INTEREST|LOAN|OVERDRAFT|REPAYMENT)\b/i;
/** The government's levies and duties on a statement: often booked apart from the bank's charges, as a tax. */
const LEVY_LINE = /\b(LEVY|E-?LEVY|EMTL|DUTY|EXCISE|TAX|WHT)\b/i;
/** A fee or charge word: with nothing but the bank's own words around it, the bank's charge. */
const FEE_WORD = /\b(FEES?|CHARGES?|CHG|COMM|COMMISSION|MAINTENANCE|ALERTS?)\b/i;
/** The words banks write around their own charges; any other word names someone ("SCHOOL FEES", "LEGAL FEES"). */
const BANK_WORDS = new Set(
  (
    'TRANSFER TRF TRANSACTION TXN CHARGE CHARGES CHG CHGS FEE FEES COMM COMMISSION MAINTENANCE MAINT ACCOUNT ACCT A C ' +
    'MONTHLY SMS ALERT ALERTS ALRT SERVICE LEDGER COT BULK INWARD OUTWARD GIP ACH RTGS EFT NIP NEFT PESALINK INSTANT ' +
    'INTERBANK ELECTRONIC PAYMENT PAYMENTS CHEQUE CHQ CLEARING STATEMENT CARD ATM POS ON OF FOR AND VAT PLUS INCL ' +
    'DEBIT ORDER IMMEDIATE REAL TIME ONLINE INTERNET MOBILE APP CASH DEPOSIT WITHDRAWAL INTEREST ' +
    'JAN FEB MAR APR MAY JUN JUL AUG SEP SEPT OCT NOV DEC JANUARY FEBRUARY MARCH APRIL JUNE JULY AUGUST SEPTEMBER ' +
    'OCTOBER NOVEMBER DECEMBER'
  ).split(' '),
);
/** A journal dated this early in a month may be last month's charges. */
const EARLY_DAYS = 7;
const DAY_MS = 86_400_000;

/**
 * Pass 6b — a period's bank charges booked as one journal. Bookkeepers often book the statement's charges once a month
 * ("Bank charges per statement January 2025", "Bank charges 1-25 July 2026"). The statement's charge lines (a rule's
 * bank charge, or a fee word with only the bank's own words around it; when those alone do not make it, with the
 * levies and duties the rules classify) of the journal's period together are the journal when they make it to the
 * cent. The period is the month the journal names, whole (or up to the journal's date, in its own month); else from
 * the first of the journal's month up to a day within CLOSE_DATE_DAYS before its date, or, for a journal of a month's
 * first days, the month before. Every charge line of the period takes part (no subset is searched), and since each
 * adds to the sum, at most one span can make it. Refused when any open debit of the journal's amount lies within
 * CHARGES_JOURNAL_DAYS (that charge, booked: "Bank charges – cheque book"), for interest or a loan, and when two open
 * journals of the month, or of one month within CHARGES_JOURNAL_DAYS of each other, carry the amount. An entry of one kind of the bank's charge ("Stanbic Bank - ledger fee") is
 * made only by that charge and its tax (chargeWithItsTax), never by a period's lines.
 */
export function chargesJournalPass(state: AssignmentState): void {
  const journals: PreparedLedger[] = [];
  // the entries of one kind of charge: only the lines of that kind (and a fee's tax) may make them, never a period's
  const ofOneKind = new Set<PreparedLedger>();
  for (let li = 0; li < state.ledgers.length; li++) {
    if (!state.ledgerOpenAt(li)) continue;
    const l = state.ledgers[li]!;
    if (l.sign >= 0) continue;
    const text = entryWords(l);
    if (NOT_CHARGES.test(text)) continue;
    if (CHARGES_JOURNAL.test(text)) journals.push(l);
    else if (KIND_OF_CHARGE.test(text) && namesTheBank(l)) ofOneKind.add(l);
  }
  // a period's journals first: a fee booked alone and again inside the month's journal is the journal's (the lone
  // entry, booked twice, is left to a person), whichever entry's id sorts first
  journals.push(...ofOneKind);
  if (journals.length === 0) return;
  // the bank's charges alone, and with the levies and duties: a bookkeeper books one or the other as the journal
  const fees: PreparedBank[] = [];
  const all: PreparedBank[] = [];
  const debits: PreparedBank[] = [];
  for (let bi = 0; bi < state.banks.length; bi++) {
    if (!state.bankOpenAt(bi)) continue;
    const b = state.banks[bi]!;
    if (b.sign > 0) continue;
    debits.push(b);
    const text = withoutBankPosting(b.line.narration ?? '');
    const category = state.ruleOf.get(b)?.then.category;
    const levy = category === 'levy' || category === 'tax' || (LEVY_LINE.test(text) && state.ruleOf.has(b));
    const charge = category === 'bank-charge' || (FEE_WORD.test(text) && bankWordsOnly(text));
    if (charge && !levy) fees.push(b);
    if (charge || levy) all.push(b);
  }
  if (all.length < 2) return;
  const byDay = (x: PreparedBank, y: PreparedBank) => x.day - y.day || x.order - y.order;
  fees.sort(byDay);
  all.sort(byDay);
  // by amount, so no journal reads every other journal or every debit (a book may hold many)
  const journalsOf = groupBy(journals, (l) => `${l.entry.currency}|${l.abs}|${monthStart(l.day)}`);
  const journalsByAmount = groupBy(journals, (l) => `${l.entry.currency}|${l.abs}`);
  const debitsOf = groupBy(debits, (b) => `${b.line.currency}|${b.abs}`);
  for (const j of journals) {
    if (!state.ledgerOpen(j)) continue;
    const twins = journalsOf.get(`${j.entry.currency}|${j.abs}|${monthStart(j.day)}`)!;
    if (twins.some((o) => o !== j && state.ledgerOpen(o))) continue;
    // one fee, or one month's journal, booked twice across a month's end (31 March, and 1 April naming March) is as
    // much a tie; a fee booked alone beside a journal of the same amount leaves the journal to be the journal
    const kind = ofOneKind.has(j);
    const rivals = journalsByAmount.get(`${j.entry.currency}|${j.abs}`)!;
    if (rivals.some((o) => o !== j && (kind || !ofOneKind.has(o)) && isTwin(state, o, j))) continue;
    const near = (b: PreparedBank) => state.bankOpen(b) && Math.abs(b.day - j.day) <= CHARGES_JOURNAL_DAYS;
    if ((debitsOf.get(`${j.entry.currency}|${j.abs}`) ?? []).some(near)) continue;
    const lines = ofOneKind.has(j)
      ? chargeWithItsTax(state, all, debits, j)
      : (spanMaking(state, fees, j) ?? spanMaking(state, all, j) ?? chargeWithItsTax(state, all, debits, j));
    if (lines === null || !lines.every((b) => state.allowed(b, j))) continue;
    const from = lines[0]!.line.date;
    const to = lines[lines.length - 1]!.line.date;
    const ev: Evidence[] = [
      {
        kind: 'split_sum',
        detail: ofOneKind.has(j)
          ? `the statement's charge and its tax (${lines.length} lines, ${from === to ? from : `${from} to ${to}`}) together are the books' entry of that charge`
          : `the statement's ${lines.length} charge lines from ${from} to ${to} together are the books' journal of bank charges`,
        weight: WEIGHTS.settlement,
      },
      { kind: 'amount_exact', detail: 'same total', weight: WEIGHTS.amountExact },
      { kind: 'date', detail: "the lines fall in the journal's period", weight: WEIGHTS.date },
    ];
    const confidence = evidenceSum(ev);
    if (confidence < state.opts.autoConfirmThreshold) continue;
    state.claim(group(lines, [j], 'split', confidence, ev, state.opts), lines, [j]);
  }
}

/**
 * The charges of the kinds an entry names (maintenance, SMS alerts, COT, a statement…), with their tax, against the
 * statement's lines of those kinds: two or more, making it to the cent. First the open lines naming a kind within a day
 * of the entry ("Bank charges - account maintenance fee JUN 2025 incl VAT": the fee and the VAT line on it); then one
 * such fee with the one tax line of its day that makes the rest ("LEDGER FEE" and the "EXCISE DUTY" after it, in an
 * entry "ledger fee"); then, for a journal of the bank's charges, every line of the kinds it names in its period
 * ("Bank charges June (maintenance, COT, statement)"). Null otherwise, and when two tax lines would do.
 */
function chargeWithItsTax(
  state: AssignmentState,
  all: readonly PreparedBank[],
  debits: readonly PreparedBank[],
  j: PreparedLedger,
): PreparedBank[] | null {
  const text = `${j.entry.description ?? ''} ${j.entry.reference ?? ''}`;
  const kinds = new Set(chargeKindsOf(withoutAccountNames(text)));
  if (kinds.size === 0) return null;
  // a charge of the month it names ("… fee MAY 2025 incl VAT" booked on 30 June is May's, not June's)
  const named = monthsNamed(text);
  const ofNamedMonth = (b: PreparedBank) => named.size === 0 || named.has(new Date(b.day * DAY_MS).getUTCMonth());
  const open = all.filter((b) => state.bankOpen(b) && b.line.currency === j.entry.currency && ofNamedMonth(b));
  const naming = open.filter((b) => chargeKindsOf(b.line.narration ?? '').some((k) => kinds.has(k)));
  // within a day of the entry, or in the month it names when it is booked in that month's last days or the week after
  const near = naming.filter(
    (b) =>
      Math.abs(b.day - j.day) <= 1 || (named.size === 1 && j.day >= b.day && j.day - b.day <= NAMED_MONTH_LATE_DAYS),
  );
  if (near.length >= 2 && sumOf(near) === j.abs) return near;
  if (near.length === 1) {
    const [charge] = near as [PreparedBank];
    // every open debit of the day, not only those the pass reads as charges: a plain "VAT" line is a tax line too
    const taxes = debits.filter(
      (b) =>
        state.bankOpen(b) &&
        b.day === charge.day &&
        b.abs === j.abs - charge.abs &&
        4 * b.abs <= charge.abs &&
        b.line.currency === j.entry.currency &&
        TAX_LINE.test(b.line.narration ?? '') &&
        !FEE_WORD.test(b.line.narration ?? '') &&
        chargeKindsOf(b.line.narration ?? '').length === 0,
    );
    if (taxes.length === 1) return [charge, taxes[0]!].sort((x, y) => x.order - y.order);
  }
  // the period's lines of the kinds named: only for a journal listing two kinds or more ("maintenance, COT,
  // statement"); one kind over a whole month leaves the rest of the month's lines free to make the amount another way
  if (!CHARGES_JOURNAL.test(text) || kinds.size < 2) return null;
  for (const [from, to] of periodsOf(j)) {
    const lines = naming.filter((b) => b.day >= from && b.day <= to);
    if (lines.length >= 2 && sumOf(lines) === j.abs) return lines;
  }
  return null;
}

/** How long after the fee a bookkeeper books the month's fee entry that names the month ("… fee June" on 3 July). */
const NAMED_MONTH_LATE_DAYS = 7;

/** A tax the bank takes on its own fee, on a line of its own: VAT, or Kenya's excise duty. */
const TAX_LINE = /\b(VAT|EXCISE|DUTY)\b/i;

/**
 * An entry of one kind of charge is the bank's when it is booked to a bank, or its description names one, and it says
 * nothing but the bank's own words: a supplier's "Generator maintenance charges", an SMS company's "Bulk SMS charges" or
 * a landlord on Bank Anthony Way are bills, not the bank's fees.
 */
function namesTheBank(l: PreparedLedger): boolean {
  const { party, description, reference } = l.entry;
  if (party && !isBankName(party)) return false;
  // the bank takes its fee by debit, never by a cheque the business writes
  if (WRITES_CHEQUE_NUMBER.test(`${description ?? ''} ${reference ?? ''}`)) return false;
  const all = (description ?? '').toUpperCase().split(/[^A-Z]+/);
  // "Bank maintenance charges June 2026": the bank, named by the word alone, and its own words
  const words = wordsBesidesBank(description ?? '') ?? (party || all.find(Boolean) === 'BANK' ? all : null);
  return (
    words !== null &&
    words.every((w) => w.length === 0 || BANK_WORDS.has(w) || ENTRY_WORDS.has(w) || isChargeKindWord(w))
  );
}

/** Words a bookkeeper adds to a bank fee's entry besides the bank's own (BANK itself: "Bank maintenance charges"). */
const ENTRY_WORDS = new Set('BANK EXPENSE EXPENSES JOURNAL JNL Q'.split(' '));

/**
 * Whether two open entries of the bank's charges carry the same amount within CHARGES_JOURNAL_DAYS of each other for
 * the same month (January's journal booked on 31 January and again on 3 February; not January's and February's).
 */
function isTwin(state: AssignmentState, a: PreparedLedger, b: PreparedLedger): boolean {
  return (
    state.ledgerOpen(a) &&
    a.entry.currency === b.entry.currency &&
    a.abs === b.abs &&
    Math.abs(a.day - b.day) <= CHARGES_JOURNAL_DAYS &&
    periodsOf(a).some(([from]) => periodsOf(b).some(([other]) => other === from))
  );
}

function sumOf(lines: readonly PreparedBank[]): number {
  let sum = 0;
  for (const b of lines) sum += b.abs;
  return sum;
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    const list = out.get(k);
    if (list) list.push(t);
    else out.set(k, [t]);
  }
  return out;
}

function bankWordsOnly(text: string): boolean {
  for (const w of text.toUpperCase().split(/[^A-Z0-9]+/))
    if (w.length > 0 && !/\d/.test(w) && !BANK_WORDS.has(w)) return false;
  return true;
}

/** The spans a journal may stand for: [first day, last day, whether a span may end before its last day]. */
function periodsOf(j: PreparedLedger): Array<[number, number, boolean]> {
  const start = monthStart(j.day);
  const named = monthsNamed(`${j.entry.description ?? ''} ${j.entry.reference ?? ''}`);
  if (named.size === 1) {
    // the month it names: this year's, or last year's when that month is still to come
    const month = [...named][0]!;
    const d = new Date(j.day * DAY_MS);
    const year = month > d.getUTCMonth() ? d.getUTCFullYear() - 1 : d.getUTCFullYear();
    const from = Date.UTC(year, month, 1) / DAY_MS;
    const end = Date.UTC(year, month + 1, 1) / DAY_MS - 1;
    // its own month, booked before the month's last day: up to its date ("Bank charges 1-25 July"); on the last day,
    // the whole month, however early the month's last charge came
    if (from === start && j.day < end) return [[start, j.day, true]];
    return [[from, end, false]];
  }
  if (named.size > 1) return [];
  const spans: Array<[number, number, boolean]> = [[start, j.day, true]];
  // last month's charges, booked in this month's first days: the whole of last month
  if (j.day - start < EARLY_DAYS) spans.push([monthStart(start - 1), start - 1, false]);
  return spans;
}

/** The open charge lines of one period making the journal to the cent (two lines or more), or null. */
function spanMaking(
  state: AssignmentState,
  charges: readonly PreparedBank[],
  j: PreparedLedger,
): PreparedBank[] | null {
  const { currency } = j.entry;
  for (const [from, to, prefixes] of periodsOf(j)) {
    // the lines are in day order: the period's by two binary searches, not a pass over all of them per journal
    const inSpan = charges
      .slice(firstOnOrAfter(charges, from), firstOnOrAfter(charges, to + 1))
      .filter((b) => state.bankOpen(b) && b.line.currency === currency);
    let sum = 0;
    for (let i = 0; i < inSpan.length; i++) {
      sum += inSpan[i]!.abs;
      const dayEnds = i + 1 === inSpan.length || inSpan[i + 1]!.day !== inSpan[i]!.day;
      // a span ends with a day's last line; a month named or last month counts whole
      if (!dayEnds || (!prefixes && i + 1 !== inSpan.length)) continue;
      // the span runs up to the journal's days: "1-3 April" in a journal of 30 April is a sum met by chance
      if (sum === j.abs && i >= 1 && (!prefixes || j.day - inSpan[i]!.day <= CLOSE_DATE_DAYS))
        return inSpan.slice(0, i + 1);
      if (sum > j.abs) break;
    }
  }
  return null;
}

function monthStart(day: number): number {
  const d = new Date(day * DAY_MS);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / DAY_MS;
}
