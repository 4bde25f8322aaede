/** Buyer names and addresses per country, so orders look local to their marketplace. */
import type { Prng } from './prng.js';

export interface SimAddress {
  name: string;
  line1: string;
  line2?: string;
  city: string;
  stateOrRegion: string;
  postalCode: string;
  countryCode: string;
  phone: string;
  addressType: 'Residential' | 'Commercial';
}

const FIRST: Record<string, readonly string[]> = {
  US: ['Emma', 'Liam', 'Olivia', 'Noah', 'Ava', 'Ethan', 'Mia', 'Lucas', 'Harper', 'Mason'],
  CA: ['Chloé', 'Jacob', 'Amelia', 'William', 'Zoe', 'Benjamin', 'Léa', 'Owen'],
  MX: ['Sofía', 'Santiago', 'Valentina', 'Mateo', 'Camila', 'Diego', 'Regina', 'Emiliano'],
  GB: ['Oliver', 'Amelia', 'George', 'Isla', 'Harry', 'Ava', 'Jack', 'Freya'],
  DE: ['Lukas', 'Mia', 'Leon', 'Emilia', 'Finn', 'Hannah', 'Paul', 'Lena'],
};
const LAST: Record<string, readonly string[]> = {
  US: ['Johnson', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Wilson', 'Anderson', 'Thomas', 'Moore'],
  CA: ['Tremblay', 'Smith', 'Roy', 'Gagnon', 'Lee', 'Wilson', 'Martin', 'Brown'],
  MX: ['Hernández', 'García', 'Martínez', 'López', 'González', 'Pérez', 'Sánchez', 'Ramírez'],
  GB: ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Evans', 'Thomas'],
  DE: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker'],
};
const PLACES: Record<string, ReadonlyArray<readonly [string, string, string]>> = {
  US: [
    ['Seattle', 'WA', '98101'],
    ['Austin', 'TX', '78701'],
    ['Denver', 'CO', '80202'],
    ['Columbus', 'OH', '43215'],
    ['Raleigh', 'NC', '27601'],
    ['Portland', 'OR', '97205'],
    ['Madison', 'WI', '53703'],
    ['Tampa', 'FL', '33602'],
  ],
  CA: [
    ['Toronto', 'ON', 'M5V 2T6'],
    ['Vancouver', 'BC', 'V6B 1A1'],
    ['Montréal', 'QC', 'H2X 1Y4'],
    ['Calgary', 'AB', 'T2P 1J9'],
  ],
  MX: [
    ['Ciudad de México', 'CDMX', '06600'],
    ['Guadalajara', 'JAL', '44100'],
    ['Monterrey', 'NL', '64000'],
    ['Puebla', 'PUE', '72000'],
  ],
  GB: [
    ['London', 'Greater London', 'SW1A 1AA'],
    ['Manchester', 'Greater Manchester', 'M1 1AE'],
    ['Bristol', 'Bristol', 'BS1 4DJ'],
    ['Leeds', 'West Yorkshire', 'LS1 4AP'],
  ],
  DE: [
    ['Berlin', 'Berlin', '10115'],
    ['München', 'Bayern', '80331'],
    ['Hamburg', 'Hamburg', '20095'],
    ['Köln', 'Nordrhein-Westfalen', '50667'],
  ],
};
const STREETS: Record<string, readonly string[]> = {
  US: ['Maple Ave', 'Oak St', 'Pine Rd', 'Cedar Ln', 'Elm St', 'Lakeview Dr'],
  CA: ['King St W', 'Granville St', 'Rue Sainte-Catherine', '8 Ave SW'],
  MX: ['Av. Reforma', 'Calle Juárez', 'Av. Insurgentes', 'Calle Hidalgo'],
  GB: ['High Street', 'Station Road', 'Church Lane', 'Victoria Road'],
  DE: ['Hauptstraße', 'Bahnhofstraße', 'Gartenweg', 'Schulstraße'],
};

const list = <T>(table: Record<string, readonly T[]>, country: string): readonly T[] => table[country] ?? table.US ?? [];

export function buyerName(rng: Prng, country: string): string {
  return `${rng.pick(list(FIRST, country))} ${rng.pick(list(LAST, country))}`;
}

export function buyerAddress(rng: Prng, country: string, name: string): SimAddress {
  const [city, stateOrRegion, postalCode] = rng.pick(list(PLACES, country));
  const street = rng.pick(list(STREETS, country));
  const number = rng.int(1, 2400);
  const line1 = country === 'DE' || country === 'MX' ? `${street} ${number}` : `${number} ${street}`;
  return {
    name,
    line1,
    ...(rng.chance(0.25) ? { line2: `Apt ${rng.int(1, 40)}` } : {}),
    city,
    stateOrRegion,
    postalCode,
    countryCode: country,
    phone: `+${country === 'US' || country === 'CA' ? '1' : country === 'MX' ? '52' : country === 'GB' ? '44' : '49'} ${rng.digits(3)} ${rng.digits(3)} ${rng.digits(4)}`,
    addressType: rng.chance(0.9) ? 'Residential' : 'Commercial',
  };
}

/**
 * Amazon hands sellers an anonymised relay address on the marketplace's own domain
 * (…@marketplace.amazon.co.uk), never the buyer's real one.
 */
export function anonymisedEmail(rng: Prng, marketplaceDomain: string): string {
  return `${rng.code(14).toLowerCase()}@marketplace.${marketplaceDomain.replace(/^www\./, '')}`;
}

/** What a business buyer leaves at checkout, as OrderBuyerInfo and OrderAddress report it. */
export interface BusinessBuyer {
  companyLegalName: string;
  /** Only when the buyer typed one at checkout (the model says it is returned only then). */
  purchaseOrderNumber?: string;
  /** Mexico's RFC: the model has BuyerTaxInfo for business orders in Brazil, Mexico and India only. */
  taxId?: { name: 'RFC'; value: string };
}

const COMPANY: Record<string, readonly string[]> = {
  US: ['Cascade Office Supply LLC', 'Bluebird Dental Group PC', 'Ridgeline Builders Inc.', 'Harbor Street Cafe LLC'],
  CA: ['Maple Leaf Facilities Ltd.', 'Boréal Services Inc.', 'Northshore Clinics Ltd.'],
  MX: ['Comercializadora del Bajío S.A. de C.V.', 'Servicios Integrales Norte S.A. de C.V.', 'Grupo Hidalgo Oficinas S.A. de C.V.'],
  GB: ['Thames Valley Print Ltd', 'Pennine Outdoor Centres Ltd', 'Brightside Dental LLP'],
  DE: ['Rheinland Bürobedarf GmbH', 'Alpenblick Hotels GmbH', 'Nordlicht Praxis GmbH'],
};

export function businessBuyer(rng: Prng, country: string): BusinessBuyer {
  const companyLegalName = rng.pick(list(COMPANY, country));
  const purchaseOrderNumber = rng.chance(0.6) ? `PO-${rng.digits(6)}` : undefined;
  // A company's RFC: three letters of its name, its founding date (YYMMDD), a three-character check.
  const initials = companyLegalName
    .replace(/[^A-Z]/g, '')
    .padEnd(3, 'X')
    .slice(0, 3);
  const founded = `${String(rng.int(90, 99)).padStart(2, '0')}${String(rng.int(1, 12)).padStart(2, '0')}${String(rng.int(1, 28)).padStart(2, '0')}`;
  return {
    companyLegalName,
    ...(purchaseOrderNumber ? { purchaseOrderNumber } : {}),
    ...(country === 'MX' ? { taxId: { name: 'RFC', value: `${initials}${founded}${rng.code(3)}` } } : {}),
  };
}
