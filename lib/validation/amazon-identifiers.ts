/**
 * Amazon's identifiers as the forms accept them, one definition each, with the models' limits
 * (so an over-long or malformed id is refused at its field, before it reaches Amazon or the
 * audit log). Client-safe.
 */
import { afterTextRules, requiredText } from './text-input';

/** Upper-case letters and digits; fulfillmentInbound_2024-03-20 gives marketplaceId maxLength 20. */
export const MARKETPLACE_ID = /^[A-Z0-9]{6,20}$/;

/** Amazon order ids are 3-7-7 digits (the models: "An Amazon-defined order identifier, in 3-7-7 format"). */
export const AMAZON_ORDER_ID = /^\d{3}-\d{7}-\d{7}$/;

export function isAmazonOrderId(value: string): boolean {
  return AMAZON_ORDER_ID.test(value);
}

/** Ten upper-case letters and digits (fulfillmentInbound_2024-03-20: asin maxLength 10). */
export const ASIN = /^[A-Z0-9]{10}$/;

/**
 * Amazon's seller SKU limit (Seller Central takes at most 40 characters). The Inbound v0 models
 * leave SellerSKU open; the FBA Outbound model allows 50 and its forms follow that model.
 */
export const SELLER_SKU_MAX_LENGTH = 40;

export function marketplaceIdInput(message = 'Choose a marketplace.') {
  return requiredText(message, { max: 20, tooLong: message }).regex(MARKETPLACE_ID, { message, ...afterTextRules });
}

export function asinInput(required: string) {
  const malformed = 'An ASIN has 10 letters and digits.';
  return requiredText(required, { max: 10, tooLong: malformed }).regex(ASIN, { message: malformed, ...afterTextRules });
}

export function amazonOrderIdInput(malformed = 'That is not an Amazon order id.') {
  return requiredText('Choose an order.', { max: 19, tooLong: malformed }).regex(AMAZON_ORDER_ID, { message: malformed, ...afterTextRules });
}
