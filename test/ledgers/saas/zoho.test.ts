import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { LedgerAuthError, LedgerPartialWriteError, LedgerVendorError } from '../../../adapters/ledger/oauth/errors.js';
import type { ZohoBooksAdapter } from '../../../adapters/ledger/zoho/zoho-adapter.js';
import { zohoConfigSchema, zohoUrls } from '../../../adapters/ledger/zoho/zoho-config.js';
import { contractsAvailable, type ContractSet } from './contract.js';
import { openSqliteTestDb, type TestDb } from '../../support/databases.js';
import { saasTestEnv } from './saas-env.js';
import { pullInto, zohoTestAdapter } from './test-adapters.js';
import type { CliContext } from '../../../worker/cli-context.js';
import { testSourceCommand } from '../../../worker/commands/ledger-commands.js';
import { loadZohoContracts, ZOHO_CLIENT, ZOHO_ORG, ZohoFake } from './zoho-fake.js';

const PERIOD = { from: '2026-01-01', to: '2026-12-31' };
let contracts: ContractSet | null = null;
let fake: ZohoFake;
let env: ReturnType<typeof saasTestEnv>;

beforeAll(async () => {
  contracts = (await contractsAvailable()) ? await loadZohoContracts() : null;
}, 120_000);

async function setup(options: ConstructorParameters<typeof ZohoFake>[0] = {}) {
  fake = new ZohoFake({ contracts, ...options });
  await fake.start();
  env = saasTestEnv({ T_ZOHO_ID: ZOHO_CLIENT.id, T_ZOHO_SECRET: ZOHO_CLIENT.secret, T_ZOHO_RT: fake.oauth.consent() });
}

function adapter(extra: Record<string, unknown> = {}): ZohoBooksAdapter {
  return zohoTestAdapter(fake, env.dir, extra);
}

afterEach(async () => {
  await fake?.close();
  env?.cleanup();
  contracts?.assertClean();
});

afterAll(() => {
  if (contracts)
    console.log(
      `[zoho contract] checked ${contracts.checked.requests} requests, ${contracts.checked.responses} responses`,
    );
});

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

function expectedOpen(f: ZohoFake): Map<string, number> {
  const m = new Map<string, number>();
  for (const i of f.invoices)
    if (!['draft', 'void', 'paid'].includes(i.status) && Number(i.balance) > 0)
      m.set(`invoice:${i.invoice_id}:${i.customer_id}`, Math.round(Number(i.balance) * 100));
  for (const b of f.bills)
    if (!['draft', 'void', 'paid'].includes(b.status) && Number(b.balance) > 0)
      m.set(`bill:${b.bill_id}:${b.vendor_id}`, -Math.round(Number(b.balance) * 100));
  return m;
}

describe('Zoho Books configuration', () => {
  it('derives the API and accounts domains from the data centre', () => {
    const base = {
      id: 'z',
      kind: 'zoho-books',
      clientIdEnv: 'A',
      clientSecretEnv: 'B',
      tokenFile: 't',
      organizationId: '1',
      bankAccount: '1',
    };
    expect(zohoUrls(zohoConfigSchema.parse({ ...base, dataCentre: 'eu' }))).toEqual({
      api: 'https://www.zohoapis.eu/books/v3',
      token: 'https://accounts.zoho.eu/oauth/v2/token',
    });
    expect(zohoUrls(zohoConfigSchema.parse({ ...base, dataCentre: 'com.au' })).token).toBe(
      'https://accounts.zoho.com.au/oauth/v2/token',
    );
    expect(zohoConfigSchema.safeParse({ ...base, dataCentre: 'de' }).success).toBe(false);
  });
});

