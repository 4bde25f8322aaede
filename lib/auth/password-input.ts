/**
 * The rule every new password follows (first owner, a user added by an admin, an invite
 * accepted, a password changed): at least MIN_PASSWORD_LENGTH characters, at most 200. Passwords
 * do not follow the shared text rules: they are hashed, never stored or shown, and sign-in must
 * accept exactly what was set. Client-safe; imports only zod and the length, so the users domain
 * can read it while it loads (docs/architecture.md#load-order).
 */
import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from './password-rules';

export const newPasswordInput = z.string().min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`).max(200);
