import { describe, expect, it } from 'vitest';
import { namesOtherBranch } from '../../matching/place-names.js';

const words = (text: string) => text.split(' ');

describe('namesOtherBranch', () => {
  it('reads the brand with another town as another branch', () => {
    expect(namesOtherBranch(words('NIP FRM CHICKEN REPUBLIC LEKKI'), words('CHICKEN REPUBLIC IKEJA'))).toBe(true);
    expect(namesOtherBranch(words('GOLDEN TULIP KUMASI CITY'), words('GOLDEN TULIP ACCRA'))).toBe(true);
  });
  it('is no other branch when the line writes the party’s own town, or no town', () => {
    expect(namesOtherBranch(words('NIP FRM CHICKEN REPUBLIC IKEJA'), words('CHICKEN REPUBLIC IKEJA'))).toBe(false);
    expect(namesOtherBranch(words('NIP FRM CHICKEN REPUBLIC'), words('CHICKEN REPUBLIC IKEJA'))).toBe(false);
  });
  it('reads a bank’s branch, a name that starts with a town, or a line sharing no brand word as no branch', () => {
    expect(namesOtherBranch(words('CASH DEPOSIT ACHIMOTA BRANCH'), words('TEMA COMMUNITY HOSPITAL'))).toBe(false);
    expect(namesOtherBranch(words('CHICKEN REPUBLIC ONITSHA BR'), words('CHICKEN REPUBLIC IKEJA'))).toBe(false);
    expect(namesOtherBranch(words('CASH DEPOSIT IKEJA'), words('KANO MILLERS COOPERATIVE SOCIETY'))).toBe(false);
    expect(namesOtherBranch(words('CASH DEPOSIT LEKKI'), words('MAMA CASS IKEJA'))).toBe(false);
  });
  it('reads a district as its city, and a town before the brand or after AT as no branch (review-s26b)', () => {
    expect(namesOtherBranch(words('MICHELANGELO HOTEL SANDTON'), words('MICHELANGELO HOTEL JOHANNESBURG'))).toBe(false);
    expect(namesOtherBranch(words('RADISSON BLU HOTEL LAGOS'), words('RADISSON BLU HOTEL IKEJA'))).toBe(false);
    expect(namesOtherBranch(words('MPESA C2B KAREN WANJIKU ACC JAMII HARDWARE'), words('JAMII HARDWARE THIKA'))).toBe(
      false,
    );
    expect(namesOtherBranch(words('CASH DEPOSIT BY BOLA STORES AT IKEJA'), words('BOLA STORES LEKKI'))).toBe(false);
    // two districts of one city are two branches
    expect(namesOtherBranch(words('CHICKEN REPUBLIC IKOYI'), words('CHICKEN REPUBLIC IKEJA'))).toBe(true);
  });
});
