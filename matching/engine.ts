import type { LedgerEntry } from '../domain/ledger.js';
import type { BankLine, ReconcileResult, Suggestion } from '../domain/reconciliation.js';
import { AssignmentState, compareIds } from './assignment.js';
import { gatherCandidates } from './candidates.js';
import { LedgerIndex, LineKeyHashes } from './candidate-index.js';
import { type MatchOptions, resolveMatchOptions } from './options.js';
import {
  type PreparedBank,
  type PreparedLedger,
  InvalidLineError,
  NO_KEYS,
  PreparationMemo,
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
import { reversalPairsPass } from './passes/reversal-pairs.js';
import { chargesJournalPass } from './passes/charges-journal-pass.js';
import { instalmentsPass } from './passes/instalments-pass.js';
import { rulePass } from './passes/rule-pass.js';
import { settlementPass } from './passes/settlement-pass.js';
import { splitPass } from './passes/split-pass.js';
import { suggestionPass } from './passes/suggestion-pass.js';
import { dropLineOnlyKeys } from './line-only-keys.js';
import { isSerialKey } from './references.js';
import { SerialCounts } from './serial-counts.js';
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
  const state = openState(bank, ledger, options);
  gatherCandidates(state);
  return runPasses(state);
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
  ['payroll batch', payrollBatchPass],
  ['amount/date', amountDatePass],
  ['unique amount', uniqueAmountPass],
  ['own transfer', ownTransferPass],
  ['statutory', statutoryPass],
  ['instalments', instalmentsPass],
  ['split', splitPass],
  ['charges journal', chargesJournalPass],
  ['rule', rulePass],
];

/** The passes over a state whose candidates are gathered, strongest evidence first, and the result they leave. */
export function runPasses(state: AssignmentState): ReconcileResult {
  const { banks, ledgers } = state;
  for (const [, pass] of CONFIRMING_PASSES) pass(state);
  const suggestions = suggestionPass(state);

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
): AssignmentState {
  const opts = resolveMatchOptions(options);
  const sortedBank = sortedUniqueById(bank, 'bank line');
  const sortedLedger = sortedUniqueById(ledger, 'ledger entry');
  const rules = new RulesByCurrency([...opts.rules, ...builtInPresets(opts.presets)].map(compileRule));
  const memo = new PreparationMemo();
  // serials are counted as each line is prepared, while its keys are still at hand (see dropSharedSerials)
  const serials = new SerialCounts();
  const explained: Array<[PreparedBank, Rule]> = [];
  const banks = prepareBanks(sortedBank, rules, memo, serials, explained);
  // the lines' keys' hashes, for the reference index: made now so that each entry's keys no line writes are dropped as
  // soon as it is prepared (sieveUnwritten)
  const lineHashes = new LineKeyHashes(banks);
  const ledgers = prepareLedgers(sortedLedger, memo, serials, lineHashes);
  const rejected = new Set(opts.rejectedPairs.map((r) => `${r.bankId}\u0000${r.ledgerId}`));
  const state = new AssignmentState(opts, banks, ledgers, new LedgerIndex(ledgers), rejected);
  state.lineKeyHashes = lineHashes;
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
  serials: SerialCounts,
  explained: Array<[PreparedBank, Rule]>,
): PreparedBank[] {
  const banks: PreparedBank[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const rule = rules.firstMatching(line);
    const p = prepareBank(line, i, rule?.then.counterparty ?? null, memo);
    if (rule && (rule.then.ledgerAccount || rule.then.writeOff)) explained.push([p, rule]);
    banks.push(p);
    noteWrittenSerials(p.keys, serials);
  }
  return banks;
}

/**
 * The ledger entries prepared, their year-less serials kept only where they are evidence (dropSharedSerials), and each
 * one's other keys no bank line writes dropped at once (sieveUnwritten).
 */
function prepareLedgers(
  entries: readonly LedgerEntry[],
  memo: PreparationMemo,
  serials: SerialCounts,
  lineHashes: LineKeyHashes,
): PreparedLedger[] {
  const ledgers: PreparedLedger[] = [];
  const waiting: PreparedLedger[] = [];
  const sieve = new Sieve(lineHashes);
  for (let i = 0; i < entries.length; i++) {
    const l = prepareLedger(entries[i]!, i, memo);
    ledgers.push(l);
    if (countSerials(l, serials)) waiting.push(l);
    // sieved a few hundred at a time: their unwritten keys still die young
    if ((i + 1) % SIEVE_CHUNK === 0) sieve.run(ledgers, i + 1 - SIEVE_CHUNK, i + 1);
  }
  sieve.run(ledgers, entries.length - (entries.length % SIEVE_CHUNK), entries.length);
  dropSharedSerials(waiting, serials);
  // every key left is written by some line: its serials counted, its others' bits looked up
  lineHashes.entriesSieved = true;
  return ledgers;
}

