import { request } from 'undici';
import { z } from 'zod';
import { MonoError, monoErrorFromResponse } from './errors.js';
import { MonoTransport } from './http.js';
import { describeIssues, envelope } from './schemas.js';
import type { MonoClientOptions } from './types.js';

/**
 * Mono's PDF statements: `GET /v2/accounts/{id}/statement?period=lastNmonths&output=pdf` answers a job
 * `{id, status, path}`; `GET /v2/accounts/{id}/statement/jobs/{jobId}` is polled until it is BUILT, then `path` is
 * downloaded. Job statuses beyond BUILT are not documented: anything naming failure ends the wait, the rest wait.
 */
export type StatementJobState = 'building' | 'built' | 'failed';

export interface StatementJob {
  id: string;
  state: StatementJobState;
  /** Mono's own word for it, for messages. */
  status: string;
  /** Where the PDF is: a URL that may grant access on its own (never log it). */
  path: string | null;
}

const jobSchema = z.object({
  id: z.string().nullish(),
  _id: z.string().nullish(),
  jobId: z.string().nullish(),
  status: z.string().min(1),
  path: z.string().nullish(),
});

function stateOf(status: string): StatementJobState {
  const s = status.trim().toUpperCase();
  if (s === 'BUILT' || s === 'COMPLETED' || s === 'FINISHED' || s === 'SUCCESSFUL') return 'built';
  if (/FAIL|ERROR|REJECT|CANCEL|EXPIRED/.test(s)) return 'failed';
  return 'building';
}

const MAX_PDF_BYTES = 50 * 1024 * 1024;

export class MonoStatementJobs {
  private readonly http: MonoTransport;
  private readonly origin: string;

  constructor(private readonly options: MonoClientOptions) {
    this.origin = new URL(options.baseUrl).origin;
    this.http = new MonoTransport({
      baseUrl: options.baseUrl,
      secretKey: options.secretKey,
      timeoutMs: options.timeoutMs ?? 30_000,
      connections: options.connections ?? 4,
      ...(options.logger ? { logger: options.logger } : {}),
    });
  }

  close(): Promise<void> {
    return this.http.close();
  }

  /** Starts building a PDF statement of the last `months` (1–12). */
  async requestPdf(accountId: string, months: number): Promise<StatementJob> {
    if (!Number.isInteger(months) || months < 1 || months > 12)
      throw new RangeError('statement months must be a whole number from 1 to 12');
    const endpoint = 'GET /v2/accounts/{id}/statement';
    return this.job(endpoint, {
      method: 'GET',
      path: `/v2/accounts/${encodeURIComponent(accountId)}/statement`,
      endpoint,
      query: { period: `last${months}months`, output: 'pdf' },
    });
  }

  async getJob(accountId: string, jobId: string): Promise<StatementJob> {
    const endpoint = 'GET /v2/accounts/{id}/statement/jobs/{jobId}';
    return this.job(endpoint, {
      method: 'GET',
      path: `/v2/accounts/${encodeURIComponent(accountId)}/statement/jobs/${encodeURIComponent(jobId)}`,
      endpoint,
    });
  }

  /** Downloads a built statement. Our secret key goes only to Mono's own origin, never to a storage host. */
  async download(path: string): Promise<Buffer> {
    const endpoint = 'GET statement file';
    let url: URL;
    try {
      url = new URL(path, this.options.baseUrl);
    } catch {
      throw new MonoError({ kind: 'protocol', endpoint, detail: 'the job path is not a URL' });
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      throw new MonoError({ kind: 'protocol', endpoint, detail: 'the job path is not an http(s) URL' });
    const headers: Record<string, string> = { accept: 'application/pdf' };
    if (url.origin === this.origin) headers['mono-sec-key'] = this.options.secretKey;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.options.timeoutMs ?? 60_000);
    try {
      const res = await request(url, { method: 'GET', headers, signal: controller.signal });
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const c of res.body) {
        size += (c as Buffer).length;
        if (size > MAX_PDF_BYTES) {
          res.body.destroy();
          throw new MonoError({
            kind: 'protocol',
            endpoint,
            detail: `statement file larger than ${MAX_PDF_BYTES} bytes`,
          });
        }
        chunks.push(c as Buffer);
      }
      const body = Buffer.concat(chunks);
      if (res.statusCode < 200 || res.statusCode >= 300)
        throw monoErrorFromResponse({ status: res.statusCode, endpoint, secrets: [this.options.secretKey] });
      if (body.subarray(0, 5).toString('latin1') !== '%PDF-')
        throw new MonoError({
          kind: 'protocol',
          endpoint,
          status: res.statusCode,
          detail: 'the statement file is not a PDF',
        });
      return body;
    } catch (e) {
      if (e instanceof MonoError) throw e;
      throw new MonoError({
        kind: controller.signal.aborted ? 'timeout' : 'unavailable',
        endpoint,
        detail: controller.signal.aborted
          ? 'no complete statement file in time'
          : 'the statement file could not be fetched',
      });
    } finally {
      clearTimeout(timer);
    }
  }

  private async job(endpoint: string, req: Parameters<MonoTransport['send']>[0]): Promise<StatementJob> {
    const res = await this.http.send(req);
    const env = envelope.safeParse(res.body);
    if (!env.success)
      throw this.http.logged(new MonoError({ kind: 'protocol', endpoint, detail: describeIssues(env.error, 'body') }));
    if ((env.data.status ?? '').toLowerCase() === 'failed')
      throw this.http.logged(
        monoErrorFromResponse({
          status: res.status,
          endpoint,
          ...(env.data.message ? { message: env.data.message } : {}),
          secrets: this.http.secrets,
        }),
      );
    const d = jobSchema.safeParse(env.data.data);
    if (!d.success)
      throw this.http.logged(new MonoError({ kind: 'protocol', endpoint, detail: describeIssues(d.error, 'data') }));
    const id = d.data.id ?? d.data._id ?? d.data.jobId;
    if (!id) throw this.http.logged(new MonoError({ kind: 'protocol', endpoint, detail: 'data.id: missing' }));
    return { id, state: stateOf(d.data.status), status: d.data.status, path: d.data.path ?? null };
  }
}
