import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../sandbox/server.js';
import { allPages, call, START } from './helpers.js';

let sb: Sandbox;
let acct: string;
beforeAll(async () => {
  sb = await startSandbox({
    startTime: START,
    seed: 7,
    accounts: [{ institution: 'GTBank', kind: 'business', historyDays: 120 }],
  });
  acct = sb.accounts()[0]!;
});
afterAll(() => sb.close());

/** Lagos business date of an ISO instant (UTC+1, no DST). */
const lagosDate = (iso: string) => new Date(Date.parse(iso) + 3_600_000).toISOString().slice(0, 10);

describe('auth and envelopes', () => {
  it("rejects a missing or wrong mono-sec-key with Mono's 401 body", async () => {
    for (const headers of [
      { 'mono-sec-key': '' },
      { 'mono-sec-key': 'test_sk_wrong' },
      { 'mono-sec-key': 'live_sk_x' },
    ]) {
      const r = await call(sb, `/v2/accounts/${acct}`, { headers });
      expect(r.status).toBe(401);
      expect(r.json).toEqual({ status: 'failed', message: 'Unauthorized request.', data: null });
    }
  });

  it('serves account details, balance and the account list in v2 envelopes', async () => {
    const d = await call(sb, `/v2/accounts/${acct}`);
    expect(d.status).toBe(200);
    expect(d.json).toMatchObject({
      status: 'successful',
      data: {
        account: { id: acct, currency: 'NGN', institution: { bank_code: '058' } },
        meta: { data_status: 'AVAILABLE' },
      },
    });
    expect(Date.parse(d.json.timestamp)).toBe(Date.parse(d.json.timestamp));
    expect(d.json.data.account.bvn).toMatch(/^\d{4}$/);
    const b = await call(sb, `/v2/accounts/${acct}/balance`);
    const truth = sb.truth(acct);
    expect(b.json.data.balance).toBe(truth[truth.length - 1]!.balance);
    const list = await call(sb, '/v2/accounts');
    expect(list.json.data.map((a: any) => a.id)).toEqual([acct]);
    expect(list.json.meta).toMatchObject({ total: 1, page: 1, next: null });
  });

  it('answers 404 for unknown accounts and for /spending, 400 naming bad parameters', async () => {
    expect((await call(sb, '/v2/accounts/aaaaaaaaaaaaaaaaaaaaaaaa')).status).toBe(404);
    expect((await call(sb, `/v2/accounts/${acct}/spending`)).status).toBe(404);
    for (const [q, name] of [
      ['start=2026-13-01', 'start'],
      ['end=31-02-2026', 'end'],
      ['type=refund', 'type'],
      ['limit=0', 'limit'],
      ['page=x', 'page'],
      ['paginate=yes', 'paginate'],
      ['start=10-11-2026&end=01-11-2026', 'start'],
    ]) {
      const r = await call(sb, `/v2/accounts/${acct}/transactions?${q}`);
      expect(r.status, q).toBe(400);
      expect(r.json.status).toBe('failed');
      expect(r.json.message).toContain(name);
    }
  });
});

