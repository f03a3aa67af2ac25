import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli-in-process.js';
import { MonoClient } from '../../adapters/mono/index.js';
import { upsertAccount } from '../../db/account-repository.js';
import { openDb } from '../../db/connection.js';
import { syncLedgerEntries } from '../../db/ledger-sync-repository.js';
import { startSandbox, type Sandbox } from '../../sandbox/server.js';

const ACCOUNT = '6600000000000000000c0018';
let sandbox: Sandbox;
let dir: string;
let bvn: string;

const run = runCli;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bankfeed-cli-mono-'));
  sandbox = await startSandbox({ seed: 81, timeScale: 10 });
  await sandbox.linkAccount({ id: ACCOUNT, institution: 'GTBank', kind: 'personal', historyDays: 60, txnsPerDay: 2 });
  Object.assign(process.env, {
    BANKFEED_DATA_DIR: dir,
    MONO_SECRET_KEY: sandbox.secretKey,
    MONO_WEBHOOK_SECRET: sandbox.webhookSecret,
    MONO_BASE_URL: sandbox.url,
  });
  delete process.env.DATABASE_URL;
  const mono = new MonoClient({ baseUrl: sandbox.url, secretKey: sandbox.secretKey });
  const a = await mono.getAccount(ACCOUNT);
  bvn = (await mono.getIdentity(ACCOUNT)).bvn!;
  await mono.close();
  const db = await openDb({ url: join(dir, 'bankfeed.db') });
  await upsertAccount(
    db.db,
    {
      id: ACCOUNT,
      name: a.name!,
      institutionName: a.institution.name,
      institutionCode: a.institution.bankCode,
      accountNumberMasked: '1234',
      currency: a.currency,
      timezone: 'Africa/Lagos',
      accountType: a.type,
      customerId: a.customerId,
      dataStatus: a.dataStatus,
      balanceMinor: null,
      balanceAsOf: null,
    },
    new Date().toISOString(),
  );
  await db.close();
}, 60_000);

afterAll(async () => {
  await sandbox?.close();
  // The in-process CLI's log transport (a worker thread) may still open logs/bankfeed.log after the last command:
  // keep that folder so it never meets a missing directory; remove the rest.
  for (const name of readdirSync(dir)) if (name !== 'logs') rmSync(join(dir, name), { recursive: true, force: true });
});

