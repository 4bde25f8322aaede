/** Boxes a workspace packs inbound stock in, saved by name so their size and weight are typed once. */
import { doublePrecision, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';
import { workspaceId } from './tenant';

export const boxTemplates = pgTable(
  'box_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceId(),
    name: text('name').notNull(),
    /** 'IN' or 'CM', as Amazon's box dimensions take them. */
    unit: text('unit').$type<'IN' | 'CM'>().notNull(),
    length: doublePrecision('length').notNull(),
    width: doublePrecision('width').notNull(),
    height: doublePrecision('height').notNull(),
    /** 'LB' or 'KG'. */
    weightUnit: text('weight_unit').$type<'LB' | 'KG'>().notNull(),
    weight: doublePrecision('weight').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('box_templates_workspace_name').on(t.workspaceId, t.name)],
);
