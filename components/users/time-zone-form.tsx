'use client';

import { useActionState, useSyncExternalStore } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { errorsAndValues, idleState } from '@/lib/actions/action-state';
import { setTimeZoneAction } from '@/lib/users/actions';

const noChange = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The user's own time zone for every date the dashboard shows; empty follows the browser. `zones`: the server's list, so both render the same options. */
export function TimeZoneForm({ saved, zones }: { saved: string | null; zones: string[] }) {
  const [state, action, pending] = useActionState(setTimeZoneAction, idleState);
  const { errors } = errorsAndValues(state);
  // The browser's zone is known only in the browser; the server renders the option without it.
  const detected = useSyncExternalStore(noChange, browserZone, () => '');
  const options = [
    { value: '', label: detected ? `Your browser’s time zone (${detected})` : 'Your browser’s time zone' },
    ...zones.map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') })),
  ];
  return (
    <form action={action} className="mt-4 space-y-4" noValidate>
      <SelectField id="timeZone" label="Show dates in" defaultValue={saved ?? ''} options={options} errors={errors?.timeZone} />
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : 'Save time zone'}
      </Button>
    </form>
  );
}
