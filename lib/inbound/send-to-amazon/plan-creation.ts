/**
 * createInboundPlan exactly once. Amazon takes no idempotency key, so a request whose answer was
 * lost (a timeout, a server that stopped before storing it) may have made a plan the dashboard
 * never recorded, and sending the form again would make a second one. Each request is noted
 * (plan_creation_attempts) before it is sent and forgotten once its plan is stored; the next
 * identical request that finds the note looks first among Amazon's newest plans for one made
 * for it (same marketplace, address, name when one was given, SKUs and units) and not recorded
 * as made here, and takes it up. While Amazon may still be making it, the request waits.
 */
import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { requestFingerprint } from '@/lib/crypto/request-fingerprint';
import { planCreationAttempts, sendToAmazonPlans, type PlanItemRequest, type SourceAddress } from '@/db/schema';
import { askAmazon, asUserFacing, paginate, SpApiError, type SpApiClient } from '@/lib/sp-api';
import type { Tenant } from '@/lib/tenancy';
import { UserFacingError } from '@/lib/user-facing-error';

/** A note older than this is of a request long settled: it no longer holds anything back. */
export const ATTEMPT_WINDOW_MS = 15 * 60_000;
/** How long Amazon may take to list a plan it is making; a repeat within it waits. */
export const ANSWER_GRACE_MS = 2 * 60_000;
/** Amazon's clock and ours may differ: plans this much older than the note still count. */
const CLOCK_SLACK_MS = 5 * 60_000;

export const ANSWER_LOST =
  'Amazon did not answer whether it made the plan. Send it again in a minute: if Amazon made it, that plan is taken up instead of a second one.';
const STILL_ANSWERING =
  'Amazon has not yet shown the plan from your last try. Wait a minute and send it again: if Amazon made it, that plan is taken up instead of a second one.';

export interface PlanRequest {
  marketplaceId: string;
  name?: string | undefined;
  sourceAddress: SourceAddress;
  items: PlanItemRequest[];
}

export type Creation = { created: { inboundPlanId: string; operationId: string } } | { takenUp: { inboundPlanId: string; importedId: string | undefined } };

/**
 * Whether a failed call may still have been carried out by Amazon: no answer, a cut-off one, or a
 * server error other than 503 (Amazon unavailable: the request was not taken).
 */
export const answerLost = (error: unknown) =>
  error instanceof SpApiError &&
  (error.kind === 'Timeout' || error.kind === 'NetworkError' || error.kind === 'MalformedResponse' || (error.kind === 'ServerError' && error.status !== 503));

const itemKeys = (items: Array<{ msku: string; quantity: number; expiration?: string | undefined }>) =>
  items.map((i) => `${i.msku}|${i.quantity}|${i.expiration ?? ''}`).sort();

/** The request's print: its items in SKU order, so the order they were added in does not matter. */
export function requestKey(request: PlanRequest): string {
  const canonical = { marketplaceId: request.marketplaceId, name: request.name ?? '', sourceAddress: request.sourceAddress, items: itemKeys(request.items) };
  return requestFingerprint(canonical);
}

const sameAddress = (a: SourceAddress, b: SourceAddress) =>
  a.name === b.name && a.addressLine1 === b.addressLine1 && a.postalCode === b.postalCode && a.countryCode === b.countryCode;

