/** Amazon's redirect after consent, when Amazon refuses with an oversized message. */
import { NextRequest } from 'next/server';
import { describe, expect, it, vi } from 'vitest';
import { LwaError } from '@/lib/sp-api/errors';

const audit: Array<Record<string, unknown>> = [];
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => ({ id: 'u1', email: 'a@example.com', name: 'A', role: 'admin', workspaceId: 'w1' }) }));
vi.mock('@/db', () => ({ getDb: async () => ({}) }));
vi.mock('@/lib/audit/record', () => ({ recordAudit: async (_db: unknown, entry: Record<string, unknown>) => void audit.push(entry) }));
vi.mock('@/lib/accounts/complete-connection', () => ({
  completeAmazonConnection: async () => {
    throw new LwaError('invalid_grant', 'x'.repeat(100_000), 400);
  },
}));

const { GET } = await import('./route');

describe('GET /api/amazon/callback', () => {
  it("quotes at most 1,000 characters of Amazon's refusal in the redirect and the audit entry", async () => {
    const response = await GET(new NextRequest('http://localhost/api/amazon/callback?state=s&spapi_oauth_code=c&selling_partner_id=A1'));
    expect(response.status).toBe(307);
    const error = new URL(response.headers.get('location')!).searchParams.get('error')!;
    expect(error.length).toBeLessThan(1_100);
    expect(error).toMatch(/^Amazon refused the connection: x+… \(truncated\)$/);
    expect(audit.at(-1)).toMatchObject({ result: 'error', detail: { message: error } });
  });
});
