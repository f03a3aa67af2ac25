import { dirname } from 'node:path';
import { storageRefusal } from '../db/storage-refusal.js';

/**
 * The report folder cannot be used at all (not a folder, no permission, read-only): no retry mends that, nothing
 * later in the run could be written either, and it is the disk's failure, not a ledger source's.
 */
export function reportFolderUnusable(err: unknown): boolean {
  const e = err as { code?: unknown; path?: unknown } | null;
  return typeof e?.path === 'string' && ['ENOTDIR', 'EACCES', 'EPERM', 'EROFS', 'EEXIST'].includes(String(e.code));
}

/**
 * The report folder is full (no space, over quota), in the words of the database's refusals (db/storage-refusal):
 * one file is not written, but a smaller one may be, and room may come back, so the run goes on. Node's write errors
 * name no path, so the code alone says it.
 */
export function reportFolderFull(err: unknown): { code: string; said: string } | null {
  const refused = storageRefusal(err);
  return refused && (refused.code === 'ENOSPC' || refused.code === 'EDQUOT') ? refused : null;
}

/**
 * A report the full folder refused: the folder (never the file, whose name carries the account) and why. Its
 * message is what the account's nightly error says after the folder.
 */
export class ReportNotWritten extends Error {
  constructor(
    readonly folder: string,
    readonly code: string,
    said: string,
    what: string,
  ) {
    super(`${said} (${code}): the ${what} was not written`);
    this.name = 'ReportNotWritten';
  }
}

/**
 * Names the path (`pathFor`, which may make its folder) and writes `what` there; a full folder's refusal of either
 * becomes a ReportNotWritten naming the folder. The writers leave no partial file behind
 * (adapters/reports/atomic-write.ts).
 */
export async function writeIntoReportFolder<T>(
  what: string,
  pathFor: () => string,
  write: (path: string) => Promise<T>,
): Promise<T> {
  let path: string | undefined;
  try {
    path = pathFor();
    return await write(path);
  } catch (err) {
    const full = reportFolderFull(err);
    if (!full) throw err;
    const made = (err as { path?: unknown }).path;
    const folder = path ? dirname(path) : typeof made === 'string' ? made : 'the report folder';
    throw new ReportNotWritten(folder, full.code, full.said, what);
  }
}
