/**
 * A template's text as one flat string: flat`date ${n} day(s) from the entry`. A sentence added up from pieces is a
 * chain of them, an object per piece, and evidence keeps its sentences for the whole run (a million matches at the
 * largest); joined, each is one string. Values are written as a template literal writes them (String).
 */
export function flat(parts: TemplateStringsArray, ...values: unknown[]): string {
  const out = new Array<string>(2 * values.length + 1);
  out[0] = parts[0]!;
  for (let i = 0; i < values.length; i++) {
    out[2 * i + 1] = String(values[i]);
    out[2 * i + 2] = parts[i + 1]!;
  }
  return out.join('');
}
