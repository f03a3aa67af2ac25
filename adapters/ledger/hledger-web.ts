import { createHash as sha256 } from 'node:crypto';
import { realpath, utimes } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { z } from 'zod';
import { CURRENCIES, currencyExponent, normalizeCurrency, type CurrencyCode } from '../../domain/currency.js';
import { createHash } from '../../domain/hash.js';
import type { LedgerEntry } from '../../domain/ledger.js';
import { Decimal, majorToMinor, minorToMajorString } from '../../domain/money.js';
import { HledgerWebClient, HledgerWebError } from './hledger-web-client.js';
import {
  clearPostingsInFile,
  restoreJournal,
  type PostingMark,
  type PostingToClear,
} from './hledger-web-journal-edit.js';
import {
  effectiveStatus,
  type HledgerAmount,
  type HledgerAmountStyle,
  type HledgerPosting,
  type HledgerTransaction,
} from './hledger-web-json.js';
import type {
  LedgerAdapter,
  LedgerAdapterContext,
  LedgerAdapterFactory,
  LedgerPosting,
  LedgerPullQuery,
  LedgerPullResult,
} from './types.js';

export const hledgerWebConfigSchema = z.object({
  kind: z.literal('hledger-web').optional(),
  /** hledger-web's base URL, e.g. http://127.0.0.1:5000 (started with --serve-api; --capabilities=view,add to post). */
  url: z
    .string()
    .url()
    .refine((u) => /^https?:/.test(u), 'must be an http:// or https:// URL'),
  /** The bank account in the chart of accounts, e.g. Assets:Bank:GTBank. */
  bankAccount: z.string().min(1),
  currency: z
    .string()
    .default('NGN')
    .transform((c, ctx) => {
      try {
        return normalizeCurrency(c);
      } catch (err) {
        ctx.addIssue({ code: 'custom', message: (err as Error).message });
        return z.NEVER;
      }
    }),
  /** The commodity symbol the journal uses for that currency (default: the currency's symbol, e.g. ₦); the ISO code is always accepted too. */
  currencySymbol: z.string().min(1).optional(),
  /** The journal file hledger-web serves; needed only for markReconciled (the API cannot edit transactions). */
  journalPath: z.string().min(1).optional(),
  timeoutMs: z.number().int().positive().default(15_000),
});

export type HledgerWebConfig = z.infer<typeof hledgerWebConfigSchema>;

/** Tag bankfeed writes on transactions it posts, so a retry finds them instead of posting again. */
export const IDEMPOTENCY_TAG = 'bankfeed-key';

const SAFE_KEY = /^[A-Za-z0-9._:/-]{1,120}$/;

/** Tag values end at a comma or line end, so other keys are stored as their SHA-256 (the same key, the same tag). */
export function idempotencyTagValue(key: string): string {
  return SAFE_KEY.test(key) ? key : `sha256-${sha256('sha256').update(key).digest('hex')}`;
}

function postingFingerprint(t: HledgerTransaction, p: HledgerPosting, amountMinor: number): string {
  return createHash(`${t.tdate}|${t.tdescription}|${p.paccount}|${amountMinor}`).slice(0, 8);
}

/** Entry id: transaction index, posting index and a fingerprint, so a stale id (the journal was edited) is caught. */
function entryId(t: HledgerTransaction, postingIndex: number, amountMinor: number): string {
  return `${t.tindex}.${postingIndex}.${postingFingerprint(t, t.tpostings[postingIndex]!, amountMinor)}`;
}

/**
 * A posting's key that outlives a re-worded description (LedgerEntry.restateKey): its transaction's dates and code,
 * which posting of it this is, and every posting's account, own date and amounts; not the description, comments or
 * tags, nor the transaction index, which moves when a transaction is inserted or deleted above it. The entry id
 * hashes the description, so a re-worded posting is listed under a new id: the stored entry with the same key, and
 * only it, is that posting (db/restated-entries.ts). Two postings alike in all but their words share a key, and then
 * neither is paired by it.
 */
