/** getPackageTrackingDetails: where a shipped package is on its journey at the simulated now. */
import { invalidInput, notFound, type SimRequest } from '../../../core/contract.js';
import { single } from '../../../core/query-values.js';
import { packageJourney } from '../render.js';
import type { OutboundStore } from '../store.js';
import { trackingDetailsAt } from '../tracking.js';
import { prepare } from './context.js';

export function getPackageTrackingDetails(store: OutboundStore, req: SimRequest) {
  const now = prepare(store, req);
  const raw = single(req.query.packageNumber) ?? '';
  const packageNumber = Number(raw);
  if (!Number.isInteger(packageNumber)) throw invalidInput(`Value ${raw} for parameter packageNumber is invalid.`);
  const order = store.byPackageNumber(req.sellerId, packageNumber);
  const journey = order && packageJourney(order, now);
  if (!journey) throw notFound(`Package ${packageNumber} not found.`);
  return { payload: trackingDetailsAt(journey, now) };
}
