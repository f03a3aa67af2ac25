export { MonoClient } from './client.js';
export {
  MonoError,
  isMonoError,
  monoErrorFromResponse,
  parseRetryAfter,
  paramFromMessage,
  sanitizeMessage,
  type MonoErrorKind,
} from './errors.js';
export { pageFromNext } from './paging.js';
export {
  RetryAfterHold,
  RETRY_AFTER_GATE_MAX_MS,
  type RetryAfterHoldStore,
  type SharedRetryAfterHold,
} from './retry-after-hold.js';
export {
  verifyMonoWebhook,
  MONO_WEBHOOK_HEADER,
  type VerifyMonoWebhookInput,
  type WebhookVerifyMode,
  type WebhookVerifyResult,
  type WebhookVerifyFailure,
} from './webhook-verify.js';
export {
  parseMonoWebhook,
  WebhookParseError,
  type MonoWebhookEvent,
  type MonoSyncStatus,
  type ParsedMonoWebhook,
} from './webhook-events.js';
export type * from './types.js';
export { postingOrder, type ChainLine } from './posting-order.js';
export {
  MonoDirectPay,
  parseDirectPayWebhook,
  type DirectPayStatus,
  type InitiateDirectPayInput,
  type InitiatedDirectPay,
  type VerifiedDirectPay,
} from './directpay.js';
export { MonoStatementJobs, type StatementJob, type StatementJobState } from './statement-jobs.js';
export {
  parseIncomeAnalysis,
  IncomeParseError,
  INCOME_ROUNDING,
  type IncomeAnalysis,
  type IncomeStream,
} from './identity-income.js';
