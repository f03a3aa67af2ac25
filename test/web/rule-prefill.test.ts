import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedBank } from '../reconciliation/seed.js';
import { createHarness, type Harness } from './support/harness.js';
import { get, post, signIn } from './support/session.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h?.close());

const NARRATION = 'NIP/TRF/050211251125100047056916634152/SAMUEL OLAMIDE/SALARY NOV 2025';

it('prefills a rule from a line that, previewed as prefilled, classifies that line', async () => {
  const [line] = await seedBank(h.db.db, h.accountId, [
    { date: '2026-10-20', amountMinor: -44_296_300, narration: NARRATION },
  ]);
  const ada = await signIn(h.app, 'ada');
  const form = await get(h.app, ada, `/accounts/${h.accountId}/lines/${line}/rule`);
  expect(form.statusCode).toBe(200);
  const field = (name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(form.body)?.[1] ?? '';
  const contains = field('contains');
  expect(contains).not.toBe('');
  expect(NARRATION).toContain(contains);
  // the ledger account is left for the person to name (walk-s26: the write-off account prefilled for any line)
  expect(field('ledgerAccount')).toBe('');
  const preview = await post(h.app, ada, `/accounts/${h.accountId}/rules/preview`, {
    id: field('id'),
    contains,
    direction: 'debit',
    min: field('min'),
    max: field('max'),
    ledgerAccount: 'Salaries',
  });
  expect(preview.statusCode).toBe(200);
  expect(preview.body).toContain('<b>1</b> of the');
  expect(preview.body).toContain('SAMUEL OLAMIDE');
});

it('prefills the payee the line’s counterparty field names, and the rule so prefilled still classifies the line', async () => {
  const [line] = await seedBank(h.db.db, h.accountId, [
    {
      date: '2026-10-21',
      amountMinor: -1_250_000,
      narration: 'NIP/TRF/050211251125100047056916634999/MONTHLY RETAINER',
      counterpartyName: 'OKON FREIGHT SERVICES',
    },
  ]);
  const ada = await signIn(h.app, 'ada');
  const form = await get(h.app, ada, `/accounts/${h.accountId}/lines/${line}/rule`);
  const field = (name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(form.body)?.[1] ?? '';
  expect(field('counterparty')).toBe('OKON FREIGHT SERVICES');
  const preview = await post(h.app, ada, `/accounts/${h.accountId}/rules/preview`, {
    id: field('id'),
    contains: field('contains'),
    direction: 'debit',
    min: field('min'),
    max: field('max'),
    counterparty: field('counterparty'),
    ledgerAccount: 'Haulage',
  });
  expect(preview.statusCode).toBe(200);
  expect(preview.body).toContain('<b>1</b> of the');
  expect(preview.body).toContain('MONTHLY RETAINER');
});
