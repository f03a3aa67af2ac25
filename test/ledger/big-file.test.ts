import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLedgerFile, readLedgerFile } from '../../adapters/ledger/read-ledger-file.js';
import { writeBigLedgerCsv, writeBigLedgerXlsx } from '../fixtures/ledger/make-corpus.js';

const ROWS = 1_000_000;
let dir: string;
let file: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bankfeed-ledger-big-'));
  file = join(dir, 'gl-1m.csv');
  await writeBigLedgerCsv(file, ROWS);
}, 300_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a 1,000,000-row general-ledger CSV', () => {
  it('streams every row with bounded memory', async () => {
    const size = (await stat(file)).size;
    const started = Date.now();
    const cpu = process.cpuUsage();
    const base = process.memoryUsage().heapUsed;
    const opened = await openLedgerFile(file, { currency: 'NGN' });
    expect(opened.preset).toBe('general-ledger');
    let count = 0;
    let sum = 0;
    let peak = 0;
    let lastId = '';
    for await (const e of opened.entries()) {
      count++;
      sum += e.amountMinor;
      lastId = e.id;
      if (count % 50_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed - base);
    }
    const seconds = (Date.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;
    // Row i carries ((i % 9973) + 1).(i % 100), as a debit when i is odd and a credit when even.
    let expected = 0;
    for (let i = 0; i < ROWS; i++) expected += (i % 2 ? 1 : -1) * (((i % 9973) + 1) * 100 + (i % 100));
    expect(count).toBe(ROWS);
    expect(sum).toBe(expected);
    expect(lastId).toMatch(/^row:[0-9a-f]{24}$/);
    // Holding the rows would take several times the file's size; streaming stays near a constant.
    expect(peak).toBeLessThan(320 * 1024 * 1024);
    console.log(
      `[bench] 1M-row CSV (${(size / 1048576).toFixed(0)} MB): ${seconds.toFixed(1)} s wall, ${cpuSeconds.toFixed(1)} s CPU (${(ROWS / cpuSeconds / 1000).toFixed(0)}k rows per CPU-second), peak heap growth ${(peak / 1048576).toFixed(0)} MB`,
    );
  }, 600_000);
});

describe('a 100,000-row general-ledger XLSX', () => {
  it('reads within the default size limits', async () => {
    const path = join(dir, 'gl-100k.xlsx');
    await writeBigLedgerXlsx(path, 100_000);
    const size = (await stat(path)).size;
    const started = Date.now();
    const cpu = process.cpuUsage();
    const r = await readLedgerFile(path, { currency: 'NGN' });
    const seconds = (Date.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    expect(r.entries).toHaveLength(100_000);
    expect(r.entries[1]).toMatchObject({ date: '2024-01-02', amountMinor: 201, account: '1010' });
    expect(r.entries[99_999]!.amountMinor).toBe(((99_999 % 9973) + 1) * 100 + 99);
    console.log(
      `[bench] 100k-row XLSX (${(size / 1048576).toFixed(1)} MB): ${seconds.toFixed(1)} s wall, ${((used.user + used.system) / 1e6).toFixed(1)} s CPU, rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB`,
    );
  }, 600_000);
});
