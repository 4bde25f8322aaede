/** One valid line of a "confirm shipments" CSV, as the actions receive it (JSON): UPS, shipped today. */
export function shipmentLinesJson(orderId: string): string {
  return JSON.stringify([
    {
      line: 2,
      orderId,
      carrierCode: 'UPS',
      carrierName: '',
      trackingNumber: '1Z999AA10123456784',
      shipDate: new Date().toISOString().slice(0, 10),
      shippingMethod: '',
    },
  ]);
}
