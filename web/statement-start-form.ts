import type { AccountRow } from '../db/schema.js';
import { amountRefusal, typedAmount } from './format.js';
import { isCalendarDay } from './routes/review-helpers.js';

/** The starting point's fields as typed (trimmed, cut to a length no real value reaches). */
export interface StartFields {
  date: string;
  balance: string;
  books: string;
  reason: string;
  /** The book entries ticked outstanding at the date (ids). */
  outstanding: string[];
  /** The bank lines ticked as the books lacked them at the date (ids). */
  outstandingLines: string[];
  /** The date the list of open entries was shown for: until it is, the form ticks those a later line cleared. */
  listed: string;
}

/** More than any agreed reconciliation lists; ids only (the service checks each is an open entry). */
const MAX_TICKED = 1_000;
/** As posted (a form's strings, a JSON client's numbers), each cut to a length no id reaches; checked below. */
const ids = (v: unknown): string[] =>
  (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v])
    .slice(0, MAX_TICKED + 1)
    .map((x) => (typeof x === 'number' || typeof x === 'string' ? String(x).trim().slice(0, 20) : '?'));

const text = (v: unknown, max = 40) => (typeof v === 'string' ? v.trim().slice(0, max) : '');

/** The fields of a query or a form body; the reason as long as the audit log keeps an unlock's. */
export function startFields(input: Record<string, unknown>): StartFields {
  return {
    date: text(input.date),
    balance: text(input.balance),
    books: text(input.books),
    reason: text(input.reason, 200),
    outstanding: ids(input.outstanding),
    outstandingLines: ids(input.outstandingLines),
    listed: text(input.listed),
  };
}

/** The starting point as the service takes it: a day and two balances in minor units. */
export interface StartFigures {
  date: string;
  statementBalanceMinor: number;
  bookBalanceMinor: number;
  outstanding: string[];
  outstandingLines: string[];
  reason: string;
}

/**
 * Each field checked on its own, so that every mistake is named at once, by the label the form shows; amounts as the
 * accountant pastes them (₦ 1,250.00), read by the statement form's own parser. The figures only when nothing is wrong.
 */
export function checkStartFields(
  typed: StartFields,
  account: AccountRow,
): { mistakes: string[]; figures: StartFigures | null } {
  const mistakes: string[] = [];
  if (!isCalendarDay(typed.date))
    mistakes.push(
      typed.date
        ? `Starting date: "${typed.date}" is not a day on the calendar; give it as YYYY-MM-DD`
        : 'Starting date: give the day the balances were agreed at',
    );
  const amount = (v: string, label: string, missing: string): number | null => {
    if (!v) {
      mistakes.push(`${label}: ${missing}`);
      return null;
    }
    try {
      return typedAmount(v, account.currency);
    } catch (err) {
      mistakes.push(`${label}: ${amountRefusal(v, err)}`);
      return null;
    }
  };
  const bank = amount(
    typed.balance,
    'Balance per statement',
    "give the bank's balance at the end of the starting date",
  );
  const books = amount(typed.books, 'Balance per books', "give the books' balance at the starting date, as agreed");
  if (!typed.reason) mistakes.push('Reason: say why the account starts from this point (kept in the audit log)');
  // never dropped quietly: a starting point set without the entries meant would leave their gap unexplained
  const notIds = typed.outstanding.filter((id) => !/^\d{1,15}$/.test(id));
  if (notIds.length)
    mistakes.push(`Outstanding: "${notIds[0]}" is not a book entry of the list; tick the entries shown`);
  if (typed.outstanding.length > MAX_TICKED)
    mistakes.push(
      `Outstanding: more than ${MAX_TICKED.toLocaleString('en')} entries ticked; no agreed reconciliation lists so many`,
    );
  const notLines = typed.outstandingLines.filter((id) => !/^\d{1,15}$/.test(id));
  if (notLines.length)
    mistakes.push(`Not in the books: "${notLines[0]}" is not a bank line of the list; tick the lines shown`);
  if (typed.outstandingLines.length > MAX_TICKED)
    mistakes.push(
      `Not in the books: more than ${MAX_TICKED.toLocaleString('en')} lines ticked; no agreed reconciliation lists so many`,
    );
  return mistakes.length || bank === null || books === null
    ? { mistakes, figures: null }
    : {
        mistakes,
        figures: {
          date: typed.date,
          statementBalanceMinor: bank,
          bookBalanceMinor: books,
          outstanding: typed.outstanding,
          outstandingLines: typed.outstandingLines,
          reason: typed.reason,
        },
      };
}
