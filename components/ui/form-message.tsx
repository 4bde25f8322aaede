import type { ActionState } from '@/lib/actions/action-state';

/** The form-level outcome of an action, announced to screen readers as it changes. */
export function FormMessage({ state }: { state: ActionState }) {
  return (
    <div aria-live="polite" role="status" className="min-h-5 text-sm">
      {state.status === 'error' ? <p className="text-red-700">{state.message}</p> : null}
      {state.status === 'success' ? <p className="text-green-800">{state.message}</p> : null}
    </div>
  );
}
