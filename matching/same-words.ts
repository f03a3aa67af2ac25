/**
 * Whether two texts are the same words in the same order, numbers and masks included: case, spacing and punctuation
 * aside ("AIRTIME PURCHASE MTN 0812*****11" booked as "Airtime purchase MTN 0812*****11"). A bookkeeper who copied the
 * bank's narration into the books wrote the line's very words; the words of one part of it say far less.
 */
export function sameWords(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const x = wordsOf(a);
  const y = wordsOf(b);
  if (x.length === 0 || x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

const SEPARATORS = /[^\p{L}\p{N}*]+/u;
const wordsOf = (text: string) => text.toUpperCase().split(SEPARATORS).filter(Boolean);
