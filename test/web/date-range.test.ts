import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './support/harness.js';
import { get, signIn } from './support/session.js';

// From and To typed the wrong way round select nothing: an empty queue, "no open entry", a bulk count of 0, all
// read as "there is nothing in those dates". Refused and named instead, as any other bad filter is.

describe('a date range typed backwards', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(async () => h?.close());

  const backwards = 'from=2026-10-31&to=2026-10-01';

  it('is refused on the queue and for a bulk count, naming both dates', async () => {
    const s = await signIn(h.app, 'rita');
    for (const url of [
      `/accounts/${h.accountId}/review?view=suggested&${backwards}`,
      `/accounts/${h.accountId}/bulk?action=confirm&view=suggested&${backwards}`,
    ]) {
      const res = await get(h.app, s, url);
      expect(res.statusCode, url).toBe(400);
      expect(res.body, url).toContain('2026-10-31 is after to (2026-10-01)');
    }
    // The right way round is fine.
    expect((await get(h.app, s, `/accounts/${h.accountId}/review?from=2026-10-01&to=2026-10-31`)).statusCode).toBe(200);
  });

  it('is refused in find & match, in its panel', async () => {
    const s = await signIn(h.app, 'rita');
    const res = await get(h.app, s, `/accounts/${h.accountId}/lines/${h.bank[4]}/find?amount=&text=&${backwards}`);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('2026-10-31 is after to (2026-10-01)');
    expect(res.body).toContain('name="from"');
  });
});