describe('transactions', () => {
  it('pages a DD-MM-YYYY window to exactly the truth rows of those Lagos business dates', async () => {
    const rows = await allPages(sb, acct, 'start=01-10-2026&end=31-10-2026&limit=25');
    const expected = sb
      .truth(acct)
      .filter((t) => lagosDate(t.date) >= '2026-10-01' && lagosDate(t.date) <= '2026-10-31');
    expect(rows.length).toBe(expected.length);
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(expected.map((t) => t.id)));
    // ISO dates select the same window
    const iso = await allPages(sb, acct, 'start=2026-10-01&end=2026-10-31&limit=25');
    expect(iso.map((r) => r.id)).toEqual(rows.map((r) => r.id));
    // Some rows fall at 23:xx UTC and belong to the next Lagos date
    expect(expected.some((t) => t.date.slice(0, 10) !== lagosDate(t.date))).toBe(true);
  });

  it('uses top-level meta with an absolute next URL carrying ?page=N', async () => {
    const r = await call(sb, `/v2/accounts/${acct}/transactions?start=01-09-2026&end=30-09-2026&limit=10`);
    expect(r.json.meta).toMatchObject({ page: 1, previous: null });
    expect(r.json.meta.total).toBeGreaterThan(10);
    const next = new URL(r.json.meta.next);
    expect(next.origin).toBe(sb.url);
    expect(next.pathname).toBe(`/v2/accounts/${acct}/transactions`);
    expect(next.searchParams.get('page')).toBe('2');
    for (const t of r.json.data)
      expect(Object.keys(t).sort()).toEqual(['amount', 'balance', 'category', 'date', 'id', 'narration', 'type']);
  });

  it('answers data:null, meta:null with the "No transactions found" message when a window is empty', async () => {
    const r = await call(sb, `/v2/accounts/${acct}/transactions?start=01-01-2020&end=31-01-2020`);
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ status: 'successful', data: null, meta: null });
    expect(r.json.message).toMatch(/^No transactions found/);
  });

  it('filters by type and narration, and paginate=false returns everything', async () => {
    const credits = await allPages(sb, acct, 'type=credit&limit=200');
    expect(credits.length).toBeGreaterThan(0);
    expect(credits.every((r) => r.type === 'credit')).toBe(true);
    const levy = await allPages(sb, acct, 'narration=transfer%20levy&limit=200');
    expect(levy.length).toBeGreaterThan(0);
    expect(levy.every((r) => r.narration === 'ELECTRONIC MONEY TRANSFER LEVY' && r.amount === 5000)).toBe(true);
    const all = await call(sb, `/v2/accounts/${acct}/transactions?paginate=false`);
    expect(all.json.data.length).toBe(sb.truth(acct).length);
  });

  it('keeps running balances consistent: each balance is the previous one ± amount', async () => {
    const truth = sb.truth(acct);
    for (let i = 1; i < truth.length; i++) {
      const t = truth[i]!;
      expect(t.balance).toBe(truth[i - 1]!.balance + (t.type === 'credit' ? t.amount : -t.amount));
      expect(Number.isSafeInteger(t.amount) && t.amount > 0).toBe(true);
    }
    const served = await allPages(sb, acct, 'limit=100'); // newest first
    for (let i = 0; i + 1 < served.length; i++) {
      const r = served[i];
      expect(r.balance).toBe(served[i + 1].balance + (r.type === 'credit' ? r.amount : -r.amount));
    }
  });

  it('is deterministic: same seed, same data; another seed, other data', async () => {
    const specs = [{ id: 'acct-determinism', institution: 'Kuda', kind: 'personal' as const, historyDays: 60 }];
    const a = await startSandbox({ startTime: START, seed: 99, accounts: specs });
    const b = await startSandbox({ startTime: START, seed: 99, accounts: specs });
    const c = await startSandbox({ startTime: START, seed: 100, accounts: specs });
    try {
      const pa = await call(a, '/v2/accounts/acct-determinism/transactions?limit=50');
      const pb = await call(b, '/v2/accounts/acct-determinism/transactions?limit=50');
      const pc = await call(c, '/v2/accounts/acct-determinism/transactions?limit=50');
      expect(pa.json.data).toEqual(pb.json.data);
      expect(pa.json.data).not.toEqual(pc.json.data);
      expect(a.truth('acct-determinism')).toEqual(b.truth('acct-determinism'));
    } finally {
      await Promise.all([a.close(), b.close(), c.close()]);
    }
  });

  it('writes realistic Nigerian statement lines (NIP session ids, fee bands, levy, VAT, invoices)', () => {
    const truth = sb.truth(acct);
    const nip = truth.filter((t) => t.narration.startsWith('NIP/TRF/'));
    expect(nip.length).toBeGreaterThan(0);
    for (const t of nip) expect(t.narration).toMatch(/^NIP\/TRF\/\d{30}\//);
    const fees = truth.filter((t) => t.narration.startsWith('NIP TRANSFER FEE'));
    expect(fees.length).toBeGreaterThan(0);
    for (const f of fees) expect([1075, 2688, 5375]).toContain(f.amount);
    const invoices = sb.invoicesFor(acct);
    const paid = invoices.filter((i) => i.payments.length > 0);
    expect(paid.length).toBeGreaterThan(10);
    const byKey = new Map(truth.map((t) => [t.key, t]));
    for (const inv of paid) {
      for (const p of inv.payments) {
        const row = byKey.get(p.key)!;
        expect(row.type).toBe('credit');
        expect(row.amount).toBe(p.amount);
        expect(row.narration).toContain(p.written);
      }
      if (inv.status === 'paid') expect(inv.payments.reduce((s, p) => s + p.amount, 0)).toBe(inv.amount);
    }
    expect(invoices.some((i) => i.status === 'open')).toBe(true);
  });
});

describe('start-up validation', () => {
  it('refuses live keys, bad options and bad account specs with a message naming the field', async () => {
    await expect(startSandbox({ secretKey: 'live_sk_123' })).rejects.toThrow(/test_sk_/);
    await expect(startSandbox({ timeScale: 0 })).rejects.toThrow(/timeScale/);
    await expect(startSandbox({ startTime: 'yesterday' })).rejects.toThrow(/startTime/);
    await expect(startSandbox({ faults: { rate429: 1.5 } })).rejects.toThrow(/rate429/);
    await expect(startSandbox({ accounts: [{ institution: 'Atlantis Bank' }] })).rejects.toThrow(/Atlantis Bank/);
    await expect(startSandbox({ accounts: [{ institution: 'GCB', currency: 'NGN' }] })).rejects.toThrow(/currency/);
    await expect(startSandbox({ accounts: [{ id: 'has space' }] })).rejects.toThrow(/account id/);
    await expect(startSandbox({ accounts: [{ mfa: { reauthAfterRefreshes: -1 } }] })).rejects.toThrow(
      /reauthAfterRefreshes/,
    );
  });
});
