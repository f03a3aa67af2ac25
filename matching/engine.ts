import type { LedgerEntry } from '../domain/ledger.js';
import type { BankLine, ReconcileResult, Suggestion } from '../domain/reconciliation.js';
import { AssignmentState, compareIds } from './assignment.js';
import { gatherCandidates } from './candidates.js';
import { LedgerIndex } from './candidate-index.js';
import type { KeyTable } from './key-table.js';
import { type MatchOptions, resolveMatchOptions } from './options.js';
import {
  type PreparedBank,
  type PreparedLedger,
  InvalidLineError,
  PreparationMemo,
  dayNumber,
  paymentOf,
  prepareBank,
  prepareLedger,
} from './prepared.js';
import { amountDatePass } from './passes/amount-date-pass.js';
import { dailyTakingsPass } from './passes/daily-takings-pass.js';
import { ownTransferPass } from './passes/own-transfer-pass.js';
import { statutoryPass } from './passes/statutory-pass.js';
import { payrollBatchPass } from './passes/payroll-batch-pass.js';
import { uniqueAmountPass } from './passes/unique-amount-pass.js';
import { counterpartyPass } from './passes/counterparty-pass.js';
import { referencePass } from './passes/reference-pass.js';
import { noteReversedPaymentsBooked, reversalPairsPass } from './passes/reversal-pairs.js';
import { chargesJournalPass } from './passes/charges-journal-pass.js';
import { instalmentsPass } from './passes/instalments-pass.js';
import { partyBalancePass } from './passes/party-balance-pass.js';
import { receiptInPartsPass } from './passes/receipt-in-parts-pass.js';
import { rulePass } from './passes/rule-pass.js';
import { settlementPass } from './passes/settlement-pass.js';
import { netSettlementPass } from './passes/net-settlement-pass.js';
import { splitPass } from './passes/split-pass.js';
import { suggestionPass } from './passes/suggestion-pass.js';
import { dropLineOnlyKeys } from './line-only-keys.js';
import { SERIAL_KEY_HEAD } from './references.js';
import { type Rule, RulesByCurrency, builtInPresets, compileRule } from './rules.js';

/**
 * Reconciles bank lines against open ledger entries. Pure and deterministic: the inputs are sorted by id first, so
 * their order never changes the result. The passes run strongest evidence first over one assignment state, each
 * claiming only what is still open (see docs/matching.md): reversal pairs → references → counterparty → terminal
 * and settlement → daily takings → amount and date → unique amounts → splits → rules → suggestions for a person
 * (CONFIRMING_PASSES).
 */
export function reconcile(
  bank: BankLine[],
  ledger: LedgerEntry[],
  options: Partial<MatchOptions> = {},
): ReconcileResult {
  const first = firstRound(bank, ledger, options);
  return withFeesLeftOut(first.result, bank, ledger, options, first.held);
}

/**
 * The first round's result. Its own function so that its state (every prepared item and candidate pair) is let go
 * before a second round opens one of its own: a caller's frame holds what it made until it returns.
 */
function firstRound(
  bank: BankLine[],
  ledger: LedgerEntry[],
  options: Partial<MatchOptions>,
): { result: ReconcileResult; held: ReadonlySet<string> } {
  const state = openState(bank, ledger, options);
  gatherCandidates(state);
  const result = runPasses(state);
  return { result, held: new Set([...state.heldForPerson.keys()].map((b) => b.line.id)) };
}

/**
 * The second round: lines carrying the bank's fee on their row (BankLine.feeMinor) that the first round, which reads
 * each line as what the balance moved, left open are tried again as what they paid, with the fee written off. First the
 * net: a book holding the fees as entries of their own (a wallet's day of takings and its fee, a month's charges
 * journal) is matched as it stands, and its fees are never taken a second time (booksHoldFees). The round runs the same
 * passes over every line and entry still open, so a rival, a reversal or a sibling settlement without a fee still
 * counts; it keeps only the groups it confirms with a fee left out whose only gap is that fee.
 */
