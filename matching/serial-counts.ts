import { displacementOf, grownTable } from './open-table.js';
import { hashOf, tableSeed } from './string-hash.js';

/**
 * The serials bank lines write, each with the number of entries carrying it. An open-addressing table of the serials'
 * hashes (slot s: hashes[s], and ids[s] the serial's number + 1, 0 when empty) rather than a Map of strings: a serial
 * is hashed once per lookup, over its few characters, and its text read only when the hashes agree.
 */
export class SerialCounts {
  private hashes = new Int32Array(1024);
  private ids = new Int32Array(1024);
  private texts: string[] = [];
  private counts: number[] = [];
  /** this table's seed for hashOf: keys cannot be written to collide in it (see hashOf) */
  private readonly seed = tableSeed();

  /** Adds a serial written by a bank line, at 0. */
  note(serial: string): void {
    if (this.idOf(serial) >= 0) return;
    // at most half full, so probes stay short
    if (2 * (this.texts.length + 1) > this.ids.length) this.grow();
    let slot = this.slot;
    const mask = this.ids.length - 1;
    while (this.ids[slot] !== 0) slot = (slot + 1) & mask;
    this.hashes[slot] = this.hash;
    this.ids[slot] = this.texts.length + 1;
    this.texts.push(serial);
    this.counts.push(0);
  }

  /** Counts one more entry carrying the serial; false when no bank line writes it (nothing counted). */
  increment(serial: string): boolean {
    const id = this.idOf(serial);
    if (id < 0) return false;
    this.counts[id]!++;
    return true;
  }

  /** The number of entries carrying the serial, or undefined when no bank line writes it. */
  get(serial: string): number | undefined {
    const id = this.idOf(serial);
    return id < 0 ? undefined : this.counts[id];
  }

  /** The slots lookups of all its serials step over past their hashes' (see displacementOf): for tests. */
  displacement(): number {
    return displacementOf(
      this.ids.length,
      (s) => this.hashes[s]!,
      (s) => this.ids[s] !== 0,
    );
  }

  // where idOf's probe ended (an empty slot when the serial is missing) and the serial's hash: note fills it
  private slot = 0;
  private hash = 0;

  private idOf(serial: string): number {
    const h = hashOf(serial, this.seed);
    const { hashes, ids } = this;
    const mask = ids.length - 1;
    let slot = h & mask;
    for (;;) {
      const stored = ids[slot]!;
      if (stored === 0) break;
      if (hashes[slot] === h && this.texts[stored - 1] === serial) return stored - 1;
      slot = (slot + 1) & mask;
    }
    this.slot = slot;
    this.hash = h;
    return -1;
  }

  private grow(): void {
    const { hashes, ids } = grownTable(this.hashes, this.ids);
    this.hashes = hashes;
    this.ids = ids;
    const mask = ids.length - 1;
    // the probe for the serial being noted ran in the old table: run it again in the new one
    let slot = this.hash & mask;
    while (ids[slot] !== 0) slot = (slot + 1) & mask;
    this.slot = slot;
  }
}
