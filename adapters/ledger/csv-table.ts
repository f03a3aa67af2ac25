import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import { LedgerFileError } from './ledger-file-error.js';
import type { RawRow, TableSource } from './table-source.js';

const SAMPLE_BYTES = 64 * 1024;
const DELIMITERS = [',', ';', '\t', '|'] as const;
/** A bank or ledger record is a line or a few; a megabyte of one record is a broken or hostile file. */
const MAX_RECORD_CHARS = 1024 * 1024;

interface ScanResult {
  fileHash: string;
  validUtf8: boolean;
  sample: Buffer;
}

/** One streaming pass over the bytes: SHA-256, whether the whole file is valid UTF-8, and the first 64 KB. */
async function scanBytes(path: string): Promise<ScanResult> {
  const hash = createHash('sha256');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let validUtf8 = true;
  const head: Buffer[] = [];
  let headBytes = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    if (headBytes < SAMPLE_BYTES) {
      head.push(chunk.subarray(0, SAMPLE_BYTES - headBytes));
      headBytes += Math.min(chunk.length, SAMPLE_BYTES - headBytes);
    }
    if (validUtf8) {
      try {
        decoder.decode(chunk, { stream: true });
      } catch {
        validUtf8 = false;
      }
    }
  }
  if (validUtf8) {
    try {
      decoder.decode();
    } catch {
      validUtf8 = false;
    }
  }
  return { fileHash: hash.digest('hex'), validUtf8, sample: Buffer.concat(head) };
}

/** Text files do not contain NULs, and barely any C0 control bytes besides tab/CR/LF. */
export function looksBinary(sample: Buffer): boolean {
  const n = Math.min(sample.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = sample[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.01;
}

/** Picks the delimiter that splits the most sample lines into the same (largest) number of fields, outside quotes. */
export function sniffDelimiter(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .slice(0, 60)
    .filter((l) => l.trim() !== '');
  let best: { delimiter: string; score: number } = { delimiter: ',', score: 0 };
  for (const delimiter of DELIMITERS) {
    const counts = new Map<number, number>();
    for (const line of lines) {
      let fields = 1;
      let quoted = false;
      for (const ch of line) {
        if (ch === '"') quoted = !quoted;
        else if (ch === delimiter && !quoted) fields++;
      }
      if (fields > 1) counts.set(fields, (counts.get(fields) ?? 0) + 1);
    }
    for (const [fields, lineCount] of counts) {
      const score = lineCount * fields;
      if (score > best.score) best = { delimiter, score };
    }
  }
  return best.delimiter;
}

export async function openCsvTable(
  path: string,
  opts: { encoding?: 'utf8' | 'windows-1252' } = {},
): Promise<TableSource> {
  let scan: ScanResult;
  try {
    scan = await scanBytes(path);
  } catch (err) {
    throw new LedgerFileError(
      { file: path },
      `a readable file (${(err as NodeJS.ErrnoException).code ?? 'read error'})`,
      { cause: err },
    );
  }
  if (scan.sample.length === 0)
    throw new LedgerFileError({ file: path }, 'a header row and at least one data row; the file is empty');
  if (looksBinary(scan.sample)) throw new LedgerFileError({ file: path }, 'a CSV text file; found binary data');
  // Windows-1252 is what Excel writes for "CSV" on Windows; any byte sequence that is not UTF-8 is taken as that.
  const encoding = opts.encoding ?? (scan.validUtf8 ? 'utf8' : 'windows-1252');
  if (encoding === 'utf8' && !scan.validUtf8) {
    throw new LedgerFileError({ file: path }, 'UTF-8 text (the file is not valid UTF-8; set encoding: windows-1252)');
  }
  const sampleText = encoding === 'utf8' ? scan.sample.toString('utf8') : iconv.decode(scan.sample, 'win1252');
  const delimiter = sniffDelimiter(sampleText.replace(/^\uFEFF/, ''));

  async function* rows(): AsyncIterable<RawRow> {
    const input = createReadStream(path, { highWaterMark: 256 * 1024 });
    const decoded = encoding === 'utf8' ? input : input.pipe(iconv.decodeStream('win1252'));
    const parser = decoded.pipe(
      parse({
        delimiter,
        bom: true,
        relax_column_count: true,
        relax_quotes: true,
        skip_empty_lines: false,
        // An unclosed quote would otherwise gather the rest of the file into one cell, outside any heap limit.
        max_record_size: MAX_RECORD_CHARS,
      }),
    );
    // Line numbers are counted here rather than with csv-parse's `info` option, which halves parsing speed: each
    // record starts one line after the previous one ended, plus any line breaks inside its quoted cells.
    let line = 1;
    try {
      for await (const cells of parser as AsyncIterable<string[]>) {
        yield { row: line, cells };
        line += 1;
        for (const cell of cells) if (cell.includes('\n')) line += cell.split('\n').length - 1;
      }
    } catch (err) {
      const e = err as { code?: string; lines?: number; message?: string };
      if (e.code === 'CSV_MAX_RECORD_SIZE') {
        throw new LedgerFileError(
          { file: path, row: line },
          `records of at most ${MAX_RECORD_CHARS} characters; this one runs on beyond that (an unclosed quote?)`,
          { cause: err },
        );
      }
      throw new LedgerFileError(
        { file: path, row: e.lines ?? line },
        `well-formed CSV (${e.code ?? e.message ?? 'parse error'})`,
        {
          cause: err,
        },
      );
    } finally {
      input.destroy();
    }
  }
  return { file: path, sheet: null, fileHash: scan.fileHash, dateSystem: 1900, rows };
}
