import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';

const schema = JSON.parse(readFileSync(new URL('../../docs/report.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);

/** Throws with every violation (JSON path and message) unless `doc` is a valid report document. */
export function validateReportDocument(doc: unknown): void {
  if (validate(doc)) return;
  const issues = (validate.errors ?? []).slice(0, 20).map((e) => `${e.instancePath || '$'} ${e.message}`);
  throw new Error(`report document does not match docs/report.schema.json:\n  ${issues.join('\n  ')}`);
}
