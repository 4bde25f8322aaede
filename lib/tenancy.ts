/**
 * The scope every stored seller row lives in: a workspace and one of its connected seller
 * accounts. Queries filter by both, so one workspace never reads another's rows.
 */
export interface Tenant {
  workspaceId: string;
  accountId: string;
}

/** Just the scope of a row that carries it (an order, a shipment), for spreading into writes. */
export function tenantOf(row: Tenant): Tenant {
  return { workspaceId: row.workspaceId, accountId: row.accountId };
}
