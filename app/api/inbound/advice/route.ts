/**
 * Inbound guidance and prep/label requirements for the SKUs being picked on the New plan form.
 * The query is checked before Amazon is asked: at most 50 SKUs of at most 40 characters (the
 * models' SellerSKUList maxItems and Amazon's SKU limit), a marketplace of the user's accounts.
 * Operators and above only, like the form: the advice costs SP-API quota.
 */
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { getDb } from '@/db';
import { spApiForAccount, listSellerAccounts } from '@/lib/accounts';
import { routeUser } from '@/lib/auth';
import { adviseSkus, errorResponse } from '@/lib/inbound';
import { MARKETPLACE_ID, SELLER_SKU_MAX_LENGTH } from '@/lib/validation/amazon-identifiers';
import { textField } from '@/lib/validation/text-input';

/** getInboundGuidance and getPrepInstructions take at most 50 SKUs (SellerSKUList maxItems). */
const MAX_SKUS = 50;
const noStore = { 'cache-control': 'no-store' };

const query = z.object({
  accountId: z.uuid(),
  marketplaceId: z.string().regex(MARKETPLACE_ID),
  skus: textField({ max: MAX_SKUS * (SELLER_SKU_MAX_LENGTH + 1) })
    .default('')
    .transform((list) => list.split(',').filter(Boolean))
    .pipe(z.array(z.string().max(SELLER_SKU_MAX_LENGTH)).max(MAX_SKUS)),
  // The destination country as the seller types it: anything but two letters means the marketplace's own.
  country: z
    .string()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
});

export async function GET(request: Request) {
  const user = await routeUser('operator');
  if (user instanceof Response) return user;
  const parsed = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) {
    return NextResponse.json(
      { error: `Pick at most ${MAX_SKUS} SKUs of your inventory (a SKU has at most ${SELLER_SKU_MAX_LENGTH} characters).` },
      { status: 400, headers: noStore },
    );
  }
  const { accountId, marketplaceId, skus, country } = parsed.data;
  const db = await getDb();
  const account = (await listSellerAccounts(db, user.workspaceId)).find((a) => a.id === accountId);
  const marketplace = account?.marketplaces.find((m) => m.marketplaceId === marketplaceId);
  if (!account || !marketplace) return NextResponse.json({ error: 'Choose one of your accounts and marketplaces.' }, { status: 404, headers: noStore });
  try {
    const client = await spApiForAccount(db, user.workspaceId, accountId);
    return NextResponse.json(
      { advice: await adviseSkus(client, { marketplaceId, countryCode: country ?? marketplace.countryCode, skus }) },
      { headers: noStore },
    );
  } catch (error) {
    return errorResponse(error);
  }
}
