/**
 * Every credential the simulator has issued: refresh tokens, access tokens, grantless
 * tokens, restricted data tokens and consent codes. Expiry is measured on the simulated clock.
 */
import { randomBytes } from 'node:crypto';
import { DEMO_REFRESH_TOKEN_SELLERS } from './demo-credentials.js';

export const ACCESS_TOKEN_SECONDS = 3600;
export const RDT_SECONDS = 3600;
export const AUTH_CODE_SECONDS = 300;

export interface RestrictedResourceGrant {
  method: string;
  /** As requested: a concrete path or a template with {placeholders}. */
  path: string;
  dataElements: string[];
}

export type AccessGrant =
  /** piiRoles: the app holds Amazon's restricted roles for buyer data (demo-credentials.ts). */
  | { kind: 'lwa'; sellerId: string; piiRoles: boolean; expiresAtMs: number }
  | { kind: 'grantless'; scope: string; expiresAtMs: number }
  | { kind: 'rdt'; sellerId: string; expiresAtMs: number; resources: RestrictedResourceGrant[] };

/** Short random text; the leading 'sim.' keeps it recognisably fake. */
export function simRandom(bytes = 12): string {
  return `sim.${randomBytes(bytes).toString('base64url')}`;
}

export class TokenStore {
  private refreshTokens = new Map<string, string>(Object.entries(DEMO_REFRESH_TOKEN_SELLERS));
  private accessTokens = new Map<string, AccessGrant>();
  private authCodes = new Map<string, { sellerId: string; expiresAtMs: number }>();

  sellerForRefreshToken(token: string): string | undefined {
    return this.refreshTokens.get(token);
  }

  issueRefreshToken(sellerId: string): string {
    const token = `Atzr|${simRandom()}`;
    this.refreshTokens.set(token, sellerId);
    return token;
  }

  issueAccessToken(
    grant: Omit<Extract<AccessGrant, { kind: 'lwa' }>, 'expiresAtMs'> | Omit<Extract<AccessGrant, { kind: 'grantless' }>, 'expiresAtMs'>,
    nowMs: number,
  ): string {
    const token = `Atza|${simRandom(24)}`;
    this.accessTokens.set(token, { ...grant, expiresAtMs: nowMs + ACCESS_TOKEN_SECONDS * 1000 } as AccessGrant);
    return token;
  }

  issueRestrictedDataToken(sellerId: string, resources: RestrictedResourceGrant[], nowMs: number): string {
    const token = `Atz.sprdt|${simRandom(24)}`;
    this.accessTokens.set(token, { kind: 'rdt', sellerId, resources, expiresAtMs: nowMs + RDT_SECONDS * 1000 });
    return token;
  }

  lookupAccessToken(token: string): AccessGrant | undefined {
    return this.accessTokens.get(token);
  }

  issueAuthCode(sellerId: string, nowMs: number): string {
    const code = `RHsim.${randomBytes(12).toString('base64url')}`;
    this.authCodes.set(code, { sellerId, expiresAtMs: nowMs + AUTH_CODE_SECONDS * 1000 });
    return code;
  }

  /** Codes are single use: redeeming deletes the code whether or not it had expired. */
  redeemAuthCode(code: string, nowMs: number): string | undefined {
    const entry = this.authCodes.get(code);
    this.authCodes.delete(code);
    if (!entry || entry.expiresAtMs < nowMs) return undefined;
    return entry.sellerId;
  }
}
