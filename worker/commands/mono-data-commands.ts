import { userInfo } from 'node:os';
import { MonoClient } from '../../adapters/mono/index.js';
import { MonoStatementJobs } from '../../adapters/mono/statement-jobs.js';
import { createIdentityActivities } from '../../activities/identity-activities.js';
import { createIncomeActivities } from '../../activities/income-activities.js';
import { createStatementActivities } from '../../activities/statement-activities.js';
import type { IncomeReportRow } from '../../db/income-repository.js';
import { fetchIncomeRecords, type IncomeStream } from '../../adapters/mono/identity-income.js';
import { isCurrencyCode } from '../../domain/currency.js';
import { formatMoney } from '../../domain/money.js';
import type { CliContext } from '../cli-context.js';
import { ConfigError } from '../settings.js';
import { formatTable } from '../table.js';
import { resolveAccount } from './account-ref.js';

function out(s: string): void {
  process.stdout.write(s);
}

function actor(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli';
  }
}

function monoSettings(ctx: CliContext): { baseUrl: string; secretKey: string } {
  if (ctx.settings.mono.mode !== 'real')
    throw new ConfigError(
      'this command talks to Mono: set MONO_SECRET_KEY and MONO_WEBHOOK_SECRET (and MONO_BASE_URL for a sandbox)',
    );
  return { baseUrl: ctx.settings.mono.baseUrl, secretKey: ctx.settings.mono.secretKey };
}

/** The account a person named (id, alias, last four digits or name); exit 2 when none or several answer. */
async function requireAccount(ctx: CliContext, ref: string) {
  return resolveAccount((await ctx.db()).db, ref);
}

function amount(minor: number | null, currency: string | null): string {
  if (minor === null) return '—';
  return currency && isCurrencyCode(currency)
    ? formatMoney({ minor: Number(minor), currency })
    : `${minor} (minor units)`;
}

/** `bankfeed accounts show <account>`: the account, its holder's identity (BVN masked) and the holder check. */
export async function showAccountCommand(
  ctx: CliContext,
  accountId: string,
  o: { expect?: string; refresh?: boolean; json?: boolean },
): Promise<number> {
  const db = (await ctx.db()).db;
  const account = await requireAccount(ctx, accountId);
  accountId = account.id;
  let mono: MonoClient | null = null;
  try {
    if (o.refresh) mono = new MonoClient(monoSettings(ctx));
    const identity = createIdentityActivities({
      db,
      mono: mono ?? { getIdentity: () => Promise.reject(new Error('not asked to refresh')) },
    });
    if (o.refresh && !(await identity.fetchIdentity({ accountId, requestedBy: actor() })))
      process.stderr.write('bankfeed: Mono has no identity for this account yet (data still being retrieved?)\n');
    if (o.expect !== undefined && !(await identity.setExpectedHolder({ accountId, name: o.expect, actor: actor() })))
      throw new ConfigError('no identity on record yet: run with --refresh first (or wait for the link to fetch it)');
    const view = await identity.showIdentity({ accountId });
    const id = view.identity;
    const shown = {
      account: account.id,
      name: account.name,
      bank: account.institution_name,
      number: account.account_number_masked,
      currency: account.currency,
      state: account.state,
      identity: id
        ? {
            fullName: id.full_name,
            bvn: id.bvn_last4 ? `*******${id.bvn_last4}` : null,
            email: id.email,
            phone: id.phone,
            gender: id.gender,
            dob: id.dob,
            address: id.address,
            fetchedAt: id.fetched_at,
            expectedHolder: id.expected_holder,
          }
        : null,
      holder: view.holder,
    };
    if (o.json) {
      out(`${JSON.stringify(shown, null, 2)}\n`);
      return shown.holder.verdict === 'differs' ? 1 : 0;
    }
    const lines = [
      `Account   ${shown.account}  ${shown.name}`,
      `Bank      ${shown.bank ?? '—'}  number ${shown.number ?? '—'}  ${shown.currency}  ${shown.state}`,
    ];
    if (shown.identity) {
      const i = shown.identity;
      lines.push(
        `Holder    ${i.fullName ?? '—'}`,
        `BVN       ${i.bvn ?? '—'}`,
        `Contact   ${[i.email, i.phone].filter(Boolean).join('  ') || '—'}`,
        `Address   ${i.address ?? '—'}`,
        `Identity  fetched ${i.fetchedAt}${i.expectedHolder ? `; expected holder ${i.expectedHolder}` : ''}`,
      );
    } else lines.push('Identity  not on record (bankfeed accounts show <account> --refresh)');
    const h = shown.holder;
    lines.push(
      h.verdict === 'differs'
        ? `WARNING   the account holder does not resemble the expected holder: ${h.explanation}`
        : `Holder check  ${h.verdict}: ${h.explanation}`,
    );
    out(`${lines.join('\n')}\n`);
    return h.verdict === 'differs' ? 1 : 0;
  } finally {
    await mono?.close();
  }
}

function streamsOf(r: IncomeReportRow): IncomeStream[] {
  return r.streams ? (JSON.parse(r.streams) as IncomeStream[]) : [];
}

