import { counted } from '../domain/counted.js';
import type { Evidence, MatchGroup } from '../domain/reconciliation.js';
import type { Pair } from './assignment.js';
import type { MatchOptions } from './options.js';
import type { PreparedBank, PreparedLedger } from './prepared.js';
import type { Rule } from './rules.js';
import { dateEvidence, round4 } from './scoring.js';
import { findSubsets } from './subset-sum.js';
import { AMOUNT_LOOKBACK_DAYS, WEIGHTS } from './thresholds.js';
import { overAllowance, underAllowance } from './tolerance.js';

/** A group's confidence: the sum of its evidence weights, within 0..1. */
export const evidenceSum = (ev: readonly Evidence[]) =>
  round4(
    Math.max(
      0,
      Math.min(
        1,
        ev.reduce((s, e) => s + e.weight, 0),
      ),
    ),
  );

/** Could bank line b pay (part of) entry l, by date? From a window before the entry to well after its due date. */
export function plausiblyPays(b: PreparedBank, l: PreparedLedger, w: number): boolean {
  return paysWithin(b.day, l.day, l.endDay, w);
}

/** plausiblyPays from the line's day and the entry's first and last open day (for a reader of an index's numbers). */
export function paysWithin(bankDay: number, entryDay: number, entryEndDay: number, w: number): boolean {
  return bankDay >= entryDay - w && bankDay <= entryEndDay + AMOUNT_LOOKBACK_DAYS;
}

/** A confirmed group of bank lines and ledger entries; a shortfall inside tolerance goes to the write-off account. */
export function group(
  bs: readonly PreparedBank[],
  ls: readonly PreparedLedger[],
  kind: MatchGroup['kind'],
  confidence: number,
  evidence: Evidence[],
  opts: MatchOptions,
): MatchGroup {
  // sums by indexed loops (a for-of steps through an iterator, more to compile); the id lists by map, which sizes them
  // exactly (a list grown by push keeps room for 17)
  let bankSum = 0;
  let fees = 0;
  for (let i = 0; i < bs.length; i++) {
    bankSum += bs[i]!.line.amountMinor;
    fees += feeOf(bs[i]!);
  }
  let ledgerSum = 0;
  for (let j = 0; j < ls.length; j++) ledgerSum += ls[j]!.entry.amountMinor;
  return groupOf(
    bs.map(lineId),
    ls.map(entryId),
    bs[0]!.line.currency,
    bankSum,
    ledgerSum,
    fees,
    kind,
    confidence,
    evidence,
    opts,
  );
}

/** One line and one entry confirmed together: group([b], [l], …) without the lists. */
export function pairGroup(
  b: PreparedBank,
  l: PreparedLedger,
  kind: MatchGroup['kind'],
  confidence: number,
  evidence: Evidence[],
  opts: MatchOptions,
): MatchGroup {
  const line = b.line;
  const entry = l.entry;
  return groupOf(
    [line.id],
    [entry.id],
    line.currency,
    line.amountMinor,
    entry.amountMinor,
    feeOf(b),
    kind,
    confidence,
    evidence,
    opts,
  );
}

/** The bank's fee on the line's row that its matching left out (PreparationMemo.withoutFees): 0 when none. */
const feeOf = (b: PreparedBank): number => Math.abs(b.abs - Math.abs(b.line.amountMinor));

function feeEvidence(fees: number, opts: MatchOptions): Evidence {
  return {
    kind: 'bank_fee',
    detail: `the bank's fee of ${fees} minor units on the line's own row, written off to ${opts.writeOffAccount}`,
    weight: 0,
  };
}

function groupOf(
  bankIds: string[],
  ledgerIds: string[],
  currency: MatchGroup['currency'],
  bankSum: number,
  ledgerSum: number,
  fees: number,
  kind: MatchGroup['kind'],
  confidence: number,
  evidence: Evidence[],
  opts: MatchOptions,
): MatchGroup {
  // what the lines paid without the bank's fees on their rows, which are written off with any shortfall
  const paidAbs = Math.abs(bankSum + fees);
  const dueAbs = Math.abs(ledgerSum);
  // only a shortfall is written off; an over-payment stays open on the bank line as the difference
  const written = fees + (paidAbs < dueAbs ? dueAbs - paidAbs : 0);
  const writeOff = written > 0 ? { account: opts.writeOffAccount, amountMinor: written } : null;
  return {
    bankIds,
    ledgerIds,
    kind,
    confidence,
    currency,
    differenceMinor: bankSum - ledgerSum,
    writeOff,
    evidence: fees > 0 ? [...evidence, feeEvidence(fees, opts)] : evidence,
  };
}

const lineId = (b: PreparedBank) => b.line.id;
const entryId = (l: PreparedLedger) => l.entry.id;

/**
 * A pair's evidence, and one more item if given, in a list of its own size (a run keeps one list per match and
 * suggestion). Copied by index (no rest list, no concat: this runs once per match).
 */
export function evidenceOf(p: Pair, more?: Evidence): Evidence[] {
  // a fresh list of its own size already
  const own = p.s.evidence;
  if (more === undefined) return own;
  const out = new Array<Evidence>(own.length + 1);
  for (let i = 0; i < own.length; i++) out[i] = own[i]!;
  out[own.length] = more;
  return out;
}

/** A rule group's confidence: a rule that confirms by itself is certain, one a person confirms is likely. */
const ruleConfidence = (rule: Rule) => (rule.then.autoConfirm ? 1 : 0.7);

/**
 * The evidence of a rule group: the same for every line the rule explains (a fee rule explains thousands), so one
 * frozen list per rule, kept in `memo` for one run. Nothing changes evidence once made.
 */
