import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyTable, sharedKeyIdOf, sharedKeyOf } from '../../matching/key-table.js';
import { fixTableSeedsForTests, hashOfChars, tableSeed } from '../../matching/string-hash.js';

/** A table holding `keys` in order; each key's id is its index. */
function tableOf(keys: readonly string[]): KeyTable {
  const table = new KeyTable();
  for (const key of keys) table.idOf(key);
  return table;
}

// Pairs keep the id of the key they share and compare keys where the table holds them: the order must be the texts'
// own (code-unit order, as `<`), or the smallest shared key, and so a match's evidence, would change.
describe('key table: keys compared and read without keeping their text', () => {
  it('orders two keys as their texts order', () => {
    const keyText = fc.string({
      minLength: 1,
      maxLength: 12,
      unit: fc.constantFrom('A', 'B', 'Z', '0', '9', ':', 'é'),
    });
    fc.assert(
      fc.property(keyText, keyText, (a, b) => {
        fc.pre(a !== b);
        const table = tableOf([a, b]);
        expect(table.before(0, 1)).toBe(a < b);
        expect(table.before(1, 0)).toBe(b < a);
      }),
      { numRuns: 500, interruptAfterTimeLimit: 10_000 },
    );
  });

  it('orders a key before a longer one it begins', () => {
    const table = tableOf(['P:INV:12', 'P:INV:123']);
    expect(table.before(0, 1)).toBe(true);
    expect(table.before(1, 0)).toBe(false);
  });

  it('reads a text once without keeping it, and reads a kept text as kept', () => {
    const table = tableOf(['P:INV:2024-1']);
    const once = table.textOnce(0);
    expect(once).toBe('P:INV:2024-1');
    const kept = table.text(0);
    expect(kept).toBe('P:INV:2024-1');
    expect(table.textOnce(0)).toBe(kept);
  });

  it('gives the smallest shared key as an id, in one table and across two', () => {
    const one = tableOf(['S:INV:7', 'P:INV:2024-7', 'R:X1', 'G:2024-7']);
    one.ids = Int32Array.from([0, 1, 2, 0, 3, 1]);
    one.end = 6;
    const a = { keyTable: one, keyAt: 0, keyCount: 3 };
    const b = { keyTable: one, keyAt: 3, keyCount: 3 };
    // shared: S:INV:7 and P:INV:2024-7; "P" sorts first
    expect(sharedKeyIdOf(a, b)).toBe(1);
    expect(sharedKeyOf(a, b)).toBe('P:INV:2024-7');

    const other = tableOf(['G:2024-7', 'S:INV:7']);
    other.ids = Int32Array.from([0, 1]);
    other.end = 2;
    const c = { keyTable: other, keyAt: 0, keyCount: 2 };
    expect(sharedKeyIdOf(a, c)).toBe(0);
    expect(sharedKeyOf(a, c)).toBe('S:INV:7');
    expect(sharedKeyIdOf(a, { keyTable: tableOf(['D:1']), keyAt: 0, keyCount: 0 })).toBe(-1);
  });
});

/** The keys as KeyList hands them over: their characters one after another, key i at [starts[i], starts[i + 1]). */
function laidOut(keys: readonly string[]): { chars: Uint16Array; starts: Int32Array } {
  const starts = new Int32Array(keys.length + 1);
  for (let i = 0; i < keys.length; i++) starts[i + 1] = starts[i]! + keys[i]!.length;
  const chars = new Uint16Array(starts[keys.length]!);
  keys.forEach((key, i) => {
    for (let j = 0; j < key.length; j++) chars[starts[i]! + j] = key.charCodeAt(j);
  });
  return { chars, starts };
}