function withFeesLeftOut(
  first: ReconcileResult,
  bank: readonly BankLine[],
  ledger: readonly LedgerEntry[],
  options: Partial<MatchOptions>,
  heldForPerson: ReadonlySet<string>,
): ReconcileResult {
  const open = new Set(first.unmatchedBank);
  // a line the first round held for a person stays theirs: its fee changes nothing of why
  const lines = bank.filter((b) => open.has(b.id) && !heldForPerson.has(b.id));
  const withFee = lines.filter((b) => paymentOf(b) !== b.amountMinor);
  if (withFee.length === 0) return first;
  const entryOpen = new Set(first.unmatchedLedger);
  const entries = ledger.filter((l) => entryOpen.has(l.id));
  const held = feesTheBooksHold(withFee, entries);
  if (held.size === withFee.length) return first;
  // a line whose fee the books hold is read as the balance moved, as in the first round
  const read = held.size === 0 ? lines : lines.map((b) => (held.has(b.id) ? { ...b, feeMinor: null } : b));
  const state = openState(read, entries, options, true);
  gatherCandidates(state);
  const second = runPasses(state);
  const feeOf = new Map(
    withFee.filter((b) => !held.has(b.id)).map((b) => [b.id, paymentOf(b) - b.amountMinor] as const),
  );
  const lineById = new Map(lines.map((b) => [b.id, b]));
  const entryById = new Map(entries.map((l) => [l.id, l]));
  const kept = second.matches.filter((m) => {
    const fees = m.bankIds.reduce((s, id) => s + (feeOf.get(id) ?? 0), 0);
    if (fees === 0) return false;
    if (m.ledgerIds.length === 0) return true; // a reversal pair: both lines, no entry
    const paid = m.bankIds.reduce((s, id) => s + lineById.get(id)!.amountMinor, 0) + fees;
    const due = m.ledgerIds.reduce((s, id) => s + entryById.get(id)!.amountMinor, 0);
    return paid === due;
  });
  if (kept.length === 0) return first;
  const matched = new Set(kept.flatMap((m) => m.bankIds));
  const claimed = new Set(kept.flatMap((m) => m.ledgerIds));
  const matches = [...first.matches, ...kept].sort(
    (x, y) =>
      compareIds(x.bankIds[0] ?? '', y.bankIds[0] ?? '') || compareIds(x.ledgerIds[0] ?? '', y.ledgerIds[0] ?? ''),
  );
  // a suggestion never offers what is now confirmed: its lines' or another line's entry
  const suggestions: Suggestion[] = [];
  for (const s of first.suggestions) {
    if (s.bankIds.some((id) => matched.has(id))) continue;
    const candidates = s.candidates.filter((c) => !c.ledgerIds.some((id) => claimed.has(id)));
    if (candidates.length > 0) suggestions.push(candidates.length === s.candidates.length ? s : { ...s, candidates });
  }
  return {
    matches,
    suggestions,
    unmatchedBank: first.unmatchedBank.filter((id) => !matched.has(id)),
    unmatchedLedger: first.unmatchedLedger.filter((id) => !claimed.has(id)),
  };
}

/** How far a fee's own entry may be dated from its line (booked with the statement, days later). */
const FEE_ENTRY_DAYS = 7;

/**
 * The lines whose row fee the open books hold as an entry of its own: an entry of the line's fee within
 * FEE_ENTRY_DAYS, or one of the fees of a calendar month together (a charges journal). Such a fee is the books',
 * never written off a second time.
 */
