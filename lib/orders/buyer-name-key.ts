/**
 * The buyer-name index's key for a database (derived from its data key, lib/accounts), and who
 * may search by buyer name: the people who may see the buyer's name on the order page
 * (operators and above, order-page-actions.ts). For anyone else the search ignores buyer
 * names, so that a match cannot tell them whose order it is.
 */
import 'server-only';
import type { Db } from '@/db/client';
import { secretBox } from '@/lib/accounts';
import { hasRole } from '@/lib/auth';
import type { Role } from '@/db/schema/roles';
import { BuyerNameIndex } from './buyer-name-index';

export async function buyerNameIndexFor(db: Db): Promise<BuyerNameIndex> {
  return BuyerNameIndex.fromSecretBox(await secretBox(db));
}

/**
 * The index for the orders search of someone with `role`: null when they may not see buyer
 * names. Also null, with a log line, when the data key cannot be had (missing or wrong): the
 * list still searches everything else rather than failing.
 */
export async function buyerNameSearchFor(db: Db, role: Role): Promise<BuyerNameIndex | null> {
  if (!hasRole(role, 'operator')) return null;
  try {
    return await buyerNameIndexFor(db);
  } catch (error) {
    console.error('[orders] searching without buyer names: the data key is not available.', error instanceof Error ? error.message : error);
    return null;
  }
}
