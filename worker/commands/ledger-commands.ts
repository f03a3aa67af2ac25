import { createLedgerAdapter, getLedgerAdapterFactory, ledgerAdapterKinds } from '../../adapters/ledger/registry.js';
import { BUILT_IN_KINDS } from '../../adapters/ledger/registry.js';
import type { SourceCheckContext } from '../../adapters/ledger/oauth/source-check.js';
import type { LedgerAdapter } from '../../adapters/ledger/types.js';
import type { CliContext } from '../cli-context.js';
import { loadLedgerSetup } from '../composition-root.js';
import { ConfigError } from '../settings.js';
import { formatTable } from '../table.js';
import { postingAccountsOf } from './posting-accounts.js';

interface KindCapabilities {
  pull: boolean;
  /** Posts rule-classified bank-only lines (charges, levies) into the books. */
  post: boolean;
  /** Records a confirmed match as a payment of the invoice or bill in the books. */
  settle: boolean;
  markReconciled: boolean;
  /** `bankfeed ledgers test` can check credentials, reachability and the bank account in detail. */
  check: boolean;
  /** Why a capability is missing, in words, where the books' own API decides it. */
  notes?: string;
}

/**
 * What each built-in kind can do. Factories make adapters only from a valid configuration, so the capabilities of a
 * kind are stated here; test/ledgers/tryton/ledger-commands.test.ts checks them against adapters it builds.
 */
export const BUILT_IN_CAPABILITIES: Record<string, KindCapabilities & { summary: string }> = {
  csv: {
    summary: 'ledger export file (CSV)',
    pull: true,
    post: false,
    settle: false,
    markReconciled: false,
    check: false,
  },
  xlsx: {
    summary: 'ledger export file (XLSX)',
    pull: true,
    post: false,
    settle: false,
    markReconciled: false,
    check: false,
  },
  folder: {
    summary: 'a folder of ledger exports',
    pull: true,
    post: false,
    settle: false,
    markReconciled: false,
    check: false,
  },
  'hledger-web': {
    summary: 'hledger-web JSON API',
    pull: true,
    post: true,
    settle: false,
    markReconciled: true,
    check: false,
  },
  xero: { summary: 'Xero (OAuth 2.0)', pull: true, post: true, settle: true, markReconciled: false, check: true },
  'zoho-books': {
    summary: 'Zoho Books (OAuth 2.0)',
    pull: true,
    post: true,
    settle: true,
    markReconciled: false,
    check: true,
  },
  'quickbooks-online': {
    summary: 'QuickBooks Online (OAuth 2.0)',
    pull: true,
    post: true,
    settle: true,
    markReconciled: true,
    check: true,
  },
  tryton: {
    summary: 'Tryton ERP (JSON-RPC)',
    pull: true,
    post: true,
    settle: true,
    markReconciled: false,
    check: true,
    notes:
      'mark reconciled: nothing is left to mark. Validating the statement line bankfeed writes for a match makes ' +
      'Tryton reconcile the invoice line with it (a partial payment becomes a payment line of the invoice). Lines ' +
      'pulled from the bank account are already booked there: Tryton keeps no cleared flag per line (its ' +
      'statements are its bank reconciliation) and the bank account is not a reconcilable account.',
  },
};

/** What an adapter instance can do, read off the adapter itself (plugins included). */
export function capabilitiesOf(adapter: LedgerAdapter): KindCapabilities {
  const a = adapter as unknown as Record<string, unknown>;
  return {
    pull: typeof a.pullOpenEntries === 'function',
    post: typeof a.postEntries === 'function',
    settle: typeof a.settleEntries === 'function',
    markReconciled: typeof a.markReconciled === 'function',
    check: typeof a.checkSource === 'function',
  };
}

function out(s: string): void {
  process.stdout.write(s);
}

const yes = (b: boolean | undefined) => (b === undefined ? '?' : b ? 'yes' : '-');

async function setup(ctx: CliContext, configPath: string | undefined) {
  const path = configPath ?? ctx.settings.ledgerConfigPath;
  if (!path) throw new ConfigError('no ledger configuration: set BANKFEED_LEDGER_CONFIG or pass --config <file>');
  return (await loadLedgerSetup(path))!;
}

