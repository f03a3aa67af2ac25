/**
 * An open-addressing table of hashes (slot s: hashes[s], and ids[s] its item's number + 1, 0 when empty) at twice its
 * size, every item placed again by its stored hash: KeyTable's and NumberKeys' growth.
 */
export function grownTable(
  hashes: Int32Array,
  ids: Int32Array,
): { hashes: Int32Array<ArrayBuffer>; ids: Int32Array<ArrayBuffer> } {
  const size = ids.length * 2;
  const grownHashes = new Int32Array(size);
  const grownIds = new Int32Array(size);
  const mask = size - 1;
  for (let s = 0; s < ids.length; s++) {
    if (ids[s] === 0) continue;
    let slot = hashes[s]! & mask;
    while (grownIds[slot] !== 0) slot = (slot + 1) & mask;
    grownHashes[slot] = hashes[s]!;
    grownIds[slot] = ids[s]!;
  }
  return { hashes: grownHashes, ids: grownIds };
}

/**
 * How many occupied slots lookups of a table's items step over before reaching them, summed over its items (slot s
 * holds an item when occupied(s), of hash hashAt(s); `size` a power of two): what finding every item once costs beyond
 * one probe each. For tests, which count probes rather than time them.
 */
export function displacementOf(
  size: number,
  hashAt: (slot: number) => number,
  occupied: (slot: number) => boolean,
): number {
  const mask = size - 1;
  let total = 0;
  for (let s = 0; s < size; s++) if (occupied(s)) total += (s - (hashAt(s) & mask)) & mask;
  return total;
}
