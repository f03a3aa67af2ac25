import { createHash } from 'node:crypto';
import type { MonoDataStatus, MonoJobStatus } from './types.js';

// Parsed webhook events go into Temporal history: they carry ids, statuses and flags only — never account numbers,
// BVNs, names or balances, whatever the payload held.

export type MonoSyncStatus = 'SUCCESSFUL' | 'FAILED' | 'REAUTHORISATION_REQUIRED';

export type MonoWebhookEvent =
  | { type: 'account_connected'; accountId: string; customerId?: string; dataStatus?: MonoDataStatus; ref?: string }
  | {
      type: 'account_updated';
      accountId: string;
      dataStatus?: MonoDataStatus;
      syncStatus?: MonoSyncStatus;
      hasNewData?: boolean;
      jobId?: string;
    }
  | { type: 'job_update'; accountId: string; jobId: string; name: string; status: MonoJobStatus }
  | { type: 'account_reauthorized'; accountId: string }
  | { type: 'reauthorisation_required'; accountId: string }
  | { type: 'sync_failed'; accountId: string }
  | { type: 'account_unlinked'; accountId: string }
  | { type: 'account_income'; accountId: string }
  | { type: 'account_credit_worthiness'; accountId: string }
  | { type: 'direct_debit_payment'; status: string; reference: string; accountId?: string }
  | { type: 'unknown'; eventName: string };

export interface ParsedMonoWebhook {
  /** De-duplication key: `event_id`, else the SHA-256 hex of the raw body. */
  key: string;
  eventName: string;
  eventId: string | null;
  timestamp: string | null;
  event: MonoWebhookEvent;
}

export class WebhookParseError extends Error {
  constructor(readonly reason: string) {
    super(`invalid Mono webhook: ${reason}`);
    this.name = 'WebhookParseError';
  }
}

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

/** An id that may be a string, or an object with `_id` (webhook camelCase) or `id` (REST and some examples). */
function idIn(v: unknown): string | undefined {
  if (typeof v === 'string') return str(v);
  if (isObj(v)) return str(v._id) ?? str(v.id);
  return undefined;
}

const DATA_STATUSES = new Set<string>(['AVAILABLE', 'PROCESSING', 'PARTIAL', 'UNAVAILABLE', 'FAILED']);
const SYNC_STATUSES = new Set<string>(['SUCCESSFUL', 'FAILED', 'REAUTHORISATION_REQUIRED']);
const JOB_STATUSES = new Set<string>(['processing', 'finished', 'failed']);

function dataStatusOf(v: unknown): MonoDataStatus | undefined {
  const s = str(v)?.trim().toUpperCase();
  return s && DATA_STATUSES.has(s) ? (s as MonoDataStatus) : undefined;
}

function boolOf(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (v === 'true') return true;
  if (v === 'false') return false;
  return undefined;
}

function requireAccount(id: string | undefined, eventName: string, where: string): string {
  if (!id) throw new WebhookParseError(`${eventName} without an account id at ${where}`);
  return id;
}

// Names seen across Mono's doc versions, mapped to one event type each.
const SIMPLE_ACCOUNT_EVENTS: Record<
  string,
  | 'account_reauthorized'
  | 'reauthorisation_required'
  | 'sync_failed'
  | 'account_unlinked'
  | 'account_income'
  | 'account_credit_worthiness'
> = {
  'mono.events.account_reauthorized': 'account_reauthorized',
  'mono.events.account_reauthorised': 'account_reauthorized',
  'mono.events.reauthorisation_required': 'reauthorisation_required',
  'mono.events.reauthorization_required': 'reauthorisation_required',
  'mono.events.sync_failed': 'sync_failed',
  'mono.events.account_unlinked': 'account_unlinked',
  'mono.events.account_income': 'account_income',
  'mono.events.sandbox_account_income': 'account_income',
  'mono.events.account_credit_worthiness': 'account_credit_worthiness',
  'mono.events.sandbox_account_credit_worthiness': 'account_credit_worthiness',
};

