import { Writable } from 'node:stream';
import { runJsonReconcile, type ReconcileOutput } from '../../worker/commands/reconcile-json.js';

/** Runs a reconcile-JSON document through the real CLI path (`bankfeed reconcile --input … --json`) and parses it. */
export async function reconcileDocumentFile(path: string): Promise<ReconcileOutput> {
  let out = '';
  let err = '';
  const sink = (append: (s: string) => void) =>
    new Writable({
      write(chunk: Buffer | string, _enc, cb) {
        append(chunk.toString());
        cb();
      },
    });
  const code = await runJsonReconcile({
    input: path,
    json: true,
    stdout: sink((s) => (out += s)),
    stderr: sink((s) => (err += s)),
  });
  if (code !== 0) throw new Error(`${path}: the JSON input was refused (exit ${code}): ${err.trim()}`);
  return JSON.parse(out) as ReconcileOutput;
}

/** Where each bank line ended up in an output document. */
export interface Placement {
  groupOf: Map<string, ReconcileOutput['matches'][number]>;
  /** candidate ledger sets for the line, best first, from every suggestion naming it */
  candidatesOf: Map<string, Array<{ ledger: string[]; confidence: number; bank: string[] }>>;
}

export function placementOf(out: ReconcileOutput): Placement {
  const groupOf = new Map<string, ReconcileOutput['matches'][number]>();
  for (const g of out.matches) for (const id of g.bank) groupOf.set(id, g);
  const candidatesOf = new Map<string, Array<{ ledger: string[]; confidence: number; bank: string[] }>>();
  for (const s of out.suggestions)
    for (const id of s.bank) {
      const list = candidatesOf.get(id) ?? [];
      for (const c of s.candidates) list.push({ ledger: c.ledger, confidence: c.confidence, bank: s.bank });
      candidatesOf.set(id, list);
    }
  for (const list of candidatesOf.values()) list.sort((a, b) => b.confidence - a.confidence);
  return { groupOf, candidatesOf };
}
