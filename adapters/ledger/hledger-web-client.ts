import { z } from 'zod';
import { hledgerTransactionsSchema, type HledgerTransaction } from './hledger-web-json.js';

export class HledgerWebError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HledgerWebError';
  }
}

function describeIssues(what: string, err: z.ZodError): string {
  const first = err.issues
    .slice(0, 3)
    .map(
      (i) =>
        `${i.path.length ? '$' + i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('') : '$'}: ${i.message}`,
    );
  return `${what}: unexpected JSON (${first.join('; ')}${err.issues.length > 3 ? `; and ${err.issues.length - 3} more` : ''})`;
}

/** A thin client for hledger-web's JSON API; every failure names the endpoint (never credentials in the URL). */
export class HledgerWebClient {
  private readonly base: URL;
  private readonly label: string;

  constructor(
    url: string,
    private readonly timeoutMs: number,
  ) {
    this.base = new URL(url.endsWith('/') ? url : url + '/');
    // Userinfo (user:password@) must never reach an error message.
    this.label = `${this.base.protocol}//${this.base.host}${this.base.pathname}`;
  }

  private async call(method: 'GET' | 'PUT', path: string, body?: unknown): Promise<Response> {
    const what = `hledger-web ${method} ${this.label}${path}`;
    let res: Response;
    try {
      const headers: Record<string, string> = { accept: 'application/json' };
      if (this.base.username) {
        headers.authorization =
          'Basic ' +
          Buffer.from(`${decodeURIComponent(this.base.username)}:${decodeURIComponent(this.base.password)}`).toString(
            'base64',
          );
      }
      if (body !== undefined) headers['content-type'] = 'application/json';
      const target = new URL(path, this.base);
      target.username = '';
      target.password = '';
      res = await fetch(target, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (err) {
      throw new HledgerWebError(
        `${what}: ${(err as Error).name === 'TimeoutError' ? `no answer within ${this.timeoutMs} ms` : (err as Error).message}`,
      );
    }
    if (!res.ok) {
      const text = (await res.text()).slice(0, 300).replace(/\s+/g, ' ');
      const hint = res.status === 403 && method === 'PUT' ? ' (start hledger-web with --capabilities=view,add)' : '';
      throw new HledgerWebError(`${what}: HTTP ${res.status}${hint}${text ? `: ${text}` : ''}`);
    }
    return res;
  }

  async transactions(): Promise<HledgerTransaction[]> {
    const res = await this.call('GET', 'transactions');
    let json: unknown;
    try {
      json = await res.json();
    } catch {
      throw new HledgerWebError(`hledger-web GET ${this.label}transactions: the answer is not JSON`);
    }
    const parsed = hledgerTransactionsSchema.safeParse(json);
    if (!parsed.success)
      throw new HledgerWebError(describeIssues(`hledger-web GET ${this.label}transactions`, parsed.error));
    return parsed.data;
  }

  async add(transaction: unknown): Promise<void> {
    await this.call('PUT', 'add', transaction);
  }
}
