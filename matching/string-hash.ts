/**
 * A string's 32-bit hash (FNV-1a, its bits mixed at the end so that the low ones, which pick a slot, vary too), for the
 * engine's open-addressing tables: the reference index and the serial counts.
 */
export function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}
