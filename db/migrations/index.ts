import type { Migration } from 'kysely';
import * as m0001 from './0001_initial.js';

/** Ordered migrations; add new files here, never edit a released one. */
export const migrations: Record<string, Migration> = {
  '0001_initial': m0001,
};
