import 'server-only';
/**
 * Login with Amazon access tokens. One cache entry per (token endpoint, client id, refresh
 * token or grantless scope): a token is reused until 60 s before it expires, and concurrent
 * callers share one in-flight refresh so a burst of requests costs one token request.
 */
import { createHash } from 'node:crypto';
import { LwaError } from './errors';

export type FetchLike = (input: string | URL, init?: RequestInit) => Promise<Response>;

/** Refresh this long before `expires_in` runs out, so a token never expires in flight. */
export const TOKEN_EXPIRY_MARGIN_MS = 60_000;

export interface LwaClientCredentials {
  clientId: string;
  clientSecret: string;
}

export interface LwaTokenManagerOptions extends LwaClientCredentials {
  endpoint: string;
  fetch?: FetchLike | undefined;
  now?: (() => number) | undefined;
  timeoutMs?: number | undefined;
}

interface CachedToken {
  accessToken: string;
  expiresAtMs: number;
}

interface TokenResponse {
  access_token?: unknown;
  refresh_token?: unknown;
  expires_in?: unknown;
  error?: unknown;
  error_description?: unknown;
}

export interface AuthorizationCodeResult {
  refreshToken: string;
  accessToken: string;
  expiresInSeconds: number;
}

// Cache keys hold a hash, never the refresh token itself, so a heap dump or a debug print of
// the map leaks nothing usable.
const fingerprint = (secret: string) => createHash('sha256').update(secret).digest('base64url').slice(0, 22);

export class LwaTokenManager {
  private readonly cache = new Map<string, CachedToken>();
  private readonly inFlight = new Map<string, Promise<CachedToken>>();
  private readonly fetchImpl: FetchLike;
  private readonly now: () => number;
  /** Token requests sent; tests use it to check single-flight. */
  tokenRequests = 0;

  constructor(private readonly options: LwaTokenManagerOptions) {
    this.fetchImpl = options.fetch ?? fetch;
    this.now = options.now ?? Date.now;
  }

  /** An access token for the seller behind `refreshToken`. */
  accessToken(refreshToken: string): Promise<string> {
    return this.cached(`refresh:${fingerprint(refreshToken)}`, () => ({ grant_type: 'refresh_token', refresh_token: refreshToken }));
  }

  /** A grantless token (client_credentials) for operations that act for the app, not a seller. */
  grantlessToken(scope: string): Promise<string> {
    return this.cached(`scope:${scope}`, () => ({ grant_type: 'client_credentials', scope }));
  }

  /**
   * Drops a cached token that SP-API called expired. Only drops it if it is still the one
   * cached, so one stale request cannot throw away a token another caller just refreshed.
   */
  invalidate(accessToken: string): void {
    for (const [key, entry] of this.cache) if (entry.accessToken === accessToken) this.cache.delete(key);
  }

  /** Website authorization workflow: trade the `spapi_oauth_code` for the seller's refresh token. */
  async exchangeAuthorizationCode(code: string, redirectUri: string): Promise<AuthorizationCodeResult> {
    const body = await this.requestToken({ grant_type: 'authorization_code', code, redirect_uri: redirectUri });
    if (typeof body.refresh_token !== 'string') throw new LwaError('malformed_response', 'Login with Amazon returned no refresh token.', 200);
    const token = this.toCachedToken(body);
    return { refreshToken: body.refresh_token, accessToken: token.accessToken, expiresInSeconds: Math.round((token.expiresAtMs - this.now()) / 1000) };
  }

  private async cached(key: string, form: () => Record<string, string>): Promise<string> {
    const hit = this.cache.get(key);
    if (hit && hit.expiresAtMs - TOKEN_EXPIRY_MARGIN_MS > this.now()) return hit.accessToken;
    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = this.requestToken(form())
        .then((body) => this.toCachedToken(body))
        .then((token) => {
          this.cache.set(key, token);
          return token;
        })
        .finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, pending);
    }
    return (await pending).accessToken;
  }

  private toCachedToken(body: TokenResponse): CachedToken {
    if (typeof body.access_token !== 'string' || typeof body.expires_in !== 'number') {
      throw new LwaError('malformed_response', 'Login with Amazon returned no access token.', 200);
    }
    return { accessToken: body.access_token, expiresAtMs: this.now() + body.expires_in * 1000 };
  }

  private async requestToken(form: Record<string, string>): Promise<TokenResponse> {
    this.tokenRequests += 1;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.options.timeoutMs ?? 15_000);
    let response: Response;
    let text: string;
    try {
      response = await this.fetchImpl(this.options.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8' },
        body: new URLSearchParams({ ...form, client_id: this.options.clientId, client_secret: this.options.clientSecret }).toString(),
        signal: controller.signal,
      });
      text = await response.text();
    } catch (cause) {
      throw new LwaError('network_error', 'Could not reach Login with Amazon.', 0, { cause });
    } finally {
      clearTimeout(timer);
    }
    let body: TokenResponse;
    try {
      body = JSON.parse(text) as TokenResponse;
    } catch {
      throw new LwaError(
        response.ok ? 'malformed_response' : 'server_error',
        `Login with Amazon answered HTTP ${response.status} without JSON.`,
        response.status,
      );
    }
    if (!response.ok) {
      const code = typeof body.error === 'string' ? body.error : 'server_error';
      const description = typeof body.error_description === 'string' ? body.error_description : `HTTP ${response.status}`;
      throw new LwaError(code, `Login with Amazon refused the token request: ${description}`, response.status);
    }
    return body;
  }
}

const sharedManagers = new Map<string, LwaTokenManager>();

/**
 * The process-wide manager for one app's credentials, so clients created per request still
 * share cached tokens. Tests that inject `fetch` or `now` build their own manager instead.
 */
export function sharedLwaTokenManager(options: LwaTokenManagerOptions): LwaTokenManager {
  if (options.fetch || options.now) return new LwaTokenManager(options);
  const key = `${options.endpoint}|${options.clientId}|${fingerprint(options.clientSecret)}`;
  let manager = sharedManagers.get(key);
  if (!manager) {
    manager = new LwaTokenManager(options);
    sharedManagers.set(key, manager);
  }
  return manager;
}
