import { describe, expect, it } from 'vitest';
import { hashInviteToken, INVITE_DAYS, INVITE_PROBLEMS, INVITE_TOKEN_PATTERN, inviteExpiry, inviteStatus, newInviteToken } from './invite-token';

describe('invite tokens', () => {
  it('are 32 random bytes in base64url, different every time', () => {
    const tokens = Array.from({ length: 50 }, () => newInviteToken().token);
    for (const token of tokens) expect(token).toMatch(INVITE_TOKEN_PATTERN);
    expect(Buffer.from(tokens[0]!, 'base64url')).toHaveLength(32);
    expect(new Set(tokens).size).toBe(50);
  });

  it('are stored as a SHA-256 hash that never contains the token', () => {
    const { token, tokenHash } = newInviteToken();
    expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenHash).not.toContain(token);
    expect(hashInviteToken(token)).toBe(tokenHash);
    // One character off is another hash.
    expect(hashInviteToken(`${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`)).not.toBe(tokenHash);
  });

  it(`expire ${INVITE_DAYS} days after they are made`, () => {
    const created = new Date('2026-03-01T10:00:00Z');
    expect(inviteExpiry(created).toISOString()).toBe('2026-03-08T10:00:00.000Z');
  });
});

describe('an invite’s status', () => {
  const expiresAt = new Date('2026-03-08T10:00:00Z');
  const before = new Date('2026-03-08T09:59:59Z');
  const pending = { acceptedAt: null, revokedAt: null, expiresAt };

  it('is pending until the moment it expires, then expired', () => {
    expect(inviteStatus(pending, before)).toBe('pending');
    expect(inviteStatus(pending, expiresAt)).toBe('expired');
  });

  it('says used or revoked rather than expired, whatever the date', () => {
    const later = new Date('2027-01-01T00:00:00Z');
    expect(inviteStatus({ ...pending, acceptedAt: before }, later)).toBe('accepted');
    expect(inviteStatus({ ...pending, revokedAt: before }, later)).toBe('revoked');
    expect(inviteStatus({ ...pending, acceptedAt: before }, before)).toBe('accepted');
  });

  it('has a plain message for every way a link stops working', () => {
    expect(INVITE_PROBLEMS.expired).toMatch(/expired/);
    expect(INVITE_PROBLEMS.accepted).toMatch(/already been used/);
    expect(INVITE_PROBLEMS.revoked).toMatch(/withdrawn/);
    expect(INVITE_PROBLEMS.unknown).toMatch(/not valid/);
  });
});
