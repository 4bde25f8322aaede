/**
 * Fixed, publishable credentials of the simulator's demo application. They only work
 * against the simulator; tokens it mints always contain a '.' so secret scanners that look
 * for real Amazon tokens never match them.
 */
import { DEMO_SELLERS } from './contract.js';

export const DEMO_LWA_CLIENT_ID = 'amzn1.application-oa2-client.simdemo';
export const DEMO_LWA_CLIENT_SECRET = 'amzn1.oa2-cs.v1.simdemo-secret';
export const DEMO_APPLICATION_ID = 'amzn1.sp.solution.simdemo';

/**
 * The demo application is approved for Amazon's restricted roles for buyer data (Direct-to-
 * Consumer Delivery, Tax Invoicing, Tax Remittance). This second one is not: Orders 2026-01-01
 * leaves buyer and recipient PII out of its answers, as Amazon does for such apps.
 */
export const BASIC_LWA_CLIENT_ID = 'amzn1.application-oa2-client.simbasic';
export const BASIC_LWA_CLIENT_SECRET = 'amzn1.oa2-cs.v1.simbasic-secret';

/** LWA client id -> secret and whether the app holds the restricted PII roles. */
export const SIM_APPLICATIONS: Record<string, { secret: string; piiRoles: boolean }> = {
  [DEMO_LWA_CLIENT_ID]: { secret: DEMO_LWA_CLIENT_SECRET, piiRoles: true },
  [BASIC_LWA_CLIENT_ID]: { secret: BASIC_LWA_CLIENT_SECRET, piiRoles: false },
};

export const DEMO_REFRESH_TOKENS = {
  na: 'Atzr|sim.demo.na',
  eu: 'Atzr|sim.demo.eu',
} as const;

/** Refresh token -> selling partner, for the two sellers every fresh simulator has. */
export const DEMO_REFRESH_TOKEN_SELLERS: Record<string, string> = {
  [DEMO_REFRESH_TOKENS.na]: DEMO_SELLERS.na.sellerId,
  [DEMO_REFRESH_TOKENS.eu]: DEMO_SELLERS.eu.sellerId,
};
