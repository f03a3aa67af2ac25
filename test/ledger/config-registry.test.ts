import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LedgerConfigError } from '../../adapters/ledger/config-error.js';
import { parseLedgerConfig } from '../../adapters/ledger/config.js';
import {
  createLedgerAdapter,
  ledgerAdapterKinds,
  loadLedgerPlugins,
  registerLedgerAdapter,
} from '../../adapters/ledger/registry.js';
import { csvLedgerAdapter } from '../../adapters/ledger/file-adapter.js';

const fixtures = join(import.meta.dirname, '../fixtures/ledger');

function configIssues(text: string): Array<{ path: string; message: string }> {
  try {
    parseLedgerConfig(text, 'ledger.yaml');
  } catch (err) {
    expect(err).toBeInstanceOf(LedgerConfigError);
    return (err as LedgerConfigError).issues;
  }
  throw new Error('configuration accepted');
}

describe('ledger configuration', () => {
  it('accepts YAML and JSON with sources and bindings', () => {
    const yaml = `
sources:
  - id: gl
    kind: csv
    path: exports/gl.csv
    currency: NGN
    preset: general-ledger
  - id: drop
    kind: folder
    path: inbox
    dateOrder: DMY
    mapping: { date: Posting Day, moneyIn: In, moneyOut: Out, description: [Memo, Notes] }
bindings:
  - { accountId: acc_1, sourceId: gl, ledgerAccount: "1010", writeBack: false }
`;
    const c = parseLedgerConfig(yaml, 'ledger.yaml');
    expect(c.sources.map((s) => s.kind)).toEqual(['csv', 'folder']);
    expect(c.bindings?.[0]?.ledgerAccount).toBe('1010');
    const json = parseLedgerConfig(
      JSON.stringify({ sources: [{ id: 'x', kind: 'xlsx', path: 'a.xlsx', sheet: 'GL' }] }),
      'ledger.json',
    );
    expect(json.sources[0]).toMatchObject({ kind: 'xlsx', sheet: 'GL' });
  });

  it('names the key path of a wrong type', () => {
    const issues = configIssues(
      'sources:\n  - { id: a, kind: csv, path: a.csv }\n  - { id: b, kind: csv, path: 42 }\n',
    );
    expect(issues).toContainEqual({ path: 'sources[1].path', message: 'expected a string' });
  });

  it('names missing keys, unknown keys, bad enums, unknown kinds, duplicate ids and dangling bindings', () => {
    const issues = configIssues(`
sources:
  - { id: a, kind: csv }
  - { id: a, kind: xlsx, path: b.xlsx, dateOrder: DDMM, colour: blue }
  - { id: c, kind: sage }
bindings:
  - { accountId: acc, sourceId: zzz, ledgerAccount: "1010" }
`);
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'sources[0].path', message: 'is required (expected a string)' },
        { path: 'sources[1].id', message: 'duplicate id "a" (also sources[0])' },
        { path: 'sources[1].dateOrder', message: 'expected one of "DMY", "MDY", "YMD"' },
        { path: 'sources[1]', message: 'unknown key "colour"' },
        expect.objectContaining({ path: 'sources[2].kind', message: expect.stringMatching(/unknown kind "sage"/) }),
        { path: 'bindings[0].sourceId', message: 'no source has id "zzz"' },
      ]),
    );
  });

  it('validates a mapping inside a source', () => {
    const issues = configIssues('sources:\n  - { id: a, kind: csv, path: a.csv, mapping: { date: D } }\n');
    expect(issues).toContainEqual({
      path: 'sources[0].mapping',
      message: 'expected "amount" or "moneyIn"/"moneyOut" columns',
    });
  });

  it('reports unparseable text and an empty document', () => {
    expect(configIssues('sources: [ { id: a')[0]!.message).toMatch(/not valid YAML/);
    expect(configIssues('{ "sources": ')[0]!.message).toMatch(/not valid JSON/);
    expect(configIssues('')).toContainEqual({ path: 'sources', message: 'is required (expected a list)' });
  });
});