describe('Zoho Books adapter against the local Zoho Books', () => {
  beforeEach(() => setup());

  it('pulls open invoices (money in) and bills (money out), paging through both', async () => {
    await fake.close();
    env.cleanup();
    await setup({ openInvoices: 11, openBills: 4 });
    const r = await adapter({ perPage: 3 }).pullOpenEntries({ period: PERIOD, ledgerAccount: 'GTB' });
    expect(new Map(r.entries.map((e) => [e.id, e.amountMinor]))).toEqual(expectedOpen(fake));
    expect(r.entries.every((e) => e.account === 'GTB' && e.currency === 'NGN')).toBe(true);
    // whose each document is: an invoice the customer's, a bill the supplier's
    for (const e of r.entries)
      expect(e.partyRole).toBe(e.kind !== 'document' ? undefined : e.id.startsWith('bill:') ? 'supplier' : 'customer');
    expect(fake.http.count('GET', /\/invoices$/)).toBe(4);
  });

  it('partial and duplicated pages: every open invoice once', async () => {
    await fake.close();
    env.cleanup();
    await setup({ openInvoices: 17, openBills: 0 });
    fake.partialPage = 2;
    fake.duplicatePage = 3;
    const r = await adapter({ perPage: 4 }).pullOpenEntries({ period: PERIOD });
    expect(new Map(r.entries.map((e) => [e.id, e.amountMinor]))).toEqual(expectedOpen(fake));
    expect(r.entries).toHaveLength(17);
  });

  it('pulls incrementally by last_modified_time', async () => {
    // No overlap and no sweep: the increment alone (both re-read what did not change; see review-s30-zoho).
    const a = adapter({ cursorOverlapSeconds: 0, sweepCallsPerPull: 0 });
    const first = await a.pullOpenEntries({ period: PERIOD });
    fake.invoices[2]!.balance = '99.99';
    fake.invoices[2]!.last_modified_time = '2026-11-20T10:00:00+0000';
    const second = await a.pullOpenEntries({ period: PERIOD, cursor: first.cursor });
    expect(second.entries.map((e) => [e.id, e.amountMinor])).toEqual([
      [`invoice:${fake.invoices[2]!.invoice_id}:${fake.invoices[2]!.customer_id}`, 9999],
    ]);
  });

  it('an incremental pull reports invoices and bills paid or voided since as closed; a full pull is complete', async () => {
    const a = adapter({ cursorOverlapSeconds: 0, sweepCallsPerPull: 0 });
    const first = await a.pullOpenEntries({ period: PERIOD });
    expect(first.complete).toEqual({ from: PERIOD.from, to: PERIOD.to, ledgerAccount: '1010' });
    const open = expectedOpen(fake);
    const inv = fake.invoices.filter((i) => open.has(`invoice:${i.invoice_id}:${i.customer_id}`));
    const bill = fake.bills.find((b) => open.has(`bill:${b.bill_id}:${b.vendor_id}`))!;
    Object.assign(inv[0]!, { status: 'paid', balance: '0.00', last_modified_time: '2026-11-20T10:00:00+0000' });
    Object.assign(inv[1]!, { status: 'void', last_modified_time: '2026-11-20T10:00:00+0000' });
    Object.assign(bill, { status: 'paid', balance: 0, last_modified_time: '2026-11-20T10:00:00+0000' });
    const second = await a.pullOpenEntries({ period: PERIOD, cursor: first.cursor });
    expect(second.entries).toEqual([]);
    // the bank account's postings are read over the whole period each time (none here); no sweep of documents
    expect(second.complete).toEqual([{ from: PERIOD.from, to: PERIOD.to, ledgerAccount: '1010', kind: 'posting' }]);
    // Each document read because it changed is closed under every id it had (its party may have changed since).
    expect(second.closed!.every((c) => c.prefix)).toBe(true);
    expect(new Map(second.closed!.map((c) => [c.id, c.reason]))).toEqual(
      new Map([
        [`invoice:${inv[0]!.invoice_id}:`, 'paid'],
        [`invoice:${inv[1]!.invoice_id}:`, 'voided'],
        [`bill:${bill.bill_id}:`, 'paid'],
      ]),
    );
  });

  it('401 refreshes once (Zoho keeps the refresh token); a revoked grant stops the source', async () => {
    const a = adapter();
    await a.pullOpenEntries({ period: PERIOD });
    fake.oauth.expireAccessTokens();
    await a.pullOpenEntries({ period: PERIOD });
    expect(a.session.refreshes).toBe(2);
    fake.oauth.revoked = true;
    fake.oauth.expireAccessTokens();
    const err = await adapter()
      .pullOpenEntries({ period: PERIOD })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LedgerAuthError);
    expect((err as Error).message).toMatch(/invalid_code.*reconnect this source/);
  });

  it('429 and 5xx are retried with backoff; a lasting outage is a vendor error', async () => {
    fake.http.faults.push({
      kind: '429',
      match: (r) => r.path.endsWith('/invoices'),
      body: { code: 44, message: 'You have made too many requests' },
    });
    fake.http.faults.push({ kind: '5xx', match: (r) => r.path.endsWith('/bills') });
    const r = await adapter().pullOpenEntries({ period: PERIOD });
    expect(new Map(r.entries.map((e) => [e.id, e.amountMinor]))).toEqual(expectedOpen(fake));
    for (let i = 0; i < 4; i++) fake.http.faults.push({ kind: '5xx', match: (x) => x.path.endsWith('/bankaccounts') });
    await expect(adapter().pullOpenEntries({ period: PERIOD })).rejects.toBeInstanceOf(LedgerVendorError);
  });
});

