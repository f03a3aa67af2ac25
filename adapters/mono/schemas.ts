import { z } from 'zod';
import { normalizeCurrency, UnknownCurrencyError } from '../../domain/currency.js';

// Wire shapes of Mono v2 answers. Every documented variant is accepted (see shared/mono-api.md §14): `id` or `_id`,
// snake_case REST or camelCase webhook-style accounts, any casing of data_status, data: null for "nothing found".

const str = z.string();
const optStr = z.string().nullish();
const minor = z.number().int().refine(Number.isSafeInteger, 'not a safe integer of minor units');

/** Mono currency label (NGN, GHC, KSH, ZAR, "Naira", lower case) → ISO code. */
export const currencyLabel = z.string().transform((label, ctx) => {
  try {
    return normalizeCurrency(label);
  } catch (e) {
    if (e instanceof UnknownCurrencyError) {
      ctx.addIssue({ code: 'custom', message: 'unknown currency label' });
      return z.NEVER;
    }
    throw e;
  }
});

export const dataStatus = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .pipe(z.enum(['AVAILABLE', 'PROCESSING', 'PARTIAL', 'UNAVAILABLE', 'FAILED']));

/** Any object carrying `id` or `_id`. */
const withId = z.object({ id: optStr, _id: optStr });

export function idOf(o: { id?: string | null; _id?: string | null }): string | null {
  return o.id ?? o._id ?? null;
}

/** The common v2 envelope; `data` is checked per endpoint. */
export const envelope = z.object({
  status: z.string().nullish(),
  message: z.string().nullish(),
  timestamp: z.string().nullish(),
  data: z.unknown().optional(),
  meta: z.unknown().optional(),
});

export const linkSessionData = z.object({
  mono_url: str,
  scope: optStr,
  customer: z.union([z.string(), withId]).nullish(),
  account: z.union([z.string(), withId]).nullish(),
  meta: z.object({ ref: optStr }).nullish(),
  redirect_url: optStr,
  created_at: optStr,
});

/** Exchange-token answer: bare `{id}` (guide) or enveloped `{data:{id}}` (v2 clients). */
export const exchangeTokenBody = z.object({ id: optStr, _id: optStr, data: withId.nullish() });

const institution = z.object({
  name: optStr,
  bank_code: optStr,
  bankCode: optStr,
  type: optStr,
});

export const accountObject = z.object({
  id: optStr,
  _id: optStr,
  name: optStr,
  account_number: optStr,
  accountNumber: optStr,
  currency: currencyLabel,
  balance: minor.nullish(),
  type: optStr,
  bvn: optStr,
  auth_method: optStr,
  authMethod: optStr,
  institution: institution.nullish(),
  customer: z.union([z.string(), withId]).nullish(),
});

const accountMeta = z.object({
  data_status: dataStatus.nullish(),
  auth_method: optStr,
  retrieved_data: z.array(z.string()).nullish(),
  ref: optStr,
});

/** `GET /v2/accounts/{id}`: `{account, customer, meta}`, or (v1 style) the account itself with `meta` inside. */
export const accountDetailsData = z.union([
  z.object({ account: accountObject, customer: z.union([z.string(), withId]).nullish(), meta: accountMeta.nullish() }),
  accountObject.extend({ meta: accountMeta.nullish(), data_status: dataStatus.nullish() }),
]);

export const balanceData = z
  .object({
    id: optStr,
    _id: optStr,
    balance: minor.nullish(),
    currency: currencyLabel.nullish(),
  })
  .nullable();

export const transactionItem = z.object({
  id: optStr,
  _id: optStr,
  narration: z.string().nullish(),
  amount: minor.refine((n) => n >= 0, 'amount must not be negative (direction is in type)'),
  type: z
    .string()
    .transform((s) => s.toLowerCase())
    .pipe(z.enum(['debit', 'credit'])),
  balance: minor.nullish(),
  date: z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'not an ISO-8601 instant'),
  category: z.string().nullish(),
  currency: currencyLabel.nullish(),
});

const pagingMeta = z.object({
  total: z.number().int().nullish(),
  page: z.union([z.number().int(), z.string().regex(/^\d+$/).transform(Number)]).nullish(),
  previous: z.union([z.string(), z.number()]).nullish(),
  next: z.union([z.string(), z.number()]).nullish(),
});

/**
 * Transactions `data`: an array (v2), null (nothing in the window), or the v1 leftover object holding the rows and a
 * `paging` block.
 */
