import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Writes several files so that none is left half-written: each goes to a temporary sibling first, and only when all
 * are complete are they renamed into place. On failure the temporaries are removed.
 */
export async function writeFilesAtomically(files: Array<{ path: string; data: string | Buffer }>): Promise<string[]> {
  const tag = randomBytes(6).toString('hex');
  const temps: string[] = [];
  try {
    for (const f of files) {
      await mkdir(dirname(f.path), { recursive: true });
      const tmp = `${f.path}.${tag}.tmp`;
      temps.push(tmp);
      await writeFile(tmp, f.data);
    }
    for (let i = 0; i < files.length; i++) await rename(temps[i]!, files[i]!.path);
    return files.map((f) => f.path);
  } catch (err) {
    await Promise.all(temps.map((t) => rm(t, { force: true })));
    throw err;
  }
}
