'use server';

import { z } from 'zod';
import { authorizedAction } from '@/lib/actions/authorized-action';
import { endAllSessions } from '@/lib/auth/session-user';

/** Ends every session of the signed-in user, this one included; the menu then signs this browser out. */
export const signOutEverywhereAction = authorizedAction(
  { name: 'auth.sign-out-everywhere', role: 'viewer', input: z.object({}) },
  async (_input, { user, db }) => {
    await endAllSessions(db, user.id);
    return { message: 'Signed out on every device.', target: user.id };
  },
);