function restateKey(t: HledgerTransaction, postingIndex: number): string {
  const postings = t.tpostings.map(
    (p) =>
      `${p.paccount}\u001f${p.pdate ?? ''}\u001f${p.pamount.map((a) => `${a.acommodity}${a.aquantity.decimalMantissa}e${a.aquantity.decimalPlaces}`).join(',')}`,
  );
  const stated = [t.tdate, t.tdate2 ?? '', t.tcode, postingIndex, ...postings].join('\u001e');
  return `hw1:${sha256('sha256').update(stated).digest('hex').slice(0, 32)}`;
}

function parseEntryId(id: string): { tindex: number; postingIndex: number; fingerprint: string } {
  const m = /^(\d+)\.(\d+)\.([0-9a-f]{8})$/.exec(id);
  if (!m) throw new HledgerWebError(`"${id}" is not an hledger-web entry id (expected TXN.POSTING.FINGERPRINT)`);
  return { tindex: +m[1]!, postingIndex: +m[2]!, fingerprint: m[3]! };
}

async function waitForNextSecond(since: number): Promise<void> {
  const target = (Math.floor(since / 1000) + 1) * 1000 + 20;
  const ms = target - Date.now();
  if (ms > 0) await new Promise((r) => setTimeout(r, ms));
}

function transactionLabel(t: HledgerTransaction): string {
  const pos = t.tsourcepos[0];
  return `transaction ${t.tindex} (${t.tdate} "${t.tdescription}", ${pos.sourceName}:${pos.sourceLine})`;
}

class HledgerWebAdapter implements LedgerAdapter {
  readonly kind = 'hledger-web';
  private readonly client: HledgerWebClient;
  private readonly currency: CurrencyCode;
  private readonly symbol: string;
  private readonly journalPath: string | null;

  constructor(
    private readonly config: HledgerWebConfig,
    ctx: LedgerAdapterContext,
  ) {
    this.client = new HledgerWebClient(config.url, config.timeoutMs);
    this.currency = config.currency;
    this.symbol = config.currencySymbol ?? CURRENCIES[config.currency].symbol;
    this.journalPath = config.journalPath ? resolve(ctx.baseDir, config.journalPath) : null;
  }

  private isOurCommodity(a: HledgerAmount): boolean {
    return a.acommodity === this.symbol || a.acommodity.toUpperCase() === this.currency;
  }

  /** A posting's amount in minor units, signed as hledger has it: a debit to the bank asset (money in) is positive. */
  private postingMinor(t: HledgerTransaction, p: HledgerPosting): number {
    const amounts = p.pamount.filter((a) => a.aquantity.decimalMantissa !== 0 || p.pamount.length === 1);
    if (amounts.length !== 1 || !this.isOurCommodity(amounts[0]!)) {
      const got = p.pamount.map((a) => a.acommodity || '(no commodity)').join(', ');
      throw new HledgerWebError(
        `${transactionLabel(t)}: posting to ${p.paccount} must be one amount in ${this.symbol} (${this.currency}), got ${got}`,
      );
    }
    const q = amounts[0]!.aquantity;
    const major = new Decimal(q.decimalMantissa).div(new Decimal(10).pow(q.decimalPlaces));
    try {
      return majorToMinor(major, this.currency);
    } catch (err) {
      throw new HledgerWebError(`${transactionLabel(t)}: posting to ${p.paccount}: ${(err as Error).message}`);
    }
  }

  async pullOpenEntries(q: LedgerPullQuery): Promise<LedgerPullResult> {
    const account = q.ledgerAccount ?? this.config.bankAccount;
    const txns = await this.freshTransactions();
    const cursor = this.cursorFor(txns);
    const since = this.unchangedPrefix(q.cursor ?? null, txns);
    const entries: LedgerEntry[] = [];
    const closed: NonNullable<LedgerPullResult['closed']> = [];
    for (const t of txns) {
      if (t.tindex <= since) continue;
      t.tpostings.forEach((p, i) => {
        if (p.paccount !== account) return;
        const date = p.pdate ?? t.tdate;
        // No end: a posting dated past the period is not read again once the cursor is past its transaction.
        if (date < q.period.from) return;
        if (effectiveStatus(t, p) === 'Cleared') {
          // A cleared posting is settled in the books: pulled open before, it closes now. One whose amount is not
          // ours to read was never pulled open: nothing to close.
          let cleared: number | null = null;
          try {
            cleared = this.postingMinor(t, p);
          } catch {
            /* not an entry of ours */
          }
          if (cleared !== null) closed.push({ id: entryId(t, i, cleared), reason: 'paid' });
          return;
        }
        const amountMinor = this.postingMinor(t, p);
        const [payee, note] = t.tdescription.includes('|')
          ? t.tdescription.split('|', 2).map((s) => s.trim())
          : [null, null];
        entries.push({
          id: entryId(t, i, amountMinor),
          date,
          amountMinor,
          currency: this.currency,
          reference: t.tcode || null,
          description: note || t.tdescription,
          party: payee || null,
          account: p.paccount,
          restateKey: restateKey(t, i),
        });
      });
    }
    // Read from the start (first pull, or the journal changed before the cursor): every open posting of the period
    // is listed, so one edited or deleted since is gone.
    const complete = since === 0 ? { from: q.period.from, to: q.period.to, ledgerAccount: account } : null;
    return { entries, closed, complete, cursor };
  }

