import type { LedgerEntry } from '../domain/ledger.js';
import type {
  BankLine,
  Evidence,
  MatchGroup,
  ReconcileResult,
  Suggestion,
  SuggestionCandidate,
} from '../domain/reconciliation.js';
import { LedgerIndex } from './candidate-index.js';
import { type MatchOptions, resolveMatchOptions } from './options.js';
import {
  type PreparedBank,
  type PreparedLedger,
  InvalidLineError,
  daysOutside,
  prepareBank,
  prepareLedger,
} from './prepared.js';
import { isSerialKey } from './references.js';
import { type Rule, builtInPresets, compileRule, firstMatchingRule } from './rules.js';
import { type PairScore, WEIGHTS, dateEvidence, round4, scorePair, sharedKey } from './scoring.js';
import { findSubsets } from './subset-sum.js';
import { overAllowance, underAllowance } from './tolerance.js';

interface Pair {
  b: PreparedBank;
  l: PreparedLedger;
  s: PairScore;
}

// Scores closer than this are the same score: two such candidates are a tie, which decides nothing.
const TIE_EPSILON = 1e-6;
// Amount-only candidates kept per bank line; reference hits are always kept.
const AMOUNT_CANDIDATES_PER_LINE = 12;
// Open items considered for one split search, nearest in date first.
const SPLIT_POOL = 16;
// Invoices are often paid weeks late: equal amounts this far back are still candidates (without date evidence).
const AMOUNT_LOOKBACK_DAYS = 90;
// Below this a candidate is noise, not a suggestion.
const MIN_SUGGESTION_CONFIDENCE = 0.25;
// A counterparty match confirms without a reference only this close to the entry's date (bookkeepers post a payment
// a day or two before the bank does).
const CLOSE_DATE_DAYS = 3;
// A party name shorter than this ("ABC", "SUPPLIER" is longer but generic words are rare in names) proves too little.
const MIN_PARTY_LETTERS = 5;

const byScoreThenIds = (x: Pair, y: Pair) =>
  y.s.confidence - x.s.confidence || x.b.order - y.b.order || x.l.order - y.l.order;

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Reconciles bank lines against open ledger entries. Pure and deterministic: the inputs are sorted by id first, so
 * their order never changes the result. See docs/reconcile-json.md for the semantics of each output list.
 */
