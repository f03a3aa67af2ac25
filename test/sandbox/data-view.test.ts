import { afterEach, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../sandbox/server.js';
import { call, START } from './helpers.js';

const open: Sandbox[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});

const DAY_MS = 86_400_000;

describe('dataView (when Mono last fetched the account)', () => {
  it('tells a refresh job in flight, then that Mono fetched when it finished, as the truth moves with it', async () => {
    const sb = await startSandbox({
      startTime: START,
      webhookUrl: null,
      accounts: [
        { id: 'stale1', historyDays: 30, txnsPerDay: 8, staleDays: 4 },
        { id: 'fresh1', historyDays: 30 },
      ],
    });
    open.push(sb);
    expect(sb.dataView('fresh1')).toEqual({ fetchedAt: null, refreshing: false });
    const atLink = sb.dataView('stale1');
    expect(Date.parse(atLink.fetchedAt!)).toBeCloseTo(Date.parse(START) - 4 * DAY_MS, -5);
    expect(atLink.refreshing).toBe(false);
    const before = sb.truth('stale1').length;

    const r = await call(sb, '/v2/accounts/stale1/balance', { headers: { 'x-realtime': 'true' } });
    expect(r.headers.get('x-job-status')).toBe('processing');
    // The job runs: Mono's view has not moved yet, and the truth (what Mono serves) with it.
    expect(sb.dataView('stale1')).toEqual({ fetchedAt: atLink.fetchedAt, refreshing: true });
    expect(sb.truth('stale1').length).toBe(before);

    sb.advance(5_000);
    const after = sb.dataView('stale1');
    expect(after.refreshing).toBe(false);
    expect(Date.parse(after.fetchedAt!)).toBeGreaterThan(Date.parse(atLink.fetchedAt!) + 3 * DAY_MS);
    expect(Date.parse(after.fetchedAt!)).toBeLessThanOrEqual(sb.now().getTime());
    // Four days of rows (about 8 a day) became visible when the job finished.
    expect(sb.truth('stale1').length).toBeGreaterThan(before + 10);
    expect(() => sb.dataView('nope')).toThrow(/unknown account nope/);
  });
});
