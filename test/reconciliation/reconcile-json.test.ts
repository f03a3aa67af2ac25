import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { reconcileInputSchema } from '../../worker/commands/reconcile-document.js';
import { parseReconcileDocument, runJsonReconcile } from '../../worker/commands/reconcile-json.js';

function sink(): { stream: Writable; text: () => string } {
  let buf = '';
  const stream = new Writable({
    write(chunk, _enc, cb) {
      buf += String(chunk);
      cb();
    },
  });
  return { stream, text: () => buf };
}

// The output document as docs/reconcile-output.schema.json describes it.
const evidence = z.array(z.object({ kind: z.string(), detail: z.string(), weight: z.number() }).strict());
const decimal = z.string().regex(/^-?\d+(\.\d+)?$/);
const outputSchema = z
  .object({
    matches: z.array(
      z
        .object({
          bank: z.array(z.string()),
          ledger: z.array(z.string()),
          kind: z.enum(['exact', 'reference', 'fuzzy', 'split', 'rule', 'manual']),
          confidence: z.number().min(0).max(1),
          difference: decimal,
          writeOff: z.object({ account: z.string(), amount: decimal }).strict().nullable(),
          evidence,
          rule: z.string().optional(),
          proposed: z
            .object({
              account: z.string(),
              category: z.string().nullable(),
              counterparty: z.string().nullable(),
              description: z.string(),
              amount: decimal,
            })
            .strict()
            .optional(),
        })
        .strict(),
    ),
    suggestions: z.array(
      z
        .object({
          bank: z.array(z.string()),
          candidates: z
            .array(
              z.object({ ledger: z.array(z.string()), confidence: z.number(), difference: decimal, evidence }).strict(),
            )
            .max(3),
        })
        .strict(),
    ),
    unmatchedBank: z.array(z.string()),
    unmatchedLedger: z.array(z.string()),
  })
  .strict();

describe('runJsonReconcile', () => {
  it('reconciles the documented example and writes an output that fits the output schema', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'recon-'));
    const out = join(dir, 'report.json');
    const stdout = sink();
    const code = await runJsonReconcile({
      input: 'docs/reconcile-input.example.json',
      out,
      json: true,
      stdout: stdout.stream,
    });
    expect(code).toBe(0);
    const written = JSON.parse(await readFile(out, 'utf8'));
    expect(JSON.parse(stdout.text())).toEqual(written);
    const doc = outputSchema.parse(written);
    const byBank = new Map(doc.matches.map((m) => [m.bank[0], m]));
    expect(byBank.get('b1')).toMatchObject({ ledger: ['INV/2019/00001'], kind: 'reference', difference: '0.00' });
    expect(byBank.get('b2')).toMatchObject({ kind: 'rule', rule: 'ng-nip-fee-2688', proposed: { amount: '-26.88' } });
    expect(byBank.get('b3')).toMatchObject({
      ledger: ['BILL-77'],
      difference: '10.00',
      writeOff: { account: 'Bank charges', amount: '10.00' },
    });
    expect(doc.unmatchedLedger).toEqual(['INV/2019/00002']);
    expect(await readdir(dir)).toEqual(['report.json']);
  });

  it('refuses invalid input with the JSON path and what was expected, and writes nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'recon-'));
    const input = join(dir, 'case.json');
    await writeFile(
      input,
      JSON.stringify({
        bank: [
          { id: 'b1', date: '2024-02-30', amount: '1.5.0', currency: 'NGN' },
          { id: 'b2', date: '2024-03-01', amount: 100, currency: 'NGN' },
        ],
        ledger: [{ id: 'l1', date: '2024-03-01', amount: '1.001', currency: 'NGN' }],
        rules: [{ id: 'r1', when: { narrationRegex: '(' }, then: { ledgerAccount: 'X' } }],
      }),
    );
    const stderr = sink();
    const out = join(dir, 'out.json');
    const code = await runJsonReconcile({ input, out, stderr: stderr.stream, stdout: sink().stream });
    expect(code).toBe(2);
    expect(stderr.text()).toContain('$.bank[1].amount: expected a signed decimal string');
    expect(await readdir(dir)).toEqual(['case.json']);
    // second stage: shapes are fine, values are not
    expect(() =>
      parseReconcileDocument(
        {
          bank: [{ id: 'b1', date: '2024-03-01', amount: '1.5.0', currency: 'NGN' }],
          ledger: [{ id: 'l1', date: '2024-03-01', amount: '1.001', currency: 'XYZ' }],
          rules: [{ id: 'r1', when: { narrationRegex: '(' }, then: { ledgerAccount: 'X' } }],
        },
        'case.json',
      ),
    ).toThrowError(
      /\$\.bank\[0\]\.amount[\s\S]*\$\.ledger\[0\]\.currency[\s\S]*\$\.rules\[0\] \(id "r1"\) field when\.narrationRegex: expected a valid regular expression/,
    );
  });

  it('reports a missing field and a bad date by path', () => {
    expect(() =>
      parseReconcileDocument({ bank: [{ id: 'b1', date: '01/03/2024', currency: 'NGN' }], ledger: [] }, 'x.json'),
    ).toThrowError(/\$\.bank\[0\]\.date: expected a date "YYYY-MM-DD"[\s\S]*\$\.bank\[0\]\.amount/);
  });

  it('with autoConfirm false confirms nothing and hands every match to a person', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'recon-'));
    const input = join(dir, 'case.json');
    const doc = JSON.parse(await readFile('docs/reconcile-input.example.json', 'utf8'));
    doc.options.autoConfirm = false;
    await writeFile(input, JSON.stringify(doc));
    const stdout = sink();
    expect(await runJsonReconcile({ input, json: true, stdout: stdout.stream })).toBe(0);
    const result = outputSchema.parse(JSON.parse(stdout.text()));
    expect(result.matches).toEqual([]);
    expect(result.suggestions.map((s) => s.bank[0])).toEqual(['b1', 'b2', 'b3']);
  });
});