export function reconcile(
  bank: BankLine[],
  ledger: LedgerEntry[],
  options: Partial<MatchOptions> = {},
): ReconcileResult {
  const opts = resolveMatchOptions(options);
  const tol = opts.tolerance;
  const w = opts.dateWindowDays;
  assertUniqueIds(bank, 'bank line');
  assertUniqueIds(ledger, 'ledger entry');

  const rules = [...opts.rules, ...builtInPresets(opts.presets)].map(compileRule);
  const sortedBank = [...bank].sort((a, b) => compareIds(a.id, b.id));
  const sortedLedger = [...ledger].sort((a, b) => compareIds(a.id, b.id));
  const ruleOf = new Map<PreparedBank, Rule>();
  const banks = sortedBank.map((line, i) => {
    const rule = firstMatchingRule(rules, line);
    const p = prepareBank(line, i, rule?.then.counterparty ?? null);
    if (rule && (rule.then.ledgerAccount || rule.then.writeOff)) ruleOf.set(p, rule);
    return p;
  });
  const ledgers = sortedLedger.map((e, i) => prepareLedger(e, i));
  dropSharedSerials(ledgers, banks);
  const index = new LedgerIndex(ledgers);
  const rejected = new Set(opts.rejectedPairs.map((r) => `${r.bankId}\u0000${r.ledgerId}`));
  const allowed = (b: PreparedBank, l: PreparedLedger) => !rejected.has(`${b.line.id}\u0000${l.entry.id}`);

  const ledgerByParty = groupByParty(ledgers);
  const bankByParty = groupByParty(banks);

  // 1. candidate pairs through the index: reference hits (any date) and amounts within tolerance inside the window
  const pairsOfBank = new Map<PreparedBank, Pair[]>();
  const pairsOfLedger = new Map<PreparedLedger, Pair[]>();
  for (const b of banks) {
    const seen = new Set<PreparedLedger>();
    const refPairs: Pair[] = [];
    const amountPairs: Pair[] = [];
    const sameSide = (l: PreparedLedger) => l.entry.currency === b.line.currency && l.sign === b.sign;
    index.byReference(b.keys, (l) => {
      if (seen.has(l) || !sameSide(l) || !allowed(b, l)) return;
      seen.add(l);
      refPairs.push({ b, l, s: scorePair(b, l, tol, w) });
    });
    const under = underAllowance(b.abs, tol);
    const over = overAllowance(b.abs, tol);
    index.byAmount(
      b.line.currency,
      b.sign,
      Math.max(1, b.abs - over),
      b.abs + under,
      b.day - w - AMOUNT_LOOKBACK_DAYS,
      b.day + w,
      (l) => {
        if (seen.has(l) || !allowed(b, l)) return;
        seen.add(l);
        amountPairs.push({ b, l, s: scorePair(b, l, tol, w) });
      },
    );
    amountPairs.sort(byScoreThenIds);
    const pairs = [...refPairs, ...amountPairs.slice(0, AMOUNT_CANDIDATES_PER_LINE)].filter(
      (p) => p.s.fit !== 'none' || p.s.referenceHit,
    );
    pairsOfBank.set(b, pairs);
    for (const p of pairs) {
      const list = pairsOfLedger.get(p.l);
      if (list) list.push(p);
      else pairsOfLedger.set(p.l, [p]);
    }
  }

  const usedBank = new Set<PreparedBank>();
  const usedLedger = new Set<PreparedLedger>();
  const matches: MatchGroup[] = [];
  const isAutoFit = (p: Pair) =>
    p.s.fit === 'exact' || p.s.fit === 'under_within' || p.s.fit === 'over_within' || p.s.fit === 'over';

  // 2. global one-to-one assignment, strongest first; a free competitor with the same score makes a tie
  // a line that references several open documents is a batch payment: it may not settle just one of them with a residual
  const refHits = (b: PreparedBank) => pairsOfBank.get(b)!.filter((q) => q.s.referenceHit).length;
  const autoPairs = [...pairsOfBank.values()]
    .flat()
    .filter((p) => p.s.confidence >= opts.autoConfirmThreshold && isAutoFit(p))
    .filter((p) => !(p.s.fit === 'over' || p.s.fit === 'over_within') || refHits(p.b) < 2)
    // a year-less serial is too short to carry an over-payment beyond tolerance: a typo lands on a neighbour
    .filter((p) => !(p.s.fit === 'over' && p.s.serialOnly));
  autoPairs.sort(byScoreThenIds);
  for (const p of autoPairs) {
    if (usedBank.has(p.b) || usedLedger.has(p.l)) continue;
    const rival = (q: Pair) => q !== p && Math.abs(q.s.confidence - p.s.confidence) <= TIE_EPSILON && isAutoFit(q);
    const tied =
      pairsOfBank.get(p.b)!.some((q) => rival(q) && !usedLedger.has(q.l)) ||
      pairsOfLedger.get(p.l)!.some((q) => rival(q) && !usedBank.has(q.b));
    if (tied) continue;
    usedBank.add(p.b);
    usedLedger.add(p.l);
    matches.push(
      group(
        [p.b],
        [p.l],
        p.s.fit === 'exact' && !p.s.referenceHit ? 'exact' : 'reference',
        p.s.confidence,
        p.s.evidence,
        opts,
      ),
    );
  }

  // 3. reference-backed splits: one bank line paying several referenced documents, or several part payments of one
  for (const b of banks) {
    if (usedBank.has(b)) continue;
    const hits = pairsOfBank
      .get(b)!
      .filter((p) => p.s.referenceHit && !usedLedger.has(p.l))
      .map((p) => p.l);
    if (hits.length < 2) continue;
    const found = splitsFor(b.abs, hits, (l) => l.abs, opts, 2);
    if (found.length !== 1) continue; // none, or two combinations that both fit: a person decides
    const members = found[0]!;
    const ev = splitEvidence([b], members, true, w);
    if (evidenceSum(ev) < opts.autoConfirmThreshold) continue;
    usedBank.add(b);
    members.forEach((l) => usedLedger.add(l));
    matches.push(group([b], members, 'split', evidenceSum(ev), ev, opts));
  }
  for (const l of ledgers) {
    if (usedLedger.has(l)) continue;
    const hits = (pairsOfLedger.get(l) ?? []).filter((p) => p.s.referenceHit && !usedBank.has(p.b)).map((p) => p.b);
    if (hits.length < 2) continue;
    const found = splitsFor(
      l.abs,
      hits.sort((x, y) => x.day - y.day || x.order - y.order),
      (b) => b.abs,
      opts,
      2,
      true,
    );
    if (found.length !== 1) continue;
    const members = found[0]!;
    const ev = splitEvidence(members, [l], true, w);
    if (evidenceSum(ev) < opts.autoConfirmThreshold) continue;
    members.forEach((b) => usedBank.add(b));
    usedLedger.add(l);
    matches.push(group(members, [l], 'split', evidenceSum(ev), ev, opts));
  }

  // 3b. no reference, but exact amount, a clearly named counterparty, a close date and no rival on either side
  if (opts.autoConfirmByCounterparty !== false) {
    // a bank line with a clear payee among its candidates names someone: it is no rival for another payee's entry
    const named = new Map<PreparedBank, boolean>();
    const namesSomeone = (b: PreparedBank) => {
      let v = named.get(b);
      if (v === undefined) named.set(b, (v = pairsOfBank.get(b)!.some((q) => clearParty(q))));
      return v;
    };
    // a rival of the same counterparty counts at any date the candidate search reached (an older unpaid invoice of the
    // same amount may be the one being paid); an anonymous one only inside the date window
    const fits = (q: Pair) => q.s.fit === 'exact' || q.s.fit === 'under_within' || q.s.fit === 'over_within';
    const near = (q: Pair) => daysOutside(q.b, q.l) <= w;
    const bankRival = (q: Pair) =>
      fits(q) &&
      !usedLedger.has(q.l) &&
      (q.s.partyWeight > 0 || (near(q) && q.l.partyTokens.length === 0 && q.l.descriptionTokens.length === 0));
    const ledgerRival = (q: Pair) =>
      fits(q) && !usedBank.has(q.b) && (q.s.partyWeight > 0 || (near(q) && !namesSomeone(q.b)));
    // candidates: lines no rule explains and that quote no reference (a quoted document that is not this one is a doubt)
    const strongPairs: Pair[] = [];
    for (const b of banks) {
      if (usedBank.has(b) || ruleOf.has(b)) continue;
      const ps = pairsOfBank.get(b)!;
      if (ps.some((q) => q.s.referenceHit)) continue;
      for (const p of ps)
        if (p.s.fit === 'exact' && !usedLedger.has(p.l) && clearParty(p) && daysOutside(b, p.l) <= CLOSE_DATE_DAYS)
          strongPairs.push(p);
    }
    strongPairs.sort(byScoreThenIds);
    for (const p of strongPairs) {
      if (usedBank.has(p.b) || usedLedger.has(p.l)) continue;
      if (pairsOfBank.get(p.b)!.some((q) => q !== p && bankRival(q))) continue;
      if (pairsOfLedger.get(p.l)!.some((q) => q !== p && ledgerRival(q))) continue;
      if (partyItemsAlsoSum(p, ledgerByParty, usedLedger, opts)) continue;
      const ev = [
        ...p.s.evidence,
        {
          kind: 'sole_candidate' as const,
          detail:
            'the only open entry with this amount near this date for this counterparty, and no other bank line competes for it',
          weight: WEIGHTS.soleCandidate,
        },
      ];
      // a caller who raised the threshold asked for more than this evidence gives
      if (evidenceSum(ev) < opts.autoConfirmThreshold) continue;
      usedBank.add(p.b);
      usedLedger.add(p.l);
      matches.push(group([p.b], [p.l], 'exact', evidenceSum(ev), ev, opts));
    }
  }

  // 4. bank-only lines explained by a rule: confirmed if the rule says so, else proposed to a person
  const suggestions: Suggestion[] = [];
  const ruleCandidate = new Map<PreparedBank, SuggestionCandidate>();
  for (const [b, rule] of ruleOf) {
    if (usedBank.has(b)) continue;
    const g = ruleGroup(b, rule, opts);
    if (rule.then.autoConfirm) {
      usedBank.add(b);
      matches.push(g);
    } else {
      // the rule and its proposed entry travel with the candidate, so confirming it can post the entry
      ruleCandidate.set(b, {
        ledgerIds: [],
        confidence: g.confidence,
        differenceMinor: 0,
        evidence: g.evidence,
        ruleId: g.ruleId ?? null,
        proposed: g.proposed ?? null,
      });
    }
  }

  // 5. suggestions for every line still open: single candidates, bounded splits, the rule's proposal
  for (const b of banks) {
    if (usedBank.has(b)) continue;
    const cands: SuggestionCandidate[] = [];
    const singles = pairsOfBank
      .get(b)!
      .filter((p) => !usedLedger.has(p.l) && p.s.confidence >= MIN_SUGGESTION_CONFIDENCE);
    singles.sort(byScoreThenIds);
    for (const p of singles.slice(0, 3)) {
      cands.push({
        ledgerIds: [p.l.entry.id],
        confidence: p.s.confidence,
        differenceMinor: b.line.amountMinor - p.l.entry.amountMinor,
        evidence: p.s.evidence,
      });
    }
    // one exact candidate beats any combination: only search splits when no single candidate fits the amount
    if (!singles.some((p) => p.s.fit === 'exact' || p.s.fit === 'under_within' || p.s.fit === 'over_within')) {
      cands.push(...splitSuggestions(b, index, ledgerByParty, usedLedger, allowed, opts));
    }
    const rc = ruleCandidate.get(b);
    if (rc) cands.push(rc);
    if (cands.length === 0) continue;
    cands.sort((x, y) => y.confidence - x.confidence || compareIds(x.ledgerIds.join(','), y.ledgerIds.join(',')));
    const top = cands.slice(0, 3);
    if (top.length > 1 && Math.abs(top[0]!.confidence - top[1]!.confidence) <= TIE_EPSILON) {
      for (const c of top.filter((c) => Math.abs(c.confidence - top[0]!.confidence) <= TIE_EPSILON)) {
        c.evidence = [
          ...c.evidence,
          { kind: 'tie', detail: 'another candidate is equally good: not decided', weight: 0 },
        ];
      }
    }
    suggestions.push({ bankIds: [b.line.id], candidates: top });
  }
  // several open bank lines that together pay one open entry (part payments without a reference)
  suggestions.push(...partPaymentSuggestions(bankByParty, ledgers, usedBank, usedLedger, pairsOfLedger, allowed, opts));

  matches.sort(
    (x, y) =>
      compareIds(x.bankIds[0] ?? '', y.bankIds[0] ?? '') || compareIds(x.ledgerIds[0] ?? '', y.ledgerIds[0] ?? ''),
  );
  suggestions.sort((x, y) => compareIds(x.bankIds.join(','), y.bankIds.join(',')));
  return {
    matches,
    suggestions,
    unmatchedBank: banks.filter((b) => !usedBank.has(b)).map((b) => b.line.id),
    unmatchedLedger: ledgers.filter((l) => !usedLedger.has(l)).map((l) => l.entry.id),
  };
}

