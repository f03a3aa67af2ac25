import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleWorkflowCode, type WorkflowBundle } from '@temporalio/worker';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const WORKFLOWS_PATH = join(root, 'workflows', 'index.ts');

const quietBundlerLogger = {
  log() {},
  trace() {},
  debug() {},
  info() {},
  warn(message: string, meta?: Record<string, unknown>) {
    console.warn(message, meta ?? '');
  },
  error(message: string, meta?: Record<string, unknown>) {
    console.error(message, meta ?? '');
  },
};

/** What the bundle is made of: the workflow and domain sources and the SDK version. */
function sourceHash(): string {
  const h = createHash('sha256');
  h.update(
    JSON.parse(readFileSync(join(root, 'node_modules', '@temporalio', 'workflow', 'package.json'), 'utf8'))
      .version as string,
  );
  for (const dir of ['workflows', 'domain']) {
    for (const f of readdirSync(join(root, dir))
      .filter((x) => x.endsWith('.ts'))
      .sort()) {
      h.update(`${dir}/${f}\0`).update(readFileSync(join(root, dir, f)));
    }
  }
  return h.digest('hex').slice(0, 24);
}

let bundle: Promise<WorkflowBundle> | undefined;

/**
 * The workflow bundle, built once per source version: webpack takes seconds on 2 cores, and a restarted worker
 * (after a crash, a deploy, a chaos kill) should not pay that again. The cache is keyed by the sources' hash, so any
 * change to a workflow rebuilds it.
 */
export function workflowBundle(): Promise<WorkflowBundle> {
  bundle ??= (async () => {
    const dir = join(process.env.BANKFEED_BUNDLE_CACHE ?? tmpdir(), 'bankfeed-workflow-bundles');
    const file = join(dir, `${sourceHash()}.js`);
    if (existsSync(file)) return { code: readFileSync(file, 'utf8') };
    const built = await bundleWorkflowCode({ workflowsPath: WORKFLOWS_PATH, logger: quietBundlerLogger });
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, built.code);
    renameSync(tmp, file);
    return { code: built.code };
  })();
  return bundle;
}
