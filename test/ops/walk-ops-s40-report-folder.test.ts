/**
 * Operations, session 40: a report folder that fills (ENOSPC) while the nightly run writes its reports. Written as
 * tests that failed before the fix; what was seen and what it should be are in each comment.
 *
 * The full disk is simulated under node:fs/promises for the report folder only: a file opened there takes its first
 * write and refuses the next with Node's own ENOSPC (no path, as a write's error has none), and writeFile leaves a
 * few bytes then refuses, as a disk filling under a write does. The database and the ledger files are untouched.
 */
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MockActivityEnvironment } from '@temporalio/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createNightlyActivities, type NightlySummaryResult } from '../../activities/nightly-activities.js';
import { createReconcileActivities, fileReportSink } from '../../activities/reconcile-activities.js';
import type { LedgerConfig } from '../../adapters/ledger/config.js';
import { getAccount } from '../../db/account-repository.js';
import { openDb, type DbHandle } from '../../db/connection.js';
import { reportsNotWritten } from '../../worker/commands/start-command.js';
import { createLogger } from '../../worker/logger.js';
import type { NightlyResult } from '../../workflows/nightly.js';
import { seedAccount, seedBank } from '../reconciliation/seed.js';

const disk = vi.hoisted(() => ({ full: null as null | ((path: string) => boolean) }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const enospc = () =>
    Object.assign(new Error('ENOSPC: no space left on device, write'), {
      code: 'ENOSPC',
      errno: -28,
      syscall: 'write',
    });
  const open = (async (path: string, flags?: string, mode?: number) => {
    const fh = await real.open(path, flags, mode);
    if (!disk.full?.(String(path))) return fh;
    const write = fh.write.bind(fh) as (...a: unknown[]) => Promise<unknown>;
    let writes = 0;
    Object.assign(fh, {
      write: async (...a: unknown[]) => {
        if (writes++ > 0) throw enospc();
        return write(...a);
      },
    });
    return fh;
  }) as typeof real.open;
  const writeFile = (async (path: string, data: string, opts?: unknown) => {
    if (!disk.full?.(String(path))) return real.writeFile(path, data, opts as never);
    await real.writeFile(path, String(data).slice(0, 8));
    throw enospc();
  }) as typeof real.writeFile;
  return { ...real, default: { ...real, open, writeFile }, open, writeFile };
});

const logger = createLogger({ silent: true });
const ACCOUNTS = ['acc_s40_a', 'acc_s40_b', 'acc_s40_c'];
const DAY = '2026-10-28';

let dir: string;
let handle: DbHandle;

function config(): LedgerConfig {
  return {
    sources: ACCOUNTS.map((id) => ({ id: `gl-${id}`, kind: 'csv', path: `${id}.csv`, currency: 'NGN' })),
    bindings: ACCOUNTS.map((id) => ({ accountId: id, sourceId: `gl-${id}`, ledgerAccount: '1010' })),
  } as unknown as LedgerConfig;
}

function activities() {
  const reportSink = fileReportSink(join(dir, 'reports'));
  const ledger = { config: config(), baseDir: dir };
  const reconcile = createReconcileActivities({ db: handle.db, logger, dataDir: dir, reportSink, ledger });
  return createNightlyActivities({ db: handle.db, logger, reportSink, reconcile, ledger });
}

