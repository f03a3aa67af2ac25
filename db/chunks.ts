// Rows per multi-row insert and ids per IN list, well below both dialects' bound-parameter limits.
export const CHUNK = 500;

/** `xs` in lists of at most `size`, in order. */
export function chunks<T>(xs: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}
