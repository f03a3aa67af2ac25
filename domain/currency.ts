/** ISO 4217 currencies bankfeed handles, with their minor-unit exponent. */
export const CURRENCIES = {
  NGN: { exponent: 2, symbol: '₦', name: 'Nigerian naira' },
  GHS: { exponent: 2, symbol: 'GH₵', name: 'Ghana cedi' },
  KES: { exponent: 2, symbol: 'KSh', name: 'Kenyan shilling' },
  ZAR: { exponent: 2, symbol: 'R', name: 'South African rand' },
  UGX: { exponent: 0, symbol: 'USh', name: 'Ugandan shilling' },
  XOF: { exponent: 0, symbol: 'CFA', name: 'West African CFA franc' },
  USD: { exponent: 2, symbol: '$', name: 'US dollar' },
  EUR: { exponent: 2, symbol: '€', name: 'Euro' },
  GBP: { exponent: 2, symbol: '£', name: 'Pound sterling' },
} as const;

export type CurrencyCode = keyof typeof CURRENCIES;

// Mono (and bank exports) use non-ISO labels: GHC for the cedi, KSH for the shilling, "Naira" in old v1 payloads.
const ALIASES: Record<string, CurrencyCode> = {
  GHC: 'GHS',
  KSH: 'KES',
  NAIRA: 'NGN',
  CEDI: 'GHS',
  RAND: 'ZAR',
};

export class UnknownCurrencyError extends Error {
  constructor(readonly label: string) {
    super(`unknown currency "${label}" (expected one of ${Object.keys(CURRENCIES).join(', ')}, or Mono's GHC/KSH)`);
    this.name = 'UnknownCurrencyError';
  }
}

export function isCurrencyCode(value: string): value is CurrencyCode {
  return Object.prototype.hasOwnProperty.call(CURRENCIES, value);
}

/** Maps any label we meet (ISO, Mono's GHC/KSH, lower case) to an ISO code. */
export function normalizeCurrency(label: string): CurrencyCode {
  const up = label.trim().toUpperCase();
  if (isCurrencyCode(up)) return up;
  const alias = ALIASES[up];
  if (alias) return alias;
  throw new UnknownCurrencyError(label);
}

export function currencyExponent(code: CurrencyCode): number {
  return CURRENCIES[code].exponent;
}