/** Amazon's plan made for this request since `since` and not recorded as made here, with the row of the sync's import of it. */
export async function findUnrecordedPlan(
  db: Db,
  client: SpApiClient,
  tenant: Tenant,
  request: PlanRequest,
  since: Date,
): Promise<{ inboundPlanId: string; importedId: string | undefined } | undefined> {
  const { inboundPlans = [] } = await client.fulfillmentInbound20240320.listInboundPlans({
    status: 'ACTIVE',
    sortBy: 'CREATION_TIME',
    sortOrder: 'DESC',
    pageSize: 10,
  });
  const candidates = inboundPlans.filter(
    (p) =>
      Date.parse(p.createdAt) >= since.getTime() - CLOCK_SLACK_MS &&
      p.marketplaceIds.includes(request.marketplaceId) &&
      (!request.name || p.name === request.name) &&
      sameAddress(p.sourceAddress as SourceAddress, request.sourceAddress),
  );
  if (!candidates.length) return undefined;
  const stored = await db
    .select({ id: sendToAmazonPlans.id, inboundPlanId: sendToAmazonPlans.inboundPlanId, origin: sendToAmazonPlans.origin })
    .from(sendToAmazonPlans)
    .where(
      and(
        eq(sendToAmazonPlans.accountId, tenant.accountId),
        inArray(
          sendToAmazonPlans.inboundPlanId,
          candidates.map((c) => c.inboundPlanId),
        ),
      ),
    );
  const wanted = itemKeys(request.items).join('\n');
  for (const candidate of candidates) {
    const row = stored.find((s) => s.inboundPlanId === candidate.inboundPlanId);
    if (row?.origin === 'dashboard') continue;
    const items = [];
    for await (const page of paginate(client.fulfillmentInbound20240320.listInboundPlanItems, { inboundPlanId: candidate.inboundPlanId, pageSize: 1000 }))
      items.push(...page.items);
    if (itemKeys(items).join('\n') === wanted) return { inboundPlanId: candidate.inboundPlanId, importedId: row?.id };
  }
  return undefined;
}

async function note(db: Db, tenant: Tenant, key: string): Promise<string | undefined> {
  const [row] = await db
    .insert(planCreationAttempts)
    .values({ workspaceId: tenant.workspaceId, accountId: tenant.accountId, requestKey: key })
    .onConflictDoNothing()
    .returning({ id: planCreationAttempts.id });
  return row?.id;
}

const forget = (db: Db, id: string) => db.delete(planCreationAttempts).where(eq(planCreationAttempts.id, id));

/**
 * Sends createInboundPlan unless an earlier identical request's plan is found at Amazon; `record`
 * stores the outcome, and only then is the request's note removed.
 */
export async function createPlanOnce<T>(
  db: Db,
  client: SpApiClient,
  tenant: Tenant,
  request: PlanRequest,
  record: (creation: Creation) => Promise<T>,
): Promise<T> {
  const key = requestKey(request);
  let attemptId = await note(db, tenant, key);
  if (!attemptId) {
    const [earlier] = await db
      .select()
      .from(planCreationAttempts)
      .where(and(eq(planCreationAttempts.accountId, tenant.accountId), eq(planCreationAttempts.requestKey, key)));
    if (earlier) {
      const age = Date.now() - earlier.startedAt.getTime();
      if (age < ATTEMPT_WINDOW_MS) {
        const made = await askAmazon(() => findUnrecordedPlan(db, client, tenant, request, earlier.startedAt));
        if (made) {
          const outcome = await record({ takenUp: made });
          await forget(db, earlier.id);
          return outcome;
        }
        if (age < ANSWER_GRACE_MS) throw new UserFacingError(STILL_ANSWERING);
      }
      await forget(db, earlier.id);
    }
    attemptId = await note(db, tenant, key);
    if (!attemptId) throw new UserFacingError(STILL_ANSWERING);
  }
  let created: { inboundPlanId: string; operationId: string };
  try {
    created = await client.fulfillmentInbound20240320.createInboundPlan({
      body: {
        destinationMarketplaces: [request.marketplaceId],
        sourceAddress: request.sourceAddress,
        items: request.items,
        ...(request.name ? { name: request.name } : {}),
      },
    });
  } catch (error) {
    // Refused outright: nothing was made, the note goes. No answer: the note stays for the next try.
    if (!answerLost(error)) {
      await forget(db, attemptId);
      throw asUserFacing(error);
    }
    throw new UserFacingError(ANSWER_LOST);
  }
  const outcome = await record({ created });
  await forget(db, attemptId);
  return outcome;
}
