/**
 * What an audit entry acted on, in words: "Order 113-… (Acme US)", "User Jane (jane@…)",
 * "Inbound plan “Spring restock”" instead of the raw id or code the entry stores. The entry
 * keeps the raw target (the filter, the page's hover text and any export use it); the words are
 * made when the page is shown, from the names of the rows the targets name (target-names.ts), so
 * a renamed plan or account reads with its current name. The kind of target follows from the
 * action's name, which is how every writer of the log already files it.
 */
import { ROLE_LABELS, type Role } from '@/lib/auth/types';

export type AuditTargetKind =
  'order' | 'user' | 'invite' | 'account' | 'inbound-plan' | 'inbound-shipment' | 'outbound-order' | 'sku' | 'default-threshold' | 'box-template' | 'other';

const SKU_ACTIONS = new Set(['inventory.set-low-stock-threshold', 'inbound.send.set-sku-prep-category', 'inbound.send.set-sku-compliance']);

export function auditTargetKind(action: string): AuditTargetKind {
  if (SKU_ACTIONS.has(action)) return 'sku';
  if (action === 'inventory.set-default-low-stock-threshold') return 'default-threshold';
  if (action.startsWith('orders.')) return 'order';
  if (action.startsWith('users.invite.')) return 'invite';
  if (action.startsWith('users.') || action.startsWith('auth.')) return 'user';
  if (action.startsWith('accounts.') || action.startsWith('sync.')) return 'account';
  if (action.startsWith('inbound.box-template.')) return 'box-template';
  if (action === 'inbound.refresh-shipment') return 'inbound-shipment';
  if (action.startsWith('inbound.send.')) return 'inbound-plan';
  if (action.startsWith('outbound.')) return 'outbound-order';
  return 'other';
}

/** The names the targets of a page of entries point at, keyed by the raw target (or its parts). */
export interface AuditTargetNames {
  users: Map<string, { name: string; email: string; removed: boolean }>;
  invites: Map<string, { email: string; role: Role }>;
  /** Seller account id → the account's name. */
  accounts: Map<string, string>;
  /** Amazon order id → the name of the account it belongs to. */
  orders: Map<string, string>;
  /** Send to Amazon plan id → the plan's name. */
  inboundPlans: Map<string, string>;
  /** Inbound shipment id → its name, when it has one. */
  inboundShipments: Map<string, string>;
  boxTemplates: Map<string, string>;
}

export const emptyAuditTargetNames = (): AuditTargetNames => ({
  users: new Map(),
  invites: new Map(),
  accounts: new Map(),
  orders: new Map(),
  inboundPlans: new Map(),
  inboundShipments: new Map(),
  boxTemplates: new Map(),
});

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A uuid nobody can name any more: its first block is enough to tell two apart. */
const shortId = (id: string) => (UUID_PATTERN.test(id) ? `${id.slice(0, 8)}…` : id);

/** The entry's target in words; null when the entry has none. */
export function auditTargetLabel(entry: { action: string; target: string | null }, names: AuditTargetNames): string | null {
  const raw = entry.target;
  if (!raw) return null;
  switch (auditTargetKind(entry.action)) {
    case 'order': {
      // A bulk action files every order it acted on: `113-…, 114-…`.
      if (raw.includes(', ')) return `Orders ${raw}`;
      const account = names.orders.get(raw);
      return account ? `Order ${raw} (${account})` : `Order ${raw}`;
    }
    case 'user': {
      const user = names.users.get(raw);
      if (!user) return `User ${shortId(raw)}`;
      return `User ${user.name} (${user.email})${user.removed ? ', removed' : ''}`;
    }
    case 'invite': {
      const invite = names.invites.get(raw);
      return invite ? `Invite for ${invite.email} (${ROLE_LABELS[invite.role]})` : `Invite ${shortId(raw)}`;
    }
    case 'account': {
      const account = names.accounts.get(raw);
      return account ? `Amazon account ${account}` : `Amazon account ${shortId(raw)}`;
    }
    case 'inbound-plan': {
      const plan = names.inboundPlans.get(raw);
      return plan ? `Inbound plan “${plan}”` : `Inbound plan ${shortId(raw)}`;
    }
    case 'inbound-shipment': {
      const name = names.inboundShipments.get(raw);
      return name ? `Inbound shipment ${raw} (${name})` : `Inbound shipment ${raw}`;
    }
    case 'outbound-order': {
      // Stored as `<account id>/<seller fulfillment order id>`.
      const slash = raw.indexOf('/');
      if (slash < 0) return `Outbound order ${raw}`;
      const orderId = raw.slice(slash + 1);
      const account = names.accounts.get(raw.slice(0, slash));
      return account ? `Outbound order ${orderId} (${account})` : `Outbound order ${orderId}`;
    }
    case 'sku':
      return `SKU ${raw}`;
    case 'default-threshold':
      return 'Default low-stock threshold';
    case 'box-template': {
      // Saving files the box under its name, deleting under its id.
      if (!UUID_PATTERN.test(raw)) return `Saved box “${raw}”`;
      const name = names.boxTemplates.get(raw);
      return name ? `Saved box “${name}”` : 'Saved box (since deleted)';
    }
    case 'other':
      return raw;
  }
}
