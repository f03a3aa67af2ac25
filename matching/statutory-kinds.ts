import { monthsWritten } from './month-names.js';
/**
 * The statutory remittances an employer or trader pays, each by the words banks and books write for it. A word of one
 * kind never stands for another: PAYE is not pension, NSSF not NHIF.
 */
const KINDS: ReadonlyArray<readonly [string, RegExp]> = [
  ['PAYE', /\bPAYE\b/i],
  ['VAT', /\bVAT\b/i],
  ['WHT', /\b(WHT|WITHHOLDING\s+TAX)\b/i],
  ['NSSF', /\bNSSF\b/i],
  ['NHIF', /\bNHIF\b/i],
  ['SHIF', /\bSHIF\b/i],
  ['HOUSING LEVY', /\bHOUSING\s+LEVY\b/i],
  ['SSNIT', /\bSSNIT\b/i],
  ['UIF', /\b(UIF|UNEMPLOYMENT\s+INSURANCE)\b/i],
  ['SDL', /\b(SDL|SKILLS\s+DEVELOPMENT\s+LEVY)\b/i],
  ['PENSION', /\bPENSIONS?\b/i],
  ['NHF', /\bNHF\b/i],
  ['NSITF', /\bNSITF\b/i],
  ['ITF', /\bITF\b/i],
  // Kenya's National Industrial Training Authority levy
  ['NITA', /\b(NITA|INDUSTRIAL\s+TRAINING\s+LEVY)\b/i],
];

const AHL = /\bAHL\b/i;
/** KRA, iTax or a payment registration number: how a return's payment is written. */
const LEVY_CONTEXT = /\b(KRA|ITAX|PRN)\b/i;

/** The kinds of remittance a text names, as one key ("NSSF", "PAYE+PENSION"), or null. */
export function remittanceKinds(text: string): string | null {
  const named = KINDS.filter(([, re]) => re.test(text)).map(([k]) => k);
  // Kenya's affordable housing levy as KRA's returns write it, beside another kind, KRA, a PRN or a period; alone it is
  // a name (AHL Ltd)
  if (
    !named.includes('HOUSING LEVY') &&
    AHL.test(text) &&
    (named.length > 0 || LEVY_CONTEXT.test(text) || monthsWritten(text).size > 0)
  )
    named.splice(
      KINDS.findIndex(([k]) => k === 'HOUSING LEVY'),
      0,
      'HOUSING LEVY',
    );
  return named.length > 0 ? named.join('+') : null;
}

/** Both texts name statutory remittances, and not the same ones: PAYE paid is not the pension booked. */
export function otherRemittance(a: string, b: string): boolean {
  const x = remittanceKinds(a);
  const y = remittanceKinds(b);
  return x !== null && y !== null && x !== y;
}
