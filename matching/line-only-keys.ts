import type { AssignmentState } from './assignment.js';

/**
 * Drops from each bank line the keys no entry carries, once the reversal pass, the only reader comparing two lines'
 * keys, is done: every later reader compares a line's keys with an entry's, which such a key can never be. Their
 * texts go with them (and the key table's lookup table, as nothing is looked up any more): at 1M they are most of the
 * lines' keys, held to the end of the run for nothing.
 */
export function dropLineOnlyKeys(state: AssignmentState): void {
  const on = state.keysOnEntries;
  const table = state.keyTable;
  if (!on || !table) return;
  state.keysOnEntries = null;
  const { banks } = state;
  const ids = table.ids;
  for (let i = 0; i < banks.length; i++) {
    const b = banks[i]!;
    const from = b.keyAt;
    let kept = from;
    for (let k = from, end = from + b.keyCount; k < end; k++) if (on[ids[k]!] === 1) ids[kept++] = ids[k]!;
    b.keyCount = kept - from;
  }
  table.release(on);
}
