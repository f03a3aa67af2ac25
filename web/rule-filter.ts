/*
 * The review queue's Rule filter: the rules that explain lines of the tab shown, with how many each, and whether a
 * rule typed into the address names a rule at all. One that names none lists nothing and says so; it never falls
 * back to every line.
 */
import { createReviewRepository, type QueueFilter } from '../db/review-repository.js';
import { createWebRuleRepository } from '../db/web-rule-repository.js';
import { DEFAULT_MATCH_OPTIONS } from '../matching/options.js';
import { builtInPresets } from '../matching/rules.js';
import type { WebAppContext } from './app.js';

export interface RuleChoices {
  /** The tab's rules, by id, with the lines each would list under the rest of the filter. */
  rules: Array<{ ruleId: string; n: number }>;
  /** The filter's rule names no rule: no preset the process runs, none made here, none that classified a line. */
  unknown: boolean;
}

export async function ruleChoices(ctx: WebAppContext, accountId: string, f: QueueFilter): Promise<RuleChoices> {
  const review = createReviewRepository(ctx.db);
  const rules = await review.queueRules(accountId, f);
  const id = f.ruleId;
  if (id === undefined || rules.some((r) => r.ruleId === id)) return { rules, unknown: false };
  const presets = builtInPresets(ctx.deps.settings?.matching.presets ?? DEFAULT_MATCH_OPTIONS.presets);
  const known =
    presets.some((r) => r.id === id) ||
    (await createWebRuleRepository(ctx.db).madeFor(accountId, id)) ||
    (await review.ruleSeen(accountId, id));
  return { rules, unknown: !known };
}

/** What the queue says of a rule that names none (the field named, as every refused filter is). */
export function unknownRuleText(id: string): string {
  return `rule: there is no rule “${id}” on this account, so no line is listed under it. Choose a rule from the list, or “any”.`;
}
