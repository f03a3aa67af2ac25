import { basename, resolve } from 'node:path';

/** A problem with what the user gave us: reported in one line, exit code 2, nothing written. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReconciliationInputError';
  }
}

/** The ledger accounts a ledger holds, as code and name (either may be missing). */
export interface LedgerAccountSeen {
  code: string;
  name: string | null;
  entries: number;
}

export function ledgerAccountsOf(entries: Array<{ account?: string | null; accountName?: string | null }>) {
  const byCode = new Map<string, LedgerAccountSeen>();
  for (const e of entries) {
    const code = e.account ?? e.accountName;
    if (!code) continue;
    const seen = byCode.get(code);
    if (seen) seen.entries++;
    else byCode.set(code, { code, name: e.accountName ?? null, entries: 1 });
  }
  return [...byCode.values()];
}

/**
 * `--ledger-account` values: `CODE` (one statement) or `FILE=CODE` (per statement; FILE as given to --bank or its
 * base name). Returns the explicit choice per bank file, or refuses an ambiguous or unknown FILE.
 */
export function explicitLedgerAccounts(values: readonly string[], banks: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const v of values) {
    const eq = v.lastIndexOf('=');
    const file = eq > 0 ? v.slice(0, eq) : null;
    const code = (eq > 0 ? v.slice(eq + 1) : v).trim();
    if (!code) throw new InputError(`--ledger-account "${v}": no account code after "="`);
    if (file === null) {
      if (banks.length !== 1)
        throw new InputError(
          `--ledger-account "${v}": with ${banks.length} statements, say which one: --ledger-account FILE=CODE`,
        );
      out.set(banks[0]!, code);
      continue;
    }
    const hits = banks.filter((b) => b === file || resolve(b) === resolve(file) || basename(b) === file);
    if (hits.length !== 1)
      throw new InputError(
        `--ledger-account "${v}": ${hits.length ? 'several' : 'no'} --bank file${hits.length ? 's are' : ' is'} called "${file}"`,
      );
    if (out.has(hits[0]!)) throw new InputError(`--ledger-account: "${file}" is given twice`);
    out.set(hits[0]!, code);
  }
  return out;
}

/**
 * The ledger account a statement is reconciled against: the explicit one; the only one the ledger holds; or the one
 * whose code or name carries the last four digits of the account number in the statement's heading. Otherwise a
 * clear error naming the statement and the accounts the ledger holds. Null: the ledger does not name accounts.
 */
export function chooseLedgerAccount(input: {
  bankFile: string;
  explicit: string | undefined;
  accounts: LedgerAccountSeen[];
  accountNumberTail: string | null;
}): string | null {
  const { bankFile, explicit, accounts } = input;
  const list = () =>
    accounts
      .slice(0, 12)
      .map((a) => (a.name && a.name !== a.code ? `${a.code} (${a.name})` : a.code))
      .join(', ');
  if (explicit) {
    if (accounts.length === 0) return explicit; // a source that is one account already (hledger account, JSON)
    const hit = accounts.find((a) => a.code === explicit || a.name === explicit);
    if (!hit)
      throw new InputError(
        `--ledger-account ${explicit} for ${basename(bankFile)}: the ledger has no such account; it holds ${list()}`,
      );
    return hit.code;
  }
  if (accounts.length === 0) return null;
  if (accounts.length === 1) return accounts[0]!.code;
  const tail = input.accountNumberTail;
  if (tail) {
    const hits = accounts.filter((a) => a.code.includes(tail) || (a.name ?? '').includes(tail));
    if (hits.length === 1) return hits[0]!.code;
  }
  throw new InputError(
    `bank ${basename(bankFile)}: cannot tell which ledger account is this statement's` +
      (tail ? ` (no single account names …${tail})` : ' (the statement names no account number)') +
      `; the ledger holds ${list()}; give --ledger-account ${basename(bankFile)}=CODE`,
  );
}

/** Entries posted to a ledger account (by code or name); every entry when the ledger names no accounts. */
export function entriesOfAccount<T extends { account?: string | null; accountName?: string | null }>(
  entries: T[],
  account: string | null,
): T[] {
  if (account === null) return entries;
  return entries.filter((e) => e.account === account || e.accountName === account);
}
