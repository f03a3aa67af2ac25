import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startSandbox } from '../../sandbox/server.js';
import { allPages, START } from './helpers.js';

const INSTITUTIONS = ['058', 'Kuda', 'OPay', 'GCB', 'MTN MoMo', 'Equity', 'M-Pesa', 'FNB', 'Capitec'];
const ddmmyyyy = (d: string) => `${d.slice(8, 10)}-${d.slice(5, 7)}-${d.slice(0, 4)}`;

describe('properties over seeds, banks, windows and time', () => {
  it('paging any window returns exactly the truth rows of its UTC days; balances always chain', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.constantFrom(...INSTITUTIONS),
        fc.constantFrom('business' as const, 'personal' as const),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 20 * 3_600_000 }),
        async (seed, institution, kind, a, b, limit, extra, advanceMs) => {
          const sb = await startSandbox({
            seed,
            startTime: START,
            timeScale: 1e-6,
            accounts: [{ id: 'p', institution, kind, historyDays: 45 }],
          });
          try {
            if (extra) sb.addTransactions('p', extra);
            sb.advance(advanceMs);
            const truth = sb.truth('p');
            for (let i = 1; i < truth.length; i++) {
              const t = truth[i]!;
              expect(t.balance).toBe(truth[i - 1]!.balance + (t.type === 'credit' ? t.amount : -t.amount));
            }
            const day = (n: number) => new Date(Date.parse(START) - n * 86_400_000).toISOString().slice(0, 10);
            const [from, to] = [day(Math.max(a, b)), day(Math.min(a, b))];
            const rows = await allPages(sb, 'p', `start=${ddmmyyyy(from)}&end=${ddmmyyyy(to)}&limit=${limit}`);
            // Mono filters start/end by the UTC day of each row's timestamp, whatever the account's zone.
            const expected = truth.filter((t) => t.date.slice(0, 10) >= from && t.date.slice(0, 10) <= to);
            expect(rows.map((r) => r.id).sort()).toEqual(expected.map((t) => t.id).sort());
          } finally {
            await sb.close();
          }
        },
      ),
      { numRuns: 12 },
    );
  });
});