// The JSON Schemas in docs/ are documentation for other tools: their field names must be the ones the code reads and writes.
describe('docs/reconcile-*.schema.json', () => {
  type Z = {
    unwrap?: () => Z;
    shape?: Record<string, Z>;
    element?: Z;
    def?: { innerType?: Z; element?: Z; type?: string };
  };
  const unwrap = (z: Z): Z => {
    let cur = z;
    for (let i = 0; i < 5; i++) {
      if (cur.def?.innerType) cur = cur.def.innerType;
      else if (cur.def?.type === 'array' && cur.def.element) cur = cur.def.element;
      else break;
    }
    return cur;
  };
  const keys = (z: Z) => Object.keys(unwrap(z).shape ?? {}).sort();
  const props = (o: { properties?: Record<string, unknown> }) => Object.keys(o.properties ?? {}).sort();

  it('the input schema names exactly the fields the parser accepts', async () => {
    const schema = JSON.parse(await readFile('docs/reconcile-input.schema.json', 'utf8'));
    const shape = (reconcileInputSchema as unknown as Z).shape!;
    expect(props(schema)).toEqual(keys(reconcileInputSchema as unknown as Z));
    expect(props(schema.properties.options)).toEqual(keys(shape.options!));
    expect(props(schema.properties.options.properties.tolerance)).toEqual(
      keys(unwrap(shape.options!).shape!.tolerance!),
    );
    expect(props(schema.properties.bank.items)).toEqual(keys(shape.bank!));
    expect(props(schema.properties.ledger.items)).toEqual(keys(shape.ledger!));
    expect(props(schema.properties.bank.items.properties.counterparty)).toEqual(
      keys(unwrap(shape.bank!).shape!.counterparty!),
    );
    expect(props(schema.$defs.rule)).toEqual(['enabled', 'id', 'name', 'then', 'when']);
  });

  it('the output schema names exactly the fields the formatter writes', async () => {
    const schema = JSON.parse(await readFile('docs/reconcile-output.schema.json', 'utf8'));
    const shape = (outputSchema as unknown as Z).shape!;
    expect(props(schema)).toEqual(keys(outputSchema as unknown as Z));
    expect(props(schema.properties.matches.items)).toEqual(keys(shape.matches!));
    expect(props(schema.properties.matches.items.properties.proposed)).toEqual(
      keys(unwrap(shape.matches!).shape!.proposed!),
    );
    expect(props(schema.properties.suggestions.items)).toEqual(keys(shape.suggestions!));
    expect(props(schema.properties.suggestions.items.properties.candidates.items)).toEqual(
      keys(unwrap(shape.suggestions!).shape!.candidates!),
    );
    expect(props(schema.$defs.evidence.items)).toEqual(['detail', 'kind', 'weight']);
  });
});
