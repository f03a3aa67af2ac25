/**
 * Numbers a bank writes masked: a phone topped up ("AIRTIME PURCHASE MTN 0812*****11"), a card ("POS 5399****1234"),
 * an account ("TRF FROM 0914XXXX701"). Each names one phone, card or account, so a line and an entry writing two
 * different ones are two purchases or payments, whatever words they share.
 */

/** digits, a mask of `*` or `X`, digits; or a mask of three or more and the digits after it ("****1234") */
const MASKED = /(?<![\w*])(?:\d{2,}[*X]{2,}|[*X]{3,})(\d{2,})(?![\w*])/gi;

/** Every masked number a text writes, as written. */
export function maskedNumbersOf(text: string): readonly string[] {
  return maskedMatches(text, 0);
}

/** The trailing digits of every masked number a text writes (what every masking keeps). */
export function maskedEndsOf(text: string): readonly string[] {
  return maskedMatches(text, 1);
}

function maskedMatches(text: string, group: 0 | 1): readonly string[] {
  // a mask needs a * or an X by a digit: most texts have neither, and are read with no regular expression run
  if (text.indexOf('*') < 0 && !/\dX|X\d/i.test(text)) return NONE;
  const out: string[] = [];
  MASKED.lastIndex = 0;
  for (let m = MASKED.exec(text); m !== null; m = MASKED.exec(text)) out.push(m[group]!);
  return out.length === 0 ? NONE : out;
}

const NONE: readonly string[] = Object.freeze([]);

/**
 * Whether the two texts write other masked numbers: each writes one, none of the one's ends the other's (a mask may
 * keep more or fewer digits: "701" and "01" may be one account), and two of them keep as many digits ("…11" and "…88":
 * one masking, two numbers). A text writing none, or numbers masked in ways that cannot be compared, says nothing.
 */
export function otherMaskedNumbers(a: string, b: string): boolean {
  const x = maskedEndsOf(a);
  if (x.length === 0) return false;
  const y = maskedEndsOf(b);
  if (y.length === 0) return false;
  let comparable = false;
  for (const p of x)
    for (const q of y) {
      if (p.endsWith(q) || q.endsWith(p)) return false;
      if (p.length === q.length) comparable = true;
    }
  return comparable;
}
