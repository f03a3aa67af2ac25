import type { z } from 'zod';

/**
 * A refused form's or query's problems in words a person reads ("username: at most 64 characters"), not the
 * validator's own ("Too big: expected string to have <=64 characters"). Issues of kinds not worded here keep the
 * validator's message; each is named by its field.
 */
export function issuesInWords(error: z.ZodError, whole = ''): string {
  return error.issues.map((i) => `${i.path.join('.') || whole || 'input'}: ${issueWords(i)}`).join('; ');
}

function issueWords(i: z.core.$ZodIssue): string {
  switch (i.code) {
    case 'too_big':
      if (i.origin === 'string') return `at most ${i.maximum} characters`;
      if (i.origin === 'array' || i.origin === 'set') return `at most ${i.maximum} items`;
      if (i.origin === 'number' || i.origin === 'int') return `at most ${i.maximum}`;
      return i.message;
    case 'too_small':
      if (i.origin === 'string') return Number(i.minimum) <= 1 ? 'required' : `at least ${i.minimum} characters`;
      if (i.origin === 'array' || i.origin === 'set') return `at least ${i.minimum} items`;
      if (i.origin === 'number' || i.origin === 'int') return `at least ${i.minimum}`;
      return i.message;
    case 'invalid_type':
      return i.input === undefined ? 'required' : `not a valid ${i.expected}`;
    default:
      return i.message;
  }
}
