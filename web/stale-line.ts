import type { ReviewGroup } from '../db/review-repository.js';
import type { BankTransactionRow, LedgerEntryRow } from '../db/schema.js';
import { maskNumbers, money, when } from './format.js';
import { heldVerb } from './held-words.js';
import type { ActorName } from './people.js';
import type { QueueLine } from './review-data.js';

/** Who decided and when: the time at the account's clock, as the line's row under the notice writes it. */
function by(who: string | null, at: string | null, me: string, nameOf: ActorName, timeZone: string | null): string {
  // A second click on a button, or a second tab, is the person's own earlier decision.
  const person = !who || who === 'system' ? 'the engine' : who === me ? 'you' : nameOf(who);
  return `by ${person}${at ? ` (${when(at, timeZone)})` : ''}`;
}

/** A book entry of the suggestion that another bank line's match took meanwhile, with that match. */
export interface TakenEntry {
  entry: LedgerEntryRow;
  holder: ReviewGroup;
  /** the holder's bank line, when it has one */
  line: BankTransactionRow | undefined;
}

/** "the book entry SI-1001 (2026-10-08, ₦125,000.00) was matched with bank line "TRF FROM …" of 2026-10-09 by Ada" */
function takenWords(taken: TakenEntry, me: string, nameOf: ActorName, timeZone: string | null): string {
  const { entry, holder, line } = taken;
  const name = entry.reference || entry.description || 'without a reference';
  const other = line
    ? `bank line "${maskNumbers(line.narration ?? '')}" of ${line.business_date}`
    : 'another bank line';
  return `the book entry ${name} (${entry.entry_date}, ${money(entry.amount_minor, entry.currency)}) was matched with ${other} ${by(holder.decidedBy, holder.decidedAt, me, nameOf, timeZone)}`;
}

/** What happened to the line since the page was loaded, read from its state now; null when nothing shows it. */
function whatChanged(
  line: QueueLine,
  group: ReviewGroup | null,
  me: string,
  nameOf: ActorName,
  taken: TakenEntry | null,
  timeZone: string | null,
): string | null {
  if (line.held) {
    const held = line.held.group;
    // lower-case its first word only: a rule's name it quotes keeps its capitals
    const verb = heldVerb(line.held);
    const how = verb.charAt(0).toLowerCase() + verb.slice(1);
    return held.id === group?.id
      ? `this suggestion was ${how} ${by(held.decidedBy, held.decidedAt, me, nameOf, timeZone)}`
      : `the line was ${how} ${by(held.decidedBy, held.decidedAt, me, nameOf, timeZone)}`;
  }
  if (!group) return null;
  if (group.supersededRunId !== null) return 'the engine ran again and replaced this suggestion with its current ones';
  if (group.status === 'rejected')
    return `this suggestion was rejected ${by(group.decidedBy, group.decidedAt, me, nameOf, timeZone)}`;
  if (group.status === 'undone')
    return `this match was undone ${by(group.decidedBy, group.decidedAt, me, nameOf, timeZone)}`;
  return taken ? takenWords(taken, me, nameOf, timeZone) : null;
}

/**
 * The notice on a decision that lost a race with another person (or the engine): who did what, and when, in words.
 * The service's refusal ("confirm: group 2522 is confirmed; confirm needs suggested or auto") names internal states
 * a person cannot act on; it stays only when the line's state now does not show what changed.
 */
export function staleLineMessage(
  line: QueueLine,
  group: ReviewGroup | null,
  me: string,
  refusal: string,
  nameOf: ActorName,
  taken: TakenEntry | null,
  /** The account's time zone: every time on the queue is at its clock, this one too. */
  timeZone: string | null,
): string {
  const what = whatChanged(line, group, me, nameOf, taken, timeZone);
  if (!what) return `Not done: ${refusal}. The line is shown as it stands now; nothing was changed.`;
  return `Not done: since this page was loaded, ${what}. The line is shown as it stands now; nothing was changed.`;
}