export const transactionsData = z.union([
  z.array(transactionItem),
  z.null(),
  z.object({
    transactions: z.array(transactionItem).nullish(),
    data: z.array(transactionItem).nullish(),
    paging: pagingMeta.nullish(),
  }),
]);
export const transactionsMeta = pagingMeta.nullish();

export const jobData = z.object({
  id: optStr,
  _id: optStr,
  status: z
    .string()
    .transform((s) => s.toLowerCase())
    .pipe(z.enum(['processing', 'finished', 'failed'])),
  name: optStr,
  account: z.union([z.string(), withId]).nullish(),
});

export const legacySyncBody = z.object({
  status: optStr,
  hasNewData: z.boolean().nullish(),
  has_new_data: z.boolean().nullish(),
  code: z
    .string()
    .transform((s) => s.trim().toUpperCase())
    // The prose of Mono's docs says SYNCED_SUCCESSFUL, the JSON example SYNC_SUCCESSFUL: same meaning.
    .transform((s) => (s === 'SYNCED_SUCCESSFUL' ? 'SYNC_SUCCESSFUL' : s))
    .pipe(z.enum(['SYNC_SUCCESSFUL', 'REAUTHORISATION_REQUIRED', 'SYNC_ERROR', 'INCOMPLETE_STATEMENT_ERROR'])),
  message: optStr,
});

export const identityData = z.object({
  full_name: optStr,
  fullName: optStr,
  bvn: optStr,
  email: optStr,
  phone: optStr,
  gender: optStr,
  dob: optStr,
  address_line1: optStr,
  addressLine1: optStr,
  address_line2: optStr,
  addressLine2: optStr,
  marital_status: optStr,
  maritalStatus: optStr,
  state_of_origin: optStr,
  lga_of_origin: optStr,
});

const decimalLike = z.union([z.number(), z.string()]).nullish();

const incomeStream = z.object({
  income_type: optStr,
  frequency: optStr,
  monthly_average: decimalLike,
  average_income_amount: decimalLike,
  currency: optStr,
  stability: z.number().nullish(),
  last_income_date: optStr,
  number_of_incomes: z.number().int().nullish(),
});

export const incomeRecord = z.object({
  id: optStr,
  _id: optStr,
  created_at: optStr,
  total_income: decimalLike,
  annual_income: decimalLike,
  monthly_income: decimalLike,
  income_summary: z.object({ total_income: decimalLike }).nullish(),
  income_streams: z.array(incomeStream).nullish(),
});

export const incomeRecordsData = z.union([
  z.array(incomeRecord),
  z.null(),
  z.object({ records: z.array(incomeRecord).nullish(), data: z.array(incomeRecord).nullish() }),
]);

export const spendingData = z.object({
  amount: minor.nullish(),
  total: minor.nullish(),
  total_spent: minor.nullish(),
  currency: currencyLabel.nullish(),
});

export const accountListItem = z.object({
  id: optStr,
  _id: optStr,
  name: optStr,
  account_number: optStr,
  accountNumber: optStr,
  currency: currencyLabel.nullish(),
  institution: institution.nullish(),
  customer: z.union([z.string(), withId]).nullish(),
  auth_method: optStr,
  authMethod: optStr,
});

export const accountListData = z.array(accountListItem).nullable();

type Issue = z.core.$ZodIssue;

// A union reports "invalid_union" at its root; the useful issue is the one in the branch that got furthest.
function deepestIssue(issue: Issue): { path: PropertyKey[]; message: string } {
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    let best: { path: PropertyKey[]; message: string } | null = null;
    for (const branch of issue.errors) {
      const first = branch[0];
      if (!first) continue;
      const inner = deepestIssue(first);
      if (!best || inner.path.length > best.path.length) best = inner;
    }
    if (best) return { path: [...issue.path, ...best.path], message: best.message };
  }
  return { path: issue.path, message: issue.message };
}

/** "data[3].amount: amount must not be negative" — names the JSON path, never the value. */
export function describeIssues(error: z.ZodError, root: string): string {
  const first = error.issues[0];
  if (!first) return `${root}: invalid`;
  const { path: parts, message } = deepestIssue(first);
  let path = root;
  for (const p of parts) path += typeof p === 'number' ? `[${p}]` : `.${String(p)}`;
  const more = error.issues.length > 1 ? ` (+${error.issues.length - 1} more)` : '';
  return `${path}: ${message}${more}`;
}
