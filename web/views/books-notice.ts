import type { Html } from '../html.js';
import type { BooksHeld } from '../review-data.js';
import { notice } from './layout.js';

/**
 * Why an account's lines have nothing to be matched against, in an accountant's words, and what to do next: bind the
 * account to its books, or load the books' export. Empty when the books hold entries. The review queue and the
 * statement page say it, so that neither reads as work done (every suggestion decided, every line not in the books).
 */
export function booksNotice(
  books: BooksHeld | undefined,
  canAdmin: boolean,
  page: 'queue' | 'statement' = 'queue',
): Html | string {
  if (!books || books.kind === 'entries') return '';
  // what the missing books mean on this page
  const so =
    page === 'queue'
      ? 'so its lines have nothing to be matched against and no match can be suggested'
      : 'so every bank line of the period is listed below as not in the books, and this statement checks nothing ' +
        'against them';
  if (books.kind === 'unbound')
    return notice(
      'warn',
      [
        `This account is not bound to its books yet, ${so}.`,
        `${canAdmin ? 'Bind it' : 'An admin binds it'} to the bank's account in the accounting system with`,
        '"Bind to books…" on the accounts page; the next reconciliation then suggests matches. Until then leave',
        'receipts and payments unexplained: explain a line as bank-only only when the books will never hold it (a',
        'bank charge, interest).',
      ].join(' '),
    );
  const where = books.ledgerAccount
    ? `ledger source ${books.sourceId}, account ${books.ledgerAccount}`
    : `ledger source ${books.sourceId}`;
  return notice(
    'warn',
    [
      `The books bound to this account (${where}) hold no entries for it yet, ${so}.`,
      "Load the accounting system's export of the bank's account (its general ledger or account transactions) into",
      'the books; the next reconciliation reads it and suggests matches.',
    ].join(' '),
  );
}

/** The same, for one line with no candidate: why there is none. */
export function noCandidateText(books: BooksHeld | undefined): string {
  if (books?.kind === 'unbound') return 'No candidate: the account is not bound to its books yet.';
  if (books?.kind === 'empty') return 'No candidate: the books hold no entries for this account yet.';
  return 'No candidate in the books. Find the entries by hand, or explain the line as bank-only.';
}
