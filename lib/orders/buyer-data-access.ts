/**
 * Why an Orders 2026-01-01 answer holds no buyer PII, in the seller's words. Amazon shares it
 * without a Restricted Data Token, but only with apps approved for its restricted roles
 * (Direct-to-Consumer Delivery for the address, Tax Invoicing or Tax Remittance for the name)
 * and only while the order is unshipped, partly shipped or shipped; otherwise it leaves the
 * attributes out, so an empty answer must be explained, not shown as blanks.
 */
export const BUYER_DATA_ROLES_MISSING =
  "Amazon did not share the buyer's name or delivery address: this account's app is not approved for Amazon's restricted roles for buyer data " +
  '(Direct-to-Consumer Delivery for the address, Tax Invoicing or Tax Remittance for the name). The account owner can ask for them in Seller Central ' +
  'under Apps and Services, Develop Apps, then reconnect the account.';

export const BUYER_DATA_NOT_FOR_THIS_STATUS =
  'Amazon shares the buyer and the delivery address only while an order is unshipped, partly shipped or shipped; this order is not.';
