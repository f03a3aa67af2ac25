import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';

// One LibreOffice profile per test process: two soffice instances sharing a profile block each other.
const profile = pathToFileURL(mkdtempSync(join(tmpdir(), 'bankfeed-lo-profile-'))).href;

export function libreOfficeAvailable(): boolean {
  return spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
}

function soffice(args: string[]): void {
  const res = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (res.status !== 0) throw new Error(`soffice ${args.join(' ')} failed (${res.status}): ${res.stderr}`);
}

/**
 * Opens a workbook with LibreOffice and saves every sheet as CSV (UTF-8). `asShown` keeps the number formats
 * (₦1,175,919.09) instead of raw values (1175919.09). Returns sheet name → rows.
 */
export async function workbookToCsvSheets(
  xlsxPath: string,
  outDir: string,
  asShown: boolean,
): Promise<Map<string, string[][]>> {
  // Tokens: separator, quote, UTF-8, first line, formats, language, quoted-as-text, special numbers, save as shown,
  // formulas, trim, sheet (-1 = every sheet into NAME-SHEET.csv).
  const filter = `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,${asShown},false,false,-1`;
  soffice(['--convert-to', filter, '--outdir', outDir, xlsxPath]);
  const stem = basename(xlsxPath).replace(/\.xlsx$/, '');
  const sheets = new Map<string, string[][]>();
  for (const f of await readdir(outDir)) {
    if (!f.startsWith(`${stem}-`) || !f.endsWith('.csv')) continue;
    const rows = parse(await readFile(join(outDir, f), 'utf8'), { relax_column_count: true }) as string[][];
    sheets.set(f.slice(stem.length + 1, -4), rows);
  }
  return sheets;
}

/** Opens a CSV with LibreOffice (which evaluates "=..." cells as formulas) and saves it as XLSX. */
export function csvToXlsx(csvPath: string, outDir: string): string {
  soffice(['--infilter=CSV:44,34,76,1', '--convert-to', 'xlsx', '--outdir', outDir, csvPath]);
  return join(outDir, basename(csvPath).replace(/\.csv$/, '.xlsx'));
}
