import { displacementOf } from './open-table.js';
import { hashOfChars, sameRange, tableSeed, textOfChars } from './string-hash.js';

/**
 * A run's reference keys, each given a dense number (its id) the first time it is met, and every item's keys as ids
 * laid out one item after another in one shared array: an item's are ids[item.keyAt .. item.keyAt + item.keyCount).
 * A key is hashed once, when it is looked up here; from then on the engine compares ids (the sieve of keys no line
 * writes, the serial counts, the reference index, the keys two items share), never the text again. Ids are exact: a
 * lookup compares the text of every key of the same hash, so a collision never joins two keys.
 *
 * The lines' keys are added first; then the table is sealed (seal) and the entries' keys only looked up: a key of an
 * entry no line writes gets no id, so it is dropped as it is found (it can never be shared). An open-addressing table
 * of the keys' hashes (slot s: hashes[s], and slots[s] the id + 1, 0 when empty), seeded (tableSeed) so that keys
 * cannot be written to collide in it.
 *
 * The keys are held as characters, one after another in one array, and made into strings only when read (text):
 * hundreds of thousands of short strings, most never read, would each be an object for the collector to copy and mark
 * for the whole run.
 */
export class KeyTable {
  /** slot s: [2s] the key's hash, [2s + 1] its id + 1 (0: empty), side by side so that a probe reads one place */
  private table = new Int32Array(2 * 16);
  /** the keys' characters: key id is chars[starts[id], starts[id + 1]) */
  private chars = new Uint16Array(256);
  /** by id, where its characters start; starts[count] is where the next key's do (a released key has none) */
  private starts = new Int32Array(17);
  private keys = 0;
  /**
   * the texts read so far, by id: few keys are ever read as text (a line's keys for a pass that files them, a key of
   * items prepared apart), so a map of those rather than a place for each of millions of keys
   */
  private readonly texts = new Map<number, string>();
  private readonly seed = tableSeed();
  /**
   * 1 once sealed (no key is added then: an unknown key is reported missing, −1). A cell rather than a field: a field
   * written once after construction changes the table's shape, and undid the compiled lookups that read it.
   */
  private readonly seals = new Uint8Array(1);
  /** the items' keys' ids, one item after another */
  ids = new Int32Array(16);
  /** the number of ids laid out in `ids` */
  end = 0;

  /** The number of ids given (ids are 0 .. count − 1). */
  get count(): number {
    return this.keys;
  }

  /** The key's text. */
  text(id: number): string {
    let text = this.texts.get(id);
    if (text !== undefined) return text;
    const from = this.charsAt(id);
    text = textOfChars(this.chars, from, this.starts[id + 1]!);
    this.texts.set(id, text);
    return text;
  }

  /**
   * The key's text without keeping it (unless it is kept already): a match's evidence reads its key once, and a text
   * kept for each of a million matches outlives the run's peak.
   */
  textOnce(id: number): string {
    const text = this.texts.get(id);
    if (text !== undefined) return text;
    const from = this.charsAt(id);
    return textOfChars(this.chars, from, this.starts[id + 1]!);
  }

  /** Whether key a's text sorts before key b's (code-unit order, as `<` on the texts), read without making them. */
  before(a: number, b: number): boolean {
    const { chars, starts } = this;
    const aFrom = this.charsAt(a);
    const bFrom = this.charsAt(b);
    const aLength = starts[a + 1]! - aFrom;
    const bLength = starts[b + 1]! - bFrom;
    const n = Math.min(aLength, bLength);
    for (let i = 0; i < n; i++) {
      const d = chars[aFrom + i]! - chars[bFrom + i]!;
      if (d !== 0) return d < 0;
    }
    return aLength < bLength;
  }

  /** Whether the key's text starts with `head`, read without making the text. */
  startsWith(id: number, head: string): boolean {
    const from = this.charsAt(id);
    if (this.starts[id + 1]! - from < head.length) return false;
    for (let i = 0; i < head.length; i++) if (this.chars[from + i] !== head.charCodeAt(i)) return false;
    return true;
  }

