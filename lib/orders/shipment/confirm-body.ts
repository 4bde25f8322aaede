/**
 * confirmShipment (Orders v0) bodies: from a shipped FBA package (carrier and tracking number
 * as Amazon's fulfillment network reported them) or from the seller's own form, validated
 * against the model's rules and the order (positive numeric package reference, unique per
 * order; quantities at most what is still unshipped).
 */
import { carrierCodeOf, OTHER_CARRIER } from './carriers';
import { z } from 'zod';
import { afterTextRules, requiredText, textField } from '@/lib/validation/text-input';
import type { ConfirmShipmentRequest } from '@/lib/sp-api/generated/orders-v0';
import type { FulfillmentOrderDetail } from '@/lib/outbound/types';
import type { OrderStatus } from '@/db/schema/order-vocabulary';

export interface PackageToConfirm {
  packageReferenceId: string;
  carrierCode: string;
  carrierName?: string | undefined;
  trackingNumber: string;
  shipDate: Date;
  /** The seller's shipping method (service level), when they name one. */
  shippingMethod?: string | undefined;
  items: Array<{ orderItemId: string; quantity: number }>;
}

export function buildConfirmShipmentBody(marketplaceId: string, pkg: PackageToConfirm): ConfirmShipmentRequest {
  return {
    marketplaceId,
    packageDetail: {
      packageReferenceId: pkg.packageReferenceId,
      carrierCode: pkg.carrierCode,
      ...(pkg.carrierName ? { carrierName: pkg.carrierName } : {}),
      trackingNumber: pkg.trackingNumber,
      shipDate: pkg.shipDate.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      ...(pkg.shippingMethod ? { shippingMethod: pkg.shippingMethod } : {}),
      orderItems: pkg.items.filter((i) => i.quantity > 0).map((i) => ({ orderItemId: i.orderItemId, quantity: i.quantity })),
    },
  };
}

export interface OrderItemShipState {
  orderItemId: string;
  quantityOrdered: number;
  quantityShipped: number;
}

/** An FBA package ready to confirm on the Amazon order, with the FBA ids it came from. */
export interface FbaPackage extends PackageToConfirm {
  packageNumber: number;
  sellerFulfillmentOrderId: string;
}

/**
 * The shipped packages of a fulfillment order that are not confirmed yet, as confirmShipment
 * packages. The MCF line id is the Amazon order item id (see ids.ts), so lines map back
 * directly; quantities are capped at what the order still has unshipped.
 */
export function fbaPackagesToConfirm(
  sellerFulfillmentOrderId: string,
  detail: Pick<FulfillmentOrderDetail, 'shipments'> | null | undefined,
  items: OrderItemShipState[],
  confirmedPackageNumbers: ReadonlySet<number>,
): FbaPackage[] {
  const unshipped = new Map(items.map((i) => [i.orderItemId, Math.max(0, i.quantityOrdered - i.quantityShipped)]));
  const out: FbaPackage[] = [];
  for (const shipment of detail?.shipments ?? []) {
    if (shipment.fulfillmentShipmentStatus !== 'SHIPPED') continue;
    const packages = shipment.fulfillmentShipmentPackage ?? [];
    for (const pkg of packages) {
      if (confirmedPackageNumbers.has(pkg.packageNumber) || !pkg.trackingNumber) continue;
      // Items name their package; a shipment of one package may leave it out.
      const lines = shipment.fulfillmentShipmentItem.filter(
        (i) => i.packageNumber === pkg.packageNumber || (i.packageNumber === undefined && packages.length === 1),
      );
      const orderItems: Array<{ orderItemId: string; quantity: number }> = [];
      for (const line of lines) {
        const left = unshipped.get(line.sellerFulfillmentOrderItemId);
        if (left === undefined) continue;
        const quantity = Math.min(left, line.quantity);
        if (quantity <= 0) continue;
        unshipped.set(line.sellerFulfillmentOrderItemId, left - quantity);
        const same = orderItems.find((o) => o.orderItemId === line.sellerFulfillmentOrderItemId);
        if (same) same.quantity += quantity;
        else orderItems.push({ orderItemId: line.sellerFulfillmentOrderItemId, quantity });
      }
      if (!orderItems.length) continue;
      out.push({
        sellerFulfillmentOrderId,
        packageNumber: pkg.packageNumber,
        packageReferenceId: String(pkg.packageNumber),
        carrierCode: pkg.carrierCode,
        trackingNumber: pkg.trackingNumber,
        shipDate: new Date(shipment.shippingDate ?? Date.now()),
        items: orderItems,
      });
    }
  }
  return out;
}