/** `bankfeed ledgers kinds`: the kinds this installation knows (built-in and loaded plugins) and what each can do. */
export async function kindsCommand(ctx: CliContext, o: { json?: boolean; config?: string }): Promise<number> {
  // A configuration's plugins add kinds; without one, the built-ins alone.
  if (o.config ?? ctx.settings.ledgerConfigPath) await setup(ctx, o.config);
  const kinds = ledgerAdapterKinds().map((kind) => {
    const known = BUILT_IN_CAPABILITIES[kind];
    return {
      kind,
      builtIn: (BUILT_IN_KINDS as readonly string[]).includes(kind),
      summary: known?.summary ?? 'plugin',
      capabilities: known
        ? {
            pull: known.pull,
            post: known.post,
            settle: known.settle,
            markReconciled: known.markReconciled,
            check: known.check,
          }
        : null,
      ...(known?.notes ? { notes: known.notes } : {}),
    };
  });
  if (o.json) {
    out(`${JSON.stringify({ kinds }, null, 2)}\n`);
    return 0;
  }
  out(
    formatTable(
      ['kind', 'what', 'pull', 'post charges', 'settle matches', 'mark reconciled', 'test'],
      kinds.map((k) => [
        k.kind,
        k.summary,
        yes(k.capabilities?.pull),
        yes(k.capabilities?.post),
        yes(k.capabilities?.settle),
        yes(k.capabilities?.markReconciled),
        yes(k.capabilities?.check),
      ]),
    ),
  );
  for (const k of kinds) if (k.notes) out(`\n${k.kind}: ${k.notes}\n`);
  return 0;
}

interface Finding {
  check: string;
  ok: boolean;
  detail: string;
}

/**
 * `bankfeed ledgers test <source>`: builds the source as the worker would and checks it: the configuration, then the
 * adapter's own checks (credentials, reachability, the bank account) or, for kinds without them, a pull of the last
 * month. Where a bound bank account writes back, the accounts the rules in force post to go to the source's checks.
 * Exit 0 when everything holds, 1 otherwise; each finding says in words what is wrong.
 */
export async function testSourceCommand(
  ctx: CliContext,
  sourceId: string,
  o: { json?: boolean; config?: string },
): Promise<number> {
  const { config, baseDir } = await setup(ctx, o.config);
  const index = config.sources.findIndex((s) => s.id === sourceId);
  if (index < 0)
    throw new ConfigError(
      `no ledger source "${sourceId}" (configured: ${config.sources.map((s) => s.id).join(', ') || 'none'})`,
    );
  const findings: Finding[] = [];
  let adapter: LedgerAdapter | null = null;
  try {
    adapter = createLedgerAdapter(config.sources[index]!, { baseDir }, ['sources', index]);
    findings.push({ check: 'configuration', ok: true, detail: `kind ${adapter.kind}` });
  } catch (err) {
    findings.push({ check: 'configuration', ok: false, detail: (err as Error).message });
  }
  if (adapter) {
    const bound = (config.bindings ?? []).filter((b) => b.sourceId === sourceId);
    // the accounts the rules post to matter only where a bound bank account writes back through the source
    const check: SourceCheckContext = bound.some((b) => b.writeBack)
      ? { postingAccounts: postingAccountsOf(ctx.settings.matching) }
      : {};
    try {
      const checker = (adapter as { checkSource?: (c: SourceCheckContext) => Promise<Finding[]> }).checkSource;
      if (checker) findings.push(...(await checker.call(adapter, check)));
      else {
        const to = new Date().toISOString().slice(0, 10);
        const from = new Date(Date.now() - 31 * 86_400_000).toISOString().slice(0, 10);
        const r = await adapter.pullOpenEntries({ period: { from, to }, cursor: null });
        findings.push({ check: 'pull', ok: true, detail: `${r.entries.length} open entries from ${from} to ${to}` });
      }
    } catch (err) {
      findings.push({ check: adapter.kind, ok: false, detail: (err as Error).message });
    } finally {
      await adapter.close?.().catch(() => {});
    }
    findings.push({
      check: 'bindings',
      ok: true,
      detail: bound.length
        ? bound
            .map((b) => `${b.accountId} → ${b.ledgerAccount}${b.writeBack ? ' (write-back on)' : ' (write-back off)'}`)
            .join('; ')
        : 'no bank account is bound to this source yet',
    });
  }
  const ok = findings.every((f) => f.ok);
  const kind = getLedgerAdapterFactory(config.sources[index]!.kind)?.kind ?? config.sources[index]!.kind;
  if (o.json) out(`${JSON.stringify({ source: sourceId, kind, ok, findings }, null, 2)}\n`);
  else {
    out(
      formatTable(
        ['check', 'ok', 'detail'],
        findings.map((f) => [f.check, f.ok ? 'ok' : 'FAILED', f.detail]),
      ),
    );
    out(ok ? `source "${sourceId}" is ready\n` : `source "${sourceId}" is not ready: fix what FAILED above\n`);
  }
  return ok ? 0 : 1;
}
