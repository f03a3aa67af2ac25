import { inflateRawSync } from 'node:zlib';

export interface ZipLimits {
  maxDecompressedBytes: number;
  maxEntries: number;
}

export class ZipLimitError extends Error {}

interface CentralEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIG = 0x06054b50;
const CDH_SIG = 0x02014b50;
const LFH_SIG = 0x04034b50;

function readCentralDirectory(buf: Buffer): CentralEntry[] {
  // The end-of-central-directory record sits in the last 22 bytes plus at most a 64 KB comment.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipLimitError('an XLSX (zip) file; no zip directory found');
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) {
    throw new ZipLimitError(
      'an XLSX file of ordinary size; it uses ZIP64 sizes, which a spreadsheet export never needs',
    );
  }
  if (cdOffset + cdSize > buf.length)
    throw new ZipLimitError('an XLSX (zip) file; its directory points past the end (truncated?)');
  const entries: CentralEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CDH_SIG)
      throw new ZipLimitError('an XLSX (zip) file; its directory is damaged');
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    entries.push({
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      uncompressedSize: buf.readUInt32LE(p + 24),
      localHeaderOffset: buf.readUInt32LE(p + 42),
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/**
 * SheetJS walks the local headers, not the central directory this guard reads, so every local header must say what
 * the directory says (name, method, sizes): otherwise a part the guard saw as stored could be inflated by the parser
 * from data the guard never checked. Returns where the part's data starts.
 */
function checkLocalHeader(buf: Buffer, e: CentralEntry): number {
  const h = e.localHeaderOffset;
  if (h + 30 > buf.length || buf.readUInt32LE(h) !== LFH_SIG)
    throw new ZipLimitError(`an XLSX (zip) file; part "${e.name}" is damaged`);
  const flags = buf.readUInt16LE(h + 6);
  if (flags & 0x1) throw new ZipLimitError(`an unencrypted XLSX file; part "${e.name}" is encrypted`);
  const nameLen = buf.readUInt16LE(h + 26);
  const start = h + 30 + nameLen + buf.readUInt16LE(h + 28);
  const mismatch = (what: string) =>
    new ZipLimitError(
      `a consistent XLSX (zip) file; the local header of part "${e.name}" disagrees with the zip directory on its ${what} (tampered or corrupt), refused`,
    );
  if (buf.readUInt16LE(h + 8) !== e.method) throw mismatch('compression method');
  if (h + 30 + nameLen > buf.length || buf.toString('utf8', h + 30, h + 30 + nameLen) !== e.name)
    throw mismatch('name');
  // With a data descriptor (flag bit 3) the local sizes are zero and the real ones follow the data.
  if (!(flags & 0x8)) {
    if (buf.readUInt32LE(h + 18) !== e.compressedSize) throw mismatch('compressed size');
    if (buf.readUInt32LE(h + 22) !== e.uncompressedSize) throw mismatch('size');
  }
  if (start + e.compressedSize > buf.length)
    throw new ZipLimitError(`an XLSX (zip) file; part "${e.name}" runs past the end of the file (truncated?)`);
  return start;
}

/**
 * Refuses a zip bomb before any library inflates it: the sizes the central directory declares must stay within the
 * limit, and each deflated part is then inflated here with its declared size as a hard output cap, so a directory
 * that lies about sizes fails at the cap instead of filling memory.
 */
export function assertZipWithinLimits(buf: Buffer, limits: ZipLimits): void {
  const entries = readCentralDirectory(buf);
  if (entries.length > limits.maxEntries) {
    throw new ZipLimitError(`an XLSX file with at most ${limits.maxEntries} parts; it has ${entries.length}`);
  }
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    if (e.uncompressedSize === 0xffffffff || total > limits.maxDecompressedBytes) {
      throw new ZipLimitError(
        `an XLSX file that inflates to at most ${limits.maxDecompressedBytes} bytes; its parts declare more (zip bomb?), refused before inflating`,
      );
    }
  }
  for (const e of entries) {
    if (e.method === 0) {
      if (e.compressedSize !== e.uncompressedSize)
        throw new ZipLimitError(`a consistent XLSX file; part "${e.name}" has inconsistent sizes`);
    } else if (e.method !== 8) {
      throw new ZipLimitError(`an XLSX file compressed with deflate; part "${e.name}" uses method ${e.method}`);
    }
    const start = checkLocalHeader(buf, e);
    if (e.method === 0) continue;
    const data = buf.subarray(start, start + e.compressedSize);
    let inflated: Buffer;
    try {
      inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, e.uncompressedSize) });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
        throw new ZipLimitError(
          `an XLSX file whose parts inflate to their declared sizes; part "${e.name}" inflates beyond the ${e.uncompressedSize} bytes it declares (zip bomb?), refused`,
        );
      }
      throw new ZipLimitError(`an XLSX (zip) file; part "${e.name}" cannot be inflated (${code ?? 'corrupt data'})`);
    }
    if (inflated.length !== e.uncompressedSize) {
      throw new ZipLimitError(
        `a consistent XLSX file; part "${e.name}" inflates to ${inflated.length} bytes, not the ${e.uncompressedSize} it declares`,
      );
    }
  }
}
