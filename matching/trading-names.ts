import { normalizeName } from './counterparty.js';
import { isCommonNameWord } from './scoring.js';

const TRADING_AS = /^(.+?)\s+(?:t\/a|t\.a\.|trading\s+as)\s+(.+)$/i;
const IN_BRACKETS = /^(.*?)\s*\(([^)]+)\)\s*(.*)$/;

/**
 * The names a party trades under besides its full name: a sole trader booked as "Wanjiru Mwangi t/a Shiru Hardware"
 * or "Abena Owusu (Owusu Pharmacy)" is paid from and written as either ("OWUSU PHARMACY", "EFT-IN SHIRU HARDWARE").
 * Each name, normalised, must be two words or more with one of five letters or more that is no place or common word:
 * "Shoprite Ghana (Accra Mall)" trades under no "ACCRA MALL" (a branch, and a place anyone may name). Empty for most
 * names.
 */
export function tradingNamesOf(name: string | null | undefined): string[][] {
  if (!name) return [];
  const parts = TRADING_AS.exec(name) ?? IN_BRACKETS.exec(name);
  if (!parts) return [];
  const out: string[][] = [];
  for (const part of parts.slice(1)) {
    const words = normalizeName(part);
    if (words.length >= 2 && words.some((w) => w.length >= 5 && !isCommonNameWord(w))) out.push(words);
  }
  return out.length === 2 ? out : [];
}
