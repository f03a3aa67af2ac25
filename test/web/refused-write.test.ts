import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, suggestions } from './support/harness.js';
import { get, pageText, post, signIn } from './support/session.js';

// A reviewer's decision when the database refuses the write (its disk full): the page answered 500 "Something went
// wrong on our side", which sends the person to try again and again, and says nothing an administrator could act on.
// It should be a 503 that says the database refused the write and why (full, read-only), nothing saved; never the
// driver's message, a stack, or the database's address (a PostgreSQL URL may hold its password).

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h?.close());
afterEach(async () => {
  await sql.raw('drop trigger if exists web_refused_full').execute(h.db.db);
});

/** Every change of a match group is refused as SQLite says a full disk; sign-in and the session still work. */
async function diskFullForDecisions(): Promise<void> {
  await sql
    .raw(
      `create trigger web_refused_full before update on match_groups
         begin select raise(abort, 'SQLITE_FULL: database or disk is full'); end`,
    )
    .execute(h.db.db);
}

describe('a decision whose write the database refuses', () => {
  it('answers 503 naming the refusal, as a page and as an htmx notice, with no stack', async () => {
    const s = await signIn(h.app, 'rita');
    const g = (await suggestions(h)).find((x) => x.differenceMinor === 0)!;
    await diskFullForDecisions();
    for (const htmx of [true, false]) {
      const res = await post(
        h.app,
        s,
        `/accounts/${h.accountId}/groups/${g.id}/confirm`,
        { line: g.bankIds[0]! },
        htmx,
      );
      expect(res.statusCode, `htmx ${htmx}`).toBe(503);
      const words = pageText(res.body);
      expect(words).toContain('Not saved: the database refused the write (database or disk is full, SQLITE_FULL)');
      expect(words).toContain('nothing was changed');
      expect(words).not.toContain('Something went wrong on our side');
      expect(res.body).not.toMatch(/SqliteError|\bat .+\.(ts|js):\d+/);
    }
    // nothing was saved: the suggestion is still waiting
    expect((await suggestions(h)).map((x) => x.id)).toContain(g.id);
  });

  // A bulk action runs as a server-side job: its end says the same words, not "something went wrong".
  it('ends a bulk job with the refusal in words, nothing done', async () => {
    const s = await signIn(h.app, 'rita');
    await diskFullForDecisions();
    const base = `/accounts/${h.accountId}/bulk`;
    const preview = await get(h.app, s, `${base}?action=confirm&view=suggested&min=0`);
    const expected = Number(/name="expected"\s+value="(\d+)"/.exec(preview.body)![1]);
    expect(expected).toBeGreaterThan(0);
    const res = await post(h.app, s, base, { action: 'confirm', expected, view: 'suggested', min: '0' });
    expect(res.statusCode).toBe(202);
    await h.app.bulkJobs.settled(Number(/jobs\/(\d+)/.exec(res.body)![1]));
    const job = await h.db.db.selectFrom('web_bulk_jobs').selectAll().executeTakeFirstOrThrow();
    expect(job.state).toBe('failed');
    expect(job.message).toMatch(/^Not saved: the database refused the write \(database or disk is full, SQLITE_FULL\)/);
  });
});