  /**
   * Cursor: the highest transaction index seen and a fingerprint of the transactions up to it. hledger-web appends
   * new transactions at the end, so the next pull returns only those; if anything before the cursor changed (an
   * edit, a cleared posting) the fingerprint differs and the pull starts again from the beginning.
   */
  private cursorFor(txns: HledgerTransaction[]): string {
    const max = txns.reduce((m, t) => Math.max(m, t.tindex), 0);
    return `v1:${max}:${this.prefixFingerprint(txns, max)}`;
  }

  private prefixFingerprint(txns: HledgerTransaction[], upTo: number): string {
    const parts: string[] = [];
    for (const t of txns) {
      if (t.tindex > upTo) continue;
      parts.push(
        `${t.tindex}|${t.tdate}|${t.tstatus}|${t.tdescription}|${t.tpostings.map((p) => `${p.paccount}:${p.pstatus}:${p.pamount.map((a) => `${a.acommodity}${a.aquantity.decimalMantissa}e${a.aquantity.decimalPlaces}`).join(',')}`).join(';')}`,
      );
    }
    return createHash(parts.sort().join('\n'));
  }

  private unchangedPrefix(cursor: string | null, txns: HledgerTransaction[]): number {
    if (!cursor) return 0;
    const m = /^v1:(\d+):([0-9a-f]+)$/.exec(cursor);
    if (!m) return 0;
    const upTo = +m[1]!;
    return this.prefixFingerprint(txns, upTo) === m[2] ? upTo : 0;
  }

  /**
   * How the journal writes the account's currency: the commodity and style of its first amount in it ("GHS 5,250.00"
   * or "GH₵5,250.00"). Written back in another spelling, the same money would be a second commodity to hledger, and
   * every balance of the bank account would split in two.
   */
  private writingFor(txns: HledgerTransaction[]): { style: HledgerAmountStyle; commodity: string } {
    for (const t of txns)
      for (const p of t.tpostings)
        for (const a of p.pamount) if (this.isOurCommodity(a)) return { style: a.astyle, commodity: a.acommodity };
    // No amount of ours yet: hledger's usual style for a symbol on the left.
    const exp = currencyExponent(this.currency);
    return {
      commodity: this.symbol,
      style: {
        ascommodityside: 'L',
        ascommodityspaced: this.symbol.length > 1,
        asdecimalpoint: '.',
        asdigitgroups: [',', [3]],
        asprecision: exp,
      },
    };
  }

  private amountJson(minor: number, style: HledgerAmountStyle, commodity: string): HledgerAmount {
    const exp = currencyExponent(this.currency);
    return {
      acommodity: commodity,
      aprice: null,
      aquantity: {
        decimalMantissa: minor,
        decimalPlaces: exp,
        floatingPoint: Number(minorToMajorString(minor, this.currency)),
      },
      astyle: style,
    };
  }

