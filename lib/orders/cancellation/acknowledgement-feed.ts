/**
 * The order acknowledgement feed (feed type POST_ORDER_ACKNOWLEDGEMENT_DATA), Amazon's
 * documented way for a seller to cancel an order or some of its items: an XML AmazonEnvelope of
 * MessageType OrderAcknowledgement, one Message per order, StatusCode Failure, and an Item with
 * a CancelReason for each item to cancel (none: the whole order). And the processing report
 * Amazon answers with, read back into what happened to each message.
 */
export const ORDER_ACKNOWLEDGEMENT_FEED = 'POST_ORDER_ACKNOWLEDGEMENT_DATA';
export const FEED_CONTENT_TYPE = 'text/xml; charset=UTF-8';

export interface CancellationRequest {
  amazonOrderId: string;
  /** The items to cancel; null cancels the whole order. */
  orderItemIds: string[] | null;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The feed document cancelling each request's items for `NoInventory` (message ids from 1). */
export function acknowledgementFeed(sellerId: string, requests: CancellationRequest[]): string {
  const messages = requests.map((request, i) => {
    const items = (request.orderItemIds ?? [])
      .map((id) => `<Item><AmazonOrderItemCode>${escapeXml(id)}</AmazonOrderItemCode><CancelReason>NoInventory</CancelReason></Item>`)
      .join('');
    return (
      `<Message><MessageID>${i + 1}</MessageID><OrderAcknowledgement><AmazonOrderID>${escapeXml(request.amazonOrderId)}</AmazonOrderID>` +
      `<StatusCode>Failure</StatusCode>${items}</OrderAcknowledgement></Message>`
    );
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    '<AmazonEnvelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="amzn-envelope.xsd">' +
    `<Header><DocumentVersion>1.01</DocumentVersion><MerchantIdentifier>${escapeXml(sellerId)}</MerchantIdentifier></Header>` +
    `<MessageType>OrderAcknowledgement</MessageType>${messages.join('')}</AmazonEnvelope>`
  );
}

export interface ProcessingReport {
  processed: number;
  successful: number;
  withError: number;
  /** Amazon's errors (and warnings), per message. */
  results: Array<{ messageId: number; code: string; description: string; orderItemId?: string }>;
}

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const tag = (xml: string, name: string) => {
  const found = new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1];
  return found === undefined ? undefined : unescapeXml(found.trim());
};

/** Reads a ProcessingReport; null when the document is not one (Amazon's answer to keep, unread). */
export function parseProcessingReport(xml: string): ProcessingReport | null {
  const summary = /<ProcessingSummary>([\s\S]*?)<\/ProcessingSummary>/.exec(xml)?.[1];
  if (!summary) return null;
  const count = (name: string) => Number(tag(summary, name) ?? 0) || 0;
  const results = [...xml.matchAll(/<Result>([\s\S]*?)<\/Result>/g)].map(([, result = '']) => {
    const orderItemId = tag(result, 'AmazonOrderItemCode');
    return {
      messageId: Number(tag(result, 'MessageID') ?? 0),
      code: tag(result, 'ResultMessageCode') ?? '',
      description: tag(result, 'ResultDescription') ?? '',
      ...(orderItemId ? { orderItemId } : {}),
    };
  });
  return { processed: count('MessagesProcessed'), successful: count('MessagesSuccessful'), withError: count('MessagesWithError'), results };
}
