/**
 * The fields of the form a server action was sent. React sends a FormData, but an action is a
 * public endpoint: a hand-made request can send any value React's protocol serializes (null, a
 * number, a string, a plain object, a Map, an array of pairs) where the form belongs. Every
 * action reads its form through here, so such a request is refused in plain words instead of
 * crashing the action (Object.fromEntries(null) throws) or reaching a validator with values of
 * the wrong type. A file is taken only in a field the action names as a file field (a buyer
 * message's attachment); anywhere else it is refused at its field (a validator would only say
 * it "expected string, received File").
 */

export const NOT_A_FORM_MESSAGE = 'The form could not be read. Reload the page and try again.';
export const FILE_MESSAGE = 'This field takes text, not a file.';

export type ReadForm = { fields: Record<string, string | File> } | { refusal: { message: string; fieldErrors?: Record<string, string[]> } };

/**
 * A file input left empty: browsers send it as a file with no bytes and no name, which the
 * server-action decoding may name "blob". A chosen empty file keeps its own name (x.pdf) and
 * is refused as empty by the field's rules.
 */
const isEmptyFileInput = (file: File) => file.size === 0 && !/\.[A-Za-z0-9]+$/.test(file.name);

/**
 * The last value of each field (as Object.fromEntries reads a FormData), or why the form is
 * refused. `fileFields` may carry a file; one left empty is left out, as an empty input.
 */
export function readForm(formData: unknown, fileFields: readonly string[] = []): ReadForm {
  if (!(formData instanceof FormData)) return { refusal: { message: NOT_A_FORM_MESSAGE } };
  const fields: Record<string, string | File> = {};
  const fieldErrors: Record<string, string[]> = {};
  for (const [key, value] of formData) {
    if (typeof value === 'string') fields[key] = value;
    else if (!fileFields.includes(key)) fieldErrors[key] = [FILE_MESSAGE];
    else if (isEmptyFileInput(value)) delete fields[key];
    else fields[key] = value;
  }
  return Object.keys(fieldErrors).length ? { refusal: { message: 'Check the highlighted fields.', fieldErrors } } : { fields };
}
