/** What a server action returns to its form: rendered as a message and errors under each field. */
export type ActionState =
  | { status: 'idle' }
  | { status: 'success'; message: string }
  | {
      status: 'error';
      message: string;
      fieldErrors?: Record<string, string[]>;
      /** What was typed, so the form keeps it after an error (React resets forms after an action). */
      values?: Record<string, string>;
    };

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