describe('ledger adapter registry', () => {
  it('has the built-ins', () => {
    expect(ledgerAdapterKinds()).toEqual(expect.arrayContaining(['csv', 'folder', 'hledger-web', 'xlsx']));
  });

  it('creates a built-in adapter from a source and refuses an invalid one with its path', async () => {
    const adapter = createLedgerAdapter(
      { id: 'gl', kind: 'csv', path: 'general-ledger.csv', currency: 'NGN', ledgerAccount: '1010' },
      { baseDir: fixtures },
    );
    const pulled = await adapter.pullOpenEntries({ period: { from: '2024-01-01', to: '2024-01-31' } });
    expect(pulled.entries.map((e) => e.amountMinor)).toEqual([25000000, -125050]);
    // Same file, same query: the cursor says nothing is new.
    expect(
      (await adapter.pullOpenEntries({ period: { from: '2024-01-01', to: '2024-01-31' }, cursor: pulled.cursor }))
        .entries,
    ).toEqual([]);
    expect(() => createLedgerAdapter({ kind: 'csv', id: 'x' }, { baseDir: fixtures }, ['sources', 3])).toThrow(
      /sources\[3\]\.path: is required/,
    );
    expect(() => createLedgerAdapter({ kind: 'nope' }, { baseDir: fixtures })).toThrow(/unknown kind "nope"/);
  });

  it('refuses a second factory for a taken kind', () => {
    registerLedgerAdapter(csvLedgerAdapter);
    expect(() => registerLedgerAdapter({ ...csvLedgerAdapter })).toThrow(/already registered/);
  });

  it('loads a plugin by path and uses it; the config then accepts its kind', async () => {
    await loadLedgerPlugins(['./plugins/memory-ledger-plugin.mjs'], fixtures);
    expect(ledgerAdapterKinds()).toContain('memory');
    const adapter = createLedgerAdapter(
      { id: 'm', kind: 'memory', entries: [{ id: 'e1', date: '2024-01-05', amountMinor: 500, currency: 'NGN' }] },
      { baseDir: fixtures },
    );
    expect(
      (await adapter.pullOpenEntries({ period: { from: '2024-01-01', to: '2024-01-31' } })).entries.map((e) => e.id),
    ).toEqual(['e1']);
    expect(() => parseLedgerConfig('sources:\n  - { id: m, kind: memory, entries: nope }\n', 'ledger.yaml')).toThrow(
      /sources\[0\]\.entries: expected a list/,
    );
  });

  it('loads a plugin by npm package name, resolved from the configuration folder', async () => {
    const base = await mkdtemp(join(tmpdir(), 'bankfeed-plugin-'));
    try {
      const pkg = join(base, 'node_modules', 'bankfeed-ledger-echo');
      await mkdir(pkg, { recursive: true });
      await writeFile(
        join(pkg, 'package.json'),
        JSON.stringify({ name: 'bankfeed-ledger-echo', type: 'module', exports: { '.': { import: './index.mjs' } } }),
      );
      await writeFile(
        join(pkg, 'index.mjs'),
        `export default { kind: 'echo', configSchema: { safeParse: (v) => ({ success: true, data: v }) },
          create: (config) => ({ kind: 'echo', pullOpenEntries: async () => ({ entries: [], cursor: config.id }) }) };\n`,
      );
      await loadLedgerPlugins(['bankfeed-ledger-echo'], base);
      const adapter = createLedgerAdapter({ id: 'e', kind: 'echo' }, { baseDir: base });
      expect(await adapter.pullOpenEntries({ period: { from: '2024-01-01', to: '2024-01-31' } })).toEqual({
        entries: [],
        cursor: 'e',
      });
    } finally {
      await rm(base, { recursive: true, force: true });
    }
  });

  it('explains a module that is not a plugin, by path or npm name', async () => {
    await expect(loadLedgerPlugins(['./plugins/not-a-plugin.mjs'], fixtures)).rejects.toThrow(
      /must export a LedgerAdapterFactory .* default export is an object with keys name, version/,
    );
    await expect(loadLedgerPlugins(['yaml'], fixtures)).rejects.toThrow(
      /ledger plugin "yaml" must export a LedgerAdapterFactory/,
    );
    await expect(loadLedgerPlugins(['./plugins/missing.mjs'], fixtures)).rejects.toThrow(
      /ledger plugin ".\/plugins\/missing.mjs" could not be loaded/,
    );
  });
});
