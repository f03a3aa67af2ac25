import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTryton, TRYTON_VENV, type RunningTryton, type TrytonInvoiceSpec } from '../test/support/tryton-server.js';

/** Invoices booked per trytond call: each call is one process, well inside the helper's per-call time limit. */
const CHUNK = 1000;

/**
 * A Tryton server holding `specs` as posted invoices. The first run books them in chunks of CHUNK through Tryton's
 * model layer (Invoice.create + Invoice.post on lists, 500 per transaction: test/support/tryton_books.py), printing
 * progress, then keeps a consistent copy of the database under .tools/tryton/cache/<cacheKey> for later runs.
 */
export async function seededTryton(
  today: string,
  specs: TrytonInvoiceSpec[],
  cacheKey: string,
): Promise<RunningTryton> {
  const cacheDir = join(TRYTON_VENV, 'cache', cacheKey);
  if (existsSync(join(cacheDir, 'seed.json'))) return startTryton({ today, cacheKey });
  const tryton = await startTryton({ today });
  try {
    // Strict invoice sequences want ascending invoice dates across chunks too.
    const ordered = [...specs].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const t0 = Date.now();
    for (let i = 0; i < ordered.length; i += CHUNK) {
      await tryton.addInvoices(ordered.slice(i, i + CHUNK));
      const done = Math.min(i + CHUNK, ordered.length);
      const seconds = (Date.now() - t0) / 1000;
      console.log(
        `tryton: booked ${done}/${ordered.length} invoices in ${seconds.toFixed(0)} s (${(done / seconds).toFixed(1)}/s)`,
      );
    }
    // VACUUM INTO writes one consistent file whatever the server's write-ahead log still holds.
    mkdirSync(cacheDir, { recursive: true });
    const tmp = join(cacheDir, 'books.sqlite.tmp');
    rmSync(tmp, { force: true });
    const r = spawnSync(
      join(TRYTON_VENV, 'bin', 'python'),
      [
        '-c',
        'import sqlite3, sys; sqlite3.connect(sys.argv[1]).execute("VACUUM INTO ?", (sys.argv[2],))',
        join(tryton.dir, `${tryton.database}.sqlite`),
        tmp,
      ],
      { encoding: 'utf8' },
    );
    if (r.status !== 0) throw new Error(`copying the seeded Tryton database failed: ${r.stderr}`);
    renameSync(tmp, join(cacheDir, `${tryton.database}.sqlite`));
    writeFileSync(join(cacheDir, 'seed.json'), JSON.stringify({ books: tryton.books, invoices: tryton.invoices }));
    return tryton;
  } catch (err) {
    await tryton.stop();
    throw err;
  }
}