export function ruleEvidence(rule: Rule, memo: Map<Rule, Evidence[]>): Evidence[] {
  let ev = memo.get(rule);
  if (!ev) {
    const e = {
      kind: 'rule' as const,
      detail: `rule ${rule.id}${rule.name ? ` (${rule.name})` : ''}`,
      weight: ruleConfidence(rule),
    };
    ev = Object.freeze([Object.freeze(e)]) as Evidence[];
    memo.set(rule, ev);
  }
  return ev;
}

/**
 * A bank-only line explained by a rule: the rule's proposed ledger entry stands in for the ledger side. `evidence` is
 * ruleEvidence(rule, …).
 */
export function ruleGroup(b: PreparedBank, rule: Rule, opts: MatchOptions, evidence: Evidence[]): MatchGroup {
  const account = rule.then.ledgerAccount ?? opts.writeOffAccount;
  const confidence = ruleConfidence(rule);
  return {
    bankIds: [b.line.id],
    ledgerIds: [],
    kind: 'rule',
    confidence,
    currency: b.line.currency,
    differenceMinor: 0,
    writeOff: rule.then.writeOff ? { account: opts.writeOffAccount, amountMinor: b.abs } : null,
    evidence,
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

/**
 * Subsets of `items` (lines or entries, by their amount's abs) whose total the paid amount settles: exact, short within
 * tolerance, or over within tolerance. With `paidIsTotal` several payments are summed towards one due amount (`paidAbs`
 * is then the due amount).
 */
export function splitsFor<T extends { abs: number }>(
  paidAbs: number,
  items: readonly T[],
  opts: MatchOptions,
  maxSolutions: number,
  paidIsTotal = false,
): T[][] {
  // two values, not a destructured pair: that goes through an array iterator, which costs compiling more than the rest
  const below = paidIsTotal ? underAllowance(paidAbs, opts.tolerance) : overAllowance(paidAbs, opts.tolerance);
  const above = paidIsTotal ? overAllowance(paidAbs, opts.tolerance) : underAllowance(paidAbs, opts.tolerance);
  return findSubsets(items, absOf, Math.max(1, paidAbs - below), paidAbs + above, opts.maxSplitSize, maxSolutions);
}

// one function for every caller: the compiled search checks the function it calls, and a closure made at each call
// site was another function each time (its code was thrown away and compiled again for each pass)
const absOf = (t: { abs: number }) => t.abs;

// the same words on every such split: one shared, frozen object
const EVERY_PART_REFERENCED: Evidence = Object.freeze({
  kind: 'reference',
  detail: 'every part shares a reference with the other side',
  weight: WEIGHTS.reference,
}) as Evidence;

/**
 * How a split's sums compare, for `lines` lines and `entries` entries: the same few sentences over a run's thousands of
 * splits, so each is one shared, frozen object (by its counts and whether the sums are equal).
 */
function splitSumEvidence(lines: number, entries: number, equal: boolean): Evidence {
  // (a batch of hundreds of lines is rare and made afresh: the process keeps only the small groups' few sentences)
  const shared = lines + entries <= MAX_SHARED_SPLIT;
  const key = shared ? `${lines} ${entries} ${equal}` : '';
  let e = shared ? SPLIT_SUMS.get(key) : undefined;
  if (e === undefined) {
    e = Object.freeze({
      kind: 'split_sum',
      detail: `${counted(lines, 'bank line')} and ${counted(entries, 'book entry', 'book entries')} ${equal ? 'sum to the same amount' : 'sum within tolerance'}`,
      weight: equal ? WEIGHTS.splitSum : WEIGHTS.splitSumWithinTolerance,
    }) as Evidence;
    if (shared) SPLIT_SUMS.set(key, e);
  }
  return e;
}

const MAX_SHARED_SPLIT = 64;

const SPLIT_SUMS = new Map<string, Evidence>();

/** The date evidence of a split whose weakest part weighs `weight`: one shared, frozen object per weight. */
function everyPartInWindow(weight: number): Evidence {
  let e = IN_WINDOW.get(weight);
  if (e === undefined) {
    e = Object.freeze({ kind: 'date', detail: 'every part inside the date window', weight }) as Evidence;
    IN_WINDOW.set(weight, e);
  }
  return e;
}

const IN_WINDOW = new Map<number, Evidence>();

/**
 * Evidence for a split group: the shared reference (when every part has one), how the sums compare, and the date
 * evidence of the weakest part. The confidence is the sum of these weights, as for a single pair.
 */
export function splitEvidence(
  bs: readonly PreparedBank[],
  ls: readonly PreparedLedger[],
  reference: boolean,
  windowDays: number,
): Evidence[] {
  // indexed loops, no reduce or for-of: a reference pass makes thousands of splits, so this is compiled while it runs,
  // and what a loop over an iterator or a callback adds to compile costs more than these few items ever do
  let bankSum = 0;
  for (let i = 0; i < bs.length; i++) bankSum += bs[i]!.abs;
  let ledgerSum = 0;
  for (let j = 0; j < ls.length; j++) ledgerSum += ls[j]!.abs;
  const sum = splitSumEvidence(bs.length, ls.length, bankSum === ledgerSum);
  let weakest = Infinity;
  for (let i = 0; i < bs.length; i++)
    for (let j = 0; j < ls.length; j++)
      weakest = Math.min(weakest, dateEvidence(bs[i]!, ls[j]!, windowDays)?.weight ?? 0);
  // each list made at its own size (the group keeps it)
  const date = weakest > 0 ? everyPartInWindow(weakest) : null;
  if (reference) return date ? [EVERY_PART_REFERENCED, sum, date] : [EVERY_PART_REFERENCED, sum];
  return date ? [sum, date] : [sum];
}
