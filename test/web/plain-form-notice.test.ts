import { afterAll, beforeAll, expect, it } from 'vitest';
import { createHarness, type Harness, suggestions } from './support/harness.js';
import { get, post, signIn, type Session } from './support/session.js';

// A decision posted as a plain form (the queue's own Undo before htmx has taken over, or JavaScript off) reloads the
// queue; it must say what happened in the same words as the row htmx swaps in.

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h?.close());

const okNotices = (body: string) =>
  [...body.matchAll(/<div class="notice ok"[^>]*>([^<]*)<\/div>/g)].map((m) => m[1]!.trim());
const review = (accountId: string) => `/accounts/${accountId}/review`;

async function accept(s: Session, groupId: number, line: number): Promise<number> {
  const res = await post(h.app, s, `/accounts/${h.accountId}/groups/${groupId}/confirm`, { line });
  expect(res.statusCode).toBe(200);
  const audit = await h.db.db
    .selectFrom('audit_log')
    .select('id')
    .where('action', '=', 'confirm')
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  return Number(audit.id);
}

/** The hidden fields of the queue's own "Your last decision … Undo" form, as the page renders it. */
function lastUndoForm(body: string): { action: string; fields: Record<string, string> } {
  const form = /<div id="last-undo">\s*<form method="post" action="([^"]+)">([\s\S]*?)<\/form>/.exec(body);
  if (!form) throw new Error('no Undo form on the queue');
  const fields = Object.fromEntries(
    [...form[2]!.matchAll(/<input\s+type="hidden"\s+name="([^"]+)"\s+value="([^"]*)"/g)].map((m) => [
      m[1]!,
      m[2]!.replace(/&amp;/g, '&'),
    ]),
  );
  return { action: form[1]!, fields };
}

it('shows "Undone by …" after the queue’s own Undo form, as the htmx row says it, once', async () => {
  const s = await signIn(h.app, 'rita');
  const [g] = await suggestions(h);
  const line = g!.bankIds[0]!;

  // The htmx path's words.
  const viaHtmx = await post(h.app, s, `/accounts/${h.accountId}/undo`, {
    auditId: await accept(s, g!.id, line),
    line,
  });
  expect(viaHtmx.statusCode).toBe(200);
  expect(okNotices(viaHtmx.body)).toEqual(['Undone by Rita.']);

  // The same decision undone from a freshly loaded queue, whose Undo is a plain form.
  await accept(s, g!.id, line);
  const page = await get(h.app, s, `${review(h.accountId)}?view=matched`);
  const { action, fields } = lastUndoForm(page.body);
  const undone = await post(h.app, s, action, fields, false);
  expect(undone.statusCode).toBe(303);
  expect(undone.headers.location).toBe(`${review(h.accountId)}?view=matched`);
  const status = await h.db.db.selectFrom('match_groups').select('status').where('id', '=', g!.id).executeTakeFirst();
  expect(status?.status).toBe('suggested');

  const after = await get(h.app, s, undone.headers.location as string);
  expect(okNotices(after.body)).toEqual(['Undone by Rita.']);
  // One-shot: a reload does not say it again.
  expect(okNotices((await get(h.app, s, undone.headers.location as string)).body)).toEqual([]);
});

it('says the same after any other decision posted as a plain form', async () => {
  const s = await signIn(h.app, 'rita');
  const [g] = await suggestions(h);
  const back = `${review(h.accountId)}?view=suggested`;
  const res = await post(
    h.app,
    s,
    `/accounts/${h.accountId}/groups/${g!.id}/confirm`,
    { line: g!.bankIds[0], back },
    false,
  );
  expect(res.statusCode).toBe(303);
  expect(okNotices((await get(h.app, s, res.headers.location as string)).body)).toEqual(['Accepted by Rita.']);
});
