import { afterAll, beforeAll, expect, it } from 'vitest';
import { createHarness, type Harness, suggestions } from './support/harness.js';
import { get, post, signIn } from './support/session.js';

// A suggestion accepted with a write-off is stored as a hand match; the trail names it so on its own entry and on
// its undo. Unmatched later, the entry's status move still said "matched by hand → undone": the trail named the
// decision that was unmatched wrongly.

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h?.close());

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

it('says "accepted with a write-off → undone" when such a match is unmatched', async () => {
  const s = await signIn(h.app, 'rita');
  const short = (await suggestions(h)).find((g) => g.differenceMinor === -10_000)!;
  const line = short.bankIds[0]!;
  const res = await post(h.app, s, `/accounts/${h.accountId}/groups/${short.id}/write-off`, {
    line,
    account: 'Bank charges',
  });
  expect(res.statusCode).toBe(200);
  const made = await h.db.db
    .selectFrom('audit_log')
    .select('entity_id')
    .where('action', '=', 'manual_match')
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  const un = await post(h.app, s, `/accounts/${h.accountId}/groups/${made.entity_id}/unmatch`, { line });
  expect(un.statusCode).toBe(200);

  const rows = (await get(h.app, s, `/audit?account=${h.accountId}&line=${line}`)).body.split('<tbody>')[1]!;
  const unmatchRow = text(rows.split('</tr>').find((r) => /Unmatched/i.test(text(r)))!);
  expect(unmatchRow).toContain('accepted with a write-off → undone');
  expect(unmatchRow).not.toContain('matched by hand');
});
