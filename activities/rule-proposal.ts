import type { BankLine, ProposedLedgerEntry } from '../domain/reconciliation.js';
import type { MatchOptions } from '../matching/options.js';
import { compileRule, firstMatchingRule, nigerianBankChargePresets } from '../matching/rules.js';

export interface RuleProposal {
  ruleId: string;
  proposed: ProposedLedgerEntry;
}

/**
 * Stopgap: the engine's bank-only rule candidates (a rule that does not auto-confirm) carry no ruleId or proposed
 * entry yet, and a confirmed rule group needs both to be posted to the books. This finds the same rule the engine
 * used (user rules first, then presets, first match wins, through matching/rules.ts) and builds the entry the
 * engine builds for its auto-confirmed rule groups. It is only consulted when a candidate lacks `proposed`; delete
 * it once the engine sets SuggestionCandidate.ruleId/proposed.
 */
export function ruleProposalFinder(options: MatchOptions): (line: BankLine) => RuleProposal | undefined {
  const rules = [...options.rules, ...(options.presets.nigerianBankCharges ? nigerianBankChargePresets() : [])].map(compileRule);
  return (line) => {
    const rule = firstMatchingRule(rules, line);
    if (!rule || !(rule.then.ledgerAccount || rule.then.writeOff)) return undefined;
    return {
      ruleId: rule.id,
      proposed: {
        account: rule.then.ledgerAccount ?? options.writeOffAccount,
        category: rule.then.category ?? null,
        counterparty: rule.then.counterparty ?? line.counterpartyName ?? null,
        description: line.narration ?? rule.name ?? rule.id,
        amountMinor: line.amountMinor,
      },
    };
  };
}
