import type { CurrencyCode } from './currency.js';

// The business day of an account is its bank's day: Lagos for naira, Accra, Nairobi, Johannesburg for the others.
const BY_CURRENCY: Partial<Record<CurrencyCode, string>> = {
  NGN: 'Africa/Lagos',
  GHS: 'Africa/Accra',
  KES: 'Africa/Nairobi',
  ZAR: 'Africa/Johannesburg',
  UGX: 'Africa/Kampala',
  XOF: 'Africa/Abidjan',
};

export function defaultTimezoneFor(currency: CurrencyCode): string {
  return BY_CURRENCY[currency] ?? 'Africa/Lagos';
}
