import { describe, expect, it } from 'vitest';
import { RetiredOperationError } from '@/lib/sp-api/errors';
import { legacyOperation } from '@/lib/sp-api/legacy-operations';
import { syncErrorMessage } from './errors';

describe('syncErrorMessage', () => {
  it('tells the seller which Amazon operation was retired instead of an unexpected problem', () => {
    const entry = legacyOperation('fulfillmentInboundV0', 'createInboundShipment');
    if (!entry) throw new Error('fulfillmentInboundV0.createInboundShipment is on the legacy list');
    const error = new RetiredOperationError(entry);
    expect(syncErrorMessage(error)).toBe(error.message);
    expect(syncErrorMessage(error)).toMatch(/^Amazon retired the old way to create an inbound shipment on Jan 21, 2025/);
  });
});
