import { afterEach, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox, type SandboxOptions, type TruthTransaction } from '../../sandbox/server.js';
import { call, START } from './helpers.js';

const open: Sandbox[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});
async function sandbox(opts: SandboxOptions): Promise<Sandbox> {
  // A nearly frozen clock: rows only appear when a test advances time, so paging is not disturbed by real time.
  const sb = await startSandbox({ startTime: START, timeScale: 1e-6, seed: 11, ...opts });
  open.push(sb);
  return sb;
}

const fingerprint = (t: { date: string; amount: number; type: string; balance: number; narration: string }) =>
  `${t.date}|${t.type}|${t.amount}|${t.balance}|${t.narration}`;

/** A client that copes with every fault: retries 429/503/broken JSON, re-asks a page that repeats the previous one, dedupes. */
async function copingFetchAll(sb: Sandbox, id: string, query: string): Promise<{ rows: any[]; retries: number }> {
  const byFp = new Map<string, any>();
  let page = 1;
  let retries = 0;
  let previous = '';
  for (let guard = 0; guard < 10_000; guard++) {
    const r = await call(sb, `/v2/accounts/${id}/transactions?${query}&page=${page}`);
    if (r.status === 429 || r.status === 503 || r.json === null) {
      retries++;
      continue;
    }
    expect(r.status).toBe(200);
    if (r.json.data === null) break;
    const content = JSON.stringify(r.json.data.map(fingerprint));
    if (page > 1 && content === previous) {
      retries++;
      continue; // duplicate page: ask again
    }
    previous = content;
    for (const row of r.json.data) byFp.set(fingerprint(row), row);
    if (!r.json.meta.next) break;
    page = Number(new URL(r.json.meta.next).searchParams.get('page'));
  }
  return { rows: [...byFp.values()], retries };
}

