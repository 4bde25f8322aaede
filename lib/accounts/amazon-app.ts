/** The SP-API application this deployment runs as: real credentials, or the simulator's demo app. */
import 'server-only';
import { env } from '@/lib/env';
import { UserFacingError } from '@/lib/user-facing-error';

export interface AmazonApp {
  clientId: string;
  clientSecret: string;
  applicationId: string;
  consentUrl?: string;
  spApiEndpoint?: string;
  lwaEndpoint?: string;
}

export function amazonApp(): AmazonApp {
  const e = env();
  if (!e.LWA_CLIENT_ID || !e.LWA_CLIENT_SECRET || !e.SPAPI_APPLICATION_ID) {
    throw new UserFacingError('Amazon app credentials are not configured: set LWA_CLIENT_ID, LWA_CLIENT_SECRET and SPAPI_APPLICATION_ID.');
  }
  return {
    clientId: e.LWA_CLIENT_ID,
    clientSecret: e.LWA_CLIENT_SECRET,
    applicationId: e.SPAPI_APPLICATION_ID,
    consentUrl: e.SPAPI_CONSENT_URL,
    spApiEndpoint: e.SPAPI_ENDPOINT,
    lwaEndpoint: e.LWA_ENDPOINT,
  };
}

/** Where Amazon sends the seller back after consent. */
export function authorizationRedirectUri(): string {
  const base = process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
  return new URL('/api/amazon/callback', base).toString();
}
