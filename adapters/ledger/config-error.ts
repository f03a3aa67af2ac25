import type { z } from 'zod';

export interface ConfigIssue {
  /** Key path as written in the file: `sources[1].path`. */
  path: string;
  message: string;
}

/** A ledger configuration that does not validate; the message lists every issue with its key path. */
export class LedgerConfigError extends Error {
  constructor(
    readonly sourceName: string,
    readonly issues: ConfigIssue[],
  ) {
    super(
      `${sourceName}: invalid ledger configuration\n${issues.map((i) => `  ${i.path || '(top level)'}: ${i.message}`).join('\n')}`,
    );
    this.name = 'LedgerConfigError';
  }
}

export function formatPath(path: ReadonlyArray<PropertyKey>, prefix = ''): string {
  let out = prefix;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

const ARTICLE: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping (object)',
  int: 'a whole number',
};

/** zod's issue in the words of the configuration file: "expected a string", "is required", "unknown key". */
export function issueMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = ARTICLE[issue.expected] ?? issue.expected;
      return /received undefined/.test(issue.message) ? `is required (expected ${expected})` : `expected ${expected}`;
    }
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return issue.message;
  }
}

export function issuesOf(error: z.ZodError, prefix: ReadonlyArray<PropertyKey> = []): ConfigIssue[] {
  return error.issues.map((i) => ({ path: formatPath([...prefix, ...i.path]), message: issueMessage(i) }));
}
