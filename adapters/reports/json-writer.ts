import { open } from 'node:fs/promises';
import type { CurrencyCode } from '../../domain/currency.js';
import { minorToMajorString } from '../../domain/money.js';
import type { ReportDocument, StatementDocument } from './document.js';
import type { OrgSummaryRow } from './model.js';

// JSON carries every amount twice: exact integer minor units for programs and a major-unit decimal string for people.
const major = (minor: number | null, cur: CurrencyCode): string | null =>
  minor === null ? null : minorToMajorString(minor, cur);

/** A top-level member: a plain value, or a list written one element per line (never one giant string). */
type Member =
  { key: string; value: unknown } | { key: string; list: readonly unknown[]; map?: (x: unknown) => unknown };

const ITEMS_PER_CHUNK = 2_000;

async function writeJsonDocument(path: string, members: Member[]): Promise<void> {
  const file = await open(path, 'w');
  try {
    await file.write('{\n');
    for (let m = 0; m < members.length; m++) {
      const member = members[m]!;
      const sep = m < members.length - 1 ? ',\n' : '\n';
      if (!('list' in member)) {
        await file.write(
          `  ${JSON.stringify(member.key)}: ${JSON.stringify(member.value, null, 2).replace(/\n/g, '\n  ')}${sep}`,
        );
        continue;
      }
      await file.write(`  ${JSON.stringify(member.key)}: [`);
      let chunk: string[] = [];
      for (let i = 0; i < member.list.length; i++) {
        const item = member.map ? member.map(member.list[i]) : member.list[i];
        chunk.push(`\n    ${JSON.stringify(item)}${i < member.list.length - 1 ? ',' : ''}`);
        if (chunk.length === ITEMS_PER_CHUNK) {
          await file.write(chunk.join(''));
          chunk = [];
        }
      }
      await file.write(chunk.join('') + (member.list.length ? '\n  ]' : ']') + sep);
    }
    await file.write('}\n');
  } finally {
    await file.close();
  }
}

/** Writes the report document; statements' long lists are written one element per line (never one giant string). */
export async function writeReportDocument(doc: ReportDocument, path: string): Promise<void> {
  const file = await open(path, 'w');
  try {
    const statements = doc.statements;
    await file.write('{\n');
    for (const key of ['kind', 'version', 'generatedAt', 'producedBy', 'overview'] as const)
      await file.write(`  ${JSON.stringify(key)}: ${JSON.stringify(doc[key], null, 2).replace(/\n/g, '\n  ')},\n`);
    await file.write('  "statements": [');
    for (let i = 0; i < statements.length; i++) {
      const st = statements[i]!;
      await file.write(`${i ? ',' : ''}\n    {\n`);
      const keys = Object.keys(st) as Array<keyof StatementDocument>;
      for (let k = 0; k < keys.length; k++) {
        const key = keys[k]!;
        const value = st[key];
        const sep = k < keys.length - 1 ? ',\n' : '\n';
        if (!Array.isArray(value) || value.length < 50) {
          await file.write(
            `      ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replace(/\n/g, '\n      ')}${sep}`,
          );
          continue;
        }
        await file.write(`      ${JSON.stringify(key)}: [`);
        let chunk: string[] = [];
        for (let j = 0; j < value.length; j++) {
          chunk.push(`\n        ${JSON.stringify(value[j])}${j < value.length - 1 ? ',' : ''}`);
          if (chunk.length === ITEMS_PER_CHUNK) {
            await file.write(chunk.join(''));
            chunk = [];
          }
        }
        await file.write(`${chunk.join('')}\n      ]${sep}`);
      }
      await file.write('    }');
    }
    await file.write(statements.length ? '\n  ]\n}\n' : ']\n}\n');
  } finally {
    await file.close();
  }
}

export async function writeOrgSummaryJson(rows: OrgSummaryRow[], path: string): Promise<void> {
  await writeJsonDocument(path, [
    { key: 'kind', value: 'bankfeed.org-summary' },
    { key: 'version', value: 1 },
    {
      key: 'accounts',
      list: rows,
      map: (x) => {
        const r = x as OrgSummaryRow;
        return {
          ...r,
          statementBalance: major(r.statementBalanceMinor, r.currency),
          bookBalance: major(r.bookBalanceMinor, r.currency),
        };
      },
    },
  ]);
}
