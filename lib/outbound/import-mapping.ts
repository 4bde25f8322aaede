/**
 * From a shop's order export to fulfillment orders: which column holds what (a mapping, with
 * presets for Shopify's and WooCommerce's exports, remembered per workspace), rows grouped
 * into orders by the shop's order number (Shopify writes one row per line item and the
 * address on the first row only), and the reference each order gets on Amazon: derived from
 * the shop and its order number, so a file imported twice claims the same
 * sellerFulfillmentOrderId and the service's claim creates nothing twice. Client-safe and pure.
 */

export const IMPORT_SHOPS = ['shopify', 'woocommerce', 'other'] as const;
export type ImportShop = (typeof IMPORT_SHOPS)[number];
export const SHOP_LABELS: Record<ImportShop, string> = { shopify: 'Shopify', woocommerce: 'WooCommerce', other: 'Another shop' };

/** At most this many orders per file: the validation weighs the whole file against the stock at once. */
export const MAX_IMPORT_ORDERS = 500;

export const IMPORT_FIELDS = [
  'orderNumber',
  'orderDate',
  'sku',
  'quantity',
  'name',
  'firstName',
  'lastName',
  'addressLine1',
  'addressLine2',
  'city',
  'stateOrRegion',
  'postalCode',
  'countryCode',
  'phone',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
/** Field -> the column that holds it ('' when the file has none). */
export type ColumnMapping = Record<ImportField, string>;

export const FIELD_LABELS: Record<ImportField, string> = {
  orderNumber: 'Order number',
  orderDate: 'Order date',
  sku: 'SKU',
  quantity: 'Quantity',
  name: 'Recipient name',
  firstName: 'Recipient first name',
  lastName: 'Recipient last name',
  addressLine1: 'Address line 1',
  addressLine2: 'Address line 2',
  city: 'City',
  stateOrRegion: 'State or region',
  postalCode: 'Postal code',
  countryCode: 'Country code',
  phone: 'Phone',
};

const REQUIRED_FIELDS: ImportField[] = ['orderNumber', 'orderDate', 'sku', 'quantity', 'addressLine1', 'postalCode', 'countryCode'];

/** Each field's column in each shop's export; the first header found wins. */
const PRESETS: Record<Exclude<ImportShop, 'other'>, Partial<Record<ImportField, string[]>>> = {
  shopify: {
    orderNumber: ['Name'],
    orderDate: ['Created at'],
    sku: ['Lineitem sku'],
    quantity: ['Lineitem quantity'],
    name: ['Shipping Name'],
    addressLine1: ['Shipping Address1'],
    addressLine2: ['Shipping Address2'],
    city: ['Shipping City'],
    stateOrRegion: ['Shipping Province'],
    postalCode: ['Shipping Zip'],
    countryCode: ['Shipping Country'],
    phone: ['Shipping Phone'],
  },
  woocommerce: {
    orderNumber: ['Order Number', 'Order ID'],
    orderDate: ['Order Date'],
    sku: ['SKU', 'Item SKU'],
    quantity: ['Quantity', 'Item Quantity'],
    firstName: ['Shipping First Name'],
    lastName: ['Shipping Last Name'],
    addressLine1: ['Shipping Address 1'],
    addressLine2: ['Shipping Address 2'],
    city: ['Shipping City'],
    stateOrRegion: ['Shipping State'],
    postalCode: ['Shipping Postcode'],
    countryCode: ['Shipping Country'],
    phone: ['Shipping Phone'],
  },
};

export const emptyMapping = (): ColumnMapping => Object.fromEntries(IMPORT_FIELDS.map((f) => [f, ''])) as ColumnMapping;

/** The preset's mapping for this header (columns matched without regard to case). */
export function presetMapping(shop: ImportShop, header: string[]): ColumnMapping {
  const mapping = emptyMapping();
  if (shop === 'other') return mapping;
  const byLower = new Map(header.map((h) => [h.toLowerCase(), h]));
  for (const [field, candidates] of Object.entries(PRESETS[shop]) as [ImportField, string[]][]) {
    mapping[field] = candidates.map((c) => byLower.get(c.toLowerCase())).find(Boolean) ?? '';
  }
  return mapping;
}

/** What is missing for the mapping to make orders, in the seller's words (empty: complete). */
export function mappingProblems(mapping: ColumnMapping, header: string[]): string[] {
  const problems: string[] = [];
  for (const field of IMPORT_FIELDS) {
    if (mapping[field] && !header.includes(mapping[field]))
      problems.push(`The file has no column "${mapping[field]}" for ${FIELD_LABELS[field].toLowerCase()}.`);
  }
  for (const field of REQUIRED_FIELDS) if (!mapping[field]) problems.push(`Choose the column for ${FIELD_LABELS[field].toLowerCase()}.`);
  if (!mapping.name && !mapping.firstName && !mapping.lastName) problems.push('Choose the column for the recipient name (or first and last name).');
  return problems;
}

/** The shop whose export this header looks like: the preset that maps every required field. */
export function detectShop(header: string[]): ImportShop {
  for (const shop of ['shopify', 'woocommerce'] as const) if (!mappingProblems(presetMapping(shop, header), header).length) return shop;
  return 'other';
}

/**
 * The mapping to start from: the one remembered for this shop when it still fits the file,
 * else the preset. `confirmed` is true when the remembered one fits, so the seller is not asked
 * again.
 */
export function startingMapping(shop: ImportShop, header: string[], remembered: ColumnMapping | undefined): { mapping: ColumnMapping; confirmed: boolean } {
  if (remembered && !mappingProblems(remembered, header).length) return { mapping: { ...emptyMapping(), ...remembered }, confirmed: true };
  return { mapping: presetMapping(shop, header), confirmed: false };
}

/** One order of the file as it travels to the server: the shop's words, checked there against Amazon's rules. */
export interface ImportedOrder {
  orderNumber: string;
  orderDate: string;
  name: string;
  addressLine1: string;
  addressLine2: string;
  city: string;
  stateOrRegion: string;
  postalCode: string;
  countryCode: string;
  phone: string;
  items: { sellerSku: string; quantity: number }[];
}

export interface GroupedOrder {
  order: ImportedOrder;
  /** The file line of the order's first row. */
  line: number;
  /** What the file itself gets wrong (a line without a SKU, a quantity that is not a number). */
  problems: string[];
}

export interface GroupedFile {
  orders: GroupedOrder[];
  /** Rows that belong to no order (no order number). */
  strayLines: number[];
}

const ADDRESS_FIELDS = ['orderDate', 'addressLine1', 'addressLine2', 'city', 'stateOrRegion', 'postalCode', 'countryCode', 'phone'] as const;

/** Rows -> orders, in the order each first appears; the first non-empty value of a field wins. */
export function groupOrders(table: { header: string[]; rows: string[][]; lines: number[] }, mapping: ColumnMapping): GroupedFile {
  const index = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, mapping[f] ? table.header.indexOf(mapping[f]) : -1])) as Record<ImportField, number>;
  // A cell's line breaks and tabs (a note spread over lines) become spaces: every field is one line.
  const cell = (row: string[], field: ImportField) => (index[field] >= 0 ? (row[index[field]] ?? '').replace(/\s+/g, ' ').trim() : '');
  const byNumber = new Map<string, GroupedOrder & { units: Map<string, number> }>();
  const strayLines: number[] = [];
  table.rows.forEach((row, r) => {
    const line = table.lines[r] ?? r + 2;
    const orderNumber = cell(row, 'orderNumber');
    if (!orderNumber) {
      if (row.some((c) => c)) strayLines.push(line);
      return;
    }
    let group = byNumber.get(orderNumber);
    if (!group) {
      const blank = { name: '', addressLine1: '', addressLine2: '', city: '', stateOrRegion: '', postalCode: '', countryCode: '', phone: '', orderDate: '' };
      group = { order: { orderNumber, ...blank, items: [] }, line, problems: [], units: new Map() };
      byNumber.set(orderNumber, group);
    }
    const order = group.order;
    for (const field of ADDRESS_FIELDS) if (!order[field]) order[field] = cell(row, field);
    if (!order.name) order.name = cell(row, 'name') || [cell(row, 'firstName'), cell(row, 'lastName')].filter(Boolean).join(' ');
    const sku = cell(row, 'sku');
    const quantityText = cell(row, 'quantity');
    if (!sku) group.problems.push(`Line ${line} has no SKU.`);
    else if (!/^\d+$/.test(quantityText) || Number(quantityText) < 1)
      group.problems.push(`Line ${line}: the quantity "${quantityText}" is not a whole number of at least 1.`);
    else group.units.set(sku, (group.units.get(sku) ?? 0) + Number(quantityText));
  });
  return {
    orders: [...byNumber.values()].map(({ units, ...g }) => ({
      ...g,
      // The same SKU on two lines of one order ships as one line.
      order: { ...g.order, items: [...units].map(([sellerSku, quantity]) => ({ sellerSku, quantity })) },
    })),
    strayLines,
  };
}

