/** Warehouse addresses a workspace ships inbound stock from, saved so a plan can reuse them. */
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';
import { workspaceId } from './tenant';

export const shipFromAddresses = pgTable(
  'ship_from_addresses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceId(),
    name: text('name').notNull(),
    addressLine1: text('address_line1').notNull(),
    addressLine2: text('address_line2'),
    districtOrCounty: text('district_or_county'),
    city: text('city').notNull(),
    stateOrProvinceCode: text('state_or_province_code').notNull(),
    countryCode: text('country_code').notNull(),
    postalCode: text('postal_code').notNull(),
    /** Amazon's 2024-03-20 inbound API requires a phone number with the address. */
    phoneNumber: text('phone_number'),
    /** The address normalised (trimmed, case-folded, spaces collapsed), so saving it twice keeps one row. */
    addressKey: text('address_key'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('ship_from_addresses_workspace').on(t.workspaceId), uniqueIndex('ship_from_addresses_workspace_key').on(t.workspaceId, t.addressKey)],
);