/** A counterparty the bank side names unmistakably: an account number, or a name long enough to mean something. */
function clearParty(p: Pair): boolean {
  if (p.s.partyKind === 'account') return true;
  if (p.s.partyKind !== 'name' && p.s.partyKind !== 'narration' && p.s.partyKind !== 'description') return false;
  const words = p.s.partyKind === 'description' ? p.l.descriptionTokens : p.l.partyTokens;
  return p.s.partyWeight >= WEIGHTS.counterpartyName * 0.9 - 1e-9 && words.join('').length >= MIN_PARTY_LETTERS;
}

/**
 * Whether other open items of the same counterparty add up to the amount too (one payment for two invoices whose sum
 * equals a third): then the single exact item is only the likelier reading, not proof.
 */
function partyItemsAlsoSum(
  p: Pair,
  ledgerByParty: Map<string, PreparedLedger[]>,
  usedLedger: Set<PreparedLedger>,
  opts: MatchOptions,
): boolean {
  if (!p.l.partyKey) return false;
  const b = p.b;
  const pool = (ledgerByParty.get(p.l.partyKey) ?? [])
    .filter(
      (l) =>
        l !== p.l &&
        !usedLedger.has(l) &&
        l.entry.currency === b.line.currency &&
        l.sign === b.sign &&
        l.abs < b.abs &&
        plausiblyPays(b, l, opts.dateWindowDays),
    )
    .slice(0, SPLIT_POOL);
  if (pool.length < 2 || pool.reduce((s, l) => s + l.abs, 0) < b.abs) return false;
  // largest first: the search prunes sooner, and only whether some combination exists matters here
  pool.sort((x, y) => y.abs - x.abs || x.order - y.order);
  return findSubsets(pool, (l) => l.abs, b.abs, b.abs, opts.maxSplitSize, 1).length > 0;
}

