/**
 * The 17 Fulfillment Inbound v0 operations over an InboundStore. The core has already
 * validated parameters and bodies against the model; these handlers enforce the rules the
 * model states in prose (and the simulator's own, see README.md) and return model shapes.
 */
import { invalidInput, SimError, type SimHandler, type SimRequest } from '../../core/contract.js';
import { buildBillOfLadingPdf } from './bill-of-lading-pdf.js';
import { documents, documentUrl } from './documents.js';
import { FULFILLMENT_CENTERS, findFulfillmentCenter } from './fulfillment-centers.js';
import { bucketOf } from './hash.js';
import { buildLabelsPdf, packageLabelId, palletLabelId, type LabelSpec } from './labels-pdf.js';
import { lastUpdatedAt, shipmentStatusAt } from './lifecycle.js';
import type {
  CreateInboundShipmentPlanRequest,
  InboundShipmentItem,
  InboundShipmentRequest,
  LabelType,
  PageType,
  PutTransportDetailsRequest,
  ShipmentStatusFilter,
} from './model-types.js';
import { destinationCountry, splitIntoPlans, validatePlanItems } from './plans.js';
import { amazonPrepFees, inboundGuidanceFor, isWellFormedAsin, prepProfileFor } from './prep.js';
import type { ShipmentItemRecord, ShipmentRecord } from './records.js';
import type { InboundStore } from './store.js';
import {
  assertTransportEditable,
  newTransportRecord,
  requestConfirm,
  requestEstimate,
  requestVoid,
  transportStatusAt,
  validateTransportRequest,
} from './transport.js';
import { isoDate, shipmentInfo, shipmentItems, transportContent } from './wire.js';

const SHIPMENTS_PAGE_SIZE = 50;
const ITEMS_PAGE_SIZE = 100;
const MAX_LABELS = 1000;
/** Days from today a pre-order shipment must arrive by, and from then until items are fulfillable. */
const PREORDER_NEED_BY_DAYS = 10;
const PREORDER_FULFILLABLE_AFTER_DAYS = 7;

const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);

function queryString(req: SimRequest, name: string): string | undefined {
  const value = req.query[name];
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.join(',') : value;
}

function queryList(req: SimRequest, name: string): string[] | undefined {
  const value = req.query[name];
  if (value === undefined) return undefined;
  const list = (Array.isArray(value) ? value : value.split(',')).map((v) => v.trim()).filter((v) => v !== '');
  return list.length > 0 ? list : undefined;
}

function queryInt(req: SimRequest, name: string, min: number): number | undefined {
  const raw = queryString(req, name);
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw invalidInput(`${name} must be a whole number of at least ${min}.`);
  return value;
}

function queryDate(req: SimRequest, name: string): Date | undefined {
  const raw = queryString(req, name);
  if (raw === undefined) return undefined;
  const date = new Date(raw);
  if (Number.isNaN(date.getTime())) throw invalidInput(`${name} must be an ISO 8601 date-time.`);
  return date;
}

function requireQuery(req: SimRequest, name: string): string {
  const value = queryString(req, name);
  if (!value) throw invalidInput(`${name} is required.`);
  return value;
}

