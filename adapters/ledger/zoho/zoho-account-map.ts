import type { PostingAccount } from '../oauth/source-check.js';

/** Zoho knows accounts by account_id: a rule's account is one when written so, else what `accounts` maps it to. */
export function zohoAccountFor(map: Readonly<Record<string, string>>, account: string): string | undefined {
  return /^\d+$/.test(account) ? account : map[account];
}

/** `ledgers test`: every account_id the map names is an active account of the organisation (else Zoho refuses). */
export function checkAccountMap(map: Readonly<Record<string, string>>, chart: ReadonlySet<string>): string {
  const wrong = Object.entries(map).filter(([, id]) => !chart.has(id));
  if (wrong.length > 0)
    throw new Error(
      `${wrong.map(([name, id]) => `accounts[${JSON.stringify(name)}] is ${id}`).join('; ')}, not an active account in the organisation's chart of accounts: set it to the account_id of an active account (Accountant › Chart of Accounts, or GET /chartofaccounts)`,
    );
  const n = Object.keys(map).length;
  return n === 0
    ? 'no accounts mapped'
    : `${n} mapped account${n === 1 ? '' : 's'} found among the ${chart.size} active accounts of the chart of accounts`;
}

/**
 * `ledgers test`: every account the rules would post to on this bank account (those bound to another currency never
 * do) is mapped, or written as an active account_id. A posting to one that is not is refused, so it is named here
 * with the key to set, before a run finds it.
 */
export function checkRuleAccounts(
  map: Readonly<Record<string, string>>,
  chart: ReadonlySet<string>,
  bankCurrency: string | null,
  posting: readonly PostingAccount[] | undefined,
): string {
  if (!posting) return 'the rules’ accounts not checked: no binding writes back through this source';
  // one line per account, naming everything that posts to it
  const bySetter = new Map<string, string[]>();
  for (const p of posting)
    if (p.currency === undefined || bankCurrency === null || p.currency === bankCurrency)
      bySetter.set(p.account, [...(bySetter.get(p.account) ?? []), p.setBy]);
  const problems: string[] = [];
  for (const [account, setBy] of bySetter) {
    const id = zohoAccountFor(map, account);
    const who = `(${[...new Set(setBy)].join(', ')})`;
    if (id === undefined)
      problems.push(
        `${JSON.stringify(account)} ${who} is not mapped: set accounts[${JSON.stringify(account)}] to its Zoho account_id`,
      );
    // a mapped id is checked above; one written as an id is checked here
    else if (id === account && !chart.has(id))
      problems.push(`${account} ${who} is not an active account in the organisation's chart of accounts`);
  }
  if (problems.length > 0)
    throw new Error(
      `${problems.length} of the accounts the rules post to cannot take their postings (each is refused), in the source's configuration: ${problems.join('; ')}`,
    );
  return `all ${bySetter.size} accounts the rules post to on this bank account are mapped to active Zoho accounts`;
}
