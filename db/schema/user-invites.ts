import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ROLES } from './roles';
import { workspaceId } from './tenant';
import { users } from './users';

/**
 * Invitations by link: an owner or admin names an email and a role, and whoever opens the link
 * before it expires sets a name and password and joins with that role. Only a hash of the
 * link's token is stored, so the table cannot be read back into working links; an invite is
 * used once (`accepted_at`), and can be revoked until then.
 */
export const userInvites = pgTable(
  'user_invites',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceId(),
    /** Stored lower-cased, as users.email. */
    email: text('email').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    /** SHA-256 of the token in the link, hex (lib/users/invite-token.ts). */
    tokenHash: text('token_hash').notNull(),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    acceptedUserId: uuid('accepted_user_id').references(() => users.id, { onDelete: 'set null' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('user_invites_token_hash').on(t.tokenHash), index('user_invites_workspace_created').on(t.workspaceId, t.createdAt)],
);
