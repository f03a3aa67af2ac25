import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT, registerExitCode } from './exit-codes.js';

/**
 * One long-running bankfeed (`start` or `worker`) per data directory. Two of them on one directory would fight over
 * the embedded Temporal server and the account states, so the second one refuses. The lock is a file holding the
 * holder's pid and start time; a lock whose process is gone is taken over. Read-only and signalling commands never
 * take it. When the holder stops it leaves a note of its run, so `status` can say "no worker running since T".
 */
export interface LockHolder {
  pid: number;
  startedAt: string;
  command: string;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly holder: LockHolder,
    dataDir: string,
  ) {
    super(
      `bankfeed ${holder.command} already running (pid ${holder.pid} since ${holder.startedAt}) on ${dataDir}: stop it first (Ctrl-C), or set BANKFEED_DATA_DIR to another directory`,
    );
    this.name = 'DataDirLockedError';
  }
}
registerExitCode('DataDirLockedError', EXIT.config);

export const lockFile = (dataDir: string) => join(dataDir, 'bankfeed.lock');
const stoppedFile = (dataDir: string) => join(dataDir, 'bankfeed.stopped');

/** True when a process with this pid exists (EPERM: it exists but belongs to someone else). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(file: string): LockHolder | null {
  try {
    const h = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockHolder>;
    if (typeof h.pid !== 'number' || typeof h.startedAt !== 'string') return null;
    return { pid: h.pid, startedAt: h.startedAt, command: h.command ?? 'start' };
  } catch {
    return null; // missing, or foreign content: no live holder
  }
}

/** Who holds the data directory now (a live process), or null. */
export function currentHolder(dataDir: string): LockHolder | null {
  const h = readHolder(lockFile(dataDir));
  return h && alive(h.pid) ? h : null;
}

/** The last holder's run: when it started and when it stopped (null when it died without saying). */
export interface LastRun {
  startedAt: string;
  stoppedAt: string | null;
}

/** The last run on this data directory when none is running now; null when none is recorded. */
export function lastRun(dataDir: string): LastRun | null {
  const stale = readHolder(lockFile(dataDir));
  if (stale && !alive(stale.pid)) return { startedAt: stale.startedAt, stoppedAt: null };
  try {
    const r = JSON.parse(readFileSync(stoppedFile(dataDir), 'utf8')) as Partial<LastRun>;
    return typeof r.startedAt === 'string' ? { startedAt: r.startedAt, stoppedAt: r.stoppedAt ?? null } : null;
  } catch {
    return null;
  }
}

export interface DataDirLock {
  holder: LockHolder;
  release(): void;
}

/**
 * Takes the data directory's lock or throws DataDirLockedError (exit 3). The file appears atomically with its content
 * (written aside, then hard-linked into place, which fails if a lock exists), so a reader never sees it half-written.
 */
export function acquireDataDirLock(dataDir: string, command: string, now: () => Date = () => new Date()): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const file = lockFile(dataDir);
  const holder: LockHolder = { pid: process.pid, startedAt: now().toISOString(), command };
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(holder));
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        linkSync(tmp, file);
        break;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 5) throw e;
      }
      const existing = readHolder(file);
      if (existing && alive(existing.pid) && existing.pid !== process.pid)
        throw new DataDirLockedError(existing, dataDir);
      // Stale (its process is gone): move it aside under our own name, so two processes taking over the same stale
      // lock cannot both remove it; the loser's link then fails on the winner's fresh lock and reads a live holder.
      const aside = `${file}.stale.${process.pid}`;
      try {
        renameSync(file, aside);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
        continue;
      }
      const moved = readHolder(aside);
      if (moved && alive(moved.pid) && moved.pid !== process.pid) {
        // Another process took it over between our read and our rename: put its lock back and refuse.
        try {
          linkSync(aside, file);
        } finally {
          rmSync(aside, { force: true });
        }
        throw new DataDirLockedError(moved, dataDir);
      }
      if (moved) writeFileSync(stoppedFile(dataDir), JSON.stringify({ startedAt: moved.startedAt, stoppedAt: null }));
      rmSync(aside, { force: true });
    }
  } finally {
    rmSync(tmp, { force: true });
  }
  let released = false;
  return {
    holder,
    release() {
      if (released) return;
      released = true;
      const h = readHolder(file);
      if (h?.pid !== process.pid || h.startedAt !== holder.startedAt) return; // not ours any more
      // The note of a clean stop is written aside and renamed into place, so a full disk leaves the last note whole
      // (never half a file); the lock goes whether or not the note could be written.
      const note = `${stoppedFile(dataDir)}.${process.pid}.tmp`;
      try {
        writeFileSync(note, JSON.stringify({ startedAt: holder.startedAt, stoppedAt: now().toISOString() }));
        renameSync(note, stoppedFile(dataDir));
      } catch {
        rmSync(note, { force: true });
      } finally {
        rmSync(file, { force: true });
      }
    },
  };
}
