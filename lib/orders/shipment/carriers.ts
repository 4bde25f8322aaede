/**
 * The carriers the manual shipment confirmation offers: Amazon's carrier codes (the values its
 * shipment confirmation accepts in `carrierCode`) for the carriers sellers use most, each with
 * the name a seller searches for. A carrier not listed is confirmed as `Other` with its name,
 * as Amazon asks; any other code is refused here, before Amazon sees it. Client-safe.
 */

export interface Carrier {
  /** Exactly as Amazon spells it in `carrierCode`. */
  code: string;
  /** How sellers know it, when that differs from the code. */
  name?: string;
}

export const OTHER_CARRIER = 'Other';

export const CARRIERS: readonly Carrier[] = [
  { code: 'Amazon Shipping' },
  { code: 'Aramex' },
  { code: 'Asendia' },
  { code: 'Australia Post' },
  { code: 'BlueDart', name: 'Blue Dart' },
  { code: 'BRT', name: 'BRT (Bartolini)' },
  { code: 'Canada Post' },
  { code: 'Chronopost' },
  { code: 'Colissimo' },
  { code: 'Correios', name: 'Correios (Brazil)' },
  { code: 'Correos', name: 'Correos (Spain)' },
  { code: 'Couriers Please' },
  { code: 'Delhivery' },
  { code: 'Deutsche Post' },
  { code: 'DHL' },
  { code: 'DHL eCommerce' },
  { code: 'DHL Express' },
  { code: 'DPD' },
  { code: 'Estafeta' },
  { code: 'FedEx' },
  { code: 'FedEx SmartPost' },
  { code: 'GLS' },
  { code: 'Hermes' },
  { code: 'India Post' },
  { code: 'InPost' },
  { code: 'Japan Post' },
  { code: 'Lasership', name: 'LaserShip' },
  { code: 'MRW' },
  { code: 'Nacex' },
  { code: 'Ninja Van' },
  { code: 'OnTrac' },
  { code: 'Parcelforce' },
  { code: 'Poste Italiane' },
  { code: 'PostNL' },
  { code: 'Purolator' },
  { code: 'Royal Mail' },
  { code: 'Sagawa Express' },
  { code: 'SDA' },
  { code: 'Sendle' },
  { code: 'SEUR' },
  { code: 'Singapore Post' },
  { code: 'StarTrack' },
  { code: 'TNT' },
  { code: 'UPS' },
  { code: 'UPS Mail Innovations' },
  { code: 'USPS' },
  { code: 'Yamato Transport' },
  { code: 'Yodel' },
  { code: OTHER_CARRIER, name: 'Other (type its name)' },
];

const byFoldedCode = new Map(CARRIERS.flatMap((c) => [[fold(c.code), c.code] as const, ...(c.name ? [[fold(c.name), c.code] as const] : [])]));

function fold(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Amazon's code for what a seller typed or picked ("ups", "Blue Dart"), or null when it is not a listed carrier. */
export function carrierCodeOf(input: string): string | null {
  return byFoldedCode.get(fold(input)) ?? null;
}

/** A carrier in the seller's words: its name, or the name typed for Other. */
export function carrierLabel(code: string, otherName?: string | null): string {
  if (code === OTHER_CARRIER) return otherName || 'Other carrier';
  return CARRIERS.find((c) => c.code === code)?.name ?? code;
}