function describeReport(r: IncomeReportRow): string {
  const head = [
    `Income report ${r.id} (${r.status})`,
    `  asked by ${r.requested_by ?? '—'} at ${r.requested_at ?? '—'}, period ${r.period_months ? `${r.period_months} months` : 'all history'}`,
  ];
  if (r.status !== 'received') return [...head, '  waiting for Mono (mono.events.account_income)'].join('\n');
  const c = r.currency;
  const rows = streamsOf(r).map((s) => [
    s.incomeType ?? '—',
    s.frequency ?? '—',
    amount(s.monthlyAverageMinor, s.currency ?? c),
    s.stability ?? '—',
    s.lastIncomeDate ?? '—',
    amount(s.lastIncomeAmountMinor, s.currency ?? c),
  ]);
  return [
    ...head,
    `  received ${r.received_at} from ${r.source}`,
    `  monthly income ${amount(r.monthly_income_minor, c)}, annual ${amount(r.annual_income_minor, c)}, total ${amount(r.total_income_minor, c)}`,
    `  amounts: ${r.rounding}`,
    formatTable(['STREAM', 'FREQUENCY', 'MONTHLY AVG', 'STABILITY', 'LAST PAID', 'LAST AMOUNT'], rows).replace(
      /^/gm,
      '  ',
    ),
  ].join('\n');
}

/** `bankfeed income <account> [--months N]`: start Mono's analysis and show the latest report on record. */
export async function incomeCommand(
  ctx: CliContext,
  accountId: string,
  o: { months?: string; request?: boolean; records?: boolean; wait?: string; json?: boolean },
): Promise<number> {
  const db = (await ctx.db()).db;
  accountId = (await requireAccount(ctx, accountId)).id;
  const months = o.months === undefined ? undefined : Number(o.months);
  if (months !== undefined && (!Number.isInteger(months) || months < 1 || months > 120))
    throw new ConfigError(`--months must be a whole number of months from 1 to 120, not "${o.months}"`);
  const mono = o.request === false || o.records ? null : new MonoClient(monoSettings(ctx));
  try {
    const income = createIncomeActivities({
      db,
      mono: mono ?? { requestIncome: () => Promise.reject(new Error('not asked to request')) },
    });
    if (o.records) {
      const rows = await fetchIncomeRecords(monoSettings(ctx), accountId);
      const added = await income.recordIncomeRecords({ accountId, records: rows });
      if (!o.json) out(`Read ${rows.length} income record(s) from Mono; ${added} new.\n`);
    }
    let asked: number | null = null;
    if (mono)
      asked = await income.requestIncome({
        accountId,
        requestedBy: actor(),
        ...(months ? { periodMonths: months } : {}),
      });
    const waitMs = Number(o.wait ?? 0) * 1000;
    const deadline = Date.now() + waitMs;
    let reports = await income.incomeReports({ accountId });
    while (asked !== null && Date.now() < deadline && reports.find((r) => r.id === asked)?.status !== 'received') {
      await new Promise((r) => setTimeout(r, 1000));
      reports = await income.incomeReports({ accountId });
    }
    const latest = reports.find((r) => r.status === 'received') ?? null;
    if (o.json) {
      out(
        `${JSON.stringify({ requested: asked, latest: latest && { ...latest, streams: streamsOf(latest) } }, null, 2)}\n`,
      );
      return 0;
    }
    if (asked !== null)
      out(
        `Asked Mono for an income analysis (report ${asked}); the result arrives by webhook (mono.events.account_income).\n`,
      );
    out(latest ? `${describeReport(latest)}\n` : 'No income report received yet.\n');
    return 0;
  } finally {
    await mono?.close();
  }
}

/** `bankfeed statement <account> --months N [--pdf] [--out file]`. */
export async function statementCommand(
  ctx: CliContext,
  accountId: string,
  o: { months: string; pdf?: boolean; out?: string; json?: boolean },
): Promise<number> {
  const months = Number(o.months);
  if (!Number.isInteger(months) || months < 1 || months > 12)
    throw new ConfigError(`--months must be a whole number from 1 to 12, not "${o.months}"`);
  const db = (await ctx.db()).db;
  accountId = (await requireAccount(ctx, accountId)).id;
  const settings = monoSettings(ctx);
  const mono = new MonoClient(settings);
  const jobs = new MonoStatementJobs(settings);
  try {
    const statements = createStatementActivities({ db, mono, jobs, dataDir: ctx.settings.dataDir });
    let paths: string[];
    try {
      if (o.pdf) paths = [await statements.fetchPdfStatement({ accountId, months, requestedBy: actor() })];
      else {
        const format = o.out && /\.csv$/i.test(o.out) ? 'csv' : 'xlsx';
        if (o.out && !/\.(csv|xlsx)$/i.test(o.out)) throw new ConfigError('--out must end in .xlsx or .csv');
        paths = await statements.exportStatement({
          accountId,
          months,
          format,
          requestedBy: actor(),
          ...(o.out ? { out: o.out } : {}),
        });
      }
    } catch (e) {
      if (e instanceof Error && e.name === 'StatementError') {
        process.stderr.write(`bankfeed: ${e.message}\n`);
        return 1;
      }
      throw e;
    }
    out(
      o.json
        ? `${JSON.stringify({ files: paths })}\n`
        : `Statement written:\n${paths.map((p) => `  ${p}`).join('\n')}\n`,
    );
    return 0;
  } finally {
    await mono.close();
    await jobs.close();
  }
}
