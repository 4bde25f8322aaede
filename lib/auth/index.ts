/** The auth domain's public face for server code: its queries and services. Types and client-safe helpers are in ./types. */
import 'server-only';
export { normalizeEmail } from './authenticate';
export { authOptions } from './options';
export { hashPassword } from './password';
export { hasRole } from './roles';
export { routeUser } from './route-user';
export { getCurrentUser, requireUser } from './session';
export { announceSetupCode, discardSetupCode, isSetupCode, setupCodeFile } from './setup-code';
export { newPasswordInput } from './password-input';
