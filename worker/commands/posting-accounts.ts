import type { PostingAccount } from '../../adapters/ledger/oauth/source-check.js';
import { resolveMatchOptions } from '../../matching/options.js';
import { builtInPresets } from '../../matching/rules.js';
import type { BankfeedSettings } from '../settings.js';

/**
 * The accounts a run would post to through a source that writes back, for `ledgers test` to check: each enabled
 * preset's (BANKFEED_MATCH_PRESETS, as `rules list` shows them) and the write-off account. Rules people make in the
 * web app live in the database, per bank account, and are not among them.
 */
export function postingAccountsOf(matching: Partial<BankfeedSettings['matching']> = {}): PostingAccount[] {
  const m = resolveMatchOptions({
    ...(matching.presets ? { presets: matching.presets } : {}),
    ...(matching.writeOffAccount ? { writeOffAccount: matching.writeOffAccount } : {}),
  });
  const out: PostingAccount[] = [];
  for (const r of builtInPresets(m.presets))
    if (r.enabled !== false && r.then.ledgerAccount)
      out.push({
        account: r.then.ledgerAccount,
        ...(r.when.currency ? { currency: r.when.currency } : {}),
        setBy: `rule ${r.id}`,
      });
  out.push({ account: m.writeOffAccount, setBy: 'the write-off account (BANKFEED_MATCH_WRITE_OFF_ACCOUNT)' });
  return out;
}
