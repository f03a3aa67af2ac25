/**
 * The page number in a Mono `next` link. Only the number is trusted: the documented link drops the `/accounts/`
 * segment and our filters, so callers re-send their own query with this page.
 * Returns null when there is no next page, undefined when the link carries no readable page number.
 */
export function pageFromNext(next: string | number | null | undefined): number | null | undefined {
  if (next === null || next === undefined || next === '') return null;
  if (typeof next === 'number') return Number.isSafeInteger(next) && next > 0 ? next : undefined;
  const s = next.trim();
  if (/^\d+$/.test(s)) return Number(s);
  const m = /[?&]page=(\d+)(?:&|#|$)/.exec(s);
  if (!m) return undefined;
  const n = Number(m[1]);
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}