// An item's keys are looked up together (appendIdsOf: hashed, their slots and characters read, then probed): the ids
// must be those of looking each up in turn, a key met twice in one item included, sealed or not.
describe("key table: an item's keys looked up together", () => {
  it('gives the ids of looking each key up in turn', () => {
    const keyText = fc.string({ minLength: 1, maxLength: 6, unit: fc.constantFrom('A', 'B', '0', '1', ':', 'é') });
    const items = fc.array(fc.array(keyText, { maxLength: 8 }), { maxLength: 12 });
    fc.assert(
      fc.property(items, items, (lineItems, entryItems) => {
        const together = new KeyTable();
        const oneByOne = new KeyTable();
        const run = (item: string[]) => {
          const { chars, starts } = laidOut(item);
          const n = together.appendIdsOf(chars, starts, item.length);
          const ids = item.map((key) => oneByOne.idOf(key)).filter((id) => id >= 0);
          expect(n).toBe(ids.length);
          expect(Array.from(together.ids.subarray(together.end - n, together.end))).toEqual(ids);
        };
        lineItems.forEach(run);
        together.seal();
        oneByOne.seal();
        entryItems.forEach(run);
        expect(together.count).toBe(oneByOne.count);
      }),
      { numRuns: 300, interruptAfterTimeLimit: 10_000 },
    );
  });

  it('gives the same ids when several items are looked up together (appendIdsOfItems)', () => {
    const keyText = fc.string({ minLength: 1, maxLength: 6, unit: fc.constantFrom('A', 'B', '0', '1', ':', 'é') });
    const items = fc.array(fc.array(keyText, { maxLength: 8 }), { maxLength: 12 });
    fc.assert(
      fc.property(items, items, (lineItems, entryItems) => {
        const together = new KeyTable();
        const oneByOne = new KeyTable();
        const run = (group: string[][]) => {
          const { chars, starts } = laidOut(group.flat());
          const ends = new Int32Array(group.length);
          group.forEach((item, j) => (ends[j] = (j === 0 ? 0 : ends[j - 1]!) + item.length));
          const counts = new Int32Array(group.length);
          const from = together.end;
          together.appendIdsOfItems(chars, starts, ends, group.length, counts);
          const ids = group.map((item) => item.map((key) => oneByOne.idOf(key)).filter((id) => id >= 0));
          expect(Array.from(counts)).toEqual(ids.map((i) => i.length));
          expect(Array.from(together.ids.subarray(from, together.end))).toEqual(ids.flat());
        };
        run(lineItems);
        together.seal();
        oneByOne.seal();
        run(entryItems);
        expect(together.count).toBe(oneByOne.count);
      }),
      { numRuns: 300, interruptAfterTimeLimit: 10_000 },
    );
  });

  it('keeps two keys of one length and one hash apart', () => {
    // the seed the next table takes, found by taking it once and starting the tables' count again
    fixTableSeedsForTests(0x1234567, 0x7654321);
    const seed = tableSeed();
    fixTableSeedsForTests(0x1234567, 0x7654321);
    const table = new KeyTable();
    // two keys of one length whose 32-bit hashes are equal: a birthday search, a few hundred thousand keys
    const seen = new Map<number, string>();
    const chars = new Uint16Array(16);
    let pair: [string, string] | null = null;
    for (let i = 0; !pair; i++) {
      const key = `P:INV:${1_000_000 + i}`;
      for (let j = 0; j < key.length; j++) chars[j] = key.charCodeAt(j);
      const h = hashOfChars(chars, 0, key.length, seed);
      const other = seen.get(h);
      if (other !== undefined) pair = [other, key];
      else seen.set(h, key);
    }
    const [a, b] = pair;
    const both = laidOut([a, b, a, b]);
    expect(table.appendIdsOf(both.chars, both.starts, 4)).toBe(4);
    expect(Array.from(table.ids.subarray(0, 4))).toEqual([0, 1, 0, 1]);
    expect([table.idOf(a), table.idOf(b)]).toEqual([0, 1]);
    expect([table.text(0), table.text(1)]).toEqual([a, b]);
  });
});
