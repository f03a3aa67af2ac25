import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { reconcileInputSchema } from '../../worker/commands/reconcile-document.js';
import { validateReportDocument } from '../reports/report-schema.js';
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

type Doc = {
  statements: Array<{
    statement: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    matches: Array<Record<string, unknown> & { bank: string[] }>;
    suggestions: Array<{ bank: string[] }>;
    unmatched: { bank: string[]; ledger: string[] };
    bankLines: Array<{ id: string; date: string }>;
  }>;
};

/** The output is the one report document: validated against docs/report.schema.json. */
function reportOf(text: string): Doc {
  const doc = JSON.parse(text) as unknown;
  validateReportDocument(doc);
  return doc as Doc;
}

describe('runJsonReconcile', () => {
  it('reconciles the documented example and writes the report document', async () => {
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
    const doc = reportOf(JSON.stringify(written)).statements[0]!;
    const byBank = new Map(doc.matches.map((m) => [m.bank[0], m]));
    expect(byBank.get('b1')).toMatchObject({ ledger: ['INV/2019/00001'], kind: 'reference', difference: '0.00' });
    expect(byBank.get('b2')).toMatchObject({ kind: 'rule', rule: 'ng-nip-fee-2688', proposed: { amount: '-26.88' } });
    expect(byBank.get('b3')).toMatchObject({
      ledger: ['BILL-77'],
      difference: '10.00',
      writeOff: { account: 'Bank charges', amount: '10.00', amountMinor: 1000 },
    });
    expect(doc.unmatched.ledger).toEqual(['INV/2019/00002']);
    // No book balance in the document: the statement says so instead of deriving one from the bank.
    expect(doc.statement).toMatchObject({ balancePerBooks: { amountMinor: null, source: 'unknown' }, balanced: false });
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
    expect(() =>
      parseReconcileDocument(
        { bank: [], ledger: [{ id: 'l1', date: '2024-02-30', amount: '1.00', currency: 'NGN' }] },
        'x.json',
      ),
    ).toThrowError(/\$\.ledger\[0\]\.date: expected a date "YYYY-MM-DD" that exists in the calendar/);
  });

  it('with autoConfirm false confirms nothing and hands every match to a person', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'recon-'));
    const input = join(dir, 'case.json');
    const doc = JSON.parse(await readFile('docs/reconcile-input.example.json', 'utf8'));
    doc.options.autoConfirm = false;
    await writeFile(input, JSON.stringify(doc));
    const stdout = sink();
    expect(await runJsonReconcile({ input, json: true, stdout: stdout.stream })).toBe(0);
    const result = reportOf(stdout.text()).statements[0]!;
    expect(result.matches).toEqual([]);
    expect(result.suggestions.map((s) => s.bank[0])).toEqual(['b1', 'b2', 'b3']);
  });

  it("takes Mono's UTC instant as a bank line's date: its business date in options.timezone", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'recon-'));
    const at = '2024-03-01T23:30:00.000Z';
    const line = (id: string) => ({ id, date: at, amount: '-5.00', currency: 'NGN' });
    const dayIn = async (timezone: string) => {
      const input = join(dir, `${timezone.replace('/', '-')}.json`);
      await writeFile(input, JSON.stringify({ options: { timezone }, bank: [line('b1')], ledger: [] }));
      const stdout = sink();
      expect(await runJsonReconcile({ input, json: true, stdout: stdout.stream })).toBe(0);
      return reportOf(stdout.text()).statements[0]!.bankLines[0]!.date;
    };
    expect(await dayIn('Africa/Lagos')).toBe('2024-03-02');
    expect(await dayIn('Africa/Nairobi')).toBe('2024-03-02');
    expect(await dayIn('Africa/Accra')).toBe('2024-03-01');
    expect(() =>
      parseReconcileDocument({ options: { timezone: 'Mars/Olympus' }, bank: [line('b1')], ledger: [] }, 'x.json'),
    ).toThrowError(/\$\.options\.timezone: unknown time zone "Mars\/Olympus"/);
    expect(() =>
      parseReconcileDocument({ bank: [{ ...line('b1'), date: '2024-03-01T23:30:00' }], ledger: [] }, 'x.json'),
    ).toThrowError(/\$\.bank\[0\]\.date: expected a date "YYYY-MM-DD" or an instant with its zone/);
  });

  it("takes a line's fee on its row as a magnitude, refuses one that is no amount by its path", () => {
    const line = { id: 'b1', date: '2025-06-10', amount: '-1008.00', currency: 'ZAR' };
    const parsed = parseReconcileDocument({ bank: [{ ...line, fee: '-8.00' }], ledger: [] }, 'x.json');
    expect(parsed.bank[0]!.feeMinor).toBe(800);
    expect(parseReconcileDocument({ bank: [line], ledger: [] }, 'x.json').bank[0]!.feeMinor).toBeUndefined();
    expect(() => parseReconcileDocument({ bank: [{ ...line, fee: 'eight' }], ledger: [] }, 'x.json')).toThrowError(
      /\$\.bank\[0\]\.fee/,
    );
  });

  it('takes the statement balances the document states, and refuses a day that does not exist with its path', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'recon-'));
    const input = join(dir, 'case.json');
    await writeFile(
      input,
      JSON.stringify({
        bank: [{ id: 'b1', date: '2024-03-04', amount: '100.00', currency: 'NGN', balance: '1100.00' }],
        ledger: [{ id: 'l1', date: '2024-03-29', amount: '-30.00', currency: 'NGN' }],
        statement: { to: '2024-03-31', bookBalance: '1070.00' },
      }),
    );
    const stdout = sink();
    expect(await runJsonReconcile({ input, json: true, stdout: stdout.stream })).toBe(0);
    const st = reportOf(stdout.text()).statements[0]!.statement;
    // 1,100.00 per bank − 30.00 unpresented = 1,070.00 + 100.00 not in the books ≠ 1,070.00: a real difference.
    expect(st).toMatchObject({
      balancePerBank: { amount: '1100.00', source: 'statement-closing' },
      balancePerBooks: { amount: '1070.00', source: 'stated' },
      difference: { amount: '-100.00' },
      verified: true,
      balanced: false,
    });
    const stderr = sink();
    await writeFile(
      input,
      JSON.stringify({ bank: [{ id: 'b1', date: '2024-02-30', amount: '1.00', currency: 'NGN' }], ledger: [] }),
    );
    expect(await runJsonReconcile({ input, json: true, stdout: sink().stream, stderr: stderr.stream })).toBe(2);
    expect(stderr.text()).toContain('$.bank[0].date: expected a date "YYYY-MM-DD" or an instant');
  });
});

// The JSON Schemas in docs/ are documentation for other tools: their field names must be the ones the code reads and writes.
describe('docs/reconcile-input.schema.json', () => {
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
    expect(props(schema.properties.statement)).toEqual(keys(shape.statement!));
    expect(props(schema.$defs.rule)).toEqual(['enabled', 'id', 'name', 'then', 'when']);
  });
});
