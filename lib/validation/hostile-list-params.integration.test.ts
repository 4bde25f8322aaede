/**
 * Every list, read with the URL parameters a probe sent (`?q=%00`, `?page=99999999999999999999`,
 * a repeated or malformed value): the list's own parser, then its queries, on a real database.
 * None may fail; control characters leave the search, and a page past the end shows the last.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { auditLog, fulfillmentOrders, inboundShipments } from '@/db/schema';
import { listAuditEntries, parseAuditFilters } from '@/lib/audit/queries';
import { countInboundShipments, getShipmentDetail, INBOUND_PAGE_SIZE, listInboundShipments } from '@/lib/inbound/queries';
import { parseInboundFilters } from '@/lib/inbound/search-params';
import { parseInventoryFilters } from '@/lib/inventory/list-filters';
import { listInventory } from '@/lib/inventory/queries';
import { applyAccountView, parseOrderFilters } from '@/lib/orders/read-list-filters';
import { loadOrderList } from '@/lib/orders/queries';
import { parseOutboundFilters } from '@/lib/outbound/filters';
import { listOutboundOrders, outboundStatusCounts, PAGE_SIZE } from '@/lib/outbound/queries';
import { testDatabases } from '@/test/support/databases';
import { seedInventory, seedOrders, seedWorkspaceWithAccount, skuOf, US } from '@/test/support/seed-orders';
import type { Tenant } from '@/lib/tenancy';

const HUGE_PAGE = '99999999999999999999';
const noView = { accountId: null, marketplaceId: null };

describe.each(testDatabases)('lists under hostile URL parameters on $name', (database) => {
  let handle: DbHandle;
  let tenant: Tenant;

  beforeAll(async () => {
    handle = await database.open();
    tenant = await seedWorkspaceWithAccount(handle.db, 'Hostile params', 'AHOSTILE1');
    await seedOrders(handle.db, tenant, { count: 120, seed: 4, idPrefix: '113', skuCount: 20 });
    await seedInventory(handle.db, tenant, 30);
    const at = new Date('2026-06-01T00:00:00Z');
    await handle.db.insert(fulfillmentOrders).values(
      Array.from({ length: 60 }, (_, i) => ({
        ...tenant,
        sellerFulfillmentOrderId: `MCF-${String(i).padStart(3, '0')}`,
        marketplaceId: US,
        displayableOrderId: `WEB-${i}`,
        displayableOrderDate: at,
        status: 'Complete',
        statusUpdatedAt: at,
        receivedAt: new Date(at.getTime() + i * 60_000),
        shippingSpeedCategory: 'Standard',
        destinationCountry: 'US',
      })),
    );
    await handle.db.insert(inboundShipments).values(
      Array.from({ length: 120 }, (_, i) => ({
        ...tenant,
        shipmentId: `FBA${String(i).padStart(5, '0')}`,
        marketplaceId: US,
        name: `Restock ${i}`,
        status: 'WORKING',
      })),
    );
    await handle.db.insert(auditLog).values(
      Array.from({ length: 60 }, (_, i) => ({
        workspaceId: tenant.workspaceId,
        userId: null,
        action: 'test.entry',
        target: `T-${i}`,
        result: 'ok' as const,
      })),
    );
  });
  afterAll(() => handle.close());

  it('orders: ?q=%00 searches nothing extra, a huge page shows the last page', async () => {
    const view = (raw: Record<string, string | string[]>) => applyAccountView(parseOrderFilters({ status: 'all', ...raw }), noView, [tenant.accountId]).filters;
    const all = await loadOrderList(handle.db, { workspaceId: tenant.workspaceId, accountIds: [tenant.accountId] }, view({ q: '\u0000' }));
    expect(all.total).toBe(120);
    const last = await loadOrderList(
      handle.db,
      { workspaceId: tenant.workspaceId, accountIds: [tenant.accountId] },
      view({ q: '\u0000\u0001', page: HUGE_PAGE }),
    );
    expect(last).toMatchObject({ total: 120, page: 3, pageCount: 3 });
    expect(last.rows).toHaveLength(20);
    // What is left of a search once the control characters are gone still searches.
    const sku = await loadOrderList(handle.db, { workspaceId: tenant.workspaceId, accountIds: [tenant.accountId] }, view({ q: `${skuOf(3)}\u0000` }));
    expect(sku.total).toBeGreaterThan(0);
    expect(sku.total).toBeLessThan(120);
  });

  it('outbound: ?q=%00 and a huge page list and count without error', async () => {
    const filters = parseOutboundFilters({ q: '\u0000', page: HUGE_PAGE });
    const scope = { workspaceId: tenant.workspaceId, accountId: null, marketplaceId: null };
    const list = await listOutboundOrders(handle.db, scope, filters);
    expect(list).toMatchObject({ total: 60, page: 2 });
    expect(list.rows).toHaveLength(60 - PAGE_SIZE);
    expect(await outboundStatusCounts(handle.db, scope, filters)).toEqual({ Complete: 60 });
    expect(parseOutboundFilters({ q: ['WEB-1\u0007', 'other'], page: '-3' })).toMatchObject({ q: 'WEB-1', page: 1 });
  });

  it('inbound: ?q=%00 and a huge page list and count without error', async () => {
    const filters = parseInboundFilters({ q: '\u0000', page: HUGE_PAGE, status: 'NOT-A-STATUS' });
    expect(filters).toMatchObject({ q: null, status: null, page: 100_000 });
    const total = await countInboundShipments(handle.db, tenant.workspaceId, filters);
    expect(total).toBe(120);
    const page = Math.min(filters.page, Math.ceil(total / INBOUND_PAGE_SIZE));
    expect(await listInboundShipments(handle.db, tenant.workspaceId, filters, page)).toHaveLength(20);
  });

  it('inbound: a shipment page whose URL ids cannot name a shipment finds none, without error', async () => {
    expect(await getShipmentDetail(handle.db, tenant.workspaceId, tenant.accountId, 'FBA00001')).not.toBeNull();
    expect(await getShipmentDetail(handle.db, tenant.workspaceId, tenant.accountId, 'FBA\u000000001')).toBeNull();
    expect(await getShipmentDetail(handle.db, tenant.workspaceId, 'not-a-uuid', 'FBA00001')).toBeNull();
  });

  it('inventory: ?q=%00 and a huge page list without error', async () => {
    const { filters } = parseInventoryFilters({ q: '\u0000', page: HUGE_PAGE }, noView, [tenant.accountId]);
    const list = await listInventory(handle.db, { workspaceId: tenant.workspaceId, accountIds: [tenant.accountId] }, filters);
    expect(list).toMatchObject({ total: 30, page: 1, pageCount: 1 });
  });

  it('audit log: a NUL in the target filter and a huge page list without error', async () => {
    const { filters } = parseAuditFilters({ target: '\u0000', page: HUGE_PAGE });
    const list = await listAuditEntries(handle.db, tenant.workspaceId, filters);
    expect(list).toMatchObject({ total: 60, page: 2, pageCount: 2 });
  });
});