/** Every file under the report folder, relative to it. */
function filesUnder(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(p.slice(root.length + 1));
    }
  };
  walk(root);
  return out.sort();
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bankfeed-ops40-'));
  handle = await openDb({ url: join(dir, 'bankfeed.db') });
  disk.full = null;
  for (const id of ACCOUNTS) {
    await seedAccount(handle.db, id);
    await handle.db.updateTable('accounts').set({ account_number_masked: '7781' }).where('id', '=', id).execute();
    const rows = ['Date,Journal ID,Account Code,Account Name,Description,Reference,Debit,Credit'];
    const lines = [];
    for (let i = 0; i < 12; i++) {
      const amount = 10_000 + i * 137;
      const date = `2026-10-${String(i + 1).padStart(2, '0')}`;
      lines.push({ date, amountMinor: amount * 100, narration: `TRF FROM CUSTOMER ${i} INV-${id}-${i}` });
      rows.push(`${date},JNL-${i},1010,Bank - GTBank,Receipt from customer ${i},INV-${id}-${i},"${amount}.00",`);
    }
    await seedBank(handle.db, id, lines);
    writeFileSync(join(dir, `${id}.csv`), rows.join('\n') + '\n');
  }
});
afterEach(async () => {
  disk.full = null;
  await handle.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a report folder that fills while the nightly run writes its reports', () => {
  const chunk = { runKey: 'night-s40', day: DAY, part: 'p0', accountIds: ACCOUNTS };

  // What I did: the nightly run with the reports on a small disk that one account's workbook filled.
  // What I saw: that account's nightly error blamed its ledger source ('ledger source "gl-…": ENOSPC: no space left
  // on device, write': a write's error names no path, so it was not known as the report folder's), and the chunk's
  // part file, written with a plain writeFile, was refused too and failed the chunk's attempt (retried for ever, or
  // with a path ended the whole night as ReportFolderUnwritable), leaving a half-written part that the summary could
  // not parse.
  // What it should be: that account is failed with the folder named and the reason in words, the others are written,
  // no partial file is left, and the run's result counts the workbook not written.
  it("fails the account whose workbook the full folder refused, naming the folder; the others' are written", async () => {
    disk.full = (p) => p.includes(`/accounts/${ACCOUNTS[1]}.xlsx`);
    const r = await new MockActivityEnvironment().run(activities().nightlyReconcileChunk, chunk);
    expect(r).toMatchObject({ accounts: 3, reconciled: 2, failed: 1, notWritten: 1, unlisted: 0 });
    const folder = join(dir, 'reports', DAY, 'accounts');
    const error = (await getAccount(handle.db, ACCOUNTS[1]!))!.nightly_error!;
    expect(error).toBe(
      `nightly reconciliation ${DAY}: report folder ${folder}: no space left on device (ENOSPC): the workbook was not written`,
    );
    expect(error).not.toMatch(/ledger source|acc_s40_b|7781/);
    for (const id of [ACCOUNTS[0]!, ACCOUNTS[2]!]) expect((await getAccount(handle.db, id))!.nightly_error).toBeNull();
    // nothing half-written: the two workbooks, the chunk's part, and no temporary
    expect(filesUnder(join(dir, 'reports'))).toEqual([
      `${DAY}/.nightly-parts/night-s40/p0.json`,
      `${DAY}/accounts/${ACCOUNTS[0]}.xlsx`,
      `${DAY}/accounts/${ACCOUNTS[2]}.xlsx`,
    ]);
    const summary: NightlySummaryResult = await new MockActivityEnvironment().run(
      activities().writeNightlySummary,
      chunk,
    );
    expect(summary).toEqual({ file: join(dir, 'reports', DAY, 'reconciliation.xlsx'), accounts: 3 });
  });

  // What I did: the same, with the disk full from the first workbook on.
  // What I saw: the chunk's attempt failed on its part file (see above), and the summary's ENOSPC was retried every
  // 30 s for ever: `start --once` never ended.
  // What it should be: every account failed naming the folder, the chunk and the summary complete saying what was
  // not written, nothing half-written is left, and `start --once` says so and exits 1.
  it('completes the chunk and the summary on a folder full from the start, saying what was not written', async () => {
    const reports = join(dir, 'reports');
    disk.full = (p) => p.startsWith(reports);
    const r = await new MockActivityEnvironment().run(activities().nightlyReconcileChunk, chunk);
    expect(r).toEqual({ accounts: 3, reconciled: 0, failed: 3, notWritten: 3, unlisted: 3, notSynced: 0, files: [] });
    for (const id of ACCOUNTS)
      expect((await getAccount(handle.db, id))!.nightly_error).toMatch(
        /report folder .*accounts: no space left on device \(ENOSPC\): the workbook was not written$/,
      );
    const summary: NightlySummaryResult = await new MockActivityEnvironment().run(
      activities().writeNightlySummary,
      chunk,
    );
    expect(summary).toEqual({
      file: null,
      accounts: 0,
      notWritten: `report folder ${join(reports, DAY)}: no space left on device (ENOSPC): the summary was not written`,
    });
    expect(filesUnder(reports)).toEqual([]);

    const nightly: NightlyResult = {
      signalled: 3,
      notRunning: 0,
      batches: 1,
      reports: {
        accounts: 3,
        reconciled: 0,
        failed: 3,
        notWritten: 3,
        unlisted: 3,
        notSynced: 0,
        summaryNotWritten: summary.notWritten!,
        files: [],
      },
    };
    expect(reportsNotWritten(nightly)).toBe(
      'Reports not written: 3 account workbooks were not written, and the summary lacks 3 accounts: the report folder is full (`bankfeed status` names the accounts)',
    );
    expect(reportsNotWritten({ ...nightly, reports: { ...nightly.reports!, notWritten: 0, unlisted: 0 } })).toBeNull();
  });
});