  /** Where the key's characters start, checked to be there. */
  private charsAt(id: number): number {
    const from = this.starts[id]!;
    if (!(id >= 0 && id < this.keys) || this.starts[id + 1] === from)
      throw new Error(`engine defect: key ${id}'s text was released`);
    return from;
  }

  /**
   * Makes room for about `keys` distinct keys and `ids` item keys at once, rather than growing through every size
   * (each growth places every key again). Only a hint: the table grows past it as needed.
   */
  reserve(keys: number, ids: number): void {
    let size = this.table.length >>> 1;
    while (size < 2 * keys) size *= 2;
    if (size > this.table.length >>> 1) this.rehash(size);
    if (ids > this.ids.length) {
      const grown = new Int32Array(ids);
      grown.set(this.ids.subarray(0, this.end));
      this.ids = grown;
    }
  }

  /** The key's id: a new one for a key first met, or −1 for one first met once the table is sealed. */
  idOf(key: string): number {
    if (this.scratch.length < key.length) this.scratch = new Uint16Array(key.length);
    for (let i = 0; i < key.length; i++) this.scratch[i] = key.charCodeAt(i);
    return this.idOfChars(this.scratch, 0, key.length);
  }

  /** idOf's copy of a key given as text (the engine's keys come as characters already: idOfChars) */
  private scratch = new Uint16Array(64);

  /**
   * idOf of the key held as UTF-16 code units in chars[from, to), hashed and compared where it lies: a key is never
   * made into a string to be found or added.
   */
  idOfChars(key: Uint16Array, from: number, to: number): number {
    return this.idOfHashed(hashOfChars(key, from, to, this.seed), key, from, to);
  }

  /**
   * Appends to `ids` the ids of the keys held in chars (key i is chars[starts[i], starts[i + 1]), i < count), looked
   * up as idOfChars does, and returns how many were appended (a key a sealed table does not know is left out).
   *
   * The keys are looked up in stages, each over all of them: hashed; their first slots read; where a slot (or one after
   * it) holds a key of the same hash, that key's start read, then its characters; then probed as idOfChars does,
   * finding all of that in the cache. A probe branches on what it reads, so the processor waits for each read a probe
   * makes before it goes on; reads with nothing between them are under way together, an item's half-dozen cache
   * misses of a stage (most slots, starts and characters are in no cache at 1M lines) costing about as much as one.
   * (Hashing a key between two reads leaves the processor no room to have more than one or two of them under way.)
   */
  appendIdsOf(chars: Uint16Array, starts: Int32Array, count: number): number {
    this.readAhead(chars, starts, count);
    const { batch } = this;
    let n = 0;
    for (let i = 0; i < count; i++) {
      const id = this.idOfHashed(batch[i]!, chars, starts[i]!, starts[i + 1]!);
      if (id >= 0) {
        this.push(id);
        n++;
      }
    }
    return n;
  }

  /**
   * appendIdsOf of several items' keys laid out together, item j's ending at key ends[j]: their ids appended item after
   * item, and counts[j] set to how many of item j's were. Staged over all of them at once, so that the reads of a
   * stage are under way together across items too (an item has about six keys; a stage over a few hundred items is
   * bound by how fast memory answers, not by how long each read waits).
   */
  appendIdsOfItems(chars: Uint16Array, starts: Int32Array, ends: Int32Array, items: number, counts: Int32Array): void {
    const count = items === 0 ? 0 : ends[items - 1]!;
    this.readAhead(chars, starts, count);
    const { batch } = this;
    let i = 0;
    for (let item = 0; item < items; item++) {
      let n = 0;
      for (const end = ends[item]!; i < end; i++) {
        const id = this.idOfHashed(batch[i]!, chars, starts[i]!, starts[i + 1]!);
        if (id >= 0) {
          this.push(id);
          n++;
        }
      }
      counts[item] = n;
    }
  }

