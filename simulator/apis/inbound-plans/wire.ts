/** Records -> the model's response shapes, and the pagination every list operation shares. */
import { invalidInput, type SimRequest } from '../../core/contract.js';
import { single } from '../../core/query-values.js';
import type { Address, Box, Item, Pagination } from '../../../lib/sp-api/generated/fulfillment-inbound-2024-03-20.js';
import type { BoxRecord, InboundPlanRecord, PlanItem } from './records.js';
import type { PrepDetailsStore } from './prep-details.js';
import { PREP_FEE_PER_UNIT } from './prep-details.js';
import { currencyForCountry } from '../inbound/fulfillment-centers.js';

export const iso = (date: Date) => date.toISOString();

/** Pages of `pageSize` (the model's default when absent); the token is the next offset. */
export function paginate<T>(req: SimRequest, all: T[], defaultSize: number): { page: T[]; pagination?: Pagination } {
  const size = Number(single(req.query.pageSize) ?? defaultSize);
  const token = single(req.query.paginationToken);
  const offset = token ? Number.parseInt(Buffer.from(token, 'base64url').toString('utf8'), 10) : 0;
  if (!Number.isInteger(offset) || offset < 0 || offset > all.length) throw invalidInput(`paginationToken ${token} is not valid.`);
  const end = offset + size;
  return {
    page: all.slice(offset, end),
    ...(end < all.length ? { pagination: { nextToken: Buffer.from(String(end)).toString('base64url') } } : {}),
  };
}

export function addressOut(address: InboundPlanRecord['sourceAddress']): Address {
  return address;
}

export function itemOut(item: PlanItem, plan: InboundPlanRecord, prep: PrepDetailsStore): Item {
  const detail = prep.get(plan.sellerId, plan.marketplaceId, item.msku);
  const currency = currencyForCountry(plan.country);
  const prepInstructions = detail.prepTypes
    .filter((type) => type !== 'ITEM_NO_PREP')
    .map((type) => ({
      prepType: type,
      prepOwner: item.prepOwner,
      ...(item.prepOwner === 'AMAZON' ? { fee: { amount: (PREP_FEE_PER_UNIT[type] ?? 0) * item.quantity, code: currency } } : {}),
    }));
  return {
    msku: item.msku,
    asin: item.asin,
    fnsku: item.fnsku,
    quantity: item.quantity,
    labelOwner: item.labelOwner,
    prepInstructions,
    ...(item.expiration ? { expiration: item.expiration } : {}),
    ...(item.manufacturingLotCode ? { manufacturingLotCode: item.manufacturingLotCode } : {}),
  };
}

export function boxOut(box: BoxRecord, plan: InboundPlanRecord, prep: PrepDetailsStore): Box {
  const shipment = box.shipmentId ? plan.shipments.find((s) => s.shipmentId === box.shipmentId) : undefined;
  // setPackingInformation only accepts MSKUs of the plan, so every box item has its plan item.
  const items = box.items.flatMap((input) => {
    const planItem = plan.items.find((i) => i.msku === input.msku);
    return planItem ? [itemOut({ ...planItem, ...input }, plan, prep)] : [];
  });
  return {
    packageId: box.packageId,
    contentInformationSource: box.contentInformationSource,
    dimensions: box.dimensions,
    weight: box.weight,
    quantity: 1,
    ...(box.contentInformationSource === 'BOX_CONTENT_PROVIDED' ? { items } : {}),
    ...(shipment?.confirmationId && box.indexInShipment
      ? {
          boxId: `${shipment.confirmationId}U${String(box.indexInShipment).padStart(6, '0')}`,
          destinationRegion: { countryCode: plan.country, warehouseId: shipment.warehouseId },
        }
      : {}),
  };
}

/** The sum of units per MSKU (and expiration) in a list of item inputs. */
export function unitsByMsku(items: Array<{ msku: string; quantity: number; expiration?: string }>, times = 1): Map<string, number> {
  const units = new Map<string, number>();
  for (const item of items) {
    const key = `${item.msku}|${item.expiration ?? ''}`;
    units.set(key, (units.get(key) ?? 0) + item.quantity * times);
  }
  return units;
}
