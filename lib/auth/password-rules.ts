/** How long a password must be: the forms show it, the server enforces it. Client-safe. */
export const MIN_PASSWORD_LENGTH = 12;
