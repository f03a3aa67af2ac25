/**
 * Towns and districts of Nigeria, Ghana, Kenya and South Africa that businesses name their branches after ("Chicken
 * Republic Ikeja", "Golden Tulip Kumasi City"). Single words only: a two-word place by its own word ("HARCOURT",
 * "LEGON"); "CAPE" is left out, being both Cape Town and Cape Coast.
 */
const PLACES = new Set(
  // Nigeria
  (
    'LAGOS IKEJA LEKKI IKOYI SURULERE YABA APAPA AJAH IKORODU MUSHIN OSHODI AGEGE MARYLAND GBAGADA ABUJA WUSE GARKI ' +
    'MAITAMA ASOKORO GWARINPA KUBWA KANO IBADAN HARCOURT ENUGU BENIN KADUNA JOS WARRI OWERRI ONITSHA ABA ABEOKUTA ' +
    'ILORIN CALABAR UYO AKURE ASABA NNEWI ZARIA SOKOTO MAIDUGURI OGBOMOSO OSOGBO ' +
    // Ghana
    'ACCRA KUMASI TEMA TAKORADI TAMALE LEGON SPINTEX MADINA ADENTA KASOA SUNYANI KOFORIDUA OSU DANSOMAN ACHIMOTA ' +
    'TESHIE NUNGUA ' +
    // Kenya
    'NAIROBI MOMBASA KISUMU NAKURU ELDORET THIKA KAREN WESTLANDS KILIMANI MACHAKOS NYERI KITALE MALINDI KAKAMEGA ' +
    'RUIRU KIAMBU KITENGELA RONGAI EMBAKASI ' +
    // South Africa
    'JOHANNESBURG JOBURG PRETORIA DURBAN SANDTON ROSEBANK MIDRAND CENTURION SOWETO UMHLANGA BLOEMFONTEIN POLOKWANE ' +
    'GQEBERHA PIETERMARITZBURG STELLENBOSCH RANDBURG BELLVILLE BOKSBURG BENONI GERMISTON KEMPTON RUSTENBURG ' +
    'MBOMBELA NELSPRUIT KIMBERLEY'
  ).split(' '),
);

/** Whether the (upper-case) word is a town or district in PLACES. */
export const isPlaceWord = (word: string): boolean => PLACES.has(word);

/** A district and the city it lies in: a branch named by either is the same place ("SANDTON" for Johannesburg). */
const CITY_OF = new Map<string, string>([
  ...'IKEJA LEKKI IKOYI SURULERE YABA APAPA AJAH IKORODU MUSHIN OSHODI AGEGE MARYLAND GBAGADA'
    .split(' ')
    .map((d): [string, string] => [d, 'LAGOS']),
  ...'WUSE GARKI MAITAMA ASOKORO GWARINPA KUBWA'.split(' ').map((d): [string, string] => [d, 'ABUJA']),
  ...'LEGON SPINTEX MADINA ADENTA OSU DANSOMAN ACHIMOTA TESHIE NUNGUA'
    .split(' ')
    .map((d): [string, string] => [d, 'ACCRA']),
  ...'KAREN WESTLANDS KILIMANI EMBAKASI RONGAI KITENGELA RUIRU'.split(' ').map((d): [string, string] => [d, 'NAIROBI']),
  ...'SANDTON ROSEBANK MIDRAND RANDBURG SOWETO'.split(' ').map((d): [string, string] => [d, 'JOHANNESBURG']),
  ['JOBURG', 'JOHANNESBURG'],
  ['CENTURION', 'PRETORIA'],
  ['UMHLANGA', 'DURBAN'],
]);

const cityOf = (place: string) => CITY_OF.get(place) ?? place;

/** Two places that may be one branch's: the same, or a district and its city. */
function samePlace(a: string, b: string): boolean {
  return a === b || cityOf(a) === b || cityOf(b) === a;
}

/**
 * The party's name ends its brand with a place, and the line writes the brand followed by another town ("CHICKEN
 * REPUBLIC LEKKI" for Chicken Republic Ikeja Ltd): another branch, run as another business and invoiced apart. A
 * name's first word is no branch ("Kano Millers", "Asaba Farm Inputs"); a place before the brand is a person's name or
 * a sender's ("KAREN WANJIKU ACC JAMII HARDWARE"), one after AT or before BRANCH the bank's branch ("… AT IKEJA",
 * "ACHIMOTA BRANCH"), and a district is its city's ("SANDTON" for Johannesburg).
 */
export function namesOtherBranch(lineWords: readonly string[], partyWords: readonly string[]): boolean {
  const own: string[] = [];
  for (let i = 1; i < partyWords.length; i++) if (PLACES.has(partyWords[i]!)) own.push(partyWords[i]!);
  if (own.length === 0) return false;
  let lastBrand = -1;
  for (let i = 0; i < lineWords.length; i++) {
    const w = lineWords[i]!;
    if (PLACES.has(w)) {
      if (own.some((o) => samePlace(o, w))) return false;
    } else if (w.length >= 3 && partyWords.includes(w)) lastBrand = i;
  }
  for (let i = lastBrand + 1; lastBrand >= 0 && i < lineWords.length; i++) {
    const w = lineWords[i]!;
    if (!PLACES.has(w) || BANK_BRANCH.has(lineWords[i + 1] ?? '') || AT.has(lineWords[i - 1] ?? '')) continue;
    return true;
  }
  return false;
}

/** Words after a place that make it the bank's branch, not the payer's. */
const BANK_BRANCH = new Set(['BRANCH', 'BR', 'BRN', 'BRH']);
/** Words before a place that make it where the money was paid in. */
const AT = new Set(['AT', 'VIA']);

/**
 * The line writes the party's name, then a town, then a company's legal form ("UGOCHUKWU FOOTWEAR ABUJA LTD" for
 * Ugochukwu Footwear Ltd): the town is part of another company's registered name (a sister company), not where the
 * party banks. Only when the party's own name writes no town.
 */
export function placeInCompanyName(narration: string | null | undefined, partyWords: readonly string[]): boolean {
  if (!narration || partyWords.length < 2 || partyWords.some((w) => PLACES.has(w))) return false;
  const words = narration
    .toUpperCase()
    .split(/[^A-Z&]+/)
    .filter(Boolean);
  for (let i = 0; i + partyWords.length + 1 < words.length; i++) {
    let n = 0;
    while (n < partyWords.length && words[i + n] === partyWords[n]) n++;
    if (n !== partyWords.length) continue;
    const place = words[i + n]!;
    if (PLACES.has(place) && LEGAL_FORMS.has(words[i + n + 1]!)) return true;
  }
  return false;
}

/** A company's legal form, as narrations write it after its name (not a country's code: "NAIROBI KE" is a card's). */
const LEGAL_FORMS = new Set(['LTD', 'LIMITED', 'PLC', 'PTY', 'CC', 'INC']);
