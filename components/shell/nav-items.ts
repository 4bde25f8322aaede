import type { Role } from '@/lib/auth/types';

export interface NavItem {
  href: string;
  label: string;
  /** Hidden from roles below this one; the page checks again for itself. */
  role?: Role;
}

export const NAV_ITEMS: NavItem[] = [
  { href: '/orders', label: 'Orders' },
  { href: '/inventory', label: 'Inventory' },
  { href: '/outbound', label: 'Outbound' },
  { href: '/inbound', label: 'Inbound' },
  { href: '/settings', label: 'Settings' },
];
