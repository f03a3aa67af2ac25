/** One finding of `bankfeed ledgers test`: what was checked, whether it holds, and in words what to do if not. */
export interface SourceCheck {
  check: string;
  ok: boolean;
  detail: string;
}

/**
 * Runs a source's checks in order. Each depends on the ones before it (no token, no organisation; no organisation,
 * no bank account), so the first failure ends the list with the vendor's or our explanation.
 */
export async function runSourceChecks(steps: Array<[string, () => Promise<string>]>): Promise<SourceCheck[]> {
  const out: SourceCheck[] = [];
  for (const [check, run] of steps) {
    try {
      out.push({ check, ok: true, detail: await run() });
    } catch (err) {
      out.push({ check, ok: false, detail: (err as Error).message });
      break;
    }
  }
  return out;
}
