/** The ship-from addresses a workspace keeps for its Send to Amazon plans. */
import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { shipFromAddresses, type ShipFromAddress } from '@/db/schema';
import { UserFacingError } from '@/lib/user-facing-error';

/** A saved address as the plan form and Amazon's request use it. */
export function addressFromRow(row: typeof shipFromAddresses.$inferSelect): ShipFromAddress {
  return {
    name: row.name,
    addressLine1: row.addressLine1,
    addressLine2: row.addressLine2 ?? undefined,
    districtOrCounty: row.districtOrCounty ?? undefined,
    city: row.city,
    stateOrProvinceCode: row.stateOrProvinceCode,
    countryCode: row.countryCode,
    postalCode: row.postalCode,
  };
}

/**
 * Saves a ship-from address for the workspace's next plans, once (compared by addressKey); saving
 * it again with a phone number adds the number.
 */
export async function saveShipFromAddress(db: Db, workspaceId: string, userId: string | null, a: ShipFromAddress, phoneNumber?: string): Promise<void> {
  const insert = db.insert(shipFromAddresses).values({
    workspaceId,
    createdBy: userId,
    name: a.name,
    addressLine1: a.addressLine1,
    addressLine2: a.addressLine2 ?? null,
    districtOrCounty: a.districtOrCounty ?? null,
    city: a.city,
    stateOrProvinceCode: a.stateOrProvinceCode,
    countryCode: a.countryCode,
    postalCode: a.postalCode,
    phoneNumber: phoneNumber ?? null,
    addressKey: addressKey(a),
  });
  const target = [shipFromAddresses.workspaceId, shipFromAddresses.addressKey];
  await (phoneNumber ? insert.onConflictDoUpdate({ target, set: { phoneNumber } }) : insert.onConflictDoNothing({ target }));
}

/** The same address typed twice (case, spacing) gives the same key: saved once per workspace. */
export function addressKey(a: ShipFromAddress): string {
  const norm = (v: string | undefined) => (v ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
  return [a.name, a.addressLine1, a.addressLine2, a.districtOrCounty, a.city, a.stateOrProvinceCode, a.countryCode, a.postalCode].map(norm).join('|');
}

/** The saved address chosen in the form, or the new one typed (saved only once Amazon accepted the plan). */
export async function resolveShipFrom(db: Db, workspaceId: string, input: { savedAddressId?: string; newAddress?: ShipFromAddress }): Promise<ShipFromAddress> {
  if (input.savedAddressId) {
    const [saved] = await db
      .select()
      .from(shipFromAddresses)
      .where(and(eq(shipFromAddresses.id, input.savedAddressId), eq(shipFromAddresses.workspaceId, workspaceId)));
    if (!saved) throw new UserFacingError('Check the highlighted fields.', { shipFromAddressId: ['That saved address no longer exists.'] });
    return addressFromRow(saved);
  }
  return input.newAddress!;
}

export async function listShipFromAddresses(db: Db, workspaceId: string) {
  return db.select().from(shipFromAddresses).where(eq(shipFromAddresses.workspaceId, workspaceId)).orderBy(shipFromAddresses.name);
}