describe('Zoho Books: the postings stored outside the pull’s period, read again on their dates', () => {
  const SEPTEMBER = { from: '2026-09-01', to: '2026-09-30' };
  const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };
  let h: TestDb;
  beforeEach(async () => {
    await setup();
    h = await openSqliteTestDb();
  });
  afterEach(async () => {
    await h?.dispose();
  });

  const pull = (a: ZohoBooksAdapter, period: { from: string; to: string }, cursor: string | null) =>
    pullInto(h.db, a, { sourceId: 'zb', ledgerAccount: '1010', period, cursor });
  const stored = async (id: string) =>
    h.db
      .selectFrom('ledger_entries')
      .select(['status', 'closed_reason', 'amount_minor'])
      .where('source_id', '=', 'zb')
      .where('external_id', '=', id)
      .executeTakeFirst();
  /** The date windows of every bank-transaction listing the adapter asks for from now on (the fake answers as ever). */
  const listingsSent = () => {
    const sent: string[] = [];
    fake.http.faults.push({
      kind: '5xx',
      match: (r) => (
        r.path.endsWith('/banktransactions') &&
          r.query.date_start &&
          sent.push(`${r.query.date_start}..${r.query.date_end}`),
        false
      ),
    });
    return sent;
  };
  /** A cheque the team records in Zoho on the bank account (a transaction added by hand). */
  const cheque = (date: string, minor: number) =>
    fake.recordByHand({ date, minor: -minor, payee: 'Utako Generators', reference: `CHQ ${date}`, type: 'expense' });

  it('across an incremental pull: deleted, uncategorised or moved to another account is closed gone, the unchanged one stays, an edited one is taken with its change', async () => {
    const a = adapter();
    const [deleted, uncategorised, moved, kept, edited] = [2, 4, 6, 8, 9].map((d) =>
      cheque(`2026-09-0${d}`, 10_000 * d),
    );
    const cursor = await pull(a, SEPTEMBER, null);
    for (const t of [deleted, uncategorised, moved, kept, edited])
      expect(await stored(`txn:${t!.transaction_id}`)).toMatchObject({ status: 'open' });
    fake.lines.splice(fake.lines.indexOf(deleted!), 1);
    uncategorised!.status = 'uncategorized';
    moved!.account_id = fake.bankAccounts[1]!.account_id;
    edited!.amount = 950;
    const sent = listingsSent();
    await pull(a, NOVEMBER, cursor);
    expect(await stored(`txn:${deleted!.transaction_id}`)).toMatchObject({ status: 'void', closed_reason: 'gone' });
    expect(await stored(`txn:${uncategorised!.transaction_id}`)).toMatchObject({
      status: 'void',
      closed_reason: 'gone',
    });
    expect(await stored(`txn:${moved!.transaction_id}`)).toMatchObject({ status: 'void', closed_reason: 'gone' });
    expect(await stored(`txn:${kept!.transaction_id}`)).toMatchObject({ status: 'open', amount_minor: -80_000 });
    expect(await stored(`txn:${edited!.transaction_id}`)).toMatchObject({ status: 'open', amount_minor: -95_000 });
    // November's own listing, and one of the dates September stored (one window of a month at most)
    expect(sent).toEqual([`${NOVEMBER.from}..${NOVEMBER.to}`, '2026-09-02..2026-09-09']);
  });

  it('reads at most outsideCallsPerPull listings a pull, the rest in turn on the next pulls, and says so', async () => {
    const a = adapter({ outsideCallsPerPull: 1 });
    const [june, august, october] = ['2026-06-10', '2026-08-10', '2026-10-10'].map((d) => cheque(d, 20_000));
    let cursor = await pull(a, { from: '2026-06-01', to: '2026-10-31' }, null);
    fake.lines.splice(fake.lines.indexOf(august!), 1);
    const windows: string[][] = [];
    for (let i = 0; i < 3; i++) {
      const sent = listingsSent();
      const ids = [june, august, october].map((t) => `txn:${t!.transaction_id}`);
      const dates = Object.fromEntries(ids.map((id, j) => [id, ['2026-06-10', '2026-08-10', '2026-10-10'][j]!]));
      const r = await a.pullOpenEntries({
        ledgerAccount: '1010',
        period: NOVEMBER,
        cursor,
        openPostingsOutside: ids,
        openPostingDates: dates,
      });
      cursor = r.cursor;
      windows.push(sent.filter((w) => !w.startsWith(NOVEMBER.from)));
      expect(r.notes).toEqual([
        "Zoho Books: 1 of the 3 postings stored outside the pull's period read again this pull (outsideCallsPerPull: 1); the other 2 in the next pulls, in turn. Until then a deletion of one of them in the books is not yet seen.",
      ]);
      expect((r.closed ?? []).filter((c) => c.id.startsWith('txn:'))).toEqual(
        i === 1 ? [{ id: `txn:${august!.transaction_id}`, reason: 'gone' }] : [],
      );
    }
    expect(windows).toEqual([['2026-06-10..2026-06-10'], ['2026-08-10..2026-08-10'], ['2026-10-10..2026-10-10']]);
  });
});

