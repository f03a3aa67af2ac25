/*
 * The review queue's Rule filter: the rules that explain lines of the tab shown, with how many each, and whether a
 * rule typed into the address names a rule at all. One that names none lists nothing and says so; it never falls
 * back to every line.
 */
import { REVERSAL_PAIR_NAME, REVERSAL_PAIR_RULE } from '../adapters/reports/reversed-lines.js';
import { createReviewRepository, type QueueFilter } from '../db/review-repository.js';
import { createWebRuleRepository } from '../db/web-rule-repository.js';
import { DEFAULT_MATCH_OPTIONS } from '../matching/options.js';
import { builtInPresets } from '../matching/rules.js';
import type { WebAppContext } from './app.js';

export interface RuleChoices {
  /** The tab's rules, by id, with the lines each would list under the rest of the filter, and its name when known. */
  rules: Array<{ ruleId: string; n: number; name: string | null }>;
  /** The filter's rule names no rule: no preset the process runs, none made here, none that classified a line. */
  unknown: boolean;
  /** The typed rule's name, when it is a rule with nothing in this tab. */
  typedName: string | null;
}

export async function ruleChoices(ctx: WebAppContext, accountId: string, f: QueueFilter): Promise<RuleChoices> {
  const review = createReviewRepository(ctx.db);
  const counted = await review.queueRules(accountId, f);
  const presets = builtInPresets(ctx.deps.settings?.matching.presets ?? DEFAULT_MATCH_OPTIONS.presets);
  const own = await createWebRuleRepository(ctx.db).forAccount(accountId);
  // an accountant reads a rule by its name ("NIP transfer fee ₦53.75 (VAT inclusive)"), not its id
  const names = new Map([...presets, ...own].map((r) => [r.id, r.name ?? null] as const));
  // the engine's own reversal pass is no configured rule, so it has no name but the statement's words for it
  if (!names.get(REVERSAL_PAIR_RULE)) names.set(REVERSAL_PAIR_RULE, REVERSAL_PAIR_NAME);
  const rules = counted.map((r) => ({ ...r, name: names.get(r.ruleId) ?? null }));
  const id = f.ruleId;
  if (id === undefined || rules.some((r) => r.ruleId === id)) return { rules, unknown: false, typedName: null };
  const known =
    names.has(id) ||
    (await createWebRuleRepository(ctx.db).madeFor(accountId, id)) ||
    (await review.ruleSeen(accountId, id));
  return { rules, unknown: !known, typedName: names.get(id) ?? null };
}

/** What the queue says of a rule that names none (the field named, as every refused filter is). */
export function unknownRuleText(id: string): string {
  return `rule: there is no rule “${id}” on this account, so no line is listed under it. Choose a rule from the list, or “any”.`;
}
