import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { accountMatchOptions, createReconcileActivities } from '../../activities/reconcile-activities.js';
import { createReconciliationService } from '../../activities/reconciliation-service.js';
import { buildReportDocument, writeReconciliationReport } from '../../adapters/reports/index.js';
import { normalizeCurrency } from '../../domain/currency.js';
import { isBusinessDate, parseBusinessDate } from '../../domain/dates.js';
import { formatMoney } from '../../domain/money.js';
import { builtInPresets, parseRules, type Rule } from '../../matching/rules.js';
import { getAccountLedgerBinding } from '../../db/account-repository.js';
import { listLiveBankTransactions } from '../../db/bank-transaction-repository.js';
import { createMatchRepository, GROUP_STATUSES, type GroupStatus } from '../../db/match-repository.js';
import type { CliContext } from '../cli-context.js';
import { UsageError } from '../exit-codes.js';
import { databaseWhere } from '../storage-errors.js';
import { ConfigError } from '../settings.js';
import { formatTable } from '../table.js';
import { resolveAccount } from './account-ref.js';

const actor = () => process.env.BANKFEED_ACTOR ?? process.env.USER ?? 'cli';
const out = (s: string) => process.stdout.write(s);
/** The account id a person's reference (id, alias, last four, name) names; exit 2 when none or several do. */
const idOf = async (ctx: CliContext, ref: string) => (await resolveAccount((await ctx.db()).db, ref)).id;

async function service(ctx: CliContext) {
  const feeAccount = ctx.settings.directPay.feeAccount;
  return createReconciliationService({
    db: (await ctx.db()).db,
    ...(feeAccount ? { directPayFeeAccount: feeAccount } : {}),
  });
}

async function bindingOf(
  ctx: CliContext,
  accountId: string,
): Promise<{ sourceId: string; ledgerAccount: string } | null> {
  const db = (await ctx.db()).db;
  const row = await getAccountLedgerBinding(db, accountId);
  if (!row) throw new UsageError(`no linked account "${accountId}" (see \`bankfeed accounts\`)`);
  return row.ledger_binding ? (JSON.parse(row.ledger_binding) as { sourceId: string; ledgerAccount: string }) : null;
}

/** A period option: a calendar day that exists, YYYY-MM-DD ("2026-13-45" is a usage error, exit 2). */
function periodOption(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let ok = isBusinessDate(value);
  if (ok)
    try {
      parseBusinessDate(value, 'YMD');
    } catch {
      ok = false;
    }
  if (!ok) throw new UsageError(`${flag}: "${value}" is not a date YYYY-MM-DD`);
  return value;
}