function toEvent(eventName: string, data: Obj): MonoWebhookEvent {
  switch (eventName) {
    case 'mono.events.account_connected': {
      const accountId = requireAccount(str(data.id) ?? str(data._id) ?? idIn(data.account), eventName, 'data.id');
      const meta = isObj(data.meta) ? data.meta : {};
      const customerId = idIn(data.customer);
      const dataStatus = dataStatusOf(meta.data_status);
      const ref = str(meta.ref);
      return {
        type: 'account_connected',
        accountId,
        ...(customerId ? { customerId } : {}),
        ...(dataStatus ? { dataStatus } : {}),
        ...(ref ? { ref } : {}),
      };
    }
    case 'mono.events.account_updated':
    case 'mono.accounts.account_updated': {
      const accountId = requireAccount(idIn(data.account), eventName, 'data.account._id');
      const meta = isObj(data.meta) ? data.meta : {};
      const dataStatus = dataStatusOf(meta.data_status);
      const sync = str(meta.sync_status)?.trim().toUpperCase();
      const hasNewData = boolOf(meta.has_new_data);
      const jobId = str(meta.job_id);
      return {
        type: 'account_updated',
        accountId,
        ...(dataStatus ? { dataStatus } : {}),
        ...(sync && SYNC_STATUSES.has(sync) ? { syncStatus: sync as MonoSyncStatus } : {}),
        ...(hasNewData !== undefined ? { hasNewData } : {}),
        ...(jobId ? { jobId } : {}),
      };
    }
    case 'mono.accounts.jobs.update':
    case 'mono.events.jobs.update': {
      const accountId = requireAccount(idIn(data.account), eventName, 'data.account');
      const jobId = str(data.id) ?? str(data._id);
      if (!jobId) throw new WebhookParseError(`${eventName} without a job id at data.id`);
      const status = str(data.status)?.toLowerCase();
      if (!status || !JOB_STATUSES.has(status))
        throw new WebhookParseError(`${eventName} with an unknown job status at data.status`);
      return { type: 'job_update', accountId, jobId, name: str(data.name) ?? '', status: status as MonoJobStatus };
    }
  }
  const simple = SIMPLE_ACCOUNT_EVENTS[eventName];
  if (simple) {
    return { type: simple, accountId: requireAccount(idIn(data.account) ?? str(data.id), eventName, 'data.account') };
  }
  if (eventName.startsWith('direct_debit.payment_')) {
    const object = isObj(data.object) ? data.object : data;
    const reference = str(object.reference);
    if (!reference) throw new WebhookParseError(`${eventName} without data.object.reference`);
    const status = str(object.status) ?? eventName.slice('direct_debit.payment_'.length);
    const accountId = idIn(object.account);
    return { type: 'direct_debit_payment', status, reference, ...(accountId ? { accountId } : {}) };
  }
  return { type: 'unknown', eventName };
}

/** Reads a Mono webhook body. Malformed JSON or a missing `event` throws; an unknown event is `type: 'unknown'`. */
export function parseMonoWebhook(rawBody: Buffer | string): ParsedMonoWebhook {
  const text = typeof rawBody === 'string' ? rawBody : rawBody.toString('utf8');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new WebhookParseError('body is not valid JSON');
  }
  if (!isObj(body)) throw new WebhookParseError('body is not a JSON object');
  const eventName = str(body.event);
  if (!eventName) throw new WebhookParseError('missing "event"');
  if (body.data !== undefined && body.data !== null && !isObj(body.data))
    throw new WebhookParseError('"data" is not an object');
  const data = isObj(body.data) ? body.data : {};
  const eventId = str(body.event_id) ?? null;
  const key = eventId ?? createHash('sha256').update(rawBody).digest('hex');
  return { key, eventName, eventId, timestamp: str(body.timestamp) ?? null, event: toEvent(eventName, data) };
}