describe('Zoho Books source check', () => {
  beforeEach(() => setup());

  it('reports the grant, bank account and read access; an organisation the grant does not reach says so', async () => {
    expect((await adapter().checkSource()).map((c) => [c.check, c.ok])).toEqual([
      ['credentials', true],
      ['bank account', true],
      ['read invoices and bills', true],
      ['read bank transactions', true],
      ['accounts map', true],
      ['rule accounts mapped', true],
    ]);
    const wrongOrg = await adapter({ organizationId: '999' }).checkSource();
    expect(wrongOrg.at(-1)).toMatchObject({
      check: 'bank account',
      ok: false,
      detail: expect.stringMatching(/not associated with the CompanyID/),
    });
  });

  it('checks every account the map names is in the chart of accounts, and names a rule account left unmapped', async () => {
    const accounts = { 'Bank charges:Transfer fees': '460000000000388', 'Income:Interest received': '460000000000412' };
    const postingAccounts = [
      { account: 'Bank charges:Transfer fees', setBy: 'rule ng-nip-fee' },
      { account: 'Income:Interest received', setBy: 'rule ng-interest' },
      // written as a Zoho account_id: posted as it is
      { account: '460000000000391', setBy: 'the write-off account (BANKFEED_MATCH_WRITE_OFF_ACCOUNT)' },
      // a Kenyan preset: never posts on a naira bank account
      { account: 'Bank charges:M-Pesa fees', currency: 'KES', setBy: 'rule ke-mpesa' },
    ];
    const ok = await adapter({ accounts }).checkSource({ postingAccounts });
    expect(ok.map((c) => c.ok)).toEqual([true, true, true, true, true, true]);
    expect(ok.at(-1)!.detail).toMatch(/3 accounts .* mapped/);

    const typo = await adapter({ accounts: { ...accounts, 'Taxes:Stamp duty': '460000000000999' } }).checkSource({
      postingAccounts,
    });
    expect(typo.at(-1)).toMatchObject({
      check: 'accounts map',
      ok: false,
      detail: expect.stringMatching(
        /accounts\["Taxes:Stamp duty"\] is 460000000000999, not an active account in the organisation's chart of accounts/,
      ),
    });

    const unmapped = await adapter({ accounts }).checkSource({
      postingAccounts: [
        ...postingAccounts,
        { account: 'Taxes:Stamp duty', setBy: 'rule ng-stamp-duty' },
        { account: '460000000000555', setBy: 'rule mine' },
      ],
    });
    expect(unmapped.at(-1)).toMatchObject({ check: 'rule accounts mapped', ok: false });
    expect(unmapped.at(-1)!.detail).toMatch(
      /in the source's configuration: .*"Taxes:Stamp duty" \(rule ng-stamp-duty\) is not mapped: set accounts\["Taxes:Stamp duty"\] to its Zoho account_id/,
    );
    expect(unmapped.at(-1)!.detail).toMatch(/460000000000555 \(rule mine\) is not an active account/);
    expect(unmapped.at(-1)!.detail).not.toMatch(/M-Pesa/);
  });

  it('`bankfeed ledgers test` checks the accounts of the presets in force when a binding writes back', async () => {
    const file = join(env.dir, 'ledger.json');
    const write = (writeBack: boolean) =>
      writeFileSync(
        file,
        JSON.stringify({
          sources: [
            {
              id: 'zb',
              kind: 'zoho-books',
              clientIdEnv: 'T_ZOHO_ID',
              clientSecretEnv: 'T_ZOHO_SECRET',
              refreshTokenEnv: 'T_ZOHO_RT',
              tokenFile: 'zoho.enc',
              organizationId: ZOHO_ORG,
              bankAccount: '1010',
              accounts: { 'Bank charges:Transfer fees': '460000000000388' },
              apiUrl: fake.apiUrl,
              tokenUrl: `${fake.http.url}/oauth/v2/token`,
            },
          ],
          bindings: [{ accountId: 'acc-ng', sourceId: 'zb', ledgerAccount: '1010', writeBack }],
        }),
      );
    const ctx = {
      settings: { ledgerConfigPath: file, matching: { writeOffAccount: '460000000000391' } },
    } as unknown as CliContext;
    write(true);
    const on = await captured(() => testSourceCommand(ctx, 'zb', { json: true }));
    expect(on.code).toBe(1);
    const found = (JSON.parse(on.text) as { findings: Array<{ check: string; ok: boolean; detail: string }> }).findings;
    const rules = found.find((f) => f.check === 'rule accounts mapped')!;
    expect(rules.ok).toBe(false);
    // the Nigerian presets (on by default) post the EMTL levy; the Ghanaian ones do not post on a naira account
    expect(rules.detail).toMatch(
      /"Taxes:Electronic money transfer levy" \(rule ng-emtl, rule ng-emtl-month\) is not mapped: set accounts\["Taxes:Electronic money transfer levy"\] to its Zoho account_id/,
    );
    expect(rules.detail).not.toMatch(/"Bank charges:Transfer fees"|GHS|Ghana/);
    write(false);
    const off = await captured(() => testSourceCommand(ctx, 'zb', { json: true }));
    expect(off.code).toBe(0);
    expect(
      (JSON.parse(off.text) as { findings: Array<{ check: string; detail: string }> }).findings.find(
        (f) => f.check === 'rule accounts mapped',
      )!.detail,
    ).toMatch(/not checked/);
  });
});

