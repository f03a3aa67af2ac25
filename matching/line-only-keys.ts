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
  const { banks, ledgers } = state;
  const ids = table.ids;
  // the items' ids are moved together as they go (lines first, then entries, as they were laid out), and the array
  // cut to what is left: a million lines reserved room for ten million ids
  let write = 0;
  for (let i = 0; i < banks.length; i++) {
    const b = banks[i]!;
    const from = b.keyAt;
    b.keyAt = write;
    for (let k = from, end = from + b.keyCount; k < end; k++) if (on[ids[k]!] === 1) ids[write++] = ids[k]!;
    b.keyCount = write - b.keyAt;
  }
  for (let i = 0; i < ledgers.length; i++) {
    const l = ledgers[i]!;
    const from = l.keyAt;
    if (from < write) throw new Error(`engine defect: entry ${l.entry.id}'s keys lie before a line's`);
    l.keyAt = write;
    for (let k = from, end = from + l.keyCount; k < end; k++) ids[write++] = ids[k]!;
  }
  table.cut(write);
  table.release(on);
}