  /** The full transaction JSON for PUT /add, in the shape GET /transactions returns. */
  private transactionJson(p: LedgerPosting, tag: string, style: HledgerAmountStyle, commodity: string): unknown {
    const oneLine = (s: string) =>
      s
        .replace(/[\r\n\t]+/g, ' ')
        .replace(/;/g, ',')
        .trim();
    const posting = (account: string, minor: number) => ({
      paccount: account,
      pamount: [this.amountJson(minor, style, commodity)],
      pbalanceassertion: null,
      pcomment: '',
      pdate: null,
      pdate2: null,
      poriginal: null,
      pstatus: 'Unmarked',
      ptags: [],
      ptransaction_: '0',
      ptype: 'RegularPosting',
    });
    const pos = { sourceName: '', sourceLine: 1, sourceColumn: 1 };
    return {
      tindex: 0,
      tdate: p.date,
      tdate2: null,
      tstatus: 'Unmarked',
      tcode: p.reference ? oneLine(p.reference).replace(/[()]/g, '') : '',
      tdescription: oneLine(p.description) || 'bank line',
      tcomment: `${IDEMPOTENCY_TAG}:${tag}\n`,
      ttags: [[IDEMPOTENCY_TAG, tag]],
      tprecedingcomment: '',
      tsourcepos: [pos, pos],
      tpostings: [posting(oneLine(p.bankAccount), p.amountMinor), posting(oneLine(p.contraAccount), -p.amountMinor)],
    };
  }

  /** Bank-posting id of each transaction bankfeed posted, by idempotency tag. */
  private postedByTag(txns: HledgerTransaction[], bankAccounts: Set<string>): Map<string, string> {
    const out = new Map<string, string>();
    for (const t of txns) {
      const tag = t.ttags.find(([k]) => k === IDEMPOTENCY_TAG)?.[1];
      if (!tag || out.has(tag)) continue;
      const i = t.tpostings.findIndex((p) => bankAccounts.has(p.paccount));
      if (i < 0) continue;
      out.set(tag, entryId(t, i, this.postingMinor(t, t.tpostings[i]!)));
    }
    return out;
  }

  /**
   * hledger-web reloads the journal only when the file's modification time is newer than its last read, at about
   * one-second resolution: an append in the same second as a reload stays invisible until the file changes again
   * (seen with hledger-web 1.25). With the journal path, bankfeed touches the file in a later second to force the
   * reload; without it, it spaces its requests so that every append lands in a second after the last reload.
   */
  private async freshTransactions(): Promise<HledgerTransaction[]> {
    if (this.journalPath) {
      await waitForNextSecond(Date.now());
      const now = new Date();
      try {
        await utimes(this.journalPath, now, now);
      } catch (err) {
        throw new HledgerWebError(
          `cannot touch the journal ${this.journalPath} to make hledger-web reload it: ${(err as Error).message}`,
        );
      }
    }
    const txns = await this.client.transactions();
    this.lastReadAt = Date.now();
    return txns;
  }

  private lastReadAt = 0;

  async postEntries(
    postings: LedgerPosting[],
  ): Promise<Array<{ idempotencyKey: string; externalId: string; created: boolean }>> {
    for (const p of postings) {
      if (p.currency !== this.currency)
        throw new HledgerWebError(
          `posting "${p.idempotencyKey}": currency ${p.currency}, but this ledger is kept in ${this.currency}`,
        );
      if (!Number.isSafeInteger(p.amountMinor) || p.amountMinor === 0)
        throw new HledgerWebError(
          `posting "${p.idempotencyKey}": amount must be a non-zero whole number of minor units`,
        );
      if (!/^\d{4}-\d{2}-\d{2}$/.test(p.date))
        throw new HledgerWebError(`posting "${p.idempotencyKey}": date "${p.date}" is not YYYY-MM-DD`);
    }
    const bankAccounts = new Set(postings.map((p) => p.bankAccount));
    // The check before posting must see every earlier append (a crashed run's too), hence a forced reload.
    let txns = await this.freshTransactions();
    const posted = this.postedByTag(txns, bankAccounts);
    const { style, commodity } = this.writingFor(txns);
    const created = new Set<string>();
    for (const p of postings) {
      const tag = idempotencyTagValue(p.idempotencyKey);
      if (posted.has(tag)) continue;
      if (!this.journalPath) await waitForNextSecond(this.lastReadAt);
      // One at a time, each found by its tag on a retry: a crash between two PUTs never duplicates the first.
      await this.client.add(this.transactionJson(p, tag, style, commodity));
      created.add(tag);
      if (!this.journalPath) {
        txns = await this.freshTransactions();
        const id = this.postedByTag(txns, bankAccounts).get(tag);
        if (!id)
          throw new HledgerWebError(
            `posting "${p.idempotencyKey}" was accepted by PUT /add but hledger-web does not show it`,
          );
        posted.set(tag, id);
      }
    }
    if (this.journalPath && created.size > 0) {
      txns = await this.freshTransactions();
      for (const [tag, id] of this.postedByTag(txns, bankAccounts)) posted.set(tag, id);
    }
    const reported = new Set<string>();
    return postings.map((p) => {
      const tag = idempotencyTagValue(p.idempotencyKey);
      const externalId = posted.get(tag);
      if (!externalId)
        throw new HledgerWebError(
          `posting "${p.idempotencyKey}" was accepted by PUT /add but hledger-web does not show it`,
        );
      const isNew = created.has(tag) && !reported.has(tag);
      reported.add(tag);
      return { idempotencyKey: p.idempotencyKey, externalId, created: isNew };
    });
  }

