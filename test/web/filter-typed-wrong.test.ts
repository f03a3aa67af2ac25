import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './support/harness.js';
import { get, signIn } from './support/session.js';

// A queue filter typed wrong (From after To, a day that does not exist) answered with an error page whose only link
// went to the accounts: the tab, the search and the dates were lost. The queue stays, with the reason and the
// figures as typed in the form, to be corrected.

describe('a queue filter typed wrong', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(async () => h?.close());

  it('keeps the person on the queue with the reason and what they typed', async () => {
    const rita = await signIn(h.app, 'rita');
    for (const [dates, reason] of [
      ['from=2026-10-31&to=2026-10-01', '2026-10-31 is after to (2026-10-01); swap the dates'],
      ['from=2026-02-30', 'from: expected a date YYYY-MM-DD'],
    ] as const) {
      const res = await get(h.app, rita, `/accounts/${h.accountId}/review?view=unmatched&q=okon&${dates}`);
      expect(res.statusCode, dates).toBe(400);
      expect(res.body, dates).toContain(reason);
      expect(res.body, dates).toContain('The queue below is not filtered until it is corrected.');
      // Still the queue: its tabs, the unmatched tab, the lines, the search and the dates as typed.
      expect(res.body, dates).toContain('class="tabs"');
      expect(res.body, dates).toMatch(/href="[^"]*view=unmatched[^"]*" class="current"/);
      expect(res.body, dates).toContain('class="line"');
      expect(res.body, dates).toMatch(/name="q"\s+value="okon"/);
      expect(res.body, dates).toContain(`name="from" value="${/from=([\d-]+)/.exec(dates)![1]}"`);
    }
  });
});
