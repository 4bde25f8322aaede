import 'next-auth';
import 'next-auth/jwt';

declare module 'next-auth' {
  interface Session {
    user?: { id?: string; sessionEpoch?: number; name?: string | null; email?: string | null; image?: string | null };
  }
  interface User {
    /** The user's session epoch at sign-in (lib/auth/session-user.ts). */
    sessionEpoch?: number;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid?: string;
    sessionEpoch?: number;
  }
}
