'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import type { DataState } from '@/lib/actions/action-state';
import { authorizedDataAction } from '@/lib/actions/authorized-action';
import { confirmShipmentLines } from '@/lib/orders/shipment/csv-confirm';
import { shipmentLinesInput, type ShipmentLineResult } from '@/lib/orders/shipment/csv-lines';

export type ShipmentLinesState = DataState<{ results: ShipmentLineResult[] }>;

const input = z.object({ lines: shipmentLinesInput });
const target = (i: z.output<typeof input>) => i.lines.map((l) => l.orderId).join(', ');

/** The preview of a shipments CSV, a batch of lines at a time: each line's order checked in the workspace; nothing is sent to Amazon. */
export const checkShipmentLinesAction = authorizedDataAction(
  { name: 'orders.bulk.confirm-shipments.check', role: 'operator', input, target, failure: 'These lines could not be checked. Try again.' },
  async (i, { user, db }) => {
    const results = await confirmShipmentLines(db, user.workspaceId, user.id, i.lines, { dryRun: true });
    return { data: { results }, detail: { lines: results.length } };
  },
);

/**
 * Confirms one batch of a shipments CSV's lines (the page calls it batch after batch, showing
 * progress). One audit entry per batch names every order and what became of it.
 */
export const confirmShipmentLinesAction = authorizedDataAction(
  {
    name: 'orders.bulk.confirm-shipments',
    role: 'operator',
    input,
    target,
    failure: 'This batch could not be confirmed. Run it again: shipments already confirmed are not confirmed twice.',
  },
  async (i, { user, db }) => {
    const results = await confirmShipmentLines(db, user.workspaceId, user.id, i.lines, { dryRun: false });
    revalidatePath('/orders');
    return {
      data: { results },
      detail: {
        results: results.map((r, n) => ({ orderId: r.orderId, outcome: r.outcome, message: r.message, trackingNumber: i.lines[n]?.trackingNumber })),
      },
    };
  },
);
