import { createHash } from 'node:crypto';
import type {
  Evidence,
  MatchGroup,
  MatchKind,
  ReconcileResult,
  SuggestionCandidate,
} from '../domain/reconciliation.js';
import type { GroupItem, NewGroup } from '../db/match-repository.js';

/**
 * Turns one engine result into the groups to store, given what is stored already. Pure: the service loads and
 * writes, this decides. The rules:
 * - an engine proposal whose idempotency key is stored (and not superseded) is never written again, whatever a
 *   person did with it since: a re-run on the same data writes nothing, and a rejected or unmatched rule group
 *   (which rejectedPairs cannot express: it has no ledger side) is never proposed again;
 * - an auto match touching a line an existing auto group holds is dropped: existing auto groups stand;
 * - suggestion candidates touching a line held by an auto group are dropped and the rest re-ranked 1..3.
 */
export interface PlanInput {
  accountId: string;
  /** null: groups a rule made as a person saved it, outside any run */
  runId: number | null;
  now: string;
  result: ReconcileResult;
  bankAmounts: Map<string, { amountMinor: number; currency: string }>;
  ledgerAmounts: Map<string, { amountMinor: number; currency: string }>;
  /** "bank:<id>" / "ledger:<id>" of lines an existing auto group holds. */
  heldByAuto: Set<string>;
  /** Stored, not superseded idempotency keys → their group's status now. */
  liveKeys: Map<string, string>;
}

export interface Plan {
  newGroups: NewGroup[];
  /** Keys of every suggestion this run makes (new or already stored): the others in scope are superseded. */
  suggestionKeys: Set<string>;
  /** Bank ids (engine strings) held by an auto group after the run, and those with a suggestion. */
  autoBankIds: Set<string>;
  suggestedBankIds: Set<string>;
  claimed: Set<string>;
  droppedAutoMatches: number;
}

/** A kind the engine may attach to a candidate; when absent it is derived (candidateKind). */
type RichCandidate = SuggestionCandidate & { kind?: MatchKind };

export function keyOf(parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

function sortedIds(ids: string[]): string[] {
  return [...ids].sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));
}

/** A candidate's kind when the engine does not say: bank-only is a rule, several lines a split, else by evidence. */
export function candidateKind(c: RichCandidate, bankCount: number): MatchKind {
  if (c.kind) return c.kind;
  if (c.ledgerIds.length === 0) return 'rule';
  if (bankCount > 1 || c.ledgerIds.length > 1) return 'split';
  if (c.evidence.some((e: Evidence) => e.kind === 'reference')) return 'reference';
  if (c.evidence.some((e: Evidence) => e.kind === 'amount_exact')) return 'exact';
  return 'fuzzy';
}

/** Structure only: an auto group is never replaced, so its key must not move when evidence wording does. */
export function autoMatchKey(accountId: string, m: MatchGroup): string {
  return keyOf([
    'auto',
    accountId,
    m.kind,
    sortedIds(m.bankIds),
    sortedIds(m.ledgerIds),
    m.ruleId ?? null,
    m.writeOff ?? null,
    m.proposed ?? null,
  ]);
}

/** What a person is shown, evidence included: a suggestion whose rank or evidence changed is replaced, not kept stale. */
export function suggestionKey(accountId: string, candidateSet: string, c: RichCandidate, rank: number): string {
  return keyOf([
    'suggested',
    accountId,
    candidateSet,
    sortedIds(c.ledgerIds),
    rank,
    c.confidence,
    c.differenceMinor,
    c.ruleId ?? null,
    c.proposed ?? null,
    c.evidence,
  ]);
}

