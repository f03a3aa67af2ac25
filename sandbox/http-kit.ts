/** Small HTTP helpers: Mono envelopes, request bodies, errors with a status. */
import type { IncomingMessage, ServerResponse } from 'node:http';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** Send this text instead of JSON (HTML pages). */
  html?: string;
  /** Send these bytes instead of JSON (statement PDFs). */
  file?: { type: string; data: Buffer };
  /** Data endpoints may have faults applied (truncated JSON, latency). */
  faultable?: boolean;
}

export function envelope(now: number, message: string, data: unknown, meta?: unknown): Record<string, unknown> {
  return {
    status: 'successful',
    message,
    timestamp: new Date(now).toISOString(),
    data,
    ...(meta !== undefined ? { meta } : {}),
  };
}

export function failure(now: number, message: string): Record<string, unknown> {
  return { status: 'failed', message, timestamp: new Date(now).toISOString(), data: null };
}

export async function readBody(req: IncomingMessage, maxBytes = 1_000_000): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new HttpError(413, `request body larger than ${maxBytes} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function parseJson(text: string): unknown {
  if (!text.trim()) return {};
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new HttpError(400, `request body is not valid JSON: ${(err as Error).message}`);
  }
}

export function send(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string>,
  contentType = 'application/json; charset=utf-8',
): void {
  res.writeHead(status, { 'content-type': contentType, 'content-length': String(Buffer.byteLength(text)), ...headers });
  res.end(text);
}
