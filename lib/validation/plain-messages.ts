/**
 * The message for a field whose schema gives none. Fields people type name their own message
 * ("Enter the city."); hidden ids, checkboxes, choices and the items of a JSON field mostly do
 * not, and zod's own messages ("Invalid UUID", "Invalid input: expected string, received
 * undefined", 'Invalid option: expected one of "SP"|"LTL"') name types and formats, not what to
 * do. They reach a seller whenever a form is stale or a request was made by hand.
 *
 * Installed as zod's error map for the whole process on import (zod consults it only where a
 * schema has no message of its own): the shared text rules (text-input.ts, which every form's
 * schema is built from) and the action wrapper import it, so it is in place before any form is
 * read, in the browser and on the server.
 */
import { z } from 'zod';

const READ_AGAIN = 'This could not be read. Reload the page and try again.';

/** What each zod issue says in plain words; undefined leaves zod's own message (no case today). */
export function plainMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'Fill in this field.';
      if (issue.expected === 'int') return 'Enter a whole number.';
      if (issue.expected === 'number' || issue.expected === 'bigint') return 'Enter a number.';
      if (issue.expected === 'string') return 'Enter text here.';
      if (issue.expected === 'boolean') return 'Choose yes or no.';
      return READ_AGAIN;
    case 'invalid_value':
      return 'Choose one of the options.';
    case 'invalid_union': {
      // A union of choices ('', 'on') says "choose"; one with a typed branch ('' or an e-mail)
      // says what that branch says.
      const typed = issue.errors.flat().find((inner) => inner.code !== 'invalid_value' && inner.code !== 'invalid_type');
      return typed?.message ?? 'Choose one of the options.';
    }
    case 'too_big':
      return tooBig(issue.origin, Number(issue.maximum), issue.inclusive !== false);
    case 'too_small':
      return tooSmall(issue.origin, Number(issue.minimum), issue.inclusive !== false);
    case 'invalid_format':
      if (issue.format === 'email') return 'Enter a valid email address.';
      if (issue.format === 'uuid' || issue.format === 'guid') return 'This choice is no longer available. Reload the page and try again.';
      if (issue.format === 'date' || issue.format === 'datetime') return 'Enter a date.';
      if (issue.format === 'url') return 'Enter a web address.';
      return 'Check the format of this value.';
    case 'not_multiple_of':
      return `Use a multiple of ${issue.divisor}.`;
    case 'unrecognized_keys':
      return 'This form has fields it should not have. Reload the page and try again.';
    case 'invalid_key':
    case 'invalid_element':
      return READ_AGAIN;
    case 'custom':
      return 'Check this value.';
    default:
      return undefined;
  }
}

const count = (n: number) => n.toLocaleString('en-US');

function tooBig(origin: string, maximum: number, inclusive: boolean): string {
  if (origin === 'string') return `Use at most ${count(inclusive ? maximum : maximum - 1)} characters.`;
  if (origin === 'array' || origin === 'set') return `Use at most ${count(inclusive ? maximum : maximum - 1)} items.`;
  if (origin === 'number' || origin === 'int' || origin === 'bigint')
    return inclusive ? `Use a number up to ${count(maximum)}.` : `Use a number below ${count(maximum)}.`;
  return 'This is too large.';
}

function tooSmall(origin: string, minimum: number, inclusive: boolean): string {
  if (origin === 'string') return minimum <= 1 ? 'Fill in this field.' : `Use at least ${count(minimum)} characters.`;
  if (origin === 'array' || origin === 'set') return minimum <= 1 ? 'Add at least one.' : `Add at least ${count(minimum)}.`;
  if (origin === 'number' || origin === 'int' || origin === 'bigint')
    return inclusive ? `Use a number of at least ${count(minimum)}.` : `Use a number above ${count(minimum)}.`;
  return 'This is too small.';
}

z.config({ customError: plainMessage });
