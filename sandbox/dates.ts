/** Query-date parsing for the transactions filter: DD-MM-YYYY (Mono's documented form) or YYYY-MM-DD. */
import { HttpError } from './http-kit.js';

export function parseFilterDate(param: string, value: string, ddMmYyyyOnly = false): string {
  let y: string, m: string, d: string;
  const dmy = /^(\d{2})-(\d{2})-(\d{4})$/.exec(value);
  const ymd = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (dmy) [, d, m, y] = dmy as unknown as [string, string, string, string];
  else if (ymd && !ddMmYyyyOnly) [, y, m, d] = ymd as unknown as [string, string, string, string];
  else
    throw new HttpError(
      400,
      `Invalid ${param} date "${value}": use DD-MM-YYYY (e.g. 01-10-2024)${ddMmYyyyOnly ? '' : ' or YYYY-MM-DD'}`,
    );
  const iso = `${y}-${m}-${d}`;
  const t = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== iso)
    throw new HttpError(400, `Invalid ${param} date "${value}": no such calendar date`);
  return iso;
}
