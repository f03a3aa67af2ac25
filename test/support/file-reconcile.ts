import { PassThrough } from 'node:stream';
import { runFileReconcile, type FileReconcileOptions } from '../../worker/commands/reconcile-files.js';

/** `bankfeed reconcile` on files, in process: its exit code and what it wrote to stdout and stderr. */
export async function runFiles(
  opts: Omit<FileReconcileOptions, 'stdout' | 'stderr'>,
): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await runFileReconcile({ ...opts, stdout, stderr });
  return { code, out, err };
}

/** A naira bank line as a JSON statement file writes it, with its running balance. */
export const ngnLine = (id: string, date: string, amount: string, narration: string, balance: string) => ({
  id,
  date,
  amount,
  currency: 'NGN',
  narration,
  balance,
});

/** A naira sales invoice as a JSON ledger file writes it, its id its reference. */
export const ngnInvoice = (id: string, date: string, amount: string, party: string) => ({
  id,
  date,
  amount,
  currency: 'NGN',
  reference: id,
  description: `Sales invoice ${party}`,
  party,
});
