/** An e-mail address as every form takes it (users, sign-in, notification addresses): the shared text rules, then the address's own shape. */
import { z } from 'zod';
import { requiredText } from './text-input';

/** RFC 5321's longest address. */
const MAX_EMAIL_LENGTH = 254;

export const emailInput = requiredText('Enter a valid email address.', { max: MAX_EMAIL_LENGTH }).pipe(z.email('Enter a valid email address.'));
