import { boolean, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';
import { workspaces } from './workspaces';

/** An Amazon selling account connected to a workspace, in one region. */
export const sellerAccounts = pgTable(
  'seller_accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    sellingPartnerId: text('selling_partner_id').notNull(),
    region: text('region', { enum: ['na', 'eu', 'fe'] }).notNull(),
    name: text('name').notNull(),
    /** AES-256-GCM sealed (lib/crypto/secret-box.ts), bound to the account id. Null once disconnected. */
    refreshTokenSealed: text('refresh_token_sealed'),
    connectedAt: timestamp('connected_at', { withTimezone: true }).notNull().defaultNow(),
    connectedBy: uuid('connected_by').references(() => users.id, { onDelete: 'set null' }),
    disconnectedAt: timestamp('disconnected_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('seller_accounts_workspace_partner_region').on(t.workspaceId, t.sellingPartnerId, t.region)],
);

/** The marketplaces an account sells in, from getMarketplaceParticipations. */
export const sellerAccountMarketplaces = pgTable(
  'seller_account_marketplaces',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => sellerAccounts.id, { onDelete: 'cascade' }),
    marketplaceId: text('marketplace_id').notNull(),
    countryCode: text('country_code').notNull(),
    name: text('name').notNull(),
    currencyCode: text('currency_code').notNull(),
    domainName: text('domain_name').notNull(),
    participating: boolean('participating').notNull(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.marketplaceId] })],
);

/** The `state` of a website authorization in progress: single use, short-lived, bound to the user who started it. */
export const amazonAuthorizationStates = pgTable(
  'amazon_authorization_states',
  {
    state: text('state').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    region: text('region', { enum: ['na', 'eu', 'fe'] }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('amazon_authorization_states_expires').on(t.expiresAt)],
);
