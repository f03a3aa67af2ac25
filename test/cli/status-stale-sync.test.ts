import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { updateAccount, upsertAccount } from '../../db/account-repository.js';
import { statusReport } from '../../worker/commands/status-command.js';
import { staleSyncBoundMs, staleSyncLine } from '../../worker/commands/status-stale-sync.js';
import { acquireDataDirLock, lockFile } from '../../worker/data-dir-lock.js';
import type { BankfeedSettings } from '../../worker/settings.js';
import { openSqliteTestDb } from '../support/databases.js';

// `bankfeed status` flagged no last sync however old: a worker running for days while nothing synced (its Temporal
// gone, its polls stuck) passed the cron check. It now says so and exits 1 when every account that should sync last
// did so more than two days ago (or two polls, when the polls are rarer) under a worker running for at least a poll.
// Session 41: with no worker running here (stopped cleanly, or running elsewhere against PostgreSQL) it said nothing
// and exited 0 every morning; nothing syncs then either, so it is flagged too, with no first round to wait for.

const HOUR = 3_600_000;
const NOW = new Date('2026-12-07T04:00:00.000Z');
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();
const worker = { startedAt: ago(10 * 24 * HOUR) };
const ELSEWHERE =
  'no worker runs on this data directory: start one, or where the workers run elsewhere (PostgreSQL) see their log';

