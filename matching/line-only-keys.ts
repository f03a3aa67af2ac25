import type { AssignmentState } from './assignment.js';
import { NO_KEYS } from './prepared.js';

/**
 * Drops from each bank line the keys no entry carries, once the reversal pass, the only reader comparing two lines'
 * keys, is done: every later reader compares a line's keys with an entry's, which such a key can never be. At 1M they
 * are most of the lines' keys (millions of strings and their lists) held to the end of the run for nothing.
 */
export function dropLineOnlyKeys(state: AssignmentState): void {
  const on = state.lineKeysOnEntries;
  if (!on) return;
  state.lineKeysOnEntries = null;
  const { starts, marks } = on;
  const { banks } = state;
  for (let i = 0; i < banks.length; i++) {
    const b = banks[i]!;
    const keys = b.keys;
    const from = starts[i]!;
    if (starts[i + 1]! - from !== keys.length) throw new Error(`engine defect: line ${b.line.id}'s keys changed`);
    let kept = 0;
    for (let k = 0; k < keys.length; k++) if (marks[from + k] === 1) keys[kept++] = keys[k]!;
    if (kept === keys.length) continue;
    if (kept === 0) b.keys = NO_KEYS;
    else keys.length = kept;
  }
}
