/**
 * The short names Nigeria's state revenue services go by. Their initials are no rule: Lagos writes LIRS (no S for
 * State), Kaduna KADIRS, Oyo OYSIRS. Initials taken without STATE would give Kaduna "KIRS", which is Kano's, so a
 * remittance to one state would name another's service; only the names each service itself uses are read.
 */
const SHORT_NAMES: Readonly<Record<string, readonly string[]>> = {
  ABUJA: ['FCTIRS'],
  FCT: ['FCTIRS'],
  'FEDERAL CAPITAL TERRITORY': ['FCTIRS'],
  LAGOS: ['LIRS'],
  KANO: ['KIRS'],
  KADUNA: ['KADIRS'],
  OGUN: ['OGIRS'],
  OYO: ['OYSIRS'],
  RIVERS: ['RIRS'],
  EDO: ['EIRS'],
  ANAMBRA: ['AIRS'],
  KWARA: ['KWIRS'],
  ENUGU: ['ESIRS'],
  DELTA: ['DSIRS'],
  'AKWA IBOM': ['AKIRS'],
  'CROSS RIVER': ['CRIRS'],
  ONDO: ['ODIRS'],
  OSUN: ['OSIRS'],
  EKITI: ['EKIRS'],
  PLATEAU: ['PSIRS'],
  BAYELSA: ['BIRS'],
};

/** "<state> [State] Internal Revenue Service" or "… Board of Internal Revenue", the state's name captured. */
const STATE_SERVICE = /^(.+?)(?: STATE)? (?:INTERNAL REVENUE SERVICE|BOARD (?:OF )?INTERNAL REVENUE)$/;

/**
 * The short names of the state revenue service `words` name (a party's words in capitals, connectives left out): none
 * for a state not in the table. Null when the words name no state revenue service. For such a service its initials
 * are never read: "Ogun State Internal Revenue Service" and Osun's are both OSIRS, and the FCT's would be FIRS, the
 * federal service's.
 */
export function revenueServiceShortNames(words: readonly string[]): readonly string[] | null {
  const state = STATE_SERVICE.exec(words.join(' '))?.[1];
  if (state === undefined) return null;
  return SHORT_NAMES[state] ?? [];
}

const ALL_SHORT_NAMES = new Set(Object.values(SHORT_NAMES).flat());

/** Whether the word is a state revenue service's short name ("OGIRS"): it names that service and no other. */
export const isRevenueServiceShortName = (word: string): boolean => ALL_SHORT_NAMES.has(word);
