import { z } from 'zod';

// The parts of hledger-web's JSON (1.25+) that bankfeed reads. Unknown fields pass through untouched so a PUT /add
// body can be built in exactly the shape GET /transactions returns.

export const hledgerQuantitySchema = z.object({
  decimalMantissa: z.number().int(),
  decimalPlaces: z.number().int().min(0).max(255),
  floatingPoint: z.number().optional(),
});

export const hledgerAmountStyleSchema = z.looseObject({
  ascommodityside: z.enum(['L', 'R']),
  ascommodityspaced: z.boolean(),
  asprecision: z.unknown(),
  asdecimalpoint: z.string().nullable().optional(),
  asdigitgroups: z.unknown().optional(),
});

export const hledgerAmountSchema = z.looseObject({
  acommodity: z.string(),
  aquantity: hledgerQuantitySchema,
  aprice: z.unknown().nullable(),
  astyle: hledgerAmountStyleSchema,
});

export const hledgerStatusSchema = z.enum(['Unmarked', 'Pending', 'Cleared']);

export const hledgerPostingSchema = z.looseObject({
  paccount: z.string(),
  pamount: z.array(hledgerAmountSchema),
  pstatus: hledgerStatusSchema,
  pdate: z.string().nullable(),
  pcomment: z.string(),
  ptags: z.array(z.tuple([z.string(), z.string()])),
  ptype: z.string(),
});

export const hledgerSourcePosSchema = z.looseObject({
  sourceName: z.string(),
  sourceLine: z.number().int(),
  sourceColumn: z.number().int(),
});

export const hledgerTransactionSchema = z.looseObject({
  tindex: z.number().int(),
  tdate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  tdate2: z.string().nullable(),
  tstatus: hledgerStatusSchema,
  tcode: z.string(),
  tdescription: z.string(),
  tcomment: z.string(),
  ttags: z.array(z.tuple([z.string(), z.string()])),
  tpostings: z.array(hledgerPostingSchema),
  tsourcepos: z.tuple([hledgerSourcePosSchema, hledgerSourcePosSchema]),
});

export const hledgerTransactionsSchema = z.array(hledgerTransactionSchema);

export type HledgerAmount = z.infer<typeof hledgerAmountSchema>;
export type HledgerAmountStyle = z.infer<typeof hledgerAmountStyleSchema>;
export type HledgerPosting = z.infer<typeof hledgerPostingSchema>;
export type HledgerTransaction = z.infer<typeof hledgerTransactionSchema>;
export type HledgerStatus = z.infer<typeof hledgerStatusSchema>;

/** hledger's rule: a posting without its own mark takes the transaction's. */
export function effectiveStatus(t: HledgerTransaction, p: HledgerPosting): HledgerStatus {
  return p.pstatus !== 'Unmarked' ? p.pstatus : t.tstatus;
}
