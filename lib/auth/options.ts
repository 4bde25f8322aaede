/**
 * next-auth configuration: email and password, sessions in a signed, encrypted cookie (JWT)
 * that is HttpOnly and SameSite=Lax always, and Secure (with the __Secure- prefix) whenever the
 * site is https. The token carries the user's session epoch, so it can be revoked
 * (session-user.ts).
 */
import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getDb } from '@/db';
import { env } from '@/lib/env';
import { readOrCreateLocalSecret } from '@/lib/local-secrets';
import { siteUsesHttps } from '@/lib/security/https';
import { authenticate, describeAuthenticationFailure } from './authenticate';
import { clientAddress } from './client-address';

function authSecret(): string {
  const { AUTH_SECRET, DATA_DIR } = env();
  return AUTH_SECRET ?? readOrCreateLocalSecret(DATA_DIR, 'auth-secret');
}

let cached: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  cached ??= {
    secret: authSecret(),
    // next-auth would decide this from NEXTAUTH_URL too; said here so that HSTS and cookies follow one rule.
    useSecureCookies: siteUsesHttps(env().NEXTAUTH_URL),
    session: { strategy: 'jwt', maxAge: 12 * 60 * 60 },
    pages: { signIn: '/sign-in', error: '/sign-in' },
    providers: [
      CredentialsProvider({
        name: 'Email and password',
        credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
        async authorize(credentials, req) {
          if (!credentials?.email || !credentials.password) throw new Error('Enter your email and password.');
          const { SIGN_IN_MAX_FAILURES, SIGN_IN_ADDRESS_MAX_FAILURES, SIGN_IN_ACCOUNT_MAX_FAILURES, SIGN_IN_LOCK_MINUTES } = env();
          const result = await authenticate(
            await getDb(),
            { email: credentials.email, password: credentials.password, address: clientAddress(req.headers ?? {}) },
            {
              maxFailures: SIGN_IN_MAX_FAILURES,
              addressMaxFailures: SIGN_IN_ADDRESS_MAX_FAILURES,
              accountMaxFailures: SIGN_IN_ACCOUNT_MAX_FAILURES,
              lockMinutes: SIGN_IN_LOCK_MINUTES,
            },
          );
          // next-auth passes a thrown message to the sign-in form as its error.
          if (!result.ok) throw new Error(describeAuthenticationFailure(result));
          return { id: result.user.id, email: result.user.email, name: result.user.name, sessionEpoch: result.user.sessionEpoch };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.sessionEpoch = user.sessionEpoch ?? 0;
        }
        return token;
      },
      session({ session, token }) {
        if (session.user && typeof token.uid === 'string') {
          session.user.id = token.uid;
          session.user.sessionEpoch = typeof token.sessionEpoch === 'number' ? token.sessionEpoch : 0;
        }
        return session;
      },
    },
  };
  return cached;
}
