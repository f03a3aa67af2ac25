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

/**
 * The party's name ends its brand with a place the line does not write, and the line writes the brand with another
 * place ("CHICKEN REPUBLIC LEKKI" for Chicken Republic Ikeja Ltd): another branch, run as another business and invoiced
 * apart. A name's first word is no branch ("Kano Millers", "Asaba Farm Inputs"), nor a bank's branch the line names
 * ("CASH DEPOSIT ACHIMOTA BRANCH", "ONITSHA BR").
 */
export function namesOtherBranch(lineWords: readonly string[], partyWords: readonly string[]): boolean {
  let own = false;
  for (let i = 1; i < partyWords.length; i++) if (PLACES.has(partyWords[i]!)) own = true;
  if (!own) return false;
  let brand = false;
  let other = false;
  for (let i = 0; i < lineWords.length; i++) {
    const w = lineWords[i]!;
    if (!PLACES.has(w)) {
      if (w.length >= 3 && partyWords.includes(w)) brand = true;
      continue;
    }
    if (partyWords.includes(w)) return false;
    if (!BANK_BRANCH.has(lineWords[i + 1] ?? '')) other = true;
  }
  return brand && other;
}

/** Words after a place that make it the bank's branch, not the payer's. */
const BANK_BRANCH = new Set(['BRANCH', 'BR', 'BRN', 'BRH']);
