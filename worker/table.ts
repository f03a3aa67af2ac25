/** A plain text table for terminals; every listing also has --json for scripts. */
export interface TableOptions {
  /** Fit this many columns by truncating the widest shrinkable cells with "…" (default 120; `--wide`: no limit). */
  maxWidth?: number | null;
  /** Columns (by header) that may be truncated, the first given first; default every column, widest first. */
  shrink?: readonly string[];
}

const GAP = 2;
const MIN_SHRUNK = 8;

export function formatTable(
  headers: string[],
  rows: Array<Array<string | number | null | undefined>>,
  opts: TableOptions = {},
): string {
  const cells = rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : String(c))));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i]?.length ?? 0)));
  const maxWidth = opts.maxWidth === undefined ? 120 : opts.maxWidth;
  if (maxWidth !== null) fit(widths, headers, maxWidth, opts.shrink);
  const cell = (c: string, w: number) => (c.length > w ? `${c.slice(0, Math.max(0, w - 1))}…` : c.padEnd(w));
  const line = (r: string[]) =>
    r
      .map((c, i) => cell(c, widths[i]!))
      .join(' '.repeat(GAP))
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n') + '\n';
}

/**
 * Narrows the shrinkable columns until the table fits: in the order given (the first down to its floor before the
 * next), or widest first when no order is given. A column never goes below its header or 8 characters.
 */
function fit(widths: number[], headers: string[], maxWidth: number, shrink?: readonly string[]): void {
  const total = () => widths.reduce((a, b) => a + b, 0) + GAP * (widths.length - 1);
  const floor = (i: number) => Math.max(MIN_SHRUNK, headers[i]!.length);
  if (shrink) {
    for (const h of shrink) {
      const i = headers.indexOf(h);
      if (i < 0) continue;
      while (total() > maxWidth && widths[i]! > floor(i)) widths[i]!--;
    }
    return;
  }
  while (total() > maxWidth) {
    let widest = -1;
    for (let i = 0; i < widths.length; i++)
      if (widths[i]! > floor(i) && (widest < 0 || widths[i]! > widths[widest]!)) widest = i;
    if (widest < 0) return;
    widths[widest]!--;
  }
}

/** An ISO instant as a table shows it: date and minutes, UTC (null stays null). */
export const shortTime = (iso: string | null): string | null => (iso ? iso.replace('T', ' ').slice(0, 16) : null);
