import { createServer } from 'node:net';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { resolveRunningSettings } from '../../worker/running-settings.js';
import { loadSettings } from '../../worker/settings.js';
import { sharedRetryAfterHold } from '../../worker/shared-retry-after-hold.js';
import type { StackContext } from '../../worker/stack-processes.js';
import { startWebProcess } from '../../web/web-process.js';
import { openSqliteTestDb } from '../support/databases.js';

function context(db: StackContext['db'], env: Record<string, string>): StackContext {
  const settings = loadSettings({ BANKFEED_DATA_DIR: '/tmp/bankfeed-web-process-test', ...env });
  return {
    settings,
    running: resolveRunningSettings(settings, null),
    logger: pino({ level: 'silent' }),
    db,
    ledger: null,
    clock: () => new Date(),
    reportSink: { write: async () => [] } as unknown as StackContext['reportSink'],
    temporal: { client: {} as StackContext['temporal']['client'], taskQueue: 'q', uiUrl: null },
    disabled: [],
    retryAfterHold: sharedRetryAfterHold(db),
  };
}

describe('the web app as a process of the stack', () => {
  it('creates the demo admin once in demo mode and serves on the configured port', async () => {
    const db = await openSqliteTestDb();
    try {
      const p = await startWebProcess(context(db.db, { BANKFEED_WEB_PORT: '0' }));
      expect(p?.label).toBe('Review');
      expect(p?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const res = await fetch(new URL('/sign-in', p!.url!));
      expect(res.status).toBe(200);
      await p!.stop();
      const admins = await db.db.selectFrom('users').selectAll().execute();
      expect(admins.map((u) => [u.username, u.role])).toEqual([['demo-admin', 'admin']]);
      const again = await startWebProcess(context(db.db, { BANKFEED_WEB_PORT: '0' }));
      await again!.stop();
      expect(await db.db.selectFrom('users').selectAll().execute()).toHaveLength(1);
    } finally {
      await db.dispose();
    }
  });

  it('leaves the worker running without the app when its port is taken', async () => {
    const db = await openSqliteTestDb();
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as { port: number }).port;
    try {
      const p = await startWebProcess(context(db.db, { BANKFEED_WEB_PORT: String(port) }));
      expect(p).toBeNull();
    } finally {
      blocker.close();
      await db.dispose();
    }
  });
});
