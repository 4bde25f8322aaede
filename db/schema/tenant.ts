/**
 * The owners of a row: its workspace and, for per-seller data, its seller account. Every
 * table scopes its queries by these, and deleting a workspace or account deletes its rows.
 */
import { uuid } from 'drizzle-orm/pg-core';
import { sellerAccounts } from './accounts';
import { workspaces } from './workspaces';

export const workspaceId = () =>
  uuid('workspace_id')
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' });

export const accountId = () =>
  uuid('account_id')
    .notNull()
    .references(() => sellerAccounts.id, { onDelete: 'cascade' });
