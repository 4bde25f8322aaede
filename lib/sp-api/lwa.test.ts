import { describe, expect, it } from 'vitest';
import { LwaTokenManager } from './lwa';

function fakeLwa(expiresIn = 3600) {
  const forms: URLSearchParams[] = [];
  let issued = 0;
  const fetch = async (_url: string | URL, init?: RequestInit) => {
    forms.push(new URLSearchParams(String(init?.body)));
    await new Promise((resolve) => setTimeout(resolve, 5));
    issued += 1;
    return new Response(JSON.stringify({ access_token: `Atza|test.${issued}`, token_type: 'bearer', expires_in: expiresIn }), { status: 200 });
  };
  return { forms, fetch };
}

describe('LwaTokenManager', () => {
  it('shares one in-flight refresh between concurrent callers and caches the result', async () => {
    const lwa = fakeLwa();
    const manager = new LwaTokenManager({ clientId: 'id', clientSecret: 'secret', endpoint: 'https://lwa.test/token', fetch: lwa.fetch, now: () => 0 });
    const tokens = await Promise.all(Array.from({ length: 10 }, () => manager.accessToken('Atzr|test.r1')));
    expect(new Set(tokens)).toEqual(new Set(['Atza|test.1']));
    expect(await manager.accessToken('Atzr|test.r1')).toBe('Atza|test.1');
    expect(lwa.forms).toHaveLength(1);
    expect(Object.fromEntries(lwa.forms[0] ?? [])).toEqual({
      grant_type: 'refresh_token',
      refresh_token: 'Atzr|test.r1',
      client_id: 'id',
      client_secret: 'secret',
    });
  });

  it('refreshes 60 s before expiry, and keeps refresh tokens apart', async () => {
    let now = 0;
    const lwa = fakeLwa();
    const manager = new LwaTokenManager({ clientId: 'id', clientSecret: 'secret', endpoint: 'https://lwa.test/token', fetch: lwa.fetch, now: () => now });
    await manager.accessToken('Atzr|test.r1');
    now = 3_539_000;
    await manager.accessToken('Atzr|test.r1');
    expect(lwa.forms).toHaveLength(1);
    now = 3_541_000;
    expect(await manager.accessToken('Atzr|test.r1')).toBe('Atza|test.2');
    await manager.accessToken('Atzr|test.r2');
    expect(lwa.forms).toHaveLength(3);
  });

  it('drops a token SP-API called expired', async () => {
    const lwa = fakeLwa();
    const manager = new LwaTokenManager({ clientId: 'id', clientSecret: 'secret', endpoint: 'https://lwa.test/token', fetch: lwa.fetch, now: () => 0 });
    const first = await manager.accessToken('Atzr|test.r1');
    manager.invalidate('Atza|test.other'); // a stale token from elsewhere changes nothing
    expect(await manager.accessToken('Atzr|test.r1')).toBe(first);
    manager.invalidate(first);
    expect(await manager.accessToken('Atzr|test.r1')).not.toBe(first);
  });

  it('asks for grantless tokens with client_credentials and the scope', async () => {
    const lwa = fakeLwa();
    const manager = new LwaTokenManager({ clientId: 'id', clientSecret: 'secret', endpoint: 'https://lwa.test/token', fetch: lwa.fetch, now: () => 0 });
    await manager.grantlessToken('sellingpartnerapi::notifications');
    expect(lwa.forms[0]?.get('grant_type')).toBe('client_credentials');
    expect(lwa.forms[0]?.get('scope')).toBe('sellingpartnerapi::notifications');
  });

  it('turns LWA errors and unreachable endpoints into LwaError, and retries after a failure', async () => {
    let fail = true;
    const manager = new LwaTokenManager({
      clientId: 'id',
      clientSecret: 'secret',
      endpoint: 'https://lwa.test/token',
      now: () => 0,
      fetch: async () => {
        if (fail) return new Response(JSON.stringify({ error: 'invalid_grant', error_description: 'bad refresh token' }), { status: 400 });
        return new Response(JSON.stringify({ access_token: 'Atza|test.ok', expires_in: 3600 }), { status: 200 });
      },
    });
    await expect(manager.accessToken('Atzr|test.r1')).rejects.toMatchObject({ name: 'LwaError', code: 'invalid_grant', status: 400 });
    fail = false;
    await expect(manager.accessToken('Atzr|test.r1')).resolves.toBe('Atza|test.ok');
    const offline = new LwaTokenManager({
      clientId: 'id',
      clientSecret: 'secret',
      endpoint: 'https://lwa.test/token',
      fetch: async () => {
        throw new TypeError('fetch failed');
      },
    });
    await expect(offline.accessToken('Atzr|test.r1')).rejects.toMatchObject({ code: 'network_error', status: 0 });
  });
});
