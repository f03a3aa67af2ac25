import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import addFormats from 'ajv-formats';
import { OpenAPIBackend } from 'openapi-backend';
import { parse as parseYaml } from 'yaml';
import { requireComponent } from '../../support/components.js';

/** ../shared/contracts beside the repository (see that folder's README); overridable for a clone elsewhere. */
export const CONTRACTS_DIR =
  process.env.BANKFEED_CONTRACTS_DIR ??
  resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/contracts');

/** Skips (with a warning) where the vendor contracts are absent, fails in CI (BANKFEED_REQUIRE_COMPONENTS=1). */
export function contractsAvailable(): Promise<boolean> {
  return requireComponent('contracts', () => existsSync(CONTRACTS_DIR), `the vendor contracts in ${CONTRACTS_DIR}`);
}

/**
 * Xero's spec puts sibling keys next to `$ref` (OpenAPI 3.0 ignores them; validators refuse them). Strip them so the
 * referenced schema is what validates, as the standard says.
 */
export function stripRefSiblings(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(stripRefSiblings);
  if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.$ref === 'string') return { $ref: o.$ref };
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(o)) out[k] = k === 'example' || k === 'examples' ? v : stripRefSiblings(v);
    return out;
  }
  return node;
}

export interface ContractViolation {
  where: string;
  errors: string;
}

export interface ExchangeToCheck {
  method: string;
  /** Path relative to the spec's server URL, e.g. /Invoices or /invoices/123. */
  path: string;
  query: Record<string, string | string[]>;
  headers: Record<string, string>;
  body?: unknown;
  status: number;
  responseBody?: unknown;
}

/**
 * One vendor's published contract: every exchange a fake serves is checked against it, request and response. An
 * exchange on a path the contract does not have is a violation too (a fake must not invent endpoints).
 */
export class Contract {
  readonly violations: ContractViolation[] = [];
  readonly checked = { requests: 0, responses: 0 };

  private constructor(
    readonly name: string,
    private readonly api: OpenAPIBackend,
  ) {}

  static async load(name: string, files: string[], transform: (doc: unknown) => unknown = (d) => d): Promise<Contract> {
    const docs = files.map(
      (f) => transform(parseYaml(readFileSync(join(CONTRACTS_DIR, f), 'utf8'))) as Record<string, any>,
    );
    // Zoho publishes one document per module: merge their paths and components into one definition.
    const merged = docs.reduce((acc, d) => ({
      ...acc,
      paths: { ...acc.paths, ...d.paths },
      components: {
        ...acc.components,
        schemas: { ...acc.components?.schemas, ...d.components?.schemas },
        parameters: { ...acc.components?.parameters, ...d.components?.parameters },
        responses: { ...acc.components?.responses, ...d.components?.responses },
        requestBodies: { ...acc.components?.requestBodies, ...d.components?.requestBodies },
        securitySchemes: { ...acc.components?.securitySchemes, ...d.components?.securitySchemes },
      },
    }));
    const api = new OpenAPIBackend({
      definition: merged as never,
      strict: false,
      quick: true,
      validate: true,
      ajvOpts: { strict: false, allErrors: true },
      coerceTypes: true,
      customizeAjv: (ajv) => {
        // ajv-formats is CommonJS: its default import is the plugin function itself.
        (addFormats as unknown as (a: typeof ajv) => void)(ajv);
        return ajv;
      },
    });
    await api.init();
    return new Contract(name, api);
  }

  /** Whether this document describes the exchange's operation (for vendors publishing one document per module). */
  has(x: Pick<ExchangeToCheck, 'method' | 'path'>): boolean {
    return Boolean(
      this.api.router.matchOperation({ method: x.method.toLowerCase(), path: x.path, headers: {} } as never),
    );
  }

  check(x: ExchangeToCheck): void {
    const req = { method: x.method.toLowerCase(), path: x.path, query: x.query, headers: x.headers, body: x.body };
    const where = `${x.method} ${x.path}`;
    const op = this.api.router.matchOperation(req as never);
    if (!op) {
      this.violations.push({ where, errors: `${this.name} has no such operation` });
      return;
    }
    this.checked.requests++;
    const r = this.api.validateRequest(req as never, op);
    if (!r.valid) this.violations.push({ where: `${where} request`, errors: fmt(r.errors) });
    if (x.responseBody !== undefined) {
      this.checked.responses++;
      const s = this.api.validateResponse(x.responseBody, op, x.status);
      if (!s.valid) this.violations.push({ where: `${where} → ${x.status} response`, errors: fmt(s.errors) });
    }
  }

  /** Throws if anything drifted: the test that drove the exchanges fails with the first few violations. */
  assertClean(): void {
    if (this.violations.length === 0) return;
    const found = this.violations.splice(0);
    const shown = found.slice(0, 5).map((v) => `  ${v.where}: ${v.errors}`);
    throw new Error(`${found.length} exchange(s) drift from the ${this.name} contract:\n${shown.join('\n')}`);
  }
}

function fmt(errors: unknown): string {
  const list = (errors ?? []) as Array<{ instancePath?: string; message?: string; params?: unknown }>;
  return list
    .slice(0, 4)
    .map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${e.params ? JSON.stringify(e.params) : ''}`.trim())
    .join('; ');
}

/** Zoho publishes one document per module: each exchange is checked against the module that describes it. */
export class ContractSet {
  constructor(readonly contracts: Contract[]) {}

  check(x: ExchangeToCheck): void {
    const c = this.contracts.find((k) => k.has(x)) ?? this.contracts[0]!;
    c.check(x);
  }

  get checked(): { requests: number; responses: number } {
    return this.contracts.reduce(
      (a, c) => ({ requests: a.requests + c.checked.requests, responses: a.responses + c.checked.responses }),
      { requests: 0, responses: 0 },
    );
  }

  takeViolations(): ContractViolation[] {
    return this.contracts.flatMap((c) => c.violations.splice(0));
  }

  assertClean(): void {
    for (const c of this.contracts) c.assertClean();
  }
}
