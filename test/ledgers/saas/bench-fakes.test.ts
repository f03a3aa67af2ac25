import { describe, expect, it } from 'vitest';
import { startSaasBenchTarget, type SaasKind } from './bench-fakes.js';

// The bench harness itself: each fake starts with N open invoices and a full pull returns all of them.
describe('SaaS bench targets', () => {
  for (const kind of ['xero', 'zoho-books', 'quickbooks-online'] as SaasKind[]) {
    it(`${kind}: a full pull returns every open invoice the fake holds`, async () => {
      const t = await startSaasBenchTarget(kind, 1_234);
      try {
        const r = await t.adapter.pullOpenEntries({ period: t.period });
        expect(r.entries.filter((e) => e.id.startsWith('invoice:'))).toHaveLength(1_234);
      } finally {
        await t.close();
      }
    });
  }
});
