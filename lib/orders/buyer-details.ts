/**
 * The buyer's name and shipping address, fetched from Amazon when a seller asks for them
 * (getOrderAddress and getOrderBuyerInfo, both behind a Restricted Data Token the client
 * requests). They go straight to the person who asked and are never written anywhere: not
 * to the database, not to the audit log, not to the request log.
 */
import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { orders } from '@/db/schema';
import { spApiForAccount } from '@/lib/accounts';
import { askAmazon } from '@/lib/sp-api';
import type { SpApiClient } from '@/lib/sp-api/types';
import type { OrderAddress, OrderBuyerInfo } from '@/lib/sp-api/generated/orders-v0';

export interface BuyerDetails {
  buyerName: string | null;
  buyerEmail: string | null;
  buyerCompanyName: string | null;
  purchaseOrderNumber: string | null;
  address: {
    name: string | null;
    lines: string[];
    city: string | null;
    stateOrRegion: string | null;
    postalCode: string | null;
    countryCode: string | null;
    phone: string | null;
    addressType: string | null;
  } | null;
}

export function reshapeBuyerDetails(address: OrderAddress | undefined, buyer: OrderBuyerInfo | undefined): BuyerDetails {
  const ship = address?.ShippingAddress;
  return {
    buyerName: buyer?.BuyerName ?? null,
    buyerEmail: buyer?.BuyerEmail ?? null,
    buyerCompanyName: address?.BuyerCompanyName ?? null,
    purchaseOrderNumber: buyer?.PurchaseOrderNumber ?? null,
    address: ship
      ? {
          name: ship.Name ?? null,
          lines: [ship.AddressLine1, ship.AddressLine2, ship.AddressLine3].filter((l): l is string => Boolean(l)),
          city: ship.City ?? null,
          stateOrRegion: ship.StateOrRegion ?? null,
          postalCode: ship.PostalCode ?? null,
          countryCode: ship.CountryCode ?? null,
          phone: ship.Phone ?? null,
          addressType: ship.AddressType ?? null,
        }
      : null,
  };
}

/** null when the order is not the workspace's. */
export async function fetchBuyerDetails(
  db: Db,
  workspaceId: string,
  amazonOrderId: string,
  clientFor: (accountId: string) => Promise<SpApiClient> = (accountId) => spApiForAccount(db, workspaceId, accountId),
): Promise<BuyerDetails | null> {
  const [order] = await db
    .select({ accountId: orders.accountId })
    .from(orders)
    .where(and(eq(orders.workspaceId, workspaceId), eq(orders.amazonOrderId, amazonOrderId)))
    .limit(1);
  if (!order) return null;
  const client = await clientFor(order.accountId);
  const [address, buyer] = await askAmazon(() =>
    Promise.all([client.ordersV0.getOrderAddress({ orderId: amazonOrderId }), client.ordersV0.getOrderBuyerInfo({ orderId: amazonOrderId })]),
  );
  return reshapeBuyerDetails(address.payload, buyer.payload);
}
