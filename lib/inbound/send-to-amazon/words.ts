/** Amazon's transportation codes in the seller's words (client-safe). */
const MODE = { GROUND_SMALL_PARCEL: 'Small parcel', FREIGHT_LTL: 'Less than truckload (pallets)' } as Record<string, string>;
const SOLUTION = { AMAZON_PARTNERED_CARRIER: "Amazon's partnered carrier", USE_YOUR_OWN_CARRIER: 'Your own carrier' } as Record<string, string>;

/** e.g. "Small parcel · Amazon's partnered carrier (United Parcel Service Inc.)". */
export const transportLabel = (o: { shippingMode: string; shippingSolution: string; carrierName?: string | undefined }) =>
  `${MODE[o.shippingMode] ?? o.shippingMode} · ${SOLUTION[o.shippingSolution] ?? o.shippingSolution}${o.shippingSolution === 'AMAZON_PARTNERED_CARRIER' && o.carrierName ? ` (${o.carrierName})` : ''}`;
