import * as zlib from 'node:zlib';
import * as XLSX from 'xlsx';
import { Decimal, minorToMajorString } from '../../domain/money.js';
import { neutraliseText } from './cell-safety.js';
import { currencyNumberFormat, DATE_FORMAT, dateToSerial, PERCENT_FORMAT } from './number-formats.js';
import { isMoney, type Cell, type Column, type Table } from './table.js';

// Node's zlib instead of SheetJS's pure-JS deflate: several times faster on 100,000-row sheets.
XLSX.CFB.utils.use_zlib(zlib);

type XCell = { t: 's' | 'n'; v: string | number; z?: string };

function toXCell(value: Cell, column: Column): XCell | undefined {
  if (value === null || value === '') return undefined;
  if (isMoney(value)) {
    // Major units as a number (what accountants sum and filter); the exact decimal string avoids float scaling.
    return { t: 'n', v: Number(minorToMajorString(value.minor, value.currency)), z: currencyNumberFormat(value.currency) };
  }
  if (typeof value === 'number') return { t: 'n', v: value };
  switch (column.kind) {
    case 'date':
      return { t: 'n', v: dateToSerial(value), z: DATE_FORMAT };
    case 'percent': {
      const s = value.replace(/%$/, '').trim();
      if (/^-?\d+(\.\d+)?$/.test(s)) return { t: 'n', v: new Decimal(s).div(100).toNumber(), z: PERCENT_FORMAT };
      return { t: 's', v: neutraliseText(value) };
    }
    default:
      return { t: 's', v: neutraliseText(value) };
  }
}

function tableToSheet(table: Table): XLSX.WorkSheet {
  const data: Array<Array<XCell | undefined>> = [table.columns.map((c) => ({ t: 's', v: neutraliseText(c.header) }))];
  for (let r = 0; r < table.rows.length; r++) {
    const row = table.rows[r]!;
    const out: Array<XCell | undefined> = new Array(table.columns.length);
    for (let c = 0; c < table.columns.length; c++) out[c] = toXCell(row[c] ?? null, table.columns[c]!);
    data.push(out);
  }
  const lastCol = XLSX.utils.encode_col(table.columns.length - 1);
  const ref = `A1:${lastCol}${data.length}`;
  const ws: XLSX.WorkSheet = { '!data': data as XLSX.CellObject[][], '!ref': ref };
  ws['!cols'] = table.columns.map((c) => ({ wch: c.width }));
  if (table.layout === 'list') ws['!autofilter'] = { ref };
  return ws;
}

const PLAIN_SHEET_VIEW = '<sheetView workbookViewId="0"/>';
const FROZEN_HEADER_VIEW =
  '<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
  '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView>';

/**
 * SheetJS community edition does not write frozen panes, so the sheet XML of each list sheet gets its pane added
 * in the zip container before compression. Throws if the writer's output changes shape, rather than silently
 * producing sheets without frozen headers.
 */
function freezeHeaderRows(xlsx: Buffer, tables: Table[]): Buffer {
  const cfb = XLSX.CFB.read(xlsx, { type: 'buffer' });
  tables.forEach((t, i) => {
    if (t.layout !== 'list') return;
    const path = `/xl/worksheets/sheet${i + 1}.xml`;
    const entry = XLSX.CFB.find(cfb, path);
    if (!entry) throw new Error(`xlsx writer: ${path} not found in the written workbook`);
    const xml = Buffer.from(entry.content as Uint8Array).toString('utf8');
    if (!xml.includes(PLAIN_SHEET_VIEW)) throw new Error(`xlsx writer: unexpected sheetView in ${path}`);
    entry.content = Buffer.from(xml.replace(PLAIN_SHEET_VIEW, FROZEN_HEADER_VIEW), 'utf8');
    entry.size = (entry.content as Buffer).length;
  });
  return XLSX.CFB.write(cfb, { type: 'buffer', fileType: 'zip', compression: true }) as Buffer;
}

/** Renders tables as an XLSX workbook (one sheet per table) and returns the file's bytes. */
export function renderXlsx(tables: Table[]): Buffer {
  const wb = XLSX.utils.book_new();
  for (const t of tables) XLSX.utils.book_append_sheet(wb, tableToSheet(t), t.name);
  const raw = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: false }) as Buffer;
  return freezeHeaderRows(raw, tables);
}
