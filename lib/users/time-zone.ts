/**
 * The time zone a user reads dates in: their own choice (settings), else the browser's (a
 * cookie the dashboard sets from the browser), else UTC. Marketplace days (ship-by) are the
 * marketplace's own and do not follow it (lib/format.ts, formatDayIn).
 */
import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { users } from '@/db/schema';
import { isTimeZone } from './time-zone-names';

/** The cookie the browser's zone travels in (set by components/shell/browser-time-zone.tsx). */
export const BROWSER_TIME_ZONE_COOKIE = 'tz';

export const timeZoneInput = z.object({
  // '' = follow the browser.
  timeZone: z
    .string()
    .max(64)
    .refine((v) => v === '' || isTimeZone(v), 'Choose a time zone from the list.')
    .transform((v) => v || null),
});

export async function savedTimeZone(db: Db, userId: string): Promise<string | null> {
  const [row] = await db.select({ timeZone: users.timeZone }).from(users).where(eq(users.id, userId)).limit(1);
  return row?.timeZone && isTimeZone(row.timeZone) ? row.timeZone : null;
}

export async function saveTimeZone(db: Db, userId: string, timeZone: string | null): Promise<void> {
  await db.update(users).set({ timeZone }).where(eq(users.id, userId));
}

/** The zone pages render in: the saved one, else the browser's (when it names a real zone), else UTC. */
export function displayTimeZone(saved: string | null, browser: string | undefined): string {
  if (saved) return saved;
  return browser && isTimeZone(browser) ? browser : 'UTC';
}