describe('faults', () => {
  it('429 carries Retry-After; 503 comes in bursts; truncated bodies are invalid JSON', async () => {
    const sb = await sandbox({ accounts: [{ id: 'f1', historyDays: 10 }], faults: { rate429: 1, retryAfterSec: 7 } });
    const r = await call(sb, '/v2/accounts/f1/transactions');
    expect(r.status).toBe(429);
    expect(r.headers.get('retry-after')).toBe('7');
    sb.setFaults({ rate429: 0, burst503Every: 4, burst503Length: 2 });
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await call(sb, '/v2/accounts/f1/balance')).status);
    expect(statuses.filter((s) => s === 503).length).toBeGreaterThanOrEqual(3);
    expect(statuses.join(',')).toMatch(/503,503/);
    sb.setFaults({ burst503Every: 0, truncatedJson: 1 });
    const t = await call(sb, '/v2/accounts/f1/transactions');
    expect(t.status).toBe(200);
    expect(() => JSON.parse(t.text)).toThrow();
  });

  it('overlapping pages repeat rows of the previous page but still cover every row', async () => {
    const sb = await sandbox({ accounts: [{ id: 'ov', historyDays: 20 }], faults: { overlappingPages: true } });
    const p1 = await call(sb, '/v2/accounts/ov/transactions?limit=20&page=1');
    const p2 = await call(sb, '/v2/accounts/ov/transactions?limit=20&page=2');
    expect(p2.json.data.slice(0, 3)).toEqual(p1.json.data.slice(-3));
    const { rows } = await copingFetchAll(sb, 'ov', 'limit=20');
    expect(rows.length).toBe(sb.truth('ov').length);
  });

  it('a duplicate page repeats its predecessor once; asking again gives the right rows', async () => {
    const sb = await sandbox({ accounts: [{ id: 'dup', historyDays: 20 }], faults: { duplicatePages: 1 } });
    const p1 = await call(sb, '/v2/accounts/dup/transactions?limit=10&page=1');
    const p2 = await call(sb, '/v2/accounts/dup/transactions?limit=10&page=2');
    expect(p2.json.data).toEqual(p1.json.data);
    expect(p2.json.meta.page).toBe(2);
    const again = await call(sb, '/v2/accounts/dup/transactions?limit=10&page=2');
    expect(again.json.data).not.toEqual(p1.json.data);
  });

  it('a client that copes with every fault at once ends with exactly the truth', async () => {
    const sb = await sandbox({
      accounts: [{ id: 'chaos', historyDays: 60, txnsPerDay: 8 }],
      faults: {
        rate429: 0.15,
        retryAfterSec: 0,
        burst503Every: 9,
        burst503Length: 2,
        truncatedJson: 0.1,
        overlappingPages: true,
        duplicatePages: 0.2,
        idChurn: 0.2,
      },
    });
    const { rows, retries } = await copingFetchAll(sb, 'chaos', 'limit=50');
    expect(retries).toBeGreaterThan(5);
    const truth = sb.truth('chaos');
    expect(new Set(rows.map(fingerprint))).toEqual(new Set(truth.map(fingerprint)));
  });

  it('id churn serves the same transaction under a new id; truth keeps a stable key and the current id', async () => {
    const sb = await sandbox({ accounts: [{ id: 'churn', historyDays: 15 }], faults: { idChurn: 0.5 } });
    const keyOf = new Map(sb.truth('churn').map((t) => [fingerprint(t), t.key]));
    const first = (await call(sb, '/v2/accounts/churn/transactions?paginate=false')).json.data as any[];
    const second = (await call(sb, '/v2/accounts/churn/transactions?paginate=false')).json.data as any[];
    const changed = second.filter((r, i) => r.id !== first[i].id);
    expect(changed.length).toBeGreaterThan(second.length / 4);
    expect(second.map(fingerprint)).toEqual(first.map(fingerprint));
    const truth = sb.truth('churn');
    expect(truth.map((t) => t.key)).toEqual(truth.map((t) => keyOf.get(fingerprint(t))));
    expect(new Set(truth.map((t) => t.id))).toEqual(new Set(second.map((r) => r.id)));
  });

  it('pending-then-posted: the pending row (own id and amount) is not in the truth; it later posts with a new id and changed amount', async () => {
    const sb = await sandbox({
      startTime: '2026-11-25T06:00:00.000Z',
      accounts: [{ id: 'pend', historyDays: 3, txnsPerDay: 60 }],
      faults: { pendingThenPosted: 1 },
    });
    sb.advance(3 * 3_600_000);
    const truthIds = new Set(sb.truth('pend').map((t) => t.id));
    const served = (await call(sb, '/v2/accounts/pend/transactions?paginate=false')).json.data as any[];
    const pending = served.filter((r) => !truthIds.has(r.id));
    expect(pending.length).toBeGreaterThan(0);
    sb.advance(4 * 3_600_000);
    const truth: TruthTransaction[] = sb.truth('pend');
    const after = (await call(sb, '/v2/accounts/pend/transactions?paginate=false')).json.data as any[];
    const afterIds = new Set(after.map((r) => r.id));
    for (const p of pending) expect(afterIds.has(p.id)).toBe(false);
    const posted = truth.filter((t) => pending.some((p) => p.narration === t.narration && p.type === t.type));
    expect(posted.length).toBeGreaterThan(0);
    for (const t of posted) {
      const p = pending.find((x) => x.narration === t.narration && x.type === t.type)!;
      expect(t.amount).not.toBe(p.amount);
      expect(t.id).not.toBe(p.id);
    }
    for (let i = 1; i < truth.length; i++)
      expect(truth[i]!.balance).toBe(
        truth[i - 1]!.balance + (truth[i]!.type === 'credit' ? truth[i]!.amount : -truth[i]!.amount),
      );
  });
});

describe('data status scenarios', () => {
  it('PARTIAL serves the balance but no transactions until a refresh completes; FAILED/UNAVAILABLE serve neither', async () => {
    const sb = await sandbox({
      accounts: [
        { id: 'part', dataStatus: 'PARTIAL', historyDays: 5 },
        { id: 'fail', dataStatus: 'FAILED' },
      ],
    });
    expect((await call(sb, '/v2/accounts/part/balance')).json.data.balance).toEqual(expect.any(Number));
    expect((await call(sb, '/v2/accounts/part/transactions')).json.data).toBeNull();
    expect((await call(sb, '/v2/accounts/part')).json.data.meta).toMatchObject({
      data_status: 'PARTIAL',
      retrieved_data: ['identity', 'balance'],
    });
    await call(sb, '/v2/accounts/part/transactions', { headers: { 'x-realtime': 'true' } });
    sb.advance(5_000);
    expect((await call(sb, '/v2/accounts/part')).json.data.meta.data_status).toBe('AVAILABLE');
    expect((await call(sb, '/v2/accounts/part/transactions?paginate=false')).json.data.length).toBe(
      sb.truth('part').length,
    );
    expect((await call(sb, '/v2/accounts/fail/balance')).json.data.balance).toBeNull();
  });
});
