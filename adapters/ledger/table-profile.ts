import { normalizeCurrency, type CurrencyCode } from '../../domain/currency.js';
import { LedgerFileError } from './ledger-file-error.js';
import { dateOrderEvidence, decimalEvidence, shown } from './cell-parsers.js';
import { statedPeriod, type StatedPeriod } from './stated-period.js';
import { findPreset, normalizeHeader, PRESETS, type MappedField, type Preset } from './presets.js';
import type { ColumnMapping, DateOrder, TabularReadOptions } from './tabular-options.js';
import { cellText, type RawRow, type TableSource } from './table-source.js';

const HEADER_SCAN_ROWS = 50;
const MONEY_FIELDS: MappedField[] = ['amount', 'moneyIn', 'moneyOut', 'fee'];
/** Headers of a column that says whether the transaction completed (M-PESA's "Transaction Status"). */
const STATUS_HEADERS = ['transaction status'];

/** Column indexes for each field, after the header row was found. */
export interface ResolvedColumns {
  single: Partial<Record<Exclude<MappedField, 'description'>, number>>;
  description: number[];
}

/** Everything the reading pass needs to know about a file, settled by one profiling pass over it. */
export interface TableProfile {
  preset: string;
  headerRow: number;
  headers: string[];
  columns: ResolvedColumns;
  invertAmount: boolean;
  /** How an unsigned amount is signed (`ColumnMapping.direction`), values lower-cased; null: the amount is signed. */
  direction: ProfileDirection | null;
  dateOrder: DateOrder | null;
  /** When the order was read off the file: the first row that settled it (a later contrary row is "mixed formats"). */
  dateOrderEvidenceRow: number | null;
  decimalSeparator: '.' | ',';
  /** null when a currency column gives it per row. */
  currency: CurrencyCode | null;
  sections: boolean;
  /** The period the rows above the header say the export covers, when they say it plainly. */
  statedPeriod: StatedPeriod | null;
}

export type ProfileDirection = 'balance' | { out: ReadonlySet<string>; in: ReadonlySet<string> | null };

type FieldHeaders = Partial<Record<MappedField, string[]>>;

/** The mapping's headers by field, as written (`direction` names a column unless it is `'balance'`). */
function mappedHeaders(mapping: ColumnMapping): Array<[MappedField, string[]]> {
  return (Object.entries(mapping) as Array<[keyof ColumnMapping, unknown]>).flatMap(
    ([key, value]): Array<[MappedField, string[]]> => {
      if (key === 'invertAmount' || value === undefined || value === 'balance') return [];
      if (key === 'direction') return [['direction', [(value as { column: string }).column]]];
      return [[key, Array.isArray(value) ? (value as string[]) : [value as string]]];
    },
  );
}

function mappingFields(mapping: ColumnMapping): FieldHeaders {
  const f: FieldHeaders = {};
  for (const [key, headers] of mappedHeaders(mapping)) f[key] = headers.map((v) => normalizeHeader(v));
  return f;
}

/** Resolves fields against one row's headers; `description` may take several columns (mapping), presets take one. */
function resolve(
  fields: FieldHeaders,
  headers: string[],
  allOfEach: boolean,
): { cols: ResolvedColumns; found: number } {
  const cols: ResolvedColumns = { single: {}, description: [] };
  let found = 0;
  for (const [field, aliases] of Object.entries(fields) as Array<[MappedField, string[]]>) {
    const idx = aliases.map((a) => headers.indexOf(a));
    if (field === 'description') {
      const hits = allOfEach ? idx : idx.filter((i) => i >= 0).slice(0, 1);
      if (hits.length > 0 && hits.every((i) => i >= 0)) {
        cols.description = hits;
        found++;
      }
      continue;
    }
    const i = idx.find((x) => x >= 0);
    if (i !== undefined) {
      cols.single[field] = i;
      found++;
    }
  }
  return { cols, found };
}

function has(cols: ResolvedColumns, field: MappedField): boolean {
  return field === 'description'
    ? cols.description.length > 0
    : cols.single[field as Exclude<MappedField, 'description'>] !== undefined;
}

/**
 * Fields whose column, left unmapped, means the file is not the detected layout: a Reference, Description, Contact or
 * money column a preset does not read would be dropped (or the preset reads a different column for it). An Account
 * column is not one: bank statements carry the account number (Capitec) and a ledger preset names the account itself.
 */
const CONFLICT_FIELDS: MappedField[] = ['amount', 'moneyIn', 'moneyOut', 'description', 'reference', 'party'];
const CONFLICT_HEADERS: ReadonlySet<string> = new Set(
  PRESETS.flatMap((p) => CONFLICT_FIELDS.flatMap((f) => p.fields[f] ?? [])),
);

