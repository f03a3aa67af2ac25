import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyTable, sharedKeyIdOf, sharedKeyOf } from '../../matching/key-table.js';

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
