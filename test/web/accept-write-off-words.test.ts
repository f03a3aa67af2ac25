import { afterAll, beforeAll, expect, it } from 'vitest';
import { createHarness, type Harness, suggestions } from './support/harness.js';
import { get, post, signIn } from './support/session.js';

// "Accept…" with a write-off stores a hand match (the same status as Find & match), so the row and the audit trail
// said "Matched by hand" beside a notice saying "Accepted with write-off". They say what happened.

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h?.close());

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

it('names an accepted suggestion with a write-off as such on its row, in the audit trail and in its undo', async () => {
  const s = await signIn(h.app, 'rita');
  const short = (await suggestions(h)).find((g) => g.differenceMinor === -10_000)!;
  const line = short.bankIds[0]!;
  const res = await post(h.app, s, `/accounts/${h.accountId}/groups/${short.id}/write-off`, {
    line,
    account: 'Bank charges',
  });
  expect(res.statusCode).toBe(200);
  expect(text(res.body)).toContain('Accepted with a write-off by');
  expect(text(res.body)).not.toContain('Matched by hand');

  const row = (await get(h.app, s, `/accounts/${h.accountId}/review?view=matched`)).body;
  const own = text(
    row.slice(row.indexOf(`id="line-${line}"`), row.indexOf('class="panel"', row.indexOf(`id="line-${line}"`))),
  );
  expect(own).toContain('Accepted with a write-off by');

  const trail = async () =>
    text((await get(h.app, s, `/audit?account=${h.accountId}&line=${line}`)).body.split('<tbody>')[1]!);
  expect(await trail()).toContain('Accepted with a write-off');
  expect(await trail()).toContain('→ accepted with a write-off');
  expect(await trail()).not.toContain('Matched by hand');

  const audit = await h.db.db
    .selectFrom('audit_log')
    .select('id')
    .where('action', '=', 'manual_match')
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  expect((await post(h.app, s, `/accounts/${h.accountId}/undo`, { line, auditId: audit.id })).statusCode).toBe(200);
  expect(await trail()).toContain('(accepted with a write-off)');
});