/** The header cells (as written) that name a field some preset reads but that these columns leave unread. */
function conflictingColumns(headers: string[], cols: ResolvedColumns, row: RawRow): string[] {
  const used = new Set<number>([...Object.values(cols.single), ...cols.description]);
  return headers.flatMap((h, i) => (!used.has(i) && CONFLICT_HEADERS.has(h) ? [cellText(row.cells[i])] : []));
}

interface HeaderMatch {
  preset: Preset | null;
  cols: ResolvedColumns;
  row: RawRow;
  index: number;
}

function describeRow(row: RawRow | undefined): string {
  if (!row) return 'the file has no rows';
  const texts = row.cells.map(cellText).filter((t) => t !== '');
  // Preamble rows hold account numbers: shown() masks long digit runs.
  return texts.length === 0
    ? `row ${row.row} is blank`
    : `row ${row.row} reads ${texts
        .slice(0, 10)
        .map((t) => `"${shown(t)}"`)
        .join(', ')}`;
}

function findHeader(rows: RawRow[], opts: TabularReadOptions, src: TableSource): HeaderMatch {
  const loc = { file: src.file, sheet: src.sheet };
  const forced = opts.preset !== undefined ? findPreset(opts.preset) : undefined;
  if (opts.preset !== undefined && !forced) {
    throw new LedgerFileError(
      loc,
      `a known preset; "${opts.preset}" is not one of ${PRESETS.map((p) => p.name).join(', ')}`,
    );
  }
  if (opts.mapping) {
    const mapped = mappingFields(opts.mapping);
    // The mapping's columns win; the preset (when named) still supplies the columns the mapping leaves out.
    const usesSigned = opts.mapping.amount !== undefined;
    const base: FieldHeaders = { ...(forced?.fields ?? {}) };
    // A preset's fee column stays: it is netted from a signed amount as from money in/out (row-reader.ts).
    if (usesSigned) {
      delete base.moneyIn;
      delete base.moneyOut;
    } else if (opts.mapping.moneyIn || opts.mapping.moneyOut) delete base.amount;
    delete base.marker;
    const wanted = Object.keys(mapped).length;
    let best: { row: RawRow; found: number; missing: string[] } | null = null;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const headers = row.cells.map((c) => normalizeHeader(cellText(c)));
      const { cols, found } = resolve(mapped, headers, true);
      if (found === wanted) {
        const extra = resolve(base, headers, false).cols;
        for (const [k, v] of Object.entries(extra.single)) {
          const key = k as keyof ResolvedColumns['single'];
          if (!(key in mapped) && cols.single[key] === undefined) cols.single[key] = v;
        }
        if (cols.description.length === 0) cols.description = extra.description;
        return { preset: forced ?? null, cols, row, index: i };
      }
      if (!best || found > best.found) {
        const missing = mappedHeaders(opts.mapping)
          .flatMap(([k, hs]) => hs.map((h) => ({ k, h })))
          .filter(({ h }) => !headers.includes(normalizeHeader(h)))
          .map(({ k, h }) => `"${h}" (mapping.${k})`);
        best = { row, found, missing };
      }
    }
    throw new LedgerFileError(
      loc,
      `a header row with the mapped columns; missing ${best ? best.missing.join(', ') : 'all of them'} (${describeRow(best?.row ?? rows[0])})`,
      { code: 'NO_HEADER' },
    );
  }
  const candidates = forced ? [forced] : PRESETS;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const headers = row.cells.map((c) => normalizeHeader(cellText(c)));
    let best: { preset: Preset; cols: ResolvedColumns; found: number } | null = null;
    let refused: { preset: Preset; left: string[] } | null = null;
    for (const preset of candidates) {
      const { cols, found } = resolve(preset.fields, headers, false);
      if (!preset.required.every((f) => has(cols, f))) continue;
      // A detected preset must account for every column that carries a meaning it would otherwise drop or misread.
      const left = forced ? [] : conflictingColumns(headers, cols, row);
      if (left.length > 0) {
        refused ??= { preset, left };
        continue;
      }
      if (!best || found > best.found) best = { preset, cols, found };
    }
    if (best) return { preset: best.preset, cols: best.cols, row, index: i };
    if (refused) {
      throw new LedgerFileError(
        { ...loc, row: row.row },
        `a "mapping" option (or "preset"): the header row looks like preset ${refused.preset.name} (${refused.preset.label}) but its columns ${refused.left.map((h) => `"${h}"`).join(', ')} do not fit that layout, so the file's layout is not known and it is not guessed (${describeRow(row)})`,
        { code: 'NO_HEADER' },
      );
    }
  }
  const expected = forced
    ? `the header row of preset ${forced.name}: ${forced.label}`
    : `a header row of a known layout (${PRESETS.map((p) => p.name).join(', ')}) or a "mapping" option`;
  throw new LedgerFileError(
    loc,
    `${expected}; none of the first ${rows.length} rows matches (${describeRow(rows.find((r) => r.cells.some((c) => cellText(c) !== '')))})`,
    {
      code: 'NO_HEADER',
    },
  );
}

