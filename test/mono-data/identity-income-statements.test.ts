import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MonoStatementJobs } from '../../adapters/mono/statement-jobs.js';
import { createIdentityActivities } from '../../activities/identity-activities.js';
import { createIncomeActivities } from '../../activities/income-activities.js';
import { createStatementActivities, StatementError } from '../../activities/statement-activities.js';
import { upsertAccount } from '../../db/account-repository.js';
import { databaseKinds } from '../support/databases.js';
import { startMonoDataHarness, type MonoDataHarness } from './harness.js';

const kinds = await databaseKinds();

describe.each(kinds)('on $name', (kind) => {
  const ACCOUNT = '6600000000000000000d0018';
  let h: MonoDataHarness;
  let jobs: MonoStatementJobs;

  beforeAll(async () => {
    // Ten sandbox milliseconds per real one: Mono's five-second income job takes half a second here.
    h = await startMonoDataHarness({ sandbox: { timeScale: 10 }, openDb: kind.open });
    jobs = new MonoStatementJobs({ baseUrl: h.sandbox.url, secretKey: h.sandbox.secretKey, timeoutMs: 10_000 });
    await h.sandbox.linkAccount({
      id: ACCOUNT,
      kind: 'personal',
      institution: 'GTBank',
      historyDays: 200,
      txnsPerDay: 3,
    });
    const details = await h.mono.getAccount(ACCOUNT);
    await upsertAccount(
      h.db.db,
      {
        id: ACCOUNT,
        name: details.name ?? 'unnamed',
        institutionName: details.institution.name,
        institutionCode: details.institution.bankCode,
        accountNumberMasked: null,
        currency: details.currency,
        timezone: 'Africa/Lagos',
        accountType: details.type,
        customerId: details.customerId,
        dataStatus: details.dataStatus,
        balanceMinor: null,
        balanceAsOf: null,
      },
      new Date().toISOString(),
    );
  }, 60_000);

  afterAll(async () => {
    await jobs?.close();
    await h?.close();
  });

  describe('identity', () => {
    it('is fetched once after linking (account_connected) and stored with the BVN cut to its last four digits', async () => {
      const row = await h.until('identity', () =>
        h.db.db.selectFrom('account_identities').selectAll().where('account_id', '=', ACCOUNT).executeTakeFirst(),
      );
      const served = await h.mono.getIdentity(ACCOUNT);
      expect(served.bvn).toMatch(/^\d{11}$/);
      expect(row.bvn_last4).toBe(served.bvn!.slice(-4));
      expect(row.full_name).toBe(served.fullName);
      expect(row.fetched_by).toBe('system:account_connected');
      // Nowhere in the stored identity is the full BVN.
      expect(JSON.stringify(row)).not.toContain(served.bvn!);
      expect(JSON.stringify(row)).not.toContain(served.bvn!.slice(0, 7));
    });

    it('warns when the holder does not resemble the expected owner, and not when it does', async () => {
      const identity = createIdentityActivities({ db: h.db.db, mono: h.mono });
      const row = await identity.showIdentity({ accountId: ACCOUNT });
      expect(row.holder.verdict).toBe('unknown');
      expect(
        await identity.setExpectedHolder({
          accountId: ACCOUNT,
          name: 'Zenith Plastics Nigeria Limited',
          actor: 'test',
        }),
      ).toBe(true);
      const wrong = await identity.showIdentity({ accountId: ACCOUNT });
      expect(wrong.holder.verdict).toBe('differs');
      expect(wrong.holder.explanation).toMatch(/check that this account is yours/);
      const right = await identity.showIdentity({
        accountId: ACCOUNT,
        expected: row.identity!.full_name!.toLowerCase(),
      });
      expect(right.holder.verdict).toBe('matches');
      // A refresh keeps the expected holder a person set.
      await identity.fetchIdentity({ accountId: ACCOUNT, requestedBy: 'test' });
      expect((await identity.showIdentity({ accountId: ACCOUNT })).identity!.expected_holder).toBe(
        'Zenith Plastics Nigeria Limited',
      );
    });
  });

  describe('income', () => {
    it('keeps the request, records the webhook result in minor units, and ignores a repeat of it', async () => {
      const income = createIncomeActivities({ db: h.db.db, mono: h.mono });
      const asked = await income.requestIncome({ accountId: ACCOUNT, requestedBy: 'cli:tester', periodMonths: 6 });
      const report = await h.until('income report', async () =>
        (await income.incomeReports({ accountId: ACCOUNT })).find((r) => r.id === asked && r.status === 'received'),
      );
      expect(report.requested_by).toBe('cli:tester');
      expect(report.period_months).toBe(6);
      expect(report.source).toBe('webhook');
      expect(report.currency).toBe('NGN');
      expect(Number.isSafeInteger(Number(report.monthly_income_minor))).toBe(true);
      // The webhook carries what income-records keeps: the figures agree.
      const [record] = await h.mono.listIncomeRecords(ACCOUNT);
      expect(String(report.monthly_income_minor)).toBe(record!.monthlyIncome);
      expect(String(report.annual_income_minor)).toBe(record!.annualIncome);
      const streams = JSON.parse(report.streams!) as Array<{ monthlyAverageMinor: number; frequency: string }>;
      expect(streams.length).toBe(record!.streams.length);
      // The same analysis again (income-records, or a duplicate webhook) changes nothing.
      const raw = { id: record!.id, monthly_income: 1, income_streams: [] };
      const again = await income.recordIncomeRecords({ accountId: ACCOUNT, records: [raw] });
      expect(again).toBe(0);
      expect((await income.incomeReports({ accountId: ACCOUNT })).length).toBe(1);
    });
  });

  describe('statements on demand', () => {
    const statements = () =>
      createStatementActivities({
        db: h.db.db,
        mono: h.mono,
        jobs,
        dataDir: h.dir,
        sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
      });

    it('fetches a PDF through Mono statement job, polled until built, stored under the data dir', async () => {
      await h.control('/__sandbox/statement-pdf', { buildMs: 2_000, failNext: 0, unsupportedAccounts: [] });
      const path = await statements().fetchPdfStatement({
        accountId: ACCOUNT,
        months: 3,
        requestedBy: 'test',
        pollMs: 50,
      });
      expect(path.startsWith(h.dir)).toBe(true);
      const pdf = readFileSync(path);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.toString('latin1')).toMatch(/%%EOF\s*$/);
      const row = await h.db.db
        .selectFrom('statement_exports')
        .selectAll()
        .where('path', '=', path)
        .executeTakeFirstOrThrow();
      expect(row.status).toBe('stored');
      expect(row.job_id).toBeTruthy();
    });

    it('says in words when the job fails or the bank has no PDF statements', async () => {
      await h.control('/__sandbox/statement-pdf', { buildMs: 500, failNext: 1 });
      await expect(
        statements().fetchPdfStatement({ accountId: ACCOUNT, months: 1, requestedBy: 'test', pollMs: 50 }),
      ).rejects.toThrow(/Mono could not build the PDF statement \(job \w+ failed\)/);
      await h.control('/__sandbox/statement-pdf', { unsupportedAccounts: [ACCOUNT] });
      const err = await statements()
        .fetchPdfStatement({ accountId: ACCOUNT, months: 1, requestedBy: 'test', pollMs: 50 })
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StatementError);
      expect((err as Error).message).toMatch(
        /Mono refused the PDF statement: PDF statements are not supported for GTBank accounts/,
      );
      await expect(
        statements().fetchPdfStatement({ accountId: ACCOUNT, months: 13, requestedBy: 't' }),
      ).rejects.toThrow(/1 to 12/);
      const failed = await h.db.db.selectFrom('statement_exports').selectAll().where('status', '=', 'failed').execute();
      expect(failed.length).toBe(2);
      await h.control('/__sandbox/statement-pdf', { unsupportedAccounts: [] });
    });

    it('writes the JSON statement as CSV in the report layout, one row per transaction', async () => {
      const [path] = await statements().exportStatement({
        accountId: ACCOUNT,
        months: 2,
        format: 'csv',
        requestedBy: 'test',
        out: `${h.dir}/st.csv`,
      });
      const served = await h.mono.getStatement(ACCOUNT, 2);
      const lines = readFileSync(path!, 'utf8')
        .replace(/^\ufeff/, '')
        .trim()
        .split(/\r\n/);
      expect(lines[0]).toBe('Date,Narration,Money in,Money out,Balance,Category,Mono id');
      expect(lines.length - 1).toBe(served.length);
      const credits = served.filter((t) => t.type === 'credit').reduce((s, t) => s + t.amountMinor, 0);
      const csvCredits = lines
        .slice(1)
        .map((l) => /^[^,]*,(?:"(?:[^"]|"")*"|[^,]*),([^,]*),/.exec(l)![1]!)
        .filter(Boolean)
        .reduce((s, v) => s + Number(v.replace('.', '')), 0);
      expect(csvCredits).toBe(credits);
    });
  });
});