/**
 * A year-less serial is evidence only when one open document carries it: shared serials are removed from every entry,
 * and so are serials no bank line writes (most of them), which keeps the reference index small.
 */
function dropSharedSerials(ledgers: PreparedLedger[], banks: readonly PreparedBank[]): void {
  const written = new Set<string>();
  for (const b of banks) for (const k of b.keys) if (isSerialKey(k)) written.add(k);
  const count = new Map<string, number>();
  if (written.size > 0)
    for (const l of ledgers) for (const k of l.keys) if (written.has(k)) count.set(k, (count.get(k) ?? 0) + 1);
  const keep = (k: string) => !isSerialKey(k) || count.get(k) === 1;
  for (const l of ledgers) if (!l.keys.every(keep)) l.keys = l.keys.filter(keep);
}

function assertUniqueIds(items: ReadonlyArray<{ id: string }>, what: string): void {
  const seen = new Set<string>();
  for (const it of items) {
    if (seen.has(it.id)) throw new InvalidLineError(`duplicate ${what} id "${it.id}"`);
    seen.add(it.id);
  }
}

/** Subsets of `items` whose total the paid amount settles: exact, short within tolerance, or over within tolerance. */
function splitsFor<T>(
  paidAbs: number,
  items: readonly T[],
  amountOf: (t: T) => number,
  opts: MatchOptions,
  maxSolutions: number,
  paidIsTotal = false,
): T[][] {
  if (paidIsTotal) {
    // several payments towards one due amount (`paidAbs` is then the due amount): their sum may fall short only
    // within the under tolerance and exceed it only within the over tolerance
    const lo = paidAbs - underAllowance(paidAbs, opts.tolerance);
    const hi = paidAbs + overAllowance(paidAbs, opts.tolerance);
    return findSubsets(items, amountOf, Math.max(1, lo), hi, opts.maxSplitSize, maxSolutions);
  }
  const lo = paidAbs - overAllowance(paidAbs, opts.tolerance);
  const hi = paidAbs + underAllowance(paidAbs, opts.tolerance);
  return findSubsets(items, amountOf, Math.max(1, lo), hi, opts.maxSplitSize, maxSolutions);
}