/** The period of a stored report: the options, else the account's whole synced range. */
async function periodOf(ctx: CliContext, accountId: string, o: { from?: string; to?: string }) {
  const from = periodOption('--from', o.from);
  const to = periodOption('--to', o.to);
  if (from && to && from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
  const lines = await listLiveBankTransactions((await ctx.db()).db, accountId);
  return {
    from: from ?? lines[0]?.business_date ?? '1970-01-01',
    to: to ?? lines.at(-1)?.business_date ?? '2999-12-31',
  };
}

/** The report activities over the same services `start` and `worker` build (ledger configuration included). */
async function reportActivities(ctx: CliContext) {
  const s = await ctx.services();
  return createReconcileActivities({
    database: databaseWhere(s.settings.databaseUrl),
    db: s.db,
    logger: s.logger,
    dataDir: s.settings.dataDir,
    ledger: s.ledger,
    clock: s.clock,
    reportSink: s.reportSink,
  });
}

/** `bankfeed matches list`: stored match groups and suggestions of an account, with what each line says. */
export async function listMatchesCommand(
  ctx: CliContext,
  accountId: string,
  o: { status?: string; json?: boolean; limit?: string },
): Promise<number> {
  accountId = await idOf(ctx, accountId);
  await bindingOf(ctx, accountId); // an unknown account is a usage error, not an empty list
  const statuses = o.status?.split(',').map((x) => x.trim());
  const bad = statuses?.filter((x) => !(GROUP_STATUSES as readonly string[]).includes(x)) ?? [];
  if (bad.length || statuses?.length === 0)
    throw new UsageError(`--status: "${bad.join(',')}" is not one of ${GROUP_STATUSES.join(', ')}`);
  const limit = Number(o.limit ?? 200);
  if (!/^\d+$/.test(String(o.limit ?? 200)) || limit < 1 || limit > 100_000)
    throw new UsageError(`--limit: "${o.limit}" is not a whole number from 1 to 100000`);
  const groups = await (
    await service(ctx)
  ).listGroups(accountId, { ...(statuses ? { status: statuses as GroupStatus[] } : {}), limit });
  if (o.json) {
    out(`${JSON.stringify(groups, null, 2)}\n`);
    return 0;
  }
  const db = (await ctx.db()).db;
  const bankIds = [...new Set(groups.flatMap((g) => g.bankIds))];
  const ledgerIds = [...new Set(groups.flatMap((g) => g.ledgerIds))];
  const bank = new Map<number, { date: string; amount: number; text: string }>();
  const ledger = new Map<number, { date: string; amount: number; text: string }>();
  const rows = createMatchRepository(db);
  for (const r of await rows.bankRows(bankIds))
    bank.set(Number(r.id), { date: r.business_date, amount: Number(r.amount_minor), text: r.narration ?? '' });
  for (const r of await rows.ledgerRows(ledgerIds))
    ledger.set(Number(r.id), {
      date: r.entry_date,
      amount: Number(r.amount_minor),
      text: [r.reference, r.description].filter(Boolean).join(' '),
    });
  const side = (ids: number[], m: typeof bank, currency: ReturnType<typeof normalizeCurrency>) => {
    const xs = ids.map((id) => m.get(id)).filter((x) => x !== undefined);
    return {
      date: xs.map((x) => x.date).sort()[0] ?? '',
      amount: xs.length ? formatMoney({ minor: xs.reduce((s, x) => s + x.amount, 0), currency }) : '',
      text: xs
        .map((x) => x.text)
        .join(' / ')
        .slice(0, 48),
    };
  };
  out(
    formatTable(
      ['GROUP', 'STATUS', 'CONF', 'BANK DATE', 'BANK AMOUNT', 'NARRATION', 'LEDGER DATE', 'LEDGER AMOUNT', 'ENTRY'],
      groups.map((g) => {
        const cur = normalizeCurrency(g.currency);
        const b = side(g.bankIds, bank, cur);
        const l = side(g.ledgerIds, ledger, cur);
        return [
          g.id,
          g.status,
          g.confidence.toFixed(2),
          b.date,
          b.amount,
          b.text,
          l.date,
          l.amount,
          l.text || (g.proposed ? `→ ${g.proposed.account} (rule ${g.ruleId ?? ''})` : ''),
        ];
      }),
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
    throw new UsageError(`group id must be a positive number, got "${groupId}"`);
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
  o = { ...o, account: await idOf(ctx, o.account) };
  const ids = (s: string, what: string) =>
    s.split(',').map((x) => {
      const n = Number(x.trim());
      if (!Number.isSafeInteger(n) || n <= 0) throw new UsageError(`--${what}: "${x}" is not a line id`);
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
  const id = Number(auditId);
  if (!Number.isSafeInteger(id) || id <= 0)
    throw new UsageError(`audit id must be a positive number, got "${auditId}"`);
  const r = await (await service(ctx)).undo(id, actor());
  out(`undone: group ${r.group.id} is back to ${r.group.status} (audit #${r.auditId})\n`);
  return 0;
}

/**
 * `bankfeed reconcile --account`: a stored run against the account's bound ledger (the feed does this itself), then
 * the account's report as of the period end: `--json` prints the report document, `--out` writes it. It matches with
 * the running settings (BANKFEED_MATCH_*) the composition root resolved, as the feed does, so a re-run of one account
 * gives the nightly run's answer.
 */
export async function reconcileAccountCommand(
  ctx: CliContext,
  o: { account: string; from?: string; to?: string; json?: boolean; out?: string; ledgerAccount?: string[] },
): Promise<number> {
  o = { ...o, account: await idOf(ctx, o.account) };
  const b = await bindingOf(ctx, o.account);
  if (!b)
    throw new ConfigError(
      `account ${o.account} has no ledger binding: \`bankfeed accounts bind ${o.account} --source … --ledger-account …\``,
    );
  if ((o.ledgerAccount?.length ?? 0) > 0)
    throw new UsageError('--ledger-account with --account: the binding names it (`bankfeed accounts bind`)');
  const period = await periodOf(ctx, o.account, o);
  const { db, running } = await ctx.services();
  const r = await (
    await service(ctx)
  ).reconcileAccount({
    accountId: o.account,
    ledgerSourceId: b.sourceId,
    ledgerAccount: b.ledgerAccount,
    period,
    trigger: 'manual',
    options: await accountMatchOptions(db, o.account, running.matching, running.toleranceCurrency),
  });
  const acts = await reportActivities(ctx);
  if (o.out) {
    const w = await acts.writeAccountReport({ accountId: o.account, outPath: o.out, period });
    out(`${w.files.join('\n')}\n`);
  }
  if (o.json) {
    const doc = buildReportDocument([await acts.accountReport(o.account, period)], {
      producedBy: 'reconcile --account',
    });
    out(`${JSON.stringify(doc, null, 2)}\n`);
  } else
    out(
      `run ${r.runId}: ${r.stats.matchedPercent}% matched, ${r.stats.suggested} with suggestions, ${r.stats.unmatchedBank} bank lines unmatched, ${r.stats.unmatchedLedger} ledger entries open\n`,
    );
  return 0;
}

/** `bankfeed export`: an account's reconciliation report as of the period end (XLSX, CSV or JSON by extension). */
export async function exportCommand(
  ctx: CliContext,
  accountId: string,
  o: { out: string; from?: string; to?: string },
): Promise<number> {
  accountId = await idOf(ctx, accountId);
  await bindingOf(ctx, accountId);
  const period = await periodOf(ctx, accountId, o);
  const acts = await reportActivities(ctx);
  const report = await acts.accountReport(accountId, period);
  const r = await writeReconciliationReport(report, o.out, { producedBy: 'export' });
  out(`${r.files.join('\n')}\n`);
  return 0;
}

function loadRules(file?: string): { rules: Rule[]; source: string } {
  // every country's presets, in the order a run applies them (each bound to its currency, the Nigerian ones to any)
  if (!file)
    return {
      rules: builtInPresets({ nigerianBankCharges: true }),
      source: 'built-in bank-charge presets: Ghana (GHS), Kenya (KES), South Africa (ZAR), Nigeria',
    };
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
  accountId = await idOf(ctx, accountId);
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
