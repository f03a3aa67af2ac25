const MONTH =
  /\b(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?:UARY|RUARY|CH|IL|E|Y|UST|T|TEMBER|OBER|EMBER)?\b/gi;
const MONTHS = 'JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC'.split(' ');

/** The months a text names in words ("Net salaries August 2025", "SALARY JUL"), 0 for January to 11. */
export function monthsNamed(text: string): Set<number> {
  return new Set((text.match(MONTH) ?? []).map((m) => MONTHS.indexOf(m.slice(0, 3).toUpperCase())));
}
