import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../adapters/reports/index.js';
import { createHarness, type Harness } from './support/harness.js';
import { get, post, signIn } from './support/session.js';

// A bank-only line a reviewer explains to a ledger account ("Bank charges") is listed on the statement under that
// account; it was grouped as "rule:rule", as if a rule named "rule" had classified it, and then as a write-off to it.

describe('a bank-only line on the statement', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(async () => h?.close());

  it('is grouped under the account the reviewer named', async () => {
    const rita = await signIn(h.app, 'rita');
    const line = h.bank[6]!;
    const done = await post(h.app, rita, `/accounts/${h.accountId}/lines/${line}/bank-only`, {
      line,
      account: 'Bank charges',
    });
    expect(done.statusCode).toBe(200);
    const doc = JSON.parse(
      (await get(h.app, rita, `/accounts/${h.accountId}/statement.json?end=2026-10-31`)).body,
    ) as ReportDocument;
    const item = doc.statements[0]!.statement.debitsNotInBooks.items.find((i) => i.id === String(line))!;
    expect(item.group).toBe('bank-only:Bank charges');
  });
});
