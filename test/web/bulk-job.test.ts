import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type DbHandle } from '../../db/connection.js';
import { createUserAdmin } from '../../web/auth/user-admin.js';
import { createWebApp } from '../../web/app.js';
import { databaseKinds, openPostgresTestDb } from '../support/databases.js';
import { seedPendingSuggestions } from './support/pending-suggestions.js';
import { get, PASSWORD, post, type Session, signIn } from './support/session.js';

const LINES = 120; // 60 at 97%: the "≥ 95%" selection, decided 10 at a time
const kinds = (await databaseKinds()).map((k) => k.name);

// SQLite as `start` runs it: a file, the app on one connection and bulk jobs on a second one.
describe.each(kinds)('a bulk action as a server-side job, on %s', (kind) => {
  let main: DbHandle & { dispose?: () => Promise<void> };
  let jobDb: DbHandle | null = null;
  let dir: string | null = null;
  let app: FastifyInstance;
  let s: Session;
  let observer: (jobId: number, p: { done: number; total: number }) => Promise<void> = async () => {};

  beforeEach(async () => {
    if (kind === 'postgres') main = await openPostgresTestDb();
    else {
      dir = mkdtempSync(join(tmpdir(), 'bankfeed-bulk-job-'));
      main = await openDb({ url: join(dir, 'app.sqlite') });
      jobDb = await openDb({ url: join(dir, 'app.sqlite'), migrate: false });
    }
    await seedPendingSuggestions(main.db, 'bulk', LINES);
    await createUserAdmin({ db: main.db }).add({
      username: 'rita',
      role: 'reviewer',
      password: PASSWORD,
      actor: 'test',
    });
    app = await createWebApp({
      db: main.db,
      jobDb: jobDb?.db ?? null,
      bulkChunkSize: 10,
      bulkObserver: (id, p) => observer(id, p),
    });
    s = await signIn(app, 'rita');
  });
  afterEach(async () => {
    observer = async () => {};
    await app.close();
    await jobDb?.close();
    await (main.dispose ?? main.close)();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const confirmedCount = async () =>
    Number(
      (
        await main.db
          .selectFrom('match_groups')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('status', '=', 'confirmed')
          .executeTakeFirstOrThrow()
      ).n,
    );
  const start = async () => {
    const preview = await get(app, s, '/accounts/bulk/bulk?action=confirm&view=suggested&min=95');
    const expected = Number(/name="expected"\s+value="(\d+)"/.exec(preview.body)![1]);
    const res = await post(app, s, '/accounts/bulk/bulk', {
      action: 'confirm',
      expected,
      view: 'suggested',
      min: '95',
    });
    expect(res.statusCode).toBe(202);
    return { expected, url: /hx-get="([^"]+)"/.exec(res.body)![1]!, jobId: Number(/jobs\/(\d+)/.exec(res.body)![1]) };
  };

  it('shows real progress while its one transaction runs, and commits everything at the end', async () => {
    const seen: Array<{ done: number; page: string; visible: number }> = [];
    // Inside the job, after each chunk: what a person polling sees, and what the database shows anyone else.
    observer = async (id, p) => {
      if (p.done === 20 || p.done === 50)
        seen.push({
          done: p.done,
          page: (await get(app, s, `/accounts/bulk/bulk/jobs/${id}`)).body,
          visible: await confirmedCount(),
        });
    };
    const { expected, url, jobId } = await start();
    expect(expected).toBe(LINES / 2);
    await app.bulkJobs.settled(jobId);
    expect(seen.map((x) => x.done)).toEqual([20, 50]);
    for (const x of seen) {
      expect(x.page).toContain(`<progress value="${x.done}" max="${expected}"`);
      expect(x.page).toContain('hx-get');
      // Nothing is committed before the end: all or nothing.
      expect(x.visible).toBe(0);
    }
    const end = await get(app, s, url);
    expect(end.statusCode).toBe(303);
    expect(end.headers.location).not.toContain('flash');
    expect((await get(app, s, end.headers.location as string)).body).toContain(`Accepted ${expected} suggestions`);
    expect(await confirmedCount()).toBe(expected);
    const job = await main.db.selectFrom('web_bulk_jobs').selectAll().executeTakeFirstOrThrow();
    expect([job.state, Number(job.done), job.actor]).toEqual(['done', expected, 'rita']);
  });

  it('writes nothing when a chunk fails half-way, and says so', async () => {
    observer = async (_id, p) => {
      if (p.done === 30) throw new Error('disk full');
    };
    const { url, jobId } = await start();
    await app.bulkJobs.settled(jobId);
    expect(await confirmedCount()).toBe(0);
    const audit = await main.db.selectFrom('audit_log').selectAll().where('action', '=', 'confirm').execute();
    expect(audit).toEqual([]);
    const page = await get(app, s, url);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Nothing was done');
    const job = await main.db.selectFrom('web_bulk_jobs').selectAll().executeTakeFirstOrThrow();
    expect(job.state).toBe('failed');
    // Another account's job id names nothing.
    expect((await get(app, s, url.replace('/accounts/bulk/', '/accounts/other/'))).statusCode).toBe(404);
  });
});