function feesTheBooksHold(withFee: readonly BankLine[], entries: readonly LedgerEntry[]): Set<string> {
  const held = new Set<string>();
  const byMonth = new Map<string, { sum: number; ids: string[] }>();
  // by currency and fee: an entry is looked up, not compared with every line
  const feesOf = new Map<string, Array<{ id: string; day: number }>>();
  for (const b of withFee) {
    const fee = paymentOf(b) - b.amountMinor;
    const f = `${b.currency}|${fee}`;
    const same = feesOf.get(f);
    if (same) same.push({ id: b.id, day: dayNumber(b.date, 'bank line') });
    else feesOf.set(f, [{ id: b.id, day: dayNumber(b.date, 'bank line') }]);
    const k = `${b.currency}|${b.date.slice(0, 7)}`;
    const month = byMonth.get(k) ?? { sum: 0, ids: [] };
    month.sum += fee;
    month.ids.push(b.id);
    byMonth.set(k, month);
  }
  for (const l of entries) {
    if (l.amountMinor >= 0) continue;
    const owed = -l.amountMinor;
    const month = byMonth.get(`${l.currency}|${l.date.slice(0, 7)}`);
    if (month?.sum === owed) for (const id of month.ids) held.add(id);
    const same = feesOf.get(`${l.currency}|${owed}`);
    if (!same) continue;
    const day = dayNumber(l.date, 'ledger entry');
    for (const f of same) if (Math.abs(f.day - day) <= FEE_ENTRY_DAYS) held.add(f.id);
  }
  return held;
}
/** The passes that confirm, in order (strongest evidence first), by name: runPasses and bench/match-phases.ts run these. */
export const CONFIRMING_PASSES: ReadonlyArray<readonly [string, (state: AssignmentState) => void]> = [
  [
    'reversal',
    (state) => {
      reversalPairsPass(state);
      // the line keys no entry carries are dropped once the reversal pass has read them
      dropLineOnlyKeys(state);
    },
  ],
  ['reference', referencePass],
  ['counterparty', counterpartyPass],
  ['settlement', settlementPass],
  ['daily takings', dailyTakingsPass],
  ['net settlement', netSettlementPass],
  ['payroll batch', payrollBatchPass],
  ['amount/date', amountDatePass],
  ['unique amount', uniqueAmountPass],
  ['own transfer', ownTransferPass],
  ['statutory', statutoryPass],
  ['instalments', instalmentsPass],
  ['party balance', partyBalancePass],
  ['receipt in parts', receiptInPartsPass],
  ['split', splitPass],
  ['charges journal', chargesJournalPass],
  ['rule', rulePass],
];

/** The passes over a state whose candidates are gathered, strongest evidence first, and the result they leave. */
export function runPasses(state: AssignmentState): ReconcileResult {
  const { banks, ledgers } = state;
  for (const [, pass] of CONFIRMING_PASSES) pass(state);
  const suggestions = suggestionPass(state);
  noteReversedPaymentsBooked(state, suggestions);

  sortByBankIds(suggestions);
  const unmatchedBank: string[] = [];
  // indexed loops: a for-of steps through an iterator object until the loop is optimized
  for (let i = 0; i < banks.length; i++) if (state.bankOpen(banks[i]!)) unmatchedBank.push(banks[i]!.line.id);
  const unmatchedLedger: string[] = [];
  for (let i = 0; i < ledgers.length; i++)
    if (state.ledgerOpen(ledgers[i]!)) unmatchedLedger.push(ledgers[i]!.entry.id);
  return { matches: state.sortedMatches(), suggestions, unmatchedBank, unmatchedLedger };
}

/**
 * Suggestions in the order of their bank ids joined by commas. Each id's key is computed once (a sort comparing joins
 * would join twice per comparison), and the usual input (one line each, in id order) is found sorted in one pass.
 */
function sortByBankIds(suggestions: Suggestion[]): void {
  const keys = suggestions.map((s) => (s.bankIds.length === 1 ? s.bankIds[0]! : s.bankIds.join(',')));
  let sorted = true;
  for (let i = 1; i < keys.length && sorted; i++) sorted = compareIds(keys[i - 1]!, keys[i]!) <= 0;
  if (sorted) return;
  const at = suggestions.map((_, i) => i).sort((x, y) => compareIds(keys[x]!, keys[y]!) || x - y);
  const copy = [...suggestions];
  for (let i = 0; i < at.length; i++) suggestions[i] = copy[at[i]!]!;
}

