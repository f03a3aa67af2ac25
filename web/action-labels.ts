import {
  ACTION_LABELS,
  acceptedWithWriteOff,
  actionLabel,
  decisionPutBack,
  entityLabel,
  entryLabel,
} from '../adapters/reports/report-words.js';

// the trail's words are the workbook's too: one module says them
export { acceptedWithWriteOff, actionLabel, decisionPutBack, entityLabel, entryLabel };

/** Every action the app, the CLI and the engine write, in the order the audit filter offers them. */
export const AUDIT_ACTIONS = Object.keys(ACTION_LABELS);
