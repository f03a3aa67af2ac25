import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../../domain/reconciliation.js';
import { SharedEvidenceLists } from '../../../matching/groups.js';

const shared = (detail: string) => Object.freeze({ kind: 'date', detail, weight: 0.1 }) as Evidence;
const own = (detail: string): Evidence => ({ kind: 'date', detail, weight: 0.1 });

describe('shared evidence lists', () => {
  const a = shared('a');
  const b = shared('b');

  it('gives one frozen list for the same shared items in the same order', () => {
    const lists = new SharedEvidenceLists();
    const first = lists.share([a, b]);
    expect(lists.share([a, b])).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(first).toEqual([a, b]);
  });

  it('keeps apart other orders, prefixes and the empty list', () => {
    const lists = new SharedEvidenceLists();
    const ab = lists.share([a, b]);
    expect(lists.share([b, a])).not.toBe(ab);
    expect(lists.share([a])).toEqual([a]);
    expect(lists.share([a])).not.toBe(ab);
    expect(lists.share([])).toEqual([]);
  });

  it('returns a list holding an item of its own as it is, unfrozen', () => {
    const lists = new SharedEvidenceLists();
    const mine = [a, own('c')];
    expect(lists.share(mine)).toBe(mine);
    expect(Object.isFrozen(mine)).toBe(false);
  });
});
