'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authorizedAction } from '@/lib/actions/authorized-action';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password';
import { ROLES } from '@/lib/auth/roles';
import { changeUserRole, createUser, setUserDisabled } from '@/lib/users/service';

const role = z.enum(ROLES, { error: 'Choose a role.' });

export const createUserAction = authorizedAction(
  {
    name: 'users.create',
    role: 'admin',
    input: z.object({
      name: z.string().trim().min(1, 'Enter a name.').max(120),
      email: z.email('Enter a valid email address.'),
      role,
      password: z.string().min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`).max(200),
    }),
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