describe('bankfeed accounts show / income / statement / collect / collections', () => {
  it('shows the identity with the BVN masked and warns about a holder that is not the expected one', async () => {
    const r = await run('accounts', 'show', ACCOUNT, '--refresh', '--expect', 'Zenith Plastics Nigeria Limited');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`BVN       *******${bvn.slice(-4)}`);
    expect(r.stdout).toMatch(/WARNING {3}the account holder does not resemble the expected holder/);
    expect(r.stdout).not.toContain(bvn);
    const j = await run('accounts', 'show', ACCOUNT, '--json');
    expect(j.code).toBe(1);
    const shown = JSON.parse(j.stdout) as { identity: { bvn: string }; holder: { verdict: string } };
    expect(shown.identity.bvn).toBe(`*******${bvn.slice(-4)}`);
    expect(shown.holder.verdict).toBe('differs');
  });

  it('starts an income analysis and says a result is awaited', async () => {
    const r = await run('income', ACCOUNT, '--months', '3');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Asked Mono for an income analysis \(report \d+\)/);
    expect(r.stdout).toContain('No income report received yet.');
    expect((await run('income', ACCOUNT, '--months', 'six')).code).toBe(3);
  });

  it('reads the analysis back from income-records when no webhook brought it, and shows it', async () => {
    // No webhook receiver here: the result waits at Mono (income-records) once its job has run.
    let r = await run('income', ACCOUNT, '--records');
    for (let i = 0; i < 50 && !r.stdout.includes('1 new'); i++) {
      await new Promise((res) => setTimeout(res, 200));
      r = await run('income', ACCOUNT, '--records');
    }
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Read 1 income record(s) from Mono; 1 new.');
    expect(r.stdout).toMatch(/Income report \d+ \(received\)/);
    expect(r.stdout).toMatch(/monthly income ₦[\d,]+\.\d\d, annual ₦/);
    expect(r.stdout).toMatch(/asked by cli:\S+ at \S+, period 3 months/);
    const again = await run('income', ACCOUNT, '--records');
    expect(again.stdout).toContain('Read 1 income record(s) from Mono; 0 new.');
  });

  it('writes a statement, and explains in words what Mono refuses', async () => {
    const ok = await run('statement', ACCOUNT, '--months', '1', '--out', join(dir, 's.xlsx'));
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(join(dir, 's.xlsx'));
    const bad = await run('statement', ACCOUNT, '--months', '13');
    expect(bad.code).toBe(3);
    expect(bad.stderr).toMatch(/--months must be a whole number from 1 to 12/);
    await fetch(`${sandbox.url}/__sandbox/statement-pdf`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'mono-sec-key': sandbox.secretKey },
      body: JSON.stringify({ unsupportedAccounts: [ACCOUNT] }),
    });
    const pdf = await run('statement', ACCOUNT, '--months', '2', '--pdf');
    expect(pdf.code).toBe(1);
    expect(pdf.stderr).toMatch(/Mono refused the PDF statement: PDF statements are not supported for GTBank accounts/);
  });

  it('collects an invoice: prints the payment link; the report lists it as requested', async () => {
    const r = await run(
      'collect',
      'INV-2026-0042',
      '--amount',
      '250,000.00',
      '--customer',
      'Temi Okonjo Stores',
      '--email',
      'accounts@temi.example',
      '--account',
      ACCOUNT,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/reference BF-INV-2026-0042-[0-9A-F]{8}/);
    expect(r.stdout).toMatch(new RegExp(`${sandbox.url}/directpay/[A-Z0-9]{12}`));
    expect(r.stderr).toMatch(/no single open invoice INV-2026-0042 in the books/);
    const bad = await run('collect', 'INV-9', '--amount', 'lots', '--customer', 'x', '--email', 'a@b.co');
    expect(bad.code).toBe(3);
    expect(bad.stderr).toMatch(/--amount: cannot read amount "lots"/);
    const rep = await run('collections', '--json');
    const report = JSON.parse(rep.stdout) as { counts: { requested: number }; rows: Array<{ amount: string }> };
    expect(report.counts.requested).toBe(1);
    expect(report.rows[0]!.amount).toBe('₦250,000.00');
    const csv = await run('collections', '--out', join(dir, 'collections.csv'));
    expect(csv.code).toBe(0);
    const text = readFileSync(join(dir, 'collections.csv'), 'utf8').replace(/^\ufeff/, '');
    expect(text.split(/\r\n/)[0]).toBe(
      'Invoice,Reference,Customer,Amount,Stage,Paid,Fee,Fee bearer,Bank line,Match,Flag,Requested by,Requested at',
    );
    expect(text).toMatch(/INV-2026-0042,BF-INV-2026-0042-[0-9A-F]{8},Temi Okonjo Stores,"₦250,000.00",requested,/);
  });

  it('refuses to collect a receipt the books hold already; collects an open invoice of the books without a note', async () => {
    const db = await openDb({ url: join(dir, 'bankfeed.db') });
    // A general ledger's bank line, as a CSV export's pull stores it (a posting), and an accounting system's invoice.
    await syncLedgerEntries(db.db, {
      sourceId: 'gl',
      label: 'csv:1010',
      entries: [
        {
          id: 'RCPT-118',
          date: '2026-11-02',
          amountMinor: 18_500_000,
          currency: 'NGN',
          reference: 'INV-2026-0051',
          description: 'Receipt INV-2026-0051 - Temi Okonjo Stores',
          account: '1010',
        },
      ],
    });
    await syncLedgerEntries(db.db, {
      sourceId: 'xero',
      label: 'xero:090',
      entries: [
        {
          id: 'invoice:0052',
          date: '2026-11-03',
          amountMinor: 9_000_000,
          currency: 'NGN',
          reference: 'INV-2026-0052',
          description: 'Invoice INV-2026-0052',
          party: 'Temi Okonjo Stores',
          account: '090',
          kind: 'document',
        },
      ],
      documentIdPrefixes: ['invoice:'],
    });
    await db.close();
    const args = ['--customer', 'Temi Okonjo Stores', '--email', 'accounts@temi.example', '--account', ACCOUNT];
    const receipt = await run('collect', 'INV-2026-0051', '--amount', '185000.00', ...args);
    expect(receipt.code).toBe(3);
    expect(receipt.stderr).toContain(
      'INV-2026-0051 is not an open invoice: the books hold it as a receipt already recorded on the bank account ' +
        '(2026-11-02, ₦185,000.00). Collecting it would ask the customer to pay money already received.',
    );
    expect(receipt.stdout).not.toContain('/directpay/');
    const invoice = await run('collect', 'INV-2026-0052', '--amount', '90000.00', ...args);
    expect(invoice.code).toBe(0);
    expect(invoice.stdout).toMatch(/reference BF-INV-2026-0052-[0-9A-F]{8}/);
    expect(invoice.stderr).not.toContain('note:');
    const report = JSON.parse((await run('collections', '--json')).stdout) as { rows: Array<{ invoiceRef: string }> };
    expect(report.rows.map((r) => r.invoiceRef).sort()).toEqual(['INV-2026-0042', 'INV-2026-0052']);
  });
});
