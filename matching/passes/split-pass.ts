import { counted } from '../../domain/counted.js';
import type { Evidence, Suggestion, SuggestionCandidate } from '../../domain/reconciliation.js';
import { type AssignmentState, linesWithRules } from '../assignment.js';
import { evidenceSum, plausiblyPays, splitEvidence, splitsFor } from '../groups.js';
import type { PreparedBank, PreparedLedger } from '../prepared.js';
import { dateEvidence, round4, scorePair, sharedKey } from '../scoring.js';
import { OpenNearDay } from './open-near-day.js';
import { deductionAccount, deductionFor } from '../deductions.js';
import { findSignedSubsets } from '../subset-sum.js';
import { SPLIT_POOL, SPLIT_SEARCH_BUDGET, WEIGHTS } from '../thresholds.js';
import { overAllowance, underAllowance } from '../tolerance.js';

/**
 * Pass 6 — splits, as suggestions. One exact candidate beats any combination, so a line is only searched when no single
 * open entry settles it. One line to several entries: the payer's own open items first (any date they could be paid
 * on), then what is near in date, in due-date order as Odoo accumulates; an invoice less its credit note (mixed signs)
 * from the payer's items. Several lines to one entry: part payments sharing a reference or the payer. Every search is
 * bounded in pool size, group size and nodes visited.
 */
export function splitPass(state: AssignmentState): void {
  const autoRuled = linesWithRules(state, true);
  // the line (order + 1) whose payer's pool an entry was last put in: no set per line
  const inPartyPool = new Int32Array(state.ledgers.length);
  // the open entries near a date, built when a line first needs them (nothing is claimed in this pass)
  let near: OpenNearDay | null = null;
  for (let bi = 0; bi < state.banks.length; bi++) {
    if (!state.bankOpenAt(bi)) continue;
    const b = state.banks[bi]!;
    if (autoRuled[b.order]) continue;
    // one exact candidate beats a combination, unless it belongs to someone else or the line quotes the combination
    let settling = 0;
    let settlingByReference = false;
    let quoted = state.creditNotesOf.get(b)?.length ?? 0;
    for (let i = state.firstPairOf(b), to = state.endPairOf(b); i < to; i++) {
      if (!state.pairEntryOpen(i)) continue;
      const p = state.pairAt(i);
      if (p.s.partyKind === 'conflict') continue;
      if (p.s.referenceHit) quoted++;
      if (p.s.fit === 'exact' || p.s.fit === 'under_within' || p.s.fit === 'over_within') {
        settling++;
        if (p.s.referenceHit) settlingByReference = true;
      }
    }
    const quotesSeveral = quoted >= 2 && !settlingByReference;
    if (settling > 0 && !quotesSeveral) continue;
    near ??= new OpenNearDay(state);
    for (const c of oneLineToSeveral(state, b, inPartyPool, near)) state.addCandidate(b, c);
    for (const c of invoiceLessCreditNote(state, b)) state.addCandidate(b, c);
  }
  severalLinesToOne(state);
}

function oneLineToSeveral(
  state: AssignmentState,
  b: PreparedBank,
  inPartyPool: Int32Array,
  near: OpenNearDay,
): SuggestionCandidate[] {
  const { opts } = state;
  const w = opts.dateWindowDays;
  const { currency } = b.line;
  const { sign, abs } = b;
  // whether the entry is still open is asked first: by now most entries near a date are claimed; then what the entry
  // itself holds, before its booked entry is read (in a large run each object read is a cache miss)
  const open = (l: PreparedLedger) =>
    state.ledgerOpen(l) && l.sign === sign && l.abs < abs && l.entry.currency === currency && state.allowed(b, l);
  const mark = b.order + 1;
  const partyPool: PreparedLedger[] = [];
  const items = state.openPartyItems(b.partyKey);
  for (let i = 0; i < items.length && partyPool.length < SPLIT_POOL; i++) {
    const l = items[i]!;
    if (open(l) && plausiblyPays(b, l, w)) {
      partyPool.push(l);
      inPartyPool[l.order] = mark;
    }
  }
  // the open entries nearest the line's day (OpenNearDay), reading no claimed entry
  const nearPool = near.near(
    currency,
    sign,
    b.day,
    b.day - w,
    b.day + w,
    SPLIT_POOL,
    (l) => inPartyPool[l.order] !== mark && open(l),
  );
  const pool = [...partyPool, ...nearPool].slice(0, SPLIT_POOL);
  if (pool.length < 2) return [];
  pool.sort((x, y) => x.endDay - y.endDay || x.day - y.day || x.order - y.order);
  return splitsFor(b.abs, pool, opts, 3).map((members) => splitCandidate(state, b, members));
}

