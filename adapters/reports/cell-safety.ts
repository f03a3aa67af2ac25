// Spreadsheet programs run a text cell that starts with one of these as a formula (CSV injection, OWASP). A leading
// single quote makes Excel, LibreOffice and Google Sheets show the text literally.
const DANGEROUS_START = /^[=+\-@\t\r]/;

/** Neutralises a text cell against formula injection; numbers are never passed through here and stay numeric. */
export function neutraliseText(text: string): string {
  return DANGEROUS_START.test(text) ? `'${text}` : text;
}
