import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MonoClient } from '../../adapters/mono/client.js';
import { addBusinessDays } from '../../domain/dates.js';
import { startSandbox, type Quirk, type Sandbox } from '../../sandbox/server.js';

// For any page size, date window, direction filter and paging shape, iterating sees every transaction the bank holds
// in that window exactly once.

let sandbox: Sandbox;
let client: MonoClient;
const accounts: Array<{ id: string; timeZone: string }> = [];
const LAST_CLOSED_DAY = '2026-02-28'; // the day before the link: its rows no longer change with the sandbox clock

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 2024, startTime: '2026-03-01T06:00:00Z' });
  client = new MonoClient({ baseUrl: sandbox.url, secretKey: sandbox.secretKey });
  // Lagos (UTC+1) and Nairobi (UTC+3): windows are business dates in the account's zone.
  accounts.push({
    id: await sandbox.linkAccount({ institution: '058', kind: 'business', historyDays: 60, txnsPerDay: 6 }),
    timeZone: 'Africa/Lagos',
  });
  accounts.push({
    id: await sandbox.linkAccount({ institution: 'Equity', kind: 'personal', historyDays: 60, txnsPerDay: 4 }),
    timeZone: 'Africa/Nairobi',
  });
});
afterAll(async () => {
  await client.close();
  await sandbox.close();
});

describe('iterateTransactions', () => {
  it('sees every transaction in the window exactly once', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          account: fc.integer({ min: 0, max: 1 }),
          limit: fc.oneof(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 21, max: 1000 })),
          endBack: fc.integer({ min: 0, max: 65 }),
          span: fc.integer({ min: 0, max: 70 }),
          type: fc.constantFrom(undefined, 'debit' as const, 'credit' as const),
          quirks: fc.subarray<Quirk>(['paging_in_data', 'next_without_accounts_segment', 'underscore_id']),
        }),
        async ({ account, limit, endBack, span, type, quirks }) => {
          const { id } = accounts[account]!;
          sandbox.setQuirks(quirks);
          const end = addBusinessDays(LAST_CLOSED_DAY, -endBack);
          const start = addBusinessDays(end, -span);
          const expected = sandbox
            .truth(id)
            .filter((t) => {
              // Mono filters by UTC day, not by the account's business date.
              const d = t.date.slice(0, 10);
              return d >= start && d <= end && (type === undefined || t.type === type);
            })
            .map((t) => t.id);
          const seen: string[] = [];
          let pages = 0;
          for await (const p of client.iterateTransactions(id, { start, end, limit, ...(type ? { type } : {}) })) {
            pages += 1;
            expect(p.transactions.length).toBeLessThanOrEqual(limit);
            seen.push(...p.transactions.map((t) => t.id));
          }
          expect(new Set(seen).size).toBe(seen.length);
          expect([...seen].sort()).toEqual([...expected].sort());
          expect(pages).toBe(Math.max(1, Math.ceil(expected.length / limit)));
        },
      ),
      { numRuns: 60 },
    );
  });
});
