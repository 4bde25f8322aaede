import { describe, expect, it } from 'vitest';
import { acknowledgementFeed, parseProcessingReport } from './acknowledgement-feed';

describe('the order acknowledgement feed', () => {
  it('cancels the named items for NoInventory, or the whole order without items, one message per order', () => {
    const xml = acknowledgementFeed('A1SELLER', [
      { amazonOrderId: '111-1111111-1111111', orderItemIds: ['44001', '44002'] },
      { amazonOrderId: '222-2222222-2222222', orderItemIds: null },
    ]);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><AmazonEnvelope /);
    expect(xml).toContain('<Header><DocumentVersion>1.01</DocumentVersion><MerchantIdentifier>A1SELLER</MerchantIdentifier></Header>');
    expect(xml).toContain('<MessageType>OrderAcknowledgement</MessageType>');
    expect(xml).toContain(
      '<Message><MessageID>1</MessageID><OrderAcknowledgement><AmazonOrderID>111-1111111-1111111</AmazonOrderID><StatusCode>Failure</StatusCode>' +
        '<Item><AmazonOrderItemCode>44001</AmazonOrderItemCode><CancelReason>NoInventory</CancelReason></Item>' +
        '<Item><AmazonOrderItemCode>44002</AmazonOrderItemCode><CancelReason>NoInventory</CancelReason></Item></OrderAcknowledgement></Message>',
    );
    expect(xml).toContain(
      '<Message><MessageID>2</MessageID><OrderAcknowledgement><AmazonOrderID>222-2222222-2222222</AmazonOrderID><StatusCode>Failure</StatusCode></OrderAcknowledgement></Message>',
    );
  });

  it('escapes what it is given, so no value can add elements', () => {
    const xml = acknowledgementFeed('A1<x>&', [{ amazonOrderId: '</AmazonOrderID><StatusCode>Success', orderItemIds: ['"1"'] }]);
    expect(xml).toContain('<MerchantIdentifier>A1&lt;x&gt;&amp;</MerchantIdentifier>');
    expect(xml).toContain('<AmazonOrderID>&lt;/AmazonOrderID&gt;&lt;StatusCode&gt;Success</AmazonOrderID>');
    expect(xml.match(/<StatusCode>/g)).toHaveLength(1);
  });

  it("reads Amazon's processing report: counts and each error with its item", () => {
    const report = parseProcessingReport(
      '<?xml version="1.0"?><AmazonEnvelope><Header><DocumentVersion>1.02</DocumentVersion></Header><MessageType>ProcessingReport</MessageType><Message><MessageID>1</MessageID>' +
        '<ProcessingReport><DocumentTransactionID>5001</DocumentTransactionID><StatusCode>Complete</StatusCode><ProcessingSummary><MessagesProcessed>2</MessagesProcessed>' +
        '<MessagesSuccessful>1</MessagesSuccessful><MessagesWithError>1</MessagesWithError><MessagesWithWarning>0</MessagesWithWarning></ProcessingSummary>' +
        '<Result><MessageID>2</MessageID><ResultCode>Error</ResultCode><ResultMessageCode>18028</ResultMessageCode><ResultDescription>Order 2 is Shipped &amp; closed.</ResultDescription>' +
        '<AdditionalInfo><AmazonOrderID>222</AmazonOrderID><AmazonOrderItemCode>44009</AmazonOrderItemCode></AdditionalInfo></Result></ProcessingReport></Message></AmazonEnvelope>',
    );
    expect(report).toEqual({
      processed: 2,
      successful: 1,
      withError: 1,
      results: [{ messageId: 2, code: '18028', description: 'Order 2 is Shipped & closed.', orderItemId: '44009' }],
    });
    expect(parseProcessingReport('<html>not a report</html>')).toBeNull();
  });
});
