/** What a server action returns to its form: rendered as a message and errors under each field. */
export type ActionState = { status: 'idle' } | { status: 'success'; message: string } | ActionError;

/** A refused or failed action, as its form shows it. */
export type ActionError = {
  status: 'error';
  message: string;
  fieldErrors?: Record<string, string[]>;
  /** What was typed, so the form keeps it after an error (React resets forms after an action). */
  values?: Record<string, string>;
};

/** What an action that answers with data (a preview, a reveal) returns: the data itself spread under `ok`. */
export type DataState<T extends object> = { status: 'idle' } | ActionError | ({ status: 'ok' } & T);

export const idleState: ActionState = { status: 'idle' };

/** Typed values to hand back on error; secrets are never echoed. */
export function echoValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === 'string' && !/password|secret|token/i.test(key) && !key.startsWith('$ACTION')) values[key] = value;
  }
  return values;
}

export function errorsAndValues(state: ActionState) {
  return state.status === 'error' ? { errors: state.fieldErrors, values: state.values } : { errors: undefined, values: undefined };
}
