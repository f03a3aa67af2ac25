import type { RawRow } from './table-source.js';
import type { TabularReadOptions } from './tabular-options.js';

/** Messages between a file's reader (main thread) and the parser thread that holds the file. */
export type ToParser =
  | { t: 'open'; session: number; path: string; opts: TabularReadOptions }
  | { t: 'iterate'; session: number; it: number; source: number }
  | { t: 'pull'; it: number }
  | { t: 'stop'; it: number };

export interface SourceMeta {
  sheet: string | null;
  fileHash: string;
  dateSystem: 1900 | 1904;
}

export type SerializedError =
  | {
      kind: 'ledger';
      file: string;
      sheet: string | null;
      row: number | null;
      column: string | null;
      expected: string;
      code: 'NO_HEADER' | null;
    }
  | { kind: 'other'; name: string; message: string; stack?: string };

export type FromParser =
  | { t: 'ready' }
  | { t: 'opened'; session: number; sources: SourceMeta[] }
  | { t: 'rows'; it: number; rows: RawRow[]; done: boolean }
  | { t: 'failed'; key: string; error: SerializedError };

/** Which reply a request waits for: the open of a session, or the next batch of an iteration. */
export const openKey = (session: number): string => `open:${session}`;
export const iterKey = (it: number): string => `it:${it}`;
