import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { z } from 'zod';
import type { LedgerEntry } from '../../domain/ledger.js';
import { pullWholeExport, fileBookBalance, readSelected } from './file-adapter.js';
import { parseBusinessDate, type DateOrder } from '../../domain/dates.js';
import { LedgerFileError } from './ledger-file-error.js';
import { tabularOptionsSchema } from './tabular-options.js';
import type { LedgerAdapter, LedgerAdapterFactory, LedgerPullQuery, LedgerPullResult } from './types.js';

export const folderSourceSchema = tabularOptionsSchema
  .extend({
    id: z.string().min(1),
    kind: z.literal('folder'),
    /** The drop folder, relative to the configuration file's folder. */
    path: z.string().min(1),
    ledgerAccount: z.string().min(1).optional(),
    /** File extensions picked up (default csv, xlsx). */
    extensions: z
      .array(z.enum(['csv', 'xlsx', 'xlsm', 'txt', 'tsv']))
      .min(1)
      .optional(),
    /**
     * What each file holds: `new-entries` (the default), the entries posted since the last drop, kept together; or
     * `whole-books`, a complete export of the books each time, the newest file being the books.
     */
    holds: z.enum(['new-entries', 'whole-books']).optional(),
  })
  .strict();
export type FolderSourceConfig = z.infer<typeof folderSourceSchema>;

const cursorSchema = z.object({ v: z.literal(1), q: z.string(), files: z.array(z.string()) });

/** The cursor remembers which file contents (by hash) were already returned for this same period and account. */
function decodeCursor(cursor: string | null | undefined, scope: string): Set<string> {
  if (!cursor) return new Set();
  // a whole-books pull's cursor (account|hash): the source's `holds` was changed since, so every file is new again
  if (cursor.includes('|')) return new Set();
  try {
    const parsed = cursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return parsed.q === scope ? new Set(parsed.files) : new Set();
  } catch {
    throw new Error('folder ledger cursor is not one this adapter wrote (expected the cursor of a previous pull)');
  }
}

function encodeCursor(files: Set<string>, scope: string): string {
  return Buffer.from(JSON.stringify({ v: 1, q: scope, files: [...files].sort() })).toString('base64url');
}

async function hashFile(path: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) h.update(chunk);
  return h.digest('hex');
}

/** The export files of the folder (hidden files and Excel's lock files left out), in name order. */
async function exportFiles(dir: string, extensions: ReadonlySet<string>): Promise<string[]> {
  try {
    return (await readdir(dir, { withFileTypes: true }))
      .filter(
        (d) =>
          d.isFile() &&
          !d.name.startsWith('.') &&
          !d.name.startsWith('~$') &&
          extensions.has(extname(d.name).toLowerCase()),
      )
      .map((d) => d.name)
      .sort();
  } catch (err) {
    throw new LedgerFileError(
      { file: dir },
      `a readable folder (${(err as NodeJS.ErrnoException).code ?? 'read error'})`,
      { cause: err },
    );
  }
}

const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*';
const COPY = /^(.*?) ?\((\d{1,4})\)(\.[^.]*)$/;

/**
 * The date a name states, as the accountant wrote it ("gl-2024-01-20", "GL 02-12-2026" day first unless the source's
 * dateOrder says otherwise, "books 5 Nov 2026", "ledger Oct 2026" as the month's first day), or null.
 */
function nameDate(stem: string, order: DateOrder): string | null {
  const read = (text: string, o: DateOrder = order) => {
    try {
      return parseBusinessDate(text, o);
    } catch {
      return null;
    }
  };
  let m = /(?:^|\D)((?:19|20)\d{2})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)/.exec(stem);
  if (m) return read(`${m[1]}-${m[2]}-${m[3]}`, 'YMD');
  m = /(?:^|\D)(\d{1,2})[-_. ](\d{1,2})[-_. ]((?:19|20)\d{2})(?!\d)/.exec(stem);
  if (m) return order === 'YMD' ? null : read(`${m[1]}/${m[2]}/${m[3]}`);
  m = new RegExp(`(?:^|[^a-z0-9])(\\d{1,2})[-_ ]?${MONTH}[-_ ,]*((?:19|20)\\d{2})(?!\\d)`, 'i').exec(stem);
  if (m) return read(`${m[1]} ${m[2]} ${m[3]}`, 'DMY');
  m = new RegExp(`(?:^|[^a-z])${MONTH}[-_ ,]*((?:19|20)\\d{2})(?!\\d)`, 'i').exec(stem);
  if (m) return read(`1 ${m[1]} ${m[2]}`, 'DMY');
  m = /(?:^|\D)((?:19|20)\d{2})[-_.](\d{2})(?!\d)/.exec(stem);
  if (m) return read(`${m[1]}-${m[2]}-01`, 'YMD');
  return null;
}

