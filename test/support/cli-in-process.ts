import { vi } from 'vitest';
import { main } from '../../worker/cli.js';

/** `bankfeed <argv>` in this process, stdout and stderr captured (a pipe, as under cron or systemd), and how long. */
export async function runCli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string; ms: number }> {
  let stdout = '';
  let stderr = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  const t0 = Date.now();
  try {
    const code = await main(['node', 'bankfeed', ...argv]);
    return { code, stdout, stderr, ms: Date.now() - t0 };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}
