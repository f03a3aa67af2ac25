import { readFile } from 'node:fs/promises';
import type { OutstandingItem } from '../../domain/statement.js';
import type { DocItem, ReportDocument, StatementDocument } from '../../adapters/reports/index.js';
import { InputError } from './ledger-account-choice.js';

/** What a finished statement hands to the next one: its end, the books' balance then, and what was outstanding. */
export interface CarryForward {
  periodEnd: string;
  bookBalanceMinor: number;
  items: OutstandingItem[];
  from: string;
}

function outstanding(items: DocItem[], side: 'bank' | 'ledger'): OutstandingItem[] {
  return items
    .filter((i) => i.side === side)
    .map((i) => ({
      side,
      id: i.id,
      date: i.date,
      reference: i.reference,
      description: i.description,
      amountMinor: i.signedAmountMinor,
    }));
}

function carryOf(st: StatementDocument, path: string): CarryForward {
  const s = st.statement;
  if (!s.balanced || s.balancePerBooks.amountMinor === null)
    throw new InputError(
      `--previous ${path}: the statement of ${st.account.name} to ${s.periodEnd} is not a finished reconciliation ` +
        `(${s.verified ? `difference ${s.difference.amount}` : 'its difference is not verified'}): only a balanced statement carries forward`,
    );
  return {
    periodEnd: s.periodEnd,
    bookBalanceMinor: s.balancePerBooks.amountMinor,
    from: path,
    items: [
      ...outstanding(
        [...s.depositsInTransit.items, ...s.unpresentedPayments.items, ...s.awaitingReviewLedger.items],
        'ledger',
      ),
      ...outstanding(
        [...s.creditsNotInBooks.items, ...s.debitsNotInBooks.items, ...s.awaitingReviewBank.items],
        'bank',
      ),
    ],
  };
}

/** Reads a previous report document (`--previous`); its statements are looked up by ledger account and currency. */
export async function readPreviousReport(path: string): Promise<ReportDocument> {
  let doc: ReportDocument;
  try {
    doc = JSON.parse(await readFile(path, 'utf8')) as ReportDocument;
  } catch (err) {
    throw new InputError(`--previous ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  if (doc?.kind !== 'bankfeed.reconciliation-report' || doc.version !== 2 || !Array.isArray(doc.statements))
    throw new InputError(`--previous ${path}: not a bankfeed report document (version 2); write one with --out x.json`);
  return doc;
}

/** The previous statement of one account: same ledger account and currency (or the only statement there is). */
export function carryForwardFor(
  doc: ReportDocument,
  path: string,
  key: { ledgerAccount: string | null; currency: string; statements: number },
): CarryForward | null {
  const same = doc.statements.filter(
    (s) => s.account.currency === key.currency && (s.account.ledgerAccount ?? null) === key.ledgerAccount,
  );
  if (same.length === 1) return carryOf(same[0]!, path);
  if (same.length === 0 && doc.statements.length === 1 && key.statements === 1)
    return carryOf(doc.statements[0]!, path);
  return null;
}