  /**
   * The stages before the probes (see appendIdsOf): the keys' hashes left in batch[0, count), the id + 1 of the first
   * key of the same hash in each key's probe (0: none) in batch[count, 2 count), and the places a probe will read
   * brought into the cache.
   */
  private readAhead(chars: Uint16Array, starts: Int32Array, count: number): void {
    if (2 * count > this.batch.length) this.batch = new Int32Array(4 * count);
    const { batch, table } = this;
    for (let i = 0; i < count; i++) batch[i] = hashOfChars(chars, starts[i]!, starts[i + 1]!, this.seed);
    const mask = (table.length >>> 1) - 1;
    let read = 0;
    for (let i = 0; i < count; i++) read ^= table[2 * (batch[i]! & mask) + 1]!;
    for (let i = 0; i < count; i++) {
      const h = batch[i]!;
      let found = 0;
      for (let slot = h & mask; table[2 * slot + 1] !== 0; slot = (slot + 1) & mask)
        if (table[2 * slot] === h) {
          found = table[2 * slot + 1]!;
          break;
        }
      batch[count + i] = found;
    }
    const keyStarts = this.starts;
    for (let i = 0; i < count; i++) read ^= keyStarts[batch[count + i]!]!;
    const keyChars = this.chars;
    for (let i = 0; i < count; i++) {
      const found = batch[count + i]!;
      if (found !== 0) read ^= keyChars[keyStarts[found - 1]!]!;
    }
    // kept, so that the reads above are not optimised away
    this.read = read;
  }

  /** appendIdsOf's keys' hashes, then the ids + 1 their probes first meet */
  private batch = new Int32Array(64);
  /** what appendIdsOf's reads found (never used) */
  private read = 0;

  /** idOfChars of the key of hash h. */
  private idOfHashed(h: number, key: Uint16Array, from: number, to: number): number {
    const { table, chars, starts } = this;
    const mask = (table.length >>> 1) - 1;
    let slot = h & mask;
    for (;;) {
      const stored = table[2 * slot + 1]!;
      if (stored === 0) break;
      if (table[2 * slot] === h && sameRange(chars, starts[stored - 1]!, starts[stored]!, key, from, to))
        return stored - 1;
      slot = (slot + 1) & mask;
    }
    if (this.seals[0] === 1) return -1;
    const at = this.room(to - from);
    // (copied one by one: a subarray to set from is an object made and a slower builtin, for a dozen characters)
    for (let i = from; i < to; i++) this.chars[at + i - from] = key[i]!;
    return this.added(h, slot, at + to - from);
  }

  /** Where the next key's `length` characters go, the arrays grown to hold them and its end. */
  private room(length: number): number {
    const at = this.starts[this.keys]!;
    if (at + length > this.chars.length) {
      const grown = new Uint16Array(Math.max(2 * this.chars.length, at + length));
      grown.set(this.chars.subarray(0, at));
      this.chars = grown;
    }
    if (this.keys + 2 > this.starts.length) {
      const grown = new Int32Array(2 * this.starts.length);
      grown.set(this.starts);
      this.starts = grown;
    }
    return at;
  }

  /** Gives the key just written (ending at `end`; of hash h, whose probe ended at the empty `slot`) the next id. */
  private added(h: number, slot: number, end: number): number {
    const { table } = this;
    const id = this.keys++;
    this.starts[id + 1] = end;
    table[2 * slot] = h;
    table[2 * slot + 1] = id + 1;
    // at most half full, so probes stay short
    if (2 * (id + 1) > table.length >>> 1) this.rehash(table.length);
    return id;
  }

