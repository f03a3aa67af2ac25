import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minorUnitsInMoney } from '../../web/format.js';
import { createHarness, type Harness } from './support/harness.js';
import { get, post, signIn } from './support/session.js';

// Amounts a finance user reads are in the account's currency: "write-off 5375" reads as ₦5,375, a hundred times
// the ₦53.75 meant, and "short by 10000 minor units" leaves the person converting kobo by hand.

it('writes the engine evidence amounts in the currency', () => {
  expect(minorUnitsInMoney('short by 2605 minor units, outside the tolerance', 'NGN')).toBe(
    'short by ₦26.05, outside the tolerance',
  );
  expect(minorUnitsInMoney('a charge of 150 minor units (1%)', 'GHS')).toBe('a charge of GH₵1.50 (1%)');
  expect(minorUnitsInMoney('same amount', 'KES')).toBe('same amount');
});

describe('money on the review queue and the audit trail', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(async () => h?.close());

  it('shows a candidate short payment in naira, not in minor units', async () => {
    const s = await signIn(h.app, 'rita');
    const page = await get(h.app, s, `/accounts/${h.accountId}/review?view=suggested&q=okon`);
    expect(page.body).toContain('TRF FROM OKON VENTURES');
    expect(page.body).toContain('short by ₦100.00');
    expect(page.body).not.toContain('minor units');
  });

  it('shows a write-off and the evidence in the audit trail and its CSV in naira', async () => {
    const s = await signIn(h.app, 'rita');
    const done = await post(h.app, s, `/accounts/${h.accountId}/lines/${h.bank[6]}/bank-only`, {
      line: h.bank[6],
      account: 'Bank charges',
    });
    expect(done.statusCode).toBe(200);
    const audit = await get(h.app, s, `/audit?account=${h.accountId}`);
    // A bank-only line is no write-off on the page: its whole amount, in naira, goes to the account.
    expect(audit.body).toContain('-₦15,000.00 POS TERMINAL ANNUAL SUBSCRIPTION; to the ledger account Bank charges');
    expect(audit.body).not.toMatch(/write-off \d/);
    expect(audit.body).not.toContain('minor units');
    const csv = await get(h.app, s, `/audit.csv?account=${h.accountId}`);
    expect(csv.body).toContain('write-off ₦15,000.00 to Bank charges');
    expect(csv.body).not.toContain('minor units');
  });

  it('offers the unlock of a statement (statement.reopen) as an action to filter on, and no action never written', async () => {
    const s = await signIn(h.app, 'ada');
    const options = [...(await get(h.app, s, '/audit')).body.matchAll(/<option value="([a-z_.]+)"/g)].map((m) => m[1]);
    expect(options).toContain('statement.reopen');
    expect(options).not.toContain('statement.unlock');
  });
});