/**
 * Evidence for a split group: the shared reference (when every part has one), how the sums compare, and the date
 * evidence of the weakest part. The confidence is the sum of these weights, as for a single pair.
 */
function splitEvidence(bs: PreparedBank[], ls: PreparedLedger[], reference: boolean, windowDays: number): Evidence[] {
  const ev: Evidence[] = [];
  if (reference)
    ev.push({
      kind: 'reference',
      detail: 'every part shares a reference with the other side',
      weight: WEIGHTS.reference,
    });
  const bankSum = bs.reduce((s, b) => s + b.abs, 0);
  const ledgerSum = ls.reduce((s, l) => s + l.abs, 0);
  ev.push({
    kind: 'split_sum',
    detail: `${bs.length} bank line(s) and ${ls.length} ledger entr${ls.length === 1 ? 'y' : 'ies'} ${bankSum === ledgerSum ? 'sum to the same amount' : 'sum within tolerance'}`,
    weight: bankSum === ledgerSum ? WEIGHTS.splitSum : WEIGHTS.splitSumWithinTolerance,
  });
  let weakest = Infinity;
  for (const b of bs) for (const l of ls) weakest = Math.min(weakest, dateEvidence(b, l, windowDays)?.weight ?? 0);
  if (weakest > 0) ev.push({ kind: 'date', detail: 'every part inside the date window', weight: weakest });
  return ev;
}