  /** Places every key again in a table of `size` slots. */
  private rehash(size: number): void {
    const old = this.table;
    const table = new Int32Array(2 * size);
    const mask = size - 1;
    for (let s = 0; s < old.length; s += 2) {
      if (old[s + 1] === 0) continue;
      let slot = old[s]! & mask;
      while (table[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      table[2 * slot] = old[s]!;
      table[2 * slot + 1] = old[s + 1]!;
    }
    this.table = table;
  }

  /** Appends an id to the current item's. */
  push(id: number): void {
    if (this.end === this.ids.length) {
      const grown = new Int32Array(this.ids.length * 2);
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids[this.end++] = id;
  }

  /** Keeps only the first `end` item ids, in an array of their size (the items laid out in them are all there). */
  cut(end: number): void {
    if (end > this.end) throw new Error(`engine defect: cut at ${end}, past the ${this.end} item ids laid out`);
    this.ids = this.ids.slice(0, end);
    this.end = end;
  }

  /** No key is added from now on; a key not yet met is reported missing. */
  seal(): void {
    this.seals[0] = 1;
  }

  /** Whether the table is sealed (seal). */
  get sealed(): boolean {
    return this.seals[0] === 1;
  }

  /**
   * Lets go of the lookup table and of the text of every key `keep` does not mark (keep[id] === 1): once every item's
   * keys are found, a key is read as text only for the evidence of a confirmed match, which only kept keys can be.
   * The kept keys' characters are moved together into an array of their size.
   */
  release(keep: Uint8Array): void {
    this.seals[0] = 1;
    this.table = new Int32Array(2);
    const { chars, starts, texts } = this;
    for (const id of texts.keys()) if (keep[id] !== 1) texts.delete(id);
    let size = 0;
    for (let id = 0; id < this.keys; id++) if (keep[id] === 1) size += starts[id + 1]! - starts[id]!;
    const kept = new Uint16Array(size);
    let at = 0;
    let from = 0;
    for (let id = 0; id < this.keys; id++) {
      const to = starts[id + 1]!;
      // a released key is left no characters (no key is empty: each has its kind and a colon)
      starts[id] = at;
      if (keep[id] === 1) for (let i = from; i < to; i++) kept[at++] = chars[i]!;
      from = to;
    }
    starts[this.keys] = at;
    this.chars = kept;
  }

  /** The slots lookups of all its keys step over past their hashes' (see displacementOf): for tests. */
  displacement(): number {
    const { table } = this;
    return displacementOf(
      table.length >>> 1,
      (s) => table[2 * s]!,
      (s) => table[2 * s + 1] !== 0,
    );
  }
}

/** An item whose reference keys lie in a key table (see KeyTable). */
export interface KeyHolder {
  keyAt: number;
  keyCount: number;
  readonly keyTable: KeyTable;
}

/** The item's keys as text, in their order. */
export function keyTextsOf(item: KeyHolder): string[] {
  const { keyTable, keyAt, keyCount } = item;
  const out = new Array<string>(keyCount);
  for (let k = 0; k < keyCount; k++) out[k] = keyTable.text(keyTable.ids[keyAt + k]!);
  return out;
}

/**
 * The smallest (in code-unit order) key two items share, or null. Items of one run share a table and compare ids;
 * items prepared apart (each with a table of its own) compare text.
 */
export function sharedKeyOf(a: KeyHolder, b: KeyHolder): string | null {
  const id = sharedKeyIdOf(a, b);
  return id < 0 ? null : a.keyTable.text(id);
}

/** sharedKeyOf as the key's id in a's table, or −1: no text is made. */
export function sharedKeyIdOf(a: KeyHolder, b: KeyHolder): number {
  const table = a.keyTable;
  const ids = table.ids;
  const bIds = b.keyTable.ids;
  let best = -1;
  for (let i = a.keyAt, aEnd = a.keyAt + a.keyCount; i < aEnd; i++) {
    const id = ids[i]!;
    if (b.keyTable === table) {
      for (let j = b.keyAt, bEnd = b.keyAt + b.keyCount; j < bEnd; j++)
        if (bIds[j] === id) {
          if (best < 0 || table.before(id, best)) best = id;
          break;
        }
    } else {
      if (best >= 0 && !table.before(id, best)) continue;
      const text = table.text(id);
      for (let j = b.keyAt, bEnd = b.keyAt + b.keyCount; j < bEnd; j++)
        if (b.keyTable.text(bIds[j]!) === text) {
          best = id;
          break;
        }
    }
  }
  return best;
}

/** Keeps the item's keys for which keep(id) holds, in their order (in place in the table's ids). */
export function filterKeys(item: KeyHolder, keep: (id: number) => boolean): void {
  const ids = item.keyTable.ids;
  const from = item.keyAt;
  let kept = from;
  for (let i = from, end = from + item.keyCount; i < end; i++) if (keep(ids[i]!)) ids[kept++] = ids[i]!;
  item.keyCount = kept - from;
}