/** Order status after some units ship, as stored (Amazon's 2026 words): SHIPPED when every unit is out. */
export function statusAfterShipping(items: OrderItemShipState[]): Extract<OrderStatus, 'UNSHIPPED' | 'PARTIALLY_SHIPPED' | 'SHIPPED'> {
  const ordered = items.reduce((n, i) => n + i.quantityOrdered, 0);
  const shipped = items.reduce((n, i) => n + Math.min(i.quantityOrdered, i.quantityShipped), 0);
  if (shipped === 0) return 'UNSHIPPED';
  return shipped >= ordered ? 'SHIPPED' : 'PARTIALLY_SHIPPED';
}

const today = () => new Date();

/**
 * The manual confirmation form. Item quantities come as `quantity.<orderItemId>` fields and
 * are checked against the order by `checkManualQuantities` (the schema cannot know the order).
 */
export const manualConfirmInput = z
  .object({
    orderId: requiredText('Choose an order.', { max: 40 }),
    // A listed carrier, however it was typed ("ups", "Blue Dart"), becomes Amazon's code.
    carrierCode: requiredText('Enter the carrier.', { max: 64 }).transform((typed, ctx) => {
      if (!typed) return typed;
      const code = carrierCodeOf(typed);
      if (code) return code;
      ctx.addIssue({
        code: 'custom',
        message: `“${typed}” is not a carrier Amazon knows. Choose one from the list, or choose Other and type the carrier's name.`,
      });
      return z.NEVER;
    }),
    carrierName: textField({ max: 64 }).optional().default(''),
    trackingNumber: requiredText('Enter the tracking number.', { max: 64 }).regex(/^[A-Za-z0-9-]*$/, {
      message: 'Use letters, digits and hyphens only.',
      ...afterTextRules,
    }),
    shipDate: requiredText('Enter the ship date.', { max: 10, tooLong: 'Enter the ship date as a date.' })
      .regex(/^(\d{4}-\d{2}-\d{2})?$/, { message: 'Enter the ship date as a date.', ...afterTextRules })
      .transform((d, ctx) => {
        const date = new Date(`${d}T12:00:00Z`);
        if (Number.isNaN(date.getTime())) {
          ctx.addIssue({ code: 'custom', message: 'Enter a real date.' });
          return z.NEVER;
        }
        if (date.getTime() - today().getTime() > 36 * 3_600_000) {
          ctx.addIssue({ code: 'custom', message: 'The ship date cannot be in the future.' });
          return z.NEVER;
        }
        return date;
      }),
    packageReferenceId: textField({ max: 9, tooLong: 'Use a positive whole number (Amazon accepts numbers only).' }).regex(/^[1-9]\d{0,8}$/, {
      message: 'Use a positive whole number (Amazon accepts numbers only).',
      ...afterTextRules,
    }),
  })
  .catchall(z.string())
  .refine((v) => v.carrierCode !== OTHER_CARRIER || v.carrierName.length > 0, { path: ['carrierName'], message: 'Name the carrier when it is Other.' });

export type ManualConfirmInput = z.output<typeof manualConfirmInput>;

/** Reads `quantity.<orderItemId>` fields; errors keyed by those field names. */
export function checkManualQuantities(
  fields: Record<string, unknown>,
  items: OrderItemShipState[],
): { items: Array<{ orderItemId: string; quantity: number }>; fieldErrors: Record<string, string[]> } {
  const fieldErrors: Record<string, string[]> = {};
  const out: Array<{ orderItemId: string; quantity: number }> = [];
  for (const item of items) {
    const key = `quantity.${item.orderItemId}`;
    const raw = String(fields[key] ?? '').trim();
    const left = item.quantityOrdered - item.quantityShipped;
    if (raw === '') continue;
    if (!/^\d+$/.test(raw)) {
      fieldErrors[key] = ['Enter a whole number.'];
      continue;
    }
    const quantity = Number(raw);
    if (quantity > left) fieldErrors[key] = [left === 0 ? 'This item has shipped already.' : `At most ${left} (still unshipped).`];
    else if (quantity > 0) out.push({ orderItemId: item.orderItemId, quantity });
  }
  if (!out.length && !Object.keys(fieldErrors).length) fieldErrors._items = ['Enter the quantity shipped for at least one item.'];
  return { items: out, fieldErrors };
}

export const SHIPMENT_STATUSES = ['ReadyForPickup', 'PickedUp', 'RefusedPickup'] as const;
export const PICKUP_STATUS_LABELS: Record<(typeof SHIPMENT_STATUSES)[number], string> = {
  ReadyForPickup: 'Ready for pick-up',
  PickedUp: 'Picked up',
  RefusedPickup: 'Refused pick-up',
};

export const updateShipmentStatusInput = z.object({
  orderId: requiredText('Choose an order.', { max: 40 }),
  shipmentStatus: z.enum(SHIPMENT_STATUSES, { error: 'Choose a status.' }),
});