function invoiceLessCreditNote(state: AssignmentState, b: PreparedBank): SuggestionCandidate[] {
  const { opts } = state;
  const w = opts.dateWindowDays;
  if (!b.partyKey) return [];
  const pool = state
    .openPartyItems(b.partyKey)
    .filter(
      (l) =>
        state.ledgerOpen(l) && l.entry.currency === b.line.currency && plausiblyPays(b, l, w) && state.allowed(b, l),
    )
    .slice(0, SPLIT_POOL);
  if (!pool.some((l) => l.sign !== b.sign) || !pool.some((l) => l.sign === b.sign)) return [];
  pool.sort((x, y) => x.endDay - y.endDay || x.day - y.day || x.order - y.order);
  // signed in the bank line's direction: invoices count up, credit notes down
  const signed = (l: PreparedLedger) => l.abs * l.sign * b.sign;
  const lo = Math.max(1, b.abs - overAllowance(b.abs, opts.tolerance));
  const hi = b.abs + underAllowance(b.abs, opts.tolerance);
  return findSignedSubsets(pool, signed, lo, hi, opts.maxSplitSize, 2, SPLIT_SEARCH_BUDGET).map((members) =>
    splitCandidate(state, b, members),
  );
}

/** A combination as a suggestion: the shared reference, how the sums compare, the payer and the weakest date. */
function splitCandidate(state: AssignmentState, b: PreparedBank, members: PreparedLedger[]): SuggestionCandidate {
  const { opts } = state;
  const w = opts.dateWindowDays;
  const scores = members.map((l) => scorePair(b, l, opts.tolerance, w, opts.writeOffAccount));
  const net = members.reduce((s, l) => s + l.abs * l.sign * b.sign, 0);
  const credits = members.filter((l) => l.sign !== b.sign).length;
  const ev: Evidence[] = [];
  if (scores.every((s) => s.referenceHit))
    ev.push({ kind: 'reference', detail: 'every entry is referenced in the bank text', weight: WEIGHTS.reference });
  ev.push({
    kind: 'split_sum',
    detail:
      credits > 0
        ? `${counted(members.length - credits, 'item')} less ${counted(credits, 'credit note')} come to ${net === b.abs ? 'exactly' : 'within tolerance of'} the bank amount`
        : `${members.length} entries sum ${net === b.abs ? 'exactly' : 'within tolerance'} to the bank amount`,
    weight: net === b.abs ? WEIGHTS.splitSum : WEIGHTS.splitSumWithinTolerance,
  });
  if (scores.every((s) => s.partyWeight > 0)) {
    const weight = round4(Math.min(...scores.map((s) => s.partyWeight)));
    const kind = scores.every((s) => s.partyKind === 'account') ? 'counterparty_account' : 'counterparty_name';
    ev.push({ kind, detail: 'every entry belongs to the bank counterparty', weight });
  }
  const weakest = round4(Math.min(...members.map((l) => dateEvidence(b, l, w)?.weight ?? 0)));
  if (weakest > 0) ev.push({ kind: 'date', detail: 'every entry inside the date window', weight: weakest });
  return {
    ledgerIds: members.map((l) => l.entry.id),
    confidence: evidenceSum(ev),
    differenceMinor: b.line.amountMinor - b.sign * net,
    // a list built by pushing keeps room for 17; the suggestion keeps this one, so it is copied to its own size
    evidence: ev.slice(),
  };
}

