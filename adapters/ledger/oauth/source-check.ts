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

/** An account bankfeed may post to through a source, and what sets it ("rule ng-emtl", "the write-off account"). */
export interface PostingAccount {
  account: string;
  /** The only currency its lines come in, when what sets it is bound to one (a country's presets). */
  currency?: string;
  setBy: string;
}

/** What `bankfeed ledgers test` knows beyond the source's own configuration. */
export interface SourceCheckContext {
  /** The accounts the rules in force would post to; absent when nothing writes back through the source. */
  postingAccounts?: PostingAccount[];
}
