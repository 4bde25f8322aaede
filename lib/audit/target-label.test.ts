import { describe, expect, it } from 'vitest';
import { auditTargetKind, auditTargetLabel, emptyAuditTargetNames } from './target-label';

const USER = '6f1c2a34-1111-4222-8333-444455556666';
const ACCOUNT = '0a1b2c3d-1111-4222-8333-444455556666';
const PLAN = '9e8d7c6b-1111-4222-8333-444455556666';
const INVITE = '12345678-1111-4222-8333-444455556666';

const names = emptyAuditTargetNames();
names.users.set(USER, { name: 'Jane Doe', email: 'jane@acme.example', removed: false });
names.accounts.set(ACCOUNT, 'Acme US');
names.orders.set('113-1234567-7654321', 'Acme US');
names.inboundPlans.set(PLAN, 'Spring restock');
names.inboundShipments.set('FBA15ABC', 'Box 1 to PHX7');
names.invites.set(INVITE, { email: 'new@acme.example', role: 'operator' });

const label = (action: string, target: string | null) => auditTargetLabel({ action, target }, names);

describe('audit targets in words', () => {
  it('names orders with their account', () => {
    expect(label('orders.refresh', '113-1234567-7654321')).toBe('Order 113-1234567-7654321 (Acme US)');
    expect(label('orders.confirm-shipment.automatic', '113-0000000-0000000')).toBe('Order 113-0000000-0000000');
    // A bulk action files every order it acted on.
    expect(label('orders.bulk.fulfill-with-fba', '113-1234567-7654321, 114-0000000-0000000')).toBe('Orders 113-1234567-7654321, 114-0000000-0000000');
  });

  it('names users by name and email, and says when they were removed', () => {
    expect(label('users.change-role', USER)).toBe('User Jane Doe (jane@acme.example)');
    expect(label('auth.change-password', USER)).toBe('User Jane Doe (jane@acme.example)');
    const removed = emptyAuditTargetNames();
    removed.users.set(USER, { name: 'Jane Doe', email: 'jane@acme.example', removed: true });
    expect(auditTargetLabel({ action: 'users.remove', target: USER }, removed)).toBe('User Jane Doe (jane@acme.example), removed');
    expect(auditTargetLabel({ action: 'users.remove', target: USER }, emptyAuditTargetNames())).toBe('User 6f1c2a34…');
  });

  it('names invites by their email and role', () => {
    expect(label('users.invite.create', INVITE)).toBe('Invite for new@acme.example (Operator)');
    expect(label('users.invite.accept', INVITE)).toBe('Invite for new@acme.example (Operator)');
  });

  it('names accounts, plans, shipments and outbound orders', () => {
    expect(label('accounts.disconnect', ACCOUNT)).toBe('Amazon account Acme US');
    expect(label('sync.run-now', ACCOUNT)).toBe('Amazon account Acme US');
    expect(label('inbound.send.choose-packing', PLAN)).toBe('Inbound plan “Spring restock”');
    expect(label('inbound.send.cancel', INVITE)).toBe('Inbound plan 12345678…');
    expect(label('inbound.refresh-shipment', 'FBA15ABC')).toBe('Inbound shipment FBA15ABC (Box 1 to PHX7)');
    expect(label('outbound.cancel', `${ACCOUNT}/MCF-1001`)).toBe('Outbound order MCF-1001 (Acme US)');
    expect(label('outbound.cancel', 'MCF-1001')).toBe('Outbound order MCF-1001');
  });

  it('names SKUs, thresholds and saved boxes', () => {
    expect(label('inventory.set-low-stock-threshold', 'SKU-1')).toBe('SKU SKU-1');
    expect(label('inbound.send.set-sku-prep-category', 'SKU-1')).toBe('SKU SKU-1');
    expect(label('inventory.set-default-low-stock-threshold', 'default')).toBe('Default low-stock threshold');
    expect(label('inbound.box-template.save', 'Big carton')).toBe('Saved box “Big carton”');
    expect(label('inbound.box-template.delete', PLAN)).toBe('Saved box (since deleted)');
  });

  it('leaves unknown kinds as they are, and no target as none', () => {
    expect(label('seed.note', 'something-raw')).toBe('something-raw');
    expect(label('orders.refresh', null)).toBeNull();
    expect(auditTargetKind('settings.confirm-shipment-mode')).toBe('other');
  });
});