describe('Zoho Books write-back through the bank transactions API', () => {
  beforeEach(() => setup());

  it('categorises the feed line as the customer’s payment of the invoice; a retry writes nothing twice', async () => {
    const inv = fake.invoices[0]!;
    const due = Math.round(Number(inv.balance) * 100);
    const line = fake.feedLine('2026-11-21', due / 100, 'credit');
    const entryId = `invoice:${inv.invoice_id}:${inv.customer_id}`;
    const s = {
      idempotencyKey: 'm-1',
      entryId,
      date: '2026-11-21',
      amountMinor: due,
      currency: 'NGN' as const,
      bankAccount: 'GTB',
    };
    const [r] = await adapter().settleEntries([s]);
    expect(r).toEqual({
      idempotencyKey: 'm-1',
      status: 'written',
      externalId: `txn:${line.transaction_id}`,
      created: true,
    });
    expect(inv.status).toBe('paid');
    expect(line.status).toBe('categorized');
    const [again] = await adapter().settleEntries([s]);
    expect(again).toMatchObject({ status: 'written', created: false, externalId: `txn:${line.transaction_id}` });
    expect(fake.lines).toHaveLength(1);
  });

  it('states the bank account’s current book balance (today only), moving with what is categorised', async () => {
    const a = adapter();
    expect(await a.bookBalance({ asOf: '2000-01-01' })).toBeNull();
    const far = '2999-12-31';
    expect(await a.bookBalance({ asOf: far })).toMatchObject({ balanceMinor: 125_000_050, currency: 'NGN' });
    const inv = fake.invoices[1]!;
    await a.settleEntries([
      {
        idempotencyKey: 'bal',
        entryId: `invoice:${inv.invoice_id}:${inv.customer_id}`,
        date: '2026-11-21',
        amountMinor: 50_000,
        currency: 'NGN',
        bankAccount: 'GTB',
      },
    ]);
    expect((await a.bookBalance({ asOf: far }))!.balanceMinor).toBe(125_000_050 + 50_000);
  });

  it('imports the bank line when Zoho has no feed line for it, then pays the bill from it; partial payments leave the rest due', async () => {
    const bill = fake.bills[0]!;
    const [r] = await adapter().settleEntries([
      {
        idempotencyKey: 'm-2',
        entryId: `bill:${bill.bill_id}:${bill.vendor_id}`,
        date: '2026-11-22',
        amountMinor: -100_000,
        currency: 'NGN',
        bankAccount: 'GTB',
      },
    ]);
    expect(r).toMatchObject({ status: 'written', created: true });
    expect(fake.lines).toHaveLength(1);
    expect(fake.lines[0]).toMatchObject({
      debit_or_credit: 'debit',
      amount: 1000,
      status: 'categorized',
      transaction_type: 'vendor_payment',
    });
    expect(bill.status).toBe('partially_paid');
  });

  it('vendor rejections (locked period, currency mismatch, void invoice) come back in Zoho’s words', async () => {
    fake.lockDate = '2026-10-31';
    const [a, b, c] = fake.invoices;
    b!.currency_code = 'KES';
    c!.status = 'void';
    const res = await adapter().settleEntries([
      {
        idempotencyKey: 'k1',
        entryId: `invoice:${a!.invoice_id}:${a!.customer_id}`,
        date: '2026-10-20',
        amountMinor: 100,
        currency: 'NGN',
        bankAccount: 'GTB',
      },
      {
        idempotencyKey: 'k2',
        entryId: `invoice:${b!.invoice_id}:${b!.customer_id}`,
        date: '2026-11-20',
        amountMinor: 100,
        currency: 'NGN',
        bankAccount: 'GTB',
      },
      {
        idempotencyKey: 'k3',
        entryId: `invoice:${c!.invoice_id}:${c!.customer_id}`,
        date: '2026-11-20',
        amountMinor: 100,
        currency: 'NGN',
        bankAccount: 'GTB',
      },
    ]);
    expect(res.map((r) => (r.status === 'rejected' ? r.vendorMessage : r.status))).toEqual([
      'You cannot create, edit or delete transactions dated on or before 2026-10-31 as the transactions are locked.',
      'The currency of the invoice (KES) must be the same as the currency of the bank account (NGN).',
      'Payments cannot be recorded for void invoices.',
    ]);
  });

  it('rule-classified charges are categorised as expenses, once; a bad expense account is refused with Zoho’s message', async () => {
    const posting = {
      idempotencyKey: 'g-9',
      date: '2026-11-03',
      description: 'COT charge',
      amountMinor: -5_375,
      currency: 'NGN' as const,
      bankAccount: '1010',
      contraAccount: '460000000000388',
    };
    fake.feedLine('2026-11-03', 53.75, 'debit');
    const r = await adapter().postEntries([posting]);
    expect(r).toEqual([{ idempotencyKey: 'g-9', externalId: `txn:${fake.lines[0]!.transaction_id}`, created: true }]);
    expect(fake.lines[0]).toMatchObject({ status: 'categorized', transaction_type: 'expense' });
    expect((await adapter().postEntries([posting]))[0]!.created).toBe(false);
    const err = await adapter()
      .postEntries([{ ...posting, idempotencyKey: 'g-10', contraAccount: '1' }])
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LedgerPartialWriteError);
    // Zoho's own refusal: not bankfeed's, so nothing about it can change by itself (never offered again)
    expect((err as LedgerPartialWriteError).rejected[0]).toEqual({
      idempotencyKey: 'g-10',
      vendorMessage: 'Invalid value passed for account_id',
    });
  });

  it('posts a rule’s charge on the Zoho account the source maps its account to, and refuses an unmapped one before importing anything', async () => {
    const posting = {
      idempotencyKey: 'g-11',
      date: '2026-11-03',
      description: 'NIP TRANSFER FEE',
      amountMinor: -5_375,
      currency: 'NGN' as const,
      bankAccount: '1010',
      contraAccount: 'Bank charges:Transfer fees',
    };
    const mapped = adapter({ accounts: { 'Bank charges:Transfer fees': '460000000000388' } });
    expect((await mapped.postEntries([posting]))[0]!.created).toBe(true);
    expect(fake.lines.at(-1)).toMatchObject({ status: 'categorized', account_id: expect.any(String) });
    const lines = fake.lines.length;
    const err = await adapter()
      .postEntries([{ ...posting, idempotencyKey: 'g-12', contraAccount: 'Taxes:Stamp duty' }])
      .catch((e: unknown) => e);
    expect((err as LedgerPartialWriteError).rejected[0]!.vendorMessage).toMatch(
      /no Zoho account for "Taxes:Stamp duty": map it .* "accounts"/,
    );
    // bankfeed's own refusal, from the source's configuration: offered again once the map has the account
    expect((err as LedgerPartialWriteError).rejected[0]!.reason).toBe('unmapped-account');
    expect(fake.lines).toHaveLength(lines);
  });
});

describe('Zoho Books contract checks', () => {
  it('an answer that drifts from the module’s document is caught', async () => {
    if (!contracts) return;
    await setup();
    fake.bankAccounts[0]!.is_active = 'yes';
    await adapter()
      .pullOpenEntries({ period: PERIOD })
      .catch(() => undefined);
    const drift = contracts.takeViolations();
    expect(drift.map((v) => v.errors).join(' ')).toMatch(/is_active must be boolean/);
  });
});
