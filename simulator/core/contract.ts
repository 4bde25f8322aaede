/**
 * The contract between the simulator's core (HTTP, auth, quotas, clock, errors, validation)
 * and its API modules (orders, outbound, inbound, ...). An API module is plain data plus
 * handlers: the core finds each operation in the official model, validates the request,
 * enforces the usage plan, then calls the handler with the caller's selling partner.
 */
export interface SimClock {
  /** Simulated now. */
  now(): Date;
}

/** What a handler receives. Path, query and body are already validated against the model. */
export interface SimRequest {
  operationId: string;
  /** Selling partner id of the token that made the call (grantless calls: ''). */
  sellerId: string;
  path: Record<string, string>;
  /** Query values as sent; repeated or comma-separated arrays are split into string[]. */
  query: Record<string, string | string[]>;
  body: unknown;
  headers: Record<string, string>;
  clock: SimClock;
  /**
   * Base of the links a handler hands out (document downloads): the simulator's configured
   * public URL, never the request's Host header, which the caller controls.
   */
  publicUrl: string;
  /**
   * Set when the caller used a Restricted Data Token: the data elements (e.g. 'buyerInfo',
   * 'shippingAddress') it grants for this path. Absent for a plain LWA access token.
   */
  rdt?: { dataElements: string[] };
  /** The calling app holds Amazon's restricted roles for buyer data (Orders 2026-01-01 PII). */
  piiRoles: boolean;
}

/**
 * A handler returns the JSON body for the model's first 2xx status, or a SimResponse
 * (built with respond()) to choose the status, headers or raw bytes.
 */
export class SimResponse {
  constructor(
    readonly status: number,
    readonly body?: unknown,
    readonly headers: Record<string, string> = {},
    readonly raw?: { bytes: Uint8Array; contentType: string },
  ) {}
}

export type SimHandler = (req: SimRequest) => unknown | Promise<unknown>;

/** Thrown by handlers; the core renders it in SP-API's error shape ({ errors: [{ code, message, details }] }). */
export class SimError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: string,
  ) {
    super(message);
    this.name = 'SimError';
  }
}

export const invalidInput = (message: string, details?: string) => new SimError(400, 'InvalidInput', message, details);
export const notFound = (message: string) => new SimError(404, 'NotFound', message);

/** Handlers may return this to choose the status code (e.g. 200 vs 201 per model) or raw bytes. */
export function respond(status: number, body?: unknown, headers?: Record<string, string>): SimResponse {
  return new SimResponse(status, body, headers);
}

export interface SimApiModule {
  /** The official model's file in sp-api-models/, e.g. 'ordersV0.json'. */
  model: string;
  handlers: Record<string, SimHandler>;
  /** Build deterministic state for the seed; called on start and on /_sim/reset. */
  reset?(seed: SimSeedContext): void;
  /**
   * Brings lazily advanced state up to `now` (e.g. shipments that progressed with the clock).
   * The core calls every module's sync before each SP-API handler, so one module's reads of
   * shared state (the catalog) see the effects of another's timeline.
   */
  sync?(now: Date): void;
  /** State to show under GET /_sim/state/<model name without .json>, for tests and debugging. */
  inspect?(query: Record<string, string>): unknown;
}

export interface SimSeedContext {
  seed: number;
  clock: SimClock;
  /** Scale knobs from configuration (e.g. order count). */
  options: Record<string, number | string | boolean>;
}

/** The two demo sellers every fresh simulator has (README lists their refresh tokens). */
export const DEMO_SELLERS = {
  na: { sellerId: 'A1DEMOSELLERNA', region: 'na', marketplaceIds: ['ATVPDKIKX0DER', 'A2EUQ1WTGCTBG2', 'A1AM78C64UM0Y8'] },
  eu: { sellerId: 'A1DEMOSELLEREU', region: 'eu', marketplaceIds: ['A1F83G8C2ARO7P', 'A1PA6795UKMFR9'] },
} as const;

/**
 * One SKU's FBA stock as the simulator keeps it. Shared by inventory, outbound (creating a
 * fulfillment order moves units from fulfillable to reserved, shipping removes them) and
 * inbound (working -> shipped -> receiving -> fulfillable). Implemented in simulator/state/catalog.ts.
 */
export interface SimSku {
  sellerId: string;
  /** FBA stock is pooled per region, listed under every marketplace the seller sells in. */
  marketplaceIds: string[];
  sellerSku: string;
  asin: string;
  fnsku: string;
  title: string;
  condition: 'NewItem';
  price: { currencyCode: string; amount: number };
  /** Item weight (pounds) and longest-side dimensions (inches), for fees and prep rules. */
  weightLb: number;
  dimensionsIn: { length: number; width: number; height: number };
  /** Outbound features this SKU may use. */
  features: { BLANK_BOX: boolean; BLOCK_AMZL: boolean };
  qty: {
    fulfillable: number;
    inboundWorking: number;
    inboundShipped: number;
    inboundReceiving: number;
    reservedCustomerOrders: number;
    reservedTransfers: number;
    reservedProcessing: number;
    researching: number;
    unfulfillable: number;
  };
  lastUpdated: Date;
}

/** The catalog store API (simulator/state/catalog.ts exports a singleton `catalog` with these). */
export interface SimCatalog {
  list(sellerId: string): SimSku[];
  get(sellerId: string, sellerSku: string): SimSku | undefined;
  /** Apply a change to a SKU's quantities; stamps lastUpdated with the simulated clock. */
  adjust(sellerId: string, sellerSku: string, change: Partial<SimSku['qty']>, now: Date): SimSku;
  put(sku: SimSku): void;
  remove(sellerId: string, sellerSku: string): boolean;
}
