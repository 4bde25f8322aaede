/**
 * Login with Amazon's token endpoint (POST /auth/o2/token, form encoded), answering in
 * LWA's own error shape ({ error, error_description }) rather than SP-API's.
 */
import { SIM_APPLICATIONS } from './demo-credentials.js';
import { ACCESS_TOKEN_SECONDS, type TokenStore } from './tokens-store.js';

export interface LwaResult {
  status: number;
  body: Record<string, unknown>;
}

const GRANTLESS_SCOPES = new Set(['sellingpartnerapi::notifications', 'sellingpartnerapi::migration', 'sellingpartnerapi::client_credential:rotation']);

const lwaError = (status: number, error: string, description: string): LwaResult => ({
  status,
  body: { error, error_description: description },
});

export function exchangeToken(tokens: TokenStore, form: URLSearchParams, nowMs: number): LwaResult {
  const grantType = form.get('grant_type');
  if (!grantType) return lwaError(400, 'invalid_request', 'The request is missing a required parameter : grant_type');
  const app = SIM_APPLICATIONS[form.get('client_id') ?? ''];
  if (!app || form.get('client_secret') !== app.secret) return lwaError(401, 'invalid_client', 'Client authentication failed');
  const piiRoles = app.piiRoles;
  const bearer = (accessToken: string, extra: Record<string, unknown> = {}): LwaResult => ({
    status: 200,
    body: { access_token: accessToken, ...extra, token_type: 'bearer', expires_in: ACCESS_TOKEN_SECONDS },
  });

  switch (grantType) {
    case 'refresh_token': {
      const refreshToken = form.get('refresh_token');
      if (!refreshToken) return lwaError(400, 'invalid_request', 'The request is missing a required parameter : refresh_token');
      const sellerId = tokens.sellerForRefreshToken(refreshToken);
      if (!sellerId) return lwaError(400, 'invalid_grant', 'The request has an invalid grant parameter : refresh_token');
      return bearer(tokens.issueAccessToken({ kind: 'lwa', sellerId, piiRoles }, nowMs), { refresh_token: refreshToken });
    }
    case 'authorization_code': {
      const code = form.get('code');
      if (!code) return lwaError(400, 'invalid_request', 'The request is missing a required parameter : code');
      const sellerId = tokens.redeemAuthCode(code, nowMs);
      if (!sellerId) return lwaError(400, 'invalid_grant', 'The request has an invalid grant parameter : code');
      const refreshToken = tokens.issueRefreshToken(sellerId);
      return bearer(tokens.issueAccessToken({ kind: 'lwa', sellerId, piiRoles }, nowMs), { refresh_token: refreshToken });
    }
    case 'client_credentials': {
      const scope = form.get('scope') ?? '';
      if (!GRANTLESS_SCOPES.has(scope)) return lwaError(400, 'invalid_scope', 'An unknown scope was requested');
      return bearer(tokens.issueAccessToken({ kind: 'grantless', scope }, nowMs), { scope });
    }
    default:
      return lwaError(400, 'unsupported_grant_type', `Invalid grant_type: ${grantType}`);
  }
}