  async markReconciled(externalIds: string[]): Promise<void> {
    await this.setCleared(externalIds, 'cleared');
  }

  /** Takes off the "*" markReconciled put on each posting (a posting cleared by its transaction's own mark stays). */
  async unmarkReconciled(externalIds: string[]): Promise<void> {
    await this.setCleared(externalIds, 'uncleared');
  }

  private async setCleared(externalIds: string[], mark: PostingMark): Promise<void> {
    if (externalIds.length === 0) return;
    if (!this.journalPath) {
      throw new HledgerWebError(
        "hledger-web's API can add transactions but cannot change them; set journalPath in the hledger-web ledger configuration so bankfeed can mark postings cleared in the journal file (and take the mark off again)",
      );
    }
    const journalReal = await realpath(this.journalPath);
    const journalDir = dirname(journalReal);
    const txns = await this.freshTransactions();
    const byIndex = new Map(txns.map((t) => [t.tindex, t]));
    const byFile = new Map<string, PostingToClear[]>();
    const wanted: Array<{ tindex: number; postingIndex: number }> = [];
    for (const id of externalIds) {
      const { tindex, postingIndex, fingerprint } = parseEntryId(id);
      const t = byIndex.get(tindex);
      const p = t?.tpostings[postingIndex];
      if (!t || !p || postingFingerprint(t, p, this.postingMinor(t, p)) !== fingerprint) {
        throw new HledgerWebError(
          `entry ${id} is no longer in the journal as it was pulled (the journal was edited); pull again before marking it reconciled`,
        );
      }
      wanted.push({ tindex, postingIndex });
      if (mark === 'cleared' ? effectiveStatus(t, p) === 'Cleared' : p.pstatus !== 'Cleared') continue;
      const file = await realpath(t.tsourcepos[0].sourceName);
      const rel = relative(journalDir, file);
      if (rel.startsWith('..') || isAbsolute(rel)) {
        throw new HledgerWebError(
          `${transactionLabel(t)} lives outside the journal's folder; bankfeed only edits files beside ${this.journalPath}`,
        );
      }
      const list = byFile.get(file) ?? [];
      list.push({ transaction: t, postingIndex });
      byFile.set(file, list);
    }
    const backups: Array<{ file: string; text: string }> = [];
    for (const [file, list] of byFile)
      backups.push({ file, text: (await clearPostingsInFile(file, list, mark)).previousText });
    // Read back through hledger itself: it must parse the edited journal and show every posting as asked.
    try {
      const check = new Map((await this.freshTransactions()).map((t) => [t.tindex, t]));
      for (const w of wanted) {
        const t = check.get(w.tindex);
        const p = t?.tpostings[w.postingIndex];
        const done = mark === 'cleared' ? effectiveStatus(t!, p!) === 'Cleared' : p?.pstatus !== 'Cleared';
        if (!t || !p || !done)
          throw new HledgerWebError(
            `hledger-web does not show posting ${w.tindex}.${w.postingIndex} as ${mark} after the edit`,
          );
      }
    } catch (err) {
      for (const b of backups) await restoreJournal(b.file, b.text);
      throw err;
    }
  }
}

export const hledgerWebLedgerAdapter: LedgerAdapterFactory<HledgerWebConfig> = {
  kind: 'hledger-web',
  configSchema: hledgerWebConfigSchema as unknown as z.ZodType<HledgerWebConfig>,
  create: (config, ctx) => new HledgerWebAdapter(config, ctx),
};
