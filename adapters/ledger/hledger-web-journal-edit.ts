import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import type { HledgerTransaction } from './hledger-web-json.js';

export class JournalEditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JournalEditError';
  }
}

/** A posting to clear: the transaction as hledger-web reported it and the posting's position in it. */
export interface PostingToClear {
  transaction: HledgerTransaction;
  postingIndex: number;
}

const POSTING_LINE = /^([ \t]+)(?:([*!])[ \t]*)?(.*)$/;

function postingLineMatchesAccount(rest: string, account: string): boolean {
  // Virtual postings wrap the account in () or []; the account ends at two spaces, a tab, or the line's end.
  const body = rest.startsWith('(') || rest.startsWith('[') ? rest.slice(1) : rest;
  if (!body.startsWith(account)) return false;
  const after = body.slice(account.length);
  return (
    after === '' || after.startsWith('  ') || after.startsWith('\t') || after.startsWith(')') || after.startsWith(']')
  );
}

/** What an edit does to each posting's status mark: sets "*" (cleared), or takes a posting's own "*" off. */
export type PostingMark = 'cleared' | 'uncleared';

/**
 * Marks postings cleared ("*") in the journal text, or takes a posting's own "*" off again (`uncleared`: a
 * transaction marked cleared as a whole is the person's, and left), touching nothing but the status mark of each
 * posting line. hledger-web's API can add transactions but not edit them, so this is the one edit bankfeed makes to
 * a journal: the same edit a person would make in their editor (or `hledger-ui`'s toggle). Lines come from hledger's
 * own source positions; each line is checked to be the expected posting of the expected account before it is changed.
 */
export function clearPostingsInText(
  text: string,
  fileLabel: string,
  postings: PostingToClear[],
  mark: PostingMark = 'cleared',
): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  for (const { transaction: t, postingIndex } of postings) {
    const posting = t.tpostings[postingIndex];
    if (!posting) throw new JournalEditError(`${fileLabel}: transaction ${t.tindex} has no posting ${postingIndex}`);
    // Source lines are 1-based; the end position is the line after the transaction.
    const start = t.tsourcepos[0].sourceLine - 1;
    const end = Math.min(t.tsourcepos[1].sourceLine - 1, lines.length);
    let seen = -1;
    let done = false;
    for (let i = start + 1; i < end && !done; i++) {
      const line = lines[i]!;
      const m = POSTING_LINE.exec(line);
      if (!m || m[3] === '' || m[3]!.startsWith(';') || m[3]!.startsWith('#')) continue;
      seen++;
      if (seen !== postingIndex) continue;
      if (!postingLineMatchesAccount(m[3]!, posting.paccount)) {
        throw new JournalEditError(
          `${fileLabel} line ${i + 1}: expected posting ${postingIndex} of transaction ${t.tindex} to be to ${posting.paccount}; the journal changed, pull again`,
        );
      }
      if (mark === 'cleared') lines[i] = `${m[1]}* ${m[3]}`;
      else if (m[2] === '*') lines[i] = `${m[1]}${m[3]}`;
      done = true;
    }
    if (!done)
      throw new JournalEditError(
        `${fileLabel}: posting ${postingIndex} of transaction ${t.tindex} not found at lines ${start + 1}-${end}`,
      );
  }
  return lines.join(eol);
}

/**
 * Rewrites a journal file with the given postings cleared (or uncleared): the new text goes to a temporary sibling and replaces the
 * file by rename, so hledger-web and other readers see either the old or the new journal, never half of one. Refuses
 * when the file changed between reading and replacing.
 */
export async function clearPostingsInFile(
  path: string,
  postings: PostingToClear[],
  mark: PostingMark = 'cleared',
): Promise<{ previousText: string }> {
  const before = await stat(path);
  const text = await readFile(path, 'utf8');
  const updated = clearPostingsInText(text, path, postings, mark);
  const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, updated, { mode: before.mode });
    const now = await stat(path);
    if (now.mtimeMs !== before.mtimeMs || now.size !== before.size) {
      throw new JournalEditError(
        `${path} changed while bankfeed was marking postings ${mark}; nothing was changed, try again`,
      );
    }
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
  return { previousText: text };
}

/** Puts a journal back as it was (after an edit hledger then rejected). */
export async function restoreJournal(path: string, text: string): Promise<void> {
  const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(tmp, text);
  await rename(tmp, path);
}
