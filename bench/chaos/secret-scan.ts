import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Client } from '@temporalio/client';
import XLSX from 'xlsx';

/** A value that must never be written anywhere outside the bank's own answer: a key, a secret, a BVN, a full account number. */
export interface Needle {
  label: string;
  value: string;
}

export interface SecretHit {
  label: string;
  where: string;
}

/** Where the value was found, never the value itself (this report is printed). */
export function scanText(text: string, needles: Needle[], where: string): SecretHit[] {
  return needles.filter((n) => n.value.length >= 4 && text.includes(n.value)).map((n) => ({ label: n.label, where }));
}

/** XLSX files are zip archives (compressed): read them as sheets, so a secret inside a cell is not hidden by deflate. */
function fileText(path: string): string {
  const buf = readFileSync(path);
  if (extname(path).toLowerCase() === '.xlsx') {
    const wb = XLSX.read(buf, { type: 'buffer' });
    return wb.SheetNames.map((n) => XLSX.utils.sheet_to_csv(wb.Sheets[n]!)).join('\n');
  }
  return buf.toString('latin1');
}

/** Scans every file under `dir` (logs, reports, exports), except those `skip` names. */
export function scanTree(
  dir: string,
  needles: Needle[],
  skip: (path: string) => boolean = () => false,
): { files: number; hits: SecretHit[] } {
  const hits: SecretHit[] = [];
  let files = 0;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (skip(p)) continue;
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (st.isFile()) {
        files++;
        hits.push(...scanText(fileText(p), needles, p));
      }
    }
  };
  walk(dir);
  return { files, hits };
}

/** Scans the full event histories (every payload, decoded as text) of the given workflows. */
export async function scanHistories(
  client: Client,
  workflowIds: string[],
  needles: Needle[],
): Promise<{ histories: number; events: number; hits: SecretHit[] }> {
  const hits: SecretHit[] = [];
  let events = 0;
  let histories = 0;
  for (const id of workflowIds) {
    for await (const wf of client.workflow.list({ query: `WorkflowId = '${id.replace(/'/g, "\\'")}'` })) {
      const history = await client.workflow.getHandle(wf.workflowId, wf.runId).fetchHistory();
      histories++;
      events += history.events?.length ?? 0;
      // Payload data are bytes (JSON-encoded); JSON.stringify of a Uint8Array lists numbers, so decode them first.
      const text = JSON.stringify(history, (_k, v: unknown) =>
        v instanceof Uint8Array ? Buffer.from(v).toString('utf8') : v,
      );
      hits.push(...scanText(text, needles, `history of ${wf.workflowId} run ${wf.runId}`));
    }
  }
  return { histories, events, hits };
}

/** The sensitive values the sandbox holds for an account, read over its Mono API as the bank would give them. */
export async function accountNeedles(sandboxUrl: string, secretKey: string, accountId: string): Promise<Needle[]> {
  const get = async (path: string) => {
    for (let attempt = 1; ; attempt++) {
      const res = await fetch(`${sandboxUrl}${path}`, { headers: { 'mono-sec-key': secretKey } });
      const text = await res.text();
      // The fault profile may answer 429/503 or a truncated body: ask again.
      if (res.status === 200) {
        try {
          return JSON.parse(text) as { data?: Record<string, unknown> };
        } catch {
          /* truncated */
        }
      }
      if (attempt >= 20)
        throw new Error(`sandbox ${path.replace(accountId, '<account>')} answered ${res.status} ${attempt} times`);
      await new Promise((r) => setTimeout(r, 300 * attempt));
    }
  };
  const acct = await get(`/v2/accounts/${accountId}`);
  const ident = await get(`/v2/accounts/${accountId}/identity`);
  const data = acct.data ?? {};
  const account = (data.account ?? data) as Record<string, unknown>;
  const number = String(account.account_number ?? account.accountNumber ?? '');
  const bvn = String((ident.data ?? {}).bvn ?? '');
  if (!/^\d{10}$/.test(number)) throw new Error(`no account number in the sandbox's answer for ${accountId}`);
  if (!/^\d{11}$/.test(bvn)) throw new Error(`no BVN in the sandbox's identity answer for ${accountId}`);
  return [
    { label: `full account number of ${accountId}`, value: number },
    { label: `BVN of ${accountId}`, value: bvn },
  ];
}
