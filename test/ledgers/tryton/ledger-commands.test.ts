import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLedgerAdapter, ledgerAdapterKinds } from '../../../adapters/ledger/registry.js';
import type { CliContext } from '../../../worker/cli-context.js';
import {
  BUILT_IN_CAPABILITIES,
  capabilitiesOf,
  kindsCommand,
  testSourceCommand,
} from '../../../worker/commands/ledger-commands.js';

function ctxWith(ledgerConfigPath?: string): CliContext {
  return { settings: { ledgerConfigPath } } as unknown as CliContext;
}

async function captured(run: () => Promise<number>): Promise<{ code: number; text: string }> {
  let text = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    text += String(chunk);
    return true;
  });
  try {
    return { code: await run(), text };
  } finally {
    spy.mockRestore();
  }
}

const dirs: string[] = [];
function tempDir(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
}

afterEach(() => {
  vi.restoreAllMocks();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('bankfeed ledgers kinds', () => {
  it('lists every registered kind with what it can do, as JSON', async () => {
    const { code, text } = await captured(() => kindsCommand(ctxWith(), { json: true }));
    expect(code).toBe(0);
    const doc = JSON.parse(text) as {
      kinds: Array<{ kind: string; builtIn: boolean; capabilities: Record<string, boolean> | null }>;
    };
    expect(doc.kinds.map((k) => k.kind)).toEqual(ledgerAdapterKinds());
    const tryton = doc.kinds.find((k) => k.kind === 'tryton')!;
    expect(tryton).toMatchObject({
      builtIn: true,
      capabilities: { pull: true, post: true, settle: true, markReconciled: false, check: true },
    });
    // Why Tryton has no mark-reconciled is said, not left to guess.
    expect((tryton as { notes?: string }).notes).toMatch(/reconcile the invoice line/);
    // Every built-in kind is described: a new kind without a line here is caught.
    for (const k of doc.kinds.filter((x) => x.builtIn)) expect(k.capabilities, k.kind).not.toBeNull();
  });

  it('states the capabilities the adapters really have', () => {
    const dir = tempDir('bankfeed-kinds-');
    writeFileSync(join(dir, 'books.csv'), 'Date,Amount\n2026-01-02,10.00\n');
    const samples: Record<string, Record<string, unknown>> = {
      csv: { kind: 'csv', path: 'books.csv' },
      'hledger-web': { kind: 'hledger-web', url: 'http://127.0.0.1:5000', bankAccount: 'Assets:Bank' },
      tryton: {
        kind: 'tryton',
        url: 'http://127.0.0.1:8000',
        database: 'books',
        login: 'bankfeed',
        passwordEnv: 'X',
        bankJournal: 'Bank',
      },
    };
    for (const [kind, source] of Object.entries(samples)) {
      const adapter = createLedgerAdapter({ id: kind, ...source } as unknown as { kind: string }, { baseDir: dir });
      const { summary: _s, notes: _n, ...stated } = BUILT_IN_CAPABILITIES[kind]!;
      expect(capabilitiesOf(adapter), kind).toEqual(stated);
    }
  });
});

describe('bankfeed ledgers test', () => {
  it('names an unknown source and lists the configured ones', async () => {
    const dir = tempDir('bankfeed-ltest-');
    const cfg = join(dir, 'ledger.yaml');
    writeFileSync(cfg, 'sources:\n  - id: books\n    kind: csv\n    path: books.csv\n');
    await expect(testSourceCommand(ctxWith(cfg), 'erp', {})).rejects.toThrow(
      /no ledger source "erp" \(configured: books\)/,
    );
  });

  it('says in words why a file source is not ready, and exits 1', async () => {
    const dir = tempDir('bankfeed-ltest-');
    const cfg = join(dir, 'ledger.yaml');
    writeFileSync(cfg, 'sources:\n  - id: books\n    kind: csv\n    path: missing.csv\n');
    const { code, text } = await captured(() => testSourceCommand(ctxWith(cfg), 'books', {}));
    expect(code).toBe(1);
    expect(text).toMatch(/FAILED/);
    expect(text).toMatch(/missing\.csv/);
  });
});
