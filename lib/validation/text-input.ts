/**
 * Text typed into the dashboard's forms, checked by one set of rules. Every text field of
 * every input schema (outbound, inbound, orders, users, set-up...) is built from these
 * helpers, in this order:
 *
 * 1. Trimmed, then held to its length limit (the SP-API model's maxLength where it has one).
 * 2. No control characters: C0 (U+0000-U+001F) and DEL. Nobody types them; they arrive in
 *    pasted text. PostgreSQL text cannot hold a NUL, and Amazon would have taken the value
 *    before the database refused it. Multi-line fields keep tab, line feed and carriage
 *    return (browsers send a textarea's line breaks as CR LF).
 * 3. A required field refuses an empty value with the field's own message.
 *
 * A value that breaks a rule is not read further: each later check of the field runs only
 * while the field has no issue yet (`afterTextRules`), so a 150 kB paste costs one length
 * check, not a pattern search. The issues stay "continuable" in zod's sense, so the form's
 * cross-field checks (city outside Japan, matching passwords) still report at the same time.
 * Passwords are the one exception to these rules: they are hashed, never stored or sent.
 */
import { z } from 'zod';

/** Any C0 control character or DEL. */
const CONTROL_CHARACTER = /[\u0000-\u001F\u007F]/;
/** The same without tab, line feed and carriage return. */
const CONTROL_CHARACTER_BESIDES_LINE_BREAKS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export const CONTROL_CHARACTER_MESSAGE = 'Remove the invisible control character (pasted text can carry one).';
export const ONE_LINE_MESSAGE = 'Keep this to one line, without tabs or line breaks.';

export interface TextRules {
  /** Longest value accepted, after trimming. */
  max: number;
  /** Tabs and line breaks allowed (a textarea). */
  multiline?: boolean;
  /** Message for a value over `max`; "Use at most N characters." by default. */
  tooLong?: string;
}

/** Whether the text holds a character that the rules above refuse (for callers outside zod). */
export function hasControlCharacter(text: string, multiline = false): boolean {
  return (multiline ? CONTROL_CHARACTER_BESIDES_LINE_BREAKS : CONTROL_CHARACTER).test(text);
}

/**
 * For a field's own checks chained after these rules (`.refine(fn, { message, ...afterTextRules })`):
 * they run only on a value that passed them, never over an over-long paste.
 */
export const afterTextRules = { when: (payload: { issues: readonly unknown[] }) => payload.issues.length === 0 } as const;

/** Trimmed text within its limit and without control characters; may be empty. */
export function textField(rules: TextRules, missing?: string): z.ZodString {
  const base = missing === undefined ? z.string() : z.string({ error: missing });
  const limited = base.trim().max(rules.max, rules.tooLong ?? `Use at most ${rules.max.toLocaleString('en-US')} characters.`);
  return limited.refine((text) => !hasControlCharacter(text, rules.multiline), {
    error: (issue) => (hasControlCharacter(String(issue.input), true) ? CONTROL_CHARACTER_MESSAGE : ONE_LINE_MESSAGE),
    ...afterTextRules,
  });
}

/** A field that must be filled in: `required` is shown when it is empty or missing. */
export function requiredText(required: string, rules: TextRules): z.ZodString {
  return textField(rules, required).min(1, required);
}

/** A field that may be left empty: empty comes out as undefined. */
export function optionalText(rules: TextRules) {
  return textField(rules)
    .optional()
    .transform((text) => (text ? text : undefined));
}