/**
 * The assignment state before any pass: inputs checked and sorted by id, lines and entries prepared, rules chosen for
 * bank-only lines, entries indexed. Exported (with runPasses) so the candidate search can be checked against a plain
 * scan: the same passes over candidates found either way must give the same result.
 */
export function openState(
  bank: readonly BankLine[],
  ledger: readonly LedgerEntry[],
  options: Partial<MatchOptions> = {},
  withoutFees = false,
): AssignmentState {
  const opts = resolveMatchOptions(options);
  const sortedBank = sortedUniqueById(bank, 'bank line');
  const sortedLedger = sortedUniqueById(ledger, 'ledger entry');
  const rules = new RulesByCurrency([...opts.rules, ...builtInPresets(opts.presets)].map(compileRule));
  const memo = new PreparationMemo(withoutFees);
  // about five keys a line, two thirds of them distinct, and four an entry (large-book.ts and the corpora)
  memo.keys.reserve(4 * sortedBank.length, 6 * sortedBank.length + 4 * sortedLedger.length);
  // each item's keys looked up with those of the items around it, 256 at a time (KeyBatch); flushed after each loop
  memo.deferKeys();
  const explained: Array<[PreparedBank, Rule]> = [];
  const banks = prepareBanks(sortedBank, rules, memo, explained);
  // every key a line writes has its id now: an entry's key the table does not know is written by no line, and is
  // dropped as the entry is prepared
  memo.keys.seal();
  const crossed = new Uint8Array(memo.keys.count);
  const ledgers = prepareLedgers(sortedLedger, memo, crossed);
  const rejected = new Set(opts.rejectedPairs.map((r) => `${r.bankId}\u0000${r.ledgerId}`));
  const state = new AssignmentState(opts, banks, ledgers, new LedgerIndex(ledgers), rejected);
  state.keyTable = memo.keys;
  state.crossedSerials = crossed;
  for (const [b, rule] of explained) state.ruleOf.set(b, rule);
  return state;
}

/**
 * The bank lines prepared, each with the counterparty its rule names; the lines a rule explains (an account or a
 * write-off) are added to `explained`. (Each loop is a function of its own: V8 optimises a long loop while it runs, and
 * a second loop in the same function would start over unoptimised.)
 */
function prepareBanks(
  lines: readonly BankLine[],
  rules: RulesByCurrency,
  memo: PreparationMemo,
  explained: Array<[PreparedBank, Rule]>,
): PreparedBank[] {
  const banks: PreparedBank[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const rule = rules.firstMatching(line);
    const p = prepareBank(line, i, rule?.then.counterparty ?? null, memo);
    if (rule && (rule.then.ledgerAccount || rule.then.writeOff)) explained.push([p, rule]);
    banks.push(p);
  }
  memo.flushKeys();
  return banks;
}

/**
 * The ledger entries prepared (each with only the keys some line writes, as the sealed key table leaves them), their
 * year-less serials kept only where they are evidence (dropSharedSerials); `crossed` marks the serials one document of
 * each direction keeps.
 */
