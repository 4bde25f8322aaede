/** The boxes a workspace saved by name, offered on every packing group's box table. */
import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { boxTemplates } from '@/db/schema';
import { UserFacingError } from '@/lib/user-facing-error';

export type BoxTemplate = Pick<typeof boxTemplates.$inferSelect, 'id' | 'name' | 'unit' | 'length' | 'width' | 'height' | 'weightUnit' | 'weight'>;

export async function listBoxTemplates(db: Db, workspaceId: string): Promise<BoxTemplate[]> {
  return db
    .select({
      id: boxTemplates.id,
      name: boxTemplates.name,
      unit: boxTemplates.unit,
      length: boxTemplates.length,
      width: boxTemplates.width,
      height: boxTemplates.height,
      weightUnit: boxTemplates.weightUnit,
      weight: boxTemplates.weight,
    })
    .from(boxTemplates)
    .where(eq(boxTemplates.workspaceId, workspaceId))
    .orderBy(asc(boxTemplates.name));
}

/** Saves the box under its name; saving a name again replaces that box's size and weight. */
export async function saveBoxTemplate(db: Db, workspaceId: string, userId: string | null, box: Omit<BoxTemplate, 'id'>): Promise<{ replaced: boolean }> {
  const [row] = await db
    .insert(boxTemplates)
    .values({ workspaceId, createdBy: userId, ...box })
    .onConflictDoUpdate({
      target: [boxTemplates.workspaceId, boxTemplates.name],
      set: { unit: box.unit, length: box.length, width: box.width, height: box.height, weightUnit: box.weightUnit, weight: box.weight },
    })
    // xmax is 0 for a row this statement inserted, not 0 for one it updated.
    .returning({ inserted: sql<boolean>`(xmax = 0)` });
  return { replaced: !row?.inserted };
}

export async function deleteBoxTemplate(db: Db, workspaceId: string, templateId: string): Promise<string> {
  const [row] = await db
    .delete(boxTemplates)
    .where(and(eq(boxTemplates.id, templateId), eq(boxTemplates.workspaceId, workspaceId)))
    .returning({ name: boxTemplates.name });
  if (!row) throw new UserFacingError('That saved box no longer exists.');
  return row.name;
}
