import { accountMatchOptions } from '../../activities/reconcile-activities.js';
import { type CurrencyCode, normalizeCurrency } from '../../domain/currency.js';
import type { BankLine } from '../../domain/reconciliation.js';
import { createWebRuleRepository } from '../../db/web-rule-repository.js';
import type { MatchOptions } from '../../matching/options.js';
import type { CliContext } from '../cli-context.js';
import { resolveAccount } from './account-ref.js';

/**
 * `reconcile --input case.json --account <id>`: the document is matched as that account's stored runs are, with the
 * document's own options winning. Nothing is stored; the account only lends its settings.
 */
export interface InputAccountSettings {
  accountId: string;
  accountName: string;
  currency: CurrencyCode;
  /** the account's time zone: the document's dates and instants are read in it unless `options.timezone` says */
  timezone: string;
  /** the running BANKFEED_MATCH_* options as they apply to this account (a fixed tolerance only in its currency) */
  options: Partial<MatchOptions>;
  /** the rules people made for this account (and for every account) in the web app */
  rules: MatchOptions['rules'];
}

/** Resolves the account a person named (exit 2 when none or several answer) and its settings (exit 3 when bad). */
export async function inputAccountSettings(ctx: CliContext, ref: string): Promise<InputAccountSettings> {
  const { db, running } = await ctx.services();
  const account = await resolveAccount(db, ref);
  return {
    accountId: account.id,
    accountName: account.name,
    currency: normalizeCurrency(account.currency),
    timezone: account.timezone,
    options: await accountMatchOptions(db, account.id, running.matching, running.toleranceCurrency),
    rules: await createWebRuleRepository(db).forAccount(account.id),
  };
}

/**
 * The options of an input run under `--account`: each option the document states wins; the account's fill the rest.
 * A stated tolerance replaces the account's as a whole (its under and over sides are one decision), presets are
 * merged switch by switch, and the document's rules come before the account's (first match wins, as in a stored run).
 * The account's rejected pairs are not used: they name stored lines, not the document's ids.
 */
export function withAccountSettings(
  document: Partial<MatchOptions>,
  account: InputAccountSettings,
): Partial<MatchOptions> {
  const merged: Partial<MatchOptions> = { ...account.options, timezone: account.timezone, ...document };
  if (account.options.presets && document.presets) merged.presets = { ...account.options.presets, ...document.presets };
  merged.rules = [...(document.rules ?? []), ...account.rules];
  return merged;
}

/**
 * Bank lines in another currency than the account's, one issue per currency: the account's settings (a fixed
 * tolerance in its minor units) are for its own lines, and a bank account's statement has one currency.
 */
export function foreignBankLines(bank: readonly BankLine[], account: InputAccountSettings): string[] {
  const first = new Map<CurrencyCode, { index: number; count: number }>();
  bank.forEach((b, index) => {
    if (b.currency === account.currency) return;
    const seen = first.get(b.currency);
    if (seen) seen.count++;
    else first.set(b.currency, { index, count: 1 });
  });
  return [...first].map(
    ([currency, { index, count }]) =>
      `$.bank[${index}].currency: ${currency} (${count} bank line${count === 1 ? '' : 's'}), but --account ` +
      `${account.accountId} is in ${account.currency}: its settings are for ${account.currency} lines`,
  );
}
