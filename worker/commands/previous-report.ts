import { readFile } from 'node:fs/promises';
import {
  carryOf,
  type CarriedForward,
  type ReportDocument,
  type StatementCarry,
  type StatementDocument,
} from '../../adapters/reports/index.js';
import { InputError } from './ledger-account-choice.js';

/**
 * What a finished statement hands to the next one: its end, the books' balance then, what was outstanding and its
 * matched groups' residuals and write-offs (read as the web reads a statement it finishes), and the file it came from.
 */
export type CarryForward = CarriedForward & StatementCarry & { bookBalanceMinor: number; from: string };

function carryFrom(st: StatementDocument, path: string): CarryForward {
  const s = st.statement;
  if (!s.balanced || s.balancePerBooks.amountMinor === null)
    throw new InputError(
      `--previous ${path}: the statement of ${st.account.name} to ${s.periodEnd} is not a finished reconciliation ` +
        `(${s.verified ? `difference ${s.difference.amount}` : 'its difference is not verified'}): only a balanced statement carries forward`,
    );
  return { periodEnd: s.periodEnd, bookBalanceMinor: s.balancePerBooks.amountMinor, from: path, ...carryOf(s) };
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
  if (same.length === 1) return carryFrom(same[0]!, path);
  if (same.length === 0 && doc.statements.length === 1 && key.statements === 1)
    return carryFrom(doc.statements[0]!, path);
  return null;
}