const SIEVE_CHUNK = 256;

/**
 * sieveUnwritten over entries [from, to) at once, in three loops: the keys' hashes, the bits of those hashes (so that
 * their cache misses overlap rather than each waiting on the next key's hashing), then each entry's keys kept.
 */
class Sieve {
  private hashes = new Int32Array(1024);
  private bits = new Uint8Array(1024);

  constructor(private readonly lineHashes: LineKeyHashes) {}

  run(ledgers: readonly PreparedLedger[], from: number, to: number): void {
    let n = 0;
    for (let i = from; i < to; i++) n += ledgers[i]!.keys.length;
    if (n > this.hashes.length) {
      this.hashes = new Int32Array(2 * n);
      this.bits = new Uint8Array(2 * n);
    }
    const { hashes, bits, lineHashes } = this;
    n = 0;
    for (let i = from; i < to; i++) {
      const keys = ledgers[i]!.keys;
      for (let k = 0; k < keys.length; k++) if (!isSerialKey(keys[k]!)) hashes[n++] = lineHashes.hashOf(keys[k]!);
    }
    lineHashes.mayBeWrittenInto(hashes, n, bits);
    n = 0;
    for (let i = from; i < to; i++) n = sieveUnwritten(ledgers[i]!, bits, n);
  }
}

/**
 * Drops from a freshly prepared entry the keys other than serials that no bank line writes (the reference index's bit
 * set of the lines' keys' hashes says so): they can never be shared, and the index dropped them anyway, but only after
 * they had outlived the young collections, about half an entry's keys. `namesDocument` is left as it was, true when the
 * entry had any key but a serial: it says whether it names a document (keepSerials adds the serials it keeps). Serials
 * are left to countSerials and keepSerials, which drop those no line writes. `written` holds, from `at`, the bits Sieve
 * looked up for the entry's non-serial keys in order; returns where the next entry's begin.
 */
function sieveUnwritten(l: PreparedLedger, written: Uint8Array, at: number): number {
  const keys = l.keys;
  let kept = 0;
  let plain = false;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (isSerialKey(k)) keys[kept++] = k;
    else {
      plain = true;
      if (written[at++] === 1) keys[kept++] = k;
    }
  }
  l.namesDocument = plain;
  if (kept < keys.length) {
    if (kept === 0) l.keys = NO_KEYS;
    else keys.length = kept;
  }
  return at;
}

/**
 * A year-less serial is evidence only when one open document carries it: shared serials are removed from every entry,
 * and so are serials no bank line writes (most of them), which keeps the reference index small. Three steps: the
 * serials bank lines write (noteWrittenSerials), how many entries carry each (countSerials, which already removes the
 * serials no line writes), then the entries waiting for those counts.
 */
function dropSharedSerials(waiting: readonly PreparedLedger[], count: SerialCounts): void {
  for (const l of waiting) keepSerials(l, count);
}

/** Adds the line's serials to `count`, at 0 (entries not yet counted). */
function noteWrittenSerials(keys: readonly string[], count: SerialCounts): void {
  for (let i = 0; i < keys.length; i++) if (isSerialKey(keys[i]!)) count.note(keys[i]!);
}

/**
 * Counts the entry's serials that some bank line writes; true when it has one, so that it waits for the final counts.
 * Without one, its serials (none of them written) are removed at once.
 */
function countSerials(l: PreparedLedger, count: SerialCounts): boolean {
  let unwritten = false;
  let written = false;
  const keys = l.keys;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (!isSerialKey(k)) continue;
    if (count.increment(k)) written = true;
    else unwritten = true;
  }
  if (!written && unwritten) keepSerials(l, null);
  return written;
}

/**
 * Removes from the entry's keys (in place: the array is its own) every serial not carried by it alone. It names a
 * document when it had a key other than a serial (`namesDocument`, as sieveUnwritten left it) or keeps a serial.
 */
function keepSerials(l: PreparedLedger, count: SerialCounts | null): void {
  const keys = l.keys;
  let kept = 0;
  let serials = 0;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (!isSerialKey(k)) keys[kept++] = k;
    else if (count?.get(k) === 1) {
      keys[kept++] = k;
      serials++;
    }
  }
  // (only when some key went: setting an array's length is a call into the runtime even when it changes nothing)
  if (kept < keys.length) keys.length = kept;
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
