import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

/** A file to produce: `write` fills the (temporary) path it is given. */
export interface FileProducer {
  path: string;
  write(tmpPath: string): Promise<void>;
}

/**
 * Produces several files so that none is left half-written: each is written to a temporary sibling first, and only
 * when all are complete are they renamed into place. On failure the temporaries are removed.
 */
export async function writeFilesAtomically(files: FileProducer[]): Promise<string[]> {
  const tag = randomBytes(6).toString('hex');
  const temps: string[] = [];
  try {
    for (const f of files) {
      await mkdir(dirname(f.path), { recursive: true });
      const tmp = `${f.path}.${tag}.tmp`;
      temps.push(tmp);
      await f.write(tmp);
    }
    for (let i = 0; i < files.length; i++) await rename(temps[i]!, files[i]!.path);
    return files.map((f) => f.path);
  } catch (err) {
    await Promise.all(temps.map((t) => rm(t, { force: true })));
    throw err;
  }
}
