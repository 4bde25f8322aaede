/**
 * The order acknowledgement feed (POST_ORDER_ACKNOWLEDGEMENT_DATA) as Amazon's XML feed
 * documentation describes it: an AmazonEnvelope of MessageType OrderAcknowledgement whose
 * Messages each acknowledge one order. StatusCode Failure cancels: the whole order, or only the
 * Items listed (AmazonOrderItemCode with a CancelReason). The processing report says per
 * message what went wrong, as Amazon's ProcessingReport does.
 */
export interface AcknowledgementMessage {
  messageId: string;
  amazonOrderId: string;
  statusCode: string;
  items: Array<{ amazonOrderItemCode: string; cancelReason: string | undefined }>;
}

export const CANCEL_REASONS = [
  'NoInventory',
  'ShippingAddressUndeliverable',
  'CustomerExchange',
  'BuyerCanceled',
  'GeneralAdjustment',
  'CarrierCreditDecision',
  'RiskAssessmentInformationNotValid',
  'CarrierCoverageFailure',
  'CustomerReturn',
  'MerchandiseNotReceived',
];

const tag = (xml: string, name: string): string | undefined => new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1]?.trim();
const blocks = (xml: string, name: string): string[] => [...xml.matchAll(new RegExp(`<${name}>([\\s\\S]*?)</${name}>`, 'g'))].map((m) => m[1] ?? '');

/** The envelope's messages, or why the document is not an order acknowledgement feed at all (FATAL). */
export function parseAcknowledgementFeed(xml: string): { messages: AcknowledgementMessage[] } | { fatal: string } {
  if (!/<AmazonEnvelope[\s>]/.test(xml)) return { fatal: 'The feed document is not an AmazonEnvelope.' };
  if (tag(xml, 'MessageType') !== 'OrderAcknowledgement') return { fatal: 'The envelope MessageType must be OrderAcknowledgement for this feed type.' };
  const messages = blocks(xml, 'Message').map((message) => {
    const ack = blocks(message, 'OrderAcknowledgement')[0] ?? '';
    return {
      messageId: tag(message, 'MessageID') ?? '',
      amazonOrderId: tag(ack, 'AmazonOrderID') ?? '',
      statusCode: tag(ack, 'StatusCode') ?? '',
      items: blocks(ack, 'Item').map((item) => ({ amazonOrderItemCode: tag(item, 'AmazonOrderItemCode') ?? '', cancelReason: tag(item, 'CancelReason') })),
    };
  });
  if (!messages.length) return { fatal: 'The envelope holds no Message.' };
  return { messages };
}

export interface ReportResult {
  messageId: string;
  code: number;
  description: string;
  amazonOrderId: string;
  amazonOrderItemCode?: string;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Amazon's ProcessingReport: counts, then one Result per message that failed. */
export function processingReport(documentTransactionId: string, processed: number, errors: ReportResult[]): string {
  const withError = new Set(errors.map((e) => e.messageId)).size;
  const results = errors
    .map(
      (e) =>
        `<Result><MessageID>${escape(e.messageId)}</MessageID><ResultCode>Error</ResultCode><ResultMessageCode>${e.code}</ResultMessageCode>` +
        `<ResultDescription>${escape(e.description)}</ResultDescription><AdditionalInfo><AmazonOrderID>${escape(e.amazonOrderId)}</AmazonOrderID>` +
        `${e.amazonOrderItemCode ? `<AmazonOrderItemCode>${escape(e.amazonOrderItemCode)}</AmazonOrderItemCode>` : ''}</AdditionalInfo></Result>`,
    )
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8"?><AmazonEnvelope xsi:noNamespaceSchemaLocation="amzn-envelope.xsd" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<Header><DocumentVersion>1.02</DocumentVersion></Header><MessageType>ProcessingReport</MessageType><Message><MessageID>1</MessageID>` +
    `<ProcessingReport><DocumentTransactionID>${escape(documentTransactionId)}</DocumentTransactionID><StatusCode>Complete</StatusCode>` +
    `<ProcessingSummary><MessagesProcessed>${processed}</MessagesProcessed><MessagesSuccessful>${processed - withError}</MessagesSuccessful>` +
    `<MessagesWithError>${withError}</MessagesWithError><MessagesWithWarning>0</MessagesWithWarning></ProcessingSummary>${results}</ProcessingReport></Message></AmazonEnvelope>`
  );
}