function isYmd(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

/** NextToken: the query that produced the page plus where the next page starts. */
interface PageToken<Q> {
  kind: 'shipments' | 'items';
  sellerId: string;
  query: Q;
  offset: number;
}

function encodeToken<Q>(token: PageToken<Q>): string {
  return Buffer.from(JSON.stringify(token)).toString('base64url');
}

function decodeToken<Q>(raw: string, kind: PageToken<Q>['kind'], sellerId: string): PageToken<Q> {
  try {
    const token = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as PageToken<Q>;
    if (token.kind === kind && token.sellerId === sellerId && Number.isInteger(token.offset)) return token;
  } catch {
    // Falls through to the error below.
  }
  throw invalidInput('NextToken is invalid or was issued for a different query.');
}

export function createInboundHandlers(store: InboundStore): Record<string, SimHandler> {
  const { catalog } = store;

  const sellerMarketplaces = (sellerId: string) => new Set(catalog.list(sellerId).flatMap((sku) => sku.marketplaceIds));
  const assertSellerMarketplace = (sellerId: string, marketplaceId: string) => {
    const marketplaces = sellerMarketplaces(sellerId);
    if (marketplaces.size > 0 && !marketplaces.has(marketplaceId)) {
      throw invalidInput(`MarketplaceId ${marketplaceId} is not a marketplace this seller sells in.`);
    }
  };
  const assertShipmentMarketplace = (shipment: ShipmentRecord, marketplaceId: string) => {
    if (shipment.marketplaceId !== marketplaceId) {
      throw invalidInput(`Shipment ${shipment.shipmentId} belongs to marketplace ${shipment.marketplaceId}, not ${marketplaceId}.`);
    }
  };
  /** Every call first brings the seller's shipments (and the catalog) up to the simulated now. */
  const load = (req: SimRequest) => {
    const now = req.clock.now();
    store.syncSeller(req.sellerId, now);
    return now;
  };
  const workingShipment = (req: SimRequest, now: Date, action: string) => {
    const shipment = store.shipment(req.sellerId, req.path.shipmentId ?? '');
    const status = shipmentStatusAt(shipment, now);
    if (status !== 'WORKING') throw invalidInput(`Cannot ${action}: shipment ${shipment.shipmentId} is ${status}, not WORKING.`);
    return shipment;
  };
  const touch = (shipment: ShipmentRecord, now: Date) => {
    shipment.sellerUpdatedAt = now;
    store.sync(shipment, now);
  };

  const getInboundGuidance: SimHandler = (req) => {
    load(req);
    assertSellerMarketplace(req.sellerId, requireQuery(req, 'MarketplaceId'));
    const skus = queryList(req, 'SellerSKUList');
    const asins = queryList(req, 'ASINList');
    if (!skus && !asins) throw invalidInput('Specify SellerSKUList or ASINList.');
    const payload: Record<string, unknown[]> = {};
    if (skus) {
      payload.SKUInboundGuidanceList = [];
      payload.InvalidSKUList = [];
      for (const sellerSku of skus) {
        const sku = catalog.get(req.sellerId, sellerSku);
        if (!sku) payload.InvalidSKUList.push({ SellerSKU: sellerSku, ErrorReason: 'DoesNotExist' });
        else payload.SKUInboundGuidanceList.push({ SellerSKU: sellerSku, ASIN: sku.asin, ...inboundGuidanceFor(sku.asin, sku.qty.fulfillable) });
      }
    }
    if (asins) {
      payload.ASINInboundGuidanceList = [];
      payload.InvalidASINList = [];
      const stock = new Map(catalog.list(req.sellerId).map((sku) => [sku.asin, sku.qty.fulfillable]));
      for (const asin of asins) {
        if (!isWellFormedAsin(asin)) payload.InvalidASINList.push({ ASIN: asin, ErrorReason: 'InvalidASIN' });
        else payload.ASINInboundGuidanceList.push({ ASIN: asin, ...inboundGuidanceFor(asin, stock.get(asin) ?? 0) });
      }
    }
    return { payload };
  };

  const getPrepInstructions: SimHandler = (req) => {
    load(req);
    const country = requireQuery(req, 'ShipToCountryCode');
    if (!FULFILLMENT_CENTERS[country]) throw invalidInput(`ShipToCountryCode ${country} is not a country with Amazon fulfillment centers.`);
    const skus = queryList(req, 'SellerSKUList');
    const asins = queryList(req, 'ASINList');
    if (!skus && !asins) throw invalidInput('Specify SellerSKUList or ASINList.');
    const payload: Record<string, unknown[]> = {};
    if (skus) {
      payload.SKUPrepInstructionsList = [];
      payload.InvalidSKUList = [];
      for (const sellerSku of skus) {
        const sku = catalog.get(req.sellerId, sellerSku);
        if (!sku) {
          payload.InvalidSKUList.push({ SellerSKU: sellerSku, ErrorReason: 'DoesNotExist' });
          continue;
        }
        const profile = prepProfileFor({ sellerSku, asin: sku.asin });
        payload.SKUPrepInstructionsList.push({
          SellerSKU: sellerSku,
          ASIN: sku.asin,
          ...profile,
          AmazonPrepFeesDetailsList: amazonPrepFees(profile.PrepInstructionList, country),
        });
      }
    }
    if (asins) {
      payload.ASINPrepInstructionsList = [];
      payload.InvalidASINList = [];
      for (const asin of asins) {
        if (!isWellFormedAsin(asin)) payload.InvalidASINList.push({ ASIN: asin, ErrorReason: 'InvalidASIN' });
        else payload.ASINPrepInstructionsList.push({ ASIN: asin, ...prepProfileFor({ asin }) });
      }
    }
    return { payload };
  };

  const createInboundShipmentPlan: SimHandler = (req) => {
    const now = load(req);
    const request = req.body as CreateInboundShipmentPlanRequest;
    const home = catalog.list(req.sellerId)[0]?.marketplaceIds[0];
    const country = destinationCountry(request, home);
    const skus = validatePlanItems(request, (sellerSku) => catalog.get(req.sellerId, sellerSku));
    const plans = splitIntoPlans(request, skus, country, () => store.nextShipmentId());
    for (const plan of plans) {
      store.plans.set(plan.ShipmentId, {
        sellerId: req.sellerId,
        plan,
        country,
        labelPrepPreference: request.LabelPrepPreference,
        createdAt: now,
        used: false,
      });
    }
    return { payload: { InboundShipmentPlans: plans } };
  };

  /** Quantities and case packing rules shared by create and update. */
  const validateShipmentItems = (items: InboundShipmentItem[], areCasesRequired: boolean, allowZero: boolean) => {
    const withCase = items.filter((item) => item.QuantityInCase !== undefined).length;
    if (withCase !== 0 && withCase !== items.length) {
      throw invalidInput('QuantityInCase must be provided for every item in the shipment or for none of them.');
    }
    const seen = new Set<string>();
    for (const item of items) {
      if (seen.has(item.SellerSKU)) throw invalidInput(`SellerSKU ${item.SellerSKU} appears more than once.`);
      seen.add(item.SellerSKU);
      if (!Number.isInteger(item.QuantityShipped) || item.QuantityShipped < (allowZero ? 0 : 1)) {
        throw invalidInput(`QuantityShipped for SellerSKU ${item.SellerSKU} must be a ${allowZero ? 'non-negative' : 'positive'} whole number.`);
      }
      if (areCasesRequired && !(item.QuantityInCase !== undefined && item.QuantityInCase > 0)) {
        throw invalidInput(`AreCasesRequired is true, so QuantityInCase must be greater than zero for SellerSKU ${item.SellerSKU}.`);
      }
      if (item.QuantityInCase !== undefined && item.QuantityInCase > 0 && item.QuantityShipped % item.QuantityInCase !== 0) {
        throw invalidInput(`QuantityShipped for SellerSKU ${item.SellerSKU} must be a multiple of QuantityInCase.`);
      }
    }
  };

  const createInboundShipment: SimHandler = (req) => {
    const now = load(req);
    const shipmentId = req.path.shipmentId ?? '';
    const request = req.body as InboundShipmentRequest;
    const existing = store.shipments.get(shipmentId);
    if (existing?.sellerId === req.sellerId) throw invalidInput(`Shipment ${shipmentId} already exists; use updateInboundShipment.`);
    const planRecord = store.plans.get(shipmentId);
    if (!planRecord || planRecord.sellerId !== req.sellerId) {
      throw new SimError(404, 'NotFound', `Shipment ${shipmentId} is not from one of your shipment plans; call createInboundShipmentPlan first.`);
    }
    const header = request.InboundShipmentHeader;
    if (header.ShipmentStatus !== 'WORKING') throw invalidInput('ShipmentStatus must be WORKING when creating a shipment.');
    if (header.DestinationFulfillmentCenterId !== planRecord.plan.DestinationFulfillmentCenterId) {
      throw invalidInput(`DestinationFulfillmentCenterId must be ${planRecord.plan.DestinationFulfillmentCenterId}, the plan's destination.`);
    }
    assertSellerMarketplace(req.sellerId, request.MarketplaceId);
    if (request.InboundShipmentItems.length === 0) throw invalidInput('InboundShipmentItems must contain at least one item.');
    const areCasesRequired = header.AreCasesRequired ?? false;
    validateShipmentItems(request.InboundShipmentItems, areCasesRequired, false);
    const planItems = new Map(planRecord.plan.Items.map((item) => [item.SellerSKU, item]));
    const items: ShipmentItemRecord[] = request.InboundShipmentItems.map((item) => {
      const planned = planItems.get(item.SellerSKU);
      if (!planned) throw invalidInput(`SellerSKU ${item.SellerSKU} is not in shipment plan ${shipmentId}.`);
      const preorderable = bucketOf(item.SellerSKU, 8, 'preorder') === 0;
      return {
        sellerSku: item.SellerSKU,
        fnsku: planned.FulfillmentNetworkSKU,
        quantityShipped: item.QuantityShipped,
        ...(item.QuantityInCase !== undefined ? { quantityInCase: item.QuantityInCase } : {}),
        prepDetails: item.PrepDetailsList ?? planned.PrepDetailsList ?? [],
        ...(preorderable ? { releaseDate: isoDate(addDays(now, 30)) } : {}),
        applied: { inboundWorking: 0, inboundShipped: 0, inboundReceiving: 0, fulfillable: 0 },
      };
    });
    const shipment: ShipmentRecord = {
      sellerId: req.sellerId,
      shipmentId,
      marketplaceId: request.MarketplaceId,
      country: planRecord.country,
      shipmentName: header.ShipmentName,
      shipFromAddress: header.ShipFromAddress,
      destinationFulfillmentCenterId: header.DestinationFulfillmentCenterId,
      labelPrepPreference: header.LabelPrepPreference,
      labelPrepType: planRecord.plan.LabelPrepType,
      areCasesRequired,
      ...(header.IntendedBoxContentsSource ? { intendedBoxContentsSource: header.IntendedBoxContentsSource } : {}),
      items,
      createdAt: now,
      sellerUpdatedAt: now,
    };
    planRecord.used = true;
    store.shipments.set(shipmentId, shipment);
    store.sync(shipment, now);
    return { payload: { ShipmentId: shipmentId } };
  };

  const updateInboundShipment: SimHandler = (req) => {
    const now = load(req);
    const shipment = store.shipment(req.sellerId, req.path.shipmentId ?? '');
    const request = req.body as InboundShipmentRequest;
    const header = request.InboundShipmentHeader;
    const requested = header.ShipmentStatus;
    const current = shipmentStatusAt(shipment, now);
    if (!['WORKING', 'SHIPPED', 'CANCELLED'].includes(requested)) {
      throw invalidInput(`ShipmentStatus ${requested} cannot be set; use WORKING, SHIPPED or CANCELLED.`);
    }
    assertShipmentMarketplace(shipment, request.MarketplaceId);
    if (header.DestinationFulfillmentCenterId !== shipment.destinationFulfillmentCenterId) {
      throw invalidInput(`DestinationFulfillmentCenterId cannot change (shipment goes to ${shipment.destinationFulfillmentCenterId}).`);
    }
    if (current !== 'WORKING') {
      if (requested === 'CANCELLED' && (current === 'SHIPPED' || current === 'IN_TRANSIT')) {
        shipment.cancelledStatus = 'CANCELLED';
        shipment.cancelledAt = now;
        touch(shipment, now);
        return { payload: { ShipmentId: shipment.shipmentId } };
      }
      // Marking an already moving shipment SHIPPED again changes nothing.
      if (requested === 'SHIPPED' && current !== 'CANCELLED' && current !== 'DELETED') return { payload: { ShipmentId: shipment.shipmentId } };
      throw invalidInput(`Shipment ${shipment.shipmentId} is ${current}; only a WORKING shipment can be edited${
        current === 'SHIPPED' || current === 'IN_TRANSIT' ? ' (it can still be CANCELLED)' : ''
      }.`);
    }
    const areCasesRequired = header.AreCasesRequired ?? shipment.areCasesRequired;
    validateShipmentItems(request.InboundShipmentItems, areCasesRequired, true);
    const bySku = new Map(shipment.items.map((item) => [item.sellerSku, item]));
    for (const item of request.InboundShipmentItems) {
      if (!bySku.has(item.SellerSKU)) {
        throw invalidInput(`SellerSKU ${item.SellerSKU} is not in shipment ${shipment.shipmentId}; adding new items is not supported.`);
      }
    }
    const remaining = shipment.items.filter((item) => {
      const update = request.InboundShipmentItems.find((u) => u.SellerSKU === item.sellerSku);
      return !update || update.QuantityShipped > 0;
    });
    if (remaining.length === 0 && requested !== 'CANCELLED') {
      throw invalidInput('A shipment must keep at least one item; set ShipmentStatus to CANCELLED to cancel it.');
    }
    if (areCasesRequired) {
      for (const item of remaining) {
        const update = request.InboundShipmentItems.find((u) => u.SellerSKU === item.sellerSku);
        if (!((update?.QuantityInCase ?? item.quantityInCase ?? 0) > 0)) {
          throw invalidInput(`AreCasesRequired is true, so QuantityInCase must be greater than zero for SellerSKU ${item.sellerSku}.`);
        }
      }
    }
    for (const update of request.InboundShipmentItems) {
      const item = bySku.get(update.SellerSKU);
      if (!item) continue;
      // A removed item keeps its record at zero units so the catalog sync releases them.
      item.quantityShipped = update.QuantityShipped;
      if (update.QuantityInCase !== undefined) item.quantityInCase = update.QuantityInCase;
      if (update.PrepDetailsList) item.prepDetails = update.PrepDetailsList;
    }
    shipment.shipmentName = header.ShipmentName;
    shipment.shipFromAddress = header.ShipFromAddress;
    shipment.labelPrepPreference = header.LabelPrepPreference;
    shipment.areCasesRequired = areCasesRequired;
    if (header.IntendedBoxContentsSource) shipment.intendedBoxContentsSource = header.IntendedBoxContentsSource;
    if (requested === 'SHIPPED') shipment.sellerShippedAt = now;
    if (requested === 'CANCELLED') {
      shipment.cancelledStatus = 'DELETED';
      shipment.cancelledAt = now;
    }
    touch(shipment, now);
    shipment.items = shipment.items.filter((item) => item.quantityShipped > 0 || requested === 'CANCELLED');
    return { payload: { ShipmentId: shipment.shipmentId } };
  };

  const getPreorderInfo: SimHandler = (req) => {
    const now = load(req);
    const shipment = store.shipment(req.sellerId, req.path.shipmentId ?? '');
    assertShipmentMarketplace(shipment, requireQuery(req, 'MarketplaceId'));
    const contains = shipment.items.some((item) => item.releaseDate);
    const payload: Record<string, unknown> = {
      ShipmentContainsPreorderableItems: contains,
      ShipmentConfirmedForPreorder: shipment.preorder !== undefined,
    };
    if (shipment.preorder) {
      payload.NeedByDate = shipment.preorder.needByDate;
      payload.ConfirmedFulfillableDate = shipment.preorder.fulfillableDate;
    } else if (contains) {
      const needBy = addDays(now, PREORDER_NEED_BY_DAYS);
      payload.NeedByDate = isoDate(needBy);
      payload.ConfirmedFulfillableDate = isoDate(addDays(needBy, PREORDER_FULFILLABLE_AFTER_DAYS));
    }
    return { payload };
  };

  const confirmPreorder: SimHandler = (req) => {
    const now = load(req);
    const shipment = workingShipment(req, now, 'confirm for pre-order');
    assertShipmentMarketplace(shipment, requireQuery(req, 'MarketplaceId'));
    const needBy = requireQuery(req, 'NeedByDate');
    if (!isYmd(needBy)) throw invalidInput('NeedByDate must be in YYYY-MM-DD format.');
    if (needBy < isoDate(now)) throw invalidInput(`NeedByDate ${needBy} is in the past.`);
    if (!shipment.items.some((item) => item.releaseDate)) {
      throw invalidInput(`Shipment ${shipment.shipmentId} contains no pre-orderable items.`);
    }
    if (shipment.preorder) throw invalidInput(`Shipment ${shipment.shipmentId} is already confirmed for pre-order.`);
    const fulfillable = isoDate(addDays(new Date(`${needBy}T00:00:00Z`), PREORDER_FULFILLABLE_AFTER_DAYS));
    shipment.preorder = { needByDate: needBy, fulfillableDate: fulfillable };
    touch(shipment, now);
    return { payload: { ConfirmedNeedByDate: needBy, ConfirmedFulfillableDate: fulfillable } };
  };

  const getTransportDetails: SimHandler = (req) => {
    const now = load(req);
    const shipment = store.shipment(req.sellerId, req.path.shipmentId ?? '');
    const content = transportContent(shipment, catalog, now);
    if (!content) throw invalidInput(`Shipment ${shipment.shipmentId} has no transport details yet; call putTransportDetails first.`);
    return { payload: { TransportContent: content } };
  };

  const transportResult = (shipment: ShipmentRecord, now: Date) => ({
    payload: { TransportResult: { TransportStatus: shipment.transport ? transportStatusAt(shipment.transport, now) : 'WORKING' } },
  });

  const putTransportDetails: SimHandler = (req) => {
    const now = load(req);
    const shipment = workingShipment(req, now, 'change transport details');
    const request = req.body as PutTransportDetailsRequest;
    assertTransportEditable(shipment.transport, now);
    validateTransportRequest(request, shipment.country, isoDate(now));
    shipment.transport = newTransportRecord(request, shipment.shipmentId, now);
    touch(shipment, now);
    return transportResult(shipment, now);
  };

  const estimateTransport: SimHandler = (req) => {
    const now = load(req);
    const shipment = workingShipment(req, now, 'estimate transport');
    requestEstimate(shipment.transport, now);
    touch(shipment, now);
    return transportResult(shipment, now);
  };

  const confirmTransport: SimHandler = (req) => {
    const now = load(req);
    const shipment = workingShipment(req, now, 'confirm transport');
    requestConfirm(shipment.transport, now);
    touch(shipment, now);
    return transportResult(shipment, now);
  };

  const voidTransport: SimHandler = (req) => {
    const now = load(req);
    const shipment = store.shipment(req.sellerId, req.path.shipmentId ?? '');
    if (shipment.sellerShippedAt || shipment.cancelledStatus) {
      throw invalidInput(`Cannot void transport: shipment ${shipment.shipmentId} is ${shipmentStatusAt(shipment, now)}.`);
    }
    requestVoid(shipment.transport, now);
    touch(shipment, now);
    return transportResult(shipment, now);
  };

  /** The package (or pallet) labels a getLabels call asks for. */
  const labelSpecs = (req: SimRequest, shipment: ShipmentRecord, labelType: LabelType): LabelSpec[] => {
    const transport = shipment.transport;
    if (labelType === 'PALLET') {
      const pallets = queryInt(req, 'NumberOfPallets', 1);
      if (pallets === undefined) throw invalidInput('NumberOfPallets is required for PALLET labels.');
      if (transport?.shipmentType === 'SP') throw invalidInput('PALLET labels are for LTL shipments; this shipment is small parcel.');
      if (pallets * 4 > MAX_LABELS) throw invalidInput(`At most ${MAX_LABELS / 4} pallets per request.`);
      return Array.from({ length: pallets * 4 }, (_, index) => {
        const pallet = Math.floor(index / 4) + 1;
        return { barcodeText: palletLabelId(shipment.shipmentId, pallet), caption: `Pallet ${pallet} of ${pallets} (label ${(index % 4) + 1} of 4)` };
      });
    }
    const declared = queryInt(req, 'NumberOfPackages', 1);
    const requestedIds = queryList(req, 'PackageLabelsToPrint');
    const sp = transport?.details.PartneredSmallParcelData;
    const npsp = transport?.details.NonPartneredSmallParcelData;
    const knownPackages = sp?.PackageList?.length ?? npsp?.PackageList.length;
    if (sp && declared !== undefined && knownPackages !== undefined && declared !== knownPackages) {
      throw invalidInput(`NumberOfPackages is ${declared} but the partnered carrier has ${knownPackages} packages for this shipment.`);
    }
    const total = declared ?? knownPackages;
    let numbers: number[];
    if (transport?.shipmentType === 'LTL' && !transport.isPartnered) {
      const pageSize = queryInt(req, 'PageSize', 1);
      const pageStart = queryInt(req, 'PageStartIndex', 0);
      if (pageSize === undefined || pageStart === undefined) {
        throw invalidInput('PageSize and PageStartIndex are required for non-partnered LTL shipments.');
      }
      if (pageSize > MAX_LABELS) throw invalidInput(`PageSize must be at most ${MAX_LABELS}.`);
      const end = total === undefined ? pageStart + pageSize : Math.min(total, pageStart + pageSize);
      if (end <= pageStart) throw invalidInput(`PageStartIndex ${pageStart} is past the last package.`);
      numbers = Array.from({ length: end - pageStart }, (_, i) => pageStart + i + 1);
    } else if (requestedIds) {
      const pattern = new RegExp(`^${shipment.shipmentId}U(\\d{6})$`);
      numbers = requestedIds.map((id) => {
        const number = Number(pattern.exec(id)?.[1] ?? 0);
        if (number < 1 || (total !== undefined && number > total)) {
          throw new SimError(400, 'IncorrectPackageIdentifier', `Package identifier ${id} does not belong to shipment ${shipment.shipmentId}.`);
        }
        return number;
      });
    } else {
      if (total === undefined) throw invalidInput('NumberOfPackages or PackageLabelsToPrint is required for package labels.');
      numbers = Array.from({ length: total }, (_, i) => i + 1);
    }
    if (numbers.length > MAX_LABELS) throw invalidInput(`At most ${MAX_LABELS} labels per request.`);
    const count = total ?? numbers.length;
    const contents = labelType === 'BARCODE_2D' ? boxContents(shipment, count) : undefined;
    const carrierName = sp ? (sp.CarrierName ?? 'UNITED_PARCEL_SERVICE_INC') : npsp?.CarrierName;
    return numbers.map((number) => {
      const spec: LabelSpec = { barcodeText: packageLabelId(shipment.shipmentId, number), caption: `Box ${number} of ${count}` };
      const trackingId = sp ? transport?.trackingIds[number - 1] : npsp?.PackageList[number - 1]?.TrackingId;
      if (carrierName && trackingId) spec.carrier = { name: carrierName, trackingId };
      const content = contents?.[number - 1];
      if (content) spec.contents2d = content;
      return spec;
    });
  };

  const getLabels: SimHandler = async (req) => {
    const now = load(req);
    const shipment = store.shipment(req.sellerId, req.path.shipmentId ?? '');
    const status = shipmentStatusAt(shipment, now);
    if (status === 'CANCELLED' || status === 'DELETED') throw invalidInput(`Shipment ${shipment.shipmentId} is ${status}; no labels.`);
    const pageType = requireQuery(req, 'PageType') as PageType;
    const labelType = requireQuery(req, 'LabelType') as LabelType;
    const labels = labelSpecs(req, shipment, labelType);
    const center = findFulfillmentCenter(shipment.destinationFulfillmentCenterId);
    const pdf = await buildLabelsPdf({
      pageType,
      labelType,
      shipmentId: shipment.shipmentId,
      shipmentName: shipment.shipmentName,
      destinationFulfillmentCenterId: shipment.destinationFulfillmentCenterId,
      shipFrom: shipment.shipFromAddress,
      shipTo: center?.address ?? shipment.shipFromAddress,
      labels,
    });
    if (status === 'WORKING') {
      shipment.labelsPrintedAt = now;
      touch(shipment, now);
    }
    return { payload: { DownloadURL: documentUrl(req.publicUrl, documents.put(pdf)) } };
  };

  const getBillOfLading: SimHandler = async (req) => {
    const now = load(req);
    const shipment = store.shipment(req.sellerId, req.path.shipmentId ?? '');
    const transport = shipment.transport;
    if (!transport || transport.shipmentType !== 'LTL' || !transport.isPartnered) {
      throw invalidInput('A bill of lading exists only for Amazon-partnered LTL shipments.');
    }
    const status = transportStatusAt(transport, now);
    if (status !== 'CONFIRMED') {
      throw invalidInput(`The bill of lading is available once the transport request is CONFIRMED (it is ${status}).`);
    }
    const content = transportContent(shipment, catalog, now);
    const ltl = content?.TransportDetails.PartneredLtlData;
    if (!ltl) throw invalidInput('A bill of lading exists only for Amazon-partnered LTL shipments.');
    const center = findFulfillmentCenter(shipment.destinationFulfillmentCenterId);
    const pdf = await buildBillOfLadingPdf({
      shipmentId: shipment.shipmentId,
      shipmentName: shipment.shipmentName,
      shipFrom: shipment.shipFromAddress,
      shipTo: center?.address ?? shipment.shipFromAddress,
      destinationFulfillmentCenterId: shipment.destinationFulfillmentCenterId,
      ltl,
    });
    return { payload: { DownloadURL: documentUrl(req.publicUrl, documents.put(pdf)) } };
  };

  interface ShipmentsQuery {
    marketplaceId: string;
    statuses?: string[];
    ids?: string[];
    after?: string;
    before?: string;
  }

  const dateRange = (req: SimRequest) => {
    const after = queryDate(req, 'LastUpdatedAfter');
    const before = queryDate(req, 'LastUpdatedBefore');
    if (!after || !before) throw invalidInput('QueryType DATE_RANGE requires LastUpdatedAfter and LastUpdatedBefore.');
    if (after > before) throw invalidInput('LastUpdatedAfter must not be later than LastUpdatedBefore.');
    return { after: after.toISOString(), before: before.toISOString() };
  };

  const inRange = (date: Date, query: { after?: string; before?: string }) =>
    (!query.after || date >= new Date(query.after)) && (!query.before || date <= new Date(query.before));

  const getShipments: SimHandler = (req) => {
    const now = load(req);
    const queryType = requireQuery(req, 'QueryType');
    let query: ShipmentsQuery;
    let offset = 0;
    if (queryType === 'NEXT_TOKEN') {
      const token = decodeToken<ShipmentsQuery>(requireQuery(req, 'NextToken'), 'shipments', req.sellerId);
      query = token.query;
      offset = token.offset;
    } else {
      query = { marketplaceId: requireQuery(req, 'MarketplaceId') };
      const statuses = queryList(req, 'ShipmentStatusList');
      const ids = queryList(req, 'ShipmentIdList');
      if (statuses) query.statuses = statuses;
      if (ids) query.ids = ids;
      if (queryType === 'SHIPMENT' && !statuses && !ids) {
        throw invalidInput('QueryType SHIPMENT requires ShipmentStatusList or ShipmentIdList.');
      }
      if (queryType === 'DATE_RANGE') Object.assign(query, dateRange(req));
    }
    const matches = store
      .sellerShipments(req.sellerId)
      .filter((shipment) => shipment.marketplaceId === query.marketplaceId)
      .filter((shipment) => !query.ids || query.ids.includes(shipment.shipmentId))
      .filter((shipment) => {
        if (!query.statuses) return true;
        const status: ShipmentStatusFilter = shipmentStatusAt(shipment, now);
        const readyToShip = status === 'WORKING' && shipment.labelsPrintedAt !== undefined;
        return query.statuses.includes(status) || (readyToShip && query.statuses.includes('READY_TO_SHIP'));
      })
      .filter((shipment) => inRange(lastUpdatedAt(shipment, now), query))
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.shipmentId.localeCompare(b.shipmentId));
    const page = matches.slice(offset, offset + SHIPMENTS_PAGE_SIZE);
    const payload: Record<string, unknown> = { ShipmentData: page.map((shipment) => shipmentInfo(shipment, now)) };
    if (offset + SHIPMENTS_PAGE_SIZE < matches.length) {
      payload.NextToken = encodeToken({ kind: 'shipments', sellerId: req.sellerId, query, offset: offset + SHIPMENTS_PAGE_SIZE });
    }
    return { payload };
  };

  const getShipmentItemsByShipmentId: SimHandler = (req) => {
    const now = load(req);
    const shipment = store.shipment(req.sellerId, req.path.shipmentId ?? '');
    assertShipmentMarketplace(shipment, requireQuery(req, 'MarketplaceId'));
    return { payload: { ItemData: shipmentItems(shipment, now) } };
  };

  const getShipmentItems: SimHandler = (req) => {
    const now = load(req);
    const queryType = requireQuery(req, 'QueryType');
    let query: ShipmentsQuery;
    let offset = 0;
    if (queryType === 'NEXT_TOKEN') {
      const token = decodeToken<ShipmentsQuery>(requireQuery(req, 'NextToken'), 'items', req.sellerId);
      query = token.query;
      offset = token.offset;
    } else {
      query = { marketplaceId: requireQuery(req, 'MarketplaceId'), ...dateRange(req) };
    }
    const items = store
      .sellerShipments(req.sellerId)
      .filter((shipment) => shipment.marketplaceId === query.marketplaceId && inRange(lastUpdatedAt(shipment, now), query))
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.shipmentId.localeCompare(b.shipmentId))
      .flatMap((shipment) => shipmentItems(shipment, now));
    const page = items.slice(offset, offset + ITEMS_PAGE_SIZE);
    const payload: Record<string, unknown> = { ItemData: page };
    if (offset + ITEMS_PAGE_SIZE < items.length) {
      payload.NextToken = encodeToken({ kind: 'items', sellerId: req.sellerId, query, offset: offset + ITEMS_PAGE_SIZE });
    }
    return { payload };
  };

  return {
    getInboundGuidance,
    createInboundShipmentPlan,
    createInboundShipment,
    updateInboundShipment,
    getPreorderInfo,
    confirmPreorder,
    getPrepInstructions,
    getTransportDetails,
    putTransportDetails,
    voidTransport,
    estimateTransport,
    confirmTransport,
    getLabels,
    getBillOfLading,
    getShipments,
    getShipmentItemsByShipmentId,
    getShipmentItems,
  };
}

/** Amazon's 2D box-content format, units spread over the boxes in item order. */
export function boxContents(shipment: ShipmentRecord, boxes: number): string[] {
  const units = shipment.items.flatMap((item) => Array.from({ length: item.quantityShipped }, () => item.fnsku));
  const perBox = Math.ceil(units.length / Math.max(boxes, 1));
  return Array.from({ length: boxes }, (_, box) => {
    const counts = new Map<string, number>();
    for (const fnsku of units.slice(box * perBox, (box + 1) * perBox)) counts.set(fnsku, (counts.get(fnsku) ?? 0) + 1);
    return [`AMZN,PO:${shipment.shipmentId}`, ...[...counts].map(([fnsku, qty]) => `FNSKU:${fnsku},QTY:${qty}`)].join(',');
  });
}
