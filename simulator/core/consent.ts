/**
 * The seller's side of website authorization: Seller Central's consent page. GET shows the
 * page; POST (its Confirm button) redirects to the app's redirect_uri with a one-time
 * spapi_oauth_code that the app exchanges at /auth/o2/token.
 */
import { DEMO_APPLICATION_ID } from './demo-credentials.js';

export interface ConsentPageInput {
  applicationId: string;
  state: string;
  redirectUri: string;
  sellers: Array<{ sellerId: string; name: string; region: string }>;
}

export const NEW_SELLER_CHOICE = 'new';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export function consentProblem(params: URLSearchParams): string | undefined {
  if (params.get('application_id') !== DEMO_APPLICATION_ID) return 'Unknown application_id. The simulator only knows its demo application.';
  const redirect = params.get('redirect_uri');
  if (!redirect) return 'redirect_uri is required.';
  try {
    const url = new URL(redirect);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'redirect_uri must be an http(s) URL.';
  } catch {
    return 'redirect_uri must be an absolute URL.';
  }
  return undefined;
}

export function renderConsentPage(input: ConsentPageInput): string {
  const options = input.sellers
    .map((s) => `<option value="${escapeHtml(s.sellerId)}">${escapeHtml(s.name)} (${escapeHtml(s.sellerId)}, ${s.region.toUpperCase()})</option>`)
    .join('\n        ');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Authorize Seller Ops Dashboard (SP-API simulator)</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5}
label{display:block;font-weight:600;margin:1rem 0 .25rem}select,button{font-size:1rem;padding:.5rem}
button{margin-top:1.5rem;background:#ffd814;border:1px solid #fcd200;border-radius:.5rem;cursor:pointer}
button:focus-visible,select:focus-visible{outline:3px solid #007185;outline-offset:2px}</style></head>
<body>
<main>
  <h1>Authorize application</h1>
  <p>The application <strong>${escapeHtml(input.applicationId)}</strong> asks for access to your selling account through the Selling Partner API. This page is served by the SP-API simulator.</p>
  <form method="post" action="/apps/authorize/consent">
    <input type="hidden" name="application_id" value="${escapeHtml(input.applicationId)}">
    <input type="hidden" name="state" value="${escapeHtml(input.state)}">
    <input type="hidden" name="redirect_uri" value="${escapeHtml(input.redirectUri)}">
    <input type="hidden" name="version" value="beta">
    <label for="selling_partner_id">Selling account to authorize</label>
    <select id="selling_partner_id" name="selling_partner_id">
        ${options}
        <option value="${NEW_SELLER_CHOICE}">A new seller (North America, with seeded data)</option>
    </select>
    <button type="submit">Confirm</button>
  </form>
</main>
</body>
</html>`;
}

export function renderConsentError(message: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Authorization error</title></head>
<body><main><h1>Authorization error</h1><p role="alert">${escapeHtml(message)}</p></main></body></html>`;
}
