/**
 * The simulated fulfillment network: a few fulfillment centers per destination country, split
 * into standard-size and oversize buildings, plus the marketplace -> country and country ->
 * currency maps the shipment split, placement and fee rules need. Addresses are plausible, not
 * real buildings.
 */
import type { Address, CurrencyCode } from '../../../lib/sp-api/generated/fulfillment-inbound-v0.js';

export interface FulfillmentCenter {
  id: string;
  handles: 'standard' | 'oversize';
  address: Address;
}

function fc(id: string, handles: FulfillmentCenter['handles'], address: Omit<Address, 'Name'>): FulfillmentCenter {
  return { id, handles, address: { Name: `Amazon.com Services, Inc. ${id}`, ...address } };
}

export const FULFILLMENT_CENTERS: Record<string, FulfillmentCenter[]> = {
  US: [
    fc('ABE8', 'standard', { AddressLine1: '401 Independence Road', City: 'Florence', StateOrProvinceCode: 'NJ', CountryCode: 'US', PostalCode: '08518' }),
    fc('ONT8', 'standard', { AddressLine1: '24300 Nandina Avenue', City: 'Moreno Valley', StateOrProvinceCode: 'CA', CountryCode: 'US', PostalCode: '92551' }),
    fc('MDW2', 'standard', { AddressLine1: '250 Emerson Drive', City: 'Joliet', StateOrProvinceCode: 'IL', CountryCode: 'US', PostalCode: '60433' }),
    fc('FTW1', 'standard', { AddressLine1: '33333 LBJ Freeway', City: 'Dallas', StateOrProvinceCode: 'TX', CountryCode: 'US', PostalCode: '75241' }),
    fc('IND9', 'oversize', { AddressLine1: '1151 South Graham Road', City: 'Greenwood', StateOrProvinceCode: 'IN', CountryCode: 'US', PostalCode: '46143' }),
    fc('PHX7', 'oversize', { AddressLine1: '800 North 75th Avenue', City: 'Phoenix', StateOrProvinceCode: 'AZ', CountryCode: 'US', PostalCode: '85043' }),
  ],
  CA: [
    fc('YYZ4', 'standard', { AddressLine1: '8050 Heritage Road', City: 'Brampton', StateOrProvinceCode: 'ON', CountryCode: 'CA', PostalCode: 'L6Y 0C9' }),
    fc('YVR2', 'standard', { AddressLine1: '450 Derwent Place', City: 'Delta', StateOrProvinceCode: 'BC', CountryCode: 'CA', PostalCode: 'V3M 5Y9' }),
    fc('YYZ1', 'oversize', { AddressLine1: '6363 Millcreek Drive', City: 'Mississauga', StateOrProvinceCode: 'ON', CountryCode: 'CA', PostalCode: 'L5N 1L8' }),
  ],
  MX: [
    fc('MEX1', 'standard', {
      AddressLine1: 'Av. Siervo de la Nacion 10',
      City: 'Cuautitlan',
      StateOrProvinceCode: 'MEX',
      CountryCode: 'MX',
      PostalCode: '54769',
    }),
    fc('MEX2', 'oversize', {
      AddressLine1: 'Carretera Mexico-Queretaro km 41',
      City: 'Tepotzotlan',
      StateOrProvinceCode: 'MEX',
      CountryCode: 'MX',
      PostalCode: '54600',
    }),
  ],
  GB: [
    fc('LBA4', 'standard', {
      AddressLine1: 'Unit 1 Doncaster iPort',
      City: 'Doncaster',
      StateOrProvinceCode: 'South Yorkshire',
      CountryCode: 'GB',
      PostalCode: 'DN11 0BG',
    }),
    fc('BHX4', 'standard', {
      AddressLine1: 'Plot 1 Coventry Road',
      City: 'Coventry',
      StateOrProvinceCode: 'West Midlands',
      CountryCode: 'GB',
      PostalCode: 'CV6 4BX',
    }),
    fc('EUK5', 'oversize', {
      AddressLine1: 'Towers Business Park',
      City: 'Rugeley',
      StateOrProvinceCode: 'Staffordshire',
      CountryCode: 'GB',
      PostalCode: 'WS15 1NZ',
    }),
  ],
  DE: [
    fc('DTM2', 'standard', { AddressLine1: 'Kaltbandstrasse 4', City: 'Dortmund', StateOrProvinceCode: 'NW', CountryCode: 'DE', PostalCode: '44145' }),
    fc('LEJ1', 'standard', { AddressLine1: 'Amazonstrasse 1', City: 'Leipzig', StateOrProvinceCode: 'SN', CountryCode: 'DE', PostalCode: '04347' }),
    fc('FRA7', 'oversize', { AddressLine1: 'Am Schloss Eichhof', City: 'Bad Hersfeld', StateOrProvinceCode: 'HE', CountryCode: 'DE', PostalCode: '36251' }),
  ],
  FR: [
    fc('ORY1', 'standard', { AddressLine1: '1 Rue Amazon', City: 'Saran', StateOrProvinceCode: '45', CountryCode: 'FR', PostalCode: '45770' }),
    fc('LYS1', 'oversize', { AddressLine1: 'ZAC du Parc Industriel', City: 'Sevrey', StateOrProvinceCode: '71', CountryCode: 'FR', PostalCode: '71100' }),
  ],
  IT: [
    fc('MXP5', 'standard', {
      AddressLine1: 'Strada Dogana Po 2U',
      City: 'Castel San Giovanni',
      StateOrProvinceCode: 'PC',
      CountryCode: 'IT',
      PostalCode: '29015',
    }),
    fc('FCO1', 'oversize', { AddressLine1: 'Via della Meccanica', City: 'Passo Corese', StateOrProvinceCode: 'RI', CountryCode: 'IT', PostalCode: '02032' }),
  ],
  ES: [
    fc('MAD4', 'standard', {
      AddressLine1: 'Avenida de la Astronomia 24',
      City: 'San Fernando de Henares',
      StateOrProvinceCode: 'M',
      CountryCode: 'ES',
      PostalCode: '28830',
    }),
    fc('BCN1', 'oversize', {
      AddressLine1: 'Avinguda de les Garrigues 6',
      City: 'El Prat de Llobregat',
      StateOrProvinceCode: 'B',
      CountryCode: 'ES',
      PostalCode: '08820',
    }),
  ],
  IN: [
    fc('BOM5', 'standard', { AddressLine1: 'Village Vashere, Bhiwandi', City: 'Thane', StateOrProvinceCode: 'MH', CountryCode: 'IN', PostalCode: '421302' }),
    fc('DEL4', 'standard', { AddressLine1: 'Village Jamalpur, Gurgaon', City: 'Gurugram', StateOrProvinceCode: 'HR', CountryCode: 'IN', PostalCode: '122503' }),
    fc('BLR7', 'oversize', { AddressLine1: 'Hoskote Industrial Area', City: 'Bengaluru', StateOrProvinceCode: 'KA', CountryCode: 'IN', PostalCode: '562114' }),
  ],
};

export const MARKETPLACE_COUNTRY: Record<string, string> = {
  ATVPDKIKX0DER: 'US',
  A2EUQ1WTGCTBG2: 'CA',
  A1AM78C64UM0Y8: 'MX',
  A1F83G8C2ARO7P: 'GB',
  A1PA6795UKMFR9: 'DE',
  A13V1IB3VIYZZH: 'FR',
  APJ6JRA9NG5V4: 'IT',
  A1RKKUPIHCS9HS: 'ES',
  A21TJRUUN4KGV: 'IN',
};

/** The model's CurrencyCode enum holds only USD and GBP: North America pays in USD, Europe in GBP. */
export function currencyForCountry(country: string): CurrencyCode {
  return ['US', 'CA', 'MX'].includes(country) ? 'USD' : 'GBP';
}

export function findFulfillmentCenter(id: string): FulfillmentCenter | undefined {
  for (const centers of Object.values(FULFILLMENT_CENTERS)) {
    const found = centers.find((center) => center.id === id);
    if (found) return found;
  }
  return undefined;
}
