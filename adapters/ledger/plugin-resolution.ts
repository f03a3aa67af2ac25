import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

// Node 20 cannot resolve an ESM-only package from an arbitrary folder (import.meta.resolve's parent argument is
// experimental, require.resolve ignores "import" conditions), so the package's entry is found here: the nearest
// node_modules/<name> above baseDir, then its "exports" (import/node/default conditions), "module", or "main".

type Exports = string | null | { [key: string]: Exports } | Exports[];

function pick(target: Exports): string | null {
  if (typeof target === 'string') return target;
  if (Array.isArray(target)) {
    for (const t of target) {
      const hit = pick(t);
      if (hit) return hit;
    }
    return null;
  }
  if (target && typeof target === 'object') {
    for (const cond of ['import', 'node', 'default']) if (cond in target) return pick(target[cond] ?? null);
  }
  return null;
}

function splitSpec(spec: string): { name: string; subpath: string } {
  const parts = spec.split('/');
  const n = spec.startsWith('@') ? 2 : 1;
  const rest = parts.slice(n).join('/');
  return { name: parts.slice(0, n).join('/'), subpath: rest ? `./${rest}` : '.' };
}

interface PackageJson {
  exports?: Exports;
  module?: string;
  main?: string;
}

async function readPackageJson(root: string): Promise<PackageJson | null> {
  try {
    return JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as PackageJson;
  } catch {
    return null;
  }
}

/** The file an `import(spec)` from baseDir would load, or null when no such package is installed there. */
export async function resolvePackageEntry(spec: string, baseDir: string): Promise<string | null> {
  const { name, subpath } = splitSpec(spec);
  for (let dir = baseDir; ; dir = dirname(dir)) {
    const root = join(dir, 'node_modules', name);
    const pkg = await readPackageJson(root);
    if (pkg) {
      const exp = pkg.exports;
      if (exp !== undefined) {
        const sugar =
          typeof exp === 'string' || Array.isArray(exp) || (exp && !Object.keys(exp).some((k) => k.startsWith('.')));
        const target = sugar ? (subpath === '.' ? exp : null) : ((exp as Record<string, Exports>)[subpath] ?? null);
        const file = pick(target ?? null);
        if (!file) throw new Error(`package "${name}" does not export "${subpath}" for import`);
        return join(root, file);
      }
      if (subpath !== '.') return join(root, subpath);
      return join(root, pkg.module ?? pkg.main ?? 'index.js');
    }
    if (dirname(dir) === dir) return null;
  }
}
