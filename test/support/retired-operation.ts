/**
 * An operation as the legacy list would name it once Amazon retires it: the list is empty today,
 * so the tests of the retirement path (client refusal, seller message, sync message) use this.
 */
import type { LegacyOperation } from '@/lib/sp-api/legacy-operations';

export const EXAMPLE_RETIREMENT: LegacyOperation = {
  model: 'sellers',
  operationId: 'getMarketplaceParticipations',
  amazonStatus: 'deprecated',
  retiredOn: '2026-06-30',
  sellerAction: 'read the marketplaces of an account',
  amazonReplacement: 'getAccount in the Sellers API',
  productReplacement: 'Reconnect the account in Settings once Seller Ops reads it the new way.',
  reason: 'An example for tests.',
};

export const EXAMPLE_RETIREMENT_MESSAGE =
  'Amazon retired the old way to read the marketplaces of an account on Jun 30, 2026; getAccount in the Sellers API replaces it. ' +
  'Reconnect the account in Settings once Seller Ops reads it the new way.';
