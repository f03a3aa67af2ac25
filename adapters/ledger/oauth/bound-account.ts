import { LedgerConfigError } from '../config-error.js';

/** One bank account of an accounting system by the ways a binding may name it: its id, code, name. */
export type AccountNames = ReadonlyArray<string | null | undefined>;

/**
 * A source reads and writes the one bank account its configuration names: a binding whose ledgerAccount names another
 * of the organisation's bank accounts would take this one's transactions for that account's books (and write that
 * account's payments into this one), so it is refused. A label of the binding's own, naming no bank account of the
 * organisation, is this account's.
 */
export function refuseOtherBankAccount(
  source: string,
  ledgerAccount: string,
  own: AccountNames,
  all: ReadonlyArray<AccountNames>,
): void {
  if (own.includes(ledgerAccount) || !all.some((names) => names.includes(ledgerAccount))) return;
  const ownName = own.filter(Boolean).slice(1).join(' ') || String(own[0] ?? '');
  throw new LedgerConfigError(source, [
    {
      path: 'bindings[].ledgerAccount',
      message: `"${ledgerAccount}" is not the source's bank account (${ownName}): bind each bank account through a source of its own, with bankAccount set to it`,
    },
  ]);
}
