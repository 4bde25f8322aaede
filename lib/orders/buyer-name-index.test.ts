import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SecretBox } from '@/lib/crypto/secret-box';
import type { Order } from '@/lib/sp-api/generated/orders-2026-01-01';
import { BuyerNameIndex, nameWords, normalizeNameText } from './buyer-name-index';
import { orderDatasets, reshapeOrder } from './reshape';
import { titleQuery } from './search';

const WS = '0b7d0d3c-5c1e-4b0a-8f5e-1a2b3c4d5e6f';
const OTHER_WS = '9a7d0d3c-5c1e-4b0a-8f5e-1a2b3c4d5e6f';

describe('buyer-name normalisation', () => {
  it('lower-cases, strips accents and splits into distinct words of letters and digits', () => {
    expect(normalizeNameText('José ÁLVAREZ-Núñez')).toBe('jose alvarez-nunez');
    expect(normalizeNameText('Jürgen Straße')).toBe('jurgen strasse');
    expect(nameWords("  José  ÁLVAREZ-Núñez, O'Brien josé ")).toEqual(['jose', 'alvarez', 'nunez', 'o', 'brien']);
    expect(nameWords('Mehmet Yılmaz')).toEqual(['mehmet', 'yilmaz']);
    expect(nameWords(' -- ')).toEqual([]);
  });
});

describe('BuyerNameIndex', () => {
  const index = new BuyerNameIndex(randomBytes(32));

  it('gives a word the same token however it is written, and never the word itself', () => {
    const stored = index.tokensOf(WS, 'José Álvarez');
    expect(stored).toHaveLength(2);
    expect(index.queryTokens(WS, 'jose')).toEqual([stored[0]]);
    expect(index.queryTokens(WS, 'ALVAREZ josé').sort()).toEqual([...stored].sort());
    for (const token of stored) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(token.toLowerCase()).not.toContain('jose');
    }
  });

  it('differs per workspace and per key, so tokens tell nothing outside their workspace', () => {
    const [token] = index.queryTokens(WS, 'smith');
    expect(index.queryTokens(OTHER_WS, 'smith')).not.toEqual([token]);
    expect(new BuyerNameIndex(randomBytes(32)).queryTokens(WS, 'smith')).not.toEqual([token]);
  });

  it('derives its key from the data key: the same key, the same tokens; another key, others', () => {
    const key = randomBytes(32);
    const a = BuyerNameIndex.fromSecretBox(new SecretBox(key)).queryTokens(WS, 'smith');
    expect(BuyerNameIndex.fromSecretBox(new SecretBox(Buffer.from(key))).queryTokens(WS, 'smith')).toEqual(a);
    expect(BuyerNameIndex.fromSecretBox(new SecretBox(randomBytes(32))).queryTokens(WS, 'smith')).not.toEqual(a);
    // Not the data key itself: the derived key is another one.
    expect(new BuyerNameIndex(key).queryTokens(WS, 'smith')).not.toEqual(a);
  });

  it('hashes the name of an order read with BUYER and stores no part of it in the rows', () => {
    const tenant = { workspaceId: WS, accountId: '6f1c1f7e-2f7b-4a8e-9d59-3f7c6f1e2a11' };
    const order: Order = {
      orderId: '111-0000001-0000001',
      createdTime: '2026-03-01T10:00:00Z',
      lastUpdatedTime: '2026-03-02T10:00:00Z',
      salesChannel: { channelName: 'AMAZON', marketplaceId: 'ATVPDKIKX0DER' },
      buyer: { buyerName: 'Maria Silva Santos', buyerCompanyName: 'Acme Ltd' },
      orderItems: [{ orderItemId: '1', quantityOrdered: 1, product: { asin: 'B000000001', sellerSku: 'SKU-1' } }],
    };
    const record = reshapeOrder(order, tenant, index);
    expect(record.buyerNameTokens?.sort()).toEqual(index.tokensOf(WS, 'maria silva santos acme ltd').sort());
    expect(JSON.stringify(record).toLowerCase()).not.toMatch(/maria|silva|santos|acme/);
    // Withheld by Amazon: no tokens (the stored ones go); not asked for: none known (they stay).
    expect(reshapeOrder({ ...order, buyer: {} }, tenant, index).buyerNameTokens).toEqual([]);
    expect(reshapeOrder(order, tenant).buyerNameTokens).toBeUndefined();
    expect(orderDatasets(index)).toContain('BUYER');
    expect(orderDatasets(null)).not.toContain('BUYER');
  });
});

describe('titleQuery', () => {
  it('makes every word a prefix term, and nothing else reaches the query', () => {
    expect(titleQuery('Blue  MUG')).toBe('blue:* & mug:*');
    expect(titleQuery("mug's & | ! :* (x)")).toBe('mug:* & s:* & x:*');
    expect(titleQuery('***')).toBeNull();
  });
});
