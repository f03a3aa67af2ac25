import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatPath, issuesOf, LedgerConfigError } from './config-error.js';
import { csvLedgerAdapter, xlsxLedgerAdapter } from './file-adapter.js';
import { folderLedgerAdapter } from './folder-adapter.js';
import { resolvePackageEntry } from './plugin-resolution.js';
import { hledgerWebLedgerAdapter } from './hledger-web.js';
import { xeroLedgerAdapter } from './xero/xero-adapter.js';
import { zohoBooksLedgerAdapter } from './zoho/zoho-adapter.js';
import { quickBooksLedgerAdapter } from './quickbooks/qbo-adapter.js';
import { trytonLedgerAdapter } from './tryton/tryton-adapter.js';
import type { LedgerAdapter, LedgerAdapterContext, LedgerAdapterFactory } from './types.js';

const factories = new Map<string, LedgerAdapterFactory>();

export const BUILT_IN_KINDS = [
  'csv',
  'xlsx',
  'folder',
  'hledger-web',
  'xero',
  'zoho-books',
  'quickbooks-online',
  'tryton',
] as const;

/** Adds an adapter kind. Registering the same factory twice is harmless; a different one for a taken kind is refused. */
export function registerLedgerAdapter(f: LedgerAdapterFactory): void {
  const existing = factories.get(f.kind);
  if (existing && existing !== f)
    throw new Error(`ledger adapter kind "${f.kind}" is already registered by another factory`);
  factories.set(f.kind, f);
}

for (const f of [
  csvLedgerAdapter,
  xlsxLedgerAdapter,
  folderLedgerAdapter,
  hledgerWebLedgerAdapter,
  xeroLedgerAdapter,
  zohoBooksLedgerAdapter,
  quickBooksLedgerAdapter,
  trytonLedgerAdapter,
] as LedgerAdapterFactory[]) {
  registerLedgerAdapter(f);
}

export function ledgerAdapterKinds(): string[] {
  return [...factories.keys()].sort();
}

export function getLedgerAdapterFactory(kind: string): LedgerAdapterFactory | undefined {
  return factories.get(kind);
}

/**
 * Builds the adapter for one configured source, validating the source against its kind's schema.
 * `path` (optional) is where the source sits in the configuration file, for error messages: "sources[1]".
 */
export function createLedgerAdapter(
  source: { kind: string; [k: string]: unknown },
  ctx: LedgerAdapterContext,
  path: ReadonlyArray<PropertyKey> = [],
): LedgerAdapter {
  const factory = factories.get(source.kind);
  if (!factory) {
    throw new LedgerConfigError('ledger source', [
      {
        path: formatPath([...path, 'kind']),
        message: `unknown kind "${source.kind}" (registered: ${ledgerAdapterKinds().join(', ')}; others come from plugins)`,
      },
    ]);
  }
  const parsed = factory.configSchema.safeParse(source);
  if (!parsed.success)
    throw new LedgerConfigError(`ledger source "${String(source.id ?? source.kind)}"`, issuesOf(parsed.error, path));
  return factory.create(parsed.data, ctx);
}

function isFactory(value: unknown): value is LedgerAdapterFactory {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const schema = v.configSchema as { safeParse?: unknown } | undefined;
  return (
    typeof v.kind === 'string' &&
    v.kind !== '' &&
    typeof v.create === 'function' &&
    typeof schema?.safeParse === 'function'
  );
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value !== 'object') return `a ${typeof value}`;
  return `an object with keys ${Object.keys(value).slice(0, 8).join(', ') || '(none)'}`;
}

/** Imports a plugin by path (relative to baseDir) or npm package name (installed above baseDir, else beside bankfeed). */
async function importPlugin(spec: string, baseDir: string): Promise<Record<string, unknown>> {
  if (spec.startsWith('.') || isAbsolute(spec)) {
    const file = isAbsolute(spec) ? spec : resolve(baseDir, spec);
    return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  }
  const entry = await resolvePackageEntry(spec, baseDir);
  if (entry) return (await import(pathToFileURL(entry).href)) as Record<string, unknown>;
  return (await import(spec)) as Record<string, unknown>;
}

/** Loads ledger adapter plugins: each module's default export, or its `ledgerAdapter` export, is a factory. */
export async function loadLedgerPlugins(specs: string[], baseDir: string): Promise<void> {
  for (const spec of specs) {
    let mod: Record<string, unknown>;
    try {
      mod = await importPlugin(spec, baseDir);
    } catch (err) {
      throw new Error(`ledger plugin "${spec}" could not be loaded: ${(err as Error).message}`, { cause: err });
    }
    const candidate = isFactory(mod.default) ? mod.default : mod.ledgerAdapter;
    if (!isFactory(candidate)) {
      throw new Error(
        `ledger plugin "${spec}" must export a LedgerAdapterFactory ({ kind, configSchema, create }) as its default export or as "ledgerAdapter"; its default export is ${describe(mod.default)} and "ledgerAdapter" is ${describe(mod.ledgerAdapter)}`,
      );
    }
    registerLedgerAdapter(candidate);
  }
}
