import { open } from 'node:fs/promises';
import { Decimal } from '../../domain/money.js';
import { majorString } from './decimal-string.js';
import { neutraliseText } from './cell-safety.js';
import { currencyNumberFormat, DATE_FORMAT, dateToSerial, PERCENT_FORMAT } from './number-formats.js';
import { isMoney, type Cell, type Column, type Table } from './table.js';
import { ZipWriter } from './zip-writer.js';

// A streaming SpreadsheetML (XLSX) writer. SheetJS builds each sheet as one string and needed ~25 s and ~700 MB
// for a 100,000-row report on the shared CI machine (and its community edition cannot freeze panes); this writes
// rows straight into the deflate stream. The output is read back by SheetJS and LibreOffice in the tests.

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const ROWS_PER_CHUNK = 2_000;

// XML 1.0 forbids most C0 controls; CR is kept as a character reference so it survives XML parsing.
// eslint-disable-next-line no-control-regex -- matching the control characters XML forbids is the point
const XML_SPECIAL = /[&<>"\r\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
function xmlText(s: string): string {
  return s.replace(XML_SPECIAL, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : c === '\r' ? '&#13;' : '',
  );
}

function columnLetters(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Number formats in use, each with its cell style (xf) index. xf 0 is the default style, xf 1 the bold header. */
class StyleBook {
  private readonly formats = new Map<string, number>();

  styleFor(format: string): number {
    let xf = this.formats.get(format);
    if (xf === undefined) {
      xf = 2 + this.formats.size;
      this.formats.set(format, xf);
    }
    return xf;
  }

  xml(): string {
    const fmts = [...this.formats.keys()];
    const numFmts = fmts.map((f, i) => `<numFmt numFmtId="${164 + i}" formatCode="${xmlText(f)}"/>`).join('');
    const xfs = fmts
      .map((_, i) => `<xf numFmtId="${164 + i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`)
      .join('');
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN_NS}">` +
      (fmts.length ? `<numFmts count="${fmts.length}">${numFmts}</numFmts>` : '') +
      '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${2 + fmts.length}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
      `<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>${xfs}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
    );
  }
}

function cellXml(ref: string, value: Cell, column: Column, styles: StyleBook): string {
  if (value === null || value === '') return '';
  if (isMoney(value)) {
    // The exact decimal in major units: numeric for the spreadsheet, never scaled through a float here.
    return `<c r="${ref}" s="${styles.styleFor(currencyNumberFormat(value.currency))}"><v>${majorString(value.minor, value.currency)}</v></c>`;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${ref}"><v>${value}</v></c>` : '';
  if (column.kind === 'date')
    return `<c r="${ref}" s="${styles.styleFor(DATE_FORMAT)}"><v>${dateToSerial(value)}</v></c>`;
  if (column.kind === 'percent') {
    const s = value.replace(/%$/, '').trim();
    if (/^-?\d+(\.\d+)?$/.test(s))
      return `<c r="${ref}" s="${styles.styleFor(PERCENT_FORMAT)}"><v>${new Decimal(s).div(100).toString()}</v></c>`;
  }
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlText(neutraliseText(value))}</t></is></c>`;
}

/** The sheet XML in chunks; `rowCount` is filled in once the rows have been written (for the autofilter range). */
function* sheetXml(table: Table, styles: StyleBook, out: { rows: number }): Generator<string> {
  const letters = table.columns.map((_, i) => columnLetters(i));
  const lastCol = letters[letters.length - 1]!;
  const frozen = table.layout === 'list';
  const view = frozen
    ? '<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView>'
    : '<sheetView workbookViewId="0"/>';
  const cols = table.columns
    .map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width + 1}" customWidth="1"/>`)
    .join('');
  const header = table.columns
    .map(
      (c, i) =>
        `<c r="${letters[i]}1" s="1" t="inlineStr"><is><t xml:space="preserve">${xmlText(neutraliseText(c.header))}</t></is></c>`,
    )
    .join('');
  // Print setup: every sheet fits the page width; the Summary prints on one portrait page, detail sheets landscape.
  let buf = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><sheetViews>${view}</sheetViews><cols>${cols}</cols><sheetData><row r="1">${header}</row>`;
  let r = 1;
  let pending = 0;
  for (const row of table.rows) {
    r++;
    let cells = '';
    for (let c = 0; c < letters.length; c++)
      cells += cellXml(letters[c]! + r, row[c] ?? null, table.columns[c]!, styles);
    buf += `<row r="${r}">${cells}</row>`;
    if (++pending === ROWS_PER_CHUNK) {
      yield buf;
      buf = '';
      pending = 0;
    }
  }
  out.rows = r;
  buf += '</sheetData>';
  if (frozen) buf += `<autoFilter ref="A1:${lastCol}${r}"/>`;
  buf += '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>';
  buf += frozen
    ? '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>'
    : '<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="1"/>';
  yield buf + '</worksheet>';
}

function checkSheetName(name: string): void {
  if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name))
    throw new Error(`xlsx writer: "${name}" is not a valid sheet name`);
}

/** Writes tables as an XLSX workbook (one sheet per table) to `path`, streaming each sheet. */
export async function writeXlsx(tables: Table[], path: string): Promise<void> {
  tables.forEach((t) => checkSheetName(t.name));
  const file = await open(path, 'w');
  try {
    const zip = new ZipWriter(file);
    const styles = new StyleBook();
    const defined: string[] = [];
    for (let i = 0; i < tables.length; i++) {
      const t = tables[i]!;
      const out = { rows: 1 };
      await zip.addEntry(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(t, styles, out));
      const sheetRef = `'${t.name.replace(/'/g, "''")}'`;
      const lastCol = columnLetters(t.columns.length - 1);
      if (t.layout === 'list') {
        // The header row repeats on every printed page.
        defined.push(
          `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlText(`${sheetRef}!$1:$1`)}</definedName>`,
        );
      } else {
        defined.push(
          `<definedName name="_xlnm.Print_Area" localSheetId="${i}">${xmlText(`${sheetRef}!$A$1:$${lastCol}$${out.rows}`)}</definedName>`,
        );
      }
      if (t.layout === 'list') {
        // Excel keeps an autofilter's range in this hidden name; LibreOffice reads either.
        defined.push(
          `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${xmlText(`${sheetRef}!$A$1:$${columnLetters(t.columns.length - 1)}$${out.rows}`)}</definedName>`,
        );
      }
    }
    const sheets = tables
      .map((t, i) => `<sheet name="${xmlText(t.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join('');
    await zip.addEntry('xl/workbook.xml', [
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews><sheets>${sheets}</sheets>` +
        (defined.length ? `<definedNames>${defined.join('')}</definedNames>` : '') +
        '</workbook>',
    ]);
    await zip.addEntry('xl/styles.xml', [styles.xml()]);
    const sheetRels = tables
      .map(
        (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join('');
    await zip.addEntry('xl/_rels/workbook.xml.rels', [
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheetRels}` +
        `<Relationship Id="rId${tables.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
    ]);
    await zip.addEntry('_rels/.rels', [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ]);
    const overrides = tables
      .map(
        (_, i) =>
          `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      )
      .join('');
    await zip.addEntry('[Content_Types].xml', [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        `${overrides}</Types>`,
    ]);
    await zip.finish();
  } finally {
    await file.close();
  }
}
