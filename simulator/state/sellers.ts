/**
 * The selling partners the simulator knows: the two demo sellers, plus any created through
 * the consent page ("new seller"), which get a fresh NA account with seeded data.
 */
import { DEMO_SELLERS } from '../core/contract.js';

export interface SellerRecord {
  sellerId: string;
  region: 'na' | 'eu';
  marketplaceIds: string[];
  /** Store name, as getAccount and SellerDisplayName show it. */
  name: string;
  /** Share of marketplace orders per marketplace id, summing to 1. */
  marketplaceWeights: number[];
}

const DEMO_RECORDS: SellerRecord[] = [
  {
    sellerId: DEMO_SELLERS.na.sellerId,
    region: 'na',
    marketplaceIds: [...DEMO_SELLERS.na.marketplaceIds],
    name: 'Northwind Home Goods',
    marketplaceWeights: [0.8, 0.12, 0.08],
  },
  {
    sellerId: DEMO_SELLERS.eu.sellerId,
    region: 'eu',
    marketplaceIds: [...DEMO_SELLERS.eu.marketplaceIds],
    name: 'Kestrel Outdoor Ltd',
    marketplaceWeights: [0.55, 0.45],
  },
];

class SellerDirectory {
  private records: SellerRecord[] = [...DEMO_RECORDS];

  list(): SellerRecord[] {
    return this.records;
  }

  get(sellerId: string): SellerRecord | undefined {
    return this.records.find((r) => r.sellerId === sellerId);
  }

  reset(): void {
    this.records = [...DEMO_RECORDS];
  }

  /** New sellers are numbered so ids stay readable and deterministic within a run. */
  addNaSeller(): SellerRecord {
    const ordinal = this.records.length - DEMO_RECORDS.length + 1;
    const record: SellerRecord = {
      sellerId: `A1SIMSELLER${String(ordinal).padStart(3, '0')}`,
      region: 'na',
      marketplaceIds: [...DEMO_SELLERS.na.marketplaceIds],
      name: `Simulated Seller ${ordinal}`,
      marketplaceWeights: [0.8, 0.12, 0.08],
    };
    this.records.push(record);
    return record;
  }
}

export const sellers = new SellerDirectory();