/**
 * A name apart from the copy number a browser gives a second download ("general-ledger (1).csv" from Chrome,
 * "general-ledger(1).csv" from Firefox), with that number and the stem it dates from.
 */
function copyOf(name: string): { plain: string; stem: string; copy: number } {
  const m = COPY.exec(name);
  const plain = m ? m[1]! + m[3]! : name;
  return { plain, stem: plain.replace(/\.[^.]*$/, ''), copy: m ? Number(m[2]) : 0 };
}

/**
 * The newest export: the latest date the names state when every name states one (gl-2024-01-20.csv after
 * gl-2024-01-10.csv, "GL 02-12-2026.csv" after "GL 15-11-2026.csv"), else the last name; a browser's re-download
 * after the file it repeats.
 */
export function newestExport(names: readonly string[], order: DateOrder = 'DMY'): string | null {
  const read = names.map((name) => ({ name, ...copyOf(name) }));
  const dates = read.map((r) => nameDate(r.stem, order));
  const byDate = dates.every((d) => d !== null);
  let best = -1;
  for (let i = 0; i < read.length; i++) {
    if (best < 0) {
      best = i;
      continue;
    }
    const [a, b] = byDate ? [dates[i]!, dates[best]!] : [read[i]!.plain, read[best]!.plain];
    const later =
      a !== b
        ? a > b
        : read[i]!.copy !== read[best]!.copy
          ? read[i]!.copy > read[best]!.copy
          : read[i]!.name > read[best]!.name;
    if (later) best = i;
  }
  return best < 0 ? null : read[best]!.name;
}

/**
 * A drop folder of CSV/XLSX exports. Holding new entries, each pull returns the entries of files (by content) not
 * returned before under the same cursor; a row present in two overlapping exports has one id and comes back once
 * per pull, and nothing is closed (a week's file does not list the week before). Holding the whole books, the
 * newest file is read as a csv or xlsx source's export is, complete over the dates it covers; an older file dropped
 * in late changes nothing. A bad file fails the pull with its LedgerFileError and the cursor does not move, so
 * nothing is skipped silently.
 */
export function createFolderAdapter(config: FolderSourceConfig, baseDir: string): LedgerAdapter {
  const dir = resolve(baseDir, config.path);
  const extensions = new Set((config.extensions ?? ['csv', 'xlsx']).map((e) => `.${e}`));
  if (config.holds === 'whole-books') {
    const newest = async () => {
      const name = newestExport(await exportFiles(dir, extensions), config.dateOrder ?? 'DMY');
      return name === null ? null : join(dir, name);
    };
    return {
      kind: 'folder',
      async pullOpenEntries(q: LedgerPullQuery): Promise<LedgerPullResult> {
        const path = await newest();
        return path === null ? { entries: [], cursor: q.cursor ?? null } : pullWholeExport(path, config, q);
      },
      async bookBalance(q) {
        const path = await newest();
        return path === null ? null : fileBookBalance(path, config, q);
      },
    };
  }
  return {
    kind: 'folder',
    async pullOpenEntries(q: LedgerPullQuery): Promise<LedgerPullResult> {
      const scope = `${q.period.from}..${q.period.to}|${q.ledgerAccount ?? config.ledgerAccount ?? ''}`;
      const returned = decodeCursor(q.cursor, scope);
      const next = new Set(returned);
      const byId = new Map<string, LedgerEntry>();
      for (const name of await exportFiles(dir, extensions)) {
        const path = join(dir, name);
        const hash = await hashFile(path);
        if (next.has(hash)) continue;
        const { entries } = await readSelected(path, config, q);
        for (const e of entries) if (!byId.has(e.id)) byId.set(e.id, e);
        next.add(hash);
      }
      return { entries: [...byId.values()], cursor: encodeCursor(next, scope) };
    },
  };
}

export const folderLedgerAdapter: LedgerAdapterFactory<FolderSourceConfig> = {
  kind: 'folder',
  configSchema: folderSourceSchema,
  create: (config, ctx) => createFolderAdapter(config, ctx.baseDir),
};