const evidenceSum = (ev: readonly Evidence[]) =>
  round4(
    Math.max(
      0,
      Math.min(
        1,
        ev.reduce((s, e) => s + e.weight, 0),
      ),
    ),
  );

function group(
  bs: PreparedBank[],
  ls: PreparedLedger[],
  kind: MatchGroup['kind'],
  confidence: number,
  evidence: Evidence[],
  opts: MatchOptions,
): MatchGroup {
  const bankSum = bs.reduce((s, b) => s + b.line.amountMinor, 0);
  const ledgerSum = ls.reduce((s, l) => s + l.entry.amountMinor, 0);
  const difference = bankSum - ledgerSum;
  const paidAbs = Math.abs(bankSum);
  const dueAbs = Math.abs(ledgerSum);
  // only a shortfall is written off; an over-payment stays open on the bank line as the difference
  const writeOff = paidAbs < dueAbs ? { account: opts.writeOffAccount, amountMinor: dueAbs - paidAbs } : null;
  return {
    bankIds: bs.map((b) => b.line.id),
    ledgerIds: ls.map((l) => l.entry.id),
    kind,
    confidence,
    currency: bs[0]!.line.currency,
    differenceMinor: difference,
    writeOff,
    evidence,
  };
}

function ruleGroup(b: PreparedBank, rule: Rule, opts: MatchOptions): MatchGroup {
  const account = rule.then.ledgerAccount ?? opts.writeOffAccount;
  const confidence = rule.then.autoConfirm ? 1 : 0.7;
  return {
    bankIds: [b.line.id],
    ledgerIds: [],
    kind: 'rule',
    confidence,
    currency: b.line.currency,
    // the proposed entry stands in for the ledger side, so nothing is left over
    differenceMinor: 0,
    writeOff: rule.then.writeOff ? { account: opts.writeOffAccount, amountMinor: b.abs } : null,
    evidence: [{ kind: 'rule', detail: `rule ${rule.id}${rule.name ? ` (${rule.name})` : ''}`, weight: confidence }],
    ruleId: rule.id,
    proposed: {
      account,
      category: rule.then.category ?? null,
      counterparty: rule.then.counterparty ?? b.line.counterpartyName ?? null,
      description: b.line.narration ?? rule.name ?? rule.id,
      amountMinor: b.line.amountMinor,
    },
  };
}

/** Combinations of open items near the bank line's date that add up to it, scored by their shared evidence. */
function groupByParty<T extends { partyKey: string | null }>(items: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    if (!it.partyKey) continue;
    const list = m.get(it.partyKey);
    if (list) list.push(it);
    else m.set(it.partyKey, [it]);
  }
  return m;
}

/** Could bank line b pay (part of) entry l, by date? From a window before the entry to well after its due date. */
function plausiblyPays(b: PreparedBank, l: PreparedLedger, w: number): boolean {
  return b.day >= l.day - w && b.day <= l.endDay + AMOUNT_LOOKBACK_DAYS;
}

