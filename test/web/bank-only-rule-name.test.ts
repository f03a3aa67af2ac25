import { afterAll, beforeAll, expect, it } from 'vitest';
import { createMatchRepository } from '../../db/match-repository.js';
import { createHarness, type Harness } from './support/harness.js';
import { get, signIn } from './support/session.js';

// The bank-only panel offered a rule's proposal "proposed by rule pos-subscription": the configuration id an
// accountant never saw. It names the rule as its maker did.

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h?.close());

it('names the rule that proposed the posting by its name, and by its id only when it has none', async () => {
  const line = h.bank[6]!;
  const matches = createMatchRepository(h.db.db);
  const suggest = (ruleId: string, evidence: string) =>
    matches.insertGroup({
      accountId: h.accountId,
      runId: null,
      kind: 'rule',
      status: 'suggested',
      confidence: 0.6,
      currency: 'NGN',
      differenceMinor: 0,
      writeOff: null,
      evidence: [{ kind: 'rule', detail: evidence, weight: 0.6 }],
      ruleId,
      proposed: { account: 'POS charges', description: 'POS terminal subscription', amountMinor: -1_500_000 },
      rank: 1,
      candidateSet: null,
      idempotencyKey: null,
      decidedBy: null,
      decidedAt: null,
      createdAt: '2026-10-08T10:00:00Z',
      items: [{ side: 'bank', itemId: Number(line), amountMinor: -1_500_000 }],
    });
  const panel = async () => {
    const rita = await signIn(h.app, 'rita');
    const res = await get(h.app, rita, `/accounts/${h.accountId}/lines/${line}/bank-only`);
    expect(res.statusCode).toBe(200);
    return res.body.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');
  };

  const named = await suggest('pos-subscription', 'rule pos-subscription (POS terminal annual subscription)');
  expect(await panel()).toContain('proposed by rule POS terminal annual subscription');
  expect(await panel()).not.toContain('pos-subscription');

  await matches.setStatus(named, 'suggested', {
    status: 'rejected',
    decidedBy: 'rita',
    decidedAt: '2026-10-09T10:00:00Z',
  });
  await suggest('my-pos-rule', 'rule my-pos-rule');
  expect(await panel()).toContain('proposed by rule my-pos-rule');
});
