import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { insertionSort } from '../../matching/small-sort.js';

describe('insertionSort', () => {
  it('orders few and many items as a stable sort does, equal keys keeping their places', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -3, max: 3 }), { maxLength: 80 }), (keys) => {
        const items = keys.map((k, at) => ({ k, at }));
        const expected = [...items].sort((x, y) => x.k - y.k || x.at - y.at).map((x) => x.at);
        insertionSort(items, (x, y) => x.k - y.k);
        expect(items.map((x) => x.at)).toEqual(expected);
      }),
    );
  });
});