const lowered = (values: string[]) => new Set(values.map((v) => v.trim().toLowerCase()));

const CURRENCY_MARK = /\b(NGN|GHS|GHC|KES|KSH|ZAR|USD|GBP|EUR)\b|₦|GH₵|KSh/g;

function marksIn(text: string, into: Set<CurrencyCode>): void {
  for (const m of text.matchAll(CURRENCY_MARK)) {
    const mark = m[0];
    into.add(mark === '₦' ? 'NGN' : mark === 'GH₵' ? 'GHS' : normalizeCurrency(mark));
  }
}

/**
 * The profiling pass: finds the header row (below any preamble), the columns, and settles what the whole file must
 * agree on — day/month order, decimal separator, currency — so the reading pass can fail on the first bad row.
 */
export async function profileTable(src: TableSource, opts: TabularReadOptions): Promise<TableProfile> {
  const loc = { file: src.file, sheet: src.sheet };
  const head: RawRow[] = [];
  const iterator = src.rows()[Symbol.asyncIterator]();
  while (head.length < HEADER_SCAN_ROWS) {
    const next = await iterator.next();
    if (next.done) break;
    head.push(next.value);
  }
  if (head.every((r) => r.cells.every((c) => cellText(c) === ''))) {
    await iterator.return?.();
    throw new LedgerFileError(loc, 'a header row and data rows; the file has no content', { code: 'NO_HEADER' });
  }
  let match: HeaderMatch;
  try {
    match = findHeader(head, opts, src);
  } catch (err) {
    await iterator.return?.();
    throw err;
  }
  const { cols } = match;
  const headers = match.row.cells.map(cellText);
  // A transaction-status column is read whatever the layout or mapping: a Failed row's money did not move.
  if (cols.single.status === undefined) {
    const i = headers.findIndex((h) => STATUS_HEADERS.includes(normalizeHeader(h)));
    if (i >= 0) cols.single.status = i;
  }
  const preset = match.preset;
  const colName = (i: number) => headers[i] || `column ${i + 1}`;
  const fee = cols.single.fee;
  if (fee !== undefined) {
    // A fee is netted from the line's movement; on its own, or read from the movement's own column, it says nothing.
    const movement = (['amount', 'moneyIn', 'moneyOut'] as const).filter((f) => cols.single[f] !== undefined);
    const same = ([...movement, 'balance'] as const).find((f) => cols.single[f] === fee);
    if (movement.length === 0 || same !== undefined) {
      await iterator.return?.();
      throw new LedgerFileError(
        { ...loc, row: match.row.row, column: colName(fee) },
        same !== undefined
          ? `a fee column of its own; "${colName(fee)}" is mapped as both "fee" and "${same}"`
          : `an "amount" or "moneyIn"/"moneyOut" column beside the fee column "${colName(fee)}": the fee is netted from the line's movement and is not read on its own`,
      );
    }
  }

  const direction = opts.mapping?.direction;
  const before = cols.single.balanceBefore;
  const unusable =
    direction !== undefined && (cols.single.amount === undefined || opts.mapping?.invertAmount)
      ? `"direction" signs an unsigned "amount" column; the mapping has ${cols.single.amount === undefined ? 'no "amount"' : '"invertAmount" too'}`
      : (direction === 'balance' || before !== undefined) && (before === undefined || cols.single.balance === undefined)
        ? 'the "balanceBefore" and "balance" columns: the balance before and after each line'
        : null;
  if (unusable) {
    await iterator.return?.();
    throw new LedgerFileError({ ...loc, row: match.row.row }, unusable);
  }

  const dateCols = [cols.single.date, cols.single.valueDate].filter((i): i is number => i !== undefined);
  const moneyCols = MONEY_FIELDS.map((f) => cols.single[f as 'amount']).filter((i): i is number => i !== undefined);
  if (cols.single.balance !== undefined) moneyCols.push(cols.single.balance);
  if (before !== undefined) moneyCols.push(before);

  let dmy: number | null = null;
  let mdy: number | null = null;
  let ambiguous: { row: number; col: number; text: string } | null = null;
  let dot: number | null = null;
  let comma: { row: number; col: number } | null = null;
  const marks = new Set<CurrencyCode>();
  // The preamble and the header row itself (ERPNext's "Debit (NGN)") say the currency when anything does.
  for (const r of head.slice(0, match.index + 1)) marksIn(r.cells.map(cellText).join(' '), marks);

  let numericDates = 0;
  let dataRows = 0;
  const inspect = (r: RawRow) => {
    dataRows++;
    for (const i of dateCols) {
      const cell = r.cells[i];
      if (typeof cell !== 'string') continue;
      const ev = dateOrderEvidence(cell);
      if (ev !== null || /^\s*\d{1,2}[/.-]\d{1,2}[/.-]\d/.test(cell)) numericDates++;
      if (ev === 'DMY') dmy ??= r.row;
      else if (ev === 'MDY') mdy ??= r.row;
      else if (ev === 'ambiguous') ambiguous ??= { row: r.row, col: i, text: cell.trim() };
    }
    for (const i of moneyCols) {
      const cell = r.cells[i];
      if (typeof cell !== 'string' || cell === '') continue;
      const ev = decimalEvidence(cell.trim());
      if (ev === '.') dot ??= r.row;
      else if (ev === ',') comma ??= { row: r.row, col: i };
      if (marks.size < 2 && /[^\d\s.,()+-]/.test(cell)) marksIn(cell, marks);
    }
  };
  // The scan stops once the file-wide questions are settled; the reading pass still refuses any row that contradicts
  // them. A file whose first 1,000 rows hold no numeric day/month dates is taken to be written in an unambiguous form.
  const configuredOrder = opts.dateOrder ?? preset?.dateOrder;
  const settled = () =>
    (configuredOrder !== undefined || dmy !== null || mdy !== null || (numericDates === 0 && dataRows >= 1000)) &&
    (opts.decimalSeparator !== undefined || dot !== null || comma !== null || dataRows >= 1000) &&
    (opts.currency !== undefined ||
      cols.single.currency !== undefined ||
      preset?.currency !== undefined ||
      dataRows >= 1000);
  for (const r of head.slice(match.index + 1)) inspect(r);
  try {
    for (
      let next = settled() ? null : await iterator.next();
      next && !next.done;
      next = settled() ? null : await iterator.next()
    ) {
      inspect(next.value);
    }
  } finally {
    await iterator.return?.();
  }

  let dateOrder: DateOrder | null = opts.dateOrder ?? preset?.dateOrder ?? null;
  if (!opts.dateOrder && !preset?.dateOrder) {
    if (dmy !== null && mdy !== null) {
      throw new LedgerFileError(
        { ...loc, row: Math.max(dmy, mdy), column: colName(dateCols[0]!) },
        `dates written one way throughout; row ${dmy} is day-first and row ${mdy} is month-first (mixed date formats)`,
      );
    }
    dateOrder = dmy !== null ? 'DMY' : mdy !== null ? 'MDY' : null;
    const amb = ambiguous as { row: number; col: number; text: string } | null;
    if (dateOrder === null && amb) {
      throw new LedgerFileError(
        { ...loc, row: amb.row, column: colName(amb.col) },
        `an unambiguous date; "${amb.text}" reads both day-first and month-first and no row settles it (set dateOrder: DMY or MDY)`,
      );
    }
  }

  let decimalSeparator: '.' | ',' = opts.decimalSeparator ?? '.';
  if (!opts.decimalSeparator) {
    const c = comma as { row: number; col: number } | null;
    if (c && dot !== null) {
      throw new LedgerFileError(
        { ...loc, row: c.row, column: colName(c.col) },
        `one decimal separator throughout; row ${dot} uses "." and row ${c.row} uses "," (set decimalSeparator)`,
      );
    }
    if (c) decimalSeparator = ',';
  }

  let currency: CurrencyCode | null = opts.currency ?? null;
  if (!currency && cols.single.currency === undefined) {
    // A mark in the file (a Ghanaian statement in the Nigerian layout says GHS) beats the layout's usual currency.
    currency = marks.size === 1 ? [...marks][0]! : (preset?.currency ?? null);
    if (!currency) {
      throw new LedgerFileError(
        loc,
        marks.size > 1
          ? `one currency; the file mentions ${[...marks].join(' and ')} (set currency)`
          : 'a currency: the layout does not imply one and the file has no currency column (set currency: NGN, GHS, KES or ZAR)',
      );
    }
  }
  const name = opts.mapping ? (preset ? `${preset.name}+mapping` : 'mapping') : preset!.name;
  return {
    preset: name,
    headerRow: match.row.row,
    headers,
    columns: cols,
    invertAmount: opts.mapping?.invertAmount ?? false,
    direction:
      direction === undefined
        ? null
        : direction === 'balance'
          ? 'balance'
          : { out: lowered(direction.out), in: direction.in ? lowered(direction.in) : null },
    dateOrder,
    dateOrderEvidenceRow:
      opts.dateOrder || preset?.dateOrder ? null : dateOrder === 'DMY' ? dmy : dateOrder === 'MDY' ? mdy : null,
    decimalSeparator,
    currency,
    sections: preset?.sections ?? false,
    statedPeriod: statedPeriod(
      head.slice(0, match.index).map((r) => r.cells.map(cellText).join(' ')),
      dateOrder,
    ),
  };
}
