import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { issuesOf, LedgerConfigError, type ConfigIssue } from './config-error.js';
import { getLedgerAdapterFactory, ledgerAdapterKinds } from './registry.js';

const sourceSchema = z.looseObject({ id: z.string().min(1), kind: z.string().min(1) });

const bindingSchema = z
  .object({
    accountId: z.string().min(1),
    sourceId: z.string().min(1),
    ledgerAccount: z.string().min(1),
    writeBack: z.boolean().optional(),
  })
  .strict();

/**
 * The bankfeed ledger configuration file. Each source is validated by its kind's own schema (built-ins and loaded
 * plugins); a kind no registered factory knows must come from a listed plugin and is validated when it is created.
 */
export const ledgerConfigSchema = z
  .object({
    plugins: z.array(z.string().min(1)).optional(),
    sources: z.array(sourceSchema).min(1),
    bindings: z.array(bindingSchema).optional(),
  })
  .strict();

export type LedgerSourceConfig = z.infer<typeof sourceSchema>;
export type LedgerBinding = z.infer<typeof bindingSchema>;
export type LedgerConfig = z.infer<typeof ledgerConfigSchema>;

function parseText(text: string, sourceName: string): unknown {
  if (/^\s*[{[]/.test(text)) {
    try {
      return JSON.parse(text) as unknown;
    } catch (err) {
      throw new LedgerConfigError(sourceName, [{ path: '', message: `not valid JSON: ${(err as Error).message}` }]);
    }
  }
  try {
    return parseYaml(text, { prettyErrors: true }) as unknown;
  } catch (err) {
    const where = err instanceof YAMLParseError && err.linePos ? ` at line ${err.linePos[0].line}` : '';
    throw new LedgerConfigError(sourceName, [
      { path: '', message: `not valid YAML${where}: ${(err as Error).message.split('\n')[0]}` },
    ]);
  }
}

/** Parses the ledger configuration (JSON or YAML); every problem is reported with its key path, e.g. `sources[1].path`. */
export function parseLedgerConfig(text: string, sourceName: string): LedgerConfig {
  const raw = parseText(text, sourceName);
  const parsed = ledgerConfigSchema.safeParse(raw ?? {});
  if (!parsed.success) throw new LedgerConfigError(sourceName, issuesOf(parsed.error));
  const config = parsed.data;
  const issues: ConfigIssue[] = [];
  const ids = new Map<string, number>();
  config.sources.forEach((source, i) => {
    const first = ids.get(source.id);
    if (first !== undefined)
      issues.push({ path: `sources[${i}].id`, message: `duplicate id "${source.id}" (also sources[${first}])` });
    else ids.set(source.id, i);
    const factory = getLedgerAdapterFactory(source.kind);
    if (factory) {
      const r = factory.configSchema.safeParse(source);
      if (!r.success) issues.push(...issuesOf(r.error, ['sources', i]));
    } else if (!config.plugins?.length) {
      issues.push({
        path: `sources[${i}].kind`,
        message: `unknown kind "${source.kind}" (built-in: ${ledgerAdapterKinds().join(', ')}; other kinds need a plugin under "plugins")`,
      });
    }
  });
  config.bindings?.forEach((b, i) => {
    if (!ids.has(b.sourceId))
      issues.push({ path: `bindings[${i}].sourceId`, message: `no source has id "${b.sourceId}"` });
  });
  if (issues.length > 0) throw new LedgerConfigError(sourceName, issues);
  return config;
}
