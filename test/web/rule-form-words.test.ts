import { afterAll, beforeAll, expect, it } from 'vitest';
import { createHarness, type Harness } from './support/harness.js';
import { post, signIn } from './support/session.js';

// A rule the form cannot save is refused in the form's own words (its labels), not in the rule file's field names.

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h?.close());

const rule = (fields: Record<string, string>) => ({
  id: 'pos-fee',
  contains: '',
  direction: '',
  min: '',
  max: '',
  counterparty: '',
  ledgerAccount: 'Bank charges',
  ...fields,
});

it('names Min amount and Max amount when the range is the wrong way round', async () => {
  const ada = await signIn(h.app, 'ada');
  const res = await post(h.app, ada, `/accounts/${h.accountId}/rules/preview`, rule({ min: '1,000.00', max: '35' }));
  expect(res.statusCode).toBe(400);
  expect(res.body).toContain('Min amount (₦1,000.00) is above Max amount (₦35.00)');
  expect(res.body).not.toMatch(/amountM(in|ax)Minor/);
});

it('asks for a condition when none is given', async () => {
  const ada = await signIn(h.app, 'ada');
  const res = await post(h.app, ada, `/accounts/${h.accountId}/rules/preview`, rule({}));
  expect(res.statusCode).toBe(400);
  expect(res.body).toContain('give at least one condition');
  expect(res.body).not.toContain('when:');
});
