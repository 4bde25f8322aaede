/**
 * When a confirmed Amazon-partnered transport can still be voided. Amazon's VoidDeadline (24
 * hours after confirming small parcel, 1 hour for LTL) is the authority; until Amazon reports
 * it no void is offered, so the seller is never offered a void that Amazon would charge for.
 */

export interface VoidableTransport {
  isPartnered: boolean;
  shipmentType: 'SP' | 'LTL';
  status: string;
  voidDeadline: Date | null;
  /** The shipment's own status: once the carrier has picked it up the window is over, whatever the clocks say. */
  shipmentStatus?: string | null | undefined;
}

export type VoidAvailability = { canVoid: true; remainingMs: number; deadline: Date } | { canVoid: false; reason: string };

export function voidAvailability(t: VoidableTransport, now: Date): VoidAvailability {
  if (!t.isPartnered) return { canVoid: false, reason: 'Only an Amazon-partnered carrier booking can be voided.' };
  // The model's voidTransport accepts only a CONFIRMED booking (not one still confirming).
  if (t.status !== 'CONFIRMED') return { canVoid: false, reason: 'Only a confirmed carrier booking can be voided.' };
  if (t.shipmentStatus && t.shipmentStatus !== 'WORKING') {
    return { canVoid: false, reason: 'The carrier has picked up this shipment: the void deadline has passed and Amazon charges the carrier cost.' };
  }
  const deadline = t.voidDeadline;
  if (!deadline) return { canVoid: false, reason: 'Amazon has not reported the void deadline yet; refresh in a moment.' };
  const remainingMs = deadline.getTime() - now.getTime();
  if (remainingMs <= 0)
    return {
      canVoid: false,
      reason: `The void deadline passed at ${deadline.toISOString().slice(0, 16).replace('T', ' ')} UTC; Amazon charges the carrier cost.`,
    };
  return { canVoid: true, remainingMs, deadline };
}

/** "23h 59m 58s" for the live countdown. */
export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${h}h ${String(m).padStart(2, '0')}m ${String(s).padStart(2, '0')}s` : `${m}m ${String(s).padStart(2, '0')}s`;
}