describe('the stale-sync line', () => {
  it('flags a running worker under which no account has synced for over two days', () => {
    const accounts = [
      { state: 'ACTIVE', lastSync: ago(50 * HOUR) },
      { state: 'SYNCING', lastSync: ago(49 * HOUR) },
      { state: 'UNLINKED', lastSync: ago(HOUR) },
      { state: 'REAUTH_REQUIRED', lastSync: ago(HOUR) },
    ];
    expect(staleSyncLine(accounts, worker, NOW)).toBe(
      `no account has synced since ${ago(49 * HOUR)}, over 2 days, while the worker runs: nothing new reaches the database; see the worker's console and log`,
    );
  });

  it('says nothing when one account synced lately or none should sync', () => {
    expect(
      staleSyncLine(
        [
          { state: 'ACTIVE', lastSync: ago(200 * HOUR) },
          { state: 'ACTIVE', lastSync: ago(47 * HOUR) },
        ],
        worker,
        NOW,
      ),
    ).toBeNull();
    expect(staleSyncLine([{ state: 'UNLINKED', lastSync: ago(200 * HOUR) }], worker, NOW)).toBeNull();
    expect(staleSyncLine([], worker, NOW)).toBeNull();
    expect(staleSyncLine([{ state: 'ACTIVE', lastSync: ago(47 * HOUR) }], null, NOW)).toBeNull();
    expect(staleSyncLine([{ state: 'UNLINKED', lastSync: ago(200 * HOUR) }], null, NOW)).toBeNull();
  });

  it('flags it with no worker running here too, saying so, with no first round to wait for', () => {
    const stale = [
      { state: 'ACTIVE', lastSync: ago(60 * HOUR) },
      { state: 'SYNCING', lastSync: ago(50 * HOUR) },
    ];
    expect(staleSyncLine(stale, null, NOW)).toBe(
      `no account has synced since ${ago(50 * HOUR)}, over 2 days: nothing new reaches the database\n  ${ELSEWHERE}`,
    );
    // rare polls: two of them may pass, worker or not
    expect(staleSyncLine([{ state: 'ACTIVE', lastSync: ago(140 * HOUR) }], null, NOW, 72 * HOUR)).toBeNull();
    expect(staleSyncLine([{ state: 'ACTIVE', lastSync: ago(150 * HOUR) }], null, NOW, 72 * HOUR)).toMatch(
      /, over 6 days: nothing new reaches the database\n {2}no worker runs/,
    );
  });

  it('gives a worker started less than a poll ago its first round, and bounds rare polls at two of them', () => {
    const stale = [{ state: 'ACTIVE', lastSync: ago(200 * HOUR) }];
    expect(staleSyncLine(stale, { startedAt: ago(5 * HOUR) }, NOW)).toBeNull();
    expect(staleSyncLine(stale, { startedAt: ago(7 * HOUR) }, NOW)).toMatch(/^no account has synced since /);
    // polls every 3 days: two of them may pass
    expect(staleSyncBoundMs(72 * HOUR)).toBe(144 * HOUR);
    expect(staleSyncLine([{ state: 'ACTIVE', lastSync: ago(140 * HOUR) }], worker, NOW, 72 * HOUR)).toBeNull();
    expect(staleSyncLine([{ state: 'ACTIVE', lastSync: ago(150 * HOUR) }], worker, NOW, 72 * HOUR)).toMatch(
      /, over 6 days,/,
    );
  });

  it('an account that should sync and never has is measured from the worker’s start, or with none from its link', () => {
    const never = [{ state: 'ACTIVE', lastSync: null, linkedAt: ago(100 * HOUR) }];
    expect(staleSyncLine(never, { startedAt: ago(30 * HOUR) }, NOW)).toBeNull();
    expect(staleSyncLine(never, worker, NOW)).toMatch(/^no account has synced since the worker started \(/);
    expect(staleSyncLine(never, null, NOW)).toBe(
      `no account has synced since the latest link (${ago(100 * HOUR)}), over 2 days: nothing new reaches the database\n  ${ELSEWHERE}`,
    );
    expect(staleSyncLine([{ state: 'ACTIVE', lastSync: null, linkedAt: ago(40 * HOUR) }], null, NOW)).toBeNull();
    // nothing to measure from
    expect(staleSyncLine([{ state: 'ACTIVE', lastSync: null }], null, NOW)).toBeNull();
  });
});

describe('bankfeed status with nothing synced for days', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bankfeed-status-stale-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('with a running worker, says it under the worker line and exits 1; --json says it on stderr', async () => {
    const db = await openSqliteTestDb();
    try {
      const id = '66a0000000000000000c4101';
      const at = new Date(Date.now() - 3 * 24 * HOUR).toISOString();
      await upsertAccount(
        db.db,
        {
          id,
          name: 'Adebayo Foods Ltd',
          institutionName: 'GTBank',
          institutionCode: null,
          accountNumberMasked: null,
          currency: 'NGN',
          timezone: 'Africa/Lagos',
          accountType: null,
          customerId: null,
          dataStatus: null,
          balanceMinor: null,
          balanceAsOf: null,
        },
        at,
      );
      await updateAccount(db.db, id, { state: 'ACTIVE', last_synced_at: at });
      // this process stands in for a worker that has held the data directory for a week
      const startedAt = new Date(Date.now() - 7 * 24 * HOUR).toISOString();
      writeFileSync(lockFile(dir), JSON.stringify({ pid: process.pid, startedAt, command: 'worker' }));
      const settings = { dataDir: dir, reauthLinkTtlMs: 24 * HOUR } as BankfeedSettings;
      for (const json of [false, true]) {
        let stdout = '';
        let stderr = '';
        const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
        const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
        let code: number;
        try {
          code = await statusReport({ settings, db: db.db }, { json });
        } finally {
          o.mockRestore();
          e.mockRestore();
        }
        expect(code).toBe(1);
        const said = `no account has synced since ${at}, over 2 days, while the worker runs`;
        if (json) expect(stderr).toContain(said);
        else expect(stdout.split('\n')[1]).toContain(said);
      }
    } finally {
      rmSync(lockFile(dir), { force: true });
      await db.dispose();
    }
  });

  it('with the worker stopped cleanly, says it under the worker line and exits 1; a never-synced account counts from its link', async () => {
    const db = await openSqliteTestDb();
    const stopped = mkdtempSync(join(tmpdir(), 'bankfeed-status-stale-stopped-'));
    try {
      const linkedAt = new Date(Date.now() - 3 * 24 * HOUR).toISOString();
      await upsertAccount(
        db.db,
        {
          id: '66a0000000000000000c4102',
          name: 'Kente Weavers Ltd',
          institutionName: 'GTBank',
          institutionCode: null,
          accountNumberMasked: null,
          currency: 'NGN',
          timezone: 'Africa/Lagos',
          accountType: null,
          customerId: null,
          dataStatus: null,
          balanceMinor: null,
          balanceAsOf: null,
        },
        linkedAt,
      );
      await updateAccount(db.db, '66a0000000000000000c4102', { state: 'ACTIVE' });
      // the worker ran and stopped cleanly (SIGTERM) two and a half days ago
      let at = Date.now() - 2.9 * 24 * HOUR;
      const lock = acquireDataDirLock(stopped, 'worker', () => new Date(at));
      at = Date.now() - 2.5 * 24 * HOUR;
      lock.release();
      const settings = { dataDir: stopped, reauthLinkTtlMs: 24 * HOUR } as BankfeedSettings;
      let stdout = '';
      const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
      let code: number;
      try {
        code = await statusReport({ settings, db: db.db }, {});
      } finally {
        o.mockRestore();
      }
      expect(code).toBe(1);
      const [workerLine, staleLine, advice] = stdout.split('\n');
      expect(workerLine).toMatch(/^no worker running since /);
      expect(staleLine).toBe(
        `no account has synced since the latest link (${linkedAt}), over 2 days: nothing new reaches the database`,
      );
      expect(advice).toBe(`  ${ELSEWHERE}`);
      for (const line of stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(120);
    } finally {
      rmSync(stopped, { recursive: true, force: true });
      await db.dispose();
    }
  });
});