function splitSuggestions(
  b: PreparedBank,
  index: LedgerIndex,
  ledgerByParty: Map<string, PreparedLedger[]>,
  usedLedger: Set<PreparedLedger>,
  allowed: (b: PreparedBank, l: PreparedLedger) => boolean,
  opts: MatchOptions,
): SuggestionCandidate[] {
  const w = opts.dateWindowDays;
  const open = (l: PreparedLedger) =>
    !usedLedger.has(l) && l.entry.currency === b.line.currency && l.sign === b.sign && l.abs < b.abs && allowed(b, l);
  // the counterparty's own open items first (any date they could be paid on), then what is near in date
  const partyPool = (b.partyKey ? (ledgerByParty.get(b.partyKey) ?? []) : [])
    .filter((l) => open(l) && plausiblyPays(b, l, w))
    .slice(0, SPLIT_POOL);
  const inParty = new Set(partyPool);
  const nearPool = index.nearDay(
    b.line.currency,
    b.sign,
    b.day,
    b.day - w,
    b.day + w,
    SPLIT_POOL,
    (l) => open(l) && !inParty.has(l),
  );
  const pool = [...partyPool, ...nearPool].slice(0, SPLIT_POOL);
  if (pool.length < 2) return [];
  // due-date order, as Odoo accumulates
  pool.sort((x, y) => x.endDay - y.endDay || x.day - y.day || x.order - y.order);
  const found = splitsFor(b.abs, pool, (l) => l.abs, opts, 3);
  return found.map((members) => {
    const scores = members.map((l) => scorePair(b, l, opts.tolerance, w));
    const allParty = scores.every((s) => s.partyWeight > 0);
    const allRef = scores.every((s) => s.referenceHit);
    const sum = members.reduce((s, l) => s + l.abs, 0);
    const ev: Evidence[] = [];
    if (allRef)
      ev.push({ kind: 'reference', detail: 'every entry is referenced in the bank text', weight: WEIGHTS.reference });
    ev.push({
      kind: 'split_sum',
      detail: `${members.length} entries sum ${sum === b.abs ? 'exactly' : 'within tolerance'} to the bank amount`,
      weight: sum === b.abs ? WEIGHTS.splitSum : WEIGHTS.splitSumWithinTolerance,
    });
    if (allParty) {
      const weight = round4(Math.min(...scores.map((s) => s.partyWeight)));
      const kind = scores.every((s) => s.partyKind === 'account') ? 'counterparty_account' : 'counterparty_name';
      ev.push({ kind, detail: 'every entry belongs to the bank counterparty', weight });
    }
    const dates = members.map((l) => dateEvidence(b, l, w)?.weight ?? 0);
    const weakest = round4(Math.min(...dates));
    if (weakest > 0) ev.push({ kind: 'date', detail: 'every entry inside the date window', weight: weakest });
    const confidence = evidenceSum(ev);
    return {
      ledgerIds: members.map((l) => l.entry.id),
      confidence,
      differenceMinor: b.line.amountMinor - b.sign * sum,
      evidence: ev,
    };
  });
}

/** For open entries that several open bank lines part-pay (reference or party evidence), propose the group. */
function partPaymentSuggestions(
  bankByParty: Map<string, PreparedBank[]>,
  ledgers: readonly PreparedLedger[],
  usedBank: Set<PreparedBank>,
  usedLedger: Set<PreparedLedger>,
  pairsOfLedger: Map<PreparedLedger, Pair[]>,
  allowed: (b: PreparedBank, l: PreparedLedger) => boolean,
  opts: MatchOptions,
): Suggestion[] {
  const out: Suggestion[] = [];
  const w = opts.dateWindowDays;
  for (const l of ledgers) {
    if (usedLedger.has(l)) continue;
    const fromRefs = (pairsOfLedger.get(l) ?? [])
      .filter((p) => p.s.fit === 'partial' && p.s.referenceHit)
      .map((p) => p.b);
    const fromParty = l.partyKey ? (bankByParty.get(l.partyKey) ?? []) : [];
    const parts = [...new Set([...fromRefs, ...fromParty])]
      .filter(
        (b) =>
          !usedBank.has(b) &&
          b.line.currency === l.entry.currency &&
          b.sign === l.sign &&
          b.abs < l.abs &&
          plausiblyPays(b, l, w) &&
          allowed(b, l),
      )
      .sort((x, y) => x.day - y.day || x.order - y.order)
      .slice(0, SPLIT_POOL);
    if (parts.length < 2) continue;
    const found = splitsFor(l.abs, parts, (b) => b.abs, opts, 1, true);
    if (found.length === 0) continue;
    const members = found[0]!;
    const ref = members.every((b) => sharedKey(b.keys, l.keys) !== null);
    const ev = splitEvidence(members, [l], ref, w);
    const confidence = evidenceSum(ev);
    out.push({
      bankIds: members.map((b) => b.line.id),
      candidates: [
        {
          ledgerIds: [l.entry.id],
          confidence,
          differenceMinor: members.reduce((s, b) => s + b.line.amountMinor, 0) - l.entry.amountMinor,
          evidence: ev,
        },
      ],
    });
  }
  return out;
}
