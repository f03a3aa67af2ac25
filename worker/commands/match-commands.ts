import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { createReconciliationService } from '../../activities/reconciliation-service.js';
import { buildAccountReport } from '../../activities/report-builder.js';
import { writeReconciliationReport } from '../../adapters/reports/index.js';
import { normalizeCurrency } from '../../domain/currency.js';
import { formatMoney } from '../../domain/money.js';
import { nigerianBankChargePresets, parseRules, type Rule } from '../../matching/rules.js';
import { listLiveBankTransactions } from '../../db/bank-transaction-repository.js';
import type { GroupStatus } from '../../db/match-repository.js';
import type { CliContext } from '../cli-context.js';
import { ConfigError } from '../settings.js';
import { formatTable } from '../table.js';

const actor = () => process.env.BANKFEED_ACTOR ?? process.env.USER ?? 'cli';
const out = (s: string) => process.stdout.write(s);

async function service(ctx: CliContext) {
  return createReconciliationService({ db: (await ctx.db()).db });
}

async function bindingOf(
  ctx: CliContext,
  accountId: string,
): Promise<{ sourceId: string; ledgerAccount: string } | null> {
  const db = (await ctx.db()).db;
  const row = await db.selectFrom('accounts').select(['ledger_binding']).where('id', '=', accountId).executeTakeFirst();
  if (!row) throw new ConfigError(`no linked account "${accountId}"`);
  return row.ledger_binding ? (JSON.parse(row.ledger_binding) as { sourceId: string; ledgerAccount: string }) : null;
}

/** `bankfeed matches list`: stored match groups and suggestions of an account. */
export async function listMatchesCommand(
  ctx: CliContext,
  accountId: string,
  o: { status?: string; json?: boolean; limit?: string },
): Promise<number> {
  const statuses = o.status ? (o.status.split(',') as GroupStatus[]) : undefined;
  const groups = await (
    await service(ctx)
  ).listGroups(accountId, { ...(statuses ? { status: statuses } : {}), limit: Number(o.limit ?? 200) });
  if (o.json) {
    out(`${JSON.stringify(groups, null, 2)}\n`);
    return 0;
  }
  out(
    formatTable(
      ['GROUP', 'STATUS', 'KIND', 'CONF', 'BANK', 'LEDGER', 'DIFFERENCE', 'EVIDENCE'],
      groups.map((g) => [
        g.id,
        g.status,
        g.kind,
        g.confidence.toFixed(2),
        g.bankIds.join('+'),
        g.ledgerIds.join('+') || (g.proposed ? `→ ${g.proposed.account}` : ''),
        formatMoney({ minor: g.differenceMinor, currency: normalizeCurrency(g.currency) }),
        g.evidence.map((e) => e.kind).join(', '),
      ]),
    ),
  );
  return 0;
}

export async function decideCommand(
  ctx: CliContext,
  action: 'confirm' | 'reject' | 'unmatch',
  groupId: string,
): Promise<number> {
  const s = await service(ctx);
  const id = Number(groupId);
  if (!Number.isSafeInteger(id) || id <= 0)
    throw new ConfigError(`group id must be a positive number, got "${groupId}"`);
  const r = await s[action](id, actor());
  out(
    `group ${id} is now ${r.group.status} (audit #${r.auditId}; \`bankfeed matches undo ${r.auditId}\` reverts it)\n`,
  );
  return 0;
}

export async function manualMatchCommand(
  ctx: CliContext,
  o: { account: string; bank: string; ledger: string; writeOff?: string },
): Promise<number> {
  const ids = (s: string, what: string) =>
    s.split(',').map((x) => {
      const n = Number(x.trim());
      if (!Number.isSafeInteger(n) || n <= 0) throw new ConfigError(`--${what}: "${x}" is not a line id`);
      return n;
    });
  const r = await (
    await service(ctx)
  ).manualMatch({
    accountId: o.account,
    bankIds: ids(o.bank, 'bank'),
    ledgerIds: o.ledger ? ids(o.ledger, 'ledger') : [],
    actor: actor(),
    ...(o.writeOff ? { writeOffAccount: o.writeOff } : {}),
  });
  out(`matched by hand as group ${r.group.id} (audit #${r.auditId})\n`);
  return 0;
}

export async function undoCommand(ctx: CliContext, auditId: string): Promise<number> {
  const r = await (await service(ctx)).undo(Number(auditId), actor());
  out(`undone: group ${r.group.id} is back to ${r.group.status} (audit #${r.auditId})\n`);
  return 0;
}

