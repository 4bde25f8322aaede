/**
 * The user forms (first-run owner, a new user from Settings → Users) as zod schemas. Names
 * and e-mails follow the shared text rules; passwords do not (they are hashed, never stored
 * or sent anywhere, and sign-in must accept exactly what was set).
 */
import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/types';
import { ROLES } from '@/lib/auth/types';
import { emailInput } from '@/lib/validation/email-input';
import { requiredText } from '@/lib/validation/text-input';

const passwordInput = z.string().min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`).max(200);
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
