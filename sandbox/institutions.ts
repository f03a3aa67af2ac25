/** The banks and wallets the sandbox pretends to connect to, with the codes their statements and Mono use. */

export type MonoCurrency = 'NGN' | 'GHC' | 'KSH' | 'ZAR';
export type Country = 'NG' | 'GH' | 'KE' | 'ZA';

export interface Institution {
  id: string; // Mono-style institution id
  name: string;
  bankCode: string;
  country: Country;
  currency: MonoCurrency;
  /** Fixed offset of the country's time zone; none of these zones observes daylight saving. */
  utcOffsetMinutes: number;
  timeZone: string;
  kind: 'bank' | 'fintech' | 'mobile_money';
  aliases: string[];
}

const NG = { country: 'NG', currency: 'NGN', utcOffsetMinutes: 60, timeZone: 'Africa/Lagos' } as const;
const GH = { country: 'GH', currency: 'GHC', utcOffsetMinutes: 0, timeZone: 'Africa/Accra' } as const;
const KE = { country: 'KE', currency: 'KSH', utcOffsetMinutes: 180, timeZone: 'Africa/Nairobi' } as const;
const ZA = { country: 'ZA', currency: 'ZAR', utcOffsetMinutes: 120, timeZone: 'Africa/Johannesburg' } as const;

export const INSTITUTIONS: readonly Institution[] = [
  {
    id: '5f2d08be60b92e2888287702',
    name: 'GTBank',
    bankCode: '058',
    kind: 'bank',
    aliases: ['gtb', 'guaranty trust bank', 'gtco'],
    ...NG,
  },
  { id: '5f2d08c060b92e2888287706', name: 'Access Bank', bankCode: '044', kind: 'bank', aliases: ['access'], ...NG },
  { id: '5f2d08bf60b92e2888287704', name: 'Zenith Bank', bankCode: '057', kind: 'bank', aliases: ['zenith'], ...NG },
  {
    id: '5f2d08c160b92e2888287708',
    name: 'First Bank',
    bankCode: '011',
    kind: 'bank',
    aliases: ['firstbank', 'first bank of nigeria', 'fbn'],
    ...NG,
  },
  {
    id: '5f2d08c260b92e288828770a',
    name: 'UBA',
    bankCode: '033',
    kind: 'bank',
    aliases: ['united bank for africa'],
    ...NG,
  },
  {
    id: '5f5f3b2fa4bd1a4e1c2d1f01',
    name: 'Kuda',
    bankCode: '50211',
    kind: 'fintech',
    aliases: ['kuda bank', 'kuda microfinance bank'],
    ...NG,
  },
  {
    id: '60a4d1c3e1b2a34f5c6d7e01',
    name: 'Moniepoint',
    bankCode: '50515',
    kind: 'fintech',
    aliases: ['moniepoint mfb'],
    ...NG,
  },
  {
    id: '60a4d1c3e1b2a34f5c6d7e02',
    name: 'OPay',
    bankCode: '999992',
    kind: 'fintech',
    aliases: ['opay digital services', 'paycom'],
    ...NG,
  },
  {
    id: '61b0c2d4e5f6a7b8c9d0e101',
    name: 'GCB Bank',
    bankCode: '040',
    kind: 'bank',
    aliases: ['gcb', 'ghana commercial bank'],
    ...GH,
  },
  {
    id: '61b0c2d4e5f6a7b8c9d0e102',
    name: 'Ecobank Ghana',
    bankCode: '130',
    kind: 'bank',
    aliases: ['ecobank', 'ecobank gh'],
    ...GH,
  },
  {
    id: '61b0c2d4e5f6a7b8c9d0e103',
    name: 'MTN MoMo',
    bankCode: 'MTN',
    kind: 'mobile_money',
    aliases: ['mtn', 'momo', 'mtn mobile money'],
    ...GH,
  },
  { id: '62c1d3e5f6a7b8c9d0e1f201', name: 'Equity Bank', bankCode: '68', kind: 'bank', aliases: ['equity'], ...KE },
  {
    id: '62c1d3e5f6a7b8c9d0e1f202',
    name: 'KCB',
    bankCode: '01',
    kind: 'bank',
    aliases: ['kcb bank', 'kenya commercial bank'],
    ...KE,
  },
  {
    id: '62c1d3e5f6a7b8c9d0e1f203',
    name: 'M-Pesa',
    bankCode: 'MPESA',
    kind: 'mobile_money',
    aliases: ['mpesa', 'safaricom'],
    ...KE,
  },
  {
    id: '63d2e4f6a7b8c9d0e1f2a301',
    name: 'FNB',
    bankCode: '250655',
    kind: 'bank',
    aliases: ['first national bank'],
    ...ZA,
  },
  { id: '63d2e4f6a7b8c9d0e1f2a302', name: 'Absa', bankCode: '632005', kind: 'bank', aliases: ['absa bank'], ...ZA },
  {
    id: '63d2e4f6a7b8c9d0e1f2a303',
    name: 'Standard Bank',
    bankCode: '051001',
    kind: 'bank',
    aliases: ['standard bank sa', 'stanbic'],
    ...ZA,
  },
  {
    id: '63d2e4f6a7b8c9d0e1f2a304',
    name: 'Capitec',
    bankCode: '470010',
    kind: 'bank',
    aliases: ['capitec bank'],
    ...ZA,
  },
  { id: '63d2e4f6a7b8c9d0e1f2a305', name: 'Nedbank', bankCode: '198765', kind: 'bank', aliases: ['nedbank'], ...ZA },
];

/** Finds an institution by bank code, id or (case-insensitive) name/alias; throws naming the unknown value. */
export function findInstitution(ref: string): Institution {
  const needle = ref.trim().toLowerCase();
  const found = INSTITUTIONS.find(
    (i) =>
      i.bankCode.toLowerCase() === needle ||
      i.id === needle ||
      i.name.toLowerCase() === needle ||
      i.aliases.includes(needle),
  );
  if (!found)
    throw new Error(
      `unknown institution "${ref}" (known: ${INSTITUTIONS.map((i) => `${i.name} ${i.bankCode}`).join(', ')})`,
    );
  return found;
}

/** The default institution for a currency, used when a spec names only a currency. */
export function defaultInstitutionFor(currency: MonoCurrency): Institution {
  const first = INSTITUTIONS.find((i) => i.currency === currency);
  if (!first) throw new Error(`no institution for currency ${currency}`);
  return first;
}
