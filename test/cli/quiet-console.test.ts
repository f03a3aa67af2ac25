import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApplicationFailure } from '@temporalio/common';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { updateAccount, upsertAccount } from '../../db/account-repository.js';
import { openDb } from '../../db/connection.js';
import { consoleNotifier } from '../../worker/bankfeed-worker.js';
import { createLogger } from '../../worker/logger.js';
import { sdkNotice } from '../../worker/runtime.js';

const dirs: string[] = [];
afterAll(() => {
  const ds = dirs.splice(0);
  process.once('exit', () => ds.forEach((d) => rmSync(d, { recursive: true, force: true })));
});

async function settle(ms = 300) {
  await new Promise((r) => setTimeout(r, ms));
}

describe('the quiet console', () => {
  it('prints one line per event that matters; the log file keeps every record with its stack', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bankfeed-console-'));
    dirs.push(dir);
    const lines: string[] = [];
    const logger = createLogger({ dataDir: dir, level: 'info', consoleOut: (l) => lines.push(l) });
    const failure = ApplicationFailure.create({ type: 'Mono_server_error', message: 'Mono answered 503 twice' });
    // What the SDK logs when an activity fails, as the runtime logger hands it on.
    logger.child({ sdk: 'temporal' }).warn(
      {
        err: failure,
        activityType: 'syncAccount',
        attempt: 2,
        workflowId: 'account-feed:6600000000000000000e1340',
        notice: sdkNotice('Activity failed', {
          error: failure,
          activityType: 'syncAccount',
          attempt: 2,
          workflowId: 'account-feed:6600000000000000000e1340',
        }),
      },
      'Activity failed',
    );
    logger.warn({ accountId: 'x', breaks: 2 }, 'window failed its checks; fetching it again'); // expected: file only
    logger.info('worker and webhook receiver running'); // file only
    logger.warn(
      { reason: 'missing header', remote: '127.0.0.1' },
      'webhook rejected: bad or missing mono-webhook-secret',
    );
    logger.error({ err: new Error('disk full\n    at somewhere (x.ts:1:1)') }, 'report write failed');
    await settle();
    logger.flush();
    await settle();

    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /^\d\d:\d\d:\d\d sync of account 6600000000000000000e1340 failed \(syncAccount, attempt 2\); it will be retried: Mono answered 503 twice\n$/,
    );
    expect(lines[1]).toMatch(/webhook rejected: bad or missing mono-webhook-secret \(missing header\)\n$/);
    expect(lines[2]).toMatch(/error: report write failed: disk full\n$/);
    expect(lines.join('')).not.toMatch(/^\s+at /m);

    const log = readFileSync(join(dir, 'logs', 'bankfeed.log'), 'utf8');
    expect(log).toContain('window failed its checks');
    expect(log).toContain('worker and webhook receiver running');
    expect(log).toMatch(/"stack":"ApplicationFailure: Mono answered 503 twice\\n\s+at /);
  });

  it('a re-authorisation failure is left to the notifier; a failure that is not retried says so', () => {
    const reauth = ApplicationFailure.create({ type: 'ReauthRequired', message: 'reauth', nonRetryable: true });
    expect(sdkNotice('Activity failed', { error: reauth, workflowId: 'account-feed:a' })).toBeUndefined();
    const gone = ApplicationFailure.create({ type: 'MonoNotFound', message: 'account not found', nonRetryable: true });
    expect(sdkNotice('Activity failed', { error: gone, activityType: 'getAccountDetails', attempt: 1 })).toBe(
      'getAccountDetails failed (getAccountDetails, attempt 1); it will not be retried: account not found',
    );
    expect(sdkNotice('Activity completed', {})).toBeUndefined();
  });
});

describe('the re-authorisation notice', () => {
  it('prints the link once on the console, never in the log, and a reminder names the newest live link', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bankfeed-notice-'));
    dirs.push(dir);
    const db = await openDb({ url: join(dir, 'bankfeed.db') });
    const id = '6600000000000000000e1341';
    await upsertAccount(
      db.db,
      {
        id,
        name: 'Lekki Logistics',
        institutionName: 'Access Bank',
        institutionCode: '044',
        accountNumberMasked: null,
        currency: 'NGN',
        timezone: 'Africa/Lagos',
        accountType: null,
        customerId: null,
        dataStatus: 'AVAILABLE',
        balanceMinor: null,
        balanceAsOf: null,
      },
      new Date().toISOString(),
    );
    // A restart issued a fresh link after the feed made its own.
    const fresh = 'https://connect.mono.co/reauth/fresh-session-1341';
    await updateAccount(db.db, id, {
      state: 'REAUTH_REQUIRED',
      reauth_url: fresh,
      reauth_required_at: new Date().toISOString(),
    });
    let logged = '';
    const logger = createLogger({
      level: 'info',
      stream: new Writable({ write: (c, _e, cb) => ((logged += String(c)), cb()) }),
    });
    let screen = '';
    let unattended: string;
    const remind = () =>
      consoleNotifier(logger, db.db).reauthRequired({
        accountId: id,
        accountName: 'Lekki Logistics',
        url: 'https://connect.mono.co/reauth/old-session-from-the-feed',
        reminder: 1,
      });
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((c) => ((screen += String(c)), true));
    try {
      // A console that is not a terminal (a daemon's journal) never gets the link, unless it is declared private.
      await remind();
      unattended = screen;
      screen = '';
      process.env.BANKFEED_CONSOLE_LINKS = '1';
      await remind();
    } finally {
      delete process.env.BANKFEED_CONSOLE_LINKS;
      spy.mockRestore();
      await db.close();
    }
    expect(unattended).toContain('needs re-authorisation at the bank (reminder 1): open (link not shown');
    expect(unattended).not.toMatch(/https?:/);
    expect(screen.split('\n').filter(Boolean)).toHaveLength(1);
    expect(screen).toContain(
      `account "Lekki Logistics" (${id}) needs re-authorisation at the bank (reminder 1): open ${fresh}`,
    );
    expect(screen).not.toContain('old-session');
    expect(logged).toContain('needs re-authorisation');
    expect(logged).not.toContain('fresh-session');
  });
});