/** Open entries that several open bank lines part-pay (sharing a reference or the payer): the group, proposed. */
function severalLinesToOne(state: AssignmentState): void {
  const { opts } = state;
  const w = opts.dateWindowDays;
  // the entry (order + 1) a bank line was last taken for: no set of parts per entry
  const takenFor = new Int32Array(state.banks.length);
  const parts: PreparedBank[] = [];
  const take = (b: PreparedBank, l: PreparedLedger) => {
    if (takenFor[b.order] === l.order + 1) return;
    takenFor[b.order] = l.order + 1;
    // what the line itself holds first, its bank line's currency last (as oneLineToSeveral's `open`)
    if (
      state.bankOpen(b) &&
      b.sign === l.sign &&
      b.abs < l.abs &&
      b.line.currency === l.entry.currency &&
      plausiblyPays(b, l, w) &&
      state.allowed(b, l)
    )
      parts.push(b);
  };
  for (let li = 0; li < state.ledgers.length; li++) {
    if (!state.ledgerOpenAt(li)) continue;
    const l = state.ledgers[li]!;
    parts.length = 0;
    for (let i = state.firstPairOfEntry(l), to = state.endPairOfEntry(l); i < to; i++) {
      // a claimed line is never taken: its pair is not read
      if (!state.entryPairBankOpen(i)) continue;
      const p = state.entryPairAt(i);
      if (p.s.fit === 'partial' && p.s.referenceHit) take(p.b, l);
    }
    for (const b of state.openPartyLines(l.partyKey)) take(b, l);
    if (parts.length < 2) continue;
    parts.sort((x, y) => x.day - y.day || x.order - y.order);
    if (parts.length > SPLIT_POOL) parts.length = SPLIT_POOL;
    const found = splitsFor(l.abs, parts, opts, 1, true);
    if (found.length === 0) {
      const short = partsQuotingShort(state, l, parts, w);
      if (short) state.groupSuggestions.push(short);
      continue;
    }
    const members = found[0]!;
    const ev = splitEvidence(
      members,
      [l],
      members.every((b) => sharedKey(b, l) !== null),
      w,
    );
    state.groupSuggestions.push({
      bankIds: members.map((b) => b.line.id),
      candidates: [
        {
          ledgerIds: [l.entry.id],
          confidence: evidenceSum(ev),
          differenceMinor: members.reduce((s, b) => s + b.line.amountMinor, 0) - l.entry.amountMinor,
          evidence: ev,
        },
      ],
    });
  }
}

/**
 * Part payments that each quote the document and together come a little short of it ("PART PAYMENT INVOICE NO
 * 2026-1390" twice, ₦3,847.45 short of ₦965,710.45): the payer's charges or a deduction taken from the parts, or a last
 * part still to come. No subset makes the document's amount, so the search above finds nothing; the lines quoting it
 * are offered together with the gap, for a person to accept or write off (never confirmed). At most SHORT_PARTS_PERCENT
 * short, or short by a deduction the country knows on the document (its account proposed for the write-off).
 */
function partsQuotingShort(
  state: AssignmentState,
  l: PreparedLedger,
  parts: readonly PreparedBank[],
  w: number,
): Suggestion | null {
  const quoting = parts.filter((b) => sharedKey(b, l) !== null);
  if (quoting.length < 2 || quoting.length > state.opts.maxSplitSize) return null;
  let sum = 0;
  for (const b of quoting) sum += b.abs;
  const gap = l.abs - sum;
  if (gap <= 0) return null;
  const deduction = deductionFor(l.entry.currency, l.abs, gap, l.entry.date);
  const account = deduction ? deductionAccount(deduction, l.sign) : null;
  if (!account && gap * 100 > l.abs * SHORT_PARTS_PERCENT) return null;
  const ev = splitEvidence(quoting, [l], true, w).filter((e) => e.kind !== 'split_sum');
  ev.push({
    kind: 'amount_within_tolerance',
    detail: `the ${quoting.length} part payments quoting it come to ${gap} minor units short of it${deduction ? `: perhaps ${deduction.label}` : ''}; accept to write the gap off, or leave them for the part still to come`,
    weight: WEIGHTS.amountPartial,
  });
  const candidate: SuggestionCandidate = {
    ledgerIds: [l.entry.id],
    confidence: evidenceSum(ev),
    differenceMinor: quoting.reduce((t, b) => t + b.line.amountMinor, 0) - l.entry.amountMinor,
    evidence: ev,
  };
  if (account) candidate.writeOff = { account, amountMinor: gap };
  return { bankIds: quoting.map((b) => b.line.id), candidates: [candidate] };
}

/** How far short of the document part payments quoting it may come and still be offered together (in percent). */
const SHORT_PARTS_PERCENT = 1;