/** `bankfeed reconcile --account`: a stored run against the account's bound ledger (the feed does this itself). */
export async function reconcileAccountCommand(
  ctx: CliContext,
  o: { account: string; from?: string; to?: string; json?: boolean },
): Promise<number> {
  const b = await bindingOf(ctx, o.account);
  if (!b)
    throw new ConfigError(
      `account ${o.account} has no ledger binding: \`bankfeed accounts bind ${o.account} --source … --ledger-account …\``,
    );
  const db = (await ctx.db()).db;
  const lines = await listLiveBankTransactions(db, o.account);
  const period = {
    from: o.from ?? lines[0]?.business_date ?? '1970-01-01',
    to: o.to ?? lines.at(-1)?.business_date ?? '2999-12-31',
  };
  const r = await (
    await service(ctx)
  ).reconcileAccount({ accountId: o.account, ledgerSourceId: b.sourceId, period, trigger: 'manual' });
  out(
    o.json
      ? `${JSON.stringify(r, null, 2)}\n`
      : `run ${r.runId}: ${r.stats.matchedPercent}% matched, ${r.stats.suggested} with suggestions, ${r.stats.unmatchedBank} bank lines unmatched, ${r.stats.unmatchedLedger} ledger entries open\n`,
  );
  return 0;
}

/** `bankfeed export`: an account's reconciliation report (XLSX, CSV or JSON by extension). */
export async function exportCommand(
  ctx: CliContext,
  accountId: string,
  o: { out: string; from?: string; to?: string },
): Promise<number> {
  const b = await bindingOf(ctx, accountId);
  const db = (await ctx.db()).db;
  const lines = await listLiveBankTransactions(db, accountId);
  const period = {
    from: o.from ?? lines[0]?.business_date ?? '1970-01-01',
    to: o.to ?? lines.at(-1)?.business_date ?? '2999-12-31',
  };
  const report = await buildAccountReport(db, {
    accountId,
    period,
    ledgerSourceId: b?.sourceId ?? null,
    ledgerAccount: b?.ledgerAccount ?? null,
  });
  const r = await writeReconciliationReport(report, o.out);
  out(`${r.files.join('\n')}\n`);
  return 0;
}

function loadRules(file?: string): { rules: Rule[]; source: string } {
  if (!file) return { rules: nigerianBankChargePresets(), source: 'built-in Nigerian bank-charge presets' };
  const text = readFileSync(file, 'utf8');
  return { rules: parseRules(text, /\.ya?ml$/i.test(extname(file)) ? 'yaml' : 'json', file), source: file };
}

/** `bankfeed rules list`: the rules in force (a rules file, else the built-in presets). */
export async function listRulesCommand(o: { file?: string; json?: boolean }): Promise<number> {
  const { rules, source } = loadRules(o.file);
  if (o.json) out(`${JSON.stringify(rules, null, 2)}\n`);
  else
    out(
      `${source}\n${formatTable(
        ['#', 'RULE', 'WHEN', 'THEN'],
        rules.map((r, i) => [i + 1, r.id, JSON.stringify(r.when), JSON.stringify(r.then)]),
      )}`,
    );
  return 0;
}

/** `bankfeed rules test`: which of an account's recent lines each rule would classify (first match wins). */
export async function testRulesCommand(
  ctx: CliContext,
  accountId: string,
  o: { file?: string; limit?: string; json?: boolean },
): Promise<number> {
  const { rules } = loadRules(o.file);
  const { compileRule, firstMatchingRule } = await import('../../matching/rules.js');
  const compiled = rules.map(compileRule);
  const db = (await ctx.db()).db;
  const lines = (await listLiveBankTransactions(db, accountId)).slice(-Number(o.limit ?? 200));
  const hits = lines.map((l) => {
    const rule = firstMatchingRule(compiled, {
      id: String(l.id),
      date: l.business_date,
      amountMinor: Number(l.amount_minor),
      currency: normalizeCurrency(l.currency),
      narration: l.narration,
      counterpartyName: l.counterparty_name,
    });
    return {
      id: l.id,
      date: l.business_date,
      narration: l.narration,
      amount: formatMoney({ minor: Number(l.amount_minor), currency: normalizeCurrency(l.currency) }),
      rule: rule?.id ?? null,
      ledgerAccount: rule?.then.ledgerAccount ?? null,
    };
  });
  if (o.json) out(`${JSON.stringify(hits, null, 2)}\n`);
  else
    out(
      formatTable(
        ['LINE', 'DATE', 'AMOUNT', 'NARRATION', 'RULE', 'LEDGER ACCOUNT'],
        hits
          .filter((h) => h.rule)
          .map((h) => [h.id, h.date, h.amount, h.narration.slice(0, 50), h.rule, h.ledgerAccount]),
      ) + `${hits.filter((h) => h.rule).length} of ${hits.length} lines matched a rule\n`,
    );
  return 0;
}
