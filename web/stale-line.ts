import type { ReviewGroup } from '../db/review-repository.js';
import { when } from './format.js';
import { heldVerb } from './held-words.js';
import type { ActorName } from './people.js';
import type { QueueLine } from './review-data.js';

function by(who: string | null, at: string | null, me: string, nameOf: ActorName): string {
  // A second click on a button, or a second tab, is the person's own earlier decision.
  const person = !who || who === 'system' ? 'the engine' : who === me ? 'you' : nameOf(who);
  return `by ${person}${at ? ` (${when(at)})` : ''}`;
}

/** What happened to the line since the page was loaded, read from its state now; null when nothing shows it. */
function whatChanged(line: QueueLine, group: ReviewGroup | null, me: string, nameOf: ActorName): string | null {
  if (line.held) {
    const held = line.held.group;
    const how = heldVerb(line.held).toLowerCase();
    return held.id === group?.id
      ? `this suggestion was ${how} ${by(held.decidedBy, held.decidedAt, me, nameOf)}`
      : `the line was ${how} ${by(held.decidedBy, held.decidedAt, me, nameOf)}`;
  }
  if (!group) return null;
  if (group.supersededRunId !== null) return 'the engine ran again and replaced this suggestion with its current ones';
  if (group.status === 'rejected')
    return `this suggestion was rejected ${by(group.decidedBy, group.decidedAt, me, nameOf)}`;
  if (group.status === 'undone') return `this match was undone ${by(group.decidedBy, group.decidedAt, me, nameOf)}`;
  return null;
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
): string {
  const what = whatChanged(line, group, me, nameOf);
  if (!what) return `Not done: ${refusal}. The line is shown as it stands now; nothing was changed.`;
  return `Not done: since this page was loaded, ${what}. The line is shown as it stands now; nothing was changed.`;
}
