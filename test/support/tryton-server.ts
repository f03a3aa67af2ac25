import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A real Tryton server for tests and benchmarks: the project-local venv (.tools/tryton, made by
 * scripts/provision-tryton.mjs), a SQLite database initialised once with trytond-admin and copied per server, books
 * set up by test/support/tryton_books.py (Tryton's own test helpers), then `trytond -d <db>` on a free port.
 */

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const TRYTON_VENV = process.env.BANKFEED_TRYTON_VENV ?? join(root, '.tools', 'tryton');
const bin = (name: string) => join(TRYTON_VENV, 'bin', name);
const BOOKS_SCRIPT = join(root, 'test', 'support', 'tryton_books.py');
const MODULES = ['account_invoice', 'account_statement'];

export function trytonAvailable(): boolean {
  if (!['trytond', 'trytond-admin', 'python'].every((b) => existsSync(bin(b)))) return false;
  const r = spawnSync(bin('trytond'), ['--version'], { encoding: 'utf8', timeout: 30_000 });
  return r.status === 0 && /^8\.2\./m.test(r.stdout.trim().split(/\s+/).pop() ?? '');
}

export interface TrytonInvoiceSpec {
  type: 'out' | 'in';
  party: string;
  /** Major units as a decimal string; negative for a credit note. */
  amount: string;
  date: string;
  reference?: string;
  description?: string;
}

/** An invoice paid by hand in Tryton (its Pay button), onto the bank journal's account, found by its reference. */
export interface TrytonPaymentSpec {
  reference: string;
  /** Major units as a decimal string. */
  amount: string;
  date: string;
  description?: string;
}

export interface TrytonBooksInfo {
  companyId: number;
  currency: string;
  bankJournalId: number;
  bankJournalName: string;
  cashAccount: { id: number; code: string };
  expenseAccount: { id: number; code: string };
  revenueAccount: { id: number; code: string };
  fiscalYear: { start: string; end: string };
  closedPeriod: { start: string; end: string } | null;
  userId: number;
}

export interface RunningTryton {
  url: string;
  database: string;
  login: string;
  password: string;
  books: TrytonBooksInfo;
  invoices: Array<{ id: number; number: string; state: string }>;
  dir: string;
  /** Stops the server (the database file stays until `stop`'s cleanup). */
  stop(): Promise<void>;
  /** Stops and starts the server on the same database (Tryton keeps sessions in the database: they survive). */
  restart(): Promise<void>;
  /** Books and posts more invoices (the server is stopped meanwhile: SQLite and proteus want the file alone). */
  addInvoices(specs: TrytonInvoiceSpec[]): Promise<Array<{ id: number; number: string; state: string }>>;
  /** Records payments of invoices by hand, as a clerk would (the server is stopped meanwhile, as for invoices). */
  recordPayments(specs: TrytonPaymentSpec[]): Promise<Array<{ id: number; number: string; state: string }>>;
}

export interface StartTrytonOptions {
  /** The day the fiscal year is built around (it spans six months before to five after). */
  today: string;
  currency?: string;
  journalName?: string;
  /**
   * The bank journal's currency when it is not the company's: the currency is made with Tryton's test helper, rated
   * `journalRate` units of the company's currency to one of it, and the bank account keeps it as second currency.
   */
  journalCurrency?: string;
  journalRate?: string;
  validation?: 'balance' | 'amount' | 'number_of_lines';
  /** Close the period holding this day (a write-back dated in it is refused). */
  closePeriodOf?: string;
  invoices?: TrytonInvoiceSpec[];
  /** Invoices of `invoices` paid by hand before the server starts. */
  payments?: TrytonPaymentSpec[];
  /** A directory to keep the seeded database in, reused while the seed is the same (benchmarks). */
  cacheKey?: string;
}

function conf(dir: string, port: number): string {
  const path = join(dir, 'trytond.conf');
  writeFileSync(
    path,
    [
      '[database]',
      'uri = sqlite://',
      `path = ${dir}`,
      '[web]',
      `listen = 127.0.0.1:${port}`,
      '[session]',
      // Tests log in many times from one address: keep Tryton's brute-force guard from refusing them.
      'max_attempt = 1000',
      '',
    ].join('\n'),
  );
  return path;
}

function run(cmd: string, args: string[], input: string | null, what: string, env: NodeJS.ProcessEnv = {}): string {
  const r = spawnSync(cmd, args, {
    encoding: 'utf8',
    input: input ?? undefined,
    env: { ...process.env, ...env },
    timeout: 30 * 60_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.status !== 0)
    throw new Error(
      `${what} failed (exit ${r.status ?? r.signal}): ${(r.stderr || r.stdout).split('\n').slice(-15).join('\n')}`,
    );
  return r.stdout;
}

/** A database with the modules activated and nothing else, built once per venv (about 20 s) and copied per server. */
function templateDatabase(): string {
  const cache = join(TRYTON_VENV, 'cache');
  const file = join(cache, `template-${MODULES.join('-')}.sqlite`);
  if (existsSync(file)) return file;
  mkdirSync(cache, { recursive: true });
  const work = mkdtempSync(join(cache, 'build-'));
  try {
    const config = conf(work, 0);
    writeFileSync(join(work, 'template.sqlite'), '');
    writeFileSync(join(work, 'admin-password'), 'admin\n');
    run(
      bin('trytond-admin'),
      [
        '-c',
        config,
        '-d',
        'template',
        '--all',
        '-u',
        ...MODULES,
        '--activate-dependencies',
        '--email',
        'admin@example.com',
      ],
      null,
      'trytond-admin (template database)',
      { TRYTONPASSFILE: join(work, 'admin-password') },
    );
    // Another process may have finished first: renaming over it is harmless (same content).
    renameSync(join(work, 'template.sqlite'), file);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return file;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function waitUp(url: string, proc: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`trytond exited (${proc.exitCode}): ${log().slice(-2000)}`);
    try {
      const res = await fetch(url, { method: 'POST', body: '{}', signal: AbortSignal.timeout(2000) });
      if (res.status > 0) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`trytond did not answer at ${url} within 60 s: ${log().slice(-2000)}`);
}

export async function startTryton(o: StartTrytonOptions): Promise<RunningTryton> {
  const database = 'books';
  const password = 'bankfeed-test-password';
  const login = 'bankfeed';
  const cacheDir = o.cacheKey ? join(TRYTON_VENV, 'cache', o.cacheKey) : null;
  const dir = mkdtempSync(join(tmpdir(), 'bankfeed-tryton-'));
  const dbFile = join(dir, `${database}.sqlite`);
  let books: TrytonBooksInfo;
  let invoices: RunningTryton['invoices'];
  if (cacheDir && existsSync(join(cacheDir, 'seed.json'))) {
    copyFileSync(join(cacheDir, `${database}.sqlite`), dbFile);
    ({ books, invoices } = JSON.parse(readFileSync(join(cacheDir, 'seed.json'), 'utf8')) as {
      books: TrytonBooksInfo;
      invoices: RunningTryton['invoices'];
    });
  } else {
    copyFileSync(templateDatabase(), dbFile);
    const config = conf(dir, 0);
    const py = (command: string, payload: unknown, what: string) =>
      run(bin('python'), [BOOKS_SCRIPT, config, database, command], JSON.stringify(payload), what);
    books = JSON.parse(
      py(
        'books',
        {
          today: o.today,
          currency: o.currency ?? 'NGN',
          journalName: o.journalName ?? 'GTBank current account',
          ...(o.journalCurrency ? { journalCurrency: o.journalCurrency, journalRate: o.journalRate ?? '1' } : {}),
          validation: o.validation ?? 'balance',
          closePeriodOf: o.closePeriodOf ?? null,
          login,
          password,
        },
        'tryton_books.py books',
      ),
    ) as TrytonBooksInfo;
    invoices = o.invoices?.length
      ? (JSON.parse(py('invoices', o.invoices, 'tryton_books.py invoices')) as RunningTryton['invoices'])
      : [];
    if (o.payments?.length) py('payments', o.payments, 'tryton_books.py payments');
    if (cacheDir) {
      mkdirSync(cacheDir, { recursive: true });
      copyFileSync(dbFile, join(cacheDir, `${database}.sqlite`));
      writeFileSync(join(cacheDir, 'seed.json'), JSON.stringify({ books, invoices }));
    }
  }

  const port = await freePort();
  const config = conf(dir, port);
  const url = `http://127.0.0.1:${port}`;
  let proc: ChildProcess;
  let output = '';
  const launch = async () => {
    output = '';
    proc = spawn(bin('trytond'), ['-c', config, '-d', database], { stdio: ['ignore', 'pipe', 'pipe'] });
    proc.stdout!.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-20_000)));
    proc.stderr!.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-20_000)));
    await waitUp(`${url}/${database}/rpc/`, proc, () => output);
  };
  const halt = async () => {
    if (!proc || proc.exitCode !== null) return;
    const exited = new Promise((r) => proc.once('exit', r));
    proc.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (proc.exitCode === null) proc.kill('SIGKILL');
  };
  await launch();
  return {
    url,
    database,
    login,
    password,
    books,
    invoices,
    dir,
    async stop() {
      await halt();
      rmSync(dir, { recursive: true, force: true });
    },
    async restart() {
      await halt();
      await launch();
    },
    async addInvoices(specs) {
      await halt();
      try {
        const added = JSON.parse(
          run(
            bin('python'),
            [BOOKS_SCRIPT, config, database, 'invoices'],
            JSON.stringify(specs),
            'tryton_books.py invoices',
          ),
        ) as RunningTryton['invoices'];
        invoices.push(...added);
        return added;
      } finally {
        await launch();
      }
    },
    async recordPayments(specs) {
      await halt();
      try {
        return JSON.parse(
          run(
            bin('python'),
            [BOOKS_SCRIPT, config, database, 'payments'],
            JSON.stringify(specs),
            'tryton_books.py payments',
          ),
        ) as Array<{ id: number; number: string; state: string }>;
      } finally {
        await launch();
      }
    },
  };
}