function prepareLedgers(entries: readonly LedgerEntry[], memo: PreparationMemo, crossed: Uint8Array): PreparedLedger[] {
  const ledgers: PreparedLedger[] = [];
  const waiting: PreparedLedger[] = [];
  const table = memo.keys;
  const serial = serialIds(table);
  // by id, how many entries carry the serial: money in and money out apart, as a line is matched only with entries of
  // its own direction (a supplier's bill 452 does not make a customer's invoice 452 shared)
  const received = new Int32Array(table.count);
  const paid = new Int32Array(table.count);
  for (let i = 0; i < entries.length; i++) ledgers.push(prepareLedger(entries[i]!, i, memo));
  // (the keys are read only once the last are looked up)
  memo.flushKeys();
  for (let i = 0; i < ledgers.length; i++) {
    const l = ledgers[i]!;
    if (countSerials(l, serial, l.sign > 0 ? received : paid)) waiting.push(l);
  }
  for (let i = 0; i < waiting.length; i++) {
    const l = waiting[i]!;
    keepSerials(l, serial, l.sign > 0 ? received : paid);
  }
  // one document each way, of two parties (a customer's invoice and a supplier's bill; not a customer's invoice and
  // her own refund on it)
  const partyOf = new Map<number, string>();
  for (let i = 0; i < waiting.length; i++) {
    const l = waiting[i]!;
    const ids = l.keyTable.ids;
    for (let k = l.keyAt, end = l.keyAt + l.keyCount; k < end; k++) {
      const id = ids[k]!;
      if (serial[id] !== 1 || received[id] !== 1 || paid[id] !== 1) continue;
      const party = l.partyKeyFull;
      const other = partyOf.get(id);
      if (other === undefined) partyOf.set(id, party);
      else if (other !== party || party === '') crossed[id] = 1;
    }
  }
  return ledgers;
}

/** By id, 1 for a year-less serial (isSerialKey, read where the table holds it). */
function serialIds(table: KeyTable): Uint8Array {
  const serial = new Uint8Array(table.count);
  for (let id = 0; id < serial.length; id++) if (table.startsWith(id, SERIAL_KEY_HEAD)) serial[id] = 1;
  return serial;
}

/**
 * Counts the entry's serials; true when it has one, so that it waits for the final counts. A year-less serial is
 * evidence only when one open document of its direction carries it: shared serials are removed from every entry (serials no bank line
 * writes never reach an entry: see prepareLedger). Two steps: how many entries carry each (here), then the entries
 * waiting for those counts (keepSerials).
 */
function countSerials(l: PreparedLedger, serial: Uint8Array, counts: Int32Array): boolean {
  const ids = l.keyTable.ids;
  let written = false;
  for (let i = l.keyAt, end = l.keyAt + l.keyCount; i < end; i++) {
    const id = ids[i]!;
    if (serial[id] === 1) {
      counts[id]!++;
      written = true;
    }
  }
  return written;
}

/**
 * Removes from the entry's keys every serial not carried by it alone. It names a document when it had a key other than
 * a serial (`namesDocument`, as prepareLedger left it) or keeps a serial.
 */
function keepSerials(l: PreparedLedger, serial: Uint8Array, counts: Int32Array): void {
  const ids = l.keyTable.ids;
  let kept = l.keyAt;
  let serials = 0;
  for (let i = l.keyAt, end = l.keyAt + l.keyCount; i < end; i++) {
    const id = ids[i]!;
    if (serial[id] !== 1) ids[kept++] = id;
    else if (counts[id] === 1) {
      ids[kept++] = id;
      serials++;
    }
  }
  l.keyCount = kept - l.keyAt;
  l.namesDocument ||= serials > 0;
}

/** The items sorted by id; equal ids end up side by side, so a duplicate costs no set of every id to find. */
function sortedUniqueById<T extends { id: string }>(items: readonly T[], what: string): T[] {
  // inputs read from a store often come in id order already: one pass finds out (and strictly rising ids are unique)
  let rising = true;
  for (let i = 1; i < items.length && rising; i++) rising = compareIds(items[i - 1]!.id, items[i]!.id) < 0;
  if (rising) return [...items];
  const sorted = [...items].sort((a, b) => compareIds(a.id, b.id));
  for (let i = 1; i < sorted.length; i++)
    if (sorted[i]!.id === sorted[i - 1]!.id) {
      assertUniqueIds(items, what); // names the first duplicate in input order, as it always has
      break;
    }
  return sorted;
}

function assertUniqueIds(items: ReadonlyArray<{ id: string }>, what: string): void {
  const seen = new Set<string>();
  for (const it of items) {
    if (seen.has(it.id)) throw new InvalidLineError(`duplicate ${what} id "${it.id}"`);
    seen.add(it.id);
  }
}