const PREFIX: Record<ImportShop, string> = { shopify: 'SHOPIFY', woocommerce: 'WOO', other: 'SHOP' };

/** FNV-1a, 32 bits: a short, stable tag for an order number that does not fit as it is. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0').toUpperCase();
}

/**
 * The sellerFulfillmentOrderId of a shop's order: at most 40 characters of letters, digits,
 * dot, dash and underscore (the form's rule), the same on every import of the order.
 */
export function importReference(shop: ImportShop, orderNumber: string): string {
  const prefix = PREFIX[shop];
  const plain = orderNumber.trim().replace(/^#/, '');
  const safe = plain.replace(/[^A-Za-z0-9._-]/g, '');
  // Kept readable when nothing was dropped; otherwise tagged so "A/1" and "A1" stay apart.
  if (safe === plain && safe && prefix.length + 1 + safe.length <= 40) return `${prefix}-${safe}`;
  return `${prefix}-${safe.slice(0, 40 - prefix.length - 10)}-${shortHash(orderNumber.trim())}`.replace('--', '-');
}

/** The calendar day at the start of a shop's timestamp ("2026-11-20 10:15:00 -0500" -> 2026-11-20), or null. */
export function orderDay(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|[ T])/.exec(value.trim());
  if (!match) return null;
  const day = `${match[1]}-${match[2]}-${match[3]}`;
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day ? null : day;
}
