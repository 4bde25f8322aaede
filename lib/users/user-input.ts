/**
 * The user forms (first-run owner, a new user or an invite from Settings → Users, an invite
 * accepted) as zod schemas. Names
 * and e-mails follow the shared text rules; passwords do not (they are hashed, never stored
 * or sent anywhere, and sign-in must accept exactly what was set).
 */
import { z } from 'zod';
import { newPasswordInput as passwordInput } from '@/lib/auth';
import { ROLES } from '@/lib/auth/types';
import { emailInput } from '@/lib/validation/email-input';
import { requiredText } from '@/lib/validation/text-input';

export const roleInput = z.enum(ROLES, { error: 'Choose a role.' });

export const newUserInput = z.object({
  name: requiredText('Enter a name.', { max: 120 }),
  email: emailInput,
  role: roleInput,
  password: passwordInput,
});

export const firstOwnerInput = z
  .object({
    workspaceName: requiredText('Enter your business name.', { max: 120 }),
    name: requiredText('Enter your name.', { max: 120 }),
    email: emailInput,
    password: passwordInput,
    confirmPassword: z.string(),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ['confirmPassword'], message: 'The passwords do not match.' });

export const inviteInput = z.object({ email: emailInput, role: roleInput });

export const acceptInviteInput = z
  .object({
    name: requiredText('Enter your name.', { max: 120 }),
    password: passwordInput,
    confirmPassword: z.string().max(200),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ['confirmPassword'], message: 'The passwords do not match.' });
