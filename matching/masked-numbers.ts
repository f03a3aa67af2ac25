/**
 * Numbers a bank writes masked: a phone topped up ("AIRTIME PURCHASE MTN 0812*****11"), a card ("POS 5399****1234",
 * "POS 5399 **** **** 1234"), an account ("TRF FROM 0914XXXX701"). Each names one phone, card or account, so a line and
 * an entry writing two different ones are two purchases or payments, whatever words they share.
 */

/**
 * A mask: `*`, `X`, `#` or `•`, two or more. Its number: digits and a mask glued ("0812*****11"), or a card's or
 * account's groups spaced or hyphenated ("5399 **** **** 1234", "5399-83XX-XXXX-1234", "0123 XXXX 89"), or a mask of
 * three or more and the digits after it ("****1234"); the digits after the last mask are its end. Groups are bounded
 * (a card has four) and no two parts can take the same characters, so a long narration is read in one pass.
 */
const MASKED =
  /(?<![\w*#•])(?:\d{2,}(?:[ -]\d*)?[*X#•]{2,}|[*X#•]{3,})(?:[ -]\d*[*X#•]{2,}){0,2}[ -]?(\d{2,})(?![\w*#•])/gi;

/** More masked numbers than this in one text make a list, which tells no purchase apart. */
const MOST_READ = 4;

/** Every masked number a text writes, as written. */
export function maskedNumbersOf(text: string): readonly string[] {
  return maskedMatches(text, 0);
}

/** The trailing digits of every masked number a text writes (what every masking keeps); none for a list of them. */
export function maskedEndsOf(text: string): readonly string[] {
  return maskedMatches(text, 1);
}

/**
 * The text with every masked number that reference text would read as groups of digits (spaced, hyphenated, or masked
 * with # or •: "5399 **** **** 1234", "0812#####11") blanked, its length kept: its groups are a card's issuer, a
 * phone's network or an account's last digits, which other cards, phones and accounts share, never a document's
 * number. One glued with * or X ("0551XXX847") is read whole, as a code only the same masked number writes.
 */
export function withoutSplitMaskedNumbers(text: string): string {
  if (!mayMask(text)) return text;
  MASKED.lastIndex = 0;
  return text.replace(MASKED, (m) => (GLUED.test(m) ? m : ' '.repeat(m.length)));
}

const GLUED = /^[\d*X]+$/i;

// a mask needs a *, # or • anywhere, or two X by a digit, space or hyphen: most texts have none, and are read with no
// regular expression run
const mayMask = (text: string) =>
  text.indexOf('*') >= 0 || text.indexOf('#') >= 0 || text.indexOf('•') >= 0 || /[\d -]XX|XX[\d -]/i.test(text);

function maskedMatches(text: string, group: 0 | 1): readonly string[] {
  if (!mayMask(text)) return NONE;
  const out: string[] = [];
  MASKED.lastIndex = 0;
  for (let m = MASKED.exec(text); m !== null; m = MASKED.exec(text)) {
    if (out.length === MOST_READ) return NONE;
    out.push(m[group]!);
  }
  return out.length === 0 ? NONE : out;
}

const NONE: readonly string[] = Object.freeze([]);

/** Whether the two texts write other masked numbers (otherMaskedEnds of their ends). */
export function otherMaskedNumbers(a: string, b: string): boolean {
  const x = maskedEndsOf(a);
  return x.length > 0 && otherMaskedEnds(x, maskedEndsOf(b));
}

/**
 * Whether two texts' masked numbers, by their ends (maskedEndsOf), are other numbers: each writes one, none of the
 * one's ends the other's (a mask may keep more or fewer digits: "701" and "01" may be one account), and two of them
 * keep as many digits ("…11" and "…88": one masking, two numbers). A text writing none, or numbers masked in ways that
 * cannot be compared, says nothing.
 */
export function otherMaskedEnds(x: readonly string[], y: readonly string[]): boolean {
  if (x.length === 0 || y.length === 0) return false;
  let comparable = false;
  for (const p of x)
    for (const q of y) {
      if (p.endsWith(q) || q.endsWith(p)) return false;
      if (p.length === q.length) comparable = true;
    }
  return comparable;
}

/**
 * Whether the two texts write one masked account by both of its kept parts: leading digits of which one side may keep
 * more ("62" and "6201"), and an end of which one side may keep more ("62**4471", "62xxxx4471", "6201xxxx4471":
 * maskings of one account, however many digits each hides).
 */
export function sameMaskedNumber(a: string, b: string): boolean {
  const x = maskedNumbersOf(a);
  if (x.length === 0) return false;
  const y = maskedNumbersOf(b);
  for (const p of x)
    for (const q of y) {
      const [lp, lq] = [LEAD.exec(p)?.[0], LEAD.exec(q)?.[0]];
      const [ep, eq] = [END.exec(p)?.[0], END.exec(q)?.[0]];
      if (!lp || !lq || !ep || !eq) continue;
      // five digits kept on each side at least: "62…4471", "1012…77"; "12…34" is any of a hundred accounts
      if (Math.min(lp.length, lq.length) + Math.min(ep.length, eq.length) < 5) continue;
      if ((lp.startsWith(lq) || lq.startsWith(lp)) && (ep.endsWith(eq) || eq.endsWith(ep))) return true;
    }
  return false;
}

const LEAD = /^\d{2,}/;

/** An account number written in full: nine to fourteen digits alone (a transfer's session id is longer). */
const FULL_ACCOUNT_NUMBER = /(?<![\w*])\d{9,14}(?![\w*])/g;

/** The account numbers a text writes in full. */
export const fullAccountNumbersOf = (text: string): readonly string[] => text.match(FULL_ACCOUNT_NUMBER) ?? NONE;

/**
 * Whether the two texts write other accounts: masked numbers of other ends (otherMaskedNumbers), or account numbers in
 * full none of which the other writes. A text writing none says nothing.
 */
export function otherAccountNumbers(a: string, b: string): boolean {
  if (otherMaskedNumbers(a, b)) return true;
  const x = fullAccountNumbersOf(a);
  if (x.length === 0) return false;
  const y = fullAccountNumbersOf(b);
  return y.length > 0 && !x.some((n) => y.includes(n));
}
const END = /\d+$/;
