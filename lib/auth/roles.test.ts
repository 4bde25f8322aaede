import { describe, expect, it } from 'vitest';
import { canAssignRole, hasRole } from './roles';

describe('roles', () => {
  it('orders roles so that each includes the ones below', () => {
    expect(hasRole('owner', 'admin')).toBe(true);
    expect(hasRole('admin', 'operator')).toBe(true);
    expect(hasRole('operator', 'viewer')).toBe(true);
    expect(hasRole('viewer', 'operator')).toBe(false);
    expect(hasRole('operator', 'admin')).toBe(false);
    expect(hasRole('admin', 'owner')).toBe(false);
  });

  it('lets only an owner grant or take away the owner role', () => {
    expect(canAssignRole('owner', 'viewer', 'owner')).toBe(true);
    expect(canAssignRole('admin', 'viewer', 'owner')).toBe(false);
    expect(canAssignRole('admin', 'owner', 'viewer')).toBe(false);
    expect(canAssignRole('admin', 'viewer', 'admin')).toBe(true);
    expect(canAssignRole('operator', 'viewer', 'operator')).toBe(false);
  });
});
