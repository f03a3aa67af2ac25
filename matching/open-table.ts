/**
 * An open-addressing table of hashes (slot s: hashes[s], and ids[s] its item's number + 1, 0 when empty) at twice its
 * size, every item placed again by its stored hash: SerialCounts' and NumberKeys' growth.
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
