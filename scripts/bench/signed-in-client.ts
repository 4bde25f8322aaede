/**
 * An HTTP client signed in to the dashboard the way the sign-in form does it: next-auth's
 * credentials flow (CSRF token, then a form post), keeping the cookies it sets.
 */
import { performance } from 'node:perf_hooks';

export interface TimedPage {
  status: number;
  html: string;
  /** From sending the request until the whole body has been read. */
  ms: number;
}

export interface SignedInClient {
  get(pathAndQuery: string): Promise<TimedPage>;
}

class CookieJar {
  private readonly cookies = new Map<string, string>();

  absorb(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      if (eq > 0) this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }

  has(predicate: (name: string) => boolean) {
    return [...this.cookies.keys()].some(predicate);
  }

  header() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

export async function signIn(baseUrl: string, credentials: { email: string; password: string }): Promise<SignedInClient> {
  const jar = new CookieJar();
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  jar.absorb(csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };

  const signInResponse = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.header() },
    // As next-auth/react's signIn('credentials', { redirect: false }) sends it.
    body: new URLSearchParams({ ...credentials, csrfToken, callbackUrl: `${baseUrl}/orders`, json: 'true' }),
    redirect: 'manual',
  });
  jar.absorb(signInResponse);
  const answer = await signInResponse.text();
  if (!jar.has((name) => name.endsWith('next-auth.session-token'))) {
    throw new Error(`sign-in failed (HTTP ${signInResponse.status}): ${answer.slice(0, 300)}`);
  }

  return {
    async get(pathAndQuery) {
      const started = performance.now();
      const response = await fetch(`${baseUrl}${pathAndQuery}`, { headers: { cookie: jar.header() }, redirect: 'manual' });
      const html = await response.text();
      return { status: response.status, html, ms: performance.now() - started };
    },
  };
}
