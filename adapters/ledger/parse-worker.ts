import { parentPort } from 'node:worker_threads';
import { LedgerFileError } from './ledger-file-error.js';
import { openTablesInProcess } from './open-table.js';
import { iterKey, openKey, type FromParser, type SerializedError, type ToParser } from './parse-protocol.js';
import type { RawRow, TableSource } from './table-source.js';

// The body of a parser thread: it opens one file at a time (a session), keeps its tables, and hands their rows out in
// batches when asked. The main thread owns the time and memory limits; this side only parses.

const BATCH_CELLS = 50_000;

function serialize(err: unknown): SerializedError {
  if (err instanceof LedgerFileError) {
    const { file, sheet, row, column, expected, code } = err;
    return { kind: 'ledger', file, sheet, row, column, expected, code };
  }
  const e = err instanceof Error ? err : new Error(String(err));
  return { kind: 'other', name: e.name, message: e.message, stack: e.stack };
}

const port = parentPort!;
const post = (m: FromParser): void => port.postMessage(m);
let current: { session: number; sources: TableSource[] } | null = null;
const iterations = new Map<number, AsyncIterator<RawRow>>();

async function closeIterations(): Promise<void> {
  for (const it of iterations.values()) await it.return?.();
  iterations.clear();
}

async function sendBatch(it: number): Promise<void> {
  const iter = iterations.get(it);
  if (!iter) return;
  const rows: RawRow[] = [];
  let cells = 0;
  for (;;) {
    const next = await iter.next();
    if (next.done) {
      iterations.delete(it);
      post({ t: 'rows', it, rows, done: true });
      return;
    }
    rows.push(next.value);
    cells += next.value.cells.length + 1;
    if (cells >= BATCH_CELLS) break;
  }
  post({ t: 'rows', it, rows, done: false });
}

async function handle(m: ToParser): Promise<void> {
  switch (m.t) {
    case 'open': {
      await closeIterations();
      current = null;
      try {
        const sources = await openTablesInProcess(m.path, m.opts);
        current = { session: m.session, sources };
        post({
          t: 'opened',
          session: m.session,
          sources: sources.map((s) => ({ sheet: s.sheet, fileHash: s.fileHash, dateSystem: s.dateSystem })),
        });
      } catch (err) {
        post({ t: 'failed', key: openKey(m.session), error: serialize(err) });
      }
      return;
    }
    case 'iterate': {
      const src = current?.session === m.session ? current.sources[m.source] : undefined;
      if (!src) {
        post({ t: 'failed', key: iterKey(m.it), error: serialize(new Error('parser thread does not hold this file')) });
        return;
      }
      iterations.set(m.it, src.rows()[Symbol.asyncIterator]());
      return sendBatch(m.it);
    }
    case 'pull':
      return sendBatch(m.it);
    case 'stop': {
      const iter = iterations.get(m.it);
      iterations.delete(m.it);
      await iter?.return?.();
      return;
    }
  }
}

// One message at a time: a pull must not overtake the open or the previous pull of the same iteration.
let queue: Promise<void> = Promise.resolve();
port.on('message', (m: ToParser) => {
  queue = queue.then(async () => {
    try {
      await handle(m);
    } catch (err) {
      const key = m.t === 'open' ? openKey(m.session) : iterKey(m.it);
      if (m.t !== 'open') iterations.delete(m.it);
      post({ t: 'failed', key, error: serialize(err) });
    }
  });
});
post({ t: 'ready' });
