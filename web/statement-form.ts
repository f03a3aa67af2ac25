import { ReconciliationError } from '../activities/reconciliation-errors.js';
import type { AccountRow } from '../db/schema.js';
import { amountRefusal, typedAmount } from './format.js';
import { isCalendarDay } from './routes/review-helpers.js';

/** The statement form's three fields as typed (trimmed, cut to a length no real value reaches). */
export interface StatementFields {
  end: string;
  balance: string;
  books: string;
}

/**
 * How each field is named in a refusal ("<label>: <reason>"): the form's label, never the query's word. A JSON client
 * gets the reason under the query's own name.
 */
export const FIELD_LABELS: Record<keyof StatementFields, string> = {
  end: 'Statement ending date',
  balance: 'Ending balance per statement',
  books: 'Balance per books',
};

/** A refusal's reason without its field's label, for an answer that names the field on its own. */
export function reasonOf(field: keyof StatementFields, message: string): string {
  const prefix = `${FIELD_LABELS[field]}: `;
  return message.startsWith(prefix) ? message.slice(prefix.length) : message;
}

const text = (v: unknown, max = 40) => (typeof v === 'string' ? v.trim().slice(0, max) : '');

/** The fields of a query or a form body. Up to 40 characters: a day with more typed after it is refused, not cut. */
export function statementFields(input: Record<string, unknown>): StatementFields {
  return { end: text(input.end), balance: text(input.balance), books: text(input.books) };
}

/** A balance typed as the accountant pastes it (₦ 1,250.00), in minor units; empty is "not stated". */
export function amountOf(typed: string, a: AccountRow, field: 'balance' | 'books'): number | undefined {
  if (!typed) return undefined;
  try {
    return typedAmount(typed, a.currency);
  } catch (err) {
    throw new ReconciliationError('invalid_input', `${FIELD_LABELS[field]}: ${amountRefusal(typed, err)}`);
  }
}

/** The statement's ending day, `fallback` when none was typed; one that is not on the calendar is refused. */
export function endOf(typed: string, fallback: string): string {
  const end = typed || fallback;
  if (!isCalendarDay(end))
    throw new ReconciliationError(
      'invalid_input',
      `${FIELD_LABELS.end}: "${end}" is not a day on the calendar; give it as YYYY-MM-DD`,
    );
  return end;
}

/**
 * Each field checked on its own, so that every mistake is named at once: the refusal of each one typed wrong, and
 * the fields the statement can be worked out from. Balances are as of their day: with the day refused none is taken,
 * and the statement is the default day's.
 */
export function checkStatementFields(
  typed: StatementFields,
  account: AccountRow,
  fallbackEnd: string,
): { mistakes: Partial<StatementFields>; taken: Partial<StatementFields> } {
  const mistakes: Partial<StatementFields> = {};
  const check = (field: keyof StatementFields, parse: () => unknown) => {
    try {
      parse();
    } catch (e) {
      if (!(e instanceof ReconciliationError) || e.code !== 'invalid_input') throw e;
      mistakes[field] = e.message;
    }
  };
  check('end', () => endOf(typed.end, fallbackEnd));
  check('balance', () => amountOf(typed.balance, account, 'balance'));
  check('books', () => amountOf(typed.books, account, 'books'));
  const taken = mistakes.end
    ? {}
    : { end: typed.end, balance: mistakes.balance ? '' : typed.balance, books: mistakes.books ? '' : typed.books };
  return { mistakes, taken };
}

/** The page's own names for its two balance fields, as a notice about them says them. */
const PAGE_LABELS = { balance: 'ending balance per statement', books: 'balance per books' } as const;

/**
 * The balances changed on the page and not updated before Finish, each with what was typed ("ending balance per
 * statement 1,250.00"), so that the notice says which figures the finish took. Compared as amounts (1250 and
 * 1,250.00 are one figure). `shown` is the statement the page showed; without it (a form posted from elsewhere)
 * nothing is known to have changed. Both sides are taken to be amounts already checked, or empty.
 */
export function changedNotUpdated(shown: StatementFields | null, typed: StatementFields, a: AccountRow): string[] {
  if (!shown) return [];
  const asAmount = (v: string, field: 'balance' | 'books') => {
    try {
      return amountOf(v, a, field);
    } catch {
      return Number.NaN; // a page's own figure it could not read: any figure typed differs from it
    }
  };
  return (['balance', 'books'] as const)
    .filter((k) => !Object.is(asAmount(shown[k], k), asAmount(typed[k], k)))
    .map((k) => (typed[k] ? `${PAGE_LABELS[k]} ${typed[k]}` : `${PAGE_LABELS[k]} left empty`));
}
