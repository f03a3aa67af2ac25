/**
 * PDF statements as Mono serves them: `GET /v2/accounts/:id/statement?output=pdf` answers a job `{id, status, path}`,
 * `GET /v2/accounts/:id/statement/jobs/:jobId` reports it (PROCESSING, then BUILT or FAILED), and the built file is
 * fetched from `path`. Faults: a bank without PDF statements (400), a job that fails, a slow build.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { AccountState } from './bank.js';
import { envelope, HttpError, type Reply } from './http-kit.js';
import type { MonoContext, Route, RouteRequest } from './mono-routes.js';
import { hexId } from './prng.js';

interface PdfJob {
  id: string;
  accountId: string;
  months: number;
  status: 'PROCESSING' | 'BUILT' | 'FAILED';
  token: string;
  pdf: Buffer | null;
}

export interface StatementPdfSettings {
  /** Sandbox ms from request to BUILT. */
  buildMs: number;
  /** Accounts whose bank offers no PDF statements. */
  unsupportedAccounts: string[];
  /** The next N jobs end FAILED. */
  failNext: number;
}

const settingsSchema = z
  .object({
    buildMs: z.number().int().min(0).max(3_600_000).optional(),
    unsupportedAccounts: z.array(z.string()).optional(),
    failNext: z.number().int().min(0).optional(),
  })
  .strict();

