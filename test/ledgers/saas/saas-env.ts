import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A temporary folder for token files and a fresh token key in the environment, undone by `cleanup`. */
export function saasTestEnv(vars: Record<string, string>): { dir: string; key: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'bankfeed-saas-'));
  const key = randomBytes(32).toString('base64');
  const before: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries({ ...vars, BANKFEED_TOKEN_KEY: key })) {
    before[k] = process.env[k];
    process.env[k] = v;
  }
  return {
    dir,
    key,
    cleanup: () => {
      for (const [k, v] of Object.entries(before)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
