'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authorizedAction } from '@/lib/actions/authorized-action';
import { changeUserRole, createUser, removeUser, setUserDisabled } from '@/lib/users/service';
import { newUserInput, roleInput as role } from '@/lib/users/user-input';

export const createUserAction = authorizedAction(
  {
    name: 'users.create',
    role: 'admin',
    input: newUserInput,
  },
  async (input, { user, db }) => {
    const id = await createUser(db, user, input);
    revalidatePath('/settings/users');
    return { message: `${input.email} can now sign in.`, target: id, detail: { email: input.email, role: input.role } };
  },
);

export const changeRoleAction = authorizedAction(
  { name: 'users.change-role', role: 'admin', input: z.object({ userId: z.uuid(), role }) },
  async (input, { user, db }) => {
    await changeUserRole(db, user, input.userId, input.role);
    revalidatePath('/settings/users');
    return { message: 'Role changed.', target: input.userId, detail: { role: input.role } };
  },
);

export const setDisabledAction = authorizedAction(
  {
    name: 'users.set-disabled',
    role: 'admin',
    input: z.object({ userId: z.uuid(), disabled: z.enum(['true', 'false']).transform((v) => v === 'true') }),
  },
  async (input, { user, db }) => {
    await setUserDisabled(db, user, input.userId, input.disabled);
    revalidatePath('/settings/users');
    return { message: input.disabled ? 'User disabled.' : 'User enabled.', target: input.userId };
  },
);

/** Owners only: the user leaves the workspace for good (their audit entries keep their name: service.ts). */
export const removeUserAction = authorizedAction(
  { name: 'users.remove', role: 'owner', input: z.object({ userId: z.uuid() }), target: (input) => input.userId },
  async (input, { user, db }) => {
    const removed = await removeUser(db, user, input.userId);
    revalidatePath('/settings/users');
    return { message: `${removed.name} (${removed.email}) was removed from the workspace.`, detail: { email: removed.email, role: removed.role } };
  },
);
