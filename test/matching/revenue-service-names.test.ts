/**
 * Nigeria's state revenue services by the short names each goes by (revenue-service-names.ts): a remittance naming a
 * state's service is that state's entry, never a neighbour's whose initials would spell the same.
 */
import { describe, expect, it } from 'vitest';
import { acronymsOf } from '../../matching/acronyms.js';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry, ledgerIdsOf } from './build.js';

const ng = { timezone: 'Africa/Lagos' };

const paye = (narration: string, party: string) =>
  reconcile(
    [bankLine('b1', '2025-04-09', -412_317_50, { narration })],
    [entry('l1', '2025-04-08', -412_317_50, { party, description: 'PAYE March 2025' })],
    ng,
  );

describe('state revenue services by their own short names', () => {
  it('reads the name each service uses, not its initials', () => {
    expect(acronymsOf('Lagos State Internal Revenue Service')).toEqual(['LIRS']);
    expect(acronymsOf('Kaduna State Internal Revenue Service')).toEqual(['KADIRS']);
    expect(acronymsOf('Oyo State Board of Internal Revenue')).toEqual(['OYSIRS']);
    expect(acronymsOf('FCT Internal Revenue Service')).toEqual(['FCTIRS']);
    // a state the table does not hold gets no short name rather than initials another state shares
    expect(acronymsOf('Adamawa State Internal Revenue Service')).toEqual([]);
  });

  it('"KADIRS PAYE" is the entry booked to Kaduna State Internal Revenue Service', () => {
    expect(ledgerIdsOf(paye('NIP TRF TO KADIRS PAYE MAR 2025', 'Kaduna State Internal Revenue Service'))).toEqual([
      'l1',
    ]);
  });

  it('"OSIRS PAYE" (Osun) is not Ogun State Internal Revenue Service, whose initials it spells', () => {
    // the one open entry of the amount, otherwise confirmed as the sole candidate: the line names another service
    expect(ledgerIdsOf(paye('NIP TRF TO OSIRS PAYE MAR 2025', 'Ogun State Internal Revenue Service'))).toEqual([]);
  });

  it('"FIRS VAT" (the federal service) is not the FCT Internal Revenue Service, whose initials it spells', () => {
    expect(ledgerIdsOf(paye('FIRS VAT MAR 2025 TAXPROMAX', 'FCT Internal Revenue Service'))).toEqual([]);
  });
});
