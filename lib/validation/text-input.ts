/**
 * Text typed into the dashboard's forms, checked by one set of rules. Every text field of
 * every input schema (outbound, inbound, orders, users, set-up...) is built from these
 * helpers, in this order:
 *
 * 1. Trimmed, then held to its length limit (the SP-API model's maxLength where it has one).
 * 2. No control characters: C0 (U+0000-U+001F) and DEL. Nobody types them; they arrive in
 *    pasted text. PostgreSQL text cannot hold a NUL, and Amazon would have taken the value
 *    before the database refused it. Multi-line fields keep tab, line feed and carriage
 *    return (browsers send a textarea's line breaks as CR LF). No lone UTF-16 surrogate
 *    either (half of an emoji, from a cut paste or a hand-made request): it is not a
 *    character, and UTF-8 (the database, Amazon's JSON) turns it into U+FFFD, so the value
 *    stored or sent would not be the one accepted.
 * 3. A required field refuses an empty value with the field's own message.
 *
 * A value that breaks a rule is not read further: each later check of the field runs only
 * while the field has no issue yet (`afterTextRules`), so a 150 kB paste costs one length
 * check, not a pattern search. The issues stay "continuable" in zod's sense, so the form's
 * cross-field checks (city outside Japan, matching passwords) still report at the same time.
 * Passwords are the one exception to these rules: they are hashed, never stored or sent.
 */
import { z } from 'zod';
// Plain words for the fields of a form that give no message of their own (see the module).
import './plain-messages';

/** Any C0 control character or DEL. */
const CONTROL_CHARACTER = /[\u0000-\u001F\u007F]/;
/** The same without tab, line feed and carriage return. */
const CONTROL_CHARACTER_BESIDES_LINE_BREAKS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one (one character of look-around: linear). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const CONTROL_CHARACTER_MESSAGE = 'Remove the invisible control character (pasted text can carry one).';
export const ONE_LINE_MESSAGE = 'Keep this to one line, without tabs or line breaks.';
export const BROKEN_CHARACTER_MESSAGE = 'Remove the broken character (part of an emoji or symbol was cut off).';

export interface TextRules {
  /** Longest value accepted, after trimming. */
  max: number;
  /** Tabs and line breaks allowed (a textarea). */
  multiline?: boolean;
  /** Message for a value over `max`; "Use at most N characters." by default. */
  tooLong?: string;
}

/** Whether the text holds a control character that the rules above refuse (for callers outside zod). */
export function hasControlCharacter(text: string, multiline = false): boolean {
  return (multiline ? CONTROL_CHARACTER_BESIDES_LINE_BREAKS : CONTROL_CHARACTER).test(text);
}

/** Whether the text holds half of a surrogate pair (for callers outside zod). */
export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

/** The message for a character the rules refuse, or null when every character may stay. */
function characterProblem(text: string, multiline: boolean | undefined): string | null {
  if (hasControlCharacter(text, multiline)) return hasControlCharacter(text, true) ? CONTROL_CHARACTER_MESSAGE : ONE_LINE_MESSAGE;
  return hasLoneSurrogate(text) ? BROKEN_CHARACTER_MESSAGE : null;
}

/**
 * For a field's own checks chained after these rules (`.refine(fn, { message, ...afterTextRules })`):
 * they run only on a value that passed them, never over an over-long paste.
 */
export const afterTextRules = { when: (payload: { issues: readonly unknown[] }) => payload.issues.length === 0 } as const;

/** Trimmed text within its limit, without control characters or lone surrogates; may be empty. */
export function textField(rules: TextRules, missing?: string): z.ZodString {
  const base = missing === undefined ? z.string() : z.string({ error: missing });
  const limited = base.trim().max(rules.max, rules.tooLong ?? `Use at most ${rules.max.toLocaleString('en-US')} characters.`);
  return limited.refine((text) => characterProblem(text, rules.multiline) === null, {
    error: (issue) => characterProblem(String(issue.input), rules.multiline) ?? CONTROL_CHARACTER_MESSAGE,
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
