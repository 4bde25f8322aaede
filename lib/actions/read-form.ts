/**
 * The fields of the form a server action was sent. React sends a FormData, but an action is a
 * public endpoint: a hand-made request can send any value React's protocol serializes (null, a
 * number, a string, a plain object, a Map, an array of pairs) where the form belongs. Every
 * action reads its form through here, so such a request is refused in plain words instead of
 * crashing the action (Object.fromEntries(null) throws) or reaching a validator with values of
 * the wrong type.
 */

export const NOT_A_FORM_MESSAGE = 'The form could not be read. Reload the page and try again.';

export type ReadForm = { fields: Record<string, string> } | { refusal: { message: string; fieldErrors?: Record<string, string[]> } };

/** The last value of each field (as Object.fromEntries reads a FormData), or why the form is refused. */
export function readForm(formData: unknown): ReadForm {
  if (!(formData instanceof FormData)) return { refusal: { message: NOT_A_FORM_MESSAGE } };
  const fields: Record<string, string> = {};
  for (const [key, value] of formData) if (typeof value === 'string') fields[key] = value;
  return { fields };
}
