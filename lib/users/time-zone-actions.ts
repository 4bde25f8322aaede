'use server';

import { revalidatePath } from 'next/cache';
import { authorizedAction } from '@/lib/actions/authorized-action';
import { saveTimeZone, timeZoneInput } from '@/lib/users/time-zone';

/** Every role chooses its own time zone; it changes how dates read, nothing else. */
export const setTimeZoneAction = authorizedAction({ name: 'users.set-time-zone', role: 'viewer', input: timeZoneInput }, async (input, { user, db }) => {
  await saveTimeZone(db, user.id, input.timeZone);
  revalidatePath('/', 'layout');
  return {
    message: input.timeZone ? `Dates now show in ${input.timeZone}.` : 'Dates now follow your browser’s time zone.',
    target: user.id,
    detail: { timeZone: input.timeZone ?? 'browser' },
  };
});
