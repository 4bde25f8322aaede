import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { baseURL } from '../playwright.config';
import { addUser, expectNoPolicyViolations, OWNER, OWNER_STATE, SECTIONS, signIn, uniqueEmail } from './support/helpers';

const nonceOf = (policy: string | undefined) => /'nonce-([^']+)'/.exec(policy ?? '')?.[1];

test('pages carry a fresh CSP nonce on every script, and the other hardening headers', async ({ request }) => {
  const first = await request.get('/sign-in');
  const second = await request.get('/sign-in');
  const nonce = nonceOf(first.headers()['content-security-policy']);
  expect(nonce).toBeTruthy();
  expect(nonceOf(second.headers()['content-security-policy'])).not.toBe(nonce);
  expect(first.headers()['content-security-policy']).toContain("script-src 'self' 'nonce-");
  expect(first.headers()['content-security-policy']).toContain("frame-ancestors 'none'");

  // Next.js puts the request's nonce on every script it sends, inline or not.
  const scripts = (await first.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);

  expect(first.headers()).toMatchObject({
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
  });
  expect(first.headers()['permissions-policy']).toContain('camera=()');
  // Served over plain http here: no HSTS.
  expect(first.headers()['strict-transport-security']).toBeUndefined();
});

test('the owner signs in and visits every section with nothing refused by the policy; the cookie is HttpOnly and SameSite=Lax', async ({ page, context }) => {
  await signIn(page, OWNER.email, OWNER.password);
  await expect(page).toHaveURL(/\/orders$/);
  for (const section of SECTIONS) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: section.label }).click();
    await expect(page.getByRole('heading', { name: section.label, level: 1 })).toBeVisible();
  }
  await expectNoPolicyViolations(page);
  const session = (await context.cookies()).find((c) => c.name.endsWith('next-auth.session-token'));
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false });
});

test('the dashboard listens on loopback only', async () => {
  const port = Number(new URL(baseURL).port);
  const external = Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && !a.internal && !a.address.startsWith('fe80'))
    .map((a) => a!.address);
  test.skip(external.length === 0, 'this machine has no network interface besides loopback');
  const answers = (host: string) =>
    new Promise<boolean>((resolve) => {
      const socket = connect({ host, port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
  expect(await answers('127.0.0.1')).toBe(true);
  for (const address of external) expect(await answers(address), `listening on ${address}`).toBe(false);
});

test.describe('as the owner', () => {
  test.use({ storageState: OWNER_STATE });

  /** A new operator, signed in on a browser of their own. */
  async function operatorSignedIn(ownerPage: Page, browser: Browser) {
    const operator = { name: 'Sam Session', email: uniqueEmail('session'), role: 'Operator', password: 'operator password 2' };
    await addUser(ownerPage, operator);
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    await signIn(page, operator.email, operator.password);
    await expect(page).toHaveURL(/\/orders$/);
    return { operator, context, page };
  }

  test('"Sign out everywhere" ends every session of the user, and old session cookies stop working', async ({ page: ownerPage, browser }) => {
    const { operator, context: laptop, page } = await operatorSignedIn(ownerPage, browser);
    const phone = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const phonePage = await phone.newPage();
    await signIn(phonePage, operator.email, operator.password);
    await expect(phonePage).toHaveURL(/\/orders$/);
    const oldCookies = await phone.cookies();

    await page.getByRole('button', { name: 'Sign out everywhere' }).click();
    await expect(page).toHaveURL(/\/sign-in\?signed-out=everywhere$/);
    await expect(page.getByText('You are signed out on every device.')).toBeVisible();

    await phonePage.goto('/inventory');
    await expect(phonePage).toHaveURL(/\/sign-in$/);
    const replayed = await browser.newContext({ storageState: { cookies: oldCookies, origins: [] } });
    const replayedPage = await replayed.newPage();
    await replayedPage.goto('/orders');
    await expect(replayedPage).toHaveURL(/\/sign-in$/);

    // Signing in again starts a new session.
    await signIn(page, operator.email, operator.password);
    await expect(page).toHaveURL(/\/orders$/);
    await Promise.all([laptop.close(), phone.close(), replayed.close()]);
  });

  test('a server action posted from another origin is refused, and the same request from ours runs', async ({ page: ownerPage, browser }) => {
    const { context, page } = await operatorSignedIn(ownerPage, browser);
    // The browser's own "Sign out everywhere" request, held back so it can be sent again by hand.
    const captured = new Promise<{ url: string; headers: Record<string, string>; body: Buffer }>((resolve) => {
      void page.route('**/orders', async (route) => {
        const request = route.request();
        const headers = await request.allHeaders();
        if (request.method() !== 'POST' || !headers['next-action']) return route.continue();
        resolve({ url: request.url(), headers, body: request.postDataBuffer() ?? Buffer.alloc(0) });
        await route.abort();
      });
    });
    await page.getByRole('button', { name: 'Sign out everywhere' }).click();
    const action = await captured;
    const send = (origin: string) =>
      context.request.post(action.url, {
        headers: {
          'next-action': action.headers['next-action']!,
          'next-router-state-tree': action.headers['next-router-state-tree'] ?? '',
          'content-type': action.headers['content-type']!,
          accept: action.headers.accept ?? 'text/x-component',
          origin,
        },
        data: action.body,
        maxRedirects: 0,
      });

    const forged = await send('https://evil.example');
    expect(forged.status()).toBe(500);
    const stillSignedIn = await context.newPage();
    await stillSignedIn.goto('/orders');
    await expect(stillSignedIn).toHaveURL(/\/orders$/);

    const genuine = await send(new URL(baseURL).origin);
    expect(genuine.status()).toBe(200);
    await stillSignedIn.goto('/orders');
    await expect(stillSignedIn).toHaveURL(/\/sign-in$/);
    await context.close();
  });
});
