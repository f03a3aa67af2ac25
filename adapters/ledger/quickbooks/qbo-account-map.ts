import type { PostingAccount } from '../oauth/source-check.js';

/** QuickBooks knows accounts by Id: a rule's account is one when written so, else what `accounts` maps it to. */
export function qboAccountFor(map: Readonly<Record<string, string>>, account: string): string | undefined {
  return /^\d+$/.test(account) ? account : map[account];
}

/** `ledgers test`: every Id the map names is an active account of the company (else QuickBooks refuses). */
export function checkQboAccountMap(map: Readonly<Record<string, string>>, chart: ReadonlySet<string>): string {
  const wrong = Object.entries(map).filter(([, id]) => !chart.has(id));
  if (wrong.length > 0)
    throw new Error(
      `${wrong.map(([name, id]) => `accounts[${JSON.stringify(name)}] is ${id}`).join('; ')}, not an active account of the company: set it to the Id of an active account (Chart of accounts, or select * from Account)`,
    );
  const n = Object.keys(map).length;
  return n === 0
    ? 'no accounts mapped'
    : `${n} mapped account${n === 1 ? '' : 's'} found among the ${chart.size} active accounts of the company`;
}

/**
 * `ledgers test`: every account the rules would post to on this bank account (those bound to another currency never
 * do) is mapped, or written as an active account Id. A posting to one that is not is refused, so it is named here
 * with the key to set, before a run finds it.
 */
export function checkQboRuleAccounts(
  map: Readonly<Record<string, string>>,
  chart: ReadonlySet<string>,
  bankCurrency: string,
  posting: readonly PostingAccount[] | undefined,
): string {
  if (!posting) return 'the rules’ accounts not checked: no binding writes back through this source';
  const bySetter = new Map<string, string[]>();
  for (const p of posting)
    if (p.currency === undefined || p.currency === bankCurrency)
      bySetter.set(p.account, [...(bySetter.get(p.account) ?? []), p.setBy]);
  const problems: string[] = [];
  for (const [account, setBy] of bySetter) {
    const id = qboAccountFor(map, account);
    const who = `(${[...new Set(setBy)].join(', ')})`;
    if (id === undefined)
      problems.push(
        `${JSON.stringify(account)} ${who} is not mapped: set accounts[${JSON.stringify(account)}] to its QuickBooks account Id`,
      );
    else if (id === account && !chart.has(id))
      problems.push(`${account} ${who} is not an active account of the company`);
  }
  if (problems.length > 0)
    throw new Error(
      `${problems.length} of the accounts the rules post to cannot take their postings (each is refused), in the source's configuration: ${problems.join('; ')}`,
    );
  return `all ${bySetter.size} accounts the rules post to on this bank account are mapped to active QuickBooks accounts`;
}
