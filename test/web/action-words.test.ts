import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './support/harness.js';
import { get, post, signIn } from './support/session.js';

// The audit trail and the queue's undo named decisions by their stored codes ("manual_match", "statement.finish",
// "match_group 12"): a person reads what happened; the codes stay the filter's values and the CSV's column.

/** The words on the page, without tags or attribute values (where the codes may stay, as form values). */
function words(body: string): string {
  return body.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');
}

describe('decisions named in words', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(async () => h?.close());

  it('on the queue, the audit trail and its filter; the CSV keeps the codes', async () => {
    const rita = await signIn(h.app, 'rita');
    const matched = await post(h.app, rita, `/accounts/${h.accountId}/match`, {
      line: h.bank[5],
      ledger: [h.ledger[4], h.ledger[5]],
    });
    expect(matched.statusCode).toBe(200);

    const queue = words((await get(h.app, rita, `/accounts/${h.accountId}/review?view=matched`)).body);
    expect(queue).toContain('Your last decision: Matched by hand');
    expect(queue).not.toContain('manual_match');

    const audit = await get(h.app, rita, `/audit?account=${h.accountId}&action=manual_match`);
    const text = words(audit.body);
    expect(text).toContain('Matched by hand');
    expect(text).toMatch(/match #\d+/);
    for (const code of ['manual_match', 'statement.finish', 'match_group', 'sign_in', 'auto_match'])
      expect(text, code).not.toContain(code);
    // The filter still sends the code, and kept the one chosen.
    expect(audit.body).toContain('<option value="manual_match" selected>Matched by hand</option>');

    const csv = (await get(h.app, rita, `/audit.csv?account=${h.accountId}&action=manual_match`)).body;
    expect(csv).toContain(',manual_match,');
  });
});