export function planGroups(input: PlanInput): Plan {
  const { accountId, runId, now, result } = input;
  const claimed = new Set(input.heldByAuto);
  const autoBankIds = new Set([...input.heldByAuto].filter((k) => k.startsWith('bank:')).map((k) => k.slice(5)));
  const newGroups: NewGroup[] = [];
  const newKeys = new Set<string>();
  let droppedAutoMatches = 0;

  const items = (bankIds: string[], ledgerIds: string[]): GroupItem[] => [
    ...sortedIds(bankIds).map((id) => ({
      side: 'bank' as const,
      itemId: Number(id),
      amountMinor: amountOf(input.bankAmounts, 'bank', id),
    })),
    ...sortedIds(ledgerIds).map((id) => ({
      side: 'ledger' as const,
      itemId: Number(id),
      amountMinor: amountOf(input.ledgerAmounts, 'ledger', id),
    })),
  ];

  for (const m of result.matches) {
    const key = autoMatchKey(accountId, m);
    if (input.liveKeys.has(key) || newKeys.has(key)) continue;
    const lineKeys = [...m.bankIds.map((id) => `bank:${id}`), ...m.ledgerIds.map((id) => `ledger:${id}`)];
    if (lineKeys.some((k) => claimed.has(k))) {
      droppedAutoMatches++;
      continue;
    }
    for (const k of lineKeys) claimed.add(k);
    for (const id of m.bankIds) autoBankIds.add(id);
    newKeys.add(key);
    newGroups.push({
      accountId,
      runId,
      kind: m.kind,
      status: 'auto',
      confidence: m.confidence,
      currency: m.currency,
      differenceMinor: m.differenceMinor,
      writeOff: m.writeOff,
      evidence: m.evidence,
      ruleId: m.ruleId ?? null,
      proposed: m.proposed ?? null,
      rank: null,
      candidateSet: null,
      idempotencyKey: key,
      decidedBy: null,
      decidedAt: null,
      createdAt: now,
      items: items(m.bankIds, m.ledgerIds),
    });
  }

  const suggestionKeys = new Set<string>();
  const suggestedBankIds = new Set<string>();
  for (const s of result.suggestions) {
    if (s.bankIds.length === 0 || s.bankIds.some((id) => claimed.has(`bank:${id}`))) continue;
    const candidateSet = `bank:${sortedIds(s.bankIds).join(',')}`;
    const usable = (s.candidates as RichCandidate[])
      .filter((c) => !c.ledgerIds.some((id) => claimed.has(`ledger:${id}`)))
      .slice(0, 3);
    usable.forEach((c, i) => {
      const rank = i + 1;
      const key = suggestionKey(accountId, candidateSet, c, rank);
      if (suggestionKeys.has(key)) return;
      suggestionKeys.add(key);
      const stored = input.liveKeys.get(key);
      // a candidate a person already decided (rejected, confirmed) is not an open suggestion any more
      if (stored === undefined || stored === 'suggested') for (const id of s.bankIds) suggestedBankIds.add(id);
      if (stored !== undefined) return;
      const bank = s.bankIds.map((id) => input.bankAmounts.get(id)!);
      newGroups.push({
        accountId,
        runId,
        kind: candidateKind(c, s.bankIds.length),
        status: 'suggested',
        confidence: c.confidence,
        currency: bank[0]?.currency ?? '',
        differenceMinor: c.differenceMinor,
        writeOff: null,
        evidence: c.evidence,
        ruleId: c.ruleId ?? null,
        proposed: c.proposed ?? null,
        rank,
        candidateSet,
        idempotencyKey: key,
        decidedBy: null,
        decidedAt: null,
        createdAt: now,
        items: items(s.bankIds, c.ledgerIds),
      });
    });
  }
  return { newGroups, suggestionKeys, autoBankIds, suggestedBankIds, claimed, droppedAutoMatches };
}

function amountOf(map: Map<string, { amountMinor: number }>, side: string, id: string): number {
  const line = map.get(id);
  // The engine only sees lines we gave it; an unknown id is a defect in the engine, not bad user input.
  if (!line) throw new Error(`engine returned ${side} id ${id}, which was not in its input`);
  return line.amountMinor;
}