/** A one-page-per-50-lines PDF with the lines as text (Helvetica, ASCII); a real file any reader opens. */
export function textPdf(lines: string[]): Buffer {
  const esc = (s: string) => s.replace(/[^\x20-\x7e]/g, '?').replace(/([\\()])/g, '\\$1');
  const pages: string[][] = [];
  for (let i = 0; i < Math.max(1, lines.length); i += 50) pages.push(lines.slice(i, i + 50));
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 4 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
  pages.forEach((page, i) => {
    const text = page.map((l, j) => `BT /F1 9 Tf 40 ${800 - j * 15} Td (${esc(l)}) Tj ET`).join('\n');
    objects[pageIds[i]!] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i]! + 1} 0 R >>`;
    objects[pageIds[i]! + 1] = `<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}\nendstream`;
  });
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(out, 'latin1');
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

function money(minor: number): string {
  const s = String(Math.abs(minor)).padStart(3, '0');
  return `${minor < 0 ? '-' : ''}${s.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${s.slice(-2)}`;
}

/**
 * Wraps Mono's route list: the statement route keeps its JSON answers and gains `output=pdf` jobs; the job and
 * file routes are added. Returns the routes and the settings a test may change.
 */
export function withStatementPdf(routes: Route[]): { routes: Route[]; settings: StatementPdfSettings } {
  const settings: StatementPdfSettings = { buildMs: 3_000, unsupportedAccounts: [], failNext: 0 };
  const jobs = new Map<string, PdfJob>();
  const byToken = new Map<string, PdfJob>();

  function linked(ctx: MonoContext, id: string): AccountState {
    const a = ctx.bank.linked(id);
    if (!a) throw new HttpError(404, 'Account not found');
    return a;
  }

  function jobBody(job: PdfJob, ctx: MonoContext): Record<string, unknown> {
    return {
      id: job.id,
      status: job.status,
      path: job.status === 'BUILT' ? `${ctx.baseUrl()}/statements/files/${job.token}.pdf` : null,
    };
  }

  function startPdf(req: RouteRequest, ctx: MonoContext): Reply {
    const a = linked(ctx, req.params[0]!);
    const m = /^last([1-9]|1[0-2])months?$/.exec(req.url.searchParams.get('period') ?? '');
    if (!m)
      throw new HttpError(
        400,
        `Invalid period "${req.url.searchParams.get('period') ?? ''}": expected last1months … last12months`,
      );
    if (req.url.searchParams.get('format') === 'v2')
      throw new HttpError(400, 'format=v2 is only available for JSON statements');
    if (settings.unsupportedAccounts.includes(a.id))
      throw new HttpError(400, `PDF statements are not supported for ${a.institution.name} accounts`);
    const now = ctx.clock.now();
    const job: PdfJob = {
      id: hexId(ctx.seed, 'statement-job', a.id, now, jobs.size),
      accountId: a.id,
      months: Number(m[1]),
      status: 'PROCESSING',
      token: randomBytes(16).toString('hex'),
      pdf: null,
    };
    const fails = settings.failNext > 0;
    if (fails) settings.failNext--;
    jobs.set(job.id, job);
    ctx.clock.after(settings.buildMs, () => {
      if (fails) {
        job.status = 'FAILED';
        return;
      }
      const end = ctx.clock.now();
      const from = new Date(end);
      from.setUTCMonth(from.getUTCMonth() - job.months);
      const rows = a.gen.list(ctx.bank.viewOf(a), { fromMs: from.getTime(), offset: 0, limit: null }).rows;
      const lines = [
        `${a.institution.name} - account statement`,
        `${a.name}  account ******${a.accountNumber.slice(-4)}  ${a.institution.currency}`,
        `Period: ${from.toISOString().slice(0, 10)} to ${new Date(end).toISOString().slice(0, 10)}`,
        '',
        ...rows.map(
          ({ row: r }) =>
            `${new Date(r.postAt).toISOString().slice(0, 10)}  ${r.type === 'credit' ? 'CR' : 'DR'} ${money(r.amount).padStart(16)}  ${r.narration.slice(0, 60)}`,
        ),
      ];
      job.pdf = textPdf(lines);
      job.status = 'BUILT';
      byToken.set(job.token, job);
    });
    return { status: 200, body: envelope(now, 'Statement is being generated', jobBody(job, ctx)) };
  }

  const wrapped = routes.map((r) =>
    r.endpoint === 'GET /v2/accounts/:id/statement'
      ? {
          ...r,
          handle: (req: RouteRequest, ctx: MonoContext) =>
            (req.url.searchParams.get('output') ?? 'json') === 'pdf' ? startPdf(req, ctx) : r.handle(req, ctx),
        }
      : r,
  );
  const ID = '([A-Za-z0-9_-]+)';
  const extra: Route[] = [
    {
      method: 'GET',
      pattern: new RegExp(`^/v2/accounts/${ID}/statement/jobs/${ID}$`),
      endpoint: 'GET /v2/accounts/:id/statement/jobs/:jobId',
      auth: true,
      data: false,
      handle: (req, ctx) => {
        const a = linked(ctx, req.params[0]!);
        const job = jobs.get(req.params[1]!);
        if (!job || job.accountId !== a.id) throw new HttpError(404, 'Statement job not found');
        return {
          status: 200,
          body: envelope(ctx.clock.now(), 'Request was successfully completed', jobBody(job, ctx)),
        };
      },
    },
    {
      // Like a signed storage URL: the path itself grants access.
      method: 'GET',
      pattern: /^\/statements\/files\/([a-f0-9]{32})\.pdf$/,
      endpoint: 'GET /statements/files/:token.pdf',
      auth: false,
      data: false,
      handle: (req) => {
        const job = byToken.get(req.params[0]!);
        if (!job?.pdf) throw new HttpError(404, 'File not found');
        return { status: 200, body: null, file: { type: 'application/pdf', data: job.pdf } };
      },
    },
    {
      method: 'PUT',
      pattern: /^\/__sandbox\/statement-pdf$/,
      endpoint: 'PUT /__sandbox/statement-pdf',
      auth: true,
      data: false,
      handle: async (req) => {
        const r = settingsSchema.safeParse(await req.body());
        if (!r.success)
          throw new HttpError(
            400,
            `Invalid ${r.error.issues[0]!.path.join('.') || 'body'}: ${r.error.issues[0]!.message}`,
          );
        Object.assign(settings, r.data);
        return { status: 200, body: { ...settings } };
      },
    },
  ];
  return { routes: [...wrapped, ...extra], settings };
}
