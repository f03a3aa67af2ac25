import { z } from 'zod';
import type {
  LedgerAdapter,
  LedgerAdapterContext,
  LedgerAdapterFactory,
  LedgerPullQuery,
  LedgerPullResult,
} from '../types.js';
import { fileTokenStore, oauthCredentialsSchema } from './credentials.js';
import { OAuthSession, type OAuthSessionOptions } from './oauth-session.js';
import type { LedgerSettlement, LedgerSettlementResult, SettlesEntries } from './settlement.js';
import { runSourceChecks, type SourceCheck, type SourceCheckContext } from './source-check.js';
import type { TokenStore } from './token-store.js';

/** What every OAuth vendor source's configuration holds; each vendor extends it with what only it has. */
export const oauthSourceSchema = oauthCredentialsSchema.extend({
  id: z.string().min(1),
  /** The bound bank account in the vendor's books (its id, code or name, as each vendor documents). */
  bankAccount: z.string().min(1),
  timeoutMs: z.number().int().positive().default(30_000),
  retry: z
    .object({
      maxAttempts: z.number().int().min(1).max(20).optional(),
      baseDelayMs: z.number().int().min(0).optional(),
      maxRetryAfterMs: z.number().int().min(0).optional(),
    })
    .default({}),
});

export type OAuthSourceConfig = z.infer<typeof oauthSourceSchema>;

/** What an OAuth source is built from: its token store, and (for tests) the environment and a clock's sleep. */
export interface OAuthAdapterDeps {
  store: TokenStore;
  env?: NodeJS.ProcessEnv;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * The shape Xero, QuickBooks Online and Zoho Books share: an OAuth session over the encrypted token store (a refresh
 * token from the environment used once to start it, secrets read only when a token is first needed), the ordered
 * checks of `bankfeed ledgers test`, and the factory that builds the source from its configuration. Each vendor's
 * class holds only what differs: its grant, its API client, its pull and its write-back.
 */
export abstract class OAuthLedgerSource<C extends OAuthSourceConfig> implements LedgerAdapter, SettlesEntries {
  abstract readonly kind: string;
  readonly session: OAuthSession;
  protected readonly env: NodeJS.ProcessEnv;

  protected constructor(
    protected readonly config: C,
    protected readonly deps: OAuthAdapterDeps,
    auth: Pick<OAuthSessionOptions, 'vendor' | 'grant'> & { kind?: OAuthSessionOptions['kind'] },
  ) {
    this.env = deps.env ?? process.env;
    this.session = new OAuthSession({
      vendor: auth.vendor,
      store: deps.store,
      kind: auth.kind ?? 'refresh_token',
      bootstrapRefreshToken: config.refreshTokenEnv ? (this.env[config.refreshTokenEnv] ?? null) : null,
      grant: auth.grant,
    });
  }

  abstract pullOpenEntries(q: LedgerPullQuery): Promise<LedgerPullResult>;
  abstract settleEntries(settlements: LedgerSettlement[]): Promise<LedgerSettlementResult[]>;

  /** The vendor's checks, in order: each depends on the ones before it (no token, no bank account). */
  protected abstract sourceChecks(ctx: SourceCheckContext): Array<[string, () => Promise<string>]>;

  /** `bankfeed ledgers test`: the source's checks, stopping at the first that fails, with its words. */
  checkSource(ctx: SourceCheckContext = {}): Promise<SourceCheck[]> {
    return runSourceChecks(this.sourceChecks(ctx));
  }
}

/** The factory of an OAuth source: its token file is named by kind and source id, so sources never share one. */
export function oauthSourceFactory<C extends OAuthSourceConfig>(
  kind: string,
  schema: z.ZodType<unknown>,
  make: (config: C, deps: OAuthAdapterDeps) => LedgerAdapter,
): LedgerAdapterFactory<C> {
  return {
    kind,
    configSchema: schema as unknown as z.ZodType<C>,
    create: (config: C, ctx: LedgerAdapterContext) =>
      make(config, { store: fileTokenStore(config, ctx.baseDir, `${kind}:${config.id}`) }),
  };
}
