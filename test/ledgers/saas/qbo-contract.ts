import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import type { ContractViolation } from './contract.js';

/**
 * QuickBooks Online's contract as far as Intuit documents it: the JSON examples kept in fixtures/quickbooks give
 * each entity's fields, JSON types and nesting; Intuit's "required for create" fields and its enumerations are
 * added. A field the examples do not show is allowed (the real API has many more); a field they show with another
 * type, a missing required field, or an unknown enumeration value is a violation.
 */

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures/quickbooks');
type Schema = Record<string, unknown>;

export function fixture(name: string): Record<string, any> {
  return JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8')) as Record<string, any>;
}

const DATE_FIELDS = new Set(['TxnDate', 'DueDate']);
const ENUMS: Record<string, string[]> = {
  PayType: ['Check', 'CreditCard'],
  PaymentType: ['Cash', 'Check', 'CreditCard'],
  PostingType: ['Debit', 'Credit'],
  DetailType: [
    'SalesItemLineDetail',
    'SubTotalLineDetail',
    'AccountBasedExpenseLineDetail',
    'ItemBasedExpenseLineDetail',
    'DepositLineDetail',
    'JournalEntryLineDetail',
    'DiscountLineDetail',
    'GroupLineDetail',
    'DescriptionOnly',
  ],
  TxnType: [
    'Invoice',
    'Bill',
    'CreditMemo',
    'Estimate',
    'Payment',
    'BillPaymentCheck',
    'Deposit',
    'Expense',
    'ReimburseCharge',
    'Charge',
  ],
};

/** Intuit's "required" fields for creating each entity. */
const REQUIRED_FOR_CREATE: Record<string, string[]> = {
  Payment: ['TotalAmt', 'CustomerRef'],
  BillPayment: ['VendorRef', 'TotalAmt', 'PayType', 'Line'],
  Purchase: ['PaymentType', 'AccountRef', 'Line'],
  Deposit: ['DepositToAccountRef', 'Line'],
  Transfer: ['FromAccountRef', 'ToAccountRef', 'Amount'],
  JournalEntry: ['Line'],
  // a sales receipt without DepositToAccountRef is deposited to Undeposited Funds; a refund names the account paid from
  SalesReceipt: ['Line'],
  RefundReceipt: ['DepositToAccountRef', 'Line'],
};

function infer(v: unknown, key = ''): Schema {
  if (v === null || v === undefined) return {};
  if (Array.isArray(v)) {
    if (v.length === 0) return { type: 'array' };
    const seen = new Map<string, Schema>();
    for (const x of v) {
      const s = infer(x);
      seen.set(JSON.stringify(s), s);
    }
    const items = [...seen.values()];
    return { type: 'array', items: items.length === 1 ? items[0] : { anyOf: items } };
  }
  if (typeof v === 'object') {
    const properties: Record<string, Schema> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) properties[k] = infer(x, k);
    return { type: 'object', properties };
  }
  if (typeof v === 'number') return { type: 'number' };
  if (typeof v === 'boolean') return { type: 'boolean' };
  const s: Schema = { type: 'string' };
  if (DATE_FIELDS.has(key)) s.pattern = '^\\d{4}-\\d{2}-\\d{2}$';
  if (ENUMS[key]) s.enum = ENUMS[key];
  return s;
}

const ENTITIES = [
  'Invoice',
  'Bill',
  'CreditMemo',
  'Payment',
  'BillPayment',
  'Purchase',
  'Deposit',
  'Transfer',
  'JournalEntry',
  'SalesReceipt',
  'RefundReceipt',
  'Account',
] as const;

export class QboContract {
  readonly violations: ContractViolation[] = [];
  readonly checked = { requests: 0, responses: 0 };
  private readonly entity = new Map<string, ValidateFunction>();
  private readonly create = new Map<string, ValidateFunction>();
  private readonly envelope: ValidateFunction;
  private readonly fault: ValidateFunction;
  private readonly authFault: ValidateFunction;

  constructor() {
    const ajv = new Ajv({ allErrors: true, strict: false });
    for (const name of ENTITIES) {
      const file = name.toLowerCase();
      const schema = infer(fixture(file)[name]);
      this.entity.set(name, ajv.compile(schema));
      if (REQUIRED_FOR_CREATE[name])
        this.create.set(name, ajv.compile({ ...schema, required: REQUIRED_FOR_CREATE[name] }));
    }
    // Envelopes: an entity answer, a query answer, a CDC answer all carry the server's `time`.
    this.envelope = ajv.compile({ type: 'object', required: ['time'], properties: { time: { type: 'string' } } });
    this.fault = ajv.compile({ ...infer(fixture('fault-validation')), required: ['Fault', 'time'] });
    // Authentication failures come from another layer, in the lower-case shape Intuit documents for them.
    this.authFault = ajv.compile({ ...infer(fixture('fault-authentication')), required: ['fault'] });
  }

  private record(where: string, v: ValidateFunction, value: unknown): void {
    if (v(value)) return;
    const errors = (v.errors ?? [])
      .slice(0, 4)
      .map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`)
      .join('; ');
    this.violations.push({ where, errors });
  }

  checkCreate(entity: string, body: unknown): void {
    this.checked.requests++;
    const v = this.create.get(entity) ?? this.entity.get(entity);
    if (!v) return void this.violations.push({ where: `POST ${entity}`, errors: 'not a documented entity' });
    this.record(`POST ${entity} request`, v, body);
  }

  checkEntity(where: string, entity: string, doc: unknown): void {
    const v = this.entity.get(entity);
    if (!v) return void this.violations.push({ where, errors: `${entity} is not a documented entity` });
    this.record(where, v, doc);
  }

  /** An answer: its envelope, then every entity inside (entity answers, query and CDC answers) or its Fault. */
  checkResponse(where: string, status: number, body: Record<string, any>): void {
    this.checked.responses++;
    if (status >= 400) return this.record(`${where} fault`, status === 401 ? this.authFault : this.fault, body);
    this.record(`${where} envelope`, this.envelope, body);
    const lists: Array<Record<string, unknown>> = [];
    if (body.QueryResponse) lists.push(body.QueryResponse);
    for (const c of body.CDCResponse ?? []) for (const q of c.QueryResponse ?? []) lists.push(q);
    for (const name of ENTITIES) {
      if (body[name]) this.checkEntity(`${where} ${name}`, name, body[name]);
      for (const l of lists)
        for (const d of (l[name] as unknown[] | undefined) ?? []) this.checkEntity(`${where} ${name}`, name, d);
    }
  }

  assertClean(): void {
    if (this.violations.length === 0) return;
    const found = this.violations.splice(0);
    throw new Error(
      `${found.length} exchange(s) drift from QuickBooks' documented examples:\n${found
        .slice(0, 5)
        .map((v) => `  ${v.where}: ${v.errors}`)
        .join('\n')}`,
    );
  }
}
